"""The outline reader: which heading form is a document's own item heading.

Each text follows a general form of the unseen documents (MISREADINGS.md categories 1, 2, 11,
18, 21; corpus/pdf), with invented names; none is a copy of one document.
"""

from __future__ import annotations

import pytest

from delib_parse import parse_text
from delib_parse.parse.outline import act_heading, read_outline

OPENING = """PROCES-VERBAL DU CONSEIL MUNICIPAL
Séance du jeudi 13 décembre 2018
L'an deux mil dix-huit, le treize décembre, le Conseil Municipal de la Commune de VILLENEUVE,
dûment convoqué, s'est réuni sous la présidence de Monsieur Paul MARTIN, Maire.
Présents : MARTIN Paul ; PETIT Léa ; BLANC Luc ; ROUX Eva ; NOIR Marc
Absents : GRIS Hugo
Secrétaire de séance : Léa PETIT
"""


def titles(text: str) -> list[tuple[str | None, str | None]]:
    """Number and title of each deliberation that was voted."""
    return [(d.number, d.subject.title) for d in parse_text(text).deliberations if d.vote]


def test_act_code_alone_then_objet_then_tally_lines() -> None:
    # Each act: its code alone on a line, "Objet :" wrapped onto the next line, prose with
    # bullets of the decision, then the tally one label a line.
    text = OPENING
    for n, title in (
        (66, "approbation du procès-verbal de la séance du 8 octobre 2018"),
        (
            67,
            "Délibération portant sur le choix de l'acquéreur de la parcelle AB 107 faisant suite à\nl'appel à projet",
        ),
    ):
        text += (
            f"Délibération D2018-{n}\nObjet : {title}\nMonsieur le Maire expose le dossier.\n"
            "- De désigner M. Luc BLANC pour faire partie de la commission,\n"
            "- D'autoriser le maire à signer la convention ci-jointe\n"
            "Après en avoir délibéré,\nPOUR 5\nCONTRE 0\nABSTENTION 0\nAPPROUVE le dossier.\n"
        )
    assert titles(text) == [
        ("D2018-66", "approbation du procès-verbal de la séance du 8 octobre 2018"),
        (
            "D2018-67",
            "Délibération portant sur le choix de l'acquéreur de la parcelle AB 107 faisant "
            "suite à l'appel à projet",
        ),
    ]


def test_rubrics_hold_acts_and_a_rubric_voted_on_its_own() -> None:
    # Roman rubrics ("IV. PERSONNEL") hold acts coded "DL-056-07-13 - …"; the approval of the
    # last minutes is voted under its rubric, before the first act.
    text = (
        OPENING
        + "I. DESIGNATION D'UN SECRETAIRE DE SEANCE\nM. BLANC est désigné secrétaire de séance.\n"
        "II. APPROBATION DU COMPTE RENDU DE LA SEANCE DU CONSEIL\nMUNICIPAL DU 27 MAI 2013\n"
        "Le compte rendu de la séance du 27 mai 2013 est approuvé à l'unanimité\n"
        "III. PERSONNEL\n"
        "DL-056-07-13 - Création de 5 postes d'adjoints techniques territoriaux à\ntemps complet\n"
        "M. MARTIN présente le dossier.\nDECISION :\nLes membres du conseil adoptent, à "
        "l'unanimité, la présente délibération.\n"
        "IV. FINANCES\n"
        "DL-057-07-13 - Demande de subvention au titre des amendes de police 2013\n"
        "M. MARTIN présente le dossier.\nDECISION :\nLes membres du conseil adoptent, à "
        "l'unanimité, la présente délibération.\n"
    )
    assert titles(text) == [
        (None, "APPROBATION DU COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DU 27 MAI 2013"),
        ("DL-056-07-13", "Création de 5 postes d'adjoints techniques territoriaux à temps complet"),
        ("DL-057-07-13", "Demande de subvention au titre des amendes de police 2013"),
    ]


def test_lettered_sub_items_of_questions_diverses_each_carry_their_vote() -> None:
    text = (
        OPENING
        + "1 CONSTRUCTION D'UNE VOIE - CHOIX DE L'ENTREPRISE\nLe Conseil, à l'unanimité, retient "
        "l'entreprise X.\n2 PLANTATION D'UNE HAIE\nLe Conseil, à l'unanimité, accepte le devis.\n"
        "3. QUESTIONS DIVERSES.\na. Acquisition d'une désherbeuse\nLe Conseil, à l'unanimité, "
        "accepte l'achat.\nb. Décision modificative 5/2017\nLe Conseil, à l'unanimité, adopte la "
        "décision modificative.\n"
    )
    got = [t for _, t in titles(text)]
    assert got == [
        "CONSTRUCTION D'UNE VOIE - CHOIX DE L'ENTREPRISE",
        "PLANTATION D'UNE HAIE",
        "Acquisition d'une désherbeuse",
        "Décision modificative 5/2017",
    ]
    categories = [d.subject.category for d in parse_text(text).deliberations]
    assert categories[2:] == ["QUESTIONS DIVERSES", "QUESTIONS DIVERSES"]


def test_date_stamped_codes_with_rank_and_rapporteur() -> None:
    text = OPENING
    for rank, title in (
        (1, "Acquisition d'un terrain, commune déléguée de\nla Forêt, pour une extension"),
        (2, "Fauchage, attribution du marché annuel"),
    ):
        text += (
            f"20220531 {rank} {title}, Rapporteur Mme Petit\nMonsieur le Maire invite l'Assemblée à"
            " délibérer.\nAprès en avoir délibéré, le Conseil municipal, à l'unanimité :\n"
            "✓ Approuve le projet.\n"
        )
    assert [t for _, t in titles(text)] == [
        "Acquisition d'un terrain, commune déléguée de la Forêt, pour une extension",
        "Fauchage, attribution du marché annuel",
    ]


def test_page_numbers_are_no_act_codes() -> None:
    # "2/5", "3/5" head each page of a scan; they are not the items.
    text = OPENING + "".join(
        f"{p}/5\nApprobation du point {p}\nVote : à l'unanimité\n" for p in (2, 3, 4)
    )
    outline = read_outline(text, len(OPENING))
    assert not (outline.family or "").startswith("code")


@pytest.mark.parametrize(
    ("lines", "number", "title"),
    [
        # code / date / title / matière / title goes on
        (
            "D.C. 2020/1-001\n11 février 2020\nComptes de gestion – Année 2019\n"
            "7.1 Décisions budgétaires\nBudget Principal et Budgets annexes\n",
            "D.C. 2020/1-001",
            "Comptes de gestion – Année 2019 Budget Principal et Budgets annexes",
        ),
        # date on the code's line, matière at the title's end
        (
            "D.C. 2020/4-044 10 juillet 2020\nSubvention 2020 au CCAS 7.1 Décisions budgétaires\n",
            "D.C. 2020/4-044",
            "Subvention 2020 au CCAS",
        ),
        # title on two short lines, the date and matière after it
        (
            "D.C. 2020/3-020\nCCAS\nDésignation des délégués\n9 juin 2020\n"
            "5.3 Désignation de représentants\n",
            "D.C. 2020/3-020",
            "CCAS Désignation des délégués",
        ),
    ],
)
def test_an_extract_headed_by_its_act_code(lines: str, number: str, title: str) -> None:
    body = "Monsieur le Maire expose le dossier.\nLe Conseil Municipal, après en avoir délibéré, décide.\n"
    heading = act_heading(lines + body, 0)
    assert heading is not None
    assert (heading.number, heading.title) == (number, title)


def test_register_of_extracts_without_accents_in_its_heading() -> None:
    extract = (
        "EXTRAIT DU REGISTRE\nDES DELIBERATIONS DU CONSEIL MUNICIPAL\n"
        "L'an deux mille vingt, le 10 février, le Conseil Municipal s'est réuni sous la présidence"
        " de Monsieur Paul MARTIN, Maire.\nEtaient présents : MM. MARTIN Paul, PETIT Léa, BLANC "
        "Luc.\nD.C. 2020/1-00{n}\n10 février 2020\nTitre numéro {n}\n7.1 Décisions budgétaires\n"
        "Le Conseil Municipal, après en avoir délibéré, et à l'unanimité, approuve le titre.\n"
    )
    doc = parse_text(extract.format(n=1) + extract.format(n=2))
    assert [(d.number, d.subject.title) for d in doc.deliberations] == [
        ("D.C. 2020/1-001", "Titre numéro 1"),
        ("D.C. 2020/1-002", "Titre numéro 2"),
    ]
    # the unanimity is stated before the verb
    assert [d.vote and d.vote.unanimous for d in doc.deliberations] == [True, True]


def test_title_block_before_the_attendance_keeps_the_attendance() -> None:
    # MISREADINGS L1: the act's number and title first, then the lists, then the matter.
    doc = parse_text(
        "DELIBERATION du CONSEIL MUNICIPAL\nSéance du lundi 1 février 2016\n"
        "Nombre de Conseillers en exercice : 9\n"
        "N° 2016.02.16 - Subvention à l'association des amis du village - Projet de forage\n"
        "2016\nPrésents :\nPaul MARTIN, Léa PETIT, Luc BLANC, Eva ROUX, Marc NOIR\n"
        "Excusés ayant donné procuration :\nHugo GRIS à Léa PETIT\n"
        "Secrétaire de séance : Eva ROUX\nEXPOSE\nRappel du contexte ou de l'existant\n"
        "La commune soutient le projet.\nLE CONSEIL MUNICIPAL, APRÈS EN AVOIR DÉLIBÉRÉ,\n"
        "A L'UNANIMITE, APPROUVE la subvention.\n"
    )
    [d] = doc.deliberations
    assert d.number == "N° 2016.02.16"
    assert d.subject.title == (
        "Subvention à l'association des amis du village - Projet de forage 2016"
    )
    assert len(d.present) == 5
    assert len(d.proxies) == 1
    assert d.sitting.secretary is not None and d.sitting.secretary.family_name == "ROUX"
    assert d.vote is not None and d.vote.unanimous is True


def test_vote_line_words_cover_every_vote_line() -> None:
    # is_vote_line tests VOTE_LINE_WORDS before the long pattern: on every line of the test
    # corpora both must agree, or a new VOTE_LINE form lacks its word.
    from delib_parse.parse.items import VOTE_LINE_RE, is_vote_line
    from tests.conftest import ROOT

    lines = {
        line
        for path in sorted((ROOT / "tests" / "data").rglob("*.txt"))
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
    }
    assert len(lines) > 1000
    disagree = [ln for ln in lines if is_vote_line(ln) != bool(VOTE_LINE_RE.search(ln))]
    assert disagree == []


def test_outline_time_is_linear_in_the_number_of_items() -> None:
    # The families scored are bounded: restarts of a numbering add families, not passes.
    one = OPENING + "".join(
        f"{n}. Point numéro {n} du jour\nLe Conseil, à l'unanimité, approuve.\n"
        for n in range(1, 6)
    )
    from delib_parse.parse import outline

    calls: list[int] = []
    real = outline.vote_groups

    def counting(text: str, is_vote: object = None) -> list[object]:
        calls.append(len(text))
        return real(text, is_vote) if is_vote else real(text)  # type: ignore[arg-type]

    outline.vote_groups = counting  # type: ignore[assignment]
    try:
        read_outline(one * 40, len(OPENING))
    finally:
        outline.vote_groups = real
    scanned = sum(calls)
    assert scanned < 60 * len(one * 40)


def test_vote_in_a_flattened_table_and_a_not_voting_announced_in_the_debate() -> None:
    text = OPENING
    text += (
        "Délibération D2018-69\nObjet : autorisation au Maire pour engager les dépenses\n"
        "Ayant entendu l'exposé du Maire,\nPOUR\nCONTRE\nABSTENTION\n3\n1 (Marc NOIR)\n"
        "1 (Luc BLANC)\nAUTORISE le Maire à engager les dépenses.\n"
        "Délibération D2018-70\nObjet : subvention exceptionnelle à l'amicale\n"
        "Léa PETIT informe que Eva ROUX ne prend pas part au vote faisant partie du bureau de\n"
        "l'amicale.\nLe Conseil Municipal,\nVu le Code Général des Collectivités Territoriales,\n"
        "Après en avoir délibéré,\nPOUR 4\nCONTRE 0\nABSTENTION 0\nAPPROUVE la subvention.\n"
    )
    doc = parse_text(text)
    got = [
        (d.number, d.vote and (d.vote.yes, d.vote.no, d.vote.abstain, d.vote.not_voting))
        for d in doc.deliberations
    ]
    assert got == [("D2018-69", (3, 1, 1, None)), ("D2018-70", (4, 0, 0, 1))]


def test_a_vote_sentence_that_opens_on_the_line_before_its_tally() -> None:
    text = OPENING + "".join(
        f"D.C. 2020/4-0{n}\nVote du budget numéro {n}\nMonsieur le Maire présente le budget.\n"
        "Le Conseil Municipal, après avoir pris connaissance des éléments financiers, décide par 4 voix\n"
        "pour et 1 voix contre :\n- d'adopter le budget.\n"
        for n in (38, 39)
    )
    assert [(d.vote.yes, d.vote.no) for d in parse_text(text).deliberations if d.vote] == [
        (4, 1),
        (4, 1),
    ]


def test_a_numbered_list_of_candidates_is_no_list_of_items() -> None:
    # An election extract: the list's candidates are numbered, the act has one code.
    text = (
        OPENING + "20230609 1 ELECTION DES DELEGUES POUR LES ELECTIONS SENATORIALES\n"
        "La liste « Ensemble » déposée et enregistrée :\n1. PETIT Léa\n2. MARTIN Paul\n"
        "3. BLANC Luc\n4. ROUX Eva\nAprès dépouillement, les résultats sont les suivants :\n"
        "-nombre de bulletins : 5\n-Suffrages exprimés : 5\nÀ obtenu :\n"
        "- Liste « Ensemble » : 5 voix\n"
    )
    [d] = parse_text(text).deliberations
    assert (d.number, d.subject.title) == (
        "20230609 1",
        "ELECTION DES DELEGUES POUR LES ELECTIONS SENATORIALES",
    )


def test_one_act_after_a_matter_voted_without_a_number() -> None:
    text = (
        OPENING
        + "Approbation du compte-rendu de la séance du Conseil municipal du 18 décembre 2023\n"
        "Le compte rendu de la séance du 18 décembre 2023 est adopté à l'unanimité.\n"
        "20240219 1-Consultation relative au projet de vidéoprotection\n"
        "Monsieur le Maire présente le projet.\nAprès en avoir délibéré, le Conseil Municipal, à "
        "l'unanimité, décide de poursuivre le projet.\n"
    )
    assert titles(text) == [
        (None, "Approbation du compte-rendu de la séance du Conseil municipal du 18 décembre 2023"),
        ("20240219 1", "Consultation relative au projet de vidéoprotection"),
    ]


def test_ordinal_numbers_head_items_and_numbered_decision_articles_do_not() -> None:
    # "1°)" numbers the items; inside an item, "1°) Approuve …", "2°) Autorise …" are the
    # articles of its decision, not items of their own.
    text = OPENING + (
        "1°) Vente d'un terrain communal\n"
        "Le conseil municipal, à l'unanimité, autorise le maire à vendre la parcelle AB 12.\n"
        "2°) Compte administratif 2022\n"
        "Le conseil municipal, après en avoir délibéré :\n"
        "1°) Approuve le compte administratif 2022,\n"
        "2°) Autorise le maire à signer les pièces.\n"
        "Pour : 4 – Contre : 1 – Abstention : 0\n"
        "3°) Indemnités du receveur\n"
        "Le conseil, par 4 voix pour et 1 contre, décide d'allouer l'indemnité.\n"
    )
    assert titles(text) == [
        (None, "Vente d'un terrain communal"),
        (None, "Compte administratif 2022"),
        (None, "Indemnités du receveur"),
    ]


def test_the_numbered_articles_of_a_single_decision_are_not_its_title() -> None:
    text = OPENING + (
        "2013-19 : Compte administratif du budget général 2012\n"
        "Le conseil municipal, délibérant sur le compte administratif de l'exercice 2012 :\n"
        "1°) Lui donne acte de la présentation faite du compte administratif,\n"
        "2°) Constate les identités de valeurs avec le compte de gestion,\n"
        "3°) Arrête les résultats définitifs tels que résumés ci-dessus.\n"
        "Adopté à l'unanimité.\n"
    )
    assert [d.subject.title for d in parse_text(text).deliberations] == [
        "Compte administratif du budget général 2012"
    ]
