"""The normaliser: named cases from the seed, and properties that hold for any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from delib_parse.normalise import normalise_lines, normalise_text
from delib_parse.sources import from_text

CASES = [
    # (name, raw, expected normalised)
    (
        "name_split_across_blank_line",
        "Madame Marie-Hélène JUILLARD-\n\nRANDRIAN",
        "Madame Marie-Hélène JUILLARD-RANDRIAN",
    ),
    (
        "name_split_across_line",
        "pouvoir à Madame Dominique BEGIN-\nCLAUDET",
        "pouvoir à Madame Dominique BEGIN-CLAUDET",
    ),
    ("prose_hyphen_dropped", "les communes adhé-\nrentes", "les communes adhérentes"),
    ("compound_word_kept", "celle-\nci", "celle-ci"),
    ("given_name_kept", "Jean-\nPierre MARTIN", "Jean-Pierre MARTIN"),
    ("justified_spaces", "Dijon  métropole  est  un  EPCI", "Dijon métropole est un EPCI"),
    (
        "glued_sentence",
        "de mutualisation.Toutefois, les élus",
        "de mutualisation. Toutefois, les élus",
    ),
    ("article_number_untouched", "l'article L. 5211-4-2 du code", "l'article L. 5211-4-2 du code"),
    ("decimal_untouched", "394,5 postes", "394,5 postes"),
    ("ordinal_untouched", "le 1er janvier 2022", "le 1er janvier 2022"),
    ("glued_colon", "créés en 2018 :Services communs", "créés en 2018 : Services communs"),
    ("typographic_apostrophe", "l’EPCI d‘accord", "l'EPCI d'accord"),
    ("nbsp_and_thin_space", "Présents\u00a0:\u202f21", "Présents : 21"),
    ("ligatures", "ofﬁce efﬁcience", "office efficience"),
    (
        "signature_placeholder",
        "Monsieur HOAREAU\n\n#signature1#\n\nLe Président",
        "Monsieur HOAREAU\n\nLe Président",
    ),
    (
        "markdown_heading_marks",
        "### 2. Compte administratif 2024\n## ##  Titre\nN° #3 reste",
        "2. Compte administratif 2024\nTitre\nN° #3 reste",
    ),
    ("pdfium_line_end_hyphen", "JUILLARD\ufffe\nRANDRIAN", "JUILLARD-RANDRIAN"),
    ("crlf", "a\r\nb", "a\nb"),
    ("blank_runs_squeezed", "a\n\n\n\nb", "a\n\nb"),
    ("dash_separator_not_a_hyphen", "CAUQUIL R. -\nLANET M.", "CAUQUIL R. -\nLANET M."),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_normalise_cases(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


def test_seed_names_are_whole(seed_text: str) -> None:
    text = normalise_text(seed_text)
    assert "Madame Marie-Hélène JUILLARD-RANDRIAN" in text.splitlines()
    assert "Monsieur Jacques CARRELET DE LOISY pouvoir à Madame Dominique BEGIN-CLAUDET" in text
    assert "#signature" not in text


def test_offsets_point_at_source_lines() -> None:
    raw = "titre\n\nMadame Marie JUILLARD-\n\nRANDRIAN\nfin\fpage deux"
    nt = normalise_lines(from_text(raw).lines())
    joined = nt.text.index("RANDRIAN")
    assert (nt.locate(nt.text.index("Madame")).page, nt.locate(nt.text.index("Madame")).line) == (
        1,
        3,
    )
    assert (nt.locate(joined).page, nt.locate(joined).line) == (1, 5)
    two = nt.locate(nt.text.index("page deux"))
    assert (two.page, two.line) == (2, 1)


texts = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Z", "S", "Cc", "Mn")),
    max_size=300,
) | st.lists(
    st.sampled_from(
        [
            "JUILLARD-",
            "",
            "RANDRIAN",
            "adhé-",
            "rents",
            "  ",
            "a.B",
            "x :y",
            "\ufffe",
            "#signature1#",
            "Monsieur",
            "M.",
            "-",
            "é",
            "\u00ad",
            "ﬁ",
            "\f",
            "’",
        ]
    ),
    max_size=30,
).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_normalise_is_idempotent_and_total(raw: str) -> None:
    once = normalise_text(raw)
    assert normalise_text(once) == once


@settings(max_examples=200, deadline=None)
@given(texts)
def test_every_offset_maps_to_a_source_line(raw: str) -> None:
    src = from_text(raw)
    nt = normalise_lines(src.lines())
    pages = {p.number: len(p.lines) for p in src.pages}
    for offset in range(0, len(nt.text) + 1, max(1, len(nt.text) // 20 or 1)):
        loc = nt.locate(offset)
        assert loc.page in pages
        assert 1 <= loc.line <= pages[loc.page]
