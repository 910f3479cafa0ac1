use jiff::civil::date;
use techbridge_domain::{Lifecycle, ListingStatus, Ref, Side, Text};
use techbridge_store::{Outcome, Store, StoreError};

use super::harness::{NEED, OFFER, ORG_CN, ORG_VN, at, listing, organization};

crate::on_both_engines!(
    a_need_reads_back_with_every_field,
    a_listing_needs_an_existing_organization,
    confidential_details_are_versioned,
    the_lifecycle_is_stored_and_guarded,
    due_listings_expire,
    every_script_survives_the_round_trip,
    listings_can_be_walked_and_found_by_organization,
    embeddings_are_kept_per_model_without_logging_a_change,
);

async fn seed(store: &Store) {
    store
        .save_organization(&organization(ORG_VN), at(0))
        .await
        .unwrap();
    store
        .save_organization(&organization(ORG_CN), at(0))
        .await
        .unwrap();
}

async fn a_need_reads_back_with_every_field(store: &Store) {
    seed(store).await;
    let need = listing(NEED);
    let lifecycle = Lifecycle::published(date(2026, 11, 1));
    assert_eq!(
        store.save_listing(&need, &lifecycle, at(1)).await.unwrap(),
        Outcome::Created
    );
    let stored = store
        .listing(Side::Need, &need.reference)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.listing, need);
    assert_eq!(stored.lifecycle, lifecycle);
    assert_eq!(stored.confidential_version, 1);
    // Refs are unique within a side only.
    assert!(
        store
            .listing(Side::Offer, &need.reference)
            .await
            .unwrap()
            .is_none()
    );
    let counts = store.counts().await.unwrap();
    assert_eq!((counts.offers, counts.needs), (0, 1));
}

async fn a_listing_needs_an_existing_organization(store: &Store) {
    let err = store
        .save_listing(&listing(OFFER), &Lifecycle::Draft, at(0))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::NotFound {
                kind: "organization",
                ..
            }
        ),
        "{err}"
    );
    assert_eq!(store.counts().await.unwrap().offers, 0);
    assert_eq!(store.last_change().await.unwrap(), 0);
}

async fn confidential_details_are_versioned(store: &Store) {
    seed(store).await;
    let mut offer = listing(OFFER);
    store
        .save_listing(&offer, &Lifecycle::Draft, at(0))
        .await
        .unwrap();
    assert_eq!(version(store, &offer.reference).await, 0);
    offer.confidential = Some(Text::parse("Primer set P3, 63 °C, 40 min.").unwrap());
    store
        .save_listing(&offer, &Lifecycle::Draft, at(1))
        .await
        .unwrap();
    assert_eq!(version(store, &offer.reference).await, 1);
    store
        .save_listing(&offer, &Lifecycle::Draft, at(2))
        .await
        .unwrap();
    assert_eq!(version(store, &offer.reference).await, 1);
    offer.confidential = None;
    store
        .save_listing(&offer, &Lifecycle::Draft, at(3))
        .await
        .unwrap();
    let stored = store
        .listing(Side::Offer, &offer.reference)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (stored.listing.confidential, stored.confidential_version),
        (None, 2)
    );
}

async fn version(store: &Store, reference: &Ref) -> i64 {
    store
        .listing(Side::Offer, reference)
        .await
        .unwrap()
        .unwrap()
        .confidential_version
}

async fn the_lifecycle_is_stored_and_guarded(store: &Store) {
    seed(store).await;
    let offer = listing(OFFER);
    let r = offer.reference.clone();
    store
        .save_listing(&offer, &Lifecycle::Draft, at(0))
        .await
        .unwrap();
    store
        .transition_listing(Side::Offer, &r, at(1), Lifecycle::submit)
        .await
        .unwrap();
    let reason = Text::parse("Add the detection limit.").unwrap();
    store
        .transition_listing(Side::Offer, &r, at(2), |l| l.reject(reason.clone()))
        .await
        .unwrap();
    let stored = store.listing(Side::Offer, &r).await.unwrap().unwrap();
    assert_eq!(stored.lifecycle, Lifecycle::Rejected { reason });

    let seq = store.last_change().await.unwrap();
    let refused = store
        .transition_listing(Side::Offer, &r, at(3), |l| l.publish(date(2026, 1, 1)))
        .await
        .unwrap_err();
    assert!(matches!(refused, StoreError::Transition(_)), "{refused}");
    assert_eq!(store.last_change().await.unwrap(), seq);
    assert_eq!(
        store
            .listing(Side::Offer, &r)
            .await
            .unwrap()
            .unwrap()
            .lifecycle
            .status(),
        ListingStatus::Rejected
    );

    store
        .transition_listing(Side::Offer, &r, at(4), Lifecycle::submit)
        .await
        .unwrap();
    let published = store
        .transition_listing(Side::Offer, &r, at(5), |l| l.publish(date(2026, 2, 1)))
        .await
        .unwrap();
    assert_eq!(published, Lifecycle::published(date(2026, 2, 1)));
    let missing = store
        .transition_listing(
            Side::Offer,
            &Ref::parse("off-404").unwrap(),
            at(6),
            Lifecycle::withdraw,
        )
        .await
        .unwrap_err();
    assert!(matches!(missing, StoreError::NotFound { .. }));
}

async fn due_listings_expire(store: &Store) {
    seed(store).await;
    let offer = listing(OFFER);
    let need = listing(NEED);
    store
        .save_listing(&offer, &Lifecycle::published(date(2025, 1, 10)), at(0))
        .await
        .unwrap();
    store
        .save_listing(&need, &Lifecycle::published(date(2025, 6, 1)), at(0))
        .await
        .unwrap();
    assert_eq!(store.expire_due(date(2026, 1, 9), at(1)).await.unwrap(), 0);
    assert_eq!(store.expire_due(date(2026, 1, 10), at(2)).await.unwrap(), 1);
    let expired = store
        .listing(Side::Offer, &offer.reference)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(expired.lifecycle.status(), ListingStatus::Expired);
    let still = store
        .listing(Side::Need, &need.reference)
        .await
        .unwrap()
        .unwrap();
    assert!(still.lifecycle.is_public());
}

async fn every_script_survives_the_round_trip(store: &Store) {
    seed(store).await;
    for (i, (language, title)) in [
        ("th", "ระบบตรวจวัดคุณภาพน้ำในบ่อกุ้งแบบเรียลไทม์"),
        ("my", "ဆန်စပါးခြောက်သွေ့စက် စွမ်းအင်သက်သာ"),
        ("km", "ម៉ាស៊ីនសម្ងួតស្រូវប្រើថាមពលព្រះអាទិត្យ"),
        ("lo", "ເຄື່ອງອົບແຫ້ງກາເຟດ້ວຍພະລັງງານແສງຕາເວັນ"),
        ("zh", "基于5G的智慧港口 🚢 调度系统"),
    ]
    .into_iter()
    .enumerate()
    {
        let line = format!(
            r#"{{"kind":"offer","ref":"off-script-{i}","organization":"org-cn","language":"{language}","title":"{title}","summary":"{title}"}}"#
        );
        let offer = listing(&line);
        store
            .save_listing(&offer, &Lifecycle::Draft, at(0))
            .await
            .unwrap();
        let stored = store
            .listing(Side::Offer, &offer.reference)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.listing, offer);
    }
}

async fn listings_can_be_walked_and_found_by_organization(store: &Store) {
    seed(store).await;
    let need = listing(NEED);
    let offer = listing(OFFER);
    store
        .save_listing(&need, &Lifecycle::Draft, at(0))
        .await
        .unwrap();
    store
        .save_listing(&offer, &Lifecycle::Draft, at(1))
        .await
        .unwrap();
    let first = store.listings_after(0, 1).await.unwrap();
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].listing, need);
    let rest = store.listings_after(first[0].id, 10).await.unwrap();
    assert_eq!(
        rest.iter().map(|l| &l.listing).collect::<Vec<_>>(),
        [&offer]
    );
    let of_vn = store.listings_of(&need.organization).await.unwrap();
    assert_eq!(of_vn, [(Side::Need, need.reference.clone())]);
    assert!(
        store
            .listings_of(&Ref::parse("org-none").unwrap())
            .await
            .unwrap()
            .is_empty()
    );
}

async fn embeddings_are_kept_per_model_without_logging_a_change(store: &Store) {
    seed(store).await;
    let offer = listing(OFFER);
    store
        .save_listing(&offer, &Lifecycle::Draft, at(0))
        .await
        .unwrap();
    let seq = store.last_change().await.unwrap();
    let vector = [0.25, -1.5, 3.0e-7, f32::MAX];
    let saved = store
        .save_embedding(Side::Offer, &offer.reference, "e5", "h1", &vector, at(1))
        .await
        .unwrap();
    assert!(saved);
    let stored = store
        .embedding(Side::Offer, &offer.reference, "e5")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (stored.text_hash.as_str(), stored.vector.as_slice()),
        ("h1", &vector[..])
    );
    assert!(
        store
            .embedding(Side::Offer, &offer.reference, "other")
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .embedding(Side::Need, &offer.reference, "e5")
            .await
            .unwrap()
            .is_none()
    );

    store
        .save_embedding(Side::Offer, &offer.reference, "e5", "h2", &[1.0], at(2))
        .await
        .unwrap();
    let (all, last) = store.embeddings_after("e5", 0, 10).await.unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(
        (all[0].text_hash.as_str(), all[0].vector.as_slice()),
        ("h2", &[1.0][..])
    );
    assert_eq!(store.embeddings_after("e5", last, 10).await.unwrap().0, []);
    assert_eq!(store.last_change().await.unwrap(), seq);
    let missing = Ref::parse("off-404").unwrap();
    assert!(
        !store
            .save_embedding(Side::Offer, &missing, "e5", "h", &[1.0], at(3))
            .await
            .unwrap()
    );
}
