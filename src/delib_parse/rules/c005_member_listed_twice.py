"""The same member appears twice in the attendance.

What it checks:
    Whether one person is in two of the present list, the proxy grantors and the absent
    list, or twice in one of them (including the names the parser found printed twice in the
    present list, `listed_twice`). People are compared with `model.names.same_person`, and
    a printed civility (M. / Mme) that differs keeps two people apart.
Why it matters:
    A member cannot be both present and represented, or present and absent: the counts built
    on the lists are wrong, and so may be the quorum.
Fails:
    "M. Paul FILY" among the present and "M. Paul FILY donne pouvoir à Mme HUGUES"; "Claire
    HUGUES" twice in the present list.
Passes:
    "M. MARTIN" present and "Mme MARTIN" absent; each member in one list once.
Legal basis:
    Internal consistency.
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation, Person
from delib_parse.model.names import person_key
from delib_parse.rules.base import RawFinding, RuleContext
from delib_parse.rules.common import gender, same_member

CODE = "C005"
NAME = "member-listed-twice"
SEVERITY = "error"
SCOPE = "deliberation"

_LIST_AT = {"présents": "present", "pouvoirs donnés": "proxies", "absents": "absent"}


def _twice_in(people: list[Person]) -> list[Person]:
    """People printed twice in one list: same name key, civilities not contradicting."""
    seen: dict[str, list[Person]] = {}  # name key → people already read with it
    out: list[Person] = []
    for p in people:
        key = person_key(p)
        gp = gender(p.civility)
        same_key = seen.setdefault(key, [])
        if any(not (gp and gq and gp != gq) for gq in (gender(q.civility) for q in same_key)):
            out.append(p)
            continue
        same_key.append(p)
    return out


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    lists = {
        "présents": list(d.present),
        # A proxy for part of the sitting ("pouvoir à M. ROIRON à partir de 10 H 50") comes
        # from a member who sat for the rest of it: listed present too, rightly.
        "pouvoirs donnés": [p.grantor for p in d.proxies if p.during is None],
        "absents": [a.person for a in d.absent],
    }
    for p in d.listed_twice:
        yield ctx.finding(f"{p.name} printed twice in the présents list", at="present")
    for label, people in lists.items():
        for p in _twice_in(people):
            yield ctx.finding(f"{p.name} listed twice among the {label}", at=_LIST_AT[label])
    names = list(lists)
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            for p in lists[first]:
                if any(same_member(p, q) for q in lists[second]):
                    yield ctx.finding(
                        f"{p.name} is both among the {first} and the {second}",
                        at=_LIST_AT[second],
                    )
