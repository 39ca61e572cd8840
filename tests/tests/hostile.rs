//! Malformed and hostile programs fed through `cloaca_core::script::run_file` in-process.
//!
//! Every case must end cleanly: the right exit code and a SyntaxError / RecursionError /
//! MemoryError final line, never a crash of the host process. That this test binary finishes at
//! all is the proof that the runtime survived; after each case a trivial script is run to check
//! the runtime is still usable.
//!
//! Infinite loops (`while True: pass`) are deliberately absent: they need the VM's instruction
//! budget, which is tested elsewhere.
//!
//! Where CPython (the temporary `python3` stub) and Cloaca may legitimately differ, the
//! assertion accepts every behaviour Cloaca is allowed to have: e.g. deep nesting may either
//! work (with the right output) or fail cleanly with a SyntaxError (exit 2) or a
//! RecursionError/MemoryError (exit 1).

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use cloaca_core::script::{run_file, ScriptOutput};
use cloaca_tests::{exception_kind, final_line, is_syntax_kind};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A scratch directory that is removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Scratch {
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let dir =
            std::env::temp_dir().join(format!("cloaca-hostile-{}-{n}-{tag}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create scratch dir");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Write `source` to `<scratch>/main.py` and run it.
fn run_bytes(tag: &str, source: &[u8]) -> ScriptOutput {
    let scratch = Scratch::new(tag);
    let path = scratch.0.join("main.py");
    std::fs::write(&path, source).expect("write script");
    let out = run_file(&path);
    still_alive();
    out
}

fn run_src(tag: &str, source: &str) -> ScriptOutput {
    run_bytes(tag, source.as_bytes())
}

/// The runtime must still work after a hostile program.
fn still_alive() {
    let scratch = Scratch::new("alive");
    let path = scratch.0.join("alive.py");
    std::fs::write(&path, "print(6 * 7)\n").unwrap();
    let out = run_file(&path);
    assert_eq!(
        (out.exit_code, out.stdout.as_str()),
        (0, "42\n"),
        "runtime unusable afterwards: {out:?}"
    );
}

fn describe(out: &ScriptOutput) -> String {
    let tail: Vec<&str> = out.stderr.lines().rev().take(4).collect();
    format!(
        "exit {} | stdout {} bytes: {:?} | stderr tail: {:?}",
        out.exit_code,
        out.stdout.len(),
        out.stdout.chars().take(120).collect::<String>(),
        tail
    )
}

fn kind(out: &ScriptOutput) -> String {
    exception_kind(final_line(&out.stderr))
}

fn is_syntax_error(out: &ScriptOutput) -> bool {
    out.exit_code == 2 && is_syntax_kind(&kind(out))
}

fn is_resource_error(out: &ScriptOutput) -> bool {
    out.exit_code == 1 && matches!(kind(out).as_str(), "RecursionError" | "MemoryError")
}

#[track_caller]
fn assert_syntax_error(tag: &str, out: &ScriptOutput) {
    assert!(
        is_syntax_error(out),
        "{tag}: expected exit 2 with a SyntaxError, got {}",
        describe(out)
    );
    assert!(
        out.stdout.is_empty(),
        "{tag}: nothing may run before a syntax error is reported"
    );
}

#[track_caller]
fn assert_runtime_error(tag: &str, out: &ScriptOutput, kinds: &[&str]) {
    let k = kind(out);
    assert!(
        out.exit_code == 1 && kinds.contains(&k.as_str()),
        "{tag}: expected exit 1 with one of {kinds:?}, got {}",
        describe(out)
    );
}

/// Deep-nesting cases: either the program works and prints `expected`, or it fails cleanly.
#[track_caller]
fn assert_ok_or_clean_error(tag: &str, out: &ScriptOutput, expected: &str) {
    let ok = out.exit_code == 0 && out.stdout == expected;
    assert!(
        ok || is_syntax_error(out) || is_resource_error(out),
        "{tag}: expected success printing {:?} or a clean SyntaxError (exit 2) / \
         RecursionError or MemoryError (exit 1), got {}",
        expected.chars().take(60).collect::<String>(),
        describe(out)
    );
}

// ---------------------------------------------------------------- syntax errors

#[test]
fn syntax_errors_of_many_kinds() {
    let cases: &[(&str, &str)] = &[
        ("missing colon", "if True\n    pass\n"),
        ("missing colon def", "def f()\n    return 1\n"),
        ("unexpected indent", "x = 1\n    y = 2\n"),
        ("expected indent", "while True:\nx = 1\n"),
        ("bad dedent", "if 1:\n        a = 1\n    b = 2\n"),
        ("unclosed paren", "print((1, 2)\n"),
        ("unclosed bracket", "x = [1, 2,\n"),
        ("unclosed brace", "d = {'a': 1\n"),
        ("unmatched close", "x = 1)\n"),
        ("mismatched", "x = (1, 2]\n"),
        ("return outside function", "return 1\n"),
        ("break outside loop", "break\n"),
        ("continue outside loop", "if True:\n    continue\n"),
        ("yield outside function", "x = yield 1\n"),
        ("assign to call", "f() = 1\n"),
        ("assign to literal", "1 = x\n"),
        ("assign to operator", "a + b = 3\n"),
        ("del literal", "del 5\n"),
        ("keyword as name", "def = 3\n"),
        ("bad token", "x = 1 ? 2\n"),
        ("dangling operator", "x = 1 +\n"),
        ("double operator", "x = 1 */ 2\n"),
        ("lone else", "else:\n    pass\n"),
        ("elif without if", "elif x:\n    pass\n"),
        ("except without try", "except ValueError:\n    pass\n"),
        ("try without except", "try:\n    pass\nx = 1\n"),
        ("duplicate argument", "def f(a, a):\n    pass\n"),
        ("default before non-default", "def f(a=1, b):\n    pass\n"),
        ("positional after keyword", "f(a=1, 2)\n"),
        ("repeated keyword", "f(a=1, a=2)\n"),
        ("nonlocal at module level", "nonlocal x\n"),
        ("nonlocal without binding", "def f():\n    nonlocal q\n"),
        ("unterminated f-string field", "x = f'{1 + '\n"),
        ("bad number", "x = 1_\n"),
        ("bad number 2", "x = 0b102\n"),
        ("invalid decimal literal", "x = 12abc\n"),
        ("lambda with statement", "f = lambda: return 1\n"),
        ("star expression alone", "*a\n"),
        ("two starred targets", "*a, *b = [1, 2]\n"),
        ("tabs and spaces", "if 1:\n\tx = 1\n        y = 2\n"),
        ("stray backslash", "x = 1 \\ 2\n"),
        ("unterminated string", "s = 'abc\nprint(s)\n"),
        ("unterminated double string", "s = \"abc\n"),
        ("unterminated triple-quoted", "s = \"\"\"abc\n\nmore\n"),
        (
            "unterminated triple single",
            "print('ok')\ns = '''never closed\n",
        ),
        ("unterminated bytes", "b = b'abc\n"),
        ("error after valid code", "print('must not run')\nx = (\n"),
        ("class missing colon", "class A\n    pass\n"),
        ("walrus at statement level", "x := 5\n"),
        ("augmented assign to tuple", "(a, b) += 1\n"),
    ];
    let mut failures = Vec::new();
    for (tag, src) in cases {
        let out = run_src("syntax", src);
        if !is_syntax_error(&out) || !out.stdout.is_empty() {
            failures.push(format!("{tag}: {src:?} -> {}", describe(&out)));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} syntax cases not reported cleanly:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn unterminated_triple_quoted_string_spanning_file() {
    let mut src = String::from("x = 1\ns = \"\"\"\n");
    for i in 0..10_000 {
        src.push_str(&format!("line {i} of a string that never ends\n"));
    }
    assert_syntax_error("unterminated triple-quoted", &run_src("triple", &src));
}

#[test]
fn non_utf8_source() {
    let out = run_bytes("nonutf8", b"x = \"\xff\xfe\xfd\"\nprint(x)\n");
    assert_syntax_error("non-UTF-8 bytes", &out);
    let out = run_bytes(
        "nonutf8b",
        b"# comment with \xc3\x28 invalid sequence\nprint(1)\n",
    );
    assert_syntax_error("invalid UTF-8 sequence in a comment", &out);
}

#[test]
fn null_byte_in_source() {
    assert_syntax_error("null byte", &run_bytes("nul", b"x = 1\x00\nprint(x)\n"));
    assert_syntax_error(
        "null byte in string",
        &run_bytes("nul2", b"print('a\x00b')\n"),
    );
}

#[test]
fn empty_file() {
    let out = run_src("empty", "");
    assert_eq!(
        (out.exit_code, out.stdout.as_str(), out.stderr.as_str()),
        (0, "", ""),
        "{}",
        describe(&out)
    );
}

#[test]
fn only_comments_and_blank_lines() {
    let out = run_src(
        "comments",
        "# just a comment\n\n   # indented comment\n\n\n# last line, no newline",
    );
    assert_eq!(
        (out.exit_code, out.stdout.as_str(), out.stderr.as_str()),
        (0, "", ""),
        "{}",
        describe(&out)
    );
    let out = run_src("blank", "\n\n   \n\t\n");
    assert_eq!(
        (out.exit_code, out.stdout.as_str()),
        (0, ""),
        "{}",
        describe(&out)
    );
}

#[test]
fn no_trailing_newline_and_crlf() {
    let out = run_src("nonl", "print('no newline at end')");
    assert_eq!(
        (out.exit_code, out.stdout.as_str()),
        (0, "no newline at end\n"),
        "{}",
        describe(&out)
    );
    let out = run_src("crlf", "x = 1\r\nif x:\r\n    print('crlf ok')\r\n");
    assert_eq!(
        (out.exit_code, out.stdout.as_str()),
        (0, "crlf ok\n"),
        "{}",
        describe(&out)
    );
}

// ---------------------------------------------------------------- deep nesting / huge input

#[test]
fn nested_parentheses_100k() {
    let n = 100_000;
    let src = format!("x = {}1{}\nprint(x)\n", "(".repeat(n), ")".repeat(n));
    // CPython: "SyntaxError: too many nested parentheses". Cloaca may also evaluate it.
    assert_ok_or_clean_error("100k nested parens", &run_src("parens", &src), "1\n");
}

#[test]
fn nested_lists_100k() {
    let n = 100_000;
    let src = format!("x = {}{}\nprint(len(x))\n", "[".repeat(n), "]".repeat(n));
    assert_ok_or_clean_error("100k nested lists", &run_src("lists", &src), "1\n");
}

#[test]
fn unclosed_nested_parentheses_100k() {
    let src = format!("x = {}1\n", "(".repeat(100_000));
    assert_syntax_error("100k unclosed parens", &run_src("unclosed", &src));
}

#[test]
fn nested_if_blocks_5000() {
    let depth = 5_000;
    let mut src = String::new();
    for i in 0..depth {
        src.push_str(&" ".repeat(i));
        src.push_str("if True:\n");
    }
    src.push_str(&" ".repeat(depth));
    src.push_str("print('deep')\n");
    // CPython: "IndentationError: too many levels of indentation".
    assert_ok_or_clean_error("5000 nested ifs", &run_src("ifs", &src), "deep\n");
}

#[test]
fn nested_unary_minus_100k() {
    let src = format!("x = {}1\nprint(x)\n", "- ".repeat(100_000));
    // CPython: MemoryError from the parser. 100k minus signs: even count, result 1.
    assert_ok_or_clean_error("100k unary minus", &run_src("unary", &src), "1\n");
}

#[test]
fn one_megabyte_flat_list_literal() {
    let n = 260_000;
    let items: Vec<String> = (0..n).map(|i| (i % 1000).to_string()).collect();
    let src = format!("x = [{}]\nprint(len(x), sum(x))\n", items.join(","));
    assert!(src.len() > 1_000_000);
    let expected_sum: u64 = (0..n as u64).map(|i| i % 1000).sum();
    let out = run_src("flatlist", &src);
    assert_eq!(
        (out.exit_code, out.stdout.as_str()),
        (0, format!("{n} {expected_sum}\n").as_str()),
        "1 MB list literal must just work: {}",
        describe(&out)
    );
}

#[test]
fn one_megabyte_binary_expression_chain() {
    let n = 350_000;
    let src = format!("x = {}\nprint(x)\n", vec!["1"; n].join("+"));
    assert!(src.len() > 700_000);
    // A left-deep BinOp chain: CPython raises RecursionError during compilation.
    assert_ok_or_clean_error(
        "350k-term + chain",
        &run_src("chain", &src),
        &format!("{n}\n"),
    );
}

#[test]
fn one_megabyte_string_literal() {
    let src = format!(
        "s = \"{}\"\nprint(len(s), s[:4], s[-4:])\n",
        "ab".repeat(500_000)
    );
    let out = run_src("bigstr", &src);
    assert_eq!(
        (out.exit_code, out.stdout.as_str()),
        (0, "1000000 abab abab\n"),
        "{}",
        describe(&out)
    );
}

#[test]
fn hundred_thousand_statements() {
    let src = format!("x = 0\n{}print(x)\n", "x = x + 1\n".repeat(100_000));
    let out = run_src("stmts", &src);
    assert_eq!(
        (out.exit_code, out.stdout.as_str()),
        (0, "100000\n"),
        "{}",
        describe(&out)
    );
}

// ---------------------------------------------------------------- runaway recursion

#[test]
fn runaway_recursion() {
    let out = run_src(
        "recursion",
        "def f():\n    return f()\nprint('start')\nf()\n",
    );
    assert_runtime_error("runaway recursion", &out, &["RecursionError"]);
    assert_eq!(out.stdout, "start\n");
}

#[test]
fn mutual_recursion() {
    let src =
        "def ping(n):\n    return pong(n + 1)\ndef pong(n):\n    return ping(n + 1)\nping(0)\n";
    assert_runtime_error(
        "mutual recursion",
        &run_src("mutual", src),
        &["RecursionError"],
    );
}

#[test]
fn recursion_through_methods_and_dunders() {
    let src = "class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n";
    assert_runtime_error(
        "recursive __repr__",
        &run_src("repr", src),
        &["RecursionError"],
    );
    let src = "class B:\n    def __getattr__(self, name):\n        return self.missing\nB().x\n";
    assert_runtime_error(
        "recursive __getattr__",
        &run_src("getattr", src),
        &["RecursionError"],
    );
    let src = "class C:\n    def __eq__(self, o):\n        return self == o\nC() == C()\n";
    assert_runtime_error("recursive __eq__", &run_src("eq", src), &["RecursionError"]);
}

#[test]
fn recursive_generators() {
    let src = "def g():\n    yield from g()\nfor x in g():\n    pass\n";
    assert_runtime_error(
        "recursive yield from",
        &run_src("gen", src),
        &["RecursionError"],
    );
}

#[test]
fn recursion_error_is_catchable_repeatedly() {
    let src = "def f(n):\n    return f(n + 1)\nfor i in range(3):\n    try:\n        f(0)\n    except RecursionError:\n        print('caught', i)\ndef g(n):\n    return 0 if n == 0 else 1 + g(n - 1)\nprint(g(200))\n";
    let out = run_src("catch", src);
    assert_eq!(
        (out.exit_code, out.stdout.as_str()),
        (0, "caught 0\ncaught 1\ncaught 2\n200\n"),
        "{}",
        describe(&out)
    );
}

#[test]
fn deeply_nested_data_repr() {
    let src = "x = []\nfor i in range(100000):\n    x = [x]\nprint(x)\n";
    let expected = format!("{}{}\n", "[".repeat(100_001), "]".repeat(100_001));
    // CPython: RecursionError while getting the repr. An iterative repr is fine too.
    let out = run_src("nestedrepr", src);
    assert!(
        (out.exit_code == 0 && out.stdout == expected) || is_resource_error(&out),
        "nested repr: {}",
        describe(&out)
    );
    let src = "a = []\nb = []\nfor i in range(100000):\n    a = [a]\n    b = [b]\nprint(a == b)\n";
    let out = run_src("nestedeq", src);
    assert!(
        (out.exit_code == 0 && out.stdout == "True\n") || is_resource_error(&out),
        "nested ==: {}",
        describe(&out)
    );
}

// ---------------------------------------------------------------- huge allocations

#[test]
fn huge_allocations_fail_cleanly() {
    let cases: &[(&str, &str)] = &[
        ("huge str repeat", "s = 'a' * (2 ** 62)\n"),
        ("huge list repeat", "l = [0] * (10 ** 12)\n"),
        ("index-overflowing repeat", "s = 'ab' * (2 ** 64)\n"),
        ("huge bytes", "b = bytes(2 ** 62)\n"),
    ];
    let mut failures = Vec::new();
    for (tag, src) in cases {
        let out = run_src("alloc", src);
        let k = kind(&out);
        if !(out.exit_code == 1 && matches!(k.as_str(), "MemoryError" | "OverflowError")) {
            failures.push(format!("{tag}: {}", describe(&out)));
        }
    }
    assert!(
        failures.is_empty(),
        "allocation cases not reported cleanly:\n{}",
        failures.join("\n")
    );
}

// ---------------------------------------------------------------- match statements

#[test]
fn match_patterns_nested_and_wide() {
    // Deeply nested sequence patterns: a clean SyntaxError (too many nested parentheses)
    // or a match.
    for n in [150usize, 100_000] {
        let src = format!(
            "match 1:\n    case {}x{}:\n        print(x)\n    case _:\n        print('no')\n",
            "[".repeat(n),
            "]".repeat(n)
        );
        assert_ok_or_clean_error("nested sequence pattern", &run_src("mseq", &src), "no\n");
    }
    // Very wide or-patterns, mapping and class patterns.
    let alts: Vec<String> = (0..20_000).map(|i| i.to_string()).collect();
    let src = format!(
        "match 3:\n    case {}:\n        print('hit')\n",
        alts.join(" | ")
    );
    assert_ok_or_clean_error("wide or-pattern", &run_src("mor", &src), "hit\n");
    let keys: Vec<String> = (0..5_000).map(|i| format!("'k{i}': _")).collect();
    let src = format!(
        "match {{}}:\n    case {{{}}}:\n        print(1)\n    case _:\n        print(2)\n",
        keys.join(", ")
    );
    assert_ok_or_clean_error("wide mapping pattern", &run_src("mmap", &src), "2\n");
    // Hostile class patterns: a non-class, bad __match_args__, a raising attribute.
    let src = "class C:\n    __match_args__ = ('a', 'b')\n    @property\n    def a(self):\n        raise ValueError('boom')\nmatch C():\n    case C(1, 2):\n        pass\n";
    assert_runtime_error(
        "raising match attribute",
        &run_src("mcls", src),
        &["ValueError"],
    );
    let src = "match 1:\n    case len():\n        pass\n";
    assert_runtime_error("non-class pattern", &run_src("mcls2", src), &["TypeError"]);
    still_alive();
}
