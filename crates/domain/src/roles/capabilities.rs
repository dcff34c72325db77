//! What a role may do, given the type of the agent's organisation (features §1.2).

use super::{OrganizationType, Role, RoleError, RoleGroup};

impl Role {
    /// Works at the BEX of a court.
    pub fn work_at_bex(self) -> bool {
        self.group() == RoleGroup::Bex
    }

    /// Works at the SAP of a court.
    pub fn work_at_sap(self) -> bool {
        self.group() == RoleGroup::Sap
    }

    /// Works as SPIP staff: a SPIP role, or the local administrator of a SPIP.
    pub fn work_at_spip(self, organization: OrganizationType) -> bool {
        match self.group() {
            RoleGroup::Spip => true,
            RoleGroup::LocalAdmin => organization == OrganizationType::Spip,
            RoleGroup::Admin | RoleGroup::Bex | RoleGroup::Sap => false,
        }
    }

    /// Works as court staff: BEX, SAP, or the local administrator of a TJ.
    pub fn work_at_tj(self, organization: OrganizationType) -> bool {
        match self.group() {
            RoleGroup::Bex | RoleGroup::Sap => true,
            RoleGroup::LocalAdmin => organization == OrganizationType::Tj,
            RoleGroup::Admin | RoleGroup::Spip => false,
        }
    }

    /// Whether an agent with this role may belong to an organisation of this type:
    /// SPIP roles only in a SPIP, BEX and SAP roles only in a TJ, administrators anywhere.
    pub fn fits_organization_type(self, organization: OrganizationType) -> bool {
        match self.group() {
            RoleGroup::Admin | RoleGroup::LocalAdmin => true,
            RoleGroup::Bex | RoleGroup::Sap => organization == OrganizationType::Tj,
            RoleGroup::Spip => organization == OrganizationType::Spip,
        }
    }

    /// [`Role::fits_organization_type`] as a validation.
    pub fn check_organization_type(self, organization: OrganizationType) -> Result<(), RoleError> {
        if self.fits_organization_type(organization) {
            Ok(())
        } else {
            Err(RoleError::RoleNotAllowed {
                role: self.label(),
                organization: organization.label(),
            })
        }
    }

    /// Can be the referent agent ("CPIP") of a probationer: CPIP, DPIP, local admin of a SPIP.
    pub fn can_follow_convict(self, organization: OrganizationType) -> bool {
        match self {
            Self::Cpip | Self::Dpip => true,
            Self::LocalAdmin => organization == OrganizationType::Spip,
            _ => false,
        }
    }

    /// Becomes the assigned agent of the assignable SPIP appointments they book.
    pub fn can_have_appointments_assigned(self) -> bool {
        matches!(
            self,
            Self::Cpip | Self::Psychologist | Self::Overseer | Self::LocalAdmin
        )
    }

    /// May answer transfer requests ("dessaisissements") addressed to their service.
    pub fn can_manage_divestments(self) -> bool {
        matches!(
            self,
            Self::LocalAdmin | Self::GreffSap | Self::Jap | Self::DirGreffSap | Self::SecretarySpip
        )
    }

    /// May book across jurisdictions: a BEX role in a court whose inter-ressort flag is on.
    pub fn can_use_inter_ressort(self, organization_has_inter_ressort: bool) -> bool {
        self.work_at_bex() && organization_has_inter_ressort
    }
}
