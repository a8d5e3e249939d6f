"""Templated stories of the 'holdout12' half: the faculties' examination results and the campus blood drives (en,
a Kampala university's student paper), the dockside fish prices and the week's tides (en, a Newfoundland fishing
trade site), the Red Cross blood drives and the road closures (de, a Liechtenstein regional daily), the Sunday
services of the parishes and the frost warnings (de, a German-language Lutheran community weekly in Sibiu,
Romania), the vanilla export prices and the interbank exchange rates (fr, a Malagasy business wire), the ferry
sailings and the planned power cuts (fr, a Saint-Pierre-et-Miquelon public broadcaster), the coffee
co-operatives' final prices and the emergency commission's rain alerts (es, a Costa Rican farm trade site), and
the lottery draws and the weekend police round-up (es, a Panamanian tabloid).

As in the other halves, every story has its own facts and shares its template's STOCK sentences, which are true
story text however much some of them read like a site's chrome: "Results are provisional until they are approved
by the University Senate", "Students can check their results on the student portal", "Every unit of blood donated
can save up to three lives", a price report that names the site ("those reported to the Harbour Log by buyers"),
"Harvesters are reminded to check the marine forecast", "Das Amt bittet die Verkehrsteilnehmenden um
Verständnis", "Nach der Spende offerieren die Samaritervereine einen Imbiss", "Änderungen werden in den
Schaukästen bekannt gegeben", "Ces cours sont indicatifs et ne constituent pas une recommandation", "Ces
informations n'engagent pas Tana Éco Fil", "EDF prie ses clients de l'excuser pour la gêne occasionnée", "Ante
una emergencia, llame al 9-1-1", "«Juegue con responsabilidad», recuerda la LNB" and the police's "llame al 104
de forma anónima".  Several stand in the middle of the story between rows of "Name: value", some are bullet items
among the story's own, some stories open a list with a short line ending in a colon, and some rows are not
sentences at all.  Abbreviations, times, dates, decimals and initials throughout (``Dr.``, ``Prof.``, ``a.m.``,
``p.m.``, ``No.``, ``St.``, ``Mt.``, ``lb``, ``Nr.``, ``z. B.``, ``bzw.``, ``ca.``, ``A.B.``, ``16.30 Uhr``,
``−3 °C``, ``M.``, ``Mme``, ``$/kg``, ``8 h 30``, ``n°``, ``Ar``, ``Sr.``, ``Ing.``, ``₡``, ``a. m.``,
``B/.``, ``núm.``)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from functools import partial

from bench.cleaning_set.cms import li
from bench.cleaning_set.lang import (
    AP_MONTHS,
    DE_MONTHS,
    EN_DAYS,
    ES_DAYS,
    ap_date,
    day_month,
    decimal_comma,
    thousands,
)

Story = tuple[str, list[str]]

STOCK = {
    "examresults": (
        "Results are provisional until they are approved by the University Senate.",
        "Students who wish to appeal a result must fill in Form AR/7 and pay the UGX 50,000 remarking fee at the "
        "Academic Registrar's office within 14 days of the release.",
        "Students can check their results on the student portal using their registration number and PIN; results "
        "will not be given out over the phone.",
    ),
    "blooddrive": (
        "Donors must be aged between 17 and 60, weigh at least 50 kg and be in good health.",
        "Every unit of blood donated can save up to three lives, according to UBTS.",
        "Donors are advised to eat a meal and drink plenty of water before donating; each donor receives a soda "
        "and a donor card.",
    ),
    "fishprices": (
        "Prices are per pound, landed, and are those reported to the Harbour Log by buyers and harvesters; they "
        "are not verified.",
        "Minimum prices are set by the Standing Fish Price-Setting Panel, and buyers may pay more.",
        "Dockside prices are published every Friday afternoon and updated on Monday if buyers report late.",
    ),
    "tides": (
        "Times are Newfoundland Daylight Time and heights are in metres above chart datum.",
        "Tide predictions are from the Canadian Hydrographic Service and do not account for storm surge or wind.",
        "Harvesters are reminded to check the Environment Canada marine forecast before leaving port.",
    ),
    "blutspendefl": (
        "Spenden kann, wer zwischen 18 und 65 Jahre alt ist, mindestens 50 kg wiegt und sich gesund fühlt; "
        "Erstspender bringen bitte einen amtlichen Ausweis mit.",
        "Mit einer einzigen Spende kann bis zu drei Menschen geholfen werden.",
        "Nach der Spende offerieren die Samaritervereine einen Imbiss.",
    ),
    "strassensperre": (
        "Das Amt bittet die Verkehrsteilnehmenden um Verständnis für die Behinderungen.",
        "Bei schlechter Witterung können sich die Arbeiten um einige Tage verschieben.",
        "Die Zufahrt für Anwohner, Rettungsdienste und die Busse von LIEmobil ist jederzeit gewährleistet.",
    ),
    "gottesdienstesb": (
        "Änderungen werden kurzfristig in den Schaukästen der Kirchengemeinden bekannt gegeben.",
        "Wer eine Mitfahrgelegenheit zu den Gottesdiensten auf den Dörfern sucht, meldet sich bis Freitag im "
        "Pfarramt.",
        "Alle Gottesdienste werden in deutscher Sprache gehalten, die Lesungen teils auch auf Rumänisch.",
    ),
    "bodenfrost": (
        "Gärtner sollten empfindliche Pflanzen abdecken oder ins Haus holen und Wasserleitungen im Freien "
        "entleeren.",
        "Die Warnungen der ANM gelten jeweils von 22 Uhr bis 9 Uhr morgens.",
        "Aktuelle Warnungen veröffentlicht die ANM auf ihrer Webseite, allerdings nur auf Rumänisch.",
    ),
    "vanille": (
        "Ces cours sont indicatifs et ne constituent pas une recommandation d'achat ou de vente.",
        "Les prix sont relevés auprès de six exportateurs de la Sava et de Toamasina ; ils s'entendent FOB, en "
        "dollars américains par kilo.",
        "Le relevé est publié chaque mercredi à 15 h, heure de Madagascar.",
    ),
    "ariary": (
        "Les cours sont ceux publiés par la Banque centrale de Madagascar à l'issue de la séance du marché "
        "interbancaire de devises (MID).",
        "Les bureaux de change et les banques peuvent appliquer des cours différents.",
        "Ces informations sont fournies à titre indicatif et n'engagent pas Tana Éco Fil.",
    ),
    "traversee": (
        "Les passagers sont invités à se présenter à la gare maritime 30 minutes avant le départ, munis d'une "
        "pièce d'identité.",
        "En cas de brume ou de mer formée, les horaires peuvent être modifiés sans préavis.",
        "Les billets non utilisés sont remboursés au guichet de la gare maritime sur présentation du titre de "
        "transport.",
    ),
    "coupuresedf": (
        "EDF prie ses clients de l'excuser pour la gêne occasionnée.",
        "Par mesure de sécurité, les installations doivent être considérées comme sous tension en permanence.",
        "Les travaux peuvent être reportés en cas de mauvais temps ; le courant peut revenir avant l'heure "
        "annoncée.",
    ),
    "liquidacioncafe": (
        "Los montos corresponden al precio por fanega de café fruta y son los que publica el ICAFE en La Gaceta.",
        "Los productores que tengan dudas sobre su liquidación pueden consultar en la oficina regional del ICAFE "
        "más cercana.",
        "El Surco publica las liquidaciones conforme el ICAFE las oficializa.",
    ),
    "alertacne": (
        "La CNE recomienda a los productores limpiar canales y drenajes y no cruzar ríos crecidos con el ganado.",
        "Ante una emergencia, llame al 9-1-1.",
        "Las alertas se revisan cada 12 horas según los pronósticos del Instituto Meteorológico Nacional (IMN).",
    ),
    "loteria": (
        "Los billetes premiados pueden cobrarse en las agencias de la LNB hasta 90 días después del sorteo.",
        "La LNB recuerda que los billetes rotos, alterados o ilegibles no se pagan.",
        "«Juegue con responsabilidad», recuerda la LNB al final de cada sorteo.",
    ),
    "finde": (
        "La Policía Nacional pide a quien tenga información sobre estos hechos llamar al 104 de forma anónima.",
        "Las cifras son preliminares y pueden cambiar cuando el Ministerio Público publique su informe.",
        "Chiva Exprés recopila estos casos con información de la Policía y de los cuartos de urgencia.",
    ),
}
DATELINED = ("fishprices",)  # the trade site's dateline opens these


_ap = ap_date
_comma = decimal_comma
_de = partial(day_month, lang="de")
_fr = partial(day_month, lang="fr")
_es = partial(day_month, lang="es")


# ---- en: the Kampala student paper ----------------------------------------------------------------------
_FACULTIES = (
    ("Computing and Informatics", ("Bachelor of Science in Computer Science", "Bachelor of Information Technology",
                                   "Bachelor of Science in Software Engineering", "Diploma in Computer Science")),
    ("Health Sciences", ("Bachelor of Science in Nursing", "Bachelor of Pharmacy", "Bachelor of Medicine and "
                         "Bachelor of Surgery (MBChB)", "Diploma in Clinical Medicine")),
    ("Business and Management", ("Bachelor of Commerce", "Bachelor of Business Administration", "Bachelor of "
                                 "Procurement and Logistics", "Bachelor of Human Resource Management")),
    ("Engineering", ("Bachelor of Science in Civil Engineering", "Bachelor of Science in Electrical Engineering",
                     "Bachelor of Science in Mechanical Engineering", "Diploma in Water Engineering")),
    ("Education", ("Bachelor of Arts with Education", "Bachelor of Science with Education",
                   "Postgraduate Diploma in Education")),
)
_DEANS = ("Dr. Agnes N. Kyomuhendo", "Prof. Samuel K. Ssewanyana", "Dr. Moses Okello", "Assoc. Prof. Juliet Atim",
          "Dr. Ronald W. Mugisha")


def _examresults(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["examresults"]
    faculty, progs = rng.choice(_FACULTIES)
    rows, total = [], 0
    for prog in rng.sample(progs, rng.randint(3, len(progs))):
        n = rng.randint(40, 420)
        total += n
        rate = rng.uniform(68, 99)
        rows.append(f"{prog}: {rate:.1f}% passed ({round(n * rate / 100)} of {n} candidates).")
    k = rng.randint(1, len(rows) - 1)
    overall = rng.uniform(74, 95)
    sem = rng.choice(("first", "second"))
    retakes = rng.randint(12, 180)
    paras = [f"The Faculty of {faculty} released provisional results for the {sem} semester examinations on "
             f"{EN_DAYS[when.weekday()]}, with {overall:.1f}% of its {total:,} candidates passing all papers, the "
             f"Academic Registrar's office said.", "Pass rates by programme:", *rows[:k], s[0], *rows[k:],
             f"{retakes} students must retake at least one paper in the special examinations, which start on "
             f"{AP_MONTHS[(when.month % 12)]} {rng.randint(2, 20)}.",
             f"“{rng.choice(('The continuous assessment marks are what pulled many students through', 'We are worried about the first-years in mathematics', 'Students who attended the revision clinics did clearly better'))},” "  # noqa: E501
             f"said the dean, {rng.choice(_DEANS)}.", s[2], s[1]]
    return f"{faculty}: {overall:.1f}% pass {sem} semester exams", paras


_HALLS = ("Africa Hall", "Mitchell Hall", "Lumumba Hall", "Nsibirwa Hall", "Mary Stuart Hall", "the Main Library "
          "forecourt", "the Freedom Square tent", "the Guild canteen", "the School of Law lawns")
_GUILD = ("Brenda Atuhaire", "Ivan Ssemwanga", "Shamim Nakato", "Derrick Ochieng")


def _blooddrive(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["blooddrive"]
    days = rng.randint(2, 4)
    start = when + dt.timedelta(days=rng.randint(1, 4))
    rows = []
    for i, hall in enumerate(rng.sample(_HALLS, days)):
        d = start + dt.timedelta(days=i)
        rows.append(li(f"{EN_DAYS[d.weekday()]}, {_ap(d)}: {hall}, {rng.choice(('8', '9', '10'))} a.m. to "
                       f"{rng.choice(('3', '4', '5'))} p.m."))
    target = rng.choice((300, 400, 500, 600, 750))
    last = rng.randint(140, 620)
    paras = [f"The Uganda Blood Transfusion Service (UBTS) will hold a {days}-day blood donation drive on campus "
             f"from {EN_DAYS[start.weekday()]}, the Guild's minister for health, {rng.choice(_GUILD)}, said.",
             f"The target is {target} units.", "Where and when:", *rows, s[0],
             f"The last drive, in {rng.choice(('February', 'March', 'April', 'May'))}, collected {last} units, "
             f"{'above' if last > target else 'below'} its target, and the Nakawa regional blood bank says its "
             f"stocks of group O negative are {rng.choice(('low', 'critically low', 'below one week of demand'))}.",
             s[1], s[2]]
    return f"Blood drive: UBTS targets {target} units in {days}-day campus drive", paras


# ---- en: the Newfoundland fishing trade site --------------------------------------------------------------
_SPECIES = (("Snow crab (large)", 3.2, 5.6), ("Snow crab (small)", 2.6, 4.9), ("Cod (gutted, head on)", 0.85, 1.45),
            ("Capelin", 0.12, 0.31), ("Mackerel", 0.38, 0.72), ("Turbot (Greenland halibut)", 1.55, 2.4),
            ("Lobster (canners)", 7.5, 11.0), ("Lobster (markets)", 8.2, 12.4), ("Sea cucumber", 0.42, 0.8),
            ("Lumpfish roe", 0.9, 1.6), ("Whelk", 0.55, 0.95), ("Scallops (meat)", 9.0, 14.5))
_PORTS = ("Bonavista", "Twillingate", "Port aux Choix", "Fogo Island", "Harbour Breton", "La Scie", "Petty Harbour",
          "St. Anthony", "Burgeo", "Carbonear")
_HARVESTERS = ("Wade Pardy, who fishes out of Catalina", "skipper Darlene Oram of Fogo Island", "Gord Kean, a "
               "harvester in La Scie", "Capt. Roy F. Lane of St. Anthony")


def _fishprices(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["fishprices"]
    rows, moves = [], []
    for name, lo, hi in rng.sample(_SPECIES, rng.randint(4, 6)):
        p = rng.uniform(lo, hi)
        d = rng.choice((-15, -10, -5, 0, 0, 5, 10, 20))
        moves.append(d)
        move = "unchanged" if d == 0 else f"{'up' if d > 0 else 'down'} {abs(d)} cents"
        rows.append(f"{name}: ${p:.2f}/lb, {move}.")
    k = rng.randint(1, len(rows) - 1)
    trend = "firmed" if sum(moves) > 0 else "eased" if sum(moves) < 0 else "held"
    friday = when + dt.timedelta(days=(4 - when.weekday()) % 7)
    paras = [f"Dockside prices {trend} for the week ending {_ap(friday)}, with buyers in {rng.randint(5, 14)} ports "
             f"reporting landings of {rng.randint(120, 1900):,} tonnes across all species.", *rows[:k], s[0],
             *rows[k:],
             f"“{rng.choice(('The plants are only taking so much crab a day, so boats are tied up waiting', 'Capelin came in late and small this year', 'If the price holds we will go again Monday'))},” "  # noqa: E501
             f"said {rng.choice(_HARVESTERS)}.",
             f"Landings in {rng.choice(_PORTS)} were the week's highest, at {rng.randint(40, 420)} tonnes.", s[1], s[2]]
    return f"Dock prices {trend}: {rows[0].split(':')[0]} at {rows[0].split(': ')[1].split(',')[0]}", paras


_TIDE_PORTS = ("St. John's", "Argentia", "Bonavista", "Lewisporte", "Port aux Basques", "Corner Brook (Humber Arm)",
               "St. Anthony", "Harbour Breton", "Nain")


def _tides(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["tides"]
    sat = when + dt.timedelta(days=(5 - when.weekday()) % 7)
    rows = []
    for port in rng.sample(_TIDE_PORTS, rng.randint(3, 5)):
        h1 = rng.randint(0, 5) * 60 + rng.randint(0, 59)
        h2 = h1 + 12 * 60 + 25
        rows.append(f"{port}: high {h1 // 60 or 12}:{h1 % 60:02d} a.m. ({rng.uniform(0.9, 1.8):.1f} m) and "
                    f"{(h2 // 60 - 12) or 12}:{h2 % 60:02d} p.m. ({rng.uniform(0.9, 1.8):.1f} m); low "
                    f"{(h1 // 60 + 6) % 12 or 12}:{(h1 + 11) % 60:02d} a.m. ({rng.uniform(0.0, 0.5):.1f} m).")
    k = rng.randint(1, len(rows) - 1)
    wind = rng.randint(20, 45)
    paras = [f"Tides for Saturday, {_ap(sat)}, at selected ports:", *rows[:k], s[0], *rows[k:],
             f"{'Spring tides' if rng.random() < 0.5 else 'Neap tides'} are expected through {EN_DAYS[(sat.weekday() + 2) % 7]}, "  # noqa: E501
             f"and winds of {wind} knots from the {rng.choice(('southwest', 'northeast', 'west', 'northwest'))} "
             f"are forecast for the {rng.choice(('Avalon', 'Northeast Coast', 'Gulf', 'South Coast'))} marine area.",
             s[1], s[2]]
    return f"Tides and weekend conditions: {wind}-knot winds on the way", paras


# ---- de: the Liechtenstein daily -----------------------------------------------------------------------
_SAELE = ("Schaan, Rathaussaal", "Vaduz, Vaduzer-Saal", "Balzers, Gemeindesaal", "Triesen, Gemeindesaal",
          "Eschen, Gemeindesaal", "Ruggell, Gemeindesaal", "Mauren, Gemeindesaal", "Triesenberg, Dorfsaal")


def _blutspende(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["blutspendefl"]
    rows = []
    d = when + dt.timedelta(days=rng.randint(2, 5))
    for saal in rng.sample(_SAELE, rng.randint(2, 4)):
        rows.append(li(f"{saal}: {_de(d)}, {rng.choice(('16.30', '17', '17.30'))} bis {rng.choice(('20', '20.30'))} "
                       f"Uhr."))
        d += dt.timedelta(days=rng.randint(1, 3))
    n = rng.randint(180, 460)
    first = rng.randint(9, 48)
    paras = [f"Das Liechtensteinische Rote Kreuz (LRK) ruft gemeinsam mit dem Blutspendedienst SRK Graubünden zur "
             f"nächsten Blutspendeaktion auf. Gespendet werden kann an {len(rows)} Abenden:", *rows, s[0],
             f"Bei der letzten Aktion im {DE_MONTHS[(when.month - 3) % 12]} kamen {n} Spenderinnen und Spender, davon "
             f"{first} zum ersten Mal.",
             f"„{rng.choice(('Gerade im Herbst sind die Vorräte knapp', 'Wir brauchen vor allem junge Spender', 'Jede Blutgruppe wird gebraucht, ganz besonders 0 negativ'))}“, "  # noqa: E501
             f"sagt {rng.choice(('LRK-Geschäftsführerin Dr. Petra Beck', 'Samariter-Präsident Markus Büchel', 'die Leiterin des Blutspendedienstes, Ursula M. Kindle'))}.",  # noqa: E501
             s[1], s[2]]
    return f"Blutspenden in {rows[0].split(',')[0]} und {len(rows) - 1} weiteren Gemeinden", paras


_STRASSEN = ("Landstrasse in Triesen, Abschnitt Meierhof bis Messina", "Zollstrasse in Schaan, Höhe Lindenplatz",
             "Feldkircher Strasse in Nendeln", "Herrengasse in Vaduz", "Rheinstrasse in Balzers, Abschnitt Höfle",
             "Malbunstrasse zwischen Steg und Malbun", "Essanestrasse in Eschen", "Churer Strasse in Schaan")
_GRUND = ("Belagsarbeiten", "Ersatz der Wasserleitung", "Sanierung der Stützmauer", "Bau eines Kreisels",
          "Arbeiten an den Glasfaserleitungen", "Erneuerung der Bushaltestelle")


def _strassensperre(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["strassensperre"]
    rows = []
    for strasse in rng.sample(_STRASSEN, rng.randint(2, 4)):
        a = when + dt.timedelta(days=rng.randint(1, 6))
        b = a + dt.timedelta(days=rng.randint(2, 12))
        rows.append(f"{strasse}: {rng.choice(_GRUND)}, {rng.choice(('Vollsperrung', 'einspurig mit Ampel', 'Sperre nachts von 20 bis 5 Uhr'))} "  # noqa: E501
                    f"vom {a.day}. bis {b.day}. {DE_MONTHS[b.month - 1]}.")
    k = rng.randint(1, len(rows) - 1)
    paras = ["Das Amt für Tiefbau und Geoinformation (ATG) hat für die kommenden Wochen folgende Sperrungen und "
             "Einschränkungen angekündigt.", *rows[:k], s[0], *rows[k:],
             f"Umgeleitet wird {rng.choice(('über die Rheinstrasse', 'über Schaanwald', 'über die Industriestrasse', 'über den Kreisel beim Zollamt'))}; "  # noqa: E501
             f"die Postautolinien {rng.choice(('11 und 12', '12 und 13', '13 bzw. 14'))} fahren ca. "
             f"{rng.randint(5, 15)} Minuten später.", s[2], s[1]]
    return f"Baustellen: {len(rows)} Sperrungen ab {_de(when + dt.timedelta(days=1))}", paras


# ---- de: the Lutheran community weekly in Sibiu --------------------------------------------------------
_KIRCHEN = (("Hermannstadt", "Stadtpfarrkirche"), ("Hermannstadt", "Johanniskirche"), ("Mediasch", "Margarethenkirche"),
            ("Schäßburg", "Bergkirche"), ("Heltau", "Kirchenburg"), ("Großau", "Kirchenburg"),
            ("Kronstadt", "Schwarze Kirche"), ("Bistritz", "Evangelische Stadtpfarrkirche"), ("Neppendorf", "Kirche"))
_PFARRER = ("Stadtpfarrer Dr. Andreas M. Kraus", "Pfarrerin Annette Binder", "Bischofsvikar Hans-Georg Roth",
            "Pfarrer i. R. Martin Schuller", "Vikarin Ingrid Fabritius", "Lektor Walter Lingner")
_FEIER = ("Gottesdienst", "Gottesdienst mit Abendmahl", "Familiengottesdienst", "Erntedankgottesdienst",
          "Gottesdienst mit Taufe", "Andacht")
_KOLLEKTE = ("die Diakonie in Hermannstadt", "die Renovierung des Kirchturms in Großau", "die Jugendarbeit des "
             "Bezirks", "das Altenheim Dr. Carl Wolff", "die Kirchenmusik")


def _gottesdienste(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["gottesdienstesb"]
    sun = when + dt.timedelta(days=(6 - when.weekday()) % 7 or 7)
    rows = []
    for ort, kirche in rng.sample(_KIRCHEN, rng.randint(3, 6)):
        rows.append(li(f"{ort}, {kirche}, {rng.choice(('9', '10', '10.30', '11', '17'))} Uhr: {rng.choice(_FEIER)} "
                       f"({rng.choice(_PFARRER)})."))
    k = rng.randint(1, len(rows) - 1)
    paras = [f"Die Gottesdienste der Evangelischen Kirche A.B. im Bezirk am Sonntag, {sun.day}. "
             f"{DE_MONTHS[sun.month - 1]}:", *rows[:k], s[0], *rows[k:],
             f"Die Kollekte ist in allen Gemeinden für {rng.choice(_KOLLEKTE)} bestimmt.", s[1], s[2]]
    return f"Gottesdienste am {sun.day}. {DE_MONTHS[sun.month - 1]}: {rows[0].split(',')[0]} und {len(rows) - 1} weitere", paras  # noqa: E501


_KREISE = ("Kreis Hermannstadt", "Kreis Kronstadt", "Kreis Mieresch", "Kreis Harghita", "Kreis Covasna",
           "Kreis Alba", "Kreis Bistritz-Nassod")


def _bodenfrost(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["bodenfrost"]
    stufe = rng.choice(("Gelb", "Gelb", "Orange"))
    rows = []
    for kreis in rng.sample(_KREISE, rng.randint(3, 5)):
        rows.append(f"{kreis}: Tiefstwerte bis −{rng.randint(1, 6)} °C, Bodenfrost "
                    f"{rng.choice(('vor allem in Tallagen', 'verbreitet', 'vereinzelt', 'bzw. Reif in Senken'))}.")
    k = rng.randint(1, len(rows) - 1)
    nacht = when + dt.timedelta(days=1)
    paras = [f"Die Nationale Meteorologiebehörde (ANM) hat für die Nacht auf {_de(nacht)}, eine Warnung der Stufe "
             f"{stufe} vor Bodenfrost und Reif herausgegeben.", *rows[:k], s[0], *rows[k:],
             f"In Hermannstadt wurden in der vergangenen Nacht {_comma(rng.uniform(0.2, 3.5))} °C gemessen, am "
             f"Flughafen Kronstadt-Weidenbach ca. {rng.randint(1, 5)} Grad weniger.", s[1], s[2]]
    return f"Frostwarnung Stufe {stufe} für {len(rows)} Kreise", paras


# ---- fr: the Malagasy business wire --------------------------------------------------------------------
_VANILLE = (("Vanille préparée, qualité noire (gourmet)", 38, 72), ("Vanille préparée, TK (rouge)", 26, 48),
            ("Vanille préparée, coupée", 18, 35), ("Vanille préparée, qualité extraction", 14, 29),
            ("Vanille verte, bord champ Sambava (Ar/kg)", 0, 0))
_EXPORTATEURS = ("M. Hery Rakotomalala, exportateur à Sambava", "Mme Lalao Randrianarisoa, du Groupement des "
                 "exportateurs de vanille", "M. Jean-Luc Andriamanana, courtier à Antalaha",
                 "un négociant de Toamasina")


def _vanille(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["vanille"]
    rows, moves = [], []
    for name, lo, hi in rng.sample(_VANILLE, rng.randint(3, 5)):
        if hi == 0:
            rows.append(f"{name} : {thousands(rng.randrange(35000, 90000, 500), ' ')} Ar.")
            continue
        p = rng.uniform(lo, hi)
        d = rng.choice((-4, -2, -1, 0, 1, 2, 3))
        moves.append(d)
        move = "stable" if d == 0 else f"{'+' if d > 0 else '−'}{abs(d)} $ sur la semaine"
        rows.append(f"{name} : {_comma(p, 2)} $/kg FOB ({move}).")
    k = rng.randint(1, len(rows) - 1)
    trend = "reculent" if sum(moves) < 0 else "progressent" if sum(moves) > 0 else "se stabilisent"
    paras = [f"Les prix de la vanille à l'exportation {trend} cette semaine, selon notre relevé du {_fr(when)} "
             f"auprès des exportateurs.", *rows[:k], s[0], *rows[k:],
             f"« {rng.choice(('Les acheteurs américains attendent la fin de la préparation pour se décider', 'La qualité de cette campagne est meilleure, mais les stocks de l’an dernier pèsent', 'Les vols de vanille verte ont repris dans la Sava'))} », "  # noqa: E501
             f"explique {rng.choice(_EXPORTATEURS)}.",
             f"Madagascar a exporté {thousands(rng.randint(900, 2400), ' ')} tonnes de vanille depuis le début de "
             f"l'année, selon les douanes.", s[1], s[2]]
    lead = rows[0].split(" : ")
    return f"Vanille : les prix {trend} ({lead[0].split(', ')[-1]} à {lead[1].split(' ')[0]})", paras


_DEVISES = (("Euro", 5050, 5350), ("Dollar américain", 4380, 4620), ("Livre sterling", 5850, 6150),
            ("Yuan", 605, 650), ("Roupie mauricienne", 95, 103), ("Rand sud-africain", 240, 262),
            ("Franc suisse", 5400, 5700))


def _ariary(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["ariary"]
    rows = []
    for name, lo, hi in rng.sample(_DEVISES, rng.randint(4, 6)):
        rows.append(f"{name} : {thousands(int(rng.uniform(lo, hi)), ' ')},{rng.randint(0, 99):02d} Ar "
                    f"({rng.choice(('+', '−'))}{_comma(rng.uniform(0.01, 0.9), 2)} %).")
    k = rng.randint(1, len(rows) - 1)
    vol = _comma(rng.uniform(4.1, 28.0), 1)
    paras = [f"Voici les cours de référence de l'ariary fixés le {_fr(when)} sur le MID, où "
             f"{vol} millions d'euros ont été échangés.", *rows[:k], s[0], *rows[k:],
             f"Depuis le 1er janvier, l'ariary a perdu {_comma(rng.uniform(0.8, 6.5), 1)} % face à l'euro, selon "
             f"les calculs de Tana Éco Fil.", s[1], s[2]]
    lead = rows[0].split(" : ")
    return f"Change : {lead[0].lower()} à {lead[1].split(' Ar')[0]} Ar sur le MID", paras


# ---- fr: the Saint-Pierre-et-Miquelon public broadcaster ----------------------------------------------
_LIAISONS = ("Saint-Pierre → Miquelon", "Miquelon → Saint-Pierre", "Saint-Pierre → Fortune (Terre-Neuve)",
             "Fortune → Saint-Pierre", "Saint-Pierre → Langlade", "Langlade → Saint-Pierre")
_NAVIRES = ("Le Cap-Blanc", "L'Anse-à-Henry", "Le Suroît II")


def _traversee(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["traversee"]
    rows = []
    bad = rng.random() < 0.6
    for lien in rng.sample(_LIAISONS, rng.randint(3, 5)):
        etat = rng.choice(("annulée", "retardée d'une heure", "maintenue", "avancée à 7 h", "maintenue, sans "
                           "véhicules")) if bad else "maintenue"
        rows.append(li(f"{lien}, {rng.choice(('7 h 30', '8 h', '10 h 15', '13 h', '16 h 30', '18 h'))} : {etat}."))
    k = rng.randint(1, len(rows) - 1)
    demain = when + dt.timedelta(days=1)
    paras = [f"Point sur les traversées de {_fr(demain)}, assurées par {rng.choice(_NAVIRES)} :", *rows[:k], s[0],
             *rows[k:],
             (f"Météo-France prévoit une houle de {_comma(rng.uniform(2.0, 4.5))} m et des rafales à "
              f"{rng.randint(60, 95)} km/h sur l'archipel." if bad else
              f"La mer sera {rng.choice(('peu agitée', 'belle', 'agitée au large'))}, avec un vent de "
              f"{rng.randint(10, 30)} km/h."), s[1], s[2]]
    return f"Traversées : {'perturbations prévues' if bad else 'programme normal'} {_fr(demain)}", paras


_RUES = ("rue Maître-Georges-Lefèvre", "rue du 11-Novembre", "boulevard Constant-Colmay", "rue Amiral-Muselier",
         "route de Savoyard", "quartier de l'Anse-à-Henry", "bourg de Miquelon, secteur de l'église",
         "rue Marcel-Bonin", "chemin de la Pointe-Blanche")


def _coupures(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["coupuresedf"]
    d = when + dt.timedelta(days=rng.randint(1, 4))
    rows = []
    for rue in rng.sample(_RUES, rng.randint(2, 4)):
        a = rng.randint(7, 13)
        rows.append(f"{rue[0].upper()}{rue[1:]} : de {a} h à {a + rng.randint(2, 4)} h {rng.choice(('', '30'))}"
                    .rstrip() + ".")
    k = rng.randint(1, len(rows) - 1)
    paras = [f"EDF Saint-Pierre-et-Miquelon annonce des coupures de courant pour travaux le {_fr(d)}.", *rows[:k],
             s[0], *rows[k:],
             f"Les travaux portent sur {rng.choice(('le remplacement d’un transformateur', 'l’élagage autour des lignes', 'le raccordement de la nouvelle centrale', 'la pose de câbles souterrains'))}, "  # noqa: E501
             f"pour un montant de {thousands(rng.randint(40, 900) * 1000, ' ')} €.", s[1], s[2]]
    return f"Coupures de courant {_fr(d)} : {len(rows)} secteurs concernés", paras


# ---- es: the Costa Rican farm trade site --------------------------------------------------------------
_BENEFICIOS = ("Coopedota (Los Santos)", "CoopeTarrazú (San Marcos)", "Coopellanobonito (León Cortés)",
               "Coope Pilangosta (Hojancha)", "Beneficio La Candelilla (Sabanilla)", "Coopevictoria (Grecia)",
               "Coopeagri (Pérez Zeledón)", "Beneficio Río Jorco (Aserrí)", "Coope Naranjo (Naranjo)")


def _cafe(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["liquidacioncafe"]
    rows = []
    for ben in rng.sample(_BENEFICIOS, rng.randint(4, 6)):
        rows.append(f"{ben}: ₡{thousands(rng.randrange(92000, 168000, 50), '.')} por fanega.")
    k = rng.randint(1, len(rows) - 1)
    paras = [f"El Instituto del Café de Costa Rica (ICAFE) oficializó este {_es(when)} la liquidación final de la "
             f"cosecha 2024-2025 para otras {len(rows)} firmas beneficiadoras.", *rows[:k], s[0], *rows[k:],
             f"El promedio nacional quedó en ₡{thousands(rng.randrange(105000, 140000, 50), '.')}, "
             f"{rng.choice(('un récord histórico', 'por encima de la cosecha anterior', 'levemente por debajo de la cosecha anterior'))}, "  # noqa: E501
             f"según el Ing. {rng.choice(('Gustavo Jiménez', 'Xinia Chaves', 'Arnoldo Mora'))}, del ICAFE.", s[1],
             s[2]]
    return f"Liquidación de café: {rows[0].split(':')[0]} paga {rows[0].split(': ')[1].split(' ')[0]}", paras


_CANTONES = ("Pérez Zeledón", "Dota", "Tarrazú", "León Cortés", "Turrialba", "Upala", "Los Chiles", "San Carlos",
             "Sarapiquí", "Talamanca", "Osa", "Golfito", "Corredores", "Nicoya")


def _alerta(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["alertacne"]
    cantones = rng.sample(_CANTONES, rng.randint(4, 8))
    cut = rng.randint(1, len(cantones) - 2)
    rows = [li(f"Alerta naranja: {', '.join(cantones[:cut])}."), li(f"Alerta amarilla: {', '.join(cantones[cut:])}.")]
    if rng.random() < 0.5:
        rows.append(li("Alerta verde: el resto del país."))
    mm = rng.randint(60, 240)
    paras = [f"La Comisión Nacional de Prevención de Riesgos y Atención de Emergencias (CNE) actualizó las alertas "
             f"por lluvias este {_es(when)}, tras acumulados de hasta {mm} mm en 24 horas.", "Así quedan:", *rows,
             s[0],
             f"Las lluvias han dejado {rng.randint(2, 40)} deslizamientos en caminos vecinales y pérdidas en "
             f"{rng.choice(('cafetales', 'siembras de frijol', 'potreros', 'plantaciones de piña'))} que aún se "
             f"cuantifican, dijo el MAG.", s[1], s[2]]
    return f"CNE eleva alerta naranja en {cut} {'cantón' if cut == 1 else 'cantones'} por lluvias", paras


# ---- es: the Panamanian tabloid ------------------------------------------------------------------------
_LETRAS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _loteria(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["loteria"]
    kind = "dominical" if when.weekday() >= 5 else "miercolito"
    rows = []
    for premio in ("Primer premio", "Segundo premio", "Tercer premio"):
        rows.append(f"{premio}: {rng.randint(0, 9999):04d}.")
    letras = "".join(rng.sample(_LETRAS, 4))
    first = rows[0].split(": ")[1].rstrip(".")
    paras = [f"Estos son los resultados del sorteo {kind} de la Lotería Nacional de Beneficencia (LNB) celebrado el "
             f"{_es(when)} en la plaza de la LNB:", *rows,
             f"Letras del primer premio: {letras}; serie {rng.randint(1, 20)}, folio {rng.randint(1, 12)}.", s[0],
             f"Cada billete entero del primer premio paga B/.{rng.choice(('52,000', '110,000'))} en el sorteo {kind}, "
             f"y el segundo, B/.{rng.choice(('8,000', '12,000'))}.", s[1], s[2]]
    return f"Lotería: salió el {first} en el sorteo {kind} del {ES_DAYS[when.weekday()]}", paras


_SUCESOS = ("San Miguelito: un joven de {e} años herido de bala en Samaria, en la madrugada del sábado.",
            "Colón: la Policía decomisó {n} paquetes de presunta droga en Cativá.",
            "Chorrera: un motociclista de {e} años murió tras chocar contra un bus en la Interamericana.",
            "Arraiján: riña en un bar de Vista Alegre deja {n} heridos.",
            "David, Chiriquí: aprehenden a {n} sujetos por el robo de ganado en Gualaca.",
            "Tocumen: un hombre de {e} años fue ultimado a tiros en la 24 de Diciembre.",
            "Panamá Oeste: la Policía rescató a {n} personas atrapadas por una crecida en Capira.")


def _finde(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["finde"]
    mon = when - dt.timedelta(days=when.weekday())
    rows = [li(x.format(e=rng.randint(17, 58), n=rng.randint(2, 14))) for x in rng.sample(_SUCESOS, rng.randint(3, 5))]
    k = rng.randint(1, len(rows) - 1)
    muertos = rng.randint(2, 9)
    paras = [f"Fin de semana movido: {muertos} muertos y {rng.randint(8, 40)} heridos dejó la violencia y los "
             f"accidentes de tránsito del viernes al {_es(mon)}, según el conteo de Chiva Exprés.",
             *rows[:k], s[0], *rows[k:],
             f"{rng.choice(('El subcomisionado Eric Jaén', 'El comisionado Lcdo. Carlos Ábrego', 'La subcomisionada Sra. Yaritza Domínguez'))} "  # noqa: E501
             f"dijo que se reforzarán los retenes en la vía Interamericana.", s[1], s[2]]
    return f"Finde rojo: {muertos} muertos en {len(rows)} hechos", paras


TEMPLATES: dict[str, tuple[str, Callable[[random.Random, dt.date], Story]]] = {
    "examresults": ("en", _examresults), "blooddrive": ("en", _blooddrive), "fishprices": ("en", _fishprices),
    "tides": ("en", _tides), "blutspendefl": ("de", _blutspende), "strassensperre": ("de", _strassensperre),
    "gottesdienstesb": ("de", _gottesdienste), "bodenfrost": ("de", _bodenfrost), "vanille": ("fr", _vanille),
    "ariary": ("fr", _ariary), "traversee": ("fr", _traversee), "coupuresedf": ("fr", _coupures),
    "liquidacioncafe": ("es", _cafe), "alertacne": ("es", _alerta), "loteria": ("es", _loteria),
    "finde": ("es", _finde),
}


def make(template: str, rng: random.Random, when: dt.date) -> Story:
    return TEMPLATES[template][1](rng, when)
