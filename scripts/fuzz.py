#!/usr/bin/env python3
"""Build the libFuzzer targets of Tests/Fuzz and run each for a bounded time (`make fuzz`).

    python3 scripts/fuzz.py [--seconds 60] [--build .build/fuzz] [--no-build] [TARGET ...]

TARGET is yaml, jsonpath, expression, schema or pack (all five by default, in that order). The fuzz package is
built in release mode with `-sanitize=fuzzer` (libFuzzer's coverage instrumentation on every module, the
libraries included) and AddressSanitizer. Seed corpora are made anew from the repository on each run, in
BUILD/seeds/TARGET: the sample proposals and every YAML file of the packs, the JSONPath compliance suite's
selectors and the JSON-Schema-Test-Suite's schemas with their instances (from ../shared/conformance beside the
repository, when it is there), the expressions of the expression tables and of the packs, the packs themselves
with their rule and data files, and every kept crash of fixtures/hostile/fuzz/TARGET. What libFuzzer finds on
top is kept in BUILD/corpus/TARGET and reused by the next run.

Each target runs for --seconds with -timeout=10 (a slow input is a bug: the libraries have budgets),
-rss_limit_mb=2048 and a -max_len that suits its input. The first crash, timeout or out-of-memory stops the
whole run: the script names the target and where libFuzzer saved the input (BUILD/artifacts/TARGET/), and
exits with 1. Otherwise it prints, for each target, how long it ran, its executions per second, libFuzzer's
coverage (`cov:`, instrumented edges reached) and the corpus size, and writes them to BUILD/summary.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFORMANCE = ROOT.parent / "shared" / "conformance"
FUZZ_PACKAGE = ROOT / "Tests" / "Fuzz"
KEPT = ROOT / "fixtures" / "hostile" / "fuzz"

# The largest input libFuzzer makes for each target: a whole proposal or pack, or one selector or expression.
MAX_LEN = {"yaml": 32768, "jsonpath": 512, "expression": 1024, "schema": 4096, "pack": 65536}
TARGETS = list(MAX_LEN)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("targets", nargs="*", metavar="TARGET", help=f"one of {', '.join(TARGETS)} (default: all)")
    parser.add_argument("--seconds", type=int, default=60, help="how long each target runs (default 60)")
    parser.add_argument("--build", default=".build/fuzz", help="scratch folder (default .build/fuzz)")
    parser.add_argument("--no-build", action="store_true", help="use the executables already built")
    args = parser.parse_args()
    targets = args.targets or TARGETS
    unknown = [t for t in targets if t not in TARGETS]
    if unknown:
        parser.error(f"unknown target {', '.join(unknown)}; choose among {', '.join(TARGETS)}")
    build = (ROOT / args.build).resolve()

    if not args.no_build:
        command = [
            "swift", "build", "-c", "release", "--package-path", str(FUZZ_PACKAGE), "--scratch-path", str(build),
            "-Xswiftc", "-sanitize=fuzzer", "--sanitize=address",
        ]
        print("+", " ".join(command), flush=True)
        if subprocess.run(command, cwd=ROOT).returncode != 0:
            print("fuzz: the fuzz package does not build", file=sys.stderr)
            return 2

    results = []
    for target in targets:
        seeds = build / "seeds" / target
        shutil.rmtree(seeds, ignore_errors=True)
        seeds.mkdir(parents=True)
        count = write_seeds(target, seeds)
        outcome = run(target, build, seeds, count, args.seconds)
        results.append(outcome)
        if outcome["artifact"]:
            print(f"\nfuzz: fuzz-{target} found a {outcome['kind']}; the input is in {outcome['artifact']}")
            print(f"  replay it: {build}/release/fuzz-{target} {outcome['artifact']}")
            print(f"  minimise it: {build}/release/fuzz-{target} -minimize_crash=1 -runs=10000 {outcome['artifact']}")
            break

    print("\ntarget       seconds   exec/s      cov       ft   corpus")
    for r in results:
        print(f"{r['target']:<12} {r['seconds']:>7} {r['exec_per_second']:>8} {r['cov']:>8} {r['ft']:>8} {r['corpus']:>8}")
    (build / "summary.json").write_text(json.dumps(results, indent=2) + "\n")
    return 1 if any(r["artifact"] for r in results) else 0


def run(target: str, build: Path, seeds: Path, seed_count: int, seconds: int) -> dict:
    """Runs one target for `seconds`; returns its figures and the crashing input, if any."""
    corpus = build / "corpus" / target
    artifacts = build / "artifacts" / target
    corpus.mkdir(parents=True, exist_ok=True)
    artifacts.mkdir(parents=True, exist_ok=True)
    command = [
        str(build / "release" / f"fuzz-{target}"),
        f"-max_total_time={seconds}", f"-max_len={MAX_LEN[target]}", "-timeout=10", "-rss_limit_mb=2048",
        "-detect_leaks=0", "-print_final_stats=1", f"-artifact_prefix={artifacts}/",
    ]
    dictionary = FUZZ_PACKAGE / "dictionaries" / f"{target}.dict"
    if dictionary.exists():
        command.append(f"-dict={dictionary}")
    command += [str(corpus), str(seeds)]
    print(f"\n== fuzz-{target}: {seed_count} seeds, {seconds} s", flush=True)
    log_path = build / f"fuzz-{target}.log"
    started = time.monotonic()
    # Swift's runtime keeps caches for the life of the process, which LeakSanitizer would report as leaks.
    env = {**os.environ, "ASAN_OPTIONS": "detect_leaks=0"}
    with log_path.open("w") as log:
        process = subprocess.Popen(command, stderr=subprocess.STDOUT, stdout=subprocess.PIPE, text=True, env=env,
                                   errors="replace")
        assert process.stdout is not None
        for line in process.stdout:
            log.write(line)
            if line.startswith("#") and ("pulse" in line or "DONE" in line or "INITED" in line):
                print(line.rstrip(), flush=True)
            elif "ERROR:" in line or "SUMMARY:" in line or "Test unit written" in line or "fatal" in line.lower():
                print(line.rstrip(), flush=True)
        process.wait()
    elapsed = round(time.monotonic() - started)
    text = log_path.read_text(errors="replace")
    status = re.findall(r"^#\d+\s+\w+\s+cov: (\d+) ft: (\d+) corp: (\d+)/\S+.*?exec/s: (\d+)", text, re.M)
    cov, ft, corp, speed = status[-1] if status else ("?", "?", "?", "?")
    final = re.search(r"stat::average_exec_per_sec:\s+(\d+)", text)
    written = re.search(r"Test unit written to (\S+)", text)
    kind = "crash"
    if written:
        name = Path(written.group(1)).name
        kind = "timeout" if name.startswith("timeout") else "out-of-memory" if name.startswith("oom") else "crash"
    return {
        "target": target, "seconds": elapsed, "exec_per_second": final.group(1) if final else speed, "cov": cov,
        "ft": ft, "corpus": corp, "seeds": seed_count, "kind": kind if written else None,
        "artifact": written.group(1) if written else None, "log": str(log_path),
    }


def write_seeds(target: str, folder: Path) -> int:
    """Writes the target's seed inputs into `folder`; returns how many."""
    seeds: list[bytes] = list(SEEDS[target]())
    if (KEPT / target).is_dir():
        seeds += [p.read_bytes() for p in sorted((KEPT / target).iterdir()) if p.is_file()]
    unique = dict.fromkeys(s for s in seeds if len(s) <= MAX_LEN[target])
    for i, seed in enumerate(unique):
        (folder / f"seed-{i:05}").write_bytes(seed)
    return len(unique)


def yaml_files() -> list[Path]:
    return sorted(
        p for folder in ("fixtures", "rules") for p in (ROOT / folder).rglob("*")
        if p.suffix in (".yaml", ".yml", ".json") and p.is_file() and "fuzz" not in p.parts
    )


def yaml_seeds():
    for path in yaml_files():
        yield path.read_bytes()


def jsonpath_seeds():
    cts = CONFORMANCE / "jsonpath" / "cts.json"
    if cts.exists():
        for test in json.loads(cts.read_text())["tests"]:
            yield test["selector"].encode()
    # `given: "$.a"`, `field: "@.b"`, `given: [$.a, $.b]`, `- "$.c"`: every JSONPath-looking value of the packs.
    value = re.compile(r"""^\s*(?:-\s+)?(?:(?:given|field):\s*)?(.*)$""")
    for path in (ROOT / "rules").rglob("*.yaml"):
        for line in path.read_text().splitlines():
            text = value.match(line).group(1).strip()
            items = text[1:-1].split(", ") if text.startswith("[") and text.endswith("]") else [text]
            for item in items:
                item = item.strip().strip("\"'")
                if item.startswith(("$", "@")):
                    yield item.encode()


def expression_seeds():
    # The first string argument of each row of the expression tables: value("1 + 2", …), failure(#"…"#, …).
    literal = re.compile(r'\b(?:value|failure|row)\(\s*(#*)"((?:[^"\\]|\\.)*?)"\1\s*,', re.S)
    for path in sorted((ROOT / "Tests" / "DGLintExpressionTests").glob("*.swift")):
        for match in literal.finditer(path.read_text()):
            text = match.group(2)
            if not match.group(1):
                text = text.encode().decode("unicode_escape").encode("latin-1").decode(errors="replace")
            yield text.encode()
    block = re.compile(r"^(\s*)(?:expr|when):\s*(>-|\|)?\s*(.*)$")
    for path in (ROOT / "rules").rglob("*.yaml"):
        lines = path.read_text().splitlines()
        for i, line in enumerate(lines):
            match = block.match(line)
            if not match:
                continue
            if match.group(2):
                indent = len(match.group(1))
                body = []
                for next_line in lines[i + 1:]:
                    if next_line.strip() and len(next_line) - len(next_line.lstrip()) <= indent:
                        break
                    body.append(next_line.strip())
                yield " ".join(body).strip().encode()
            elif match.group(3):
                yield match.group(3).strip().strip("\"'").encode()


def schema_seeds():
    suite = CONFORMANCE / "json-schema" / "draft2020-12"
    if suite.is_dir():
        for path in sorted(suite.rglob("*.json")):
            for group in json.loads(path.read_text()):
                schema = json.dumps(group["schema"], ensure_ascii=False, separators=(",", ":"))
                for test in group["tests"][:3]:
                    yield (schema + "\n" + json.dumps(test["data"], ensure_ascii=False)).encode()
    for path in yaml_files():
        if "schema" in path.name:
            # A schema file of a pack or fixture, on one line for the schema half, with an empty instance.
            yield path.read_bytes().replace(b"\n", b" ") + b"\n{}"


def pack_seeds():
    """Each pack as the target reads it: pack.yaml, then its rule and data files as further documents."""
    for manifest in sorted(ROOT.glob("rules/*/pack.yaml")) + sorted(ROOT.glob("fixtures/packs/*/pack.yaml")):
        parts = [manifest.read_bytes()]
        for path in sorted(manifest.parent.rglob("*.yaml")):
            if path != manifest and "tests" not in path.relative_to(manifest.parent).parts:
                parts.append(path.read_bytes())
        yield b"\n---\n".join(parts)
        yield parts[0]


SEEDS = {
    "yaml": yaml_seeds, "jsonpath": jsonpath_seeds, "expression": expression_seeds, "schema": schema_seeds,
    "pack": pack_seeds,
}

if __name__ == "__main__":
    sys.exit(main())
