"""Tables of real phrasings, grouped by where they were seen (STYLE.md habit 7).

"seed" = the Dijon métropole extract; "recueil" = the three house styles of the sample
recueil; "design" = phrasings DESIGN.md lists from real documents; "corpus" = the real
documents of ../shared/corpus/real; "caught" = a bug found after the parsers were written
(the row is the phrasing that showed it).
"""

from __future__ import annotations

import datetime as dt

import pytest

from delib_parse import parse_text
from delib_parse.parse.attendance import parse_attendance
from delib_parse.parse.counts import parse_counts
from delib_parse.parse.dates import first_date
from delib_parse.parse.header import parse_header
from delib_parse.parse.people import parse_people, parse_person, split_people
from delib_parse.parse.subject import parse_subject
from delib_parse.parse.votes import parse_vote

DATES = [
    ("seed", "Séance du jeudi 02 février 2023", dt.date(2023, 2, 2)),
    ("design", "le 1er octobre 2021", dt.date(2021, 10, 1)),
    ("design", "27/01/2023", dt.date(2023, 1, 27)),
    ("corpus", "Séance du 19 OCTOBRE 2021", dt.date(2021, 10, 19)),
    ("recueil", "le mercredi 4 octobre 2023 à 18 h 30", dt.date(2023, 10, 4)),
]


@pytest.mark.parametrize(("origin", "text", "expected"), DATES)
def test_dates(origin: str, text: str, expected: dt.date) -> None:
    found = first_date(text)
    assert found is not None and found.value == expected


PEOPLE = [
    ("seed", "Monsieur François REBSAMEN", ("M.", "François", "REBSAMEN")),
    ("seed", "Madame Marie-Hélène JUILLARD-RANDRIAN", ("Mme", "Marie-Hélène", "JUILLARD-RANDRIAN")),
    ("seed", "Monsieur Jacques CARRELET DE LOISY", ("M.", "Jacques", "CARRELET DE LOISY")),
    ("seed", "Monsieur Massar N'DIAYE", ("M.", "Massar", "N'DIAYE")),
    ("seed", "Monsieur Jean-Patrick MASSON", ("M.", "Jean-Patrick", "MASSON")),
    ("seed", "Monsieur REBSAMEN", ("M.", None, "REBSAMEN")),
    ("seed", "Monsieur Jean-marc GONÇALVES", ("M.", "Jean-marc", "GONÇALVES")),
    ("design", "M. Jean-Michel BRARD, Maire", ("M.", "Jean-Michel", "BRARD")),
    ("design", "Anne TERROT DONTENWILL", (None, "Anne", "TERROT DONTENWILL")),
    ("design", "M SEGUIN", ("M.", None, "SEGUIN")),
    ("design", "Maître LAURENT", (None, None, "LAURENT")),
    ("design", "Maryline", (None, "Maryline", None)),
    ("design", "Adeline Texeira", (None, "Adeline", "Texeira")),
]


@pytest.mark.parametrize(("origin", "text", "expected"), PEOPLE)
def test_people(
    origin: str, text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    p = parse_person(text)
    assert p is not None
    assert (p.civility, p.given_name, p.family_name) == expected


SPLITS = [
    ("recueil", "Monsieur Gaston FOUCHERES Monsieur Rémi DETANG Madame Nuray\nAKPINAR-ISTIQUAM", 3),
    (
        "recueil",
        "M. Philippe LEMANCEAU, M. Pierre PRIBETICH, Mme Brigitte POPARD, M. Guillaume\nRUET",
        4,
    ),
    ("recueil", "Monsieur Laurent GOBET\n; Monsieur Rémi DETANG ; Madame Sladana ZIVKOVIC", 3),
    ("recueil", "Monsieur Jacques CARRELET DE\nLOISY", 1),
    ("design", "Mmes et MM. Claire HUGUES, Paul-Eric FILY", 2),
    ("design", "CAUQUIL R. – LANET M. - BARRABES.M", 3),
    ("design", "Messieurs DAGORT, DELAMONTAGNE", 2),
    ("corpus", "VORDY D. – ROUANET B MARCOUIRE G. – PRADE A.", 4),
    ("corpus", "ROQUERE P. -- CHABBERT R - ENSENAT N.", 3),
    ("corpus", "SABARTHES G.– PETHERBRIDGE S.", 2),
    ("corpus", "FOUQUET M.J. (remplace ROQUE J.) – THEVENET J.J.", 2),
    (
        "corpus",
        "Monsieur Claude DUPONT, Maire, Messieurs DAGORT, LOUIS DIT GUERIN, Maître LAURENT",
        4,
    ),
    ("design", "M. Jean DURAND, , M. Paul MARTIN", 2),
]


@pytest.mark.parametrize(("origin", "text", "count"), SPLITS)
def test_split_people(origin: str, text: str, count: int) -> None:
    people = parse_people(text)
    assert len(people) == count, split_people(text)


COUNTS = [
    (
        "seed",
        "Nombre de membres du Conseil métropolitain : 86\nNombre de membres en exercice : 86",
        {"seats": 86, "in_office": 86},
    ),
    (
        "seed",
        "Nombre de présents participant au vote : 73\nNombre de procurations : 13",
        {"present": 73, "represented": 13},
    ),
    (
        "recueil",
        "Conseillers en exercice : 29 - Présents : 25 - Votants : 26",
        {"in_office": 29, "present": 25, "voters": 26},
    ),
    (
        "recueil",
        "Membres en exercice Présents Représentés Votants\n45 40 5 45",
        {"in_office": 45, "present": 40, "represented": 5, "voters": 45},
    ),
    (
        "design",
        "Conseillers en exercice : 33 - Présents : 29 - Votants : 33 - Majorité absolue : 11",
        {"in_office": 33, "present": 29, "voters": 33},
    ),
    (
        "design",
        "En exercice : 19 / Presents : 17 / Pouvoirs : 2 / Votants : 19",
        {"in_office": 19, "present": 17, "represented": 2, "voters": 19},
    ),
    ("design", "Nbre de Conseillers en exercice : 19", {"in_office": 19}),
    ("design", "Membres ayant donné procuration : 4", {"represented": 4}),
    ("design", "Suffrages exprimés : 31", {"expressed": 31}),
    ("design", "Quorum : 27", {"quorum": 27}),
    # Flaux's margin box: those who took part, split into in person and by proxy.
    (
        "corpus",
        "qui ont pris part à la délibération : 11\ndont 3 procurations",
        {"voters": 11, "represented": 3, "present": 8},
    ),
    ("corpus", "qui ont pris part à la\ndélibération : 10\ndont procurations", {"present": 10}),
    ("design", "Votants : 15 (dont 2 pouvoirs)", {"voters": 15, "represented": 2, "present": 13}),
    # Poissons (red team): a margin box read column by column.
    (
        "caught",
        "Nombre de membres\nEn exercice\nPrésents\nVotants\n : 15\n : 14\n : 15",
        {"in_office": 15, "present": 14, "voters": 15},
    ),
    # Croult (held-out): "Nombre de présents : (48)", "Avec 32 membres présents, le quorum …"
    ("caught", "Nombre de présents : (48)", {"present": 48}),
    ("caught", "Avec 32 membres présents, le quorum est atteint.", {"present": 32}),
    # Viens (held-out): "15/15" is 15 (of 15); a date is no count.
    ("caught", "Nombre de conseillers en exercice : 15/15", {"in_office": 15}),
    ("caught", "Présents : 12/03/2021", {"present": None}),
    # Wattwiller 2014 (held-out): a numbered list of names.
    ("caught", "Présents : 1. SCHELLENBERGER Raphaël 2. BLASER Stéphanie", {"present": None}),
    # Without the split, no present count is made up.
    ("design", "Votants : 15 / Pouvoirs : 2", {"voters": 15, "represented": 2, "present": None}),
]


@pytest.mark.parametrize(("origin", "text", "expected"), COUNTS)
def test_counts(origin: str, text: str, expected: dict[str, int | None]) -> None:
    values, _, derived = parse_counts(text)
    assert {k: values.get(k) for k in expected} == expected
    # A present count is derived only from the voters' split ("… dont 3 procurations").
    assert "present" not in derived or "dont" in text


VOTES = [
    (
        "seed",
        "SCRUTIN POUR : 86 ABSTENTION : 0\n\nCONTRE : 0 NE SE PRONONCE PAS : 0\n\nDONT 13 PROCURATION(S)",
        {"yes": 86, "no": 0, "abstain": 0, "not_voting": 0, "proxies_included": 13},
    ),
    (
        "seed",
        "POUR : 86\nCONTRE : 0\nABSTENTION : 0\nNE SE PRONONCE PAS : 0",
        {"yes": 86, "no": 0, "abstain": 0, "not_voting": 0},
    ),
    (
        "recueil",
        "Votes : Pour : 23 - Contre : 0 - Abstentions : 3",
        {"yes": 23, "no": 0, "abstain": 3},
    ),
    (
        "recueil",
        "par 45 voix pour, 0 voix contre et 0 abstention(s), approuve.",
        {"yes": 45, "no": 0, "abstain": 0, "outcome": "adopted"},
    ),
    ("recueil", "Adopté à l'unanimité.", {"unanimous": True, "outcome": "adopted", "yes": None}),
    (
        "design",
        "Votants : 29 Pour : 25 Contre : 3 Abstention : 1",
        {"yes": 25, "no": 3, "abstain": 1},
    ),
    (
        "design",
        "par 25 voix pour, 3 contre (M. Paul DURAND, Mme Anne PETIT) et 1 abstention",
        {"yes": 25, "no": 3, "abstain": 1, "no_names": 2},
    ),
    (
        "design",
        "à l'unanimité des suffrages exprimés",
        {"unanimous": True, "unanimous_of_expressed": True},
    ),
    ("design", "0 contre, 0 abstention, 11 pour", {"yes": 11, "no": 0, "abstain": 0}),
    (
        "design",
        "Adoption à 0 Contre, 0 abstention, 11 voix pour",
        {"yes": 11, "no": 0, "abstain": 0},
    ),
    ("caught", "Adopté à l'unanimité moins une abstention", {"abstain": 1, "unanimous": True}),
    ("caught", "Adopté à l'unanimité moins 2 voix contre", {"no": 2, "unanimous": False}),
    (
        "caught",
        "Pour : 25 ; Contre : 0 ; Abstentions : 4 ; Ne prend pas part au vote : 1",
        {"yes": 25, "no": 0, "abstain": 4, "not_voting": 1},
    ),
    (
        "caught",
        "Adoptée à l'unanimité, M. Paul DURAND ne prenant pas part au vote",
        {"unanimous": True, "not_voting": 1},
    ),
]


@pytest.mark.parametrize(("origin", "text", "expected"), VOTES)
def test_votes(origin: str, text: str, expected: dict[str, object]) -> None:
    vote = parse_vote(text).vote
    assert vote is not None
    got = {
        k: (len(getattr(vote, k)) if k.endswith("_names") else getattr(vote, k)) for k in expected
    }
    assert got == expected


PROXIES = [
    (
        "seed",
        "Membres absents :\nMadame Nathalie KOENDERS pouvoir à Monsieur François REBSAMEN",
        [("KOENDERS", "REBSAMEN")],
        0,
    ),
    (
        "recueil",
        "Absents représentés : M. Dominique GRIMPRET (pouvoir à M. Jean-Claude GIRARD).\n"
        "Absents excusés : Mme Danielle JUBAN, M. Hamid EL HASSOUNI, M. François REBSAMEN.",
        [("GRIMPRET", "GIRARD")],
        3,
    ),
    (
        "recueil",
        "Pouvoirs : Madame Françoise TENENBAUM à Madame Christine MARTIN ; Monsieur Dominique GRIMPRET à\n"
        "Monsieur Georges MEZUI",
        [("TENENBAUM", "MARTIN"), ("GRIMPRET", "MEZUI")],
        0,
    ),
    (
        "design",
        "Absents excusés :\nM. Paul DURAND a donné pouvoir à M. Jean MARTIN\nMme Anne PETIT",
        [("DURAND", "MARTIN")],
        1,
    ),
    ("design", "Absents :\nMme Léa ROUX représentée par M. Luc BLANC", [("ROUX", "BLANC")], 0),
    (
        "caught",
        "Procurations : Anne MARTEL donne procuration à Denis JUVIN, Luc MICHOT donne procuration "
        "à Catherine VINAS, Marc ROUVIER a donné pouvoir à Michel VAILLIES",
        [("MARTEL", "JUVIN"), ("MICHOT", "VINAS"), ("ROUVIER", "VAILLIES")],
        0,
    ),
    (
        "caught",
        "Pouvoirs : Mme Anne PETIT, adjointe, donne pouvoir à M. Luc BLANC",
        [("PETIT", "BLANC")],
        0,
    ),
]


@pytest.mark.parametrize(("origin", "text", "proxies", "absent"), PROXIES)
def test_proxies_and_absent(
    origin: str, text: str, proxies: list[tuple[str, str]], absent: int
) -> None:
    att = parse_attendance(text)
    assert [(p.grantor.family_name, p.holder.family_name) for p in att.proxies] == proxies
    assert len(att.absent) == absent


def test_proxy_to_le_maire_is_the_president() -> None:
    header = parse_header("sous la présidence de M. Jean-Michel BRARD, Maire.\n")
    att = parse_attendance(
        "Absents excusés : Mme Anne PETIT donne pouvoir à M. le Maire", 0, header.president
    )
    assert att.proxies[0].holder.family_name == "BRARD"


HEADERS = [
    (
        "seed",
        "Président : Monsieur REBSAMEN\n\nSecrétaire de séance : Monsieur HOAREAU\n",
        ("REBSAMEN", "HOAREAU"),
    ),
    (
        "recueil",
        "s'est réuni en séance publique sous la présidence de Monsieur Philippe LEMANCEAU, Maire.\n"
        "Secrétaire de séance : M. Pierre PRIBETICH",
        ("LEMANCEAU", "PRIBETICH"),
    ),
    ("design", "M. Paul DURAND a été désigné secrétaire de séance.", (None, "DURAND")),
    ("design", "M SEGUIN a été élu secrétaire de séance", (None, "SEGUIN")),
]


@pytest.mark.parametrize(("origin", "text", "expected"), HEADERS)
def test_president_and_secretary(
    origin: str, text: str, expected: tuple[str | None, str | None]
) -> None:
    h = parse_header(text)
    got = (
        h.president.family_name if h.president else None,
        h.secretary.family_name if h.secretary else None,
    )
    assert got == expected


SUBJECTS = [
    (
        "seed",
        "OBJET : ADMINISTRATION GENERALE ET FINANCES\nRapport annuel sur l'état de la mutualisation.\n\nEn vertu",
        ("ADMINISTRATION GENERALE ET FINANCES", "Rapport annuel sur l'état de la mutualisation."),
    ),
    (
        "recueil",
        "Objet : Modification n°3 du plan local d'urbanisme intercommunal (dossier 2)\nAprès en avoir délibéré",
        (None, "Modification n°3 du plan local d'urbanisme intercommunal (dossier 2)"),
    ),
    (
        "recueil",
        "OBJET : FINANCES\nBudget primitif 2024 - Adoption (dossier 1)\nLe Conseil, après",
        ("FINANCES", "Budget primitif 2024 - Adoption (dossier 1)"),
    ),
    (
        # a title in capitals, then the body's first label: no rubric over a title
        "breadth",
        "Objet : INSTALLATION DU CONSEIL COMMUNAUTAIRE\nRapporteur : Paul LEROY, Président\n",
        (None, "INSTALLATION DU CONSEIL COMMUNAUTAIRE"),
    ),
]


@pytest.mark.parametrize(("origin", "text", "expected"), SUBJECTS)
def test_subjects(origin: str, text: str, expected: tuple[str | None, str]) -> None:
    s = parse_subject(text).subject
    assert (s.category, s.title) == expected


NOT_VOTES = [
    ("corpus", "La commune de Flaux confie au CDG 30 pour des conseils en matière de retraite"),
    ("corpus", "1 personne viendra pendant 3 jours pour évaluer les risques"),
    ("design", "les 2 contre-propositions seront étudiées"),
]


@pytest.mark.parametrize(("origin", "text"), NOT_VOTES)
def test_prose_numbers_are_not_a_tally(origin: str, text: str) -> None:
    assert parse_vote(text).vote is None


def test_election_results() -> None:
    # Couthenans 2021-11-26: the election of an adjoint, one candidate a line.
    vote = parse_vote(
        "Résultat du vote :\n- Anne-Marie : 11 votes,  Elue\n- Agnès : 1 vote\n- Blanc : 1 vote"
    ).vote
    assert vote is not None
    assert [(c.name, c.votes, c.elected) for c in vote.candidates] == [
        ("Anne-Marie", 11, True),
        ("Agnès", 1, False),
    ]
    assert (vote.yes, vote.blank) == (11, 1)


def test_a_tally_with_colons_is_not_an_election() -> None:
    vote = parse_vote("Pour : 12\nContre : 2\nAbstention : 1").vote
    assert vote is not None and vote.candidates == []
    assert (vote.yes, vote.no, vote.abstain) == (12, 2, 1)


def test_election_by_secret_ballot() -> None:
    # Pierrefonds 2022-12-13: the election of an adjoint, results in sentences.
    vote = parse_vote(
        "Nombre de votants : 18\nNombre de bulletins blancs et nuls : 5 bulletins blancs\n"
        "Nombre de suffrages exprimés : 13\nMajorité absolue : 7\n"
        "M. Romain RIBEIRO a obtenu 13 voix.\n"
        "M. Romain RIBEIRO est désigné en qualité de 4éme adjoint au maire."
    ).vote
    assert vote is not None
    assert [(c.name, c.votes, c.elected) for c in vote.candidates] == [("Romain RIBEIRO", 13, True)]
    assert (vote.yes, vote.blank) == (13, 5)


def test_names_end_where_the_sentence_goes_on() -> None:
    vote = parse_vote(
        "- Abstention : 3 (M. LEBLANC, Mme DEBUISSER et M. THUILLIER. M. LEBLANC indique "
        "qu'ils n'ont pas les éléments nécessaires pour pouvoir voter)."
    ).vote
    assert vote is not None
    assert [p.family_name for p in vote.abstain_names] == ["LEBLANC", "DEBUISSER", "THUILLIER"]


def test_non_votants_do_not_take_part_and_are_no_voters_count() -> None:
    from delib_parse.parse.counts import parse_counts
    from delib_parse.parse.votes import parse_vote

    line = "pour: 0 contre: 0 abstention(s): 0 non votant(s) : 27"
    vote = parse_vote(line).vote
    assert (vote.yes, vote.no, vote.abstain, vote.not_voting) == (0, 0, 0, 27)
    assert "voters" not in parse_counts(line + "\n")[0]


_EXTRACT = (
    "EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL\nSéance du 15 septembre 2022\n"
    "Présents : Paul ALPHA, Anne BETA, Marc GAMMA.\nSecrétaire de séance : Marc GAMMA.\n\n"
    "{before}Objet : Adhésion au service commun\n{after}\n"
    "Le Conseil Municipal, après en avoir délibéré, à l'unanimité, APPROUVE l'adhésion.\n"
)


@pytest.mark.parametrize(
    ("before", "after", "number"),
    [
        ("N° 2022-045\n", "", "2022-045"),
        ("n°45\n\n", "", "45"),
        ("DCM-2022-045\n", "", "DCM-2022-045"),
        ("", "Délibération n°: DEL2022_45\n", "DEL2022_45"),
        # a date alone on the line above is the sitting's, not a number
        ("15/09/2022\n", "", None),
        # a number inside prose is none
        ("", "Le plan n° 12 est annexé.\n", None),
    ],
)
def test_the_act_number_on_its_own_line_beside_the_objet(
    before: str, after: str, number: str | None
) -> None:
    doc = parse_text(_EXTRACT.format(before=before, after=after))
    assert [d.number for d in doc.deliberations] == [number]
