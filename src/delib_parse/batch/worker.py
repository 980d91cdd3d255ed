"""What runs in a worker process: read one file, parse it, turn it into a FileResult.

Test-only hooks (TestHooks: they exist so the tests can make a worker hang or die on a chosen
file): a worker hangs forever on a file whose path contains `hang_on` (as in OCR: a program
started, a temporary file written), dies abruptly (os._exit) on one that contains
`crash_on`, or sleeps on `slow_on`. Nothing the shipped command reads sets them (no
environment variable, no option): the tests hand them to a WorkerPool, or set
`delib_parse.batch._test_hooks` in their own process (tests/batch/hooks.py).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, NoReturn

from pydantic_core import PydanticSerializationError

from delib_parse.batch.result import DeliberationRecord, FileResult, FindingRecord, unreadable
from delib_parse.batch.settings import CheckSettings
from delib_parse.child import MEMORY_ALLOWANCE, detach, out_of_memory
from delib_parse.errors import DelibError, ExtractorCrashed

if TYPE_CHECKING:
    from delib_parse.model.document import Document


@dataclass(frozen=True, slots=True)
class TestHooks:
    """Test-only: see the module docstring."""

    __test__ = False  # not a pytest class

    hang_on: str | None = None
    crash_on: str | None = None
    slow_on: str | None = None
    slow_seconds: float = 0.0

    def apply(self, path: str) -> None:
        if self.hang_on and self.hang_on in path:
            _hang_as_ocr_does()
        if self.crash_on and self.crash_on in path:
            os._exit(70)
        if self.slow_on and self.slow_on in path:
            time.sleep(self.slow_seconds)


def _hang_as_ocr_does() -> NoReturn:
    """Hang as a worker stuck in OCR does: a program of its own running (Tesseract) and a page
    image in its temporary folder, so that the tests see both go with the worker."""
    import shutil
    import subprocess
    import tempfile

    tempfile.mkstemp(prefix="delib-ocr-hang-", suffix=".pgm")
    sleeper = shutil.which("sleep")
    _program = subprocess.Popen([sleeper, "3600"]) if sleeper else None  # held while hanging
    while True:
        time.sleep(3600)


def check_file(
    index: int, path: str, settings: CheckSettings, hooks: TestHooks | None = None
) -> FileResult:
    """Parse one file; every failure becomes a FileResult with its error code, never raises."""
    from delib_parse.api import parse_file

    start = time.perf_counter()
    if hooks is not None:
        hooks.apply(path)
    try:
        doc = parse_file(path, options=settings.options, selection=settings.selection_for(path))
    except DelibError as error:
        return unreadable(index, path, error.code, error.message, error.hint)
    except MemoryError:
        too_large = out_of_memory(MEMORY_ALLOWANCE, path)
        return unreadable(index, path, too_large.code, too_large.message, too_large.hint)
    except (Exception, RecursionError) as exc:
        return unreadable(
            index,
            path,
            ExtractorCrashed.code,
            f"the extractor crashed ({type(exc).__name__}: {exc})",
            "a bug in delib: please report it with the file",
        )
    findings = [FindingRecord(**f.model_dump(), deliberation=None) for f in doc.findings]
    records = []
    for i, d in enumerate(doc.deliberations):
        records.append(
            DeliberationRecord(
                index=i,
                number=d.number,
                title=d.subject.title,
                page=d.location.page,
                line=d.location.line,
            )
        )
        findings.extend(FindingRecord(**f.model_dump(), deliberation=i) for f in d.findings)
    return FileResult(
        index=index,
        path=path,
        status="ok",
        deliberations=tuple(records),
        findings=tuple(findings),
        pages=doc.source.pages,
        document_json=_compact_json(doc) if settings.include_documents else None,
        seconds=time.perf_counter() - start,
    )


def _compact_json(doc: Document) -> str:
    """The document's compact JSON, as `json.dumps(doc.model_dump(mode="json"),
    ensure_ascii=False, separators=(",", ":"))` writes it (report.jsonout.document_json says
    why pydantic's serialiser and when not; the batch does not import the reporters)."""
    try:
        return doc.model_dump_json()
    except PydanticSerializationError:  # a lone surrogate (a file name that is not UTF-8)
        import json

        # escaped as every report writes it (report/safe.py): the parent writes this text as
        # it is, and a surrogate cannot be encoded
        from delib_parse.report.safe import json_safe

        compact = json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
        return json_safe(compact)


def worker_main(
    conn: Connection, settings: CheckSettings, hooks: TestHooks, temp_folder: str | None = None
) -> None:
    """Loop: receive (index, path), send the time it begins the file, then its FileResult;
    None means stop. The next file may already wait in the pipe while this one is read: the
    start time tells the parent when this file's timeout clock starts.

    The worker leads a process group of its own (the parent kills it with what it started,
    Tesseract), keeps its temporary files in `temp_folder` (the parent removes it, however the
    worker ended) and may take MEMORY_ALLOWANCE bytes more than it starts with."""
    detach(temp_folder, MEMORY_ALLOWANCE)
    try:
        _warm_up()
        while True:
            try:
                task = conn.recv()
            except EOFError:
                return
            if task is None:
                return
            index, path = task
            conn.send(time.monotonic())
            conn.send(check_file(index, path, settings, hooks))
    except KeyboardInterrupt:
        return
    finally:
        conn.close()


# A short extract that takes most of the parsers' paths.
_WARM_UP_TEXT = (
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
    "Séance du 3 mars 2022. Date de convocation : 24 février 2022\n"
    "Membres en exercice : 3 - Présents : 2 - Votants : 3\n"
    "Président : M. Jean DUPONT. Secrétaire de séance : Mme Anne MARTIN\n"
    "Présents : M. Jean DUPONT, Mme Anne MARTIN\n"
    "Pouvoirs : M. Paul DURAND à M. Jean DUPONT\n"
    "Objet : Vente d'un terrain\n"
    "Le conseil municipal, après en avoir délibéré, décide de vendre le terrain.\n"
    "Pour : 3 Contre : 0 Abstention : 0\n"
)


def _warm_up() -> None:
    """Compile the parsers' patterns (they compile on first use) before the first file, so
    that a fresh worker's first file is not charged for them on its timeout clock: on a busy
    machine that cost alone passed a 1-second limit."""
    from delib_parse.api import parse_text

    parse_text(_WARM_UP_TEXT)
