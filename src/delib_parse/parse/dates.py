"""Dates and times as French documents write them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from delib_parse.vocab.dates import MONTHS, WEEKDAYS

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_ALT = "|".join(WEEKDAYS)
# "jeudi 02 février 2023", "1er octobre 2021", "2 FEVRIER 2023"
LONG_DATE = regex.compile(
    rf"(?:(?:{_WEEKDAY_ALT})\s+)?(\d{{1,2}})\s*(?:er|ER|e|è?me)?\s+({_MONTH_ALT})\s+(\d{{4}})",
    regex.IGNORECASE,
)
# "27/01/2023", "27.01.2023", "27-01-2023", "27/01/23"
NUMERIC_DATE = regex.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.-]?\d)")
ISO_DATE = regex.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
TIME = regex.compile(r"(?<!\d)(\d{1,2})\s*(?:h|H|heures?)\s*(\d{2})?(?!\d)")
# "à 19h", "à 18 h 30", "18:30" after a date: the sitting's opening time.
SITTING_TIME = regex.compile(r"(?:\bà\s+|,\s*)(\d{1,2})\s*(?:h|H|heures?|:)\s*(\d{2})?(?![\d/])")


@dataclass(frozen=True, slots=True)
class FoundDate:
    value: dt.date
    start: int
    end: int


def _make(year: int, month: int, day: int) -> dt.date | None:
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[FoundDate]:
    """Every date in text, in order of position."""
    found: list[FoundDate] = []
    for m in LONG_DATE.finditer(text):
        month = MONTHS.get(m.group(2).lower())
        value = _make(int(m.group(3)), month, int(m.group(1))) if month else None
        if value:
            found.append(FoundDate(value, m.start(), m.end()))
    for m in NUMERIC_DATE.finditer(text):
        value = _make(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if value:
            found.append(FoundDate(value, m.start(), m.end()))
    for m in ISO_DATE.finditer(text):
        value = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if value:
            found.append(FoundDate(value, m.start(), m.end()))
    found.sort(key=lambda f: f.start)
    return found


def first_date(text: str) -> FoundDate | None:
    dates = find_dates(text)
    return dates[0] if dates else None


_NOT_OPENING = regex.compile(
    r"(?:départ|arriv|quitt|sort|jusqu|fin|clôtur|lev)\w*[^.\n]{0,30}$", regex.IGNORECASE
)


def find_time(text: str) -> str | None:
    """The sitting's opening time: the first time not attached to an arrival, a departure or
    the closing."""
    m = None
    for candidate in SITTING_TIME.finditer(text):
        if not _NOT_OPENING.search(text[max(0, candidate.start() - 40) : candidate.start()]):
            m = candidate
            break
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"
