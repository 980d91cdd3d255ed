"""Minutes written as prose, as a municipal web page summarises a sitting (MISREADINGS 7): each
paragraph runs on one long line, each sentence that states a decision is a vote, and its
matter is named before a colon ("Budget annexe de l'eau : … adopté par …") or is the
sentence's subject ("Le procès-verbal … a été approuvé à l'unanimité."). Fictional text."""

from __future__ import annotations

import pytest

from delib_parse import parse_text
from delib_parse.normalise import normalise_text

PAGE = (
    "Accueil › Vie locale › Conseil municipal › Séances\n"
    "Séance du 12 mars 2025 : tarifs et travaux\n"
    "Publié le 14 mars 2025 | Rubrique : Vie municipale\n"
    "Le conseil municipal de Bois-Lanval s'est réuni le mercredi 12 mars 2025 à 19 h en mairie, "
    "sous la présidence de la maire, Hélène CORBIN. Sur les 15 conseillers en exercice, 13 "
    "étaient présents et 2 avaient donné pouvoir, soit 15 votants. Marc TESSIER a été désigné "
    "secrétaire de séance. Le procès-verbal de la séance du 5 février a été approuvé à "
    "l'unanimité. Le rapport des décisions prises par délégation établi par les services a "
    "ensuite été approuvé à l'unanimité. Budget annexe de l'eau : la surtaxe communale reste "
    "fixée à 0,45 € le mètre cube, et le budget, qui s'équilibre à 210 000 €, a été adopté par "
    "12 voix pour et 3 voix contre.\n"
    "Travaux de voirie : le programme 2025 porte sur la rue des Tanneurs et le chemin de la "
    "Source, pour 180 000 € ; les conseillers de l'opposition ont demandé un calendrier plus "
    "précis. Le programme de voirie a été adopté par 13 voix pour et 2 abstentions. "
    "Adhésion au groupement de commandes pour l'énergie : approuvée à l'unanimité. La séance a "
    "été levée à 21 h 10.\n"
    "Partager : Facebook | X | Imprimer\n"
)


def _deliberations() -> list[tuple[str, object, object, object, object]]:
    doc = parse_text(PAGE)
    out = []
    for d in doc.deliberations:
        v = d.vote
        out.append(
            (
                d.subject.title or "",
                v and v.yes,
                v and v.no,
                v and v.abstain,
                v and v.unanimous,
            )
        )
    return out


def test_each_decision_sentence_is_a_vote_with_its_matter() -> None:
    assert _deliberations() == [
        ("Le procès-verbal de la séance du 5 février", None, None, None, True),
        ("Le rapport des décisions prises par délégation", None, None, None, True),
        ("Budget annexe de l'eau", 12, 3, None, False),
        ("Travaux de voirie", 13, None, 2, False),
        ("Adhésion au groupement de commandes pour l'énergie", None, None, None, True),
    ]


def test_the_opening_in_sentences_stays_the_sittings() -> None:
    d = parse_text(PAGE).deliberations[0]
    assert str(d.sitting.date) == "2025-03-12"
    assert d.counts.in_office == 15
    assert d.sitting.president is not None and d.sitting.president.family_name == "CORBIN"


@pytest.mark.parametrize(
    ("sentence", "breaks"),
    [
        # a sentence's end starts a line in a long paragraph
        ("Le budget a été adopté. Le compte a été approuvé.", True),
        # an abbreviated civility does not end a sentence
        ("Étaient présents : MM. Paul ALPHA et Luc BETA.", False),
        ("Mmes. Anne GAMMA et Lise DELTA, absentes.", False),
    ],
)
def test_long_paragraphs_break_at_sentence_ends_only(sentence: str, breaks: bool) -> None:
    filler = "Le conseil a entendu le rapport de la commission des finances sur ce point, " * 6
    line = filler.rstrip(", ") + ". " + sentence
    lines = normalise_text(line).split("\n")
    assert any(ln.startswith(sentence.split(".")[0].split()[0]) for ln in lines[1:]) or not breaks
    if not breaks:
        assert lines[-1].endswith(sentence) or sentence in " ".join(lines)
        assert not any(ln.startswith(("Paul", "Anne")) for ln in lines)
