use jiff::civil::date;
use techbridge_domain::{Lifecycle, Side};
use techbridge_store::{Entity, Store};

use super::harness::{NEED, ORG_VN, at, listing, organization};

crate::on_both_engines!(
    every_write_is_logged_in_order,
    concurrent_writers_each_get_a_place
);

async fn every_write_is_logged_in_order(store: &Store) {
    store
        .save_organization(&organization(ORG_VN), at(0))
        .await
        .unwrap();
    let need = listing(NEED);
    store
        .save_listing(&need, &Lifecycle::Submitted, at(1))
        .await
        .unwrap();
    store
        .transition_listing(Side::Need, &need.reference, at(2), |l| {
            l.publish(date(2026, 5, 1))
        })
        .await
        .unwrap();
    let changes = store.changes_since(0, 100).await.unwrap();
    let seen: Vec<_> = changes
        .iter()
        .map(|c| (c.entity, c.reference.as_str(), c.at))
        .collect();
    assert_eq!(
        seen,
        [
            (Entity::Organization, "org-vn", at(0)),
            (Entity::Need, "need-1", at(1)),
            (Entity::Need, "need-1", at(2)),
        ]
    );
    assert!(changes.windows(2).all(|w| w[0].seq < w[1].seq));
    let after_first = store.changes_since(changes[0].seq, 1).await.unwrap();
    assert_eq!(after_first, &changes[1..2]);
    assert_eq!(store.last_change().await.unwrap(), changes[2].seq);
}

async fn concurrent_writers_each_get_a_place(store: &Store) {
    store
        .save_organization(&organization(ORG_VN), at(0))
        .await
        .unwrap();
    let writers = (0..8).map(|i| {
        let store = store.clone();
        tokio::spawn(async move {
            let line = NEED.replace("need-1", &format!("need-c{i}"));
            // SQLite lets one writer in at a time and makes the others wait; none may fail.
            store
                .save_listing(&listing(&line), &Lifecycle::Draft, at(i))
                .await
        })
    });
    for writer in writers.collect::<Vec<_>>() {
        writer.await.unwrap().unwrap();
    }
    let changes = store.changes_since(0, 100).await.unwrap();
    assert_eq!(changes.len(), 9);
    assert_eq!(store.counts().await.unwrap().needs, 8);
}
