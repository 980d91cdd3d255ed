"""Parse-stage benchmark: `parse_file` now vs the commit before the structure-first rewrite.

Run: .venv/bin/python benchmarks/bench_parse.py [FILE ...] [--repeat N] [--old COMMIT] [--new COMMIT]

For each sample (../shared/samples-pdf/*.pdf and bench/*.pdf, a few of tests/data/pdf-corpus,
and a long text made of the text layers of the minutes PDFs put end to end), measured in one
run, best of N (default 5):
- new ms: `delib_parse.parse_file(..., ocr="never")` of this checkout (or of `--new COMMIT`);
- old ms: the same call on the code of COMMIT (default 9549e00, the last commit before the
  rewrite), exported with `git archive` into a temporary folder;
- new/old: the ratio issue #11 holds to <= 1 ("keep today's speed or better");
- raw ms, new/raw: pypdfium2 open + `get_text_range` of every page, the floor any reader pays.
Each version runs in its own long-lived worker process (`--worker`, PYTHONPATH set to its
`src`), so neither pays imports in its timings; the workers take turns on every repetition of
every file, so a busy spell of the shared machine falls on both. Skips (exit 0) when git or
the old commit is unavailable.
Times are the worker's CPU time (`time.process_time`), not wall-clock: on a machine shared
with other jobs, the time spent waiting for a core is the neighbours', not delib's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OLD_COMMIT = "9549e00"
CORPUS_SAMPLES = [
    "putanges-le-lac/2022-05-30-cr-registre-deliberations.pdf",
    "ville-oise/2014-06-06-cr.pdf",
    "fargues-saint-hilaire/2018-12-13-proces-verbal.pdf",
    "l-arbresle/2013-07-09-compte-rendu.pdf",
    "massiac/2020-06-09-registre-extraits.pdf",
]


def default_samples() -> list[Path]:
    found = sorted((SHARED / "samples-pdf").glob("*.pdf"))
    found += sorted((SHARED / "samples-pdf" / "bench").glob("*.pdf"))
    if not found:
        found = sorted((ROOT / "tests" / "data" / "pdf").glob("*.pdf"))
    corpus = ROOT / "tests" / "data" / "pdf-corpus"
    found += [corpus / name for name in CORPUS_SAMPLES if (corpus / name).exists()]
    return found


def raw_text(path: Path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path.read_bytes())
    pages = []
    for index in range(len(doc)):
        page = doc[index]
        textpage = page.get_textpage()
        pages.append(textpage.get_text_range())
        textpage.close()
        page.close()
    doc.close()
    return "\f".join(pages)


def long_text(folder: Path) -> Path:
    # The minutes of the corpus with a text layer, end to end (form feeds are page breaks):
    # a long text for the segmentation and the outline, the same bytes for both versions.
    corpus = ROOT / "tests" / "data" / "pdf-corpus"
    parts = [raw_text(p) for p in sorted(corpus.rglob("*.pdf")) if "scan" not in p.name]
    path = folder / "long-minutes.txt"
    path.write_text("\f".join(parts).replace("\r\n", "\n").replace("\r", "\n"), encoding="utf-8")
    return path


def worker() -> int:
    """One version's timer: reads `parse PATH` or `raw PATH`, answers the seconds it took."""
    from delib_parse import parse_file
    from delib_parse.sources import SourceOptions

    print(json.dumps({"module": __import__("delib_parse").__file__}), flush=True)
    for line in sys.stdin:
        what, _, name = line.rstrip("\n").partition(" ")
        path = Path(name)
        start = time.process_time()
        if what == "raw":
            raw_text(path)
        else:
            parse_file(path, options=SourceOptions(ocr="never"))
        print(json.dumps({"seconds": time.process_time() - start}), flush=True)
    return 0


class Worker:
    def __init__(self, src: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(src)}
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.module = self.read()["module"]

    def read(self) -> dict[str, object]:
        assert self.process.stdout is not None
        answer: dict[str, object] = json.loads(self.process.stdout.readline())
        return answer

    def time(self, what: str, path: Path) -> float:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{what} {path}\n")
        self.process.stdin.flush()
        seconds = self.read()["seconds"]
        assert isinstance(seconds, float)
        return seconds

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


def export(commit: str, folder: Path) -> Path | None:
    """The commit's `src` in FOLDER (git archive: no worktree, nothing written to the repo)."""
    if shutil.which("git") is None:
        return None
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit, "src"], capture_output=True, check=False
    )
    if archive.returncode != 0:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder / "src"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="files (default: the samples)")
    parser.add_argument("--repeat", type=int, default=5, help="best of N runs (default 5)")
    parser.add_argument("--old", default=OLD_COMMIT, help=f"the baseline (default {OLD_COMMIT})")
    parser.add_argument("--new", help="a commit to time instead of this checkout")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker()
    with tempfile.TemporaryDirectory(prefix="delib-bench-") as tmp:
        old_src = export(args.old, Path(tmp) / "old")
        new_src = export(args.new, Path(tmp) / "new") if args.new else ROOT / "src"
        if old_src is None or new_src is None:
            print(f"skipped: git or commit {args.old} {args.new or ''} unavailable")
            return 0
        files: list[Path] = args.paths or [*default_samples(), long_text(Path(tmp))]
        new, old = Worker(new_src), Worker(old_src)
        print(f"new: {new.module}\nold: {old.module} ({args.old})")
        header = (
            f"{'file':52} {'raw ms':>7} {'new ms':>8} {'old ms':>8} {'new/old':>7} {'new/raw':>7}"
        )
        print(header)
        print("-" * len(header))
        ratios = []
        try:
            for path in files:
                new.time("parse", path)  # first-call caches (lazy patterns) out of the timings
                old.time("parse", path)
                best_new = best_old = best_raw = float("inf")
                for _ in range(args.repeat):
                    best_new = min(best_new, new.time("parse", path))
                    best_old = min(best_old, old.time("parse", path))
                    if path.suffix == ".pdf":
                        best_raw = min(best_raw, new.time("raw", path))
                ratios.append(best_new / best_old)
                raw = f"{best_raw * 1000:7.1f}" if path.suffix == ".pdf" else f"{'-':>7}"
                vs_raw = f"{best_new / best_raw:7.2f}" if path.suffix == ".pdf" else f"{'-':>7}"
                shared = path.parent.name in ("samples-pdf", "bench") or path.parent == Path(tmp)
                name = path.name if shared else f"{path.parent.name}/{path.name}"
                print(
                    f"{name[-52:]:52} {raw} {best_new * 1000:8.1f} {best_old * 1000:8.1f}"
                    f" {best_new / best_old:7.2f} {vs_raw}"
                )
        finally:
            new.close()
            old.close()
        print(f"new/old: {min(ratios):.2f}–{max(ratios):.2f} (target <= 1)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
