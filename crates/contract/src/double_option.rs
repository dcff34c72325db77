//! Serde helper for patch fields: absent → `None`, `null` → `Some(None)`, a value →
//! `Some(Some(value))`. Use with `#[serde(default, skip_serializing_if = "Option::is_none",
//! with = "crate::double_option")]`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Writes `Some(None)` as `null` and `Some(Some(v))` as `v`.
pub fn serialize<T: Serialize, S: Serializer>(
    value: &Option<Option<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    value
        .as_ref()
        .and_then(Option::as_ref)
        .serialize(serializer)
}

/// Reads a present field (value or `null`).
pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(deserializer).map(Some)
}
