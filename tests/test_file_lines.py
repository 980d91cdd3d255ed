"""Text with form feeds: `line` counts within a page, `file_line` in the whole file, and the
SARIF and GitHub reports point at the file's line (issue #14: they pointed 100 lines off)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from delib_parse import parse_text
from delib_parse.cli import app
from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "dijon-metropole-2023-02-02-mutualisation.txt"
# A planted count error: 85 présents for 86 in office would pass; 90 does not add up.
PLANTED = SAMPLE.read_text(encoding="utf-8").replace(
    "Nombre de membres en exercice : 86", "Nombre de membres en exercice : 8"
)


def _two_pages() -> str:
    return "Page de garde du recueil\n" * 100 + "\f" + PLANTED


def test_locations_count_lines_in_the_page_and_in_the_file() -> None:
    doc = parse_text(_two_pages())
    (d,) = doc.deliberations
    subject = d.locations["subject"]
    assert subject.page == 2 and subject.file_line == subject.line + 100
    assert d.findings, "the planted error is found"
    for f in d.findings:
        if f.line is not None:
            assert f.page == 2 and f.file_line == f.line + 100


def test_a_pdf_has_no_file_lines() -> None:
    from delib_parse import parse_file

    doc = parse_file(
        ROOT / "tests" / "data" / "pdf" / "dijon-metropole-2023-02-02-mutualisation.pdf"
    )
    assert doc.deliberations[0].location.file_line is None


def test_sarif_and_github_point_at_the_files_line(tmp_path: Path) -> None:
    path = tmp_path / "recueil.txt"
    path.write_text(_two_pages(), encoding="utf-8")
    doc = parse_text(_two_pages())
    want = sorted(f.file_line for f in doc.all_findings() if f.file_line is not None)
    assert want and min(want) > 100
    runner = CliRunner()
    sarif = json.loads(runner.invoke(app, ["check", str(path), "--format", "sarif"]).stdout)
    got = sorted(
        r["locations"][0]["physicalLocation"]["region"]["startLine"]
        for r in sarif["runs"][0]["results"]
        if "region" in r["locations"][0]["physicalLocation"]
    )
    assert got == want
    github = runner.invoke(app, ["check", str(path), "--format", "github"]).stdout
    lines = sorted(
        int(part.split("=")[1]) for part in github.split(",") if part.startswith("line=")
    )
    assert lines == want
