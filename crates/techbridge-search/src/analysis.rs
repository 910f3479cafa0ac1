//! Text analysis for every language of the network, by script rather than by declared
//! language, so that mixed text ("WSSV" inside Chinese, Latin product names inside Thai) is
//! cut right:
//!
//! - Han runs: jieba in search mode (words and their shorter parts, so 白斑综合征 also finds 白斑);
//! - everything else: ICU4X word segmentation, whose dictionaries cut Thai, Lao, Khmer and
//!   Burmese, which write no spaces between words, and which follows UAX #29 elsewhere, so
//!   `5G`, `PM2.5` and `LiFePO4` stay whole. (ICU4X's LSTM models cut those scripts as well
//!   at about ten times the cost and no better for matching: measured in docs/benchmarks.md.)
//! - every term lower-cased; Latin-script terms also in an accent-folded form, because
//!   Vietnamese is often typed without diacritics (`may bom` must find `máy bơm`).

use std::sync::LazyLock;

use icu_normalizer::DecomposingNormalizerBorrowed;
use icu_segmenter::WordSegmenter;
use icu_segmenter::options::WordBreakInvariantOptions;
use jieba_rs::Jieba;

static JIEBA: LazyLock<Jieba> = LazyLock::new(Jieba::new);

/// Terms longer than this are not words (hashes, run-together junk) and are dropped.
const MAX_TERM_CHARS: usize = 40;

/// One word of a text: the indexed term and the text as it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// Lower-cased, as indexed.
    pub term: String,
    /// Lower-cased and stripped of diacritics for Latin script; equal to `term` otherwise.
    pub folded: String,
    /// The word as written, for reasons shown to people.
    pub surface: &'a str,
}

/// The words of `text`, in order.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    for (run, han) in script_runs(text) {
        if han {
            for token in JIEBA.cut_for_search(run, true) {
                push(&mut out, token.word);
            }
        } else {
            let segmenter = WordSegmenter::new_dictionary(WordBreakInvariantOptions::default());
            let mut start = 0;
            for (end, word_type) in segmenter.segment_str(run).iter_with_word_type() {
                if word_type.is_word_like() {
                    push(&mut out, &run[start..end]);
                }
                start = end;
            }
        }
    }
    out
}

/// The indexed terms of `text`.
pub fn terms(text: &str) -> Vec<String> {
    tokens(text).into_iter().map(|t| t.term).collect()
}

/// The accent-folded terms of `text`.
pub fn folded_terms(text: &str) -> Vec<String> {
    tokens(text).into_iter().map(|t| t.folded).collect()
}

fn push<'a>(out: &mut Vec<Token<'a>>, word: &'a str) {
    let word = word.trim();
    if word.is_empty()
        || word.chars().count() > MAX_TERM_CHARS
        || !word.chars().any(char::is_alphanumeric)
    {
        return;
    }
    let term = word.to_lowercase();
    let folded = if term.chars().any(is_latin_letter) {
        fold(&term)
    } else {
        term.clone()
    };
    out.push(Token {
        term,
        folded,
        surface: word,
    });
}

/// Removes diacritics from Latin letters: `bơm` → `bom`, `đồng` → `dong`, `ç` → `c`.
pub fn fold(term: &str) -> String {
    let decomposed = DecomposingNormalizerBorrowed::new_nfd().normalize(term);
    decomposed
        .chars()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            'ł' => 'l',
            'ø' => 'o',
            c => c,
        })
        .collect()
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

/// Combining marks of the Latin script's diacritics (not those of Thai, Lao, Khmer or
/// Burmese, where the marks are letters in all but name).
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}')
}

fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2EBEF}'
        | '\u{30000}'..='\u{3134F}')
}

/// Splits text into maximal runs of Han and of everything else.
/// The language a text is written in, where its script tells: Chinese, Thai, Lao, Khmer and
/// Burmese each have a script of their own, and Vietnamese letters (ơ, ư, ă, đ and the tone
/// marks on them) set it apart from the other Latin-script languages, which the script alone
/// does not tell apart. The script of most letters decides.
pub fn script_language(text: &str) -> Option<&'static str> {
    let mut counts: [(usize, &'static str); 6] = [
        (0, "zh"),
        (0, "th"),
        (0, "lo"),
        (0, "km"),
        (0, "my"),
        (0, "vi"),
    ];
    let mut latin = 0;
    for c in text.chars() {
        let slot = match c {
            c if is_han(c) => 0,
            '\u{0E00}'..='\u{0E7F}' => 1,
            '\u{0E80}'..='\u{0EFF}' => 2,
            '\u{1780}'..='\u{17FF}' => 3,
            '\u{1000}'..='\u{109F}' => 4,
            'ă' | 'Ă' | 'đ' | 'Đ' | 'ơ' | 'Ơ' | 'ư' | 'Ư' | '\u{1EA0}'..='\u{1EF9}' => 5,
            c if c.is_alphabetic() => {
                latin += 1;
                continue;
            }
            _ => continue,
        };
        counts[slot].0 += 1;
    }
    let (count, language) = counts[..5].iter().copied().max_by_key(|(n, _)| *n)?;
    if count > latin {
        return Some(language);
    }
    // A Vietnamese text carries its letters in a good share of its words, not in all.
    (counts[5].0 > 0 && counts[5].0 * 20 >= latin).then_some("vi")
}

fn script_runs(text: &str) -> Vec<(&str, bool)> {
    let mut runs = Vec::new();
    let mut start = 0;
    let mut current: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let han = is_han(c);
        match current {
            Some(kind) if kind != han => {
                runs.push((&text[start..i], kind));
                start = i;
                current = Some(han);
            }
            None => current = Some(han),
            _ => {}
        }
    }
    if let Some(kind) = current {
        runs.push((&text[start..], kind));
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_tells_the_language_where_it_can() {
        assert_eq!(script_language("对虾白斑病 检测 WSSV"), Some("zh"));
        assert_eq!(script_language("ระบบตรวจวัดความชื้น"), Some("th"));
        assert_eq!(script_language("ລະບົບນ້ຳ"), Some("lo"));
        assert_eq!(script_language("ប្រព័ន្ធ"), Some("km"));
        assert_eq!(script_language("ရေစနစ်"), Some("my"));
        assert_eq!(
            script_language("Hệ thống phát hiện bệnh đốm trắng trên tôm"),
            Some("vi")
        );
        assert_eq!(script_language("shrimp disease detection"), None);
        assert_eq!(script_language("sistem pengesanan penyakit udang"), None);
        assert_eq!(script_language(""), None);
    }

    fn surfaces(text: &str) -> Vec<&str> {
        tokens(text).into_iter().map(|t| t.surface).collect()
    }

    #[test]
    fn chinese_is_cut_into_words_and_their_parts() {
        let terms = terms("对虾白斑综合征病毒快速检测试剂盒");
        for word in ["对虾", "白斑", "检测", "试剂盒"] {
            assert!(terms.contains(&word.to_owned()), "{word} in {terms:?}");
        }
    }

    #[test]
    fn latin_technical_tokens_stay_whole_inside_other_scripts() {
        let terms = terms("基于LAMP的WSSV检测，5G网络，PM2.5和LiFePO4电池");
        for word in ["lamp", "wssv", "5g", "pm2.5", "lifepo4"] {
            assert!(terms.contains(&word.to_owned()), "{word} in {terms:?}");
        }
        assert!(surfaces("检测WSSV病毒").contains(&"WSSV"));
    }

    #[test]
    fn scripts_without_spaces_are_segmented() {
        for (text, word) in [
            ("ระบบตรวจวัดคุณภาพน้ำในบ่อกุ้ง", "กุ้ง"),
            ("ເຄື່ອງອົບແຫ້ງກາເຟດ້ວຍພະລັງງານແສງຕາເວັນ", "ກາເຟ"),
            ("ម៉ាស៊ីនសម្ងួតស្រូវប្រើថាមពលព្រះអាទិត្យ", "ស្រូវ"),
            ("ဆန်စပါးခြောက်သွေ့စက် စွမ်းအင်သက်သာ", "စက်"),
        ] {
            let terms = terms(text);
            assert!(terms.len() >= 3, "{text} gave {terms:?}");
            assert!(
                terms.iter().any(|t| t.contains(word)),
                "{word} in {terms:?}"
            );
        }
    }

    #[test]
    fn vietnamese_without_diacritics_meets_the_written_form() {
        assert_eq!(folded_terms("Máy bơm"), folded_terms("may bom"));
        assert_eq!(folded_terms("Đồng bằng"), ["dong", "bang"]);
        assert_eq!(terms("Máy bơm"), ["máy", "bơm"]);
    }

    #[test]
    fn thai_marks_are_not_folded_away() {
        assert_eq!(folded_terms("กุ้ง"), terms("กุ้ง"));
    }

    #[test]
    fn punctuation_and_empty_text_give_no_terms() {
        assert!(terms("").is_empty());
        assert!(terms(" — ,.;!? ").is_empty());
        assert_eq!(terms("pH 6.5–7.0"), ["ph", "6.5", "7.0"]);
    }
}
