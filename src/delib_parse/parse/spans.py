"""Where each field of a parsed record was read.

Every section parser returns its values with a `Spans` record beside them: one attribute per
field it can read, holding the offset (in the normalised text) where that value was read, or
None. The fields are declared, so a misspelt field is a type error or a KeyError at once rather
than a location silently lost, and the builder turns them into the output's `locations` by
walking the declared fields, not by guessing keys.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields


@dataclass(slots=True)
class Spans:
    """Base of the typed location records: the fields are the subclass's."""

    def _check(self, name: str) -> None:
        if name not in _names(type(self)):
            raise KeyError(f"{type(self).__name__} has no field {name!r}")

    def set(self, name: str, offset: int) -> None:
        """Record where `name` was read (for parsers whose field comes from a vocab row)."""
        self._check(name)
        setattr(self, name, offset)

    def setdefault(self, name: str, offset: int) -> None:
        """Record where `name` was read unless an earlier reading placed it already."""
        if self.get(name) is None:
            setattr(self, name, offset)

    def get(self, name: str) -> int | None:
        self._check(name)
        value: int | None = getattr(self, name)
        return value

    def items(self) -> Iterator[tuple[str, int]]:
        """The placed fields, in declaration order."""
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None:
                yield f.name, value

    def first(self) -> int | None:
        """Where the earliest placed field starts (the record's own place)."""
        return min((offset for _, offset in self.items()), default=None)


_NAMES: dict[str, frozenset[str]] = {}


def _names(kind: type[Spans]) -> frozenset[str]:
    names = _NAMES.get(kind.__qualname__)
    if names is None:
        names = _NAMES[kind.__qualname__] = frozenset(f.name for f in fields(kind))
    return names


@dataclass(slots=True)
class HeaderSpans(Spans):
    date: int | None = None
    place: int | None = None
    convened_on: int | None = None
    president: int | None = None
    secretary: int | None = None


@dataclass(slots=True)
class CountSpans(Spans):
    """The fields of the output's `counts` that a document can state."""

    seats: int | None = None
    in_office: int | None = None
    present: int | None = None
    represented: int | None = None
    absent: int | None = None
    voters: int | None = None
    expressed: int | None = None
    quorum: int | None = None
    quorum_reached_with: int | None = None


@dataclass(slots=True)
class AttendanceSpans(Spans):
    present: int | None = None
    proxies: int | None = None
    absent: int | None = None


@dataclass(slots=True)
class VoteSpans(Spans):
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    not_voting: int | None = None
    blank: int | None = None
    unanimous: int | None = None
    voters: int | None = None

    def tally(self) -> int | None:
        """Where the vote itself is: its first count or unanimity, not a sentence of the
        debate that says who takes no part ("M. X ne prend pas part au vote")."""
        counted = [o for o in (self.yes, self.no, self.abstain, self.blank, self.unanimous) if o]
        return min(counted) if counted else self.first()
