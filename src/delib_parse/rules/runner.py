"""Run the selected rules over a document and stamp their findings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from delib_parse.model.document import Deliberation, Document, Finding, Location, Severity
from delib_parse.rules.base import RawFinding, Rule, RuleContext
from delib_parse.rules.registry import all_rules


@dataclass(frozen=True, slots=True)
class RuleSelection:
    """Which rules run and how bad their findings are (CLI flags and [tool.delib])."""

    select: tuple[str, ...] = ()  # codes or prefixes; empty = all
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)

    def enabled(self, rule: Rule) -> bool:
        def hit(patterns: Iterable[str]) -> bool:
            return any(rule.code.startswith(p.upper()) or rule.name == p for p in patterns)

        if self.select and not hit(self.select):
            return False
        return not hit(self.ignore)

    def severity_of(self, rule: Rule, raw: RawFinding) -> Severity:
        for key in (rule.code, rule.name):
            if key in self.severity:
                return self.severity[key]
        return raw.severity or rule.severity


def _stamp(
    rule: Rule, raw: RawFinding, selection: RuleSelection, d: Deliberation | None
) -> Finding:
    loc = raw.location
    if loc is None and d is not None:
        loc = d.locations.get(raw.at or "") or d.location
    loc = loc or Location()
    return Finding(
        code=rule.code,
        rule=rule.name,
        severity=selection.severity_of(rule, raw),
        message=raw.message,
        page=loc.page,
        line=loc.line,
        file_line=loc.file_line,
    )


def run_rules(
    doc: Document, selection: RuleSelection | None = None, notes: dict[str, object] | None = None
) -> Document:
    """Append the rules' findings to the document (in place) and return it.

    A rule that crashes is a bug in delib, not in the document: it becomes an info finding
    so that the parsed data is never lost.
    """
    selection = selection or RuleSelection()
    rules = [r for r in all_rules() if selection.enabled(r)]
    for rule in rules:
        if rule.scope == "document":
            ctx = RuleContext(document=doc, notes=dict(notes or {}))
            try:
                raws = list(rule.run_document(doc, ctx))
            except Exception as exc:
                raws = [RawFinding(f"rule crashed: {exc!r}", severity="info")]
            doc.findings.extend(_stamp(rule, r, selection, None) for r in raws)
            continue
        document_check = getattr(rule.module, "check_document", None)
        if document_check is not None:
            # A deliberation rule may also speak of the document as a whole (X001: no
            # deliberation found at all); its findings go to the document.
            ctx = RuleContext(document=doc, notes=dict(notes or {}))
            try:
                raws = list(document_check(doc, ctx))
            except Exception as exc:
                raws = [RawFinding(f"rule crashed: {exc!r}", severity="info")]
            doc.findings.extend(_stamp(rule, r, selection, None) for r in raws)
        for d in doc.deliberations:
            ctx = RuleContext(document=doc, deliberation=d, notes=dict(notes or {}))
            try:
                raws = list(rule.run_deliberation(d, ctx))
            except Exception as exc:
                raws = [RawFinding(f"rule crashed: {exc!r}", severity="info")]
            d.findings.extend(_stamp(rule, r, selection, d) for r in raws)
    return doc
