//! The months a statistics request covers: `from` and `to` as `YYYY-MM`, both included;
//! by default the last 12 months up to the current one.

use chrono::{Datelike, Months, NaiveDate};
use thiserror::Error;

/// Months covered when the request names none.
pub const DEFAULT_MONTHS: u32 = 12;
/// Longest period one request may cover (ten years).
pub const MAX_MONTHS: u32 = 120;

/// Why a period is refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PeriodError {
    /// A month is not written `AAAA-MM`.
    #[error("Mois invalide : « {0} » (attendu : AAAA-MM, par exemple 2027-03).")]
    InvalidMonth(String),
    /// `from` comes after `to`.
    #[error("Le mois de début doit précéder le mois de fin.")]
    Reversed,
    /// More than [`MAX_MONTHS`] months.
    #[error("La période ne peut pas dépasser {MAX_MONTHS} mois.")]
    TooLong,
}

impl PeriodError {
    /// Stable snake_case code for the API.
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidMonth(_) => "invalid_month",
            Self::Reversed => "period_reversed",
            Self::TooLong => "period_too_long",
        }
    }
}

/// The first day of the month written `AAAA-MM`.
pub fn parse_month(text: &str) -> Result<NaiveDate, PeriodError> {
    let invalid = || PeriodError::InvalidMonth(text.to_owned());
    let (year, month) = text.trim().split_once('-').ok_or_else(invalid)?;
    if year.len() != 4 || month.len() != 2 {
        return Err(invalid());
    }
    let year = year.parse().map_err(|_| invalid())?;
    let month = month.parse().map_err(|_| invalid())?;
    NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(invalid)
}

/// First days of the first and last months, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day of the first month.
    pub from: NaiveDate,
    /// First day of the last month.
    pub to: NaiveDate,
}

impl Period {
    /// The period asked for on `today`: `to` defaults to the current month, `from` to
    /// [`DEFAULT_MONTHS`] months ending with `to`.
    pub fn resolve(
        from: Option<&str>,
        to: Option<&str>,
        today: NaiveDate,
    ) -> Result<Self, PeriodError> {
        let to = match given(to) {
            Some(text) => parse_month(text)?,
            None => today.with_day(1).unwrap_or(today),
        };
        let from = match given(from) {
            Some(text) => parse_month(text)?,
            None => to - Months::new(DEFAULT_MONTHS - 1),
        };
        Self::new(from, to)
    }

    /// The period from `from` to `to` (first days of months).
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Self, PeriodError> {
        if from > to {
            return Err(PeriodError::Reversed);
        }
        if from + Months::new(MAX_MONTHS) <= to {
            return Err(PeriodError::TooLong);
        }
        Ok(Self { from, to })
    }

    /// The last `months` months up to the one of `today`.
    pub fn last_months(today: NaiveDate, months: u32) -> Self {
        let to = today.with_day(1).unwrap_or(today);
        Self {
            from: to - Months::new(months.saturating_sub(1)),
            to,
        }
    }
}

/// `text` unless absent or blank.
fn given(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|text| !text.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn months_are_written_year_dash_month() {
        assert_eq!(parse_month("2027-03"), Ok(date(2027, 3, 1)));
        for bad in ["2027-3", "2027-13", "27-03", "mars", "2027-03-01", ""] {
            let error = parse_month(bad).unwrap_err();
            assert_eq!(error.code(), "invalid_month", "{bad}");
        }
    }

    #[test]
    fn defaults_to_the_last_twelve_months() {
        let today = date(2027, 3, 15);
        let period = Period::resolve(None, None, today).unwrap();
        assert_eq!(
            (period.from, period.to),
            (date(2026, 4, 1), date(2027, 3, 1))
        );
        let period = Period::resolve(None, Some("2026-12"), today).unwrap();
        assert_eq!(period.from, date(2026, 1, 1));
        let period = Period::resolve(Some("2027-01"), Some(" "), today).unwrap();
        assert_eq!(
            (period.from, period.to),
            (date(2027, 1, 1), date(2027, 3, 1))
        );
        let home = Period::last_months(today, 3);
        assert_eq!((home.from, home.to), (date(2027, 1, 1), date(2027, 3, 1)));
    }

    #[test]
    fn reversed_and_too_long_periods_are_refused() {
        let today = date(2027, 3, 15);
        let reversed = Period::resolve(Some("2027-02"), Some("2027-01"), today);
        assert_eq!(reversed, Err(PeriodError::Reversed));
        assert!(Period::resolve(Some("2017-04"), Some("2027-03"), today).is_ok());
        let long = Period::resolve(Some("2017-03"), Some("2027-03"), today);
        assert_eq!(long.unwrap_err().code(), "period_too_long");
    }
}
