//! « Fusionner des probationnaires »: preview, everything moved, refusals, parallel merges.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::support::booking::{booked, convict, desk};
use crate::support::fixtures::{agent, service, token};
use crate::support::sessions::audit_of;
use crate::support::{TestApp, expect_problem};

async fn count(app: &TestApp, sql: &str) -> i64 {
    diesel_async::RunQueryDsl::get_result(
        diesel::dsl::select(diesel::dsl::sql::<diesel::sql_types::BigInt>(&format!(
            "({sql})"
        ))),
        &mut *app.conn().await,
    )
    .await
    .unwrap()
}

async fn merge(app: &TestApp, access: &str, kept: Uuid, duplicate: Uuid) -> reqwest::Response {
    let body = json!({"kept_id": kept, "duplicate_id": duplicate});
    app.send_as(Method::POST, access, "/api/v1/convicts/merge", body)
        .await
}

fn preview_path(kept: Uuid, duplicate: Uuid) -> String {
    format!("/api/v1/convicts/merge-preview?kept={kept}&duplicate={duplicate}")
}

#[actix_web::test]
async fn merging_moves_appointments_sms_history_and_services_then_deletes_the_duplicate() {
    let app = TestApp::spawn().await;
    let desk = desk(&app).await;
    let other = service(&app, "SPIP 93", OrganizationType::Spip).await;
    let duplicate = convict(&app, &[desk.spip, other], Some("+33639985678")).await;
    booked(
        &app,
        &desk.cpip,
        duplicate,
        desk.room,
        "2027-03-03T10:00",
        Some("now_and_reminder"),
    )
    .await;
    booked(
        &app,
        &desk.cpip,
        desk.person,
        desk.room,
        "2027-03-04T10:00",
        Some("reminder_only"),
    )
    .await;
    let of =
        |table: &str, id: Uuid| format!("SELECT count(*) FROM {table} WHERE convict_id = '{id}'");
    let sms = |id: Uuid| {
        format!(
            "SELECT count(*) FROM notifications n JOIN appointments a ON a.id = n.appointment_id WHERE a.convict_id = '{id}'"
        )
    };
    let duplicate_sms = count(&app, &sms(duplicate)).await;
    let kept_sms = count(&app, &sms(desk.person)).await;
    let duplicate_history = count(&app, &of("history_items", duplicate)).await;
    let kept_history = count(&app, &of("history_items", desk.person)).await;
    assert!(duplicate_sms > 0 && duplicate_history > 0);

    let admin = token(&app, &agent(&app, desk.spip, Role::Admin, true).await);
    let preview: Value = app
        .get_as(&admin, &preview_path(desk.person, duplicate))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (
            &preview["appointments"],
            &preview["notifications"],
            &preview["history_items"],
            &preview["organizations_added"]
        ),
        (
            &json!(1),
            &json!(duplicate_sms),
            &json!(duplicate_history),
            &json!(1)
        ),
        "{preview}"
    );
    assert!(
        preview["warnings"][0]
            .as_str()
            .unwrap()
            .contains("téléphone"),
        "{preview}"
    );
    assert_eq!(
        count(&app, &of("appointments", duplicate)).await,
        1,
        "the preview changes nothing"
    );

    let response = merge(&app, &admin, desk.person, duplicate).await;
    assert_eq!(response.status(), 200);
    let report: Value = response.json().await.unwrap();
    assert_eq!(report["appointments"], 1);
    assert_eq!(count(&app, &of("appointments", desk.person)).await, 2);
    assert_eq!(
        count(&app, &sms(desk.person)).await,
        kept_sms + duplicate_sms
    );
    assert_eq!(
        count(&app, &of("history_items", desk.person)).await,
        kept_history + duplicate_history + 1
    );
    assert_eq!(
        count(&app, &of("convict_organizations", desk.person)).await,
        2
    );
    assert_eq!(
        count(
            &app,
            &format!("SELECT count(*) FROM convicts WHERE id = '{duplicate}'")
        )
        .await,
        0
    );
    let kept: Value = app
        .get_as(&desk.cpip, &format!("/api/v1/convicts/{}", desk.person))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        kept["phone"], "+33639981234",
        "the kept record keeps its own fields"
    );
    let merged = count(&app, &format!(
        "SELECT count(*) FROM history_items WHERE convict_id = '{}' AND event = 'merge_convict'", desk.person)).await;
    assert_eq!(merged, 1);
    let audited: Vec<String> = audit_of(&app, "convict.merge")
        .await
        .into_iter()
        .map(|(_, _, object)| object)
        .collect();
    assert_eq!(audited, [desk.person.to_string(), duplicate.to_string()]);
    expect_problem(
        merge(&app, &admin, desk.person, duplicate).await,
        404,
        "not_found",
    )
    .await;
}

#[actix_web::test]
async fn only_the_central_admin_merges_and_bad_pairs_are_refused() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let kept = convict(&app, &[spip], None).await;
    let duplicate = convict(&app, &[spip], None).await;
    for role in [Role::LocalAdmin, Role::Dpip, Role::Cpip] {
        let caller = token(&app, &agent(&app, spip, role, true).await);
        expect_problem(
            app.get_as(&caller, &preview_path(kept, duplicate)).await,
            403,
            "forbidden",
        )
        .await;
        expect_problem(
            merge(&app, &caller, kept, duplicate).await,
            403,
            "forbidden",
        )
        .await;
    }
    let admin = token(&app, &agent(&app, spip, Role::Admin, true).await);
    let (_, secret) = crate::support::api_tokens::create(
        &app,
        &admin,
        spip,
        "local_admin",
        &["convicts:write", "convicts:read"],
    )
    .await;
    expect_problem(
        merge(&app, &secret, kept, duplicate).await,
        403,
        "closed_to_api_tokens",
    )
    .await;
    expect_problem(
        app.get_as(&secret, &preview_path(kept, duplicate)).await,
        403,
        "closed_to_api_tokens",
    )
    .await;

    expect_problem(merge(&app, &admin, kept, kept).await, 422, "same_convict").await;
    expect_problem(
        merge(&app, &admin, kept, Uuid::now_v7()).await,
        404,
        "not_found",
    )
    .await;
    let bad = app
        .send_as(
            Method::POST,
            &admin,
            "/api/v1/convicts/merge",
            json!({"kept_id": "x", "duplicate_id": kept}),
        )
        .await;
    expect_problem(bad, 422, "invalid_field").await;

    let pending = format!(
        "INSERT INTO divestments (id, convict_id, organization_id, state, created_at, updated_at) \
         VALUES ('{}', '{duplicate}', '{spip}', 'pending', now(), now())",
        Uuid::now_v7()
    );
    diesel_async::RunQueryDsl::execute(diesel::sql_query(pending), &mut *app.conn().await)
        .await
        .unwrap();
    expect_problem(
        app.get_as(&admin, &preview_path(kept, duplicate)).await,
        409,
        "divestment_pending",
    )
    .await;
    expect_problem(
        merge(&app, &admin, kept, duplicate).await,
        409,
        "divestment_pending",
    )
    .await;
    assert_eq!(
        merge(&app, &admin, duplicate, kept).await.status(),
        200,
        "a pending transfer of the kept record does not block"
    );
}

#[actix_web::test]
async fn two_merges_of_the_same_records_at_once_merge_once() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let admin = token(&app, &agent(&app, spip, Role::Admin, true).await);
    for _ in 0..3 {
        let kept = convict(&app, &[spip], None).await;
        let duplicate = convict(&app, &[spip], None).await;
        let (first, second) = futures_util::join!(
            merge(&app, &admin, kept, duplicate),
            merge(&app, &admin, duplicate, kept)
        );
        let mut statuses = [first.status().as_u16(), second.status().as_u16()];
        statuses.sort_unstable();
        assert_eq!(statuses, [200, 404]);
        let left = count(
            &app,
            &format!("SELECT count(*) FROM convicts WHERE id IN ('{kept}', '{duplicate}')"),
        )
        .await;
        assert_eq!(left, 1);
    }
}
