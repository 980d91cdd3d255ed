"""Columns rebuilt in reading order, wrapped names joined, furniture dropped — on the samples
(public data copied from ../shared/samples-pdf) and on made-up word boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from delib_parse.api import normalise_file
from delib_parse.normalise.furniture import strip_furniture
from delib_parse.sources import SourceOptions, load_path
from delib_parse.sources.layout import Word, build_lines
from tests.sources.conftest import DIJON, RECUEIL_20, SEED_2COL

SAMPLES = [DIJON, SEED_2COL]
WRAPPED_NAMES = [
    "Madame Dominique MARTIN-GENDRE",
    "Madame Marie-Hélène JUILLARD-RANDRIAN",
    "Madame Océane CHARRET-GODARD",
    "Madame Nuray AKPINAR-ISTIQUAM",
    "Madame Bénédicte PERSON-PICARD",
    "Madame Dominique BEGIN-CLAUDET",
]


def _texts(path: Path, extractor: str = "pdfium") -> list[str]:
    doc = load_path(path, SourceOptions(extractor=extractor))  # type: ignore[arg-type]
    return [ln.text for ln in strip_furniture(doc.pages)]


def _section(lines: list[str], start: str, end: str) -> list[str]:
    i = lines.index(start)
    j = lines.index(end, i)
    return lines[i + 1 : j]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_present_members_one_whole_name_a_line(path: Path) -> None:
    present = _section(_texts(path), "Membres présents :", "Membres absents :")
    assert len(present) == 73
    assert all(line.startswith(("Monsieur ", "Madame ")) for line in present), present
    for name in WRAPPED_NAMES:
        assert name in present
    assert present[0] == "Monsieur François REBSAMEN"


def test_table_read_column_by_column() -> None:
    # The 3-column table of the métropole sample: the left column first, top to bottom.
    present = _section(_texts(DIJON), "Membres présents :", "Membres absents :")
    assert present[:3] == [
        "Monsieur François REBSAMEN",
        "Monsieur Pierre PRIBETICH",
        "Monsieur Thierry FALCONNET",
    ]
    # The second column starts after the last of the first.
    assert present[24:26] == ["Madame Nuray AKPINAR-ISTIQUAM", "Monsieur Laurent GOBET"]
    assert present[-1] == "Monsieur Stéphane WOYNAROSKI"


def test_newspaper_columns_read_left_first() -> None:
    present = _section(_texts(SEED_2COL), "Membres présents :", "Membres absents :")
    assert present.index("Monsieur Christophe BERTHIER") < present.index("Monsieur Georges MEZUI")


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_vote_box_not_merged_with_signatures(path: Path) -> None:
    lines = _texts(path)
    for cell in ("POUR : 86", "CONTRE : 0", "ABSTENTION : 0", "NE SE PRONONCE PAS : 0"):
        assert cell in lines
    assert any(line.endswith("DONT 13 PROCURATION(S)") for line in lines)
    # The signature block comes after the whole vote box, each signatory with its name.
    signatures = lines[lines.index("Le secrétaire,") :]
    assert not any("POUR" in s or "PROCURATION" in s for s in signatures)
    assert "Monsieur HOAREAU" in signatures


@pytest.mark.parametrize("path", [*SAMPLES, RECUEIL_20], ids=lambda p: p.name)
def test_furniture_gone(path: Path) -> None:
    lines = _texts(path)
    for line in lines:
        assert not line.startswith("Page "), line
        assert "Page 1" not in line and "février 2023 Page" not in line, line
        assert not line.startswith("Recueil des actes administratifs"), line
    # Page numbers stay as locations.
    doc = load_path(path)
    assert {ln.page for ln in strip_furniture(doc.pages)} == {p.number for p in doc.pages}


def test_recueil_keeps_each_act_title() -> None:
    lines = _texts(RECUEIL_20)
    assert lines.count("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS") == 20


@pytest.mark.parametrize("path", [*SAMPLES, RECUEIL_20], ids=lambda p: p.name)
def test_pdfplumber_gives_the_same_lines(path: Path) -> None:
    assert _texts(path, "pdfplumber") == _texts(path, "pdfium")


def test_same_words_as_the_text_route() -> None:
    text_seed = Path(__file__).resolve().parents[2] / "samples"
    seed = text_seed / "dijon-metropole-2023-02-02-mutualisation.txt"
    if not seed.exists():
        pytest.skip("text seed absent")
    from_text = normalise_file(seed).text.split()
    from_pdf = normalise_file(DIJON).text.split()
    # Same words in the same order, but for the vote box (cells read by columns, not rows).
    head = from_text.index("SCRUTIN")
    assert from_pdf[:head] == from_text[:head]
    assert sorted(from_pdf[head:]) == sorted(from_text[head:])


def test_lines_carry_positions() -> None:
    doc = load_path(DIJON)
    line = doc.pages[0].lines[0]
    assert (line.page, line.line) == (1, 1)
    assert None not in (line.x0, line.top, line.x1, line.bottom)
    assert [ln.line for ln in doc.pages[1].lines] == list(range(1, len(doc.pages[1].lines) + 1))


# --- made-up word boxes -----------------------------------------------------------------------


def _cell(text: str, x: float, top: float, size: float = 8.0) -> Word:
    return Word(text, x, top, x + len(text) * size * 0.5, top + size)


def test_wrapped_cell_joined_and_heading_is_a_barrier() -> None:
    words = [
        _cell("Membres présents :", 60, 100),
        _cell("Monsieur Jean DUPONT", 60, 112),
        _cell("Madame Anne", 200, 112),
        _cell("DURAND-MARTINEAU", 200, 122),
        _cell("Monsieur Paul ROUX", 60, 134),
        _cell("Madame Lise VERT", 200, 134),
        _cell("Membres absents :", 60, 150),
        _cell("Monsieur Luc BLANC", 60, 162),
    ]
    lines = [ln.text for ln in build_lines(words, 1, 595)]
    assert lines == [
        "Membres présents :",
        "Monsieur Jean DUPONT",
        "Monsieur Paul ROUX",
        "Madame Anne DURAND-MARTINEAU",
        "Madame Lise VERT",
        "Membres absents :",
        "Monsieur Luc BLANC",
    ]


def test_one_row_of_far_apart_words_stays_one_line() -> None:
    words = [_cell("Dijon métropole - Conseil du 2 février 2023", 57, 30), _cell("Page 1", 500, 30)]
    assert [ln.text for ln in build_lines(words, 1, 595)] == [
        "Dijon métropole - Conseil du 2 février 2023 Page 1"
    ]


def test_scale_free_pixels_like_points() -> None:
    # OCR gives pixels at 300 dpi: the same layout, 300/72 times larger.
    k = 300 / 72
    words = [
        Word(w.text, w.x0 * k, w.top * k, w.x1 * k, w.bottom * k)
        for w in (
            _cell("Monsieur A", 60, 100),
            _cell("Monsieur C", 200, 100),
            _cell("Monsieur B", 60, 112),
            _cell("Monsieur D", 200, 112),
        )
    ]
    assert [ln.text for ln in build_lines(words, 1, 595 * k)] == [
        "Monsieur A",
        "Monsieur B",
        "Monsieur C",
        "Monsieur D",
    ]


_coord = st.floats(min_value=-1e4, max_value=1e4, allow_nan=False, allow_infinity=False)
_word = st.builds(
    lambda text, x, y, w, h: Word(text, x, y, x + w, y + h),
    st.text(max_size=12),
    _coord,
    _coord,
    st.floats(min_value=0, max_value=500, allow_nan=False),
    st.floats(min_value=0, max_value=50, allow_nan=False),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_word, max_size=40), st.floats(min_value=0, max_value=5000, allow_nan=False))
def test_build_lines_never_raises(words: list[Word], width: float) -> None:
    lines = build_lines(words, 3, width)
    assert all(ln.page == 3 for ln in lines)
    assert [ln.line for ln in lines] == list(range(1, len(lines) + 1))
    kept = sum(len(w.text.split()) for w in words if w.text.strip())
    assert sum(len(ln.text.split()) for ln in lines) <= kept


_BODY = [
    "L'an deux mille vingt-trois le dix sept novembre, le Conseil Municipal de la commune,",
    "régulièrement convoqué, s'est réuni au nombre prescrit par la loi, dans la salle de",
    "réunion de la mairie, sous la présidence de Monsieur Denis JUVIN, Maire de la commune",
    "Présents : Denis JUVIN - Catherine MARTEL - Patricia MICHOT - Alessandra STURANI",
    "Absents : Valérie UPPHOFF",
    "Absents excusés :",
    "Philippe ROUVIER donne procuration à Denis JUVIN",
    "Catherine MARTEL donne procuration à Michel VAILLIES",
    "Patricia MICHOT donne procuration à Catherine VINAS",
    "Le quorum est atteint, Monsieur le Maire déclare la séance ouverte au public présent",
    "Nomination du secrétaire",
    "Vote : Unanimité",
]


def _margin_page() -> list[Word]:
    """A mairie's page: a box in the left margin (labels, their numbers at its right edge)
    beside the body's prose, down the page."""
    words = [_cell(text, 175, 100 + 12 * i) for i, text in enumerate(_BODY)]
    margin = [
        ("Nombre de membres", 112, None),
        ("en exercice :", 124, "11"),
        ("qui ont pris part à la", 136, None),
        ("délibération :", 148, "10"),
        ("dont procurations", 160, None),
        ("Date de la convocation :", 200, None),
        ("13 novembre 2023", 212, None),
    ]
    for label, top, number in margin:
        words.append(_cell(label, 40, top + 1))
        if number is not None:
            words.append(_cell(number, 152, top))
    return words


def test_margin_block_read_apart_from_the_body() -> None:
    lines = [ln.text for ln in build_lines(_margin_page(), 1, 595)]
    assert lines[:6] == [
        "Nombre de membres",
        "en exercice : 11",
        "qui ont pris part à la délibération : 10",
        "dont procurations",
        "Date de la convocation :",
        "13 novembre 2023",
    ]
    # The body whole, in order, one line a printed line: nothing of the margin in it, and the
    # proxies beside the box not joined into one line.
    assert lines[6:] == _BODY


def test_margin_block_in_pixels_like_points() -> None:
    k = 300 / 72
    words = [Word(w.text, w.x0 * k, w.top * k, w.x1 * k, w.bottom * k) for w in _margin_page()]
    lines = [ln.text for ln in build_lines(words, 1, 595 * k)]
    assert "en exercice : 11" in lines
    assert "Absents : Valérie UPPHOFF" in lines


def test_short_label_table_is_no_margin_block() -> None:
    # "Pour : 49 / Contre : 33" with a line below: a small table, read row by row as before.
    words = [
        _cell("Pour :", 60, 100),
        _cell("49", 140, 100),
        _cell("Contre :", 60, 112),
        _cell("33", 140, 112),
        _cell("On le met en place pour la saison prochaine", 140, 124),
    ]
    lines = [ln.text for ln in build_lines(words, 1, 595)]
    assert lines == ["Pour : 49", "Contre : 33", "On le met en place pour la saison prochaine"]


def test_list_markers_are_no_margin_block() -> None:
    items = [f"Point {i} de l'ordre du jour, présenté par le Maire au conseil" for i in range(10)]
    words = [_cell("-", 60, 100 + 12 * i) for i in range(10)]
    words += [_cell(text, 80, 100 + 12 * i) for i, text in enumerate(items)]
    lines = [ln.text for ln in build_lines(words, 1, 595)]
    assert lines == [f"- {text}" for text in items]
