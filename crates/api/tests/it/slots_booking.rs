//! Booking slot-system types into slots: seats taken atomically, given back and re-taken.

use futures_util::future::join_all;
use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::booking::{convict, monday, place, set_now};
use crate::support::fixtures::{agent, service, token};
use crate::support::{TestApp, expect_problem};

struct Desk {
    app: TestApp,
    agenda: Uuid,
    dpip: String,
    cpip: String,
    person: Uuid,
}

async fn desk() -> Desk {
    let app = TestApp::spawn().await;
    set_now(&app, monday());
    let spip = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let (_, agenda) = place(&app, spip, &["sortie_audience_spip", "suivi_spip"]).await;
    let dpip = token(&app, &agent(&app, spip, Role::Dpip, true).await);
    let cpip = token(&app, &agent(&app, spip, Role::Cpip, true).await);
    let person = convict(&app, &[spip], None).await;
    Desk {
        app,
        agenda,
        dpip,
        cpip,
        person,
    }
}

impl Desk {
    /// Slots at 14:00 on `dates`, of `capacity` seats: their ids, by date.
    async fn slots(&self, dates: &[&str], capacity: i32) -> Vec<String> {
        let body = json!({"agenda_id": self.agenda, "appointment_type": "sortie_audience_spip",
            "dates": dates, "times": ["14:00"], "duration_min": 20, "capacity": capacity});
        let response = self
            .app
            .send_as(Method::POST, &self.dpip, "/api/v1/slots/batch", body)
            .await;
        assert_eq!(response.status(), 201);
        let page: Value = self
            .app
            .get_as(
                &self.dpip,
                &format!("/api/v1/slots?per_page=100&agenda_id={}", self.agenda),
            )
            .await
            .json()
            .await
            .unwrap();
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|slot| slot["id"].as_str().unwrap().to_owned())
            .collect()
    }

    async fn book(&self, slot: &str) -> reqwest::Response {
        let body = json!({"convict_id": self.person, "appointment_type": "sortie_audience_spip",
            "slot_id": slot, "prosecutor_number": "25123000042"});
        self.app
            .send_as(Method::POST, &self.cpip, "/api/v1/appointments", body)
            .await
    }

    async fn used(&self, slot: &str) -> i64 {
        let rows = msj_db::slots::find_slots(&mut *self.app.conn().await, &[slot.parse().unwrap()])
            .await
            .unwrap();
        i64::from(rows[0].0.used_capacity)
    }

    async fn resize(&self, slot: &str, capacity: i32) -> reqwest::Response {
        let path = format!("/api/v1/slots/{slot}");
        self.app
            .send_as(
                Method::PATCH,
                &self.dpip,
                &path,
                json!({"capacity": capacity}),
            )
            .await
    }

    async fn act(&self, appointment: &Value, action: &str, body: Value) -> reqwest::Response {
        let path = format!(
            "/api/v1/appointments/{}/{action}",
            appointment["id"].as_str().unwrap()
        );
        self.app
            .send_as(Method::POST, &self.cpip, &path, body)
            .await
    }
}

#[actix_web::test]
async fn fifty_clerks_three_seats_exactly_three_bookings() {
    let d = desk().await;
    let dates: Vec<String> = (0..20)
        .map(|week| {
            (chrono::NaiveDate::from_ymd_opt(2027, 3, 2).unwrap() + chrono::Days::new(7 * week))
                .to_string()
        })
        .collect();
    let dates: Vec<&str> = dates.iter().map(String::as_str).collect();
    let slots = d.slots(&dates, 3).await;
    assert_eq!(
        slots.len(),
        20,
        "20 Tuesdays, none of them a public holiday"
    );
    for slot in &slots {
        let answers = join_all((0..50).map(|_| d.book(slot))).await;
        let mut statuses: Vec<u16> = answers.iter().map(|r| r.status().as_u16()).collect();
        statuses.sort_unstable();
        assert_eq!(
            statuses.iter().filter(|s| **s == 201).count(),
            3,
            "{statuses:?}"
        );
        assert_eq!(
            statuses.iter().filter(|s| **s == 409).count(),
            47,
            "{statuses:?}"
        );
        assert_eq!(d.used(slot).await, 3);
    }
    let full = expect_problem(d.book(&slots[0]).await, 409, "slot_full").await;
    assert!(full["detail"].as_str().unwrap().contains("complet"));
}

#[actix_web::test]
async fn seats_are_given_back_and_taken_again_without_overbooking() {
    let d = desk().await;
    let slots = d.slots(&["2027-03-09", "2027-03-16"], 1).await;
    let first: Value = d.book(&slots[0]).await.json().await.unwrap();
    assert_eq!(first["starts_at"], "2027-03-09T14:00:00+01:00");
    assert_eq!(first["duration_min"], 20);
    assert_eq!(d.used(&slots[0]).await, 1);
    let hidden: Value = d
        .app
        .get_as(&d.dpip, &format!("/api/v1/slots?agenda_id={}", d.agenda))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(hidden["total"], 1, "full slots are hidden by default");

    assert_eq!(
        d.act(&first, "excuse", json!({"reason": "work"}))
            .await
            .status(),
        200
    );
    assert_eq!(
        d.used(&slots[0]).await,
        0,
        "a future excuse gives the seat back"
    );
    let second: Value = d.book(&slots[0]).await.json().await.unwrap();
    expect_problem(d.act(&first, "rebook", json!({})).await, 409, "slot_full").await;
    assert_eq!(d.used(&slots[0]).await, 1, "capacity intact");
    let still: Value = d
        .app
        .get_as(
            &d.cpip,
            &format!("/api/v1/appointments/{}", first["id"].as_str().unwrap()),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(still["state"], "excused");
    assert_eq!(d.act(&second, "cancel", json!({})).await.status(), 200);
    assert_eq!(d.used(&slots[0]).await, 0);
    assert_eq!(d.act(&first, "rebook", json!({})).await.status(), 200);
    assert_eq!(d.used(&slots[0]).await, 1);

    let moved = d
        .act(&first, "reschedule", json!({"slot_id": slots[1]}))
        .await;
    assert_eq!(moved.status(), 201);
    let moved: Value = moved.json().await.unwrap();
    assert_eq!(moved["starts_at"], "2027-03-16T14:00:00+01:00");
    assert_eq!(moved["prosecutor_number"], "25123000042");
    assert_eq!((d.used(&slots[0]).await, d.used(&slots[1]).await), (0, 1));
    assert_eq!(d.book(&slots[0]).await.status(), 201);
    let full_elsewhere = d
        .act(&moved, "reschedule", json!({"slot_id": slots[0]}))
        .await;
    expect_problem(full_elsewhere, 409, "slot_full").await;
    assert_eq!(
        (d.used(&slots[0]).await, d.used(&slots[1]).await),
        (1, 1),
        "the failed move changed nothing"
    );
}

#[actix_web::test]
async fn slots_are_resized_closed_and_checked_at_booking() {
    let d = desk().await;
    let slots = d
        .slots(&["2027-03-09", "2027-03-10", "2027-03-11"], 2)
        .await;
    d.book(&slots[0]).await;
    d.book(&slots[0]).await;
    let problem = expect_problem(d.resize(&slots[0], 1).await, 422, "invalid_field").await;
    assert_eq!(problem["errors"][0]["code"], "capacity_below_used");
    assert!(
        problem["errors"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("au minimum de 2")
    );
    let problem = expect_problem(d.resize(&slots[1], 0).await, 422, "invalid_field").await;
    assert_eq!(problem["errors"][0]["code"], "invalid_capacity");
    let grown: Value = d.resize(&slots[0], 4).await.json().await.unwrap();
    assert_eq!(
        (grown["capacity"].as_i64(), grown["used_capacity"].as_i64()),
        (Some(4), Some(2))
    );
    let by_cpip = d
        .app
        .send_as(
            Method::PATCH,
            &d.cpip,
            &format!("/api/v1/slots/{}", slots[0]),
            json!({"capacity": 5}),
        )
        .await;
    expect_problem(by_cpip, 403, "forbidden").await;

    let close = d
        .app
        .send_as(
            Method::POST,
            &d.dpip,
            &format!("/api/v1/slots/{}/close", slots[1]),
            json!({}),
        )
        .await;
    assert_eq!(close.status(), 204);
    let problem = expect_problem(d.book(&slots[1]).await, 422, "invalid_field").await;
    assert_eq!(problem["errors"][0]["code"], "unknown_slot");
    let closed: Value = d
        .app
        .send_as(
            Method::POST,
            &d.dpip,
            "/api/v1/slots/close",
            json!({"slot_ids": [slots[0], slots[2]]}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(closed["closed"], 2);
    let listed: Value = d
        .app
        .get_as(&d.dpip, "/api/v1/slots?include_full=true")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["total"], 0, "closed slots are not listed");

    let wrong = json!({"convict_id": d.person, "appointment_type": "sortie_audience_spip"});
    let problem = expect_problem(
        d.app
            .send_as(Method::POST, &d.cpip, "/api/v1/appointments", wrong)
            .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["code"], "slot_required");
    let free_time = json!({"convict_id": d.person, "appointment_type": "suivi_spip",
        "slot_id": slots[2], "starts_at": "2027-03-12T10:00"});
    let problem = expect_problem(
        d.app
            .send_as(Method::POST, &d.cpip, "/api/v1/appointments", free_time)
            .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["code"], "slot_not_for_type");
}

#[actix_web::test]
async fn deleting_a_probationer_gives_their_seats_back() {
    let d = desk().await;
    let slots = d.slots(&["2027-03-09"], 1).await;
    d.book(&slots[0]).await;
    let spip = msj_db::slots::slot_agendas(&mut *d.app.conn().await, &[d.agenda])
        .await
        .unwrap()[0]
        .organization
        .id;
    let dpip = token(&d.app, &agent(&d.app, spip, Role::Dpip, true).await);
    let deleted = d
        .app
        .send_as(
            Method::DELETE,
            &dpip,
            &format!("/api/v1/convicts/{}", d.person),
            json!({}),
        )
        .await;
    assert_eq!(deleted.status(), 204);
    assert_eq!(d.used(&slots[0]).await, 0);
}

#[actix_web::test]
async fn a_sortie_shows_its_legal_delay_and_prints_an_avis_de_convocation() {
    let d = desk().await;
    let slots = d.slots(&["2027-03-09", "2027-04-20"], 1).await;
    let within: Value = d.book(&slots[0]).await.json().await.unwrap();
    assert_eq!(
        within["legal_delay"],
        json!({"first": "2027-03-01", "last": "2027-04-15", "outside": false})
    );
    let late: Value = d.book(&slots[1]).await.json().await.unwrap();
    assert_eq!(
        late["legal_delay"]["outside"], true,
        "more than 45 days after the hearing"
    );
    let path = format!(
        "/api/v1/appointments/{}/convocation",
        within["id"].as_str().unwrap()
    );
    let page = d.app.get_as(&d.cpip, &path).await;
    assert_eq!(page.status(), 200);
    assert!(
        page.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let html = page.text().await.unwrap();
    for expected in [
        "<html lang=\"fr\">",
        "Avis de convocation",
        "Élodie DUPRÉ, né(e) le 17/05/1990",
        "Le mardi 9 mars 2027 à 14 h",
        "N° de parquet : 25123000042",
        "Vous ne recevrez pas de rappel par SMS",
        "@page{size:A4",
    ] {
        assert!(html.contains(expected), "{expected} missing from {html}");
    }
    let other = service(&d.app, "SPIP 92", OrganizationType::Spip).await;
    let stranger = token(&d.app, &agent(&d.app, other, Role::Cpip, true).await);
    expect_problem(d.app.get_as(&stranger, &path).await, 404, "not_found").await;
}

#[actix_web::test]
async fn the_booking_form_offers_free_slots_and_the_legal_delay() {
    let d = desk().await;
    let slots = d.slots(&["2027-03-09", "2027-03-10"], 1).await;
    let options: Value = d
        .app
        .get_as(
            &d.cpip,
            &format!("/api/v1/appointments/options?convict_id={}", d.person),
        )
        .await
        .json()
        .await
        .unwrap();
    let types = options["types"].as_array().unwrap();
    let sortie = types
        .iter()
        .find(|kind| kind["key"] == "sortie_audience_spip")
        .unwrap();
    assert_eq!(sortie["slot_system"], true);
    let place_id = sortie["places"][0]["id"].as_str().unwrap().to_owned();
    let empty = types
        .iter()
        .find(|kind| kind["key"] == "visite_domicile")
        .unwrap();
    assert_eq!(
        empty["places"],
        json!([]),
        "no place offers it: the form says why"
    );
    assert!(
        types.iter().all(|kind| kind["key"] != "sap_ddse"),
        "a CPIP does not book SAP DDSE"
    );
    assert_eq!(d.book(&slots[0]).await.status(), 201);
    let path = format!(
        "/api/v1/appointments/options/slots?convict_id={}&appointment_type=sortie_audience_spip&place_id={place_id}",
        d.person
    );
    let free: Value = d.app.get_as(&d.cpip, &path).await.json().await.unwrap();
    let ids: Vec<&str> = free["slots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|slot| slot["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [slots[1].as_str()], "the full slot is left out");
    assert_eq!(free["legal_delay"]["first"], "2027-03-01");
    assert_eq!(free["legal_delay"]["last"], "2027-04-15");
    let wrong = path.replace("sortie_audience_spip", "suivi_spip");
    expect_problem(d.app.get_as(&d.cpip, &wrong).await, 422, "invalid_field").await;
    let stranger = format!("/api/v1/appointments/options?convict_id={}", Uuid::now_v7());
    expect_problem(d.app.get_as(&d.cpip, &stranger).await, 404, "not_found").await;
}
