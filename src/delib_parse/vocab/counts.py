"""Labels of the membership counts printed at the top of an extract.

Each entry: (field of Counts, regex of the label). The number follows the label, after an
optional colon, dash or "="; the first label that matches a field wins, in table order.
"""

from __future__ import annotations

# Words between a label and its number besides a colon: "Le nombre de membres en exercice est de
# : 32" (MISREADINGS 6), "Le nombre de présents s'élève à 20".
COUNT_LINKS: tuple[str, ...] = (
    r"est\s+de",
    r"s['’]élève\s+à",
    r"est\s+égal\s+à",
    # dot leaders, as in a table of contents: "Nombre de votants ........ 22"
    r"\.{3,}[ \t]*",
    r"…+[ \t]*",
)

# When the count holds, said between any label and its number: "Présents à l'ouverture de la
# séance : 14", "Présents en début de séance : 14", "Votants lors du vote : 17".
COUNT_QUALIFIERS: tuple[str, ...] = (
    r"à\s+l['’]ouverture(?:\s+de\s+la\s+séance)?",
    r"en\s+début\s+de\s+(?:la\s+)?séance",
    r"à\s+la\s+séance",
    r"lors\s+(?:du|de\s+ce)\s+vote",
    r"au\s+moment\s+du\s+vote",
)

COUNT_LABELS: tuple[tuple[str, str], ...] = (
    # seed: "Nombre de membres en exercice : 86"; "Conseillers en exercice : 29";
    # "Membres en exercice 33"; "Nbre de Conseillers en exercice : 19"; "En exercice : 19"
    (
        "in_office",
        r"(?:nombre|nbre|nb)?\s*(?:de\s+)?(?:membres|conseillers(?:\s+municipaux|\s+communautaires)?|élus|délégués)?\s*en\s+exercice",
    ),
    # "Conseillers en fonction : 15", "Nombre de membres en fonction : 15" (a noun first: not
    # the prose "en fonction de")
    (
        "in_office",
        r"(?:nombre\s+de\s+)?(?:membres|conseillers(?:\s+municipaux|\s+communautaires)?|élus|délégués)"
        r"\s+en\s+fonction",
    ),
    # seed: "Nombre de membres du Conseil métropolitain : 86"; "Membres composant le conseil : 19"
    (
        "seats",
        r"nombre\s+de\s+(?:membres|conseillers|sièges)\s+(?:du|de\s+l[a']|composant\s+le)\s*[\p{L}' ]{0,40}?(?=\s*[:=])",
    ),
    ("seats", r"(?:membres|conseillers)\s+composant\s+le\s+(?:conseil|comité)[\p{L}' ]{0,30}"),
    ("seats", r"nombre\s+de\s+sièges"),
    # "Nombre de membres afférents au Conseil : 33 / en exercice : 33 / présents : 20"
    (
        "seats",
        r"(?:nombre\s+de\s+)?(?:membres|conseillers|sièges)\s+afférents\s+au\s+(?:conseil|comité)"
        r"[\p{L}' ]{0,30}?",
    ),
    # "Effectif légal du Comité syndical : 23 délégués" (MISREADINGS 6): the number the law
    # sets, that is the seats; the rules take it for those in office when no other is printed.
    ("seats", r"effectif\s+légal(?:\s+du\s+(?:conseil|comité|bureau)[\p{L}' ]{0,30}?)?"),
    # seed: "Nombre de présents participant au vote : 73"; "Présents : 21";
    # "Membres présents : 25"; "Nombre de membres présents : 12". Not the public: "Auditeurs
    # présents : 63" (Wattwiller).
    (
        "present",
        r"(?:nombre|nbre|nb)?\s*(?:de\s+)?(?:membres|conseillers|élus|délégués)?\s*"
        # Nor "Non présents : 3", the absent.
        r"(?<!(?:auditeurs|public|personnes|spectateurs)\s+)(?<!non[\s-])pr[ée]sents?"
        # ("Délégués présents ayant voix délibérative : 25 (dont 3 suppléants)")
        r"(?:\s+participant\s+au\s+vote|\s+(?:ayant|avec)\s+voix\s+délibérative)?"
        # Loromontzey 2019: "Étaient présents : Membres (36/72) : Martial LEBLOND …"
        r"(?:\s*:\s*(?:membres|délégués|conseillers)(?=\s*\(\d))?",
    ),
    # Inclusive writing: "Présent(e)s : 12", "Conseiller(e)s présent(e)s : 12"
    (
        "present",
        r"(?:nombre\s+de\s+)?(?:(?:membres|conseill(?:er|ère)\s*(?:\((?:e|ère)\))?s|élu\s*\(e\)\s*s|"
        r"délégué\s*\(e\)\s*s)\s+)?(?<!(?:auditeurs|public|personnes|spectateurs)\s+)(?<!non[\s-])pr[ée]sent\s*\(e\)\s*s",
    ),
    # seed: "Nombre de procurations : 13"; "Pouvoirs : 2"; "Représentés : 4";
    # "Membres ayant donné procuration : 4"
    (
        "represented",
        r"(?:nombre|nbre|nb)?\s*(?:de\s+)?(?:membres\s+ayant\s+donné\s+)?"
        # Not a label that adds another kind of member to them: "Absents et procurations : 4"
        # (MISREADINGS 6), "Membres présents ou représentés : 14" count two kinds together,
        # and the model has no field for the sum.
        r"(?<!\b(?:absents?|excusés?|présents?)(?:\s+excusés?)?\s*(?:et|ou|/|\+|&)\s*)"
        r"(?:procurations?|pouvoirs?|représentés?|membres\s+représentés)",
    ),
    # The label in guillemets: "Nombre de « pouvoirs » 14" (MISREADINGS 6)
    (
        "represented",
        r"(?:nombre|nbre|nb)?\s*(?:de\s+|d['’]\s?)?[«\"“]\s*(?:procurations?|pouvoirs?|représentés?)\s*[»\"”]",
    ),
    # Inclusive writing: "Représenté(e)s : 2"
    ("represented", r"(?:nombre\s+de\s+)?(?:membres\s+)?représenté\s*\(e\)\s*s"),
    # "Absents : 2"; "Nombre d'absents : 3"
    ("absent", r"(?:nombre|nbre|nb)?\s*(?:d')?(?:membres\s+)?absents?(?:\s+excusés?)?"),
    # Inclusive writing: "Absent(e)s : 2", "Absent(e)s excusé(e)s : 3"
    ("absent", r"(?:nombre\s+d')?(?:membres\s+)?absent\s*\(e\)\s*s(?:\s+excusé\s*\(e\)\s*s)?"),
    # "Votants : 29"; "Nombre de votants : 33"
    ("voters", r"(?:nombre|nbre|nb)?\s*(?:de\s+)?(?<!non[\s-])votants"),
    # Flaux's margin box: "qui ont pris part à la délibération : 10"
    ("voters", r"(?:membres\s+)?qui\s+ont\s+pris\s+part\s+(?:à\s+la\s+délibération|au\s+vote)"),
    # "Nombre de membres ayant pris part au vote : 13", "Pris part au vote : 13"
    ("voters", r"(?:ayant\s+)?pris\s+part\s+(?:à\s+la\s+délibération|au\s+vote|aux\s+votes)"),
    # "Total des votes : 27" (MISREADINGS 6): those who voted
    ("voters", r"total\s+des\s+(?:votes|votants)"),
    # "Suffrages exprimés : 31"
    ("expressed", r"(?:nombre\s+de\s+)?suffrages\s+exprimés"),
    # "Quorum : 27"
    # Couthenans 2022-10-28: "Quorum atteint avec 11 élus représentés (minimum 7 élus …)"
    ("quorum_reached_with", r"quorum\s+(?:est\s+)?atteint\s+avec"),
    (
        "quorum",
        r"quorum(?:\s+(?:est\s+)?atteint\s+avec\s+\d+[^()\n]{0,40}\(\s*)?\s*(?:minimum|de|requis|fixé\s+à)?",
    ),
)

# Counts written number first. Flaux's margin box: "dont 3 procurations", and "dont
# procurations" with the number left blank, which means none.
NUMBER_FIRST_COUNTS: tuple[tuple[str, str], ...] = (
    ("represented", r"(?m)^[ \t]*dont\s+(?:(\d{1,3})\s+)?(?:procurations?|pouvoirs?)[ \t]*$"),
    # "Avec 32 membres présents, le quorum est atteint" (Croult); "18 conseillers présents"
    # (on one line: "… 20" ⏎ "Délégués présents : …" is a count, then a list's heading)
    ("present", r"(?<![\d/])\b(\d{1,3})[ \t]+(?:membres|conseillers|élus|délégués)\s+présents\b"),
    # "Effectif valable : 10 + 5 procurations /15" (Viens): present + represented
    (
        "represented",
        r"(?:effectif|présents?|votants|membres)[^:\n]{0,30}:\s*\d{1,3}\s*\+\s*(\d{1,3})\s+"
        r"(?:procurations?|pouvoirs?)\b",
    ),
    # In brackets in the quorum sentence: "le quorum était atteint (15 présents ; 6 pouvoirs)"
    # (Fargues-Saint-Hilaire 2018)
    (
        "present",
        r"\(\s*(\d{1,3})\s+(?:membres\s+|conseillers\s+)?présents?\s*(?:[;,/+]|et\b|\))",
    ),
    (
        "represented",
        r"\(\s*\d{1,3}\s+(?:membres\s+|conseillers\s+)?présents?\s*(?:[;,/+]|et\b)\s*"
        r"(\d{1,3})\s+(?:pouvoirs?|procurations?|représentés?)\s*(?:\)|[,;]\s*soit\b)",
    ),
    # "Votants : 15 (dont 2 pouvoirs)"; "qui ont pris part au vote : 11, dont 3 procurations"
    (
        "represented",
        r"(?:votants|qui\s+ont\s+pris\s+part\s+(?:à\s+la\s+délibération|au\s+vote))\s*[:=]?\s*\d{1,4}"
        r"\s*,?\s*\(?\s*dont\s+(\d{1,3})\s+(?:procurations?|pouvoirs?)\b",
    ),
)
# Counts written in a sentence, the number in words or digits before its noun ("Le Conseil
# d'administration compte onze membres en exercice ; étaient présents …, soit huit membres
# présents"). `{num}` is the number (parse.counts reads words with parse.dates).
WORDED_COUNTS: tuple[tuple[str, str], ...] = (
    (
        "in_office",
        r"\b{num}[ \t]+(?:membres|conseillers|délégués|administrateurs)"
        r"(?:[ \t]+(?:municipaux|communautaires|syndicaux|départementaux|régionaux))?"
        r"\s+en\s+exercice\b",
    ),
    # "… sur les quinze en exercice", "sur les 19 membres en exercice"
    ("in_office", r"\bsur[ \t]+les[ \t]+{num}[ \t]+(?:\p{{L}}+[ \t]+){{0,2}}?en[ \t]+exercice\b"),
    # "onze conseillers sur les quinze en exercice sont présents", "17 étaient présents"
    # (read only with the proxies or the voters of the same text: parse.counts)
    (
        "present",
        r"\b{num}[ \t]+(?:(?:membres|conseillers|délégués)[ \t]+)?"
        r"(?:sur[ \t]+les[ \t]+\S+[ \t]+(?:\S+[ \t]+)?en[ \t]+exercice[ \t]+)?"
        r"(?:sont|étaient|étant)[ \t]+présents\b",
    ),
    # "deux pouvoirs ont été remis", "2 avaient donné pouvoir"
    (
        "represented",
        r"\b{num}[ \t]+(?:(?:pouvoirs?|procurations?)[ \t]+(?:ont|avaient|a|avait)[ \t]+été"
        r"[ \t]+(?:remise?s?|donnée?s?|déposée?s?)|(?:(?:membres|conseillers)[ \t]+)?"
        r"(?:avaient|ont|avait|a)[ \t]+donné[ \t]+(?:pouvoir|procuration))\b",
    ),
    # "(26 présents, 2 pouvoirs, soit 28 votants)": the sum said after "soit"
    ("voters", r"\bsoit[ \t]+{num}[ \t]+votants\b"),
)
# Words of a proxy: a present count read in a sentence that speaks of proxies is kept only
# with them (alone it makes the tally look too large, a false V001).
PROXY_WORDS_IN_COUNTS = ("pouvoir", "procuration", "représenté")

# The counts above split the voters: "qui ont pris part à la délibération : 11 / dont 3
# procurations" says that the other 8 took part in person (parse.counts derives `present`).
SPLITS_VOTERS = ("represented",)

# Column headings of a counts table: a line of labels, the next line the numbers
# ("Membres en exercice Présents Représentés Votants" / "45 40 5 45").
TABLE_HEADINGS: tuple[tuple[str, str], ...] = (
    # "Nombre de membres" ⏎ "afférents au Conseil" ⏎ "en exercice" ⏎ "présents" ⏎ "33" …
    (
        "seats",
        r"(?:(?:nombre\s+de\s+)?(?:membres|conseillers)\s+)?afférents\s+au\s+(?:conseil|comité)(?:\s+\p{L}+)?",
    ),
    ("in_office", r"(?:membres\s+|conseillers\s+)?en\s+exercice"),
    ("present", r"présents"),
    ("represented", r"représentés|pouvoirs|procurations"),
    ("absent", r"absents"),
    ("voters", r"votants"),
    ("expressed", r"exprimés"),
)
# A word one of which each heading above needs (casefolded): a line with none is no column
# heading (every line of a sitting's opening is tested).
TABLE_HEADING_WORDS: tuple[str, ...] = (
    "afférents",
    "exercice",
    "présents",
    "représentés",
    "pouvoirs",
    "procurations",
    "absents",
    "votants",
    "exprimés",
)
