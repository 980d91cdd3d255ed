"""Labels of the sitting's header: date, convocation, president, secretary, subject, number."""

from __future__ import annotations

# Sitting date. Seed: "Séance du jeudi 02 février 2023"; recueil: "Séance du Conseil
# communautaire du 5 octobre 2023"; "L'an deux mille vingt-trois, le mercredi 4 octobre 2023";
# Pierrefonds: "Conseil municipal du 19 octobre 2021"; "réuni le …"
SITTING_DATE_LABELS: tuple[str, ...] = (
    r"séance\s+(?:publique\s+|ordinaire\s+|extraordinaire\s+)?(?:du\s+[\p{L}\s']{0,40}?)?(?:du|le)\s+",
    r"séance\s+du\s+",
    r"l'an\s+[\p{L}\s\-]+,\s*le\s+",
    r"(?:conseil|comité|bureau)\s+[\p{L}']+\s+du\s+",
    r"s'est\s+réuni(?:e)?\s+(?:[\p{L}\s,']{0,60}?)?le\s+",
    # Commune (Loire) 2024: "Le Conseil Municipal s'est réuni mercredi 6 novembre 2024"
    r"(?:s'est|se\s+sont)\s+réunie?s?\s+(?=(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s)",
    # Inforoutes: "Les membres du comité syndical se sont réunis le lundi 16 juin 2014"
    r"se\s+sont\s+réunie?s\s+(?:[\p{L}\s,']{0,60}?)?le\s+",
    r"réunion\s+du\s+",
    # Argelès-sur-Mer 2008, extracts one after another: "Délibération n° 1 du 18 DECEMBRE 2008"
    r"délibération\s+n°\s*[\w./-]{1,20}\s+du\s+",
)

# Words that make a dated mention a citation of another sitting, not the sitting's own date,
# when they come earlier in the same sentence. Charchigné: "Approbation à l'unanimité du
# compte-rendu de la réunion du 28 septembre 2016"; Bessais: "fait procéder à la lecture du
# procès-verbal de la séance du 27 mars 2023"; PV 38: "demande l'adoption du conseil municipal du
# 12 septembre 2018"; Roure: "✓ Approbation du Procès – Verbal du Conseil Municipal du 17 février".
CITED_SITTING_CUES_BEFORE: tuple[str, ...] = (
    r"approbation",
    r"approuv",
    r"adopt",
    r"lecture",
    # "délégations consenties au Maire par le Conseil Municipal lors de la séance du 16 mars
    # 2008" (Argelès-sur-Mer)
    r"lors\s+d[eu]",
    r"au\s+cours\s+d[eu]",
)
# The same, said by the sentence's verb after the date. Loctudy: "Le Compte rendu du Conseil
# Municipal du 2 novembre 2021 est approuvé."
CITED_SITTING_CUES_AFTER: tuple[str, ...] = (
    r"(?:est|sont|a\s+été|ont\s+été)\s+(?:approuvée?s?|adoptée?s?)",
)

# The heading of an agenda item that approves another sitting's minutes, the date of those
# minutes after it. When that sitting's own title follows ("Réunion du [later date] EXPOSÉ N°1
# APPROBATION DU PROCÈS-VERBAL DU [date] Réunion du [date]", SIAEP Condom 2021, MISREADINGS
# 13a), the page is the later sitting's cover and the text the earlier sitting's minutes.
ANNEXED_MINUTES_HEADINGS: tuple[str, ...] = (
    r"approbation\s+du\s+(?:procès|proces)\s*[-–]?\s*verbal\s+(?:de\s+la\s+(?:séance|réunion)\s+)?du\s+",
    r"approbation\s+du\s+compte\s*[-–]?\s*rendu\s+(?:de\s+la\s+(?:séance|réunion)\s+)?du\s+",
)

# Place of the sitting. Pierrefonds: "s'est réuni dans la salle du conseil en mairie";
# CC Le Minervois: "s'est réuni, à Agel, en séance ordinaire"; "Lieu : Salle des fêtes";
# Pornic: "s'est réuni à l'Espace Culturel du Val Saint Martin à Pornic".
PLACE_LABELS: tuple[str, ...] = (
    r"(?:s'est|se\s+sont)\s+(?:réunie?s?|assemblée?s?)\s*,?\s*(?:en\s+séance\s+(?:publique|ordinaire|extraordinaire)\s*,?\s*)?(?P<place>(?:à|au|aux|dans|en)\s+(?!séance|session)[^,.;\n]{3,80})",
    r"(?:^|\n)\s*(?:lieu|salle)\s*:\s*(?P<place>[^\n]{3,80})",
)

# Convocation date. Seed: "Convocation envoyée le 27 janvier 2023";
# "Date de convocation : 14/10/2021"; "convoqué le 8 décembre 2022"
CONVOCATION_LABELS: tuple[str, ...] = (
    # Fargues-Saint-Hilaire 2018: "Convocations du 7 décembre 2018"
    r"convocations?\s+(?:envoyée|adressée|faite|transmise|expédiée)?\s*(?:aux\s+[\p{L}\s]+?\s+)?(?:le|du)\s+",
    r"date\s+(?:de\s+(?:la\s+)?)?convocation\s*:?\s*(?:le|du)?\s*",
    r"convoquée?s?\s+(?:légalement\s+)?(?:[\p{L}\s,']{0,40}?)?le\s+",
    r"convocation\s*:\s*",
    # Pornic: "sur convocation régulière en date du 19 mars 2021"
    r"convocation\s+[\p{L}\s]{0,30}?en\s+date\s+du\s+",
    # Conservatoire Ardèche: "après avoir été régulièrement convoqué par courrier en date du 17
    # mai 2019"
    r"convoquée?s?\s+[\p{L}\s,']{0,40}?en\s+date\s+du\s+",
    # Questembert: "sur la convocation qui leur a été adressée par le Président le 23 octobre"
    # ("convocaon" where the PDF lost its "ti" ligature, hence "convoca\w*")
    r"convoca\w*\s+qui\s+leur\s+a\s+été\s+(?:adressée|envoyée|transmise|remise)\s+(?:par\s+(?:le|la)\s+\p{L}+\s+)?le\s+",
    # SIVOM Alliance Nord-Ouest: "Convocation aux membres du Comité Syndical et affichage le 18
    # mars 2009"; Loir-Lucé-Bercé: "les convocations individuelles, l'ordre du jour et les notes
    # explicatives de synthèse ont été transmis par la voie du courriel aux conseillers
    # communautaires le 12 Novembre 2020" (the label runs up to the date, in digits)
    r"convocations?\s+(?:aux|individuelles)[\s,][^.;:\n]{0,160}?\s(?:le|du)\s+(?=\d)",
)

# An office its holder is named by ("Monsieur le Maire", "Madame la 1ère Adjointe").
_OFFICE = (
    r"(?:maire|présidente?|vice-présidente?|(?:\d+\s*(?:er|ère|e|ème)|premier|première)\s+"
    r"(?:adjointe?|vice-présidente?)(?:\s+au\s+maire)?|adjointe?(?:\s+au\s+maire)?)"
)

# President. Seed: "Président : Monsieur REBSAMEN"; recueil: "sous la présidence de Monsieur
# Philippe LEMANCEAU, Maire" (its accent lost in a scan: "sous la presidence de M. X")
# The labels as written in capitals lose their accents: "PRESIDENT : Prénom NOM".
PRESIDENT_LABELS: tuple[str, ...] = (
    r"(?<![\p{L}-])pr[ée]sident(?:e)?\s+de\s+s[ée]ance\s*:\s*",
    r"(?<![\p{L}-])pr[ée]sidence(?:\s+de\s+(?:la\s+)?s[ée]ance)?\s*:\s*",
    # not who appoints a list's members: "Membres nommés par la Présidente : Mme X, …"
    r"(?<![\p{L}-])(?<!\bpar\s+(?:le|la)\s+)pr[ée]sident(?:e)?\s*:\s*",
    # The office, then the name in apposition: "sous la présidence de Monsieur le Président,
    # Prénom NOM." (MISREADINGS 14), "présidée par Madame la Maire, Prénom NOM"; the civility
    # of the office is the holder's.
    r"(?:sous\s+la\s+pr[ée]sidence\s+de|présidée?\s+par)\s+(?P<civility>monsieur|madame|m\.|mme)\s+(?:le|la)\s+"
    rf"{_OFFICE}\s*,\s*",
    # The civility at a line's end, the name after a blank line: "sous la présidence de M." ⏎⏎
    # "NOM, Maire." (MISREADINGS 14); the civility is kept with the name.
    r"sous\s+la\s+pr[ée]sidence\s+de\s+(?P<civility>M\.|Mme|Monsieur|Madame|Mr)[ \t]*\n\s*",
    # Not "de Monsieur le Maire": an office, not a name ("le" is no given name).
    rf"sous\s+la\s+pr[ée]sidence\s+de\s+(?!(?:monsieur|madame|m\.|mme)\s+(?:le|la)\s+{_OFFICE}\b)",
    # The name elided onto "d'": "sous la présidence d'Annick LE GALL, maire"
    r"sous\s+la\s+pr[ée]sidence\s+d['’](?=\p{Lu})",
    # Poissons: "sous la présidence du Maire, M ADAM Bernard."; "de la maire, Prénom NOM",
    # "de la présidente, Prénom NOM"
    r"sous\s+la\s+pr[ée]sidence\s+(?:du\s+(?:maire|président)|de\s+la\s+(?:maire|présidente))\s*,\s*",
    r"présidée?\s+par\s+",
    # Inforoutes: "régulièrement convoqués par le Président, Monsieur Maurice QUINKAL" (last: the
    # one who convenes presides unless a label above says otherwise)
    r"convoquée?s?\s+par\s+(?:le|la)\s+présidente?\s*,\s*",
)

# Words that follow a name to give its function, after which the name has ended: Bessais "sous
# la présidence de monsieur AUDONNET Serge maire", Charchigné "Monsieur JEUSSE Loïc, Maire".
NAME_FUNCTION_WORDS: tuple[str, ...] = (
    "maire",
    "président",
    "présidente",
    "adjoint",
    "adjointe",
    "conseiller",
    "conseillère",
    "vice-président",
    "vice-présidente",
)

# Headings that end a name run on into them where the line breaks were lost. PV 38:
# "Secrétaire de séance : Gilles SOUDARIN ORDRE DU JOUR :"; SIAEP Condom: "SECRETAIRE DE SEANCE :
# Mme BROCA - LANNAUD Marie - Thérèse Ordre du jour :"; Médoc Atlantique "SECRETAIRE DE SEANCE :
# Adrien DEBEVER ------------ DESIGNATION …"
NAME_STOP_HEADINGS: tuple[str, ...] = (
    r"ordre\s+du\s+jour",
    r"(?:étaient|etaient|sont)\s+(?:présents|presents|absents)",
    r"présents?\s*:",
    r"presents?\s*:",
    r"absents?\b",
    r"excusée?s?\s*:",
    r"pouvoirs?\s*:",
    r"procurations?\s*:",
    r"objet\s*:",
    r"-{3,}|_{3,}|\*{3,}",
)

# Secretary, by a label the name follows. Tried row by row, the first row that names someone
# wins, so the specific labels come before the general one.
SECRETARY_LABELS: tuple[str, ...] = (
    # A delegate given with their member commune first: "Secrétaire de séance : Commune de X -
    # M. NOM Prénom" (intercommunal bodies, MISREADINGS 5)
    r"secr[ée]taires?\s+de\s+(?:la\s+)?s[ée]ance\s*:\s*(?:commune|ville|mairie)\s+(?:de\s+|d['’]\s?)"
    r"[^\n:;]{1,40}?\s+[-–]\s+",
    # A vote on the office: heading "Secrétariat de séance" then "… propose que le secrétariat
    # de la séance soit assuré par Prénom NOM" (MISREADINGS 5); "Secrétariat de séance assuré
    # par M. NOM" (no verb)
    r"secr[ée]tariat\s+(?:de\s+(?:la\s+)?s[ée]ance\s+)?(?:(?:soit|sera|est|a\s+été)\s+)?assuré\s+par\s+",
    # The verb before the name: "Le Conseil a choisi pour secrétaire : Mme NOM Prénom"
    # (Putanges-le-Lac 2017), "a désigné comme secrétaire de séance M. NOM"
    r"(?:a|ont)\s+(?:choisi|désigné|nommé|élu)\s+(?:pour|comme|en\s+qualité\s+de)\s+secrétaire"
    r"(?:\s+de\s+(?:la\s+)?séance)?\s*:?\s*",
    # The verb first, starting its sentence: "Est nommé secrétaire, Mr NOM" (MISREADINGS 5);
    # its capital tells the sentence's start in a text without line breaks
    r"(?:(?<=(?:^|[.;:!?\n])\s*)(?:est|a\s+été)|(?-i:Est|A\s+été))\s+(?:nommée?|désignée?|élue?)(?:\s*\(e\))?\s+"
    r"(?:comme\s+|en\s+qualité\s+de\s+)?secrétaire(?:\s+de\s+(?:la\s+)?séance)?\s*[,:]\s*",
    # Seed: "Secrétaire de séance : Monsieur HOAREAU"; Médoc Atlantique, SIAEP Condom:
    # "SECRETAIRE DE SEANCE : Adrien DEBEVER" (capitals without accents); Saclas: "Secrétariat
    # de séance : Monsieur Alain GAUCHER."; Ouvèze-Payre: "Désignation secrétaire de séance :
    # Monsieur Christophe Vignal"; Pierrefonds 2025: "Désignation d'un secrétaire de séance
    # (article L.2121-15 du CGCT applicable en vertu de l'article L.⏎ 5211-1 du CGCT) : Mme
    # Anne-Marie DEFRANCE"; Fargues-Saint-Hilaire 2018: "Secrétaires de Séance : Prénom NOM ;
    # Prénom NOM" (two: the first is read). The label does not run into a new sentence or a
    # line in capitals (Roure: "… a été nommé secrétaire de séance.⏎ORDRE DU JOUR :⏎✓
    # Approbation …" names no one after the colon).
    r"secr[ée]ta(?:ires?|riat)\s+de\s+(?:la\s+)?s[ée]ance"
    r"(?:[^:\n.]|\.(?!\s+(?-i:\p{Lu})\p{L})|\n(?!\s*(?-i:\p{Lu}{2}))){0,150}:\s*"
    # Pierrefonds: "Secrétaire : Madame Karine DUTEIL" (a line of its own)
    r"|(?:^|\n)\s*secr[ée]taire\s*:\s*",
)

# A name as a sentence gives it before its verb, kept on its line ("Absents :\n\nNéant\n\nMme
# Michèle GARCIA a été élue …"): an optional civility and up to four capitalised words.
_NAME = (
    r"((?:(?:M\.|Mme|M|Mr|Monsieur|Madame|Messieurs|Mesdames|MM\.?)[ \t]+)?"
    r"[\p{Lu}][\p{L}'\-]*(?:[ \t]+[\p{Lu}][\p{L}'\-]*){0,3})"
)
_ANOTHER_NAME = _NAME.replace("((?:", "(?:(?:", 1)
_DESIGNATED = r"(?:a\s+été|est|fut)\s+(?:désignée?|élue?|nommée?)(?:\s*\(e\))?"

# Capitalised words that a sentence's name run picks up before the name where the text lost
# its line breaks ("… au sein du Conseil Municipal DUPONT Anne ayant obtenu …"): never the
# start of a person's name, so they are dropped from its front.
NOT_NAME_STARTS: frozenset[str] = frozenset(
    {
        "conseil",
        "conseillers",
        "municipal",
        "municipale",
        "communautaire",
        "syndical",
        "comité",
        "bureau",
        "assemblée",
        "ordre",
        "jour",
        "séance",
        "secrétaire",
        "présents",
        "absents",
        "excusés",
        "pouvoirs",
        "procurations",
        "néant",
    }
)

# President, by a sentence that names them before the verb, read when no label above names
# anyone; group 1 is the name. "Monsieur Prénom NOM, Maire, déclare la séance ouverte"
# (Senan), "Monsieur Prénom NOM, Maire, ouvre la séance à 20h36" (Fargues-Saint-Hilaire 2018),
# "M. NOM préside la séance".
PRESIDENT_SENTENCES: tuple[str, ...] = (
    # (not the office alone: "Monsieur le Maire ouvre la séance" names no one)
    r"(?<![\p{L}'’])(?<!\b(?i:le|la|du|de)\s)"
    r"(?!(?i:(?:monsieur|madame|m\.|mme)\s+)?(?i:(?:le|la)\s+)?(?i:maire|présidente?)\b)"
    rf"{_NAME}\s*,?\s*(?:(?i:maire|présidente?|vice-présidente?|(?:\d+\s*(?:er|ère|e|ème)|premier|première)"
    r"\s+(?:adjointe?|vice-présidente?)(?:\s+au\s+maire)?|adjointe?(?:\s+au\s+maire)?)\s*,\s*)?"
    r"(?i:déclare\s+(?:la\s+séance\s+ouverte|ouverte\s+la\s+séance)|ouvre\s+la\s+séance|préside\s+la\s+séance)",
)

# Secretary, by a sentence that designates them; group 1 is the name. Case matters (the name is
# told by its capitals): the phrasing's own words say where they may be capitalised. Tried row
# by row.
SECRETARY_SENTENCES: tuple[str, ...] = (
    # Seed: "M. X a été désigné(e) secrétaire de séance"; "M SEGUIN a été élu secrétaire de
    # séance"; L'Arbresle 2013: "M. PERRAUD est désigné(e) en tant que secrétaire de séance."
    rf"{_NAME}\s+(?:(?:a\s+été\s+|est\s+|fut\s+)?(?:désignée?|élue?|nommée?)(?:\s*\(e\))?\s+"
    r"(?:comme\s+|en\s+qualité\s+de\s+|en\s+tant\s+que\s+)?"
    # Pronleroy: "… décide à l'unanimité des membres présents que Madame⏎Elodie FREIRE JORGE
    # sera Secrétaire de séance."
    r"|sera\s+(?:la\s+|le\s+)?)[sS]ecrétaire",
    # Two at once, the first is read: "Messieurs Prénom NOM et Prénom NOM sont nommés
    # secrétaires de séance" (Fargues-Saint-Hilaire 2018)
    rf"{_NAME}\s+et\s+{_ANOTHER_NAME}\s+(?:ont\s+été|sont)\s+(?:désigné|élu|nommé)e?s\s+"
    r"(?:comme\s+|en\s+qualité\s+de\s+|en\s+tant\s+que\s+)?[sS]ecrétaires",
    # The assembly's verb before the name: "Le conseil désigne Madame Prénom NOM comme
    # secrétaire de séance", "… élit M. NOM secrétaire"
    r"\b(?i:désigne(?:nt)?|nomme(?:nt)?|élit|élisent|choisit|choisissent)\s+"
    rf"{_NAME}\s*,?\s+(?:comme\s+|en\s+qualité\s+de\s+|en\s+tant\s+que\s+|pour\s+)?[sS]ecrétaire",
    # The office as a task: "M. NOM est désigné pour assurer le secrétariat de séance", "Mme
    # NOM accepte d'assurer les fonctions de secrétaire"
    rf"{_NAME}\s+(?:{_DESIGNATED}\s+pour\s+|accepte\s+d['’]\s?|est\s+chargée?\s+d['’]\s?)?"
    r"(?:assurer|assure|assurera|remplir|remplira|exercer)\s+"
    r"(?:le\s+secrétariat|les?\s+fonctions?\s+de\s+secrétaire)",
    # Flaux: "Monsieur le Maire propose la candidature de Mme MICHOT Patricia en qualité de
    # secrétaire pour la présente séance"
    r"candidature\s+de\s+((?:(?:M\.|Mme|Monsieur|Madame)\s+)?[\p{Lu}][\p{L}'\-]*(?:\s+[\p{Lu}][\p{L}'\-]*){0,3})"
    r"\s*,?\s+(?:en\s+qualité\s+de|comme)\s+secrétaire",
    # The office named first, then an anaphora: "… à la nomination d'un secrétaire … Monsieur
    # Prénom NOM est désigné pour remplir cette fonction."; "… à l'élection d'un secrétaire …
    # NOM Prénom ayant obtenu la majorité des suffrages, a été désignée pour remplir ces
    # fonctions" (the usual CGCT L2121-15 formula, MISREADINGS 5)
    r"(?i:secr[ée]tai(?:re|riat))(?s:.){0,400}?\b"
    rf"{_NAME}(?:\s*,?\s+ayant\s+obtenu[^,.;\n]{{0,60}}?)?\s*,?\s+{_DESIGNATED}\s+"
    r"pour\s+(?:remplir|assurer|exercer|occuper)\s+(?:cette|ces|la|les)\s+fonctions?",
    # A numbered item on the office, then the first designation in its prose: "I. DESIGNATION
    # D'UN SECRETAIRE DE SEANCE ⏎ Monsieur Prénom NOM est désigné à l'unanimité." (on one line
    # too, where the text lost its line breaks)
    r"(?i:(?:d[ée]signation|nomination|[ée]lection|choix)\s+d['’]\s?une?\s+secr[ée]taire"
    r"(?:\s+de\s+(?:la\s+)?s[ée]ance)?)(?:[^\n]{0,80}\n|[\s:.\-–]+)(?s:.){0,300}?\b"
    rf"{_NAME}\s+{_DESIGNATED}\b",
)

# The words one of which each row of PRESIDENT_SENTENCES / SECRETARY_SENTENCES needs, row for
# row, as they read in the casefolded text. A text with none of them skips the row: the rows
# try a name at every capital of the opening, and cost most of the header's time where the
# label was not found (a 20-act recueil: 0.16 s of 0.7 s).
PRESIDENT_SENTENCE_WORDS: tuple[tuple[str, ...], ...] = (("déclare", "ouvre", "préside"),)
SECRETARY_SENTENCE_WORDS: tuple[tuple[str, ...], ...] = (
    ("secrétaire",),
    ("secrétaire",),
    ("secrétaire",),
    ("secrétariat", "secrétaire"),
    ("secrétaire",),
    ("secrétai", "secretai"),
    ("secrétaire", "secretaire"),
)

# Subject. Seed: "OBJET : ADMINISTRATION GENERALE ET FINANCES" then the title on the next line;
# recueil: "Objet : Modification n°3 du plan local d'urbanisme intercommunal (dossier 2)"
# Argelès-sur-Mer 2008: "1° Objet : COMPTE-RENDU DE DELEGATIONS" (the act's rank first).
SUBJECT_LABEL = (
    r"(?:^|\n)\s*(?:\d{1,3}\s*°\s*)?(?:objet|OBJET|Objet)\s*(?:de\s+la\s+délibération)?\s*:\s*"
)

# The act's number alone on the line next to its "Objet :" (above or below): "N° 2022-045",
# "n° DEL2025-59", "DCM-2022-045", "Délibération 2022/45". A bare number needs its "N°"; a
# code needs letters in it (a date alone on a line is the sitting's, not the act's).
NUMBER_LINE = (
    r"^[ \t]*(?:(?:délibération|deliberation|DÉLIBÉRATION|DELIBERATION)[ \t]*)?"
    r"(?:(?:n°|no\.?|n[ \t]*°|numéro)[ \t]*:?[ \t]*(?P<number>[A-Z]{0,5}[ \t_.-]?\d[\w\-/.]*)"
    r"|(?P<code>[A-Z]{1,5}[ \t_.-]?\d{2,4}[-_/.]\d{1,4}(?:[-_/.]\d{1,4})?))[ \t]*$"
)

# Deliberation number. "Délibération n° 2023-102", "N° DEL2025-59", "n° 20230202-001"
NUMBER_LABEL = (
    r"(?:délibération|deliberation|DÉLIBÉRATION|DELIBERATION)\s*(?:n°|no|n\s*°|numéro|N°)\s*:?\s*"
    r"([A-Z]{0,4}[\s_]?\d[\w\-/._]*\d|\d+)"
)
