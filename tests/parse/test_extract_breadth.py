"""Extracts without an "Objet :" label: the matter's heading and its vote.

Phrasings from real minutes read after the parsers were written (the red-team documents:
Bessais 2023, Questembert 2019, SIAEP 2021, Longny-au-Perche 2015); each row's comment names
the phrasing's origin.
"""

from __future__ import annotations

import pytest

from delib_parse import parse_text
from delib_parse.parse.subject import parse_number

OPENING = "Séance du 18 juin 2015\nPrésents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul DURAND.\n"

CASES = [
    # Bessais: "Question 1 – Adhésion à la convention de participation …"
    (
        "Question 1 – Adhésion à la convention de participation santé\nAprès avoir délibéré, le "
        "conseil municipal, à l'unanimité, accepte l'adhésion.\n",
        (None, "Adhésion à la convention de participation santé"),
    ),
    # SIAEP: "1) Approbation du compte-rendu …"
    (
        "1) Approbation du compte-rendu de la réunion du 28 janvier 2021\nAprès lecture, le "
        "procès-verbal est approuvé à l'unanimité.\n",
        (None, "Approbation du compte-rendu de la réunion du 28 janvier 2021"),
    ),
    # Loctudy: a rubrique, then the title as a dashed line in capitals.
    pytest.param(
        "I – PORT DE PLAISANCE\n- BUDGET PRIMITIF DU PORT DE PLAISANCE 2022\nLe conseil "
        "municipal adopte à l'unanimité le budget primitif.\n",
        ("PORT DE PLAISANCE", "BUDGET PRIMITIF DU PORT DE PLAISANCE 2022"),
    ),
    # Questembert 2019 (a web page): a label line, then heading and body on one line.
    (
        "Secrétaire de séance : Mme Anne MARTIN\n\n2019 12 n°01 - Procès Verbal du Conseil "
        "Communautaire du 28 Octobre 2019 Les membres du Conseil Communautaire, après en avoir "
        "délibéré, approuvent à l'unanimité des membres présents le procès-verbal.\n",
        (None, "Procès Verbal du Conseil Communautaire du 28 Octobre 2019"),
    ),
    # Lachamp-Ribennes: an unnumbered heading (its act number after a colon), then the body.
    (
        "Travaux d'enfouissement réseaux électriques - versement fonds de concours : 2019-93\n"
        "Vu le Code Général des Collectivités Territoriales,\nAdopté à l'unanimité.\n",
        (None, "Travaux d'enfouissement réseaux électriques - versement fonds de concours"),
    ),
    # Bessais 2023: a label line that reads like a heading, a line of prose, then "Question 1 –".
    (
        "Secrétaire : Mme CAPRON a été élue secrétaire de séance\nMonsieur le maire ouvre la "
        "séance et fait procéder à la lecture du procès-verbal.\nQuestion 1 – Modification des "
        "statuts du syndicat\nVu le Code général des collectivités territoriales ;\nAdopté à "
        "l'unanimité.\n",
        (None, "Modification des statuts du syndicat"),
    ),
    # Longny-au-Perche: the opening's prose, then a heading that ends with its colon.
    (
        "Le quorum étant atteint, le Conseil peut délibérer.\nMonsieur le Président ouvre la "
        "séance.\nApprobation du compte rendu de la dernière réunion du Conseil intercommunal :"
        "\nAprès avoir donné lecture du procès-verbal, le Président propose de l'approuver.\n"
        "La présente délibération a été approuvée à l'unanimité.\n",
        (None, "Approbation du compte rendu de la dernière réunion du Conseil intercommunal"),
    ),
    # Longny-au-Perche: no heading at all; the vote is still read.
    ("La présente délibération a été approuvée à l'unanimité.\n", (None, None)),
    # After the opening's prose, a heading in capitals, then a paragraph (commune, 2013).
    (
        "M. Paul DURAND est élu secrétaire de l'assemblée.\nM. le Maire donne lecture de "
        "l'ordre du jour définitif.\nATTRIBUTION DES SUBVENTIONS AUX ASSOCIATIONS\nM. Jean "
        "DUPONT, Adjoint aux Finances, propose au Conseil de se prononcer sur les subventions."
        "\nAdopté à l'unanimité.\n",
        (None, "ATTRIBUTION DES SUBVENTIONS AUX ASSOCIATIONS"),
    ),
    # … or in sentence case, after a label line (syndicat des eaux, 2019).
    (
        "Le quorum étant atteint, la Présidente déclare la séance ouverte.\nDésignation "
        "secrétaire de séance : Monsieur Paul DURAND\n\nApprobation du Compte rendu du "
        "29/10/2019\n\nAucune observation n'étant faite, il est approuvé à l'unanimité des "
        "présents\n",
        (None, "Approbation du Compte rendu du 29/10/2019"),
    ),
    # Saint-Julien-les-Rosiers: the act's number, a colon, the title.
    (
        "Secrétaire : Mr DURAND\n\n2013-19 : Compte administratif du budget général 2012\nLe "
        "conseil municipal, délibérant sur le compte administratif, l'adopte à l'unanimité.\n",
        (None, "Compte administratif du budget général 2012"),
    ),
    # Pronleroy: an opening label that ends with its colon is no heading; the act's number
    # alone on its line, the title on the next.
    (
        "Secrétaire auxiliaire :\nMadame Sylvie DEGRAVE\nAdoption du dernier procès-verbal : à "
        "l'unanimité\nN° 2020/11\nCOMMISSION COMMUNALE IMPOTS DIRECTS\nMonsieur le Maire "
        "rappelle que la commission doit être instituée.\nAdopté à l'unanimité.\n",
        (None, "COMMISSION COMMUNALE IMPOTS DIRECTS"),
    ),
    # Ménerval 2020: a heading, a colon, the decision on the same line.
    (
        "Secrétaire de séance : M. DURAND\nLe précédent compte rendu est lu et approuvé.\n"
        "Subvention : Après en avoir délibéré, le Conseil Municipal décide à l'unanimité "
        "d'attribuer une subvention de 1500€.\n",
        (None, "Subvention"),
    ),
    # A sentence without its stop is not a heading, whatever follows it.
    (
        "Le quorum étant atteint, la séance est ouverte.\nLa séance est ouverte à 20h30\nM. "
        "le Maire rappelle que le budget a été présenté en commission le 2 juin.\nAdopté à "
        "l'unanimité.\n",
        (None, None),
    ),
    # A short line followed by a label, not a paragraph, is not a heading either.
    (
        "Le quorum étant atteint, la séance est ouverte.\nAbsence excusée du Trésorier Paul "
        "ANDRÉ\nSecrétaire de séance : M. Paul DURAND\nAdopté à l'unanimité.\n",
        (None, None),
    ),
]


@pytest.mark.parametrize(("body", "subject"), CASES)
def test_heading_and_vote_without_objet(body: str, subject: tuple[str | None, str | None]) -> None:
    doc = parse_text(OPENING + body)
    (d,) = doc.deliberations
    assert (d.subject.category, d.subject.title) == subject
    assert d.vote is not None and d.vote.unanimous
    assert [p.family_name for p in d.present] == ["DUPONT", "MARTIN", "DURAND"]
    assert not [f for f in d.findings if f.code == "X001"]


def test_a_one_word_title_does_not_take_the_vote_line() -> None:
    # "Objet : Budget" then "Adopté à l'unanimité.": "Budget" ends in "et", not with "et".
    doc = parse_text(OPENING + "Objet : Budget\nAdopté à l'unanimité.\n")
    (d,) = doc.deliberations
    assert d.subject.title == "Budget"
    assert d.vote is not None and d.vote.unanimous


NUMBERS = [
    ("Délibération n° 2023-102\nObjet : Budget", "2023-102"),
    ("DELIBERATION N° DEL2025-59 du 2 février 2025", "DEL2025-59"),
    # Red team (Bessais 2023-11): an act of another body, cited in the body.
    ("Objet : Transport scolaire\nVu la délibération n° 2023.09 du SITS Charenton,", None),
    ("Vu la délibération n° 2019-45 du 12 mars 2019,\nDélibération n° 2020-3", "2020-3"),
    # Poissons 2022: the number after the title, on the "Objet" line.
    ("Objet : Avenant à la convention ORT N° interne de l'acte : 2022-41\nLa loi …", "2022-41"),
]


def test_the_act_number_is_not_part_of_the_title() -> None:
    doc = parse_text(
        OPENING + "Objet : Avenant à la convention ORT N° interne de l'acte : "
        "2022-41\nLe conseil municipal décide d'approuver.\nAdopté à l'unanimité.\n"
    )
    (d,) = doc.deliberations
    assert (d.subject.title, d.number) == ("Avenant à la convention ORT", "2022-41")


@pytest.mark.parametrize(("text", "number"), NUMBERS)
def test_the_number_is_not_a_cited_act(text: str, number: str | None) -> None:
    found = parse_number(text)
    assert (found[0] if found else None) == number


def test_the_president_keeps_the_fuller_name() -> None:
    # Longny-au-Perche 2015: "sous la présidence de Monsieur André GRUDÉ", the list "GRUDÉ".
    doc = parse_text(
        "Séance du 18 juin 2015\nLe conseil s'est réuni sous la présidence de Monsieur André "
        "GRUDÉ.\nPrésents : Mesdames et Messieurs GRUDÉ, BAILLIF, ORY.\nObjet : Budget\n"
        "Adopté à l'unanimité.\n"
    )
    (d,) = doc.deliberations
    assert d.sitting.president is not None and d.sitting.president.name == "André GRUDÉ"


def test_a_president_cut_at_a_line_end_is_the_member_listed_in_full() -> None:
    # Questembert 2019-03: "… sous la présidence de Madame Marie-Claude COSTA" / "RIBEIRO GOMES."
    doc = parse_text(
        "Séance du 19 mars 2019\nLa séance a été ouverte sous la présidence de Madame "
        "Marie-Claude COSTA\nRIBEIRO GOMES.\nPrésents : Mme Marie-Claude COSTA RIBEIRO GOMES, "
        "M. Paul MARTIN.\nObjet : Budget\nAdopté à l'unanimité.\n"
    )
    (d,) = doc.deliberations
    president = d.sitting.president
    assert president is not None and president.name == "Marie-Claude COSTA RIBEIRO GOMES"
    assert not [f for f in d.findings if f.code == "S002"]
