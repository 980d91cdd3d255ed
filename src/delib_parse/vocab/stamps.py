"""Transmission stamps that dematerialisation platforms print on every page: page furniture
for the parsers, metadata for the output (Flaux: "Envoyé en préfecture le 21/12/2023",
"Reçu en préfecture le …", "Publié le …", "ID : 030-213001100-20231215-PV17112023-AU")."""

from __future__ import annotations

_DATE = r"(?P<date>\d{1,2}/\d{1,2}/\d{4})?"
STAMP_LINES: tuple[tuple[str, str], ...] = (
    ("sent_on", rf"envoyé\s+en\s+préfecture\s+le\s*{_DATE}"),
    ("received_on", rf"reçu\s+en\s+préfecture\s+le\s*{_DATE}"),
    ("published_on", rf"publié\s+le\s*{_DATE}"),
    ("displayed_on", rf"affiché\s+le\s*{_DATE}"),
)
# A word one of which every stamp line above needs (casefolded): a line without one, and
# without the identifier's "ID", is no stamp (the test runs on every line of a document).
STAMP_WORDS: tuple[str, ...] = ("préfecture", "publié", "affiché")
# The @ctes act identifier: département (3), SIREN (9), date of the act (8), internal number,
# nature (DE délibération, AR arrêté, AU autre, CC contrat…).
ACT_ID = r"\bID\s*:\s*(?P<id>(?P<dep>\d{2,3}[AB]?)-(?P<siren>\d{9})-(?P<date>\d{8})-(?P<number>[\w.\-]+?)-(?P<nature>[A-Z]{2}))(?![a-z0-9])"
