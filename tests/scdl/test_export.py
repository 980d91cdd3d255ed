"""`delib scdl export`: delib's own rows from the bundled real documents validate against the
SCDL schema, nothing is invented, and a row that cannot be complete says why."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from delib_parse.cli import app
from delib_parse.config import load_config
from delib_parse.scdl.checks import check_table
from delib_parse.scdl.export import export_rows
from delib_parse.scdl.schema import load_schema
from delib_parse.scdl.settings import scdl_settings
from delib_parse.scdl.table import parse_table
from delib_parse.sources.options import SourceOptions
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "data" / "corpus"
SCHEMA = load_schema()
NO_OCR = SourceOptions(ocr="never")  # the scans are read by the OCR tests; here: speed

# What the documents never state, as a user would configure it (values of the test only).
CONFIG = """[tool.delib.scdl]
coll-nom = "{name}"
coll-siret = "21860194600013"
matiere-code = "5.2"
matiere-nom = "Institutions et vie politique/fonctionnement des assemblees"
base-url = "https://example.org/deliberations/"
"""


def _config(tmp_path: Path, name: str) -> Path:
    path = tmp_path / "pyproject.toml"
    path.write_text(CONFIG.format(name=name), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "body",
    [
        "corpus/couthenans",
        "corpus/pierrefonds",
        "corpus/flaux",
        "corpus/pornic-2021-03-26.txt",
        "corpus/cc-minervois-2013-09-24.txt",
        "corpus/barneville-carteret-2003-03-27.txt",
        "pdf-corpus",  # 14 real PDFs of 6 bodies (copy of ../shared/corpus/pdf)
        "../../samples",  # the seed extract
    ],
)
def test_export_of_the_bundled_corpora_validates_against_the_schema(
    tmp_path: Path, body: str
) -> None:
    settings = scdl_settings(load_config(_config(tmp_path, body)))
    result = export_rows([str(ROOT / "tests" / "data" / body)], SCHEMA, settings, options=NO_OCR)
    assert result.rows
    table = parse_table(result.csv_text().encode("utf-8"), "export.csv")
    assert table.header == list(SCHEMA.columns)  # the 17 columns in schema order
    errors = [f for f in check_table(table, SCHEMA) if f.severity == "error"]
    assert errors == []
    for row in table.rows:
        assert row.get("DELIB_URL").startswith("https://example.org/deliberations/")
        votes = [row.get(c) for c in SCHEMA.vote_columns()]
        assert all(votes) or not any(votes)  # cohesion: all five or none
        if all(votes):
            _effectif, reel, yes, no, abstain = map(int, votes)
            assert reel == yes + no + abstain  # never "présents"


def test_unanimous_vote_with_stated_voters_is_exported(tmp_path: Path) -> None:
    # Flaux, 11 March 2021 (scanned: read by OCR): 11 in office, 8 present + 3 proxies,
    # "à l'unanimité" -> 11 pour, 0 contre, 0 abstention, VOTE_REEL 11.
    settings = scdl_settings(load_config(_config(tmp_path, "Flaux")))
    result = export_rows([str(CORPUS / "flaux" / "flaux-2021-03-11-cr.pdf")], SCHEMA, settings)
    first = result.rows[0].values
    assert [first[c] for c in SCHEMA.vote_columns()] == ["11", "11", "11", "0", "0"]
    assert first["DELIB_ID"] == "2021-03-11-1"  # no printed number, no @ctes identifier


def test_nothing_is_invented_without_configuration() -> None:
    result = export_rows(
        [str(CORPUS / "pornic-2021-03-26.txt")],
        SCHEMA,
        scdl_settings(load_config(None, start=Path("/"))),
    )
    row = result.rows[0].values
    assert row["COLL_NOM"] == row["COLL_SIRET"] == row["DELIB_MATIERE_CODE"] == ""
    assert row["DELIB_URL"] == ""
    codes = Counter(f.code for f in result.findings)
    assert codes["T200"] == 1  # required cells neither the document nor the config gives
    assert codes["T201"] == 1  # no vote stated: the five vote columns left empty
    assert "COLL_SIRET" in next(f.message for f in result.findings if f.code == "T200")


def test_side_table_gives_members_in_office_for_one_row(tmp_path: Path) -> None:
    side = tmp_path / "extra.csv"
    side.write_text(
        "DELIB_ID,VOTE_EFFECTIF,DELIB_MATIERE_CODE\n2021-11-05-2,15,1.1\n", encoding="utf-8"
    )
    settings = scdl_settings(load_config(_config(tmp_path, "Couthenans")), side_table=side)
    result = export_rows(
        [str(CORPUS / "couthenans" / "couthenans-2021-11-05.pdf")], SCHEMA, settings
    )
    rows = {r.values["DELIB_ID"]: r.values for r in result.rows}
    # "8 pour, 3 abstentions" with no contre stated: the tally is incomplete, left empty.
    assert rows["2021-11-05-2"]["VOTE_EFFECTIF"] == ""
    assert rows["2021-11-05-2"]["DELIB_MATIERE_CODE"] == "1.1"  # the side table wins
    assert rows["2021-11-05-3"]["VOTE_POUR"] == ""  # no members in office for this one
    # 6 pour, 2 contre, 3 abstentions but no members in office: left empty, and said.
    t201 = [f for f in result.findings if f.code == "T201" and "2021-11-05-3" in f.message]
    assert t201 and "members in office" in t201[0].message


def test_cli_export_writes_the_csv_and_notes_incomplete_rows(tmp_path: Path) -> None:
    out = tmp_path / "deliberations.csv"
    result = CliRunner().invoke(
        app,
        ["scdl", "export", str(CORPUS / "pornic-2021-03-26.txt"), "--output", str(out), "--config",
         str(_config(tmp_path, "Pornic")), "--extra-columns", "PUBLICATION_DATE,DOCUMENT"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert list(rows[0])[-2:] == ["PUBLICATION_DATE", "DOCUMENT"]
    assert rows[0]["DELIB_OBJET"] == "Composition des commissions municipales"
    assert rows[0]["VOTE_EFFECTIF"] == ""  # 33 in office, but no vote: all five empty
    assert "T201" in result.stderr


def test_cli_bad_extra_column_is_one_coded_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["scdl", "export", str(CORPUS / "pornic-2021-03-26.txt"), "--extra-columns", "NOPE"]
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("error E031: unknown extra column 'NOPE'")


STAMPS = (
    "\nEnvoyé en préfecture le 08/02/2023\nReçu en préfecture le 08/02/2023\nPublié le 09/02/2023\n"
    "ID : 021-242100410-20230202-DEL2023_12-DE\n"
)


def test_act_identifier_and_prefecture_stamp(tmp_path: Path) -> None:
    """The seed extract (no printed number) with the @ctes stamps of a transmitted act."""
    doc = tmp_path / "dijon-2023-02-02.txt"
    seed = (ROOT / "samples" / "dijon-metropole-2023-02-02-mutualisation.txt").read_text(
        encoding="utf-8"
    )
    doc.write_text(seed + STAMPS, encoding="utf-8")
    settings = scdl_settings(load_config(_config(tmp_path, "Dijon métropole")))
    result = export_rows([str(doc)], SCHEMA, settings, extras=["PUBLICATION_DATE", "ACTES_ID"])
    (row,) = result.rows
    assert row.values["DELIB_ID"] == "021-242100410-20230202-DEL2023_12-DE"
    assert row.values["PREF_DATE"] == "2023-02-08"
    assert row.values["PUBLICATION_DATE"] == "2023-02-09"
    # POUR 86, CONTRE 0, ABSTENTION 0 with 86 in office: VOTE_REEL 86.
    assert [row.values[c] for c in SCHEMA.vote_columns()] == ["86", "86", "86", "0", "0"]
    text = result.csv_text()
    assert text.splitlines()[0].endswith("DELIB_URL,PUBLICATION_DATE,ACTES_ID")
    assert row.values["DELIB_URL"] == "https://example.org/deliberations/dijon-2023-02-02.txt"
    # check: the same row with another préfecture date and members in office is reported.
    from delib_parse.scdl.check import check_published

    table = tmp_path / "t.csv"
    lines = text.splitlines()
    header = ",".join(lines[0].split(",")[:17])
    body = (
        ",".join(lines[1].split(",")[:17])
        .replace("2023-02-08", "2023-02-01")
        .replace(",86,86,86,0,0,", ",90,86,86,0,0,")
    )
    table.write_text(f"{header}\n{body}\n", encoding="utf-8")
    from delib_parse.scdl.table import read_table

    findings = check_published(read_table(table), SCHEMA, documents=str(tmp_path))
    codes = sorted(f.code for f in findings if f.document)
    assert codes == ["T104", "T105"]
