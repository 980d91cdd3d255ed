"""Cold start-up of the `delib` command against an older commit, in CPU time, in one run.

    .venv/bin/python benchmarks/bench_cold.py                      # against e374478
    .venv/bin/python benchmarks/bench_cold.py --old COMMIT --repeat 9

Each case is a fresh process: `delib --version`, `delib rules`, `delib parse SAMPLE --json`
(the bundled Dijon extract as text) and `delib parse EMPTY --json` (an empty file). The old
commit's `src` is exported with `git archive` into a temporary folder and run with PYTHONPATH
set to it, the new one is this checkout's; the two take turns on every repetition, with
`benchmarks/cold_floor.py` (typer and pypdfium2 only, printing a one-page PDF's text) beside
them. A time is the CPU (user +
system) of the process and of its children (`delib parse` reads in a child process), read
from `resource.getrusage(RUSAGE_CHILDREN)`, best of N: on a shared machine CPU time moves far
less than wall-clock time, and only the ratios of one run mean anything.

`new` runs with its pattern cache warm (a first run fills it, untimed); `new, cache cold`
runs each repetition with an empty cache folder ($XDG_CACHE_HOME of its own), which is what
the first run after an install or a `regex` upgrade pays.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_parse import export

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "dijon-metropole-2023-02-02-mutualisation.txt"
# The floor reads a PDF (it only knows pypdfium2): the text of this one-page extract.
FLOOR_PDF = ROOT / "tests" / "data" / "pdf" / "dijon-metropole-2023-02-02-mutualisation.pdf"
BASELINE = "e374478"  # the commit before the start-up work of issue 12


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cpu_of(command: list[str], env: dict[str, str]) -> float:
    """CPU seconds of one run of `command` and of all it started."""
    before = children_cpu()
    subprocess.run(
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return children_cpu() - before


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", default=BASELINE, help="commit to compare with")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="delib-bench-cold-") as temp:
        folder = Path(temp)
        old_src = export(args.old, folder / "old")
        if old_src is None:
            print(f"skipped: cannot export {args.old} (no git, or no such commit)")
            return 0
        empty = folder / "empty.txt"
        empty.write_text("")
        python = sys.executable
        delib = [python, "-m", "delib_parse.cli"]
        cases = {
            "--version": ["--version"],
            "rules": ["rules"],
            "parse sample --json": ["parse", str(SAMPLE), "--json", "--ocr", "never"],
            "parse empty --json": ["parse", str(empty), "--json", "--ocr", "never"],
        }
        floor = [python, str(ROOT / "benchmarks" / "cold_floor.py"), "parse"]
        base_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        warm_cache = folder / "cache-warm"
        envs = {
            "old": {**base_env, "PYTHONPATH": str(old_src), "XDG_CACHE_HOME": str(warm_cache)},
            "new": {**base_env, "PYTHONPATH": str(ROOT / "src"), "XDG_CACHE_HOME": str(warm_cache)},
        }
        for argv in cases.values():  # fills the new version's cache; .pyc of both written
            for env in envs.values():
                cpu_of([*delib, *argv], env)
        best: dict[tuple[str, str], float] = {}
        for n in range(args.repeat):
            for case, argv in cases.items():
                runs = {"old": envs["old"], "new": envs["new"]}
                cold = folder / f"cache-cold-{n}-{len(best)}"
                runs["new, cache cold"] = {**envs["new"], "XDG_CACHE_HOME": str(cold)}
                for name, env in runs.items():
                    seconds = cpu_of([*delib, *argv], env)
                    best[(case, name)] = min(best.get((case, name), seconds), seconds)
                if case.startswith("parse") and FLOOR_PDF.exists():
                    seconds = cpu_of([*floor, str(FLOOR_PDF), "--json"], base_env)
                    best[(case, "floor")] = min(best.get((case, "floor"), seconds), seconds)
        print(f"cold CPU seconds, best of {args.repeat}; old = {args.old}, new = this checkout")
        header = f"{'case':<22}{'old':>8}{'new':>8}{'new/old':>9}{'cache cold':>12}{'floor':>8}"
        print(header)
        for case in cases:
            old, new = best[(case, "old")], best[(case, "new")]
            cold = best[(case, "new, cache cold")]
            floor_s = f"{best[(case, 'floor')]:8.3f}" if (case, "floor") in best else f"{'—':>8}"
            print(f"{case:<22}{old:8.3f}{new:8.3f}{new / old:9.2f}{cold:12.3f}{floor_s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
