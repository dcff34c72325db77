//! Reading single variables, with errors that name them.

use std::fmt;
use std::str::FromStr;

/// A missing or malformed variable. Displayed as one line naming the variable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The variable at fault.
    pub variable: &'static str,
    /// What is wrong with it.
    pub problem: String,
}

impl ConfigError {
    /// A variable whose value is wrong.
    pub fn new(variable: &'static str, problem: impl Into<String>) -> Self {
        Self {
            variable,
            problem: problem.into(),
        }
    }

    /// A variable that must be set and is not.
    pub fn missing(variable: &'static str) -> Self {
        Self::new(variable, "is not set")
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.variable, self.problem)
    }
}

impl std::error::Error for ConfigError {}

/// Reads a variable from the process environment.
pub fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// Loads `.env` from the working directory, if there is one (development convenience).
pub fn load_dotenv() {
    let _ = dotenvy::dotenv();
}

/// The value of `name`, if set and not blank.
pub(super) fn optional(get: &dyn Fn(&str) -> Option<String>, name: &str) -> Option<String> {
    get(name)
        .map(|value| value.trim().to_owned())
        .filter(|value| !value.is_empty())
}

/// The value of `name`, which must be set.
pub(super) fn required(
    get: &dyn Fn(&str) -> Option<String>,
    name: &'static str,
) -> Result<String, ConfigError> {
    optional(get, name).ok_or_else(|| ConfigError::missing(name))
}

/// The parsed value of `name`, or `default` when unset (`None`: required).
pub(super) fn parse_or<T: FromStr>(
    get: &dyn Fn(&str) -> Option<String>,
    name: &'static str,
    default: Option<T>,
    expected: &str,
) -> Result<T, ConfigError> {
    match optional(get, name) {
        Some(value) => value.parse().map_err(|_| {
            ConfigError::new(
                name,
                format!("is malformed: expected {expected}, got `{value}`"),
            )
        }),
        None => default.ok_or_else(|| ConfigError::missing(name)),
    }
}

/// Checks that `value` is an http(s) URL and drops a trailing slash.
pub(super) fn http_url(name: &'static str, value: &str) -> Result<String, ConfigError> {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    match rest {
        Some(host) if !host.is_empty() && !host.contains(char::is_whitespace) => {
            Ok(value.trim_end_matches('/').to_owned())
        }
        _ => Err(ConfigError::new(
            name,
            format!("is malformed: expected an http(s) URL, got `{value}`"),
        )),
    }
}
