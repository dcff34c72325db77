//! French names looked up in `(key, name)` tables (audit actions, jobs, report counts).

/// The French name of `key` in `table`, or the key itself when the table does not know it.
pub fn french_name<'a>(table: &'a [(&'a str, &'a str)], key: &'a str) -> &'a str {
    table
        .iter()
        .find(|(known, _)| *known == key)
        .map_or(key, |(_, name)| name)
}
