"""`--format junit`: JUnit XML, one testsuite per file and one testcase per deliberation, so
that CI dashboards (GitLab, Jenkins, Azure, GitHub test reporters) list each deliberation.

- a deliberation with a finding at or above `--fail-on` is a <failure> (type = first code);
  its other findings are in <system-out>;
- findings about the document as a whole go to a testcase named "document", which is also
  there when no deliberation was found, so every file has at least one testcase;
- a file that cannot be read is one testcase with an <error> (type = its E-code).
Testsuites are spooled to a temporary file as they come, then written under a <testsuites>
element that carries the totals: memory stays flat.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import xml.etree.ElementTree as ET
from typing import TextIO

from delib_parse.batch.result import SEVERITY_RANK, FileResult, FindingRecord, Summary
from delib_parse.report.safe import escape_char, utf8_safe

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    """Text XML 1.0 can carry, written in UTF-8: a character it cannot is escaped, as a file
    name's non-UTF-8 bytes are (report/safe.py), so nothing is lost."""
    return _ILLEGAL_XML.sub(lambda m: escape_char(m.group()), utf8_safe(text))


def _line(f: FindingRecord) -> str:
    page = "?" if f.page is None else f.page
    line = "?" if f.line is None else f.line
    return f"{f.severity} {f.code} {f.rule} (page {page}, line {line}): {f.message}"


class JunitReporter:
    def __init__(self, stream: TextIO, fail_on: str = "error") -> None:
        self.stream = stream
        self.threshold = SEVERITY_RANK[fail_on]
        self.spool: TextIO = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.tests = self.failures = self.errors = 0
        self.seconds = 0.0

    def start(self, total: int) -> None:
        pass

    def _case(
        self, suite: ET.Element, path: str, name: str, findings: list[FindingRecord]
    ) -> tuple[int, int]:
        case = ET.SubElement(suite, "testcase", classname=_clean(path), name=_clean(name))
        failing = [f for f in findings if SEVERITY_RANK[f.severity] >= self.threshold]
        if failing:
            codes = ", ".join(dict.fromkeys(f.code for f in failing))
            failure = ET.SubElement(
                case,
                "failure",
                type=failing[0].code,
                message=_clean(f"{len(failing)} finding(s): {codes}"),
            )
            failure.text = _clean("\n".join(_line(f) for f in failing))
        others = [f for f in findings if SEVERITY_RANK[f.severity] < self.threshold]
        if others:
            out = ET.SubElement(case, "system-out")
            out.text = _clean("\n".join(_line(f) for f in others))
        return 1, 1 if failing else 0

    def add(self, result: FileResult) -> None:
        suite = ET.Element("testsuite", name=_clean(result.path))
        tests = failures = errors = 0
        if result.error is not None:
            case = ET.SubElement(suite, "testcase", classname=_clean(result.path), name="read")
            e = result.error
            error = ET.SubElement(case, "error", type=e.code, message=_clean(e.message))
            error.text = _clean(f"{e.code}: {e.message}" + (f" ({e.hint})" if e.hint else ""))
            tests, errors = 1, 1
        else:
            whole = result.findings_of(None)
            if whole or not result.deliberations:
                t, f = self._case(suite, result.path, "document", whole)
                tests, failures = tests + t, failures + f
            for d in result.deliberations:
                t, f = self._case(suite, result.path, d.label, result.findings_of(d.index))
                tests, failures = tests + t, failures + f
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
        suite.set("skipped", "0")
        suite.set("time", f"{result.seconds:.3f}")
        self.tests += tests
        self.failures += failures
        self.errors += errors
        self.seconds += result.seconds
        self.spool.write(ET.tostring(suite, encoding="unicode") + "\n")

    def finish(self, summary: Summary) -> None:
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.stream.write(
            f'<testsuites name="delib check" tests="{self.tests}" failures="{self.failures}"'
            f' errors="{self.errors}" skipped="0" time="{summary.seconds:.3f}">\n'
        )
        self.spool.seek(0)
        shutil.copyfileobj(self.spool, self.stream)
        self.spool.close()
        self.stream.write("</testsuites>\n")
        self.stream.flush()
