//! `cloaca`: the command-line sample host.
//!
//! ```text
//! cloaca run FILE.py     run a script (exit 0 ok, 1 uncaught exception, 2 syntax error)
//! cloaca dis FILE.py     print the compiled bytecode
//! ```

use std::path::Path;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!("usage: cloaca run FILE.py\n       cloaca dis FILE.py");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        return usage();
    }
    let path = Path::new(&args[2]);
    match args[1].as_str() {
        "run" => {
            let out = cloaca_core::script::run_file_with(
                path,
                Box::new(cloaca_core::vm::StdoutSink),
                cloaca_core::vm::VmConfig::default(),
            );
            eprint!("{}", out.stderr);
            ExitCode::from(out.exit_code as u8)
        }
        "dis" => {
            let source = match std::fs::read_to_string(path) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("cloaca: can't open file '{}': {e}", path.display());
                    return ExitCode::from(2);
                }
            };
            match cloaca_core::compile_module(&source, &path.display().to_string(), "__main__") {
                Ok(m) => {
                    print!("{}", cloaca_core::dis::disassemble(&m));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprint!("{}", e.render());
                    ExitCode::from(2)
                }
            }
        }
        _ => usage(),
    }
}
