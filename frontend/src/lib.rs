//! MSJ web applications (Leptos, WebAssembly), sharing the API client, the session, the DSFR
//! shell and the components: the agents' everyday app (`msj-agent`, served at `/`) and the
//! administration app (`msj-admin`, served under `/administration/`), so that agents never
//! download the administration screens; and the probationer portal (`msj-portal`, under
//! `/portail/`), which downloads neither.

mod api;
pub mod apps;
mod components;
mod pages;
pub mod portal;
mod session;
mod shell;
