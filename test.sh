#!/usr/bin/env bash
# The test command (README): everything that is ready to be checked on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")"
# Style gates: formatting, and clippy with warnings as errors over every crate and target.
cargo fmt --all --check
cargo clippy --workspace --all-targets -q -- -D warnings
cargo build --release -p cloaca-cli
# Core: compiler, formatting, VM pieces, the runtime API (scheduler, host calls, snapshots,
# corrupted blobs, park-anywhere differential against python3).
cargo test --release -p cloaca-core --lib --tests
# The API's rustdoc examples, in the dev profile: under the release profile every doctest
# binary would be linked with fat LTO (~70 of them: many minutes on a 2-core machine).
cargo test -p cloaca-core --doc


# Golden corpus (insta snapshots), differential against python3, hostile scripts, the corpus
# round trip through snapshots every N instructions, golden snapshot blobs.
cargo test --release -p cloaca-tests
# The CLI's save/resume scenario (seed 000): transcript equality and a sleep's remaining time.
cargo test --release -p cloaca-cli
cloaca=./target/release/cloaca
# Smoke test: the README's run command must succeed and match CPython.
diff <($cloaca run examples/hello.py) <(python3 examples/hello.py)
# The scene: save mid-dialog / mid-sleep, resume in a new process; the transcript must equal the
# uninterrupted run's.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scene=(examples/scene/scene.py --virtual-clock --answers examples/scene/answers.txt)
$cloaca run "${scene[@]}" > "$tmp/full.txt"
$cloaca run "${scene[@]}" --save-at-tick 100 --save-to "$tmp/game.cbor" > "$tmp/part1.txt" 2>/dev/null
$cloaca inspect "$tmp/game.cbor" > "$tmp/inspect.txt"
grep -q "blocked on host call" "$tmp/inspect.txt"
$cloaca resume "$tmp/game.cbor" --virtual-clock > "$tmp/part2.txt"
diff <(cat "$tmp/part1.txt" "$tmp/part2.txt") "$tmp/full.txt"
grep -q "The clock stops." "$tmp/full.txt"
echo "smoke: 2 passed, 0 failed"
# C ABI: unit and ABI tests (misuse included); the committed header must be exactly what
# cbindgen generates from the crate; the C sample host, built as C11 and as C++, runs its tests
# and saves mid-call in one process, restores and reissues in another.
cargo test --release -p cloaca-ffi
cargo build --release -p cloaca-ffi
cargo run -q -p cloaca-ffi-gen -- "$tmp/cloaca.h"
diff -u bindings/c/cloaca.h "$tmp/cloaca.h" || { echo "bindings/c/cloaca.h is stale: run cargo run -p cloaca-ffi-gen"; exit 1; }
examples/c-host/run.sh
# C#: the committed bindings/csharp/Interop.cs must be exactly what interoptopus generates; the C#
# layer's tests and the C# sample host (save / restore / reissue across processes) run under
# `mono` and `mono --full-aot` (Mono is installed from Debian when missing).
cargo run --release -q -p cloaca-ffi-gen-csharp -- "$tmp/Interop.cs"
diff -u bindings/csharp/Interop.cs "$tmp/Interop.cs" || { echo "bindings/csharp/Interop.cs is stale: run cargo run --release -p cloaca-ffi-gen-csharp"; exit 1; }
bindings/csharp/run-tests.sh
