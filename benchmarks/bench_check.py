"""Benchmark of `delib check` on a generated folder of extracts (not a timed test).

    .venv/bin/python benchmarks/bench_check.py            # 500 files
    .venv/bin/python benchmarks/bench_check.py --files 60 # a quick run

The folder is made in a temporary directory from copies of the sample PDFs with a text layer
(../shared/samples-pdf, the scanned ones left out: OCR would measure Tesseract) and the
samples/*.txt extracts. In the same run it measures:
- the raw extraction rate: pypdfium2 text of every page of every PDF (and reading + decoding
  the text files), in this process — the floor any checker pays;
- `delib check --jobs 1` and `--jobs 2`, each run as the real command (a subprocess), its rate
  taken from the command's own summary line (Python start-up excluded) and its peak RSS as the
  largest sum of the resident memory of the command's whole process tree (main process,
  forkserver, workers), sampled every 20 ms from /proc;
- parse_file in this process on the first 50 files (no pool), to tell the pool's own cost
  from the parser's;
- the same peak RSS for a folder of 50 files, to see whether memory grows with the folder.
Targets: --jobs 1 >= 50 % of the raw rate; --jobs 2 >= 1.8x --jobs 1 (on 2 or more cores);
peak RSS for N files within 20 % of that for 50.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "samples-pdf"
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def sources() -> list[Path]:
    pdfs = sorted(p for p in SHARED.rglob("*.pdf") if ".scanned" not in p.name)
    texts = sorted((ROOT / "samples").glob("*.txt"))
    if not pdfs and not texts:
        sys.exit("no samples: expected ../shared/samples-pdf/*.pdf or samples/*.txt")
    return pdfs + texts


def make_folder(folder: Path, n: int, originals: list[Path]) -> list[Path]:
    folder.mkdir(parents=True)
    out = []
    for i in range(n):
        src = originals[i % len(originals)]
        sub = folder / f"batch-{i // 100:02d}"
        sub.mkdir(exist_ok=True)
        dst = sub / f"{i:05d}-{src.name}"
        shutil.copyfile(src, dst)
        out.append(dst)
    return out


def raw_rate(files: list[Path]) -> float:
    import pypdfium2 as pdfium

    start = time.perf_counter()
    for path in files:
        if path.suffix.lower() == ".pdf":
            pdf = pdfium.PdfDocument(path.read_bytes())
            try:
                for i in range(len(pdf)):
                    page = pdf[i]
                    textpage = page.get_textpage()
                    textpage.get_text_range()
                    textpage.close()
                    page.close()
            finally:
                pdf.close()
        else:
            path.read_bytes().decode("utf-8", errors="replace")
    return len(files) / (time.perf_counter() - start)


def in_process_rate(files: list[Path]) -> float:
    """parse_file in this process, no pool: what the parser itself costs."""
    from delib_parse.api import parse_file

    start = time.perf_counter()
    for path in files:
        try:
            parse_file(path)
        except Exception:  # counted like the batch does: an unreadable file is a result
            pass
    return len(files) / (time.perf_counter() - start)


def _children(pid: int) -> list[int] | None:
    """Child pids of pid, from /proc/PID/task/TID/children; None when the kernel lacks it."""
    out: list[int] = []
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []  # exited
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/children", encoding="ascii") as fh:
                out.extend(int(c) for c in fh.read().split())
        except FileNotFoundError:
            if not os.path.exists(f"/proc/{pid}/task/{tid}"):
                continue  # the thread ended
            return None
        except OSError:
            continue
    return out


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0


def _tree_rss(pid: int) -> int:
    """Resident bytes of pid and all its descendants.

    The sampler shares the CPUs with the command it measures: a scan of all of /proc took
    ~2 ms, every 20 ms, a tenth of a core taken from `--jobs 2` on two cores (and none from
    `--jobs 1`, which leaves a core free). Walking down from pid reads a handful of files."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        kids = _children(p)
        if kids is None:
            return _tree_rss_scan(pid)
        total += _rss(p)
        todo.extend(kids)
    return total


def _tree_rss_scan(pid: int) -> int:
    """_tree_rss from a scan of all of /proc, for kernels without the children files."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        p = int(entry)
        children.setdefault(int(fields[1]), []).append(p)
        rss[p] = int(fields[21]) * PAGE_SIZE
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total


def run_check(folder: Path, jobs: int, out: Path) -> tuple[float, int, str]:
    """(files/s from the command's summary, peak RSS of its process tree, summary line)."""
    cmd = [
        sys.executable,
        "-m",
        "delib_parse.cli",
        "check",
        str(folder),
        "--jobs",
        str(jobs),
        "--format",
        "jsonl",
        "--output",
        str(out),
        "--fail-on",
        "never",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _stdout, stderr = proc.communicate()
    done.set()
    sampler.join()
    line = next((x for x in stderr.splitlines() if x.startswith("delib check:")), "")
    m = re.search(r"^delib check: (\d+) files.* in ([\d.]+) s", line)
    if proc.returncode not in (0, 1) or m is None:
        sys.exit(f"delib check failed ({proc.returncode}):\n{stderr}")
    files, seconds = int(m[1]), float(m[2])
    return files / max(seconds, 1e-9), peak, line


def verdict(ok: bool) -> str:
    return "ok" if ok else "BELOW TARGET"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=500, help="folder size (default 500)")
    parser.add_argument("--small", type=int, default=50, help="the small folder for memory")
    args = parser.parse_args()

    originals = sources()
    with tempfile.TemporaryDirectory(prefix="delib-bench-") as tmp:
        big = make_folder(Path(tmp) / "big", args.files, originals)
        make_folder(Path(tmp) / "small", min(args.small, args.files), originals)
        out = Path(tmp) / "out.jsonl"
        print(f"{args.files} files from {len(originals)} samples on {os.cpu_count()} CPUs")

        raw = raw_rate(big)
        print(f"raw pypdfium2 extraction        {raw:8.1f} files/s")
        sample = big[: min(args.small, len(big))]
        parsed = in_process_rate(sample)
        print(f"parse_file in-process ({len(sample)} files) {parsed:8.1f} files/s   (no pool)")
        rate1, rss1, line1 = run_check(Path(tmp) / "big", 1, out)
        print(f"delib check --jobs 1            {rate1:8.1f} files/s   peak RSS {rss1 >> 20} MiB")
        rate2, rss2, _ = run_check(Path(tmp) / "big", 2, out)
        print(f"delib check --jobs 2            {rate2:8.1f} files/s   peak RSS {rss2 >> 20} MiB")
        _, rss_small, _ = run_check(Path(tmp) / "small", 2, out)
        print(f"delib check --jobs 2, {args.small} files  peak RSS {rss_small >> 20} MiB")
        print(f"  ({line1})")

        r1, r2, rm = rate1 / raw, rate2 / rate1, rss2 / max(rss_small, 1)
        print()
        print(f"--jobs 1 / in-process  {rate1 / parsed:6.2f}  (the pool's own cost: ~1.00 is none)")
        print(f"--jobs 1 / raw rate    {r1:6.2f}  (target >= 0.50)  {verdict(r1 >= 0.5)}")
        print(f"--jobs 2 / --jobs 1    {r2:6.2f}  (target >= 1.80)  {verdict(r2 >= 1.8)}")
        print(
            f"RSS {args.files} / RSS {args.small}      {rm:6.2f}  (target <= 1.20)  "
            f"{verdict(rm <= 1.2)}"
        )


if __name__ == "__main__":
    main()
