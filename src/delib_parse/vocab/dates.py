"""Month and weekday names as French documents print them."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    # OCR and capitals: "FEVRIER", "DECEMBRE" (Pierrefonds titles in capitals)
}

WEEKDAYS: tuple[str, ...] = (
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
)

# Words of numbers written in letters ("l'an deux mille vingt et un, le vingt-six mars"). A
# compound is read word by word, hyphenated or not: "dix-neuf" and "dix neuf" (Questembert:
# "L'an deux mille dix neuf"), "vingt cinq" (SIVOM Alliance Nord-Ouest: "le vingt cinq mars"),
# "vingt et un", "quatre-vingt-dix".
NUMBER_WORDS: dict[str, int] = {
    "un": 1,
    "une": 1,
    "premier": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,  # "quatre-vingts"
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "cent": 100,
    "cents": 100,
    # The year: "l'an deux mille vingt-deux", and the older "l'an deux mil vingt et un"
    # (Bessais: "L'an deux mil vingt-trois, le dix-huit septembre").
    "mille": 1000,
    "mil": 1000,
}

# Words that multiply what comes before them rather than add to it: "deux mille", "deux
# cents", "quatre-vingt".
NUMBER_MULTIPLIERS: frozenset[str] = frozenset({"mille", "mil", "cent", "cents"})

# The opening clause that dates a sitting, its year in words and the day after it; `{year}` and
# `{date}` stand for a year (words or digits) and a day-month with an optional weekday and year.
# Read before any other date of the header: the minutes cite other sittings' dates later.
SITTING_OPENINGS: tuple[str, ...] = (
    # "L'an deux mille vingt-deux, le vingt octobre à 19 heures" (red team D1), "L’an deux mille
    # dix neuf, le lundi 16 décembre à 20 h" (Questembert), "L’an deux mille dix-huit et le 8
    # avril" (Roure), "L’an deux mil dix-huit, et le cinq décembre" (PV 38), "en l’an deux mille
    # dix-neuf, le vingt-deux mai" (Conservatoire Ardèche), "L'an deux mille vingt-trois, le
    # mercredi 4 octobre 2023" (recueil)
    r"\bl['’]\s?an\s+{year}\s*,?\s*(?:et\s+)?(?:le\s+)?{date}",
    # "Les membres du comité syndical se sont réunis le lundi 30 mars 2009" (a syndicat whose
    # web page is titled with another sitting's date), "le Conseil s'est réuni en séance
    # ordinaire le 12 mai 2021": the year must follow the day (no "l'an" gives it).
    r"\b(?:se\s+sont|s['’]\s?est)\s+réuni(?:\(e\))?e?s?(?:\s+en\s+séance[\p{L} ]{0,20}?)?"
    r"\s*,?\s*(?:le\s+)?{date}(?P<year>)",
)
