//! Fresh databases per test, and a macro that runs one test body on both engines.

use std::sync::atomic::{AtomicUsize, Ordering};

use jiff::Timestamp;
use techbridge_domain::interchange::{Record, parse_record};
use techbridge_domain::{Listing, Organization};
use techbridge_store::{Store, default_sqlite_url, scratch};

/// A store on a fresh database; dropping the guard removes it.
pub(crate) struct Fresh {
    pub(crate) store: Store,
    _dir: Option<tempfile::TempDir>,
    postgres: Option<(String, String)>,
}

impl Fresh {
    pub(crate) async fn sqlite() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&default_sqlite_url(dir.path())).await.unwrap();
        Self {
            store,
            _dir: Some(dir),
            postgres: None,
        }
    }

    /// `None` when no PostgreSQL server is reachable outside CI (the caller skips).
    pub(crate) async fn postgres() -> Option<Self> {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let server = scratch::test_server().await.unwrap()?;
        let name = format!(
            "tb_contract_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let url = scratch::create_database(&server, &name).await.unwrap();
        let store = Store::open(&url).await.unwrap();
        Some(Self {
            store,
            _dir: None,
            postgres: Some((server, name)),
        })
    }

    pub(crate) async fn finish(self) {
        self.store.close().await;
        if let Some((server, name)) = &self.postgres {
            scratch::drop_database(server, name).await.unwrap();
        }
    }
}

/// Runs `async fn $name(store: &Store)` on both engines, as `$name::sqlite` and
/// `$name::postgres`.
#[macro_export]
macro_rules! on_both_engines {
    ($($name:ident),+ $(,)?) => {
        $(
            mod $name {
                #[tokio::test]
                async fn sqlite() {
                    let fresh = $crate::contract::harness::Fresh::sqlite().await;
                    super::$name(&fresh.store).await;
                    fresh.finish().await;
                }

                #[tokio::test]
                async fn postgres() {
                    let Some(fresh) = $crate::contract::harness::Fresh::postgres().await else {
                        eprintln!("PostgreSQL not reachable: skipped outside CI");
                        return;
                    };
                    super::$name(&fresh.store).await;
                    fresh.finish().await;
                }
            }
        )+
    };
}

pub(crate) fn at(second: i64) -> Timestamp {
    Timestamp::from_second(1_790_000_000 + second).unwrap()
}

pub(crate) fn organization(line: &str) -> Organization {
    match parse_record(line).unwrap() {
        Record::Organization(o) => o,
        other => panic!("not an organization: {other:?}"),
    }
}

pub(crate) fn listing(line: &str) -> Listing {
    match parse_record(line).unwrap() {
        Record::Listing { listing, .. } => listing,
        other => panic!("not a listing: {other:?}"),
    }
}

pub(crate) const ORG_VN: &str = r#"{"kind":"organization","ref":"org-vn","name":"Công ty Cổ phần Thủy sản Cửu Long","country":"VN","type":"enterprise","city":"Cần Thơ"}"#;
pub(crate) const ORG_CN: &str = r#"{"kind":"organization","ref":"org-cn","name":"厦门海洋水产研究中心","country":"CN","type":"institute","website":"https://aqua.example.cn","description":"对虾育种与病害诊断。"}"#;
pub(crate) const NEED: &str = r#"{"kind":"need","ref":"need-1","organization":"org-vn","language":"vi","title":"Phát hiện sớm bệnh đốm trắng trên tôm","summary":"Cần bộ xét nghiệm nhanh tại ao.","description":"Ao nuôi 2 ha, thiệt hại 30% mỗi vụ.","sectors":["aquaculture","biotech"],"trl":6,"ip_status":"none","cooperation":["licence","technical_cooperation"],"target_countries":["CN","TH"],"keywords":["tôm","WSSV"],"confidential":"Danh sách 40 hộ nuôi thí điểm.","deadline":"2027-06-30","budget_usd":80000}"#;
pub(crate) const OFFER: &str = r#"{"kind":"offer","ref":"off-1","organization":"org-cn","language":"zh","title":"对虾白斑综合征病毒LAMP快速检测试剂盒","summary":"池塘边40分钟完成检测。","sectors":["aquaculture"],"trl":7,"ip_status":"granted_patent","cooperation":["licence"],"keywords":["WSSV","LAMP"]}"#;
