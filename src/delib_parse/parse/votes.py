"""The vote: tally, unanimity, outcome, names of those against, abstaining or not voting."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, cast

import regex

from delib_parse.lazyre import lazy
from delib_parse.model.document import Candidate, Person, Vote
from delib_parse.parse.people import parse_people, parse_person
from delib_parse.vocab.votes import (
    BARE_TALLY_END,
    BLANK_NAMES,
    CANDIDATE_LINE,
    CANDIDATE_SENTENCE,
    ELECTED,
    EXPRESSED,
    OUTCOME_WORDS,
    PROXIES_INCLUDED,
    TALLY_WORDS,
    UNANIMOUS,
    UNANIMOUS_LESS,
    UNANIMOUS_OF_EXPRESSED,
    VOTERS,
)

_NUM = r"(\d{1,4}|z[ée]ro|aucune?)"
# "POUR : 86", "Contre : 3 (M. X, Mme Y)", "Abstention : M. Tanguy" (names, no number)
_WORD_FIRST = [
    (
        f,
        lazy(
            rf"(?<![\p{{L}}'])(?:{p})\s*(?:\(s\))?\s*[:=]\s*{_NUM}(?!\s*[/.]\d)(?:\s*\(([^)]*)\))?",
            regex.IGNORECASE,
        ),
    )
    for f, p in TALLY_WORDS
]
# "par 25 voix pour, 3 contre (M. X, Mme Y) et 1 abstention", "11 voix pour", "0 contre"
_NUMBER_FIRST = [
    (
        f,
        lazy(
            rf"(?<![\d/])\b{_NUM}\s+(?:(?:voix|votes?)\s+(?:{p})\b|(?:{p})\b{BARE_TALLY_END})(?:\s*\(([^)]*)\))?",
            regex.IGNORECASE,
        ),
    )
    for f, p in TALLY_WORDS
]
_NAMES_AFTER = {
    "no": lazy(
        r"(?<![\p{L}])contre\s*:\s*((?:M\.|Mme|Monsieur|Madame|MM\.)[^\n]+)", regex.IGNORECASE
    ),
    "abstain": lazy(
        r"abstentions?\s*:\s*((?:M\.|Mme|Monsieur|Madame|MM\.)[^\n]+)", regex.IGNORECASE
    ),
}
# "Pour le changement de prestataire : 13 votes" (Couthenans)
_LABELLED = [
    (
        f,
        lazy(
            rf"(?<![\p{{L}}'])(?:{p})\b[^:\n]{{1,60}}:\s*(\d{{1,4}})\s*(?:votes?|voix)\b",
            regex.IGNORECASE,
        ),
    )
    for f, p in TALLY_WORDS[:3]
]
_NOT_VOTING_SENTENCE = lazy(
    r"((?:(?:M\.|Mme|Monsieur|Madame)\s+)?[\p{Lu}][\p{L}'\-]+(?:\s+[\p{Lu}][\p{L}'\-]+){0,3})\s+"
    r"(?:ne\s+(?:prend|prenant)\s+pas\s+part\s+au\s+vote|n'(?:a|ayant)\s+pas\s+pris\s+part\s+au\s+vote|ne\s+participe\s+pas\s+au\s+vote|indique\s+ne\s+pas\s+vouloir\s+prendre\s+part\s+au\s+vote)",
)
UNANIMOUS_RE = lazy(UNANIMOUS, regex.IGNORECASE)
UNANIMOUS_LESS_RE = lazy(UNANIMOUS_LESS, regex.IGNORECASE)
_SMALL_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}
UNANIMOUS_EXPRESSED_RE = lazy(UNANIMOUS_OF_EXPRESSED, regex.IGNORECASE)
PROXIES_RE = lazy(PROXIES_INCLUDED, regex.IGNORECASE)
VOTERS_RE = lazy(rf"(?<![\p{{L}}]){VOTERS}\s*[:=]?\s*(\d{{1,4}})", regex.IGNORECASE)
EXPRESSED_RE = lazy(rf"{EXPRESSED}\s*[:=]?\s*(\d{{1,4}})", regex.IGNORECASE)
CANDIDATE_RE = lazy(CANDIDATE_LINE)
CANDIDATE_SENTENCE_RE = lazy(CANDIDATE_SENTENCE)
DESIGNATED_RE = lazy(r"\best\s+(?:élue?|désignée?|proclamée?)\b", regex.IGNORECASE)
ELECTED_RE = lazy(ELECTED, regex.IGNORECASE)
BLANK_RE = lazy(BLANK_NAMES, regex.IGNORECASE)
OUTCOME_RES = [(o, lazy(p, regex.IGNORECASE)) for o, p in OUTCOME_WORDS]


@dataclass(slots=True)
class VoteResult:
    vote: Vote | None
    voters: int | None = None
    expressed: int | None = None
    offsets: dict[str, int] = field(default_factory=dict)


def _number(text: str) -> int:
    return int(text) if text.isdigit() else 0


_SENTENCE_END = lazy(r"(?<=\p{L}{2})\.\s+")
_PROSE_WORD = lazy(r"\b(?!et\b|de\b|du\b|des\b|le\b|la\b)\p{Ll}{2,}\b")


def _names(text: str | None) -> list[Person]:
    """Names in "(M. LEBLANC, Mme DEBUISSER et M. THUILLIER. M. LEBLANC indique qu'…)": the
    list ends where a sentence goes on in words."""
    if not text:
        return []
    kept = []
    for sentence in _SENTENCE_END.split(text):
        if _PROSE_WORD.search(sentence):
            break
        kept.append(sentence)
    return parse_people(". ".join(kept))


def parse_vote(text: str, base: int = 0) -> VoteResult:
    """Read the vote in text (the deliberation's decision zone)."""
    values: dict[str, int] = {}
    names: dict[str, list[Person]] = {}
    offsets: dict[str, int] = {}
    candidates, blank = _election(text)
    if candidates:
        elected = [c for c in candidates if c.elected] or [max(candidates, key=lambda c: c.votes)]
        values["yes"] = elected[0].votes
        if blank is not None:
            values["blank"] = blank
    for fields_re in () if candidates else (_WORD_FIRST, _NUMBER_FIRST):
        for f, pattern in fields_re:
            if f in values:
                continue
            m = pattern.search(text)
            if m:
                values[f] = _number(m.group(1))
                offsets[f] = base + m.start()
                if m.group(2):
                    names[f] = _names(m.group(2))
        if values:
            break  # one document uses one form; mixing would read "86 ABSTENTION" as 86.
    if not values:
        for f, pattern in _LABELLED:
            m = pattern.search(text)
            if m and f not in values:
                values[f] = int(m.group(1))
                offsets[f] = base + m.start()
    for f, pattern in _NAMES_AFTER.items():
        if f not in names:
            m = pattern.search(text)
            if m:
                names[f] = _names(m.group(1))
                offsets.setdefault(f, base + m.start())
    less = UNANIMOUS_LESS_RE.search(text)
    if less:
        word = less.group("count").lower()
        field = "abstain" if less.group("abstain") else "no"
        if field not in values:
            values[field] = int(word) if word.isdigit() else _SMALL_NUMBERS[word]
            offsets[field] = base + less.start()
    not_voting = [p for m in _NOT_VOTING_SENTENCE.finditer(text) for p in _names(m.group(1))]
    if not_voting:
        names["not_voting"] = not_voting
    # "l'unanimité moins une abstention" is the unanimity of the votes cast; "moins une voix
    # contre" is no unanimity.
    unanimous_expressed = UNANIMOUS_EXPRESSED_RE.search(text) or (
        less if less and less.group("abstain") else None
    )
    unanimous = None if less and less.group("no") else UNANIMOUS_RE.search(text)
    unanimous = unanimous or unanimous_expressed
    proxies = PROXIES_RE.search(text)
    voters = VOTERS_RE.search(text)
    expressed = EXPRESSED_RE.search(text)
    outcome: Literal["adopted", "rejected", "noted"] | None = None
    for name, pattern in OUTCOME_RES:
        if pattern.search(text):
            outcome = cast(Literal["adopted", "rejected", "noted"], name)
            break
    if not values and not unanimous and not names and not candidates:
        return VoteResult(None, _num(voters), _num(expressed), offsets)
    # Names without a number ("Abstention : M. Tanguy", "M. X ne prend pas part au vote"):
    # the count is the number of names.
    for f in ("no", "abstain", "not_voting"):
        if f not in values and names.get(f):
            values[f] = len(names[f])
    vote = Vote(
        yes=values.get("yes"),
        no=values.get("no"),
        abstain=values.get("abstain"),
        not_voting=values.get("not_voting"),
        blank=values.get("blank"),
        proxies_included=int(proxies.group(1)) if proxies else None,
        unanimous=True if unanimous else None,
        unanimous_of_expressed=bool(unanimous_expressed),
        outcome=outcome,
        no_names=names.get("no", []),
        abstain_names=names.get("abstain", []),
        not_voting_names=names.get("not_voting", []),
        candidates=candidates,
    )
    if unanimous:
        offsets.setdefault("unanimous", base + unanimous.start())
    if voters:
        offsets["voters"] = base + voters.start()
    return VoteResult(vote, _num(voters), _num(expressed), offsets)


_TALLY_NAME = lazy(r"(?i)(?:pour|contre|abstentions?|votants?|exprimés?|suffrages?)\b")


def _election(text: str) -> tuple[list[Candidate], int | None]:
    """Candidates and their votes, and the blank ballots, when at least two lines read so."""
    candidates: list[Candidate] = []
    blank: int | None = None
    for m in CANDIDATE_RE.finditer(text):
        name = m.group("name").strip(" .")
        if _TALLY_NAME.match(name):
            return [], None  # a tally, not an election
        if BLANK_RE.match(name):
            blank = (blank or 0) + int(m.group("votes"))
            continue
        candidates.append(
            Candidate(
                name=name,
                votes=int(m.group("votes")),
                elected=bool(ELECTED_RE.search(m.group("rest"))),
            )
        )
    if len(candidates) + (blank is not None) < 2 and not any(c.elected for c in candidates):
        candidates = []
        for m in CANDIDATE_SENTENCE_RE.finditer(text):
            person = parse_person(m.group("name"))
            elected = bool(ELECTED_RE.search(m.group("rest")) or DESIGNATED_RE.search(text))
            candidates.append(
                Candidate(
                    name=person.name if person else m.group("name"),
                    votes=int(m.group("votes")),
                    elected=elected,
                )
            )
        if not candidates:
            return [], None
    if blank is None:
        # "Nombre de bulletins blancs et nuls : 5 bulletins blancs"
        blank_re = next(p for f, p in _WORD_FIRST if f == "blank")
        m = blank_re.search(text)
        blank = _number(m.group(1)) if m else None
    return candidates, blank


def _num(m: regex.Match[str] | None) -> int | None:
    return int(m.group(1)) if m else None
