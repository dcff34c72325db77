//! One claimed SMS: the guard, the quiet hours, the text rendered from the current template and place, the
//! gateway, and what is recorded (state, history).

use chrono::{DateTime, TimeDelta, Utc};
use chrono_tz::Tz;
use msj_db::notifications::{ClaimedSms, Outcome};
use msj_db::{AsyncPgConnection, DbError};
use msj_domain::appointments::AppointmentState;
use msj_domain::convicts::can_receive_sms;
use msj_domain::history::{HistoryEvent, texts};
use msj_domain::notifications::{
    DueSms, MAX_ATTEMPTS, NotificationKind, QuietHours, backoff, guard, is_permanent,
};
use msj_domain::sms::{
    SmsValues, StoredTemplate, default_template, render, resolve, with_stop_line,
};

use super::gateway::{GatewayAnswer, OutgoingSms, SmsGateway};
use crate::appointments::Writer;

fn state_of(key: &str) -> Option<AppointmentState> {
    AppointmentState::ALL
        .into_iter()
        .find(|state| state.key() == key)
}

/// The text of `sms`: its template (service copy, national, built-in) filled with the
/// appointment and place of now, and the STOP SMS line.
async fn text(
    conn: &mut AsyncPgConnection,
    sms: &ClaimedSms,
    kind: NotificationKind,
    zone: Tz,
    public_url: &str,
) -> Result<String, DbError> {
    let rows =
        msj_db::notifications::templates_for(conn, Some(sms.organization.id), Some(&sms.type_key))
            .await?;
    let stored = |own: bool| {
        rows.iter()
            .find(|row| row.kind == kind.key() && row.organization_id.is_some() == own)
            .map(|row| StoredTemplate {
                text: row.template.clone(),
                reminder_days: row.reminder_days.and_then(|days| u8::try_from(days).ok()),
            })
    };
    let built_in = sms
        .type_key
        .parse()
        .ok()
        .and_then(|type_key| default_template(type_key, kind))
        .unwrap_or_default();
    let template = resolve(built_in, stored(false).as_ref(), stored(true).as_ref());
    let local = sms.appointment.starts_at.with_timezone(&zone);
    let phone = sms
        .place
        .phone
        .as_ref()
        .map(|phone| phone.split_whitespace().collect::<String>());
    let contact = match sms.place.main_contact_method.as_str() {
        "email" => sms.place.email.clone().unwrap_or_default(),
        _ => phone.clone().unwrap_or_default(),
    };
    let public = public_url.trim_end_matches('/');
    let values = SmsValues {
        date: local.date_naive(),
        time: local.time(),
        place_name: sms.place.name.clone(),
        address: sms.place.address.clone(),
        phone,
        contact,
        info_link: sms
            .place
            .information_url
            .clone()
            .unwrap_or_else(|| format!("{public}/p/{}", sms.place.code)),
    };
    let stop = format!("{public}/s/{}", sms.convict.opt_out_token);
    Ok(with_stop_line(&render(&template.text, &values), &stop))
}

/// Carries one claimed message through; `true` when it went to the gateway and was accepted.
pub async fn process<G: SmsGateway>(
    conn: &mut AsyncPgConnection,
    gateway: &G,
    sms: ClaimedSms,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbError> {
    let id = sms.notification.id;
    let (Some(kind), Some(state)) = (
        NotificationKind::from_key(&sms.notification.kind),
        state_of(&sms.appointment.state),
    ) else {
        msj_db::notifications::finish(conn, id, Outcome::Unsent("wrong_state"), now).await?;
        return Ok(false);
    };
    let convict = &sms.convict;
    let due = DueSms {
        kind,
        state,
        starts_at: sms.appointment.starts_at,
        reachable: can_receive_sms(
            convict.phone.as_deref(),
            convict.no_phone,
            convict.refused_phone,
        ),
        sent_last_day: msj_db::notifications::sent_since(
            conn,
            convict.id,
            now - TimeDelta::hours(24),
        )
        .await?,
    };
    if let Err(reason) = guard(&due, now) {
        msj_db::notifications::finish(conn, id, Outcome::Unsent(reason.key()), now).await?;
        return Ok(false);
    }
    let zone: Tz = sms
        .organization
        .time_zone
        .parse()
        .unwrap_or(chrono_tz::Europe::Paris);
    let quiet = QuietHours {
        start: sms.organization.quiet_hours_start,
        end: sms.organization.quiet_hours_end,
    };
    if let Some(until) = quiet.hold(kind, zone, now) {
        let postponed = Outcome::Postponed {
            until,
            attempts: sms.attempts - 1,
        };
        msj_db::notifications::finish(conn, id, postponed, now).await?;
        return Ok(false);
    }
    let phone = convict.phone.clone().unwrap_or_default();
    let content = text(conn, &sms, kind, zone, public_url).await?;
    let answer = gateway
        .send(OutgoingSms {
            client_reference: id,
            destination: &phone,
            sender: &sms.sender,
            text: &content,
            now,
        })
        .await;
    let writer = Writer {
        actor_id: None,
        now,
    };
    let person = format!("{} {}", convict.first_name, convict.last_name);
    let (outcome, item) = match answer {
        GatewayAnswer::Accepted(external_id) => {
            let item = (
                HistoryEvent::SendNotification,
                texts::sms_sent(kind, &content),
            );
            (
                Outcome::Sent {
                    content,
                    phone,
                    external_id,
                },
                Some(item),
            )
        }
        GatewayAnswer::Refused(code) | GatewayAnswer::Unavailable(code)
            if is_permanent(&code) || sms.attempts >= MAX_ATTEMPTS =>
        {
            let item = (
                HistoryEvent::FailNotification,
                texts::sms_failed(kind, &person, &code),
            );
            (Outcome::Failed { code, phone }, Some(item))
        }
        GatewayAnswer::Refused(code) | GatewayAnswer::Unavailable(code) => {
            tracing::warn!(notification = %id, attempts = sms.attempts, %code, "SMS not accepted, retried later");
            (
                Outcome::Retry {
                    code,
                    phone,
                    retry_at: now + backoff(sms.attempts),
                },
                None,
            )
        }
    };
    let sent = matches!(outcome, Outcome::Sent { .. });
    if msj_db::notifications::finish(conn, id, outcome, now).await?
        && let Some((event, text)) = item
    {
        let row = writer.item(convict.id, Some(sms.appointment.id), event, text);
        msj_db::history::append(conn, &[row]).await?;
    }
    Ok(sent)
}
