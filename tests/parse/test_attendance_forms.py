"""Attendance lists in the general forms of ../shared/MISREADINGS.md (categories 8, 9, 10, 15,
17, 19, L4 and "Also seen on real PDFs"): each row is a real-looking string written after a
paraphrased form, with placeholder names, and what the present, proxy and absent lists must
hold, by name as printed. Known failures are `xfail(strict=True)` rows.
"""

from __future__ import annotations

import pytest

from delib_parse.parse.attendance import parse_attendance
from delib_parse.parse.people import parse_people, parse_person

Expected = tuple[list[str], list[tuple[str, str]], list[str]]
END = "\nSecrétaire de séance : M. Jean DUPONT\n"

ROWS: list[tuple[str, str, Expected]] = [
    # 8a: member communes in capitals on their own lines, some of them empty.
    (
        "places-on-their-own-lines",
        "Présents :\nAVÈZE\nM. DUPONT Jean\nBAGNOLS\nCROS\nMme MARTIN Marie\n"
        "LA TOUR D'AUVERGNE\nM. DURAND Paul\nSAINT-GENÈS-CHAMPESPE\nSAINT SAUVES d'AUVERGNE\n"
        "Mme LEROY Anne" + END,
        (["DUPONT Jean", "MARTIN Marie", "DURAND Paul", "LEROY Anne"], [], []),
    ),
    (
        "places-on-their-own-lines-given-first",
        "Etaient présents :\nCOMMUNE-A\nM. Jean DUPONT\nCOMMUNE-B\nMme Marie MARTIN\n"
        "VILLERS sur MER\nM. Paul DURAND" + END,
        (["Jean DUPONT", "Marie MARTIN", "Paul DURAND"], [], []),
    ),
    # A substitute named with the titulaire after a comma (no brackets): the titulaire is not
    # present.
    (
        "substitute-after-a-comma",
        "Présents : Jean DUPONT, Marie MARTIN.\nPaul DURAND, suppléant de Luc BERNARD." + END,
        (["Jean DUPONT", "Marie MARTIN", "Paul DURAND"], [], []),
    ),
    # 8b: a flattened two-column table, the communes first, then the delegates.
    (
        "communes-first-then-delegates",
        "Présents :\nCOMMUNE-A\nCOMMUNE-B\nSAINT-JEAN sur MER\nLA ROCHE\nJean DUPONT\n"
        "Marie MARTIN\nPaul DURAND\nAnne LEROY" + END,
        (["Jean DUPONT", "Marie MARTIN", "Paul DURAND", "Anne LEROY"], [], []),
    ),
    # … while a holder's family name wrapped after its given name joins it (L'Arbresle 2013).
    (
        "holder-family-name-wrapped",
        "Présents : Jean DUPONT, Dominique\nDUVINAGE, Paul DURAND\n"
        "Etait absent, excusé et a donné pouvoir : Luc PETIT à Dominique\nDUVINAGE, Anne"
        " LEROY à Paul DURAND" + END,
        (
            ["Jean DUPONT", "Dominique DUVINAGE", "Paul DURAND"],
            [("Luc PETIT", "Dominique DUVINAGE"), ("Anne LEROY", "Paul DURAND")],
            [],
        ),
    ),
    # 8c: member-body headings inline, no colon, "et" inside the body's name.
    (
        "member-body-headings-inline",
        "PRESENTS : Communauté de Communes Vallée et Plateau Mr DUPONT, Mr MARTIN, Mme DURAND"
        " Métropole Grand Lyon Mr LEGRAND, Mme PETIT" + END,
        (["DUPONT", "MARTIN", "DURAND", "LEGRAND", "PETIT"], [], []),
    ),
    # 8: a flattened table of communes and delegates, every delegate with a civility only.
    (
        "places-between-civility-names",
        "Etaient présents : BEAULON LUSIGNY M. GILLARDIN MM. GAUDARD et BERGER BESSAY sur"
        " ALLIER MERCY Mme MOUSSET M. BRENON et Mme MARIE CHAPEAU MOLINET MM.CLEMENT et LION"
        " M. SABOT COULANGES LE PIN M. BACHELET / DIOU ST GERAND de VAUX MM. MAZOIRE et de la"
        " BUHARAYE / YZEURE /" + END,
        (
            [
                "GILLARDIN",
                "GAUDARD",
                "BERGER",
                "MOUSSET",
                "BRENON",
                "MARIE",
                "CLEMENT",
                "LION",
                "SABOT",
                "BACHELET",
                "MAZOIRE",
                "de la BUHARAYE",
            ],
            [],
            [],
        ),
    ),
    # L4: absent delegates followed by their commune ("de COMMUNE").
    (
        "absent-names-with-their-commune",
        "Présents : M. Jean DUPONT, Mme Marie MARTIN.\nAbsents : M. BENIGAUD de BEAULON,"
        " M. GAYET de CHAPEAU, Mme BOURRACHOT de COULANGES, M. de VERGNETTE et ROUSSEAUX de"
        " GARNAT sur ENGIEVRE" + END,
        (
            ["Jean DUPONT", "Marie MARTIN"],
            [],
            ["BENIGAUD", "GAYET", "BOURRACHOT", "de VERGNETTE", "ROUSSEAUX"],
        ),
    ),
    # 9: names with no separators, the count right after the label.
    (
        "no-separators-given-first",
        "Présents : 15 Jean DUPONT Marie MARTIN Paul DURAND Anne-Sophie LE GALL Jean Claude"
        " PETIT" + END,
        (
            [
                "Jean DUPONT",
                "Marie MARTIN",
                "Paul DURAND",
                "Anne-Sophie LE GALL",
                "Jean Claude PETIT",
            ],
            [],
            [],
        ),
    ),
    (
        "no-separators-family-first",
        "Présents : DUPONT Jean MARTIN Marie DURAND-LEROY Paul LE GALL Anne-Sophie" + END,
        (["DUPONT Jean", "MARTIN Marie", "DURAND-LEROY Paul", "LE GALL Anne-Sophie"], [], []),
    ),
    (
        "absents-and-proxies-no-separators",
        "Présents : Jean DUPONT, Marie MARTIN, Paul DURAND\n"
        "Absents et procurations : 4 Anne LEROY excusée Luc PETIT Pouvoir à Jean DUPONT Sophie"
        " GARNIER pouvoir à Marie MARTIN Henri BLANC excusé" + END,
        (
            ["Jean DUPONT", "Marie MARTIN", "Paul DURAND"],
            [("Luc PETIT", "Jean DUPONT"), ("Sophie GARNIER", "Marie MARTIN")],
            ["Anne LEROY", "Henri BLANC"],
        ),
    ),
    (
        "excused-then-its-proxy",
        "Présents : Jean DUPONT, Marie MARTIN\n"
        "Absents et procurations : Anne LEROY excusée Pouvoir à Jean DUPONT" + END,
        (["Jean DUPONT", "Marie MARTIN"], [("Anne LEROY", "Jean DUPONT")], []),
    ),
    # Family names under plural civilities are names, not places.
    (
        "family-names-under-plural-civilities",
        "Etaient présents : MM. BEAUFILS, CORDIER, PARESY, Mmes GUEDIN, NEHOU, M. HENNETIER"
        " et Mme DUPONT" + END,
        (["BEAUFILS", "CORDIER", "PARESY", "GUEDIN", "NEHOU", "HENNETIER", "DUPONT"], [], []),
    ),
    # 10: proxy phrasings.
    (
        "holder-in-brackets-bare-a",
        "Présents : M. Jean DUPONT, Mme Marie MARTIN.\n"
        "Pouvoirs : Mme LEROY (à M DUPONT), M GARNIER (à Mme MARTIN) ;" + END,
        (["Jean DUPONT", "Marie MARTIN"], [("LEROY", "DUPONT"), ("GARNIER", "MARTIN")], []),
    ),
    (
        "heading-as-a-sentence-pairs-by-dashes",
        "Présents : DUPONT Jean, MARTIN Marie.\n"
        "Ont donné pouvoir écrit de voter en leur nom : LEROY Anne à DUPONT Jean — GARNIER"
        " Paul à MARTIN Marie —" + END,
        (
            ["DUPONT Jean", "MARTIN Marie"],
            [("LEROY Anne", "DUPONT Jean"), ("GARNIER Paul", "MARTIN Marie")],
            [],
        ),
    ),
    (
        "pair-broken-before-its-a",
        "Présents : M. Jean DUPONT, Mme Marie MARTIN.\n"
        "Pouvoirs : Mme LEROY Anne à M. DUPONT Jean, M. GARNIER Paul\nà Mme MARTIN Marie" + END,
        (
            ["Jean DUPONT", "Marie MARTIN"],
            [("LEROY Anne", "DUPONT Jean"), ("GARNIER Paul", "MARTIN Marie")],
            [],
        ),
    ),
    (
        "excused-who-gave-a-proxy-in-brackets",
        "Présents : DUPONT Jean, MARTIN Marie.\n"
        "Excusés : LEROY Anne (donne procuration à DUPONT Jean) ; PETIT Luc" + END,
        (["DUPONT Jean", "MARTIN Marie"], [("LEROY Anne", "DUPONT Jean")], ["PETIT Luc"]),
    ),
    (
        "was-absent-who-gave-a-proxy",
        "Présents : M. Jean DUPONT, Mme Marie MARTIN.\n"
        "Etait absente : Mme LEROY Anne qui a donné procuration à M. DUPONT Jean" + END,
        (["Jean DUPONT", "Marie MARTIN"], [("LEROY Anne", "DUPONT Jean")], []),
    ),
    (
        "pairs-with-civilities-under-absent",
        "Présents : M. Jean DUPONT, Mme Marie MARTIN.\n"
        "Absents : Mme LEROY Anne à Mr DUPONT Jean, M. GARNIER Paul à Mme MARTIN Marie,"
        " M. PETIT Luc" + END,
        (
            ["Jean DUPONT", "Marie MARTIN"],
            [("LEROY Anne", "DUPONT Jean"), ("GARNIER Paul", "MARTIN Marie")],
            ["PETIT Luc"],
        ),
    ),
    # 15: separators — a missing comma after a compound name broken at its hyphen.
    (
        "missing-comma-after-broken-hyphen",
        "Présents : Jean DUPONT- DURAND Marie MARTIN, Paul LEROY" + END,
        (["Jean DUPONT-DURAND", "Marie MARTIN", "Paul LEROY"], [], []),
    ),
    # … and a compound family name spaced around its hyphen, in a list of family names first
    # (SIAEP Condom 2021), or given names first (Flaux: the next member's given name follows).
    (
        "spaced-hyphen-family-first",
        "PRESENTS : Mmes BROCA - LANNAUD Marie - Thérèse, PEROTTO Aline, MM. AUGUSTIN"
        " Philippe, BAUDOUIN Alexandre." + END,
        (
            [
                "BROCA-LANNAUD Marie-Thérèse",
                "PEROTTO Aline",
                "AUGUSTIN Philippe",
                "BAUDOUIN Alexandre",
            ],
            [],
            [],
        ),
    ),
    (
        "spaced-hyphen-given-first",
        "Présents : Paul DURAND - Philippe ROUVIER - COROUGE Philippe VINÇON - Anne LEROY" + END,
        (["Paul DURAND", "Philippe ROUVIER-COROUGE", "Philippe VINÇON", "Anne LEROY"], [], []),
    ),
    (
        "spaced-hyphen-family-first-alone",
        "Présents : M. Jean DUPONT\nABSENTS - EXCUSES : Mme AUGUSTE - MERCADIER Karine." + END,
        (["Jean DUPONT"], [], ["AUGUSTE-MERCADIER Karine"]),
    ),
    # 15: group labels after the names.
    (
        "role-labels-after-groups",
        "Présents : Jean DUPONT, Marie MARTIN, délégué(e)s titulaires Paul DURAND Anne LEROY"
        " délégué(e)s suppléant(e)s." + END,
        (["Jean DUPONT", "Marie MARTIN", "Paul DURAND", "Anne LEROY"], [], []),
    ),
    # 19: "également présents" naming the members when the president is in the opening.
    (
        "also-present-are-the-members",
        "Le conseil municipal s'est réuni sous la présidence de M. Pierre BLANC, Maire.\n"
        "Etaient également présents : M. DUPONT, Mme MARTIN, Maires Adjoints, Mme LEROY,"
        " M. PETIT, Conseillers Municipaux, formant la majorité des membres en exercice.\n"
        "Absent : M. GARNIER" + END,
        (["DUPONT", "MARTIN", "LEROY", "PETIT"], [], ["GARNIER"]),
    ),
    # Headings with no colon in a flattened counts grid, a name right after them.
    (
        "colonless-headings-in-a-counts-grid",
        "Nombre de conseillers En exercice 31 Présents 25 Votants 25 Excusé(e)s S. Cassagne,"
        " L. Bourbon Présent(e)s C. Montin, Président, E. Février, J.-P. Marcenac Secrétaire"
        " de séance : Michel Teyssedou",
        (["C. Montin", "E. Février", "J.-P. Marcenac"], [], ["S. Cassagne", "L. Bourbon"]),
    ),
    # Members with a vote, the first member body's label before the colon (SM Croult 2020).
    (
        "present-with-a-vote-then-a-body-label",
        "Nombre de présents : (48) Dont (48) présent(e)s avec droit de vote formant le quorum"
        " CAPV : Philippe FEUGERE (Andilly), Joëlle POTIER et Pascal TESSÉ (Bouffémont)."
        " CARPF : Tony FIDAN (Arnouville)." + END,
        (["Philippe FEUGERE", "Joëlle POTIER", "Pascal TESSÉ", "Tony FIDAN"], [], []),
    ),
    # Typo headings.
    (
        "typo-heading",
        "Etaients présents : MM. DUPONT, MARTIN, Mme LEROY" + END,
        (["DUPONT", "MARTIN", "LEROY"], [], []),
    ),
    (
        "typo-heading-alone-on-its-line",
        "Etaients présents :\n12 MM. DUPONT, MARTIN, Mme LEROY" + END,
        (["DUPONT", "MARTIN", "LEROY"], [], []),
    ),
    # Staff after the members are not members.
    (
        "staff-after-the-members",
        "Présents : M. Jean DUPONT, Mme Marie MARTIN\nAbsents : M. Paul DURAND\n"
        "Assistaient : M. Luc PETIT, Directeur Général des Services, Mme Anne LEROY" + END,
        (["Jean DUPONT", "Marie MARTIN"], [], ["Paul DURAND"]),
    ),
    (
        "staff-named-in-the-absent-list",
        "Présents : M. Jean DUPONT, Mme Marie MARTIN\n"
        "Absents : M. Paul DURAND, M. Luc PETIT, Directeur Général des Services" + END,
        (["Jean DUPONT", "Marie MARTIN"], [], ["Paul DURAND"]),
    ),
    # A departure during the sitting is no proxy for the whole sitting.
    (
        "departure-with-a-proxy",
        "Présents : M. Jean DUPONT, Mme Marie MARTIN, M. Paul DURAND\n"
        "Pouvoirs : Mme Anne LEROY à M. Jean DUPONT\n"
        "Départ de M. Paul DURAND (procuration à Mme Marie MARTIN) à partir du point 5" + END,
        (["Jean DUPONT", "Marie MARTIN", "Paul DURAND"], [("Anne LEROY", "Jean DUPONT")], []),
    ),
    # Civilities in lower case inside a sentence-like proxy list, a pair broken after its
    # "à monsieur", pairs joined by "et"; the "et" before the last name cut by a line end
    # (Putanges-le-Lac 2023-2024).
    (
        "lower-case-civilities",
        "Présents : MM Jean DUPONT, Marie MARTIN, Paul DURAND et Luc PETIT\n"
        "Absents ayant donné procuration : madame Anne LEROY donne pouvoir à monsieur\n"
        "Jean DUPONT, monsieur Henri BLANC donne pouvoir à madame Marie MARTIN et madame Sophie"
        " GARNIER donne pouvoir à monsieur Paul DURAND\n"
        "Absents excusés : Claire NOIR et\nThierry ROUX" + END,
        (
            ["Jean DUPONT", "Marie MARTIN", "Paul DURAND", "Luc PETIT"],
            [
                ("Anne LEROY", "Jean DUPONT"),
                ("Henri BLANC", "Marie MARTIN"),
                ("Sophie GARNIER", "Paul DURAND"),
            ],
            ["Claire NOIR", "Thierry ROUX"],
        ),
    ),
    # A count's alternative is no member: "présents : 22 ou 21".
    (
        "count-with-an-alternative",
        "Nombre de conseillers présents : 22 ou 21\nQuorum : 17\n"
        "Présents : Jean DUPONT, Marie MARTIN" + END,
        (["Jean DUPONT", "Marie MARTIN"], [], []),
    ),
    # 17: a margin block flattened into the lists.
    (
        "margin-date-and-count-label-in-the-list",
        "Présents : Jean DUPONT, Marie MARTIN, 12/03/2024 Paul DURAND, Anne LEROY Nombre de"
        " conseillers : Excusés : Luc PETIT" + END,
        (["Jean DUPONT", "Marie MARTIN", "Paul DURAND", "Anne LEROY"], [], ["Luc PETIT"]),
    ),
    (
        "margin-sentence-inside-a-proxy-pair",
        "Présents : Jean DUPONT, Marie MARTIN\n"
        "Pouvoirs : Anne LEROY à Jean Conseil Municipal peut | DUPONT, Luc PETIT à le quorum"
        " étant Marie MARTIN" + END,
        (
            ["Jean DUPONT", "Marie MARTIN"],
            [("Anne LEROY", "Jean DUPONT"), ("Luc PETIT", "Marie MARTIN")],
            [],
        ),
    ),
    (
        "holder-run-on-into-a-singular-heading",
        "Présents : M. Jean DUPONT, Mme Marie MARTIN\n"
        "Pouvoirs : M. Luc PETIT à M. Jean DUPONT, Etait absente : Mme Anne LEROY" + END,
        (["Jean DUPONT", "Marie MARTIN"], [("Luc PETIT", "Jean DUPONT")], ["Anne LEROY"]),
    ),
    # L4: list items run on into the next label.
    (
        "run-on-into-an-unknown-heading",
        "Présents : DUPONT J., MARTIN M. Absents ayant donné mandat de vote : LEROY A. à"
        " DUPONT J." + END,
        (["DUPONT J", "MARTIN M"], [("LEROY A", "DUPONT J")], []),
    ),
]


@pytest.mark.parametrize(("form", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_attendance_forms(form: str, text: str, expected: Expected) -> None:
    present, proxies, absent = expected
    att = parse_attendance(text)
    assert [p.name for p in att.present] == present
    assert [(p.grantor.name, p.holder.name) for p in att.proxies] == proxies
    assert [a.person.name for a in att.absent] == absent


# L4: junk run on at the end of a name.
NAMES: list[tuple[str, str, str | None]] = [
    ("a sentence's article", "M. Jean DE LA FONTAINE Le", "Jean DE LA FONTAINE"),
    ("the next heading's verb", "Mme MARTIN Marie, Etait", "MARTIN Marie"),
    ("the next label after an initial", "DUPONT J. Absents ayant donné mandat de", "DUPONT J"),
    ("a count's label cut by the next heading", "Nombre de", None),
    ("a mixed-case family name kept", "Adeline Texeira", "Adeline Texeira"),
]


@pytest.mark.parametrize(("case", "text", "name"), NAMES, ids=[n[0] for n in NAMES])
def test_junk_after_a_name(case: str, text: str, name: str | None) -> None:
    person = parse_person(text)
    assert (person.name if person else None) == name


# The names of a run with no separators, cut by the order its list uses.
RUNS = [
    ("Jean DUPONT Marie MARTIN", ["Jean DUPONT", "Marie MARTIN"]),
    ("DUPONT Jean MARTIN Marie", ["DUPONT Jean", "MARTIN Marie"]),
    # the order of the list decides a run that reads both ways
    ("DUPONT Jean, MARTIN Marie DURAND Paul LEROY", ["DUPONT Jean", "MARTIN Marie", "DURAND Paul", "LEROY"]),
    ("Jean DUPONT, Marie MARTIN Paul DURAND Anne", ["Jean DUPONT", "Marie MARTIN", "Paul DURAND", "Anne"]),
    # a role word is no given name: it separates the names around it
    ("Jean DUPONT Maire Marie MARTIN", ["Jean DUPONT", "Marie MARTIN"]),
    ("M. DUPONT Président Mme Marie MARTIN", ["DUPONT", "Marie MARTIN"]),
    ("Jean DUPONT Maire de Trets", ["Jean DUPONT"]),
    # one person with a compound given name stays one
    ("Jean Pierre DUPONT", ["Jean Pierre DUPONT"]),
    ("Marie-Christine DUPONT épouse MARTIN", ["Marie-Christine DUPONT épouse MARTIN"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), RUNS)
def test_runs_without_separators(text: str, names: list[str]) -> None:
    assert [p.name for p in parse_people(text)] == names
