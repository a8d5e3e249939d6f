"""Templated stories of the 'holdout11' half: PAGASA's tropical-cyclone wind signals and the Philippine Stock
Exchange's close (en, a Cebu-based regional wire desk), the sugar-cane crushing report of the three mills and
inter-island ferry sailings (en, a Fijian radio station's news site), the pharmacies on duty and the pollen count
(de, a Bolzano city weekly), the farmers' rainfall reports and the livestock auctions (de, a German-language
daily in Windhoek), the bulk-wine prices and the plant-health bulletin (fr, a Bordeaux wine-trade weekly), the
morning traffic and the week's cultural agenda (fr, a Beirut French-language daily), the weekly fuel prices and
the national basketball league's results (es, a Dominican TV station's website), and the city council's
resolutions and the farmers' market prices (es, a Cuenca regional daily).

As in the other halves, every story has its own facts and shares its template's STOCK sentences, which are true
story text however much some of them read like a site's chrome: "Residents are advised to monitor official
updates", "Past performance is no guarantee", a ferry company's "arrive two hours before departure", a
pharmacy's "Der Nachtdienst ist nur über die Klingel erreichbar", an allergy tip, "Wir danken allen Lesern, die
uns ihre Messungen schicken", an auctioneer's terms of sale, "Les cotations sont établies à partir des
transactions enregistrées", a plant-health bulletin's legal caveat, "Le TMC conseille", "Les horaires sont
communiqués par les organisateurs", the ministry's fuel-subsidy line, the league's "el calendario puede variar",
the council's "sesión transmitida en vivo" and the market's "precios referenciales".  Several stand in the middle
of the story between rows of "Name: value", some are bullet items among the story's own, some stories open a list
with a short line ending in a colon.  Abbreviations, times, dates and decimals throughout (``a.m.``, ``p.m.``,
``No. 2``, ``Sta.``, ``Mt.``, ``Dr.``, ``Nr.``, ``z. B.``, ``bzw.``, ``ca.``, ``N$``, ``8.30 Uhr``, ``M.``,
``Mme``, ``av. J.-C.``, ``€/hl``, ``18 h 30``, ``n°``, ``Sr.``, ``Ing.``, ``núm.``, ``RD$``, ``US$``, ``12h30``)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from functools import partial

from bench.cleaning_set.cms import li
from bench.cleaning_set.lang import (
    EN_DAYS,
    ES_DAYS,
    ES_MONTHS,
    FR_DAYS,
    ap_date,
    day_month,
    decimal_comma,
    thousands,
)

Story = tuple[str, list[str]]

STOCK = {
    "pagasa": (
        "Residents of areas under wind signals are advised to monitor official updates and to follow the "
        "instructions of their local disaster risk reduction offices.",
        "Sea travel is risky for small sea craft under any wind signal, PAGASA said, and fishermen are advised "
        "not to venture out.",
        "Visayas Newswire updates this report after every PAGASA bulletin, which is issued at 5 a.m., 11 a.m., "
        "5 p.m. and 11 p.m.",
    ),
    "psei": (
        "Past performance is no guarantee of future results, analysts reminded investors.",
        "Trading volume is reported in shares; value turnover includes block sales.",
        "The index figures are those published by the Philippine Stock Exchange at the close of trading.",
    ),
    "crushing": (
        "The Fiji Sugar Corporation releases the crushing figures every Monday for the week ending the previous "
        "Saturday.",
        "Growers with complaints about cane payments are advised to contact their sector office or the Sugar "
        "Cane Growers Council.",
        "Tonnes cane to tonnes sugar (TCTS) measures how many tonnes of cane are needed to make one tonne of "
        "sugar; the lower the ratio, the better.",
    ),
    "ferry": (
        "Passengers are advised to arrive at least two hours before departure and to carry a valid photo ID.",
        "Schedules can change at short notice because of weather, and the Maritime Safety Authority of Fiji "
        "may stop sailings when a strong wind warning is in force.",
        "Tickets are sold at the wharf offices and through the companies' agents; vehicles must be booked in "
        "advance.",
    ),
    "apotheken": (
        "Der Nachtdienst ist nur über die Klingel erreichbar; für Medikamente, die nicht dringend gebraucht "
        "werden, wird eine Gebühr von 2,50 Euro verrechnet.",
        "Die Dienstpläne stellt die Apothekerkammer der Provinz Bozen auf; kurzfristige Änderungen sind möglich.",
        "In lebensbedrohlichen Fällen gilt immer die Notrufnummer 112.",
    ),
    "pollenbozen": (
        "Allergiker sollten in den Morgenstunden lüften, wenn die Belastung in der Stadt noch gering ist, und "
        "nach dem Aufenthalt im Freien die Kleidung wechseln.",
        "Die Messwerte stammen von der Pollenfalle des Landeslabors in der Amba-Alagi-Straße.",
        "Der Pollenbericht erscheint jeden Montag und Donnerstag; bei Wetterumschwüngen kann die Lage sich "
        "rasch ändern.",
    ),
    "regen": (
        "Wir danken allen Lesern, die uns ihre Messungen schicken; die Angaben werden nicht überprüft.",
        "Meldungen mit Farmname, Distrikt und Millimetern nehmen wir bis Montag 10 Uhr entgegen.",
        "Die Regenzeit beginnt im Zentrum des Landes in der Regel im Oktober oder November.",
    ),
    "auktion": (
        "Alle Preise verstehen sich in Namibia-Dollar pro Kilogramm Lebendgewicht, sofern nicht anders "
        "angegeben.",
        "Verkauft wird nach den Auktionsbedingungen des Veranstalters; die Zahlung erfolgt innerhalb von sieben "
        "Tagen.",
        "Die Auktionstermine werden von den Agenturen bekannt gegeben und können sich kurzfristig ändern.",
    ),
    "cotations": (
        "Les cotations sont établies à partir des transactions enregistrées par l'interprofession au cours de la "
        "semaine écoulée.",
        "Les prix s'entendent hors taxes, en vrac, départ propriété.",
        "Une appellation sans transaction suffisante n'est pas cotée.",
    ),
    "phyto": (
        "Ce bulletin est établi à partir d'observations réalisées sur un réseau de parcelles ; il ne remplace pas "
        "les observations de chaque exploitant.",
        "La décision de traiter appartient au viticulteur, qui doit respecter les conditions d'emploi des "
        "produits homologués.",
        "Le prochain bulletin paraîtra mardi, sauf changement important de la situation.",
    ),
    "trafic": (
        "Le Centre de gestion du trafic (TMC) conseille aux automobilistes d'éviter les heures de pointe et de "
        "suivre les indications des agents.",
        "Ce point est établi à partir des informations des Forces de sécurité intérieure et de nos "
        "correspondants.",
        "Les embouteillages se résorbent généralement après 10 h sur l'autoroute côtière.",
    ),
    "agendabeyrouth": (
        "Les horaires et les tarifs sont communiqués par les organisateurs et peuvent changer.",
        "Il est conseillé de réserver, les salles de Beyrouth affichant souvent complet le week-end.",
        "Pour figurer dans l'agenda, les organisateurs doivent envoyer leur programme dix jours à l'avance.",
    ),
    "combustibles": (
        "El Ministerio de Industria, Comercio y Mipymes (MICM) informó que el Gobierno asume un subsidio para "
        "evitar aumentos en los combustibles de mayor consumo.",
        "Los precios se publican cada viernes y rigen desde las 6:00 de la mañana del sábado.",
        "El MICM recordó que los precios son por galón y que las estaciones deben exhibirlos en un lugar "
        "visible.",
    ),
    "lnb": (
        "El calendario puede variar por decisión de la liga; los partidos comienzan a las 8:00 de la noche.",
        "Los cuatro primeros de la serie regular avanzan a la semifinal.",
        "Las estadísticas son las oficiales de la Liga Nacional de Baloncesto.",
    ),
    "concejo": (
        "Las sesiones del Concejo Cantonal son públicas y se transmiten en vivo por los canales del Municipio.",
        "Las resoluciones entran en vigencia una vez publicadas en la Gaceta Oficial municipal.",
        "Las actas completas pueden consultarse en la Secretaría General del Concejo.",
    ),
    "feria": (
        "Los precios son referenciales y fueron recogidos el sábado en la mañana en la Feria Libre de El Arenal.",
        "Pueden variar según la calidad del producto y la hora de compra.",
        "La Empresa Municipal de Mercados recordó que todos los puestos deben usar balanzas calibradas.",
    ),
}
DATELINED = ("psei", "pagasa")  # the wire desk's dateline opens these


_ap = ap_date
_comma = decimal_comma
_de = partial(day_month, lang="de")
_fr = partial(day_month, lang="fr")
_es = partial(day_month, lang="es")


# ---- en: the Cebu wire desk ---------------------------------------------------------------------------------
_PROVINCES = ("Cebu", "Bohol", "Negros Oriental", "Negros Occidental", "Siquijor", "Leyte", "Southern Leyte",
              "Samar", "Eastern Samar", "Northern Samar", "Biliran", "Iloilo", "Guimaras", "Antique")
_STORMS = ("Mirasol", "Nando", "Opong", "Paolo", "Quedan", "Ramil")


def _pagasa(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["pagasa"]
    name = rng.choice(_STORMS)
    cat = rng.choice(("tropical depression", "tropical storm", "severe tropical storm"))
    hour = rng.choice(("5 a.m.", "11 a.m.", "5 p.m.", "11 p.m."))
    provs = rng.sample(_PROVINCES, rng.randint(4, 7))
    top = 2 if cat != "tropical depression" and rng.random() < 0.6 else 1
    rows = []
    for i, p in enumerate(provs):
        sig = top if i < 2 else 1
        part = rng.choice(("", "the northern portion of ", "the eastern portion of ", "the southern portion of "))
        rows.append(li(f"Signal No. {sig}: {part}{p}."))
    rows.sort(key=lambda r: -int(r.split("No. ")[1][0]))
    km, kph = rng.randint(90, 380), rng.randint(45, 95)
    gust = kph + rng.randint(15, 40)
    paras = [f"{name.capitalize()}, now a {cat}, was last located {km} kilometers east of "
             f"{rng.choice(('Guiuan, Eastern Samar', 'Borongan City', 'Surigao City', 'Catarman, Northern Samar'))}, "
             f"the Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) said in "
             f"its {hour} bulletin on {EN_DAYS[when.weekday()]}.",
             f"It packs maximum sustained winds of {kph} kilometers per hour near the center and gusts of up to "
             f"{gust} kph, and is moving {rng.choice(('west', 'west northwest', 'northwest'))} at "
             f"{rng.randint(10, 25)} kph.", "Tropical cyclone wind signals in the Visayas:", *rows, s[1],
             f"Classes from kindergarten to senior high school were suspended in {rng.randint(3, 19)} towns and "
             f"cities, and the Philippine Coast Guard said {rng.randint(120, 2400)} passengers were stranded in "
             f"ports in {rng.choice(('Cebu', 'Ormoc', 'Tagbilaran', 'Dumaguete'))}.", s[0], s[2]]
    return f"{name.capitalize()} {'intensifies' if top == 2 else 'nears'}; Signal No. {top} up in {provs[0]}", paras


_PSE_MOVERS = ("SM Investments", "Ayala Land", "BDO Unibank", "Jollibee Foods", "Aboitiz Power", "JG Summit",
               "International Container Terminal Services", "Metrobank", "Universal Robina", "Globe Telecom",
               "PLDT", "Cebu Landmasters", "Manila Electric Co.")
_PSE_QUOTES = ("Investors are waiting for the U.S. inflation data", "Foreign funds were net sellers again",
               "The peso held steady, which helped banks")


def _psei(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["psei"]
    chg = rng.uniform(-1.8, 1.8)
    level = 6300 + rng.uniform(-250, 350)
    pts = level * chg / 100
    up = chg >= 0
    movers = rng.sample(_PSE_MOVERS, 4)
    rows = [f"{m}: {'up' if rng.random() < 0.5 else 'down'} {rng.uniform(0.3, 4.9):.2f}% to "
            f"₱{rng.uniform(18, 1150):,.2f}." for m in movers]
    k = rng.randint(1, len(rows) - 1)
    wd = EN_DAYS[when.weekday()] if when.weekday() < 5 else "Friday"
    paras = [f"The Philippine Stock Exchange index (PSEi) {'rose' if up else 'fell'} {abs(pts):.2f} points, or "
             f"{abs(chg):.2f}%, to close at {level:,.2f} on {wd}.",
             f"The broader all-shares index {'gained' if up else 'lost'} {rng.uniform(0.1, 1.5):.2f}%. Value "
             f"turnover was ₱{rng.uniform(3.1, 9.8):.2f} billion, and {rng.randint(60, 130)} issues advanced while "
             f"{rng.randint(60, 130)} declined.", "Most active stocks:", *rows[:k], s[1], *rows[k:],
             f"“{rng.choice(_PSE_QUOTES)},” "
             f"said {rng.choice(('Dr. Ma. Teresa Lim of Visayas Securities', 'analyst Jomar Tan of Cebu Equities Inc.', 'Luis Sy, head of research at Queen City Capital'))}.",  # noqa: E501
             f"The peso closed at ₱{rng.uniform(56.2, 58.4):.3f} to the U.S. dollar.", s[2], s[0]]
    return f"PSEi {'climbs' if up else 'slips'} to {level:,.2f} as {movers[0]} leads trading", paras


# ---- en: the Fijian radio station --------------------------------------------------------------------------
_MILLS = ("Lautoka", "Rarawai", "Labasa")


def _crushing(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["crushing"]
    week = 10 + (when - dt.date(2025, 8, 25)).days // 7
    rows, total = [], 0
    for mill in _MILLS:
        t = rng.randint(38_000, 96_000)
        total += t
        rows.append(f"{mill} Mill: {t:,} tonnes of cane crushed, TCTS {rng.uniform(8.1, 11.9):.2f}, "
                    f"{rng.randint(2, 31)} hours of stoppages.")
    k = rng.randint(1, 2)
    season = total * rng.randint(7, 11)
    paras = [f"The three sugar mills crushed {total:,} tonnes of cane in week {week} of the 2025 season, the Fiji "
             f"Sugar Corporation (FSC) said.", "Mill by mill:", *rows[:k], s[2], *rows[k:],
             f"Season to date the mills have crushed {season:,} tonnes, "
             f"{rng.choice(('ahead of', 'behind', 'close to'))} last year's pace.",
             f"“{rng.choice(('Breakdowns at Rarawai cost us almost two days', 'Harvesting gangs are short of cutters in Ba and Tavua', 'Wet weather slowed deliveries to Labasa on Wednesday'))},” "  # noqa: E501
             f"FSC's {rng.choice(('chief executive, Mr. Jenish Chand', 'acting general manager operations, Ms. Litia Vuki'))} said.",  # noqa: E501
             s[0], s[1]]
    return f"Cane crushing week {week}: mills process {total:,} tonnes", paras


_ROUTES = (("Suva", "Savusavu"), ("Suva", "Koro"), ("Natovi", "Nabouwalu"), ("Suva", "Taveuni"),
           ("Lautoka", "Yasawa-i-Rara"), ("Suva", "Kadavu"), ("Natovi", "Ovalau"), ("Suva", "Lau group"))
_SHIPS = ("MV Spirit of Harmony", "MV Lomaiviti Princess V", "MV Westerland", "MV Sinu-i-Wasa",
          "MV Suilven", "MV Fiji Princess")


def _ferry(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["ferry"]
    rows = []
    base = when + dt.timedelta(days=1)
    for (a, b), ship in zip(rng.sample(_ROUTES, rng.randint(3, 5)), rng.sample(_SHIPS, 5), strict=False):
        d = base + dt.timedelta(days=rng.randint(0, 4))
        h = rng.choice(("6 a.m.", "8 a.m.", "10 p.m.", "noon", "9 p.m."))
        end = "; cancelled." if rng.random() < 0.2 else ("" if h.endswith(".") else ".")
        rows.append(li(f"{ship}: {a} to {b}, {EN_DAYS[d.weekday()]}, {_ap(d)}, {h}{end}"))
    k = rng.randint(1, len(rows) - 1)
    paras = [f"Here are the inter-island sailings scheduled for the coming days, as confirmed by the shipping "
             f"companies on {EN_DAYS[when.weekday()]}.", *rows[:k], s[0], *rows[k:],
             f"The Maritime Safety Authority of Fiji said {rng.randint(2, 9)} vessels had passed their annual "
             f"survey this month.", s[1], s[2]]
    port = rows[0].split(": ")[1].split(" to ")[0]
    return f"Ferry sailings: {len(rows)} departures from {port} and other ports", paras


# ---- de: the Bolzano city weekly ----------------------------------------------------------------------------
_APOTHEKEN = (("Apotheke Zur Madonna", "Lauben 36"), ("Apotheke St. Johann", "Mustergasse 4"),
              ("Europa-Apotheke", "Europaallee 12"), ("Apotheke Gries", "Grieser Platz 7"),
              ("Apotheke Haslach", "Claudia-de-Medici-Straße 2/A"), ("Talfer-Apotheke", "Talfergasse 9"),
              ("Apotheke Oberau", "Piacenzastraße 15"), ("Apotheke Reschen", "Reschenstraße 48"))


def _apotheken(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["apotheken"]
    days = [when + dt.timedelta(days=i) for i in range(rng.randint(3, 5))]
    rows = []
    for d, (name, adr) in zip(days, rng.sample(_APOTHEKEN, len(days)), strict=True):
        rows.append(f"{_de(d)}: {name}, {adr}, Tel. 0471 {rng.randint(200000, 999999)}.")
    k = rng.randint(1, len(rows) - 1)
    paras = [f"Diese Apotheken haben in Bozen ab {_de(when)} Nacht- bzw. Feiertagsdienst, jeweils von 19.30 Uhr "
             f"bis 8.30 Uhr am folgenden Morgen.", *rows[:k], s[0], *rows[k:],
             f"Im Unterland übernimmt die {rng.choice(('Apotheke Neumarkt', 'Apotheke Auer', 'Apotheke Leifers'))} "
             f"den Dienst für die ganze Woche.", s[2], s[1]]
    return f"Apotheken im Dienst: {rows[0].split(': ')[1].split(',')[0]} und {len(rows) - 1} weitere", paras


_PFLANZEN = ("Ambrosia", "Gräser", "Beifuß", "Brennnessel", "Wegerich", "Alternaria (Pilzsporen)")
_STUFEN = ("keine", "gering", "mäßig", "stark")


def _pollen(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["pollenbozen"]
    rows = [li(f"{p}: {rng.choice(_STUFEN[1:] if p == 'Ambrosia' else _STUFEN)}") for p in
            rng.sample(_PFLANZEN, rng.randint(3, 5))]
    k = rng.randint(1, len(rows) - 1)
    amb = rng.randint(4, 60)
    paras = [f"Der Spätsommer bringt in Bozen vor allem Ambrosia-Pollen: Die Messstelle zählte am {_de(when)} "
             f"insgesamt {amb} Pollenkörner pro Kubikmeter Luft, ab ca. 10 gilt die Belastung für Allergiker als "
             f"spürbar.", "Die Belastung in dieser Woche:", *rows[:k], s[0], *rows[k:],
             f"„{rng.choice(('Wer auf Ambrosia reagiert, hat jetzt die schwierigsten Wochen', 'Nach dem Gewitter am Wochenende war die Luft kurz fast frei von Pollen', 'Die Ambrosia breitet sich entlang der Bahnlinie im Unterland weiter aus'))}“, "  # noqa: E501
             f"sagt {rng.choice(('Dr. Maria Pichler vom Landeslabor', 'der Allergologe Dr. Stefan Unterhofer', 'Biologin Dr. Elena Rossi'))}.",  # noqa: E501
             s[1], s[2]]
    return f"Pollenbericht: {'hohe' if amb > 30 else 'mäßige'} Ambrosia-Belastung in Bozen", paras


# ---- de: the Windhoek daily -----------------------------------------------------------------------------------
_FARMEN = (("Farm Okatjeru", "Okahandja"), ("Farm Hohewarte", "Windhoek-Land"), ("Farm Otjisazu", "Okahandja"),
           ("Farm Kalkfeld Nr. 5", "Otjiwarongo"), ("Farm Ababis", "Maltahöhe"), ("Farm Sandhof", "Gobabis"),
           ("Farm Onguati", "Omaruru"), ("Farm Kuiseb-Süd", "Rehoboth"), ("Farm Heimat", "Grootfontein"),
           ("Farm Nauchas", "Rehoboth"))


def _regen(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["regen"]
    rows = []
    wet = rng.random() < 0.45
    for farm, dist in rng.sample(_FARMEN, rng.randint(3, 6)):
        mm = rng.choice((0, 0, 0.5, 1, 2, 4.5, 7)) if wet else 0
        rows.append(f"{farm} (Distrikt {dist}): {_comma(mm) if mm % 1 else int(mm)} mm"
                    f"{', erster Regen der Saison' if mm >= 4 else ''}.")
    k = rng.randint(1, len(rows) - 1)
    lede = (f"Vereinzelt hat es in der vergangenen Woche geregnet: Leser aus {len(rows)} Farmen haben uns ihre "
            f"Messungen bis {_de(when)} geschickt." if wet else
            f"Trocken bleibt es im ganzen Land: Auf allen {len(rows)} Farmen, die uns bis {_de(when)} geschrieben "
            f"haben, fiel kein Regen.")
    paras = [lede, *rows[:k], s[0], *rows[k:],
             f"Der Namibische Wetterdienst erwartet für die kommenden Tage Temperaturen bis {rng.randint(29, 36)} °C "
             f"im Zentrum und {'erste Gewitter' if wet else 'weiterhin wolkenlosen Himmel'} im Nordosten.", s[2],
             s[1]]
    return f"Regenmeldungen: {'Erste Tropfen' if wet else 'Kein Regen'} auf den Farmen", paras


_ORTE_AUKTION = ("Okahandja", "Gobabis", "Otjiwarongo", "Omaruru", "Windhoek (Hochland-Auktionskraal)", "Outjo")
_VIEH = ("Ochsen (Absetzer)", "Färsen", "Kühe (Schlachtvieh)", "Dorper-Lämmer", "Burenziegen", "Bullen (Zucht)")


def _auktion(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["auktion"]
    ort = rng.choice(_ORTE_AUKTION)
    n = rng.randint(600, 2400)
    rows = [f"{v}: Durchschnitt N$ {_comma(rng.uniform(28, 58), 2)}, Höchstpreis N$ {_comma(rng.uniform(59, 75), 2)}."
            for v in rng.sample(_VIEH, rng.randint(3, 5))]
    k = rng.randint(1, len(rows) - 1)
    paras = [f"Bei der Viehauktion in {ort} am {_de(when - dt.timedelta(days=rng.randint(1, 3)))} wurden "
             f"{thousands(n, '.')} Tiere angeboten, rund {rng.randint(70, 98)} Prozent fanden einen Käufer.",
             "Die Preise im Überblick:", *rows[:k], s[0], *rows[k:],
             f"„{rng.choice(('Die Nachfrage aus Südafrika zieht wieder an', 'Wegen der Dürre bringen viele Farmer ihr Vieh früher', 'Absetzer waren heute besonders gefragt'))}“, "  # noqa: E501
             f"sagte Auktionator {rng.choice(('Hennie Smit', 'Dirk Brandt', 'Gerhard v. Wyk'))}.", s[1], s[2]]
    return f"Viehauktion {ort.split(' ')[0]}: {thousands(n, '.')} Tiere im Ring", paras


# ---- fr: the Bordeaux wine-trade weekly ---------------------------------------------------------------------
_AOC = (("Bordeaux rouge", 900, 1250), ("Bordeaux supérieur", 1050, 1400), ("Médoc", 1500, 2100),
        ("Haut-Médoc", 1700, 2300), ("Côtes de Bourg", 1150, 1500), ("Entre-deux-Mers blanc", 950, 1300),
        ("Saint-Émilion", 3400, 4600), ("Bordeaux clairet", 850, 1150), ("Graves rouge", 1900, 2500))


def _cotations(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["cotations"]
    rows, moves = [], []
    for aoc, lo, hi in rng.sample(_AOC, rng.randint(4, 6)):
        p = rng.randrange(lo, hi, 10)
        d = rng.randint(-60, 40)
        moves.append(d)
        rows.append(f"{aoc} : {thousands(p, ' ')} €/tonneau ({'+' if d >= 0 else '−'}{abs(d)} € sur un mois), "
                    f"{rng.randint(3, 140)} transactions.")
    k = rng.randint(1, len(rows) - 1)
    trend = "se tassent" if sum(moves) < 0 else "se maintiennent"
    paras = [f"Les cours du vrac {trend} cette semaine sur la place de Bordeaux, selon les cotations arrêtées au "
             f"{_fr(when - dt.timedelta(days=1))}.", *rows[:k], s[0], *rows[k:],
             f"« {rng.choice(('Le négoce n’achète que ce qu’il a déjà vendu', 'Les volumes restent faibles avant les vendanges', 'On voit revenir quelques acheteurs pour les rosés'))} », "  # noqa: E501
             f"observe {rng.choice(('M. Jean-Marc Lacoste, courtier à Libourne', 'Mme Sophie Barrère, courtière à Bordeaux', 'M. Thierry Dufau, président d’une cave coopérative'))}.",  # noqa: E501
             s[1], s[2]]
    return f"Vrac : les cours {trend} ({rows[0].split(' :')[0]} à {rows[0].split(': ')[1].split(' €')[0]} €)", paras


_SECTEURS = ("Médoc", "Blayais-Bourgeais", "Libournais", "Entre-deux-Mers", "Graves-Sauternais", "Bergeracois")


def _phyto(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["phyto"]
    rows = []
    for sect in rng.sample(_SECTEURS, rng.randint(3, 5)):
        rows.append(li(f"{sect} : risque mildiou {rng.choice(('faible', 'moyen', 'élevé'))}, oïdium "
                       f"{rng.choice(('faible', 'moyen'))}, pourriture grise {rng.choice(('faible', 'moyen', 'à surveiller'))}."))  # noqa: E501
    k = rng.randint(1, len(rows) - 1)
    mm = rng.randint(0, 42)
    paras = [f"Le bulletin de santé du végétal (BSV) publié le {_fr(when)} fait état de {rng.randint(8, 31)} "
             f"parcelles de référence observées, avec {mm} mm de pluie cumulée sur sept jours.",
             "La situation par secteur :", *rows[:k], s[0], *rows[k:],
             f"À l'approche des vendanges, le délai avant récolte des produits doit être respecté, rappelle la "
             f"chambre d'agriculture, qui cite l'exemple d'un traitement au cuivre, n° AMM {rng.randint(2000000, 2299999)}.",  # noqa: E501
             s[1], s[2]]
    return f"Santé du vignoble : {'vigilance' if mm > 20 else 'situation calme'} avant les vendanges", paras


# ---- fr: the Beirut daily ---------------------------------------------------------------------------------
_AXES = ("l'autoroute de Jounieh, dans le sens Beyrouth", "le pont de Dora", "l'échangeur de Khaldé",
         "le périphérique Salim Salam", "la route de Damas à Hazmieh", "le tunnel de Nahr el-Kalb",
         "la corniche du Fleuve", "l'avenue Charles Hélou", "la route de l'aéroport")


def _trafic(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["trafic"]
    rows = []
    for axe in rng.sample(_AXES, rng.randint(3, 5)):
        rows.append(f"Sur {axe} : {rng.choice(('circulation très dense', 'bouchon de 3 km', 'ralentissements', 'un accident entre deux voitures, une voie fermée', 'travaux de nuit jusqu’à 6 h'))}.")  # noqa: E501
    k = rng.randint(1, len(rows) - 1)
    paras = [f"Voici le point sur la circulation à Beyrouth et dans ses environs, ce {_fr(when)} à "
             f"{rng.choice(('7 h 30', '8 h', '8 h 15', '17 h 30'))}.", *rows[:k], s[0], *rows[k:],
             f"Les FSI ont signalé {rng.randint(2, 14)} accidents au cours des dernières 24 heures, qui ont fait "
             f"{rng.randint(1, 19)} blessés, selon le bilan publié à 7 h.", s[1], s[2]]
    return f"Trafic : {rows[0].split(' :')[0].removeprefix('Sur ')} et {len(rows) - 1} autres points noirs", paras


_SPECTACLES = ("Concert de l'Orchestre philharmonique du Liban, église Saint-Joseph, Monnot",
               "« Beyrouth, mémoires d'une ville », exposition au musée Sursock",
               "Soirée jazz au Metro al-Madina, Hamra", "Projection du film « Costa Brava, Lebanon » au Metropolis",
               "Festival de Beiteddine : récital de Ghada Shbeir", "Théâtre Monnot : « Le Malade imaginaire », "
               "en libanais", "Lectures de poésie à la librairie Antoine, Hamra", "Danse contemporaine au "
               "théâtre Al-Madina")


def _agenda(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["agendabeyrouth"]
    rows = []
    for i, ev in enumerate(rng.sample(_SPECTACLES, rng.randint(3, 5))):
        d = when + dt.timedelta(days=i + rng.randint(0, 1))
        rows.append(li(f"{FR_DAYS[d.weekday()].capitalize()}, {rng.choice(('18 h 30', '20 h', '20 h 30', '21 h'))} "
                       f"– {ev} ; entrée {rng.choice(('libre', '10 $', '15 $', '25 $', '1 000 000 LL'))}."))
    k = rng.randint(1, len(rows) - 1)
    paras = [f"Concerts, expositions, théâtre : notre sélection de sorties à Beyrouth pour la semaine du {_fr(when)}.",
             *rows[:k], s[1], *rows[k:], s[0],
             f"L'exposition du musée Sursock, qui retrace l'histoire de la ville depuis l'époque romaine (Ier "
             f"siècle av. J.-C.), se poursuit jusqu'au {rng.randint(10, 30)} octobre.", s[2]]
    return f"Agenda : que faire à Beyrouth cette semaine ({len(rows)} idées)", paras


# ---- es: the Dominican TV station --------------------------------------------------------------------------
_COMBUSTIBLES = (("Gasolina premium", 290.10), ("Gasolina regular", 272.50), ("Gasoil óptimo", 242.10),
                 ("Gasoil regular", 224.80), ("Avtur", 163.23), ("Kerosene", 238.20), ("Gas licuado de petróleo (GLP)",
                                                                                   137.20), ("Gas natural", 43.97))


def _combustibles(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["combustibles"]
    sat = when + dt.timedelta(days=(5 - when.weekday()) % 7)
    fri = sat + dt.timedelta(days=6)
    frozen = rng.random() < 0.7
    rows = []
    for name, p in _COMBUSTIBLES[: rng.randint(5, 8)]:
        delta = 0 if frozen and name != "Avtur" else rng.choice((-3.0, -1.5, 0, 1.2, 2.6))
        unit = "metro cúbico" if name == "Gas natural" else "galón"
        rows.append(f"{name}: RD${p + delta:,.2f} por {unit}"
                    f"{'' if delta == 0 else f' ({delta:+.2f})'}.")
    k = rng.randint(1, len(rows) - 1)
    paras = [f"Los precios de los combustibles {'se mantendrán sin variación' if frozen else 'tendrán cambios'} "
             f"la semana del sábado {sat.day} al viernes {fri.day} de {ES_MONTHS[fri.month - 1]}, informó el "
             f"MICM.", *rows[:k], s[0], *rows[k:],
             f"Según la institución, el subsidio de esta semana asciende a RD${rng.randint(90, 410)} millones.",
             s[1], s[2]]
    return f"Combustibles {'congelados' if frozen else 'con cambios'} para la semana del {sat.day} al {fri.day}", paras


_EQUIPOS = ("Leones de Santo Domingo", "Titanes del Licey", "Metros de Santiago", "Indios de San Francisco",
            "Cañeros del Este", "Reales de La Vega", "Huracanes del Atlántico", "Soles de Santo Domingo Este")


def _lnb(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["lnb"]
    teams = rng.sample(_EQUIPOS, 6)
    rows = []
    for a, b in zip(teams[::2], teams[1::2], strict=True):
        pa, pb = rng.randint(78, 112), rng.randint(74, 108)
        if pa == pb:
            pa += 3
        rows.append(li(f"{a} {pa}, {b} {pb}."))
    star = rng.choice(("Sr. Eloy Vargas", "Jean Montero", "Andrés Feliz", "Ángel Delgado", "Víctor Liz"))
    paras = [f"Resultados de la jornada del {_es(when - dt.timedelta(days=1))} en la Liga Nacional de Baloncesto "
             f"(LNB):", *rows, s[2],
             f"{star} fue la figura de la noche con {rng.randint(22, 41)} puntos y {rng.randint(5, 14)} "
             f"rebotes en {rng.choice(('el Palacio de los Deportes Virgilio Travieso Soto', 'el Pabellón de Baloncesto del Centro Olímpico', 'el Gran Arena del Cibao'))}.",  # noqa: E501
             s[1], s[0]]
    return f"LNB: {rows[0].split(',')[0].rsplit(' ', 1)[0]} gana y {len(rows) - 1} resultados más", paras


# ---- es: the Cuenca regional daily ------------------------------------------------------------------------
_RESOLUCIONES = ("aprobó en segundo debate la ordenanza que regula el uso de scooters eléctricos en el Centro "
                 "Histórico, con {v} votos",
                 "autorizó al alcalde firmar un convenio de US${m} millones con el BID para el alcantarillado de "
                 "Ricaurte",
                 "declaró huésped ilustre al pintor Eduardo Vega (post mortem) por sus murales de cerámica",
                 "negó la ampliación del horario de los bares de la calle Larga hasta las 03:00, con {v} votos",
                 "aprobó la reforma al presupuesto de 2025 por US${m} millones, con {v} votos",
                 "resolvió que la Fiesta de la Cuencanidad, el 3 de noviembre, tendrá un desfile sin pirotecnia",
                 "dispuso que la Empresa Municipal de Movilidad presente en 30 días un informe sobre el tranvía")


def _concejo(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["concejo"]
    ses = when - dt.timedelta(days=rng.randint(1, 2))
    rows = [li("El Concejo " + r.format(v=rng.randint(8, 15), m=_comma(rng.uniform(1.2, 48.0), 1)) + ".")
            for r in rng.sample(_RESOLUCIONES, rng.randint(3, 5))]
    k = rng.randint(1, len(rows) - 1)
    paras = [f"El Concejo Cantonal de Cuenca sesionó el {_es(ses)} (sesión ordinaria núm. {rng.randint(40, 90)}). "
             f"Estas fueron sus principales resoluciones:", *rows[:k], s[0], *rows[k:],
             f"“{rng.choice(('La ciudad no puede esperar otro año', 'Votamos en contra porque no hubo socialización', 'Es una ordenanza que pidieron los vecinos'))}”, "  # noqa: E501
             f"dijo {rng.choice(('la concejala Ing. Paola Flores', 'el concejal Dr. Xavier Barrera', 'la vicealcaldesa Sra. Mónica Torres'))}.",  # noqa: E501
             s[1], s[2]]
    return f"Concejo de Cuenca: {len(rows)} resoluciones de la sesión del {ES_DAYS[ses.weekday()]}", paras


_PRODUCTOS = (("Papa chola", "el quintal", 18, 32), ("Tomate riñón", "la caja", 9, 22), ("Cebolla colorada",
              "el quintal", 20, 38), ("Fréjol tierno", "la libra", 0.6, 1.4), ("Mote", "la libra", 0.5, 1.1),
              ("Naranjilla", "el ciento", 7, 14), ("Queso fresco", "la libra", 2.2, 3.6), ("Aguacate", "el ciento",
                                                                                           12, 30))


def _feria(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["feria"]
    rows = []
    for prod, unit, lo, hi in rng.sample(_PRODUCTOS, rng.randint(4, 6)):
        p = rng.uniform(lo, hi)
        rows.append(f"{prod}: US${_comma(p, 2)} {unit}.")
    k = rng.randint(1, len(rows) - 1)
    paras = [f"Estos son los precios de los principales productos en la Feria Libre de Cuenca, este {_es(when)}.",
             *rows[:k], s[0], *rows[k:],
             f"Los comerciantes atribuyen {rng.choice(('la subida', 'la baja'))} del {rows[0].split(':')[0].lower()} "
             f"a {rng.choice(('las lluvias en Cañar', 'la sequía en Azuay', 'la llegada de producto del Perú'))}.",
             s[1], s[2]]
    return f"Precios en la Feria Libre: {rows[0].split(':')[0]} a {rows[0].split(': ')[1].split(' ')[0]}", paras


TEMPLATES: dict[str, tuple[str, Callable[[random.Random, dt.date], Story]]] = {
    "pagasa": ("en", _pagasa), "psei": ("en", _psei), "crushing": ("en", _crushing), "ferry": ("en", _ferry),
    "apotheken": ("de", _apotheken), "pollenbozen": ("de", _pollen), "regen": ("de", _regen),
    "auktion": ("de", _auktion), "cotations": ("fr", _cotations), "phyto": ("fr", _phyto),
    "trafic": ("fr", _trafic), "agendabeyrouth": ("fr", _agenda), "combustibles": ("es", _combustibles),
    "lnb": ("es", _lnb), "concejo": ("es", _concejo), "feria": ("es", _feria),
}


def make(template: str, rng: random.Random, when: dt.date) -> Story:
    return TEMPLATES[template][1](rng, when)
