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
    # Trets 2015: "pouvoir à MC MUSSO" for "MUSSO Marie-Claude" present
    (("MC", "MUSSO"), ("Marie-Claude", "MUSSO"), True),
    (("MC", "MUSSO"), ("Marie", "MUSSO"), False),
    (("JP", "MARTIN"), ("Jean-Claude", "MARTIN"), False),
]


@pytest.mark.parametrize(("a", "b", "same"), CASES)
def test_same_person(
    a: tuple[str | None, str | None], b: tuple[str | None, str | None], same: bool
) -> None:
    assert same_person(person(*a), person(*b)) is same


def test_glued_initials_are_a_given_name() -> None:
    from delib_parse.parse.people import parse_person

    person = parse_person("MC MUSSO")
    assert person is not None
    assert (person.given_name, person.family_name) == ("MC", "MUSSO")
    kept = parse_person("LE GALL")  # a particle, not initials
    assert kept is not None and kept.family_name == "LE GALL"


def test_a_family_name_one_letter_off_is_the_member_with_the_same_given_name() -> None:
    from delib_parse.model.names import same_person
    from delib_parse.parse.people import parse_person

    a, b = parse_person("Dominique GAUDIIN"), parse_person("Dominique GAUDIN")
    c = parse_person("Sylvain GAUDIN")
    assert a is not None and b is not None and c is not None
    assert same_person(a, b)
    assert not same_person(a, c)  # another given name: another member
