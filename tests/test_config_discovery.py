"""Configuration found from the checked paths (as ruff and yamllint find theirs), the `exclude`
setting and option, and `delib check --show-settings`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from delib_parse.batch.discover import Exclude, discover
from delib_parse.batch.settings import resolve_settings
from delib_parse.cli import app
from delib_parse.config import find_config_for, load_config
from delib_parse.errors import UsageError
from tests.conftest import SEED

runner = CliRunner()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp/project/{delib.toml, minutes/…}, run from tmp/elsewhere (no config there)."""
    root = tmp_path / "project"
    for rel in ("minutes/a.txt", "minutes/brouillons/b.txt", "minutes/2019/c.txt", "d.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SEED, root / rel)
    (root / "delib.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    return root


def _checked(result_stdout: str) -> list[str]:
    return [Path(r["path"]).name for r in json.loads(result_stdout)["files"]]


def test_the_config_is_found_from_the_checked_folder_not_the_current_one(project: Path) -> None:
    result = runner.invoke(app, ["check", str(project / "minutes"), "-f", "json", "-q"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["fail_on"] == "never"


def test_a_checked_file_finds_the_config_of_its_folder(project: Path) -> None:
    found = load_config(paths=[str(project / "minutes" / "2019" / "c.txt")])
    assert found.path == project / "delib.toml"
    # A path that does not exist searches from its nearest existing folder.
    assert load_config(paths=[str(project / "minutes" / "nope.pdf")]).path == found.path


def test_paths_with_different_configs_are_one_usage_error(project: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    shutil.copyfile(SEED, other / "e.txt")
    (other / "delib.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    with pytest.raises(UsageError, match="different configurations"):
        find_config_for([project / "d.txt", other / "e.txt"])
    result = runner.invoke(app, ["check", str(project / "d.txt"), str(other / "e.txt")])
    assert result.exit_code == 2
    assert result.stderr.startswith("error E031: ") and result.stderr.count("\n") == 1
    assert "--config" in result.stderr
    # --config settles it.
    named = runner.invoke(
        app,
        [
            "check",
            str(project / "d.txt"),
            str(other / "e.txt"),
            "--config",
            str(other / "delib.toml"),
        ],
    )
    assert named.exit_code == 0, named.stderr


def test_config_option_wins_over_the_found_one(project: Path, tmp_path: Path) -> None:
    named = tmp_path / "ci.toml"
    named.write_text('fail-on = "info"\n', encoding="utf-8")
    result = runner.invoke(
        app, ["check", str(project / "minutes"), "--config", str(named), "-f", "json", "-q"]
    )
    assert json.loads(result.stdout)["summary"]["fail_on"] == "info"


def test_per_file_ignores_stay_relative_to_the_config_folder(project: Path) -> None:
    (project / "delib.toml").write_text(
        '[per-file-ignores]\n"minutes/2019/*" = ["D001"]\n', encoding="utf-8"
    )
    settings, _ = resolve_settings(load_config(paths=[str(project / "minutes")]))
    assert settings.per_file_ignores.codes_for(str(project / "minutes/2019/c.txt")) == ("D001",)
    assert settings.per_file_ignores.codes_for(str(project / "minutes/a.txt")) == ()


def test_an_unreadable_found_config_is_one_line_e030(project: Path) -> None:
    (project / "delib.toml").write_text("fail-on = \n", encoding="utf-8")
    for extra in ([], ["--show-settings"]):
        result = runner.invoke(app, ["check", str(project / "minutes"), *extra])
        assert result.exit_code == 2
        assert result.stderr.startswith("error E030: ") and result.stderr.count("\n") == 1


# --- exclude ----------------------------------------------------------------------------------


def test_exclude_setting_skips_files_and_folders_below_the_config_folder(project: Path) -> None:
    (project / "delib.toml").write_text(
        'exclude = ["brouillons", "minutes/2019/*"]\n', encoding="utf-8"
    )
    result = runner.invoke(app, ["check", str(project), "-f", "json", "-q"])
    assert result.exit_code == 0, result.stderr
    assert sorted(_checked(result.stdout)) == ["a.txt", "d.txt"]


def test_exclude_option_adds_patterns_relative_to_the_current_folder(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "delib.toml").write_text('exclude = ["brouillons"]\n', encoding="utf-8")
    monkeypatch.chdir(project / "minutes")
    result = runner.invoke(app, ["check", ".", "--exclude", "2019/", "-f", "json", "-q"])
    assert result.exit_code == 0, result.stderr
    assert _checked(result.stdout) == ["a.txt"]


def test_a_path_named_on_the_command_line_is_checked_even_if_excluded(project: Path) -> None:
    (project / "delib.toml").write_text('exclude = ["*.txt"]\n', encoding="utf-8")
    named = project / "minutes" / "a.txt"
    result = runner.invoke(app, ["check", str(named), str(project), "-f", "json", "-q"])
    assert result.exit_code == 0, result.stderr
    assert _checked(result.stdout) == ["a.txt"]


@pytest.mark.parametrize(
    ("pattern", "rel", "is_dir", "excluded"),
    [
        ("brouillons", "minutes/brouillons", True, True),  # a name, at any depth
        ("*.tmp.pdf", "a/b/x.tmp.pdf", False, True),
        ("minutes/2019/*", "minutes/2019/c.txt", False, True),  # with a /: below the root
        ("minutes/2019/*", "old/minutes/2019/c.txt", False, False),
        ("/minutes", "minutes", True, True),  # a leading / changes nothing
        ("2019/", "minutes/2019", True, True),  # a trailing /: folders only
        ("2019/", "minutes/2019", False, False),
        ("**/old/**", "a/old/b.pdf", False, True),
        ("Brouillons", "brouillons", True, False),  # case counts, as in ruff
    ],
)
def test_exclude_patterns_read_as_gitignore_does(
    tmp_path: Path, pattern: str, rel: str, is_dir: bool, excluded: bool
) -> None:
    rules = Exclude.relative_to(str(tmp_path), [pattern])
    assert rules.excludes(str(tmp_path / rel), is_dir=is_dir) is excluded


def test_exclude_says_nothing_outside_its_folder(tmp_path: Path) -> None:
    rules = Exclude.relative_to(str(tmp_path / "project"), ["*.txt"])
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    assert not rules.excludes(str(tmp_path / "x.txt"))
    assert [e.path for e in discover([str(tmp_path)], exclude=rules)] == [str(tmp_path / "x.txt")]


def test_exclude_must_be_a_list_of_globs(project: Path) -> None:
    (project / "delib.toml").write_text("exclude = [1]\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(project)])
    assert result.exit_code == 2
    assert result.stderr.startswith("error E030: ") and "exclude must be a list" in result.stderr


# --- --show-settings --------------------------------------------------------------------------


def test_show_settings_names_the_config_and_the_resolved_settings(project: Path) -> None:
    (project / "delib.toml").write_text(
        'ignore = ["S002"]\nexclude = ["brouillons"]\n[severity]\nD001 = "error"\n'
        '[per-file-ignores]\n"minutes/2019/*" = ["D001"]\n',
        encoding="utf-8",
    )
    result = runner.invoke(
        app,
        ["check", str(project / "minutes"), "--show-settings", "--ignore", "N", "--fail-on",
         "warning", "--jobs", "3", "--timeout", "9", "--exclude", "tmp"],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines())
    assert lines["config"] == str(project / "delib.toml")
    assert lines["select"] == "all rules"
    assert lines["ignore"] == "S002, N"
    assert lines["severity"] == "D001=error"
    assert lines["fail-on"] == "warning"
    assert lines["per-file-ignores"] == f"minutes/2019/* = D001 (relative to {project})"
    assert lines["exclude"] == f"brouillons (relative to {project}), tmp (relative to {Path.cwd()})"
    assert lines["jobs"] == "3" and lines["timeout"] == "9 s"
    assert lines["glob"] == "*.pdf, *.txt" and lines["ocr"] == "auto"
    assert result.stderr == ""  # nothing checked: no summary


def test_show_settings_without_a_config_or_a_path(project: Path) -> None:
    result = runner.invoke(app, ["check", "--show-settings"])  # the current folder: none
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == "config: none (defaults)"
    # Without --show-settings a path is still required, in the usual one line.
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 2
    assert result.stderr == "error E032: missing argument PATH (see `delib check --help`)\n"


# --- delib parse ------------------------------------------------------------------------------


def _planted(folder: Path) -> Path:
    from tests.batch.conftest import PRESENT_LINE, seed_text

    path = folder / "present-count-70.txt"
    path.write_text(seed_text().replace(PRESENT_LINE, PRESENT_LINE[:-2] + "70"), encoding="utf-8")
    return path


def _codes(stdout: str) -> set[str]:
    doc = json.loads(stdout)
    found = doc["findings"] + [f for d in doc["deliberations"] for f in d["findings"]]
    return {f["code"] for f in found}


def test_parse_reads_the_config_nearest_to_the_file(project: Path, tmp_path: Path) -> None:
    planted = _planted(project / "minutes")
    assert "C001" in _codes(runner.invoke(app, ["parse", str(planted), "--json"]).stdout)
    (project / "delib.toml").write_text('ignore = ["C001"]\n', encoding="utf-8")
    result = runner.invoke(app, ["parse", str(planted), "--json"])  # run from elsewhere
    assert result.exit_code == 0, result.stderr
    assert "C001" not in _codes(result.stdout)
    # per-file-ignores are relative to the config's folder; --config wins.
    (project / "delib.toml").write_text('[per-file-ignores]\n"minutes/*" = ["C"]\n', "utf-8")
    assert "C001" not in _codes(runner.invoke(app, ["parse", str(planted), "--json"]).stdout)
    other = tmp_path / "ci.toml"
    other.write_text('select = ["C"]\n', encoding="utf-8")
    result = runner.invoke(app, ["parse", str(planted), "--json", "--config", str(other)])
    assert "C001" in _codes(result.stdout)


def test_parse_with_a_bad_config_is_one_line_e030(project: Path) -> None:
    (project / "delib.toml").write_text('ignore = ["ZZ01"]\n', encoding="utf-8")
    result = runner.invoke(app, ["parse", str(project / "d.txt")])
    assert result.exit_code == 2
    assert result.stderr.startswith("error E030: ") and result.stderr.count("\n") == 1
