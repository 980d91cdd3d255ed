"""JSON of the output contract, and writing files whole or not at all."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from delib_parse.model.document import Document
from delib_parse.report.output import atomic_output
from delib_parse.report.safe import json_safe


def document_dict(doc: Document) -> dict[str, Any]:
    return doc.model_dump(mode="json")


def document_json(doc: Document, indent: int | None = 2) -> str:
    return json_safe(json.dumps(document_dict(doc), ensure_ascii=False, indent=indent))


def documents_json(docs: Sequence[Document | None], indent: int | None = 2) -> str:
    """Several documents as one JSON array, in order; null for a file that could not be read."""
    items = [None if doc is None else document_dict(doc) for doc in docs]
    return json_safe(json.dumps(items, ensure_ascii=False, indent=indent))


def write_atomic(path: str | Path, text: str) -> None:
    """Write text to path so that readers see the old file or the whole new one, never half."""
    with atomic_output(path) as fh:
        fh.write(text)
