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
from delib_parse.sources.progress import Listener, listening, report


def normalise_source(src: SourceDocument) -> NormalisedText:
    return normalise_lines(strip_furniture(src.pages))


def rule_notes(src: SourceDocument, doc: Document) -> dict[str, object]:
    """Facts the rules need that the models do not hold: unreadable pages, the document's own
    date (the act's date in its @ctes identifier, or the day it was sent), the département."""
    notes: dict[str, object] = {
        "unreadable_pages": [p.number for p in src.pages if p.unreadable],
        "ocr_pages": [p.number for p in src.pages if p.ocr],
    }
    stamps = doc.transmission
    if stamps is not None:
        act_date = stamps.act.date if stamps.act else None
        document_date = stamps.sent_on or act_date
        if document_date is not None:
            notes["document_date"] = document_date
        if stamps.act is not None:
            notes["departement"] = stamps.act.departement.lstrip("0") or stamps.act.departement
    return notes


def parse_source(src: SourceDocument, selection: RuleSelection | None = None) -> Document:
    report("parsing")
    text = normalise_source(src)
    doc = parse_document(text, src)
    return run_rules(doc, selection, rule_notes(src, doc))


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


def parse_file_bounded(
    path: str | Path,
    *,
    options: SourceOptions | None = None,
    selection: RuleSelection | None = None,
    on_progress: Listener | None = None,
) -> Document:
    """`parse_file` in a child process stopped at `options.timeout` seconds, whatever the stage
    (reading, OCR, parsing, rules): raises `DocumentTimeout` (E014) then, `ExtractorCrashed`
    (E015) if the child dies. Without a timeout, the same as `parse_file`.

    `on_progress(stage, done, total)` is called in this process as the child reads:
    ("reading page", 3, 12), ("OCR page", 1, 4), ("parsing", 0, 0)."""
    options = options or SourceOptions()
    if options.timeout is None:
        return _parse_file(path, options, selection, on_progress)
    from delib_parse.child import run_bounded

    return run_bounded(
        _parse_file,
        (path, options, selection),
        timeout=options.timeout,
        path=str(path),
        on_progress=on_progress,
    )


def parse_bytes_bounded(
    data: bytes,
    *,
    path: str | None = None,
    options: SourceOptions | None = None,
    selection: RuleSelection | None = None,
    on_progress: Listener | None = None,
) -> Document:
    """`parse_bytes` under the same whole-document time limit as `parse_file_bounded`."""
    options = options or SourceOptions()
    if options.timeout is None:
        return _parse_bytes(data, path, options, selection, on_progress)
    from delib_parse.child import run_bounded

    return run_bounded(
        _parse_bytes,
        (data, path, options, selection),
        timeout=options.timeout,
        path=path,
        on_progress=on_progress,
    )


def _parse_file(
    path: str | Path,
    options: SourceOptions,
    selection: RuleSelection | None = None,
    progress: Listener | None = None,
) -> Document:
    with listening(progress):
        return parse_file(path, options=options, selection=selection)


def _parse_bytes(
    data: bytes,
    path: str | None,
    options: SourceOptions,
    selection: RuleSelection | None = None,
    progress: Listener | None = None,
) -> Document:
    with listening(progress):
        return parse_bytes(data, path=path, options=options, selection=selection)


def normalise_file(path: str | Path, options: SourceOptions | None = None) -> NormalisedText:
    return normalise_source(load_path(path, options))
