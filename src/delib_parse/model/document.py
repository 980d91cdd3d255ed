"""Pydantic models of the output contract (DESIGN.md, "Output contract").

Key names are a contract: add fields freely, rename none without a schema_version bump.
Structural validation (types, non-negative counts, real dates) raises here; consistency
between values is the rules' job and never raises.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, NonNegativeInt

SCHEMA_VERSION = 1

Severity = Literal["error", "warning", "info"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Location(Model):
    page: int | None = None
    line: int | None = None
    file_line: int | None = Field(
        default=None,
        description="for text input, the line counted in the whole file (a form feed starts a "
        "new page, and `line` counts within the page); what editors, SARIF and GitHub "
        "annotations point at",
    )


class Person(Model):
    civility: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    name: str
    role: str | None = Field(
        default=None, description="function printed beside the name (Maire, Président …)"
    )


class Finding(Model):
    code: str
    rule: str
    severity: Severity
    message: str
    page: int | None = None
    line: int | None = None
    file_line: int | None = Field(
        default=None, description="for text input, the line counted in the whole file"
    )


class Authority(Model):
    name: str | None = None
    kind: str | None = None


class Assembly(Model):
    name: str | None = None
    kind: str | None = None


class Sitting(Model):
    date: dt.date | None = None
    time: str | None = None
    place: str | None = None
    convened_on: dt.date | None = None
    president: Person | None = None
    secretary: Person | None = None
    second_convocation: bool = False
    urgency: bool = False


class Subject(Model):
    category: str | None = None
    title: str | None = None


class Counts(Model):
    seats: NonNegativeInt | None = None
    in_office: NonNegativeInt | None = None
    present: NonNegativeInt | None = None
    represented: NonNegativeInt | None = None
    absent: NonNegativeInt | None = None
    voters: NonNegativeInt | None = None
    expressed: NonNegativeInt | None = None
    quorum: NonNegativeInt | None = None
    quorum_reached_with: NonNegativeInt | None = Field(
        default=None,
        description='the attendance the document says reached the quorum ("quorum atteint avec 11 élus")',
    )
    derived: list[str] = Field(
        default_factory=list,
        description="counts computed from others the document states, not printed themselves "
        '("present" from "qui ont pris part à la délibération : 11 / dont 3 procurations"); '
        "the rules do not hold the document to them",
    )


class Proxy(Model):
    grantor: Person
    holder: Person
    # When the proxy holds, as printed, if the text limits it: "à partir de 10 H 50" (the
    # grantor sat until then), "jusqu'au point 5". None: the whole sitting.
    during: str | None = None


class Absence(Model):
    person: Person
    excused: bool | None = None


class Candidate(Model):
    name: str
    votes: NonNegativeInt
    elected: bool = False


class Vote(Model):
    yes: NonNegativeInt | None = None
    no: NonNegativeInt | None = None
    abstain: NonNegativeInt | None = None
    not_voting: NonNegativeInt | None = None
    blank: NonNegativeInt | None = None
    proxies_included: NonNegativeInt | None = None
    unanimous: bool | None = None
    unanimous_of_expressed: bool = False
    outcome: Literal["adopted", "rejected", "noted"] | None = None
    casting_vote: bool = False
    no_names: list[Person] = Field(default_factory=list)
    abstain_names: list[Person] = Field(default_factory=list)
    not_voting_names: list[Person] = Field(default_factory=list)
    candidates: list[Candidate] = Field(
        default_factory=list,
        description="an election's results; `yes` is then the elected candidate's votes",
    )


class ListItem(Model):
    label: str
    count: NonNegativeInt | None = None
    unit: str | None = None
    since: dt.date | None = None


class BodyList(Model):
    heading: str
    since: dt.date | None = None
    items: list[ListItem] = Field(default_factory=list)


class Deliberation(Model):
    authority: Authority = Field(default_factory=Authority)
    assembly: Assembly = Field(default_factory=Assembly)
    sitting: Sitting = Field(default_factory=Sitting)
    number: str | None = None
    subject: Subject = Field(default_factory=Subject)
    counts: Counts = Field(default_factory=Counts)
    present: list[Person] = Field(default_factory=list)
    proxies: list[Proxy] = Field(default_factory=list)
    absent: list[Absence] = Field(default_factory=list)
    listed_twice: list[Person] = Field(
        default_factory=list,
        description="names printed twice in the present list (kept once in `present`)",
    )
    left: list[Person] = Field(
        default_factory=list,
        description="members present at the opening who had left before this vote (not in `present`)",
    )
    arrived: list[Person] = Field(
        default_factory=list,
        description="members who arrived after the opening, before this vote (in `present`)",
    )
    left_time_unknown: list[Person] = Field(
        default_factory=list,
        description="members recorded as leaving during the sitting at a moment the minutes do not place (still in `present`)",
    )
    arrived_time_unknown: list[Person] = Field(
        default_factory=list,
        description="members recorded arriving during the sitting at a moment the minutes do not place (not in `present`)",
    )
    withdrawn: list[Person] = Field(
        default_factory=list,
        description="members who left the room for this item only, as interested (L2131-11, L2121-14); not in `present`",
    )
    vote: Vote | None = None
    agenda_withdrawn: bool = Field(
        default=False,
        description="withdrawn from the agenda ('retiré de l'ordre du jour'): not deliberated, no vote to read",
    )
    decision: str | None = None
    lists: list[BodyList] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    location: Location = Field(default_factory=Location)
    locations: dict[str, Location] = Field(
        default_factory=dict,
        description="where each parsed value was read, keyed by its dotted path",
    )


class ActId(Model):
    """The @ctes identifier of a transmitted act."""

    id: str
    departement: str
    siren: str
    date: dt.date | None = None
    number: str
    nature: str


class Transmission(Model):
    """What the préfecture transmission stamps say."""

    sent_on: dt.date | None = None
    received_on: dt.date | None = None
    published_on: dt.date | None = None
    displayed_on: dt.date | None = None
    act: ActId | None = None


class Source(Model):
    path: str | None = None
    sha256: str
    media_type: str
    pages: NonNegativeInt
    extractor: str
    ocr: bool = False
    ocr_pages: list[int] = Field(default_factory=list)


class Document(Model):
    schema_version: int = SCHEMA_VERSION
    source: Source
    deliberations: list[Deliberation] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    transmission: Transmission | None = None

    def all_findings(self) -> list[Finding]:
        out = list(self.findings)
        for d in self.deliberations:
            out.extend(d.findings)
        return out
