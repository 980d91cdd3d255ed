"""Rebuild src/delib_parse/vocab/data/given_names_fr.txt from a Faker wheel.

The given-name lexicon is open data taken from the person providers of Faker (MIT licence,
maintained: https://github.com/joke2k/faker), for its French-speaking locales. Faker is not a
dependency of delib: this script reads the wheel as a zip file and the providers' source with
`ast` (nothing of Faker is imported or run), so the result depends only on the wheel given.

    pip download faker --no-deps -d /tmp/faker
    python scripts/build_given_names.py /tmp/faker/faker-*.whl

Each line of the output is one given name folded as `delib_parse.model.names.fold` folds it
(lower case, no accents, hyphens as spaces), sorted, no duplicates. Compound given names keep
the compounds Faker lists ("Jean-Pierre", "Marie-Claude"); the recogniser also accepts any
hyphenated name whose every part is listed, so no combinations are generated here.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import zipfile
from pathlib import Path

# Faker's French-speaking locales: France, Switzerland, Canada, Belgium (from Statbel's
# counts, the largest list) and Algeria (given names borne by many French councillors too).
LOCALES = ("fr_FR", "fr_CH", "fr_CA", "fr_BE", "fr_DZ")
LISTS = ("first_names_male", "first_names_female")
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "delib_parse" / "vocab" / "data" / "given_names_fr.txt"

# Faker's given names that are also parts of family names or places in capitals: "El" is a
# particle ("EL KHATIB"), "France" a place ("Île-de-France"; "Marie-France" stays listed).
EXCLUDED = frozenset({"el", "france"})

# Given names read in the corpora and missing from Faker's lists (delib's own rows, under
# delib's licence): "Maryvonne", "Sylvaine", "Claudie", "Armelle".
SUPPLEMENT = ("Armelle", "Claudie", "Maryvonne", "Sylvaine")

sys.path.insert(0, str(ROOT / "src"))
from delib_parse.model.names import fold  # noqa: E402


def _names_of(source: str) -> list[str]:
    """The given names assigned to first_names_male / first_names_female in a provider."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Assign) or len(node.targets) != 1:
            continue
        target = node.targets[0]
        if not isinstance(target, ast.Name) or target.id not in LISTS:
            continue
        value = node.value
        if isinstance(value, ast.Call):  # fr_BE: OrderedDict(((name, weight), ...))
            value = value.args[0]
        for item in ast.literal_eval(value):
            found.append(item[0] if isinstance(item, tuple) else item)
    return found


def build(wheel: Path) -> tuple[list[str], str]:
    names: set[str] = set()
    with zipfile.ZipFile(wheel) as zf:
        for locale in LOCALES:
            source = zf.read(f"faker/providers/person/{locale}/__init__.py").decode("utf-8")
            for name in _names_of(source):
                folded = fold(name)
                if re.fullmatch(r"[a-z]+(?: [a-z]+)*", folded) and folded not in EXCLUDED:
                    names.add(folded)
    names.update(fold(name) for name in SUPPLEMENT)
    return sorted(names), wheel.name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="a faker-*.whl (pip download faker --no-deps)")
    args = parser.parse_args()
    names, source = build(args.wheel)
    OUT.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} given names from {source} ({', '.join(LOCALES)}) → {OUT}")


if __name__ == "__main__":
    main()
