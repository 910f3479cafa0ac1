//! Health, metrics, headers, and what happens to addresses that name nothing.

use crate::http::harness::Site;
use crate::on_both_engines;

on_both_engines!(
    health_and_metrics,
    unknown_addresses_get_a_page_in_the_readers_language
);

async fn health_and_metrics(site: &Site) {
    let (status, body) = site.page("/healthz").await;
    assert_eq!((status, body.as_str()), (200, "ok\n"));

    site.page("/needs/need-wssv").await;
    site.page("/needs/need-wssv").await;
    site.page("/needs/no-such-need").await;
    let response = site.get("/metrics").await;
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain; version=0.0.4")
    );
    let metrics = response.text().await.unwrap();
    assert!(
        metrics.contains(
            "techbridge_http_requests_total{method=\"GET\",route=\"/needs/{reference}\",status=\"200\"} 2"
        ),
        "{metrics}"
    );
    assert!(metrics.contains(
        "techbridge_http_requests_total{method=\"GET\",route=\"/needs/{reference}\",status=\"404\"} 1"
    ));
    assert!(metrics.contains("techbridge_offers 4"));
    assert!(metrics.contains("techbridge_needs 3"));
}

async fn unknown_addresses_get_a_page_in_the_readers_language(site: &Site) {
    let response = site
        .client
        .get(site.url("/no/such/page"))
        .header("Accept-Language", "th-TH,th;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 404);
    let headers = response.headers().clone();
    assert_eq!(headers["x-frame-options"], "DENY");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(headers.contains_key("content-security-policy"));
    let body = response.text().await.unwrap();
    assert!(body.contains("<html lang=\"th\">"), "{body}");
}
