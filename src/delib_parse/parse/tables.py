"""Tables read row by row: a list of deliberations, an attendance grid.

The sources write a table's rows as lines whose cells are apart by a tab (`sources.tables`,
`sources.layout`); the normaliser turns tabs into spaces, so the ordinary reading sees a row as
a line of words and this module reads the source lines themselves, where the cells still are.

- A list of deliberations (number | title | result, or a count per column "Pour | Contre |
  Abstention") gives one deliberation a row: its number, subject and vote. The result cell is
  read by the vote parser (`parse.votes.parse_vote`), the counts per column too, written out as
  a tally ("Pour : 21 Contre : 2").
- An attendance grid (name | présent | excusé | absent | pouvoir à, with "X" marks, or one
  status column "Présent" / "Pouvoir à M. X") gives the present, the absent and the proxies.

What is read here only completes the ordinary reading (`complete_from_tables`): a list of
deliberations stands for the deliberations only when the ordinary reading found fewer than it
lists, and an attendance grid fills only the lists the ordinary reading left empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from delib_parse.lazyre import lazy
from delib_parse.model.document import (
    Absence,
    Deliberation,
    Location,
    Person,
    Proxy,
    Subject,
    Vote,
)
from delib_parse.model.names import fold, same_person
from delib_parse.parse.people import parse_person
from delib_parse.parse.votes import parse_vote, unvoted
from delib_parse.sources.base import SourceDocument, SourceLine
from delib_parse.sources.tables import heading_kind, is_mark, is_table
from delib_parse.vocab.tables import (
    DELIBERATION_KINDS,
    PROXY_PREFIX,
    RESULT_OUTCOMES,
    STATUS_WORDS,
)

_PROXY_PREFIX = lazy(PROXY_PREFIX, regex.IGNORECASE)
_STATUS = [(kind, lazy(pattern)) for kind, pattern in STATUS_WORDS]
_OUTCOMES = [(outcome, lazy(pattern)) for outcome, pattern in RESULT_OUTCOMES]
# The tally labels written before a count of its column (parse_vote reads "Pour : 21").
_TALLY_LABELS = {"yes": "Pour", "no": "Contre", "abstain": "Abstention", "not_voting": "NPPV"}
_NPPV = lazy(r"NPPV\s*:\s*(\d{1,4})")


@dataclass(slots=True)
class Table:
    """A table's rows as cells, the heading's kind of each column, where each row stands."""

    kinds: list[str | None]
    rows: list[list[str]]
    lines: list[SourceLine]
    heading: SourceLine

    def column(self, *kinds: str) -> int | None:
        for i, kind in enumerate(self.kinds):
            if kind in kinds:
                return i
        return None

    def cell(self, row: list[str], col: int | None) -> str:
        return row[col].strip() if col is not None and col < len(row) else ""


def find_tables(src: SourceDocument) -> list[Table]:
    """The runs of tab-separated source lines that pass the table guards, in document order."""
    out: list[Table] = []
    run: list[SourceLine] = []
    for line in [*src.lines(), None]:
        if line is not None and "\t" in line.text:
            run.append(line)
            continue
        if line is not None and run and not line.text.strip():
            continue  # a blank line between rows (a text table's rows, their wrapped lines)
        if len(run) >= 2:
            table = _table(run)
            if table is not None:
                out.append(table)
        run = []
    return out


def _table(run: list[SourceLine]) -> Table | None:
    rows = [line.text.split("\t") for line in run]
    if not is_table(rows):
        return None
    return Table([heading_kind(c) for c in rows[0]], rows[1:], run[1:], run[0])


def _repeats_heading(table: Table, row: list[str]) -> bool:
    """A heading row printed again (at the top of the next page, in one run of rows)."""
    return [heading_kind(c) for c in row] == table.kinds


# --- a list of deliberations ------------------------------------------------------------------


@dataclass(slots=True)
class ListedDeliberation:
    number: str | None
    title: str
    vote: Vote | None
    location: Location
    locations: dict[str, Location] = field(default_factory=dict)
    withdrawn: bool = False  # "Retirée de l'ordre du jour" in its result cell


def read_deliberations(table: Table) -> list[ListedDeliberation]:
    """One deliberation a row of a list of deliberations; [] when the table is no such list."""
    kinds = set(table.kinds) - {None}
    if "title" not in kinds or not (kinds & (DELIBERATION_KINDS - {"title"})):
        return []
    number_col = table.column("number")
    title_col = table.column("title")
    result_col = table.column("result")
    tally_cols = [(i, k) for i, k in enumerate(table.kinds) if k in _TALLY_LABELS]
    out: list[ListedDeliberation] = []
    for row, line in zip(table.rows, table.lines, strict=True):
        title = table.cell(row, title_col)
        if not title or _repeats_heading(table, row):
            continue
        where = Location(page=line.page, line=line.line)
        listed = ListedDeliberation(
            number=table.cell(row, number_col) or None,
            title=title,
            vote=_row_vote(table, row, result_col, tally_cols),
            location=where,
            withdrawn=unvoted(table.cell(row, result_col)) == "withdrawn",
        )
        listed.locations["subject"] = where
        if listed.number:
            listed.locations["number"] = where
        if listed.vote is not None:
            listed.locations["vote"] = where
        out.append(listed)
    return out


def _row_vote(
    table: Table, row: list[str], result_col: int | None, tally_cols: list[tuple[int, str]]
) -> Vote | None:
    # The result cell and the counts of the tally's columns, read as one tally by the vote
    # parser: "Adopté à l'unanimité", "Majorité (2 contre)", "Pour : 21 Contre : 2".
    parts = [table.cell(row, result_col)]
    for col, kind in tally_cols:
        count = table.cell(row, col)
        if count.isdigit():
            parts.append(f"{_TALLY_LABELS[kind]} : {count}")
    text = " ".join(p for p in parts if p)
    if not text:
        return None
    vote = parse_vote(text).vote
    nppv = _NPPV.search(text)
    if vote is not None and nppv and vote.not_voting is None:
        vote.not_voting = int(nppv.group(1))
    if vote is None or vote.outcome is None:
        # A bare result ("Adopté", "Rejeté") is an outcome without a tally.
        folded = fold(table.cell(row, result_col))
        for outcome, pattern in _OUTCOMES:
            if pattern.match(folded):
                vote = (vote or Vote()).model_copy(update={"outcome": outcome})
                break
    return vote


# --- an attendance grid -----------------------------------------------------------------------


@dataclass(slots=True)
class AttendanceGrid:
    """What an attendance grid says (not parse.attendance.Attendance, the lists of the text)."""

    present: list[Person] = field(default_factory=list)
    absent: list[Absence] = field(default_factory=list)
    proxies: list[Proxy] = field(default_factory=list)
    location: Location = field(default_factory=Location)
    # The grid's heading and rows, (page, line): a list read from them was read flattened.
    lines: set[tuple[int, int]] = field(default_factory=set)
    headings: list[str] = field(default_factory=list)  # its heading cells, folded


def read_attendance(table: Table) -> AttendanceGrid | None:
    """The present, the absent and the proxies of an attendance grid; None when the table is
    no such grid."""
    name_col = table.column("name")
    marks = {k: table.column(k) for k in ("present", "excused", "absent", "proxy", "status")}
    if name_col is None or all(c is None for c in marks.values()):
        return None
    out = AttendanceGrid(
        location=Location(page=table.heading.page, line=table.heading.line),
        lines={(line.page, line.line) for line in [table.heading, *table.lines]},
        headings=[fold(c) for c in table.heading.text.split("\t") if c.strip()],
    )
    for row in table.rows:
        if _repeats_heading(table, row):
            continue
        person = parse_person(table.cell(row, name_col))
        if person is None:
            continue
        holder = _holder(table.cell(row, marks["proxy"]))
        status_cell = table.cell(row, marks["status"])
        if holder is None and _PROXY_PREFIX.match(status_cell):
            holder = _holder(status_cell)  # "Pouvoir à M. X" in the status column
        status = _status(table, row, marks)
        if holder is not None:
            out.proxies.append(Proxy(grantor=person, holder=holder))
        elif status == "present":
            out.present.append(person)
        elif status in ("excused", "absent"):
            out.absent.append(Absence(person=person, excused=status == "excused"))
    if not (out.present or out.absent or out.proxies):
        return None
    return out


def _holder(cell: str) -> Person | None:
    """The proxy's holder in a "Pouvoir à" cell ("M. X", "Pouvoir à M. X"); a mark is none."""
    if not cell or is_mark(cell):
        return None
    return parse_person(_PROXY_PREFIX.sub("", cell, count=1))


def _status(table: Table, row: list[str], marks: dict[str, int | None]) -> str | None:
    for kind in ("present", "excused", "absent"):
        col = marks[kind]
        if col is not None and is_mark(table.cell(row, col)):
            return kind
    status = table.cell(row, marks["status"])
    if status:
        if _PROXY_PREFIX.match(status) and _holder(status) is not None:
            return None
        folded = fold(status)
        for kind, pattern in _STATUS:
            if pattern.fullmatch(folded):
                return kind
    return None


# --- what the tables add to the ordinary reading --------------------------------------------------


def _key(location: Location) -> tuple[int, int]:
    return (location.page or 0, location.line or 0)


def complete_from_tables(
    deliberations: list[Deliberation], src: SourceDocument
) -> list[Deliberation]:
    """The ordinary reading, completed by what the document's tables say and it missed."""
    tables = find_tables(src)
    if not tables:
        return deliberations
    listed = [d for t in tables for d in read_deliberations(t)]
    if listed:
        deliberations = _from_list(deliberations, listed, _lines(tables))
    grids = [a for t in tables if (a := read_attendance(t)) is not None]
    if grids:
        _fill_attendance(deliberations, grids)
    return deliberations


def _lines(tables: list[Table]) -> set[tuple[int, int]]:
    """Where the tables stand: every line from a table's heading to its last row on the
    heading's page, the blank and wrapped lines between its rows included."""
    out: set[tuple[int, int]] = set()
    for t in tables:
        out |= {(line.page, line.line) for line in [t.heading, *t.lines]}
        last = max((ln.line for ln in t.lines if ln.page == t.heading.page), default=0)
        out |= {(t.heading.page, n) for n in range(t.heading.line - 1, last + 1)}
    return out


def _matches(d: Deliberation, row: ListedDeliberation) -> bool:
    if d.number and row.number and fold(d.number) == fold(row.number):
        return True
    return bool(d.subject.title and fold(d.subject.title) == fold(row.title))


def _read_from(d: Deliberation, table_lines: set[tuple[int, int]]) -> bool:
    """Whether the ordinary reading took this deliberation's subject from a table's row (the
    row flattened: its title runs on over the other cells, "Budget primitif 15 0 0")."""
    where = d.locations.get("subject") or d.location
    return _key(where) in table_lines


def _from_list(
    deliberations: list[Deliberation],
    listed: list[ListedDeliberation],
    table_lines: set[tuple[int, int]],
) -> list[Deliberation]:
    """The deliberations with those of the list the ordinary reading missed.

    A deliberation the ordinary reading took from a row (flattened) gives way to the row's
    reading. One it found elsewhere with the same number or title is kept as read, the row
    adding only what it lacks (its number, its vote). A row with neither is a deliberation of
    its own, which inherits the sitting's opening (the first deliberation's)."""
    # A deliberation with no title, number nor vote is only the opening, read as one.
    good = [
        d
        for d in deliberations
        if not _read_from(d, table_lines) and (d.subject.title or d.number or d.vote)
    ]
    if len(good) == len(deliberations) and len(listed) <= len(good):
        return deliberations  # nothing missed: the ordinary reading stands
    opening = deliberations[0] if deliberations else Deliberation()
    used: set[int] = set()
    added: list[Deliberation] = []
    for row in listed:
        found = next((d for d in good if id(d) not in used and _matches(d, row)), None)
        if found is not None:
            used.add(id(found))
            found.number = found.number or row.number
            found.agenda_withdrawn = found.agenda_withdrawn or row.withdrawn
            if found.vote is None and row.vote is not None:
                found.vote = row.vote
                found.locations["vote"] = row.location
            continue
        d = opening.model_copy(deep=True)
        d.decision, d.lists, d.findings = None, [], []
        # The opening's attendance holds for every row; nothing else of it does.
        kept = ("sitting", "counts", "present", "absent", "proxies")
        d.locations = {k: v for k, v in d.locations.items() if k.startswith(kept)}
        d.number = row.number
        d.subject = Subject(title=row.title)
        d.vote = row.vote
        d.agenda_withdrawn = row.withdrawn
        d.location = row.location
        d.locations.update(row.locations)
        added.append(d)
    return sorted([*good, *added], key=lambda d: _key(d.location))


def _flattened(d: Deliberation, grid: AttendanceGrid) -> bool:
    """Whether the ordinary reading read the grid's rows as a list (a list heading's word in
    the grid's heading ran it on over the rows): a "member" it names holds one of the grid's
    heading cells or a mark ("Nom Présent", "Élus", "Anne MARTIN X")."""
    named = [*d.present, *(a.person for a in d.absent), *(p.grantor for p in d.proxies)]
    words = [f" {h} " for h in grid.headings] + [" x "]
    return any(w in f" {fold(p.name)} " for p in named for w in words)


def _fill_attendance(deliberations: Sequence[Deliberation], grids: list[AttendanceGrid]) -> None:
    """Each deliberation whose lists are empty, or were read from a grid's rows (flattened),
    takes the grid printed last before the next deliberation starts (its own extract's grid,
    or the sitting's for minutes)."""
    for i, d in enumerate(deliberations):
        limit = _key(deliberations[i + 1].location) if i + 1 < len(deliberations) else None
        before = [g for g in grids if limit is None or _key(g.location) < limit]
        if not before:
            continue
        grid = before[-1]
        flattened = _flattened(d, grid)
        if (d.present or d.absent or d.proxies) and not flattened:
            continue
        d.present = [p.model_copy() for p in grid.present]
        d.absent = [a.model_copy(deep=True) for a in grid.absent]
        d.proxies = [p.model_copy(deep=True) for p in grid.proxies]
        d.listed_twice = []
        for k in ("present", "absent", "proxies"):
            d.locations.pop(k, None)
        d.locations["present"] = grid.location
        # The holder is one of the present when the grid names them so.
        for proxy in d.proxies:
            same = next((p for p in d.present if same_person(p, proxy.holder)), None)
            if same is not None:
                proxy.holder = same
