#!/usr/bin/env bash
# The test command (README): everything that is ready to be checked on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")"
cargo build --release -p cloaca-cli
# Unit tests of the core (compiler, formatting, VM pieces).
cargo test -p cloaca-core
# Smoke test: the README's run command must succeed and match CPython.
diff <(./target/release/cloaca run examples/hello.py) <(python3 examples/hello.py)
echo "smoke: 1 passed, 0 failed"
