"""Which document, and which deliberation in it, a published row summarises.

In this order: the mapping file (DELIB_ID -> document path), the file name at the end of
DELIB_URL, then the DELIB_ID itself (a printed number, an @ctes identifier, or the
`{date}-{rank}` delib would export). Inside a document of several deliberations, the one of
the row's DELIB_ID, else the one of its date whose title is closest to DELIB_OBJET.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from delib_parse.batch.result import Reporter
from delib_parse.errors import ConfigError, FileNotFound
from delib_parse.scdl.documents import ReadDocument, read_documents
from delib_parse.scdl.rows import DocRow, document_rows
from delib_parse.scdl.settings import ScdlSettings
from delib_parse.scdl.table import Row, read_table
from delib_parse.sources.options import SourceOptions

TITLE_MATCH = 0.6  # below this, two titles are not the same deliberation


def fold_title(text: str) -> str:
    """Case, accents, punctuation and spacing set aside: hand-typed titles differ in those."""
    plain = "".join(
        c for c in unicodedata.normalize("NFD", text.casefold()) if unicodedata.category(c) != "Mn"
    )
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def title_ratio(a: str, b: str) -> float:
    fa, fb = fold_title(a), fold_title(b)
    if not fa or not fb:
        return 0.0
    if fa in fb or fb in fa:
        return 1.0
    return difflib.SequenceMatcher(None, fa, fb, autojunk=False).ratio()


@dataclass(slots=True)
class Library:
    """The documents of the folder, read once, indexed for the join."""

    documents: dict[str, ReadDocument] = field(default_factory=dict)  # path -> read
    rows: dict[str, list[DocRow]] = field(default_factory=dict)  # path -> its rows
    by_name: dict[str, str] = field(default_factory=dict)  # file name (casefolded) -> path
    by_id: dict[str, list[DocRow]] = field(default_factory=dict)  # DELIB_ID -> rows
    mapping: dict[str, str] = field(default_factory=dict)  # DELIB_ID -> path

    @classmethod
    def read(
        cls,
        folder: str,
        settings: ScdlSettings,
        *,
        mapping: Path | None = None,
        options: SourceOptions | None = None,
        progress: Reporter | None = None,
    ) -> Library:
        if not Path(folder).exists():
            raise FileNotFound(
                "no such documents folder",
                path=folder,
                hint="give --documents the folder of the documents",
            )
        lib = cls()
        ranks: Counter[str] = Counter()
        for read in read_documents([folder], options, progress):
            lib.documents[read.path] = read
            lib.by_name.setdefault(Path(read.path).name.casefold(), read.path)
            if read.document is None:
                continue
            rows = document_rows(read.document, read.path, settings, ranks)
            lib.rows[read.path] = rows
            for row in rows:
                lib.by_id.setdefault(row.values["DELIB_ID"].casefold(), []).append(row)
        if mapping is not None:
            lib.mapping = read_mapping(mapping, folder)
        return lib


def read_mapping(path: Path, folder: str) -> dict[str, str]:
    """A CSV with DELIB_ID and DOCUMENT columns; a relative DOCUMENT is looked for beside the
    mapping file, then in the documents folder."""
    table = read_table(path)
    if "DELIB_ID" not in table.header or "DOCUMENT" not in table.header:
        raise ConfigError(
            "the mapping file needs DELIB_ID and DOCUMENT columns",
            path=str(path),
            hint="DELIB_ID,DOCUMENT",
        )
    out: dict[str, str] = {}
    for row in table.rows:
        doc = row.get("DOCUMENT")
        candidates = [Path(doc), path.parent / doc, Path(folder) / doc]
        found = next((c for c in candidates if c.is_file()), Path(folder) / doc)
        out[row.get("DELIB_ID").casefold()] = str(found)
    return out


def url_name(url: str) -> str:
    """The file name at the end of DELIB_URL ('' for a page that names no file)."""
    name = unquote(urlparse(url).path.rsplit("/", 1)[-1])
    return name if "." in name else ""


@dataclass(frozen=True, slots=True)
class Match:
    doc_row: DocRow | None
    path: str | None  # the document, when one was found
    how: str  # "mapping", "DELIB_URL", "DELIB_ID"
    why_not: str = ""  # when doc_row is None


def _same_path(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return a == b


def find(row: Row, lib: Library) -> Match:
    delib_id = row.get("DELIB_ID")
    path, how = None, ""
    if delib_id.casefold() in lib.mapping:
        path, how = lib.mapping[delib_id.casefold()], "mapping"
        known = next((p for p in lib.documents if _same_path(p, path)), None)
        if known is None:
            return Match(
                None, None, how, f"the mapping names {path}, which is not among the documents"
            )
        path = known
    elif (name := url_name(row.get("DELIB_URL"))) and name.casefold() in lib.by_name:
        path, how = lib.by_name[name.casefold()], "DELIB_URL"
    if path is None:
        candidates = lib.by_id.get(delib_id.casefold(), [])
        if len(candidates) == 1:
            return Match(candidates[0], candidates[0].path, "DELIB_ID")
        if len(candidates) > 1:
            return Match(
                None,
                None,
                "DELIB_ID",
                f"{len(candidates)} deliberations of the documents have DELIB_ID {delib_id!r}",
            )
        return Match(
            None, None, "", "no document is named by its DELIB_URL, the mapping or its DELIB_ID"
        )
    rows = lib.rows.get(path)
    if rows is None:
        return Match(None, path, how)  # unreadable: said by the caller
    return _pick(row, rows, path, how)


def _pick(row: Row, rows: list[DocRow], path: str, how: str) -> Match:
    delib_id = row.get("DELIB_ID").casefold()
    for doc_row in rows:
        if doc_row.values["DELIB_ID"].casefold() == delib_id:
            return Match(doc_row, path, how)
    if len(rows) == 1:
        return Match(rows[0], path, how)
    same_day = [r for r in rows if r.values["DELIB_DATE"] == row.get("DELIB_DATE")] or rows
    scored = sorted(
        same_day,
        key=lambda r: title_ratio(r.values["DELIB_OBJET"], row.get("DELIB_OBJET")),
        reverse=True,
    )
    if (
        scored
        and title_ratio(scored[0].values["DELIB_OBJET"], row.get("DELIB_OBJET")) >= TITLE_MATCH
    ):
        return Match(scored[0], path, how)
    return Match(
        None,
        path,
        how,
        f"{path} holds {len(rows)} deliberations and none is DELIB_ID {row.get('DELIB_ID')!r} or has its title",
    )
