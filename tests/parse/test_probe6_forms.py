"""General forms met in the probes6 batch (written blind), each in a fictional text of its
own: agenda ranks before the act's code with the title under it between ruled lines, an item
adjourned without a vote, a tally in words."""

from __future__ import annotations

from delib_parse import parse_text
from delib_parse.parse.items import is_vote_line

RULE = "-" * 70
OPENING = (
    "PROCÈS-VERBAL DU CONSEIL MUNICIPAL DU 3 JUIN 2025\n"
    "L'an deux mille vingt-cinq, le trois juin, le Conseil municipal de Val-Brumel s'est réuni "
    "sous la présidence de M. Paul ROUSSEL, Maire.\n"
    "Présents : M. Paul ROUSSEL, Mme Anne MERCIER, M. Luc GARNIER, Mme Julie FAVRE, M. Marc "
    "VIDAL\n"
    "Secrétaire de séance : Mme Julie FAVRE\n\n"
)


def _item(rank: int, code: str | None, title: str, body: str) -> str:
    head = f"Point n° {rank} – {code}\n{title}" if code else f"Point n° {rank} – {title}"
    return f"{RULE}\n{head}\n{RULE}\n{body}\n\n"


MINUTES = OPENING + (
    _item(1, "DEL 2025-06-01", "Tarifs de la cantine scolaire", "Adopté à l'unanimité.")
    + _item(
        2,
        "DEL 2025-06-02",
        "Décision modificative n°1 du budget principal",
        "Le Conseil municipal adopte la décision modificative par trois voix pour et deux voix "
        "contre.",
    )
    + _item(
        3,
        None,
        "Vente du terrain des Ajoncs",
        "L'estimation n'étant pas parvenue, le Maire propose d'ajourner ce point.",
    )
    + _item(4, "DEL 2025-06-03", "Subvention au club de judo", "Adopté à l'unanimité.")
)


def test_the_code_after_the_agenda_rank_numbers_the_item_and_the_line_below_titles_it() -> None:
    doc = parse_text(MINUTES)
    got = [(d.number, d.subject.title) for d in doc.deliberations]
    assert got == [
        ("DEL 2025-06-01", "Tarifs de la cantine scolaire"),
        ("DEL 2025-06-02", "Décision modificative n°1 du budget principal"),
        (None, "Vente du terrain des Ajoncs"),
        ("DEL 2025-06-03", "Subvention au club de judo"),
    ]


def test_an_adjourned_item_is_an_item_without_a_vote() -> None:
    d = parse_text(MINUTES).deliberations[2]
    assert d.vote is None or d.vote.yes is None
    assert d.agenda_withdrawn or (d.vote is not None and d.vote.outcome == "withdrawn")


def test_a_tally_in_words_is_a_vote() -> None:
    assert is_vote_line("par douze voix pour et deux voix contre (M. X et Mme Y).")
    assert not is_vote_line("Elle a reçu douze dossiers pour la rentrée.")
    vote = parse_text(MINUTES).deliberations[1].vote
    assert vote is not None and (vote.yes, vote.no) == (3, 2)


def test_a_vote_sentence_wrapped_onto_the_next_line_is_one_vote() -> None:
    text = OPENING + (
        _item(1, "DEL 2025-06-01", "Tarifs de la cantine scolaire", "Adopté à l'unanimité.")
        + _item(
            2,
            "DEL 2025-06-02",
            "Subventions aux associations",
            "Le Conseil municipal approuve ces attributions à l'unanimité moins une\n"
            "abstention (M. Luc GARNIER).",
        )
    )
    vote = parse_text(text).deliberations[1].vote
    assert vote is not None
    # (unanimity less an abstention: unanimity of the votes cast, as on one line)
    assert (vote.abstain, vote.unanimous_of_expressed) == (1, True)
    assert [p.family_name for p in vote.abstain_names] == ["GARNIER"]
