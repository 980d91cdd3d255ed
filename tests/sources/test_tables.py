"""Ruled and aligned tables read row by row (sources/tables.py, sources/layout.py), and the
layouts that must keep their ordinary reading: prose in a box, a signature block, a list in
two columns, a counts box."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from delib_parse.sources import load_bytes
from delib_parse.sources.tables import (
    _Rules,
    find_grids,
    heading_kind,
    is_table,
    pdfium_grids,
)
from tests.table_pdfs import table_pdf

DELIBERATIONS = [
    ["N°", "Objet", "Vote"],
    ["2024-01", "Approbation du procès-verbal\ndu 12 janvier 2024", "Unanimité"],
    ["2024-02", "Budget primitif 2024", "Majorité (2 contre)"],
    ["2024-03", "Subvention au comité des fêtes", "Pour 21 Contre 2 Abstention 0"],
]
ATTENDANCE = [
    ["Nom", "Présent", "Excusé", "Absent", "Pouvoir à"],
    ["M. Jean DUPONT", "X", "", "", ""],
    ["Mme Anne MARTIN", "X", "", "", ""],
    ["M. Paul DURAND", "", "X", "", "M. Jean DUPONT"],
    ["Mme Claire PETIT", "", "", "X", ""],
]
BEFORE = ("COMMUNE DE TEST", "Conseil municipal du 12 mars 2024")
AFTER = ("Le Maire,", "Jean DUPONT")


def lines(pdf: bytes) -> list[str]:
    return [line.text for line in load_bytes(pdf).lines()]


# --- ruled tables ---------------------------------------------------------------------------


def test_a_ruled_list_of_deliberations_is_read_row_by_row() -> None:
    assert lines(table_pdf(DELIBERATIONS, before=BEFORE, after=AFTER)) == [
        *BEFORE,
        "N°\tObjet\tVote",
        # The title wrapped in its cell is one cell, on its row.
        "2024-01\tApprobation du procès-verbal du 12 janvier 2024\tUnanimité",
        "2024-02\tBudget primitif 2024\tMajorité (2 contre)",
        "2024-03\tSubvention au comité des fêtes\tPour 21 Contre 2 Abstention 0",
        *AFTER,
    ]


def test_an_attendance_grid_keeps_its_empty_cells_so_marks_stay_in_their_column() -> None:
    got = lines(table_pdf(ATTENDANCE, before=BEFORE))
    assert got[len(BEFORE) :] == [
        "Nom\tPrésent\tExcusé\tAbsent\tPouvoir à",
        "M. Jean DUPONT\tX",
        "Mme Anne MARTIN\tX",
        "M. Paul DURAND\t\tX\t\tM. Jean DUPONT",
        "Mme Claire PETIT\t\t\tX",
    ]


def test_cells_closer_than_a_word_gap_are_cut_at_their_rule() -> None:
    # 1 pt of padding: pdfium reads "2024-01Approbation…" as one run; the rule cuts it.
    rows = [["N°", "Objet", "Pour", "Contre"], ["12", "Vente d'un terrain", "15", "0"]]
    from tests import table_pdfs

    padding = table_pdfs.PADDING
    table_pdfs.PADDING = 1.0
    try:
        got = lines(table_pdf(rows))
    finally:
        table_pdfs.PADDING = padding
    assert got == ["N°\tObjet\tPour\tContre", "12\tVente d'un terrain\t15\t0"]


def test_a_table_without_side_rules_is_still_a_grid() -> None:
    got = lines(table_pdf(DELIBERATIONS[:3], side_rules=False))
    assert got[1] == "2024-01\tApprobation du procès-verbal du 12 janvier 2024\tUnanimité"


def test_a_table_drawn_in_a_form_xobject_is_found() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.beginForm("grid")
    for y in (700, 680, 660):
        c.line(100, y, 400, y)
    for x in (100, 200, 400):
        c.line(x, 660, x, 700)
    c.endForm()
    c.saveState()
    c.translate(10, -100)
    c.doForm("grid")
    c.restoreState()
    c.drawString(115, 587, "Nom")
    c.drawString(215, 587, "Présent")
    c.drawString(115, 567, "M. Jean DUPONT")
    c.drawString(215, 567, "X")
    c.showPage()
    c.save()
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(buf.getvalue())
    page = doc[0]
    grids = pdfium_grids(page, page.get_size()[1])
    page.close()
    doc.close()
    assert len(grids) == 1
    # Placed where the form was drawn (its matrix applied), within a rule's width.
    assert [x for x in grids[0].xs] == pytest.approx([110, 210, 410], abs=1)
    assert lines(buf.getvalue()) == ["Nom\tPrésent", "M. Jean DUPONT\tX"]


def test_a_merged_cell_spans_its_columns() -> None:
    rules = _Rules(height=800)
    for y in (100, 120, 140):
        rules.add((0, 800 - y), (300, 800 - y))
    rules.add((0, 800 - 100), (0, 800 - 140))
    rules.add((300, 800 - 100), (300, 800 - 140))
    rules.add((100, 800 - 100), (100, 800 - 120))  # the second row has no middle rule
    [grid] = find_grids(rules)
    assert grid.cuts == ((0, 1, 2), (0, 2))
    assert grid.column(1, 250) == 0


# --- what must not become a table -----------------------------------------------------------


def test_prose_in_a_ruled_box_is_no_table() -> None:
    prose = [
        ["Le conseil municipal, après en avoir délibéré, décide d'approuver le budget."],
        ["Adopté à l'unanimité des membres présents."],
    ]
    assert not any("\t" in t for t in lines(table_pdf(prose, before=BEFORE)))


def test_a_ruled_signature_block_is_no_table() -> None:
    rows = [["Le Maire,", "Le secrétaire de séance,"], ["Jean DUPONT", "Anne MARTIN"]]
    assert not any("\t" in t for t in lines(table_pdf(rows)))


def test_a_ruled_counts_box_of_labelled_counts_keeps_its_reading() -> None:
    rows = [["POUR : 86", "ABSTENTION : 0"], ["CONTRE : 0", "NE SE PRONONCE PAS : 0"]]
    got = lines(table_pdf(rows, before=("SCRUTIN",)))
    assert not any("\t" in t for t in got)


def test_long_prose_in_the_cells_of_a_headed_table_is_no_table() -> None:
    long = " ".join(["considérant que la commune doit entretenir ses chemins ruraux"] * 6)
    rows = [["N°", "Objet", "Vote"], ["1", long, "Unanimité"], ["2", long, "Unanimité"]]
    widths = [40.0, 9000.0, 80.0]
    assert not any("\t" in t for t in lines(table_pdf(rows, widths=widths)))


def test_a_ruled_budget_table_without_a_known_heading_keeps_its_reading() -> None:
    rows = [["Chapitre", "Libellé", "Montant"], ["011", "Charges générales", "326 670,00"]]
    assert not any("\t" in t for t in lines(table_pdf(rows)))


def test_two_columns_of_names_without_rules_are_no_table() -> None:
    rows = [
        ["Présents :", "Excusés :"],
        ["M. Jean DUPONT", "M. Paul DURAND"],
        ["Mme Anne MARTIN", "Mme Claire PETIT"],
        ["M. Luc BERNARD", "M. Marc ROBERT"],
    ]
    got = lines(table_pdf(rows, ruled=False, gutter=60))
    assert not any("\t" in t for t in got)
    # Still read column by column, as before.
    assert got.index("M. Jean DUPONT") < got.index("M. Luc BERNARD") < got.index("M. Paul DURAND")


# --- unruled tables -------------------------------------------------------------------------


def test_an_aligned_table_under_a_heading_row_is_read_row_by_row() -> None:
    rows = [
        ["N°", "Objet", "Vote"],
        ["2024-01", "Approbation du procès-verbal", "Unanimité"],
        ["2024-02", "Budget primitif 2024", "Adopté"],
    ]
    got = lines(table_pdf(rows, before=BEFORE, ruled=False, gutter=30))
    assert got[len(BEFORE) :] == [
        "N°\tObjet\tVote",
        "2024-01\tApprobation du procès-verbal\tUnanimité",
        "2024-02\tBudget primitif 2024\tAdopté",
    ]


# --- the guards on their own ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        ("N°", "number"),
        ("Numéro", "number"),
        ("Objet de la délibération", "title"),
        ("Intitulé", "title"),
        ("Résultat du vote", "result"),
        ("Présent(e)", "present"),
        ("Absents excusés", "excused"),
        ("Pouvoir à", "proxy"),
        ("Procuration", "proxy"),
        ("Nom Prénom", "name"),
        ("Objet : budget primitif", None),
        ("Le Maire,", None),
    ],
)
def test_heading_cells(cell: str, kind: str | None) -> None:
    assert heading_kind(cell) == kind


def test_a_heading_row_alone_is_no_table() -> None:
    assert not is_table([["N°", "Objet", "Vote"]])
    assert is_table([["N°", "Objet", "Vote"], ["1", "Budget", "Unanimité"]])


# --- random grids round-trip ----------------------------------------------------------------

_WORDS = st.sampled_from(["budget", "voirie", "école", "Terrain", "Subvention", "SIVOM", "2024"])
_CELL = st.lists(_WORDS, min_size=1, max_size=4).map(" ".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.integers(min_value=1, max_value=6).flatmap(
        lambda n: st.lists(
            st.tuples(_CELL, st.sampled_from(["X", "", "12"])), min_size=n, max_size=n
        )
    )
)
def test_random_ruled_grids_round_trip(rows: list[tuple[str, str]]) -> None:
    table = [["Intitulé", "Vote", "Nom"]] + [
        [title, mark, "M. Jean DUPONT"] for title, mark in rows
    ]
    # A column of values (the counts or the marks) is what makes a table: make one sure.
    table[1][1] = "12"
    got = lines(table_pdf(table))
    assert got == ["\t".join(r).rstrip("\t") for r in table]


_SEGMENT = st.tuples(st.booleans(), st.floats(0, 600), st.floats(0, 800), st.floats(0, 600)).map(
    lambda t: ((t[1], t[2]), (t[3], t[2])) if t[0] else ((t[1], t[2]), (t[1], t[3] * 4 / 3))
)


def test_an_underline_beside_a_grid_is_no_grid() -> None:
    rules = _Rules(height=800)
    for y in (100, 120):
        rules.add((0, y), (300, y))
    for x in (0, 300):
        rules.add((x, 100), (x, 120))
    rules.add((0, 500), (200, 500))  # crosses nothing
    assert len(find_grids(rules)) == 1


@given(st.lists(_SEGMENT, max_size=30))
def test_any_rules_give_grids_without_raising(
    segments: list[tuple[tuple[float, float], ...]],
) -> None:
    # Underlines, a lone frame, rules that cross nothing: never an error, only fewer grids.
    rules = _Rules(height=800)
    for p, q in segments:
        rules.add(p, q)
    for grid in find_grids(rules):
        assert len(grid.ys) >= 2 and len(grid.xs) >= 2
        assert list(grid.ys) == sorted(grid.ys) and list(grid.xs) == sorted(grid.xs)
        assert len(grid.cuts) == len(grid.ys) - 1
