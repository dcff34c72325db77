//! How a number is shown to agents.

use super::MobilePhone;

impl MobilePhone {
    /// The number as French agents write it: "06 12 34 56 78" for metropolitan numbers,
    /// "0692 12 34 56" for the overseas departments, "+687 75 12 34" for the territories
    /// with their own numbering, and E.164 for foreign numbers.
    pub fn national_display(&self) -> String {
        let Some(code) = self.french_code else {
            return self.e164().to_owned();
        };
        let significant = self.e164().get(1 + code.len()..).unwrap_or_default();
        match (code, significant.len()) {
            ("33", _) => pairs(&format!("0{significant}")),
            (_, 9) => {
                let (head, tail) = significant.split_at(3);
                format!("0{head} {}", pairs(tail))
            }
            _ => format!("+{code} {}", pairs(significant)),
        }
    }
}

/// Groups ASCII digits by two, separated by spaces.
fn pairs(digits: &str) -> String {
    digits
        .as_bytes()
        .chunks(2)
        .map(|pair| String::from_utf8_lossy(pair))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use crate::phone::parse_mobile;
    use crate::territories::Territory;

    fn display(input: &str, territory: Territory) -> String {
        parse_mobile(input, territory).unwrap().national_display()
    }

    #[test]
    fn metropolitan_numbers_in_pairs() {
        assert_eq!(
            display("+33612345678", Territory::Metropole),
            "06 12 34 56 78"
        );
        assert_eq!(
            display("0639981234", Territory::Metropole),
            "06 39 98 12 34"
        );
    }

    #[test]
    fn overseas_departments_in_national_form() {
        assert_eq!(display("0692123456", Territory::Reunion), "0692 12 34 56");
        assert_eq!(
            display("+590690123456", Territory::Metropole),
            "0690 12 34 56"
        );
        assert_eq!(
            display("0709012345", Territory::Guadeloupe),
            "0709 01 23 45"
        );
    }

    #[test]
    fn own_numberings_with_their_code() {
        assert_eq!(
            display("75 12 34", Territory::NouvelleCaledonie),
            "+687 75 12 34"
        );
        assert_eq!(
            display("87 12 34 56", Territory::PolynesieFrancaise),
            "+689 87 12 34 56"
        );
        assert_eq!(
            display("+508 55 12 34", Territory::Metropole),
            "+508 55 12 34"
        );
    }

    #[test]
    fn foreign_numbers_in_e164() {
        assert_eq!(
            display("+49 151 23456789", Territory::Metropole),
            "+4915123456789"
        );
    }
}
