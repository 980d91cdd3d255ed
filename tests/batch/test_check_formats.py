"""`delib check` on a folder of good, planted and broken files: every format reports every
file, each bad file with its error code, each planted error with its rule code, and the exit
status says what CI must do."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import jsonschema
import pytest
from typer.testing import CliRunner, Result

from delib_parse.cli import app
from tests.batch.conftest import Corpus

runner = CliRunner()
SARIF_SCHEMA = Path(__file__).resolve().parent.parent / "data" / "sarif-schema-2.1.0.json"
GITHUB_LINE = re.compile(
    r"^::(?P<level>error|warning|notice) file=(?P<file>[^,]+),line=(?P<line>\d+),"
    r"title=(?P<code>[A-Z]\d{3}) [^:]*::(?P<message>.+)$"
)


def check(*args: str, env: dict[str, str] | None = None) -> Result:
    return runner.invoke(app, ["check", "--jobs", "2", *args], env=env)


def run_format(corpus: Corpus, fmt: str, tmp_path: Path, *extra: str) -> tuple[Result, str]:
    out = tmp_path / f"report.{fmt}"
    result = check(str(corpus.root), "--format", fmt, "--output", str(out), *extra)
    assert result.stdout == "", "with --output, stdout stays empty"
    return result, out.read_text(encoding="utf-8")


def assert_matches_expected(corpus: Corpus, seen: dict[str, tuple[str, set[str]]]) -> None:
    """seen: relative path -> (status, codes reported for the file)."""
    assert set(seen) == set(corpus.expected), "every file once, and nothing else"
    for rel, expect in corpus.expected.items():
        status, codes = seen[rel]
        assert status == expect.status, rel
        if expect.code:
            assert expect.code in codes, (rel, codes)
        elif expect.status == "ok":
            assert not {c for c in codes if c.startswith("E")}, (rel, codes)


@pytest.mark.parametrize("to_stdout", [False, True], ids=["output-file", "stdout"])
def test_json_is_one_document_with_every_file(
    corpus: Corpus, tmp_path: Path, to_stdout: bool
) -> None:
    if to_stdout:
        result = check(str(corpus.root), "--format", "json")
        text = result.stdout
    else:
        result, text = run_format(corpus, "json", tmp_path)
    assert result.exit_code == 1, result.stderr
    data = json.loads(text)  # one document: the payload and nothing else on stdout
    assert data["schema_version"] == 1
    seen = {}
    for record in data["files"]:
        codes = {f["code"] for f in record["findings"]}
        if record["error"]:
            codes.add(record["error"]["code"])
        seen[corpus.rel(record["path"])] = (record["status"], codes)
        if record["status"] == "ok":
            assert record["document"]["deliberations"], "a good file is parsed"
            assert record["document"]["schema_version"] == 1
        else:
            assert record["document"] is None
    assert_matches_expected(corpus, seen)
    summary = data["summary"]
    assert summary["files"] == len(corpus.expected)
    assert summary["read"] + summary["unreadable"] == summary["files"]
    assert summary["exit_code"] == 1


def test_jsonl_is_one_line_per_file_in_a_stable_order(corpus: Corpus, tmp_path: Path) -> None:
    result, text = run_format(corpus, "jsonl", tmp_path)
    assert result.exit_code == 1
    records = [json.loads(line) for line in text.splitlines()]
    assert len(records) == len(corpus.expected)
    seen = {}
    for r in records:
        codes = {f["code"] for f in r["findings"]} | ({r["error"]["code"]} if r["error"] else set())
        seen[corpus.rel(r["path"])] = (r["status"], codes)
    assert_matches_expected(corpus, seen)
    paths = [r["path"] for r in records]
    one_job = runner.invoke(app, ["check", "--jobs", "1", str(corpus.root), "--format", "jsonl"])
    assert [json.loads(line)["path"] for line in one_job.stdout.splitlines()] == paths


def test_junit_parses_with_the_right_counts(corpus: Corpus, tmp_path: Path) -> None:
    result, text = run_format(corpus, "junit", tmp_path)
    assert result.exit_code == 1
    root = ET.fromstring(text)
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert len(suites) == len(corpus.expected)
    unreadable = sum(1 for e in corpus.expected.values() if e.status == "unreadable")
    planted = sum(1 for e in corpus.expected.values() if e.status == "ok" and e.code)
    cases = root.findall("testsuite/testcase")
    assert int(root.get("tests", -1)) == len(cases)
    assert int(root.get("errors", -1)) == unreadable == len(root.findall(".//error"))
    assert int(root.get("failures", -1)) == len(root.findall(".//failure")) >= planted
    seen = {}
    for suite in suites:
        assert int(suite.get("tests", -1)) == len(suite.findall("testcase"))
        codes = {e.get("type", "") for e in suite.iter() if e.tag in ("failure", "error")}
        codes |= {m for e in suite.iter("failure") for m in re.findall(r"[A-Z]\d{3}", e.text or "")}
        status = "unreadable" if suite.find(".//error") is not None else "ok"
        seen[corpus.rel(suite.get("name", ""))] = (status, codes)
    assert_matches_expected(corpus, seen)
    # One testcase per deliberation of each good file.
    good = [s for s in suites if s.find(".//error") is None]
    assert all(c.get("name", "").startswith("deliberation 1") for s in good for c in s)


def test_sarif_validates_against_the_2_1_0_schema(corpus: Corpus, tmp_path: Path) -> None:
    result, text = run_format(corpus, "sarif", tmp_path)
    assert result.exit_code == 1
    log = json.loads(text)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    seen: dict[str, tuple[str, set[str]]] = {
        rel: ("ok", set()) for rel, e in corpus.expected.items()
    }
    for r in run["results"]:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        loc = r["locations"][0]["physicalLocation"]
        assert loc["region"]["startLine"] >= 1
        rel = corpus.rel(unquote(loc["artifactLocation"]["uri"]))
        status, codes = seen[rel]
        if r["ruleId"].startswith("E"):
            status = "unreadable"
        seen[rel] = (status, codes | {r["ruleId"]})
    assert_matches_expected(corpus, seen)


def test_github_annotations_have_file_and_line(corpus: Corpus, tmp_path: Path) -> None:
    result, text = run_format(corpus, "github", tmp_path)
    assert result.exit_code == 1
    seen: dict[str, tuple[str, set[str]]] = {
        rel: ("ok", set()) for rel, e in corpus.expected.items()
    }
    for line in text.splitlines():
        m = GITHUB_LINE.match(line)
        assert m, line
        rel = corpus.rel(m["file"])
        status, codes = seen[rel]
        if m["code"].startswith("E"):
            status = "unreadable"
        seen[rel] = (status, codes | {m["code"]})
    assert_matches_expected(corpus, seen)


def test_text_lists_findings_then_a_summary(corpus: Corpus) -> None:
    result = check(str(corpus.root))
    assert result.exit_code == 1
    out = result.stdout
    for rel, expect in corpus.expected.items():
        if expect.code:
            assert re.search(rf"{re.escape(rel)}\S*: .*{expect.code}", out), rel
    for label in ("files read", "deliberations found", "could not be read", "Findings by code"):
        assert label in out
    assert result.stderr == "", "no progress bar when stderr is not a terminal"


def test_machine_formats_keep_stdout_for_the_payload(corpus: Corpus) -> None:
    result = check(str(corpus.root / "good"), "--format", "sarif")
    json.loads(result.stdout)
    assert result.stderr.startswith("delib check: ")
    quiet = check(str(corpus.root / "good"), "--format", "sarif", "--quiet")
    assert quiet.stderr == ""


def _only(corpus: Corpus, status: str) -> list[str]:
    return [
        str(corpus.root / rel)
        for rel, e in corpus.expected.items()
        if e.status == status and not e.code and not rel.endswith("loop")
    ]


@pytest.mark.parametrize(
    ("args", "exit_code"),
    [
        pytest.param(["good"], 0, id="clean-files"),
        pytest.param(["planted"], 1, id="planted-errors"),
        pytest.param(["bad"], 2, id="nothing-readable"),
        pytest.param(["."], 1, id="mixed"),
        pytest.param([".", "--fail-on", "never"], 0, id="mixed-fail-on-never"),
        pytest.param(["planted", "--ignore", "C001,V"], 0, id="planted-codes-ignored"),
        pytest.param(["planted", "--select", "Q"], 0, id="other-codes-selected"),
        pytest.param(
            [
                "planted",
                "--severity",
                "C001=warning",
                "--severity",
                "V001=info",
                "--ignore",
                "V002",
            ],
            0,
            id="severity-lowered",
        ),
        pytest.param(
            ["planted", "--severity", "C001=warning", "--ignore", "V", "--fail-on", "warning"],
            1,
            id="fail-on-warning",
        ),
        pytest.param(["good", "--glob", "*.pdf"], 2, id="glob-matches-nothing"),
    ],
)
def test_exit_status(corpus: Corpus, args: list[str], exit_code: int) -> None:
    path, *options = args
    result = check(str(corpus.root / path), *options)
    assert result.exit_code == exit_code, result.stdout + result.stderr


def test_usage_errors_are_one_line_and_exit_2(corpus: Corpus, tmp_path: Path) -> None:
    bad_severity = check(str(corpus.root / "good"), "--severity", "C001")
    assert bad_severity.exit_code == 2
    assert bad_severity.stderr.startswith("error E031: ")
    assert bad_severity.stderr.count("\n") == 1
    unwritable = check(str(corpus.root / "good"), "--output", str(tmp_path / "no" / "r.json"))
    assert unwritable.exit_code == 2
    assert unwritable.stderr.startswith("error E007: ")
    bad_format = check(str(corpus.root / "good"), "--format", "xml")
    assert bad_format.exit_code == 2


def test_output_is_written_whole_and_leaves_no_temporary_file(
    corpus: Corpus, tmp_path: Path
) -> None:
    out = tmp_path / "report.json"
    out.write_text("old")
    result = check(str(corpus.root / "good"), "--format", "json", "--output", str(out))
    assert result.exit_code == 0
    assert json.loads(out.read_text())["summary"]["read"] >= 3
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def _records(result: Result) -> dict[str, Any]:
    return {json.loads(line)["path"]: json.loads(line) for line in result.stdout.splitlines()}
