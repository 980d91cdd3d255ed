"""Reading the documents an SCDL table is made from or checked against: every file under the
given paths, one at a time, each isolated — an unreadable file is a T106 finding, the rest go on."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from delib_parse.batch.discover import DEFAULT_GLOBS, Entry, discover
from delib_parse.batch.result import FileResult, Reporter
from delib_parse.errors import DelibError
from delib_parse.model.document import Document
from delib_parse.scdl.findings import TableFinding
from delib_parse.sources.options import SourceOptions


@dataclass(frozen=True, slots=True)
class ReadDocument:
    path: str
    document: Document | None
    finding: TableFinding | None = None  # T106 when it could not be read


def read_documents(
    paths: Iterable[str], options: SourceOptions | None = None, progress: Reporter | None = None
) -> Iterator[ReadDocument]:
    """Each document read, in a stable order; `progress` (a bar, from the CLI) is told of each."""
    for index, read in enumerate(_read(discover(paths, DEFAULT_GLOBS), options, progress)):
        if progress is not None:
            progress.add(FileResult(index=index, path=read.path, status="ok"))
        yield read


def _read(
    entries: list[Entry], options: SourceOptions | None, progress: Reporter | None
) -> Iterator[ReadDocument]:
    from delib_parse import api

    if progress is not None:
        progress.start(len(entries))
    for entry in entries:
        if entry.error is not None:
            code, message, _hint = entry.error
            yield ReadDocument(
                entry.path, None, TableFinding("T106", f"{code} {message}", document=entry.path)
            )
            continue
        try:
            doc = api.parse_file(entry.path, options=options)
        except DelibError as error:
            yield ReadDocument(
                entry.path,
                None,
                TableFinding(
                    "T106", f"{entry.path}: {error.code} {error.message}", document=entry.path
                ),
            )
            continue
        yield ReadDocument(entry.path, doc)
