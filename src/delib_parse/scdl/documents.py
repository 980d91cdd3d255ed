"""Reading the documents an SCDL table is made from or checked against: every file under the
given paths, one at a time, each isolated — an unreadable file is a T106 finding, the rest go on."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from delib_parse.batch.discover import DEFAULT_GLOBS, discover
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
    paths: Iterable[str], options: SourceOptions | None = None
) -> Iterator[ReadDocument]:
    from delib_parse import api

    for entry in discover(paths, DEFAULT_GLOBS):
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
