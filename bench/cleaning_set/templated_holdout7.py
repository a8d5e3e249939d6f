"""Templated stories of the 'holdout7' half: the state-budget impasse tracker and the week's roll-call votes
(en, a US state-capitol nonprofit), the fish-market report and weekly A&E waiting times (en, a Scottish
daily), dam levels and tender awards (en, a South African digital site), the mountain forecast for walkers
and lorry-metering days on the Inn valley motorway (de, an Austrian public broadcaster's regional studio),
container spot rates and weekend lorry bans (de, a German logistics trade site), the summer return of
Moroccans living abroad and weather warnings (fr, a Moroccan site), lake temperatures at the beaches and the
grape-harvest sugar readings (fr, a Swiss French-language daily), the coffee price and air quality (es, a
Colombian regional site).

As in the other halves, every story has its own facts and shares its template's STOCK sentences, which are
true story text.  Several stock sentences read like a site's chrome on purpose (a disclaimer that a listing
"does not mean any wrongdoing", "Notruf der Bergrettung: 140.", an e-mail address for readers' experiences,
"En cas d'urgence …", a schedule of when the publisher updates the list), many name the publisher, its phone
number or its e-mail address, and some stand in the middle of the story between lines of "Name: value" (so
a publisher's mid-body box can land next to them).  Some stories are bullet lists.  Abbreviations, times,
dates and decimals throughout (``9 a.m.``, ``Rep.``, ``Sen.``, ``Gov.``, ``No. 2``, ``U.S.``, ``Dr.``,
``z. B.``, ``Nr.``, ``Sa.``, ``ca.``, ``M.``, ``Mme``, ``env.``, ``Sr.``, ``Dra.``, ``p. ej.``, ``a. m.``,
``78.4%``, ``7,5 Tonnen``, ``−4,1 %``, ``21,5 °C``, ``$2.845.000``)."""

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
    thousands,
)

Story = tuple[str, list[str]]

STOCK = {
    "impasse": (
        "Pennsylvania's budget was due June 30; until one is passed and signed, the state cannot send some "
        "payments to counties, school districts and nonprofits.",
        "Capitol Keystone updates this tracker every weekday that either chamber of the General Assembly meets.",
        "Counties, schools and nonprofits feeling the impasse can tell us how at impasse@capitolkeystone.example.",
    ),
    "rollcall": (
        "Votes listed are final-passage votes; a Y is a yes vote, an N a no vote and an E an excused absence.",
        "To look up your own state representative and senator, enter your address in the General Assembly's "
        "Find My Legislator tool.",
        "Capitol Keystone compiles this list each Friday from the House and Senate journals.",
    ),
    "fishmarket": (
        "Prices are per box of around 40 kg as sold on the market floor, before commission.",
        "The Courant's fishing page is compiled every Friday from figures supplied by Peterhead Port Authority "
        "and the harbourmaster at Arbroath.",
        "Skippers and merchants with news for the page can ring our fishing correspondent on 01382 555 230.",
    ),
    "aande": (
        "The Scottish Government's standard is that 95% of patients attending A&E should be admitted, "
        "transferred or discharged within four hours.",
        "The figures are provisional, cover the week to 11.59pm on Sunday and are published by Public Health "
        "Scotland each Tuesday.",
        "If you have waited in A&E in Tayside recently and want to tell us about it, email "
        "health@taysidecourant.example.",
    ),
    "damlevels": (
        "Levels are those published every Monday by the Department of Water and Sanitation for the Integrated "
        "Vaal River System.",
        "Highveld Daily carries the figures each week because the Vaal system supplies water to about 19 million "
        "people in Gauteng and beyond.",
        "Rand Water asks households to keep use below 200 litres per person a day.",
    ),
    "tenders": (
        "Awards are taken from the City of Johannesburg's procurement register and the Provincial Gazette.",
        "A listing here does not mean any wrongdoing by the companies named.",
        "Highveld Daily lists awards above R10 million every Thursday; readers who spot something odd can write "
        "to tenders@highvelddaily.example.",
    ),
    "bergwetter": (
        "Die Prognose erstellt die GeoSphere Austria mit dem Alpenverein; sie gilt für Lagen über 2.000 Meter.",
        "Wer eine Hochtour plant, sollte Nullgradgrenze und Gewitterneigung am Nachmittag im Blick behalten.",
        "Radio Tirol bringt den Bergwetterbericht täglich um 6.50 Uhr und um 12.50 Uhr.",
        "Notruf der Bergrettung: 140.",
    ),
    "blockabfertigung": (
        "An Tagen mit Blockabfertigung lässt die Polizei bei Kufstein-Nord nur eine festgelegte Zahl an Lkw pro "
        "Stunde nach Tirol einfahren.",
        "Die Termine legt das Land Tirol fest; Pkw, Busse und Lkw mit Ziel in Tirol sind nicht betroffen.",
        "Staumeldungen bringt Radio Tirol zu jeder vollen Stunde; die Verkehrsredaktion ist unter 0512 555 33 "
        "erreichbar.",
    ),
    "frachtraten": (
        "Alle Werte in US-Dollar je 40-Fuß-Container (FEU), ohne Zuschläge für Gefahrgut oder Kühlware.",
        "Die Logistik-Depesche veröffentlicht die Spotraten jeden Donnerstag auf Basis der Indexwerte von "
        "Drewry und der Shanghai Shipping Exchange.",
        "Fragen zur Ratenübersicht beantwortet die Marktredaktion unter maerkte@logistik-depesche.example.",
    ),
    "fahrverbote": (
        "In Deutschland gilt an Sonn- und Feiertagen von 0 bis 22 Uhr ein Fahrverbot für Lkw über 7,5 Tonnen "
        "und für Lkw mit Anhänger.",
        "Vom 1. Juli bis 31. August kommt samstags von 7 bis 20 Uhr das Ferienreiseverbot auf bestimmten "
        "Autobahnabschnitten hinzu.",
        "Die Übersicht ersetzt keine Rechtsberatung; maßgeblich sind die Bekanntmachungen der Länder und "
        "Nachbarstaaten.",
    ),
    "marhaba": (
        "L'opération Marhaba, qui accompagne chaque été le retour des Marocains résidant à l'étranger (MRE), est "
        "pilotée par la Fondation Mohammed V pour la solidarité.",
        "Les chiffres sont arrêtés la veille à minuit et communiqués par l'Agence nationale des ports (ANP).",
        "L'Écho du Bouregreg publie ce point chaque lundi jusqu'à la clôture de l'opération, le 15 septembre.",
    ),
    "alerte": (
        "La Direction générale de la météorologie (DGM) classe ses alertes en trois niveaux : jaune, orange et "
        "rouge.",
        "En cas d'urgence, la Protection civile est joignable au 150.",
        "Ce bulletin est repris tel que la DGM l'a diffusé ; L'Écho du Bouregreg le met à jour à chaque nouvelle "
        "alerte.",
    ),
    "baignade": (
        "Les températures sont relevées chaque matin vers 8 h par les communes, à 50 cm de profondeur.",
        "La qualité de l'eau est notée selon les critères fédéraux: A excellente, B bonne, C à surveiller, "
        "D insuffisante.",
        "La Tribune publie ce relevé du lundi au vendredi jusqu'à la fermeture des plages surveillées.",
    ),
    "vendanges": (
        "Les sondages sont exprimés en degrés Oechsle (°Oe); un moût à 80 °Oe contient env. 190 g de sucre par "
        "litre.",
        "Les teneurs minimales en sucre par appellation sont fixées chaque année par le canton.",
        "Les vignerons qui veulent transmettre leurs sondages à la Tribune peuvent écrire à "
        "vendanges@tribune-lemanique.example.",
    ),
    "cafe": (
        "El precio interno de referencia lo publica a diario la Federación Nacional de Cafeteros (FNC) por carga "
        "de 125 kilos de café pergamino seco.",
        "Antioquia al Día publica el precio de lunes a viernes para los caficultores del Suroeste, el Oriente y "
        "el Norte antioqueño.",
        "Lo que paga cada cooperativa puede variar según la calidad del grano y el factor de rendimiento.",
    ),
    "aire": (
        "El índice lo calcula el Sistema de Alerta Temprana de Medellín y el Valle de Aburrá (SIATA) con las "
        "estaciones de material particulado PM2.5.",
        "Niños, adultos mayores y personas con enfermedades respiratorias deben evitar el ejercicio al aire libre "
        "cuando el índice esté en naranja o en rojo.",
        "Antioquia al Día actualiza este reporte a las 7:00 a. m. con los datos de la hora anterior.",
    ),
}
DATELINED = ("impasse",)  # the capitol site's dateline opens these, as in its other stories

_BUDGET_DUE = dt.date(2025, 6, 30)


_ap = ap_date
_comma = decimal_comma
_dots = partial(thousands, sep=".")
_spaces = partial(thousands, sep=" ")
_fr_date = partial(day_month, lang="fr")


# ---- en: the state-capitol nonprofit ---------------------------------------------------------------------
_IMPASSE_NEWS = ("House and Senate leaders met behind closed doors for two hours",
                 "the Senate stayed out of session for another week",
                 "Gov. Josh Shapiro's budget secretary briefed county commissioners by phone",
                 "the House passed its fourth spending plan of the summer on a party-line vote",
                 "rank-and-file lawmakers went home without a vote scheduled")
_IMPASSE_VOICES = (("We are borrowing at 5.2% to pay for services the state already owes us for", "Dr. Maria Okafor",
                    "superintendent of the Steelton-Highspire School District"),
                   ("Every week without a budget is another week our caseworkers work on credit", "Dale Hertzler",
                    "director of a Lancaster County family-services agency"),
                   ("Nobody in this building has missed a paycheck yet, and that's the problem", "Rep. Tom Greer",
                    "D-Erie"),
                   ("We're close on the numbers and far apart on everything else", "Sen. Lynn Mauro",
                    "R-Westmoreland"))


def _impasse(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["impasse"]
    n = (when - _BUDGET_DUE).days
    held = rng.uniform(2.1, 6.8) + n / 40
    text, who, what = rng.choice(_IMPASSE_VOICES)
    paras = [f"Pennsylvania went into day {n} without a state budget on {EN_DAYS[when.weekday()]}, {_ap(when)}, as "
             f"{rng.choice(_IMPASSE_NEWS)}.",
             f"Payments held back so far: ${held:.1f} billion.",
             f"School districts that have borrowed to stay open: {rng.randint(12, 95)}.", s[0],
             f"Counties that have delayed payments to human-services providers: {rng.randint(8, 41)} of 67.",
             f"Session days scheduled this week: House {rng.randint(0, 3)}, Senate {rng.randint(0, 3)}.",
             f"“{text},” said {who}, {what}.", s[1], s[2]]
    tag = rng.choice(("no deal yet", "talks resume", "schools borrow more", "Senate stays away", "counties wait"))
    return f"Budget impasse, day {n}: {tag}", paras


_BILLS = (("HB 1012", "Rep. Ana Castillo, D-Philadelphia", "would cap insulin copays at $35 a month"),
          ("SB 431", "Sen. Greg Yoder, R-Centre", "would let townships post public notices online"),
          ("HB 877", "Rep. Keith Brandt, R-York", "would raise the speed limit on parts of I-80 to 70 mph"),
          ("SB 219", "Sen. Denise Ruiz, D-Allegheny", "would require carbon monoxide detectors in rental units"),
          ("HB 1406", "Rep. Paul Henning, R-Butler", "would rename a bridge on U.S. 422 for a fallen trooper"),
          ("HB 655", "Rep. Joyce Whitaker, D-Delaware", "would ban cellphones in classrooms from K to 12"),
          ("SB 908", "Sen. Mark Oberholtzer, R-Lancaster", "would add a No. 2 seat to the Game Commission board"),
          ("HB 1190", "Rep. Sam Li, D-Montgomery", "would fund 40 more state troopers from the Motor License Fund"))


def _rollcall(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["rollcall"]
    fri = when + dt.timedelta(days=(4 - when.weekday()) % 7)
    items = []
    for num, sponsor, what in rng.sample(_BILLS, rng.randint(4, 6)):
        chamber = "Senate" if num.startswith("SB") else "House"
        total = 50 if chamber == "Senate" else 203
        yes = rng.randint(total // 2 + 1, total - 2)
        items.append(li(f"{num} ({sponsor}) {what}. Passed the {chamber} {yes}-{total - yes}."))
    k = rng.randint(2, len(items) - 1)
    paras = [f"Here is how the state House and Senate voted on bills that reached final passage in the week ending "
             f"{EN_DAYS[fri.weekday()]}, {_ap(fri)}.", *items[:k], s[0], *items[k:],
             f"The House returns at {rng.choice(('11 a.m.', '1 p.m.', '9:30 a.m.'))} on "
             f"{rng.choice(('Monday', 'Tuesday'))}; the Senate's next voting day is {rng.choice(('Sept. 29', 'Oct. 6', 'Oct. 20'))}.",  # noqa: E501
             s[1], s[2]]
    return f"How Pennsylvania lawmakers voted, week of {_ap(fri - dt.timedelta(days=4))}", paras


# ---- en: the Scottish daily --------------------------------------------------------------------------------
_FISH = (("Haddock", 120), ("Cod", 210), ("Monkfish", 260), ("Whiting", 70), ("Hake", 150), ("Megrim", 110),
         ("Lemon sole", 240), ("Saithe", 60), ("Plaice", 95))
_BOATS = ("Lunar Bow (PD 265)", "Ocean Harvest (FR 91)", "Brighter Dawn (BF 42)", "Star of Hope (AH 7)",
          "Kinnaird Rose (PD 118)")


def _fishmarket(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["fishmarket"]
    boxes = rng.randint(5200, 11800)
    lines = []
    for name, base in rng.sample(_FISH, rng.randint(4, 6)):
        lo = round(base * rng.uniform(0.6, 0.9))
        lines.append(li(f"{name}: £{lo}–£{lo + rng.randint(20, 90)} a box ({rng.choice(('up', 'down', 'steady'))} "
                        f"on last week)."))
    paras = [f"Landings at Peterhead were {rng.choice(('up', 'down'))} on the week, with {boxes:,} boxes sold "
             f"on {EN_DAYS[when.weekday()]}, {when.day} {EN_MONTHS[when.month - 1]}.", *lines, s[0],
             f"The {rng.choice(_BOATS)} landed {rng.randint(600, 1900):,} boxes at No. {rng.randint(1, 5)} berth, "
             f"the biggest single shot of the week.",
             f"At Arbroath, {rng.randint(40, 260)} boxes of shellfish went through the market, with lobsters at "
             f"£{rng.randint(14, 24)}.{rng.randint(0, 9)}0 a kilo.", s[1], s[2]]
    return f"Fish market report: {when.day} {EN_MONTHS[when.month - 1]}", paras


_AE = (("Ninewells Hospital, Dundee", 58, 72), ("Perth Royal Infirmary", 70, 84),
       ("Stracathro Hospital minor injuries unit, Brechin", 92, 99), ("Arbroath Infirmary minor injuries unit", 93, 99),
       ("Montrose minor injuries unit", 95, 100))


def _aande(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["aande"]
    sunday = when - dt.timedelta(days=(when.weekday() + 1) % 7 or 7)
    lines = [f"{site}: {rng.uniform(lo, hi):.1f}% within four hours ({rng.randint(180, 1450):,} attendances)."
             for site, lo, hi in _AE[:rng.randint(3, 5)]]
    k = rng.randint(1, len(lines) - 1)
    lead = rng.uniform(60, 74)
    paras = [f"{lead:.1f}% of patients at NHS Tayside's emergency departments were seen within four hours in the "
             f"week to {sunday.day} {EN_MONTHS[sunday.month - 1]}, {rng.choice(('up', 'down'))} from "
             f"{lead + rng.uniform(-4, 4):.1f}% the week before.", *lines[:k], s[1], *lines[k:],
             f"Waits of more than 12 hours: {rng.randint(3, 60)}.", s[0],
             f"Dr. {rng.choice(('Euan Baird', 'Priya Raman', 'Fiona Lindsay'))}, an emergency consultant, said winter "
             f"planning had started {rng.choice(('early', 'in August', 'a month late'))}.", s[2]]
    return f"A&E waiting times in Tayside: week to {sunday.day} {EN_MONTHS[sunday.month - 1]}", paras


# ---- en: the South African digital site ----------------------------------------------------------------------
_DAMS = (("Vaal Dam", 70), ("Sterkfontein Dam", 97), ("Grootdraai Dam", 82), ("Bloemhof Dam", 88),
         ("Katse Dam (Lesotho)", 64), ("Mohale Dam (Lesotho)", 55), ("Woodstock Dam", 90))
_SUBURBS = ("Brixton and Crosby", "Soweto's Orlando East", "Midrand", "Alexandra", "Roodepoort", "Randburg")


def _damlevels(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["damlevels"]
    total = rng.uniform(68, 96)
    lines = []
    for dam, base in rng.sample(_DAMS, rng.randint(4, 6)):
        v = min(101.0, base * rng.uniform(0.9, 1.1))
        lines.append(li(f"{dam}: {v:.1f}% (last week {v + rng.uniform(-1.5, 1.5):.1f}%)."))
    monday = when - dt.timedelta(days=when.weekday())
    paras = [f"The Integrated Vaal River System stood at {total:.1f}% on Monday, {monday.day} "
             f"{EN_MONTHS[monday.month - 1]}, {rng.choice(('up', 'down'))} from {total + rng.uniform(-2, 2):.1f}% a "
             f"week earlier.", s[0], *lines, s[2],
             f"Johannesburg Water said reservoirs serving {rng.choice(_SUBURBS)} were at {rng.randint(28, 77)}% on "
             f"Sunday night after a pump trip at about {rng.randint(1, 11)} p.m.", s[1]]
    return f"Vaal dam levels: week of {monday.day} {EN_MONTHS[monday.month - 1]}", paras


_FIRMS = ("Mzansi Civils", "Langa Pipe Works", "Bophelo Medical Supplies", "Thuto IT Solutions",
          "Rietvlei Security Services", "Nkosi & Daughters Engineering", "Highveld Fleet Hire", "Ubuntu Cleaning Co")
_WORKS = (("replacing 4.2 km of water mains in {a}", "Johannesburg Water"),
          ("a three-year fleet maintenance contract", "Group Corporate and Shared Services"),
          ("CCTV at 38 clinics", "the Health department"), ("road resurfacing in {a}", "the Johannesburg Roads Agency"),
          ("security at substations in {a}", "City Power"), ("streetlight repairs in {a}", "City Power"),
          ("laptops for ward councillors", "Group Corporate and Shared Services"),
          ("cleaning at the Metro Centre in Braamfontein", "Group Corporate and Shared Services"))


def _tenders(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["tenders"]
    lines = []
    total = 0.0
    for firm in rng.sample(_FIRMS, rng.randint(4, 6)):
        amount = rng.choice((12.4, 18.9, 24.0, 37.5, 61.2, 88.0, 140.3, 212.6))
        total += amount
        work, dept = rng.choice(_WORKS)
        lines.append(f"{firm} (Pty) Ltd: R{amount:.1f} million for {work.format(a=rng.choice(_SUBURBS))}, {dept}.")
    k = rng.randint(2, len(lines) - 1)
    paras = [f"The City of Johannesburg awarded {len(lines)} tenders worth a combined R{total:.1f} million in the week "
             f"to {EN_DAYS[when.weekday()]} {when.day} {EN_MONTHS[when.month - 1]}, according to its procurement "
             f"register.", *lines[:k], s[1], *lines[k:], s[0],
             f"Cllr {rng.choice(('Thandi Mokoena', 'Graham de Vries', 'Sipho Dlamini'))}, who chairs the public "
             f"accounts committee, said {rng.randint(2, 9)} awards from August were being reviewed.", s[2]]
    return f"Tenders awarded in Joburg this week ({when.day}/{when.month})", paras


# ---- de: the Austrian broadcaster's regional studio ---------------------------------------------------------
_REGIONEN = ("Nordtiroler Kalkalpen", "Zillertaler und Tuxer Alpen", "Ötztaler und Stubaier Alpen",
             "Lechtaler Alpen", "Osttirol mit den Hohen Tauern", "Kitzbüheler Alpen")
_LAGEN = ("sonnig, am Nachmittag Quellwolken", "anfangs Nebel in den Tälern, dann freundlich",
          "wechselhaft mit Schauern ab Mittag", "stürmischer Föhn auf den Kämmen",
          "Gewitter möglich, z. B. über dem Karwendel", "verbreitet klar und kühl")


def _bergwetter(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["bergwetter"]
    lines = []
    for reg in rng.sample(_REGIONEN, rng.randint(3, 5)):
        ng = rng.randrange(2600, 4400, 100)
        lines.append(f"{reg}: {rng.choice(_LAGEN)}, Nullgradgrenze bei {_dots(ng)} m, Gewitterrisiko "
                     f"{rng.randrange(10, 70, 5)} %.")
    k = rng.randint(1, len(lines) - 1)
    paras = [f"Für {DE_DAYS[when.weekday()]}, den {when.day}. {DE_MONTHS[when.month - 1]}, erwarten die Meteorologen "
             f"in den Tiroler Bergen {rng.choice(('gutes Tourenwetter', 'ein eher kurzes Wetterfenster', 'viel Wind', 'teils kräftige Gewitter'))}.",  # noqa: E501
             *lines[:k], s[2], *lines[k:], s[0],
             f"Auf der Zugspitze wurden am Morgen {rng.randint(-6, 8)} Grad gemessen, in Innsbruck ca. "
             f"{rng.randint(9, 19)} Grad.", s[1], s[3]]
    return f"Bergwetter Tirol: {DE_DAYS[when.weekday()]}, {when.day}. {DE_MONTHS[when.month - 1]}", paras


def _blockabfertigung(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["blockabfertigung"]
    monday = when + dt.timedelta(days=(7 - when.weekday()) % 7)
    days = sorted(rng.sample(range(0, 6), rng.randint(2, 4)))
    lines = []
    for d in days:
        day = monday + dt.timedelta(days=d)
        lines.append(li(f"{DE_DAYS[day.weekday()]}, {day.day}. {DE_MONTHS[day.month - 1]}: ab {rng.choice((5, 6))} "
                        f"Uhr, höchstens {rng.choice((200, 250, 300))} Lkw pro Stunde."))
    paras = [f"Das Land Tirol hat für die Woche ab {DE_DAYS[0]}, {monday.day}. {DE_MONTHS[monday.month - 1]}, "
             f"{len(days)} Tage mit Lkw-Blockabfertigung bei Kufstein angekündigt.", *lines, s[0],
             f"Auf bayerischer Seite rechnet die Autobahn GmbH mit Rückstaus von bis zu {rng.randint(8, 35)} km "
             f"auf der A 93, etwa zwischen Brannenburg und dem Inntaldreieck.", s[1], s[2]]
    return f"Blockabfertigung bei Kufstein: die Termine ab {monday.day}. {DE_MONTHS[monday.month - 1]}", paras


# ---- de: the logistics trade site ----------------------------------------------------------------------------
_ROUTEN = (("Shanghai–Rotterdam", 3300), ("Shanghai–Genua", 3600), ("Shanghai–Los Angeles", 2700),
           ("Rotterdam–New York", 2150), ("Ningbo–Hamburg", 3250), ("Singapur–Antwerpen", 2900))
_ANALYSTEN = ("Dr. Jana Petersen von der HSBA", "Marktanalyst Tobias Kruse", "Prof. Ulrich Brand vom ISL in Bremen")


def _frachtraten(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["frachtraten"]
    thu = when - dt.timedelta(days=(when.weekday() - 3) % 7)
    lines = []
    for route, base in rng.sample(_ROUTEN, rng.randint(4, 6)):
        ch = rng.uniform(-7.5, 6.5)
        lines.append(f"{route}: {_dots(round(base * rng.uniform(0.85, 1.15)))} $ ({'+' if ch >= 0 else '−'}"
                     f"{_comma(abs(ch))} %)")
    k = rng.randint(2, len(lines) - 1)
    up = rng.random() < 0.5
    paras = [f"Die Spotraten für Container von Asien nach Nordeuropa sind in der Woche bis {DE_DAYS[thu.weekday()]}, "
             f"{thu.day}. {DE_MONTHS[thu.month - 1]}, {'gestiegen' if up else 'gesunken'}.", *lines[:k], s[0],
             *lines[k:],
             f"{rng.choice(_ANALYSTEN)} sagte, die Reedereien hätten z. B. {rng.randint(3, 14)} Abfahrten "
             f"gestrichen, um die Raten zu {'stützen' if up else 'stabilisieren'}.", s[1], s[2]]
    return f"Frachtraten: Asien–Europa {'fester' if up else 'schwächer'} (KW {thu.isocalendar()[1]})", paras


_LAENDER = ("Österreich: Wochenendfahrverbot von Sa. 15 Uhr bis So. 22 Uhr für Lkw über 7,5 t",
            "Schweiz: Nacht- und Sonntagsfahrverbot, Nachtverbot von 22 bis 5 Uhr",
            "Frankreich: Fahrverbot von Sa. 22 Uhr bis So. 22 Uhr, regional abweichend",
            "Italien: Fahrverbot am So. von 9 bis 22 Uhr für Lkw über 7,5 t",
            "Polen: Fahrverbot am Feiertag von 8 bis 22 Uhr",
            "Tschechien: Fahrverbot am So. von 13 bis 22 Uhr",
            "Niederlande: keine Wochenendfahrverbote")


def _fahrverbote(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["fahrverbote"]
    sat = when + dt.timedelta(days=(5 - when.weekday()) % 7)
    sun = sat + dt.timedelta(days=1)
    lines = [li(f"{x}.") for x in rng.sample(_LAENDER, rng.randint(4, 6))]
    paras = [f"Für das Wochenende {sat.day}./{sun.day}. {DE_MONTHS[sun.month - 1]} gelten in Deutschland und den "
             f"Nachbarländern die folgenden Lkw-Fahrverbote.", s[0], *lines, s[1],
             f"Auf der A 8 Richtung Salzburg, etwa ab der Anschlussstelle Nr. {rng.choice((99, 102, 106))}, meldet die "
             f"Polizei ca. {rng.randint(20, 90)} Kontrollen pro Wochenende; Bußgelder beginnen bei "
             f"{rng.choice((120, 150))} Euro.", s[2]]
    return f"Lkw-Fahrverbote am Wochenende {sat.day}./{sun.day}. {DE_MONTHS[sun.month - 1]}", paras


# ---- fr: the Moroccan site -------------------------------------------------------------------------------------
_PORTS = (("Tanger Med", 520000), ("Tanger Ville", 140000), ("Nador", 190000), ("Al Hoceima", 60000),
          ("Aéroport Mohammed V de Casablanca", 300000), ("Bab Sebta", 210000))


def _marhaba(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["marhaba"]
    total = rng.randint(2_900_000, 3_600_000)
    lines = []
    for port, base in rng.sample(_PORTS, rng.randint(4, 6)):
        ch = rng.uniform(-3, 9)
        lines.append(f"{port} : {_spaces(round(base * rng.uniform(0.9, 1.2)))} passagers ({'+' if ch >= 0 else '−'}"
                     f"{_comma(abs(ch))} % sur un an).")
    k = rng.randint(2, len(lines) - 1)
    paras = [f"Depuis le lancement de l'opération le 10 juin, {_spaces(total)} Marocains résidant à l'étranger sont "
             f"entrés dans le Royaume, selon le bilan arrêté {_fr_date(when)}.", *lines[:k], s[1], *lines[k:], s[0],
             f"M. {rng.choice(('Karim Bennani', 'Youssef El Alami', 'Hicham Tazi'))}, responsable d'une aire de repos "
             f"à Ksar Sghir, fait état de {rng.randint(2, 9)} h d'attente en moyenne pour embarquer le week-end "
             f"dernier.", s[2]]
    return f"Opération Marhaba : le point du {_fr_date(when)}", paras


_PROVINCES = ("Taroudant", "Marrakech", "Béni Mellal", "Fquih Ben Salah", "Sidi Kacem", "Taza", "Errachidia",
              "Chichaoua")


def _alerte(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["alerte"]
    level = rng.choice(("orange", "orange", "rouge", "jaune"))
    heat = rng.random() < 0.6
    d2 = when + dt.timedelta(days=rng.randint(1, 3))
    items = []
    for p in rng.sample(_PROVINCES, rng.randint(3, 6)):
        value = f"{rng.randint(42, 48)} °C" if heat else f"orages avec grêle, {rng.randint(20, 45)} mm"
        de = "d'" if p[0] in "AEIOUÉ" else "de "
        items.append(li(f"Province {de}{p} : {value}, de {FR_DAYS[when.weekday()]} {rng.randint(10, 14)} h à "
                        f"{FR_DAYS[d2.weekday()]} {rng.randint(18, 22)} h."))
    what = "une vague de chaleur" if heat else "des averses orageuses"
    paras = [f"La DGM a émis {_fr_date(when)} un bulletin d'alerte de niveau {level} : {what} "
             f"{'est attendue' if heat else 'sont attendues'} jusqu'à "
             f"{FR_DAYS[d2.weekday()]} dans plusieurs provinces.", s[0], *items, s[1],
             f"À Rabat, le thermomètre devrait rester autour de {rng.randint(27, 34)} °C, a précisé Mme "
             f"{rng.choice(('Houria Bensaid', 'Leila Amrani', 'Nadia Chraibi'))}, prévisionniste.", s[2]]
    return f"Bulletin d'alerte {level} : {what} jusqu'à {FR_DAYS[d2.weekday()]}", paras


# ---- fr: the Swiss French-language daily ---------------------------------------------------------------------
_PLAGES = ("Lausanne-Bellerive", "Vidy", "Pully, plage du Pully-Port", "Vevey, Jardin du Rivage", "Montreux, Clarens",
           "Nyon, Colovray", "Morges, parc des Sports", "Saint-Sulpice")


def _baignade(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["baignade"]
    avg = rng.uniform(17.5, 23.5)
    lines = [f"{p}: {_comma(avg + rng.uniform(-1.5, 1.5))} °C, qualité {rng.choice('AAAB')}."
             for p in rng.sample(_PLAGES, rng.randint(4, 6))]
    k = rng.randint(2, len(lines) - 1)
    paras = [f"Le Léman affichait en moyenne {_comma(avg)} °C ce {_fr_date(when)} matin sur les plages vaudoises, "
             f"{rng.choice(('un peu moins que la veille', 'un peu plus que la veille', 'comme la veille'))}.",
             *lines[:k], s[1], *lines[k:], s[0],
             f"La bise devrait souffler jusqu'à {rng.randint(30, 60)} km/h l'après-midi, a indiqué MétéoSuisse, qui "
             f"annonce {rng.randint(21, 30)}° à Lausanne.", s[2]]
    return f"Températures du lac: le relevé du {_fr_date(when)}", paras


_CEPAGES = (("Chasselas", "Lavaux (Epesses)", 72), ("Chasselas", "La Côte (Féchy)", 70),
            ("Gamay", "Chablais (Yvorne)", 86), ("Pinot noir", "Lavaux (Lutry)", 92), ("Gamaret", "Bonvillars", 95),
            ("Chasselas", "Chablais (Aigle)", 74), ("Merlot", "Côtes de l'Orbe", 90))


def _start(rng: random.Random, when: dt.date) -> str:
    if when.month == 9 and when.day > 16:
        return f"{rng.randint(1, 10)} octobre"
    return f"{rng.randint(17, 30)} septembre"


def _vendanges(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["vendanges"]
    items = [li(f"{c}, {r}: {base + rng.randint(-6, 8)} °Oe, début des vendanges prévu le {_start(rng, when)}.")
             for c, r, base in rng.sample(_CEPAGES, rng.randint(3, 6))]
    paras = [f"Les sondages de la semaine montrent des moûts {rng.choice(('très sucrés', 'dans la moyenne', 'un peu en retard'))} "  # noqa: E501
             f"dans le vignoble vaudois, avec env. {rng.randint(70, 78)} °Oe pour le chasselas.", s[0], *items, s[1],
             f"«Le raisin est sain, on attend surtout la bonne météo», résume M. "
             f"{rng.choice(('Blaise Duboux', 'Pierre-Luc Chappuis', 'Nicolas Cruchon'))}, vigneron.", s[2]]
    return f"Vendanges vaudoises: les sondages au {when.day} {FR_MONTHS[when.month - 1]}", paras


# ---- es: the Colombian regional site -------------------------------------------------------------------------
def _cafe(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["cafe"]
    price = rng.randrange(2_600_000, 3_100_000, 5000)
    delta = rng.randrange(5000, 85000, 5000)
    up = rng.random() < 0.5
    trm = rng.uniform(3900, 4150)
    lines = [f"Bolsa de Nueva York (contrato de diciembre): {_comma(rng.uniform(3.4, 4.1), 2)} dólares por libra.",
             f"Tasa representativa del mercado: ${_dots(int(trm))},{rng.randint(10, 99)}.",
             f"Pasilla (kilo): ${_dots(rng.randrange(4000, 9000, 100))}.",
             f"Cada cooperativa fija su precio; p. ej., la de Andes pagaba "
             f"${_dots(price - rng.randrange(20000, 90000, 5000))} por carga."]
    paras = [f"El precio interno de referencia del café cerró este {ES_DAYS[when.weekday()]} en ${_dots(price)} por "
             f"carga, {'un alza' if up else 'una baja'} de ${_dots(delta)} frente a la jornada anterior.",
             lines[0], lines[1], s[0], *lines[2:],
             f"El Sr. {rng.choice(('Jairo Restrepo', 'Hernán Zapata', 'Luis Fernando Ochoa'))}, caficultor de "
             f"Ciudad Bolívar, dijo que la cosecha de mitaca viene {rng.choice(('adelantada', 'normal', 'atrasada'))}.",
             s[2], s[1]]
    return f"Precio del café hoy, {when.day} de {ES_MONTHS[when.month - 1]}: ${_dots(price)} por carga", paras


_ESTACIONES = ("Itagüí, I. E. Concejo Municipal", "Medellín, Universidad Nacional", "Bello, Fontidueño",
               "Envigado, Santa Gertrudis", "Sabaneta, Casa de la Cultura", "Caldas, Corporación Lasallista",
               "Girardota, Hospital")
_NIVELES = (("verde", 12), ("amarillo", 25), ("amarillo", 30), ("naranja", 42))


def _aire(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["aire"]
    items = []
    for st in rng.sample(_ESTACIONES, rng.randint(4, 6)):
        nivel, base = rng.choice(_NIVELES)
        items.append(li(f"Estación {st}: {base + rng.randint(0, 9)} µg/m³, {nivel}."))
    worst = rng.choice(("amarillo", "naranja", "verde"))
    paras = [f"La calidad del aire en el Valle de Aburrá amaneció este {ES_DAYS[when.weekday()]} "
             f"{when.day} de {ES_MONTHS[when.month - 1]} en nivel {worst} en la mayoría de las estaciones.", s[0],
             *items, s[1],
             f"La Dra. {rng.choice(('Catalina Arango', 'Luz Marina Gómez', 'Paula Henao'))}, neumóloga, recomendó "
             f"usar tapabocas a quienes se movilizan en moto por la Av. Regional.", s[2]]
    return f"Calidad del aire en el Valle de Aburrá: {ES_DAYS[when.weekday()]} {when.day}", paras


TEMPLATES: dict[str, tuple[str, Callable[[random.Random, dt.date], Story]]] = {
    "impasse": ("en", _impasse), "rollcall": ("en", _rollcall), "fishmarket": ("en", _fishmarket),
    "aande": ("en", _aande), "damlevels": ("en", _damlevels), "tenders": ("en", _tenders),
    "bergwetter": ("de", _bergwetter), "blockabfertigung": ("de", _blockabfertigung),
    "frachtraten": ("de", _frachtraten), "fahrverbote": ("de", _fahrverbote), "marhaba": ("fr", _marhaba),
    "alerte": ("fr", _alerte), "baignade": ("fr", _baignade), "vendanges": ("fr", _vendanges),
    "cafe": ("es", _cafe), "aire": ("es", _aire),
}


def make(template: str, rng: random.Random, when: dt.date) -> Story:
    return TEMPLATES[template][1](rng, when)
