"""Real Flaux scans with a box in the left margin ("Nombre de membres / en exercice : 11 /
qui ont pris part à la délibération : 10"): the box read apart from the body beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from delib_parse.sources.base import SourcePage
from delib_parse.sources.options import SourceOptions
from tests.ocr.conftest import lines_of, tesseract_or_skip

PV = (
    Path(__file__).resolve().parent.parent / "data" / "corpus" / "flaux" / "flaux-2023-11-17-pv.pdf"
)


@pytest.fixture(scope="module")
def pv_pages() -> dict[int, SourcePage]:
    """The first two of the PV's ten pages (its header, attendance and first votes)."""
    from delib_parse.sources import ocr

    tesseract_or_skip()
    if not PV.exists():
        pytest.skip(f"{PV.name} not in the test data")
    return ocr.ocr_pages(PV.read_bytes(), [1, 2], SourceOptions(jobs=0))


def test_pv_margin_box_lines_whole(pv_pages: dict[int, SourcePage]) -> None:
    lines = lines_of({1: pv_pages[1]})
    start = lines.index("Nombre de membres")
    assert lines[start : start + 4] == [
        "Nombre de membres",
        "en exercice : 11",
        "qui ont pris part à la",
        "délibération : 10",
    ]
    assert "13 novembre 2023" in lines  # the convocation's date, in the box


def test_pv_body_not_merged_with_the_box(pv_pages: dict[int, SourcePage]) -> None:
    lines = lines_of({1: pv_pages[1]})
    assert "Absents : Valérie UPPHOFF" in lines
    assert "Absents excusés :" in lines
    assert "Vote : Unanimité" in lines
    # No margin label glued to body text on a line.
    for line in lines:
        if any(label in line for label in ("exercice :", "pris part", "convocation")):
            assert not any(body in line for body in ("Absents", "Présents", "Procurations"))


def test_pv_page_header_not_joined_to_the_body(pv_pages: dict[int, SourcePage]) -> None:
    lines = lines_of({2: pv_pages[2]})
    assert not any("REPUBLIQUE" in line and "Approbation" in line for line in lines)
    assert any(line.startswith("Approbation du procès-verbal du Conseil M") for line in lines)


def test_cr_margin_counts_and_proxies(flaux_pages: dict[int, SourcePage]) -> None:
    lines = lines_of({1: flaux_pages[1]})
    assert "en exercice : 11" in lines
    assert "qui ont pris part à la délibération : 11" in lines  # "il" in the scan
    assert "dont 3 procurations" in lines
    # The three proxies beside the box: one a line, not joined.
    assert "Catherine MARTEL donne procuration à Michel VAILLIES" in lines
    assert "Patricia MICHOT donne procuration à Catherine VINAS" in lines
    assert any(line.endswith("donne procuration à Denis JUVIN") for line in lines)
