"""General forms met in blind probes (probes7, probes8), each in a fictional text of its own:
"Civilité NOM Prénom" items wrapped between the family and the given name, civilities
addressing a group ("Mmes et MM. les Adjoints :") run into the list, an election's blank and
void ballots on lines of their own, counts written out in words beyond twenty, whose votes a
count counts ("1 conseiller ne prend pas part"), a list's "Décision / vote" column."""

from __future__ import annotations

import pytest

from delib_parse import parse_text
from delib_parse.parse.people import parse_person
from delib_parse.parse.votes import parse_vote
from delib_parse.sources.tables import heading_kind

HEAD = (
    "COMMUNAUTÉ DE COMMUNES DU VAL D'ARNE\n\n"
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE\n\n"
    "Séance du 12 juin 2025\n\n"
    "Délibération n° 2025-031\n\n"
    "Nombre de membres en exercice : 9\n"
    "Nombre de membres présents : 6\n"
    "Nombre de pouvoirs : 2\n"
    "Nombre de votants : 8\n"
    "Date de la convocation : 5 juin 2025\n\n"
)


def test_a_family_name_ending_a_line_keeps_the_given_name_of_the_next() -> None:
    text = HEAD + (
        "Étaient présents : M. FABRE Régis, Mme OLLIVIER Maud, M. ABGRALL Yves, Mme BARRIÈRE\n"
        "Christine, M. LE GOFF\n"
        "Ronan, Mme MOREL Évelyne.\n\n"
        "Absents ayant donné pouvoir : M. ALLAIRE Georges à M. FABRE Régis ; Mme BRUNET\n"
        "Colette à Mme MOREL Évelyne.\n\n"
        "Absent : M. ROBIN Stéphane.\n\n"
        "Objet : Tarifs de la piscine\n\n"
        "Le conseil, après en avoir délibéré, à l'unanimité, APPROUVE les tarifs.\n"
    )
    delib = parse_text(text).deliberations[0]
    assert [p.name for p in delib.present] == [
        "FABRE Régis",
        "OLLIVIER Maud",
        "ABGRALL Yves",
        "BARRIÈRE Christine",
        "LE GOFF Ronan",
        "MOREL Évelyne",
    ]
    assert [(x.grantor.name, x.holder.name) for x in delib.proxies] == [
        ("ALLAIRE Georges", "FABRE Régis"),
        ("BRUNET Colette", "MOREL Évelyne"),
    ]
    assert [a.person.name for a in delib.absent] == ["ROBIN Stéphane"]


def test_civilities_addressing_a_group_are_its_label() -> None:
    text = HEAD.replace("présents : 6", "présents : 5") + (
        "Étaient présents : M. Paul FABRE, Maire ; Mmes et MM. les Adjoints : Anne VIDAL,\n"
        "Marc ROUX ; MM. les Conseillers municipaux : Luc BRUN, Jean GARNIER.\n\n"
        "Objet : Tarifs de la piscine\n\n"
        "Le conseil, après en avoir délibéré, à l'unanimité, APPROUVE les tarifs.\n"
    )
    names = [p.name for p in parse_text(text).deliberations[0].present]
    assert names == ["Paul FABRE", "Anne VIDAL", "Marc ROUX", "Luc BRUN", "Jean GARNIER"]


def test_blank_and_void_ballots_on_lines_of_their_own_are_both_not_cast() -> None:
    vote = parse_vote(
        "Résultats du premier tour de scrutin :\n"
        "  - nombre de bulletins trouvés dans l'urne ........ 29\n"
        "  - bulletins blancs ................................  3\n"
        "  - bulletins nuls ..................................  1\n"
        "  - suffrages exprimés .............................. 25\n"
        "  Mme Anne VIDAL .................................... 17 voix\n"
        "  M. Marc ROUX ......................................  8 voix\n"
        "Mme Anne VIDAL, ayant obtenu la majorité absolue, est proclamée adjointe.\n"
    ).vote
    assert (vote.yes, vote.blank) == (17, 4)
    together = parse_vote(
        "Bulletins blancs ou nuls : 2\nM. Luc BRUN : 10 voix\nM. Jean GARNIER : 5 voix\n"
    ).vote
    assert together.blank == 2


@pytest.mark.parametrize(
    ("words", "count"),
    [
        ("trente-deux", 32),
        ("vingt et une", 21),
        ("vingt-et-un", 21),
        ("soixante et onze", 71),
        ("soixante-dix-sept", 77),
        ("quatre-vingts", 80),
        ("quatre-vingt-onze", 91),
        ("dix-neuf", 19),
    ],
)
def test_counts_written_out_in_words(words: str, count: int) -> None:
    vote = parse_vote(f"Adopté par {words} voix pour, deux voix contre et trois abstentions.").vote
    assert (vote.yes, vote.no, vote.abstain) == (count, 2, 3)


def test_a_count_wrapped_inside_its_words() -> None:
    assert parse_vote("adopté par vingt et\nune voix pour et une abstention").vote.yes == 21


def test_whose_votes_stand_between_the_count_and_its_label() -> None:
    vote = parse_vote("Adoptée (4 contre) – 1 conseiller ne prend pas part au vote").vote
    assert (vote.no, vote.not_voting) == (4, 1)
    # "présents" is not whose votes: the count is the members present, not a tally
    present = parse_vote("15 membres présents ne prennent pas part").vote
    assert present is None or present.not_voting is None


@pytest.mark.parametrize("heading", ["Décision / vote", "Vote et décision", "Résultat/vote"])
def test_a_result_heading_naming_two_things(heading: str) -> None:
    assert heading_kind(heading) == "result"


MINUTES_OPENING = (
    "SYNDICAT DES EAUX DU VAL D'ARNE\n\n"
    "PROCÈS-VERBAL DE LA RÉUNION DU COMITÉ SYNDICAL\n"
    "Séance du jeudi 26 juin 2025\n\n"
    "Le comité syndical, convoqué le 18 juin 2025, s'est réuni sous la présidence de\n"
    "M. Paul FABRE, Président.\n\n"
    "Nombre de délégués en exercice : 12\n"
    "Nombre de délégués présents : 10\n"
    "Nombre de pouvoirs : 1\n"
    "Nombre de votants : 11\n\n"
)


def test_a_numbered_heading_that_names_its_act_first() -> None:
    text = MINUTES_OPENING + (
        "1. DÉLIBÉRATION N° 2025-14 – COMPTE DE GESTION 2024\n"
        "Le comité approuve le compte de gestion. Adopté à l'unanimité.\n\n"
        "2. DELIBERATION N° 2025-15 - TARIFS DE L'EAU\n"
        "Le comité fixe les tarifs. Adopté à l'unanimité.\n"
    )
    got = [(d.number, d.subject.title) for d in parse_text(text).deliberations]
    assert got == [("2025-14", "COMPTE DE GESTION 2024"), ("2025-15", "TARIFS DE L'EAU")]


def test_a_vote_line_in_lower_case_goes_on_with_the_sentence_above() -> None:
    text = MINUTES_OPENING + (
        "1. Compte de gestion 2024\n"
        "Le comité syndical approuve le compte de gestion 2024 à\n"
        "l'unanimité.\n\n"
        "2. Tarifs de l'eau\n"
        "M. Jean ROUX et Mme Anne VIDAL, administrateurs du délégataire, ne\n"
        "prennent pas part au vote.\n"
        "Le comité fixe les tarifs. Pour : 9 – Contre : 0 – Abstention : 0\n"
    )
    first, second = parse_text(text).deliberations
    assert first.vote is not None and first.vote.unanimous is True
    assert second.vote is not None
    assert [p.name for p in second.vote.not_voting_names] == ["Jean ROUX", "Anne VIDAL"]
    assert second.vote.not_voting_names[0].civility == "M."


def test_the_votants_of_a_vote_are_its_own_not_those_restated_after_it() -> None:
    text = MINUTES_OPENING + (
        "1. Compte administratif 2024\n"
        "M. le Président quitte la salle et ne prend pas part au vote.\n"
        "Votants : 10\nPour : 10\nContre : 0\nAbstention : 0\n\n"
        "2. Tarifs de l'eau\n"
        "Pour : 9\nContre : 1\nAbstention : 1\n"
        "M. Luc BRUN arrive. Présents : 11 – Pouvoirs : 1 – Votants : 12.\n\n"
        "3. Travaux\nAdopté à l'unanimité.\n"
    )
    first, second, _ = parse_text(text).deliberations
    assert first.counts.voters == 10
    assert not [f for f in first.findings if f.code == "V002"]
    assert second.counts.voters == 11


def test_list_lines_labelled_by_canton_or_commune() -> None:
    text = HEAD.replace("présents : 6", "présents : 5") + (
        "ÉTAIENT PRÉSENTS :\n"
        "  Canton de Lirac-1 : Mme Odile FERRAND\n"
        "  Canton des Causses et Lirane : Mme Isabelle BOUDOU, M. Alain CARRIÈRE\n"
        "  Canton d'Aven-Lirane : M. Thomas ROUMIGUIÈRE\n"
        "  Arneze-le-Haut : M. Jean SOULA\n\n"
        "Objet : Tarifs de la piscine\n\n"
        "Le conseil, après en avoir délibéré, à l'unanimité, APPROUVE les tarifs.\n"
    )
    names = [p.name for p in parse_text(text).deliberations[0].present]
    assert names == [
        "Odile FERRAND",
        "Isabelle BOUDOU",
        "Alain CARRIÈRE",
        "Thomas ROUMIGUIÈRE",
        "Jean SOULA",
    ]


def test_a_note_in_brackets_before_the_colon_of_the_present_heading() -> None:
    text = HEAD.replace("présents : 6", "présents : 2") + (
        "Étaient présents (délégués titulaires sauf mention contraire) :\n"
        "M. Jean SOULA, Mme Anne BÈGUE\n\n"
        "Objet : Tarifs\n\nLe conseil, à l'unanimité, APPROUVE les tarifs.\n"
    )
    assert [p.name for p in parse_text(text).deliberations[0].present] == [
        "Jean SOULA",
        "Anne BÈGUE",
    ]


def test_titulaires_represented_by_their_suppleant_end_the_present_list() -> None:
    text = HEAD.replace("présents : 6", "présents : 2") + (
        "ÉTAIENT PRÉSENTS :\n"
        "COMMUNE DE MÉZEYRAC : Josiane CROS (suppléante), Paul RIVES (titulaire)\n\n"
        "Délégués titulaires représentés par leur suppléant : M. Denis PUECH (Mézeyrac),\n"
        "représenté par Mme Josiane CROS.\n\n"
        "Objet : Tarifs\n\nLe conseil, à l'unanimité, APPROUVE les tarifs.\n"
    )
    d = parse_text(text).deliberations[0]
    assert [p.name for p in d.present] == ["Josiane CROS", "Paul RIVES"]
    assert d.proxies == []


def test_an_objet_line_under_the_act_code_and_its_commission_names_the_act() -> None:
    text = MINUTES_OPENING + (
        "DÉLIBÉRATION N° CP-2025-10-12\n"
        "Commission « Territoires » – Rapporteur : M. Luc BRUN\n\n"
        "OBJET : FONDS DÉPARTEMENTAL D'AMÉNAGEMENT RURAL\n"
        "-------------------------------------------\n\n"
        "La Commission permanente, après en avoir délibéré, DÉCIDE d'attribuer les aides.\n"
        "Adopté à l'unanimité.\n\n"
        "DÉLIBÉRATION N° CP-2025-10-13\n"
        "Commission « Solidarités » – Rapporteur : Mme Anne VIDAL\n\n"
        "OBJET : CONVENTION AVEC LE SDIS\n\n"
        "La Commission permanente, après en avoir délibéré, APPROUVE la convention.\n"
        "Adopté à l'unanimité.\n"
    )
    got = [(d.number, d.subject.title) for d in parse_text(text).deliberations]
    assert got == [
        ("CP-2025-10-12", "FONDS DÉPARTEMENTAL D'AMÉNAGEMENT RURAL"),
        ("CP-2025-10-13", "CONVENTION AVEC LE SDIS"),
    ]


def test_a_tally_by_group_in_a_table_reads_its_total_row() -> None:
    vote = parse_vote(
        "Résultat du vote par groupe :\n"
        "    Groupe        Pour  Contre  Abst.   NPPV\n"
        "    ----------------------------------------\n"
        "    EPS             35       0      0      1\n"
        "    NI               0       3      7      0\n"
        "    ----------------------------------------\n"
        "    Total           35       3      7      1\n"
        "  → ADOPTÉ\n"
    ).vote
    assert vote is not None
    assert (vote.yes, vote.no, vote.abstain, vote.not_voting) == (35, 3, 7, 1)


def test_the_groups_after_a_count_wrapped_over_lines_are_one_vote() -> None:
    text = MINUTES_OPENING + (
        "1. Garantie d'emprunt\n"
        "Pour : 8 Ensemble pour Val-Arne (4), Écologistes et solidaires\n"
        "(2), Communistes, républicains et citoyens (1),\n"
        "Indépendants des communes (1), Val-Arne Avenir – LR et\n"
        "apparentés (0)\n"
        "Contre : 2 Non-inscrits (2)\n"
        "Abstention : 1 Val-Arne Avenir (1)\n\n"
        "2. Tarifs\nAdopté à l'unanimité.\n"
    )
    first, second = parse_text(text).deliberations
    assert first.vote is not None
    assert (first.vote.yes, first.vote.no, first.vote.abstain) == (8, 2, 1)
    assert second.subject.title == "Tarifs"


def test_a_departure_with_procuration_for_the_rest_of_the_sitting() -> None:
    text = MINUTES_OPENING + (
        "1. Budget\nAdopté à l'unanimité.\n\n"
        "Départ de M. Luc BRUN à 21 h 35, qui donne procuration à Mme Anne VIDAL pour la\n"
        "suite de la séance.\n\n"
        "2. Tarifs\nAdopté à l'unanimité.\n"
    )
    head = text.replace("Nombre de pouvoirs : 1\n", "Nombre de pouvoirs : 0\n").replace(
        "Nombre de votants : 11", "Nombre de votants : 10"
    )
    present = "Présents : M. Paul FABRE, Mme Anne VIDAL, M. Luc BRUN, Mme Rose DUPRÉ, M. Marc ROUX,"
    head = head.replace(
        "Nombre de votants : 10\n\n",
        "Nombre de votants : 10\n\n" + present + "\nMme Léa FAURE, M. Henri PONS, Mme Inès MARTY, "
        "M. Yves BLANC, Mme Zoé CROS.\n\n",
    ).replace("présents : 10", "présents : 10")
    first, second = parse_text(head).deliberations
    assert first.proxies == []
    assert [(p.grantor.name, p.holder.name) for p in second.proxies] == [("Luc BRUN", "Anne VIDAL")]


def test_who_withdraws_may_be_named_with_an_apposition() -> None:
    text = MINUTES_OPENING + (
        "1. Cession d'une parcelle\n"
        "Mme Rose DUPRÉ, sœur de l'acquéreur, quitte la salle et ne prend part ni aux\n"
        "débats ni au vote.\n"
        "Par 8 voix pour et 2 abstentions, le comité approuve la cession.\n\n"
        "2. Tarifs\nAdopté à l'unanimité.\n"
    )
    head = text.replace(
        "Nombre de votants : 11\n\n",
        "Nombre de votants : 11\n\nPrésents : M. Paul FABRE, Mme Anne VIDAL, M. Luc BRUN, "
        "Mme Rose DUPRÉ, M. Marc ROUX,\nMme Léa FAURE, M. Henri PONS, Mme Inès MARTY, M. Yves "
        "BLANC, Mme Zoé CROS.\nPouvoir : M. Jean RIVES à M. Paul FABRE.\n\n",
    )
    d, after = parse_text(head).deliberations
    assert [p.name for p in d.withdrawn] == ["Rose DUPRÉ"]
    assert after.withdrawn == []
    assert not [f for f in d.findings if f.code == "V002"]


def test_a_member_who_leaves_during_an_item_and_comes_back() -> None:
    text = MINUTES_OPENING.replace("Nombre de pouvoirs : 1", "Nombre de pouvoirs : 0").replace(
        "Nombre de votants : 11", "Nombre de votants : 10"
    ) + (
        "Présents : M. Paul FABRE, Mme Anne VIDAL, M. Luc BRUN, Mme Rose DUPRÉ, M. Marc ROUX,\n"
        "Mme Léa FAURE, M. Henri PONS, Mme Inès MARTY, M. Yves BLANC, Mme Zoé CROS.\n\n"
        "1. Subventions\n"
        "M. Luc BRUN, président du comité des fêtes de\n"
        "Lormeil, déclare son intérêt, quitte la salle à 21 h 04.\n"
        "Adopté à l'unanimité des votants (9 voix pour), M. Luc BRUN n'ayant pas pris part\n"
        "au vote.\n\n"
        "M. Luc BRUN regagne la salle à 21 h 11.\n\n"
        "2. Tarifs\nAdopté à l'unanimité.\n"
    )
    first, second = parse_text(text).deliberations
    assert [p.name for p in first.left] == ["Luc BRUN"] and len(first.present) == 9
    assert len(second.present) == 10
    assert not [f for f in [*first.findings, *second.findings] if f.severity != "info"]


@pytest.mark.parametrize(
    ("line", "tally"),
    [
        ("Vote : pour 10 ; contre 0 ; abstention 1 (M. Rémi BOUCHER).", (10, 0, 1)),
        ("Vote : pour 9 ; abstentions 2 (Mme COLAS, M. GRONDIN).", (9, None, 2)),
        ("Résultat du vote : pour douze, contre deux", (12, 2, None)),
    ],
)
def test_labels_in_lower_case_on_a_line_the_word_vote_labels(
    line: str, tally: tuple[int | None, ...]
) -> None:
    vote = parse_vote(line).vote
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == tally


def test_prose_with_pour_and_a_number_is_no_tally() -> None:
    assert parse_vote("Le conseil fixe la durée de la convention pour 3 ans.").vote is None


@pytest.mark.parametrize(
    ("cell", "tally"),
    [
        ("P 21 / C 4 / A 2", (21, 4, 2, None)),
        ("Adoptée P 21 / C 0 / A 4 NPPV 1 (J. PERROT)", (21, 0, 4, 1)),
        ("P : 25 – NPPV : 1", (25, None, None, 1)),
    ],
)
def test_a_tally_in_the_letters_of_a_legend(cell: str, tally: tuple[int | None, ...]) -> None:
    vote = parse_vote(cell).vote
    assert vote is not None and (vote.yes, vote.no, vote.abstain, vote.not_voting) == tally


def test_single_letters_and_figures_elsewhere_are_no_tally() -> None:
    assert parse_vote("Parcelles cadastrées A 12 / B 14, lieu-dit Les Vignes").vote is None


def test_items_headed_by_titles_in_capitals_without_numbers() -> None:
    text = MINUTES_OPENING + (
        "________________________________________\n\n"
        "BUDGET PRINCIPAL 2025 – DÉCISION MODIFICATIVE N° 2\n\n"
        "Rapporteur : M. Luc BRUN, adjoint délégué aux finances\n\n"
        "M. BRUN expose la décision modificative.\n\n"
        "Le comité adopte cette délibération par 8 voix pour, 2 voix contre\n"
        "(groupe « Val-Arne Autrement ») et 1 abstention (groupe « Agir pour\n"
        "Val-Arne »).\n\n"
        "________________________________________\n\n"
        "GARANTIE D'EMPRUNT ACCORDÉE À ARNE HABITAT – RÉHABILITATION DE LA\n"
        "RÉSIDENCE LES TILLEULS\n\n"
        "Rapporteur : Mme Anne VIDAL\n\n"
        "Le comité adopte cette délibération à l'unanimité.\n\n"
        "QUESTIONS ORALES\n\n"
        "M. ROUX interroge le président sur l'éclairage public.\n"
    )
    got = [
        (d.subject.title, d.vote and (d.vote.yes, d.vote.no, d.vote.abstain, d.vote.unanimous))
        for d in parse_text(text).deliberations
    ]
    assert got == [
        ("BUDGET PRINCIPAL 2025 – DÉCISION MODIFICATIVE N° 2", (8, 2, 1, False)),
        (
            "GARANTIE D'EMPRUNT ACCORDÉE À ARNE HABITAT – RÉHABILITATION DE LA RÉSIDENCE "
            "LES TILLEULS",
            (None, None, None, True),
        ),
    ]


def test_extracts_of_one_register_page_under_one_heading() -> None:
    extract = (
        "--------------------------------------------------\n"
        "Délibération n° 2025/0{n}\n"
        "Objet : {title}\n"
        "--------------------------------------------------\n"
        "Date de convocation : 12 novembre 2025\n"
        "Nombre de conseillers : en exercice : 9 – présents : 8 – votants : 8\n\n"
        "Présents : Annick LE GALL, Hervé LE BRIS, Maryvonne QUÉMÉNER, Yannick CORRE,\n"
        "Soizic LE BIHAN, Thierry PAYEN, Erwan GUÉGUEN, Nolwenn ABALLÉA.\n"
        "Absent : Gaël MORVAN.\n\n"
        "Le conseil municipal, après en avoir délibéré, approuve.\n\n"
        "Votes : pour 8 – contre 0 – abstention 0\n\n"
    )
    text = (
        "COMMUNE DE PLOUZÉVRAN                     Registre des délibérations\n"
        "Séance du conseil municipal du lundi 17 novembre 2025\n\n"
        "L'an deux mille vingt-cinq, le dix-sept novembre, le conseil municipal s'est réuni\n"
        "sous la présidence d'Annick LE GALL, maire.\n\n"
        + extract.format(n=47, title="Tarifs communaux 2026")
        + extract.format(n=48, title="Effacement des réseaux rue de Kerlann")
    )
    first, second = parse_text(text).deliberations
    assert (first.number, second.number) == ("2025/047", "2025/048")
    assert second.subject.title == "Effacement des réseaux rue de Kerlann"
    assert second.sitting.date is not None and second.sitting.date.isoformat() == "2025-11-17"
    assert second.assembly.kind == "conseil_municipal"
    assert second.sitting.president is not None
    assert second.sitting.president.name == "Annick LE GALL"
    assert not [f for f in second.findings if f.severity != "info"]


def test_bulleted_decisions_wrapped_with_their_details_and_information_apart() -> None:
    text = (
        "CENTRE COMMUNAL D'ACTION SOCIALE DE VAL-ARNE\n\n"
        "RELEVÉ DES DÉCISIONS DU CONSEIL D'ADMINISTRATION\n"
        "Séance du mercredi 3 décembre 2025\n\n"
        "Présidence de séance : Mme Nadia BERTHOMÉ, vice-présidente du CCAS.\n"
        "Membres en exercice : 9 – Présents : 8 – Votants : 8\n\n"
        "DÉCISIONS\n\n"
        "• Décision modificative n° 1 du budget principal : adoptée (unanimité)\n"
        "    – virement de 8 500 € vers le chapitre 65 ;\n\n"
        "• Tarifs 2026 du portage de repas : adopté (7 pour, 1 abstention)\n"
        "    – Mme TOURNIER s'abstient, estimant la hausse trop forte.\n\n"
        "• Admission en non-valeur de créances (portage de repas,\n"
        "  exercices 2021 à 2023) : adoptée (unanimité)\n\n"
        "• Convention avec l'épicerie sociale « Le Panier\n"
        "  Solidaire » : adoptée (6 pour, 2 contre)\n\n"
        "INFORMATIONS (sans vote)\n\n"
        "• Bilan du plan canicule 2025 : 214 personnes inscrites.\n"
    )
    doc = parse_text(text)
    got = [(d.subject.title, d.vote and (d.vote.yes, d.vote.unanimous)) for d in doc.deliberations]
    assert got == [
        ("Décision modificative n° 1 du budget principal", (None, True)),
        ("Tarifs 2026 du portage de repas", (7, False)),
        (
            "Admission en non-valeur de créances (portage de repas, exercices 2021 à 2023)",
            (None, True),
        ),
        ("Convention avec l'épicerie sociale « Le Panier Solidaire »", (6, False)),
    ]
    president = doc.deliberations[0].sitting.president
    assert president is not None and president.name == "Nadia BERTHOMÉ"


def test_an_ocr_extract_with_counts_on_the_present_line_and_a_broken_given_name() -> None:
    text = (
        "COMMUNE DE BRÉCY\n\nEXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\n"
        "Séance du vendredi 27 juin 2025\n\n"
        "Nombre de conseillers en exercice : 5\n"
        "Présents : 4          Votants : 5\n"
        "Date de la convocation : 20 juin 2025\n\n"
        "Le Conseil Municipal s'est réuni sous la\n"
        "presidence de M. VAILLANT Roger, Maire.\n\n"
        "Présents : MM. VAILLANT Roger, COLLIN Pierre, GODARD Sébas-\n"
        "tien ; Mme MARCHAND Josette.\n"
        "Absent excusé ayant donné pouvoir : M. NAUDOT Ludovic à M. GODARD Sébastien.\n\n"
        "Objet : Aliénation d'un chemin rural\n\n"
        "Le conseil, après en avoir délibéré, DÉCIDE d'aliéner le chemin.\n"
        "POUR : 5 CONTRE : 0 ABSTENTION : 0\n"
    )
    d = parse_text(text).deliberations[0]
    assert [p.name for p in d.present] == [
        "VAILLANT Roger",
        "COLLIN Pierre",
        "GODARD Sébastien",
        "MARCHAND Josette",
    ]
    assert d.sitting.president is not None and d.sitting.president.name == "VAILLANT Roger"
    assert not [f for f in d.findings if f.severity == "error"]


def test_a_compound_place_name_keeps_its_hyphens_across_lines() -> None:
    from delib_parse.normalise import normalise_text

    assert normalise_text("à Villeneuve-\nsur-Lot et Saint-Aubin-\ndes-Ormeaux") == (
        "à Villeneuve-sur-Lot et Saint-Aubin-des-Ormeaux"
    )


def test_those_not_taking_part_named_after_the_label_with_their_count() -> None:
    vote = parse_vote(
        "Groupe UHV (17 votants) ............ Pour\n"
        "Ne prennent pas part au vote : M. Jean LAPORTE, Mme Anne CAYROL (2)\n"
        "Pour : 31 – Contre : 0 – Abstention : 0\n"
    ).vote
    assert vote is not None and vote.not_voting == 2
    assert [p.name for p in vote.not_voting_names] == ["Jean LAPORTE", "Anne CAYROL"]


def test_blank_and_void_ballots_with_a_note_before_the_leaders() -> None:
    vote = parse_vote(
        "b. Nombre de votants (enveloppes déposées) ............ 26\n"
        "c. Nombre de suffrages déclarés nuls (article L.66 du code électoral) .. 1\n"
        "d. Nombre de suffrages blancs (article L.65 du code électoral) ......... 1\n"
        "e. Nombre de suffrages exprimés ............................ 24\n"
        "    Pauline LE ROUX ......................... 20 voix (vingt)\n"
        "    Sabrina COLLET .......................... 4 voix (quatre)\n"
    ).vote
    assert vote is not None and (vote.yes, vote.blank) == (20, 2)


def test_a_heading_cut_after_a_word_it_cannot_end_with_goes_on() -> None:
    text = MINUTES_OPENING + (
        "1. DÉLIBÉRATION N° 2025-046 – CONVENTION AVEC LA COMMUNAUTÉ DE COMMUNES POUR\n"
        "   L'INSTRUCTION DES AUTORISATIONS D'URBANISME\n\n"
        "Le comité approuve la convention. Adopté à l'unanimité.\n\n"
        "2. DÉLIBÉRATION N° 2025-047 – DEMANDE D'AIDE AUPRÈS DE L'AGENCE DE\n"
        "   L'EAU LOIRE-BRETAGNE\n\n"
        "Le comité sollicite l'aide. Adopté à l'unanimité.\n"
    )
    assert [d.subject.title for d in parse_text(text).deliberations] == [
        "CONVENTION AVEC LA COMMUNAUTÉ DE COMMUNES POUR L'INSTRUCTION DES AUTORISATIONS "
        "D'URBANISME",
        "DEMANDE D'AIDE AUPRÈS DE L'AGENCE DE L'EAU LOIRE-BRETAGNE",
    ]


def test_a_participle_whose_complement_follows_opens_no_vote() -> None:
    text = MINUTES_OPENING + (
        "1. Programme d'aide à la voirie\n"
        "Les aides sont réparties selon les critères\n"
        "adoptés le 12 décembre 2023 : longueur de voirie classée, potentiel financier\n"
        "par habitant et effort fiscal.\n\n"
        "Mis aux voix, le rapport donne les résultats suivants :\n"
        "Pour : 11 – Contre : 0 – Abstention : 0\n\n"
        "2. Tarifs\nAdopté à l'unanimité.\n"
    )
    first, second = parse_text(text).deliberations
    assert first.subject.title == "Programme d'aide à la voirie"
    assert first.vote is not None and first.vote.yes == 11
    assert second.subject.title == "Tarifs"


def test_a_unanimity_on_how_to_vote_is_not_the_tally_s() -> None:
    vote = parse_vote(
        "Le conseil décide à l'unanimité de ne pas procéder au scrutin secret, en\n"
        "application de l'article L.2121-21 du CGCT.\n"
        "Pour : 20 – Contre : 0 – Abstention : 4\n"
    ).vote
    assert vote is not None and (vote.yes, vote.abstain, vote.unanimous) == (20, 4, False)
    # alone, it is the only vote said (a designation by a unanimous show of hands)
    alone = parse_vote("Le conseil décide à l'unanimité de ne pas procéder au scrutin secret.")
    assert alone.vote is not None and alone.vote.unanimous is True


MINUTES_HEAD = (
    "COMMUNE DE SAINT-ORMEL\n\n"
    "Compte rendu de la séance du conseil municipal du 10 avril 2025\n\n"
    "Présents : Mme Anne LAURENT, M. Paul GIRAUD, Mme Rose VIDAL, M. Marc BESSON.\n"
    "Absent : M. Yves CLERC.\n"
    "Secrétaire de séance : Mme Rose VIDAL\n"
)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Compte rendu de la réunion du 6 mars 2025 adopté à l'unanimité.",
            "Compte rendu de la réunion du 6 mars 2025",
        ),
        (
            "Procès-verbal de la séance précédente approuvé à l'unanimité",
            "Procès-verbal de la séance précédente",
        ),
    ],
)
def test_a_matter_adopted_on_a_line_of_its_own_is_an_item_titled_by_it(
    line: str, title: str
) -> None:
    """ "<matter> adopté à l'unanimité." with no verb, between the opening and the first
    titled matter: a vote of its own, its title the matter it names (not the secretary's line
    above it)."""
    text = (
        MINUTES_HEAD
        + line
        + "\n\n"
        + (
            "1. Tarifs de la cantine\n"
            "Le conseil municipal, à l'unanimité, fixe le prix du repas à 3,80 euros.\n\n"
            "2. Subvention au comité des fêtes\n"
            "Le conseil municipal, par 3 voix pour et 1 abstention, accorde 500 euros.\n"
        )
    )
    delibs = parse_text(text).deliberations
    first = delibs[0]
    assert first.subject is not None and first.vote is not None
    assert first.subject.title == title
    assert first.vote.unanimous is True
    assert [d.subject.title for d in delibs[1:] if d.subject] == [
        "Tarifs de la cantine",
        "Subvention au comité des fêtes",
    ]


def test_an_outcome_after_a_tally_names_no_matter_of_its_own() -> None:
    """ "Motion adoptée à l'unanimité." under the tally: the outcome of the matter above, not
    a second vote."""
    text = MINUTES_HEAD + (
        "\n1. Motion pour le maintien du bureau de poste\n"
        "Le conseil demande le maintien d'un bureau de plein exercice.\n"
        "POUR 4\nCONTRE 0\nABSTENTION 0\nMotion adoptée à l'unanimité.\n\n"
        "2. Subvention au comité des fêtes\n"
        "Le conseil municipal, par 3 voix pour et 1 abstention, accorde 500 euros.\n"
    )
    delibs = parse_text(text).deliberations
    assert [(d.vote.yes, d.vote.unanimous) for d in delibs if d.vote] == [(4, True), (3, False)]


# --- forms met in probes10 -----------------------------------------------------------------


def test_a_tally_grid_names_its_voters_and_those_taking_no_part() -> None:
    """A result grid: its heading row names every cell, "Votants" and "Ne prennent pas part
    au vote" included, over one row of counts; the votants are the tally's own bound."""
    result = parse_vote(
        "Votants Pour Contre Abstentions Ne prennent pas part au vote\n30 27 0 0 3\nADOPTÉ\n"
    )
    assert result.vote is not None
    v = result.vote
    assert (v.yes, v.no, v.abstain, v.not_voting) == (27, 0, 0, 3)
    assert result.voters == 30


def test_a_tally_grid_beyond_its_votants_is_caught() -> None:
    text = HEAD.replace("Délibération n° 2025-031", "RAPPORT N° 2025-031") + (
        "Objet : Participation au capital de la SEM\n\n"
        "Votants Pour Contre Abstentions NPPV\n8 6 2 2 0\nADOPTÉ\n"
    )
    codes = {f.code for f in parse_text(text).deliberations[0].findings}
    assert "V002" in codes  # 6 + 2 + 2 = 10 votes for 8 votants


def test_an_acts_commission_on_its_heading_line_is_no_title() -> None:
    """ "RAPPORT N° 2025-DM2-01 Commission : Finances Rapporteur : M. X", the title on the line
    below: the commission labels the act, the title is the line under it."""
    text = (
        MINUTES_HEAD
        + "\n"
        + "".join(
            f"RAPPORT N° 2025-DM2-0{k} Commission : Finances et moyens Rapporteur : M. Paul GIRAUD\n"
            f"{title}\n"
            "Le rapport est présenté.\n"
            f"Votants Pour Contre Abstentions\n4 {4 - k} {k} 0\nADOPTÉ\n\n"
            for k, title in (
                (1, "Décision modificative n° 2"),
                (2, "Révision des autorisations de programme"),
            )
        )
    )
    delibs = parse_text(text).deliberations
    assert [(d.number, d.subject.title if d.subject else None) for d in delibs] == [
        ("2025-DM2-01", "Décision modificative n° 2"),
        ("2025-DM2-02", "Révision des autorisations de programme"),
    ]


def test_a_subject_that_opens_with_commission_keeps_it() -> None:
    text = (
        HEAD
        + "Objet : Commission d'appel d'offres : élection des membres\n\nAdopté à l'unanimité.\n"
    )
    subject = parse_text(text).deliberations[0].subject
    assert subject is not None
    assert subject.title == "Commission d'appel d'offres : élection des membres"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Votes – Pour : huit ; Contre : un ; Abstention : une.", (8, 1, 1)),
        ("Votes – Pour : neuf ; Contre : néant ; Abstention : une.", (9, 0, 1)),
    ],
)
def test_tally_cells_in_words_on_a_line_of_their_own_are_the_vote(
    line: str, expected: tuple[int, int, int]
) -> None:
    """A register writing every count in words: the line is the extract's vote, not prose."""
    text = MINUTES_HEAD + "".join(
        f"\n- - - - - - - - - -\nDélibération n° 2025-4{k}\n{title}\n\n"
        f"Le Conseil Municipal, après en avoir délibéré, {verb}.\n{line}\n"
        for k, (title, verb) in enumerate(
            (
                ("Taxe d'aménagement – fixation du taux", "fixe le taux à 2 %"),
                ("Location du logement communal", "fixe le loyer à 480 €"),
            )
        )
    )
    votes = [d.vote for d in parse_text(text).deliberations]
    assert [v and (v.yes, v.no, v.abstain) for v in votes] == [expected, expected]


def test_a_tally_at_the_foot_of_every_page_is_no_running_footer() -> None:
    """Pages that each end on a vote ("POUR 23" / "CONTRE 4" / "ABSTENTION 0"): the same
    shape, digits masked, at the foot of most pages, but the matter's own lines."""
    pages = []
    for k in range(1, 4):
        pages.append(
            f"Délibération D2025-3{k}\nObjet : Matière numéro {k} du conseil\n\n"
            f"Le conseil délibère sur la matière {k}.\n\n"
            f"POUR {20 + k}\nCONTRE {k}\nABSTENTION 0\n"
        )
    text = MINUTES_HEAD + "\n" + "\f".join(pages)
    delibs = parse_text(text).deliberations
    assert [(d.number, d.vote and (d.vote.yes, d.vote.no, d.vote.abstain)) for d in delibs] == [
        ("D2025-31", (21, 1, 0)),
        ("D2025-32", (22, 2, 0)),
        ("D2025-33", (23, 3, 0)),
    ]


def test_the_one_presiding_is_present_when_the_count_says_so() -> None:
    """ "sous la présidence de M. Didier LAFFONT, Maire" and the lists of members present
    without him: the count of présents, one more than the names, includes him."""
    text = (
        "CCAS DE SAINT-ORMEL\n\nConseil d'administration du 23 septembre 2025\n\n"
        "Le conseil d'administration s'est réuni sous la présidence de M. Didier LAFFONT, "
        "Maire.\n\n"
        "Membres en exercice : 6 – Présents : 4 – Votants : 4\n\n"
        "Membres élus présents : Mme Anne LAURENT, M. Paul GIRAUD.\n"
        "Membres nommés présents : Mme Rose VIDAL.\n"
        "Excusés : M. Yves CLERC, Mme Lise ROUX.\n\n"
        "Objet : Aides facultatives\n\nLe conseil d'administration, à l'unanimité, approuve.\n"
    )
    d = parse_text(text).deliberations[0]
    assert [p.name for p in d.present] == [
        "Didier LAFFONT",
        "Anne LAURENT",
        "Paul GIRAUD",
        "Rose VIDAL",
    ]
    assert not {f.code for f in d.findings} & {"C001", "S002"}


def test_the_president_is_not_added_when_the_names_already_make_the_count() -> None:
    text = (
        "COMMUNE DE SAINT-ORMEL\n\nSéance du conseil municipal du 3 mars 2025\n\n"
        "Sous la présidence de M. Didier LAFFONT, Maire.\n\n"
        "Membres en exercice : 5 – Présents : 3 – Votants : 3\n\n"
        "Présents : Mme Anne LAURENT, M. Paul GIRAUD, Mme Rose VIDAL.\n\n"
        "Objet : Tarifs\n\nLe conseil municipal, à l'unanimité, approuve.\n"
    )
    d = parse_text(text).deliberations[0]
    assert len(d.present) == 3


def test_an_acts_number_under_a_lettered_heading_is_that_items() -> None:
    """ "B. Modification des statuts" / "Délibération n° CS-2025-01" / the matter's prose: the
    code numbers the lettered item, the prose below it is no title."""
    text = MINUTES_HEAD + (
        "\nI. ADMINISTRATION GÉNÉRALE\n\n"
        "A. Modification des statuts\n   Délibération n° CS-2025-01\n"
        "   Budget équilibré à 1 205 000 €, financé par la taxe GEMAPI.\n"
        "   Vote : 4 pour – 0 contre – 0 abstention.\n\n"
        "B. Règlement intérieur – article 12\n   Délibération n° CS-2025-02\n"
        "   Montant total appelé : 1 146 000 € (Vionne 41 %).\n"
        "   Vote : 3 pour – 0 contre – 1 abstention.\n"
    )
    delibs = parse_text(text).deliberations
    assert [(d.number, d.subject.title if d.subject else None) for d in delibs] == [
        ("CS-2025-01", "Modification des statuts"),
        ("CS-2025-02", "Règlement intérieur – article 12"),
    ]


def test_members_present_with_a_deliberative_voice_are_the_present_count() -> None:
    text = (
        HEAD.replace(
            "Nombre de membres présents : 6\n",
            "Délégués présents ayant voix délibérative : 6 (dont 1 suppléant)\n",
        )
        + "Objet : Tarifs\n\nLe comité, à l'unanimité, approuve.\n"
    )
    assert parse_text(text).deliberations[0].counts.present == 6


@pytest.mark.parametrize(
    "event",
    [
        "19 h 50 – M. Paul GIRAUD quitte la séance et donne pouvoir à Mme Anne LAURENT.",
        "M. Paul GIRAUD quitte la séance et donne pouvoir à Mme Anne LAURENT.",
    ],
)
def test_a_member_who_leaves_and_gives_a_proxy_is_gone_for_the_rest(event: str) -> None:
    """A departure with a proxy, its time first or none written, lasts: the later items see
    the member's proxy, not the member."""
    text = MINUTES_HEAD + (
        "\n1. Tarifs de la cantine\nLe conseil municipal, à l'unanimité, fixe les tarifs.\n\n"
        f"{event}\n\n"
        "2. Subvention au comité des fêtes\nLe conseil municipal, à l'unanimité, accorde 500 €.\n\n"
        "3. Convention avec le SDE\nLe conseil municipal, à l'unanimité, approuve.\n"
    )
    delibs = parse_text(text).deliberations
    assert [len(d.present) for d in delibs] == [4, 3, 3]
    assert [len(d.proxies) for d in delibs] == [0, 1, 1]


def test_votants_closing_the_prose_line_above_the_tally_are_its_voters() -> None:
    text = MINUTES_HEAD.replace("Absent : M. Yves CLERC.\n", "") + (
        "Membres en exercice : 4 – Présents : 4 – Votants : 4\n"
        "\n1. Compte administratif 2024\nLe compte est conforme. Le maire quitte la salle ;\n"
        "M. Paul GIRAUD préside pour ce point. Votants : 3.\n"
        "Adopté par 2 voix pour et 1 abstention.\n\n"
        "2. Tarifs\nLe conseil municipal, par 3 voix pour et 1 abstention, fixe les tarifs.\n"
    )
    first = parse_text(text).deliberations[0]
    assert first.counts.voters == 3
    assert "V002" not in {f.code for f in first.findings}


def test_an_abbreviated_abstention_label_keeps_its_count() -> None:
    v = parse_vote("Pour 27 – Contre 0 – Abst. 2").vote
    assert v is not None and (v.yes, v.no, v.abstain) == (27, 0, 2)


def test_an_acts_code_under_a_decisions_article_opens_the_next_act() -> None:
    """ "2) D'imputer la dépense …" then "D.C. 2020/4-045 10 juillet 2020": the article is the
    last of the act above, the code opens the next one (it numbers no article)."""
    acts = "".join(
        f"D.C. 2020/4-04{k} 10 juillet 2020\n{title}\n"
        "Monsieur le Maire rappelle que le budget prévoit une subvention.\n"
        "Le Conseil Municipal après en avoir délibéré, décide à l'unanimité :\n"
        "1) D'accorder la subvention au titre de l'exercice 2020.\n"
        "2) D'imputer la dépense à l'article 657 du budget.\n"
        for k, title in ((4, "Subvention 2020 au CCAS"), (5, "Subvention 2020 au camping"))
    )
    delibs = parse_text(MINUTES_HEAD + "\n" + acts).deliberations
    assert [(d.number, d.subject.title if d.subject else None) for d in delibs] == [
        ("D.C. 2020/4-044", "Subvention 2020 au CCAS"),
        ("D.C. 2020/4-045", "Subvention 2020 au camping"),
    ]


def test_a_proxys_limit_in_brackets_is_no_part_of_the_holders_name() -> None:
    text = HEAD + (
        "Étaient présents : M. Régis FABRE, Mme Maud OLLIVIER, M. Yves ABGRALL, "
        "Mme Christine BARRIÈRE, M. Ronan LE GOFF, Mme Évelyne MOREL.\n\n"
        "Absents ayant donné procuration :\n"
        "  Mme Sandrine OLLIER à M. Régis FABRE (jusqu'à son arrivée)\n"
        "  M. Georges ALLAIRE à Mme Évelyne MOREL\n\n"
        "Objet : Tarifs de la piscine\n\nLe conseil, à l'unanimité, APPROUVE les tarifs.\n"
    )
    d = parse_text(text).deliberations[0]
    assert [(x.holder.name, x.during) for x in d.proxies] == [
        ("Régis FABRE", "jusqu'à son arrivée"),
        ("Évelyne MOREL", None),
    ]
    assert "P001" not in {f.code for f in d.findings}


def test_the_proxy_a_leaving_member_gives_may_be_said_on_the_next_line() -> None:
    text = MINUTES_HEAD + (
        "\n1. Tarifs de la cantine\nLe conseil municipal, à l'unanimité, fixe les tarifs.\n\n"
        "Départ de M. Paul GIRAUD à 21 h 05, après le vote du point 1 ; il donne\n"
        "procuration à Mme Anne LAURENT.\n\n"
        "2. Subvention au comité des fêtes\nLe conseil municipal, à l'unanimité, accorde 500 €.\n"
    )
    second = parse_text(text).deliberations[1]
    assert [(x.grantor.name, x.holder.name) for x in second.proxies] == [
        ("Paul GIRAUD", "Anne LAURENT")
    ]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("M. Jacques DELAUNAY, 1er Vice-président", "Jacques DELAUNAY", "1er Vice-président"),
        ("Mme Anne MARTIN, 2e adjointe", "Anne MARTIN", "2e adjointe"),
        ("M. Paul ROUX, 3ème Vice-Président", "Paul ROUX", "3ème Vice-Président"),
    ],
)
def test_a_function_with_its_rank_is_the_role_not_the_name(text: str, name: str, role: str) -> None:
    person = parse_person(text)
    assert person is not None and (person.name, person.role) == (name, role)


def test_the_secretary_labelled_under_the_lists_of_an_extract_titled_first() -> None:
    """ "Délibération n° … / Objet : …" above the attendance, "Secrétaire de séance : X." on
    the line under the last list: the extract's secretary."""
    text = (
        "COMMUNE DE SAINT-ORMEL\n\nDélibération n° 2025/047\nObjet : Tarifs communaux 2026\n\n"
        "Nombre de conseillers : en exercice : 5 – présents : 4 – votants : 4\n\n"
        "Présents : Anne LAURENT, Paul GIRAUD, Rose VIDAL, Marc BESSON.\n"
        "Absent : Yves CLERC.\n"
        "Secrétaire de séance : Rose VIDAL.\n\n"
        "Le maire rappelle que les tarifs sont inchangés depuis 2024.\n"
        "Votes : pour 4 – contre 0 – abstention 0\n"
    )
    secretary = parse_text(text).deliberations[0].sitting.secretary
    assert secretary is not None and secretary.name == "Rose VIDAL"


# --- forms met in probes11 -----------------------------------------------------------------


def test_paragraphs_opening_with_their_matter_as_a_sentence_are_the_items() -> None:
    """A small commune's compte rendu in prose: each paragraph opens with its matter, a
    sentence of its own in ordinary case, the account and the vote run on after it."""
    text = MINUTES_HEAD + (
        "\nTarifs de la salle polyvalente à compter du 1er janvier 2026. Le conseil municipal "
        "est invité\nà se prononcer sur la révision des tarifs. Le conseil municipal adopte "
        "ces tarifs à l'unanimité.\n\n"
        "Adhésion au service commun d'instruction des autorisations d'urbanisme de la\n"
        "communauté de communes. Le conseil municipal est invité à se prononcer sur la "
        "convention.\nLa convention est approuvée par 3 voix pour et 1 abstention.\n\n"
        "Madame le Maire rend compte des décisions prises par délégation. Le conseil en prend "
        "acte.\n\n"
        "Décision modificative n° 1 du budget principal. Le conseil municipal approuve la\n"
        "décision modificative par 3 voix pour et 1 voix contre.\n"
    )
    delibs = [d for d in parse_text(text).deliberations if d.vote and d.vote.outcome != "noted"]
    assert [d.subject.title if d.subject else None for d in delibs] == [
        "Tarifs de la salle polyvalente à compter du 1er janvier 2026",
        "Adhésion au service commun d'instruction des autorisations d'urbanisme de la "
        "communauté de communes",
        "Décision modificative n° 1 du budget principal",
    ]


def test_an_acts_heading_line_of_fields_leaves_the_title_below() -> None:
    """ "N° 2025-0412 – Rapporteur : M. X, vice-président – Commission" / "Finances,
    administration générale" / the title on two lines: the fields (the commission's name
    wrapped onto the next line) are no title."""
    acts = [
        ("0412", "Commission\nFinances, administration générale", "Compte administratif 2024"),
        ("0415", "Commission Mobilités", "Réseau de transport urbain – grille tarifaire"),
        ("0416", "Commission Transition\nécologique", "Plan climat-air-énergie territorial"),
    ]
    text = MINUTES_HEAD + "".join(
        f"\nN° 2025-{n} – Rapporteur : M. Paul GIRAUD, vice-président – {fields}\n{title}\n"
        "Le rapport est présenté.\nPour : 3 ; Contre : 1 ; Abstention : 0.\n"
        for n, fields, title in acts
    )
    delibs = parse_text(text).deliberations
    assert [(d.number, d.subject.title if d.subject else None) for d in delibs] == [
        (f"N° 2025-{n}", title) for n, _, title in acts
    ]


def test_an_arrival_without_a_present_list_makes_no_list_of_one() -> None:
    """Minutes that count their members but name none: the one who arrives is counted in,
    not made the whole present list (a false quorum and tally error)."""
    text = (
        "COMMUNE DE SAINT-ORMEL\n\nSéance du conseil municipal du 3 mars 2025\n\n"
        "Membres en exercice : 15 – Présents : 11 – Pouvoirs : 2 – Votants : 13\n\n"
        "1. Tarifs de la cantine\nLe conseil municipal, par 11 voix pour et 2 abstentions, "
        "fixe les tarifs.\n\n"
        "Arrivée de M. Paul GIRAUD à 20 h 45.\n\n"
        "2. Subvention au comité des fêtes\nLe conseil municipal, par 12 voix pour et 2 "
        "abstentions, accorde 500 €.\n"
    )
    second = parse_text(text).deliberations[1]
    assert second.present == []
    assert second.counts.present == 12
    assert not {f.code for f in second.findings} & {"Q001", "V001", "V002"}


def test_the_one_presiding_who_comes_back_is_no_arrival() -> None:
    text = (
        "COMMUNE DE SAINT-ORMEL\n\nSéance du conseil municipal du 3 mars 2025\n\n"
        "Sous la présidence de M. Didier LAFFONT, Maire.\n\n"
        "Membres en exercice : 15 – Présents : 11 – Pouvoirs : 2 – Votants : 13\n\n"
        "1. Compte administratif 2024\nLe Maire ayant quitté la salle, M. Paul GIRAUD préside.\n"
        "Le conseil municipal, par 10 voix pour et 2 abstentions, adopte le compte.\n"
        "Le Maire regagne la salle.\n\n"
        "2. Tarifs de la cantine\nLe conseil municipal, par 11 voix pour et 2 abstentions, "
        "fixe les tarifs.\n"
    )
    second = parse_text(text).deliberations[1]
    assert second.counts.present == 11 and second.counts.voters == 13
    assert "V002" not in {f.code for f in second.findings}
