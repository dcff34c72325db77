//! The `msj` binary: configuration errors name the variable and exit with code 2.

use std::process::{Command, Output};

fn msj(args: &[&str], vars: &[(&str, &str)]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_msj"))
        .args(args)
        .env_clear()
        .envs(vars.iter().copied())
        .current_dir(dir.path())
        .output()
        .unwrap()
}

fn expect_config_error(output: &Output, variable: &str) {
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8(output.stderr.clone()).unwrap();
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(
        stderr.starts_with(&format!("msj: configuration error: {variable} ")),
        "{stderr}"
    );
}

#[test]
fn missing_or_malformed_configuration_exits_2_naming_the_variable() {
    expect_config_error(&msj(&["serve"], &[]), "MSJ_PUBLIC_URL");
    expect_config_error(&msj(&["serve"], &[("MSJ_BIND", "nowhere")]), "MSJ_BIND");
    expect_config_error(
        &msj(
            &["serve"],
            &[("MSJ_PROFILE", "dev"), ("MSJ_BIND", "127.0.0.1:1")],
        ),
        "DATABASE_URL",
    );
    expect_config_error(&msj(&["migrate"], &[]), "DATABASE_URL");
}

#[test]
fn openapi_prints_the_document() {
    let output = msj(&["openapi"], &[]);
    assert!(output.status.success(), "{output:?}");
    let printed: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        printed,
        serde_json::to_value(msj_api::openapi::document()).unwrap()
    );
}
