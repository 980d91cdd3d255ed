"""JSON of the output contract, and writing files whole or not at all.

The JSON is written by pydantic's serialiser (`model_dump_json`), not by `json.dumps` of
`model_dump`: the same bytes (keys in field order, non-ASCII as is, the same escapes and
indentation; the model has no floats), several times faster, and no intermediate dicts. The
one text pydantic refuses is a lone surrogate (a name decoded with surrogateescape), which
`json.dumps` lets through: that document is written the old way, so the bytes never differ.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic_core import PydanticSerializationError

from delib_parse.model.document import Document
from delib_parse.report.output import atomic_output
from delib_parse.report.safe import json_safe


def document_dict(doc: Document) -> dict[str, Any]:
    return doc.model_dump(mode="json")


def document_json(doc: Document, indent: int | None = 2) -> str:
    """The document as `json.dumps(document_dict(doc), ensure_ascii=False, indent=indent)`
    writes it; with indent None, compact (no spaces after `,` and `:`)."""
    try:
        return doc.model_dump_json(indent=indent)
    except PydanticSerializationError:
        separators = (",", ":") if indent is None else None
        # (pydantic refuses a lone surrogate: a file name that is not UTF-8)
        return json_safe(
            json.dumps(document_dict(doc), ensure_ascii=False, indent=indent, separators=separators)
        )


def documents_json(docs: Sequence[Document | None], indent: int | None = 2) -> str:
    """Several documents as one JSON array, in order; null for a file that could not be read."""
    items = ["null" if doc is None else document_json(doc, indent) for doc in docs]
    if indent is None:
        return "[" + ",".join(items) + "]"
    if not items:
        return "[]"
    # Each item one level deeper: JSON text holds no raw newline inside a string, so every
    # newline is a line break of the layout.
    pad = " " * indent
    nested = [item.replace("\n", "\n" + pad) for item in items]
    return "[\n" + pad + (",\n" + pad).join(nested) + "\n]"


def write_atomic(path: str | Path, text: str) -> None:
    """Write text to path so that readers see the old file or the whole new one, never half."""
    with atomic_output(path) as fh:
        fh.write(text)
