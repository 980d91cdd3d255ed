"""Helpers the rules share: who is who, and how many were there.

Counts are what the document states; lists are what it names. A rule that needs a number
takes the stated count and falls back to the length of the list when no count is printed.
"""

from __future__ import annotations

from collections.abc import Iterable

from delib_parse.model.document import Deliberation, Person
from delib_parse.model.names import (
    FEMALE_CIVILITIES,
    MALE_CIVILITIES,
    fold,
    gender,
    same_member,
)

__all__ = ["gender", "same_member"]  # the rules take them from here with the other helpers

# The president named by function ("M. le Maire", "Madame la Présidente").
_FUNCTION_WORDS = frozenset({"maire", "president", "presidente"})
_ARTICLES = frozenset({"le", "la", "l"})
_CIVILITY_WORDS = MALE_CIVILITIES | FEMALE_CIVILITIES


def among(person: Person, people: Iterable[Person]) -> bool:
    return any(same_member(person, p) for p in people)


def names_the_president(person: Person) -> bool:
    """True for a person written by function only: "M. le Maire", "Madame la Présidente"."""
    words = fold(f"{person.name} {person.role or ''}").split()
    rest = [w for w in words if w not in _ARTICLES and w not in _CIVILITY_WORDS]
    return bool(rest) and all(w in _FUNCTION_WORDS for w in rest)


def president_of(d: Deliberation) -> Person | None:
    """The sitting's president as a named person: the stated president, or else the one member
    of the present list whose role is "Maire" / "Président(e)"."""
    stated = d.sitting.president
    if stated is not None and not names_the_president(stated):
        return stated
    chairs = [p for p in d.present if fold(p.role or "") in _FUNCTION_WORDS]
    return chairs[0] if len(chairs) == 1 else None


def stated_present(d: Deliberation) -> int | None:
    """The count of members present as printed (not one delib derived from other counts)."""
    return None if "present" in d.counts.derived else d.counts.present


def present_number(d: Deliberation) -> int | None:
    """Members present: the stated count, else the length of the present list, else the
    count derived from the voters ("11 … dont 3 procurations")."""
    if (stated := stated_present(d)) is not None:
        return stated
    return len(d.present) if d.present else d.counts.present


def represented_number(d: Deliberation) -> int | None:
    """Members represented: the stated count, "dont N procurations", or the proxies listed."""
    if d.counts.represented is not None:
        return d.counts.represented
    if d.vote is not None and d.vote.proxies_included is not None:
        return d.vote.proxies_included
    return len(d.proxies) if d.proxies else None


def in_office_number(d: Deliberation) -> tuple[int | None, str]:
    """Members in office and what was assumed to get it ("" when it is stated)."""
    if d.counts.in_office is not None:
        return d.counts.in_office, ""
    if d.counts.seats is not None:
        return d.counts.seats, "en exercice non indiqué, nombre de sièges pris"
    return None, ""


def moved(d: Deliberation) -> bool:
    """Whether members arrived, left or withdrew since the opening (minutes, item by item)."""
    return bool(d.arrived or d.left or d.withdrawn)


def present_for_item(d: Deliberation) -> int | None:
    """Members present for this item's vote.

    The stated count is the opening's (minutes state it once): members who arrived since are
    added, members who left or withdrew as interested are taken off. Without a count, the
    present list is the item's own (the builder moves those members), less any member of
    `withdrawn` still in it.
    """
    if (stated := stated_present(d)) is not None:
        return max(stated + len(d.arrived) - len(d.left) - len(d.withdrawn), 0)
    if d.present:
        return sum(1 for p in d.present if not among(p, d.withdrawn))
    # Not a derived count: those who took part in person are fewer than those in the room
    # when a member present did not vote, so it would hold a quorum to too low a number.
    return None


def represented_for_item(d: Deliberation) -> int | None:
    """Members represented for this item: the proxies listed when members moved (a member
    who leaves may give a proxy, one who arrives takes theirs back), else as stated."""
    if moved(d) and d.proxies:
        return len(d.proxies)
    return represented_number(d)


def note_pages(notes: dict[str, object], key: str) -> list[int]:
    """Page numbers the API passed in the rule notes (unreadable pages, OCR'd pages)."""
    pages = notes.get(key)
    if not isinstance(pages, list | tuple | set | frozenset):
        return []
    return sorted({p for p in pages if isinstance(p, int)})
