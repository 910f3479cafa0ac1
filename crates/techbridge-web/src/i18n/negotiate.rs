//! Which interface language a request gets: the member's own setting first, then `?lang=` in
//! the address (a shared link keeps its language), then the browser's `Accept-Language`, then
//! English.

use super::Locale;

pub fn negotiate(setting: Option<Locale>, query: Option<&str>, accept: Option<&str>) -> Locale {
    setting
        .or_else(|| query.and_then(from_tag))
        .or_else(|| accept.and_then(from_accept_language))
        .unwrap_or(Locale::En)
}

/// The interface language of a BCP 47 tag: `zh-Hans-CN` is Chinese, `tl` (Tagalog, the older
/// code) is Filipino, `in` (Indonesian's withdrawn code) is Indonesian.
fn from_tag(tag: &str) -> Option<Locale> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    match primary.as_str() {
        "tl" => Some(Locale::Fil),
        "in" => Some(Locale::Id),
        "zsm" => Some(Locale::Ms),
        other => Locale::parse(other),
    }
}

/// The best supported language of an `Accept-Language` header, by quality, then order.
fn from_accept_language(header: &str) -> Option<Locale> {
    let mut best: Option<(f32, Locale)> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let Some(locale) = parts.next().and_then(from_tag) else {
            continue;
        };
        let quality = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if quality > 0.0 && best.is_none_or(|(q, _)| quality > q) {
            best = Some((quality, locale));
        }
    }
    best.map(|(_, locale)| locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_setting_wins_then_the_address_then_the_browser() {
        assert_eq!(
            negotiate(Some(Locale::Km), Some("vi"), Some("th")),
            Locale::Km
        );
        assert_eq!(negotiate(None, Some("vi"), Some("th")), Locale::Vi);
        assert_eq!(negotiate(None, Some("xx"), Some("th")), Locale::Th);
        assert_eq!(negotiate(None, None, None), Locale::En);
    }

    #[test]
    fn accept_language_is_read_by_quality() {
        let pick = |h| negotiate(None, None, Some(h));
        assert_eq!(pick("fr-FR,fr;q=0.9,zh-CN;q=0.8,en;q=0.7"), Locale::Zh);
        assert_eq!(pick("en;q=0.2, my;q=0.9"), Locale::My);
        assert_eq!(pick("tl-PH"), Locale::Fil);
        assert_eq!(pick("de, fr"), Locale::En);
        assert_eq!(pick("lo;q=0, km"), Locale::Km);
        assert_eq!(pick(";;,,q=;"), Locale::En);
    }
}
