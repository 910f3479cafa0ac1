//! The interface in the network's ten languages: Fluent catalogues compiled into the binary,
//! English as the fallback for any message a catalogue lacks, and the choice of language for a
//! request (the member's setting, then `?lang=`, then `Accept-Language`).

mod format;
mod negotiate;

use std::fmt;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use format::Formats;
pub use negotiate::negotiate;

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    En,
    Zh,
    Th,
    Vi,
    Id,
    Ms,
    Fil,
    Lo,
    Km,
    My,
}

impl Locale {
    pub const ALL: [Locale; 10] = [
        Self::En,
        Self::Zh,
        Self::Th,
        Self::Vi,
        Self::Id,
        Self::Ms,
        Self::Fil,
        Self::Lo,
        Self::Km,
        Self::My,
    ];

    /// The BCP 47 code, as `<html lang>` and `?lang=` carry it.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Zh => "zh",
            Self::Th => "th",
            Self::Vi => "vi",
            Self::Id => "id",
            Self::Ms => "ms",
            Self::Fil => "fil",
            Self::Lo => "lo",
            Self::Km => "km",
            Self::My => "my",
        }
    }

    /// The language's name in the language itself, for the language menu.
    pub fn endonym(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Zh => "中文",
            Self::Th => "ไทย",
            Self::Vi => "Tiếng Việt",
            Self::Id => "Bahasa Indonesia",
            Self::Ms => "Bahasa Melayu",
            Self::Fil => "Filipino",
            Self::Lo => "ລາວ",
            Self::Km => "ខ្មែរ",
            Self::My => "မြန်မာ",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    fn index(self) -> usize {
        self as usize
    }

    fn source(self) -> &'static str {
        match self {
            Self::En => include_str!("../../locales/en.ftl"),
            Self::Zh => include_str!("../../locales/zh.ftl"),
            Self::Th => include_str!("../../locales/th.ftl"),
            Self::Vi => include_str!("../../locales/vi.ftl"),
            Self::Id => include_str!("../../locales/id.ftl"),
            Self::Ms => include_str!("../../locales/ms.ftl"),
            Self::Fil => include_str!("../../locales/fil.ftl"),
            Self::Lo => include_str!("../../locales/lo.ftl"),
            Self::Km => include_str!("../../locales/km.ftl"),
            Self::My => include_str!("../../locales/my.ftl"),
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A catalogue that does not parse: the message says which and where.
#[derive(Debug, thiserror::Error)]
#[error("the {locale} interface catalogue does not parse: {problems}")]
pub struct CatalogueError {
    locale: Locale,
    problems: String,
}

/// Every interface message in every language.
pub struct Catalogues {
    bundles: Vec<FluentBundle<FluentResource>>,
    formats: Vec<Formats>,
}

impl fmt::Debug for Catalogues {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalogues")
            .field("locales", &self.bundles.len())
            .finish()
    }
}

impl Catalogues {
    pub fn load() -> Result<Self, CatalogueError> {
        let mut bundles = Vec::with_capacity(Locale::ALL.len());
        let mut formats = Vec::with_capacity(Locale::ALL.len());
        for locale in Locale::ALL {
            formats.push(
                Formats::new(locale).map_err(|problems| CatalogueError { locale, problems })?,
            );
            let resource =
                FluentResource::try_new(locale.source().to_owned()).map_err(|(_, errors)| {
                    CatalogueError {
                        locale,
                        problems: errors
                            .iter()
                            .map(|e| e.to_string())
                            .collect::<Vec<_>>()
                            .join("; "),
                    }
                })?;
            let id = locale
                .code()
                .parse()
                .map_err(|e: unic_langid::LanguageIdentifierError| CatalogueError {
                    locale,
                    problems: e.to_string(),
                })?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks help right-to-left scripts, which none of the ten is; in HTML
            // attributes and e-mail subjects they only get in the way.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|errors| CatalogueError {
                    locale,
                    problems: errors
                        .iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join("; "),
                })?;
            bundles.push(bundle);
        }
        Ok(Self { bundles, formats })
    }

    /// The messages of one language.
    pub fn tr(&self, locale: Locale) -> Tr<'_> {
        Tr {
            catalogues: self,
            locale,
        }
    }

    /// The identifiers of every message in `locale`'s own catalogue.
    pub fn keys(locale: Locale) -> Vec<String> {
        let Ok(resource) = FluentResource::try_new(locale.source().to_owned()) else {
            return Vec::new();
        };
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    fn format(&self, locale: Locale, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let bundle = self.bundles.get(locale.index())?;
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(locale = %locale, key, ?errors, "interface message formatted with errors");
        }
        Some(text.into_owned())
    }
}

/// The messages of one language, with English behind them. Templates call it.
#[derive(Debug, Clone, Copy)]
pub struct Tr<'a> {
    catalogues: &'a Catalogues,
    pub locale: Locale,
}

impl Tr<'_> {
    /// The message `key`; English when this language lacks it, the key itself when English
    /// does too (a test keeps that from happening).
    pub fn t(&self, key: &str) -> String {
        self.with(key, &[])
    }

    /// The message `key` with named arguments.
    pub fn with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent.set(*name, value);
        }
        let fluent = (!args.is_empty()).then_some(&fluent);
        self.catalogues
            .format(self.locale, key, fluent)
            .or_else(|| self.catalogues.format(Locale::En, key, fluent))
            .unwrap_or_else(|| key.to_owned())
    }

    /// A one-argument message, the common case in templates.
    pub fn t1(&self, key: &str, name: &str, value: impl Into<Arg>) -> String {
        self.with(key, &[(name, value.into())])
    }

    pub fn code(&self) -> &'static str {
        self.locale.code()
    }

    /// A day as people of this language write it ("21 Nov 2026", "2026年11月21日").
    pub fn date(&self, date: jiff::civil::Date) -> String {
        match self.catalogues.formats.get(self.locale.index()) {
            Some(formats) => formats.date(date),
            None => date.to_string(),
        }
    }

    /// A whole number with this language's digit grouping.
    pub fn number(&self, n: u64) -> String {
        match self.catalogues.formats.get(self.locale.index()) {
            Some(formats) => formats.number(n),
            None => n.to_string(),
        }
    }

    /// An amount of US dollars, placed as this language places a currency.
    pub fn usd(&self, dollars: u64) -> String {
        self.t1("money-usd", "amount", self.number(dollars))
    }
}

/// A value a message interpolates.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Self::Text(text.clone())
    }
}

impl From<usize> for Arg {
    #[expect(
        clippy::cast_precision_loss,
        reason = "counts shown to people stay far below 2^52"
    )]
    fn from(n: usize) -> Self {
        Self::Number(n as f64)
    }
}

impl From<i64> for Arg {
    #[expect(
        clippy::cast_precision_loss,
        reason = "counts shown to people stay far below 2^52"
    )]
    fn from(n: i64) -> Self {
        Self::Number(n as f64)
    }
}

#[cfg(test)]
mod tests;
