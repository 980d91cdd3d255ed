"""The shapes of item headings in minutes, registers and lists of deliberations.

The outline reader (parse/outline.py) finds, for each shape, the lines of a document that
take it, groups them into families of one house style, and keeps the family that best explains
the document's votes. A new house style is one row here, not a branch in the parser.
"""

from __future__ import annotations

# A new extract starts at its own "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS" heading (recueils
# des actes are extracts put end to end); capitals often lose their accents ("DES
# DELIBERATIONS", Massiac), which IGNORECASE does not fold. Case-insensitive, per line.
EXTRACT_HEADING = r"^[ \t]*(?:extrait\s+du\s+(?:registre|proc[èe]s[- ]verbal)\s+des\s+d[ée]lib[ée]rations|registre\s+des\s+d[ée]lib[ée]rations)"

# Extracts put end to end under one register heading, each opened by its act's number, then
# its own counts or convocation within a few lines ("Délibération n° 2025/047" / "Objet : …"
# / "Date de convocation : …" / "Nombre de conseillers : en exercice : 15 – …").
EXTRACT_ACT_LINE = r"^[ \t]*d[ée]lib[ée]ration\s*(?:n°|no|n\s°|numéro)\s*\S+[ \t]*$"
EXTRACT_OWN_COUNTS = (
    r"^\s*(?:date\s+de\s+(?:la\s+)?convocation|nombre\s+de\s+(?:conseillers|membres|délégués)"
    r"|(?:membres|conseillers|délégués)\s+en\s+exercice)"
)
# How many lines under its act line an extract's counts may stand.
MAX_LINES_TO_COUNTS = 8

# An act's own code opening its heading line, in the body's own format: letters, numbers and
# a year joined by "-", "_", "." or "/", a rank first or not, the title on the line or below.
#   "Délibération D2018-66" (alone, "Objet : …" below)         "D.C. 2020/1-001" (date, title below)
#   "2019-09-01 MODIFICATION DES STATUTS …"                     "DL-056-07-13 - Création de postes"
#   "20220531 4 Enquête publique …, Rapporteur M. X"; "20240219 1-Consultation …"            "N°3 D.XXXX/2026/21 - Décision …"
#   "XX02_2023 FINANCES CRTE - DEMANDE …"                        "DEL 20-86 TITRE EN CAPITALES"
#   "AFFAIRE N°2026-CM/071 : TITRE"                              "DÉLIBÉRATION : DEL 20-86 TITRE"
# What an extract's own first lines say, under its heading: the sitting's opening, its subject
# or its counts. A page of a text whose running header is the register's heading shows none of
# these; the first page of each extract of a recueil does (normalise/furniture.py).
EXTRACT_OPENING_LINE = (
    r"^\s*(?:s[ée]ance\s+(?:publique\s+|ordinaire\s+|extraordinaire\s+)?du\b|l['’]an\s+(?:deux|mil)\b"
    r"|objet\s*:|date\s+de\s+(?:la\s+)?convocation|nombre\s+de\s+(?:conseillers|membres|délégués)"
    r"|(?:membres|conseillers|délégués)\s+en\s+exercice|(?:le\s+)?conseil\s+\p{L}+\s+(?:de\s+|du\s+)?[^\n]{0,60}s['’]est\s+réuni)"
)

ACT_CODE = (
    # (letters between two separators too: "2025-CA-31", "2023-D-014")
    r"(?:[\p{Lu}]{1,5}\.?[ \t]?){0,3}\d{1,4}(?:[-_/.](?:[\p{Lu}]{1,4}[-_/.]?)?\d{1,4}){1,3}"
    r"|[\p{Lu}]{1,5}(?:[-_/.][\p{Lu}]{1,5})?[-_/.]\d{1,4}(?:[-_/.]\d{1,4}){1,3}"
    # a date stamp then the rank: "20220531 4"
    r"|(?:19|20)\d{6}[ \t]+\d{1,3}(?=[ \t]*[-–.:)]?[ \t]*\p{Lu})"
)
ACT_CODE_LINE = (
    # a rank first ("N°3 D.XXXX/2026/21"), never the start of the code itself ("N°2004/04/01")
    r"^[ \t]*(?:(?:N°|n°|No)[ \t]*\d{1,3}(?:[ \t]*[-–:.][ \t]*|[ \t]+)"
    # or the agenda's rank: "Point n° 1 – DCM 2025-03-01", "Question 4 : D2024-12"
    r"|(?i:point|question|sujet)[ \t]+(?:n°|no)?[ \t]*\d{1,3}[ \t]*[-–:.][ \t]*)?"
    r"(?:(?:délibération|deliberation|affaire|acte|décision|rapport|dossier|projet\s+de\s+délibération)"
    r"[ \t]*(?:n°|no|numéro)?[ \t]*:?[ \t]*)?"
    r"(?P<code>(?:n°[ \t]*)?(?:" + ACT_CODE + r"))"
    # not a date, an amount or a table cell going on with digits
    r"(?!\d|[,/.\-_]\d|[ \t]*(?:€|euros?\b|%|m²|ha\b|h\b|heures?\b))"
    r"[ \t]*(?:[-–—:.][ \t]*)*(?:objet[ \t]*:[ \t]*)?(?P<title>[^\n]*)$"
)

# "Objet : …" lines: the title of the act.
OBJECT_LINE = r"^[ \t]*(?:objet|obj\.)[ \t]*:[ \t]*(?P<title>\S[^\n]*)$"

# Lettered sub-headings: "a. Acquisition d'une désherbeuse", "b) Décision modificative",
# "A – Demandes de subventions".
# Under a numbered heading, its number first: "2.a – Convention …", "3.b) Programme …", "II-c. …".
LETTERED_LINE = (
    r"^[ \t]*(?:(?:\d{1,2}|[IVX]{1,4})[ \t]*[.\-][ \t]*)?"
    r"(?P<num>[a-hA-H])[ \t]*(?:[.)]|[-–])[ \t]+(?P<title>\p{Lu}[^\n]{2,200})$"
)

# A date alone on its line, between an act's code and its title ("11 février 2020").
DATE_ONLY_LINE = (
    r"^[ \t]*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
    r"(?:\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})[ \t]*$"
)

# The @ctes matière of the act, printed under its title: "7.1 Décisions budgétaires",
# "5.3 Désignation de représentants" (nomenclature des actes, codes 1.1 to 9.4).
MATIERE_LINE = r"^[ \t]*[1-9]\.\d{1,2}(?:\.\d{1,2})?[ \t]+\p{Lu}[\p{Ll}\p{Lu}' ,\-]{3,60}$"

# A numbered heading that names its act at the end: "2. Compte administratif 2024
# (délibération n° 2025-06)", "(DCM n° 2025-06)", "(n° 2025-06)": the code is the number.
TITLE_ACT_REFERENCE = (
    r"[ \t]*\((?:(?i:délibération|délib\.|acte|décision)[ \t]*|(?:DCM|DEL|DC)[ \t]*)?(?i:n°|no)[ \t]*"
    r"(?P<code>" + ACT_CODE + r")[ \t]*\)[ \t.]*$"
)

# A numbered heading that names its act first: "2. DÉLIBÉRATION N° 2025-041 – TARIFS DE LA
# CANTINE", "3. DELIBERATI0N N° 2025-16 - AFFECTATION …" (OCR's 0 for O): the code is the
# number, the rest the title.
TITLE_ACT_LEAD = (
    r"^(?i:d[ée]lib[ée]rati[o0]n|délib\.|acte|décision|DCM|DEL)[ \t]*(?i:n°|no|numéro)[ \t]*"
    r"(?P<code>" + ACT_CODE + r")[ \t]*[-–—:.][ \t]*(?P<title>\S[^\n]*)$"
)

# A paragraph that opens with its matter in capitals, the decision run on after it (a relevé
# de décisions): "COMPTE DE GESTION 2024. Le conseil constate …", "TARIFS DE LA CANTINE : le
# conseil fixe …" (not a dash: titles hold them, "ÉCLAIRAGE PUBLIC – TRANSFERT AU SDE").
RUN_IN_HEADING = (
    r"^[ \t]*(?P<title>\p{Lu}[\p{Lu}\d'’ \-–,()°«»/&]{5,160}?[\p{Lu}\d][ )»]?)"
    r"[ \t]*[.:][ \t]+(?=\p{L})"
)

# A heading's line that labels the item's fields, not its subject: "RAPPORT N° 2025-DM2-01
# Commission : Finances et moyens Rapporteur : M. X" (the title is on the line below; the
# rapporteur is TITLE_TAIL's). ("Commission d'appel d'offres : élection …" is a subject: the
# label stands right before its colon.)
FIELD_LABEL_LINE = (
    r"^[ \t]*(?:commission|service(?:\s+instructeur)?|direction|pôle|délégation"
    r"|thématique|politique\s+publique)[ \t]*:"
)

# A paragraph whose first sentence is its matter, in ordinary case, the matter's account run on
# after it (a small commune's compte rendu in prose): "Tarifs de la salle polyvalente à compter
# du 1er janvier 2026. Le conseil municipal est invité à se prononcer …" (the sentence may wrap
# onto the paragraph's second line; no full stop inside it).
RUN_IN_SENTENCE = r"^[ \t]*(?P<title>\p{Lu}[^.;!?\n]{3,160}?)(?<!\b(?:MM|Mmes|Mme|Mlle|M|Dr|St|Ste))\.[ \t]+(?=\p{Lu})"

# What a heading's title carries after the subject: the rapporteur ("…, Rapporteur Mme X"),
# "(rapporteur : M. X)".
TITLE_TAIL = r"[ \t]*[,(–-]?[ \t]*rapporteur(?:e|s)?[ \t]*:?[ \t]*(?:M\.|Mme|MM\.|Monsieur|Madame|Mr)?[^\n]*$"

# A line that opens a sentence of the record, so no heading's continuation: "Monsieur le Maire
# rappelle …", "Le Conseil municipal, …", "Vu …", "M. X présente le dossier.", "EXPOSE :".
PROSE_OPENING = (
    r"^[ \t]*(?:Monsieur|Madame|Mademoiselle|M\.|Mme|MM\.|Le|La|Les|L'|Il|Elle|Ils|Elles|On|Nous|Vu"
    r"|Considérant|Après|Sur|Par|Dans|Suite|Conformément|Afin|En|Lors|Pour|Ce|Cette|Ces|Un|Une"
    r"|Exposé|EXPOSE|EXPOSÉ|DECISION|DÉCISION|Décision\s*:|Rapporteur)\b"
)

# Words that leave a title open at a line's end: "… de la parcelle AB 107 faisant suite à".
OPEN_ENDINGS = frozenset(
    {"de", "du", "des", "la", "le", "les", "l'", "et", "à", "au", "aux", "en", "pour", "sur", "d'"}
    | {"par", "avec", "dans", "entre", "un", "une", "ou", "–", "-"}
)
