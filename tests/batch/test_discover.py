"""Which files a batch reads, in which order."""

from __future__ import annotations

import os
from pathlib import Path

from delib_parse.batch.discover import discover, matches


def names(root: Path, entries: list) -> list[str]:  # type: ignore[type-arg]
    return [os.path.relpath(e.path, root) for e in entries]


def test_folders_recursively_sorted_with_default_globs(tmp_path: Path) -> None:
    for rel in ("b/2.pdf", "b/1.TXT", "a.txt", "c/d/e.pdf", "notes.md", "x.pdf.bak"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    assert names(tmp_path, discover([str(tmp_path)])) == [
        "a.txt",
        "b/1.TXT",
        "b/2.pdf",
        "c/d/e.pdf",
    ]
    assert names(tmp_path, discover([str(tmp_path)], ["*.md"])) == ["notes.md"]
    assert names(tmp_path, discover([str(tmp_path)], ["c/**/*.pdf"])) == ["c/d/e.pdf"]


def test_named_files_are_read_whatever_their_name_and_once(tmp_path: Path) -> None:
    (tmp_path / "minutes.md").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "link.txt").symlink_to("a.txt")
    found = discover([str(tmp_path / "minutes.md"), str(tmp_path), str(tmp_path / "a.txt")])
    assert names(tmp_path, found) == ["minutes.md", "a.txt"]
    assert all(e.error is None for e in found)


def test_loops_missing_and_broken_links_are_entries_with_codes(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to("..", target_is_directory=True)
    (tmp_path / "self.pdf").symlink_to("self.pdf")
    (tmp_path / "dangling.txt").symlink_to("nowhere.txt")
    found = discover([str(tmp_path), str(tmp_path / "missing.pdf")])
    errors = {os.path.relpath(e.path, tmp_path): e.error for e in found}
    assert errors["sub/up"] is not None and "loop" in errors["sub/up"][1]
    assert errors["self.pdf"] is not None and "loop" in errors["self.pdf"][1]
    assert errors["dangling.txt"] is not None and "broken" in errors["dangling.txt"][1]
    assert errors["missing.pdf"] is not None and errors["missing.pdf"][0] == "E001"


def test_glob_matching() -> None:
    assert matches("a/B.PDF", ["*.pdf"])
    assert not matches("a/b.pdf.txt.bak", ["*.pdf", "*.txt"])
    assert matches("2024/cm/x.pdf", ["2024/*/*.pdf"])
