"""Parsed values carry where they were read as typed records (parse/spans.py)."""

from __future__ import annotations

import pytest

from delib_parse.api import parse_text
from delib_parse.parse.counts import parse_counts
from delib_parse.parse.header import parse_header
from delib_parse.parse.spans import CountSpans, HeaderSpans, VoteSpans
from delib_parse.parse.votes import parse_vote


def test_a_field_the_record_does_not_declare_is_refused() -> None:
    spans = VoteSpans()
    with pytest.raises(KeyError, match="VoteSpans has no field 'pour'"):
        spans.set("pour", 3)
    with pytest.raises(KeyError):
        spans.get("in_office")


def test_setdefault_keeps_the_first_reading_and_items_follow_the_declaration() -> None:
    spans = HeaderSpans()
    spans.setdefault("secretary", 40)
    spans.setdefault("secretary", 90)
    spans.set("date", 12)
    assert list(spans.items()) == [("date", 12), ("secretary", 40)]
    assert spans.first() == 12
    assert CountSpans().first() is None


TEXT = (
    "Séance du 3 mars 2022\n"
    "Président : M. Jean DUPONT\n"
    "Secrétaire de séance : Mme Anne MARTIN\n"
    "Membres en exercice : 19\n"
    "Présents : 15\n"
)


def test_each_header_and_count_offset_points_at_its_value() -> None:
    base = 1000
    header = parse_header(TEXT, base)
    # the date's place is its clause ("Séance du 3 mars 2022"), on its line
    assert header.at.date is not None
    assert "3 mars 2022" in TEXT[header.at.date - base :].split("\n")[0]
    assert header.at.president is not None
    assert "DUPONT" in TEXT[header.at.president - base :].split("\n")[0]
    assert header.at.secretary is not None
    assert "MARTIN" in TEXT[header.at.secretary - base :].split("\n")[0]
    values, at, _ = parse_counts(TEXT, base)
    assert values["in_office"] == 19 and at.in_office is not None
    assert TEXT[at.in_office - base :].startswith("19")
    assert at.present is not None and TEXT[at.present - base :].startswith("15")


def test_vote_offsets_point_at_their_tally() -> None:
    text = "Après en avoir délibéré,\nPour : 12\nContre : 2\nAbstention : 1\n"
    result = parse_vote(text, 50)
    assert result.vote is not None and result.vote.yes == 12
    assert result.at.yes is not None and text[result.at.yes - 50 :].startswith("Pour")
    assert result.at.no is not None and text[result.at.no - 50 :].startswith("Contre")
    assert result.at.first() == result.at.yes


def test_the_output_locations_come_from_the_spans() -> None:
    doc = parse_text(
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
        + TEXT
        + "Objet : Vente d'un terrain communal\n"
        "Le conseil municipal, après en avoir délibéré, décide de vendre le terrain.\n"
        "Pour : 15\nContre : 0\nAbstention : 0\n"
    )
    (d,) = doc.deliberations
    locations = d.locations
    assert locations["sitting.date"].line == 2
    assert locations["sitting.president"].line == 3
    assert locations["counts.in_office"].line == 5
    assert locations["vote.yes"].line == 9
    assert locations["vote"].line == 9
