#!/usr/bin/env python3
"""Cloaca vs CPython benchmark harness.

Usage (from anywhere):

    python3 bench/run.py [--filter NAME] [--repeat N] [--cloaca PATH] [--record]

For every script in bench/workloads/ it runs `python3 SCRIPT` and
`cloaca run SCRIPT` as subprocesses, takes the best (minimum) whole-process
wall time of N runs for each side, checks that both printed identical stdout,
and prints a Markdown table with the cloaca/cpython ratio per workload and the
geometric mean of the ratios over passing rows. Exits non-zero if any row
failed. See bench/README.md.

Standard library only.
"""

import argparse
import datetime
import math
import os
import platform
import signal
import resource
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
WORKLOAD_DIR = os.path.join(BENCH_DIR, "workloads")
RESULTS_MD = os.path.join(BENCH_DIR, "RESULTS.md")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Compare Cloaca against CPython on bench/workloads/*.py "
        "(whole-process wall time, best of N runs)."
    )
    p.add_argument(
        "--filter",
        action="append",
        metavar="NAME",
        help="only run workloads whose name contains NAME "
        "(may be repeated or comma-separated)",
    )
    p.add_argument(
        "--repeat",
        type=int,
        default=3,
        metavar="N",
        help="runs per side per workload; the minimum wall time is used (default 3)",
    )
    p.add_argument(
        "--cloaca",
        metavar="PATH",
        help="cloaca binary to use (default: run `cargo build --release -p cloaca-cli` "
        "in the repo root and use target/release/cloaca)",
    )
    p.add_argument(
        "--python",
        default="python3",
        metavar="PATH",
        help="CPython interpreter to compare against (default: python3)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=120.0,
        metavar="SECONDS",
        help="per-run timeout; a timed-out run is a FAIL (default 120)",
    )
    p.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="what to measure: whole-process wall time (default), or the child's user+sys CPU "
        "time, which is far less disturbed by other jobs on a shared machine",
    )
    p.add_argument(
        "--record",
        action="store_true",
        help="append the result table to bench/RESULTS.md with commit, date and machine info",
    )
    args = p.parse_args(argv)
    if args.repeat < 1:
        p.error("--repeat must be >= 1")
    return args


# --------------------------------------------------------------------------- #
# Helpers


def capture(cmd, cwd=REPO_ROOT):
    """Run a small informational command; return stripped stdout or None."""
    try:
        r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    if r.returncode != 0:
        return None
    return r.stdout.strip()


def build_cloaca():
    log("building: cargo build --release -p cloaca-cli")
    try:
        r = subprocess.run(
            ["cargo", "build", "--release", "-p", "cloaca-cli"],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
        )
    except OSError as e:
        sys.exit(f"run.py: cannot run cargo: {e}")
    if r.returncode != 0:
        tail = "\n".join(r.stderr.strip().splitlines()[-20:])
        sys.exit(f"run.py: cargo build failed (exit {r.returncode}):\n{tail}")
    target_dir = os.environ.get("CARGO_TARGET_DIR") or os.path.join(REPO_ROOT, "target")
    if not os.path.isabs(target_dir):
        target_dir = os.path.join(REPO_ROOT, target_dir)
    exe = os.path.join(target_dir, "release", "cloaca")
    if not os.path.exists(exe):
        sys.exit(f"run.py: build succeeded but {exe} does not exist")
    return exe


def select_workloads(filters):
    names = sorted(f[:-3] for f in os.listdir(WORKLOAD_DIR) if f.endswith(".py"))
    if filters:
        wanted = [w.strip() for f in filters for w in f.split(",") if w.strip()]
        names = [n for n in names if any(w in n for w in wanted)]
        if not names:
            sys.exit(f"run.py: no workload matches --filter {', '.join(wanted)}")
    return names


def last_line(text):
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def short(text, limit=110):
    text = text.replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def first_difference(expected, got):
    exp_lines = expected.splitlines()
    got_lines = got.splitlines()
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<missing>"
        g = got_lines[i] if i < len(got_lines) else "<missing>"
        if e != g:
            return f"line {i + 1}: expected {e!r}, got {g!r}"
    return "trailing whitespace/newline differs"


class RunResult:
    def __init__(self, seconds, returncode, stdout, stderr, timed_out=False, error=None):
        self.seconds = seconds
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out
        self.error = error  # OSError text if the process could not start

    @property
    def ok(self):
        return self.error is None and not self.timed_out and self.returncode == 0

    def failure(self):
        if self.error is not None:
            return f"cannot start: {self.error}"
        if self.timed_out:
            return f"timeout after {self.seconds:.1f}s"
        line = last_line(self.stderr) or last_line(self.stdout) or "(no output)"
        return f"exit {self.returncode}: {line}"


CLOCK = "wall"


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed_run(cmd, timeout):
    """Run cmd once, measuring whole-process wall time with perf_counter (or, with
    `--clock cpu`, the CPU time the child used: the growth of RUSAGE_CHILDREN once it has been
    waited for; runs are sequential, so that is this child's)."""
    cpu0 = child_cpu()
    start = time.perf_counter()
    try:
        # Own session, so a timeout can kill the whole process group
        # (e.g. a wrapper script and its child), not just the direct child.
        proc = subprocess.Popen(
            cmd,
            cwd=REPO_ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
    except OSError as e:
        return RunResult(0.0, None, "", "", error=str(e))
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        elapsed = time.perf_counter() - start
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            proc.kill()
        out, err = proc.communicate()
        return RunResult(elapsed, None, _dec(out), _dec(err), timed_out=True)
    elapsed = time.perf_counter() - start
    if CLOCK == "cpu":
        elapsed = child_cpu() - cpu0
    return RunResult(elapsed, proc.returncode, _dec(out), _dec(err))


def _dec(b):
    if b is None:
        return ""
    return b.decode("utf-8", errors="replace")


# --------------------------------------------------------------------------- #
# Benchmark


class Row:
    def __init__(self, name):
        self.name = name
        self.cpython = None  # best seconds
        self.cloaca = None
        self.status = "ok"  # ok | FAIL | ERROR
        self.note = ""

    @property
    def ratio(self):
        if self.status != "ok" or not self.cpython or self.cloaca is None:
            return None
        return self.cloaca / self.cpython


def bench_one(name, python, cloaca, repeat, timeout):
    path = os.path.join(WORKLOAD_DIR, name + ".py")
    row = Row(name)
    py_times, cl_times = [], []
    expected = None
    # Alternate the two sides so slow drift in machine load affects both alike.
    for i in range(repeat):
        py = timed_run([python, path], timeout)
        if not py.ok:
            row.status = "ERROR"
            row.note = "CPython " + py.failure()
            return row
        if expected is None:
            expected = py.stdout
        elif py.stdout != expected:
            row.status = "ERROR"
            row.note = "CPython output not deterministic"
            return row
        py_times.append(py.seconds)
        row.cpython = min(py_times)

        cl = timed_run([cloaca, "run", path], timeout)
        if not cl.ok:
            row.status = "FAIL"
            row.note = cl.failure()
            if cl.timed_out:
                row.cloaca = cl.seconds
            return row
        if cl.stdout != expected:
            row.status = "FAIL"
            row.cloaca = cl.seconds
            row.note = "output mismatch: " + first_difference(expected, cl.stdout)
            return row
        cl_times.append(cl.seconds)
        row.cloaca = min(cl_times)
    return row


def fmt_secs(s):
    return "-" if s is None else f"{s:.3f}"


def geomean(values):
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def render_table(rows, repeat):
    lines = [
        f"Whole-process {'CPU (user+sys)' if CLOCK == 'cpu' else 'wall'} time in seconds "
        f"(interpreter startup included, nothing "
        f"subtracted), best of {repeat} run(s) per side. "
        f"ratio = cloaca / cpython; < 1.00 means Cloaca is faster.",
        "",
        "| workload | CPython (s) | Cloaca (s) | ratio | status |",
        "|---|---:|---:|---:|---|",
    ]
    for r in rows:
        ratio = "-" if r.ratio is None else f"{r.ratio:.2f}"
        status = r.status if not r.note else f"{r.status}: {short(r.note)}"
        lines.append(
            f"| {r.name} | {fmt_secs(r.cpython)} | {fmt_secs(r.cloaca)} | {ratio} | {status} |"
        )
    passing = [r.ratio for r in rows if r.ratio is not None]
    gm = geomean(passing)
    gm_text = "-" if gm is None else f"{gm:.2f}"
    lines.append(
        f"| **geometric mean** ({len(passing)}/{len(rows)} passing) | | | **{gm_text}** | |"
    )
    return "\n".join(lines), gm, len(passing)


def machine_info(python):
    nproc = capture(["nproc"]) or str(os.cpu_count() or "?")
    arch = capture(["uname", "-m"]) or platform.machine() or "?"
    pyver = capture([python, "-c", "import sys; print(sys.version.split()[0])"]) or "?"
    return nproc, arch, pyver


def git_commit():
    commit = capture(["git", "rev-parse", "--short", "HEAD"])
    if commit is None:
        return "unknown"
    # --no-optional-locks: never touch the index while checking for local changes.
    status = capture(
        ["git", "--no-optional-locks", "status", "--porcelain", "--untracked-files=no"]
    )
    if status:
        commit += "+dirty"
    return commit


def display_path(path):
    """Path relative to the repo root if inside it, else absolute."""
    path = os.path.abspath(path)
    if os.path.commonpath([path, REPO_ROOT]) == REPO_ROOT:
        return os.path.relpath(path, REPO_ROOT)
    return path


def record(table, python, repeat, cloaca):
    nproc, arch, pyver = machine_info(python)
    date = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    entry = (
        f"\n## {date} — commit {git_commit()}\n\n"
        f"- machine: {arch}, {nproc} CPU(s) (`nproc`/`uname -m`)\n"
        f"- CPython: {pyver}\n"
        f"- repeat: best of {repeat}\n"
        f"- cloaca: `{display_path(cloaca)}`\n\n"
        f"{table}\n"
    )
    with open(RESULTS_MD, "a", encoding="utf-8") as f:
        f.write(entry)
    log(f"recorded in {display_path(RESULTS_MD)}")


def main(argv=None):
    global CLOCK
    args = parse_args(argv)
    CLOCK = args.clock
    names = select_workloads(args.filter)

    pyver = capture([args.python, "-c", "import sys; print(sys.version.split()[0])"])
    if pyver is None:
        sys.exit(f"run.py: cannot run {args.python}")
    if not pyver.startswith("3.11."):
        log(f"warning: comparing against CPython {pyver}, not 3.11")

    if args.cloaca:
        cloaca = os.path.abspath(args.cloaca)
        if not os.path.exists(cloaca):
            sys.exit(f"run.py: --cloaca {args.cloaca}: no such file")
    else:
        cloaca = build_cloaca()

    rows = []
    for name in names:
        log(f"running {name} ...")
        row = bench_one(name, args.python, cloaca, args.repeat, args.timeout)
        if row.status != "ok":
            log(f"  {row.status}: {row.note}")
        rows.append(row)

    table, gm, n_pass = render_table(rows, args.repeat)
    print(table)

    if args.record:
        record(table, args.python, args.repeat, cloaca)

    failed = [r.name for r in rows if r.status != "ok"]
    if failed:
        log(f"{len(failed)} workload(s) failed: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
