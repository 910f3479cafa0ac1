use techbridge_domain::{Ref, Verification};
use techbridge_store::{Outcome, Store};

use super::harness::{ORG_CN, ORG_VN, at, organization};

crate::on_both_engines!(
    a_fresh_store_is_empty_and_migrates_again_harmlessly,
    an_organization_reads_back_as_saved,
    saving_the_same_organization_changes_nothing,
);

async fn a_fresh_store_is_empty_and_migrates_again_harmlessly(store: &Store) {
    let counts = store.counts().await.unwrap();
    assert_eq!(
        (counts.organizations, counts.offers, counts.needs),
        (0, 0, 0)
    );
    assert_eq!(store.last_change().await.unwrap(), 0);
    let migrations = store.migrate().await.unwrap();
    assert!(migrations >= 1);
    assert_eq!(store.migrate().await.unwrap(), migrations);
}

async fn an_organization_reads_back_as_saved(store: &Store) {
    let org = organization(ORG_CN);
    assert_eq!(
        store.save_organization(&org, at(0)).await.unwrap(),
        Outcome::Created
    );
    let stored = store.organization(&org.reference).await.unwrap().unwrap();
    assert_eq!(stored.organization, org);
    assert_eq!(stored.created_at, at(0));
    assert!(
        store
            .organization(&Ref::parse("org-none").unwrap())
            .await
            .unwrap()
            .is_none()
    );
}

async fn saving_the_same_organization_changes_nothing(store: &Store) {
    let mut org = organization(ORG_VN);
    store.save_organization(&org, at(0)).await.unwrap();
    let seq = store.last_change().await.unwrap();
    assert_eq!(
        store.save_organization(&org, at(5)).await.unwrap(),
        Outcome::Unchanged
    );
    assert_eq!(store.last_change().await.unwrap(), seq);

    org.verification = Verification::Pending;
    assert_eq!(
        store.save_organization(&org, at(9)).await.unwrap(),
        Outcome::Updated
    );
    let stored = store.organization(&org.reference).await.unwrap().unwrap();
    assert_eq!(stored.organization.verification, Verification::Pending);
    assert_eq!((stored.created_at, stored.updated_at), (at(0), at(9)));
    assert_eq!(store.last_change().await.unwrap(), seq + 1);
    assert_eq!(store.organizations().await.unwrap().len(), 1);
}
