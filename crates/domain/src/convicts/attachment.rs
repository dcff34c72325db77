//! The services a new probationer is attached to (domain §4.10, SPEC §9).

use crate::roles::OrganizationType;

/// The services of the town when it has deployed ones, else the creator's jurisdiction; a
/// JAPAT probationer leaves out every TJ but the JAPAT court, which is added. No duplicates;
/// the order of the inputs is kept.
pub fn attached_organizations<Id: Copy + Eq>(
    town_services: &[(Id, OrganizationType)],
    creator_jurisdiction: &[(Id, OrganizationType)],
    japat: bool,
    japat_court: Option<Id>,
) -> Vec<Id> {
    let source = if town_services.is_empty() {
        creator_jurisdiction
    } else {
        town_services
    };
    let mut attached: Vec<Id> = Vec::new();
    let kept = source
        .iter()
        .filter(|(_, kind)| !(japat && *kind == OrganizationType::Tj))
        .map(|(id, _)| *id);
    for id in kept.chain(japat.then_some(japat_court).flatten()) {
        if !attached.contains(&id) {
            attached.push(id);
        }
    }
    attached
}

#[cfg(test)]
mod tests {
    use super::attached_organizations;
    use crate::roles::OrganizationType::{Spip, Tj};

    #[test]
    fn the_town_wins_over_the_creator() {
        assert_eq!(
            attached_organizations(&[(1, Tj), (2, Spip)], &[(7, Spip), (8, Tj)], false, Some(9)),
            [1, 2]
        );
        assert_eq!(
            attached_organizations(&[], &[(7, Spip), (8, Tj)], false, Some(9)),
            [7, 8]
        );
    }

    #[test]
    fn japat_replaces_the_courts_by_the_japat_court() {
        assert_eq!(
            attached_organizations(&[], &[(7, Spip), (8, Tj)], true, Some(9)),
            [7, 9]
        );
        assert_eq!(attached_organizations(&[], &[(9, Tj)], true, Some(9)), [9]);
    }
}
