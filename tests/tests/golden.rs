//! Golden tests over `tests/corpus/**/*.py`.
//!
//! * `golden_snapshots` runs every script through `cloaca_core::script::run_file` and pins exit
//!   code, stdout and (path-normalized) stderr in `tests/tests/snapshots/<category>__<name>.snap`.
//! * `differential_vs_cpython` runs every script under `python3` too and requires identical stdout,
//!   the same exit status and the same final stderr line (only the error kind for
//!   `# cloaca: syntax-error` scripts). `# cloaca: differs: <reason>` opts a script out.
//!
//! Both tests run every script and report all failures at the end.
//! See `tests/README.md` for how to update snapshots.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

use cloaca_core::script::run_file;
use cloaca_tests::*;

/// The corpus must not shrink below this many test scripts.
const MIN_SCRIPTS: usize = 320;

#[test]
fn corpus_sanity() {
    let all = discover_all();
    let scripts: Vec<_> = all.iter().filter(|s| !s.directives.module).collect();
    assert!(
        scripts.len() >= MIN_SCRIPTS,
        "corpus has only {} scripts (minimum {MIN_SCRIPTS})",
        scripts.len()
    );
    let mut problems = Vec::new();
    for s in &all {
        let category = s.rel.split('/').next().unwrap_or("");
        if !s.rel.contains('/') {
            problems.push(format!(
                "{}: scripts must live in a category directory",
                s.rel
            ));
        }
        if s.directives.module && category != "modules" {
            problems.push(format!(
                "{}: `# cloaca: module` files belong in modules/",
                s.rel
            ));
        }
        if category == "syntax" && !s.directives.syntax_error {
            problems.push(format!(
                "{}: scripts in syntax/ need `# cloaca: syntax-error`",
                s.rel
            ));
        }
        let name = s.rel.rsplit('/').next().unwrap_or("");
        let stem = name.trim_end_matches(".py");
        if !stem
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            problems.push(format!("{}: use snake_case file names", s.rel));
        }
    }
    let mut per_category: std::collections::BTreeMap<&str, usize> = Default::default();
    for s in &scripts {
        *per_category
            .entry(s.rel.split('/').next().unwrap_or(""))
            .or_default() += 1;
    }
    println!("corpus: {} scripts {:?}", scripts.len(), per_category);
    assert!(
        problems.is_empty(),
        "corpus layout problems:\n{}",
        problems.join("\n")
    );
}

/// Scripts that do not pass yet, tracked in `tests/known_failures.txt` (one corpus path per line).
/// They still run; a listed script that starts passing must be removed from the list.
fn known_failures() -> std::collections::HashSet<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("known_failures.txt");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.to_string())
        .collect()
}

/// Split failures into (unexpected, known) and list known entries that now pass.
/// `report_fixed`: a listed script that passes is an error (only meaningful for the differential
/// test: golden snapshots come from Cloaca itself, so a known CPython mismatch still matches).
fn triage(all: &[String], failures: Vec<String>, what: &str, report_fixed: bool) -> Vec<String> {
    let known = known_failures();
    let mut unexpected = Vec::new();
    let mut known_count = 0;
    for f in &failures {
        if known.contains(f) {
            known_count += 1;
        } else {
            unexpected.push(f.clone());
        }
    }
    let fixed: Vec<&String> = all
        .iter()
        .filter(|s| report_fixed && known.contains(*s) && !failures.contains(s))
        .collect();
    println!(
        "{what}: {} known failures (tracked in tests/known_failures.txt), {} fixed",
        known_count,
        fixed.len()
    );
    for f in fixed {
        unexpected.push(format!(
            "{f} now passes {what}: remove it from tests/known_failures.txt"
        ));
    }
    unexpected
}

#[test]
fn golden_snapshots() {
    let started = Instant::now();
    let scripts = filtered(discover());
    let outputs = parallel_map(&scripts, worker_threads(), |s| run_file(&s.path));

    let mut failures: Vec<String> = Vec::new();
    for (script, out) in scripts.iter().zip(&outputs) {
        let text = snapshot_text(out, &script.path);
        let name = script.snapshot_name();
        let result = catch_unwind(AssertUnwindSafe(|| {
            insta::with_settings!({
                snapshot_path => "snapshots",
                prepend_module_to_snapshot => false,
                omit_expression => true,
                description => script.rel.clone(),
            }, {
                insta::assert_snapshot!(name.as_str(), text);
            });
        }));
        if result.is_err() {
            failures.push(script.rel.clone());
        }
    }
    let all: Vec<String> = scripts.iter().map(|s| s.rel.clone()).collect();
    let failures = triage(&all, failures, "golden", false);

    // Snapshots whose script no longer exists (only checked on unfiltered runs).
    let mut stale = Vec::new();
    if std::env::var("CLOACA_CORPUS_FILTER").map_or(true, |f| f.is_empty()) {
        let known: std::collections::HashSet<String> = scripts
            .iter()
            .map(|s| format!("{}.snap", s.snapshot_name()))
            .collect();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
        if let Ok(rd) = std::fs::read_dir(&dir) {
            for e in rd.flatten() {
                let f = e.file_name().to_string_lossy().into_owned();
                if f.ends_with(".snap") && !known.contains(&f) {
                    stale.push(f);
                }
            }
        }
        stale.sort();
    }

    println!(
        "golden: {} scripts, {} snapshot mismatches, {} stale snapshots, {:.1}s",
        scripts.len(),
        failures.len(),
        stale.len(),
        started.elapsed().as_secs_f64()
    );
    if !stale.is_empty() {
        eprintln!("stale snapshots (delete them):\n  {}", stale.join("\n  "));
    }
    if !failures.is_empty() {
        eprintln!(
            "scripts whose snapshot did not match:\n  {}",
            failures.join("\n  ")
        );
        eprintln!(
            "review with `cargo insta review` or accept all with \
             `INSTA_UPDATE=always cargo test -p cloaca-tests --test golden golden_snapshots`"
        );
    }
    assert!(
        failures.is_empty() && stale.is_empty(),
        "{} of {} golden snapshots failed, {} stale",
        failures.len(),
        scripts.len(),
        stale.len()
    );
}

#[test]
fn differential_vs_cpython() {
    if std::env::var("CLOACA_SKIP_DIFFERENTIAL").is_ok_and(|v| v == "1") {
        println!("differential: skipped (CLOACA_SKIP_DIFFERENTIAL=1)");
        return;
    }
    let started = Instant::now();
    let scripts = filtered(discover());
    let results = parallel_map(&scripts, worker_threads(), |s| {
        if s.directives.differs.is_some() {
            return None;
        }
        let python = run_python(&s.path);
        let cloaca = run_file(&s.path);
        differential_mismatch(s, &cloaca, &python)
    });

    let mut skipped = 0;
    for s in &scripts {
        if let Some(reason) = &s.directives.differs {
            skipped += 1;
            println!(
                "differential: skipping {} (declared difference: {reason})",
                s.rel
            );
        }
    }
    let mut failed_names = Vec::new();
    for (s, r) in scripts.iter().zip(results.iter()) {
        if let Some(msg) = r {
            if !known_failures().contains(&s.rel) {
                eprintln!("{msg}");
            }
            failed_names.push(s.rel.clone());
        }
    }
    let all: Vec<String> = scripts
        .iter()
        .filter(|s| s.directives.differs.is_none())
        .map(|s| s.rel.clone())
        .collect();
    let failures = triage(&all, failed_names, "differential", true);
    for f in &failures {
        eprintln!("{f}");
    }
    println!(
        "differential: {} scripts, {} agree with CPython, {} differ, {} skipped, {:.1}s",
        scripts.len(),
        scripts.len() - skipped - failures.len(),
        failures.len(),
        skipped,
        started.elapsed().as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "{} of {} scripts differ from CPython (see messages above)",
        failures.len(),
        scripts.len()
    );
}
