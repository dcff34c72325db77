//! `/administration/sms-envoyes?page=2`: the messages the development gateway kept instead of
//! sending them (central admins), newest first.

use crate::api;
use crate::components::format::local_moment;
use crate::components::{
    PageHeading, Pagination, RequireAgent, TableFrame, fetched, keep_in_address, query_page,
};
use crate::session::Session;
use leptos::prelude::*;
use msj_contract::notifications::OutboxPage;

/// Messages per page.
const PER_PAGE: i64 = 50;

/// The outbox page.
#[component]
pub fn Outbox() -> impl IntoView {
    view! { <RequireAgent><Messages /></RequireAgent> }
}

#[component]
fn Messages() -> impl IntoView {
    let session = Session::get();
    let page = RwSignal::new(query_page());
    keep_in_address("/administration/sms-envoyes", move || {
        vec![("page", page.get().to_string())]
    });
    let messages = LocalResource::new(move || api::sms::outbox(session, page.get()));
    let total = Signal::derive(move || messages.get().and_then(Result::ok).map_or(0, |p| p.total));
    view! {
        <PageHeading title="SMS envoyés">"SMS envoyés"</PageHeading>
        <p>"En développement et en recette, les SMS ne partent pas : ils sont gardés ici."</p>
        {fetched(messages, |page: OutboxPage| if page.items.is_empty() {
            view! { <p>"Aucun SMS."</p> }.into_any()
        } else {
            view! {
                <TableFrame label="SMS envoyés">
                    <table>
                        <caption class="fr-sr-only">"SMS envoyés"</caption>
                        <thead><tr><th scope="col">"Date"</th><th scope="col">"Destinataire"</th><th scope="col">"Expéditeur"</th><th scope="col">"Texte"</th></tr></thead>
                        <tbody>{page.items.into_iter().map(|sms| view! {
                            <tr><td>{local_moment(&sms.accepted_at)}</td><td>{sms.destination}</td><td>{sms.sender}</td><td>{sms.message}</td></tr>
                        }).collect_view()}</tbody>
                    </table>
                </TableFrame>
            }.into_any()
        })}
        <Pagination page total per_page=PER_PAGE />
    }
}
