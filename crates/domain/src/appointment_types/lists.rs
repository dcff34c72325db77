//! Which appointment types each role may book (features §3.4).

use super::AppointmentTypeKey;
use crate::roles::{OrganizationType, Role, RoleGroup};

/// Whether `role`, in a service of type `organization`, may book appointments of `kind`
/// (before the places limit the offer): admins every type; a TJ local admin the SAP and BEX
/// lists; SPIP local admins, DPIP and overseers the SPIP list; other SPIP roles the SPIP
/// list without SAP DDSE; BEX roles the BEX list; SAP roles the SAP list.
pub fn bookable_by(role: Role, organization: OrganizationType, kind: AppointmentTypeKey) -> bool {
    match role.group() {
        RoleGroup::Admin => true,
        RoleGroup::LocalAdmin => match organization {
            OrganizationType::Tj => kind.in_sap_list() || kind.in_bex_list(),
            OrganizationType::Spip => kind.in_spip_list(),
        },
        RoleGroup::Bex => kind.in_bex_list(),
        RoleGroup::Sap => kind.in_sap_list(),
        RoleGroup::Spip => match role {
            Role::Dpip | Role::Overseer => kind.in_spip_list(),
            _ => kind.in_spip_list() && kind != AppointmentTypeKey::SapDdse,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(role: Role, organization: OrganizationType) -> usize {
        AppointmentTypeKey::ALL
            .into_iter()
            .filter(|kind| bookable_by(role, organization, *kind))
            .count()
    }

    #[test]
    fn offer_per_role() {
        assert_eq!(count(Role::Admin, OrganizationType::Tj), 16);
        assert_eq!(count(Role::LocalAdmin, OrganizationType::Tj), 6);
        assert_eq!(count(Role::LocalAdmin, OrganizationType::Spip), 12);
        assert_eq!(count(Role::Dpip, OrganizationType::Spip), 12);
        assert_eq!(count(Role::Overseer, OrganizationType::Spip), 12);
        assert_eq!(count(Role::Cpip, OrganizationType::Spip), 11);
        assert_eq!(count(Role::Bex, OrganizationType::Tj), 2);
        assert_eq!(count(Role::Jap, OrganizationType::Tj), 6);
        assert!(!bookable_by(
            Role::Psychologist,
            OrganizationType::Spip,
            AppointmentTypeKey::SapDdse
        ));
    }
}
