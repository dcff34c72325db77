//! Who asks after a change of town (domain §4.3 "Entry points"), and the probationer's
//! services once the transfer is decided (§4.3 "Answering").

use crate::roles::OrganizationType;

/// The service asking for a probationer who moved to a town served by `services`: its TJ, or
/// its SPIP when it has no TJ in MSJ.
pub fn town_requester<Id: Copy>(services: &[(Id, OrganizationType)]) -> Option<Id> {
    let of = |kind: OrganizationType| {
        services
            .iter()
            .find(|(_, service_kind)| *service_kind == kind)
            .map(|(id, _)| *id)
    };
    of(OrganizationType::Tj).or_else(|| of(OrganizationType::Spip))
}

/// The services following the probationer once the transfer is decided: on acceptance the
/// requester's jurisdiction `target_jurisdiction` (the requester and its linked services,
/// without repeats, in its order); on refusal `current` minus that jurisdiction, which undoes
/// the BEX pre-addition.
pub fn organizations_after<Id: Copy + Eq>(
    accepted: bool,
    current: &[Id],
    target_jurisdiction: &[Id],
) -> Vec<Id> {
    let kept: &[Id] = if accepted {
        target_jurisdiction
    } else {
        current
    };
    let mut organizations = Vec::with_capacity(kept.len());
    for &id in kept {
        let wanted = accepted || !target_jurisdiction.contains(&id);
        if wanted && !organizations.contains(&id) {
            organizations.push(id);
        }
    }
    organizations
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_new_towns_court_asks_else_its_spip() {
        assert_eq!(
            town_requester(&[(1, OrganizationType::Spip), (2, OrganizationType::Tj)]),
            Some(2)
        );
        assert_eq!(town_requester(&[(1, OrganizationType::Spip)]), Some(1));
        assert_eq!(town_requester::<u8>(&[]), None);
    }
}
