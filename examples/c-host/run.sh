#!/usr/bin/env bash
# Build the C sample host against cloaca-ffi — as C11 (gcc -std=c11 -Wall -Wextra -Werror) and
# as C++ (g++ -Wall -Werror), statically linked, plus once against the shared library — then
# run the ABI tests (misuse included) and the two-process save / restore / reissue scenario.
# Needs `cargo build --release -p cloaca-ffi` first (./test.sh does it). Ends with
# "N passed, N failed"; exits non-zero on any failure.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
lib="${CARGO_TARGET_DIR:-$root/target}/release"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# The system libraries the Rust static library needs (`cargo rustc --print native-static-libs`).
syslibs="-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc"
inc="-I$root/bindings/c"
gcc -std=c11 -Wall -Wextra -Werror $inc -o "$out/c_host_c" "$here/c_host.c" \
    "$lib/libcloaca_ffi.a" $syslibs
g++ -Wall -Werror $inc -x c++ -o "$out/c_host_cpp" "$here/c_host.c" -x none \
    "$lib/libcloaca_ffi.a" $syslibs
gcc -std=c11 -Wall -Wextra -Werror $inc -o "$out/c_host_so" "$here/c_host.c" \
    -L"$lib" -lcloaca_ffi -Wl,-rpath,"$lib" -lpthread

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

# The ABI tests: each build prints its own "N passed, N failed"; add them up.
for flavor in c cpp so; do
    status=0
    "$out/c_host_$flavor" test > "$out/test_$flavor.txt" 2>&1 || status=$?
    cat "$out/test_$flavor.txt"
    line=$(tail -n 1 "$out/test_$flavor.txt")
    if [[ $status -eq 0 && $line =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
        passed=$((passed + BASH_REMATCH[1]))
        failed=$((failed + BASH_REMATCH[2]))
    else
        failed=$((failed + 1))
        echo "not ok - $flavor: ABI tests did not complete (exit $status)"
    fi
done

scene="$here/scene.py"
transcript_is() { diff -u "$1" "$2" > "$out/diff.txt" || { cat "$out/diff.txt"; return 1; }; }
check "uninterrupted run matches the expected transcript" \
    bash -c "'$out/c_host_c' play '$scene' > '$out/full.txt' && diff -u '$here/expected.txt' '$out/full.txt'"

# Save mid-call (frames 5 and 6: the guard's dialog and the clock's wait_frames are in flight;
# frame 12: two wait_frames), quit, restore in a second process, reissue, finish.
for save in c:c cpp:cpp c:cpp cpp:so; do
    first=${save%%:*}
    second=${save##*:}
    for frame in 5 6 12; do
        save_file="$out/game-$first-$second-$frame.cbor"
        "$out/c_host_$first" save "$scene" "$frame" "$save_file" > "$out/part1.txt" 2> "$out/save.log"
        "$out/c_host_$second" resume "$save_file" > "$out/part2.txt" 2> "$out/resume.log"
        cat "$out/part1.txt" "$out/part2.txt" > "$out/joined.txt"
        check "save at frame $frame ($first) + resume ($second) = uninterrupted transcript" \
            transcript_is "$out/full.txt" "$out/joined.txt"
        # Calls due in the first frame after loading are completed before their reissue
        # (answered, not reissued); the others are re-attached; none may be refused.
        check "frame $frame: in-flight calls re-attached through reissue, none refused" \
            bash -c "grep -q 're-attached' '$out/resume.log' && ! grep -q 'refused' '$out/resume.log'"
    done
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
