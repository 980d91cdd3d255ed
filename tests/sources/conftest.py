"""Small PDFs made by the tests themselves, one per way a PDF can be unreadable."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "data" / "pdf"
DIJON = DATA / "dijon-metropole-2023-02-02-mutualisation.pdf"
SEED_2COL = DATA / "seed-2col.pdf"
RECUEIL_20 = DATA / "recueil-20-deliberations.pdf"

BODY = (
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS",
    "Séance du jeudi 02 février 2023",
    "Nombre de membres en exercice : 86",
)


def text_pdf(pages: int = 1, lines: tuple[str, ...] = BODY) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for _ in range(pages):
        y = 780.0
        for line in lines:
            c.drawString(60, y, line)
            y -= 14
        c.showPage()
    c.save()
    return buf.getvalue()


def image_pdf(stamp: str = "", cover: bool = False) -> bytes:
    """One page holding a picture of text and no text layer, as a scan is (with `stamp`, the
    short text layer a transmission stamp adds; with `cover`, the picture fills the page)."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    picture = Image.new("L", (600, 200), 255)
    ImageDraw.Draw(picture).text((20, 80), "Membres présents : Monsieur X", fill=0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    if cover:
        c.drawImage(ImageReader(picture), 0, 0, width=A4[0], height=A4[1])
    else:
        c.drawImage(ImageReader(picture), 50, 500, width=500, height=160)
    if stamp:
        c.drawString(300, 820, stamp)
    c.showPage()
    c.save()
    return buf.getvalue()


def encrypted_pdf(user_password: str, owner_password: str = "owner") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(text_pdf())).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def zero_page_pdf() -> bytes:
    from pypdf import PdfWriter

    buf = io.BytesIO()
    PdfWriter().write(buf)
    return buf.getvalue()


@pytest.fixture(params=["pdfium", "pdfplumber"])
def extractor(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, bytes], Path]:
    def write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write
