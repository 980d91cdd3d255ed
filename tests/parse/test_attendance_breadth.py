"""Attendance lists in the layouts of the red team's 25 unseen documents (/tmp/redteam).

Each row is a small text cut from a real document, with its origin ("red team 20-villiers"
is /tmp/redteam/docs/20-villiers-sur-morin-2019-07.txt): what the present, proxy and absent
lists must hold, by name as printed.
"""

from __future__ import annotations

import pytest

from delib_parse.parse.attendance import parse_attendance, parse_proxy
from delib_parse.parse.people import parse_people

Expected = tuple[list[str], list[tuple[str, str]], list[str]]

ROWS: list[tuple[str, str, Expected]] = [
    # red team 20-villiers: headings inside one flattened paragraph.
    (
        "20-villiers",
        "COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DU 03 JUILLET 2019 Etaient présents :"
        " Mme Agnès AUDOUX, M. Pascal LESEURRE, Mme Stéphanie VIEUX. Absents représentés :"
        " M. Patrice BOURGOIN représenté par Mme Stéphanie VIEUX. Secrétaire de séance :"
        " Madame Stéphanie Vieux. Mme le maire demande l'accord au conseil municipal.",
        (
            ["Agnès AUDOUX", "Pascal LESEURRE", "Stéphanie VIEUX"],
            [("Patrice BOURGOIN", "Stéphanie VIEUX")],
            [],
        ),
    ),
    # red team 05/06/23-loctudy, 09-medoc: capitals without accents; proxies as sentences.
    (
        "05-loctudy",
        "ETAIENT PRESENTS : Patrick MEIFFREN, Florence LEGRAND, Jean-Marc SIGNORET\n"
        "ABSENTS AYANT DONNE PROCURATION :\n"
        "Sylvain COSNARD a donné procuration à Patrick MEIFFREN,\n"
        "SECRETAIRE DE SEANCE : Florence LEGRAND\n",
        (
            ["Patrick MEIFFREN", "Florence LEGRAND", "Jean-Marc SIGNORET"],
            [("Sylvain COSNARD", "Patrick MEIFFREN")],
            [],
        ),
    ),
    (
        "05-loctudy",
        "PRÉSENTS :\nChristine ZAMUNER, Anne PRONOST, Matthieu BÉRÉHOUC.\n"
        "ABSENTS AYANT DONNE PROCURATION :\n"
        "Malory PAUBERT a donné procuration à Christine ZAMUNER,\n"
        "SECRÉTAIRE DE SÉANCE : Matthieu BEREHOUC\n",
        (
            ["Christine ZAMUNER", "Anne PRONOST", "Matthieu BÉRÉHOUC"],
            [("Malory PAUBERT", "Christine ZAMUNER")],
            [],
        ),
    ),
    # red team 04-lachamp-ribennes: « Sont présents », « Représentés : X par Y ».
    (
        "04-lachamp",
        "Sont présents :Maxime AVININ, Nathalie BONNAL, Françis BONNET,\n"
        "Représentés :Mireille MEISSONNIER par Marianne MOULIN,\n"
        "Absents : Jean-Luc DURAND,\n",
        (
            ["Maxime AVININ", "Nathalie BONNAL", "Françis BONNET"],
            [("Mireille MEISSONNIER", "Marianne MOULIN")],
            ["Jean-Luc DURAND"],
        ),
    ),
    # red team 07-roure: two proxies, the second wrapped before its « pouvoir à ».
    (
        "07-roure",
        "Présents : Richard GRIBALDO, Jean Claude LINCK, Yanne SOUCHET.\n"
        "Absents représentés : François CLAUZON pouvoir à Yanne SOUCHET, Marie-France NABOULET\n"
        "pouvoir à Richard GRIBALDO.\n",
        (
            ["Richard GRIBALDO", "Jean Claude LINCK", "Yanne SOUCHET"],
            [("François CLAUZON", "Yanne SOUCHET"), ("Marie-France NABOULET", "Richard GRIBALDO")],
            [],
        ),
    ),
    # red team 10-sivom: sub-labels inside the list, absent titulaires after a sentence end.
    (
        "10-sivom",
        "Etaient présents : Membres titulaires : DELEBARRE Jean, DEPLANQUE Jean-Michel."
        " Membres suppléants avec Voix Délibératives : LUCOT Lise, KYNDT Annie."
        " Membres titulaires absents, excusés : PLATTEAU Thierry, DEPRICK Carole.\n",
        (
            ["DELEBARRE Jean", "DEPLANQUE Jean-Michel", "LUCOT Lise", "KYNDT Annie"],
            [],
            ["PLATTEAU Thierry", "DEPRICK Carole"],
        ),
    ),
    # red team 12-ouveze-payre: a syndicat's list grouped by member commune.
    (
        "12-ouveze-payre",
        "Etaient présents :\nCommune de Baix : Messieurs Leynaud, Chabal Commune de Chomérac :"
        " Monsieur Martin Commune de Meyse : Monsieur Cheynet\n"
        "Pouvoirs : Monsieur Amblard a donné pouvoir à Monsieur Martin\n",
        (["Leynaud", "Chabal", "Martin", "Cheynet"], [("Amblard", "Martin")], []),
    ),
    # red team 24-loire: « Absents avec pouvoir : X, pouvoir à Y ».
    (
        "24-loire",
        "Etaient présents : GANDREY Carine, JOANIN Robert, BAROU Guy\n"
        "Absents avec pouvoir : MARECHAL Jacques, pouvoir à BAROU Guy\n"
        "Absents et excusés :\nSecrétaire de séance : JOANIN Robert\n",
        (
            ["GANDREY Carine", "JOANIN Robert", "BAROU Guy"],
            [("MARECHAL Jacques", "BAROU Guy")],
            [],
        ),
    ),
    # red team 15-cp-mayenne: « S'ÉTAIENT FAIT EXCUSER : X (délégation de vote à Y) ».
    (
        "15-cp-mayenne",
        "ÉTAIENT PRÉSENTS : Jean ARTHUIS, Michel ANGOT, Marc BERNIER,\n"
        "S'ÉTAIENT FAIT EXCUSER : Élisabeth DOINEAU (délégation de vote à Jean ARTHUIS),\n",
        (
            ["Jean ARTHUIS", "Michel ANGOT", "Marc BERNIER"],
            [("Élisabeth DOINEAU", "Jean ARTHUIS")],
            [],
        ),
    ),
    # red team 22-pv-2018: the same proxy told twice, from the holder's side and the grantor's.
    (
        "22-pv-2018",
        "Présents : Virginie POULAIN, Maire (pouvoir de Cédric MOSCATELLI), Jean-Charles"
        " JOUBERT, Gilles SOUDARIN, conseillers municipaux\n"
        "Procurations : Cédric MOSCATELLI (pouvoir à Virginie POULAIN),\n"
        "Absents : Céline SERTOUR,\nSecrétaire de séance : Gilles SOUDARIN\n",
        (
            ["Virginie POULAIN", "Jean-Charles JOUBERT", "Gilles SOUDARIN"],
            [("Cédric MOSCATELLI", "Virginie POULAIN")],
            ["Céline SERTOUR"],
        ),
    ),
    # red team 13-conservatoire: « Etaient absents ou excusés », « Mesdames : » sub-labels,
    # notes in brackets.
    (
        "13-conservatoire",
        "Etaient présents :\n"
        "Mesdames : Pascale BORDE-PLANTIER (titulaire), Christine FOUR (titulaire),\n"
        "Messieurs : Paul BARBARY (Président), Philippe EUVRARD (suppléant),\n"
        "Etaient absents ou excusés :\n"
        "Mesdames : Nadine ABARO (suppléante), Laurence ALLEFRESDE (démissionnaire)\n",
        (
            ["Pascale BORDE-PLANTIER", "Christine FOUR", "Paul BARBARY", "Philippe EUVRARD"],
            [],
            ["Nadine ABARO", "Laurence ALLEFRESDE"],
        ),
    ),
    # red team 19-charchigne: « Etaient PRESENTS », « Etait EXCUSEE », then the secretary.
    (
        "19-charchigne",
        "Etaient PRESENTS : M JEUSSE Loïc, M. BUSSON Roger, Mme MARTEL Sylvie (arrivée au"
        " point 2), M. SOULARD Alain.\nEtait EXCUSEE : Mme FLANEAU Emilie\n"
        "Mme BAHIER Marie Laure a été élue secrétaire.\n",
        (
            ["JEUSSE Loïc", "BUSSON Roger", "MARTEL Sylvie", "SOULARD Alain"],
            [],
            ["FLANEAU Emilie"],
        ),
    ),
    # red team 14-cd-nord: « présents au moment de l'appel nominatif », after a count.
    (
        "14-cd-nord",
        "Nombre de membres en exercice : 82 Etaient présents au moment de l appel nominatif :"
        " Martine ARLABOSSE, Brigitte ASTRUC, Bernard BAUDOUX.\n",
        (["Martine ARLABOSSE", "Brigitte ASTRUC", "Bernard BAUDOUX"], [], []),
    ),
    # red team 21-saclas: a note on an arrival stays with a present member.
    (
        "21-saclas",
        "Etaient présents :\n- Josiane MARTY,- Isabelle VINCENT,\n"
        "- Annie LEPAGE (Absente à l'ouverture de la séance, arrivée à 20 heures 50, prend part"
        " aux débats à partir de la délibération « 2011-02-007 ».)\n"
        "POUVOIRS : Monsieur CZARNECKI à Madame MARTY\n",
        (["Josiane MARTY", "Isabelle VINCENT", "Annie LEPAGE"], [("CZARNECKI", "MARTY")], []),
    ),
    (
        "21-saclas",
        "Présents : Josiane MARTY, Alain GAUCHER, Alain VEDY.\n"
        "ABSENTS : Messieurs JUGE, LAMOTHE.\n\n"
        "Secrétariat de séance : Monsieur Alain GAUCHER.\n",
        (["Josiane MARTY", "Alain GAUCHER", "Alain VEDY"], [], ["JUGE", "LAMOTHE"]),
    ),
    # red team 05-loctudy: a compound family name split by a spaced en dash.
    (
        "05-loctudy",
        "Présents : Christine ZAMUNER, Anne PRONOST.\nAbsents :\nMarie-Bernard DEL VALLE – MARZIN\n",
        (["Christine ZAMUNER", "Anne PRONOST"], [], ["Marie-Bernard DEL VALLE-MARZIN"]),
    ),
    # red team 17/18-bessais: the grantors are also listed as absent; both lists are read.
    (
        "17-bessais",
        "Présents : M. S. AUDONNET, Mme CAPRON, M. BOTTINEAU\nAbsents : M. GELLÉ, Mme BAILLARD\n"
        "Pouvoirs : M. GELLÉ a donné pouvoir à Mme CAPRON\n"
        "Mme BAILLARD a donné pouvoir à M. BOTTINEAU\n",
        (
            ["S. AUDONNET", "CAPRON", "BOTTINEAU"],
            [("GELLÉ", "CAPRON"), ("BAILLARD", "BOTTINEAU")],
            ["GELLÉ", "BAILLARD"],
        ),
    ),
    # red team 02-questembert-2020: a flattened proxy list, pairs with no commas between.
    (
        "02-questembert",
        "Présents : M. Michel GRIGNON, M. Joël TRIBALLIER. Procuraons : M. Jean-Sébasen"
        " TAVERNIER à M. Michel GRIGNON M. Raymond HOUEIX à M. Joël TRIBALLIER Secrétaire de"
        " séance : M. Joël TRIBALLIER",
        (
            ["Michel GRIGNON", "Joël TRIBALLIER"],
            [("Jean-Sébasen TAVERNIER", "Michel GRIGNON"), ("Raymond HOUEIX", "Joël TRIBALLIER")],
            [],
        ),
    ),
    # red team 22-pv-2018: one-word headings run on after a line of counts.
    (
        "22-pv-2018",
        "Nombre de conseillers : En exercice : 23 Présents : 19 Votants : 21 Absents : 2"
        " Présents : Virginie POULAIN, Maire (pouvoir de Cédric MOSCATELLI), Gilles SOUDARIN,"
        " conseillers municipaux Procurations : Cédric MOSCATELLI (pouvoir à Virginie POULAIN),"
        " Absents : Céline SERTOUR, Secrétaire de séance : Gilles SOUDARIN ORDRE DU JOUR : 1)"
        " Métropole : enquête publique",
        (
            ["Virginie POULAIN", "Gilles SOUDARIN"],
            [("Cédric MOSCATELLI", "Virginie POULAIN")],
            ["Céline SERTOUR"],
        ),
    ),
    # red team 15-cp-mayenne: a list run on into prose, with no sentence break between.
    (
        "15-cp-mayenne",
        "sous la présidence de Jean ARTHUIS. ÉTAIENT PRÉSENTS : Michel ANGOT, Olivier RICHEFOU,"
        " S’ÉTAIENT FAIT EXCUSER : Marie-Cécile MORICE (jusqu’à 11 h 50 - délégation de vote à"
        " Marc BERNIER), -2- Les décisions prises dans ce cadre par la Commission permanente",
        (["Michel ANGOT", "Olivier RICHEFOU"], [("Marie-Cécile MORICE", "Marc BERNIER")], []),
    ),
    # red team section 5 (17, 05, 01, 11): the present list ends at an item heading.
    (
        "17-bessais",
        "Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul DURAND.\n"
        "Question 1 – Adhésion à la convention de participation santé\n",
        (["Jean DUPONT", "Anne MARTIN", "Paul DURAND"], [], []),
    ),
    (
        "01-questembert",
        "Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul DURAND.\n"
        "2019 12 n°02 - AMENAGEMENT – Approbation du Plan Local d'Urbanisme\n",
        (["Jean DUPONT", "Anne MARTIN", "Paul DURAND"], [], []),
    ),
    (
        "05-loctudy",
        "Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul DURAND.\n"
        "I – PORT DE PLAISANCE\n- BUDGET PRIMITIF DU PORT DE PLAISANCE 2022\n",
        (["Jean DUPONT", "Anne MARTIN", "Paul DURAND"], [], []),
    ),
    (
        "11-siaep",
        "Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul DURAND\n"
        "1) Approbation du compte - rendu de la séance\n",
        (["Jean DUPONT", "Anne MARTIN", "Paul DURAND"], [], []),
    ),
    # red team 11-siaep, DESIGN: the substitute sits, not the member replaced.
    (
        "11-siaep",
        "Présents : Mmes ALLAER Véronique remplacée par sa suppléante CASTAING Christelle, "
        "BORDES Anne, ROQUE J. (remplacé par FOUQUET M.J.), M. Jean LANET suppléé par M. Paul "
        "MARTY\n",
        (["CASTAING Christelle", "BORDES Anne", "FOUQUET M.J", "Paul MARTY"], [], []),
    ),
    # red team 11-siaep: a compound given name spaced around its hyphen.
    (
        "11-siaep-names",
        "PRESENTS : MM. AUGUSTIN Philippe, BAYZE Jean - Claude, BEYRIE Jean - Paul, BOUÉ Henri\n",
        (["AUGUSTIN Philippe", "BAYZE Jean-Claude", "BEYRIE Jean-Paul", "BOUÉ Henri"], [], []),
    ),
    # held-out 06-commune-2013: everyone but one, who gave a proxy; no names present.
    (
        "h06-commune",
        "Présents : Tous les membres du Conseil Municipal en exercice, à l'exception de M. "
        "Jacques LE BRIS ayant donné procuration à M. Yves QUEMENEUR.\n",
        ([], [("Jacques LE BRIS", "Yves QUEMENEUR")], []),
    ),
    # breadth 09-emerainville: one name a line, "ETAIENT REPRESENTES : X par Y", then
    # permanent guests who are not members.
    (
        "h09-emerainville",
        "ETAIENT PRÉSENTS :\nMM Alain KELYOR\nChristine MORIN\nPierre PARIZIA\n"
        "ETAIENT REPRESENTES : \nMarie Françoise DELINE par Alain KELYOR\n"
        "Martine COLOMBANI par Pierre PARIZIA\n"
        "INVITEES PERMANENTES : Chantal MAILLET, Geneviève TALBORDET\n",
        (
            ["Alain KELYOR", "Christine MORIN", "Pierre PARIZIA"],
            [("Marie Françoise DELINE", "Alain KELYOR"), ("Martine COLOMBANI", "Pierre PARIZIA")],
            [],
        ),
    ),
    # held-out 08-viens (/tmp/redteam2): a bulleted box, the count before the names,
    # "Excusées", proxies written "de X à Y, de Z à W et de P à Q".
    (
        "h08-viens",
        "  • Nombre de conseillers présents : 3 : ARNAL René, CARRIE Catherine, ROUX Frédéric ;\n"
        "  • Excusées : BREMOND-DICK Caroline, CASANOVA Philippe et PILON Caroline ;\n"
        "  • Procurations : de BREMOND-DICK Caroline à CARRIE Catherine, de CASANOVA Philippe "
        "à ROUX Frédéric et de PILON Caroline à ARNAL René ;\n"
        "  • Président de séance : Frédéric ROUX, Maire ;\n",
        (
            ["ARNAL René", "CARRIE Catherine", "ROUX Frédéric"],
            [
                ("BREMOND-DICK Caroline", "CARRIE Catherine"),
                ("CASANOVA Philippe", "ROUX Frédéric"),
                ("PILON Caroline", "ARNAL René"),
            ],
            ["BREMOND-DICK Caroline", "CASANOVA Philippe", "PILON Caroline"],
        ),
    ),
    # breadth 04-sud-gironde: "présents(es)", a footnote mark, groups labelled in capitals
    # (one of them empty), titulaire/suppléant marks after the names.
    (
        "b04-sud-gironde",
        "Etaient présents(es) :1\n\nCDC DE CONVERGENCE GARONNE :\n\nCDC DU BAZADAIS :AIME "
        "Michel (T), BARBOT Fabienne (T).\n\nCDC DU REOLAIS EN SUD-GIRONDE : BUZOS Jacky (T), "
        "EL BAZ Horiya (S).\n\nÉtaient excusés : BLE David, DELIGNE Philippe.\n",
        (
            ["AIME Michel", "BARBOT Fabienne", "BUZOS Jacky", "EL BAZ Horiya"],
            [],
            ["BLE David", "DELIGNE Philippe"],
        ),
    ),
    # breadth rt1-03 (Loir-Lucé-Bercé): a two-column table of proxies read as one line.
    (
        "b03-loir-luce-berce",
        "Etaient présents : M. Pascal MARIE ; Mme Claude ALLAIRE ; M. Gilles GANGLOFF . "
        "Absents/Excusés ayant donné procuration : Absents/excusés Pouvoir à Martine CRINIERE "
        "Pascal MARIE Michelle BOUSSARD Claude ALLAIRE Sabrina RAPPART Gilles GANGLOFF\n",
        (
            ["Pascal MARIE", "Claude ALLAIRE", "Gilles GANGLOFF"],
            [
                ("Martine CRINIERE", "Pascal MARIE"),
                ("Michelle BOUSSARD", "Claude ALLAIRE"),
                ("Sabrina RAPPART", "Gilles GANGLOFF"),
            ],
            [],
        ),
    ),
    # … and one whose names do not pair up gives no proxy rather than wrong ones.
    (
        "b03-odd-table",
        "Etaient présents : M. Pascal MARIE ; Mme Claude ALLAIRE .\nProcurations : Pouvoir à "
        "Martine CRINIERE Pascal MARIE Michelle BOUSSARD\n",
        (["Pascal MARIE", "Claude ALLAIRE"], [], []),
    ),
    # rt2a-02 / rt2a-06: the last names run into "formant la majorité …", after "et" or a
    # semicolon; "X : pouvoir à Y" pairs without a comma; "Etaient absents, excusés :".
    (
        "b2a-06-murs-erigne",
        "Etaient présents : M. BODARD, Maire ; M. DELAHAYE, Mme LOUAPRE, et Mme GARREAU, "
        "Adjoints ; Mme GERZE, et M. SANTOT ; Mme SAUVAGEOT, M. AUDOUIN et Mme PASCOU formant "
        "la majorité des membres en exercice. Etaient représentés : Mme PETIT : pouvoir à Mme "
        "GERZE, M. BEAUFORT : pouvoir à M. SANTOT M. COIFFARD : pouvoir à Mme SAUVAGEOT. "
        "Etaient absents, excusés : Mme VERDIER et Mme LEBRIN. 1. Nomination d un secrétaire\n",
        (
            [
                "BODARD",
                "DELAHAYE",
                "LOUAPRE",
                "GARREAU",
                "GERZE",
                "SANTOT",
                "SAUVAGEOT",
                "AUDOUIN",
                "PASCOU",
            ],
            [("PETIT", "GERZE"), ("BEAUFORT", "SANTOT"), ("COIFFARD", "SAUVAGEOT")],
            ["VERDIER", "LEBRIN"],
        ),
    ),
    # rt2a-03 Lalandelle: functions between the names, "et" inside the list.
    (
        "b2a-03-lalandelle",
        "Étaient présents : MM. Jacques LIGNEUL, Maire, Philippe RENARD et Mauricette DETOUY, "
        "Adjoints, Alain MERLIN et Madame Virginie DEZUTTER, formant la majorité des membres "
        "en exercice.\n",
        (
            [
                "Jacques LIGNEUL",
                "Philippe RENARD",
                "Mauricette DETOUY",
                "Alain MERLIN",
                "Virginie DEZUTTER",
            ],
            [],
            [],
        ),
    ),
    # rt2a-07 Trets: bracketed proxies with nothing between them.
    (
        "b2a-07-trets",
        "Procurations : Martine BIZZARI (pouvoir à MC MUSSO) André ISIRDI (pouvoir à A "
        "FERRARO) JABET Valérie (pouvoir à E. BERRENI)\n",
        (
            [],
            [
                ("Martine BIZZARI", "MC MUSSO"),
                ("André ISIRDI", "A FERRARO"),
                ("JABET Valérie", "E. BERRENI"),
            ],
            [],
        ),
    ),
    # rt2a-08 Le Trait: a heading run on after the last name, "X à Y" pairs between commas.
    (
        "b2a-08-le-trait",
        "Etaient présents : Martine LANGLOIS, Jean Marie ALINE, Patrick CALLAIS Absent(s) "
        "excusé(s) ayant remis un pouvoir : Isabelle BILLARD à Martine LANGLOIS, Anne Sophie "
        "TETARD à Jean Marie ALINE Absent(s) non excusé(s): Patricia BOURGEOIS\n",
        (
            ["Martine LANGLOIS", "Jean Marie ALINE", "Patrick CALLAIS"],
            [("Isabelle BILLARD", "Martine LANGLOIS"), ("Anne Sophie TETARD", "Jean Marie ALINE")],
            ["Patricia BOURGEOIS"],
        ),
    ),
    # rt2a-10 CG Nord: each part of a name in its own block of a web page.
    (
        "b2a-10-nord",
        "Etaient présents : Jean-Pierre\n\nALLOSSERY\n\n, Jean-Jacques\n\nANCEAU\n\n, "
        "Marie-Christine\n\nSTANIEC\n\n-\n\nWAVRANT\n\nAbsents excusés : Luc BLANC\n",
        (
            ["Jean-Pierre ALLOSSERY", "Jean-Jacques ANCEAU", "Marie-Christine STANIEC-WAVRANT"],
            [],
            ["Luc BLANC"],
        ),
    ),
    # rt2a-11 Région Centre: group labels after names, non-members sitting in, a proxy for
    # part of the sitting.
    (
        "b2a-11-region-centre",
        "Sont présents :\nMonsieur Gilles DEGUET, Madame Carole CANETTE, Vices présidents\n"
        "Madame Mélanie FORTIER, Monsieur Pierre-Alain ROIRON, membres de la Commission "
        "permanente\nAssistent sans voix délibératives\nMadame Agnès QUATREHOMME\nSont "
        "excusés :\nMadame Chantal REBOUT (pouvoir à Mme CANETTE), Vices-présidents\nMadame "
        "Mélanie FORTIER (pouvoir à M. ROIRON à partir de 10 H 50)\n",
        (
            ["Gilles DEGUET", "Carole CANETTE", "Mélanie FORTIER", "Pierre-Alain ROIRON"],
            [("Chantal REBOUT", "CANETTE"), ("Mélanie FORTIER", "ROIRON")],
            [],
        ),
    ),
    # rt2b-02: "présents ayant voix délibérative", family names first, a given name wrapped
    # onto the next line.
    (
        "b2b-02-ardeche",
        "présents ayant voix délibérative : Mesdames et Messieurs BOYER Aïda (Annonay), "
        "CAVENEGET\nGuy (Annonay), VAUX Isabelle (Arlebosc).\nExcusés : MARTIN Paul.\n",
        (["BOYER Aïda", "CAVENEGET Guy", "VAUX Isabelle"], [], ["MARTIN Paul"]),
    ),
    # rt2b-11 (CCAS): "Etait absente représentée :" and "X mandataire Y".
    (
        "b2b-11-ccas",
        "Etaient présents : M. Yves REHN, Mme Anne MARTIN\nEtait absente représentée :\nMme "
        "Annie BRANGBOUR mandataire M. Yves REHN\n",
        (["Yves REHN", "Anne MARTIN"], [("Annie BRANGBOUR", "Yves REHN")], []),
    ),
    # rt2a-05 Pronleroy: "(s/es)" marks, a family name cut after its particle.
    (
        "b2a-05-pronleroy",
        "Etaient Présents : Mesdames et Messieurs\nBruno RABUSSIER, Sarah\nHERRIBERRY, "
        "Laurence VAN DE\nWALLE, Elodie FREIRE JORGE\nAbsent(s/es) excusé(s/es) : Patricia "
        "LEMAIRE\nAbsent(s/es) : NEANT\nAbsent(s/es) représenté(s/es) :\nPatricia LEMAIRE "
        "donne pouvoir à Elodie FREIRE JORGE\n",
        (
            ["Bruno RABUSSIER", "Sarah HERRIBERRY", "Laurence VAN DE WALLE", "Elodie FREIRE JORGE"],
            [("Patricia LEMAIRE", "Elodie FREIRE JORGE")],
            ["Patricia LEMAIRE"],
        ),
    ),
    # rt2b-09 Concarneau: a heading in spaced capitals that lost its word breaks; initials
    # "J-M." inside a proxy.
    (
        "b2b-09-concarneau",
        "PRESENTS\n\nP. BANIEL, M. BAQUÉ, R. LE\nBARON, J-M. LEBRET.\n\nA B S E N T S E X C U S E "
        "S AYA N T D O N N E P O U V O I R\n\nG. MARTIN (Pouvoir à J-M. LEBRET),\nB. QUILLIVIC "
        "(Pouvoir à M. BAQUE).\n\nABSENTS EXCUSES\n\nC. CADORET, G. CASTEL.\n",
        (
            ["P. BANIEL", "BAQUÉ", "R. LE BARON", "J-M. LEBRET"],
            [("G. MARTIN", "J-M. LEBRET"), ("B. QUILLIVIC", "BAQUE")],
            ["C. CADORET", "G. CASTEL"],
        ),
    ),
    # rt2a-03 Lalandelle: "qui avait donné pouvoir à", then members "non excusés".
    (
        "b2a-03-lalandelle-absents",
        "Absents : Madame Frédérique POSTEL qui avait donné pouvoir à Monsieur Pierre LAVIEC, "
        "Monsieur Jérôme ROMI et Madame Karine VARD, non excusés.\n",
        ([], [("Frédérique POSTEL", "Pierre LAVIEC")], ["Jérôme ROMI", "Karine VARD"]),
    ),
    # breadth rt1-21-saclas: a line that heads the list, ending with a colon, is no label run
    # on after a name.
    (
        "b21-saclas",
        "Etaient présents :\n\nMesdames et Messieurs les Conseillers Municipaux :\n\n- Josiane "
        "MARTY,- Isabelle VINCENT,\n- Lionel DEBELLE- Francis BORDERIEUX.\n\nABSENTS : "
        "Messieurs JUGE, LAMOTHE.\n",
        (
            ["Josiane MARTY", "Isabelle VINCENT", "Lionel DEBELLE", "Francis BORDERIEUX"],
            [],
            ["JUGE", "LAMOTHE"],
        ),
    ),
    # breadth 05-wattwiller: a numbered list flattened, its last numbers cut from their
    # names, family names first, and a label of the public run on after the last name.
    (
        "b05-wattwiller",
        "Conseiller présents : 1. SCHELLENBERGER Raphaël 2. BLASER Stéphanie 3. 4. 5. "
        "BUSCHE Maurice FONTAINE Monique FERNANDES DE AZEVEDO Gaspard BRENDER-HERT Bernadette "
        "Auditeurs présents : 63 Ordre du jour 1. 2. Installation des conseillers\n",
        (
            [
                "SCHELLENBERGER Raphaël",
                "BLASER Stéphanie",
                "BUSCHE Maurice",
                "FONTAINE Monique",
                "FERNANDES DE AZEVEDO Gaspard",
                "BRENDER-HERT Bernadette",
            ],
            [],
            [],
        ),
    ),
]


@pytest.mark.parametrize(
    ("origin", "text", "expected"), ROWS, ids=[f"{i:02d}-{r[0]}" for i, r in enumerate(ROWS)]
)
def test_attendance_lists(origin: str, text: str, expected: Expected) -> None:
    att = parse_attendance(text)
    present, proxies, absent = expected
    assert [p.name for p in att.present] == present
    assert [(p.grantor.name, p.holder.name) for p in att.proxies] == proxies
    assert [a.person.name for a in att.absent] == absent


# A line that gives a proxy is never a present member (red team 05-loctudy, 23-loctudy).
def test_a_proxy_sentence_in_the_present_list_is_a_proxy() -> None:
    att = parse_attendance(
        "Présents : Christine ZAMUNER, Anne PRONOST,\n"
        "Loïc BOTREL a donné procuration à David CANTIN,\n"
        "Objet : Budget\n"
    )
    assert [p.name for p in att.present] == ["Christine ZAMUNER", "Anne PRONOST"]
    assert [(p.grantor.name, p.holder.name) for p in att.proxies] == [
        ("Loïc BOTREL", "David CANTIN")
    ]


NOTES = [
    # red team 13-conservatoire, 03-loir-luce-berce: notes in brackets leave the name clean.
    ("13-conservatoire", "Pascale BORDE-PLANTIER (titulaire)", "Pascale BORDE-PLANTIER"),
    ("13-conservatoire", "Laurence ALLEFRESDE (démissionnaire)", "Laurence ALLEFRESDE"),
    ("03-loir-luce-berce", "Martine CRINIERE (visioconférence)", "Martine CRINIERE"),
]


@pytest.mark.parametrize(("origin", "text", "expected"), NOTES)
def test_notes_in_brackets_leave_the_name(origin: str, text: str, expected: str) -> None:
    assert [p.name for p in parse_people(text)] == [expected]


def test_a_flattened_table_gives_no_proxy_rather_than_a_wrong_one() -> None:
    # held-out rt1-03 (Loir-Lucé-Bercé): "Absents/excusés | Pouvoir à" columns read as a line.
    line = (
        "Absents/excusés Pouvoir à Martine CRINIERE Pascal MARIE Michelle BOUSSARD Claude "
        "ALLAIRE Sabrina RAPPART Gilles GANGLOFF"
    )
    assert parse_proxy(line, True) is None
    proxy = parse_proxy("Michelle BOUSSARD pouvoir à Martine CRINIERE", True)
    assert proxy is not None and proxy.holder.name == "Martine CRINIERE"


# Given names first: a run of names is not cut inside a name (it is cut between them since
# names with no separators are read, MISREADINGS 9).
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jean DUPONT Marie MARTIN", ["Jean DUPONT", "Marie MARTIN"]),
        ("DUPONT Jean MARTIN Marie", ["DUPONT Jean", "MARTIN Marie"]),
        ("LE GALL Anne-Marie DE LA ROCHE Paul", ["LE GALL Anne-Marie", "DE LA ROCHE Paul"]),
        ("1. DUPONT Jean 2. MARTIN Marie", ["DUPONT Jean", "MARTIN Marie"]),
    ],
)
def test_run_together_family_first_names(text: str, names: list[str]) -> None:
    assert [p.name for p in parse_people(text)] == names


def test_the_public_present_is_not_a_count() -> None:
    from delib_parse.parse.counts import parse_counts

    values, _, _ = parse_counts("Auditeurs présents : 63\nMembres présents : 19\n")
    assert values.get("present") == 19


def test_present_plus_proxies_in_one_count() -> None:
    from delib_parse.parse.counts import parse_counts

    # Viens 2022: "Effectif valable : 10 + 5 procurations /15"
    values, _, _ = parse_counts("  • Effectif valable : 10 + 5 procurations /15\n")
    assert values.get("represented") == 5
    # A vote's breakdown is no count of the sitting.
    values, _, _ = parse_counts("Approbation : 10 pour (8 + 2 procurations)\n")
    assert "represented" not in values


def test_a_proxy_for_part_of_the_sitting_says_when() -> None:
    proxy = parse_proxy("Madame Mélanie FORTIER (pouvoir à M. ROIRON à partir de 10 H 50)", False)
    assert proxy is not None
    assert (proxy.holder.name, proxy.during) == ("ROIRON", "à partir de 10 H 50")


@pytest.mark.parametrize(
    ("text", "present", "in_office"),
    [
        ("Présents : 15/19\n", 15, 19),
        # Loromontzey 2019
        ("Étaient présents : Membres (36/72) : Martial LEBLOND (titulaire BARBONVILLE)\n", 36, 72),
        ("Nombre de membres en exercice : 19\nPrésents : 15/19\n", 15, 19),
    ],
)
def test_present_out_of_in_office(text: str, present: int, in_office: int) -> None:
    from delib_parse.parse.counts import parse_counts

    values, _, _ = parse_counts(text)
    assert (values.get("present"), values.get("in_office")) == (present, in_office)
