"""Templated stories of the 'holdout' half: council agenda notices, airport delay reports and pollen /
air-quality outlooks (en), fire-brigade call-outs (de), lottery draws and air-quality reports (es) and tide
tables (fr).

As in ``templated``, every story has its own facts and shares its template's STOCK sentences (true story
text) at the start, in the middle and at the end, full of abbreviations, times, dates and decimals
(``7:30 p.m. Tuesday``, ``No. 2231``, ``Dr.``, ``Nr. 3``, ``ca.``, ``z. B.``, ``núm.``, ``Avda.``, ``Sra.``,
``EE. UU.``, ``8 p. m.``, ``M.``, ``Mme``, ``env.``, ``p. ex.``, ``6 h 42``).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from bench.cleaning_set.lang import DE_DAYS, DE_MONTHS, ES_DAYS, ES_MONTHS, FR_DAYS, FR_MONTHS, ap_date, weekday

Story = tuple[str, list[str]]

STOCK = {
    "agenda": (
        "Here is a look at public meetings scheduled in the Riverton area this week.",
        "Agendas are posted at least 24 hours in advance under the Oregon Public Meetings Law, ORS 192.640, and "
        "items may be added or dropped before a meeting begins.",
        "All meetings are open to the public; anyone who needs a sign language interpreter or another "
        "accommodation should call the city recorder at 541-555-0119 at least 48 hours before the meeting.",
    ),
    "flights": (
        "Here is the latest on delays and cancellations at Tri-County Regional Airport.",
        "Delay figures come from airline reports to the U.S. Department of Transportation, which counts a flight "
        "as late when it departs or arrives 15 minutes or more after its scheduled time.",
        "Passengers should confirm their flight status with their airline before leaving for the airport; under "
        "federal rules, travelers are owed a refund if a flight is canceled or significantly delayed and they "
        "choose not to travel.",
    ),
    "pollen": (
        "Here is today's pollen and air quality report for the Tri-County area.",
        "The Air Quality Index runs from 0 to 500; readings of 101 to 150 are unhealthy for sensitive groups, "
        "including people with asthma, children and adults 65 and older.",
        "Pollen counts are grains per cubic meter of air collected over the 24 hours ending at 7 a.m. and are "
        "reported by the Valley Allergy & Asthma Clinic in St. Helens.",
    ),
    "feuerwehr": (
        "Die Feuerwehr Heilbronn blickt auf arbeitsreiche Tage zurück.",
        "Bei Rauch oder Feuer gilt: Türen schließen, den Raum verlassen und sofort den Notruf 112 wählen, z. B. "
        "auch dann, wenn nur ein Rauchmelder in der Nachbarwohnung piept.",
        "Die Angaben stammen aus den Einsatzberichten der Feuerwehr und der Integrierten Leitstelle Heilbronn; "
        "Sachschäden sind geschätzt und können sich noch ändern.",
    ),
    "sorteos": (
        "Ya se conoce la combinación ganadora del último sorteo de Loterías y Apuestas del Estado.",
        "Desde el 1 de enero de 2020, los premios de más de 40.000 euros tributan al 20 % en la parte que supera "
        "esa cantidad, y la retención la practica directamente la entidad pagadora.",
        "Estos resultados no tienen validez oficial; la única lista válida es la que publica la Sociedad Estatal "
        "Loterías y Apuestas del Estado (SELAE), y el plazo para cobrar los premios es de tres meses desde el día "
        "siguiente al sorteo.",
    ),
    "aire": (
        "La red municipal de vigilancia ha publicado su informe diario sobre la calidad del aire y el polen.",
        "A diferencia del índice de EE. UU., que llega hasta 500, el índice español tiene seis categorías, de "
        "«buena» a «extremadamente desfavorable», y tiene en cuenta las partículas PM10 y PM2,5, el ozono, el "
        "dióxido de nitrógeno y el dióxido de azufre.",
        "Las personas con asma o alergias deben consultar a su médico si notan un empeoramiento; los datos son "
        "provisionales y pueden cambiar tras su validación, que se publica a partir de las 8 p. m.",
    ),
    "marees": (
        "Voici les horaires des marées à Brest et sur le littoral du Finistère.",
        "Les heures sont données en heure légale française et les hauteurs en mètres au-dessus du zéro des "
        "cartes ; un vent fort ou une basse pression peuvent p. ex. faire monter l'eau de plusieurs dizaines de "
        "centimètres.",
        "Ces prédictions sont issues des données du SHOM et fournies à titre indicatif : pour la navigation, "
        "seuls les annuaires officiels font foi, et M. le préfet maritime rappelle de ne jamais partir à pied "
        "vers un rocher sans connaître l'heure de la marée montante.",
    ),
}
DATELINED = ("feuerwehr",)  # the publisher's dateline opens these, as in its other stories

_FIRST = "Nora|Gabriel|Ines|Tobias|Marisol|Curtis|Hattie|Darnell|Priscilla|Wendell|Rosa|Emmett".split("|")
_LAST = "Abernathy|Quintero|Haugen|Mbeki|Fairbanks|Oyelaran|Pettibone|Szabo|Yoder|Kowal|Ashcroft".split("|")
_ACTIONS = (("water rates", "raise residential water rates by 4.5% starting Jan. 1"),
            ("downtown parking", "limit downtown parking to two hours between 8 a.m. and 6 p.m."),
            ("a parks bond", "ask voters to approve a $12.5 million parks bond in the May 2026 election"),
            ("food carts", "allow food carts on city-owned lots along N. Front St."),
            ("sidewalk repairs", "award a $1.8 million sidewalk repair contract to Dunmore Paving Co."),
            ("short-term rentals", "cap short-term rentals at 120 permits citywide"))
_BODIES = (("Linn-Marion County Board of Commissioners", "9:30 a.m.", "the courthouse annex, 104 S. Fourth St.",
            "Commissioners will take public comment on a proposed 2.3% increase in solid waste fees."),
           ("Riverton Planning Commission", "6:30 p.m.", "City Hall",
            "The commission will review plans for a 64-unit apartment building at 1410 N.W. Grant Ave."),
           ("Port of Riverton Commission", "4 p.m.", "the port office, 12 Marine Dr.",
            "Commissioners will discuss a $2.1 million dredging contract for the boat basin."),
           ("Riverton Library Board", "5:15 p.m.", "the library's Oak Room",
            "Trustees will vote on extending Sunday hours to 5 p.m. through the end of the year."))
_AIRLINES = ("Pacific Crest Airlines", "Summit Air", "Bayline Express", "Cascadia Connection")
_DESTS = ("Boise", "Denver", "Phoenix", "Salt Lake City", "Las Vegas", "San Francisco", "Chicago O'Hare")
_CAUSES = ("thunderstorms around Denver", "a ground stop at San Francisco International Airport",
           "low clouds and fog", "a staffing shortage at a regional air traffic control center",
           "a computer outage at one airline")
_ADVICE = ("keep windows closed in the early morning", "shower and change clothes after yard work",
           "start antihistamines before symptoms peak")
_DE_ABT = "Böckingen|Sontheim|Neckargartach|Frankenbach|Biberach|Horkheim|Kirchhausen|Klingenberg".split("|")
_DE_STR = ("Frankenbacher Straße|Ludwigsburger Straße|Sontheimer Landwehr|Kirchhausener Straße|Wilhelmstraße|"
           "Großgartacher Straße|Neckarsulmer Straße").split("|")
_DE_EVENTS = (("Kellerbrand", "einem Kellerbrand in einem Mehrfamilienhaus"),
              ("Küchenbrand", "einem Küchenbrand in einer Erdgeschosswohnung"),
              ("Brandmeldealarm", "einem Brandmeldealarm in einer Seniorenresidenz"),
              ("Pkw-Brand", "einem brennenden Auto auf einem Supermarktparkplatz"),
              ("Heckenbrand", "einer brennenden Thujahecke in einem Kleingarten"))
_DE_CHIEFS = ("Abteilungskommandant Jörg Hafner", "Abteilungskommandantin Sabine Köhler", "Einsatzleiter Uwe Rapp",
              "Einsatzleiterin Melanie Seitz", "Abteilungskommandant Dominik Wacker", "Zugführerin Ramona Ehrhardt")
_ES_TOWNS = "Zaragoza|Huesca|Teruel|Calatayud|Ejea de los Caballeros|Barbastro|Monzón|Alcañiz|Utebo|Jaca".split("|")
_ES_STREETS = ("Madrid", "Cataluña", "Navarra", "César Augusto", "Goya", "Valencia")
_ES_LAST = "Lasheras|Gimeno|Bernués|Lacasta|Sancho|Aznar|Pueyo|Lafuente|Casanova".split("|")
_ES_STATIONS = ("Renovales", "Roger de Flor", "Actur", "Las Fuentes", "El Picarral", "Centro")
_ES_LEVELS = ("buena", "razonablemente buena", "regular", "desfavorable")
_FR_PORTS = ("Le Conquet", "Camaret-sur-Mer", "Douarnenez", "Roscoff", "Concarneau", "Audierne", "Morgat")
_FR_LAST = "Le Goff|Kerjean|Le Bihan|Morvan|Guéguen|Tanguy|Le Roux|Quéméner|Abgrall".split("|")


def _agenda(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["agenda"]
    week = [d for d in (when + dt.timedelta(days=k) for k in range(1, 8)) if d.weekday() < 5]
    d1, d2, d3 = sorted(rng.sample(week, 3))
    short, action = rng.choice(_ACTIONS)
    body, hour, place, item = rng.choice(_BODIES)
    report = rng.choice(["a plan to close Lincoln Elementary", "fall enrollment figures",
                         "results of the state's spring math tests",
                         "a proposal to start classes at 8:45 a.m. next fall"])
    paras = [
        f"{s[0]} The Riverton City Council will meet at 7:30 p.m. {weekday(d1, 'en')}, {ap_date(d1)}, in the "
        f"council chambers at City Hall, 300 E. Second St., where councilors are scheduled to vote on Resolution "
        f"No. 2025-{rng.randint(30, 79)}, which would {action}.",
        f"The Riverton-Dunmore School District No. 7 board meets at 6 p.m. {weekday(d2, 'en')} at the district "
        f"office, 815 N. Alder Ave. Superintendent Dr. {rng.choice(_FIRST)} {rng.choice(_LAST)} will present "
        f"{report}.",
        s[1],
        f"The {body} meets at {hour} {weekday(d3, 'en')} at {place}. {item}",
    ]
    if rng.random() < 0.5:
        paras[-1] += f" {s[2]}"
    else:
        paras.append(s[2])
    return f"Riverton council to vote on {short} at {weekday(d1, 'en')} meeting", paras


def _flights(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["flights"]
    delayed, canceled, cause = rng.randint(9, 64), rng.randint(0, 11), rng.choice(_CAUSES)
    h, m = rng.randint(1, 4), rng.randint(1, 59)
    t = f"{rng.randint(3, 8)}:{rng.choice(['05', '15', '30', '45', '50'])} p.m."
    day = weekday(when, "en")
    return f"{delayed} flights delayed, {canceled} canceled at Tri-County Regional on {day}", [
        f"{s[0]} As of {t} {day}, {delayed} departures had been delayed and {canceled} canceled, according to the "
        f"airport's flight board, with most of the trouble blamed on {cause}.",
        f"The longest wait was on {rng.choice(_AIRLINES)} Flight No. {rng.randint(100, 2999)} to "
        f"{rng.choice(_DESTS)}, which pushed back from Gate {rng.choice('ABC')}{rng.randint(1, 14)} {h} "
        f"hour{'s' if h > 1 else ''} and {m} minutes late. The average departure delay was "
        f"{round(rng.uniform(18, 75), 1)} minutes, compared with {round(rng.uniform(6, 17), 1)} minutes on the "
        "same day a week earlier.",
        s[1],
        f"Airport spokesperson {rng.choice(_FIRST)} {rng.choice(_LAST)} said the TSA had opened a third lane at "
        f"the main checkpoint, where waits peaked at {rng.randint(18, 52)} minutes around "
        f"{rng.choice(['6:15 a.m.', '7 a.m.', '11:40 a.m.', '4:30 p.m.'])} {day}.",
        s[2],
    ]


def _aqi_word(n: int) -> str:
    return "good" if n <= 50 else "moderate" if n <= 100 else "unhealthy for sensitive groups"


def _pollen(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["pollen"]
    weed = rng.randint(12, 180)
    level = "low" if weed < 20 else "moderate" if weed < 50 else "high"
    aqi, aqi2 = rng.randint(22, 95), rng.randint(40, 140)
    town = rng.choice(["Dunmore", "Millbrook", "Ashby", "Linden"])
    paras = [
        f"{s[0]} Weed pollen, mostly ragweed and goosefoot, is {level} at {weed} grains per cubic meter on "
        f"{weekday(when, 'en')}, {ap_date(when)}, while grass pollen is at {rng.randint(3, 40)} and tree pollen "
        f"is low at {rng.randint(0, 9)}.",
        f"The Air Quality Index is forecast at {aqi} ({_aqi_word(aqi)}) in Riverton and {aqi2} "
        f"({_aqi_word(aqi2)}) in {town}. Fine-particle pollution peaked at {round(rng.uniform(8, 48), 1)} "
        f"micrograms per cubic meter at {rng.choice(['2 p.m.', '3 p.m.', '9 p.m.', '10:30 p.m.'])} at the "
        "monitor on N. Fifth St.",
        s[1],
        f"Dr. {rng.choice(_FIRST)} {rng.choice(_LAST)}, an allergist at the clinic, said people with hay fever "
        f"should {rng.choice(_ADVICE)}.",
    ]
    if rng.random() < 0.4:
        paras[-1] += f" {s[2]}"
    else:
        paras.append(s[2])
    return f"Pollen and air quality for {weekday(when, 'en')}: weed pollen {level}, AQI {aqi}", paras


def _feuerwehr(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["feuerwehr"]
    (short, event), abt, abt2 = rng.choice(_DE_EVENTS), *rng.sample(_DE_ABT, 2)
    street, street2 = rng.sample(_DE_STR, 2)
    d1, d2 = when - dt.timedelta(days=rng.randint(1, 2)), when - dt.timedelta(days=rng.randint(0, 1))
    outcome = rng.choice([
        f"Verletzt wurde niemand; den Sachschaden schätzt die Polizei auf ca. {rng.randint(3, 90)}.000 Euro.",
        "Ein Bewohner kam mit Verdacht auf eine Rauchgasvergiftung ins Klinikum am Gesundbrunnen.",
        "Die Ursache war nach ersten Erkenntnissen ein technischer Defekt, u. a. wird ein Akku geprüft."])
    quote = rng.choice(["Der Rauchmelder hat hier Schlimmeres verhindert", "Das war Teamarbeit mit der "
                        "Berufsfeuerwehr, anders geht das nicht", "Solche Ölspuren sind für Zweiräder "
                        "lebensgefährlich"])
    h2 = rng.randint(6, 20)
    return f"Feuerwehr im Einsatz: {short} in {abt}", [
        f"{s[0]} Am {DE_DAYS[d1.weekday()]}, {d1.day}. {DE_MONTHS[d1.month - 1]}, um {rng.randint(6, 22)}."
        f"{rng.randint(0, 59):02d} Uhr wurde die Abteilung {abt} zu {event} in der {street} alarmiert.",
        f"Die Wehr war mit {rng.randint(3, 7)} Fahrzeugen und {rng.randint(14, 46)} Einsatzkräften vor Ort, "
        f"darunter der Löschzug Nr. {rng.randint(1, 4)} der Berufsfeuerwehr. {outcome}",
        s[1],
        f"Gegen {h2}.{rng.randint(0, 59):02d} Uhr am {DE_DAYS[d2.weekday()]} musste die Abteilung {abt2} eine rund "
        f"{rng.randint(2, 9)}00 Meter lange Ölspur auf der {street2} abstreuen; die Straße war bis ca. "
        f"{h2 + rng.randint(1, 3)}.{rng.choice(['00', '15', '30', '45'])} Uhr halbseitig gesperrt.",
        f"„{quote}“, sagte {rng.choice(_DE_CHIEFS)}.",
        s[2],
    ]


def _es_num(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}".replace(".", ",")


def _sorteos(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["sorteos"]
    wd = when.weekday()
    game = ("La Primitiva", "Euromillones", "Bonoloto", "La Primitiva", "Euromillones", "La Primitiva",
            "El Gordo de la Primitiva")[wd]
    if game == "Euromillones":
        nums, extra = sorted(rng.sample(range(1, 51), 5)), sorted(rng.sample(range(1, 13), 2))
        tail = f"; las estrellas son el {extra[0]} y el {extra[1]}"
    elif game.startswith("El Gordo"):
        nums, tail = sorted(rng.sample(range(1, 55), 5)), f"; el número clave es el {rng.randint(0, 9)}"
    else:
        nums = sorted(rng.sample(range(1, 50), 6))
        tail = f"; el complementario es el {rng.randint(1, 49)} y el reintegro, el {rng.randint(0, 9)}"
    day = f"{ES_DAYS[wd]} {when.day} de {ES_MONTHS[when.month - 1]}"
    listed = ", ".join(map(str, nums[:-1])) + f" y {nums[-1]}"
    winner = rng.random() < 0.45
    last = rng.choice(_ES_LAST)
    paras = [f"{s[0]} La combinación ganadora del sorteo de {game} celebrado este {day} ha sido {listed}{tail}."]
    if winner:
        paras.append(f"Un único acertante de primera categoría ha sellado su boleto en la administración núm. "
                     f"{rng.randint(1, 60)} de {rng.choice(_ES_TOWNS)}, en la Avda. de {rng.choice(_ES_STREETS)}, "
                     f"y se lleva {_es_num(rng.uniform(1, 40))} millones de euros.")
    else:
        paras.append(f"No ha habido acertantes de primera categoría, por lo que el bote para el próximo sorteo "
                     f"asciende a {_es_num(rng.uniform(2, 90))} millones de euros.")
    paras.append(s[1])
    if winner:
        quote = rng.choice(["Es la segunda vez que damos un premio así", "Todavía no sabemos quién es, pero "
                            "seguro que es del barrio", "Llevamos toda la mañana recibiendo llamadas"])
        paras.append(f"«{quote}», ha contado la Sra. {last}, titular de la administración, que abre de 9.30 a "
                     "14 h y de 17 a 20.30 h.")
    else:
        paras.append(f"En la segunda categoría hay {rng.randint(2, 14)} acertantes, que cobrarán "
                     f"{rng.randint(8, 95)}.{rng.randint(100, 999)},{rng.randint(10, 99)} euros cada uno, según "
                     "el escrutinio provisional difundido a las 22.15 h.")
    paras.append(s[2])
    return f"Resultados de {game} del {day} de {when.year}", paras


def _aire(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["aire"]
    st, st2 = rng.sample(_ES_STATIONS, 2)
    level = rng.choice(_ES_LEVELS)
    pollen, plevel = rng.choice(["quenopodiáceas", "gramíneas", "urticáceas", "artemisa"]), rng.choice(
        ["bajos", "moderados", "altos"])
    extra = rng.choice([
        f"El cierzo, con rachas de hasta {rng.randint(40, 85)} km/h, ayudará a limpiar la atmósfera a partir del "
        f"{ES_DAYS[(when.weekday() + 1) % 7]}.",
        f"La falta de viento favorece la acumulación de contaminantes, advirtió el Sr. {rng.choice(_ES_LAST)}, "
        "técnico municipal de Medio Ambiente."])
    return f"Calidad del aire en Zaragoza: índice «{level}» y polen de {pollen} en niveles {plevel}", [
        f"{s[0]} La estación de {st} registró este {ES_DAYS[when.weekday()]} a las {rng.randint(7, 20)}."
        f"{rng.choice(['00', '15', '30', '45'])} h una concentración media de {_es_num(rng.uniform(9, 58), 1)} "
        "microgramos de partículas PM10 por metro cúbico, y el índice de calidad del aire se sitúa en "
        f"«{level}» en la mayor parte de la ciudad.",
        f"Según la Dra. {rng.choice(_ES_LAST)}, alergóloga del Hospital Universitario Miguel Servet, el polen de "
        f"{pollen} está en niveles {plevel}, con {rng.randint(4, 160)} granos por metro cúbico. {extra}",
        s[1],
        f"El ozono alcanzó un máximo de {rng.randint(70, 175)} microgramos por metro cúbico a las "
        f"{rng.randint(13, 18)}.{rng.choice(['00', '30'])} h en {st2}, por debajo del umbral de información a la "
        "población, fijado en 180.",
        s[2],
    ]


def _fr_time(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    return f"{h} h {m:02d}" if m else f"{h} h"


def _marees(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["marees"]
    base = (when.toordinal() * 50 + rng.randint(-10, 10)) % 690
    hw1, hw2, lw = base, base + 745, base + 372
    c1 = rng.randint(35, 112)
    c2 = max(20, min(120, c1 + rng.randint(-4, 4)))
    day = f"{FR_DAYS[when.weekday()]} {when.day} {FR_MONTHS[when.month - 1]}"
    port, port2 = rng.sample(_FR_PORTS, 2)
    if c1 >= 95:
        note = (f"Avec un coefficient de {c1}, il s'agit d'une grande marée : M. {rng.choice(_FR_LAST)}, président "
                f"de la station SNSM de {port2}, demande aux pêcheurs à pied de regagner la côte au plus tard deux "
                "heures après la basse mer.")
    else:
        note = (f"Mme {rng.choice(_FR_LAST)}, de la capitainerie de {port2}, signale que la cale de mise à l'eau "
                f"sera accessible de {_fr_time(lw - 120)} à {_fr_time(lw + 150)}.")
    return f"Marées à Brest : les horaires du {day}, coefficient {c1}", [
        f"{s[0]} Ce {day}, la pleine mer est prévue à Brest à {_fr_time(hw1)} (hauteur "
        f"{_es_num(rng.uniform(5.4, 7.9))} m) et à {_fr_time(hw2)} ({_es_num(rng.uniform(5.4, 7.9))} m), la basse "
        f"mer à {_fr_time(lw)} ({_es_num(rng.uniform(0.4, 3.1))} m).",
        f"Le coefficient sera de {c1} le matin et de {c2} l'après-midi. À {port}, la pleine mer intervient env. "
        f"{rng.randint(5, 40)} minutes {rng.choice(['plus tôt', 'plus tard'])} qu'à Brest.",
        s[1],
        note,
        s[2],
    ]


TEMPLATES: dict[str, tuple[str, Callable[[random.Random, dt.date], Story]]] = {
    "agenda": ("en", _agenda), "flights": ("en", _flights), "pollen": ("en", _pollen),
    "feuerwehr": ("de", _feuerwehr), "sorteos": ("es", _sorteos), "aire": ("es", _aire), "marees": ("fr", _marees),
}


def make(template: str, rng: random.Random, when: dt.date) -> Story:
    return TEMPLATES[template][1](rng, when)
