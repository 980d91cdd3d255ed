"""How the `delib` command meets its user outside the commands themselves: `--version`, and
option errors as one coded line (`error E032: --format: 'xx' is not one of text, …`) instead
of the argument parser's usage-and-box, as ruff or yamllint print them.

Typer vendors click as `typer._click`; its exceptions are the ones the parser raises.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from typing import Any, NoReturn

import typer
from typer._click import exceptions as click_errors
from typer._click.core import Context
from typer.core import TyperGroup

from delib_parse.errors import EXIT_BROKEN_PIPE, EXIT_UNUSABLE, OptionError


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


def check_choice(option: str, value: str, choices: Iterable[str]) -> None:
    """Refuse a value outside `choices`, naming them all (an E032 line)."""
    valid = tuple(choices)
    if value not in valid:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(valid)}", param_hint=option)


def _option_name(param: Any) -> str:
    """`--jobs` for an option (its long name), `PATH` for an argument."""
    opts: Sequence[str] = getattr(param, "opts", None) or ()
    if getattr(param, "param_type_name", "") == "option" and opts:
        longs = [o for o in opts if o.startswith("--")]
        return (longs or list(opts))[0]
    metavar = getattr(param, "metavar", None) or getattr(param, "name", None) or "argument"
    return str(metavar).strip("{}").upper()


def _sentence(text: str) -> str:
    """A parser message as the middle of delib's line: no capital, no full stop."""
    text = " ".join(text.split()).rstrip(".")
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _rejected_input(error: click_errors.BadParameter) -> object | None:
    """The value typer's pydantic coercion refused (its message does not say)."""
    errors = getattr(error.__cause__, "errors", None)
    if not callable(errors):
        return None
    found = errors()
    return found[0].get("input") if found and isinstance(found[0], dict) else None


def _help_hint(error: click_errors.ClickException) -> str:
    ctx = getattr(error, "ctx", None)
    path = ctx.command_path if ctx is not None else "delib"
    return f"see `{path} --help`"


def option_error(error: click_errors.ClickException) -> OptionError:
    """The parser's exception as delib's named error (E032)."""
    if isinstance(error, click_errors.MissingParameter):
        kind = "option" if getattr(error.param, "param_type_name", "") == "option" else "argument"
        name = _option_name(error.param) if error.param is not None else ""
        return OptionError(f"missing {kind} {name}".strip(), hint=_help_hint(error))
    if isinstance(error, click_errors.NoSuchOption):
        maybe = sorted(error.possibilities or ())
        suggest = f", did you mean {' or '.join(maybe)}?" if maybe else ""
        return OptionError(f"no such option {error.option_name}{suggest}", hint=_help_hint(error))
    if isinstance(error, click_errors.BadParameter):
        if error.param_hint is not None:
            hint = error.param_hint
            name = hint if isinstance(hint, str) else "/".join(hint)
        elif error.param is not None:
            name = _option_name(error.param)
        else:
            name = ""
        where = f"{name}: " if name else ""
        given = _rejected_input(error)
        what = f"{given!r}: " if given is not None else ""
        return OptionError(f"{where}{what}{_sentence(error.message)}")
    if isinstance(error, click_errors.BadOptionUsage):
        if "requires an argument" in error.message:
            return OptionError(f"{error.option_name} needs a value")
        return OptionError(_sentence(error.message))
    if isinstance(error, click_errors.UsageError):
        return OptionError(_sentence(error.message), hint=_help_hint(error))
    return OptionError(_sentence(error.format_message()))


def quiet_broken_pipe() -> NoReturn:
    """The reader of standard output went away (`delib check … | head -1`): stop at once, in
    silence, with the shell's status for it — not a traceback, not exit 1 (findings). Standard
    output is pointed at /dev/null so that the interpreter's last flush cannot fail again
    (the recipe of Python's documentation, `signal` module)."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real stdout (a test runner's): nothing to flush
        pass
    raise typer.Exit(EXIT_BROKEN_PIPE)


class DelibGroup(TyperGroup):
    """The `delib` group: the parser's errors become one coded line and exit status 2; a
    closed standard output ends quietly."""

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            quiet_broken_pipe()

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(
                args, prog_name, complete_var, standalone_mode, windows_expand_args, **extra
            )
        try:
            rv = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except click_errors.NoArgsIsHelpError:
            sys.exit(EXIT_UNUSABLE)  # the help is already printed
        except click_errors.ClickException as error:
            fail(option_error(error))
        except typer.Abort:
            typer.echo("Aborted!", err=True)
            sys.exit(1)
        sys.exit(rv if isinstance(rv, int) else 0)


def fail(error: OptionError) -> NoReturn:
    typer.echo(error.one_line(), err=True)
    sys.exit(EXIT_UNUSABLE)


class Terminated(BaseException):
    """SIGTERM arrived: raised in the main thread, so that every `finally` and context manager
    runs on the way out as it does for Ctrl-C (the temporary output file removed, the workers
    and what they started killed, their temporary folders removed). A BaseException so that no
    `except Exception` keeps it, and not KeyboardInterrupt, which click turns into 'Aborted!'
    and status 1."""


def stop_on_sigterm() -> None:
    import signal

    def handler(signum: int, frame: object) -> None:
        # A second SIGTERM, during the clean-up, ends the program at once.
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        raise Terminated

    signal.signal(signal.SIGTERM, handler)
