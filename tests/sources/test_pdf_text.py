"""The PDF text layer read as pdfium prints it: no spaces inside words, fake bold once, list
markers on their item's line, tables of amounts row by row, footers dropped — on small PDFs
drawn here with reportlab and on real documents (public records, copied from
../shared/corpus/real to tests/data/pdf/real)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from delib_parse.api import normalise_file
from delib_parse.normalise.furniture import strip_furniture
from delib_parse.sources import SourceOptions, load_path
from delib_parse.sources.pdf import read_pdf_bytes
from tests.sources.conftest import DATA

REAL = DATA / "real"
CM_19_OCTOBRE = REAL / "CM-19-OCTOBRE-2021.pdf"
COUTHENANS = REAL / "couthenans-2021-01-29.pdf"
FLAUX_LISTE = REAL / "flaux-2025-05-16-liste-deliberations.pdf"
PV_JANVIER = REAL / "20250127-PV.pdf"

Draw = Callable[[object], None]


def _pdf(*pages: Draw) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for draw in pages:
        c.setFont("Helvetica", 10)
        draw(c)
        c.showPage()
    c.save()
    return buf.getvalue()


def _pieces(c: object, y: float, pieces: list[tuple[float, str]], size: float = 10) -> None:
    """Each piece its own text object (as Word writes a run of one font, a field, a tab)."""
    for x, text in pieces:
        obj = c.beginText(x, y)  # type: ignore[attr-defined]
        obj.setFont("Helvetica", size)
        obj.textOut(text)
        c.drawText(obj)  # type: ignore[attr-defined]


def _lines(data: bytes, extractor: str = "pdfium") -> list[str]:
    doc = read_pdf_bytes(data, options=SourceOptions(extractor=extractor, ocr="never"))  # type: ignore[arg-type]
    return [ln.text for ln in strip_furniture(doc.pages)]


def _file_lines(path: Path) -> list[str]:
    doc = load_path(path, SourceOptions(ocr="never"))
    return [ln.text for ln in strip_furniture(doc.pages)]


def _width(text: str, size: float = 10) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, "Helvetica", size))


# --- 1. spaces follow the gaps, not the text objects ------------------------------------------


def _split_name(c: object) -> None:
    # "Monsieur Jean" "-" "Jacques CARRETERO" ", " "M. Gérard LANNIER": a hyphen and a comma
    # in text objects of their own, touching the words around them.
    x = 60.0
    pieces = []
    for text in ("Monsieur Jean", "-", "Jacques CARRETERO", ", ", "M. Gérard LANNIER", "."):
        pieces.append((x, text))
        x += _width(text)
    _pieces(c, 700, pieces)
    x = 60.0
    pieces = []
    for text in ("Elle demande s", "'", "il y a des observations sur les procès", "-", "verbaux"):
        pieces.append((x, text))
        x += _width(text)
    _pieces(c, 686, pieces)


def test_no_space_inside_a_name_or_before_punctuation(extractor: str) -> None:
    lines = _lines(_pdf(_split_name), extractor)
    assert "Monsieur Jean-Jacques CARRETERO, M. Gérard LANNIER." in lines
    assert "Elle demande s'il y a des observations sur les procès-verbaux" in lines


def test_real_names_and_references_keep_their_spelling() -> None:
    text = normalise_file(CM_19_OCTOBRE, SourceOptions(ocr="never")).text
    for good in (
        "Monsieur Jean-Jacques CARRETERO,",
        "Monsieur Romain RIBEIRO, Monsieur Jean-Claude THUILLIER,",
        "Madame Marie-Alice DEBUISSER",
        "Elle demande s'il y a des observations",
        "l'article L. 2121-23 du CGCT",
        "procès-verbaux",
    ):
        assert good in text
    for bad in ("Jean - ", "RIBEIRO ,", "s ' il", "2121 - 23", "procès - verbaux", "2021 ."):
        assert bad not in text


# --- 2. fake bold: every glyph drawn twice ----------------------------------------------------


def _fake_bold(c: object) -> None:
    for dx, dy in ((0.0, 0.0), (0.3, 0.0), (0.0, 0.3)):
        _pieces(c, 700 + dy, [(60 + dx, "Ordre du jour :")])
    _pieces(c, 686, [(60, "I"), (90, "Convention de mise à disposition de personnel.")])


def test_fake_bold_read_once(extractor: str) -> None:
    lines = _lines(_pdf(_fake_bold), extractor)
    assert lines[0] == "Ordre du jour :"


def test_real_fake_bold_heading_read_once() -> None:
    lines = _file_lines(COUTHENANS)
    assert "Ordre du jour :" in lines
    assert not any("OOrdre" in ln or "::" in ln for ln in lines)


# --- 3. list markers stay on their item's line -----------------------------------------------

AGENDA = [
    "Autorisation à donner pour la signature de conventions",
    "Tarification 2022",
    "Engagement dans le dispositif « Service Civique »",
    "Modification du tracé du GR 12",
]


def _numbered(c: object) -> None:
    y = 760.0
    for i, title in enumerate(AGENDA, start=1):
        _pieces(c, y, [(60, f"{i}."), (96, title)])
        y -= 14
    y -= 14
    for numeral, title in zip(("I", "II", "III", "IV"), AGENDA, strict=True):
        _pieces(c, y, [(60, numeral), (96, title)])
        y -= 14
    y -= 14
    for bullet, title in (("•", AGENDA[0]), ("-", AGENDA[1]), ("o", AGENDA[2])):
        _pieces(c, y, [(78, bullet), (96, title)])
        y -= 14
    # A bulleted item that wraps: its second line starts under the text, not the bullet.
    _pieces(c, y, [(78, "-"), (96, "Les mobiliers et matériels de l'emprise commerciale")])
    _pieces(c, y - 14, [(96, "doivent présenter une cohérence.")])


def test_list_markers_start_their_items_line(extractor: str) -> None:
    lines = _lines(_pdf(_numbered), extractor)
    for i, title in enumerate(AGENDA, start=1):
        assert f"{i}. {title}" in lines
    for numeral, title in zip(("I", "II", "III", "IV"), AGENDA, strict=True):
        assert f"{numeral} {title}" in lines
    if extractor == "pdfium":  # pdfminer reads reportlab's bullet as "(cid:127)"
        assert f"• {AGENDA[0]}" in lines
    assert f"- {AGENDA[1]}" in lines
    assert f"o {AGENDA[2]}" in lines
    assert "- Les mobiliers et matériels de l'emprise commerciale" in lines
    assert "doivent présenter une cohérence." in lines


def test_real_agenda_numbers_and_numerals_with_their_titles() -> None:
    lines = _file_lines(CM_19_OCTOBRE)
    assert "2. Tarification 2022" in lines
    assert "5. Modification du tracé du GR 12" in lines
    assert any(ln.startswith("1. Autorisation à donner pour la signature") for ln in lines)
    assert "- Ne pas installer sur les terrasses, ni barbecue, ni cuisine mobile." in lines
    assert not {"1.", "2.", "-"} & set(lines)
    agenda = _file_lines(COUTHENANS)
    assert "I Convention de mise à disposition de personnel." in agenda
    assert "IV Plan de sauvegarde communal." in agenda
    assert not {"I", "II", "III", "IV"} & set(agenda)


def test_real_word_bullets_each_start_a_line() -> None:
    # Word's bullets are Symbol glyphs (U+F0D7) that the normaliser turns into "•".
    lines = normalise_file(FLAUX_LISTE, SourceOptions(ocr="never")).text.splitlines()
    items = [ln for ln in lines if ln.startswith("•")]
    assert len(items) == 6
    assert items[0] == "• Approbation du procès-verbal du 04 avril 2025"
    assert items[-1].startswith("• Modification de la délibération n°2024-37")
    assert not any(ln.strip() == "•" for ln in lines)


# --- genuine columns still rebuilt; tables of amounts read across ----------------------------


def _amounts(c: object) -> None:
    y = 760.0
    for label, amount in (
        ("Le mètre linéaire à l'année", "60 €"),
        ("Le mètre linéaire à la semaine", "2,5 €"),
        ("Supplément électricité à la semaine", "1 € / 50 €"),
    ):
        _pieces(c, y, [(60, label), (360, amount)])
        y -= 14


def test_table_of_amounts_read_row_by_row(extractor: str) -> None:
    lines = _lines(_pdf(_amounts), extractor)
    assert lines == [
        "Le mètre linéaire à l'année 60 €",
        "Le mètre linéaire à la semaine 2,5 €",
        "Supplément électricité à la semaine 1 € / 50 €",
    ]


def _names_in_columns(c: object) -> None:
    y = 760.0
    for left, right in (
        ("Monsieur Pierre DURAND", "Madame Anne MARTIN"),
        ("Madame Claire PETIT", "Monsieur Paul ROBERT"),
        ("Monsieur Luc BERNARD", "Madame Julie MOREAU"),
    ):
        _pieces(c, y, [(60, left), (300, right)])
        y -= 14


def test_names_in_columns_still_read_column_by_column(extractor: str) -> None:
    lines = _lines(_pdf(_names_in_columns), extractor)
    assert lines == [
        "Monsieur Pierre DURAND",
        "Madame Claire PETIT",
        "Monsieur Luc BERNARD",
        "Madame Anne MARTIN",
        "Monsieur Paul ROBERT",
        "Madame Julie MOREAU",
    ]


# --- running footers above the bottom margin -------------------------------------------------


def test_footer_above_the_margin_dropped() -> None:
    def page(n: int) -> Draw:
        def draw(c: object) -> None:
            _pieces(c, 700, [(60, f"Texte de la page {n} du procès-verbal.")])
            # 57 pt above the bottom edge: over the 6 % margin.
            _pieces(c, 57, [(60, f"Commune de Pierrefonds - Conseil Municipal – Page {n} / 3")])

        return draw

    lines = _lines(_pdf(page(1), page(2), page(3)))
    assert lines == [f"Texte de la page {n} du procès-verbal." for n in (1, 2, 3)]


def test_real_footer_dropped() -> None:
    lines = _file_lines(PV_JANVIER)
    assert not any("Conseil Municipal du 27 janvier 2025 – Page" in ln for ln in lines)


@pytest.mark.parametrize("path", [CM_19_OCTOBRE, COUTHENANS], ids=lambda p: p.name)
def test_real_text_matches_pdfium_words(path: Path) -> None:
    # Whatever the layout, the words are pdfium's own, in the same number.
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        plain = []
        for page in doc:
            textpage = page.get_textpage()
            plain.extend(textpage.get_text_range().replace("\ufffe", "-").split())
            textpage.close()
            page.close()
    finally:
        doc.close()
    doc_lines = load_path(path, SourceOptions(ocr="never"))
    ours = [w for page in doc_lines.pages for ln in page.lines for w in ln.text.split()]
    assert sorted(ours) == sorted(plain)
