"""Templated stories of the 'holdout6' half: the forest-fire situation report and highway conditions (en, a
Canadian public broadcaster's northern service), the beach report and weekend train and bus changes (en, an
Australian metro daily), Global Dairy Trade results and monthly rainfall (en, a New Zealand rural weekly),
road closures and the weekly market (de, a German local-news aggregator), commercial-register entries and
the currency and rates report (de, a Swiss business paper), scheduled power cuts and capped food prices (fr,
a Senegalese news site), road conditions and big-game drives (fr, a French regional radio), earthquake
reports and bus diversions (es, a Chilean daily).

As in the other halves, every story has its own facts and shares its template's STOCK sentences, which are
true story text.  Several stock sentences read like a site's chrome on purpose ("We apologise for any
inconvenience", "BPB updates this list …", "ohne Gewähr", "send your rainfall to …", "Chasse en cours"),
many name the publisher, its phone number or its e-mail address, and some stand in the middle of the story
between lines of "Name: value" (so a publisher's mid-body box can land next to them).  Some stories are
bullet lists.  Abbreviations, times, dates and decimals throughout (``3 p.m.``, ``Hwy. 17``, ``U.S.``,
``Dr.``, ``No. 5``, ``St.``, ``e.g.``, ``z. B.``, ``Nr.``, ``Tel.``, ``M.``, ``av.``, ``S.A.``, ``etc.``,
``Av.``, ``N°``, ``6.5``, ``6,5``, ``CHF 100 000``, ``$2.990``)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from functools import partial

from bench.cleaning_set.cms import li
from bench.cleaning_set.lang import (
    AP_MONTHS,
    DE_DAYS,
    DE_MONTHS,
    EN_DAYS,
    EN_MONTHS,
    ES_DAYS,
    ES_MONTHS,
    FR_MONTHS,
    ap_date,
    day_month,
    decimal_comma,
)

Story = tuple[str, list[str]]

STOCK = {
    "wildfire": (
        "Fires are named for the district that reports them and numbered in sequence, e.g. Red Lake 12 is the "
        "12th fire confirmed in the Red Lake district this season.",
        "BPB Thunder Bay posts this summary each afternoon from the Ministry of Natural Resources' 3 p.m. "
        "situation report.",
        "To report a forest fire north of the French and Mattawa rivers, call 310-FIRE (3473).",
    ),
    "ontroads": (
        "Road information comes from Ontario 511 and the Ontario Provincial Police (OPP) and can change with "
        "little notice.",
        "BPB refreshes this list at 6 a.m., noon and 5 p.m. on weekdays.",
        "Before a long drive, call 511 or check the province's traveller map.",
    ),
    "beaches": (
        "Conditions are supplied each morning by Surf Life Saving WA and can change quickly during the day.",
        "Swim between the red and yellow flags at patrolled beaches, and never swim alone.",
        "Shark sightings should be reported to Water Police on (08) 9555 0100.",
    ),
    "transperth": (
        "The Swan Courier compiles these changes from Transperth service notices every Thursday.",
        "SmartRider fares apply on replacement buses, and passengers should allow up to 30 minutes extra.",
        "Planned works can be cancelled at short notice if the weather turns.",
    ),
    "gdt": (
        "Global Dairy Trade auctions run every second Tuesday night, NZ time, and Farm Weekly reports the "
        "average winning prices in U.S. dollars a tonne, as the platform does.",
        "Prices are averages across all contract periods offered at the event.",
    ),
    "rainfall": (
        "Figures are for the month to 9 a.m. yesterday and are provisional.",
        "Readers with their own gauges can send monthly totals to rain@farmweekly.example with their road name and "
        "nearest town.",
        "Long-term averages are for 1991 to 2020.",
    ),
    "sperrungen": (
        "Die Angaben stammen von den Straßenverkehrsbehörden der Städte und des Landkreises.",
        "Der Ortsticker aktualisiert diese Übersicht werktags gegen 6 Uhr; kurzfristige Änderungen sind möglich.",
    ),
    "wochenmarkt": (
        "Der Wochenmarkt auf dem Buttermarkt hat mittwochs und samstags von 7 bis 13 Uhr geöffnet.",
        "Preise nach Angaben der Händler, Stand Freitagnachmittag, ohne Gewähr.",
        "Fragen zum Markt beantwortet die Marktaufsicht der Stadt Fulda unter Tel. 0661 555-2210.",
    ),
    "handelsregister": (
        "Die Angaben stammen aus dem Schweizerischen Handelsamtsblatt (SHAB) und sind ohne Gewähr.",
        "Die HHZ veröffentlicht werktäglich eine Auswahl; massgebend ist allein die Publikation im SHAB.",
    ),
    "devisen": (
        "Die Kurse sind Interbanken-Mittelkurse von 17.30 Uhr.",
        "Die Schweizerische Nationalbank (SNB) überprüft ihre Geldpolitik vierteljährlich; der nächste Entscheid "
        "fällt im Dezember.",
    ),
    "delestages": (
        "Selon la Senelec, ces interruptions sont nécessaires à des travaux de maintenance sur le réseau.",
        "La société présente ses excuses à sa clientèle pour la gêne occasionnée.",
        "Téranga Actu publie chaque matin le programme communiqué par la Senelec, qui peut changer en cours de "
        "journée.",
    ),
    "prixdenrees": (
        "Ces prix plafonds sont fixés par arrêté du ministère du Commerce et s'appliquent sur tout le territoire.",
        "Tout dépassement peut être signalé gratuitement au 800 00 70 70.",
        "Téranga Actu relève les prix chaque lundi avec les associations de consommateurs.",
    ),
    "routes": (
        "Les informations proviennent du Département de la Lozère et de la DIR Massif central.",
        "RCC fait le point sur les routes dans chacun de ses flashs du matin, à 6 h 30, 7 h 30 et 8 h 30.",
        "Du 1er novembre au 31 mars, pneus hiver ou chaînes sont obligatoires dans les communes classées en zone "
        "de montagne.",
    ),
    "battues": (
        "Les battues sont signalées sur le terrain par des panneaux « Chasse en cours ».",
        "La Fédération départementale des chasseurs de la Lozère transmet cette liste à RCC chaque jeudi.",
        "Promeneurs, cueilleurs et vététistes sont invités à porter une tenue voyante.",
    ),
    "sismos": (
        "La información es preliminar y proviene del Centro Sismológico Nacional (CSN) de la Universidad de Chile.",
        "Ante un sismo, mantén la calma; si estás en la costa y no puedes mantenerte en pie, evacúa a la zona "
        "de seguridad.",
        "El Vigía informa de todos los sismos de magnitud 3,5 o superior con epicentro en la región.",
    ),
    "recorridos": (
        "Los desvíos fueron informados por la Seremi de Transportes y pueden modificarse sin previo aviso.",
        "El Vigía actualiza esta información cada mañana con los reportes de los operadores del Gran Valparaíso.",
    ),
}
DATELINED = ("wildfire",)  # the broadcaster's dateline opens these, as in its other stories


_ap = ap_date
_comma = decimal_comma
_fr_date = partial(day_month, lang="fr")


# ---- en: the Canadian public broadcaster's northern service -------------------------------------------------
_DISTRICTS = ("Red Lake", "Sioux Lookout", "Kenora", "Fort Frances", "Thunder Bay", "Nipigon", "Dryden")
_FIRE_STATUS = ("not under control", "being held", "under control", "being observed", "not under control")


def _wildfire(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["wildfire"]
    n = rng.randint(9, 41)
    fires = []
    for d in rng.sample(_DISTRICTS, rng.randint(3, 5)):
        size = rng.choice((0.1, 0.3, 1.5, 6.5, 12, 48, 310, 1240, 5700))
        fires.append(li(f"{d} {rng.randint(3, 88)}: {size:,} hectares, {rng.choice(_FIRE_STATUS)}."))
    paras = [f"There were {n} active forest fires in the Northwest Region as of {EN_DAYS[when.weekday()]} "
             f"afternoon, {rng.choice(('up', 'down'))} from {n + rng.choice((-3, -1, 2, 4))} a day earlier, and the "
             f"fire hazard was {rng.choice(('high', 'moderate', 'extreme'))} across most of the region.", *fires,
             s[0],
             f"{rng.choice(('Two new fires', 'One new fire', 'Three new fires'))} were confirmed by late "
             f"{EN_DAYS[when.weekday()]}; fire information officer {rng.choice(('Chris Marchand', 'Dr. A. J. Flett', 'Leah Meekis'))} "  # noqa: E501
             f"said crews from Quebec and the U.S. were helping on the largest.", s[1], s[2]]
    return f"Northwest fire update, {_ap(when)}: {n} active fires", paras


_HWYS = ("Hwy. 17 between Kenora and Vermilion Bay", "Hwy. 11 between Nipigon and Beardmore",
         "Hwy. 17 between Thunder Bay and Shabaqua", "Hwy. 61 at the Pigeon River crossing",
         "Hwy. 599 north of Ignace", "Hwy. 527 near Armstrong", "Hwy. 502 south of Dryden")
_COND = ("closed in both directions after a collision; no detour available", "one lane open for paving until 7 p.m.",
         "bare and dry", "partly snow covered, with slippery sections", "reopened after an earlier closure",
         "reduced to one lane for a wildfire; pilot vehicle in use")


def _ontroads(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["ontroads"]
    lines = [f"{h}: {rng.choice(_COND)}." for h in rng.sample(_HWYS, rng.randint(4, 6))]
    k = rng.randint(2, len(lines) - 1)
    paras = [f"Here is the state of the main highways in northwestern Ontario on {EN_DAYS[when.weekday()]}, "
             f"{_ap(when)}.", *lines[:k], s[1], *lines[k:], s[0],
             f"In Thunder Bay, work on {rng.choice(('Red River Rd.', 'May St.', 'Memorial Ave.', 'Dawson Rd.'))} "
             f"near No. {rng.randint(100, 990)} continues until {rng.randint(2, 6)} p.m.", s[2]]
    return f"Highway conditions in the northwest, {EN_DAYS[when.weekday()]}, {_ap(when)}", paras


# ---- en: the Australian metro daily ------------------------------------------------------------------------
_BEACHES = ("Cottesloe", "Scarborough", "Trigg", "City Beach", "Leighton", "Port Beach", "Floreat", "Mettams Pool",
            "Swanbourne", "Secret Harbour")


def _beaches(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["beaches"]
    temp = rng.randint(17, 22)
    lines = []
    for b in rng.sample(_BEACHES, rng.randint(4, 6)):
        lines.append(f"{b}: swell {rng.uniform(0.3, 2.2):.1f} m, wind {rng.choice(('SW', 'S', 'E', 'NE'))} "
                     f"{rng.randint(5, 35)} km/h, water {temp + rng.choice((-1, 0, 0, 1))}°C.")
    paras = [f"A {rng.choice(('mild', 'windy', 'hot', 'cloudy'))} {EN_DAYS[when.weekday()]} is forecast for Perth, "
             f"with a top of {rng.randint(19, 36)}°C and the sea breeze arriving about "
             f"{rng.randint(1, 3)} p.m.", s[0], *lines]
    if rng.random() < 0.4:
        paras.append(f"A {rng.choice(('2.5', '3', '4'))} m shark was reported off {rng.choice(_BEACHES)} at "
                     f"{rng.randint(6, 9)}:{rng.choice(('05', '20', '40'))} a.m.; the beach was closed for an hour.")
    paras += [s[1], s[2]]
    return f"Perth beach report, {when.day} {EN_MONTHS[when.month - 1]}", paras


_LINES = ("Mandurah line", "Joondalup line", "Armadale line", "Fremantle line", "Midland line", "Ellenbrook line",
          "Airport line")
_WORKS = ("buses replace trains between Perth and {a} from 8 p.m. Friday until last service Sunday",
          "trains run every 30 minutes instead of every 15 on Saturday", "{a} station is closed all weekend",
          "services start at 7 a.m. on Sunday for track maintenance", "no changes this weekend")
_STATIONS = ("Cockburn Central", "Warwick", "Cannington", "Claremont", "Bassendean", "Forrestfield", "Murdoch")


def _transperth(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["transperth"]
    lines = [f"{ln}: {rng.choice(_WORKS).format(a=rng.choice(_STATIONS))}." for ln in rng.sample(_LINES, rng.randint(3, 5))]  # noqa: E501
    paras = [f"Work on the network means changes on {rng.randint(2, 4)} train lines this weekend, Transperth said "
             f"on {EN_DAYS[(when - dt.timedelta(days=1)).weekday()]}.", lines[0], s[0], *lines[1:],
             f"Bus route {rng.randint(100, 999)} will be diverted via {rng.choice(('Canning Hwy.', 'Stirling St.', 'Albany Hwy.'))} "  # noqa: E501
             f"during the works.", s[1], s[2]]
    return f"Weekend train and bus changes for {EN_DAYS[when.weekday()]} {when.day} {EN_MONTHS[when.month - 1]}", paras


# ---- en: the New Zealand rural weekly ----------------------------------------------------------------------
_PRODUCTS = (("Whole milk powder", 3900), ("Skim milk powder", 2750), ("Butter", 7300), ("Anhydrous milk fat", 7050),
             ("Cheddar", 4700), ("Mozzarella", 4200), ("Lactose", 1200))


def _gdt(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["gdt"]
    index = rng.uniform(-3.5, 4.2)
    lines = []
    for name, base in rng.sample(_PRODUCTS, rng.randint(4, 6)):
        lines.append(f"{name}: US${round(base * rng.uniform(0.93, 1.07)):,}/t, {rng.choice(('up', 'down'))} "
                     f"{rng.uniform(0.1, 5.5):.1f}%.")
    paras = [f"The GDT price index {'rose' if index >= 0 else 'fell'} {abs(index):.1f}% at overnight Tuesday's "
             f"auction, the {rng.choice(('second', 'third', 'first'))} "
             f"{'rise' if index >= 0 else 'fall'} in a row.", *lines, s[0],
             f"Economist {rng.choice(('Dr. Hana Rutherford', 'S. P. Kaur', 'Mike Tamati'))} said the result "
             f"{'supports' if index >= 0 else 'puts pressure on'} a farmgate milk price forecast of "
             f"${rng.uniform(9.2, 10.4):.2f}/kg MS.", s[1]]
    return f"GDT: index {'up' if index >= 0 else 'down'} {abs(index):.1f}% ({when.day} {AP_MONTHS[when.month - 1]})", paras  # noqa: E501


_STATIONS_NZ = ("Gore", "Winton", "Lumsden", "Riversdale", "Tuatapere", "Wyndham", "Te Anau", "Mossburn",
                "Edendale")


def _rainfall(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["rainfall"]
    lines = []
    for st in rng.sample(_STATIONS_NZ, rng.randint(4, 7)):
        mm = rng.uniform(12, 140)
        lines.append(f"{st}: {mm:.1f} mm ({rng.randint(45, 160)}% of normal).")
    paras = [f"Southland's month so far has been {rng.choice(('drier than usual', 'wetter than usual', 'close to normal'))} "  # noqa: E501
             f"for most districts, with soil moisture {rng.choice(('below', 'above', 'near'))} average at "
             f"{rng.randint(3, 9)} of the region's {rng.randint(11, 16)} recording sites.", s[0], *lines, s[2],
             f"At St. {rng.choice(('Patrick', 'Andrews', 'Clair'))}'s School farm near Edendale, "
             f"{rng.randint(2, 30)} mm fell in a single day.", s[1]]
    return f"Rainfall to {when.day} {EN_MONTHS[when.month - 1]}: how Southland measured up", paras


# ---- de: the German local-news aggregator ------------------------------------------------------------------
_STRASSEN = ("Fulda, Petersberger Straße", "Fulda, Heinrichstraße", "Künzell, Turmstraße", "Petersberg, Rauscheberg",
             "Eichenzell, Hauptstraße", "Hünfeld, Niedertor", "Neuhof, Hanauer Straße", "Gersfeld, B 279",
             "Hosenfeld, L 3141", "Großenlüder, Bahnhofstraße")
_WAS = ("Vollsperrung zwischen Nr. {a} und Nr. {b} bis {bis}; Umleitung ist ausgeschildert",
        "halbseitige Sperrung mit Ampelregelung bis {bis}", "nachts von 20 bis 5 Uhr gesperrt, z. B. für "
        "Fräsarbeiten", "Einbahnstraße in Richtung Innenstadt bis {bis}", "wieder frei befahrbar")


def _sperrungen(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["sperrungen"]
    lines = []
    for st in rng.sample(_STRASSEN, rng.randint(4, 6)):
        a = rng.randint(1, 40)
        bis = when + dt.timedelta(days=rng.randint(3, 40))
        lines.append(f"{st}: {rng.choice(_WAS).format(a=a, b=a + rng.randint(4, 30), bis=f'{bis.day}. {DE_MONTHS[bis.month - 1]}')}.")  # noqa: E501
    k = rng.randint(2, len(lines) - 1)
    paras = [f"Autofahrer in Osthessen müssen sich ab {DE_DAYS[when.weekday()]}, {when.day}. "
             f"{DE_MONTHS[when.month - 1]}, auf mehrere neue Baustellen einstellen.", *lines[:k], s[1], *lines[k:],
             f"Laut Hessen Mobil sind bis Jahresende ca. {rng.randint(12, 40)} weitere Maßnahmen im Landkreis "
             f"geplant, u. a. an der B 27.", s[0]]
    return f"Baustellen und Sperrungen in Osthessen ab {DE_DAYS[when.weekday()]}, {when.day}.{when.month}.", paras


_WARE = (("Zwetschgen aus der Rhön", 2.8), ("Kartoffeln (festkochend)", 1.6), ("Rhöner Apfelsaft, 1 Liter", 2.4),
         ("Pfifferlinge", 22.0), ("Hofeier, 10 Stück", 4.2), ("Kürbis Hokkaido", 2.2), ("Bergkäse", 26.5),
         ("Weißkohl", 1.3), ("Buschbohnen", 5.9))


def _wochenmarkt(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["wochenmarkt"]
    lines = [li(f"{w}: {_comma(p * rng.uniform(0.9, 1.15), 2)} Euro je {'Stück' if 'Kürbis' in w else 'Kilo' if ',' not in w else 'Einheit'}")  # noqa: E501
             for w, p in rng.sample(_WARE, rng.randint(4, 6))]
    paras = [f"Auf dem Fuldaer Wochenmarkt gibt es am Samstag, {(when + dt.timedelta(days=(5 - when.weekday()) % 7)).day}. "  # noqa: E501
             f"{DE_MONTHS[when.month - 1]}, {rng.choice(('die ersten Kürbisse', 'wieder Pfifferlinge', 'Zwetschgen satt'))}.",  # noqa: E501
             s[0], *lines, s[1],
             f"Neu dabei ist {rng.choice(('der Biohof Fischer aus Poppenhausen', 'die Imkerei Dr. Wehner', 'ein Stand mit Rhöner Wurst'))}.",  # noqa: E501
             s[2]]
    return f"Wochenmarkt: Was es am Samstag in Fulda gibt ({when.day}. {DE_MONTHS[when.month - 1]})", paras


# ---- de: the Swiss business paper --------------------------------------------------------------------------
_FIRMEN = ("Alpenblick Treuhand AG, Winterthur", "Limmat Robotics GmbH, Zürich", "Pfannenstiel Immobilien AG, Meilen",
           "Greifensee Logistik AG, Uster", "Sihltal Software GmbH, Adliswil", "Weinland Kellerei AG, Andelfingen",
           "Glatt Finanz Partner AG, Dübendorf", "Zürcher Oberland Bau GmbH, Wetzikon")
_EINTRAG = ("Neueintragung; Aktienkapital CHF {k} 000", "Kapitalerhöhung auf CHF {k} 000",
            "Sitzverlegung nach Zug", "Auflösung und Liquidation", "Löschung nach abgeschlossener Liquidation",
            "Konkurseröffnung durch das Konkursamt Höngg")


def _handelsregister(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["handelsregister"]
    lines = [f"{f}: {rng.choice(_EINTRAG).format(k=rng.choice((100, 250, 500, 1200)))}."
             for f in rng.sample(_FIRMEN, rng.randint(4, 6))]
    paras = [f"Im Kanton Zürich sind am {DE_DAYS[when.weekday()]} {rng.randint(40, 160)} Mutationen im Handelsregister "
             f"publiziert worden, darunter {rng.randint(8, 30)} Neueintragungen.", s[0], *lines,
             f"Die Zahl der Konkurse liegt laut Creditreform seit Januar ca. {rng.randint(3, 14)} % über dem "
             f"Vorjahr.", s[1]]
    return f"Handelsregister Zürich vom {when.day}. {DE_MONTHS[when.month - 1]} {when.year}", paras


_PAARE = (("EUR/CHF", 0.935), ("USD/CHF", 0.798), ("GBP/CHF", 1.078), ("CHF/JPY", 185.2))


def _devisen(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["devisen"]
    lines = []
    for p, base in _PAARE:
        v, ch = base * rng.uniform(0.99, 1.01), rng.uniform(-0.6, 0.6)
        lines.append(f"{p}: {_comma(v, 4 if base < 10 else 2)} ({'+' if ch >= 0 else '−'}{_comma(abs(ch), 2)} %)")
    lines.append(f"Rendite zehnjährige Bundesobligation: {_comma(rng.uniform(0.1, 0.6), 3)} %")
    strong = rng.random() < 0.5
    paras = [f"Der Franken hat am {DE_DAYS[when.weekday()]} {'zugelegt' if strong else 'nachgegeben'}; "
             f"Händler verwiesen auf {rng.choice(('Konjunkturdaten aus den USA', 'die Unsicherheit im Nahen Osten', 'Aussagen der EZB'))}.",  # noqa: E501
             *lines, s[0], s[1]]
    return f"Devisen und Zinsen: Franken {'fester' if strong else 'schwächer'} ({when.day}.{when.month}.)", paras


# ---- fr: the Senegalese news site --------------------------------------------------------------------------
_QUARTIERS = ("Dakar, Parcelles Assainies unités 14 à 17", "Dakar, Sicap Liberté 6", "Pikine, Thiaroye Azur",
              "Guédiawaye, Golf Sud", "Rufisque, cité Diokoul", "Thiès, quartier Randoulène",
              "Mbour, Saly Portudal", "Saint-Louis, Sor", "Keur Massar, cité Aliou Sow")


def _delestages(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["delestages"]
    lines = []
    for q in rng.sample(_QUARTIERS, rng.randint(4, 6)):
        a = rng.randint(8, 12)
        lines.append(f"{q} : de {a} h à {a + rng.randint(3, 6)} h.")
    k = rng.randint(2, len(lines) - 1)
    paras = [f"La Senelec annonce des coupures programmées pour le {_fr_date(when)} dans plusieurs localités de "
             f"Dakar et de l'intérieur du pays.", *lines[:k], s[0], *lines[k:], s[2],
             "Le service clientèle de la Senelec est joignable 24 h/24 au 33 867 66 66.", s[1]]
    return f"Coupures d'électricité : le programme du {_fr_date(when)}", paras


_DENREES = (("Riz brisé non parfumé", 410), ("Sucre cristallisé", 600), ("Huile en vrac, le litre", 1150),
            ("Farine de blé", 475), ("Oignon local", 350), ("Ciment, la tonne", 72000), ("Pain de 190 g", 150))


def _prixdenrees(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["prixdenrees"]
    lines = []
    for d, p in rng.sample(_DENREES, rng.randint(4, 6)):
        ch = rng.choice((0, 0, -10, -25, 15, 25)) if p < 5000 else rng.choice((0, -1000, 1500))
        unit = "" if "," in d or "190" in d else " le kg"
        lines.append(li(f"{d} : {p + ch:,} F CFA{unit} ({'inchangé' if ch == 0 else f'{ch:+,} F'})".replace(",", " ")))
    paras = [f"Le ministère du Commerce a publié {_fr_date(when)} la nouvelle grille des prix plafonds, "
             f"{rng.choice(('presque inchangée', 'en légère baisse', 'en hausse pour deux produits'))}.", s[0], *lines,
             f"M. {rng.choice(('Momar Ndao', 'Cheikh Tidiane Sy', 'Ousmane Diagne'))}, de l'Ascosen, appelle les "
             f"commerçants de Dakar, Thiès, Kaolack, etc. à afficher les prix.", s[1], s[2]]
    return f"Prix plafonds : la grille de la semaine du {when.day} {FR_MONTHS[when.month - 1]}", paras


# ---- fr: the French regional radio -------------------------------------------------------------------------
_ROUTES = ("Col de Finiels (D 35)", "N 88 entre Mende et Langogne", "A 75 entre Marvejols et Saint-Chély-d'Apcher",
           "D 806 au col de Montmirat", "D 986 vers le mont Aigoual", "Col de la Pierre-Plantée (N 88)",
           "D 907 bis dans les gorges du Tarn")
_ETATS = ("circulation normale", "chaussée humide, prudence", "fermé à la circulation en raison de la neige",
          "travaux, circulation alternée de 8 h 30 à 17 h", "brouillard givrant, équipements recommandés",
          "chute de pierres, une seule voie ouverte")


def _routes(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["routes"]
    lines = [f"{r} : {rng.choice(_ETATS)}." for r in rng.sample(_ROUTES, rng.randint(4, 6))]
    k = rng.randint(2, len(lines) - 1)
    paras = [f"Voici les conditions de circulation sur les principaux axes de Lozère ce {_fr_date(when)}, avec "
             f"{rng.randint(-6, 14)} °C relevés à l'aube au sommet du causse.", *lines[:k], s[1], *lines[k:], s[0],
             f"À Mende, l'av. {rng.choice(('Foch', 'du Gévaudan', 'Paulin-Daudé'))} reste en travaux jusqu'au "
             f"{rng.randint(2, 28)} {FR_MONTHS[when.month % 12]}.", s[2]]
    return f"État des routes en Lozère : {_fr_date(when)}", paras


_COMMUNES = ("Chanac, causse de Sauveterre", "Florac-Trois-Rivières, bois du Pompidou", "Langogne, forêt de Mercoire",
             "Le Malzieu-Ville, secteur de la Margeride", "Meyrueis, mont Aigoual", "Marvejols, Goudard",
             "Saint-Chély-d'Apcher, lac du Moulinet", "Ispagnac, causse Méjean")


def _battues(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["battues"]
    sat = when + dt.timedelta(days=(5 - when.weekday()) % 7)
    lines = [li(f"{c} : {rng.choice(('samedi', 'dimanche', 'samedi et dimanche'))} de {rng.randint(7, 9)} h à "
                f"{rng.randint(15, 17)} h.") for c in rng.sample(_COMMUNES, rng.randint(3, 6))]
    paras = [f"{rng.randint(11, 38)} battues au sanglier et au cerf sont prévues en Lozère le week-end du "
             f"{sat.day} {FR_MONTHS[sat.month - 1]}.", *lines, s[0],
             f"Le président d'une société de chasse, M. {rng.choice(('Régis Boulet', 'Jean-Pierre Atger', 'Gilles Roux'))}, "  # noqa: E501
             f"rappelle que {rng.randint(300, 900)} sangliers ont été prélevés la saison dernière dans le secteur.",
             s[2], s[1]]
    return f"Battues au grand gibier : les secteurs du week-end ({sat.day}/{sat.month})", paras


# ---- es: the Chilean daily ---------------------------------------------------------------------------------
_EPI = ("al O de Quintero", "al NO de Valparaíso", "al SO de San Antonio", "al E de Los Andes", "al N de La Ligua",
        "al O de Algarrobo", "al SE de Quillota")


def _sismos(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["sismos"]
    mag = rng.choice((3.5, 3.8, 4.1, 4.4, 4.7, 5.2, 3.6, 4.0))
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    where = f"{rng.randint(8, 90)} km {rng.choice(_EPI)}"
    lines = [f"Magnitud: {_comma(mag)}.", f"Profundidad: {rng.randint(10, 110)} km.", f"Hora local: {h:02d}:{m:02d}.",
             f"Referencia geográfica: {where}."]
    paras = [f"Un sismo de magnitud {_comma(mag)} se registró a las {h:02d}:{m:02d} horas de este "
             f"{ES_DAYS[when.weekday()]} en la Región de Valparaíso.", *lines, s[0],
             f"Fue percibido con intensidad {rng.choice(('II', 'III', 'IV'))} en {rng.choice(('Viña del Mar', 'Quilpué', 'Villa Alemana', 'Casablanca'))}, "  # noqa: E501
             f"según el Servicio Nacional de Prevención y Respuesta ante Desastres (Senapred), que no reportó daños.",
             s[2], s[1]]
    return f"Sismo de magnitud {_comma(mag)} se percibió en la Región de Valparaíso", paras


_MICROS = ("Línea 612", "Línea 203", "Línea 501", "Línea 904", "Línea 108", "Línea 303", "Línea 406")
_DESVIO = ("desvío por Av. Brasil entre calle Bellavista y Plaza Sotomayor, de 9:00 a 18:00 horas",
           "no pasa por Av. Pedro Montt por trabajos en la calzada", "recorrido normal",
           "desvío por calle Álvarez en Viña del Mar hasta las 20:00 horas",
           "suspende el tramo al cerro Alegre por una feria costumbrista")


def _recorridos(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["recorridos"]
    lines = [f"{mi}: {rng.choice(_DESVIO)}." for mi in rng.sample(_MICROS, rng.randint(4, 6))]
    k = rng.randint(1, len(lines) - 1)
    paras = [f"Estos son los desvíos de micros previstos para este {ES_DAYS[when.weekday()]} {when.day} de "
             f"{ES_MONTHS[when.month - 1]} en el Gran Valparaíso.", *lines[:k], s[0], *lines[k:],
             f"El Sr. {rng.choice(('Patricio Herrera', 'Rodrigo Vega', 'Claudio Muñoz'))}, de la Seremi, indicó que "
             f"el Metro Valparaíso (Merval) opera con {rng.choice(('horario normal', 'un tren cada 12 minutos', 'servicio reforzado'))}.",  # noqa: E501
             s[1]]
    return f"Desvíos de micros en el Gran Valparaíso: {ES_DAYS[when.weekday()]} {when.day}", paras


TEMPLATES: dict[str, tuple[str, Callable[[random.Random, dt.date], Story]]] = {
    "wildfire": ("en", _wildfire), "ontroads": ("en", _ontroads), "beaches": ("en", _beaches),
    "transperth": ("en", _transperth), "gdt": ("en", _gdt), "rainfall": ("en", _rainfall),
    "sperrungen": ("de", _sperrungen), "wochenmarkt": ("de", _wochenmarkt),
    "handelsregister": ("de", _handelsregister), "devisen": ("de", _devisen), "delestages": ("fr", _delestages),
    "prixdenrees": ("fr", _prixdenrees), "routes": ("fr", _routes), "battues": ("fr", _battues),
    "sismos": ("es", _sismos), "recorridos": ("es", _recorridos),
}


def make(template: str, rng: random.Random, when: dt.date) -> Story:
    return TEMPLATES[template][1](rng, when)
