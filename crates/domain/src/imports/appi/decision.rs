//! The services an imported person is attached to (domain §8.4).

use crate::roles::OrganizationType;

/// The services of a person created by the import into `target`: the target alone when it
/// is linked to 2 services or more, else the target and the services linked to it.
pub fn attach_on_create<Id: Copy + Eq>(target: Id, linked: &[Id]) -> Vec<Id> {
    if linked.len() >= 2 {
        return vec![target];
    }
    let mut services = vec![target];
    services.extend(linked.iter().copied().filter(|id| *id != target));
    services
}

/// Whether a person already known by their APPI number, followed by `followed`, gets the
/// target service: only when they have exactly one service, linked to the target
/// (`linked`: the services linked to the target) and of the other type.
pub fn attach_to_existing<Id: Copy + Eq>(
    followed: &[(Id, OrganizationType)],
    target: (Id, OrganizationType),
    linked: &[Id],
) -> bool {
    match followed {
        [(only, kind)] => *only != target.0 && linked.contains(only) && *kind != target.1,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roles::OrganizationType::{Spip, Tj};

    #[test]
    fn a_new_person_follows_the_target_and_its_single_link() {
        assert_eq!(attach_on_create(1, &[]), [1]);
        assert_eq!(attach_on_create(1, &[2]), [1, 2]);
        assert_eq!(attach_on_create(1, &[2, 3]), [1]);
    }

    #[test]
    fn a_known_person_gets_the_linked_target_of_the_other_type_only() {
        assert!(attach_to_existing(&[(2, Tj)], (1, Spip), &[2]));
        assert!(
            !attach_to_existing(&[(2, Spip)], (1, Spip), &[2]),
            "same type"
        );
        assert!(
            !attach_to_existing(&[(2, Tj)], (1, Spip), &[3]),
            "not linked"
        );
        assert!(
            !attach_to_existing(&[(2, Tj), (3, Spip)], (1, Spip), &[2]),
            "two services"
        );
        assert!(
            !attach_to_existing(&[(1, Spip)], (1, Spip), &[2]),
            "already followed"
        );
        assert!(!attach_to_existing(&[], (1, Spip), &[2]));
    }
}
