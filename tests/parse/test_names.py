"""Who is who across the lists of one document (model.names.same_person)."""

from __future__ import annotations

import pytest

from delib_parse.model.document import Person
from delib_parse.model.names import same_person


def person(given: str | None, family: str | None) -> Person:
    return Person(
        given_name=given, family_name=family, name=" ".join(filter(None, [given, family]))
    )


CASES = [
    (("Didier", "VIDAL"), ("Didier", "VIDAL"), True),
    (("R.", "ROUANET"), ("Robert", "ROUANET"), True),
    (("J. P.", "MARTIN"), ("Jean Pierre", "MARTIN"), True),
    (("Jean", "MARTIN"), ("Jean-Pierre", "MARTIN"), False),
    ((None, "REBSAMEN"), ("François", "REBSAMEN"), True),
    # Émerainville 2004: "Monsieur Dider VIDAL est élu secrétaire" for "Didier VIDAL" present.
    (("Dider", "VIDAL"), ("Didier", "VIDAL"), True),
    (("Véronique", "VIDAL"), ("Didier", "VIDAL"), False),
    (("Marie", "DUPONT"), ("Mario", "DUPONT"), False),  # a letter changed: another person
    (("Jean", "DUPONT"), ("Jan", "DUPONT"), False),  # too short to call it a slip
    (("Didier", "VIDAL"), ("Didier", "VIDAL-MARTIN"), False),
]


@pytest.mark.parametrize(("a", "b", "same"), CASES)
def test_same_person(
    a: tuple[str | None, str | None], b: tuple[str | None, str | None], same: bool
) -> None:
    assert same_person(person(*a), person(*b)) is same
