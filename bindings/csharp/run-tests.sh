#!/usr/bin/env bash
# Build the C# layer (bindings/csharp), its tests and the sample host (csharp-sample) with Mono's
# mcs (C# 7.2), then run them under `mono` (JIT) and under `mono --full-aot` (everything
# AOT-compiled ahead of time, mscorlib included: the IL2CPP-like mode where a native→managed
# callback that is not a static [MonoPInvokeCallback] method cannot work).
#
#   bindings/csharp/run-tests.sh [--jit-only]
#
# Needs `cargo build --release -p cloaca-ffi` first (./test.sh does it) and installs Mono from
# Debian when mcs or mono is missing (as root: CI). Ends with "N passed, N failed"; exits
# non-zero on any failure.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
target="${CARGO_TARGET_DIR:-$root/target}"
lib="$target/release"
aot=1
[[ ${1:-} == --jit-only ]] && aot=0

# --- Mono: mcs (compiler), mono (runtime + AOT compiler; the AOT compiler drives as/ld) -------
if ! command -v mcs > /dev/null || ! command -v mono > /dev/null || ! command -v as > /dev/null; then
    echo "installing Mono (mono-mcs mono-runtime binutils)..."
    sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends mono-mcs mono-runtime binutils > /dev/null
fi
[[ -f "$lib/libcloaca_ffi.so" ]] || { echo "missing $lib/libcloaca_ffi.so: cargo build --release -p cloaca-ffi"; exit 1; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
start=$(date +%s)

# --- Build --------------------------------------------------------------------------------
mcs_flags=(-langversion:7.2 -warnaserror+ -nologo -debug-)
mcs "${mcs_flags[@]}" -target:library -out:"$out/Cloaca.dll" \
    "$here/Interop.cs" "$here/Cbor.cs" "$here/Cloaca.cs"
mcs "${mcs_flags[@]}" -out:"$out/CloacaTests.exe" -r:"$out/Cloaca.dll" "$here/tests/Tests.cs"
mcs "${mcs_flags[@]}" -out:"$out/Game.exe" -r:"$out/Cloaca.dll" "$root/csharp-sample/Game.cs"
mcs "${mcs_flags[@]}" -out:"$out/AotRuleViolation.exe" -r:"$out/Cloaca.dll" "$here/tests/AotRuleViolation.cs"
cp "$here/tests/semantics.py" "$out/"
python3 "$here/tests/semantics_host.py" > "$out/semantics.expected"

# The native library next to the assemblies: DllImport("cloaca_ffi") finds libcloaca_ffi.so.
cp "$lib/libcloaca_ffi.so" "$out/"
export LD_LIBRARY_PATH="$out${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

passed=0
failed=0
check() {
    local name=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "ok - $name"
    else
        failed=$((failed + 1))
        echo "not ok - $name"
    fi
}

# Run the test exe; add its "N passed, N failed" to ours.
run_tests() {
    local mode=$1
    shift
    local status=0
    "$@" "$out/CloacaTests.exe" "$out/semantics.expected" > "$out/tests-$mode.txt" 2>&1 || status=$?
    sed "s/^/[$mode] /" "$out/tests-$mode.txt"
    local line
    line=$(tail -n 1 "$out/tests-$mode.txt")
    if [[ $status -eq 0 && $line =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
        passed=$((passed + BASH_REMATCH[1]))
        failed=$((failed + BASH_REMATCH[2]))
    else
        failed=$((failed + 1))
        echo "not ok - [$mode] C# tests did not complete (exit $status)"
    fi
}

transcript_is() { diff -u "$1" "$2" > "$out/diff.txt" || { cat "$out/diff.txt"; return 1; }; }

# The sample: uninterrupted run vs. save mid-call / mid-sleep + resume in a new process.
run_sample() {
    local mode=$1
    shift
    local scene="$root/csharp-sample/scene.py"
    check "[$mode] sample: uninterrupted run matches csharp-sample/expected.txt" \
        bash -c "$* '$out/Game.exe' play '$scene' > '$out/full-$mode.txt' && diff -u '$root/csharp-sample/expected.txt' '$out/full-$mode.txt'"
    # Frame 3: a say() on screen and a sleep running; 10: ask() awaiting the player's answer;
    # 15: two sleeps; 17 and 25: a sleep due in the first frame after loading (it finishes while
    # loading and is answered at reissue) next to one re-attached with its remaining time.
    for frame in 3 10 15 17 25; do
        local save="$out/game-$mode-$frame.cbor"
        "$@" "$out/Game.exe" save "$scene" "$frame" "$save" > "$out/part1.txt" 2> "$out/save.log"
        "$@" "$out/Game.exe" resume "$save" > "$out/part2.txt" 2> "$out/resume.log"
        cat "$out/part1.txt" "$out/part2.txt" > "$out/joined.txt"
        check "[$mode] sample: save at frame $frame + resume in a new process = uninterrupted transcript" \
            transcript_is "$out/full-$mode.txt" "$out/joined.txt"
        check "[$mode] sample: frame $frame: in-flight work reissued (re-attached / answered), none refused" \
            bash -c "grep -q 'reissue: token' '$out/resume.log' && ! grep -q 'refused' '$out/resume.log'"
    done
}

run_tests jit mono --debug
run_sample jit mono
check "[jit] negative control: a closure callback works under the JIT" \
    bash -c "mono '$out/AotRuleViolation.exe' > '$out/neg-jit.txt' 2>&1"

if [[ $aot -eq 1 ]]; then
    # Full AOT: every assembly the program loads is compiled to native code ahead of time,
    # mscorlib first (cached under target/, ~30-60 s the first time). MONO_PATH must point at
    # the copies both while compiling and while running.
    version=$(mono --version | head -n 1 | sed 's/[^0-9.]*\([0-9][0-9.]*\).*/\1/')
    cache="$target/mono-aot/$version"
    mkdir -p "$cache"
    if [[ ! -f "$cache/mscorlib.dll.so" ]]; then
        cp /usr/lib/mono/4.5/mscorlib.dll "$cache/"
        (cd "$cache" && MONO_PATH="$cache" mono --aot=full -O=all mscorlib.dll > aot.log 2>&1) \
            || { tail -n 20 "$cache/aot.log"; exit 1; }
    fi
    full="$out/full-aot"
    mkdir -p "$full"
    cp "$cache/mscorlib.dll" "$cache/mscorlib.dll.so" "$out/Cloaca.dll" "$out/CloacaTests.exe" \
        "$out/Game.exe" "$out/AotRuleViolation.exe" "$out/semantics.py" "$out/libcloaca_ffi.so" "$full/"
    for asm in Cloaca.dll CloacaTests.exe Game.exe AotRuleViolation.exe; do
        (cd "$full" && MONO_PATH="$full" mono --aot=full -O=all "$asm" > "aot-$asm.log" 2>&1) \
            || { tail -n 20 "$full/aot-$asm.log"; exit 1; }
    done
    out_jit="$out"
    out="$full"
    cp "$out_jit/semantics.expected" "$full/"
    export MONO_PATH="$full"
    run_tests full-aot mono --full-aot
    run_sample full-aot mono --full-aot
    # The mode is real: the same closure callback is refused (no AOT native-to-managed wrapper).
    check "[full-aot] negative control: a closure callback without [MonoPInvokeCallback] is refused" \
        bash -c "! mono --full-aot '$full/AotRuleViolation.exe' > '$full/neg.txt' 2>&1 && grep -q 'aot-only mode' '$full/neg.txt'"
    unset MONO_PATH
    out="$out_jit"
fi

echo "C# part took $(($(date +%s) - start)) s"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
