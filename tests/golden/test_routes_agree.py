"""The text route and the PDF route read the seed alike: the same facts, whatever the layout."""

from __future__ import annotations

from typing import Any

import pytest

from delib_parse import parse_file
from tests.conftest import ROOT, SEED

PDFS = [
    ROOT / "tests" / "data" / "pdf" / "dijon-metropole-2023-02-02-mutualisation.pdf",
    ROOT / "tests" / "data" / "pdf" / "seed-2col.pdf",
]


def facts(path: Any) -> dict[str, Any]:
    (d,) = parse_file(path).deliberations
    return {
        "sitting": (
            d.sitting.date,
            d.sitting.convened_on,
            d.sitting.president,
            d.sitting.secretary,
        ),
        "bodies": (d.authority, d.assembly),
        "subject": (d.subject.category, d.subject.title),
        "counts": d.counts,
        "present": sorted(p.name for p in d.present),
        "proxies": sorted((p.grantor.name, p.holder.name) for p in d.proxies),
        "vote": d.vote,
        "decision": d.decision,
        "errors": sorted(f.code for f in d.findings if f.severity == "error"),
    }


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.name)
def test_pdf_and_text_give_the_same_facts(pdf: Any) -> None:
    assert facts(pdf) == facts(SEED)
