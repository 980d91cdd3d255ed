"""[tool.delib] in pyproject.toml or delib.toml, found upward; bad settings are one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from delib_parse.batch.settings import resolve_settings, unknown_codes
from delib_parse.cli import app
from delib_parse.config import Config, find_config, load_config
from delib_parse.errors import ConfigError, UsageError
from tests.batch.conftest import Corpus

runner = CliRunner()


def test_found_upward_delib_toml_before_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.delib]\nselect = ["Q"]\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "pyproject.toml"
    (tmp_path / "a" / "delib.toml").write_text('ignore = ["S002"]\n')
    assert find_config(deep) == tmp_path / "a" / "delib.toml"
    assert load_config(start=deep).ignore == ("S002",)


def test_pyproject_without_tool_delib_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "delib.toml").write_text('fail-on = "warning"\n')
    inner = tmp_path / "project"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert load_config(start=inner).fail_on == "warning"


def test_every_key_is_read(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(
        "[tool.delib]\n"
        'select = ["Q", "C001"]\n'
        'ignore = ["S002"]\n'
        'fail-on = "warning"\n'
        "[tool.delib.severity]\n"
        'D001 = "error"\n'
        '[tool.delib.per-file-ignores]\n"archives/*" = ["D001", "N"]\n'
    )
    config = load_config(path)
    assert config.select == ("Q", "C001")
    assert config.severity == {"D001": "error"}
    assert config.per_file_ignores == (("archives/*", ("D001", "N")),)
    settings, warnings = resolve_settings(config, select=["V"], ignore=["P001"], jobs=1)
    assert warnings == []
    assert settings.selection.select == ("V",)  # the command line's select replaces
    assert settings.selection.ignore == ("S002", "P001")  # its ignore adds
    assert settings.fail_on == "warning"
    assert settings.selection_for(str(tmp_path / "archives" / "2019.pdf")).ignore[-2:] == (
        "D001",
        "N",
    )
    assert settings.selection_for(str(tmp_path / "current" / "2024.pdf")).ignore == (
        "S002",
        "P001",
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("select = 3\n", "select must be a list", id="select-not-a-list"),
        pytest.param('selct = ["Q"]\n', "unknown key 'selct'", id="misspelt-key"),
        pytest.param('fail-on = "fatal"\n', "fail-on is 'fatal'", id="bad-fail-on"),
        pytest.param('[severity]\nQ001 = "fatal"\n', "severity of Q001", id="bad-level"),
        pytest.param("select = [\n", "invalid TOML", id="broken-toml"),
    ],
)
def test_invalid_config_is_one_line_e030(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "delib.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    line = caught.value.one_line()
    assert line.startswith(f"error E030: {path}: ") and message in line
    assert "\n" not in line


def test_invalid_config_exits_2_with_one_line(tmp_path: Path, corpus: Corpus) -> None:
    path = tmp_path / "delib.toml"
    path.write_text("select = 3\n")
    result = runner.invoke(app, ["check", str(corpus.root / "good"), "--config", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith("error E030: ") and result.stderr.count("\n") == 1


def test_unknown_codes_are_usage_errors(tmp_path: Path, corpus: Corpus) -> None:
    # A misspelt code selected nothing and let CI pass (`--select Z999` exited 0).
    assert unknown_codes(["Q", "V001", "quorum-not-met", "Z9", "X999"]) == ["Z9", "X999"]
    with pytest.raises(UsageError, match="unknown rule code 'W1'"):
        resolve_settings(Config(), ignore=["W1"])
    with pytest.raises(ConfigError, match="unknown rule code 'Z9'"):
        resolve_settings(Config(select=("Z9",)))
    for args in (["--select", "Z999"], ["--ignore", "V,Q9"], ["--severity", "Y001=info"]):
        result = runner.invoke(app, ["check", str(corpus.root / "good"), *args])
        assert result.exit_code == 2, args
        assert result.stderr.startswith("error E031: unknown rule code")
        assert result.stderr.count("\n") == 1 and "C, D, N, P, Q, S, V, X" in result.stderr
    path = tmp_path / "delib.toml"
    path.write_text('ignore = ["ZZ01"]\n')
    result = runner.invoke(app, ["check", str(corpus.root / "good"), "--config", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith("error E030: ") and "'ZZ01'" in result.stderr
    result = runner.invoke(app, ["check", str(corpus.root / "good"), "--select", "V,q"])
    assert result.exit_code == 0


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "0"])
def test_a_timeout_that_is_no_limit_is_a_usage_error(value: str, corpus: Corpus) -> None:
    for command in (["check", str(corpus.root / "good")], ["parse", str(_one_file(corpus))]):
        result = runner.invoke(app, [*command, "--timeout", value])
        assert result.exit_code == 2, (command, value)
        assert result.stderr.startswith("error E031: --timeout")


def _one_file(corpus: Corpus) -> Path:
    return next(p for p in sorted((corpus.root / "good").iterdir()) if p.is_file())


def test_config_per_file_ignores_and_fail_on_reach_the_check(
    tmp_path: Path, corpus: Corpus
) -> None:
    path = corpus.root / "delib.toml"  # beside the files: globs are relative to it
    path.write_text('fail-on = "warning"\n[per-file-ignores]\n"planted/*" = ["C001", "V"]\n')
    try:
        result = runner.invoke(
            app, ["check", str(corpus.root / "planted"), "--config", str(path), "-f", "json"]
        )
    finally:
        path.unlink()
    data = json.loads(result.stdout)
    assert data["summary"]["fail_on"] == "warning"
    assert not [f for r in data["files"] for f in r["findings"] if f["severity"] == "error"]
