"""Templated stories of the 'holdout17' half: the tuna landings and the Executive Council's decisions (en, a
Jamestown weekly on Saint Helena), the fog at Vágar airport and the tunnel closures (en, a Tórshavn
English-language news site in the Faroe Islands), the seal counts on the Düne and the ships' arrivals (de, an
island weekly on Helgoland), the dairies' milk prices and the Kempten breeding-cattle sales (de, an Allgäu dairy
trade paper in Kempten), the launch-day road closures at Kourou and the river levels (fr, a Cayenne daily in
French Guiana), the Bataille des reines results and the Alpine passes (fr, a French-language site in Aosta), the
cruise ships in port and the Garibaldi pass (es, an Ushuaia daily in Tierra del Fuego) and the Mataveri flights
and the supply barge (es, a Hanga Roa community radio on Rapa Nui).

As in the other halves, every story has its own facts and shares its template's STOCK sentences, which are true
story text however much they read like a site's chrome: "Figures are provisional and may be revised", "For
more information, contact the Fisheries Section on 22270", "Atlantic Airways apologises for any
inconvenience", "Drivers can follow the closures live on the Landsverk map", "Landsverk thanks road users for
their patience", "Alle Angaben ohne Gewähr", "Hinweise auf verletzte Tiere nimmt die Seehundstation unter
Tel. 04725 555 210 entgegen", "Quelle: Milchpreisvergleich des Verbands der Milcherzeuger, Zusammenstellung
Milchspiegel", "Für die Richtigkeit der Angaben übernehmen wir keine Haftung", "Renseignements au 0594 55 55
10", "Données : DGTM Guyane, relevés de 7 h", "Ces relevés sont fournis à titre indicatif", "Le comité remercie
les éleveurs, les bénévoles et les sponsors", "Para más información, comuníquese al (02901) 555-120", "Fuente:
Vialidad Provincial", "Los horarios son referenciales", "El municipio agradece la paciencia de los vecinos".
Several stand in the middle of the story between its rows, some are bullet items among the story's own (the
boats, tunnels, ships, dairies, passes, berths and flights recur across a template's stories), some stories open a
list with a short line ending in a colon, and some rows are not sentences at all.  Abbreviations, times, dates,
decimals and initials throughout (``Mr.``, ``Capt.``, ``No.``, ``a.m.``, ``p.m.``, ``approx.``, ``St``,
``Nr.``, ``z. B.``, ``ca.``, ``Dr.``, ``u. a.``, ``Ø``, ``M.``, ``Mme``, ``p. ex.``, ``env.``, ``h``, ``Sr.``,
``Sra.``, ``N.º``, ``km/h``, ``kg``)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from functools import partial

from bench.cleaning_set.cms import li
from bench.cleaning_set.lang import EN_DAYS, EN_MONTHS, day_month, decimal_comma, thousands

Story = tuple[str, list[str]]

STOCK = {
    "tunalandings": (
        "All fish landed at Rupert's is caught by pole and line, one fish at a time.",
        "Figures are provisional and may be revised.",
        "For more information, contact the Fisheries Section on 22270.",
    ),
    "councilorders": (
        "Decisions of Executive Council are published in the St Helena Government Gazette.",
        "Members of the public may attend the open session in the Council Chamber at the Castle, Jamestown.",
        "Copies of the papers are available from the Castle reception, price 50p.",
    ),
    "vagarfog": (
        "Passengers are advised to check the Atlantic Airways website before travelling to the airport.",
        "Rebooking is free of charge for all passengers on the affected flights.",
        "Atlantic Airways apologises for any inconvenience.",
    ),
    "tunnelclosures": (
        "Drivers can follow the closures live on the Landsverk map at landsverk.example.",
        "Emergency vehicles will be let through at all times.",
        "Landsverk thanks road users for their patience.",
    ),
    "robbenzaehlung": (
        "Bitte halten Sie mindestens 30 Meter Abstand zu den Tieren.",
        "Gezählt wird ehrenamtlich vom Verein Jordsand, alle Angaben ohne Gewähr.",
        "Hinweise auf verletzte Tiere nimmt die Seehundstation unter Tel. 04725 555 210 entgegen.",
    ),
    "schiffsankuenfte": (
        "Bei Seegang über 1,5 Meter wird nicht ausgebootet; Änderungen vorbehalten.",
        "Tagesgäste zahlen die Kurabgabe bereits mit der Fahrkarte.",
        "Maßgeblich ist der Aushang an der Landungsbrücke.",
    ),
    "milchpreise": (
        "Die Preise gelten für Milch mit 4,2 Prozent Fett und 3,4 Prozent Eiweiß, netto ab Hof.",
        "Quelle: Milchpreisvergleich des Verbands der Milcherzeuger, Zusammenstellung Milchspiegel.",
        "Für die Richtigkeit der Angaben übernehmen wir keine Haftung.",
    ),
    "viehmarkt": (
        "Der nächste Zuchtviehmarkt findet in der Allgäuhalle statt, Auftrieb ab 7 Uhr.",
        "Die Ergebnisse stellt der Zuchtverband zur Verfügung.",
        "Kataloge gibt es z. B. als PDF auf der Seite des Verbands oder gedruckt an der Kasse.",
    ),
    "lancementkourou": (
        "Il est interdit de faire voler un drone dans la zone pendant toute la chronologie.",
        "En cas de report, les mêmes mesures s'appliquent le lendemain.",
        "Renseignements au 0594 55 55 10, p. ex. pour les autorisations de passage.",
    ),
    "niveaufleuves": (
        "La navigation des pirogues est déconseillée de nuit.",
        "Données : DGTM Guyane, relevés de 7 h.",
        "Ces relevés sont fournis à titre indicatif.",
    ),
    "bataillereines": (
        "Les vaches ne sont jamais blessées, et aucune n'est forcée à combattre.",
        "Entrée libre, parking à l'arène de la Croix-Noire.",
        "Le comité remercie les éleveurs, les bénévoles et les sponsors.",
    ),
    "colsalpins": (
        "Pneus neige ou chaînes à bord obligatoires du 15 octobre au 15 avril.",
        "Consultez l'état des routes avant de partir au 0165 555 300.",
        "Les horaires sont donnés à titre indicatif et peuvent varier selon les conditions.",
    ),
    "crucerosushuaia": (
        "La Dirección Provincial de Puertos recuerda que el acceso al muelle está restringido a pasajeros y "
        "personal autorizado.",
        "Los horarios pueden modificarse por las condiciones meteorológicas en el canal Beagle.",
        "Para más información, comuníquese al (02901) 555-120.",
    ),
    "pasogaribaldi": (
        "Se recomienda circular con cadenas y no adelantar en la zona del lago Escondido.",
        "Ante cualquier emergencia llame al 911.",
        "Fuente: Vialidad Provincial, parte de las 8 h.",
    ),
    "vuelosmataveri": (
        "Todos los pasajeros deben presentar el Formulario Único de Ingreso.",
        "La permanencia máxima en la isla es de 30 días para los visitantes.",
        "Los horarios son referenciales; consulte con la aerolínea.",
    ),
    "abastecimiento": (
        "La descarga depende del estado del mar en la bahía de Hanga Piko.",
        "El municipio agradece la paciencia de los vecinos.",
        "Consultas en la Gobernación, de lunes a viernes de 8.30 a 14 h.",
    ),
}
DATELINED = ("vagarfog", "pasogaribaldi")  # the Faroe site's and the Ushuaia daily's datelines open these

_de = partial(day_month, lang="de")
_fr = partial(day_month, lang="fr")
_es = partial(day_month, lang="es")
_c = decimal_comma


def _split(rows: list) -> int:
    return 1 if len(rows) < 3 else 2 if len(rows) < 5 else 3


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _uk(d: dt.date) -> str:
    return f"{EN_DAYS[d.weekday()]} {d.day} {EN_MONTHS[d.month - 1]}"


# ---- en: the Saint Helena weekly ------------------------------------------------------------------------------
_BOATS = ("MFV Extractor", "MFV Westerdam", "MFV Sirius", "MFV Frontier", "MFV Gannet III", "MFV Oasis",
          "MFV Sea Star", "MFV Bluefin", "MFV Enterprise")


def _tunalandings(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["tunalandings"]
    rows = [li(f"{b}: {thousands(rng.randint(180, 4200), ',')} kg of {rng.choice(('yellowfin', 'skipjack', 'bigeye', 'albacore'))}")  # noqa: E501
            for b in rng.sample(_BOATS, rng.randint(3, 5))]
    k = _split(rows)
    tot = rng.randint(6, 19)
    paras = [f"The St Helena Fisheries Corporation took in approx. {tot} tonnes of tuna at Rupert's in the week "
             f"to {_uk(when)}, landed by:", *rows[:k], s[0], *rows[k:],
             f"Capt. {rng.choice(('Derek A. Thomas', 'Gavin Leo', 'Shane Yon'))} said the fish had been found "
             f"about {rng.randint(12, 60)} miles off Sandy Bay, and that prices at the factory were "
             f"{rng.choice(('unchanged', 'up 5p a kilo', 'down slightly'))}.", s[1], s[2]]
    return f"Tuna landings: {tot} tonnes this week", paras


_DECISIONS = ("a new water tariff from 1 {m}", "the lease of Crown land at Half Tree Hollow for housing",
              "a grant of £{n} to the Jamestown Community Centre", "the appointment of a new Chief Magistrate",
              "an increase in the airport departure tax to £{n}", "the Fisheries (Amendment) Regulations",
              "repairs to Jacob's Ladder costing £{n}", "a visa waiver for Ascension contract workers",
              "extra sailings of the MV Helena for the school holidays")


def _councilorders(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["councilorders"]
    m = EN_MONTHS[(when.month % 12)]
    rows = [li(_cap(d.format(m=m, n=thousands(rng.randint(2, 90) * 500, ","))))
            for d in rng.sample(_DECISIONS, rng.randint(3, 5))]
    k = _split(rows)
    paras = [f"Executive Council met at the Castle on {_uk(when)} and approved the following:", *rows[:k], s[1],
             *rows[k:],
             f"The Governor, Mr. {rng.choice(('Nigel J. Phillips', 'Philip Rushbrook', 'Richard K. Burgess'))}, "
             f"told councillors the next open session would consider the budget for {when.year + 1}.", s[0], s[2]]
    return f"Executive Council: {len(rows)} decisions", paras


# ---- en: the Faroe site ---------------------------------------------------------------------------------------
_FLIGHTS = ("RC451 to Copenhagen", "RC453 to Copenhagen", "RC417 to Billund", "RC411 to Aalborg",
            "RC421 to Reykjavik", "RC461 to Bergen", "RC431 to Edinburgh", "RC471 to Paris")


def _vagarfog(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["vagarfog"]
    rows = [f"{f}: {rng.choice(('cancelled', 'delayed to ' + str(rng.randint(2, 9)) + ' p.m.', 'diverted to Bergen', 'cancelled, new flight tomorrow at 7 a.m.'))}"  # noqa: E501
            for f in rng.sample(_FLIGHTS, rng.randint(3, 5))]
    k = _split(rows)
    vis = rng.randint(50, 400)
    paras = [f"Dense fog at Vágar Airport on {_uk(when)} brought visibility down to {vis} metres and disrupted "
             f"{len(rows)} departures, Atlantic Airways said.", *rows[:k], s[0], *rows[k:],
             f"Duty manager Mr. {rng.choice(('Jóannes Dam', 'Rógvi M. Olsen', 'Sjúrður Joensen'))} said the fog "
             f"was expected to lift by {rng.randint(8, 11)} a.m. the next day.", s[1], s[2]]
    return f"Fog at Vágar: {len(rows)} flights hit", paras


_TUNNELS = ("Eysturoyartunnilin", "Norðoyatunnilin", "Vágatunnilin", "Sandoyartunnilin", "Kollfjarðartunnilin",
            "Hvalbiartunnilin", "Leirvíkartunnilin", "Árnafjarðartunnilin")


def _tunnelclosures(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["tunnelclosures"]
    rows = [li(f"{t}: {rng.choice(('closed 10 p.m. to 6 a.m. for cleaning', 'one lane only, traffic lights', 'closed Sunday 1 to 5 a.m.', 'open, speed limit 50 km/h'))}")  # noqa: E501
            for t in rng.sample(_TUNNELS, rng.randint(3, 5))]
    k = _split(rows)
    paras = [f"Landsverk has announced works in {len(rows)} tunnels in the week from {_uk(when)}:", *rows[:k], s[1],
             *rows[k:],
             f"Project leader Ms. {rng.choice(('Turið Hansen', 'Bára K. Poulsen', 'Elin Jacobsen'))} said the "
             f"works would cost about DKK {rng.randint(2, 19)}.{rng.randint(1, 9)} million.", s[0], s[2]]
    return f"Tunnel works: {len(rows)} closures this week", paras


# ---- de: the Helgoland weekly ---------------------------------------------------------------------------------
_STRAENDE = ("Nordstrand der Düne", "Südstrand der Düne", "Aade", "Badestrand Düne", "Nordostgelände",
             "Flughafenstrand", "Westkante der Düne")


def _robbenzaehlung(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["robbenzaehlung"]
    rows = [f"{st}: {rng.randint(20, 480)} Kegelrobben, {rng.randint(0, 90)} Seehunde"
            for st in rng.sample(_STRAENDE, rng.randint(3, 5))]
    k = _split(rows)
    paras = [f"Bei der Zählung am {_de(when)} wurden auf der Düne ca. {rng.randint(300, 1400)} Robben gezählt, "
             f"darunter die ersten {rng.randint(1, 12)} Jungtiere der Saison.", *rows[:k], s[0], *rows[k:],
             f"Biologin Dr. {rng.choice(('Inga K. Rickmers', 'Frauke Botter', 'Hanna Denker'))} sagte, die "
             f"Zahl der Kegelrobben habe sich in zehn Jahren fast verdreifacht.", s[1], s[2]]
    return f"Robbenzählung: {len(rows)} Strände", paras


_SCHIFFE = ("„Funny Girl“ aus Büsum", "„Helgoland“ aus Cuxhaven", "„Halunder Jet“ aus Hamburg",
            "„Atlantis“ aus Wilhelmshaven", "„Fair Lady“ aus Hooksiel", "„Lady von Büsum“ aus Büsum")


def _schiffsankuenfte(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["schiffsankuenfte"]
    rows = []
    for i, sch in enumerate(rng.sample(_SCHIFFE, rng.randint(3, 5))):
        d = when + dt.timedelta(days=i)
        rows.append(li(f"{_de(d)}: {sch}, Ankunft {rng.randint(10, 12)}.{rng.choice(('15', '30', '45'))} Uhr, "
                       f"ca. {rng.randint(150, 900)} Gäste"))
    k = _split(rows)
    paras = [f"Für die Woche ab {_de(when)} erwartet die Gemeinde Helgoland u. a. folgende Seebäderschiffe:",
             *rows[:k], s[0], *rows[k:],
             f"Hafenmeister {rng.choice(('Jens Kreuz', 'Uwe P. Rickmers', 'Björn Friedrichs'))} rechnet bis "
             f"Monatsende mit insgesamt {thousands(rng.randint(9000, 24000), '.')} Tagesgästen.", s[1], s[2]]
    return f"Schiffe der Woche: {len(rows)} Anläufe", paras


# ---- de: the Allgäu dairy trade paper -------------------------------------------------------------------------
_MOLKEREIEN = ("Käserei Champignon, Lauben", "Allgäuland, Wangen", "Bergbauernmilch, Kempten", "Zott, Mertingen",
               "Milchwerk Oberallgäu, Sonthofen", "Hochland, Heimenkirch", "Sennerei Gunzesried",
               "Molkerei Ehrmann, Oberschönegg")


def _milchpreise(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["milchpreise"]
    base = rng.uniform(44.0, 56.0)
    rows = [f"{m}: {_c(base + rng.uniform(-3, 4))} Cent/kg" for m in rng.sample(_MOLKEREIEN, rng.randint(3, 6))]
    k = _split(rows)
    paras = [f"Die Allgäuer Molkereien zahlen für die Anlieferung im {rng.choice(('Juli', 'August'))} im Schnitt "
             f"{_c(base)} Cent je Kilogramm, ergab die Umfrage vom {_de(when)}.", *rows[:k], s[0], *rows[k:],
             f"Marktexperte Dr. {rng.choice(('Anton Rauch', 'Magdalena B. Hörmann', 'Franz X. Weber'))} erwartet "
             f"bis Jahresende ca. {rng.randint(1, 3)} Cent mehr, u. a. wegen der hohen Butterpreise.", s[1], s[2]]
    return f"Milchpreise: {_c(base)} Cent im Schnitt", paras


_KATEGORIEN = ("Zuchtkühe Braunvieh", "Jungkühe Fleckvieh", "Kalbinnen Braunvieh", "Zuchtstiere",
               "Nutzkälber männlich", "Nutzkälber weiblich", "Jungkühe Braunvieh")


def _viehmarkt(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["viehmarkt"]
    rows = [li(f"{kat}: {rng.randint(12, 140)} Tiere, Ø {thousands(rng.randint(300, 2900), '.')} Euro")
            for kat in rng.sample(_KATEGORIEN, rng.randint(3, 5))]
    k = _split(rows)
    paras = [f"Beim {rng.randint(410, 480)}. Zuchtviehmarkt in Kempten am {_de(when)} wurden insgesamt "
             f"{rng.randint(300, 700)} Tiere aufgetrieben. Die Ergebnisse:", *rows[:k], s[1], *rows[k:],
             f"Zuchtleiter {rng.choice(('Dr. Josef Kögel', 'Martin A. Zettler', 'Thomas Rietzler'))} nannte die "
             f"Nachfrage aus Italien und Nordafrika „sehr lebhaft“.", s[0], s[2]]
    return f"Zuchtviehmarkt Kempten: {len(rows)} Kategorien", paras


# ---- fr: the Cayenne daily ------------------------------------------------------------------------------------
_ROUTES = ("RN1 entre Kourou et Sinnamary", "RD5 vers Saint-Élie", "route de l'Espace", "pont du Kourou",
           "plage de la Cocoteraie", "îles du Salut", "crique Pariacabo", "carrefour de Guatémala")


def _lancementkourou(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["lancementkourou"]
    rows = [li(f"{_cap(r)} : {rng.choice(('fermé de 19 h à minuit', 'accès interdit toute la journée', 'circulation alternée à partir de 17 h', 'évacuation à 18 h'))}")  # noqa: E501
            for r in rng.sample(_ROUTES, rng.randint(3, 5))]
    k = _split(rows)
    lanceur = rng.choice(("Ariane 6", "Vega-C"))
    vol = f"V{'A' if lanceur == 'Ariane 6' else 'V'}{rng.randint(260, 299)}"
    paras = [f"Le lancement d'{lanceur} (vol {vol}) est prévu le {_fr(when)} à {rng.randint(18, 23)} h "
             f"{rng.choice(('05', '12', '30', '47'))}, heure de Guyane. La préfecture a pris les mesures suivantes :",
             *rows[:k], s[0], *rows[k:],
             f"Selon M. {rng.choice(('Jean-Luc Voyer', 'Philippe R. Baptiste', 'Marc Aubin'))}, directeur du "
             f"Centre spatial guyanais, env. {rng.randint(200, 900)} personnes suivront le tir depuis le site "
             f"de Toucan.", s[1], s[2]]
    return f"Lancement {vol} : les restrictions de circulation", paras


_STATIONS = ("Maroni à Maripasoula", "Maroni à Saint-Laurent", "Oyapock à Saint-Georges", "Approuague à Régina",
             "Lawa à Papaïchton", "Mana à Saut-Sabbat", "Sinnamary à Petit-Saut", "Comté à Cacao")


def _niveaufleuves(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["niveaufleuves"]
    rows = [f"{st} : {_c(rng.uniform(0.6, 5.8), 2)} m ({rng.choice(('en baisse', 'en hausse', 'stable'))})"
            for st in rng.sample(_STATIONS, rng.randint(3, 5))]
    k = _split(rows)
    paras = [f"Les niveaux des fleuves ont encore baissé cette semaine ; le {_fr(when)}, "
             f"{rng.randint(2, 6)} stations sur huit étaient sous la normale saisonnière.", *rows[:k], s[1],
             *rows[k:],
             f"Mme {rng.choice(('Aline Tiouka', 'Marie-Josée K. Panelle', 'Sandra Adam'))}, de la DGTM, a rappelé "
             f"que le transport scolaire en pirogue pourrait être suspendu si le Maroni passait sous 1 m.", s[0],
             s[2]]
    return "Niveaux des fleuves : la décrue se poursuit", paras


# ---- fr: the Aosta site ---------------------------------------------------------------------------------------
_REINES = ("« Fleur », élevage Vuillermoz, Cogne", "« Bijou », élevage Bionaz, Gressan", "« Mignonne », élevage "
           "Chabod, Valpelline", "« Tempête », élevage Cerise, Aymavilles", "« Baronne », élevage Jaccod, "
           "Saint-Christophe", "« Reinette », élevage Perrin, Introd", "« Lionne », élevage Dayné, Sarre")


def _bataillereines(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["bataillereines"]
    rows = [li(f"{n}re catégorie : {r}" if n == 1 else f"{n}e catégorie : {r}")
            for n, r in enumerate(rng.sample(_REINES, rng.randint(3, 5)), 1)]
    k = _split(rows)
    lieu = rng.choice(("Aoste", "Cogne", "Valtournenche", "Verrès", "Morgex"))
    paras = [f"Plus de {rng.randint(120, 260)} vaches de race valdôtaine ont participé le {_fr(when)} au combat "
             f"éliminatoire de {lieu}. Les reines de la journée :", *rows[:k], s[0], *rows[k:],
             f"M. {rng.choice(('Joseph-César Perrin', 'Aldo B. Jaccod', 'Ernest Bionaz'))}, président du comité, "
             f"a rappelé que la finale aura lieu en octobre à l'arène de la Croix-Noire.", s[1], s[2]]
    return f"Bataille des reines : les résultats de {lieu}", paras


_COLS = ("Col du Grand-Saint-Bernard", "Col du Petit-Saint-Bernard", "Col de Joux", "Col du Nivolet",
         "Col de Champillon", "Route de Cervinia", "Tunnel du Mont-Blanc", "Col de la Croix-de-Fer (Cogne)")


def _colsalpins(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["colsalpins"]
    rows = [f"{c} : {rng.choice(('ouvert', 'ouvert de 8 h à 18 h', 'fermé', 'chaînes obligatoires', 'ouvert, travaux à la sortie'))}"  # noqa: E501
            for c in rng.sample(_COLS, rng.randint(3, 6))]
    k = _split(rows)
    paras = [f"État des cols et des grands axes de la Vallée d'Aoste le {_fr(when)}, selon l'Anas et la "
             f"Région :", *rows[:k], s[0], *rows[k:],
             f"Il est tombé env. {rng.randint(5, 40)} cm de neige au-dessus de 2 200 m, a précisé M. "
             f"{rng.choice(('Paolo Cerise', 'Jean-Marc P. Chabod', 'Luc Dayné'))}, du service de viabilité.",
             s[1], s[2]]
    return f"Cols alpins : la situation du {_fr(when)}", paras


# ---- es: the Ushuaia daily ------------------------------------------------------------------------------------
_BUQUES = ("«Ocean Victory»", "«Hondius»", "«Silver Endeavour»", "«Le Lyrial»", "«Seabourn Venture»",
           "«Ushuaia Explorer»", "«Plancius»", "«Sylvia Earle»", "«Greg Mortimer»")


def _crucerosushuaia(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["crucerosushuaia"]
    rows = []
    for i, b in enumerate(rng.sample(_BUQUES, rng.randint(3, 5))):
        d = _es(when + dt.timedelta(days=i))
        rows.append(li(f"{_cap(d)}: {b}, {rng.randint(90, 480)} pasajeros, sitio {rng.randint(1, 6)} del muelle"))
    k = _split(rows)
    paras = [f"El puerto de Ushuaia recibirá {len(rows)} cruceros antárticos en la semana que comienza el "
             f"{_es(when)}. El cronograma:", *rows[:k], s[0], *rows[k:],
             f"El presidente de la Dirección Provincial de Puertos, Sr. {rng.choice(('Roberto Murcia', 'Gonzalo D. Zamora', 'Luis Cárdenas'))}, "  # noqa: E501
             f"estimó que la temporada cerrará con unos {rng.randint(480, 560)} arribos.", s[1], s[2]]
    return f"Cruceros: {len(rows)} arribos esta semana", paras


_TRAMOS = ("Paso Garibaldi", "Ruta 3 entre Ushuaia y Tolhuin", "Ruta 3 entre Tolhuin y Río Grande",
           "Ruta J hacia Harberton", "Ruta 3 en el lago Escondido", "Ruta H hacia la estancia Viamonte",
           "acceso al Parque Nacional")


def _pasogaribaldi(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["pasogaribaldi"]
    rows = [f"{_cap(t)}: {rng.choice(('transitable con precaución', 'hielo en la calzada', 'nieve, uso obligatorio de cadenas', 'transitable', 'cortada por nevada'))}"  # noqa: E501
            for t in rng.sample(_TRAMOS, rng.randint(3, 5))]
    k = _split(rows)
    paras = [f"Vialidad Provincial informó el estado de las rutas de Tierra del Fuego para el {_es(when)}, con "
             f"temperaturas de hasta {rng.randint(-9, -1)} °C en la zona cordillerana.", *rows[:k], s[0], *rows[k:],
             f"La Sra. {rng.choice(('Marisa Leguizamón', 'Claudia P. Olivera', 'Andrea Duarte'))}, jefa de "
             f"Vialidad, dijo que {rng.randint(2, 9)} equipos trabajan desde las 5 h.", s[1], s[2]]
    return "Estado de las rutas: precaución en el paso Garibaldi", paras


# ---- es: the Rapa Nui radio -----------------------------------------------------------------------------------
def _vuelosmataveri(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["vuelosmataveri"]
    rows = []
    for i in range(rng.randint(3, 5)):
        d = _es(when + dt.timedelta(days=2 * i))
        rows.append(li(f"{_cap(d)}: LA{rng.choice(('841', '843', '833'))} desde {rng.choice(('Santiago', 'Santiago', 'Papeete'))}, "  # noqa: E501
                       f"llegada {rng.randint(11, 17)}:{rng.choice(('05', '20', '40'))} h"))
    k = _split(rows)
    paras = [f"La aerolínea informó los vuelos al aeropuerto de Mataveri para los próximos días, desde el "
             f"{_es(when)}, con unos {rng.randint(180, 300)} pasajeros por vuelo:", *rows[:k], s[0], *rows[k:],
             f"El jefe del aeropuerto, Sr. {rng.choice(('Pedro Pakarati', 'Juan C. Tuki', 'Ricardo Haoa'))}, "
             f"explicó que la pista sigue en obras de 22 a 6 h.", s[1], s[2]]
    return f"Vuelos a Mataveri: {len(rows)} llegadas", paras


_CARGA = ("Combustible", "Gas licuado", "Cemento", "Alimentos no perecibles", "Vehículos", "Materiales de "
          "construcción", "Insumos médicos", "Forraje")


def _abastecimiento(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["abastecimiento"]
    rows = [f"{c}: {thousands(rng.randint(20, 1800) * 100, '.')} {rng.choice(('kg', 'litros', 'unidades'))}"
            for c in rng.sample(_CARGA, rng.randint(3, 5))]
    k = _split(rows)
    paras = [f"La barcaza de abastecimiento llegó a la bahía de Hanga Piko el {_es(when)} tras "
             f"{rng.randint(5, 9)} días de navegación desde Valparaíso, con esta carga:", *rows[:k], s[0], *rows[k:],
             f"Según la Sra. {rng.choice(('Ana María Teao', 'Rosa Hey', 'Verónica T. Atán'))}, de la Gobernación, "
             f"el próximo barco llegará en {rng.randint(3, 6)} semanas.", s[1], s[2]]
    return "Llegó la barcaza de abastecimiento", paras


TEMPLATES: dict[str, tuple[str, Callable[[random.Random, dt.date], Story]]] = {
    "tunalandings": ("en", _tunalandings), "councilorders": ("en", _councilorders),
    "vagarfog": ("en", _vagarfog), "tunnelclosures": ("en", _tunnelclosures),
    "robbenzaehlung": ("de", _robbenzaehlung), "schiffsankuenfte": ("de", _schiffsankuenfte),
    "milchpreise": ("de", _milchpreise), "viehmarkt": ("de", _viehmarkt),
    "lancementkourou": ("fr", _lancementkourou), "niveaufleuves": ("fr", _niveaufleuves),
    "bataillereines": ("fr", _bataillereines), "colsalpins": ("fr", _colsalpins),
    "crucerosushuaia": ("es", _crucerosushuaia), "pasogaribaldi": ("es", _pasogaribaldi),
    "vuelosmataveri": ("es", _vuelosmataveri), "abastecimiento": ("es", _abastecimiento),
}


def make(template: str, rng: random.Random, when: dt.date) -> Story:
    return TEMPLATES[template][1](rng, when)
