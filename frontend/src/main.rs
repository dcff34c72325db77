//! MSJ web application: mounts the Leptos app on the page.

mod api;
mod app;
mod components;
mod pages;
mod session;
mod shell;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
