//! The hand-computed data set: service A (a SPIP, places A1 and A2, agents X and Y) and
//! service B (a TJ, place B1), appointments in December 2026 to March 2027 with known
//! states, booking days and SMS; the clock at Monday 15 March 2027, 12:00 in Paris.

use chrono::{DateTime, TimeZone, Utc};
use diesel::sql_types::{Nullable, Text, Timestamptz, Uuid as SqlUuid};
use diesel_async::RunQueryDsl;
use msj_domain::roles::{OrganizationType, Role};
use uuid::Uuid;

use crate::support::TestApp;
use crate::support::booking::{convict, place, set_now};
use crate::support::fixtures::{TestAgent, agent, service, token};

/// 10:00 in Paris on that day.
pub fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    chrono_tz::Europe::Paris
        .with_ymd_and_hms(y, m, d, 10, 0, 0)
        .unwrap()
        .with_timezone(&Utc)
}

pub struct Fixture {
    pub app: TestApp,
    pub a: Uuid,
    pub b: Uuid,
    pub places: [Uuid; 3],
    pub x: TestAgent,
    pub y: TestAgent,
}

/// One appointment: (type, place index, agent, state, booked on, starts on).
type Appointment<'a> = (
    &'a str,
    usize,
    Option<Uuid>,
    &'a str,
    DateTime<Utc>,
    DateTime<Utc>,
);

impl Fixture {
    pub async fn new() -> Self {
        let app = TestApp::spawn().await;
        set_now(
            &app,
            chrono_tz::Europe::Paris
                .with_ymd_and_hms(2027, 3, 15, 12, 0, 0)
                .unwrap()
                .with_timezone(&Utc),
        );
        let a = service(&app, "SPIP Alpha", OrganizationType::Spip).await;
        let b = service(&app, "TJ Bêta", OrganizationType::Tj).await;
        let spip_types = ["sortie_audience_spip", "suivi_spip"];
        let (a1, _) = place(&app, a, &spip_types).await;
        let (a2, _) = place(&app, a, &spip_types).await;
        let (b1, _) = place(&app, b, &["sortie_audience_sap"]).await;
        let x = agent(&app, a, Role::Cpip, true).await;
        let y = agent(&app, a, Role::Cpip, true).await;
        Self {
            app,
            a,
            b,
            places: [a1, a2, b1],
            x,
            y,
        }
    }

    /// A signed-in agent of `organization` with `role`.
    pub async fn token(&self, organization: Uuid, role: Role) -> String {
        token(&self.app, &agent(&self.app, organization, role, true).await)
    }

    /// Inserts the appointments and their SMS; returns the appointments' ids in order.
    pub async fn seed(&self) -> Vec<Uuid> {
        let (x, y) = (Some(self.x.id), Some(self.y.id));
        #[rustfmt::skip]
        let rows: [Appointment; 10] = [
            ("suivi_spip", 0, x, "fulfilled", at(2027, 1, 5), at(2027, 1, 15)),
            ("suivi_spip", 0, x, "no_show", at(2027, 1, 1), at(2027, 1, 21)),
            ("sortie_audience_spip", 1, y, "fulfilled", at(2027, 1, 2), at(2027, 1, 12)),
            ("sortie_audience_spip", 1, None, "excused", at(2026, 12, 1), at(2027, 1, 30)),
            ("suivi_spip", 0, y, "booked", at(2027, 2, 1), at(2027, 2, 11)),
            ("sortie_audience_spip", 1, y, "fulfilled", at(2027, 2, 3), at(2027, 2, 17)),
            ("suivi_spip", 1, x, "canceled", at(2027, 2, 1), at(2027, 2, 20)),
            ("suivi_spip", 0, x, "booked", at(2027, 3, 10), at(2027, 3, 20)),
            ("sortie_audience_sap", 2, None, "fulfilled", at(2027, 1, 4), at(2027, 1, 14)),
            ("sortie_audience_sap", 2, None, "no_show", at(2027, 2, 1), at(2027, 2, 10)),
        ];
        let person = convict(&self.app, &[self.a], None).await;
        let mut conn = self.app.conn().await;
        let mut ids = Vec::new();
        for (kind, place, agent, state, created, starts) in rows {
            let id = Uuid::now_v7();
            diesel::sql_query(
                "INSERT INTO appointments (id, convict_id, appointment_type_id, place_id, \
                     agenda_id, starts_at, duration_min, state, assigned_agent_id, \
                     creating_organization_id, created_at, updated_at) \
                 SELECT $1, $2, t.id, $4, g.id, $5, 30, $6, $7, p.organization_id, $8, $8 \
                 FROM appointment_types t, places p JOIN agendas g ON g.place_id = p.id \
                 WHERE t.key = $3 AND p.id = $4",
            )
            .bind::<SqlUuid, _>(id)
            .bind::<SqlUuid, _>(person)
            .bind::<Text, _>(kind)
            .bind::<SqlUuid, _>(self.places[place])
            .bind::<Timestamptz, _>(starts)
            .bind::<Text, _>(state)
            .bind::<Nullable<SqlUuid>, _>(agent)
            .bind::<Timestamptz, _>(created)
            .execute(&mut *conn)
            .await
            .unwrap();
            ids.push(id);
        }
        // (appointment, kind, state, sent, unsent reason)
        let sms: [(usize, &str, &str, bool, Option<&str>); 9] = [
            (0, "summon", "delivered", true, None),
            (0, "reminder", "delivered", true, None),
            (1, "summon", "failed", true, None),
            (1, "reminder", "failed", false, None),
            (2, "summon", "unsent", false, Some("cannot_receive_sms")),
            (4, "summon", "sent", true, None),
            (5, "reminder", "unsent", false, Some("too_late")),
            (6, "cancelation", "delivered", true, None),
            (8, "summon", "delivered", true, None),
        ];
        for (appointment, kind, state, sent, reason) in sms {
            diesel::sql_query(
                "INSERT INTO notifications (id, appointment_id, kind, state, due_at, created_at, \
                     updated_at, sent_at, unsent_reason) \
                 VALUES ($1, $2, $3, $4, $5, $5, $5, $6, $7)",
            )
            .bind::<SqlUuid, _>(Uuid::now_v7())
            .bind::<SqlUuid, _>(ids[appointment])
            .bind::<Text, _>(kind)
            .bind::<Text, _>(state)
            .bind::<Timestamptz, _>(at(2027, 1, 1))
            .bind::<Nullable<Timestamptz>, _>(sent.then(|| at(2027, 1, 1)))
            .bind::<Nullable<Text>, _>(reason)
            .execute(&mut *conn)
            .await
            .unwrap();
        }
        ids
    }

    /// The hourly job, as the server runs it.
    pub async fn run_jobs(&self) {
        let ran = msj_api::jobs::run_due(
            &self.app.state.pool,
            &self.app.state.clock,
            "https://msj.example.fr",
        )
        .await
        .unwrap();
        assert!(ran.contains(&msj_api::jobs::STATS_REFRESH), "{ran:?}");
    }
}
