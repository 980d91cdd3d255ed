"""No input may crash the parsers: parse_text returns a Document for any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from delib_parse import parse_text

FRAGMENTS = [
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS",
    "Séance du jeudi 02 février 2023",
    "Présents : ",
    "Membres présents :",
    "Monsieur",
    "Madame",
    "M.",
    "Mme",
    "JUILLARD-",
    "RANDRIAN",
    "pouvoir à",
    "représenté par",
    "Absents excusés :",
    "Pouvoirs :",
    " à ",
    "OBJET :",
    "POUR : ",
    "CONTRE :",
    "ABSTENTION :",
    "DONT 13 PROCURATION(S)",
    "à l'unanimité",
    "décide :",
    "Votants : 29",
    "Secrétaire de séance :",
    "Président :",
    "- les Affaires : 9 communes",
    "31/02/2023",
    "le 99 février 2023",
    "(",
    ")",
    ":",
    ";",
    ",",
    "\n",
    "\n\n",
    "1",
    "86",
    "99999",
    "Nombre de membres en exercice : 86",
    "Membres en exercice Présents\n45 40",
    "\f",
    # minutes, events, elections, stamps
    "1. Tarifs\n",
    "DEL2025-59 : X\n",
    "Vote : Unanimité\n",
    "Ordre du jour\n",
    "Départ de M. X à 20h.\n",
    "Il quitte la séance.\n",
    "Liste des délibérations votées\n",
    "• A\n",
    "- Anne : 11 votes, Elue\n",
    "M. X a obtenu 3 voix.\n",
    "Quorum atteint avec 11 élus\n",
    "Compte rendu\n",
    "(Pr*)",
    "Questions diverses\n",
    "Envoyé en préfecture le 21/12/2023\n",
    "ID : 030-213001100-20231215-PV17112023-AU\n",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=20), max_size=40).map("".join))
def test_parse_text_never_raises(text: str) -> None:
    doc = parse_text(text)
    doc.model_dump(mode="json")
