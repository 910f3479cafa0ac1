//! The brokerage meeting scheduler: which meetings of an event take place, in which slot and
//! at which table, as valuable as possible, with an upper bound on the best possible value and
//! a reason for every meeting left out. Knows nothing of storage or HTTP.

pub mod bound;
pub mod event;
pub mod exact;
mod explain;
pub mod input;
pub mod output;
pub mod solve;
pub mod synthetic;
pub mod verify;

pub use event::{Event, Lock, Meeting, Participant, Slot};
pub use input::{Fault, InputError, ScheduleInput};
pub use output::Output;
pub use solve::{Assignment, Options, Schedule, first_come, schedule};
