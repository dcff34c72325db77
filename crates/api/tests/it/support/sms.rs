//! A stand-in for the SMS provider: a real local HTTP server speaking its contract, which
//! deduplicates on the client reference as real gateways do.

use std::collections::HashMap;
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use actix_web::{App, HttpResponse, HttpServer, web};

/// What the provider received, and what it answers.
#[derive(Debug, Default)]
pub struct Provider {
    /// Form fields of each accepted message, by client reference.
    pub accepted: HashMap<String, HashMap<String, String>>,
    /// Requests received (duplicates included).
    pub requests: usize,
    /// The `responseCode` to answer (0: accepted).
    pub code: i64,
}

/// A running provider: its base URL and its state.
pub struct FakeProvider {
    pub base: String,
    pub state: Arc<Mutex<Provider>>,
}

async fn send(
    state: web::Data<Arc<Mutex<Provider>>>,
    form: web::Form<HashMap<String, String>>,
) -> HttpResponse {
    let mut provider = state.lock().unwrap();
    provider.requests += 1;
    if provider.code != 0 {
        return HttpResponse::Ok().json(serde_json::json!({"responseCode": provider.code}));
    }
    let reference = form.get("clientReference").cloned().unwrap_or_default();
    provider
        .accepted
        .entry(reference.clone())
        .or_insert_with(|| form.into_inner());
    HttpResponse::Ok()
        .json(serde_json::json!({"responseCode": 0, "messageIds": [format!("ext-{reference}")]}))
}

impl FakeProvider {
    /// Starts the provider on a free port.
    pub fn start() -> Self {
        let state = Arc::new(Mutex::new(Provider::default()));
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let shared = state.clone();
        let server = HttpServer::new(move || {
            App::new()
                .app_data(web::Data::new(shared.clone()))
                .route("/sms/send", web::post().to(send))
        })
        .workers(2)
        .listen(listener)
        .unwrap()
        .run();
        actix_web::rt::spawn(server);
        Self { base, state }
    }

    /// Makes the provider answer `code` from now on.
    pub fn answer(&self, code: i64) {
        self.state.lock().unwrap().code = code;
    }

    /// The accepted messages' form fields, by client reference.
    pub fn accepted(&self) -> HashMap<String, HashMap<String, String>> {
        self.state.lock().unwrap().accepted.clone()
    }
}
