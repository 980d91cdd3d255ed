"""What a scan's OCR or an unaccented transcription loses, given back by the normaliser:
digits read for the letters they look like inside words, and the accents of the words of
minutes in a document that has none (fictional texts)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from delib_parse import parse_text
from delib_parse.normalise.accents import restore_accents
from delib_parse.normalise.ocr_digits import letters_for_digits


def test_digits_inside_words_are_letters() -> None:
    assert letters_for_digits("C0NSEIL MUNICIPAL – P0ur : 17 – Abstenti0n : 1") == (
        "CONSEIL MUNICIPAL – Pour : 17 – Abstention : 1"
    )
    assert letters_for_digits("delegues titu1aires, seance pub1ique") == (
        "delegues titulaires, seance publique"
    )


def test_figures_and_codes_stay_as_printed() -> None:
    for text in ("1er janvier", "RD14", "2Ol9/41", "ZK0112", "H2O", "DEL2025_14", "C1ERC"):
        assert letters_for_digits(text) == text


@given(st.text(alphabet="aBcE01 -.é", max_size=40))
def test_one_character_for_one_and_idempotent(text: str) -> None:
    once = letters_for_digits(text)
    assert len(once) == len(text)
    assert letters_for_digits(once) == once


UNACCENTED = [
    "COMMUNE DE VAL-ARNE – PROCES-VERBAL DE LA SEANCE DU 2 JUIN 2025",
    "Le conseil municipal, regulierement convoque le 27 mai 2025, s'est reuni sous la",
    "presidence de M. Paul FABRE, Maire. Etaient presents : M. Paul FABRE, Mme Anne VIDAL,",
    "M. Luc BRUN. Absents excuses : M. Jean GARNIER. Secretaire de seance : Mme Anne VIDAL.",
    "Apres en avoir delibere, le conseil adopte le budget a l'unanimite des membres",
    "presents et represents, et approuve les tarifs de la cantine pour l'annee scolaire.",
] * 3


def test_a_document_without_accents_gets_those_of_its_words_back() -> None:
    restored = restore_accents(UNACCENTED)
    assert restored[0] == "COMMUNE DE VAL-ARNE – PROCÈS-VERBAL DE LA SÉANCE DU 2 JUIN 2025"
    assert restored[2].startswith("présidence de M. Paul FABRE, Maire. Étaient présents")
    assert "l'unanimité" in restored[4] and "délibéré" in restored[4]
    # "adopte" (adopté or adopte) and "excuses" (excusés or excuses) are left as printed
    assert "adopte le budget" in restored[4] and "excuses" in restored[3]
    assert [len(x) for x in restored] == [len(x) for x in UNACCENTED]


def test_a_document_with_its_accents_is_not_touched() -> None:
    lines = [*UNACCENTED, "Le conseil a décidé, après débat, d'approuver la délibération."] * 1
    accented = [line.replace("seance", "séance") for line in lines] + [
        "Délibéré à l'unanimité : élu, été, désigné, présidé, réunie, déléguée, exprimés."
    ] * 6
    assert restore_accents(accented) == accented


def test_an_ocr_scan_reads_through_its_lost_accents_and_digits() -> None:
    text = "\n".join(
        [
            "COMMUNE DE VAL-ARNE",
            "EXTRAIT DU REGISTRE DES DELIBERATI0NS DU C0NSEIL MUNICIPAL",
            "Seance du 2 juin 2025",
            "Nombre de conseillers en exercice : 15",
            "Nombre de conseillers presents : 11",
            "Nombre de votants : 11",
            "L'an deux mil vingt-cinq, le deux juin, le conseil municipal, regulierement",
            "convoque le 27 mai 2025, s'est reuni a la mairie sous la presidence de",
            "M. Paul FABRE, Maire.",
            "Etaient presents : M. Paul FABRE, Mme Anne VIDAL, M. Luc BRUN, Mme Rose DUPRE,",
            "M. Marc ROUX, Mme Lea FAURE, M. Henri PONS, Mme Ines MARTY, M. Yves BLANC,",
            "Mme Zoe CROS, M. Hugo REY.",
            "Objet : Tarifs de la cantine scolaire",
            "Apres en avoir delibere, le conseil municipal approuve les tarifs a",
            "l'unanimite.",
        ]
    )
    d = parse_text(text).deliberations[0]
    assert d.assembly.kind == "conseil_municipal"
    assert d.sitting.president is not None and d.sitting.president.name == "Paul FABRE"
    assert len(d.present) == 11
    assert d.vote is not None and d.vote.unanimous is True
