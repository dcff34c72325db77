//! A DSFR modal dialog: focus moves into it, Escape and « Fermer » close it, and the focus
//! returns to the button that opened it.

use leptos::html::Dialog;
use leptos::prelude::*;

/// A modal dialog shown while `open` is true.
#[component]
pub fn Modal(
    /// Whether the dialog is open.
    open: RwSignal<bool>,
    /// Id of the dialog (its title gets `{id}-titre`).
    #[prop(into)]
    id: String,
    /// Title.
    #[prop(into)]
    title: Signal<String>,
    /// Content and buttons.
    children: ChildrenFn,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    let opener = StoredValue::new_local(None::<web_sys::Element>);
    Effect::new(move || {
        if open.get() {
            opener.set_value(document().active_element());
            if let Some(dialog) = dialog.get() {
                let _ = dialog.focus();
            }
        }
    });
    let close = move || {
        open.set(false);
        if let Some(element) = opener.get_value()
            && let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element)
        {
            let _ = element.focus();
        }
    };
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" {
            close();
        }
    };
    let title_id = format!("{id}-titre");
    move || {
        open.get().then(|| {
            let children = children.clone();
            let id = id.clone();
            view! {
                <dialog node_ref=dialog id=id.clone() class="fr-modal fr-modal--opened" open=true aria-modal="true" role="dialog"
                    aria-labelledby=title_id.clone() tabindex="-1" on:keydown=on_key>
                    <div class="fr-container fr-container--fluid fr-container-md">
                        <div class="fr-grid-row fr-grid-row--center">
                            <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
                                <div class="fr-modal__body">
                                    <div class="fr-modal__header">
                                        <button type="button" class="fr-btn--close fr-btn" aria-controls=id.clone() on:click=move |_| close()>"Fermer"</button>
                                    </div>
                                    <div class="fr-modal__content">
                                        <h1 id=title_id.clone() class="fr-modal__title">{move || title.get()}</h1>
                                        {children()}
                                    </div>
                                </div>
                            </div>
                        </div>
                    </div>
                </dialog>
            }
        })
    }
}
