"""Kinds of authorities and of assemblies, by the words that name them."""

from __future__ import annotations

# assembly phrase (folded, without accents) → (assembly.kind, authority.kind)
ASSEMBLIES: tuple[tuple[str, str, str], ...] = (
    ("conseil metropolitain", "conseil_metropolitain", "metropole"),  # seed
    ("conseil de la metropole", "conseil_metropolitain", "metropole"),
    ("conseil communautaire", "conseil_communautaire", "epci"),  # CC Lisières de l'Oise
    ("conseil de communaute", "conseil_communautaire", "epci"),
    ("conseil municipal", "conseil_municipal", "commune"),  # Pierrefonds, Couthenans
    ("conseil departemental", "conseil_departemental", "departement"),
    ("conseil general", "conseil_departemental", "departement"),
    ("conseil regional", "conseil_regional", "region"),
    ("comite syndical", "comite_syndical", "syndicat"),
    ("conseil syndical", "comite_syndical", "syndicat"),
    ("bureau communautaire", "bureau_communautaire", "epci"),
    ("bureau metropolitain", "bureau_metropolitain", "metropole"),
)

# authority words (folded) → authority.kind, for when the assembly is not named.
AUTHORITIES: tuple[tuple[str, str], ...] = (
    ("metropole", "metropole"),
    ("communaute urbaine", "epci"),
    ("communaute d'agglomeration", "epci"),
    ("communaute de communes", "epci"),
    ("syndicat", "syndicat"),
    ("departement", "departement"),
    ("region", "region"),
    ("commune", "commune"),
    ("ville", "commune"),
    ("mairie", "commune"),
)

# Words after "Conseil municipal de …" that do not name the authority: a demonstrative
# (PV 38: "le Conseil Municipal de cette commune"), or the assembly's own words. Weekdays and
# months are excluded too (Roure: "CONSEIL MUNICIPAL DU DIMANCHE 8 AVRIL 2018"), from the dates
# vocabulary. A name must hold a capitalised word that is none of these.
NOT_AUTHORITY_NAMES: frozenset[str] = frozenset(
    {"cette", "ce", "cet", "notre", "la", "le", "les", "présente", "commune", "ville", "séance"}
)

# Small words kept in lower case when a name printed in capitals is recased: "VILLIERS SUR
# MORIN" → "Villiers sur Morin", "LONGNY AU PERCHE" → "Longny au Perche".
NAME_LOWER_WORDS: frozenset[str] = frozenset(
    {"de", "du", "des", "la", "le", "les", "sur", "sous", "en", "lès", "lez", "au", "aux", "et"}
)

# Particles a name cannot end with: "Conseil de Communauté du Pays de⏎LONGNY AU PERCHE" read up
# to the line end gives "Pays de", which goes on on the next line.
NAME_TRAILING_PARTICLES: frozenset[str] = frozenset({"de", "du", "des", "d'", "la", "le", "l'"})
