//! The search page: free text in any language and filters, answered across languages by the
//! matching engine, with the reasons each result was found.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use techbridge_domain::taxonomy::{Cooperation, IpStatus, Sector};
use techbridge_domain::{CONTENT_LANGUAGES, Side};

use crate::context::Ctx;
use crate::error::AppError;
use crate::pages::views::{ListingCard, country_name, network_countries, side_label};
use crate::pages::{Chrome, render};
use crate::search_form::{MAX_PAGE, PAGE_SIZE, SearchForm};

/// One choice of a filter, and whether the current search has it.
#[derive(Debug)]
pub(crate) struct Choice {
    pub(crate) value: String,
    pub(crate) label: String,
    pub(crate) chosen: bool,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage<'a> {
    chrome: Chrome<'a>,
    text: String,
    sides: Vec<Choice>,
    sectors: Vec<Choice>,
    levels: Vec<Choice>,
    levels_max: Vec<Choice>,
    ip_statuses: Vec<Choice>,
    cooperation: Vec<Choice>,
    countries: Vec<Choice>,
    languages: Vec<Choice>,
    problems: Vec<String>,
    results: Vec<ListingCard>,
    summary: String,
    previous: Option<String>,
    next: Option<String>,
    /// The search as a query string, for a signed-in member to keep it.
    save_query: Option<String>,
}

pub(crate) async fn show(ctx: Ctx) -> Result<Response, AppError> {
    let form = SearchForm::read(&ctx.query, ctx.locale);
    let tr = ctx.tr();
    let store = ctx.app.store();
    let mut results = Vec::new();
    let mut more = false;
    if form.problems.is_empty() {
        // One more than a page tells whether there is a next page.
        let found = ctx
            .app
            .matcher()
            .search(&form.search, form.offset(), PAGE_SIZE + 1)
            .await?;
        more = found.len() > PAGE_SIZE;
        for hit in found.iter().take(PAGE_SIZE) {
            if let Some(listing) = store.listing(hit.side, &hit.reference).await? {
                let owner = store.organization(&listing.listing.organization).await?;
                let shown = (!form.search.text.is_empty()).then_some(hit);
                results.push(ListingCard::new(&tr, &listing, owner.as_ref(), shown));
            }
        }
    }
    let search = &form.search;
    let first = form.offset() + 1;
    let summary = if results.is_empty() {
        tr.t("search-none")
    } else {
        tr.with(
            "search-showing",
            &[
                ("first", first.into()),
                ("last", (first + results.len() - 1).into()),
            ],
        )
    };
    let page_link = |page: usize| {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (k, v) in ctx.query.iter().filter(|(k, _)| k != "page") {
            query.append_pair(k, v);
        }
        query.append_pair("page", &page.to_string());
        format!("/search?{}", query.finish())
    };
    let level_choices = |chosen: Option<u8>| {
        (1..=9u8)
            .map(|l| Choice {
                value: l.to_string(),
                label: format!("{l}: {}", tr.t(&format!("trl-{l}"))),
                chosen: chosen == Some(l),
            })
            .collect::<Vec<_>>()
    };
    let save_query = {
        let mut query = form_urlencoded::Serializer::new(String::new());
        let mut any = false;
        for (k, v) in ctx
            .query
            .iter()
            .filter(|(k, v)| k != "page" && !v.trim().is_empty())
        {
            query.append_pair(k, v);
            any = true;
        }
        (ctx.user.is_some() && form.problems.is_empty() && any).then(|| query.finish())
    };
    let page = SearchPage {
        save_query,
        chrome: Chrome::new(&ctx, tr.t("search-title")),
        text: search.text.clone(),
        sides: [Side::Offer, Side::Need]
            .into_iter()
            .map(|s| Choice {
                value: s.slug().to_owned(),
                label: side_label(&tr, s),
                chosen: search.side == Some(s),
            })
            .collect(),
        sectors: Sector::ALL
            .iter()
            .map(|s| Choice {
                value: s.slug().to_owned(),
                label: tr.t(&format!("sector-{}", s.slug())),
                chosen: search.sectors.contains(s),
            })
            .collect(),
        levels: level_choices(search.trl.as_ref().map(|r| *r.start()).filter(|l| *l > 1)),
        levels_max: level_choices(search.trl.as_ref().map(|r| *r.end()).filter(|l| *l < 9)),
        ip_statuses: IpStatus::ALL
            .iter()
            .map(|s| Choice {
                value: s.slug().to_owned(),
                label: tr.t(&format!("ip-{}", s.slug())),
                chosen: search.ip_status.contains(s),
            })
            .collect(),
        cooperation: Cooperation::ALL
            .iter()
            .map(|c| Choice {
                value: c.slug().to_owned(),
                label: tr.t(&format!("cooperation-{}", c.slug())),
                chosen: search.cooperation.contains(c),
            })
            .collect(),
        countries: network_countries()
            .map(|c| Choice {
                value: c.code().to_owned(),
                label: country_name(&tr, c),
                chosen: search.countries.contains(&c),
            })
            .collect(),
        languages: CONTENT_LANGUAGES
            .iter()
            .map(|code| Choice {
                value: (*code).to_owned(),
                label: tr.t(&format!("language-{code}")),
                chosen: search.languages.iter().any(|l| l.primary() == *code),
            })
            .collect(),
        problems: form
            .problems
            .iter()
            .map(|(field, problem)| {
                format!("{}: {problem}", tr.t(&format!("search-field-{field}")))
            })
            .collect(),
        results,
        summary,
        previous: (form.page > 1).then(|| page_link(form.page - 1)),
        next: (more && form.page < MAX_PAGE).then(|| page_link(form.page + 1)),
    };
    let invalid = !form.problems.is_empty();
    let mut response = render(&page)?;
    if invalid {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response.into_response())
}
