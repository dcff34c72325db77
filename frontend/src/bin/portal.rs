//! The probationer portal: mounts it on the page.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(msj_frontend::portal::PortalApp);
}
