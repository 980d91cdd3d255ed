"""A section that every extract has could not be read.

What it checks:
    For each deliberation: the sitting date, the attendance (neither a present count nor a
    present list) and the vote (no tally, no "à l'unanimité", no outcome); one finding per
    missing section, naming it. For the document as a whole (`check_document`, run once per
    document by the runner): a document in which no deliberation was found at all.
Why it matters:
    Every other rule is silent on what was not read: without this finding an unreadable
    extract would look like a clean one.
Fails:
    An extract whose "Séance du …" line is missing or garbled; a text with no deliberation.
Passes:
    The seed extract (date, 73 present, "POUR : 86 …"); an item withdrawn from the agenda
    has no vote to find.
Legal basis:
    None (the parser's own limits).
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation, Document
from delib_parse.rules.base import RawFinding, RuleContext

CODE = "X001"
NAME = "section-not-found"
SEVERITY = "warning"
SCOPE = "deliberation"


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    if d.sitting.date is None:
        yield ctx.finding("sitting date not found (« Séance du … »)", at="sitting.date")
    if d.counts.present is None and not d.present:
        yield ctx.finding(
            "attendance not found (neither a number of présents nor a present list)",
            at="present",
        )
    if d.agenda_withdrawn:
        return  # taken off the agenda: no vote to read
    v = d.vote
    if v is None or (
        all(x is None for x in (v.yes, v.no, v.abstain, v.not_voting, v.blank))
        and not v.unanimous
        and not v.unanimous_of_expressed
        and v.outcome is None
    ):
        yield ctx.finding("vote not found (no tally, unanimity or outcome)", at="vote")


def check_document(doc: Document, ctx: RuleContext) -> Iterator[RawFinding]:
    if not doc.deliberations:
        yield ctx.finding(
            f"no deliberation found in the document ({doc.source.pages} page(s) read)"
        )
