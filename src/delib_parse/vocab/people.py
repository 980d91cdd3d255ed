"""Civilities and titles that open a person's name."""

from __future__ import annotations

# civility as printed → normalised civility in the output ("M." / "Mme" / None for titles)
CIVILITIES: dict[str, str | None] = {
    "Monsieur": "M.",  # seed: "Monsieur François REBSAMEN"
    "Madame": "Mme",  # seed
    "Mademoiselle": "Mme",
    "M.": "M.",  # recueil commune style: "M. X, Mme Y"
    "M": "M.",  # "M SEGUIN a été élu secrétaire" (missing dot)
    "Mr": "M.",
    "Mr.": "M.",
    "MM.": "M.",  # plural: "Mmes et MM. Claire HUGUES, …"
    "MM": "M.",  # Émerainville: "ETAIENT PRÉSENTS :" / "MM Alain KELYOR"
    "Mme": "Mme",
    "Mme.": "Mme",
    "Mmes": "Mme",
    "Mlle": "Mme",
    "Messieurs": "M.",  # Barneville-Carteret: "Messieurs DAGORT, DELAMONTAGNE"
    "Mesdames": "Mme",
    # in lower case inside a sentence-like list (Putanges-le-Lac 2023-2024: "…, monsieur
    # Jean-Louis PITEL donne pouvoir à madame Jeanne GUILLOUET, madame Viviane JAMES …")
    "monsieur": "M.",
    "madame": "Mme",
    "mademoiselle": "Mme",
    "messieurs": "M.",
    "mesdames": "Mme",
    # in capitals, in lists printed all in capitals ("MADAME MARIE MARTIN, MONSIEUR JEAN
    # DUPONT", issue #11): without them the lexicon would read "MADAME" as a family name
    "MONSIEUR": "M.",
    "MADAME": "Mme",
    "MADEMOISELLE": "Mme",
    "MESSIEURS": "M.",
    "MESDAMES": "Mme",
    "MME": "Mme",
    "MMES": "Mme",
    "MLLE": "Mme",
    "MR": "M.",
    "Maître": None,  # Barneville-Carteret: "Maître LAURENT"
    "Docteur": None,  # Barneville-Carteret: "Docteur LEGENDRE"
    "Dr": None,
    "Dr.": None,
}

# Functions printed beside a name in attendance lists ("M. Jean-Michel BRARD, Maire").
ROLES: tuple[str, ...] = (
    "Maire",
    "Maire-adjoint",
    "Maire adjoint",
    "Adjoint",
    "Adjointe",
    "Adjoint au maire",
    "Adjointe au maire",
    "Président",
    "Présidente",
    "Vice-président",
    "Vice-présidente",
    # plural labels after a group of names (Région Centre: "…, Monsieur François DUMON, Vices
    # présidents")
    "Vice-présidents",
    "Vice-présidentes",
    "Vices-présidents",
    "Vices présidents",
    "Vice présidents",
    "Vice présidente",
    "Vice président",
    "membres de la Commission permanente",
    "membres du Bureau",
    "Conseiller municipal",
    "Conseillers municipaux",  # red team 22: "…, Gilles SOUDARIN, conseillers municipaux"
    "Conseillères municipales",
    "Conseillère municipale",
    "Conseiller délégué",
    "Conseillère déléguée",
    "Conseiller",
    "Conseillère",
    # plural labels after a group of names (MISREADINGS 15, 19: "M. NOM, …, Maires Adjoints,
    # Mme NOM, …, Conseillers Municipaux, formant la majorité des membres en exercice")
    "Maires adjoints",
    "Maires-adjoints",
    "Adjoints",
    "Adjointes",
    "Adjoints au maire",
    "Conseillers",
    "Conseillères",
    "Conseillers délégués",
    "Conseillères déléguées",
    "Conseiller communautaire",
    "Conseillère communautaire",
    "Conseillers communautaires",
    "Délégué titulaire",
    "Déléguée titulaire",
    "Délégués titulaires",
    "Délégué suppléant",
    "Déléguée suppléante",
    "Délégués suppléants",
)

# Functions of staff and guests who sit in but are not members ("Also seen on real PDFs":
# "Assistaient : …, Directeur Général des Services"): a name given one of them is no member.
STAFF_ROLES: tuple[str, ...] = (
    "Directeur Général des Services",
    "Directrice Générale des Services",
    "Directeur général adjoint",
    "Directrice générale adjointe",
    "DGS",
    "DGA",
    "Directeur",
    "Directrice",
    "Secrétaire de mairie",
    "Secrétaire général",
    "Secrétaire générale",
    "Chargé de mission",
    "Chargée de mission",
    "Responsable administratif",
    "Responsable administrative",
    "Attaché territorial",
    "Attachée territoriale",
    "Rédacteur",
    "Rédactrice",
    # issue #11: staff named among the members with no separator ("Marie MARTIN DGS") or in
    # brackets ("Marie MARTIN (secrétaire de mairie)"); the functions' usual short forms
    "Directeur général des services techniques",
    "Directrice générale des services techniques",
    "Directeur des services techniques",
    "Directrice des services techniques",
    "DGST",
    "DST",
    "Agent administratif",
    "Agente administrative",
    "Adjoint administratif",
    "Adjointe administrative",
    "Secrétaire administrative",
    "Secrétaire administratif",
    "Receveur municipal",  # the State's accountant, who may sit in
    "Comptable public",
    # a guest marked as such in the list ("Marie MARTIN (invitée)")
    "Invité",
    "Invitée",
    "Invités",
    "Invitées",
)

# Words that stand for the president instead of a name ("pouvoir à M. le Maire").
PRESIDENT_WORDS: tuple[str, ...] = (
    "le Maire",
    "Madame le Maire",
    "Monsieur le Maire",
    "Madame la Maire",
    "la Maire",
    "le Président",
    "la Présidente",
    "Monsieur le Président",
    "Madame la Présidente",
)

# Small words that are part of family names ("CARRELET DE LOISY", "LOUIS DIT GUERIN").
NAME_PARTICLES = frozenset(
    {
        "de",
        "du",
        "des",
        "d'",
        "la",
        "le",
        "van",
        "von",
        "der",
        "dit",
        "dite",
        "di",
        "da",
        "el",
        "ben",
        "ep",
        "épouse",
    }
)

# First halves of compound given names ("Jean-Claude", "Marie-Thérèse"): a "NOM Jean - Claude"
# with spaces around the hyphen is one person (SIAEP Condom 2021).
COMPOUND_GIVEN_FIRST: tuple[str, ...] = (
    "Jean", "Marie", "Anne", "Pierre", "Paul", "Louis", "Marc", "Charles", "Jacques",
    "François", "Guy", "Luc", "Claude", "Rose", "Marie-Claude", "Jean-Marie",
)  # fmt: skip

# Words that open the next sentence or label when a list item runs on into it (MISREADINGS
# L4: "NOM J. Absents ayant donné mandat de", "NOM DE NOM Le", a holder "NOM, Etait"). After a
# family name in capitals, an initial or a comma, one of these (as printed, capitalised) and
# the lower-case words after it are not part of the name.
NAME_RUN_ONS: tuple[str, ...] = (
    "Le", "La", "Les", "L'", "Il", "Elle", "Ils", "Elles", "Etait", "Était", "Etaient",
    "Étaient", "Est", "Sont", "Ont", "Absent", "Absente", "Absents", "Absentes", "Excusé",
    "Excusée", "Excusés", "Excusées", "Pouvoir", "Pouvoirs", "Procuration", "Procurations",
    "Secrétaire", "Objet", "Ordre", "Nombre", "Après", "Vu", "Assistaient", "Assistait",
)  # fmt: skip
