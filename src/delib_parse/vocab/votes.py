"""Words of the vote: tally labels, unanimity, outcome."""

from __future__ import annotations

# Tally labels → Vote field. Seed: "POUR : 86 ABSTENTION : 0 / CONTRE : 0 NE SE PRONONCE PAS : 0";
# recueil: "Votes : Pour : 23 - Contre : 0 - Abstentions : 3"; "Votants : 29 Pour : 25";
# Couthenans: "0 contre, 0 abstention, 11 pour", "11 voix pour".
TALLY_WORDS: tuple[tuple[str, str], ...] = (
    ("yes", r"pour|votes?\s+pour|voix\s+pour|favorables?"),
    ("no", r"contre|votes?\s+contre|voix\s+contre|défavorables?"),
    # Couthenans 2021-11-05: "2 contre 3 absentions 6 votes pour" (a common misspelling)
    ("abstain", r"abstentions?|absentions?|abstenu(?:\(?e?\)?s?)?"),
    (
        "not_voting",
        # "Ne prend pas part au vote : 1", "ne prennent pas part", "n'ont pas pris part"
        r"ne\s+se\s+prononcen?t?\s+pas|ne\s+(?:prend|prennent|prenant)\s+pas\s+part(?:\s+au\s+vote)?|n'(?:a|ont|ayant)\s+pas\s+pris\s+part(?:\s+au\s+vote)?|non[\s-]participations?(?:\s+au\s+vote)?|sans\s+participation"
        # Le Trait: "pour: 0 contre: 0 abstention(s): 0 non votant(s) : 27"
        r"|non[\s-]votant(?:\(s\))?s?",
    ),
    ("blank", r"(?:bulletins?\s+)?blancs?(?:\s+(?:ou|et)\s+nuls?)?|nuls?"),
)

# After a bare "12 pour" / "2 contre" (no "voix"/"votes" between), what may follow: the end of
# the tally, never prose ("confie au CDG 30 pour des conseils", "3 jours pour évaluer").
BARE_TALLY_END = (
    r"(?=\s+[-–]|\s*(?:$|[.,;:/()&]|\d|et\b|contre\b|pour\b|abst|absent|blanc|nul|ne\b|adopt|vote))"
)

# "à l'unanimité" and its variants; "des suffrages exprimés" marks unanimity of votes cast.
# Flaux: "Vote : Unanimité", "Vote ; unanimité" (no "à l'")
UNANIMOUS = r"(?:à|a)\s+l'unanimit[ée]|\b(?:vote|votes|scrutin)\s*[:;,]\s*(?:à\s+l')?unanimit[ée]|(?m:^[ \t]*unanimit[ée]\b)"
UNANIMOUS_OF_EXPRESSED = r"unanimit[ée]\s+des\s+(?:suffrages\s+exprimés|votants\s+exprimés|voix\s+exprimées|membres\s+présents\s+et\s+représentés\s+ayant\s+pris\s+part)"

# "Adopté à l'unanimité moins une abstention", "à l'unanimité moins 2 voix contre": the
# unanimity less the votes named after it.
UNANIMOUS_LESS = (
    r"unanimit[ée]\s+moins\s+(?P<count>\d{1,3}|une?|deux|trois|quatre|cinq|six)\s+"
    r"(?:(?P<abstain>abstentions?)|(?:voix\s+|votes?\s+)?(?P<no>contre))"
)

OUTCOME_WORDS: tuple[tuple[str, str], ...] = (
    ("rejected", r"\b(?:rejetée?s?|repoussée?s?|n'est\s+pas\s+adoptée?|n'approuve\s+pas)\b"),
    ("adopted", r"\b(?:adoptée?s?|adoption|approuvée?s?|approuve|décide|autorise|accepte)\b"),
    ("noted", r"\b(?:donne\s+acte|prend\s+acte|donner\s+acte|prendre\s+acte|pas\s+de\s+vote)\b"),
)

# "(dont 13 procurations)", "DONT 13 PROCURATION(S)", "dont 4 pouvoirs"
PROXIES_INCLUDED = r"dont\s+(\d{1,4})\s+(?:procurations?|pouvoirs?|procuration\(s\)|pouvoir\(s\))"
# Election results, one candidate a line: "- Anne-Marie : 11 votes, Elue", "- Blanc : 1 vote"
# (Couthenans, election of an adjoint).
CANDIDATE_LINE = r"(?m)^[ \t]*[-–•]?[ \t]*(?P<name>[\p{Lu}][\p{L}'\- .]{1,60}?)\s*:\s*(?P<votes>\d{1,4})\s+(?:votes?|voix|suffrages?)\b(?P<rest>[^\n]*)"
# Pierrefonds: "M. Romain RIBEIRO a obtenu 13 voix."
CANDIDATE_SENTENCE = r"(?P<name>(?:(?:M\.|Mme|Monsieur|Madame)\s+)?\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+){0,3})\s+a\s+(?:obtenu|recueilli)\s+(?P<votes>\d{1,4})\s+(?:voix|suffrages?|votes?)\b(?P<rest>[^\n]*)"
ELECTED = r"\bélue?s?\b|\belue?s?\b"
BLANK_NAMES = (
    r"^(?:blancs?|nuls?|bulletins?\s+blancs?|bulletins?\s+nuls?|blancs?\s+(?:et|ou)\s+nuls?)$"
)

VOTERS = r"(?:nombre\s+de\s+)?votants"
EXPRESSED = r"(?:nombre\s+de\s+)?suffrages\s+exprimés"
