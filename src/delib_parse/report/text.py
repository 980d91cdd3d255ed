"""The readable summary of one document (`delib parse FILE` without --json).

Everything the document says (titles, names, lists, messages quoting it) and the file name go
through `shown`: rich reads square brackets as markup, and a title such as `[avenant n°2]`
would vanish, `[/red]` stop the command."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from delib_parse.model.document import Deliberation, Document, Finding, Person
from delib_parse.report.safe import shown

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _person(p: Person | None) -> str:
    if p is None:
        return "—"
    return shown(" ".join(x for x in (p.civility, p.name) if x))


def _value(v: object) -> str:
    return "—" if v is None else shown(str(v))


def findings_table(findings: list[Finding], title: str = "Findings") -> Table:
    table = Table(title=title, title_justify="left", show_lines=False)
    for col in ("code", "severity", "page:line", "rule", "message"):
        table.add_column(col)
    for f in findings:
        where = f"{_value(f.page)}:{_value(f.line)}"
        table.add_row(
            f.code,
            f"[{SEVERITY_STYLE[f.severity]}]{f.severity}[/]",
            where,
            f.rule,
            shown(f.message),
        )
    return table


def print_deliberation(console: Console, d: Deliberation, index: int, total: int) -> None:
    title = shown(d.subject.title) if d.subject.title else "(subject not found)"
    number = f" n° {shown(d.number)}" if d.number else ""
    console.rule(f"[bold]Deliberation {index}/{total}{number}[/]: {title}")
    s = d.sitting
    body = shown(
        " ".join(x for x in (d.assembly.name, d.authority.name and f"— {d.authority.name}") if x)
    )
    console.print(
        f"[bold]Sitting[/] {body or '—'}, {_value(s.date)}"
        + (f" {shown(s.time)}" if s.time else "")
        + f"; convened {_value(s.convened_on)}"
    )
    console.print(
        f"[bold]President[/] {_person(s.president)}   [bold]Secretary[/] {_person(s.secretary)}"
    )
    if d.subject.category:
        console.print(f"[bold]Rubrique[/] {shown(d.subject.category)}")
    c = d.counts
    console.print(
        f"[bold]Counts as stated[/] seats {_value(c.seats)} · in office {_value(c.in_office)} · "
        f"present {_value(c.present)} · represented {_value(c.represented)} · "
        f"absent {_value(c.absent)} · voters {_value(c.voters)}"
    )
    console.print(
        f"[bold]Listed[/] present {len(d.present)} · proxies {len(d.proxies)} · "
        f"absent without proxy {len(d.absent)}"
    )
    if d.present:
        table = Table(title="Present", title_justify="left", show_header=False, box=None)
        cols = 3
        for _ in range(cols):
            table.add_column()
        names = [_person(p) for p in d.present]
        for i in range(0, len(names), cols):
            row = names[i : i + cols]
            table.add_row(*(row + [""] * (cols - len(row))))
        console.print(table)
    if d.proxies:
        console.print("[bold]Proxies[/]")
        for proxy in d.proxies:
            console.print(f"  {_person(proxy.grantor)} → {_person(proxy.holder)}")
    if d.absent:
        console.print(
            "[bold]Absent[/] "
            + ", ".join(_person(a.person) + (" (excusé)" if a.excused else "") for a in d.absent)
        )
    v = d.vote
    if v is None:
        console.print("[bold]Vote[/] —")
    else:
        parts = [
            f"pour {_value(v.yes)}",
            f"contre {_value(v.no)}",
            f"abstention {_value(v.abstain)}",
            f"ne prend pas part {_value(v.not_voting)}",
        ]
        if v.proxies_included is not None:
            parts.append(f"dont {v.proxies_included} procurations")
        if v.unanimous:
            parts.append("à l'unanimité")
        console.print(f"[bold]Vote[/] {' · '.join(parts)} → {_value(v.outcome)}")
    if d.decision:
        console.print(f"[bold]Decision[/] {shown(d.decision)}")
    for lst in d.lists:
        items = ", ".join(
            i.label
            + (f" ({i.count} {i.unit or ''})".rstrip(" )") + ")" if i.count is not None else "")
            for i in lst.items
        )
        console.print(f"[bold]List[/] {shown(lst.heading)}: {shown(items)}")
    if d.findings:
        console.print(findings_table(d.findings))
    else:
        console.print("[green]No findings.[/]")


def print_document(doc: Document, console: Console | None = None) -> None:
    from delib_parse.report.console import ReportConsole

    console = console or ReportConsole()
    src = doc.source
    console.print(
        f"[bold]{shown(src.path) if src.path else '<stdin>'}[/] — {src.media_type}, "
        f"{src.pages} page(s), "
        f"extractor {src.extractor}" + (", OCR" if src.ocr else "")
    )
    total = len(doc.deliberations)
    for i, d in enumerate(doc.deliberations, start=1):
        print_deliberation(console, d, i, total)
    if doc.findings:
        console.print(findings_table(doc.findings, "Document findings"))
