//! Towns of the SRJ referential: import and search.

use std::process::Command;

use msj_domain::roles::Role;
use serde_json::Value;

use crate::support::fixtures::agent_with_role;
use crate::support::{TestApp, expect_problem};

const EXTRACT: &str = "id,postal_code,names,insee_code,ascii_name,name,type
6,97400,Saint-Denis,97411,saint denis,TJ de Saint-Denis,TJ
6,97400,Saint-Denis,97411,saint denis,SPIP de La Réunion,SPIP
7,93200,Saint-Denis,93066,saint denis,TJ de Bobigny,TJ
8,69001,L'Haÿ-les-Roses,94038,l hay les roses,TJ de Créteil,TJ
9,6900,Lyon,69123,lyon,TJ de Lyon,TJ
10,69001,Lyon,69123,lyon,TJ de Lyon,COUR
";

fn import(app: &TestApp, csv: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("srj.csv");
    std::fs::write(&file, csv).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_msj"))
        .args(["import", "srj"])
        .arg(&file)
        .env("DATABASE_URL", &app.db.url)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[actix_web::test]
async fn the_import_reports_what_it_did_and_can_run_again() {
    let app = TestApp::spawn().await;
    let first = import(&app, EXTRACT);
    assert!(
        first.starts_with("srj: 6 lines, 3 towns created, 0 updated, 2 rejected"),
        "{first}"
    );
    assert!(
        first.contains("line 6:") && first.contains("line 7: type inconnu « COUR »"),
        "{first}"
    );
    let again = import(&app, EXTRACT);
    assert!(
        again.starts_with("srj: 6 lines, 0 towns created, 0 updated, 2 rejected"),
        "{again}"
    );
    let moved = import(
        &app,
        "id,postal_code,names,insee_code,ascii_name,name,type\n7,93200,Saint-Denis,93066,saint denis,TJ de Saint-Denis,TJ\n",
    );
    assert!(
        moved.starts_with("srj: 1 lines, 0 towns created, 1 updated, 0 rejected"),
        "{moved}"
    );
}

#[actix_web::test]
async fn towns_are_found_by_name_prefix_or_postcode_with_their_services() {
    let app = TestApp::spawn().await;
    import(&app, EXTRACT);
    let (_, access) = agent_with_role(&app, Role::Bex).await;
    let spip = crate::support::fixtures::service(
        &app,
        "SPIP 974",
        msj_domain::roles::OrganizationType::Spip,
    )
    .await;
    let mut conn = app.conn().await;
    let structure = msj_db::cities::upsert_structure(&mut conn, "spip", "SPIP de La Réunion")
        .await
        .unwrap();
    msj_db::cities::map_structure(&mut conn, structure, spip)
        .await
        .unwrap();

    for query in ["saint-den", "SAINT DEN", "Saint Dénis"] {
        let towns: Vec<Value> = app
            .get_as(&access, &format!("/api/v1/cities?q={query}"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(towns.len(), 2, "{query}");
        let reunion = towns.iter().find(|t| t["insee_code"] == "97411").unwrap();
        assert_eq!(reunion["services"][0]["name"], "SPIP 974");
        let bobigny = towns.iter().find(|t| t["insee_code"] == "93066").unwrap();
        assert_eq!(bobigny["services"], serde_json::json!([]), "not deployed");
    }
    let by_postcode: Vec<Value> = app
        .get_as(&access, "/api/v1/cities?q=974")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(by_postcode.len(), 1);
    let apostrophe: Vec<Value> = app
        .get_as(&access, "/api/v1/cities?q=l%27hay")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(apostrophe[0]["name"], "L'Haÿ-les-Roses");
    let wildcards: Vec<Value> = app
        .get_as(&access, "/api/v1/cities?q=%25%25%25")
        .await
        .json()
        .await
        .unwrap();
    assert!(wildcards.is_empty());
    expect_problem(
        app.get_as(&access, "/api/v1/cities?q=sa").await,
        400,
        "invalid_query",
    )
    .await;
    expect_problem(
        app.get("/api/v1/cities?q=saint").await,
        401,
        "unauthenticated",
    )
    .await;
}
