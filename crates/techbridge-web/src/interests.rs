//! Expressions of interest as the platform's rules allow them, shared by the pages and the
//! API: who sees one (only its two organizations; anyone else is told it does not exist),
//! who takes which step, and the release of confidential details, recorded each time.

use techbridge_domain::{DeclineReason, InterestMessage, Ref, Role, Side};
use techbridge_store::{Disclosed, StoredInterest};

use crate::auth::permissions::Action;
use crate::context::Ctx;
use crate::error::AppError;
use crate::pages::listing::is_public;

/// The organizations the signed-in person acts for.
pub(crate) fn own_organizations(ctx: &Ctx) -> Vec<Ref> {
    ctx.person()
        .map(|user| {
            user.roles
                .iter()
                .filter_map(|r| match r {
                    Role::OrganizationAdmin { organization } | Role::Member { organization } => {
                        Some(organization.clone())
                    }
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A step in an expression of interest's life, named as in the addresses that take it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    Accept,
    Decline,
    Withdraw,
    Agree,
}

impl Step {
    pub(crate) fn parse(raw: &str) -> Option<Self> {
        match raw {
            "accept" => Some(Self::Accept),
            "decline" => Some(Self::Decline),
            "withdraw" => Some(Self::Withdraw),
            "agree" => Some(Self::Agree),
            _ => None,
        }
    }

    pub(crate) fn slug(self) -> &'static str {
        match self {
            Self::Accept => "accept",
            Self::Decline => "decline",
            Self::Withdraw => "withdraw",
            Self::Agree => "agree",
        }
    }

    /// Accepting and declining are the owner's; withdrawing and agreeing the interested side's.
    fn by_owner(self) -> bool {
        matches!(self, Self::Accept | Self::Decline)
    }
}

/// An expression of interest with whether the person is on the owner's side.
pub(crate) async fn visible(ctx: &Ctx, id: i64) -> Result<(StoredInterest, bool), AppError> {
    ctx.signed_in()?;
    let interest = ctx
        .app
        .store()
        .interest(id)
        .await?
        .ok_or(AppError::NotFound)?;
    if ctx.may(&Action::ActFor(interest.owner.clone())) {
        Ok((interest, true))
    } else if ctx.may(&Action::ActFor(interest.organization.clone())) {
        Ok((interest, false))
    } else {
        Err(AppError::NotFound)
    }
}

/// Sends an expression of interest in a published listing on behalf of `from`.
pub(crate) async fn send(
    ctx: &Ctx,
    side: &str,
    listing: &str,
    from: &str,
    message: &str,
) -> Result<StoredInterest, AppError> {
    ctx.signed_in()?;
    let side = Side::parse(side).map_err(|e| AppError::invalid("side", e))?;
    let listing = Ref::parse(listing).map_err(|_| AppError::NotFound)?;
    let from = Ref::parse(from).map_err(|e| AppError::invalid("organization", e))?;
    ctx.require(&Action::ActFor(from.clone()))?;
    let message = InterestMessage::parse(message).map_err(|e| AppError::invalid("message", e))?;
    // A listing the public cannot see does not exist for anyone else: the store's refusal
    // would tell that it does.
    let public = ctx
        .app
        .store()
        .listing(side, &listing)
        .await?
        .is_some_and(|l| is_public(&l.lifecycle));
    if !public {
        return Err(AppError::NotFound);
    }
    let sent = ctx
        .app
        .store()
        .send_interest(
            side,
            &listing,
            &from,
            &message,
            ctx.app.today(),
            ctx.app.now(),
        )
        .await?;
    tracing::info!(interest = sent.id, listing = %listing, "expression of interest sent");
    Ok(sent)
}

/// Takes `step` on expression of interest `id`. `reason` goes with a decline; `agreed` must
/// be true to agree to the non-disclosure terms.
pub(crate) async fn take_step(
    ctx: &Ctx,
    id: i64,
    step: Step,
    reason: &str,
    agreed: bool,
) -> Result<StoredInterest, AppError> {
    let (_, is_owner) = visible(ctx, id).await?;
    if step.by_owner() != is_owner {
        return Err(AppError::Forbidden);
    }
    let user = ctx.signed_in()?;
    let (today, now) = (ctx.app.today(), ctx.app.now());
    let email = user.user.email.clone();
    let reason = match reason.trim() {
        "" => None,
        raw => Some(DeclineReason::parse(raw).map_err(|e| AppError::invalid("reason", e))?),
    };
    if step == Step::Agree && !agreed {
        return Err(AppError::invalid(
            "agree",
            ctx.tr().t("interest-tick-to-agree"),
        ));
    }
    ctx.app
        .store()
        .transition_interest(id, now, |interest| match step {
            Step::Accept => interest.accept(today),
            Step::Decline => interest.decline(today, reason),
            Step::Withdraw => interest.withdraw(),
            Step::Agree => interest.agree_terms(email, now),
        })
        .await?;
    tracing::info!(
        interest = id,
        step = step.slug(),
        "expression of interest moved"
    );
    visible(ctx, id).await.map(|(interest, _)| interest)
}

/// Adds a message to the conversation, from the side the person acts for.
pub(crate) async fn write(ctx: &Ctx, id: i64, body: &str) -> Result<(), AppError> {
    let (interest, is_owner) = visible(ctx, id).await?;
    let user = ctx.signed_in()?;
    let body = InterestMessage::parse(body).map_err(|e| AppError::invalid("message", e))?;
    let side = if is_owner {
        &interest.owner
    } else {
        &interest.organization
    };
    ctx.app
        .store()
        .post_interest_message(id, side, &user.user.email, &body, ctx.app.now())
        .await?;
    Ok(())
}

/// The confidential details for the interested side, once the owner accepted and the terms
/// were agreed; every call is a release and is recorded with the version released.
pub(crate) async fn release(ctx: &Ctx, interest: &StoredInterest) -> Result<Disclosed, AppError> {
    let user = ctx.signed_in()?;
    Ok(ctx
        .app
        .store()
        .disclose(interest.id, &user.user.email, ctx.app.now())
        .await?)
}
