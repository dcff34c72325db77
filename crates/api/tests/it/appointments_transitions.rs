//! Every action from every state, before and after the appointment's time (SPEC §2).

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::TestApp;
use crate::support::booking::{booked, convict, monday, place, set_now};
use crate::support::fixtures::{agent, service, token};

const STATES: [&str; 5] = ["booked", "fulfilled", "no_show", "excused", "canceled"];
const ACTIONS: [&str; 5] = ["fulfil", "miss", "excuse", "cancel", "rebook"];

/// (state, action, past) accepted by SPEC §2; every other combination answers 409.
const ACCEPTED: [(&str, &str, bool); 9] = [
    ("booked", "cancel", false),
    ("booked", "excuse", false),
    ("booked", "excuse", true),
    ("booked", "fulfil", true),
    ("booked", "miss", true),
    ("excused", "rebook", false),
    ("excused", "rebook", true),
    ("fulfilled", "rebook", true),
    ("no_show", "rebook", true),
];

#[actix_web::test]
async fn every_action_from_every_state() {
    let app = TestApp::spawn().await;
    set_now(&app, monday());
    let spip = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let (room, _) = place(&app, spip, &["suivi_spip"]).await;
    let cpip = token(&app, &agent(&app, spip, Role::Cpip, true).await);
    let person = convict(&app, &[spip], None).await;
    let mut cases = Vec::new();
    for past in [false, true] {
        for state in STATES {
            for action in ACTIONS {
                let at = if past {
                    "2027-03-02T10:00"
                } else {
                    "2027-03-12T10:00"
                };
                cases.push((
                    state,
                    action,
                    past,
                    booked(&app, &cpip, person, room, at, None).await,
                ));
            }
        }
    }
    set_now(&app, monday() + chrono::TimeDelta::days(3));
    let cpip = token(&app, &agent(&app, spip, Role::Cpip, true).await);
    let mut wrong = Vec::new();
    for (state, action, past, appointment) in &cases {
        let id = appointment["id"].as_str().unwrap();
        diesel_async::RunQueryDsl::execute(
            diesel::sql_query(format!(
                "UPDATE appointments SET state = '{state}' WHERE id = '{id}'"
            )),
            &mut *app.conn().await,
        )
        .await
        .unwrap();
        let body = if ["cancel", "miss"].contains(action) {
            json!({"send_sms": false})
        } else {
            json!({})
        };
        let response = app
            .send_as(
                Method::POST,
                &cpip,
                &format!("/api/v1/appointments/{id}/{action}"),
                body,
            )
            .await;
        let status = response.status().as_u16();
        let answer: Value = response.json().await.unwrap();
        let accepted = ACCEPTED.contains(&(state, action, *past));
        let expected = if accepted { 200 } else { 409 };
        if status != expected || (accepted && answer["state"] == *state) {
            wrong.push(format!("{state} {action} past={past}: {status} {answer}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
