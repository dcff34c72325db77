//! The rules of a reinsertion resource's fields.

use super::Category;
use crate::departements;
use crate::field_problem::{FieldProblem, check_length};
use crate::places::check_information_url;

/// Longest title.
const TITLE_MAX: usize = 150;
/// Longest description.
const DESCRIPTION_MAX: usize = 2000;
/// Longest web address.
const URL_MAX: usize = 500;
/// Longest phone number, as typed.
const PHONE_MAX: usize = 30;
/// Longest postal address.
const ADDRESS_MAX: usize = 300;

/// A resource as typed (trimmed; empty optional fields are `None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResourceInput<'a> {
    /// Title.
    pub title: &'a str,
    /// Category key.
    pub category: &'a str,
    /// Description.
    pub description: &'a str,
    /// Web address.
    pub url: Option<&'a str>,
    /// Phone number.
    pub phone: Option<&'a str>,
    /// Postal address.
    pub address: Option<&'a str>,
    /// Département code.
    pub departement: &'a str,
}

/// Checks a resource; every field at fault is listed.
pub fn check_resource(
    input: &ResourceInput,
) -> Result<(Category, &'static str), Vec<FieldProblem>> {
    let mut problems = Vec::new();
    if input.title.is_empty() {
        problems.push(FieldProblem::new(
            "/title",
            "required",
            "Champ obligatoire.",
        ));
    }
    let category = Category::parse(input.category)
        .map_err(|p| problems.push(p))
        .ok();
    let departement = departements::check(input.departement)
        .map_err(|p| problems.push(p))
        .ok();
    let lengths = [
        ("/title", Some(input.title), TITLE_MAX),
        ("/description", Some(input.description), DESCRIPTION_MAX),
        ("/url", input.url, URL_MAX),
        ("/phone", input.phone, PHONE_MAX),
        ("/address", input.address, ADDRESS_MAX),
    ];
    problems.extend(
        lengths
            .into_iter()
            .filter_map(|(pointer, text, max)| check_length(pointer, text?, max).err()),
    );
    if let Some(url) = input.url {
        problems.extend(check_information_url(url).err().map(|p| FieldProblem {
            pointer: "/url",
            ..p
        }));
    }
    let phone_chars = |c: char| c.is_ascii_digit() || " +.-()".contains(c);
    if input
        .phone
        .is_some_and(|phone| !phone.chars().all(phone_chars))
    {
        problems.push(FieldProblem::new(
            "/phone",
            "invalid_phone",
            "Numéro de téléphone attendu (chiffres, espaces, +).",
        ));
    }
    match (category, departement) {
        (Some(category), Some(departement)) if problems.is_empty() => Ok((category, departement)),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: ResourceInput = ResourceInput {
        title: "France Travail Nanterre",
        category: "emploi",
        description: "Inscription, offres d'emploi.",
        url: Some("https://www.francetravail.fr"),
        phone: Some("39 49"),
        address: None,
        departement: "92",
    };

    fn pointers(input: &ResourceInput) -> Vec<&'static str> {
        check_resource(input)
            .unwrap_err()
            .iter()
            .map(|p| p.pointer)
            .collect()
    }

    #[test]
    fn a_complete_resource_passes() {
        assert_eq!(check_resource(&GOOD), Ok((Category::Employment, "92")));
    }

    #[test]
    fn every_fault_is_listed() {
        let bad = ResourceInput {
            title: "",
            category: "loisirs",
            url: Some("www.exemple.fr"),
            phone: Some("appelez-nous"),
            departement: "100",
            ..GOOD
        };
        assert_eq!(
            pointers(&bad),
            ["/title", "/category", "/departement", "/url", "/phone"]
        );
        let long = "a".repeat(2001);
        let wordy = ResourceInput {
            description: &long,
            ..GOOD
        };
        assert_eq!(pointers(&wordy), ["/description"]);
    }
}
