//! Running a script file to completion, as `cloaca run FILE` does: the convenience entry point
//! used by the CLI and the golden tests.

use crate::frame::Cont;
use crate::vm::exec::Exit;
use crate::vm::{ModuleLoader, OutputSink, Task, Vm, VmConfig};
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

/// Compile and run source text.
pub fn run_source(
    source: &str,
    filename: &str,
    module_dir: Option<PathBuf>,
    sink: Box<dyn OutputSink>,
    config: VmConfig,
) -> ScriptOutput {
    let compiled = match crate::compile::compile_module(source, filename, "__main__") {
        Ok(c) => c,
        Err(e) => {
            return ScriptOutput {
                stdout: String::new(),
                stderr: e.render(),
                exit_code: 2,
            }
        }
    };
    let mut vm = Vm::new(config);
    vm.out = sink;
    if let Some(d) = module_dir {
        vm.loader = Some(Box::new(DirLoader(d)));
    }
    let code = vm.load_module_code(compiled);
    let (module, globals) = vm.new_module("__main__");
    vm.modules.push(("__main__".into(), module));
    let mut task = Task::new();
    let _ = vm.push_module_frame(&mut task, code, globals, 0, Cont::TaskRoot);
    loop {
        let mut budget = 1_000_000u64;
        match vm.run(&mut task, &mut budget) {
            Exit::Finished(_) => {
                return ScriptOutput {
                    stdout: String::new(),
                    stderr: String::new(),
                    exit_code: 0,
                };
            }
            Exit::Raised(exc) if vm.exc_matches(exc, crate::vm::exc::ExcType::SystemExit) => {
                // sys.exit / exit(): no traceback; the code is the exit status, or printed.
                let (code, msg) = vm.system_exit_status(exc);
                return ScriptOutput {
                    stdout: String::new(),
                    stderr: msg.map(|m| format!("{m}\n")).unwrap_or_default(),
                    exit_code: code,
                };
            }
            Exit::Raised(exc) => {
                let tb = vm.format_traceback_full(exc);
                return ScriptOutput {
                    stdout: String::new(),
                    stderr: tb,
                    exit_code: 1,
                };
            }
            Exit::Budget | Exit::Gc => {
                if vm.heap.should_collect() {
                    vm.collect_garbage(&mut |mark| task.trace(mark));
                }
            }
            Exit::Park(p) => {
                return ScriptOutput {
                    stdout: String::new(),
                    stderr: format!("RuntimeError: the script parked ({p:?}) but this host provides no scheduler\n"),
                    exit_code: 1,
                };
            }
        }
    }
}
