use chrono::{TimeDelta, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use msj_db::emails::{NewEmail, claim_due, enqueue, mark_failed_attempt};
use msj_db::testing::TestDatabase;
use uuid::Uuid;

fn email(n: usize) -> NewEmail {
    let now = Utc::now();
    NewEmail {
        id: Uuid::now_v7(),
        kind: "test".into(),
        to_address: format!("agent{n}@justice.fr"),
        subject: "Objet".into(),
        text_body: "Texte".into(),
        html_body: "<p>Texte</p>".into(),
        next_attempt_at: now,
        created_at: now,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_workers_claim_disjoint_emails_and_leases_expire() {
    let db = TestDatabase::create().await.unwrap();
    let mut conn = AsyncPgConnection::establish(&db.url).await.unwrap();
    for n in 0..40 {
        enqueue(&mut conn, &email(n)).await.unwrap();
    }
    let now = Utc::now();
    let workers = (0..4).map(|_| {
        let url = db.url.clone();
        tokio::spawn(async move {
            let mut conn = AsyncPgConnection::establish(&url).await.unwrap();
            let mut mine = Vec::new();
            loop {
                let claimed = claim_due(&mut conn, now, now + TimeDelta::minutes(5), 3)
                    .await
                    .unwrap();
                if claimed.is_empty() {
                    return mine;
                }
                mine.extend(claimed.into_iter().map(|row| row.id));
            }
        })
    });
    let mut all: Vec<Uuid> = Vec::new();
    for worker in workers {
        all.extend(worker.await.unwrap());
    }
    let count = all.len();
    all.sort();
    all.dedup();
    assert_eq!(
        (count, all.len()),
        (40, 40),
        "each email claimed exactly once"
    );

    assert!(
        claim_due(
            &mut conn,
            now + TimeDelta::minutes(4),
            now + TimeDelta::minutes(9),
            100
        )
        .await
        .unwrap()
        .is_empty()
    );
    let retaken = claim_due(
        &mut conn,
        now + TimeDelta::minutes(6),
        now + TimeDelta::minutes(11),
        100,
    )
    .await
    .unwrap();
    assert_eq!(retaken.len(), 40, "a crashed worker's lease lapses");
    assert!(retaken.iter().all(|row| row.attempts == 2));

    let later = now + TimeDelta::minutes(30);
    mark_failed_attempt(&mut conn, retaken[0].id, "550 refused", now, Some(later))
        .await
        .unwrap();
    mark_failed_attempt(&mut conn, retaken[1].id, "550 refused", now, None)
        .await
        .unwrap();
    let due = claim_due(&mut conn, later, later + TimeDelta::minutes(5), 100)
        .await
        .unwrap();
    assert!(
        due.iter().any(|row| row.id == retaken[0].id),
        "retried when due"
    );
    assert!(due.iter().all(|row| row.id != retaken[1].id), "given up");
}
