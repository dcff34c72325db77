//! Slots of the slot-system types (sorties d'audience, SAP DDSE): weekly templates, bulk
//! creation and the list of slots.

mod month;
mod requests;
mod views;

pub use month::{
    Choice, ExtraField, ExtraValue, MonthDay, MonthSeat, MonthSlot, MonthView, NewExtraField,
};
pub use requests::{
    CapacityUpdate, SlotBatch, SlotSelection, SlotTemplateBatch, SlotTemplateUpdate, TimeRange,
};
pub use views::{
    BatchResult, Slot, SlotCapacity, SlotPage, SlotTemplate, SlotsClosed, TemplatesDeleted,
};
