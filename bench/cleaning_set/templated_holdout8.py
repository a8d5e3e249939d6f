"""Templated stories of the 'holdout8' half: the tropical outlook and the week's Bayway and tunnel closures
(en, a US Gulf-coast TV station), planning applications and eisteddfod results (en, a Welsh-border weekly
written in English), petrol pump prices and the naira's rates (en, a Nigerian daily), bridge openings to the
Baltic islands and blue-green algae warnings at bathing spots (de, a German regional public radio), slaughter
cattle prices and the plant-protection warning service (de, a Swiss farming weekly), bankruptcies and the
Walloon share prices (fr, a Belgian business site), cocoa arrivals at the ports and water cuts (fr, an
Ivorian news site), cattle prices and the height of the river Uruguay (es, a Uruguayan regional daily).

As in the other halves, every story has its own facts and shares its template's STOCK sentences, which are
true story text.  Several read like a site's chrome on purpose: disclaimers ("Inclusion in this list does
not mean permission has been or will be granted", "The adjudicators' decisions are final", "Die Angaben
ersetzen nicht die Beratung …", "Ces informations ne constituent pas un conseil en investissement", "La
mention d'une entreprise … ne préjuge en rien …", a utility's "s'excuse pour la gêne occasionnée", "Este
reporte … no sustituye los avisos oficiales"), a product-label warning, schedules of when the publisher
updates the list; many name the publisher, its phone number or its e-mail address, and several stand in the
middle of the story between lines of "Name: value".  Some stories are bullet lists.  Abbreviations, times,
dates and decimals throughout (``7 a.m.``, ``Nov. 30``, ``U.S. 90``, ``Mr.``, ``Lt.``, ``G. Evans``,
``No. 0471122``, ``12.5 kg``, ``₦1,532.40``, ``ca.``, ``Dr.``, ``Fr. 8.40``, ``0,4 m``, ``innert``, ``Me``,
``M.``, ``Mme``, ``env.``, ``1er``, ``4 512,36``, ``Sr.``, ``US$ 4,62``, ``7:00``, ``9.800 m³/s``)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from functools import partial

from bench.cleaning_set.cms import li
from bench.cleaning_set.lang import (
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
    next_monday,
    thousands,
)

Story = tuple[str, list[str]]

STOCK = {
    "tropics": (
        "The Atlantic hurricane season runs from June 1 to Nov. 30, and its peak for the northern Gulf Coast is "
        "from mid-August through early October.",
        "The WBYX First Alert Weather team updates this outlook at 5 a.m., 11 a.m. and 5 p.m. on every day the "
        "hurricane center is tracking a system.",
        "Forecast cones show where the center of a storm may go; rain, surge and wind can reach far outside "
        "them.",
    ),
    "bayway": (
        "Vehicles carrying hazardous materials may never use the Wallace or Bankhead tunnels and must follow the "
        "posted detour over the Cochrane-Africatown Bridge.",
        "The Alabama Department of Transportation sets the work schedule and can change it at short notice "
        "because of rain.",
        "WBYX checks this list with ALDOT every weekday; tell the traffic desk about a closure we missed at "
        "traffic@wbyx10.example.",
    ),
    "planning": (
        "Plans can be viewed on the council's planning portal, and comments must reach the council within 21 "
        "days of the date on the site notice.",
        "Inclusion in this list does not mean permission has been or will be granted.",
        "The Observer prints the list each week as a service to readers; corrections to "
        "planning@teifivalleyobserver.example.",
    ),
    "eisteddfod": (
        "Most village eisteddfodau welcome competitors from outside the area, and many now hold sections for "
        "learners of Welsh.",
        "The adjudicators' decisions are final.",
        "Secretaries can phone results through to the Observer on 01239 555 318 by noon on Monday.",
    ),
    "pumpprice": (
        "Prices differ from station to station and even within a day; the figures are those shown on the pumps "
        "when our correspondents visited.",
        "The pump price has been deregulated since 2023, so the Nigerian Midstream and Downstream Petroleum "
        "Regulatory Authority (NMDPRA) no longer fixes it.",
        "Motorists who suspect a station of under-dispensing can call the Chronicle's consumer desk on 0803 555 "
        "0147.",
    ),
    "naira": (
        "Official rates are the closing figures published by the Central Bank of Nigeria (CBN); parallel-market "
        "rates are quotes from Bureau De Change operators in Lagos.",
        "The Lagoon Chronicle does not buy or sell currency and cannot advise readers on transactions.",
        "The rates are collected at about 4 p.m. on each trading day.",
    ),
    "bruecken": (
        "Während einer Öffnung ist die Brücke für Autos, Radfahrer und Fußgänger gesperrt; Rettungswagen werden "
        "über Funk vorab informiert.",
        "Die Zeiten legt das Wasserstraßen- und Schifffahrtsamt Ostsee fest, kurzfristige Änderungen sind "
        "möglich.",
        "NKF Vorpommern meldet Störungen an den Brücken im Verkehrsservice zu jeder halben Stunde; Hinweise "
        "nimmt die Verkehrsredaktion unter 03834 555 210 entgegen.",
    ),
    "blaualgen": (
        "Blaualgen können Hautreizungen, Bindehautentzündungen, Übelkeit und Durchfall auslösen; Kinder und "
        "Hunde sind besonders gefährdet.",
        "Die Werte kommen aus den Proben der Gesundheitsämter und werden nach jeder neuen Probe aktualisiert.",
        "Ein Badeverbot gilt nicht, die Entscheidung liegt bei jedem Badegast selbst.",
    ),
    "schlachtvieh": (
        "Die Preise sind Richtpreise der Proviande für Tiere der Handelsklasse T3 mit Fettgewebe 3, franko "
        "Schlachthof.",
        "Die Bauernpost veröffentlicht die Marktpreise jeden Donnerstag, alle Angaben ohne Gewähr.",
        "Fragen zu den Marktberichten beantwortet die Marktredaktion unter 031 555 44 20.",
    ),
    "pflanzenschutz": (
        "Vor dem Einsatz von Pflanzenschutzmitteln immer die Gebrauchsanweisung und die Anwendungsauflagen auf "
        "der Etikette lesen.",
        "Die Angaben ersetzen nicht die Beratung durch die kantonale Pflanzenschutzfachstelle.",
        "Beobachtungen aus Ihrem Betrieb nimmt die Pflanzenbau-Redaktion unter pflanzen@bauernpost.example "
        "entgegen.",
    ),
    "faillites": (
        "La liste reprend les faillites publiées au Moniteur belge pour les arrondissements de Liège, du Hainaut, "
        "de Namur, du Luxembourg et du Brabant wallon.",
        "La mention d'une entreprise dans cette rubrique ne préjuge en rien des responsabilités de ses "
        "dirigeants.",
        "Une erreur dans la liste ? Le Moniteur wallon la corrige sur simple demande à "
        "faillites@moniteurwallon.example.",
    ),
    "bourse": (
        "Les cours sont ceux de la clôture sur Euronext Bruxelles, communiqués avec un différé de quinze minutes.",
        "Ces informations ne constituent pas un conseil en investissement.",
        "La sélection couvre les sociétés cotées dont le siège social est situé en Wallonie.",
    ),
    "cacao": (
        "Le prix bord champ est fixé par le Conseil du café-cacao (CCC) pour toute la campagne ; aucun acheteur "
        "n'a le droit de payer moins.",
        "Les chiffres d'arrivages sont des estimations d'exportateurs et peuvent être révisés.",
        "Abidjan Matin fait ce point tous les lundis ; les planteurs peuvent joindre la rédaction au 07 55 50 21 "
        "30.",
    ),
    "coupures": (
        "La SODECI invite les populations concernées à faire des réserves d'eau et s'excuse pour la gêne "
        "occasionnée.",
        "Le service client de la SODECI est joignable gratuitement au 175.",
        "Abidjan Matin reprend ce communiqué tel qu'il a été transmis par la société.",
    ),
    "hacienda": (
        "Los valores son de referencia para ganado terminado puesto en planta frigorífica, sin IVA.",
        "El Litoral Oriental publica los precios de la hacienda todos los viernes; consultas de productores al "
        "4722 5550, interno 4.",
        "Cada negocio puede apartarse de la referencia según el peso, la raza y la distancia al frigorífico.",
    ),
    "rio": (
        "Las alturas son las que informa la Comisión Técnica Mixta de Salto Grande (CTM) en su parte diario.",
        "Ante una emergencia, el Centro Coordinador de Emergencias Departamentales (Cecoed) atiende en el 911.",
        "Este reporte se actualiza cada mañana y no sustituye los avisos oficiales del Sinae.",
    ),
}
DATELINED = ("tropics", "bayway")  # the TV station's dateline opens these, as in its other stories


_ap = ap_date
_comma = decimal_comma
_dots = partial(thousands, sep=".")
_spaces = partial(thousands, sep=" ")


def _sign(x: float, k: int = 1) -> str:
    return "+" if round(x, k) >= 0 else "−"


_monday = next_monday
_fr_date = partial(day_month, lang="fr")


# ---- en: the Gulf-coast TV station ------------------------------------------------------------------------
_SYSTEMS = (("Invest 93L", "about 650 miles east of the Windward Islands"),
            ("Invest 95L", "over the Bay of Campeche in the southwestern Gulf"),
            ("A tropical wave", "just off the coast of Africa, south of the Cabo Verde Islands"),
            ("An area of low pressure", "about 300 miles southeast of Bermuda"),
            ("A broad area of disturbed weather", "over the northwestern Caribbean Sea"),
            ("The remnants of Tropical Depression Eight", "in the central Atlantic"),
            ("A weak low", "along a stalled front off the Florida Panhandle"))
_MET_QUOTES = ("There is nothing out there tonight that I would lose sleep over",
               "This is the week to check your hurricane kit, not the week to panic",
               "Gulf water is still running about 86 degrees, so anything that gets in there can grow quickly",
               "The models disagree, and when they disagree we wait for the next run")
_METS = ("chief meteorologist Cole Hebert", "meteorologist Dana Whitlock", "weekend meteorologist Kelsey Tran")


def _tropics(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["tropics"]
    systems = rng.sample(_SYSTEMS, rng.randint(2, 4))
    lines = []
    for name, where in systems:
        p48 = rng.randrange(0, 60, 10)
        p7 = min(90, p48 + rng.randrange(10, 50, 10))
        lines.append(f"{name}, {where}: {'near 0' if p48 == 0 else p48}% chance of development in 48 hours, {p7}% "
                     f"in seven days.")
    k = rng.randint(1, len(lines) - 1)
    gulf = any("Gulf" in w or "Panhandle" in w for _, w in systems)
    n = ("two", "three", "four")[len(systems) - 2]
    paras = [f"The National Hurricane Center was watching {n} areas in the Atlantic basin at 7 a.m. "
             f"{EN_DAYS[when.weekday()]}, {_ap(when)}, "
             f"{'one of them in the Gulf' if gulf else 'and none was expected to threaten the northern Gulf Coast this week'}.",  # noqa: E501
             *lines[:k], s[1], *lines[k:], s[0],
             f"“{rng.choice(_MET_QUOTES)},” said WBYX {rng.choice(_METS)}.", s[2]]
    return f"Tropics update, {_ap(when)}: {n} areas to watch", paras


_CLOSURES = ("Wallace Tunnel, westbound: one lane closed from 8 p.m. to 5 a.m. {days} for wall washing.",
             "Wallace Tunnel, eastbound: fully closed from 10 p.m. to 4 a.m. {days}, with cars sent through the "
             "Bankhead Tunnel.",
             "I-10 Bayway, eastbound near Exit 30: right lane closed from 9 p.m. to 5 a.m. {days} for joint repairs.",
             "I-10 Bayway, westbound at the Causeway exit: on-ramp closed from 7 p.m. to 6 a.m. {days}.",
             "Causeway (U.S. 90/98) at Battleship Parkway: shoulder work from 9 a.m. to 3 p.m. {days}.",
             "Dauphin Island Bridge: one lane with flaggers from 8 a.m. to 4 p.m. {days}.",
             "I-165 at Beauregard Street: left lane closed from 9 p.m. to 5 a.m. {days} for striping.")
_DAYSETS = ("Monday through Thursday", "Sunday through Wednesday nights", "Tuesday and Wednesday",
            "Monday and Tuesday", "every night this week")
_FERRY = ("Mobile Bay Ferry: running every 90 minutes from 8 a.m., weather permitting.",
          "Mobile Bay Ferry: out of service Wednesday for Coast Guard inspection.",
          "Mobile Bay Ferry: running on its fall schedule, last trip from Fort Morgan at 6:15 p.m.")


def _bayway(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["bayway"]
    monday = _monday(when)
    lines = [c.format(days=rng.choice(_DAYSETS)) for c in rng.sample(_CLOSURES, rng.randint(3, 5))]
    lines.insert(rng.randint(1, len(lines)), rng.choice(_FERRY))
    k = rng.randint(2, len(lines) - 1)
    paras = [f"Drivers crossing Mobile Bay face {len(lines) - 1} planned lane closures in the week that starts "
             f"{EN_DAYS[monday.weekday()]}, {_ap(monday)}, the Alabama Department of Transportation said.",
             *lines[:k], s[1], *lines[k:], s[0],
             f"An ALDOT spokesman, {rng.choice(('Tony Harris', 'Luke Ashby', 'Wesley Daigle'))}, said resurfacing on "
             f"the eastbound Bayway should be finished by {rng.choice(('Oct. 10', 'Oct. 24', 'Nov. 7'))} if the "
             f"weather holds.", s[2]]
    return f"Bayway and tunnel closures for the week of {_ap(monday)}", paras


# ---- en: the Welsh-border weekly ------------------------------------------------------------------------------
_APPLICANTS = ("Mr and Mrs G. Evans", "Mr D. Thomas", "Ms S. Rees", "Cyngor Cymuned Llangrannog", "Tir Glas Farms Ltd",
               "Mrs M. Davies", "Clwb Rygbi Aberteifi", "Mr H. Morgan", "Ysgol Bro Teifi governors",
               "Dr E. Jenkins")
_SITES = ("Penrhiw, Llangrannog", "Maesyfelin, Lampeter", "Glanrhyd, Newcastle Emlyn", "Bryn Awel, Llandysul",
          "Tresaith Road, Aberporth", "Felinfach, Cardigan", "Pen-y-bryn, Boncath", "Heol y Gogledd, Cenarth",
          "Gwbert Road, Cardigan", "Station Terrace, Llanybydder")
_WORKS = ("two-storey rear extension", "conversion of a redundant barn into a holiday let",
          "agricultural shed measuring 30 m by 18 m", "replacement windows in a grade II listed building",
          "siting of four glamping pods", "change of use from shop to dwelling",
          "ground-mounted solar array of 50 kW", "new vehicular access onto the B4333",
          "single wind turbine, 24.6 m to blade tip", "first-floor dormer and balcony")


def _planning(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["planning"]
    friday = when - dt.timedelta(days=(when.weekday() - 4) % 7)
    refs = sorted(rng.sample(range(310, 690), rng.randint(4, 7)))
    lines = [f"A25/{r:04d} – {rng.choice(_APPLICANTS)}, {site}: {work}."
             for r, site, work in zip(refs, rng.sample(_SITES, len(refs)), rng.sample(_WORKS, len(refs)),
                                      strict=True)]
    k = rng.randint(2, len(lines) - 1)
    paras = [f"Ceredigion County Council registered the following {len(lines)} planning applications in the week "
             f"to {EN_DAYS[friday.weekday()]} {friday.day} {EN_MONTHS[friday.month - 1]}.", *lines[:k], s[1],
             *lines[k:], s[0],
             f"Carmarthenshire County Council validated a further {rng.randint(2, 9)} applications in the Newcastle "
             f"Emlyn and Llangeler wards, which will appear in next week's list.", s[2]]
    return f"Planning applications: week to {friday.day} {EN_MONTHS[friday.month - 1]}", paras


_VILLAGES = ("Capel Dewi", "Llangeitho", "Pontsian", "Llanarth", "Cribyn", "Blaenporth", "Troedyraur", "Bethania",
             "Talgarreg", "Penparc")
_SECTIONS = ("Solo, under 8", "Recitation, under 12", "Piano solo, 12 to 16", "Folk song, open",
             "Recitation for Welsh learners", "Duet, under 16", "Solo from a musical, open",
             "Handwriting, Years 3 and 4", "Hymn tune solo, over 60", "Englyn on the set subject, open")
_FIRST = ("Ela", "Tomos", "Megan", "Osian", "Nia", "Gruffydd", "Lowri", "Cai", "Mali", "Dafydd", "Elin", "Iestyn",
          "Sioned", "Gethin", "Heledd", "Morgan")
_LAST = ("Davies", "Evans", "Jones", "Rees", "Lloyd", "Thomas", "Morgan", "Jenkins", "Williams", "Griffiths",
         "Hughes", "Price")


def _eisteddfod(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["eisteddfod"]
    sat = when - dt.timedelta(days=(when.weekday() - 5) % 7)
    village = rng.choice(_VILLAGES)
    items = []
    for section in rng.sample(_SECTIONS, rng.randint(4, 6)):
        places = [f"{i}, {rng.choice(_FIRST)} {rng.choice(_LAST)} ({rng.choice(_VILLAGES)})" for i in (1, 2, 3)]
        items.append(li(f"{section}: {'; '.join(places)}."))

    def person() -> str:
        return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"

    venue = rng.choice(('village hall', 'chapel vestry', 'community school'))
    paras = [f"{village} Eisteddfod was held at the {venue} "
             f"on {EN_DAYS[sat.weekday()]} {sat.day} {EN_MONTHS[sat.month - 1]}, with {rng.randint(60, 240)} "
             f"competitors in {rng.randint(18, 44)} sections.",
             f"The adjudicators were {person()} (music) and {person()} (recitation and literature).", *items, s[1],
             s[0],
             f"“Diolch o galon i bawb – thank you to everyone who competed and helped,” said the secretary, "
             f"{person()}.", s[2]]
    return f"Results: {village} Eisteddfod, {sat.day} {EN_MONTHS[sat.month - 1]}", paras


# ---- en: the Nigerian daily ------------------------------------------------------------------------------------
_SPOTS = ("Ikeja, Obafemi Awolowo Way", "Lekki-Epe Expressway, Ajah", "Ikorodu Road, Ketu",
          "Apapa-Oshodi Expressway, Mile 2", "Agege Motor Road, Oshodi", "Lagos-Abeokuta Expressway, Abule Egba",
          "Ozumba Mbadiwe Avenue, Victoria Island", "Badagry Expressway, Festac")
_PARKS = ("Oshodi", "Ojota", "Berger", "Obalende", "CMS", "Iyana-Ipaja")
_DRIVERS = ("Kazeem Balogun", "Chinedu Okafor", "Musa Abubakar", "Segun Oladipo")


def _pumpprice(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["pumpprice"]
    base = rng.randrange(845, 985, 5)
    lines = []
    lo = hi = base
    for spot in rng.sample(_SPOTS, rng.randint(4, 6)):
        major = base + rng.randrange(-20, 25, 5)
        indie = major + rng.randrange(10, 60, 5)
        lo, hi = min(lo, major), max(hi, indie)
        lines.append(f"{spot}: ₦{major:,} a litre at a major marketer's station, ₦{indie:,} at an independent "
                     f"outlet.")
    k = rng.randint(2, len(lines) - 1)
    paras = [f"A litre of petrol sold for between ₦{lo:,} and ₦{hi:,} at filling stations visited by The Lagoon "
             f"Chronicle across Lagos on {EN_DAYS[when.weekday()]}, {when.day} {EN_MONTHS[when.month - 1]}, "
             f"{rng.choice(('slightly up on the week', 'slightly down on the week', 'unchanged from last week'))}.",
             *lines[:k], s[0], *lines[k:],
             f"Diesel (AGO): ₦{rng.randrange(1020, 1180, 5):,} a litre on average.",
             f"Cooking gas (12.5 kg): ₦{rng.randrange(15500, 19800, 100):,} a cylinder.",
             f"A commercial bus driver at {rng.choice(_PARKS)} park, Mr. {rng.choice(_DRIVERS)}, said the fare on his "
             f"route had {rng.choice(('gone up by ₦100', 'stayed the same', 'gone up by ₦200'))} since "
             f"{EN_DAYS[(when.weekday() - 2) % 7]}.", s[1], s[2]]
    return f"Petrol price survey: ₦{lo:,}–₦{hi:,} a litre in Lagos ({when.day}/{when.month})", paras


_BDC = ("Alhaji Sani Garba", "Mr. Obinna Eze", "Alhaja Kafayat Lawal")


def _naira(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["naira"]
    off = rng.uniform(1495, 1560)
    prev = off + rng.uniform(-9, 9)
    par = round(off + rng.uniform(15, 60))
    prev_day = EN_DAYS[(when.weekday() - 1) % 7] if when.weekday() else "Friday"
    lines = [f"Dollar, parallel market (Lagos): ₦{par:,} buying, ₦{par + rng.choice((5, 10, 15)):,} selling.",
             f"Pound sterling, official: ₦{off * rng.uniform(1.32, 1.36):,.2f}.",
             f"Euro, parallel market: ₦{round(off * rng.uniform(1.15, 1.19)):,}.",
             f"CFA franc, Seme border: ₦{rng.uniform(2.45, 2.75):.2f} per CFA franc.",
             f"Gross external reserves: ${rng.uniform(38.2, 42.9):.2f} billion."]
    paras = [f"The naira closed at ₦{off:,.2f} to the dollar on the official market on {EN_DAYS[when.weekday()]}, "
             f"{when.day} {EN_MONTHS[when.month - 1]}, {'firmer than' if off < prev else 'weaker than'} "
             f"₦{prev:,.2f} on {prev_day}.", lines[0], lines[1], s[0], *lines[2:], s[1],
             f"A BDC operator at Allen Avenue in Ikeja, {rng.choice(_BDC)}, said demand for dollars to pay school "
             f"fees abroad had {rng.choice(('picked up', 'eased', 'doubled'))} in the past week.", s[2]]
    return f"Naira closes at ₦{off:,.2f}/$ official, ₦{par:,} parallel", paras


# ---- de: the regional public radio -----------------------------------------------------------------------------
_BRUECKEN = (("Wolgast, Peenebrücke", ("5.45", "8.45", "12.45", "16.45", "20.45"), 20),
             ("Zecherin, Zecheriner Brücke", ("6.45", "9.45", "13.45", "17.45"), 15),
             ("Stralsund, Ziegelgrabenbrücke", ("2.20", "8.20", "12.20", "17.20", "21.20"), 20),
             ("Anklam, Hubbrücke über die Peene", ("7.30", "11.30", "15.30"), 10),
             ("Greifswald-Wieck, Holzklappbrücke", ("8.00", "10.00", "12.00", "14.00", "16.00", "18.00"), 10))
_GRUENDE = ("wegen der Überführung eines Neubaus der Peene-Werft", "für die Traditionssegler der Greifswalder "
            "Fischerfest-Parade", "für ein Baggerschiff des Wasserstraßenamts", "für die Rückfahrt der Museumsschiffe "
            "nach Ueckermünde")


def _bruecken(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["bruecken"]
    monday = _monday(when)
    lines = []
    for name, times, minutes in rng.sample(_BRUECKEN, rng.randint(3, 5)):
        lines.append(f"{name}: {', '.join(times[:-1])} und {times[-1]} Uhr, jeweils ca. {minutes} Minuten.")
    k = rng.randint(1, len(lines) - 1)
    special = monday + dt.timedelta(days=rng.randint(1, 5))
    paras = [f"Wer in der Woche ab {DE_DAYS[0]}, {monday.day}. {DE_MONTHS[monday.month - 1]}, nach Usedom oder Rügen "
             f"fährt, muss neben den festen Öffnungszeiten mit einer Sonderöffnung und einer Sperrung rechnen.",
             *lines[:k], s[1], *lines[k:],
             f"Sonderöffnung am {DE_DAYS[special.weekday()]}, {special.day}. {DE_MONTHS[special.month - 1]}, um "
             f"{rng.choice((10, 13, 14, 19))} Uhr in {rng.choice(('Wolgast', 'Zecherin', 'Stralsund'))}: "
             f"{rng.choice(_GRUENDE)}.", s[0],
             f"Am {DE_DAYS[(special.weekday() + 1) % 7]} bleibt die Zecheriner Brücke von 9 bis "
             f"{rng.choice((13, 15, 16))} Uhr wegen Wartungsarbeiten geschlossen, die Umleitung führt über Wolgast.",
             s[2]]
    return f"Brückenöffnungen in Vorpommern: die Zeiten ab {monday.day}. {DE_MONTHS[monday.month - 1]}", paras


_BADESTELLEN = ("Kummerower See, Badestelle Verchen", "Peenestrom, Strand Lassan", "Achterwasser, Loddin",
                "Stettiner Haff, Ueckermünde", "Tollensesee, Augustabad", "Putzarer See, Badestelle Putzar",
                "Gothensee bei Heringsdorf", "Malchiner See, Dahmen")
_STATUS = (("Baden nicht empfohlen", 0.3, 0.6), ("Warnhinweis aufgestellt", 0.5, 0.8), ("leichte Algenblüte", 0.8, 1.2),
           ("unauffällig", 1.2, 2.2))
_AERZTE = ("Dr. Heike Wendland", "Dr. Jörn Pagel", "Dr. Maren Stoltenberg")


def _blaualgen(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["blaualgen"]
    stellen = rng.sample(_BADESTELLEN, rng.randint(4, 6))
    items = []
    warn = 0
    for st in stellen:
        status, lo, hi = rng.choice(_STATUS)
        warn += lo < 0.8
        items.append(li(f"{st}: Sichttiefe {_comma(rng.uniform(lo, hi))} m, {status}."))
    warn = max(warn, 1)
    paras = [f"Das Landesamt für Gesundheit und Soziales rät am {DE_DAYS[when.weekday()]}, {when.day}. "
             f"{DE_MONTHS[when.month - 1]}, an {warn} {'Badestelle' if warn == 1 else 'Badestellen'} in Vorpommern "
             f"vom Baden ab, weil sich Blaualgen stark vermehrt haben.", s[0], *items, s[1],
             f"„Wer knietief im Wasser die eigenen Füße nicht mehr sieht, sollte lieber rausgehen“, sagt "
             f"{rng.choice(_AERZTE)} vom Gesundheitsamt Vorpommern-Greifswald.",
             f"Die Wassertemperatur lag am Morgen bei {rng.randint(17, 23)} Grad.", s[2]]
    where = "Badestelle" if warn == 1 else "Badestellen"
    return f"Blaualgen: Warnung für {warn} {where} am {when.day}. {DE_MONTHS[when.month - 1]}", paras


# ---- de: the Swiss farming weekly ------------------------------------------------------------------------------
_KATEGORIEN = (("Kühe T3 (VK)", 8.40), ("Muni T3 (MT)", 10.20), ("Rinder T3 (RG)", 10.90), ("Kälber T3 (KV)", 14.80),
               ("Lämmer T3 (LA)", 13.40), ("Schweine (QM)", 4.05), ("Jungvieh T3 (JB)", 10.60))
_MAERKTE = ("Zollikofen", "Langnau i. E.", "Thun", "Brunegg", "Sursee", "Schüpfheim")
_HAENDLER = ("Viehhändler Res Gerber", "Viehhändler Hansueli Wüthrich", "Viehhändler Toni Bucher",
             "Viehhändlerin Käthi Rüegsegger")


def _schlachtvieh(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["schlachtvieh"]
    thu = when - dt.timedelta(days=(when.weekday() - 3) % 7)
    lines = []
    for kat, base in rng.sample(_KATEGORIEN, rng.randint(4, 6)):
        delta = rng.choice((-0.20, -0.10, 0.0, 0.0, 0.10, 0.20))
        change = "unverändert" if not delta else f"{'+' if delta > 0 else '−'}{abs(delta):.2f}"
        lines.append(f"{kat}: Fr. {base + rng.uniform(-0.3, 0.3):.2f} je kg SG ({change}).")
    k = rng.randint(2, len(lines) - 1)
    n = rng.randint(1400, 3100)
    paras = [f"An den überwachten öffentlichen Schlachtviehmärkten wurden in der Woche bis {DE_DAYS[thu.weekday()]}, "
             f"{thu.day}. {DE_MONTHS[thu.month - 1]}, {_dots(n)} Tiere aufgeführt, "
             f"{rng.choice(('etwas mehr', 'deutlich weniger', 'etwa gleich viele'))} als in der Vorwoche.",
             *lines[:k], s[1], *lines[k:], s[0],
             f"Grösster Markt war {rng.choice(_MAERKTE)} mit {rng.randint(120, 390)} Tieren.",
             f"{rng.choice(_HAENDLER)} sagt, bei den Kühen sei «die Nachfrage vor der Metzgete spürbar "
             f"{rng.choice(('angezogen', 'zurückgegangen', 'stabil geblieben'))}».", s[2]]
    return f"Schlachtviehmarkt: die Preise der Woche {thu.isocalendar()[1]}", paras


_REGIONEN = ("Seeland", "Emmental", "Zürcher Weinland", "Thurgau", "Broye", "Luzerner Hinterland", "Klettgau",
             "St. Galler Rheintal")
_SCHAEDLINGE = ("Kraut- und Knollenfäule (Kartoffeln)", "Falscher Mehltau (Reben)",
                "Kirschessigfliege (Steinobst, Trauben)", "Graufäule (Trauben)", "Rapserdfloh (Raps)",
                "Maiszünsler (Mais)")
_RISIKO = (("gering", "keine Massnahme nötig"), ("mittel", "Bestände kontrollieren"),
           ("mittel", "Fallen wöchentlich auswerten"), ("hoch", "Behandlung innert 48 Stunden prüfen"),
           ("sehr hoch", "Behandlung sofort prüfen, Spritzabstände verkürzen"))
_FACHSTELLEN = (("Andrea Schüpbach", "Bern"), ("Marco Keller", "Thurgau"), ("Simone Frei", "Zürich"),
                ("Peter Stadelmann", "Luzern"))


def _pflanzenschutz(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["pflanzenschutz"]
    items = [li("{}, {}: Risiko {}, {}.".format(reg, sch, *rng.choice(_RISIKO)))
             for reg, sch in zip(rng.sample(_REGIONEN, 5), rng.sample(_SCHAEDLINGE, 5), strict=True)]
    items = items[:rng.randint(3, 5)]
    k = rng.randint(1, len(items) - 1)
    name, kanton = rng.choice(_FACHSTELLEN)
    paras = [f"Der Warndienst der kantonalen Fachstellen und von Agroscope meldet für {DE_DAYS[when.weekday()]}, "
             f"{when.day}. {DE_MONTHS[when.month - 1]}, die folgende Lage in {len(items)} Regionen.",
             *items[:k], s[0], *items[k:], s[1],
             f"«Nach den {rng.randint(12, 45)} Millimetern Regen vom Wochenende ist die Lage bei den Kartoffeln "
             f"angespannt», sagt {name} von der Fachstelle Pflanzenschutz {kanton}.", s[2]]
    return f"Pflanzenschutz-Warndienst vom {when.day}. {DE_MONTHS[when.month - 1]}", paras


# ---- fr: the Belgian business site -----------------------------------------------------------------------------
_SOCIETES = (("Sambre Logistique SRL", "Charleroi", "transport routier"), ("Boulangerie Lemaire SRL", "Namur",
             "boulangerie"), ("Ardennes Bois Construct SA", "Marche-en-Famenne", "construction"),
             ("Herve Events SC", "Herve", "événementiel"), ("Mosa Print SRL", "Huy", "imprimerie"),
             ("Borinage Carrelages SRL", "Mons", "pose de carrelage"), ("Taverne du Perron SRL", "Liège", "horeca"),
             ("Wavre Digital Solutions SA", "Wavre", "informatique"), ("Garage Dethier & Fils SRL", "Verviers",
             "réparation automobile"), ("La Gaume Gourmande SC", "Virton", "commerce de détail"),
             ("Condroz Menuiserie SRL", "Ciney", "menuiserie"), ("Tournai Textiles SA", "Tournai", "textile"))
_CURATEURS = ("Me Anne-Catherine Renard", "Me Olivier Gilson", "Me Pascale Hardy")
_CITATIONS = ("On voit arriver des sociétés saines il y a deux ans, étranglées par leurs dettes fiscales",
              "Beaucoup de gérants attendent trop longtemps avant de demander une réorganisation judiciaire",
              "L'horeca paie encore la facture énergétique de l'hiver dernier")


def _faillites(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["faillites"]
    monday = when - dt.timedelta(days=when.weekday())
    lines = []
    for soc, ville, secteur in rng.sample(_SOCIETES, rng.randint(4, 7)):
        n = rng.choice((0, 1, 2, 3, 4, 6, 9, 14, 22))
        jobs = "aucun emploi" if n == 0 else f"{n} {'emploi' if n == 1 else 'emplois'}"
        lines.append(f"{soc} ({ville}), {secteur} : {jobs}.")
    k = rng.randint(2, len(lines) - 1)
    total = rng.randint(21, 58)
    paras = [f"Les tribunaux de l'entreprise de Wallonie ont prononcé {total} faillites la semaine du {monday.day} "
             f"{FR_MONTHS[monday.month - 1]}, selon les publications au Moniteur belge ; voici les principales.",
             *lines[:k], s[1], *lines[k:], s[0],
             f"Depuis le 1er janvier, on en dénombre {_spaces(rng.randint(980, 1120))} en Wallonie, soit "
             f"{rng.choice(('une septantaine', 'une nonantaine', 'une soixantaine', 'une cinquantaine'))} de plus "
             f"qu'à la même période de l'an dernier.",
             f"« {rng.choice(_CITATIONS)} », observe {rng.choice(_CURATEURS)}, curateur au barreau de "
             f"{rng.choice(('Liège', 'Namur', 'Charleroi'))}.", s[2]]
    return f"Faillites en Wallonie : {total} jugements la semaine du {monday.day} {FR_MONTHS[monday.month - 1]}", paras


_VALEURS = (("Meuse Biotech", 23.4), ("Sambre Acier", 8.1), ("Condroz Énergie", 41.5), ("Ardenne Data Centers", 112.0),
            ("Brabant Pharma", 57.3), ("Hainaut Verre", 15.9), ("Famenne Agri", 33.2), ("Liège Airport Services", 19.8))
_ANALYSTES = ("Mme Anne Gérard, analyste chez Banque Meusienne", "M. Luc Hallet, gestionnaire chez Condroz Capital",
              "M. Bruno Piret, stratège chez Mosane Patrimoine")
_AVIS = ("le marché attend les chiffres de l'inflation américaine avant de se repositionner",
         "les petites capitalisations wallonnes restent peu liquides, les écarts sont donc amplifiés",
         "la biotech profite des espoirs de baisse des taux")


def _bourse(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["bourse"]
    when -= dt.timedelta(days=max(0, when.weekday() - 4))  # the last trading day
    idx = rng.uniform(4380, 4690)
    ch = rng.uniform(-1.4, 1.4)
    lines = []
    moves = []
    for name, base in rng.sample(_VALEURS, rng.randint(4, 6)):
        c = rng.uniform(-4.5, 4.5)
        moves.append(c)
        lines.append(f"{name} : {_comma(base * rng.uniform(0.9, 1.1), 2)} € ({_sign(c)}{_comma(abs(c))} %).")
    avg = sum(moves) / len(moves)
    k = rng.randint(1, len(lines) - 1)
    whole, dec = f"{idx:.2f}".split(".")
    idx_text = f"{_spaces(int(whole))},{dec}"
    paras = [f"Le Bel 20 a clôturé la séance du {_fr_date(when)} à {idx_text} points "
             f"({_sign(ch, 2)}{_comma(abs(ch), 2)} %), "
             f"et les valeurs wallonnes suivies par le Moniteur ont {'progressé' if avg >= 0 else 'reculé'} de "
             f"{_comma(abs(avg))} % en moyenne.", s[0], *lines[:k], s[2], *lines[k:],
             f"Selon {rng.choice(_ANALYSTES)}, « {rng.choice(_AVIS)} ».", s[1]]
    return f"Bourse : la cote wallonne à la clôture du {_fr_date(when)}", paras


# ---- fr: the Ivorian site ----------------------------------------------------------------------------------------
_PLANTEURS = (("M. Kouassi Yao, planteur", "Soubré"), ("M. Bamba Souleymane, planteur", "Daloa"),
              ("Mme Adjoua N'Guessan, productrice", "Méagui"), ("M. Gnagne Laurent, planteur", "Divo"))
_PISTEURS = ("ne respectent pas toujours le prix garanti dans les zones enclavées",
             "passent moins souvent depuis la fin de la grande traite",
             "paient comptant, ce qui n'était pas le cas l'an dernier")


def _cacao(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["cacao"]
    sunday = when - dt.timedelta(days=(when.weekday() + 1) % 7)
    abj = rng.randrange(1_020_000, 1_180_000, 1000)
    sp = rng.randrange(760_000, 880_000, 1000)
    week = rng.randrange(9_000, 31_000, 500)
    c1, c2 = rng.uniform(-6, 6), rng.uniform(-6, 6)
    lines = [f"Port d'Abidjan : {_spaces(abj)} tonnes ({_sign(c1)}{_comma(abs(c1))} % sur un an).",
             f"Port de San-Pédro : {_spaces(sp)} tonnes ({_sign(c2)}{_comma(abs(c2))} % sur un an).",
             f"Semaine écoulée : {_spaces(week)} tonnes, contre {_spaces(week + rng.randrange(-4000, 4000, 500))} la "
             f"semaine précédente.",
             f"Cours à Londres (échéance décembre) : {_spaces(rng.randrange(4600, 6200, 10))} £ la tonne."]
    who, where = rng.choice(_PLANTEURS)
    paras = [f"Les arrivages de cacao aux ports d'Abidjan et de San-Pédro ont atteint {_spaces(abj + sp)} tonnes "
             f"depuis le début de la campagne, le 1er octobre, jusqu'au dimanche {sunday.day} "
             f"{FR_MONTHS[sunday.month - 1]}, selon des estimations d'exportateurs.", lines[0], lines[1], s[0],
             *lines[2:], f"{who} à {where}, assure que les pisteurs « {rng.choice(_PISTEURS)} ».", s[1],
             s[2]]
    return f"Cacao : {_spaces(abj + sp)} tonnes arrivées aux ports au {sunday.day} {FR_MONTHS[sunday.month - 1]}", paras


_QUARTIERS = (("Yopougon", "Niangon et Toits rouges"), ("Cocody", "Riviera 3 et Palmeraie"), ("Abobo", "PK 18 et "
              "Avocatier"), ("Koumassi", "Remblais et Grand Campement"), ("Marcory", "Zone 4 et Biétry"),
              ("Port-Bouët", "Gonzagueville et Vridi"), ("Adjamé", "220 Logements et Williamsville"),
              ("Bingerville", "Akandjé"), ("Anyama", "Ebimpé"))


def _coupures(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["coupures"]
    items = []
    for commune, q in rng.sample(_QUARTIERS, rng.randint(3, 6)):
        h1 = rng.choice((6, 7, 8, 9, 22))
        h2 = (h1 + rng.randint(6, 10)) % 24
        tail = " le lendemain" if h2 < h1 else ""
        items.append(li(f"{commune}, quartiers {q} : de {h1} h à {h2} h{tail}."))
    paras = [f"La SODECI annonce une perturbation, voire une interruption, de la distribution d'eau potable ce "
             f"{_fr_date(when)} dans {len(items)} communes du District autonome d'Abidjan, en raison de travaux de "
             f"raccordement sur le réseau.", *items, s[0],
             f"Les travaux portent sur une conduite de {rng.choice((400, 600, 800, 1000))} mm à "
             f"{rng.choice(('Angré', 'Niangon', 'Anono', 'la Riviera Faya'))}, a précisé la société dans un "
             f"communiqué.", s[1], s[2]]
    return f"Coupures d'eau à Abidjan : {len(items)} communes concernées ce {FR_DAYS[when.weekday()]}", paras


# ---- es: the Uruguayan daily -----------------------------------------------------------------------------------
_CATEGORIAS = (("Novillo gordo", 4.60, "en cuarta balanza"), ("Vaca gorda", 4.30, "en cuarta balanza"),
               ("Vaquillona", 4.45, "en cuarta balanza"), ("Ternero", 3.10, "en pie"),
               ("Vaca de invernada", 2.35, "en pie"), ("Cordero pesado", 5.20, "a la carne"))
_CONSIGNATARIOS = ("Sr. Washington Pereira", "Sr. Néstor Bentancor", "Sr. Álvaro Correa")
_OPINIONES = ("los frigoríficos están cortos de ganado y eso sostiene el precio",
              "con la primavera hay más oferta y la industria aprovecha para bajar",
              "China compra menos, pero Estados Unidos está pagando bien")


def _hacienda(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["hacienda"]
    fri = when - dt.timedelta(days=(when.weekday() - 4) % 7)
    lines = []
    for cat, base, how in _CATEGORIAS[:1] + tuple(rng.sample(_CATEGORIAS[1:], rng.randint(3, 5))):
        cents = rng.choice((-4, -2, 0, 0, 1, 3, 5))
        change = "sin cambios" if not cents else \
            f"{'+' if cents > 0 else '−'}{abs(cents)} {'centavo' if abs(cents) == 1 else 'centavos'}"
        lines.append(f"{cat}: US$ {_comma(base + rng.uniform(-0.15, 0.15), 2)} por kilo {how} ({change}).")
    k = rng.randint(1, len(lines) - 1)
    novillo = lines[0].split("US$ ")[1].split(" ")[0]
    paras = [f"El novillo gordo cerró la semana a US$ {novillo} el kilo en cuarta balanza, según los precios de "
             f"referencia de la Asociación de Consignatarios de Ganado publicados este {ES_DAYS[fri.weekday()]} "
             f"{fri.day} de {ES_MONTHS[fri.month - 1]}.", *lines[:k], s[1], *lines[k:], s[0],
             f"La faena de vacunos de la semana fue de {_dots(rng.randint(38000, 52000))} cabezas, informó el "
             f"Instituto Nacional de Carnes (INAC).",
             f"El consignatario {rng.choice(_CONSIGNATARIOS)}, de {rng.choice(('Paysandú', 'Guichón', 'Young'))}, "
             f"dijo que “{rng.choice(_OPINIONES)}”.", s[2]]
    return f"Hacienda: el novillo gordo a US$ {novillo} ({fri.day} de {ES_MONTHS[fri.month - 1]})", paras


_PUNTOS = (("Bella Unión", 4.1), ("Salto", 5.9), ("Paysandú", 4.8), ("Nuevo Berlín", 2.6), ("Fray Bentos", 2.1),
           ("Concepción del Uruguay (Argentina)", 3.3))


def _rio(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["rio"]
    trend = rng.choice((-1, 1))
    lines = []
    heights = {}
    others = rng.sample([p for p in _PUNTOS if p[0] != "Paysandú"], rng.randint(3, 5))
    for punto, base in sorted([*others, _PUNTOS[2]], key=_PUNTOS.index):
        h = base + rng.uniform(-1.2, 1.8)
        cm = rng.randint(2, 35)
        heights[punto] = h, cm
        lines.append(f"{punto}: {_comma(h, 2)} m ({'+' if trend > 0 else '−'}{cm} cm en 24 horas).")
    pay, diff = heights["Paysandú"]
    k = rng.randint(2, len(lines) - 1)
    paras = [f"El río Uruguay marcaba {_comma(pay, 2)} metros frente a Paysandú a las 7:00 de este "
             f"{ES_DAYS[when.weekday()]} {when.day} de {ES_MONTHS[when.month - 1]}, {diff} centímetros "
             f"{'más' if trend > 0 else 'menos'} que el día anterior.", *lines[:k], s[0], *lines[k:],
             f"Represa de Salto Grande: erogando {_dots(rng.randrange(4500, 16000, 100))} m³/s.",
             (f"El Cecoed de Paysandú mantiene {rng.randint(12, 140)} personas evacuadas en la zona del puerto."
              if pay > 5.5 else "No hay personas evacuadas en el departamento, informó la Intendencia."), s[1], s[2]]
    return f"Río Uruguay: {_comma(pay, 2)} m en Paysandú este {ES_DAYS[when.weekday()]}", paras


TEMPLATES: dict[str, tuple[str, Callable[[random.Random, dt.date], Story]]] = {
    "tropics": ("en", _tropics), "bayway": ("en", _bayway), "planning": ("en", _planning),
    "eisteddfod": ("en", _eisteddfod), "pumpprice": ("en", _pumpprice), "naira": ("en", _naira),
    "bruecken": ("de", _bruecken), "blaualgen": ("de", _blaualgen), "schlachtvieh": ("de", _schlachtvieh),
    "pflanzenschutz": ("de", _pflanzenschutz), "faillites": ("fr", _faillites), "bourse": ("fr", _bourse),
    "cacao": ("fr", _cacao), "coupures": ("fr", _coupures), "hacienda": ("es", _hacienda), "rio": ("es", _rio),
}


def make(template: str, rng: random.Random, when: dt.date) -> Story:
    return TEMPLATES[template][1](rng, when)
