"""PDF stage benchmark: bare pypdfium2 extraction vs `delib_parse.parse_file`, and a cold CLI.

Run: .venv/bin/python benchmarks/bench_pdf.py [FOLDER_OR_PDF ...] [--repeat N]

For each sample PDF, measured in the same run (best of N, so the numbers are the machine's,
not its noise):
- raw: open with pypdfium2 + get_text_range of every page — the floor any PDF reader pays;
- parse: `delib_parse.parse_file` (columns, furniture, normaliser, parsers, rules), in process;
- ratio: parse / raw (target <= 2x);
- source: the PDF stage alone (`load_path` + furniture: positioned lines, columns rebuilt) and
  its ratio to raw, to tell this stage's cost from the parsers' and rules';
- cold: wall time of a fresh `delib parse FILE --json` process (target <= 0.2 s), which pays
  Python's start-up and every import on the way;
- floor: the same for benchmarks/cold_floor.py, a typer command with delib's options that only
  prints the pypdfium2 text as JSON: what Python + typer (which imports pydantic) + pypdfium2
  cost before any of delib's work, so the cold column can be read against the stack's own.
OCR is off (`--ocr never`): image-only samples measure the text route only.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SAMPLES = [ROOT.parent / "shared" / "samples-pdf", ROOT / "tests" / "data" / "pdf"]
RATIO_TARGET = 2.0
COLD_TARGET = 0.2


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def raw_extract(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path.read_bytes())
    chars = 0
    for index in range(len(doc)):
        page = doc[index]
        textpage = page.get_textpage()
        chars += len(textpage.get_text_range())
        textpage.close()
        page.close()
    doc.close()
    return chars


def parse(path: Path) -> object:
    from delib_parse import parse_file
    from delib_parse.sources import SourceOptions

    return parse_file(path, options=SourceOptions(ocr="never"))


def source(path: Path) -> object:
    from delib_parse.normalise.furniture import strip_furniture
    from delib_parse.sources import SourceOptions, load_path

    return strip_furniture(load_path(path, SourceOptions(ocr="never")).pages)


def cold_cli(path: Path, repeat: int, *, floor: bool = False) -> float:
    delib = shutil.which("delib", path=str(Path(sys.executable).parent)) or "delib"
    program = [sys.executable, str(Path(__file__).with_name("cold_floor.py"))] if floor else [delib]
    command = [*program, "parse", str(path), "--json", "--ocr", "never"]

    def run() -> None:
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)

    return best_of(repeat, run)


def pages_of(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path.read_bytes())
    try:
        return len(doc)
    finally:
        doc.close()


def samples(args: list[str]) -> list[Path]:
    roots = [Path(a) for a in args] or [p for p in DEFAULT_SAMPLES if p.exists()][:1]
    found: list[Path] = []
    for root in roots:
        found.extend(sorted(root.rglob("*.pdf")) if root.is_dir() else [root])
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="PDF files or folders (default: the samples)")
    parser.add_argument("--repeat", type=int, default=5, help="best of N runs (default 5)")
    args = parser.parse_args()
    files = samples(args.paths)
    if not files:
        print("no PDF found", file=sys.stderr)
        return 2
    parse(files[0])  # imports and first-call caches out of the timings
    header = (
        f"{'file':44} {'pages':>5} {'raw ms':>7} {'source ms':>9} {'ratio':>5}"
        f" {'parse ms':>8} {'ratio':>6} {'cold s':>6} {'floor s':>7}"
    )
    print(header)
    print("-" * len(header))
    for path in files:
        raw = best_of(args.repeat, lambda p=path: raw_extract(p))
        src = best_of(args.repeat, lambda p=path: source(p))
        full = best_of(args.repeat, lambda p=path: parse(p))
        cold = cold_cli(path, max(1, args.repeat // 2))
        floor = cold_cli(path, max(1, args.repeat // 2), floor=True)
        ratio = full / raw if raw else float("inf")
        flags = ("" if ratio <= RATIO_TARGET else " ratio>2") + (
            "" if cold <= COLD_TARGET else " cold>0.2"
        )
        name = str(path.relative_to(path.parents[1])) if len(path.parents) > 1 else path.name
        print(
            f"{name[-44:]:44} {pages_of(path):5d} {raw * 1000:7.1f} {src * 1000:9.1f}"
            f" {src / raw if raw else 0:5.2f} {full * 1000:8.1f} {ratio:6.2f} {cold:6.3f}"
            f" {floor:7.3f}{flags}"
        )
    print(f"targets: parse <= {RATIO_TARGET:g} x raw, cold CLI <= {COLD_TARGET:g} s")
    print("floor: a typer + pypdfium2 command that prints the raw text (benchmarks/cold_floor.py)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
