//! `Dict`: the insertion-ordered hash table behind `dict`, `set`, instance attributes, class
//! namespaces and module globals.
//!
//! Keys are [`Value`]s; the table does not know how to hash or compare them (strings live in the
//! heap, user classes may define `__eq__`), so callers pass the hash and an equality callback.
//! Layout follows CPython's compact dict: a dense `entries` vector in insertion order plus a sparse
//! open-addressing `index` of entry positions. Small tables (≤ 8 entries) skip the index and scan.

use crate::value::Value;

const SMALL: usize = 8;

#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// Saved in snapshots only when `Dict::keep_hashes` is set; otherwise recomputed on load.
    pub hash: u64,
    /// `Value::Undef` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

/// The table. Its snapshot encoding is in `wire`.
#[derive(Clone, Debug, Default)]
pub struct Dict {
    entries: Vec<Entry>,
    /// Entry index + 1 per slot; 0 = empty. Empty while the table is small.
    index: Vec<u32>,
    len: usize,
    /// Snapshots store this table's hashes (some key's hash came from a user `__hash__` and
    /// cannot be recomputed natively on load). Set by the snapshot writer.
    pub keep_hashes: bool,
    /// Keys ever inserted (wrapping). Inline caches that rely on a name being *absent* from
    /// this table (a builtin not shadowed by a global) compare it. Never saved.
    inserts: u32,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }
    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            entries: Vec::with_capacity(n),
            ..Dict::default()
        }
    }
    /// A table read from a snapshot. Its index is built by [`Dict::rehash`] (or
    /// [`Dict::reindex`] when the hashes were stored).
    pub fn from_loaded(entries: Vec<Entry>, keep_hashes: bool) -> Dict {
        let len = entries.iter().filter(|e| !e.key.is_undef()).count();
        Dict {
            entries,
            index: Vec::new(),
            len,
            keep_hashes,
            inserts: 0,
        }
    }
    /// All entry slots, deleted ones included (snapshot encoding).
    pub fn raw_entries(&self) -> &[Entry] {
        &self.entries
    }
    /// How many keys were ever inserted (wrapping); see the field.
    #[inline]
    pub fn inserts(&self) -> u32 {
        self.inserts
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// Number of entry slots including deleted ones (iteration bound).
    #[inline]
    pub fn slots(&self) -> usize {
        self.entries.len()
    }
    /// The live entry at slot `i`, if any.
    #[inline(always)]
    pub fn entry(&self, i: usize) -> Option<&Entry> {
        match self.entries.get(i) {
            Some(e) if !e.key.is_undef() => Some(e),
            _ => None,
        }
    }
    pub fn entry_value_mut(&mut self, i: usize) -> &mut Value {
        &mut self.entries[i].value
    }
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().filter(|e| !e.key.is_undef())
    }
    pub fn keys(&self) -> impl Iterator<Item = Value> + '_ {
        self.iter().map(|e| e.key)
    }
    pub fn values(&self) -> impl Iterator<Item = Value> + '_ {
        self.iter().map(|e| e.value)
    }

    /// Find the entry index for `key`. `eq` is only called for non-identical keys whose hashes
    /// match.
    #[inline]
    pub fn find(
        &self,
        hash: u64,
        key: Value,
        mut eq: impl FnMut(Value, Value) -> bool,
    ) -> Option<usize> {
        if self.index.is_empty() {
            for (i, e) in self.entries.iter().enumerate() {
                if e.hash == hash && !e.key.is_undef() && (e.key.is(key) || eq(e.key, key)) {
                    return Some(i);
                }
            }
            return None;
        }
        let mask = self.index.len() - 1;
        let mut slot = (hash as usize) & mask;
        let mut perturb = hash;
        loop {
            let ix = self.index[slot];
            if ix == 0 {
                return None;
            }
            let i = (ix - 1) as usize;
            let e = &self.entries[i];
            if e.hash == hash && !e.key.is_undef() && (e.key.is(key) || eq(e.key, key)) {
                return Some(i);
            }
            perturb >>= 5;
            slot = (slot * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// Append a new entry (the caller checked that `key` is absent). Returns its entry index.
    pub fn push(&mut self, hash: u64, key: Value, value: Value) -> usize {
        if self.entries.len() >= SMALL && self.entries.len() > self.len * 2 {
            self.compact();
        }
        let i = self.entries.len();
        self.entries.push(Entry { hash, key, value });
        self.len += 1;
        self.inserts = self.inserts.wrapping_add(1);
        if !self.index.is_empty() {
            if (self.entries.len()) * 3 >= self.index.len() * 2 {
                self.rebuild_index();
            } else {
                self.index_insert(hash, i);
            }
        } else if self.entries.len() > SMALL {
            self.rebuild_index();
        }
        i
    }

    /// Remove the entry at index `i`, returning (key, value).
    pub fn remove_at(&mut self, i: usize) -> (Value, Value) {
        let e = self.entries[i];
        self.entries[i].key = Value::Undef;
        self.entries[i].value = Value::Undef;
        self.len -= 1;
        if self.len == 0 {
            self.clear();
        } else if i + 1 == self.entries.len() && self.index.is_empty() {
            self.entries.pop();
        }
        (e.key, e.value)
    }

    /// Remove and return the last inserted entry (`dict.popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let i = self.entries.iter().rposition(|e| !e.key.is_undef())?;
        Some(self.remove_at(i))
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
    }

    fn compact(&mut self) {
        self.entries.retain(|e| !e.key.is_undef());
        self.rebuild_index();
    }

    fn rebuild_index(&mut self) {
        self.len = self.entries.iter().filter(|e| !e.key.is_undef()).count();
        if self.entries.len() <= SMALL {
            self.index.clear();
            return;
        }
        let mut size = 16;
        while size * 2 < self.entries.len() * 3 + 3 {
            size *= 2;
        }
        self.index.clear();
        self.index.resize(size, 0);
        for i in 0..self.entries.len() {
            if !self.entries[i].key.is_undef() {
                let h = self.entries[i].hash;
                self.index_insert(h, i);
            }
        }
    }

    fn index_insert(&mut self, hash: u64, i: usize) {
        let mask = self.index.len() - 1;
        let mut slot = (hash as usize) & mask;
        let mut perturb = hash;
        while self.index[slot] != 0 {
            perturb >>= 5;
            slot = (slot * 5 + 1 + perturb as usize) & mask;
        }
        self.index[slot] = i as u32 + 1;
    }

    /// Recompute hashes (after deserialization) and rebuild the index. Deleted slots stay, so
    /// iterator positions remain valid. `hash` returns None for a key it cannot hash natively.
    pub fn rehash(&mut self, hash: &mut dyn FnMut(Value) -> Option<u64>) -> Result<(), Value> {
        for e in &mut self.entries {
            if !e.key.is_undef() {
                e.hash = hash(e.key).ok_or(e.key)?;
            }
        }
        self.rebuild_index();
        Ok(())
    }

    /// Rebuild the index from the stored hashes (after deserialization).
    pub fn reindex(&mut self) {
        self.rebuild_index();
    }

    /// Reorder the live entries so that iteration follows CPython 3.11's *set* iteration order
    /// (hash-table slot order) for these keys inserted one by one, in the current entry order,
    /// into an empty set (exact for sets built by adds, without deletions interleaved). Only
    /// ever applied to copies (see [`Dict::cpython_set_ordered`]): the simulation is not
    /// idempotent, so a set keeps its insertion order. Returns false if nothing changed.
    pub fn to_cpython_set_order(&mut self) -> bool {
        if self.len < 2 {
            return false;
        }
        // Deleted entries still in the vector (they keep their hash) are inserted too and left
        // as dummies: exact for "build, then remove", as CPython leaves dummy slots behind.
        let live: Vec<(usize, u64)> = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (i, e.hash))
            .collect();
        fn insert_clean(table: &mut [u32], mask: usize, hash: u64, v: u32) {
            let mut perturb = hash;
            let mut i = (hash as usize) & mask;
            loop {
                if table[i] == 0 {
                    table[i] = v;
                    return;
                }
                if i + 9 <= mask {
                    for j in 1..=9 {
                        if table[i + j] == 0 {
                            table[i + j] = v;
                            return;
                        }
                    }
                }
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
        }
        let mut mask = 7usize;
        let mut table = vec![0u32; 8];
        for (li, &(_, h)) in live.iter().enumerate() {
            insert_clean(&mut table, mask, h, li as u32 + 1);
            let used = li + 1;
            if used * 5 >= mask * 3 {
                let minused = if used > 50_000 { used * 2 } else { used * 4 };
                let mut size = 8;
                while size <= minused {
                    size <<= 1;
                }
                let old = std::mem::replace(&mut table, vec![0u32; size]);
                mask = size - 1;
                for v in old.into_iter().filter(|v| *v != 0) {
                    insert_clean(&mut table, mask, live[v as usize - 1].1, v);
                }
            }
        }
        let order: Vec<usize> = table
            .into_iter()
            .filter(|v| *v != 0)
            .map(|v| live[v as usize - 1].0)
            .filter(|i| !self.entries[*i].key.is_undef())
            .collect();
        if order.len() == self.entries.len() && order.iter().enumerate().all(|(i, o)| i == *o) {
            return false;
        }
        let new: Vec<Entry> = order.iter().map(|i| self.entries[*i]).collect();
        self.entries = new;
        self.rebuild_index();
        true
    }

    /// A copy in CPython set iteration order, or `None` when the entries already are in it.
    /// (The original keeps its insertion order: the simulation must always start from it.)
    pub fn cpython_set_ordered(&self) -> Option<Dict> {
        if self.len < 2 {
            return None;
        }
        let mut c = self.clone();
        if c.to_cpython_set_order() {
            Some(c)
        } else {
            None
        }
    }

    pub fn trace(&self, f: &mut impl FnMut(Value)) {
        for e in &self.entries {
            f(e.key);
            f(e.value);
        }
    }

    pub fn approx_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Entry>() + self.index.capacity() * 4
    }
}
