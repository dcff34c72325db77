//! What surrounds every page: the skip link, the DSFR header (with the signed-in agent and
//! « Se déconnecter »), the broadcast alerts, the impersonation banner and the footer.

mod agent_menu;
mod alerts;
mod footer;
mod header;
mod impersonation;
mod nav;

pub use agent_menu::full_name;
pub use alerts::BroadcastAlerts;
pub use footer::Footer;
pub use header::{Header, SkipLink};
pub use impersonation::ImpersonationBanner;
pub use nav::MONTH_VIEWS;
