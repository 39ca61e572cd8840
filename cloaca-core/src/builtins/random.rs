//! The `random` module's generator: CPython's Mersenne Twister (MT19937), seeded the way CPython
//! seeds it, so `random.seed(n)` followed by `random()`, `getrandbits`, `randrange`, `randint`,
//! `choice`, `shuffle`, `sample`, `choices`, `uniform`, `gauss` … give CPython's exact values.
//!
//! The state lives in the heap — the prelude's `_random_state` list: 624 words, the index and
//! `gauss_next` — so it is plain data that a snapshot carries. The distribution functions are
//! written in the prelude on top of `_mt_random` / `_mt_getrandbits` / `_mt_seed`.

use super::{NativeDef, Owner};
use crate::ntry;
use crate::object::Obj;
use crate::value::{ObjId, Value};
use crate::vm::call::{Args, NResult};
use crate::vm::exc::PyErr;
use crate::vm::Vm;
use malachite_bigint::{BigInt, Sign};

const N: usize = 624;
const M: usize = 397;

pub fn register(v: &mut Vec<NativeDef>) {
    let defs: &[(&'static str, super::NativeFn)] = &[
        ("_mt_random", mt_random),
        ("_mt_getrandbits", mt_getrandbits),
        ("_mt_seed", mt_seed),
    ];
    for (name, f) in defs {
        v.push(NativeDef {
            name,
            owner: Owner::Builtins,
            f: *f,
        });
    }
}

/// The state list (624 words, index, gauss_next), initialized on first use: the module's
/// (`_random_state`), or a `random.Random` instance's when `given` is a list.
fn state(vm: &mut Vm, given: Option<Value>) -> Result<ObjId, PyErr> {
    let v = match given {
        Some(g) if !g.is_none() => g,
        _ => vm.prelude_fn("_random_state"),
    };
    let Some(id) = v
        .as_obj()
        .filter(|id| matches!(vm.heap.get(*id), Obj::List(_)))
    else {
        return Err(PyErr::type_error("random state is missing"));
    };
    let empty = matches!(vm.heap.get(id), Obj::List(l) if l.len() != N + 2);
    if empty {
        // Unseeded: CPython seeds from the OS; Cloaca seeds from a fixed value (deterministic).
        let seed = vm.random_state[0];
        let key = [seed as u32, (seed >> 32) as u32];
        let mut mt = [0u32; N];
        init_by_array(&mut mt, &key);
        store(vm, id, &mt);
    }
    Ok(id)
}

fn store(vm: &mut Vm, id: ObjId, mt: &[u32; N]) {
    if let Obj::List(l) = vm.heap.get_mut(id) {
        l.clear();
        l.extend(mt.iter().map(|w| Value::Int(*w as i64)));
        l.push(Value::Int(N as i64));
        l.push(Value::None);
    }
}

fn init_genrand(mt: &mut [u32; N], s: u32) {
    mt[0] = s;
    for i in 1..N {
        mt[i] = 1_812_433_253u32
            .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
            .wrapping_add(i as u32);
    }
}

fn init_by_array(mt: &mut [u32; N], key: &[u32]) {
    init_genrand(mt, 19_650_218);
    let (mut i, mut j) = (1usize, 0usize);
    let klen = key.len().max(1);
    let mut k = N.max(klen);
    while k > 0 {
        mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
            .wrapping_add(*key.get(j).unwrap_or(&0))
            .wrapping_add(j as u32);
        i += 1;
        j += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if j >= klen {
            j = 0;
        }
        k -= 1;
    }
    k = N - 1;
    while k > 0 {
        mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
            .wrapping_sub(i as u32);
        i += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
        k -= 1;
    }
    mt[0] = 0x8000_0000;
}

/// Draw one 32-bit word, operating on the state list in place.
fn genrand(st: &mut [Value]) -> u32 {
    let w = |v: Value| match v {
        Value::Int(i) => i as u32,
        _ => 0,
    };
    let mut idx = match st[N] {
        Value::Int(i) => i as usize,
        _ => N,
    };
    if idx >= N {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        for kk in 0..N {
            let y = (w(st[kk]) & UPPER) | (w(st[(kk + 1) % N]) & LOWER);
            let mag = if y & 1 != 0 { MATRIX_A } else { 0 };
            let v = w(st[(kk + M) % N]) ^ (y >> 1) ^ mag;
            st[kk] = Value::Int(v as i64);
        }
        idx = 0;
    }
    let mut y = w(st[idx]);
    st[N] = Value::Int(idx as i64 + 1);
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^= y >> 18;
    y
}

fn with_state<R>(
    vm: &mut Vm,
    given: Option<Value>,
    f: impl FnOnce(&mut [Value]) -> R,
) -> Result<R, PyErr> {
    let id = state(vm, given)?;
    match vm.heap.get_mut(id) {
        Obj::List(l) if l.len() == N + 2 => Ok(f(l)),
        _ => Err(PyErr::type_error("random state is corrupted")),
    }
}

/// `_mt_random([state])`
fn mt_random(vm: &mut Vm, args: Args) -> NResult {
    let r = ntry!(with_state(vm, args.pos.first().copied(), |st| {
        let a = (genrand(st) >> 5) as f64;
        let b = (genrand(st) >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }));
    NResult::Ok(Value::Float(r))
}

fn mt_getrandbits(vm: &mut Vm, args: Args) -> NResult {
    let k = ntry!(crate::builtins::seq::arg_int(
        vm,
        args.pos.first().copied().unwrap_or(Value::None),
        ""
    ));
    let given = args.pos.get(1).copied();
    if k < 0 {
        return NResult::Err(PyErr::value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return NResult::Ok(Value::Int(0));
    }
    if k <= 32 {
        let r = ntry!(with_state(vm, given, |st| genrand(st) >> (32 - k)));
        return NResult::Ok(Value::Int(r as i64));
    }
    ntry!(vm.check_alloc((k / 32) as usize, 4));
    let words = ntry!(with_state(vm, given, |st| {
        let mut out = Vec::new();
        let mut left = k;
        while left > 0 {
            let mut r = genrand(st);
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left -= 32;
        }
        out
    }));
    let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    let b = BigInt::from_bytes_le(Sign::Plus, &bytes);
    NResult::Ok(vm.int_from_big(b))
}

/// `_mt_seed(a[, state])`: CPython's seeding for ints (and `hash(a)` for other hashable values; CPython
/// hashes str/bytes seeds with SHA-512, which Cloaca does not — documented).
fn mt_seed(vm: &mut Vm, args: Args) -> NResult {
    let a = args.pos.first().copied().unwrap_or(Value::None);
    let big: BigInt = if a.is_none() {
        BigInt::from(vm.random_state[0])
    } else if let Some(b) = vm.to_bigint(a) {
        b
    } else {
        match vm.hash_native(a) {
            Some(Ok(h)) => BigInt::from(h as i64),
            Some(Err(e)) => return NResult::Err(e),
            None => return NResult::Err(PyErr::type_error("unhashable seed")),
        }
    };
    let (_, mut bytes) = big.to_bytes_le();
    while bytes.len() % 4 != 0 {
        bytes.push(0);
    }
    let mut key: Vec<u32> = bytes
        .chunks(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    while key.len() > 1 && *key.last().unwrap() == 0 {
        key.pop();
    }
    if key.is_empty() {
        key.push(0);
    }
    let mut mt = [0u32; N];
    init_by_array(&mut mt, &key);
    let id = ntry!(state(vm, args.pos.get(1).copied()));
    store(vm, id, &mt);
    NResult::Ok(Value::None)
}
