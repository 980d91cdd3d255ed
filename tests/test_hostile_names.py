"""File names and document text that could break or forge a report (issue #14 A, B, C): a
name that is not UTF-8, a newline that would start a forged GitHub command, a terminal escape,
square brackets rich would read as markup. Every format stays valid, loses no file and
writes such text by one rule (report/safe.py): `\\xNN` for a byte that is not UTF-8, and in
the text and github formats `\\n`, `\\x1b` … for control characters."""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from delib_parse.cli import app

runner = CliRunner()
FORMATS = ("text", "json", "jsonl", "junit", "sarif", "github")
LATIN1 = b"d\xe9lib.txt"  # latin-1 "délib.txt": \xe9 alone is not UTF-8
FORGED = "a\n::error file=x.txt,line=1::forged.txt"
ESCAPED = "esc\x1b[31mred.txt"
NOTHING = "Bonjour, rien ici.\n"  # read, and three X001 findings: every format says something


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    for name in (LATIN1, os.fsencode(FORGED), os.fsencode(ESCAPED), b"plain.txt"):
        with open(os.path.join(os.fsencode(root), name), "wb") as fh:
            fh.write(NOTHING.encode())
    return root


def _check(root: Path, fmt: str, out: Path | None) -> tuple[int, str]:
    extra = ["--output", str(out)] if out is not None else []
    result = runner.invoke(app, ["check", "-j", "1", "-q", str(root), "--format", fmt, *extra])
    raw = out.read_bytes() if out is not None else result.stdout_bytes
    assert "E099" not in result.stderr, result.stderr
    return result.exit_code, raw.decode("utf-8")  # strict: the report is valid UTF-8


def _names(fmt: str, text: str) -> list[str]:
    """The file names the report names, as it writes them."""
    if fmt == "json":
        return [f["path"] for f in json.loads(text)["files"]]
    if fmt == "jsonl":
        return [json.loads(line)["path"] for line in text.splitlines()]
    if fmt == "junit":
        return [s.get("name", "") for s in ET.fromstring(text).iter("testsuite")]
    if fmt == "sarif":
        results = json.loads(text)["runs"][0]["results"]
        return [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results]
    if fmt == "github":
        return [re.match(r"^::\w+ file=([^,]*),", line)[1] for line in text.splitlines()]  # type: ignore[index]
    return [line.split(":1:1: ")[0] for line in text.splitlines()]


@pytest.mark.parametrize("to_file", [True, False], ids=["output-file", "stdout"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_valid_and_names_every_file(
    hostile: Path, tmp_path: Path, fmt: str, to_file: bool
) -> None:
    code, text = _check(hostile, fmt, tmp_path / f"report.{fmt}" if to_file else None)
    assert code == 0
    names = {os.path.basename(n.rstrip("/")) for n in _names(fmt, text)}
    latin1 = {
        "sarif": "d%E9lib.txt",  # a URI: the name's own bytes, percent-encoded
    }.get(fmt, "d\\xe9lib.txt")
    assert latin1 in names, names
    assert any("plain.txt" in n for n in names)
    assert "\x1b" not in text, "no terminal escape reaches the report"


def test_github_annotations_cannot_be_forged(hostile: Path) -> None:
    _code, text = _check(hostile, "github", None)
    lines = text.splitlines()
    assert len(lines) == 4 * 3  # 4 files, 3 findings each: one annotation a line
    assert all(re.match(r"^::warning file=[^,:]+,line=\d+,title=X001 [^:]+::", ln) for ln in lines)
    assert not any(ln.startswith("::error") for ln in lines)
    # The workflow-command escaping keeps the newline as %0A (GitHub decodes it back).
    assert any("a%0A%3A%3Aerror file=x.txt%2Cline=1%3A%3Aforged.txt" in ln for ln in lines)
    assert any("esc\\x1b[31mred.txt" in ln for ln in lines)


def test_text_findings_are_one_line_each_with_controls_escaped(hostile: Path) -> None:
    _code, text = _check(hostile, "text", None)
    lines = text.splitlines()
    assert len(lines) == 4 * 3
    assert all(re.search(r":1:1: X001 warning: ", ln) for ln in lines)
    assert any(
        ln.startswith(str(hostile) + "/a\\n::error file=x.txt,line=1::forged.txt:") for ln in lines
    )
    assert any(ln.startswith(str(hostile) + "/esc\\x1b[31mred.txt:") for ln in lines)


def test_parse_json_of_a_latin1_name_is_valid_utf8(hostile: Path, tmp_path: Path) -> None:
    path = os.fsdecode(os.path.join(os.fsencode(hostile), LATIN1))
    out = tmp_path / "doc.json"
    result = runner.invoke(app, ["parse", path, "--output", str(out)])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(out.read_bytes().decode("utf-8"))
    assert doc["source"]["path"].endswith("d\\xe9lib.txt")


BRACKETED = (
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
    "Séance du 3 mars 2022. Date de convocation : 24 février 2022\n"
    "Membres en exercice : 3 - Présents : 2 - Votants : 3\n"
    "Président : M. Jean DUPONT. Secrétaire de séance : Mme Anne MARTIN\n"
    "Présents : M. Jean DUPONT, Mme Anne MARTIN\n"
    "Objet : Marché de voirie [avenant n°2] [/red] [bold]\n"
    "Le conseil municipal, après en avoir délibéré, décide de signer l'avenant.\n"
    "Pour : 3 Contre : 0 Abstention : 0\n"
)


def test_square_brackets_in_a_title_are_printed_as_written() -> None:
    from delib_parse.api import parse_text
    from delib_parse.report.text import print_document

    doc = parse_text(BRACKETED)
    assert "[avenant n°2]" in (doc.deliberations[0].subject.title or "")
    console = Console(record=True, width=200, color_system=None)
    print_document(doc, console)  # `[/red]` read as markup raised MarkupError (E099)
    shown = console.export_text()
    assert "[avenant n°2] [/red] [bold]" in shown


def test_delib_parse_prints_a_bracketed_title(tmp_path: Path) -> None:
    path = tmp_path / "avenant.txt"
    path.write_text(BRACKETED, encoding="utf-8")
    result = runner.invoke(app, ["parse", str(path)])
    assert result.exit_code == 0, result.stderr
    assert "[avenant n°2]" in result.stdout
