"""What a user of ruff, yamllint or sqlfluff expects of a command line (issue #14): --version,
-h, one coded line for a wrong option, quiet broken pipes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
import typer
from typer.main import get_command
from typer.testing import CliRunner

from delib_parse.cli import app
from tests.conftest import SEED
from tests.test_cli import delib

runner = CliRunner()


def _command_paths(command: object, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = [prefix]
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        paths.extend(_command_paths(sub, (*prefix, name)))
    return paths


COMMAND_PATHS = _command_paths(get_command(app))


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_prints_the_package_version(flag: str) -> None:
    proc = delib(flag)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == f"delib {version('delib-parse')}\n"
    assert proc.stderr == b""


@pytest.mark.parametrize("path", COMMAND_PATHS, ids=lambda p: " ".join(p) or "delib")
def test_dash_h_is_help_on_every_command(path: tuple[str, ...]) -> None:
    short = runner.invoke(app, [*path, "-h"], env={"COLUMNS": "120"})
    long = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "120"})
    assert short.exit_code == 0, short.stdout + short.stderr
    assert short.stdout == long.stdout
    assert "Usage: delib" in short.stdout


def test_every_command_is_seen() -> None:
    assert {p[0] for p in COMMAND_PATHS if p} >= {"parse", "check", "normalize", "rules", "schema"}
    assert isinstance(app, typer.Typer)


OPTION_ERRORS = {
    "bad_format": (
        ["check", "--format", "xx", "samples"],
        "error E032: --format: 'xx' is not one of text, json, jsonl, junit, sarif, github",
    ),
    "bad_ocr": (["parse", "--ocr", "sometimes", "x.txt"], "error E032: --ocr: 'sometimes' is not one of auto, never, force"),
    "bad_extractor": (["parse", "--extractor", "x", "a.txt"], "error E032: --extractor: 'x' is not one of pdfium, pdfplumber"),
    "unknown_option": (["check", "--fromat", "json", "samples"], "error E032: no such option --fromat, did you mean --format? (see `delib check --help`)"),
    "missing_argument": (["parse"], "error E032: missing argument FILE (see `delib parse --help`)"),
    "not_a_number": (["check", "--jobs", "abc", "samples"], "error E032: --jobs: 'abc': input should be a valid integer"),
    "option_without_value": (["check", "samples", "--format"], "error E032: --format needs a value"),
    "unknown_command": (["nope"], "error E032: no such command 'nope' (see `delib --help`)"),
    "extra_argument": (["rules", "C001", "x"], "error E032: got unexpected extra argument"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(OPTION_ERRORS))
def test_option_errors_are_one_coded_line(case: str) -> None:
    args, start = OPTION_ERRORS[case]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(start), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr


def test_option_error_from_the_real_entry_point() -> None:
    proc = delib("check", "--format", "xml", "samples")
    assert proc.returncode == 2
    assert proc.stderr.decode() == (
        "error E032: --format: 'xml' is not one of text, json, jsonl, junit, sarif, github\n"
    )


def _with_stdout_closed(*args: str) -> tuple[int, bytes]:
    """Run delib with a standard output whose reader is gone before the first write."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "delib_parse.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    proc.stdout.close()  # `| head -c 0`: the reader leaves at once
    _, err = proc.communicate(timeout=120)
    return proc.returncode, err


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["parse", "{seed}", "--json"], id="parse-json"),
        pytest.param(["parse", "{seed}"], id="parse-text"),
        pytest.param(["normalize", "{seed}"], id="normalize"),
        pytest.param(["check", "--jobs", "1", "{folder}"], id="check-text"),
        pytest.param(["check", "--jobs", "1", "{folder}", "--format", "jsonl"], id="check-jsonl"),
        pytest.param(["check", "--jobs", "1", "{folder}", "--format", "sarif"], id="check-sarif"),
    ],
)
def test_a_closed_pipe_ends_quietly(args: list[str], tmp_path: Path) -> None:
    for i in range(3):
        shutil.copyfile(SEED, tmp_path / f"extract-{i}.txt")
    argv = [a.format(seed=SEED, folder=tmp_path) for a in args]
    status, err = _with_stdout_closed(*argv)
    assert err == b"", err.decode()
    assert status == 141  # 128 + SIGPIPE, as the shell reports `yes | head -1`


def test_parse_of_one_file_stays_one_document() -> None:
    single = runner.invoke(app, ["parse", str(SEED), "--json"])
    assert single.exit_code == 0
    assert single.stdout.startswith('{\n  "schema_version": 1,')
    assert isinstance(json.loads(single.stdout), dict)


def test_parse_of_several_files_is_one_array_in_order(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(SEED.read_text(encoding="utf-8").replace("73", "72"), encoding="utf-8")
    each = [
        json.loads(runner.invoke(app, ["parse", p, "--json"]).stdout)
        for p in (str(SEED), str(other))
    ]
    both = runner.invoke(app, ["parse", str(SEED), str(other), "--json"])
    assert both.exit_code == 0, both.stderr
    assert json.loads(both.stdout) == each
    out = tmp_path / "both.json"
    assert runner.invoke(app, ["parse", str(SEED), str(other), "-o", str(out)]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8")) == each
    text = runner.invoke(app, ["parse", str(SEED), str(other)]).stdout
    assert str(SEED) in text and str(other) in text


def test_parse_goes_on_past_an_unreadable_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["parse", str(missing), str(SEED), "--json"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error E001: ") and result.stderr.count("\n") == 1
    first, second = json.loads(result.stdout)
    assert first is None
    assert second["source"]["path"] == str(SEED)


def test_check_dash_reads_the_paths_on_standard_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(SEED.read_text(encoding="utf-8").replace("73", "74", 1), encoding="utf-8")
    unlisted = tmp_path / "unlisted.txt"
    shutil.copyfile(SEED, unlisted)
    listing = f"{SEED}\n\n{bad}\n"
    result = runner.invoke(app, ["check", "-j", "1", "-f", "jsonl", "-"], input=listing)
    paths = [json.loads(line)["path"] for line in result.stdout.splitlines()]
    assert paths == [str(SEED), str(bad)]
    assert result.exit_code == 1


def test_listed_paths_one_a_line_or_nul_separated() -> None:
    from delib_parse.batch.discover import with_listed_paths

    assert with_listed_paths(["a", "-", "z"], "b c.pdf\r\n\nd.txt\n") == [
        "a",
        "b c.pdf",
        "d.txt",
        "z",
    ]
    assert with_listed_paths(["-"], "x\ny.pdf\0w.txt\0") == ["x\ny.pdf", "w.txt"]
    assert with_listed_paths(["./-"], "ignored") == ["./-"]
