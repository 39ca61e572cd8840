//! Compiler tests: the bytecode verifier (`crate::verify`: stack depth, block stack and handled-exception level at
//! every instruction, consistent at merges) run over many snippets, plus error cases.

use super::compile_module;
use crate::bytecode::{Code, CompiledModule, Op};
use crate::error::CompileErrorKind;
use crate::verify::verify_code;

fn verify(module: &CompiledModule) -> Result<(), String> {
    for code in &module.codes {
        verify_code(code, module.codes.len())?;
        if code.cell2arg.len() != code.cellvars.len() {
            return Err(format!("{}: cell2arg length", code.qualname));
        }
    }
    Ok(())
}

fn compile_ok(src: &str) -> CompiledModule {
    match compile_module(src, "<test>", "__main__") {
        Ok(m) => {
            if let Err(e) = verify(&m) {
                panic!(
                    "verification failed: {e}\n--- source ---\n{src}\n--- dis ---\n{}",
                    crate::dis::disassemble(&m)
                );
            }
            m
        }
        Err(e) => panic!("compile failed: {e}\n--- source ---\n{src}"),
    }
}

const SNIPPETS: &[&str] = &[
    "x = 1\ny = x + 2 * 3 - 4 / 5 // 6 % 7 ** 8\n",
    "a = b = c = [1, 2.5, 'x', b'y', None, True, False, ...]\n",
    "big = 123456789012345678901234567890\nneg = -9223372036854775808\nt = (1, -2, (3, 'a'))\n",
    "s = f'{x!r:>{width}} and {y:.2f} {z!s} {w!a}'\nq = f''\nr = f'plain'\n",
    "l = [*a, 1, *b]\nt = (*a, 2)\ns = {*a, 3}\nd = {**m, 'k': 1, **n}\ne = {}\nf = {1: 2}\n",
    "x = a and b or not c\ny = a < b < c\nz = a is not b in c not in d\nw = 1 if a else 2\n",
    "if (n := 10) > 5:\n    print(n)\n",
    "x = a[1:2]\ny = a[::2]\nz = a[i, j]\nw = a[1:2, ::3]\na[0] = 1\ndel a[0], b.c, d\n",
    "f(1, 2, k=3)\nf(*a)\nf(*a, **k)\nf(1, *a, 2, x=1, **k, y=2)\no.m(1, 2)\no.m(a, k=1)\no.m(*a)\n",
    "f = lambda x, y=2, *a, k, z=3, **kw: x + y\ng = lambda: (yield)\n",
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    '''doc'''\n    return a\n",
    "@dec1\n@dec2(3)\ndef f():\n    pass\n",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\n",
    "def f(x):\n    def g():\n        return x\n    return g\n",
    "def f():\n    global G\n    G = 1\n    return G\n",
    "class C(Base):\n    '''doc'''\n    x = 1\n    def m(self):\n        return super().m() + self.x\n    @staticmethod\n    def s():\n        return __class__\n",
    "class C:\n    pass\n@deco\nclass D(A, B):\n    y = [i for i in range(3)]\n",
    "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C\n",
    "def f():\n    class C:\n        x = 1\n        def g(self):\n            return x\n    x = 2\n    return C\n",
    "a, b = b, a\na, *b, c = range(5)\n[a, (b, c)] = x\nfor i, (j, *k) in z:\n    pass\n",
    "x += 1\no.a -= 2\no[i] *= 3\no[i:j] //= 4\n",
    "x: int = 5\ny: int\no.a: int\no[0]: int = 1\n",
    "while x:\n    if y:\n        break\n    elif z:\n        continue\n    x -= 1\nelse:\n    pass\n",
    "for i in range(10):\n    if i:\n        continue\n    break\nelse:\n    print('done')\n",
    "while True:\n    x = 1\n",
    "assert x\nassert x, 'msg'\n",
    "import a\nimport a.b.c\nimport a.b.c as d\nfrom m import x, y as z\nfrom m import *\n",
    "raise\n",
    "raise E\n",
    "raise E from F\n",
    "try:\n    a()\nexcept E:\n    b()\n",
    "try:\n    a()\nexcept E as e:\n    b(e)\nexcept (F, G):\n    c()\nexcept:\n    d()\nelse:\n    e()\n",
    "try:\n    a()\nfinally:\n    b()\n",
    "try:\n    a()\nexcept E as e:\n    b()\nelse:\n    c()\nfinally:\n    d()\n",
    "with a() as x, b() as (y, z):\n    c()\nwith d():\n    pass\n",
    "def f():\n    for x in y:\n        try:\n            return x\n        finally:\n            cleanup()\n",
    "def f():\n    try:\n        return 1\n    finally:\n        return 2\n",
    "def f():\n    try:\n        pass\n    finally:\n        return 2\n",
    "def f():\n    with a() as b:\n        return b\n",
    "def f():\n    for x in y:\n        with a():\n            if x:\n                break\n            continue\n",
    "def f():\n    try:\n        g()\n    except E as e:\n        return e\n",
    "def f():\n    for x in y:\n        try:\n            g()\n        except E as e:\n            break\n        except F:\n            continue\n",
    "def f():\n    for x in y:\n        try:\n            g()\n        finally:\n            break\n",
    "def f():\n    while 1:\n        try:\n            g()\n        finally:\n            continue\n",
    "def f():\n    for a in b:\n        for c in d:\n            return c\n",
    "def f():\n    try:\n        try:\n            return 1\n        finally:\n            x()\n    finally:\n        y()\n",
    "def f():\n    with a():\n        with b():\n            try:\n                return 1\n            except E:\n                return 2\n",
    "def g():\n    x = yield 1\n    yield from h()\n    return x\n",
    "def g():\n    try:\n        yield 1\n    finally:\n        yield 2\n",
    "l = [x * y for x in a if x for y in b if y if x > y]\ns = {x for x in a}\nd = {k: v for k, v in items}\ng = (x for x in a)\n",
    "def f(a):\n    return [lambda: a + i for i in range(3)]\n",
    "def f():\n    return [y := i for i in range(3)], y\n",
    "z = [(w := i) for i in range(3)]\n",
    "def f(self):\n    return [super() for _ in ()]\n",
    "x = [[j for j in range(i)] for i in range(3)]\n",
    "def f(*, a):\n    del a\n",
    "def f():\n    x = 1\n    del x\n    def g():\n        return x\n",
    "class C:\n    def m(self):\n        def inner():\n            return __class__\n        return inner\n",
    "class C:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return f'C({self.x!r})'\n",
    "def f(a, *args, **kwargs):\n    return f(*args, **kwargs)\n",
    "print(1,\n      2,\n      3)\n",
    "try:\n    pass\nexcept E as e:\n    try:\n        pass\n    except F as f:\n        pass\n",
    "def f():\n    try:\n        pass\n    except E:\n        try:\n            return 1\n        finally:\n            pass\n",
    "x = not a\ny = -a\nz = +a\nw = ~a\nv = -1.5\n",
    "if a and (b or c):\n    pass\nif not (a and b):\n    pass\nwhile a or b and not c:\n    break\n",
    "x = a if b and c else d\n",
    "def gen():\n    for x in y:\n        with z:\n            yield x\n",
    "def f():\n    with a() as x:\n        try:\n            pass\n        finally:\n            return x\n",
];

#[test]
fn snippets_compile_and_verify() {
    for src in SNIPPETS {
        compile_ok(src);
    }
}

fn find_code<'a>(m: &'a CompiledModule, qualname: &str) -> &'a Code {
    m.codes
        .iter()
        .find(|c| &*c.qualname == qualname)
        .unwrap_or_else(|| {
            let names: Vec<_> = m.codes.iter().map(|c| c.qualname.clone()).collect();
            panic!("no code {qualname}: {names:?}")
        })
}

#[test]
fn qualnames_and_kinds() {
    let m = compile_ok(
        "def f():\n    def g():\n        return lambda: [x for x in ()]\nclass C:\n    def m(self):\n        pass\n    class D:\n        pass\n",
    );
    assert_eq!(&*m.codes[0].name, "<module>");
    find_code(&m, "f");
    find_code(&m, "f.<locals>.g");
    find_code(&m, "f.<locals>.g.<locals>.<lambda>");
    find_code(&m, "f.<locals>.g.<locals>.<lambda>.<locals>.<listcomp>");
    find_code(&m, "C.m");
    find_code(&m, "C.D");
    assert_eq!(find_code(&m, "C").kind, crate::bytecode::CodeKind::Class);
    assert!(find_code(&m, "C").flags.namespace);
    assert!(m.codes[0].flags.namespace);
}

#[test]
fn class_cell_and_super() {
    let m = compile_ok("class C(B):\n    def m(self):\n        return super().m()\n");
    let c = find_code(&m, "C");
    assert_eq!(c.cellvars, vec!["__class__".to_string()]);
    assert!(matches!(c.ops[c.ops.len() - 2], Op::LoadClosure(0)));
    let meth = find_code(&m, "C.m");
    assert_eq!(meth.freevars, vec!["__class__".to_string()]);
    // super(__class__, self)
    let pos = meth
        .ops
        .iter()
        .position(|o| matches!(o, Op::LoadDeref(0)))
        .unwrap();
    assert!(matches!(meth.ops[pos + 1], Op::LoadFast(0)));
    assert!(matches!(meth.ops[pos + 2], Op::Call(2)));
    // Without super, no cell: the body returns None.
    let m = compile_ok("class C:\n    def m(self):\n        return 1\n");
    assert!(find_code(&m, "C").cellvars.is_empty());
}

#[test]
fn closures_and_cells() {
    let m = compile_ok("def f(x):\n    y = 1\n    def g():\n        return x + y\n    return g\n");
    let f = find_code(&m, "f");
    assert_eq!(f.cellvars, vec!["x".to_string(), "y".to_string()]);
    assert_eq!(f.cell2arg, vec![Some(0), None]);
    let g = find_code(&m, "f.<locals>.g");
    assert_eq!(g.freevars, vec!["x".to_string(), "y".to_string()]);
    assert!(f
        .ops
        .iter()
        .any(|o| matches!(o, Op::MakeFunction { flags: 8, .. })));
}

#[test]
fn comprehension_shape() {
    let m = compile_ok("r = [x for x in y]\n");
    let comp = find_code(&m, "<listcomp>");
    assert_eq!(comp.kind, crate::bytecode::CodeKind::Comprehension);
    assert_eq!(comp.varnames[0], ".0");
    assert_eq!(comp.argcount, 1);
    assert!(matches!(comp.ops[0], Op::BuildList(0)));
    assert!(matches!(comp.ops[1], Op::LoadFast(0)));
    assert!(comp.ops.iter().any(|o| matches!(o, Op::ListAppend(2))));
    let g = compile_ok("r = (x for x in y)\n");
    assert!(find_code(&g, "<genexpr>").flags.generator);
    let module = &m.codes[0];
    let pos = module
        .ops
        .iter()
        .position(|o| matches!(o, Op::GetIter))
        .unwrap();
    assert!(matches!(module.ops[pos + 1], Op::Call(1)));
}

#[test]
fn line_table_uses_expression_start() {
    let m = compile_ok("x = 1\nf(\n  a,\n  b)\n");
    let code = &m.codes[0];
    let call = code
        .ops
        .iter()
        .position(|o| matches!(o, Op::Call(2)))
        .unwrap();
    assert_eq!(code.lines[call], 2);
    let b = code
        .ops
        .iter()
        .position(|o| matches!(o, Op::LoadName(i) if code.names[*i as usize] == "b"))
        .unwrap();
    assert_eq!(code.lines[b], 4);
}

fn compile_err(src: &str) -> crate::CompileError {
    match compile_module(src, "<test>", "__main__") {
        Ok(m) => panic!(
            "expected an error for {src:?}\n{}",
            crate::dis::disassemble(&m)
        ),
        Err(e) => e,
    }
}

#[test]
fn compile_errors() {
    use CompileErrorKind::*;
    let cases: &[(&str, CompileErrorKind, &str, u32, u32)] = &[
        ("return 1\n", SyntaxError, "'return' outside function", 1, 1),
        (
            "class C:\n  return 1\n",
            SyntaxError,
            "'return' outside function",
            2,
            3,
        ),
        ("yield 1\n", SyntaxError, "'yield' outside function", 1, 1),
        ("break\n", SyntaxError, "'break' outside loop", 1, 1),
        (
            "continue\n",
            SyntaxError,
            "'continue' not properly in loop",
            1,
            1,
        ),
        (
            "while 1:\n  def f():\n    break\n",
            SyntaxError,
            "'break' outside loop",
            3,
            5,
        ),
        (
            "for x in y:\n  pass\nelse:\n  break\n",
            SyntaxError,
            "'break' outside loop",
            4,
            3,
        ),
        (
            "del f()\n",
            SyntaxError,
            "cannot delete function call",
            1,
            5,
        ),
        ("del 1\n", SyntaxError, "cannot delete literal", 1, 5),
        (
            "del (a, f())\n",
            SyntaxError,
            "cannot delete function call",
            1,
            9,
        ),
        (
            "f(a=1, a=2)\n",
            SyntaxError,
            "keyword argument repeated: a",
            1,
            8,
        ),
        (
            "def f(a, a): pass\n",
            SyntaxError,
            "duplicate argument 'a' in function definition",
            1,
            10,
        ),
        (
            "(a, b) += 1\n",
            SyntaxError,
            "'tuple' is an illegal expression for augmented assignment",
            1,
            1,
        ),
        (
            "a, *b, *c = d\n",
            SyntaxError,
            "multiple starred expressions in assignment",
            1,
            8,
        ),
        (
            "nonlocal x\n",
            SyntaxError,
            "nonlocal declaration not allowed at module level",
            1,
            1,
        ),
        (
            "def f(x):\n    global x\n",
            SyntaxError,
            "name 'x' is parameter and global",
            2,
            5,
        ),
        (
            "def f():\n    x = 1\n    global x\n",
            SyntaxError,
            "name 'x' is assigned to before global declaration",
            3,
            5,
        ),
        (
            "def f():\n    print(x)\n    global x\n",
            SyntaxError,
            "name 'x' is used prior to global declaration",
            3,
            5,
        ),
        (
            "def f():\n    nonlocal x\n",
            SyntaxError,
            "no binding for nonlocal 'x' found",
            2,
            5,
        ),
        (
            "[x := 1 for x in y]\n",
            SyntaxError,
            "assignment expression cannot rebind comprehension iteration variable 'x'",
            1,
            2,
        ),
        (
            "async def f(): pass\n",
            NotImplementedError,
            "'async def' is not supported by Cloaca",
            1,
            1,
        ),
        (
            "def f():\n    await x\n",
            NotImplementedError,
            "'await' is not supported by Cloaca",
            2,
            5,
        ),
        (
            "try:\n    pass\nexcept* ValueError:\n    pass\n",
            NotImplementedError,
            "'except*' is not supported by Cloaca",
            1,
            1,
        ),
        (
            "class C(metaclass=M): pass\n",
            NotImplementedError,
            "metaclasses (metaclass=) are not supported by Cloaca",
            1,
            9,
        ),
        (
            "x = 1j\n",
            NotImplementedError,
            "complex numbers are not supported by Cloaca",
            1,
            5,
        ),
        (
            "from . import x\n",
            NotImplementedError,
            "relative imports are not supported by Cloaca",
            1,
            1,
        ),
        (
            "[(yield) for x in y]\n",
            SyntaxError,
            "'yield' inside list comprehension",
            1,
            3,
        ),
    ];
    for (src, kind, msg, line, col) in cases {
        let e = compile_err(src);
        assert_eq!(
            (e.kind, e.message.as_str(), e.line, e.column),
            (*kind, *msg, *line, *col),
            "source: {src:?}"
        );
    }
}

#[test]
fn too_many_static_blocks() {
    let mut src = String::new();
    for i in 0..21 {
        src.push_str(&"    ".repeat(i));
        src.push_str("while x:\n");
    }
    src.push_str(&"    ".repeat(21));
    src.push_str("pass\n");
    let e = compile_err(&src);
    assert_eq!(e.message, "too many statically nested blocks");
    assert_eq!(e.line, 21);
}

#[test]
#[ignore]
fn dump_dis() {
    let path = std::env::var("CLOACA_DIS").unwrap_or_default();
    let src = std::fs::read_to_string(path).unwrap();
    let m = compile_ok(&src);
    println!("{}", crate::dis::disassemble(&m));
}

#[test]
fn verifier_rejects_broken_code() {
    let mut m = compile_ok("def f():\n    try:\n        return 1\n    finally:\n        g()\n");
    let fi = m.codes.iter().position(|c| &*c.name == "f").unwrap();
    // Drop the PopBlock emitted while unwinding the finally for `return`.
    let pos = m.codes[fi]
        .ops
        .iter()
        .position(|o| matches!(o, Op::PopBlock))
        .unwrap();
    m.codes[fi].ops[pos] = Op::Nop;
    assert!(verify(&m).is_err());
    let mut m = compile_ok("x = [a, b]\n");
    m.codes[0].ops.insert(0, Op::Pop);
    m.codes[0].lines.insert(0, 1);
    assert!(verify(&m).is_err());
}
