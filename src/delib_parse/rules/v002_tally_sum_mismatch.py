"""The tally does not add up to the voters.

What it checks:
    When "Votants : N" is printed: N = yes + no + abstain (+ blank); when "Suffrages
    exprimés : N" is printed: N = yes + no. In an election (or a choice between offers),
    "yes" is every candidate's votes together. When no voters figure is printed: yes + no +
    abstain + not_voting (+ blank) = present + represented for the item
    (`common.present_for_item`: members who withdrew as interested, arrived or left are
    accounted for). Only a tally with its "pour"
    figure is checked; a missing "contre" or "abstention" figure counts as 0.
Why it matters:
    Votants and tally printed side by side that disagree show a copying error in the
    result; a tally short of the members present means someone's vote was not recorded.
Fails:
    "Votants : 48 … Pour : 40 Contre : 5 Abstentions : 2"; "POUR : 80 CONTRE : 0" with 73
    present and 13 represented. A warning when the tally counts members the minutes record
    leaving at a time they do not relate to the vote ("Départ de Maryline et Nelly à 20H50"
    in the opening, then "15 pour" for 15 present).
Passes:
    "Votants : 48 … Pour : 40 Contre : 5 Abstentions : 3"; "Qui ont pris part à la
    délibération : 27 pour: 0 contre: 0 abstention(s): 0 non votant(s) : 27"; "POUR : 86 CONTRE : 0 ABSTENTION :
    0 NE SE PRONONCE PAS : 0" with 73 present and 13 represented; four offers with "19 VOIX"
    / "1 VOIX" / "1 VOIX" / "0 VOIX" for 15 present and 6 represented.
Legal basis:
    Internal consistency.
"""

from __future__ import annotations

from collections.abc import Iterator

from delib_parse.model.document import Deliberation
from delib_parse.rules.base import RawFinding, RuleContext
from delib_parse.rules.common import present_for_item, represented_for_item

CODE = "V002"
NAME = "tally-sum-mismatch"
SEVERITY = "error"
SCOPE = "deliberation"


def check(d: Deliberation, ctx: RuleContext) -> Iterator[RawFinding]:
    v = d.vote
    if v is None or v.yes is None:
        return
    yes, no, abstain, blank = v.yes, v.no or 0, v.abstain or 0, v.blank or 0
    if v.candidates:
        # An election, or a choice between offers: every candidate's votes were cast, not
        # only the winner's (`yes`).
        yes = sum(c.votes for c in v.candidates)
    voters, expressed = d.counts.voters, d.counts.expressed
    if voters is not None:
        tally = yes + no + abstain + blank
        # "Qui ont pris part à la délibération : 27 … non votant(s) : 27" (Le Trait 2012): a
        # figure of those who took part counts the members who did not vote as well; the
        # sitting's votants count a member who withdrew from this item as interested.
        if tally not in (voters, voters - (v.not_voting or 0), voters - len(d.withdrawn)):
            yield ctx.finding(
                f"{voters} votants stated but {yes} pour + {no} contre + {abstain} abstentions"
                + (f" + {blank} blancs" if blank else "")
                + f" = {tally}",
                at="counts.voters",
            )
    if expressed is not None and yes + no != expressed:
        yield ctx.finding(
            f"{expressed} suffrages exprimés stated but {yes} pour + {no} contre = {yes + no}",
            at="counts.expressed",
        )
    if voters is not None or expressed is not None:
        return
    present = present_for_item(d)
    if present is None:
        return
    represented = represented_for_item(d) or 0
    not_voting = v.not_voting or 0
    tally = yes + no + abstain + blank + not_voting
    expected = present + represented
    # Members recorded leaving at a moment the minutes do not place: the tally may count
    # them or not; counting them all is worth a warning, since they may have gone already.
    arrivals = len(d.arrived_time_unknown)
    if arrivals and expected < tally <= expected + arrivals:
        return  # V001 notes it
    unplaced = len(d.left_time_unknown)
    if unplaced and expected - unplaced <= tally <= expected:
        if tally == expected:
            names = ", ".join(p.name for p in d.left_time_unknown)
            yield ctx.finding(
                f"{tally} votes count {names}, recorded as leaving during the sitting at a "
                "time the minutes do not relate to this vote",
                at="vote",
                severity="warning",
            )
        return
    # A member withdrawn as interested may also be counted as not taking part.
    if tally not in (expected, expected + len(d.withdrawn)):
        yield ctx.finding(
            f"{tally} votes (pour, contre, abstentions, ne prend pas part) for "
            f"{present} présents + {represented} représentés = {expected}",
            at="vote",
        )
