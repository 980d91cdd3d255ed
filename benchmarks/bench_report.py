"""What `delib check --format json|jsonl` costs the parent for each file, before and after the
workers send the document as JSON text, in one run.

    .venv/bin/python benchmarks/bench_report.py              # samples/, tests/data texts, 5 PDFs
    .venv/bin/python benchmarks/bench_report.py FILE … --repeat 9

The parent's work for one file is: unpickle the FileResult the worker sent, encode its record
and write it. Before (the old way, rebuilt here): the result carries the document as a dict
(`model_dump(mode="json")`), which the parent re-encodes with `json.dumps`. After: it carries
the compact JSON text (`model_dump_json()`), which the parent writes after the rest of the
record. Both are timed in this process on the same documents, taking turns, CPU time, best of
N; the worker's side (making the dict, or the text) and the two `delib parse --json`
serialisations (`json.dumps(model_dump(...), indent=2)` against `model_dump_json(indent=2)`)
are printed too. The outputs are checked to be byte-identical before anything is timed.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path

from delib_parse import parse_file
from delib_parse.batch.result import FileResult
from delib_parse.errors import DelibError
from delib_parse.model.document import Document
from delib_parse.report.batch_json import record_json
from delib_parse.report.jsonout import document_json
from delib_parse.sources import SourceOptions

ROOT = Path(__file__).resolve().parent.parent


@dataclasses.dataclass(frozen=True, slots=True)
class OldResult:
    """The FileResult of before: the document as a dict."""

    result: FileResult
    document: dict[str, object] | None


def default_files() -> list[Path]:
    """The bundled sample, the text files of tests/data and five minutes PDFs (long documents)."""
    found = sorted((ROOT / "samples").glob("*.txt"))
    found += sorted((ROOT / "tests" / "data").rglob("*.txt"))
    found += sorted((ROOT / "tests" / "data" / "pdf-corpus").rglob("*.pdf"))[:5]
    return found


def best_cpu(work: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    docs: list[Document] = []
    for path in args.paths or default_files():
        try:
            docs.append(parse_file(path, options=SourceOptions(ocr="never")))
        except DelibError:
            pass
    if not docs:
        print("no document to measure")
        return 0

    def old_compact(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    new_results = [
        FileResult(index=i, path=str(i), status="ok", document_json=document_json(d, None))
        for i, d in enumerate(docs)
    ]
    old_results = [
        OldResult(dataclasses.replace(r, document_json=None), d.model_dump(mode="json"))
        for r, d in zip(new_results, docs, strict=True)
    ]
    new_pickles = [pickle.dumps(r) for r in new_results]
    old_pickles = [pickle.dumps(r) for r in old_results]

    def parent_old() -> str:
        out = io.StringIO()
        for data in old_pickles:
            got: OldResult = pickle.loads(data)
            out.write(old_compact({**got.result.head_dict(), "document": got.document}) + "\n")
        return out.getvalue()

    def parent_new() -> str:
        out = io.StringIO()
        for data in new_pickles:
            out.write(record_json(pickle.loads(data)) + "\n")
        return out.getvalue()

    def worker_old() -> object:
        return [pickle.dumps(d.model_dump(mode="json")) for d in docs]

    def worker_new() -> object:
        return [pickle.dumps(document_json(d, None)) for d in docs]

    def parse_old() -> object:
        return [json.dumps(d.model_dump(mode="json"), ensure_ascii=False, indent=2) for d in docs]

    def parse_new() -> object:
        return [document_json(d) for d in docs]

    assert parent_old() == parent_new(), "the records differ"
    assert parse_old() == parse_new(), "the documents differ"
    pairs = {
        "check parent: unpickle + write": (parent_old, parent_new),
        "check worker: serialise + pickle": (worker_old, worker_new),
        "parse --json: serialise": (parse_old, parse_new),
    }
    best = {name: [float("inf"), float("inf")] for name in pairs}
    for _ in range(args.repeat):  # turns: both sides see the same load
        for name, (old, new) in pairs.items():
            best[name][0] = min(best[name][0], best_cpu(old, 1))
            best[name][1] = min(best[name][1], best_cpu(new, 1))
    size = sum(len(r.document_json or "") for r in new_results) / len(docs)
    print(
        f"{len(docs)} documents, {size / 1000:.1f} kB of JSON each; CPU ms a file, best of {args.repeat}"
    )
    print(f"{'':<34}{'before':>9}{'after':>9}{'after/before':>14}")
    for name, (old_s, new_s) in best.items():
        n = len(docs)
        print(f"{name:<34}{old_s / n * 1000:9.2f}{new_s / n * 1000:9.2f}{new_s / old_s:14.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
