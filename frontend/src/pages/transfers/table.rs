//! The table of transfer requests: probationer, dates, requesting service, state, and each
//! source service's answer with its comment.

use super::answer::AnswerButton;
use crate::components::TableFrame;
use crate::components::format::short_date;
use crate::session::Session;
use leptos::prelude::*;
use msj_contract::divestments::{Divestment, SourceAnswer};

/// The requests of one list; `incoming` adds « Répondre » where the caller's service must answer.
#[component]
pub fn TransferTable(
    list: Vec<Divestment>,
    incoming: bool,
    changed: Callback<String>,
) -> impl IntoView {
    if list.is_empty() {
        return view! { <p>"Aucune demande dans cette liste."</p> }.into_any();
    }
    let mine = Session::get()
        .user()
        .map(|user| user.organization.id)
        .unwrap_or_default();
    view! {
        <TableFrame label="Demandes de dessaisissement">
            <table>
                <caption class="fr-sr-only">"Demandes de dessaisissement"</caption>
                <thead><tr>
                    <th scope="col">"Probationnaire"</th><th scope="col">"Demande"</th><th scope="col">"Décision"</th>
                    <th scope="col">"Service demandeur"</th><th scope="col">"Statut"</th><th scope="col">"Réponses des services"</th>
                    {incoming.then(|| view! { <th scope="col">"Votre décision"</th> })}
                </tr></thead>
                <tbody>{list.into_iter().map(|request| {
                    let awaiting = incoming && request.answers.iter().any(|a| a.organization_id == mine && a.state == "pending");
                    let own = request.answers.iter().find(|a| a.organization_id == mine).map(|a| a.state_label.clone());
                    view! {
                        <tr>
                            <td><a href=format!("/probationnaires/{}", request.convict_id)>{request.convict_name.clone()}</a></td>
                            <td>{short_date(request.created_at.date_naive())}</td>
                            <td>{request.decided_at.map(|at| short_date(at.date_naive())).unwrap_or_default()}</td>
                            <td>{request.organization_name.clone()}</td>
                            <td>{request.state_label.clone()}</td>
                            <td><ul class="fr-badges-group">{request.answers.iter().map(answer_badge).collect_view()}</ul></td>
                            {incoming.then(|| if awaiting {
                                view! { <td><AnswerButton request=request.clone() changed /></td> }.into_any()
                            } else {
                                view! { <td>{own.unwrap_or_default()}</td> }.into_any()
                            })}
                        </tr>
                    }
                }).collect_view()}</tbody>
            </table>
        </TableFrame>
    }
    .into_any()
}

/// « SPIP 75 : Accepté » in the colour of the answer, followed by its comment.
fn answer_badge(answer: &SourceAnswer) -> impl IntoView + use<> {
    let colour = match answer.state.as_str() {
        "accepted" | "auto_accepted" => "fr-badge--success",
        "ignored" => "fr-badge--info",
        "refused" => "fr-badge--error",
        _ => "fr-badge--new",
    };
    view! {
        <li>
            <p class=format!("fr-badge fr-badge--sm fr-badge--no-icon {colour}")>{format!("{} : {}", answer.organization_name, answer.state_label)}</p>
            {answer.comment.clone().map(|comment| view! { <p class="fr-text--xs fr-mb-1w">{comment}</p> })}
        </li>
    }
}
