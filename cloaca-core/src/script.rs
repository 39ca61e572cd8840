//! Running a script file to completion, as `cloaca run FILE` does: the convenience entry point
//! used by the CLI and the golden tests.

use crate::host::{Host, HostValue, NoHost};
use crate::runtime::{Event, Runtime, RuntimeConfig, RuntimeError};
use crate::vm::{ModuleLoader, OutputSink, VmConfig};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// What a script run produced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScriptOutput {
    pub stdout: String,
    pub stderr: String,
    /// 0 success, 1 uncaught exception, 2 syntax error.
    pub exit_code: i32,
}

/// Loads `name.py` from a directory.
pub struct DirLoader(pub PathBuf);

impl ModuleLoader for DirLoader {
    fn load(&mut self, name: &str) -> Option<(String, String)> {
        let path = self.0.join(format!("{}.py", name.replace('.', "/")));
        let src = std::fs::read(&path).ok()?;
        Some((
            path.display().to_string(),
            String::from_utf8_lossy(&src).into_owned(),
        ))
    }
}

#[derive(Clone, Default)]
struct SharedSink(Arc<Mutex<String>>, Arc<Mutex<String>>);
impl OutputSink for SharedSink {
    fn write_str(&mut self, s: &str) {
        if let Ok(mut g) = self.0.lock() {
            g.push_str(s);
        }
    }
    fn write_err(&mut self, s: &str) {
        if let Ok(mut g) = self.1.lock() {
            g.push_str(s);
        }
    }
}

/// Compile and run `path` to completion, capturing output (`sys.stderr` text comes before the
/// traceback in `stderr`).
pub fn run_file(path: &Path) -> ScriptOutput {
    let sink = SharedSink::default();
    let buf = sink.0.clone();
    let err = sink.1.clone();
    let mut out = run_file_with(path, Box::new(sink), VmConfig::default());
    out.stdout = buf.lock().map(|g| g.clone()).unwrap_or_default();
    let mut e = err.lock().map(|g| g.clone()).unwrap_or_default();
    e.push_str(&out.stderr);
    out.stderr = e;
    out
}

/// Compile and run `path`, sending `print` output to `sink`.
pub fn run_file_with(path: &Path, sink: Box<dyn OutputSink>, config: VmConfig) -> ScriptOutput {
    let filename = path.display().to_string();
    let source = match std::fs::read(path) {
        Ok(b) => match String::from_utf8(b) {
            Ok(s) => s,
            Err(e) => {
                return ScriptOutput {
                    stdout: String::new(),
                    stderr: format!(
                        "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte\n",
                        e.as_bytes()[e.utf8_error().valid_up_to()],
                        e.utf8_error().valid_up_to()
                    ),
                    exit_code: 2,
                }
            }
        },
        Err(e) => {
            return ScriptOutput {
                stdout: String::new(),
                stderr: format!("cloaca: can't open file '{filename}': {e}\n"),
                exit_code: 2,
            }
        }
    };
    let dir = path
        .parent()
        .map(|p| p.to_path_buf())
        .unwrap_or_else(|| PathBuf::from("."));
    run_source(&source, &filename, Some(dir), sink, config)
}

/// Compile and run source text with no host functions.
pub fn run_source(
    source: &str,
    filename: &str,
    module_dir: Option<PathBuf>,
    sink: Box<dyn OutputSink>,
    config: VmConfig,
) -> ScriptOutput {
    let mut rt = Runtime::new(RuntimeConfig {
        vm: config,
        ..RuntimeConfig::default()
    });
    rt.set_output(sink);
    if let Some(d) = module_dir {
        rt.set_module_loader(Box::new(DirLoader(d)));
    }
    match rt.spawn_module("__main__", filename, source, HostValue::None) {
        Ok(_) => run_to_completion(&mut rt, &mut NoHost, 1_000_000, |_| {}),
        Err(RuntimeError::Compile(e)) => ScriptOutput {
            stdout: String::new(),
            stderr: e.render(),
            exit_code: 2,
        },
        Err(e) => ScriptOutput {
            stdout: String::new(),
            stderr: format!("cloaca: {e}\n"),
            exit_code: 2,
        },
    }
}

/// Tick `rt` until every task has ended, calling `between_ticks` after each tick (a host's
/// frame: advance timers, answer dialogs). Uncaught exceptions are rendered to `stderr`
/// (exit code 1). Stops with an error when tasks wait on each other forever.
pub fn run_to_completion(
    rt: &mut Runtime,
    host: &mut dyn Host,
    budget: u64,
    mut between_ticks: impl FnMut(&mut Runtime),
) -> ScriptOutput {
    let mut out = ScriptOutput::default();
    loop {
        rt.tick(budget, host);
        for ev in rt.drain_events() {
            match ev {
                Event::Failed { error, .. } => {
                    out.stderr.push_str(&error.traceback);
                    if !error.traceback.is_empty() && !error.traceback.ends_with('\n') {
                        out.stderr.push('\n');
                    }
                    // An uncaught SystemExit (sys.exit / exit()) sets the status itself.
                    out.exit_code = error.exit_status.unwrap_or(1);
                }
                Event::HogWarning { .. } | Event::Finished { .. } | Event::Cancelled { .. } => {}
                Event::UnknownToken { .. } => {}
            }
        }
        if rt.is_idle() {
            return out;
        }
        between_ticks(rt);
        if !rt.has_work() {
            out.stderr.push_str(
                "RuntimeError: every task is waiting (on join() or on host calls nobody will \
                 complete): deadlock\n",
            );
            out.exit_code = 1;
            return out;
        }
    }
}
