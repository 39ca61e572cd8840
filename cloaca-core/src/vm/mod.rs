//! The virtual machine: heap, loaded code, builtin types and the interpreter loop.
//!
//! [`Vm`] holds everything that is shared by all tasks (the heap, code, modules, builtins). A
//! [`Task`] owns a value stack and an explicit frame stack; `exec::run` executes a task until it
//! finishes, raises, exhausts its instruction budget or parks. Nothing here recurses on the Rust
//! stack per Python call.

pub mod attr;
pub mod call;
pub mod exc;
pub mod exec;
pub mod iter;
pub mod ops;
pub mod repr;
pub mod sym;
pub mod task;

use crate::bytecode::{CompiledModule, Const};
use crate::dict::Dict;
use crate::object::{Class, CodeId, Module, Obj, PyStr, TypeKind};
use crate::value::{ObjId, Value};
use exc::{ExcType, PyErr, PyResult};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
pub use sym::Sym;
pub use task::Task;

/// A code object as loaded into the VM: the bytecode plus its constants and names materialized
/// as heap values.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LoadedCode {
    pub code: crate::bytecode::Code,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    /// Index of the module's source in `Vm::sources`.
    pub source: u32,
}

/// Limits and knobs.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct VmConfig {
    /// Maximum Python call depth per task before `RecursionError`.
    pub recursion_limit: usize,
    /// Approximate heap size above which allocation-heavy operations raise `MemoryError`.
    pub max_heap_bytes: usize,
}

impl Default for VmConfig {
    fn default() -> Self {
        VmConfig {
            recursion_limit: 1000,
            max_heap_bytes: 1 << 30,
        }
    }
}

/// Object ids of the builtin types.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Types {
    pub by_kind: Vec<(TypeKind, ObjId)>,
    pub exceptions: Vec<ObjId>,
    pub object: ObjId,
    pub type_: ObjId,
    pub none: ObjId,
    pub notimpl: ObjId,
    pub ellipsis: ObjId,
    pub bool_: ObjId,
    pub int: ObjId,
    pub float: ObjId,
    pub str_: ObjId,
    pub bytes: ObjId,
    pub list: ObjId,
    pub tuple: ObjId,
    pub dict: ObjId,
    pub set: ObjId,
    pub frozenset: ObjId,
    pub function: ObjId,
    pub builtin_function: ObjId,
    pub method: ObjId,
    pub range: ObjId,
    pub slice: ObjId,
    pub generator: ObjId,
    pub module: ObjId,
    pub cell: ObjId,
    pub property: ObjId,
    pub staticmethod: ObjId,
    pub classmethod: ObjId,
    pub super_: ObjId,
    pub iterator: ObjId,
    pub dict_keys: ObjId,
    pub dict_values: ObjId,
    pub dict_items: ObjId,
    pub task: ObjId,
    pub host_handle: ObjId,
    /// The per-kind native iterator classes (`list_iterator`, …; see [`ITER_TYPE_NAMES`]),
    /// subclasses of `iterator`. Absent in older snapshots: `class_of` falls back to `iterator`.
    #[serde(default)]
    pub iter_types: Vec<ObjId>,
}

/// Names of the per-kind native iterator classes, indexed as `Types::iter_types`.
pub const ITER_TYPE_NAMES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "list_reverseiterator",
    "reversed",
    "enumerate",
    "zip",
];

impl Types {
    #[inline]
    pub fn exc(&self, t: ExcType) -> ObjId {
        self.exceptions[t as usize]
    }
    pub fn of_kind(&self, k: TypeKind) -> ObjId {
        self.by_kind
            .iter()
            .find(|(kk, _)| *kk == k)
            .map(|(_, id)| *id)
            .unwrap_or(self.object)
    }
}

/// Where `print` output goes.
pub trait OutputSink: Send {
    fn write_str(&mut self, s: &str);
    /// Text a script writes to `sys.stderr` (`print(..., file=sys.stderr)`). Discarded unless
    /// the host overrides this.
    fn write_err(&mut self, s: &str) {
        let _ = s;
    }
}

/// Collects output in memory (tests, embedding).
#[derive(Default)]
pub struct BufferSink(pub String);
impl OutputSink for BufferSink {
    fn write_str(&mut self, s: &str) {
        self.0.push_str(s);
    }
}

/// Writes to the process's stdout.
pub struct StdoutSink;
impl OutputSink for StdoutSink {
    fn write_str(&mut self, s: &str) {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(s.as_bytes());
    }
    fn write_err(&mut self, s: &str) {
        use std::io::Write;
        let _ = std::io::stdout().lock().flush();
        let _ = std::io::stderr().lock().write_all(s.as_bytes());
    }
}

/// Resolves `import name` to source text (the host's module loader).
pub trait ModuleLoader: Send {
    /// Return `(filename, source)` for module `name`, or None if it does not exist.
    fn load(&mut self, name: &str) -> Option<(String, String)>;
}

/// The shared state of the interpreter.
#[derive(Serialize, Deserialize)]
pub struct Vm {
    pub heap: Heap,
    /// Every loaded code object, indexed by `CodeId`. Append-only: an entry is never removed or
    /// replaced while the `Vm` lives (the interpreter loop relies on this, see
    /// [`Vm::code_detached`]).
    pub codes: Vec<Arc<LoadedCode>>,
    /// Module sources by index (for traceback source lines): (filename, text).
    pub sources: Vec<(String, String)>,
    pub types: Types,
    /// Pre-interned identifiers, indexed by `Sym`.
    pub syms: Vec<Value>,
    /// The prelude module's globals (Python-implemented builtins and slow paths).
    pub prelude: ObjId,
    /// The `builtins` module's dict.
    pub builtins: ObjId,
    /// Loaded modules by name.
    pub modules: Vec<(String, ObjId)>,
    pub interned: rustc_hash::FxHashMap<Box<str>, ObjId>,
    pub config: VmConfig,
    /// State of the `random` module (xorshift-style generator; lives in the runtime so snapshots
    /// continue the same sequence).
    pub random_state: [u64; 4],
    #[serde(skip, default = "default_sink")]
    pub out: Box<dyn OutputSink>,
    #[serde(skip)]
    pub loader: Option<Box<dyn ModuleLoader>>,
    /// MRO lookup cache (never saved).
    #[serde(skip)]
    pub attr_cache: ops::AttrCache,
    /// Per-instruction cache of global-name lookups (never saved).
    #[serde(skip)]
    pub global_cache: GlobalCache,
    /// Allocations recycled across host calls (never saved).
    #[serde(skip)]
    pub park_pool: ParkPool,
}

/// Allocations a host call would otherwise make every time: the box of a parked request and the
/// argument slice of a pending call come back here when the scheduler is done with them.
#[derive(Default)]
pub struct ParkPool {
    parked: Option<Box<exec::Parked>>,
    args: Vec<Box<[Value]>>,
    /// References to host-function names, kept when a pending call ends and handed to the next
    /// call of the same function: taking one costs a pointer comparison, where cloning the
    /// function's `Arc` and dropping it at completion are two atomic read-modify-writes (about
    /// 10 ns, a tenth of a whole park/resume round trip).
    names: Vec<Arc<str>>,
}

impl ParkPool {
    /// `p` boxed, reusing the last returned box.
    #[inline]
    pub fn boxed(&mut self, p: exec::Parked) -> Box<exec::Parked> {
        match self.parked.take() {
            Some(mut b) => {
                *b = p;
                b
            }
            None => Box::new(p),
        }
    }

    /// A host call's request, boxed (the box reused). Its fields are stored one by one into the
    /// box: moving in a whole `Parked` built on the stack copies it with wide loads right after
    /// its narrow stores, a store-forwarding stall.
    #[inline]
    pub fn host_call(
        &mut self,
        name: Arc<str>,
        args: Box<[Value]>,
        kwargs: Box<[(Value, Value)]>,
        cont: crate::frame::Cont,
    ) -> Box<exec::Parked> {
        match self.parked.take() {
            Some(mut b) => {
                b.park = exec::Park::HostCall { name, args, kwargs };
                b.cont = cont;
                b
            }
            None => Box::new(exec::Parked {
                park: exec::Park::HostCall { name, args, kwargs },
                cont,
            }),
        }
    }

    /// Move the request out of `b`, keeping the box for the next park.
    #[inline]
    pub fn unbox(&mut self, mut b: Box<exec::Parked>) -> exec::Parked {
        let empty = exec::Parked {
            park: exec::Park::Wait,
            cont: crate::frame::Cont::Discard,
        };
        let p = std::mem::replace(&mut *b, empty);
        self.parked = Some(b);
        p
    }

    /// A boxed copy of `vals`, reusing a returned slice of the same length.
    #[inline]
    pub fn args(&mut self, vals: &[Value]) -> Box<[Value]> {
        match self.args.iter().rposition(|b| b.len() == vals.len()) {
            Some(i) => {
                let mut b = self.args.swap_remove(i);
                b.copy_from_slice(vals);
                b
            }
            None => vals.into(),
        }
    }

    /// Take back an argument slice (a few small ones are kept).
    #[inline]
    pub fn recycle_args(&mut self, b: Box<[Value]>) {
        if !b.is_empty() && b.len() <= 8 && self.args.len() < 16 {
            self.args.push(b);
        }
    }

    /// Another reference to `name`: a kept one if there is one (see `names`).
    #[inline]
    pub fn name(&mut self, name: &Arc<str>) -> Arc<str> {
        match self.names.iter().rposition(|n| Arc::ptr_eq(n, name)) {
            Some(i) => self.names.swap_remove(i),
            None => name.clone(),
        }
    }

    /// Take back what a finished host call held: its argument slice and its name.
    #[inline]
    pub fn recycle_call(&mut self, name: Arc<str>, args: Box<[Value]>) {
        self.recycle_args(args);
        if self.names.len() >= 16 {
            // Make room: names that never match (say, restored calls' names, which are not the
            // function objects' `Arc`s) must not fill the pool for good.
            self.names.swap_remove(0);
        }
        self.names.push(name);
    }
}

/// Inline caches for `LoadGlobal` / `LoadName`: for each instruction, the dict and entry index
/// where the name was last found. An entry is validated on use by checking that the dict's entry
/// at that index still holds the very same (interned) key object, so no version counters are
/// needed: keys are unique within a dict, and a deleted or moved entry fails the check. Built
/// lazily per code object; a restored VM starts empty.
#[derive(Default)]
pub struct GlobalCache {
    /// Start of each code object's slots in `slots` (`u32::MAX`: not allocated yet).
    base: Vec<u32>,
    /// `(dict id << 32) | (entry index + 1)`; 0 = empty.
    slots: Vec<u64>,
    /// `LoadAttr` / `StoreAttr` / `LoadMethod` sites (`SITE_WAYS` ways each), and
    /// `LoadGlobal` / `LoadName` sites that found a builtin; parallel to `slots`.
    attrs: Vec<[AttrSite; SITE_WAYS]>,
}

/// Ways per inline-cache site: how many receiver classes one attribute or method site remembers.
pub const SITE_WAYS: usize = 4;

/// An inline cache entry beside a `GlobalCache` slot.
///
/// For `obj.name` on a plain instance: `class` is the instance's class, `epoch` the heap's
/// class epoch when the entry was made (so no class has since gained a property, a data
/// descriptor or a `__setattr__` for the name), and `index` where the name sat in the instance's
/// attribute dict. A hit still checks that this instance's entry at `index` holds the name.
///
/// For a global name that resolved to a builtin: `class` is the globals dict, `epoch` its
/// insertion count (no global can have appeared with that name since), `aux` the heap's
/// collection count (the globals id still names the same dict), `index` the builtin's entry.
#[derive(Clone, Copy, Debug)]
pub struct AttrSite {
    pub class: u32,
    pub epoch: u32,
    pub index: u32,
    pub aux: u32,
}

impl AttrSite {
    pub const EMPTY: AttrSite = AttrSite {
        class: u32::MAX,
        epoch: 0,
        index: 0,
        aux: 0,
    };
}

impl GlobalCache {
    /// The first slot of `code`'s cache (one slot per instruction), allocating it on first use.
    #[inline]
    pub fn base_for(&mut self, code: CodeId, nops: usize) -> usize {
        let c = code.0 as usize;
        if let Some(&b) = self.base.get(c) {
            if b != u32::MAX {
                return b as usize;
            }
        }
        if self.base.len() <= c {
            self.base.resize(c + 1, u32::MAX);
        }
        let b = self.slots.len();
        self.slots.resize(b + nops, 0);
        self.attrs.resize(b + nops, [AttrSite::EMPTY; SITE_WAYS]);
        self.base[c] = b as u32;
        b
    }

    #[inline]
    pub fn get(&self, slot: usize) -> u64 {
        self.slots[slot]
    }

    #[inline]
    pub fn set(&mut self, slot: usize, dict: ObjId, index: usize) {
        self.slots[slot] = ((dict.0 as u64) << 32) | (index as u64 + 1);
    }

    #[inline]
    pub fn attr_sites(&self, slot: usize) -> &[AttrSite; SITE_WAYS] {
        &self.attrs[slot]
    }

    /// Remember `site` in way 0; the other ways keep the most recent other classes (a site
    /// that sees a few classes, e.g. a method shared by subclasses iterated in a mixed list,
    /// keeps them all). An entry for the same class is replaced, not duplicated.
    #[inline]
    pub fn set_attr_site(&mut self, slot: usize, site: AttrSite) {
        let ways = &mut self.attrs[slot];
        let keep = ways
            .iter()
            .position(|w| w.class == site.class)
            .unwrap_or(SITE_WAYS - 1);
        ways.copy_within(0..keep, 1);
        ways[0] = site;
    }
}

fn default_sink() -> Box<dyn OutputSink> {
    Box::new(BufferSink::default())
}

pub use crate::heap::Heap;

/// The saved state of a VM, as a snapshot restores it.
pub struct VmParts {
    pub heap: Heap,
    pub codes: Vec<Arc<LoadedCode>>,
    pub sources: Vec<(String, String)>,
    pub types: Types,
    pub syms: Vec<Value>,
    pub prelude: ObjId,
    pub builtins: ObjId,
    pub modules: Vec<(String, ObjId)>,
    pub random_state: [u64; 4],
    pub config: VmConfig,
}

impl Vm {
    /// The loaded code `id`, as a reference not tied to the borrow of `self`, so the interpreter
    /// can keep reading a frame's bytecode while it mutates the heap and the task. Avoids an
    /// `Arc` clone (two atomic operations) per call and per frame switch.
    ///
    /// # Safety
    /// The caller must not use the reference after the `Vm` is dropped or after `codes` is
    /// truncated or an entry replaced. `codes` is append-only by invariant, and an `Arc`'s
    /// pointee does not move when the `Vec` grows, so a reference taken during `run` or a call
    /// stays valid for the rest of it.
    #[inline]
    pub(crate) unsafe fn code_detached<'a>(&self, id: CodeId) -> &'a LoadedCode {
        &*Arc::as_ptr(&self.codes[id.0 as usize])
    }

    /// Reassemble a VM from saved parts (the interned-string table is rebuilt by the caller).
    pub fn from_parts(p: VmParts) -> Vm {
        Vm {
            heap: p.heap,
            codes: p.codes,
            sources: p.sources,
            types: p.types,
            syms: p.syms,
            prelude: p.prelude,
            builtins: p.builtins,
            modules: p.modules,
            interned: Default::default(),
            config: p.config,
            random_state: p.random_state,
            out: default_sink(),
            loader: None,
            attr_cache: Default::default(),
            global_cache: Default::default(),
            park_pool: Default::default(),
        }
    }

    /// A fresh VM with builtins and the prelude loaded.
    pub fn new(config: VmConfig) -> Vm {
        let mut heap = Heap::new();
        let mut interned = rustc_hash::FxHashMap::default();
        let mut syms = Vec::with_capacity(Sym::ALL.len());
        for sym in Sym::ALL {
            let id = heap.alloc(Obj::Str(PyStr::new(sym.as_str())));
            interned.insert(Box::from(sym.as_str()), id);
            syms.push(Value::Obj(id));
        }
        let builtins = heap.alloc(Obj::Dict(Box::default()));
        let placeholder = ObjId(0);
        let types = Types {
            by_kind: vec![],
            iter_types: vec![],
            exceptions: vec![],
            object: placeholder,
            type_: placeholder,
            none: placeholder,
            notimpl: placeholder,
            ellipsis: placeholder,
            bool_: placeholder,
            int: placeholder,
            float: placeholder,
            str_: placeholder,
            bytes: placeholder,
            list: placeholder,
            tuple: placeholder,
            dict: placeholder,
            set: placeholder,
            frozenset: placeholder,
            function: placeholder,
            builtin_function: placeholder,
            method: placeholder,
            range: placeholder,
            slice: placeholder,
            generator: placeholder,
            module: placeholder,
            cell: placeholder,
            property: placeholder,
            staticmethod: placeholder,
            classmethod: placeholder,
            super_: placeholder,
            iterator: placeholder,
            dict_keys: placeholder,
            dict_values: placeholder,
            dict_items: placeholder,
            task: placeholder,
            host_handle: placeholder,
        };
        let mut vm = Vm {
            heap,
            codes: Vec::new(),
            sources: Vec::new(),
            types,
            syms,
            prelude: builtins,
            builtins,
            modules: Vec::new(),
            interned,
            config,
            random_state: [
                0x9E37_79B9_7F4A_7C15,
                0xBF58_476D_1CE4_E5B9,
                0x94D0_49BB_1331_11EB,
                1,
            ],
            out: default_sink(),
            loader: None,
            attr_cache: Default::default(),
            global_cache: Default::default(),
            park_pool: Default::default(),
        };
        vm.bootstrap_types();
        crate::builtins::install(&mut vm);
        vm
    }

    fn bootstrap_types(&mut self) {
        use TypeKind as K;
        let object = self.make_builtin_class("object", K::Object, &[]);
        let kinds: &[(&str, TypeKind)] = &[
            ("type", K::Type),
            ("NoneType", K::NoneType),
            ("NotImplementedType", K::NotImplementedType),
            ("ellipsis", K::Ellipsis),
            ("int", K::Int),
            ("float", K::Float),
            ("str", K::Str),
            ("bytes", K::Bytes),
            ("list", K::List),
            ("tuple", K::Tuple),
            ("dict", K::Dict),
            ("set", K::Set),
            ("frozenset", K::FrozenSet),
            ("function", K::Function),
            ("builtin_function_or_method", K::BuiltinFunction),
            ("method", K::Method),
            ("range", K::Range),
            ("slice", K::Slice),
            ("generator", K::Generator),
            ("module", K::Module),
            ("cell", K::Cell),
            ("property", K::Property),
            ("staticmethod", K::StaticMethod),
            ("classmethod", K::ClassMethod),
            ("super", K::Super),
            ("iterator", K::Iterator),
            ("dict_keys", K::DictKeys),
            ("dict_values", K::DictValues),
            ("dict_items", K::DictItems),
            ("Task", K::Task),
            ("HostHandle", K::HostHandle),
        ];
        let mut by_kind = vec![(K::Object, object)];
        for (name, kind) in kinds {
            let id = self.make_builtin_class(name, *kind, &[object]);
            by_kind.push((*kind, id));
        }
        let int = by_kind.iter().find(|(k, _)| *k == K::Int).unwrap().1;
        let bool_ = self.make_builtin_class("bool", K::Bool, &[int]);
        by_kind.push((K::Bool, bool_));
        let get = |k: TypeKind| by_kind.iter().find(|(kk, _)| *kk == k).unwrap().1;
        self.types.object = object;
        self.types.type_ = get(K::Type);
        self.types.none = get(K::NoneType);
        self.types.notimpl = get(K::NotImplementedType);
        self.types.ellipsis = get(K::Ellipsis);
        self.types.bool_ = bool_;
        self.types.int = int;
        self.types.float = get(K::Float);
        self.types.str_ = get(K::Str);
        self.types.bytes = get(K::Bytes);
        self.types.list = get(K::List);
        self.types.tuple = get(K::Tuple);
        self.types.dict = get(K::Dict);
        self.types.set = get(K::Set);
        self.types.frozenset = get(K::FrozenSet);
        self.types.function = get(K::Function);
        self.types.builtin_function = get(K::BuiltinFunction);
        self.types.method = get(K::Method);
        self.types.range = get(K::Range);
        self.types.slice = get(K::Slice);
        self.types.generator = get(K::Generator);
        self.types.module = get(K::Module);
        self.types.cell = get(K::Cell);
        self.types.property = get(K::Property);
        self.types.staticmethod = get(K::StaticMethod);
        self.types.classmethod = get(K::ClassMethod);
        self.types.super_ = get(K::Super);
        self.types.iterator = get(K::Iterator);
        self.types.dict_keys = get(K::DictKeys);
        self.types.dict_values = get(K::DictValues);
        self.types.dict_items = get(K::DictItems);
        self.types.task = get(K::Task);
        self.types.host_handle = get(K::HostHandle);
        let iterator = self.types.iterator;
        self.types.iter_types = ITER_TYPE_NAMES
            .iter()
            .map(|n| self.make_builtin_class(n, K::Iterator, &[iterator]))
            .collect();
        self.types.by_kind = by_kind;
        let mut exceptions: Vec<ObjId> = Vec::new();
        for t in ExcType::ALL {
            let base = match t.parent() {
                Some(p) => exceptions[p as usize],
                None => object,
            };
            let id = self.make_builtin_class(t.name(), K::Exception, &[base]);
            exceptions.push(id);
        }
        self.types.exceptions = exceptions;
        // Expose the types in builtins.
        let all: Vec<(String, ObjId)> = self
            .types
            .by_kind
            .iter()
            .map(|(_, id)| (self.class_name(*id), *id))
            .chain(
                self.types
                    .exceptions
                    .iter()
                    .map(|id| (self.class_name(*id), *id)),
            )
            .collect();
        for (name, id) in all {
            if matches!(
                name.as_str(),
                "object"
                    | "type"
                    | "int"
                    | "float"
                    | "bool"
                    | "str"
                    | "bytes"
                    | "list"
                    | "tuple"
                    | "dict"
                    | "set"
                    | "frozenset"
                    | "range"
                    | "slice"
                    | "property"
                    | "staticmethod"
                    | "classmethod"
                    | "super"
            ) || self.types.exceptions.contains(&id)
            {
                self.set_builtin(&name, Value::Obj(id));
            }
        }
        self.set_builtin("NotImplemented", Value::NotImplemented);
        self.set_builtin("Ellipsis", Value::Ellipsis);
        let oserror = self.types.exc(ExcType::OSError);
        self.set_builtin("EnvironmentError", Value::Obj(oserror));
        self.set_builtin("IOError", Value::Obj(oserror));
    }

    /// Create a builtin class object.
    pub fn make_builtin_class(&mut self, name: &str, kind: TypeKind, bases: &[ObjId]) -> ObjId {
        let cls = Class {
            name: name.to_string(),
            qualname: name.to_string(),
            module: "builtins".to_string(),
            bases: bases.to_vec(),
            mro: vec![],
            dict: Dict::new(),
            kind,
            builtin: true,
        };
        let id = self.heap.alloc(Obj::Class(Box::new(cls)));
        let mro = self.compute_mro(id).expect("builtin MRO");
        if let Obj::Class(c) = self.heap.get_mut(id) {
            c.mro = mro;
        }
        id
    }

    pub fn class_name(&self, cls: ObjId) -> String {
        match self.heap.get(cls) {
            Obj::Class(c) => c.name.clone(),
            _ => "?".into(),
        }
    }

    pub fn set_builtin(&mut self, name: &str, v: Value) {
        let key = self.intern(name);
        let b = self.builtins;
        self.dict_set_str(b, key, v);
    }

    pub fn get_builtin(&self, name: &str) -> Option<Value> {
        let key = *self.interned.get(name)?;
        self.dict_get_str(self.builtins, Value::Obj(key))
    }

    /// Intern a string: identical names share one object.
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(id) = self.interned.get(s) {
            return Value::Obj(*id);
        }
        let id = self.heap.alloc(Obj::Str(PyStr::new(s)));
        self.interned.insert(Box::from(s), id);
        Value::Obj(id)
    }

    #[inline]
    pub fn sym(&self, s: Sym) -> Value {
        self.syms[s as usize]
    }

    // ----- small object helpers -----

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        Value::Obj(self.heap.alloc(Obj::Tuple(items.into_boxed_slice())))
    }
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        Value::Obj(self.heap.alloc(Obj::List(items)))
    }
    pub fn new_str(&mut self, s: impl AsRef<str> + Into<Box<str>>) -> Value {
        self.heap.alloc_str(s)
    }
    pub fn new_dict(&mut self) -> Value {
        Value::Obj(self.heap.alloc(Obj::Dict(Box::default())))
    }

    /// The items of a tuple value (empty for non-tuples).
    pub fn tuple_items(&self, v: Value) -> &[Value] {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Tuple(t) => t,
                _ => &[],
            },
            _ => &[],
        }
    }

    /// The text of a str value.
    #[inline]
    pub fn str_of(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }

    /// A str-keyed lookup through the inline cache `slot` of `GlobalCache`.
    #[inline]
    pub fn dict_get_str_cached(&mut self, dict: ObjId, key: Value, slot: usize) -> Option<Value> {
        self.dict_cache_hit(dict, key, slot)
            .or_else(|| self.dict_get_str_fill(dict, key, slot))
    }

    /// The hit path of inline cache `slot`: `key`'s value if the slot remembers `dict` and
    /// that entry still holds the very same key.
    #[inline(always)]
    fn dict_cache_hit(&self, dict: ObjId, key: Value, slot: usize) -> Option<Value> {
        let c = self.global_cache.get(slot);
        if c >> 32 != dict.0 as u64 || c == 0 {
            return None;
        }
        let Obj::Dict(d) = self.heap.get(dict) else {
            return None;
        };
        match d.entry((c & 0xffff_ffff) as usize - 1) {
            Some(e) if e.key.is(key) => Some(e.value),
            _ => None,
        }
    }

    /// The hit path of [`Vm::dict_set_str_cached`]: overwrite `key`'s value in place if inline
    /// cache `slot` remembers `dict` and that entry still holds the very same key. False (and
    /// nothing changed) otherwise.
    #[inline(always)]
    pub fn dict_store_hit(&mut self, dict: ObjId, key: Value, value: Value, slot: usize) -> bool {
        let c = self.global_cache.get(slot);
        if c >> 32 != dict.0 as u64 || c == 0 {
            return false;
        }
        let Some(d) = self.heap.dict_mut(dict) else {
            return false;
        };
        let i = (c & 0xffff_ffff) as usize - 1;
        if matches!(d.entry(i), Some(e) if e.key.is(key)) {
            *d.entry_value_mut(i) = value;
            return true;
        }
        false
    }

    /// `LoadGlobal`: `name` in `globals`, else in the builtins, through inline cache `slot`.
    #[inline(always)]
    pub fn load_global_cached(
        &mut self,
        globals: ObjId,
        name: Value,
        slot: usize,
    ) -> Option<Value> {
        if let Some(v) = self.dict_cache_hit(globals, name, slot) {
            return Some(v);
        }
        let site = self.global_cache.attr_sites(slot)[0];
        if site.class == globals.0 && site.aux == self.heap.collections() {
            if let (Obj::Dict(g), Obj::Dict(b)) =
                (self.heap.get(globals), self.heap.get(self.builtins))
            {
                if g.inserts() == site.epoch {
                    if let Some(e) = b.entry(site.index as usize) {
                        if e.key.is(name) {
                            return Some(e.value);
                        }
                    }
                }
            }
        }
        self.load_global_fill(globals, name, slot)
    }

    /// The miss path of [`Vm::load_global_cached`].
    #[inline(never)]
    fn load_global_fill(&mut self, globals: ObjId, name: Value, slot: usize) -> Option<Value> {
        if let Some(v) = self.dict_get_str_fill(globals, name, slot) {
            return Some(v);
        }
        let Obj::Dict(g) = self.heap.get(globals) else {
            return None;
        };
        let inserts = g.inserts();
        let Obj::Dict(b) = self.heap.get(self.builtins) else {
            return None;
        };
        let i = self.dict_find_str(b, name)?;
        let v = b.entry(i).unwrap().value;
        let site = AttrSite {
            class: globals.0,
            epoch: inserts,
            index: i as u32,
            aux: self.heap.collections(),
        };
        self.global_cache.set_attr_site(slot, site);
        Some(v)
    }

    /// The miss path of [`Vm::dict_get_str_cached`]: look `key` up and remember where it was.
    #[inline(never)]
    fn dict_get_str_fill(&mut self, dict: ObjId, key: Value, slot: usize) -> Option<Value> {
        let Obj::Dict(d) = self.heap.get(dict) else {
            return None;
        };
        let i = self.dict_find_str(d, key)?;
        let v = d.entry(i).unwrap().value;
        self.global_cache.set(slot, dict, i);
        Some(v)
    }

    /// Like [`Vm::str_of`], also accepting an instance of a `str` subclass (its hidden value).
    pub fn str_of_sub(&self, v: Value) -> Option<&str> {
        match self.str_of(v) {
            Some(s) => Some(s),
            None => self.builtin_base(v).and_then(|b| self.str_of(b)),
        }
    }

    /// Dict lookup by a str key (no user `__eq__` can be involved).
    pub fn dict_get_str(&self, dict: ObjId, key: Value) -> Option<Value> {
        let Obj::Dict(d) = self.heap.get(dict) else {
            return None;
        };
        self.dict_find_str(d, key)
            .map(|i| d.entry(i).unwrap().value)
    }

    /// Find a str key in a `Dict`.
    #[inline]
    pub fn dict_find_str(&self, d: &Dict, key: Value) -> Option<usize> {
        let Value::Obj(kid) = key else { return None };
        let Obj::Str(ks) = self.heap.get(kid) else {
            return None;
        };
        let heap = &self.heap;
        d.find(ks.hash(), key, &mut |a, b| str_eq(heap, a, b))
    }

    /// [`Vm::dict_set_str`] through the inline cache slot `slot` (see [`GlobalCache`]): an
    /// existing entry found there is overwritten without hashing or probing.
    pub fn dict_set_str_cached(&mut self, dict: ObjId, key: Value, value: Value, slot: usize) {
        if self.dict_store_hit(dict, key, value, slot) {
            return;
        }
        self.dict_set_str(dict, key, value);
        let i = match self.heap.get(dict) {
            Obj::Dict(d) => self.dict_find_str(d, key),
            _ => None,
        };
        if let Some(i) = i {
            self.global_cache.set(slot, dict, i);
        }
    }

    pub fn dict_set_str(&mut self, dict: ObjId, key: Value, value: Value) {
        let hash = self.str_hash(key);
        let idx = {
            let Obj::Dict(d) = self.heap.get(dict) else {
                return;
            };
            self.dict_find_str(d, key)
        };
        let Obj::Dict(d) = self.heap.get_mut(dict) else {
            return;
        };
        match idx {
            Some(i) => *d.entry_value_mut(i) = value,
            None => {
                d.push(hash, key, value);
            }
        }
    }

    #[inline]
    pub fn str_hash(&self, key: Value) -> u64 {
        match key {
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Str(s) => s.hash(),
                _ => 0,
            },
            _ => 0,
        }
    }

    /// Register a compiled module's code objects; returns the CodeId of its body.
    pub fn load_module_code(&mut self, module: CompiledModule) -> CodeId {
        let source = self.sources.len() as u32;
        self.sources
            .push((module.filename.clone(), module.source.clone()));
        let base = self.codes.len() as u32;
        for code in module.codes {
            let consts = code
                .consts
                .iter()
                .map(|c| self.materialize_const(c, base))
                .collect();
            let names = code.names.iter().map(|n| self.intern(n)).collect();
            self.codes.push(Arc::new(LoadedCode {
                code,
                consts,
                names,
                source,
            }));
        }
        CodeId(base)
    }

    fn materialize_const(&mut self, c: &Const, base: u32) -> Value {
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(s) => match s.parse::<malachite_bigint::BigInt>() {
                Ok(b) => self.int_from_big(b),
                Err(_) => Value::Int(0),
            },
            Const::Float(f) => Value::Float(*f),
            Const::Str(s) => self.intern(s),
            Const::Bytes(b) => {
                Value::Obj(self.heap.alloc(Obj::Bytes(b.clone().into_boxed_slice())))
            }
            Const::Tuple(items) => {
                let vals = items
                    .iter()
                    .map(|c| self.materialize_const(c, base))
                    .collect();
                self.new_tuple(vals)
            }
            Const::Ellipsis => Value::Ellipsis,
            Const::Code(i) => Value::Int((base + *i) as i64),
        }
    }

    /// The source line `line` of the module that owns `code`.
    pub fn source_line(&self, code: CodeId, line: u32) -> Option<&str> {
        let lc = self.codes.get(code.0 as usize)?;
        let (_, src) = self.sources.get(lc.source as usize)?;
        src.lines().nth((line as usize).checked_sub(1)?)
    }

    /// Create a module object with a fresh globals dict.
    pub fn new_module(&mut self, name: &str) -> (ObjId, ObjId) {
        let globals = self.heap.alloc(Obj::Dict(Box::default()));
        let name_v = self.new_str(name);
        let k = self.sym(Sym::Name);
        self.dict_set_str(globals, k, name_v);
        let k = self.sym(Sym::Builtins);
        let b = Value::Obj(self.builtins);
        self.dict_set_str(globals, k, b);
        let module = self.heap.alloc(Obj::Module(Box::new(Module {
            name: name.to_string(),
            dict: globals,
        })));
        (module, globals)
    }

    pub fn find_module(&self, name: &str) -> Option<ObjId> {
        self.modules
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, m)| *m)
    }

    /// Collect garbage with the given extra roots (the tasks).
    #[allow(clippy::type_complexity)]
    pub fn collect_garbage(&mut self, extra: &mut dyn FnMut(&mut dyn FnMut(Value))) -> usize {
        let Vm {
            heap,
            codes,
            types,
            prelude,
            builtins,
            modules,
            interned,
            ..
        } = self;
        heap.collect(&mut |mark| {
            for lc in codes.iter() {
                lc.consts.iter().for_each(|v| mark(*v));
                lc.names.iter().for_each(|v| mark(*v));
            }
            types
                .by_kind
                .iter()
                .for_each(|(_, id)| mark(Value::Obj(*id)));
            types.exceptions.iter().for_each(|id| mark(Value::Obj(*id)));
            types.iter_types.iter().for_each(|id| mark(Value::Obj(*id)));
            mark(Value::Obj(*builtins));
            mark(Value::Obj(*prelude));
            modules.iter().for_each(|(_, m)| mark(Value::Obj(*m)));
            interned.values().for_each(|id| mark(Value::Obj(*id)));
            extra(mark);
        })
    }

    /// `MemoryError` if growing by `n` more items of `item_bytes` would pass the heap limit.
    #[inline]
    pub fn check_alloc(&self, n: usize, item_bytes: usize) -> PyResult<()> {
        let want = n.saturating_mul(item_bytes);
        if want > self.config.max_heap_bytes
            || self.heap.approx_bytes().saturating_add(want) > self.config.max_heap_bytes
        {
            Err(PyErr::memory())
        } else {
            Ok(())
        }
    }
}

/// String equality by content (used as the dict equality callback for str keys).
#[inline]
pub fn str_eq(heap: &Heap, a: Value, b: Value) -> bool {
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => match (heap.get(x), heap.get(y)) {
            (Obj::Str(p), Obj::Str(q)) => p.same_text(q),
            _ => false,
        },
        _ => false,
    }
}
