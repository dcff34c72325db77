use std::collections::HashMap;

use super::*;

fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> + use<> {
    let map: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| ((*k).into(), (*v).into()))
        .collect();
    move |name| map.get(name).cloned()
}

const SECRET: &str = "0123456789abcdef0123456789abcdef";

#[test]
fn production_needs_every_secret_and_names_the_missing_variable() {
    let get = env(&[("DATABASE_URL", "postgres://localhost/msj")]);
    let error = Config::from_env(&get).unwrap_err();
    assert_eq!(error.variable, "MSJ_PUBLIC_URL");
    assert_eq!(error.to_string(), "MSJ_PUBLIC_URL is not set");

    let get = env(&[
        ("DATABASE_URL", "postgres://localhost/msj"),
        ("MSJ_PUBLIC_URL", "https://msj.example.fr/"),
    ]);
    assert_eq!(
        Config::from_env(&get).unwrap_err().variable,
        "MSJ_JWT_SECRET"
    );
}

#[test]
fn a_full_production_configuration_is_read() {
    let get = env(&[
        ("DATABASE_URL", "postgres://localhost/msj"),
        ("MSJ_PUBLIC_URL", "https://msj.example.fr/"),
        ("MSJ_JWT_KEYS", &format!("k2:{SECRET},k1:{SECRET}")),
        ("MSJ_SMTP_URL", "smtp://relay.example.fr:587"),
        ("MSJ_MAIL_FROM", "MSJ <ne-pas-repondre@example.fr>"),
        ("MSJ_SMS_GATEWAY_URL", "https://sms.example.fr/restapi/v1"),
        ("MSJ_SMS_GATEWAY_USER", "msj"),
        ("MSJ_SMS_GATEWAY_PASSWORD", SECRET),
        ("MSJ_BIND", "0.0.0.0:9000"),
    ]);
    let config = Config::from_env(&get).unwrap();
    assert_eq!(config.profile, Profile::Production);
    assert_eq!(config.public_url, "https://msj.example.fr");
    assert_eq!(config.bind.port(), 9000);
    assert_eq!(config.jwt_keys.signing().unwrap().kid, "k2");
    assert!(config.jwt_keys.find("k1").is_some());
    assert_eq!(config.log_format, LogFormat::Json);
    assert!(matches!(config.mail, MailDelivery::Smtp { .. }));
    assert!(
        matches!(config.sms, SmsDelivery::Http { ref url, .. } if url == "https://sms.example.fr/restapi/v1")
    );
}

#[test]
fn production_needs_an_sms_gateway() {
    let vars = [
        ("DATABASE_URL", "postgres://localhost/msj"),
        ("MSJ_PUBLIC_URL", "https://msj.example.fr/"),
        ("MSJ_JWT_SECRET", SECRET),
        ("MSJ_SMTP_URL", "smtp://relay.example.fr:587"),
        ("MSJ_MAIL_FROM", "MSJ <ne-pas-repondre@example.fr>"),
    ];
    assert_eq!(
        Config::from_env(&env(&vars)).unwrap_err().variable,
        "MSJ_SMS_GATEWAY_URL"
    );
    let outbox = [vars.as_slice(), &[("MSJ_SMS_GATEWAY", "outbox")]].concat();
    assert!(matches!(
        Config::from_env(&env(&outbox)).unwrap().sms,
        SmsDelivery::Outbox
    ));
    let half = [
        vars.as_slice(),
        &[("MSJ_SMS_GATEWAY_URL", "https://sms.example.fr")],
    ]
    .concat();
    assert_eq!(
        Config::from_env(&env(&half)).unwrap_err().variable,
        "MSJ_SMS_GATEWAY_USER"
    );
    let wrong = [vars.as_slice(), &[("MSJ_SMS_GATEWAY", "pigeon")]].concat();
    assert_eq!(
        Config::from_env(&env(&wrong)).unwrap_err().variable,
        "MSJ_SMS_GATEWAY"
    );
}

#[test]
fn malformed_values_name_their_variable() {
    let base = [
        ("DATABASE_URL", "postgres://localhost/msj"),
        ("MSJ_PROFILE", "dev"),
        ("MSJ_JWT_SECRET", SECRET),
    ];
    let cases: [(&str, &str); 7] = [
        ("MSJ_BIND", "localhost"),
        ("MSJ_PROFILE", "staging"),
        ("MSJ_PUBLIC_URL", "msj.example.fr"),
        ("MSJ_JWT_SECRET", "short"),
        ("MSJ_JWT_KEYS", "no-colon"),
        ("MSJ_DB_POOL_SIZE", "many"),
        ("MSJ_SMTP_URL", "http://relay"),
    ];
    for (variable, value) in cases {
        let mut pairs = base.to_vec();
        pairs.retain(|(name, _)| *name != variable);
        pairs.push((variable, value));
        let error = Config::from_env(&env(&pairs)).unwrap_err();
        assert_eq!(error.variable, variable, "{value}");
    }
    let error = database_url(&env(&[("DATABASE_URL", "mysql://x")])).unwrap_err();
    assert_eq!(error.variable, "DATABASE_URL");
}

#[test]
fn dev_profile_generates_and_keeps_its_secret() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let get = env(&[
        ("DATABASE_URL", "postgres://localhost/msj"),
        ("MSJ_PROFILE", "dev"),
        ("MSJ_DATA_DIR", data),
    ]);
    let first = Config::from_env(&get).unwrap();
    let second = Config::from_env(&get).unwrap();
    assert_eq!(first.jwt_keys.signing(), second.jwt_keys.signing());
    assert_eq!(first.public_url, "http://127.0.0.1:8080");
    assert!(matches!(first.mail, MailDelivery::Files { .. }));
    assert!(dir.path().join("secrets/jwt_secret").exists());
}
