//! The scheduler's state: the task table, run queues, pending host calls and the token counter.
//! All of it is plain data that goes into snapshots as is. The tick loop that drives it lives in
//! `runtime`; this module owns the bookkeeping (what a task is waiting for, who joins whom).

use crate::frame::Cont;
use crate::host::{HostValue, TaskId, Token};
use crate::value::{ObjId, Value};
use crate::vm::exec::Parked;
use crate::vm::Task;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_tuple::{Deserialize_tuple, Serialize_tuple};
use std::collections::{BTreeMap, VecDeque};
use std::hash::Hash;
use std::sync::Arc;

/// The task and pending-call tables: a hash map keyed by id (every park / complete / resume looks
/// a task and a call up, so lookups must not depend on how many scripts sit parked), with the
/// ordered view of a `BTreeMap` wherever order is observable: iteration (`iter`, `keys`, `&map`)
/// and the snapshot encoding (a map in ascending key order, the same bytes a `BTreeMap` wrote).
/// `values` is unordered (GC roots).
#[derive(Debug)]
pub struct IdMap<K, V>(FxHashMap<K, V>);

impl<K, V> Default for IdMap<K, V> {
    fn default() -> Self {
        IdMap(FxHashMap::default())
    }
}

impl<K: Copy + Ord + Hash, V> IdMap<K, V> {
    pub fn new() -> Self {
        IdMap::default()
    }
    pub fn with_capacity(n: usize) -> Self {
        IdMap(FxHashMap::with_capacity_and_hasher(n, Default::default()))
    }
    #[inline]
    pub fn get(&self, k: &K) -> Option<&V> {
        self.0.get(k)
    }
    #[inline]
    pub fn get_mut(&mut self, k: &K) -> Option<&mut V> {
        self.0.get_mut(k)
    }
    #[inline]
    pub fn contains_key(&self, k: &K) -> bool {
        self.0.contains_key(k)
    }
    #[inline]
    pub fn insert(&mut self, k: K, v: V) -> Option<V> {
        self.0.insert(k, v)
    }
    #[inline]
    pub fn remove(&mut self, k: &K) -> Option<V> {
        self.0.remove(k)
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Every value, in no particular order.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.values()
    }
    /// Entries in ascending key order.
    pub fn iter(&self) -> std::vec::IntoIter<(&K, &V)> {
        let mut v: Vec<(&K, &V)> = self.0.iter().collect();
        v.sort_unstable_by(|a, b| a.0.cmp(b.0));
        v.into_iter()
    }
    /// Keys in ascending order.
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.iter().map(|(k, _)| k)
    }
    /// Keys in ascending order, copied (cheaper to sort than `iter`'s entry references).
    pub fn sorted_keys(&self) -> Vec<K> {
        let mut v: Vec<K> = self.0.keys().copied().collect();
        v.sort_unstable();
        v
    }
    /// Every entry, in no particular order (checks that visit all of them).
    pub fn iter_unordered(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter()
    }
}

impl<'a, K: Copy + Ord + Hash, V> IntoIterator for &'a IdMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::vec::IntoIter<(&'a K, &'a V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<K: Copy + Ord + Hash, V> FromIterator<(K, V)> for IdMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(it: I) -> Self {
        IdMap(it.into_iter().collect())
    }
}

impl<K: Copy + Ord + Hash, V> std::ops::Index<&K> for IdMap<K, V> {
    type Output = V;
    fn index(&self, k: &K) -> &V {
        &self.0[k]
    }
}

impl<K: Copy + Ord + Hash + Serialize, V: Serialize> Serialize for IdMap<K, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de, K, V> Deserialize<'de> for IdMap<K, V>
where
    K: Copy + Ord + Hash + Deserialize<'de>,
    V: Deserialize<'de>,
{
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Duplicate keys resolve as a `BTreeMap` resolved them (the last one wins); serde caps
        // the preallocation a hostile length prefix can ask for.
        Ok(IdMap(FxHashMap::deserialize(d)?))
    }
}

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
    /// Boxed: the table keeps spare capacity; boxes keep a parked task's footprint small.
    pub tasks: IdMap<TaskId, Box<TaskEntry>>,
    /// Runnable in this tick, in round-robin order.
    pub run_queue: VecDeque<TaskId>,
    /// Runnable from the next tick on (spawned, woken, or gave up the tick with `wait()`).
    pub next_tick: Vec<TaskId>,
    pub pending: IdMap<Token, PendingCall>,
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
