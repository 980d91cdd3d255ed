"""The given-name lexicon and what it reads: names with neither civility nor separators,
NOM Prénom against Prénom NOM decided per list, particles and compound names, and staff and
places told apart from members."""

from __future__ import annotations

import fnmatch
import tomllib
from importlib.resources import files
from pathlib import Path

import pytest

from delib_parse.parse.given_names import given_names, is_given_name

ROOT = Path(__file__).resolve().parents[2]


# --- the lexicon ------------------------------------------------------------------------------


def test_lexicon_loads_as_package_data() -> None:
    data = files("delib_parse.vocab").joinpath("data", "given_names_fr.txt")
    assert data.is_file()
    assert files("delib_parse.vocab").joinpath("data", "GIVEN_NAMES_LICENSE.txt").is_file()
    names = given_names()
    assert isinstance(names, frozenset)
    assert 1000 < len(names) < 5000
    assert given_names() is names  # loaded once


def test_lexicon_is_folded_sorted_and_unique() -> None:
    lines = (
        files("delib_parse.vocab").joinpath("data", "given_names_fr.txt").read_text("utf-8")
    ).splitlines()
    assert lines == sorted(set(lines))
    assert all(line == line.lower() and line.isascii() and "-" not in line for line in lines)


def test_wheel_ships_the_lexicon() -> None:
    """pyproject's package-data patterns take the lexicon and its licence into the wheel."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["delib_parse"]
    for name in ("vocab/data/given_names_fr.txt", "vocab/data/GIVEN_NAMES_LICENSE.txt"):
        assert any(fnmatch.fnmatch(name, p) for p in patterns), name


@pytest.mark.parametrize(
    "word",
    ["Jean", "MARIE", "Hélène", "HELENE", "Jean-Pierre", "JEAN-PIERRE", "Paul-Henri",
     "Marie-France", "Maryvonne", "Nathalie", "Karim"],
)  # fmt: skip
def test_given_names_are_known(word: str) -> None:
    assert is_given_name(word)


@pytest.mark.parametrize(
    "word",
    ["DUPONT", "Dupont", "SAINT-JEAN", "SAINT", "DGS", "Maire", "de", "El", "France", "",
     "LE", "Présents"],
)  # fmt: skip
def test_other_words_are_not_given_names(word: str) -> None:
    assert not is_given_name(word)
