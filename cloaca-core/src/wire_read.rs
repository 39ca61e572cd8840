//! Hand-written readers for the bulk of a snapshot body: the heap's slots and the scheduler
//! (tasks, their value stacks and frames, pending host calls).
//!
//! A save with thousands of parked scripts is thousands of copies of the same few small
//! structures, and reading them through serde's generic machinery (a visitor and a `Result`
//! per field) was most of the restore time. These readers take the shapes this runtime writes
//! straight off the slice. They do not define the format: whenever an item has any other shape
//! (an indefinite length, an unusual enum variant, an out-of-range number, damage), the reader
//! goes back to the item's first byte and hands it to the type's serde impl, which either
//! accepts it or reports the error. So a body reads the same whichever path takes an item; a
//! test decodes varied bodies both ways and compares. (One difference: nesting is counted from
//! where a fallback starts, so a fallback item may nest a few levels deeper than serde alone
//! would allow; the limit still bounds the recursion.)

use crate::cbor::{De, Error};
use crate::dict::{Dict, Entry};
use crate::frame::{Block, Cont, Frame};
use crate::heap::Heap;
use crate::host::{HostValue, TaskId, Token};
use crate::object::{CodeId, Obj, Outcome, PyStr, TaskHandle};
use crate::sched::{IdMap, PendingCall, Sched, TaskEntry, Wait};
use crate::value::{ObjId, Value};
use crate::vm::Task;
use serde::Deserialize;
use std::sync::Arc;

type Result<T> = std::result::Result<T, Error>;

/// Read the heap (`{"slots": [...]}`).
pub(crate) fn heap(de: &mut De<'_>) -> Result<Heap> {
    let at = de.pos();
    if de.map_head() == Some(1) && de.text() == Some("slots") {
        return Ok(Heap::from_slots(vec_of(de, slot)?));
    }
    by_serde(de, at)
}

/// Read the scheduler.
pub(crate) fn sched(de: &mut De<'_>) -> Result<Sched> {
    let at = de.pos();
    if de.array() != Some(8) {
        de.rewind(at);
        return Sched::deserialize(de);
    }
    let mut names = Names::default();
    let tasks = id_map(de, |de| task_entry(de, &mut names), TaskId)?;
    let run_queue = Deserialize::deserialize(&mut *de)?;
    let next_tick = Deserialize::deserialize(&mut *de)?;
    let pending = id_map(de, |de| pending_call(de, &mut names), Token)?;
    Ok(Sched {
        tasks,
        run_queue,
        next_tick,
        pending,
        joiners: Deserialize::deserialize(&mut *de)?,
        next_task: Deserialize::deserialize(&mut *de)?,
        next_token: Deserialize::deserialize(&mut *de)?,
        tick: Deserialize::deserialize(&mut *de)?,
    })
}

/// How many elements of `T` an announced length may preallocate: never more than the rest of
/// the input could hold (each element takes at least one byte), and never more than about 1 MiB
/// (as serde's own cap): a hostile length costs little; a real one grows the vector as it reads.
fn cap<T>(de: &De<'_>, n: u64) -> usize {
    let most = (1 << 20) / std::mem::size_of::<T>().max(1);
    n.min(de.room() as u64).min(most as u64) as usize
}

/// Read an item with serde from `at` (the item's first byte).
fn by_serde<'de, T: Deserialize<'de>>(de: &mut De<'de>, at: usize) -> Result<T> {
    de.rewind(at);
    T::deserialize(de)
}

/// Read an item with `fast`, or, when it returns `None` (another shape), with serde from the
/// item's first byte.
#[inline]
fn or_serde<'de, T: Deserialize<'de>>(
    de: &mut De<'de>,
    fast: impl FnOnce(&mut De<'de>) -> Option<T>,
) -> Result<T> {
    let at = de.pos();
    match fast(de) {
        Some(v) => Ok(v),
        None => by_serde(de, at),
    }
}

/// A definite-length array read item by item with `item`; any other shape through serde.
fn vec_of<'de, T: Deserialize<'de>>(
    de: &mut De<'de>,
    mut item: impl FnMut(&mut De<'de>) -> Result<T>,
) -> Result<Vec<T>> {
    let at = de.pos();
    let Some(n) = de.array() else {
        return by_serde(de, at);
    };
    let mut out = Vec::with_capacity(cap::<T>(de, n));
    for _ in 0..n {
        out.push(item(de)?);
    }
    Ok(out)
}

/// A map keyed by ids (`IdMap`: a later duplicate key wins, as serde's map reading does).
fn id_map<'de, K, V>(
    de: &mut De<'de>,
    mut value: impl FnMut(&mut De<'de>) -> Result<V>,
    key: fn(u64) -> K,
) -> Result<IdMap<K, V>>
where
    K: Copy + Ord + std::hash::Hash + Deserialize<'de>,
    V: Deserialize<'de>,
{
    let at = de.pos();
    let Some(n) = de.map_head() else {
        return by_serde(de, at);
    };
    let mut map = IdMap::with_capacity(cap::<(K, V)>(de, n));
    for _ in 0..n {
        let k = match de.uint() {
            Some(k) => key(k),
            None => K::deserialize(&mut *de)?,
        };
        map.insert(k, value(de)?);
    }
    Ok(map)
}

/// One heap slot: `null` (free) or an object.
fn slot(de: &mut De<'_>) -> Result<Option<Obj>> {
    if de.null() {
        return Ok(None);
    }
    let at = de.pos();
    if de.map_head() == Some(1) {
        let obj = match de.text() {
            Some("s") => de.text().map(|t| Obj::Str(PyStr::new(t))),
            Some("d") => dict(de)?.map(|d| Obj::Dict(Box::new(d))),
            Some("T") => task_handle(de).map(|t| Obj::TaskHandle(Box::new(t))),
            _ => None,
        };
        if obj.is_some() {
            return Ok(obj);
        }
    }
    by_serde(de, at)
}

/// A dict table `[stride, k, v, (hash,) …]`; `None` for a shape to leave to serde.
fn dict(de: &mut De<'_>) -> Result<Option<Dict>> {
    let Some(n) = de.array() else {
        return Ok(None);
    };
    let stride = match (n, de.uint()) {
        (1.., Some(s @ (2 | 3))) => s,
        _ => return Ok(None),
    };
    if (n - 1) % stride != 0 {
        return Ok(None);
    }
    let count = (n - 1) / stride;
    let mut entries = Vec::with_capacity(cap::<Entry>(de, count));
    for _ in 0..count {
        let key = value(de)?;
        let value = value(de)?;
        let hash = if stride == 3 {
            match de.uint() {
                Some(h) => h,
                None => return Ok(None),
            }
        } else {
            0
        };
        entries.push(Entry { hash, key, value });
    }
    Ok(Some(Dict::from_loaded(entries, stride == 3)))
}

/// A running task's handle `[id, "r"]`; `None` for anything else.
fn task_handle(de: &mut De<'_>) -> Option<TaskHandle> {
    if de.array()? != 2 {
        return None;
    }
    let id = de.uint()?;
    (de.text()? == "r").then_some(TaskHandle {
        id,
        outcome: Outcome::Running,
    })
}

/// A value in the encoding of `wire.rs`.
#[inline]
fn value(de: &mut De<'_>) -> Result<Value> {
    or_serde(de, |de| match de.peek() {
        Some(0x00..=0x1b) => de.u32().map(|id| Value::Obj(ObjId(id))),
        Some(0x81) => {
            let _ = de.array();
            de.i64().map(Value::Int)
        }
        Some(0xf6) => de.null().then_some(Value::None),
        Some(0xf4 | 0xf5) => de.bool().map(Value::Bool),
        Some(0xf9..=0xfb) => de.float().map(Value::Float),
        Some(0x61) => match de.text() {
            Some("u") => Some(Value::Undef),
            Some("n") => Some(Value::NotImplemented),
            Some("e") => Some(Value::Ellipsis),
            _ => None,
        },
        _ => None,
    })
}

fn u32_or_serde(de: &mut De<'_>) -> Result<u32> {
    match de.u32() {
        Some(n) => Ok(n),
        None => u32::deserialize(de),
    }
}

fn task_entry(de: &mut De<'_>, names: &mut Names) -> Result<Box<TaskEntry>> {
    let at = de.pos();
    if de.array() != Some(9) {
        return by_serde(de, at);
    }
    let task = task(de)?;
    let wait = wait(de)?;
    let name = names.read(de)?;
    let meta = or_serde(de, |de| (de.text()? == "N").then_some(HostValue::None))?;
    let handle = ObjId(u32_or_serde(de)?);
    let cont = if de.null() { None } else { Some(cont(de)?) };
    Ok(Box::new(TaskEntry {
        task,
        wait,
        name,
        meta,
        handle,
        cont,
        parked: Deserialize::deserialize(&mut *de)?,
        hog_ticks: Deserialize::deserialize(&mut *de)?,
        last_full_tick: Deserialize::deserialize(&mut *de)?,
    }))
}

fn task(de: &mut De<'_>) -> Result<Task> {
    let at = de.pos();
    if de.array() != Some(3) {
        return by_serde(de, at);
    }
    let stack = vec_of(de, value)?;
    let frames = vec_of(de, frame)?;
    Ok(Task {
        stack,
        frames,
        handled: value(de)?,
    })
}

fn wait(de: &mut De<'_>) -> Result<Wait> {
    or_serde(de, |de| match de.peek() {
        Some(0x61) => (de.text() == Some("r")).then_some(Wait::Runnable),
        Some(0xa1) => {
            let _ = de.map_head();
            match de.text() {
                Some("b") => de.uint().map(|t| Wait::HostCall(Token(t))),
                Some("j") => de.uint().map(|t| Wait::Join(TaskId(t))),
                _ => None,
            }
        }
        _ => None,
    })
}

fn frame(de: &mut De<'_>) -> Result<Frame> {
    let at = de.pos();
    if de.array() != Some(9) {
        return by_serde(de, at);
    }
    let code = CodeId(u32_or_serde(de)?);
    let ip = u32_or_serde(de)?;
    let base = u32_or_serde(de)?;
    let ret_sp = u32_or_serde(de)?;
    let globals = ObjId(u32_or_serde(de)?);
    let ns = value(de)?;
    let blocks = vec_of(de, block)?;
    let cont = cont(de)?;
    let gen = if de.null() {
        None
    } else {
        match de.u32() {
            Some(id) => Some(ObjId(id)),
            None => Deserialize::deserialize(&mut *de)?,
        }
    };
    Ok(Frame {
        code,
        ip,
        base,
        ret_sp,
        globals,
        ns,
        blocks,
        cont,
        gen,
    })
}

fn block(de: &mut De<'_>) -> Result<Block> {
    or_serde(de, |de| {
        (de.array()? == 2).then_some(())?;
        Some(Block {
            handler: de.u32()?,
            depth: de.u32()?,
        })
    })
}

/// A frame's continuation: the common unit variants here, the rest through serde.
fn cont(de: &mut De<'_>) -> Result<Cont> {
    or_serde(de, |de| match de.text()? {
        "p" => Some(Cont::Push),
        "d" => Some(Cont::Discard),
        "R" => Some(Cont::TaskRoot),
        _ => None,
    })
}

fn pending_call(de: &mut De<'_>, names: &mut Names) -> Result<PendingCall> {
    let at = de.pos();
    if de.array() != Some(4) {
        return by_serde(de, at);
    }
    let task = match de.uint() {
        Some(t) => TaskId(t),
        None => TaskId::deserialize(&mut *de)?,
    };
    let name = names.read(de)?;
    let args = vec_of(de, value)?.into_boxed_slice();
    let kwargs = {
        let at = de.pos();
        match de.array() {
            Some(0) => Box::default(),
            _ => by_serde(de, at)?,
        }
    };
    Ok(PendingCall {
        task,
        name,
        args,
        kwargs,
    })
}

/// Task and host-call names read so far: equal names share one `Arc<str>`, as they do in the
/// running runtime (ten thousand NPCs spawned from one function have one name).
#[derive(Default)]
struct Names(Vec<Arc<str>>);

impl Names {
    /// How many distinct names are remembered (a save has few).
    const KEEP: usize = 8;

    fn read(&mut self, de: &mut De<'_>) -> Result<Arc<str>> {
        let Some(text) = de.text() else {
            return crate::wire::shared_name(de);
        };
        if let Some(n) = self.0.iter().find(|n| &***n == text) {
            return Ok(n.clone());
        }
        let n: Arc<str> = Arc::from(text);
        if self.0.len() == Self::KEEP {
            self.0.remove(0);
        }
        self.0.push(n.clone());
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Read with these readers and with serde alone; both must agree.
    fn both<T: std::fmt::Debug + for<'de> Deserialize<'de>>(
        bytes: &[u8],
        fast: impl Fn(&mut De<'_>) -> Result<T>,
    ) -> (Result<String>, Result<String>) {
        let mut de = De::new(bytes);
        let a = fast(&mut de).and_then(|v| de.finish().map(|_| format!("{v:?}")));
        let b = crate::cbor::from_slice::<T>(bytes).map(|v| format!("{v:?}"));
        (a, b)
    }

    fn cbor<T: serde::Serialize>(v: &T) -> Vec<u8> {
        crate::cbor::to_vec(v).unwrap()
    }

    #[test]
    fn values_read_as_serde_reads_them() {
        let vals = [
            Value::Obj(ObjId(0)),
            Value::Obj(ObjId(u32::MAX)),
            Value::Int(0),
            Value::Int(-1),
            Value::Int(i64::MIN),
            Value::Int(i64::MAX),
            Value::Float(1.5),
            Value::Float(f64::NAN),
            Value::Float(1e300),
            Value::None,
            Value::Bool(true),
            Value::Undef,
            Value::NotImplemented,
            Value::Ellipsis,
        ];
        for v in vals {
            let (a, b) = both(&cbor(&v), value);
            assert_eq!(a, b, "{v:?}");
            assert!(a.is_ok());
        }
        // Shapes the writer never produces: the fallback reads them exactly as serde does.
        let odd: [&[u8]; 8] = [
            &[0x1b, 0, 0, 0, 1, 0, 0, 0, 0],          // object id out of range
            &[0x9f, 0x01, 0xff],                      // indefinite-length int
            &[0x82, 0x01, 0x02],                      // int with two elements
            &[0x61, b'x'],                            // unknown marker
            &[0x81, 0x3b, 0x80, 0, 0, 0, 0, 0, 0, 0], // int below i64::MIN
            &[0x81],                                  // truncated
            &[0x7f, 0x61, b'u', 0xff],                // indefinite text "u"
            &[0x20],                                  // negative id
        ];
        for bytes in odd {
            let (a, b) = both(bytes, value);
            assert_eq!(a.is_ok(), b.is_ok(), "{bytes:x?}: {a:?} vs {b:?}");
            if let (Ok(a), Ok(b)) = (&a, &b) {
                assert_eq!(a, b);
            }
        }
    }

    #[test]
    fn conts_waits_and_blocks_read_as_serde_reads_them() {
        for c in [
            Cont::Push,
            Cont::Discard,
            Cont::TaskRoot,
            Cont::Init(Value::Int(3)),
        ] {
            let (a, b) = both(&cbor(&c), cont);
            assert_eq!(a.unwrap(), b.unwrap());
        }
        for w in [
            Wait::Runnable,
            Wait::HostCall(Token(7)),
            Wait::Join(TaskId(9)),
        ] {
            let (a, b) = both(&cbor(&w), wait);
            assert_eq!(a.unwrap(), b.unwrap());
        }
        let blk = Block {
            handler: 12,
            depth: 3,
        };
        let (a, b) = both(&cbor(&blk), block);
        assert_eq!(a.unwrap(), b.unwrap());
    }

    /// The scheduler in key order (its maps' own order depends on capacity).
    fn describe(s: &Sched) -> String {
        format!(
            "{:?} {:?} {:?} {:?} {:?} {} {} {}",
            s.tasks.iter().collect::<Vec<_>>(),
            s.run_queue,
            s.next_tick,
            s.pending.iter().collect::<Vec<_>>(),
            s.joiners,
            s.next_task,
            s.next_token,
            s.tick
        )
    }

    /// Heap and scheduler of a snapshot body, read by these readers or by serde alone.
    fn sections(body: &[u8], fast: bool) -> (String, String) {
        let mut de = De::new(body);
        de.array_head(12).unwrap();
        let heap = if fast {
            heap(&mut de).unwrap()
        } else {
            Heap::deserialize(&mut de).unwrap()
        };
        for _ in 0..10 {
            serde::de::IgnoredAny::deserialize(&mut de).unwrap();
        }
        let sched = if fast {
            sched(&mut de).unwrap()
        } else {
            Sched::deserialize(&mut de).unwrap()
        };
        (format!("{heap:?}"), describe(&sched))
    }

    #[test]
    fn whole_bodies_read_as_serde_reads_them() {
        use crate::host::{HostFns, HostReply};
        use crate::runtime::{Runtime, RuntimeConfig};
        // Tasks parked and preempted in many states: generators, handler blocks, `with`,
        // joins, keyword arguments, an exception being handled, a dunder in flight.
        let src = r#"
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        ask("exit")
        return False
class V:
    def __init__(self, x):
        self.x = ask("init", x)
    def __add__(self, o):
        return V(self.x + ask("add", o.x))
def gen(n):
    for i in range(n):
        yield ask("gen", i, mood="calm")
def worker(k):
    total = 0
    for i in range(200):
        total += i * k
    try:
        raise ValueError(k)
    except ValueError:
        total += ask("handling", k)
    return total
def main():
    t = spawn(worker, 3)
    with Ctx():
        for v in gen(2):
            pass
    e = ...
    try:
        w = V(1) + V(2)
    finally:
        ask("finally", 1.5, None, True, e is ...)
    d = {"k": [1, 2.5, "s"], (1, 2): {3}}
    return join(t) + len(d)
main()
"#;
        let mut rt = Runtime::new(RuntimeConfig::default());
        rt.register("ask");
        rt.spawn_module("m", "m.py", src, HostValue::None).unwrap();
        let mut host = HostFns::new();
        host.add("ask", |_| HostReply::Pending);
        let mut checked = 0;
        for _ in 0..200 {
            rt.tick(37, &mut host);
            let blob = rt.snapshot();
            let (_, body) = crate::snapshot::read_header(&blob).unwrap();
            assert_eq!(sections(body, true), sections(body, false));
            checked += 1;
            for p in rt.pending_calls() {
                rt.complete(p.token, Ok(HostValue::Int(1))).unwrap();
            }
            if rt.tasks().is_empty() {
                break;
            }
        }
        assert!(checked > 10, "only {checked} snapshots compared");
        let finished = rt
            .drain_events()
            .into_iter()
            .filter(|e| matches!(e, crate::runtime::Event::Finished { .. }))
            .count();
        assert_eq!(finished, 2, "both tasks ran to the end");
    }

    #[test]
    fn damaged_items_fail_on_both_paths() {
        // Every truncation of a frame: never a panic, and failing exactly when serde fails.
        let fr = Frame {
            code: CodeId(4),
            ip: 17,
            base: 2,
            ret_sp: 1,
            globals: ObjId(30),
            ns: Value::Undef,
            blocks: vec![Block {
                handler: 9,
                depth: 1,
            }],
            cont: Cont::Init(Value::Obj(ObjId(5))),
            gen: Some(ObjId(8)),
        };
        let bytes = cbor(&fr);
        for end in 0..=bytes.len() {
            let (a, b) = both(&bytes[..end], frame);
            assert_eq!(a.is_ok(), b.is_ok(), "truncated at {end}");
        }
        for i in 0..bytes.len() {
            for flip in [0x01u8, 0x20, 0x80, 0xff] {
                let mut d = bytes.clone();
                d[i] ^= flip;
                let (a, b) = both(&d, frame);
                assert_eq!(a.is_ok(), b.is_ok(), "byte {i} ^ {flip:#x}");
                if let (Ok(a), Ok(b)) = (a, b) {
                    assert_eq!(a, b);
                }
            }
        }
    }
}
