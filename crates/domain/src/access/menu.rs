//! The entries of the agent application's menus each actor sees (features §2.1, §3): built
//! from the same rules the API applies, so that nobody is shown a screen that would refuse
//! them. The API still checks every request.

use super::alerts::manage_alerts;
use super::api_tokens::manage_api_tokens;
use super::audit::{read_audit, read_job_runs};
use super::convict_operations::merge_convicts;
use super::month_views::view_month;
use super::reinsertion::manage_resources;
use super::slots::lists_slots;
use super::stats::reads_stats;
use super::templates::manage_templates;
use super::users::list_users;
use super::{Actor, Scope};
use crate::appointment_types::AppointmentTypeKey;
use crate::roles::{OrganizationType, Role};

/// What the actor's service is like, for the entries that depend on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServiceTraits {
    /// The service belongs to a headquarter (several antennas).
    pub has_headquarter: bool,
    /// The court books across jurisdictions (« inter-ressort »).
    pub inter_ressort: bool,
}

/// The menu entries and screen options of one actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Menu {
    /// Month views of sorties d'audience, in menu order.
    pub month_views: Vec<AppointmentTypeKey>,
    /// « Lieux » (places and agendas).
    pub places: bool,
    /// « Créneaux récurrents ».
    pub slot_templates: bool,
    /// « Créneaux » (list, bulk creation, closing).
    pub slots: bool,
    /// « Modèles SMS » and the development SMS outbox.
    pub sms_templates: bool,
    /// « Numéros en échec ».
    pub failing_numbers: bool,
    /// « Agents ».
    pub agents: bool,
    /// « Services ».
    pub services: bool,
    /// « Ressources de réinsertion » (the public pages « Investir ma réinsertion »).
    pub reinsertion_resources: bool,
    /// « Demandes de dessaisissement ».
    pub transfers: bool,
    /// « Journal d'audit ».
    pub audit: bool,
    /// « Jetons d'API ».
    pub api_tokens: bool,
    /// « Statistiques » (of the service; the central admin's also national).
    pub statistics: bool,
    /// « Tâches planifiées » (runs of the periodic jobs).
    pub job_runs: bool,
    /// « Alertes » (broadcast alerts to agents).
    pub alerts: bool,
    /// « Fusionner des probationnaires » and « Import APPI ».
    pub convict_operations: bool,
    /// « Changer d'antenne » / « Changer de service » on the home page.
    pub switch_service: bool,
    /// The town, « SDF » and « Habite à l'étranger » fields of the probationer form.
    pub town_fields: bool,
    /// The « Afficher uniquement mes probationnaires » filter.
    pub my_convicts_filter: bool,
    /// The « Afficher uniquement les probationnaires de mon ressort » filter.
    pub ressort_filter: bool,
}

impl Menu {
    /// Whether the « Administration » menu has at least one entry.
    pub fn has_administration(&self) -> bool {
        self.places
            || self.slot_templates
            || self.slots
            || self.sms_templates
            || self.failing_numbers
            || self.agents
            || self.services
            || self.reinsertion_resources
            || self.transfers
            || self.audit
            || self.api_tokens
            || self.job_runs
            || self.alerts
            || self.convict_operations
    }
}

/// Roles that manage places of their own service (the central admin: their jurisdiction).
const PLACE_ROLES: [Role; 7] = [
    Role::Admin,
    Role::LocalAdmin,
    Role::DirGreffBex,
    Role::Jap,
    Role::DirGreffSap,
    Role::GreffSap,
    Role::Dpip,
];

/// The menu of `actor`, whose service has `traits`.
pub fn menu_for<Id: Copy + Eq>(actor: &Actor<Id>, traits: ServiceTraits) -> Menu {
    let month_views = [
        AppointmentTypeKey::SortieAudienceSap,
        AppointmentTypeKey::SortieAudienceSpip,
        AppointmentTypeKey::SapDdse,
    ]
    .into_iter()
    .filter(|kind| view_month(actor, *kind).is_allowed())
    .collect();
    let role = actor.role;
    let admin = role == Role::Admin;
    let local_admin = role == Role::LocalAdmin;
    let spip = actor.organization_type == OrganizationType::Spip;
    let granted = |allowed: bool| actor.charter_accepted && allowed;
    Menu {
        month_views,
        places: granted(PLACE_ROLES.contains(&role)),
        slot_templates: granted(PLACE_ROLES.contains(&role)),
        slots: granted(lists_slots(role)),
        sms_templates: manage_templates(actor).is_allowed(),
        failing_numbers: granted(admin || local_admin),
        agents: !matches!(list_users(actor), Scope::Nothing),
        services: granted(admin || local_admin),
        reinsertion_resources: manage_resources(actor).is_allowed(),
        transfers: granted(role.can_manage_divestments()),
        audit: read_audit(actor).is_allowed(),
        api_tokens: !matches!(manage_api_tokens(actor), Scope::Nothing),
        statistics: granted(reads_stats(role)),
        job_runs: read_job_runs(actor).is_allowed(),
        alerts: manage_alerts(actor).is_allowed(),
        convict_operations: merge_convicts(actor).is_allowed(),
        switch_service: granted(
            admin
                || (spip
                    && traits.has_headquarter
                    && matches!(role, Role::LocalAdmin | Role::Overseer | Role::Psychologist)),
        ),
        town_fields: granted(role.can_use_inter_ressort(traits.inter_ressort)),
        my_convicts_filter: granted(role.can_follow_convict(actor.organization_type)),
        ressort_filter: granted(role.work_at_bex()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roles::Role::*;

    const PLAIN: ServiceTraits = ServiceTraits {
        has_headquarter: false,
        inter_ressort: false,
    };

    fn menu(role: Role, organization_type: OrganizationType, traits: ServiceTraits) -> Menu {
        menu_for(&Actor::sample(role, organization_type), traits)
    }

    #[test]
    fn administration_menu_follows_features_3_5() {
        let tj = [
            (Admin, true),
            (LocalAdmin, true),
            (DirGreffBex, true),
            (Bex, false),
            (Prosecutor, false),
            (GreffCo, false),
            (Jap, true),
            (DirGreffSap, true),
            (GreffSap, true),
            (SecretaryCourt, true),
        ];
        for (role, shown) in tj {
            let menu = menu(role, OrganizationType::Tj, PLAIN);
            assert_eq!(menu.has_administration(), shown, "{role:?}");
        }
        let spip = [
            (LocalAdmin, true),
            (Dpip, true),
            (SecretarySpip, true),
            (Overseer, true),
            (Cpip, false),
            (Educator, false),
            (Psychologist, false),
        ];
        for (role, shown) in spip {
            let menu = menu(role, OrganizationType::Spip, PLAIN);
            assert_eq!(menu.has_administration(), shown, "{role:?}");
        }
    }

    #[test]
    fn jap_month_view_is_hidden_from_spip_roles() {
        let cpip = menu(Cpip, OrganizationType::Spip, PLAIN);
        assert_eq!(
            cpip.month_views,
            [
                AppointmentTypeKey::SortieAudienceSpip,
                AppointmentTypeKey::SapDdse
            ]
        );
        let bex = menu(Bex, OrganizationType::Tj, PLAIN);
        assert_eq!(bex.month_views.len(), 3);
    }

    #[test]
    fn only_the_admin_sees_templates_audit_and_job_runs() {
        for role in [LocalAdmin, Dpip, Jap, Cpip] {
            let menu = menu(role, OrganizationType::Spip, PLAIN);
            assert!(
                !menu.sms_templates && !menu.audit && !menu.job_runs && !menu.alerts,
                "{role:?}"
            );
        }
        let admin = menu(Admin, OrganizationType::Tj, PLAIN);
        assert!(admin.sms_templates && admin.audit && admin.services && admin.agents);
        assert!(admin.job_runs && admin.alerts);
        assert!(admin.convict_operations);
        let local_admin = menu(LocalAdmin, OrganizationType::Spip, PLAIN);
        assert!(!local_admin.convict_operations);
    }

    #[test]
    fn reinsertion_resources_and_api_tokens_for_local_and_central_admins() {
        assert!(menu(LocalAdmin, OrganizationType::Spip, PLAIN).reinsertion_resources);
        assert!(menu(LocalAdmin, OrganizationType::Tj, PLAIN).reinsertion_resources);
        assert!(menu(Admin, OrganizationType::Tj, PLAIN).reinsertion_resources);
        assert!(menu(Admin, OrganizationType::Tj, PLAIN).api_tokens);
        assert!(menu(LocalAdmin, OrganizationType::Spip, PLAIN).api_tokens);
        for role in [Cpip, Dpip, Jap, GreffSap, DirGreffSap] {
            let kind = if role.fits_organization_type(OrganizationType::Spip) {
                OrganizationType::Spip
            } else {
                OrganizationType::Tj
            };
            assert!(!menu(role, kind, PLAIN).reinsertion_resources, "{role:?}");
            assert!(!menu(role, kind, PLAIN).api_tokens, "{role:?}");
        }
    }

    #[test]
    fn statistics_for_admins_and_directors() {
        assert!(menu(Admin, OrganizationType::Tj, PLAIN).statistics);
        assert!(menu(LocalAdmin, OrganizationType::Spip, PLAIN).statistics);
        assert!(menu(Dpip, OrganizationType::Spip, PLAIN).statistics);
        assert!(menu(DirGreffSap, OrganizationType::Tj, PLAIN).statistics);
        assert!(!menu(Cpip, OrganizationType::Spip, PLAIN).statistics);
        assert!(!menu(Jap, OrganizationType::Tj, PLAIN).statistics);
    }

    #[test]
    fn service_switch_needs_a_headquarter_except_for_the_admin() {
        let antennas = ServiceTraits {
            has_headquarter: true,
            inter_ressort: false,
        };
        assert!(menu(Overseer, OrganizationType::Spip, antennas).switch_service);
        assert!(!menu(Overseer, OrganizationType::Spip, PLAIN).switch_service);
        assert!(!menu(Cpip, OrganizationType::Spip, antennas).switch_service);
        assert!(!menu(LocalAdmin, OrganizationType::Tj, antennas).switch_service);
        assert!(menu(Admin, OrganizationType::Tj, PLAIN).switch_service);
    }

    #[test]
    fn town_fields_for_inter_ressort_bex_only() {
        let ir = ServiceTraits {
            has_headquarter: false,
            inter_ressort: true,
        };
        assert!(menu(Bex, OrganizationType::Tj, ir).town_fields);
        assert!(!menu(Bex, OrganizationType::Tj, PLAIN).town_fields);
        assert!(!menu(Jap, OrganizationType::Tj, ir).town_fields);
    }

    #[test]
    fn list_filters_by_role() {
        let cpip = menu(Cpip, OrganizationType::Spip, PLAIN);
        assert!(cpip.my_convicts_filter && !cpip.ressort_filter);
        let bex = menu(Bex, OrganizationType::Tj, PLAIN);
        assert!(!bex.my_convicts_filter && bex.ressort_filter);
    }

    #[test]
    fn nothing_before_the_charter() {
        let actor = Actor {
            charter_accepted: false,
            ..Actor::sample(Admin, OrganizationType::Tj)
        };
        let menu = menu_for(&actor, PLAIN);
        assert!(!menu.has_administration() && menu.month_views.is_empty());
        assert!(!menu.statistics);
    }
}
