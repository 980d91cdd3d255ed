"""Start the lines again in a page flattened onto one line (MISREADINGS 7).

A space becomes a line break, so every offset of the text stays where it was and each new line
keeps the source location of the characters it holds.
"""

from __future__ import annotations

from delib_parse.lazyre import lazy
from delib_parse.normalise.offsets import NormLine
from delib_parse.vocab.rebreak import (
    BODY_OPENINGS,
    BREAK_BEFORE,
    CAPS_WORD,
    LONG_LINE,
    MAX_TITLE,
    MIN_TITLE,
    SENTENCE_END,
    SENTENCE_VERBS,
    SENTENCES_LINE,
    TITLE_AFTER_SENTENCE,
    TITLE_WORDS,
)

_BREAK = lazy("|".join(f"(?:{p})" for p in BREAK_BEFORE))
# The body's first word, after a space (and after the " :" that may close the title).
_BODY = lazy(r"(?<=\s)(?:" + "|".join(BODY_OPENINGS) + r")")
_TITLE = lazy(TITLE_AFTER_SENTENCE)
# A title in capitals, after its number if it has one; what follows in sentence case is its
# body ("COMPTE DE GESTION 2022 Le comité …").
_CAPS_TITLE = lazy(
    rf"(?:[^\s]{{0,12}}\s+)?(?:{CAPS_WORD})(?:\s+(?:{CAPS_WORD})){{2,}}(?=\s\p{{Lu}}\p{{Ll}})"
)
# A sentence's end (not after an abbreviated civility: "MM.", "Mme.").
_SENTENCE = lazy(SENTENCE_END)
_PUNCTUATION = frozenset(".,;:!?")


def _title_starts(text: str) -> dict[int, int]:
    """Sentence-case titles between a sentence's end and their body: start → body start."""
    found: dict[int, int] = {}
    for m in _TITLE.finditer(text):
        if _BODY.match(text, m.start()):
            continue  # "… Tauzia. Après avoir excusé Madame le Maire, …": the body goes on
        body = _BODY.search(text, m.start() + 1, m.start() + MAX_TITLE)
        if body is None:
            continue
        words = text[m.start() : body.start()].split()
        if (
            TITLE_WORDS[0] <= len(words) <= TITLE_WORDS[1]
            and not any(c in _PUNCTUATION for w in words for c in w)
            and not any(w.lower() in SENTENCE_VERBS for w in words)
        ):
            found[m.start()] = body.start()
    return found


def _cuts(text: str) -> list[int]:
    """Positions of the spaces that become line breaks."""
    titles = _title_starts(text)
    found = {m.start() for m in _BREAK.finditer(text)} | set(titles)
    starts = sorted(s for s in found if s > 0 and text[s - 1] == " ")
    cuts: set[int] = {s - 1 for s in starts}
    for k, s in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        caps = _CAPS_TITLE.match(text, s, end)
        if caps is not None and caps.end() - s >= MIN_TITLE:
            cuts.add(caps.end())
            continue
        if s in titles:
            cuts.add(titles[s] - 1)
            continue
        body = _BODY.search(text, s + MIN_TITLE, min(end, s + MAX_TITLE))
        if body is not None:
            cuts.add(body.start() - 1)
    cuts.update(_sentence_cuts(text))
    return sorted(c for c in cuts if text[c] == " ")


def _sentence_cuts(text: str) -> list[int]:
    """The spaces after each sentence's end: a paragraph on one line holds a decision a
    sentence ("… a été approuvé à l'unanimité. Budget annexe : … adopté par 12 voix pour."),
    and the parsers read a vote and its matter by line. Not a bulleted line: its author made
    it one matter ("- Travaux … : 3 devis reçus. Après discussion … par 9 voix pour")."""
    if text.lstrip()[:1] in _BULLETS:
        return []
    return [m.start() - 1 for m in _SENTENCE.finditer(text) if text[m.start() - 1] == " "]


_BULLETS = frozenset("-–•▪◦●■➢*>")


def _split(line: NormLine, cuts: list[int]) -> list[NormLine]:
    out: list[NormLine] = []
    start = 0
    for cut in [*cuts, len(line.text)]:
        segments = [(max(0, col - start), page, ln) for col, page, ln in line.segments]
        # The piece starts inside the last segment that began at or before its first column.
        first = max((i for i, (col, _, _) in enumerate(line.segments) if col <= start), default=0)
        kept = [segments[first]] + [
            s for s, (col, _, _) in zip(segments, line.segments, strict=True) if start < col < cut
        ]
        out.append(NormLine(line.text[start:cut], [(0, kept[0][1], kept[0][2]), *kept[1:]]))
        start = cut + 1
    return out


def rebreak(lines: list[NormLine]) -> list[NormLine]:
    out: list[NormLine] = []
    for line in lines:
        n = len(line.text)
        if n >= LONG_LINE:
            cuts = _cuts(line.text)
        elif n >= SENTENCES_LINE:
            cuts = _sentence_cuts(line.text)
        else:
            cuts = []
        out.extend(_split(line, cuts) if cuts else [line])
    return out
