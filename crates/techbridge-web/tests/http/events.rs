//! Brokerage events through pages: an operator creates one, members register with their
//! availability, ask for a meeting and accept it, the organizer makes the schedule, the agenda
//! and its calendar file show the meeting at the right times, and feedback is counted. Bad
//! input is named and changes nothing; who may do what is checked for each role.

use serde_json::{Value, json};

use crate::http::harness::Site;
use crate::on_both_engines;

on_both_engines!(
    a_brokerage_event_from_registration_to_feedback,
    bad_event_input_is_named_and_changes_nothing,
    who_may_do_what_at_an_event,
    an_event_through_the_api,
    the_demo_event,
);

pub(super) const OPERATOR: &str = "operator@demo.techbridge.example";
pub(super) const ADMIN_VN: &str = "admin.vn@demo.techbridge.example";
pub(super) const MEMBER_CN: &str = "member.cn@demo.techbridge.example";

/// Two slots on 2026-12-10 at 09:00 and 09:30 in Nanning (UTC+8), one table.
const EVENT: &[(&str, &str)] = &[
    ("name", "China-ASEAN Technology Matchmaking 2026"),
    ("ref", "forum-2026"),
    ("venue", "Nanning International Convention Centre"),
    ("time_zone", "Asia/Shanghai"),
    ("days", "2026-12-10"),
    ("sessions", "09:00-10:00"),
    ("slot_minutes", "30"),
    ("tables", "1"),
    ("registration_closes", "2026-12-05"),
    ("requests_close", "2026-12-08"),
    ("rooms_url", "https://meet.example.org"),
];

/// Every value that follows `marker` in `page`, up to the next quote.
pub(super) fn values_after(page: &str, marker: &str) -> Vec<String> {
    page.split(marker)
        .skip(1)
        .filter_map(|rest| rest.split('"').next().map(str::to_owned))
        .collect()
}

async fn create_event(site: &Site) {
    let operator = site.signed_in(OPERATOR).await;
    let response = site.submit(&operator, "/events", EVENT).await;
    assert_eq!(response.status().as_u16(), 303);
}

/// Registers `email` for the event for `organization`, unable to attend slots `unavailable`
/// (by position), speaking `languages`, bringing `listings`.
async fn register(
    site: &Site,
    email: &str,
    organization: &str,
    zone: &str,
    languages: &[&str],
    unavailable: &[usize],
    listings: &[&str],
) -> reqwest::Client {
    let client = site.signed_in(email).await;
    let (status, page) = site.read(&client, "/events/forum-2026").await;
    assert_eq!(status, 200);
    let slots = values_after(&page, "name=\"unavailable\" value=\"");
    assert_eq!(slots.len(), 2);
    let mut fields = vec![
        ("organization", organization.to_owned()),
        ("attendance", "on_site".to_owned()),
        ("time_zone", zone.to_owned()),
    ];
    fields.extend(languages.iter().map(|l| ("languages", (*l).to_owned())));
    fields.extend(
        unavailable
            .iter()
            .map(|i| ("unavailable", slots[*i].clone())),
    );
    fields.extend(listings.iter().map(|l| ("listings", (*l).to_owned())));
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let response = site
        .submit(&client, "/events/forum-2026/register", &fields)
        .await;
    assert_eq!(
        response.status().as_u16(),
        303,
        "{}",
        response.text().await.unwrap()
    );
    client
}

/// The participant id the marketplace form of `page` offers to ask for a meeting.
pub(super) fn invitee(page: &str) -> String {
    values_after(page, "name=\"invitee\" value=\"")
        .into_iter()
        .next()
        .unwrap()
}

async fn a_brokerage_event_from_registration_to_feedback(site: &Site) {
    create_event(site).await;
    let vn = register(
        site,
        ADMIN_VN,
        "org-vn-cuulong",
        "Asia/Ho_Chi_Minh",
        &["vi"],
        &[],
        &["need/need-wssv"],
    )
    .await;
    let cn = register(
        site,
        MEMBER_CN,
        "org-cn-xmaqua",
        "Asia/Shanghai",
        &["zh", "en"],
        &[],
        &["offer/off-wssv"],
    )
    .await;

    // The Chinese institute sees the Vietnamese company first, as one it should meet: its
    // shrimp-virus test kit matches the company's need.
    let (_, page) = site.read(&cn, "/events/forum-2026").await;
    assert!(page.contains("You should meet"), "{page}");
    assert!(page.contains("You share no language"));
    let other = invitee(&page);
    let request = [
        ("invitee", other.as_str()),
        ("message", "我们的LAMP检测试剂盒可在池塘边40分钟出结果。"),
        ("priority", "2"),
    ];
    let response = site
        .submit(&cn, "/events/forum-2026/requests", &request)
        .await;
    assert_eq!(response.status().as_u16(), 303);
    // A second request to the same person while one is open is refused.
    let response = site
        .submit(&cn, "/events/forum-2026/requests", &request)
        .await;
    assert_eq!(response.status().as_u16(), 409);

    // The Vietnamese company accepts.
    let (_, page) = site.read(&vn, "/events/forum-2026").await;
    assert!(page.contains("waiting for an answer"));
    let id = values_after(&page, "/events/forum-2026/requests/")
        .into_iter()
        .next()
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let response = site
        .submit(
            &vn,
            &format!("/events/forum-2026/requests/{id}/accept"),
            &[],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let (_, page) = site.read(&vn, "/events/forum-2026").await;
    assert!(page.contains("The organizer has not made the schedule yet."));

    // The organizer makes the schedule: the one meeting is placed, at the one table.
    let operator = site.signed_in(OPERATOR).await;
    let response = site
        .submit(&operator, "/events/forum-2026/schedule", &[])
        .await;
    assert_eq!(response.status().as_u16(), 303);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.contains("scheduled=1&of=1"), "{location}");
    let (_, plan) = site.read(&operator, &location).await;
    assert!(plan.contains("Scheduled 1 of 1 accepted meetings, 100% of the best possible."));

    // The agenda: venue time (Nanning, UTC+8) and the participant's own (Ho Chi Minh, UTC+7).
    let (status, agenda) = site.read(&vn, "/events/forum-2026/agenda").await;
    assert_eq!(status, 200);
    assert!(agenda.contains("09:00–09:30"), "{agenda}");
    assert!(agenda.contains("08:00–08:30 in your time (Asia/Ho_Chi_Minh)"));
    assert!(agenda.contains("Nanning International Convention Centre, table 1"));

    // The calendar file, parsed back: one event at the slot's instant, at the table.
    let response = vn
        .get(site.url("/events/forum-2026.ics"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let ics = response.text().await.unwrap();
    assert!(ics.lines().all(|l| l.len() <= 76), "lines are folded");
    let unfolded = ics.replace("\r\n ", "");
    let lines: Vec<&str> = unfolded.split("\r\n").collect();
    assert_eq!(lines.first(), Some(&"BEGIN:VCALENDAR"));
    assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(), 1);
    assert!(lines.contains(&"DTSTART:20261210T010000Z"));
    assert!(lines.contains(&"DTEND:20261210T013000Z"));
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("LOCATION:Nanning International Convention Centre\\, table 1"))
    );

    // The invitee was told of the request, the requester of the answer, and every participant
    // whose meetings moved of the new agenda.
    let (_, outbox) = site.read(&operator, "/outbox").await;
    assert_eq!(outbox.matches("asks to meet you at China-ASEAN").count(), 1);
    assert_eq!(outbox.matches("accepted your meeting request").count(), 1);
    assert_eq!(outbox.matches("Your agenda for China-ASEAN").count(), 2);

    // Feedback only once the meeting has begun.
    let feedback = format!("/events/forum-2026/meetings/{id}/feedback");
    let response = site
        .submit(&vn, &feedback, &[("outcome", "follow_up")])
        .await;
    assert_eq!(response.status().as_u16(), 409);
    // The day of the event: sessions of three weeks ago have ended, so everyone signs in anew.
    site.advance_days(20);
    let (vn, cn, operator) = (
        site.signed_in(ADMIN_VN).await,
        site.signed_in(MEMBER_CN).await,
        site.signed_in(OPERATOR).await,
    );
    let response = site.submit(&vn, &feedback, &[("outcome", "maybe")]).await;
    assert_eq!(response.status().as_u16(), 422);
    let response = site
        .submit(
            &vn,
            &feedback,
            &[("outcome", "follow_up"), ("comment", "Gửi mẫu thử.")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 303);

    // The organizer locks the meeting: then nobody else can cancel it.
    for step in ["lock", "held"] {
        let response = site
            .submit(
                &operator,
                &format!("/events/forum-2026/meetings/{id}/{step}"),
                &[],
            )
            .await;
        assert_eq!(response.status().as_u16(), 303);
    }
    let response = site
        .submit(
            &cn,
            &format!("/events/forum-2026/requests/{id}/cancel"),
            &[],
        )
        .await;
    assert_eq!(response.status().as_u16(), 409);
    let (_, organize) = site.read(&operator, "/events/forum-2026/organize").await;
    assert!(organize.contains("Follow-up planned: 1"));
    assert!(
        organize.contains("<dt>Meetings held</dt><dd>1</dd>"),
        "{organize}"
    );
    assert!(organize.contains("<dt>Accepted of those answered</dt><dd>100%</dd>"));
}

async fn bad_event_input_is_named_and_changes_nothing(site: &Site) {
    let operator = site.signed_in(OPERATOR).await;
    let mut bad: Vec<(&str, &str)> = EVENT.to_vec();
    for (k, v) in &mut bad {
        match *k {
            "time_zone" => *v = "Mars/Olympus",
            "days" => *v = "2026-12-10, 2026-13-01",
            "slot_minutes" => *v = "45",
            "rooms_url" => *v = "javascript:alert(1)",
            _ => {}
        }
    }
    let response = site.submit(&operator, "/events", &bad).await;
    assert_eq!(response.status().as_u16(), 422);
    let page = response.text().await.unwrap();
    for named in ["time_zone: ", "Mars/Olympus", "2026-13-01", "rooms_url: "] {
        assert!(page.contains(named), "{named} in {page}");
    }
    let (_, events) = site.read(&operator, "/events").await;
    assert!(events.contains("No brokerage event yet."));

    // Slots of a valid zone but a bad length are named too.
    let mut long = EVENT.to_vec();
    long[6] = ("slot_minutes", "45");
    let response = site.submit(&operator, "/events", &long).await;
    assert_eq!(response.status().as_u16(), 422);
    assert!(response.text().await.unwrap().contains("15 to 30 minutes"));

    // A ref taken once is refused the second time, and the first event stays as it was.
    create_event(site).await;
    let response = site.submit(&operator, "/events", EVENT).await;
    assert_eq!(response.status().as_u16(), 409);

    // Nobody can be unavailable for every slot; a bad slot is named.
    let client = site.signed_in(ADMIN_VN).await;
    let (_, page) = site.read(&client, "/events/forum-2026").await;
    let slots = values_after(&page, "name=\"unavailable\" value=\"");
    let base = [
        ("organization", "org-vn-cuulong"),
        ("attendance", "on_site"),
        ("time_zone", "Asia/Ho_Chi_Minh"),
        ("languages", "vi"),
    ];
    let mut all_busy = base.to_vec();
    all_busy.extend(slots.iter().map(|s| ("unavailable", s.as_str())));
    let response = site
        .submit(&client, "/events/forum-2026/register", &all_busy)
        .await;
    assert_eq!(response.status().as_u16(), 422);
    let mut foreign = base.to_vec();
    foreign.push(("unavailable", "999999"));
    let response = site
        .submit(&client, "/events/forum-2026/register", &foreign)
        .await;
    assert_eq!(response.status().as_u16(), 422);
    assert!(response.text().await.unwrap().contains("999999"));
    let (_, page) = site.read(&client, "/events/forum-2026").await;
    assert!(page.contains(">Register</button>"), "still not registered");

    // Two people with no slot in common cannot ask each other, and are told why.
    let vn = register(
        site,
        ADMIN_VN,
        "org-vn-cuulong",
        "Asia/Ho_Chi_Minh",
        &["vi"],
        &[0],
        &[],
    )
    .await;
    let cn = register(
        site,
        MEMBER_CN,
        "org-cn-xmaqua",
        "Asia/Shanghai",
        &["zh"],
        &[1],
        &[],
    )
    .await;
    let (_, page) = site.read(&cn, "/events/forum-2026").await;
    assert!(page.contains("have no slot you can both attend"));
    let (_, vn_page) = site.read(&vn, "/events/forum-2026").await;
    assert!(!vn_page.contains("name=\"invitee\""));
    let participant = values_after(&page, "/events/forum-2026/participants/");
    assert!(participant.is_empty(), "members see no check-in");
}

async fn who_may_do_what_at_an_event(site: &Site) {
    // Only operators create and organize events.
    let member = site.signed_in(MEMBER_CN).await;
    let response = site.submit(&member, "/events", EVENT).await;
    assert_eq!(response.status().as_u16(), 403);
    let (status, _) = site.read(&member, "/events/new").await;
    assert_eq!(status, 403);
    create_event(site).await;
    let (status, _) = site.read(&member, "/events/forum-2026/organize").await;
    assert_eq!(status, 403);
    let response = site
        .submit(&member, "/events/forum-2026/schedule", &[])
        .await;
    assert_eq!(response.status().as_u16(), 403);
    let (status, _) = site.page("/events/forum-2026/organize").await;
    assert_eq!(status, 401);

    // The public sees the event but not who takes part.
    register(
        site,
        ADMIN_VN,
        "org-vn-cuulong",
        "Asia/Ho_Chi_Minh",
        &["vi"],
        &[],
        &[],
    )
    .await;
    let (status, page) = site.page("/events/forum-2026").await;
    assert_eq!(status, 200);
    assert!(page.contains("China-ASEAN Technology Matchmaking 2026"));
    assert!(!page.contains("marketplace"));
    let (status, _) = site.page("/events/forum-2026/agenda").await;
    assert_eq!(status, 401);
    let (status, _) = site.page("/events/forum-2026.ics").await;
    assert_eq!(status, 401);

    // One cannot register for another organization.
    let response = site
        .submit(
            &member,
            "/events/forum-2026/register",
            &[
                ("organization", "org-vn-cuulong"),
                ("attendance", "online"),
                ("time_zone", "Asia/Shanghai"),
                ("languages", "zh"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 403);

    // Someone who does not take part has no agenda and cannot answer requests.
    let (status, _) = site.read(&member, "/events/forum-2026/agenda").await;
    assert_eq!(status, 404);
    let response = site
        .submit(&member, "/events/forum-2026/requests/1/accept", &[])
        .await;
    assert_eq!(response.status().as_u16(), 404);
    let (status, _) = site.page("/events/no-such-event").await;
    assert_eq!(status, 404);
}

/// The same story through the API with tokens: register, ask, accept, schedule, agenda.
async fn an_event_through_the_api(site: &Site) {
    create_event(site).await;
    let (status, events) = site.json("/api/v1/events").await;
    assert_eq!(status, 200);
    assert_eq!(events[0]["ref"], "forum-2026");
    assert_eq!(events[0]["slots"].as_array().unwrap().len(), 2);
    assert_eq!(events[0]["slots"][0]["start"], "2026-12-10T01:00:00Z");

    let vn = site.api_token(ADMIN_VN).await;
    let cn = site.api_token(MEMBER_CN).await;
    let operator = site.api_token(OPERATOR).await;
    let registration = json!({
        "organization": "org-vn-cuulong", "attendance": "online",
        "time_zone": "Asia/Ho_Chi_Minh", "languages": ["vi", "en"],
        "listings": ["need/need-wssv"]
    });
    let (status, vn_me) = site
        .call(
            Some(&vn),
            "PUT",
            "/api/v1/events/forum-2026/registration",
            Some(registration),
        )
        .await;
    assert_eq!(status, 200, "{vn_me}");
    assert_eq!(vn_me["attendance"], "online");
    // Bad input is named and changes nothing.
    let (status, error) = site
        .call(
            Some(&cn),
            "PUT",
            "/api/v1/events/forum-2026/registration",
            Some(
                json!({"organization": "org-cn-xmaqua", "attendance": "on_site",
            "time_zone": "Asia/Shanghai", "languages": ["zh"], "listings": ["need/need-wssv"]}),
            ),
        )
        .await;
    assert_eq!(status, 422);
    assert_eq!(error["error"]["code"], "invalid-input");
    assert!(
        error["error"]["detail"]
            .as_str()
            .unwrap()
            .starts_with("listings: ")
    );
    let (status, _) = site
        .call(
            Some(&cn),
            "GET",
            "/api/v1/events/forum-2026/participants",
            None,
        )
        .await;
    assert_eq!(status, 403, "not a participant yet");
    let (status, _) = site
        .call(
            Some(&cn),
            "PUT",
            "/api/v1/events/forum-2026/registration",
            Some(
                json!({"organization": "org-cn-xmaqua", "attendance": "on_site",
            "time_zone": "Asia/Shanghai", "languages": ["zh", "en"]}),
            ),
        )
        .await;
    assert_eq!(status, 200);

    let (_, people) = site
        .call(
            Some(&cn),
            "GET",
            "/api/v1/events/forum-2026/participants",
            None,
        )
        .await;
    assert_eq!(people.as_array().unwrap().len(), 2);
    let invitee = vn_me["id"].as_i64().unwrap();
    let (status, request) = site.call(Some(&cn),
        "POST",
        "/api/v1/events/forum-2026/requests",
        Some(
            json!({"invitee": invitee, "message": "Let us talk about WSSV tests.", "priority": 3}),
        ),
    )
    .await;
    assert_eq!(status, 201, "{request}");
    assert_eq!(request["status"], "requested");
    let id = request["id"].as_i64().unwrap();
    let accept = format!("/api/v1/events/forum-2026/requests/{id}/accept");
    let (status, _) = site.call(Some(&cn), "POST", &accept, None).await;
    assert_eq!(status, 403, "only the invitee answers");
    let (status, accepted) = site.call(Some(&vn), "POST", &accept, None).await;
    assert_eq!(status, 200);
    assert_eq!(accepted["status"], "accepted");

    let (status, _) = site
        .call(
            Some(&cn),
            "POST",
            "/api/v1/events/forum-2026/schedule",
            None,
        )
        .await;
    assert_eq!(status, 403);
    let (status, run) = site
        .call(
            Some(&operator),
            "POST",
            "/api/v1/events/forum-2026/schedule",
            None,
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        (run["scheduled"].as_u64(), run["objective"].as_u64()),
        (Some(1), Some(3))
    );
    assert!(run["upper_bound"].as_u64().unwrap() >= 3);

    // One side is online, so the meeting is online, in its own room.
    let (status, agenda) = site
        .call(Some(&cn), "GET", "/api/v1/events/forum-2026/agenda", None)
        .await;
    assert_eq!(status, 200);
    assert_eq!(agenda.as_array().unwrap().len(), 1);
    assert_eq!(agenda[0]["table"], Value::Null);
    // The room's address cannot be guessed from the meeting's number.
    let room = agenda[0]["room"].as_str().unwrap();
    let key = room
        .strip_prefix("https://meet.example.org/techbridge-forum-2026-")
        .unwrap();
    assert!(
        key.len() == 16 && key.chars().all(|c| c.is_ascii_hexdigit()),
        "{room}"
    );
    // Cancelled by the requester: the other side is told, and the meeting leaves the agenda.
    let cancel = format!("/api/v1/events/forum-2026/requests/{id}/cancel");
    let (status, cancelled) = site.call(Some(&cn), "POST", &cancel, None).await;
    assert_eq!(status, 200);
    assert_eq!(cancelled["status"], "cancelled");
    let (_, agenda) = site
        .call(Some(&vn), "GET", "/api/v1/events/forum-2026/agenda", None)
        .await;
    assert_eq!(agenda.as_array().unwrap().len(), 0);
    let (_, outbox) = site.read(&site.signed_in(OPERATOR).await, "/outbox").await;
    assert!(outbox.contains("cancelled your meeting at China-ASEAN"));
    let (_, openapi) = site.json("/api/openapi.json").await;
    assert!(openapi["paths"]["/api/v1/events/{reference}/requests/{id}/{step}"].is_object());
}

/// `serve --demo` makes an event a month ahead where the demo admin and member take part; a
/// second start changes nothing.
async fn the_demo_event(site: &Site) {
    let path = techbridge_web::demo_event(&site.app).await.unwrap();
    assert_eq!(techbridge_web::demo_event(&site.app).await.unwrap(), path);
    let cn = site.signed_in(MEMBER_CN).await;
    let (status, page) = site.read(&cn, &path).await;
    assert_eq!(status, 200);
    assert!(page.contains("China-ASEAN Technology Matchmaking (demo)"));
    assert_eq!(
        values_after(&page, "name=\"unavailable\" value=\"").len(),
        24
    );
    // The member is registered, and sees the other participant with a request form.
    assert!(page.contains("Trần Văn Minh"));
    assert_eq!(values_after(&page, "name=\"invitee\" value=\"").len(), 1);
    let (_, events) = site.page("/api/v1/events").await;
    assert_eq!(events.matches("demo-matchmaking").count(), 1);
}
