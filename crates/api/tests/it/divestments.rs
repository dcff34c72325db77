//! Transfers between services: requests, answers, their effects, the guards while pending.

use diesel_async::RunQueryDsl;
use futures_util::future::join_all;
use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::booking::{booked, convict, monday, place, set_now};
use crate::support::fixtures::{agent, service, token};
use crate::support::{TestApp, expect_problem, smtp};

struct World {
    app: TestApp,
    paris: Uuid,
    spip75: Uuid,
    nanterre: Uuid,
    spip92: Uuid,
    person: Uuid,
    requester: String,
    answerer: String,
}

async fn link(app: &TestApp, spip: Uuid, tj: Uuid) {
    msj_db::organizations::link(&mut *app.conn().await, spip, tj)
        .await
        .unwrap();
}

/// A probationer followed by TJ Paris and SPIP 75 with an appointment to come at SPIP 75; the
/// greffe SAP of TJ Nanterre (linked to SPIP 92) asks for them.
async fn world(requester_role: Role) -> World {
    world_with(requester_role, &[]).await
}

async fn world_with(requester_role: Role, more: &[(&str, String)]) -> World {
    let app = TestApp::spawn_configured(|_| {}, more).await;
    set_now(&app, monday());
    let paris = service(&app, "TJ Paris", OrganizationType::Tj).await;
    let spip75 = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let nanterre = service(&app, "TJ Nanterre", OrganizationType::Tj).await;
    let spip92 = service(&app, "SPIP 92", OrganizationType::Spip).await;
    link(&app, spip75, paris).await;
    link(&app, spip92, nanterre).await;
    let (room, _) = place(&app, spip75, &["suivi_spip"]).await;
    let person = convict(&app, &[paris, spip75], None).await;
    let cpip = token(&app, &agent(&app, spip75, Role::Cpip, true).await);
    booked(&app, &cpip, person, room, "2027-03-12T10:00", None).await;
    agent(&app, spip75, Role::SecretarySpip, true).await;
    let answerer = token(&app, &agent(&app, paris, Role::LocalAdmin, true).await);
    let requester = token(&app, &agent(&app, nanterre, requester_role, true).await);
    World {
        app,
        paris,
        spip75,
        nanterre,
        spip92,
        person,
        requester,
        answerer,
    }
}

impl World {
    async fn ask(&self, token: &str) -> reqwest::Response {
        self.app
            .send_as(
                Method::POST,
                token,
                "/api/v1/divestments",
                json!({"convict_id": self.person}),
            )
            .await
    }

    async fn answer(&self, token: &str, id: &str, body: Value) -> reqwest::Response {
        self.app
            .send_as(
                Method::POST,
                token,
                &format!("/api/v1/divestments/{id}/answer"),
                body,
            )
            .await
    }

    async fn followers(&self) -> Vec<Uuid> {
        let mut ids: Vec<Uuid> =
            msj_db::convicts::followers(&mut *self.app.conn().await, &[self.person])
                .await
                .unwrap()
                .into_iter()
                .map(|(_, organization, _, _)| organization)
                .collect();
        ids.sort_unstable();
        ids
    }

    async fn emails(&self) -> Vec<String> {
        #[derive(diesel::QueryableByName)]
        struct Subject {
            #[diesel(sql_type = diesel::sql_types::Text)]
            subject: String,
        }
        let rows: Vec<Subject> =
            diesel::sql_query("SELECT subject FROM emails ORDER BY created_at")
                .load(&mut *self.app.conn().await)
                .await
                .unwrap();
        rows.into_iter().map(|row| row.subject).collect()
    }
}

fn sorted(mut ids: Vec<Uuid>) -> Vec<Uuid> {
    ids.sort_unstable();
    ids
}

#[actix_web::test]
async fn an_accepted_transfer_moves_the_probationer_to_the_requesters_jurisdiction() {
    let w = world(Role::GreffSap).await;
    let created = w.ask(&w.requester).await;
    assert_eq!(created.status(), 201);
    let created: Value = created.json().await.unwrap();
    assert_eq!(created["state"], "pending");
    let mut answers: Vec<(&str, &str)> = created["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["organization_name"].as_str().unwrap(),
                a["state"].as_str().unwrap(),
            )
        })
        .collect();
    answers.sort_unstable();
    assert_eq!(
        answers,
        [("SPIP 75", "auto_accepted"), ("TJ Paris", "pending")],
        "the TJ answers for its SPIP"
    );
    expect_problem(w.ask(&w.requester).await, 409, "divestment_not_allowed").await;
    let incoming: Value = w
        .app
        .get_as(&w.answerer, "/api/v1/divestments?direction=incoming")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(incoming["total"], 1);
    let outgoing: Value = w
        .app
        .get_as(
            &w.requester,
            "/api/v1/divestments?direction=outgoing&status=pending",
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(outgoing["items"][0]["convict_name"], "Élodie DUPRÉ");
    let profile_path = format!("/api/v1/convicts/{}", w.person);
    let profile: Value = w
        .app
        .get_as(&w.answerer, &profile_path)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(profile["pending_divestment"]["requested_by"], "TJ Nanterre");
    assert_eq!(profile["pending_divestment"]["awaiting_my_answer"], true);
    assert_eq!(profile["actions"]["archive"], false, "not while pending");

    let id = created["id"].as_str().unwrap();
    let cpip = token(&w.app, &agent(&w.app, w.paris, Role::Jap, true).await);
    let wrong = w.answer(&cpip, id, json!({"decision": "plus tard"})).await;
    expect_problem(wrong, 422, "invalid_field").await;
    let bex = token(&w.app, &agent(&w.app, w.paris, Role::Bex, true).await);
    expect_problem(
        w.answer(&bex, id, json!({"decision": "accept"})).await,
        403,
        "forbidden",
    )
    .await;
    expect_problem(
        w.answer(&w.requester, id, json!({"decision": "accept"}))
            .await,
        404,
        "not_found",
    )
    .await;
    let long = "x".repeat(121);
    let problem = expect_problem(
        w.answer(
            &w.answerer,
            id,
            json!({"decision": "refuse", "comment": long}),
        )
        .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["code"], "too_long");

    let accepted: Value = w
        .answer(&w.answerer, id, json!({"decision": "accept"}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(accepted["state"], "accepted");
    assert_eq!(w.followers().await, sorted(vec![w.nanterre, w.spip92]));
    assert_eq!(
        w.emails().await,
        ["Votre demande de dessaisissement a été acceptée"]
    );
    expect_problem(
        w.answer(&w.answerer, id, json!({"decision": "refuse"}))
            .await,
        409,
        "divestment_closed",
    )
    .await;
    let history: Value = w
        .app
        .get_as(
            &w.requester,
            &format!("/api/v1/history?convict_id={}", w.person),
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(
        history["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|item| item["event"] == "accept_divestment")
    );
}

#[actix_web::test]
async fn a_refusal_undoes_the_bex_pre_addition_and_tells_why() {
    let w = world(Role::Bex).await;
    let created: Value = w.ask(&w.requester).await.json().await.unwrap();
    assert_eq!(
        w.followers().await,
        sorted(vec![w.paris, w.spip75, w.nanterre, w.spip92]),
        "a BEX requester may book at once"
    );
    let id = created["id"].as_str().unwrap();
    let refused: Value = w
        .answer(
            &w.answerer,
            id,
            json!({"decision": "refuse", "comment": "Audience JAP le 12 mars."}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(refused["state"], "refused");
    assert_eq!(w.followers().await, sorted(vec![w.paris, w.spip75]));
    assert_eq!(
        w.emails().await,
        ["Votre demande de dessaisissement a été refusée"]
    );
}

#[actix_web::test]
async fn pending_transfers_freeze_the_record_and_concurrent_answers_are_serialized() {
    let w = world(Role::GreffSap).await;
    let created: Value = w.ask(&w.requester).await.json().await.unwrap();
    let id = created["id"].as_str().unwrap().to_owned();
    let dpip = token(&w.app, &agent(&w.app, w.spip75, Role::Dpip, true).await);
    let path = format!("/api/v1/convicts/{}", w.person);
    expect_problem(
        w.app
            .send_as(Method::PATCH, &dpip, &path, json!({"first_name": "Élo"}))
            .await,
        409,
        "divestment_pending",
    )
    .await;
    let secretary = token(
        &w.app,
        &agent(&w.app, w.spip75, Role::SecretarySpip, true).await,
    );
    let edited = w
        .app
        .send_as(
            Method::PATCH,
            &secretary,
            &path,
            json!({"first_name": "Élo"}),
        )
        .await;
    assert_eq!(edited.status(), 200, "those who answer transfers may edit");
    expect_problem(
        w.app
            .send_as(Method::POST, &dpip, &format!("{path}/archive"), json!({}))
            .await,
        409,
        "divestment_pending",
    )
    .await;
    expect_problem(
        w.app.send_as(Method::DELETE, &dpip, &path, json!({})).await,
        409,
        "divestment_pending",
    )
    .await;
    let (room, _) = place(&w.app, w.spip75, &["suivi_spip"]).await;
    let cpip = token(&w.app, &agent(&w.app, w.spip75, Role::Cpip, true).await);
    let booking = json!({"convict_id": w.person, "appointment_type": "suivi_spip", "place_id": room,
        "starts_at": "2027-03-15T10:00"});
    expect_problem(
        w.app
            .send_as(Method::POST, &cpip, "/api/v1/appointments", booking)
            .await,
        409,
        "divestment_pending",
    )
    .await;

    let jap = token(&w.app, &agent(&w.app, w.paris, Role::Jap, true).await);
    let answers = join_all([
        w.answer(&w.answerer, &id, json!({"decision": "accept"})),
        w.answer(&jap, &id, json!({"decision": "refuse"})),
    ])
    .await;
    let mut statuses: Vec<u16> = answers.iter().map(|r| r.status().as_u16()).collect();
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 409]);
    let done: Value = w
        .app
        .get_as(
            &w.requester,
            "/api/v1/divestments?direction=outgoing&status=done",
        )
        .await
        .json()
        .await
        .unwrap();
    let state = done["items"][0]["state"].as_str().unwrap();
    let paris_answer = done["items"][0]["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|answer| answer["organization_name"] == "TJ Paris")
        .and_then(|answer| answer["state"].as_str())
        .unwrap();
    assert!(
        (state, paris_answer) == ("accepted", "accepted")
            || (state, paris_answer) == ("refused", "refused"),
        "{state} / {paris_answer}"
    );
}

#[actix_web::test]
async fn a_follow_up_over_is_transferred_at_once_and_japat_never() {
    let w = world(Role::GreffSap).await;
    let idle = convict(&w.app, &[w.paris, w.spip75], None).await;
    let created: Value = w
        .app
        .send_as(
            Method::POST,
            &w.requester,
            "/api/v1/divestments",
            json!({"convict_id": idle}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        created["state"], "auto_accepted",
        "no appointment: nothing to wait for"
    );
    let japat = convict(&w.app, &[w.paris], None).await;
    diesel::sql_query("UPDATE convicts SET japat = true WHERE id = $1")
        .bind::<diesel::sql_types::Uuid, _>(japat)
        .execute(&mut *w.app.conn().await)
        .await
        .unwrap();
    let problem = expect_problem(
        w.app
            .send_as(
                Method::POST,
                &w.requester,
                "/api/v1/divestments",
                json!({"convict_id": japat}),
            )
            .await,
        409,
        "divestment_not_allowed",
    )
    .await;
    assert!(problem["detail"].as_str().unwrap().starts_with("Code 12"));
    let own = convict(&w.app, &[w.nanterre], None).await;
    expect_problem(
        w.app
            .send_as(
                Method::POST,
                &w.requester,
                "/api/v1/divestments",
                json!({"convict_id": own}),
            )
            .await,
        409,
        "divestment_not_needed",
    )
    .await;
}

#[actix_web::test]
async fn answering_follows_features_3_2_over_the_nineteen_roles() {
    let w = world(Role::GreffSap).await;
    let created: Value = w.ask(&w.requester).await.json().await.unwrap();
    let id = created["id"].as_str().unwrap();
    for role in Role::ALL {
        if !role.fits_organization_type(OrganizationType::Tj) {
            continue;
        }
        let caller = token(&w.app, &agent(&w.app, w.paris, role, true).await);
        let status = w
            .answer(&caller, id, json!({"decision": "peut-être"}))
            .await
            .status()
            .as_u16();
        let answers = matches!(
            role,
            Role::LocalAdmin | Role::Jap | Role::DirGreffSap | Role::GreffSap
        );
        let expected = if answers || role == Role::Admin {
            422
        } else {
            403
        };
        assert_eq!(status, expected, "{role:?}");
    }
    for role in Role::ALL {
        let home = if role.fits_organization_type(OrganizationType::Spip) {
            w.spip92
        } else {
            w.nanterre
        };
        let caller = token(&w.app, &agent(&w.app, home, role, true).await);
        let status = w.ask(&caller).await.status().as_u16();
        assert_eq!(status, 409, "{role:?} may ask (one is already pending)");
    }
}

#[actix_web::test]
async fn silent_services_are_reminded_and_accept_after_ten_days() {
    let app = TestApp::spawn().await;
    let paris = service(&app, "TJ Paris", OrganizationType::Tj).await;
    let spip75 = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let nanterre = service(&app, "TJ Nanterre", OrganizationType::Tj).await;
    link(&app, spip75, paris).await;
    let (room, _) = place(&app, spip75, &["suivi_spip"]).await;
    let person = convict(&app, &[paris, spip75], None).await;
    set_now(&app, monday() - chrono::TimeDelta::days(40));
    let cpip = token(&app, &agent(&app, spip75, Role::Cpip, true).await);
    booked(&app, &cpip, person, room, "2027-02-01T10:00", None).await;
    set_now(&app, monday());
    let local_admin = agent(&app, paris, Role::LocalAdmin, true).await;
    let requester = token(&app, &agent(&app, nanterre, Role::GreffSap, true).await);
    let created = app
        .send_as(
            Method::POST,
            &requester,
            "/api/v1/divestments",
            json!({"convict_id": person}),
        )
        .await;
    let created: Value = created.json().await.unwrap();
    assert_eq!(created["state"], "pending", "an appointment a month ago");
    let url = "https://msj.example.fr";
    let at = |hours: i64| monday() + chrono::TimeDelta::days(10) + chrono::TimeDelta::hours(hours);
    let early = msj_api::divestments::run_stalled(&mut *app.conn().await, url, at(-1))
        .await
        .unwrap();
    assert_eq!((early.auto_accepted, early.reminded), (0, 1));
    #[derive(diesel::QueryableByName)]
    struct Mail {
        #[diesel(sql_type = diesel::sql_types::Text)]
        to_address: String,
    }
    let mails: Vec<Mail> =
        diesel::sql_query("SELECT to_address FROM emails WHERE kind = 'divestment_reminder'")
            .load(&mut *app.conn().await)
            .await
            .unwrap();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].to_address, local_admin.email);
    let late = msj_api::divestments::run_stalled(&mut *app.conn().await, url, at(1))
        .await
        .unwrap();
    assert_eq!(
        (late.auto_accepted, late.reminded),
        (1, 0),
        "no second reminder within 5 days"
    );
    let followers: Vec<Uuid> = msj_db::convicts::followers(&mut *app.conn().await, &[person])
        .await
        .unwrap()
        .into_iter()
        .map(|(_, organization, _, _)| organization)
        .collect();
    assert_eq!(followers, [nanterre]);
}

#[actix_web::test]
async fn a_new_town_asks_its_services_and_a_refusal_restores_the_old_one() {
    let w = world(Role::GreffSap).await;
    let mut conn = w.app.conn().await;
    let (old_town, new_town) = (Uuid::now_v7(), Uuid::now_v7());
    let (tj_structure, spip_structure) = (Uuid::now_v7(), Uuid::now_v7());
    for (id, kind, name, organization) in [
        (tj_structure, "tj", "TJ de Nanterre", w.nanterre),
        (spip_structure, "spip", "SPIP des Hauts-de-Seine", w.spip92),
    ] {
        diesel::sql_query(
            "INSERT INTO srj_structures (id, kind, name, organization_id) VALUES ($1, $2, $3, $4)",
        )
        .bind::<diesel::sql_types::Uuid, _>(id)
        .bind::<diesel::sql_types::Text, _>(kind)
        .bind::<diesel::sql_types::Text, _>(name)
        .bind::<diesel::sql_types::Uuid, _>(organization)
        .execute(&mut *conn)
        .await
        .unwrap();
    }
    for (id, name, zipcode, insee, tj, spip) in [
        (old_town, "Paris", "75001", "75101", None, None),
        (
            new_town,
            "Nanterre",
            "92000",
            "92050",
            Some(tj_structure),
            Some(spip_structure),
        ),
    ] {
        diesel::sql_query("INSERT INTO cities (id, name, zipcode, insee_code, srj_tj_id, srj_spip_id) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind::<diesel::sql_types::Uuid, _>(id)
            .bind::<diesel::sql_types::Text, _>(name)
            .bind::<diesel::sql_types::Text, _>(zipcode)
            .bind::<diesel::sql_types::Text, _>(insee)
            .bind::<diesel::sql_types::Nullable<diesel::sql_types::Uuid>, _>(tj)
            .bind::<diesel::sql_types::Nullable<diesel::sql_types::Uuid>, _>(spip)
            .execute(&mut *conn)
            .await
            .unwrap();
    }
    diesel::sql_query("UPDATE convicts SET city_id = $1 WHERE id = $2")
        .bind::<diesel::sql_types::Uuid, _>(old_town)
        .bind::<diesel::sql_types::Uuid, _>(w.person)
        .execute(&mut *conn)
        .await
        .unwrap();
    drop(conn);
    let secretary = token(
        &w.app,
        &agent(&w.app, w.spip75, Role::SecretarySpip, true).await,
    );
    let path = format!("/api/v1/convicts/{}", w.person);
    let moved = w
        .app
        .send_as(
            Method::PATCH,
            &secretary,
            &path,
            json!({"city_id": new_town}),
        )
        .await;
    assert_eq!(moved.status(), 200, "{}", moved.text().await.unwrap());
    let outgoing: Value = w
        .app
        .get_as(&w.requester, "/api/v1/divestments?direction=outgoing")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(outgoing["total"], 1, "TJ Nanterre asks for the person");
    let id = outgoing["items"][0]["id"].as_str().unwrap();
    let refused = w
        .answer(&w.answerer, id, json!({"decision": "refuse"}))
        .await;
    assert_eq!(refused.status(), 200);
    let record: Value = w.app.get_as(&w.answerer, &path).await.json().await.unwrap();
    assert_eq!(
        record["city_id"],
        old_town.to_string(),
        "the previous town is back"
    );
    assert_eq!(w.followers().await, sorted(vec![w.paris, w.spip75]));
}

#[actix_web::test]
async fn the_requester_is_told_by_email_why_and_whom_to_call() {
    let (url, mut received) = smtp::start().await;
    let more = [
        ("MSJ_SMTP_URL", url),
        ("MSJ_MAIL_FROM", "MSJ <ne-pas-repondre@test.msj>".to_owned()),
    ];
    let w = world_with(Role::GreffSap, &more).await;
    let created: Value = w.ask(&w.requester).await.json().await.unwrap();
    let id = created["id"].as_str().unwrap();
    let jap = agent(&w.app, w.paris, Role::Jap, true).await;
    let refusal = json!({"decision": "refuse", "comment": "Audience JAP le 12 mars."});
    let refused = w.answer(&token(&w.app, &jap), id, refusal).await;
    assert_eq!(refused.status(), 200);
    let message = tokio::time::timeout(std::time::Duration::from_secs(10), received.recv())
        .await
        .unwrap()
        .unwrap();
    let unfolded = message.replace("=\n", "").replace("=C3=A9", "é");
    assert!(unfolded.contains("Audience JAP le 12 mars."), "{message}");
    assert!(
        unfolded.contains(&jap.email),
        "the refusing agent's contact: {message}"
    );
}

#[actix_web::test]
async fn the_central_admin_forces_an_answer_and_the_audit_log_says_so() {
    let w = world(Role::GreffSap).await;
    let created: Value = w.ask(&w.requester).await.json().await.unwrap();
    let id = created["id"].as_str().unwrap();
    let admin = token(&w.app, &agent(&w.app, w.nanterre, Role::Admin, true).await);
    let forced: Value = w
        .answer(
            &admin,
            id,
            json!({"decision": "accept", "organization_id": w.paris}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(forced["state"], "accepted");
    let paris = forced["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|answer| answer["organization_name"] == "TJ Paris")
        .unwrap()
        .clone();
    assert_eq!(
        paris["comment"],
        "Ce dessaisissement a été effectué par un administrateur."
    );
    let audit: Value = w
        .app
        .get_as(&admin, "/api/v1/audit?action=divestment.force_answer")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(audit["total"], 1);
}
