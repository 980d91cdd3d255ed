"""Text files: decode, split into pages (form feeds) and numbered lines."""

from __future__ import annotations

import hashlib

from delib_parse.errors import EmptyFile, NotADocument, UnknownEncoding
from delib_parse.sources.base import SourceDocument, SourceLine, SourcePage
from delib_parse.sources.ruled_text_tables import ruled_text_tables
from delib_parse.sources.text_tables import tab_aligned_tables

# Bytes that never occur in real text files; their presence means binary content.
_BINARY_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1A)) | {0x7F}


def decode(data: bytes, path: str | None = None) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 (BOM stripped) first, then cp1252, then latin-1.

    cp1252 is what Word on Windows writes; latin-1 is kept for the few bytes cp1252 leaves
    undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), which only latin-1 maps.
    """
    if not data.strip():
        raise EmptyFile("the file is empty", path=path)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise UnknownEncoding(
                "the file starts like UTF-16 but does not decode", path=path
            ) from exc
    sample = data[:65536]
    junk = sum(1 for b in sample if b in _BINARY_BYTES)
    if junk > max(2, len(sample) // 200):
        raise NotADocument("the file is binary, neither PDF nor text", path=path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text, encoding
    raise UnknownEncoding("the text is in an encoding delib does not recognise", path=path)


# Non-ASCII characters of French text and its typography. A single-byte decoding whose
# non-ASCII characters are mostly outside this set (Cyrillic or Greek read as cp1252 gives
# "ðåãèñòð") is the wrong encoding.
FRENCH_NON_ASCII = frozenset("àâäéèêëîïôöùûüÿçæœÀÂÄÉÈÊËÎÏÔÖÙÛÜŸÇÆŒ«»’‘“”–—…€° §²ºª·•")


def _plausible(text: str) -> bool:
    odd = [c for c in text if ord(c) > 127]
    if not odd:
        return True
    letters = sum(1 for c in text if c.isalpha())
    french = sum(1 for c in odd if c in FRENCH_NON_ASCII)
    return french >= 0.9 * len(odd) and len(odd) <= 0.3 * max(letters, 1)


def from_text(
    text: str, *, path: str | None = None, sha256: str | None = None, encoding: str | None = "utf-8"
) -> SourceDocument:
    """Split text into pages at form feeds and into numbered lines (CRLF and CR accepted)."""
    if sha256 is None:
        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages: list[SourcePage] = []
    for number, chunk in enumerate(text.split("\f"), start=1):
        lines = [
            SourceLine(text=line, page=number, line=i)
            for i, line in enumerate(chunk.split("\n"), start=1)
        ]
        lines = tab_aligned_tables(ruled_text_tables(lines))
        pages.append(SourcePage(number=number, lines=lines))
    return SourceDocument(
        path=path,
        sha256=sha256,
        media_type="text/plain",
        extractor="text",
        pages=pages,
        encoding=encoding,
    )


def read_text_bytes(data: bytes, path: str | None = None) -> SourceDocument:
    text, encoding = decode(data, path)
    if not text.strip():
        raise EmptyFile("the file holds no text", path=path)
    return from_text(text, path=path, sha256=hashlib.sha256(data).hexdigest(), encoding=encoding)
