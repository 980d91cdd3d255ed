"""`delib check`'s text lines point where an editor or a terminal's file:line:col link goes:
the line counted in the file, the page in the message; a finding about the whole file shows
the file alone."""

from __future__ import annotations

import io
import json
from pathlib import Path

from typer.testing import CliRunner

from delib_parse.batch.result import FileResult, FindingRecord
from delib_parse.cli import app
from delib_parse.report.batch_text import TextReporter
from tests.batch.conftest import PRESENT_LINE, TALLY_LINE, seed_text


def _lines(result: FileResult) -> list[str]:
    out = io.StringIO()
    TextReporter(out, color=False).add(result)
    return out.getvalue().splitlines()


def _finding(
    page: int | None = None, line: int | None = None, file_line: int | None = None
) -> FindingRecord:
    return FindingRecord(
        "V002", "tally-sum-mismatch", "error", "m", page=page, line=line, file_line=file_line
    )


def test_a_text_finding_points_at_its_line_in_the_file() -> None:
    found = _finding(page=2, line=155, file_line=324)
    result = FileResult(index=0, path="cm.txt", status="ok", findings=(found,), pages=2)
    assert _lines(result) == ["cm.txt:324:1: V002 error: m (tally-sum-mismatch, page 2)"]


def test_a_one_page_text_needs_no_page() -> None:
    found = _finding(page=1, line=15, file_line=15)
    result = FileResult(index=0, path="cm.txt", status="ok", findings=(found,), pages=1)
    assert _lines(result) == ["cm.txt:15:1: V002 error: m (tally-sum-mismatch)"]


def test_a_pdf_finding_gives_its_page_in_the_message() -> None:
    found = _finding(page=2, line=14)
    result = FileResult(index=0, path="cm.pdf", status="ok", findings=(found,), pages=3)
    assert _lines(result) == ["cm.pdf:14:1: V002 error: m (tally-sum-mismatch, page 2)"]


def test_a_file_level_finding_shows_the_file_alone() -> None:
    whole = _finding()
    on_a_page = _finding(page=3)
    result = FileResult(index=0, path="cm.pdf", status="ok", findings=(whole, on_a_page))
    assert _lines(result) == [
        "cm.pdf: V002 error: m (tally-sum-mismatch)",
        "cm.pdf: V002 error: m (tally-sum-mismatch, page 3)",
    ]


def test_check_and_parse_agree_on_the_line(tmp_path: Path) -> None:
    text = seed_text().replace(PRESENT_LINE, PRESENT_LINE[:-2] + "74")
    lines = text.replace(TALLY_LINE, "SCRUTIN POUR : 85").split("\n")
    half = len(lines) // 2
    path = tmp_path / "two-pages.txt"
    path.write_text("\n".join(lines[:half]) + "\n\f" + "\n".join(lines[half:]), encoding="utf-8")
    runner = CliRunner()
    doc = json.loads(runner.invoke(app, ["parse", str(path), "--json"]).stdout)
    findings = [f for d in doc["deliberations"] for f in d["findings"]]
    assert {f["page"] for f in findings} == {1, 2}
    out = runner.invoke(app, ["check", "--jobs", "1", "--quiet", str(path)]).stdout
    for f in findings:
        expected = f"{path}:{f['file_line']}:1: {f['code']} {f['severity']}: "
        assert any(line.startswith(expected) for line in out.splitlines()), (expected, out)
        assert f", page {f['page']})" in out
