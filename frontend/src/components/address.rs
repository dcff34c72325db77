//! Filters and page numbers kept in the address, so back, forward and shared links keep them.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

/// The value of `name` in the current query string (empty when absent), read once.
pub fn query_value(name: &str) -> String {
    use_query_map().with_untracked(|query| query.get(name).unwrap_or_default())
}

/// The page number in `?page=` (1 when absent or invalid).
pub fn query_page() -> i64 {
    query_value("page").parse::<i64>().unwrap_or(1).max(1)
}

/// Rewrites the address of `path` whenever the signals read by `pairs` change (empty values are
/// left out); the history entry is replaced, not added.
pub fn keep_in_address(
    path: &'static str,
    pairs: impl Fn() -> Vec<(&'static str, String)> + 'static,
) {
    let navigate = use_navigate();
    Effect::new(move || {
        let target = format!("{path}{}", crate::api::query(&pairs()));
        navigate(
            &target,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    });
}

/// Goes back to page 1 whenever the filters read by `filters` change (not when the page opens).
pub fn first_page_on_change<T: 'static>(filters: impl Fn() -> T + 'static, page: RwSignal<i64>) {
    Effect::watch(filters, move |_, _, _| page.set(1), false);
}
