"""Exit statuses and error codes have one home (issue #14 E): every `EXIT_*` is defined in
errors.py, and no module prints or returns an E-code written as a literal — each is a named
error of errors.py, so tests/test_docs.py, which reads them there, sees them all."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from delib_parse import errors
from tests.conftest import ROOT

SRC = ROOT / "src" / "delib_parse"
CODE = re.compile(r"\bE\d{3}\b")


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the constants that are docstrings (they may name codes: they explain them)."""
    out = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            if isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if p.name != "errors.py")


def test_no_module_writes_an_error_code_as_a_literal() -> None:
    found = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) not in docs and CODE.search(node.value):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
    assert found == []


def test_exit_statuses_are_defined_once_in_errors() -> None:
    found = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = node.targets if isinstance(node, ast.Assign) else []
            names = [
                n.id
                for t in targets
                for n in ([t] if isinstance(t, ast.Name) else getattr(t, "elts", []))
                if isinstance(n, ast.Name)
            ]
            found += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.startswith("EXIT_")]
    assert found == []
    assert (errors.EXIT_OK, errors.EXIT_FINDINGS, errors.EXIT_UNUSABLE) == (0, 1, 2)


def test_the_output_and_internal_errors_are_named() -> None:
    assert errors.OutputNotWritable.code == "E007"
    assert errors.InternalError.code == "E099"
    line = errors.InternalError("internal error KeyError: 'x'").one_line()
    assert line == (
        "error E099: internal error KeyError: 'x' "
        "(a bug in delib: rerun with DELIB_DEBUG=1 and report the traceback)"
    )


def test_an_unwritable_output_is_one_e007_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from delib_parse.cli import app

    target = tmp_path / "missing-folder" / "report.json"
    sample = ROOT / "samples" / "dijon-metropole-2023-02-02-mutualisation.txt"
    result = CliRunner().invoke(
        app, ["check", "-j", "1", str(sample), "-f", "json", "-o", str(target)]
    )
    assert result.exit_code == errors.EXIT_UNUSABLE
    assert result.stderr.strip().splitlines()[-1].startswith(f"error E007: {target}: cannot write")
