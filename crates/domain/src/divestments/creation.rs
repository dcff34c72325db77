//! What creating a transfer does (domain §4.3 "Creation algorithm").

use chrono::{DateTime, Months, Utc};

use super::{AnswerState, DivestmentError};

/// What the creation needs to know of the probationer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConvictFacts {
    /// The record is archived.
    pub archived: bool,
    /// Followed under JAPAT: never transferred.
    pub japat: bool,
    /// A transfer of this probationer is already pending.
    pub pending_divestment: bool,
    /// The latest `starts_at` over all the probationer's appointments, whatever their state,
    /// future ones included; `None` without any appointment.
    pub last_appointment: Option<DateTime<Utc>>,
}

/// A service that follows the probationer and would have to release them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceService<Id> {
    /// The service.
    pub id: Id,
    /// Whether it is a SPIP (else a TJ).
    pub is_spip: bool,
    /// Whether one of its agents has a role that answers transfers.
    pub has_answerers: bool,
    /// Whether it has at least one local administrator.
    pub has_local_admin: bool,
    /// Its linked services (a SPIP's TJs).
    pub linked: Vec<Id>,
}

/// The outcome of a creation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Creation<Id> {
    /// The probationer is already followed only within the destinations: nothing to create.
    Nothing,
    /// The follow-up was no longer active: the transfer is auto-accepted at once, and so is
    /// the answer of each of these source services.
    AcceptedAtOnce {
        /// The services to release the probationer, one auto-accepted answer each.
        sources: Vec<Id>,
    },
    /// The transfer waits for the source services: one answer per service, in this state.
    Pending {
        /// Each source service with the state its answer is created in.
        answers: Vec<(Id, AnswerState)>,
    },
}

/// Decides a new transfer of a probationer now followed by `current` towards `destinations`,
/// given what is known of the services in `sources`: refused for JAPAT or when one is pending;
/// nothing when no service is left to release them; accepted at once when the probationer is
/// archived, has no appointment, or their last one started 6 months ago or earlier; otherwise
/// pending, with one answer per source: ignored when nobody there can answer (or the service
/// is not in `sources`), auto-accepted for a SPIP whose linked TJ, with a local admin, is also
/// a source (the TJ decides), pending otherwise.
pub fn decide<Id: Copy + Eq>(
    convict: &ConvictFacts,
    current: &[Id],
    destinations: &[Id],
    sources: &[SourceService<Id>],
    now: DateTime<Utc>,
) -> Result<Creation<Id>, DivestmentError> {
    if convict.japat {
        return Err(DivestmentError::Japat);
    }
    if convict.pending_divestment {
        return Err(DivestmentError::AlreadyPending);
    }
    let mut to_remove: Vec<Id> = Vec::new();
    for &id in current {
        if !destinations.contains(&id) && !to_remove.contains(&id) {
            to_remove.push(id);
        }
    }
    if to_remove.is_empty() {
        return Ok(Creation::Nothing);
    }
    if convict.archived || follow_up_inactive(convict.last_appointment, now) {
        return Ok(Creation::AcceptedAtOnce { sources: to_remove });
    }
    let answers = to_remove
        .iter()
        .map(|&id| (id, first_answer(id, &to_remove, sources)))
        .collect();
    Ok(Creation::Pending { answers })
}

/// No appointment, or the last one started at least 6 calendar months before `now`.
fn follow_up_inactive(last_appointment: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    let Some(last) = last_appointment else {
        return true;
    };
    now.checked_sub_months(Months::new(6))
        .is_some_and(|limit| last <= limit)
}

/// The answer of source `id` at creation, as [`decide`] describes it.
fn first_answer<Id: Copy + Eq>(
    id: Id,
    to_remove: &[Id],
    sources: &[SourceService<Id>],
) -> AnswerState {
    let find = |wanted: Id| sources.iter().find(|source| source.id == wanted);
    let Some(source) = find(id).filter(|source| source.has_answerers) else {
        return AnswerState::Ignored;
    };
    let tj_decides = source.is_spip
        && source.linked.iter().any(|&linked| {
            to_remove.contains(&linked) && find(linked).is_some_and(|tj| tj.has_local_admin)
        });
    if tj_decides {
        AnswerState::AutoAccepted
    } else {
        AnswerState::Pending
    }
}
