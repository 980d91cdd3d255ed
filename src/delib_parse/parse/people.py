"""People: one name as printed → Person; a run of names → list of Person."""

from __future__ import annotations

import itertools
from functools import lru_cache

import regex

from delib_parse.lazyre import lazy
from delib_parse.model.document import Person
from delib_parse.model.names import unaccent
from delib_parse.parse.given_names import is_given_name
from delib_parse.parse.name_runs import cut_run, lexicon_order, split_name
from delib_parse.parse.place_names import without_communes
from delib_parse.vocab.people import (
    CIVILITIES,
    COMPOUND_GIVEN_FIRST,
    NAME_PARTICLES,
    NAME_RUN_ONS,
    PRESIDENT_WORDS,
    ROLES,
    STAFF_ROLES,
)

_CIV_ALT = "|".join(regex.escape(c) for c in sorted(CIVILITIES, key=len, reverse=True))
# A civility as a word of its own (followed by a space or a capital).
# (not the "M." of initials "J-M. LEBRET")
CIVILITY = lazy(rf"(?<![\p{{L}}.\-])(?:{_CIV_ALT})(?:(?<=\.)(?=\p{{Lu}})|(?=\s))")
_LEADING_CIV = lazy(rf"^(?:(?:{_CIV_ALT})(?:\s+|$|(?<=\.)(?=\p{{Lu}}))(?:[eE][tT]\s+)?)+")
_ROLE_ALT = "|".join(regex.escape(r) for r in sorted(ROLES, key=len, reverse=True))
# (with its rank: "M. Jacques DELAUNAY, 1er Vice-président", "Mme X, 2e adjointe")
_TRAILING_ROLE = lazy(
    rf"[\s,]*[\(,]?\s*(?P<rank>\b\d{{1,2}}\s?(?:er|re|ère|e|ème|eme|nd|nde)\s+)?"
    rf"\b(?:{_ROLE_ALT})\b.*$",
    regex.IGNORECASE,
)
_PRESIDENT = lazy(
    "|".join(regex.escape(w) for w in sorted(PRESIDENT_WORDS, key=len, reverse=True)),
    regex.IGNORECASE,
)
# (a particle glued in lower case is part of it: "Anne d'ARGENT")
_UPPER_WORD = lazy(r"^(?:[dl]['’])?[\p{Lu}][\p{Lu}'’\-]*[\p{Lu}]\.?$|^\p{Lu}$")
_INITIAL = lazy(r"^\p{Lu}\.(?:-?\p{Lu}\.)*$|^\p{Lu}$")
_TWO_LETTERS = lazy(r"\p{L}{2}")
_GLUED_INITIALS = lazy(r"^\p{Lu}{2}$")
# (digits too: "LEBRIN. 1", the number of the next item run on after the last name)
_TRIM = " \t,;:.-–—•*+()[]0123456789"


# "Chantal LEFOYER et" / "Thierry CHAUVIN": the "et" before the last name, cut by a line end.
_TRAILING_AND = lazy(r"\s+et$")


def clean_name(text: str) -> str:
    text = " ".join(text.split())
    cleaned: str = text.strip(_TRIM + "'")
    if cleaned.endswith("et"):  # (no line end is left for "$" to match before)
        cleaned = _TRAILING_AND.sub("", cleaned)
    return cleaned.strip(_TRIM + "'")


def is_president_word(text: str) -> bool:
    """ "M. le Maire", "Madame la Présidente": the president, named by function."""
    name = clean_name(text)
    return bool(_PRESIDENT.fullmatch(name) or _PRESIDENT.fullmatch(_LEADING_CIV.sub("", name)))


def is_role_word(text: str) -> bool:
    """ "Maire", "conseillers municipaux": a function printed alone between commas."""
    return bool(_ROLE_ONLY.match(clean_name(text)))


_RUN_ON_ALT = "|".join(regex.escape(w) for w in sorted(NAME_RUN_ONS, key=len, reverse=True))
_RUN_ON = lazy(
    rf"(?:(?<=\p{{Lu}}{{2}}|\b\p{{Lu}}\.)\s+|\s*,\s*)(?:{_RUN_ON_ALT})(?![\p{{L}}'’])"
    r"(?:\s+[\p{Ll}'’][\p{L}'’]*)*\s*$"
)


def parse_person(text: str, order: str | None = None) -> Person | None:
    """Read one person as printed: "Monsieur François REBSAMEN", "CAUQUIL R.", "Maryline",
    "M. Jean-Michel BRARD, Maire". None when nothing like a name is left. order ("given" or
    "family", the list's) says which side of a name printed in one case is its given name
    where the lexicon alone cannot ("MARTIN BERNARD")."""
    # The same names come back many times (every act of a recueil lists the same members;
    # the list readers try a name several ways): read once, a fresh copy to each caller.
    person = _read_person(text, order)
    return person.model_copy() if person is not None else None


@lru_cache(maxsize=1 << 14)
def _read_person(text: str, order: str | None) -> Person | None:
    raw = clean_name(_RUN_ON.sub("", clean_name(text)))
    if not raw or raw in NAME_RUN_ONS:
        return None  # (a heading's word left alone: "Absents")
    civility: str | None = None
    m = _LEADING_CIV.match(raw)
    if m:
        word = m.group(0).split()[0]
        civility = CIVILITIES.get(word) or CIVILITIES.get(word.capitalize())
        if " et " in m.group(0).lower() + " ":
            civility = None  # "Mmes et MM. Claire HUGUES": a mixed list says nothing
        raw = raw[m.end() :].strip()
    role = None
    rm = _TRAILING_ROLE.search(raw)
    if rm and rm.start() > 0:
        rank = " ".join((rm.group("rank") or "").split())
        role = clean_name(raw[rm.end("rank") :] if rank else rm.group(0))
        role = (f"{rank} {role}" if rank else role) or None
        raw = raw[: rm.start()].strip()
    raw = clean_name(raw)
    if not raw or not _TWO_LETTERS.search(raw):
        return None
    words = raw.split()
    if len(words) > 1 and words[-1] in NAME_PARTICLES:
        return None  # "Nombre de" (a count's label cut by the next heading): no name ends so
    upper = [i for i, w in enumerate(words) if _UPPER_WORD.match(w) and not _INITIAL.match(w)]
    if (
        len(upper) > 1
        and upper[0] == 0
        and _GLUED_INITIALS.match(words[0])
        and words[0].lower() not in NAME_PARTICLES
    ):
        upper = upper[1:]  # "MC MUSSO" (Trets): Marie-Claude's initials, then the family name
    given: str | None
    family: str | None
    one_case = split_name(tuple(words), order)
    if one_case is not None:
        # "JEAN DUPONT", "Dupont Jean": capitals say nothing, the lexicon says which is which
        given, family = one_case
    elif upper:
        first, last = upper[0], upper[-1]
        while first > 0 and words[first - 1] in NAME_PARTICLES:
            first -= 1  # "Luc de LA FONTAINE", "de la BUHARAYE": particles open the family name
        # Particles between capitals belong to the family name ("CARRELET DE LOISY").
        family_words = words[first : last + 1]
        rest = words[:first] + words[last + 1 :]
        family = " ".join(family_words)
        given = " ".join(rest) or None
    elif len(words) == 1 and not words[0][:1].isupper() and role is None:
        # "ou" ("présents : 22 ou 21"): a word, not a name (but "M. le Maire" is the
        # president, read as "le" with his function)
        return None
    elif len(words) == 1:
        # First-name-only councils ("Maryline") vs surname-only mentions are told apart by
        # case: a capitalised single word is a given name.
        given, family = words[0], None
    elif any(w[:1].islower() and w.lower() not in NAME_PARTICLES for w in words):
        return None  # "Nombre de membres": words, not a name
    else:
        # Mixed case "Adeline Texeira": given names first, family name last, particles kept.
        cut = len(words) - 1
        while cut > 1 and words[cut - 1].lower() in NAME_PARTICLES:
            cut -= 1
        given, family = " ".join(words[:cut]), " ".join(words[cut:])
    return Person(civility=civility, given_name=given, family_name=family, name=raw, role=role)


# Separators between people in running lists, numbered lists among them ("1. SCHELLENBERGER
# Raphaël 2. BLASER Stéphanie", the numbers left behind when a table is flattened), and a
# dash list whose dash lost its space ("Lionel DEBELLE- Francis BORDERIEUX", Saclas; not
# "JUILLARD- RANDRIAN", a compound family name).
_SEPARATORS = lazy(
    r"\s*(?:[,;•]|(?:^|(?<=\s))\d{1,3}[.)](?=\s|$)|\s-{1,2}\s|(?<=\p{Lu}{2})-\s+(?=\p{Lu}\p{Ll})|\s-(?=\p{Lu})|(?<=\.)-{1,2}\s|\s*[–—]+\s*|\bet\b(?=\s+(?:"
    + _CIV_ALT
    + r"|\p{Lu}))|\n)\s*"
)
# "(remplace ROQUE J.)", "(remplacée par FOUQUET M.J.)": a substitute's note, not a person of
# the list (intercommunal councils: the suppléant sits in the titulaire's place).
# Also after a comma: "Paloma PERVENT, suppléant de Roger CAIZERGUES" (the titulaire named
# is absent, not a member of the list).
_SUBSTITUTE_NOTE = lazy(
    r"\(\s*(?:remplac|suppl)[^()]*\)?|,\s*(?:suppléante?|remplaçante?)\s+d(?:e\s+|['’]\s*)[^,;()\n]+",
    regex.IGNORECASE,
)
# "Philippe ROUVIER - COROUGE Philippe VINÇON" in a dash-separated list: a compound family
# name broken by the layout, followed by the next member's given name (Flaux).
_SPLIT_COMPOUND = lazy(
    r"\b(\p{Lu}{2,}[\p{Lu}'\-]*)\s+-\s+(\p{Lu}{2,}[\p{Lu}'\-]*)(?=\s+\p{Lu}\p{Ll})"
)
_ONLY_CIVILITY = lazy(rf"^(?:{_CIV_ALT})$")
# A group's label run into its first name: "Membres élus par le conseil municipal : M. X",
# "Représentants des associations : Mme Y" — words in lower case, no civility, then a colon.
_INLINE_SUBHEADING = lazy(
    rf"^(?P<label>(?!(?:{_CIV_ALT})\b)\p{{Lu}}[\p{{Ll}}'’]+(?=[^:\n]*\s\p{{Ll}}{{2}})"
    r"(?:\s+[\p{L}'’\-]+){1,8})\s*:\s+(?P<rest>\p{Lu}[^\n]*)$"
    # "Mmes et MM. les Adjoints : Anne X", "MM. les conseillers : …": civilities addressing
    # a group, "les" and its title.
    rf"|^(?P<label>(?:{_CIV_ALT})(?:\s+et\s+(?:{_CIV_ALT}))?\s+les\s+[\p{{L}}'’\-]+"
    r"(?:\s+[\p{L}'’\-]+){0,4})\s*:\s+(?P<rest>\p{Lu}[^\n]*)$"
)
# A line's label before its members, by canton, commune or group: "Canton de Lirac-1 : Mme
# Odile FERRAND", "Canton des Causses et Lirane : Mme X, M. Y", "Arneze-le-Haut : M. Jean-Marc
# SOULA, Mme …" — words without a civility, comma or colon, then a colon and a civility.
_LINE_LABEL = lazy(
    rf"^[ \t]*(?:(?!(?:{_CIV_ALT})(?:\s|$))[^:\n,;(]){{2,80}}?[ \t]*:[ \t]+(?=(?:{_CIV_ALT})\s)",
    regex.MULTILINE,
)
# "Jean DUPONT- DURAND Marie MARTIN": a compound family name broken after its hyphen.
_BROKEN_HYPHEN = lazy(r"(?<=\p{Lu}{2})-\s+(?=\p{Lu}{2})")
_RUN_TOGETHER = lazy(
    r"(?<=\b\p{Lu}{2,}[\p{Lu}'\-]*\s\p{Lu}\.?)\s+(?=\p{Lu}{2,}[\p{Lu}'\-]*\s+\p{Lu}\b)"
)
# "BUSCHE Maurice FONTAINE Monique SIEFFERT Raymond" (Wattwiller): family-name-first names
# run together once a table is flattened. Cut before a family name in capitals that follows
# a given name, when the run itself starts with a family name (in "Jean DUPONT Marie MARTIN"
# the given names come first and nothing is cut here).
_CAPS_RUN = r"\p{Lu}{2,}[\p{Lu}'’\-]*(?:\s+\p{Lu}{2,}[\p{Lu}'’\-]*)*"
_GIVEN_RUN = r"\p{Lu}\p{Ll}[\p{Ll}'’\-]*(?:[\s\-]\p{Lu}\p{Ll}[\p{Ll}'’\-]*)*"
_FAMILY_FIRST_RUN = lazy(rf"(?<=\b{_CAPS_RUN}\s+{_GIVEN_RUN})\s+(?={_CAPS_RUN}\s+\p{{Lu}}\p{{Ll}})")
_STARTS_FAMILY_FIRST = lazy(rf"^{_CAPS_RUN}\s+{_GIVEN_RUN}\s+{_CAPS_RUN}\s+\p{{Lu}}\p{{Ll}}")
_ROLE_ONLY = lazy(rf"^(?:{_ROLE_ALT})s?$", regex.IGNORECASE)
_STAFF_ALT = "|".join(regex.escape(r) for r in sorted(STAFF_ROLES, key=len, reverse=True))
# a staff function alone, perhaps with its place: "Directrice de la crèche"
_STAFF = lazy(rf"^(?:{_STAFF_ALT})(?:\s+(?:de|du|des|d['’])\s.*)?$", regex.IGNORECASE)
# Names run together with no separator at all (MISREADINGS 9): "Jean DUPONT Marie MARTIN Paul
# DURAND", "DUPONT Jean MARTIN Marie DURAND-LEROY Paul". The alternation of given names and
# family names in capitals cuts them; a run that reads both ways ("MARTIN Marie DURAND Paul
# LEROY") is cut in the order the list's other names use.
_PARTICLE_RUN = (
    r"(?:(?:"
    + "|".join(regex.escape(p) for p in sorted(NAME_PARTICLES, key=len, reverse=True))
    + r")\s+)*"
)
_OPT_CIV = rf"(?>(?:(?:{_CIV_ALT})\s+)?)"  # (atomic: in "Mme AUGUSTE", "Mme" is no given name)
_GIVEN_THEN_FAMILY = rf"{_GIVEN_RUN}\s+{_PARTICLE_RUN}{_CAPS_RUN}"
_FAMILY_THEN_GIVEN = rf"{_PARTICLE_RUN}{_CAPS_RUN}\s+{_GIVEN_RUN}"
_ONE_GIVEN_FIRST = lazy(rf"^{_OPT_CIV}{_GIVEN_THEN_FAMILY}$")
_ONE_FAMILY_FIRST = lazy(rf"^{_OPT_CIV}{_FAMILY_THEN_GIVEN}$")
# given-first: pairs, then perhaps a given name left alone at the end
_GIVEN_FIRST_RUN = lazy(
    rf"^{_OPT_CIV}{_GIVEN_THEN_FAMILY}(?:\s+{_GIVEN_THEN_FAMILY})+(?:\s+{_GIVEN_RUN})?$"
)
_GIVEN_FIRST_LOOSE = lazy(rf"^{_OPT_CIV}{_GIVEN_THEN_FAMILY}\s+{_GIVEN_RUN}$")
_GIVEN_FIRST_CUT = lazy(r"(?<=\p{Lu}{2,}[\p{Lu}'’\-]*)\s+(?=\p{Lu}\p{Ll})")
_FAMILY_FIRST_LOOSE = lazy(
    rf"^{_OPT_CIV}{_FAMILY_THEN_GIVEN}(?:\s+{_FAMILY_THEN_GIVEN})*\s+{_PARTICLE_RUN}{_CAPS_RUN}$"
)
_FAMILY_FIRST_CUT = lazy(r"(?<=\p{Ll}[\p{Ll}'’]*)\s+(?=\p{Lu}{2,}|(?-i:de|du|des|d['’])\s)")
# "Jean DUPONT Maire Marie MARTIN": a function between two names separates them.
_ROLE_BETWEEN = lazy(
    rf"(?<=\p{{Lu}}{{2,}}[\p{{Lu}}'’\-]*)\s+((?i:{_ROLE_ALT})s?)(?=\s+\p{{Lu}}\p{{Ll}})"
)
_ROLE_WORD = lazy(rf"\b(?:{_ROLE_ALT})s?\b", regex.IGNORECASE)
# Staff named among the members with no separator: "Marie MARTIN DGS", "Marie MARTIN
# Directrice générale des services Paul DURAND", "Marie MARTIN (secrétaire de mairie)".
_STAFF_BETWEEN = lazy(
    rf"(?<=\p{{Lu}}{{2,}}[\p{{Lu}}'’\-]*)\s+((?i:{_STAFF_ALT}))(?=\s+\p{{Lu}}\p{{Ll}})"
)
_TRAILING_STAFF = lazy(rf"(?<=\p{{Lu}}{{2,}}[\p{{Lu}}'’\-]*)\s+(?i:{_STAFF_ALT})$")
# (a plain substring test first: most lists name no staff, and the patterns are long)
_STAFF_WORDS = tuple(sorted({r.split()[0].lower() for r in STAFF_ROLES}))


def _mentions_staff(text: str) -> bool:
    lower = text.lower()
    return any(w in lower for w in _STAFF_WORDS)


_STAFF_NOTE = lazy(
    rf"\(\s*((?:{_STAFF_ALT})(?:\s+(?:de|du|des|d['’])\s[^()]*)?)\s*\)", regex.IGNORECASE
)


def list_order(chunks: list[str]) -> str | None:
    """ "given" or "family": the order most of a list's names are printed in, by their
    capitals, or else by the side of them the lexicon recognises ("DUPONT JEAN")."""
    return _list_order(chunks) or lexicon_order([_LEADING_CIV.sub("", c.strip()) for c in chunks])


def _list_order(chunks: list[str]) -> str | None:
    """ "given" or "family": the order most of a list's single names are printed in."""
    given = sum(1 for c in chunks if _ONE_GIVEN_FIRST.match(c.strip()))
    family = sum(1 for c in chunks if _ONE_FAMILY_FIRST.match(c.strip()))
    if given > family:
        return "given"
    if family > given:
        return "family"
    return None


def _run_cut(part: str, order: str | None) -> list[str] | None:
    """The names of a run with no separators, or None when it is not one."""
    words = part.split()
    if len(words) - (bool(words) and words[0] in CIVILITIES) < 3:
        # Every run below has three words or more after its civility (a whole word, taken
        # by _OPT_CIV): most parts are one name.
        return None
    if _ROLE_WORD.search(part):
        # "Jean DUPONT Maire Marie MARTIN": a function is no given name
        return _role_cut(part, order)
    cut: regex.Pattern[str] | None = None
    if (_GIVEN_FIRST_RUN.match(part) and order != "family") or (
        order == "given" and _GIVEN_FIRST_LOOSE.match(part)
    ):
        cut = _GIVEN_FIRST_CUT
    elif order == "family" and _FAMILY_FIRST_LOOSE.match(part):
        cut = _FAMILY_FIRST_CUT
    if cut is None:
        return _lexicon_cut(part, order)
    names: list[str] = cut.split(part)
    return names


MAX_ROLE_WORDS = 4  # "Adjoint au maire", "membres du Bureau"
MIN_NAME_WORDS = 2  # a given name and a family name


def _role_cut(part: str, order: str | None) -> list[str] | None:
    """ "JEAN DUPONT MAIRE MARIE MARTIN ADJOINTE PAUL DURAND": in a run in one case, a function
    after a name of two words or more and before a given name ends that name (in mixed case
    _ROLE_BETWEEN has cut it already). The function stays an item of its own, the role of the
    name before it. None when no function separates two names ("Jean MAIRE": a family name)."""
    words = part.split()
    pieces: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(words):
        role = next(
            (
                k
                for k in range(MAX_ROLE_WORDS, 0, -1)
                if len(current) >= MIN_NAME_WORDS
                and i + k < len(words)
                and _ROLE_ONLY.match(" ".join(words[i : i + k]))
                and is_given_name(words[i + k])
            ),
            0,
        )
        if role:
            pieces += [" ".join(current), " ".join(words[i : i + role])]
            current, i = [], i + role
            continue
        current.append(words[i])
        i += 1
    if not pieces:
        return None
    pieces.append(" ".join(current))
    names: list[str] = []
    for piece in pieces:
        cut = None if _ROLE_ONLY.match(piece) else _lexicon_cut(piece, order)
        names.extend(cut or [piece])
    return names


def _lexicon_cut(part: str, order: str | None) -> list[str] | None:
    """A run that capitalisation alone does not cut ("JEAN DUPONT MARIE MARTIN", "Jean
    DUPONT Anne d'ARGENT"): cut where the lexicon's given names open (or close) a name. A
    civility before the first name stays with it."""
    m = _LEADING_CIV.match(part)
    civility = part[: m.end()] if m else ""
    names = cut_run(part[len(civility) :], order)
    if names is None:
        return None
    return [civility + names[0], *names[1:]]


# A note in brackets after a name is not part of it: "(titulaire)", "(démissionnaire)" (red
# team 13-conservatoire), "(visioconférence)" (03-loir-luce-berce), "(Absente à l'ouverture
# de la séance, arrivée à 20 heures 50, …)" (21-saclas). Proxies and markers in brackets are
# read before the names are.
_NOTE = lazy(r"\([^()]{0,300}\)")
# "Marie-Bernard DEL VALLE – MARZIN" (red team 05-loctudy): a family name in capitals whose
# last part, alone after a spaced dash, has no given name of its own — one compound name, not
# two people. "CAUQUIL R. – LANET M." and "Jean DUPONT – Paul MARTIN" stay two.
# A compound given name spaced around its hyphen after a family name in capitals: "BAYZE Jean
# - Claude", "BROCA-LANNAUD Marie - Thérèse" (SIAEP Condom), not "JUVIN - Catherine MARTEL".
_DASHED_GIVEN = lazy(
    r"(?<=\b\p{Lu}{2,}[\p{Lu}'\-]*\s+(?:"
    + "|".join(COMPOUND_GIVEN_FIRST)
    + r"))\s+[-–]\s+(?=\p{Lu}\p{Ll}{2,}\b(?!\s+\p{Lu}{2,}))"
)
_DASHED_FAMILY = lazy(
    r"(?<=\b\p{Lu}\p{Ll}[\p{L}\-]*\s+(?:\p{Lu}{2,}[\p{Lu}'\-]*\s+)*\p{Lu}{2,}[\p{Lu}'\-]*)"
    r"\s+[–—]\s+(?=\p{Lu}{2,}[\p{Lu}'\-]*\s*(?:$|[,;.\n]))",
    regex.MULTILINE,
)


_CAPS_WORD = lazy(r"\p{Lu}[\p{Lu}'\-]+\b")
_STARTS_CAPS = lazy(r"^\p{Lu}[\p{Lu}'\-]+\b")
_ENDS_PARTICLE = lazy(r"\b(?:DE|DU|DES|LE|LA|D'|VAN|VON|DIT|EL)$")


# The given name alone, then a mark or the line's end: "Guy (Annonay), …", "Sylvain." (the
# list's last), "Norbert) ; …" (the holder's given name closing its bracket).
# "Colette à Mme COSTE" (a proxy's grantor, written NOM Prénom, wrapped before the holder).
_GIVEN_THEN_MARK = lazy(
    r"^\p{Lu}\p{Ll}[\p{Ll}'’\-]*(?:-\p{Lu}\p{Ll}+)?\s*(?:[(),;.]|$|(?:à|par)\s)"
)
_FAMILY_WORDS = r"\p{Lu}{2,}[\p{Lu}'’\-]*(?:\s+\p{Lu}{2,}[\p{Lu}'’\-]*)*"
_HOLDER_FAMILY_END = lazy(rf"\s(?:à|a|par)\s+{_FAMILY_WORDS}$")
# "Mme BARRIÈRE" / "Christine, M. …": a civility before the family name changes nothing.
_LONE_FAMILY = lazy(rf"^(?:(?:{_CIV_ALT})\s+)?{_FAMILY_WORDS}$")
_GIVEN_ONLY = lazy(r"^\p{Lu}\p{Ll}[\p{Ll}'\-]*(?:-\p{Lu}\p{Ll}+)?$")


def join_wrapped(text: str) -> str:
    """Join a family name wrapped onto the next line with its given name ("Madame Nuray" /
    "AKPINAR-ISTIQUAM", "CARRELET DE" / "LOISY")."""
    out: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if out and _GIVEN_THEN_MARK.match(stripped):
            # "…, CAVENEGET" / "Guy (Annonay), VAUX Isabelle (Arlebosc), …": a family name
            # first, its given name wrapped onto the next line.
            last = _SEPARATORS.split(out[-1])[-1].strip()
            # "… (donne procuration à GARCIA" / "Norbert) ; …": the holder's given name.
            if _LONE_FAMILY.match(last) or _HOLDER_FAMILY_END.search(last):
                out[-1] = out[-1].rstrip() + " " + stripped
                continue
        if out and stripped and _STARTS_CAPS.match(stripped) and not CIVILITY.match(stripped):
            last = _SEPARATORS.split(out[-1])[-1]
            civs = list(CIVILITY.finditer(last))
            tail = last[civs[-1].start() :] if civs else ""
            # "Agnès" / "MICHELOT": a lone given name, no civility, then a family name.
            lone_given = not civs and _GIVEN_ONLY.match(last.strip())
            # "Laurence VAN DE" / "WALLE, …": a family name cut after its particle.
            particle_end = not civs and _ENDS_PARTICLE.search(last.strip())
            if (
                lone_given
                or particle_end
                or (
                    tail
                    and (
                        not _CAPS_WORD.search(CIVILITY.sub("", tail))
                        or _ENDS_PARTICLE.search(tail.strip())
                    )
                )
            ):
                out[-1] = out[-1].rstrip() + " " + stripped
                continue
        if out and stripped[:1].isupper() and "," in out[-1]:
            # "…, Jean-Pierre" / "Lachaud, Amandine Serre, …": in a list cut by commas, a
            # given name the lexicon knows ends the line, its family name starts the next.
            last = _SEPARATORS.split(out[-1])[-1].strip()
            # (the line starts with a capital: its text before a comma holds a word)
            first_word = stripped.split(",", 1)[0].split()[0]
            if (
                _GIVEN_ONLY.match(last)
                and is_given_name(last)
                and not is_given_name(first_word)
                and not CIVILITY.match(stripped)
            ):
                out[-1] = out[-1].rstrip() + " " + stripped
                continue
        out.append(line)
    return "\n".join(out)


def split_people(text: str) -> list[str]:
    """Cut a run of names into one string per person.

    Names arrive one per line, comma- or semicolon-separated, separated by dashes, or
    glued together with only their civility between them ("Monsieur A B Madame C D"), as PDF
    extraction of tables produces.
    """
    parts: list[str] = []
    # (each pattern below only where the list holds the bracket or dash it needs: most lists
    # hold none, and the scans cost most of the time of reading a list)
    if "(" in text or "suppl" in text or "rempla" in text:
        text = _SUBSTITUTE_NOTE.sub(" ", text)
    staff = _mentions_staff(text)
    if staff:
        text = _STAFF_NOTE.sub(r", \1, ", text)
    if "(" in text:
        text = _NOTE.sub(" ", text)
    text = without_communes(text)
    if "–" in text or "—" in text:
        text = _DASHED_FAMILY.sub("-", text)
    if "-" in text or "–" in text:
        text = _DASHED_GIVEN.sub("-", text)
    pending_civility = ""
    # "ROUVIER - COROUGE Philippe" is a compound family name, then the next member's given
    # name where given names come first (Flaux); its given name where they come last
    # ("BROCA - LANNAUD Marie-Thérèse, PEROTTO Aline", SIAEP Condom).
    text = _ROLE_BETWEEN.sub(r", \1, ", text)
    if staff:
        text = _STAFF_BETWEEN.sub(r", \1, ", text)
    if "-" in text:
        family_first = _list_order(_SEPARATORS.split(text)) == "family"
        text = _SPLIT_COMPOUND.sub(r"\1-\2" if family_first else r"\1-\2 - ", text)
        text = _BROKEN_HYPHEN.sub("-", text)
    if ":" in text:
        text = _LINE_LABEL.sub("", text)
    chunks = _SEPARATORS.split(join_wrapped(text))
    order = list_order(chunks)
    for chunk in chunks:
        chunk = chunk.strip()
        if not chunk:
            continue
        if _ONLY_CIVILITY.match(chunk):
            # "Mmes et MM. Claire HUGUES": the plural civilities go with the next name.
            pending_civility += chunk + " et "
            continue
        if pending_civility:
            chunk, pending_civility = pending_civility + chunk, ""
        if sub := _INLINE_SUBHEADING.match(chunk):
            parts.append(sub.group("label") + " :")  # dropped as a sub-heading
            chunk = sub.group("rest")
        starts = [m.start() for m in CIVILITY.finditer(chunk)]
        if len(starts) <= 1:
            # "ROUANET B MARCOUIRE G.": two "SURNAME I." names with no separator between.
            for part in _RUN_TOGETHER.split(chunk):
                cut = _run_cut(part.strip(), order)
                if cut is not None:
                    parts.extend(cut)
                elif _STARTS_FAMILY_FIRST.match(part):
                    parts.extend(_FAMILY_FIRST_RUN.split(part))
                elif part.strip():
                    parts.append(part)
            continue
        # Plural civility runs ("Mmes et MM.") stay with the first name that follows.
        cuts = [0]
        # Whether a name stands since the last cut: each stretch between two civilities is
        # looked at once ("M. M. M. …" would make the stretch since the cut grow: quadratic).
        named = False
        for before, s in itertools.pairwise([0, *starts[1:]]):
            between = chunk[before:s]
            # ("MESDAMES ET MESSIEURS" in a list in capitals)
            named = named or bool(
                CIVILITY.sub("", between).lower().replace(" et ", " ").strip(" ,")
            )
            if named:
                cuts.append(s)
                named = False
        cuts.append(len(chunk))
        parts.extend(chunk[a:b].strip() for a, b in itertools.pairwise(cuts))
    return [p for p in parts if p]


# What an empty list says: "Absent(s/es) : NEANT", "Pouvoirs : aucun".
_NOBODY = frozenset({"neant", "aucun", "aucune", "personne", "sans objet", "nul", "nulle", "non"})


def parse_people(text: str) -> list[Person]:
    people: list[Person] = []
    parts = split_people(text)
    order = list_order(parts)
    for part in parts:
        if part.rstrip().endswith(":"):
            continue  # a sub-heading inside the list ("Titulaires :", "Suppléants :")
        name = clean_name(part)  # (once: the tests below all read the cleaned name)
        if unaccent(name).casefold() in _NOBODY:
            continue
        if _STAFF.match(name):
            # "M. Luc PETIT, Directeur Général des Services": staff, not a member
            if people and people[-1].role is None:
                people.pop()
            continue
        if _ROLE_ONLY.match(name):
            # "M. Jean-Michel BRARD, Maire, Mmes et MM. …": the function of the one before.
            if people and people[-1].role is None:
                people[-1] = people[-1].model_copy(update={"role": name})
            continue
        if _mentions_staff(part) and _TRAILING_STAFF.search(clean_name(part)):
            continue  # "Marie MARTIN DGS": staff named with no comma before the function
        if order == "family":
            part = _without_place_tail(part)
        person = parse_person(part, order)
        if person is not None:
            people.append(person)
    return people


_TITLE_WORD = lazy(r"^\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}?\p{Ll}[\p{Ll}'’]*)*$")


def _without_place_tail(part: str) -> str:
    """ "MAIRET Christian Fontaine-Galland" → "MAIRET Christian": in a list printed NOM Prénom,
    words after the given name that are no given names are the member's commune (the lists of
    intercommunal bodies, "NOM Prénom   Commune" in columns). Only when the given name is one
    the lexicon knows and the words after it are not: "MARTIN Jean Marc" stays whole."""
    words = part.split()
    k = 0
    while k < len(words) and words[k].isupper() and len(words[k]) > 1:
        k += 1
    if k == 0 or k + 1 >= len(words) or not is_given_name(words[k]):
        return part
    tail = words[k + 1 :]
    if all(_TITLE_WORD.match(w) and not is_given_name(w) for w in tail):
        return " ".join(words[: k + 1])
    return part
