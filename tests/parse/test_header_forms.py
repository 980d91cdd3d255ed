"""The sitting's header and counts on the general forms of MISREADINGS.md (categories 5, 6,
13, 14): one row per form, each a real-looking string with placeholder names. Rows under
"guards" are near misses that must keep reading nothing (or what they read before); known
failures are strict xfails, so a fix shows up as an unexpected pass.
"""

from __future__ import annotations

import datetime as dt

import pytest

from delib_parse.parse.counts import parse_counts
from delib_parse.parse.header import parse_header

TAIL = "\nPrésents : M. Jean DUPONT, Mme Anne MARTIN.\n"

# (text, expected (given name, family name))
SECRETARY_FORMS = [
    # MISREADINGS 5: the office named first, the name tied to it by an anaphora
    pytest.param(
        "Il est procédé à la nomination d'un secrétaire pris dans le sein du conseil. Monsieur "
        "Paul LEROY est désigné pour remplir cette fonction.",
        ("Paul", "LEROY"),
        id="designe-pour-remplir-cette-fonction",
    ),
    pytest.param(
        "Il a été procédé, conformément à l'article L.2121-15 du CGCT, à l'élection d'un "
        "secrétaire pris dans le sein du conseil. GIRARD Claire ayant obtenu la majorité des "
        "suffrages, a été désignée pour remplir ces fonctions qu'elle a acceptées.",
        ("Claire", "GIRARD"),
        id="ayant-obtenu-la-majorite-des-suffrages",
    ),
    # a vote on "le secrétariat", under a heading of its own
    pytest.param(
        "Secrétariat de séance\nMonsieur le Maire propose que le secrétariat de la séance soit "
        "assuré par Claire GIRARD. Adopté à l'unanimité.",
        ("Claire", "GIRARD"),
        id="secretariat-assure-par",
    ),
    # the verb before the name, starting its sentence
    pytest.param("Est nommé secrétaire, Mr LEROY", (None, "LEROY"), id="est-nomme-secretaire-mr"),
    pytest.param(
        "Absents : M. Marc FABRE Est nommé secrétaire, Mr LEROY Paul",
        ("Paul", "LEROY"),
        id="est-nomme-secretaire-on-one-line",
    ),
    pytest.param(
        "Le quorum est atteint. A été désignée secrétaire de séance : Mme Claire GIRARD.",
        ("Claire", "GIRARD"),
        id="a-ete-designee-secretaire-colon",
    ),
    # the delegate's member commune first
    pytest.param(
        "Secrétaire de séance : Commune de Saint-Agrève - M. LEROY Paul",
        ("Paul", "LEROY"),
        id="label-commune-first",
    ),
    pytest.param(
        "Secrétaire de séance : Ville d'Annonay – Mme Claire GIRARD",
        ("Claire", "GIRARD"),
        id="label-ville-first-en-dash",
    ),
    # the assembly's verb, then the name
    pytest.param(
        "Le Conseil a choisi pour secrétaire : Mme GIRARD Claire",
        ("Claire", "GIRARD"),
        id="a-choisi-pour-secretaire",
    ),
    pytest.param(
        "Le conseil municipal a désigné comme secrétaire de séance M. Paul LEROY.",
        ("Paul", "LEROY"),
        id="a-designe-comme-secretaire",
    ),
    # two secretaries: the first
    pytest.param(
        "Secrétaires de Séance : Paul LEROY ; Claire GIRARD\nAprès avoir constaté",
        ("Paul", "LEROY"),
        id="two-secretaries-label",
    ),
    pytest.param(
        "Secrétaires de séance : Paul Leroy et Claire Girard.",
        ("Paul", "Leroy"),
        id="two-secretaries-joined-by-et",
    ),
    pytest.param(
        "Secrétaire de séance : Mme GIRARD Claire (Commune de Saint-Jean)",
        ("Claire", "GIRARD"),
        id="given-name-before-a-bracket",
    ),
    pytest.param(
        "Messieurs Paul LEROY et Marc FABRE sont nommés secrétaires de séance.",
        ("Paul", "LEROY"),
        id="two-secretaries-sentence",
    ),
    pytest.param(
        "Mme Claire GIRARD a été élue secrétaire de séance.",
        ("Claire", "GIRARD"),
        id="a-ete-elue-secretaire",
    ),
    # the assembly's verb in the present, then the name
    pytest.param(
        "Le conseil désigne Madame Claire GIRARD comme secrétaire de séance.",
        ("Claire", "GIRARD"),
        id="le-conseil-designe-comme-secretaire",
    ),
    pytest.param(
        "Le Conseil Municipal nomme M. Paul LEROY secrétaire de séance.",
        ("Paul", "LEROY"),
        id="le-conseil-nomme-secretaire",
    ),
    # the office as a task
    pytest.param(
        "M. Paul LEROY est désigné pour assurer le secrétariat de séance.",
        ("Paul", "LEROY"),
        id="designe-pour-assurer-le-secretariat",
    ),
    pytest.param(
        "Mme Claire GIRARD accepte d'assurer les fonctions de secrétaire.",
        ("Claire", "GIRARD"),
        id="accepte-d-assurer-les-fonctions",
    ),
    pytest.param(
        "Secrétariat de séance assuré par M. Paul LEROY.",
        ("Paul", "LEROY"),
        id="secretariat-assure-par-no-verb",
    ),
    # texts without line breaks: a list or a heading run on into the name
    pytest.param(
        "Absents : Marc FABRE Mme Claire GIRARD a été élue secrétaire de séance.",
        ("Claire", "GIRARD"),
        id="absent-list-run-on-civility-starts-the-name",
    ),
    pytest.param(
        "Il a été procédé à l'élection d'un secrétaire pris au sein du Conseil Municipal GIRARD "
        "Claire ayant obtenu la majorité des suffrages, a été désignée pour remplir ces fonctions.",
        ("Claire", "GIRARD"),
        id="assembly-words-run-on-before-the-name",
    ),
    # known failure: a run of names with no civility gives no cue where the last one starts
    pytest.param(
        "Absents : Marc FABRE Claire GIRARD a été élue secrétaire de séance.",
        ("Claire", "GIRARD"),
        id="absent-list-run-on-without-civility",
        marks=pytest.mark.xfail(strict=True, reason="no cue between two names in a run"),
    ),
    # a numbered item on the office, then prose naming the member
    pytest.param(
        "I. DESIGNATION D'UN SECRETAIRE DE SEANCE\nM. LEROY est désigné(e) en tant que "
        "secrétaire de séance.",
        (None, "LEROY"),
        id="item-heading-designe-e-en-tant-que",
    ),
    pytest.param(
        "1. DESIGNATION D'UN SECRETAIRE DE SEANCE\nMonsieur Paul LEROY est désigné à l'unanimité.",
        ("Paul", "LEROY"),
        id="item-heading-then-designation",
    ),
    pytest.param(
        "1. DESIGNATION D'UN SECRETAIRE DE SEANCE Monsieur Paul LEROY est désigné à "
        "l'unanimité. 2. BUDGET",
        ("Paul", "LEROY"),
        id="item-heading-then-designation-one-line",
    ),
    # the agenda run on into the name after a dash, on one line (rt2b-04)
    pytest.param(
        "Secrétaire de séance : Paul Leroy - Site du Moulin - Centre de remise en forme : o Bilan",
        ("Paul", "Leroy"),
        id="name-then-dashed-agenda-on-one-line",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SECRETARY_FORMS)
def test_secretary_form(text: str, expected: tuple[str | None, str]) -> None:
    secretary = parse_header(text + TAIL).secretary
    assert secretary is not None
    assert (secretary.given_name, secretary.family_name) == expected


SECRETARY_GUARDS = [
    # "pour remplir ces fonctions" with no secretary in sight is another office
    pytest.param(
        "Élection du délégué au syndicat. M. Paul LEROY est désigné pour remplir ces fonctions.",
        id="anaphora-without-secretary",
    ),
    # the office's heading followed by the agenda, no one designated
    pytest.param(
        "DESIGNATION D'UN SECRETAIRE DE SEANCE\nLe Maire rappelle l'ordre du jour.",
        id="item-heading-without-designation",
    ),
]


@pytest.mark.parametrize("text", SECRETARY_GUARDS)
def test_secretary_guard(text: str) -> None:
    assert parse_header(text + TAIL).secretary is None


PRESIDENT_FORMS = [
    # a label in capitals has lost its accents
    pytest.param("PRESIDENT : Paul LEROY", (None, "Paul", "LEROY"), id="label-in-capitals"),
    pytest.param("PRÉSIDENCE : Paul LEROY", (None, "Paul", "LEROY"), id="presidence-label"),
    # MISREADINGS 14: the office, then the name in apposition
    pytest.param(
        "Le conseil s'est réuni sous la présidence de Monsieur le Président, Paul LEROY.",
        ("M.", "Paul", "LEROY"),
        id="apposition-president",
    ),
    pytest.param(
        "Le conseil s'est réuni sous la présidence de Madame le Maire, Claire GIRARD.",
        ("Mme", "Claire", "GIRARD"),
        id="apposition-madame-le-maire",
    ),
    pytest.param(
        "Le conseil, présidé par Monsieur le 1er Adjoint, Marc FABRE, s'est réuni.",
        ("M.", "Marc", "FABRE"),
        id="apposition-presided-by-first-deputy",
    ),
    # the civility at the line's end, the name after a blank line
    pytest.param(
        "Le conseil s'est réuni sous la présidence de M.\n\nLEROY, Maire.",
        ("M.", None, "LEROY"),
        id="civility-then-blank-line",
    ),
    # the mayor absent, a deputy presides
    pytest.param(
        "En l'absence de Monsieur le Maire, sous la Présidence de Monsieur Marc FABRE, 1er "
        "Adjoint au Maire",
        ("M.", "Marc", "FABRE"),
        id="deputy-in-the-mayors-absence",
    ),
    pytest.param(
        "sous la présidence de Monsieur le Maire, LEROY Paul.",
        ("M.", "Paul", "LEROY"),
        id="apposition-family-name-first",
    ),
    # a family name that starts with "Le" is a name, not an office
    pytest.param(
        "sous la présidence de Monsieur LE GALL Yves, Maire.",
        ("M.", "Yves", "LE GALL"),
        id="family-name-le",
    ),
    # no label: the name, then the verb that opens or chairs the sitting
    pytest.param(
        "Monsieur Paul LEROY, Maire, préside la séance.",
        ("M.", "Paul", "LEROY"),
        id="name-then-preside",
    ),
    pytest.param(
        "Séance du lundi 8 septembre 2014. A 20 h 30, Monsieur Marc FABRE, Maire, déclare la "
        "séance ouverte.",
        ("M.", "Marc", "FABRE"),
        id="name-then-declare-la-seance-ouverte",
    ),
    pytest.param(
        "Le Maire, Paul LEROY, ouvre la séance à 20h36.",
        (None, "Paul", "LEROY"),
        id="office-then-name-then-ouvre-la-seance",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRESIDENT_FORMS)
def test_president_form(text: str, expected: tuple[str | None, str | None, str]) -> None:
    president = parse_header(text + TAIL).president
    assert president is not None
    assert (president.civility, president.given_name, president.family_name) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Monsieur le Maire ouvre la séance.",
        "Le Maire ouvre la séance à 20 heures.",
        "Madame la Présidente déclare la séance ouverte.",
    ],
)
def test_an_office_opening_the_sitting_names_no_president(text: str) -> None:
    assert parse_header(text).president is None


def test_an_office_without_a_name_is_no_president() -> None:
    # It used to read "le" as the president's name.
    header = parse_header("Le conseil s'est réuni sous la présidence de Monsieur le Maire.")
    assert header.president is None


# (text, expected counts: only the fields given are checked, None meaning "not read")
COUNT_FORMS = [
    # MISREADINGS 6
    pytest.param(
        "Le nombre de membres en exercice est de : 32",
        {"in_office": 32},
        id="en-exercice-est-de",
    ),
    pytest.param(
        "Le nombre de conseillers présents s'élève à 20.",
        {"present": 20},
        id="presents-s-eleve-a",
    ),
    pytest.param(
        "Effectif légal du Comité syndical : 23 délégués",
        {"seats": 23, "in_office": None},
        id="effectif-legal-is-the-seats",
    ),
    pytest.param("Total des votes : 27", {"voters": 27}, id="total-des-votes"),
    pytest.param(
        "Nombre de « pouvoirs » 14",
        {"represented": 14},
        id="label-in-guillemets",
    ),
    pytest.param(
        'Nombre de "procurations" : 3',
        {"represented": 3},
        id="label-in-straight-quotes",
    ),
    # absents and proxies together: not the proxies
    pytest.param(
        "Absents et procurations : 4 Paul LEROY excusée Claire GIRARD Pouvoir à Marc FABRE",
        {"represented": None, "absent": None},
        id="absents-et-procurations-read-as-nothing",
    ),
    pytest.param(
        "Absents excusés / pouvoirs : 3",
        {"represented": None},
        id="absents-excuses-slash-pouvoirs",
    ),
    pytest.param(
        "Après avoir constaté que le quorum était atteint (15 présents ; 6 pouvoirs), Monsieur "
        "le Maire ouvre la séance.",
        {"present": 15, "represented": 6},
        id="quorum-sentence-brackets",
    ),
    pytest.param(
        "le quorum étant atteint (12 présents)",
        {"present": 12, "represented": None},
        id="quorum-sentence-present-only",
    ),
    # inclusive writing
    pytest.param("Présent(e)s : 12", {"present": 12}, id="presents-inclusive"),
    pytest.param(
        "Conseiller(e)s présent(e)s : 12 / Représenté(e)s : 2 / Absent(e)s : 1",
        {"present": 12, "represented": 2, "absent": 1},
        id="counts-inclusive",
    ),
    # those who took part in the vote
    pytest.param(
        "Nombre de membres ayant pris part au vote : 13",
        {"voters": 13},
        id="ayant-pris-part-au-vote",
    ),
    pytest.param(
        "Conseillers en fonction : 15",
        {"in_office": 15},
        id="conseillers-en-fonction",
    ),
    pytest.param(
        "Conseillers Municipaux en exercice : 23",
        {"in_office": 23},
        id="conseillers-municipaux-en-exercice",
    ),
    pytest.param(
        "NOMBRE DE CONSEILLERS : En exercice 91 / Présents 77 / Nombre de pouvoirs 14 Votants 86 "
        "/ DÉLIBÉRATION APPROUVÉE : Pour 86",
        {"in_office": 91, "present": 77, "represented": 14, "voters": 86},
        id="grid-labels-then-numbers",
    ),
    pytest.param(
        "Nombre de membres afférents au Conseil : 33 / en exercice : 33 / présents : 20",
        {"seats": 33, "in_office": 33, "present": 20},
        id="afferents-au-conseil-colons",
    ),
    pytest.param(
        "Nombre de membres afférents au Conseil municipal 15 en exercice 14 présents 11",
        {"seats": 15, "in_office": 14, "present": 11},
        id="afferents-au-conseil-no-colon",
    ),
    pytest.param(
        "Nombre de membres\nafférents au Conseil\nen exercice\nprésents\n33\n32\n20\n",
        {"seats": 33, "in_office": 32, "present": 20},
        id="afferents-column-box",
    ),
    # the last count ends its sentence and a label opens the next line
    pytest.param(
        "Membres en exercice : 30 ; présents : 24 ; pouvoirs : 3 ; votants : 27.\nSecrétaire : M. X",
        {"in_office": 30, "present": 24, "represented": 3, "voters": 27},
        id="count-ends-its-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_FORMS)
def test_count_form(text: str, expected: dict[str, int | None]) -> None:
    values, _, _ = parse_counts(text)
    assert {k: values.get(k) for k in expected} == expected


COUNT_GUARDS = [
    # a numbered list of names after the label counts nothing
    pytest.param("Présents : 1. DUPONT Jean 2. MARTIN Anne", {"present": None}, id="numbered-list"),
    # proxies that are proxies still read
    pytest.param("Absents : 2\nProcurations : 4", {"absent": 2, "represented": 4}, id="two-labels"),
    pytest.param(
        "Nombre de membres présents ou représentés : 14",
        {"represented": None, "present": None},
        id="presents-ou-representes-read-as-nothing",
    ),
    pytest.param(
        "Présents : 12 Non présents : 3",
        {"present": 12},
        id="non-presents-are-not-the-present",
    ),
    pytest.param("Non présents : 3", {"present": None}, id="non-presents-alone"),
    pytest.param(
        "Les crédits sont répartis en fonction : 15 % pour la voirie",
        {"in_office": None},
        id="en-fonction-in-prose",
    ),
    pytest.param(
        "Absents ayant donné procuration : 3",
        {"represented": 3},
        id="absents-ayant-donne-procuration",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_GUARDS)
def test_count_guard(text: str, expected: dict[str, int | None]) -> None:
    values, _, _ = parse_counts(text)
    assert {k: values.get(k) for k in expected} == expected


SITTING_DATE_FORMS = [
    # MISREADINGS 13a: a later sitting's cover over the minutes it approves
    pytest.param(
        "SIAEP de X Réunion du 31 mars 2021 EXPOSE N°1 APPROBATION DU PROCES - VERBAL DU 3 MARS "
        "2021 Réunion du 3 mars 2021 Sous la présidence de Monsieur LEROY Paul, Président,",
        dt.date(2021, 3, 3),
        id="annexed-minutes-one-line",
    ),
    pytest.param(
        "Conseil communautaire\nSéance du 12 décembre 2023\nPoint n°1 : Approbation du "
        "procès-verbal de la séance du 14 novembre 2023\nSéance du 14 novembre 2023\n"
        "Procès-verbal\nLe conseil communautaire s'est réuni à la salle des fêtes.",
        dt.date(2023, 11, 14),
        id="annexed-minutes-lines",
    ),
    pytest.param(
        "Réunion du 12 décembre 2023\nORDRE DU JOUR\nEXPOSÉ N°1 : APPROBATION DU PROCÈS-VERBAL DE "
        "LA SÉANCE DU 14 NOVEMBRE 2023\nLe procès-verbal de la séance du 14 novembre 2023 est "
        "soumis à l'approbation du conseil ; il est reproduit ci-après.\nCOMITÉ SYNDICAL DU 14 "
        "NOVEMBRE 2023\nPrésents : M. Paul LEROY",
        dt.date(2023, 11, 14),
        id="annexed-minutes-after-an-expose",
    ),
    # MISREADINGS 13b: the opening's year contradicts the title; nothing else dates it
    pytest.param(
        "Procès-verbal du Conseil Municipal du 5 mars 2020\nL'an deux mil dix-neuf, le 5 mars, le "
        "Conseil Municipal s'est réuni.",
        dt.date(2020, 3, 5),
        id="title-year-over-stale-opening",
    ),
    # … the header's other dates side with the opening
    pytest.param(
        "Procès-verbal du Conseil Municipal du 5 mars 2020\nL'an deux mil dix-neuf, le 5 mars, le "
        "Conseil Municipal, convoqué le 27 février 2019, s'est réuni.\nAffiché le 28 février 2019",
        dt.date(2019, 3, 5),
        id="opening-year-backed-by-convocation",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SITTING_DATE_FORMS)
def test_sitting_date_form(text: str, expected: dt.date) -> None:
    assert parse_header(text + TAIL).date == expected


SITTING_DATE_GUARDS = [
    # an agenda that approves the last minutes: the sitting is this one
    pytest.param(
        "Séance du 12 décembre 2023\nORDRE DU JOUR\n1. Approbation du procès-verbal du 14 "
        "novembre 2023\n2. Budget\nLe procès-verbal de la séance du 14 novembre 2023 n'appelle "
        "pas d'observation.",
        dt.date(2023, 12, 12),
        id="agenda-approving-last-minutes",
    ),
    # a title with another day: the opening clause wins (as before)
    pytest.param(
        "Séance du comité syndical du 4 Février 2008\nL'an deux mille neuf, le trente mars, le "
        "comité s'est réuni.",
        dt.date(2009, 3, 30),
        id="title-of-another-sitting",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SITTING_DATE_GUARDS)
def test_sitting_date_guard(text: str, expected: dt.date) -> None:
    assert parse_header(text + TAIL).date == expected


CONVOCATION_FORMS = [
    pytest.param(
        "L'an deux mil dix-sept, le trente octobre, les membres du conseil municipal, convoqués "
        "le vingt six octobre deux mil dix sept, se sont réunis.",
        dt.date(2017, 10, 26),
        id="convocation-in-words",
    ),
    pytest.param(
        "Séance du jeudi 13 décembre 2018\nConvocations du 7 décembre 2018",
        dt.date(2018, 12, 7),
        id="convocations-plural",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONVOCATION_FORMS)
def test_convocation_form(text: str, expected: dt.date) -> None:
    assert parse_header(text + TAIL).convened_on == expected
