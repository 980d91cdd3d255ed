"""How procès-verbaux and comptes rendus mark their items and their votes."""

from __future__ import annotations

from delib_parse.vocab.dates import MONTHS
from delib_parse.vocab.votes import BARE_TALLY_END, NUMBER_WORDS

# A numbered line that opens with the verb of a decision is an article of that decision, not an
# item: "1°) Lui donne acte de la présentation …", "2°) Approuve le compte", "3) Autorise le
# Maire …". (Not "Vote", "Demande": nouns that open titles, "Vote du budget primitif".)
DECISION_ARTICLE = (
    r"(?i:lui|leur|d[ée]cide|approuve|autorise|donne|dit|arr[êe]te|constate|reconna[îi]t|adopte"
    r"|accepte|pr[ée]cise|prend\s+acte|d[ée]signe|attribue|accorde|confirme|valide|sollicite"
    r"|mandate|habilite|charge|s['’]engage)\b"
)

# The nouns that may stand before an item's number: "Question n° 2 - Adoption du procès-verbal
# …" (Vendargues), "Point n° 3 : …", "Rapport n° 12 – Fonds départemental …" (départements,
# régions), "Dossier n° 4 : …", "Affaire n° 7 – …".
ITEM_NOUNS: tuple[str, ...] = ("question", "point", "rapport", "dossier", "affaire")
# Written "Point", "point" or "POINT", never "pOINT": a case-insensitive match would also take
# words inside prose.
_ITEM_NOUN = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}|{w.upper()}" for w in ITEM_NOUNS)

# A numbered item heading at a line start: "1. Budget", "1/ Présentation", "I Convention",
# "II. PADD", "3 - Tarifs" (Pierrefonds, Couthenans), an item noun first ("Point n° 3 : …").
# "1°) Vente d'un terrain", "2°/ Travaux", "3° - Tarifs": the ordinal sign, then a separator.
ITEM_NUMBER = (
    r"^[ \t]*(?:(?:"
    + _ITEM_NOUN
    + r")\s+(?:[Nn]°\s*)?)?(?P<num>\d{1,2}|[IVX]{1,5})[ \t]*(?:(?:°[ \t]*[.)/\-–]?|[.)/:]|-(?!\d)|–)[ \t]*|[ \t]+)(?P<title>(?!"
    + DECISION_ARTICLE
    + r")[\p{Lu}\p{Lt}«\"'][^\n]{2,250})$"
)

# A deliberation number opening an item: "DEL2025-59 : Décision modificative" (CC Lisières de
# l'Oise), "D2025-001- Objet : Autorisation …" (Pierrefonds), "Délibération n° 2022_13 : …".
ITEM_DELIB_NUMBER = r"^[ \t]*(?:(?:délibération|deliberation)\s*(?:n°|no|n\s*°)?\s*)?(?P<number>(?:DEL|D|DCM|DC|CM|N°)[\s_]?\d{2,4}[\-_./]\d{1,4}(?:[\-_./]\d{1,4})?)(?![\d\-_./])[ \t]*[-–:]*[ \t]*(?:objet[ \t]*:[ \t]*)?(?P<title>[^\n]{3,250})$"

# A decision on its own bulleted line, its result after it: "– Approuve le compte rendu …
# (unanimité)", "– Fixe les tarifs … : 180 € … (9 pour, 1 contre)", "– Prend acte du rapport …"
# (a compte rendu sommaire, one line a deliberation).
DECISION_BULLET = r"^[ \t]*[-–•➢▪*][ \t]*(?P<title>\p{Lu}[^\n]{8,})$"
# The result in brackets at the end of such a line: "(unanimité)", "(9 pour, 1 contre)",
# "(M. X, intéressé, ne prend pas part au vote ; 9 pour)".
# (the decision's word before the brackets goes with them: "… : adopté (9 pour, 1 abstention)")
DECISION_RESULT = r"(?:[ \t]*[:–-][ \t]*(?:adopt|approuv|rejet|valid)\p{L}*)?[ \t]*\((?P<result>[^()\n]*(?:unanimit|\bpour\b|\bcontre\b|abstention|majorit|vote)[^()\n]*)\)[ \t.;]*$"
# The detail after a decision's matter: "Fixe les tarifs … à compter du 1er janvier 2024 : 180 €
# le week-end …" (the matter is what comes before).
DECISION_DETAIL = r"[ \t]+:[ \t]+(?=[^\n]*\d)"
# A heading of information among bulleted decisions: "INFORMATIONS (sans vote)".
INFO_HEADING = r"^[ \t]*informations?\b[^\n]{0,40}$"
# A matter taken off the agenda, on a line of its own: "Point retiré : renouvellement de …".
WITHDRAWN_LINE = r"^[ \t]*(?:[-–•][ \t]*)?(?:point|question|dossier|affaire)s?\s+(?:retirée?s?|ajournée?s?)(?:\s+de\s+l['’]ordre\s+du\s+jour)?\s*:\s*(?P<title>\S[^\n]{3,})$"

# A list of the deliberations voted at a sitting, one bullet each (Flaux: "Liste des
# délibérations votées").
DELIB_LIST_HEADING = r"^[ \t]*liste\s+des\s+délibérations(?:\s+(?:votées|adoptées|prises))?"

# Items that are not deliberations: a council cannot deliberate on what the agenda did not
# announce, so "questions diverses" and information points carry no act (a show of hands
# there is an opinion poll, Couthenans: "Panneau Pocket / Pour : 49 / Contre : 33").
NOT_A_DELIBERATION = r"^(?:questions?\s+(?:diverses|orales|écrites)|divers|informations?(?:\s+diverses)?|points?\s+d'informations?|communications?(?:\s+du\s+maire)?)\b"

# An election's round, as a vote's label: "Premier tour de scrutin", "2ème tour", "Second
# tour de scrutin". The rounds are one vote (parse/items.py joins them).
ROUND_LABEL = (
    r"^[ \t]*(?:(?P<first>premier|1er)|second|deuxième|troisième|2n?d|[23]e|[23]ème)\s+tour\b"
)

# Whom an election's results elect: "est proclamée vice-présidente", "sont déclarés élus".
PROCLAIMED = r"\b(?:est|sont)\s+(?:proclamée?s?|déclarée?s?\s+élue?s?|élue?s?)\b"

# The agenda heading: items listed after it are announced, not yet treated.
AGENDA = r"^[ \t]*ordre\s+du\s+jour\s*:?[ \t]*$"

# The cells of a tally laid out as a table, → Vote field: a heading row over its counts
# ("Votants  Pour  Contre  Abstentions  Ne prennent pas part au vote" / "33  22  7  4  0"), or a
# tally by political group, its totals in a last row ("Groupe  Pour  Contre  Abst.  NPPV" /
# "EPS  35  0  0  1" / … / "Total  58  19  7  1").
GROUP_TALLY_CELLS: tuple[tuple[str, str | None], ...] = (
    (r"votants", None),
    (r"pour", "yes"),
    (r"contre", "no"),
    (r"abst(?:entions?|\.)?", "abstain"),
    (
        r"nppv|npp|ne\s+pren(?:d|nent)\s+pas\s+part(?:\s+au\s+vote)?|non[\s-]participation",
        "not_voting",
    ),
)

# A line that carries (part of) a vote in a procès-verbal.
_TALLY_HEADING_CELL = "(?:" + "|".join(p for p, _ in GROUP_TALLY_CELLS) + ")"
TALLY_HEADING_ROW = (
    r"[ \t]*[|│]?[ \t]*"
    + _TALLY_HEADING_CELL
    + r"(?:[ \t]*[|│][ \t]*|[ \t]+)"
    + _TALLY_HEADING_CELL
    + r"(?:(?:[ \t]*[|│][ \t]*|[ \t]+)"
    + _TALLY_HEADING_CELL
    + r"){0,3}[ \t]*[|│]?[ \t]*"
)

GROUP_TALLY_HEADING = r"^[ \t]*[|│]?[ \t]*(?:groupes?(?:\s+politiques?)?|listes?)(?=[ \t|│]+\p{L})"
GROUP_TALLY_TOTAL = r"^[ \t]*[|│]?[ \t]*total(?:\s+général)?[ \t:|│]+(?P<counts>\d{1,4}(?:[ \t|│]+\d{1,4}){1,4})[ \t|│]*$"
# How far below its heading a table's total row may stand (one row a group, the rules).
MAX_GROUP_TABLE_LINES = 16
# The counts' row under it.
TALLY_COUNTS_ROW = (
    r"^[ \t]*[|│]?[ \t]*\d{1,4}(?:(?:[ \t]*[|│][ \t]*|[ \t]+)\d{1,4}){1,4}[ \t]*[|│]?[ \t]*$"
)

VOTE_LINE = (
    r"(?:\b(?:pour|contre|abstentions?|votants?)\s*:\s*\d"
    # the same count in words, a tally's cell ("Pour : huit ; Contre : un ; Abstention : une")
    r"|\b(?:pour|contre|abstentions?)\s*:\s*(?:"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")(?=[ \t]*(?:[;,.–/)]|$))"
    r"|(?<![\w.,/])\d{1,3}\s+(?:(?:voix|votes?)\s+(?:pour|contre)\b|(?:pour|contre)\b"
    + BARE_TALLY_END
    + r"|abstentions?\b|absentions?\b)"
    r"|\bunanimit[ée]"
    # a count in words: "par douze voix pour et deux voix contre", "une voix contre"
    r"|\b(?:"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")\s+(?:voix|votes?)\s+(?:pour|contre)\b"
    r"|^[ \t]*[-–•]?[ \t]*(?:vote|votes|scrutin)\s*[:;]"
    # (not a participle whose complement follows: "… les critères" / "adoptés le 12 décembre
    # 2023 : …", "approuvé en séance du …")
    r"|^[ \t]*(?:adopté|adoptée|adoption|approuvé|rejeté)e?s?\b(?![ \t]+(?:le|les|en|lors|depuis|dans)\b)"
    r"|\bpas\s+de\s+vote\b"
    # an election's results: "Nombre de suffrages exprimés : 13", "bulletins blancs et nuls : 5",
    # "M. Romain RIBEIRO a obtenu 13 voix" (Pierrefonds)
    r"|suffrages\s+exprimés\s*:\s*\d|bulletins\b[^:\n]{0,40}:\s*\d|\ba\s+(?:obtenu|recueilli)\s+\d{1,4}\s+(?:voix|suffrages?)"
    # the same with dotted leaders ("Nombre de votants ........ 11", "Bulletins blancs ou nuls
    # ....  1"), and a round's results in a sentence ("Ont obtenu : Mme X 6 voix, M. Y 5 voix")
    r"|(?:suffrages\s+exprimés|nombre\s+de\s+votants|bulletins\b[^.:\n]{0,40}|majorité\s+absolue)\s*(?:\.{3,}|…+)\s*\d"
    r"|\b(?:ont|a|à)\s+obtenu\s*:?[^\n]{0,80}?\d{1,4}\s+(?:voix|suffrages?)"
    r"|^[ \t]*(?:ont|a|à)\s+obtenu\s*:?[ \t]*$"
    # Pierrefonds 2025-01-27: "Abstention : M. Tanguy" (names, no number)
    r"|^[ \t]*[-–•]?[ \t]*(?:contre|abstentions?)\s*:\s*(?:M\.|Mme|MM\.|Monsieur|Madame)\s"
    r"|résultat\s+du\s+vote"
    r"|^[ \t]*[-–•]?[ \t]*[\p{L}][^:\n]{0,60}?(?::|\.{3,}|…+)\s*\d{1,3}\s+(?:votes?|voix|suffrages?)\b"
    r"|part\s+au\s+vote"
    # the tally's count in brackets, wrapped onto the next line: "à l'unanimité des membres
    # présents et représentés" / "(14 voix), approuve …"
    r"|^[ \t]*\(\s*\d{1,4}\s+(?:voix|votes?|votants|suffrages)\b"
    # the same sentence broken at the line's end: "M. X, …, ne prend pas part" / "au vote."
    r"|\bne\s+(?:prend|prennent|prenant)\s+pas\s+part[ \t]*$|^[ \t]*au\s+vote\b"
    # "POUR 21" / "CONTRE 0" / "ABSTENTION 5 (NOM)", each on its own line (Fargues-Saint-
    # Hilaire), a "/" for none, and a flattened table's label column ("POUR" / "CONTRE" /
    # "ABSTENTION" then the counts)
    r"|^[ \t]*(?=(?-i:\p{Lu}))(?:pour|contre|abstentions?)[ \t]+(?:\d{1,3}\b|/|-[ \t]*$)"
    r"|^[ \t]*(?-i:POUR|CONTRE|ABSTENTIONS?)[ \t]*$"
    r"|^[ \t]*[-–•][ \t]*(?:pour|contre|abstentions?)\s*:"
    # a vote by candidate flattened from a table: the offers one a line, then their votes one
    # a line ("19 VOIX" / "1 VOIX" / "0 VOIX"); a count alone on its line is nothing else
    r"|^[ \t]*\d{1,4}[ \t]+(?:voix|votes?|suffrages?)[ \t]*\.?[ \t]*$"
    # a small table's heading row, its counts on the row below: "Votants  Pour  Contre
    # Abstention" / "25  25  0  0", "Pour | Contre | Abstention" / "11 | 1 | 1"
    r"|^" + TALLY_HEADING_ROW + r"$)"
)

# Every line that VOTE_LINE matches holds one of these (lower-cased): a cheap test first, as
# most lines of a document are no vote and the pattern is long (tests/parse/test_outline.py
# checks the two agree on every line of the test corpora).
VOTE_LINE_WORDS = (
    "pour",
    "contre",
    "abst",
    "absent",
    "votant",
    "unanim",
    "vote",
    "voix",
    "scrutin",
    "adopt",
    "approuv",
    "rejet",
    "suffrage",
    "bulletin",
    "obtenu",
    "majorit",
    "recueilli",
    "part",
)

# The heading of the matter where no "Objet :" label gives it, numbered like an item:
# "Question 1 – Adhésion à la convention …", "1) Approbation du compte-rendu …", "I – PORT DE
# PLAISANCE", "2019 12 n°02 - AMENAGEMENT – Approbation du PLUi", "Point n° 3 : …",
# "- BUDGET PRIMITIF DU PORT DE PLAISANCE 2022" (a dash before a title in capitals), "2013-19 :
# Compte administratif du budget général 2012" (the act's number first, Saint-Julien).
ITEM_HEADING = (
    r"^[ \t]*(?:(?:(?:"
    + "|".join(ITEM_NOUNS)
    + r")\s+(?:n°\s*)?\d{1,3}|\d{4}\s+\d{2}\s+n°\s*\d{1,3}|n°\s*\d{1,3}"
    r"|(?:n°\s*)?(?:19|20)\d{2}[-_/.]\d{1,4}(?=[ \t]*[:\-–—][ \t])"
    r"|\d{1,2}(?:[.\-]\d{1,2})?|[IVX]{1,5})[ \t]*[).:\-–—/][ \t]*|[\-–][ \t]+(?=[\p{Lu}\d\W]{6}))"
    r"(?P<title>\p{Lu}[^\n]{2,})$"
)

# The opening's labels, which head no matter even when a vote follows them ("Secrétaire de
# séance : Mme X" / "Le compte rendu de la séance du … est adopté à l'unanimité.").
SITTING_LABEL = (
    r"^(?:secrétaires?|présents?|absents?|excusés?|pouvoirs?|procurations?|présidence|présidente?"
    r"|assistaient|étaient\s+présents|membres)\b[^:\n]{0,30}:"
)

# The sitting's own title, which heads no matter: "Conseil municipal du 4 avril 2024 : budget
# voté, impôts stables" (a web page's headline), "Séance du 12 mars 2024".
SITTING_TITLE = (
    r"^(?:séance|réunion|conseil|comité|bureau|assemblée|commission\s+permanente)\b[^:\n]{0,60}?"
    r"\b\d{1,2}(?:er)?\s+(?:" + "|".join(MONTHS) + r")\s+\d{4}"
)

# A web page's navigation, which heads no matter: "Accueil › Mairie › Conseil municipal",
# "Partager : Facebook | X | Imprimer" (two separators or more).
NAVIGATION_LINE = r"\s[›»>|·]\s[^\n]*\s[›»>|·]\s"

# A matter and its adoption on a line of their own, without a verb: "Compte rendu de la réunion
# du 17 avril 2014 adopté à l'unanimité." The matter is what comes before the participle: no
# clause ("Mis aux voix, le rapport est adopté …" is a sentence, its subject after a comma).
ADOPTED_MATTER_LINE = (
    r"^[ \t]*(?P<title>\p{Lu}[^\n,;]{5,120}?)(?<!\b(?:est|sont|été|a|ont))"
    r"\s+(?:adopté|approuvé|validé)e?s?\s+à\s+l'unanimité"
    r"[ \t.]*$"
)

# A vote whose sentence names what it decides: "Le compte rendu de la séance du 11 septembre
# est adopté à l'unanimité.", "Les tarifs 2024 sont approuvés par 12 voix pour." The matter is
# the sentence's subject.
PASSIVE_DECISION = (
    # after a clause of its own: "Aucune observation n'ayant été soulevée, le compte-rendu …
    # est approuvé"
    r"^[ \t]*(?:\p{Lu}[^\n]{0,120}?,[ \t]*)?(?P<object>\p{L}[^\n,;:]{5,150}?)\s+"
    # "… a ensuite été votée à l'unanimité" (an adverb between the verb's parts)
    r"(?:est|sont|a|ont)\s+(?:(?:ensuite|également|alors|donc|enfin|aussi)\s+)?(?<=(?:est|sont)\s+|\S\s+)"
    r"(?:(?<=(?:est|sont)\s+(?:\p{Ll}+\s+)?)|été\s+)"
    r"(?:adopté|approuvé|validé|rejeté|accepté|voté)e?s?\b"
)

# A line that names its matter before a colon and its decision after it, as a web page's
# summary writes minutes: "Compte administratif 2023 : le maire ayant quitté la salle, … a été
# approuvé par 14 voix pour", "Convention avec la commune de X : approuvée par 16 voix pour".
# Not a tally's label ("Pour : 12", "Vote : unanimité", "Votants : 15").
MATTER_COLON = (
    r"^[ \t]*(?P<title>\p{Lu}[^:;\n]{3,160}?)[ \t]+:[ \t]+(?!\d)"
    r"(?=[^\n]*\b(?:adopté|approuvé|rejeté|voté|unanimité|voix\s+pour)e?s?\b)"
)

# A decision stated ("adopté", "à l'unanimité"): a vote group holding one is complete, and a
# sentence naming its own matter after it is the next vote.
OUTCOME_WORD = r"\b(?:adopté|approuvé|rejeté|voté|validé|unanimité)"

# What a sentence's subject says of its matter after naming it: a participle or a relative
# clause ("Le compte de gestion 2023 dressé par le trésorier", "… qui dégage un excédent").
SUBJECT_DESCRIPTION = r"\s+(?:qui|dont|lequel|laquelle|(?:dressé|établi|présenté|proposé|transmis|annexé|joint)e?s?)\b"

# A label that names the vote, not its matter: "Vote : …", "Résultat : …", "Votants : 15".
VOTE_LABEL_WORD = r"(?:vote|votes|votants?|scrutin|résultat|décision|délibération)\b"

# A matter and its decision on one bulleted line: "- Vente de la parcelle ZA 42 : le conseil
# accepte à l'unanimité …", "• Adoption du procès-verbal … ; Le procès-verbal … est adopté".
# The matter is the label before the colon or semicolon.
BULLET_LABEL = (
    r"^[ \t]*[-–•➢▪*][ \t]*(?P<title>\p{Lu}[^:;\n]{3,160}?)[ \t]*[:;][ \t]+"
    # not a count ("- Suffrages exprimés : 5") nor a candidate's result ("- Anne-Marie : 11
    # votes, Elue")
    r"(?!\d{1,4}[ \t]*(?:(?:voix|votes?|suffrages?)\b|[,.;(]|$))\S"
)

# A recital opens its sentence: a vote said in it is another body's ("Considérant que la
# commune de X s'est prononcée à la majorité (un" / "vote contre)"), not this one's.
RECITAL_OPENING = r"[ \t]*(?i:considérant|vu|attendu)\b"
