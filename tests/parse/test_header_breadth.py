"""The sitting's header on phrasings read after the parsers were written.

Rows come from the red-team documents (real minutes and extracts, 2009–2024); each row's
comment names the document and quotes the phrasing it was built from.
"""

from __future__ import annotations

import datetime as dt

import pytest

from delib_parse.parse.dates import find_dates, words_to_number
from delib_parse.parse.header import parse_header

TAIL = "\nPrésents : M. Jean DUPONT, Mme Anne MARTIN.\n"

SITTING_DATES = [
    # rt2b-02: a web page titled with another sitting, the opening clause gives this one.
    (
        "Séance du comité syndical du 4 Février 2008\nCompte rendu de la réunion\nLes membres "
        "du comité syndical se sont réunis le lundi 30 mars 2009 à 18h00 à Rompon.",
        dt.date(2009, 3, 30),
    ),
    # rt2b-01: extracts numbered with their date; a sitting the text cites ("lors de …").
    (
        "Délibération n° 1 du 18 DECEMBRE 2008\n1° Objet : COMPTE-RENDU DE DELEGATIONS Dans le "
        "cadre des délégations consenties au Maire par le Conseil Municipal lors de la séance "
        "du 16 mars 2008",
        dt.date(2008, 12, 18),
    ),
    (
        "Les délégations consenties au Maire par le Conseil lors de la séance du 16 mars 2008 "
        "sont rappelées.\nConseil municipal du 18 décembre 2008",
        dt.date(2008, 12, 18),
    ),
    # red team D1: the year and the day in words
    (
        "L'an deux mille vingt-deux, le vingt octobre à 19 heures, le Conseil Municipal s'est réuni.",
        dt.date(2022, 10, 20),
    ),
    # red team D2: the older "deux mil", "vingt et un"
    (
        "L'an deux mil vingt et un, le treize décembre à dix-neuf heures le conseil municipal s'est "
        "réuni.",
        dt.date(2021, 12, 13),
    ),
    # 01-questembert: "L’an deux mille dix neuf, le lundi 16 décembre à 20 h" (no hyphen, a
    # weekday, the day in digits)
    (
        "L’an deux mille dix neuf, le lundi 16 décembre à 20 h, les membres du Conseil "
        "Communautaire se sont réunis.",
        dt.date(2019, 12, 16),
    ),
    # 10-sivom: "le vingt cinq mars" (no hyphen)
    (
        "L'an deux mille neuf, le vingt cinq mars à dix-neuf heures, le Comité Syndical s'est réuni.",
        dt.date(2009, 3, 25),
    ),
    # red team D6: the day first, the year in words after the month
    ("Le deux novembre deux mille seize, le Conseil Municipal s'est réuni.", dt.date(2016, 11, 2)),
    # red team D7: typographic apostrophe
    (
        "L’an deux mille vingt-trois, le dix-huit septembre, le conseil municipal s’est réuni.",
        dt.date(2023, 9, 18),
    ),
    # "le premier" as the day
    (
        "L'an deux mille vingt, le premier décembre, le conseil municipal s'est réuni.",
        dt.date(2020, 12, 1),
    ),
    # 07-roure: "L’an deux mille dix-huit et le 8 avril à 9 heures"
    (
        "L’an deux mille dix-huit et le 8 avril à 9 heures, le Conseil Municipal s’est réuni.",
        dt.date(2018, 4, 8),
    ),
    # 19-charchigne: a date cited in an approval sentence after the opening clause
    (
        "L'an deux mille seize, le deux novembre, le Conseil Municipal de la Commune de CHARCHIGNE, "
        "dûment convoqué, s'est réuni.\nDate de convocation du Conseil Municipal : le 27 octobre "
        "2016\nApprobation à l'unanimité du compte-rendu de la réunion du 28 septembre 2016.",
        dt.date(2016, 11, 2),
    ),
    # 02-questembert: the PV being approved is cited after the opening
    (
        "L’an deux mille vingt, le lundi 2 novembre à 18 h 30, les membres du Conseil "
        "Communautaire se sont réunis.\nPROCES VERBAL du 21 Septembre 2020",
        dt.date(2020, 11, 2),
    ),
    # 24-commune-loire: "s'est réuni mercredi 6 novembre 2024" (no "le"), an earlier sitting cited
    (
        "Le Conseil Municipal s'est réuni mercredi 6 novembre 2024 en salle du conseil autour des "
        "points à l'ordre du jour suivants : Approbation du compte rendu du Conseil Municipal du 4 "
        "septembre 2024",
        dt.date(2024, 11, 6),
    ),
    # 13-conservatoire-ardeche: a failed sitting cited first, then "en l’an … le vingt-deux mai"
    (
        "Lors de la réunion du comité syndical du 16 mai 2019 le quorum n’a été atteint. Par "
        "conséquent, un nouveau comité syndical a été organisé en l’an deux mille dix-neuf, le "
        "vingt-deux mai en salle Boissy d’Anglas.",
        dt.date(2019, 5, 22),
    ),
    # 05-loctudy: a compte rendu cited with its verb after ("… est approuvé"), no title date
    (
        "Le Compte rendu du Conseil Municipal du 2 novembre 2021 est approuvé.\nSéance du 10 "
        "décembre 2021",
        dt.date(2021, 12, 10),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SITTING_DATES)
def test_sitting_date(text: str, expected: dt.date) -> None:
    assert parse_header(text + TAIL).date == expected


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("deux mille vingt-deux", 2022),
        ("deux mil vingt et un", 2021),
        ("deux mille dix neuf", 2019),
        ("vingt cinq", 25),
        ("trente et un", 31),
        ("quatre-vingt-dix-neuf", 99),
        ("soixante-dix", 70),
        ("premier", 1),
    ],
)
def test_number_in_words(words: str, value: int) -> None:
    assert words_to_number(words) == value


def test_a_bare_number_word_is_not_a_date() -> None:
    # "un nouveau comité syndical" must not start a date
    assert find_dates("un nouveau comité syndical a été organisé") == []


CONVOCATIONS = [
    # 22-pv-commune-38: no year; the sitting's year
    (
        "L’an deux mil dix-huit, et le cinq décembre, le Conseil Municipal de cette commune, "
        "régulièrement convoqué le vingt-neuf novembre, s’est réuni.",
        dt.date(2018, 11, 29),
    ),
    # no year, a month after the sitting's: the year before
    (
        "L'an deux mille dix-neuf, le six janvier, le Conseil Municipal, régulièrement convoqué le "
        "trente et un décembre, s'est réuni.",
        dt.date(2018, 12, 31),
    ),
    # 02-questembert: "sur la convocaon qui leur a été adressée par le Président le 23 octobre"
    (
        "L’an deux mille vingt, le lundi 2 novembre à 18 h 30, les membres du Conseil Communautaire "
        "se sont réunis, sur la convocaon qui leur a été adressée par le Président le 23 octobre.",
        dt.date(2020, 10, 23),
    ),
    # 10-sivom: "Convocation aux membres du Comité Syndical et affichage le 18 mars 2009"
    (
        "L'an deux mille neuf, le vingt cinq mars.\nConvocation aux membres du Comité Syndical et "
        "affichage le 18 mars 2009",
        dt.date(2009, 3, 18),
    ),
    # 13-conservatoire-ardeche: "régulièrement convoqué par courrier en date du 17 mai 2019"
    (
        "en l’an deux mille dix-neuf, le vingt-deux mai, après avoir été régulièrement convoqué par "
        "courrier en date du 17 mai 2019.",
        dt.date(2019, 5, 17),
    ),
    # 03-loir-luce-berce: the convocations "transmis … le 12 Novembre 2020"
    (
        "Séance du 19 novembre 2020\nLes convocations individuelles, l'ordre du jour et les notes "
        "explicatives de synthèse ont été transmis par la voie du courriel aux conseillers "
        "communautaires le 12 Novembre 2020.",
        dt.date(2020, 11, 12),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONVOCATIONS)
def test_convocation_date(text: str, expected: dt.date) -> None:
    assert parse_header(text + TAIL).convened_on == expected


PRESIDENTS = [
    # 17-bessais: lower-case civility, NOM Prénom, a function word after
    ("sous la présidence de monsieur AUDONNET Serge maire.", ("M.", "Serge", "AUDONNET")),
    # 16-poissons: "sous la présidence du Maire, M ADAM Bernard."
    (
        "La réunion a débuté le 20 octobre 2022 à 19h00 sous la présidence du Maire, M ADAM Bernard.",
        ("M.", "Bernard", "ADAM"),
    ),
    # 08-longny-perche: "sous la présidence de Monsieur André GRUDÉ."
    ("sous la présidence de Monsieur André GRUDÉ.", ("M.", "André", "GRUDÉ")),
    # 19-charchigne: "sous la présidence de Monsieur JEUSSE Loïc, Maire."
    ("sous la présidence de Monsieur JEUSSE Loïc, Maire.", ("M.", "Loïc", "JEUSSE")),
    # 25-inforoutes: "régulièrement convoqués par le Président, Monsieur Maurice QUINKAL."
    (
        "Les membres du comité syndical se sont réunis le lundi 16 juin 2014 à 18h à Privas, "
        "régulièrement convoqués par le Président, Monsieur Maurice QUINKAL. À l’ordre du jour",
        ("M.", "Maurice", "QUINKAL"),
    ),
    # 11-siaep-condom: NOM Prénom then ", Président,"
    (
        "Sous la présidence de Monsieur CLAVERIE Claude, Président, PRESENTS : Mmes ALLAER",
        ("M.", "Claude", "CLAVERIE"),
    ),
    # a capitalised word after the name that starts the next phrase is not a given name
    ("sous la présidence de Monsieur DUPONT Conseillers en exercice : 12", ("M.", None, "DUPONT")),
]


@pytest.mark.parametrize(("text", "expected"), PRESIDENTS)
def test_president(text: str, expected: tuple[str | None, str | None, str]) -> None:
    president = parse_header(text + TAIL).president
    assert president is not None
    assert (president.civility, president.given_name, president.family_name) == expected


SECRETARIES = [
    # 20-villiers-sur-morin: a new sentence after the name
    (
        "Secrétaire de séance : Madame Stéphanie Vieux. Mme le maire demande l'accord au conseil "
        "municipal.",
        "Stéphanie Vieux",
    ),
    # 22-pv-commune-38: an all-caps heading run on into the name
    ("Secrétaire de séance : Gilles SOUDARIN ORDRE DU JOUR : 1) Approbation", "Gilles SOUDARIN"),
    # 07-roure: the agenda on the next lines is not the secretary
    (
        "Séance du 8 avril 2018\nMonsieur Jean Claude LINCK a été nommé secrétaire de séance.\n"
        "ORDRE DU JOUR :\n✓ Approbation du Procès – Verbal du Conseil Municipal du 17 février 2018.",
        "Jean Claude LINCK",
    ),
    # 09-medoc-atlantique: capitals without accents, a rule after the name
    (
        "SECRETAIRE DE SEANCE : Adrien DEBEVER ------------ DESIGNATION D’UN SECRETAIRE",
        "Adrien DEBEVER",
    ),
    # 21-saclas: "Secrétariat de séance : Monsieur Alain GAUCHER."
    ("Séance du 12 mai 2011\nSecrétariat de séance : Monsieur Alain GAUCHER.\n", "Alain GAUCHER"),
    # 11-siaep-condom: a PDF that spaced its hyphens, then "Ordre du jour :"
    (
        "SECRETAIRE DE SEANCE : Mme BROCA - LANNAUD Marie - Thérèse Ordre du jour : - Approbation",
        "BROCA - LANNAUD Marie - Thérèse",
    ),
    # an initial's full stop does not end the name
    ("Secrétaire de séance : M. J. DUPONT", "J. DUPONT"),
]


@pytest.mark.parametrize(("text", "expected"), SECRETARIES)
def test_secretary(text: str, expected: str) -> None:
    secretary = parse_header(text).secretary
    assert secretary is not None and secretary.name == expected


AUTHORITY_NAMES = [
    # 22-pv-commune-38: "le Conseil Municipal de cette commune"
    (
        "L’an deux mil dix-huit, et le cinq décembre, le Conseil Municipal de cette commune, "
        "régulièrement convoqué",
        None,
    ),
    # 07-roure: "CONSEIL MUNICIPAL DU DIMANCHE 8 AVRIL 2018"
    ("COMPTE RENDU SOMMAIRE DE SEANCE DU CONSEIL MUNICIPAL DU DIMANCHE 8 AVRIL 2018", None),
    # 13-conservatoire-ardeche: "du Comité Syndical du jeudi 22 mai 2019"
    ("Extrait du registre des délibérations du Comité Syndical du jeudi 22 mai 2019", None),
    # 15-cp-mayenne: a rule of underscores after the name
    (
        "COMMISSION PERMANENTE DU CONSEIL GÉNÉRAL DE LA MAYENNE ______________ Réunion du 19 "
        "novembre 2012",
        "Mayenne",
    ),
    # 08-longny-perche: the name goes on on the next line
    (
        "L’an deux mille quinze, le dix-huit juin à vingt heures, le Conseil de Communauté du Pays "
        "de\nLONGNY AU PERCHE, dûment convoqué",
        "Pays de LONGNY AU PERCHE",
    ),
    # 20-villiers-sur-morin: "sur" inside a name in capitals
    (
        "COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DE VILLIERS SUR MORIN DU 03 JUILLET 2019",
        "Villiers sur Morin",
    ),
    # 19-charchigne (kept): "le Conseil Municipal de la Commune de CHARCHIGNE, dûment convoqué"
    ("le Conseil Municipal de la Commune de CHARCHIGNE, dûment convoqué", "Commune de CHARCHIGNE"),
]


@pytest.mark.parametrize(("text", "expected"), AUTHORITY_NAMES)
def test_authority_name(text: str, expected: str | None) -> None:
    assert parse_header(text + TAIL).authority.name == expected


def test_second_convocation_without_pas() -> None:
    # 13-conservatoire-ardeche: "le quorum n’a été atteint. Par conséquent, un nouveau comité"
    text = "Lors de la réunion du comité syndical du 16 mai 2019 le quorum n’a été atteint."
    assert parse_header(text + TAIL).second_convocation


def test_the_secretary_sentence_does_not_reach_back_over_a_blank_line() -> None:
    # Vendargues 2012 (breadth corpus): "Absents :" / "Néant" / "Mme Michèle GARCIA a été élue
    # secrétaire de séance."
    header = parse_header(
        "Absents :\n\nNéant\n\nMme Michèle GARCIA a été élue secrétaire de séance.\n"
    )
    assert header.secretary is not None and header.secretary.name == "Michèle GARCIA"


def test_secretary_named_in_a_decision() -> None:
    # Pronleroy 2020: the name on the line after its civility.
    header = parse_header(
        "Séance du 25 juin 2020\nLe Conseil Municipal décide à l'unanimité des membres "
        "présents que Madame\nElodie FREIRE JORGE sera Secrétaire de séance.\n"
    )
    assert header.secretary is not None and header.secretary.name == "Elodie FREIRE JORGE"


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        ("Séance du 3 mai 2022. Le conseil municipal, convoqué en urgence le 2 mai 2022", True),
        ("Réunion d'urgence du conseil le 3 mai 2022", True),
        ("Séance du 3 mai 2022. L'urgence a été déclarée par le Maire.", True),
        # Cantal 2020: the health emergency is no urgent convocation
        ("Séance du 24 avril 2020 dans le cadre de l'état d'urgence sanitaire déclarée", False),
        ("Séance du 3 mai 2022. Travaux d'urgence sur la toiture de l'église", False),
    ],
)
def test_urgency_of_the_convocation(text: str, urgency: bool) -> None:
    assert parse_header(text).urgency is urgency
