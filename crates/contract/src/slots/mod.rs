//! Slots of the slot-system types (sorties d'audience, SAP DDSE): weekly templates, bulk
//! creation and the list of slots.

mod requests;
mod views;

pub use requests::{
    CapacityUpdate, SlotBatch, SlotSelection, SlotTemplateBatch, SlotTemplateUpdate, TimeRange,
};
pub use views::{
    BatchResult, Slot, SlotCapacity, SlotPage, SlotTemplate, SlotsClosed, TemplatesDeleted,
};
