use jiff::civil::date;
use techbridge_domain::{Email, Interest, InterestStatus, Lifecycle, Ref, Side, Text};
use techbridge_store::{Store, StoreError, StoredInterest};

use super::harness::{NEED, OFFER, ORG_CN, ORG_VN, at, listing, organization};

crate::on_both_engines!(
    details_are_released_only_after_acceptance_and_terms_and_every_release_is_recorded,
    interest_outside_the_rules_is_refused_and_changes_nothing,
    unanswered_interest_expires_after_thirty_days,
);

/// The Vietnamese need (with confidential details) published, and both organizations.
async fn seed(store: &Store) {
    for line in [ORG_VN, ORG_CN] {
        store
            .save_organization(&organization(line), at(0))
            .await
            .unwrap();
    }
    store
        .save_listing(
            &listing(NEED),
            &Lifecycle::published(date(2026, 11, 1)),
            at(1),
        )
        .await
        .unwrap();
    store
        .save_listing(&listing(OFFER), &Lifecycle::Draft, at(1))
        .await
        .unwrap();
}

fn r(s: &str) -> Ref {
    Ref::parse(s).unwrap()
}

fn message() -> Text<4000> {
    Text::parse("我们的LAMP试剂盒可在池塘边检测WSSV，希望进一步了解试点需求。").unwrap()
}

/// The Chinese institute's interest in the Vietnamese need, sent on 2026-11-21.
async fn chinese_interest_in_the_need(store: &Store) -> StoredInterest {
    store
        .send_interest(
            Side::Need,
            &r("need-1"),
            &r("org-cn"),
            &message(),
            date(2026, 11, 21),
            at(2),
        )
        .await
        .unwrap()
}

async fn details_are_released_only_after_acceptance_and_terms_and_every_release_is_recorded(
    store: &Store,
) {
    seed(store).await;
    let reader = Email::parse("chen@aqua.example.cn").unwrap();
    let sent = chinese_interest_in_the_need(store).await;
    assert_eq!(
        (sent.owner.as_str(), sent.organization.as_str()),
        ("org-vn", "org-cn")
    );
    assert_eq!(sent.interest.status(), InterestStatus::Sent);
    assert_eq!(store.interest(sent.id).await.unwrap().unwrap(), sent);

    let refused = store.disclose(sent.id, &reader, at(3)).await.unwrap_err();
    assert!(matches!(refused, StoreError::Refused(_)), "{refused}");
    store
        .transition_interest(sent.id, at(4), |i| i.accept(date(2026, 11, 22)))
        .await
        .unwrap();
    let refused = store.disclose(sent.id, &reader, at(5)).await.unwrap_err();
    assert!(
        refused.to_string().contains("non-disclosure terms"),
        "{refused}"
    );
    assert!(
        store
            .disclosures_of(Side::Need, &r("need-1"))
            .await
            .unwrap()
            .is_empty()
    );

    let agreed = store
        .transition_interest(sent.id, at(6), |i| i.agree_terms(reader.clone(), at(6)))
        .await
        .unwrap();
    assert!(agreed.interest.discloses());
    assert_eq!(
        store.interest(sent.id).await.unwrap().unwrap().interest,
        agreed.interest
    );
    let disclosed = store.disclose(sent.id, &reader, at(7)).await.unwrap();
    assert_eq!(
        disclosed.details.unwrap().as_str(),
        "Danh sách 40 hộ nuôi thí điểm."
    );
    assert_eq!(disclosed.version, 1);

    // The owner changes the details: the next release is of the new version, and both show.
    let mut need = listing(NEED);
    need.confidential = Some(Text::parse("Danh sách 45 hộ nuôi thí điểm.").unwrap());
    store
        .save_listing(&need, &Lifecycle::published(date(2026, 11, 1)), at(8))
        .await
        .unwrap();
    assert_eq!(
        store
            .disclose(sent.id, &reader, at(9))
            .await
            .unwrap()
            .version,
        2
    );
    let releases = store
        .disclosures_of(Side::Need, &r("need-1"))
        .await
        .unwrap();
    let seen: Vec<(i64, &str, &str, jiff::Timestamp)> = releases
        .iter()
        .map(|d| {
            (
                d.confidential_version,
                d.organization.as_str(),
                d.released_to.as_str(),
                d.released_at,
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (1, "org-cn", "chen@aqua.example.cn", at(7)),
            (2, "org-cn", "chen@aqua.example.cn", at(9))
        ]
    );
}

async fn interest_outside_the_rules_is_refused_and_changes_nothing(store: &Store) {
    seed(store).await;
    let today = date(2026, 11, 21);
    let send = |side, listing: &'static str, from: &'static str| async move {
        store
            .send_interest(side, &r(listing), &r(from), &message(), today, at(2))
            .await
    };
    let draft = send(Side::Offer, "off-1", "org-vn").await.unwrap_err();
    assert!(draft.to_string().contains("is not published"), "{draft}");
    let own = send(Side::Need, "need-1", "org-vn").await.unwrap_err();
    assert!(own.to_string().contains("its own listing"), "{own}");
    assert!(matches!(
        send(Side::Need, "need-9", "org-cn").await.unwrap_err(),
        StoreError::NotFound { .. }
    ));
    assert!(matches!(
        send(Side::Need, "need-1", "org-xx").await.unwrap_err(),
        StoreError::NotFound { .. }
    ));
    let first = send(Side::Need, "need-1", "org-cn").await.unwrap();
    let again = send(Side::Need, "need-1", "org-cn").await.unwrap_err();
    assert!(again.to_string().contains("already has an open"), "{again}");

    let declined = store
        .transition_interest(first.id, at(3), |i| {
            i.decline(today, Some(Text::parse("Đã có nhà cung cấp.").unwrap()))
        })
        .await
        .unwrap();
    let twice = store
        .transition_interest(first.id, at(4), |i| i.accept(today))
        .await
        .unwrap_err();
    assert!(matches!(twice, StoreError::Interest(_)), "{twice}");
    assert_eq!(store.interest(first.id).await.unwrap().unwrap(), declined);
    assert!(matches!(
        store.interest(first.id).await.unwrap().unwrap().interest,
        Interest::Declined {
            reason: Some(_),
            ..
        }
    ));
    // A declined request is closed: the organization may ask again.
    send(Side::Need, "need-1", "org-cn").await.unwrap();
    assert_eq!(
        store
            .interests_in(Side::Need, &r("need-1"))
            .await
            .unwrap()
            .len(),
        2
    );
    assert_eq!(store.interests_from(&r("org-cn")).await.unwrap().len(), 2);
    assert!(store.interests_from(&r("org-vn")).await.unwrap().is_empty());
}

async fn unanswered_interest_expires_after_thirty_days(store: &Store) {
    seed(store).await;
    let sent = chinese_interest_in_the_need(store).await;
    assert_eq!(
        sent.interest,
        Interest::Sent {
            answer_by: date(2026, 12, 21)
        }
    );
    assert_eq!(
        store
            .expire_interests(date(2026, 12, 21), at(3))
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        store
            .expire_interests(date(2026, 12, 22), at(4))
            .await
            .unwrap(),
        1
    );
    let expired = store.interest(sent.id).await.unwrap().unwrap();
    assert_eq!(expired.interest.status(), InterestStatus::Expired);
    assert!(
        store
            .transition_interest(sent.id, at(5), |i| i.accept(date(2026, 12, 22)))
            .await
            .is_err()
    );
    assert_eq!(
        store
            .expire_interests(date(2026, 12, 23), at(6))
            .await
            .unwrap(),
        0
    );
}
