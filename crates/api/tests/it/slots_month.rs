//! Sortie d'audience month views, the TJ's extra fields, and their values.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::booking::{convict, monday, place, set_now};
use crate::support::fixtures::{agent, service, token};
use crate::support::{TestApp, expect_problem};

struct Courts {
    app: TestApp,
    spip: Uuid,
    person: Uuid,
    tj_place: Uuid,
    bex: String,
    greffe: String,
    tj_admin: String,
    sap_slot: String,
    spip_slot: String,
}

async fn slot(app: &TestApp, token: &str, agenda: Uuid, kind: &str, date: &str) -> String {
    let body = json!({"agenda_id": agenda, "appointment_type": kind, "dates": [date],
        "times": ["14:00"], "duration_min": 20, "capacity": 2});
    let response = app
        .send_as(Method::POST, token, "/api/v1/slots/batch", body)
        .await;
    assert_eq!(response.status(), 201);
    let page: Value = app
        .get_as(
            token,
            &format!("/api/v1/slots?agenda_id={agenda}&from={date}&to={date}"),
        )
        .await
        .json()
        .await
        .unwrap();
    page["items"][0]["id"].as_str().unwrap().to_owned()
}

async fn courts() -> Courts {
    let app = TestApp::spawn().await;
    set_now(&app, monday());
    let tj = service(&app, "TJ Paris", OrganizationType::Tj).await;
    let spip = service(&app, "SPIP 75", OrganizationType::Spip).await;
    msj_db::organizations::link(&mut *app.conn().await, spip, tj)
        .await
        .unwrap();
    let (tj_place, tj_agenda) = place(&app, tj, &["sortie_audience_sap"]).await;
    let (_, spip_agenda) = place(&app, spip, &["sortie_audience_spip"]).await;
    let person = convict(&app, &[tj, spip], None).await;
    let greffe = token(&app, &agent(&app, tj, Role::GreffSap, true).await);
    let dpip = token(&app, &agent(&app, spip, Role::Dpip, true).await);
    let sap_slot = slot(
        &app,
        &greffe,
        tj_agenda,
        "sortie_audience_sap",
        "2027-03-15",
    )
    .await;
    let spip_slot = slot(
        &app,
        &dpip,
        spip_agenda,
        "sortie_audience_spip",
        "2027-03-16",
    )
    .await;
    Courts {
        bex: token(&app, &agent(&app, tj, Role::Bex, true).await),
        tj_admin: token(&app, &agent(&app, tj, Role::LocalAdmin, true).await),
        app,
        spip,
        person,
        tj_place,
        greffe,
        sap_slot,
        spip_slot,
    }
}

impl Courts {
    async fn field(
        &self,
        token: &str,
        name: &str,
        data_type: &str,
        scope: &str,
        types: &[&str],
    ) -> reqwest::Response {
        let body = json!({"name": name, "data_type": data_type, "scope": scope, "appointment_types": types});
        self.app
            .send_as(Method::POST, token, "/api/v1/extra-fields", body)
            .await
    }

    async fn book(&self, slot: &str, kind: &str, extra: Value) -> reqwest::Response {
        let body = json!({"convict_id": self.person, "appointment_type": kind, "slot_id": slot,
            "prosecutor_number": "25123000042", "extra_fields": extra});
        self.app
            .send_as(Method::POST, &self.bex, "/api/v1/appointments", body)
            .await
    }

    async fn month(&self, token: &str, query: &str) -> reqwest::Response {
        self.app
            .get_as(token, &format!("/api/v1/slots/month-view?{query}"))
            .await
    }
}

#[actix_web::test]
async fn extra_fields_are_asked_at_booking_and_filled_in_the_month_view() {
    let c = courts().await;
    let both = ["sortie_audience_sap", "sortie_audience_spip"];
    let judgment: Value = c
        .field(
            &c.tj_admin,
            "Date du jugement",
            "date",
            "appointment_create",
            &both,
        )
        .await
        .json()
        .await
        .unwrap();
    let judgment = judgment["id"].as_str().unwrap().to_owned();
    let cabinet: Value = c
        .field(
            &c.tj_admin,
            "Cabinet",
            "text",
            "appointment_update",
            &["sortie_audience_sap"],
        )
        .await
        .json()
        .await
        .unwrap();
    let cabinet = cabinet["id"].as_str().unwrap().to_owned();
    expect_problem(
        c.field(
            &c.tj_admin,
            "Cabinet",
            "text",
            "appointment_update",
            &["sortie_audience_sap"],
        )
        .await,
        409,
        "extra_field_exists",
    )
    .await;
    for name in ["Juge", "Salle"] {
        c.field(
            &c.tj_admin,
            name,
            "text",
            "appointment_update",
            &["sortie_audience_sap"],
        )
        .await;
    }
    let problem = expect_problem(
        c.field(
            &c.tj_admin,
            "Greffier",
            "text",
            "appointment_update",
            &["sortie_audience_sap"],
        )
        .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["code"], "too_many_extra_fields");
    expect_problem(
        c.field(
            &c.greffe,
            "Autre",
            "text",
            "appointment_update",
            &["sortie_audience_sap"],
        )
        .await,
        403,
        "forbidden",
    )
    .await;

    let form: Value = c
        .app
        .get_as(
            &c.bex,
            &format!(
                "/api/v1/appointments/options/slots?convict_id={}&appointment_type=sortie_audience_sap&place_id={}",
                c.person, c.tj_place
            ),
        )
        .await
        .json()
        .await
        .unwrap();
    let asked: Vec<&str> = form["extra_fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|field| field["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        asked,
        ["Date du jugement"],
        "only the fields asked at booking"
    );
    assert_eq!(form["extra_fields_required"], true);
    let problem = expect_problem(
        c.book(&c.sap_slot, "sortie_audience_sap", json!({})).await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["code"], "extra_fields_required");
    assert!(
        problem["errors"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("Date du jugement")
    );
    let problem = expect_problem(
        c.book(
            &c.sap_slot,
            "sortie_audience_sap",
            json!({ judgment.clone(): "26/02/2027" }),
        )
        .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["code"], "invalid_date");
    let booked: Value = c
        .book(
            &c.sap_slot,
            "sortie_audience_sap",
            json!({ judgment.clone(): "2027-02-26" }),
        )
        .await
        .json()
        .await
        .unwrap();
    let appointment = booked["id"].as_str().unwrap();
    assert_eq!(
        booked["legal_delay"],
        json!({"first": "2027-03-11", "last": "2027-03-31", "outside": false})
    );

    let path = format!("/api/v1/appointments/{appointment}/extra-fields/{cabinet}");
    let saved = c
        .app
        .send_as(Method::PUT, &c.greffe, &path, json!({"value": "Cabinet 3"}))
        .await;
    assert_eq!(saved.status(), 204);
    let fixed = format!("/api/v1/appointments/{appointment}/extra-fields/{judgment}");
    let problem = expect_problem(
        c.app
            .send_as(
                Method::PUT,
                &c.greffe,
                &fixed,
                json!({"value": "2027-02-27"}),
            )
            .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["code"], "field_not_editable");
    let elsewhere = service(&c.app, "TJ Créteil", OrganizationType::Tj).await;
    let stranger = token(
        &c.app,
        &agent(&c.app, elsewhere, Role::GreffSap, true).await,
    );
    expect_problem(
        c.app
            .send_as(Method::PUT, &stranger, &path, json!({"value": "Cabinet 9"}))
            .await,
        404,
        "not_found",
    )
    .await;

    let view: Value = c
        .month(&c.bex, "kind=jap&month=2027-03")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(view["extra_fields"].as_array().unwrap().len(), 4);
    let day = &view["days"][0];
    assert_eq!(day["date"], "2027-03-15");
    let seats = day["slots"][0]["seats"].as_array().unwrap();
    assert_eq!(seats.len(), 2, "one row per seat");
    assert_eq!(seats[0]["convict_name"], "Élodie DUPRÉ");
    assert_eq!(seats[0]["prosecutor_number"], "25123000042");
    assert_eq!(seats[0]["creating_service"], "TJ Paris");
    assert_eq!(seats[0]["booked_by_role"], "Agent BEX");
    assert_eq!(seats[0]["extra"][&judgment], "2027-02-26");
    assert_eq!(seats[0]["extra"][&cabinet], "Cabinet 3");
    assert!(seats[1]["appointment_id"].is_null(), "a free seat");

    let spip_booked = c
        .book(
            &c.spip_slot,
            "sortie_audience_spip",
            json!({ judgment.clone(): "2027-02-26" }),
        )
        .await;
    assert_eq!(spip_booked.status(), 201);
    let cpip = token(&c.app, &agent(&c.app, c.spip, Role::Cpip, true).await);
    let spip_view: Value = c
        .month(&cpip, "kind=spip&month=2027-03")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(spip_view["days"][0]["date"], "2027-03-16");
    let columns: Vec<&str> = spip_view["extra_fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|field| field["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        columns,
        ["Date du jugement"],
        "the linked TJ's fields for the SPIP sortie"
    );
}

#[actix_web::test]
async fn month_views_follow_the_roles_and_check_their_query() {
    let c = courts().await;
    let cpip = token(&c.app, &agent(&c.app, c.spip, Role::Cpip, true).await);
    expect_problem(
        c.month(&cpip, "kind=jap&month=2027-03").await,
        403,
        "forbidden",
    )
    .await;
    expect_problem(
        c.month(&c.bex, "kind=bex&month=2027-03").await,
        400,
        "invalid_query",
    )
    .await;
    expect_problem(
        c.month(&c.bex, "kind=jap&month=2027-13").await,
        400,
        "invalid_query",
    )
    .await;
    let empty: Value = c
        .month(&cpip, "kind=ddse&month=2027-03")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (
            empty["places"].as_array().unwrap().len(),
            empty["place_id"].is_null()
        ),
        (0, true)
    );
    let spip_place: Value = c
        .month(&cpip, "kind=spip&month=2027-03")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        spip_place["places"].as_array().unwrap().len(),
        1,
        "a CPIP sees its own service"
    );
    let bex_view: Value = c
        .month(&c.bex, "kind=spip&month=2027-03")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        bex_view["places"].as_array().unwrap().len(),
        1,
        "the BEX sees its jurisdiction"
    );
    let other_place = Uuid::now_v7();
    expect_problem(
        c.month(
            &c.bex,
            &format!("kind=jap&month=2027-03&place_id={other_place}"),
        )
        .await,
        404,
        "not_found",
    )
    .await;
}

#[actix_web::test]
async fn sap_sorties_are_booked_by_court_roles_in_their_jurisdiction() {
    let c = courts().await;
    let mut booked = 0;
    for role in Role::ALL {
        let organization = if role.fits_organization_type(OrganizationType::Tj) {
            court_of(&c).await
        } else {
            c.spip
        };
        let caller = token(&c.app, &agent(&c.app, organization, role, true).await);
        let body = json!({"convict_id": c.person, "appointment_type": "sortie_audience_sap",
            "slot_id": c.sap_slot, "prosecutor_number": "25123000042"});
        let status = c
            .app
            .send_as(Method::POST, &caller, "/api/v1/appointments", body)
            .await
            .status()
            .as_u16();
        let court_role = matches!(
            role,
            Role::Admin
                | Role::LocalAdmin
                | Role::Jap
                | Role::SecretaryCourt
                | Role::GreffSap
                | Role::DirGreffSap
                | Role::Bex
                | Role::Prosecutor
                | Role::GreffCo
                | Role::DirGreffBex
                | Role::GreffTpe
                | Role::GreffCrpc
                | Role::GreffCa
        );
        let expected = match (court_role, booked < 2) {
            (true, true) => 201,
            (true, false) => 409,
            (false, _) => 403,
        };
        assert_eq!(status, expected, "{role:?}");
        if status == 201 {
            booked += 1;
        }
    }
}

async fn court_of(c: &Courts) -> Uuid {
    let slots = msj_db::slots::find_slots(&mut *c.app.conn().await, &[c.sap_slot.parse().unwrap()])
        .await
        .unwrap();
    let agendas = msj_db::slots::slot_agendas(&mut *c.app.conn().await, &[slots[0].0.agenda_id])
        .await
        .unwrap();
    agendas[0].organization.id
}

#[actix_web::test]
async fn inter_ressort_bex_agents_book_for_probationers_of_other_jurisdictions() {
    let c = courts().await;
    let marseille = service(&c.app, "TJ Marseille", OrganizationType::Tj).await;
    let lyon = service(&c.app, "TJ Lyon", OrganizationType::Tj).await;
    diesel_async::RunQueryDsl::execute(
        diesel::sql_query("UPDATE organizations SET use_inter_ressort = true WHERE id = $1")
            .bind::<diesel::sql_types::Uuid, _>(marseille),
        &mut *c.app.conn().await,
    )
    .await
    .unwrap();
    let body = json!({"convict_id": c.person, "appointment_type": "sortie_audience_spip",
        "slot_id": c.spip_slot, "prosecutor_number": "25123000042"});
    let local = token(&c.app, &agent(&c.app, lyon, Role::Bex, true).await);
    let problem = expect_problem(
        c.app
            .send_as(Method::POST, &local, "/api/v1/appointments", body.clone())
            .await,
        403,
        "convict_outside_jurisdiction",
    )
    .await;
    assert!(!problem["detail"].as_str().unwrap().is_empty());
    let roaming = token(&c.app, &agent(&c.app, marseille, Role::Bex, true).await);
    let response = c
        .app
        .send_as(Method::POST, &roaming, "/api/v1/appointments", body)
        .await;
    assert_eq!(
        response.status(),
        201,
        "in a service competent for the probationer"
    );
    let elsewhere = service(&c.app, "SPIP 13", OrganizationType::Spip).await;
    let (_, agenda) = place(&c.app, elsewhere, &["sortie_audience_spip"]).await;
    let dpip = token(&c.app, &agent(&c.app, elsewhere, Role::Dpip, true).await);
    let far = slot(&c.app, &dpip, agenda, "sortie_audience_spip", "2027-03-17").await;
    let body =
        json!({"convict_id": c.person, "appointment_type": "sortie_audience_spip", "slot_id": far});
    expect_problem(
        c.app
            .send_as(Method::POST, &roaming, "/api/v1/appointments", body)
            .await,
        403,
        "place_not_following_convict",
    )
    .await;
}
