"""The least a cold `delib parse FILE --json` can cost with delib's own dependencies: a typer
command with the same options that opens the PDF with pypdfium2 and prints its text as JSON.
No normaliser, no parser, no model. bench_pdf.py runs it beside the real command ("floor s")
so that the cold start-up target can be read against what the stack itself costs.

    .venv/bin/python benchmarks/cold_floor.py parse FILE.pdf --json
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(add_completion=False)


@app.command()
def parse(
    file: Annotated[str, typer.Argument()],
    json_out: Annotated[bool, typer.Option("--json")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
    strict: Annotated[bool, typer.Option()] = False,
    extractor: Annotated[str, typer.Option()] = "pdfium",
    ocr: Annotated[str, typer.Option()] = "auto",
    max_pages: Annotated[int, typer.Option()] = 2000,
    timeout: Annotated[float, typer.Option()] = 300.0,
    jobs: Annotated[int, typer.Option(min=0)] = 0,
) -> None:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(Path(file).read_bytes())
    pages = []
    for index in range(len(doc)):
        page = doc[index]
        textpage = page.get_textpage()
        pages.append(textpage.get_text_range())
        textpage.close()
        page.close()
    doc.close()
    print(json.dumps({"pages": pages}, ensure_ascii=False))


@app.command()
def check(paths: list[str]) -> None:
    """(a second command, so that typer builds a group as delib's does)"""


if __name__ == "__main__":
    app()
