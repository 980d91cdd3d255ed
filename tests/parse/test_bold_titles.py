"""Minutes that number none of their items and set each title in bold (a PDF's text layer):
the titles in bold are a heading family of the outline, scored on the votes like any other
(issue #11: "a bold or larger font in a PDF"). Fictional minutes drawn with reportlab."""

from __future__ import annotations

import io

import pytest

from delib_parse.api import parse_bytes
from delib_parse.sources import SourceOptions
from delib_parse.sources.fonts import bold_font_name
from delib_parse.sources.pdf import read_pdf_bytes

# (font, text) per line; "" is a blank line.
Line = tuple[str, str]
R, B = "Helvetica", "Helvetica-Bold"

OPENING: list[Line] = [
    (B, "COMMUNE DE VAL-DE-BRÈVE"),
    (R, "Compte rendu de la séance du conseil municipal du 3 mars 2025"),
    ("", ""),
    (R, "Présents : Mme Alice MARTEL, M. Bruno FERRAND, Mme Chloé DUVAL, M. Denis RIOU,"),
    (R, "Mme Émilie SAUNIER, M. Fabien LOZE, Mme Gaëlle PIRON."),
    (R, "Absent excusé : M. Hugo VASSEUR."),
    (R, "Secrétaire de séance : Mme Chloé DUVAL."),
    ("", ""),
]

MATTERS: list[Line] = [
    (B, "Tarifs de la salle des fêtes pour l'année 2025"),
    (R, "Le conseil municipal, après en avoir délibéré, à l'unanimité, fixe les tarifs de la"),
    (R, "salle des fêtes comme suit : 150 euros le week-end pour les habitants."),
    (B, "Convention avec le syndicat des eaux de la Brève"),
    (R, "Le conseil municipal, après en avoir délibéré, par 5 voix pour et 2 abstentions,"),
    (R, "autorise le maire à signer la convention."),
    ("", ""),
    (B, "Travaux de voirie du chemin des Aulnes : choix de"),
    (B, "l'entreprise"),
    (R, "Le conseil municipal retient l'offre de l'entreprise Terrassements Morin et"),
    (R, "présente le détail de l'offre :"),
    (B, "Lot unique Montant hors taxes"),
    (R, "Chaussée 18 400,00"),
    (R, "Le conseil municipal, à l'unanimité, approuve ce choix."),
    (B, "Questions diverses"),
    (R, "Le maire informe le conseil de la date de la fête communale."),
]


def _pdf(lines: list[Line]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 800.0
    for font, text in lines:
        if text:
            c.setFont(font, 10)
            c.drawString(50, y, text)
        y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def _items(lines: list[Line]) -> list[tuple[str | None, object]]:
    doc = parse_bytes(_pdf(lines), options=SourceOptions(ocr="never"))
    out = []
    for d in doc.deliberations:
        v = d.vote
        tally = None if v is None else (v.yes, v.no, v.abstain, v.unanimous)
        out.append((d.subject.title if d.subject else None, tally))
    return out


def test_lines_in_a_bold_font_are_marked_strong() -> None:
    doc = read_pdf_bytes(_pdf(OPENING + MATTERS), options=SourceOptions(ocr="never"))
    strong = [ln.text for ln in doc.lines() if ln.strong]
    assert "Tarifs de la salle des fêtes pour l'année 2025" in strong
    assert not any(t.startswith("Le conseil municipal") for t in strong)


@pytest.mark.parametrize(
    ("name", "bold"),
    [
        ("Times-Bold", True),
        ("ABCDEE+ArialNarrow-Bold", True),
        ("Calibri,Bold", True),
        ("TimesNewRomanPS-BoldItalicMT", True),
        ("Arial-Black", True),
        ("Calibri", False),
        ("Times-Roman", False),
        ("ComicSansMS", False),
    ],
)
def test_a_bold_face_is_known_by_its_name(name: str, bold: bool) -> None:
    assert bold_font_name(name) is bold


def test_titles_in_bold_head_the_items_of_minutes_numbering_none() -> None:
    items = _items(OPENING + MATTERS)
    assert items == [
        ("Tarifs de la salle des fêtes pour l'année 2025", (None, None, None, True)),
        ("Convention avec le syndicat des eaux de la Brève", (5, None, 2, False)),
        # a title in bold on two lines is one; the bold header of a table a sentence
        # announces ("… le détail de l'offre :") is no title
        (
            "Travaux de voirie du chemin des Aulnes : choix de l'entreprise",
            (None, None, None, True),
        ),
    ]


def test_the_same_minutes_in_roman_throughout_are_not_cut_at_those_lines() -> None:
    """Without the bold, the same titles are lines of prose like the others: what cuts the
    items is the font, not the wording of those lines."""
    roman = [(R if font else font, text) for font, text in OPENING + MATTERS]
    titles = [title for title, _ in _items(roman)]
    assert "Convention avec le syndicat des eaux de la Brève" not in titles
