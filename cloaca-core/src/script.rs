//! STUB: temporary implementation of the script-running API used by the golden-test harness.
//!
//! It shells out to `python3` so the harness can be developed before the real compiler/VM exist.
//! It will be replaced by the real implementation (compile + run on the Cloaca VM) at merge time.

use std::path::Path;
use std::process::Command;

/// The captured result of running a script to completion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptOutput {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
}

/// Compile and run a script file to completion as `cloaca run FILE` does: stdout from print(),
/// stderr gets the traceback (or the SyntaxError report), exit 0 ok / 1 uncaught exception /
/// 2 syntax error. `import x` loads `x.py` from the script's directory.
///
/// STUB: runs `python3 <path>` with cwd = the script's directory.
pub fn run_file(path: &Path) -> ScriptOutput {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let file = path.file_name().map(Path::new).unwrap_or(path);
    let out = Command::new("python3")
        .arg(file)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output();
    let out = match out {
        Ok(o) => o,
        Err(e) => {
            return ScriptOutput {
                stdout: String::new(),
                stderr: format!("failed to spawn python3: {e}\n"),
                exit_code: 1,
            }
        }
    };
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let mut exit_code = out.status.code().unwrap_or(1);
    if exit_code == 1 {
        let last = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("");
        let kind = last.split(':').next().unwrap_or("").trim();
        if matches!(kind, "SyntaxError" | "IndentationError" | "TabError") {
            exit_code = 2;
        }
    }
    ScriptOutput { stdout, stderr, exit_code }
}
