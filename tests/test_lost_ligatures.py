"""Words that lost their "ti" ligature in extraction are restored only when the document
shows the loss."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from delib_parse import parse_text
from delib_parse.normalise.lost_ligatures import restore_lost_ti


def test_a_document_that_lost_its_ti_is_restored() -> None:
    lines = ["sur la convocaon qui leur a été adressée", "Procuraons : 4", "PHARAON Chantale"]
    assert restore_lost_ti(lines) == [
        "sur la convocation qui leur a été adressée",
        "Procurations : 4",
        "PHARAON Chantale",  # a name in capitals stays as printed
    ]


def test_one_such_word_alone_changes_nothing() -> None:
    lines = ["Mme Chantale Pharaon, M. Paul Laon", "Procuraons : 4"]
    assert restore_lost_ti(lines) == lines


def test_real_aon_words_are_kept() -> None:
    lines = ["la convocaon", "les délibéraons", "le paon et le taon de Laon"]
    assert restore_lost_ti(lines)[2] == "le paon et le taon de Laon"


def test_counts_read_through_the_restored_words() -> None:
    doc = parse_text(
        "Séance du 2 novembre 2020, sur la convocaon du 23 octobre 2020.\n"
        "Nombre de conseillers en exercice : 38\nProcuraons : 4\n"
        "Objet : Budget\nAdopté à l'unanimité.\n"
    )
    assert doc.deliberations[0].counts.represented == 4


@given(st.lists(st.text(alphabet="aonstiPrcuL -", max_size=30), max_size=8))
def test_never_crashes_and_keeps_the_line_count(lines: list[str]) -> None:
    assert len(restore_lost_ti(lines)) == len(lines)
