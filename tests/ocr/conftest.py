"""Scans OCR'd once per test session (Tesseract takes seconds a page), or the tests skipped
when Tesseract or its French model is not installed (see .ci/install-ocr.sh)."""

from __future__ import annotations

from pathlib import Path

import pytest

from delib_parse.sources.base import SourcePage
from delib_parse.sources.options import SourceOptions

DATA = Path(__file__).resolve().parent.parent / "data" / "ocr"
SEED_2COL = DATA / "seed-2col.scanned.pdf"
DIJON_150 = DATA / "dijon-metropole-2023-02-02-mutualisation.scanned.pdf"
FLAUX = DATA / "flaux-2021-03-11-cr.pdf"
SKIP_REASON = "tesseract-ocr / tesseract-ocr-fra not installed"

# The 73 present members of the seed, in the order of the list (left column, then right).
PRESENT = [
    ("Monsieur", "François", "REBSAMEN"), ("Monsieur", "Pierre", "PRIBETICH"),
    ("Monsieur", "Thierry", "FALCONNET"), ("Monsieur", "Rémi", "DETANG"),
    ("Madame", "Sladana", "ZIVKOVIC"), ("Monsieur", "Jean-François", "DODET"),
    ("Madame", "Françoise", "TENENBAUM"), ("Monsieur", "Jean-Patrick", "MASSON"),
    ("Monsieur", "François", "DESEILLE"), ("Monsieur", "Dominique", "GRIMPRET"),
    ("Madame", "Danielle", "JUBAN"), ("Monsieur", "Jean-Claude", "GIRARD"),
    ("Monsieur", "Philippe", "LEMANCEAU"), ("Madame", "Marie-Hélène", "JUILLARD-RANDRIAN"),
    ("Madame", "Christine", "MARTIN"), ("Monsieur", "Antoine", "HOAREAU"),
    ("Monsieur", "Nicolas", "BOURNY"), ("Madame", "Céline", "TONOT"),
    ("Madame", "Nadjoua", "BELHADEF"), ("Monsieur", "Hamid", "EL HASSOUNI"),
    ("Madame", "Brigitte", "POPARD"), ("Madame", "Océane", "CHARRET-GODARD"),
    ("Monsieur", "Denis", "HAMEAU"), ("Monsieur", "Guillaume", "RUET"),
    ("Madame", "Nuray", "AKPINAR-ISTIQUAM"), ("Monsieur", "Laurent", "GOBET"),
    ("Madame", "Dominique", "MARTIN-GENDRE"), ("Madame", "Karine", "HUON-SAVINA"),
    ("Monsieur", "Nicolas", "SCHOUTITH"), ("Madame", "Ludmila", "MONTEIRO"),
    ("Monsieur", "Jean-Michel", "VERPILLOT"), ("Monsieur", "Jean-Philippe", "MOREL"),
    ("Madame", "Kildine", "BATAILLE"), ("Madame", "Stéphanie", "VACHEROT"),
    ("Monsieur", "Marien", "LOVICHI"), ("Monsieur", "Christophe", "BERTHIER"),
    ("Monsieur", "Georges", "MEZUI"), ("Madame", "Lydie", "PFANDER-MENY"),
    ("Monsieur", "Jean-François", "COURGEY"), ("Monsieur", "Emmanuel", "BICHOT"),
    ("Madame", "Caroline", "JACQUEMARD"), ("Monsieur", "Stéphane", "CHEVALIER"),
    ("Madame", "Céline", "RENAUD"), ("Monsieur", "Laurent", "BOURGUIGNAT"),
    ("Monsieur", "Bruno", "DAVID"), ("Madame", "Laurence", "GERBET"),
    ("Madame", "Stéphanie", "MODDE"), ("Monsieur", "Olivier", "MULLER"),
    ("Monsieur", "Patrice", "CHATEAU"), ("Monsieur", "David", "HAEGY"),
    ("Monsieur", "Lionel", "SANCHEZ"), ("Monsieur", "Léo", "LACHAMBRE"),
    ("Monsieur", "Samuel", "LONCHAMPT"), ("Madame", "Bénédicte", "PERSON-PICARD"),
    ("Madame", "Catherine", "VICTOR"), ("Monsieur", "Gérard", "HERRMANN"),
    ("Madame", "Dominique", "BEGIN-CLAUDET"), ("Monsieur", "Jean", "DUBUET"),
    ("Madame", "Anne", "PERRIN-LOUVRIER"), ("Monsieur", "Gaston", "FOUCHERES"),
    ("Monsieur", "Jean-Marc", "RETY"), ("Monsieur", "Jean-marc", "GONÇALVES"),
    ("Madame", "Catherine", "PAGEAUX"), ("Monsieur", "Didier", "RELOT"),
    ("Monsieur", "Patrick", "BAUDEMENT"), ("Madame", "Catherine", "GOZZI"),
    ("Monsieur", "Philippe", "SCHMITT"), ("Madame", "Céline", "RABUT"),
    ("Monsieur", "Philippe", "BELLEVILLE"), ("Monsieur", "Adrien", "GUENE"),
    ("Madame", "Noëlle", "CAMBILLARD"), ("Monsieur", "Cyril", "GAUCHER"),
    ("Monsieur", "Stéphane", "WOYNAROSKI"),
]  # fmt: skip


def tesseract_or_skip() -> None:
    from delib_parse.errors import OcrUnavailable
    from delib_parse.sources import ocr

    try:
        ocr.check_available()
    except OcrUnavailable:
        pytest.skip(SKIP_REASON)


def _ocr_all(path: Path) -> dict[int, SourcePage]:
    from delib_parse.sources import ocr
    from delib_parse.sources.pdf import read_pdf_bytes

    tesseract_or_skip()
    data = path.read_bytes()
    count = len(read_pdf_bytes(data, options=SourceOptions(ocr="never")).pages)
    return ocr.ocr_pages(data, list(range(1, count + 1)), SourceOptions(jobs=0))


@pytest.fixture(scope="session")
def seed_2col_pages() -> dict[int, SourcePage]:
    return _ocr_all(SEED_2COL)


@pytest.fixture(scope="session")
def dijon_150_pages() -> dict[int, SourcePage]:
    return _ocr_all(DIJON_150)


@pytest.fixture(scope="session")
def flaux_pages() -> dict[int, SourcePage]:
    return _ocr_all(FLAUX)


def lines_of(pages: dict[int, SourcePage]) -> list[str]:
    return [line.text for number in sorted(pages) for line in pages[number].lines]
