"""From a parsed document to SCDL rows: one per deliberation, each value with where the
document says it. Export writes these rows; check compares a published row with them; fill
takes the cells a published row leaves empty from them. A value the document does not state
stays empty (or comes from what the user configured) and the row says why: nothing invented.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from delib_parse.model.document import Deliberation, Document, Location
from delib_parse.scdl.settings import ScdlSettings

VOTE_COLUMNS = ("VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION")
# Extra columns `--extra-columns` may add after the schema's: name -> what fills it.
EXTRA_COLUMNS = ("PUBLICATION_DATE", "AFFICHAGE_DATE", "ACTES_ID", "DOCUMENT")


@dataclass(slots=True)
class DocRow:
    """One deliberation as SCDL cells: value and, where known, where the document says it."""

    path: str
    index: int  # the deliberation's 0-based index in its document
    values: dict[str, str] = field(default_factory=dict)
    where: dict[str, Location] = field(default_factory=dict)
    stated: dict[str, str] = field(default_factory=dict)  # the document's own figures (present …)
    # Each vote figure the document prints, even when the tally is incomplete and the vote
    # columns stay empty: check compares a published cell with what the document does say.
    stated_votes: dict[str, str] = field(default_factory=dict)
    counted: dict[str, str] = field(default_factory=dict)  # the tally, even when not exported
    why_no_vote: str | None = None  # why the vote columns are empty
    location: Location = field(default_factory=Location)

    def at(self, column: str) -> Location:
        return self.where.get(column) or self.location

    def vote(self, column: str) -> str:
        """The document's figure for a vote column: the tally's, else the one it prints."""
        return (
            self.values.get(column) or self.counted.get(column) or self.stated_votes.get(column, "")
        )


def _loc(d: Deliberation, *keys: str) -> Location | None:
    for key in keys:
        if key in d.locations:
            return d.locations[key]
    return None


def tally(d: Deliberation) -> tuple[tuple[int, int, int] | None, str | None]:
    """(pour, contre, abstention) as the document states them, or None and why not.

    A count the document leaves out is 0 only when it says the vote was unanimous (then no
    one voted against; abstentions are 0 unless it says "des suffrages exprimés" with some).
    "à l'unanimité" without figures gives pour = the voters, when the document states them
    (votants, or présents + représentés) — never from the list of names alone.
    """
    v = d.vote
    if v is None:
        return None, "no vote is stated"
    if v.candidates:
        return None, "an election: its results are not a pour/contre tally"
    unanimous = bool(v.unanimous)
    if v.yes is not None:
        no, abstain = v.no, v.abstain
        if unanimous:
            no = 0 if no is None else no
            abstain = 0 if abstain is None else abstain
        if no is None or abstain is None:
            missing = " and ".join(
                n for n, x in (("contre", no), ("abstention", abstain)) if x is None
            )
            return None, f"the document gives {v.yes} pour but no {missing} count"
        return (v.yes, no, abstain), None
    if not unanimous:
        return None, "the vote has no pour count"
    c = d.counts
    voters = c.voters
    if voters is None and c.present is not None and c.represented is not None:
        voters = c.present + c.represented - (v.not_voting or 0)
    if voters is None:
        return (
            None,
            "'à l'unanimité' without the number of voters (votants, or présents and représentés)",
        )
    abstain = v.abstain or 0
    return (voters - abstain - (v.no or 0), v.no or 0, abstain), None


def delib_id(d: Deliberation, doc: Document, ranks: Counter[str]) -> str:
    """The printed number; else the @ctes act identifier when the document holds this one act;
    else `{date}-{rank}` (rank among the deliberations of that date read so far)."""
    if d.number:
        return d.number
    act = doc.transmission.act if doc.transmission else None
    if act is not None and len(doc.deliberations) == 1:
        return act.id
    day = d.sitting.date.isoformat() if d.sitting.date else "undated"
    ranks[day] += 1
    return f"{day}-{ranks[day]}"


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def document_rows(
    doc: Document, path: str, settings: ScdlSettings, ranks: Counter[str] | None = None
) -> list[DocRow]:
    ranks = Counter() if ranks is None else ranks
    stamps = doc.transmission
    act = stamps.act if stamps else None
    # The préfecture stamp dates the act it is printed on: every deliberation of a one-act
    # document or of a document transmitted as deliberations (nature DE), not the items of
    # minutes transmitted as minutes.
    stamp_applies = stamps is not None and (
        len(doc.deliberations) == 1 or (act is not None and act.nature == "DE")
    )
    rows = []
    for index, d in enumerate(doc.deliberations):
        row = DocRow(path=path, index=index, location=d.location)
        key = delib_id(d, doc, ranks)
        values = row.values
        values["DELIB_ID"] = key
        if d.number:
            row.where["DELIB_ID"] = _loc(d, "number") or d.location
        values["DELIB_DATE"] = _iso(d.sitting.date)
        if loc := _loc(d, "sitting.date"):
            row.where["DELIB_DATE"] = loc
        values["DELIB_OBJET"] = " ".join((d.subject.title or "").split())
        if loc := _loc(d, "subject"):
            row.where["DELIB_OBJET"] = loc
        for column in (
            "COLL_NOM",
            "COLL_SIRET",
            "DELIB_MATIERE_CODE",
            "DELIB_MATIERE_NOM",
            "PREF_ID",
        ):
            values[column] = settings.given(key, column)
        values["PREF_DATE"] = _iso(stamps.received_on) if stamps and stamp_applies else ""
        values["DELIB_URL"] = settings.url(path)
        # The vote: VOTE_REEL is pour + contre + abstention, never the members present.
        in_office = d.counts.in_office
        if in_office is not None:
            values["VOTE_EFFECTIF"] = str(in_office)
            row.where["VOTE_EFFECTIF"] = _loc(d, "counts.in_office") or d.location
        else:
            values["VOTE_EFFECTIF"] = settings.given(key, "VOTE_EFFECTIF")
        if d.counts.present is not None:
            row.stated["present"] = str(d.counts.present)
        if d.vote is not None and not d.vote.candidates:
            for column, figure in (
                ("VOTE_POUR", d.vote.yes),
                ("VOTE_CONTRE", d.vote.no),
                ("VOTE_ABSTENTION", d.vote.abstain),
            ):
                if figure is not None:
                    row.stated_votes[column] = str(figure)
                    key_at = {
                        "VOTE_POUR": "vote.yes",
                        "VOTE_CONTRE": "vote.no",
                        "VOTE_ABSTENTION": "vote.abstain",
                    }[column]
                    if loc := _loc(d, key_at, "vote"):
                        row.where[column] = loc
        counted, why = tally(d)
        if counted is not None:
            yes, no, abstain = counted
            row.counted.update(
                VOTE_REEL=str(yes + no + abstain),
                VOTE_POUR=str(yes),
                VOTE_CONTRE=str(no),
                VOTE_ABSTENTION=str(abstain),
            )
            values.update(row.counted)
            vote_at = _loc(d, "vote.yes", "vote", "vote.unanimous")
            for column in VOTE_COLUMNS[1:]:
                if vote_at and column not in row.where:
                    row.where[column] = vote_at
        if counted is None or not values["VOTE_EFFECTIF"]:
            # The schema's cohesion rule: the five vote columns are all filled or all empty.
            row.why_no_vote = (
                why
                or "the members in office are not stated (set members-in-office or VOTE_EFFECTIF in the side table)"
            )
            for column in VOTE_COLUMNS:
                values[column] = ""
        values["PUBLICATION_DATE"] = _iso(stamps.published_on) if stamps and stamp_applies else ""
        values["AFFICHAGE_DATE"] = _iso(stamps.displayed_on) if stamps and stamp_applies else ""
        values["ACTES_ID"] = act.id if act is not None and stamp_applies else ""
        values["DOCUMENT"] = path
        rows.append(row)
    return rows
