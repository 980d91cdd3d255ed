"""The SCDL "Délibérations" table schema, read from the Table Schema file shipped as package
data: the column list, types, constraints and the validator's custom checks all come from it,
so that a new schema version is one file in `scdl/data/`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

DEFAULT_VERSION = "2.1.5"
SCHEMA_FILE = "scdl-deliberations-{version}.schema.json"


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    type: str  # Table Schema type: string, integer, date
    required: bool = False
    pattern: str | None = None
    format: str | None = None  # "uri" for DELIB_URL


@dataclass(frozen=True, slots=True)
class CustomCheck:
    """One entry of the schema's `custom_checks` (run by the official validator)."""

    name: str  # french-siret-value, sum-columns-value, …
    params: dict[str, Any]

    @property
    def column(self) -> str:
        return str(self.params["column"])

    def columns(self, key: str) -> tuple[str, ...]:
        return tuple(str(c) for c in self.params.get(key, ()))


@dataclass(frozen=True, slots=True)
class TableSchema:
    version: str
    fields: tuple[Field, ...]
    custom_checks: tuple[CustomCheck, ...]

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def vote_columns(self) -> tuple[str, ...]:
        """The columns of the cohesion rule on VOTE_EFFECTIF (all filled or all empty)."""
        for check in self.custom_checks:
            if check.name == "cohesive-columns-value" and check.column == "VOTE_EFFECTIF":
                return (check.column, *check.columns("othercolumns"))
        return ()


def parse_schema(data: dict[str, Any]) -> TableSchema:
    fields = []
    for raw in data["fields"]:
        constraints = raw.get("constraints", {})
        fields.append(
            Field(
                name=str(raw["name"]),
                type=str(raw.get("type", "string")),
                required=bool(constraints.get("required", False)),
                pattern=constraints.get("pattern"),
                format=raw.get("format"),
            )
        )
    checks = tuple(
        CustomCheck(name=str(c["name"]), params=dict(c.get("params", {})))
        for c in data.get("custom_checks", ())
    )
    return TableSchema(version=str(data["version"]), fields=tuple(fields), custom_checks=checks)


@cache
def load_schema(version: str = DEFAULT_VERSION) -> TableSchema:
    """The schema of that version, from the package's data (raises KeyError when not shipped)."""
    name = SCHEMA_FILE.format(version=version)
    resource = resources.files("delib_parse.scdl").joinpath("data").joinpath(name)
    if not resource.is_file():
        raise KeyError(version)
    return parse_schema(json.loads(resource.read_text(encoding="utf-8")))
