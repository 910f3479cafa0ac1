use jiff::civil::date;
use techbridge_domain::{
    Attendance, Attended, EventName, FeedbackComment, Language, Line, MeetingMessage,
    MeetingOutcome, Ref, RequestStatus, Side, SlotTime, VenueName, Zone,
};
use techbridge_store::{
    BranchVenue, Mail, NewAccount, NewEvent, NewMeetingRequest, Placement, Registration, Store,
    StoreError,
};

use super::harness::{ORG_CN, at, organization};

crate::on_both_engines!(
    an_event_keeps_its_slots_and_participants,
    requests_schedule_and_feedback,
);

fn event() -> NewEvent {
    let start = |minute: i64| at(86_400 + minute * 60);
    NewEvent {
        reference: Ref::parse("forum-2026").unwrap(),
        name: EventName::parse("技术对接洽谈会 2026").unwrap(),
        venue: VenueName::parse("Nanning").unwrap(),
        zone: Zone::parse("Asia/Shanghai").unwrap(),
        tables: 2,
        registration_closes: date(2026, 9, 1),
        requests_close: date(2026, 9, 10),
        rooms_url: Some("https://meet.example.org".to_owned()),
        slots: (0..3)
            .map(|i| SlotTime {
                start: start(i * 30),
                end: start(i * 30 + 30),
            })
            .collect(),
        // Kept in the order given, not by name.
        branches: vec![
            branch("Hà Nội", "Asia/Ho_Chi_Minh", 3),
            branch("Bangkok", "Asia/Bangkok", 0),
        ],
    }
}

fn branch(name: &str, zone: &str, tables: u32) -> BranchVenue {
    BranchVenue {
        name: VenueName::parse(name).unwrap(),
        zone: Zone::parse(zone).unwrap(),
        tables,
    }
}

async fn person(store: &Store, email: &str) -> i64 {
    let account = NewAccount {
        email: techbridge_domain::Email::parse(email).unwrap(),
        name: Line::parse("Lan Nguyễn").unwrap(),
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA".to_owned(),
        locale: None,
    };
    store.create_user(&account, &[], at(1)).await.unwrap().id
}

fn registration(unavailable: Vec<i64>) -> Registration {
    Registration {
        organization: Ref::parse("org-cn").unwrap(),
        attendance: Attendance::OnSite,
        venue: Some(VenueName::parse("Hà Nội").unwrap()),
        zone: Zone::parse("Asia/Ho_Chi_Minh").unwrap(),
        languages: vec![
            Language::parse("vi").unwrap(),
            Language::parse("en").unwrap(),
        ],
        unavailable,
        max_meetings: Some(4),
        interpreter: false,
        listings: vec![(Side::Offer, Ref::parse("off-1").unwrap())],
    }
}

fn asks(requester: i64, invitee: i64, priority: u32) -> NewMeetingRequest {
    NewMeetingRequest {
        requester,
        invitee,
        message: MeetingMessage::parse("Xin chào").unwrap(),
        priority,
        room_key: format!("room-{requester}-{invitee}"),
    }
}

async fn an_event_keeps_its_slots_and_participants(store: &Store) {
    let id = store.create_event(&event(), at(0)).await.unwrap();
    // A ref is one event's only.
    assert!(matches!(
        store.create_event(&event(), at(1)).await,
        Err(StoreError::Refused(_))
    ));
    // A branch named twice, or like the main venue, is refused and makes nothing.
    for twice in ["Bangkok", "Nanning"] {
        let mut bad = event();
        bad.reference = Ref::parse("forum-bad").unwrap();
        bad.branches.push(branch(twice, "Asia/Bangkok", 1));
        assert!(matches!(
            store.create_event(&bad, at(1)).await,
            Err(StoreError::Refused(_))
        ));
        assert!(store.event(&bad.reference).await.unwrap().is_none());
    }
    let stored = store.event(&event().reference).await.unwrap().unwrap();
    assert_eq!(stored.id, id);
    assert_eq!(stored.event, event());
    assert_eq!(stored.slots.len(), 3);
    assert!(
        stored
            .slots
            .windows(2)
            .all(|w| w[0].time.start < w[1].time.start)
    );
    assert_eq!(store.events().await.unwrap().len(), 1);

    let user = person(store, "lan@cuulong.vn").await;
    let busy = vec![stored.slots[0].id];
    let participant = store
        .register_participant(id, user, &registration(busy.clone()), at(2))
        .await
        .unwrap();
    // A venue the event does not have is refused.
    let mut elsewhere = registration(Vec::new());
    elsewhere.venue = Some(VenueName::parse("Atlantis").unwrap());
    assert!(matches!(
        store
            .register_participant(id, user, &elsewhere, at(2))
            .await,
        Err(StoreError::Refused(_))
    ));
    assert_eq!(
        store.participants(id).await.unwrap()[0].registration,
        registration(busy.clone())
    );
    // Registering again changes the registration, it does not add a participant.
    let mut changed = registration(Vec::new());
    changed.attendance = Attendance::Online;
    changed.max_meetings = None;
    let again = store
        .register_participant(id, user, &changed, at(3))
        .await
        .unwrap();
    assert_eq!(again, participant);
    assert_eq!(
        store.participants(id).await.unwrap()[0].registration,
        changed
    );
    changed.venue = None;
    store
        .register_participant(id, user, &changed, at(3))
        .await
        .unwrap();
    let participants = store.participants(id).await.unwrap();
    assert_eq!(participants.len(), 1);
    assert_eq!(participants[0].registration, changed);
    assert_eq!(participants[0].name.as_str(), "Lan Nguyễn");
    store.check_in(participant, at(4)).await.unwrap();
    store.check_in(participant, at(5)).await.unwrap();
    assert_eq!(
        store.participants(id).await.unwrap()[0].checked_in_at,
        Some(at(4)),
        "the first check-in counts"
    );
}

async fn requests_schedule_and_feedback(store: &Store) {
    store
        .save_organization(&organization(ORG_CN), at(0))
        .await
        .unwrap();
    let id = store.create_event(&event(), at(0)).await.unwrap();
    let stored = store.event(&event().reference).await.unwrap().unwrap();
    let (a, b) = (
        person(store, "a@example.org").await,
        person(store, "b@example.org").await,
    );
    let a = store
        .register_participant(id, a, &registration(Vec::new()), at(1))
        .await
        .unwrap();
    let b = store
        .register_participant(id, b, &registration(Vec::new()), at(1))
        .await
        .unwrap();
    let request = store
        .request_meeting(id, &asks(a, b, 2), &[], at(2))
        .await
        .unwrap();
    // One open request between two people, whichever side asks.
    assert!(matches!(
        store.request_meeting(id, &asks(b, a, 1), &[], at(3)).await,
        Err(StoreError::Refused(_))
    ));
    assert!(
        store
            .request_meeting(id, &asks(a, a, 1), &[], at(3))
            .await
            .is_err()
    );

    // A refused step changes nothing.
    let by = date(2026, 9, 10);
    assert!(matches!(
        store
            .transition_request(request, at(4), &[], |r| {
                Ok(r.status.accept(date(2026, 9, 11), by)?)
            })
            .await,
        Err(StoreError::Request(_))
    ));
    let accepted = store
        .transition_request(request, at(4), &[], |r| {
            Ok(r.status.accept(date(2026, 9, 9), by)?)
        })
        .await
        .unwrap();
    assert_eq!(accepted.status, RequestStatus::Accepted);
    assert!(accepted.people().contains(&a));

    // The schedule: placed, then locked; a new schedule leaves a locked meeting alone.
    let slot = stored.slots[1].id;
    let mail = Mail {
        recipient: techbridge_domain::Email::parse("a@example.org").unwrap(),
        subject: "Your agenda has changed".to_owned(),
        body: "http://localhost/events/forum-2026/agenda".to_owned(),
    };
    // A schedule made from an older state of the event is refused and writes nothing.
    let placed = [(
        request,
        Placement::At {
            slot,
            table: Some(2),
            venue: Some(VenueName::parse("Hà Nội").unwrap()),
        },
    )];
    assert!(matches!(
        store
            .save_schedule(
                id,
                stored.version,
                &placed,
                std::slice::from_ref(&mail),
                at(5)
            )
            .await,
        Err(StoreError::Refused(_))
    ));
    assert!(store.outbox(10).await.unwrap().is_empty());
    let version = store
        .event(&event().reference)
        .await
        .unwrap()
        .unwrap()
        .version;
    store
        .save_schedule(id, version, &placed, std::slice::from_ref(&mail), at(5))
        .await
        .unwrap();
    assert_eq!(store.outbox(10).await.unwrap().len(), 1);
    assert!(store.set_locked(request, true).await.unwrap());
    let version = store
        .event(&event().reference)
        .await
        .unwrap()
        .unwrap()
        .version;
    let out = [(
        request,
        Placement::Out {
            reason: "no slot".to_owned(),
        },
    )];
    store
        .save_schedule(id, version, &out, &[], at(6))
        .await
        .unwrap();
    let kept = store.meeting_request(request).await.unwrap().unwrap();
    assert_eq!(
        (
            kept.slot,
            kept.table,
            kept.venue.as_ref().map(VenueName::as_str),
            kept.locked
        ),
        (Some(slot), Some(2), Some("Hà Nội"), true)
    );
    assert_eq!(kept.unscheduled_reason, None);

    store.mark_attended(request, Attended::Held).await.unwrap();
    let comment = FeedbackComment::parse("Gửi mẫu thử").unwrap();
    store
        .give_feedback(request, a, MeetingOutcome::FollowUp, Some(&comment), at(5))
        .await
        .unwrap();
    store
        .give_feedback(request, a, MeetingOutcome::AgreementExpected, None, at(6))
        .await
        .unwrap();
    let feedback = store.feedback(id).await.unwrap();
    assert_eq!(
        feedback.len(),
        1,
        "given again, feedback replaces the earlier one"
    );
    assert_eq!(feedback[0].outcome, MeetingOutcome::AgreementExpected);
    assert_eq!(feedback[0].comment, None);

    // Cancelling frees the slot; unanswered requests expire after the request deadline.
    let cancelled = store
        .transition_request(request, at(7), &[], |r| Ok(r.status.cancel()?))
        .await
        .unwrap();
    assert_eq!((cancelled.slot, cancelled.locked), (None, false));
    let waiting = store
        .request_meeting(id, &asks(b, a, 1), &[], at(8))
        .await
        .unwrap();
    assert_eq!(
        store
            .expire_meeting_requests(id, date(2026, 9, 10))
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        store
            .expire_meeting_requests(id, date(2026, 9, 11))
            .await
            .unwrap(),
        1
    );
    let expired = store.meeting_request(waiting).await.unwrap().unwrap();
    assert_eq!(expired.status, RequestStatus::Expired);
    assert_eq!(store.meeting_requests(id).await.unwrap().len(), 2);
}
