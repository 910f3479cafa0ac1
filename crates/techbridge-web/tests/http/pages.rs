//! The public pages: a listing with its matches, an organization, the search page.

use crate::http::harness::Site;
use crate::on_both_engines;

on_both_engines!(
    a_listing_page_shows_the_listing_and_its_matches_across_languages,
    drafts_and_submitted_listings_have_no_public_page,
    text_from_members_is_escaped,
    an_organization_page_lists_its_published_listings,
    search_in_chinese_finds_the_vietnamese_need,
    search_filters_narrow_and_bad_filters_are_named,
    hostile_search_input_never_breaks_the_page,
);

async fn a_listing_page_shows_the_listing_and_its_matches_across_languages(site: &Site) {
    let (status, page) = site.page("/needs/need-wssv?lang=en").await;
    assert_eq!(status, 200);
    assert!(page.contains("Phát hiện sớm virus đốm trắng trên tôm tại ao"));
    assert!(page.contains("Written in Vietnamese"), "{page}");
    assert!(page.contains("lang=\"vi\""));
    assert!(
        page.contains("Sep 30, 2027"),
        "the deadline in the reader's format"
    );
    assert!(
        page.contains("US$60,000"),
        "the budget in the reader's format"
    );
    // The Chinese offer that answers it is among the matches, with its reasons.
    let matches = page.split("class=\"matches\"").nth(1).unwrap();
    assert!(matches.contains("/offers/off-wssv"), "{matches}");
    assert!(matches.contains("class=\"reason\""));
    assert!(!matches.contains("off-draft"));
}

async fn drafts_and_submitted_listings_have_no_public_page(site: &Site) {
    for path in [
        "/offers/off-draft",
        "/needs/need-submitted",
        "/offers/need-wssv",
        "/offers/",
        "/offers/%00%ff",
    ] {
        let (status, page) = site.page(path).await;
        assert_eq!(status, 404, "{path}");
        assert!(!page.contains("草稿，不公开"), "{path}");
    }
    let (_, search) = site.page("/search?q=%E8%8D%89%E7%A8%BF").await;
    assert!(!search.contains("off-draft"));
}

async fn text_from_members_is_escaped(site: &Site) {
    let (status, page) = site.page("/offers/off-pump").await;
    assert_eq!(status, 200);
    assert!(!page.contains("<script>alert(1)</script>"));
    assert!(
        page.contains("&#60;script&#62;alert(1)&#60;/script&#62;")
            || page.contains("&lt;script&gt;"),
        "{page}"
    );
    let (_, organization) = site.page("/organizations/org-th").await;
    assert!(!organization.contains("<b>Thai</b>"));
}

async fn an_organization_page_lists_its_published_listings(site: &Site) {
    let (status, page) = site.page("/organizations/org-cn-xmaqua?lang=zh").await;
    assert_eq!(status, 200);
    assert!(page.contains("<html lang=\"zh\">"));
    assert!(page.contains("厦门海洋水产研究中心"));
    assert!(page.contains("/offers/off-wssv"));
    assert!(page.contains("/offers/off-feed"));
    assert!(
        !page.contains("off-draft"),
        "a draft is not listed publicly"
    );
    let (status, _) = site.page("/organizations/org-nowhere").await;
    assert_eq!(status, 404);
}

async fn search_in_chinese_finds_the_vietnamese_need(site: &Site) {
    // "Rapid on-site test for shrimp white spot virus", in Chinese, among needs.
    let (status, page) = site
        .page("/search?side=need&q=%E5%AF%B9%E8%99%BE%E7%99%BD%E6%96%91%E7%97%85%E6%AF%92%E5%BF%AB%E9%80%9F%E6%A3%80%E6%B5%8B")
        .await;
    assert_eq!(status, 200);
    let results = page.split("class=\"results\"").nth(1).unwrap();
    let first = results.split("<article").nth(1).unwrap();
    assert!(first.contains("/needs/need-wssv"), "{results}");
    assert!(first.contains("class=\"reason\""));
    assert!(!results.contains("/offers/"), "only needs were asked for");
}

async fn search_filters_narrow_and_bad_filters_are_named(site: &Site) {
    let (status, page) = site.page("/search?sector=agriculture").await;
    assert_eq!(status, 200);
    assert!(page.contains("/needs/need-pump"));
    assert!(page.contains("/offers/off-pump"));
    assert!(!page.contains("/offers/off-wssv"));

    let (status, page) = site.page("/search?country=CN&trl_min=8").await;
    assert_eq!(status, 200);
    assert!(page.contains("/offers/off-feed"));
    assert!(!page.contains("/offers/off-wssv"), "TRL 7 is below 8");

    let (status, page) = site
        .page("/search?sector=alchemy&trl_min=12&page=0&lang=en")
        .await;
    assert_eq!(status, 422);
    assert!(
        page.contains("Sector: &#34;alchemy&#34; is not a known sector")
            || page.contains("Sector: &quot;alchemy&quot;"),
        "{page}"
    );
    assert!(page.contains("Readiness from:"));
    assert!(page.contains("Page:"));
}

async fn hostile_search_input_never_breaks_the_page(site: &Site) {
    let long = "x".repeat(5000);
    for query in [
        format!("q={long}"),
        "q=%FF%FE%00".to_owned(),
        "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E".to_owned(),
        "q=\"'&sector=&trl_min=&country=ZZ".to_owned(),
        "page=99999999999999999999999".to_owned(),
        "q=*:*+OR+title:(a".to_owned(),
    ] {
        let (status, page) = site.page(&format!("/search?{query}")).await;
        assert!(status == 200 || status == 422, "{query}: {status}");
        assert!(!page.contains("<script>alert(1)</script>"));
        assert!(page.contains("</html>"), "{query}");
    }
}
