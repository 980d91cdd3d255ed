"""Identity harness: `parse_file(...).model_dump_json()` of every corpus file, stored or compared.

Run: .venv/bin/python tools/identity.py store DIR     # write one JSON per input into DIR
     .venv/bin/python tools/identity.py check DIR     # rerun; exit 1 unless every output is
                                                      # byte-identical to the one stored in DIR

An optimisation must not change what delib reads, so each one is checked against the outputs
of the code before it. The inputs: ../shared/corpus/real, ../shared/corpus/pdf,
../shared/samples-pdf (with bench/), ../shared/seeds and tests/data/** (txt and pdf), OCR off.
A file delib refuses (a named DelibError) stores its error code, so refusals are compared too.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FOLDERS = [
    SHARED / "corpus" / "real",
    SHARED / "corpus" / "pdf",
    SHARED / "samples-pdf",
    SHARED / "seeds",
    ROOT / "tests" / "data",
]


def inputs() -> list[Path]:
    found: set[Path] = set()
    for folder in FOLDERS:
        if folder.is_dir():
            found.update(p for p in folder.rglob("*") if p.suffix in (".txt", ".pdf"))
    return sorted(found)


def key(path: Path) -> str:
    # A flat, stable file name per input: its readable stem plus a hash of its full path.
    digest = hashlib.sha1(str(path).encode()).hexdigest()[:10]
    return f"{path.stem[:60]}-{digest}.json"


def render(path: Path) -> str:
    from delib_parse import parse_file
    from delib_parse.errors import DelibError
    from delib_parse.sources import SourceOptions

    try:
        return parse_file(path, options=SourceOptions(ocr="never")).model_dump_json(indent=1)
    except DelibError as error:
        return f"error {type(error).__name__}: {error}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["store", "check"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    paths = inputs()
    with ProcessPoolExecutor(args.workers) as pool:
        outputs = list(pool.map(render, paths, chunksize=1))
    folder: Path = args.folder
    if args.mode == "store":
        folder.mkdir(parents=True, exist_ok=True)
        for path, output in zip(paths, outputs, strict=True):
            (folder / key(path)).write_text(output, encoding="utf-8")
        print(f"stored {len(paths)} outputs in {folder}")
        return 0
    differ = []
    for path, output in zip(paths, outputs, strict=True):
        stored = folder / key(path)
        if not stored.exists() or stored.read_text(encoding="utf-8") != output:
            differ.append(path)
    for path in differ:
        print(f"DIFFERS: {path}")
    print(f"{len(paths) - len(differ)}/{len(paths)} outputs identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
