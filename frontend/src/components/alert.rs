//! DSFR alerts: notices carried from one page to the next, and the error summary of a form.

use crate::session::Session;
use leptos::html::Div;
use leptos::prelude::*;

/// The kind of a notice, i.e. its DSFR alert colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    /// Information.
    Info,
    /// Something went well.
    Success,
    /// Something needs attention.
    Warning,
    /// Something failed.
    Error,
}

/// A message shown once, on the next page that shows notices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Colour and meaning.
    pub kind: NoticeKind,
    /// Text, in French.
    pub text: String,
}

impl Notice {
    /// The session expired (idle, or refused by the server).
    pub fn expired() -> Self {
        Self::new(
            NoticeKind::Warning,
            "Votre session est expirée, veuillez vous reconnecter pour continuer.",
        )
    }

    /// Something went well.
    pub fn success(text: impl Into<String>) -> Self {
        Self::new(NoticeKind::Success, text)
    }

    /// Information.
    pub fn info(text: impl Into<String>) -> Self {
        Self::new(NoticeKind::Info, text)
    }

    /// Something failed.
    pub fn error(text: impl Into<String>) -> Self {
        Self::new(NoticeKind::Error, text)
    }

    fn new(kind: NoticeKind, text: impl Into<String>) -> Self {
        Self {
            kind,
            text: text.into(),
        }
    }

    fn class(&self) -> &'static str {
        match self.kind {
            NoticeKind::Info => "fr-alert fr-alert--info fr-alert--sm fr-mb-3w",
            NoticeKind::Success => "fr-alert fr-alert--success fr-alert--sm fr-mb-3w",
            NoticeKind::Warning => "fr-alert fr-alert--warning fr-alert--sm fr-mb-3w",
            NoticeKind::Error => "fr-alert fr-alert--error fr-alert--sm fr-mb-3w",
        }
    }
}

/// A notice present when the page opens (read after the heading, which gets the focus).
#[component]
fn NoticeAlert(notice: Notice) -> impl IntoView {
    let class = notice.class();
    view! {
        <div class=class>
            <p>{notice.text}</p>
        </div>
    }
}

/// Shows, once, the notice the session holds for this page.
#[component]
pub fn SessionNotice() -> impl IntoView {
    Session::get()
        .take_notice()
        .map(|notice| view! { <NoticeAlert notice /> })
}

/// The error summary of a form: announced (`role="alert"`) and focused whenever it changes.
#[component]
pub fn ErrorAlert(#[prop(into)] message: Signal<Option<String>>) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    Effect::new(move || {
        if message.get().is_some()
            && let Some(alert) = node.get()
        {
            let _ = alert.focus();
        }
    });
    move || {
        message.get().map(|text| {
            view! {
                <div node_ref=node class="fr-alert fr-alert--error fr-mb-3w" role="alert" tabindex="-1">
                    <h2 class="fr-alert__title">"Erreur"</h2>
                    <p>{text}</p>
                </div>
            }
        })
    }
}

/// The outcome of an action done on the page itself (« Le créneau a bien été fermé. »),
/// announced politely.
#[component]
pub fn SuccessAlert(#[prop(into)] message: Signal<Option<String>>) -> impl IntoView {
    move || {
        message.get().map(|text| {
            view! { <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status"><p>{text}</p></div> }
        })
    }
}
