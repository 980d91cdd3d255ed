"""`--format sarif`: SARIF 2.1.0, so that code-scanning UIs show each finding at its file,
page and line.

One run; the driver's rules are the whole catalogue (Q001 …) plus the E-codes of files that
cannot be read, so `ruleIndex` is stable whatever the batch finds. A finding's page (SARIF
has no pages) is in its message and in `properties.page`; its line is `region.startLine`
(line 1 when the document does not say). Results are streamed: memory stays flat.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from delib_parse import __version__
from delib_parse.batch.result import FileResult, Summary
from delib_parse.errors import DelibError
from delib_parse.report.safe import json_safe

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _kebab(name: str) -> str:
    out = "".join("-" + c.lower() if c.isupper() else c for c in name)
    return out.lstrip("-")


def error_codes() -> dict[str, str]:
    """E-code -> name of delib's named errors (first class to use a code names it)."""
    out: dict[str, str] = {}
    todo: list[type[DelibError]] = [DelibError]
    while todo:
        cls = todo.pop(0)
        if cls is not DelibError:
            out.setdefault(cls.code, _kebab(cls.__name__))
        todo.extend(cls.__subclasses__())
    return dict(sorted(out.items()))


def rule_descriptors() -> list[dict[str, Any]]:
    from delib_parse.rules.registry import RULE_MODULES, all_rules

    written = {r.code: r for r in all_rules()}
    rules: list[dict[str, Any]] = []
    for module in RULE_MODULES:
        code, _, name = module.partition("_")
        code, name = code.upper(), name.replace("_", "-")
        rule = written.get(code)
        summary = (rule.summary if rule else "") or name.replace("-", " ")
        descriptor: dict[str, Any] = {
            "id": code,
            "name": name,
            "shortDescription": {"text": summary},
            "defaultConfiguration": {"level": LEVEL[rule.severity] if rule else "warning"},
        }
        if rule and rule.doc:
            descriptor["fullDescription"] = {"text": rule.doc}
        rules.append(descriptor)
    from delib_parse.scdl.codes import CODES

    for c in CODES:  # the findings of `delib scdl check`
        rules.append(
            {
                "id": c.code,
                "name": c.name,
                "shortDescription": {"text": c.summary},
                "defaultConfiguration": {"level": LEVEL[c.severity]},
            }
        )
    for code, name in error_codes().items():
        rules.append(
            {
                "id": code,
                "name": name,
                "shortDescription": {"text": f"the file cannot be read ({name})"},
                "defaultConfiguration": {"level": "error"},
            }
        )
    return rules


def relative_path(path: str) -> str:
    """Relative to the working folder (the repository root in CI) when it is inside it,
    without './'; absolute otherwise."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_posix()
    return p.as_posix().removeprefix("./")


def artifact_uri(path: str) -> str:
    """Relative paths stay relative (to the repository root in CI); others become file URIs.
    The name's own bytes are percent-encoded (os.fsencode), so a name that is not UTF-8
    keeps them: `d%E9lib.txt`."""
    rel = relative_path(path)
    if rel.startswith("/"):
        return Path(rel).as_uri()
    return quote(os.fsencode(rel), safe="/")


class SarifReporter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.first = True
        self.rules = rule_descriptors()
        self.index = {r["id"]: i for i, r in enumerate(self.rules)}

    def start(self, total: int) -> None:
        driver = {
            "name": "delib",
            "version": __version__,
            "rules": self.rules,
        }
        head = {"$schema": SARIF_SCHEMA, "version": "2.1.0"}
        text = json.dumps(head, ensure_ascii=False)[:-1]
        tool = json_safe(json.dumps({"driver": driver}, ensure_ascii=False))
        self.stream.write(f'{text}, "runs": [{{"tool": {tool}, "results": [\n')

    def _result(
        self,
        code: str,
        level: str,
        text: str,
        path: str,
        line: int | None,
        properties: dict[str, Any],
    ) -> dict[str, Any]:
        result: dict[str, Any] = {
            "ruleId": code,
            "level": level,
            "message": {"text": text},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": artifact_uri(path)},
                        "region": {"startLine": max(1, line or 1)},
                    }
                }
            ],
            "properties": properties,
        }
        if code in self.index:
            result["ruleIndex"] = self.index[code]
        return result

    def add(self, result: FileResult) -> None:
        items = []
        if result.error is not None:
            e = result.error
            text = e.message + (f" ({e.hint})" if e.hint else "")
            items.append(self._result(e.code, "error", text, result.path, None, {}))
        labels = {d.index: d.label for d in result.deliberations}
        for f in result.findings:
            where = [f"page {f.page}" if f.page is not None else None]
            where.append(f"line {f.line}" if f.line is not None else None)
            if f.deliberation is not None:
                where.insert(0, labels.get(f.deliberation, f"deliberation {f.deliberation + 1}"))
            place = ", ".join(w for w in where if w)
            props: dict[str, Any] = {"page": f.page, "severity": f.severity, "rule": f.rule}
            if f.deliberation is not None:
                props["deliberation"] = f.deliberation + 1
            text = f"{f.message} ({place})" if place else f.message
            items.append(
                self._result(f.code, LEVEL[f.severity], text, result.path, f.editor_line, props)
            )
        for item in items:
            text = json_safe(json.dumps(item, ensure_ascii=False))  # see report/safe.py
            self.stream.write(("" if self.first else ",\n") + text)
            self.first = False

    def finish(self, summary: Summary) -> None:
        invocation = {
            "executionSuccessful": True,
            "exitCode": summary.exit_code,
            "workingDirectory": {"uri": Path(os.getcwd()).as_uri() + "/"},
            "properties": summary.as_dict(),
        }
        self.stream.write(
            ("" if self.first else "\n")
            + '], "invocations": ['
            + json_safe(json.dumps(invocation, ensure_ascii=False))
            + "]}]}\n"
        )
        self.stream.flush()
