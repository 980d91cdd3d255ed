"""The T codes: findings about an SCDL table, against its schema and against the documents
it summarises. Stable like the rule codes (never renumbered, never reused). The family is T
(table) because S is the secretary's (S001, S002).

T0xx: the table against the schema (the checks the official validator runs, and what it reports
about the header). T1xx: a row against its document. T2xx: what `delib scdl export` could not
fill. T3xx: what `delib scdl fill` did. `scripts/readme.py` prints this catalogue in README.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from delib_parse.model.document import Severity


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    name: str
    severity: Severity
    summary: str


CODES: tuple[Code, ...] = (
    Code(
        "T001",
        "table-assumption",
        "info",
        "How the table was read when it was not plain UTF-8 with commas (encoding, separator, BOM).",
    ),
    Code("T002", "missing-column", "error", "A column of the schema is missing from the header."),
    Code(
        "T003",
        "extra-column",
        "warning",
        "A column the schema does not define (kept, not checked).",
    ),
    Code("T004", "required-value-missing", "error", "A required cell is empty."),
    Code(
        "T005",
        "invalid-type",
        "error",
        "A cell is not of its column's type (an integer, an ISO date AAAA-MM-JJ).",
    ),
    Code(
        "T006",
        "pattern-mismatch",
        "error",
        "A cell does not match its column's pattern (COLL_SIRET 14 digits, DELIB_MATIERE_CODE 8.4 …).",
    ),
    Code("T007", "invalid-uri", "error", "DELIB_URL is not an absolute URI."),
    Code("T008", "wrong-column-count", "error", "A row has more or fewer cells than the header."),
    Code(
        "T010",
        "french-siret-value",
        "error",
        "COLL_SIRET fails the SIRET check digit (Luhn; La Poste's 356000000 establishments: digit sum a multiple of 5).",
    ),
    Code(
        "T011",
        "year-interval-value",
        "error",
        "BUDGET_ANNEE is neither AAAA nor an interval AAAA/AAAA in increasing order.",
    ),
    Code(
        "T012",
        "cohesive-columns-value",
        "error",
        "Columns that go together are partly filled (VOTE_* all or none; BUDGET_ANNEE with BUDGET_NOM).",
    ),
    Code(
        "T013",
        "compare-columns-value",
        "error",
        "A comparison of the schema fails (PREF_DATE >= DELIB_DATE, VOTE_EFFECTIF >= VOTE_REEL >= each option).",
    ),
    Code(
        "T014",
        "sum-columns-value",
        "error",
        "VOTE_REEL differs from VOTE_POUR + VOTE_CONTRE + VOTE_ABSTENTION.",
    ),
    Code(
        "T015",
        "nomenclature-actes-value",
        "error",
        "DELIB_MATIERE_NOM is not 'matière/sous-matière' of the ACTES nomenclature.",
    ),
    Code(
        "T016",
        "vote-reel-holds-present",
        "warning",
        "VOTE_REEL holds the members present, not pour + contre + abstention (proxies vote too).",
    ),
    Code(
        "T017",
        "duplicate-delib-id",
        "warning",
        "Two rows carry the same DELIB_ID: a join by DELIB_ID cannot tell them apart.",
    ),
    Code(
        "T100",
        "document-not-found",
        "warning",
        "No document matches the row (by DELIB_URL's file name, DELIB_ID or the mapping file).",
    ),
    Code(
        "T101",
        "tally-differs",
        "error",
        "A vote figure of the row differs from the document's tally.",
    ),
    Code(
        "T102",
        "date-differs",
        "error",
        "DELIB_DATE differs from the sitting date the document states.",
    ),
    Code(
        "T103",
        "title-differs",
        "warning",
        "DELIB_OBJET differs from the subject the document states.",
    ),
    Code(
        "T104",
        "pref-date-differs",
        "error",
        "PREF_DATE differs from the document's 'reçu en préfecture' stamp.",
    ),
    Code(
        "T105",
        "in-office-differs",
        "error",
        "VOTE_EFFECTIF differs from the members in office the document states.",
    ),
    Code(
        "T106",
        "document-unreadable",
        "warning",
        "The row's document could not be read, so the row was not compared with it.",
    ),
    Code(
        "T200",
        "row-incomplete",
        "warning",
        "An exported row lacks required values the documents do not state and the configuration does not give.",
    ),
    Code(
        "T201",
        "vote-left-empty",
        "warning",
        "The vote columns of an exported row are left empty (the cohesion rule wants all five or none).",
    ),
    Code("T300", "cell-filled", "info", "An empty cell was filled from the document."),
    Code(
        "T301",
        "cell-not-filled",
        "info",
        "An empty cell could not be filled: the document does not state it.",
    ),
)

BY_CODE = {c.code: c for c in CODES}


def matches(code: Code, pattern: str) -> bool:
    """A code, a prefix (T0, T1) or a name, as `delib check --select` takes them."""
    return code.code.startswith(pattern.upper()) or code.name == pattern


def selected(select: list[str], ignore: list[str]) -> frozenset[str]:
    """The codes kept by --select / --ignore; raises UsageError (E031) on a pattern that names
    no code, since it would select nothing and let CI pass unseen."""
    from delib_parse.errors import UsageError

    patterns = [p.strip() for value in (*select, *ignore) for p in value.split(",") if p.strip()]
    for pattern in patterns:
        if not any(matches(c, pattern) for c in CODES):
            raise UsageError(
                f"unknown SCDL code {pattern!r}",
                hint="valid: a T code, a prefix such as T0 or T1, or a name; see README 'delib scdl'",
            )

    def split(values: list[str]) -> list[str]:
        return [p.strip() for value in values for p in value.split(",") if p.strip()]

    chosen = split(select)
    kept = [c for c in CODES if not chosen or any(matches(c, p) for p in chosen)]
    return frozenset(c.code for c in kept if not any(matches(c, p) for p in split(ignore)))
