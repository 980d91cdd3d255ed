"""The on-disk cache of compiled patterns (delib_parse.patterncache, used by lazyre): a pattern
loaded from it is the pattern compiled fresh, and a cache that is corrupt, foreign or cannot be
written costs only the compilation, never the command."""

from __future__ import annotations

import importlib
import os
import pickle
import subprocess
import sys
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from delib_parse import lazyre
from delib_parse.patterncache import PatternCache, cache_file, read_entries

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "dijon-metropole-2023-02-02-mutualisation.txt"


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PatternCache]:
    """A cache in tmp_path that only this test's patterns fill, each miss written."""
    cache = PatternCache([tmp_path])
    monkeypatch.setattr(lazyre, "_CREATED", weakref.WeakSet())
    monkeypatch.setattr(lazyre, "_FEW_MISSES", 0)
    lazyre.use_cache(cache)
    yield cache
    lazyre.use_cache(None)


def test_a_few_missing_patterns_do_not_rewrite_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Some patterns' text changes with the process's hash seed: a rewrite for them would come
    # at every start.
    writer = PatternCache([tmp_path])
    for n in range(20):
        writer.put(f"kept-{n}", 0, regex.compile(f"kept-{n}"))
    writer.save()
    written = cache_file(tmp_path).stat().st_mtime_ns
    monkeypatch.setattr(lazyre, "_CREATED", weakref.WeakSet())
    kept = [lazyre.lazy(f"kept-{n}") for n in range(20)]
    fresh = lazyre.lazy("seeded-(?:b|a)")
    lazyre.use_cache(PatternCache([tmp_path]))
    try:
        assert fresh.match("seeded-a") and kept[0].match("kept-0")
    finally:
        lazyre.use_cache(None)
    assert cache_file(tmp_path).stat().st_mtime_ns == written
    assert ("seeded-(?:b|a)", 0) not in read_entries(cache_file(tmp_path))


def _all_patterns() -> list[tuple[str, int]]:
    for module in ("delib_parse.api", "delib_parse.parse.document", "delib_parse.rules"):
        importlib.import_module(module)
    return sorted({(p.pattern, int(p.flags)) for p in lazyre._CREATED})


def _matches(pattern: regex.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:  # type: ignore[type-arg]
    return [(m.span(), m.groups()) for m in pattern.finditer(text, timeout=5)]


def test_cached_patterns_agree_with_fresh_ones(tmp_path: Path) -> None:
    keys = _all_patterns()
    assert len(keys) > 200
    writer = PatternCache([tmp_path])
    fresh = {key: regex.compile(*key) for key in keys}
    for key, compiled in fresh.items():
        writer.put(*key, compiled)
    assert writer.save() == cache_file(tmp_path)
    reader = PatternCache([tmp_path])  # a new process's view: only the file
    text = SAMPLE.read_text(encoding="utf-8")[:6000]
    for key, compiled in fresh.items():
        cached = reader.get(*key)
        assert cached is not None, key
        assert (cached.pattern, cached.flags) == (compiled.pattern, compiled.flags)
        assert cached.groupindex == compiled.groupindex
        assert _matches(cached, text) == _matches(compiled, text), key


def test_a_lazy_pattern_fills_the_cache_then_reads_it(
    own_cache: PatternCache, tmp_path: Path
) -> None:
    pattern = lazyre.lazy(r"(?P<day>\d{1,2}) févr(?:ier)?\b", regex.IGNORECASE)
    assert pattern.search("le 3 FÉVRIER 2023")["day"] == "3"  # type: ignore[index]
    entries = read_entries(cache_file(tmp_path))
    assert (r"(?P<day>\d{1,2}) févr(?:ier)?\b", int(regex.IGNORECASE)) in entries
    reread = PatternCache([tmp_path]).get(r"(?P<day>\d{1,2}) févr(?:ier)?\b", regex.IGNORECASE)
    assert reread is not None and reread.search("le 3 février")["day"] == "3"  # type: ignore[index]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a pickle at all",
        pickle.dumps({("x", 0): b"\x80\x04garbage"})[:-3],  # truncated
        pickle.dumps(["a", "list"]),
        pickle.dumps({("x", 0): "not bytes"}),
    ],
    ids=["empty", "garbage", "truncated", "not-a-dict", "bad-entry"],
)
def test_a_corrupt_cache_file_is_ignored_and_rewritten(
    own_cache: PatternCache, tmp_path: Path, content: bytes
) -> None:
    path = cache_file(tmp_path)
    path.write_bytes(content)
    text = f"corrupt-{len(content)}-(\\d+)"
    pattern = lazyre.lazy(text)
    assert pattern.findall(f"corrupt-{len(content)}-42") == ["42"]
    assert (text, 0) in read_entries(path)  # rewritten whole


def test_a_damaged_entry_is_compiled_again(tmp_path: Path) -> None:
    path = cache_file(tmp_path)
    path.write_bytes(pickle.dumps({("ab+", 0): pickle.dumps(regex.compile("other"))}))
    cache = PatternCache([tmp_path])
    assert cache.get("ab+", 0) is None  # holds another pattern: not used
    assert not cache.has("ab+", 0)


def test_a_cache_naming_other_code_is_not_run(tmp_path: Path) -> None:
    evil = pickle.dumps({("x", 0): pickle.dumps(os.getcwd)})  # any callable but regex's
    cache_file(tmp_path).write_bytes(evil)
    assert PatternCache([tmp_path]).get("x", 0) is None
    cache_file(tmp_path).write_bytes(pickle.dumps(os.getcwd))  # the outer file too
    assert read_entries(cache_file(tmp_path)) == {}


def test_an_unwritable_cache_costs_only_the_compilation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("a file where the folder should be")
    cache = PatternCache([blocked / "delib"])
    monkeypatch.setattr(lazyre, "_FEW_MISSES", 0)
    lazyre.use_cache(cache)
    try:
        assert lazyre.lazy("unwritable-(x)").search("unwritable-x")[1] == "x"  # type: ignore[index]
        assert not cache.writable()
        assert cache.save() is None
    finally:
        lazyre.use_cache(None)


def test_the_cache_file_is_keyed_by_the_regex_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = cache_file(tmp_path)
    monkeypatch.setattr(regex, "__version__", "0.0.0")
    assert cache_file(tmp_path) != before


def _modules_after(argv: list[str]) -> str:
    code = (
        "import os, sys\n"
        f"sys.argv = {['delib', *argv]!r}\n"
        "from delib_parse.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('plugins-off:', os.environ.get('PYDANTIC_DISABLE_PLUGINS'))\n"
        "print('modules:', ' '.join(sorted(sys.modules)))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


@pytest.mark.parametrize("argv", [["--version"], ["rules"], ["rules", "Q001"]])
def test_light_commands_do_not_import_the_parsers(argv: list[str]) -> None:
    out = _modules_after(argv)
    modules = set(out.split("modules:")[1].split())
    heavy = {"pypdfium2", "pdfplumber", "delib_parse.parse", "delib_parse.sources"}
    assert not heavy & modules
    if argv == ["--version"]:
        assert "pydantic" not in modules


def test_the_command_turns_pydantic_plugins_off_the_library_does_not() -> None:
    assert "plugins-off: 1\n" in _modules_after(["--version"])
    code = "import os, delib_parse.api; print(os.environ.get('PYDANTIC_DISABLE_PLUGINS'))"
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.stdout.strip() == "None"
