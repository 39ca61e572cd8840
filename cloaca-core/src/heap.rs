//! The object arena and its mark-sweep collector.
//!
//! Objects live in a `Vec` of slots addressed by [`ObjId`]; freed slots are recycled through a free
//! list. Collection is *tracing*: the VM calls [`Heap::collect`] only at safe points (instruction
//! boundaries, where every live value is reachable from a task, a global or a code constant), so
//! cycles are reclaimed and no reference counts exist anywhere.

use crate::dict::Dict;
use crate::object::{IterState, Obj, PyStr};
use crate::value::{ObjId, Value};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Heap {
    slots: Vec<Option<Obj>>,
    #[serde(skip)]
    free: Vec<u32>,
    #[serde(skip)]
    live: usize,
    /// Allocations since the last collection.
    #[serde(skip)]
    allocated: usize,
    /// Collect once `allocated` exceeds this.
    #[serde(skip)]
    threshold: usize,
    /// Approximate bytes held by live objects after the last collection plus new allocations.
    #[serde(skip)]
    bytes: usize,
    /// Collect once `bytes` exceeds this, however few objects were allocated: a few large
    /// lists or strings per loop iteration would otherwise pile up for a hundred thousand
    /// allocations (hundreds of MB, most of the time spent by the kernel zeroing new pages).
    #[serde(skip)]
    byte_threshold: usize,
    /// Bumped whenever a class object may have changed (mutable access to a class, a class
    /// allocated, a collection that may free and later reuse ids). The attribute cache
    /// (`vm::ops::AttrCache`) trusts an entry only while this is unchanged.
    #[serde(skip)]
    class_epoch: u32,
    /// Collections so far (wrapping): object ids are reused only after one.
    #[serde(skip)]
    collections: u32,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

/// Statistics reported by `cloaca inspect` and the host API.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HeapStats {
    pub live_objects: usize,
    pub slots: usize,
    pub approx_bytes: usize,
}

const MIN_THRESHOLD: usize = 100_000;
/// The least `byte_threshold`: below this much, allocation alone never triggers a collection.
const MIN_BYTE_THRESHOLD: usize = 8 << 20;

impl Heap {
    pub fn new() -> Heap {
        Heap {
            slots: Vec::new(),
            free: Vec::new(),
            live: 0,
            allocated: 0,
            threshold: MIN_THRESHOLD,
            bytes: 0,
            byte_threshold: MIN_BYTE_THRESHOLD,
            class_epoch: 0,
            collections: 0,
        }
    }

    #[inline]
    pub fn alloc(&mut self, obj: Obj) -> ObjId {
        self.allocated += 1;
        self.live += 1;
        self.bytes += 48 + obj.extra_bytes();
        if matches!(obj, Obj::Class(_)) {
            self.class_epoch = self.class_epoch.wrapping_add(1);
        }
        if let Some(i) = self.free.pop() {
            self.slots[i as usize] = Some(obj);
            ObjId(i)
        } else {
            let i = self.slots.len() as u32;
            self.slots.push(Some(obj));
            ObjId(i)
        }
    }

    #[inline]
    pub fn alloc_str(&mut self, s: impl AsRef<str> + Into<Box<str>>) -> Value {
        Value::Obj(self.alloc(Obj::Str(PyStr::new(s))))
    }

    #[inline]
    pub fn get(&self, id: ObjId) -> &Obj {
        match &self.slots[id.index()] {
            Some(o) => o,
            None => panic!("dangling object id {}", id.0),
        }
    }

    #[inline]
    pub fn get_mut(&mut self, id: ObjId) -> &mut Obj {
        match &mut self.slots[id.index()] {
            Some(o) => {
                if matches!(o, Obj::Class(_)) {
                    self.class_epoch = self.class_epoch.wrapping_add(1);
                }
                o
            }
            None => panic!("dangling object id {}", id.0),
        }
    }

    /// The state of native iterator `id`, or None for any other object. Unlike
    /// [`Heap::get_mut`] this never counts as a class change (the `for` loop's fast path asks
    /// it of whatever it iterates, classes included).
    #[inline]
    pub fn iter_state_mut(&mut self, id: ObjId) -> Option<&mut IterState> {
        match &mut self.slots[id.index()] {
            Some(Obj::Iter(st)) => Some(&mut **st),
            Some(_) => None,
            None => panic!("dangling object id {}", id.0),
        }
    }

    /// Dict `id`'s table, or None for any other object. Like [`Heap::iter_state_mut`], never
    /// counts as a class change (a dict is not a class).
    #[inline]
    pub fn dict_mut(&mut self, id: ObjId) -> Option<&mut Dict> {
        match &mut self.slots[id.index()] {
            Some(Obj::Dict(d)) => Some(&mut **d),
            Some(_) => None,
            None => panic!("dangling object id {}", id.0),
        }
    }

    /// See the field `class_epoch`.
    #[inline]
    pub fn class_epoch(&self) -> u32 {
        self.class_epoch
    }

    /// Collections so far (wrapping): an id remembered under the same count still names the
    /// same object.
    #[inline]
    pub fn collections(&self) -> u32 {
        self.collections
    }

    /// The object, if `id` names a live slot (used when validating untrusted input).
    pub fn try_get(&self, id: ObjId) -> Option<&Obj> {
        self.slots.get(id.index()).and_then(|s| s.as_ref())
    }

    /// Whether enough has been allocated since the last collection to make one worthwhile.
    #[inline]
    pub fn should_collect(&self) -> bool {
        self.allocated >= self.threshold || self.bytes >= self.byte_threshold
    }

    /// Account for memory added to an existing object (list growth, string building).
    #[inline]
    pub fn note_bytes(&mut self, n: usize) {
        self.bytes += n;
    }

    pub fn approx_bytes(&self) -> usize {
        self.bytes + self.slots.len() * std::mem::size_of::<Option<Obj>>()
    }

    /// Mark everything reachable from `roots`, free the rest. Returns the number freed.
    #[allow(clippy::type_complexity)]
    pub fn collect(&mut self, roots: &mut dyn FnMut(&mut dyn FnMut(Value))) -> usize {
        self.class_epoch = self.class_epoch.wrapping_add(1);
        self.collections = self.collections.wrapping_add(1);
        let mut marks = vec![false; self.slots.len()];
        let mut work: Vec<ObjId> = Vec::new();
        roots(&mut |v| {
            if let Value::Obj(id) = v {
                if let Some(m) = marks.get_mut(id.index()) {
                    if !*m {
                        *m = true;
                        work.push(id);
                    }
                }
            }
        });
        while let Some(id) = work.pop() {
            if let Some(obj) = &self.slots[id.index()] {
                obj.trace(&mut |v| {
                    if let Value::Obj(c) = v {
                        if let Some(m) = marks.get_mut(c.index()) {
                            if !*m {
                                *m = true;
                                work.push(c);
                            }
                        }
                    }
                });
            }
        }
        // Sweep in one pass from the top, the free list built on the way (lowest index
        // last, so allocation refills the arena from the bottom). The slots above the
        // highest live one are trimmed instead, so the arena (and snapshots) shrink. One pass
        // rather than a sweep and a second walk for the free list: the slots are the
        // collector's largest memory traffic.
        let mut freed = 0;
        let mut bytes = 0;
        let mut keep = self.slots.len();
        self.free.clear();
        for (i, slot) in self.slots.iter_mut().enumerate().rev() {
            match slot {
                Some(obj) if marks[i] => {
                    bytes += 48 + obj.extra_bytes();
                    continue;
                }
                Some(_) => {
                    *slot = None;
                    freed += 1;
                }
                None => {}
            }
            if keep == i + 1 {
                keep = i;
            } else {
                self.free.push(i as u32);
            }
        }
        self.slots.truncate(keep);
        self.reset_counts(bytes);
        freed
    }

    /// Counts and collection thresholds for a heap of `bytes` live bytes whose free list was
    /// just rebuilt (after a collection or a load).
    fn reset_counts(&mut self, bytes: usize) {
        self.live = self.slots.len() - self.free.len();
        self.allocated = 0;
        self.threshold = MIN_THRESHOLD.max(self.live);
        self.bytes = bytes;
        self.byte_threshold = MIN_BYTE_THRESHOLD.max(bytes.saturating_mul(2));
    }

    /// Rebuild bookkeeping after deserialization (free list, counts, string hashes).
    pub fn after_load(&mut self) {
        self.free.clear();
        let mut bytes = 0;
        for (i, slot) in self.slots.iter_mut().enumerate().rev() {
            match slot {
                None => self.free.push(i as u32),
                Some(obj) => {
                    if let Obj::Str(s) = obj {
                        s.rehash();
                    }
                    bytes += 48 + obj.extra_bytes();
                }
            }
        }
        self.reset_counts(bytes);
    }

    /// A heap of loaded slots, as the derived `Deserialize` builds it (the bookkeeping is
    /// recomputed by [`Heap::after_load`]).
    pub(crate) fn from_slots(slots: Vec<Option<Obj>>) -> Heap {
        Heap {
            slots,
            free: Vec::new(),
            live: 0,
            allocated: 0,
            threshold: 0,
            bytes: 0,
            byte_threshold: 0,
            class_epoch: 0,
            collections: 0,
        }
    }

    /// Every slot (`None` = free), for snapshot validation.
    pub fn raw_slots(&self) -> &[Option<Obj>] {
        &self.slots
    }

    /// Mutable slots, for post-load fix-ups.
    pub fn raw_slots_mut(&mut self) -> &mut [Option<Obj>] {
        self.class_epoch = self.class_epoch.wrapping_add(1);
        &mut self.slots
    }

    pub fn len_slots(&self) -> usize {
        self.slots.len()
    }

    pub fn stats(&self) -> HeapStats {
        HeapStats {
            live_objects: self.live,
            slots: self.slots.len(),
            approx_bytes: self.approx_bytes(),
        }
    }

    /// Iterate live objects mutably (post-load fix-ups).
    pub fn objects_mut(&mut self) -> impl Iterator<Item = (ObjId, &mut Obj)> + '_ {
        self.class_epoch = self.class_epoch.wrapping_add(1);
        self.slots
            .iter_mut()
            .enumerate()
            .filter_map(|(i, s)| s.as_mut().map(|o| (ObjId(i as u32), o)))
    }

    /// Iterate live objects.
    pub fn objects(&self) -> impl Iterator<Item = (ObjId, &Obj)> + '_ {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.as_ref().map(|o| (ObjId(i as u32), o)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_large_objects_trigger_a_collection() {
        let mut heap = Heap::new();
        heap.alloc(Obj::List(vec![Value::None; 1000]));
        assert!(!heap.should_collect());
        // One list of 16 MB: far below the object-count threshold, above the byte threshold.
        let big = heap.alloc(Obj::List(vec![Value::None; 1 << 20]));
        assert!(heap.should_collect());
        // After a collection that keeps it, the byte threshold doubles past its size.
        heap.collect(&mut |mark| mark(Value::Obj(big)));
        assert!(!heap.should_collect());
        assert_eq!(heap.live, 1);
    }

    /// A collection frees the unreachable, trims the dead slots above the highest live one,
    /// and hands the others out again lowest index first.
    #[test]
    fn a_collection_trims_the_top_and_refills_from_the_bottom() {
        let mut heap = Heap::new();
        let ids: Vec<ObjId> = (0..8)
            .map(|i| heap.alloc(Obj::Cell(Value::Int(i))))
            .collect();
        // Keep 1, 4 and 5; 0, 2, 3 are holes below the top live slot; 6 and 7 are above it.
        let kept = [ids[1], ids[4], ids[5]];
        let freed = heap.collect(&mut |mark| kept.iter().for_each(|&k| mark(Value::Obj(k))));
        assert_eq!(freed, 5);
        assert_eq!(heap.stats().slots, 6);
        assert_eq!(heap.stats().live_objects, 3);
        for (k, want) in kept.iter().zip([1, 4, 5]) {
            assert!(matches!(heap.get(*k), Obj::Cell(Value::Int(v)) if *v == want));
        }
        let refill: Vec<u32> = (0..4)
            .map(|_| heap.alloc(Obj::Cell(Value::None)).0)
            .collect();
        assert_eq!(refill, vec![0, 2, 3, 6]);
    }
}
