//! The French numbering plans: country codes, mobile ranges, and the overseas mobile blocks
//! of the national plan that belong to another country code.

use super::PhoneError;
use crate::territories::Territory;

/// Country calling codes of the French territories.
const FRENCH_CODES: [&str; 9] = ["33", "262", "590", "594", "596", "508", "687", "689", "681"];

/// Leading digits (after the trunk 0) of the fiction range 06 39 98 xx xx.
pub(super) const FICTION_PREFIX: &str = "63998";

/// Mobile blocks of the national plan (leading digits of the significant number) that
/// belong to the overseas departments and Saint-Pierre-et-Miquelon, with their country code.
pub(super) const OVERSEAS_MOBILE_BLOCKS: [(&str, &str); 20] = [
    ("639", "262"),
    ("690", "590"),
    ("691", "590"),
    ("692", "262"),
    ("693", "262"),
    ("694", "594"),
    ("696", "596"),
    ("697", "596"),
    ("7084", "508"),
    ("7085", "508"),
    ("7090", "590"),
    ("7091", "596"),
    ("7092", "262"),
    ("70930", "594"),
    ("70931", "594"),
    ("70932", "594"),
    ("70933", "594"),
    ("70935", "262"),
    ("70936", "262"),
    ("70937", "262"),
];

/// A territory with its own short numbering: its numbers are typed without any prefix.
pub(super) struct LocalPlan {
    /// Country code.
    pub code: &'static str,
    /// Digits of a local number.
    pub length: usize,
    /// Leading digits of mobile numbers.
    mobile: &'static [&'static str],
}

const LOCAL_PLANS: [LocalPlan; 4] = [
    LocalPlan {
        code: "508",
        length: 6,
        mobile: &["55"],
    },
    LocalPlan {
        code: "681",
        length: 6,
        mobile: &["72", "82", "83"],
    },
    LocalPlan {
        code: "687",
        length: 6,
        mobile: &[
            "5", "7", "9", "80", "81", "82", "83", "84", "85", "86", "87", "89",
        ],
    },
    LocalPlan {
        code: "689",
        length: 8,
        mobile: &["87", "88", "89"],
    },
];

/// The short numbering of `territory`, if it has one.
pub(super) fn local_plan(territory: Territory) -> Option<&'static LocalPlan> {
    let code = match territory {
        Territory::SaintPierreEtMiquelon => "508",
        Territory::WallisEtFutuna => "681",
        Territory::NouvelleCaledonie => "687",
        Territory::PolynesieFrancaise => "689",
        _ => return None,
    };
    LOCAL_PLANS.iter().find(|plan| plan.code == code)
}

/// The French country code `digits` start with, if any.
pub(super) fn french_code(digits: &str) -> Option<&'static str> {
    FRENCH_CODES
        .into_iter()
        .find(|code| digits.starts_with(code))
}

/// A mobile number of a French plan.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct FrenchMobile {
    /// Country code, possibly not the one typed (+33 692… becomes +262 692…).
    pub code: &'static str,
    /// Significant number, without trunk prefix.
    pub significant: String,
    /// In the fiction range 06 39 98 xx xx.
    pub fiction: bool,
}

/// Checks the significant number `significant` under the French country code `code`.
/// A trunk 0 typed after the country code ("+33 06…") is ignored.
pub(super) fn resolve(code: &'static str, significant: &str) -> Result<FrenchMobile, PhoneError> {
    if let Some(plan) = LOCAL_PLANS.iter().find(|plan| plan.code == code)
        && significant.len() == plan.length
    {
        return if plan.mobile.iter().any(|p| significant.starts_with(p)) {
            Ok(mobile(code, significant, false))
        } else {
            Err(PhoneError::NotMobile)
        };
    }
    let national_plan = matches!(code, "33" | "262" | "590" | "594" | "596" | "508");
    let significant = match significant.strip_prefix('0') {
        Some(rest) if significant.len() == 10 => rest,
        _ => significant,
    };
    if !national_plan || significant.len() != 9 {
        return Err(PhoneError::Invalid);
    }
    if code == "33" && significant.starts_with(FICTION_PREFIX) {
        return Ok(mobile(code, significant, true));
    }
    let block = OVERSEAS_MOBILE_BLOCKS
        .into_iter()
        .find(|(prefix, _)| significant.starts_with(prefix));
    match block {
        Some((_, block_code)) if code == "33" || code == block_code => {
            Ok(mobile(block_code, significant, false))
        }
        None if code == "33" && significant.starts_with(['6', '7']) => {
            Ok(mobile(code, significant, false))
        }
        _ => Err(PhoneError::NotMobile),
    }
}

fn mobile(code: &'static str, significant: &str, fiction: bool) -> FrenchMobile {
    FrenchMobile {
        code,
        significant: significant.to_owned(),
        fiction,
    }
}
