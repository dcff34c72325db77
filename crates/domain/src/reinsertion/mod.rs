//! Reinsertion resources (« Investir ma réinsertion »): the places and services that help
//! with a job, housing, health… listed per département on the public pages.

mod check;

pub use check::{ResourceInput, check_resource};

use crate::field_problem::FieldProblem;

/// What a resource helps with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    /// Finding a job.
    Employment,
    /// Training, qualifications.
    Training,
    /// Housing, emergency shelter.
    Housing,
    /// Health care.
    Health,
    /// Alcohol, drugs, gambling.
    Addiction,
    /// Rights, benefits, papers, legal aid.
    Rights,
    /// Anything else.
    Other,
}

impl Category {
    /// Every category, in the order of the public pages.
    pub const ALL: [Self; 7] = [
        Self::Employment,
        Self::Training,
        Self::Housing,
        Self::Health,
        Self::Addiction,
        Self::Rights,
        Self::Other,
    ];

    /// Stable key.
    pub fn key(self) -> &'static str {
        match self {
            Self::Employment => "emploi",
            Self::Training => "formation",
            Self::Housing => "logement",
            Self::Health => "sante",
            Self::Addiction => "addictions",
            Self::Rights => "droits",
            Self::Other => "autre",
        }
    }

    /// French heading.
    pub fn label(self) -> &'static str {
        match self {
            Self::Employment => "Emploi",
            Self::Training => "Formation",
            Self::Housing => "Logement",
            Self::Health => "Santé",
            Self::Addiction => "Addictions",
            Self::Rights => "Accès aux droits",
            Self::Other => "Autres aides",
        }
    }

    /// The category of `key`, or 422 `invalid_category` at `/category`.
    pub fn parse(key: &str) -> Result<Self, FieldProblem> {
        Self::ALL
            .into_iter()
            .find(|category| category.key() == key)
            .ok_or_else(|| {
                FieldProblem::new(
                    "/category",
                    "invalid_category",
                    "Catégorie inconnue : emploi, formation, logement, sante, addictions, droits ou autre.",
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::Category;

    #[test]
    fn categories_round_trip() {
        for category in Category::ALL {
            assert_eq!(Category::parse(category.key()), Ok(category));
            assert!(!category.label().is_empty());
        }
        assert_eq!(
            Category::parse("loisirs").unwrap_err().code,
            "invalid_category"
        );
    }
}
