"""Dates and times as French documents write them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from delib_parse.lazyre import lazy
from delib_parse.vocab.dates import (
    MONTHS,
    NUMBER_MULTIPLIERS,
    NUMBER_WORDS,
    SITTING_OPENINGS,
    WEEKDAYS,
)

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_ALT = "|".join(WEEKDAYS)
_WORD_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# A number in words: "vingt-deux", "dix neuf", "vingt et un", "deux mille vingt-trois".
NUMBER_IN_WORDS = rf"\b(?:{_WORD_ALT})(?:(?:[ \t\-]+|[ \t]+et[ \t]+|-et-)(?:{_WORD_ALT}))*\b"
# A day: "16", "1er", "premier", "vingt cinq".
DAY = rf"(?:\d{{1,2}}(?:er|ER|e|è?me)?(?!\d)|{NUMBER_IN_WORDS})"
# A year: "2016" or "deux mille seize".
YEAR = rf"(?:\d{{4}}(?!\d)|{NUMBER_IN_WORDS})"
MONTH = rf"(?:{_MONTH_ALT})\b"
WEEKDAY = rf"(?:{_WEEKDAY_ALT})"
# "le deux novembre deux mille seize", "le vingt-deux mai 2019", "16 décembre deux mille
# dix-neuf": a date with its day or its year in words (both in digits is LONG_DATE).
WORD_DATE = lazy(
    rf"(?:{WEEKDAY}\s+)?(?P<day>{DAY})\s+(?P<month>{MONTH})\s+(?P<year>{YEAR})",
    regex.IGNORECASE,
)
_OPENING_DATE = rf"(?:{WEEKDAY}\s+)?(?P<day>{DAY})\s+(?P<month>{MONTH})(?:\s+(?P<year2>{YEAR}))?"
OPENING_RES = [
    lazy(
        p.replace("{year}", rf"(?P<year>{YEAR})").replace("{date}", _OPENING_DATE),
        regex.IGNORECASE,
    )
    for p in SITTING_OPENINGS
]
# "le vingt-neuf novembre", "le 23 octobre": a day and a month, the year left to the context.
DAY_MONTH = lazy(
    rf"(?:{WEEKDAY}\s+)?(?P<day>{DAY})\s+(?P<month>{MONTH})(?!\s+(?:\d|{NUMBER_IN_WORDS}))",
    regex.IGNORECASE,
)
# "jeudi 02 février 2023", "1er octobre 2021", "2 FEVRIER 2023"
LONG_DATE = lazy(
    rf"(?:(?:{_WEEKDAY_ALT})\s+)?(\d{{1,2}})\s*(?:er|ER|e|è?me)?\s+({_MONTH_ALT})\s+(\d{{4}})",
    regex.IGNORECASE,
)
# "27/01/2023", "27.01.2023", "27-01-2023", "27/01/23"
NUMERIC_DATE = lazy(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.-]?\d)")
ISO_DATE = lazy(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
TIME = lazy(r"(?<!\d)(\d{1,2})\s*(?:h|H|heures?)\s*(\d{2})?(?!\d)")
# "à 19h", "à 18 h 30", "18:30" after a date: the sitting's opening time.
SITTING_TIME = lazy(r"(?:\bà\s+|,\s*)(\d{1,2})\s*(?:h|H|heures?|:)\s*(\d{2})?(?![\d/])")


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


def words_to_number(text: str) -> int | None:
    """The value of a number written in words ("deux mille vingt et un" → 2021, "quatre-vingt-
    dix" → 90), or of digits; None when a word is not a number word."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    total = current = 0
    previous = ""
    for word in regex.split(r"[\s\-]+", text.lower()):
        if word in ("", "et"):
            continue
        value = NUMBER_WORDS.get(word)
        if value is None:
            return None
        if word in ("mille", "mil"):
            total += (current or 1) * value
            current = 0
        elif word in NUMBER_MULTIPLIERS:
            current = (current or 1) * value
        elif word.startswith("vingt") and previous == "quatre":
            current += 80 - 4  # "quatre-vingt": four twenties, not four plus twenty
        else:
            current += value
        previous = word
    return total + current


def _day(text: str) -> int | None:
    """A day of the month in digits ("1er", "16") or in words ("premier", "vingt cinq")."""
    digits = regex.match(r"\d{1,2}", text)
    value = int(digits.group(0)) if digits else words_to_number(text)
    return value if value is not None and 1 <= value <= 31 else None


def date_from_parts(year: str | int, month: str, day: str) -> dt.date | None:
    """A date from its printed parts, each in digits or in words; None when they make none."""
    y = year if isinstance(year, int) else words_to_number(year)
    m = MONTHS.get(month.lower())
    d = _day(day)
    if y is None or m is None or d is None or not 1900 <= y <= 2099:
        return None
    return _make(y, m, d)


def find_day_month(text: str) -> list[tuple[int, int, int]]:
    """Every day and month printed without a year ("le vingt-neuf novembre"), as (day, month,
    start) in order of position."""
    found: list[tuple[int, int, int]] = []
    for m in DAY_MONTH.finditer(text):
        day, month = _day(m.group("day")), MONTHS.get(m.group("month").lower())
        if day is not None and month is not None:
            found.append((day, month, m.start()))
    return found


def find_opening_date(text: str) -> FoundDate | None:
    """The date of the sitting's opening clause ("L'an deux mille seize, le deux novembre"),
    the earliest in text; the year printed after the day wins over the one before it."""
    best: FoundDate | None = None
    for pattern in OPENING_RES:
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best.start:
                break
            value = None
            for year in (m.group("year2"), m.group("year")):
                if year and value is None:
                    value = date_from_parts(year, m.group("month"), m.group("day"))
            if value is not None:
                best = FoundDate(value, m.start(), m.end())
                break
    return best


def find_dates(text: str) -> list[FoundDate]:
    """Every date in text, in order of position."""
    found: list[FoundDate] = []
    for m in WORD_DATE.finditer(text):
        if m.group("day")[:1].isdigit() and m.group("year")[:1].isdigit():
            continue  # digits only: LONG_DATE reads it
        value = date_from_parts(m.group("year"), m.group("month"), m.group("day"))
        if value:
            found.append(FoundDate(value, m.start(), m.end()))
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


_NOT_OPENING = lazy(
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
