//! Branch venues: an event held in Nanning and at a branch in Ho Chi Minh City, with tables at
//! each. A meeting takes a table at the venue where both sides sit, is online when they sit at
//! different venues, and is shown at the venue's own time. Bad venues are named and change
//! nothing.

use serde_json::json;

use crate::http::events::{ADMIN_VN, MEMBER_CN, OPERATOR, invitee, values_after};
use crate::http::harness::Site;
use crate::on_both_engines;

on_both_engines!(
    meetings_take_tables_at_their_own_venue,
    bad_venues_are_named_and_change_nothing,
    an_event_with_branches_through_the_api,
);

const BRANCH: &str = "Ho Chi Minh City Hub";

/// One slot on 2026-12-10 at 09:00 in Nanning (UTC+8), no table there; one table at the
/// branch in Ho Chi Minh City (UTC+7).
const EVENT: &[(&str, &str)] = &[
    ("name", "China-ASEAN Matchmaking with branches"),
    ("ref", "forum-branches"),
    ("venue", "Nanning International Convention Centre"),
    ("time_zone", "Asia/Shanghai"),
    ("days", "2026-12-10"),
    ("sessions", "09:00-09:30"),
    ("slot_minutes", "30"),
    ("tables", "0"),
    ("branches", "Ho Chi Minh City Hub; Asia/Ho_Chi_Minh; 1"),
    ("registration_closes", "2026-12-05"),
    ("requests_close", "2026-12-08"),
];

/// Registers (or re-registers) `client` on site at `venue` ("" for the main venue).
async fn register(
    site: &Site,
    client: &reqwest::Client,
    organization: &str,
    zone: &str,
    venue: &str,
) -> reqwest::Response {
    site.submit(
        client,
        "/events/forum-branches/register",
        &[
            ("organization", organization),
            ("attendance", "on_site"),
            ("venue", venue),
            ("time_zone", zone),
            ("languages", "en"),
        ],
    )
    .await
}

/// Makes the schedule; returns where the organizer was sent (with the run's figures).
async fn make_schedule(site: &Site, operator: &reqwest::Client) -> String {
    let response = site
        .submit(operator, "/events/forum-branches/schedule", &[])
        .await;
    assert_eq!(response.status().as_u16(), 303);
    response.headers()["location"].to_str().unwrap().to_owned()
}

async fn meetings_take_tables_at_their_own_venue(site: &Site) {
    let operator = site.signed_in(OPERATOR).await;
    let response = site.submit(&operator, "/events", EVENT).await;
    assert_eq!(response.status().as_u16(), 303);
    let (_, page) = site.read(&operator, "/events/forum-branches").await;
    assert!(
        page.contains("Ho Chi Minh City Hub (Asia/Ho_Chi_Minh): 1 tables"),
        "{page}"
    );

    // Both sides at the main venue, which has no table: the meeting cannot take place.
    let vn = site.signed_in(ADMIN_VN).await;
    let cn = site.signed_in(MEMBER_CN).await;
    for (client, organization, zone) in [
        (&vn, "org-vn-cuulong", "Asia/Ho_Chi_Minh"),
        (&cn, "org-cn-xmaqua", "Asia/Shanghai"),
    ] {
        let response = register(site, client, organization, zone, "").await;
        assert_eq!(response.status().as_u16(), 303);
    }
    let (_, page) = site.read(&cn, "/events/forum-branches").await;
    assert!(page.contains(&format!("<option value=\"{BRANCH}\">{BRANCH}</option>")));
    let other = invitee(&page);
    let response = site
        .submit(
            &cn,
            "/events/forum-branches/requests",
            &[
                ("invitee", other.as_str()),
                ("message", "Shall we meet?"),
                ("priority", "1"),
            ],
        )
        .await;
    assert_eq!(
        response.status().as_u16(),
        303,
        "{}",
        response.text().await.unwrap()
    );
    let (_, page) = site.read(&vn, "/events/forum-branches").await;
    let id = values_after(&page, "/events/forum-branches/requests/")[0]
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let response = site
        .submit(
            &vn,
            &format!("/events/forum-branches/requests/{id}/accept"),
            &[],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let location = make_schedule(site, &operator).await;
    assert!(location.contains("scheduled=0&of=1"), "{location}");
    let (_, plan) = site.read(&operator, &location).await;
    assert!(plan.contains("has a table"), "{plan}");

    // The Vietnamese side moves to the branch: at different venues, they meet online.
    let response = register(site, &vn, "org-vn-cuulong", "Asia/Ho_Chi_Minh", BRANCH).await;
    assert_eq!(response.status().as_u16(), 303);
    let location = make_schedule(site, &operator).await;
    assert!(location.contains("scheduled=1&of=1"), "{location}");
    let (_, agenda) = site.read(&vn, "/events/forum-branches/agenda").await;
    assert!(agenda.contains("Online"), "{agenda}");
    assert!(!agenda.contains("table 1"));
    let lock = format!("/events/forum-branches/meetings/{id}/lock");
    let response = site.submit(&operator, &lock, &[]).await;
    assert_eq!(response.status().as_u16(), 303);

    // Both at the branch: the meeting, locked while online, is freed to take the branch's
    // table, at Ho Chi Minh City's time.
    let response = register(site, &cn, "org-cn-xmaqua", "Asia/Shanghai", BRANCH).await;
    assert_eq!(response.status().as_u16(), 303);
    let location = make_schedule(site, &operator).await;
    assert!(location.contains("scheduled=1&of=1"), "{location}");
    let (_, agenda) = site.read(&vn, "/events/forum-branches/agenda").await;
    assert!(agenda.contains("Ho Chi Minh City Hub, table 1"), "{agenda}");
    assert!(agenda.contains("08:00–08:30"));
    assert!(
        !agenda.contains("in your time"),
        "the branch is in the person's own zone"
    );
    let (_, agenda) = site.read(&cn, "/events/forum-branches/agenda").await;
    assert!(agenda.contains("Ho Chi Minh City Hub, table 1"));
    assert!(
        agenda.contains("09:00–09:30 in your time (Asia/Shanghai)"),
        "{agenda}"
    );
    let (_, page) = site.read(&cn, "/events/forum-branches").await;
    assert!(page.contains("table 1 at Ho Chi Minh City Hub"), "{page}");
    let ics = vn
        .get(site.url("/events/forum-branches.ics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .replace("\r\n ", "");
    assert!(
        ics.contains("LOCATION:Ho Chi Minh City Hub\\, table 1\r\n"),
        "{ics}"
    );
    assert!(ics.contains("DTSTART:20261210T010000Z\r\n"));
    let (_, organize) = site
        .read(&operator, "/events/forum-branches/organize")
        .await;
    assert!(
        organize.contains("<h3>Ho Chi Minh City Hub: "),
        "{organize}"
    );

    // Through the API: the event's branches, the participant's venue, the meeting's.
    let (_, event) = site.json("/api/v1/events/forum-branches").await;
    assert_eq!(
        event["branches"],
        json!([{"name": BRANCH, "time_zone": "Asia/Ho_Chi_Minh", "tables": 1}])
    );
    let token = site.api_token(ADMIN_VN).await;
    let (status, agenda) = site
        .call(
            Some(&token),
            "GET",
            "/api/v1/events/forum-branches/agenda",
            None,
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(agenda[0]["venue"], BRANCH);
    assert_eq!(agenda[0]["table"], 1);

    // Locked at the branch, then one side moves back to Nanning: the lock no longer holds,
    // and the meeting is made again, online.
    let response = site.submit(&operator, &lock, &[]).await;
    assert_eq!(response.status().as_u16(), 303);
    let response = register(site, &cn, "org-cn-xmaqua", "Asia/Shanghai", "").await;
    assert_eq!(response.status().as_u16(), 303);
    let location = make_schedule(site, &operator).await;
    assert!(location.contains("scheduled=1&of=1"), "{location}");
    let (_, agenda) = site.read(&vn, "/events/forum-branches/agenda").await;
    assert!(agenda.contains("Online"), "{agenda}");
    assert!(!agenda.contains("table 1"));

    // Locked online, then both at Nanning, which has no table: the lock is released rather
    // than block the whole schedule, and the meeting is left out with its reason.
    let response = site.submit(&operator, &lock, &[]).await;
    assert_eq!(response.status().as_u16(), 303);
    let response = register(site, &vn, "org-vn-cuulong", "Asia/Ho_Chi_Minh", "").await;
    assert_eq!(response.status().as_u16(), 303);
    let location = make_schedule(site, &operator).await;
    assert!(location.contains("scheduled=0&of=1"), "{location}");
}

async fn bad_venues_are_named_and_change_nothing(site: &Site) {
    let operator = site.signed_in(OPERATOR).await;
    for (branches, named) in [
        ("Jakarta; Mars/Olympus; 3", "Jakarta; Mars/Olympus; 3"),
        (
            "Jakarta, Asia/Jakarta, 3",
            "is not \"name; time zone; tables\"",
        ),
        ("Jakarta; Asia/Jakarta; -3", "is not a number of tables"),
        (
            "Nanning International Convention Centre; Asia/Shanghai; 2",
            "is named twice",
        ),
        (
            "Jakarta; Asia/Jakarta; 2\nJakarta; Asia/Jakarta; 4",
            "is named twice",
        ),
    ] {
        let mut form = EVENT.to_vec();
        for (k, v) in &mut form {
            if *k == "branches" {
                *v = branches;
            }
        }
        let response = site.submit(&operator, "/events", &form).await;
        assert_eq!(response.status().as_u16(), 422, "{branches}");
        let page = response.text().await.unwrap();
        assert!(page.contains("branches: "), "{page}");
        assert!(page.contains(&named.replace('"', "&#34;")), "{page}");
    }
    let (status, _) = site.read(&operator, "/events/forum-branches").await;
    assert_eq!(status, 404, "no event was made");

    let response = site.submit(&operator, "/events", EVENT).await;
    assert_eq!(response.status().as_u16(), 303);
    let vn = site.signed_in(ADMIN_VN).await;
    let response = register(site, &vn, "org-vn-cuulong", "Asia/Ho_Chi_Minh", BRANCH).await;
    assert_eq!(response.status().as_u16(), 303);
    // An unknown venue is refused and the registration stays as it was.
    let response = register(site, &vn, "org-vn-cuulong", "Asia/Ho_Chi_Minh", "Atlantis").await;
    assert_eq!(response.status().as_u16(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("is not a venue of this event"), "{page}");
    let token = site.api_token(ADMIN_VN).await;
    let (status, error) = site
        .call(
            Some(&token),
            "PUT",
            "/api/v1/events/forum-branches/registration",
            Some(
                json!({"organization": "org-vn-cuulong", "attendance": "on_site",
                "venue": "Atlantis", "time_zone": "Asia/Ho_Chi_Minh", "languages": ["vi"]}),
            ),
        )
        .await;
    assert_eq!(status, 422);
    assert!(
        error["error"]["detail"]
            .as_str()
            .unwrap()
            .starts_with("venue: ")
    );
    let (status, participants) = site
        .call(
            Some(&token),
            "GET",
            "/api/v1/events/forum-branches/participants",
            None,
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(participants[0]["venue"], BRANCH);
}

async fn an_event_with_branches_through_the_api(site: &Site) {
    let event = json!({
        "ref": "forum-api", "name": "Matchmaking through the API",
        "venue": "Nanning International Convention Centre", "time_zone": "Asia/Shanghai",
        "days": ["2026-12-10", "2026-12-11"], "sessions": ["09:00-10:00", "14:00-15:00"],
        "slot_minutes": 30, "tables": 4,
        "branches": [{"name": BRANCH, "time_zone": "Asia/Ho_Chi_Minh", "tables": 2}],
        "registration_closes": "2026-12-05", "requests_close": "2026-12-08"
    });
    // Only an organizer may create one.
    let member = site.api_token(MEMBER_CN).await;
    let (status, _) = site
        .call(Some(&member), "POST", "/api/v1/events", Some(event.clone()))
        .await;
    assert_eq!(status, 403);

    // Bad input: every problem named, nothing made.
    let operator = site.api_token(OPERATOR).await;
    let mut bad = event.clone();
    bad["ref"] = json!("forum api");
    bad["branches"][0]["time_zone"] = json!("Mars/Olympus");
    let (status, error) = site
        .call(Some(&operator), "POST", "/api/v1/events", Some(bad))
        .await;
    assert_eq!(status, 422);
    let detail = error["error"]["detail"].as_str().unwrap();
    assert!(detail.starts_with("ref: "), "{detail}");
    assert!(detail.contains("; branches: "), "{detail}");
    assert!(detail.contains("Mars/Olympus"), "{detail}");
    let (_, events) = site.json("/api/v1/events").await;
    assert_eq!(events, json!([]));

    let (status, created) = site
        .call(
            Some(&operator),
            "POST",
            "/api/v1/events",
            Some(event.clone()),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["ref"], "forum-api");
    assert_eq!(created["slots"].as_array().unwrap().len(), 8);
    assert_eq!(created["slots"][0]["start"], "2026-12-10T01:00:00Z");
    assert_eq!(
        created["branches"],
        json!([{"name": BRANCH, "time_zone": "Asia/Ho_Chi_Minh", "tables": 2}])
    );
    // The same ref again is refused.
    let (status, _) = site
        .call(Some(&operator), "POST", "/api/v1/events", Some(event))
        .await;
    assert_eq!(status, 409);
}
