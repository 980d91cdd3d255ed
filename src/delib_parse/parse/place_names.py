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


def without_communes(text: str) -> str:
    """text with each commune name in capitals replaced by a line break: a list's items
    either side of it are two, and the commune is no one's name."""
    out: str = COMMUNE.sub("\n", text)
    return out
