//! # Cloaca
//!
//! An embeddable Python-subset scripting runtime for games. Scripts are plain sequential Python;
//! a call into a slow host function parks the script (the VM is stackless), many scripts run side
//! by side under a cooperative scheduler, and the whole runtime can be saved to a CBOR blob at any
//! instruction boundary and resumed in another process.
//!
//! The pipeline is [`parse`] → [`symtable`] → [`compile`] (to [`bytecode`]) → [`vm`].
//!
//! ```no_run
//! let out = cloaca_core::script::run_file(std::path::Path::new("hello.py"));
//! print!("{}", out.stdout);
//! ```

pub mod builtins;
pub mod bytecode;
mod cbor;
pub mod compile;
pub mod dict;
pub mod dis;
pub mod error;
pub mod frame;
pub mod heap;
pub mod host;
pub mod numfmt;
pub mod object;
pub mod parse;
pub mod runtime;
pub mod sched;
pub mod script;
pub mod snapshot;
pub mod strfmt;
pub mod symtable;
pub mod value;
pub mod verify;
pub mod vm;
mod wire;
mod wire_read;

pub use compile::compile_module;
pub use error::{CompileError, CompileErrorKind};
