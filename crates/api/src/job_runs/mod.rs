//! The runs of the periodic jobs (`GET /api/v1/job-runs`): what each daily job did, for the
//! central admin's « Tâches planifiées » screen.

mod list;

use utoipa_actix_web::service_config::ServiceConfig;

/// Routes under `/api/v1`.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(list::list);
}
