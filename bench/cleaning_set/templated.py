"""Templated stories: bot-like local desks that publish many stories from one template.

Every story of a template has its own facts (towns, names, figures, dates, times) and shares the
template's STOCK sentences, at the start, in the middle and at the end of the body.  The stock
sentences are true story text (they belong in ``truth``) and are deliberately full of abbreviations,
times and numbers (``9 a.m.``, ``U.S.``, ``No. 5``, ``z. B.``, ``18 h``, ``EE. UU.``, ``6 p. m.``), so a
sentence split in the wrong place yields a recurring half-sentence.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from bench.cleaning_set.lang import DE_MONTHS, ES_DAYS, ES_MONTHS, FR_DAYS, FR_MONTHS, ap_date, weekday

Story = tuple[str, list[str]]  # (title, paragraphs)

STOCK = {
    "heat": (
        "Another stretch of dangerous heat is on the way.",
        "A heat warning is issued when the heat index is expected to reach at least 105 degrees for two or more "
        "hours, according to the U.S. National Weather Service office in St. Louis.",
        "Forecasters said the hottest hours would fall between 2 p.m. and 7 p.m. each day.",
        "Dr. Helen Okafor, the county health officer, said heat exhaustion can set in within hours for older "
        "adults, infants and people who work outdoors.",
        "Residents are urged to drink plenty of water, limit time outdoors between 11 a.m. and 6 p.m., never "
        "leave children or pets in parked cars and check on elderly neighbors.",
    ),
    "obit": (
        "In lieu of flowers, memorials may be made to the Northfield Area Food Shelf, P.O. Box 112, Northfield.",
        "Arrangements are by Hollis & Grant Funeral Home, 41 N. Mill St., Northfield.",
    ),
    "court": (
        "The following cases were heard in Harbor City District Court, 200 W. Main St., during the past week.",
        "Cases are listed as provided by the clerk of courts; a charge is merely an accusation, and defendants "
        "are presumed innocent unless proven guilty.",
        "Court records may be viewed at the clerk's office on the second floor from 8:30 a.m. to 4:30 p.m. "
        "Monday through Friday.",
    ),
    "earnings": (
        "Harbor City-area companies continue to report results for the quarter.",
        "Results are reported under U.S. generally accepted accounting principles unless otherwise noted, and "
        "per-share figures are adjusted for stock splits.",
        "The company will report again in three months; all figures are unaudited and stated in U.S. dollars.",
    ),
    "match": (
        "Anstoß war wie an jedem Spieltag der Kreisliga A um 15 Uhr.",
        "Seit dieser Saison leitet der Kreis Unna/Hamm die Spiele der Kreisliga A mit Gespannen aus drei "
        "Schiedsrichtern, u. a. auch die Derbys.",
        "Alle Ergebnisse und Tabellen der Kreisliga A veröffentlicht der Fußball- und Leichtathletik-Verband "
        "Westfalen jeweils ab 18 Uhr im Internet.",
    ),
    "traffic": (
        "Autofahrer in Hamm müssen sich erneut auf Behinderungen einstellen.",
        "Die Arbeiten beginnen werktags um 7 Uhr und enden gegen 17 Uhr; am Wochenende ruht die Baustelle in "
        "der Regel.",
        "Anlieger können ihre Grundstücke weiterhin erreichen, Fußgänger und Radfahrer werden z. B. über "
        "provisorische Wege an der Baustelle vorbeigeführt.",
    ),
    "foot": (
        "Le coup d'envoi avait été donné à 18 h, comme chaque samedi en National 3.",
        "Dans cette division, les billets sont vendus sur place au prix moyen de 5 €, env. 3 € pour les moins "
        "de 16 ans.",
        "Le classement complet et le calendrier des prochaines journées sont consultables sur le site de la "
        "Ligue Auvergne-Rhône-Alpes de football.",
    ),
    "obseques": (
        "Les pompes funèbres Rolland, 12 av. du Général-Leclerc, nous prient d'annoncer le décès suivant.",
        "Conformément à la réglementation, l'inhumation ou la crémation a lieu au plus tôt 24 h et au plus tard "
        "six jours après le décès, dimanches et jours fériés non compris.",
        "La famille peut être visitée au funérarium de 9 h à 18 h, du lundi au samedi, et les condoléances "
        "peuvent être adressées par l'intermédiaire des pompes funèbres.",
    ),
    "canicule": (
        "Météo-France a une nouvelle fois relevé son niveau d'alerte.",
        "Selon les prévisionnistes, les nuits resteront chaudes, avec des minimales rarement inférieures à 22 °C "
        "sur le littoral, soit env. 4 °C de plus que les normales de saison.",
        "La préfecture rappelle de boire régulièrement de l'eau, de ne pas sortir aux heures les plus chaudes, de "
        "fermer les volets le jour et de prendre des nouvelles des personnes âgées, p. ex. par téléphone.",
    ),
    "resultados": (
        "Nueva jornada de resultados en la bolsa española.",
        "Las cifras no han sido auditadas y las comparaciones se refieren al mismo periodo del ejercicio "
        "anterior, salvo indicación contraria.",
        "La compañía presentará sus próximos resultados dentro de tres meses, según el calendario remitido a la "
        "CNMV, que publica los informes a partir de las 6 p. m. del día de su presentación.",
    ),
    "calor": (
        "El calor vuelve a apretar.",
        "Según la Aemet, el aviso amarillo indica riesgo para actividades habituales al aire libre, y el "
        "naranja, un riesgo importante por temperaturas poco habituales.",
        "Protección Civil recomienda beber agua con frecuencia, evitar la exposición al sol entre las 12 del "
        "mediodía y las 6 p. m. y no dejar a niños ni mascotas dentro de vehículos cerrados.",
    ),
}

_EN_TOWNS = "Cedar Falls|Millbrook|Dunmore|Oak Ridge|Fairhaven|Linden|Westport|Ashby|Granite City|Brookside".split("|")
_EN_FIRST = "Margaret|Harold|Dorothy|Walter|Evelyn|Raymond|Gloria|Eugene|Shirley|Francis|Lorraine|Vernon".split("|")
_EN_LAST = "Lindqvist|Okafor|Brennan|Delacroix|Halvorsen|Whitaker|Moreau|Castellano|Pruitt|Sorensen|Nakamura".split("|")
_DE_TEAMS = ("1. FC Kirchhellen|SV Bockum-Hövel 09|TuS Heessen|SpVg Berge|Westfalia Rhynern II|VfL Mark|"
             "1. FC Pelkum|SuS Sünninghausen|Hammer SpVg II|FC Nordherringen").split("|")
_DE_NAMES = "Jonas Wiesmann|Deniz Aydın|Lukas Hölscher|Marvin Beckmann|Timo Rüther|Kevin Albers|Yannik Otte".split("|")
_DE_STREETS = "Werler Straße|Ostenallee|Soester Straße|Alter Uentroper Weg|Kamener Straße|Dolberger Straße".split("|")
_FR_CLUBS = ("FC Villefranche B|AS Saint-Priest|Lyon-Duchère AS|GOAL FC|FC Limonest|Thonon Évian B|"
             "Le Puy Foot B").split("|")
_FR_NAMES = "Karim Benali|Lucas Perrin|Théo Morel|Yanis Haddad|Hugo Chevalier|Enzo Marchand|Noah Lemaire".split("|")
_FR_TOWNS = "Aubagne|La Ciotat|Cassis|Gémenos|Aix-en-Provence|Salon-de-Provence|Martigues|Vitrolles".split("|")
_FR_LAST = "Dupont|Giraud|Roux|Faure|Blanc|Garcia|Lambert|Bonnet|Mercier|Fabre".split("|")
_ES_FIRMS = ("Grupo Levante Renovables|Inmobiliaria Costa Norte|Laboratorios Albéniz|Transportes Iberia Sur|"
             "Banca Miramar|Conservas del Cantábrico|Energías Tajo|Hoteles Brisa").split("|")
_ES_TOWNS = "Lorca|Écija|Montilla|Talavera|Linares|Puertollano|Villena|Andújar|Almendralejo".split("|")
_ES_CAUSES = ("la demanda exterior", "los precios de la energía", "la subida de tipos")
_ES_LAST = "García|Martínez|López|Sánchez|Romero|Navarro|Iglesias|Castro|Ortega|Molina".split("|")


def _heat(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["heat"]
    county, town, town2 = rng.choice(["Rice", "Dakota", "Goodhue", "Steele"]), *rng.sample(_EN_TOWNS, 2)
    d1, d2 = when + dt.timedelta(days=1), when + dt.timedelta(days=rng.randint(2, 3))
    t1, t2 = rng.choice(["9 a.m.", "10 a.m.", "11 a.m.", "noon"]), rng.choice(["6 p.m.", "8 p.m.", "9 p.m."])
    temp = rng.randint(94, 101)
    return f"Heat warning issued for {county} County through {weekday(d2, 'en')}", [
        f"{s[0]} According to the latest forecast published by the National Weather Service, an excessive heat "
        f"warning is in effect for {county} County from {t1} {weekday(d1, 'en')}, {ap_date(d1)}, until {t2} "
        f"{weekday(d2, 'en')}, with highs near {temp} degrees expected in {town} and {town2}.",
        s[1],
        f"Overnight lows will stay near {rng.randint(72, 79)} degrees in {town}, and the heat index could reach "
        f"{rng.randint(106, 114)} degrees on {weekday(d1, 'en')}. {s[2]}",
        f"Cooling centers will open at the {rng.choice(['public library', 'senior center', 'community center'])} "
        f"on {rng.choice(['Elm', 'Division', 'Water', 'Maple', 'Fourth'])} St. and at Fire Station No. "
        f"{rng.randint(2, 9)} from 10 a.m. to 8 p.m., said {rng.choice(_EN_FIRST)} {rng.choice(_EN_LAST)}, the "
        "county's emergency management director.",
        s[3],
        s[4],
    ]


def _obit(rng: random.Random, when: dt.date) -> Story:
    first, last, town = rng.choice(_EN_FIRST), rng.choice(_EN_LAST), rng.choice(_EN_TOWNS)
    he = "She" if first in {"Margaret", "Dorothy", "Evelyn", "Gloria", "Shirley", "Lorraine"} else "He"
    age, died = rng.randint(64, 98), when - dt.timedelta(days=rng.randint(1, 4))
    born = dt.date(when.year - age, rng.randint(1, 12), rng.randint(1, 28))
    paras = [
        f"{first} {rng.choice('ABCDEJLMRW')}. {last}, {age}, of {town}, died {weekday(died, 'en')}, "
        f"{ap_date(died)}, at {rng.choice(['home', 'Northfield Hospital', 'Three Links Care Center'])}.",
        f"{he} was born {ap_date(born)}, {born.year}, in {rng.choice(_EN_TOWNS)}, and worked for "
        f"{rng.randint(20, 41)} years as {rng.choice(['a teacher', 'a machinist', 'a nurse', 'a mail carrier'])}. "
        f"{he} is survived by {rng.randint(2, 5)} children and {rng.randint(3, 14)} grandchildren.",
        f"Services will be held at {rng.choice(['10 a.m.', '11 a.m.', '2 p.m.'])} "
        f"{weekday(when + dt.timedelta(days=rng.randint(2, 5)), 'en')} at "
        f"{rng.choice(['St. Dominic Catholic Church', 'First Lutheran Church', 'Bethel Church'])}, with burial "
        f"at {rng.choice(['Oaklawn Cemetery', 'Calvary Cemetery'])}.",
    ]
    if rng.random() < 0.6:
        paras.insert(2, STOCK["obit"][0])
    paras[-1] += " " + STOCK["obit"][1]
    return f"Obituary: {first} {last}, {age}, of {town}", paras


def _court(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["court"]
    entries = []
    for _ in range(rng.randint(3, 5)):
        offense, fine = rng.choice([("driving while impaired", 900), ("fourth-degree assault", 500),
                                    ("theft under $500", 300), ("driving after suspension", 200)])
        entries.append(
            f"{rng.choice(_EN_FIRST)} {rng.choice('ABDJKLMT')}. {rng.choice(_EN_LAST)}, {rng.randint(19, 67)}, of "
            f"{rng.choice(_EN_TOWNS)}, pleaded guilty to {offense}. Judge "
            f"{rng.choice(['J. R. Whitcomb', 'Ana M. Ortiz'])} imposed a ${fine + rng.randint(0, 4) * 50} fine "
            f"and {rng.randint(1, 3)} years of probation.")
    return f"District court report for the week of {ap_date(when - dt.timedelta(days=7))}", [
        s[0], *entries[:2], s[1], *entries[2:], s[2]]


def _earnings(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["earnings"]
    company = rng.choice(["Lakeside Bancorp", "Harbor Marine Holdings", "Tidewater Logistics", "Quayside Foods",
                          "Beacon Point Software", "Anchor Mutual Group", "Pier 9 Brewing Co."])
    up = rng.random() < 0.6
    x, pct = rng.randint(12, 240), round(rng.uniform(0.5, 9.5), 1)
    y = round(x / (1 + pct / 100) if up else x * (1 + pct / 100), 1)
    rev = rng.randint(80, 900)
    return f"{company} reports {'higher' if up else 'lower'} fiscal {rng.choice(['third', 'fourth'])}-quarter profit", [
        f"{s[0]} According to figures published by {company} on {weekday(when, 'en')}, net income for the quarter "
        f"ended July 31 {'rose' if up else 'fell'} to ${x}.{rng.randint(0, 9)} million, or {rng.randint(18, 95)} "
        f"cents a share, from ${y} million a year earlier.",
        f"Revenue {'rose' if up else 'fell'} {pct} percent to ${rev} million. Analysts surveyed by FactSet had "
        f"expected revenue of ${rev + rng.randint(-20, 20)} million.",
        s[1],
        f"The company, the No. {rng.randint(2, 12)} private employer in the county, said its shares closed "
        f"{'up' if up else 'down'} {round(rng.uniform(0.2, 6), 1)} percent on {weekday(when, 'en')}, and are "
        f"{'up' if rng.random() < 0.5 else 'down'} {rng.randint(2, 30)} percent since Jan. 1.",
        s[2],
    ]


def _match(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["match"]
    t1, t2, t3, t4 = rng.sample(_DE_TEAMS, 4)
    g1, g2 = rng.randint(1, 5), rng.randint(0, 3)
    g1 = max(g1, g2 + 1)
    p1, p2 = rng.sample(_DE_NAMES, 2)
    nxt = when + dt.timedelta(days=7)
    quote = rng.choice(["Wir haben uns das über 90 Minuten verdient.", "Die erste Halbzeit war nicht gut, danach "
                        "haben wir es besser gemacht.", "Das war ein Sieg der Moral, mehr nicht."])
    return f"{t1} schlägt {t2} mit {g1}:{g2}", [
        f"{s[0]} Vor {rng.randint(80, 420)} Zuschauern setzte sich der {t1} am {rng.randint(2, 9)}. Spieltag mit "
        f"{g1}:{g2} gegen den {t2} durch.",
        f"{p1} brachte die Gastgeber in der {rng.randint(3, 40)}. Minute in Führung, {p2} erhöhte kurz nach der "
        f"Pause. {s[1]}",
        f"„{quote}“, sagte {rng.choice(['Trainer', 'Coach', 'Spielertrainer'])} {rng.choice(_DE_NAMES)} nach dem "
        "Abpfiff.",
        f"Am kommenden Sonntag, {nxt.day}. {DE_MONTHS[nxt.month - 1]}, empfängt der {t1} den {t3}, der {t2} muss "
        f"zum {t4}.",
        s[2],
    ]


def _traffic(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["traffic"]
    street, u1, u2 = rng.sample(_DE_STREETS, 3)
    start, end = when + dt.timedelta(days=rng.randint(2, 6)), when + dt.timedelta(days=rng.randint(10, 40))
    grund = rng.choice(["Kanalarbeiten", "die Erneuerung der Fahrbahndecke", "Arbeiten an Gas- und Wasserleitungen",
                        "der Austausch einer Brücke"])
    return f"{street}: Vollsperrung ab {weekday(start, 'de')}", [
        f"{s[0]} Ab {weekday(start, 'de')}, {start.day}. {DE_MONTHS[start.month - 1]}, ist die {street} "
        f"zwischen Hausnummer {rng.randint(1, 40)} und {rng.randint(50, 160)} voll gesperrt, voraussichtlich bis "
        f"zum {end.day}. {DE_MONTHS[end.month - 1]}.",
        f"Grund sind {grund}, teilte die Stadt am {weekday(when, 'de')} mit. Stadtbaurat Dr. "
        f"{rng.choice(['Müller', 'Wenzel', 'Kötter', 'Schulze-Borg'])} bat um Verständnis.",
        s[1],
        f"Eine Umleitung über die {u1} und die {u2} ist ausgeschildert; die Buslinien {rng.randint(1, 9)} und "
        f"{rng.randint(10, 39)} fahren in dieser Zeit eine geänderte Route.",
        s[2],
    ]


def _foot(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["foot"]
    c1, c2 = rng.sample(_FR_CLUBS, 2)
    g1, g2 = rng.randint(1, 4), rng.randint(0, 2)
    g1 = max(g1, g2 + 1)
    p1, p2 = rng.sample(_FR_NAMES, 2)
    civ, name = rng.choice([("M.", "Perret"), ("Mme", "Vidal"), ("M.", "Berthier"), ("Mme", "Rochette")])
    return f"{c1} s'impose face à {c2} ({g1}-{g2})", [
        f"{s[0]} Devant {rng.randint(150, 1900)} spectateurs, {c1} a battu {c2} sur le score de {g1} à {g2}, lors "
        f"de la {rng.randint(2, 8)}e journée.",
        f"L'ouverture du score est signée {p1} à la {rng.randint(5, 44)}e minute, avant que {p2} ne double la mise "
        "peu après l'heure de jeu.",
        s[1],
        f"« {rng.choice(['On a su souffrir ensemble', 'Le groupe a répondu présent', 'Il faudra confirmer'])} », a "
        f"réagi {civ} {name}, {'présidente' if civ == 'Mme' else 'président'} du club, après la rencontre.",
        s[2],
    ]


def _obseques(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["obseques"]
    fem = rng.random() < 0.5
    civ, e, born = ("Mme", "e", "Née") if fem else ("M.", "", "Né")
    first = rng.choice(["Jeanne", "Simone", "Odette", "Marcelle"] if fem else ["Marcel", "André", "Roger", "Louis"])
    last, town, town2 = rng.choice(_FR_LAST), *rng.sample(_FR_TOWNS, 2)
    died, cer = when - dt.timedelta(days=rng.randint(1, 3)), when + dt.timedelta(days=rng.randint(2, 4))
    return f"Carnet : décès de {civ} {first} {last}", [
        f"{s[0]} {civ} {first} {last} s'est éteint{e} le {died.day} {FR_MONTHS[died.month - 1]} à {town}, à l'âge "
        f"de {rng.randint(61, 99)} ans.",
        f"{born} à {town2}, {'elle' if fem else 'il'} avait été "
        f"{rng.choice(['commerçant', 'enseignant', 'agriculteur', 'infirmier'])}{e} pendant plus de "
        f"{rng.randint(20, 40)} ans.",
        s[1],
        f"Les obsèques seront célébrées le {FR_DAYS[cer.weekday()]} {cer.day} {FR_MONTHS[cer.month - 1]} à "
        f"{rng.randint(9, 16)} h en l'église Saint-{rng.choice(['Michel', 'Jean', 'Sauveur'])} de {town}.",
        s[2],
    ]


def _canicule(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["canicule"]
    dept = rng.choice(["du Var", "des Bouches-du-Rhône", "de Vaucluse", "des Alpes-de-Haute-Provence"])
    town, d2 = rng.choice(_FR_TOWNS), when + dt.timedelta(days=rng.randint(2, 4))
    mayor, dep = rng.sample(_FR_LAST, 2)
    return f"Canicule : le département {dept} en vigilance orange jusqu'à {FR_DAYS[d2.weekday()]}", [
        f"{s[0]} Le département {dept} est placé en vigilance orange canicule du {FR_DAYS[when.weekday()]} "
        f"{when.day} {FR_MONTHS[when.month - 1]} à 6 h jusqu'au {FR_DAYS[d2.weekday()]} à 18 h, avec des "
        f"maximales de {rng.randint(36, 41)} °C attendues à {town}.",
        f"M. {mayor}, maire de {town}, a annoncé l'ouverture d'une salle rafraîchie de {rng.randint(9, 11)} h à "
        f"{rng.randint(18, 20)} h. Mme {dep}, adjointe aux affaires sociales, appellera les personnes inscrites "
        "sur le registre des personnes vulnérables.",
        s[1],
        "En raison du pic de pollution à l'ozone, la vitesse est abaissée de 20 km/h sur "
        f"l'A{rng.choice([7, 8, 50, 51])} jusqu'à {FR_DAYS[d2.weekday()]}.",
        s[2],
    ]


def _resultados(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["resultados"]
    firm, up = rng.choice(_ES_FIRMS), rng.random() < 0.6
    x, pct = rng.randint(8, 420), round(rng.uniform(0.5, 18), 1)
    return f"{firm} {'gana' if up else 'reduce su beneficio a'} {x} millones en el primer semestre", [
        f"{s[0]} Según las cifras publicadas este {ES_DAYS[when.weekday()]} por la Comisión Nacional del Mercado "
        f"de Valores (CNMV), {firm} obtuvo un beneficio neto de {x} millones de euros entre enero y junio, un "
        f"{str(pct).replace('.', ',')} % {'más' if up else 'menos'} que un año antes.",
        f"La facturación alcanzó los {rng.randint(100, 3000)} millones, y el Sr. {rng.choice(_ES_LAST)}, consejero "
        f"delegado, atribuyó la evolución a {rng.choice(_ES_CAUSES)}. "
        f"El grupo obtiene el {rng.randint(10, 60)} % de sus ingresos fuera de España, sobre todo en EE. UU. y México.",
        s[1],
        f"Las acciones cerraron la sesión del {ES_DAYS[when.weekday()]} con {'una subida' if up else 'una caída'} "
        f"del {str(round(rng.uniform(0.2, 5), 2)).replace('.', ',')} %, a {rng.randint(2, 60)},"
        f"{rng.randint(10, 99)} euros por acción.",
        s[2],
    ]


def _calor(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["calor"]
    zona = rng.choice(["la campiña cordobesa", "la Vega del Segura", "la Mancha", "el valle del Guadalquivir",
                       "la Sierra Sur de Jaén", "Tierra de Barros"])
    color, t = rng.choice(["amarillo", "naranja"]), rng.randint(38, 44)
    town, town2 = rng.sample(_ES_TOWNS, 2)
    d2 = when + dt.timedelta(days=rng.randint(1, 3))
    return f"Aviso {color} por calor en {zona}: hasta {t} grados", [
        f"{s[0]} La Agencia Estatal de Meteorología (Aemet) ha activado el aviso {color} por temperaturas de hasta "
        f"{t} grados en {zona} desde las 12 h del {ES_DAYS[when.weekday()]} hasta las 20 h del "
        f"{ES_DAYS[d2.weekday()]} {d2.day} de {ES_MONTHS[d2.month - 1]}.",
        f"El Sr. {rng.choice(_ES_LAST)}, alcalde de {town}, ha anunciado que la piscina municipal núm. "
        f"{rng.randint(1, 4)} abrirá hasta las 22 h. La Dra. {rng.choice(_ES_LAST)}, del centro de salud, recordó "
        "que los mayores de 65 años y los niños pequeños son los más vulnerables.",
        s[1],
        f"Las mínimas no bajarán de {rng.randint(22, 27)} grados en {town2}, lo que convertirá la noche del "
        f"{ES_DAYS[when.weekday()]} en una noche tropical.",
        s[2],
    ]


TEMPLATES: dict[str, tuple[str, Callable[[random.Random, dt.date], Story]]] = {
    "heat": ("en", _heat), "obit": ("en", _obit), "court": ("en", _court), "earnings": ("en", _earnings),
    "match": ("de", _match), "traffic": ("de", _traffic), "foot": ("fr", _foot), "obseques": ("fr", _obseques),
    "canicule": ("fr", _canicule), "resultados": ("es", _resultados), "calor": ("es", _calor),
}


def make(template: str, rng: random.Random, when: dt.date) -> Story:
    return TEMPLATES[template][1](rng, when)
