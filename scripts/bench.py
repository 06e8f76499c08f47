#!/usr/bin/env python3
"""Benchmark `dglint check` on a synthetic corpus: wall time, throughput, peak memory, start-up time.

    python3 scripts/bench.py --dglint .build/release/dglint [--count 10000] [--jobs-list 1,2] [--keep]
                             [--baseline .build/bench/libyaml-baseline] [--compare-count 1000]

The corpus comes from gen_proposals.py (same seed, so the same bytes every time) and lives in
.bench/corpus-COUNT/ (proposals/ and manifest.json); a corpus already there is reused when its manifest
matches the generator, the parameters and the files. Without --keep a corpus made by this run is removed
at the end. The whole corpus is checked in five rounds, each round running every jobs value once (and the
libyaml baseline, with --baseline), and each command's best run counts: interleaved, a slow spell of a shared
machine falls on every command compared rather than on the runs of one. Peak
memory is the child's maximum resident set (ru_maxrss), taken per run so that one run's peak cannot leak
into another's: by GNU time (/usr/bin/time -f %M) when it is installed, else by a fresh Python wrapper
process per run reading getrusage(RUSAGE_CHILDREN). The kernel counts in a child's peak the memory of the
process it was forked from, so the wrapper cannot report less than its own size (about 14 MB) where GNU
time's floor is about 1.5 MB; the floor is measured with /bin/true and recorded. When
dglint-bench-jsonpath sits beside the dglint binary (`swift build -c release` builds both), it is run once
too: it times the JSONPath query `$..*` over a ~1 MB document against one walk of the tree, and its line
and ratio are reported. With --baseline, the libyaml-only program (scripts/libyaml_baseline.c, which pulls
every event out of libyaml for every file and builds nothing) is timed over the same corpus in the same rounds,
and `--jobs 1` is compared with it. One more run of `--jobs 1 --timings` (not timed itself) says where that
time goes: reading, parsing, the packs' conditions, each rule, waivers. When valgrind is installed, callgrind counts
the instructions a proposal costs dglint and the baseline (the first 200 proposals less the first 100): a figure
that does not drift with the machine as wall time does. With --compare-count, a second corpus of that many proposals is
checked with the largest --jobs, to compare peak memory. Each target of issue 10 is then printed with the
figure it is compared with and whether it is met. Figures are printed and written to .bench/results.json.

Exit status: 0 when every run of dglint ended with 0 or 1 (1 only means findings), 2 when dglint failed
(exit status 2 or above, or killed by a signal) or cannot run; its standard error is printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in scripts/
sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_proposals  # noqa: E402  (a sibling module, found through the line above)

SEED = 2569
FORMAT = "mixed"
RUNS_PER_JOBS = 3
ROUNDS = 5
SINGLE_RUNS = 20
OK_STATUSES = (0, 1)
GNU_TIME = "/usr/bin/time"

# Run in a fresh interpreter for every measured run: it starts the command with stdout to /dev/null, times
# it, and reports the peak RSS of its only child. ru_maxrss is KiB on Linux and bytes on macOS.
_MEASURE_CHILD = r"""
import json, os, resource, subprocess, sys, time
cmd = json.loads(sys.argv[1])
with open(os.devnull, "wb") as null:
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=null, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
print(json.dumps({"status": proc.returncode, "seconds": wall, "peak_bytes": peak, "user": usage.ru_utime,
                  "sys": usage.ru_stime, "stderr": proc.stderr.decode("utf-8", "replace")[-8000:]}))
"""


class DglintFailed(Exception):
    """dglint ended with a status that means failure (2 or above) or was killed by a signal."""

    def __init__(self, command: list[str], status: int, stderr: str) -> None:
        """Keep the command, its status and its standard error for the report."""
        how = f"was killed by {signal_name(-status)}" if status < 0 else f"ended with status {status}"
        super().__init__(f"{' '.join(command)} {how}")
        self.command, self.status, self.stderr = command, status, stderr


def signal_name(number: int) -> str:
    """The name of a signal, such as SIGSEGV, or "signal N" when it has none."""
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


# ---------------------------------------------------------------------------------------------- corpus

def corpus_matches(folder: Path, params: dict) -> bool:
    """Tell whether `folder` holds a complete corpus made with `params`: same manifest and untouched files."""
    try:
        manifest = json.loads((folder / gen_proposals.MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if manifest.get("params") != params:
        return False
    for entry in manifest["files"]:
        try:
            content = (folder / entry["file"]).read_bytes()
        except OSError:
            return False
        if hashlib.sha256(content).hexdigest() != entry["sha256"]:
            return False
    return True


def prepare_corpus(folder: Path, count: int) -> tuple[dict, bool]:
    """Reuse or (re)generate the corpus in `folder`; returns the manifest and whether it was made now."""
    params = gen_proposals.corpus_params(count, SEED, FORMAT)
    if corpus_matches(folder, params):
        manifest = json.loads((folder / gen_proposals.MANIFEST_NAME).read_text(encoding="utf-8"))
        print(f"reusing the corpus in {folder}")
        return manifest, False
    print(f"generating {count} proposals in {folder} …", flush=True)
    return gen_proposals.generate_corpus(folder, count, SEED, FORMAT), True


# ---------------------------------------------------------------------------------------------- running

def check_status(command: list[str], status: int, stderr: str) -> None:
    """Raise DglintFailed unless `status` is 0 (no findings that fail) or 1 (findings)."""
    if status not in OK_STATUSES:
        raise DglintFailed(command, status, stderr)


def rss_method() -> str:
    """"gnu-time" when /usr/bin/time is GNU time (it has -f and -o), else "wrapper"."""
    try:
        proc = subprocess.run([GNU_TIME, "--version"], capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "wrapper"
    return "gnu-time" if "GNU" in proc.stdout + proc.stderr else "wrapper"


def _measure_gnu_time(command: list[str]) -> dict:
    """Run `command` once under GNU time; its -o file gives the peak RSS (KiB) and CPU seconds."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report, open(os.devnull, "wb") as null:
        start = time.perf_counter()
        proc = subprocess.run([GNU_TIME, "-f", "%M %U %S", "-o", report.name, *command], stdin=subprocess.DEVNULL,
                              stdout=null, stderr=subprocess.PIPE, check=False)
        seconds = time.perf_counter() - start
        lines = report.read().splitlines()
    stderr = proc.stderr.decode("utf-8", "replace")
    status = proc.returncode
    for line in lines:  # "Command terminated by signal 11" precedes the figures when the child was killed
        if line.startswith("Command terminated by signal"):
            status = -int(line.rsplit(" ", 1)[1])
    try:
        peak_kib, user, system = lines[-1].split()
    except (IndexError, ValueError):
        raise DglintFailed(command, status if status not in OK_STATUSES else -1, stderr) from None
    return {"status": status, "seconds": seconds, "peak_bytes": int(peak_kib) * 1024, "user": float(user),
            "sys": float(system), "stderr": stderr}


def _measure_wrapper(command: list[str]) -> dict:
    """Run `command` once under a fresh Python wrapper process (see _MEASURE_CHILD)."""
    wrapper = subprocess.run([sys.executable, "-c", _MEASURE_CHILD, json.dumps(command)], capture_output=True,
                             text=True, check=False)
    if wrapper.returncode != 0:
        raise RuntimeError(f"the measuring wrapper failed: {wrapper.stderr.strip()}")
    return json.loads(wrapper.stdout)


def measure_once(command: list[str], method: str) -> dict:
    """Run `command` once with output to /dev/null; returns seconds, peak_bytes, user and sys (CPU seconds).

    Raises DglintFailed when it ends with a status other than 0 or 1 or is killed by a signal.
    """
    result = _measure_gnu_time(command) if method == "gnu-time" else _measure_wrapper(command)
    check_status(command, result["status"], result["stderr"])
    return result


def best_of(command: list[str], runs: int, method: str) -> dict:
    """Run `command` `runs` times; returns the fastest run's figures, all wall times and the highest peak."""
    return summarize([measure_once(command, method) for _ in range(runs)])


def best_of_interleaved(commands: list[list[str]], rounds: int, method: str) -> list[dict]:
    """Run every command once per round, `rounds` rounds; returns each command's figures as `best_of` does.

    The targets compare commands with each other (`--jobs 1` with libyaml alone, `--jobs 2` with `--jobs 1`). On
    a shared virtual machine the speed drifts by a quarter within minutes; measured one command after the other, a
    slow spell falls on one command's runs and moves the ratio by as much. Interleaved, it falls on all of them.
    """
    results: list[list[dict]] = [[] for _ in commands]
    for _ in range(rounds):
        for index, command in enumerate(commands):
            results[index].append(measure_once(command, method))
    return [summarize(runs) for runs in results]


def summarize(results: list[dict]) -> dict:
    """The fastest run's wall and CPU time, every run's wall time and the highest peak of `results`."""
    best = min(results, key=lambda r: r["seconds"])
    return {"seconds": best["seconds"], "cpu_seconds": best["user"] + best["sys"],
            "all_seconds": [r["seconds"] for r in results], "peak_bytes": max(r["peak_bytes"] for r in results)}


def start_to_exit(command: list[str], runs: int, env: dict | None = None) -> list[float]:
    """Wall times of `runs` runs of `command`, each from process start to exit, output to /dev/null."""
    times = []
    with open(os.devnull, "wb") as null:
        for _ in range(runs):
            start = time.perf_counter()
            proc = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=null, stderr=subprocess.PIPE, check=False,
                                  env=env)
            times.append(time.perf_counter() - start)
            check_status(command, proc.returncode, proc.stderr.decode("utf-8", "replace"))
    return times


def sanity_run(dglint: str, folder: Path, jobs: int) -> dict:
    """One unmeasured run that keeps the JSON report, to see that dglint read every file; also warms the cache.

    Returns what the report's summary says (files, findings by severity, by rule), or {"error": why} when
    the output is not the JSON report dglint documents.
    """
    command = [dglint, "check", "--format", "json", "--jobs", str(jobs), str(folder)]
    with tempfile.TemporaryFile() as out:
        proc = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.PIPE, check=False)
        check_status(command, proc.returncode, proc.stderr.decode("utf-8", "replace"))
        out.seek(0)
        try:
            report = json.load(out)
            summary = report["summary"]
        except (ValueError, KeyError, TypeError) as error:
            return {"error": f"the output is not dglint's JSON report ({type(error).__name__})"}
    by_rule: dict[str, int] = {}
    for finding in report.get("findings", []):
        by_rule[finding.get("rule", "?")] = by_rule.get(finding.get("rule", "?"), 0) + 1
    return {"files": summary.get("files"), "failing_files": summary.get("failingFiles"),
            "by_severity": summary.get("bySeverity"), "by_rule": dict(sorted(by_rule.items()))}


def dglint_version(dglint: str) -> str | None:
    """The first line of `dglint --version`, or None when it has none."""
    try:
        proc = subprocess.run([dglint, "--version"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    line = proc.stdout.strip().splitlines()[:1]
    return line[0] if proc.returncode == 0 and line else None


def allocator(dglint: str) -> str:
    """Which malloc the executable uses: "mimalloc" when it is linked against libmimalloc (see Package.swift),
    "glibc" otherwise, "unknown" when ldd cannot tell."""
    try:
        proc = subprocess.run(["ldd", dglint], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    if proc.returncode != 0:
        return "unknown"
    return "mimalloc" if "libmimalloc" in proc.stdout else "glibc"


def cpu_model() -> str | None:
    """The CPU model name from /proc/cpuinfo (Linux), else what platform knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


JSONPATH_BENCH = "dglint-bench-jsonpath"
JSONPATH_LINE = re.compile(r"over (?P<mb>[\d.]+) MB \((?P<nodes>[\d,]+) nodes\): (?P<query>[\d.]+) ms; "
                           r"one walk (?P<walk>[\d.]+) ms; ratio (?P<ratio>[\d.]+)x")


def jsonpath_bench(dglint: str) -> dict | None:
    """Run dglint-bench-jsonpath from beside `dglint`, when it is there; None when it is not.

    Returns its line and the figures in it (the ratio of `$..*` to one walk of the tree), or the error
    when it failed: a measurement, so it never fails the bench.
    """
    resolved = shutil.which(dglint)
    if resolved is None:
        return None
    beside = [Path(resolved).absolute().parent / JSONPATH_BENCH, Path(resolved).resolve().parent / JSONPATH_BENCH]
    bench = next((b for b in beside if b.is_file() and os.access(b, os.X_OK)), None)
    if bench is None:
        return None
    command = [str(bench)]
    print(f"measuring {JSONPATH_BENCH} …", flush=True)
    try:
        proc = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=600,
                              check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return {"command": command, "error": str(error)}
    line = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    match = JSONPATH_LINE.search(line)
    if proc.returncode != 0 or match is None:
        why = proc.stderr.strip() or line or f"exit status {proc.returncode}"
        return {"command": command, "error": why}
    return {"command": command, "line": line, "query": "$..*", "megabytes": float(match["mb"]),
            "nodes": int(match["nodes"].replace(",", "")), "query_ms": float(match["query"]),
            "walk_ms": float(match["walk"]), "ratio": float(match["ratio"]), "target_ratio": 2.0}


TIMING_UNITS = {"ns": 1e-9, "µs": 1e-6, "ms": 1e-3, "s": 1.0}
TIMING_PHASES = ["reading files", "parsing YAML and JSON", "pack conditions (when)", "rules", "waivers and ordering"]


def profile_run(dglint: str, folder: Path) -> dict:
    """One `check --jobs 1 --timings` over the corpus: where its time goes, by phase and by rule.

    Reads the table `--timings` prints on standard error (English). Returns the phases' seconds and shares,
    and every rule's seconds, slowest first, or {"error": why} when the table is not there: a measurement, so
    it never fails the bench.
    """
    command = [dglint, "check", "--format", "json", "--jobs", "1", "--lang", "en", "--timings", str(folder)]
    print("measuring where --jobs 1 spends its time (--timings, one run) …", flush=True)
    proc = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          check=False)
    stderr = proc.stderr.decode("utf-8", "replace")
    check_status(command, proc.returncode, stderr)
    phases: dict[str, dict] = {}
    rules: list[dict] = []
    in_rules = False
    for line in stderr.splitlines():
        cells = re.split(r"\s{2,}", line.strip())
        if cells[0] == "rule":
            in_rules = True
            continue
        try:
            if not in_rules and cells[0] in TIMING_PHASES and len(cells) == 3:
                number, unit = cells[1].split()
                phases[cells[0]] = {"seconds": float(number) * TIMING_UNITS[unit],
                                    "share": float(cells[2].rstrip(" %")) / 100}
            elif in_rules and len(cells) == 6:
                number, unit = cells[2].split()
                rules.append({"rule": cells[0], "pack": cells[1], "seconds": float(number) * TIMING_UNITS[unit],
                              "share": float(cells[3].rstrip(" %")) / 100, "findings": int(cells[5])})
        except (ValueError, KeyError):
            return {"command": command, "error": f"cannot read the --timings line {line!r}"}
    if len(phases) != len(TIMING_PHASES) or not rules:
        return {"command": command, "error": "no --timings table on standard error"}
    return {"command": command, "phases": phases, "rules": rules}


def profile_lines(profile: dict | None) -> list[str]:
    """Where `--jobs 1` spends its time: the phases, and the five slowest of the rules."""
    if not profile or "error" in profile:
        return []
    phases = profile["phases"]
    shares = ", ".join(f"{name} {phase['share']:.1%}" for name, phase in phases.items())
    rules = profile["rules"]
    slowest = ", ".join(f"{r['rule']} {r['share']:.1%}" for r in rules[:5])
    return [f"  where --jobs 1 spends its time (--timings): {shares}",
            f"    {len(rules)} rules; slowest: {slowest}; the median rule "
            f"{statistics.median(r['share'] for r in rules):.2%}"]


COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")
COUNT_SIZES = (100, 200)


def instruction_counts(dglint: str, baseline: str | None, folder: Path, scratch: Path) -> dict | None:
    """Instructions a proposal, counted by callgrind: of `check --jobs 1` and of the libyaml baseline program.

    Wall time on a shared machine drifts (the baseline alone has moved by half between two runs of this bench);
    an instruction count does not. Each program is counted over the first 100 and the first 200 proposals of the
    corpus (copied to `scratch`), and the difference divided by 100, which leaves start-up out. dglint runs
    without the parse cache (under valgrind it would not find its entries anyway) and with deterministic
    hashing. None when valgrind is not installed; {"error": why} when a count failed: a measurement, so it never
    fails the bench.
    """
    if shutil.which("valgrind") is None:
        return None
    files = sorted(p for p in folder.iterdir() if p.is_file())
    if len(files) < max(COUNT_SIZES):
        return None
    print("counting instructions a proposal (callgrind, 100 and 200 files) …", flush=True)
    env = {**os.environ, "SWIFT_DETERMINISTIC_HASHING": "1", "DGLINT_NO_CACHE": "1"}
    programs = {"dglint": lambda d: [dglint, "check", "--jobs", "1", "--format", "json", "--fail-on", "never", d]}
    if baseline:
        programs["baseline"] = lambda d: [baseline, d]
    counts: dict[str, dict] = {}
    try:
        for size in COUNT_SIZES:
            subset = scratch / f"first-{size}"
            shutil.rmtree(subset, ignore_errors=True)
            subset.mkdir(parents=True)
            for file in files[:size]:
                shutil.copyfile(file, subset / file.name)
        for name, command in programs.items():
            collected = {}
            for size in COUNT_SIZES:
                full = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                        *command(str(scratch / f"first-{size}"))]
                proc = subprocess.run(full, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE, env=env, check=False)
                stderr = proc.stderr.decode("utf-8", "replace")
                match = COLLECTED.search(stderr)
                if proc.returncode not in OK_STATUSES or match is None:
                    return {"error": f"{' '.join(full)}: exit status {proc.returncode}"}
                collected[size] = int(match[1])
            small, large = COUNT_SIZES
            counts[name] = {"instructions": collected,
                            "per_proposal": (collected[large] - collected[small]) / (large - small)}
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if "baseline" in counts:
        counts["ratio"] = counts["dglint"]["per_proposal"] / counts["baseline"]["per_proposal"]
    return counts


def instruction_lines(counts: dict | None) -> list[str]:
    """The instruction counts, or why they are missing."""
    if counts is None:
        return []
    if "error" in counts:
        return [f"  instructions a proposal (callgrind): not counted: {counts['error']}"]
    dglint = counts["dglint"]["per_proposal"] / 1e6
    line = f"  instructions a proposal (callgrind, 200 files less 100): dglint {dglint:.2f} M"
    if "ratio" in counts:
        line += (f", libyaml alone {counts['baseline']['per_proposal'] / 1e6:.2f} M: {counts['ratio']:.2f}x "
                 "(steady where wall time drifts; the target is on time)")
    return [line]


# ---------------------------------------------------------------------------------------------- report

def format_table(corpus: dict, runs: list[dict], single_ms: float) -> str:
    """The human-readable result table."""
    mb, mean_kb = corpus["total_bytes"] / 1e6, corpus["mean_bytes"] / 1e3
    lines = [f"dglint bench: {corpus['files']} proposals, {mb:.1f} MB (mean {mean_kb:.1f} KB), built-in packs"]
    for run in runs:
        line = (f"  jobs={run['jobs']:<3} {run['seconds']:6.2f} s  {run['files_per_s']:6.0f} files/s  "
                f"{run['mb_per_s']:5.1f} MB/s   peak {run['peak_mb']:.0f} MB")
        if run["speedup"] is not None and run["jobs"] != 1:
            line += f"   speed-up {run['speedup']:.2f}x"
        lines.append(line)
    lines.append(f"  one proposal, start to exit: {single_ms:.0f} ms (median of {SINGLE_RUNS})")
    return "\n".join(lines)


TARGETS = {"baseline_ratio": 2.0, "speedup_jobs2": 1.7, "single_ms": 30.0, "peak_mb": 100.0,
           "peak_growth": 0.10}
BASELINE_LINE = re.compile(r"files (?P<files>\d+), bytes (?P<bytes>\d+), events (?P<events>\d+), errors (?P<errors>\d+)")


def baseline_parsed(baseline: str, folder: Path) -> tuple[list[str], dict]:
    """The command of the libyaml-only program over `folder`, and what one run of it says it parsed."""
    command = [baseline, str(folder)]
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    match = BASELINE_LINE.search(proc.stdout)
    if proc.returncode != 0 or match is None:
        raise DglintFailed(command, proc.returncode or 2, proc.stderr or proc.stdout)
    return command, {k: int(v) for k, v in match.groupdict().items()}


def target_lines(results: dict) -> list[str]:
    """One line per target of issue 10: the figure, what it is compared with, and whether it is met."""
    def verdict(ok: bool | None) -> str:
        return "n/a" if ok is None else ("met" if ok else "NOT MET")

    lines = ["targets:"]
    runs = {r["jobs"]: r for r in results["runs"]}
    baseline = results.get("baseline")
    if baseline and 1 in runs:
        ratio = runs[1]["seconds"] / baseline["seconds"]
        results["baseline_ratio"] = ratio
        lines.append(f"  check --jobs 1 {runs[1]['seconds']:.2f} s vs libyaml alone {baseline['seconds']:.2f} s "
                     f"({baseline['files']} files, {baseline['events']:,} events): {ratio:.2f}x "
                     f"(target <= {TARGETS['baseline_ratio']}x) {verdict(ratio <= TARGETS['baseline_ratio'])}")
    speedup = results.get("speedup_jobs2")
    if speedup is not None:
        lines.append(f"  --jobs 2 vs --jobs 1: {speedup:.2f}x faster (target >= {TARGETS['speedup_jobs2']}x) "
                     f"{verdict(speedup >= TARGETS['speedup_jobs2'])}")
    single = results["single"]["median_ms"]
    lines.append(f"  one proposal, start to exit: {single:.1f} ms median with the parse cache, "
                 f"{results['single']['uncached_median_ms']:.1f} ms without (target <= {TARGETS['single_ms']:.0f} ms) "
                 f"{verdict(single <= TARGETS['single_ms'])}")
    peak = max(r["peak_mb"] for r in results["runs"])
    lines.append(f"  peak memory, {results['corpus']['files']} files: {peak:.0f} MB (target <= "
                 f"{TARGETS['peak_mb']:.0f} MB) {verdict(peak <= TARGETS['peak_mb'])}")
    compare = results.get("compare")
    if compare:
        largest = runs[compare["jobs"]]["peak_mb"]
        growth = largest / compare["peak_mb"] - 1
        lines.append(f"  peak memory, {results['corpus']['files']} vs {compare['files']} files (--jobs "
                     f"{compare['jobs']}): {largest:.1f} MB vs {compare['peak_mb']:.1f} MB, {growth:+.1%} "
                     f"(target within {TARGETS['peak_growth']:.0%}) {verdict(abs(growth) <= TARGETS['peak_growth'])}")
    return lines


def default_jobs() -> list[int]:
    """1, 2 and the number of cores (2 always, so that the speed-up of two jobs is measured)."""
    return sorted({1, 2, os.cpu_count() or 1})


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dglint", required=True, help="the dglint executable to measure")
    parser.add_argument("--count", type=int, default=10000, help="proposals in the corpus (default 10000)")
    parser.add_argument("--baseline", help="the libyaml-only program to compare --jobs 1 with (libyaml_baseline.c)")
    parser.add_argument("--compare-count", type=int, help="also check a corpus of this many proposals, for peak memory")
    parser.add_argument("--jobs-list", help="comma-separated --jobs values (default: 1, 2 and the number of cores)")
    parser.add_argument("--keep", action="store_true", help="keep a corpus this run generated (reused next time)")
    parser.add_argument("--rss-method", choices=["auto", "gnu-time", "wrapper"], default="auto",
                        help="how peak memory is read (default: GNU time when installed, else a Python wrapper)")
    parser.add_argument("--bench-dir", type=Path, default=Path(".bench"), help="where the corpus and results go")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    try:
        args.jobs = sorted({int(j) for j in args.jobs_list.split(",")}) if args.jobs_list else default_jobs()
    except ValueError:
        parser.error("--jobs-list takes numbers separated by commas, such as 1,2,4")
    if min(args.jobs) < 1:
        parser.error("--jobs-list values must be at least 1")
    return args


def run_bench(args: argparse.Namespace) -> dict:
    """Prepare the corpus, measure everything and return the results (also printed as a table)."""
    dglint = str(Path(args.dglint).absolute()) if os.sep in args.dglint else args.dglint
    if shutil.which(dglint) is None:
        raise FileNotFoundError(f"{args.dglint} is not an executable")
    folder = args.bench_dir / f"corpus-{args.count}"
    manifest, generated = prepare_corpus(folder, args.count)
    proposals = folder / gen_proposals.PROPOSALS_DIR
    method = rss_method() if args.rss_method == "auto" else args.rss_method
    floor = measure_once(["/bin/true"], method)["peak_bytes"] if Path("/bin/true").exists() else None
    # A parse cache of the bench's own, emptied first, so that the first run fills it and the user's is untouched.
    cache = args.bench_dir / "parse-cache"
    shutil.rmtree(cache, ignore_errors=True)
    os.environ["DGLINT_CACHE_DIR"] = str(cache.absolute())
    os.environ.pop("DGLINT_NO_CACHE", None)
    try:
        sanity = sanity_run(dglint, proposals, max(args.jobs))
        if "error" in sanity:
            print(f"warning: {sanity['error']}; the figures below may not mean what they say", file=sys.stderr)
        elif sanity["files"] != args.count:
            print(f"warning: dglint reported {sanity['files']} files, the corpus has {args.count}", file=sys.stderr)
        commands = [[dglint, "check", "--format", "json", "--jobs", str(jobs), str(proposals)] for jobs in args.jobs]
        parsed = baseline_parsed(args.baseline, proposals) if args.baseline else None
        if parsed:
            commands.append(parsed[0])
        names = [f"jobs={jobs}" for jobs in args.jobs] + (["the libyaml baseline"] if parsed else [])
        print(f"measuring {', '.join(names)}: {ROUNDS} rounds, one run of each per round …", flush=True)
        figures = best_of_interleaved(commands, ROUNDS, method)
        runs = [{"jobs": jobs, "command": command, **found}
                for jobs, command, found in zip(args.jobs, commands, figures)]
        baseline = {"command": parsed[0], **figures[-1], **parsed[1]} if parsed else None
        one = next(e for e in manifest["files"] if e["clean"] and e["format"] == "yaml")
        single_command = [dglint, "check", str(folder / one["file"])]
        # The parse cache (DGLINT_CACHE_DIR, set in run_bench) was filled by the runs above: this is every run
        # after the first on a machine. The same without the cache, for the first run after a pack changes.
        single = start_to_exit(single_command, SINGLE_RUNS)
        uncached = start_to_exit(single_command, SINGLE_RUNS, env={**os.environ, "DGLINT_NO_CACHE": "1"})
        profile = profile_run(dglint, proposals)
        instructions = instruction_counts(dglint, args.baseline, proposals, args.bench_dir / "callgrind")
    finally:
        if generated and not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    compare = compare_memory(dglint, args, max(args.jobs), method) if args.compare_count else None
    jsonpath = jsonpath_bench(dglint)

    total = manifest["total_bytes"]
    base = next((r["seconds"] for r in runs if r["jobs"] == 1), None)
    for run in runs:
        run.update(files_per_s=args.count / run["seconds"], mb_per_s=total / 1e6 / run["seconds"],
                   peak_mb=run["peak_bytes"] / 1e6, speedup=base / run["seconds"] if base else None)
    corpus = {"files": args.count, "total_bytes": total, "mean_bytes": manifest["mean_bytes"],
              "clean": manifest["clean"], "with_defects": manifest["with_defects"], "seed": SEED, "format": FORMAT,
              "generator_sha256": manifest["params"]["generator_sha256"]}
    return {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "dglint": {"path": dglint, "version": dglint_version(dglint), "allocator": allocator(dglint)},
        "host": {"cores": os.cpu_count(), "cpu": cpu_model(), "platform": platform.platform(),
                 "python": platform.python_version()},
        "method": {"rounds": ROUNDS, "order": "interleaved: each round runs every --jobs value, then the baseline",
                   "statistic": "best (lowest wall time); peak is the highest",
                   "rss": "GNU time -f %M per run" if method == "gnu-time" else
                   "getrusage(RUSAGE_CHILDREN) in a fresh Python wrapper process per run",
                   "rss_floor_bytes": floor, "output": "/dev/null", "mb": "10^6 bytes"},
        "corpus": corpus,
        "check": sanity,
        "runs": runs,
        "single": {"command": single_command, "median_ms": statistics.median(single) * 1e3,
                   "min_ms": min(single) * 1e3, "runs_ms": [t * 1e3 for t in single],
                   "uncached_median_ms": statistics.median(uncached) * 1e3,
                   "uncached_runs_ms": [t * 1e3 for t in uncached]},
        "speedup_jobs2": next((r["speedup"] for r in runs if r["jobs"] == 2), None),
        "jsonpath": jsonpath,
        "profile": profile,
        "instructions": instructions,
        "baseline": baseline,
        "compare": compare,
        "targets": TARGETS,
    }


def compare_memory(dglint: str, args: argparse.Namespace, jobs: int, method: str) -> dict:
    """Peak memory of checking a corpus of --compare-count proposals with `jobs` jobs (best of three)."""
    folder = args.bench_dir / f"corpus-{args.compare_count}"
    _, generated = prepare_corpus(folder, args.compare_count)
    try:
        command = [dglint, "check", "--format", "json", "--jobs", str(jobs), str(folder / gen_proposals.PROPOSALS_DIR)]
        print(f"measuring {args.compare_count} files, jobs={jobs}, for peak memory …", flush=True)
        figures = best_of(command, RUNS_PER_JOBS, method)
    finally:
        if generated and not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return {"files": args.compare_count, "jobs": jobs, "command": command, "seconds": figures["seconds"],
            "peak_mb": figures["peak_bytes"] / 1e6}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; exit 2 when dglint fails or cannot be run."""
    args = parse_args(argv)
    try:
        results = run_bench(args)
    except DglintFailed as failure:
        print(f"error: {failure}", file=sys.stderr)
        if failure.stderr.strip():
            print(failure.stderr.rstrip(), file=sys.stderr)
        return 2
    except (FileNotFoundError, PermissionError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(format_table(results["corpus"], results["runs"], results["single"]["median_ms"]))
    print(f"  allocator: {results['dglint']['allocator']}")
    if "error" not in results["check"]:
        severities = results["check"].get("by_severity") or {}
        print(f"  check: dglint reported {results['check']['files']} files"
              + "".join(f", {n} {k}" for k, n in severities.items()))
    jsonpath = results["jsonpath"]
    if jsonpath is not None:
        if "error" in jsonpath:
            print(f"warning: {JSONPATH_BENCH} failed: {jsonpath['error']}", file=sys.stderr)
        else:
            print(f"  {jsonpath['line']}")
    profile = results["profile"]
    if profile and "error" in profile:
        print(f"warning: the --timings run: {profile['error']}", file=sys.stderr)
    for line in profile_lines(profile) + instruction_lines(results["instructions"]) + target_lines(results):
        print(line)
    args.bench_dir.mkdir(parents=True, exist_ok=True)
    out = args.bench_dir / "results.json"
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"results written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
