use jiff::SignedDuration;
use techbridge_domain::{Email, Line, Ref, Role};
use techbridge_store::{Mail, NewAccount, OneTimeToken, Store, StoreError, TokenPurpose};

use super::harness::{ORG_CN, at, organization};

crate::on_both_engines!(
    accounts_roles_and_sessions,
    a_token_works_once_and_comes_with_its_mail,
);

fn account(email: &str) -> NewAccount {
    NewAccount {
        email: Email::parse(email).unwrap(),
        name: Line::parse("李静").unwrap(),
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA".to_owned(),
        locale: Some("zh".to_owned()),
    }
}

async fn accounts_roles_and_sessions(store: &Store) {
    store
        .save_organization(&organization(ORG_CN), at(0))
        .await
        .unwrap();
    let cn = Ref::parse("org-cn").unwrap();
    let member = Role::Member {
        organization: cn.clone(),
    };
    let user = store
        .create_user(
            &account("Li.Jing@aqua.example.cn"),
            std::slice::from_ref(&member),
            at(1),
        )
        .await
        .unwrap();
    assert_eq!(user.user.email.as_str(), "li.jing@aqua.example.cn");
    assert_eq!(user.user.roles, std::slice::from_ref(&member));
    store.grant_role(user.id, &member).await.unwrap();
    store.grant_role(user.id, &Role::Reviewer).await.unwrap();
    let found = store
        .user_by_email(&Email::parse("li.jing@aqua.example.cn").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.user.roles, [member, Role::Reviewer], "no role twice");
    assert_eq!(store.people_of(&cn).await.unwrap().len(), 1);

    let again = store
        .create_user(&account("li.jing@aqua.example.cn"), &[], at(2))
        .await;
    assert!(matches!(again, Err(StoreError::Refused(_))), "{again:?}");

    store
        .create_session(
            "fingerprint-1",
            user.id,
            at(3),
            at(3) + SignedDuration::from_hours(1),
        )
        .await
        .unwrap();
    assert!(
        store
            .session_user("fingerprint-1", at(4))
            .await
            .unwrap()
            .is_some()
    );
    assert!(
        store
            .session_user("fingerprint-2", at(4))
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .session_user("fingerprint-1", at(3) + SignedDuration::from_hours(2))
            .await
            .unwrap()
            .is_none(),
        "expired"
    );
    store
        .set_password(user.id, "$argon2id$new", at(5))
        .await
        .unwrap();
    assert!(
        store
            .session_user("fingerprint-1", at(6))
            .await
            .unwrap()
            .is_none(),
        "a new password ends every session"
    );
}

async fn a_token_works_once_and_comes_with_its_mail(store: &Store) {
    store
        .save_organization(&organization(ORG_CN), at(0))
        .await
        .unwrap();
    let token = OneTimeToken {
        purpose: TokenPurpose::Invite {
            organization: Ref::parse("org-cn").unwrap(),
            admin: false,
        },
        email: Email::parse("new@aqua.example.cn").unwrap(),
        expires_at: at(0) + SignedDuration::from_hours(72),
    };
    let mail = Mail {
        recipient: token.email.clone(),
        subject: "邀请".to_owned(),
        body: "http://localhost/invitations/secret".to_owned(),
    };
    store
        .create_token("token-1", &token, &mail, at(1))
        .await
        .unwrap();
    let outbox = store.outbox(10).await.unwrap();
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0].mail, mail);
    // Two senders at once: the message goes to exactly one of them, for as long as it is held.
    let (first, second) = tokio::join!(
        store.claim_mail(3, 10, at(1), at(4)),
        store.claim_mail(3, 10, at(1), at(4)),
    );
    assert_eq!(first.unwrap().len() + second.unwrap().len(), 1);
    assert!(
        store
            .claim_mail(3, 10, at(3), at(4))
            .await
            .unwrap()
            .is_empty()
    );
    // A refusal makes it due again at the given time, not before.
    store
        .mark_mail_failed(outbox[0].id, "connection refused", at(6))
        .await
        .unwrap();
    assert!(
        store
            .claim_mail(3, 10, at(5), at(7))
            .await
            .unwrap()
            .is_empty()
    );
    let again = store.claim_mail(3, 10, at(6), at(7)).await.unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].attempts, 1);
    assert_eq!(again[0].last_error.as_deref(), Some("connection refused"));
    store.mark_mail_sent(outbox[0].id, at(7)).await.unwrap();
    assert!(
        store
            .claim_mail(3, 10, at(9), at(10))
            .await
            .unwrap()
            .is_empty()
    );

    let taken = store.take_token("token-1", at(3)).await.unwrap().unwrap();
    assert_eq!(taken, token);
    assert_eq!(
        taken.role(),
        Some(Role::Member {
            organization: Ref::parse("org-cn").unwrap()
        })
    );
    assert!(
        store.take_token("token-1", at(4)).await.unwrap().is_none(),
        "once"
    );

    // An invitation to an organization that does not exist writes neither token nor mail.
    let nowhere = OneTimeToken {
        purpose: TokenPurpose::Invite {
            organization: Ref::parse("org-nowhere").unwrap(),
            admin: true,
        },
        ..token
    };
    assert!(
        store
            .create_token("token-2", &nowhere, &mail, at(5))
            .await
            .is_err()
    );
    assert_eq!(store.outbox(10).await.unwrap().len(), 1);
    assert!(store.take_token("token-2", at(6)).await.unwrap().is_none());
}
