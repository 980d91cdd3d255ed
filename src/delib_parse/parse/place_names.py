"""Commune names printed among the names of a list (MISREADINGS 8: intercommunal bodies list
their delegates by member commune), told apart from family names by their shape."""

from __future__ import annotations

import regex

from delib_parse.lazyre import lazy
from delib_parse.vocab.attendance import PLACE_WORDS

_LINKS = "|".join(
    regex.escape(w.upper()) for w in sorted(PLACE_WORDS, key=len, reverse=True) if w[-1] not in "'’"
)
# "SAINT-JEAN-DE-LUZ", "BOULOGNE-SUR-MER", "CHÂLONS-EN-CHAMPAGNE", "LA ROCHE-SUR-YON": three
# hyphenated parts or more, one of the inner ones a place word. A family name in capitals has
# one or two parts ("SAINT-ANDRÉ", "DUPONT-DURAND"), its particles spaced ("DE LA TOUR").
COMMUNE = lazy(
    rf"(?<![\p{{L}}'’\-])(?:(?:LA|LE|LES)\s+)?\p{{Lu}}[\p{{Lu}}'’]*(?:-\p{{Lu}}[\p{{Lu}}'’]*)*"
    rf"-(?:{_LINKS})-\p{{Lu}}[\p{{Lu}}'’]*(?:-\p{{Lu}}[\p{{Lu}}'’]*)*(?![\p{{L}}'’\-])"
)


_LOWER_LINKS = "|".join(
    regex.escape(w) for w in sorted(PLACE_WORDS, key=len, reverse=True) if w[-1] not in "'’"
)
# The same in small letters: "Lisonne-la-Ville", "Saint-Loup-de-Vaux", "La Combe-aux-Loups"
# (a list laid out "NOM Prénom   Commune"). A place word in small letters between capitalised
# parts, hyphens all through: a person's compound name has no such link ("Marie-Claire",
# "Dumont-Rivat"), and a particle of a family name stands apart ("Anne de la Tour").
COMMUNE_MIXED = lazy(
    rf"(?<![\p{{L}}'’\-])(?:(?:La|Le|Les)\s+)?\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)*"
    rf"-(?:{_LOWER_LINKS})-\p{{Lu}}\p{{Ll}}+(?:-(?:(?:{_LOWER_LINKS})-)?\p{{Lu}}\p{{Ll}}+)*"
    rf"(?![\p{{L}}'’\-])"
)


def without_communes(text: str) -> str:
    """text with each commune name in capitals replaced by a line break: a list's items
    either side of it are two, and the commune is no one's name."""
    out: str = COMMUNE.sub("\n", text)
    if "-" in out:
        out = COMMUNE_MIXED.sub("\n", out)
    return out
