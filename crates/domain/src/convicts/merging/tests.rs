use super::*;

fn side() -> MergeSide {
    MergeSide {
        first_name: "Élodie".to_owned(),
        last_name: "MARTIN".to_owned(),
        date_of_birth: NaiveDate::from_ymd_opt(1985, 5, 17).unwrap(),
        appi_number: Some("123456".to_owned()),
        phone: Some("+33612345678".to_owned()),
        archived: false,
        pending_transfer: false,
        portal_account: false,
    }
}

#[test]
fn the_same_person_twice_merges_without_warning() {
    let duplicate = MergeSide {
        last_name: " martin ".to_owned(),
        ..side()
    };
    assert_eq!(check_merge(&side(), &duplicate, false), Ok(Vec::new()));
}

#[test]
fn refused_for_one_record_or_a_pending_transfer_of_the_duplicate() {
    assert_eq!(
        check_merge(&side(), &side(), true),
        Err(MergeRefusal::SameConvict)
    );
    let moving = MergeSide {
        pending_transfer: true,
        ..side()
    };
    assert_eq!(
        check_merge(&side(), &moving, false),
        Err(MergeRefusal::PendingTransfer)
    );
    assert_eq!(MergeRefusal::PendingTransfer.code(), "divestment_pending");
    let kept_moving = MergeSide {
        pending_transfer: true,
        ..side()
    };
    assert!(check_merge(&kept_moving, &side(), false).is_ok());
}

#[test]
fn warnings_name_what_differs_or_is_lost() {
    let kept = MergeSide {
        appi_number: None,
        archived: true,
        ..side()
    };
    let duplicate = MergeSide {
        date_of_birth: NaiveDate::from_ymd_opt(1985, 5, 18).unwrap(),
        phone: Some("+33700000000".to_owned()),
        portal_account: true,
        ..side()
    };
    let warnings = check_merge(&kept, &duplicate, false).unwrap();
    assert_eq!(warnings.len(), 5, "{warnings:?}");
    assert!(warnings[0].starts_with("Les noms ou les dates de naissance"));
    assert!(warnings[1].contains("numéro APPI"));
    assert!(warnings[2].contains("téléphone"));
    assert!(warnings[3].contains("archivé"));
    assert!(warnings[4].contains("espace probationnaire"));
}
