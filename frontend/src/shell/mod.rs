//! What surrounds every page: the skip link, the DSFR header (with the signed-in agent and
//! « Se déconnecter »), the broadcast alerts and the footer.

mod agent_menu;
mod alerts;
mod footer;
mod header;
mod nav;

pub use agent_menu::full_name;
pub use alerts::BroadcastAlerts;
pub use footer::Footer;
pub use header::{Header, SkipLink};
pub use nav::MONTH_VIEWS;
