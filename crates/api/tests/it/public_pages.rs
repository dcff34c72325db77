//! The server-rendered public pages: « Préparer ma convocation », the directory of services,
//! « Comprendre ma peine », « Investir ma réinsertion », the legal pages, robots.txt and
//! sitemap.xml. French, DSFR, no JavaScript, user text escaped, French 404 pages.

use msj_domain::roles::{OrganizationType, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::support::TestApp;
use crate::support::fixtures::{agent, service, token};

/// The page at `path`, checked for the common frame; returns its HTML.
async fn page(app: &TestApp, path: &str, status: u16, title: &str) -> String {
    let response = app.get(path).await;
    assert_eq!(response.status().as_u16(), status, "{path}");
    let content_type = response.headers()["content-type"].to_str().unwrap();
    assert!(content_type.starts_with("text/html"), "{path}");
    let html = response.text().await.unwrap();
    assert!(html.len() < 50 * 1024, "{path}: {} bytes", html.len());
    assert!(html.contains(r#"<html lang="fr""#), "{path}");
    assert!(
        html.contains(&format!("<title>{title} — Mon Suivi Justice</title>")),
        "{path}: {html}"
    );
    assert!(html.contains(&format!("<h1>{title}</h1>")), "{path}");
    assert!(
        html.contains(r#"<meta name="description" content=""#),
        "{path}"
    );
    assert!(html.contains(r##"href="#contenu""##), "{path}: skip link");
    assert!(html.contains("/dsfr/dsfr.main.min.css"), "{path}");
    for legal in ["/mentions-legales", "/accessibilite", "/confidentialite"] {
        assert!(
            html.contains(&format!(r#"href="{legal}""#)),
            "{path}: {legal}"
        );
    }
    assert!(!html.contains("<script"), "{path}: no JavaScript");
    if status == 200 {
        let base = app.state.config.public_url.trim_end_matches('/');
        let canonical = format!(
            r#"<link rel="canonical" href="{base}{}">"#,
            path.split('?').next().unwrap()
        );
        assert!(html.contains(&canonical), "{path}: {canonical}");
    }
    html
}

/// A SPIP with a DPIP who creates a place through the API; returns (service, place, DPIP token).
async fn spip_with_place(app: &TestApp, name: &str, extra: Value) -> (uuid::Uuid, Value, String) {
    let spip = service(app, &format!("SPIP <i>{name}</i>"), OrganizationType::Spip).await;
    let dpip = token(app, &agent(app, spip, Role::Dpip, true).await);
    let mut body = json!({
        "name": format!("<script>alert(1)</script> {name}"),
        "address": "9 rue des Trois Fontanot, 92000 Nanterre",
        "phone": "01 39 98 00 00",
        "email": "accueil@spip.test",
        "appointment_types": ["suivi_spip"],
    });
    body.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    let created = app
        .send_as(Method::POST, &dpip, "/api/v1/places", body)
        .await;
    assert_eq!(created.status(), 201);
    (spip, created.json().await.unwrap(), dpip)
}

#[actix_web::test]
async fn a_place_page_tells_how_to_prepare_and_escapes_what_agents_typed() {
    let app = TestApp::spawn().await;
    let extra = json!({"access_info": "RER A <Nanterre>\nSortie 1", "opening_hours": "9 h – 17 h"});
    let (spip, place, dpip) = spip_with_place(&app, "Nanterre", extra).await;
    let code = place["code"].as_str().unwrap();
    let title = "Préparer ma convocation — &lt;script&gt;alert(1)&lt;/script&gt; Nanterre";
    let html = page(&app, &format!("/p/{code}"), 200, title).await;
    assert!(html.contains("9 rue des Trois Fontanot, 92000 Nanterre"));
    assert!(html.contains(
        "https://www.openstreetmap.org/search?query=9%20rue%20des%20Trois%20Fontanot%2C%2092000%20Nanterre"
    ));
    assert!(html.contains("RER A &lt;Nanterre&gt;<br>Sortie 1"));
    assert!(html.contains("9 h – 17 h"));
    assert!(
        html.contains("pièce d&#39;identité"),
        "default list of what to bring"
    );
    assert!(html.contains(r#"href="tel:0139980000""#));
    assert!(
        html.find("tel:").unwrap() < html.find("mailto:").unwrap(),
        "phone first"
    );
    assert!(html.contains(&format!(r#"href="/services/{spip}""#)));
    assert!(html.contains("SPIP &lt;i&gt;Nanterre&lt;/i&gt;"));

    let path = format!("/api/v1/places/{}", place["id"].as_str().unwrap());
    let changed = app
        .send_as(Method::PATCH, &dpip, &path, json!({"what_to_bring": "Carte Vitale\nAttestation CAF", "main_contact_method": "email"}))
        .await;
    assert_eq!(changed.status(), 200);
    let html = page(&app, &format!("/p/{code}"), 200, title).await;
    assert!(html.contains("<li>Carte Vitale</li><li>Attestation CAF</li>"));
    assert!(!html.contains("pièce d&#39;identité"));
    assert!(
        html.find("mailto:").unwrap() < html.find("tel:").unwrap(),
        "email first"
    );

    let archived = app
        .send_as(Method::POST, &dpip, &format!("{path}/archive"), json!({}))
        .await;
    assert_eq!(archived.status(), 204);
    let html = page(&app, &format!("/p/{code}"), 404, "Page introuvable").await;
    assert!(html.contains(r#"href="/services""#));
    page(&app, "/p/inconnu", 404, "Page introuvable").await;
    page(
        &app,
        &format!("/p/{}", "x".repeat(80)),
        404,
        "Page introuvable",
    )
    .await;
}

#[actix_web::test]
async fn the_directory_groups_services_by_departement() {
    let app = TestApp::spawn().await;
    let (spip, place, _) = spip_with_place(&app, "Nanterre", json!({})).await;
    let empty = service(&app, "TJ sans lieu", OrganizationType::Tj).await;
    let html = page(&app, "/services", 200, "Trouver mon service").await;
    let heading = html
        .find("<h2>92 — Hauts-de-Seine</h2>")
        .expect("département 92");
    let others = html
        .find("<h2>Autres services</h2>")
        .expect("services without a place");
    let link = html.find(&format!(r#"href="/services/{spip}""#)).unwrap();
    assert!(heading < link && link < others);
    assert!(html.contains(&format!(r#"href="/p/{}""#, place["code"].as_str().unwrap())));
    assert!(html.contains(r#"href="/investir-ma-reinsertion/92""#));
    assert!(html.contains("&lt;script&gt;") && !html.contains("<script"));

    let html = page(
        &app,
        &format!("/services/{spip}"),
        200,
        "SPIP &lt;i&gt;Nanterre&lt;/i&gt;",
    )
    .await;
    assert!(html.contains(&format!(r#"href="/p/{}""#, place["code"].as_str().unwrap())));
    let html = page(&app, &format!("/services/{empty}"), 200, "TJ sans lieu").await;
    assert!(html.contains("Aucun lieu de convocation"));
    page(&app, "/services/pas-un-id", 404, "Page introuvable").await;
    page(
        &app,
        &format!("/services/{}", uuid::Uuid::now_v7()),
        404,
        "Page introuvable",
    )
    .await;
}

#[actix_web::test]
async fn understanding_my_sentence_explains_measures_people_and_help() {
    let app = TestApp::spawn().await;
    let html = page(&app, "/comprendre-ma-peine", 200, "Comprendre ma peine").await;
    for words in [
        "Le sursis probatoire",
        "Le travail d'intérêt général (TIG)",
        "Où trouver de l'aide ?",
        "bracelet électronique",
        "La libération conditionnelle",
        "Le suivi socio-judiciaire",
        "semi-liberté",
        "placement extérieur",
        "juge de l'application des peines (JAP)",
        "(CPIP)",
        "bureau de l'exécution des peines (BEX)",
        r#"id="absence""#,
        "<strong>30 39</strong>",
        "aide juridictionnelle",
    ] {
        assert!(html.contains(words), "{words}");
    }
}

#[actix_web::test]
async fn legal_pages_robots_and_sitemap() {
    let app = TestApp::spawn().await;
    let html = page(&app, "/mentions-legales", 200, "Mentions légales").await;
    assert!(html.contains("Directeur de la publication"));
    let html = page(
        &app,
        "/accessibilite",
        200,
        "Déclaration d&#39;accessibilité",
    )
    .await;
    assert!(
        html.contains("<strong>partiellement conforme</strong>")
            && html.contains("Voies de recours")
    );
    assert!(html.contains("Dérogations") && html.contains("Défenseur des droits"));
    let html = page(&app, "/confidentialite", 200, "Données personnelles").await;
    for words in [
        "<strong>12 mois</strong>",
        "supprimé 6 mois après l'archivage",
        "CNIL",
        "Vos droits",
    ] {
        assert!(html.contains(words), "{words}");
    }

    let (spip, place, dpip) = spip_with_place(&app, "Nanterre", json!({})).await;
    let base = app.state.config.public_url.trim_end_matches('/').to_owned();
    let robots = app.get("/robots.txt").await.text().await.unwrap();
    assert!(
        robots.contains(&format!("Sitemap: {base}/sitemap.xml"))
            && robots.contains("Disallow: /api/")
    );
    let sitemap = app.get("/sitemap.xml").await;
    assert!(
        sitemap.headers()["content-type"]
            .to_str()
            .unwrap()
            .contains("xml")
    );
    let sitemap = sitemap.text().await.unwrap();
    let place_url = format!("<loc>{base}/p/{}</loc>", place["code"].as_str().unwrap());
    for url in [
        format!("<loc>{base}/comprendre-ma-peine</loc>"),
        format!("<loc>{base}/services/{spip}</loc>"),
        place_url.clone(),
    ] {
        assert!(sitemap.contains(&url), "{url}");
    }
    let path = format!("/api/v1/places/{}/archive", place["id"].as_str().unwrap());
    app.send_as(Method::POST, &dpip, &path, json!({})).await;
    let sitemap = app.get("/sitemap.xml").await.text().await.unwrap();
    assert!(
        !sitemap.contains(&place_url),
        "archived places leave the sitemap"
    );
}

#[actix_web::test]
async fn reinsertion_pages_show_the_resources_of_a_departement() {
    let app = TestApp::spawn().await;
    let spip = service(&app, "SPIP 92", OrganizationType::Spip).await;
    let admin = token(&app, &agent(&app, spip, Role::LocalAdmin, true).await);
    let resource = json!({"departement": "92", "category": "logement", "title": "Foyer <b>Soleil</b>",
        "description": "Hébergement\nd'urgence", "phone": "01 23 45 67 89", "url": "https://foyer.example.fr"});
    let created = app
        .send_as(
            Method::POST,
            &admin,
            "/api/v1/reinsertion-resources",
            resource,
        )
        .await;
    assert_eq!(created.status(), 201);

    let html = page(
        &app,
        "/investir-ma-reinsertion",
        200,
        "Investir ma réinsertion",
    )
    .await;
    assert!(html.contains(r#"<select class="fr-select" id="departement" name="departement">"#));
    assert!(
        html.contains(
            r#"<a href="/investir-ma-reinsertion/92">92 — Hauts-de-Seine</a> (1 adresse)"#
        )
    );
    let no_redirect = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let chosen = no_redirect
        .get(app.url("/investir-ma-reinsertion?departement=2A"))
        .send()
        .await
        .unwrap();
    assert_eq!(chosen.status(), 303);
    assert_eq!(chosen.headers()["location"], "/investir-ma-reinsertion/2A");

    let title = "Investir ma réinsertion — 92 Hauts-de-Seine";
    let html = page(&app, "/investir-ma-reinsertion/92", 200, title).await;
    assert!(html.contains("<h2>Logement</h2>"));
    assert!(
        html.contains("Foyer &lt;b&gt;Soleil&lt;/b&gt;")
            && html.contains("Hébergement<br>d&#39;urgence")
    );
    assert!(
        html.contains(r#"href="tel:0123456789""#)
            && html.contains(r#"href="https://foyer.example.fr""#)
    );
    assert!(html.contains("Partout en France"));
    let html = page(
        &app,
        "/investir-ma-reinsertion/93",
        200,
        "Investir ma réinsertion — 93 Seine-Saint-Denis",
    )
    .await;
    assert!(html.contains("Aucune adresse n'est encore renseignée pour ce département"));
    page(&app, "/investir-ma-reinsertion/99", 404, "Page introuvable").await;
}
