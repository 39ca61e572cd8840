//! The bytecode verifier: a static check that a code object is well formed — operand indices in
//! range, jump targets inside the code, and at every instruction a consistent value-stack depth,
//! handler-block stack and handled-exception level (the same at every merge point), never below
//! what an instruction consumes or what its innermost handler truncates to.
//!
//! The compiler's tests run it over every snippet they compile; snapshot loading runs it over
//! every code object in the blob, so hostile bytecode is rejected before the VM sees it.

use crate::bytecode::{Code, Const, Op, Table};

#[derive(Clone, Debug, PartialEq)]
struct State {
    depth: i64,
    /// (handler target, value-stack depth when set up, exc level when set up)
    blocks: Vec<(u32, i64, i64)>,
    exc: i64,
}

pub fn effect(op: &Op) -> (i64, i64) {
    // (items required on the stack, net effect) for straight-line ops.
    match *op {
        Op::Nop => (0, 0),
        Op::Pop => (1, -1),
        Op::Copy(n) => (n as i64, 1),
        Op::Swap(n) => (n as i64, 0),
        Op::LoadConst(_)
        | Op::LoadFast(_)
        | Op::LoadDeref(_)
        | Op::LoadClosure(_)
        | Op::LoadClassDeref(_)
        | Op::LoadGlobal(_)
        | Op::LoadName(_)
        | Op::LoadAssertionError => (0, 1),
        Op::StoreFast(_) | Op::StoreDeref(_) | Op::StoreGlobal(_) | Op::StoreName(_) => (1, -1),
        Op::DeleteFast(_) | Op::DeleteDeref(_) | Op::DeleteGlobal(_) | Op::DeleteName(_) => (0, 0),
        Op::LoadAttr(_) => (1, 0),
        Op::StoreAttr(_) => (2, -2),
        Op::DeleteAttr(_) => (1, -1),
        Op::LoadMethod(_) => (1, 1),
        Op::BinarySubscr => (2, -1),
        Op::StoreSubscr => (3, -3),
        Op::DeleteSubscr => (2, -2),
        Op::BuildSlice(n) => (n as i64, 1 - n as i64),
        Op::Unary(_) => (1, 0),
        Op::Binary(_) | Op::Inplace(_) | Op::Compare(_) | Op::IsOp(_) | Op::ContainsOp(_) => {
            (2, -1)
        }
        Op::GetIter => (1, 0),
        Op::BuildTuple(n) | Op::BuildList(n) | Op::BuildSet(n) | Op::BuildString(n) => {
            (n as i64, 1 - n as i64)
        }
        Op::BuildMap(n) => (2 * n as i64, 1 - 2 * n as i64),
        Op::ListAppend(i) | Op::SetAdd(i) => (i as i64 + 1, -1),
        Op::MapAdd(i) => (i as i64 + 2, -2),
        Op::ListExtend(i) | Op::SetUpdate(i) | Op::DictUpdate(i) => (i as i64 + 1, -1),
        Op::DictMerge(i) => (i as i64 + 3, -1),
        Op::ListToTuple => (1, 0),
        Op::UnpackSequence(n) => (1, n as i64 - 1),
        Op::UnpackEx(n) => (1, (n & 0xff) as i64 + (n >> 8) as i64),
        Op::FormatValue { has_spec, .. } => {
            if has_spec {
                (2, -1)
            } else {
                (1, 0)
            }
        }
        Op::MakeFunction { flags, .. } => {
            let k = (flags & 0xf).count_ones() as i64;
            (k, 1 - k)
        }
        Op::BuildClass(n) => {
            let kw = (n & crate::bytecode::CLASS_KWARGS != 0) as i64;
            let n = (n & !crate::bytecode::CLASS_KWARGS) as i64;
            (n + 2 + kw, -(n + 1 + kw))
        }
        Op::Call(n) => (n as i64 + 1, -(n as i64)),
        Op::CallKw(n) => (n as i64 + 2, -(n as i64 + 1)),
        Op::CallMethod(n) => (n as i64 + 2, -(n as i64 + 1)),
        Op::CallEx(k) => (k as i64 + 2, -(k as i64 + 1)),
        Op::YieldValue => (1, 0),
        Op::GetYieldFromIter => (1, 0),
        Op::YieldFrom => (2, -1),
        Op::ImportName(_) => (2, -1),
        Op::ImportFrom(_) => (1, 1),
        Op::ImportStar => (1, -1),
        Op::PopExcept => (1, -1),
        Op::CheckExcMatch => (2, 0),
        Op::BeforeWith => (1, 1),
        Op::WithExceptStart => (3, 1),
        Op::PopBlock | Op::SetupFinally(_) | Op::SetupCleanup(_) => (0, 0),
        Op::Jump(_)
        | Op::PopJumpIfFalse(_)
        | Op::PopJumpIfTrue(_)
        | Op::JumpIfFalseOrPop(_)
        | Op::JumpIfTrueOrPop(_)
        | Op::ForIter(_)
        | Op::Return
        | Op::Raise(_)
        | Op::Reraise => (0, 0),
    }
}

/// Verify one code object; returns the max stack depth.
pub fn verify_code(code: &Code, ncodes: usize) -> Result<i64, String> {
    let n = code.ops.len();
    if code.lines.len() != n {
        return Err(format!("{}: lines.len() != ops.len()", code.qualname));
    }
    if n == 0 {
        return Err(format!("{}: empty code", code.qualname));
    }
    let mut states: Vec<Option<State>> = vec![None; n];
    let mut work = vec![0usize];
    states[0] = Some(State {
        depth: 0,
        blocks: vec![],
        exc: 0,
    });
    let mut max = 0;
    let err =
        |ip: usize, msg: &str| Err(format!("{} @{ip} {:?}: {msg}", code.qualname, code.ops[ip]));
    while let Some(ip) = work.pop() {
        let st = states[ip].clone().expect("state");
        let op = code.ops[ip];
        max = max.max(st.depth);
        let (need, net) = effect(&op);
        if st.depth < need {
            return err(ip, &format!("stack underflow (depth {})", st.depth));
        }
        // An instruction that raises after consuming its inputs must leave at least the depth the
        // innermost handler block truncates to, or the handler would see a short stack.
        if let Some(&(_, depth, _)) = st.blocks.last() {
            let peeks = matches!(
                op,
                Op::WithExceptStart | Op::Copy(_) | Op::Swap(_) | Op::ForIter(_)
            );
            if st.depth - need < depth && !peeks && !matches!(op, Op::PopBlock) {
                return err(
                    ip,
                    &format!("stack below handler depth {depth} (depth {})", st.depth),
                );
            }
        }
        // Operand range checks.
        let nderef = code.cellvars.len() + code.freevars.len();
        if let Op::MakeFunction { code: i, .. } = op {
            match code.consts.get(i as usize) {
                Some(Const::Code(c)) if (*c as usize) < ncodes => {}
                _ => return err(ip, "MakeFunction of a non-code const"),
            }
        }
        let range_check = op.table_operand().map(|(table, i)| match table {
            Table::Const => (i, code.consts.len(), "const"),
            Table::Var => (i, code.varnames.len(), "varname"),
            Table::Deref => (i, nderef, "deref"),
            Table::Name => (i, code.names.len(), "name"),
        });
        if let Some((i, limit, what)) = range_check {
            if i as usize >= limit {
                return err(ip, &format!("{what} index out of range"));
            }
        }
        let mut succ: Vec<(usize, State)> = Vec::new();
        let mut next = st.clone();
        next.depth += net;
        let target_ok = |t: u32| (t as usize) < n;
        match op {
            Op::Return => {
                if st.depth != 1 {
                    return err(ip, &format!("return with stack depth {}", st.depth));
                }
                if !st.blocks.is_empty() || st.exc != 0 {
                    return err(ip, "return with active blocks or handled exceptions");
                }
            }
            Op::Raise(k) => {
                if st.depth < k as i64 {
                    return err(ip, "raise underflow");
                }
            }
            Op::Reraise => {
                if st.depth < 1 {
                    return err(ip, "reraise underflow");
                }
            }
            Op::Jump(t) => {
                if !target_ok(t) {
                    return err(ip, "jump out of range");
                }
                succ.push((t as usize, next));
            }
            Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                if st.depth < 1 || !target_ok(t) {
                    return err(ip, "bad conditional jump");
                }
                next.depth -= 1;
                succ.push((t as usize, next.clone()));
                succ.push((ip + 1, next));
            }
            Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
                if st.depth < 1 || !target_ok(t) {
                    return err(ip, "bad conditional jump");
                }
                succ.push((t as usize, next.clone()));
                next.depth -= 1;
                succ.push((ip + 1, next));
            }
            Op::ForIter(t) => {
                if st.depth < 1 || !target_ok(t) {
                    return err(ip, "bad ForIter");
                }
                let mut exhausted = next.clone();
                exhausted.depth -= 1;
                succ.push((t as usize, exhausted));
                next.depth += 1;
                succ.push((ip + 1, next));
            }
            Op::SetupFinally(t) => {
                if !target_ok(t) {
                    return err(ip, "handler out of range");
                }
                let handler = State {
                    depth: st.depth + 2,
                    blocks: st.blocks.clone(),
                    exc: st.exc + 1,
                };
                succ.push((t as usize, handler));
                next.blocks.push((t, st.depth, st.exc));
                succ.push((ip + 1, next));
            }
            Op::SetupCleanup(t) => {
                if !target_ok(t) || st.depth < 1 || st.exc < 1 {
                    return err(ip, "SetupCleanup outside a handler");
                }
                let handler = State {
                    depth: st.depth + 1,
                    blocks: st.blocks.clone(),
                    exc: st.exc + 1,
                };
                succ.push((t as usize, handler));
                next.blocks.push((t, st.depth - 1, st.exc));
                succ.push((ip + 1, next));
            }
            Op::PopBlock => {
                if next.blocks.pop().is_none() {
                    return err(ip, "PopBlock with empty block stack");
                }
                succ.push((ip + 1, next));
            }
            Op::PopExcept => {
                next.exc -= 1;
                if next.exc < 0 {
                    return err(ip, "PopExcept without a handled exception");
                }
                succ.push((ip + 1, next));
            }
            _ => succ.push((ip + 1, next)),
        }
        for (t, s) in succ {
            if t >= n {
                return err(ip, "falls off the end of the code");
            }
            match &states[t] {
                None => {
                    states[t] = Some(s);
                    work.push(t);
                }
                Some(old) => {
                    if *old != s {
                        return Err(format!(
                            "{} @{t}: inconsistent states at merge: {old:?} vs {s:?} (from {ip})",
                            code.qualname
                        ));
                    }
                }
            }
        }
    }
    Ok(max)
}
