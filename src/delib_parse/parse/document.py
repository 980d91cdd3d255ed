"""Build the Document: run the section parsers on each deliberation's zones and turn their
plain values into models, with the location of each value."""

from __future__ import annotations

from delib_parse.model.document import (
    Counts,
    Deliberation,
    Document,
    Location,
    Person,
    Sitting,
    Source,
)
from delib_parse.model.names import same_person
from delib_parse.normalise.offsets import NormalisedText
from delib_parse.parse.attendance import parse_attendance
from delib_parse.parse.counts import parse_counts
from delib_parse.parse.header import parse_header
from delib_parse.parse.lists import parse_lists
from delib_parse.parse.segment import DECIDES, VOTE_START, Block, split_extracts
from delib_parse.parse.subject import parse_number, parse_subject
from delib_parse.parse.votes import parse_vote
from delib_parse.sources.base import SourceDocument


def source_model(src: SourceDocument) -> Source:
    return Source(
        path=src.path,
        sha256=src.sha256,
        media_type=src.media_type,
        pages=len(src.pages),
        extractor=src.extractor,
        ocr=src.ocr,
        ocr_pages=[p.number for p in src.pages if p.ocr],
    )


def resolve(person: Person | None, members: list[Person]) -> Person | None:
    """A president or secretary named by surname only ("Monsieur REBSAMEN") is the member of
    the present list with that name, when there is exactly one."""
    if person is None:
        return None
    matches = [m for m in members if same_person(person, m)]
    if len(matches) == 1:
        found = matches[0]
        return found.model_copy(update={"civility": person.civility or found.civility})
    return person


def _loc(text: NormalisedText, offset: int | None) -> Location | None:
    if offset is None:
        return None
    loc = text.locate(offset)
    return Location(page=loc.page, line=loc.line)


def parse_block(text: NormalisedText, block: Block) -> Deliberation:
    full = text.text
    chunk = full[block.start : block.end]
    base = block.start
    subject = parse_subject(chunk, base)
    head_end = (subject.start - base) if subject.start is not None else len(chunk)
    head = chunk[:head_end]
    header = parse_header(head, base)
    counts, count_offsets = parse_counts(head, base)
    attendance = parse_attendance(head, base, header.president)
    body_start = (subject.end - base) if subject.end is not None else head_end
    tail = chunk[body_start:]
    decides = None
    for m in DECIDES.finditer(tail):
        decides = m  # the last "décide" opens the decision
    decision_at = decides.end() if decides else 0
    vote_start = VOTE_START.search(tail, decision_at)
    decision_text = tail[decision_at : vote_start.start() if vote_start else len(tail)]
    decision = " ".join(decision_text.split()).strip(" -:") or None if decides else None
    vote_zone_start = decides.start() if decides else 0
    vote = parse_vote(tail[vote_zone_start:], base + body_start + vote_zone_start)
    body = tail[: decides.start() if decides else len(tail)]
    number = parse_number(chunk)

    members = attendance.present
    president = resolve(header.president, members)
    secretary = resolve(header.secretary, members)
    voters = counts.get("voters", vote.voters)
    d = Deliberation(
        authority=header.authority,
        assembly=header.assembly,
        sitting=Sitting(
            date=header.date,
            time=header.time,
            convened_on=header.convened_on,
            president=president,
            secretary=secretary,
            second_convocation=header.second_convocation,
            urgency=header.urgency,
        ),
        number=number[0] if number else None,
        subject=subject.subject,
        counts=Counts(
            seats=counts.get("seats"),
            in_office=counts.get("in_office"),
            present=counts.get("present"),
            represented=counts.get("represented"),
            absent=counts.get("absent"),
            voters=voters,
            expressed=counts.get("expressed", vote.expressed),
            quorum=counts.get("quorum"),
        ),
        present=attendance.present,
        proxies=attendance.proxies,
        absent=attendance.absent,
        vote=vote.vote,
        decision=decision,
        lists=parse_lists(body),
        location=_loc(text, block.start) or Location(),
    )
    offsets: dict[str, int | None] = {
        **{f"sitting.{k}": v for k, v in header.offsets.items()},
        **{f"counts.{k}": v for k, v in count_offsets.items()},
        **{k: v for k, v in attendance.offsets.items()},
        **{f"vote.{k}": v for k, v in vote.offsets.items()},
        "subject": subject.start,
        "number": (base + number[1]) if number else None,
    }
    if vote.vote is not None:
        offsets["vote"] = min(vote.offsets.values(), default=None)
    for key, offset in offsets.items():
        loc = _loc(text, offset)
        if loc is not None:
            d.locations[key] = loc
    return d


def parse_document(text: NormalisedText, src: SourceDocument) -> Document:
    blocks = split_extracts(text.text) if text.text.strip() else []
    deliberations = [parse_block(text, b) for b in blocks]
    return Document(source=source_model(src), deliberations=deliberations)
