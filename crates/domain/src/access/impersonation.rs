//! « Se connecter en tant que cet agent » (features §2.12, §3.6; SPEC §6): central
//! administrators only, never as another administrator, an API token's account, a
//! deactivated agent or themselves; and, while acting as an agent, the actions that change
//! accounts, rights or many records at once are refused.

use super::{Actor, Decision, DenialReason, require_charter};
use crate::roles::Role;

/// The agent an administrator wants to act as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImpersonationTarget<Id> {
    /// The agent's id.
    pub user_id: Id,
    /// Their role.
    pub role: Role,
    /// An integrator API token's technical account.
    pub api_client: bool,
    /// Their account is deactivated.
    pub deactivated: bool,
}

/// Starting to act as `target`.
pub fn impersonate<Id: Copy + Eq>(actor: &Actor<Id>, target: &ImpersonationTarget<Id>) -> Decision {
    require_charter(actor)
        .and_then(|| Decision::allow_if(actor.role == Role::Admin, DenialReason::Forbidden))
        .and_then(|| Decision::allow_if(!target.api_client, DenialReason::OutOfScope))
        .and_then(|| {
            Decision::allow_if(
                !actor.is(target.user_id),
                DenialReason::CannotImpersonateSelf,
            )
        })
        .and_then(|| {
            Decision::allow_if(
                target.role != Role::Admin,
                DenialReason::CannotImpersonateAdmin,
            )
        })
        .and_then(|| Decision::allow_if(!target.deactivated, DenialReason::AgentDeactivated))
}

/// The actions refused while acting as another agent: what changes an account's
/// credentials or commitments, other agents' rights, integrator access, or many records at
/// once beyond undoing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SensitiveAction {
    /// Choosing a new password.
    ChangePassword,
    /// Changing an email address.
    ChangeEmail,
    /// Accepting the security charter (a personal commitment).
    AcceptCharter,
    /// Creating an integrator API token.
    CreateApiToken,
    /// Revoking an integrator API token.
    RevokeApiToken,
    /// Acting as yet another agent.
    StartImpersonation,
    /// Inviting an agent.
    InviteAgent,
    /// Changing an agent's profile or role.
    EditAgent,
    /// Moving an agent to another service (« muter »).
    MoveAgent,
    /// Deleting an agent.
    DeleteAgent,
    /// Deactivating or reactivating an agent.
    DeactivateAgent,
    /// Unlocking a locked account.
    UnlockAgent,
    /// Changing one's own service.
    SwitchService,
    /// Merging two probationers.
    MergeConvicts,
    /// Importing probationers or reference data.
    Import,
}

impl SensitiveAction {
    /// Every sensitive action.
    pub const ALL: [Self; 15] = [
        Self::ChangePassword,
        Self::ChangeEmail,
        Self::AcceptCharter,
        Self::CreateApiToken,
        Self::RevokeApiToken,
        Self::StartImpersonation,
        Self::InviteAgent,
        Self::EditAgent,
        Self::MoveAgent,
        Self::DeleteAgent,
        Self::DeactivateAgent,
        Self::UnlockAgent,
        Self::SwitchService,
        Self::MergeConvicts,
        Self::Import,
    ];
}

/// Whether `action` may be done by a caller who is (`impersonating`) or is not acting as
/// another agent: every [`SensitiveAction`] is refused with `impersonation_forbidden` then.
pub fn sensitive_action(impersonating: bool, action: SensitiveAction) -> Decision {
    use SensitiveAction::*;
    let refused = match action {
        ChangePassword | ChangeEmail | AcceptCharter | CreateApiToken | RevokeApiToken
        | StartImpersonation | InviteAgent | EditAgent | MoveAgent | DeleteAgent
        | DeactivateAgent | UnlockAgent | SwitchService | MergeConvicts | Import => impersonating,
    };
    Decision::allow_if(!refused, DenialReason::ImpersonationForbidden)
}

#[cfg(test)]
mod tests;
