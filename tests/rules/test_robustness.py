"""A rule never raises: None everywhere is normal (DESIGN.md: a failed rule is a finding,
never an exception)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from delib_parse.model.document import (
    Counts,
    Deliberation,
    Document,
    Person,
    Proxy,
    Sitting,
    Source,
    Vote,
)
from delib_parse.rules.registry import all_rules
from delib_parse.rules.runner import run_rules

SOURCE = Source(sha256="0" * 64, media_type="text/plain", pages=1, extractor="test")
counts = st.none() | st.integers(min_value=0, max_value=100)
names = st.sampled_from(["M. le Maire", "Jean DUPONT", "Claire HUGUES", "Maryline", "MARTIN"])
people = st.builds(
    Person,
    name=names,
    civility=st.none() | st.sampled_from(["M.", "Mme", "Docteur"]),
    family_name=st.none() | st.sampled_from(["DUPONT", "HUGUES", "MARTIN"]),
    given_name=st.none() | st.sampled_from(["Jean", "Claire", "le"]),
    role=st.none() | st.sampled_from(["Maire", "Président"]),
)
dates = st.none() | st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2026, 1, 1))
deliberations = st.builds(
    Deliberation,
    sitting=st.builds(
        Sitting,
        date=dates,
        convened_on=dates,
        president=st.none() | people,
        secretary=st.none() | people,
        second_convocation=st.booleans(),
        urgency=st.booleans(),
    ),
    number=st.none() | st.sampled_from(["D2024-52", "DEL 2024-1", "5", "", "X"]),
    counts=st.builds(
        Counts,
        seats=counts,
        in_office=counts,
        present=counts,
        represented=counts,
        absent=counts,
        voters=counts,
        expressed=counts,
    ),
    present=st.lists(people, max_size=4),
    proxies=st.lists(st.builds(Proxy, grantor=people, holder=people), max_size=3),
    withdrawn=st.lists(people, max_size=2),
    left=st.lists(people, max_size=2),
    arrived=st.lists(people, max_size=2),
    vote=st.none()
    | st.builds(
        Vote,
        yes=counts,
        no=counts,
        abstain=counts,
        not_voting=counts,
        unanimous=st.none() | st.booleans(),
        outcome=st.none() | st.sampled_from(["adopted", "rejected", "noted"]),
        no_names=st.lists(people, max_size=2),
    ),
)


def crashes(doc: Document) -> list[str]:
    return [f.message for f in doc.all_findings() if "rule crashed" in f.message]


@settings(max_examples=150, deadline=None)
@given(st.lists(deliberations, max_size=3))
def test_no_rule_raises(ds: list[Deliberation]) -> None:
    doc = Document(source=SOURCE, deliberations=ds)
    run_rules(doc, notes={"unreadable_pages": [2], "document_date": "2024-01-01"})
    assert not crashes(doc)


@pytest.mark.parametrize("notes", [None, {"unreadable_pages": "2"}, {"document_date": 3}])
def test_empty_document_and_odd_notes(notes: dict[str, object] | None) -> None:
    doc = Document(source=SOURCE, deliberations=[Deliberation()])
    run_rules(doc, notes=notes)
    assert not crashes(doc)
    assert {f.code for f in doc.all_findings()} <= {r.code for r in all_rules()}
