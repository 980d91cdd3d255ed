"""The outline of minutes: which heading form is the document's own item heading.

Minutes, registers and lists of deliberations each mark their items their own way: an act code
("Délibération D2018-66", "DL-056-07-13 - …", "2019-09-01 TITRE"), an "Objet :" line, a chain
of numbers ("1.", "II –", "a."), and often two of these at two levels (rubrics "IV. PERSONNEL"
holding acts "DL-056-07-13"). Rather than take the first known form that matches, every line is
classed by the shapes of vocab/headings.py, lines of one shape and style form a family, and
each family is scored by how well its items explain the document's votes (one vote block per
item; items without a vote and votes outside any item cost). The best family gives the items;
a second family refines them where its headings each carry a vote of their own (the lettered
sub-items of "5. Questions diverses", the rubric "II. APPROBATION DU COMPTE RENDU" voted
before the acts).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

import regex

from delib_parse.lazyre import lazy
from delib_parse.parse.counts import parse_counts
from delib_parse.parse.items import (
    ITEM_NUMBER_RE,
    Item,
    cites_on,
    is_vote_line,
    names_list,
    roman,
    vote_groups,
)
from delib_parse.parse.shape import in_capitals
from delib_parse.parse.votes import unvoted
from delib_parse.vocab.headings import (
    ACT_CODE,
    ACT_CODE_LINE,
    DATE_ONLY_LINE,
    FIELD_LABEL_LINE,
    LETTERED_LINE,
    MATIERE_LINE,
    OBJECT_LINE,
    OPEN_ENDINGS,
    PROSE_OPENING,
    RUN_IN_HEADING,
    RUN_IN_SENTENCE,
    TITLE_ACT_LEAD,
    TITLE_ACT_REFERENCE,
    TITLE_TAIL,
)
from delib_parse.vocab.people import CIVILITIES

ACT_CODE_RE = lazy(ACT_CODE_LINE, regex.IGNORECASE)
OBJECT_RE = lazy(OBJECT_LINE, regex.IGNORECASE)
LETTERED_RE = lazy(LETTERED_LINE)
DATE_ONLY_RE = lazy(DATE_ONLY_LINE, regex.IGNORECASE)
MATIERE_RE = lazy(MATIERE_LINE)
TITLE_TAIL_RE = lazy(TITLE_TAIL, regex.IGNORECASE)
FIELD_LABEL_RE = lazy(FIELD_LABEL_LINE, regex.IGNORECASE)
TITLE_ACT_RE = lazy(TITLE_ACT_REFERENCE)
TITLE_ACT_LEAD_RE = lazy(TITLE_ACT_LEAD)
RUN_IN_RE = lazy(RUN_IN_HEADING)
RUN_IN_SENTENCE_RE = lazy(RUN_IN_SENTENCE)
PROSE_RE = lazy(PROSE_OPENING)
_DIGITS = lazy(r"\d+")
_RULE = lazy(r"^[-=_*~.•·\s]{3,}$")
_PARENT = lazy(r"\d+|\b[IVX]+\b")
_SPACES = lazy(r"\s+")
_AMOUNT = lazy(r"€|\d[\d .]*,\d\d\b")
_DIGIT = lazy(r"\d")


def _act_code(line: str) -> regex.Match[str] | None:
    """ACT_CODE_RE at the line's start, tried only on a line with a digit: every code has
    one, most lines have none, and the pattern is slow to fail."""
    return ACT_CODE_RE.match(line) if _DIGIT.search(line) else None


def _amount(line: str) -> bool:
    """An amount on the line (only on a line with a digit or a euro sign, as _AMOUNT needs)."""
    return ("€" in line or _DIGIT.search(line) is not None) and _AMOUNT.search(line) is not None


# Costs of a segmentation, per vote explained: an item without a vote is a heading that is no
# item (an information point may be one: a small cost), a second vote block in an item is a
# merge of two matters (items do hold several votes: a smaller cost).
EMPTY_COST = 0.3
EXTRA_VOTE_COST = 0.15
MAX_TITLE_LINES = 4
# Families in the order that breaks ties: an act's code is the surest mark of an act.
_PRIORITY = ("code", "objet", "num", "alpha", "runin", "caps", "bold", "sentence")


@dataclass(slots=True)
class Heading:
    start: int  # offset of the heading's line
    end: int  # end of its last title line
    family: str
    number: str | None
    title: str
    rank: int | None = None
    code: str | None = None  # the act's code after a rank ("Point n° 1 – DCM 2025-03-01")


@dataclass(slots=True)
class Outline:
    items: list[Item] = field(default_factory=list)
    family: str | None = None


def _lines(text: str, start: int) -> list[tuple[int, str]]:
    out = []
    pos = start
    for line in text[start:].split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _code_style(code: str) -> str:
    """ "D2018-66" → "D#-#", "D.C. 2020/1-001" → "D.C.#/#-#": the house style of act codes."""
    style: str = _DIGITS.sub("#", _SPACES.sub("", code.upper()))
    return style.removeprefix("N°")


def _is_any_heading(line: str) -> bool:
    return bool(
        _act_code(line)
        or OBJECT_RE.match(line)
        or LETTERED_RE.match(line)
        or _numbered(line) is not None
    )


def _numbered(line: str) -> regex.Match[str] | None:
    m = ITEM_NUMBER_RE.match(line)
    if m is None or is_vote_line(m.group(0)):
        return None
    return m


def _continues(title: str, nxt: str, *, full: bool = False) -> bool:
    """Whether the next line goes on with the title (a wrapped heading); `full`: the title's
    last line fills the page's width, so it was cut there ("… Sujétions Expertise" /
    "Engagement Professionnel (RIFSEEP)")."""
    text = nxt.strip()
    if not text or is_vote_line(text) or _is_any_heading(nxt):
        return False
    if text[0].islower():
        return True
    # A title that cannot end where its line does goes on, whatever the next line opens with
    # ("… COMMUNES POUR" / "L'INSTRUCTION DES AUTORISATIONS …", "L'" opening prose elsewhere).
    words = title.split()
    if (words and words[-1].lower() in OPEN_ENDINGS) or title.endswith(("-", "–", ",", "'", "’")):
        return True
    if title.count("(") > title.count(")") or title.count("«") > title.count("»"):
        return True  # a bracket or a quotation left open
    if PROSE_RE.match(text) or DATE_ONLY_RE.match(text):
        return False
    if title.endswith(":") and text.startswith(("«", '"', "“")):
        # "Dénomination du collège de X :" / "« Collège Simone-Veil »": the name it gives. (A
        # colon before other words opens the matter's explanation: "Attribution de
        # compensation :" / "11740 € de compensation".)
        return True
    if full and len(text.split()) <= MAX_ZONE_LINE_WORDS and not text.endswith((".", ":", ";")):
        return True
    # A title in capitals wraps onto a line in capitals.
    return in_capitals(title) and in_capitals(text) and not text.endswith(":")


def _act_named(title: str) -> tuple[str, str | None]:
    """A numbered heading's title without the act it names at its end ("Compte administratif
    2024 (délibération n° 2025-06)") or its start ("Délibération n° 2025-06 – Compte
    administratif 2024"), and that act's code: the item's number, as an agenda
    rank before a code gives it."""
    lead = TITLE_ACT_LEAD_RE.match(title)
    if lead:
        return lead.group("title"), _SPACES.sub(" ", lead.group("code"))
    ref = TITLE_ACT_RE.search(title)
    if ref is None or ref.start() == 0:
        return title, None
    return title[: ref.start()].rstrip(" ,–-"), _SPACES.sub(" ", ref.group("code"))


_FIELD_OPEN = lazy(
    r"(?:\b(?:commission|rapporteure?|service|direction|pôle|délégation)|[–—:,-]|\b(?:de|du|des|et))\s*$",
    regex.IGNORECASE,
)


def _field_open(fields: str) -> bool:
    """Whether a line of fields ends before its last value ("… – Commission", "… des")."""
    return _FIELD_OPEN.search(fields) is not None


def _clean(title: str) -> str:
    title = TITLE_TAIL_RE.sub("", " ".join(title.split()))
    return title.strip(" :.-–—,;")


FULL_WIDTH = 0.9  # of the text's longest lines: a line that long was wrapped at the margin


def _full_width(lines: list[tuple[int, str]]) -> int:
    """The length from which a line fills the page's width (the 90th percentile of line
    lengths, lowered by FULL_WIDTH); lines are of one page width in a document."""
    lengths = sorted(len(line) for _, line in lines if line.strip())
    if len(lengths) < 10:
        return 10**6  # too few lines to tell a margin
    return int(lengths[int(0.9 * (len(lengths) - 1))] * FULL_WIDTH)


def _title(
    lines: list[tuple[int, str]], i: int, first: str, *, zone: bool = False, width: int
) -> tuple[str, int]:
    """The heading's title from its first line on, and the index of its last line.

    An act code may stand alone, its title below, with the sitting's date and the act's
    @ctes matière on lines of their own or at a line's ends, in any order ("D.C. 2020/3-020" /
    "CCAS" / "Désignation des délégués" / "9 juin 2020" / "5.3 Désignation de représentants"):
    with `zone`, the short lines down to the first line of prose make the title."""
    t = _bare(first)
    # A first line of fields only ("Rapporteur : M. X, vice-président – Commission" /
    # "Finances, administration générale"): no title; a field left without its value, or cut
    # at the line's end, goes on on the next line.
    fields = bool(t) and bool(FIELD_LABEL_RE.match(t) or TITLE_TAIL_RE.match(t))
    parts = [t] if t and not fields else []
    field_open = fields and _field_open(t)
    j = i
    k = i + 1
    while k < len(lines) and k <= i + MAX_TITLE_LINES + 2:
        raw = lines[k][1]
        text = raw.strip()
        if not text or _RULE.match(text):
            # a blank line, or a rule drawn under the heading ("-----", "=====")
            if parts:
                break
        elif DATE_ONLY_RE.match(text) or MATIERE_RE.match(text):
            if parts and not zone:
                break
            words = text.split()
            if MATIERE_RE.match(text) and words[-1].lower() in OPEN_ENDINGS:
                k += 1  # the matière wraps ("4.1 Personnel titulaires et" / "stagiaires …")
        else:
            text = _bare(text)
            obj = OBJECT_RE.match(raw)
            if not parts and obj:
                parts.append(obj.group("title").strip())
            elif not parts:
                if FIELD_LABEL_RE.match(text) or field_open or (fields and text[:1].islower()):
                    # the item's commission or service (or the end of its name), the title
                    # below it
                    field_open = False
                    k += 1
                    continue
                if PROSE_RE.match(text) or is_vote_line(text) or _is_any_heading(raw):
                    break
                parts.append(text)
            elif _continues(" ".join(parts), raw, full=len(lines[j][1]) >= width) or (
                zone
                and len(text.split()) <= MAX_ZONE_LINE_WORDS
                and not text.endswith((".", ":", ";"))
                and not PROSE_RE.match(text)
                and not is_vote_line(text)
                and not _is_any_heading(raw)
            ):
                parts.append(text)
            else:
                break
            j = k
        k += 1
        if len(parts) >= MAX_TITLE_LINES:
            break
    return _clean(" ".join(parts)), j


_DATE_PREFIX = lazy(
    r"^(?:\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?:\s+|$)", regex.IGNORECASE
)
_MATIERE_SUFFIX = lazy(r"\s+[1-9]\.\d{1,2}(?:\.\d{1,2})?\s+\p{Lu}[\p{Ll}' ,\-]{3,60}$")
MAX_ZONE_LINE_WORDS = 10


def _bare(text: str) -> str:
    """A title line without the sitting's date before it nor the matière after it."""
    bare: str = _MATIERE_SUFFIX.sub("", _DATE_PREFIX.sub("", text.strip()))
    return bare.strip()


_WORD = lazy(r"\p{L}{3,}")
MIN_TITLE_WORDS = 2


def _worded(title: str) -> bool:
    """A title made of words, not of a table's figures."""
    letters = sum(c.isalpha() for c in title)
    visible = sum(not c.isspace() for c in title)
    return len(_WORD.findall(title)) >= MIN_TITLE_WORDS and letters >= 0.6 * visible


_CODE_RUN = lazy(r"^[ \t;,]*(?:" + ACT_CODE + r")[ \t]*[;,]")
_COUNT_OPENING = lazy(
    r"^(?:nombre|membres|conseillers|délégués|présents|votants|pouvoirs|procurations|absents"
    r"|en\s+exercice)\b",
    regex.IGNORECASE,
)


def _counts_line(title: str) -> bool:
    """A counts line under an act's code ("2019_C13" / "Nombre de délégués en exercice : 31
    Nombre de présents : 18"): the act's attendance, not its title."""
    return bool(_COUNT_OPENING.match(title)) and bool(parse_counts(title)[0])


def _code_heading(
    lines: list[tuple[int, str]], i: int, code: regex.Match[str], width: int
) -> Heading | None:
    """The heading an act code opens on line i, or None when its title is no words (a
    table's cells: "0/60 2e 73,29 ter / 90")."""
    title, j = _title(lines, i, code.group("title"), zone=True, width=width)
    below = _object_below(lines, j)
    if below is not None:
        # "DÉLIBÉRATION N° CP-2025-10-12" / "Commission « Territoires » – Rapporteur : M. X" /
        # "OBJET : FONDS DÉPARTEMENTAL …": the act's "Objet :" names it, not the line between.
        k, obj = below
        title, j = _title(lines, k, obj.group("title"), width=width)
    # (nor a run of codes: "2019_C14 ; 2019_C15 ; 2019_C16", the acts a block of counts is for)
    if not _worded(title) or _counts_line(title) or _CODE_RUN.match(title):
        return None
    number = _SPACES.sub(" ", code.group("code").strip())
    return Heading(lines[i][0], lines[j][0] + len(lines[j][1]), "code", number, title)


# How far below an act's code its "Objet :" line may stand, in lines that are not blank.
MAX_LINES_TO_OBJECT = 3


def _object_below(lines: list[tuple[int, str]], j: int) -> tuple[int, regex.Match[str]] | None:
    """The "Objet :" line a few lines under a heading ending on line j, before any prose."""
    seen = 0
    for k in range(j + 1, len(lines)):
        raw = lines[k][1]
        text = raw.strip()
        if not text or _RULE.match(text):
            continue
        if obj := OBJECT_RE.match(raw):
            return k, obj
        seen += 1
        if seen >= MAX_LINES_TO_OBJECT or PROSE_RE.match(text) or is_vote_line(text):
            return None
    return None


def _run_in(lines: list[tuple[int, str]], i: int) -> regex.Match[str] | None:
    """A paragraph's opening matter in capitals ("COMPTE DE GESTION 2024. Le conseil …"):
    at a paragraph's start only, in capitals, two words at least."""
    if i > 0 and lines[i - 1][1].strip():
        return None
    m = RUN_IN_RE.match(lines[i][1])
    if m is None:
        return None
    title = m.group("title")
    if len(_WORD.findall(title)) < MIN_TITLE_WORDS or not in_capitals(title):
        return None
    return m


# How many lines a heading in capitals may run over.
MAX_CAPS_LINES = 3


def _add_caps(families: dict[str, list[Heading]], lines: list[tuple[int, str]], i: int) -> bool:
    """A paragraph of its own in capitals, with no number ("BUDGET PRINCIPAL 2025 –
    DÉCISION MODIFICATIVE N° 2" between blank lines or rules): an item's title, the minutes
    numbering none (a family that must explain the votes like any other)."""
    if i > 0 and lines[i - 1][1].strip() and not _RULE.match(lines[i - 1][1].strip()):
        return False
    j = i
    while (
        j + 1 < len(lines)
        and j + 1 < i + MAX_CAPS_LINES
        and lines[j + 1][1].strip()
        and not _RULE.match(lines[j + 1][1].strip())
    ):
        j += 1
    below = lines[j + 1][1].strip() if j + 1 < len(lines) else ""
    if below and not _RULE.match(below):
        return False  # a paragraph that goes on: no heading
    title = " ".join(lines[k][1].strip() for k in range(i, j + 1))
    if len(_WORD.findall(title)) < MIN_TITLE_WORDS or not in_capitals(title):
        return False
    if title.endswith((":", ".")) or is_vote_line(title):
        return False
    offset = lines[i][0]
    end = lines[j][0] + len(lines[j][1])
    families.setdefault("caps", []).append(Heading(offset, end, "caps", None, _clean(title)))
    return True


# What a full line above a title ends with: a sentence's end.
_SENTENCE_ENDS = (".", ";", "!", "?", ")", "»", "…")
_TWO_SENTENCES = lazy(r"[\p{Ll}\d]{2}\.\s+\p{Lu}")
# A sentence that tells what was done, not a matter's name: "… est approuvé", "… sont élus".
_PARTICIPLE_END = lazy(r"\b(?:est|sont|a|ont|était|étaient)\s+\p{L}+(?:\s+\p{L}+)?$")
# A numbered line that is a decision's article, not a heading: "2) D'imputer la dépense …",
# "3. D'autoriser le maire …" (an act's code below it opens the next act).
_DECIDED_ITEM = lazy(r"^(?:D['’]|De\s+)\p{Ll}{2,}(?:er|ir|re)\b")


def _add_strong(
    families: dict[str, list[Heading]],
    lines: list[tuple[int, str]],
    i: int,
    strong: frozenset[int],
    preceding: str,
    width: int,
) -> bool:
    """A run of at most MAX_CAPS_LINES lines set in bold (in a PDF), roman below it ("Bail
    parcelle A92" / "Suite à la délibération …"): an item's title, the minutes numbering none.
    A longer bold run is a paragraph stressed; a bold sentence of the matter's ("Le conseil
    municipal, à l'unanimité, …", "DÉCIDE :") is no title."""
    if i > 0 and lines[i - 1][0] in strong:
        return False  # inside a run: its first line is the heading
    if i == 0:
        before = preceding
    else:
        before = next(
            (lines[k][1].strip() for k in range(i - 1, -1, -1) if lines[k][1].strip()), ""
        )
    if before.endswith((":", ",")) or (
        len(before) >= width and not before.endswith(_SENTENCE_ENDS)
    ):
        # The words in bold of a sentence that goes on from the line above (which fills the
        # page's width), or what a sentence announces ("Il montre par section :" / a table).
        return False
    j = i
    while j + 1 < len(lines) and lines[j + 1][0] in strong and lines[j + 1][1].strip():
        j += 1
    if j - i + 1 > MAX_CAPS_LINES:
        return False
    title = " ".join(lines[k][1].strip() for k in range(i, j + 1))
    if "\t" in title or (not title[:1].isupper() and not title[:1].isdigit()):
        return False  # a table's row (its header in bold), or the middle of a sentence
    if not _worded(title) or title.endswith(":") or is_vote_line(title) or PROSE_RE.match(title):
        return False
    _, colon, value = title.partition(":")
    if colon and value.split()[:1] and value.split()[0] in CIVILITIES:
        return False  # "Secrétaire : Monsieur X": a role and its holder, in bold
    if _TWO_SENTENCES.search(title):
        return False  # "Départ de M. X à 19h59. Il indique …": a paragraph's sentences
    end = lines[j][0] + len(lines[j][1])
    families.setdefault("bold", []).append(Heading(lines[i][0], end, "bold", None, _clean(title)))
    return True


# How many words a paragraph's opening sentence may hold to be its matter, not its account.
MAX_SENTENCE_TITLE_WORDS = 24


def _add_run_in_sentence(
    families: dict[str, list[Heading]], lines: list[tuple[int, str]], i: int
) -> None:
    """A paragraph that opens with its matter as a sentence of its own, in ordinary case
    ("Décision modificative n° 1 du budget principal. Le conseil municipal est invité …"):
    the minutes' title for the paragraph, where they number and set apart nothing."""
    if i > 0 and lines[i - 1][1].strip():
        return
    first = lines[i][1]
    nxt = lines[i + 1][1] if i + 1 < len(lines) else ""
    joined = first.rstrip() + (" " + nxt.strip() if nxt.strip() else "")
    m = RUN_IN_SENTENCE_RE.match(joined)
    if m is None:
        return
    title = " ".join(m.group("title").split())
    words = title.split()
    if len(words) > MAX_SENTENCE_TITLE_WORDS or not _worded(title) or PROSE_RE.match(title):
        return
    if is_vote_line(title) or _PARTICIPLE_END.search(title):
        return
    offset = lines[i][0]
    end = offset + min(m.end("title"), len(first))
    families.setdefault("sentence", []).append(Heading(offset, end, "sentence", None, title))


def _add_run_in(families: dict[str, list[Heading]], lines: list[tuple[int, str]], i: int) -> None:
    run_in = _run_in(lines, i)
    if run_in:
        offset = lines[i][0]
        title = _clean(run_in.group("title"))
        families.setdefault("runin", []).append(
            Heading(offset, offset + run_in.end("title"), "runin", None, title)
        )


def _under_numbered(numbered: list[Heading], lines: list[tuple[int, str]], i: int) -> bool:
    """Whether line i comes right under the last of these headings, which has no code yet."""
    if not numbered or numbered[-1].code is not None or i == 0:
        return False
    offset, line = lines[i - 1]
    return numbered[-1].end == offset + len(line)


def _families(
    text: str, start: int, strong: frozenset[int] = frozenset()
) -> dict[str, list[Heading]]:
    lines = _lines(text, start)
    # The last line of the opening, which the first title in bold must follow as any other.
    preceding = text[:start].rstrip().rpartition("\n")[2].strip() if strong else ""
    width = _full_width(lines)
    families: dict[str, list[Heading]] = {}
    numbered: list[Heading] = []
    lettered: list[Heading] = []
    seen_codes: set[str] = set()
    for i, (offset, line) in enumerate(lines):
        if not line.strip():
            continue
        if _amount(line):
            # (a paragraph that runs its matter's figures on after the title: "BUDGET
            # PRIMITIF 2025. Fonctionnement équilibré à 356 900,00 € …")
            _add_run_in(families, lines, i)
            continue
        code = _act_code(line)
        if code and cites_on(line, 0):
            code = None
        if code:
            key = _SPACES.sub("", code.group("code")).casefold()
            if key not in seen_codes:  # cited again later, or the closing index
                seen_codes.add(key)
                heading = _code_heading(lines, i, code, width)
                above = next(
                    (hs for hs in (numbered, lettered) if _under_numbered(hs, lines, i)), None
                )
                # (a code alone on its line, its "Objet :" below, heads an act of its own)
                own_title = _worded(_clean(_bare(code.group("title"))))
                bare_code = not own_title and _object_below(lines, i) is None
                if above is not None and (
                    heading is None or (bare_code and not _DECIDED_ITEM.match(above[-1].title))
                ):
                    # The act's code on the line under a numbered or lettered heading, with
                    # only the rapporteur after it ("RAPPORT N° 1 – Rapport annuel …" /
                    # "Délibération n° 2025-141 – Rapporteur : M. X", "B. Modification des
                    # statuts" / "Délibération n° CS-2025-01"): that heading's number, whatever
                    # the line below it (the matter's prose, not a title).
                    above[-1].code = _SPACES.sub(" ", code.group("code").strip())
                    continue
                if heading is not None:
                    families.setdefault("code:" + _code_style(heading.number or ""), []).append(
                        heading
                    )
                    # An agenda rank before the code ("Point n° 1 – DCM 2025-03-01") numbers
                    # the items with a code and those without one (an item adjourned, an
                    # information): the ranks are a family too, the code each one's number.
                    num = _numbered(line)
                    rank = roman(num.group("num")) if num else None
                    if num and rank is not None and 0 < rank < 60:
                        style = _style(line, num)
                        numbered.append(
                            Heading(
                                heading.start,
                                heading.end,
                                "num:" + style,
                                num.group("num"),
                                heading.title,
                                rank,
                                heading.number,
                            )
                        )
            continue
        obj = OBJECT_RE.match(line)
        if obj:
            title, j = _title(lines, i, obj.group("title"), width=width)
            end = lines[j][0] + len(lines[j][1])
            families.setdefault("objet", []).append(Heading(offset, end, "objet", None, title))
            continue
        num = _numbered(line)
        if num:
            rank = roman(num.group("num"))
            if rank is not None and 0 < rank < 60:
                title, j = _title(lines, i, num.group("title"), width=width)
                end = lines[j][0] + len(lines[j][1])
                style = _style(line, num)
                title, act = _act_named(title)
                numbered.append(
                    Heading(offset, end, "num:" + style, num.group("num"), title, rank, act)
                )
            continue
        letter = LETTERED_RE.match(line)
        if letter:
            title, j = _title(lines, i, letter.group("title"), width=width)
            end = lines[j][0] + len(lines[j][1])
            rank = ord(letter.group("num").lower()) - ord("a") + 1
            style = _style(line, letter)
            lettered.append(Heading(offset, end, "alpha:" + style, None, title, rank))
            continue
        if offset in strong and _add_strong(families, lines, i, strong, preceding, width):
            continue
        if _add_caps(families, lines, i):
            continue
        _add_run_in(families, lines, i)
        _add_run_in_sentence(families, lines, i)
    for name, heads in (("num", numbered), ("alpha", lettered)):
        chains = _chains(heads)
        for k, chain in enumerate(chains):
            families[f"{name}:{k}"] = chain
        if name == "alpha":
            # Lettered sub-items start again under each numbered item ("2.a", "2.b", then
            # "3.a", "3.b"): the runs of one style are one family too.
            by_style: dict[str, list[list[Heading]]] = {}
            for chain in chains:
                # (the parent's number is part of the style: "2.#–", "3.#–" are one)
                by_style.setdefault(_PARENT.sub("", chain[0].family), []).append(chain)
            for style, runs in by_style.items():
                if len(runs) >= 2:
                    families[f"{style}:all"] = sorted(
                        (h for run in runs for h in run), key=lambda h: h.start
                    )
    return {
        k: v
        for k, v in families.items()
        if len(v) >= 2 and not _pagination(v) and not names_list([h.title for h in v])
    }


def _pagination(heads: list[Heading]) -> bool:
    """ "2/5", "3/5", "4/5": page numbers in a running header, not act codes (two bare
    numbers, the second the same on every page, and no page beyond it). A year as the second
    ("n°45/2022", "n°46/2022") is the acts' numbering of the year."""
    groups = [_DIGITS.findall(h.number or "") for h in heads if h.family == "code"]
    return bool(groups) and all(
        len(g) == 2
        and (h.number or "")[:1].isdigit()
        and g[1] == groups[0][1]
        and int(g[0]) <= int(g[1])
        and not 1900 <= int(g[1]) < 2100
        for g, h in zip(groups, heads, strict=True)
    )


def _style(line: str, m: regex.Match[str]) -> str:
    marks = line[m.start() : m.start("num")] + "#" + line[m.end("num") : m.start("title")]
    return ("I" if m.group("num").isalpha() and m.group("num").isupper() else "") + marks.replace(
        " ", ""
    ).casefold()


def _named_item(h: Heading) -> bool:
    """A numbered heading whose number follows an item noun ("Rapport n° 12 – …"): its style
    (vocab.items.ITEM_NOUNS) opens with the noun's letters."""
    return h.family.removeprefix("num:")[:1].isalpha()


def _chains(heads: list[Heading]) -> list[list[Heading]]:
    """Runs of consecutive ranks, each from 1 (one rank may be lost). A rank goes on the
    chain of its own style first, else on any chain it continues ("1 CONSTRUCTION …" then
    "5. QUESTIONS DIVERSES." is one chain)."""
    chains: list[list[Heading]] = []
    for h in heads:
        assert h.rank is not None
        fits = [
            c
            for c in chains
            if c[-1].rank is not None and h.rank in (c[-1].rank + 1, c[-1].rank + 2)
        ]
        same = [c for c in fits if c[-1].family == h.family]
        if same or fits:
            (same or fits)[-1].append(h)
        elif h.rank == 1 or _named_item(h):
            # "Rapport n° 12", "Point n° 5": a numbering carried on from earlier sittings
            # starts where it stands, the noun saying it is an item's.
            chains.append([h])
    return [c for c in chains if len(c) >= 2]


class VoteCounter:
    """The vote blocks of a span of the text (its first line being its heading), counted
    once per span: vote lines run on across an item's end would merge two items' votes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.cache: dict[tuple[int, int], int] = {}
        self.lines: dict[str, bool] = {}  # each line tested once, whatever the spans

    def is_vote(self, line: str) -> bool:
        found = self.lines.get(line)
        if found is None:
            found = self.lines[line] = is_vote_line(line)
        return found

    def count(self, a: int, b: int) -> int:
        key = (a, b)
        if key not in self.cache:
            self.cache[key] = len(vote_groups(self.text[a:b], self.is_vote))
        return self.cache[key]


def _said_unvoted(votes: VoteCounter, start: int, stop: int, n: int) -> bool:
    """An item without a vote block that says why (taken off the agenda, taken note of)."""
    return n == 0 and unvoted(votes.text[start:stop]) is not None


def _item_score(votes: int) -> float:
    """What an item with this many vote blocks adds to a segmentation's score."""
    return 1 - EXTRA_VOTE_COST * (votes - 1) if votes else -EMPTY_COST


def _segments(heads: list[Heading], votes: VoteCounter, end: int) -> tuple[float, list[Item]]:
    """The items that headings cut the text into, and how well they explain its votes.

    A span with no vote of its own, directly followed by a heading of another family, is a
    rubric over the items that follow ("IV. PERSONNEL" then "DL-056-07-13 - …"): no item, no
    cost, and the category of those items. Any other span without a vote costs EMPTY_COST
    (an information point may be one); a second vote block in a span, EXTRA_VOTE_COST."""
    score = 0.0
    items: list[Item] = []
    category: str | None = None
    for k, h in enumerate(heads):
        stop = heads[k + 1].start if k + 1 < len(heads) else end
        n = votes.count(h.start, stop)
        said = _said_unvoted(votes, h.start, stop, n)
        if n == 0 and not said and k + 1 < len(heads) and heads[k + 1].family != h.family:
            category = h.title or None  # a rubric
            continue
        # An item the minutes say was not voted (taken off the agenda, taken note of) is
        # one of theirs: it costs nothing.
        score += 0.0 if said else _item_score(n)
        number = h.number if h.family == "code" else h.code
        items.append(Item(h.start, stop, h.title or "(sans titre)", number, category))
    return score, items


def _merge(outer: list[Heading], inner: list[Heading]) -> list[Heading]:
    """Two families' headings in text order; an inner heading within an outer heading's own
    lines (the "Objet :" line under an act's code) is part of it."""
    starts = [h.start for h in outer]  # in text order, as families are built

    def overlaps(o: Heading) -> bool:
        k = bisect_right(starts, o.start)
        before = outer[k - 1] if k else None  # the outer heading at or before o
        after = outer[k] if k < len(outer) else None  # the next one
        return (before is not None and o.start <= before.end) or (
            after is not None and after.start <= o.end
        )

    return sorted(outer + [o for o in inner if not overlaps(o)], key=lambda h: h.start)


def _priority(name: str) -> int:
    kind = name.split(":")[0]
    return len(_PRIORITY) - _PRIORITY.index(kind) if kind in _PRIORITY else 0


MAX_FAMILIES_PAIRED = 5
# Families that head items only as the minutes' one heading form, never paired with another.
_UNPAIRED = frozenset({"bold", "sentence"})
MAX_FAMILIES_SCORED = 12


def read_outline(
    text: str,
    start: int,
    votes: VoteCounter | None = None,
    strong: frozenset[int] = frozenset(),
) -> Outline:
    """The items of minutes after `start` (the end of the opening): the heading family, or
    pair of families at two levels, whose items explain the votes best; an empty outline
    when none explains two votes. `strong`: the offsets where lines set in bold start (a
    PDF's titles, when it numbers no item)."""
    families = _families(text, start, strong)
    if not families:
        return Outline()
    votes = votes or VoteCounter(text)
    end = len(text)
    runin = families.get("runin")
    if runin and len(runin) * 2 < votes.count(start, end):
        # Paragraphs opening in capitals are the items of a relevé de décisions only where
        # they are as many as its votes, near enough; a few among headings of their own
        # lines are a matter's paragraphs, and would hold several items' votes.
        del families["runin"]
        if not families:
            return Outline()
    candidates: list[tuple[tuple[float, int, int], str, list[Item]]] = []
    # Scoring a family reads the whole text: only the largest are scored, so that the time
    # stays linear in the text's length whatever the number of numbering restarts.
    largest = sorted(families.items(), key=lambda kv: len(kv[1]), reverse=True)
    for name, heads in largest[:MAX_FAMILIES_SCORED]:
        score, items = _segments(heads, votes, end)
        candidates.append(((score, len(items), _priority(name)), name, items))
    candidates.sort(key=lambda c: c[0], reverse=True)
    # Bold lines and opening sentences head items only as the minutes' one heading form:
    # among numbered or coded headings, they are stressed sentences and a matter's sub-titles.
    top = [
        (name, families[name])
        for _, name, _ in candidates[:MAX_FAMILIES_PAIRED]
        if name not in _UNPAIRED
    ]
    for outer_name, outer in top:
        for inner_name, inner in top:
            if inner_name == outer_name:
                continue
            score, items = _segments(_merge(outer, inner), votes, end)
            rank = _priority(outer_name)
            candidates.append(((score, len(items), rank), f"{outer_name}+{inner_name}", items))
    _, name, items = max(candidates, key=lambda c: c[0])
    if sum(1 for i in items if votes.count(i.start, i.end)) < 2:
        return Outline()
    return Outline(items, name)


def explained(items: list[Item], votes: VoteCounter) -> tuple[float, int]:
    """How well items explain the votes of the text: (score, vote blocks inside them)."""
    counts = [votes.count(i.start, i.end) for i in items]
    # (as in _segments: an item the minutes say was not voted costs nothing)
    score = sum(
        0.0 if _said_unvoted(votes, i.start, i.end, n) else _item_score(n)
        for i, n in zip(items, counts, strict=True)
    )
    return score, sum(counts)


ACT_HEADING_WINDOW = 100  # lines from the top where an extract's act code stands


def act_heading(
    text: str, start: int, *, numbered: bool = False, stop: int | None = None
) -> Heading | None:
    """An extract's own heading when it has no "Objet :" label: its act code, with the
    title on the line or below ("D.C. 2020/1-001" / "11 février 2020" / "Comptes de gestion –
    Année 2019" / "7.1 Décisions budgétaires" / "Budget Principal et Budgets annexes").
    With `numbered`, only a code announced as one ("N° 2016.02.16 - …", "Délibération
    D2018-66"), the opening's other lines holding figures of all kinds."""
    lines = _lines(text, start)
    width = _full_width(lines)
    for i, (offset, line) in enumerate(lines[:ACT_HEADING_WINDOW]):
        if stop is not None and offset >= stop:
            break
        code = _act_code(line)
        if not code or _amount(line):
            continue
        if numbered and not _ANNOUNCED.search(line[: code.end("code")]):
            continue
        heading = _code_heading(lines, i, code, width)
        if heading is not None:
            return heading
    return None


_ANNOUNCED = lazy(r"n°|\bno\b|délibération|deliberation|affaire|\bacte\b", regex.IGNORECASE)
