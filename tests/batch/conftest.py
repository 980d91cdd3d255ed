"""A folder of extracts built for the batch tests: good copies, planted count errors, and
every kind of file a real folder of minutes holds that cannot be read."""

from __future__ import annotations

import importlib.util
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import pytest

from tests.conftest import SEED, SHARED

PRESENT_LINE = "Nombre de présents participant au vote : 73"
TALLY_LINE = "SCRUTIN POUR : 86"
PDF_READER = importlib.util.find_spec("delib_parse.sources.pdf") is not None
SAMPLE_PDF = SHARED / "samples-pdf" / "dijon-metropole-2023-02-02-mutualisation.pdf"


@dataclass(frozen=True)
class Expect:
    status: str  # ok | unreadable
    code: str | None = None  # E-code when unreadable; a planted rule code when ok


@dataclass
class Corpus:
    root: Path
    expected: dict[str, Expect]  # path relative to root (posix) -> what the report must say

    def rel(self, path: str) -> str:
        """A reported path or file URI, relative to the corpus root (links not followed)."""
        if path.startswith("file://"):
            path = unquote(path.removeprefix("file://"))
        return Path(os.path.relpath(os.path.abspath(path), self.root)).as_posix()


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def write_good(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        path = folder / f"extract-{i:02d}.txt"
        shutil.copyfile(SEED, path)
        out.append(path)
    return out


def build_corpus(root: Path) -> Corpus:
    text = seed_text()
    assert PRESENT_LINE in text and TALLY_LINE in text, "the seed sample changed"
    expected: dict[str, Expect] = {}

    def put(rel: str, data: bytes, expect: Expect) -> Path:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected[rel] = expect
        return path

    put("good/dijon-copy-1.txt", text.encode(), Expect("ok"))
    put("good/dijon-copy-2.TXT", text.encode(), Expect("ok"))
    put("good/dijon-cp1252.txt", text.encode("cp1252"), Expect("ok"))
    put(
        "planted/present-count-70.txt",
        text.replace(PRESENT_LINE, PRESENT_LINE[:-2] + "70").encode(),
        Expect("ok", "C001"),
    )
    put(
        "planted/tally-exceeds-voters.txt",
        text.replace(TALLY_LINE, "SCRUTIN POUR : 96").encode(),
        Expect("ok", "V001"),
    )
    put("bad/empty.txt", b"", Expect("unreadable", "E003"))
    put(
        "bad/corrupt.pdf",
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\n" + bytes(range(256)) * 8,
        # Without the PDF reader installed yet, the import error is reported as a crash.
        Expect("unreadable", "E011" if PDF_READER else "E015"),
    )
    put("bad/not-a-pdf.pdf", b"Ceci n'est pas un PDF.\n", Expect("unreadable", "E004"))
    put("notes.md", b"# not an extract: skipped by the default globs\n", Expect("skip"))
    del expected["notes.md"]
    if PDF_READER and SAMPLE_PDF.exists():
        put("pdf/dijon.pdf", SAMPLE_PDF.read_bytes(), Expect("ok"))

    locked = put("locked/locked.txt", text.encode(), Expect("unreadable", "E006"))
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root reads it anyway: then it is a good file
        expected["locked/locked.txt"] = Expect("ok")

    (root / "links").mkdir()
    (root / "links" / "loop").symlink_to(".", target_is_directory=True)
    expected["links/loop"] = Expect("unreadable", "E001")
    (root / "bad" / "self.txt").symlink_to("self.txt")
    expected["bad/self.txt"] = Expect("unreadable", "E001")
    return Corpus(root, expected)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return build_corpus(tmp_path_factory.mktemp("minutes"))


@pytest.fixture(scope="session")
def clean_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("clean")
    write_good(root, 3)
    return root
