//! Writing listings through HTTP: a verified organization drafts a need in Vietnamese, the
//! contact point of another country cannot touch it, its own returns it with a reason, the
//! author corrects and resubmits, it is approved, and then it is public and found.

use crate::http::harness::Site;
use crate::on_both_engines;

on_both_engines!(
    a_need_goes_from_draft_to_published_through_moderation,
    a_bad_listing_form_names_every_field_and_writes_nothing,
);

const PASSWORD: &str = "mật khẩu đủ dài";

/// A Vietnamese organization registered and verified; its admin signed in.
async fn verified_member(site: &Site) -> reqwest::Client {
    let visitor = Site::browser();
    let response = site
        .submit(
            &visitor,
            "/register",
            &[
                ("organization", "Hợp tác xã Thủy sản Bạc Liêu"),
                ("country", "VN"),
                ("type", "enterprise"),
                ("name", "Phạm Văn Tâm"),
                ("email", "tam@baclieu.example.vn"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let ncp = site.signed_in("ncp.vn@demo.techbridge.example").await;
    let queue = site.read(&ncp, "/moderation").await.1;
    let after = queue.split("/moderation/organizations/").nth(1).unwrap();
    let reference = after.split('"').next().unwrap();
    let verified = site
        .submit(
            &ncp,
            &format!("/moderation/organizations/{reference}"),
            &[("decision", "verify")],
        )
        .await;
    assert_eq!(verified.status().as_u16(), 303);
    let member = Site::browser();
    let response = site
        .submit(
            &member,
            "/login",
            &[("email", "tam@baclieu.example.vn"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    member
}

fn need_fields<'a>(title: &'a str, summary: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("language", "vi"),
        ("title", title),
        ("summary", summary),
        (
            "description",
            "Hợp tác xã có 120 ha ao nuôi tôm thẻ, thiệt hại 30% mỗi vụ do bệnh gan tụy.",
        ),
        ("sectors", "aquaculture"),
        ("sectors", "biotech"),
        ("trl", "6"),
        ("cooperation", "licence"),
        ("target_countries", "CN"),
        ("keywords", "tôm, gan tụy, AHPND"),
        (
            "confidential",
            "Danh sách 40 hộ nuôi thí điểm và số điện thoại.",
        ),
        ("deadline", "2027-06-30"),
        ("budget_usd", "50,000"),
    ]
}

async fn a_need_goes_from_draft_to_published_through_moderation(site: &Site) {
    let member = verified_member(site).await;
    let created = site
        .submit(
            &member,
            "/listings/new?side=need",
            &need_fields(
                "Bộ xét nghiệm nhanh bệnh hoại tử gan tụy cấp trên tôm",
                "Cần bộ xét nghiệm AHPND dùng tại ao, có kết quả trong 1 giờ.",
            ),
        )
        .await;
    assert_eq!(created.status().as_u16(), 303);
    let private = created.headers()["location"].to_str().unwrap().to_owned();
    assert!(private.starts_with("/my/needs/need-vn-"), "{private}");
    let reference = private.trim_start_matches("/my/needs/").to_owned();
    let public = format!("/needs/{reference}");

    let page = site.read(&member, &format!("{private}?lang=en")).await.1;
    assert!(page.contains("Draft"), "{page}");
    assert!(
        page.contains("Danh sách 40 hộ nuôi thí điểm"),
        "its own people see the confidential part"
    );
    assert!(
        page.contains("class=\"hints\""),
        "a short profile gets hints"
    );

    // Nobody else sees a draft, not even that it exists.
    let (status, _) = site.page(&public).await;
    assert_eq!(status, 404);
    let cn = site.signed_in("ncp.cn@demo.techbridge.example").await;
    let status = site.read(&cn, &private).await.0;
    assert_eq!(status, 404);
    let status = Site::browser()
        .get(site.url(&private))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16();
    assert_eq!(status, 401);

    let submitted = site
        .submit(&member, &format!("{private}/submit"), &[])
        .await;
    assert_eq!(submitted.status().as_u16(), 303);

    // The Chinese contact point may not decide on a Vietnamese listing.
    let moderation = format!("/moderation/listings/needs/{reference}");
    let refused = site
        .submit(&cn, &moderation, &[("decision", "approve")])
        .await;
    assert_eq!(refused.status().as_u16(), 403);

    let vn = site.signed_in("ncp.vn@demo.techbridge.example").await;
    let queue = site.read(&vn, "/moderation").await.1;
    assert!(queue.contains(&moderation), "in the Vietnamese queue");
    let no_reason = site
        .submit(&vn, &moderation, &[("decision", "reject"), ("reason", "")])
        .await;
    assert_eq!(
        no_reason.status().as_u16(),
        422,
        "a rejection needs a reason"
    );
    let rejected = site
        .submit(
            &vn,
            &moderation,
            &[
                ("decision", "reject"),
                ("reason", "Vui lòng nêu quy mô và số liệu thiệt hại cụ thể."),
            ],
        )
        .await;
    assert_eq!(rejected.status().as_u16(), 303);
    let page = site.read(&member, &private).await.1;
    assert!(
        page.contains("Vui lòng nêu quy mô và số liệu thiệt hại cụ thể."),
        "the author sees why"
    );

    let edited = site
        .submit(
            &member,
            &format!("{private}/edit"),
            &need_fields(
                "Bộ xét nghiệm nhanh bệnh hoại tử gan tụy cấp trên tôm",
                "Cần bộ xét nghiệm AHPND dùng tại ao cho 120 ha nuôi tôm, có kết quả trong 1 giờ, chi phí dưới 5 USD mỗi mẫu.",
            ),
        )
        .await;
    assert_eq!(edited.status().as_u16(), 303);
    site.submit(&member, &format!("{private}/submit"), &[])
        .await;
    let approved = site
        .submit(&vn, &moderation, &[("decision", "approve")])
        .await;
    assert_eq!(approved.status().as_u16(), 303);

    let (status, page) = site.page(&format!("{public}?lang=en")).await;
    assert_eq!(status, 200);
    assert!(page.contains("chi phí dưới 5 USD mỗi mẫu"));
    assert!(page.contains("US$50,000"));
    assert!(
        !page.contains("Danh sách 40 hộ nuôi thí điểm"),
        "never on the public page"
    );

    // The index follows the store within seconds; then a search in Chinese finds it.
    let query = "/search?side=need&q=%E5%AF%B9%E8%99%BE%E6%80%A5%E6%80%A7%E8%82%9D%E8%83%B0%E8%85%BA%E5%9D%8F%E6%AD%BB%E7%97%85%E5%BF%AB%E9%80%9F%E6%A3%80%E6%B5%8B";
    let mut found = false;
    for _ in 0..40 {
        let (_, results) = site.page(query).await;
        if results.contains(&public) {
            found = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
    assert!(found, "a Chinese search finds the Vietnamese need");

    let withdrawn = site
        .submit(&member, &format!("{private}/withdraw"), &[])
        .await;
    assert_eq!(withdrawn.status().as_u16(), 303);
    let (status, _) = site.page(&public).await;
    assert_eq!(status, 404);
}

async fn a_bad_listing_form_names_every_field_and_writes_nothing(site: &Site) {
    let member = verified_member(site).await;
    let home = site.read(&member, "/home").await.1;
    let response = site
        .submit(
            &member,
            "/listings/new?side=need&lang=en",
            &[
                ("language", "klingon!"),
                ("title", ""),
                ("summary", "ok"),
                ("trl", "12"),
                ("sectors", "alchemy"),
                ("target_countries", "ZZ"),
                ("deadline", "next year"),
                ("budget_usd", "lots"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 422);
    let page = response.text().await.unwrap();
    for field in [
        "Language of the listing:",
        "Title:",
        "Technology readiness level (TRL):",
        "Sectors:",
        "Countries where partners are sought:",
        "Solution wanted by:",
        "Budget (US dollars):",
    ] {
        assert!(page.contains(&format!("<li>{field}")), "{field}: {page}");
    }
    let after = site.read(&member, "/home").await.1;
    assert_eq!(home, after, "nothing was written");

    // An offer has no deadline.
    let offer = site
        .submit(
            &member,
            "/listings/new?side=offer",
            &[
                ("language", "vi"),
                ("title", "Máy cho ăn tự động"),
                ("summary", "Máy cho tôm ăn tự động."),
                ("deadline", "2027-01-01"),
            ],
        )
        .await;
    assert_eq!(offer.status().as_u16(), 422);
}
