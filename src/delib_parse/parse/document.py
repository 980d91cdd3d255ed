"""Build the Document: find the deliberations, run the section parsers on their zones and
turn the plain values into models, with the location of each value.

Three shapes of document: one extract; a recueil of extracts put end to end (each with its own
header); the minutes of a sitting (procès-verbal, compte rendu), whose items share the
sitting's header and attendance and each carry their own vote.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from delib_parse.lazyre import lazy
from delib_parse.model.document import (
    Absence,
    Counts,
    Deliberation,
    Document,
    Location,
    Person,
    Proxy,
    Sitting,
    Source,
    Subject,
    Vote,
)
from delib_parse.model.names import fold, same_member, same_person
from delib_parse.normalise.offsets import NormalisedText, strong_starts
from delib_parse.parse import attendance, people
from delib_parse.parse.attendance import (
    Attendance,
    Section,
    find_sections,
    heading_within,
    parse_attendance,
)
from delib_parse.parse.counts import parse_counts, restated_counts
from delib_parse.parse.events import Event, find_events
from delib_parse.parse.header import Header, find_secretary, parse_header
from delib_parse.parse.items import (
    NOT_A_DELIBERATION_RE,
    VOTE_OBJECT,
    Item,
    decision_bullets,
    is_vote_line,
    preamble_items,
    split_by_votes,
    split_items,
    vote_groups,
)
from delib_parse.parse.lists import parse_lists
from delib_parse.parse.outline import VoteCounter, act_heading, explained, read_outline
from delib_parse.parse.segment import DECIDES, VOTE_START, Block, split_extracts
from delib_parse.parse.spans import CountSpans
from delib_parse.parse.stamps import parse_stamps
from delib_parse.parse.subject import (
    SubjectResult,
    heading_subject,
    number_beside,
    parse_number,
    parse_subject,
)
from delib_parse.parse.tables import complete_from_tables
from delib_parse.parse.votes import VoteResult, parse_vote, unvoted, with_debate_not_voting
from delib_parse.sources.base import SourceDocument
from delib_parse.vocab.items import RECITAL_OPENING
from delib_parse.vocab.votes import VOTERS


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


def _cut_short(person: Person, member: Person) -> bool:
    """A name cut at a line's end: "sous la présidence de Madame Marie-Claude COSTA" /
    "RIBEIRO GOMES." is the member "Marie-Claude COSTA RIBEIRO GOMES" of the list."""
    family, given = fold(person.family_name or ""), fold(person.given_name or "")
    return (
        bool(family and given)
        and fold(member.given_name or "") == given
        and fold(member.family_name or "").startswith(family + " ")
    )


def resolve(person: Person | None, members: list[Person]) -> Person | None:
    """A president or secretary named by surname only ("Monsieur REBSAMEN") is the member of
    the present list with that name, when there is exactly one; the fuller of the two names
    is kept."""
    if person is None:
        return None
    matches = [m for m in members if same_person(person, m)] or [
        m for m in members if _cut_short(person, m)
    ]
    if len(matches) == 1:
        found = matches[0]
        if len(person.name.split()) > len(found.name.split()):
            # The opening names in full whom the list abbreviates ("sous la présidence de
            # Monsieur André GRUDÉ" / "Présents : Mesdames et Messieurs GRUDÉ, …").
            return person.model_copy(update={"civility": person.civility or found.civility})
        return found.model_copy(update={"civility": person.civility or found.civility})
    return person


@dataclass(slots=True)
class SittingInfo:
    """What the sitting's opening says, shared by the deliberations of the sitting."""

    header: Header
    counts: dict[str, int]
    counts_at: CountSpans
    attendance: Attendance
    derived_counts: list[str]


def read_sitting(zone: str, base: int) -> SittingInfo:
    header = parse_header(zone, base)
    counts, counts_at, derived = parse_counts(zone, base)
    attendance = parse_attendance(zone, base, header.president)
    for key, value in attendance.stated.items():
        # "(27)" after a list states that list's count, where no label did.
        if key not in counts:
            counts[key] = value
            listed = attendance.at.get({"represented": "proxies"}.get(key, key))
            counts_at.set(key, base if listed is None else listed)
    return SittingInfo(header, counts, counts_at, attendance, derived)


class Builder:
    def __init__(self, text: NormalisedText, src: SourceDocument | None = None) -> None:
        self.text = text
        # A text file's pages (form feeds) restart their line numbers; the file's own line
        # is what an editor or a CI annotation points at. A page's first line shares the
        # file's line with the form feed that ends the page before. PDFs have no file lines.
        self.lines_before: list[int] | None = None
        if src is not None and src.media_type == "text/plain":
            self.lines_before = [0]
            for page in src.pages:
                self.lines_before.append(self.lines_before[-1] + len(page.lines) - 1)

    def loc(self, offset: int | None) -> Location | None:
        if offset is None:
            return None
        found = self.text.locate(offset)
        file_line = None
        if self.lines_before is not None and 0 < found.page < len(self.lines_before):
            file_line = self.lines_before[found.page - 1] + found.line
        return Location(page=found.page, line=found.line, file_line=file_line)

    def deliberation(
        self,
        sitting: SittingInfo,
        *,
        subject: Subject,
        subject_at: int | None,
        number: tuple[str, int] | None,
        vote: VoteResult,
        decision: str | None,
        body: str,
        start: int,
    ) -> Deliberation:
        h, att, counts = sitting.header, sitting.attendance, sitting.counts
        d = Deliberation(
            authority=h.authority,
            assembly=h.assembly,
            sitting=Sitting(
                date=h.date,
                time=h.time,
                place=h.place,
                convened_on=h.convened_on,
                president=resolve(h.president, att.present),
                secretary=resolve(h.secretary, att.present),
                second_convocation=h.second_convocation,
                urgency=h.urgency,
            ),
            number=number[0] if number else None,
            subject=subject,
            counts=Counts(
                seats=counts.get("seats"),
                in_office=counts.get("in_office"),
                present=counts.get("present"),
                represented=counts.get("represented"),
                absent=counts.get("absent"),
                voters=counts.get("voters", vote.voters),
                expressed=counts.get("expressed", vote.expressed),
                quorum=counts.get("quorum"),
                quorum_reached_with=counts.get("quorum_reached_with"),
                derived=list(sitting.derived_counts),
            ),
            present=list(att.present),
            listed_twice=list(att.listed_twice),
            proxies=list(att.proxies),
            absent=_without_grantors(att.absent, att.proxies),
            vote=vote.vote,
            decision=decision,
            lists=parse_lists(body),
            location=self.loc(start) or Location(),
        )
        _seat_the_president(d)
        chair = d.sitting.president
        if vote.chair_not_voting and d.vote is not None and chair is not None:
            # "le Président ne prend pas part au vote": counted by the vote parser, named here
            # from the header.
            named = d.vote.not_voting_names
            if not any(same_person(chair, p) for p in named):
                d.vote = d.vote.model_copy(update={"not_voting_names": [*named, chair]})
        offsets: dict[str, int | None] = {
            **{f"sitting.{k}": v for k, v in h.at.items()},
            **{f"counts.{k}": v for k, v in sitting.counts_at.items()},
            **dict(att.at.items()),
            **{f"vote.{k}": v for k, v in vote.at.items()},
            "subject": subject_at,
            "number": number[1] if number else None,
        }
        if vote.vote is not None:
            offsets["vote"] = vote.at.tally()
        for key, offset in offsets.items():
            loc = self.loc(offset)
            if loc is not None:
                d.locations[key] = loc
        return d

    def extract(self, block: Block) -> Deliberation:
        """One extract: header, attendance, subject, body, decision, vote."""
        full = self.text.text
        chunk = full[block.start : block.end]
        base = block.start

        @cache
        def sections() -> list[Section]:
            # The attendance lists of the extract, found once for the helpers below.
            return _opening_lists(chunk[:6000])

        subject = parse_subject(chunk, base)
        opening = None
        act_number: tuple[str, int] | None = None
        if subject.start is None:
            # No "Objet :" label: the matter starts after the attendance, under a numbered
            # heading if it has one; its vote is still read.
            opening = _matter_start(chunk, sections())
            # After the lists (a list with nothing after it to end it runs on over the
            # act's code and title), else a numbered title block above them.
            lists = _lists_start(sections())
            act = act_heading(chunk, lists) or act_heading(chunk, 0, numbered=True, stop=lists)
            if act is not None:
                # The act's code heads the matter ("D.C. 2020/1-001" / date / title).
                subject = SubjectResult(Subject(title=act.title), base + act.start, base + act.end)
                act_number = (act.number, act.start) if act.number else None
            elif opening is not None:
                subject = heading_subject(chunk, base, opening)
        head_end = (subject.start - base) if subject.start is not None else len(chunk)
        opening_text = _sitting_zone(chunk, head_end, subject.end, base, sections)
        sitting = read_sitting(opening_text, base)
        if subject.end is not None:
            body_start = subject.end - base
        else:
            body_start = opening if opening is not None else head_end
        tail = chunk[body_start:]
        decides = None
        for m in DECIDES.finditer(tail):
            decides = m  # the last "décide" opens the decision
        decision = None
        if decides:
            vote_start = VOTE_START.search(tail, decides.end())
            decision_text = tail[decides.end() : vote_start.start() if vote_start else len(tail)]
            decision = " ".join(decision_text.split()).strip(" -:") or None
        # The vote zone opens with the sentence that decides: the unanimity is often stated
        # before the verb ("Le Conseil Municipal, après en avoir délibéré, à l'unanimité,
        # décide de …").
        # Without a deciding verb ("Ont été désignés par 15 voix pour et 4 voix contre :"),
        # from the first line that votes: the exposé's figures are no tally.
        zone = _sentence_start(tail, decides.start()) if decides else _first_vote_line(tail)
        # Who takes no part may be said in the exposé, before the sentence that decides.
        vote = with_debate_not_voting(
            parse_vote(tail[zone:], base + body_start + zone), tail[:zone], base + body_start
        )
        number = parse_number(chunk) or act_number
        if number is None and subject.start is not None and subject.end is not None:
            number = number_beside(chunk, subject.start - base, subject.end - base)
        return self.deliberation(
            sitting,
            subject=subject.subject,
            subject_at=subject.start,
            number=(number[0], base + number[1]) if number else None,
            vote=vote,
            decision=decision,
            body=tail[: decides.start() if decides else len(tail)],
            start=block.start,
        )

    def minutes(self, items: list[Item]) -> list[Deliberation]:
        """A sitting's minutes: one deliberation per vote of each item, each with the
        attendance at that vote."""
        full = self.text.text
        sitting = read_sitting(full[: items[0].start], 0)
        if sitting.header.date is None:
            # Items headed with their date ("Délibération n° 1 du 18 DECEMBRE 2008") after an
            # opening that gives none: the first heading dates the sitting.
            heading_end = full.find("\n", items[0].start)
            dated = parse_header(full[: heading_end if heading_end >= 0 else len(full)])
            if dated.date is not None:
                sitting.header.date = dated.date
                sitting.header.at.date = dated.at.date
        if sitting.header.secretary is None:
            # Minutes often name the secretary in an item of their own ("Nomination du
            # secrétaire … propose la candidature de Mme X en qualité de secrétaire").
            found = find_secretary(full)
            if found is not None:
                sitting.header.secretary, sitting.header.at.secretary = found
        events = find_events(full, sitting.header.president)
        restated = restated_counts(full, items[0].start)
        vote_offsets = sorted(
            item.start + g.start for item in items for g in vote_groups(full[item.start : item.end])
        )
        out: list[Deliberation] = []
        for index, item in enumerate(items, start=1):
            if NOT_A_DELIBERATION_RE.match(item.title):
                continue
            item_text = full[item.start : item.end]
            number = (item.number, item.start) if item.number else None
            groups = vote_groups(item_text)
            spans = [(g.start, g.end, g.label, g.standalone, g.named) for g in groups] or [
                (len(item_text), len(item_text), None, False, False)
            ]
            previous = 0
            for group_start, group_end, label, standalone, named in spans:
                title = item.title
                first = group_start == groups[0].start if groups else True
                vote_text = item_text[group_start:group_end]
                # The vote's sentence may open with its verb on the line before its first
                # vote line ("… décide par 15 voix" / "pour et 4 voix contre :"); a recital
                # on that line ("Considérant que X s'est prononcée à la majorité (un" /
                # "vote contre)") is no part of the vote.
                vote_from = group_start
                line_before = item_text.rfind("\n", 0, max(group_start - 1, 0)) + 1
                bound = max(previous, item_text.find("\n"))
                if line_before > bound and DECIDES.search(item_text, line_before, group_start):
                    vote_from = line_before
                elif line_before > bound and _GOES_ON.match(item_text, group_start):
                    # A vote line in lower case goes on with the sentence above ("… approuve
                    # le compte de gestion à" / "l'unanimité."): the vote is that sentence.
                    vote_from = _sentence_voting(item_text, group_start, bound)
                sentence = item_text[vote_from:group_end]
                if len(groups) > 1 and label and (standalone or named or not first):
                    title = label if standalone else f"{item.title} - {label}"
                elif len(groups) == 1 and (named_object := VOTE_OBJECT.search(vote_text)):
                    # "Pour le changement de prestataire : 13 votes": the vote names its object
                    # (unless the heading already says it: "Décision modificative").
                    thing = named_object.group("object").strip()
                    if fold(thing) not in fold(item.title):
                        title = f"{item.title} - {thing}"
                decides = DECIDES.search(item_text, previous, group_start)
                decision = None
                if decides:
                    decision = " ".join(item_text[decides.end() : group_start].split()) or None
                vote = with_debate_not_voting(
                    parse_vote(sentence, item.start + vote_from),
                    # up to the tally's end: the sentence may run into the vote lines
                    item_text[previous:group_end],
                    item.start + previous,
                )
                if vote.vote is not None and vote.voters is None and line_before > bound:
                    # "… préside pour ce point. Votants : 26." / "Adopté par 24 voix pour et 2
                    # abstentions.": the votants close the prose line above the tally.
                    said = _VOTERS_AT_END.search(item_text, line_before, max(group_start - 1, 0))
                    if said:
                        vote.voters = int(said.group(1))
                        vote.at.voters = item.start + said.start()
                d = self.deliberation(
                    sitting,
                    subject=Subject(category=item.category, title=title),
                    subject_at=item.start,
                    number=number,
                    vote=vote,
                    decision=decision,
                    body=item_text[previous:group_start],
                    start=item.start + group_start if groups else item.start,
                )
                if not groups:
                    why = unvoted(item_text)
                    if why == "withdrawn":
                        d.agenda_withdrawn = True
                    elif why == "noted" and d.vote is None:
                        d.vote = Vote(outcome="noted")
                apply_events(d, events, items, index, item.start + group_start, vote_offsets)
                _apply_restated(d, restated, events, item.start + group_start)
                if vote.voters is not None:
                    # The vote's own "Votants : 17" (a member out for this item) is this
                    # deliberation's, whatever the opening's and the moves say.
                    d.counts.voters = vote.voters
                    if "voters" in d.counts.derived:
                        d.counts.derived.remove("voters")
                out.append(d)
                previous = group_end
        return out


_GOES_ON = lazy(r"[ \t]*\p{Ll}")
_VOTERS_AT_END = lazy(rf"(?<![\p{{L}}]){VOTERS}\s*:\s*(\d{{1,4}})\s*\.?[ \t]*$", regex.IGNORECASE)
_RECITAL = lazy(RECITAL_OPENING)


def _sentence_voting(text: str, at: int, bound: int) -> int:
    """Where the sentence a vote line in lower case goes on with begins ("… approuve le
    compte de gestion à" / "l'unanimité."), or `at` when that sentence is a recital."""
    start = max(bound, _sentence_start(text, at))
    return at if _RECITAL.match(text, start) else start


# (not the dot of a civility: "M. Gérald VIGIER et Mme Nicole BAZIN … ne prennent pas part")
_SENTENCE_BREAK = lazy(
    r"(?<!\b(?:M|MM|Me|Mgr|Dr|St))[.;!?:][ \t]*\n|\n[ \t]*\n"
    r"|(?<!\b(?:M|MM|Me|Mgr|Dr|St))[.;!?][ \t]+(?=\p{Lu})"
)
MAX_SENTENCE_LOOKBACK = 400


def _first_vote_line(text: str) -> int:
    """Where the first vote line starts; one in lower case goes on with the sentence above
    ("… approuve les tarifs à" / "l'unanimité."), which is where the vote starts."""
    pos = 0
    for line in text.split("\n"):
        if is_vote_line(line):
            return _sentence_voting(text, pos, 0) if _GOES_ON.match(line) else pos
        pos += len(line) + 1
    return 0


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset `at` begins (within MAX_SENTENCE_LOOKBACK)."""
    lo = max(0, at - MAX_SENTENCE_LOOKBACK)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, at)]
    return breaks[-1] if breaks else lo


def _seat_the_president(d: Deliberation) -> None:
    """The one presiding is present: named in the opening ("sous la présidence de M. X,
    Maire") and left out of the lists of members present, he is one of them where the
    count of présents says so (one more than the names listed)."""
    chair = d.sitting.president
    stated = None if "present" in d.counts.derived else d.counts.present
    if chair is None or not d.present or stated != len(d.present) + 1:
        return
    if chair.family_name is None or not chair.name[:1].isupper():
        return  # named by function only ("M. le Maire"): no member to add
    others = [*d.present, *(x.grantor for x in d.proxies), *(a.person for a in d.absent)]
    if not any(same_member(chair, p) for p in others):
        d.present.insert(0, chair)


def _without_grantors(absent: list[Absence], proxies: list[Proxy]) -> list[Absence]:
    """The absent less those who gave a proxy: "Absents : M. GELLÉ, Mme BAILLARD" then
    "Pouvoirs : M. GELLÉ a donné pouvoir à Mme CAPRON" lists GELLÉ twice, and he is
    represented, not absent (`absent` holds the members absent without a proxy)."""
    return [a for a in absent if not any(same_member(a.person, p.grantor) for p in proxies)]


def _index(people: list[Person], person: Person) -> int | None:
    for i, p in enumerate(people):
        if same_person(p, person):
            return i
    return None


def apply_events(
    d: Deliberation,
    events: list[Event],
    items: list[Item],
    index: int,
    vote_at: int,
    vote_offsets: list[int],
) -> None:
    """Change a deliberation's attendance by the arrivals and departures before its vote.

    A departure written inside an item with no time is a withdrawal for the next vote only
    (a member interested in the matter, or the maire for the compte administratif); one
    with a time lasts; one written in the opening cannot be placed unless it names the item.
    """
    first = items[0].start
    for event in events:
        # (an event that opens the vote's own lines is before it: "Mme X quitte la salle et
        # ne prend pas part au vote." then the tally)
        applies = (event.from_item is not None and event.from_item <= index) or (
            event.from_item is None and event.offset <= vote_at
        )
        if event.from_item is None and event.offset < first:
            # Written in the opening ("Départ de Mario en cours de séance, lors des questions
            # diverses", "Nelly arrivée à 18H45"): the minutes do not say before which vote.
            if event.kind == "left":
                d.left_time_unknown.extend(
                    p for p in event.people if _index(d.present, p) is not None
                )
            else:
                d.arrived_time_unknown.extend(
                    p for p in event.people if _index(d.present, p) is None
                )
            continue
        if not applies:
            continue
        for person in event.people:
            at = _index(d.present, person)
            if event.kind == "left":
                if at is None:
                    if not d.present and event.proxy_to is not None and event.timed:
                        # No present list to take them from, but the proxy they leave is
                        # one more ("M. X quitte la séance à 11 h 50 et donne pouvoir à Y").
                        d.proxies.append(Proxy(grantor=person, holder=event.proxy_to))
                    continue
                # (a member who gives a proxy as he leaves is gone for the rest of the sitting)
                withdrawal = (
                    event.offset >= first
                    and not event.timed
                    and event.from_item is None
                    and event.proxy_to is None
                )
                if withdrawal:
                    # Only the first vote after the withdrawal is concerned (one whose lines
                    # start with it: "Mme X, administratrice, quitte la salle et ne prend pas
                    # part" / "au vote." opens the vote's group).
                    following = [v for v in vote_offsets if v >= event.offset]
                    if not following or following[0] != vote_at:
                        continue
                gone = d.present.pop(at)
                (d.withdrawn if withdrawal else d.left).append(gone)
                proxy = event.proxy_to is not None and not withdrawal
                if event.proxy_to is not None:
                    d.proxies.append(Proxy(grantor=gone, holder=event.proxy_to))
                _recount(d.counts, present=-1, represented=1 if proxy else 0)
            elif at is None:
                if not d.present and _returns(person, event, events, d.sitting.president):
                    # No list to tell: a member who comes back ("Le Président regagne la
                    # salle" after leaving it for the vote) was counted at the opening.
                    continue
                had_proxy = any(same_person(p.grantor, person) for p in d.proxies)
                if d.present:
                    # (no present list read: the member who comes in is no list of one)
                    d.present.append(person)
                d.arrived.append(person)
                d.proxies = [p for p in d.proxies if not same_person(p.grantor, person)]
                d.absent = [a for a in d.absent if not same_person(a.person, person)]
                _recount(d.counts, present=1, represented=-1 if had_proxy else 0)
    # A withdrawal lasts for its own item only; later items see the member again.


def _apply_restated(
    d: Deliberation,
    restated: list[tuple[int, dict[str, int]]],
    events: list[Event],
    vote_at: int,
) -> None:
    """The counts the minutes state again before this vote ("Présents : 51 – Pouvoirs : 3 –
    Votants : 54" after an arrival) are this vote's: they replace the opening's, and the moves
    they already count are no longer added to them (those after them still are)."""
    before = [(at, values) for at, values in restated if at < vote_at]
    if not before:
        return
    at, values = before[-1]
    if all(getattr(d.counts, name) == value for name, value in values.items()):
        return  # the moves read explain them already
    for name, value in values.items():
        setattr(d.counts, name, value)
        if name in d.counts.derived:
            d.counts.derived.remove(name)
    counted = [p for e in events if e.offset < at for p in e.people]
    d.arrived = [p for p in d.arrived if not any(same_person(p, q) for q in counted)]
    d.left = [p for p in d.left if not any(same_person(p, q) for q in counted)]


def _returns(person: Person, event: Event, events: list[Event], chair: Person | None) -> bool:
    """Whether an arrival is a return: the one presiding (there from the opening), or a
    member whose departure the minutes told before it."""
    if chair is not None and same_person(person, chair):
        return True
    return any(
        e.kind == "left"
        and e.offset < event.offset
        and any(same_person(person, p) for p in e.people)
        for e in events
    )


def _recount(counts: Counts, *, present: int, represented: int) -> None:
    """The opening's counts after an arrival or a departure: a member who comes in votes (in
    person instead of by proxy, when they had given one); one who leaves votes no more unless
    they leave a proxy. The results are computed, so they are marked derived (the rules do not
    hold the document to them)."""
    changes = {"present": present, "represented": represented, "voters": present + represented}
    for name, delta in changes.items():
        value = getattr(counts, name)
        if delta and value is not None and value + delta >= 0:
            setattr(counts, name, value + delta)
            if name not in counts.derived:
                counts.derived.append(name)


@lru_cache(maxsize=2)
def _opening_lists(text: str) -> list[Section]:
    """The attendance lists of a text's first 6000 characters (read, never changed, by the
    callers): a single extract is its whole text, whose lists both the test for minutes and
    the extract's reading ask for."""
    return find_sections(text)


def _opening_end(text: str) -> int:
    """Where the sitting's opening (header and attendance) ends: after its last list."""
    end = 0
    for section in _opening_lists(text[:6000]):
        if section.end - section.body_start < MIN_LIST_BODY:
            continue  # "… à l'unanimité des Membres présents :" then the decision: no list
        if end and section.start - end > MAX_GAP_BETWEEN_LISTS:
            break  # a list heading further down is in an item, not in the opening
        end = max(end, section.end)
    return end


MIN_LIST_BODY = 3
MAX_GAP_BETWEEN_LISTS = 1500  # characters: the opening's lists follow one another


def _lists_start(sections: list[Section]) -> int:
    return min((s.body_start for s in sections), default=0)


def _sitting_zone(
    chunk: str,
    head_end: int,
    subject_end: int | None,
    base: int,
    all_sections: Callable[[], list[Section]],
) -> str:
    """The text of the sitting's opening: before the subject, and also after it when the
    title block comes first ("N° 2016.02.16 - Subvention …" / "Présents : …"): the lists
    that follow the title up to the matter are the sitting's, the title blanked out (offsets
    kept)."""
    if subject_end is None:
        return chunk[:head_end]
    after = subject_end - base
    if after < head_end:
        return chunk[:head_end]
    if not heading_within(chunk[:6000], after, after + MAX_GAP_TO_LISTS):
        # No list can start near enough: the extract's lists are not read a second time
        # (most extracts: their lists come before the subject).
        return chunk[:head_end]
    sections = [s for s in all_sections() if s.start >= after]
    if not sections or sections[0].start - after > MAX_GAP_TO_LISTS:
        return chunk[:head_end]
    end = max(s.end for s in sections)
    # The labelled lines after the lists are the opening's too ("Secrétaire de séance : X").
    while m := _LABELLED_LINE.match(chunk, end):
        end = m.end()
    return chunk[:head_end] + " " * (after - head_end) + chunk[after:end]


# (from the end of the last list, which may stop before its line's end)
_LABELLED_LINE = lazy(r"\n?[ \t]*\p{Lu}[\p{L}' ]{2,40}\s*:[^\n]{1,120}(?:\n|$)")
MAX_GAP_TO_LISTS = 1200  # characters between a title block and the lists under it (the dates, counts and opening sentence may stand between)


def _matter_start(text: str, sections: list[Section]) -> int | None:
    """Where the matter starts in an extract with no "Objet :" label: after the attendance
    lists, or before, at the first line that decides or votes (a list with nothing after it
    to end it runs to the text's end)."""
    if not sections:
        return None
    end = max(s.end for s in sections)
    first = min(s.body_start for s in sections)
    for pattern in (VOTE_START, DECIDES):
        m = pattern.search(text, first, end)
        if m:
            end = min(end, text.rfind("\n", 0, m.start()) + 1)
    return end


def _minutes_items(text: str, strong: frozenset[int] = frozenset()) -> list[Item]:
    """The items of a sitting's minutes, or [] for a single extract: the segmentation that
    explains the votes best, among the outline's heading families and the older readings.
    `strong`: where lines set in bold start (see read_outline)."""
    opening_end = _opening_end(text)
    votes = VoteCounter(text)  # vote blocks counted once for every reading compared
    outline = read_outline(text, opening_end, votes, strong)
    legacy = split_items(text)
    by_votes = split_by_votes(text, opening_end)
    items = legacy
    if len(outline.items) >= 2 and (
        len(legacy) < 2 or explained(outline.items, votes)[0] >= explained(legacy, votes)[0]
    ):
        items = outline.items
    # A compte rendu sommaire: one bulleted decision a line, its result in brackets.
    bullets = decision_bullets(text, opening_end)
    if bullets and explained(bullets, votes)[1] >= max(explained(items, votes)[1], len(by_votes)):
        return bullets
    # Headings that hold fewer than half of the votes are a list inside the body, not the
    # minutes' items: one item per vote then.
    if by_votes and (len(items) < 2 or explained(items, votes)[1] * 2 < len(by_votes)):
        return by_votes
    if len(items) < 2:
        # One act after a matter voted without a number ("Approbation du compte-rendu …" /
        # "… adopté à l'unanimité." / "20240219 1-Consultation …"): minutes of two items.
        act = act_heading(text, opening_end)
        if act is not None:
            items = [Item(act.start, len(text), act.title, act.number)]
    if items:
        # Numbered items may follow a matter voted without a number (the minutes of the
        # last sitting, an agenda change).
        items = preamble_items(text, opening_end, items[0].start) + items
    return items if len(items) >= 2 else []


def _forget() -> None:
    """The memoised readings hold one document's work: a document's time and output never
    depend on what was read before it, and a batch worker's memory stays flat."""
    _opening_lists.cache_clear()
    is_vote_line.cache_clear()
    people._read_person.cache_clear()
    attendance._OPENS.clear()


def _share_heading(deliberations: list[Deliberation]) -> None:
    """Extracts of one register page under one heading ("Séance du conseil municipal du 17
    novembre 2025" above the first): what the later ones do not state, the heading does."""
    first = deliberations[0]
    for d in deliberations[1:]:
        if d.authority.kind is None and d.authority.name is None:
            d.authority = first.authority.model_copy()
        if d.assembly.kind is None and d.assembly.name is None:
            d.assembly = first.assembly.model_copy()
        if first.sitting.date is not None and d.sitting.date in (None, d.sitting.convened_on):
            # (a later extract's only date is its convocation's, read as the sitting's)
            d.sitting.date = first.sitting.date
        for name in ("time", "place", "president"):
            if getattr(d.sitting, name) is None:
                setattr(d.sitting, name, getattr(first.sitting, name))


def parse_document(text: NormalisedText, src: SourceDocument) -> Document:
    _forget()
    builder = Builder(text, src)
    deliberations: list[Deliberation] = []
    if text.text.strip():
        blocks = split_extracts(text.text)
        items: list[Item] = []
        if len(blocks) == 1:
            bold = {(line.page, line.line) for line in src.lines() if line.strong}
            items = _minutes_items(text.text, strong_starts(text, bold))
        if len(items) >= 2:
            deliberations = builder.minutes(items)
        else:
            deliberations = [builder.extract(b) for b in blocks]
            if blocks[0].shares_heading:
                _share_heading(deliberations)
        # Tables read row by row (a list of deliberations, an attendance grid) add only what
        # the reading above missed: see parse/tables.py.
        deliberations = complete_from_tables(deliberations, src)
    raw = "\n".join(line.text for line in src.lines())
    return Document(
        source=source_model(src), deliberations=deliberations, transmission=parse_stamps(raw)
    )
