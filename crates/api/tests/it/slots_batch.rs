//! One-off slots in bulk: dates × times, all or nothing, and who may create them.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::booking::{monday, place, set_now};
use crate::support::fixtures::{agent, service, token};
use crate::support::{TestApp, expect_problem};

struct Court {
    app: TestApp,
    tj: Uuid,
    agenda: Uuid,
    greffe: String,
}

async fn court() -> Court {
    let app = TestApp::spawn().await;
    set_now(&app, monday());
    let tj = service(&app, "TJ Paris", OrganizationType::Tj).await;
    let (_, agenda) = place(&app, tj, &["sortie_audience_sap", "sap_ddse"]).await;
    let greffe = token(&app, &agent(&app, tj, Role::GreffSap, true).await);
    Court {
        app,
        tj,
        agenda,
        greffe,
    }
}

impl Court {
    fn batch(&self, dates: &[&str], times: &[&str], ranges: Value) -> Value {
        json!({"agenda_id": self.agenda, "appointment_type": "sortie_audience_sap", "dates": dates,
            "times": times, "ranges": ranges, "duration_min": 20, "capacity": 2})
    }

    async fn post(&self, token: &str, body: Value) -> reqwest::Response {
        self.app
            .send_as(Method::POST, token, "/api/v1/slots/batch", body)
            .await
    }

    async fn total(&self) -> i64 {
        let page: Value = self
            .app
            .get_as(&self.greffe, "/api/v1/slots?include_full=true")
            .await
            .json()
            .await
            .unwrap();
        page["total"].as_i64().unwrap()
    }
}

#[actix_web::test]
async fn dates_times_and_ranges_make_one_slot_each_duplicates_skipped() {
    let c = court().await;
    let ranges = json!([{"first": "14:00", "last": "15:00", "interval_min": 20}]);
    let body = c.batch(&["2027-03-15", "2027-03-17"], &["09:00", "14:20"], ranges);
    let created: Value = c.post(&c.greffe, body.clone()).await.json().await.unwrap();
    assert_eq!(
        created,
        json!({"created": 10, "skipped": 0}),
        "5 times (14:20 once) × 2 dates"
    );
    let again: Value = c.post(&c.greffe, body).await.json().await.unwrap();
    assert_eq!(again, json!({"created": 0, "skipped": 10}));
    let listed: Value = c
        .app
        .get_as(&c.greffe, "/api/v1/slots?from=2027-03-17&to=2027-03-17")
        .await
        .json()
        .await
        .unwrap();
    let times: Vec<&str> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|slot| slot["local_time"].as_str().unwrap())
        .collect();
    assert_eq!(times, ["09:00", "14:00", "14:20", "14:40", "15:00"]);
    assert_eq!(
        listed["items"][0]["place_name"]
            .as_str()
            .map(|n| n.starts_with("Lieu")),
        Some(true)
    );
}

#[actix_web::test]
async fn one_bad_date_or_time_and_nothing_is_created() {
    let c = court().await;
    let none = json!([]);
    let cases = [
        (
            c.batch(&["2027-03-15", "2027-05-06"], &["09:00"], none.clone()),
            "/dates/1",
            "non_working_day",
        ),
        (
            c.batch(&["2027-03-13"], &["09:00"], none.clone()),
            "/dates/0",
            "non_working_day",
        ),
        (
            c.batch(&["2027-02-26"], &["09:00"], none.clone()),
            "/dates/0",
            "appointment_in_past",
        ),
        (
            c.batch(&["2028-03-15"], &["09:00"], none.clone()),
            "/dates/0",
            "appointment_too_far",
        ),
        (
            c.batch(&["2027-03-15"], &[], none.clone()),
            "/times",
            "times_required",
        ),
        (
            c.batch(
                &["2027-03-15"],
                &[],
                json!([{"first": "14:00", "last": "15:00", "interval_min": 0}]),
            ),
            "/ranges",
            "invalid_interval",
        ),
        (
            c.batch(
                &["2027-03-15"],
                &[],
                json!([{"first": "15:00", "last": "14:00", "interval_min": 15}]),
            ),
            "/ranges",
            "start_after_end",
        ),
        (
            c.batch(&["2027-03-15"], &["9h"], none.clone()),
            "/times/0",
            "invalid_time",
        ),
    ];
    for (body, pointer, code) in cases {
        let problem = expect_problem(c.post(&c.greffe, body).await, 422, "invalid_field").await;
        assert_eq!(
            (
                problem["errors"][0]["pointer"].as_str(),
                problem["errors"][0]["code"].as_str()
            ),
            (Some(pointer), Some(code)),
            "{problem}"
        );
        assert!(!problem["errors"][0]["detail"].as_str().unwrap().is_empty());
    }
    let dates: Vec<String> = (0..10_000)
        .map(|day| {
            (chrono::NaiveDate::from_ymd_opt(2027, 3, 15).unwrap() + chrono::Days::new(day))
                .to_string()
        })
        .collect();
    let dates: Vec<&str> = dates.iter().map(String::as_str).collect();
    let problem = expect_problem(
        c.post(&c.greffe, c.batch(&dates, &["09:00"], none.clone()))
            .await,
        422,
        "invalid_field",
    )
    .await;
    assert_eq!(problem["errors"][0]["code"], "too_many");
    let mut zero = c.batch(&["2027-03-15"], &["09:00"], none.clone());
    zero["capacity"] = json!(0);
    let problem = expect_problem(c.post(&c.greffe, zero).await, 422, "invalid_field").await;
    assert_eq!(problem["errors"][0]["code"], "invalid_capacity");
    assert_eq!(c.total().await, 0, "nothing half-created");
}

#[actix_web::test]
async fn slot_creators_follow_features_3_5_over_the_nineteen_roles() {
    let c = court().await;
    let spip = service(&c.app, "SPIP 75", OrganizationType::Spip).await;
    let (_, spip_agenda) = place(&c.app, spip, &["sortie_audience_spip", "sap_ddse"]).await;
    let mut day = chrono::NaiveDate::from_ymd_opt(2027, 3, 15).unwrap();
    for role in Role::ALL {
        let home = if role.fits_organization_type(OrganizationType::Tj) {
            c.tj
        } else {
            spip
        };
        let agenda = if home == c.tj { c.agenda } else { spip_agenda };
        let kind = match (home == c.tj, role) {
            (_, Role::Overseer) | (true, Role::LocalAdmin | Role::DirGreffBex) => "sap_ddse",
            (true, _) => "sortie_audience_sap",
            (false, _) => "sortie_audience_spip",
        };
        let caller = token(&c.app, &agent(&c.app, home, role, true).await);
        let body = json!({"agenda_id": agenda, "appointment_type": kind, "dates": [day.to_string()],
            "times": ["10:00"], "duration_min": 20, "capacity": 1});
        let status = c.post(&caller, body).await.status().as_u16();
        let allowed = matches!(
            role,
            Role::Admin
                | Role::LocalAdmin
                | Role::DirGreffBex
                | Role::Jap
                | Role::DirGreffSap
                | Role::GreffSap
                | Role::SecretaryCourt
                | Role::Dpip
                | Role::SecretarySpip
                | Role::Overseer
        );
        assert_eq!(
            status,
            if allowed { 201 } else { 403 },
            "{role:?} with {kind}"
        );
        day = day.succ_opt().unwrap();
        while matches!(
            chrono::Datelike::weekday(&day),
            chrono::Weekday::Sat | chrono::Weekday::Sun
        ) {
            day = day.succ_opt().unwrap();
        }
    }
    let overseer = token(&c.app, &agent(&c.app, spip, Role::Overseer, true).await);
    let body = json!({"agenda_id": spip_agenda, "appointment_type": "sortie_audience_spip",
        "dates": ["2027-04-05"], "times": ["10:00"], "duration_min": 20, "capacity": 1});
    expect_problem(c.post(&overseer, body).await, 403, "forbidden").await;
    let other_tj = service(&c.app, "TJ Créteil", OrganizationType::Tj).await;
    let outsider = token(&c.app, &agent(&c.app, other_tj, Role::GreffSap, true).await);
    let body = c.batch(&["2027-04-05"], &["10:00"], json!([]));
    expect_problem(c.post(&outsider, body).await, 404, "not_found").await;
}
