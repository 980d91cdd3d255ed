"""`--format json` (one JSON document for the whole batch) and `--format jsonl` (one line per
file, written as soon as it is known: streamable, memory flat).

json:  {"schema_version": 1, "tool": {...}, "files": [FileResult, ...], "summary": {...}}
jsonl: FileResult per line
FileResult = {"path", "status": "ok"|"unreadable", "error": null|{"code","message","hint"},
              "counts": {"deliberations","error","warning","info"},
              "findings": [Finding + "deliberation": 0-based index or null],
              "document": the JSON of `delib parse --json` (null when unreadable)}
The json document is streamed too: each file's record is written when it is known.
A record's `document` is the compact JSON text the worker made (FileResult.document_json),
written as it is after the rest of the record: the parent never decodes and re-encodes it.
"""

from __future__ import annotations

import json
from typing import TextIO

from delib_parse import __version__
from delib_parse.batch.result import FileResult, Summary
from delib_parse.report.safe import json_safe

BATCH_SCHEMA_VERSION = 1


def _dumps(value: object) -> str:
    # json_safe: a file name that is not UTF-8 must not make the report invalid (report/safe.py).
    return json_safe(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def record_json(result: FileResult) -> str:
    """`_dumps(result.as_dict())`, byte for byte, without decoding the document: the record
    but its last key, then `"document":` and the document's text (or null)."""
    head = _dumps(result.head_dict())
    return head[:-1] + ',"document":' + (result.document_json or "null") + "}"


class JsonReporter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.first = True

    def start(self, total: int) -> None:
        tool = _dumps({"name": "delib", "version": __version__})
        self.stream.write(f'{{"schema_version":{BATCH_SCHEMA_VERSION},"tool":{tool},"files":[\n')

    def add(self, result: FileResult) -> None:
        self.stream.write(("" if self.first else ",\n") + record_json(result))
        self.first = False

    def finish(self, summary: Summary) -> None:
        self.stream.write(("" if self.first else "\n") + '],"summary":')
        self.stream.write(_dumps(summary.as_dict()) + "}\n")
        self.stream.flush()


class JsonlReporter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def start(self, total: int) -> None:
        pass

    def add(self, result: FileResult) -> None:
        self.stream.write(record_json(result) + "\n")
        self.stream.flush()

    def finish(self, summary: Summary) -> None:
        pass
