"""One file that hangs or kills its worker costs only itself: every other file's result is
there, in order, and the batch goes on. The hang and the crash are injected through the
test-only hooks (tests/batch/hooks.py; the shipped command reads them from nowhere)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from delib_parse.batch import check_paths, discover
from delib_parse.batch.result import FileResult, Summary
from delib_parse.batch.settings import CheckSettings
from delib_parse.cli import app
from tests.batch.conftest import write_good
from tests.batch.hooks import install

runner = CliRunner()


class Collect:
    def __init__(self) -> None:
        self.results: list[FileResult] = []
        self.total = -1
        self.summary: Summary | None = None

    def start(self, total: int) -> None:
        self.total = total

    def add(self, result: FileResult) -> None:
        self.results.append(result)

    def finish(self, summary: Summary) -> None:
        self.summary = summary


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write_good(tmp_path / "a", 3)
    (tmp_path / "a" / "extract-01.txt").rename(tmp_path / "a" / "hang-me.txt")
    write_good(tmp_path / "b", 3)
    for p in (tmp_path / "b").iterdir():
        p.rename(p.with_name(p.name.replace("extract", "other")))
    (tmp_path / "b" / "other-02.txt").rename(tmp_path / "b" / "crash-me.txt")
    return tmp_path


def test_a_hanging_file_is_stopped_and_the_others_are_kept(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install(monkeypatch, hang_on="hang-me")
    start = time.monotonic()
    result = runner.invoke(
        app, ["check", str(folder), "--jobs", "2", "--timeout", "1.5", "--format", "jsonl"]
    )
    assert time.monotonic() - start < 30
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["path"]).name for r in records] == sorted(
        [p.name for p in (folder / "a").iterdir()]
    ) + sorted(p.name for p in (folder / "b").iterdir())
    by_name = {Path(r["path"]).name: r for r in records}
    assert by_name["hang-me.txt"]["error"]["code"] == "E014"
    others = [r for name, r in by_name.items() if name != "hang-me.txt"]
    assert len(others) == 5 and all(r["status"] == "ok" for r in others)
    assert result.exit_code == 1  # an unreadable file fails the batch at --fail-on error


def test_a_crashing_worker_costs_only_its_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install(monkeypatch, crash_on="crash-me")
    result = runner.invoke(app, ["check", str(folder), "--jobs", "2", "--format", "jsonl"])
    by_name = {Path(r["path"]).name: r for r in map(json.loads, result.stdout.splitlines())}
    assert by_name["crash-me.txt"]["error"]["code"] == "E015"
    assert sum(r["status"] == "ok" for r in by_name.values()) == 5


@pytest.mark.parametrize("jobs", [1, 2])
def test_hang_and_crash_in_one_batch_with_recycled_workers(
    folder: Path, jobs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    install(monkeypatch, hang_on="hang-me", crash_on="crash-me")
    settings = CheckSettings(jobs=jobs, timeout=1.0, max_tasks_per_worker=1)
    sink = Collect()
    summary = check_paths([str(folder)], settings, [sink])
    entries = discover([str(folder)])
    assert sink.total == len(entries) == 6
    assert [r.path for r in sink.results] == [e.path for e in entries]
    assert [r.index for r in sink.results] == list(range(6))
    codes = {Path(r.path).name: r.error.code for r in sink.results if r.error}
    assert codes == {"hang-me.txt": "E014", "crash-me.txt": "E015"}
    assert summary.read == 4 and summary.exit_code == 1
    assert sink.summary is summary


def test_results_do_not_depend_on_the_number_of_workers(tmp_path: Path) -> None:
    write_good(tmp_path, 8)
    outputs = []
    for jobs in ("1", "2"):
        result = runner.invoke(app, ["check", str(tmp_path), "-j", jobs, "--format", "jsonl"])
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == 8


def test_the_shipped_command_reads_no_hook_from_the_environment(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The variables the hooks once came from: now they change nothing.
    monkeypatch.setenv("DELIB_TEST_HANG_ON", "hang-me")
    monkeypatch.setenv("DELIB_TEST_CRASH_ON", "crash-me")
    result = runner.invoke(app, ["check", str(folder), "--jobs", "2", "--format", "jsonl"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 6 and all(r["status"] == "ok" for r in records)
