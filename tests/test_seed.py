"""The seed extract parses to exactly what a careful reader sees (issue: Core, "Done when")."""

from __future__ import annotations

import datetime as dt

import pytest

from delib_parse import Document, parse_file
from tests.conftest import SEED


@pytest.fixture(scope="module")
def doc() -> Document:
    return parse_file(SEED)


def test_sitting(doc: Document) -> None:
    (d,) = doc.deliberations
    assert d.sitting.date == dt.date(2023, 2, 2)
    assert d.sitting.convened_on == dt.date(2023, 1, 27)
    assert d.sitting.president is not None and d.sitting.president.name == "François REBSAMEN"
    assert d.sitting.secretary is not None and d.sitting.secretary.name == "Antoine HOAREAU"
    assert (d.assembly.kind, d.authority.kind) == ("conseil_metropolitain", "metropole")


def test_counts_and_lists(doc: Document) -> None:
    (d,) = doc.deliberations
    c = d.counts
    assert (c.seats, c.in_office, c.present, c.represented) == (86, 86, 73, 13)
    assert len(d.present) == 73
    assert len({p.name for p in d.present}) == 73
    assert len(d.proxies) == 13
    assert all(p.grantor.family_name and p.holder.family_name for p in d.proxies)
    names = {p.name for p in d.present}
    assert {
        "Marie-Hélène JUILLARD-RANDRIAN",
        "Dominique BEGIN-CLAUDET",
        "Dominique MARTIN-GENDRE",
    } <= names
    carrelet = next(p for p in d.proxies if p.grantor.family_name == "CARRELET DE LOISY")
    assert carrelet.holder.name == "Dominique BEGIN-CLAUDET"


def test_vote_and_subject(doc: Document) -> None:
    (d,) = doc.deliberations
    v = d.vote
    assert v is not None
    assert (v.yes, v.no, v.abstain, v.not_voting, v.proxies_included) == (86, 0, 0, 0, 13)
    assert d.subject.category == "ADMINISTRATION GENERALE ET FINANCES"
    assert d.subject.title == "Rapport annuel sur l'état de la mutualisation."


def test_body_lists(doc: Document) -> None:
    (d,) = doc.deliberations
    counted = {i.label: i.count for lst in d.lists for i in lst.items if i.count is not None}
    assert counted == {
        "Affaires juridiques": 9,
        "Assurances": 11,
        "Commande publique": 15,
        "Numérique": 17,
    }
    all_communes = next(lst for lst in d.lists if "ensemble des communes" in lst.heading)
    assert [i.label for i in all_communes.items] == [
        "Centrale d'achat",
        "Droit des sols",
        "SIG",
        "Règlement local de publicité intercommunal",
    ]
    created_2018 = next(lst for lst in d.lists if "2018" in lst.heading)
    assert "Reprographie" in [i.label for i in created_2018.items]
    since = {lst.since for lst in d.lists if lst.since}
    assert since == {dt.date(2021, 10, 1), dt.date(2022, 1, 1)}


def test_no_error_finding(doc: Document) -> None:
    assert [f for f in doc.all_findings() if f.severity == "error"] == []
