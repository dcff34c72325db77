//! The « Service » select of the administration forms that act for a service (inviting an
//! agent, creating an API token): the services listed, the one chosen (the user's own at
//! first) and its type, which decides the roles offered.

use leptos::prelude::*;
use msj_contract::auth::CurrentUser;

use super::options_from;
use crate::api;
use crate::session::Session;

/// The chosen service of a form and what follows from it.
#[derive(Clone, Copy)]
pub struct ServiceChoice {
    /// Id of the chosen service.
    pub service: RwSignal<String>,
    /// Type of the chosen service (`tj`, `spip`).
    pub kind: Memo<String>,
    /// (id, name) of every service the user may choose.
    pub options: Signal<Vec<(String, String)>>,
}

impl ServiceChoice {
    /// Loads the services; the user's own service is chosen first.
    pub fn new(user: &CurrentUser) -> Self {
        let session = Session::get();
        let services = LocalResource::new(move || api::organizations::list(session));
        let service = RwSignal::new(user.organization.id.clone());
        let own_kind = user.organization.kind.clone();
        let kind = Memo::new(move |_| {
            let chosen = service.get();
            services
                .get()
                .and_then(Result::ok)
                .and_then(|all| all.into_iter().find(|s| s.id == chosen).map(|s| s.kind))
                .unwrap_or_else(|| own_kind.clone())
        });
        let options = options_from(services, |s| (s.id.clone(), s.name.clone()));
        Self {
            service,
            kind,
            options,
        }
    }
}
