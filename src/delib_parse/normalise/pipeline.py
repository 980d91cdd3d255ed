"""The normaliser: source lines → one clean text with a map back to page and line."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from delib_parse.lazyre import lazy
from delib_parse.normalise.accents import restore_accents
from delib_parse.normalise.chars import clean_line
from delib_parse.normalise.hyphenation import join, join_target
from delib_parse.normalise.lost_ligatures import restore_lost_ti
from delib_parse.normalise.ocr_digits import letters_for_digits
from delib_parse.normalise.offsets import NormalisedText, NormLine, OffsetMap
from delib_parse.normalise.rebreak import rebreak
from delib_parse.sources.base import SourceLine
from delib_parse.sources.text import from_text
from delib_parse.vocab.stamps import ACT_ID, STAMP_LINES, STAMP_WORDS

# Transmission stamps are page furniture for the parsers (the document reads them apart).
_STAMPS = lazy("|".join(p for _, p in STAMP_LINES), regex.IGNORECASE)
_ACT_ID = lazy(ACT_ID)


def _unstamped(text: str) -> str:
    # (a stamp's words and the identifier's "ID" tested first: most lines hold neither)
    if "ID" not in text:
        folded = text.casefold()  # (once, not once a word)
        if not any(w in folded for w in STAMP_WORDS):
            return text
    if not (_STAMPS.search(text) or _ACT_ID.search(text)):
        return text
    return clean_line(_ACT_ID.sub(" ", _STAMPS.sub(" ", text)))


def normalise_lines(source: Iterable[SourceLine]) -> NormalisedText:
    lines = list(source)
    restored = restore_accents(
        restore_lost_ti([_unstamped(letters_for_digits(clean_line(s.text))) for s in lines])
    )
    cleaned = [(text, s.page, s.line) for text, s in zip(restored, lines, strict=True)]
    texts = [t for t, _, _ in cleaned]
    out: list[NormLine] = []
    i = 0
    while i < len(cleaned):
        text, page, line = cleaned[i]
        current = NormLine(text, [(0, page, line)])
        i += 1
        # A broken word may break again on the next line: keep joining.
        j = join_target(texts, i - 1) if text else None
        while j is not None:
            nxt, npage, nline = cleaned[j]
            joined = clean_line(join(current.text, nxt))
            cut = len(joined) - len(nxt)
            current = NormLine(joined, [*current.segments, (max(0, cut), npage, nline)])
            texts[j] = joined
            i = j + 1
            j = join_target(texts, j)
        out.append(current)
    # Blank runs carry no meaning beyond "paragraph break": keep one.
    squeezed: list[NormLine] = []
    for nl in rebreak(out):
        if not nl.text and squeezed and not squeezed[-1].text:
            continue
        squeezed.append(nl)
    while squeezed and not squeezed[0].text:
        squeezed.pop(0)
    while squeezed and not squeezed[-1].text:
        squeezed.pop()
    text = "\n".join(nl.text for nl in squeezed)
    return NormalisedText(text, OffsetMap.build(squeezed))


def normalise_text(text: str) -> str:
    """Normalise a string (the text route without locations). Idempotent."""
    return normalise_lines(from_text(text).lines()).text
