//! The interface language: chosen from `?lang=`, then `Accept-Language`; dates and amounts in
//! that language's format.

use crate::http::harness::Site;
use crate::on_both_engines;

on_both_engines!(the_language_follows_the_address_then_the_browser);

async fn the_language_follows_the_address_then_the_browser(site: &Site) {
    for locale in ["en", "zh", "th", "vi", "id", "ms", "fil", "lo", "km", "my"] {
        let (status, page) = site.page(&format!("/needs/need-wssv?lang={locale}")).await;
        assert_eq!(status, 200);
        assert!(
            page.contains(&format!("<html lang=\"{locale}\">")),
            "{locale}"
        );
        // The language menu keeps the page and offers every language.
        assert!(page.contains("href=\"/needs/need-wssv?lang=km\""));
    }
    let (_, zh) = site.page("/needs/need-wssv?lang=zh").await;
    assert!(zh.contains("2027年9月30日"), "a Chinese date");
    let response = site
        .client
        .get(site.url("/needs/need-wssv"))
        .header("Accept-Language", "de-DE, vi;q=0.8, en;q=0.5")
        .send()
        .await
        .unwrap();
    let page = response.text().await.unwrap();
    assert!(page.contains("<html lang=\"vi\">"));
    // The address wins over the browser.
    let response = site
        .client
        .get(site.url("/needs/need-wssv?lang=lo"))
        .header("Accept-Language", "vi")
        .send()
        .await
        .unwrap();
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("<html lang=\"lo\">")
    );
}
