//! The page heading: sets the document title and, after a navigation, takes the focus so that
//! screen readers announce the new page.

use leptos::html::H1;
use leptos::prelude::*;

/// Whether headings take the focus: not on the first page shown (the skip link comes first),
/// then after every navigation.
#[derive(Clone, Copy)]
pub struct FocusPolicy {
    first_page: StoredValue<bool>,
}

impl FocusPolicy {
    /// Provides the policy to the components below.
    pub fn provide() {
        provide_context(Self {
            first_page: StoredValue::new(true),
        });
    }

    fn should_focus(&self) -> bool {
        !self
            .first_page
            .try_update_value(|first| std::mem::replace(first, false))
            .unwrap_or(false)
    }
}

/// The `<h1>` of a page; `title` also names the browser tab (« title - Mon Suivi Justice »).
#[component]
pub fn PageHeading(
    /// Title of the page for the browser tab.
    title: &'static str,
    /// Text of the heading.
    children: Children,
) -> impl IntoView {
    document().set_title(&format!("{title} - Mon Suivi Justice"));
    let focus = use_context::<FocusPolicy>().is_some_and(|policy| policy.should_focus());
    let node = NodeRef::<H1>::new();
    Effect::new(move || {
        if focus && let Some(heading) = node.get() {
            let _ = heading.focus();
        }
    });
    view! { <h1 node_ref=node tabindex="-1">{children()}</h1> }
}
