//! The API for integrations acting with a person's API token: tokens made, used and stopped
//! on the account pages; expressions of interest from sending to the release of the details;
//! and who may do what, as a matrix of roles × actions.

use serde_json::{Value, json};

use crate::http::harness::Site;
use crate::on_both_engines;

on_both_engines!(
    tokens_are_made_shown_once_and_stopped,
    an_interest_through_the_api_from_sending_to_release,
    the_api_refuses_bad_bodies_and_changes_nothing,
    roles_by_actions_over_the_api,
);

const MEMBER_CN: &str = "member.cn@demo.techbridge.example";
const ADMIN_VN: &str = "admin.vn@demo.techbridge.example";
const SECRET: &str = "Danh sách 40 hộ nuôi thí điểm ở Sóc Trăng.";

fn interest() -> Value {
    json!({
        "side": "need",
        "listing": "need-wssv",
        "organization": "org-cn-xmaqua",
        "message": "Our LAMP kit detects white spot virus at the pond in 40 minutes."
    })
}

async fn tokens_are_made_shown_once_and_stopped(site: &Site) {
    let token = site.api_token(MEMBER_CN).await;
    assert!(token.starts_with("tb_"));
    let (status, _) = site
        .call(Some(&token), "GET", "/api/v1/interests", None)
        .await;
    assert_eq!(status, 200);

    // The list shows the token's use, never its value.
    let cn = site.signed_in(MEMBER_CN).await;
    let (_, page) = site.read(&cn, "/account/tokens?lang=en").await;
    assert!(page.contains("CRM sync"));
    assert!(page.contains("last used on"));
    assert!(!page.contains(&token));

    // Unknown, malformed and stopped tokens are refused with a code, not served as nobody.
    for bad in ["tb_0000", "not a token", &"x".repeat(500)] {
        let (status, body) = site.call(Some(bad), "GET", "/api/v1/interests", None).await;
        assert_eq!(status, 401, "{bad}");
        assert_eq!(body["error"]["code"], "invalid-token");
    }
    let id = page
        .split("action=\"/account/tokens/")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    // Another person cannot stop it.
    let vn = site.signed_in(ADMIN_VN).await;
    let theirs = site
        .submit(&vn, &format!("/account/tokens/{id}/revoke"), &[])
        .await;
    assert_eq!(theirs.status().as_u16(), 404);
    let stopped = site
        .submit(&cn, &format!("/account/tokens/{id}/revoke"), &[])
        .await;
    assert_eq!(stopped.status().as_u16(), 303);
    let (status, body) = site
        .call(Some(&token), "GET", "/api/v1/interests", None)
        .await;
    assert_eq!(status, 401);
    assert_eq!(body["error"]["code"], "invalid-token");

    // A session cookie opens nothing in the API: only a token does.
    let response = cn.get(site.url("/api/v1/interests")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 401);

    // Making a token is a form like any other: a name, and the form token.
    let empty = site.submit(&cn, "/account/tokens", &[("name", " ")]).await;
    assert_eq!(empty.status().as_u16(), 422);
    let forged = cn
        .post(site.url("/account/tokens"))
        .form(&[("name", "forged")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status().as_u16(), 403);
    let (_, page) = site.read(&cn, "/account/tokens").await;
    assert!(!page.contains("forged"));
}

async fn an_interest_through_the_api_from_sending_to_release(site: &Site) {
    let cn = site.api_token(MEMBER_CN).await;
    let vn = site.api_token(ADMIN_VN).await;

    let (status, sent) = site
        .call(Some(&cn), "POST", "/api/v1/interests", Some(interest()))
        .await;
    assert_eq!(status, 201, "{sent}");
    assert_eq!(sent["status"], "sent");
    assert_eq!(sent["owner"], "org-vn-cuulong");
    assert_eq!(sent["details_available"], false);
    let id = sent["id"].as_i64().unwrap();
    let path = format!("/api/v1/interests/{id}");

    let (_, mine) = site.call(Some(&vn), "GET", "/api/v1/interests", None).await;
    assert_eq!(mine["received"][0]["id"], id);
    assert_eq!(mine["sent"].as_array().unwrap().len(), 0);

    // Before acceptance and agreement, no details.
    let (status, body) = site
        .call(Some(&cn), "GET", &format!("{path}/details"), None)
        .await;
    assert_eq!(status, 409, "{body}");

    let (status, accepted) = site
        .call(Some(&vn), "POST", &format!("{path}/accept"), None)
        .await;
    assert_eq!(status, 200, "{accepted}");
    assert_eq!(accepted["status"], "accepted");

    let (status, _) = site
        .call(
            Some(&cn),
            "POST",
            &format!("{path}/messages"),
            Some(json!({"message": "Can we visit the pilot ponds in March?"})),
        )
        .await;
    assert_eq!(status, 201);
    let (_, thread) = site
        .call(Some(&vn), "GET", &format!("{path}/messages"), None)
        .await;
    assert_eq!(thread[0]["organization"], "org-cn-xmaqua");
    assert_eq!(thread[0]["author"], MEMBER_CN);

    let (status, agreed) = site
        .call(
            Some(&cn),
            "POST",
            &format!("{path}/agree"),
            Some(json!({"agree": true})),
        )
        .await;
    assert_eq!(status, 200, "{agreed}");
    assert_eq!(agreed["terms_agreed_by"], MEMBER_CN);
    assert_eq!(agreed["details_available"], true);

    let (status, details) = site
        .call(Some(&cn), "GET", &format!("{path}/details"), None)
        .await;
    assert_eq!(status, 200, "{details}");
    assert_eq!(details["details"], SECRET);
    assert_eq!(details["version"], 1);

    // The owner sees the release: who, when, which version.
    let (status, releases) = site
        .call(Some(&vn), "GET", &format!("{path}/releases"), None)
        .await;
    assert_eq!(status, 200);
    assert_eq!(releases.as_array().unwrap().len(), 1);
    assert_eq!(releases[0]["released_to"], MEMBER_CN);
    assert_eq!(releases[0]["version"], 1);

    // The OpenAPI document names the endpoints and the token scheme.
    let (_, document) = site.json("/api/openapi.json").await;
    assert!(document["paths"]["/api/v1/interests/{id}/details"]["get"].is_object());
    assert_eq!(
        document["components"]["securitySchemes"]["token"]["scheme"],
        "bearer"
    );
}

async fn the_api_refuses_bad_bodies_and_changes_nothing(site: &Site) {
    let cn = site.api_token(MEMBER_CN).await;
    let without = |field: &str| {
        let mut body = interest();
        body.as_object_mut().unwrap().remove(field);
        body
    };
    let with = |field: &str, value: Value| {
        let mut body = interest();
        body[field] = value;
        body
    };
    for (body, field) in [
        (without("message"), "message"),
        (with("message", json!("")), "message"),
        (with("message", json!("x".repeat(5000))), "message"),
        (with("side", json!("gift")), "side"),
        (with("organization", json!("not a ref!")), "organization"),
        (with("surprise", json!(1)), "surprise"),
        (json!([1, 2]), "body"),
    ] {
        let (status, answer) = site
            .call(Some(&cn), "POST", "/api/v1/interests", Some(body))
            .await;
        assert_eq!(status, 422, "{field}: {answer}");
        assert_eq!(answer["error"]["code"], "invalid-input");
        assert!(
            answer["error"]["detail"].as_str().unwrap().contains(field),
            "{field}: {answer}"
        );
    }
    // Not JSON at all.
    let response = reqwest::Client::new()
        .post(site.url("/api/v1/interests"))
        .bearer_auth(&cn)
        .header("content-type", "application/json")
        .body("{\"side\":")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 422);
    // For an organization the person does not act for; for a listing that is not public.
    let (status, _) = site
        .call(
            Some(&cn),
            "POST",
            "/api/v1/interests",
            Some(with("organization", json!("org-vn-cuulong"))),
        )
        .await;
    assert_eq!(status, 403);
    let (status, _) = site
        .call(
            Some(&cn),
            "POST",
            "/api/v1/interests",
            Some(with("listing", json!("need-submitted"))),
        )
        .await;
    assert_eq!(status, 404);
    // Nothing was written.
    let (_, mine) = site.call(Some(&cn), "GET", "/api/v1/interests", None).await;
    assert_eq!(mine["sent"].as_array().unwrap().len(), 0);

    // Agreeing needs `agree: true`; the step stays undone.
    let vn = site.api_token(ADMIN_VN).await;
    let (_, sent) = site
        .call(Some(&cn), "POST", "/api/v1/interests", Some(interest()))
        .await;
    let path = format!("/api/v1/interests/{}", sent["id"]);
    site.call(Some(&vn), "POST", &format!("{path}/accept"), None)
        .await;
    let (status, _) = site
        .call(Some(&cn), "POST", &format!("{path}/agree"), Some(json!({})))
        .await;
    assert_eq!(status, 422);
    let (status, _) = site
        .call(
            Some(&cn),
            "POST",
            &format!("{path}/agree"),
            Some(json!({"agree": "yes"})),
        )
        .await;
    assert_eq!(status, 422);
    let (_, now) = site.call(Some(&cn), "GET", &path, None).await;
    assert_eq!(now["terms_agreed_by"], Value::Null);
    let (status, _) = site
        .call(Some(&cn), "POST", &format!("{path}/bribe"), None)
        .await;
    assert_eq!(status, 404);
    let (status, _) = site
        .call(Some(&cn), "GET", "/api/v1/interests/not-a-number", None)
        .await;
    assert_eq!(status, 404);
}

/// Each person's answer to each action on an expression of interest that was sent by
/// org-cn-xmaqua to org-vn-cuulong and accepted, with the terms not yet agreed.
async fn roles_by_actions_over_the_api(site: &Site) {
    let cn = site.api_token(MEMBER_CN).await;
    let vn = site.api_token(ADMIN_VN).await;
    let (_, sent) = site
        .call(Some(&cn), "POST", "/api/v1/interests", Some(interest()))
        .await;
    let id = sent["id"].as_i64().unwrap();
    site.call(
        Some(&vn),
        "POST",
        &format!("/api/v1/interests/{id}/accept"),
        None,
    )
    .await;

    let operator = site.api_token("operator@demo.techbridge.example").await;
    let ncp_vn = site.api_token("ncp.vn@demo.techbridge.example").await;
    let ncp_cn = site.api_token("ncp.cn@demo.techbridge.example").await;
    let people: [(&str, Option<&str>); 6] = [
        ("anonymous", None),
        ("interested member", Some(&cn)),
        ("owner admin", Some(&vn)),
        ("operator", Some(&operator)),
        ("contact point VN", Some(&ncp_vn)),
        ("contact point CN", Some(&ncp_cn)),
    ];
    // Answers per person, in the order above. Steps that would change the expression are
    // tried with a body that is refused after the permission check, so the matrix leaves it
    // as it was for the next person.
    let read = format!("/api/v1/interests/{id}");
    let details = format!("{read}/details");
    let releases = format!("{read}/releases");
    let thread = format!("{read}/messages");
    let decline = format!("{read}/decline");
    let agree = format!("{read}/agree");
    let matrix: Vec<(&str, &str, Option<Value>, [u16; 6])> = vec![
        ("GET", &read, None, [401, 200, 200, 404, 404, 404]),
        ("GET", &thread, None, [401, 200, 200, 404, 404, 404]),
        // The terms are not agreed: even the interested side may not read the details yet.
        ("GET", &details, None, [401, 409, 403, 404, 404, 404]),
        ("GET", &releases, None, [401, 403, 200, 404, 404, 404]),
        (
            "POST",
            &decline,
            Some(json!({"reason": "x".repeat(3000)})),
            [401, 403, 422, 404, 404, 404],
        ),
        (
            "POST",
            &agree,
            Some(json!({})),
            [401, 422, 403, 404, 404, 404],
        ),
        (
            "POST",
            &thread,
            Some(json!({"message": ""})),
            [401, 422, 422, 404, 404, 404],
        ),
    ];
    for (method, path, body, expected) in &matrix {
        for ((who, token), want) in people.iter().zip(expected) {
            let (status, answer) = site.call(*token, method, path, body.clone()).await;
            assert_eq!(status, *want, "{who}: {method} {path}: {answer}");
        }
    }
    let (_, after) = site.call(Some(&cn), "GET", &read, None).await;
    assert_eq!(after["status"], "accepted");
    assert_eq!(after["terms_agreed_by"], Value::Null);
}
