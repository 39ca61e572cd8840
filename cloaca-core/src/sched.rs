//! The scheduler's state: the task table, run queues, pending host calls and the token counter.
//! All of it is plain data that goes into snapshots as is. The tick loop that drives it lives in
//! `runtime`; this module owns the bookkeeping (what a task is waiting for, who joins whom).

use crate::frame::Cont;
use crate::host::{HostValue, TaskId, Token};
use crate::value::{ObjId, Value};
use crate::vm::exec::Parked;
use crate::vm::Task;
use serde::{Deserialize, Serialize};
use serde_tuple::{Deserialize_tuple, Serialize_tuple};
use std::collections::{BTreeMap, VecDeque};
use std::sync::Arc;

/// What a live task is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Wait {
    /// Ready to run (in the run queue or the next-tick queue).
    #[serde(rename = "r")]
    Runnable,
    /// Parked on a host call.
    #[serde(rename = "b")]
    HostCall(Token),
    /// Parked in `join` until the task finishes.
    #[serde(rename = "j")]
    Join(TaskId),
}

/// One live task.
#[derive(Debug, Serialize_tuple, Deserialize_tuple)]
pub struct TaskEntry {
    pub task: Task,
    pub wait: Wait,
    /// A name for people: the module or function it started from (shared by the tasks spawned
    /// from the same function; shared again on restore).
    #[serde(deserialize_with = "crate::wire::shared_name")]
    pub name: Arc<str>,
    /// Whatever the host attached at spawn time; reported back in events.
    pub meta: HostValue,
    /// The script-side handle (`spawn`'s result); receives the outcome.
    pub handle: ObjId,
    /// Where the result of the request it is parked on goes.
    pub cont: Option<Cont>,
    /// A request made while the task was being resumed outside its slice; served first thing in
    /// its next slice.
    pub parked: Option<Box<Parked>>,
    /// Consecutive ticks in which the task used whole slices without blocking.
    pub hog_ticks: u32,
    /// The tick in which the task last used a whole slice.
    pub last_full_tick: u64,
}

/// A host call waiting for its completion.
#[derive(Clone, Debug, Serialize_tuple, Deserialize_tuple)]
pub struct PendingCall {
    pub task: TaskId,
    #[serde(deserialize_with = "crate::wire::shared_name")]
    pub name: Arc<str>,
    /// Boxed slices rather than `Vec`s: 16 bytes smaller in the pending-call map, which holds
    /// one entry per parked script (encoded the same way).
    pub args: Box<[Value]>,
    pub kwargs: Box<[(Value, Value)]>,
}

/// Everything the scheduler owns.
#[derive(Debug, Default, Serialize_tuple, Deserialize_tuple)]
pub struct Sched {
    /// Boxed: a B-tree node holds 11 entries and is often half full; boxes keep a parked task's
    /// footprint small.
    pub tasks: BTreeMap<TaskId, Box<TaskEntry>>,
    /// Runnable in this tick, in round-robin order.
    pub run_queue: VecDeque<TaskId>,
    /// Runnable from the next tick on (spawned, woken, or gave up the tick with `wait()`).
    pub next_tick: Vec<TaskId>,
    pub pending: BTreeMap<Token, PendingCall>,
    /// Tasks parked in `join`, by the task they wait for.
    pub joiners: BTreeMap<TaskId, Vec<TaskId>>,
    pub next_task: u64,
    pub next_token: u64,
    pub tick: u64,
}

impl Sched {
    pub fn new_task_id(&mut self) -> TaskId {
        self.next_task += 1;
        TaskId(self.next_task)
    }

    pub fn new_token(&mut self) -> Token {
        self.next_token += 1;
        Token(self.next_token)
    }

    /// Every heap value the scheduler keeps alive (GC roots).
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for e in self.tasks.values() {
            e.task.trace(f);
            f(Value::Obj(e.handle));
            if let Some(c) = &e.cont {
                c.trace(&mut |v| f(v));
            }
            if let Some(p) = &e.parked {
                p.trace(f);
            }
        }
        for p in self.pending.values() {
            p.args.iter().for_each(|v| f(*v));
            p.kwargs.iter().for_each(|(k, v)| {
                f(*k);
                f(*v);
            });
        }
    }
}
