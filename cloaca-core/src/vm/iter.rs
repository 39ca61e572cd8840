//! The iteration protocol for builtin containers: creating native iterators and advancing them.
//! Generators and user iterators (`__iter__`/`__next__`) are driven by the VM loop instead.

use crate::object::{IterState, Obj, ViewKind};
use crate::value::{ObjId, Value};
use crate::vm::exc::{ExcType, PyErr, PyResult};
use crate::vm::Vm;

/// How to iterate a value.
pub enum IterKind {
    /// A native iterator object (or the value itself when it already is one).
    Native(Value),
    /// A generator: resumed by the VM.
    Generator(ObjId),
    /// A user object: call `__iter__` (then `__next__` on what it returns).
    User(Value),
}

impl Vm {
    /// `iter(v)` for everything that doesn't need Python code.
    pub fn get_iter(&mut self, v: Value) -> PyResult<IterKind> {
        let Value::Obj(id) = v else {
            return Err(PyErr::type_error(format!(
                "'{}' object is not iterable",
                self.type_name(v)
            )));
        };
        let id = self.set_iter_source(id);
        let state = match self.heap.get(id) {
            Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) => IterState::Seq { seq: id, idx: 0 },
            Obj::Str(_) => IterState::Str { s: id, pos: 0 },
            Obj::Range { start, stop, step } => IterState::Range {
                cur: *start,
                stop: *stop,
                step: *step,
            },
            Obj::Dict(d) => IterState::Dict {
                dict: id,
                idx: 0,
                kind: ViewKind::Keys,
                len: d.len(),
            },
            Obj::Set { table, .. } => IterState::Dict {
                dict: id,
                idx: 0,
                kind: ViewKind::Keys,
                len: table.len(),
            },
            Obj::DictView { dict, kind } => {
                let len = match self.heap.get(*dict) {
                    Obj::Dict(d) => d.len(),
                    _ => 0,
                };
                IterState::Dict {
                    dict: *dict,
                    idx: 0,
                    kind: *kind,
                    len,
                }
            }
            Obj::Iter(_) => return Ok(IterKind::Native(v)),
            Obj::Generator(_) => return Ok(IterKind::Generator(id)),
            Obj::Class(_) if self.class_members(id).is_some() => {
                let seq = self.class_members(id).unwrap_or(id);
                IterState::Seq { seq, idx: 0 }
            }
            Obj::Instance(_) => {
                if self.user_dunder(v, crate::vm::Sym::Iter).is_some() {
                    return Ok(IterKind::User(v));
                }
                if self.user_dunder(v, crate::vm::Sym::GetItem).is_some() {
                    // Old-style sequence protocol via the prelude.
                    return Ok(IterKind::User(v));
                }
                return Err(PyErr::type_error(format!(
                    "'{}' object is not iterable",
                    self.type_name(v)
                )));
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not iterable",
                    self.type_name(v)
                )));
            }
        };
        Ok(IterKind::Native(Value::Obj(
            self.heap.alloc(Obj::Iter(Box::new(state))),
        )))
    }

    /// Advance a native iterator. `Ok(None)` when exhausted.
    pub fn iter_next(&mut self, it: ObjId) -> PyResult<Option<Value>> {
        // Read phase.
        let (result, new_state): (Option<Value>, Option<IterState>) = {
            let Obj::Iter(st) = self.heap.get(it) else {
                return Err(PyErr::type_error("not an iterator"));
            };
            match &**st {
                IterState::Seq { seq, idx } => {
                    let (seq, idx) = (*seq, *idx);
                    let v = match self.heap.get(seq) {
                        Obj::List(l) => l.get(idx).copied(),
                        Obj::Tuple(t) => t.get(idx).copied(),
                        Obj::Bytes(b) => b.get(idx).map(|x| Value::Int(*x as i64)),
                        _ => None,
                    };
                    match v {
                        Some(v) => (Some(v), Some(IterState::Seq { seq, idx: idx + 1 })),
                        None => (None, Some(IterState::Empty)),
                    }
                }
                IterState::Range { cur, stop, step } => {
                    let (cur, stop, step) = (*cur, *stop, *step);
                    if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
                        let next = cur.checked_add(step).unwrap_or(stop);
                        (
                            Some(Value::Int(cur)),
                            Some(IterState::Range {
                                cur: next,
                                stop,
                                step,
                            }),
                        )
                    } else {
                        (None, None)
                    }
                }
                IterState::Str { s, pos } => {
                    let (s, pos) = (*s, *pos);
                    let Obj::Str(ps) = self.heap.get(s) else {
                        unreachable!()
                    };
                    match ps.as_str()[pos..].chars().next() {
                        Some(c) => {
                            let n = c.len_utf8();
                            let mut buf = [0u8; 4];
                            let text: &str = c.encode_utf8(&mut buf);
                            let text = text.to_string();
                            let v = self.char_str(&text);
                            (Some(v), Some(IterState::Str { s, pos: pos + n }))
                        }
                        None => (None, None),
                    }
                }
                IterState::Dict {
                    dict,
                    idx,
                    kind,
                    len,
                } => {
                    let (dict, mut idx, kind, len) = (*dict, *idx, *kind, *len);
                    let table = match self.heap.get(dict) {
                        Obj::Dict(d) => d,
                        Obj::Set { table, .. } => table,
                        _ => unreachable!(),
                    };
                    if table.len() != len {
                        let what = if matches!(self.heap.get(dict), Obj::Set { .. }) {
                            "Set"
                        } else {
                            "dictionary"
                        };
                        return Err(PyErr::new(
                            ExcType::RuntimeError,
                            format!("{what} changed size during iteration"),
                        ));
                    }
                    let mut found = None;
                    while idx < table.slots() {
                        if let Some(e) = table.entry(idx) {
                            found = Some((e.key, e.value));
                            idx += 1;
                            break;
                        }
                        idx += 1;
                    }
                    match found {
                        None => (None, None),
                        Some((k, v)) => {
                            let out = match kind {
                                ViewKind::Keys => k,
                                ViewKind::Values => v,
                                ViewKind::Items => self.new_tuple(vec![k, v]),
                            };
                            (
                                Some(out),
                                Some(IterState::Dict {
                                    dict,
                                    idx,
                                    kind,
                                    len,
                                }),
                            )
                        }
                    }
                }
                IterState::Reversed { seq, idx } => {
                    let (seq, idx) = (*seq, *idx);
                    if idx == 0 {
                        (None, None)
                    } else {
                        let v = match self.heap.get(seq) {
                            Obj::List(l) => l.get(idx - 1).copied(),
                            Obj::Tuple(t) => t.get(idx - 1).copied(),
                            _ => None,
                        };
                        match v {
                            Some(v) => (Some(v), Some(IterState::Reversed { seq, idx: idx - 1 })),
                            None => (None, Some(IterState::Empty)),
                        }
                    }
                }
                IterState::Enumerate { inner, count } => {
                    let (inner, count) = (*inner, *count);
                    match self.iter_next(inner)? {
                        Some(v) => {
                            let t = self.new_tuple(vec![Value::Int(count), v]);
                            (
                                Some(t),
                                Some(IterState::Enumerate {
                                    inner,
                                    count: count + 1,
                                }),
                            )
                        }
                        None => (None, None),
                    }
                }
                IterState::Zip { inners } => {
                    let inners = inners.clone();
                    let mut items = Vec::with_capacity(inners.len());
                    let mut done = inners.is_empty();
                    for i in &inners {
                        match self.iter_next(*i)? {
                            Some(v) => items.push(v),
                            None => {
                                done = true;
                                break;
                            }
                        }
                    }
                    if done {
                        (None, Some(IterState::Empty))
                    } else {
                        (Some(self.new_tuple(items)), None)
                    }
                }
                IterState::Empty => (None, None),
            }
        };
        if let Some(ns) = new_state {
            if let Obj::Iter(st) = self.heap.get_mut(it) {
                **st = ns;
            }
        } else if result.is_none() {
            if let Obj::Iter(st) = self.heap.get_mut(it) {
                **st = IterState::Empty;
            }
        }
        Ok(result)
    }

    /// A one-character string (ASCII ones are interned).
    pub fn char_str(&mut self, s: &str) -> Value {
        if s.len() == 1 {
            return self.intern(s);
        }
        self.new_str(s)
    }

    /// The member list of an enum class (`_member_list_`): iterating, `len()` and `in` on
    /// the class use it (CPython does this with the enum metaclass).
    pub fn class_members(&self, id: ObjId) -> Option<ObjId> {
        let key = Value::Obj(*self.interned.get("_member_list_")?);
        match self.lookup_in_class(id, key)? {
            Value::Obj(l) if matches!(self.heap.get(l), Obj::List(_)) => Some(l),
            _ => None,
        }
    }

    /// What to iterate for object `id`: for a set whose CPython iteration order differs from its
    /// insertion order, a temporary copy in CPython's order (mutating the set while iterating
    /// is then not detected); otherwise `id` itself.
    pub fn set_iter_source(&mut self, id: crate::value::ObjId) -> crate::value::ObjId {
        let ordered = match self.heap.get(id) {
            Obj::Set { table, frozen } => table.cpython_set_ordered().map(|t| (t, *frozen)),
            _ => None,
        };
        match ordered {
            Some((table, frozen)) => self.heap.alloc(Obj::Set {
                table: Box::new(table),
                frozen,
            }),
            None => id,
        }
    }

    /// Collect a native-iterable value into a Vec. `Ok(None)` if it needs Python code
    /// (generators, user iterators).
    pub fn collect_native(&mut self, v: Value) -> PyResult<Option<Vec<Value>>> {
        if let Value::Obj(id) = v {
            match self.heap.get(id) {
                Obj::List(l) => return Ok(Some(l.clone())),
                Obj::Tuple(t) => return Ok(Some(t.to_vec())),
                _ => {}
            }
        }
        match self.get_iter(v)? {
            IterKind::Native(Value::Obj(it)) => {
                let mut out = Vec::new();
                while let Some(x) = self.iter_next(it)? {
                    out.push(x);
                    if out.len() % 4096 == 0 {
                        self.check_alloc(4096, 16)?;
                    }
                }
                Ok(Some(out))
            }
            _ => Ok(None),
        }
    }
}
