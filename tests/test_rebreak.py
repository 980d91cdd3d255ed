"""A page flattened onto one line gets its lines back (MISREADINGS 7): where, and what it keeps."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from delib_parse import api
from delib_parse.normalise import normalise_lines, normalise_text
from delib_parse.sources import from_text
from delib_parse.vocab.rebreak import LONG_LINE

# Long enough to be a flattened page (vocab.rebreak.LONG_LINE).
_LISTS = (
    "Présents : M. Paul ALPHA, Mme Anne BETA, M. Marc GAMMA, Mme Lise DELTA, M. Luc EPSILON, "
    "Mme Rose ZETA, M. Jean ETA, Mme Claire THETA, M. Hugo IOTA, Mme Jeanne KAPPA. Pouvoirs : "
    "Mme Léa LAMBDA à M. Paul ALPHA, M. Noé MU à Mme Anne BETA. Absents excusés : M. Yves NU, "
    "Mme Eve XI et M. Guy OMICRON. Secrétaire de séance : Mme Anne BETA. "
)


def _lines(raw: str) -> list[str]:
    return normalise_text(raw).split("\n")


@pytest.mark.parametrize(
    ("tail", "heading", "title"),
    [
        (
            "1. Nomination d'un secrétaire de séance Conformément à l'article L. 2121-15 du code",
            "1. Nomination d'un secrétaire de séance",
            "Conformément à l'article L. 2121-15 du code",
        ),
        (
            "1)Approbation des comptes de gestion 2014 : Considérant que le conseil doit",
            "1)Approbation des comptes de gestion 2014 :",
            "Considérant que le conseil doit",
        ),
        (
            "Objet : INSTALLATION DU CONSEIL Rapporteur : M. Paul ALPHA, Président",
            "Objet : INSTALLATION DU CONSEIL",
            "Rapporteur : M. Paul ALPHA, Président",
        ),
        (
            "2 - Composition des commissions municipales Suite à l'installation de M. X",
            "2 - Composition des commissions municipales",
            "Suite à l'installation de M. X",
        ),
    ],
)
def test_a_numbered_heading_after_the_lists_starts_a_line_and_its_body_another(
    tail: str, heading: str, title: str
) -> None:
    lines = _lines(_LISTS + tail)
    assert lines[-2:] == [heading, title]


def test_a_rubric_in_capitals_after_a_count_and_its_first_heading() -> None:
    raw = (
        _LISTS + "Votants : 11 I - ADMINISTRATION GENERALE 1 - Tarifs de la cantine Le Maire expose"
    )
    assert _lines(raw)[-3:] == [
        "I - ADMINISTRATION GENERALE",
        "1 - Tarifs de la cantine",
        "Le Maire expose",
    ]


@pytest.mark.parametrize(
    "tail",
    [
        # a numbered list of people: "18. 19. NOM Prénom" ends on a number, "2. NOM Prénom" is a person
        "Liste : 17. ALPHA Paul 18. 19. BETA Anne GAMMA Marc",
        "Conseillers. 2. DUPONT Jean 3. DURAND Marie",
        # one heading, not a rubric and its number
        "Ordre du jour adopté. POINT 1 - Installation des conseillers",
        "1° Objet : Installation des conseillers",
        # a sentence that opens like a body is no title before a body ("Après avoir …")
        "Après avoir excusé Madame le Maire, il accueille les participants",
        # an amount and a date are no headings
        "Le montant est de 1.500 euros au 12.03.2014 selon le devis",
    ],
)
def test_what_is_no_heading_stays_on_its_line(tail: str) -> None:
    # long enough to be rebroken: the lists' labels start lines, the tail stays whole
    raw = _LISTS + "Le quorum est atteint et la séance est ouverte à vingt heures. " + tail
    assert len(raw) >= LONG_LINE
    # (a sentence's end starts a line: "Ordre du jour adopté." / "POINT 1 - Installation …")
    last = tail.split("adopté. ")[-1]
    assert _lines(raw)[-1] == last


def test_a_short_line_is_left_as_its_author_laid_it_out() -> None:
    raw = "Secrétaire : Mme X. 1. Nomination d'un secrétaire Conformément à la loi"
    assert _lines(raw) == [raw]


def test_each_new_line_keeps_its_source_location() -> None:
    raw = (
        "EXTRAIT\n"
        + _LISTS
        + "1. Tarifs de la cantine scolaire Le Maire expose le dossier au conseil"
    )
    nt = normalise_lines(from_text(raw).lines())
    assert "\n1. Tarifs de la cantine scolaire\nLe Maire expose" in nt.text
    at = nt.text.index("1. Tarifs")
    assert (nt.locate(at).line, nt.locate(at + 12).line, nt.locate(0).line) == (2, 2, 1)
    # a space became the break: every offset is where it was
    assert nt.text.replace("\n", " ") == raw.replace("\n", " ")


_PIECES = st.sampled_from(
    [
        "M. Paul ALPHA, ",
        "Mme Anne BETA. ",
        "1. Nomination des délégués ",
        "2 - Tarifs ",
        "I - FINANCES LOCALES ",
        "Conformément à la loi, ",
        "Le Conseil décide ",
        "18. 19. ",
        "ADMINISTRATION GENERALE ",
        "Suite à la demande ",
        "à l'unanimité. ",
        "11 ",
        ": ",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, min_size=20, max_size=80).map("".join))
def test_rebreaking_only_turns_spaces_into_breaks_and_is_idempotent(raw: str) -> None:
    once = normalise_text(raw)
    assert once.replace("\n", " ") == normalise_text(raw.replace("\n", " ")).replace("\n", " ")
    assert normalise_text(once) == once
    assert len(once) == len(raw.strip())


def test_a_flattened_extract_reads_its_subject() -> None:
    raw = (
        "COMMUNE DE X Séance du 6 mars 2014 L'an deux mille quatorze, le six mars, le Conseil "
        "municipal s'est réuni sous la présidence de M. Paul ALPHA, Maire. "
        + _LISTS
        + "1. Nomination d'un secrétaire de séance Conformément à l'article L. 2121-15 du code, "
        "Mme Anne BETA est désignée secrétaire de séance à l'unanimité."
    )
    doc = api.parse_text(raw)
    assert [d.subject.title for d in doc.deliberations] == ["Nomination d'un secrétaire de séance"]


_FLATTENED = Path(__file__).parent / "data" / "flattened"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # "Délibération n°… :" after a sentence's end (synthetic minutes, names made up)
        (
            "pv5flat.txt",
            [
                ("2024-031", "Approbation du procès-verbal de la séance du 4 avril 2024"),
                ("2024-032", "Compte financier unique 2023"),
                ("2024-033", "Création d'un emploi permanent d'agent de maîtrise"),
                ("2024-034", "Garantie d'emprunt à l'OPH"),
            ],
        ),
        # "1°)" headings after an amount's sentence and after a tally's count
        (
            "pv3flat.txt",
            [
                (None, "Vente d'un terrain communal"),
                (None, "Travaux de voirie : choix de l'entreprise"),
                (None, "Indemnités du receveur"),
            ],
        ),
    ],
)
def test_flattened_minutes_read_their_items(
    name: str, expected: list[tuple[str | None, str]]
) -> None:
    doc = api.parse_text((_FLATTENED / name).read_text())
    assert [(d.number, d.subject.title) for d in doc.deliberations if d.vote] == expected


@pytest.mark.xfail(
    strict=True,
    reason="titles in capitals with 'VOTE : …' mid-line: the last item is lost and a count label is read as a present name",
)
def test_flattened_minutes_with_titles_in_capitals() -> None:
    doc = api.parse_text((_FLATTENED / "pv4flat.txt").read_text())
    assert len(doc.deliberations) == 5
    assert not any(f.code == "C001" for d in doc.deliberations for f in d.findings)
