"""PDFs written byte by byte, for limits no PDF library would write: a page of the largest
size the format allows, a content stream that inflates a thousandfold."""

from __future__ import annotations

import zlib


def build_pdf(objects: list[bytes]) -> bytes:
    """A PDF of these objects (1 0 obj is the catalogue), with a correct cross-reference
    table: pdfium would read a broken one too, but by repairing it, a different path."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def stream(data: bytes, extra: bytes = b"", *, deflate: bool = False) -> bytes:
    if deflate:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def image_page_pdf(width: float, height: float) -> bytes:
    """One page of width x height points covered by a 1x1 grey image: a 'scan' without text,
    which OCR is asked to read."""
    content = b"q %g 0 0 %g 0 0 cm /Im1 Do Q" % (width, height)
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Contents 4 0 R"
            b" /Resources << /XObject << /Im1 5 0 R >> >> >>" % (width, height),
            stream(content),
            stream(
                b"\x80",
                b" /Type /XObject /Subtype /Image /Width 1 /Height 1"
                b" /ColorSpace /DeviceGray /BitsPerComponent 8",
            ),
        ]
    )


def inflating_pdf(inflated_bytes: int) -> bytes:
    """One page whose content stream inflates to `inflated_bytes` of spaces (a PDF comment
    or white space is all a content stream of a bomb needs) around one line of text."""
    content = b"BT /F1 12 Tf 72 720 Td (Bonjour) Tj ET\n" + b" " * inflated_bytes
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            stream(content, deflate=True),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )
