"""What a rule is, and what it is given.

A rule is a module with plain attributes (CODE, NAME, SEVERITY, SCOPE) and a pure `check`
function; its docstring, with the fixed headings of STYLE.md habit 5, is its documentation.
The runner stamps code, name, configured severity and location on what `check` yields.
A deliberation-scope module may also define `check_document(doc, ctx)`, run once per
document, for what it has to say about the document as a whole (X001: no deliberation found).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import Literal, Protocol

from delib_parse.model.document import Deliberation, Document, Location, Severity

Scope = Literal["deliberation", "document"]
DOC_HEADINGS = ("What it checks", "Why it matters", "Fails", "Passes", "Legal basis")


@dataclass(frozen=True, slots=True)
class RawFinding:
    """A finding before the runner stamps it: what the rule says and where."""

    message: str
    at: str | None = None  # dotted path into Deliberation.locations ("counts.present")
    severity: Severity | None = None  # a rule may lower its own severity (edge cases)
    location: Location | None = None


@dataclass(slots=True)
class RuleContext:
    """Facts a rule may need beyond the deliberation itself."""

    document: Document
    deliberation: Deliberation | None = None
    notes: dict[str, object] = field(default_factory=dict)

    def finding(
        self,
        message: str,
        *,
        at: str | None = None,
        severity: Severity | None = None,
        location: Location | None = None,
    ) -> RawFinding:
        return RawFinding(message=message, at=at, severity=severity, location=location)


class DeliberationCheck(Protocol):
    def __call__(self, d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]: ...


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    severity: Severity
    scope: Scope
    module: ModuleType

    @property
    def doc(self) -> str:
        return (self.module.__doc__ or "").strip()

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else ""

    def run_deliberation(self, d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
        yield from self.module.check(d, ctx)

    def run_document(self, doc: Document, ctx: RuleContext) -> Iterator[RawFinding]:
        yield from self.module.check(doc, ctx)
