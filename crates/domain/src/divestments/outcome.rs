//! The probationer's services once the transfer is decided (domain §4.3 "Answering").

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
