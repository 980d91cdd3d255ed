"""Project settings: `[tool.delib]` in a pyproject.toml, or a delib.toml, found upward.

```toml
[tool.delib]                       # in delib.toml: the same keys at the top level
select = ["Q", "C", "V001"]        # rule codes, prefixes or names; empty = every rule
ignore = ["S002"]
fail-on = "warning"                # error (default), warning, info or never
[tool.delib.severity]
D001 = "error"
exclude = ["brouillons", "archives/old/**"]  # skipped in folders; relative to this file's folder
[tool.delib.per-file-ignores]
"archives/**" = ["D001", "N"]      # globs relative to the folder of the config file
[tool.delib.scdl]                  # what SCDL rows need and documents never state
coll-nom = "Ville de Poitiers"
coll-siret = "21860194600013"
```

The search starts from the checked paths, as linters do (ruff, yamllint): from each path's
folder (a folder itself, a file's parent) up to the filesystem root, or from the current
folder when no path is given (standard input). In each folder `delib.toml` wins over
`pyproject.toml`, and a pyproject.toml without `[tool.delib]` is passed over. One run uses
one configuration: paths that find different ones are a usage error (simpler than ruff's
file-by-file settings, and never a silent choice of one over the other). This module reads and checks the *shape* of the settings only (it imports
nothing of delib but its errors, STYLE.md habit 1); whether the codes name real rules is
checked by the caller against the catalogue (unknown codes warn, they do not fail).
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from delib_parse.errors import ConfigError, UsageError

CONFIG_NAMES = ("delib.toml", "pyproject.toml")
SEVERITIES = ("error", "warning", "info")
FAIL_ON = ("error", "warning", "info", "never")
KEYS = ("select", "ignore", "severity", "per-file-ignores", "fail-on", "exclude", "scdl")
# [tool.delib.scdl]: key -> type. Values the SCDL columns need that no document states.
SCDL_KEYS: dict[str, type] = {
    "coll-nom": str,  # COLL_NOM
    "coll-siret": str,  # COLL_SIRET
    "matiere-code": str,  # DELIB_MATIERE_CODE, when every deliberation has the same
    "matiere-nom": str,  # DELIB_MATIERE_NOM
    "pref-id": str,  # PREF_ID
    "members-in-office": int,  # VOTE_EFFECTIF when the document does not state it
    "base-url": str,  # DELIB_URL = base-url + the document's file name
    "side-table": str,  # CSV keyed by DELIB_ID, relative to the config file's folder
}


@dataclass(frozen=True, slots=True)
class Config:
    """What a config file says; `path` is None when no file was found."""

    path: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_on: str | None = None
    exclude: tuple[str, ...] = ()
    scdl: dict[str, str | int] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        """The folder per-file-ignores globs are relative to."""
        return self.path.parent if self.path is not None else Path.cwd()


def find_config(start: Path | None = None) -> Path | None:
    """The nearest delib.toml, or pyproject.toml with a [tool.delib] table, from start up.

    `start` may be a file (its folder is searched first) or a path that does not exist (the
    search begins at its nearest existing parent): a typo in a checked path is reported by
    the batch, it does not change which settings apply to the other paths."""
    here = (start or Path.cwd()).resolve()
    while not here.is_dir() and here != here.parent:
        here = here.parent
    for folder in (here, *here.parents):
        own = folder / "delib.toml"
        if own.is_file():
            return own
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_delib(pyproject):
            return pyproject
    return None


def find_config_for(paths: Sequence[str | Path]) -> Path | None:
    """The configuration of a run over `paths` (`-`, standard input, counts as the current
    folder): the one nearest to every path. Raises UsageError (E031) when two paths find
    different ones, naming both, rather than applying one file's settings to the other's."""
    starts = [Path.cwd() if str(p) == "-" else Path(p) for p in paths] or [Path.cwd()]
    found: dict[Path | None, Path] = {}
    searched: set[Path] = set()
    for start in starts:
        # pre-commit passes hundreds of files of a few folders: search each folder once.
        folder = start if start.is_dir() else start.parent
        if folder in searched:
            continue
        searched.add(folder)
        found.setdefault(find_config(start), start)
    if len(found) == 1:
        return next(iter(found))
    (first, first_path), (second, second_path) = list(found.items())[:2]
    raise UsageError(
        f"{first_path} and {second_path} have different configurations "
        f"({first or 'none'}, {second or 'none'})",
        hint="check them in separate runs, or name one with --config",
    )


def _has_tool_delib(path: Path) -> bool:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        # A broken pyproject.toml that is not ours to judge: pass over it.
        return False
    tool = data.get("tool")
    return isinstance(tool, dict) and isinstance(tool.get("delib"), dict)


def load_config(
    path: Path | None = None,
    *,
    start: Path | None = None,
    paths: Sequence[str | Path] | None = None,
) -> Config:
    """Read the given config file, or the one found upward from `paths` (see
    `find_config_for`), from `start`, or from the current folder.

    Raises ConfigError (E030) with a one-line message naming the file and the key.
    """
    if path is None:
        path = find_config_for(paths) if paths is not None else find_config(start)
        if path is None:
            return Config()
    where = str(path)
    try:
        raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("no such config file", path=where, hint="check the path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the config file ({exc})", path=where) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", path=where) from None
    table: Any = raw
    if Path(path).name == "pyproject.toml":
        table = raw.get("tool", {}).get("delib", {}) if isinstance(raw.get("tool"), dict) else {}
    if not isinstance(table, dict):
        raise ConfigError("[tool.delib] must be a table", path=where)
    return parse_config(table, path=Path(path))


def parse_config(table: dict[str, Any], *, path: Path | None = None) -> Config:
    where = str(path) if path is not None else None
    prefix = "[tool.delib] " if path is not None and path.name == "pyproject.toml" else ""

    def bad(message: str, hint: str) -> ConfigError:
        return ConfigError(prefix + message, path=where, hint=hint)

    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise bad(f"unknown key {unknown[0]!r}", "valid keys: " + ", ".join(KEYS))

    def codes(
        key: str, value: Any, what: str = "rule codes", e_g: str = '"Q", "V001"'
    ) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise bad(f"{key} must be a list of {what}", f"e.g. {key} = [{e_g}]")
        return tuple(v.strip() for v in value)

    select = codes("select", table.get("select", []))
    ignore = codes("ignore", table.get("ignore", []))

    severity_raw = table.get("severity", {})
    if not isinstance(severity_raw, dict):
        raise bad("severity must be a table of CODE = level", 'e.g. severity = {D001 = "error"}')
    severity: dict[str, str] = {}
    for code, level in severity_raw.items():
        if level not in SEVERITIES:
            raise bad(f"severity of {code} is {level!r}", "use error, warning or info")
        severity[str(code)] = str(level)

    pfi_raw = table.get("per-file-ignores", {})
    if not isinstance(pfi_raw, dict):
        raise bad(
            "per-file-ignores must be a table of glob = [codes]",
            'e.g. "archives/*" = ["D001"]',
        )
    per_file = tuple(
        (str(glob), codes(f"per-file-ignores {glob!r}", value)) for glob, value in pfi_raw.items()
    )

    exclude = codes("exclude", table.get("exclude", []), "glob patterns", '"archives/**"')
    fail_on = table.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise bad(f"fail-on is {fail_on!r}", "use " + ", ".join(FAIL_ON))
    scdl_raw = table.get("scdl", {})
    if not isinstance(scdl_raw, dict):
        raise bad("scdl must be a table", 'e.g. [tool.delib.scdl] coll-nom = "Ville de Poitiers"')
    scdl: dict[str, str | int] = {}
    for key, value in scdl_raw.items():
        kind = SCDL_KEYS.get(key)
        if kind is None:
            raise bad(f"unknown key scdl.{key}", "valid keys: " + ", ".join(SCDL_KEYS))
        # bool is an int to Python: members-in-office = true is no count.
        if (
            isinstance(value, bool)
            or not isinstance(value, (str, int))
            or not isinstance(value, kind)
        ):
            raise bad(
                f"scdl.{key} must be a {'number' if kind is int else 'string'}", f"{key} = ..."
            )
        scdl[key] = value
    return Config(
        path=path,
        select=select,
        ignore=ignore,
        severity=severity,
        per_file_ignores=per_file,
        fail_on=fail_on,
        exclude=exclude,
        scdl=scdl,
    )
