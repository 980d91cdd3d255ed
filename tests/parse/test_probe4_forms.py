"""General forms that the fourth probe batch (tests/data/probes4, written without sight of the
code) showed delib misreading, each in a variant of its own."""

from __future__ import annotations

from delib_parse import parse_text

OPENING = (
    "CONSEIL DÉPARTEMENTAL DE LA HAUTE-LOIRETTE\n"
    "Séance publique du lundi 12 juin 2023\n\n"
    "Le Conseil départemental s'est réuni sous la présidence de M. Jean DUPONT.\n\n"
    "Composition de l'Assemblée : 34 conseillers départementaux\n"
    "Présents : 30\nPouvoirs : 2\nVotants : 32\n\n"
    "Pouvoirs :\n"
    "  • M. Luc ROUX a donné pouvoir à Mme Anne MARTIN\n"
    "  • Mme Léa PETIT a donné pouvoir à M. Paul DURAND\n\n"
)


def test_report_numbers_head_the_items_and_counts_said_again_hold_from_there() -> None:
    items = (
        "Rapport n° 1.1 — Budget supplémentaire 2023\n\nRapporteur : M. Paul DURAND\n\n"
        "Pour : 22 – Contre : 10 – Abstentions : 0\n\n"
        "M. Éric SALLES quitte la séance à 11 h 50 et donne pouvoir à M. Hugo BLANC.\n"
        "Présents : 29 – Pouvoirs : 3 – Votants : 32\n\n"
        "Rapport n° 1.2 — Admissions en non-valeur\n\nRapporteur : M. Paul DURAND\n\n"
        "Pour : 20 – Contre : 12 – Abstentions : 0\n\n"
        "Mme Rose VIDAL quitte la séance à 12 h 20.\n"
        "Présents : 28 – Pouvoirs : 3 – Votants : 31\n\n"
        "Rapport n° 2.1 — Programme routier 2023\n\nRapporteur : Mme Anne MARTIN\n\n"
        "Pour : 31 – Contre : 0 – Abstentions : 0\n"
    )
    doc = parse_text(OPENING + items)
    got = [
        (d.number, d.subject.title, d.counts.present, d.counts.represented, len(d.proxies))
        for d in doc.deliberations
    ]
    assert got == [
        ("1.1", "Budget supplémentaire 2023", 30, 2, 2),
        ("1.2", "Admissions en non-valeur", 29, 3, 3),
        ("2.1", "Programme routier 2023", 28, 3, 3),
    ]
    assert [f.code for d in doc.deliberations for f in d.findings if f.severity == "error"] == []
