"""Who sat: the present list, the proxies (who gave power to whom) and the absent."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from delib_parse.lazyre import lazy
from delib_parse.model.document import Absence, Person, Proxy
from delib_parse.model.names import gender, unaccent
from delib_parse.parse.people import (
    CIVILITY,
    is_president_word,
    is_role_word,
    join_wrapped,
    parse_people,
    parse_person,
)
from delib_parse.parse.spans import AttendanceSpans
from delib_parse.vocab.attendance import (
    ABSENT_HEADINGS,
    ALSO_PRESENT_HEADINGS,
    COLONLESS_HEADINGS,
    COUNT_ONLY_BODY,
    EXCUSED_WORDS,
    HOLDER_OPENINGS,
    INLINE_HEADINGS,
    ITEM_OPENINGS,
    LIST_SUBLABEL_WORDS,
    LIST_SUBLABELS,
    MARGIN_FRAGMENTS,
    MARGIN_WORDS,
    MEMBER_BODY_HEADINGS,
    MEMBER_BODY_WORDS,
    MEMBER_LIST_MARKS,
    PLACE_WORDS,
    PRESENT_HEADINGS,
    PROXY_HEADINGS,
    PROXY_PATTERNS,
    PROXY_RECEIVED_PATTERN,
    PROXY_VERBS,
    PROXY_WORDS,
    SECTION_ENDS,
    SECTION_PROXY_PATTERN,
    SUBSTITUTE_WORDS,
)
from delib_parse.vocab.people import NAME_PARTICLES

# A heading starts a line (or follows a sentence end: _lead_positions) and ends with a colon.
_LEAD = r"\s*[-•*+]?\s*"
# The heading ends with a colon, or stands alone on its line ("Absent" / "Hélène").
_COLON = r"(?:\s*(?:\(\s*\d+\s*\))?\s*:|[ \t]*(?=\n))"


def _heading(patterns: list[str]) -> regex.Pattern[str]:
    return lazy(
        unaccent(_LEAD + "(?:" + "|".join(patterns) + ")" + _COLON),
        regex.IGNORECASE | regex.MULTILINE,
    )


PRESENT_RE = _heading(list(PRESENT_HEADINGS))
PROXY_RE = _heading(list(PROXY_HEADINGS))
_MARGIN = lazy("|".join(MARGIN_FRAGMENTS), regex.IGNORECASE)
_NAME_NEXT = (
    r"(?=[ \t]+(?:\p{Lu}\.[ \t]*-?\p{Lu}|(?:"
    + CIVILITY.pattern
    + r")[ \t]|\p{Lu}\p{Ll}+[ \t]+\p{Lu}{2,}))"
)
_COLONLESS = [
    (lazy(r"(?<=[ \t])" + unaccent(p) + _NAME_NEXT), kind, excused)
    for p, kind, excused in COLONLESS_HEADINGS
]
ALSO_PRESENT_RE = _heading(list(ALSO_PRESENT_HEADINGS))
_MEMBER_LIST_MARK = lazy(MEMBER_LIST_MARKS, regex.IGNORECASE)
# (the quorum sentence may run on after the list's end: "…, formant la majorité des membres")
_MARK_REACH = 80
ABSENT_RES = [(_heading([p]), excused) for p, excused in ABSENT_HEADINGS]
END_RE = lazy(
    # (a word boundary, or the colon some of them end with: "Objet :")
    unaccent(_LEAD + "(?:" + "|".join(SECTION_ENDS) + r")(?:\b|(?<=:))"),
    regex.IGNORECASE | regex.MULTILINE,
)
# Every heading's words, to tell quickly which of a text's lead positions may open one: the
# headings that open with a word, told first by their lead's letters (_may_open), and those
# that may open with anything ("[^\n.;:]{0,80}? … a été désigné secrétaire").
_HEADING_ALTS = [
    *PRESENT_HEADINGS,
    *PROXY_HEADINGS,
    *(p for p, _ in ABSENT_HEADINGS),
    *SECTION_ENDS,
]
_WORD_HEADING = lazy(
    unaccent(_LEAD + "(?:" + "|".join(p for p in _HEADING_ALTS if not p.startswith("[^")) + ")"),
    regex.IGNORECASE | regex.MULTILINE,
)
_OTHER_HEADING = lazy(
    unaccent(_LEAD + "(?:" + "|".join(p for p in _HEADING_ALTS if p.startswith("[^")) + ")"),
    regex.IGNORECASE | regex.MULTILINE,
)
_LEAD_MARK = lazy(r"[\n.;]")
# Headings run on inside a line ("… DU 03 JUILLET 2019 Etaient présents : …"): after a space,
# the heading at the match's end (the space matched, not looked behind for: half the time).
_INLINE_LEAD = lazy(unaccent(r"[ \t](?=(?:" + "|".join(INLINE_HEADINGS) + "))"), regex.IGNORECASE)
_SUBLABEL = lazy(r"(?:^|(?<=[\s,;.]))(?:" + "|".join(LIST_SUBLABELS) + ")", regex.IGNORECASE)
# Case matters here: "PORT DE PLAISANCE" is a title because it is in capitals.
_ITEM_OPENING = lazy(r"[ \t]*(?:" + "|".join(ITEM_OPENINGS) + ")", regex.MULTILINE)
_COUNT_ONLY = lazy(COUNT_ONLY_BODY, regex.IGNORECASE)
_BRACKET = lazy(r"\([^()\n]*\)")
_BRACKETED = lazy(r"\([^()\n]{0,300}\)")
_PROXY_WORDS = lazy(PROXY_WORDS, regex.IGNORECASE)
_PROXY_RECEIVED = lazy(PROXY_RECEIVED_PATTERN, regex.IGNORECASE)
# A line that opens with a proxy verb ends the proxy begun on the line before.
_OPENS_WITH_VERB = lazy(r"\s*" + PROXY_VERBS + r"\b", regex.IGNORECASE)
# "…, M. NOM Prénom" / "à Mme NOM Prénom": a pair broken before its "à".
# (a name follows: not "(arrivé" / "à 19 h 49)")
_OPENS_WITH_HOLDER = lazy(r"\s*(?:" + "|".join(HOLDER_OPENINGS) + r")\s+(?=\p{Lu})")
PROXY_ITEM_RES = [lazy(p, regex.IGNORECASE | regex.DOTALL) for p in PROXY_PATTERNS]
SECTION_PROXY_RE = lazy(SECTION_PROXY_PATTERN, regex.IGNORECASE | regex.DOTALL)
SUBSTITUTE_RE = lazy(SUBSTITUTE_WORDS, regex.IGNORECASE)
_EXCUSED_MARK = lazy(r"\(?\s*excusée?s?\s*\)?", regex.IGNORECASE)
# "…, M. Franck SUPERBI, (27)": the list's own count, after it (CC Lisières de l'Oise).
_COUNT_IN_PARENS = lazy(r"[,;\s]*\(\s*(\d{1,3})\s*\)\s*[.;]?\s*$")
# Proxies paired by markers: "Jean-Pierre (Pr*)" present, "David (Pr*)" excused (Couthenans).
_MARKER = lazy(r"\(\s*(?:pr|p|pouvoir)?\s*(\*+|\d{1,2})\s*\)", regex.IGNORECASE)
_NO_PROXY = lazy(
    r"pas\s+de\s+(?:pouvoir|procuration)|sans\s+(?:pouvoir|procuration)", regex.IGNORECASE
)
# A segment that opens with these words is prose, not a list item ("Le secrétaire de mairie
# Eddy était présent également.", "Départ de Maryline et Nelly à 20H50.", "Mme le Maire
# informe le conseil", red team 20-villiers).
_PROSE_OPENING = lazy(
    r"\s*(?:Le|La|Les|L'|Il|Elle|Ils|Elles|On|Nous|Un|Une|Ordre|Nota|Après|Vu|Considérant|En|Suite|Sur|Dans|Cette|Ce|(?:Monsieur|Madame|M\.|Mme)\s+l[ae]\s+(?:[Mm]aire|[Pp]résidente?)|Monsieur\s+le|Madame\s+l[ae]|M\.\s+le|Mme\s+l[ae])\s+\p{Ll}"
)
_LINE_CONTINUES = lazy(
    r"(?:\b(?:à|a|au|par|pouvoir|procuration|de|(?i:monsieur|madame)|M\.|Mme|MM\.|Mmes))\s*$"
)


@dataclass(slots=True)
class Section:
    kind: str  # present | proxies | absent
    start: int  # offset of the heading
    body_start: int
    end: int
    excused: bool | None = None


@dataclass(slots=True)
class Attendance:
    present: list[Person] = field(default_factory=list)
    proxies: list[Proxy] = field(default_factory=list)
    absent: list[Absence] = field(default_factory=list)
    at: AttendanceSpans = field(default_factory=AttendanceSpans)
    # counts printed after a list, "(27)": present / represented / absent
    stated: dict[str, int] = field(default_factory=dict)
    listed_twice: list[Person] = field(default_factory=list)


def _lead_positions(text: str) -> list[int]:
    """Where a heading may start — the text's start, a line's start, just after "." or ";" —
    and one of the headings' words follows. Matching the headings only there, rather than
    letting each pattern scan every offset, is most of the attendance parser's speed."""
    starts = [0, *(m.end() for m in _LEAD_MARK.finditer(text))]
    leads = [pos for pos in starts if _opens_heading(text, pos)]
    inline = [m.end() for m in _INLINE_LEAD.finditer(text) if not _in_remark(text, m.end())]
    return sorted({*leads, *inline}) if inline else leads


_LEAD_RE = lazy(_LEAD)
_OPENS: dict[str, bool] = {}  # a lead's first letters → whether a heading may begin so
_OPENING_LETTERS = 3


def _may_open(text: str, pos: int) -> bool:
    """Whether a heading that opens with a word may match at pos, told by its lead's spaces
    and first letters: most lead positions are the full stops of names and numbers ("M.
    DUPONT", "12.03"), and the headings are a long alternation, slow to fail at each. A
    heading matched at pos makes these letters a partial match of it (the headings have no
    lookbehind), so a prefix without one rules it out; the answer is cached by prefix."""
    prefix = text[pos : _LEAD_RE.match(text, pos).end() + _OPENING_LETTERS]
    found = _OPENS.get(prefix)
    if found is None:
        if len(_OPENS) > 1 << 14:
            _OPENS.clear()
        found = _OPENS[prefix] = _WORD_HEADING.match(prefix, partial=True) is not None
    return found


def _opens_heading(text: str, pos: int) -> bool:
    """Whether one of the headings matches at pos (the letters' test first)."""
    return bool(
        (_may_open(text, pos) and _WORD_HEADING.match(text, pos)) or _OTHER_HEADING.match(text, pos)
    )


_COUNTED = lazy(r"\d\s*$")


def _in_remark(text: str, pos: int) -> bool:
    """Whether pos is inside a parenthesis of its line, or a lower-case word right after a
    number: "3 abstentions (1 + 2 procurations : L. Chapon, …)" names who voted by proxy, it
    opens no list."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    counted = bool(_COUNTED.search(line)) and text[pos : pos + 1].islower()  # "2 procurations"
    return line.count("(") > line.count(")") or counted


def _matches(pattern: regex.Pattern[str], text: str, leads: list[int]) -> list[regex.Match[str]]:
    """pattern's non-overlapping matches that start at a lead position, in order."""
    out: list[regex.Match[str]] = []
    for pos in leads:
        if out and pos < out[-1].end():
            continue
        m = pattern.match(text, pos)
        if m:
            out.append(m)
    return out


# A heading set in spaced capitals, its word breaks lost: "A B S E N T S E X C U S E S AYA N T
# D O N N E P O U V O I R" (Concarneau Cornouaille 2019). Read by its words once the spaces
# are gone, and written back as a plain heading of the same length, so offsets hold.
_LETTER_SPACED = lazy(r"(?m)^[ \t]*(?:\p{Lu}{1,3}[ \t]){6,}\p{Lu}{1,3}[ \t]*$")
_SPACED_KINDS = (
    (("POUVOIR", "PROCURATION", "REPRESENTE"), "Pouvoirs :"),
    (("ABSENT", "EXCUSE"), "Absents :"),
    (("PRESENT",), "Presents :"),
)


def _respaced_headings(folded: str) -> str:
    if "\n" not in folded:
        return folded

    def plain(m: regex.Match[str]) -> str:
        line: str = m.group(0)
        letters = "".join(line.split())
        for words, heading in _SPACED_KINDS:
            if any(w in letters for w in words) and len(heading) <= len(line):
                return heading.rjust(len(line))  # the body starts after the line
        return line

    respaced: str = _LETTER_SPACED.sub(plain, folded)
    return respaced


def find_sections(text: str) -> list[Section]:
    # Headings (and their patterns) without accents, letter for letter, so that "ETAIENT
    # PRESENTS :" reads as "Etaient présents :" and the offsets stay those of the text.
    folded = _respaced_headings(unaccent(text))
    leads = _lead_positions(folded)
    heads: list[Section] = []
    for m in _matches(PRESENT_RE, folded, leads):
        heads.append(Section("present", m.start(), m.end(), len(text)))
    for m in _matches(PROXY_RE, folded, leads):
        heads.append(Section("proxies", m.start(), m.end(), len(text)))
    for pattern, excused in ABSENT_RES:
        for m in _matches(pattern, folded, leads):
            heads.append(Section("absent", m.start(), m.end(), len(text), excused))
    for pattern, kind, excused in _COLONLESS:
        for m in pattern.finditer(folded):
            if not _in_remark(folded, m.start()):
                heads.append(Section(kind, m.start(), m.end(), len(text), excused))
    if not any(h.kind == "present" for h in heads):
        for m in _matches(ALSO_PRESENT_RE, folded, leads):
            heads.append(Section("also_present", m.start(), m.end(), len(text)))
    heads.sort(key=lambda s: (s.start, -(s.body_start - s.start)))
    # Overlapping headings ("Absents excusés" also matches "excusés"): keep the longest.
    kept: list[Section] = []
    for s in heads:
        if kept and s.start < kept[-1].body_start:
            continue
        kept.append(s)
    ends = [m.start() for m in _matches(END_RE, folded, leads)]
    # Notes in brackets are read with their name, not as prose that ends the list ("Annie
    # LEPAGE (Absente à l'ouverture de la séance, arrivée à 20 heures 50, prend part …)").
    masked = _BRACKETED.sub(lambda m: "(" + " " * (len(m.group(0)) - 2) + ")", text)
    for i, s in enumerate(kept):
        nxt = kept[i + 1].start if i + 1 < len(kept) else len(text)
        later_ends = [e for e in ends if e > s.body_start]
        s.end = min([nxt, *later_ends[:1]])
        s.end = _prose_start(masked, s.body_start, s.end)
        if s.kind == "also_present":
            # the members themselves when their functions or the quorum are said
            tail = text[s.body_start : min(len(text), s.end + _MARK_REACH)]
            s.kind = "present" if _MEMBER_LIST_MARK.search(tail) else "staff"
    # A heading whose body names nobody is a count ("Présents : 15 – Pouvoirs : 3 – Votants :
    # 18" above the lists): no list.
    # So is one whose body opens with a figure, then the next count's label ("Présents : 10
    # Votants : 11"); not a figure alone, a note's call ("Etaient présents(es) :1" / names).
    return [
        s
        for s in kept
        if s.kind != "staff"
        and not _COUNT_ONLY.match(text, s.body_start, s.end)
        and not _COUNT_FIRST.match(text, s.body_start, s.end)
    ]


_COUNT_FIRST = lazy(r"[ \t]*\d{1,3}(?=[ \t]*(?:[–\-,;/][ \t]*)?[ \t]+\p{L}+[ \t]*:)")


def heading_within(text: str, low: int, high: int) -> bool:
    """Whether a list's heading may start between offsets low and high (both included): False
    only where find_sections(text) finds no list starting there, for a fraction of its cost
    (the lead positions of that stretch alone, no list read). Callers that only want the
    lists of a stretch ask this first."""
    folded = _respaced_headings(unaccent(text))
    leads = [m.end() for m in _LEAD_MARK.finditer(folded, max(low - 1, 0), high)]
    leads = [pos for pos in [*([0] if low == 0 else []), *leads] if _opens_heading(folded, pos)]
    # Inline leads and colon-less headings, scanned from low on (a match that began before
    # low and hid one after it can only make the answer True, never a wrong False).
    for m in _INLINE_LEAD.finditer(folded, max(low - 1, 0)):
        if m.end() > high:
            break
        leads.append(m.end())
    heads = [PRESENT_RE, PROXY_RE, ALSO_PRESENT_RE, *(p for p, _ in ABSENT_RES)]
    if any(head.match(folded, pos) for pos in leads for head in heads):
        return True
    for pattern, _, _ in _COLONLESS:
        m = pattern.search(folded, low)
        if m is not None and m.start() <= high:
            return True
    return False


def _prose_start(text: str, start: int, end: int) -> int:
    """Where prose, or an item of the agenda, begins inside [start, end): the list section
    stops there."""
    pos = start
    for m in _SEGMENT.finditer(text, start, end):
        prose = _PROSE.search(text, pos, m.start())
        if pos > start and _PROSE_OPENING.match(text, pos):
            return pos
        if prose:
            return _prose_cut(text, start, pos, prose.start())
        line_start: int = m.end()
        if m.group(0) == "\n" and _ITEM_OPENING.match(text, line_start, end):
            return line_start
        pos = m.end()
    if pos > start and _PROSE_OPENING.match(text, pos):
        return pos
    prose = _PROSE.search(text, pos, end)
    return _prose_cut(text, start, pos, prose.start()) if prose else end


def _prose_cut(text: str, start: int, pos: int, prose: int) -> int:
    """Where a list ends whose segment at `pos` runs into prose at `prose`. The first
    segment, or one after a semicolon ("…; Mme SAUVAGEOT, M. AUDOUIN et Mme PASCOU formant la
    majorité des membres en exercice."), still holds names before its prose; a segment after
    a line or sentence end is prose from its start ("M. DUPONT est élu secrétaire")."""
    if pos == start or text[start:pos].rstrip().endswith(";"):
        return _last_item_end(text, pos, prose)
    return pos


_CAPS_NAME = lazy(r"\b\p{Lu}{2,}[\p{Lu}'’\-]*\b")


def _last_item_end(text: str, start: int, prose: int) -> int:
    """A list run on into prose with no sentence break between ("…, Olivier RICHEFOU, -2- Les
    décisions prises dans ce cadre …", a flattened PDF): it ends at its last separator."""
    cut = max(text.rfind(",", start, prose), text.rfind(";", start, prose))
    # "…, M. HENNETIER et Mme DUPONT formant la majorité des membres en exercice": names in
    # capitals between the last separator and the prose are the list's last, not prose.
    if _CAPS_NAME.search(text, max(cut, start), prose):
        return prose
    return cut if cut > start else start


def _join_continued_lines(body: str) -> list[str]:
    lines: list[str] = []
    for line in body.split("\n"):
        if (
            lines
            and line.strip()
            and (
                _LINE_CONTINUES.search(lines[-1])
                or line.lstrip().startswith("(")
                or _OPENS_WITH_VERB.match(line)
                or _OPENS_WITH_HOLDER.match(line)
            )
        ):
            lines[-1] = lines[-1].rstrip() + " " + line.strip()
        else:
            lines.append(line)
    return lines


def parse_proxy(item: str, in_proxy_section: bool, president: Person | None = None) -> Proxy | None:
    if SUBSTITUTE_RE.search(item) or _NO_PROXY.search(item):
        return None
    # "Madame Chantal REBOUT (pouvoir à Mme RIVET), Vices-présidents": the group's label
    # after the bracket is not part of the proxy.
    item = _AFTER_PROXY_BRACKET.sub("", item)
    patterns = list(PROXY_ITEM_RES)
    if in_proxy_section:
        patterns.append(SECTION_PROXY_RE)
    for pattern in patterns:
        m = pattern.match(item.strip())
        if not m:
            continue
        grantor_text, holder_text = m.group("grantor"), m.group("holder")
        # "Marie-Cécile MORICE (jusqu’à 11 h 50 - délégation de vote à …": a note, not a name.
        grantor_text = _FROM.sub("", grantor_text.split("(", 1)[0])
        grantor = parse_person(_EXCUSED_MARK.sub("", grantor_text))
        during = _FROM_TIME.search(holder_text)
        holder_text = holder_text[: during.start()] if during else holder_text
        if is_president_word(holder_text) and president is not None:
            holder: Person | None = president.model_copy(update={"role": "president"})
        else:
            holder = parse_person(holder_text)
        if grantor is not None and holder is not None and _names(grantor) and _names(holder):
            when = " ".join(during.group(0).split()).strip(" ,.()") if during else None
            return Proxy(grantor=grantor, holder=holder, during=when)
    return None


_NOT_A_NAME = lazy(r"[/|]|\b(?:absent|présent|pouvoir|procuration|excusé)e?s?\b", regex.IGNORECASE)
MAX_NAME_WORDS = 6


def _names(person: Person) -> bool:
    """Whether a proxy's side reads as one person, not a table flattened into a line
    ("Absents/excusés Pouvoir à Martine CRINIERE Pascal MARIE Michelle BOUSSARD …")."""
    return len(person.name.split()) <= MAX_NAME_WORDS and not _NOT_A_NAME.search(person.name)


_ITEM_SPLIT = lazy(
    r"\s*(?:;|\n|\s/\s|,(?=\s*(?:"
    + CIVILITY.pattern
    + r"|\p{Lu}{2}|\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+){0,3}\s*\("
    # "…à Denis JUVIN, Luc MICHOT donne procuration à …": a name, then its proxy verb
    # before any other comma (not "Mme A, adjointe, donne pouvoir").
    + r"|\p{Lu}[^,;\n]{0,60}?\s"
    + PROXY_VERBS
    + r"\b"
    # Viens: "Procurations : de BREMOND-DICK Caroline à DARGERY Viviane, de CASANOVA …"
    + r"|de\s+\p{Lu}[^,;\n]{1,60}?\s(?:à|a)\s"
    + r"))|\s+et\s+(?=de\s+\p{Lu}[^,;\n]{1,60}?\s(?:à|a)\s)"
    # Trets: "Martine BIZZARI (pouvoir à MC MUSSO) André ISIRDI (pouvoir à A FERRARO)"
    + r"|(?<=\((?i:pouvoir|procuration)[^()]{1,80}\))\s+(?=\p{Lu}))\s*"
)
# … and "Présents : 15 Jean DUPONT Marie MARTIN …" (a count, then the names with no colon)
_LEADING_COUNT = lazy(r"^\(?\d{1,3}\)?(?:\s*[:\-–]\s*(?=\S)|[ \t]+(?=\p{Lu}))")
# "de X à Y": the grantor is X.
_AFTER_PROXY_BRACKET = lazy(
    r"(?<=\((?:pouvoir|procuration|délégation)[^()]{1,80}\))\s*,[^()]*$", regex.IGNORECASE
)
_FROM = lazy(r"^\s*de\s+(?=\p{Lu})")
# When the proxy holds: "pouvoir à M. ROIRON à partir de 10 H 50" (Région Centre), "jusqu'au
# point 5", "pour les points 3 à 7" — the holder's name ends before.
_FROM_TIME = lazy(
    # (in brackets too: "Mme X à M. Y (jusqu'à son arrivée)")
    r"\s+\(?(?:à\s+partir\s+d|jusqu|dès\s|pour\s+l(?:e|es|a)\s+(?:points?|délib|questions?))"
    r".*$",
    regex.IGNORECASE | regex.DOTALL,
)
# A run of six lower-case words is prose, not a list: the section has ended ("Monsieur Le
# Maire ouvre la séance à vingt heures", Barneville-Carteret). Proxy phrasings have at most
# five ("qui a donné pouvoir à").
_PROSE = lazy(r"(?:\b\p{Ll}[\p{Ll}'\-]*\b[\s,]+){5}\p{Ll}")
# Lines, and sentences — not the dot of a civility or an initial ("M. HENNETIER", "ROUX F.").
_SEGMENT = lazy(r"\n|(?<=[.;])(?<!\b(?:M|MM|Mr|Me|Dr|St|\p{Lu})\.)\s+(?=\p{Lu})")


_PAIR_VERB = lazy(r"\s(?:à|a|au|par)\s", regex.IGNORECASE)
_ENDS_WITH_VERB = lazy(r"\s(?:à|a|au|par)\s*$", regex.IGNORECASE)
_PROXY_IN_LIST = lazy(r"\((?:procuration|pouvoir)", regex.IGNORECASE)
_MARKED_ITEMS = lazy(r"\s*(?:[,;&]|\n|\s/\s)\s*")
_STATED_KIND = {"present": "present", "proxies": "represented", "absent": "absent"}
_ITEM_SPLIT_PRESENT = lazy(r"\s*(?:[,;/&]|\n|\bet\b)\s*")


def _comma_pairs(items: list[str]) -> list[str]:
    """ "Isabelle BILLARD à Martine LANGLOIS, Anne Sophie TETARD à Jean Marie ALINE" (Le
    Trait): pairs separated by commas only, with no civility to cut at. A piece without its
    own "à" stays with the pair before it ("X à Y, Maire")."""
    out: list[str] = []
    for item in items:
        pieces = item.split(",")
        if len(pieces) < 2 or sum(1 for p in pieces if _PAIR_VERB.search(p)) < 2:
            out.append(item)
            continue
        pairs: list[str] = []
        for piece in pieces:
            if pairs and not _PAIR_VERB.search(piece):
                pairs[-1] += "," + piece
            elif pairs and _ENDS_WITH_VERB.search(pairs[-1]):
                pairs[-1] += "," + piece
            else:
                pairs.append(piece)
        out.extend(pairs)
    return out


def _split_pairs(items: list[str], in_proxy_section: bool) -> list[str]:
    """ "M. Jean-Sébasen TAVERNIER à M. Michel GRIGNON M. Raymond HOUEIX à M. Joël TRIBALLIER"
    (Questembert 2020, a flattened "Procurations :" list with no commas): a new pair starts
    at each civility that follows a holder."""
    if not in_proxy_section:
        return items
    out: list[str] = []
    for item in _comma_pairs(items):
        cut = 0
        for civ in CIVILITY.finditer(item):
            before = item[cut : civ.start()]
            # a pair is complete when its "à" is behind it, not just before this civility
            # (the holder's own: "… à M. Michel GRIGNON")
            if _PAIR_VERB.search(before) and not _ENDS_WITH_VERB.search(before):
                out.append(before)
                cut = civ.start()
        out.append(item[cut:])
    return out


def _split_marked(body: str) -> list[tuple[str, str | None]]:
    """Items of a first-name list with their proxy markers: "Jean-Pierre (Pr*)" → (…, "*")."""
    out = []
    for item in _ITEM_SPLIT_PRESENT.split(body):
        m = _MARKER.search(item)
        out.append((_MARKER.sub("", item).strip(" ."), m.group(1) if m else None))
    return out


# A two-column table of proxies read as one line: its column headings, then grantor and
# holder by turns ("Absents/excusés Pouvoir à Martine CRINIERE Pascal MARIE Michelle BOUSSARD
# Claude ALLAIRE", Loir-Lucé-Bercé 2020). Read only when every name is whole and they pair up.
_TABLE_HEADER = lazy(
    r"^\s*(?:(?:absents?|excusée?s?|noms?|membres?)[\s/]*){0,3}"
    r"(?:pouvoirs?|procurations?|mandataires?)(?:\s+(?:donnée?s?\s+)?(?:à|a))?\s+(?=\p{Lu})",
    regex.IGNORECASE,
)
_GIVEN = r"\p{Lu}\p{Ll}[\p{L}'’\-]*(?:[\s\-]\p{Lu}\p{Ll}[\p{L}'’\-]*)*"
_FAMILY = r"\p{Lu}{2,}[\p{Lu}'’\-]*(?:\s+\p{Lu}{2,}[\p{Lu}'’\-]*)*"
_GIVEN_FIRST_RUN = lazy(rf"^(?:{_GIVEN}\s+{_FAMILY}\s*)+$")
_GIVEN_FIRST_CUT = lazy(r"(?<=\p{Lu}{2,}[\p{Lu}'’\-]*)\s+(?=\p{Lu}\p{Ll})")
_FAMILY_FIRST_RUN = lazy(rf"^(?:{_FAMILY}\s+{_GIVEN}\s*)+$")
_FAMILY_FIRST_CUT = lazy(r"(?<=\p{Ll}[\p{Ll}'’\-]*)\s+(?=\p{Lu}{2,})")


# Items with no separator between them (MISREADINGS 9, 10): "Prénom NOM excusée Prénom NOM
# Pouvoir à Prénom NOM Prénom NOM …" — a new item after a status word, after a holder's whole
# name when another whole name follows, and pairs separated by dashes ("NOM Prénom à NOM
# Prénom — NOM Prénom à …"; not "Mme X – pouvoir à Y").
_RUN_ON_ITEM = lazy(
    rf"(?<=\b(?:{EXCUSED_WORDS}))\s+(?=\p{{Lu}})(?!{PROXY_VERBS}|(?i:pouvoir|procuration|mandat))"
    rf"|(?<=\s(?:à|a)\s+{_GIVEN}\s+{_FAMILY})\s+(?={_GIVEN}\s+{_FAMILY}\b)"
    rf"|(?<=\s(?:à|a)\s+{_FAMILY}\s+{_GIVEN})\s+(?={_FAMILY}\s+{_GIVEN}\b)"
    r"|(?<=\s(?:à|a|au)\s[^—–\n]{1,80}?)\s+[—–]+(?:\s+|$)"
    r"(?!\s*(?i:pouvoir|procuration|donn|représent|à\s|a\s))"
)


def _proxy_table(body: str) -> list[Proxy] | None:
    head = _TABLE_HEADER.match(body)
    if head is None:
        return None
    rest = " ".join(body[head.end() :].split()).rstrip(" .;")
    if _GIVEN_FIRST_RUN.match(rest):
        names = _GIVEN_FIRST_CUT.split(rest)
    elif _FAMILY_FIRST_RUN.match(rest):
        names = _FAMILY_FIRST_CUT.split(rest)
    else:
        return None
    people = [p for p in map(parse_person, names) if p is not None]
    if len(people) != len(names) or len(people) < 2 or len(people) % 2:
        return None
    return [Proxy(grantor=g, holder=h) for g, h in zip(people[::2], people[1::2], strict=True)]


# A web page that puts each part of a name in its own block (CG Nord 2011: "Etaient présents :
# Jean-Pierre" / "" / "ALLOSSERY" / "" / ", Jean-Jacques" / "" / "ANCEAU"): a line that starts
# with a comma goes on the line before, and a family name alone on its line goes after the
# given name that ends the line before, across blank lines.
_COMMA_LINE = lazy(r"[ \t]*\n\s*(?=[,;])")
# (the given name is the whole item before: "M. DUPONT Jean" / "BAGNOLS" is a delegate, then
# the name of a member commune, MISREADINGS 8a)
_FAMILY_LINE = lazy(
    # (or the holder's: "Francis PEILLON à Dominique" / "DUVINAGE", L'Arbresle 2013)
    r"(?<=(?:^|[,;:]|\s(?:à|a|au|par))[ \t]*\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}?\p{Ll}[\p{Ll}'’]*)*)"
    r"[ \t]*\n(?:[ \t]*\n)*[ \t]*"
    r"(?=\p{Lu}{2,}[\p{Lu}'’\-]*(?:[ \t]+\p{Lu}{2,}[\p{Lu}'’\-]*)*[ \t]*(?:[,;.]|\n|$))",
    regex.MULTILINE,
)


# … and a hyphen alone between the parts of a compound name ("STANIEC" / "-" / "WAVRANT").
_DASH_LINE = lazy(r"(?<=\p{Lu})[ \t]*\n\s*-[ \t]*\n\s*(?=\p{Lu})")


def _unbreak(body: str) -> str:
    if "\n" not in body:
        return body
    # (the dash and comma joins only where the list holds a dash, a comma or a semicolon)
    if "-" in body:
        body = _DASH_LINE.sub("-", body)
    if "," in body or ";" in body:
        body = _COMMA_LINE.sub("", body)
    joined: str = _FAMILY_LINE.sub(" ", body)
    return joined


# Places inside the lists of intercommunal bodies (MISREADINGS 8): the delegates are grouped
# by member commune or member body, whose names are not persons.
_PLACE_ALT = "|".join(regex.escape(w) for w in sorted(PLACE_WORDS, key=len, reverse=True))
_CAPS = r"\p{Lu}[\p{Lu}'’\-]*"
# A line of capitals and place words only: "LA TOUR D'AUVERGNE", "VILLERS sur MER".
_PLACE_LINE = lazy(
    rf"^[ \t/]*(?:{_CAPS}|(?:{_PLACE_ALT}))(?:[\s'’\-/]*(?:{_CAPS}|(?:{_PLACE_ALT})))*[ \t/.]*$"
)
_TWO_CAPS = lazy(r"\p{Lu}{2}")
_GIVEN_WORD = lazy(r"(?<![\p{L}'’])\p{Lu}\p{Ll}")
# "Communauté de Communes X et Y Mr NOM, …": a member body's name, up to its first delegate.
_MEMBER_BODY = lazy(
    r"(?:^|(?<=[\s,;.]))(?:"
    + "|".join(MEMBER_BODY_HEADINGS)
    + r")\b[^,;:\n()]{0,80}?(?=\s+(?:"
    + CIVILITY.pattern
    + r"))",
    regex.IGNORECASE,
)
_PARTICLE_ALT = "|".join(
    regex.escape(w) for w in sorted(NAME_PARTICLES, key=len, reverse=True) if "'" not in w
)
_CIV_ONLY_NAME = (
    rf"(?:(?:{_PARTICLE_ALT})\s+|[dD]['’]\s*)*\p{{Lu}}{{2,}}[\p{{Lu}}'’\-]*"
    r"(?:\s+(?:DE|DU|DES|D['’])\s*\p{Lu}{2,}[\p{Lu}'’\-]*)*"
)
# A delegate named by civility and family name, then "et" and another: "MM. GAUDARD et BERGER".
_CIV_ONLY_NAMES = lazy(
    rf"[\s/]*(?P<first>{_CIV_ONLY_NAME})(?P<more>(?:\s+et\s+{_CIV_ONLY_NAME})*)(?=\s|[,;/.]|$)"
)
_AND = lazy(r"\s+et\s+")
_LISTED_AFTER = lazy(rf"[,;]\s*(?:(?:{_PARTICLE_ALT})\s+)*\p{{Lu}}{{2,}}")
_INITIAL = lazy(r"(?<![\p{L}.\-])(?!M\.)\p{Lu}\.")
_PLACE_AFTER = lazy(
    rf"\p{{Lu}}{{2,}}[^\p{{Lu}}]+\p{{Lu}}{{2,}}|(?:^|\s)(?:{_PLACE_ALT})\s+\p{{Lu}}"
)
MIN_CIVILITY_NAMES = 3
MIN_PLACE_SIGNS = 2
MIN_GIVEN_LINES = 2


def _civility_only_names(body: str) -> str | None:
    """ "BEAULON LUSIGNY M. GILLARDIN MM. GAUDARD et BERGER BESSAY sur ALLIER MERCY Mme …": a
    flattened table of member communes and their delegates, each delegate named by civility
    and family name only (no given name anywhere). The delegates, one per item; None when the
    list is not of that kind or shows no place."""
    civs = list(CIVILITY.finditer(body))
    if len(civs) < MIN_CIVILITY_NAMES or _GIVEN_WORD.search(CIVILITY.sub(" ", body)):
        return None
    if _INITIAL.search(body):
        return None  # "P. BANIEL, M. BAQUÉ", "CAUQUIL R. – LANET M.": "M." is an initial there
    signs = MIN_PLACE_SIGNS if _TWO_CAPS.search(body[: civs[0].start()]) else 0
    names: list[str] = []
    for i, civ in enumerate(civs):
        end = civs[i + 1].start() if i + 1 < len(civs) else len(body)
        segment = body[civ.end() : end]
        m = _CIV_ONLY_NAMES.match(segment)
        if m is None:
            continue
        if _LISTED_AFTER.search(segment, m.end()):
            return None  # "MM. BEAUFILS, CORDIER, PARESY": names under a plural civility
        names.append(civ.group(0) + " " + m.group("first"))
        names.extend(civ.group(0) + " " + n for n in _AND.split(m.group("more")) if n.strip())
        if _PLACE_AFTER.search(segment[m.end() :].strip(" ,;./")):
            signs += 1
    return ", ".join(names) if signs >= MIN_PLACE_SIGNS else None


def _places_dropped(body: str) -> str:
    """The list without the names of its places: member bodies' headings run inline,
    communes run together with delegates named by civility and family name only, and
    communes in capitals on their own lines between delegates named with their given name."""
    if any(w in body.casefold() for w in MEMBER_BODY_WORDS):
        body = _MEMBER_BODY.sub("\n", body)
    civility_only = _civility_only_names(body)
    if civility_only is not None:
        return civility_only
    if "\n" not in body:
        return body
    lines = join_wrapped(body).split("\n")
    named = sum(1 for ln in lines if _GIVEN_WORD.search(CIVILITY.sub(" ", ln)))
    if named < MIN_GIVEN_LINES:
        return body
    kept = [
        ln
        for i, ln in enumerate(lines)
        if not (
            _PLACE_LINE.match(ln)
            and _TWO_CAPS.search(ln)
            and not _GIVEN_WORD.search(ln)
            and not CIVILITY.search(ln)
            and not (i and _LINE_CONTINUES.search(lines[i - 1]))
        )
    ]
    return "\n".join(kept)


def parse_attendance(text: str, base: int = 0, president: Person | None = None) -> Attendance:
    out = Attendance()
    markers: dict[str, Person] = {}  # proxy marker → the present member who holds it
    pending: list[tuple[Person, str]] = []  # absent members with a marker
    for section in find_sections(text):
        # "Nombre de conseillers présents : 10 : ARNAL René, …" (Viens): the count before
        # the names is read by parse.counts; the list starts after it.
        body = _LEADING_COUNT.sub("", text[section.body_start : section.end].strip())
        body = _unbreak(body)
        # "Membres titulaires : A, B. Membres suppléants … : C" — the groups are one list.
        # (each pattern only where the list holds one of its words: most hold none)
        if any(w in body.casefold() for w in LIST_SUBLABEL_WORDS):
            body = _SUBLABEL.sub("\n", body)
        body = body.strip()
        if any(w in body.casefold() for w in MARGIN_WORDS):
            body = _MARGIN.sub(" ", body)
        if section.kind != "proxies":
            body = _places_dropped(body)
        count = _COUNT_IN_PARENS.search(body)
        if count:
            out.stated.setdefault(_STATED_KIND[section.kind], int(count.group(1)))
            body = body[: count.start()]
        if section.kind == "present":
            _present_section(out, body, president, markers, base + section.start)
            continue
        in_proxy_section = section.kind == "proxies"
        if in_proxy_section and _TABLE_HEADER.match(body):
            # All or nothing: a table whose names do not pair up gives no proxy (and no
            # absent member made of several names) rather than wrong ones.
            table = _proxy_table(body) or []
            out.proxies.extend(table)
            if table:
                out.at.setdefault("proxies", base + section.start)
            continue
        for line in _join_continued_lines(join_wrapped(body)):
            if "(" in line:
                # a note's commas do not cut the item: "Mme X (membre nommé, APF) représentée
                # par Mme Y"
                line = _BRACKET.sub(lambda m: m.group(0).replace(",", " "), line)
            items = [
                piece
                for item in _split_pairs(_ITEM_SPLIT.split(line), in_proxy_section)
                for piece in _RUN_ON_ITEM.split(item)
            ]
            for item in items:
                item = item.strip(" ./,—–")
                if not item:
                    continue
                proxy = parse_proxy(item, in_proxy_section, president)
                if proxy is not None:
                    out.proxies.append(proxy)
                    out.at.setdefault("proxies", base + section.start)
                    continue
                excused = section.excused
                if _EXCUSED_MARK.search(item):
                    excused = True
                for sub, marker in _split_marked(item) if _MARKER.search(item) else [(item, None)]:
                    for person in parse_people(_EXCUSED_MARK.sub("", sub)):
                        if marker is not None:
                            pending.append((person, marker))
                            continue
                        out.absent.append(Absence(person=person, excused=excused))
                        out.at.setdefault("absent", base + section.start)
    for person, marker in pending:
        holder = markers.get(marker)
        if holder is not None:
            out.proxies.append(Proxy(grantor=person, holder=holder))
        else:
            out.absent.append(Absence(person=person, excused=True))
    out.proxies = _distinct_proxies(out.proxies)
    return out


def _distinct_proxies(proxies: list[Proxy]) -> list[Proxy]:
    """One proxy told twice — from the holder's side in the present list ("(pouvoir de X)")
    and from the grantor's under "Procurations :" (red team 22-pv-2018) — is one proxy."""
    seen: set[tuple[str, str]] = set()
    out: list[Proxy] = []
    for proxy in proxies:
        key = (proxy.grantor.name.casefold(), proxy.holder.name.casefold())
        if key in seen:
            continue
        seen.add(key)
        out.append(proxy)
    return out


# Remarks in parentheses after a name in the present list: "(départ à 19h59)",
# "(arrivée au point 3)" — the attendance changes are read from the minutes' text.
_REMARK = lazy(
    r"\(\s*(?:départ|arrivée?|arrivé|parti|partie|sorti|sortie|jusqu)[^)]*\)?", regex.IGNORECASE
)


# A member who sits in place of another (intercommunal councils): "ALLAER Véronique remplacée
# par sa suppléante CASTAING Christelle" (SIAEP Condom), "ROQUE J. (remplacé par FOUQUET
# M.J.)", "M. Jean ROQUE suppléé par M. Paul FOUQUET": the one present is the substitute.
_SUBSTITUTED = lazy(
    r"[^,;()\n]+?\s*\(?\s*(?:remplacée?|suppléée?)\s+par\s+(?:(?:son|sa|le|la)\s+suppléante?\s+)?"
    r"(?P<substitute>[^,;()\n]+?)\s*\)?(?=\s*(?:[,;\n]|$))",
    regex.IGNORECASE,
)


_EVERYONE = lazy(
    r"tou(?:te)?s\s+les\s+(?:membres|conseillers|élus|délégués)\b[^,.;\n]*"
    r"(?:,?\s*(?:à\s+l['’]exception|sauf)\s+(?:de\s+|d['’])?(?P<except>[^\n]*))?",
    regex.IGNORECASE,
)


# A capitalised label inside a line ("… Bernadette Auditeurs présents : 63"); at a line start
# it would be a heading or a sub-label, read before. Not a time ("20:30").
_RUN_ON_LABEL = lazy(
    # after a name (a family name in capitals, its given name), and something after the colon:
    # "Mesdames et Messieurs les Conseillers Municipaux :" heads the list, it does not end it
    r"(?<=\p{Lu}{2,}[\p{L}'’\-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’\-]*)?[ \t]+)"
    r"\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}[\p{Ll}'’]*){0,3}[ \t]*:(?!\d)[ \t]*\S"
)


def _printed_twice(a: Person, b: Person) -> bool:
    ga, gb = gender(a.civility), gender(b.civility)
    return a.name.casefold() == b.name.casefold() and not (ga and gb and ga != gb)


def _present_section(
    out: Attendance, body: str, president: Person | None, markers: dict[str, Person], offset: int
) -> None:
    people: list[Person] = []
    everyone = _EVERYONE.match(body)
    if everyone:
        # "Présents : Tous les membres du Conseil Municipal en exercice, à l'exception de M.
        # Jacques LE BRIS ayant donné procuration à M. Yves QUEMENEUR." names no one present.
        for item in _ITEM_SPLIT.split(everyone.group("except") or ""):
            proxy = parse_proxy(item.strip(" ./"), False, president)
            if proxy is not None:
                out.proxies.append(proxy)
                out.at.setdefault("proxies", offset)
        return
    body = _REMARK.sub("", body)
    if "remplac" in body.casefold() or "suppl" in body.casefold():  # (_SUBSTITUTED's verbs)
        body = _SUBSTITUTED.sub(r"\g<substitute>", body)
    # A label run on after the last name of a flattened page ends the list: "BRENDER-HERT
    # Bernadette Auditeurs présents : 63 Ordre du jour" (Wattwiller).
    run_on = _RUN_ON_LABEL.search(body)
    if run_on:
        body = body[: run_on.start()]
    if _MARKER.search(body) or _PROXY_WORDS.search(body):
        # Small councils write proxies inside the present list: "Jean-Pierre (Pr*)",
        # "Adeline (procuration à Mario)" (Couthenans); and a proxy sentence under a heading
        # read as present is a proxy, never a member ("Sylvain COSNARD a donné procuration à
        # Christine ZAMUNER,", red team 05-loctudy).
        for item in _MARKED_ITEMS.split(body):
            if not item.strip():
                continue
            received = _PROXY_RECEIVED.match(item.strip(" .,"))
            if received:
                # "Virginie POULAIN, Maire (pouvoir de Cédric MOSCATELLI)": the holder is
                # the name before the bracket, or the member before a function's comma.
                found = parse_people(received.group("holder"))
                grantor = parse_person(received.group("grantor"))
                people.extend(found)
                holder = found[-1] if found else (people[-1] if people else None)
                if grantor is not None and holder is not None:
                    out.proxies.append(Proxy(grantor=grantor, holder=holder))
                continue
            proxy = parse_proxy(item.strip(" .,"), False, president)
            if proxy is not None:
                out.proxies.append(proxy)
                continue
            if people and is_role_word(item):
                continue  # "…, Maire," alone: the function of the member before
            m = _MARKER.search(item)
            found = parse_people(_MARKER.sub("", item))
            if m and found:
                markers[m.group(1)] = found[0]
            people.extend(found)
    else:
        people = parse_people(body)
    # Names seen, by their printed form: a set lookup, as lists run to a hundred names.
    seen: dict[str, list[Person]] = {}
    for p in out.present:
        seen.setdefault(p.name.casefold(), []).append(p)
    for person in people:
        # the same name printed twice; "Mme MARIE" and "M. MARIE" are two delegates
        if any(_printed_twice(person, p) for p in seen.get(person.name.casefold(), ())):
            out.listed_twice.append(person)
            continue
        out.present.append(person)
        seen.setdefault(person.name.casefold(), []).append(person)
    if people:
        out.at.setdefault("present", offset)
