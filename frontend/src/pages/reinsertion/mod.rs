//! « Ressources de réinsertion » (`/administration/ressources-reinsertion`): the resources
//! shown on the public pages « Investir ma réinsertion », by département; local admins keep
//! those of their service, the central admin all of them.

mod delete;
mod form;
mod list;

pub use list::ResourceList;
