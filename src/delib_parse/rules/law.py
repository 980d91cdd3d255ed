"""Delays of the CGCT the rules apply, as data: jours francs and convocation delays by kind of
authority.

A "jour franc" is a whole day: neither the day the convocation is sent nor the day of the
sitting counts, so jours francs = (sitting − sending) in days − 1.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


def jours_francs(sent: dt.date, sitting: dt.date) -> int:
    return (sitting - sent).days - 1


@dataclass(frozen=True, slots=True)
class Delay:
    days: int
    francs: bool  # counted in jours francs (else "au moins N jours": plain difference)
    basis: str
    assumption: str = ""  # what was assumed to pick it, said in the finding


# Authority kinds (vocab/bodies.py) → ordinary convocation delay.
CONVOCATION_DELAYS: dict[str, Delay] = {
    # Population is not printed on an extract: the less strict delay (< 3 500 inhabitants)
    # is used, and the finding says so.
    "commune": Delay(3, True, "CGCT L2121-11", "commune de moins de 3 500 habitants supposée"),
    "epci": Delay(5, True, "CGCT L5211-1, L2121-12"),
    "metropole": Delay(5, True, "CGCT L5211-1, L2121-12"),
    "syndicat": Delay(5, True, "CGCT L5211-1, L2121-12"),
}
# Urgency: the delay may be shortened, never below one jour franc.
URGENCY_DELAY = Delay(1, True, "CGCT L2121-11, L2121-12")
# Kind not read: the smallest ordinary delay of any kind.
UNKNOWN_KIND_DELAY = Delay(3, True, "CGCT L2121-11", "nature de la collectivité non lue")
# Départements and régions: the 12 days are for sending the report (L3121-19, L4132-18),
# not a jours-francs rule for the convocation; D001 gives a warning when the convocation,
# which usually carries the report, is sent later than that.
REPORT_DELAYS: dict[str, Delay] = {
    "departement": Delay(12, False, "CGCT L3121-19 (délai d'envoi du rapport)"),
    "region": Delay(12, False, "CGCT L4132-18 (délai d'envoi du rapport)"),
}
# Alsace-Moselle (départements 57, 67, 68), communes: "trois jours au moins" (not francs),
# "la veille" in urgency (CGCT L2541-2). The département is not in the model: the API may
# pass it as notes={"departement": "67"}.
ALSACE_MOSELLE = frozenset({"57", "67", "68"})
ALSACE_MOSELLE_DELAY = Delay(3, False, "CGCT L2541-2 (Alsace-Moselle)")
ALSACE_MOSELLE_URGENCY = Delay(1, False, "CGCT L2541-2 (Alsace-Moselle)")

# Assembly kinds → authority kind, when only the assembly was read.
ASSEMBLY_KINDS: dict[str, str] = {
    "conseil_municipal": "commune",
    "conseil_communautaire": "epci",
    "bureau_communautaire": "epci",
    "conseil_metropolitain": "metropole",
    "bureau_metropolitain": "metropole",
    "comite_syndical": "syndicat",
    "conseil_departemental": "departement",
    "conseil_regional": "region",
}

QUORUM_BASIS: dict[str, str] = {
    "commune": "CGCT L2121-17",
    "epci": "CGCT L5211-1, L2121-17",
    "metropole": "CGCT L5211-1, L2121-17",
    "syndicat": "CGCT L5211-1, L2121-17",
    "departement": "CGCT L3121-14",
    "region": "CGCT L4132-13",
}


def authority_kind(authority_kind: str | None, assembly_kind: str | None) -> str | None:
    if authority_kind:
        return authority_kind
    return ASSEMBLY_KINDS.get(assembly_kind or "")
