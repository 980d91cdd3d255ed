"""The vote: tally, unanimity, outcome, names of those against, abstaining or not voting."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal, cast

import regex

from delib_parse.lazyre import lazy
from delib_parse.model.document import Candidate, Person, Vote
from delib_parse.model.names import same_member
from delib_parse.parse.people import parse_people, parse_person
from delib_parse.parse.spans import VoteSpans
from delib_parse.vocab.items import (
    GROUP_TALLY_CELLS,
    GROUP_TALLY_HEADING,
    GROUP_TALLY_TOTAL,
    MAX_GROUP_TABLE_LINES,
    TALLY_COUNTS_ROW,
    TALLY_HEADING_ROW,
)
from delib_parse.vocab.votes import (
    BARE_TALLY_END,
    BLANK_NAMES,
    BLANK_RESULT_LINE,
    CANDIDATE_COUNT_LINE,
    CANDIDATE_IN_LIST,
    CANDIDATE_LINE,
    CANDIDATE_LIST_LINE,
    CANDIDATE_RESULTS,
    CANDIDATE_SENTENCE,
    ELECTED,
    EMPTY_CELL,
    EXPRESSED,
    FOR_AGAINST,
    LABEL_FIRST_END,
    MAJORITY,
    MEMBER_ADJECTIVES,
    MEMBER_NOUNS,
    NOT_VOTING_ASIDE,
    NOT_VOTING_NAME,
    NOT_VOTING_VERB,
    NOT_VOTING_WORDS,
    NUMBER_WORDS,
    OUTCOME_WORDS,
    PRESIDING_ROLE,
    PROCEDURAL_UNANIMITY,
    PROXIES_INCLUDED,
    RESULTS_HEADING,
    TALLY_LETTERS,
    TALLY_OF_MEMBERS,
    TALLY_WORDS,
    UNANIMOUS,
    UNANIMOUS_COUNT,
    UNANIMOUS_LESS,
    UNANIMOUS_OF_EXPRESSED,
    VOTE_LABELLED_LINE,
    VOTERS,
    WITHDRAWN_ITEM,
    WORD_NUMBER_FOLLOWERS,
)

# A count: digits, or a number in words (longest first, so "dix-sept" is not read as "dix").
_WORDS = "|".join(w.replace(" ", r"\s+") for w in sorted(NUMBER_WORDS, key=len, reverse=True))
_WORD_NUM = rf"(?:{_WORDS})(?![\p{{L}}\-])"
_NUM = rf"(\d{{1,4}}|{_WORD_NUM})"
# A count glossed in brackets: "seize (16) voix pour et deux (2) abstentions", "16 (seize)".
_GLOSS = rf"(?:[ \t]*\((?:\d{{1,4}}|{_WORD_NUM})\))?"
# After a label, a number in words is a count only if no other word follows it ("Contre : une
# (Mme X)", not "Pour : un montant de …"); an empty cell ("/", "-", "néant") is none.
_CELL = (
    rf"(\d{{1,4}}(?!\s*[/.]\d)"
    rf"|{_WORD_NUM}(?![ \t]+(?!(?:{WORD_NUMBER_FOLLOWERS})\b)(?-i:\p{{Ll}}))"
    rf"|{EMPTY_CELL})"
)
# "POUR : 86", "Contre : 3 (M. X, Mme Y)", "ONT VOTE CONTRE : /", "Abstention : néant"
_WORD_FIRST = [
    (
        f,
        lazy(
            # A label whose count came before it ("… et 4 voix contre :" then "2 titulaires :
            # …") takes a count on its own line only ("Votants : 19 Voix pour : 15").
            # (a colon, or dot leaders: "Bulletins blancs ou nuls ........ 2")
            rf"(?<![\p{{L}}'])(?:(?<!\d[ \t]{{1,3}}(?:(?:voix|votes?)[ \t]+)?)(?:{p})\s*(?:\(s\))?\s*(?:[:=]|\.{{3,}}|…+)\s*"
            rf"|(?:{p})[ \t]*(?:\(s\))?[ \t]*(?:[:=]|\.{{3,}}|…+)[ \t]*){_CELL}(?:\s*\(([^)]*)\))?",
            regex.IGNORECASE,
        ),
    )
    for f, p in TALLY_WORDS
]
# The label then the number with no colon, on one line or the number on the next: "POUR 21" /
# "CONTRE 0" / "ABSTENTION 0", "Pour 86 / Contre 0 Abstentions 5". The label is capitalised
# (prose "pour 3 ans" is not), the count has at most three digits ("Pour 2019, ce seuil …") and
# ends the tally (LABEL_FIRST_END).
_WORD_FIRST_BARE = [
    (
        f,
        lazy(
            # ("Abst. 2": an abbreviated label keeps its full stop)
            rf"(?<![\p{{L}}'])(?-i:(?=\p{{Lu}}))(?:{p})(?:[ \t]*\(s\))?\.?"
            rf"(?:[ \t]+|[ \t]*\n[ \t]*(?=\S+[ \t]*(?:$|\()))"
            rf"(\d{{1,3}}(?![\d/.,]\d)|{_WORD_NUM}){LABEL_FIRST_END}(?:[ \t]*\(([^)]*)\))?",
            regex.IGNORECASE | regex.MULTILINE,
        ),
    )
    for f, p in TALLY_WORDS
]
# A number just before a bare label ("2 contre 3 absentions 6 votes pour") makes the label a
# number-first tally's, unless that number is itself a label's count ("Contre 0 Abstentions 5",
# "Votants 19 Pour 19", "Votants : 86 / Pour 86") or the label starts a line.
_ENDS_WITH_COUNT = lazy(rf"(?:\d|\b{_WORD_NUM})[ \t]*$", regex.IGNORECASE)
_ENDS_WITH_LABELLED_COUNT = lazy(
    rf"(?-i:\p{{Lu}})[\p{{L}}'’()]*[ \t]*[:=]?[ \t]*(?:\d{{1,4}}|{_WORD_NUM})[ \t]*$",
    regex.IGNORECASE,
)
# A label on a line of its own: a flattened table ("POUR" / "CONTRE" / "ABSTENTION" then "19" /
# "1 (NOM)" / "1 (NOM)") when at least two follow one another, then as many counts.
_LABEL_LINE = [
    (f, lazy(rf"^[ \t]*(?:{p})(?:[ \t]*\(s\))?[ \t]*:?[ \t]*$", regex.IGNORECASE))
    for f, p in TALLY_WORDS
]
_COUNT_LINE = lazy(
    rf"^[ \t]*(\d{{1,4}}|{_WORD_NUM})[ \t]*(?:\(([^)]*)\)?)?[ \t]*$", regex.IGNORECASE
)
# Whose the counted votes are, between the count and its label: "1 conseiller ne prend pas
# part au vote", "2 délégués s'abstiennent".
_WHOSE = rf"(?:\s+(?:{MEMBER_NOUNS})(?:\s+(?:{MEMBER_ADJECTIVES}))?)?"
# "par 25 voix pour, 3 contre (M. X, Mme Y) et 1 abstention", "11 voix pour", "0 contre",
# "une abstention", "par 9 voix pour et une, contre" (a stray comma after a word)
_NUMBER_FIRST = [
    (
        f,
        lazy(
            rf"(?<![\d/])\b{_NUM}{_GLOSS}{_WHOSE}(?:\s+|(?<=[\p{{L}})]),\s*)(?:(?:voix|votes?)\s+(?:{p})\b|(?:{p})\b(?:{BARE_TALLY_END}|{TALLY_OF_MEMBERS}))(?:\s*\(([^)]*)\))?",
            regex.IGNORECASE,
        ),
    )
    for f, p in TALLY_WORDS
]
_NAMES_AFTER = {
    "no": lazy(
        r"(?<![\p{L}])contre\s*:\s*(?:[-–]\s*)?((?:M\.|Mme|Monsieur|Madame|MM\.)[^\n]+)",
        regex.IGNORECASE,
    ),
    "abstain": lazy(
        r"abstentions?\s*:\s*(?:[-–]\s*)?((?:M\.|Mme|Monsieur|Madame|MM\.)[^\n]+)", regex.IGNORECASE
    ),
    # "Ne prennent pas part au vote : M. LAPORTE, Mme CAYROL (2)"
    "not_voting": lazy(
        r"ne\s+(?:prend|prennent)\s+pas\s+part\s+au\s+vote\s*:\s*(?:[-–]\s*)?"
        r"((?:M\.|Mme|Monsieur|Madame|MM\.)[^\n]+)",
        regex.IGNORECASE,
    ),
}
# "Pour le changement de prestataire : 13 votes" (Couthenans)
_LABELLED = [
    (
        f,
        lazy(
            rf"(?<![\p{{L}}'])(?:{p})\b[^:\n]{{1,60}}:\s*(\d{{1,4}})\s*(?:votes?|voix)\b",
            regex.IGNORECASE,
        ),
    )
    for f, p in TALLY_WORDS[:3]
]
# "M. X et Mme Y ne prenant pas part au vote": the names, or the one presiding by function.
_NOT_VOTING_SENTENCE = lazy(
    # (a name is the sentence's subject, not the object of a preposition: "… L. 2121-14 du
    # CGCT, Mme la Présidente quitte la salle")
    rf"(?<![\p{{L}}'’\-.])(?<!\b(?:du|de|des|au|aux|à|par|sur|selon)\s)"
    rf"(?:(?P<role>{PRESIDING_ROLE})|(?P<names>{NOT_VOTING_NAME}(?:\s*(?:,|\bet\b)\s*{NOT_VOTING_NAME})*))"
    rf"{NOT_VOTING_ASIDE}\s+{NOT_VOTING_VERB}",
)
_PRESIDING_RE = lazy(PRESIDING_ROLE)
_OPENER = lazy(r"^[\p{Lu}][\p{Ll}'’\-]+\s*,\s*(?=M\.|Mme|MM\.|Monsieur|Madame)")
UNANIMOUS_RE = lazy(UNANIMOUS, regex.IGNORECASE)
UNANIMOUS_LESS_RE = lazy(UNANIMOUS_LESS.format(num=rf"\d{{1,3}}|{_WORD_NUM}"), regex.IGNORECASE)
MAJORITY_RE = lazy(MAJORITY, regex.IGNORECASE)
FOR_AGAINST_RE = lazy(FOR_AGAINST.format(num=rf"\d{{1,4}}|{_WORD_NUM}"), regex.IGNORECASE)
UNANIMOUS_COUNT_RE = lazy(UNANIMOUS_COUNT, regex.IGNORECASE)
RESULTS_HEADING_RE = lazy(RESULTS_HEADING, regex.IGNORECASE)
UNANIMOUS_EXPRESSED_RE = lazy(UNANIMOUS_OF_EXPRESSED, regex.IGNORECASE)
PROXIES_RE = lazy(PROXIES_INCLUDED, regex.IGNORECASE)
# (a colon, or dot leaders: "Nombre de votants ........ 22")
VOTERS_RE = lazy(rf"(?<![\p{{L}}]){VOTERS}\s*(?:[:=]|\.{{3,}}|…+)?\s*(\d{{1,4}})", regex.IGNORECASE)
EXPRESSED_RE = lazy(rf"{EXPRESSED}\s*(?:[:=]|\.{{3,}}|…+)?\s*(\d{{1,4}})", regex.IGNORECASE)
CANDIDATE_RE = lazy(CANDIDATE_LINE)
CANDIDATE_SENTENCE_RE = lazy(CANDIDATE_SENTENCE)
CANDIDATE_COUNT_RE = lazy(CANDIDATE_COUNT_LINE, regex.IGNORECASE)
CANDIDATE_LIST_RE = lazy(CANDIDATE_LIST_LINE)
CANDIDATE_RESULTS_RE = lazy(CANDIDATE_RESULTS, regex.IGNORECASE)
CANDIDATE_IN_LIST_RE = lazy(CANDIDATE_IN_LIST)
DESIGNATED_RE = lazy(r"\best\s+(?:élue?|désignée?|proclamée?)\b", regex.IGNORECASE)
ELECTED_RE = lazy(ELECTED, regex.IGNORECASE)
BLANK_RE = lazy(BLANK_NAMES, regex.IGNORECASE)
OUTCOME_RES = [(o, lazy(p, regex.IGNORECASE)) for o, p in OUTCOME_WORDS]
_WITHDRAWN_RE = lazy(WITHDRAWN_ITEM, regex.IGNORECASE)
_NOTED_RE = next(r for o, r in OUTCOME_RES if o == "noted")


def unvoted(text: str) -> Literal["withdrawn", "noted"] | None:
    """Why an item of minutes holds no vote, when it says so: taken off the agenda, or an
    information the body takes note of ("Le conseil prend acte du rapport")."""
    if _WITHDRAWN_RE.search(text):
        return "withdrawn"
    if _NOTED_RE.search(text):
        return "noted"
    return None


@dataclass(slots=True)
class VoteResult:
    vote: Vote | None
    voters: int | None = None
    expressed: int | None = None
    at: VoteSpans = field(default_factory=VoteSpans)
    # "le Président ne prend pas part au vote": counted in not_voting; the builder names them
    # from the header, which this parser does not see.
    chair_not_voting: bool = False


def _number(text: str) -> int:
    """A count read in a tally: digits, a number in words, or an empty cell (0)."""
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(" ".join(text.lower().split()), 0)  # "vingt et" / "un"


_SENTENCE_END = lazy(r"(?<=\p{L}{2})\.\s+")
_PROSE_WORD = lazy(r"\b(?!et\b|de\b|du\b|des\b|le\b|la\b)\p{Ll}{2,}\b")


def _names(text: str | None) -> list[Person]:
    """Names in "(M. LEBLANC, Mme DEBUISSER et M. THUILLIER. M. LEBLANC indique qu'…)": the
    list ends where a sentence goes on in words."""
    if not text:
        return []
    kept = []
    for sentence in _SENTENCE_END.split(text):
        if _PROSE_WORD.search(sentence):
            break
        kept.append(sentence)
    return parse_people(". ".join(kept))


# A tally read: field → (count, offset in the text, the names in brackets after it).
_Tally = dict[str, tuple[int, int, str | None]]


def _table(text: str) -> _Tally:
    """A flattened table: two or more label lines, then as many count lines in their order."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    i = 0
    while i < len(lines):
        labels: list[str] = []
        j = i
        while j < len(lines):
            f = next((f for f, p in _LABEL_LINE if p.match(lines[j])), None)
            if f is None or f in labels:
                break
            labels.append(f)
            j += 1
        if len(labels) >= 2 and j + len(labels) <= len(lines):
            counts = [_COUNT_LINE.match(line) for line in lines[j : j + len(labels)]]
            if all(counts):
                return {
                    f: (_number(m.group(1)), starts[j + k], m.group(2))
                    for k, (f, m) in enumerate(zip(labels, counts, strict=True))
                    if m
                }
        i = max(j, i + 1)
    return _row_table(lines, starts)


_HEADING_ROW = lazy(r"^" + TALLY_HEADING_ROW + r"$", regex.IGNORECASE)
_COUNTS_ROW = lazy(TALLY_COUNTS_ROW)
_DIGITS = lazy(r"\d{1,4}")


def _row_table(lines: list[str], starts: list[int]) -> _Tally:
    """A small table laid out across: a heading row of tally labels, the counts' row under it
    ("Votants  Pour  Contre  Abstention" / "25  25  0  0")."""
    for i, line in enumerate(lines[:-1]):
        if not _HEADING_ROW.match(line):
            continue
        k = i + 2 if not lines[i + 1].strip() and i + 2 < len(lines) else i + 1
        if not _COUNTS_ROW.match(lines[k]):
            continue
        fields = _cell_fields(line)
        counts = _DIGITS.findall(lines[k])
        if len(fields) != len(counts):
            continue
        found: _Tally = {}
        for cell, count in zip(fields, counts, strict=True):
            # (the votants' cell is the tally's own count of voters, its sum's bound)
            found[cell or "voters"] = (int(count), starts[k], None)
        return found
    return _group_table(lines, starts)


_GROUP_HEADING = lazy(GROUP_TALLY_HEADING, regex.IGNORECASE)
_GROUP_TOTAL = lazy(GROUP_TALLY_TOTAL, regex.IGNORECASE)
_GROUP_CELLS = lazy(
    "|".join(f"(?P<c{k}>{p})" for k, (p, _) in enumerate(GROUP_TALLY_CELLS)), regex.IGNORECASE
)


def _cell_fields(heading: str) -> list[str | None]:
    """The Vote field of each cell of a tally table's heading row, in order (None: votants)."""
    return [
        GROUP_TALLY_CELLS[int(m.lastgroup[1:])][1]
        for m in _GROUP_CELLS.finditer(heading)
        if m.lastgroup is not None
    ]


def _group_table(lines: list[str], starts: list[int]) -> _Tally:
    """A tally by group laid out as a table: its heading row names the columns, its "Total"
    row gives the counts ("Groupe Pour Contre Abst. NPPV" / one row a group / "Total 58 19 7
    1")."""
    for i, line in enumerate(lines):
        if not _GROUP_HEADING.match(line):
            continue
        fields = _cell_fields(line)
        for k in range(i + 1, min(len(lines), i + 1 + MAX_GROUP_TABLE_LINES)):
            total = _GROUP_TOTAL.match(lines[k])
            if total is None:
                continue
            counts = _DIGITS.findall(total.group("counts"))
            if len(counts) != len(fields):
                break
            return {
                f: (int(count), starts[k], None)
                for f, count in zip(fields, counts, strict=True)
                if f is not None
            }
    return {}


def _word_first(text: str) -> _Tally:
    """Label then count: "Pour : 12", "CONTRE : /", "POUR 21", "Contre 0 Abstentions 5"."""
    found: _Tally = {}
    for f, pattern in _WORD_FIRST:
        m = pattern.search(text)
        if m:
            found[f] = (_number(m.group(1)), m.start(), m.group(2))
    bare = sorted(
        ((m, f) for f, pattern in _WORD_FIRST_BARE for m in pattern.finditer(text)),
        key=lambda mf: mf[0].start(),
    )
    skipped: set[int] = set()  # where the counts of labels read as number-first end
    bare_read: set[str] = set()
    for m, f in bare:
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if _ENDS_WITH_COUNT.search(before) and (
            not _ENDS_WITH_LABELLED_COUNT.search(before)
            or m.start() - (len(before) - len(before.rstrip())) in skipped
        ):
            # "2 Contre 3 Abstentions 6 votes pour": each label follows its own count
            skipped.add(m.end(1))
            continue
        if "\n" in text[m.start() : m.start(1)] and _after_label_line(text, m.start()):
            continue  # a column of labels, then their counts: _table's
        if f not in found or found[f][1] > m.start():
            found[f] = (_number(m.group(1)), m.start(), m.group(2))
            bare_read.add(f)
    if bare_read and bare_read == set(found) and len(_number_first(text)) > len(found):
        # "Vote : 15 Pour 0 Contre 0 Abstention": the run ends on a label, the counts lead.
        return {}
    return found or _vote_labelled(text) or _letter_tally(text)


_PROCEDURAL = lazy(PROCEDURAL_UNANIMITY, regex.IGNORECASE)
_VOTE_LABELLED = lazy(VOTE_LABELLED_LINE, regex.IGNORECASE | regex.MULTILINE)
_IN_VOTE_LINE = [
    (
        f,
        lazy(
            rf"(?<![\p{{L}}'])(?:{p})(?:[ \t]*\(s\))?[ \t]+(\d{{1,3}}|{_WORD_NUM})(?![\d/.,]\d)"
            rf"(?:[ \t]*\(([^)]*)\))?",
            regex.IGNORECASE,
        ),
    )
    for f, p in TALLY_WORDS
]


def _vote_labelled(text: str) -> _Tally:
    """Labels in lower case, each then its count, on a line the word "Vote" labels ("Vote :
    pour 10 ; contre 0 ; abstention 1 (M. X)"): two of them at least."""
    for line in _VOTE_LABELLED.finditer(text):
        start = line.start("rest")
        rest = line.group("rest")
        found: _Tally = {}
        for f, pattern in _IN_VOTE_LINE:
            m = pattern.search(rest)
            if m:
                found[f] = (_number(m.group(1)), start + m.start(), m.group(2))
        if len(found) >= 2:
            return found
    return {}


_LETTER = "(?:" + "|".join(letter for letter, _ in TALLY_LETTERS) + ")"
_LETTER_PAIR = rf"{_LETTER}[ \t]*[:=]?[ \t]*\d{{1,3}}"
# Two pairs at least, apart by a separator or a space ("P 21 / C 0 / A 4 NPPV 1 (J. X)"),
# in capitals as the legend writes them.
_LETTER_RUN = lazy(
    rf"(?<![\p{{L}}\d]){_LETTER_PAIR}(?:(?:[ \t]*[/,;–-][ \t]*|[ \t]+){_LETTER_PAIR}){{1,3}}"
    rf"(?![\p{{L}}\d])"
)
_LETTER_PAIRS = lazy(rf"(?P<letter>{_LETTER})[ \t]*[:=]?[ \t]*(?P<count>\d{{1,3}})")
_LETTER_FIELDS = dict(TALLY_LETTERS)


def _letter_tally(text: str) -> _Tally:
    """A tally in a legend's letters: "P 21 / C 4 / A 2", "P : 25 – NPPV : 1"."""
    run = _LETTER_RUN.search(text)
    if run is None:
        return {}
    found: _Tally = {}
    for m in _LETTER_PAIRS.finditer(run.group(0)):
        found.setdefault(
            _LETTER_FIELDS[m.group("letter")], (int(m.group("count")), run.start(), None)
        )
    return found


def _after_label_line(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    previous_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    previous = text[previous_start : max(previous_start, line_start - 1)]
    return line_start > 0 and any(p.match(previous) for _, p in _LABEL_LINE)


def _number_first(text: str) -> _Tally:
    """Count then label: "par 25 voix pour, 3 contre et une abstention"."""
    found: _Tally = {}
    duel = FOR_AGAINST_RE.search(text)
    if duel:
        found["yes"] = (_number(duel.group("yes")), duel.start(), None)
        found["no"] = (_number(duel.group("no")), duel.start("no"), None)
    for f, pattern in _NUMBER_FIRST:
        if f in found:
            continue
        m = pattern.search(text)
        if m:
            found[f] = (_number(m.group(1)), m.start(), m.group(2))
    return found


def parse_vote(text: str, base: int = 0) -> VoteResult:
    """Read the vote in text (the deliberation's decision zone)."""
    values: dict[str, int] = {}
    names: dict[str, list[Person]] = {}
    at = VoteSpans()
    candidates, blank, last_round = _election(text)
    if candidates:
        elected = [c for c in candidates if c.elected] or [max(candidates, key=lambda c: c.votes)]
        values["yes"] = elected[0].votes
        if blank is not None:
            values["blank"] = blank
    tally_end = len(text)
    row_voters: tuple[int, int, str | None] | None = None
    if not candidates:
        for stage in (_table, _word_first, _number_first):
            found = stage(text)
            if found:
                break  # one document uses one form; mixing would read "86 ABSTENTION" as 86.
        if found:
            tally_end = max(start for _, start, _ in found.values())
        row_voters = found.pop("voters", None)
        for f, (value, start, listed) in found.items():
            values[f] = value
            at.set(f, base + start)
            if listed:
                names[f] = _names(listed)
    counted = UNANIMOUS_COUNT_RE.search(text)
    if counted and "yes" not in values:
        values["yes"] = int(counted.group(1))
        at.yes = base + counted.start()
    if not values:
        for f, pattern in _LABELLED:
            m = pattern.search(text)
            if m and f not in values:
                values[f] = int(m.group(1))
                at.set(f, base + m.start())
    for f, pattern in _NAMES_AFTER.items():
        if f not in names:
            m = pattern.search(text)
            if m:
                names[f] = _names(m.group(1))
                at.setdefault(f, base + m.start())
    less = UNANIMOUS_LESS_RE.search(text)
    if less:
        field = "abstain" if less.group("abstain") else "no"
        if field not in values:
            values[field] = _number(less.group("count"))
            at.set(field, base + less.start())
    not_voting, chair_not_voting, said_at = _not_voting(text)
    if said_at is not None:
        at.setdefault("not_voting", base + said_at)
    if not_voting:
        names["not_voting"] = not_voting
    # "l'unanimité moins une abstention" is the unanimity of the votes cast: an abstention is
    # no suffrage exprimé (CGCT L2121-20), so the votes cast were all for, as in "à
    # l'unanimité (3 abstentions)". "moins une voix contre" is no unanimity: unanimous false.
    unanimous_expressed = UNANIMOUS_EXPRESSED_RE.search(text) or (
        less if less and less.group("abstain") else None
    )
    unanimous = None if less and less.group("no") else UNANIMOUS_RE.search(text)
    if unanimous and values and _PROCEDURAL.search(text, unanimous.start(), unanimous.end() + 60):
        # the unanimity on how to vote, then the matter's own tally: that tally's unanimity
        # only, if it states one
        unanimous = UNANIMOUS_RE.search(text, unanimous.end())
    unanimous = unanimous or unanimous_expressed
    majority = MAJORITY_RE.search(text)
    proxies = PROXIES_RE.search(text)
    # (an election of several rounds: the last round's figures)
    # (the votants of the tally, before its last figure: not those a later line restates,
    # "M. X arrive … Présents : 15 – Votants : 18")
    if tally_end == len(text) and unanimous:
        tally_end = unanimous.end()  # "Adopté à l'unanimité." / "Présents : 51 – Votants : 54"
    voters = VOTERS_RE.search(text, last_round, max(tally_end, last_round))
    voters_count = row_voters[0] if row_voters else _num(voters)
    expressed = EXPRESSED_RE.search(text, last_round)
    outcome: Literal["adopted", "rejected", "noted"] | None = None
    for name, pattern in OUTCOME_RES:
        if pattern.search(text):
            outcome = cast(Literal["adopted", "rejected", "noted"], name)
            break
    if (
        not values
        and not unanimous
        and not names
        and not candidates
        and not majority
        and not chair_not_voting
    ):
        return VoteResult(None, voters_count, _num(expressed), at)
    # Names without a number ("Abstention : M. Tanguy", "M. X ne prend pas part au vote"):
    # the count is the number of names, and the one presiding when said by function.
    for f in ("no", "abstain", "not_voting"):
        if f not in values and names.get(f):
            values[f] = len(names[f])
    if chair_not_voting and "not_voting" not in values:
        values["not_voting"] = len(not_voting) + 1
    # A split vote stated without unanimity is not unanimous (false, not "not stated"): votes
    # against or abstentions counted, "à la majorité", or "unanimité moins N contre". Nothing
    # said (or "Pour 21 Contre 0 Abstention 0") stays null. An election's candidates share
    # the votes by nature: no unanimity is read there.
    split = bool(values.get("no") or values.get("abstain") or majority or less)
    unanimity: bool | None = True if unanimous else None
    if unanimity is None and split and not candidates:
        unanimity = False
    vote = Vote(
        yes=values.get("yes"),
        no=values.get("no"),
        abstain=values.get("abstain"),
        not_voting=values.get("not_voting"),
        blank=values.get("blank"),
        proxies_included=int(proxies.group(1)) if proxies else None,
        unanimous=unanimity,
        unanimous_of_expressed=bool(unanimous_expressed),
        outcome=outcome,
        no_names=names.get("no", []),
        abstain_names=names.get("abstain", []),
        not_voting_names=names.get("not_voting", []),
        candidates=candidates,
    )
    if unanimous:
        at.setdefault("unanimous", base + unanimous.start())
    if row_voters:
        at.voters = base + row_voters[1]
    elif voters:
        at.voters = base + voters.start()
    return VoteResult(vote, voters_count, _num(expressed), at, chair_not_voting)


def _not_voting(text: str) -> tuple[list[Person], bool, int | None]:
    """Who takes no part in the vote, said in sentences of text: the names, whether the one
    presiding is among them (said by function), and where the first sentence starts."""
    names: list[Person] = []
    chair = False
    first: int | None = None
    folded = text.casefold()
    if not any(word in folded for word in NOT_VOTING_WORDS):
        return names, chair, first  # (the long pattern only where its verb may be)
    for m in _NOT_VOTING_SENTENCE.finditer(text):
        if m.group("role"):
            chair = True
        else:
            # "Ensuite, M. X ne prend pas part": the sentence's first word is no one.
            listed = m.group("names")
            role = _PRESIDING_RE.search(listed)
            if role is not None:
                # "Mme X et Mme la Présidente", or a name run on into it: the chair is one
                chair = True
                listed = listed[: role.start()].rstrip(" ,").removesuffix(" et")
            opener = _OPENER.match(listed)
            for person in _names(listed[opener.end() :] if opener else listed):
                # said twice, in the debate and with the tally ("M. Didier X ne prend pas part
                # au vote" … "M. X ne prenant pas part au vote"): one member
                if not any(same_member(person, p) for p in names):
                    names.append(person)
        first = m.start() if first is None else first
    return names, chair, first


def with_debate_not_voting(result: VoteResult, debate: str, base: int) -> VoteResult:
    """Join to a vote who the debate before it says takes no part ("Mme X, présidente de
    l'association, quitte la salle et ne prend pas part au vote." then "POUR : 17"), when the
    vote itself does not say: the sentence may be paragraphs above the tally."""
    vote = result.vote
    if vote is None or vote.not_voting is not None:
        return result
    names, chair, said_at = _not_voting(debate)
    if said_at is None:
        return result
    count = len(names) + (1 if chair else 0)
    vote = vote.model_copy(update={"not_voting": count, "not_voting_names": names})
    at = replace(result.at, not_voting=base + said_at)
    return VoteResult(vote, result.voters, result.expressed, at, result.chair_not_voting or chair)


_TALLY_NAME = lazy(r"(?i)(?:pour|contre|abstentions?|votants?|exprimés?|suffrages?)\b")


_BLANK_RESULT_LINE = lazy(BLANK_RESULT_LINE, regex.IGNORECASE | regex.MULTILINE)


def _election(text: str) -> tuple[list[Candidate], int | None, int]:
    """Candidates and their votes, and the blank ballots, when at least two lines read so;
    with where the last round's text starts (0 for one round)."""
    candidates: list[Candidate] = []
    blank: int | None = None
    last_round = 0
    previous_end = 0
    for m in CANDIDATE_RE.finditer(text):
        name = m.group("name").strip(" .")
        if _TALLY_NAME.match(name):
            return [], None, 0  # a tally, not an election
        if any(c.name == name for c in candidates):
            # a candidate named again: the next round, which replaces the one before
            candidates, blank, last_round = [], None, previous_end
        previous_end = m.end()
        if BLANK_RE.match(name):
            blank = (blank or 0) + int(m.group("votes"))
            continue
        candidates.append(
            Candidate(
                name=name,
                votes=int(m.group("votes")),
                elected=bool(ELECTED_RE.search(m.group("rest"))),
            )
        )
    if not candidates:
        candidates = _candidate_columns(text)
    if not candidates:
        candidates, last_round = _results_sentence(text)
    announced = len(candidates) == 1 and RESULTS_HEADING_RE.search(text)
    if (
        len(candidates) + (blank is not None) < 2
        and not any(c.elected for c in candidates)
        and not announced
    ):
        candidates = []
        for m in CANDIDATE_SENTENCE_RE.finditer(text):
            person = parse_person(m.group("name"))
            elected = bool(ELECTED_RE.search(m.group("rest")) or DESIGNATED_RE.search(text))
            candidates.append(
                Candidate(
                    name=person.name if person else m.group("name"),
                    votes=int(m.group("votes")),
                    elected=elected,
                )
            )
        if not candidates:
            return [], None, 0
    candidates = _proclaimed(candidates, text)
    if blank is None:
        # "bulletins blancs … 3" / "bulletins nuls … 1": each on its own line, both not cast;
        # "Nombre de bulletins blancs et nuls : 5 bulletins blancs" counts them together.
        blank_re = next(p for f, p in _WORD_FIRST if f == "blank")
        kinds: dict[str, int] = {}
        # (a line of the results, its count at its end: "d. Nombre de suffrages blancs
        # (article L.65 du code électoral) ......... 1")
        matches = list(_BLANK_RESULT_LINE.finditer(text, last_round)) or list(
            blank_re.finditer(text, last_round)
        )
        for m in matches:
            label = m.group(0).lower()
            kind = "blanc" if "blanc" in label else "nul"
            if "blanc" in label and "nul" in label:
                kind = "both"
            kinds.setdefault(kind, _number(m.group(1)))
        if kinds:
            blank = kinds["both"] if "both" in kinds else sum(kinds.values())
    return candidates, blank, last_round


def _results_sentence(text: str) -> tuple[list[Candidate], int]:
    """The last round's results stated in a sentence ("Ont obtenu : Mme Sylvie NICOLAS
    6 voix, M. Jean-Michel BODIN 5 voix."): an election of two rounds states both, and the
    last decides (who is elected, _proclaimed says). With where the last round's text
    starts (after the round before it)."""
    rounds = list(CANDIDATE_RESULTS_RE.finditer(text))
    if not rounds:
        return [], 0
    candidates: list[Candidate] = []
    for m in CANDIDATE_IN_LIST_RE.finditer(rounds[-1].group("list")):
        raw = m.group("name").strip(" .")
        if raw.lower().startswith("et "):
            raw = raw[3:]
        person = parse_person(raw)
        candidates.append(
            Candidate(name=person.name if person else raw, votes=int(m.group("votes")))
        )
    return candidates, rounds[-2].end() if len(rounds) > 1 else 0


def _proclaimed(candidates: list[Candidate], text: str) -> list[Candidate]:
    """The candidate a sentence after the results proclaims ("M. Fabrice LEGOUT, ayant
    obtenu la majorité absolue, est proclamé quatrième vice-président"), when no result line
    says who was elected."""
    if not candidates or any(c.elected for c in candidates):
        return candidates
    proclamations = list(DESIGNATED_RE.finditer(text))
    if not proclamations:
        return candidates
    # the sentence that proclaims, up to its verb
    said = regex.split(r"[.;:]\s", text[: proclamations[-1].start()])[-1]  # after the last round
    out = []
    for c in candidates:
        person = parse_person(c.name)
        family = person.family_name if person and person.family_name else c.name
        out.append(c.model_copy(update={"elected": True}) if family in said else c)
    return out


def _candidate_columns(text: str) -> list[Candidate]:
    """Two or more "N VOIX" lines right after as many listed offers: each offer's votes, in
    order. Without the list above, the counts name nobody and give no tally."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and CANDIDATE_COUNT_RE.match(lines[j]):
            j += 1
        n = j - i
        if n >= 2 and i >= n:
            listed = [CANDIDATE_LIST_RE.match(line) for line in lines[i - n : i]]
            counts = [CANDIDATE_COUNT_RE.match(line) for line in lines[i:j]]
            if all(listed):
                return [
                    Candidate(name=name.group("name"), votes=int(count.group("votes")))
                    for name, count in zip(listed, counts, strict=True)
                    if name and count
                ]
        i = max(j, i + 1)
    return []


def _num(m: regex.Match[str] | None) -> int | None:
    return int(m.group(1)) if m else None
