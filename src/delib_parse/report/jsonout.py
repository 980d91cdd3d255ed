"""JSON of the output contract, and writing files whole or not at all."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from delib_parse.model.document import Document


def document_dict(doc: Document) -> dict[str, Any]:
    return doc.model_dump(mode="json")


def document_json(doc: Document, indent: int | None = 2) -> str:
    return json.dumps(document_dict(doc), ensure_ascii=False, indent=indent)


def write_atomic(path: str | Path, text: str) -> None:
    """Write text to path so that readers see the old file or the whole new one, never half."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
