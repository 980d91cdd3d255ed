"""How the `delib` command meets its user outside the commands themselves: `--version`, and
option errors as one coded line (`error E032: --format: 'xx' is not one of text, …`) instead
of the argument parser's usage-and-box, as ruff or yamllint print them.

Typer vendors click as `typer._click`; its exceptions are the ones the parser raises.
"""

from __future__ import annotations

import typer


def version_text() -> str:
    """`delib X.Y.Z`, read from the installed package's metadata."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"delib {version('delib-parse')}"
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "delib (version unknown: not installed)"


def show_version(value: bool) -> None:
    """The eager callback of `--version` / `-V`."""
    if value:
        typer.echo(version_text())
        raise typer.Exit(0)
