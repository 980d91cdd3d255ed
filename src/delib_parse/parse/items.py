"""Items of a procès-verbal or compte rendu, and the votes inside each item.

A sitting's minutes treat several matters in turn. Items are found by their headings — a
run of deliberation numbers ("DEL2025-59 :") or a run of consecutive item numbers (1, 2, 3 /
I, II, III) after the agenda — and each vote inside an item becomes one deliberation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import regex

from delib_parse.lazyre import lazy
from delib_parse.parse.shape import in_capitals
from delib_parse.vocab.headings import PROSE_OPENING
from delib_parse.vocab.items import (
    ADOPTED_MATTER_LINE,
    AGENDA,
    BULLET_LABEL,
    DECISION_BULLET,
    DECISION_DETAIL,
    DECISION_RESULT,
    DELIB_LIST_HEADING,
    INFO_HEADING,
    ITEM_DELIB_NUMBER,
    ITEM_NUMBER,
    MATTER_COLON,
    NAVIGATION_LINE,
    NOT_A_DELIBERATION,
    OUTCOME_WORD,
    PASSIVE_DECISION,
    PROCLAIMED,
    ROUND_LABEL,
    SITTING_LABEL,
    SITTING_TITLE,
    SUBJECT_DESCRIPTION,
    TALLY_COUNTS_ROW,
    VOTE_LABEL_WORD,
    VOTE_LINE,
    VOTE_LINE_WORDS,
    WITHDRAWN_LINE,
)
from delib_parse.vocab.rebreak import SENTENCE_VERBS
from delib_parse.vocab.votes import CANDIDATE_COUNT_LINE, CANDIDATE_LIST_LINE

ITEM_NUMBER_RE = lazy(ITEM_NUMBER, regex.MULTILINE)
ITEM_DELIB_RE = lazy(ITEM_DELIB_NUMBER, regex.MULTILINE | regex.IGNORECASE)
DELIB_LIST_RE = lazy(DELIB_LIST_HEADING, regex.MULTILINE | regex.IGNORECASE)
BULLET_RE = lazy(r"^[ \t]*[•▪◦●■\-–][ \t]*(?P<title>\S[^\n]*)$", regex.MULTILINE)
# What the vote was on, named before the tally (Couthenans): "Pour le changement de
# prestataire : 13 votes"; "Vote pour la gratuité de la dispersion des cendres : Vote : 14 pour".
VOTE_OBJECT = lazy(
    r"(?im)^[ \t]*(?:vote\s+)?pour\s+(?:(?:le|la|les|l')\s*)?(?P<object>[^:\n]{3,60}?)\s*:\s*"
    r"(?:\d{1,4}\s+(?:votes?|voix)\b|vote\s*:\s*\d{1,4}\s+pour\b)"
)
NOT_A_DELIBERATION_RE = lazy(NOT_A_DELIBERATION, regex.IGNORECASE)
AGENDA_RE = lazy(AGENDA, regex.MULTILINE | regex.IGNORECASE)
VOTE_LINE_RE = lazy(VOTE_LINE, regex.IGNORECASE | regex.MULTILINE)


# Memoised: minutes are read several ways (the outline's families, the segmentations without
# headings, the preamble), each testing the same lines again; a batch worker's cache stays
# bounded.
@lru_cache(maxsize=1 << 16)
def is_vote_line(line: str) -> bool:
    """Whether a line carries (part of) a vote: VOTE_LINE, after a test of its words."""
    low = line.lower()
    return any(w in low for w in VOTE_LINE_WORDS) and VOTE_LINE_RE.search(line) is not None


_ROMAN = {"I": 1, "V": 5, "X": 10}
# A name in brackets or quotes, closed on the line or left open to its end.
_NAMED = lazy(r"«[^»\n]*(?:»|$)|\([^)\n]*(?:\)|$)")
_GROUP_COUNT = lazy(r"\(\d{1,3}\)")


def _open_end(line: str) -> bool:
    """Whether a line stops where its words cannot end: a comma, "et", "de", "(" …"""
    stripped = line.rstrip()
    if stripped.endswith((",", "(", "–", "-")):
        return True
    words = stripped.split()
    return bool(words) and words[-1].lower() in _LIST_OPEN_ENDINGS


MAX_GAP_LINES = 2  # non-vote lines allowed inside one vote ("… M. LEBLANC indique / qu'ils …")


@dataclass(frozen=True, slots=True)
class Item:
    start: int
    end: int
    title: str
    number: str | None
    category: str | None = None  # the rubric the item stands under ("IV. PERSONNEL")


@dataclass(frozen=True, slots=True)
class VoteGroup:
    start: int  # offset of the first vote line (relative to the item text)
    end: int
    label: str | None  # what the vote is about when an item has several
    standalone: bool = False  # the label names the matter by itself (a "… :" label line)
    named: bool = False  # the label is a name before its expansion ("SHAARL (Société …)")


def roman(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    total, prev = 0, 0
    for ch in reversed(text):
        value = _ROMAN.get(ch)
        if value is None:
            return None
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total


def _clean_title(title: str) -> str:
    return " ".join(title.split()).strip(" :.-–")


_TRAILING_NUMBER = lazy(r"(\d{1,4})$")


# Extracts one after another, each headed by its rank and date ("Délibération n° 1 du 18
# DECEMBRE 2008", Argelès-sur-Mer), the title under an "Objet :" label below.
_DATED_NUMBER = lazy(
    r"^[ \t]*délibération\s+n°\s*(?P<number>[\w./-]{1,12})\s+du\s+"
    r"(?:\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})[ \t]*$",
    regex.MULTILINE | regex.IGNORECASE,
)
TITLE_WINDOW = 600


_LOWER_WORD = lazy(r"[ \t]*\p{Ll}{2}")


def cites_on(text: str, line_start: int) -> bool:
    """The line at line_start goes on with a sentence (it opens with a word in lower case):
    "… à partir de la" / "délibération n° 2023-043. Présents : 15 …" cites an act, a heading
    opens with a capital."""
    return bool(_LOWER_WORD.match(text, line_start))


def _dated_number_items(text: str) -> list[Item]:
    from delib_parse.parse.subject import parse_subject

    heads: list[tuple[int, str | None, str]] = []
    for m in _DATED_NUMBER.finditer(text):
        title = parse_subject(text[m.end() : m.end() + TITLE_WINDOW]).subject.title or ""
        heads.append((m.start(), m.group("number"), title))
    return _items_from_heads(text, heads) if len(heads) >= 2 else []


def _delib_number_items(text: str) -> list[Item]:
    found = list(ITEM_DELIB_RE.finditer(text))
    if len(found) < 2:
        dated = _dated_number_items(text)
        if dated:
            return dated
    heads: list[tuple[int, str | None, str]] = []
    seen: set[str] = set()
    last: int | None = None
    for m in found:
        number = "".join(m.group("number").split())
        if cites_on(text, m.start()):
            continue
        if number in seen:
            continue  # cited again later ("complément de la délibération n° DEL2025-36")
        # A number below the previous item's is an older act the text cites (a title
        # wrapping onto "DEL2025-36 du 10 avril 2025)"), not an item of this sitting.
        sequence = _TRAILING_NUMBER.search(number)
        value = int(sequence.group(1)) if sequence else None
        if value is not None and last is not None and value < last:
            continue
        last = value if value is not None else last
        seen.add(number)
        heads.append((m.start(), number, _clean_title(m.group("title"))))
    return _items_from_heads(text, heads)


def _items_from_heads(text: str, heads: list[tuple[int, str | None, str]]) -> list[Item]:
    items = []
    for i, (start, number, title) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        items.append(Item(start, end, _wrap_title(text, start, title), number))
    return items


_OPEN_ENDINGS = frozenset(
    {"de", "du", "des", "la", "le", "les", "l'", "et", "à", "au", "aux", "en", "pour", "sur", "d'"}
)
# (not "pour", which ends a tally: "… par 12 voix pour")
_LIST_OPEN_ENDINGS = _OPEN_ENDINGS - {"pour"}


def _wrap_title(text: str, start: int, title: str) -> str:
    """A heading's title may wrap onto the next line ("… des Lisières de" / "l'Oise")."""
    line_end = text.find("\n", start)
    if line_end < 0:
        return title
    nxt_end = text.find("\n", line_end + 1)
    nxt = text[line_end + 1 : nxt_end if nxt_end > 0 else len(text)].strip()
    words = title.split()
    continues = (
        (words and words[-1] in _OPEN_ENDINGS)
        or title.endswith(("-", "–", ",", "'"))
        or title.count("(") > title.count(")")  # "(complémentaire à la délibération" / "…)"
    )
    if nxt and (nxt[0].islower() or continues) and len(nxt.split()) <= 12 and not is_vote_line(nxt):
        return _clean_title(title + " " + nxt)
    return title


def _numbering_style(m: regex.Match[str]) -> str:
    """ "question n°#-", "#.", "#)": the words and marks around an item's number."""
    text: str = m.string
    marks = text[m.start() : m.start("num")] + "#" + text[m.end("num") : m.start("title")]
    return marks.replace(" ", "").casefold()


_PERSON_WORD = lazy(r"^(?:\p{Lu}[\p{Lu}'’\-]+|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$")
NAMES_SHARE = 0.6


def names_list(titles: list[str]) -> bool:
    """Whether numbered lines are people ("1. GUILLOUET Jeanne", "2. LEROUX Sébastien": a
    list of candidates or members), not items: most titles two to four name-shaped words,
    family names in capitals and given names not."""

    def person(title: str) -> bool:
        words = title.split()
        return (
            2 <= len(words) <= 4
            and all(_PERSON_WORD.match(w) for w in words)
            and any(w.isupper() for w in words)
            and not all(w.isupper() for w in words)  # "PLANTATION D'UNE HAIE": a title
        )

    return bool(titles) and sum(person(t) for t in titles) >= NAMES_SHARE * len(titles)


def _numbered_items(text: str) -> list[Item]:
    cands = []
    styles: dict[int, str] = {}
    for m in ITEM_NUMBER_RE.finditer(text):
        n = roman(m.group("num"))
        if n is not None and 0 < n < 60 and not is_vote_line(m.group(0)):
            cands.append((m.start(), n, _clean_title(m.group("title"))))
            styles[m.start()] = _numbering_style(m)
    # Chains of consecutive numbers starting at 1; the agenda is one, the items another.
    # A number goes on the chain numbered in its own style first: "Question n° 1 - …" then
    # the agenda "1. … 7. …" then "Question n° 2 - …" (Vendargues 2012) are two chains.
    chains: list[list[tuple[int, int, str]]] = []
    for cand in cands:
        fits = [c for c in chains if cand[1] in (c[-1][1] + 1, c[-1][1] + 2)]
        # One number may be lost to extraction ("15 pour7/ …" glued on a line).
        same = [c for c in fits if styles[c[-1][0]] == styles[cand[0]]]
        if same or fits:
            (same or fits)[0].append(cand)
        elif cand[1] == 1:
            chains.append([cand])
    chains = [c for c in chains if len(c) >= 2 and not names_list([t for _, _, t in c])]
    if not chains:
        return []
    agenda = AGENDA_RE.search(text)

    def spread(chain: list[tuple[int, int, str]]) -> int:
        return chain[-1][0] - chain[0][0]

    # The items are the chain that spans the most text (an agenda's lines are adjacent);
    # a chain that starts right after "Ordre du jour" is the agenda itself.
    best = max(chains, key=spread)
    if agenda and len(chains) > 1 and best[0][0] - agenda.end() < 40:
        others = [c for c in chains if c is not best]
        best = max(others, key=spread)
    heads: list[tuple[int, str | None, str]] = [(s, None, t) for s, _, t in best]
    return _items_from_heads(text, heads)


def _bulleted_list_items(text: str) -> list[Item]:
    """ "Liste des délibérations votées" then one bullet per deliberation, titles wrapping."""
    heading = DELIB_LIST_RE.search(text)
    if not heading:
        return []
    heads: list[tuple[int, str | None, str]] = []
    bullets = list(BULLET_RE.finditer(text, heading.end()))
    for i, m in enumerate(bullets):
        end = bullets[i + 1].start() if i + 1 < len(bullets) else len(text)
        title = " ".join(text[m.start("title") : end].split())
        heads.append((m.start(), None, title))
    return [
        Item(s, heads[i + 1][0] if i + 1 < len(heads) else len(text), _clean_title(t), n)
        for i, (s, n, t) in enumerate(heads)
    ]


def split_items(text: str) -> list[Item]:
    """The items of a procès-verbal, or [] when the text is a single extract."""
    items = _delib_number_items(text)
    if len(items) >= 2:
        return items
    items = _bulleted_list_items(text)
    if len(items) >= 2:
        return items
    return _numbered_items(text)


_TALLY_WORD = lazy(r"\b(pour|contre|abstentions?|unanimit)", regex.IGNORECASE)


_HEADING_BULLETS = ("•", "▪", "◦", "●", "■", "➢", "❖")


def bullet_matter(line: str) -> str | None:
    """The matter a bulleted line names before its decision ("- Cantine : … 10 pour"), or
    None; a tally's own label ("- Contre : 2 (M. X)") names none."""
    m = _BULLET_LABEL.match(line)
    if m is None:
        return None
    label = " ".join(m.group("title").split())
    if len(label.split()) <= 4 and _TALLY_WORD.search(label):
        return None
    return label


def vote_groups(item_text: str, is_vote: Callable[[str], bool] = is_vote_line) -> list[VoteGroup]:
    """Runs of vote lines inside one item, each one vote.

    A run ends at a gap of more than MAX_GAP_LINES lines, at a label line ("Vote du budget
    primitif 2021 :"), or when a tally word comes back ("15 pour" twice is two votes).
    """
    lines = item_text.split("\n")
    groups: list[list[int]] = []
    words: set[str] = set()
    decided = False  # the current group states an outcome (adopted, unanimity …)
    gap = 0
    label_between = False
    bullets_open = False
    for i, line in enumerate(lines):
        # A bulleted matter with its decision on its line ("- Cantine : … 10 pour, 1 contre.")
        # is a vote of its own, the heading's line included.
        matter = (
            line.lstrip()[:1] in "-–•➢▪*"
            and (bullet_matter(line) is not None or decision_result(line) is not None)
        ) or (":" in line and _matter_before_colon(line) is not None)
        matter = matter or _adopted_matter(line) is not None
        if i == 0 and not ((matter or _PASSIVE_DECISION.match(line)) and is_vote(line)):
            continue  # the heading (unless it is the vote that names its matter)
        if is_vote(line):
            # (not the words of a name in brackets or quotes: "(groupe « Agir pour" /
            # "Saint-Péran »)" holds no second "pour")
            found = {w.lower().rstrip("s") for w in _TALLY_WORD.findall(_NAMED.sub(" ", line))}
            # A sentence that names its matter and its decision ("Le compte de gestion … a été
            # approuvé à l'unanimité.", "Compte administratif 2023 : … approuvé par 14 voix
            # pour") after a decision already stated is the next vote (minutes written as
            # prose); after counts alone ("Votants : 17 – Pour : 17" / "Le compte administratif
            # est adopté à l'unanimité des votants.") it states their outcome.
            names_itself = decided and (
                _PASSIVE_DECISION.match(line) is not None or _MATTER_COLON.match(line) is not None
            )
            joins = (
                groups
                and gap <= MAX_GAP_LINES
                and not label_between
                and not (found & words)
                and not matter
                and not names_itself
            )
            if joins:
                groups[-1].append(i)
                words |= found
                decided = decided or _OUTCOME.search(line) is not None
            else:
                groups.append([i])
                words = found
                decided = _OUTCOME.search(line) is not None
            gap = 0
            label_between = False
            bullets_open = line.rstrip().endswith(":")
        elif (
            groups
            and gap == 0
            and groups[-1][-1] == i - 1
            and line.lstrip()[:1].islower()
            and not lines[i - 1].rstrip().endswith((".", ";", ":", "!", "?"))
        ):
            # the vote's sentence wrapped onto this line ("… à l'unanimité moins une" /
            # "abstention (M. X).")
            groups[-1].append(i)
        elif (
            groups
            and gap == 0
            and groups[-1][-1] == i - 1
            and (_open_end(lines[i - 1]) or _GROUP_COUNT.search(line))
        ):
            # the names after a count, wrapped after a comma or a word that cannot end them,
            # or groups with their counts ("Pour : 71 Ensemble pour Sarlieu (36), Écologistes
            # et solidaires" / "(15), Communistes, …" / "… Sarlieu Avenir – LR et" /
            # "apparentés (5)")
            groups[-1].append(i)
        elif bullets_open and line.lstrip().startswith(("-", "–", "•")):
            # "… à l'unanimité :" then the decision's bullets, then "Abstention : M. X".
            groups[-1].append(i)
        elif groups and gap == 0 and _COUNTS_ROW.match(line):
            # the counts' row of a small table under its heading row ("25  25  0  0")
            groups[-1].append(i)
        elif groups and gap == 0 and _COUNT_ONLY.match(line):
            # A flattened table: the labels' column ("POUR" / "CONTRE" / "ABSTENTION"), then
            # the counts' ("19" / "1 (Jean MARTIN)" / "1 (Luc BLANC)").
            groups[-1].append(i)
        else:
            gap += 1
            bullets_open = False
            # A label ("Vote du budget primitif 2021 :") or the next matter's bulleted heading
            # ("• Approbation du Compte administratif 2021 du Maire") starts another vote.
            if line.strip().endswith(":") or line.lstrip().startswith(_HEADING_BULLETS):
                label_between = True
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    # "X ne prend pas part au vote" in the debate announces the vote that follows: it is
    # part of it, not a vote of its own.
    merged: list[list[int]] = []
    for g in groups:
        if merged and _announces_only(lines, merged[-1]):
            merged[-1] = merged[-1] + g
        else:
            merged.append(g)
    groups = [_with_offers(lines, g) for g in merged if not _counts_only(lines, g, is_vote)]
    out: list[VoteGroup] = []
    previous_end_line = 0
    for g in groups:
        first, last = g[0], _through_proclamation(lines, g[-1])
        label, standalone = _label(lines, previous_end_line + 1, first)
        end = starts[last] + len(lines[last])
        named = (
            bool(label) and not standalone and _names_a_thing(lines, previous_end_line + 1, first)
        )
        later_round = out and any(
            (r := ROUND_LABEL_RE.match(lines[k])) and not r.group("first")
            for k in range(previous_end_line + 1, first)
        )
        if later_round:
            # a later round of an election ("Second tour de scrutin") goes on with the vote
            # before it: one vote, which the last round decides
            prev = out[-1]
            keep = prev.label and not ROUND_LABEL_RE.match(prev.label)
            out[-1] = VoteGroup(prev.start, end, prev.label if keep else None, prev.standalone)
        else:
            out.append(VoteGroup(starts[first], end, label, standalone, named))
        previous_end_line = last
    return out


def _through_proclamation(lines: list[str], last: int) -> int:
    """The vote's last line: an election's results are followed by whom they elect ("Mme X,
    ayant obtenu la majorité absolue, est proclamée vice-présidente"), a sentence that is
    the vote's too."""
    k = last + 1
    while k < len(lines) and k <= last + 2 and not lines[k].strip():
        k += 1
    if k < len(lines) and PROCLAIMED_RE.search(lines[k]):
        last = k
        while (
            last + 1 < len(lines)
            and lines[last + 1].strip()
            and not lines[last].rstrip().endswith(".")
        ):
            last += 1  # the sentence wraps
    return last


_COUNTS_ROW = lazy(TALLY_COUNTS_ROW)
ROUND_LABEL_RE = lazy(ROUND_LABEL, regex.IGNORECASE)
PROCLAIMED_RE = lazy(PROCLAIMED, regex.IGNORECASE)
_VOTERS_COUNT = lazy(r"\bvotants?\s*:\s*\d{1,4}", regex.IGNORECASE)


def _counts_only(lines: list[str], group: list[int], is_vote: Callable[[str], bool]) -> bool:
    """A group whose only vote word is the number of voters: the sitting's counts, stated at
    the opening or again after a departure ("Présents : 21 – Pouvoirs : 4 – Votants : 25"),
    not a vote."""
    return all(not is_vote(_VOTERS_COUNT.sub(" ", lines[i])) for i in group)


_CANDIDATE_COUNT = lazy(CANDIDATE_COUNT_LINE, regex.IGNORECASE)
_CANDIDATE_LISTED = lazy(CANDIDATE_LIST_LINE)


def _with_offers(lines: list[str], group: list[int]) -> list[int]:
    """A vote by candidate flattened from a table ("19 VOIX" / "1 VOIX" / "0 VOIX" under as
    many listed offers) holds the list too: without it the counts name nobody."""
    n = 0
    while n < len(group) and _CANDIDATE_COUNT.match(lines[group[n]]):
        n += 1
    first = group[0]
    if n < 2 or first < n:
        return group
    if not all(_CANDIDATE_LISTED.match(lines[i]) for i in range(first - n, first)):
        return group
    return list(range(first - n, first)) + group


_COUNT_ONLY = lazy(r"^[ \t]*\d{1,3}(?:[ \t]*\([^)\n]{0,80}\))?[ \t]*$")
_NOT_VOTING_ONLY = lazy(
    r"\b(?:ne\s+(?:prend|prennent|participe|participent)\s+pas\s+(?:part\s+)?au\s+vote"
    r"|n'(?:a|ont)\s+pas\s+pris\s+part\s+au\s+vote)",
    regex.IGNORECASE,
)
_TALLY_OR_UNANIMITY = lazy(r"\d|unanimit|majorit", regex.IGNORECASE)


def _announces_only(lines: list[str], group: list[int]) -> bool:
    """A group that only says who will not take part in the vote (no tally, no unanimity)."""
    text = " ".join(lines[i] for i in group)
    return bool(_NOT_VOTING_ONLY.search(text)) and not _TALLY_OR_UNANIMITY.search(text)


_OUTCOME_TAIL = lazy(r"\s+(?:approuvée?s?|adoptée?s?|validée?s?|rejetée?s?)\s*$", regex.IGNORECASE)
_LABEL_CUT = lazy(r"\s*(?:\(|:|\s[-–]\s|\bvote\s*:).*$", regex.IGNORECASE)


_VOTE_COLON = lazy(r"(?i)\bvote\s*:")


_NAME_THEN_EXPANSION = lazy(
    r"^\s*\p{Lu}[\p{Lu}\d&'\-]{1,15}(?:\s+\p{Lu}[\p{Lu}\d&'\-]{1,15}){0,2}\s*\("
)


def _names_a_thing(lines: list[str], start: int, vote_line: int) -> bool:
    """The paragraph opens with a name and its expansion: "SHAARL (Société d'Histoire …)"."""
    first = next((lines[i] for i in range(start, vote_line) if lines[i].strip()), "")
    return bool(_NAME_THEN_EXPANSION.match(first))


def _label(lines: list[str], start: int, vote_line: int) -> tuple[str | None, bool]:
    """What a vote is about, when an item holds several: a label line ending with a colon
    ("Vote des comptes de gestion 2020 :"), or the first words of the paragraph ("SHAARL
    (Société d'Histoire …) sollicite …")."""
    own = lines[vote_line]
    before_vote = _VOTE_COLON.split(own)[0].strip()
    if before_vote and before_vote != own.strip() and len(before_vote.split()) >= 2:
        return _clean_title(_OUTCOME_TAIL.sub("", _clean_title(before_vote))), True
    for i in range(vote_line - 1, start - 1, -1):
        line = lines[i].strip()
        if line.endswith(":") and 1 <= len(line.split()) <= 15:
            if line[:1].islower() and i > start:
                # "… au scrutin secret à la majorité" / "absolue :": a wrapped sentence.
                line = lines[i - 1].strip() + " " + line
            return _clean_title(line), True
    for i in range(start, vote_line):
        line = lines[i].strip()
        if line:
            cut = _LABEL_CUT.sub("", line)
            words = cut.split()
            return (" ".join(words[:6]) if words else None), False
    return None, False


# Minutes whose items carry no number ("Nomination du secrétaire" / … / "Vote : Unanimité",
# Flaux): each vote closes an item whose title is the last heading-like line before it.
MINUTES_MARKER = lazy(
    r"proc[èe]s[- ]verbal|compte[- ]rendu|\bP\.?V\.?\b|\bC\.?R\.?\b", regex.IGNORECASE
)
_NOT_A_HEADING = lazy(
    r"^(?:le|la|les|l'|il|elle|ils|on|nous|vu|considérant|monsieur|madame|m\.|mme|après|personne|"
    r"suite|en|pour|par|dans|ce|cette|ces|un|une|des|du|de|sur|si|et|ou|mais|au|aux|à|lors|"
    r"comme|afin|elle|ils|elles|il|cela|ceci|son|sa|ses|leur|leurs)\b",
    regex.IGNORECASE,
)
_SITTING_LABEL = lazy(SITTING_LABEL, regex.IGNORECASE)
_SITTING_TITLE = lazy(SITTING_TITLE, regex.IGNORECASE)
_NAVIGATION = lazy(NAVIGATION_LINE)
_PASSIVE_DECISION = lazy(PASSIVE_DECISION, regex.MULTILINE)
_ADOPTED_MATTER = lazy(ADOPTED_MATTER_LINE)
_PROSE = lazy(PROSE_OPENING)
MIN_MATTER_WORDS = 3
_MATTER_COLON = lazy(MATTER_COLON, regex.IGNORECASE)
_OUTCOME = lazy(OUTCOME_WORD, regex.IGNORECASE)
_BULLET_LABEL = lazy(BULLET_LABEL, regex.MULTILINE)
_AMOUNT_LINE = lazy(r"€|:\s*[,.]?\s*\d")
MIN_VOTES = 3


def _heading_like(line: str) -> bool:
    text = line.strip(" >•-–|")
    words = text.split()
    return (
        2 <= len(words) <= 16
        and text[:1].isupper()
        and not text.endswith((".", ",", ";", ":"))
        and not _NOT_A_HEADING.match(text)
        and not _SITTING_LABEL.match(text)
        and not _SITTING_TITLE.match(text)
        and not _NAVIGATION.search(text)
        and not is_vote_line(text)
        and not _AMOUNT_LINE.search(text)  # "Excédent de fonctionnement : 83 650.14 €"
    )


_LIST_LINE = lazy(r"^[ \t]*(?:[>•▪◦●■\-–*]|\d{1,2}[.)/-]|[IVX]{1,4}[.)/-])")
# "Monsieur le Maire demande aux Membres du Conseil Municipal de rajouter …": the request
# is the matter; who asks it is not.
_REQUEST = lazy(
    r"^(?:(?:Monsieur|Madame|M\.|Mme)\s+l[ea]\s+(?:Maire|Présidente?)|Le\s+Maire|La\s+Présidente?)"
    r"\s+(?:demande|propose|sollicite)\s+(?:(?:aux?|à\s+l'|à\s+la)\s+[^,]{0,60}?\s+)?(?:de\s+|d')",
    regex.IGNORECASE,
)
_SENTENCE_END = lazy(
    r"(?<=[.;!?])\s|\s(?=(?:Monsieur|Madame|M\.|Mme)\s+l[ea]\s+(?:Maire|Présidente?)\b)"
)
MAX_TITLE_WORDS = 16


def _after_list(span: str, pos: int) -> int:
    """The offset in span where the list that starts at pos (the agenda's lines, bulleted or
    heading-like, and their wrapped lower-case continuations) ends: at the first line of
    prose."""
    offset = pos
    for raw in span[pos:].split("\n"):
        line = raw.strip()
        listed = _LIST_LINE.match(raw) or _heading_like(line) or line[:1].islower()
        if line and not listed:
            return offset
        offset += len(raw) + 1
    return len(span)


def _request_title(prose: str) -> str:
    """A title for a vote with no heading, from the request that opens it: its first
    sentence, without "Monsieur le Maire demande … de"."""
    # The first sentence, or the first request where two follow without a full stop.
    sentence = _SENTENCE_END.split(" ".join(prose.split()), maxsplit=1)[0]
    sentence = _REQUEST.sub("", sentence).rstrip(" .;")
    words = sentence.split()
    title = " ".join(words[:MAX_TITLE_WORDS]) + (" …" if len(words) > MAX_TITLE_WORDS else "")
    return _clean_title(title[:1].upper() + title[1:])


_DECISION_BULLET = lazy(DECISION_BULLET, regex.MULTILINE)
_DECISION_RESULT = lazy(DECISION_RESULT, regex.IGNORECASE)
_DECISION_DETAIL = lazy(DECISION_DETAIL)
_WITHDRAWN_LINE = lazy(WITHDRAWN_LINE, regex.IGNORECASE | regex.MULTILINE)
MIN_DECISIONS = 3
_INFO_HEADING = lazy(INFO_HEADING, regex.IGNORECASE | regex.MULTILINE)
_BULLET_MARKS = "-–•➢▪*"
_TRAILING_NOTE = lazy(r"[ \t]*\([^()\n]*\)[ \t.;]*$")


def decision_result(line: str) -> regex.Match[str] | None:
    """The result in brackets that ends a bulleted decision ("… (9 pour, 1 contre)")."""
    if "(" not in line or not _DECISION_BULLET.match(line):
        return None
    return _DECISION_RESULT.search(line)


# How many lines a bulleted decision may wrap over.
MAX_BULLET_LINES = 3


def _bullet_wrapped(text: str, title: str, end: int) -> tuple[str, int]:
    """A bulleted decision wrapped onto the lines under it, up to a blank line or the next
    bullet ("• Admission en non-valeur … (portage de repas," / "exercices 2021 à 2023) :
    adoptée (unanimité)"), and where it ends."""
    for _ in range(MAX_BULLET_LINES - 1):
        if end >= len(text):
            break
        nxt = text.find("\n", end + 1)
        line = text[end + 1 : nxt if nxt >= 0 else len(text)]
        stripped = line.strip()
        if not stripped or stripped[:1] in _BULLET_MARKS:
            break
        title = f"{title} {stripped}"
        end = nxt if nxt >= 0 else len(text)
    return title, end


def decision_bullets(text: str, start: int) -> list[Item]:
    """A compte rendu sommaire: one bulleted line a decision, its result in brackets at its
    end ("– Approuve le compte rendu … (unanimité)"), and the matters taken off the agenda
    ("Point retiré : …"). One item a line; [] unless MIN_DECISIONS lines or more carry their
    result, and most bulleted lines do."""
    found: list[tuple[int, int, str, str, bool]] = []  # (start, end, title, mark, result)
    for m in _DECISION_BULLET.finditer(text, start):
        title, end = _bullet_wrapped(text, m.group("title"), m.end())
        result = _DECISION_RESULT.search(title)
        if result is not None:
            title = title[: result.start()]
        title = _DECISION_DETAIL.split(title, maxsplit=1)[0]
        mark = m.group(0).lstrip()[:1]
        found.append((m.start(), end, title.strip(" ;,."), mark, result is not None))
    # Bullets under a heading of information ("INFORMATIONS (sans vote)") decide nothing.
    info = _INFO_HEADING.search(text, start)
    if info is not None:
        found = [f for f in found if f[0] < info.start() or f[4]]
    # The decisions' own mark: a detail's bullets under them ("• Tarifs … : adopté (8 pour,
    # 2 contre)" / "– Mme X et M. Y votent contre …") are no decisions.
    marks = Counter(mark for *_, mark, result in found if result)
    own = marks.most_common(1)[0][0] if marks else None
    lines = [(a, b, title) for a, b, title, mark, _ in found if mark == own]
    with_result = marks[own] if own is not None else 0
    if with_result < MIN_DECISIONS or with_result * 2 < len(lines):
        return []
    for m in _WITHDRAWN_LINE.finditer(text, start):
        # (without the reason in brackets: "(dossier incomplet, reporté au prochain conseil)")
        title = _TRAILING_NOTE.sub("", m.group("title"))
        lines.append((m.start(), m.end(), title.strip(" ;,.")))
    lines.sort()
    return [Item(a, b, title, None) for a, b, title in lines]


def split_by_votes(text: str, start: int) -> list[Item]:
    """Items of minutes without numbered headings, one per vote after `start`."""
    if not MINUTES_MARKER.search(text[:3000]):
        return []
    body = text[start:]
    groups = vote_groups("\n" + body)
    if len(groups) < MIN_VOTES:
        return []
    return _items_at_votes(body, start, groups)


_STATED_VOTE = lazy(  # at a line's start
    r"[ \t]*(?:[-–•][ \t]*)?(?:(?:vote|votes|scrutin|résultat\s+du\s+vote)\b|(?:adopté|approuvé|rejeté)e?s?\b"
    r"|(?:à\s+l'|l')?unanimité[ \t.]*$|[^\n]{0,40}\b\d{1,3}\s+(?:voix|votes?)\s+pour\b|[^\n]{0,40}\bpour\s*:\s*\d"
    # "Le compte rendu de la séance du … est adopté à l'unanimité." (Putanges-le-Lac)
    r"|[^\n]{0,120}?\b(?:est|sont|a\s+été|ont\s+été)\s+(?:adopté|approuvé|validé|rejeté)e?s?\s+(?:à\s+l'unanimité|par\s+\d)"
    # "Compte rendu de la réunion du 17 avril 2014 adopté à l'unanimité." (a line of its own)
    r"|[^\n]{0,120}?\s(?:adopté|approuvé|validé|rejeté)e?s?\s+à\s+l'unanimité[ \t.]*$)",
    regex.IGNORECASE | regex.MULTILINE,
)


def preamble_items(text: str, start: int, end: int) -> list[Item]:
    """Matters voted between the opening and the first numbered item: "APPROBATION DU COMPTE
    RENDU DU CONSEIL MUNICIPAL DU 9 FEVRIER 2004 / Vote à l'unanimité." before "N°2004/04/01 :
    …" (Émerainville), one item per vote."""
    if end <= start:
        return []
    body = text[start:end]
    # Only a line that is a vote: the opening's prose also says "unanimité" ("… si une
    # modification de l'ordre du jour est faite c'est à l'unanimité du conseil municipal").
    groups = [g for g in vote_groups("\n" + body) if _STATED_VOTE.match(body, max(g.start - 1, 0))]
    return _items_at_votes(body, start, groups)


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A line (or a run of lines in capitals: a wrapped title) that may head a matter."""

    text: str
    at: int  # offset in the span
    caps: bool
    alone: bool  # a paragraph of its own, blank lines around it

    @property
    def style(self) -> tuple[bool, bool]:
        return self.caps, self.alone


def _candidates(span: str, seen: dict[str, int]) -> list[_Candidate]:
    """The lines of span that may head the matter voted after it, in order."""
    raw = span.split("\n")
    starts = [0]
    for line in raw:
        starts.append(starts[-1] + len(line) + 1)

    def blank(k: int) -> bool:
        return k < 0 or k >= len(raw) or not raw[k].strip()

    def next_text(k: int) -> str:
        # (indices, not a slice: a slice copies the rest of the span at every heading)
        return next((raw[j].lstrip() for j in range(k + 1, len(raw)) if raw[j].strip()), "")

    out: list[_Candidate] = []
    k = 0
    while k < len(raw):
        line = raw[k]
        key = line.strip(" >•-–|")
        # A heading is not the first line of a wrapped sentence (the next line goes on in
        # lower case). "Approbation du compte rendu du … 28 février 2022 :" is one too.
        if not (
            key
            and _heading_like(line.rstrip().removesuffix(":").rstrip())
            and seen.get(key, 0) < 3
            and not next_text(k)[:1].islower()
        ):
            inline = _inline_heading(line)
            if inline is not None:
                # "Budget primitif 2024 : il s'équilibre à …": the matter, then its report
                out.append(_Candidate(inline, starts[k], in_capitals(inline), False))
            k += 1
            continue
        first = k
        parts = [key]
        # A title in capitals wraps onto the next line in capitals.
        while (
            in_capitals(key)
            and k + 1 < len(raw)
            and in_capitals(raw[k + 1])
            and _heading_like(raw[k + 1])
        ):
            k += 1
            parts.append(raw[k].strip(" >•-–|"))
        text = " ".join(parts)
        out.append(
            _Candidate(text, starts[first], in_capitals(text), blank(first - 1) and blank(k + 1))
        )
        k += 1
    return out


_DESCRIPTION = lazy(SUBJECT_DESCRIPTION)


def _inline_heading(line: str) -> str | None:
    """The matter a paragraph names before a colon, its report after it ("Budget primitif
    2024 : il s'équilibre à …"), or None (a label, a sentence, an amount)."""
    m = _INLINE_MATTER.match(line)
    if m is None:
        return None
    title = " ".join(m.group("title").split())
    words = title.split()
    if (
        not 2 <= len(words) <= 10
        or _NOT_A_HEADING.match(title)
        or _SITTING_LABEL.match(title + " :")
        or _SITTING_TITLE.match(title)
        or _VOTE_WORD.match(title)
        or any(w.lower() in SENTENCE_VERBS for w in words)
        or _AMOUNT_LINE.search(line[: m.end()])
    ):
        return None
    return title


_INLINE_MATTER = lazy(r"^[ \t]*(?P<title>\p{Lu}[^:;.,\n]{3,90}?)[ \t]+:[ \t]+(?=\p{Ll})")


def _adopted_matter(line: str) -> str | None:
    """ "Compte rendu de la réunion du 17 avril 2014 adopté à l'unanimité.": the matter a
    line adopts without a verb, when it is no sentence of the matter's prose."""
    m = _ADOPTED_MATTER.match(line)
    if m is None or _PROSE.match(m.group("title")):
        return None
    title = " ".join(m.group("title").split())
    # ("Motion adoptée à l'unanimité." after the tally: the outcome of the matter above)
    return title if len(title.split()) >= MIN_MATTER_WORDS else None


def _matter_before_colon(line: str) -> str | None:
    """ "Compte administratif 2023 : le maire ayant quitté la salle, … approuvé par 14 voix
    pour": the matter a prose vote names before its colon (not a tally's label)."""
    m = _MATTER_COLON.match(line)
    if m is None:
        return None
    label = " ".join(m.group("title").split())
    if (len(label.split()) <= 4 and _TALLY_WORD.search(label)) or _VOTE_WORD.match(label):
        return None
    return label


_VOTE_WORD = lazy(VOTE_LABEL_WORD, regex.IGNORECASE)


def _items_at_votes(body: str, start: int, groups: list[VoteGroup]) -> list[Item]:
    # A line printed on most pages (a margin note, a running title) is page furniture, not
    # the heading of a matter: headings are written once (twice with the agenda).
    seen: dict[str, int] = {}
    for line in body.split("\n"):
        key = line.strip(" >•-–|")
        if key:
            seen[key] = seen.get(key, 0) + 1
    spans: list[tuple[int, int, int, int, bool, list[_Candidate]]] = []
    previous = 0
    for group in groups:
        g_start, g_end = group.start - 1, group.end - 1  # the "\n" added above
        span = body[previous:g_start]
        agenda = AGENDA_RE.search(span)
        # The agenda's lines name the matters to come, not this vote's ("Ordre du jour / >
        # Approbation du procès-verbal … / Monsieur le Maire demande … de rajouter à l'ordre
        # du jour … / Vote : unanimité"): the heading is after the list.
        span_from = _after_list(span, agenda.end()) if agenda else 0
        candidates = _candidates(span[span_from:], seen)
        spans.append((previous, g_start, g_end, span_from, bool(agenda), candidates))
        previous = g_end
    # The matters of one document are headed alike (titles in capitals, each a paragraph of
    # its own): the heading is the last line before the vote in the style most matters use,
    # not a table's column heading or a sub-title nearer the vote.
    styles = Counter(c[-1].style for *_, c in spans if c)
    house = styles.most_common(1)[0][0] if len(styles) > 1 else None
    items: list[Item] = []
    for previous, g_start, g_end, span_from, agenda, candidates in spans:
        span = body[previous:g_start]
        lines = [ln for ln in span[span_from:].split("\n") if ln.strip()]
        chosen = [c for c in candidates if c.style == house] or candidates
        heading = chosen[-1] if chosen else None
        line_start = body.rfind("\n", 0, g_start) + 1
        line_end = body.find("\n", line_start)
        own_line = body[line_start : line_end if line_end >= 0 else len(body)]
        bullet = (
            bullet_matter(own_line) or _matter_before_colon(own_line) or _adopted_matter(own_line)
        )
        passive = _PASSIVE_DECISION.match(body, g_start)
        if bullet and line_start >= previous:
            # the vote's own line names its matter before a colon: no heading above is its
            title = _clean_title(bullet)
            item_start = start + line_start
        elif heading:
            title = _clean_title(heading.text)
            item_start = start + previous + span_from + heading.at
        elif passive:
            # "Le compte de gestion 2023 dressé par le trésorier …": the matter, not its
            # description
            thing = _DESCRIPTION.split(" ".join(passive.group("object").split()), maxsplit=1)[0]
            title = _clean_title(thing[:1].upper() + thing[1:])
            # The first matter opens at its sentence: what comes before it is the opening
            # (its counts and secretary in sentences, when no list marks where it ends).
            item_start = start + (line_start if previous == 0 else previous + span_from)
        else:
            if agenda and lines:
                title = _request_title(" ".join(lines))
            else:
                title = _clean_title(" ".join(lines[-1].split()[:8])) if lines else ""
            # The item opens at its title: what comes before it belongs to the opening (the
            # first time) or to the previous matter.
            item_start = start + previous + span_from
        items.append(Item(item_start, start + g_end, title or "(sans titre)", None))
    return items
