//! The buttons of a probationer's profile (features §2.2): each permission rule of
//! [`super::convicts`] combined with the record's state (archived, transfer pending).

use super::convicts::{
    archive_convict, become_referent, delete_convict, edit_convict, remove_referent,
    unarchive_convict,
};
use super::divestments::{book_while_pending, edit_while_pending};
use super::portal::invite_to_portal;
use super::{Actor, Decision};
use crate::portal::invitation_refusal;

/// What the profile buttons depend on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConvictState<'a, Id> {
    /// The services following the person.
    pub followed_by: &'a [Id],
    /// The referent CPIP.
    pub referent: Option<Id>,
    /// Whether the record is archived.
    pub archived: bool,
    /// The person refused SMS (STOP) and still has a number.
    pub sms_refused_with_phone: bool,
    /// The service a pending transfer request goes to.
    pub pending_target: Option<Id>,
    /// Whether the actor's court books across jurisdictions.
    pub inter_ressort: bool,
    /// Whether SMS can reach the person.
    pub can_receive_sms: bool,
    /// Portal invitations already sent.
    pub portal_invitations: i32,
}

/// The buttons shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ProfileActions {
    /// « Modifier ».
    pub edit: bool,
    /// « Archiver ».
    pub archive: bool,
    /// « Désarchiver ».
    pub unarchive: bool,
    /// « Supprimer ».
    pub delete: bool,
    /// « S'attribuer ce probationnaire ».
    pub become_referent: bool,
    /// Remove the referent.
    pub remove_referent: bool,
    /// « Convoquer ».
    pub book: bool,
    /// « Réactiver la réception des SMS ».
    pub reactivate_sms: bool,
    /// « Inviter à son espace » / « Relancer l'invitation ».
    pub invite_to_portal: bool,
}

/// The profile buttons `actor` gets for a record in `state`.
pub fn profile_actions<Id: Copy + Eq>(
    actor: &Actor<Id>,
    state: &ConvictState<'_, Id>,
) -> ProfileActions {
    let followed_by = state.followed_by;
    let live = !state.archived;
    let pending = state.pending_target.is_some();
    let may_edit = edit_convict(actor, followed_by).is_allowed();
    let edit_despite_transfer = !pending || edit_while_pending(actor).is_allowed();
    let book_despite_transfer = state
        .pending_target
        .is_none_or(|target| book_while_pending(actor, target, state.inter_ressort));
    let allowed = |decision: Decision| decision.is_allowed();
    ProfileActions {
        edit: live && may_edit && edit_despite_transfer,
        archive: live && !pending && allowed(archive_convict(actor, followed_by)),
        unarchive: state.archived && allowed(unarchive_convict(actor, followed_by)),
        delete: live && !pending && allowed(delete_convict(actor, followed_by)),
        become_referent: live && allowed(become_referent(actor, followed_by, state.referent)),
        remove_referent: state.referent.is_some()
            && allowed(remove_referent(actor, followed_by, state.referent)),
        book: live && actor.charter_accepted && book_despite_transfer,
        reactivate_sms: live && may_edit && state.sms_refused_with_phone,
        invite_to_portal: allowed(invite_to_portal(actor, followed_by, state.referent))
            && invitation_refusal(
                state.portal_invitations,
                state.can_receive_sms,
                state.archived,
            )
            .is_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roles::{OrganizationType, Role};

    const OWN: u8 = 10;
    const OTHER: u8 = 20;
    const ME: u8 = 1;

    fn actor(role: Role, organization_type: OrganizationType) -> Actor<u8> {
        Actor::sample(role, organization_type)
    }

    fn state(followed_by: &[u8]) -> ConvictState<'_, u8> {
        ConvictState {
            followed_by,
            referent: None,
            archived: false,
            sms_refused_with_phone: false,
            pending_target: None,
            inter_ressort: false,
            can_receive_sms: true,
            portal_invitations: 0,
        }
    }

    #[test]
    fn a_cpip_edits_books_and_takes_an_unassigned_record() {
        let cpip = actor(Role::Cpip, OrganizationType::Spip);
        let actions = profile_actions(&cpip, &state(&[OWN]));
        assert!(actions.edit && actions.archive && actions.book && actions.become_referent);
        assert!(!actions.delete && !actions.unarchive && !actions.remove_referent);
        let mine = ConvictState {
            referent: Some(ME),
            ..state(&[OWN])
        };
        let actions = profile_actions(&cpip, &mine);
        assert!(!actions.become_referent && actions.remove_referent);
        assert!(
            actions.invite_to_portal,
            "a CPIP invites their own probationers"
        );
        let invited_twice = ConvictState {
            portal_invitations: 2,
            ..mine
        };
        assert!(!profile_actions(&cpip, &invited_twice).invite_to_portal);
    }

    #[test]
    fn an_archived_record_only_offers_unarchiving() {
        let dpip = actor(Role::Dpip, OrganizationType::Spip);
        let archived = ConvictState {
            archived: true,
            sms_refused_with_phone: true,
            ..state(&[OWN])
        };
        let actions = profile_actions(&dpip, &archived);
        assert_eq!(
            actions,
            ProfileActions {
                unarchive: true,
                ..ProfileActions::default()
            }
        );
    }

    #[test]
    fn a_pending_transfer_blocks_archiving_deleting_and_most_edits() {
        let pending = ConvictState {
            pending_target: Some(OTHER),
            ..state(&[OWN])
        };
        let dpip = profile_actions(&actor(Role::Dpip, OrganizationType::Spip), &pending);
        assert!(!dpip.edit && !dpip.archive && !dpip.delete && !dpip.book);
        let local_admin =
            profile_actions(&actor(Role::LocalAdmin, OrganizationType::Spip), &pending);
        assert!(local_admin.edit && !local_admin.archive);
    }

    #[test]
    fn bex_of_the_target_books_during_a_transfer() {
        let pending = ConvictState {
            pending_target: Some(OWN),
            ..state(&[OTHER])
        };
        assert!(profile_actions(&actor(Role::Bex, OrganizationType::Tj), &pending).book);
        let elsewhere = ConvictState {
            pending_target: Some(OTHER),
            ..state(&[OTHER])
        };
        assert!(!profile_actions(&actor(Role::Bex, OrganizationType::Tj), &elsewhere).book);
    }

    #[test]
    fn nothing_outside_the_followers_except_booking_for_bex() {
        let cpip = profile_actions(&actor(Role::Cpip, OrganizationType::Spip), &state(&[OTHER]));
        assert!(!cpip.edit && !cpip.archive && !cpip.become_referent);
    }

    #[test]
    fn reactivation_needs_a_refusal_and_the_edit_right() {
        let refused = ConvictState {
            sms_refused_with_phone: true,
            ..state(&[OWN])
        };
        let cpip = actor(Role::Cpip, OrganizationType::Spip);
        assert!(profile_actions(&cpip, &refused).reactivate_sms);
        assert!(!profile_actions(&cpip, &state(&[OWN])).reactivate_sms);
    }
}
