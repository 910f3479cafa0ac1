use techbridge_domain::taxonomy::{Cooperation, IpStatus, OrganizationType, Sector};

/// The README lists every value a file may use; a value added to the code must be documented.
#[test]
fn the_readme_lists_every_vocabulary_value() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    let slugs = Sector::ALL
        .iter()
        .map(|s| s.slug())
        .chain(IpStatus::ALL.iter().map(|s| s.slug()))
        .chain(Cooperation::ALL.iter().map(|s| s.slug()))
        .chain(OrganizationType::ALL.iter().map(|s| s.slug()));
    for slug in slugs {
        assert!(
            readme.contains(&format!("`{slug}`")),
            "README.md does not list `{slug}`"
        );
    }
}
