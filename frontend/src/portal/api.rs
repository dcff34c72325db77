//! The portal's session and calls: the access token in memory, the refresh cookie (30 days)
//! to reopen it, one refresh-and-retry when a call answers 401.

use gloo_net::http::Method;
use leptos::prelude::*;
use msj_contract::portal::PortalSession as Opened;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::api::ApiError;
use crate::api::client::{body, json, send};

/// Where the device stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Trying the refresh cookie.
    Starting,
    /// No session: the sign-in form.
    SignedOut,
    /// Signed in.
    SignedIn,
}

/// The session, shared through the context.
#[derive(Debug, Clone, Copy)]
pub struct PortalSession {
    token: RwSignal<Option<String>>,
    state: RwSignal<State>,
    first_name: RwSignal<String>,
}

impl PortalSession {
    /// Creates the session and puts it in the context.
    pub fn provide() -> Self {
        let session = Self {
            token: RwSignal::new(None),
            state: RwSignal::new(State::Starting),
            first_name: RwSignal::new(String::new()),
        };
        provide_context(session);
        session
    }

    /// The session of the context.
    pub fn get() -> Self {
        expect_context()
    }

    /// Where the device stands.
    pub fn state(self) -> State {
        self.state.get()
    }

    /// The first name, to greet.
    pub fn first_name(self) -> String {
        self.first_name.get()
    }

    /// Keeps a session just opened.
    pub fn open(self, opened: Opened) {
        self.token.set(Some(opened.access_token));
        self.first_name.set(opened.first_name);
        self.state.set(State::SignedIn);
    }

    /// Reopens the session of the refresh cookie, or shows the sign-in form.
    pub async fn restore(self) {
        match renewed().await {
            Some(opened) => self.open(opened),
            None => self.state.set(State::SignedOut),
        }
    }

    /// Signs the device out.
    pub async fn sign_out(self) {
        let _ = send(Method::POST, "/portal/auth/logout", None, None).await;
        self.token.set(None);
        self.state.set(State::SignedOut);
    }

    /// `method path` (with a JSON body) as the probationer, read as JSON; on 401 the session is
    /// renewed once, and ended if it cannot be.
    pub async fn call<T: DeserializeOwned>(
        self,
        method: Method,
        path: &str,
        request: Option<&impl Serialize>,
    ) -> Result<T, ApiError> {
        let body = request.map(body).transpose()?;
        let token = self.token.get_untracked();
        let first = send(method.clone(), path, token.as_deref(), body.as_deref()).await;
        match first {
            Err(error) if error.status == 401 => match renewed().await {
                Some(opened) => {
                    let token = opened.access_token.clone();
                    self.open(opened);
                    json(send(method, path, Some(&token), body.as_deref()).await?).await
                }
                None => {
                    let _ = self.token.try_set(None);
                    let _ = self.state.try_set(State::SignedOut);
                    Err(error)
                }
            },
            other => json(other?).await,
        }
    }
}

async fn renewed() -> Option<Opened> {
    let response = send(Method::POST, "/portal/auth/refresh", None, None)
        .await
        .ok()?;
    json(response).await.ok()
}
