//! Places, probationers and a pinned clock for the appointment tests.

use chrono::{DateTime, TimeZone, Utc};
use msj_db::convicts::ConvictRow;
use msj_db::organizations::{
    PlaceRow, insert_agenda_if_absent, insert_place_if_absent, offer_types,
};
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use super::TestApp;

/// Monday 1 March 2027, 10:00 in Paris: the "now" of the appointment tests.
pub fn monday() -> DateTime<Utc> {
    chrono_tz::Europe::Paris
        .with_ymd_and_hms(2027, 3, 1, 10, 0, 0)
        .unwrap()
        .with_timezone(&Utc)
}

/// Moves the server's clock to `at` (up to one second after it: the clock counts whole
/// seconds).
pub fn set_now(app: &TestApp, at: DateTime<Utc>) {
    let delta = at - app.state.clock.now() + chrono::TimeDelta::seconds(1);
    app.state.clock.advance(delta);
}

/// A place of `organization` offering `types`, with one agenda: (place, agenda).
pub async fn place(app: &TestApp, organization: Uuid, types: &[&str]) -> (Uuid, Uuid) {
    let id = Uuid::now_v7();
    let mut conn = app.conn().await;
    let row = PlaceRow {
        id,
        organization_id: organization,
        name: format!("Lieu {}", &id.simple().to_string()[24..]),
        address: "1 rue de la Paix, 75002 Paris".to_owned(),
        phone: None,
        email: None,
        code: id.simple().to_string()[24..].to_owned(),
        main_contact_method: "phone".to_owned(),
        information_url: None,
        valid_from: None,
        valid_until: None,
        access_info: None,
        opening_hours: None,
        what_to_bring: None,
    };
    insert_place_if_absent(&mut conn, &row).await.unwrap();
    offer_types(&mut conn, id, types).await.unwrap();
    let agenda = Uuid::now_v7();
    insert_agenda_if_absent(&mut conn, agenda, id, "Agenda principal")
        .await
        .unwrap();
    (id, agenda)
}

/// A probationer followed by `organizations`, with this phone (E.164) or none.
pub async fn convict(app: &TestApp, organizations: &[Uuid], phone: Option<&str>) -> Uuid {
    let id = Uuid::now_v7();
    let now = Utc::now();
    let row = ConvictRow {
        id,
        first_name: "Élodie".to_owned(),
        last_name: "DUPRÉ".to_owned(),
        date_of_birth: chrono::NaiveDate::from_ymd_opt(1990, 5, 17).unwrap(),
        phone: phone.map(str::to_owned),
        no_phone: phone.is_none(),
        refused_phone: false,
        appi_number: None,
        city_id: None,
        homeless: false,
        lives_abroad: false,
        japat: false,
        referent_id: None,
        creating_organization_id: None,
        created_by: None,
        opt_out_token: id.simple().to_string()[24..].to_owned(),
        archived_at: None,
        created_at: now,
        updated_at: now,
    };
    msj_db::convicts::insert(&mut *app.conn().await, &row, organizations, now)
        .await
        .unwrap()
        .unwrap();
    id
}

/// `POST /api/v1/appointments` of a `kind` appointment at `place`, local time `at`.
pub async fn book(
    app: &TestApp,
    token: &str,
    convict: Uuid,
    place: Uuid,
    kind: &str,
    at: &str,
    sms: Option<&str>,
) -> reqwest::Response {
    let mut body = json!({"convict_id": convict, "appointment_type": kind, "place_id": place, "starts_at": at});
    if let Some(sms) = sms {
        body["sms"] = json!(sms);
    }
    app.send_as(Method::POST, token, "/api/v1/appointments", body)
        .await
}

/// Books and returns the created appointment.
pub async fn booked(
    app: &TestApp,
    token: &str,
    convict: Uuid,
    place: Uuid,
    at: &str,
    sms: Option<&str>,
) -> Value {
    let response = book(app, token, convict, place, "suivi_spip", at, sms).await;
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
    response.json().await.unwrap()
}

/// (kind, state, due_at) of an appointment's SMS rows.
pub fn sms_rows(appointment: &Value) -> Vec<(String, String, String)> {
    appointment["notifications"]
        .as_array()
        .map(|rows| {
            rows.iter()
                .map(|row| {
                    (
                        row["kind"].as_str().unwrap().to_owned(),
                        row["state"].as_str().unwrap().to_owned(),
                        row["due_at"].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The SPIP 75 desk of the SMS tests, at [`monday`]: a place offering `suivi_spip`, a CPIP
/// and a probationer reachable by SMS.
pub struct Desk {
    pub spip: Uuid,
    pub room: Uuid,
    pub agenda: Uuid,
    pub agent: super::fixtures::TestAgent,
    pub cpip: String,
    pub person: Uuid,
}

/// Sets the clock to [`monday`] and opens the [`Desk`].
pub async fn desk(app: &TestApp) -> Desk {
    use msj_domain::roles::{OrganizationType, Role};
    set_now(app, monday());
    let spip = super::fixtures::service(app, "SPIP 75", OrganizationType::Spip).await;
    let (room, agenda) = place(app, spip, &["suivi_spip"]).await;
    let agent = super::fixtures::agent(app, spip, Role::Cpip, true).await;
    let cpip = super::fixtures::token(app, &agent);
    let person = convict(app, &[spip], Some("+33639981234")).await;
    Desk {
        spip,
        room,
        agenda,
        agent,
        cpip,
        person,
    }
}

/// The appointment as `token`'s agent sees it now.
pub async fn reloaded(app: &TestApp, token: &str, appointment: &Value) -> Value {
    let path = format!(
        "/api/v1/appointments/{}",
        appointment["id"].as_str().unwrap()
    );
    app.get_as(token, &path).await.json().await.unwrap()
}
