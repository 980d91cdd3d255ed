"""Regenerate the generated parts of README.md: the rule catalogue and the commands' --help.

    .venv/bin/python scripts/readme.py          # rewrite README.md in place
    .venv/bin/python scripts/readme.py --check  # exit 1 when README.md is out of date

tests/test_docs.py runs the check, so the README cannot drift from the code.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
COMMANDS = ("parse", "check", "normalize", "rules", "schema")
SUBCOMMANDS = ("scdl export", "scdl check", "scdl fill")


def rules_table() -> str:
    from delib_parse.rules import all_rules

    rows = ["| code | name | severity | what it checks |", "|---|---|---|---|"]
    for rule in all_rules():
        rows.append(f"| {rule.code} | `{rule.name}` | {rule.severity} | {rule.summary} |")
    return "\n".join(rows)


def scdl_codes_table() -> str:
    from delib_parse.scdl.codes import CODES

    rows = ["| code | name | severity | what it says |", "|---|---|---|---|"]
    for c in CODES:
        rows.append(f"| {c.code} | `{c.name}` | {c.severity} | {c.summary} |")
    return "\n".join(rows)


def help_text(command: str | None) -> str:
    from typer.testing import CliRunner

    from delib_parse.cli import app

    os.environ["COLUMNS"] = "100"
    os.environ["TERMINAL_WIDTH"] = "100"
    os.environ["NO_COLOR"] = "1"
    args = [*command.split(), "--help"] if command else ["--help"]
    result = CliRunner().invoke(app, args, terminal_width=100, color=False)
    text = "\n".join(line.rstrip() for line in result.stdout.splitlines())
    return "```\n" + text.strip("\n") + "\n```"


def blocks() -> dict[str, str]:
    from delib_parse.cli import app

    names = {c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands}
    out = {"rules": rules_table(), "help": help_text(None), "scdl-codes": scdl_codes_table()}
    for sub in SUBCOMMANDS:
        out[f"help-{sub.replace(' ', '-')}"] = help_text(sub)
    for command in COMMANDS:
        if command in names:
            out[f"help-{command}"] = help_text(command)
    return out


def render(text: str) -> str:
    for name, body in blocks().items():
        pattern = re.compile(
            rf"(<!-- generated:{re.escape(name)} -->)\n.*?(<!-- /generated:{re.escape(name)} -->)",
            re.DOTALL,
        )
        text = pattern.sub(lambda m, body=body: f"{m.group(1)}\n{body}\n{m.group(2)}", text)
    return text


def main() -> int:
    current = README.read_text(encoding="utf-8")
    fresh = render(current)
    if "--check" in sys.argv:
        if fresh != current:
            print(
                "README.md is out of date: run .venv/bin/python scripts/readme.py", file=sys.stderr
            )
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
