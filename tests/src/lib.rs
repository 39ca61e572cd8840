//! Shared helpers for the Cloaca golden-test harness.
//!
//! The corpus lives in `tests/corpus/<category>/<name>.py`. Every script is run through
//! [`cloaca_core::script::run_file`] and its output is pinned with an insta snapshot
//! (`tests/tests/golden.rs`, test `golden_snapshots`), and is also run under CPython (`python3`)
//! and compared (test `differential_vs_cpython`).
//!
//! Scripts can carry directives in their leading comment block (the lines before the first line
//! that is neither blank nor a `#` comment):
//!
//! * `# cloaca: module` — an importable helper module; not run as a test on its own.
//! * `# cloaca: syntax-error` — the script must fail to compile; differential comparison only
//!   checks the exception kind of the last stderr line (the part before `:`).
//! * `# cloaca: differs: <reason>` — a known, accepted difference from CPython; the differential
//!   comparison is skipped (the snapshot is still checked) and the reason is printed.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

pub use cloaca_core::script::ScriptOutput;

/// Exit code for an uncaught exception.
pub const EXIT_EXCEPTION: i32 = 1;
/// Exit code for a syntax error (CPython uses 1; Cloaca uses 2).
pub const EXIT_SYNTAX: i32 = 2;

/// Directives parsed from a script's header comments.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Directives {
    pub module: bool,
    pub syntax_error: bool,
    pub differs: Option<String>,
}

/// One corpus script.
#[derive(Debug, Clone)]
pub struct CorpusScript {
    /// Absolute path of the script.
    pub path: PathBuf,
    /// Path relative to the corpus root, with `/` separators (e.g. `literals/int_basic.py`).
    pub rel: String,
    pub directives: Directives,
}

impl CorpusScript {
    /// Snapshot name: the relative path without `.py`, `/` replaced by `__`.
    pub fn snapshot_name(&self) -> String {
        snapshot_name(&self.rel)
    }
}

/// `literals/int_basic.py` -> `literals__int_basic`.
pub fn snapshot_name(rel: &str) -> String {
    rel.strip_suffix(".py")
        .unwrap_or(rel)
        .replace(['/', '\\'], "__")
}

/// Root of the corpus (`<crate>/corpus`).
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// Parse `# cloaca: ...` directives from the leading comment block of `source`.
pub fn parse_directives(source: &str) -> Directives {
    let mut d = Directives::default();
    for line in source.lines() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if !t.starts_with('#') {
            break;
        }
        let body = t.trim_start_matches('#').trim();
        let Some(rest) = body.strip_prefix("cloaca:") else {
            continue;
        };
        let rest = rest.trim();
        if rest == "module" {
            d.module = true;
        } else if rest == "syntax-error" {
            d.syntax_error = true;
        } else if let Some(reason) = rest.strip_prefix("differs:") {
            d.differs = Some(reason.trim().to_string());
        } else if rest == "differs" {
            d.differs = Some(String::from("(no reason given)"));
        } else {
            panic!("unknown directive `# cloaca: {rest}`");
        }
    }
    d
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "__pycache__") {
                continue;
            }
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

/// Every corpus script, sorted by relative path, including modules (check `directives.module`).
pub fn discover_all() -> Vec<CorpusScript> {
    let root = corpus_dir();
    let mut paths = Vec::new();
    collect(&root, &mut paths);
    let mut scripts: Vec<CorpusScript> = paths
        .into_iter()
        .map(|path| {
            let rel = path
                .strip_prefix(&root)
                .expect("under corpus root")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            // Non-UTF-8 bytes are allowed in a script (the parser must reject them), so read lossily.
            let bytes = std::fs::read(&path).expect("read script");
            let directives = parse_directives(&String::from_utf8_lossy(&bytes));
            CorpusScript {
                path,
                rel,
                directives,
            }
        })
        .collect();
    scripts.sort_by(|a, b| a.rel.cmp(&b.rel));
    scripts
}

/// The scripts that are tests (everything but `# cloaca: module` files).
pub fn discover() -> Vec<CorpusScript> {
    discover_all()
        .into_iter()
        .filter(|s| !s.directives.module)
        .collect()
}

/// Optional filter from the environment: `CLOACA_CORPUS_FILTER=substring` runs only scripts whose
/// relative path contains the substring.
pub fn filtered(scripts: Vec<CorpusScript>) -> Vec<CorpusScript> {
    match std::env::var("CLOACA_CORPUS_FILTER") {
        Ok(f) if !f.is_empty() => scripts.into_iter().filter(|s| s.rel.contains(&f)).collect(),
        _ => scripts,
    }
}

/// Run `python3 <script>` the way the differential test wants it: cwd = the script's directory,
/// `PYTHONHASHSEED=0`, `PYTHONIOENCODING=utf-8`, no bytecode cache. Python's exit code 1 for a
/// SyntaxError (or subclass) is mapped to Cloaca's 2.
pub fn run_python(path: &Path) -> ScriptOutput {
    let dir = path.parent().expect("script has a parent directory");
    let file = path.file_name().expect("script has a file name");
    let out = Command::new("python3")
        .arg(file)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONSTARTUP")
        .env_remove("PYTHONPATH")
        .output()
        .unwrap_or_else(|e| panic!("cannot run python3 (is CPython 3.11 installed?): {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let mut exit_code = out.status.code().unwrap_or(-1);
    if exit_code == 1 && is_syntax_kind(&exception_kind(final_line(&stderr))) {
        exit_code = EXIT_SYNTAX;
    }
    ScriptOutput {
        stdout,
        stderr,
        exit_code,
    }
}

/// The last non-blank line of `stderr` (trailing whitespace removed).
pub fn final_line(stderr: &str) -> &str {
    stderr
        .lines()
        .rev()
        .map(str::trim_end)
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
}

/// The exception kind of a final traceback line: the part before the first `:` (or the whole
/// line when there is no message, e.g. `StopIteration`). A dotted module prefix is kept.
pub fn exception_kind(line: &str) -> String {
    line.split(':').next().unwrap_or("").trim().to_string()
}

/// `SyntaxError` and its subclasses.
pub fn is_syntax_kind(kind: &str) -> bool {
    matches!(kind, "SyntaxError" | "IndentationError" | "TabError")
}

/// Make stderr machine-independent: drop the script's directory from file paths so that
/// `File "/abs/path/corpus/errors/x.py"` becomes `File "x.py"`.
pub fn normalize_stderr(stderr: &str, script: &Path) -> String {
    let mut s = stderr.replace("\r\n", "\n");
    if let Some(dir) = script.parent() {
        let mut prefixes = vec![format!("{}/", dir.display())];
        if let Ok(canon) = dir.canonicalize() {
            prefixes.push(format!("{}/", canon.display()));
        }
        for p in prefixes {
            s = s.replace(&p, "");
        }
    }
    s
}

/// The text pinned in a snapshot.
pub fn snapshot_text(out: &ScriptOutput, script: &Path) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "exit_code: {}", out.exit_code);
    s.push_str("--- stdout ---\n");
    s.push_str(&out.stdout.replace("\r\n", "\n"));
    if !out.stdout.is_empty() && !out.stdout.ends_with('\n') {
        s.push_str("\n[no newline at end of stdout]\n");
    }
    s.push_str("--- stderr ---\n");
    s.push_str(&normalize_stderr(&out.stderr, script));
    s
}

/// A unified-style line diff, `-` for `expected`, `+` for `actual`, with 3 lines of context.
pub fn unified_diff(
    expected: &str,
    actual: &str,
    expected_name: &str,
    actual_name: &str,
) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header(expected_name, actual_name)
        .to_string()
}

/// Compare Cloaca's output with CPython's. Returns `None` when they agree, otherwise a
/// human-readable report.
pub fn differential_mismatch(
    script: &CorpusScript,
    cloaca: &ScriptOutput,
    python: &ScriptOutput,
) -> Option<String> {
    let mut problems = String::new();
    if cloaca.exit_code != python.exit_code {
        let _ = writeln!(
            problems,
            "  exit code: cloaca {} vs python {} (python's SyntaxError exit 1 counts as 2)",
            cloaca.exit_code, python.exit_code
        );
    }
    if cloaca.stdout != python.stdout {
        let _ = writeln!(problems, "  stdout differs:");
        for line in unified_diff(&python.stdout, &cloaca.stdout, "python3", "cloaca").lines() {
            let _ = writeln!(problems, "    {line}");
        }
    }
    let (cl, py) = (final_line(&cloaca.stderr), final_line(&python.stderr));
    let (cl_cmp, py_cmp) = if script.directives.syntax_error {
        (exception_kind(cl), exception_kind(py))
    } else {
        (
            normalize_stderr(cl, &script.path).trim().to_string(),
            normalize_stderr(py, &script.path).trim().to_string(),
        )
    };
    if cl_cmp != py_cmp {
        let what = if script.directives.syntax_error {
            "error kind"
        } else {
            "final stderr line"
        };
        let _ = writeln!(
            problems,
            "  {what} differs:\n    python3: {py_cmp}\n    cloaca:  {cl_cmp}"
        );
    }
    if script.directives.syntax_error && !is_syntax_kind(&exception_kind(py)) {
        let _ = writeln!(
            problems,
            "  script is marked `# cloaca: syntax-error` but CPython reported: {py}"
        );
    }
    if problems.is_empty() {
        None
    } else {
        Some(format!("{}:\n{problems}", script.rel))
    }
}

/// Map `f` over `items` on `threads` worker threads, preserving order.
pub fn parallel_map<T, R, F>(items: &[T], threads: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let threads = threads.max(1).min(items.len().max(1));
    let chunk = items.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|c| {
                let f = &f;
                scope.spawn(move || c.iter().map(f).collect::<Vec<R>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("worker thread panicked"))
            .collect()
    })
}

/// Number of worker threads for running scripts: `CLOACA_TEST_THREADS` or the CPU count (≥ 2).
pub fn worker_threads() -> usize {
    std::env::var("CLOACA_TEST_THREADS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
                .max(2)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives() {
        let d = parse_directives("# cloaca: module\nx = 1\n# cloaca: syntax-error\n");
        assert!(d.module && !d.syntax_error);
        let d = parse_directives(
            "\n# a comment\n# cloaca: differs: float repr\n# cloaca: syntax-error\n",
        );
        assert_eq!(d.differs.as_deref(), Some("float repr"));
        assert!(d.syntax_error);
    }

    #[test]
    fn kinds_and_lines() {
        assert_eq!(
            final_line("Traceback\n  x\nKeyError: 'a'\n\n"),
            "KeyError: 'a'"
        );
        assert_eq!(exception_kind("KeyError: 'a'"), "KeyError");
        assert_eq!(exception_kind("StopIteration"), "StopIteration");
        assert!(is_syntax_kind("IndentationError"));
        assert_eq!(snapshot_name("errors/key_error.py"), "errors__key_error");
    }

    #[test]
    fn differential_reports() {
        let mk = |stdout: &str, stderr: &str, exit_code| ScriptOutput {
            stdout: stdout.into(),
            stderr: stderr.into(),
            exit_code,
        };
        let mut script = CorpusScript {
            path: PathBuf::from("/c/errors/x.py"),
            rel: "errors/x.py".into(),
            directives: Directives::default(),
        };
        let py = mk("a\nb\n", "Traceback\nKeyError: 'k'\n", 1);
        assert!(differential_mismatch(&script, &py.clone(), &py).is_none());
        let report =
            differential_mismatch(&script, &mk("a\nc\n", "KeyError: 'j'\n", 0), &py).unwrap();
        assert!(
            report.contains("exit code") && report.contains("-b") && report.contains("+c"),
            "{report}"
        );
        assert!(report.contains("KeyError: 'j'"), "{report}");
        script.directives.syntax_error = true;
        let py = mk("", "  File x\nSyntaxError: invalid syntax\n", 2);
        assert!(
            differential_mismatch(&script, &mk("", "SyntaxError: expected ':'\n", 2), &py)
                .is_none()
        );
        assert!(differential_mismatch(&script, &mk("", "IndentationError: x\n", 2), &py).is_some());
    }

    #[test]
    fn parallel_map_keeps_order() {
        let v: Vec<u32> = (0..37).collect();
        assert_eq!(
            parallel_map(&v, 4, |x| x * 2),
            v.iter().map(|x| x * 2).collect::<Vec<_>>()
        );
    }
}
