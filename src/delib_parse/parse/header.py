"""The sitting's header: authority and assembly, date, time, convocation, president,
secretary."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field

import regex

from delib_parse.model.document import Assembly, Authority, Person
from delib_parse.parse.dates import find_dates, find_time
from delib_parse.parse.people import parse_person
from delib_parse.vocab.bodies import ASSEMBLIES, AUTHORITIES
from delib_parse.vocab.header import (
    CONVOCATION_LABELS,
    PLACE_LABELS,
    PRESIDENT_LABELS,
    SECRETARY_CANDIDATE,
    SECRETARY_LABEL,
    SECRETARY_SENTENCE,
    SITTING_DATE_LABELS,
)

_FLAGS = regex.IGNORECASE
SITTING_RES = [regex.compile(p, _FLAGS) for p in SITTING_DATE_LABELS]
CONVOCATION_RES = [regex.compile(p, _FLAGS) for p in CONVOCATION_LABELS]
PRESIDENT_RES = [regex.compile(p, _FLAGS) for p in PRESIDENT_LABELS]
SECRETARY_RE = regex.compile(SECRETARY_LABEL, _FLAGS)
PLACE_RES = [regex.compile(p, _FLAGS) for p in PLACE_LABELS]
_PLACE_TAIL = regex.compile(
    r"\s+(?:sous\s+la\s+présidence|en\s+séance|en\s+session|le\s+\d).*$", _FLAGS
)
SECRETARY_SENTENCE_RE = regex.compile(SECRETARY_SENTENCE)
SECRETARY_CANDIDATE_RE = regex.compile(SECRETARY_CANDIDATE)
_NAME_END = regex.compile(r"[\n;]|,(?!\s*(?:M\.|Mme))|\s+(?:a\s+été|est\s+désign|qui\s)")
_SECOND_CONVOCATION = regex.compile(
    r"seconde\s+convocation|deuxième\s+convocation|2(?:e|ème|nde)\s+convocation|quorum\s+n'(?:a|ayant)\s+pas\s+été\s+atteint",
    _FLAGS,
)
_URGENCY = regex.compile(r"\burgence\b", _FLAGS)


@dataclass(slots=True)
class Header:
    authority: Authority = field(default_factory=Authority)
    assembly: Assembly = field(default_factory=Assembly)
    date: dt.date | None = None
    time: str | None = None
    place: str | None = None
    convened_on: dt.date | None = None
    president: Person | None = None
    secretary: Person | None = None
    second_convocation: bool = False
    urgency: bool = False
    offsets: dict[str, int] = field(default_factory=dict)


_FOLDED: dict[int, str] = {}  # non-ASCII character → itself without its accents


def _fold(text: str) -> str:
    """Lower-case without accents: offsets in the folded text are offsets in the text (the
    normaliser has replaced ligatures). Per character through a table: headers are long."""
    for c in set(text):
        if ord(c) > 127 and ord(c) not in _FOLDED:
            d = unicodedata.normalize("NFKD", c)
            _FOLDED[ord(c)] = "".join(x for x in d if not unicodedata.combining(x))
    return text.translate(_FOLDED).lower().replace("’", "'")


def _date_after(
    patterns: list[regex.Pattern[str]], text: str, window: int = 60
) -> tuple[dt.date, int] | None:
    """The date right after the earliest label: a title ("Conseil Municipal du 13 décembre")
    comes before the sittings it cites ("procès-verbal de la séance du 22 novembre")."""
    best: tuple[dt.date, int] | None = None
    for pattern in patterns:
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best[1]:
                break
            dates = find_dates(text[m.end() : m.end() + window])
            if dates and dates[0].start <= 25:
                best = dates[0].value, m.start()
                break
    return best


_CAPS_RUN = regex.compile(
    r"\p{Lu}[\p{Lu}'\-]+(?:\s+(?:(?:de|du|des|la|le|d'|DE|DU|DES|LA|LE)\s+)?\p{Lu}[\p{Lu}'\-]+)*"
)


_COLON_OR_DIGIT = regex.compile(r"[:\d]")
_PLACE_PREPOSITION = regex.compile(r"^(?:à|au|aux|dans|en)\s+", regex.IGNORECASE)


def _trim_name(text: str) -> str:
    """A name ends where the text goes on: at a colon or a digit, and after the family name in
    capitals ("Alexandra NICOLLE Conseillers en exercice : 33" → "Alexandra NICOLLE")."""
    text = _COLON_OR_DIGIT.split(text, maxsplit=1)[0]
    caps = _CAPS_RUN.search(text)
    if caps and len(caps.group(0)) > 1:
        return text[: caps.end()]
    return text


def _person_after(patterns: list[regex.Pattern[str]], text: str) -> tuple[Person, int] | None:
    for pattern in patterns:
        for m in pattern.finditer(text):
            rest = text[m.end() : m.end() + 120]
            end = _NAME_END.search(rest)
            candidate = _trim_name(rest[: end.start()] if end else rest)
            person = parse_person(candidate)
            if person is not None:
                return person, m.end()
    return None


def _bodies(text: str, header: Header) -> None:
    folded = _fold(text[:3000])
    for phrase, assembly_kind, authority_kind in ASSEMBLIES:
        i = folded.find(phrase)
        if i < 0:
            continue
        header.assembly = Assembly(
            name=text[i : i + len(phrase)].strip().capitalize(), kind=assembly_kind
        )
        name = None
        while i >= 0 and name is None:
            # "Conseil Municipal du 13 décembre" names no authority; a later "Conseil
            # Municipal de PIERREFONDS" does.
            name = _authority_name(text, i + len(phrase))
            i = folded.find(phrase, i + 1)
        header.authority = Authority(name=name, kind=authority_kind)
        return
    for phrase, kind in AUTHORITIES:
        if phrase in folded:
            header.authority = Authority(name=None, kind=kind)
            return


_AUTH_NAME = regex.compile(
    r"^\s+(?:de\s+la\s+|du\s+|de\s+l'|de\s+|d')((?:ville|commune|communauté|métropole|syndicat|département|région)?\p{L}[^\n,.()\d]{2,60}?)(?=\s*(?:[\n,.()\d]|\s(?:du|le|s'est|a\s|sous|en\s+séance|légalement|dûment|sur)\b|$))",
    _FLAGS,
)


def _authority_name(text: str, after: int) -> str | None:
    m = _AUTH_NAME.match(text[after : after + 80])
    if not m:
        return None
    name = str(m.group(1)).strip()
    if name.isupper():
        name = " ".join(w.capitalize() if len(w) > 2 else w.lower() for w in name.split())
        name = name[0].upper() + name[1:]
    return name


def find_secretary(text: str) -> tuple[Person, int] | None:
    """The secrétaire de séance: a label, or a sentence that designates them."""
    found = _person_after([SECRETARY_RE], text)
    if found is None:
        m = SECRETARY_SENTENCE_RE.search(text) or SECRETARY_CANDIDATE_RE.search(text)
        if m:
            person = parse_person(m.group(1))
            if person is not None:
                found = person, m.start()
    return found


def parse_header(text: str, base: int = 0) -> Header:
    """Read the header fields from the sitting's opening text."""
    header = Header()
    _bodies(text, header)
    sitting = _date_after(SITTING_RES, text)
    if sitting is None:
        dates = find_dates(text[:800])
        if dates:
            sitting = dates[0].value, dates[0].start
    if sitting:
        header.date, at = sitting
        header.offsets["date"] = base + at
        header.time = find_time(text[:1200])
    for pattern in PLACE_RES:
        m = pattern.search(text[:3000])
        if m:
            place = _PLACE_TAIL.sub("", " ".join(m.group("place").split())).strip(" ,")
            place = _PLACE_PREPOSITION.sub("", place)
            if place:
                header.place = place[:1].upper() + place[1:]
                header.offsets["place"] = base + m.start("place")
                break
    convocation = _date_after(CONVOCATION_RES, text)
    if convocation:
        header.convened_on, at = convocation
        header.offsets["convened_on"] = base + at
    president = _person_after(PRESIDENT_RES, text)
    if president:
        header.president, at = president
        header.offsets["president"] = base + at
    secretary = find_secretary(text)
    if secretary:
        header.secretary, at = secretary
        header.offsets["secretary"] = base + at
    header.second_convocation = bool(_SECOND_CONVOCATION.search(text))
    header.urgency = bool(_URGENCY.search(text[:3000]))
    return header
