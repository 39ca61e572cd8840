//! Golden snapshot blobs: `tests/golden/f<format>_scene.cbor` were written by the runtime at
//! that snapshot format version and are committed. Every later version must either load them and
//! run them to the same output (`f<format>_scene.out`), or — once `OLDEST_FORMAT_VERSION` has
//! moved past their format on purpose — refuse them with the clear `TooOld` version error.
//!
//! The scene is five tasks saved in one runtime (one blob keeps the repository small: every
//! blob carries the ~260 KB prelude):
//!
//! * `dialog:` an NPC function parked in a dialog host call, with locals and a small dict;
//! * `gen:` a generator parked mid-iteration (the host call is inside the generator body);
//! * `cyclic:` cyclic data with aliasing (a dict containing itself, two keys sharing one list,
//!   two objects linking each other, user `__hash__`/`__eq__` keys), parked in a host call;
//! * `busy:` a CPU-bound loop cut by the tick budget (runnable, mid-loop, no host call);
//! * `fold:` (format 3 on) `sum()` of a generator parked in a host call inside the generator
//!   (its frame in the in-place fold mode, the running total in the caller's result slot).
//!
//! No task prints before the save, so after the restore each task's lines must equal what
//! CPython prints for that script alone (with `ask(x)` returning `x`), and the interleaving is
//! pinned by the `.out` file.
//!
//! Regenerating (only when the snapshot format is bumped on purpose, see
//! `docs/snapshot-format.md`): `CLOACA_WRITE_GOLDEN_BLOBS=1 cargo test --release -p cloaca-tests
//! --test golden_blobs` writes `f<FORMAT_VERSION>_scene.{cbor,out}` for the current format and
//! never touches the files of older formats: keep those, they are what the test checks against.

use cloaca_core::host::{HostFns, HostReply, HostValue};
use cloaca_core::runtime::{Event, Runtime, RuntimeConfig};
use cloaca_core::snapshot::{read_header, SnapshotError, FORMAT_VERSION, OLDEST_FORMAT_VERSION};
use std::path::{Path, PathBuf};

/// (task name, first format whose scene has it, script).
const SCRIPTS: &[(&str, u32, &str)] = &[
    (
        "dialog",
        2,
        r#"
def innkeeper(name):
    mood = "cheerful"
    gold = 12
    inventory = {"key": 1, "ale": 3}
    answer = ask("Take a room, " + name + "?")
    if answer:
        gold -= 5
        inventory["key"] -= 1
    print("dialog:", mood, gold, inventory, answer)
    return gold

print("dialog: returned", innkeeper("Ada"))
"#,
    ),
    (
        "gen",
        2,
        r#"
def waves(n):
    for i in range(n):
        yield ask(i) * 10

total = 0
g = waves(4)
for w in g:
    total += w
    print("gen:", w, total)
print("gen: done", total, list(g))
"#,
    ),
    (
        "cyclic",
        2,
        r#"
class Node:
    def __init__(self, name):
        self.name = name
        self.links = []
    def __hash__(self):
        return len(self.name)
    def __eq__(self, other):
        return isinstance(other, Node) and self.name == other.name

a = Node("a")
b = Node("bb")
a.links.append(b)
b.links.append(a)
shared = [1, 2]
data = {"x": shared, "y": shared, a: "node a", b: "node b"}
data["self"] = data
ask("park")
print("cyclic:", data["x"] is data["y"], data["self"] is data, a.links[0].links[0] is a)
shared.append(3)
print("cyclic:", data["y"], data[Node("a")], data[Node("bb")], len(data))
"#,
    ),
    (
        "busy",
        2,
        r#"
total = 0
for i in range(30000):
    total += i * i % 7
print("busy:", total)
"#,
    ),
    (
        "fold",
        3,
        r#"
def ticks(n):
    for i in range(n):
        yield ask(i + 1) * 3

print("fold:", sum(ticks(4)), sum(x * x for x in range(5)), sum(ticks(0), 0.5))
"#,
    ),
];

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("golden")
}

/// Build the scene and save it: the four parkers park, the busy loop is preempted mid-loop.
fn write_scene() -> Vec<u8> {
    let mut rt = Runtime::new(RuntimeConfig {
        slice: 5_000,
        ..RuntimeConfig::default()
    });
    rt.register("ask");
    for (name, _, src) in SCRIPTS {
        rt.spawn_module(name, &format!("{name}.py"), src, HostValue::None)
            .unwrap();
    }
    let mut host = HostFns::new();
    host.add("ask", |_| HostReply::Pending);
    rt.tick(20_000, &mut host);
    assert_eq!(rt.pending_calls().len(), 4, "four tasks parked");
    assert_eq!(rt.tasks().len(), 5, "the busy task is still running");
    assert_eq!(rt.take_output(), "", "nothing printed before the save");
    rt.snapshot()
}

/// Restore a blob, re-attach its pending calls, answer every `ask(x)` with `x`, run to the end.
fn resume(blob: &[u8]) -> Result<String, SnapshotError> {
    let mut rt = Runtime::restore(blob, RuntimeConfig::default())?;
    Ok(run_to_end(&mut rt))
}

/// Tick a restored runtime to the end, re-attaching and answering every `ask(x)` with `x`.
fn run_to_end(rt: &mut Runtime) -> String {
    let mut host = HostFns::new();
    host.add("ask", |_| HostReply::Pending);
    host.on_reissue(|_| HostReply::Pending);
    let mut out = String::new();
    for _ in 0..1000 {
        rt.tick(1_000_000, &mut host);
        out.push_str(&rt.take_output());
        for e in rt.drain_events() {
            if let Event::Failed { error, .. } = e {
                panic!("a golden task failed:\n{}", error.traceback);
            }
        }
        if rt.is_idle() {
            return out;
        }
        for p in rt.pending_calls() {
            rt.complete(p.token, Ok(p.args[0].clone())).unwrap();
        }
    }
    panic!("the golden scene did not finish");
}

fn cpython(src: &str) -> String {
    let prog = format!("def ask(x):\n    return x\n{src}");
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(&prog)
        .output()
        .expect("python3 runs");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// Each task's lines, in order, must be what CPython prints for its script (the tasks of a
/// blob of format `format`).
fn check_against_cpython(out: &str, format: u32) {
    for (name, _, src) in SCRIPTS.iter().filter(|(_, since, _)| *since <= format) {
        let tag = format!("{name}:");
        let ours: Vec<&str> = out.lines().filter(|l| l.starts_with(&tag)).collect();
        let py = cpython(src);
        let theirs: Vec<&str> = py.lines().collect();
        assert_eq!(ours, theirs, "task {name} after the restore");
    }
}

fn blobs() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "cbor"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn golden_blobs_load_or_fail_with_the_version_error() {
    if std::env::var("CLOACA_WRITE_GOLDEN_BLOBS").is_ok_and(|v| v == "1") {
        let blob = write_scene();
        let out = resume(&blob).unwrap();
        check_against_cpython(&out, FORMAT_VERSION);
        let stem = golden_dir().join(format!("f{FORMAT_VERSION}_scene"));
        std::fs::create_dir_all(golden_dir()).unwrap();
        std::fs::write(stem.with_extension("cbor"), &blob).unwrap();
        std::fs::write(stem.with_extension("out"), &out).unwrap();
        println!("wrote {} ({} bytes)", stem.display(), blob.len());
    }
    let blobs = blobs();
    assert!(
        blobs
            .iter()
            .any(|p| p.file_name().unwrap().to_string_lossy()
                == format!("f{FORMAT_VERSION}_scene.cbor")),
        "no golden blob for the current format {FORMAT_VERSION}: a format bump must add one \
         (see the module docs)"
    );
    for path in blobs {
        let blob = std::fs::read(&path).unwrap();
        let header = match read_header(&blob) {
            // A format older than OLDEST_FORMAT_VERSION (dropped on purpose): the envelope
            // still reads, and loading must refuse it with the clear version error.
            Err(SnapshotError::TooOld { found, oldest }) => {
                let err = resume(&blob).expect_err("an unsupported old format is refused");
                assert_eq!(err, SnapshotError::TooOld { found, oldest });
                assert_eq!(oldest, OLDEST_FORMAT_VERSION);
                assert!(err
                    .to_string()
                    .contains("older than the oldest this runtime reads"));
                println!("{}: refused as expected: {err}", path.display());
                continue;
            }
            Err(e) => panic!("{}: {e}", path.display()),
            Ok((header, _)) => header,
        };
        let result = resume(&blob);
        let out = result.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let expected = std::fs::read_to_string(path.with_extension("out")).unwrap();
        assert_eq!(out, expected, "{}", path.display());
        check_against_cpython(&out, header.format);
        println!(
            "{}: format {}, written by cloaca {}, {} bytes: resumed and matched",
            path.display(),
            header.format,
            header.runtime_version,
            blob.len()
        );
    }
}

/// The refusal the test expects for blobs of a dropped format, simulated on the current blob.
#[test]
fn a_dropped_format_gives_the_version_error() {
    use cloaca_core::snapshot::{seal, Header};
    let blob = write_scene();
    let (header, body) = read_header(&blob).unwrap();
    let old = Header {
        format: OLDEST_FORMAT_VERSION - 1,
        ..header
    };
    let err = resume(&seal(&old, body)).err().unwrap();
    assert_eq!(
        err.to_string(),
        format!(
            "snapshot format {} is older than the oldest this runtime reads ({})",
            OLDEST_FORMAT_VERSION - 1,
            OLDEST_FORMAT_VERSION
        )
    );
}

/// The scene still saves the same way (the writer is exercised even when no blob is written).
#[test]
fn the_scene_round_trips_in_this_version() {
    let blob = write_scene();
    check_against_cpython(&resume(&blob).unwrap(), FORMAT_VERSION);
}

/// A runtime restored from a format-2 save (whose saved prelude predates the fold helpers)
/// still finishes `sum`/`any`/`all` over generators whose values need Python code.
#[test]
fn an_older_save_gets_the_newer_prelude_helpers() {
    let blob = std::fs::read(golden_dir().join("f2_scene.cbor")).unwrap();
    let mut rt = Runtime::restore(&blob, RuntimeConfig::default()).unwrap();
    let src = r#"
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
    def __radd__(self, other):
        return other + 10
print("late:", sum(x for x in [1, Flag(True), 2]), any(Flag(f) for f in [False, True]),
      all(Flag(f) for f in [True, False]), list(x for x in "ab"))
"#;
    rt.spawn_module("late", "late.py", src, HostValue::None)
        .unwrap();
    let out = run_to_end(&mut rt);
    let late: Vec<&str> = out.lines().filter(|l| l.starts_with("late:")).collect();
    assert_eq!(late, cpython(src).lines().collect::<Vec<_>>());
}
