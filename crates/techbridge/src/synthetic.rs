//! Synthetic networks of any size, for benchmarks: valid interchange records whose text has
//! the scripts, word lengths and technical tokens of real listings, from a seed.

use std::collections::BTreeSet;
use std::io::{self, Write};

use techbridge_domain::taxonomy::{Cooperation, IpStatus, OrganizationType, Sector};

/// (language, words separated by `|`, written without spaces between words?) Thai, Lao,
/// Khmer, Burmese and Chinese are.
const LANGUAGES: &[(&str, &str, bool)] = &[
    (
        "en",
        concat!(
            "solar|dryer|shrimp|pond|sensor|water|quality|rice|harvest|battery|storage|",
            "membrane|filtration|vaccine|diagnostic|rapid|test|kit|robot|welding|coating|",
            "corrosion|drone|mapping|flood|warning|biogas|effluent|cold|chain|fibre|composite|",
            "low-cost|portable|IoT|5G|LAMP|PLC|LiFePO4|AI"
        ),
        false,
    ),
    (
        "zh",
        concat!(
            "太阳能|干燥|对虾|池塘|传感器|水质|水稻|收获|电池|储能|膜|过滤|疫苗|诊断|快速|检测|试剂盒|机器人|焊接|涂层|腐蚀|无人机|测绘|洪水|预警|",
            "沼气|废水|冷链|纤维|复合材料|低成本|便携式|IoT|5G|LAMP|技术|系统|装置"
        ),
        true,
    ),
    (
        "vi",
        concat!(
            "máy|sấy|năng lượng|mặt trời|tôm|ao nuôi|cảm biến|chất lượng|nước|lúa|thu hoạch|",
            "pin|lưu trữ|màng lọc|vắc xin|chẩn đoán|nhanh|bộ xét nghiệm|robot|hàn|lớp phủ|",
            "ăn mòn|bản đồ|lũ|cảnh báo|biogas|nước thải|chuỗi lạnh|sợi|giá rẻ|IoT|5G|",
            "công nghệ|hệ thống"
        ),
        false,
    ),
    (
        "th",
        concat!(
            "เครื่อง|อบแห้ง|พลังงาน|แสงอาทิตย์|กุ้ง|บ่อ|เซ็นเซอร์|คุณภาพ|น้ำ|ข้าว|เก็บเกี่ยว|",
            "แบตเตอรี่|กักเก็บ|เมมเบรน|วัคซีน|วินิจฉัย|รวดเร็ว|ชุดตรวจ|หุ่นยนต์|เคลือบ|",
            "การกัดกร่อน|โดรน|น้ำท่วม|เตือนภัย|ก๊าซชีวภาพ|น้ำเสีย|ห่วงโซ่ความเย็น|เส้นใย|",
            "ต้นทุนต่ำ|IoT|เทคโนโลยี|ระบบ"
        ),
        true,
    ),
    (
        "id",
        concat!(
            "mesin|pengering|tenaga|surya|udang|tambak|sensor|kualitas|air|padi|panen|baterai|",
            "penyimpanan|membran|vaksin|diagnostik|cepat|alat uji|robot|pengelasan|pelapis|",
            "korosi|pemetaan|banjir|peringatan|biogas|limbah|rantai dingin|serat|murah|IoT|",
            "teknologi"
        ),
        false,
    ),
    (
        "ms",
        concat!(
            "mesin|pengering|tenaga|solar|udang|kolam|penderia|kualiti|air|padi|tuaian|bateri|",
            "storan|membran|vaksin|diagnostik|pantas|kit ujian|robot|kimpalan|salutan|kakisan|",
            "pemetaan|banjir|amaran|biogas|sisa|rantaian sejuk|gentian|kos rendah|IoT|",
            "teknologi"
        ),
        false,
    ),
    (
        "fil",
        concat!(
            "makina|patuyuan|enerhiya|araw|hipon|palaisdaan|sensor|kalidad|tubig|palay|ani|",
            "baterya|imbakan|bakuna|pagsusuri|mabilis|robot|pintura|kalawang|mapa|baha|babala|",
            "biogas|basura|malamig|hibla|mura|IoT|teknolohiya|sistema"
        ),
        false,
    ),
    (
        "lo",
        concat!(
            "ເຄື່ອງ|ອົບແຫ້ງ|ພະລັງງານ|ແສງຕາເວັນ|ກຸ້ງ|ໜອງ|ເຊັນເຊີ|ຄຸນນະພາບ|ນ້ຳ|ເຂົ້າ|ເກັບກ່ຽວ|",
            "ແບັດເຕີຣີ|ວັກຊີນ|ກວດ|ໄວ|ນ້ຳຖ້ວມ|ເຕືອນໄພ|ກາເຟ|ຕົ້ນທຶນຕ່ຳ|ເຕັກໂນໂລຊີ|ລະບົບ"
        ),
        true,
    ),
    (
        "km",
        concat!(
            "ម៉ាស៊ីន|សម្ងួត|ថាមពល|ព្រះអាទិត្យ|បង្គា|ស្រះ|ឧបករណ៍ចាប់សញ្ញា|គុណភាព|ទឹក|ស្រូវ|",
            "ប្រមូលផល|អាគុយ|វ៉ាក់សាំង|ធ្វើតេស្ត|លឿន|ទឹកជំនន់|ព្រមាន|តម្លៃទាប|បច្ចេកវិទ្យា|",
            "ប្រព័ន្ធ"
        ),
        true,
    ),
    (
        "my",
        concat!(
            "စက်|အခြောက်ခံ|စွမ်းအင်|နေရောင်ခြည်|ပုစွန်|ကန်|အာရုံခံကိရိယာ|အရည်အသွေး|ရေ|စပါး|",
            "ရိတ်သိမ်း|ဘက်ထရီ|ကာကွယ်ဆေး|စစ်ဆေး|မြန်ဆန်|ရေကြီး|သတိပေး|ကုန်ကျစရိတ်နည်း|နည်းပညာ|",
            "စနစ်"
        ),
        true,
    ),
];

/// Share of listings per language, in the order of `LANGUAGES`: Chinese and English most.
const LANGUAGE_WEIGHTS: [u32; 10] = [26, 24, 10, 8, 8, 6, 5, 4, 5, 4];

const COUNTRIES: [&str; 13] = [
    "CN", "VN", "TH", "ID", "MY", "PH", "SG", "LA", "KH", "MM", "BN", "JP", "KR",
];

struct Generator {
    rng: fastrand::Rng,
    words: Vec<Vec<&'static str>>,
}

impl Generator {
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.rng.usize(..items.len())]
    }

    fn word(&mut self, language: usize) -> &'static str {
        let words = &self.words[language];
        words[self.rng.usize(..words.len())]
    }

    fn language(&mut self) -> usize {
        let total: u32 = LANGUAGE_WEIGHTS.iter().sum();
        let mut roll = self.rng.u32(..total);
        for (i, weight) in LANGUAGE_WEIGHTS.iter().enumerate() {
            if roll < *weight {
                return i;
            }
            roll -= weight;
        }
        0
    }

    fn words(&mut self, language: usize, count: usize) -> String {
        let unspaced = LANGUAGES[language].2;
        let mut text = String::new();
        for i in 0..count {
            if i > 0 && !unspaced {
                text.push(' ');
            }
            let word = self.word(language);
            text.push_str(word);
            if self.rng.u8(..10) == 0 {
                // Figures carry meaning across languages: keep some in every text.
                text.push_str(&format!(" {}", self.rng.u32(2..2000)));
                if unspaced {
                    text.push(' ');
                }
            }
        }
        text
    }

    fn some<T: Copy + PartialEq>(&mut self, items: &[T], max: usize) -> Vec<T> {
        let mut chosen = Vec::new();
        for _ in 0..self.rng.usize(1..=max) {
            let item = *self.pick(items);
            if !chosen.contains(&item) {
                chosen.push(item);
            }
        }
        chosen
    }
}

/// Writes `records` interchange lines: 2% organizations, then offers and needs 3 : 2.
pub(crate) fn write(out: &mut impl Write, records: usize, seed: u64) -> io::Result<()> {
    let mut g = Generator {
        rng: fastrand::Rng::with_seed(seed),
        words: LANGUAGES
            .iter()
            .map(|(_, words, _)| words.split('|').collect())
            .collect(),
    };
    let organizations = (records / 50).max(1).min(records);
    let listings = records - organizations;
    for i in 0..organizations {
        let country = COUNTRIES[i % COUNTRIES.len()];
        let language = g.language();
        let line = serde_json::json!({
            "kind": "organization",
            "ref": format!("syn-org-{i:06}"),
            "name": format!("{} {i}", g.words(language, 3)),
            "country": country,
            "type": g.pick(OrganizationType::ALL).slug(),
            "description": g.words(language, 12),
        });
        writeln!(out, "{line}")?;
    }
    for i in 0..listings {
        let need = i % 5 >= 3;
        let language = g.language();
        let mut line = serde_json::json!({
            "kind": if need { "need" } else { "offer" },
            "ref": format!("syn-{}-{i:07}", if need { "need" } else { "off" }),
            "organization": format!("syn-org-{:06}", g.rng.usize(..organizations)),
            "language": LANGUAGES[language].0,
            "title": g.words(language, 6),
            "summary": g.words(language, 20),
            "description": g.words(language, 90),
            "sectors": g.some(Sector::ALL, 3).iter().map(|s| s.slug()).collect::<Vec<_>>(),
            "trl": g.rng.u8(1..=9),
            "ip_status": g.pick(IpStatus::ALL).slug(),
            "cooperation": g.some(Cooperation::ALL, 3).iter().map(|c| c.slug()).collect::<Vec<_>>(),
            "target_countries": g.some(&COUNTRIES, 4),
            "keywords": (0..4).map(|_| g.word(language)).collect::<BTreeSet<_>>(),
            "confidential": g.words(language, 15),
        });
        if need {
            line["deadline"] =
                format!("2027-{:02}-{:02}", g.rng.u8(1..=12), g.rng.u8(1..=28)).into();
            line["budget_usd"] = (u64::from(g.rng.u16(1..1000)) * 1000).into();
        }
        writeln!(out, "{line}")?;
    }
    Ok(())
}
