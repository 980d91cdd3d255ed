"""JSON of the output contract, and writing files whole or not at all."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from delib_parse.model.document import Document
from delib_parse.report.output import atomic_output


def document_dict(doc: Document) -> dict[str, Any]:
    return doc.model_dump(mode="json")


def document_json(doc: Document, indent: int | None = 2) -> str:
    return json.dumps(document_dict(doc), ensure_ascii=False, indent=indent)


def write_atomic(path: str | Path, text: str) -> None:
    """Write text to path so that readers see the old file or the whole new one, never half."""
    with atomic_output(path) as fh:
        fh.write(text)
