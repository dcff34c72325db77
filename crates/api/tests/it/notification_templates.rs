//! SMS templates: defaults, national edits propagating, services' copies, restore, preview.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::fixtures::{agent, service, token};
use crate::support::{TestApp, expect_problem};

const SUMMON: &str = "/api/v1/notification-templates/suivi_spip/summon";

async fn template(app: &TestApp, admin: &str, query: &str) -> Value {
    let list: Value = app
        .get_as(
            admin,
            &format!("/api/v1/notification-templates?appointment_type=suivi_spip{query}"),
        )
        .await
        .json()
        .await
        .unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .find(|t| t["kind"] == "summon")
        .unwrap()
        .clone()
}

#[actix_web::test]
async fn national_edits_reach_the_services_that_kept_the_default() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let admin = token(&app, &agent(&app, spip, Role::Admin, true).await);
    let all: Value = app
        .get_as(&admin, "/api/v1/notification-templates")
        .await
        .json()
        .await
        .unwrap();
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 80);
    let reminder = all.iter().find(|t| t["kind"] == "reminder").unwrap();
    assert_eq!(reminder["kind_label"], "Rappel");
    assert!(all.iter().all(|t| t["source"] == "built_in"
        && t["measure"]["encoding"] == "gsm7"
        && t["measure"]["segments"].as_u64().unwrap() <= 3));
    let own = format!("&organization_id={spip}");
    let national_text = "Convocation SPIP le {rdv.date} à {rdv.heure}. Infos : {lieu.lien_info}";
    let saved = app
        .send_as(
            Method::PUT,
            &admin,
            SUMMON,
            json!({"template": national_text}),
        )
        .await;
    assert_eq!(saved.status(), 204);
    let followed = template(&app, &admin, &own).await;
    assert_eq!(
        (followed["template"].as_str(), followed["source"].as_str()),
        (Some(national_text), Some("national"))
    );
    let custom = "Le SPIP vous attend le {rdv.date} à {rdv.heure}";
    let path = format!("{SUMMON}?organization_id={spip}");
    assert_eq!(
        app.send_as(
            Method::PUT,
            &admin,
            &path,
            json!({"template": custom, "reminder_days": 1})
        )
        .await
        .status(),
        204
    );
    app.send_as(
        Method::PUT,
        &admin,
        SUMMON,
        json!({"template": "Autre texte national le {rdv.date}"}),
    )
    .await;
    let customized = template(&app, &admin, &own).await;
    assert_eq!(
        (
            customized["template"].as_str(),
            customized["source"].as_str(),
            customized["reminder_days"].as_u64()
        ),
        (Some(custom), Some("organization"), Some(1))
    );
    assert_eq!(
        app.send_as(Method::DELETE, &admin, &path, json!({}))
            .await
            .status(),
        204
    );
    let restored = template(&app, &admin, &own).await;
    assert_eq!(
        (restored["template"].as_str(), restored["source"].as_str()),
        (Some("Autre texte national le {rdv.date}"), Some("national"))
    );
    expect_problem(
        app.send_as(Method::DELETE, &admin, &path, json!({})).await,
        409,
        "not_customized",
    )
    .await;
    assert_eq!(
        app.send_as(Method::DELETE, &admin, SUMMON, json!({}))
            .await
            .status(),
        204
    );
    assert_eq!(template(&app, &admin, "").await["source"], "built_in");
}

#[actix_web::test]
async fn templates_are_checked_previewed_and_reserved_to_admins() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let admin = token(&app, &agent(&app, spip, Role::Admin, true).await);
    let bad = app
        .send_as(
            Method::PUT,
            &admin,
            SUMMON,
            json!({"template": "Le {rdv.lieu} à {nom}"}),
        )
        .await;
    let problem = expect_problem(bad, 422, "invalid_template").await;
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("{rdv.lieu}, {nom}"),
        "{problem}"
    );
    assert_eq!(problem["errors"][0]["pointer"], "/template");
    let days = app
        .send_as(Method::PUT, &admin, SUMMON, json!({"reminder_days": 3}))
        .await;
    assert_eq!(
        expect_problem(days, 422, "invalid_field").await["errors"][0]["code"],
        "invalid_reminder_days"
    );
    expect_problem(
        app.send_as(
            Method::PUT,
            &admin,
            "/api/v1/notification-templates/suivi_spip/bonjour",
            json!({}),
        )
        .await,
        404,
        "not_found",
    )
    .await;
    let preview: Value = app
        .send_as(
            Method::POST,
            &admin,
            "/api/v1/notification-templates/preview",
            json!({"template": "RAPPEL : le {rdv.date} à {rdv.heure}"}),
        )
        .await
        .json()
        .await
        .unwrap();
    let text = preview["text"].as_str().unwrap();
    assert!(
        text.starts_with("RAPPEL : le mercredi 15 septembre 2027 à 15h30 STOP SMS : http"),
        "{text}"
    );
    assert_eq!(
        (
            preview["measure"]["encoding"].as_str(),
            preview["measure"]["segments"].as_u64()
        ),
        (Some("gsm7"), Some(1))
    );
    let ucs2: Value = app
        .send_as(
            Method::POST,
            &admin,
            "/api/v1/notification-templates/preview",
            json!({"template": "Fête le {rdv.date}"}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(ucs2["measure"]["encoding"], "ucs2");
    let local_admin = token(&app, &agent(&app, spip, Role::LocalAdmin, true).await);
    expect_problem(
        app.get_as(&local_admin, "/api/v1/notification-templates")
            .await,
        403,
        "forbidden",
    )
    .await;
    expect_problem(
        app.send_as(
            Method::PUT,
            &local_admin,
            SUMMON,
            json!({"template": "x {rdv.date}"}),
        )
        .await,
        403,
        "forbidden",
    )
    .await;
}

#[actix_web::test]
async fn the_reminder_delay_of_the_template_plans_the_reminder() {
    use crate::support::booking::{booked, convict, monday, place, set_now, sms_rows};
    let app = TestApp::spawn().await;
    set_now(&app, monday());
    let spip = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let (room, _) = place(&app, spip, &["suivi_spip"]).await;
    let admin = token(&app, &agent(&app, spip, Role::Admin, true).await);
    let path = format!("/api/v1/notification-templates/suivi_spip/reminder?organization_id={spip}");
    assert_eq!(
        app.send_as(Method::PUT, &admin, &path, json!({"reminder_days": 1}))
            .await
            .status(),
        204
    );
    let cpip = token(&app, &agent(&app, spip, Role::Cpip, true).await);
    let person = convict(&app, &[spip], Some("+33639981234")).await;
    let appointment = booked(
        &app,
        &cpip,
        person,
        room,
        "2027-03-12T14:30",
        Some("reminder_only"),
    )
    .await;
    assert_eq!(sms_rows(&appointment)[0].2, "2027-03-11T14:30:00+01:00");
}
