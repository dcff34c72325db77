//! `msj import srj FILE.csv`: the SRJ referential of towns and their competent TJ and SPIP
//! (CSV, `,`-separated, UTF-8, columns `id,postal_code,names,insee_code,ascii_name,name,type`;
//! type `TJ`, `SPIP` or `ALIP`). Safe to run again: towns are found by (name, INSEE code,
//! postcode), structures by name.

use std::io::Read;

use msj_db::AsyncPgConnection;
use serde::Deserialize;

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Lines read.
    pub lines: usize,
    /// Towns created.
    pub created: usize,
    /// Towns that existed before and whose TJ or SPIP changed.
    pub updated: usize,
    /// Lines refused, with their number and why.
    pub rejected: Vec<(usize, String)>,
}

#[derive(Debug, Deserialize)]
struct Line {
    id: String,
    postal_code: String,
    names: String,
    insee_code: String,
    name: String,
    #[serde(rename = "type")]
    kind: String,
}

fn check(line: &Line) -> Result<&'static str, String> {
    let kind = match line.kind.trim() {
        "TJ" => "tj",
        "SPIP" | "ALIP" => "spip",
        other => return Err(format!("type inconnu « {other} »")),
    };
    let zipcode_ok =
        line.postal_code.len() == 5 && line.postal_code.chars().all(|c| c.is_ascii_digit());
    let insee_ok =
        line.insee_code.len() == 5 && line.insee_code.chars().all(|c| c.is_ascii_alphanumeric());
    if !zipcode_ok || !insee_ok || line.names.trim().is_empty() || line.name.trim().is_empty() {
        return Err("code postal, code INSEE, commune ou structure invalide".to_owned());
    }
    Ok(kind)
}

/// Imports the CSV of `input`; `progress` is called every 1 000 lines with the count.
pub async fn import_srj(
    conn: &mut AsyncPgConnection,
    input: impl Read,
    progress: impl Fn(usize),
) -> Result<ImportReport, String> {
    let mut report = ImportReport::default();
    let mut created_now = std::collections::HashSet::new();
    let mut reader = csv::ReaderBuilder::new().delimiter(b',').from_reader(input);
    for (index, record) in reader.deserialize::<Line>().enumerate() {
        let number = index + 2;
        report.lines += 1;
        if report.lines % 1000 == 0 {
            progress(report.lines);
        }
        let line = match record {
            Ok(line) => line,
            Err(error) => {
                report
                    .rejected
                    .push((number, format!("ligne illisible : {error}")));
                continue;
            }
        };
        let kind = match check(&line) {
            Ok(kind) => kind,
            Err(why) => {
                report.rejected.push((number, why));
                continue;
            }
        };
        let structure = msj_db::cities::upsert_structure(conn, kind, line.name.trim())
            .await
            .map_err(|e| e.to_string())?;
        let (city, created) = msj_db::cities::upsert_city(
            conn,
            line.names.trim(),
            &line.postal_code,
            &line.insee_code,
            line.id.trim(),
        )
        .await
        .map_err(|e| e.to_string())?;
        let changed = msj_db::cities::link_city(conn, city, kind, structure)
            .await
            .map_err(|e| e.to_string())?;
        if created {
            report.created += 1;
            created_now.insert(city);
        } else if changed && !created_now.contains(&city) {
            report.updated += 1;
        }
    }
    Ok(report)
}

/// `msj import srj FILE`: imports the file into `database_url` and prints the report.
pub fn import_srj_file(database_url: &str, path: &std::path::Path) -> Result<ImportReport, String> {
    let file = std::fs::File::open(path).map_err(|error| format!("{}: {error}", path.display()))?;
    let url = database_url.to_owned();
    crate::cli::block_on(async move {
        let pool = msj_db::build_pool(&url, 1).map_err(|error| error.to_string())?;
        let mut conn = msj_db::pool::connection(&pool)
            .await
            .map_err(|error| error.to_string())?;
        import_srj(&mut conn, std::io::BufReader::new(file), |lines| {
            eprint!("\rsrj: {lines} lines…")
        })
        .await
    })?
}
