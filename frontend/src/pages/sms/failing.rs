//! `/administration/numeros-en-echec?service=…`: the numbers the SMS gateway refused for good,
//! to correct with the person (local admins: their service; central admins: any service).

use crate::api;
use crate::components::format::local_moment;
use crate::components::{
    PageHeading, RequireAgent, SelectField, TableFrame, fetched, keep_in_address, options_from,
    query_value,
};
use crate::session::Session;
use leptos::prelude::*;
use msj_contract::notifications::FailingNumber;

/// The failing numbers page.
#[component]
pub fn FailingNumbers() -> impl IntoView {
    view! { <RequireAgent><Numbers /></RequireAgent> }
}

#[component]
fn Numbers() -> impl IntoView {
    let session = Session::get();
    let admin = session.user().is_some_and(|user| user.role == "admin");
    let service = RwSignal::new(query_value("service"));
    keep_in_address("/administration/numeros-en-echec", move || {
        vec![("service", service.get())]
    });
    let services = LocalResource::new(move || async move {
        if admin {
            api::organizations::list(session).await
        } else {
            Ok(Vec::new())
        }
    });
    let options = options_from(services, |s| (s.id.clone(), s.name.clone()));
    let numbers = LocalResource::new(move || api::sms::failing_numbers(session, service.get()));
    view! {
        <PageHeading title="Numéros en échec">"Numéros en échec"</PageHeading>
        <p>"Ces numéros ont été refusés par l'opérateur : vérifiez-les avec la personne et corrigez son dossier."</p>
        {admin.then(|| view! { <SelectField id="service" label="Service" value=service options placeholder="Mon service" /> })}
        {fetched(numbers, |list: Vec<FailingNumber>| if list.is_empty() {
            view! { <p>"Aucun numéro en échec."</p> }.into_any()
        } else {
            view! {
                <TableFrame label="Numéros en échec">
                    <table>
                        <caption class="fr-sr-only">"Numéros en échec"</caption>
                        <thead><tr><th scope="col">"Probationnaire"</th><th scope="col">"Numéro"</th><th scope="col">"Code"</th>
                            <th scope="col">"Échecs"</th><th scope="col">"Dernier échec"</th></tr></thead>
                        <tbody>{list.into_iter().map(|number| view! {
                            <tr>
                                <td><a href=format!("/probationnaires/{}", number.convict_id)>{number.convict_name}</a></td>
                                <td>{number.phone}</td><td>{number.code}</td><td>{number.failures}</td><td>{local_moment(&number.last_failure_at)}</td>
                            </tr>
                        }).collect_view()}</tbody>
                    </table>
                </TableFrame>
            }.into_any()
        })}
    }
}
