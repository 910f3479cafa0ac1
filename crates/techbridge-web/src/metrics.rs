//! Request counts and latencies in the Prometheus text format, served at `/metrics`. Routes are
//! recorded by their pattern (`/offers/{reference}`), never by the address asked for, so the
//! number of series stays bounded whatever clients send.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;

use crate::App;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 11] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
];

#[derive(Debug, Default)]
pub(crate) struct Metrics {
    series: Mutex<BTreeMap<(String, String, u16), Series>>,
}

#[derive(Debug, Default, Clone)]
struct Series {
    count: u64,
    seconds: f64,
    buckets: [u64; BUCKETS.len()],
}

impl Metrics {
    fn record(&self, method: &str, route: &str, status: u16, elapsed: Duration) {
        let seconds = elapsed.as_secs_f64();
        let mut series = self.series.lock().unwrap_or_else(PoisonError::into_inner);
        let entry = series
            .entry((method.to_owned(), route.to_owned(), status))
            .or_default();
        entry.count += 1;
        entry.seconds += seconds;
        for (bucket, bound) in entry.buckets.iter_mut().zip(BUCKETS) {
            if seconds <= bound {
                *bucket += 1;
            }
        }
    }

    /// The text exposition format, version 0.0.4.
    pub(crate) fn render(&self, gauges: &[(&str, &str, i64)]) -> String {
        let series = self
            .series
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let mut out = String::new();
        out.push_str("# HELP techbridge_http_requests_total HTTP requests answered.\n");
        out.push_str("# TYPE techbridge_http_requests_total counter\n");
        for ((method, route, status), s) in &series {
            let _ = writeln!(
                out,
                "techbridge_http_requests_total{{method=\"{method}\",route=\"{}\",status=\"{status}\"}} {}",
                escape(route),
                s.count
            );
        }
        out.push_str(
            "# HELP techbridge_http_request_duration_seconds Time to answer an HTTP request.\n",
        );
        out.push_str("# TYPE techbridge_http_request_duration_seconds histogram\n");
        let mut by_route: BTreeMap<(&str, &str), Series> = BTreeMap::new();
        for ((method, route, _), s) in &series {
            let total = by_route.entry((method, route)).or_default();
            total.count += s.count;
            total.seconds += s.seconds;
            for (t, b) in total.buckets.iter_mut().zip(s.buckets) {
                *t += b;
            }
        }
        for ((method, route), s) in &by_route {
            let labels = format!("method=\"{method}\",route=\"{}\"", escape(route));
            for (bound, count) in BUCKETS.iter().zip(s.buckets) {
                let _ = writeln!(
                    out,
                    "techbridge_http_request_duration_seconds_bucket{{{labels},le=\"{bound}\"}} {count}"
                );
            }
            let _ = writeln!(
                out,
                "techbridge_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}",
                s.count
            );
            let _ = writeln!(
                out,
                "techbridge_http_request_duration_seconds_sum{{{labels}}} {}",
                s.seconds
            );
            let _ = writeln!(
                out,
                "techbridge_http_request_duration_seconds_count{{{labels}}} {}",
                s.count
            );
        }
        for (name, help, value) in gauges {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}"
            );
        }
        out
    }
}

fn escape(label: &str) -> String {
    label.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Times every request and records it under its route pattern.
pub(crate) async fn record(State(app): State<App>, request: Request, next: Next) -> Response {
    let method = request.method().as_str().to_owned();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str)
        .to_owned();
    let started = Instant::now();
    let response = next.run(request).await;
    app.metrics().record(
        &method,
        &route,
        response.status().as_u16(),
        started.elapsed(),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_lands_in_its_buckets_and_the_totals() {
        let metrics = Metrics::default();
        metrics.record("GET", "/offers/{reference}", 200, Duration::from_millis(3));
        metrics.record("GET", "/offers/{reference}", 404, Duration::from_millis(30));
        let text = metrics.render(&[("techbridge_offers", "Offers in the store.", 7)]);
        assert!(text.contains(
            "techbridge_http_requests_total{method=\"GET\",route=\"/offers/{reference}\",status=\"200\"} 1"
        ));
        assert!(text.contains(
            "techbridge_http_request_duration_seconds_bucket{method=\"GET\",route=\"/offers/{reference}\",le=\"0.005\"} 1"
        ));
        assert!(text.contains(
            "techbridge_http_request_duration_seconds_bucket{method=\"GET\",route=\"/offers/{reference}\",le=\"0.05\"} 2"
        ));
        assert!(text.contains("techbridge_offers 7"));
    }
}
