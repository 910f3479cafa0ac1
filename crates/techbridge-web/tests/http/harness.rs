//! A running platform per test: a fresh store on either engine, a search index in a temporary
//! directory, a clock the test moves, and the server on a free port of 127.0.0.1.

use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use jiff::Timestamp;
use techbridge_search::Matcher;
use techbridge_search::embedding::{Embedder, default_dir};
use techbridge_store::interchange::Source;
use techbridge_store::{Store, default_sqlite_url, scratch};
use techbridge_web::{App, Mailer, Options};
use tokio::sync::oneshot;

/// 2026-11-21T00:00:00Z, the day the tests live on.
pub(crate) const START: i64 = 1_795_219_200;

/// A small network: a Vietnamese need, the Chinese offer that answers it, others around them,
/// and listings that must never be public.
pub(crate) const NETWORK: &str = r#"{"kind":"organization","ref":"org-vn-cuulong","name":"Cửu Long Aquaculture","country":"VN","type":"enterprise","verification":"verified"}
{"kind":"organization","ref":"org-cn-xmaqua","name":"厦门海洋水产研究中心","country":"CN","type":"institute","verification":"verified"}
{"kind":"organization","ref":"org-th","name":"สถาบันวิจัยเกษตร <b>Thai</b>","country":"TH","type":"institute"}
{"kind":"need","ref":"need-wssv","organization":"org-vn-cuulong","language":"vi","title":"Phát hiện sớm virus đốm trắng trên tôm tại ao","summary":"Cần bộ xét nghiệm nhanh virus đốm trắng dùng ngay tại ao nuôi tôm, có kết quả trong một giờ.","sectors":["aquaculture"],"trl":6,"cooperation":["licence"],"target_countries":["CN"],"deadline":"2027-09-30","budget_usd":60000,"confidential":"Danh sách 40 hộ nuôi thí điểm ở Sóc Trăng."}
{"kind":"need","ref":"need-pump","organization":"org-vn-cuulong","language":"vi","title":"Máy bơm nước tiết kiệm điện cho ruộng lúa","summary":"Cần máy bơm dùng năng lượng mặt trời cho tưới ruộng lúa.","sectors":["agriculture"]}
{"kind":"offer","ref":"off-wssv","organization":"org-cn-xmaqua","language":"zh","title":"对虾白斑综合征病毒LAMP快速检测试剂盒","summary":"池塘边40分钟完成对虾白斑病毒检测，无需实验室和PCR仪。","sectors":["aquaculture"],"trl":7,"cooperation":["licence"],"target_countries":["VN","TH"],"ip_status":"granted_patent"}
{"kind":"offer","ref":"off-feed","organization":"org-cn-xmaqua","language":"zh","title":"对虾高效配合饲料","summary":"提高对虾生长速度的饲料配方。","sectors":["aquaculture"],"trl":9}
{"kind":"offer","ref":"off-pump","organization":"org-th","language":"th","title":"ปั๊มน้ำพลังงานแสงอาทิตย์สำหรับนาข้าว <script>alert(1)</script>","summary":"ปั๊มน้ำใช้พลังงานแสงอาทิตย์ ประหยัดค่าไฟสำหรับการทำนา","sectors":["agriculture"]}
{"kind":"offer","ref":"off-draft","organization":"org-cn-xmaqua","language":"zh","title":"对虾病毒检测芯片草稿","summary":"草稿，不公开。","status":"draft"}
{"kind":"need","ref":"need-submitted","organization":"org-vn-cuulong","language":"vi","title":"Nhu cầu đang chờ duyệt","summary":"Chưa công khai.","status":"submitted"}
"#;

/// The installed model, loaded once for every test of the binary.
fn embedder() -> Arc<Embedder> {
    static MODEL: OnceLock<Arc<Embedder>> = OnceLock::new();
    Arc::clone(MODEL.get_or_init(|| Arc::new(Embedder::load(&default_dir()).unwrap())))
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum Engine {
    Sqlite,
    Postgres,
}

/// A running platform. Dropping it stops the server; `finish` also drops the database.
pub(crate) struct Site {
    pub(crate) base: String,
    pub(crate) client: reqwest::Client,
    pub(crate) store: Store,
    /// The platform the server runs, for the work its background does on a timer.
    pub(crate) app: App,
    /// Seconds since the epoch: what the platform believes the time is.
    pub(crate) clock: Arc<AtomicI64>,
    stop: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
    _dir: tempfile::TempDir,
    postgres: Option<(String, String)>,
}

impl Site {
    /// A platform on `engine` holding `NETWORK`, indexed. `None` when PostgreSQL is asked for
    /// and unreachable outside CI (the caller skips).
    pub(crate) async fn start(engine: Engine) -> Option<Self> {
        Self::start_with_mailer(engine, None).await
    }

    /// As `start`, with mail handed to `mailer`'s SMTP server.
    pub(crate) async fn start_with_mailer(engine: Engine, mailer: Option<Mailer>) -> Option<Self> {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = tempfile::tempdir().unwrap();
        let (url, postgres) = match engine {
            Engine::Sqlite => (default_sqlite_url(dir.path()), None),
            Engine::Postgres => {
                let server = scratch::test_server().await.unwrap()?;
                let name = format!(
                    "tb_web_{}_{}",
                    std::process::id(),
                    NEXT.fetch_add(1, Ordering::Relaxed)
                );
                let url = scratch::create_database(&server, &name).await.unwrap();
                (url, Some((server, name)))
            }
        };
        let store = Store::open(&url).await.unwrap();
        let clock = Arc::new(AtomicI64::new(START));
        let now = {
            let clock = Arc::clone(&clock);
            move || Timestamp::from_second(clock.load(Ordering::SeqCst)).unwrap()
        };
        store
            .import(Source::Bytes(NETWORK.as_bytes()), now())
            .await
            .unwrap();
        let matcher = Arc::new(Matcher::open(dir.path(), embedder()).unwrap());
        matcher.follow(&store, now()).await.unwrap();
        let options = Options {
            clock: Arc::new(now),
            random: Arc::new(|buffer: &mut [u8]| {
                for byte in buffer.iter_mut() {
                    *byte = fastrand::u8(..);
                }
            }),
            public_url: "http://localhost".to_owned(),
            mailer,
        };
        let app = App::new(store.clone(), matcher, options).unwrap();
        techbridge_web::demo_accounts(&app).await.unwrap();
        let served = app.clone();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = oneshot::channel();
        let server = tokio::spawn(techbridge_web::serve(served, listener, async {
            let _ = stopped.await;
        }));
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Some(Self {
            base,
            app,
            clock,
            client,
            store,
            stop: Some(stop),
            server: Some(server),
            _dir: dir,
            postgres,
        })
    }

    /// The platform's present moment.
    pub(crate) fn now(&self) -> Timestamp {
        Timestamp::from_second(self.clock.load(Ordering::SeqCst)).unwrap()
    }

    /// Writes interchange lines into the store, as an import would, at the platform's time.
    pub(crate) async fn import(&self, lines: &str) {
        self.store
            .import(Source::Bytes(lines.as_bytes()), self.now())
            .await
            .unwrap();
    }

    /// Moves the platform's clock forward by `days`.
    pub(crate) fn advance_days(&self, days: i64) {
        self.clock.fetch_add(days * 86_400, Ordering::SeqCst);
    }

    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub(crate) async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    /// The page at `path`: its status and body.
    pub(crate) async fn page(&self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.unwrap())
    }

    pub(crate) async fn json(&self, path: &str) -> (u16, serde_json::Value) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.json().await.unwrap())
    }

    /// The page at `path` as `client` (with its cookies) sees it: status and body.
    pub(crate) async fn read(&self, client: &reqwest::Client, path: &str) -> (u16, String) {
        let response = client.get(self.url(path)).send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.text().await.unwrap())
    }

    /// A client with cookies of its own: another browser.
    pub(crate) fn browser() -> reqwest::Client {
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    }

    /// The form token `client` holds, read from a page's form as a browser would.
    pub(crate) async fn form_token(&self, client: &reqwest::Client) -> String {
        let page = client
            .get(self.url("/login"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let after = page.split("name=\"form_token\" value=\"").nth(1).unwrap();
        after.split('"').next().unwrap().to_owned()
    }

    /// Posts a form from `client`, with its form token added.
    pub(crate) async fn submit(
        &self,
        client: &reqwest::Client,
        path: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let token = self.form_token(client).await;
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("form_token", token.as_str()));
        client.post(self.url(path)).form(&all).send().await.unwrap()
    }

    /// A browser signed in as `email` with the demo password.
    pub(crate) async fn signed_in(&self, email: &str) -> reqwest::Client {
        let client = Self::browser();
        let response = self
            .submit(
                &client,
                "/login",
                &[
                    ("email", email),
                    ("password", techbridge_web::DEMO_PASSWORD),
                ],
            )
            .await;
        assert_eq!(response.status().as_u16(), 303, "signing in as {email}");
        client
    }

    /// Stops the server (waiting for it to finish) and drops the database.
    /// A new API token of `email`, made on the account page as a person would.
    pub(crate) async fn api_token(&self, email: &str) -> String {
        let client = self.signed_in(email).await;
        let response = self
            .submit(&client, "/account/tokens", &[("name", "CRM sync")])
            .await;
        assert_eq!(response.status().as_u16(), 200);
        let page = response.text().await.unwrap();
        page.split("<code class=\"token\">")
            .nth(1)
            .unwrap()
            .split('<')
            .next()
            .unwrap()
            .to_owned()
    }

    /// An API request with `token` (none: no header) and a JSON body (none: no body).
    pub(crate) async fn call(
        &self,
        token: Option<&str>,
        method: &str,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> (u16, serde_json::Value) {
        let client = reqwest::Client::new();
        let mut request = client.request(method.parse().unwrap(), self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        (
            status,
            serde_json::from_str(&text).unwrap_or(serde_json::Value::Null),
        )
    }

    pub(crate) async fn finish(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(server) = self.server.take() {
            server.await.unwrap().unwrap();
        }
        self.store.close().await;
        if let Some((server, name)) = &self.postgres {
            scratch::drop_database(server, name).await.unwrap();
        }
    }
}

/// Runs `async fn $name(site: &Site)` on both engines, as `$name::sqlite` and
/// `$name::postgres`.
#[macro_export]
macro_rules! on_both_engines {
    ($($name:ident),+ $(,)?) => {
        $(
            mod $name {
                use $crate::http::harness::{Engine, Site};

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    let site = Site::start(Engine::Sqlite).await.unwrap();
                    super::$name(&site).await;
                    site.finish().await;
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    let Some(site) = Site::start(Engine::Postgres).await else {
                        eprintln!("PostgreSQL not reachable: skipped outside CI");
                        return;
                    };
                    super::$name(&site).await;
                    site.finish().await;
                }
            }
        )+
    };
}
