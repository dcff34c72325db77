//! Every figure of the fixture, computed by hand (see `fixture.rs`).

use msj_domain::roles::Role;
use serde_json::{Value, json};

use super::fixture::Fixture;

/// The figures, in the API's field order, from a compact list (rates in %, the mean delay in
/// days; no legal rate without sorties d'audience).
fn figures(
    counts: [i64; 6],
    rates: [f64; 5],
    legal: (i64, i64, Option<f64>),
    sms: [i64; 4],
) -> Value {
    let [convocations, canceled, fulfilled, no_show, excused, unknown] = counts;
    let [
        fulfilled_rate,
        no_show_rate,
        excused_rate,
        unknown_rate,
        mean_delay_days,
    ] = rates;
    let [sms_sent, sms_delivered, sms_failed, sms_opted_out] = sms;
    json!({
        "convocations": convocations, "canceled": canceled, "fulfilled": fulfilled,
        "no_show": no_show, "excused": excused, "unknown": unknown,
        "fulfilled_rate": fulfilled_rate, "no_show_rate": no_show_rate,
        "excused_rate": excused_rate, "unknown_rate": unknown_rate,
        "mean_delay_days": mean_delay_days, "legal_total": legal.0, "legal_within": legal.1,
        "legal_within_rate": legal.2, "sms_sent": sms_sent, "sms_delivered": sms_delivered,
        "sms_failed": sms_failed, "sms_opted_out": sms_opted_out
    })
}

/// The row of `key` in `table`.
fn row<'a>(table: &'a Value, key: &Value) -> &'a Value {
    table
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["key"] == *key)
        .unwrap_or_else(|| panic!("no row {key} in {table}"))
}

#[actix_web::test]
async fn every_figure_of_a_service_and_of_the_country() {
    let f = Fixture::new().await;
    let local = f.token(f.a, Role::LocalAdmin).await;
    let admin = f.token(f.b, Role::Admin).await;
    let ids = f.seed().await;
    let period = "from=2027-01&to=2027-02";
    let before = f
        .app
        .get_ok(&local, &format!("/api/v1/stats?{period}"))
        .await;
    assert_eq!(
        (
            before["total"]["convocations"].as_i64(),
            &before["refreshed_at"]
        ),
        (Some(0), &Value::Null)
    );

    f.run_jobs().await;
    let stats = f
        .app
        .get_ok(&local, &format!("/api/v1/stats?{period}"))
        .await;
    assert_eq!(stats["scope_label"], "SPIP Alpha");
    assert_eq!(
        (stats["from"].as_str(), stats["to"].as_str()),
        (Some("2027-01"), Some("2027-02"))
    );
    assert!(
        stats["refreshed_at"]
            .as_str()
            .unwrap()
            .starts_with("2027-03-15T11:00")
    );
    assert_eq!(
        stats["total"],
        figures(
            [6, 1, 3, 1, 1, 1],
            [50.0, 16.7, 16.7, 16.7, 20.7],
            (3, 2, Some(66.7)),
            [5, 3, 2, 1]
        )
    );
    let months = &stats["months"];
    assert_eq!(months.as_array().unwrap().len(), 2);
    assert_eq!(row(months, &json!("2027-01"))["label"], "janvier 2027");
    assert_eq!(
        row(months, &json!("2027-01"))["figures"],
        figures(
            [4, 0, 2, 1, 1, 0],
            [50.0, 25.0, 25.0, 0.0, 25.0],
            (2, 1, Some(50.0)),
            [3, 2, 2, 1]
        )
    );
    assert_eq!(
        row(months, &json!("2027-02"))["figures"],
        figures(
            [2, 1, 1, 0, 0, 1],
            [50.0, 0.0, 0.0, 50.0, 12.0],
            (1, 1, Some(100.0)),
            [2, 1, 0, 0]
        )
    );
    let types = &stats["appointment_types"];
    assert_eq!(
        row(types, &json!("suivi_spip"))["label"],
        "Convocation de suivi SPIP"
    );
    assert_eq!(
        row(types, &json!("suivi_spip"))["figures"],
        figures(
            [3, 1, 1, 1, 0, 1],
            [33.3, 33.3, 0.0, 33.3, 13.3],
            (0, 0, None),
            [5, 3, 2, 0]
        )
    );
    assert_eq!(
        row(types, &json!("sortie_audience_spip"))["figures"],
        figures(
            [3, 0, 2, 0, 1, 0],
            [66.7, 0.0, 33.3, 0.0, 28.0],
            (3, 2, Some(66.7)),
            [0, 0, 0, 1]
        )
    );
    let places = &stats["places"];
    let a1 = &row(places, &json!(f.places[0].to_string()))["figures"];
    let a2 = &row(places, &json!(f.places[1].to_string()))["figures"];
    assert_eq!(
        (
            a1["convocations"].as_i64(),
            a1["unknown"].as_i64(),
            a1["sms_sent"].as_i64()
        ),
        (Some(3), Some(1), Some(4))
    );
    assert_eq!(
        (
            a2["convocations"].as_i64(),
            a2["canceled"].as_i64(),
            a2["mean_delay_days"].as_f64()
        ),
        (Some(3), Some(1), Some(28.0))
    );
    assert!(
        row(places, &json!(f.places[0].to_string()))["label"]
            .as_str()
            .unwrap()
            .ends_with("(SPIP Alpha)")
    );
    let agents = &stats["agents"];
    assert_eq!(agents.as_array().unwrap().len(), 3);
    let x = &row(agents, &json!(f.x.id.to_string()))["figures"];
    let y = &row(agents, &json!(f.y.id.to_string()))["figures"];
    let none = row(agents, &Value::Null);
    assert_eq!(
        (
            x["convocations"].as_i64(),
            x["canceled"].as_i64(),
            x["no_show_rate"].as_f64()
        ),
        (Some(2), Some(1), Some(50.0))
    );
    assert_eq!(
        (
            y["convocations"].as_i64(),
            y["legal_within"].as_i64(),
            y["unknown_rate"].as_f64()
        ),
        (Some(3), Some(2), Some(33.3))
    );
    assert_eq!(
        (none["label"].as_str(), none["figures"]["excused"].as_i64()),
        (Some("Sans agent"), Some(1))
    );

    let national = f
        .app
        .get_ok(&admin, &format!("/api/v1/stats?national=true&{period}"))
        .await;
    assert_eq!(
        (
            national["scope_label"].as_str(),
            &national["organization_id"]
        ),
        (Some("National"), &Value::Null)
    );
    assert_eq!(
        national["total"],
        figures(
            [8, 1, 4, 2, 1, 1],
            [50.0, 25.0, 12.5, 12.5, 17.9],
            (5, 3, Some(60.0)),
            [6, 4, 2, 1]
        )
    );
    let b = f
        .app
        .get_ok(
            &admin,
            &format!("/api/v1/stats?organization_id={}&{period}", f.b),
        )
        .await;
    assert_eq!(
        b["total"],
        figures(
            [2, 0, 1, 1, 0, 0],
            [50.0, 50.0, 0.0, 0.0, 9.5],
            (2, 1, Some(50.0)),
            [1, 1, 0, 0]
        )
    );

    // The default period (the last 12 months) holds March's future appointment, which is not
    // « statut inconnu »; once it is past, the next refresh counts it.
    let default = f.app.get_ok(&local, "/api/v1/stats").await;
    assert_eq!(
        (default["from"].as_str(), default["to"].as_str()),
        (Some("2026-04"), Some("2027-03"))
    );
    assert_eq!(
        (
            default["total"]["convocations"].as_i64(),
            default["total"]["unknown"].as_i64()
        ),
        (Some(7), Some(1))
    );
    msj_api::stats::refresh(&f.app.state.pool, super::fixture::at(2027, 3, 21))
        .await
        .unwrap();
    let later = f.app.get_ok(&local, "/api/v1/stats").await;
    assert_eq!(later["total"]["unknown"].as_i64(), Some(2), "{}", ids[7]);
}
