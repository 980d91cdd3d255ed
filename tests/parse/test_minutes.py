"""Minutes of a sitting: items, one deliberation per vote, attendance item by item.

The texts follow the general forms seen in the corpus (Pierrefonds, CC des Lisières de l'Oise,
Couthenans), with invented names.
"""

from __future__ import annotations

from delib_parse import parse_text
from delib_parse.parse.events import find_events
from delib_parse.parse.items import split_items, vote_groups

OPENING = """Commune de Villefranche
Conseil Municipal du 13 décembre 2022
L'an deux mille vingt-deux, le 13 décembre à 19h, le Conseil Municipal de VILLEFRANCHE, dûment convoqué le
8 décembre 2022, s'est réuni dans la salle du conseil en mairie, sous la présidence de Madame Anne DURAND, maire.
Présents : Madame Anne DURAND, Monsieur Paul MARTIN, Madame Léa PETIT, Monsieur Luc BLANC,
Madame Eva ROUX, Monsieur Marc NOIR
Pouvoirs :
- Monsieur Jean VERT à Madame Léa PETIT
Absent :
- Monsieur Hugo GRIS
Secrétaire : Madame Léa PETIT
Ordre du jour
1. Tarifs 2023
2. Compte administratif 2022
3. Subventions
"""

MINUTES = (
    OPENING
    + """1. Tarifs 2023
Madame le Maire présente les tarifs.
Vote :
- Contre : 1 (M. Marc NOIR)
- Pour : 6
2. Compte administratif 2022
Madame le maire quitte la séance.
Le conseil municipal, à l'unanimité des suffrages exprimés, approuve le compte administratif.
3. Subventions
Départ de M. Luc BLANC à 20h15.
Association sportive : 500 €
Vote : pour à l'unanimité
Comité des fêtes :
5 votes pour, 1 abstention
"""
)


def test_items_follow_the_agenda_not_the_agenda_itself() -> None:
    items = split_items(MINUTES)
    assert [i.title for i in items] == ["Tarifs 2023", "Compte administratif 2022", "Subventions"]
    assert all(i.start > MINUTES.index("3. Subventions\n1.") for i in items)


def test_deliberation_numbers_open_items() -> None:
    text = OPENING + (
        "DEL2025-59 : Décision modificative N°1\nAprès avoir délibéré, à l'unanimité :\n- Approuvé\n"
        "DEL2025-60 : Aides aux entreprises\nVu la délibération DEL2025-59,\n"
        "Après avoir délibéré, à l'unanimité :\n"
    )
    items = split_items(text)
    assert [(i.number, i.title) for i in items] == [
        ("DEL2025-59", "Décision modificative N°1"),
        ("DEL2025-60", "Aides aux entreprises"),
    ]


def test_two_votes_in_one_item_are_two_deliberations() -> None:
    item = "3. Subventions\nA : 500 €\nVote : pour à l'unanimité\nComité des fêtes :\n5 votes pour, 1 abstention\n"
    groups = vote_groups(item)
    assert len(groups) == 2
    assert groups[1].label == "Comité des fêtes" and groups[1].standalone


def test_each_vote_has_its_tally_and_attendance() -> None:
    doc = parse_text(MINUTES)
    titles = [d.subject.title for d in doc.deliberations]
    assert titles == ["Tarifs 2023", "Compte administratif 2022", "Subventions", "Comité des fêtes"]
    tarifs, ca, subventions, comite = doc.deliberations
    assert (tarifs.vote.yes, tarifs.vote.no) == (6, 1)  # type: ignore[union-attr]
    assert [p.family_name for p in tarifs.vote.no_names] == ["NOIR"]  # type: ignore[union-attr]
    # The maire withdraws for the compte administratif only.
    assert [p.family_name for p in ca.withdrawn] == ["DURAND"]
    assert len(ca.present) == 5 and ca.vote.unanimous_of_expressed  # type: ignore[union-attr]
    assert len(subventions.present) == 5  # back, but M. BLANC left at 20h15
    assert [p.family_name for p in subventions.left] == ["BLANC"]
    assert (comite.vote.yes, comite.vote.abstain) == (5, 1)  # type: ignore[union-attr]
    # The sitting's header and attendance are inherited by every item.
    for d in doc.deliberations:
        assert str(d.sitting.date) == "2022-12-13" and d.sitting.secretary.family_name == "PETIT"  # type: ignore[union-attr]
        assert len(d.proxies) == 1 and d.absent[0].person.family_name == "GRIS"


def test_events_name_people_and_items() -> None:
    events = find_events(
        "Arrivée de M. Paul DURAND à partir du point 5.\n"
        "Mme Anne PETIT quitte la séance et donne pouvoir à M. Jean MARTIN.\n"
        "Départ de Maryline et Nelly à 20H50."
    )
    assert [(e.kind, [p.name for p in e.people], e.from_item, e.timed) for e in events] == [
        ("arrived", ["Paul DURAND"], 5, False),
        ("left", ["Anne PETIT"], None, False),
        ("left", ["Maryline", "Nelly"], None, True),
    ]
    assert events[1].proxy_to is not None and events[1].proxy_to.name == "Jean MARTIN"


def test_a_list_of_deliberations_voted() -> None:
    doc = parse_text(
        "Liste des délibérations votées\nLe 16 MAI 2025\n\uf0d7 Approbation du procès-verbal\n"
        "\uf0d7 Devis honoraires avocat sur procédure contre l'arrêté du 13 mars\n2025 approuvant le PPRI\n"
        "\uf0d7 Subventions aux associations\n"
    )
    assert [d.subject.title for d in doc.deliberations] == [
        "Approbation du procès-verbal",
        "Devis honoraires avocat sur procédure contre l'arrêté du 13 mars 2025 approuvant le PPRI",
        "Subventions aux associations",
    ]
    assert all(str(d.sitting.date) == "2025-05-16" for d in doc.deliberations)


def test_an_older_act_cited_in_a_wrapped_title_is_not_an_item() -> None:
    # CC des Lisières de l'Oise 2025-09-25: "DEL2025-72 : … (complémentaire à la délibération"
    # / "DEL2025-36 du 10 avril 2025)".
    text = OPENING + (
        "DEL2025-71 : Rapport d'activités\nAprès avoir délibéré, à l'unanimité :\n"
        "DEL2025-72 : Attribution de subventions (complémentaire à la délibération\n"
        "DEL2025-36 du 10 avril 2025)\nAprès avoir délibéré, à l'unanimité :\n"
        "DEL2025-73 : Achat de corbeilles\nAprès avoir délibéré, à l'unanimité :\n"
    )
    items = split_items(text)
    assert [i.number for i in items] == ["DEL2025-71", "DEL2025-72", "DEL2025-73"]
    assert items[1].title == (
        "Attribution de subventions (complémentaire à la délibération DEL2025-36 du 10 avril 2025)"
    )


def test_questions_diverses_are_not_deliberations() -> None:
    # Couthenans 2021-06-04: a show of hands on a village app under "Questions diverses".
    doc = parse_text(
        OPENING + "1. Tarifs 2023\n7 votes pour\n2. Compte administratif 2022\n7 votes pour\n"
        "3. Questions diverses\nPanneau Pocket\nPour : 49\nContre : 33\n"
    )
    assert [d.subject.title for d in doc.deliberations] == [
        "Tarifs 2023",
        "Compte administratif 2022",
    ]


def test_a_vote_that_names_its_object() -> None:
    # Couthenans 2021-11-26: "2- Déneigement" … "Pour le changement de prestataire : 13 votes".
    doc = parse_text(
        OPENING + "1. Tarifs 2023\n7 votes pour\n2. Déneigement\nRésultat du vote :\n"
        "Pour le changement de prestataire : 6 votes\n3. Décision modificative\n"
        "Pour la décision modificative : 6 votes\n"
    )
    titles = [d.subject.title for d in doc.deliberations]
    assert titles == [
        "Tarifs 2023",
        "Déneigement - changement de prestataire",
        "Décision modificative",
    ]
    assert doc.deliberations[1].vote is not None and doc.deliberations[1].vote.yes == 6


def test_a_vote_line_that_names_its_object() -> None:
    # Couthenans 2021-06-04: "3 Tarification cimetière" … "Vote pour la gratuité de la
    # dispersion des cendres : Vote : 14 pour / 0 contre / 0 abstention adopté".
    doc = parse_text(
        OPENING + "1. Tarifs 2023\n7 votes pour\n2. Tarification cimetière\nTarifs actuels\n"
        "Vote pour la gratuité de la dispersion des cendres : Vote : 7 pour / 0 contre / "
        "0 abstention adopté\n3. Archivage\nVote pour faire venir l'archiviste : Vote : 6 pour "
        "/ 1 contre / 0 abstention adopté\n"
    )
    titles = [d.subject.title for d in doc.deliberations]
    assert titles == [
        "Tarifs 2023",
        "Tarification cimetière - gratuité de la dispersion des cendres",
        "Archivage - faire venir l'archiviste",
    ]
    last = doc.deliberations[2].vote
    assert last is not None and (last.yes, last.no) == (6, 1)


def test_a_vote_on_the_agenda_before_the_first_matter() -> None:
    # Flaux 2023-11-17: the agenda, then a request to change it and its vote, then the
    # matters, each a heading and a vote ("Vote ; unanimité" as OCR read the colon).
    doc = parse_text(
        "PROCES VERBAL\nSéance du 17 novembre 2023\nLe Conseil Municipal s'est réuni sous la "
        "présidence de Monsieur Denis JUVIN - Maire\nPrésents : Denis JUVIN - Catherine MARTEL"
        " - Patricia MICHOT\nProcurations\nOrdre du jour\n> Approbation du procès-verbal du 22 "
        "septembre 2023\n> Demande de retrait de la commune de Castillon du Gard de la "
        "Communauté\nde Communes du Pont du Gard\n> Questions diverses\nMonsieur le Maire "
        "demande aux Membres du Conseil Municipal de rajouter à l'ordre\ndu jour une Décision "
        "Modificative Budget M57\nMonsieur le Maire demande de retirer un point\n"
        "Vote ; unanimité\nApprobation du procès-verbal du 22 septembre 2023\nPas "
        "d'observation.\nVote : Unanimité\nConvention Médecine préventive\nLe conseil "
        "décide d'adhérer.\nVote : Unanimité\n"
    )
    assert [d.subject.title for d in doc.deliberations] == [
        "Rajouter à l'ordre du jour une Décision Modificative Budget M57",
        "Approbation du procès-verbal du 22 septembre 2023",
        "Convention Médecine préventive",
    ]
    assert all(d.vote is not None and d.vote.unanimous for d in doc.deliberations)


def test_bulleted_matters_and_tallies_that_name_proxies() -> None:
    # Viens 2022-04 (held-out): bulleted headings, "Accord à la majorité : 10 pour (8 + 2
    # procurations pour), 3 abstentions (1 + 2 procurations : L. Chapon, …) et 2 contre (…)";
    # the names inside the parentheses open no attendance list.
    doc = parse_text(
        "Compte rendu du conseil municipal\n"
        + OPENING.split("Ordre du jour")[0]
        + "Approbation du compte rendu du Conseil municipal du 28 février 2022 :\n"
        "Approbation à la majorité : 4 pour (3 + 1 procuration) et 2 contre (2 + 0 procuration"
        " : L. Chapon, P. Casanova).\nDélibérations\n"
        "  • Approbation du Compte de Gestion 2021\n    Accord à la majorité : 4 pour (3 + 1 "
        "procurations pour), 1 abstention (1 + 0 procuration : L. Chapon) et 1 contre (1 + 0 "
        "procuration : P. Jacques)\n  • Approbation du Compte administratif 2021 du Maire\n"
        "    Le Maire ne prend pas part au vote.\n    Accord à la majorité : 3 pour, 1 abstention"
        " et 1 contre\n"
    )
    got = [
        (d.subject.title, d.vote and (d.vote.yes, d.vote.no, d.vote.abstain, d.vote.not_voting))
        for d in doc.deliberations
    ]
    assert got == [
        ("Approbation du compte rendu du Conseil municipal du 28 février 2022", (4, 2, None, None)),
        ("Approbation du Compte de Gestion 2021", (4, 1, 1, None)),
        ("Approbation du Compte administratif 2021 du Maire", (3, 1, 1, 1)),
    ]
    assert all(len(d.present) == 6 for d in doc.deliberations)


def test_a_matter_voted_before_the_numbered_ones() -> None:
    # Émerainville 2004 (held-out): the last minutes approved, unnumbered, then "N°2004/04/01 :".
    doc = parse_text(
        "COMPTE RENDU DU CONSEIL MUNICIPAL\n"
        + OPENING.split("Ordre du jour")[0]
        + "Le quorum étant atteint, le Conseil Municipal peut valablement délibérer ; une "
        "modification de l'ordre du jour se vote à\nl'unanimité du conseil municipal.\n"
        "APPROBATION DU COMPTE RENDU DU CONSEIL MUNICIPAL DU 9 FEVRIER 2004\n"
        "Vote à l'unanimité.\n\nN°2004/04/01 : RAPPORT D'ACTIVITES 2003 DU SYNDICAT\nLe rapport "
        "est porté à connaissance.\nVote à l'unanimité.\n\nN°2004/04/02 : FERMETURE DE LA CRECHE\n"
        "Adopté par 5 voix pour et 1 contre.\n"
    )
    assert [(d.number, d.subject.title) for d in doc.deliberations] == [
        (None, "APPROBATION DU COMPTE RENDU DU CONSEIL MUNICIPAL DU 9 FEVRIER 2004"),
        ("N°2004/04/01", "RAPPORT D'ACTIVITES 2003 DU SYNDICAT"),
        ("N°2004/04/02", "FERMETURE DE LA CRECHE"),
    ]


def test_items_headed_question_n() -> None:
    # Vendargues 2012 (held-out): the agenda numbered "1. …", the items "Question n° 1 - …".
    doc = parse_text(
        "PROCES-VERBAL DU CONSEIL MUNICIPAL\n"
        + OPENING.split("Ordre du jour")[0]
        + "Question n° Objet\n1. Adoption de l'ordre du jour\n2. Adoption du procès-verbal\n\n"
        "Question n° 1 - Adoption de l'ordre du jour\nL'ordre du jour est adopté à "
        "l'unanimité.\n\nQuestion n° 2 - Adoption du procès-verbal n° 02/2012 de la séance du "
        "24 février 2012\nLe procès-verbal est adopté à l'unanimité.\n"
    )
    assert [d.subject.title for d in doc.deliberations] == [
        "Adoption de l'ordre du jour",
        "Adoption du procès-verbal n° 02/2012 de la séance du 24 février 2012",
    ]


def test_an_agenda_inside_the_first_item_is_not_the_items() -> None:
    # Vendargues 2012: the first item adopts the agenda, which lists the items "1." to "3.";
    # the items themselves are numbered "Question n° N -".
    text = (
        "Séance du 21 mars 2012\nPrésents : M. Jean DUPONT, Mme Anne MARTIN.\n"
        "Question n° 1 - Adoption de l'ordre du jour\n"
        "L'ordre du jour suivant est adopté à l'unanimité :\n"
        "1. Adoption de l'ordre du jour\n2. Adoption du procès-verbal\n3. Budget primitif\n"
        "Question n° 2 - Adoption du procès-verbal\nLe procès-verbal est adopté à l'unanimité.\n"
        "Question n° 3 - Budget primitif\nLe budget est adopté par 20 voix pour et 3 contre.\n"
    )
    doc = parse_text(text)
    titles = [d.subject.title for d in doc.deliberations]
    assert titles == ["Adoption de l'ordre du jour", "Adoption du procès-verbal", "Budget primitif"]
    first = doc.deliberations[0].vote
    assert first is not None and first.unanimous
    last = doc.deliberations[2].vote
    assert last is not None and (last.yes, last.no) == (20, 3)


def test_extracts_headed_by_rank_and_date() -> None:
    # Argelès-sur-Mer 2008: "Délibération n° N du DATE", then "N° Objet : TITLE Body …" on
    # one line.
    text = (
        "Décembre 2008\nDélibération n° 1 du 18 DECEMBRE 2008\n1° Objet : COMPTE-RENDU DE "
        "DELEGATIONS Dans le cadre des délégations consenties au Maire lors de la séance du "
        "16 mars 2008, il est proposé de prendre acte.\nLE CONSEIL MUNICIPAL, PREND ACTE.\n"
        "Délibération n° 2 du 18 DECEMBRE 2008\n2° Objet : SUBVENTION 2008 A L'OFFICE DE "
        "TOURISME Lors de la précédente séance, le Conseil a adopté le budget.\nAdopté à "
        "l'unanimité.\n"
    )
    doc = parse_text(text)
    assert [(d.number, d.subject.title) for d in doc.deliberations] == [
        ("1", "COMPTE-RENDU DE DELEGATIONS"),
        ("2", "SUBVENTION 2008 A L'OFFICE DE TOURISME"),
    ]
    assert {str(d.sitting.date) for d in doc.deliberations} == {"2008-12-18"}


def test_a_rubric_in_capitals_keeps_its_title() -> None:
    doc = parse_text(
        "Séance du 3 mai 2022\nObjet : FINANCES Décision modificative n° 1 du budget principal\n"
        "Adopté à l'unanimité.\n"
    )
    assert (
        doc.deliberations[0].subject.title
        == "FINANCES Décision modificative n° 1 du budget principal"
    )


def test_a_choice_between_listed_offers_is_the_items_vote() -> None:
    # Fargues-Saint-Hilaire 2018-12-13: a secret ballot between offers, the offers one a
    # line and their votes one a line after them; the winner's votes are the "pour".
    doc = parse_text(
        OPENING
        + """1. Tarifs 2023
Le conseil municipal, à l'unanimité, approuve les tarifs.
2. Compte administratif 2022
Le conseil municipal, à l'unanimité, approuve le compte administratif.
3. Subventions
Après avoir procédé au dépouillement, les offres ont recueilli les voix suivantes :
o Mme NOM, projet A
o M. NOM, projet B
5 VOIX
2 VOIX
DECIDE de retenir le projet A.
"""
    )
    last = doc.deliberations[-1]
    assert last.vote is not None
    assert (last.vote.yes, len(last.vote.candidates)) == (5, 2)
    assert [f.code for f in last.findings if f.severity == "error"] == []
