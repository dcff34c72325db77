//! Transfers ("dessaisissements"): the decision at creation, the answers, the 10-day rule
//! and the reminders (domain §4.3), with properties of the answers.

use AnswerState::{Accepted, AutoAccepted, Ignored, Pending, Refused};
use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use msj_domain::divestments::{
    AnswerState, ConvictFacts, Creation, DivestmentError, DivestmentState, SourceService,
    after_refusal, auto_accept_due, decide, may_auto_accept, organizations_after, overall,
    reminder_due,
};
use proptest::prelude::*;

/// The TJ and the SPIP following the probationer today.
const TJ: u32 = 1;
const SPIP: u32 = 2;
/// The requester's jurisdiction.
const DESTINATIONS: [u32; 2] = [10, 11];

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 15, 10, 0, 0).unwrap()
}

/// 2025-09-15 10:00: six calendar months before [`now`].
fn six_months_ago() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 9, 15, 10, 0, 0).unwrap()
}

fn convict(last_appointment: Option<DateTime<Utc>>) -> ConvictFacts {
    ConvictFacts {
        archived: false,
        japat: false,
        pending_divestment: false,
        last_appointment,
    }
}

fn service(id: u32, is_spip: bool, has_local_admin: bool, linked: &[u32]) -> SourceService<u32> {
    SourceService {
        id,
        is_spip,
        has_answerers: true,
        has_local_admin,
        linked: linked.to_vec(),
    }
}

/// The TJ (with a local admin or not) and its linked SPIP.
fn sources(tj_has_local_admin: bool) -> Vec<SourceService<u32>> {
    vec![
        service(TJ, false, tj_has_local_admin, &[SPIP]),
        service(SPIP, true, false, &[TJ]),
    ]
}

fn decide_at(
    facts: &ConvictFacts,
    current: &[u32],
    sources: &[SourceService<u32>],
) -> Creation<u32> {
    decide(facts, current, &DESTINATIONS, sources, now()).unwrap()
}

fn accepted_at_once(sources: &[u32]) -> Creation<u32> {
    Creation::AcceptedAtOnce {
        sources: sources.to_vec(),
    }
}

#[test]
fn an_archived_probationer_is_transferred_at_once() {
    let mut facts = convict(Some(now() + TimeDelta::days(3)));
    facts.archived = true;
    assert_eq!(
        decide_at(&facts, &[TJ, 10], &sources(true)),
        accepted_at_once(&[TJ])
    );
}

#[test]
fn without_any_appointment_the_transfer_is_accepted_at_once() {
    assert_eq!(
        decide_at(&convict(None), &[TJ, SPIP], &sources(true)),
        accepted_at_once(&[TJ, SPIP])
    );
}

#[test]
fn six_calendar_months_is_old_enough() {
    let at = |last: DateTime<Utc>| decide_at(&convict(Some(last)), &[TJ], &sources(false));
    let pending = Creation::Pending {
        answers: vec![(TJ, Pending)],
    };
    assert_eq!(at(six_months_ago()), accepted_at_once(&[TJ]));
    assert_eq!(
        at(six_months_ago() - TimeDelta::days(1)),
        accepted_at_once(&[TJ])
    );
    assert_eq!(at(six_months_ago() + TimeDelta::days(1)), pending);
    assert_eq!(at(six_months_ago() + TimeDelta::seconds(1)), pending);
}

#[test]
fn a_future_appointment_keeps_the_transfer_pending() {
    let facts = convict(Some(now() + TimeDelta::days(30)));
    assert_eq!(
        decide_at(&facts, &[TJ, SPIP], &sources(false)),
        Creation::Pending {
            answers: vec![(TJ, Pending), (SPIP, Pending)]
        }
    );
}

#[test]
fn a_spip_follows_its_tj_when_the_tj_has_a_local_admin() {
    let facts = convict(Some(now()));
    assert_eq!(
        decide_at(&facts, &[TJ, SPIP], &sources(true)),
        Creation::Pending {
            answers: vec![(TJ, Pending), (SPIP, AutoAccepted)]
        }
    );
    // The linked TJ is a destination, not a source: the SPIP answers itself.
    assert_eq!(
        decide(&facts, &[SPIP], &[TJ], &sources(true), now()).unwrap(),
        Creation::Pending {
            answers: vec![(SPIP, Pending)]
        }
    );
}

#[test]
fn a_service_where_nobody_can_answer_is_ignored() {
    let mut silent = sources(true);
    silent[0].has_answerers = false;
    // Service 3 is not described at all.
    assert_eq!(
        decide_at(&convict(Some(now())), &[TJ, SPIP, 3], &silent),
        Creation::Pending {
            answers: vec![(TJ, Ignored), (SPIP, AutoAccepted), (3, Ignored)]
        }
    );
}

#[test]
fn japat_and_pending_transfers_are_refused() {
    let mut facts = convict(None);
    facts.pending_divestment = true;
    let refused = decide(&facts, &[TJ], &DESTINATIONS, &sources(true), now());
    assert_eq!(refused, Err(DivestmentError::AlreadyPending));
    facts.japat = true;
    let refused = decide(&facts, &[TJ], &DESTINATIONS, &sources(true), now());
    assert_eq!(refused, Err(DivestmentError::Japat));
    assert_eq!(refused.unwrap_err().code(), "divestment_not_allowed");
}

#[test]
fn nothing_is_created_without_a_service_to_release() {
    assert_eq!(decide_at(&convict(None), &[10, 11], &[]), Creation::Nothing);
    assert_eq!(
        decide_at(&convict(Some(now())), &[], &[]),
        Creation::Nothing
    );
}

#[test]
fn answers_auto_accept_after_ten_days_to_the_instant() {
    let created = now();
    let due = created + TimeDelta::days(10);
    assert!(!auto_accept_due(created, due - TimeDelta::hours(1)));
    assert!(auto_accept_due(created, due));
    assert!(auto_accept_due(created, due + TimeDelta::hours(1)));
    assert!(may_auto_accept(true, true));
    assert!(may_auto_accept(false, false));
    assert!(!may_auto_accept(false, true));
}

#[test]
fn reminders_go_out_at_once_then_every_five_days() {
    let last = now();
    assert!(reminder_due(None, now()));
    assert!(!reminder_due(Some(last), now() + TimeDelta::days(4)));
    assert!(!reminder_due(
        Some(last),
        now() + TimeDelta::days(5) - TimeDelta::hours(1)
    ));
    assert!(reminder_due(Some(last), now() + TimeDelta::days(5)));
}

#[test]
fn answers_decide_the_transfer() {
    assert_eq!(
        overall(&[Accepted, Ignored, AutoAccepted]),
        DivestmentState::Accepted
    );
    assert_eq!(overall(&[Accepted, Pending]), DivestmentState::Pending);
    assert_eq!(overall(&[Pending, Refused]), DivestmentState::Refused);
    assert_eq!(
        after_refusal(&[Pending, Refused, Accepted, Ignored]),
        [Ignored, Refused, Accepted, Ignored]
    );
}

#[test]
fn services_after_the_decision() {
    let current = [TJ, SPIP, 10];
    assert_eq!(organizations_after(true, &current, &[10, 11, 10]), [10, 11]);
    assert_eq!(organizations_after(false, &current, &[10, 11]), [TJ, SPIP]);
    assert!(organizations_after(false, &[10], &[10, 11]).is_empty());
}

fn answer() -> impl Strategy<Value = AnswerState> {
    prop::sample::select(AnswerState::ALL.to_vec())
}

fn ids() -> impl Strategy<Value = Vec<u32>> {
    prop::collection::vec(0u32..8, 0..8)
}

fn source_services() -> impl Strategy<Value = Vec<SourceService<u32>>> {
    prop::collection::vec(
        (0u32..8, any::<bool>(), any::<bool>(), any::<bool>(), ids()),
        0..10,
    )
    .prop_map(|rows| {
        rows.into_iter()
            .map(
                |(id, is_spip, has_answerers, has_local_admin, linked)| SourceService {
                    id,
                    is_spip,
                    has_answerers,
                    has_local_admin,
                    linked,
                },
            )
            .collect()
    })
}

fn facts() -> impl Strategy<Value = ConvictFacts> {
    (any::<bool>(), prop::option::of(-400i64..400)).prop_map(|(archived, days)| ConvictFacts {
        archived,
        japat: false,
        pending_divestment: false,
        last_appointment: days.map(|days| now() + TimeDelta::days(days)),
    })
}

proptest! {
    /// The transfer is refused exactly when one answer is.
    #[test]
    fn refused_iff_one_answer_is_refused(answers in prop::collection::vec(answer(), 0..10)) {
        prop_assert_eq!(
            overall(&answers) == DivestmentState::Refused,
            answers.contains(&Refused)
        );
    }

    /// After a refusal no answer is left pending, and the others are unchanged.
    #[test]
    fn a_refusal_leaves_nothing_pending(answers in prop::collection::vec(answer(), 0..10)) {
        let after = after_refusal(&answers);
        prop_assert!(!after.contains(&Pending));
        for (before, after) in answers.iter().zip(&after) {
            prop_assert!(before == after || (*before == Pending && *after == Ignored));
        }
    }

    /// No destination is ever asked to release the probationer.
    #[test]
    fn destinations_never_answer(
        facts in facts(),
        current in ids(),
        destinations in ids(),
        sources in source_services(),
    ) {
        let released = match decide(&facts, &current, &destinations, &sources, now()).unwrap() {
            Creation::Nothing => Vec::new(),
            Creation::AcceptedAtOnce { sources } => sources,
            Creation::Pending { answers } => answers.into_iter().map(|(id, _)| id).collect(),
        };
        for id in released {
            prop_assert!(!destinations.contains(&id));
            prop_assert!(current.contains(&id));
        }
    }

    /// When nobody anywhere can answer, every answer is ignored.
    #[test]
    fn silent_sources_are_all_ignored(
        facts in facts(),
        current in ids(),
        destinations in ids(),
        sources in source_services(),
    ) {
        let silent: Vec<_> = sources
            .into_iter()
            .map(|source| SourceService { has_answerers: false, ..source })
            .collect();
        if let Creation::Pending { answers } =
            decide(&facts, &current, &destinations, &silent, now()).unwrap()
        {
            prop_assert!(answers.iter().all(|(_, state)| *state == Ignored));
        }
    }
}
