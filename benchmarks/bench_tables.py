"""Ruled-table detection: delib's grid detector vs pdfplumber's `find_tables`, in one run.

Run: .venv/bin/python benchmarks/bench_tables.py [FOLDER_OR_PDF ...] [--repeat N]

For each sample PDF (scans included: their pages have no rules, which is a cost too):
- ours ms: `sources.tables.pdfium_grids` on every page (pdfium's path objects → rules →
  grids), the page already loaded — what the PDF stage adds to each page;
- plumber ms, ratio: pdfplumber's `page.find_tables()` on every page opened fresh (pdfminer
  parses the page first: what pdfplumber as the table finder would add to the pdfium route),
  and its ratio to ours, measured in the same run (best of N: the machine's numbers, not its
  noise);
- warm ms, ratio: `find_tables()` alone, on pages pdfminer has already parsed;
- grids / tables: how many each found (ours counts every grid, before the table guards;
  pdfplumber also reports grids of one cell or one row).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
DEFAULT_SAMPLES = [ROOT.parent / "shared" / "samples-pdf", ROOT / "tests" / "data" / "pdf-corpus"]


def best_of(repeat: int, fn: Callable[[], int]) -> tuple[float, int]:
    best, found = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = fn()
        best = min(best, time.perf_counter() - start)
    return best, found


def ours(path: Path, repeat: int) -> tuple[float, int, int]:
    import pypdfium2 as pdfium

    from delib_parse.sources.tables import pdfium_grids

    doc = pdfium.PdfDocument(path.read_bytes())
    pages = [doc[i] for i in range(len(doc))]
    try:
        sizes = [p.get_size()[1] for p in pages]

        def run() -> int:
            return sum(len(pdfium_grids(p, h)) for p, h in zip(pages, sizes, strict=True))

        elapsed, found = best_of(repeat, run)
        return elapsed, found, len(pages)
    finally:
        for p in pages:
            p.close()
        doc.close()


def plumber(path: Path, repeat: int) -> tuple[float, float, int]:
    """pdfplumber's `find_tables` on every page: (cold, warm, tables found).

    Cold: the page opened fresh, so pdfminer parses it first — what using pdfplumber as the
    table finder would add to delib's pdfium route, which never parses a page with pdfminer.
    Warm: the page's objects already parsed — `find_tables`' own work only."""
    import pdfplumber

    def cold() -> int:
        with pdfplumber.open(path) as pdf:
            found = 0
            for page in pdf.pages:
                found += len(page.find_tables())
                page.close()
            return found

    t_cold, found = best_of(repeat, cold)
    with pdfplumber.open(path) as pdf:
        pages = list(pdf.pages)
        for p in pages:
            _ = p.objects

        def warm() -> int:
            return sum(len(p.find_tables()) for p in pages)

        t_warm, _ = best_of(repeat, warm)
    # Opening the file is no part of either: time it alone and take it off the cold run.
    t_open, _ = best_of(repeat, lambda: len(pdfplumber.open(path).pages))
    return max(t_cold - t_open, 0.0), t_warm, found


def pdfs(args: list[str]) -> list[Path]:
    roots = [Path(a) for a in args] or [p for p in DEFAULT_SAMPLES if p.exists()]
    out: list[Path] = []
    for root in roots:
        out.extend(sorted(root.rglob("*.pdf")) if root.is_dir() else [root])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = pdfs(args.paths)
    header = (
        f"{'file':50} {'pages':>5} {'ours ms':>8} {'plumber ms':>10} {'ratio':>6}"
        f" {'warm ms':>8} {'ratio':>6} {'grids':>5} {'tables':>6}"
    )
    print(header)
    total = [0.0, 0.0, 0.0]
    total_pages = 0
    for path in files:
        t_ours, grids, pages = ours(path, args.repeat)
        t_cold, t_warm, tables = plumber(path, args.repeat)
        for i, t in enumerate((t_ours, t_cold, t_warm)):
            total[i] += t
        total_pages += pages
        name = str(path.relative_to(ROOT.parent)) if path.is_relative_to(ROOT.parent) else str(path)
        print(
            f"{name[-50:]:50} {pages:5d} {t_ours * 1000:8.2f} {t_cold * 1000:10.1f}"
            f" {t_cold / max(t_ours, 1e-9):5.0f}x {t_warm * 1000:8.1f}"
            f" {t_warm / max(t_ours, 1e-9):5.1f}x {grids:5d} {tables:6d}"
        )
    if total_pages:
        ours_ms, cold_ms, warm_ms = (t * 1000 / total_pages for t in total)
        print(
            f"\nall: {total_pages} pages; ms a page: ours {ours_ms:.3f}, pdfplumber {cold_ms:.1f}"
            f" (page parse + find_tables), {warm_ms:.2f} (find_tables on a parsed page);"
            f" ratio {cold_ms / max(ours_ms, 1e-9):.0f}x, warm {warm_ms / max(ours_ms, 1e-9):.1f}x"
        )


if __name__ == "__main__":
    main()
