"""Templated stories of the 'holdout3' half: weekly gas prices, the station forecast and restaurant
inspections (en, a TV station), earnings briefs, earnings previews and daily stock movers (en, a business
site), Friday night football scores, region standings and pro soccer match reports (en, a sports site),
amateur football results and tables and the Sunday church services (de, a regional daily), mayoral
election results and river levels (de, a public broadcaster), swell warnings and water restrictions (fr, an
overseas daily), concert and exhibition listings (fr, an alt-weekly), cooling centres and free clinics (es,
a Spanish-language US outlet).

As in the other halves, every story has its own facts and shares its template's STOCK sentences, which are
true story text.  Here many stock sentences name the publisher itself, or give its e-mail address or phone
number as part of the service ("send your scores to …", "changes can be phoned in to …"), and most of the
stories are lists of "Name: value" lines (prices per town, scores, standings, lineups, churches, results per
town, levels per gauge, restrictions per commune) that are the story.  Sibling templates of one source share
their list-item leads (the same towns open the lines of the gas prices and of the forecast, of the election
results and of the river levels, of the swell warnings and of the water restrictions, of the concert and of
the exhibition listings, of the cooling centres and of the clinics; "Revenue:" and "Adjusted EPS:" open lines
of both earnings templates).  Abbreviations, times, dates and decimals throughout (``6 a.m.``, ``No. 4``,
``Dr.``, ``St.``, ``vs.``, ``45+2'``, ``Nr.``, ``z. B.``, ``u. a.``, ``ca.``, ``1,86 m``, ``18.30 Uhr``,
``M.``, ``Mme``, ``n°``, ``env.``, ``8 h 30``, ``2,5 m``, ``Sra.``, ``Dra.``, ``EE. UU.``, ``9 a. m.``,
``108.3 grados``)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from functools import partial

from bench.cleaning_set.cms import Block, fact, fact_h, h2, li
from bench.cleaning_set.lang import (
    DE_MONTHS,
    EN_DAYS,
    FR_MONTHS,
    ap_date,
    day_month,
)

Story = tuple[str, list[str]]






STOCK = {
    "gasprices": (
        "Gas prices in the Paloma Valley moved again this week, according to KDRX 5's weekly survey of pump "
        "prices reported to AAA and GasBuddy.",
        "Prices are averages for a gallon of regular unleaded as of 6 a.m. Monday; diesel and premium usually "
        "cost 60 to 90 cents more.",
        "Know a station with cheaper gas? Send the address and a photo of the sign to KDRX 5 at "
        "gaswatch@kdrx5.example, and we may include it next week.",
    ),
    "forecast": (
        "Here is the StormTrack 5 forecast for the Paloma Valley from the KDRX 5 weather team.",
        "Monsoon season officially runs through Sept. 30, and the National Weather Service says most flash "
        "flooding in the valley happens between 2 p.m. and 9 p.m.",
        "Official highs and lows are measured at Paloma Springs Regional Airport, the valley's reporting station "
        "since 1948.",
    ),
    "inspections": (
        "Every week, KDRX 5 reviews the latest food inspection reports filed by the Paloma County Health "
        "Department.",
        "Inspectors score restaurants on a 100-point scale, and a score below 70 means a follow-up visit within "
        "10 days.",
        "To report a food safety concern, call the county's food hotline at 505-555-0164 or file a complaint "
        "online; complaints can be anonymous.",
    ),
    "ernbrief": (
        "This brief is part of Ironbridge Markets' coverage of quarterly results from companies in the "
        "Ironbridge 300 index of mid-sized U.S. companies.",
        "Adjusted figures exclude stock-based compensation, restructuring charges and other one-time items; the "
        "estimates are the consensus compiled by Ironbridge Research as of 9 a.m. Eastern on the day of the "
        "report.",
        "Ironbridge Markets will update this story with comments from the company's conference call, which "
        "begins at 4:30 p.m. Eastern.",
    ),
    "preview": (
        "Expectations below are the Ironbridge Research consensus as of 8 a.m. Eastern on the day this preview "
        "was published.",
        "Previews are based on analyst estimates only and are revised if a company changes its reporting date.",
        "Companies in the Ironbridge 300 report on average 31 days after their fiscal quarter ends.",
    ),
    "movers": (
        "Here are the biggest movers among U.S.-listed stocks at the close of trading.",
        "Prices are as of the 4 p.m. Eastern close on each company's primary exchange, and percentage changes "
        "are from the previous close.",
        "Ironbridge Markets publishes this list every trading day at 4:20 p.m. Eastern; stocks that trade below "
        "$5 a share are left out.",
    ),
    "scoreboard": (
        "Here are Friday night's high school football scores from across Arizona, as reported to Copper State "
        "Sports.",
        "Scores are final unless marked; games stopped for lightning are listed with the score at the time of "
        "the stoppage.",
        "Coaches and athletic directors can send final scores to scores@copperstatesports.example or text them "
        "to 602-555-0123 by 10 p.m. on game night.",
    ),
    "standings": (
        "Copper State Sports updates these standings every Sunday from results reported by the schools.",
        "Ties in the region standings are broken by head-to-head results, then by the AIA power ranking.",
        "Standings are unofficial until the Arizona Interscholastic Association certifies them after the regular "
        "season ends on Nov. 1.",
    ),
    "matchrep": (
        "Attendance figures are announced by the club, and all times are Arizona time, which does not observe "
        "daylight saving time.",
        "Sonoran FC plays its home matches at Saguaro Park in Tempe, where the gates open 90 minutes before "
        "kickoff.",
        "Tickets are sold only through the club and the Saguaro Park box office; the club says it has not "
        "authorized any resale site.",
    ),
    "kreisliga": (
        "Der Kreisfußballverband hat die Ergebnisse des Spieltags bestätigt, die Tabelle hat den Stand von "
        "Sonntagabend.",
        "Spielberichte, Fotos und Torschützen melden die Vereine bitte bis Sonntag, 19 Uhr, an "
        "sport@weserbergland-kurier.example; spätere Meldungen berücksichtigt die Sportredaktion des "
        "Weserbergland-Kuriers am Dienstag.",
        "Die Kreisliga Hameln-Pyrmont spielt in dieser Saison mit 16 Mannschaften, die beiden Letzten steigen in "
        "die 1. Kreisklasse ab.",
    ),
    "gottesdienste": (
        "Die Kirchengemeinden im Weserbergland laden am Wochenende zu folgenden Gottesdiensten ein.",
        "Änderungen nimmt die Lokalredaktion des Weserbergland-Kuriers bis Donnerstag, 12 Uhr, unter Telefon "
        "05151 55 01 20 entgegen.",
        "Die katholischen Gemeinden veröffentlichen ihre Gottesdienstzeiten außerdem in den Pfarrbriefen, die in "
        "den Kirchen ausliegen.",
    ),
    "wahl": (
        "Alle Zahlen sind vorläufig, das amtliche Endergebnis stellen die Gemeindewahlausschüsse in den "
        "kommenden Tagen fest.",
        "Erreicht im ersten Wahlgang niemand mehr als die Hälfte der gültigen Stimmen, wird drei Wochen später "
        "erneut gewählt, dann genügt die einfache Mehrheit.",
        "ELR zeigt am Wahlabend ab 18 Uhr Hochrechnungen im Fernsehen und im Livestream, die Ergebnisse aller "
        "Gemeinden veröffentlicht das Statistische Landesamt in Kamenz.",
    ),
    "pegel": (
        "Das Landeshochwasserzentrum veröffentlicht die Wasserstände der Elbe und ihrer Nebenflüsse mehrmals "
        "täglich.",
        "Fällt der Pegel Dresden unter 80 cm, stellen die Ausflugsschiffe zwischen Pirna und Bad Schandau ihre "
        "Fahrten ein.",
        "Der mittlere Wasserstand am Pegel Dresden liegt bei 1,86 m, die Alarmstufe 1 gilt dort ab 4,00 m.",
    ),
    "houle": (
        "Voici l'état de la mer et les consignes en vigueur sur le littoral, d'après le dernier bulletin de "
        "Météo-France.",
        "En vigilance fortes houles, la baignade, la pêche à pied et les sorties en mer sont fortement "
        "déconseillées, et l'accès à certains ports peut être interdit par arrêté préfectoral.",
        "Les bulletins sont mis à jour à 6 h, 11 h et 16 h, et L'Écho austral actualise cet article à chaque "
        "nouvelle publication.",
    ),
    "eau": (
        "Faute de pluie pendant l'hiver austral, plusieurs communes de l'île ont pris des arrêtés de restriction "
        "d'eau.",
        "Les contrevenants s'exposent à une amende pouvant aller jusqu'à 1 500 €, rappelle la préfecture.",
        "Une coupure non annoncée peut être signalée à L'Écho austral au 0262 55 01 02 ou à "
        "infos@echo-austral.example, la rédaction relaie les informations des communes.",
    ),
    "sorties": (
        "Chaque semaine, la rédaction du Zèbre choisit concerts, spectacles et soirées dans la métropole "
        "lilloise.",
        "Les prix indiqués sont ceux de la prévente et peuvent augmenter de 2 à 5 € sur place.",
        "Pour figurer dans l'agenda, envoyez vos dates à agenda@lezebre-lille.example au plus tard le lundi à "
        "midi, avec une photo libre de droits.",
    ),
    "expos": (
        "Le Zèbre fait le tour des expositions à voir en ce moment, des grands musées aux galeries associatives.",
        "Plusieurs musées de la métropole sont gratuits le premier dimanche du mois, p. ex. La Piscine à Roubaix.",
        "Horaires et tarifs sont donnés sous réserve : vérifiez-les auprès des lieux avant de vous déplacer.",
    ),
    "enfriamiento": (
        "Con temperaturas de más de 100 grados, la Ciudad y el Condado de El Paso mantienen abiertos centros de "
        "enfriamiento gratuitos.",
        "Los centros son gratuitos, no piden identificación y aceptan mascotas con correa, según la Oficina de "
        "Manejo de Emergencias.",
        "Si su organización abre un centro de enfriamiento, escriba a La Frontera Hoy a "
        "comunidad@lafronterahoy.example para incluirlo en esta lista.",
    ),
    "clinicas": (
        "Estas son las clínicas gratuitas de vacunación y de salud programadas esta semana en el condado de El "
        "Paso y el sur de Nuevo México.",
        "No se necesita seguro médico ni número de Seguro Social, y los menores deben ir acompañados de uno de "
        "sus padres o tutores.",
        "Para hacer una cita o preguntar por otros servicios, llame al 2-1-1 o al (915) 555-0177, de lunes a "
        "viernes de 8 a. m. a 5 p. m.",
    ),
}
DATELINED = ("gasprices", "inspections")  # the TV station's dateline opens these, as in its other stories

# ---- en: the TV station ---------------------------------------------------------------------------------
_PV_TOWNS = ("Paloma Springs", "Cedar Mesa", "Juniper Falls", "Sotol Ridge", "Mesquite Flats", "Agua Fría")
_BRANDS = ("Circle K", "Maverik", "Allsup's", "Costco", "Sam's Club", "Valero", "Shell")
_STREETS_PV = ("N. Main St.", "Paloma Blvd.", "Cedar Mesa Road", "E. Frontage Road", "Camino Real", "W. 4th St.",
               "Sotol Ave.", "Mesa Verde Dr.")
_EN_FIRST = ("Marisol", "Trent", "Darlene", "Ezequiel", "Brianna", "Harlan", "Naomi", "Roderick", "Celeste", "Abel")
_EN_LAST = ("Quintero", "Pettibone", "Archuleta", "Vance", "Lucero", "Draper", "Benally", "Sandoval", "Whitehorse",
            "Kowalski")
_SKIES = ("sunny", "mostly sunny", "partly cloudy, storms after 3 p.m.", "hot and dry", "a 40% chance of storms",
          "breezy with blowing dust", "isolated storms in the evening")
_RESTAURANTS = ("Casa Paloma", "Ruthie's Diner", "Golden Dragon Buffet", "Mesa Grill & Cantina", "Tacos El Güero",
                "Pho Saigon 88", "Juniper Falls Donut Co.", "Big Sky Barbecue", "La Michoacana Paletería",
                "Sotol Ridge Country Club", "Pizza Napoli", "The Crooked Fork")
_VIOLATIONS = ("raw chicken stored above ready-to-eat food", "a hand sink blocked by boxes",
               "cooked beans held at 112 degrees", "no certified food protection manager on duty",
               "mouse droppings in a dry-storage room", "a dish machine that did not sanitize",
               "expired milk in the walk-in cooler", "employees handling tortillas with bare hands")


def _money(x: float) -> str:
    return f"${x:.2f}"


def _gasprices(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["gasprices"]
    towns = rng.sample(_PV_TOWNS, rng.randint(5, 6))
    prices = {t: round(rng.uniform(2.89, 3.79), 2) for t in towns}
    avg = round(sum(prices.values()) / len(prices), 2)
    change = rng.randint(1, 14)
    up = rng.random() < 0.5
    items = [li(f"{t}: {_money(p)} (a week ago: {_money(p - change / 100 if up else p + change / 100)})")
             for t, p in prices.items()]
    low = min(prices, key=lambda t: prices[t])
    brand, street = rng.choice(_BRANDS), rng.choice(_STREETS_PV)
    first, last = rng.choice(_EN_FIRST), rng.choice(_EN_LAST)
    why = rng.choice(["refinery maintenance in El Paso", "the end of the summer driving season",
                      "higher crude oil prices", "a pipeline outage in West Texas", "the switch to winter-blend fuel"])
    paras: list[str] = [
        f"{s[0]} The valley-wide average for regular is {_money(avg)} a gallon, {'up' if up else 'down'} {change} "
        f"cents from a week ago.",
        *items,
        s[1],
        f"The cheapest station in the survey was the {brand} at {rng.randint(100, 4999)} {street} in {low}, at "
        f"{_money(prices[low] - rng.randint(4, 19) / 100)} a gallon. “Most of what drivers are seeing comes down to "
        f"{why},” said {first} {last}, a spokesperson for AAA.",
        s[2],
    ]
    return f"Gas prices: {low} has the valley's cheapest regular at {_money(prices[low])}", paras


def _forecast(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["forecast"]
    towns = rng.sample(_PV_TOWNS, 5)
    base = rng.randint(88, 104)
    items = []
    for t in towns:
        hi = base + rng.randint(-6, 4)
        items.append(li(f"{t}: high {hi}, low {hi - rng.randint(22, 30)}, {rng.choice(_SKIES)}"))
    first, last = rng.choice(_EN_FIRST), rng.choice(_EN_LAST)
    day = EN_DAYS[when.weekday()]
    gust, chance = rng.randint(35, 60), rng.choice([20, 30, 40, 50, 60])
    detail = rng.choice([
        f"Storms that form over the Sotol Mountains could drift into the valley after 4 p.m., and gusts near "
        f"{towns[0]} could reach {gust} mph.",
        f"A ridge of high pressure keeps most of the valley dry through {EN_DAYS[(when.weekday() + 2) % 7]}, with a "
        f"{chance}% chance of storms returning this weekend.",
        f"Moisture surging north from the Gulf of California brings a {chance}% chance of storms, and blowing dust "
        f"could cut visibility on Interstate 25 near {towns[1]}.",
    ])
    paras: list[str] = [
        f"{s[0]} Expect highs near {base} degrees on {day}. {detail}",
        *items,
        s[1],
        f"StormTrack 5 meteorologist {first} {last} said the valley had {round(rng.uniform(0.4, 3.9), 2)} inches of "
        f"rain so far this monsoon, compared with a normal of {round(rng.uniform(3.1, 4.6), 2)} inches by this date.",
        s[2],
    ]
    return f"StormTrack 5 forecast: highs near {base} in {towns[0]} {day}", paras


def _inspections(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["inspections"]
    shops = rng.sample(_RESTAURANTS, rng.randint(5, 7))
    scores = {r: rng.randint(58, 100) for r in shops}
    low = min(scores, key=lambda r: scores[r])
    scores[low] = min(scores[low], rng.randint(52, 69))
    items = []
    for r in shops:
        n = 0 if scores[r] >= 97 else rng.randint(1, 3) if scores[r] >= 80 else rng.randint(4, 9)
        items.append(li(f"{r}, {rng.randint(100, 4999)} {rng.choice(_STREETS_PV)}, {rng.choice(_PV_TOWNS)}: "
                        f"{scores[r]} ({n} violation{'s' if n != 1 else ''})"))
    bad = rng.sample(_VIOLATIONS, 2)
    first, last = rng.choice(_EN_FIRST), rng.choice(_EN_LAST)
    paras: list[str] = [
        f"{s[0]} This week's lowest score, {scores[low]}, went to {low}, where inspectors found {bad[0]} and "
        f"{bad[1]}.",
        *items,
        s[1],
        f"A manager at {low}, {first} {last}, told KDRX 5 the problems were fixed the same day and the restaurant "
        f"passed a re-inspection on {EN_DAYS[(when.weekday() + rng.randint(1, 3)) % 7]}.",
        s[2],
    ]
    return f"Restaurant inspections: {low} gets the week's lowest score, {scores[low]}", paras


# ---- en: the business site ------------------------------------------------------------------------------
_COMPANIES = (("Norvane Systems", "NVNS"), ("Halberd Therapeutics", "HLBD"), ("Crestline Freight", "CRFT"),
              ("Pelican Bay Foods", "PBFD"), ("Quarrystone Materials", "QSTM"), ("Vireo Payments", "VRPY"),
              ("Tamarack Energy", "TMRK"), ("Oaklet Brands", "OAKB"), ("Silverpine Semiconductor", "SLVP"),
              ("Brightwater Utilities", "BWUT"), ("Ridgeback Outdoor", "RDGB"), ("Calloway Health", "CLWH"),
              ("Meadowlark Software", "MDWL"), ("Ironhill Mining", "IRHL"))
_EXECS = ("Dana Whitcomb", "Raj Mehta", "Lorraine Feld", "Gustavo Ibañez", "Karen O'Dell", "Tobias Lund",
          "Mei-Ling Cho", "Frederick Osei")
_BANKS_EN = ("Hollis & Grant", "Pemberton Securities", "Larchmont Capital", "Sable Ridge Partners",
             "Northgate Research")
_QUARTER = ("second", "third", "fiscal fourth", "fiscal first")
_WHY_UP = ("raised its full-year outlook", "won a $1.2 billion Defense Department contract",
           "said it would buy back $500 million of stock", "beat estimates on higher prices",
           "was upgraded to buy at Pemberton Securities")
_WHY_DOWN = ("cut its full-year outlook", "said its chief financial officer would step down",
             "missed revenue estimates", "disclosed an SEC inquiry into its accounting",
             "said a key drug trial failed its main goal")


def _eps(cents: int) -> str:
    return f"{cents} cents" if abs(cents) < 100 else f"${cents / 100:.2f}"


def _ernbrief(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["ernbrief"]
    (name, tick), q = rng.choice(_COMPANIES), rng.choice(_QUARTER)
    rev, beat = round(rng.uniform(0.3, 4.8), 2), rng.random() < 0.6
    est = round(rev * (rng.uniform(0.93, 0.99) if beat else rng.uniform(1.01, 1.07)), 2)
    eps = rng.randint(12, 240)
    eps_est = eps - rng.randint(1, 9) if beat else eps + rng.randint(1, 9)
    margin = round(rng.uniform(21, 64), 1)
    move = round(rng.uniform(0.8, 14.5), 1)
    exec_ = rng.choice(_EXECS)
    quote = rng.choice(["Demand held up better than we expected in every region",
                        "We are investing through the cycle and the results show it",
                        "Customers are cautious, but our pipeline has never been larger",
                        "Pricing actions we took in the spring are now fully in our numbers"])
    verb = rng.choice(["raised", "kept", "lowered"])
    lo = round(rev * 4 * rng.uniform(0.95, 1.0), 1)
    hi = round(lo * 1.04, 1)
    paras: list[str] = [
        f"{name} ({tick}) on {EN_DAYS[when.weekday()]} reported {q}-quarter revenue of ${rev} billion, "
        f"{'above' if beat else 'below'} the ${est} billion analysts expected. {s[0]}",
        fact_h("The numbers"),
        fact(f"Revenue: ${rev} billion (estimate: ${est} billion)"),
        fact(f"Adjusted EPS: {_eps(eps)} (estimate: {_eps(eps_est)})"),
        fact(f"Gross margin: {margin}%"),
        fact(f"Full-year outlook: ${lo} billion to ${hi} billion ({verb})"),
        s[1],
        f"“{quote},” Chief Executive {exec_} said in a statement. The company {verb} its full-year revenue forecast "
        f"{'at' if verb == 'kept' else 'to'} ${lo} billion to ${hi} billion. Shares {'rose' if beat else 'fell'} "
        f"{move}% in after-hours trading.",
        s[2],
    ]
    return f"{name} {'tops' if beat else 'misses'} estimates as {q}-quarter revenue reaches ${rev} billion", paras


def _preview(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["preview"]
    (name, tick), q = rng.choice(_COMPANIES), rng.choice(_QUARTER)
    report = when + dt.timedelta(days=rng.randint(1, 6))
    while report.weekday() > 4:
        report += dt.timedelta(days=1)
    rev = round(rng.uniform(0.3, 4.8), 2)
    prior = round(rev * rng.uniform(0.85, 1.12), 2)
    eps = rng.randint(10, 220)
    prior_eps = max(1, round(eps * rng.uniform(0.7, 1.2)))
    analyst, bank = f"{rng.choice(_EN_FIRST)} {rng.choice(_EN_LAST)}", rng.choice(_BANKS_EN)
    focus = rng.choice(["margins after the spring price increases", "whether tariffs are eating into profits",
                        "subscription growth in Europe", "the order backlog", "cash flow and debt repayment"])
    rating = rng.choice(["buy", "hold", "outperform", "neutral", "underweight"])
    paras: list[str] = [
        f"{name} ({tick}) is scheduled to report {q}-quarter results after the market closes on "
        f"{EN_DAYS[report.weekday()]}, {ap_date(report)}. {s[0]}",
        li(f"Revenue: ${rev} billion expected (year-ago quarter: ${prior} billion)"),
        li(f"Adjusted EPS: {_eps(eps)} expected (year-ago quarter: {_eps(prior_eps)})"),
        li(f"Report date: {EN_DAYS[report.weekday()]}, {ap_date(report)}, after the close"),
        li(f"Options market: implied move of {round(rng.uniform(2.5, 11.5), 1)}% in either direction"),
        s[1],
        f"Investors will focus on {focus}, said {analyst}, an analyst at {bank} who rates the stock {rating}. The "
        f"shares have {'gained' if rng.random() < 0.5 else 'lost'} {round(rng.uniform(1, 38), 1)}% this year.",
        s[2],
    ]
    return f"Earnings preview: what to expect from {name} on {EN_DAYS[report.weekday()]}", paras


def _movers(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["movers"]
    picks = rng.sample(_COMPANIES, 6)
    up = rng.random() < 0.55
    idx, pct = round(rng.uniform(6280, 6560), 2), round(rng.uniform(0.05, 1.4), 2)

    def line(name: str, tick: str, rising: bool) -> Block:
        why = rng.choice(_WHY_UP if rising else _WHY_DOWN)
        return li(f"{name} ({tick}): ${rng.uniform(8, 410):.2f}, {'up' if rising else 'down'} "
                  f"{round(rng.uniform(3.1, 24.8), 1)}%, after the company {why}")

    paras: list[str] = [
        f"{s[0]} The S&P 500 {'rose' if up else 'fell'} {pct}% to {idx:,.2f} on {EN_DAYS[when.weekday()]}.",
        h2("Gainers"),
        *[line(n, t, True) for n, t in picks[:3]],
        h2("Decliners"),
        *[line(n, t, False) for n, t in picks[3:]],
        s[1],
        f"Trading volume on U.S. exchanges was {round(rng.uniform(11.2, 19.8), 1)} billion shares, compared with a "
        f"20-day average of {round(rng.uniform(14.0, 17.5), 1)} billion.",
        s[2],
    ]
    return f"Stocks making the biggest moves: {picks[0][0]}, {picks[3][0]} and more", paras


# ---- en: the sports site --------------------------------------------------------------------------------
_REGIONS = (("6A Premier", ("Cholla Ridge", "Ironwood Prep", "Sonoran Hills", "Agave Canyon", "Copper Basin",
                            "Palo Verde Tech")),
            ("5A Metro", ("Camelback Charter", "Dos Rios", "Saguaro Vista", "Red Butte", "Estrella Mesa",
                          "Granite Wash")),
            ("4A Desert", ("Yucca Valley Prep", "Rillito", "San Tan Foothills", "Casa Blanca", "Ocotillo",
                           "Tortolita")))
_COACHES = ("Rick Montaño", "Shawn Delgado", "Terrell Hobbs", "Brad Kessinger", "Luis Zamora", "Mike Two Bulls")
_FC_PLAYERS = ("Ortega", "Mbeki", "Halloran", "Sáenz", "Kwon", "Adeyemi", "Brandt", "Villalobos", "Teague",
               "Okafor", "Lindqvist", "Pardo", "Whitfield", "Navarro", "Esposito", "Diallo", "Hartmann")
_FC_OPP = ("Sacramento Republic", "Oakland Roots", "Las Vegas Lights", "El Paso Locomotive", "New Mexico United",
           "Monterey Bay FC", "Orange County SC")


def _week(when: dt.date) -> int:
    return max(1, (when - dt.date(2025, 8, 25)).days // 7 + 2)


def _score(rng: random.Random) -> tuple[int, int]:
    a = rng.choice([14, 17, 21, 24, 27, 28, 31, 35, 38, 42, 45, 49])
    return a, rng.choice([x for x in (0, 3, 6, 7, 10, 13, 14, 17, 20, 21, 24) if x < a])


def _scoreboard(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["scoreboard"]
    wk = _week(when)
    paras: list[str] = [f"{s[0]} It was Week {wk} of the regular season."]
    best = ("", "", 0, 0)
    for k, (region, teams) in enumerate(_REGIONS):
        order = rng.sample(teams, 6)
        paras.append(h2(region))
        for a, b in zip(order[::2], order[1::2], strict=True):
            x, y = _score(rng)
            if x - y < best[2] - best[3] or not best[0]:
                best = (a, b, x, y)
            note = " (2OT)" if rng.random() < 0.06 else " (susp., lightning, 3rd qtr.)" if rng.random() < 0.05 else ""
            paras.append(li(f"{a} {x}, {b} {y}{note}"))
        if k == 0:
            paras.append(s[1])
    a, b, x, y = best
    coach = rng.choice(_COACHES)
    paras.append(f"The closest game of the night was {a}'s {x}-{y} win over {b}. “We told the kids at halftime it "
                 f"would come down to one drive,” {a} coach {coach} said.")
    paras.append(s[2])
    return f"Friday night scoreboard, Week {wk}: {a} edges {b} {x}-{y}", paras


def _standings(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["standings"]
    wk = _week(when)
    region, teams = rng.choice(_REGIONS)
    games = max(1, wk - 1)
    rg = min(games, 2)  # region games so far
    rows = []
    wins = sorted((max(0, games - (k * games) // 5 - rng.randint(0, 1)) for k in range(len(teams))), reverse=True)
    for t, w in zip(rng.sample(teams, len(teams)), wins, strict=True):
        rw = rng.randint(max(0, rg - (games - w)), min(w, rg))
        rows.append((w, t, rw))
    items = [li(f"{t}: {w}-{games - w} overall, {rw}-{rg - rw} region, {rng.randint(7, 48) * games} points for, "
                f"{rng.randint(7, 40) * games} against") for w, t, rw in rows]
    lead = rows[0][1]
    paras: list[str] = [
        f"{s[0]} After Week {wk - 1}, {lead} is first in the {region} with a {rows[0][0]}-{games - rows[0][0]} "
        "record.",
        *items,
        s[1],
        f"{lead} visits {rows[1][1]} on Friday in a game that could decide the region title. {rng.choice(_COACHES)}, "
        f"whose team is {rows[1][0]}-{games - rows[1][0]}, called it “the one we circle every August.”",
        s[2],
    ]
    return f"{region} standings after Week {wk - 1}: {lead} on top", paras


def _matchrep(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["matchrep"]
    opp = rng.choice(_FC_OPP)
    a, b = rng.choice([(1, 0), (2, 1), (3, 1), (2, 0), (1, 1), (2, 2), (0, 1), (1, 2), (3, 2), (0, 0)])
    players = rng.sample(_FC_PLAYERS, 11)
    mins = sorted(rng.sample(range(3, 90), a + b))
    stamp = [f"{m}'" if m != 45 else "45+2'" for m in mins]
    home_goals = [f"{rng.choice(players[6:])} {m}" for m in stamp[:a]]
    away_goals = [f"{rng.choice(['Lindgren', 'Greer', 'Dufresne', 'Holm', 'Tanaka'])} {m}" for m in stamp[a:]]
    att = rng.randint(5200, 11800)
    day = EN_DAYS[when.weekday()]
    result = "beat" if a > b else "lost to" if a < b else "drew with"
    lede = (f"Sonoran FC {result} {opp} {a}-{b} on {day} night at Saguaro Park before a crowd of {att:,}."
            if a != b else f"Sonoran FC and {opp} drew {a}-{b} on {day} night at Saguaro Park before a crowd of "
                           f"{att:,}.")
    coach_q = rng.choice(["We were the better team for 70 minutes, and that is not enough in this league",
                          "The guys emptied the tank tonight",
                          "I am proud of the reaction after halftime, less proud of the first 20 minutes"])
    paras: list[str] = [
        lede,
        s[0],
        f"{players[8]} hit the crossbar in the first half and {players[0]} made {rng.randint(2, 7)} saves. "
        f"“{coach_q},” coach Rafael Sáenz Jr. said.",
        h2("Lineups"),
        f"Sonoran FC: {players[0]}; {', '.join(players[1:5])}; {', '.join(players[5:8])}; {', '.join(players[8:11])}.",
        f"{opp}: Reyes; Boateng, Abernathy, Castaño, Lindgren; Moss, Pryce, Tanaka; Greer, Dufresne, Holm.",
        f"Goals: Sonoran FC – {', '.join(home_goals) or 'none'}; {opp} – {', '.join(away_goals) or 'none'}.",
        s[1],
        f"Next: Sonoran FC (No. {rng.randint(2, 11)} in the Western Conference) plays at {rng.choice(_FC_OPP)} at "
        f"{rng.choice(['7:30', '8', '6'])} p.m. next {EN_DAYS[when.weekday()]}.",
        s[2],
    ]
    return f"Sonoran FC {result} {opp} {a}-{b} at Saguaro Park", paras


# ---- de: the regional daily -----------------------------------------------------------------------------
_WB_TEAMS = ("TSV Hessisch Oldendorf", "SV Aerzen", "TC Hameln", "SpVgg Bad Pyrmont", "FC Preußen Hameln 07",
             "TuS Lügde", "SG Emmerthal", "VfB Hemeringen", "TSV Groß Berkel", "SC Börry", "TSG Emmerthal II",
             "SV Lachem-Haverbeck", "Sportfreunde Salzhemmendorf", "MTSV Aerzen", "TSV Bisperode", "FC Latferde")
_WB_SCORERS = ("Kevin Brandt", "Jannik Oltmanns", "Luca Meier", "Deniz Yilmaz", "Marvin Schaper", "Tim Rohlfing",
               "Ole Kruse", "Nils Behrens", "Florian Wenzel", "Ahmet Kaya", "Jonas Bödeker")
_KIRCHEN = (("Hameln", "Marktkirche St. Nicolai"), ("Hameln", "Münster St. Bonifatius"),
            ("Holzminden", "Lutherkirche"), ("Bad Pyrmont", "Stadtkirche"), ("Rinteln", "St. Nikolai"),
            ("Bodenwerder", "St. Nikolai"), ("Hessisch Oldendorf", "Stiftskirche Fischbeck"),
            ("Aerzen", "St.-Marien-Kirche"), ("Emmerthal", "Kirche Kirchohsen"), ("Salzhemmendorf", "St. Margarethen"))
_PASTOREN = ("Pastorin Dr. Ulrike Brämer", "Pastor Jens-Uwe Kracht", "Superintendent Philipp Meyer",
             "Pfarrer Thomas Wiegand", "Diakonin Sabine Lüer", "Lektor Heinrich Ahrens", "Pastorin Anke Brinkmann",
             "Prädikant Karl-Heinz Oppermann")
_ARTEN = ("Gottesdienst", "Gottesdienst mit Abendmahl", "Familiengottesdienst", "Heilige Messe",
          "Gottesdienst mit Taufen", "Andacht", "Vorabendmesse", "Gottesdienst zum Erntedank",
          "Gottesdienst mit dem Posaunenchor")


_de_date = partial(day_month, lang="de")


_HOW = ("ein Freistoß aus ca. 20 Metern", "ein Kopfball nach einer Ecke", "ein Foulelfmeter")


def _kreisliga(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["kreisliga"]
    spieltag = max(1, (when - dt.date(2025, 8, 17)).days // 7 + 1)
    teams = rng.sample(_WB_TEAMS, 16)
    results = []
    for a, b in zip(teams[::2], teams[1::2], strict=True):
        x, y = rng.choice([(0, 0), (1, 0), (2, 1), (3, 1), (1, 1), (0, 2), (4, 2), (2, 2), (5, 0), (1, 3)])
        results.append(f"{a} – {b} {x}:{y} ({min(x, rng.randint(0, 2))}:{min(y, rng.randint(0, 1))})")
    table = sorted(teams, key=lambda t: rng.random())
    pts = sorted((rng.randint(0, 3 * spieltag) for _ in table), reverse=True)
    lines = [f"{k + 1}. {t} {spieltag} Sp., {rng.randint(spieltag, 3 * spieltag) + (8 - k) // 2}:"
             f"{rng.randint(spieltag // 2, 2 * spieltag) + k // 2} Tore, {p} Pkt."
             for k, (t, p) in enumerate(zip(table[:8], pts[:8], strict=True))]
    top_a, top_b = teams[0], teams[1]
    scorer, minute = rng.choice(_WB_SCORERS), rng.randint(5, 88)
    paras: list[str] = [
        f"{s[0]} Am {spieltag}. Spieltag fielen {rng.randint(18, 41)} Tore, u. a. {rng.randint(2, 4)} im "
        f"Spitzenspiel zwischen {top_a} und {top_b}.",
        "Die Ergebnisse:",
        *results,
        f"Im Spitzenspiel traf {scorer} in der {minute}. Minute, {rng.choice(_HOW)}. "
        f"Zuschauer: {rng.randint(80, 640)}.",
        s[1],
        "Die Tabelle (Plätze 1 bis 8):",
        *lines,
        s[2],
    ]
    return f"Kreisliga Hameln-Pyrmont: Ergebnisse und Tabelle nach dem {spieltag}. Spieltag", paras


def _gottesdienste(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["gottesdienste"]
    sun = when + dt.timedelta(days=(6 - when.weekday()) % 7 or 7)
    kirchen = rng.sample(_KIRCHEN, rng.randint(6, 8))
    items = []
    for ort, kirche in kirchen:
        uhr = rng.choice(["9.30", "10", "10.30", "11", "18", "9"])
        items.append(li(f"{ort}, {kirche}: {uhr} Uhr {rng.choice(_ARTEN)}, {rng.choice(_PASTOREN)}"))
    ort, kirche = rng.choice(kirchen)
    extra = rng.choice([
        f"In {ort} feiert die Gemeinde in der {kirche} zugleich ihr {rng.randint(25, 150)}-jähriges Bestehen, im "
        f"Anschluss gibt es Kaffee und Kuchen im Gemeindehaus.",
        f"Der Gottesdienst in der {kirche} in {ort} wird u. a. vom Kinderchor gestaltet, Beginn ist ca. eine halbe "
        f"Stunde später als sonst.",
        f"Wegen Bauarbeiten an der {kirche} findet der Gottesdienst in {ort} im Gemeindehaus, Kirchplatz "
        f"{rng.randint(1, 12)}, statt.",
    ])
    paras: list[str] = [
        f"{s[0]} Hier die Übersicht für {_de_date(sun)}.",
        *items,
        s[1],
        extra,
        s[2],
    ]
    return f"Gottesdienste im Weserbergland am {sun.day}. {DE_MONTHS[sun.month - 1]}", paras


# ---- de: the public broadcaster -------------------------------------------------------------------------
_ELB_ORTE = ("Dresden", "Meißen", "Pirna", "Riesa", "Radebeul", "Bad Schandau", "Coswig", "Heidenau")
_PARTEIEN = ("CDU", "AfD", "parteilos", "Freie Wähler", "SPD", "Grüne", "Linke", "BSW")
_VORNAMEN = ("Anja", "Steffen", "Katrin", "Ronny", "Sandra", "Uwe", "Franziska", "Mirko", "Heike", "Torsten")
_NACHNAMEN = ("Bergmann", "Kretzschmar", "Löffler", "Seidel", "Hänel", "Pohl", "Wagner", "Zschiesche", "Grundmann",
              "Richter")


def _pct(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def _wahl(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["wahl"]
    sun = when - dt.timedelta(days=(when.weekday() + 1) % 7)
    orte = rng.sample(_ELB_ORTE[1:], rng.randint(4, 5))
    items = []
    runoff, leaders = [], []
    for ort in orte:
        a = round(rng.uniform(28, 71), 1)
        b = round(rng.uniform(9, min(a - 1, 100 - a - 3)), 1)
        n1 = f"{rng.choice(_VORNAMEN)} {rng.choice(_NACHNAMEN)}"
        n2 = f"{rng.choice(_VORNAMEN)} {rng.choice(_NACHNAMEN)}"
        p1, p2 = rng.sample(_PARTEIEN, 2)
        leaders.append(n1)
        if a <= 50:
            runoff.append(ort)
        items.append(li(f"{ort}: {n1} ({p1}) {_pct(a)} %, {n2} ({p2}) {_pct(b)} %, Wahlbeteiligung "
                        f"{_pct(rng.uniform(38, 67))} %"))
    quote = rng.choice(["Das Ergebnis ist ein klarer Auftrag, jetzt die Schulsanierung anzugehen",
                        "Ich danke allen, die trotz des schönen Wetters wählen gegangen sind",
                        "Wir haben einen fairen Wahlkampf geführt, das war mir wichtig"])
    paras: list[str] = [
        f"In {len(orte)} Städten und Gemeinden im Elbland sind am {_de_date(sun)}, neue Bürgermeisterinnen und "
        f"Bürgermeister gewählt worden. {s[0]}",
        *items,
        s[1],
        (f"In {' und '.join(runoff[:2])} ist deshalb ein zweiter Wahlgang nötig. " if runoff else
         "Ein zweiter Wahlgang ist diesmal in keiner Gemeinde nötig. ") +
        f"„{quote}“, sagte {leaders[0]} am Wahlabend im Rathaus von {orte[0]}.",
        s[2],
    ]
    return f"Bürgermeisterwahlen im Elbland: Die Ergebnisse aus {orte[0]}, {orte[1]} und weiteren Orten", paras


def _pegel(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["pegel"]
    orte = ["Dresden", *rng.sample(_ELB_ORTE[1:], 4)]
    base = rng.uniform(0.62, 1.35)
    items = []
    for k, ort in enumerate(orte):
        lvl = base if k == 0 else base + rng.uniform(-0.25, 0.6)
        items.append(li(f"{ort}: {round(lvl * 100)} cm ({rng.choice(['fallend', 'steigend', 'gleichbleibend'])})"))
    temp = rng.randint(17, 24)
    paras: list[str] = [
        f"{s[0]} Am Pegel Dresden wurden am {_de_date(when)}, um 6 Uhr {round(base * 100)} cm gemessen.",
        *items,
        s[1],
        f"Grund für den niedrigen Wasserstand sei die anhaltende Trockenheit im Einzugsgebiet in Tschechien, sagte "
        f"ein Sprecher des Landesamts. Die Wassertemperatur der Elbe lag bei ca. {temp} Grad.",
        s[2],
    ]
    return f"Elbe-Pegel am {when.day}. {DE_MONTHS[when.month - 1]}: Dresden meldet {round(base * 100)} Zentimeter", \
        paras


# ---- fr: the overseas daily -----------------------------------------------------------------------------
_COMMUNES = ("Saint-Pierre", "Saint-Leu", "Saint-Paul", "Sainte-Rose", "Saint-Joseph", "Le Port", "Saint-Philippe",
             "L'Étang-Salé", "Sainte-Marie", "Saint-Benoît")
_HOULE_CONSIGNES = ("baignade interdite hors du lagon", "accès au port fermé aux plaisanciers",
                    "sentier littoral fermé entre la jetée et le phare", "vigilance sur le front de mer",
                    "pêche à pied déconseillée", "aucune restriction particulière")
_EAU_MESURES = ("arrosage des jardins interdit de 8 h à 18 h", "lavage des voitures interdit sauf en station",
                "coupures nocturnes de 21 h à 5 h dans les Hauts", "remplissage des piscines interdit",
                "distribution d'eau par citerne à la mairie annexe", "tours d'eau un jour sur deux dans les écarts")
_FR_NOMS = ("M. Payet", "Mme Hoarau", "M. Grondin", "Mme Técher", "M. Fontaine", "Mme Boyer", "M. Rivière")


_fr_date = partial(day_month, lang="fr")


def _fr_num(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def _houle(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["houle"]
    level, coast = rng.choice(["jaune", "jaune", "orange"]), rng.choice(["sud", "ouest", "sud-ouest"])
    communes = rng.sample(_COMMUNES, rng.randint(4, 6))
    top = rng.uniform(3.0, 5.5)
    items = [li(f"{c} : houles de {_fr_num(top - rng.uniform(0, 1.5))} m, {rng.choice(_HOULE_CONSIGNES)}")
             for c in communes]
    nom = rng.choice(_FR_NOMS)
    paras: list[str] = [
        f"Météo-France a placé le littoral {coast} en vigilance {level} pour fortes houles à partir du "
        f"{_fr_date(when)}, avec des creux de {_fr_num(top)} m attendus en fin de journée. {s[0]}",
        *items,
        s[1],
        f"« Les gens viennent regarder les vagues sur la jetée, c'est là que le danger est le plus grand », prévient "
        f"{nom}, maître-nageur sauveteur, qui rappelle qu'env. {rng.randint(2, 9)} personnes ont été secourues l'an "
        f"dernier lors d'épisodes semblables.",
        s[2],
    ]
    return f"Fortes houles : vigilance {level} sur le littoral {coast}, {communes[0]} en première ligne", paras


def _eau(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["eau"]
    communes = rng.sample(_COMMUNES, rng.randint(4, 6))
    items = [li(f"{c} : {rng.choice(_EAU_MESURES)}") for c in communes]
    nom = rng.choice(_FR_NOMS)
    deficit = rng.randint(35, 78)
    paras: list[str] = [
        f"{s[0]} Le déficit de pluie atteint {deficit} % depuis mai dans l'ouest de l'île, selon Météo-France, et "
        f"les débits des captages sont au plus bas en ce {_fr_date(when)}.",
        *items,
        s[1],
        f"« Nous demandons à chacun de ne pas stocker d'eau dans des fûts, cela aggrave les coupures », explique "
        f"{nom}, adjoint{'e' if 'Mme' in nom else ''} chargé{'e' if 'Mme' in nom else ''} de l'eau à {communes[0]}, "
        f"où le réservoir du n° {rng.randint(2, 9)} est à {rng.randint(18, 46)} % de sa capacité.",
        s[2],
    ]
    return f"Sécheresse : les restrictions d'eau à {communes[0]}, {communes[1]} et dans {len(communes) - 2} autres " \
           "communes", paras


# ---- fr: the alt-weekly ---------------------------------------------------------------------------------
_MEL = ("Lille", "Roubaix", "Tourcoing", "Villeneuve-d'Ascq", "Lambersart", "Wazemmes")
_SALLES = ("l'Aéronef", "le Splendid", "la Condition Publique", "le Grand Mix", "la Gare Saint-Sauveur",
           "le Flow", "la Malterie", "la Ferme d'en Haut")
_ARTISTES = ("le trio jazz Les Oiseaux de Fives", "la rappeuse Nayla B.", "le groupe de cumbia Los Chicos del Canal",
             "la compagnie de danse Entre-Deux", "le DJ néerlandais Van der Stoep", "la chanteuse Lou Delcourt",
             "la fanfare Les Tontons Swingueurs", "le collectif électro Brique Noire")
_EXPOS = ("Faire corps, cent ans de photographie ouvrière", "Les mondes de Jeanne Vandamme", "Textiles du Nord",
          "Brut de béton", "La mer du Nord en 80 cartes postales", "Graffiti, une histoire lilloise")
_LIEUX_EXPO = ("La Piscine", "le LaM", "le Tripostal", "la Maison Folie Wazemmes", "le musée de l'Hospice Comtesse",
               "la galerie Commune")


def _a(place: str) -> str:
    """'à' with the place's article: au Splendid, à la Piscine, à l'Aéronef."""
    return "au " + place[3:] if place.startswith("le ") else "à " + place


def _sorties(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["sorties"]
    villes = rng.sample(_MEL, 5)
    items = []
    for k, v in enumerate(villes):
        d = when + dt.timedelta(days=rng.randint(1, 7))
        prix = rng.choice(["gratuit", "prix libre", f"{rng.randint(8, 32)} €",
                           f"{rng.randint(5, 15)} € en tarif réduit"])
        items.append(li(f"{v} : {_ARTISTES[(k + rng.randint(0, 7)) % 8]} {_a(rng.choice(_SALLES))}, "
                        f"{_fr_date(d)} à {rng.choice(['19 h', '20 h', '20 h 30', '21 h', '22 h 30'])}, {prix}"))
    coup = rng.choice(_ARTISTES)
    paras: list[str] = [
        f"{s[0]} Voici notre sélection pour la semaine du {_fr_date(when)}.",
        *items,
        s[1],
        f"Notre coup de cœur : {coup}, qui joue pour la première fois dans la métropole. « On vient avec un "
        f"répertoire neuf et env. {rng.randint(8, 15)} morceaux jamais enregistrés », promet son fondateur.",
        s[2],
    ]
    return f"Sortir dans la métropole : notre sélection de la semaine du {_fr_date(when)}", paras


def _expos(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["expos"]
    villes = rng.sample(_MEL, 4)
    items = []
    for v in villes:
        fin = when + dt.timedelta(days=rng.randint(10, 80))
        prix = rng.choice(["entrée libre", f"{rng.randint(4, 12)} €, gratuit pour les moins de 18 ans",
                           f"{rng.randint(5, 9)},50 €"])
        items.append(li(f"{v} : « {rng.choice(_EXPOS)} » {_a(rng.choice(_LIEUX_EXPO))}, jusqu'au "
                        f"{fin.day} {FR_MONTHS[fin.month - 1]}, {prix}"))
    titre = rng.choice(_EXPOS)
    paras: list[str] = [
        f"{s[0]} Cette semaine, « {titre} » ouvre la sélection.",
        *items,
        s[1],
        f"La commissaire de « {titre} », Mme {rng.choice(['Delattre', 'Vanhoutte', 'Lefebvre', 'Desmet'])}, a réuni "
        f"{rng.randint(60, 240)} œuvres et documents, dont plusieurs prêtés par des familles de Roubaix et de "
        f"Tourcoing.",
        s[2],
    ]
    return f"Expos : {len(villes)} rendez-vous à ne pas manquer, de {villes[0]} à {villes[1]}", paras


# ---- es: the Spanish-language US outlet -----------------------------------------------------------------
_EP_LUGARES = ("El Paso", "Socorro", "Horizon City", "Anthony", "Canutillo", "San Elizario", "Las Cruces")
_CENTROS = ("Centro Comunitario Pavo Real", "Biblioteca Irving Schwartz", "Centro Recreativo Marty Robbins",
            "Centro para Adultos Mayores Eastside", "Iglesia San Judas Tadeo", "Centro Comunitario Rio Vista",
            "Gimnasio de la Escuela Montwood")
_CALLES_EP = ("Alameda Ave.", "Dyer St.", "Montana Ave.", "Zaragoza Road", "Socorro Road", "Doniphan Dr.",
              "Mesa St.")
_SERVICIOS = ("vacunas contra la influenza y el COVID-19", "vacunas escolares para niños de 4 a 18 años",
              "exámenes de la vista y lentes gratis", "pruebas de diabetes y presión arterial",
              "mamografías para mujeres de 40 años o más", "limpiezas dentales para menores")
_ES_NOMBRES = ("la Sra. Gabriela Ornelas", "la Dra. Verónica Saucedo", "el Sr. Arturo Villegas",
               "la Dra. Inés Carrasco", "el Sr. Ramiro Baca")


def _el(place: str) -> str:
    return ("la " if place.startswith(("Iglesia", "Biblioteca")) else "el ") + place


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


_es_date = partial(day_month, lang="es")


def _enfriamiento(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["enfriamiento"]
    lugares = rng.sample(_EP_LUGARES, rng.randint(4, 6))
    items = []
    for lugar, centro in zip(lugares, rng.sample(_CENTROS, len(lugares)), strict=True):
        start, end = rng.choice(["10 a. m.", "11 a. m.", "mediodía"]), rng.choice(["7 p. m.", "8 p. m.", "9 p. m."])
        items.append(li(f"{lugar}: {centro}, {rng.randint(100, 9999)} {rng.choice(_CALLES_EP)}, de {start} a {end}"))
    temp = round(rng.uniform(100.5, 109.8), 1)
    paras: list[str] = [
        f"{s[0]} El Servicio Meteorológico Nacional pronostica hasta {temp} grados este {_es_date(when)}.",
        *items,
        s[1],
        f"“El calor extremo es peligroso sobre todo para los adultos mayores y para quienes trabajan al aire libre”, "
        f"dijo {rng.choice(_ES_NOMBRES)}, portavoz del Departamento de Salud Pública. En lo que va del año, el condado "
        f"ha confirmado {rng.randint(3, 19)} muertes relacionadas con el calor.",
        s[2],
    ]
    return f"Centros de enfriamiento abiertos este {_es_date(when)} en {lugares[0]} y {lugares[1]}", paras


def _clinicas(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["clinicas"]
    lugares = rng.sample(_EP_LUGARES, rng.randint(4, 6))
    items = []
    for lugar, centro in zip(lugares, rng.sample(_CENTROS, len(lugares)), strict=True):
        d = when + dt.timedelta(days=rng.randint(1, 6))
        start, end = rng.choice(["8 a. m.", "9 a. m.", "10 a. m."]), rng.choice(["1 p. m.", "3 p. m.", "4 p. m."])
        items.append(li(f"{lugar}: {rng.choice(_SERVICIOS)} en {_el(centro)}, {_es_date(d)}, de {start} a {end}"))
    paras: list[str] = [
        f"{s[0]} Las clínicas son organizadas por el Departamento de Salud Pública, la Universidad de Texas en El Paso "
        f"y organizaciones comunitarias.",
        *items,
        s[1],
        f"{_cap(rng.choice(_ES_NOMBRES))} recordó que el ciclo escolar en EE. UU. exige las vacunas al día y que "
        f"{rng.randint(1200, 4800):,} estudiantes del condado aún no las tienen.",
        s[2],
    ]
    return f"Clínicas gratuitas de salud esta semana en {lugares[0]}, {lugares[1]} y más", paras


TEMPLATES: dict[str, tuple[str, Callable[[random.Random, dt.date], Story]]] = {
    "gasprices": ("en", _gasprices), "forecast": ("en", _forecast), "inspections": ("en", _inspections),
    "ernbrief": ("en", _ernbrief), "preview": ("en", _preview), "movers": ("en", _movers),
    "scoreboard": ("en", _scoreboard), "standings": ("en", _standings), "matchrep": ("en", _matchrep),
    "kreisliga": ("de", _kreisliga), "gottesdienste": ("de", _gottesdienste), "wahl": ("de", _wahl),
    "pegel": ("de", _pegel), "houle": ("fr", _houle), "eau": ("fr", _eau), "sorties": ("fr", _sorties),
    "expos": ("fr", _expos), "enfriamiento": ("es", _enfriamiento), "clinicas": ("es", _clinicas),
}


def make(template: str, rng: random.Random, when: dt.date) -> Story:
    return TEMPLATES[template][1](rng, when)
