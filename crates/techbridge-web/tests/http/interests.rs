//! An expression of interest through HTTP, from the listing's page to the release of its
//! confidential details, with who may see and do what at each step.

use crate::http::harness::Site;
use crate::on_both_engines;

on_both_engines!(
    interest_acceptance_terms_and_a_recorded_release,
    interest_outside_the_rules_is_refused,
);

const MEMBER_CN: &str = "member.cn@demo.techbridge.example";
const ADMIN_VN: &str = "admin.vn@demo.techbridge.example";
const SECRET: &str = "Danh sách 40 hộ nuôi thí điểm ở Sóc Trăng.";

async fn send(site: &Site, client: &reqwest::Client) -> reqwest::Response {
    site.submit(
        client,
        "/interests/new",
        &[
            ("side", "need"),
            ("listing", "need-wssv"),
            ("organization", "org-cn-xmaqua"),
            (
                "message",
                "我们的LAMP试剂盒可在池塘边40分钟检测白斑病毒，希望了解试点安排。",
            ),
        ],
    )
    .await
}

async fn interest_acceptance_terms_and_a_recorded_release(site: &Site) {
    let cn = site.signed_in(MEMBER_CN).await;
    let (_, page) = site.read(&cn, "/needs/need-wssv").await;
    assert!(
        page.contains("action=\"/interests/new\""),
        "the form is offered"
    );
    let sent = send(site, &cn).await;
    assert_eq!(sent.status().as_u16(), 303);
    let path = sent.headers()["location"].to_str().unwrap().to_owned();
    assert!(path.starts_with("/interests/"));

    let (status, page) = site.read(&cn, &format!("{path}?lang=en")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Waiting for an answer"));
    assert!(!page.contains(SECRET));

    // Neither a third party nor anybody signed out sees it.
    let ncp = site.signed_in("ncp.vn@demo.techbridge.example").await;
    assert_eq!(site.read(&ncp, &path).await.0, 404);
    assert_eq!(site.read(&Site::browser(), &path).await.0, 401);
    // The interested side cannot answer its own expression.
    let refused = site.submit(&cn, &format!("{path}/accept"), &[]).await;
    assert_eq!(refused.status().as_u16(), 403);

    let vn = site.signed_in(ADMIN_VN).await;
    let (_, received) = site.read(&vn, "/interests").await;
    assert!(received.contains(&path), "in the owner's list");
    let accepted = site.submit(&vn, &format!("{path}/accept"), &[]).await;
    assert_eq!(accepted.status().as_u16(), 303);
    let (_, page) = site.read(&cn, &path).await;
    assert!(
        !page.contains(SECRET),
        "accepted, but the terms are not agreed yet"
    );

    let unticked = site.submit(&cn, &format!("{path}/agree"), &[]).await;
    assert_eq!(unticked.status().as_u16(), 422);
    let owner_cannot_agree = site
        .submit(&vn, &format!("{path}/agree"), &[("agree", "yes")])
        .await;
    assert_eq!(owner_cannot_agree.status().as_u16(), 403);
    let agreed = site
        .submit(&cn, &format!("{path}/agree"), &[("agree", "yes")])
        .await;
    assert_eq!(agreed.status().as_u16(), 303);

    let (_, page) = site.read(&cn, &format!("{path}?lang=en")).await;
    assert!(
        page.contains(SECRET),
        "released after acceptance and agreement"
    );
    assert!(page.contains("Version 1 of the confidential details"));
    let (_, owner_view) = site.read(&vn, &format!("{path}?lang=en")).await;
    assert!(
        owner_view.contains(&format!("released to {MEMBER_CN}")),
        "{owner_view}"
    );
    assert!(!owner_view.contains("Nothing has been released"));

    // The two organizations talk on the expression's page; nobody else can.
    let asked = site
        .submit(
            &cn,
            &format!("{path}/thread"),
            &[("message", "试点可以在2027年3月开始吗？")],
        )
        .await;
    assert_eq!(asked.status().as_u16(), 303);
    let answered = site
        .submit(
            &vn,
            &format!("{path}/thread"),
            &[("message", "Được, chúng tôi có 25 ao sẵn sàng.")],
        )
        .await;
    assert_eq!(answered.status().as_u16(), 303);
    let outsider = site
        .submit(&ncp, &format!("{path}/thread"), &[("message", "hello")])
        .await;
    assert_eq!(outsider.status().as_u16(), 404);
    let empty = site
        .submit(&cn, &format!("{path}/thread"), &[("message", "")])
        .await;
    assert_eq!(empty.status().as_u16(), 422);
    for client in [&cn, &vn] {
        let (_, page) = site.read(client, &path).await;
        let thread = page.split("id=\"thread\"").nth(1).unwrap();
        let question = thread.find("试点可以在2027年3月开始吗？").unwrap();
        let answer = thread.find("Được, chúng tôi có 25 ao sẵn sàng.").unwrap();
        assert!(question < answer, "oldest first");
        assert!(thread.contains(MEMBER_CN) && thread.contains(ADMIN_VN));
    }

    // The public page never shows the details, whoever reads it.
    for client in [&cn, &vn, &Site::browser()] {
        let (_, public) = site.read(client, "/needs/need-wssv").await;
        assert!(!public.contains(SECRET));
    }
}

async fn interest_outside_the_rules_is_refused(site: &Site) {
    let cn = site.signed_in(MEMBER_CN).await;
    assert_eq!(send(site, &cn).await.status().as_u16(), 303);
    let again = send(site, &cn).await;
    assert_eq!(
        again.status().as_u16(),
        409,
        "one open expression per listing"
    );

    // Not for an organization one does not belong to.
    let vn = site.signed_in(ADMIN_VN).await;
    let forged = send(site, &vn).await;
    assert_eq!(forged.status().as_u16(), 403);
    // Not in one's own listing, nor in one that is not published.
    let own = site
        .submit(
            &vn,
            "/interests/new",
            &[
                ("side", "need"),
                ("listing", "need-pump"),
                ("organization", "org-vn-cuulong"),
                ("message", "x"),
            ],
        )
        .await;
    assert_eq!(own.status().as_u16(), 409);
    let draft = site
        .submit(
            &cn,
            "/interests/new",
            &[
                ("side", "need"),
                ("listing", "need-submitted"),
                ("organization", "org-cn-xmaqua"),
                ("message", "x"),
            ],
        )
        .await;
    // A listing not yet public does not exist for other organizations.
    assert_eq!(draft.status().as_u16(), 404);
    let empty = site
        .submit(
            &cn,
            "/interests/new",
            &[
                ("side", "need"),
                ("listing", "need-pump"),
                ("organization", "org-cn-xmaqua"),
                ("message", ""),
            ],
        )
        .await;
    assert_eq!(empty.status().as_u16(), 422);
    // Once withdrawn, the conversation is closed.
    let cn_interest = {
        let (_, list) = site.read(&cn, "/interests").await;
        let after = list.split("href=\"/interests/").nth(1).unwrap();
        format!("/interests/{}", after.split('"').next().unwrap())
    };
    let withdrawn = site
        .submit(&cn, &format!("{cn_interest}/withdraw"), &[])
        .await;
    assert_eq!(withdrawn.status().as_u16(), 303);
    let closed = site
        .submit(
            &cn,
            &format!("{cn_interest}/thread"),
            &[("message", "还在吗？")],
        )
        .await;
    assert_eq!(closed.status().as_u16(), 409);
    let anonymous = send(site, &Site::browser()).await;
    assert_eq!(anonymous.status().as_u16(), 401);
}
