"""`delib scdl fill`: empty vote and PREF_DATE cells completed from the documents, every
stated cell left as it was, and what was (not) filled reported."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from delib_parse.cli import app
from delib_parse.scdl.fill import fill_table
from delib_parse.scdl.join import Library
from delib_parse.scdl.settings import ScdlSettings
from delib_parse.scdl.table import parse_table
from tests.conftest import ROOT

COUTHENANS = ROOT / "tests" / "data" / "corpus" / "couthenans" / "couthenans-2021-11-05.pdf"
HEADER = (
    "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET,"
    "BUDGET_ANNEE,BUDGET_NOM,PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,VOTE_POUR,VOTE_CONTRE,"
    "VOTE_ABSTENTION,DELIB_URL"
)
URL = "https://example.org/couthenans-2021-11-05.pdf"


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    folder = tmp_path_factory.mktemp("documents")
    shutil.copy(COUTHENANS, folder / COUTHENANS.name)
    return Library.read(str(folder), ScdlSettings())


def _row(delib_id: str, votes: str, name: str = "Couthenans") -> str:
    return f" {name} ,21860194600013,{delib_id},2021-11-05,5.2,x/y,Objet,,,,,{votes},{URL}"


def _fill(library: Library, *rows: str) -> tuple[list[dict[str, str]], list[str]]:
    table = parse_table(("\n".join([HEADER, *rows]) + "\n").encode(), "t.csv")
    result = fill_table(table, library)
    out = list(csv.DictReader(io.StringIO(result.csv_text())))
    return out, [f"{f.code} {f.message}" for f in result.findings]


def test_empty_vote_cells_are_filled_and_stated_cells_kept(library: Library) -> None:
    rows, notes = _fill(library, _row("2021-11-05-3", "15,,,,"))
    assert [rows[0][c] for c in ("VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION")] == [
        "15", "11", "6", "2", "3",
    ]  # fmt: skip
    assert rows[0]["COLL_NOM"] == " Couthenans "  # stated cells as they were, spaces too
    assert any(n.startswith("T300") and "VOTE_POUR 6" in n for n in notes)


def test_no_vote_cell_without_members_in_office(library: Library) -> None:
    rows, notes = _fill(library, _row("2021-11-05-3", ",,,,"))
    assert rows[0]["VOTE_POUR"] == ""  # four of five would break the cohesion rule
    assert any(n.startswith("T301") and "members in office" in n for n in notes)


def test_a_disagreeing_stated_cell_is_not_mixed_with_the_document(library: Library) -> None:
    rows, notes = _fill(library, _row("2021-11-05-3", "15,,7,,"))
    assert rows[0]["VOTE_POUR"] == "7" and rows[0]["VOTE_CONTRE"] == ""
    assert any("differs from the document's 6" in n for n in notes)


def test_incomplete_tally_is_not_filled(library: Library) -> None:
    # "8 pour, 3 abstentions": no contre count printed, so nothing to fill from.
    rows, notes = _fill(library, _row("2021-11-05-2", "15,,,,"))
    assert rows[0]["VOTE_REEL"] == ""
    assert any("no contre count" in n for n in notes)


def test_row_without_document_is_reported_not_filled(library: Library) -> None:
    rows, notes = _fill(library, _row("D-404", "15,,,,").replace(URL, ""))
    assert rows[0]["VOTE_REEL"] == ""
    assert notes and notes[0].startswith("T301 DELIB_ID D-404")


def test_cli_fill_reads_semicolon_cp1252_and_writes_utf8(tmp_path: Path, library: Library) -> None:
    documents = tmp_path / "docs"
    documents.mkdir()
    shutil.copy(COUTHENANS, documents / COUTHENANS.name)
    table = tmp_path / "t.csv"
    text = (
        HEADER.replace(",", ";")
        + "\n"
        + _row("2021-11-05-3", "15,,,,", "Collectivité").replace(",", ";")
        + "\n"
    )
    table.write_bytes(text.encode("cp1252"))
    out = tmp_path / "filled.csv"
    result = CliRunner().invoke(
        app, ["scdl", "fill", str(table), "--documents", str(documents), "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "cp1252" in result.stderr and "4 cells filled" in result.stderr
    row = next(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert row["COLL_NOM"] == " Collectivité " and row["VOTE_REEL"] == "11"
