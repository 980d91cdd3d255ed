"""Lazily compiled patterns behave as compiled ones and compile only when used."""

from __future__ import annotations

import regex

from delib_parse.lazyre import lazy


def test_not_compiled_until_used() -> None:
    pattern = lazy(r"(?P<n>\d+) voix", regex.IGNORECASE)
    assert "_compiled" not in vars(pattern)
    # Composing patterns from others reads the source without compiling it.
    assert pattern.pattern == r"(?P<n>\d+) voix"
    assert "_compiled" not in vars(pattern)
    m = pattern.search("adopté par 12 VOIX pour")
    assert m is not None and m.group("n") == "12"
    assert "_compiled" in vars(pattern)


def test_same_results_as_compiled() -> None:
    source, text = r"\p{Lu}{2,}", "Madame Claire HUGUES, M. Jean DUPONT"
    eager, deferred = regex.compile(source), lazy(source)
    assert deferred.findall(text) == eager.findall(text)
    assert deferred.sub("X", text) == eager.sub("X", text)
    assert deferred.split(text) == eager.split(text)
    assert [m.span() for m in deferred.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert deferred.groups == eager.groups  # attributes of the compiled pattern too


def test_bad_pattern_fails_on_first_use() -> None:
    broken = lazy(r"(unclosed")
    try:
        broken.search("x")
    except regex.error:
        pass
    else:  # pragma: no cover - the assertion is the failure
        raise AssertionError("a broken pattern must raise regex.error when used")


def _lazy_patterns(value: object, depth: int = 0) -> list[object]:
    from delib_parse.lazyre import _LazyPattern

    if isinstance(value, _LazyPattern):
        return [value]
    if depth < 3 and isinstance(value, list | tuple | set | frozenset):
        return [p for item in value for p in _lazy_patterns(item, depth + 1)]
    if depth < 3 and isinstance(value, dict):
        return [p for item in value.values() for p in _lazy_patterns(item, depth + 1)]
    return []


def test_every_pattern_of_the_package_compiles() -> None:
    # Compiling on first use must not hide a broken pattern until a document reaches it.
    import importlib
    import pkgutil

    import delib_parse

    found = 0
    for info in pkgutil.walk_packages(delib_parse.__path__, "delib_parse."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            for pattern in _lazy_patterns(value):
                pattern.groups  # noqa: B018 - the attribute lookup compiles it
                found += 1
    assert found > 150  # the phrasing tables: a sharp drop means patterns were missed
