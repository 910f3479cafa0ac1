//! Accounts through HTTP: registering an organization, verification by the contact point of
//! its country only, signing in and out, forms refused without their token, the brake on
//! guessing passwords, and who may read what.

use crate::http::harness::Site;
use crate::on_both_engines;

on_both_engines!(
    an_organization_registers_and_its_contact_point_verifies_it,
    a_bad_registration_names_every_problem_and_writes_nothing,
    forms_without_their_token_are_refused,
    guessing_passwords_is_braked,
    signing_out_ends_the_session,
    pages_for_roles_answer_only_those_roles,
    a_members_language_setting_wins_and_home_shows_matches,
);

const NCP_VN: &str = "ncp.vn@demo.techbridge.example";
const NCP_CN: &str = "ncp.cn@demo.techbridge.example";
const OPERATOR: &str = "operator@demo.techbridge.example";

async fn register(site: &Site, client: &reqwest::Client, email: &str) -> reqwest::Response {
    site.submit(
        client,
        "/register",
        &[
            ("organization", "Viện Công nghệ Sinh học Cần Thơ"),
            ("country", "VN"),
            ("type", "institute"),
            ("city", "Cần Thơ"),
            ("website", "https://biotech.example.vn"),
            ("name", "Lê Thị Hoa"),
            ("email", email),
            ("password", "a long enough password"),
        ],
    )
    .await
}

async fn an_organization_registers_and_its_contact_point_verifies_it(site: &Site) {
    let visitor = Site::browser();
    let response = register(site, &visitor, "hoa@biotech.example.vn").await;
    assert_eq!(response.status().as_u16(), 303);

    let hoa = Site::browser();
    let response = site
        .submit(
            &hoa,
            "/login",
            &[
                ("email", "HOA@biotech.example.vn"),
                ("password", "a long enough password"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(response.headers()["location"], "/home");
    let home = site.read(&hoa, "/home?lang=en").await.1;
    assert!(home.contains("Viện Công nghệ Sinh học Cần Thơ"), "{home}");
    assert!(
        home.contains("class=\"notice\""),
        "waiting for verification: {home}"
    );

    // The Chinese contact point neither sees it nor may verify it.
    let cn = site.signed_in(NCP_CN).await;
    let queue = site.read(&cn, "/moderation").await.1;
    assert!(!queue.contains("Cần Thơ"));
    let reference = {
        let vn = site.signed_in(NCP_VN).await;
        let queue = site.read(&vn, "/moderation").await.1;
        assert!(queue.contains("Viện Công nghệ Sinh học Cần Thơ"), "{queue}");
        let after = queue.split("/moderation/organizations/").nth(1).unwrap();
        after.split('"').next().unwrap().to_owned()
    };
    let path = format!("/moderation/organizations/{reference}");
    let refused = site.submit(&cn, &path, &[("decision", "verify")]).await;
    assert_eq!(refused.status().as_u16(), 403);
    let vn = site.signed_in(NCP_VN).await;
    let bad = site.submit(&vn, &path, &[("decision", "maybe")]).await;
    assert_eq!(bad.status().as_u16(), 422);
    let done = site.submit(&vn, &path, &[("decision", "verify")]).await;
    assert_eq!(done.status().as_u16(), 303);
    let queue = site.read(&vn, "/moderation").await.1;
    assert!(!queue.contains("Viện Công nghệ Sinh học Cần Thơ"));
    let home = site.read(&hoa, "/home").await.1;
    assert!(!home.contains("class=\"notice\""), "verified now: {home}");

    // The same e-mail address cannot register twice.
    let again = register(site, &Site::browser(), "hoa@biotech.example.vn").await;
    assert_eq!(again.status().as_u16(), 409);
}

async fn a_bad_registration_names_every_problem_and_writes_nothing(site: &Site) {
    let before = site.store.organizations().await.unwrap().len();
    let client = Site::browser();
    let response = site
        .submit(
            &client,
            "/register?lang=en",
            &[
                ("organization", ""),
                ("country", "XX"),
                ("type", "guild"),
                ("website", "not a website"),
                ("name", "Somebody"),
                ("email", "not-an-address"),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 422);
    let page = response.text().await.unwrap();
    for field in [
        "Name of the organization",
        "Country",
        "Type of organization",
        "Website",
        "E-mail address",
        "Password",
    ] {
        assert!(page.contains(&format!("<li>{field}:")), "{field} in {page}");
    }
    assert!(page.contains("value=\"Somebody\""), "what was typed stays");
    assert_eq!(site.store.organizations().await.unwrap().len(), before);
}

async fn forms_without_their_token_are_refused(site: &Site) {
    let client = Site::browser();
    site.form_token(&client).await;
    for (path, fields) in [
        (
            "/login",
            vec![
                ("email", OPERATOR),
                ("password", techbridge_web::DEMO_PASSWORD),
            ],
        ),
        ("/register", vec![("organization", "x")]),
        ("/logout", vec![]),
    ] {
        let without = client
            .post(site.url(path))
            .form(&fields)
            .send()
            .await
            .unwrap();
        assert_eq!(without.status().as_u16(), 403, "{path} without a token");
        let mut forged = fields.clone();
        forged.push((
            "form_token",
            "0000000000000000000000000000000000000000000000000000000000000000",
        ));
        let with_wrong = client
            .post(site.url(path))
            .form(&forged)
            .send()
            .await
            .unwrap();
        assert_eq!(
            with_wrong.status().as_u16(),
            403,
            "{path} with another token"
        );
    }
    // A token taken from another browser does not work either.
    let other = Site::browser();
    let token = site.form_token(&other).await;
    let response = client
        .post(site.url("/login"))
        .form(&[
            ("email", OPERATOR),
            ("password", techbridge_web::DEMO_PASSWORD),
            ("form_token", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 403);
}

async fn guessing_passwords_is_braked(site: &Site) {
    let client = Site::browser();
    for _ in 0..5 {
        let response = site
            .submit(
                &client,
                "/login",
                &[("email", OPERATOR), ("password", "wrong guess 1234")],
            )
            .await;
        assert_eq!(response.status().as_u16(), 401);
    }
    let right = site
        .submit(
            &client,
            "/login",
            &[
                ("email", OPERATOR),
                ("password", techbridge_web::DEMO_PASSWORD),
            ],
        )
        .await;
    assert_eq!(
        right.status().as_u16(),
        429,
        "braked even with the right password"
    );
    // An unknown address answers like a wrong password.
    let unknown = site
        .submit(
            &Site::browser(),
            "/login",
            &[
                ("email", "nobody@example.org"),
                ("password", "whatever it is"),
            ],
        )
        .await;
    assert!(unknown.status().as_u16() == 401 || unknown.status().as_u16() == 429);
}

async fn signing_out_ends_the_session(site: &Site) {
    let client = site.signed_in(OPERATOR).await;
    let home = client.get(site.url("/home")).send().await.unwrap();
    assert_eq!(home.status().as_u16(), 200);
    let out = site.submit(&client, "/logout", &[]).await;
    assert_eq!(out.status().as_u16(), 303);
    let home = client.get(site.url("/home")).send().await.unwrap();
    assert_eq!(home.status().as_u16(), 303, "signed out: sent to sign in");
    let outbox = client.get(site.url("/outbox")).send().await.unwrap();
    assert_eq!(outbox.status().as_u16(), 401);
}

async fn pages_for_roles_answer_only_those_roles(site: &Site) {
    let anonymous = Site::browser();
    let operator = site.signed_in(OPERATOR).await;
    let ncp = site.signed_in(NCP_VN).await;
    // (page, anonymous, contact point, operator)
    for (path, expected) in [
        ("/moderation", [401, 200, 200]),
        ("/outbox", [401, 403, 200]),
        ("/home", [303, 200, 200]),
    ] {
        for (client, want) in [&anonymous, &ncp, &operator].into_iter().zip(expected) {
            let status = site.read(client, path).await.0;
            assert_eq!(status, want, "{path}");
        }
    }
}

async fn a_members_language_setting_wins_and_home_shows_matches(site: &Site) {
    let admin = site.signed_in("admin.vn@demo.techbridge.example").await;
    let home = site.read(&admin, "/home").await.1;
    let matches = home.split("class=\"matches\"").nth(1).unwrap_or_default();
    assert!(
        matches.contains("/offers/off-wssv"),
        "the need's best match: {home}"
    );
    assert!(matches.contains("class=\"reason\""));

    let bad = site
        .submit(&admin, "/account", &[("language", "tlh")])
        .await;
    assert_eq!(bad.status().as_u16(), 422);
    let saved = site.submit(&admin, "/account", &[("language", "km")]).await;
    assert_eq!(saved.status().as_u16(), 303);
    let page = admin
        .get(site.url("/home?lang=vi"))
        .header("Accept-Language", "th")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<html lang=\"km\">"), "the setting wins");
    let reset = site.submit(&admin, "/account", &[("language", "")]).await;
    assert_eq!(reset.status().as_u16(), 303);
    let page = site.read(&admin, "/home?lang=vi").await.1;
    assert!(page.contains("<html lang=\"vi\">"), "back to the address");
    let anonymous = Site::browser()
        .get(site.url("/account"))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status().as_u16(), 401);
}
