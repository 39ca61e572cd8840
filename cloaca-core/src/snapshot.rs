//! Whole-runtime snapshots: [`Runtime::snapshot`] and [`Runtime::restore`], the blob's header,
//! and the checks that make loading safe on untrusted input. The format and its versioning rules
//! are documented in `docs/snapshot-format.md`.
//!
//! Layout (the *envelope*, fixed for all format versions): 8 magic bytes `\x89CLOACA\n`, a CBOR
//! [`Header`] (format version, runtime version, per-module code hashes, body length), the CBOR
//! body (the heap, the loaded code, modules, builtins, `random` state and the scheduler), and an
//! 8-byte little-endian FNV-1a-64 checksum of everything before it. Loading checks the magic, the
//! checksum, the version and the length, decodes with bounded allocation, then validates every
//! reference (object ids live and of the right kind, code ids, instruction pointers, stack
//! bounds) and verifies every code object's bytecode before the runtime is handed out.

use crate::dict::Dict;
use crate::object::{CodeId, Obj};
use crate::runtime::{Runtime, RuntimeConfig};
use crate::sched::Sched;
use crate::value::{ObjId, Value};
use crate::vm::{Heap, LoadedCode, Types, Vm, VmConfig};
use serde_tuple::{Deserialize_tuple, Serialize_tuple};
use std::sync::Arc;

/// The first bytes of every snapshot.
///
/// ```
/// use cloaca_core::runtime::{Runtime, RuntimeConfig};
/// let blob = Runtime::new(RuntimeConfig::default()).snapshot();
/// assert!(blob.starts_with(cloaca_core::snapshot::MAGIC));
/// ```
pub const MAGIC: &[u8; 8] = b"\x89CLOACA\n";
/// The snapshot format this runtime writes (and the newest it reads).
///
/// ```
/// use cloaca_core::runtime::{Runtime, RuntimeConfig};
/// use cloaca_core::snapshot::{read_header, FORMAT_VERSION};
/// let blob = Runtime::new(RuntimeConfig::default()).snapshot();
/// assert_eq!(read_header(&blob).unwrap().0.format, FORMAT_VERSION);
/// ```
pub const FORMAT_VERSION: u32 = 3;
/// The oldest format this runtime still reads.
///
/// ```
/// use cloaca_core::snapshot::{FORMAT_VERSION, OLDEST_FORMAT_VERSION};
/// assert!(OLDEST_FORMAT_VERSION <= FORMAT_VERSION);
/// ```
pub const OLDEST_FORMAT_VERSION: u32 = 2;
/// Blobs larger than this are refused without being read.
///
/// ```
/// assert_eq!(cloaca_core::snapshot::MAX_SNAPSHOT_BYTES, 1 << 30);
/// ```
pub const MAX_SNAPSHOT_BYTES: usize = 1 << 30;

/// The readable front of a snapshot: enough to decide whether to load it.
///
/// ```
/// use cloaca_core::host::HostValue;
/// use cloaca_core::runtime::{Runtime, RuntimeConfig};
/// use cloaca_core::snapshot::{read_header, source_hash};
/// let src = "x = 1\n";
/// let mut rt = Runtime::new(RuntimeConfig::default());
/// rt.spawn_module("quest", "quest.py", src, HostValue::None).unwrap();
/// let blob = rt.snapshot();
/// let (header, _body) = read_header(&blob).unwrap();
/// assert_eq!(header.runtime_version, env!("CARGO_PKG_VERSION"));
/// // Did the script change since the save? Resume, restart or kill: the host decides.
/// let saved = header.modules.iter().find(|(file, _)| file == "quest.py").unwrap().1;
/// assert_eq!(saved, source_hash(src.as_bytes()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize_tuple, Deserialize_tuple)]
pub struct Header {
    /// The body's format version ([`FORMAT_VERSION`] when written by this runtime).
    pub format: u32,
    /// `CARGO_PKG_VERSION` of the runtime that wrote it.
    pub runtime_version: String,
    /// Every loaded module source: (file name, FNV-1a-64 hash of its text). A host that changed
    /// a script can compare with [`source_hash`] and decide to resume, restart or kill.
    pub modules: Vec<(String, u64)>,
    /// Length of the CBOR body that follows the header.
    pub body_len: u64,
}

/// Why a blob could not be restored.
///
/// ```
/// use cloaca_core::runtime::{Runtime, RuntimeConfig};
/// use cloaca_core::snapshot::SnapshotError;
/// let mut blob = Runtime::new(RuntimeConfig::default()).snapshot();
/// let mid = blob.len() / 2;
/// blob[mid] ^= 1;
/// match Runtime::restore(&blob, RuntimeConfig::default()) {
///     Err(SnapshotError::Corrupted) => {} // "snapshot is corrupted (checksum mismatch)"
///     other => panic!("{:?}", other.err()),
/// }
/// let err = Runtime::restore(b"not a save", RuntimeConfig::default()).err().unwrap();
/// assert_eq!(err, SnapshotError::NotASnapshot);
/// assert_eq!(err.to_string(), "not a Cloaca snapshot (bad magic bytes)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SnapshotError {
    /// Not a Cloaca snapshot (wrong magic bytes).
    NotASnapshot,
    /// Written by a newer runtime with a format this one does not know.
    TooNew { found: u32, supported: u32 },
    /// Written in a format this runtime no longer reads.
    TooOld { found: u32, oldest: u32 },
    /// Shorter than its header says.
    Truncated { expected: u64, found: u64 },
    /// Longer than its header says, or larger than [`MAX_SNAPSHOT_BYTES`].
    TrailingBytes,
    /// The blob does not match its checksum (corrupted in storage or transit).
    Corrupted,
    /// The header or body does not decode.
    Malformed(String),
    /// The body decodes but describes an impossible state.
    Invalid(String),
}

impl std::fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SnapshotError::NotASnapshot => write!(f, "not a Cloaca snapshot (bad magic bytes)"),
            SnapshotError::TooNew { found, supported } => write!(
                f,
                "snapshot format {found} is newer than this runtime's {supported}"
            ),
            SnapshotError::TooOld { found, oldest } => write!(
                f,
                "snapshot format {found} is older than the oldest this runtime reads ({oldest})"
            ),
            SnapshotError::Truncated { expected, found } => write!(
                f,
                "snapshot is truncated: body has {found} of {expected} bytes"
            ),
            SnapshotError::TrailingBytes => write!(f, "snapshot has unexpected trailing bytes"),
            SnapshotError::Corrupted => write!(f, "snapshot is corrupted (checksum mismatch)"),
            SnapshotError::Malformed(m) => write!(f, "snapshot is malformed: {m}"),
            SnapshotError::Invalid(m) => write!(f, "snapshot is inconsistent: {m}"),
        }
    }
}

impl std::error::Error for SnapshotError {}

/// FNV-1a, 64-bit: a module source's hash in the header, and the blob checksum (any single
/// changed byte changes it).
///
/// ```
/// use cloaca_core::snapshot::source_hash;
/// assert_eq!(source_hash(b""), 0xcbf2_9ce4_8422_2325);
/// assert_ne!(source_hash(b"print(1)\n"), source_hash(b"print(2)\n"));
/// ```
pub fn source_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// What the body holds, borrowed for writing.
#[derive(Serialize_tuple)]
struct BodyRef<'a> {
    heap: &'a Heap,
    codes: &'a [Arc<LoadedCode>],
    sources: &'a [(String, String)],
    types: &'a Types,
    syms: &'a [Value],
    prelude: ObjId,
    builtins: ObjId,
    modules: &'a [(String, ObjId)],
    interned: Vec<ObjId>,
    random_state: [u64; 4],
    /// `sys.setrecursionlimit` is script state: the saved limit wins over the host's config.
    recursion_limit: u32,
    sched: &'a Sched,
}

/// What the body holds, owned for reading (decoded field by field by [`decode_body`], in
/// `BodyRef`'s order).
struct Body {
    heap: Heap,
    codes: Vec<Arc<LoadedCode>>,
    sources: Vec<(String, String)>,
    types: Types,
    syms: Vec<Value>,
    prelude: ObjId,
    builtins: ObjId,
    modules: Vec<(String, ObjId)>,
    interned: Vec<ObjId>,
    random_state: [u64; 4],
    recursion_limit: u32,
    sched: Sched,
    /// The code objects came from the [`CODE_CACHE`]: byte-identical to ones that already
    /// passed the bytecode verifier (the heap-dependent checks still run).
    codes_verified: bool,
    /// The bytes the code objects were decoded from, for the cache (None on a cache hit).
    codes_bytes: Option<Vec<u8>>,
}

/// The code objects of the most recently restored blob, with their encoded bytes.
///
/// A game restores saves of the same scripts again and again, and the prelude alone is ~700
/// code objects: decoding and verifying them was most of an empty runtime's restore time. When
/// the next blob's code section is byte-for-byte the cached one (a CBOR item is self-delimiting,
/// so an equal prefix is the same item), its already-verified code objects are shared (`Arc`;
/// code objects are immutable). Nothing is trusted that was not checked: the bytes are
/// compared, not a hash, and the checks of each code object against the new heap still run.
static CODE_CACHE: std::sync::Mutex<Option<Arc<CachedCodes>>> = std::sync::Mutex::new(None);

struct CachedCodes {
    bytes: Vec<u8>,
    codes: Vec<Arc<LoadedCode>>,
}

fn cached_codes() -> Option<Arc<CachedCodes>> {
    CODE_CACHE.lock().ok().and_then(|c| c.clone())
}

/// Decode the body array (see `BodyRef` for the field order).
fn decode_body(bytes: &[u8]) -> Result<Body, crate::cbor::Error> {
    use serde::Deserialize;
    let mut de = crate::cbor::De::new(bytes);
    let indefinite = de.array_head(12)?;
    let heap = crate::wire_read::heap(&mut de)?;
    let start = de.pos();
    let (codes, codes_verified, codes_bytes) = match cached_codes() {
        Some(c) if de.starts_with(&c.bytes) => {
            de.advance(c.bytes.len())?;
            (c.codes.clone(), true, None)
        }
        _ => {
            let codes = Vec::<Arc<LoadedCode>>::deserialize(&mut de)?;
            let raw = de.span(start, de.pos()).to_vec();
            (codes, false, Some(raw))
        }
    };
    let body = Body {
        heap,
        codes,
        sources: Deserialize::deserialize(&mut de)?,
        types: Deserialize::deserialize(&mut de)?,
        syms: Deserialize::deserialize(&mut de)?,
        prelude: Deserialize::deserialize(&mut de)?,
        builtins: Deserialize::deserialize(&mut de)?,
        modules: Deserialize::deserialize(&mut de)?,
        interned: Deserialize::deserialize(&mut de)?,
        random_state: Deserialize::deserialize(&mut de)?,
        recursion_limit: Deserialize::deserialize(&mut de)?,
        sched: crate::wire_read::sched(&mut de)?,
        codes_verified,
        codes_bytes,
    };
    de.end_array(indefinite)?;
    de.finish()?;
    Ok(body)
}

/// Assemble a blob: magic, header, body, checksum.
///
/// Mostly for tools and tests (re-sealing a body under another header):
///
/// ```
/// use cloaca_core::runtime::{Runtime, RuntimeConfig};
/// use cloaca_core::snapshot::{read_header, seal, Header, SnapshotError};
/// let blob = Runtime::new(RuntimeConfig::default()).snapshot();
/// let (header, body) = read_header(&blob).unwrap();
/// assert_eq!(seal(&header, body), blob);
/// let future = Header { format: header.format + 1, ..header.clone() };
/// let err = Runtime::restore(&seal(&future, body), RuntimeConfig::default()).err().unwrap();
/// assert!(matches!(err, SnapshotError::TooNew { .. }));
/// ```
pub fn seal(header: &Header, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 256);
    out.extend_from_slice(MAGIC);
    ciborium::into_writer(header, &mut out).expect("writing to a Vec cannot fail");
    out.extend_from_slice(body);
    let sum = source_hash(&out);
    out.extend_from_slice(&sum.to_le_bytes());
    out
}

/// Read just the header (for `cloaca inspect`, or to compare module hashes before loading).
///
/// See [`Header`].
///
/// ```
/// use cloaca_core::runtime::{Runtime, RuntimeConfig};
/// use cloaca_core::snapshot::read_header;
/// let blob = Runtime::new(RuntimeConfig::default()).snapshot();
/// let (header, body) = read_header(&blob).unwrap();
/// assert_eq!(header.body_len, body.len() as u64);
/// assert!(read_header(&blob[..blob.len() - 1]).is_err());
/// ```
pub fn read_header(bytes: &[u8]) -> Result<(Header, &[u8]), SnapshotError> {
    if bytes.len() > MAX_SNAPSHOT_BYTES {
        return Err(SnapshotError::TrailingBytes);
    }
    let rest = bytes
        .strip_prefix(&MAGIC[..])
        .ok_or(SnapshotError::NotASnapshot)?;
    if rest.len() < 8 {
        return Err(SnapshotError::Truncated {
            expected: 8,
            found: rest.len() as u64,
        });
    }
    let (covered, trailer) = bytes.split_at(bytes.len() - 8);
    let stored = u64::from_le_bytes(trailer.try_into().expect("8 bytes"));
    if source_hash(covered) != stored {
        return Err(SnapshotError::Corrupted);
    }
    let rest = &covered[MAGIC.len()..];
    let mut cursor = std::io::Cursor::new(rest);
    let header: Header = ciborium::from_reader(&mut cursor)
        .map_err(|e| SnapshotError::Malformed(format!("header: {e}")))?;
    if header.format > FORMAT_VERSION {
        return Err(SnapshotError::TooNew {
            found: header.format,
            supported: FORMAT_VERSION,
        });
    }
    if header.format < OLDEST_FORMAT_VERSION {
        return Err(SnapshotError::TooOld {
            found: header.format,
            oldest: OLDEST_FORMAT_VERSION,
        });
    }
    let body = &rest[cursor.position() as usize..];
    if (body.len() as u64) < header.body_len {
        return Err(SnapshotError::Truncated {
            expected: header.body_len,
            found: body.len() as u64,
        });
    }
    if body.len() as u64 > header.body_len {
        return Err(SnapshotError::TrailingBytes);
    }
    Ok((header, body))
}

impl Runtime {
    /// Save the whole runtime. Completions already queued are applied first (their tasks become
    /// runnable), then garbage is collected, so the blob holds live objects only.
    ///
    /// ```
    /// use cloaca_core::host::{HostFns, HostReply, HostValue};
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// let mut rt = Runtime::new(RuntimeConfig::default());
    /// rt.register("ask");
    /// let src = "seen = {'cave'}\nanswer = ask('Enter?')\nprint(answer, seen)\n";
    /// rt.spawn_module("quest", "quest.py", src, HostValue::None).unwrap();
    /// let mut host = HostFns::new();
    /// host.add("ask", |_| HostReply::Pending);
    /// rt.tick(10_000, &mut host);
    /// let blob: Vec<u8> = rt.snapshot(); // write it to the save file
    /// # let _ = std::fs::write(std::env::temp_dir().join("cloaca-doc-save.cbor"), &blob);
    /// assert!(!blob.is_empty());
    /// ```
    pub fn snapshot(&mut self) -> Vec<u8> {
        self.apply_completions_now();
        self.collect_garbage();
        mark_user_hashed_tables(&mut self.vm);
        let body = self.body_ref();
        let mut body_bytes = Vec::with_capacity(64 * 1024);
        crate::cbor::to_writer(&body, &mut body_bytes).expect("every body value is encodable");
        let header = Header {
            format: FORMAT_VERSION,
            runtime_version: env!("CARGO_PKG_VERSION").to_string(),
            modules: self
                .vm
                .sources
                .iter()
                .map(|(f, s)| (f.clone(), source_hash(s.as_bytes())))
                .collect(),
            body_len: body_bytes.len() as u64,
        };
        seal(&header, &body_bytes)
    }

    /// What the body holds, borrowed for writing (the interned strings in id order).
    fn body_ref(&self) -> BodyRef<'_> {
        let vm = &self.vm;
        let mut interned: Vec<ObjId> = vm.interned.values().copied().collect();
        interned.sort_unstable();
        BodyRef {
            heap: &vm.heap,
            codes: &vm.codes,
            sources: &vm.sources,
            types: &vm.types,
            syms: &vm.syms,
            prelude: vm.prelude,
            builtins: vm.builtins,
            modules: &vm.modules,
            interned,
            random_state: vm.random_state,
            recursion_limit: vm.config.recursion_limit.min(u32::MAX as usize) as u32,
            sched: &self.sched,
        }
    }

    /// Rebuild a runtime from a snapshot. Host functions stay registered (they are part of the
    /// saved builtins); the host must set its output sink and module loader again, and the first
    /// `tick` asks it to [`reissue`](crate::host::Host::reissue) every pending call.
    ///
    /// ```
    /// use cloaca_core::host::{HostFns, HostReply, HostValue};
    /// use cloaca_core::runtime::{Runtime, RuntimeConfig};
    /// # let mut rt = Runtime::new(RuntimeConfig::default());
    /// # rt.register("ask");
    /// # rt.spawn_module("quest", "quest.py", "answer = ask('Enter?')\nprint(answer)\n", HostValue::None).unwrap();
    /// # let mut h = HostFns::new();
    /// # h.add("ask", |_| HostReply::Pending);
    /// # rt.tick(10_000, &mut h);
    /// # let blob = rt.snapshot();
    /// // In a new process: load the save and re-attach the question that was on screen.
    /// let mut rt = Runtime::restore(&blob, RuntimeConfig::default()).expect("a valid save");
    /// let mut host = HostFns::new();
    /// host.add("ask", |_| HostReply::Pending);
    /// host.on_reissue(|_| HostReply::Pending);
    /// rt.tick(10_000, &mut host); // asks the host to reissue the pending call
    /// let token = rt.pending_calls()[0].token;
    /// rt.complete(token, Ok("yes".into())).unwrap();
    /// rt.tick(10_000, &mut host);
    /// assert_eq!(rt.take_output(), "yes\n");
    /// ```
    pub fn restore(bytes: &[u8], config: RuntimeConfig) -> Result<Runtime, SnapshotError> {
        let (_, body) = read_header(bytes)?;
        let body = decode_body(body).map_err(|e| SnapshotError::Malformed(format!("body: {e}")))?;
        // Validation is written not to panic; the guard turns a missed case into an error.
        std::panic::catch_unwind(move || Runtime::from_body(body, config)).unwrap_or_else(|_| {
            Err(SnapshotError::Invalid(
                "an internal check failed while loading".into(),
            ))
        })
    }

    fn from_body(body: Body, config: RuntimeConfig) -> Result<Runtime, SnapshotError> {
        let codes_bytes = body.codes_bytes;
        let mut vm = Vm::from_parts(crate::vm::VmParts {
            heap: body.heap,
            codes: body.codes,
            sources: body.sources,
            types: body.types,
            syms: body.syms,
            prelude: body.prelude,
            builtins: body.builtins,
            modules: body.modules,
            random_state: body.random_state,
            config: VmConfig {
                // Clamped as `sys.setrecursionlimit` clamps it (the blob is untrusted).
                recursion_limit: (body.recursion_limit as usize).clamp(1, 200_000),
                ..config.vm.clone()
            },
        });
        vm.heap.after_load();
        validate(&vm, &body.sched, &body.interned, body.codes_verified)
            .map_err(SnapshotError::Invalid)?;
        if let Some(bytes) = codes_bytes {
            // Verified now: later restores of blobs with the same code skip decoding it.
            let entry = Arc::new(CachedCodes {
                bytes,
                codes: vm.codes.clone(),
            });
            if let Ok(mut c) = CODE_CACHE.lock() {
                *c = Some(entry);
            }
        }
        for id in body.interned {
            if let Obj::Str(s) = vm.heap.get(id) {
                let text: Box<str> = s.as_str().into();
                vm.interned.insert(text, id);
            }
        }
        rehash_tables(&mut vm).map_err(SnapshotError::Invalid)?;
        crate::builtins::add_missing_prelude_helpers(&mut vm);
        let mut rt = Runtime::with_vm(vm, body.sched, config);
        rt.needs_reissue = rt.sched.pending.sorted_keys();
        Ok(rt)
    }
}

/// Keys whose hash the loader can recompute from the key alone.
fn plain_key(heap: &Heap, v: Value, depth: u32) -> bool {
    match v {
        Value::Obj(id) => match heap.get(id) {
            Obj::Str(_) | Obj::BigInt(_) | Obj::Bytes(_) => true,
            Obj::Tuple(items) => depth < 32 && items.iter().all(|x| plain_key(heap, *x, depth + 1)),
            _ => false,
        },
        _ => true,
    }
}

/// The hash table an object owns, if any: dicts, sets, instance and class attributes, and
/// function attributes (`f.attr = …`).
fn table_of(o: &Obj) -> Option<&Dict> {
    match o {
        Obj::Dict(d) | Obj::Set { table: d, .. } => Some(d),
        Obj::Instance(inst) => Some(&inst.attrs),
        Obj::Class(c) => Some(&c.dict),
        Obj::Function(f) => f.attrs.as_ref(),
        _ => None,
    }
}

fn table_of_mut(o: &mut Obj) -> Option<&mut Dict> {
    match o {
        Obj::Dict(d) | Obj::Set { table: d, .. } => Some(d),
        Obj::Instance(inst) => Some(&mut inst.attrs),
        Obj::Class(c) => Some(&mut c.dict),
        Obj::Function(f) => f.attrs.as_mut(),
        _ => None,
    }
}

/// Tables with keys whose hash came from elsewhere (user `__hash__`, identity, frozensets)
/// store their hashes in the snapshot.
fn mark_user_hashed_tables(vm: &mut Vm) {
    let n = vm.heap.len_slots();
    for i in 0..n {
        let keep = match vm.heap.raw_slots()[i].as_ref().and_then(table_of) {
            Some(d) => !d.iter().all(|e| plain_key(&vm.heap, e.key, 0)),
            None => continue,
        };
        if let Some(d) = vm.heap.raw_slots_mut()[i].as_mut().and_then(table_of_mut) {
            d.keep_hashes = keep;
        }
    }
}

/// Recompute the hashes the snapshot left out and rebuild every table's index.
fn rehash_tables(vm: &mut Vm) -> Result<(), String> {
    let n = vm.heap.len_slots();
    for i in 0..n {
        let mut table = match vm.heap.raw_slots_mut()[i].as_mut().and_then(table_of_mut) {
            Some(d) => std::mem::take(d),
            None => continue,
        };
        if table.keep_hashes {
            table.reindex();
        } else {
            let heap = &vm.heap;
            let r = table.rehash(&mut |k| {
                if !plain_key(heap, k, 0) {
                    return None;
                }
                match vm.hash_native(k) {
                    Some(Ok(h)) => Some(h),
                    _ => None,
                }
            });
            if r.is_err() {
                return Err(format!("object {i}: a table key cannot be hashed"));
            }
        }
        if let Some(d) = vm.heap.raw_slots_mut()[i].as_mut().and_then(table_of_mut) {
            *d = table;
        }
    }
    Ok(())
}

/// Check every reference in a decoded body before the VM may touch it.
/// `codes_verified`: the code objects already passed the bytecode verifier (see [`CODE_CACHE`]).
fn validate(
    vm: &Vm,
    sched: &Sched,
    interned: &[ObjId],
    codes_verified: bool,
) -> Result<(), String> {
    let heap = &vm.heap;
    let slots = heap.raw_slots();
    let live = |id: ObjId| matches!(slots.get(id.index()), Some(Some(_)));
    let kind = |id: ObjId| slots.get(id.index()).and_then(|s| s.as_ref());
    let check_value = |v: Value, what: &str| -> Result<(), String> {
        match v {
            Value::Obj(id) if !live(id) => Err(format!("{what} refers to missing object {}", id.0)),
            _ => Ok(()),
        }
    };
    let is_dict = |id: ObjId| matches!(kind(id), Some(Obj::Dict(_)));
    let is_class = |id: ObjId| matches!(kind(id), Some(Obj::Class(_)));
    let is_str = |v: Value| matches!(v, Value::Obj(id) if matches!(kind(id), Some(Obj::Str(_))));
    let ncodes = vm.codes.len();
    let code_ok = |c: CodeId| (c.0 as usize) < ncodes;

    // Code: bytecode verified; materialized constants consistent with the code's constants.
    for (i, lc) in vm.codes.iter().enumerate() {
        if !codes_verified {
            crate::verify::verify_code(&lc.code, ncodes)
                .map_err(|e| format!("code object {i} fails verification: {e}"))?;
        }
        if lc.consts.len() != lc.code.consts.len() || lc.names.len() != lc.code.names.len() {
            return Err(format!("code object {i}: constant tables do not match"));
        }
        for (c, v) in lc.code.consts.iter().zip(&lc.consts) {
            if let crate::bytecode::Const::Code(_) = c {
                match v {
                    Value::Int(k) if *k >= 0 && (*k as usize) < ncodes => {}
                    _ => return Err(format!("code object {i}: bad nested code reference")),
                }
            } else {
                check_value(*v, "a constant")?;
            }
        }
        if !lc.names.iter().all(|v| is_str(*v)) {
            return Err(format!("code object {i}: names must be strings"));
        }
        if lc.source as usize >= vm.sources.len() {
            return Err(format!("code object {i}: bad source index"));
        }
    }
    // Roots.
    let types = &vm.types;
    for (_, id) in &types.by_kind {
        if !is_class(*id) {
            return Err("a builtin type is not a class".into());
        }
    }
    let named_types = [
        types.object,
        types.type_,
        types.none,
        types.notimpl,
        types.ellipsis,
        types.bool_,
        types.int,
        types.float,
        types.str_,
        types.bytes,
        types.list,
        types.tuple,
        types.dict,
        types.set,
        types.frozenset,
        types.function,
        types.builtin_function,
        types.method,
        types.range,
        types.slice,
        types.generator,
        types.module,
        types.cell,
        types.property,
        types.staticmethod,
        types.classmethod,
        types.super_,
        types.iterator,
        types.dict_keys,
        types.dict_values,
        types.dict_items,
        types.task,
        types.host_handle,
    ];
    if !named_types.iter().all(|id| is_class(*id))
        || types.exceptions.len() != crate::vm::exc::ExcType::ALL.len()
        || !types.exceptions.iter().all(|id| is_class(*id))
        || !types.iter_types.iter().all(|id| is_class(*id))
    {
        return Err("builtin types are missing".into());
    }
    if vm.syms.len() != crate::vm::Sym::ALL.len() || !vm.syms.iter().all(|v| is_str(*v)) {
        return Err("the identifier table is damaged".into());
    }
    if !is_dict(vm.builtins) || !is_dict(vm.prelude) {
        return Err("builtins are missing".into());
    }
    for (name, m) in &vm.modules {
        if !matches!(kind(*m), Some(Obj::Module(md)) if is_dict(md.dict)) {
            return Err(format!("module {name} is damaged"));
        }
    }
    if !interned.iter().all(|id| is_str(Value::Obj(*id))) {
        return Err("the interned-string table is damaged".into());
    }
    // Objects.
    for (i, slot) in slots.iter().enumerate() {
        let Some(obj) = slot else { continue };
        let mut bad = None;
        obj.trace(&mut |v| {
            if let Value::Obj(id) = v {
                if bad.is_none() && !live(id) {
                    bad = Some(id);
                }
            }
        });
        if let Some(id) = bad {
            return Err(format!("object {i} refers to missing object {}", id.0));
        }
        let ok = match obj {
            Obj::Function(f) => {
                code_ok(f.code)
                    && is_dict(f.globals)
                    && f.closure.len() == vm.codes[f.code.0 as usize].code.freevars.len()
            }
            Obj::Class(c) => {
                c.bases.iter().chain(&c.mro).all(|b| is_class(*b)) && !c.mro.is_empty()
            }
            Obj::Instance(inst) => is_class(inst.class),
            Obj::Module(m) => is_dict(m.dict),
            Obj::Super { class, .. } => is_class(*class),
            Obj::DictView { dict, .. } => is_dict(*dict),
            Obj::Generator(g) => {
                use crate::object::GenState;
                match (g.state, &g.frame) {
                    // A suspended frame's slots live in `saved`; its base is reset on resume.
                    (GenState::Created | GenState::Suspended, Some(fr)) => {
                        let mut fr = fr.clone();
                        fr.base = 0;
                        fr.ret_sp = 0;
                        check_frame(vm, &fr, g.saved.len(), false).is_ok()
                    }
                    (GenState::Created | GenState::Suspended, None) => false,
                    _ => true,
                }
            }
            Obj::Iter(it) => check_iter(vm, it),
            _ => true,
        };
        if !ok {
            return Err(format!("object {i} ({}) is inconsistent", obj_kind(obj)));
        }
    }
    // Scheduler.
    // (Every value the scheduler holds is checked by the trace at the end.)
    for (id, e) in sched.tasks.iter_unordered() {
        let t = &e.task;
        if !matches!(kind(e.handle), Some(Obj::TaskHandle(_))) {
            return Err(format!("task {id} has no handle"));
        }
        let mut floor = 0usize;
        for fr in &t.frames {
            check_frame(vm, fr, t.stack.len(), true).map_err(|m| format!("task {id}: {m}"))?;
            // A frame returns to its caller's stack above the caller's local slots.
            if (fr.ret_sp as usize) < floor {
                return Err(format!("task {id}: frames overlap"));
            }
            floor = fr.base as usize + vm.codes[fr.code.0 as usize].code.nslots();
        }
        if id.0 > sched.next_task {
            return Err(format!("task {id} is newer than the task counter"));
        }
        if let crate::sched::Wait::HostCall(tok) = e.wait {
            if !sched.pending.contains_key(&tok) {
                return Err(format!("task {id} waits on unknown token {tok}"));
            }
        }
        if let Some(p) = &e.parked {
            if let crate::vm::exec::Park::Join { handle } = p.park {
                if !matches!(kind(handle), Some(Obj::TaskHandle(_))) {
                    return Err(format!("task {id} joins something that is not a task"));
                }
            }
        }
    }
    for (target, waiting) in &sched.joiners {
        if !sched.tasks.contains_key(target)
            || !waiting.iter().all(|w| {
                matches!(sched.tasks.get(w), Some(e) if e.wait == crate::sched::Wait::Join(*target))
            })
        {
            return Err(format!("the joiners of task {target} are inconsistent"));
        }
    }
    for (tok, p) in sched.pending.iter_unordered() {
        if tok.0 > sched.next_token {
            return Err(format!("token {tok} is newer than the token counter"));
        }
        if !sched.tasks.contains_key(&p.task) {
            return Err(format!("token {tok} belongs to no task"));
        }
    }
    // Each runnable task is queued exactly once, and only runnable tasks are (the runtime relies
    // on it instead of keeping a set of queued tasks).
    let mut queued = rustc_hash::FxHashSet::default();
    for q in sched.run_queue.iter().chain(&sched.next_tick) {
        match sched.tasks.get(q) {
            None => return Err(format!("the run queue names unknown task {q}")),
            Some(e) if e.wait != crate::sched::Wait::Runnable => {
                return Err(format!("the run queue names task {q}, which is waiting"))
            }
            Some(_) if !queued.insert(*q) => {
                return Err(format!("the run queue names task {q} twice"))
            }
            Some(_) => {}
        }
    }
    let runnable = sched
        .tasks
        .values()
        .filter(|e| e.wait == crate::sched::Wait::Runnable)
        .count();
    if runnable != queued.len() {
        let missing = sched
            .tasks
            .iter_unordered()
            .find(|(id, e)| e.wait == crate::sched::Wait::Runnable && !queued.contains(*id))
            .map(|(id, _)| *id);
        return Err(match missing {
            Some(id) => format!("runnable task {id} is missing from the run queue"),
            None => "a runnable task is missing from the run queue".into(),
        });
    }
    let mut bad = None;
    sched.trace(&mut |v| {
        if let Value::Obj(id) = v {
            if bad.is_none() && !live(id) {
                bad = Some(id);
            }
        }
    });
    if let Some(id) = bad {
        return Err(format!("the scheduler refers to missing object {}", id.0));
    }
    Ok(())
}

fn check_frame(
    vm: &Vm,
    fr: &crate::frame::Frame,
    stack_len: usize,
    in_task: bool,
) -> Result<(), String> {
    let lc = vm
        .codes
        .get(fr.code.0 as usize)
        .ok_or("a frame runs unknown code")?;
    if fr.ip as usize > lc.code.ops.len() {
        return Err("a frame's instruction pointer is out of range".into());
    }
    let base = fr.base as usize;
    if base + lc.code.nslots() > stack_len || (in_task && fr.ret_sp > fr.base) {
        return Err("a frame's stack is out of range".into());
    }
    // A generator folded by a builtin keeps the fold's state in a slot below its frame.
    if let crate::frame::Cont::Gen(m) = fr.cont {
        if m.is_fold() && (fr.gen.is_none() || fr.ret_sp >= fr.base) {
            return Err("a folded generator's frame has no result slot".into());
        }
    }
    if !matches!(vm.heap.try_get(fr.globals), Some(Obj::Dict(_))) {
        return Err("a frame's globals are not a dict".into());
    }
    for b in &fr.blocks {
        if b.handler as usize >= lc.code.ops.len() || base + b.depth as usize > stack_len {
            return Err("a frame's handler block is out of range".into());
        }
    }
    Ok(())
}

fn check_iter(vm: &Vm, it: &crate::object::IterState) -> bool {
    use crate::object::IterState as I;
    let k = |id: ObjId| vm.heap.try_get(id);
    match it {
        I::Seq { seq, .. } | I::Reversed { seq, .. } => {
            matches!(
                k(*seq),
                Some(Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::Str(_))
            )
        }
        I::Str { s, .. } => matches!(k(*s), Some(Obj::Str(_))),
        I::Dict { dict, .. } => matches!(k(*dict), Some(Obj::Dict(_) | Obj::Set { .. })),
        I::Enumerate { inner, .. } => matches!(k(*inner), Some(Obj::Iter(_))),
        I::Zip { inners } => inners.iter().all(|i| matches!(k(*i), Some(Obj::Iter(_)))),
        I::Range { .. } | I::Empty => true,
    }
}

fn obj_kind(o: &Obj) -> &'static str {
    match o {
        Obj::Function(_) => "function",
        Obj::Class(_) => "class",
        Obj::Instance(_) => "instance",
        Obj::Module(_) => "module",
        Obj::Generator(_) => "generator",
        Obj::Iter(_) => "iterator",
        _ => "object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::host::HostValue;

    fn blob() -> Vec<u8> {
        let mut rt = Runtime::new(RuntimeConfig::default());
        let src = "def cache_probe(x):\n    return x + 41\nprint(cache_probe(1))\n";
        rt.spawn_module("m", "m.py", src, HostValue::None).unwrap();
        rt.snapshot()
    }

    /// A generator frame folded by a builtin (`sum(gen)`) must have its result slot below its
    /// base: a damaged save where it does not is refused, not run.
    #[test]
    fn a_fold_frame_without_a_result_slot_is_refused() {
        use crate::frame::{Cont, Frame, GenMode};
        let rt = Runtime::new(RuntimeConfig::default());
        let vm = &rt.vm;
        let gen = vm.prelude; // any live object: only the frame's shape is checked here
        let frame = |ret_sp: u32, cont: Cont, gen: Option<crate::value::ObjId>| Frame {
            code: crate::object::CodeId(0),
            ip: 0,
            base: 4,
            ret_sp,
            globals: vm.prelude,
            ns: Value::Undef,
            blocks: Vec::new(),
            cont,
            gen,
        };
        let fold = Cont::Gen(GenMode::Sum);
        assert!(check_frame(vm, &frame(3, fold.clone(), Some(gen)), 1 << 20, true).is_ok());
        for bad in [
            frame(4, fold.clone(), Some(gen)),
            frame(3, Cont::Gen(GenMode::List), None),
        ] {
            let err = check_frame(vm, &bad, 1 << 20, true).unwrap_err();
            assert!(err.contains("no result slot"), "{err}");
        }
        // Other generator modes may return into the slot at their base.
        assert!(check_frame(
            vm,
            &frame(4, Cont::Gen(GenMode::Next), Some(gen)),
            1 << 20,
            true
        )
        .is_ok());
    }

    #[test]
    fn body_bytes_are_what_ciborium_writes() {
        // The fast writer must not change the format: same bytes as the generic path.
        let blob = blob();
        let (_, body) = read_header(&blob).unwrap();
        let rt = Runtime::restore(&blob, RuntimeConfig::default()).unwrap();
        let mut again = rt;
        let blob2 = again.snapshot();
        let (_, body2) = read_header(&blob2).unwrap();
        let b: Body = decode_body(body2).unwrap();
        let _ = b;
        let r = again.body_ref();
        let mut theirs = Vec::new();
        ciborium::into_writer(&r, &mut theirs).unwrap();
        assert_eq!(theirs, body2);
        assert_eq!(body.len(), body2.len());
    }

    #[test]
    fn code_cache_serves_only_byte_identical_code() {
        let blob = blob();
        let (header, body) = read_header(&blob).unwrap();
        // Warm the cache (other tests may restore concurrently and replace it: retry).
        let mut hit = false;
        for _ in 0..20 {
            Runtime::restore(&blob, RuntimeConfig::default()).unwrap();
            if decode_body(body).unwrap().codes_verified {
                hit = true;
                break;
            }
        }
        assert!(
            hit,
            "restoring the same blob again reuses the verified code"
        );
        // Damage one byte of the module's code (its name is in the code section, which follows
        // the heap): the code section no longer matches the cache, so it is decoded and
        // verified again.
        let code_start = {
            let mut de = crate::cbor::De::new(body);
            de.array_head(12).unwrap();
            crate::wire_read::heap(&mut de).unwrap();
            de.pos()
        };
        let at = code_start
            + body[code_start..]
                .windows(11)
                .position(|w| w == b"cache_probe")
                .expect("the function name is in the code section");
        let mut damaged = body.to_vec();
        damaged[at] = b'X';
        let b = decode_body(&damaged).unwrap();
        assert!(!b.codes_verified);
        assert!(b.codes_bytes.is_some());
        let h = Header {
            body_len: damaged.len() as u64,
            ..header
        };
        let _ = Runtime::restore(&seal(&h, &damaged), RuntimeConfig::default());
    }
}
