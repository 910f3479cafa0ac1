//! A reminder to the people of an organization before one of its listings expires, with the
//! link to renew it.

use jiff::ToSpan;
use techbridge_domain::Lifecycle;
use techbridge_store::{Mail, StoreError};

use crate::App;
use crate::i18n::Locale;
use crate::pages::editor::private_href;

/// Owners are reminded this many days before the expiry date.
const REMIND_DAYS_BEFORE: i64 = 14;

/// Queues a reminder for every listing expiring within `REMIND_DAYS_BEFORE` days that has not
/// had one for its current expiry date; returns how many listings were reminded of.
pub(super) async fn send(app: &App) -> Result<usize, StoreError> {
    let through = app.today().saturating_add(REMIND_DAYS_BEFORE.days());
    let mut reminded = 0;
    for listing in app.store().unreminded_expiring(through).await? {
        let Lifecycle::Published { expires_on, .. } = listing.lifecycle else {
            continue;
        };
        let link = format!(
            "{}{}",
            app.public_url(),
            private_href(
                listing.listing.kind.side(),
                listing.listing.reference.as_str()
            )
        );
        let mails: Vec<Mail> = app
            .store()
            .people_of(&listing.listing.organization)
            .await?
            .into_iter()
            .map(|person| {
                let locale = person
                    .locale
                    .as_deref()
                    .and_then(Locale::parse)
                    .unwrap_or(Locale::En);
                let tr = app.catalogues().tr(locale);
                Mail {
                    recipient: person.user.email,
                    subject: tr.with(
                        "mail-expiry-subject",
                        &[
                            ("title", listing.listing.title.as_str().into()),
                            ("date", tr.date(expires_on).into()),
                        ],
                    ),
                    body: tr.t1("mail-expiry-body", "link", link.as_str()),
                }
            })
            .collect();
        if app
            .store()
            .record_expiry_reminder(&listing, expires_on, &mails, app.now())
            .await?
        {
            reminded += 1;
        }
    }
    Ok(reminded)
}
