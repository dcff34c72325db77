//! Agents ("utilisateurs"): who may list, view, invite, edit, re-role, delete and unlock whom
//! (features §3.6, SPEC §6). Closes gaps (b) and (c) of features §4.6: nobody changes their
//! own role, and the role guard also applies on delete.
//!
//! Every rule checks the security charter first, then whether the target is visible at all
//! (else `out_of_scope`), then the role rules.

mod deactivate;
mod delete;
mod invite;
mod manager;
mod role_change;
mod target;
mod unlock;
mod view;

pub use deactivate::deactivate_user;
pub use delete::delete_user;
pub use invite::{invite, roles_offered_for_invitation};
pub use role_change::change_role;
pub use target::UserTarget;
pub use unlock::unlock_user;
pub use view::{edit_user, list_users, view_user};
