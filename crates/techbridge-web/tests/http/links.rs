//! One-time links by e-mail: choosing a new password, joining an organization by invitation.
//! The e-mail is read where an operator reads it without a mail server: the outbox.

use crate::http::harness::Site;
use crate::on_both_engines;

on_both_engines!(
    a_forgotten_password_is_replaced_through_a_link_that_works_once,
    an_admin_invites_a_colleague_who_joins,
);

const OPERATOR: &str = "operator@demo.techbridge.example";

/// The path of the link in the newest e-mail to `recipient`.
async fn link_to(site: &Site, recipient: &str) -> String {
    let outbox = site.store.outbox(50).await.unwrap();
    let mail = outbox
        .iter()
        .find(|m| m.mail.recipient.as_str() == recipient)
        .unwrap_or_else(|| panic!("no mail to {recipient}"));
    let after = mail.mail.body.split("http://localhost").nth(1).unwrap();
    after.split_whitespace().next().unwrap().to_owned()
}

async fn a_forgotten_password_is_replaced_through_a_link_that_works_once(site: &Site) {
    let before = site.store.outbox(50).await.unwrap().len();
    let client = Site::browser();
    let known = site
        .submit(&client, "/password/forgot", &[("email", OPERATOR)])
        .await;
    assert_eq!(known.status().as_u16(), 200);
    let known = known.text().await.unwrap();
    let unknown = site
        .submit(
            &client,
            "/password/forgot",
            &[("email", "nobody@example.org")],
        )
        .await
        .text()
        .await
        .unwrap();
    let notice = |page: &str| page.split("role=\"status\">").nth(1).map(str::to_owned);
    assert_eq!(
        notice(&known),
        notice(&unknown),
        "the same answer either way"
    );
    assert_eq!(site.store.outbox(50).await.unwrap().len(), before + 1);

    let link = link_to(site, OPERATOR).await;
    assert!(link.starts_with("/password/reset/"), "{link}");
    assert_eq!(site.read(&client, &link).await.0, 200);
    let short = site.submit(&client, &link, &[("password", "short")]).await;
    assert_eq!(short.status().as_u16(), 422);
    let done = site
        .submit(&client, &link, &[("password", "a brand new passphrase")])
        .await;
    assert_eq!(done.status().as_u16(), 303);
    let again = site
        .submit(&client, &link, &[("password", "yet another passphrase")])
        .await;
    assert_eq!(again.status().as_u16(), 409, "a link works once");

    let old = site
        .submit(
            &Site::browser(),
            "/login",
            &[
                ("email", OPERATOR),
                ("password", techbridge_web::DEMO_PASSWORD),
            ],
        )
        .await;
    assert_eq!(old.status().as_u16(), 401);
    let new = site
        .submit(
            &Site::browser(),
            "/login",
            &[("email", OPERATOR), ("password", "a brand new passphrase")],
        )
        .await;
    assert_eq!(new.status().as_u16(), 303);
    let forged = site
        .submit(
            &client,
            &format!("/password/reset/{}", "ab".repeat(32)),
            &[("password", "a brand new passphrase")],
        )
        .await;
    assert_eq!(forged.status().as_u16(), 409);
}

async fn an_admin_invites_a_colleague_who_joins(site: &Site) {
    let admin = site.signed_in("admin.vn@demo.techbridge.example").await;
    let people = "/organizations/org-vn-cuulong/people";
    assert_eq!(site.read(&admin, people).await.0, 200);
    let outsider = site.signed_in("member.cn@demo.techbridge.example").await;
    assert_eq!(site.read(&outsider, people).await.0, 403);
    let forged = site
        .submit(
            &outsider,
            people,
            &[("email", "spy@example.org"), ("role", "admin")],
        )
        .await;
    assert_eq!(forged.status().as_u16(), 403);
    let bad = site
        .submit(
            &admin,
            people,
            &[("email", "ha@cuulong.example.vn"), ("role", "owner")],
        )
        .await;
    assert_eq!(bad.status().as_u16(), 422);

    let sent = site
        .submit(
            &admin,
            people,
            &[("email", "ha@cuulong.example.vn"), ("role", "member")],
        )
        .await;
    assert_eq!(sent.status().as_u16(), 200);
    let link = link_to(site, "ha@cuulong.example.vn").await;
    assert!(link.starts_with("/invitations/"), "{link}");

    let colleague = Site::browser();
    let joined = site
        .submit(
            &colleague,
            &link,
            &[("name", "Võ Thị Hà"), ("password", "hà ở Cần Thơ 2026")],
        )
        .await;
    assert_eq!(joined.status().as_u16(), 303);
    let signed = site
        .submit(
            &colleague,
            "/login",
            &[
                ("email", "ha@cuulong.example.vn"),
                ("password", "hà ở Cần Thơ 2026"),
            ],
        )
        .await;
    assert_eq!(signed.status().as_u16(), 303);
    let home = site.read(&colleague, "/home").await.1;
    assert!(home.contains("Cửu Long Aquaculture"), "{home}");
    let list = site.read(&admin, people).await.1;
    assert!(list.contains("ha@cuulong.example.vn"));
}
