"""General forms that the probe documents (tests/data/probes, written without sight of the
code) showed delib misreading, each in a variant of its own: the item headings and titles,
who takes no part, counts over the sitting, furniture of text pages."""

from __future__ import annotations

from typing import Any

from delib_parse import parse_text
from delib_parse.model.document import Deliberation
from delib_parse.parse.counts import parse_counts

OPENING = (
    "COMMUNAUTÉ DE COMMUNES DU VAL DE LOIRETTE\n"
    "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU 12 MAI 2021\n\n"
    "Date de convocation : 4 mai 2021\n"
    "Délégués en exercice : 20\nPrésents : 16\nPouvoirs : 2\nVotants : 18\n\n"
    "Sous la présidence de M. Alain MERCIER, Président.\n\n"
    "Présents : M. Alain MERCIER, Mme Julie FAURE, M. Paul ROUX, Mme Nadia BENALI, M. Luc "
    "PETIT, Mme Rose VIDAL, M. Marc DUVAL, Mme Léa MOREL, M. Hugo BLANC, Mme Inès GIRAUD, "
    "M. Yves LEROY, Mme Anne COLIN, M. Noël BRUN, Mme Eva ROGER, M. Guy MEUNIER, Mme Sara "
    "LUCAS.\n"
    "Pouvoirs : M. Jean BOYER à M. Paul ROUX, Mme Lise HUET à Mme Julie FAURE.\n"
    "Absents : M. Théo LEMAIRE, Mme Zoé PICARD.\n"
    "Secrétaire de séance : Mme Julie FAURE\n\n"
)


def _votes(doc_text: str) -> list[tuple[str | None, Any, Any, Any, Any]]:
    return [
        (
            d.subject.title,
            d.vote and d.vote.yes,
            d.vote and d.vote.no,
            d.vote and d.vote.not_voting,
            d.vote and d.vote.unanimous,
        )
        for d in parse_text(doc_text).deliberations
    ]


def test_reports_numbered_on_from_earlier_sittings_are_the_items() -> None:
    # "Rapport n° 31" … : a numbering that does not start at 1 is the items' when a noun says
    # so; the title wraps, "Rapporteur :" is no title, and a colon before a quoted name goes on.
    text = (
        OPENING + "Rapport n° 31 – Programme local de l'habitat – bilan à mi-parcours et\n"
        "(PLH) modification n° 2\n\nRapporteur : Mme Julie FAURE\n\n"
        "Le bilan est présenté.\n\nAdopté à l'unanimité.\n\n"
        "Rapport n° 32 – Dénomination de la médiathèque intercommunale :\n"
        "« Médiathèque Colette »\n\nRapporteur : M. Paul ROUX\n\n"
        "Pour : 16 – Contre : 2 – Abstention : 0\n\n"
        "Rapport n° 33 – Tarifs des équipements aquatiques 2021\n\n"
        "Rapporteur : M. Luc PETIT\n\nAdopté à l'unanimité.\n"
    )
    assert _votes(text) == [
        (
            "Programme local de l'habitat – bilan à mi-parcours et (PLH) modification n° 2",
            None,
            None,
            None,
            True,
        ),
        (
            "Dénomination de la médiathèque intercommunale : « Médiathèque Colette »",
            16,
            2,
            None,
            False,
        ),
        ("Tarifs des équipements aquatiques 2021", None, None, None, True),
    ]


def _item(title: str, body: str, vote: str) -> str:
    return f"{title}\n\n{body}\n\n{vote}\n\n"


def test_who_takes_no_part_in_the_debate_joins_the_vote_even_across_lines() -> None:
    text = OPENING + (
        "1. Subvention au comité des fêtes\n\n"
        "La subvention proposée est de 1 200 €. Mme Nadia BENALI, trésorière du comité, quitte\n"
        "la salle et ne prend pas\npart au vote.\n\nPOUR : 17\nCONTRE : 0\nABSTENTION : 0\n\n"
        "2. Acquisition d'un véhicule\n\nM. Marc DUVAL, gérant du garage, ne prend pas part\n"
        "au vote.\n\nPour : 17 – Contre : 0 – Abstention : 0\n\n"
        "3. Tarifs de la cantine\n\nAdopté à l'unanimité.\n"
    )
    rows = _votes(text)
    assert [r[3] for r in rows] == [1, 1, None]
    names = [[p.family_name for p in d.vote.not_voting_names] for d in _delibs(text) if d.vote]
    assert names == [["BENALI"], ["DUVAL"], []]


def _delibs(text: str) -> list[Deliberation]:
    return parse_text(text).deliberations


def test_an_arrival_changes_the_counts_of_the_votes_after_it_as_derived() -> None:
    text = OPENING + (
        "1. Budget annexe de l'eau\n\nPOUR : 18\nCONTRE : 0\nABSTENTION : 0\n\n"
        "M. Théo LEMAIRE arrive à 19h10 et prend part au vote à partir du point 2.\n\n"
        "2. Budget annexe de l'assainissement\n\nPOUR : 19\nCONTRE : 0\nABSTENTION : 0\n\n"
        "3. Budget principal\n\nPOUR : 17\nCONTRE : 2\nABSTENTION : 0\n"
    )
    first, second, third = _delibs(text)
    assert (first.counts.present, first.counts.voters, first.counts.derived) == (16, 18, [])
    assert (second.counts.present, second.counts.voters) == (17, 19)
    assert set(second.counts.derived) == {"present", "voters"}
    assert third.counts.voters == 19
    # the tally agrees with the recount: no V002 against the opening's 18
    assert not [f.code for d in (second, third) for f in d.findings if f.severity == "error"]


def test_a_count_label_may_say_when_it_holds() -> None:
    for text, field, value in (
        ("Présents à l'ouverture de la séance : 14\n", "present", 14),
        ("Présents en début de séance : 11\n", "present", 11),
        ("Votants lors du vote : 17\n", "voters", 17),
    ):
        values, at, _ = parse_counts(text)
        assert values.get(field) == value, text
        assert at.get(field) is not None


def test_titles_in_capitals_alone_on_their_line_head_the_matters() -> None:
    # The matters are headed in capitals, a paragraph each: not by a table's column heading
    # nearer the vote, and a title wrapped onto a second line in capitals is whole.
    text = OPENING + (
        "COMPTE DE GESTION 2020\n\nLe comité, à l'unanimité, approuve le compte de gestion.\n\n"
        "COMPTE ADMINISTRATIF 2020\n\nLe compte fait apparaître :\n\n"
        "                 Exploitation      Investissement\n"
        "   Dépenses       512 405,18 €      288 912,40 €\n\n"
        "Le comité, à l'unanimité des membres présents et représentés\n"
        "(17 voix), approuve le compte administratif.\n\n"
        "TRAVAUX DE RENOUVELLEMENT DU RÉSEAU – DEMANDE DE SUBVENTION\n"
        "AUPRÈS DE L'AGENCE DE L'EAU\n\nLe comité, à l'unanimité, sollicite l'aide.\n"
    )
    assert _votes(text) == [
        ("COMPTE DE GESTION 2020", None, None, None, True),
        ("COMPTE ADMINISTRATIF 2020", 17, None, None, True),
        (
            "TRAVAUX DE RENOUVELLEMENT DU RÉSEAU – DEMANDE DE SUBVENTION AUPRÈS DE L'AGENCE DE "
            "L'EAU",
            None,
            None,
            None,
            True,
        ),
    ]


def test_an_act_cited_at_the_start_of_a_wrapped_line_heads_nothing() -> None:
    text = OPENING + (
        "Délibération n° 2021-031 : Tarifs des salles\n\nPOUR : 18\nCONTRE : 0\nABSTENTION : 0\n\n"
        "Mme Zoé PICARD arrive et prend part au vote à partir de la\n"
        "délibération n° 2021-032. Présents : 17 – Pouvoirs : 2 – Votants : 19.\n\n"
        "Délibération n° 2021-032 : Création d'un poste d'agent\nd'accueil\n\n"
        "POUR : 19\nCONTRE : 0\nABSTENTION : 0\n"
    )
    titles = [d.subject.title for d in _delibs(text)]
    assert titles == ["Tarifs des salles", "Création d'un poste d'agent d'accueil"]


def test_a_vote_that_names_its_matter_is_titled_by_it() -> None:
    # The opening's last label is no title: the matter is the sentence's subject.
    text = OPENING + (
        "Le procès-verbal de la séance du 7 avril 2021 est adopté à l'unanimité.\n\n"
        "1. Tarifs de la cantine\n\nAdopté à l'unanimité.\n\n"
        "2. Tarifs du centre de loisirs\n\nAdopté à l'unanimité.\n\n"
        "3. Tarifs de la garderie\n\nAprès discussion, les tarifs de la garderie sont "
        "approuvés par 16 voix pour et 2 contre.\n"
    )
    titles = [d.subject.title for d in _delibs(text)]
    assert titles[0] == "Le procès-verbal de la séance du 7 avril 2021"
    assert "Secrétaire" not in " ".join(t or "" for t in titles)


def test_an_extracts_title_wraps_in_capitals_or_after_a_dash() -> None:
    head = (
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
        "Séance du 3 mars 2022\nPrésents : M. Jean DUPONT, Mme Anne MARTIN\n"
    )
    body = "\nLe conseil municipal, après en avoir délibéré, à l'unanimité, décide d'adhérer.\n"
    caps = "OBJET : ADHÉSION AU GROUPEMENT DE COMMANDES POUR LA FOURNITURE\n        D'ÉLECTRICITÉ\n"
    dash = (
        "Objet : Convention avec l'association « Les Amis du Livre »\n– antenne du bourg – 2022\n"
    )
    assert parse_text(head + caps + body).deliberations[0].subject.title == (
        "ADHÉSION AU GROUPEMENT DE COMMANDES POUR LA FOURNITURE D'ÉLECTRICITÉ"
    )
    assert parse_text(head + dash + body).deliberations[0].subject.title == (
        "Convention avec l'association « Les Amis du Livre » – antenne du bourg – 2022"
    )
    # A body that opens after the title in capitals is not taken into it.
    label = "OBJET : TARIFS COMMUNAUX\nVU le code général des collectivités territoriales,\n"
    assert parse_text(head + label + body).deliberations[0].subject.title == "TARIFS COMMUNAUX"


def test_who_takes_no_part_in_an_extracts_expose() -> None:
    text = (
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
        "Séance du 3 mars 2022\nPrésents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul DURAND\n"
        "Objet : Subvention au club de football\n\n"
        "M. Paul DURAND, président du club, ne prend pas part au\nvote.\n\n"
        "Le conseil municipal, après en avoir délibéré, par 2 voix pour, décide d'attribuer la "
        "subvention.\n"
    )
    (d,) = parse_text(text).deliberations
    assert d.vote is not None and (d.vote.yes, d.vote.not_voting) == (2, 1)
    assert [p.family_name for p in d.vote.not_voting_names] == ["DURAND"]


SAMPLE = (
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DE VILLENEUVE\n"
    "Séance du 3 mars 2022\n"
    "Membres en exercice : 3\nPrésents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul DURAND\n"
    "Objet : {title}\n"
    "Le conseil municipal, après en avoir délibéré, à l'unanimité, décide de l'approuver.\n"
    "Fait et délibéré les jour, mois et an susdits.\n"
)


def test_a_text_recueil_one_extract_a_page_keeps_each_extracts_heading() -> None:
    # pdftotext writes a recueil with a form feed between pages: the register's heading
    # opens every page, and is content (each extract's start), not a running header.
    titles = ["Tarifs de la cantine", "Vente d'un terrain", "Adhésion au syndicat"]
    text = "\f".join(SAMPLE.format(title=t) for t in titles) + "\f"
    doc = parse_text(text)
    assert [d.subject.title for d in doc.deliberations] == titles
    assert [d.location.page for d in doc.deliberations] == [1, 2, 3]
    assert all(d.sitting.date is not None for d in doc.deliberations)


def test_a_running_heading_over_one_extracts_pages_is_still_furniture() -> None:
    # The same heading atop each page of one long extract, the text going on under it, opens
    # no new extract.
    heading = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DE VILLENEUVE\n"
    prose = "Le rapport expose les motifs de la décision et ses conséquences.\n" * 5
    first, decision = SAMPLE.format(title="Plan local d'urbanisme").split("Le conseil municipal,")
    text = first + prose + "\f" + heading + prose + "\f" + heading + prose + "Le conseil municipal,"
    doc = parse_text(text + decision)
    (d,) = doc.deliberations
    assert d.subject.title == "Plan local d'urbanisme" and d.vote and d.vote.unanimous


# --- the second batch (tests/data/probes2) ----------------------------------------------------


def test_a_list_of_acts_laid_out_with_spaces_is_read_row_by_row() -> None:
    # A text table: the heading row's cells apart by spaces, a rule under it, titles and
    # results wrapping onto lines whose first cell is empty.
    text = (
        "COMMUNAUTÉ D'AGGLOMÉRATION DU VAL\nListe des délibérations du conseil communautaire\n"
        "Séance du 2 février 2023\n\n"
        "Numéro        Intitulé                                            Vote\n"
        "--------------------------------------------------------------------------------\n"
        "2023-01       Budget annexe des transports – compte de            Unanimité\n"
        "              gestion 2022\n"
        "2023-02       Tarifs de la piscine intercommunale                 Majorité\n"
        "                                                                  (4 contre)\n\n"
        "2023-03       Adhésion au syndicat mixte du bassin versant de     Unanimité\n"
        "              l'Ouche\n"
        "--------------------------------------------------------------------------------\n"
    )
    rows = [
        (d.number, d.subject.title, d.vote and d.vote.no, d.vote and d.vote.unanimous)
        for d in parse_text(text).deliberations
    ]
    assert rows == [
        ("2023-01", "Budget annexe des transports – compte de gestion 2022", None, True),
        ("2023-02", "Tarifs de la piscine intercommunale", 4, False),
        ("2023-03", "Adhésion au syndicat mixte du bassin versant de l'Ouche", None, True),
    ]


def test_two_columns_of_prose_are_no_table() -> None:
    from delib_parse.sources.text import from_text

    text = (
        "Objet          Le conseil municipal décide de vendre le terrain communal situé\n"
        "Vote           rue des écoles, après en avoir longuement délibéré.\n"
        "Résultat       La vente est conclue pour un prix qui sera fixé par le notaire.\n"
    )
    assert all("\t" not in line.text for line in from_text(text).lines())


def test_bulleted_matters_with_their_decision_on_the_line() -> None:
    text = OPENING + (
        "- Réfection du toit de l'église : devis de l'entreprise Martin retenu, à l'unanimité.\n\n"
        "- Tarifs de la salle des fêtes : 120 € le week-end. 15 pour, 3 contre.\n"
        "- Subvention à l'école de musique : 300 €, 18 pour.\n"
        "- Élection du délégué au SIVU :\n"
        "- Paul ROUX : 12 voix\n- Léa MOREL : 6 voix\n"
    )
    rows = _votes(text)
    assert [r[:3] for r in rows[:3]] == [
        ("Réfection du toit de l'église", None, None),
        ("Tarifs de la salle des fêtes", 15, 3),
        ("Subvention à l'école de musique", 18, None),
    ]
    # a tally's label and a candidate's result are no matters
    assert not any(t and (t.startswith("Contre") or "ROUX" in t) for t, *_ in rows)


def test_a_tally_label_bulleted_under_its_matter_is_no_matter() -> None:
    text = OPENING + (
        "1. Budget primitif 2021\n\nVote :\n- Contre : 2 (Mme Julie FAURE et M. Paul ROUX)\n"
        "- Abstention : 1 (M. Luc PETIT)\n- Pour : 15\n\n"
        "2. Tarifs 2021\n\nAdopté à l'unanimité.\n\n3. Personnel\n\nAdopté à l'unanimité.\n"
    )
    rows = _votes(text)
    assert rows[0][:3] == ("Budget primitif 2021", 15, 2)
    assert len(rows) == 3


def test_counts_between_bars_and_in_the_quorum_sentence() -> None:
    values, _, _ = parse_counts(
        "Membres en exercice | Présents | Représentés | Votants\n24 | 17 | 3 | 20\n"
    )
    assert values == {"in_office": 24, "present": 17, "represented": 3, "voters": 20}
    values, _, _ = parse_counts(
        "le quorum est atteint (26 présents, 2 pouvoirs, soit 28 votants).\n"
    )
    assert (values["present"], values["represented"], values["voters"]) == (26, 2, 28)
    # a count at a line's end is not the count of the list heading the next line
    values, _, _ = parse_counts("Votants : 20\n\nDélégués présents : M. Jean DUPONT\n")
    assert "present" not in values


def test_counts_written_in_words_in_the_opening_sentence() -> None:
    text = (
        "Le Conseil d'administration compte onze membres en exercice ; étaient présents Mme A, "
        "M. B, soit huit membres présents ; M. C avait donné pouvoir à M. B.\n"
    )
    values, at, _ = parse_counts(text)
    assert values["in_office"] == 11
    assert at.in_office is not None and text[at.in_office :].startswith("onze")
    values, _, _ = parse_counts("(12 présents, 2 pouvoirs, soit quatorze votants)\n")
    assert values["voters"] == 14
    values, _, _ = parse_counts("Le conseil compte vingt-neuf conseillers en exercice.\n")
    assert values == {"in_office": 29}
    # a number word that is no count's: "deux membres du bureau en exercice" is not said so
    values, _, _ = parse_counts("Il rappelle que deux délégués ont démissionné.\n")
    assert values == {}
