"""Settings of one batch: the config file merged with the command line, checked against the
rule catalogue. Command-line `select` replaces the file's, `ignore` adds to it, `severity`
entries override the file's one by one, `fail-on` wins, `exclude` adds to the file's (as
ruff's `extend-exclude`)."""

from __future__ import annotations

import fnmatch
import math
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from delib_parse.batch.discover import DEFAULT_GLOBS, Exclude
from delib_parse.config import FAIL_ON, SEVERITIES, Config
from delib_parse.errors import ConfigError, UsageError
from delib_parse.model.document import Severity
from delib_parse.rules.registry import RULE_MODULES
from delib_parse.rules.runner import RuleSelection
from delib_parse.sources.options import SourceOptions

DEFAULT_TIMEOUT = 120.0
DEFAULT_MAX_TASKS = 200  # a worker is replaced after this many files: memory stays flat


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def catalogue() -> dict[str, str]:
    """code -> name of every rule in the catalogue, written yet or not."""
    out: dict[str, str] = {}
    for module in RULE_MODULES:
        code, _, name = module.partition("_")
        out[code.upper()] = name.replace("_", "-")
    return out


def unknown_codes(patterns: Sequence[str]) -> list[str]:
    """Patterns that name no rule: not a code, a code prefix, nor a rule name."""
    known = catalogue()
    names = set(known.values())
    out = []
    for p in patterns:
        if p in names or any(code.startswith(p.upper()) for code in known):
            continue
        out.append(p)
    return out


def _valid_codes() -> str:
    families = ", ".join(sorted({code[0] for code in catalogue()}))
    return f"valid: a rule code, a prefix such as a family {families}, or a rule name; `delib rules` lists them"


def parse_severity_overrides(items: Sequence[str]) -> dict[str, str]:
    """`CODE=level` pairs of the command line."""
    out: dict[str, str] = {}
    for item in items:
        code, sep, level = item.partition("=")
        code, level = code.strip(), level.strip().lower()
        if not sep or not code or level not in SEVERITIES:
            raise UsageError(
                f"--severity {item!r} is not CODE=level", hint="e.g. --severity D001=error"
            )
        out[code] = level
    return out


@dataclass(frozen=True, slots=True)
class PerFileIgnores:
    root: str  # globs are relative to this folder (the config file's)
    entries: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def codes_for(self, path: str) -> tuple[str, ...]:
        if not self.entries:
            return ()
        absolute = os.path.abspath(path)
        rel = os.path.relpath(absolute, self.root).replace(os.sep, "/")
        name = rel.rsplit("/", 1)[-1]
        out: list[str] = []
        for glob, codes in self.entries:
            target = rel if "/" in glob else name
            if fnmatch.fnmatchcase(target, glob) or fnmatch.fnmatchcase(rel, glob):
                out.extend(codes)
        return tuple(out)


@dataclass(frozen=True, slots=True)
class CheckSettings:
    """Everything a worker needs to check one file, and the batch to judge the result."""

    selection: RuleSelection = field(default_factory=RuleSelection)
    per_file_ignores: PerFileIgnores = field(default_factory=lambda: PerFileIgnores(root="."))
    fail_on: str = "error"
    jobs: int = 1
    timeout: float | None = DEFAULT_TIMEOUT
    max_tasks_per_worker: int = DEFAULT_MAX_TASKS
    options: SourceOptions = field(default_factory=SourceOptions)
    include_documents: bool = False  # json/jsonl carry the parsed document of each file
    exclude: Exclude = field(default_factory=Exclude)  # for discovery; workers never read it
    config: str | None = None  # the config file these settings came from, for --show-settings

    def selection_for(self, path: str) -> RuleSelection:
        extra = self.per_file_ignores.codes_for(path)
        if not extra:
            return self.selection
        s = self.selection
        return RuleSelection(select=s.select, ignore=(*s.ignore, *extra), severity=s.severity)


def resolve_settings(
    config: Config,
    *,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    severity: Sequence[str] = (),
    fail_on: str | None = None,
    jobs: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    options: SourceOptions | None = None,
    include_documents: bool = False,
    exclude: Sequence[str] = (),
) -> tuple[CheckSettings, list[str]]:
    """Merge config and command line; return the settings and warnings (unknown codes)."""
    chosen_select = tuple(_split(select)) or config.select
    chosen_ignore = (*config.ignore, *_split(ignore))
    levels = {**config.severity, **parse_severity_overrides(severity)}
    chosen_fail_on = fail_on or config.fail_on or "error"
    if chosen_fail_on not in FAIL_ON:
        raise UsageError(f"--fail-on {chosen_fail_on!r}", hint="use " + ", ".join(FAIL_ON))
    if jobs is not None and jobs < 0:
        raise UsageError("--jobs must be 0 (one per CPU) or more", hint="e.g. --jobs 4")
    if timeout is not None and not (math.isfinite(timeout) and timeout > 0):
        # nan compares false with everything and inf never fires: neither is a limit.
        raise UsageError("--timeout must be a positive number of seconds", hint="e.g. --timeout 60")

    # A misspelt code would select or ignore nothing and let CI pass unseen (`--select Z999`
    # ran no rule and exited 0): it is an error, as in ruff.
    warnings: list[str] = []
    pfi_codes = [c for _glob, codes in config.per_file_ignores for c in codes]
    from_file = [*config.select, *config.ignore, *config.severity, *pfi_codes]
    from_cli = [*_split(select), *_split(ignore), *parse_severity_overrides(severity)]
    for pattern in unknown_codes(from_cli):
        raise UsageError(f"unknown rule code {pattern!r}", hint=_valid_codes())
    for pattern in unknown_codes(from_file):
        raise ConfigError(
            f"unknown rule code {pattern!r}", path=str(config.path), hint=_valid_codes()
        )
    selection = RuleSelection(
        select=chosen_select,
        ignore=chosen_ignore,
        severity={_canonical(k): cast(Severity, v) for k, v in levels.items()},
    )
    base = options or SourceOptions()
    settings = CheckSettings(
        selection=selection,
        per_file_ignores=PerFileIgnores(
            root=str(config.root.resolve() if config.path else Path.cwd()),
            entries=config.per_file_ignores,
        ),
        fail_on=chosen_fail_on,
        jobs=jobs or default_jobs(),
        timeout=timeout,
        options=SourceOptions(
            extractor=base.extractor,
            max_pages=base.max_pages,
            timeout=timeout,
            ocr=base.ocr,
            jobs=1,
            password=base.password,
        ),
        include_documents=include_documents,
        # The file's patterns are relative to its folder, the command line's to the current
        # folder, as a path typed in a shell would be.
        exclude=Exclude.relative_to(str(config.root), config.exclude)
        + Exclude.relative_to(os.getcwd(), _split(exclude)),
        config=str(config.path) if config.path is not None else None,
    )
    return settings, warnings


def describe(settings: CheckSettings, globs: Sequence[str] = ()) -> list[str]:
    """The lines `delib check --show-settings` prints: where the settings came from and what
    they resolved to, one `key: value` a line (a list is comma-separated, `-` when empty)."""

    def listed(values: Sequence[str]) -> str:
        return ", ".join(values) if values else "-"

    s = settings.selection
    pfi = settings.per_file_ignores
    lines = [
        f"config: {settings.config or 'none (defaults)'}",
        f"select: {listed(s.select) if s.select else 'all rules'}",
        f"ignore: {listed(s.ignore)}",
        f"severity: {listed([f'{code}={level}' for code, level in sorted(s.severity.items())])}",
        f"fail-on: {settings.fail_on}",
        f"per-file-ignores: {listed([f'{g} = {listed(c)}' for g, c in pfi.entries])}"
        + (f" (relative to {pfi.root})" if pfi.entries else ""),
        f"exclude: {listed([f'{p} (relative to {root})' for root, p in settings.exclude.patterns])}",
        f"glob: {listed(globs or DEFAULT_GLOBS)}",
        f"jobs: {settings.jobs}",
        f"timeout: {'none' if settings.timeout is None else f'{settings.timeout:g} s'}",
        f"ocr: {settings.options.ocr}",
    ]
    return lines


def _split(values: Sequence[str]) -> list[str]:
    """Accept both `--select Q --select V001` and `--select Q,V001`."""
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _canonical(code: str) -> str:
    """`d001` -> `D001`; rule names (`quorum-not-met`) stay as they are."""
    return code.upper() if re.fullmatch(r"[A-Za-z]\d{3}", code) else code
