"""Split a document into deliberations, and a deliberation into its zones."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from delib_parse.lazyre import lazy
from delib_parse.vocab.headings import EXTRACT_ACT_LINE, EXTRACT_OWN_COUNTS, MAX_LINES_TO_COUNTS
from delib_parse.vocab.headings import EXTRACT_HEADING as EXTRACT_HEADING_FORM

EXTRACT_HEADING = lazy(EXTRACT_HEADING_FORM, regex.IGNORECASE | regex.MULTILINE)
EXTRACT_ACT_LINE_RE = lazy(EXTRACT_ACT_LINE, regex.IGNORECASE | regex.MULTILINE)
EXTRACT_OWN_COUNTS_RE = lazy(EXTRACT_OWN_COUNTS, regex.IGNORECASE | regex.MULTILINE)
DECIDES = lazy(
    r"\b(?:décide|DÉCIDE|DECIDE|délibère|arrête|ARRETE|ARRÊTE)\b\s*:?|après\s+en\s+avoir\s+délibéré",
    regex.IGNORECASE,
)
VOTE_START = lazy(
    r"^\s*(?:scrutin|vote|votes|pour\s*:|adopté|adoptée|résultat\s+du\s+vote|le\s+secrétaire|le\s+président)",
    regex.IGNORECASE | regex.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Block:
    start: int
    end: int
    # cut at its act line under a register heading it shares with the others (not at a
    # heading of its own)
    shares_heading: bool = False


# A running header kept once per act ("Dijon métropole – … Délibération n° 20230202-001") stands
# on the line above the act's heading: it belongs to the act it opens.
RUNNING_NUMBER = lazy(r"délibération\s*(?:n°|no|n\s*°|numéro)", regex.IGNORECASE)


def _with_running_header(text: str, start: int) -> int:
    line_start = text.rfind("\n", 0, max(0, start - 1)) + 1
    previous = text[line_start:start]
    if start > 0 and previous.strip() and RUNNING_NUMBER.search(previous):
        return line_start
    return start


def _act_openings(text: str) -> list[int]:
    """Where extracts put end to end under one register heading start: at each act line
    followed, within a few lines, by the extract's own counts or convocation."""
    starts = []
    for m in EXTRACT_ACT_LINE_RE.finditer(text):
        # (the few lines below only, not the rest of the text: linear in its length)
        pos = m.end()
        for _ in range(MAX_LINES_TO_COUNTS):
            if pos >= len(text):
                break
            if EXTRACT_OWN_COUNTS_RE.match(text, pos + 1):
                starts.append(m.start())
                break
            nxt = text.find("\n", pos + 1)
            pos = nxt if nxt >= 0 else len(text)
    return starts


def split_extracts(text: str) -> list[Block]:
    starts = [_with_running_header(text, m.start()) for m in EXTRACT_HEADING.finditer(text)]
    shared = len(starts) < 2
    if shared:
        starts = _act_openings(text)
    if len(starts) < 2:
        return [Block(0, len(text))]
    starts[0] = 0
    ends = [*starts[1:], len(text)]
    return [Block(a, b, shared) for a, b in zip(starts, ends, strict=True)]
