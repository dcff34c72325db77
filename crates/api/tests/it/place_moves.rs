//! Place moves (« déménagements »): what moves from the date, the booking windows of both
//! places, the SMS naming the new place, refusals and a race between two moves.

use msj_domain::roles::Role;
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::booking::{Desk, book, booked, desk};
use crate::support::fixtures::{agent, token};
use crate::support::portal::{deliver, texts_to};
use crate::support::sql::{count, exec};
use crate::support::{TestApp, expect_problem};

const PHONE: &str = "+33639981234";
const SUIVI: &str = "0193a000-0000-7000-8000-000000000008";

struct World {
    app: TestApp,
    spip: Uuid,
    room: Uuid,
    agenda: Uuid,
    admin: String,
    cpip: String,
    person: Uuid,
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let Desk {
        spip,
        room,
        agenda,
        cpip,
        person,
        ..
    } = desk(&app).await;
    let admin = token(&app, &agent(&app, spip, Role::Admin, true).await);
    World {
        app,
        spip,
        room,
        agenda,
        admin,
        cpip,
        person,
    }
}

fn new_place(date: &str) -> Value {
    json!({"date": date, "name": "SPIP 75 - Site Chapelle", "address": "40 rue de la Chapelle, 75018 Paris", "phone": "01 53 26 00 00"})
}

impl World {
    async fn move_as(&self, token: &str, place: Uuid, body: Value) -> reqwest::Response {
        let path = format!("/api/v1/places/{place}/move");
        self.app.send_as(Method::POST, token, &path, body).await
    }

    /// A recurring Monday 9:00 definition on the agenda, with slots on 2 and 9 March, and a
    /// one-off slot on 10 March.
    async fn slots(&self) {
        let (agenda, template) = (self.agenda, Uuid::now_v7());
        exec(&self.app, format!("INSERT INTO slot_templates (id, agenda_id, appointment_type_id, week_day, local_time, duration_min, capacity, created_at, updated_at) VALUES ('{template}', '{agenda}', '{SUIVI}', 1, '09:00', 30, 2, now(), now())")).await;
        for (template, date) in [
            (format!("'{template}'"), "2027-03-02"),
            (format!("'{template}'"), "2027-03-09"),
            ("NULL".to_owned(), "2027-03-10"),
        ] {
            exec(&self.app, format!("INSERT INTO slots (id, agenda_id, appointment_type_id, slot_template_id, local_date, local_time, starts_at, duration_min, capacity, used_capacity, open, created_at, updated_at) VALUES ('{}', '{agenda}', '{SUIVI}', {template}, '{date}', '09:00', '{date} 08:00:00+00', 30, 2, 0, true, now(), now())", Uuid::now_v7())).await;
        }
    }

    async fn n(&self, sql: &str) -> i64 {
        count(&self.app, sql.replace("ROOM", &self.room.to_string())).await
    }
}

#[actix_web::test]
async fn a_move_takes_everything_from_the_date_to_the_new_place() {
    let w = world().await;
    w.slots().await;
    let before = booked(
        &w.app,
        &w.cpip,
        w.person,
        w.room,
        "2027-03-03T10:00",
        Some("now_and_reminder"),
    )
    .await;
    let after = booked(
        &w.app,
        &w.cpip,
        w.person,
        w.room,
        "2027-03-10T14:30",
        Some("now_and_reminder"),
    )
    .await;
    let response = w.move_as(&w.admin, w.room, new_place("2027-03-08")).await;
    assert_eq!(response.status(), 201);
    let moved: Value = response.json().await.unwrap();
    assert_eq!(
        [
            &moved["agendas"],
            &moved["slot_templates"],
            &moved["slots"],
            &moved["appointments"]
        ],
        [1, 1, 2, 1]
    );
    assert_eq!(moved["new_place_name"], "SPIP 75 - Site Chapelle");
    let new = moved["new_place_id"].as_str().unwrap().to_owned();
    let on_new = |sql: &str| sql.replace("NEW", &new);
    assert_eq!(w.n(&on_new("SELECT count(*) AS n FROM places WHERE id = 'NEW' AND valid_from = '2027-03-08' AND valid_until IS NULL AND organization_id = (SELECT organization_id FROM places WHERE id = 'ROOM')")).await, 1);
    assert_eq!(
        w.n("SELECT count(*) AS n FROM places WHERE id = 'ROOM' AND valid_until = '2027-03-07'")
            .await,
        1
    );
    assert_eq!(w.n(&on_new("SELECT count(*) AS n FROM place_appointment_types WHERE place_id = 'NEW' AND appointment_type_id = '0193a000-0000-7000-8000-000000000008'")).await, 1);
    assert_eq!(w.n(&on_new("SELECT count(*) AS n FROM agendas WHERE place_id = 'NEW' AND name = 'Agenda principal transféré - 08/03/2027'")).await, 1);
    assert_eq!(w.n(&on_new("SELECT count(*) AS n FROM slot_templates t JOIN agendas a ON a.id = t.agenda_id WHERE a.place_id = 'NEW' AND t.week_day = 1")).await, 1);
    assert_eq!(w.n(&on_new("SELECT count(*) AS n FROM slots s JOIN agendas a ON a.id = s.agenda_id JOIN slot_templates t ON t.id = s.slot_template_id AND t.agenda_id = a.id WHERE a.place_id = 'NEW' AND s.local_date = '2027-03-09'")).await, 1);
    assert_eq!(w.n(&on_new("SELECT count(*) AS n FROM slots s JOIN agendas a ON a.id = s.agenda_id WHERE a.place_id = 'NEW' AND s.local_date = '2027-03-10' AND s.slot_template_id IS NULL")).await, 1);
    assert_eq!(
        w.n(&format!(
            "SELECT count(*) AS n FROM slots WHERE agenda_id = '{}' AND local_date = '2027-03-02'",
            w.agenda
        ))
        .await,
        1
    );
    for (appointment, place) in [(&before, w.room.to_string()), (&after, new.clone())] {
        let id = appointment["id"].as_str().unwrap();
        assert_eq!(w.n(&format!("SELECT count(*) AS n FROM appointments a JOIN agendas g ON g.id = a.agenda_id WHERE a.id = '{id}' AND a.place_id = '{place}' AND g.place_id = '{place}'")).await, 1);
    }
    assert_eq!(
        w.n("SELECT count(*) AS n FROM audit_events WHERE action = 'place.move'")
            .await,
        1
    );
    deliver(&w.app).await;
    let texts = texts_to(&w.app, PHONE).await;
    let about = |day: &str| {
        texts
            .iter()
            .find(|text| text.contains(day))
            .cloned()
            .unwrap_or_default()
    };
    assert!(
        about("10 mars 2027").contains("40 rue de la Chapelle"),
        "{texts:?}"
    );
    assert!(
        !about("10 mars 2027").contains("rue de la Paix"),
        "{texts:?}"
    );
    assert!(
        about("3 mars 2027").contains("1 rue de la Paix"),
        "{texts:?}"
    );
    let list: Value = w
        .app
        .get_as(&w.admin, "/api/v1/place-moves")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list[0]["new_place_id"], new.as_str());
    assert_eq!(list[0]["old_place_id"], w.room.to_string());
    assert_eq!(list[0]["date"], "2027-03-08");
}

#[actix_web::test]
async fn each_place_takes_bookings_on_its_own_side_of_the_date() {
    let w = world().await;
    let moved: Value = w
        .move_as(&w.admin, w.room, new_place("2027-03-08"))
        .await
        .json()
        .await
        .unwrap();
    let new: Uuid = moved["new_place_id"].as_str().unwrap().parse().unwrap();
    for (place, at, code, detail) in [
        (
            w.room,
            "2027-03-09T10:00",
            "place_no_longer_valid",
            "n'est plus disponible après le dimanche 7 mars 2027",
        ),
        (
            new,
            "2027-03-05T10:00",
            "place_not_yet_valid",
            "disponible à partir du lundi 8 mars 2027",
        ),
    ] {
        let problem = expect_problem(
            book(&w.app, &w.cpip, w.person, place, "suivi_spip", at, None).await,
            422,
            "invalid_field",
        )
        .await;
        assert_eq!(problem["errors"][0]["code"], code);
        assert!(
            problem["errors"][0]["detail"]
                .as_str()
                .unwrap()
                .contains(detail),
            "{problem}"
        );
    }
    for (place, at) in [(w.room, "2027-03-05T10:00"), (new, "2027-03-09T10:00")] {
        booked(&w.app, &w.cpip, w.person, place, at, Some("reminder_only")).await;
    }
}

#[actix_web::test]
async fn only_the_central_admin_moves_a_place() {
    let w = world().await;
    for role in [Role::LocalAdmin, Role::Dpip, Role::Cpip, Role::GreffSap] {
        let caller = token(&w.app, &agent(&w.app, w.spip, role, true).await);
        expect_problem(
            w.move_as(&caller, w.room, new_place("2027-03-08")).await,
            403,
            "forbidden",
        )
        .await;
        expect_problem(
            w.app.get_as(&caller, "/api/v1/place-moves").await,
            403,
            "forbidden",
        )
        .await;
    }
    assert_eq!(
        w.n("SELECT count(*) AS n FROM places WHERE valid_until IS NOT NULL")
            .await,
        0
    );
}

#[actix_web::test]
async fn dates_places_and_fields_are_checked() {
    let w = world().await;
    for (date, code) in [
        ("2027-03-01", "move_date_not_in_future"),
        ("2027-02-20", "move_date_not_in_future"),
    ] {
        let problem = expect_problem(
            w.move_as(&w.admin, w.room, new_place(date)).await,
            422,
            "invalid_field",
        )
        .await;
        assert_eq!(problem["errors"][0]["code"], code);
        assert_eq!(problem["errors"][0]["pointer"], "/date");
    }
    let mut body = new_place("2027-03-08");
    for (field, value, pointer) in [
        ("date", Value::Null, "/date"),
        ("name", json!(" "), "/name"),
        ("address", json!(""), "/address"),
        ("phone", Value::Null, "/phone"),
        ("information_url", json!("justice.fr"), "/information_url"),
    ] {
        let saved = body[field].clone();
        body[field] = value;
        let problem = expect_problem(
            w.move_as(&w.admin, w.room, body.clone()).await,
            422,
            "invalid_field",
        )
        .await;
        assert_eq!(problem["errors"][0]["pointer"], pointer, "{problem}");
        body[field] = saved;
    }
    expect_problem(
        w.move_as(&w.admin, Uuid::now_v7(), new_place("2027-03-08"))
            .await,
        404,
        "not_found",
    )
    .await;
    exec(
        &w.app,
        format!(
            "UPDATE places SET archived_at = now() WHERE id = '{}'",
            w.room
        ),
    )
    .await;
    expect_problem(
        w.move_as(&w.admin, w.room, new_place("2027-03-08")).await,
        409,
        "place_archived",
    )
    .await;
    assert_eq!(w.n("SELECT count(*) AS n FROM place_moves").await, 0);
    assert_eq!(w.n("SELECT count(*) AS n FROM places").await, 1);
}

#[actix_web::test]
async fn of_two_concurrent_moves_one_wins() {
    let w = world().await;
    let (first, second) = tokio::join!(
        w.move_as(&w.admin, w.room, new_place("2027-03-08")),
        w.move_as(&w.admin, w.room, new_place("2027-03-15")),
    );
    let mut statuses = [first.status().as_u16(), second.status().as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [201, 409]);
    let loser = if first.status() == 409 { first } else { second };
    expect_problem(loser, 409, "place_already_moved").await;
    assert_eq!(w.n("SELECT count(*) AS n FROM place_moves").await, 1);
    assert_eq!(w.n("SELECT count(*) AS n FROM places").await, 2);
}
