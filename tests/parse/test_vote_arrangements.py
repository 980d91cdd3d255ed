"""The arrangements a tally takes in real documents (STYLE.md habit 7), one row a form.

"misreadings" = a general form of ../shared/MISREADINGS.md (paraphrased, placeholders for
names); "corpus-pdf" = a phrasing of the PDFs of ../shared/corpus/pdf (the development split);
"probe" = a variant written to check that the form, not one string, is read; "caught" = a
false reading found while writing these. Known failures are strict xfail rows.
"""

from __future__ import annotations

from typing import Any

import pytest

from delib_parse.parse.votes import parse_vote

FIELDS = ("yes", "no", "abstain", "not_voting", "unanimous")


def _row(origin: str, text: str, expected: dict[str, Any], xfail: str | None = None) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(origin, text, expected, marks=marks, id=f"{origin}:{text[:50]}")


# 1. Label and number without a colon, one tally a line or several on one line; "/", "-",
# "néant" after a label for none.
LABEL_THEN_NUMBER = [
    _row(
        "corpus-pdf",
        "Après en avoir délibéré,\nPOUR 21\nCONTRE 0\nABSTENTION 0\nAPPROUVE la convention",
        {"yes": 21, "no": 0, "abstain": 0, "unanimous": None},
    ),
    _row(
        "corpus-pdf",
        "POUR 16\nCONTRE 0\nABSTENTION 5 (Florence ALLAIS ; Laurent DELAHAYE ; Bertrand DUBOIS ;\n"
        "Virginie FAVREAU ; Norbert GARCIA)\nCLOTURE l'AP-CP",
        {"yes": 16, "no": 0, "abstain": 5, "abstain_names": 5, "unanimous": False},
    ),
    _row(
        "misreadings",
        "DÉLIBÉRATION APPROUVÉE : Pour 86 / Contre 0 Abstentions 5 /",
        {"yes": 86, "no": 0, "abstain": 5, "unanimous": False},
    ),
    _row("probe", "Pour 12 - Contre 2 - Abstention 1", {"yes": 12, "no": 2, "abstain": 1}),
    # A label whose count came before it, then the names elected on the next line.
    _row(
        "corpus-pdf",
        "Ont été désignés par 15 voix pour et 4 voix contre :\n2 titulaires : Mme NOM et M. NOM",
        {"yes": 15, "no": 4, "unanimous": False},
    ),
    _row("caught", "Votants : 19 Voix pour : 15 Voix contre : 4", {"yes": 15, "no": 4}),
    _row("probe", "Pour : 12\nContre :\n2\nAbstention : 1", {"yes": 12, "no": 2, "abstain": 1}),
    _row("probe", "VOTE : Pour 15, Contre 0, Abstentions 0", {"yes": 15, "no": 0, "abstain": 0}),
    _row("probe", "POUR\n18\nCONTRE\n1\nABSTENTION\n0", {"yes": 18, "no": 1, "abstain": 0}),
    _row(
        "misreadings",
        "ONT VOTE POUR : 14 ONT VOTE CONTRE : / SE SONT ABSTENUS : /",
        {"yes": 14, "no": 0, "abstain": 0, "unanimous": None},
    ),
    _row("probe", "Pour : 12\nContre : -\nAbstention : néant", {"yes": 12, "no": 0, "abstain": 0}),
    _row("probe", "Pour : 9 – Contre : néant – Abstentions : 2", {"yes": 9, "no": 0, "abstain": 2}),
    _row("probe", "Contre : une (Mme NOM)\nPour : 18", {"yes": 18, "no": 1, "no_names": 1}),
    _row("probe", "Pour : 12 ; Contre : – ; Abstention : 1", {"yes": 12, "no": 0, "abstain": 1}),
    # A dash before names is a bullet, not an empty cell.
    _row("probe", "Pour : 12\nContre : - M. NOM\n", {"yes": 12, "no": 1, "no_names": 1}),
    # A flattened table: the labels in a column, then the counts in the same order.
    _row(
        "corpus-pdf",
        "POUR\nCONTRE\nABSTENTION\n19\n1 (Prénom NOM)\n1 (Prénom NOM)\nAUTORISE le Maire",
        {"yes": 19, "no": 1, "abstain": 1, "no_names": 1, "unanimous": False},
    ),
    _row(
        "misreadings",
        "NOMBRE DE CONSEILLERS : En exercice 91 / Présents 77 / Nombre de pouvoirs 14 Votants 86 "
        "/ DÉLIBÉRATION APPROUVÉE : Pour 86 / Contre 0 Abstentions 5 / Conseillers présents :",
        {"yes": 86, "no": 0, "abstain": 5},
    ),
    _row("probe", "Votants 19 Pour 19 Contre 0 Abstention 0", {"yes": 19, "no": 0, "abstain": 0}),
    _row("probe", "Votants : 19\nPour 19\nContre 0", {"yes": 19, "no": 0}),
    _row("probe", "Pour : 12 Contre 3 Abstention 0", {"yes": 12, "no": 3, "abstain": 0}),
    # The count before its label stays number-first: a bare label after a count is not one.
    _row(
        "probe",
        "Vote : 15 Pour 0 Contre 0 Abstention",
        {"yes": 15, "no": 0, "abstain": 0, "unanimous": None},
    ),
    _row(
        "probe",
        "2 Contre 3 Abstentions 6 votes pour",
        {"yes": 6, "no": 2, "abstain": 3},
    ),
    _row(
        "caught",
        "2 contre 3 absentions 6 votes pour",
        {"yes": 6, "no": 2, "abstain": 3, "unanimous": False},
    ),
]

# 2. Minority counts in words, unanimity less some, a majority with its minority.
IN_WORDS = [
    _row(
        "misreadings",
        "Le CFU est validé par 11 voix pour, une abstention et une contre.",
        {"yes": 11, "no": 1, "abstain": 1, "unanimous": False},
    ),
    _row(
        "misreadings",
        "… par 12 voix pour et un contre.",
        {"yes": 12, "no": 1, "abstain": None, "unanimous": False},
    ),
    _row(
        "misreadings",
        "➢ … du budget annexe par 9 voix pour et une, contre.",
        {"yes": 9, "no": 1, "unanimous": False},
    ),
    _row(
        "misreadings",
        "Affectation des résultats : par 12 voix pour et une abstention",
        {"yes": 12, "abstain": 1, "unanimous": False},
    ),
    # Abstentions are no suffrages exprimés: the votes cast were unanimous.
    _row(
        "probe",
        "Adopté à l'unanimité moins deux abstentions.",
        {"abstain": 2, "no": None, "unanimous": True, "unanimous_of_expressed": True},
    ),
    _row(
        "probe",
        "Adopté à l'unanimité moins trois voix contre.",
        {"no": 3, "unanimous": False},
    ),
    _row(
        "corpus-pdf",
        "4°) arrête les résultats définitifs tels que résumés ci-dessus, qui sont approuvés "
        "par 14 voix pour et\n4 abstentions pour le compte administratif de la commune",
        {"yes": 14, "abstain": 4, "unanimous": False},
    ),
    _row("misreadings", "Majorité (2 contre)", {"no": 2, "unanimous": False}),
    _row(
        "misreadings",
        "Le conseil accepte à la majorité avec une abstention (Mme NOM).",
        {"abstain": 1, "abstain_names": 1, "unanimous": False},
    ),
    _row(
        "probe",
        "Adopté à la majorité des suffrages exprimés.",
        {"yes": None, "unanimous": False, "outcome": "adopted"},
    ),
    _row(
        "corpus-pdf",
        "Ont été désignés par 15 voix pour et 4 voix contre :",
        {"yes": 15, "no": 4, "unanimous": False},
    ),
    _row("probe", "15 voix pour, 4 contre", {"yes": 15, "no": 4, "unanimous": False}),
    # "N voix contre M": N for, M against.
    _row("probe", "La motion est adoptée par 15 voix contre 4.", {"yes": 15, "no": 4}),
    _row(
        "probe",
        "adopté par 15 voix contre 4 et 2 abstentions",
        {"yes": 15, "no": 4, "abstain": 2, "unanimous": False},
    ),
    _row("probe", "par 12 voix contre une", {"yes": 12, "no": 1}),
    _row("probe", "3 voix contre, 12 voix pour", {"yes": 12, "no": 3}),
    _row("probe", "1 voix contre, 2 abstentions, 14 voix pour", {"yes": 14, "no": 1, "abstain": 2}),
    _row("probe", "Adopté à l'unanimité moins une voix.", {"no": 1, "unanimous": False}),
    _row(
        "corpus-pdf",
        "Après en avoir délibéré, décide par 18 voix pour et une abstention (M. NOM Prénom) :",
        {"yes": 18, "abstain": 1, "abstain_names": 1},
    ),
    _row(
        "probe",
        "par dix-sept voix pour, deux contre et onze abstentions",
        {"yes": 17, "no": 2, "abstain": 11},
    ),
    _row("probe", "par vingt voix pour et dix-neuf contre", {"yes": 20, "no": 19}),
    _row(
        "probe",
        "par seize (16) voix pour et deux (2) abstentions",
        {"yes": 16, "abstain": 2, "unanimous": False},
    ),
    _row("probe", "par 16 (seize) voix pour et 1 (une) voix contre", {"yes": 16, "no": 1}),
    _row(
        "probe",
        "Pour : seize (16)\nContre : deux (2)\nAbstention : 0",
        {"yes": 16, "no": 2, "abstain": 0, "no_names": 0},
    ),
    _row(
        "corpus-pdf",
        "Après en avoir délibéré, le Conseil Municipal, à l'unanimité et deux abstentions, des "
        "Membres présents",
        {"abstain": 2, "unanimous": True},
    ),
    _row(
        "corpus-pdf",
        "Après en avoir délibéré, le Conseil Municipal, à l'unanimité et une abstention des "
        "Membres\nprésents :",
        {"abstain": 1, "unanimous": True},
    ),
    _row(
        "corpus-pdf",
        "le Conseil municipal, à l'unanimité et 3 abstentions des Membres présents\n:",
        {"abstain": 3, "unanimous": True},
    ),
    _row(
        "corpus-pdf",
        "A L'UNANIMITE des votants (31 voix), 8 abstentions (groupe NOM et Mme NOM)",
        {"yes": 31, "abstain": 8, "unanimous": True},
    ),
    _row("probe", "Adopté à l'unanimité (15 voix).", {"yes": 15, "unanimous": True}),
    _row(
        "probe",
        "à l'unanimité des suffrages exprimés (3 abstentions : M. NOM, Mme NOM, M. NOM)",
        {"abstain": 3, "unanimous": True, "unanimous_of_expressed": True},
    ),
]

# 3-4, 6. Unanimity, wherever the clause stands.
UNANIMITY = [
    _row(
        "misreadings",
        "Le Conseil Municipal, après en avoir délibéré, à l'unanimité, décide de fixer …",
        {"unanimous": True, "no": None},
    ),
    _row(
        "misreadings",
        "Après en avoir délibéré et à l'unanimité des membres présents et représentés, le "
        "Conseil Municipal décide :",
        {"unanimous": True},
    ),
    _row(
        "corpus-pdf",
        "Le Conseil Municipal, après en avoir délibéré, et à l'unanimité, déclare que les comptes",
        {"unanimous": True},
    ),
    _row(
        "corpus-pdf",
        "Après en avoir délibéré, le Conseil municipal, à l'unanimité des Membres présents :",
        {"unanimous": True},
    ),
    _row("probe", "Approuvé par l'unanimité des membres présents.", {"unanimous": True}),
    _row("probe", "Unanimité des membres présents", {"unanimous": True}),
    _row("probe", "La proposition est adoptée unanimement.", {"unanimous": True}),
    _row("probe", "Vote à main levée : unanimité", {"unanimous": True}),
    _row("probe", "Résultat du vote : Unanimité", {"unanimous": True}),
    _row("probe", "Adopté : unanimité", {"unanimous": True}),
    _row("probe", "POUR : unanimité", {"unanimous": True, "yes": None}),
    _row("probe", "à l’unanimité (apostrophe typographique)", {"unanimous": True}),
    # Unanimity wording wins over counted abstentions (V003 reports the "à l'unanimité" ones).
    _row(
        "probe",
        "A L'UNANIMITE des votants (31 voix), 8 abstentions",
        {"abstain": 8, "unanimous": True},
    ),
]

# 5. A vote per candidate, and elections.
CANDIDATES = [
    _row(
        "corpus-pdf",
        "constatant que les projets ont recueilli les voix suivantes :\n"
        "o Mme NOM, projet A\no Mme NOM, projet B\no Mme NOM, projet C\no M. NOM, projet D\n"
        "19 VOIX\n1 VOIX\n1 VOIX\n0 VOIX\nDECIDE de retenir le projet A",
        {"yes": 19, "no": None, "abstain": None, "unanimous": None, "candidates": 4},
    ),
    _row(
        "probe",
        "M. Prénom NOM a obtenu 23 voix et est élu.",
        {"yes": 23, "no": None, "unanimous": None, "candidates": 1},
    ),
    _row(
        "corpus-pdf",
        "Après dépouillement, les résultats sont les suivants :\n-nombre de bulletins : 23\n"
        "-bulletins blancs ou nuls : 0\n-Suffrages exprimés : 23\nÀ obtenu :\n"
        "- Liste « Agir pour X Ensemble » : 23 voix\nM. le Maire proclame les résultats",
        {"yes": 23, "candidates": 1},
    ),
    _row(
        "probe",
        "Liste A : 15 voix\nListe B : 4 voix\nEst élue à la majorité absolue la liste A",
        {"yes": 15, "no": None, "unanimous": None, "candidates": 2},
    ),
]

# Who takes no part, said in a sentence: names joined by "," and "et", an apposition or a
# departure between the names and the verb, the one presiding by function (counted; the
# builder names them from the header).
NOT_VOTING = [
    _row(
        "misreadings",
        "M. Jean DUPONT et Mme Anne MARTIN ne prenant pas part au vote, le conseil adopte à "
        "l'unanimité.",
        {"not_voting": 2, "not_voting_names": 2, "unanimous": True},
    ),
    _row(
        "probe",
        "M. DUPONT, M. DURAND et Mme MARTIN ne prennent pas part au vote.\nPour : 12",
        {"yes": 12, "not_voting": 3, "not_voting_names": 3},
    ),
    _row(
        "probe",
        "MM. DUPONT et DURAND n'ont pas pris part au vote.\nPour : 12",
        {"yes": 12, "not_voting": 2, "not_voting_names": 2},
    ),
    _row(
        "probe",
        "Monsieur BERNARD, intéressé à l'affaire, ne prend pas part au vote. Adopté à l'unanimité.",
        {"not_voting": 1, "not_voting_names": 1, "unanimous": True},
    ),
    _row(
        "probe",
        "M. BERNARD quitte la salle et ne prend pas part au vote.\nPour : 12",
        {"yes": 12, "not_voting": 1, "not_voting_names": 1},
    ),
    _row(
        "caught",
        "Ensuite, M. BERNARD ne prend pas part au vote.\nPour : 12",
        {"not_voting": 1, "not_voting_names": 1},
    ),
    _row(
        "misreadings",
        "VOTE : Pour 14, Contre 0, Abstention 0 (le Président ne prend pas part au vote)",
        {"yes": 14, "no": 0, "abstain": 0, "not_voting": 1, "not_voting_names": 0},
    ),
    _row(
        "caught",
        "Le Maire ne prend pas part au vote.\nPour : 14\nContre : 0",
        {"yes": 14, "not_voting": 1, "not_voting_names": 0},
    ),
    _row(
        "probe",
        "Madame la Maire ne participe pas au vote. Adopté à l'unanimité.",
        {"not_voting": 1, "unanimous": True},
    ),
]

# Known failures: forms seen but not yet read.
KNOWN_FAILURES = [
    _row(
        "corpus-pdf",
        "La majorité moins une voix (NOM) du conseil municipal étant favorable à ce mode de "
        "scrutin,",
        {"no": 1, "unanimous": False},
        xfail="'majorité moins une voix' (a show of hands on the mode of ballot) is not read",
    ),
    _row(
        "probe",
        "adopté par 12 voix pour, trente contre",
        {"yes": 12, "no": 30},
    ),
]

ROWS = LABEL_THEN_NUMBER + IN_WORDS + UNANIMITY + CANDIDATES + NOT_VOTING + KNOWN_FAILURES


@pytest.mark.parametrize(("origin", "text", "expected"), ROWS)
def test_vote_arrangement(origin: str, text: str, expected: dict[str, Any]) -> None:
    vote = parse_vote(text).vote
    assert vote is not None
    got = {
        k: (
            len(getattr(vote, k)) if k.endswith("_names") or k == "candidates" else getattr(vote, k)
        )
        for k in expected
    }
    assert got == expected


# What must not be read as a tally.
NOT_TALLIES = [
    _row("corpus-pdf", "Pour 2019, ce seuil est fixé à 15 000 €.", {}),
    _row("corpus-pdf", "Pour 2019-2020, le coût de fonctionnement par élève est le suivant :", {}),
    _row("probe", "Pour : un montant de 300 € par élève", {}),
    _row("probe", "Pour 3 ans à compter du 1er janvier", {}),
    _row("probe", "Contre 1 000 € l'an dernier", {}),
    _row("corpus-pdf", "19 VOIX\n1 VOIX\n1 VOIX\n0 VOIX", {}),
    _row("probe", "La commune accepte une abstention de principe sur ce dossier", {}),
    _row(
        "probe",
        "Pour mémoire : 12 voix d'écart au dernier scrutin",
        {},
        xfail="'Pour <object> : N voix' (a vote naming its object) reads any 'Pour … :' label",
    ),
]


@pytest.mark.parametrize(("origin", "text", "expected"), NOT_TALLIES)
def test_not_a_tally(origin: str, text: str, expected: dict[str, Any]) -> None:
    vote = parse_vote(text).vote
    assert vote is None or (vote.yes, vote.no, vote.abstain) == (None, None, None)


# A quorum or an election's rule is no split vote.
NOT_SPLIT = [
    _row("probe", "la majorité des membres en exercice étant présente, décide à l'unanimité", {}),
    _row("probe", "approuve le transfert, adopté à la majorité qualifiée des communes", {}),
]


@pytest.mark.parametrize(("origin", "text", "expected"), NOT_SPLIT)
def test_majority_of_a_rule_is_not_a_split_vote(
    origin: str, text: str, expected: dict[str, Any]
) -> None:
    vote = parse_vote(text).vote
    assert vote is None or vote.unanimous is not False


def test_the_chair_who_takes_no_part_is_named_from_the_header() -> None:
    from delib_parse.api import parse_text

    doc = parse_text(
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
        "Séance du 3 mars 2022\n"
        "Président : M. Jean DUPONT\n"
        "Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul DURAND\n"
        "Objet : Subvention à l'association des amis de la lecture\n"
        "Le conseil municipal, après en avoir délibéré, décide d'attribuer la subvention.\n"
        "Adopté à l'unanimité (le Président ne prend pas part au vote).\n"
    )
    (d,) = doc.deliberations
    assert d.vote is not None and d.vote.not_voting == 1
    assert [p.family_name for p in d.vote.not_voting_names] == ["DUPONT"]
