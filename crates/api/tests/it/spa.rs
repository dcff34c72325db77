use crate::support::{TestApp, expect_problem};

#[actix_web::test]
async fn serves_files_and_index_html_for_the_spa_routes() {
    let app = TestApp::spawn().await;
    let css = app.get("/app.css").await;
    assert_eq!(css.status(), 200);
    assert_eq!(css.text().await.unwrap(), "body{}");
    for path in ["/", "/convocations/a-venir", "/probationnaires/123"] {
        let page = app.get(path).await;
        assert_eq!(page.status(), 200, "{path}");
        assert_eq!(page.headers()["cache-control"], "no-cache");
        assert!(page.text().await.unwrap().contains("<title>MSJ</title>"));
    }
    for path in ["/administration", "/administration/creneaux/nouveaux"] {
        let page = app.get(path).await;
        assert_eq!(page.status(), 200, "{path}");
        assert!(
            page.text()
                .await
                .unwrap()
                .contains("<title>MSJ administration</title>"),
            "{path}: the administration app"
        );
    }
    for path in ["/portail", "/portail/", "/portail/convocations"] {
        let page = app.get(path).await.text().await.unwrap();
        assert!(
            page.contains("<title>MSJ portail</title>"),
            "{path}: the portal"
        );
    }
    let home = app.get("/administrations").await.text().await.unwrap();
    assert!(
        home.contains("<title>MSJ</title>"),
        "a path merely starting alike"
    );
}

#[actix_web::test]
async fn api_paths_never_fall_back_to_the_spa() {
    let app = TestApp::spawn().await;
    expect_problem(app.get("/api").await, 404, "not_found").await;
    expect_problem(app.get("/api/v2/anything").await, 404, "not_found").await;
}
