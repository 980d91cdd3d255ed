"""Membership counts as stated: in office, present, represented, absent, voters."""

from __future__ import annotations

import regex

from delib_parse.lazyre import lazy
from delib_parse.parse.dates import words_to_number
from delib_parse.parse.spans import CountSpans
from delib_parse.vocab.counts import (
    COUNT_LABELS,
    COUNT_LINKS,
    COUNT_QUALIFIERS,
    NUMBER_FIRST_COUNTS,
    PROXY_WORDS_IN_COUNTS,
    SPLITS_VOTERS,
    TABLE_HEADING_WORDS,
    TABLE_HEADINGS,
    WORDED_COUNTS,
)
from delib_parse.vocab.dates import NUMBER_WORDS

_LINKS = "|".join(COUNT_LINKS)
_COUNT_NOUNS = r"votants?|présents?|pouvoirs?|procurations?|absents?|représentés?|exprimés?"
_QUALIFIERS = "|".join(COUNT_QUALIFIERS)
_LABELS = [
    (
        field,
        lazy(
            # The number stands on the label's line: a label above a row of numbers is a
            # table's heading (_table_counts).
            # "(48)" is the number too; "15/15" (of 15) is read as 15, a date "12/03/2021" not.
            rf"(?<![\p{{L}}])(?:{pattern})(?:[ \t]+(?:{_QUALIFIERS}))?[ \t]*(?:\([^)]*\))?(?:[ \t]+(?:{_LINKS}))?"
            # (after a dash, not the number of the next count said number first: "2 pouvoirs
            # – 12 votants")
            rf"(?:[ \t]*[:=]?[ \t]*|[ \t]*[\-–][ \t]*(?!\(?\d{{1,4}}\)?[ \t]+(?:{_COUNT_NOUNS})\b))"
            r"\(?(\d{1,4})\)?"
            # "Présents : 1. SCHELLENBERGER Raphaël 2. BLASER …" numbers a list, counts nothing
            # (a list starts at 1; "votants : 27. Secrétaire : …" ends a sentence).
            r"(?!\d)(?![.,]\d)(?!(?<=(?<!\d)1)\.\s*\p{Lu})(?!/\d{1,4}/)(?=/(\d{1,4})|)",
            regex.IGNORECASE,
        ),
    )
    for field, pattern in COUNT_LABELS
]
_NUMBER_FIRST = [(f, lazy(p, regex.IGNORECASE)) for f, p in NUMBER_FIRST_COUNTS]
_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_NUM = rf"(?P<num>\d{{1,3}}|(?:{_WORD})(?:[ \t\-]+(?:et[ \t\-]+)?(?:{_WORD}))*)"
_WORDED = [(f, lazy(p.format(num=_NUM), regex.IGNORECASE)) for f, p in WORDED_COUNTS]
# A label then its number in words: "Nombre de conseillers en exercice : quinze".
_LABELS_IN_WORDS = [
    (
        field,
        lazy(
            rf"(?<![\p{{L}}])(?:{pattern})[ \t]*:[ \t]*"
            rf"(?P<num>(?:{_WORD})(?:[ \t\-]+(?:et[ \t\-]+)?(?:{_WORD}))*)(?![\p{{L}}])",
            regex.IGNORECASE,
        ),
    )
    for field, pattern in COUNT_LABELS
]
_WORD_AFTER_COLON = lazy(rf":[ \t]*(?:{_WORD})(?![\p{{L}}])", regex.IGNORECASE)
_HEADINGS = [(f, lazy(rf"(?:{p})", regex.IGNORECASE)) for f, p in TABLE_HEADINGS]
# A row of numbers under the labels' row, spaced or between bars ("24 | 17 | 3 | 20").
_NUMBERS_LINE = lazy(r"^\s*\|?\s*(\d{1,4}(?:(?:\s*\|\s*|\s+)\d{1,4})+)\s*\|?\s*$")
_CELL_BREAK = lazy(r"\s*\|\s*|\s+")


def parse_counts(text: str, base: int = 0) -> tuple[dict[str, int], CountSpans, list[str]]:
    """Return (values, where each was read, derived) of the counts stated in text (the sitting's header
    zone); `derived` names the values computed from others the text states."""
    values: dict[str, int] = {}
    derived: list[str] = []
    voters_split = False
    at = CountSpans()
    taken: list[tuple[int, int]] = []
    for field, pattern in _LABELS:
        if field in values:
            continue
        for m in pattern.finditer(text):
            # A span already read for another field ("présents" inside "non présents") is not
            # read twice.
            if any(a <= m.start(1) < b for a, b in taken):
                continue
            if m.group(2) is not None and int(m.group(2)) < int(m.group(1)):
                continue  # "12/03": a day and a month, not "12 of 3"
            values[field] = int(m.group(1))
            at.set(field, base + m.start(1))
            taken.append((m.start(), m.end()))
            if field == "present" and m.group(2) is not None and "in_office" not in values:
                # "Présents : 15/19", "Membres (36/72)": present out of those in office
                values["in_office"] = int(m.group(2))
                at.in_office = base + m.start(2)
            break
    # (only where a colon is followed by a number in words: one scan, not one a label)
    worded_after_colon = _WORD_AFTER_COLON.search(text) is not None
    if worded_after_colon:
        _read_in_words(_LABELS_IN_WORDS, text, base, values, at)
    for field, pattern in _NUMBER_FIRST:
        m = pattern.search(text)
        if m and field not in values:
            values[field] = int(m.group(1) or 0)
            at.set(field, base + m.start())
            voters_split = voters_split or field in SPLITS_VOTERS
    worded = _read_in_words(_WORDED, text, base, values, at)
    if (
        "present" in worded
        and "represented" not in values
        and "voters" not in values
        and any(w in text.casefold() for w in PROXY_WORDS_IN_COUNTS)
    ):
        del values["present"]  # its proxies unread: alone it would make the tally too large
        at.present = None
    _table_counts(text, base, values, at)
    _column_counts(text, base, values, at)
    voters, represented = values.get("voters"), values.get("represented")
    if (
        voters_split
        and "present" not in values
        and voters is not None
        and represented is not None
        and represented <= voters
    ):
        # "qui ont pris part à la délibération : 11 / dont 3 procurations": the document
        # splits those who took part, so the other 8 sat in person. Said to be derived, so
        # that no rule holds the document to a number it did not print.
        values["present"] = voters - represented
        at.present = at.voters
        derived.append("present")
    return values, at, derived


_VALUE_LINE = lazy(r"^[ \t]*[:=]?[ \t]*(\d{1,4})[ \t]*$")


def _column_counts(text: str, base: int, values: dict[str, int], at: CountSpans) -> None:
    """A box read column by column: the labels one per line, then their values one per line
    ("Nombre de membres / En exercice / Présents / Votants / : 15 / : 15 / : 15")."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    i = 0
    while i < len(lines):
        fields: list[str] = []
        j = i
        while j < len(lines) and (field := _heading_only(lines[j])) is not None:
            fields.append(field)
            j += 1
        numbers: list[tuple[int, int]] = []
        k = j
        while k < len(lines) and len(numbers) < len(fields) and (m := _VALUE_LINE.match(lines[k])):
            numbers.append((int(m.group(1)), starts[k]))
            k += 1
        if len(fields) >= 2 and len(numbers) == len(fields):
            for field, (number, start) in zip(fields, numbers, strict=True):
                if field not in values:
                    values[field] = number
                    at.set(field, base + start)
            i = k
        else:
            i = j + 1 if j > i else i + 1


def _heading_only(line: str) -> str | None:
    """The count field a line names when it is nothing but a column heading ("Présents")."""
    folded = line.casefold()
    if not any(w in folded for w in TABLE_HEADING_WORDS):
        return None
    for field, pattern in _HEADINGS:
        m = pattern.search(line)
        if m and not line[: m.start()].strip() and not line[m.end() :].strip(" \t:"):
            return field
    return None


def _read_in_words(
    patterns: list[tuple[str, regex.Pattern[str]]],
    text: str,
    base: int,
    values: dict[str, int],
    at: CountSpans,
) -> set[str]:
    """The counts of fields not yet read that patterns find, each with its number in words
    or digits as group "num"; the fields read."""
    read: set[str] = set()
    for field, pattern in patterns:
        if field in values:
            continue
        m = pattern.search(text)
        number = words_to_number(m.group("num")) if m else None
        if m and number is not None:
            values[field] = number
            at.set(field, base + m.start("num"))
            read.add(field)
    return read


def _table_counts(text: str, base: int, values: dict[str, int], at: CountSpans) -> None:
    lines = text.split("\n")
    pos = 0
    for i, line in enumerate(lines[:-1]):
        # (a blank line between the rows: a rule of a drawn table, emptied by the source)
        k = i + 2 if not lines[i + 1].strip() and i + 2 < len(lines) else i + 1
        nxt = lines[k]
        m = _NUMBERS_LINE.match(nxt) if line.strip() else None
        if m:
            found = []
            for field, pattern in _HEADINGS:
                h = pattern.search(line)
                if h:
                    found.append((h.start(), field))
            numbers = _CELL_BREAK.split(m.group(1))
            if len(found) >= 2 and len(found) == len(numbers):
                found.sort()
                for (_, field), number in zip(found, numbers, strict=True):
                    if field not in values:
                        values[field] = int(number)
                        at.set(field, base + pos + sum(len(x) + 1 for x in lines[i:k]))
        pos += len(line) + 1


_RESTATED = ("present", "represented", "voters")
_RESTATED_WORDS = ("présent", "present", "pouvoir", "procuration", "votant", "représent")
_TALLY_WORDS_RE = lazy(r"\b(?:pour|contre|abstention|abst\.|unanimit)", regex.IGNORECASE)


def restated_counts(text: str, start: int) -> list[tuple[int, dict[str, int]]]:
    """The counts stated again during the sitting, after `start` (the first item): a line that
    gives two or more of présents, pouvoirs and votants and no tally ("Présents : 51 –
    Pouvoirs : 3 – Votants : 54" after an arrival). Each holds from its line's end on:
    (offset, values)."""
    out: list[tuple[int, dict[str, int]]] = []
    pos = start
    for line in text[start:].split("\n"):
        low = line.lower()
        if sum(w in low for w in _RESTATED_WORDS) >= 2 and not _TALLY_WORDS_RE.search(line):
            values, _, derived = parse_counts(line)
            found = {k: v for k, v in values.items() if k in _RESTATED and k not in derived}
            if len(found) >= 2:
                out.append((pos + len(line), found))  # (from the line's end: a move said
                # on the same line, "X rejoint la séance. Présents : 26 …", is counted in it)
        pos += len(line) + 1
    return out
