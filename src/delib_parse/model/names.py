"""Identity of people across the lists of one document.

Names are printed "Prénom NOM", "NOM Prénom", "NOM P." or by first name only; two mentions
are the same person when their folded family names agree and their given names (or
initials) do not contradict each other.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from delib_parse.model.document import Person


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, accents removed, hyphens and apostrophes as spaces, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace("-", " ").replace("'", " ").replace("’", " ").replace(".", " ")
    return " ".join(bare.lower().split())


_UNACCENTED: dict[int, str] = {}  # accented character → its base letter


def unaccent(text: str) -> str:
    """text without its accents, one character for one, case kept: offsets into the result
    are offsets into text ("ETAIENT PRÉSENTS" reads as "ETAIENT PRESENTS")."""
    if text.isascii():
        return text  # (nothing to map: the table holds non-ASCII characters only)
    for c in set(text):
        if ord(c) > 127 and ord(c) not in _UNACCENTED:
            decomposed = unicodedata.normalize("NFD", c)
            bare = "".join(x for x in decomposed if not unicodedata.combining(x))
            _UNACCENTED[ord(c)] = bare if len(bare) == 1 else c
    return text.translate(_UNACCENTED)


def _words(name: str) -> list[str]:
    return fold(name.replace("-", "\u2011")).replace("\u2011", "-").split()


def person_key(person: Person) -> str:
    family = fold(person.family_name or "")
    given = fold(person.given_name or "")
    if not family:
        return fold(person.name)
    return f"{family}|{given}"


def same_person(a: Person, b: Person) -> bool:
    """True when a and b can be the same member (family names equal, given names compatible)."""
    fa, fb = fold(a.family_name or ""), fold(b.family_name or "")
    ga, gb = fold(a.given_name or ""), fold(b.given_name or "")
    if not fa or not fb:
        # Only one part known (first-name-only councils, "Monsieur REBSAMEN"): compare the
        # whole names' words.
        # A hyphenated given name is one word here: "Jean" is not "Jean-Pierre".
        wa, wb = _words(a.name), _words(b.name)
        if not wa or not wb:
            return False
        small, big = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        return all(w in big for w in small)
    if fa != fb and (not ga or not gb) and sorted(_words(a.name)) == sorted(_words(b.name)):
        # "MARTIN BERNARD" printed alone (no order to read it by) and the BERNARD MARTIN of a
        # list read family name first: the same words, one side not told apart.
        return True
    if fa != fb:
        # A family name with one letter doubled or dropped ("GAUDIIN" for "GAUDIN", an OCR or
        # typing slip) is the member whose given name is the same.
        return bool(ga) and ga == gb and _one_slip(fa, fb)
    if not ga or not gb:
        return True
    if ga == gb:
        return True
    # Initials: "R." against "Robert"; compound "J P" against "Jean Pierre"; glued "MC"
    # against "Marie-Claude" (Trets: "pouvoir à MC MUSSO").
    ia, ib = _glued(a.given_name, ga), _glued(b.given_name, gb)
    if len(ia) == len(ib):
        return all(
            x[0] == y[0] and (len(x) == 1 or len(y) == 1 or x == y or _one_slip(x, y))
            for x, y in zip(ia, ib, strict=True)
        )
    return False


def _glued(printed: str | None, folded: str) -> list[str]:
    """The words of a folded given name; "MC" printed in capitals is two initials."""
    if printed and len(printed) == GLUED_INITIALS and printed.isalpha() and printed.isupper():
        return list(folded)
    return folded.split()


GLUED_INITIALS = 2
MIN_SLIP_LENGTH = 5


def _one_slip(x: str, y: str) -> bool:
    """A given name mistyped by one letter left out or added ("Dider" for "Didier", Émerainville
    2004): minutes are typed by hand, and the family name already agrees."""
    if min(len(x), len(y)) < MIN_SLIP_LENGTH or abs(len(x) - len(y)) != 1:
        return False
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# Folded words of a civility, to tell "M. MARTIN" from "Mme MARTIN".
MALE_CIVILITIES = frozenset({"m", "monsieur", "mr", "messieurs", "mm"})
FEMALE_CIVILITIES = frozenset({"mme", "madame", "mlle", "mademoiselle", "mmes", "mesdames"})


@lru_cache(maxsize=256)  # C005 compares every pair of names; civilities are few
def gender(civility: str | None) -> str | None:
    """ "m", "f" or None (no civility, or one that says nothing: "Maître", "Docteur")."""
    word = fold(civility or "").replace(" ", "")
    if word in MALE_CIVILITIES:
        return "m"
    if word in FEMALE_CIVILITIES:
        return "f"
    return None


def same_member(a: Person, b: Person) -> bool:
    """`same_person`, and their civilities, when both are printed, do not contradict it."""
    ga, gb = gender(a.civility), gender(b.civility)
    if ga and gb and ga != gb:
        return False
    return same_person(a, b)
