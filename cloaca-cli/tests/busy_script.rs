//! A CPU-bound script through the CLI: the game loop keeps ticking without waiting for the next
//! frame while the script wants the CPU, and reports the hog once per task, not every few ticks.

use std::process::Command;

#[test]
fn a_long_computation_is_reported_once_and_finishes() {
    let dir = std::env::temp_dir().join(format!("cloaca-busy-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("busy.py");
    // ~40 million instructions: 40 ticks of the CLI's 1,000,000-instruction budget.
    std::fs::write(
        &script,
        "n = 0\nfor i in range(10_000_000):\n    n += i\nprint(n)\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_cloaca"))
        .arg("run")
        .arg(&script)
        .output()
        .expect("cloaca runs");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(0), "stderr: {stderr}");
    // sum(range(10_000_000)), as CPython prints it.
    assert_eq!(stdout, "49999995000000\n");
    let warnings: Vec<&str> = stderr.lines().collect();
    assert_eq!(warnings.len(), 1, "one hog warning, got: {stderr}");
    assert!(
        warnings[0].starts_with("cloaca: warning: a task at ")
            && (warnings[0].contains("busy.py:2 has") || warnings[0].contains("busy.py:3 has"))
            && warnings[0].ends_with(" has used its whole time slice for 10 ticks in a row"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
