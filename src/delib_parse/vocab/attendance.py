"""Headings of the attendance lists and the phrasings of proxies."""

from __future__ import annotations

# Headings that open the list of members present (regex, case-insensitive, at a line start
# or after a sentence end). Seen: seed "Membres présents :"; recueil commune style
# "Etaient présents : M. X, Mme Y"; recueil EPCI style "Présents : Monsieur X ; …";
# Pornic "Présents : M. Jean-Michel BRARD, Maire, Mmes et MM. …".
PRESENT_HEADINGS: tuple[str, ...] = (
    r"(?:membres|conseillers|élus|délégués)\s+(?:titulaires\s+)?présents",
    r"[ée]taient\s+présent(?:\(e\))?s?(?:\s*\(e\)s)?(?:\s+(?:les\s+)?(?:membres|conseillers|élus)[\p{L}\s']*?)?",
    r"étai(?:en)?t\s+présents?",
    r"présent(?:\(e\))?s?(?:\s*\(e\)s)?",
)

# Headings of members absent who gave a proxy. Recueil commune style:
# "Absents représentés : M. X (pouvoir à Mme Y)"; EPCI style: "Pouvoirs : X à Y".
PROXY_HEADINGS: tuple[str, ...] = (
    # CC Lisières de l'Oise: "Absent(s) ayant donné procuration à :"
    r"absent(?:\(e\))?(?:\(s\))?s?\s+(?:excusé(?:\(e\))?(?:\(s\))?s?\s+)?(?:représenté(?:\(e\))?(?:\(s\))?s?|ayant\s+donné\s+(?:pouvoir|procuration)(?:\s+à)?)",
    r"(?:membres\s+)?représentés?",
    r"(?:membres\s+)?(?:ayant\s+donné\s+)?(?:pouvoirs?|procurations?|procutations?)(?:\s+de\s+vote)?",  # "Procutations" (Flaux, OCR)
)

# Headings of members absent (with or without proxies listed under them). Seed:
# "Membres absents :"; recueil: "Absents excusés :"; Barneville: proxies under "Absents excusés".
ABSENT_HEADINGS: tuple[tuple[str, bool | None], ...] = (
    # CC Lisières de l'Oise: "Absent(s) et absent(s) excusé(s) :"
    (
        r"absent(?:\(e\))?(?:\(s\))?s?\s+et\s+absent(?:\(e\))?(?:\(s\))?s?\s+excusé(?:\(e\))?(?:\(s\))?s?",
        None,
    ),
    # Couthenans: "Non excusé : Mathieu (pas de pouvoir donné)"
    (r"non\s+excusé(?:\(e\))?s?", False),
    # CC Le Minervois: "Etaient absents :", "Etaient excusés :"
    (r"[ée]taient\s+excusé(?:\(e\))?s?", True),
    (r"[ée]taient\s+absent(?:\(e\))?s?(?:\s+excusé(?:\(e\))?s?)?", None),
    (r"(?:membres|conseillers|élus)\s+absents?\s+excusés?", True),
    (r"absents?\s+excusés?", True),
    (r"excusé(?:\(e\))?s?(?:\s*\(e\)s)?", True),
    (r"absents?\s+non\s+excusés?", False),
    (r"(?:membres|conseillers|élus)\s+absents?", None),
    (r"absent(?:\(e\))?s?(?:\s*\(e\)s)?", None),
)

# Proxy phrasings, as regexes with named groups grantor and holder (DESIGN.md):
# "X pouvoir à Y" (seed), "X a donné pouvoir à Y", "X (pouvoir à Y)" (recueil),
# "X représenté(e) par Y", "procuration de X à Y", "X donne pouvoir à M. le Maire" (Pornic),
# "pouvoir donné Patrick" (Couthenans, no "à").
PROXY_PATTERNS: tuple[str, ...] = (
    r"^procuration\s+de\s+(?P<grantor>.+?)\s+(?:à|a|au)\s+(?P<holder>.+)$",
    r"^(?P<grantor>.+?)\s*[(,]?\s*(?:qui\s+)?(?:a\s+donné|donne|ayant\s+donné|a\s+remis|remet)?\s*(?:son\s+|un\s+)?(?:pouvoir|procuration|mandat|délégation)\s+(?:de\s+vote\s+)?(?:donnée?\s+)?(?:à|a|au|en\s+faveur\s+de)?\s*(?P<holder>[^()]+?)\s*\)?$",
    r"^(?P<grantor>.+?)\s*[(,]?\s*(?:est\s+)?représentée?\s+par\s+(?P<holder>[^()]+?)\s*\)?$",
)

# Inside a "Pouvoirs :" section the items read "X à Y".
SECTION_PROXY_PATTERN = r"^(?P<grantor>.+?)\s+(?:à|a|au|→|->|=>)\s+(?P<holder>.+)$"

# Substitutes are not proxies ("FOUQUET M.J. (remplace ROQUE J.)").
SUBSTITUTE_WORDS = r"\b(?:remplacée?\s+par|remplace|suppléante?\s+de|suppléée?\s+par)\b"

# What ends an attendance section: other headings of the sitting.
SECTION_ENDS: tuple[str, ...] = (
    r"secrétaire\s+de\s+séance",
    r"secrétaire(?=\s*:)",  # Pierrefonds: "Secrétaire : Madame Karine DUTEIL" after "Absent :"
    r"objet\s*:",
    r"ordre\s+du\s+jour",
    r"(?:le\s+)?quorum",
    r"le\s+conseil",
    r"après\s+en\s+avoir",
    r"délibération\s+n",
    r"assistai(?:en)?t\s+également",
    r"(?:nombre\s+de\s+)?votants",
    r"rapporteur",
    r"en\s+exercice",
)
