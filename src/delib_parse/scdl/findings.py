"""A finding about an SCDL table: a T code, a message, and where — the table's line, and for a
row-against-document finding the document's page and line too."""

from __future__ import annotations

from dataclasses import dataclass

from delib_parse.model.document import Location
from delib_parse.scdl.codes import BY_CODE


@dataclass(frozen=True, slots=True)
class TableFinding:
    code: str
    message: str
    line: int | None = None  # the table's physical line (None: the table as a whole)
    column: str | None = None
    document: str | None = None  # the document the row was compared with
    at: Location | None = None  # where in that document

    @property
    def rule(self) -> str:
        return BY_CODE[self.code].name

    @property
    def severity(self) -> str:
        return BY_CODE[self.code].severity
