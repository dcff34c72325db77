//! The CSV files: UTF-8 with BOM, `;`, French headers with accents, decimal commas, quoting.

use msj_domain::roles::Role;
use serde_json::Value;

use super::fixture::Fixture;

const HEADER: &str = "Convocations;Annulées;Honorées;Manquées;Excusées;Statut inconnu;\
Taux honorées (%);Taux manquées (%);Taux excusées (%);Taux statut inconnu (%);\
Délai moyen avant la convocation (jours);Sorties d'audience;Dans les délais légaux;\
Part dans les délais légaux (%);SMS envoyés;SMS distribués;SMS en échec;\
SMS non envoyés (pas de téléphone ou refus)";

#[actix_web::test]
async fn each_table_downloads_as_a_csv_file_for_spreadsheets() {
    let f = Fixture::new().await;
    f.seed().await;
    f.run_jobs().await;
    let local = f.token(f.a, Role::LocalAdmin).await;
    let response = f
        .app
        .get_as(
            &local,
            "/api/v1/stats/months?from=2027-01&to=2027-02&format=csv",
        )
        .await;
    assert_eq!(response.status(), 200);
    let header = |name: &str| response.headers()[name].to_str().unwrap().to_owned();
    assert_eq!(header("content-type"), "text/csv; charset=utf-8");
    assert_eq!(
        header("content-disposition"),
        "attachment; filename=\"statistiques-mois-2027-01-2027-02.csv\""
    );
    let bytes = response.bytes().await.unwrap();
    assert_eq!(&bytes[..3], b"\xef\xbb\xbf", "byte order mark");
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(lines[0], format!("Mois;{HEADER}"));
    assert_eq!(
        lines[1],
        "janvier 2027;4;0;2;1;1;0;50,0;25,0;25,0;0,0;25,0;2;1;50,0;3;2;2;1"
    );
    assert_eq!(
        lines[2],
        "février 2027;2;1;1;0;0;1;50,0;0,0;0,0;50,0;12,0;1;1;100,0;2;1;0;0"
    );
    assert_eq!(
        lines[3],
        "Total;6;1;3;1;1;1;50,0;16,7;16,7;16,7;20,7;3;2;66,7;5;3;2;1"
    );
    assert_eq!(lines[4], "", "ends with a line break");

    diesel_async::RunQueryDsl::execute(
        diesel::sql_query("UPDATE places SET name = 'Antenne \"Sud\"; bâtiment B' WHERE id = $1")
            .bind::<diesel::sql_types::Uuid, _>(f.places[0]),
        &mut *f.app.conn().await,
    )
    .await
    .unwrap();
    let places = f
        .app
        .get_as(
            &local,
            "/api/v1/stats/places?from=2027-01&to=2027-02&format=csv",
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(places.starts_with(&format!("\u{feff}Lieu;{HEADER}\r\n")));
    assert!(
        places.contains("\r\n\"Antenne \"\"Sud\"\"; bâtiment B (SPIP Alpha)\";3;0;1;1;0;1;"),
        "{places}"
    );
    let agents = f
        .app
        .get_as(&local, "/api/v1/stats/agents?from=2027-01&to=2027-02")
        .await
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(
        agents.as_array().map(Vec::len),
        Some(3),
        "JSON without format=csv"
    );
}
