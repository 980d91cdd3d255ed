"""General forms that the third probe batch (tests/data/probes3, written without sight of the
code) showed delib misreading, each in a variant of its own."""

from __future__ import annotations

from delib_parse import parse_text
from delib_parse.sources.base import SourceLine
from delib_parse.sources.text_tables import tab_aligned_tables

OPENING = (
    "COMMUNAUTÉ DE COMMUNES DES TROIS RIVES\n"
    "COMPTE RENDU DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE DU 9 MARS 2021\n\n"
    "Sous la présidence de M. Alain MERCIER, Président.\n"
    "Délégués en exercice : 12\nPrésents : 10\nPouvoirs : 1\nVotants : 11\n\n"
    "Présents : M. Alain MERCIER, Mme Julie FAURE, M. Paul ROUX, Mme Nadia BENALI, M. Luc "
    "PETIT, Mme Rose VIDAL, M. Marc DUVAL, Mme Léa MOREL, M. Hugo BLANC, Mme Inès GIRAUD.\n"
    "Pouvoirs : M. Jean BOYER à M. Paul ROUX.\n"
    "Absent : M. Théo LEMAIRE.\n"
    "Secrétaire de séance : Mme Julie FAURE\n\n"
)


def test_act_numbers_of_the_year_alone_on_their_line_head_the_items() -> None:
    # "Délibération n°45/2022" then the title on the next line: the year is the acts'
    # numbering, no page count ("2/5", "3/5"), and the number ends at the year.
    items = "".join(
        f"Délibération n°{n}/2021\n{title}\n\nLe conseil en débat.\n\n{vote}\n\n"
        for n, title, vote in (
            (12, "Budget primitif 2021", "Votants : 11 – Pour : 9 – Contre : 2"),
            (13, "Tarifs de la piscine", "Adopté à l'unanimité"),
            (14, "Subvention au club de football", "Votants : 11 – Pour : 11"),
        )
    )
    doc = parse_text(OPENING + items)
    assert [(d.number, d.subject.title) for d in doc.deliberations] == [
        ("12/2021", "Budget primitif 2021"),
        ("13/2021", "Tarifs de la piscine"),
        ("14/2021", "Subvention au club de football"),
    ]


def _lines(text: str) -> list[SourceLine]:
    return [SourceLine(text=t, page=1, line=i) for i, t in enumerate(text.split("\n"), 1)]


def test_an_aligned_table_ends_where_prose_runs_across_its_columns() -> None:
    text = (
        "   Votants          Pour           Contre         Abstention\n"
        "     25              25               0               0\n"
        "     24              20               4               0\n"
        "\n"
        "   Délibération n°48/2022\n"
        "   Le produit attendu de la taxe est fixé à 210 000 € pour l'exercice 2023, en hausse\n"
    )
    out = [line.text for line in tab_aligned_tables(_lines(text))]
    assert out[1] == "25\t25\t0\t0"
    assert out[4:] == [
        "   Délibération n°48/2022",
        "   Le produit attendu de la taxe est fixé à 210 000 € pour l'exercice 2023, en hausse",
        "",
    ]


def test_a_table_drawn_with_rules_is_read_row_by_row() -> None:
    from delib_parse.sources.ruled_text_tables import ruled_text_tables

    text = (
        "+------+---------------------------+------------+\n"
        "| N°   | Objet                     | Vote       |\n"
        "+------+---------------------------+------------+\n"
        "| DCM  | Budget primitif 2023 –    | 17 pour /  |\n"
        "| 12   | budget principal          | 4 contre   |\n"
        "+------+---------------------------+------------+\n"
        "| DCM  | Tarifs de la cantine      | Unanimité  |\n"
        "| 13   |                           |            |\n"
        "+------+---------------------------+------------+\n"
    )
    out = [line.text for line in ruled_text_tables(_lines(text))]
    assert [t for t in out if t] == [
        "N°\tObjet\tVote",
        "DCM 12\tBudget primitif 2023 – budget principal\t17 pour / 4 contre",
        "DCM 13\tTarifs de la cantine\tUnanimité",
    ]
    assert len(out) == len(text.split("\n"))  # line numbers kept


def test_a_box_drawn_counts_table_gives_the_counts() -> None:
    doc = parse_text(
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
        "Séance du 3 mars 2022\n"
        "┌──────────────────────┬──────────┬──────────┬─────────┐\n"
        "│ Conseillers en exercice │ Présents │ Pouvoirs │ Votants │\n"
        "├──────────────────────┼──────────┼──────────┼─────────┤\n"
        "│ 15                   │ 12       │ 1        │ 13      │\n"
        "└──────────────────────┴──────────┴──────────┴─────────┘\n"
        "Objet : Tarifs de la cantine\n"
        "Le conseil municipal, à l'unanimité, fixe les tarifs.\n"
    )
    d = doc.deliberations[0]
    assert (d.counts.in_office, d.counts.present, d.counts.represented, d.counts.voters) == (
        15,
        12,
        1,
        13,
    )


def test_the_counts_said_again_after_a_departure_are_no_vote() -> None:
    from delib_parse.parse.items import vote_groups

    text = (
        "Délibération n°50/2022\nCession du lot 7\n\nVotants : 24 – Pour : 24\n\n"
        "À 19 h 50, M. Jacques SIMONIN quitte la séance et donne pouvoir à M. Paul ROUX.\n"
        "Présents : 21 – Pouvoirs : 4 – Votants : 25\n"
    )
    assert len(vote_groups(text)) == 1


def test_counts_under_an_act_code_are_no_title() -> None:
    from delib_parse.parse.outline import act_heading

    text = "2019_C13\nNombre de délégués en exercice : 31 Nombre de présents : 18\n"
    assert act_heading(text, 0) is None
    assert act_heading("2019_C14 ; 2019_C15 ; 2019_C16 Nombre de présents : 20\n", 0) is None


def test_member_communes_beside_the_names_are_no_part_of_them() -> None:
    # "NOM Prénom   Commune" in two columns (an intercommunal body's present list).
    from delib_parse.parse.people import parse_people

    people = parse_people(
        "ARNOULD Michel Lisonne-la-Ville LACROIX Monique Épinoy-sous-Roche\n"
        "MAIRET Christian Fontaine-Galland NICOLLE Brigitte Granvillers\n"
        "PARISOT Valérie La Combe-aux-Loups MARTIN Jean Marc\n"
    )
    assert [p.name for p in people] == [
        "ARNOULD Michel",
        "LACROIX Monique",
        "MAIRET Christian",
        "NICOLLE Brigitte",
        "PARISOT Valérie",
        "MARTIN Jean Marc",
    ]


def test_a_tally_laid_out_across_a_small_table() -> None:
    from delib_parse.parse.votes import parse_vote

    vote = parse_vote("Votants  Pour  Contre  Abstention\n25  21  3  1").vote
    assert vote is not None
    assert (vote.yes, vote.no, vote.abstain) == (21, 3, 1)
    vote = parse_vote("Pour | Contre | Abstention\n11 | 1 | 1").vote
    assert vote is not None
    assert (vote.yes, vote.no, vote.abstain, vote.unanimous) == (11, 1, 1, False)


def test_a_small_tally_table_is_the_items_vote_in_minutes() -> None:
    items = (
        "Délibération n°12/2021\nBudget primitif 2021\n\nLe conseil en débat.\n\n"
        "Votants Pour Contre Abstention\n11 9 2 0\n\n"
        "Délibération n°13/2021\nTarifs de la piscine\n\nAdopté à l'unanimité\n"
    )
    doc = parse_text(OPENING + items)
    first = doc.deliberations[0].vote
    assert first is not None
    assert (first.yes, first.no, first.abstain) == (9, 2, 0)


def test_withdrawn_and_noted_items_are_read_as_such() -> None:
    items = (
        "1. Budget primitif 2021\nLe conseil, à l'unanimité, adopte le budget.\n\n"
        "2. Rapport annuel du syndicat d'énergie\nLe conseil municipal prend acte du rapport.\n\n"
        "3. Cession du chemin rural\nCe point est retiré de l'ordre du jour.\n\n"
        "4. Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    doc = parse_text(OPENING + items)
    got = [
        (d.subject.title, d.vote.outcome if d.vote else None, d.agenda_withdrawn)
        for d in doc.deliberations
    ]
    assert got[1:3] == [
        ("Rapport annuel du syndicat d'énergie", "noted", False),
        ("Cession du chemin rural", None, True),
    ]
    assert all(f.code != "X001" for d in doc.deliberations for f in d.findings)


def test_dot_leaders_stand_for_the_colon() -> None:
    from delib_parse.parse.votes import parse_vote

    result = parse_vote(
        "Nombre de votants ............ 22\nBulletins blancs ou nuls ....... 2\n"
        "Suffrages exprimés ............ 20\nOnt obtenu :\n"
        "M. Fabrice LEGOUT ............ 13 voix\nMme Annick SOULIER ........... 7 voix\n"
    )
    assert result.vote is not None
    assert (result.voters, result.expressed, result.vote.blank, result.vote.yes) == (22, 20, 2, 13)
    assert [c.votes for c in result.vote.candidates] == [13, 7]


def test_lettered_sub_items_under_each_numbered_item() -> None:
    # "AFFAIRE N° 2 – SOLIDARITÉS" / "2.a – …" / "2.b – …" / "AFFAIRE N° 3 – …" / "3.a – …"
    items = (
        "AFFAIRE N° 1 – Approbation du procès-verbal\n\nAdopté à l'unanimité.\n\n"
        "AFFAIRE N° 2 – SOLIDARITÉS\n\n2.a – Convention avec l'association A\n\nAdopté à "
        "l'unanimité.\n\n2.b – Tarif horaire de l'aide à domicile\n\nAdopté par 9 voix pour et 2 "
        "abstentions.\n\nAFFAIRE N° 3 – ROUTES\n\n3.a – Acquisitions foncières\n\nAdopté par 9 "
        "voix contre 2.\n\n3.b – Entretien des ouvrages d'art\n\nAdopté à l'unanimité.\n"
    )
    doc = parse_text(OPENING + items)
    assert [d.subject.title for d in doc.deliberations] == [
        "Approbation du procès-verbal",
        "Convention avec l'association A",
        "Tarif horaire de l'aide à domicile",
        "Acquisitions foncières",
        "Entretien des ouvrages d'art",
    ]
