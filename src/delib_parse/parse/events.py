"""Arrivals and departures during the sitting, placed in the text so that each item's
attendance can follow them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from delib_parse.lazyre import lazy
from delib_parse.model.document import Person
from delib_parse.parse.people import CIVILITY, is_president_word, parse_people, parse_person
from delib_parse.vocab.events import ARRIVED, AT_TIME, FROM_ITEM, GIVES_PROXY, LEFT

# Each row with the phrase it needs, searched first (vocab.events: most rows find nothing).
_LEFT = [(lazy(needs), lazy(p)) for needs, p in LEFT]
_ARRIVED = [(lazy(needs), lazy(p)) for needs, p in ARRIVED]
_FROM_ITEM = lazy(FROM_ITEM, regex.IGNORECASE)
_AT_TIME = lazy(AT_TIME, regex.MULTILINE)
# How far after the move its sentence may say the proxy left, and where the sentence ends (a
# full stop, or a blank line).
_SENTENCE_REACH = 200
_SENTENCE_STOP = lazy(r"(?<=\p{L}{2}|\))\.(?:\s|$)|\n[ \t]*\n")
_GIVES_PROXY = lazy(GIVES_PROXY, regex.IGNORECASE)
_LAST_NAMED = lazy(
    rf"(?:{CIVILITY.pattern})\s*[\p{{Lu}}][\p{{L}}'\-]+(?:\s+[\p{{Lu}}][\p{{L}}'\-]+)?"
)
_PRONOUN = lazy(r"^(?:Il|Elle)$")


@dataclass(slots=True)
class Event:
    kind: Literal["left", "arrived"]
    people: list[Person]
    offset: int
    from_item: int | None = None
    timed: bool = False
    proxy_to: Person | None = None
    text: str = ""


def _people(names: str, text: str, at: int, president: Person | None) -> list[Person]:
    names = names.strip()
    if _PRONOUN.match(names):
        # "Il quitte la séance": the last member named before, in the same stretch of text.
        before = list(_LAST_NAMED.finditer(text, max(0, at - 400), at))
        if not before:
            return []
        person = parse_person(before[-1].group(0))
        return [person] if person else []
    if is_president_word(names):
        return [president] if president else []
    return parse_people(names)


def find_events(text: str, president: Person | None = None) -> list[Event]:
    events: list[Event] = []
    for kind, patterns in (("left", _LEFT), ("arrived", _ARRIVED)):
        for needs, pattern in patterns:
            if needs.search(text) is None:
                continue
            for m in pattern.finditer(text):
                people = _people(m.group("names"), text, m.start(), president)
                if not people:
                    continue
                line_end = text.find("\n", m.end())
                line_start = text.rfind("\n", 0, m.start()) + 1
                rest = text[m.end() : line_end if line_end > 0 else m.end() + 150]
                from_item = _FROM_ITEM.search(rest)
                # (the proxy the member leaves may be said on the next line of the sentence:
                # "Départ de M. X à 21 h 05, … ; il donne" / "procuration à Mme Y.")
                sentence = text[m.end() : m.end() + _SENTENCE_REACH]
                sentence = _SENTENCE_STOP.split(sentence, maxsplit=1)[0]
                proxy = _GIVES_PROXY.search(sentence) if kind == "left" else None
                events.append(
                    Event(
                        kind="left" if kind == "left" else "arrived",
                        people=people,
                        offset=m.start(),
                        from_item=int(from_item.group(1)) if from_item else None,
                        # "… quitte la séance à 21 h 10", or the time first: "À 19 h 50, M.
                        # X quitte la séance"
                        timed=bool(
                            _AT_TIME.search(rest[:40])
                            or _AT_TIME.search(text, max(line_start, m.start() - 60), m.start())
                        ),
                        proxy_to=parse_person(proxy.group("holder")) if proxy else None,
                        text=m.group(0),
                    )
                )
    events.sort(key=lambda e: e.offset)
    return events
