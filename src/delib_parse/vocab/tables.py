"""Words of a table's heading row and cells: what tells a table of records from text in a box.

Patterns match a whole cell after `model.names.fold` (lower case, no accents, hyphens, dots and
apostrophes as spaces), so "N°", "Numéro", "Objet de la délibération", "Présent(e)s" all match
while a sentence that happens to start with "Objet" does not.
"""

from __future__ import annotations

# Heading cell → what its column holds. Seen: "N° | Objet | Vote", "Numéro | Intitulé |
# Résultat du vote", "N° | Titre | Pour | Contre | Abstention", "Nom | Présent | Excusé |
# Absent | Pouvoir à", "Élus | Présents | Absents excusés | Procuration donnée à".
HEADINGS: tuple[tuple[str, str], ...] = (
    # The deliberation's number: "N°", "N° de délibération", "Numéro", "Réf.", "DCM".
    (
        "number",
        r"n ?°|no|num|numero|n° (?:de (?:la )?)?deliberation|numero (?:de (?:la )?)?deliberation|ref(?:erence)?|dcm|code",
    ),
    # Its title: "Objet", "Objet de la délibération", "Intitulé", "Titre", "Libellé", "Délibération".
    (
        "title",
        r"objets?|objet de la deliberation|intitules?|intitule de la deliberation|titres?|libelles?|deliberations?|points?(?: de l ordre du jour)?|affaires?|rapports?|sujets?",
    ),
    # The result, written out: "Vote", "Résultat", "Résultat du vote", "Décision", "Adoption";
    # two of them in one heading: "Décision / vote", "Vote et décision".
    (
        "result",
        r"(?:{r})(?: ?(?:/|et) ?(?:{r}))?".format(
            r=r"votes?|resultats?(?: du vote| des votes)?|decisions?|adoption|avis(?: du conseil)?|suite donnee|scrutin"
        ),
    ),
    # The tally, a column a count: "Pour | Contre | Abstention(s) | NPPV", "Votants".
    ("yes", r"pour|votes? pour|voix pour"),
    ("no", r"contre|votes? contre|voix contre"),
    ("abstain", r"abstentions?|abst|abstention\(s\)"),
    ("not_voting", r"nppv|ne prend pas part au vote|ne prennent pas part au vote|non votants?"),
    ("voters", r"votants?|nombre de votants|suffrages exprimes|exprimes"),
    # Members: "Nom", "Nom Prénom", "Élus", "Conseillers", "Membres".
    (
        "name",
        # "Membre de la commission permanente", "Conseillers régionaux", "Délégués titulaires"
        r"noms?|noms? (?:et )?prenoms?|prenoms? (?:et )?noms?|elus?|identite"
        r"|conseillers?(?: (?:municipaux|communautaires|departementaux|regionaux))?"
        r"|membres?(?: (?:du conseil(?: d administration)?|du bureau|du comite(?: syndical)?"
        r"|de la commission(?: permanente)?))?|delegues?(?: titulaires| suppleants)?",
    ),
    # Presence columns, marked "X": "Présent", "Présent(e)s", "Excusé", "Absent", "Absent excusé".
    ("present", r"presente?s?|presente?\(?e?\)?\(?s?\)?|present\(e\)"),
    ("excused", r"excusee?s?|excuse\(e\)|absente?s? excusee?s?|absent\(e\) excuse\(e\)"),
    ("absent", r"absente?s?|absent\(e\)|absente?s? non excusee?s?"),
    # "Pouvoir à", "Procuration", "Pouvoir donné à", "Représenté par", "Mandataire".
    (
        "proxy",
        r"pouvoirs?(?: donnes?)?(?: a)?|procurations?(?: donnees?)?(?: a)?|represente\(?e?\)? par|representee? par|mandataires?",
    ),
    # One column that states each member's presence in words ("Présent", "Pouvoir à M. X").
    ("status", r"presence|statut|situation|etat|emargement"),
    # The counts box of an extract: "Membres en exercice | Présents | Représentés | Votants".
    ("count", r"(?:nombre de )?(?:membres|conseillers) en exercice|en exercice|representes"),
)

# Column kinds that make a table of deliberations, and of attendance.
DELIBERATION_KINDS = frozenset({"number", "title", "result", "yes", "no", "abstain", "not_voting"})
ATTENDANCE_KINDS = frozenset({"name", "present", "excused", "absent", "proxy", "status"})

# A cell that marks a box: "X", "x", a tick, a bullet, "oui".
MARK = r"[xX✓✔✗☒■●•]|oui|OUI|Oui"

# What a result cell says, on its own (the vote parser reads the tally from it): "Unanimité",
# "Adopté à l'unanimité", "Majorité (2 contre)", "Pour 21 Contre 2 Abstention 0", "Rejeté".
RESULT = (
    r"(?:adopte|adoptee|approuve|approuvee|unanimite|a l unanimite|majorite|rejete|rejetee"
    r"|pour|favorable|defavorable|retire|retiree|ajourne|ajournee|report|vote|accepte|acceptee)\b"
)

# A result cell without a tally (folded): "Adopté", "Approuvé", "Rejeté", "Retiré".
RESULT_OUTCOMES: tuple[tuple[str, str], ...] = (
    ("adopted", r"(?:adoptee?s?|approuvee?s?|acceptee?s?|favorable|vote|votee)\b"),
    ("rejected", r"(?:rejetee?s?|refusee?s?|defavorable|non adoptee?)\b"),
)

# Presence written in a status cell (folded): "Présent", "P", "Excusé", "E", "Absent", "A".
STATUS_WORDS: tuple[tuple[str, str], ...] = (
    ("present", r"presente?|p"),
    ("excused", r"excusee?|absente? excusee?|e|ae"),
    ("absent", r"absente?|a"),
)

# A proxy written in a cell: "Pouvoir à M. X", "Procuration à Mme Y", "Représenté par M. Z",
# "donne pouvoir à", or a bare name in a "Pouvoir à" column.
PROXY_PREFIX = (
    r"^\s*(?:(?:a\s+)?donn[ée]e?\s+)?(?:pouvoir|procuration|mandat)s?\s*(?:donn[ée]e?\s*)?(?:à|a|:)?\s*"
    r"|^\s*repr[ée]sent[ée]e?\s+par\s*|^\s*(?:à|a)\s+"
)
