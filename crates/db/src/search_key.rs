//! The search key of the migrations (`msj_search_key`), for queries.

diesel::define_sql_function!(
    /// `msj_search_key(text)`: lower-case, accent-free, hyphens and apostrophes as spaces
    /// (the same as `msj_domain::identity::search_key`).
    fn msj_search_key(value: diesel::sql_types::Text) -> diesel::sql_types::Text;
);
