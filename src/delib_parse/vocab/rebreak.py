"""Where a page flattened onto one line (web excerpts, OCR dumps: MISREADINGS 7) starts its
lines again.

The parsers read headings at a line's start ("Objet :", "1 - Titre"); a page copied from a web
page puts them mid-line, after the lists. These are the points where a careful reader sees a
new line, as patterns matched inside a long line (with `regex`; case as written).
"""

from __future__ import annotations

# A line shorter than this was laid out by its author: leave it alone.
LONG_LINE = 400
# A line this long is a paragraph (a text file's, a web page's): its sentences each start a
# line of their own, where a decision and its matter are read.
SENTENCES_LINE = 200
SENTENCE_END = (
    r"(?<=(?:\p{L}{2}|[)€%»\"]|\b\d{4})(?<!\b(?:MM|Mmes|Mme|Mlle|Mr|Dr|Me|St|Ste|art|Art))[.!?]\s{1,3})"
    r"(?=\p{Lu})"
)

# A number or a roman numeral, then its separator: "1.", "1)", "2 -", "1-1 –", "IV -", "1°)".
_NUMBER = r"(?:\d{1,2}(?:[.-]\d{1,2})?\s*[).–—-]|\d{1,2}\s*°\s*[).–—/-]?|[IVX]{1,5}\s*[.–—-])"
# Where a sentence ends (on a word, not on a number: "… 18. 19. NOM": a numbered list), or a
# tally ends on its count ("… Abstention 0 COMPTE ADMINISTRATIF …").
# A sentence may end on a bracket, an amount or a year ("… (Mme X).", "… 500 €.", "… 2023.").
_AFTER_SENTENCE = r"(?<=(?:\p{L}{2}|[)€%»\"]|\b\d{4})[.;!?»]\s{1,3})"
_AFTER_SENTENCE_OR_COUNT = r"(?<=(?:(?:\p{L}{2}|[)€%»\"]|\b\d{4})[.;!?»)]|\b\d{1,3})\s{1,3})"
# A word of a title in capitals: "COMPTE", "L'EAU", "1ER", "2022", "N°".
CAPS_WORD = r"[\p{Lu}\d][\p{Lu}\d'’°/.-]*\p{Lu}[\p{Lu}\d'’°/.-]*|\p{Lu}|\d{1,4}"

# A new line starts before these (each pattern matches where the break goes, after a space).
BREAK_BEFORE: tuple[str, ...] = (
    # A numbered heading after a sentence's end: "… Mme Y. 1. Nomination d'un secrétaire",
    # "… à l'unanimité. 1)Approbation des comptes", "… absents : M. X. 2 - Subvention".
    # The sentence ends on a word, not on a number ("… 18. 19. NOM Prénom": a numbered list of
    # people), and a title in capitals has two words ("2. NOM Prénom" is a person).
    _AFTER_SENTENCE_OR_COUNT + _NUMBER + r"\s*(?=\p{Lu}\p{Ll}+\s|\p{Lu}{2,}\s+\p{Lu}{2,})",
    # A rubric in capitals under a roman numeral, whatever precedes it (often a count):
    # "… Majorité absolue : 11 I - ADMINISTRATION GENERALE".
    r"(?<=\s)[IVX]{1,5}\s*[.–—-]\s+(?=\p{Lu}{3,}\s+\p{Lu}{2,})",
    # The first numbered heading under a rubric in capitals: "ADMINISTRATION GENERALE 1 - …"
    # (two words: "POINT 1 - …" is one heading).
    r"(?<=\p{Lu}{3,}\s+\p{Lu}{3,}\s)\d{1,2}\s*[).–—-]\s*(?=\p{Lu}\p{Ll}+\s)",
    # The subject label after a sentence's end: "… Secrétaire : Mme X. Objet : Tarifs" (not
    # "1° Objet :", which is one heading).
    r"(?<=[\p{L}\d)][.;!?]\s{1,3})(?:Objet|OBJET)\s*:",
    # An act's heading after a sentence or a tally: "… unanimité. Délibération n°2024-032 :
    # Compte financier", "… ABSTENTIONS : 2 DL-2022-042 Ressources humaines".
    _AFTER_SENTENCE_OR_COUNT
    + r"(?:(?:Délibération|DÉLIBÉRATION|DELIBERATION)\s+(?:n°|N°|no)\s*[\w./-]*\d"
    r"|\p{Lu}{1,5}[-_.]?\d{2,4}[-_/.]\d{1,4}(?:[-_/.]\d{1,4})?\s+(?=\p{Lu}))",
    # The labels of the counts and the lists, capitalised, after a sentence or a count: "…
    # Votants : 15 Etaient présents : M. X …", "… Mme Y. Pouvoirs : …" (each its own line, as
    # the parsers read them in a laid-out page).
    _AFTER_SENTENCE_OR_COUNT
    + r"(?=(?:(?:Nombre\s+de\s+)?(?:Conseillers|Membres|Délégués)\s+(?:en\s+exercice|présents|votants)"
    r"|[EÉ]taient\s+présents|Présents|Pouvoirs|Procurations|Absents?(?:\s+excusés?)?|Excusés?"
    r"|Votants|Secrétaire\s+de\s+séance)\s*:)",
    # The tally's own line after the decision: "… par chapitre. VOTE : Pour 15, Contre 0",
    # "… au receveur. Adopté par 13 voix pour", "… HT. Pour : 6 – Contre : 1".
    _AFTER_SENTENCE
    + r"(?=(?:VOTE|Vote)\s*:|(?:Adopté|ADOPTÉ|Approuvé|APPROUVÉ)e?s?\s+(?:à|par)\s|(?:Pour|POUR)\s*:?\s*\d)",
    # A title in capitals (three words or more) after a sentence or a tally, its body in
    # sentence case after it: "… Lise DELTA. COMPTE DE GESTION 2022 Le comité …".
    _AFTER_SENTENCE_OR_COUNT
    + rf"(?=(?:(?:{CAPS_WORD})\s+){{2,}}(?:{CAPS_WORD})\s+\p{{Lu}}\p{{Ll}})",
)

# A title in sentence case after a sentence's end, where the body's opening (below) follows
# within a few words with no punctuation between: "… Mme Anne BETA. Tarifs de la cantine
# scolaire Le Conseil municipal, après …". A phrase holding one of these verbs is a sentence.
TITLE_AFTER_SENTENCE = _AFTER_SENTENCE + r"(?=\p{Lu}\p{Ll})"
TITLE_WORDS = (2, 15)
SENTENCE_VERBS = frozenset(
    {"est", "sont", "a", "ont", "était", "étaient", "sera", "seront", "été", "fait", "fera"}
    | {"présente", "expose", "rappelle", "informe", "propose", "indique", "précise", "demande"}
    | {"donne", "ouvre", "lève", "déclare", "décide", "approuve", "adopte", "remercie", "prend"}
)

# Where the title of a heading found above stops and its body starts: the sentence that opens
# the report ("1. Nomination d'un secrétaire Conformément à l'article …", "1 - Composition des
# commissions Suite à l'installation …", "… du cimetière : Considérant que …"). Only words that
# open a report, not "Le" or "La", which titles also hold ("Convention avec La Poste").
BODY_OPENINGS: tuple[str, ...] = (
    r"Conformément",
    r"Considérant",
    r"Suite\s+(?:à|au|aux)",
    r"Vu\s+(?:le|la|les|l['’])",
    r"Après\s+(?:avoir|en|consultation|examen|présentation|lecture|discussion|débat)\b",
    r"Le\s+(?i:conseil|maire|président|comité|bureau|procès-verbal|compte\s+rendu)\b",
    r"La\s+(?i:présidente|commission|séance)\b",
    r"(?:Monsieur|Madame)\s+(?:le|la)\s+(?:Maire|Président|Présidente|Vice|Adjoint|Rapporteur)",
    r"M\.\s+le\s+(?:Maire|Président)",
    # "M. Paul ALPHA présente le dossier": a civility, a name, the verb that reports
    r"(?:M\.|Mme|Monsieur|Madame)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:présente|expose|rappelle|informe|propose)\b",
    r"Il\s+est\s+(?:proposé|rappelé|exposé|demandé)",
    r"Par\s+délibération",
    r"Dans\s+le\s+cadre",
    r"Rapporteur",
    r"Exposé",
)

# A title is at least this long before its body may start, and at most this long.
MIN_TITLE = 12
MAX_TITLE = 300
