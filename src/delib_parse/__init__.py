"""delib: French local-government deliberation extracts → checked, structured data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Document", "__version__", "check_paths", "parse_bytes", "parse_file", "parse_text"]

if TYPE_CHECKING:
    from delib_parse.api import parse_bytes, parse_file, parse_text
    from delib_parse.batch import check_paths
    from delib_parse.model.document import Document


def __getattr__(name: str) -> Any:
    # Lazy: `delib --help` and worker start-up must not pay for pydantic and pdfium imports.
    if name in {"parse_file", "parse_text", "parse_bytes"}:
        from delib_parse import api

        return getattr(api, name)
    if name == "check_paths":
        from delib_parse.batch import check_paths

        return check_paths
    if name == "Document":
        from delib_parse.model.document import Document

        return Document
    raise AttributeError(name)
