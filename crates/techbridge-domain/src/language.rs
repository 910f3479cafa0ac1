//! Languages as BCP 47 tags, in canonical form.

use std::fmt;

use icu_locale_core::LanguageIdentifier;

use crate::ParseError;

/// The languages the network's members write in; every one must be served well.
pub const CONTENT_LANGUAGES: [&str; 10] =
    ["zh", "en", "th", "vi", "id", "ms", "fil", "lo", "km", "my"];

/// A well-formed BCP 47 language tag (`zh`, `zh-Hans-CN`, `fil`, `en-SG` ...), kept in its
/// canonical spelling so that `ZH-hans` and `zh-Hans` are one language.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Language(String);

impl Language {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let id = LanguageIdentifier::try_from_str(raw).map_err(|_| {
            ParseError::new(format!(
                "\"{raw}\" is not a BCP 47 language tag (e.g. \"vi\", \"zh\", \"zh-Hant\", \"fil\")"
            ))
        })?;
        if id.language.is_unknown() {
            return Err(ParseError::new(format!(
                "\"{raw}\" names no language (\"und\" is not accepted)"
            )));
        }
        Ok(Self(id.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag: `zh` for `zh-Hant-TW`. Text analysis and matching work on it.
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    /// The English name of the primary language, for reasons and reports; the tag itself for
    /// languages outside the network's usual ones.
    pub fn english_name(&self) -> &str {
        match self.primary() {
            "zh" => "Chinese",
            "en" => "English",
            "th" => "Thai",
            "vi" => "Vietnamese",
            "id" => "Indonesian",
            "ms" => "Malay",
            "fil" => "Filipino",
            "lo" => "Lao",
            "km" => "Khmer",
            "my" => "Burmese",
            "ja" => "Japanese",
            "ko" => "Korean",
            "tl" => "Tagalog",
            _ => self.as_str(),
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_network_languages_and_canonicalises() {
        for tag in CONTENT_LANGUAGES {
            assert_eq!(Language::parse(tag).unwrap().as_str(), tag);
        }
        assert_eq!(
            Language::parse("ZH-hans-cn").unwrap().as_str(),
            "zh-Hans-CN"
        );
        assert_eq!(Language::parse("zh-Hant-TW").unwrap().primary(), "zh");
    }

    #[test]
    fn refuses_what_is_not_a_tag() {
        for bad in ["", "vietnamese", "v", "zh_", "en--US", "und", "12"] {
            assert!(Language::parse(bad).is_err(), "{bad}");
        }
    }
}
