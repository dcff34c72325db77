//! The page number of a list kept in the address (`?page=`), so that back and forward move
//! between pages, and the items of one page.

use crate::api;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;

/// The current page (from 1) of the list at `path`, following the address both ways.
pub fn page_in_query(path: &'static str) -> RwSignal<i64> {
    let query = use_query_map();
    let page = RwSignal::new(query.with_untracked(number));
    Effect::new(move || {
        let wanted = query.with(number);
        if page.get_untracked() != wanted {
            page.set(wanted);
        }
    });
    let navigate = use_navigate();
    Effect::new(move || {
        let current = page.get();
        if query.with_untracked(|query| query.get("page"))
            != Some(current.to_string()).filter(|_| current > 1)
        {
            let number = if current > 1 {
                current.to_string()
            } else {
                String::new()
            };
            let options = NavigateOptions {
                scroll: false,
                ..Default::default()
            };
            navigate(
                &format!("{path}{}", api::query(&[("page", number)])),
                options,
            );
        }
    });
    page
}

fn number(query: &ParamsMap) -> i64 {
    query
        .get("page")
        .and_then(|page| page.parse::<i64>().ok())
        .unwrap_or(1)
        .max(1)
}

/// The items of page `page` (from 1), `per_page` a page.
pub fn slice<T>(items: Vec<T>, page: i64, per_page: i64) -> Vec<T> {
    let skip = usize::try_from((page - 1) * per_page).unwrap_or(0);
    items
        .into_iter()
        .skip(skip)
        .take(usize::try_from(per_page).unwrap_or(0))
        .collect()
}
