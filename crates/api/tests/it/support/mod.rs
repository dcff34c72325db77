//! A running server on a fresh database, and helpers to call it.

use std::net::TcpListener;

use actix_web::web;
use msj_api::app::AppState;
use msj_api::config::Config;
use msj_db::testing::TestDatabase;
use reqwest::Response;
use serde_json::Value;

pub mod api_tokens;
pub mod booking;
pub mod fixtures;
pub mod portal;
pub mod sessions;
pub mod sms;
pub mod smtp;
pub mod sql;

/// A server listening on a free port of 127.0.0.1, on its own database.
pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub db: TestDatabase,
    pub state: web::Data<AppState>,
    _dirs: tempfile::TempDir,
}

impl TestApp {
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    /// Spawns the server with `extra` routes.
    pub async fn spawn_with(extra: fn(&mut web::ServiceConfig)) -> Self {
        Self::spawn_configured(extra, &[]).await
    }

    /// Spawns the server with `extra` routes and further environment variables.
    pub async fn spawn_configured(
        extra: fn(&mut web::ServiceConfig),
        more: &[(&str, String)],
    ) -> Self {
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
        std::fs::create_dir_all(static_dir.join("administration")).unwrap();
        std::fs::write(
            static_dir.join("administration/index.html"),
            "<!DOCTYPE html><title>MSJ administration</title>",
        )
        .unwrap();
        std::fs::create_dir_all(static_dir.join("portail")).unwrap();
        std::fs::write(
            static_dir.join("portail/index.html"),
            "<!DOCTYPE html><title>MSJ portail</title>",
        )
        .unwrap();
        let vars = [
            ("DATABASE_URL", db.url.clone()),
            ("MSJ_PROFILE", "dev".to_owned()),
            (
                "MSJ_DATA_DIR",
                dirs.path().join("data").display().to_string(),
            ),
            ("MSJ_STATIC_DIR", static_dir.display().to_string()),
            // SMS tests drive the worker themselves.
            ("MSJ_SMS_WORKER", "off".to_owned()),
            // Slot tests run the periodic jobs themselves.
            ("MSJ_JOBS", "off".to_owned()),
        ];
        let vars: Vec<(&str, String)> = vars.into_iter().chain(more.iter().cloned()).collect();
        let config = Config::from_env(&|name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone())
        })
        .unwrap();
        let pool = msj_db::build_pool(&db.url, 4).unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let state = web::Data::new(AppState::new(
            pool,
            config,
            msj_api::clock::Clock::default(),
        ));
        let server = msj_api::server::start(state.clone(), listener, extra).unwrap();
        actix_web::rt::spawn(server);
        Self {
            base,
            client: reqwest::Client::new(),
            db,
            state,
            _dirs: dirs,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    /// A GET with an access token.
    pub async fn get_as(&self, token: &str, path: &str) -> Response {
        self.client
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
    }

    /// A GET with an access token that must answer 200: its JSON body.
    pub async fn get_ok(&self, token: &str, path: &str) -> Value {
        let response = self.get_as(token, path).await;
        assert_eq!(response.status(), 200, "{path}");
        response.json().await.unwrap()
    }

    /// A JSON request with an access token.
    pub async fn send_as(
        &self,
        method: reqwest::Method,
        token: &str,
        path: &str,
        body: serde_json::Value,
    ) -> Response {
        self.client
            .request(method, self.url(path))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    /// A JSON POST without a token.
    pub async fn post_json(&self, path: &str, body: serde_json::Value) -> Response {
        self.client
            .post(self.url(path))
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    /// A connection to the test's database.
    pub async fn conn(&self) -> msj_db::pool::PooledConnection {
        msj_db::pool::connection(&self.state.pool).await.unwrap()
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
