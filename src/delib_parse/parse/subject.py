"""The subject (rubrique and title) and the deliberation number."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from delib_parse.lazyre import lazy
from delib_parse.model.document import Subject
from delib_parse.parse.dates import find_dates
from delib_parse.parse.shape import in_capitals
from delib_parse.vocab.header import NUMBER_LABEL, NUMBER_LINE, SUBJECT_LABEL
from delib_parse.vocab.items import ITEM_HEADING

SUBJECT_RE = lazy(SUBJECT_LABEL)
ITEM_HEADING_RE = lazy(ITEM_HEADING, regex.IGNORECASE)
NUMBER_RE = lazy(NUMBER_LABEL, regex.IGNORECASE)
NUMBER_LINE_RE = lazy(NUMBER_LINE, regex.IGNORECASE)
_BODY_START = lazy(
    r"^(?:le\s+conseil|après\s+en\s+avoir|vu\s|considérant|en\s+vertu|rapporteur|exposé|monsieur\s+le|madame\s+l[ae])",
    regex.IGNORECASE,
)


@dataclass(slots=True)
class SubjectResult:
    subject: Subject
    start: int | None  # offset of the "OBJET" label
    end: int | None  # offset where the title ends (the body starts after)


# A line of the opening that may come between the attendance and the matter's heading.
_LABEL_LINE = lazy(r"^[ \t]*[\p{L}' ]{3,40}:\s*\S")
MAX_LABEL_LINES = 3
MAX_PROSE_LINES = 5
# Where the body starts inside a heading's line.
_BODY_IN_LINE = lazy(
    r"\s(?=(?:Les?|La|L')\s+(?:membres|conseil|comité|assemblée)\b|Après\s|Vu\s|Considérant\s"
    r"|(?:Monsieur|Madame)\s+l[ea]\s)"
)
# An unnumbered heading: a short line in sentence case, then the body ("Vu le Code …"). A
# number at its end is the act's ("… versement fonds de concours : 2019-93").
_PLAIN_HEADING = lazy(r"^[ \t]*(?P<title>\p{Lu}[^\n]{4,200}?)(?:\s*:\s*[\w./-]*\d[\w./-]*)?[ \t]*$")
MAX_HEADING_WORDS = 25
# Words that open a sentence of the record, not a heading.
_SENTENCE_OPENING = (
    r"(?!(?:Le|La|Les|L'|Il|Elle|Ils|On|Monsieur|Madame|M\.|Mme|Après|Vu|Considérant)\b)"
)
# A heading that announces its matter with a colon and nothing after it.
# Labels of the opening, which end with a colon too ("Secrétaire auxiliaire :", Pronleroy).
_OPENING_LABEL = (
    r"(?!(?:Secr[ée]ta|Présiden|Absent|Présent|Excusé|Pouvoir|Procuration|Assist|Étai|Etai"
    r"|Membres|Nombre|Date|Quorum)\w*\b)"
)
_COLON_HEADING = lazy(
    r"^[ \t]*(?P<title>"
    + _SENTENCE_OPENING
    + _OPENING_LABEL
    + r"\p{Lu}[^\n:.;]{10,160}?)[ \t]*:[ \t]*$"
)
# A heading, a colon, then the decision on the same line: "Subvention : Après en avoir
# délibéré, le Conseil Municipal décide …" (Ménerval 2020).
_COLON_THEN_DECISION = lazy(
    r"^[ \t]*(?P<title>"
    + _SENTENCE_OPENING
    + _OPENING_LABEL
    + r"\p{Lu}[^\n:]{3,200}?)[ \t]*:[ \t]*"
    r"(?=Après\s+en\s+avoir|Le\s+[Cc]onseil\s+(?:municipal|communautaire|syndical)?\s*,?\s*"
    r"(?:après|décide|approuve|adopte)|Sur\s+(?:la\s+)?proposition)"
)
# The act's number alone on its line, the heading on the next (Pronleroy: "N° 2020/11" /
# "COMMISSION COMMUNALE IMPOTS DIRECTS").
_NUMBER_ONLY = lazy(r"^[ \t]*(?:délibération\s+)?n°\s*[\w./-]*\d[\w./-]*[ \t]*$", regex.IGNORECASE)
# After the opening's prose, a heading is told from a sentence by its shape: short, no final
# stop, not opening like a sentence, and a paragraph after it ("M. le Maire donne lecture de
# l'ordre du jour." / "ATTRIBUTION DES SUBVENTIONS …" / "M. X, Adjoint, propose …").
_HEADING_AFTER_PROSE = lazy(
    r"^[ \t]*(?P<title>" + _SENTENCE_OPENING + r"\p{Lu}[^\n:;]{8,160}?)[ \t]*$"
)
MAX_HEADING_AFTER_PROSE_WORDS = 14
# A paragraph: a sentence of at least six words.
_PARAGRAPH = lazy(r"^[ \t]*\p{Lu}[^\n]*?(?:\s+\S+){5}")


def _heading_after_prose(line: str, following: list[str]) -> regex.Match[str] | None:
    nxt = next((ln for ln in following if ln.strip()), "")
    words = line.split()
    if len(words) > MAX_HEADING_AFTER_PROSE_WORDS or line.rstrip().endswith((".", ",")):
        return None
    if _LABEL_LINE.match(nxt) or _is_category(nxt) or not _PARAGRAPH.match(nxt):
        return None
    return _HEADING_AFTER_PROSE.match(line)


def _unnumbered_heading(line: str, following: list[str]) -> regex.Match[str] | None:
    nxt = next((ln.strip() for ln in following if ln.strip()), "")
    if not _BODY_START.match(nxt) or line.rstrip().endswith((".", ",", ";")):
        return None
    if len(line.split()) > MAX_HEADING_WORDS or _BODY_START.match(line.strip()):
        return None
    return _PLAIN_HEADING.match(line)


# A title line that ends with one of these words goes on on the next line.
_JOINING = frozenset({"de", "du", "des", "et", "à", "la", "le", "les", "au", "aux", "pour", "sur"})


def _last_word(line: str) -> str:
    words = line.split()
    return words[-1].lower() if words else ""


def _is_category(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and len(line) <= 80


_CAPS_WORD = r"[\p{Lu}\d][\p{Lu}\d'’\-/.,&()°]*"
# The body opens like a sentence of the record; a title in sentence case after a rubric in
# capitals ("FINANCES Décision modificative n° 1") is left whole.
_BODY_OPENING = (
    r"(?:Dans\s+le|Lors\s+d|Le\s+[Cc]onseil|La\s|Les\s|Il\s|Vu\s|Considérant|Par\s+délibération"
    r"|Suite\s+à|En\s+application|Afin\s+de|Conformément|Monsieur|Madame|M\.\s|Mme\s)"
)
_CAPS_TITLE_THEN_BODY = lazy(rf"^(?P<title>{_CAPS_WORD}(?:\s+{_CAPS_WORD})+)\s+(?={_BODY_OPENING})")


def parse_subject(text: str, base: int = 0) -> SubjectResult:
    m = SUBJECT_RE.search(text)
    if not m:
        return SubjectResult(Subject(), None, None)
    lines = text[m.end() :].split("\n")
    first = lines[0].strip()
    category = None
    consumed = len(lines[0]) + 1
    title_lines: list[str] = []
    rest = lines[1:]
    # A rubric in capitals with its title on the next line, unless that line opens the body
    # ("OBJET : INSTALLATION DU CONSEIL" ⏎ "Rapporteur : M. X …": the capitals are the title).
    if (
        first
        and _is_category(first)
        and rest
        and rest[0].strip()
        and not _is_category(rest[0])
        and not _BODY_START.match(rest[0].strip())
    ):
        category = first
        title_lines = [rest[0].strip()]
        consumed += len(rest[0]) + 1
        rest = rest[1:]
    elif first:
        title_lines = [first]
    else:
        while rest and not rest[0].strip():
            consumed += len(rest[0]) + 1
            rest = rest[1:]
        if rest:
            title_lines = [rest[0].strip()]
            consumed += len(rest[0]) + 1
            rest = rest[1:]
    # A title wraps onto the next line when it does not end a sentence and the next line
    # goes on in lower case, goes on with a dash ("« Les Restos du Cœur »" / "– antenne de
    # X – année 2018"), or goes on in capitals under a title in capitals.
    while rest and title_lines:
        nxt = rest[0].strip()
        last = title_lines[-1]
        if (
            not nxt
            or last.endswith((".", ")", ":"))
            or _BODY_START.match(nxt)
            or not (
                nxt[0].islower()
                or last.endswith(("-", ","))
                or _last_word(last) in _JOINING
                or (nxt[0] in "–-" and nxt.lstrip("–- ")[:1].islower())
                or (in_capitals(last) and in_capitals(nxt) and not _LABEL_LINE.match(nxt))
            )
        ):
            break
        title_lines.append(nxt)
        consumed += len(rest[0]) + 1
        rest = rest[1:]
    joined = " ".join(title_lines).strip()
    # "COMPTE-RENDU DE DELEGATIONS Dans le cadre des délégations …": a title in capitals and
    # the body on one line; the body starts at the first sentence in lower case.
    run_on = _CAPS_TITLE_THEN_BODY.match(joined)
    if run_on:
        joined = run_on.group("title")
    act = _ACT_NUMBER.search(joined)
    title = (joined[: act.start()].rstrip(" -–,;") if act else joined) or None
    return SubjectResult(
        Subject(category=category, title=title), base + m.start(), base + m.end() + consumed
    )


def heading_subject(text: str, base: int, after: int) -> SubjectResult:
    """The subject of an extract that has no "Objet :" label: the numbered heading(s) on the
    first lines after the attendance (`after`). Two headings in a row are the rubrique and
    the title ("I – PORT DE PLAISANCE" / "- BUDGET PRIMITIF DU PORT DE PLAISANCE 2022").
    Without one, no title — delib does not make one up — and `start` is None."""
    headings: list[tuple[int, int, str]] = []  # start, end of line, title
    pos = after
    labels = skipped = 0
    lines = text[after:].split("\n")
    numbered = False
    for i, line in enumerate(lines):
        end = pos + len(line)
        if line.strip() and not headings and _NUMBER_ONLY.match(line):
            numbered = True
        elif line.strip():
            label = _LABEL_LINE.match(line) is not None
            m = ITEM_HEADING_RE.match(line)
            if m is None and not headings:
                m = _COLON_THEN_DECISION.match(line)
                if m is not None:
                    headings.append((pos, pos + m.end("title"), " ".join(m["title"].split())))
                    break
            if m is None and numbered and not headings:
                m = _PLAIN_HEADING.match(line)
            numbered = False
            if m is None and not headings:
                # An unnumbered heading is read only before any label or prose; one that
                # ends with its colon also after them ("Approbation du compte rendu de la
                # dernière réunion du Conseil intercommunal :", Longny-au-Perche 2015).
                following = lines[i + 1 :]
                plain = (
                    None
                    if label
                    else _heading_after_prose(line, following)
                    if skipped
                    else _unnumbered_heading(line, following)
                )
                m = plain or _COLON_HEADING.match(line)
            if m:
                # Heading and body on one line (web pages): "2019 12 n°01 - Procès Verbal du
                # … 2019 Les membres du Conseil Communautaire, après en avoir délibéré, …"
                body = _BODY_IN_LINE.search(line, m.start("title"))
                cut = body.start() if body else m.end("title")
                title = " ".join(line[m.start("title") : cut].split()).strip(" :.-–")
                headings.append((pos, pos + cut, title))
                if body:
                    break
            elif not headings and label and labels < MAX_LABEL_LINES:
                labels += 1  # "Secrétaire de séance : …" between the lists and the matter
            elif not headings and skipped < MAX_PROSE_LINES:
                skipped += 1  # "Monsieur le maire ouvre la séance …" before "Question 1 – …"
            else:
                break
        pos = end + 1
    if not headings:
        return SubjectResult(Subject(), None, None)
    category = headings[0][2] if len(headings) > 1 else None
    start, end, title = headings[0][0], headings[-1][1], headings[-1][2]
    return SubjectResult(Subject(category=category, title=title), base + start, base + end)


# "Vu la délibération n° 2019-45 du 12 mars 2019", "par délibération n° 2023.09 du SITS":
# an act the text cites, not this one's number.
_CITED = lazy(
    r"(?:\b(?:vu|par|la|sa|une|cette|leur|notre|de|des|aux|à|selon|suivant)\s+(?:même\s+)?)$",
    regex.IGNORECASE,
)


# Poissons: "Objet : Avenant à la convention … (ORT) N° interne de l'acte : 2022-41"
_ACT_NUMBER = lazy(
    r"\bN°\s+interne\s+(?:de\s+l['’]acte\s*)?:\s*([\w./-]*\d[\w./-]*)", regex.IGNORECASE
)


def parse_number(text: str) -> tuple[str, int] | None:
    """The deliberation's own number: the first "Délibération n° …" that is not a citation."""
    for m in NUMBER_RE.finditer(text):
        if _CITED.search(text, max(0, m.start() - 30), m.start()):
            continue
        return m.group(1).strip(), m.start()
    act = _ACT_NUMBER.search(text)
    return (act.group(1), act.start()) if act else None


def number_beside(text: str, label: int, title_end: int) -> tuple[str, int] | None:
    """The act's number on a line of its own next to its "Objet :" label: the line above the
    label, or the first one below the title. `label` and `title_end` are offsets in text."""
    above_end = len(text[:label].rstrip())
    below = text[title_end:]
    starts = (text.rfind("\n", 0, above_end) + 1, title_end + len(below) - len(below.lstrip()))
    for start in starts:
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        m = NUMBER_LINE_RE.match(line)
        if m is None:
            continue
        group = "number" if m.group("number") else "code"
        found = m.group(group).strip()
        if not find_dates(found):
            return found, start + m.start(group)
    return None
