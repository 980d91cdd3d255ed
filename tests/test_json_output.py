"""The JSON of a document is written by pydantic's serialiser (model_dump_json) and a batch
record's document is the worker's JSON text: the bytes are those `json.dumps` of the
`model_dump` dict wrote, for every document of the test corpora."""

from __future__ import annotations

import json
import pickle
from functools import cache
from pathlib import Path

import pytest

from delib_parse.batch.result import FileResult, FindingRecord
from delib_parse.errors import DelibError
from delib_parse.model.document import Document, Source
from delib_parse.report.batch_json import JsonlReporter, JsonReporter, record_json
from delib_parse.report.jsonout import document_json, documents_json
from delib_parse.report.safe import json_safe

DATA = Path(__file__).resolve().parent / "data"
FILES = sorted(p for p in DATA.rglob("*") if p.suffix in (".txt", ".pdf"))


@cache
def _parsed(path: Path) -> Document | None:
    from delib_parse import parse_file
    from delib_parse.sources import SourceOptions

    try:
        return parse_file(path, options=SourceOptions(ocr="never"))
    except DelibError:
        return None


def _old_pretty(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _old_compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(DATA)) for p in FILES])
def test_document_json_is_byte_identical_to_json_dumps(path: Path) -> None:
    doc = _parsed(path)
    if doc is None:
        pytest.skip("refused by delib: no document")
    as_dict = doc.model_dump(mode="json")
    assert document_json(doc) == _old_pretty(as_dict)
    assert document_json(doc, indent=None) == _old_compact(as_dict)


def _some_documents() -> list[Document]:
    docs = [_parsed(p) for p in FILES[:40]]
    return [d for d in docs if d is not None and d.deliberations][:4]


def test_documents_array_is_byte_identical() -> None:
    docs: list[Document | None] = [None, *_some_documents(), None]
    old = [None if d is None else d.model_dump(mode="json") for d in docs]
    assert documents_json(docs) == _old_pretty(old)
    assert documents_json(docs, indent=None) == _old_compact(old)
    assert documents_json([]) == _old_pretty([])
    assert documents_json([None]) == _old_pretty([None])


def _source(path: str) -> Source:
    return Source(path=path, sha256="0" * 64, media_type="text/plain", pages=1, extractor="text")


def test_awkward_text_is_written_as_json_dumps_writes_it() -> None:
    # Non-ASCII, control characters, quotes, backslashes, line separators; and a lone
    # surrogate (a file name decoded with surrogateescape), which pydantic refuses to encode
    # and which is written `\\xe9` as every report writes it (report/safe.py).
    for path in ['Conseil municipal – séance n°2 «  »\u2028\x7f\x01\t"\\', "caf\udce9.txt"]:
        doc = Document(source=_source(path))
        assert document_json(doc) == json_safe(_old_pretty(doc.model_dump(mode="json")))
        assert document_json(doc, None) == json_safe(_old_compact(doc.model_dump(mode="json")))
    assert "caf\\\\xe9.txt" in document_json(Document(source=_source("caf\udce9.txt")))


def _result(doc: Document | None) -> FileResult:
    finding = FindingRecord("Q001", "quorum-not-met", "error", "20 présents « sur » 55", 1, 3)
    return FileResult(
        index=0,
        path="dossier/délibération.pdf",
        status="ok",
        findings=(finding,),
        document_json=None if doc is None else document_json(doc, indent=None),
    )


def test_a_batch_record_writes_the_workers_text_as_the_dict_was_written() -> None:
    for doc in [*_some_documents(), None]:
        result = pickle.loads(pickle.dumps(_result(doc)))  # as it crosses from a worker
        old = {
            **result.head_dict(),
            "document": None if doc is None else doc.model_dump(mode="json"),
        }
        assert record_json(result) == _old_compact(old)
        assert result.as_dict() == old  # the dict view decodes the same document


def test_json_and_jsonl_reporters_stay_valid(tmp_path: Path) -> None:
    import io

    from delib_parse.batch.result import Summary

    results = [_result(d) for d in [*_some_documents()[:2], None]]
    for reporter_class in (JsonReporter, JsonlReporter):
        stream = io.StringIO()
        reporter = reporter_class(stream)
        reporter.start(len(results))
        for r in results:
            reporter.add(r)
        reporter.finish(Summary())
        text = stream.getvalue()
        records = (
            json.loads(text)["files"]
            if reporter_class is JsonReporter
            else [json.loads(line) for line in text.splitlines()]
        )
        assert [r["document"] for r in records] == [r.document for r in results]


def test_the_worker_sends_the_document_as_the_old_dict_encoded() -> None:
    from delib_parse import parse_file
    from delib_parse.batch.settings import CheckSettings
    from delib_parse.batch.worker import check_file
    from delib_parse.sources import SourceOptions

    sample = DATA.parent.parent / "samples" / "dijon-metropole-2023-02-02-mutualisation.txt"
    options = SourceOptions(ocr="never")
    settings = CheckSettings(options=options, include_documents=True)
    result = check_file(0, str(sample), settings)
    doc = parse_file(str(sample), options=options)
    assert result.document_json == _old_compact(doc.model_dump(mode="json"))
    assert check_file(0, str(sample), CheckSettings(options=options)).document_json is None
