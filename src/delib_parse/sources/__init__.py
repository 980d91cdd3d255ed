"""Sources: bytes → pages of positioned lines. The only stage that knows about file formats."""

from __future__ import annotations

from pathlib import Path

from delib_parse.sources.base import SourceDocument, SourceLine, SourcePage
from delib_parse.sources.options import SourceOptions
from delib_parse.sources.reading import read_file, read_stream
from delib_parse.sources.text import from_text, read_text_bytes

__all__ = [
    "SourceDocument",
    "SourceLine",
    "SourceOptions",
    "SourcePage",
    "from_text",
    "load_bytes",
    "load_path",
    "read_stream",
]

PDF_MAGIC = b"%PDF-"


def looks_like_pdf(data: bytes) -> bool:
    # The header may follow some junk bytes; the PDF spec lets readers look in the first 1024.
    return PDF_MAGIC in data[:1024]


def load_bytes(
    data: bytes, path: str | None = None, options: SourceOptions | None = None
) -> SourceDocument:
    """Pick a reader by the content's magic bytes, not by the file name."""
    options = options or SourceOptions()
    if looks_like_pdf(data):
        from delib_parse.sources.pdf import read_pdf_bytes

        document: SourceDocument = read_pdf_bytes(data, path=path, options=options)
        return document
    if path is not None and path.lower().endswith(".pdf") and data.strip():
        from delib_parse.errors import NotADocument

        raise NotADocument("named .pdf but is not a PDF (no %PDF- header)", path=path)
    return read_text_bytes(data, path=path)


def load_path(path: str | Path, options: SourceOptions | None = None) -> SourceDocument:
    """Read a regular file (a FIFO or a device is refused, E008) of at most
    `options.max_bytes` bytes (E016 beyond)."""
    options = options or SourceOptions()
    name = str(path)
    data = read_file(name, options.max_bytes)
    return load_bytes(data, path=name, options=options)
