//! Organizations: who they are, and their published listings.

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use techbridge_domain::{Lifecycle, Ref};
use techbridge_store::StoredOrganization;
use utoipa::ToSchema;

use crate::App;
use crate::api::listings::ListingBody;
use crate::context::RefPath;
use crate::error::AppError;

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct OrganizationBody {
    #[serde(rename = "ref")]
    reference: String,
    name: String,
    /// ISO 3166-1 alpha-2.
    country: String,
    /// university, institute, enterprise, agency, tech_park or other.
    #[serde(rename = "type")]
    kind: String,
    city: Option<String>,
    website: Option<String>,
    description: Option<String>,
    /// pending, verified or rejected.
    verification: String,
}

impl From<&StoredOrganization> for OrganizationBody {
    fn from(stored: &StoredOrganization) -> Self {
        let o = &stored.organization;
        Self {
            reference: o.reference.to_string(),
            name: o.name.as_str().to_owned(),
            country: o.country.code().to_owned(),
            kind: o.kind.slug().to_owned(),
            city: o.city.as_ref().map(|c| c.as_str().to_owned()),
            website: o.website.as_ref().map(|w| w.as_str().to_owned()),
            description: o.description.as_ref().map(|d| d.as_str().to_owned()),
            verification: o.verification.slug().to_owned(),
        }
    }
}

async fn find(app: &App, reference: &Ref) -> Result<StoredOrganization, AppError> {
    app.store()
        .organization(reference)
        .await?
        .ok_or(AppError::NotFound)
}

/// One organization.
#[utoipa::path(
    get,
    path = "/api/v1/organizations/{reference}",
    params(("reference" = String, Path, description = "The organization's ref")),
    responses(
        (status = 200, body = OrganizationBody),
        (status = 404, body = crate::api::ErrorBody),
    ),
    tag = "organizations"
)]
pub(crate) async fn organization(
    State(app): State<App>,
    RefPath(reference): RefPath,
) -> Result<Json<OrganizationBody>, AppError> {
    Ok(Json(OrganizationBody::from(&find(&app, &reference).await?)))
}

/// The published offers and needs of an organization.
#[utoipa::path(
    get,
    path = "/api/v1/organizations/{reference}/listings",
    params(("reference" = String, Path, description = "The organization's ref")),
    responses(
        (status = 200, body = Vec<ListingBody>),
        (status = 404, body = crate::api::ErrorBody),
    ),
    tag = "organizations"
)]
pub(crate) async fn organization_listings(
    State(app): State<App>,
    RefPath(reference): RefPath,
) -> Result<Json<Vec<ListingBody>>, AppError> {
    let organization = find(&app, &reference).await?;
    let store = app.store();
    let mut listings = Vec::new();
    for (side, reference) in store
        .listings_of(&organization.organization.reference)
        .await?
    {
        if let Some(listing) = store.listing(side, &reference).await?
            && matches!(listing.lifecycle, Lifecycle::Published { .. })
        {
            listings.push(ListingBody::from(&listing));
        }
    }
    Ok(Json(listings))
}
