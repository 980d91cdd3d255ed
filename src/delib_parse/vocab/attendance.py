"""Headings of the attendance lists and the phrasings of proxies."""

from __future__ import annotations

# Headings are matched without regard to case or accents: "ETAIENT PRESENTS :" (red team
# 09-medoc), "ABSENTS AYANT DONNE PROCURATION :" (05-loctudy) read as their accented forms.

# Headings that open the list of members present (regex, case-insensitive, at a line start
# or after a sentence end). Seen: seed "Membres présents :"; recueil commune style
# "Etaient présents : M. X, Mme Y"; recueil EPCI style "Présents : Monsieur X ; …";
# Pornic "Présents : M. Jean-Michel BRARD, Maire, Mmes et MM. …".
# The inclusive endings after "présent": "présent(e)s", "présents (e)s", "présents(es)"
# (Sud-Gironde), "présent(es)".
_PRESENT_ENDINGS = r"(?:\(e\))?e?s?(?:\s*\(e\)s|\s*\((?:e|es|s)\))?"
PRESENT_HEADINGS: tuple[str, ...] = (
    # A note in brackets before the colon: "Etaient présents (délégués titulaires sauf
    # mention contraire) :", "Présents (en visioconférence pour deux d'entre eux) :"
    r"(?:[ée]taient\s+|membres\s+|délégués\s+)?présent"
    + _PRESENT_ENDINGS
    + r"\s*\([^()\n]{3,80}\)(?=\s*:)",
    # CD Nord: "Etaient présents au moment de l appel nominatif :" (the colon is required)
    r"[ée]taient\s+présents?\s+(?:au|à|a|lors)\s+[\p{L}'’ ]{1,50}?(?=\s*:)",
    # Lachamp-Ribennes: "Sont présents :Maxime AVININ, …"
    r"sont\s+présent" + _PRESENT_ENDINGS,
    # "Conseiller présents :" (Wattwiller): the plural lost on the first word
    r"(?:membres|conseillers?|élus|délégués)\s+(?:titulaires\s+)?présents",
    r"[ée]taient\s+présent"
    + _PRESENT_ENDINGS
    + r"(?:\s+(?:les\s+)?(?:membres|conseillers|élus)[\p{L}\s']*?)?",
    # (and the typo "Etaients présents : MM. …")
    r"étai(?:en)?ts?\s+présents?",
    r"présent" + _PRESENT_ENDINGS,
    # SM Croult 2020: "Dont (48) présent(e)s avec droit de vote formant le quorum CAPV :
    # Philippe FEUGERE (Andilly), …" (the first member body's label before the colon)
    r"(?:membres\s+|délégués\s+)?présent"
    + _PRESENT_ENDINGS
    + r"\s+avec\s+droit\s+de\s+vote(?:\s+formant\s+le\s+quorum)?(?:\s+(?-i:\p{Lu}{2,}))?",
    # Syndicat (Ardèche) 2009: "présents ayant voix délibérative : Mesdames et Messieurs …"
    r"(?:membres\s+|délégués\s+)?présent"
    + _PRESENT_ENDINGS
    + r"\s+(?:ayant|avec)\s+voix\s+délibératives?",
)

# "absent(s)", "absente", "excusé(e)s", "excusé(s)": the inclusive spellings.
# … and "(s/es)" (Pronleroy: "Absent(s/es) représenté(s/es) :").
_MARKS = r"(?:\((?:e|s|es|s/es|e/s|es/s)\)|e|s){0,3}"
_ABSENT = r"absent" + _MARKS
_EXCUSED = r"excusé" + _MARKS

# Headings of members absent who gave a proxy. Recueil commune style:
# "Absents représentés : M. X (pouvoir à Mme Y)"; EPCI style: "Pouvoirs : X à Y".
PROXY_HEADINGS: tuple[str, ...] = (
    # CC Lisières de l'Oise: "Absent(s) ayant donné procuration à :"; Loir-Lucé-Bercé:
    # "Absents/Excusés ayant donné procuration :"
    _ABSENT
    + r"(?:\s*/\s*|\s+)(?:"
    + _EXCUSED
    + r"\s+)?(?:représenté"
    + _MARKS
    + r"|ayant\s+(?:donné|remis)\s+(?:un\s+|leur\s+|son\s+)?(?:pouvoir|procuration)s?(?:\s+à)?)",
    # Commune de la Loire: "Absents avec pouvoir : MARECHAL Jacques, pouvoir à BAROU Guy"
    r"absent(?:\(e\))?s?\s+(?:excusé(?:\(e\))?s?\s+)?avec\s+(?:pouvoirs?|procurations?)",
    # Émerainville: "ETAIENT REPRESENTES :" then "Marie Françoise DELINE par Alain KELYOR";
    # CCAS 2021: "Etait absente représentée :"
    r"[ée]tai(?:en)?t\s+(?:" + _ABSENT + r"\s+)?représenté(?:\(e\))?e?s?",
    r"(?:membres\s+)?représenté" + _MARKS,  # "Représentée : Mme X, qui a donné procuration à …"
    # "EXCUSÉS / REPRÉSENTÉS" (a CCAS): the proxies among the excused
    _EXCUSED + r"\s*(?:/|et)\s*représenté" + _MARKS,
    # MISREADINGS 10: a sentence, "Ont donné pouvoir écrit de voter en leur nom : NOM Prénom
    # à NOM Prénom — …"; L4: "Absents ayant donné mandat de vote :"
    r"(?:ont|avaient|ayant)\s+donné\s+(?:un\s+|leur\s+)?(?:pouvoirs?|procurations?|mandats?)"
    r"(?:\s+[\p{L}'’]+){0,6}?",
    _ABSENT + r"(?:\s+" + _EXCUSED + r")?\s+ayant\s+donné\s+mandat(?:\s+de\s+vote)?",
    # "Procutations" (Flaux, OCR); "Procuraons" (Questembert 2020: the "ti" ligature lost)
    r"(?:membres\s+)?(?:ayant\s+donné\s+)?(?:pouvoirs?|procurations?|procutations?|procuraons?)(?:\s+de\s+vote)?",
)

# Headings of members absent (with or without proxies listed under them). Seed:
# "Membres absents :"; recueil: "Absents excusés :"; Barneville: proxies under "Absents excusés".
ABSENT_HEADINGS: tuple[tuple[str, bool | None], ...] = (
    # CC Lisières de l'Oise: "Absent(s) et absent(s) excusé(s) :"
    (
        r"absent(?:\(e\))?(?:\(s\))?s?\s+et\s+absent(?:\(e\))?(?:\(s\))?s?\s+excusé(?:\(e\))?(?:\(s\))?s?",
        None,
    ),
    # Commune de la Loire: "Absents et excusés :" (empty)
    (_ABSENT + r"\s+(?:et|ou)\s+" + _EXCUSED, None),
    # MISREADINGS 9: "Absents et procurations : 4 Prénom NOM excusée Prénom NOM Pouvoir à …"
    (_ABSENT + r"\s+et\s+(?:procurations?|pouvoirs?|représentés?)", None),
    # Couthenans: "Non excusé : Mathieu (pas de pouvoir donné)"
    (r"non\s+excusé(?:\(e\))?s?", False),
    # CC Le Minervois: "Etaient absents :", "Etaient excusés :"; Charchigné: "Etait EXCUSEE :"
    (r"[ée]tai(?:en)?t\s+excusé(?:\(e\))?e?s?", True),
    # Conservatoire Ardèche: "Etaient absents ou excusés :"
    (r"[ée]tai(?:en)?t\s+absent(?:\(e\))?e?s?\s+(?:ou|et)\s+excusé(?:\(e\))?e?s?", None),
    # Mûrs-Érigné: "Etaient absents, excusés :"
    (r"[ée]tai(?:en)?t\s+absent(?:\(e\))?e?s?(?:\s*,?\s+excusé(?:\(e\))?e?s?)?", None),
    # CP Mayenne: "S'ÉTAIENT FAIT EXCUSER : Élisabeth DOINEAU (délégation de vote à …)"
    (r"s['’]\s*[ée]tai(?:en)?t\s+fait\s+excuser", True),
    # SIVOM Alliance Nord-Ouest: "Membres titulaires absents, excusés : PLATTEAU Thierry"
    (
        r"(?:membres|conseillers|élus|délégués)\s+(?:titulaires\s+|suppléants\s+)?absents?\s*,?\s*(?:et\s+|ou\s+)?excusés?",
        True,
    ),
    (r"(?:membres|conseillers|élus)\s+absents?\s+excusés?", True),
    (_ABSENT + r"\s+" + _EXCUSED, True),
    (_ABSENT + r"\s*[-–/]\s*" + _EXCUSED, True),  # SIAEP Condom: "ABSENTS - EXCUSES : Mme …"
    (r"excusé(?:\(e\))?e?s?(?:\s*\(e\)s)?", True),  # Viens: "Excusées : …"
    (_ABSENT + r"\s+non\s+" + _EXCUSED, False),  # Le Trait: "Absent(s) non excusé(s):"
    (r"(?:membres|conseillers|élus)\s+absents?", None),
    (r"absent(?:\(e\))?e?s?(?:\s*\(e\)s)?", None),
    (_ABSENT, None),
)

# A civility as it opens a proxy's grantor or holder ("Mme", "M.", "Mr", "Monsieur").
_CIVILITY = r"(?-i:(?:Monsieur|Madame|Mademoiselle|Mmes?|Mlle|MM|Mr|M)\b\.?)"

# Proxy phrasings, as regexes with named groups grantor and holder (DESIGN.md):
# "X pouvoir à Y" (seed), "X a donné pouvoir à Y", "X (pouvoir à Y)" (recueil),
# "X représenté(e) par Y", "procuration de X à Y", "X donne pouvoir à M. le Maire" (Pornic),
# "pouvoir donné Patrick" (Couthenans, no "à").
PROXY_PATTERNS: tuple[str, ...] = (
    r"^procuration\s+de\s+(?P<grantor>.+?)\s+(?:à|a|au)\s+(?P<holder>.+)$",
    # (accents optional where a scan's OCR lost them: "a donne pouvoir", "representee par")
    r"^(?P<grantor>.+?)\s*[(,]?\s*(?:qui\s+)?(?:a\s+donn[ée]|avai(?:en)?t\s+donn[ée]|donne|ayant\s+donn[ée]|a\s+remis|avait\s+remis|remet)?\s*(?:son\s+|un\s+)?(?:pouvoir|procuration|mandat|d[ée]l[ée]gation)\s+(?:de\s+vote\s+)?(?:donn[ée]e?\s+)?(?:à|a|au|en\s+faveur\s+de)?\s*(?P<holder>[^()]+?)\s*\)?$",
    r"^(?P<grantor>.+?)\s*[(,]?\s*(?:est\s+)?repr[ée]sent[ée]e?\s+par\s+(?P<holder>[^()]+?)\s*\)?$",
    # MISREADINGS 10: the holder in brackets with a bare "à": "Mme NOM (à M NOM)"
    r"^(?P<grantor>[^()]+?)\s*\(\s*(?:à|a|au)\s+(?P<holder>[^()]+?)\s*\)$",
    # … and a bare "à" between two names that each have a civility, under any heading:
    # "Absents : Mme NOM Prénom à Mr NOM Prénom"
    r"^(?P<grantor>"
    + _CIVILITY
    + r"\s*[^()]+?)\s+(?:à|au)\s+(?P<holder>"
    + _CIVILITY
    + r"\s*[^()]+?)$",
    # CCAS 2021: "Mme Annie BRANGBOUR mandataire M. Yves REHN" (the holder named after)
    r"^(?P<grantor>.+?)\s*[(,]?\s*(?:a\s+pour\s+)?mandataire\s*:?\s+(?P<holder>[^()]+?)\s*\)?$",
)

# A proxy told from the holder's side, in the present list: "Virginie POULAIN, Maire
# (pouvoir de Cédric MOSCATELLI)" (red team 22-pv-2018). The holder is the member before the
# bracket; the group holder is what is left of the item (a name, a function, or nothing).
PROXY_RECEIVED_PATTERN = r"^(?P<holder>[^()]*?)\s*\(\s*(?:a\s+reçu\s+)?(?:pouvoir|procuration|mandat|délégation\s+de\s+vote)\s+(?:reçue?\s+)?(?:de|d['’])\s*(?P<grantor>[^()]+?)\s*\)$"

# Words that make an item of a present list a proxy rather than a member: "Sylvain COSNARD
# a donné procuration à Christine ZAMUNER" under a heading read as present (red team
# 05-loctudy), "Adeline (procuration à Mario)" (Couthenans).
# (accents optional where a scan's OCR lost them: "representee par", "a donne pouvoir")
PROXY_WORDS = (
    r"\b(?:pouvoirs?|procurations?|d[ée]l[ée]gation\s+de\s+vote|repr[ée]sent[ée]e?\s+par)\b"
)

# Verbs that end a proxy's grantor: an item split before "NAME <verb>", and a line that
# opens with one continues the line before ("…, Marie-France NABOULET⏎pouvoir à Richard
# GRIBALDO.", red team 07-roure).
PROXY_VERBS = r"(?:donne|a\s+donn[ée]|avai(?:en)?t\s+donn[ée]|ayant\s+donn[ée]|repr[ée]sent[ée]e?\s+par|pouvoir\s+(?:à|a|au)|procuration\s+(?:à|a|au))"

# Inside a "Pouvoirs :" section the items read "X à Y"; under "Représentés :" they read
# "X par Y" (Lachamp-Ribennes: "Représentés :Mireille MEISSONNIER par Marianne MOULIN,").
SECTION_PROXY_PATTERN = r"^(?P<grantor>.+?)\s+(?:à|a|au|par|→|->|=>)\s+(?P<holder>.+)$"

# Substitutes are not proxies ("FOUQUET M.J. (remplace ROQUE J.)").
SUBSTITUTE_WORDS = r"\b(?:remplacée?\s+par|remplace|suppléante?\s+de|suppléée?\s+par)\b"

# What ends an attendance section: other headings of the sitting.
SECTION_ENDS: tuple[str, ...] = (
    r"secrétaires?\s+de\s+séance",  # Fargues: "Secrétaires de Séance : A ; B"
    r"secrétariat\s+de\s+séance",  # Saclas: "Secrétariat de séance : Monsieur Alain GAUCHER."
    # Charchigné: "Mme BAHIER Marie Laure a été élue secrétaire." after the excused
    r"[^\n.;:]{0,80}?\s(?:a\s+été|est|sont|ont\s+été)\s+(?:élue?s?|désignée?s?|nommée?s?)\s+(?:comme\s+|en\s+qualité\s+de\s+)?secrétaires?",
    # Pierrefonds: "Secrétaire : Madame Karine DUTEIL" after "Absent :"; Pronleroy:
    # "Secrétaire auxiliaire :"
    r"secrétaires?(?:\s+\p{L}+){0,2}(?=\s*:)",
    r"objet\s*:",
    r"ordre\s+du\s+jour",
    r"(?:le\s+)?quorum",
    r"le\s+conseil",
    r"après\s+en\s+avoir",
    r"délibération\s+n",
    # the first item's heading right after the lists: "Rapport n° 1.1 — …", "Affaire n° 3"
    r"(?:rapport|affaire|dossier)\s+n(?=\s*°|o\b)",
    r"assistai(?:en)?t\s+également",
    # Non-members who sat in: "Assistent sans voix délibératives" (Région Centre), "Également
    # présents : M. X - Directeur" (Sancy Artense), "Assistaient à la séance :"
    r"assist(?:e|ent|ait|aient)\s+(?:sans\s+voix|à\s+la\s+(?:séance|réunion)|en\s+qualité)",
    r"(?:étai(?:en)?t\s+)?également\s+présente?s?",
    # An arrival or departure during the sitting, told after the lists (parse.events reads
    # it): "Départ de M. X (procuration à Mme Y) à partir du point 5" is no proxy for the
    # whole sitting ("Also seen on real PDFs").
    r"(?:départ|arrivée?|sortie|retour)\s+(?:de|d['’]|du|des)\s",
    # "Assistaient : M. NOM, Directeur Général des Services" (staff and guests)
    r"assist(?:e|ent|ait|aient)(?=\s*:)",
    r"(?:nombre\s+de\s+)?votants",
    r"rapporteur",
    r"en\s+exercice",
    # Viens: "• Président de séance : Frédéric ROUX, Maire ;", "• Effectif valable : 10 + 5 …"
    r"présid(?:ent|ente|ence)\s+de\s+(?:la\s+)?séance",
    # Émerainville: "INVITEES PERMANENTES : Chantal MAILLET, …" (not members)
    r"invitée?s?(?:\s+permanente?s?)?(?=\s*:)",
    r"effectif",
    # The titulaires a suppléant sat for, named after the present list: "Délégués titulaires
    # représentés par leur suppléant : M. X (Mézeyrac), représenté par Mme Y ; …" (absent,
    # replaced: neither present nor a proxy)
    r"(?:délégués\s+|membres\s+|conseillers\s+)?titulaires?\s+(?:représenté|remplacé|suppléé)e?s?\s+par",
)

# Headings specific enough to be read in the middle of a line, where a web page or a PDF that
# lost its line breaks runs them on: "… DU 03 JUILLET 2019 Etaient présents : Mme Agnès
# AUDOUX, …" (red team 20-villiers), "Membres en exercice : 82 Etaient présents au moment de
# l appel nominatif :" (14-cd-nord), "Gilles SOUDARIN ORDRE DU JOUR :" (22-pv-2018). Each
# is several words and needs its colon, so a sentence that merely cites it does not open a list.
INLINE_HEADINGS: tuple[str, ...] = (
    r"[ée]taient\s+présents?[^:\n]{0,60}:",
    r"sont\s+présents?\s*:",
    r"présent(?:\(e\))?s\s+avec\s+droit\s+de\s+vote[^:\n]{0,60}:",
    r"(?:membres|conseillers|élus|délégués)\s+présents?\s*:",
    # Le Trait: "…, Patrick CALLAIS Absent(s) excusé(s) ayant remis un pouvoir : …"
    _ABSENT
    + r"\s+(?:(?:non\s+)?"
    + _EXCUSED
    + r"(?:\s+ayant\s+(?:donné|remis)\s+[\p{L} ]{1,20}?)?|représentés?|avec\s+pouvoirs?"
    + r"|ayant\s+(?:donné|remis)\s+[\p{L} ]{1,20}?)\s*:",
    # (and the singular run on after a holder: "… à M. DUPONT, Etait absente : Mme NOM")
    r"[ée]tai(?:en)?t\s+(?:absente?s?|excusée?s?)[^:\n]{0,30}:",
    r"secrétaires?\s+de\s+séance\s*:",
    r"ordre\s+du\s+jour\s*:",
    # CP Mayenne: "…, Olivier RICHEFOU, S’ÉTAIENT FAIT EXCUSER : Élisabeth DOINEAU (…)"
    r"s['’]\s*[ée]tai(?:en)?t\s+fait\s+excuser\s*:",
    # One-word headings only when a name, not a count, follows: "Absents : 2 Présents :
    # Virginie POULAIN, Maire (pouvoir de …), …" (22-pv-2018), "Président, PRESENTS : Mmes
    # ALLAER Véronique" (11-siaep), "…, Marie-Alexandra CHRISTEL, Secrétaire de séance".
    # Not "Également présents: M. François JONQUERES - Directeur" (staff, Sancy Artense).
    r"(?<!également\s)(?:présents?|absents?(?:\s*[-–]\s*excusés?)?|excusés?|procurations?|pouvoirs?)\s*:\s*(?=\p{Lu})",
)

# Sub-labels inside a list, which group its names but are neither names nor headings:
# "Membres titulaires : DELEBARRE Jean, … Membres suppléants avec Voix Délibératives : LUCOT
# Lise" (red team 10-sivom), "Mesdames : Pascale BORDE-PLANTIER" (13-conservatoire),
# "Commune de Baix : Messieurs Leynaud, Chabal Commune de Chomérac : Monsieur Martin"
# (12-ouveze-payre: a syndicat's delegates by member commune; "Commune de :" when unnamed).
LIST_SUBLABELS: tuple[str, ...] = (
    # MISREADINGS 15: group labels after the names, in inclusive spelling, with no colon:
    # "…, Prénom NOM, délégué(e)s titulaires Prénom NOM Prénom NOM délégué(e)s suppléant(e)s."
    r"délégué(?:\(e\))?(?:\(s\)|s)?\s+(?:titulaires?|suppléant(?:\(e\))?(?:\(s\)|s)?)(?:\b|(?<=\)))(?!\s*:)",
    r"(?:membres\s+|délégués\s+)?(?:titulaires|suppléants?)(?:\s+[\p{L}'’]+){0,4}\s*:",
    r"(?:Mesdames|Messieurs)\s*:",
    # A CCAS board's groups: "Présidente : Mme X, Maire", "Membres élus : …", "Membres
    # nommés : …" under "PRÉSENTS"
    r"(?:membres\s+(?:élus|nommés|désignés|de\s+droit)|présidente?|vice-présidente?s?)\s*:",
    r"(?:Commune|Ville|Communauté)\s+(?:de|d['’]|du|des)\s*[\p{L}'’\- ]{0,40}?\s*:",
    # A group of delegates named in capitals, at a line start or after the previous group:
    # "CDC DU BAZADAIS :AIME Michel (T), …" (Sud-Gironde), "(Piscop). CARPF : Tony FIDAN"
    # (Croult). Case matters: a name in capitals is followed by its given name, not a colon.
    # Not a member's name before its proxy ("M. BEAUFORT : pouvoir à M. SANTOT").
    r"(?-i:(?<=^|(?<!\b(?:M|MM|Mr|Me|Dr|\p{Lu})\.)[.;)]\s{0,3}|\n\s{0,3})"
    r"\p{Lu}{2,}(?:[\s'’\-]+\p{Lu}+){0,6}\s*:)(?!\s*(?i:pouvoir|procuration|donn|représent|mandat))",
)
# A word one of which each row above needs (casefolded): a list with none keeps its text as it
# is, without the patterns' scan (a colon, or "délégué" for the first row).
LIST_SUBLABEL_WORDS: tuple[str, ...] = (":", "délégu")

# Lines that open an item of the agenda: a list ends where one begins (red team section 5).
# "Question 1 – Adhésion à la convention…" (17-bessais), "2019 12 n°01 - Procès Verbal…"
# (01-questembert), "I – PORT DE PLAISANCE" (05-loctudy), "1) Approbation du compte - rendu…"
# (11-siaep), "1-1 Proposition de modification des statuts" (19-charchigne), "- BUDGET
# PRIMITIF DU PORT DE PLAISANCE 2022" (05-loctudy: a title in capitals, with no name in it).
ITEM_OPENINGS: tuple[str, ...] = (
    # Pronleroy: the act's number alone on its line ("N° 2020/11"), its heading on the next
    r"(?:délibération\s+)?[nN]°\s*[\w./-]*\d[\w./-]*[ \t]*$",
    r"question\s+n?°?\s*\d+\b",
    r"\d{4}\s+\d{2}\s+n°\s*\d+",
    r"[IVX]{1,5}\s*[–—-]\s+\p{Lu}",
    # a number, then a title with a word no name has ("Approbation du compte - rendu")
    r"\d{1,2}(?:[.-]\d{1,2})?\s*[).–—-]\s*\p{Lu}[^,\n]*?\s\p{Ll}{4,}",
    r"[-–—]\s*\p{Lu}{2,}(?:\s+(?:\p{Lu}{2,}|\d+)){3,}\s*$",
    # Lachamp-Ribennes: "Travaux d'enfouissement … - versement fonds de concours : 2019-93"
    # (a title that ends with its act number)
    r"\p{Lu}[^\n,]{5,200}?:\s*\d{4}[-./]\d{1,4}\s*$",
)

# Lower-case words inside the names of places (member communes of an intercommunal body,
# printed in capitals: "BESSAY sur ALLIER", "ST GERAND de VAUX", "LUCENAY les AIX"). A line of
# capitals and these words, with no civility and no given name, is a place, not a member.
PLACE_WORDS: tuple[str, ...] = (
    "sur", "sous", "lès", "les", "le", "la", "en", "de", "du", "des", "d'", "d’", "l'", "l’",
    "aux", "au",
)  # fmt: skip

# Member bodies whose delegates an intercommunal body's present list groups under their name,
# inline and with no colon: "PRESENTS : Communauté de Communes X et Y Mr NOM, Mr NOM …
# Métropole Z Mr NOM" (MISREADINGS 8c). The heading runs from these words to the next
# civility.
MEMBER_BODY_HEADINGS: tuple[str, ...] = (
    r"communaut[ée]\s+de\s+communes",
    r"communaut[ée]\s+d['’]\s*agglom[ée]ration",
    r"communaut[ée]\s+urbaine",
    r"m[ée]tropole",
    r"syndicat\s+(?:mixte|intercommunal)",
    r"conseil\s+(?:d[ée]partemental|r[ée]gional)",
    r"(?:commune|ville)\s+(?:de|d['’]|du|des)",
)
# A word one of which each heading above needs (casefolded): a list with none names no member
# body, and is not scanned for one.
MEMBER_BODY_WORDS: tuple[str, ...] = (
    "communaut",
    "tropole",
    "syndicat",
    "conseil",
    "commune",
    "ville",
)

# Words that close an absent member's item when nothing separates it from the next name:
# "Absents et procurations : 4 Prénom NOM excusée Prénom NOM Pouvoir à Prénom NOM".
EXCUSED_WORDS = r"(?i:excusée?s?|absente?s?)"

# Words that open the holder's half of a proxy when the pair is broken across a line:
# "…, M. NOM Prénom" / "à Mme NOM Prénom" (MISREADINGS 10).
HOLDER_OPENINGS: tuple[str, ...] = (r"à", r"au", r"donne\s+(?:pouvoir|procuration)\s+à")

# Headings of others who were present too. When the president is named in the opening and no
# present list is found, the list under one of these is the members' (MISREADINGS 19: "…
# sous la présidence de M. NOM, Maire. Etaient également présents : M. NOM, …, Maires
# Adjoints, Mme NOM, …, Conseillers Municipaux, formant la majorité des membres en exercice.")
# — read so only when it carries one of MEMBER_LIST_MARKS (staff lists do not: "Également
# présents : M. NOM - Directeur").
ALSO_PRESENT_HEADINGS: tuple[str, ...] = (
    r"(?:[ée]tai(?:en)?t\s+|sont\s+)?également\s+présent(?:\(e\))?e?s?",
)
MEMBER_LIST_MARKS = (
    r"\b(?:formant\s+la\s+majorité|conseill(?:er|ère)s?\s+(?:municipa|communautaire)"
    r"|maires?[\s\-]+adjoint|adjoint(?:e|s|es)?\s+au\s+maire|adjoints|délégués?\s+titulaire)"
)

# Pieces of a left-margin block that a two-column extract, flattened line by line, drops
# inside the lists (MISREADINGS 17: "…, NOM, dd/mm/yyyy Prénom NOM, …, Prénom NOM Nombre de
# conseillers : Excusés : …"; "Prénom NOM à Prénom Conseil Municipal peut | NOM"): removed
# from a list's text before its names are read.
MARGIN_FRAGMENTS: tuple[str, ...] = (
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b",  # the convocation or display date
    r"\bnombre\s+de\s+(?:conseillers|membres|délégués)(?:\s+(?:en\s+exercice|présents|votants))?\s*:?(?:\s*\d{1,3}\b)?",
    r"\ben\s+exercice\s*:?\s*\d{1,3}\b",
    r"\b(?:département|arrondissement)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)\p{Lu}[\p{L}'’\-]*",
    r"\ble\s+quorum\s+étant(?:\s+atteint)?,?",
    r"(?<=\s)atteint,?\s+le(?=\s+conseil)",
    r"\b(?:le\s+)?conseil\s+(?:municipal|communautaire|syndical)\s+peut(?:\s+valablement)?(?:\s+délibérer)?",
    r"\bvalablement\s+délibérer\b",
    r"\s\|\s",  # a table's column rule
)
# A word one of which each fragment above needs (casefolded), row for row: a list with none has
# no fragment to remove.
MARGIN_WORDS: tuple[str, ...] = (
    "/",
    "nombre",
    "exercice",
    "partement",
    "arrondissement",
    "quorum",
    "atteint",
    "conseil",
    "valablement",
    "|",
)

# Headings with no colon, inside a line, read only when a name follows at once (initial,
# civility, or given name and family name): a counts grid flattened with its lists, "…
# Présents 25 Votants 25 Excusé(e)s S. Cassagne, L. Bourbon … Présent(e)s C. Montin,
# Président, E. Février, …" (CC Saint-Mamet 2013). Case matters: a capital opens them.
COLONLESS_HEADINGS: tuple[tuple[str, str, bool | None], ...] = (
    (r"Présent(?:\(e\)s|\(es\)|es|s)", "present", None),
    (r"Excusé(?:\(e\)s|\(es\)|es|s)", "absent", True),
    (r"Absent(?:\(e\)s|\(es\)|es|s)", "absent", None),
)


# The body of a list heading that names nobody: a count said with the heading's word
# ("Présents : 15 – Pouvoirs : 3 – Votants : 18"), numbers, dashes and count words only.
COUNT_ONLY_BODY = (
    r"[\s\d()–\-,;:/.]*(?:(?:pouvoirs?|procurations?|votants?|présents?|absents?|excusés?"
    r"|représentés?|en\s+exercice)[\s\d()–\-,;:/.]*)*\Z"
)
