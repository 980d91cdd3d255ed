"""Names told apart by the given-name lexicon where nothing else tells them apart.

Capitalisation reads most lists ("Jean DUPONT", "DUPONT Jean"). Where a list prints every word
in one case ("JEAN DUPONT MARIE MARTIN", "Dupont Jean, Martin Marie") or runs names together
with no separator, which words are given names says where one person ends and which side of
a name is the given name. The order (given name first or last) is decided per list: by
capitalisation where the list's other names show it, else by the side the lexicon recognises.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from delib_parse.lazyre import lazy
from delib_parse.parse.given_names import is_given_name
from delib_parse.vocab.people import NAME_PARTICLES

Order = Literal["given", "family"]

# "JEAN", "DUPONT-DURAND", "D'ARGENT", "Jean", "Paul-Henri", "d'Argent": one word of a name
_CAPS = lazy(r"^(?:[dDlL]['’])?\p{Lu}[\p{Lu}'’\-]*\p{Lu}$")
_TITLE = lazy(r"^(?:[dDlL]['’])?\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}[\p{Ll}'’]*)*$")
_PARTICLES = frozenset(NAME_PARTICLES)
_JOINS = frozenset({"dit", "dite"})  # particles that join two family names
# at most this many words in one family name ("DE LA TOUR DU PIN" counts its two names)
MAX_FAMILY_WORDS = 3
MAX_GIVEN_WORDS = 2  # "MARIE CLAUDE DUPONT": a compound given name printed without its hyphen
# a family word that is itself a given name ("MARIE MARTIN") costs this: it may be the next
# person's given name
GIVEN_AS_FAMILY = 1.0
LONGER_FAMILY = 0.5  # each family word after the first: names are mostly one word each
LONGER_GIVEN = 0.25
MIN_RUN = 2  # two persons make a run; two words, a name


def _particle(word: str) -> bool:
    return word.lower() in _PARTICLES


@dataclass(frozen=True)
class Split:
    """One person of a run: words[start:cut] and words[cut:end] are its given and family
    names, or its family and given names, as the order says."""

    start: int
    cut: int
    end: int


def _case(words: tuple[str, ...]) -> Literal["caps", "title", "mixed"] | None:
    """How the name words of a run are printed; None when some word is no name word."""
    caps = title = 0
    for w in words:
        if _particle(w):
            continue
        if _CAPS.match(w):
            caps += 1
        elif _TITLE.match(w):
            title += 1
        else:
            return None
    if caps and title:
        return "mixed"
    return "caps" if caps else "title" if title else None


def _given_ok(words: tuple[str, ...], mixed: bool) -> bool:
    if any(_particle(w) for w in words):
        return False
    if mixed:
        # where capitals mark the family names, a given name is any word not in capitals
        return all(_TITLE.match(w) for w in words)
    return all(is_given_name(w) for w in words)


def _family_cost(words: tuple[str, ...], mixed: bool) -> float | None:
    """What reading words as one family name costs; None when they cannot be one."""
    if _particle(words[-1]) or words[0].lower() in _JOINS:
        # "DUPONT DE": a family name does not end on its particle; "DIT GUERIN" is the end
        # of one ("LOUIS DIT GUERIN"), not a whole one
        return None
    names = [w for w in words if not _particle(w)]
    if not names or len(names) > MAX_FAMILY_WORDS:
        return None
    if mixed:
        return 0.0 if all(_CAPS.match(w) for w in names) else None
    cost = LONGER_FAMILY * (len(names) - 1)
    return cost + sum(GIVEN_AS_FAMILY for w in names if is_given_name(w))


@lru_cache(maxsize=4096)
def segment(words: tuple[str, ...], order: Order) -> tuple[float, tuple[Split, ...]] | None:
    """The cheapest reading of words as persons in that order, or None when none reads."""
    case = _case(words)
    if case is None:
        return None
    mixed = case == "mixed"
    n = len(words)
    best: list[tuple[float, tuple[Split, ...]] | None] = [None] * (n + 1)
    best[0] = (0.0, ())
    for i in range(n):
        here = best[i]
        if here is None:
            continue
        for g in range(1, MAX_GIVEN_WORDS + 1):
            for f in range(1, 2 * MAX_FAMILY_WORDS + 1):
                end = i + g + f
                if end > n:
                    break
                if order == "given":
                    given, family, cut = words[i : i + g], words[i + g : end], i + g
                else:
                    family, given, cut = words[i : i + f], words[i + f : end], i + f
                if not _given_ok(given, mixed):
                    continue
                cost = _family_cost(family, mixed)
                if cost is None:
                    continue
                total = here[0] + cost + LONGER_GIVEN * (g - 1)
                prior = best[end]
                if prior is None or total < prior[0]:
                    best[end] = (total, (*here[1], Split(i, cut, end)))
    return best[n]


def run_order(words: tuple[str, ...], order: str | None) -> Order | None:
    """The order a run of names reads in: the only one that reads, the cheaper one, or the
    list's order when both read as well."""
    given, family = segment(words, "given"), segment(words, "family")
    if given is None or family is None:
        return "given" if given else "family" if family else None
    if given[0] != family[0]:
        return "given" if given[0] < family[0] else "family"
    return "given" if order == "given" else "family" if order == "family" else None


def cut_run(part: str, order: str | None) -> list[str] | None:
    """The persons of a run of names with no separators ("JEAN DUPONT MARIE MARTIN",
    "Jean DUPONT Anne d'ARGENT", "DUPONT Jean DE LA TOUR Paul-Henri"), or None when it does
    not read as two persons or more."""
    words = tuple(part.split())
    chosen = run_order(words, order)
    if chosen is None:
        return None
    reading = segment(words, chosen)
    if reading is None or len(reading[1]) < MIN_RUN:
        return None
    persons = reading[1]
    given_only = sum(1 for s in persons if _all_given(_family_words(words, s, chosen)))
    if _case(words) != "mixed" and 2 * given_only > len(persons):
        # "Maryline Patrick Nelly David": given names only, a council named by first names
        # (Couthenans), not pairs of given and family names
        return None
    return [" ".join(words[s.start : s.end]) for s in persons]


def _family_words(words: tuple[str, ...], split: Split, order: Order) -> tuple[str, ...]:
    return words[split.cut : split.end] if order == "given" else words[split.start : split.cut]


def _all_given(words: tuple[str, ...]) -> bool:
    return all(is_given_name(w) for w in words if not _particle(w))


def split_name(words: tuple[str, ...], order: str | None) -> tuple[str, str] | None:
    """(given, family) of one name printed in one case ("JEAN DUPONT", "Dupont Jean"), when
    the lexicon or the list's order says which side is the given name."""
    if len(words) < MIN_RUN or _case(words) not in ("caps", "title"):
        return None
    chosen = run_order(words, order)
    if chosen is None:
        return None
    reading = segment(words, chosen)
    if reading is None or len(reading[1]) != 1:
        return None
    cut = reading[1][0].cut
    first, second = " ".join(words[:cut]), " ".join(words[cut:])
    return (first, second) if chosen == "given" else (second, first)


_WORDS = lazy(r"\S+")


def lexicon_order(names: list[str]) -> Order | None:
    """ "given" or "family": the side of a list's names that the lexicon recognises most often
    ("DUPONT JEAN, MARTIN MARIE" → family), None when it cannot say."""
    given = family = 0
    for name in names:
        words = _WORDS.findall(name)
        if len(words) < MIN_RUN or _case(tuple(words)) not in ("caps", "title"):
            continue
        first, last = is_given_name(words[0]), is_given_name(words[-1])
        if first and not last:
            given += 1
        elif last and not first:
            family += 1
    if given > family:
        return "given"
    if family > given:
        return "family"
    return None
