"""The French given-name lexicon: is a word a given name?

The names are open data shipped with the package (vocab/data/given_names_fr.txt, from Faker's
French-speaking person providers, MIT: see GIVEN_NAMES_LICENSE.txt there, rebuilt by
scripts/build_given_names.py). They are read once, on first use, folded as
`model.names.fold` folds the names of the lists, so "JEAN-PIERRE", "Jean-Pierre" and
"jean pierre" are one entry.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib.resources import files

from delib_parse.model.names import fold

_DATA = ("data", "given_names_fr.txt")


@cache
def given_names() -> frozenset[str]:
    """The folded given names (about 1,100), loaded on first use."""
    text = files("delib_parse.vocab").joinpath(*_DATA).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


@lru_cache(maxsize=8192)
def is_given_name(word: str) -> bool:
    """ "Jean", "MARIE", "Jean-Pierre", "PAUL-HENRI": listed, or a compound whose every part
    is listed (the lists hold only the commonest compounds). "SAINT-JEAN" is not: "saint" is
    no given name."""
    folded = fold(word)
    if not folded:
        return False
    names = given_names()
    return folded in names or (" " in folded and all(p in names for p in folded.split()))
