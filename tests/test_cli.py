"""The command line as a user meets it: exit codes, one-line errors, outputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from delib_parse.cli import app
from tests.conftest import SEED

runner = CliRunner()


def delib(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the real console entry point, as a user would (tracebacks would show here)."""
    return subprocess.run(
        [sys.executable, "-m", "delib_parse.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_parse_json_is_the_contract() -> None:
    result = runner.invoke(app, ["parse", str(SEED), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    d = data["deliberations"][0]
    for key in (
        "authority",
        "assembly",
        "sitting",
        "number",
        "subject",
        "counts",
        "present",
        "proxies",
        "absent",
        "vote",
        "decision",
        "lists",
        "findings",
    ):
        assert key in d
    assert set(data["source"]) >= {"path", "sha256", "media_type", "pages", "extractor", "ocr"}


def test_parse_summary_names_the_essentials() -> None:
    result = runner.invoke(app, ["parse", str(SEED)])
    assert result.exit_code == 0
    for text in (
        "2023-02-02",
        "REBSAMEN",
        "KOENDERS",
        "pour 86",
        "Affaires juridiques",
        "No findings",
    ):
        assert text in result.stdout


def test_parse_stdin_and_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    proc = delib("parse", "-", "--output", str(out), stdin=SEED.read_bytes())
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["deliberations"][0]["counts"]["present"] == 73
    assert data["source"]["path"] is None
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.json")]


def test_output_to_missing_directory_is_one_line(tmp_path: Path) -> None:
    proc = delib("parse", str(SEED), "--output", str(tmp_path / "nope" / "out.json"))
    assert proc.returncode == 2
    assert proc.stderr.decode().count("\n") == 1


def test_strict_exits_1_on_error_findings(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(
        SEED.read_text(encoding="utf-8").replace(
            "Nombre de présents participant au vote : 73",
            "Nombre de présents participant au vote : 74",
        ),
        encoding="utf-8",
    )
    assert runner.invoke(app, ["parse", str(bad), "--json"]).exit_code == 0
    assert runner.invoke(app, ["parse", str(bad), "--json", "--strict"]).exit_code == 1
    assert runner.invoke(app, ["parse", str(SEED), "--json", "--strict"]).exit_code == 0


BAD_INPUTS = {
    "missing_file": (None, "E001"),
    "directory": ("dir", "E002"),
    "empty_file": (b"", "E003"),
    "whitespace_only": (b"  \n\n \t", "E003"),
    "binary_junk": (bytes(range(256)) * 8, "E004"),
    "not_a_pdf_named_pdf": (b"hello, I am not a PDF\n", "E004"),
    "unknown_encoding": (
        "\u0434\u0435\u043b\u0438\u0431 \u0440\u0435\u0433\u0438\u0441\u0442\u0440 ".encode(
            "cp1251"
        )
        * 40,
        "E005",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_with_a_code(case: str, tmp_path: Path) -> None:
    content, code = BAD_INPUTS[case]
    name = "x.pdf" if case == "not_a_pdf_named_pdf" else "x.txt"
    path = tmp_path / name
    if content == "dir":
        path = tmp_path / "folder"
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    proc = delib("parse", str(path), "--json")
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert err.startswith(f"error {code}: ")
    assert err.count("\n") == 1, err
    assert "Traceback" not in err


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True,
    reason="root reads files whatever their mode",
)
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("x", encoding="utf-8")
    path.chmod(0)
    proc = delib("parse", str(path))
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith("error E006: ")


def test_cp1252_and_bom_decode(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8").replace("’", "'").replace("œ", "oe")
    cp = tmp_path / "cp1252.txt"
    cp.write_bytes(text.encode("cp1252", errors="replace"))
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    for path in (cp, bom):
        data = json.loads(runner.invoke(app, ["parse", str(path), "--json"]).stdout)
        d = data["deliberations"][0]
        assert d["sitting"]["date"] == "2023-02-02"
        assert len(d["present"]) == 73


def test_normalize_shows_what_parsers_see() -> None:
    result = runner.invoke(app, ["normalize", str(SEED)])
    assert result.exit_code == 0
    assert "Madame Marie-Hélène JUILLARD-RANDRIAN" in result.stdout.splitlines()
    located = runner.invoke(app, ["normalize", str(SEED), "--locations"])
    assert located.stdout.splitlines()[0].startswith("1:1\t")


def test_schema_is_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert schema["title"] == "Document"
    assert "deliberations" in schema["properties"]


def test_rules_lists_the_catalogue() -> None:
    result = runner.invoke(app, ["rules"])
    assert "C001" in result.stdout and "present-count-mismatch" in result.stdout
    one = runner.invoke(app, ["rules", "C001"])
    assert "What it checks" in one.stdout
    assert runner.invoke(app, ["rules", "ZZZ9"]).exit_code == 2
