//! Searching probationers: prefixes over names, phones and APPI numbers; scope by service.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::TestApp;
use crate::support::fixtures::{agent, agent_with_role, service, token};

async fn create(
    app: &TestApp,
    access: &str,
    first: &str,
    last: &str,
    phone: &str,
    appi: Option<&str>,
) {
    let body = json!({"first_name": first, "last_name": last, "date_of_birth": "1980-01-01", "phone": phone, "appi_number": appi});
    let response = app
        .send_as(Method::POST, access, "/api/v1/convicts", body)
        .await;
    assert_eq!(response.status(), 201, "{}", response.text().await.unwrap());
}

async fn names(app: &TestApp, access: &str, query: &str) -> Vec<String> {
    let page: Value = app
        .get_as(
            access,
            &format!("/api/v1/convicts?q={}", encode_query(query)),
        )
        .await
        .json()
        .await
        .unwrap();
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{} {}",
                c["last_name"].as_str().unwrap(),
                c["first_name"].as_str().unwrap()
            )
        })
        .collect()
}

/// Encodes the search text; an `&` starts further raw parameters.
fn encode_query(query: &str) -> String {
    match query.split_once('&') {
        Some((text, rest)) => format!("{}&{rest}", urlencode(text)),
        None => urlencode(query),
    }
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[actix_web::test]
async fn prefixes_of_names_phones_and_appi_numbers_ignoring_accents() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 75", OrganizationType::Spip).await;
    let cpip = token(&app, &agent(&app, spip, Role::Cpip, true).await);
    create(
        &app,
        &cpip,
        "Élodie",
        "Dupré",
        "06 39 98 12 34",
        Some("200123456789"),
    )
    .await;
    create(&app, &cpip, "Dupont", "Martin", "06 39 98 56 78", None).await;
    create(&app, &cpip, "Jean-Éric", "Lefèvre", "0692 12 34 56", None).await;

    assert_eq!(names(&app, &cpip, "dupre").await, ["DUPRÉ Élodie"]);
    assert_eq!(
        names(&app, &cpip, "DUP").await,
        ["DUPRÉ Élodie", "MARTIN Dupont"],
        "last names first"
    );
    assert_eq!(names(&app, &cpip, "elodie dup").await, ["DUPRÉ Élodie"]);
    assert_eq!(names(&app, &cpip, "jean eric").await, ["LEFÈVRE Jean-Éric"]);
    for phone in ["06 39 98 12", "+33639981", "0639-98-12", "0033 6 39 98 12"] {
        assert_eq!(names(&app, &cpip, phone).await, ["DUPRÉ Élodie"], "{phone}");
    }
    assert_eq!(names(&app, &cpip, "0692 12").await, ["LEFÈVRE Jean-Éric"]);
    assert_eq!(names(&app, &cpip, "200 1234").await, ["DUPRÉ Élodie"]);
    assert_eq!(names(&app, &cpip, "100%_").await, Vec::<String>::new());
    assert_eq!(names(&app, &cpip, "").await.len(), 3);
    create(&app, &cpip, "Dupuis", "Bernard", "06 39 98 56 79", None).await;
    create(&app, &cpip, "Anne", "Dupuy", "06 39 98 56 80", None).await;
    let pages: Vec<Vec<String>> = futures_util::future::join_all((1..=4).map(|page| {
        let query = format!("dup&per_page=1&page={page}");
        let (app, cpip) = (&app, &cpip);
        async move { names(app, cpip, &query).await }
    }))
    .await;
    assert_eq!(
        pages.concat(),
        [
            "DUPRÉ Élodie",
            "DUPUY Anne",
            "BERNARD Dupuis",
            "MARTIN Dupont"
        ],
        "last names first, page by page across both parts"
    );
}

#[actix_web::test]
async fn each_service_searches_its_own_and_bex_searches_nationwide_summaries() {
    let app = TestApp::spawn().await;
    let spip_a = service(&app, "SPIP A", OrganizationType::Spip).await;
    let spip_b = service(&app, "SPIP B", OrganizationType::Spip).await;
    let agent_a = token(&app, &agent(&app, spip_a, Role::Cpip, true).await);
    let agent_b = token(&app, &agent(&app, spip_b, Role::Cpip, true).await);
    create(&app, &agent_a, "Léa", "Petit", "06 39 98 00 11", None).await;
    assert!(names(&app, &agent_b, "petit").await.is_empty());
    assert!(names(&app, &agent_b, "06 39 98 00").await.is_empty());

    let (_, bex) = agent_with_role(&app, Role::Bex).await;
    let page: Value = app
        .get_as(&bex, "/api/v1/convicts?q=petit")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(page["total"], 1);
    assert_eq!(page["items"][0]["details"], Value::Null, "summaries only");
    assert_eq!(page["items"][0]["organizations"][0]["name"], "SPIP A");
    let own: Value = app
        .get_as(&agent_a, "/api/v1/convicts?q=petit")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        own["items"][0]["details"]["phone_display"],
        "06 39 98 00 11"
    );
    let mine: Value = app
        .get_as(&agent_a, "/api/v1/convicts?mine=true")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["total"], 0, "no referent yet");
    let bad = app.get_as(&agent_a, "/api/v1/convicts?per_page=0").await;
    crate::support::expect_problem(bad, 400, "invalid_query").await;
}
