//! Booking rules: local times, working days, validity windows, scopes.

use chrono::{NaiveDate, TimeZone, Utc};
use msj_domain::access::Actor;
use msj_domain::access::appointments::{AppointmentScope, list_appointments};
use msj_domain::appointment_types::AppointmentTypeKey;
use msj_domain::appointments::{BookingCalendar, check_duration, check_start, parse_local};
use msj_domain::roles::{OrganizationType, Role};
use msj_domain::territories::Territory;

fn calendar(territory: Territory, zone: chrono_tz::Tz) -> BookingCalendar {
    BookingCalendar {
        territory,
        zone,
        allowed_on_weekends: false,
        valid_from: None,
        valid_until: None,
    }
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap()
}

fn code(at: &str, calendar: &BookingCalendar) -> &'static str {
    match check_start(parse_local(at).unwrap(), calendar, now()) {
        Ok(_) => "ok",
        Err(problem) => problem.code,
    }
}

#[test]
fn start_rules_in_metropolitan_france() {
    let paris = calendar(Territory::Metropole, chrono_tz::Europe::Paris);
    assert_eq!(code("2027-03-12T14:30", &paris), "ok");
    assert_eq!(code("2027-03-01T09:59", &paris), "appointment_in_past");
    assert_eq!(code("2028-03-01T10:30", &paris), "appointment_too_far");
    assert_eq!(code("2027-03-13T10:00", &paris), "non_working_day");
    assert_eq!(
        code("2027-03-29T10:00", &paris),
        "non_working_day",
        "Easter Monday"
    );
    assert_eq!(code("2027-03-28T02:30", &paris), "nonexistent_local_time");
    let weekends = BookingCalendar {
        allowed_on_weekends: true,
        ..paris
    };
    assert_eq!(code("2027-03-13T10:00", &weekends), "ok");
    let window = BookingCalendar {
        valid_from: NaiveDate::from_ymd_opt(2027, 3, 10),
        valid_until: NaiveDate::from_ymd_opt(2027, 3, 20),
        ..paris
    };
    assert_eq!(code("2027-03-09T10:00", &window), "place_not_yet_valid");
    assert_eq!(code("2027-03-22T10:00", &window), "place_no_longer_valid");
    assert_eq!(code("2027-03-19T10:00", &window), "ok");
}

#[test]
fn overseas_holidays_and_times() {
    let reunion = calendar(Territory::Reunion, chrono_tz::Indian::Reunion);
    assert_eq!(
        code("2027-12-20T10:00", &reunion),
        "non_working_day",
        "abolition of slavery in La Réunion"
    );
    assert_eq!(code("2027-12-21T10:00", &reunion), "ok");
    let cayenne = calendar(Territory::Guyane, chrono_tz::America::Cayenne);
    assert_eq!(
        code("2027-06-10T10:00", &cayenne),
        "non_working_day",
        "abolition of slavery in Guyane"
    );
    let at = check_start(parse_local("2027-03-12T09:00").unwrap(), &cayenne, now()).unwrap();
    assert_eq!(at, Utc.with_ymd_and_hms(2027, 3, 12, 12, 0, 0).unwrap());
}

#[test]
fn inputs() {
    assert!(parse_local("2027-03-12T14:30:00").is_ok());
    assert_eq!(
        parse_local("12/03/2027 14h30").unwrap_err().code,
        "invalid_local_date_time"
    );
    assert_eq!(check_duration(4).unwrap_err().code, "invalid_duration");
    assert_eq!(check_duration(30), Ok(30));
}

#[test]
fn list_scopes_per_role_group() {
    let actor = |role, organization_type| Actor {
        user_id: 1u8,
        role,
        organization_id: 10,
        organization_type,
        charter_accepted: true,
    };
    assert_eq!(
        list_appointments(&actor(Role::Cpip, OrganizationType::Spip), &[10, 20]),
        AppointmentScope::PlacesOf(10)
    );
    assert_eq!(
        list_appointments(&actor(Role::Admin, OrganizationType::Tj), &[10, 20]),
        AppointmentScope::PlacesOf(10)
    );
    let AppointmentScope::Jurisdiction {
        types,
        created_types_only,
        ..
    } = list_appointments(&actor(Role::Bex, OrganizationType::Tj), &[10, 20])
    else {
        panic!("BEX sees through the jurisdiction");
    };
    assert_eq!(
        types,
        [
            AppointmentTypeKey::SortieAudienceSap,
            AppointmentTypeKey::SortieAudienceSpip
        ]
    );
    assert!(!created_types_only);
    let AppointmentScope::Jurisdiction {
        types,
        created_types_only,
        ..
    } = list_appointments(&actor(Role::GreffSap, OrganizationType::Tj), &[10])
    else {
        panic!("SAP sees through the jurisdiction");
    };
    assert_eq!(types.len(), 6);
    assert!(created_types_only);
    let unsigned = Actor {
        charter_accepted: false,
        ..actor(Role::Cpip, OrganizationType::Spip)
    };
    assert_eq!(
        list_appointments(&unsigned, &[10]),
        AppointmentScope::Nothing
    );
}
