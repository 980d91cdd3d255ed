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
