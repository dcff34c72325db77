use super::*;

const HEADER: &str =
    "Nom;Prénom;Date de naissance;Numéro de dossier;Mesure/Intervention;Juridiction\n";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 3, 1).unwrap()
}

fn latin1(text: &str) -> Vec<u8> {
    encoding_rs::WINDOWS_1252.encode(text).0.into_owned()
}

fn person(first: &str, last: &str, birth: (i32, u32, u32), appi: &str) -> AppiLine {
    AppiLine::Person(AppiPerson {
        first_name: first.to_owned(),
        last_name: last.to_owned(),
        date_of_birth: NaiveDate::from_ymd_opt(birth.0, birth.1, birth.2).unwrap(),
        appi_number: appi.to_owned(),
    })
}

#[test]
fn an_iso_8859_1_file_is_read_with_its_accents() {
    let file = latin1(&format!(
        "{HEADER}DUPRÉ;Élodie;17/05/1990;Dossier N°200123456789;SURSIS PROBATOIRE (SME);TJ\n\
         LEFÈVRE;Noël;02/01/1985;N° 20012345;Travail d'intérêt général;TJ\n"
    ));
    let lines = read_appi(&file, today()).unwrap();
    assert_eq!(
        lines,
        [
            (2, person("Élodie", "DUPRÉ", (1990, 5, 17), "200123456789")),
            (3, person("Noël", "LEFÈVRE", (1985, 1, 2), "20012345")),
        ]
    );
    let utf8 = format!("\u{feff}{HEADER}DUPRÉ;Élodie;17/05/1990;N°200123456789;SURSIS;TJ\n");
    assert_eq!(
        read_appi(utf8.as_bytes(), today()).unwrap(),
        [(2, person("Élodie", "DUPRÉ", (1990, 5, 17), "200123456789"))]
    );
}

#[test]
fn excluded_measures_and_repeated_people_are_skipped() {
    let file = latin1(&format!(
        "{HEADER}A;Jean;01/01/1980;N°200100000001;EMPRISONNEMENT (ferme);TJ\n\
         B;Jean;01/01/1980;N°200100000002;Aménagement de peine;TJ\n\
         C;Jean;01/01/1980;N°200100000003;Placement en détention provisoire;TJ\n\
         D;Jean;01/01/1980;N°200100000004;SURSIS;TJ\n\
         D;Jean;01/01/1980;N°200100000004;TIG;TJ\n"
    ));
    let lines = read_appi(&file, today()).unwrap();
    let skipped: Vec<usize> = lines
        .iter()
        .filter(|(_, line)| matches!(line, AppiLine::Skipped(_)))
        .map(|(number, _)| *number)
        .collect();
    assert_eq!(skipped, [2, 3, 4, 6]);
    assert_eq!(
        lines[4].1,
        AppiLine::Skipped("Même personne que ligne 5.".to_owned())
    );
}

#[test]
fn bad_lines_are_rejected_with_a_french_reason() {
    let file = latin1(&format!(
        "{HEADER};Jean;01/01/1980;N°200100000001;SURSIS;TJ\n\
         E;Jean;31/02/1980;N°200100000002;SURSIS;TJ\n\
         F;Jean;01/01/2030;N°200100000003;SURSIS;TJ\n\
         G;Jean;01/01/1980;200100000004;SURSIS;TJ\n\
         H;Jean;01/01/1980;N°12;SURSIS;TJ\n\
         I;Jean;01/01/1980;N°200100000006;SURSIS;TJ\n\
         J;Paul;01/01/1980;N°200100000006;SURSIS;TJ\n"
    ));
    let reasons: Vec<String> = read_appi(&file, today())
        .unwrap()
        .into_iter()
        .filter_map(|(number, line)| match line {
            AppiLine::Rejected(why) => Some(format!("{number}: {why}")),
            _ => None,
        })
        .collect();
    assert_eq!(
        reasons,
        [
            "2: Prénom ou nom manquant.",
            "3: Date de naissance invalide : « 31/02/1980 ».",
            "4: Date de naissance invalide : « 01/01/2030 ».",
            "5: Numéro de dossier APPI invalide : « 200100000004 ».",
            "6: Numéro de dossier APPI invalide : « N°12 ».",
            "8: Numéro APPI déjà donné ligne 7 pour une autre personne.",
        ]
    );
}

#[test]
fn a_missing_column_refuses_the_file() {
    let file = latin1("Nom;Prénom;Numéro de dossier;Mesure/Intervention\nA;B;N°1;X\n");
    assert_eq!(
        read_appi(&file, today()),
        Err(AppiFileError(
            "La colonne « Date de naissance » est absente du fichier.".to_owned()
        ))
    );
}
