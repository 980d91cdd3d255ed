"""The given-name lexicon and what it reads: names with neither civility nor separators,
NOM Prénom against Prénom NOM decided per list, particles and compound names, and staff and
places told apart from members."""

from __future__ import annotations

import fnmatch
import tomllib
from importlib.resources import files
from pathlib import Path

import pytest

from delib_parse.model.names import same_person
from delib_parse.parse.attendance import parse_attendance
from delib_parse.parse.given_names import given_names, is_given_name
from delib_parse.parse.people import parse_people, parse_person

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


# --- names with no separators and no civility --------------------------------------------------


def _read(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.given_name, p.family_name) for p in parse_people(text)]


# (list as printed, (given, family) of each person)
RUNS = [
    # all in capitals: only the lexicon tells the given names from the family names
    ("JEAN DUPONT MARIE MARTIN PAUL DURAND",
     [("JEAN", "DUPONT"), ("MARIE", "MARTIN"), ("PAUL", "DURAND")]),
    ("DUPONT JEAN MARTIN MARIE DURAND PAUL",
     [("JEAN", "DUPONT"), ("MARIE", "MARTIN"), ("PAUL", "DURAND")]),
    # two-word and SAINT- family names in capitals
    ("JEAN DUPONT DURAND MARIE SAINT-ANDRE PAUL DU PONT",
     [("JEAN", "DUPONT DURAND"), ("MARIE", "SAINT-ANDRE"), ("PAUL", "DU PONT")]),
    ("DUPONT DURAND JEAN SAINT-ANDRE MARIE D'ARGENT PAUL",
     [("JEAN", "DUPONT DURAND"), ("MARIE", "SAINT-ANDRE"), ("PAUL", "D'ARGENT")]),
    # a compound given name without its hyphen, a particle before a family name
    ("MARIE CLAUDE DUPONT JEAN LE GALL",
     [("MARIE CLAUDE", "DUPONT"), ("JEAN", "LE GALL")]),
    # in lower case but for the initials
    ("Jean Dupont Marie Martin Paul Durand",
     [("Jean", "Dupont"), ("Marie", "Martin"), ("Paul", "Durand")]),
    ("Dupont Jean Martin Marie Durand Paul",
     [("Jean", "Dupont"), ("Marie", "Martin"), ("Paul", "Durand")]),
    # capitals mark the family names; particles and compounds
    ("Jean DUPONT Marie MARTIN Paul-Henri DE LA TOUR Anne d'ARGENT",
     [("Jean", "DUPONT"), ("Marie", "MARTIN"), ("Paul-Henri", "DE LA TOUR"), ("Anne", "d'ARGENT")]),
    ("DUPONT Jean MARTIN Marie DE LA TOUR Paul-Henri",
     [("Jean", "DUPONT"), ("Marie", "MARTIN"), ("Paul-Henri", "DE LA TOUR")]),
    ("Jean DUPONT Marie SAINT-ANDRE Luc de LA FONTAINE",
     [("Jean", "DUPONT"), ("Marie", "SAINT-ANDRE"), ("Luc", "de LA FONTAINE")]),
    ("Jean MARTIN Paul BERNARD Anne d'ARGENT",
     [("Jean", "MARTIN"), ("Paul", "BERNARD"), ("Anne", "d'ARGENT")]),
    ("Anne TERROT DONTENWILL Paul MARTIN",
     [("Anne", "TERROT DONTENWILL"), ("Paul", "MARTIN")]),
    # a civility before the first name only
    ("M. JEAN DUPONT MARIE MARTIN", [("JEAN", "DUPONT"), ("MARIE", "MARTIN")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RUNS, ids=[t for t, _ in RUNS])
def test_run_of_names_is_cut_into_persons(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _read(text) == expected


def test_run_after_a_count_in_a_present_list() -> None:
    att = parse_attendance("Présents : 3 JEAN DUPONT MARIE MARTIN PAUL DURAND\nPouvoirs : néant\n")
    assert [p.family_name for p in att.present] == ["DUPONT", "MARTIN", "DURAND"]


# --- the order decided per list ------------------------------------------------------------------

ORDERS = [
    # one case everywhere: the side the lexicon recognises gives the list's order
    ("DUPONT JEAN, MARTIN MARIE, DURAND PAUL",
     [("JEAN", "DUPONT"), ("MARIE", "MARTIN"), ("PAUL", "DURAND")]),
    ("JEAN DUPONT, MARIE MARTIN, PAUL DURAND",
     [("JEAN", "DUPONT"), ("MARIE", "MARTIN"), ("PAUL", "DURAND")]),
    ("Dupont Jean, Martin Marie, Durand Paul",
     [("Jean", "Dupont"), ("Marie", "Martin"), ("Paul", "Durand")]),
    # "MARTIN BERNARD" reads both ways alone: the list's other names say family first
    ("DUPONT JEAN, MARTIN BERNARD, DURAND PAUL",
     [("JEAN", "DUPONT"), ("BERNARD", "MARTIN"), ("PAUL", "DURAND")]),
    ("JEAN DUPONT, BERNARD MARTIN, PAUL DURAND",
     [("JEAN", "DUPONT"), ("BERNARD", "MARTIN"), ("PAUL", "DURAND")]),
    # civilities in capitals too
    ("MONSIEUR JEAN DUPONT MADAME MARIE MARTIN", [("JEAN", "DUPONT"), ("MARIE", "MARTIN")]),
    ("MESDAMES ET MESSIEURS JEAN DUPONT, MARIE MARTIN",
     [("JEAN", "DUPONT"), ("MARIE", "MARTIN")]),
    # a family name with its particle, a compound given name
    ("DE LA TOUR JEAN-PIERRE, MARTIN MARIE",
     [("JEAN-PIERRE", "DE LA TOUR"), ("MARIE", "MARTIN")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ORDERS, ids=[t for t, _ in ORDERS])
def test_order_is_decided_per_list(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _read(text) == expected


def test_mentions_in_either_order_are_one_person() -> None:
    """A holder printed "MARTIN BERNARD" alone (no order to read it by) is the member the
    present list read as BERNARD MARTIN."""
    [listed] = [p for p in parse_people("DUPONT JEAN, MARTIN BERNARD") if p.given_name == "BERNARD"]
    alone = parse_person("MARTIN BERNARD")
    assert alone is not None
    assert same_person(listed, alone)


# --- names that stay as they were read -----------------------------------------------------------

KEPT = [
    ("Messieurs DAGORT, DELAMONTAGNE", [(None, "DAGORT"), (None, "DELAMONTAGNE")]),
    ("CAUQUIL R. – LANET M.", [("R", "CAUQUIL"), ("M", "LANET")]),
    ("Maryline, Jean-Pierre", [("Maryline", None), ("Jean-Pierre", None)]),
    ("Adeline Texeira", [("Adeline", "Texeira")]),
    ("MARTIN BERNARD", [(None, "MARTIN BERNARD")]),  # alone, it reads both ways
    ("JEAN PAUL", [(None, "JEAN PAUL")]),
    ("LOUIS DIT GUERIN", [(None, "LOUIS DIT GUERIN")]),  # Barneville-Carteret
    # given names only (a council named by first names): no pairs made of them
    ("Maryline Patrick Nelly David", [("Maryline Patrick Nelly", "David")]),
    ("Mme de la BUHARAYE", [(None, "de la BUHARAYE")]),  # SIVOM Sologne bourbonnaise
]


@pytest.mark.parametrize(("text", "expected"), KEPT, ids=[t for t, _ in KEPT])
def test_names_already_read_stay_read(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _read(text) == expected


# --- staff, roles and places are not members ------------------------------------------------------

STAFF = [
    ("Jean DUPONT, Marie MARTIN DGS", [("Jean", "DUPONT")]),
    ("Jean DUPONT Marie MARTIN Directrice générale des services Paul DURAND",
     [("Jean", "DUPONT"), ("Paul", "DURAND")]),
    ("Jean DUPONT, Marie MARTIN, secrétaire de mairie", [("Jean", "DUPONT")]),
    ("Jean DUPONT, Marie MARTIN DST, Paul DURAND", [("Jean", "DUPONT"), ("Paul", "DURAND")]),
    ("Jean DUPONT, Marie MARTIN, Adjointe administrative", [("Jean", "DUPONT")]),
    ("Jean DUPONT, Marie MARTIN (invitée), Paul DURAND", [("Jean", "DUPONT"), ("Paul", "DURAND")]),
    ("Jean DUPONT, Marie MARTIN, receveur municipal", [("Jean", "DUPONT")]),
    ("Jean DUPONT, Marie MARTIN (secrétaire de mairie), Paul DURAND",
     [("Jean", "DUPONT"), ("Paul", "DURAND")]),
]  # fmt: skip


ROLES = [
    # a function between two names in one case ends the first, and is its role
    ("JEAN DUPONT MAIRE MARIE MARTIN ADJOINTE AU MAIRE PAUL DURAND",
     [("JEAN", "DUPONT", "MAIRE"), ("MARIE", "MARTIN", "ADJOINTE AU MAIRE"),
      ("PAUL", "DURAND", None)]),
    ("Jean Dupont Maire Marie Martin Paul Durand",
     [("Jean", "Dupont", "Maire"), ("Marie", "Martin", None), ("Paul", "Durand", None)]),
    ("JEAN DUPONT CONSEILLÈRE MUNICIPALE MARIE MARTIN",
     [("JEAN", "DUPONT", "CONSEILLÈRE MUNICIPALE"), ("MARIE", "MARTIN", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROLES, ids=[t for t, _ in ROLES])
def test_roles_between_names_in_one_case(
    text: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert [(p.given_name, p.family_name, p.role) for p in parse_people(text)] == expected


@pytest.mark.parametrize(("text", "expected"), STAFF, ids=[t for t, _ in STAFF])
def test_staff_are_not_members(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _read(text) == expected


PLACES = [
    # commune names in capitals among an intercommunal body's delegates
    ("SAINT-JEAN-DE-LUZ Jean DUPONT Marie MARTIN BOULOGNE-SUR-MER Paul DURAND",
     [("Jean", "DUPONT"), ("Marie", "MARTIN"), ("Paul", "DURAND")]),
    ("SAINT-JEAN-DE-LUZ, Jean DUPONT, Marie MARTIN, CHALONS-EN-CHAMPAGNE, Paul DURAND",
     [("Jean", "DUPONT"), ("Marie", "MARTIN"), ("Paul", "DURAND")]),
    # but a family name that opens with SAINT- is a family name
    ("Jean SAINT-ANDRE, Marie SAINT-JUST", [("Jean", "SAINT-ANDRE"), ("Marie", "SAINT-JUST")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PLACES, ids=[t for t, _ in PLACES])
def test_places_are_not_members(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _read(text) == expected


# --- known misreadings: one strict xfail per form ------------------------------------------------

MISREAD = [
    pytest.param(
        "MARTIN Marie DURAND Paul LEROY",
        [("Marie", "MARTIN"), ("Paul", "DURAND"), (None, "LEROY")],
        id="run-ending-on-a-lone-family-name",
        marks=pytest.mark.xfail(
            strict=True, reason="reads both ways (MARTIN / Marie DURAND / Paul LEROY)"
        ),
    ),
    pytest.param(
        "GALIENE DUPONT MARIE MARTIN",
        [("GALIENE", "DUPONT"), ("MARIE", "MARTIN")],
        id="given-name-outside-the-lexicon-in-capitals",
        marks=pytest.mark.xfail(strict=True, reason="Galiène is not in Faker's lists"),
    ),
    pytest.param(
        "MARTIN BERNARD THOMAS ROBERT",
        [("MARTIN", "BERNARD"), ("THOMAS", "ROBERT")],
        id="every-word-a-given-name-in-capitals",
        marks=pytest.mark.xfail(strict=True, reason="family names that are given names too"),
    ),
    pytest.param(
        "BEAULON Jean DUPONT Marie MARTIN",
        [("Jean", "DUPONT"), ("Marie", "MARTIN")],
        id="one-word-commune-run-into-the-names",
        marks=pytest.mark.xfail(strict=True, reason="a one-word commune looks like a family name"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISREAD)
def test_known_misreadings(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _read(text) == expected


# --- the generator ---------------------------------------------------------------------------------


def test_generator_reads_a_faker_wheel(tmp_path: Path) -> None:
    """scripts/build_given_names.py reads the providers' lists from the wheel without running
    them: tuples, lists and fr_BE's weighted OrderedDict; folds, drops and adds as documented."""
    import importlib.util
    import zipfile

    spec = importlib.util.spec_from_file_location(
        "build_given_names", ROOT / "scripts" / "build_given_names.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    wheel = tmp_path / "faker-0-py3-none-any.whl"
    sources = {
        "fr_FR": 'class P:\n    first_names_male = ("Hélène", "Jean-Pierre")\n'
        '    first_names_female = ("Zoé",)\n    last_names = ("Dupont",)\n',
        "fr_BE": "from collections import OrderedDict\nclass P:\n"
        '    first_names_male = OrderedDict((("El", 0.1), ("Luc", 0.2)))\n',
    }
    with zipfile.ZipFile(wheel, "w") as zf:
        for locale in module.LOCALES:
            zf.writestr(
                f"faker/providers/person/{locale}/__init__.py",
                sources.get(locale, "class P:\n    first_names_female = ['France', 'Ève']\n"),
            )
    names, source = module.build(wheel)
    assert source == wheel.name
    assert names == sorted(
        {
            "helene",
            "jean pierre",
            "zoe",
            "luc",
            "eve",
            "armelle",
            "claudie",
            "maryvonne",
            "sylvaine",
        }
    )
