//! The JSON API: listings, matches, organizations, search, errors with stable codes, and the
//! OpenAPI document.

use crate::http::harness::Site;
use crate::on_both_engines;

on_both_engines!(
    listings_and_their_matches,
    organizations_and_their_published_listings,
    search_answers_pages_of_results,
    errors_are_json_with_a_stable_code,
);

async fn listings_and_their_matches(site: &Site) {
    let (status, need) = site.json("/api/v1/listings/need/need-wssv").await;
    assert_eq!(status, 200);
    assert_eq!(need["ref"], "need-wssv");
    assert_eq!(need["language"], "vi");
    assert_eq!(need["budget_usd"], 60000);
    assert_eq!(need["status"], "published");
    assert!(need.get("confidential").is_none());

    let (status, matches) = site
        .json("/api/v1/listings/need/need-wssv/matches?limit=2")
        .await;
    assert_eq!(status, 200);
    let matches = matches.as_array().unwrap();
    assert!(matches.len() <= 2 && !matches.is_empty());
    assert_eq!(matches[0]["ref"], "off-wssv");
    assert_eq!(matches[0]["side"], "offer");
    assert!(matches[0]["score"].as_f64().unwrap() > 0.0);
    assert!(!matches[0]["reasons"].as_array().unwrap().is_empty());

    let (status, _) = site.json("/api/v1/listings/offer/off-draft").await;
    assert_eq!(status, 404);
}

async fn organizations_and_their_published_listings(site: &Site) {
    let (status, org) = site.json("/api/v1/organizations/org-cn-xmaqua").await;
    assert_eq!(status, 200);
    assert_eq!(org["country"], "CN");
    assert_eq!(org["type"], "institute");
    let (status, listings) = site
        .json("/api/v1/organizations/org-cn-xmaqua/listings")
        .await;
    assert_eq!(status, 200);
    let refs: Vec<&str> = listings
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["ref"].as_str().unwrap())
        .collect();
    assert_eq!(refs, ["off-wssv", "off-feed"]);
}

async fn search_answers_pages_of_results(site: &Site) {
    let (status, found) = site
        .json("/api/v1/search?q=m%C3%A1y%20b%C6%A1m&sector=agriculture")
        .await;
    assert_eq!(status, 200);
    assert_eq!(found["page"], 1);
    assert_eq!(found["more"], false);
    let refs: Vec<&str> = found["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ref"].as_str().unwrap())
        .collect();
    assert!(refs.contains(&"need-pump"), "{found}");
    assert!(!refs.contains(&"need-wssv"), "filtered out by sector");
}

async fn errors_are_json_with_a_stable_code(site: &Site) {
    let (status, body) = site.json("/api/v1/listings/needs/need-wssv").await;
    assert_eq!(status, 422);
    assert_eq!(body["error"]["code"], "invalid-input");
    assert!(body["error"]["detail"].as_str().unwrap().contains("needs"));

    let (status, body) = site.json("/api/v1/search?trl_min=0").await;
    assert_eq!(status, 422);
    assert_eq!(body["error"]["code"], "invalid-input");

    let (status, body) = site
        .json("/api/v1/listings/need/need-wssv/matches?limit=500")
        .await;
    assert_eq!(status, 422);
    assert!(body["error"]["detail"].as_str().unwrap().contains("limit"));

    let response = site
        .client
        .get(site.url("/api/v1/nothing/here"))
        .header("Accept-Language", "vi")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 404);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not-found");

    let (status, doc) = site.json("/api/openapi.json").await;
    assert_eq!(status, 200);
    assert!(doc["paths"]["/api/v1/search"]["get"].is_object());
    assert!(doc["paths"]["/api/v1/listings/{side}/{reference}/matches"]["get"].is_object());
    assert!(doc["components"]["schemas"]["ErrorBody"].is_object());
}
