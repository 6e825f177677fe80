"""Throughput benchmark for `leaderboard extract` (a script, not a test).

    python benchmarks/throughput.py [--n 20000] [--jobs 1 2] [--quantulum-sample 300]
    python benchmarks/throughput.py --n 200000 --jobs 1 --quantulum-sample 0   # memory run

Builds a corpus of N real-shaped abstracts (JSON Lines) from the example corpus and the
test fixtures: sentences of real abstracts recombined and their numbers varied with a
fixed seed, so no abstract is one repeated text. Then it runs the real command,
`leaderboard extract CORPUS -o OUT -q -j J`, in a subprocess for each J and reports
abstracts/s, MB/s, results/s and the peak resident memory of that process. Start-up
(loading and compiling the rules, building the unit registry) is measured on its own by a
run over a one-abstract corpus and subtracted; it is reported warm (the compiled-pattern
cache of ~/.cache/leaderboard filled) and cold (an empty cache directory). When quantulum3
is installed (the optional `bench` extra) its throughput on a sample of the same texts is
measured in the same run. A calibration line shows how far this machine runs two
CPU-bound processes in parallel (what `--jobs 2` can gain at best).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "examples" / "hf-papers-emergent-reasoning.txt"]
FIXTURES = ROOT / "tests" / "fixtures"
NUMBER = re.compile(r"\d+(?:\.\d+)?")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def source_abstracts() -> list[tuple[str, str]]:
    """(title, abstract) of every paper in the example corpus and the JSONL fixtures."""
    sys.path.insert(0, str(ROOT / "src"))
    from leaderboard.models import Document
    from leaderboard.readers import read_path

    paths = [str(p) for p in SOURCES]
    paths += sorted(str(p) for p in FIXTURES.rglob("*.jsonl")) if FIXTURES.exists() else []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            for item in read_path(path):
                if isinstance(item, Document):
                    seen.setdefault(item.abstract, item.title)
        except Exception as exc:  # noqa: BLE001 - a fixture that is bad on purpose
            print(f"(skipping {path}: {exc})", file=sys.stderr)
    return [(title, abstract) for abstract, title in seen.items()]


def build_corpus(path: Path, n: int, seed: int = 7) -> int:
    """Write N varied abstracts to PATH; return the number of bytes written."""
    rng = random.Random(seed)
    papers = source_abstracts()
    sentences = [s for _, a in papers for s in SENTENCE_END.split(a)]

    def vary(match: re.Match[str]) -> str:
        text = match.group(0)
        if "." in text:
            whole, frac = text.split(".")
            return f"{rng.randint(0, 99)}.{''.join(str(rng.randint(0, 9)) for _ in frac)}"
        return str(rng.randint(1, 99)) if len(text) <= 2 else text

    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            title, abstract = papers[i % len(papers)]
            parts = SENTENCE_END.split(abstract)
            # swap in a few sentences from other papers and vary every number
            for _ in range(2):
                parts.insert(rng.randrange(len(parts) + 1), rng.choice(sentences))
            text = NUMBER.sub(vary, " ".join(parts))
            record = {"id": f"bench-{i}", "title": f"{title} #{i}", "abstract": text}
            fh.write(json.dumps(record) + "\n")
    return path.stat().st_size


def run_extract(corpus: Path, out: Path, jobs: int, env: dict[str, str] | None = None) -> tuple[float, int]:
    """Run the CLI; return (wall seconds, peak RSS in MB of the process tree's largest)."""
    exe = shutil.which("leaderboard", path=str(Path(sys.executable).parent)) or "leaderboard"
    cmd = [exe, "extract", str(corpus), "-o", str(out), "-q", "-j", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed")
    # ru_maxrss is in kilobytes on Linux; for jobs > 1 it is the largest of the workers
    # only when they are children of this process, so report the parent's (the writer's).
    return elapsed, usage.ru_maxrss // 1024


def _spin(n: int) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(n):
        total += i * i
    return time.perf_counter() - start


def parallel_calibration(seconds: float = 3.0) -> float:
    """Speed-up of two processes running a pure-Python loop over one running it (ideal 2.0)."""
    import multiprocessing

    n = int(2_000_000 * seconds / max(_spin(2_000_000), 1e-6))
    one = _spin(n)
    with multiprocessing.get_context("fork").Pool(2) as pool:
        start = time.perf_counter()
        pool.map(_spin, [n, n])
        two = time.perf_counter() - start
    return 2 * one / two


def quantulum_rate(texts: list[str]) -> float | None:
    """Abstracts per second of quantulum3's parser on TEXTS, or None when not installed."""
    try:
        from quantulum3 import parser
    except ImportError:
        return None
    parser.parse(texts[0])  # load its models outside the timing
    start = time.perf_counter()
    for text in texts:
        parser.parse(text)
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000, help="abstracts in the corpus")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--quantulum-sample", type=int, default=300)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        corpus, one, out = Path(tmp, "corpus.jsonl"), Path(tmp, "one.jsonl"), Path(tmp, "o.jsonl")
        size = build_corpus(corpus, args.n)
        with open(corpus, encoding="utf-8") as fh:
            one.write_text(fh.readline(), encoding="utf-8")
        run_extract(one, out, 1)  # fill the compiled-pattern cache
        startup = min(run_extract(one, out, 1)[0] for _ in range(3))
        cold = []
        for i in range(3):
            env = dict(os.environ, XDG_CACHE_HOME=str(Path(tmp, f"cold-cache-{i}")))
            cold.append(run_extract(one, out, 1, env)[0])
        print(f"corpus: {args.n} abstracts, {size / 1e6:.1f} MB; start-up {startup:.2f} s warm, "
              f"{min(cold):.2f} s cold (empty cache)")
        rates = {}
        for jobs in args.jobs:
            elapsed, rss = run_extract(corpus, out, jobs)
            work = max(elapsed - startup, 1e-9)
            n_results = sum(1 for _ in open(out, encoding="utf-8"))
            rates[jobs] = args.n / work
            print(f"jobs={jobs}: {rates[jobs]:,.0f} abstracts/s, {size / 1e6 / work:.1f} MB/s, "
                  f"{n_results / work:,.0f} results/s, peak RSS {rss} MB "
                  f"(wall {elapsed:.2f} s)")
        if 1 in rates and 2 in rates:
            print(f"scaling 1 -> 2 jobs: {rates[2] / rates[1]:.2f}x "
                  f"(this machine, {os.cpu_count()} CPUs: two busy pure-Python processes run "
                  f"{parallel_calibration():.2f}x as fast as one)")
        if args.quantulum_sample <= 0:
            return
        texts = []
        with open(corpus, encoding="utf-8") as fh:
            for line in fh:
                texts.append(json.loads(line)["abstract"])
                if len(texts) >= args.quantulum_sample:
                    break
        q = quantulum_rate(texts)
        if q is None:
            print("quantulum3: not installed (pip install -e '.[bench]')")
        else:
            print(f"quantulum3: {q:,.1f} abstracts/s on {args.quantulum_sample} of the same "
                  f"abstracts; leaderboard (1 job) is {rates.get(1, 0) / q:,.0f}x faster")


if __name__ == "__main__":
    main()
