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
    r"réunion\s+du\s+",
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
    r"convocation\s+(?:envoyée|adressée|faite|transmise|expédiée)?\s*(?:aux\s+[\p{L}\s]+?\s+)?(?:le|du)\s+",
    r"date\s+(?:de\s+(?:la\s+)?)?convocation\s*:?\s*(?:le|du)?\s*",
    r"convoquée?s?\s+(?:légalement\s+)?(?:[\p{L}\s,']{0,40}?)?le\s+",
    r"convocation\s*:\s*",
    # Pornic: "sur convocation régulière en date du 19 mars 2021"
    r"convocation\s+[\p{L}\s]{0,30}?en\s+date\s+du\s+",
)

# President. Seed: "Président : Monsieur REBSAMEN"; recueil: "sous la présidence de Monsieur
# Philippe LEMANCEAU, Maire"
PRESIDENT_LABELS: tuple[str, ...] = (
    r"(?<![\p{L}-])président(?:e)?\s+de\s+séance\s*:\s*",
    r"(?<![\p{L}-])présidence\s*:\s*",
    r"(?<![\p{L}-])président(?:e)?\s*:\s*",
    r"sous\s+la\s+présidence\s+de\s+",
    r"présidée?\s+par\s+",
)

# Secretary. Seed: "Secrétaire de séance : Monsieur HOAREAU"; "M. X a été désigné(e)
# secrétaire de séance"; "M SEGUIN a été élu secrétaire de séance"
SECRETARY_LABEL = (
    r"secrétaire\s+de\s+(?:la\s+)?séance[^:]{0,150}:\s*"
    # Pierrefonds: "Secrétaire : Madame Karine DUTEIL" (a line of its own)
    r"|(?:^|\n)\s*secrétaire\s*:\s*"
)
# Flaux: "Monsieur le Maire propose la candidature de Mme MICHOT Patricia en qualité de
# secrétaire pour la présente séance"
SECRETARY_CANDIDATE = (
    r"candidature\s+de\s+((?:(?:M\.|Mme|Monsieur|Madame)\s+)?[\p{Lu}][\p{L}'\-]*(?:\s+[\p{Lu}][\p{L}'\-]*){0,3})"
    r"\s*,?\s+(?:en\s+qualité\s+de|comme)\s+secrétaire"
)
SECRETARY_SENTENCE = (
    r"((?:(?:M\.|Mme|M|Monsieur|Madame)\s+)?[\p{Lu}][\p{L}'\-]*(?:\s+[\p{Lu}][\p{L}'\-]*){0,3})\s+"
    r"(?:a\s+été\s+|est\s+|fut\s+)?(?:désignée?|élue?|nommée?)\s+(?:comme\s+|en\s+qualité\s+de\s+)?secrétaire"
)

# Subject. Seed: "OBJET : ADMINISTRATION GENERALE ET FINANCES" then the title on the next line;
# recueil: "Objet : Modification n°3 du plan local d'urbanisme intercommunal (dossier 2)"
SUBJECT_LABEL = r"(?:^|\n)\s*(?:objet|OBJET|Objet)\s*(?:de\s+la\s+délibération)?\s*:\s*"

# Deliberation number. "Délibération n° 2023-102", "N° DEL2025-59", "n° 20230202-001"
NUMBER_LABEL = (
    r"(?:délibération|deliberation|DÉLIBÉRATION|DELIBERATION)\s*(?:n°|no|n\s*°|numéro|N°)\s*:?\s*"
    r"([A-Z]{0,4}[\s_]?\d[\w\-/._]*\d|\d+)"
)
