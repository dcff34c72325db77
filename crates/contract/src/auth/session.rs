//! Sign-in and the session's access token.

use serde::{Deserialize, Serialize};

/// `POST /api/v1/auth/login`. The email is case-insensitive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({"email": "admin@demo.msj.test", "password": "Correct-Horse-7-Battery"})))]
pub struct LoginRequest {
    /// Email address of the agent.
    pub email: String,
    /// Password.
    pub password: String,
}

/// An open session: a short-lived access token (send it as `Authorization: Bearer …`); the
/// refresh token travels in an HttpOnly cookie scoped to `/api/v1/auth`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionResponse {
    /// JWT to send as `Authorization: Bearer <token>`.
    pub access_token: String,
    /// Lifetime of the access token, in seconds (900).
    pub expires_in: u32,
    /// The signed-in agent.
    pub user: CurrentUser,
}

/// The signed-in agent (`GET /api/v1/auth/me`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d00",
    "email": "cpip@spip-75.demo.msj.test",
    "first_name": "Élodie",
    "last_name": "MARTIN",
    "role": "cpip",
    "role_label": "CPIP",
    "organization": {"id": "0190f3b4-8a8e-7cc4-9a53-4b8a2f9e1d01", "name": "SPIP 75", "kind": "spip"},
    "security_charter_accepted": true,
    "menu": {"month_views": ["sortie_audience_spip", "sap_ddse"], "administration": false, "places": false, "slot_templates": false,
        "slots": false, "sms_templates": false, "failing_numbers": false, "agents": false, "services": false, "reinsertion_resources": false,
        "transfers": false, "audit": false, "api_tokens": false, "statistics": false, "job_runs": false, "alerts": false, "convict_operations": false, "switch_service": false, "town_fields": false,
        "my_convicts_filter": true, "ressort_filter": false}
})))]
pub struct CurrentUser {
    /// Agent id.
    pub id: String,
    /// Email address.
    pub email: String,
    /// First name.
    pub first_name: String,
    /// Last name (upper case).
    pub last_name: String,
    /// Role key (`cpip`, `greff_sap`, …).
    pub role: String,
    /// French label of the role.
    pub role_label: String,
    /// The agent's service.
    pub organization: OrganizationSummary,
    /// Whether the current security charter is accepted (nothing else works until it is).
    pub security_charter_accepted: bool,
    /// The menu entries and screen options the agent's role allows (features §2.1, §3).
    pub menu: AgentMenu,
    /// Set while a central administrator is connected as this agent (« Se connecter en tant
    /// que cet agent »): the administrator, shown in the banner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impersonated_by: Option<Impersonator>,
}

/// The central administrator connected as another agent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Impersonator {
    /// The administrator's id.
    pub id: String,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
}

/// The screens and options of the agent application a role may use; the API still checks
/// every request.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AgentMenu {
    /// Month views of sorties d'audience (`sortie_audience_sap`, `sortie_audience_spip`,
    /// `sap_ddse`), in menu order.
    pub month_views: Vec<String>,
    /// The « Administration » menu (at least one of the entries below).
    pub administration: bool,
    /// « Lieux ».
    pub places: bool,
    /// « Créneaux récurrents ».
    pub slot_templates: bool,
    /// « Créneaux ».
    pub slots: bool,
    /// « Modèles SMS » and the development SMS outbox.
    pub sms_templates: bool,
    /// « Numéros en échec ».
    pub failing_numbers: bool,
    /// « Agents ».
    pub agents: bool,
    /// « Services ».
    pub services: bool,
    /// « Ressources de réinsertion ».
    #[serde(default)]
    pub reinsertion_resources: bool,
    /// « Demandes de dessaisissement ».
    pub transfers: bool,
    /// « Journal d'audit ».
    pub audit: bool,
    /// « Jetons d'API ».
    pub api_tokens: bool,
    /// « Statistiques » (the central admin's, also national).
    #[serde(default)]
    pub statistics: bool,
    /// « Tâches planifiées » (runs of the periodic jobs).
    #[serde(default)]
    pub job_runs: bool,
    /// « Alertes » (broadcast alerts to agents).
    #[serde(default)]
    pub alerts: bool,
    /// « Fusionner des probationnaires » and « Import APPI » (central administrators).
    #[serde(default)]
    pub convict_operations: bool,
    /// « Changer d'antenne » on the home page.
    pub switch_service: bool,
    /// Town, « SDF » and « Habite à l'étranger » in the probationer form (inter-ressort BEX).
    pub town_fields: bool,
    /// « Afficher uniquement mes probationnaires ».
    pub my_convicts_filter: bool,
    /// « Afficher uniquement les probationnaires de mon ressort ».
    pub ressort_filter: bool,
}

/// A service, in brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganizationSummary {
    /// Service id.
    pub id: String,
    /// Name, e.g. « SPIP 75 ».
    pub name: String,
    /// `spip` or `tj`.
    pub kind: String,
}
