"""The scans read through Tesseract: names whole and in column order, counts, dates."""

from __future__ import annotations

import io

import pytest

from delib_parse.sources.base import SourceDocument, SourcePage
from delib_parse.sources.options import SourceOptions
from tests.ocr.conftest import PRESENT, SEED_2COL, lines_of, tesseract_or_skip


def _present_lines(lines: list[str]) -> list[str]:
    start = lines.index("Membres présents :")
    end = lines.index("Membres absents :")
    return lines[start + 1 : end]


def test_seed_2col_every_present_member_whole_and_in_column_order(
    seed_2col_pages: dict[int, SourcePage],
) -> None:
    present = _present_lines(lines_of(seed_2col_pages))
    expected = [" ".join(name) for name in PRESENT]
    assert present == expected


def test_seed_2col_compound_names_wrapped_in_their_column_are_whole(
    seed_2col_pages: dict[int, SourcePage],
) -> None:
    text = "\n".join(lines_of(seed_2col_pages))
    for family in ("JUILLARD-RANDRIAN", "MARTIN-GENDRE", "BEGIN-CLAUDET", "AKPINAR-ISTIQUAM"):
        assert family in text
    assert "Madame Dominique BEGIN-CLAUDET" in text  # the proxy holder wrapped at the hyphen


def test_seed_2col_header_counts_and_vote(seed_2col_pages: dict[int, SourcePage]) -> None:
    lines = lines_of(seed_2col_pages)
    for expected in (
        "Séance du jeudi 02 février 2023",
        "Convocation envoyée le 27 janvier 2023",
        "Nombre de membres en exercice : 86",
        "Nombre de présents participant au vote : 73",
        "Nombre de procurations : 13",
        "POUR : 86",
        "CONTRE : 0",
        "ABSTENTION : 0",
        "DONT 13 PROCURATION(S)",
    ):
        assert expected in lines
    assert all(page.ocr for page in seed_2col_pages.values())
    assert sorted(seed_2col_pages) == [1, 2, 3]


def test_seed_2col_parses_like_the_text_layer(seed_2col_pages: dict[int, SourcePage]) -> None:
    """The OCR'd pages through the rest of delib give the seed's facts."""
    from delib_parse.api import parse_source

    pages = [seed_2col_pages[n] for n in sorted(seed_2col_pages)]
    src = SourceDocument(None, "0" * 64, "application/pdf", "pdfium", pages)
    doc = parse_source(src).model_dump(mode="json")
    (delib,) = doc["deliberations"]
    assert delib["sitting"]["date"] == "2023-02-02"
    assert delib["counts"]["in_office"] == 86
    assert delib["counts"]["present"] == 73
    assert delib["counts"]["represented"] == 13
    assert len(delib["present"]) == 73
    assert len(delib["proxies"]) == 13
    assert (delib["vote"]["yes"], delib["vote"]["no"], delib["vote"]["abstain"]) == (86, 0, 0)


def test_dijon_150_dpi_scan_most_names_whole_and_in_order(
    dijon_150_pages: dict[int, SourcePage],
) -> None:
    # A 150-dpi scan of a font whose J stands apart: a few names come out split ("P atrick"),
    # but the three columns of the table are read column by column.
    lines = lines_of(dijon_150_pages)
    present = _present_lines(lines)
    expected = [" ".join(name) for name in PRESENT]
    found = [present.index(name) for name in expected if name in present]
    assert len(found) >= 66, sorted(set(expected) - set(present))
    assert found == sorted(found)
    assert len(present) == 73
    text = "\n".join(lines)
    # The vote box may be read row by row here ("POUR : 86 ABSTENTION : 0").
    for expected in (
        "Séance du jeudi 02 février 2023",
        "Nombre de présents participant au vote : 73",
        "POUR : 86",
        "DONT 13 PROCURATION(S)",
    ):
        assert expected in text


def test_real_scan_flaux(flaux_pages: dict[int, SourcePage]) -> None:
    """A copier scan with a margin box, a logo and a préfecture stamp."""
    lines = lines_of(flaux_pages)
    text = "\n".join(lines)
    assert sorted(flaux_pages) == [1, 2, 3, 4, 5]
    assert "Séance du 11 mars 2021" in text
    assert "5 mars 2021" in text  # date of the convocation, in the margin box
    assert "Présents : Denis JUVIN - Muriel NIGGEL - Jean-Pierre PLUS" in text
    assert "Catherine MARTEL donne procuration à Michel VAILLIES" in text
    assert "Vote : à l'unanimité" in text


def test_pdf_source_ocrs_image_only_pages() -> None:
    """Through pdf.read_pdf_bytes: an image-only page is OCR'd and marked so."""
    import pypdfium2 as pdfium

    from delib_parse.sources.pdf import read_pdf_bytes

    tesseract_or_skip()
    scan = pdfium.PdfDocument(SEED_2COL.read_bytes())
    one = pdfium.PdfDocument.new()
    one.import_pages(scan, [2])  # the vote page
    buf = io.BytesIO()
    one.save(buf)
    data = buf.getvalue()

    src = read_pdf_bytes(data, options=SourceOptions(ocr="auto"))
    assert src.ocr and src.pages[0].ocr and not src.pages[0].unreadable
    assert "POUR : 86" in [line.text for line in src.lines()]
    assert all(line.page == 1 for line in src.lines())

    src = read_pdf_bytes(data, options=SourceOptions(ocr="never"))
    assert not src.ocr and src.pages[0].unreadable


@pytest.mark.parametrize("timeout", [0.001])
def test_document_time_limit(timeout: float) -> None:
    from delib_parse.errors import DocumentTimeout
    from delib_parse.sources import ocr

    tesseract_or_skip()
    with pytest.raises(DocumentTimeout):
        ocr.ocr_pages(SEED_2COL.read_bytes(), [1, 2, 3], SourceOptions(timeout=timeout))


def test_page_tesseract_cannot_finish_is_left_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    from delib_parse.sources import ocr

    tesseract_or_skip()
    monkeypatch.setattr(ocr, "PAGE_TIMEOUT", 0.05)
    found = ocr.ocr_pages(SEED_2COL.read_bytes(), [1], SourceOptions(timeout=None))
    assert found == {}  # the page stays unreadable: rule X002 reports it
