"""Words and names hyphenated across line breaks.

"JUILLARD-" / "" / "RANDRIAN" → "JUILLARD-RANDRIAN" (a compound name keeps its hyphen);
"adhé-" / "rents" → "adhérents" (a typesetting hyphen in prose goes).
"""

from __future__ import annotations

from delib_parse.lazyre import lazy

# A line that ends with a hyphen glued to a letter: a word broken at the line end.
ENDS_WITH_HYPHEN = lazy(r"\p{L}-$")
STARTS_WITH_LETTER = lazy(r"^\p{L}")
_LAST_WORD = lazy(r"(\p{L}+)-$")
_FIRST_WORD = lazy(r"^(\p{L}+)")
# Words that follow a hyphen in French compounds ("celle-ci", "lui-même", "a-t-il").
KEEP_AFTER = frozenset(
    {
        "ci",
        "là",
        "la",
        "même",
        "mêmes",
        "dessus",
        "dessous",
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "t",
        "y",
        "en",
        "le",
        "les",
        "moi",
        "toi",
        "nous",
        "vous",
        "eux",
        "delà",
        "dire",
    }
)


# The small words of compound place names ("Villeneuve-sur-Lot", "Saint-Aubin-des-Ormeaux").
PLACE_PARTICLES = frozenset(
    {"sur", "sous", "lès", "lez", "de", "du", "des", "d", "l", "en", "aux", "au", "et", "le"}
)


def keeps_hyphen(before: str, after: str) -> bool:
    """Decide whether the hyphen between two halves belongs to the word.

    Prose hyphenation breaks a lower-case word in two lower-case halves; anything else
    (capitals, as in names and "Jean-Pierre", or a known compound ending) keeps its hyphen.
    """
    last = _LAST_WORD.search(before)
    first = _FIRST_WORD.match(after)
    if not last or not first:
        return True
    left, right = last.group(1), first.group(1)
    if right.lower() in KEEP_AFTER:
        return True
    if left.islower() and right.islower():
        return False
    # A capitalised word broken before a lower-case rest ("GODARD Sébas-" / "tien, …"): one
    # word, unless the rest goes on with a hyphen of its own ("Villeneuve-" / "sur-Lot") or
    # is a place name's particle ("Saint-Aubin-" / "des Ormeaux").
    return not (
        left[:1].isupper()
        and left[1:].islower()
        and right.islower()
        and right not in PLACE_PARTICLES
        and not after[first.end() : first.end() + 1] == "-"
    )


def join_target(lines: list[str], i: int) -> int | None:
    """Index of the line that continues line i's broken word, or None."""
    if not ENDS_WITH_HYPHEN.search(lines[i]):
        return None
    j = i + 1
    # Blank lines may stand between the halves ("JUILLARD-\n\nRANDRIAN"); any number, since
    # blank runs are squeezed to one afterwards and the result must not change on a rerun.
    while j < len(lines) and not lines[j]:
        j += 1
    if j >= len(lines):
        return None
    if not STARTS_WITH_LETTER.match(lines[j]):
        return None
    return j


def join(before: str, after: str) -> str:
    if keeps_hyphen(before, after):
        return before + after
    return before[:-1] + after
