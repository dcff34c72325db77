//! Pages of lists (SPEC §8): `?page=1&per_page=50`, at most 100 per page.

use actix_web::http::StatusCode;

use crate::ApiError;

/// Largest page.
const MAX_PER_PAGE: i64 = 100;
/// Page size when none is asked for.
const DEFAULT_PER_PAGE: i64 = 50;

/// A page asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// Page number, from 1.
    pub number: i64,
    /// Page size.
    pub size: i64,
}

impl Page {
    /// The page of `page` and `per_page` (1 and 50 when absent), or 400 `invalid_query`.
    pub fn read(page: Option<i64>, per_page: Option<i64>) -> Result<Self, ApiError> {
        let page = Self {
            number: page.unwrap_or(1),
            size: per_page.unwrap_or(DEFAULT_PER_PAGE),
        };
        if page.number < 1 || !(1..=MAX_PER_PAGE).contains(&page.size) {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                "invalid_query",
                "page doit valoir 1 ou plus, et per_page entre 1 et 100.",
            ));
        }
        Ok(page)
    }

    /// Rows to skip.
    pub fn offset(self) -> i64 {
        (self.number - 1) * self.size
    }
}
