//! Inviting probationers to their portal (features §2.14): who may, at most twice, only
//! when SMS reach them, never more under parallel requests.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::booking::{convict, monday, set_now};
use crate::support::fixtures::{agent, service, token};
use crate::support::portal::{deliver, invite, texts_to};
use crate::support::{TestApp, expect_problem};

const PHONE: &str = "+33639981234";

#[actix_web::test]
async fn invitation_rules_per_role() {
    let app = TestApp::spawn().await;
    set_now(&app, monday());
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let tj = service(&app, "TJ Nanterre", OrganizationType::Tj).await;
    let other = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let cpip = agent(&app, spip, Role::Cpip, true).await;
    let cpip_token = token(&app, &cpip);
    let person = convict(&app, &[spip, tj], Some(PHONE)).await;
    let as_role =
        async |organization, role| token(&app, &agent(&app, organization, role, true).await);

    expect_problem(invite(&app, &cpip_token, person).await, 403, "forbidden").await;
    let taken = app
        .send_as(
            Method::POST,
            &cpip_token,
            &format!("/api/v1/convicts/{person}/referent"),
            json!({}),
        )
        .await;
    assert!(
        taken.status().is_success(),
        "{}",
        taken.text().await.unwrap()
    );
    let first = invite(&app, &cpip_token, person).await;
    assert_eq!(first.status(), 202);
    let first: Value = first.json().await.unwrap();
    assert_eq!(
        (
            first["invitations"].as_i64(),
            first["max_invitations"].as_i64()
        ),
        (Some(1), Some(2))
    );

    expect_problem(
        invite(&app, &as_role(tj, Role::Bex).await, person).await,
        403,
        "forbidden",
    )
    .await;
    expect_problem(
        invite(&app, &as_role(spip, Role::Educator).await, person).await,
        403,
        "forbidden",
    )
    .await;
    expect_problem(
        invite(&app, &as_role(other, Role::Dpip).await, person).await,
        404,
        "not_found",
    )
    .await;
    let jap = invite(&app, &as_role(tj, Role::Jap).await, person).await;
    assert_eq!(jap.status(), 202, "a SAP role relaunches");
    expect_problem(
        invite(&app, &as_role(spip, Role::Dpip).await, person).await,
        409,
        "portal_invitation_limit",
    )
    .await;

    let no_phone = convict(&app, &[spip], None).await;
    expect_problem(
        invite(&app, &as_role(spip, Role::Dpip).await, no_phone).await,
        409,
        "cannot_receive_sms",
    )
    .await;

    deliver(&app).await;
    let texts = texts_to(&app, PHONE).await;
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(
        texts[0].ends_with("https://msj.example.fr/portail") || texts[0].contains("/portail"),
        "{}",
        texts[0]
    );
    let profile: Value = app
        .get_as(&cpip_token, &format!("/api/v1/convicts/{person}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(profile["portal"]["invitations"], 2);
    assert_eq!(profile["actions"]["invite_to_portal"], false);
    let history: Value = app
        .get_as(&cpip_token, &format!("/api/v1/history?convict_id={person}"))
        .await
        .json()
        .await
        .unwrap();
    let events: Vec<&str> = history["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|item| item["event"].as_str())
        .collect();
    assert_eq!(
        events
            .iter()
            .filter(|event| **event == "invite_portal_convict")
            .count(),
        2,
        "{events:?}"
    );
}

#[actix_web::test]
async fn parallel_invitations_never_exceed_two() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let dpip = token(&app, &agent(&app, spip, Role::Dpip, true).await);
    let person = convict(&app, &[spip], Some(PHONE)).await;
    let answers = futures_util::future::join_all((0..6).map(|_| invite(&app, &dpip, person))).await;
    let accepted = answers
        .iter()
        .filter(|answer| answer.status() == 202)
        .count();
    let refused = answers
        .iter()
        .filter(|answer| answer.status() == 409)
        .count();
    assert_eq!((accepted, refused), (2, 4));
    deliver(&app).await;
    assert_eq!(texts_to(&app, PHONE).await.len(), 2);
}
