"""The library API: what the CLI, the batch checker and Python users call.

from delib_parse import parse_file, parse_text
doc = parse_file("extract.pdf")        # -> Document (pydantic)
doc.model_dump(mode="json")            # the JSON of the output contract
"""

from __future__ import annotations

from pathlib import Path

from delib_parse.model.document import Document
from delib_parse.normalise import NormalisedText, normalise_lines
from delib_parse.normalise.furniture import strip_furniture
from delib_parse.parse import parse_document
from delib_parse.rules.runner import RuleSelection, run_rules
from delib_parse.sources import SourceDocument, SourceOptions, from_text, load_bytes, load_path


def normalise_source(src: SourceDocument) -> NormalisedText:
    return normalise_lines(strip_furniture(src.pages))


def parse_source(src: SourceDocument, selection: RuleSelection | None = None) -> Document:
    text = normalise_source(src)
    doc = parse_document(text, src)
    return run_rules(doc, selection)


def parse_text(
    text: str, *, path: str | None = None, selection: RuleSelection | None = None
) -> Document:
    """Parse an extract given as a string."""
    return parse_source(from_text(text, path=path), selection)


def parse_bytes(
    data: bytes,
    *,
    path: str | None = None,
    options: SourceOptions | None = None,
    selection: RuleSelection | None = None,
) -> Document:
    return parse_source(load_bytes(data, path=path, options=options), selection)


def parse_file(
    path: str | Path,
    *,
    options: SourceOptions | None = None,
    selection: RuleSelection | None = None,
) -> Document:
    """Parse a PDF or text file. Raises a `delib_parse.errors.DelibError` when unreadable."""
    return parse_source(load_path(path, options), selection)


def normalise_file(path: str | Path, options: SourceOptions | None = None) -> NormalisedText:
    return normalise_source(load_path(path, options))
