"""The table against the SCDL schema: delib's checks reproduce the official validator's counts
on Saint-Étienne Métropole's published tables, and each check fails where it should."""

from __future__ import annotations

from collections import Counter

import pytest

from delib_parse.scdl.checks import check_table, counts_by_check, siret_ok
from delib_parse.scdl.schema import load_schema
from delib_parse.scdl.table import parse_table, read_table
from tests.conftest import ROOT

SEM = ROOT / "tests" / "data" / "scdl" / "saint-etienne-metropole"
HEADER = (
    "COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET,"
    "BUDGET_ANNEE,BUDGET_NOM,PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,VOTE_POUR,VOTE_CONTRE,"
    "VOTE_ABSTENTION,DELIB_URL"
)
GOOD = (
    "Ville de Poitiers,21860194600013,1DL15494,2017-10-15,8.4,"
    "Domaines de compétences par thèmes/Aménagement du territoire,Objet,2017/2018,Budget annexe,"
    "PREF086,2017-10-20,43,40,25,10,5,https://data.maville.fr/deliberations/files/200417_1.pdf"
)


def codes_of(row: str, header: str = HEADER) -> Counter[str]:
    table = parse_table(f"{header}\n{row}\n".encode(), "t.csv")
    return Counter(f.code for f in check_table(table, load_schema()))


def with_cell(column: str, value: str) -> str:
    names = HEADER.split(",")
    import csv
    import io

    cells = next(csv.reader(io.StringIO(GOOD)))
    cells[names.index(column)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(cells)
    return out.getvalue()


def test_schema_is_read_from_package_data() -> None:
    schema = load_schema()
    assert schema.version == "2.1.5"
    assert len(schema.columns) == 17 and schema.columns[0] == "COLL_NOM"
    assert schema.columns[-1] == "DELIB_URL"
    assert len(schema.custom_checks) == 11  # the checks the official validator runs
    assert schema.vote_columns() == (
        "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION",
    )  # fmt: skip


def test_saint_etienne_reproduces_the_validators_failures_by_check() -> None:
    """80 rows. The validator's counts (issue #13): 79 sum failures (every row but the one
    whose tally is empty) and 77 comparison failures (VOTE_REEL >= VOTE_POUR: every row but
    2022.00109 (101 >= 98), 2022.00032 (95 >= 95) and the empty one). The others, counted by
    reasoning from the checks: 80 empty DELIB_MATIERE_CODE and 48 empty DELIB_MATIERE_NOM
    (required); 32 DELIB_MATIERE_NOM without 'matière/sous-matière' ('COMMANDE PUBLIQUE');
    26 cohesion failures (25 rows with BUDGET_ANNEE but no BUDGET_NOM, 1 with VOTE_EFFECTIF
    and VOTE_REEL but no tally); the extra leading column; SIRET 24420077000117 and the
    budget years pass."""
    counts = counts_by_check(
        check_table(read_table(SEM / "scdl-deliberations-2022-s1.csv"), load_schema())
    )
    assert counts.pop("T014") == 79  # sum-columns-value
    assert counts.pop("T013") == 77  # compare-columns-value
    assert counts.pop("T004") == 80 + 48  # required
    assert counts.pop("T015") == 32  # nomenclature-actes-value
    assert counts.pop("T012") == 26  # cohesive-columns-value
    assert counts.pop("T003") == 1  # extra column "Nombre de délibération"
    assert counts.pop("T016") == 79  # delib's own: VOTE_REEL holds présents
    assert counts.pop("T017") == 17  # delib's own: DELIB_ID on several rows
    assert counts == {}  # no SIRET, year, type, pattern or URI failure


def test_saint_etienne_template_row() -> None:
    counts = counts_by_check(
        check_table(read_table(SEM / "scdl-deliberations-modele-2022-01-20.csv"), load_schema())
    )
    # 60 réels for 62 pour: the sum and VOTE_REEL >= VOTE_POUR fail; matière code empty,
    # 'COMMANDE PUBLIQUE' has no slash, BUDGET_ANNEE without BUDGET_NOM.
    assert counts == {"T014": 1, "T013": 1, "T004": 1, "T015": 1, "T012": 1, "T016": 1}


def test_a_valid_row_passes() -> None:
    assert codes_of(GOOD) == Counter()


@pytest.mark.parametrize(
    ("column", "value", "code"),
    [
        ("COLL_SIRET", "21860194600014", "T010"),  # Luhn key wrong
        ("COLL_SIRET", "2186019460001", "T006"),  # 13 digits
        ("BUDGET_ANNEE", "2018/2017", "T011"),
        ("DELIB_MATIERE_NOM", "Urbanisme / documents", "T015"),  # spaces around the slash
        ("DELIB_MATIERE_NOM", "Voirie/entretien", "T015"),  # not an ACTES matière
        ("DELIB_MATIERE_CODE", "8", "T006"),
        ("DELIB_DATE", "15/10/2017", "T005"),
        ("VOTE_POUR", "vingt", "T005"),
        ("PREF_DATE", "2017-10-14", "T013"),  # before the deliberation
        ("VOTE_EFFECTIF", "39", "T013"),  # fewer in office than voters
        ("DELIB_URL", "maville.fr/x.pdf", "T007"),
        ("COLL_NOM", "", "T004"),
    ],
)
def test_each_check_fails_where_it_should(column: str, value: str, code: str) -> None:
    assert codes_of(with_cell(column, value))[code] == 1


def test_la_poste_siret_exception() -> None:
    assert siret_ok("35600000000088")  # La Poste: digit sum 30, a multiple of 5 (not Luhn)
    assert not siret_ok("35600000000087")
    assert siret_ok("21860194600013")


def test_cohesion_and_sum() -> None:
    assert codes_of(with_cell("VOTE_CONTRE", ""))["T012"] == 1
    row = with_cell("VOTE_REEL", "36")  # 25 + 10 + 5 = 40
    assert codes_of(row)["T014"] == 1 and codes_of(row)["T016"] == 1


def test_semicolon_cp1252_and_bom_tables_are_read_and_said() -> None:
    text = f"{HEADER}\n{GOOD}\n".replace(",", ";")
    table = parse_table(text.encode("cp1252"), "t.csv")
    assert table.delimiter == ";" and table.encoding == "cp1252"
    assert table.rows[0].get("DELIB_MATIERE_NOM").startswith("Domaines de compétences")
    findings = check_table(table, load_schema())
    assert [f.code for f in findings] == ["T001"]
    assert "cp1252" in findings[0].message and "semicolon" in findings[0].message
    bom = parse_table(b"\xef\xbb\xbf" + f"{HEADER}\n{GOOD}\n".encode(), "t.csv")
    assert bom.header[0] == "COLL_NOM" and bom.bom


def test_multiline_cells_keep_their_start_line() -> None:
    table = read_table(SEM / "scdl-deliberations-2022-s1.csv")
    assert table.rows[0].line == 2
    assert table.rows[1].line == 6  # the first row spans lines 2-5 (DELIB_OBJET, BUDGET_NOM)
