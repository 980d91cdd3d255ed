"""Tables read row by row into deliberations and attendance (parse/tables.py), and never in
place of a good ordinary reading."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from delib_parse.api import parse_bytes, parse_text
from delib_parse.model.document import Document
from tests.table_pdfs import table_pdf

OPENING = ("COMMUNE DE TEST", "Conseil municipal du 12 mars 2024", "Liste des délibérations")
DELIBERATIONS = [
    ["N°", "Objet", "Vote"],
    ["2024-01", "Approbation du procès-verbal\ndu 12 janvier 2024", "Unanimité"],
    ["2024-02", "Budget primitif 2024", "Majorité (2 contre)"],
    ["2024-03", "Subvention au comité des fêtes", "Pour 21 Contre 2 Abstention 0"],
    ["2024-04", "Vente d'un terrain communal", "Adopté"],
]
EXTRACT = (
    "COMMUNE DE TEST",
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS",
    "Séance du 12 mars 2024",
    "Membres en exercice : 5",
    "Présents : 3",
    "Pouvoirs : 1",
)
DECISION = (
    "Objet : Budget primitif 2024",
    "Le conseil municipal, après en avoir délibéré, décide à l'unanimité d'adopter le budget.",
)
ATTENDANCE = [
    ["Nom", "Présent", "Excusé", "Absent", "Pouvoir à"],
    ["M. Jean DUPONT", "X", "", "", ""],
    ["Mme Anne MARTIN", "X", "", "", ""],
    ["M. Paul DURAND", "", "X", "", "M. Jean DUPONT"],
    ["Mme Claire PETIT", "", "", "X", ""],
    ["M. Luc BERNARD", "X", "", "", ""],
]


def errors(doc: Document) -> list[str]:
    found = [f for d in doc.deliberations for f in d.findings] + list(doc.findings)
    return [f.code for f in found if f.severity == "error"]


# --- a list of deliberations ------------------------------------------------------------------


def test_a_ruled_list_gives_one_deliberation_a_row() -> None:
    doc = parse_bytes(table_pdf(DELIBERATIONS, before=OPENING))
    got = [(d.number, d.subject.title) for d in doc.deliberations]
    assert got == [
        ("2024-01", "Approbation du procès-verbal du 12 janvier 2024"),
        ("2024-02", "Budget primitif 2024"),
        ("2024-03", "Subvention au comité des fêtes"),
        ("2024-04", "Vente d'un terrain communal"),
    ]
    first, second, third, fourth = (d.vote for d in doc.deliberations)
    assert first is not None and first.unanimous is True
    assert second is not None and second.no == 2
    assert third is not None and (third.yes, third.no, third.abstain) == (21, 2, 0)
    assert fourth is not None and fourth.outcome == "adopted"
    # Each where its row is printed (the heading is on line 4).
    assert [d.location.line for d in doc.deliberations] == [5, 6, 7, 8]
    # The sitting is the opening's.
    assert {d.sitting.date for d in doc.deliberations} == {doc.deliberations[0].sitting.date}
    assert str(doc.deliberations[0].sitting.date) == "2024-03-12"
    assert errors(doc) == []


def test_counts_in_columns_are_the_tally() -> None:
    rows = [
        ["N°", "Intitulé", "Pour", "Contre", "Abstention"],
        ["1", "Tarifs de la cantine", "15", "0", "0"],
        ["2", "Travaux de voirie", "12", "2", "1"],
    ]
    doc = parse_bytes(table_pdf(rows, before=OPENING))
    votes = [(d.vote.yes, d.vote.no, d.vote.abstain) for d in doc.deliberations if d.vote]
    assert votes == [(15, 0, 0), (12, 2, 1)]
    assert [d.number for d in doc.deliberations] == ["1", "2"]


def test_an_aligned_list_without_rules_is_read_too() -> None:
    doc = parse_bytes(table_pdf(DELIBERATIONS, before=OPENING, ruled=False, gutter=30))
    assert [d.number for d in doc.deliberations] == ["2024-01", "2024-02", "2024-03", "2024-04"]


def test_a_list_in_a_text_file_with_tabs_is_read() -> None:
    text = "\n".join([*OPENING, *("\t".join(r).replace("\n", " ") for r in DELIBERATIONS)])
    doc = parse_text(text)
    assert [d.number for d in doc.deliberations] == ["2024-01", "2024-02", "2024-03", "2024-04"]


def test_a_heading_printed_again_on_the_next_page_is_no_deliberation() -> None:
    rows = ["\t".join(r).replace("\n", " ") for r in DELIBERATIONS]
    # A form feed between two rows: one run of rows over the page break.
    text = "\n".join([*OPENING, *rows[:2], rows[2] + "\f" + rows[0], *rows[3:]])
    doc = parse_text(text)
    assert [d.number for d in doc.deliberations] == ["2024-01", "2024-02", "2024-03", "2024-04"]


def test_the_ordinary_reading_of_as_many_deliberations_is_kept() -> None:
    # Minutes whose items the ordinary reading finds, with a summary table of two of them:
    # the items stay as read (their decisions, their own votes).
    text = "\n".join(
        [
            "COMMUNE DE TEST",
            "Procès-verbal du conseil municipal du 12 mars 2024",
            "Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Luc BERNARD",
            "1. Budget primitif 2024",
            "Le conseil municipal, après en avoir délibéré, décide d'adopter le budget.",
            "Adopté à l'unanimité.",
            "2. Tarifs de la cantine",
            "Le conseil municipal, après en avoir délibéré, décide de fixer les tarifs.",
            "Pour : 12 Contre : 2 Abstention : 1",
            "Récapitulatif",
            "N°\tObjet\tVote",
            "1\tBudget primitif 2024\tUnanimité",
            "2\tTarifs de la cantine\tMajorité",
        ]
    )
    doc = parse_text(text)
    assert [d.subject.title for d in doc.deliberations] == [
        "Budget primitif 2024",
        "Tarifs de la cantine",
    ]
    first, second = (d.vote for d in doc.deliberations)
    assert first is not None and first.unanimous is True
    assert second is not None and (second.yes, second.no, second.abstain) == (12, 2, 1)
    assert all(d.decision for d in doc.deliberations)


# --- an attendance grid -----------------------------------------------------------------------


def test_an_attendance_grid_gives_present_absent_and_proxies() -> None:
    doc = parse_bytes(table_pdf(ATTENDANCE, before=EXTRACT, after=DECISION))
    [d] = doc.deliberations
    assert [p.name for p in d.present] == ["Jean DUPONT", "Anne MARTIN", "Luc BERNARD"]
    assert [(p.grantor.name, p.holder.name) for p in d.proxies] == [("Paul DURAND", "Jean DUPONT")]
    assert [(a.person.name, a.excused) for a in d.absent] == [("Claire PETIT", False)]
    assert d.locations["present"].line == len(EXTRACT) + 1
    # Counts stated in the opening agree with the grid: no error.
    assert errors(doc) == []


@pytest.mark.parametrize(
    "heading",
    ["Membre de la commission permanente", "Conseillers régionaux", "Délégués titulaires"],
)
def test_a_grids_name_column_may_name_the_body(heading: str) -> None:
    """ "Membre de la commission permanente | Groupe | Présent | Excusé | Procuration à": the
    name column's heading names the body; a column of no known kind (the group) is read past."""
    rows = [
        [heading, "Groupe", "Présent", "Excusé", "Procuration à"],
        ["M. Jean DUPONT", "UHM", "X", "", ""],
        ["Mme Anne MARTIN", "RR", "X", "", ""],
        ["M. Luc BERNARD", "UHM", "X", "", ""],
        ["M. Paul DURAND", "RR", "", "X", "M. Jean DUPONT"],
    ]
    doc = parse_bytes(table_pdf(rows, before=EXTRACT, after=DECISION))
    [d] = doc.deliberations
    assert [p.name for p in d.present] == ["Jean DUPONT", "Anne MARTIN", "Luc BERNARD"]
    assert [(p.grantor.name, p.holder.name) for p in d.proxies] == [("Paul DURAND", "Jean DUPONT")]


def test_a_status_column_says_who_is_present() -> None:
    rows = [
        ["Élus", "Présence"],
        ["M. Jean DUPONT", "Présent"],
        ["Mme Anne MARTIN", "Présente"],
        ["M. Paul DURAND", "Pouvoir à M. Jean DUPONT"],
        ["Mme Claire PETIT", "Excusée"],
        ["M. Luc BERNARD", "P"],
    ]
    doc = parse_bytes(table_pdf(rows, before=EXTRACT, after=DECISION))
    [d] = doc.deliberations
    assert [p.family_name for p in d.present] == ["DUPONT", "MARTIN", "BERNARD"]
    assert [p.grantor.family_name for p in d.proxies] == ["DURAND"]
    assert [(a.person.family_name, a.excused) for a in d.absent] == [("PETIT", True)]


def test_lists_the_ordinary_reading_found_are_kept() -> None:
    # The extract names its present members; a grid in an annex says otherwise of one of
    # them: the extract's own lists stand.
    listed = (*EXTRACT, "Etaient présents : M. Jean DUPONT, Mme Anne MARTIN, M. Luc BERNARD")
    rows = [["Nom", "Présent", "Absent"], ["M. Jean DUPONT", "X", ""], ["Mme Anne MARTIN", "", "X"]]
    doc = parse_bytes(table_pdf(rows, before=(*listed, *DECISION), after=("Annexe",)))
    [d] = doc.deliberations
    assert [p.family_name for p in d.present] == ["DUPONT", "MARTIN", "BERNARD"]


def test_a_grid_that_contradicts_the_stated_count_is_reported() -> None:
    stated = tuple(line.replace("Présents : 3", "Présents : 4") for line in EXTRACT)
    doc = parse_bytes(table_pdf(ATTENDANCE, before=stated, after=DECISION))
    assert "C001" in errors(doc)


# --- random lists round-trip ------------------------------------------------------------------

_TITLE = st.lists(
    st.sampled_from(["Budget", "voirie", "école", "Subvention", "terrain", "tarifs", "SIVOM"]),
    min_size=2,
    max_size=6,
).map(" ".join)
_RESULT = st.sampled_from(
    [
        ("Unanimité", (None, None, True)),
        ("Adopté à l'unanimité", (None, None, True)),
        ("Pour 14 Contre 1 Abstention 0", (14, 1, None)),
        ("Majorité (3 contre)", (None, 3, None)),
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(_TITLE, _RESULT), min_size=2, max_size=8))
def test_random_lists_round_trip(rows: list[tuple[str, tuple[str, tuple[object, ...]]]]) -> None:
    lines = ["N°\tObjet\tRésultat"] + [
        f"{i}\t{title}\t{result}" for i, (title, (result, _)) in enumerate(rows, start=1)
    ]
    doc = parse_text("\n".join([*OPENING, *lines]))
    assert [(d.number, d.subject.title) for d in doc.deliberations] == [
        (str(i), title) for i, (title, _) in enumerate(rows, start=1)
    ]
    for d, (_, (_, (yes, no, unanimous))) in zip(doc.deliberations, rows, strict=True):
        assert d.vote is not None
        assert (d.vote.yes, d.vote.no, bool(d.vote.unanimous)) == (yes, no, bool(unanimous))
