"""Templated stories of the 'holdout13' half: the state road report and the fire danger and burn restrictions
(en, a Bozeman, Montana TV station), the flood report and the air-quality readings (en, a Guwahati regional site
in Assam), the fuel-price board and the announced speed checks (de, a Swiss motoring magazine), the hunting
seasons and the week's game collisions (de, a Carinthian hunting association's magazine), the emergency rooms'
waiting times and the road closures (fr, a Franco-Manitoban community radio), the glacier ski report and the
Alpine passes (fr, a Valais regional TV station), the diesel at the filling stations and the smoke
readings (es, a Santa Cruz de la Sierra regional daily) and the round's results and the disciplinary rulings (es, a
Nicaraguan baseball federation's news page).

As in the other halves, every story has its own facts and shares its template's STOCK sentences, which are true
story text however much they read like a site's chrome: "Travelers should check 511 or the MDT app before heading
out", "To report a wildfire, call 911", "People with asthma or heart disease are advised to stay indoors", "The
readings are provisional and subject to validation", "Alle Angaben ohne Gewähr", "Die Kantonspolizei behält sich
weitere, unangekündigte Kontrollen vor", "Wer ein Wild anfährt, muss die Polizei verständigen", "En cas d'urgence
vitale, composez le 911", "Renseignez-vous avant de partir", "Les horaires peuvent changer sans préavis", "Ante
cualquier emergencia, llame al 119", "Los resultados son oficiales una vez homologados" and "Las resoluciones
pueden apelarse".  Several stand in the middle of the story between rows of "Name: value", some are bullet items
among the story's own, some stories open a list with a short line ending in a colon, and some rows are not
sentences at all.  Abbreviations, times, dates, decimals and initials throughout (``Mt.``, ``Hwy.``, ``mph``,
``a.m.``, ``µg/m³``, ``Dr.``, ``Lt.``, ``Fr.``, ``l``, ``km/h``, ``Nr.``, ``bzw.``, ``Bez.``, ``Ing.``, ``h``,
``min``, ``Dr``, ``Mgr``, ``cm``, ``Bs``, ``Lic.``, ``p. m.``, ``Sr.``, ``núm.``)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from functools import partial

from bench.cleaning_set.cms import li
from bench.cleaning_set.lang import EN_DAYS, ap_date, day_month, decimal_comma

Story = tuple[str, list[str]]

STOCK = {
    "roadreport": (
        "Travelers should check 511 or the MDT app before heading out, as conditions can change quickly.",
        "Speed limits in work zones are reduced to 45 mph and fines are doubled when workers are present.",
        "The Montana Department of Transportation updates its construction map every weekday at 7 a.m.",
    ),
    "firedanger": (
        "To report a wildfire, call 911.",
        "Burn permits are suspended until further notice, and open burning of any kind is not allowed.",
        "Fire danger ratings are set by the county fire warden with the U.S. Forest Service and are reviewed daily.",
    ),
    "floodreport": (
        "The figures are from the Assam State Disaster Management Authority's daily flood report and are updated "
        "every evening.",
        "People in low-lying areas are advised to move to relief camps when the district administration asks them "
        "to, and to keep important documents in a waterproof bag.",
        "The ASDMA helpline, 1079, is open 24 hours.",
    ),
    "aqireading": (
        "People with asthma or heart disease, the elderly and children are advised to stay indoors when the AQI "
        "is above 200.",
        "The readings are provisional and subject to validation by the Pollution Control Board, Assam.",
        "An AQI of 0 to 50 is rated good, 51 to 100 satisfactory and 101 to 200 moderate.",
    ),
    "spritpreise": (
        "Die Preise sind Durchschnittswerte der gemeldeten Tankstellen vom Montagmorgen; alle Angaben ohne Gewähr.",
        "An Autobahnraststätten liegen die Preise in der Regel 10 bis 15 Rappen höher.",
        "Wer Tankstellen vergleicht, kann auf einer Tankfüllung von 50 Litern leicht fünf Franken sparen.",
    ),
    "radarkontrollen": (
        "Die Kantonspolizei behält sich weitere, unangekündigte Kontrollen vor.",
        "Mit den angekündigten Kontrollen will die Polizei vor allem die Verkehrssicherheit erhöhen, nicht Bussen "
        "verteilen.",
        "Die Liste wird jeweils am Freitag für die kommende Woche veröffentlicht.",
    ),
    "schusszeiten": (
        "Maßgeblich sind die Abschusspläne der Bezirkshauptmannschaften; die Hegeringleiter geben Auskunft.",
        "Bei Schwarzwild gibt es in Kärnten keine Schonzeit, für führende Bachen gilt jedoch das "
        "Muttertierschutzgebot.",
        "Nachsuchen auf krankgeschossenes Wild sind unverzüglich zu veranlassen; die Liste der geprüften "
        "Schweißhundeführer liegt in jeder Bezirksgeschäftsstelle auf.",
    ),
    "wildunfaelle": (
        "Wer ein Wild anfährt, muss die Polizei verständigen, auch wenn das Tier flüchtet.",
        "Das Aufheben oder Mitnehmen von Fallwild gilt als Wilderei.",
        "Die Zahlen stammen aus den Meldungen der Jagdausübungsberechtigten an die Bezirksgeschäftsstellen.",
    ),
    "urgences": (
        "En cas d'urgence vitale, composez le 911.",
        "Pour un problème de santé moins grave, la ligne Health Links – Info Santé répond jour et nuit au "
        "204-788-8200.",
        "Les temps d'attente sont des médianes calculées par l'Office régional de la santé sur les quatre dernières "
        "heures et sont mis à jour toutes les 30 minutes.",
    ),
    "fermetures": (
        "Renseignez-vous avant de partir : les fermetures peuvent être prolongées en raison de la météo.",
        "Les amendes sont doublées dans les zones de travaux lorsque des ouvriers sont présents.",
        "La liste est fournie par Infrastructure Manitoba et mise à jour chaque jour ouvrable.",
    ),
    "enneigement": (
        "Les conditions en haute montagne peuvent changer rapidement ; renseignez-vous avant de partir.",
        "Les pistes de glacier ne doivent jamais être quittées sans guide, à cause des crevasses.",
        "Les données sont fournies par les stations elles-mêmes et ne sont pas vérifiées par la rédaction.",
    ),
    "cols": (
        "Les horaires peuvent changer sans préavis selon la météo.",
        "Un équipement d'hiver est recommandé dès 1500 m d'altitude.",
        "L'état des routes est publié par le Service cantonal de la mobilité, qui le met à jour plusieurs fois par "
        "jour.",
    ),
    "surtidores": (
        "La ANH recomienda no acaparar combustible en bidones, porque es peligroso y está prohibido.",
        "La lista se elabora con reportes de los propios surtidores y de lectores, y puede cambiar en minutos.",
        "Ante cualquier emergencia, llame al 119.",
    ),
    "calidadaire": (
        "Las mediciones son preliminares y corresponden a la Red de Monitoreo de la Calidad del Aire municipal.",
        "El Servicio Departamental de Salud recomienda usar barbijo, cerrar puertas y ventanas y evitar el "
        "ejercicio al aire libre.",
        "Por encima de 150 µg/m³ de PM2,5 la calidad del aire se considera mala para toda la población.",
    ),
    "jornada": (
        "Los resultados son oficiales una vez homologados por la Comisión Técnica de la Federación.",
        "Los juegos suspendidos por lluvia se reprograman en un plazo de 48 horas.",
        "La tabla de posiciones se actualiza al concluir cada jornada.",
    ),
    "sanciones": (
        "Las resoluciones pueden apelarse ante la Comisión de Apelaciones dentro de los tres días hábiles "
        "siguientes a su notificación.",
        "Las multas deben pagarse en la tesorería de la Federación antes del siguiente juego del club sancionado.",
        "La Comisión Disciplinaria sesiona todos los martes a las 10:00 a. m.",
    ),
}
DATELINED = ("roadreport", "floodreport")  # the TV station's and the Assam site's datelines open these

_de = partial(day_month, lang="de")
_fr = partial(day_month, lang="fr")
_es = partial(day_month, lang="es")
_c = decimal_comma


def _split(rows: list) -> int:
    return 1 if len(rows) < 3 else 2 if len(rows) < 5 else 3


# ---- en: the Montana TV station -----------------------------------------------------------------------
_ROADS = ("I-90 near Bozeman Pass", "U.S. Hwy. 191 in Gallatin Canyon", "MT Hwy. 84 at Four Corners",
          "I-90 at the Belgrade interchange", "U.S. Hwy. 287 north of Ennis", "MT Hwy. 86 (Bridger Canyon Rd.)",
          "Jackrabbit Lane in Belgrade", "U.S. Hwy. 89 south of Livingston", "19th Ave. at Oak St. in Bozeman")
_WORK = ("single-lane traffic with flaggers, expect 20-minute delays", "overnight closure from 9 p.m. to 6 a.m.",
         "a chip-seal project, loose gravel and a 35 mph limit", "bridge deck repairs, one lane each way",
         "paving, with pilot cars between mile markers {a} and {b}", "no delays expected on weekends")


def _roadreport(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["roadreport"]
    rows = []
    for road in rng.sample(_ROADS, rng.randint(3, 5)):
        a = rng.randint(5, 80)
        rows.append(li(f"{road}: {rng.choice(_WORK).format(a=a, b=a + rng.randint(2, 9))}."))
    k = _split(rows)
    n = rng.randint(6, 19)
    paras = [f"Drivers in Gallatin and Park counties will run into {n} active road projects this week, the Montana "
             f"Department of Transportation said {EN_DAYS[when.weekday()]}.", "Where to expect delays:", *rows[:k],
             s[1], *rows[k:],
             f"“{rng.choice(('We are racing the weather to get the paving done before the first snow', 'Please slow down, our crews are out there within feet of traffic', 'Most of the delays clear up after the morning commute'))},” "  # noqa: E501
             f"said MDT district spokesperson {rng.choice(('Lori Ryan', 'Jeff M. Ebert', 'Dana Wheelock'))}.",
             s[0], s[2]]
    return f"Road report: {n} construction zones to watch in Gallatin, Park counties", paras


_COUNTIES = ("Gallatin", "Park", "Madison", "Broadwater", "Meagher", "Sweet Grass", "Jefferson")
_RATINGS = ("LOW", "MODERATE", "HIGH", "VERY HIGH", "EXTREME")


def _firedanger(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["firedanger"]
    rows = [f"{c} County: {rng.choice(_RATINGS[1:])}" for c in rng.sample(_COUNTIES, rng.randint(3, 5))]
    k = _split(rows)
    fires = rng.randint(1, 6)
    acres = rng.randint(40, 9000)
    paras = [f"Fire danger is rising across southwest Montana, and {rng.randint(2, 4)} counties moved up a level "
             f"on {EN_DAYS[when.weekday()]}, {ap_date(when)}.", "Current ratings:", *rows[:k], s[1], *rows[k:],
             f"Crews are working {fires} {'fire' if fires == 1 else 'fires'} in the area; the largest has burned "
             f"about {acres:,} acres and is {rng.randint(0, 80)}% contained.",
             f"Humidity is expected to drop to {rng.randint(8, 18)}% with gusts up to {rng.randint(25, 45)} mph.",
             s[0], s[2]]
    return f"Fire danger climbs in {rng.choice(_COUNTIES)} County as crews fight {fires} fires", paras


# ---- en: the Guwahati regional site -------------------------------------------------------------------
_DISTRICTS = ("Dhemaji", "Lakhimpur", "Majuli", "Dibrugarh", "Jorhat", "Morigaon", "Nagaon", "Barpeta",
              "Goalpara", "Dhubri", "Kamrup", "Darrang", "Biswanath", "Golaghat", "Sonitpur")
_RIVERS = ("the Brahmaputra at Neamatighat", "the Brahmaputra at Dhubri", "the Jia Bharali at N.T. Road Crossing",
           "the Beki at Road Bridge", "the Kopili at Kampur", "the Subansiri at Badatighat", "the Puthimari at N.H. "
           "Road Crossing")


def _floodreport(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["floodreport"]
    dists = rng.sample(_DISTRICTS, rng.randint(4, 7))
    total = 0
    rows = []
    for d in dists:
        n = rng.randint(900, 64000)
        total += n
        rows.append(f"{d}: {n:,} people in {rng.randint(3, 90)} villages.")
    k = _split(rows)
    crop = rng.randint(300, 9000)
    paras = [f"{total:,} people in {len(dists)} districts are affected by floods, the Assam State Disaster "
             f"Management Authority (ASDMA) said on {EN_DAYS[when.weekday()]}.", "District-wise figures:",
             *rows[:k], s[2], *rows[k:],
             f"{', '.join(rng.sample(_RIVERS, 2))} are flowing above the danger level, according to the Central "
             f"Water Commission.",
             f"Crops on {crop:,} hectares are under water and {rng.randint(2, 40)} relief camps are open.", s[1],
             s[0]]
    return f"Floods: {total:,} affected in {len(dists)} districts", paras


_STATIONS = ("Railway Colony", "IITG", "Pan Bazaar", "LGBI Airport", "Khanapara", "Bamunimaidan")


def _aqireading(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["aqireading"]
    rows = []
    vals = []
    for st in rng.sample(_STATIONS, rng.randint(3, 5)):
        v = rng.randint(38, 240)
        vals.append(v)
        rows.append(li(f"{st}: AQI {v}, PM2.5 {rng.uniform(12, 140):.1f} µg/m³"))
    k = _split(rows)
    worst = max(vals)
    paras = [f"Air quality in Guwahati was {'poor' if worst > 200 else 'moderate' if worst > 100 else 'satisfactory'}"
             f" at most stations on {EN_DAYS[when.weekday()]} morning, with the worst reading, {worst}, recorded "
             f"at {rows[vals.index(worst)].split(':')[0]}.", "Readings at 8 a.m.:", *rows[:k], s[0], *rows[k:],
             f"Officials blamed {rng.choice(('dust from the flyover works on G.S. Road', 'burning of garbage near the Boragaon dump', 'vehicle exhaust in the evening rush', 'low wind speeds and high humidity'))}.",  # noqa: E501
             s[2], s[1]]
    return f"Guwahati AQI touches {worst} at {rows[vals.index(worst)].split(':')[0]}", paras


# ---- de: the Swiss motoring magazine -----------------------------------------------------------------
_KANTONE = ("Zürich", "Bern", "Luzern", "St. Gallen", "Aargau", "Basel-Stadt", "Graubünden", "Tessin", "Wallis",
            "Genf", "Thurgau", "Freiburg")


def _spritpreise(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["spritpreise"]
    rows = []
    for k_ in rng.sample(_KANTONE, rng.randint(4, 6)):
        b = rng.uniform(1.71, 1.96)
        rows.append(f"{k_}: Bleifrei 95 Fr. {b:.2f}, Diesel Fr. {b + rng.uniform(0.02, 0.12):.2f}.")
    k = _split(rows)
    d = rng.choice((-3, -2, -1, 1, 2, 4))
    paras = [f"Benzin ist diese Woche {'billiger' if d < 0 else 'teurer'} geworden: Im Landesmittel kostet ein Liter "
             f"Bleifrei 95 am {_de(when)} {abs(d)} Rappen {'weniger' if d < 0 else 'mehr'} als vor einer Woche.",
             "Die Preise nach Kantonen:", *rows[:k], s[0], *rows[k:],
             f"Grund sei {rng.choice(('der schwächere Dollar', 'der gestiegene Ölpreis', 'die Nachfrage nach den Sommerferien', 'der höhere Mineralölsteuerzuschlag'))}, "  # noqa: E501
             f"sagt Dr. {rng.choice(('Roland A. Bilang', 'Ursula Meier', 'Beat Wyss'))} von der Erdöl-Vereinigung.",
             s[1], s[2]]
    return f"Spritpreise: Bleifrei {abs(d)} Rappen {'günstiger' if d < 0 else 'teurer'}", paras


_ORTE = ("Winterthur, Frauenfelderstrasse", "Dübendorf, Überlandstrasse", "Uster, Zürichstrasse",
         "Bülach, Schaffhauserstrasse", "Affoltern a. A., Obfelderstrasse", "Wetzikon, Bahnhofstrasse",
         "A1 Höhe Effretikon", "Horgen, Seestrasse", "Dietikon, Badenerstrasse")


def _radarkontrollen(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["radarkontrollen"]
    mon = when + dt.timedelta(days=(7 - when.weekday()) % 7)
    rows = []
    for i, ort in enumerate(rng.sample(_ORTE, rng.randint(4, 6))):
        d = mon + dt.timedelta(days=i % 5)
        rows.append(li(f"{_de(d)}: {ort} ({rng.choice((30, 50, 50, 60, 80, 120))} km/h)"))
    k = _split(rows)
    n = rng.randint(1800, 9400)
    paras = [f"Die Kantonspolizei Zürich kündigt für die Woche ab {_de(mon)} folgende Geschwindigkeitskontrollen "
             f"an:", *rows[:k], s[0], *rows[k:],
             f"Bei den angekündigten Kontrollen der Vorwoche waren {n} Fahrzeuge gemessen worden, davon "
             f"{_c(rng.uniform(1.2, 6.5))} Prozent zu schnell.", s[1], s[2]]
    return f"Radar: Hier misst die Polizei ab {_de(mon)}", paras


# ---- de: the Carinthian hunting magazine -------------------------------------------------------------
_WILD = ("Rotwild, Hirsche der Klasse I", "Rotwild, Hirsche der Klasse III", "Rotwild, Tiere und Kälber",
         "Rehwild, Böcke", "Rehwild, Geißen und Kitze", "Gamswild", "Murmeltiere", "Auerhahn", "Birkhahn",
         "Stockenten", "Fasane")


def _schusszeiten(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["schusszeiten"]
    rows = []
    for w in rng.sample(_WILD, rng.randint(4, 6)):
        a = when + dt.timedelta(days=rng.randint(-40, 20))
        b = a + dt.timedelta(days=rng.randint(40, 120))
        rows.append(li(f"{w}: {a.day}.{a.month}. bis {b.day}.{b.month}."))
    k = _split(rows)
    bez = rng.choice(("Spittal a. d. Drau", "Wolfsberg", "Villach-Land", "Hermagor", "St. Veit a. d. Glan",
                      "Feldkirchen"))
    paras = [f"Mit {_de(when)} beginnt im Bezirk {bez} die Hauptjagdzeit; die Kärntner Jägerschaft hat die "
             f"Schusszeiten zusammengefasst:", *rows[:k], s[0], *rows[k:],
             f"Im Bezirk {bez} sind heuer {rng.randint(180, 1400)} Stück Rotwild freigegeben, "
             f"{rng.randint(2, 15)} Prozent mehr als im Vorjahr, sagt Bezirksjägermeister Ing. "
             f"{rng.choice(('Walter Brunner', 'Franz J. Koschier', 'Josef Ebner'))}.", s[1], s[2]]
    month = ("September", "Oktober")[when.month > 9]
    return f"Schusszeiten im Bezirk {bez}: Was ab {when.day}. {month} frei ist", paras


_STRASSEN = ("B 317 zwischen St. Veit und Friesach", "A 2 bei Völkermarkt", "B 100 im Drautal", "L 71 bei Ferlach",
             "B 70 bei Griffen", "B 95 auf die Turracher Höhe", "B 111 im Gailtal", "L 54 bei Moosburg")


def _wildunfaelle(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["wildunfaelle"]
    rows = [li(f"{st}: {rng.randint(1, 9)} Rehe, {rng.randint(0, 3)} Stück Rotwild") for st in
            rng.sample(_STRASSEN, rng.randint(3, 5))]
    k = _split(rows)
    n = rng.randint(40, 160)
    paras = [f"{n} Wildunfälle sind den Bezirksgeschäftsstellen in der Woche bis {_de(when)} gemeldet worden.",
             "Die meisten Unfälle gab es auf diesen Straßen:", *rows[:k], s[0], *rows[k:],
             f"Besonders gefährlich sei die Dämmerung zwischen 19 und 21 Uhr bzw. 5 und 7 Uhr, sagt Landesjägermeister "
             f"Dr. {rng.choice(('Walter Brunner', 'Gerhard Anzel', 'Hannes Kuchar'))}.", s[1], s[2]]
    return f"{n} Wildunfälle in einer Woche", paras


# ---- fr: the Manitoba community radio --- ----------------------------------------------------------------
_HOPITAUX = ("Centre des sciences de la santé (HSC)", "Hôpital Saint-Boniface", "Hôpital Grace",
             "Centre de soins d'urgence Victoria", "Hôpital Concordia", "Centre de santé Seven Oaks",
             "Hôpital régional de Steinbach")


def _urgences(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["urgences"]
    rows = []
    tops = []
    for h in rng.sample(_HOPITAUX, rng.randint(4, 6)):
        m = rng.randint(35, 420)
        tops.append((m, h))
        rows.append(f"{h} : {m // 60} h {m % 60:02d}")
    k = _split(rows)
    m, h = max(tops)
    paras = [f"Les patients des urgences de Winnipeg attendaient en médiane jusqu'à {m // 60} h {m % 60:02d} avant "
             f"de voir un médecin ce {_fr(when)} à 10 h, selon les données de l'Office régional de la santé.",
             "Attente médiane, par établissement :", *rows[:k], s[0], *rows[k:],
             f"« {rng.choice(('Nous demandons aux gens de ne pas quitter la salle sans avertir le personnel', 'La hausse est liée aux virus respiratoires de la rentrée', 'Nous ouvrons 12 lits de plus dès lundi'))} », "  # noqa: E501
             f"a déclaré la Dre {rng.choice(('Shawna Syverson', 'Monica C. Guérin', 'Jeanne Bouchard'))}.",
             s[1], s[2]]
    return f"Urgences : jusqu'à {m // 60} h {m % 60:02d} d'attente à {h.split(' (')[0]}", paras


_ROUTES = ("Route 59 au nord de Lorette", "Route provinciale 200 près de Saint-Adolphe", "Route 1 (Transcanadienne) à "
           "Headingley", "Pont Provencher, voie vers l'ouest", "Route 23 entre Morris et Saint-Jean-Baptiste",
           "Boulevard Saint-Mary's à la hauteur de la rue Dakota", "Route 75 au sud de Sainte-Agathe")


def _fermetures(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["fermetures"]
    rows = [li(f"{r} : {rng.choice(('fermeture complète', 'une voie fermée', 'circulation en alternance', 'détour par la route 210'))}"  # noqa: E501
               f" jusqu'au {rng.randint(5, 28)} {rng.choice(('septembre', 'octobre'))}.")
            for r in rng.sample(_ROUTES, rng.randint(3, 5))]
    k = _split(rows)
    n = rng.randint(8, 31)
    paras = [f"{n} chantiers routiers perturbent la circulation dans le sud du Manitoba cette semaine.",
             "Les principaux :", *rows[:k], s[1], *rows[k:],
             f"Le ministère dit avoir terminé {rng.randint(40, 85)} % de son programme de travaux estival, d'une "
             f"valeur de {rng.randint(300, 800)} M$.", s[0], s[2]]
    return f"Travaux routiers : {n} chantiers dans le sud de la province", paras


# ---- fr: the Valais TV ---------------------------------------------------------------------------------
_GLACIERS = (("Zermatt (Petit Cervin)", 2900, 3883), ("Saas-Fee (Allalin)", 2900, 3600),
             ("Glacier 3000 (Les Diablerets)", 2800, 3000), ("Val d'Hérens (Arolla)", 2700, 3200))


def _enneigement(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["enneigement"]
    rows = []
    for name, lo, hi in rng.sample(_GLACIERS, rng.randint(3, 4)):
        rows.append(li(f"{name} : {rng.randint(40, 260)} cm au sommet, {rng.randint(3, 21)} km de pistes "
                       f"ouvertes entre {lo} et {hi} m, de 7 h 30 à 13 h 30."))
    k = _split(rows)
    iso0 = rng.randint(3100, 4400)
    paras = [f"Le ski d'été continue sur les glaciers valaisans ce {_fr(when)} ; l'isotherme du zéro degré se situe "
             f"vers {iso0} m.", *rows[:k], s[0], *rows[k:],
             f"Les équipes nationales de {rng.choice(('Suisse', 'Norvège', 'Autriche', 'Italie'))} s'entraînent "
             f"sur les pistes réservées jusqu'à la fin du mois.", s[1], s[2]]
    return f"Ski d'été : l'enneigement des glaciers au {_fr(when)}", paras


_COLS = (("Grand-Saint-Bernard", 2469), ("Simplon", 2005), ("Nufenen", 2478), ("Furka", 2429), ("Grimsel", 2164),
         ("col de la Forclaz", 1527), ("Sanetsch", 2252))


def _cols(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["cols"]
    rows = []
    for name, alt in rng.sample(_COLS, rng.randint(4, 6)):
        st = rng.choice(("ouvert", "ouvert", "ouvert, chaînes recommandées", "fermé de 19 h à 7 h",
                         "fermé pour travaux jusqu'à 16 h"))
        rows.append(f"{name} ({alt} m) : {st}.")
    k = _split(rows)
    paras = [f"Voici l'état des cols valaisans ce {_fr(when)} à 7 h :", *rows[:k], s[0], *rows[k:],
             f"La neige est attendue jusqu'à {rng.randint(1800, 2600)} m dans la nuit de {_fr(when + dt.timedelta(days=2))},"  # noqa: E501
             f" selon MétéoSuisse.", s[1], s[2]]
    return f"État des cols au {_fr(when)}", paras


# ---- es: the Santa Cruz daily -------------------------------------------------------------------------
_SURT = ("surtidor Equipetrol, 4.º anillo", "surtidor Cristo Redentor, av. Banzer", "surtidor Los Pozos, av. Grigotá",
         "surtidor Pampa de la Isla, carretera a Cotoca", "surtidor Urubó", "surtidor Paurito", "surtidor Montero "
         "Centro", "surtidor Warnes, km 28")


def _surtidores(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["surtidores"]
    rows = [li(f"{x.capitalize()}: {rng.choice(('hay diésel', 'diésel desde las 14:00', 'sin diésel', 'solo gasolina especial'))}"  # noqa: E501
               f", fila de {rng.randint(1, 40) * 10} metros") for x in rng.sample(_SURT, rng.randint(4, 6))]
    k = _split(rows)
    cist = rng.randint(20, 140)
    paras = [f"La escasez de diésel sigue este {_es(when)} en Santa Cruz; estos son los surtidores con combustible "
             f"según el último reporte:", *rows[:k], s[0], *rows[k:],
             f"La Agencia Nacional de Hidrocarburos (ANH) informó que llegaron {cist} cisternas a la planta de "
             f"Palmasola y que la distribución se normalizará en {rng.randint(2, 6)} días.", s[1], s[2]]
    return f"Diésel: {cist} cisternas llegan a Santa Cruz y siguen las filas", paras


_ZONAS = ("Plan Tres Mil", "Centro (plaza 24 de Septiembre)", "Villa Primero de Mayo", "Equipetrol", "El Bajío",
          "Pampa de la Isla")


def _calidadaire(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["calidadaire"]
    rows, vals = [], []
    for z in rng.sample(_ZONAS, rng.randint(3, 5)):
        v = rng.randint(45, 290)
        vals.append(v)
        rows.append(f"{z}: {v} µg/m³ de PM2,5.")
    k = _split(rows)
    focos = rng.randint(900, 9000)
    paras = [f"El humo de los incendios volvió a cubrir Santa Cruz de la Sierra este {_es(when)}: la concentración "
             f"más alta de partículas finas fue de {max(vals)} µg/m³.", "Las mediciones de las 7:00:", *rows[:k], s[0],
             *rows[k:],
             f"El satélite registró {focos:,}".replace(",", ".") + " focos de calor en el departamento en las últimas "
             "24 horas, informó la Gobernación.", s[1], s[2]]
    return f"Humo: PM2,5 llega a {max(vals)} µg/m³ en Santa Cruz", paras


# ---- es: the Nicaraguan baseball federation --------------------------------------------------------------
_EQUIPOS = ("León", "Chinandega", "Granada", "Masaya", "Rivas", "Estelí", "Matagalpa", "Jinotega", "Boaco",
            "Carazo", "Managua", "Costa Caribe")


def _jornada(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["jornada"]
    teams = rng.sample(_EQUIPOS, 8)
    rows = []
    for i in range(0, 8, 2):
        a, b = rng.randint(0, 12), rng.randint(0, 12)
        if a == b:
            a += 1
        rows.append(f"{teams[i]} {a}, {teams[i + 1]} {b}.")
    k = _split(rows)
    paras = [f"Resultados de la jornada del {_es(when)} en el Campeonato Nacional de Béisbol Superior:", *rows[:k],
             s[0], *rows[k:],
             f"El lanzador {rng.choice(('Jorge L. Bucardo', 'Ofilio Castro', 'Kevin Gadea', 'Rudy A. Acevedo'))}, "
             f"de {teams[rng.randrange(8)]}, ponchó a {rng.randint(7, 14)} bateadores en {rng.randint(6, 9)} "
             f"entradas.", s[1], s[2]]
    return f"Campeonato: resultados de la jornada del {_es(when)}", paras


_FALTAS = ("agresión al árbitro de home", "invasión del terreno", "conducta antideportiva", "alineación indebida",
           "reclamo airado", "riña entre jugadores")


def _sanciones(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["sanciones"]
    rows = []
    for t in rng.sample(_EQUIPOS, rng.randint(3, 5)):
        rows.append(li(f"{t}: {rng.choice(_FALTAS)}, {rng.randint(1, 10)} juegos de suspensión y multa de C$ "
                       f"{rng.randint(1, 20) * 500:,}".replace(",", ".")))
    k = _split(rows)
    paras = [f"La Comisión Disciplinaria de la Federación resolvió {len(rows)} casos en su sesión del {_es(when)}.",
             "Las sanciones:", *rows[:k], s[0], *rows[k:],
             f"El presidente de la Comisión, Lic. "
             f"{rng.choice(('Pedro J. Selva', 'Martha Espinoza', 'Sr. Noel Ruiz'))}, "
             f"dijo que la Comisión revisó los videos de los juegos y los informes arbitrales.", s[1], s[2]]
    return f"Disciplina: {len(rows)} sanciones en la sesión del {_es(when)}", paras


TEMPLATES: dict[str, tuple[str, Callable[[random.Random, dt.date], Story]]] = {
    "roadreport": ("en", _roadreport), "firedanger": ("en", _firedanger), "floodreport": ("en", _floodreport),
    "aqireading": ("en", _aqireading), "spritpreise": ("de", _spritpreise),
    "radarkontrollen": ("de", _radarkontrollen), "schusszeiten": ("de", _schusszeiten),
    "wildunfaelle": ("de", _wildunfaelle), "urgences": ("fr", _urgences), "fermetures": ("fr", _fermetures),
    "enneigement": ("fr", _enneigement), "cols": ("fr", _cols), "surtidores": ("es", _surtidores),
    "calidadaire": ("es", _calidadaire), "jornada": ("es", _jornada), "sanciones": ("es", _sanciones),
}


def make(template: str, rng: random.Random, when: dt.date) -> Story:
    return TEMPLATES[template][1](rng, when)
