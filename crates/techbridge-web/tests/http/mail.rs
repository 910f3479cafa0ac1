//! Delivery through SMTP: a small SMTP server on a free port receives what the platform sends,
//! and the outbox records what became of each message.

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::http::harness::{Engine, Site};
use techbridge_web::{Mailer, deliver_mail};

/// A message as the SMTP server received it.
#[derive(Debug, Clone)]
struct Received {
    recipients: Vec<String>,
    data: String,
}

/// Speaks enough SMTP to take messages (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) and keeps
/// them. `refuse` answers every recipient with a permanent failure.
async fn smtp_server(refuse: bool) -> (u16, Arc<Mutex<Vec<Received>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let inbox = Arc::new(Mutex::new(Vec::new()));
    let kept = Arc::clone(&inbox);
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else {
                return;
            };
            let inbox = Arc::clone(&kept);
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 test ESMTP\r\n").await.unwrap();
                let mut recipients = Vec::new();
                while let Ok(Some(line)) = lines.next_line().await {
                    let command = line.to_ascii_uppercase();
                    let reply: &[u8] = if command.starts_with("EHLO") {
                        b"250-test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n"
                    } else if command.starts_with("RCPT") && refuse {
                        b"550 no such mailbox\r\n"
                    } else if command.starts_with("RCPT") {
                        recipients.push(line[8..].trim_matches(['<', '>', ' ']).to_owned());
                        b"250 ok\r\n"
                    } else if command == "DATA" {
                        write.write_all(b"354 go on\r\n").await.unwrap();
                        let mut data = String::new();
                        while let Ok(Some(line)) = lines.next_line().await {
                            if line == "." {
                                break;
                            }
                            data.push_str(&line);
                            data.push('\n');
                        }
                        inbox.lock().unwrap().push(Received {
                            recipients: std::mem::take(&mut recipients),
                            data,
                        });
                        b"250 queued\r\n"
                    } else if command == "QUIT" {
                        write.write_all(b"221 bye\r\n").await.unwrap();
                        return;
                    } else {
                        b"250 ok\r\n"
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, inbox)
}

/// What the server has received once it holds `count` messages (waiting up to ten seconds).
async fn received(inbox: &Mutex<Vec<Received>>, count: usize) -> Vec<Received> {
    for _ in 0..100 {
        let received = inbox.lock().unwrap().clone();
        if received.len() >= count {
            assert_eq!(received.len(), count);
            return received;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!(
        "the SMTP server received {} messages",
        inbox.lock().unwrap().len()
    );
}

fn mailer(port: u16) -> Mailer {
    Mailer::new(
        &format!("smtp://127.0.0.1:{port}"),
        "techbridge <no-reply@techbridge.example.org>",
    )
    .unwrap()
}

async fn ask_for_a_reset(site: &Site) {
    let client = Site::browser();
    let response = site
        .submit(
            &client,
            "/password/forgot",
            &[("email", "admin.vn@demo.techbridge.example")],
        )
        .await;
    assert_eq!(response.status().as_u16(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn queued_mail_goes_out_through_smtp_once() {
    let (port, inbox) = smtp_server(false).await;
    let site = Site::start_with_mailer(Engine::Sqlite, Some(mailer(port)))
        .await
        .unwrap();
    ask_for_a_reset(&site).await;

    // The server's own sender runs beside this one: between them, the message goes out once.
    deliver_mail(&site.app).await.unwrap();
    let received = received(&inbox, 1).await;
    assert_eq!(received[0].recipients, ["admin.vn@demo.techbridge.example"]);
    assert!(
        received[0]
            .data
            .contains("From: techbridge <no-reply@techbridge.example.org>")
    );
    // The body is quoted-printable: soft line breaks are joined before reading the link.
    let body = received[0].data.replace("=\n", "");
    assert!(body.contains("http://localhost/password/reset/"), "{body}");

    // Sent once: later turns find nothing waiting, and the outbox says it was sent.
    site.advance_days(1);
    assert_eq!(deliver_mail(&site.app).await.unwrap(), 0);
    assert_eq!(inbox.lock().unwrap().len(), 1);
    let outbox = site.store.outbox(10).await.unwrap();
    assert!(outbox[0].sent_at.is_some());
    assert_eq!(outbox[0].attempts, 1);
    site.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_mail_is_kept_with_the_reason_and_tried_a_few_times() {
    let (port, inbox) = smtp_server(true).await;
    let site = Site::start_with_mailer(Engine::Sqlite, Some(mailer(port)))
        .await
        .unwrap();
    ask_for_a_reset(&site).await;

    // Each refusal makes the message wait longer; a day later it is due again.
    for _ in 0..20 {
        deliver_mail(&site.app).await.unwrap();
        if site.store.outbox(10).await.unwrap()[0].attempts == 5 {
            break;
        }
        site.advance_days(1);
    }
    site.advance_days(1);
    assert_eq!(deliver_mail(&site.app).await.unwrap(), 0);
    assert!(inbox.lock().unwrap().is_empty());
    let outbox = site.store.outbox(10).await.unwrap();
    assert!(outbox[0].sent_at.is_none());
    assert_eq!(
        outbox[0].attempts, 5,
        "tried five times, then left for an operator"
    );
    assert!(
        outbox[0]
            .last_error
            .as_deref()
            .unwrap()
            .contains("no such mailbox")
    );

    // The operator reads the failure in the outbox.
    let operator = site.signed_in("operator@demo.techbridge.example").await;
    let (status, page) = site.read(&operator, "/outbox").await;
    assert_eq!(status, 200);
    assert!(page.contains("no such mailbox"));
    site.finish().await;
}

#[tokio::test]
async fn unusable_mail_settings_are_refused_at_start() {
    let error = Mailer::new("ftp://mail.example.org", "no-reply@example.org").unwrap_err();
    assert!(error.to_string().contains("SMTP server URL"), "{error}");
    let error = Mailer::new("smtp://127.0.0.1:25", "not an address").unwrap_err();
    assert!(error.to_string().contains("\"not an address\""), "{error}");
}
