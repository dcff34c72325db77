//! Roles: keys, labels, groups and capabilities.

use std::collections::HashSet;

use OrganizationType::{Spip, Tj};
use msj_domain::roles::{OrganizationType, Role};

#[test]
fn all_lists_each_role_once_in_display_order() {
    let keys: Vec<_> = Role::ALL.iter().map(|r| r.key()).collect();
    assert_eq!(
        keys.join(","),
        "admin,local_admin,jap,bex,prosecutor,secretary_court,dir_greff_bex,greff_co,\
         greff_tpe,greff_crpc,greff_ca,dir_greff_sap,greff_sap,dpip,cpip,secretary_spip,\
         educator,psychologist,overseer"
    );
    assert_eq!(keys.iter().collect::<HashSet<_>>().len(), 19);
}

#[test]
fn keys_round_trip_through_from_str_and_serde() {
    for role in Role::ALL {
        assert_eq!(role.key().parse::<Role>(), Ok(role));
        assert_eq!(role.to_string(), role.key());
        let json = serde_json::to_string(&role).unwrap();
        assert_eq!(json, format!("\"{}\"", role.key()));
        assert_eq!(serde_json::from_str::<Role>(&json).unwrap(), role);
    }
}

#[test]
fn unknown_key_is_invalid_role() {
    let err = "Cpip".parse::<Role>().unwrap_err();
    assert_eq!(err.code(), "invalid_role");
    assert_eq!(err.to_string(), "Rôle inconnu : « Cpip »");
}

#[test]
fn labels_are_french_and_distinct() {
    assert_eq!(Role::SecretaryCourt.label(), "Secrétariat SAP");
    assert_eq!(Role::Overseer.label(), "Surveillant");
    let labels: HashSet<_> = Role::ALL.iter().map(|r| r.label()).collect();
    assert_eq!(labels.len(), 19);
}

fn keys(pred: impl Fn(Role) -> bool) -> Vec<&'static str> {
    Role::ALL
        .into_iter()
        .filter(|r| pred(*r))
        .map(Role::key)
        .collect()
}

#[test]
fn local_admin_works_where_its_service_is() {
    assert!(Role::LocalAdmin.work_at_spip(Spip));
    assert!(!Role::LocalAdmin.work_at_spip(Tj));
    assert!(Role::LocalAdmin.work_at_tj(Tj));
    assert!(!Role::LocalAdmin.work_at_tj(Spip));
    assert!(!Role::LocalAdmin.work_at_bex());
    assert!(!Role::LocalAdmin.work_at_sap());
}

#[test]
fn admin_works_nowhere_in_particular() {
    for org in OrganizationType::ALL {
        assert!(!Role::Admin.work_at_spip(org));
        assert!(!Role::Admin.work_at_tj(org));
        assert!(Role::Admin.fits_organization_type(org));
    }
}

#[test]
fn working_places_follow_the_families() {
    assert_eq!(
        keys(|r| r.work_at_sap()),
        ["jap", "secretary_court", "dir_greff_sap", "greff_sap"]
    );
    assert_eq!(keys(|r| r.work_at_bex()).len(), 7);
    assert_eq!(keys(|r| r.work_at_spip(Spip)).len(), 7);
    assert_eq!(keys(|r| r.work_at_tj(Tj)).len(), 12);
}

#[test]
fn roles_fit_only_their_organization_type() {
    assert_eq!(keys(|r| r.fits_organization_type(Spip)).len(), 8);
    assert_eq!(keys(|r| r.fits_organization_type(Tj)).len(), 13);
    assert!(Role::Cpip.check_organization_type(Spip).is_ok());
    let err = Role::Cpip.check_organization_type(Tj).unwrap_err();
    assert_eq!(err.code(), "role_not_allowed_for_organization");
    assert!(Role::Jap.check_organization_type(Spip).is_err());
}

#[test]
fn fitting_roles_work_in_their_organization() {
    for role in Role::ALL.into_iter().filter(|r| *r != Role::Admin) {
        for org in OrganizationType::ALL {
            let works = match org {
                Spip => role.work_at_spip(org),
                Tj => role.work_at_tj(org),
            };
            assert_eq!(role.fits_organization_type(org), works, "{role} in {org}");
        }
    }
}

#[test]
fn derived_capabilities() {
    assert_eq!(
        keys(|r| r.can_follow_convict(Spip)),
        ["local_admin", "dpip", "cpip"]
    );
    assert_eq!(keys(|r| r.can_follow_convict(Tj)), ["dpip", "cpip"]);
    assert_eq!(
        keys(Role::can_have_appointments_assigned),
        ["local_admin", "cpip", "psychologist", "overseer"]
    );
    assert_eq!(
        keys(Role::can_manage_divestments),
        [
            "local_admin",
            "jap",
            "dir_greff_sap",
            "greff_sap",
            "secretary_spip"
        ]
    );
}

#[test]
fn inter_ressort_needs_a_bex_role_and_the_flag() {
    assert_eq!(
        keys(|r| r.can_use_inter_ressort(true)),
        keys(Role::work_at_bex)
    );
    assert!(keys(|r| r.can_use_inter_ressort(false)).is_empty());
    assert!(!Role::LocalAdmin.can_use_inter_ressort(true));
}
