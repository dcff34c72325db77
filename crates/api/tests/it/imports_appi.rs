//! « Import probationnaires (APPI) »: an ISO-8859-1 file with accents and bad lines, the
//! services of new and known people, refusals, and `msj import appi`.

use std::process::Command;

use msj_domain::roles::{OrganizationType, Role};
use serde_json::Value;
use uuid::Uuid;

use crate::support::fixtures::{agent, service, token};
use crate::support::sessions::audit_of;
use crate::support::{TestApp, expect_problem};

const FILE: &str = "Nom;Prénom;Date de naissance;Numéro de dossier;Mesure/Intervention
DUPRÉ;Élodie;17/05/1990;Dossier N°200123456789;SURSIS PROBATOIRE (SME)
LEFÈVRE;Noël;31/02/1985;N°200100000002;TIG
GARÇON;Anaïs;02/01/1985;N°200100000003;EMPRISONNEMENT (ferme)
;Zoé;02/01/1985;N°200100000004;TIG
HOARAU;Maël;03/04/1979;N°200100000005;Travail d'intérêt général
CONNU;Léa;05/06/1970;N°200100000006;SURSIS
";

/// The text in ISO-8859-1, as APPI exports it.
fn latin1(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap())
        .collect()
}

async fn upload(app: &TestApp, access: &str, service: Uuid, body: Vec<u8>) -> reqwest::Response {
    app.client
        .post(app.url(&format!("/api/v1/imports/appi?service_id={service}")))
        .bearer_auth(access)
        .header("content-type", "text/csv")
        .body(body)
        .send()
        .await
        .unwrap()
}

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

/// A SPIP linked to one TJ, and a person already known by APPI number, followed by the TJ.
async fn services(app: &TestApp) -> (Uuid, Uuid, Uuid) {
    let spip = service(app, "SPIP 974", OrganizationType::Spip).await;
    let tj = service(app, "TJ Saint-Denis", OrganizationType::Tj).await;
    msj_db::organizations::link(&mut *app.conn().await, spip, tj)
        .await
        .unwrap();
    let known = crate::support::booking::convict(app, &[tj], None).await;
    let sql = format!("UPDATE convicts SET appi_number = '200100000006' WHERE id = '{known}'");
    diesel_async::RunQueryDsl::execute(diesel::sql_query(sql), &mut *app.conn().await)
        .await
        .unwrap();
    (spip, tj, known)
}

#[actix_web::test]
async fn good_lines_are_imported_and_bad_ones_reported_without_half_written_rows() {
    let app = TestApp::spawn().await;
    let (spip, tj, known) = services(&app).await;
    let admin = token(&app, &agent(&app, spip, Role::Admin, true).await);
    let response = upload(&app, &admin, spip, latin1(FILE)).await;
    assert_eq!(response.status(), 200);
    let report: Value = response.json().await.unwrap();
    assert_eq!(
        (&report["lines"], &report["created"], &report["updated"]),
        (&6.into(), &2.into(), &1.into()),
        "{report}"
    );
    let lines = |key: &str| -> Vec<(u64, String)> {
        report[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                (
                    l["line"].as_u64().unwrap(),
                    l["reason"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    assert_eq!(
        lines("skipped"),
        [(4, "Mesure non importée : EMPRISONNEMENT.".to_owned())]
    );
    assert_eq!(
        lines("rejected"),
        [
            (3, "Date de naissance invalide : « 31/02/1985 ».".to_owned()),
            (5, "Prénom ou nom manquant.".to_owned())
        ]
    );
    let created = "SELECT count(*) FROM convicts WHERE appi_number IN ('200123456789', '200100000005') \
        AND no_phone AND first_name IN ('Élodie', 'Maël') AND last_name IN ('DUPRÉ', 'HOARAU')";
    assert_eq!(count(&app, created).await, 2);
    assert_eq!(
        count(&app, "SELECT count(*) FROM convicts").await,
        3,
        "nothing of the bad lines"
    );
    let links = format!(
        "SELECT count(*) FROM convict_organizations co JOIN convicts c ON c.id = co.convict_id \
         WHERE c.appi_number IN ('200123456789', '200100000005') AND co.organization_id IN ('{spip}', '{tj}')"
    );
    assert_eq!(
        count(&app, &links).await,
        4,
        "each new person follows the SPIP and its TJ"
    );
    let followed =
        format!("SELECT count(*) FROM convict_organizations WHERE convict_id = '{known}'");
    assert_eq!(
        count(&app, &followed).await,
        2,
        "the known person now follows the SPIP too"
    );
    assert_eq!(audit_of(&app, "convict.import_appi").await.len(), 1);

    let again: Value = upload(&app, &admin, spip, latin1(FILE))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (&again["created"], &again["updated"]),
        (&0.into(), &0.into()),
        "{again}"
    );
    assert_eq!(again["skipped"].as_array().unwrap().len(), 4);
}

#[actix_web::test]
async fn only_the_central_admin_imports_a_readable_file_of_at_most_5_mb() {
    let app = TestApp::spawn().await;
    let (spip, _, _) = services(&app).await;
    for role in [Role::LocalAdmin, Role::Dpip, Role::Cpip] {
        let caller = token(&app, &agent(&app, spip, role, true).await);
        expect_problem(
            upload(&app, &caller, spip, latin1(FILE)).await,
            403,
            "forbidden",
        )
        .await;
    }
    let admin = token(&app, &agent(&app, spip, Role::Admin, true).await);
    let (_, secret) =
        crate::support::api_tokens::create(&app, &admin, spip, "local_admin", &["convicts:write"])
            .await;
    expect_problem(
        upload(&app, &secret, spip, latin1(FILE)).await,
        403,
        "closed_to_api_tokens",
    )
    .await;
    expect_problem(
        upload(&app, &admin, Uuid::now_v7(), latin1(FILE)).await,
        404,
        "not_found",
    )
    .await;
    let no_measure =
        latin1("Nom;Prénom;Date de naissance;Numéro de dossier\nA;B;01/01/1980;N°200100000001\n");
    let problem = expect_problem(
        upload(&app, &admin, spip, no_measure).await,
        422,
        "invalid_file",
    )
    .await;
    assert_eq!(
        problem["detail"],
        "La colonne « Mesure/Intervention » est absente du fichier."
    );
    let huge = vec![b'x'; 5 * 1024 * 1024 + 1];
    expect_problem(
        upload(&app, &admin, spip, huge).await,
        413,
        "file_too_large",
    )
    .await;
    assert_eq!(count(&app, "SELECT count(*) FROM convicts").await, 1);
}

#[actix_web::test]
async fn msj_import_appi_imports_a_file_into_a_service_named_on_the_command_line() {
    let app = TestApp::spawn().await;
    let (_, _, _) = services(&app).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("appi.csv");
    std::fs::write(&file, latin1(FILE)).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_msj"))
        .args(["import", "appi", "--service", "SPIP 974"])
        .arg(&file)
        .env("DATABASE_URL", &app.db.url)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let printed = String::from_utf8(output.stdout).unwrap();
    assert!(
        printed.starts_with("appi: 6 lines, 2 created, 1 updated, 1 skipped, 2 rejected"),
        "{printed}"
    );
    assert!(
        printed.contains("line 3: Date de naissance invalide"),
        "{printed}"
    );
    assert_eq!(count(&app, "SELECT count(*) FROM convicts WHERE last_name = 'DUPRÉ' AND first_name = 'Élodie' AND appi_number = '200123456789'").await, 1);
    let unknown = Command::new(env!("CARGO_BIN_EXE_msj"))
        .args(["import", "appi", "--service", "SPIP 000"])
        .arg(&file)
        .env("DATABASE_URL", &app.db.url)
        .output()
        .unwrap();
    assert!(!unknown.status.success());
}
