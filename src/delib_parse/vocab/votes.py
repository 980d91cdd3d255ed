"""Words of the vote: tally labels, unanimity, outcome."""

from __future__ import annotations

# Tally labels → Vote field. Seed: "POUR : 86 ABSTENTION : 0 / CONTRE : 0 NE SE PRONONCE PAS : 0";
# recueil: "Votes : Pour : 23 - Contre : 0 - Abstentions : 3"; "Votants : 29 Pour : 25";
# Couthenans: "0 contre, 0 abstention, 11 pour", "11 voix pour".
TALLY_WORDS: tuple[tuple[str, str], ...] = (
    # "ONT VOTE POUR : 14 ONT VOTE CONTRE : / SE SONT ABSTENUS : /"
    ("yes", r"(?:ont\s+vot[ée]\s+)?pour|votes?\s+pour|voix\s+pour|favorables?"),
    ("no", r"(?:ont\s+vot[ée]\s+)?contre|votes?\s+contre|voix\s+contre|défavorables?"),
    # Couthenans 2021-11-05: "2 contre 3 absentions 6 votes pour" (a common misspelling)
    # "SE SONT ABSTENUS : /", "S'est abstenu : 1"
    (
        "abstain",
        # "2 abst." (abbreviated in a list's result column)
        r"abstentions?|absentions?|abst(?=\.)|(?:(?:se\s+sont|s['’]est)\s+)?abstenu(?:\(?e?\)?s?)?",
    ),
    (
        "not_voting",
        # "Ne prend pas part au vote : 1", "ne prennent pas part", "n'ont pas pris part"
        r"ne\s+se\s+prononcen?t?\s+pas|ne\s+(?:prend|prennent|prenant)\s+pas\s+part(?:\s+au\s+vote)?|n'(?:a|ont|ayant)\s+pas\s+pris\s+part(?:\s+au\s+vote)?|non[\s-]participations?(?:\s+au\s+vote)?|sans\s+participation"
        # Le Trait: "pour: 0 contre: 0 abstention(s): 0 non votant(s) : 27"
        r"|non[\s-]votant(?:\(s\))?s?",
    ),
    ("blank", r"(?:bulletins?\s+)?blancs?(?:\s+(?:ou|et)\s+nuls?)?|nuls?"),
)

# An election's result line for blank or void ballots, its count at its end after leaders or
# a colon: "d. Nombre de suffrages blancs (article L.65 du code électoral) ......... 1".
BLANK_RESULT_LINE = r"^[^\n]*?\b(?:blancs?|nuls?)\b[^\n]*?(?:\.{2,}|…+|:)[ \t]*(\d{1,4})[ \t]*$"

# A line that the word "Vote" labels: its labels may be in lower case, each then its count
# ("Vote : pour 10 ; contre 0 ; abstention 1 (M. X)"), which prose elsewhere is not ("pour 3
# ans").
VOTE_LABELLED_LINE = (
    r"^[ \t]*(?:votes?|résultats?\s+du\s+vote|scrutin)[ \t]*:[ \t]*(?P<rest>[^\n]+)$"
)

# A tally in the letters a list's legend defines ("Légende : P = pour, C = contre, A =
# abstention, NPPV = ne prend pas part au vote"; a cell "P 21 / C 4 / A 2"): letter → field.
TALLY_LETTERS: tuple[tuple[str, str], ...] = (
    ("P", "yes"),
    ("C", "no"),
    ("A", "abstain"),
    ("NPPV", "not_voting"),
)

# Whose votes a count counts, written between the count and its label ("1 conseiller ne
# prend pas part au vote", "3 élus municipaux s'abstiennent"); not "présents".
MEMBER_NOUNS = r"conseill[eè]re?s?|membres?|élue?s?|délégué(?:e|s|es)?|administrat(?:eur|rice)s?"
MEMBER_ADJECTIVES = r"municipa(?:l|ux|les?)|communautaires?|syndica(?:l|ux)|titulaires?"

# After a label and its count with no colon ("POUR 21", "Pour 86 / Contre 0 Abstentions 5",
# "Pour 12 voix, Contre 2 voix"), what ends the tally: the line's end, a separator, the next
# (capitalised) label, the names in brackets, "voix". Not prose ("Pour 3 ans", "Pour 12 de ces").
LABEL_FIRST_END = r"(?=[ \t]*(?:$|[/,;\-–(]|(?-i:\p{Lu})|(?:voix|votes?)\b))"

# Also a tally's end, after a bare count and label: whose votes they are ("à l'unanimité et une
# abstention des Membres présents", "et 3 abstentions des membres présents et représentés").
TALLY_OF_MEMBERS = r"(?=\s*,?\s+des\s+(?:membres|conseillers|élus|présents|votants)\b)"

# "adopté par 15 voix contre 4": the votes for, then those against (not "3 voix contre 12 voix
# pour", nor "1 voix contre, 2 abstentions"). {num} is filled in by parse/votes.py.
FOR_AGAINST = (
    r"(?<![\d/])\b(?P<yes>{num})\s+(?:voix|votes?|suffrages?)\s+contre\s+(?P<no>{num})\b"
    r"(?!\s*(?:voix\s+|votes?\s+)?(?:pour|contre|abst)|[\d/.,]\d)"
)

# Numbers a tally writes in words: the main count is often a digit, the small ones words ("par
# 11 voix pour, une abstention et une contre", "à l'unanimité moins deux abstentions"), but a
# procès-verbal may write every count out ("par trente-deux voix pour, deux voix contre").
_UNITS = ("", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
_TEENS = ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize")
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _spellings(n: int) -> list[str]:
    """French spellings of 0 < n < 100: traditional ("vingt et un", "soixante-dix") and the
    1990 reform's all-hyphens ("vingt-et-un"); "quatre-vingts" with and without its s."""
    if n < 10:
        return [_UNITS[n]]
    if n < 17:
        return [_TEENS[n - 10]]
    if n < 20:
        return ["dix-" + _UNITS[n - 10]]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix, quatre-vingt-dix: a multiple of twenty and a teen
        base = "soixante" if tens == 7 else "quatre-vingt"
        teen = _spellings(10 + unit)[0]
        if (tens, unit) == (7, 1):
            return ["soixante et onze", "soixante-et-onze"]
        return [base + "-" + teen]
    base = "quatre-vingt" if tens == 8 else _TENS[tens]
    if unit == 0:
        return ["quatre-vingts", "quatre-vingt"] if tens == 8 else [base]
    if unit == 1 and tens != 8:
        return [base + " et un", base + "-et-un", base + " et une", base + "-et-une"]
    return [base + "-" + _UNITS[unit]] + ([base + "-une"] if unit == 1 else [])


NUMBER_WORDS: dict[str, int] = {
    "zéro": 0,
    "zero": 0,
    "aucun": 0,
    "aucune": 0,
    "une": 1,
    **{w: n for n in range(1, 100) for w in _spellings(n)},
}

# An empty tally cell means none: "ONT VOTE CONTRE : / SE SONT ABSTENUS : /", "Contre : -",
# "Abstention : néant". A dash is empty only at the end of the cell ("Contre : - M. X" lists
# names); a slash before a digit is a ratio.
EMPTY_CELL = r"/(?![ \t]*\d)|[-–](?=[ \t]*(?:$|\n|[/;,]))|n[ée]ant\b"

# What may follow a number word after a label ("Contre : une (Mme X)", "Abstention : deux"),
# so that "Pour : un montant de …" is not read as one vote: no lower-case word but these.
WORD_NUMBER_FOLLOWERS = r"voix|votes?|abstentions?|contre|pour|et"

# After a bare "12 pour" / "2 contre" (no "voix"/"votes" between), what may follow: the end of
# the tally, never prose ("confie au CDG 30 pour des conseils", "3 jours pour évaluer").
BARE_TALLY_END = (
    r"(?=\s+[-–]|\s*(?:$|[.,;:/()&]|\d|et\b|contre\b|pour\b|abst|absent|blanc|nul|ne\b|adopt|vote))"
)

# "à l'unanimité" and its variants; "des suffrages exprimés" marks unanimity of votes cast.
# Flaux: "Vote : Unanimité", "Vote ; unanimité" (no "à l'"); "adopté par l'unanimité des
# membres présents"; "approuvé unanimement". The clause may stand before the verb
# ("Le Conseil Municipal, après en avoir délibéré, à l'unanimité, décide de …").
UNANIMOUS = (
    r"(?:à|a|par)\s+l['’]unanimit[ée]"
    # "Vote à main levée : unanimité", "Résultat du vote : Unanimité", "Décision : unanimité",
    # "Adopté : unanimité", "POUR : unanimité"
    r"|\b(?:vote|votes|scrutin|levée|résultats?(?:\s+du\s+vote)?|décision|adoptée?s?|approuvée?s?"
    r"|pour)\s*[:;,]\s*(?:à\s+l['’])?unanimit[ée]"
    r"|(?m:^[ \t]*unanimit[ée]\b)"
    r"|\bunanimement\b"
    # the result in brackets after the decision: "– Approuve le compte rendu (unanimité)",
    # "(unanimité, 1 abstention)", "(Unanimité des votants)"
    r"|\(\s*unanimit[ée]\b"
)
UNANIMOUS_OF_EXPRESSED = r"unanimit[ée]\s+des\s+(?:suffrages\s+exprimés|votants\s+exprimés|voix\s+exprimées|membres\s+présents\s+et\s+représentés\s+ayant\s+pris\s+part)"

# A unanimity on how to vote, not on the matter (CGCT L2121-21: the council may decide
# unanimously not to vote by secret ballot): "décide à l'unanimité de ne pas procéder au
# scrutin secret", "ne peut décider à l'unanimité de recourir au vote à main levée".
PROCEDURAL_UNANIMITY = (
    r"unanimit[ée][ \t,]+(?:de\s+)?(?:ne\s+pas\s+)?(?:procéder|recourir|voter)\s+"
    r"(?:au|à\s+(?:un|une|la|main))\s*(?:scrutin|vote|levée)"
)

# "Adopté à l'unanimité moins une abstention", "à l'unanimité moins 2 voix contre",
# "à l'unanimité moins deux abstentions", "à l'unanimité moins une voix" (a vote not for, read
# as against): the unanimity less the votes named after it. {num}
# is filled in by parse/votes.py (digits or NUMBER_WORDS).
UNANIMOUS_LESS = (
    r"unanimit[ée]\s+moins\s+(?P<count>{num})\s+"
    r"(?:(?P<abstain>abstentions?)|(?P<no>(?:voix|votes?)(?:\s+contre)?\b|contre))"
)

# A split vote stated without unanimity: "Majorité (2 contre)", "accepte à la majorité avec une
# abstention (Mme NOM)", "adopté à la majorité des suffrages exprimés", "Vote : majorité". Not an
# election's rule ("majorité absolue", "relative"), a rule of other bodies ("à la majorité
# qualifiée des conseils municipaux", "des deux tiers"), or a quorum ("la majorité des membres
# en exercice").
MAJORITY = (
    r"(?:à|a)\s+la\s+majorit[ée]"
    r"(?!\s+(?:absolue|relative|qualifiée|simple|requise|des\s+(?:deux|2|trois|3)\b"
    r"|des\s+membres\s+(?:en\s+exercice|réunis|composant)))"
    r"|(?m:^[ \t]*majorit[ée](?=[ \t]*(?:[(:.,]|$)))"
    r"|\bvote\s*:\s*majorit[ée]"
)

OUTCOME_WORDS: tuple[tuple[str, str], ...] = (
    ("rejected", r"\b(?:rejetée?s?|repoussée?s?|n'est\s+pas\s+adoptée?|n'approuve\s+pas)\b"),
    ("adopted", r"\b(?:adoptée?s?|adoption|approuvée?s?|approuve|décide|autorise|accepte)\b"),
    # "prend connaissance de ce bilan ; ce point ne donne pas lieu à délibération"
    (
        "noted",
        r"\b(?:donne\s+acte|prend\s+acte|donner\s+acte|prendre\s+acte|pas\s+de\s+vote"
        r"|prend\s+connaissance|(?:ne\s+donne|ne\s+donnant)\s+pas\s+lieu\s+à\s+(?:une\s+)?(?:délibération|vote)"
        r"|sans\s+(?:vote|délibération)\b)\b",
    ),
)

# An item taken off the agenda, so never voted: "Retirée de l'ordre du jour", "Ce point est
# retiré de l'ordre du jour", "Point retiré", "Question ajournée", "reporté à une séance
# ultérieure".
WITHDRAWN_ITEM = (
    r"\b(?:retirée?s?|ajournée?s?|reportée?s?)\s+(?:de\s+l['’]\s*ordre\s+du\s+jour"
    r"|à\s+une\s+(?:prochaine\s+séance|séance\s+ultérieure|date\s+ultérieure))"
    r"|\b(?:point|question|dossier|affaire|rapport|motion)\s+(?:est\s+)?(?:retirée?|ajournée?)\b"
    # "… propose d'ajourner ce point", "accepte le report de ce dossier à une prochaine séance"
    r"|\b(?:ajourner|reporter|retirer)\s+(?:ce|cette|le|la)\s+(?:point|question|dossier|affaire|rapport)\b"
    r"|\breport\s+de\s+(?:ce|cette)\s+(?:point|question|dossier|affaire|rapport)\b"
)

# "(dont 13 procurations)", "DONT 13 PROCURATION(S)", "dont 4 pouvoirs"
PROXIES_INCLUDED = r"dont\s+(\d{1,4})\s+(?:procurations?|pouvoirs?|procuration\(s\)|pouvoir\(s\))"
# Election results, one candidate a line: "- Anne-Marie : 11 votes, Elue", "- Blanc : 1 vote"
# (Couthenans, election of an adjoint).
# A list's name in guillemets: "- Liste « Agir pour X Ensemble » : 23 voix".
CANDIDATE_LINE = r"(?m)^[ \t]*[-–•]?[ \t]*(?P<name>[\p{Lu}][\p{L}'’\- .«»\"]{1,60}?)\s*(?::|\.{3,}|…+)\s*(?P<votes>\d{1,4})\s+(?:votes?|voix|suffrages?)\b(?P<rest>[^\n]*)"
# Pierrefonds: "M. Romain RIBEIRO a obtenu 13 voix."
CANDIDATE_SENTENCE = r"(?P<name>(?:(?:M\.|Mme|Monsieur|Madame)\s+)?\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+){0,3})\s+a\s+(?:obtenu|recueilli)\s+(?P<votes>\d{1,4})\s+(?:voix|suffrages?|votes?)\b(?P<rest>[^\n]*)"
# One round's results in a sentence: "Ont obtenu : Mme Sylvie NICOLAS 6 voix, M. Jean-Michel
# BODIN 5 voix." (the list after RESULTS_HEADING; CANDIDATE_IN_LIST reads each candidate).
CANDIDATE_RESULTS = r"\b(?:ont|a|à)\s+obtenu\s*:?[ \t]*(?P<list>[^\n]*?\d{1,4}\s+(?:voix|suffrages?|votes?)\b[^\n]*)"
CANDIDATE_IN_LIST = (
    r"(?P<name>\p{Lu}[^,;:\d\n]{1,60}?)\s*:?\s*(?P<votes>\d{1,4})\s+(?:voix|suffrages?|votes?)\b"
)
# A vote per candidate flattened from a table: the offers listed, one a line, then their votes
# in the same order, one a line ("o Mme NOM, projet du …" ×4, then "19 VOIX" / "1 VOIX" /
# "1 VOIX" / "0 VOIX").
CANDIDATE_COUNT_LINE = r"^[ \t]*(?P<votes>\d{1,4})[ \t]+(?:voix|votes?|suffrages?)[ \t]*\.?[ \t]*$"
CANDIDATE_LIST_LINE = r"^[ \t]*(?:[-–•▪◦●o➢]|\d{1,2}[.)])[ \t]+(?P<name>\S[^\n]{1,120}?)[ \t,;.]*$"
# Words that announce an election's results: one candidate line under them is a result too
# ("À obtenu :" / "- Liste « X » : 23 voix", after "Suffrages exprimés : 23").
RESULTS_HEADING = (
    r"(?:(?:a|à|ont)\s+obtenu|résultats?\s+(?:du\s+(?:vote|scrutin)|sont\s+les\s+suivants))\s*:"
)
ELECTED = r"\bélue?s?\b|\belue?s?\b"
BLANK_NAMES = (
    r"^(?:blancs?|nuls?|bulletins?\s+blancs?|bulletins?\s+nuls?|blancs?\s+(?:et|ou)\s+nuls?)$"
)

# "à l'unanimité (15 voix)", "A L'UNANIMITE des votants (31 voix), 8 abstentions": the count in
# brackets is the votes for.
UNANIMOUS_COUNT = (
    r"unanimit[ée](?:\s+des\s+(?:votants|suffrages\s+exprimés|membres\s+présents"
    r"(?:\s+et\s+représentés)?))?\s*\(\s*(\d{1,4})\s+(?:voix|votes?|votants|suffrages)\s*\)"
)

VOTERS = r"(?:nombre\s+de\s+)?votants"
EXPRESSED = r"(?:nombre\s+de\s+)?suffrages\s+exprimés"

# Who takes no part in the vote, said in a sentence of the decision or the debate:
# "M. X ne prend pas part au vote", "M. X et Mme Y ne prenant pas part au vote", "MM. X, Y et
# Z ne prennent pas part au vote", "M. X n'a pas pris part au vote", "M. X, intéressé à
# l'affaire, ne prend pas part au vote", "M. X quitte la salle et ne prend pas part au vote",
# "(le Président ne prend pas part au vote)", "Madame la Maire ne participe pas au vote".
NOT_VOTING_VERB = (
    r"(?:ne\s+(?:prend|prennent|prenant)\s+pas\s+part\s+(?:au\s+débat\s+(?:ni|et)\s+)?(?:au\s+vote|à\s+la\s+délibération|à\s+ce\s+vote)"
    r"|n['’](?:a|ont|ayant|avaient|avait)\s+pas\s+pris\s+part\s+(?:au\s+vote|à\s+la\s+délibération)"
    r"|ne\s+(?:participe|participent|participant)\s+pas\s+au\s+vote"
    r"|(?:indique|indiquent)\s+ne\s+pas\s+vouloir\s+prendre\s+part\s+au\s+vote)"
)
# Every NOT_VOTING_VERB holds one of these (case-folded): a cheap test before the pattern.
NOT_VOTING_WORDS = ("part", "particip")
# One person of the list: a civility or none, then one to four capitalised words.
NOT_VOTING_NAME = (
    r"(?:(?:M\.|Mme|Mlle|MM\.|Monsieur|Madame|Messieurs|Mesdames)\s+)?"
    r"[\p{Lu}][\p{L}'’\-]+(?:\s+(?:de|du|des|d['’]|le|la)?\s*[\p{Lu}][\p{L}'’\-]+){0,3}"
)
# The one presiding, by function: counted, and named from the header where it names them.
PRESIDING_ROLE = (
    r"(?i:(?:(?:Madame|Monsieur|M\.|Mme)\s+)?l[ae]\s+(?:maire|présidente?|président\s+de\s+séance))"
)
# Between the subject and the verb: an apposition ("M. X, intéressé à l'affaire, ne prend …"),
# a departure ("M. X quitte la salle et ne prend …"), or both ("Mme X, présidente de
# l'association, quitte la salle et ne prend pas part au vote").
NOT_VOTING_ASIDE = (
    r"(?:\s*,\s*[^,\n()]{1,60}?,"
    r"|\s+(?:quitte|quittent|sort|sortent|se\s+retire|se\s+retirent|a\s+quitté|ont\s+quitté)\b[^,.;()]{0,40}?\s+et){0,2}"
)
