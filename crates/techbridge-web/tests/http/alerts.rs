//! What the platform sends without being asked: digests of saved searches and reminders
//! before a listing expires, each once, through the daily work the server runs every hour.

use techbridge_web::run_daily_work;

use crate::http::harness::Site;
use crate::on_both_engines;

on_both_engines!(
    a_saved_search_reports_each_new_listing_once,
    saving_a_bad_search_is_refused_and_saves_nothing,
    owners_are_reminded_before_expiry_once_per_date,
);

const ADMIN_VN: &str = "admin.vn@demo.techbridge.example";

/// Messages in the outbox to `recipient` whose subject contains `subject`.
async fn mail_to(site: &Site, recipient: &str, subject: &str) -> Vec<String> {
    site.store
        .outbox(500)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.mail.recipient.as_str() == recipient && m.mail.subject.contains(subject))
        .map(|m| format!("{}\n{}", m.mail.subject, m.mail.body))
        .collect()
}

async fn a_saved_search_reports_each_new_listing_once(site: &Site) {
    let vn = site.signed_in(ADMIN_VN).await;
    // The search page offers to keep a search to a signed-in member.
    let (_, page) = site
        .read(&vn, "/search?side=offer&sector=aquaculture")
        .await;
    assert!(
        page.contains("action=\"/searches\""),
        "the save form is offered"
    );
    let saved = site
        .submit(
            &vn,
            "/searches",
            &[
                ("query", "side=offer&sector=aquaculture&page=2"),
                ("name", "Shrimp <offers>"),
            ],
        )
        .await;
    assert_eq!(saved.status().as_u16(), 303);
    let (status, list) = site.read(&vn, "/searches?lang=en").await;
    assert_eq!(status, 200);
    assert!(list.contains("Shrimp &#60;offers&#62;"), "named, escaped");
    assert!(!list.contains("<offers>"));
    assert!(
        list.contains("href=\"/search?side=offer&#38;sector=aquaculture\""),
        "kept without the page"
    );

    // What it found when saved is not news.
    run_daily_work(&site.app).await;
    assert!(mail_to(site, ADMIN_VN, "Shrimp").await.is_empty());

    site.import(
        r#"{"kind":"offer","ref":"off-new-aqua","organization":"org-cn-xmaqua","language":"en","title":"Probiotic pond treatment for shrimp farms","summary":"Cuts early mortality in shrimp ponds by a third in field trials.","sectors":["aquaculture"],"status":"published"}
{"kind":"offer","ref":"off-new-energy","organization":"org-cn-xmaqua","language":"en","title":"Solar inverter","summary":"An inverter for village grids.","sectors":["green_energy"],"status":"published"}
"#,
    )
    .await;
    // Today's digest already ran: the new listing waits for tomorrow's.
    run_daily_work(&site.app).await;
    assert!(mail_to(site, ADMIN_VN, "Shrimp").await.is_empty());

    site.advance_days(1);
    run_daily_work(&site.app).await;
    let digests = mail_to(site, ADMIN_VN, "Shrimp").await;
    assert_eq!(digests.len(), 1, "{digests:?}");
    assert!(digests[0].contains("One new listing for “Shrimp <offers>”"));
    assert!(digests[0].contains("Probiotic pond treatment for shrimp farms"));
    assert!(digests[0].contains("http://localhost/offers/off-new-aqua"));
    assert!(
        !digests[0].contains("Solar inverter"),
        "outside the filters"
    );
    assert!(!digests[0].contains("off-wssv"), "known when saved");
    assert!(digests[0].contains("http://localhost/searches"));

    // Never twice: the same day again, and the next day with nothing new.
    run_daily_work(&site.app).await;
    site.advance_days(1);
    run_daily_work(&site.app).await;
    assert_eq!(mail_to(site, ADMIN_VN, "Shrimp").await.len(), 1);

    // Stopping it: only its owner can, and then it is gone.
    let id = list
        .split("action=\"/searches/")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let cn = site.signed_in("member.cn@demo.techbridge.example").await;
    let theirs = site
        .submit(&cn, &format!("/searches/{id}/delete"), &[])
        .await;
    assert_eq!(theirs.status().as_u16(), 404);
    let stopped = site
        .submit(&vn, &format!("/searches/{id}/delete"), &[])
        .await;
    assert_eq!(stopped.status().as_u16(), 303);
    let (_, list) = site.read(&vn, "/searches").await;
    assert!(!list.contains("Shrimp"));
}

async fn saving_a_bad_search_is_refused_and_saves_nothing(site: &Site) {
    let vn = site.signed_in(ADMIN_VN).await;
    for (query, field) in [
        ("sector=nonsense", "sector"),
        ("trl_min=12", "trl_min"),
        ("", "query"),
        ("page=3", "query"),
    ] {
        let response = site
            .submit(&vn, "/searches?lang=en", &[("query", query), ("name", "x")])
            .await;
        assert_eq!(response.status().as_u16(), 422, "{query}");
        let page = response.text().await.unwrap();
        assert!(page.contains(field), "{query}: names {field}");
    }
    let long = "n".repeat(101);
    let response = site
        .submit(&vn, "/searches", &[("query", "q=shrimp"), ("name", &long)])
        .await;
    assert_eq!(response.status().as_u16(), 422);
    // Signed out: sign in first; without the form token: refused.
    let anonymous = Site::browser();
    let response = site
        .submit(&anonymous, "/searches", &[("query", "q=shrimp")])
        .await;
    assert_eq!(response.status().as_u16(), 401);
    let forged = vn
        .post(site.url("/searches"))
        .form(&[("query", "q=shrimp")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status().as_u16(), 403);
    let (_, list) = site.read(&vn, "/searches?lang=en").await;
    assert!(list.contains("You have no saved searches."));
}

async fn owners_are_reminded_before_expiry_once_per_date(site: &Site) {
    // Published long ago, expiring in ten days.
    site.import(
        r#"{"kind":"need","ref":"need-dryer","organization":"org-vn-cuulong","language":"vi","title":"Máy sấy cá bằng năng lượng mặt trời","summary":"Cần máy sấy cá dùng năng lượng mặt trời.","sectors":["agriculture"],"status":"published","published_on":"2025-12-01","expires_on":"2026-12-01"}
"#,
    )
    .await;
    run_daily_work(&site.app).await;
    let reminders = mail_to(site, ADMIN_VN, "Máy sấy cá").await;
    assert_eq!(reminders.len(), 1, "{reminders:?}");
    assert!(reminders[0].contains("expires on"));
    assert!(reminders[0].contains("http://localhost/my/needs/need-dryer"));
    // Listings expiring later are not yet reminded of.
    assert!(mail_to(site, ADMIN_VN, "Phát hiện sớm").await.is_empty());

    site.advance_days(1);
    run_daily_work(&site.app).await;
    assert_eq!(mail_to(site, ADMIN_VN, "Máy sấy cá").await.len(), 1);

    // Renewed, it is reminded again before its new date, and only then.
    let vn = site.signed_in(ADMIN_VN).await;
    let renewed = site.submit(&vn, "/my/needs/need-dryer/renew", &[]).await;
    assert_eq!(renewed.status().as_u16(), 303);
    site.advance_days(300);
    run_daily_work(&site.app).await;
    assert_eq!(mail_to(site, ADMIN_VN, "Máy sấy cá").await.len(), 1);
    site.advance_days(60);
    run_daily_work(&site.app).await;
    assert_eq!(mail_to(site, ADMIN_VN, "Máy sấy cá").await.len(), 2);
}
