//! The permission matrix of features §3.2 (probationers, transfer rows excepted) and §3.3–§3.4
//! (free-time appointments), role by role: ✔ allowed, ✘ refused (403), ∅ out of scope (404).

use msj_domain::roles::{OrganizationType, Role};
use reqwest::{Method, Response};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::TestApp;
use crate::support::booking::{book, booked, convict, monday, place, set_now};
use crate::support::fixtures::{agent, service, token};

use OrganizationType::{Spip, Tj};

/// Columns, in order:
/// probationers: view · view another service's · edit · archive · unarchive · delete ·
/// « Je suis son CPIP » · remove oneself as referent · reactivate SMS |
/// booking: a SPIP follow-up at the SPIP · a JAP follow-up at the TJ |
/// the SPIP follow-up then the JAP one: view, view · cancel, cancel · reschedule, reschedule ·
/// Honoré, Honoré.
const COLUMNS: usize = 19;

fn symbol(response: &Response) -> char {
    match response.status().as_u16() {
        200..=299 => '✔',
        403 => '✘',
        404 => '∅',
        _ => '?',
    }
}

struct Fixture {
    app: TestApp,
    spip: Uuid,
    tj: Uuid,
    spip_place: Uuid,
    tj_place: Uuid,
    other: Uuid,
    spip_creator: String,
    tj_creator: String,
    phones: std::cell::Cell<u32>,
}

impl Fixture {
    async fn new() -> Self {
        let app = TestApp::spawn().await;
        set_now(&app, monday());
        let spip = service(&app, "SPIP 75", Spip).await;
        let tj = service(&app, "TJ Paris", Tj).await;
        let other = service(&app, "SPIP 92", Spip).await;
        msj_db::organizations::link(&mut *app.conn().await, spip, tj)
            .await
            .unwrap();
        let (spip_place, _) = place(&app, spip, &["suivi_spip"]).await;
        let (tj_place, _) = place(&app, tj, &["suivi_jap"]).await;
        let spip_creator = token(&app, &agent(&app, spip, Role::Cpip, true).await);
        let tj_creator = token(&app, &agent(&app, tj, Role::GreffSap, true).await);
        Self {
            app,
            spip,
            tj,
            spip_place,
            tj_place,
            other,
            spip_creator,
            tj_creator,
            phones: std::cell::Cell::new(1000),
        }
    }

    async fn person(&self, organizations: &[Uuid]) -> Uuid {
        let n = self.phones.get() + 1;
        self.phones.set(n);
        convict(&self.app, organizations, Some(&format!("+3363998{n:04}"))).await
    }

    async fn followed(&self) -> Uuid {
        self.person(&[self.spip, self.tj]).await
    }

    async fn sql(&self, statement: String) {
        diesel_async::RunQueryDsl::execute(
            diesel::sql_query(statement),
            &mut *self.app.conn().await,
        )
        .await
        .unwrap();
    }

    /// A SPIP follow-up and a JAP follow-up for a fresh probationer at `at`.
    async fn pair(&self, at: &str) -> (Value, Value) {
        let person = self.followed().await;
        let spip = booked(
            &self.app,
            &self.spip_creator,
            person,
            self.spip_place,
            at,
            Some("reminder_only"),
        )
        .await;
        let response = book(
            &self.app,
            &self.tj_creator,
            person,
            self.tj_place,
            "suivi_jap",
            at,
            Some("reminder_only"),
        )
        .await;
        assert_eq!(response.status(), 201);
        (spip, response.json().await.unwrap())
    }

    async fn outcomes(&self, role: Role, home: OrganizationType) -> String {
        let app = &self.app;
        let organization = if home == Spip { self.spip } else { self.tj };
        let actor = agent(app, organization, role, true).await;
        let past = self.pair("2027-03-02T10:00").await;
        let to_cancel = self.pair("2027-03-12T10:00").await;
        let to_move = self.pair("2027-03-12T11:00").await;
        set_now(app, monday() + chrono::TimeDelta::days(3));
        let me = token(app, &actor);
        let mut row = String::new();
        let convict_path = |id: Uuid, tail: &str| format!("/api/v1/convicts/{id}{tail}");
        let viewed = self.followed().await;
        row.push(symbol(&app.get_as(&me, &convict_path(viewed, "")).await));
        let elsewhere = self.person(&[self.other]).await;
        row.push(symbol(&app.get_as(&me, &convict_path(elsewhere, "")).await));
        let edited = self.followed().await;
        row.push(symbol(
            &app.send_as(
                Method::PATCH,
                &me,
                &convict_path(edited, ""),
                json!({"first_name": "Léa"}),
            )
            .await,
        ));
        let archived = self.followed().await;
        row.push(symbol(
            &app.send_as(
                Method::POST,
                &me,
                &convict_path(archived, "/archive"),
                json!({}),
            )
            .await,
        ));
        let unarchived = self.followed().await;
        self.sql(format!(
            "UPDATE convicts SET archived_at = now() WHERE id = '{unarchived}'"
        ))
        .await;
        row.push(symbol(
            &app.send_as(
                Method::POST,
                &me,
                &convict_path(unarchived, "/unarchive"),
                json!({}),
            )
            .await,
        ));
        let deleted = self.followed().await;
        row.push(symbol(
            &app.send_as(Method::DELETE, &me, &convict_path(deleted, ""), json!({}))
                .await,
        ));
        let assigned = self.followed().await;
        row.push(symbol(
            &app.send_as(
                Method::POST,
                &me,
                &convict_path(assigned, "/referent"),
                json!({}),
            )
            .await,
        ));
        let unassigned = self.followed().await;
        self.sql(format!(
            "UPDATE convicts SET referent_id = '{}' WHERE id = '{unassigned}'",
            actor.id
        ))
        .await;
        row.push(symbol(
            &app.send_as(
                Method::DELETE,
                &me,
                &convict_path(unassigned, "/referent"),
                json!({}),
            )
            .await,
        ));
        let refused = self.followed().await;
        self.sql(format!(
            "UPDATE convicts SET refused_phone = true WHERE id = '{refused}'"
        ))
        .await;
        row.push(symbol(
            &app.send_as(
                Method::POST,
                &me,
                &convict_path(refused, "/sms/reactivate"),
                json!({}),
            )
            .await,
        ));
        let target = self.followed().await;
        row.push(symbol(
            &book(
                app,
                &me,
                target,
                self.spip_place,
                "suivi_spip",
                "2027-03-19T10:00",
                Some("reminder_only"),
            )
            .await,
        ));
        row.push(symbol(
            &book(
                app,
                &me,
                target,
                self.tj_place,
                "suivi_jap",
                "2027-03-19T10:00",
                Some("reminder_only"),
            )
            .await,
        ));
        let path = |appointment: &Value, tail: &str| {
            format!(
                "/api/v1/appointments/{}{tail}",
                appointment["id"].as_str().unwrap()
            )
        };
        for appointment in [&to_cancel.0, &to_cancel.1] {
            row.push(symbol(&app.get_as(&me, &path(appointment, "")).await));
        }
        for appointment in [&to_cancel.0, &to_cancel.1] {
            row.push(symbol(
                &app.send_as(
                    Method::POST,
                    &me,
                    &path(appointment, "/cancel"),
                    json!({"send_sms": false}),
                )
                .await,
            ));
        }
        for appointment in [&to_move.0, &to_move.1] {
            let body = json!({"starts_at": "2027-03-19T15:00", "sms": "reminder_only"});
            row.push(symbol(
                &app.send_as(Method::POST, &me, &path(appointment, "/reschedule"), body)
                    .await,
            ));
        }
        for appointment in [&past.0, &past.1] {
            row.push(symbol(
                &app.send_as(Method::POST, &me, &path(appointment, "/fulfil"), json!({}))
                    .await,
            ));
        }
        assert_eq!(row.chars().count(), COLUMNS);
        row
    }
}

async fn check(expected: &[(Role, OrganizationType, &str)]) {
    let mut failures = Vec::new();
    for (role, home, want) in expected {
        let want: String = want
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '|')
            .collect();
        let got = Fixture::new().await.outcomes(*role, *home).await;
        if got != want {
            failures.push(format!("{role:?} in {home:?}: expected {want}, got {got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[actix_web::test]
async fn administrators() {
    check(&[
        (Role::Admin, Spip, "✔∅✔✔✔✔✘✘✔ | ✔✔ | ✔∅ ✔∅ ✔∅ ✔∅"),
        (Role::LocalAdmin, Tj, "✔∅✔✔✔✔✘✘✔ | ✘✔ | ∅✔ ∅✔ ∅✔ ∅✔"),
        (Role::LocalAdmin, Spip, "✔∅✔✔✔✔✔✔✔ | ✔✘ | ✔∅ ✔∅ ✔∅ ✔∅"),
    ])
    .await;
}

#[actix_web::test]
async fn bex_roles() {
    let bex = "✔✔✔✔✔✘✘✘✔ | ✘✘ | ∅∅ ∅∅ ∅∅ ∅∅";
    check(&[
        (Role::DirGreffBex, Tj, "✔✔✔✔✔✔✘✘✔ | ✘✘ | ∅∅ ∅∅ ∅∅ ∅∅"),
        (Role::Prosecutor, Tj, bex),
        (Role::Bex, Tj, bex),
        (Role::GreffCo, Tj, bex),
        (Role::GreffTpe, Tj, bex),
        (Role::GreffCrpc, Tj, bex),
        (Role::GreffCa, Tj, bex),
    ])
    .await;
}

#[actix_web::test]
async fn sap_roles() {
    let sap = "✔∅✔✔✔✘✘✘✔ | ✘✔ | ∅✔ ∅✔ ∅✔ ∅✔";
    check(&[
        (Role::Jap, Tj, sap),
        (Role::SecretaryCourt, Tj, sap),
        (Role::GreffSap, Tj, sap),
        (Role::DirGreffSap, Tj, "✔∅✔✔✔✔✘✘✔ | ✘✔ | ∅✔ ∅✔ ∅✔ ∅✔"),
    ])
    .await;
}

#[actix_web::test]
async fn spip_roles() {
    check(&[
        (Role::Dpip, Spip, "✔∅✔✔✔✔✔✔✔ | ✔✘ | ✔∅ ✔∅ ✔∅ ✔∅"),
        (Role::Cpip, Spip, "✔∅✔✔✔✘✔✔✔ | ✔✘ | ✔∅ ✔∅ ✔∅ ✔∅"),
        (Role::Educator, Spip, "✔∅✔✔✘✘✘✘✔ | ✔✘ | ✔∅ ✔∅ ✔∅ ✔∅"),
        (Role::Psychologist, Spip, "✔∅✔✔✘✘✘✘✔ | ✔✘ | ✔∅ ✔∅ ✔∅ ✔∅"),
        (Role::Overseer, Spip, "✔∅✔✔✔✘✘✘✔ | ✔✘ | ✔∅ ✔∅ ✔∅ ✔∅"),
        (Role::SecretarySpip, Spip, "✔∅✔✔✔✘✘✘✔ | ✔✘ | ✔∅ ✔∅ ✔∅ ✔∅"),
    ])
    .await;
}
