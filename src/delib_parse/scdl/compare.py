"""A published row against the deliberation it summarises: every cell the document also
states is compared, and a difference is a finding at the document's page and line.

Only what both say is compared: an empty cell is fill's business, and a figure the document
does not print is no evidence. VOTE_REEL is compared with pour + contre + abstention; when it
equals the members present instead, the finding says so (the Saint-Étienne pattern).
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.scdl.findings import TableFinding
from delib_parse.scdl.join import fold_title, title_ratio
from delib_parse.scdl.rows import DocRow
from delib_parse.scdl.table import Row

TITLE_SAME = 0.9  # hand-typed titles differ in case, accents, punctuation: this much is the same


def _finding(code: str, message: str, row: Row, doc: DocRow, column: str) -> TableFinding:
    delib_id = row.get("DELIB_ID")
    return TableFinding(
        code,
        f"DELIB_ID {delib_id}: {message}",
        line=row.line,
        column=column,
        document=doc.path,
        at=doc.at(column),
    )


def compare_row(row: Row, doc: DocRow) -> Iterator[TableFinding]:
    date, doc_date = row.get("DELIB_DATE"), doc.values.get("DELIB_DATE", "")
    if date and doc_date and date != doc_date:
        yield _finding(
            "T102",
            f"DELIB_DATE is {date}, the document's sitting is on {doc_date}",
            row,
            doc,
            "DELIB_DATE",
        )
    title, doc_title = row.get("DELIB_OBJET"), doc.values.get("DELIB_OBJET", "")
    if (
        title
        and doc_title
        and fold_title(title) != fold_title(doc_title)
        and title_ratio(title, doc_title) < TITLE_SAME
    ):
        yield _finding(
            "T103",
            f"DELIB_OBJET {title!r}, the document's subject is {doc_title!r}",
            row,
            doc,
            "DELIB_OBJET",
        )
    pref, doc_pref = row.get("PREF_DATE"), doc.values.get("PREF_DATE", "")
    if pref and doc_pref and pref != doc_pref:
        yield _finding(
            "T104",
            f"PREF_DATE is {pref}, the stamp says reçu en préfecture on {doc_pref}",
            row,
            doc,
            "PREF_DATE",
        )
    effectif = row.get("VOTE_EFFECTIF")
    if effectif and "VOTE_EFFECTIF" in doc.where and effectif != doc.values.get("VOTE_EFFECTIF"):
        yield _finding(
            "T105",
            f"VOTE_EFFECTIF is {effectif}, the document states {doc.values['VOTE_EFFECTIF']} members in office",
            row,
            doc,
            "VOTE_EFFECTIF",
        )
    for column, word in (
        ("VOTE_POUR", "pour"),
        ("VOTE_CONTRE", "contre"),
        ("VOTE_ABSTENTION", "abstention"),
    ):
        mine, theirs = row.get(column), doc.vote(column)
        if mine and theirs and mine != theirs:
            yield _finding(
                "T101",
                f"{column} is {mine}, the document's tally has {theirs} {word}",
                row,
                doc,
                column,
            )
    reel, doc_reel = row.get("VOTE_REEL"), doc.vote("VOTE_REEL")
    if reel and doc_reel and reel != doc_reel:
        present = doc.stated.get("present")
        if present == reel:
            why = f"it holds the {present} members present the document states, not pour + contre + abstention = {doc_reel}"
        else:
            why = f"the document's pour + contre + abstention is {doc_reel}"
        yield _finding("T101", f"VOTE_REEL is {reel}: {why}", row, doc, "VOTE_REEL")
