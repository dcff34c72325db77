//! Filling a template with an appointment's values (domain §6.1) and adding the STOP SMS line
//! (SPEC §4).

use chrono::{NaiveDate, NaiveTime, Timelike};

use super::placeholders::Placeholder;
use crate::dates::french_date;

/// The values an appointment SMS inserts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmsValues {
    /// Date of the appointment, in the organisation's zone.
    pub date: NaiveDate,
    /// Start time of the appointment, in the organisation's zone.
    pub time: NaiveTime,
    /// Name of the place.
    pub place_name: String,
    /// Address of the place.
    pub address: String,
    /// Phone of the place, national format without spaces (« 0102030405 »), if any.
    pub phone: Option<String>,
    /// The place's preferred contact: its phone (unspaced) or its contact e-mail.
    pub contact: String,
    /// Link to the place's public page.
    pub info_link: String,
}

impl SmsValues {
    /// Typical values, for the template editor's preview and the length budget of the default
    /// texts (SPEC §10): a 25-character name, a 40-character address, a 35-character link.
    pub fn sample() -> Self {
        Self {
            date: NaiveDate::from_ymd_opt(2027, 9, 15).unwrap_or_default(),
            time: NaiveTime::from_hms_opt(15, 30, 0).unwrap_or_default(),
            place_name: "SPIP de Paris - Antenne 3".to_owned(),
            address: "114 bis rue Charles Fourier, 75013 Paris".to_owned(),
            phone: Some("0102030405".to_owned()),
            contact: "0102030405".to_owned(),
            info_link: "https://msj.justice.fr/p/AB12CD7890".to_owned(),
        }
    }

    /// The text a placeholder stands for (empty when there is no value).
    pub fn value(&self, placeholder: Placeholder) -> String {
        match placeholder {
            Placeholder::Date => sms_date(self.date),
            Placeholder::Time => sms_time(self.time),
            Placeholder::PlaceName => self.place_name.clone(),
            Placeholder::Address => self.address.clone(),
            Placeholder::Phone => self.phone.clone().unwrap_or_default(),
            Placeholder::Contact => self.contact.clone(),
            Placeholder::InfoLink => self.info_link.clone(),
        }
    }
}

/// « lundi 14 avril 2025 », « 1er » for the first day, « aout » without its circumflex (GSM-7).
pub fn sms_date(date: NaiveDate) -> String {
    french_date(date).replace("août", "aout")
}

/// « 15h30 », « 9h05 », « 8h00 ».
pub fn sms_time(time: NaiveTime) -> String {
    format!("{}h{:02}", time.hour(), time.minute())
}

/// The template with every placeholder replaced by its value, in one pass: a value is never
/// read as a placeholder. Any other `{…}` stays as written.
pub fn render(template: &str, values: &SmsValues) -> String {
    let mut text = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        rest = &rest[open..];
        match Placeholder::ALL
            .into_iter()
            .find(|p| rest.starts_with(p.token()))
        {
            Some(placeholder) => {
                text.push_str(&values.value(placeholder));
                rest = &rest[placeholder.token().len()..];
            }
            None => {
                text.push('{');
                rest = &rest[1..];
            }
        }
    }
    text.push_str(rest);
    text
}

/// The text followed by « STOP SMS : <url> » after one space; `stop_url` is the short link
/// `<public URL>/s/<token>`.
pub fn with_stop_line(text: &str, stop_url: &str) -> String {
    format!("{} STOP SMS : {stop_url}", text.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(y: i32, m: u32, d: u32, h: u32, min: u32) -> SmsValues {
        SmsValues {
            date: NaiveDate::from_ymd_opt(y, m, d).unwrap(),
            time: NaiveTime::from_hms_opt(h, min, 0).unwrap(),
            phone: None,
            ..SmsValues::sample()
        }
    }

    #[test]
    fn dates_and_times_for_sms() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(sms_date(date(2025, 4, 14)), "lundi 14 avril 2025");
        assert_eq!(sms_date(date(2026, 8, 1)), "samedi 1er aout 2026");
        assert_eq!(sms_date(date(2026, 12, 27)), "dimanche 27 décembre 2026");
        let time = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(sms_time(time(15, 30)), "15h30");
        assert_eq!(sms_time(time(9, 5)), "9h05");
        assert_eq!(sms_time(time(8, 0)), "8h00");
    }

    #[test]
    fn placeholders_are_replaced_once() {
        let mut values = values(2025, 4, 14, 9, 5);
        values.place_name = "{rdv.heure}".to_owned();
        let text = render(
            "Le {rdv.date} à {rdv.heure}, {lieu.nom} {x} tél. {lieu.téléphone}, {lieu.contact}",
            &values,
        );
        assert_eq!(
            text,
            "Le lundi 14 avril 2025 à 9h05, {rdv.heure} {x} tél. , 0102030405"
        );
        assert_eq!(
            render("{lieu.lien_info}{", &values),
            "https://msj.justice.fr/p/AB12CD7890{"
        );
    }

    #[test]
    fn sample_has_the_typical_lengths() {
        let sample = SmsValues::sample();
        assert_eq!(sample.place_name.chars().count(), 25);
        assert_eq!(sample.address.chars().count(), 40);
        assert_eq!(sms_date(sample.date), "mercredi 15 septembre 2027");
    }

    #[test]
    fn stop_line_ends_the_text() {
        let url = "https://msj.justice.fr/s/AB12CD34";
        assert_eq!(
            with_stop_line("Infos : https://msj.justice.fr/p/X ", url),
            "Infos : https://msj.justice.fr/p/X STOP SMS : https://msj.justice.fr/s/AB12CD34"
        );
    }
}
