"""COVID-era derogations to the quorum and to proxies, as a dated table (DESIGN.md).

The derogations applied in windows, not continuously. Each row says, for sittings held on its
days (inclusive): the quorum (half + 1 of the members in office, or one third), whether the
members represented by a proxy count towards it, how many proxies one member may hold, and its
legal basis. Rules ask `regimes_on(day)`: one regime, or two on a day whose regime is not
certain, so that they can give a warning, not an error, there.

Uncertain days (DESIGN.md, "Not yet confirmed"):
- 2020-11-15: loi 2020-1379 of 14 November 2020 was published on the 15th; the window may open
  on the 15th (the table) or on the 16th (the day after publication, Code civil art. 1).
- 2021-11-11: loi 2021-1465 of 10 November 2021 was published on the 11th; same question,
  11th (the table) or 12th.
- "Un tiers des membres en exercice": one third is taken as ceil(n / 3), which is the exact
  reading of "at least one third" (3 × present ≥ n); a document that rounds down is one member
  short, and the rules give a warning for that one member.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Literal

from delib_parse.model.names import fold

QuorumKind = Literal["majority", "third"]


@dataclass(frozen=True, slots=True)
class Period:
    """One regime of the quorum and proxies, for sittings from `start` to `end` inclusive."""

    start: dt.date | None
    end: dt.date | None
    quorum: QuorumKind
    represented_count: bool  # members represented by a proxy count towards the quorum
    proxies_per_holder: int
    basis: str
    uncertain_first_days: int = 0  # first days of the window whose regime is not certain

    @property
    def label(self) -> str:
        if self.quorum == "majority":
            return f"régime ordinaire ({self.basis})"
        counted = "présents ou représentés" if self.represented_count else "présents"
        return f"dérogation COVID, quorum d'un tiers des {counted} ({self.basis})"

    @property
    def proxies_label(self) -> str:
        if self.quorum == "majority":
            return "régime ordinaire, CGCT L2121-20"
        return f"dérogation COVID, {self.basis}"

    def contains(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


ORDINARY_BASIS = "CGCT L2121-17, L2121-20"

# Rows in date order, covering every day. Source: DESIGN.md, "COVID-era derogations".
PERIODS: tuple[Period, ...] = (
    Period(None, _d("2020-03-23"), "majority", False, 1, ORDINARY_BASIS),
    Period(_d("2020-03-24"), _d("2020-04-02"), "third", False, 2, "loi 2020-290 art. 10"),
    # Represented members count, except to elect the maire and adjoints from 2020-05-13
    # (ordonnance 2020-562): see `represented_count`.
    Period(_d("2020-04-03"), _d("2020-07-10"), "third", True, 2, "ordonnance 2020-391"),
    Period(_d("2020-07-11"), _d("2020-08-30"), "third", False, 2, "loi 2020-760"),
    Period(_d("2020-08-31"), _d("2020-11-14"), "majority", False, 1, ORDINARY_BASIS),
    Period(
        _d("2020-11-15"),
        _d("2021-09-30"),
        "third",
        False,
        2,
        "loi 2020-1379 art. 6, prorogée par les lois 2021-160 et 2021-689",
        uncertain_first_days=1,
    ),
    Period(_d("2021-10-01"), _d("2021-11-10"), "majority", False, 1, ORDINARY_BASIS),
    Period(
        _d("2021-11-11"),
        _d("2022-07-31"),
        "third",
        False,
        2,
        "loi 2021-1465 art. 10",
        uncertain_first_days=1,
    ),
    Period(_d("2022-08-01"), None, "majority", False, 1, ORDINARY_BASIS),
)

# From this day represented members no longer count to elect the maire and adjoints
# (ordonnance 2020-562, art. 1).
ELECTIONS_WITHOUT_PROXIES_FROM = _d("2020-05-13")
# Folded words of a subject that elects the maire or adjoints (seen: "Election du maire",
# "Élection des adjoints au maire").
ELECTION_WORDS = ("election du maire", "election des adjoints", "election d un adjoint")


def period_on(day: dt.date) -> Period:
    for period in PERIODS:
        if period.contains(day):
            return period
    return PERIODS[-1]  # unreachable: the table covers every day


def regimes_on(day: dt.date | None) -> tuple[Period, ...]:
    """The regime of `day`, then the other one that may apply on an uncertain day. With no
    date, every distinct regime (ordinary first)."""
    if day is None:
        seen: dict[tuple[QuorumKind, bool, int], Period] = {}
        for period in PERIODS:
            seen.setdefault(
                (period.quorum, period.represented_count, period.proxies_per_holder), period
            )
        return tuple(seen.values())
    period = period_on(day)
    index = PERIODS.index(period)
    if (
        period.start is not None
        and index > 0
        and (day - period.start).days < period.uncertain_first_days
    ):
        return (period, PERIODS[index - 1])
    return (period,)


def is_uncertain(day: dt.date | None) -> bool:
    return day is not None and len(regimes_on(day)) > 1


def quorum_threshold(in_office: int, period: Period) -> int:
    """Members needed for the quorum: n // 2 + 1, or one third rounded up."""
    if period.quorum == "third":
        return math.ceil(in_office / 3)
    return in_office // 2 + 1


def proxies_per_holder(day: dt.date) -> int:
    return period_on(day).proxies_per_holder


def represented_count(period: Period, day: dt.date | None, subject: str | None) -> bool:
    """Whether members represented count towards the quorum for this item."""
    if not period.represented_count:
        return False
    if day is not None and day >= ELECTIONS_WITHOUT_PROXIES_FROM:
        title = fold(subject or "")
        if any(w in title for w in ELECTION_WORDS):
            return False
    return True
