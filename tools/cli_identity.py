"""The bytes `delib parse FILE --json --ocr never` prints, for every file of tests/data and
samples/, stored or compared.

Run: .venv/bin/python tools/cli_identity.py store DIR [--src SRC]   # SRC: another checkout's src
     .venv/bin/python tools/cli_identity.py check DIR [--src SRC]   # exit 1 unless identical

tools/identity.py compares the library's `model_dump_json`; this compares what the command
writes (stdout, stderr and exit status), so that a change in how the JSON is serialised or in
the command's start-up is held to the same bytes. Each file runs in a fresh process, from the
repository root (the paths in the output are relative to it).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "tests" / "data", ROOT / "samples"]


def inputs() -> list[str]:
    found: set[str] = set()
    for folder in FOLDERS:
        found.update(
            str(p.relative_to(ROOT)) for p in folder.rglob("*") if p.suffix in (".txt", ".pdf")
        )
    return sorted(found)


def key(path: str) -> str:
    digest = hashlib.sha1(path.encode()).hexdigest()[:10]
    return f"{Path(path).stem[:60]}-{digest}.out"


def run(path: str, src: str | None) -> bytes:
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src
    command = [sys.executable, "-m", "delib_parse.cli", "parse", path, "--json", "--ocr", "never"]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=False)
    return done.stdout + b"\n--stderr--\n" + done.stderr + f"\n--rc {done.returncode}\n".encode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["store", "check"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--src", help="PYTHONPATH of the delib_parse to run")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    paths = inputs()
    with ThreadPoolExecutor(args.workers) as pool:
        outputs = list(pool.map(lambda p: run(p, args.src), paths))
    folder: Path = args.folder
    if args.mode == "store":
        folder.mkdir(parents=True, exist_ok=True)
        for path, output in zip(paths, outputs, strict=True):
            (folder / key(path)).write_bytes(output)
        print(f"stored {len(paths)} outputs in {folder}")
        return 0
    differ = [
        path
        for path, output in zip(paths, outputs, strict=True)
        if not (folder / key(path)).exists() or (folder / key(path)).read_bytes() != output
    ]
    for path in differ:
        print(f"DIFFERS: {path}")
    print(f"{len(paths) - len(differ)}/{len(paths)} outputs identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
