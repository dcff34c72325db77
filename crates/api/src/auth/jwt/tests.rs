use chrono::{TimeDelta, Utc};
use uuid::Uuid;

use super::{Audience, issue, issue_for, verify, verify_for};
use crate::config::JwtKeys;

fn keys(spec: &str) -> JwtKeys {
    JwtKeys::from_env(
        &|name| (name == "MSJ_JWT_KEYS").then(|| spec.to_owned()),
        None,
    )
    .unwrap()
}

const A: &str = "a:0123456789abcdef0123456789abcdef";
const B: &str = "b:fedcba9876543210fedcba9876543210";

#[test]
fn a_token_is_valid_for_fifteen_minutes() {
    let keys = keys(A);
    let user = Uuid::now_v7();
    let now = Utc::now();
    let token = issue(&keys, user, now).unwrap();
    assert_eq!(
        verify(&keys, &token, now + TimeDelta::minutes(14)),
        Some(user)
    );
    assert_eq!(verify(&keys, &token, now + TimeDelta::minutes(15)), None);
}

#[test]
fn keys_rotate_by_kid() {
    let old = keys(A);
    let token = issue(&old, Uuid::now_v7(), Utc::now()).unwrap();
    let rotated = keys(&format!("{B},{A}"));
    assert!(
        verify(&rotated, &token, Utc::now()).is_some(),
        "the old key still verifies"
    );
    let retired = keys(B);
    assert!(
        verify(&retired, &token, Utc::now()).is_none(),
        "a retired key no longer does"
    );
}

#[test]
fn a_tampered_token_is_refused() {
    let keys = keys(A);
    let token = issue(&keys, Uuid::now_v7(), Utc::now()).unwrap();
    let mut tampered = token.clone();
    tampered.pop();
    tampered.push(if token.ends_with('A') { 'B' } else { 'A' });
    assert!(verify(&keys, &tampered, Utc::now()).is_none());
    assert!(verify(&keys, "not-a-jwt", Utc::now()).is_none());
}

#[test]
fn audiences_never_mix() {
    let keys = keys(A);
    let id = Uuid::now_v7();
    let now = Utc::now();
    let portal = issue_for(&keys, Audience::Portal, id, now).unwrap();
    assert_eq!(verify_for(&keys, Audience::Portal, &portal, now), Some(id));
    assert_eq!(
        verify(&keys, &portal, now),
        None,
        "a portal token is no agent token"
    );
    let agent = issue(&keys, id, now).unwrap();
    assert_eq!(verify_for(&keys, Audience::Portal, &agent, now), None);
}

#[test]
fn an_agent_token_carries_its_session_and_impersonation() {
    let keys = keys(A);
    let now = Utc::now();
    let said = super::AgentToken {
        sub: Uuid::now_v7(),
        sid: Some(Uuid::now_v7()),
        imp: Some(Uuid::now_v7()),
    };
    let token = super::issue_agent(&keys, said, now).unwrap();
    assert_eq!(super::verify_agent(&keys, &token, now), Some(said));
    let plain = issue(&keys, said.sub, now).unwrap();
    let read = super::verify_agent(&keys, &plain, now).unwrap();
    assert_eq!((read.sid, read.imp), (None, None));
}
