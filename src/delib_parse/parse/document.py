"""Build the Document from the normalised text (work in progress: being written)."""

from __future__ import annotations

from delib_parse.model.document import Deliberation, Document, Source
from delib_parse.normalise.offsets import NormalisedText
from delib_parse.sources.base import SourceDocument


def source_model(src: SourceDocument) -> Source:
    return Source(path=src.path, sha256=src.sha256, media_type=src.media_type,
                  pages=len(src.pages), extractor=src.extractor, ocr=src.ocr,
                  ocr_pages=[p.number for p in src.pages if p.ocr])


def parse_document(text: NormalisedText, src: SourceDocument) -> Document:
    return Document(source=source_model(src), deliberations=[Deliberation()])
