//! Reading the audit log: central admins only.

use super::{Actor, Decision, DenialReason, require_charter};
use crate::roles::Role;

/// Reading the audit log (`GET /api/v1/audit`): the central admin.
pub fn read_audit<Id: Copy + Eq>(actor: &Actor<Id>) -> Decision {
    require_charter(actor)
        .and_then(|| Decision::allow_if(actor.role == Role::Admin, DenialReason::Forbidden))
}

/// Reading the runs of the periodic jobs (`GET /api/v1/job-runs`): the central admin.
pub fn read_job_runs<Id: Copy + Eq>(actor: &Actor<Id>) -> Decision {
    read_audit(actor)
}
