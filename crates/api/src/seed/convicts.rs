//! Demo probationers, each followed by a SPIP and its linked court, with their appointments.
//! A probationer's appointments are written only when its row is new, so that a second run
//! changes nothing although their dates follow the current date.

use std::collections::HashSet;

use chrono::{DateTime, Days, NaiveDate, TimeDelta, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use msj_db::convicts::ConvictRow;
use msj_db::schema::{convict_organizations, convicts};
use msj_db::{AsyncPgConnection, DbError};
use msj_domain::identity::{AppiNumber, normalize_first_name, normalize_last_name};
use msj_domain::roles::OrganizationType;
use uuid::Uuid;

use super::appointments::Written;
use super::id;
use super::names::{FIRST_NAMES, LAST_NAMES, Lcg};
use super::services::Service;
use super::sites::{self, Follow};
use crate::auth::secret_token;
use crate::notifications::gateway::{OutboxGateway, UNREACHABLE_NUMBER};

/// Number of demo probationers.
const COUNT: usize = 300;
/// The probationer whose number the development outbox refuses.
const FAILING_NUMBER: usize = 0;
/// Rows per INSERT statement.
pub const CHUNK: usize = 500;

/// What the step wrote.
#[derive(Debug, Clone, Copy, Default)]
pub struct Seeded {
    /// Demo probationers in all.
    pub total: usize,
    /// Probationers inserted by this run.
    pub created: usize,
    /// Appointments inserted by this run.
    pub appointments: usize,
    /// SMS sent to the development outbox by this run.
    pub sms_sent: usize,
}

/// Seeds the probationers of the demo SPIPs, their services and, for the new ones, their
/// appointments, in one transaction.
pub async fn seed(
    conn: &mut AsyncPgConnection,
    services: &[Service],
    outbox: &OutboxGateway,
    public_url: &str,
) -> Result<Seeded, String> {
    let now = Utc::now();
    let mut follows = Vec::new();
    for spip in services.iter().filter(|s| s.kind == OrganizationType::Spip) {
        follows.push(sites::follow(conn, spip, services).await?);
    }
    if follows.is_empty() {
        return Ok(Seeded::default());
    }
    let people = people(&follows, now)?;
    conn.transaction::<_, DbError, _>(async |conn| {
        let mut created = HashSet::new();
        for chunk in people.chunks(CHUNK) {
            let rows: Vec<ConvictRow> = chunk.iter().map(|(row, _, _)| row.clone()).collect();
            let ids: Vec<Uuid> = diesel::insert_into(convicts::table)
                .values(&rows)
                .on_conflict_do_nothing()
                .returning(convicts::id)
                .get_results(conn)
                .await?;
            created.extend(ids);
        }
        let new: Vec<_> = people
            .iter()
            .filter(|(row, _, _)| created.contains(&row.id))
            .collect();
        let links: Vec<_> = new
            .iter()
            .flat_map(|(row, follow, _)| {
                let follow = &follows[*follow];
                std::iter::once(follow.spip.organization_id)
                    .chain(follow.courts.iter().map(|court| court.organization_id))
                    .map(|organization| {
                        (
                            convict_organizations::convict_id.eq(row.id),
                            convict_organizations::organization_id.eq(organization),
                            convict_organizations::created_at.eq(row.created_at),
                        )
                    })
            })
            .collect();
        for chunk in links.chunks(CHUNK) {
            diesel::insert_into(convict_organizations::table)
                .values(chunk)
                .on_conflict_do_nothing()
                .execute(conn)
                .await?;
        }
        let mut written = Written::default();
        for (row, follow, n) in new.iter().filter(|(row, _, _)| row.archived_at.is_none()) {
            written.plan(row, &follows[*follow], *n, now);
        }
        let (appointments, sms_sent) = written.insert(conn, outbox, public_url, now).await?;
        Ok(Seeded {
            total: people.len(),
            created: created.len(),
            appointments,
            sms_sent,
        })
    })
    .await
    .map_err(|error| error.to_string())
}

/// The probationers to seed: (row, index of its SPIP in `follows`, number).
fn people(
    follows: &[Follow],
    now: DateTime<Utc>,
) -> Result<Vec<(ConvictRow, usize, usize)>, String> {
    let earliest_birth = NaiveDate::from_ymd_opt(1958, 1, 1).ok_or("invalid date")?;
    let mut names = HashSet::new();
    let mut people = Vec::with_capacity(COUNT);
    for n in 0..COUNT {
        let mut rng = Lcg::new(0x6d73_6a00 + n as u64);
        let (first, last) = loop {
            let pair = (rng.below(FIRST_NAMES.len()), rng.below(LAST_NAMES.len()));
            if names.insert(pair) {
                break (FIRST_NAMES[pair.0], LAST_NAMES[pair.1]);
            }
        };
        let follow = n % follows.len();
        let booker = follows[follow].spip.booker;
        let created_at = now - TimeDelta::days(160 + rng.below(400) as i64);
        let date_of_birth = earliest_birth
            .checked_add_days(Days::new(rng.below(45 * 365) as u64))
            .ok_or("invalid date")?;
        let sms = rng.below(100);
        let no_phone = sms < 8 && n != FAILING_NUMBER;
        let refused_phone = (8..13).contains(&sms) && n != FAILING_NUMBER;
        let phone = if n == FAILING_NUMBER {
            Some(UNREACHABLE_NUMBER.to_owned())
        } else {
            (sms >= 13).then(|| format!("+3363998{:04}", (n * 7919 + 4021) % 10_000))
        };
        let appi_number = rng
            .chance(6)
            .then(|| AppiNumber::parse(&format!("200{:09}", 314_159_000 + n * 37)).ok())
            .flatten()
            .map(|number| number.as_str().to_owned());
        let archived_at = (rng.chance(7) && n != FAILING_NUMBER)
            .then(|| now - TimeDelta::days(1 + rng.below(90) as i64));
        let row = ConvictRow {
            id: id(&format!("demo probationer {n}")),
            first_name: normalize_first_name(first),
            last_name: normalize_last_name(last),
            date_of_birth,
            phone,
            no_phone,
            refused_phone,
            appi_number,
            city_id: None,
            homeless: false,
            lives_abroad: false,
            japat: false,
            referent_id: booker.filter(|_| rng.chance(70)),
            creating_organization_id: Some(follows[follow].spip.organization_id),
            created_by: booker,
            opt_out_token: secret_token::short(8),
            archived_at,
            created_at,
            updated_at: archived_at.unwrap_or(created_at),
        };
        people.push((row, follow, n));
    }
    Ok(people)
}
