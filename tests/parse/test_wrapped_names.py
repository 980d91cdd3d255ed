"""Family-first names whose given name wrapped onto the next line, inside a list and inside a
proxy's bracket, and a plural secretaries' label after the lists (corpus/pdf: Fargues-Saint-
Hilaire, Putanges-le-Lac forms, invented names)."""

from __future__ import annotations

from delib_parse import parse_text

HEAD = (
    "Séance du jeudi 13 décembre 2018\nL'an deux mil dix-huit, le treize décembre, le Conseil "
    "Municipal s'est réuni sous la présidence de Monsieur Paul MARTIN, Maire.\n"
)
VOTE = "Objet : Tarifs\nLe Conseil Municipal, à l'unanimité, décide d'adopter les tarifs.\n"


def test_a_given_name_wrapped_after_a_holder_in_brackets() -> None:
    doc = parse_text(
        HEAD + "Présents : MARTIN Paul ; PETIT Léa ; GARCIA Norbert ; BLANC Luc\n"
        "Excusés : ROUX Eva (donne procuration à PETIT Léa) ; NOIR Marc (donne procuration à GARCIA\n"
        "Norbert) ; VERT Jean (donne procuration à BLANC Luc)\n"
        "Absents : GRIS Hugo ; ROSE Anne\nSecrétaires de Séance : Léa PETIT ; Luc BLANC\n" + VOTE
    )
    [d] = doc.deliberations
    assert [(p.grantor.name, p.holder.name) for p in d.proxies] == [
        ("ROUX Eva", "PETIT Léa"),
        ("NOIR Marc", "GARCIA Norbert"),
        ("VERT Jean", "BLANC Luc"),
    ]
    assert [a.person.name for a in d.absent] == ["GRIS Hugo", "ROSE Anne"]
    assert not [f for f in d.findings if f.severity == "error"]


def test_the_last_given_name_of_a_list_wrapped_with_its_full_stop() -> None:
    doc = parse_text(
        HEAD + "Présents : MM. MARTIN Paul, PETIT Léa, GAUDIN Sylvain, BLANC Luc.\n"
        "Absents : MM. ROUX Eva, NOIR Marc, PICHONNIER\nSylvain.\n" + VOTE
    )
    [d] = doc.deliberations
    assert [a.person.name for a in d.absent] == ["ROUX Eva", "NOIR Marc", "PICHONNIER Sylvain"]
    assert "C005" not in {f.code for f in d.findings}
