"""Templated stories of the 'holdout5' half: school delays and boil-water advisories (en, a public-radio
station), the cattle-mart report and ferry sailings (en, an Irish regional daily), city gold rates and an IPO's
subscription status (en, an Indian business site), the week's security updates and a component price radar
(de, a tech magazine), Luxembourg's fuel prices and changed waste collections (fr, a Luxembourg site), the
transfer-rumour roundup and football on TV (fr, a sports daily), "Hoy No Circula" and the dollar's rate (es,
a Mexican national site), the Andes border pass and the pension payment calendar (es, an Argentine regional
site).

As in the other halves, every story has its own facts and shares its template's STOCK sentences, which are
true story text.  Many of these stock sentences read like the chrome of a news site on purpose: the radio's
"Listen to KRPR at 89.7 FM" line, the IPO's "consult a SEBI-registered adviser", the price radar's "receives
no commission", "sous réserve de modification", "consultá el estado actualizado"; many name the publisher,
its phone number or e-mail address.  Most stories are lines of "Name: value" in plain paragraphs (so a
publisher's mid-body box can land between two of them), some are bullet lists.  Abbreviations, times, dates
and decimals throughout (``9 a.m.``, ``U.S.``, ``No. 5``, ``St.``, ``Dr.``, ``Rd.``, ``z. B.``, ``bzw.``,
``ca.``, ``Nr.``, ``M.``, ``av.``, ``n°``, ``Sr.``, ``EE. UU.``, ``3.5``, ``3,5``, ``1,01,250``)."""

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
    FR_DAYS,
    FR_MONTHS,
    ap_date,
    day_month,
    decimal_comma,
)

Story = tuple[str, list[str]]

STOCK = {
    "delays": (
        "KRPR compiles this list from the school districts in its listening area; a district can report a change "
        "by calling the KRPR newsroom at (715) 555-0199.",
        "Listen to KRPR at 89.7 FM for updates every 20 minutes between 5 and 9 a.m.",
        "On a two-hour delay, buses run exactly two hours later than their usual pickup times and morning "
        "4K is canceled.",
    ),
    "boilwater": (
        "The Marlow County Health Department issued or lifted the following boil-water advisories.",
        "Under an advisory, water used for drinking, cooking, brushing teeth or making ice should be brought to a "
        "rolling boil for one minute and cooled before use.",
        "Residents with questions can call the health department at (715) 555-0123 from 8 a.m. to 4:30 p.m. "
        "weekdays.",
    ),
    "marts": (
        "Mart reports are supplied to The Shannon Echo by the marts' managers each week; to have your mart "
        "included, email farming@shannonecho.example.",
        "Prices are per kilo liveweight and do not include the mart's commission.",
    ),
    "sailings": (
        "Sailings are subject to weather conditions and passengers are advised to check with the operator before "
        "travelling.",
        "The Shannon Echo publishes sailing times as supplied by the operators and cannot accept responsibility for "
        "changes made after publication.",
    ),
    "goldrate": (
        "Gold prices in India track international rates, the rupee-dollar exchange rate and import duty, and the "
        "price charged by a jeweller also includes GST and making charges.",
        "Dalal Wire updates gold and silver rates every morning at 10 a.m. IST using data from bullion "
        "associations.",
    ),
    "ipostatus": (
        "The subscription figures are based on data from the stock exchanges as of 5 p.m. on the day.",
        "Investors should consult a SEBI-registered adviser before applying; Dalal Wire does not recommend "
        "subscribing to any issue.",
    ),
    "sicherheit": (
        "Technik-Kompass fasst die wichtigsten Sicherheitsupdates der Woche jeden Freitag zusammen; Hinweise auf "
        "fehlerhafte Updates nehmen wir unter security@technik-kompass.example entgegen.",
        "Die Updates werden in der Regel automatisch verteilt bzw. lassen sich in den Einstellungen manuell "
        "anstoßen.",
        "Wir empfehlen, sie zeitnah einzuspielen.",
    ),
    "preisradar": (
        "Die Preise stammen aus dem Preisvergleich von Technik-Kompass und wurden am Vormittag erhoben; sie können "
        "sich seither geändert haben.",
        "Technik-Kompass erhält für die genannten Angebote keine Provision.",
    ),
    "carburants": (
        "Les prix maximaux sont fixés par le ministère de l'Économie et s'appliquent dans toutes les stations du pays "
        "à partir de minuit.",
        "L'Écho de l'Alzette publie chaque changement de prix dès son annonce par le ministère.",
    ),
    "collectes": (
        "Les poubelles doivent être sorties la veille au soir, au plus tôt à 18 h, ou le jour même avant 6 h.",
        "Pour signaler une poubelle non ramassée, contactez le service d'hygiène de votre commune, et non la rédaction "
        "de L'Écho de l'Alzette.",
    ),
    "mercato": (
        "Les informations ci-dessous sont des rumeurs relayées par la presse et n'ont pas été confirmées par les "
        "clubs concernés.",
        "Le Sprint fait le point sur le marché des transferts chaque matin à 8 h.",
    ),
    "footv": (
        "Horaires et diffuseurs sous réserve de modification par les chaînes.",
        "Le programme complet des retransmissions est à retrouver chaque jour dans Le Sprint et sur lesprint.example.",
    ),
    "nocircula": (
        "El programa Hoy No Circula aplica de 5:00 a 22:00 horas en la Ciudad de México y en 18 municipios "
        "conurbados del Estado de México.",
        "Los vehículos con holograma 00 y 0, así como los eléctricos e híbridos, están exentos.",
        "Diario Anáhuac publica cada día la información del programa con datos de la Comisión Ambiental de la "
        "Megalópolis (CAMe).",
    ),
    "dolar": (
        "El tipo de cambio FIX lo determina el Banco de México (Banxico) con base en un promedio de cotizaciones del "
        "mercado.",
        "Las cotizaciones de ventanilla pueden variar entre sucursales; Diario Anáhuac las consulta a las 9:00 horas.",
    ),
    "pasos": (
        "El estado del paso lo informan la Dirección Nacional de Migraciones y Gendarmería Nacional, y puede cambiar "
        "sin previo aviso.",
        "Antes de viajar, consultá el estado actualizado en la web oficial o llamá al 0800-666-0090 de Vialidad.",
    ),
    "anses": (
        "Las fechas de cobro se determinan según la terminación del DNI.",
        "Diario Andino publica el calendario de pagos cada día hábil; ante dudas, la ANSES atiende en la línea 130.",
    ),
}
DATELINED = ("boilwater",)  # the station's dateline opens these, as in its other stories


_ap = ap_date
_fr_date = partial(day_month, lang="fr")


def _comma(x: float, k: int = 2) -> str:  # this part's prices have two decimals unless told
    return decimal_comma(x, k)


# ---- en: the public-radio station ---------------------------------------------------------------------------
_DISTRICTS = ("Marlow Area Schools", "Kettle Falls School District", "St. Croix Central", "Alder-Birchwood Schools",
              "Amery School District", "Clear Lake Public Schools", "St. Mary's Catholic School", "Osceola Schools",
              "Unity School District", "Frederic Public Schools")
_STATUS = ("Two-hour delay", "Two-hour delay; no morning 4K", "Closed", "90-minute delay",
           "Early dismissal at 1 p.m.", "Closed; staff report at 10 a.m.")
_WHY = ("dense fog", "a power outage", "storm damage overnight", "heat in buildings without air conditioning",
        "a water main break")


def _delays(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["delays"]
    why = rng.choice(_WHY)
    lines = [f"{d}: {rng.choice(_STATUS)}." for d in rng.sample(_DISTRICTS, rng.randint(4, 7))]
    paras = [f"Several school districts changed their schedules for {EN_DAYS[when.weekday()]}, {_ap(when)}, "
             f"because of {why}.", s[0], *lines, s[2], s[1]]
    return f"School delays and closings for {EN_DAYS[when.weekday()]}, {_ap(when)}", paras


_ROADS = ("Lakeview Rd.", "County Hwy. K", "Birch St.", "Old Mill Rd.", "N. Second Ave.", "Ridgeway Dr.",
          "St. Croix Trail", "Elm St.")
_TOWNS = ("Town of Alder", "Village of Kettle Falls", "City of Marlow", "Town of Sterling", "Village of Osceola")


def _boilwater(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["boilwater"]
    lines = []
    for _ in range(rng.randint(2, 4)):
        a, b = sorted(rng.sample(range(1, 90), 2))
        what = rng.choice(("issued", "issued", "lifted"))
        cause = rng.choice(("a main break", "low pressure", "a failed sample", "work on a hydrant"))
        lines.append(f"{rng.choice(_TOWNS)}, {rng.choice(_ROADS)} from No. {a} to No. {b}: {what} "
                     f"{EN_DAYS[(when - dt.timedelta(days=rng.randint(0, 2))).weekday()]}"
                     + (f" after {cause}." if what == "issued" else " after two clean samples."))
    paras = [s[0], *lines,
             s[1], f"Dr. {rng.choice(('Anita Oyelaran', 'Paul Vang', 'J. R. R. Lindqvist'))}, the county's health "
             f"officer, said most advisories are lifted within 48 hours.", s[2]]
    return f"Boil-water advisories in Marlow County, {_ap(when)}", paras


# ---- en: the Irish regional daily ---------------------------------------------------------------------------
_MARTS = ("Ennis Mart", "Kilrush Mart", "Scariff Mart", "Sixmilebridge Mart", "Kilfenora Mart")
_CATTLE = (("Bullocks 400-500kg", 2.9, 3.7), ("Bullocks over 500kg", 2.8, 3.4), ("Heifers 400-500kg", 2.9, 3.6),
           ("Continental weanling bulls", 3.6, 5.1), ("Friesian cull cows", 2.1, 2.7), ("Suckler cows", 2.3, 3.2))


def _marts(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["marts"]
    mart = rng.choice(_MARTS)
    head = rng.randint(480, 1450)
    lines = []
    for name, lo, hi in rng.sample(_CATTLE, rng.randint(3, 5)):
        a = rng.uniform(lo, hi - 0.3)
        lines.append(f"{name}: €{a:.2f} to €{a + rng.uniform(0.2, 0.6):.2f}/kg.")
    paras = [f"Trade was {rng.choice(('brisk', 'steady', 'sharp for quality stock', 'slower than last week'))} at "
             f"{mart} on {EN_DAYS[when.weekday()]} with {head:,} head on offer.", *lines, s[1],
             f"Mart manager {rng.choice(('Martin Considine', 'Siobhán McMahon', 'P. J. Hehir'))} said "
             f"{rng.choice(('factory demand', 'export buyers', 'the dry weather'))} kept prices up.", s[0]]
    return f"{mart} report: {head:,} head on offer", paras


_ROUTES = (("Killimer to Tarbert", "every hour on the hour from 7 a.m. to 9 p.m."),
           ("Tarbert to Killimer", "every hour on the half hour from 7.30 a.m. to 9.30 p.m."),
           ("Doolin to Inis Oírr", "10 a.m., 11 a.m., 1 p.m. and 4.30 p.m."),
           ("Doolin to the Cliffs of Moher cruise", "12 noon and 3 p.m."),
           ("Cappa Pier to Scattery Island", "10.30 a.m. and 2.30 p.m."))


def _sailings(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["sailings"]
    lines = []
    for route, times in rng.sample(_ROUTES, rng.randint(3, 4)):
        if rng.random() < 0.2:
            lines.append(f"{route}: cancelled {EN_DAYS[when.weekday()]} due to a gale warning.")
        else:
            lines.append(f"{route}: {times}")
    paras = [f"Sailing times for {EN_DAYS[when.weekday()]}, {when.day} {EN_MONTHS[when.month - 1]}, "
             f"with a {rng.choice(('south-westerly force 5', 'westerly force 6', 'light northerly'))} forecast "
             f"by Met Éireann.", *lines, s[0], s[1]]
    return f"Ferry sailings on the Shannon Estuary and from Doolin, {when.day}/{when.month}", paras


# ---- en: the Indian business site ---------------------------------------------------------------------------
_CITIES = ("Mumbai", "Delhi", "Chennai", "Kolkata", "Bengaluru", "Hyderabad", "Ahmedabad", "Pune")


def _inr(x: int) -> str:
    """Indian digit grouping: 1,01,250."""
    s = str(x)
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([g for g in (head, *groups) if g] + [tail])


def _goldrate(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["goldrate"]
    base = rng.randint(99500, 103500)
    lines = []
    for city in rng.sample(_CITIES, 5):
        g24 = base + rng.choice((-150, 0, 0, 150, 300))
        lines.append(f"{city}: 24-carat ₹{_inr(g24)}, 22-carat ₹{_inr(round(g24 * 0.9167 / 10) * 10)} per 10 grams.")
    silver = rng.randint(1150, 1290) * 100
    move = rng.choice(("rose", "fell", "was unchanged"))
    paras = [f"Gold prices {move} on {EN_DAYS[when.weekday()]}"
             + ("" if move == "was unchanged" else f", by {rng.uniform(0.1, 1.4):.1f}%,")
             + " as traders watched the U.S. dollar and the Federal Reserve's next move.", *lines,
             f"Silver traded at ₹{_inr(silver)} per kg.", s[0], s[1]]
    return f"Gold rate today, {when.day} {AP_MONTHS[when.month - 1]}: 24-carat at ₹{_inr(base)} in Mumbai", paras


_ISSUES = ("Sahyadri Agro Foods", "Kaveri Cables", "Rann Solar Power", "Nilgiri Logistics", "Malabar Fintech",
           "Deccan Speciality Steel", "Konark Hospitals", "Vindhya Chemicals")


def _ipostatus(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["ipostatus"]
    name = rng.choice(_ISSUES)
    day = rng.randint(1, 3)
    cats = [(c, rng.uniform(0.2, 9.5)) for c in ("Qualified institutional buyers (QIBs)",
                                                  "Non-institutional investors (NIIs)", "Retail investors",
                                                  "Employees")]
    total = sum(x for _, x in cats) / 4
    lo = rng.randint(90, 480)
    paras = [f"The initial public offering of {name} Ltd was subscribed {total:.2f} times on day {day} of the "
             f"three-day issue, which closes on {EN_DAYS[(when + dt.timedelta(days=3 - day)).weekday()]}.",
             *[f"{c}: {x:.2f} times." for c, x in cats],
             f"The price band is ₹{lo} to ₹{lo + rng.randint(4, 12)} a share, and the issue size is "
             f"₹{rng.randint(300, 2800):,} crore.", s[0], s[1]]
    return f"{name} IPO subscribed {total:.2f} times on day {day}", paras


# ---- de: the tech magazine ----------------------------------------------------------------------------------
_VENDORS = (("Microsoft", "Windows 11 und Office"), ("Apple", "iOS, iPadOS und macOS"), ("Google", "Chrome"),
            ("Mozilla", "Firefox und Thunderbird"), ("Cisco", "Netzwerkgeräte der Serie ISR"),
            ("Adobe", "Acrobat und Reader"), ("AVM", "Fritzbox-Router"), ("SAP", "NetWeaver"),
            ("Synology", "DSM auf NAS-Systemen"), ("Ivanti", "Connect Secure"))


def _sicherheit(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["sicherheit"]
    picks = rng.sample(_VENDORS, rng.randint(4, 6))
    lines = []
    for vendor, product in picks:
        n = rng.randint(1, 40)
        crit = rng.randint(0, min(4, n))
        lines.append(li(f"{vendor}: {n} Lücken in {product}, davon {crit} kritisch (z. B. CVE-{when.year}-"
                        f"{rng.randint(20000, 59999)}, CVSS {rng.uniform(6.5, 9.9):.1f})."))
    zero = rng.choice(picks)[0]
    paras = [f"Seit {DE_DAYS[(when - dt.timedelta(days=rng.randint(2, 4))).weekday()]} haben u. a. {picks[0][0]} und "
             f"{picks[1][0]} Sicherheitsupdates "
             f"veröffentlicht; bei {zero} wird eine der Lücken laut Hersteller bereits ausgenutzt.", s[0], *lines,
             f"Betroffen sind nach Angaben von {zero} ca. {rng.randint(2, 90)} Mio. Geräte; der Patch trägt die Nr. "
             f"KB{rng.randint(5030000, 5069999)}.", s[1], s[2]]
    return (f"Sicherheitsupdates zum {when.day}. {DE_MONTHS[when.month - 1]}: {', '.join(v for v, _ in picks[:3])} "
            f"schließen Lücken", paras)


_PARTS = (("Samsung 990 Pro, 2 TB", 150), ("WD Black SN850X, 1 TB", 80), ("Crucial DDR5-6000, 32 GB", 95),
          ("Kingston Fury DDR5-5600, 64 GB", 180), ("Nvidia GeForce RTX 5070", 560), ("AMD Radeon RX 9070 XT", 650),
          ("AMD Ryzen 7 9800X3D", 470), ("Intel Core Ultra 7 265K", 290))


def _preisradar(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["preisradar"]
    lines = []
    for part, price in rng.sample(_PARTS, rng.randint(4, 6)):
        p = price * rng.uniform(0.9, 1.08)
        ch = rng.uniform(-6, 4)
        lines.append(f"{part}: {_comma(p)} Euro ({'+' if ch >= 0 else '−'}{_comma(abs(ch), 1)} %)")
    paras = [f"Die Preise für {rng.choice(('SSDs', 'Arbeitsspeicher', 'Grafikkarten'))} sind in dieser Woche "
             f"{rng.choice(('leicht gesunken', 'weiter gestiegen', 'kaum verändert'))}, Stand {DE_DAYS[when.weekday()]}, "  # noqa: E501
             f"{when.day}. {DE_MONTHS[when.month - 1]}.", *lines, s[0], s[1]]
    return f"Preisradar: Was SSDs, RAM und Grafikkarten am {when.day}.{when.month}. kosten", paras


# ---- fr: the Luxembourg site --------------------------------------------------------------------------------
_FUELS = (("Essence Super 95 (E10)", 1.49), ("Essence Super 98", 1.61), ("Diesel", 1.43), ("Gaz de pétrole liquéfié",
                                                                                              0.78))


def _carburants(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["carburants"]
    lines = []
    for fuel, base in _FUELS:
        p, ch = base + rng.uniform(-0.04, 0.04), rng.choice((-0.018, -0.012, -0.006, 0.006, 0.011, 0.021))
        lines.append(f"{fuel} : {_comma(p, 3)} € le litre ({'+' if ch > 0 else '−'}{_comma(abs(ch), 3)} €)")
    start = when + dt.timedelta(days=1)
    paras = [f"Les prix à la pompe changent à partir du {_fr_date(start)}, en raison de "
             f"{rng.choice(('la hausse du baril de Brent', 'la baisse du cours du pétrole', 'la fluctuation du dollar'))}.",  # noqa: E501
             *lines, s[0], s[1]]
    return f"Prix des carburants au Luxembourg à partir du {_fr_date(start)}", paras


_QUARTIERS = ("Esch-sur-Alzette, quartier Lallange", "Esch-sur-Alzette, Grenz", "Schifflange", "Dudelange, quartier "
              "Italie", "Sanem et Belvaux", "Differdange, Oberkorn", "Kayl et Tétange", "Mondercange")
_CHANGES = ("la collecte des ordures ménagères du {d} est avancée au {e}", "les sacs Valorlux seront ramassés le {e} "
            "au lieu du {d}", "la collecte du verre du {d} est reportée au {e}", "la collecte des déchets verts du {d} "
            "est supprimée")


def _collectes(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["collectes"]
    lines = []
    for q in rng.sample(_QUARTIERS, rng.randint(3, 5)):
        d = when + dt.timedelta(days=rng.randint(1, 6))
        e = d + dt.timedelta(days=rng.choice((-1, 1)))
        lines.append(f"{q} : {rng.choice(_CHANGES).format(d=FR_DAYS[d.weekday()], e=FR_DAYS[e.weekday()])}.")
    paras = [f"En raison {rng.choice(('de travaux au centre de tri de Bettembourg', 'de la grève d’un sous-traitant', 'd’un jour férié communal'))}, "  # noqa: E501
             f"plusieurs communes du sud modifient leurs tournées la semaine prochaine.", *lines, s[0],
             "Le syndicat intercommunal Minett-Kompost rappelle que le parc à conteneurs de Mondercange reste ouvert "
             "du lundi au samedi, de 8 h à 19 h.",
             f"M. {rng.choice(('Paul Hoffmann', 'Marco Da Silva', 'Jean-Luc Reuter'))}, responsable du service "
             f"d'hygiène d'Esch, précise que les sacs peuvent aussi être déposés au dépôt de l'av. du Rock'n'Roll, "
             f"n° {rng.randint(2, 60)}.", s[1]]
    return f"Collecte des déchets : les changements de la semaine du {when.day} {FR_MONTHS[when.month - 1]}", paras


# ---- fr: the sports daily -----------------------------------------------------------------------------------
_CLUBS = ("le PSG", "l'OM", "l'OL", "le LOSC", "Monaco", "le Stade Rennais", "le RC Lens", "Nice", "Strasbourg",
          "le FC Nantes")
_PLAYERS = ("Marc Lefèvre", "Ibrahima Cissé", "Théo Marchand", "Yanis Belkacem", "Lucas N'Diaye", "Hugo Ferreira",
            "Karim Bensaïd", "Noah Lambert", "Ousmane Traoré", "Enzo Rivière")


def _mercato(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["mercato"]
    lines = []
    for player in rng.sample(_PLAYERS, rng.randint(3, 5)):
        a, b = rng.sample(_CLUBS, 2)
        fee = rng.choice((8, 12, 15, 20, 25, 35, 3.5))
        lines.append(li(f"{a[0].upper() + a[1:]} s'intéresse à {player} ({b}), estimé à {_comma(fee, 1) if fee == 3.5 else fee} M€."))  # noqa: E501
    paras = [s[0], *lines, f"Selon nos informations, {rng.choice(_PLAYERS)} a passé sa visite médicale "
             f"{FR_DAYS[when.weekday()]} à {rng.randint(9, 17)} h.", s[1]]
    return f"Mercato : les rumeurs du {_fr_date(when)}", paras


_TV = ("Ligue 1", "Ligue 2", "Premier League", "Liga", "Serie A", "Ligue des champions", "Bundesliga")
_CHAINES = ("DAZN", "beIN Sports 1", "Canal+ Foot", "Ligue1+", "France 2", "L'Équipe", "RMC Sport 1")
_AFFICHES = ("Lyon – Marseille", "Lens – Lille", "Nice – Monaco", "Rennes – Nantes", "Arsenal – Chelsea",
             "Real Madrid – Séville", "Inter – Naples", "Bayern – Dortmund", "Caen – Sochaux", "Metz – Grenoble")


def _footv(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["footv"]
    lines = []
    for h in sorted(rng.sample(range(13, 22), rng.randint(3, 5))):
        lines.append(f"{h} h : {rng.choice(_AFFICHES)} ({rng.choice(_TV)}, {rng.randint(2, 6)}e journée) sur "
                     f"{rng.choice(_CHAINES)}")
    paras = [f"Voici les matches de football diffusés à la télévision ce {_fr_date(when)}.", *lines, s[0], s[1]]
    return f"Foot à la télé : le programme du {_fr_date(when)}", paras


# ---- es: the Mexican national site --------------------------------------------------------------------------
_ENGOMADOS = (("amarillo", "5 y 6"), ("rosa", "7 y 8"), ("rojo", "3 y 4"), ("verde", "1 y 2"), ("azul", "9 y 0"))


def _nocircula(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["nocircula"]
    wd = when.weekday()
    if wd < 5:
        color, plates = _ENGOMADOS[wd]
        lines = [f"Engomado {color}, placas con terminación {plates}: no circulan.",
                 "Holograma 2: no circula.", "Holograma 1: circula."]
    else:
        lines = [f"Holograma 1, placas con terminación {rng.choice(('impar', 'par'))}: no circulan.",
                 "Holograma 2: no circula.", "Holograma 0 y 00: circulan."]
    contingency = rng.random() < 0.25
    lead = (f"Este {ES_DAYS[wd]} {when.day} de {ES_MONTHS[when.month - 1]} "
            + ("se mantiene la Fase I de contingencia ambiental por ozono, por lo que se aplica el Doble Hoy No "
               "Circula." if contingency else "el programa opera de manera normal."))
    paras = [lead, *lines, s[0], s[1], s[2]]
    return f"Hoy No Circula {ES_DAYS[wd]} {when.day} de {ES_MONTHS[when.month - 1]}: qué autos descansan", paras


_BANCOS = ("BBVA México", "Banorte", "Banco Azteca", "Santander", "Citi Banamex", "HSBC")


def _dolar(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["dolar"]
    fix = rng.uniform(18.35, 19.10)
    lines = []
    for b in rng.sample(_BANCOS, 4):
        lines.append(f"{b}: compra {fix - rng.uniform(0.4, 0.9):.2f}, venta {fix + rng.uniform(0.3, 0.8):.2f} pesos.")
    move = rng.choice(("se aprecia", "se deprecia"))
    paras = [f"El peso {move} {rng.uniform(0.1, 0.9):.2f}% frente al dólar este {ES_DAYS[when.weekday()]}, a la espera "
             f"de datos de empleo en EE. UU., y el tipo de cambio FIX se ubica en {fix:.4f} unidades.", *lines, s[0],
             s[1]]
    return f"Precio del dólar hoy {when.day} de {ES_MONTHS[when.month - 1]}: el peso {move}", paras


# ---- es: the Argentine regional site ------------------------------------------------------------------------
def _pasos(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["pasos"]
    open_ = rng.random() < 0.75
    temp = rng.randint(-8, 6)
    lines = [f"Estado: {'habilitado' if open_ else 'cerrado por nevadas y viento blanco'}.",
             f"Horario de atención: {'de 9 a 21 h' if open_ else 'sin atención'}.",
             f"Ruta Nacional 7: {rng.choice(('transitable con precaución', 'calzada con hielo', 'transitable'))}.",
             f"Temperatura en Las Cuevas: {'−' if temp < 0 else ''}{abs(temp)} °C."]
    if open_:
        lines.append(f"Demora en el complejo Los Horcones: {rng.choice(('30 minutos', '1 hora', '2 horas y media'))}.")
    paras = [f"El Paso Internacional Cristo Redentor amaneció {'habilitado' if open_ else 'cerrado'} este "
             f"{ES_DAYS[when.weekday()]} {when.day} de {ES_MONTHS[when.month - 1]}.", *lines, s[0], s[1]]
    return (f"Paso Cristo Redentor: {'habilitado' if open_ else 'cerrado'} este {ES_DAYS[when.weekday()]} "
            f"{when.day}", paras)


_PRESTACIONES = ("Jubilaciones y pensiones que no superan el haber mínimo", "Jubilaciones que superan el haber mínimo",
                 "Asignación Universal por Hijo (AUH)", "Asignación por Embarazo", "Pensiones No Contributivas",
                 "Asignaciones Familiares de Pago Mensual", "Prestación por Desempleo")


def _anses(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["anses"]
    lines = [f"{p}: DNI terminados en {rng.randint(0, 9)}." for p in rng.sample(_PRESTACIONES, rng.randint(3, 5))]
    bono = rng.choice((70000, 70000, 85000))
    paras = [f"La ANSES continúa este {ES_DAYS[when.weekday()]} {when.day} de {ES_MONTHS[when.month - 1]} con el "
             f"calendario de pagos, que incluye el bono de ${bono:,}".replace(",", ".") + " para jubilados.",
             s[0], *lines,
             f"El Sr. {rng.choice(('Gustavo Ledesma', 'Raúl Quiroga', 'Néstor Videla'))}, jefe de la UDAI Mendoza, "
             f"recordó que la oficina de av. San Martín n° {rng.randint(900, 1900)} atiende con turno previo de 8 a "
             f"14 h.", s[1]]
    return f"Calendario de ANSES: quiénes cobran este {ES_DAYS[when.weekday()]} {when.day}", paras


TEMPLATES: dict[str, tuple[str, Callable[[random.Random, dt.date], Story]]] = {
    "delays": ("en", _delays), "boilwater": ("en", _boilwater), "marts": ("en", _marts),
    "sailings": ("en", _sailings), "goldrate": ("en", _goldrate), "ipostatus": ("en", _ipostatus),
    "sicherheit": ("de", _sicherheit), "preisradar": ("de", _preisradar), "carburants": ("fr", _carburants),
    "collectes": ("fr", _collectes), "mercato": ("fr", _mercato), "footv": ("fr", _footv),
    "nocircula": ("es", _nocircula), "dolar": ("es", _dolar), "pasos": ("es", _pasos), "anses": ("es", _anses),
}


def make(template: str, rng: random.Random, when: dt.date) -> Story:
    return TEMPLATES[template][1](rng, when)
