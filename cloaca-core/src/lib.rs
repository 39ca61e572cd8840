//! # Cloaca
//!
//! An embeddable Python-subset scripting runtime for games. Scripts are plain sequential Python;
//! a call into a slow host function parks the script (the VM is stackless), many scripts run side
//! by side under a cooperative scheduler, and the whole runtime can be saved to a CBOR blob at any
//! instruction boundary and resumed in another process.
//!
//! The pipeline is `parse` → `symtable` → `compile` (to [`bytecode`]) → `vm`.

pub mod bytecode;
pub mod error;
pub mod script;

pub use error::{CompileError, CompileErrorKind};
