use chrono::{TimeDelta, TimeZone, Utc};

use super::*;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2028, 3, 15, 4, 0, 0).unwrap()
}

fn day() -> TimeDelta {
    TimeDelta::days(1)
}

fn idle() -> Activity {
    Activity {
        created_at: idle_since(now()) - day(),
        last_appointment: None,
        last_service_link: None,
        pending_transfer: false,
    }
}

#[test]
fn boundaries_are_calendar_months() {
    assert_eq!(
        idle_since(now()),
        Utc.with_ymd_and_hms(2027, 3, 15, 4, 0, 0).unwrap()
    );
    assert_eq!(
        deletable_before(now()),
        Utc.with_ymd_and_hms(2027, 9, 15, 4, 0, 0).unwrap()
    );
    assert_eq!(audit_kept_since(now()), idle_since(now()));
}

#[test]
fn an_idle_record_is_archived() {
    assert!(archives(&idle(), now()));
}

#[test]
fn a_convocation_within_twelve_months_keeps_the_record() {
    let since = idle_since(now());
    let with = |at| Activity {
        last_appointment: Some(at),
        ..idle()
    };
    assert!(archives(&with(since - day()), now()));
    assert!(!archives(&with(since + day()), now()));
    assert!(!archives(&with(since), now()), "on the boundary: kept");
    assert!(!archives(&with(now() + day()), now()), "to come");
}

#[test]
fn a_recent_record_or_service_link_keeps_it() {
    let since = idle_since(now());
    let created = |at| Activity {
        created_at: at,
        ..idle()
    };
    assert!(archives(&created(since - day()), now()));
    assert!(!archives(&created(since + day()), now()));
    let linked = |at| Activity {
        last_service_link: Some(at),
        ..idle()
    };
    assert!(archives(&linked(since - day()), now()));
    assert!(!archives(&linked(since + day()), now()));
}

#[test]
fn a_pending_transfer_keeps_the_record() {
    let pending = Activity {
        pending_transfer: true,
        ..idle()
    };
    assert!(!archives(&pending, now()));
}

#[test]
fn deletion_after_six_months_of_archive() {
    let before = deletable_before(now());
    assert!(deletes(before - day(), now()));
    assert!(!deletes(before + day(), now()));
}

#[test]
fn audit_entries_are_kept_one_year() {
    let since = audit_kept_since(now());
    assert!(purges_audit(since - day(), now()));
    assert!(!purges_audit(since + day(), now()));
}
