"""Tesseract's word table → layout Words, and the post-correction (no Tesseract needed)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from delib_parse.sources.layout import build_lines
from delib_parse.sources.ocr_words import correct_line, tesseract_words


def _tsv(words: list[tuple[str, int, int, int, int, int]], conf: float = 95.0) -> dict[str, Any]:
    """(text, line number, left, top, width, height) → Tesseract's TSV as a dict of columns."""
    table: dict[str, list[Any]] = {k: [] for k in ("level", "block_num", "par_num", "line_num")}
    table.update({k: [] for k in ("left", "top", "width", "height", "conf", "text")})
    for text, line, left, top, width, height in words:
        for key, value in (
            ("level", 5), ("block_num", 1), ("par_num", 1), ("line_num", line),
            ("left", left), ("top", top), ("width", width), ("height", height),
            ("conf", conf), ("text", text),
        ):  # fmt: skip
            table[key].append(value)
    return table


def _tilted_line(text: str, line: int, top: int, slope: float) -> list[Any]:
    out, x = [], 200
    for word in text.split():
        width = 22 * len(word)
        out.append((word, line, x, round(top + slope * x), width, 30))
        x += width + 14
    return out


def test_skew_taken_out_so_tilted_lines_stay_whole() -> None:
    slope = 0.012  # 0.7°: the end of a line drops 25 px, most of a line's height
    rows = [
        "Dijon métropole est un EPCI à fiscalité propre regroupant vingt trois communes de",
        "l'aire urbaine dijonnaise dont la forme juridique et les compétences ont évolué vite",
        "au cours des dix dernières années avec la transformation en Communauté Urbaine",
    ]
    words = [w for i, row in enumerate(rows) for w in _tilted_line(row, i + 1, 400 + 42 * i, slope)]
    lines = build_lines(tesseract_words(_tsv(words), 72 / 300), 1, 595.0)
    assert [line.text for line in lines] == rows


def test_touching_boxes_of_separate_words_keep_their_space() -> None:
    words = [
        ("pouvoir", 1, 100, 100, 150, 38),
        ("à", 1, 245, 96, 20, 46),
        ("Monsieur", 1, 280, 100, 170, 30),
    ]
    (line,) = build_lines(tesseract_words(_tsv(words), 0.24), 1, 595.0)
    assert line.text == "pouvoir à Monsieur"


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        (
            [("Monsieur", 100, 170), ("J", 290, 16), ("ean-Michel", 310, 180)],
            "Monsieur Jean-Michel",
        ),
        ([("Monsieur", 100, 170), ("]", 290, 14), ("ean", 310, 60)], "Monsieur Jean"),
        ([("Monsieur", 100, 170), ("}ean", 290, 80)], "Monsieur Jean"),
        ([("Monsieur", 100, 170), ("]", 290, 14), ("MOREL", 320, 120)], "Monsieur MOREL"),
        ([("A", 100, 22), ("par", 136, 60), ("ailleurs", 210, 140)], "A par ailleurs"),
        ([("OBJ", 100, 70), ("ET", 182, 40), (":", 236, 6)], "OBJET :"),
        ([("Madame", 100, 130), ("J", 245, 16), ("UILLARD", 270, 150)], "Madame JUILLARD"),
        ([("OBJET", 100, 110), ("ET", 222, 40)], "OBJET ET"),
    ],
)
def test_j_read_apart(pieces: list[tuple[str, int, int]], expected: str) -> None:
    words = [(text, 1, left, 100, width, 30) for text, left, width in pieces]
    (line,) = build_lines(tesseract_words(_tsv(words), 0.24), 1, 595.0)
    assert line.text == expected


def test_specks_dropped_words_kept_whatever_their_confidence() -> None:
    words = [("—", 1, 100, 100, 40, 4), ("Approbation", 1, 200, 100, 200, 30)]
    (line,) = build_lines(tesseract_words(_tsv(words, conf=10), 0.24), 1, 595.0)
    assert line.text == "Approbation"


def test_a_colon_read_with_low_confidence_is_kept() -> None:
    words = [("PAS", 1, 100, 100, 80, 32), (":", 1, 198, 108, 7, 23), ("0", 1, 220, 100, 20, 30)]
    table = _tsv(words)
    table["conf"][1] = 42.0
    (line,) = build_lines(tesseract_words(table, 0.24), 1, 595.0)
    assert line.text == "PAS : 0"


def test_empty_table() -> None:
    assert tesseract_words(_tsv([]), 0.24) == []
    assert tesseract_words({}, 0.24) == []


@pytest.mark.parametrize(
    ("ocr", "fixed"),
    [
        ("POUR : 8б", "POUR : 86"),
        ("CONTRE : O", "CONTRE : 0"),
        ("ABSTENTION : o", "ABSTENTION : 0"),
        ("CONTRE : O ABSTENTION : l", "CONTRE : 0 ABSTENTION : 1"),
        ("DONT l3 PROCURATION(S)", "DONT 13 PROCURATION(S)"),
        ("DONT 13 PROCURATION(S", "DONT 13 PROCURATION(S)"),
        ("Nombre de membres en exercice : 8B", "Nombre de membres en exercice : 88"),
        ("Votants : 2S - Pour : 2O", "Votants : 25 - Pour : 20"),
        ("par 2S voix pour", "par 25 voix pour"),
        ("depuis le ler janvier 2021", "depuis le 1er janvier 2021"),
        ("entre le lerjanvier 2021", "entre le 1er janvier 2021"),
        ("Séance du l5 décembre 2O23", "Séance du 15 décembre 2023"),
        ("NE SE PRONONCE PAS : O", "NE SE PRONONCE PAS : 0"),
        ("Séance du {7 novembre 2023", "Séance du 17 novembre 2023"),
        # "11" read as the word "il" in a margin box, at the end of the line only.
        ("en exercice : il", "en exercice : 11"),
        ("qui ont pris part à la délibération : il", "qui ont pris part à la délibération : 11"),
        ("délibération : Il", "délibération : 11"),
        ("Présents : ll ", "Présents : 11 "),
    ],
)
def test_counts_and_dates_corrected(ocr: str, fixed: str) -> None:
    assert correct_line(ocr) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "Absents : O. MULLER",  # an initial
        "Présents : Olivier MULLER, Isabelle PASTEUR",
        "Pour : Il est rappelé que",
        "POUR : SO",  # no digit: not a number
        "Contre : I. DUPONT",
        "A par ailleurs été exprimée",
        "le Conseil Municipal du 15 décembre 2020",
        "Secrétaire de séance : Monsieur HOAREAU",
        "Votants : BOB",
        "la loi n° 2020-290 pour faire face",
        "Absents : Il est rappelé que le quorum",  # "il" the word, not at the end
        "Objet : il",  # no count label
        "La délibération il",  # no colon
    ],
)
def test_words_left_alone(text: str) -> None:
    assert correct_line(text) == text


_LABELS = ["POUR", "CONTRE", "Abstentions", "Votants", "en exercice", "DONT", "voix", "mars"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([*_LABELS, ":", " ", "O", "o", "l", "I", "|", "S", "B", "Z", "б", "."]),
            st.text(alphabet="0123456789OolISBZ| :.,-б{}[]", max_size=5),
        ),
        max_size=12,
    )
)
def test_correction_never_adds_a_digit(parts: list[str]) -> None:
    """One glyph in, one digit out: the same length, and every change is a look-alike → digit."""
    text = "".join(parts)
    out = correct_line(text)
    assert len(out) == len(text)
    for before, after in zip(text, out, strict=True):
        assert before == after or (after.isdigit() and before in "OolI|SBZб{}[]")
    assert len(re.findall(r"\d", out)) >= len(re.findall(r"\d", text))


def test_a_box_rule_read_as_a_bar_parts_the_words_beside_it() -> None:
    # "délibération :  10 | Absents excusés :" on one Tesseract line: the margin box's
    # number, its right-hand rule (a tall "|"), then the body. The rule goes and the number
    # stays apart from the body.
    words = [
        ("délibération", 1, 160, 1000, 190, 35),
        (":", 1, 360, 1010, 5, 20),
        ("10", 1, 630, 1005, 33, 30),
        ("|", 1, 686, 990, 18, 70),
        ("Absents", 1, 715, 1000, 120, 32),
        ("excusés", 1, 850, 1002, 125, 30),
        (":", 1, 990, 1010, 5, 20),
    ]
    texts = [w.text for w in tesseract_words(_tsv(words), 72 / 300)]
    assert texts == ["délibération :", "10", "Absents excusés :"]


def test_a_bar_of_letter_height_is_kept() -> None:
    # Not a rule: a "|" as tall as the letters may be a misread "1" ("POUR : |").
    words = [("POUR", 1, 100, 100, 90, 30), (":", 1, 200, 105, 5, 20), ("|", 1, 215, 100, 6, 30)]
    assert [w.text for w in tesseract_words(_tsv(words), 0.24)] == ["POUR : |"]


def test_a_blot_does_not_stretch_its_line_over_the_next() -> None:
    # "Nombre de membres" read with the bottom of a coat of arms (boxes twice too tall): its
    # band must not reach down to the "11" of the next line, which belongs with "en exercice".
    words = [
        ("Nombre", 1, 180, 759, 190, 60),
        ("de", 1, 380, 755, 41, 68),
        ("membres", 1, 440, 759, 157, 27),
        ("en", 2, 178, 816, 38, 20),
        ("exercice", 2, 229, 814, 121, 21),
        (":", 2, 365, 817, 4, 17),
        ("11", 2, 648, 805, 27, 27),
    ]
    texts = [ln.text for ln in build_lines(tesseract_words(_tsv(words), 72 / 300), 1, 595.0)]
    assert texts == ["Nombre de membres", "en exercice : 11"]


def test_dust_read_as_punctuation_dropped_dashes_kept() -> None:
    # A 3-pixel dot read as ";" at the left of an item would stand as a column of its own.
    words = [
        (";", 1, 700, 1458, 3, 2),
        (">", 1, 800, 1435, 20, 30),
        ("Convention", 1, 830, 1430, 200, 40),
        ("VINÇON", 2, 720, 1500, 150, 40),
        ("-", 2, 880, 1520, 12, 4),
        ("Michel", 2, 900, 1500, 120, 40),
    ]
    assert [w.text for w in tesseract_words(_tsv(words), 0.24)] == [
        "> Convention",
        "VINÇON - Michel",
    ]
