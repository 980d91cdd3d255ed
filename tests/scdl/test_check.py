"""`delib scdl check`: a published row against its document — a planted mismatch is reported
at the document's page and line, a missing document is a finding, not a crash — in every
output format of `delib check`."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from delib_parse.cli import app
from delib_parse.scdl.check import check_published
from delib_parse.scdl.findings import TableFinding
from delib_parse.scdl.schema import load_schema
from delib_parse.scdl.table import read_table
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"
PLANTED = DATA / "scdl" / "planted" / "deliberations.csv"
SEM = DATA / "scdl" / "saint-etienne-metropole" / "scdl-deliberations-2022-s1.csv"
COUTHENANS = DATA / "corpus" / "couthenans" / "couthenans-2021-11-05.pdf"
PIERREFONDS = (
    DATA
    / "corpus"
    / "pierrefonds"
    / "2025.09.25-Compte-rendu-du-CC-du-25-septembre-2025-approuve.pdf"
)


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("documents")
    for doc in (COUTHENANS, PIERREFONDS):
        shutil.copy(doc, folder / doc.name)
    (folder / "broken.pdf").write_bytes(b"not a pdf at all")
    return folder


@pytest.fixture(scope="module")
def planted(documents: Path) -> list[TableFinding]:
    return check_published(read_table(PLANTED), load_schema(), documents=str(documents))


def _by_line(findings: list[TableFinding]) -> dict[int | None, list[TableFinding]]:
    out: dict[int | None, list[TableFinding]] = {}
    for f in findings:
        out.setdefault(f.line, []).append(f)
    return out


def test_the_agreeing_row_has_no_finding(planted: list[TableFinding]) -> None:
    assert 2 not in _by_line(planted)


def test_planted_tally_is_reported_at_the_documents_page_and_line(
    planted: list[TableFinding],
) -> None:
    (f,) = _by_line(planted)[3]
    assert f.code == "T101" and f.column == "VOTE_POUR"
    assert "9" in f.message and "8 pour" in f.message
    assert Path(str(f.document)).name == COUTHENANS.name
    assert f.at is not None and (f.at.page, f.at.line) == (1, 15)  # "8 pour, 3 abstentions"


def test_planted_date_is_reported(planted: list[TableFinding]) -> None:
    (f,) = _by_line(planted)[4]
    assert f.code == "T102" and "2021-11-05" in f.message
    assert f.at is not None and f.at.page == 1


def test_vote_reel_holding_present_is_recognised(planted: list[TableFinding]) -> None:
    codes = Counter(f.code for f in _by_line(planted)[5])
    assert codes == {"T013": 1, "T014": 1, "T016": 1, "T101": 1}
    (f,) = [f for f in _by_line(planted)[5] if f.code == "T101"]
    assert "27 members present" in f.message and "33" in f.message
    assert f.at is not None and f.at.page == 2


def test_missing_document_is_a_finding_not_a_crash(planted: list[TableFinding]) -> None:
    (f,) = _by_line(planted)[6]
    assert f.code == "T100" and "DEL2025-99" in f.message


def test_title_of_another_deliberation_is_reported(planted: list[TableFinding]) -> None:
    (f,) = _by_line(planted)[7]
    assert f.code == "T103" and "ESPOSITO" in f.message


def test_unreadable_document_is_a_finding(tmp_path: Path, documents: Path) -> None:
    table = tmp_path / "t.csv"
    header, first = PLANTED.read_text(encoding="utf-8").splitlines()[:2]
    table.write_text(
        f"{header}\n{first.replace('couthenans-2021-11-05.pdf', 'broken.pdf')}\n", encoding="utf-8"
    )
    findings = check_published(read_table(table), load_schema(), documents=str(documents))
    (f,) = findings
    assert f.code == "T106" and "E004" in f.message


def test_mapping_file_joins_rows_to_documents(tmp_path: Path, documents: Path) -> None:
    table = tmp_path / "t.csv"
    header, _first, second = PLANTED.read_text(encoding="utf-8").splitlines()[:3]
    # The commune's own number, which delib cannot derive, and a URL naming no file here.
    second = second.replace("couthenans-2021-11-05.pdf", "elsewhere.pdf").replace(
        "2021-11-05-2", "CM21-42"
    )
    table.write_text(f"{header}\n{second}\n", encoding="utf-8")
    assert [
        f.code for f in check_published(read_table(table), load_schema(), documents=str(documents))
    ] == ["T100"]
    mapping = tmp_path / "mapping.csv"
    mapping.write_text(f"DELIB_ID,DOCUMENT\nCM21-42,{COUTHENANS.name}\n", encoding="utf-8")
    findings = check_published(
        read_table(table), load_schema(), documents=str(documents), mapping=mapping
    )
    # In the mapped document, the deliberation of that date whose title is the row's.
    assert [f.code for f in findings] == ["T101"]


def test_saint_etienne_without_its_documents_is_all_not_found(tmp_path: Path) -> None:
    findings = check_published(read_table(SEM), load_schema(), documents=str(tmp_path))
    assert Counter(f.code for f in findings)["T100"] == 80


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "junit", "sarif", "github"])
def test_every_format_of_delib_check_applies(fmt: str, documents: Path, tmp_path: Path) -> None:
    out = tmp_path / f"report.{fmt}"
    result = CliRunner().invoke(
        app,
        [
            "scdl",
            "check",
            str(PLANTED),
            "--documents",
            str(documents),
            "--format",
            fmt,
            "--output",
            str(out),
        ],
    )
    assert result.exit_code == 1, result.output  # error findings
    text = out.read_text(encoding="utf-8")
    assert "T101" in text and "T100" in text
    if fmt == "json":
        report = json.loads(text)
        doc = next(r for r in report["files"] if r["path"].endswith(COUTHENANS.name))
        (f,) = [f for f in doc["findings"] if f["code"] == "T101"]
        assert (f["page"], f["line"]) == (1, 15)
    if fmt == "sarif":
        report = json.loads(text)
        assert any(r["ruleId"] == "T101" for r in report["runs"][0]["results"])
    if fmt == "github":
        assert "::error file=" in text and "T102" in text


def test_no_such_table_is_one_coded_line() -> None:
    result = CliRunner().invoke(app, ["scdl", "check", "no-such-table.csv"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error E001: no-such-table.csv: no such table")


def test_fail_on_never_exits_zero() -> None:
    result = CliRunner().invoke(app, ["scdl", "check", str(PLANTED), "--fail-on", "never", "-q"])
    assert result.exit_code == 0


def test_select_and_ignore_take_codes_prefixes_and_names() -> None:
    from delib_parse.scdl.codes import selected

    assert selected(["T1"], []) == {"T100", "T101", "T102", "T103", "T104", "T105", "T106"}
    assert "T016" not in selected([], ["vote-reel-holds-present"])
    # Without --documents only the schema is checked; with T0 ignored, nothing is left.
    result = CliRunner().invoke(
        app, ["scdl", "check", str(PLANTED), "--ignore", "T0", "-f", "jsonl"]
    )
    assert result.exit_code == 0
    assert '"code":"T0' not in result.stdout
    result = CliRunner().invoke(
        app, ["scdl", "check", str(PLANTED), "--select", "T014", "-f", "jsonl"]
    )
    assert result.exit_code == 1 and '"code":"T014"' in result.stdout
    assert '"code":"T013"' not in result.stdout


def test_unknown_code_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["scdl", "check", str(PLANTED), "--select", "Q001"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error E031: unknown SCDL code 'Q001'")
