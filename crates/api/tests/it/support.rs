//! A running server on a fresh database, and helpers to call it.

use std::net::TcpListener;

use actix_web::web;
use msj_api::app::AppState;
use msj_api::config::Config;
use msj_db::testing::TestDatabase;
use reqwest::Response;
use serde_json::Value;

/// A server listening on a free port of 127.0.0.1, on its own database.
pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub db: TestDatabase,
    _dirs: tempfile::TempDir,
}

impl TestApp {
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    /// Spawns the server with `extra` routes.
    pub async fn spawn_with(extra: fn(&mut web::ServiceConfig)) -> Self {
        let db = TestDatabase::create().await.unwrap();
        let dirs = tempfile::tempdir().unwrap();
        let static_dir = dirs.path().join("dist");
        std::fs::create_dir_all(&static_dir).unwrap();
        std::fs::write(
            static_dir.join("index.html"),
            "<!DOCTYPE html><title>MSJ</title>",
        )
        .unwrap();
        std::fs::write(static_dir.join("app.css"), "body{}").unwrap();
        let vars = [
            ("DATABASE_URL", db.url.clone()),
            ("MSJ_PROFILE", "dev".to_owned()),
            (
                "MSJ_DATA_DIR",
                dirs.path().join("data").display().to_string(),
            ),
            ("MSJ_STATIC_DIR", static_dir.display().to_string()),
        ];
        let config = Config::from_env(&|name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone())
        })
        .unwrap();
        let pool = msj_db::build_pool(&db.url, 4).unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let server =
            msj_api::server::start(web::Data::new(AppState { pool, config }), listener, extra)
                .unwrap();
        actix_web::rt::spawn(server);
        Self {
            base,
            client: reqwest::Client::new(),
            db,
            _dirs: dirs,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }
}

/// Asserts a problem+json answer with `status` and `code`, and returns its body.
pub async fn expect_problem(response: Response, status: u16, code: &str) -> Value {
    assert_eq!(
        response.status().as_u16(),
        status,
        "status of {}",
        response.url()
    );
    let content_type = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(content_type, "application/problem+json");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], code, "{body}");
    assert_eq!(body["status"], status);
    assert!(
        body["detail"].as_str().is_some_and(|d| !d.is_empty()),
        "{body}"
    );
    body
}
