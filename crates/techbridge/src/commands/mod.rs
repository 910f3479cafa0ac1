//! One module per subcommand.

pub(crate) mod bench;
pub(crate) mod bench_schedule;
pub(crate) mod demo;
pub(crate) mod export;
pub(crate) mod import;
pub(crate) mod matching;
pub(crate) mod migrate;
pub(crate) mod reindex;
pub(crate) mod schedule;
pub(crate) mod serve;
