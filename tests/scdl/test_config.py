"""[tool.delib.scdl]: read the way [tool.delib] is, its shape checked, one coded line when wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from delib_parse.cli import app
from delib_parse.config import load_config
from delib_parse.errors import ConfigError
from delib_parse.scdl.settings import scdl_settings
from tests.conftest import ROOT

PORNIC = ROOT / "tests" / "data" / "corpus" / "pornic-2021-03-26.txt"


def test_scdl_table_is_read_from_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.delib]\nfail-on = "warning"\n[tool.delib.scdl]\ncoll-nom = "Ville"\nmembers-in-office = 33\n',
        encoding="utf-8",
    )
    config = load_config(start=tmp_path)
    assert config.fail_on == "warning"
    settings = scdl_settings(config)
    assert settings.defaults == {"COLL_NOM": "Ville", "VOTE_EFFECTIF": "33"}


def test_delib_toml_has_scdl_at_the_top_level(tmp_path: Path) -> None:
    (tmp_path / "delib.toml").write_text(
        '[scdl]\ncoll-siret = "21860194600013"\n', encoding="utf-8"
    )
    assert scdl_settings(load_config(start=tmp_path)).defaults == {"COLL_SIRET": "21860194600013"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('coll-name = "x"', "unknown key scdl.coll-name"),
        ('members-in-office = "33"', "scdl.members-in-office must be a number"),
        ("members-in-office = true", "scdl.members-in-office must be a number"),
        ("coll-siret = 21860194600013", "scdl.coll-siret must be a string"),
    ],
)
def test_bad_scdl_config_is_a_coded_error(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(f"[tool.delib.scdl]\n{body}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(path)
    result = CliRunner().invoke(app, ["scdl", "export", str(PORNIC), "--config", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith("error E030: ") and "\n" == result.stderr[-1:]
    assert result.stderr.count("\n") == 1  # one line, no traceback


def test_missing_documents_folder_is_a_coded_error(tmp_path: Path) -> None:
    table = ROOT / "tests" / "data" / "scdl" / "planted" / "deliberations.csv"
    result = CliRunner().invoke(
        app, ["scdl", "check", str(table), "--documents", str(tmp_path / "nope")]
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("error E001: ") and "no such documents folder" in result.stderr


def test_unreadable_document_in_export_is_a_finding(tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"not a pdf")
    result = CliRunner().invoke(app, ["scdl", "export", str(PORNIC), str(tmp_path / "broken.pdf")])
    assert result.exit_code == 0
    assert "T106" in result.stderr and "broken.pdf: E004" in result.stderr
    assert "Composition des commissions municipales" in result.stdout


def test_side_table_without_delib_id_is_a_coded_error(tmp_path: Path) -> None:
    side = tmp_path / "side.csv"
    side.write_text("ID,VOTE_EFFECTIF\n1,33\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["scdl", "export", str(PORNIC), "--side-table", str(side)])
    assert result.exit_code == 2 and result.stderr.startswith("error E030: ")


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b'COLL_NOM\n"' + b"x" * 200_000 + b'"\n', "E040"),  # beyond the CSV reader's limit
        (b"", "E003"),
        (b"COLL_NOM\n\x81\x8d\x8f\n", "E005"),  # neither UTF-8 nor cp1252
    ],
)
def test_unreadable_table_is_one_coded_line(tmp_path: Path, data: bytes, code: str) -> None:
    table = tmp_path / "t.csv"
    table.write_bytes(data)
    for command in (["check", str(table)], ["fill", str(table), "--documents", str(tmp_path)]):
        result = CliRunner().invoke(app, ["scdl", *command])
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith(f"error {code}: {table}: ")
        assert result.stderr.count("\n") == 1


def test_export_of_nothing_is_a_coded_error(tmp_path: Path) -> None:
    empty = CliRunner().invoke(app, ["scdl", "export", str(tmp_path)])
    assert empty.exit_code == 2 and empty.stderr.startswith("error E001: no document")
    missing = CliRunner().invoke(app, ["scdl", "export", str(tmp_path / "nope.pdf")])
    assert missing.exit_code == 2 and "error E001: no document could be read" in missing.stderr
