"""Where a page flattened onto one line (web excerpts, OCR dumps: MISREADINGS 7) starts its
lines again.

The parsers read headings at a line's start ("Objet :", "1 - Titre"); a page copied from a web
page puts them mid-line, after the lists. These are the points where a careful reader sees a
new line, as patterns matched inside a long line (with `regex`; case as written).
"""

from __future__ import annotations

# A line shorter than this was laid out by its author: leave it alone.
LONG_LINE = 400

# A number or a roman numeral, then its separator: "1.", "1)", "2 -", "1-1 –", "IV -".
_NUMBER = r"(?:\d{1,2}(?:[.-]\d{1,2})?\s*[).–—-]|[IVX]{1,5}\s*[.–—-])"

# A new line starts before these (each pattern matches where the break goes, after a space).
BREAK_BEFORE: tuple[str, ...] = (
    # A numbered heading after a sentence's end: "… Mme Y. 1. Nomination d'un secrétaire",
    # "… à l'unanimité. 1)Approbation des comptes", "… absents : M. X. 2 - Subvention".
    # The sentence ends on a word, not on a number ("… 18. 19. NOM Prénom": a numbered list of
    # people), and a title in capitals has two words ("2. NOM Prénom" is a person).
    r"(?<=\p{L}{2}[.;!?»]\s{1,3})" + _NUMBER + r"\s*(?=\p{Lu}\p{Ll}+\s|\p{Lu}{2,}\s+\p{Lu}{2,})",
    # A rubric in capitals under a roman numeral, whatever precedes it (often a count):
    # "… Majorité absolue : 11 I - ADMINISTRATION GENERALE".
    r"(?<=\s)[IVX]{1,5}\s*[.–—-]\s+(?=\p{Lu}{3,}\s+\p{Lu}{2,})",
    # The first numbered heading under a rubric in capitals: "ADMINISTRATION GENERALE 1 - …"
    # (two words: "POINT 1 - …" is one heading).
    r"(?<=\p{Lu}{3,}\s+\p{Lu}{3,}\s)\d{1,2}\s*[).–—-]\s*(?=\p{Lu}\p{Ll}+\s)",
    # The subject label after a sentence's end: "… Secrétaire : Mme X. Objet : Tarifs" (not
    # "1° Objet :", which is one heading).
    r"(?<=[\p{L}\d)][.;!?]\s{1,3})(?:Objet|OBJET)\s*:",
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
    r"Après\s+(?:avoir|en)",
    r"Le\s+(?:Conseil|Maire|Président|Comité|Bureau)",
    r"La\s+(?:Présidente|Commission)",
    r"(?:Monsieur|Madame)\s+(?:le|la)\s+(?:Maire|Président|Présidente|Vice|Adjoint|Rapporteur)",
    r"M\.\s+le\s+(?:Maire|Président)",
    r"Il\s+est\s+(?:proposé|rappelé|exposé|demandé)",
    r"Par\s+délibération",
    r"Dans\s+le\s+cadre",
    r"Rapporteur",
    r"Exposé",
)

# A title is at least this long before its body may start, and at most this long.
MIN_TITLE = 12
MAX_TITLE = 300
