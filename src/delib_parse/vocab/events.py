"""Arrivals and departures written in the minutes, which change the attendance item by item."""

from __future__ import annotations

# A name: its words in capitals whatever the pattern's flags ("… procuration à Mme Nathalie
# CHAMBON pour la suite" ends at CHAMBON), apart by spaces and one line break at most, and
# no civility among them ("Rapporteur : M. Karim X" / "" / "Mme Isabelle Y, …, quitte la
# salle" names Y alone)
_SPACE = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"
_CIVILITIES = r"(?:M\.|Mme|MM\.|Monsieur|Madame|Mr|M)"
_NAME = (
    # (a family name's particle after the civility: "Mme de MONTALEMBERT regagne la salle")
    rf"(?:{_CIVILITIES}\s+(?-i:(?:de\s+la|de|du|des|d['’])\s*)?)?(?-i:[\p{{Lu}}][\p{{L}}'\-]+"
    rf"(?:{_SPACE}(?!{_CIVILITIES}\b)[\p{{Lu}}][\p{{L}}'\-]+){{0,3}})"
)
_NAMES = rf"{_NAME}(?:\s*(?:,|et|&)\s*{_NAME})*"
# "Madame le maire", "Monsieur le Président": the president, by function.
_FUNCTION = r"(?:Madame|Monsieur|M\.|Mme)\s+l[ae]\s+(?:maire|président(?:e)?)"

# Departures. Pierrefonds: "Départ de M. TANGUY à 19h59.", "Madame le maire quitte la séance.",
# "Il quitte la séance à 19h10."; Couthenans: "Départ de Maryline et Nelly à 20H50."
# Each row is (the phrase it needs, the row): the phrase alone is searched first, and a text
# without it skips the row, which otherwise tries a list of names at every capital of the
# minutes (most of find_events' time); the row ends with the phrase, so none is lost.
_QUITS = r"(?:quitte|quittent|a\s+quitté|ont\s+quitté)\s+(?:la\s+(?:séance|salle)|l'assemblée|le\s+conseil)"
_RETIRES = r"se\s+retire"
_GOES_OUT = r"sort\s+de\s+la\s+salle"
# Who they are, in apposition between the name and the verb, in two parts at most, each on
# a line or wrapped onto the next: "Mme X, sœur de l'acquéreur, quitte la salle", "M. Y,
# président du comité des fêtes de" / "Lormeil, déclare son intérêt, quitte la salle".
_APPOSITION = r"(?:[ \t]*,[ \t]*[^,.;:()\n]{1,70}(?:\n[ \t]*[^,.;:()\n]{1,70})?){0,2}[ \t]*,?"
LEFT: tuple[tuple[str, str], ...] = (
    (r"[Dd]épart\s+de", rf"\b[Dd]épart\s+de\s+(?P<names>{_NAMES}|{_FUNCTION})"),
    (_QUITS, rf"(?P<names>{_NAMES}|{_FUNCTION}|\b(?:Il|Elle)){_APPOSITION}\s+{_QUITS}"),
    (_RETIRES, rf"(?P<names>{_NAMES}|{_FUNCTION}|\b(?:Il|Elle)){_APPOSITION}\s+{_RETIRES}"),
    (_GOES_OUT, rf"(?P<names>{_NAMES}|\b(?:Il|Elle))\s+{_GOES_OUT}"),
)
# Arrivals and returns. "Arrivée de M. X à partir du point 5", "Nelly arrivée à 18H45",
# "Madame le maire reprend la présidence", "M. X rejoint la séance".
_ARRIVES = (
    r"(?:arrive|arrivée?|rejoint\s+la\s+séance|entre\s+en\s+séance|revient\s+en\s+séance|"
    r"réintègre\s+la\s+séance|est\s+de\s+retour|reprend\s+(?:la\s+présidence|sa\s+place|place)|"
    # "M. X regagne la salle à 21 h 11", "Mme Y revient dans la salle"
    r"regagne(?:nt)?\s+la\s+(?:salle|séance)|revien(?:nen)?t\s+dans\s+la\s+salle)"
)
ARRIVED: tuple[tuple[str, str], ...] = (
    (r"[Aa]rrivée\s+de", rf"\b[Aa]rrivée\s+de\s+(?P<names>{_NAMES})"),
    (_ARRIVES, rf"(?P<names>{_NAMES}|{_FUNCTION}|\b(?:Il|Elle))\s+{_ARRIVES}"),
)
# "à partir du point 5", "avant le vote du point 3": the event applies from that item on.
FROM_ITEM = r"(?:à\s+partir\s+du|dès\s+le|avant\s+le\s+vote\s+du|au)\s+(?:point|dossier|rapport)\s+(?:n°\s*)?(\d{1,2})"
# A time written with the event: it happened at a moment the minutes may not relate to items.
AT_TIME = (
    r"\b[àÀ]\s+\d{1,2}\s*[hH:]\s*\d{0,2}"
    # a time that heads the line: "19 h 50 – M. X quitte la séance"
    r"|^[ \t]*\d{1,2}\s*[hH:]\s*\d{0,2}[ \t]*[–—:,-][ \t]"
)
# "… et donne pouvoir à M. Z": the one who leaves gives a proxy.
GIVES_PROXY = (
    r"(?:et\s+)?(?:donne|a\s+donné|laisse)\s+(?:son\s+)?(?:pouvoir|procuration)\s+à\s+(?P<holder>"
    + _NAME
    + ")"
)
