"""Words that lost a ligature's letters in extraction.

Word processors set "ti" as one glyph in some fonts (Calibri); a PDF whose font maps that
glyph to nothing gives "Procuraons : 4", "convocaon", "délibéraons" once its text is
extracted (a web conversion of Questembert's minutes, 2020). Only the "-tion" words can be
restored without a dictionary: "-aon" ends no French word but a few ("paon", "Laon"), so a
document that shows two distinct such words has lost its "ti", and its "-aon" words are
"-ation" words. Names in capitals are left as printed.
"""

from __future__ import annotations

import regex

from delib_parse.lazyre import lazy

_LOST_TI = lazy(r"\b(?P<stem>\p{L}*\p{Ll}{2})aon(?P<plural>s?)\b")
# "-aon" words of French and of place and family names: not damaged.
_REAL_AON = frozenset({"paon", "taon", "faon", "laon", "craon", "chaon", "pharaon", "lycaon"})
# Two distinct damaged words: one alone may be a name.
MIN_DISTINCT = 2


def _damaged(m: regex.Match[str]) -> bool:
    return (m.group("stem") + "aon").lower() not in _REAL_AON


def restore_lost_ti(lines: list[str]) -> list[str]:
    """The lines with their "-aon" words restored to "-ation", when the document shows the
    lost ligature; otherwise the lines unchanged."""
    seen: set[str] = set()
    for line in lines:
        if "aon" in line:
            seen.update(m.group(0).lower() for m in _LOST_TI.finditer(line) if _damaged(m))
            if len(seen) >= MIN_DISTINCT:
                break
    if len(seen) < MIN_DISTINCT:
        return lines

    def restore(m: regex.Match[str]) -> str:
        return f"{m['stem']}ation{m['plural']}" if _damaged(m) else str(m.group(0))

    return [_LOST_TI.sub(restore, line) if "aon" in line else line for line in lines]
