"""OCR benchmark: Tesseract alone vs delib on the same scans, seconds a page.

Run: .venv/bin/python benchmarks/bench_ocr.py [SCAN.pdf ...] [--repeat N] [--psm 3 4 6]

For each image-only PDF (default: tests/data/ocr/*.pdf), one page after the other (jobs = 1):
- tesseract: the `tesseract` program alone on each page already rendered (the same 300-dpi grey
  image, `-l fra --psm 6 tsv`, OMP_THREAD_LIMIT=1) — the floor any OCR of these pages pays;
- delib: `delib_parse.parse_file` on the scan (render, Tesseract, words → lines, post-
  correction, normaliser, parsers, rules);
- ratio: delib / tesseract (target <= 1.10: delib adds at most 10 %).
Wall seconds are best of N; the CPU columns (this process + its children) are steadier on a
busy machine. `--psm` also times Tesseract alone with other page segmentation modes.
A last line gives delib with every core (jobs = 0), the speed a user of one scan sees.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCANS = sorted((ROOT / "tests" / "data" / "ocr").glob("*.pdf"))
RATIO_TARGET = 1.10


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def best_of(repeat: int, fn: Callable[[], object]) -> tuple[float, float]:
    """Best wall seconds and best CPU seconds over `repeat` runs."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), _cpu()
        fn()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, _cpu() - start_cpu)
    return wall, cpu


def render_pages(path: Path, folder: Path) -> list[Path]:
    import pypdfium2 as pdfium

    from delib_parse.sources import ocr

    doc = pdfium.PdfDocument(path)
    out: list[Path] = []
    try:
        for index in range(len(doc)):
            page = doc[index]
            image = page.render(scale=ocr.DPI / 72).to_pil().convert("L")
            page.close()
            target = folder / f"{path.stem}-{index + 1}.pgm"
            image.save(target, format="PPM")
            out.append(target)
    finally:
        doc.close()
    return out


def tesseract_alone(images: list[Path], psm: int) -> None:
    from delib_parse.sources import ocr

    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    for image in images:
        subprocess.run(
            ["tesseract", str(image), "stdout", "-l", ocr.LANG, "--psm", str(psm), "tsv"],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scans", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--psm", type=int, nargs="*", default=[])
    args = parser.parse_args(argv)

    from delib_parse import parse_file
    from delib_parse.errors import OcrUnavailable
    from delib_parse.sources import ocr
    from delib_parse.sources.options import SourceOptions

    try:
        ocr.check_available()
    except OcrUnavailable as error:
        print(error.one_line(), file=sys.stderr)
        return 2
    scans = args.scans or DEFAULT_SCANS
    print(f"psm {ocr.PSM}, {ocr.DPI} dpi, jobs 1, best of {args.repeat} (seconds a page)")
    header = f"{'scan':<58} {'pages':>5} {'tess':>6} {'delib':>6} {'ratio':>6}"
    print(f"{header} {'tessCPU':>8} {'delibCPU':>8} {'ratio':>6}")
    total = {"pages": 0, "tess": 0.0, "delib": 0.0, "tess_cpu": 0.0, "delib_cpu": 0.0}
    others: dict[int, float] = {psm: 0.0 for psm in args.psm}
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as folder:
        for scan in scans:
            images = render_pages(scan, Path(folder))
            n = len(images)
            tess, tess_cpu = best_of(args.repeat, partial(tesseract_alone, images, ocr.PSM))
            options = SourceOptions(ocr="auto", jobs=1, timeout=None)
            delib, delib_cpu = best_of(args.repeat, partial(parse_file, scan, options=options))
            for psm in others:
                others[psm] += best_of(args.repeat, partial(tesseract_alone, images, psm))[0]
            print(
                f"{scan.name[:58]:<58} {n:>5} {tess / n:>6.2f} {delib / n:>6.2f} "
                f"{delib / tess:>6.3f} {tess_cpu / n:>8.2f} {delib_cpu / n:>8.2f} "
                f"{delib_cpu / tess_cpu:>6.3f}"
            )
            total["pages"] += n
            total["tess"] += tess
            total["delib"] += delib
            total["tess_cpu"] += tess_cpu
            total["delib_cpu"] += delib_cpu
            for image in images:
                image.unlink()
    n = int(total["pages"])
    ratio = total["delib"] / total["tess"]
    cpu_ratio = total["delib_cpu"] / total["tess_cpu"]
    print(
        f"{'all':<58} {n:>5} {total['tess'] / n:>6.2f} {total['delib'] / n:>6.2f} "
        f"{ratio:>6.3f} {total['tess_cpu'] / n:>8.2f} {total['delib_cpu'] / n:>8.2f} "
        f"{cpu_ratio:>6.3f}"
    )
    for psm, seconds in others.items():
        print(f"tesseract alone with --psm {psm}: {seconds / n:.2f} s a page")
    start = time.perf_counter()
    for scan in scans:
        parse_file(scan, options=SourceOptions(ocr="auto", jobs=0, timeout=None))
    parallel = (time.perf_counter() - start) / n
    print(f"delib with jobs = 0 ({os.cpu_count()} cores): {parallel:.2f} s a page")
    verdict = "ok" if ratio <= RATIO_TARGET else "over"
    print(f"delib adds {100 * (ratio - 1):+.1f} % to Tesseract (target <= +10 %): {verdict}")
    return 0 if ratio <= RATIO_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
