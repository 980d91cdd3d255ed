"""The sitting's header: authority and assembly, date, time, convocation, president,
secretary."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import regex

from delib_parse.lazyre import lazy
from delib_parse.model.document import Assembly, Authority, Person
from delib_parse.model.names import unaccent
from delib_parse.parse.dates import find_dates, find_day_month, find_opening_date, find_time
from delib_parse.parse.people import CIVILITY, parse_person
from delib_parse.parse.spans import HeaderSpans
from delib_parse.vocab.bodies import (
    ASSEMBLIES,
    AUTHORITIES,
    NAME_LOWER_WORDS,
    NAME_TRAILING_PARTICLES,
    NOT_AUTHORITY_NAMES,
)
from delib_parse.vocab.dates import MONTHS, WEEKDAYS
from delib_parse.vocab.header import (
    ANNEXED_MINUTES_HEADINGS,
    CITED_SITTING_CUES_AFTER,
    CITED_SITTING_CUES_BEFORE,
    CONVOCATION_LABELS,
    NAME_FUNCTION_WORDS,
    NAME_STOP_HEADINGS,
    NOT_NAME_STARTS,
    PLACE_LABELS,
    PRESIDENT_LABELS,
    PRESIDENT_SENTENCE_WORDS,
    PRESIDENT_SENTENCES,
    SECRETARY_LABELS,
    SECRETARY_SENTENCE_WORDS,
    SECRETARY_SENTENCES,
    SITTING_DATE_LABELS,
)
from delib_parse.vocab.people import CIVILITIES

_FLAGS = regex.IGNORECASE
SITTING_RES = [lazy(p, _FLAGS) for p in SITTING_DATE_LABELS]
ANNEXED_MINUTES_RES = [lazy(p, _FLAGS) for p in ANNEXED_MINUTES_HEADINGS]
CONVOCATION_RES = [lazy(p, _FLAGS) for p in CONVOCATION_LABELS]
PRESIDENT_RES = [lazy(p, _FLAGS) for p in PRESIDENT_LABELS]
# Each row with the words it needs (zip strict: a row added without its words fails at import).
_Sentence = tuple[tuple[str, ...], regex.Pattern[str]]
PRESIDENT_SENTENCE_RES: list[_Sentence] = [
    (words, lazy(p)) for words, p in zip(PRESIDENT_SENTENCE_WORDS, PRESIDENT_SENTENCES, strict=True)
]
SECRETARY_RES = [lazy(p, _FLAGS) for p in SECRETARY_LABELS]
PLACE_RES = [lazy(p, _FLAGS) for p in PLACE_LABELS]
_PLACE_TAIL = lazy(r"\s+(?:sous\s+la\s+présidence|en\s+séance|en\s+session|le\s+\d).*$", _FLAGS)
SECRETARY_SENTENCE_RES: list[_Sentence] = [
    (words, lazy(p)) for words, p in zip(SECRETARY_SENTENCE_WORDS, SECRETARY_SENTENCES, strict=True)
]
_CIVILITY_ALT = "|".join(regex.escape(c) for c in sorted(CIVILITIES, key=len, reverse=True))
# A name ends at a line end, a semicolon, a comma not followed by another civility, a verb, a
# heading run on into it ("Gilles SOUDARIN ORDRE DU JOUR :"), or a full stop after a word that
# is not an abbreviation ("Madame Stéphanie Vieux. Mme le maire …"; "M. Jean" goes on).
_NAME_END = lazy(
    r"[\n;]|,(?!\s*(?:M\.|Mme))|\s+(?:a\s+été|est\s+désign|qui\s)"
    rf"|(?<=\p{{L}}{{2}})(?<!\b(?:{_CIVILITY_ALT}))\.(?=\s|$)"
    rf"|\s+(?:{'|'.join(NAME_STOP_HEADINGS)})",
    _FLAGS,
)
_FUNCTION_ALT = "|".join(regex.escape(w) for w in NAME_FUNCTION_WORDS)
# "AUDONNET Serge maire", "JEUSSE Loïc, Maire", "ADAM Bernard.", "GIRARD Claire (Commune de X)":
# a capitalised given name after
# the family name in capitals belongs to the name when the name ends right after it.
_GIVEN_AFTER_CAPS = lazy(
    rf"^\s+\p{{Lu}}\p{{Ll}}[\p{{L}}'\-]*(?:\s+-\s+\p{{Lu}}\p{{Ll}}[\p{{L}}'\-]*)*"
    rf"(?=\s*(?:$|[,.;()]|\s(?i:{_FUNCTION_ALT})\b))"  # case matters for the name only
)
_TRAILING_FUNCTION = lazy(rf"\s+(?:{_FUNCTION_ALT})\s*$", _FLAGS)
# "monsieur AUDONNET Serge": a civility in lower case is still a civility.
_LOWER_CIVILITY = lazy(r"^(?:monsieur|madame|mademoiselle)\b")
_CITED_BEFORE = lazy("|".join(CITED_SITTING_CUES_BEFORE), _FLAGS)
_CITED_AFTER = lazy("|".join(CITED_SITTING_CUES_AFTER), _FLAGS)
_SENTENCE_START = lazy(r"(?:[.!?]\s|\n\s*\n|\n\s*(?=\p{Lu}))")
_SECOND_CONVOCATION = lazy(
    # Conservatoire Ardèche: "le quorum n’a été atteint" (the "pas" left out, the meaning kept)
    r"seconde\s+convocation|deuxième\s+convocation|2(?:e|ème|nde)\s+convocation"
    r"|quorum\s+n['’](?:a|ayant)\s+(?:pas\s+)?été\s+atteint",
    _FLAGS,
)
# A sitting convened in urgency (CGCT L2121-12: one jour franc). Not "l'état d'urgence
# sanitaire" of a COVID-era header (Cantal 2020), nor works "d'urgence".
_URGENCY = lazy(
    r"(?:convoqu\w*|réuni\w*|séance|session|réunion|procédure|convocation)[\s,]+(?:[\p{L}'’]+\s+){0,3}?"
    r"(?:d['’]\s?|en\s+)urgence\b"
    r"|\burgence\s+(?:a\s+été\s+|est\s+|étant\s+)?(?:déclarée|reconnue|constatée|invoquée)"
    r"|en\s+raison\s+de\s+l['’]\s?urgence",
    _FLAGS,
)


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
    at: HeaderSpans = field(default_factory=HeaderSpans)


def _fold(text: str) -> str:
    """Lower-case without accents: offsets in the folded text are offsets in the text."""
    return unaccent(text).lower().replace("’", "'")


_NOT_NAME_STARTS = frozenset(_fold(w) for w in NOT_NAME_STARTS)
# A word with another after it on the line
_FIRST_WORD = lazy(r"(\S+)[ \t]+(?=\S)")


def _cites_another_sitting(text: str, at: int) -> bool:
    """Whether the label at `at` dates a sitting that the sentence approves or reads out
    ("Approbation du compte-rendu de la réunion du 28 septembre 2016") rather than this one."""
    starts = [m.end() for m in _SENTENCE_START.finditer(text, max(0, at - 200), at)]
    sentence_start = starts[-1] if starts else max(0, at - 200)
    if _CITED_BEFORE.search(text, sentence_start, at):
        return True
    end = _SENTENCE_START.search(text, at)
    sentence_end = min(end.start() if end else len(text), at + 100)
    return bool(_CITED_AFTER.search(text, at, sentence_end))


def _date_after(
    patterns: list[regex.Pattern[str]],
    text: str,
    window: int = 60,
    year_of: dt.date | None = None,
) -> tuple[dt.date, int] | None:
    """The date right after the earliest label: a title ("Conseil Municipal du 13 décembre")
    comes before the sittings it cites ("procès-verbal de la séance du 22 novembre"), and a
    sentence that approves another sitting's minutes dates that sitting, not this one. With
    `year_of`, a date printed without its year ("convoqué le vingt-neuf novembre") takes the
    year that puts it on or before `year_of`."""
    best: tuple[dt.date, int] | None = None
    for pattern in patterns:
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best[1]:
                break
            if _cites_another_sitting(text, m.start()):
                continue
            following = text[m.end() : m.end() + window]
            dates = find_dates(following)
            if dates and dates[0].start <= 25:
                best = dates[0].value, m.start()
                break
            partial = find_day_month(following) if year_of is not None else []
            if year_of is not None and partial and partial[0][2] <= 25:
                value = _year_before(partial[0][0], partial[0][1], year_of)
                if value is not None:
                    best = value, m.start()
                    break
    return best


def _year_before(day: int, month: int, reference: dt.date) -> dt.date | None:
    """The day and month in the year of `reference`, or the year before when that would come
    after it (a convocation of 29 December for a sitting of 5 January)."""
    for year in (reference.year, reference.year - 1):
        try:
            value = dt.date(year, month, day)
        except ValueError:
            continue
        if value <= reference:
            return value
    return None


def _sitting_date(text: str) -> tuple[dt.date, int] | None:
    """The sitting's own date: the opening clause's, or the first label's; see _annexed_minutes
    and _title_or_opening for a header that gives two."""
    opening = find_opening_date(text[:4000])
    labelled = _date_after(SITTING_RES, text)
    if opening is None:
        return _annexed_minutes(text, labelled) if labelled else None
    if labelled is not None:
        return _title_or_opening(text, labelled, (opening.value, opening.start))
    return opening.value, opening.start


def _annexed_minutes(text: str, labelled: tuple[dt.date, int]) -> tuple[dt.date, int]:
    """A later sitting's cover over the minutes it approves: "Réunion du 31 mars EXPOSÉ N°1
    APPROBATION DU PROCÈS-VERBAL DU 3 MARS Réunion du 3 mars …". When a heading that approves
    an earlier sitting's minutes is followed closely by that sitting's own title (a label that
    starts with a capital and cites nothing), the text is those minutes."""
    first, at = labelled
    for pattern in ANNEXED_MINUTES_RES:
        for m in pattern.finditer(text, at, at + 500):
            cited = find_dates(text[m.end() : m.end() + 40])
            if not cited or cited[0].start > 3 or cited[0].value >= first:
                continue
            title = _title_dated(text, m.end() + cited[0].end, cited[0].value)
            if title is not None:
                return title
    return labelled


def _title_dated(text: str, start: int, date: dt.date) -> tuple[dt.date, int] | None:
    """A sitting's title dated `date` within 500 characters of `start`: a label that starts
    with a capital ("Réunion du 3 mars 2021", "COMITÉ SYNDICAL DU 3 MARS 2021"), not a mention
    in a sentence ("le procès-verbal de la séance du 3 mars …")."""
    end = start + 500
    while start < end:
        own = _date_after(SITTING_RES, text[start:end])
        if own is None:
            return None
        at = start + own[1]
        if own[0] == date and text[at].isupper():
            return own[0], at
        start = at + 1
    return None


def _title_or_opening(
    text: str, title: tuple[dt.date, int], opening: tuple[dt.date, int]
) -> tuple[dt.date, int]:
    """The opening clause, unless a title before it gives the same day and month in another
    year ("Procès-verbal du Conseil Municipal du 5 mars 2020 … L'an deux mil dix-neuf, le 5
    mars"): the document contradicts itself, most often in the clause's year written in words
    and carried over from an older sitting. The year that the header's other dates (the
    convocation, the posting) come nearer to wins; the title's when they say nothing."""
    (t, t_at), (o, o_at) = title, opening
    if t_at > o_at or (t.month, t.day) != (o.month, o.day) or t.year == o.year:
        return opening
    others = [f.value for f in find_dates(text[:4000]) if f.value not in (t, o)]
    near_title = sum(abs((d - t).days) <= 60 for d in others)
    near_opening = sum(abs((d - o).days) <= 60 for d in others)
    return opening if near_opening > near_title else title


# A family name in capitals, its parts joined by spaces, particles or a spaced hyphen (SIAEP
# Condom: "Mme BROCA - LANNAUD Marie - Thérèse", a PDF that spaced its hyphens).
_CAPS_RUN = lazy(
    r"\p{Lu}[\p{Lu}'\-]+(?:(?:\s+-\s+|\s+(?:(?:de|du|des|la|le|d'|DE|DU|DES|LA|LE)\s+)?)\p{Lu}[\p{Lu}'\-]+)*"
)


_COLON_OR_DIGIT = lazy(r"[:\d]")
_PLACE_PREPOSITION = lazy(r"^(?:à|au|aux|dans|en)\s+", regex.IGNORECASE)


def _trim_name(text: str) -> str:
    """A name ends where the text goes on: at a colon or a digit, and after the family name in
    capitals ("Alexandra NICOLLE Conseillers en exercice : 33" → "Alexandra NICOLLE")."""
    text = _COLON_OR_DIGIT.split(text, maxsplit=1)[0]
    caps = _CAPS_RUN.search(text)
    if caps and len(caps.group(0)) > 1:
        given = _GIVEN_AFTER_CAPS.match(text[caps.end() :])
        return text[: caps.end() + (given.end() if given else 0)]
    return str(_TRAILING_FUNCTION.sub("", text))


_RUN_ON = lazy(r"\s+[-–—]\s+|\s+et\s+(?=\p{Lu})")


def _person_after(patterns: list[regex.Pattern[str]], text: str) -> tuple[Person, int] | None:
    for pattern in patterns:
        for m in pattern.finditer(text):
            rest = text[m.end() : m.end() + 120]
            end = _NAME_END.search(rest)
            candidate = _trim_name(rest[: end.start()] if end else rest).strip()
            if m.groupdict().get("civility"):
                # The label ended on the civility, the name on a line of its own.
                candidate = f"{m.group('civility')} {candidate}"
            civility = _LOWER_CIVILITY.match(candidate)
            if civility:
                candidate = candidate[:1].upper() + candidate[1:]
            person = parse_person(candidate)
            if person is None and _RUN_ON.search(candidate):
                # A text without line breaks runs the name on into what follows after a dash
                # ("Michel Teyssedou - Site du Moulin du Teil - Centre …"), and two
                # secretaries are joined by "et" ("Paul Leroy et Claire Girard"): the first
                # part is the name. (A spaced dash that joins the parts of one name leaves a
                # run that reads as a person, and is kept.)
                person = parse_person(_RUN_ON.split(candidate, maxsplit=1)[0])
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


_AUTH_NAME = lazy(
    r"^\s+(?:de\s+la\s+|du\s+|de\s+l'|de\s+|d')((?:ville|commune|communauté|métropole|syndicat|département|région)?\p{L}[^\n,.()\d_]{2,60}?)(?=\s*(?:[\n,.()\d_]|\s(?:du|le|s'est|a\s|sous|en\s+séance|légalement|dûment|sur(?-i:\s+(?!\p{Lu})))\b|$))",
    _FLAGS,
)
_NOT_NAME_WORDS = NOT_AUTHORITY_NAMES | set(WEEKDAYS) | set(MONTHS)


def _authority_name(text: str, after: int) -> str | None:
    segment = text[after : after + 80]
    m = _AUTH_NAME.match(segment)
    if m and m.group(1).split()[-1].lower() in NAME_TRAILING_PARTICLES:
        # "du Pays de⏎LONGNY AU PERCHE": the name goes on on the next line.
        m = _AUTH_NAME.match(segment.replace("\n", " ", 1))
    if not m:
        return None
    name = str(m.group(1)).strip()
    if not _plausible_name(name):
        return None
    if name.isupper():
        name = " ".join(
            w.lower() if len(w) <= 2 or w.lower() in NAME_LOWER_WORDS else w.capitalize()
            for w in name.split()
        )
        name = name[0].upper() + name[1:]
    return name


def _plausible_name(name: str) -> bool:
    """A proper name: a capitalised word that is not a weekday, a month or a demonstrative
    ("Dimanche", "cette commune", "approuver" are not), and no particle left hanging at the
    end ("Pays de")."""
    words = name.split()
    if words[-1].lower() in NAME_TRAILING_PARTICLES:
        return False
    return any(
        w[:1].isupper() and w.lower() not in _NOT_NAME_WORDS and _fold(w) not in _NOT_NAME_WORDS
        for w in words
    )


def find_secretary(text: str) -> tuple[Person, int] | None:
    """The secrétaire de séance: a label, or a sentence that designates them."""
    return _person_after(SECRETARY_RES, text) or _person_named(SECRETARY_SENTENCE_RES, text)


def _person_named(patterns: list[_Sentence], text: str) -> tuple[Person, int] | None:
    """The first person a sentence names in its group 1, trying the patterns in order (a
    pattern only where the text holds one of its words: casefolding finds every form the
    pattern's own case rules accept, and more, so no match is lost)."""
    folded = text.casefold()
    for words, pattern in patterns:
        if not any(w in folded for w in words):
            continue
        for m in pattern.finditer(text):
            name, at = _name_proper(m.group(1), m.start(1))
            person = parse_person(name)
            if person is not None:
                return person, at
    return None


def _name_proper(run: str, at: int) -> tuple[str, int]:
    """The name at the end of a run of capitalised words, where the text ran a list or a
    heading on into it: from the last civility inside the run ("FABRE Marc Madame MARTIN
    Anne" → "Madame MARTIN Anne"), less words that never start a name ("Conseil Municipal
    DUPONT Anne" → "DUPONT Anne")."""
    inner = [c.start() for c in CIVILITY.finditer(run) if c.start() > 0]
    if inner:
        return run[inner[-1] :], at + inner[-1]
    while (first := _FIRST_WORD.match(run)) and _fold(first.group(1)) in _NOT_NAME_STARTS:
        run, at = run[first.end() :], at + first.end()
    return ("" if _fold(run.strip()) in _NOT_NAME_STARTS else run), at


def parse_header(text: str, base: int = 0) -> Header:
    """Read the header fields from the sitting's opening text."""
    header = Header()
    _bodies(text, header)
    # The opening clause ("L'an deux mille seize, le deux novembre") states the sitting's own
    # date; the labels below may also find sittings the header cites.
    sitting = _sitting_date(text)
    if sitting is None:
        dates = find_dates(text[:800])
        if dates:
            sitting = dates[0].value, dates[0].start
    if sitting:
        header.date, at = sitting
        header.at.date = base + at
        header.time = find_time(text[:1200])
    for pattern in PLACE_RES:
        m = pattern.search(text[:3000])
        if m:
            place = _PLACE_TAIL.sub("", " ".join(m.group("place").split())).strip(" ,")
            place = _PLACE_PREPOSITION.sub("", place)
            if place:
                header.place = place[:1].upper() + place[1:]
                header.at.place = base + m.start("place")
                break
    convocation = _date_after(CONVOCATION_RES, text, year_of=header.date)
    if convocation:
        header.convened_on, at = convocation
        header.at.convened_on = base + at
    president = _person_after(PRESIDENT_RES, text) or _person_named(PRESIDENT_SENTENCE_RES, text)
    if president:
        header.president, at = president
        header.at.president = base + at
    secretary = find_secretary(text)
    if secretary:
        header.secretary, at = secretary
        header.at.secretary = base + at
    header.second_convocation = bool(_SECOND_CONVOCATION.search(text))
    header.urgency = bool(_URGENCY.search(text[:3000]))
    return header
