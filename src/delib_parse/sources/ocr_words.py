"""Tesseract's words → `layout` Words, and a conservative clean-up of OCR'd counts and dates.

Pure functions on Tesseract's TSV table (`pytesseract.image_to_data(..., output_type="dict")`):
no Tesseract needed to test them.

What is done to the words, and why:
- Deskew. A scan is rarely straight: 0.4° moves the end of a full-width line by half a line,
  enough for `layout` to cut it in two rows. The skew, measured on the baselines of Tesseract's
  own lines, is taken out of the boxes (each box moved, not resized: the angles are small).
- One band a line. Every word of a Tesseract line gets the line's band, from its highest
  ascender to its lowest descender (like a font's box in a text layer). Tesseract finds lines
  well, while one odd box (an accent read together with the line below) would cut a line.
- Runs. Words of a Tesseract line that follow each other closely become one run: `layout` glues
  boxes that touch, and OCR boxes of separate words often touch ("pouvoir" "à").
- Dust. Punctuation far smaller than the page's glyphs (";" 3 px high) is a dot of the scan.
- Rules. A box's vertical border is read as a lone "|", taller than the letters: it parts the
  words on either side (a margin box's "10" from the body's "Absents excusés :") and is
  dropped. A tiny "|" is a speck.
- "J". Some fonts draw J apart from the rest of the word; Tesseract then reads "J ean" or
  "] ean". A lone J-like glyph before a lower-case word is glued back to it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from statistics import median
from typing import Any

from delib_parse.sources.layout import Word

# Below this confidence a "word" of dashes, dots or quotes is a speck of the scan.
MIN_SPECK_CONFIDENCE = 50.0
# Words of one line closer than this (x line height) form one run. Below `layout`'s own
# segment gap (1 x text height), so `layout` still finds every gutter between runs.
RUN_GAP = 0.8
# Letters that reach below the baseline: their box's bottom is not the baseline.
_DESCENDERS = frozenset("gjpqyçQJ,;()[]{}/|µ")
# Lines shorter than this (pixels at 300 dpi: ~5 cm) say too little about the angle.
_MIN_SKEW_SPAN = 600.0
# Beyond ~6° the small-angle correction is wrong (the page needs turning, not this).
_MAX_SLOPE = 0.1
# What dust and lines of a scan are read as. Not ":" (the colon of "CONTRE : 0" is often read
# with a low confidence) nor "]" (may be a J, see `_glue_j`).
_SPECK = re.compile(r"[-–—_.,'‘’\"`~^*•·°=|\\/…]+")
_J_GLYPHS = frozenset({"J", "]", "}"})


@dataclass(slots=True)
class _Box:
    text: str
    left: float
    top: float
    right: float
    bottom: float


def tesseract_words(tsv: Mapping[str, Sequence[Any]], scale: float) -> list[Word]:
    """Tesseract's word table (pixels) → runs of words as layout Words in `scale` units."""
    lines = _read_lines(tsv)
    if not lines:
        return []
    slope = _skew(lines)
    everything = [b for line in lines for b in line]
    cx = (min(b.left for b in everything) + max(b.right for b in everything)) / 2
    cy = (min(b.top for b in everything) + max(b.bottom for b in everything)) / 2
    # Boxes much taller than the page's usual word hold a blot or a logo's edge with the word
    # ("Nombre" read with the bottom of a coat of arms above it): they say nothing of its line.
    page_usual = median(b.bottom - b.top for b in everything)
    # A dot of dust read as ";" or "'" whatever the confidence: punctuation far smaller than
    # any glyph of the page (it would stand as a column of its own beside the text).
    lines = [[b for b in line if not _dust(b, page_usual)] for line in lines]
    words: list[Word] = []
    for line in lines:
        if not line:
            continue
        for box in line:
            # Rotate the box's centre by -angle about the text's centre (small-angle form).
            mx, my = (box.left + box.right) / 2, (box.top + box.bottom) / 2
            dx, dy = slope * (my - cy), -slope * (mx - cx)
            box.left, box.right = box.left + dx, box.right + dx
            box.top, box.bottom = box.top + dy, box.bottom + dy
        top, bottom = _band(line, page_usual)
        for run in _runs(_glue_j(line), RUN_GAP * (bottom - top), _rules(line)):
            text = " ".join(b.text for b in run)
            # A run's own band: with --psm 6 a Tesseract line may cross a margin or a gutter
            # into text that sits a little higher or lower.
            top, bottom = _band(run, page_usual)
            words.append(
                Word(text, run[0].left * scale, top * scale, run[-1].right * scale, bottom * scale)
            )
    return words


def _read_lines(tsv: Mapping[str, Sequence[Any]]) -> list[list[_Box]]:
    lines: dict[tuple[int, int, int], list[_Box]] = {}
    texts = tsv.get("text", [])
    for i, raw in enumerate(texts):
        if int(tsv["level"][i]) != 5:
            continue
        text = str(raw).strip()
        if not text:
            continue
        if float(tsv["conf"][i]) < MIN_SPECK_CONFIDENCE and _SPECK.fullmatch(text):
            continue
        left, top = float(tsv["left"][i]), float(tsv["top"][i])
        box = _Box(text, left, top, left + float(tsv["width"][i]), top + float(tsv["height"][i]))
        key = (int(tsv["block_num"][i]), int(tsv["par_num"][i]), int(tsv["line_num"][i]))
        lines.setdefault(key, []).append(box)
    return [sorted(line, key=lambda b: b.left) for line in lines.values()]


def _skew(lines: list[list[_Box]]) -> float:
    """The page's skew as a slope (dy/dx): the median of its long lines' baselines."""
    slopes: list[float] = []
    for line in lines:
        points = [
            ((b.left + b.right) / 2, b.bottom) for b in line if not _DESCENDERS.intersection(b.text)
        ]
        if len(points) < 3:
            continue
        xs = [x for x, _ in points]
        if max(xs) - min(xs) < _MIN_SKEW_SPAN:
            continue
        mean_x = sum(xs) / len(xs)
        mean_y = sum(y for _, y in points) / len(points)
        sxx = sum((x - mean_x) ** 2 for x in xs)
        sxy = sum((x - mean_x) * (y - mean_y) for x, y in points)
        slopes.append(sxy / sxx)
    if not slopes:
        return 0.0
    slope = median(slopes)
    return slope if abs(slope) <= _MAX_SLOPE else 0.0


# A box taller than this (x the line's median, x the page's median) is left out of its band.
_TALL_IN_LINE = 1.5
_TALL_IN_PAGE = 1.8


# Dust: both sides of the box under this share of the page's usual word height. Not a dash nor
# a full stop or comma: small, but real ("VINÇON - Michel", "2020 .").
_DUST_SIZE = 0.25
_NOT_DUST = frozenset("-–—.,")


def _dust(box: _Box, page_usual: float) -> bool:
    size = max(box.bottom - box.top, box.right - box.left)
    return (
        size < _DUST_SIZE * page_usual
        and not any(c.isalnum() for c in box.text)
        and not _NOT_DUST.issuperset(box.text)
    )


def _band(line: list[_Box], page_usual: float | None = None) -> tuple[float, float]:
    """From the highest ascender to the lowest descender, leaving out boxes much taller than
    the line's usual ones or than the page's (a title's line, all tall, keeps its band)."""
    limit = _TALL_IN_LINE * median(b.bottom - b.top for b in line)
    if page_usual is not None:
        limit = min(limit, _TALL_IN_PAGE * page_usual)
    kept = [b for b in line if b.bottom - b.top <= limit] or line
    return min(b.top for b in kept), max(b.bottom for b in kept)


def _glue_j(line: list[_Box]) -> list[_Box]:
    """ "J ean" / "] ean-Michel" → "Jean" / "Jean-Michel"; "]ean" → "Jean"."""
    out: list[_Box] = []
    for box in line:
        text = box.text
        if text[:1] in "]}" and len(text) > 1 and text[1].islower():
            box.text = "J" + text[1:]
        prev = out[-1] if out else None
        if (
            prev is not None
            and _j_apart(prev.text, box.text)
            and box.left - prev.right < 0.5 * (box.bottom - box.top)
        ):
            prev.text = prev.text[:-1] + "J" + box.text
            prev.right = box.right
            continue
        out.append(box)
    # A "]" or "}" left alone was a speck after all.
    return [b for b in out if b.text not in ("]", "}")]


_CAPITALS_TO_J = re.compile(r"[A-ZÀ-Ý]*J")


def _j_apart(head: str, tail: str) -> bool:
    """Whether `head` + `tail` is one word whose J was read apart: "J" + "ean", "OBJ" + "ET".

    A capital J ends no French word, so a J-like glyph (or capitals ending in J) followed
    closely by the rest of a word in the same case is one word.
    """
    if head in _J_GLYPHS and tail[:1].islower():
        return True
    return bool(_CAPITALS_TO_J.fullmatch(head)) and tail[:1].isupper() and tail.isupper()


# A lone "|" this much taller than the line's usual word is a rule; this much smaller, a speck.
_RULE_HEIGHT = 1.3
_SPECK_HEIGHT = 0.4
_BARS = re.compile(r"\|{1,2}")


def _rules(line: list[_Box]) -> set[int]:
    """The boxes of `line` (by id) that are a ruled line or a speck read as "|" (or "||")."""
    bars = [b for b in line if _BARS.fullmatch(b.text)]
    if not bars:
        return set()
    words = [b.bottom - b.top for b in line if not _BARS.fullmatch(b.text)]
    if not words:
        return set()
    usual = median(words)
    return {
        id(b)
        for b in bars
        if b.bottom - b.top >= _RULE_HEIGHT * usual or b.bottom - b.top <= _SPECK_HEIGHT * usual
    }


def _runs(line: list[_Box], gap: float, rules: set[int] | None = None) -> list[list[_Box]]:
    """Boxes close to each other, in runs; a rule (by id, see `_rules`) ends a run and is
    dropped."""
    runs: list[list[_Box]] = []
    parted = False
    for box in line:
        if rules and id(box) in rules:
            parted = True
            continue
        if runs and not parted and box.left - runs[-1][-1].right <= gap:
            runs[-1].append(box)
        else:
            runs.append([box])
        parted = False
    return runs


# --- post-correction of counts and dates ----------------------------------------------------

# Glyphs Tesseract reads for digits. Letters that are also initials or words (S, B, Z), and
# brackets ("{7 novembre"), count only inside a number that has a real digit.
_ALWAYS = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "б": "6"}
_WITH_DIGIT = {**_ALWAYS, "S": "5", "B": "8", "Z": "2", "{": "1", "}": "1", "[": "1", "]": "1"}
_GLYPHS = "0-9" + re.escape("".join(_WITH_DIGIT))

# Labels a count follows ("POUR : 86", "Nombre de membres en exercice : 86", "Votants : 29").
_LABEL = (
    r"pour|contre|abstentions?|ne\s+se\s+prononcen?t?\s+pas|"
    r"ne\s+pren(?:d|nent)\s+pas\s+part(?:\s+au\s+vote)?|votants|suffrages\s+exprim[ée]s|"
    r"pr[ée]sents?(?:\s+participant\s+au\s+vote)?|en\s+exercice|procurations?|pouvoirs?|"
    r"repr[ée]sent[ée]e?s|absents?(?:\s+excus[ée]e?s)?|excus[ée]e?s|quorum|blancs?|nuls?|"
    r"majorit[ée]\s+absolue|membres(?:\s+du\s+conseil\s+\w+)?|"
    r"pris\s+part\s+(?:au\s+vote|[àa]\s+la\s+d[ée]lib[ée]ration)"
)
# The number ends the token: a space, the end, or punctuation that is not a full stop ("O."
# is an initial, "l." an abbreviation).
_END = r"(?=$|[\s,;)/|-])"
_AFTER_LABEL = re.compile(
    rf"(?P<head>\b(?:{_LABEL})\s*[:=]\s*)(?P<num>[{_GLYPHS}]{{1,4}}){_END}", re.IGNORECASE
)
# "en exercice : il": "11" read as the French word "il" (or "Il", "ll"), at the end of the line
# after a count label only — "Absents : Il est …" keeps its word.
_ELEVEN = re.compile(
    rf"(?P<head>\b(?:{_LABEL}|d[ée]lib[ée]ration)\s*[:=]\s*)(?P<num>[iIl|!]{{2}})(?=\s*$)",
    re.IGNORECASE,
)
# "DONT l3 PROCURATION(S)", "par 2S voix pour"
_BEFORE_LABEL = re.compile(
    rf"(?P<head>\b(?:dont|par)\s+)(?P<num>[{_GLYPHS}]{{1,4}})"
    r"(?=\s+(?:procurations?|pouvoirs?|voix|membres|pr[ée]sents?|votants)\b)",
    re.IGNORECASE,
)
_MONTHS = (
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|"
    r"d[ée]cembre"
)
# "ler janvier", "lerjanvier" → "1er janvier"
_FIRST = re.compile(rf"(?<!\w)[lI|]er\s*(?=(?:{_MONTHS})\b)", re.IGNORECASE)
# "l5 décembre 2O23" → "15 décembre 2023": a day before a month, a year after one.
_DAY = re.compile(rf"(?<!\w)(?P<num>[{_GLYPHS}]{{1,2}})(?=\s+(?:{_MONTHS})\b)", re.IGNORECASE)
_YEAR = re.compile(rf"(?P<head>\b(?:{_MONTHS})\s+)(?P<num>[{_GLYPHS}]{{4}}){_END}", re.IGNORECASE)
# "PROCURATION(S" at the end of a box whose ")" the frame swallowed.
_OPEN_PLURAL = re.compile(r"(?<=[A-Za-zÀ-ÿ])\((?P<s>[sS])(?![\w)])")


def correct_line(text: str) -> str:
    """Swap look-alike glyphs for digits in counts and dates; close "(S".

    Conservative: a number is changed only next to a count label or a month, only when it then
    reads as digits, and one glyph in gives one digit out — nothing is added. A lone letter
    counts as a digit only after a label, and only for O and 1-like glyphs ("CONTRE : O");
    two 1-like glyphs ("il") only after a label at the end of the line.
    """
    if _FIRST.search(text):
        text = _FIRST.sub("1er ", text)
    text = _OPEN_PLURAL.sub(r"(\g<s>)", text)
    text = _ELEVEN.sub(lambda m: m.group("head") + "11", text)
    if not any(c in text for c in _WITH_DIGIT):
        return text
    text = _AFTER_LABEL.sub(_fix_lone_or_number, text)
    text = _BEFORE_LABEL.sub(_fix_number, text)
    text = _DAY.sub(_fix_number, text)
    return _YEAR.sub(_fix_number, text)


def _fix_lone_or_number(match: re.Match[str]) -> str:
    return _fix(match, lone=True)


def _fix_number(match: re.Match[str]) -> str:
    return _fix(match, lone=False)


def _fix(match: re.Match[str], *, lone: bool) -> str:
    number = match.group("num")
    whole = match.group(0)
    if number.isdigit():
        return whole
    has_digit = any(c.isdigit() for c in number)
    if not has_digit and not (lone and len(number) == 1):
        # "Ol", "II", or a lone letter away from a label: more likely a word than a count.
        return whole
    table = _WITH_DIGIT if has_digit else _ALWAYS
    if not all(c.isdigit() or c in table for c in number):
        return whole
    fixed = "".join(c if c.isdigit() else table[c] for c in number)
    return whole[: match.start("num") - match.start(0)] + fixed
