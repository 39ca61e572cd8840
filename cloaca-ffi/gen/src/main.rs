//! `cargo run -p cloaca-ffi-gen [-- OUT]`: generate the C header for `cloaca-ffi` with cbindgen
//! (configuration: `cloaca-ffi/cbindgen.toml`) into `OUT`, by default `bindings/c/cloaca.h`.
//! `./test.sh` generates into a temporary file and fails when it differs from the committed
//! header.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let krate = root.join("cloaca-ffi");
    let out = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("bindings/c/cloaca.h"));
    let config = match cbindgen::Config::from_file(krate.join("cbindgen.toml")) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("gen-header: {e}");
            return ExitCode::FAILURE;
        }
    };
    let bindings = match cbindgen::Builder::new()
        .with_crate(&krate)
        .with_config(config)
        .generate()
    {
        Ok(b) => b,
        Err(e) => {
            eprintln!("gen-header: cbindgen failed: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(dir) = out.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    bindings.write_to_file(&out);
    eprintln!("gen-header: wrote {}", out.display());
    ExitCode::SUCCESS
}
