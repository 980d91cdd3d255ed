"""What an SCDL row needs that no document states, from `[tool.delib.scdl]` and a side table.

The side table is a small CSV keyed by DELIB_ID whose other columns are SCDL columns
(DELIB_MATIERE_CODE, DELIB_MATIERE_NOM, VOTE_EFFECTIF …): a value there is for that
deliberation only, and wins over the configuration's default for every row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from delib_parse.config import Config
from delib_parse.errors import ConfigError
from delib_parse.scdl.table import read_table

# [tool.delib.scdl] key -> the column it fills in every row.
DEFAULT_COLUMNS = {
    "coll-nom": "COLL_NOM",
    "coll-siret": "COLL_SIRET",
    "matiere-code": "DELIB_MATIERE_CODE",
    "matiere-nom": "DELIB_MATIERE_NOM",
    "pref-id": "PREF_ID",
    "members-in-office": "VOTE_EFFECTIF",
}


@dataclass(frozen=True, slots=True)
class ScdlSettings:
    defaults: dict[str, str] = field(default_factory=dict)  # column -> value for every row
    side: dict[str, dict[str, str]] = field(default_factory=dict)  # DELIB_ID -> column -> value
    base_url: str | None = None

    def given(self, delib_id: str, column: str) -> str:
        """The value the user gave for this row's column ('' when none)."""
        return self.side.get(delib_id, {}).get(column) or self.defaults.get(column, "")

    def url(self, path: str) -> str:
        if not self.base_url:
            return ""
        base = self.base_url if self.base_url.endswith("/") else self.base_url + "/"
        return base + quote(Path(path).name)


def read_side_table(path: Path) -> dict[str, dict[str, str]]:
    table = read_table(path)
    if "DELIB_ID" not in table.header:
        raise ConfigError(
            "the side table has no DELIB_ID column",
            path=str(path),
            hint="its first column is DELIB_ID",
        )
    out: dict[str, dict[str, str]] = {}
    for row in table.rows:
        key = row.get("DELIB_ID")
        if key:
            out[key] = {k: v for k, v in row.cells.items() if k != "DELIB_ID" and v}
    return out


def scdl_settings(
    config: Config, *, base_url: str | None = None, side_table: Path | None = None
) -> ScdlSettings:
    """The configuration's [tool.delib.scdl] with the command line's overrides."""
    raw = config.scdl
    defaults = {column: str(raw[key]) for key, column in DEFAULT_COLUMNS.items() if key in raw}
    if side_table is None and "side-table" in raw:
        side_table = config.root / str(raw["side-table"])
    side = read_side_table(side_table) if side_table is not None else {}
    url = (
        base_url if base_url is not None else (str(raw["base-url"]) if "base-url" in raw else None)
    )
    return ScdlSettings(defaults=defaults, side=side, base_url=url)
