"""Templated stories of the 'holdout14' half: the magistrates court list and the inland fishing report (en, a
Launceston regional daily in Tasmania), the aurora forecast and the week's bear reports (en, a Whitehorse radio
newsroom in the Yukon), the hop market and the alpha-acid readings of the harvest (de, a hop-growers' trade weekly
in the Hallertau), the municipal council's decisions and the bathing-water readings (de, a German-minority daily
in North Schleswig, Denmark), the boil-water advisories and the changes to the garbage pickup (fr, a Rimouski
city weekly), the power company's planned outages and the market prices (fr, a Douala daily), the volcano
bulletin and the water cuts (es, a Quetzaltenango regional news site) and the hotel occupancy and the cruise
calls (es, a Balearic tourism trade daily).

As in the other halves, every story has its own facts and shares its template's STOCK sentences, which are true
story text however much they read like a site's chrome: "All defendants are presumed innocent until proven
guilty", "Anglers are reminded that an inland fishing licence is required", "Aurora forecasts are estimates and a
display cannot be guaranteed", "Report bear conflicts to the TIPP line", "Alle Preisangaben ohne Gewähr", "Die
Beschlüsse sind erst nach Ablauf der Einspruchsfrist rechtskräftig", "Das Baden erfolgt auf eigene Gefahr",
"Faites bouillir l'eau au moins une minute", "Les bacs doivent être placés en bordure de rue avant 7 h", "Eneo
s'excuse auprès de sa clientèle pour les désagréments", "Tout dépassement des prix homologués peut être signalé",
"La población debe atender únicamente la información oficial", "Se recomienda almacenar agua", "Los datos son
provisionales" and "Las escalas pueden modificarse sin previo aviso".  Several stand in the middle of the story
between rows of "Name: value", some are bullet items among the story's own, some stories open a list with a short
line ending in a colon, and some rows are not sentences at all.  Abbreviations, times, dates, decimals and
initials throughout (``Mr.``, ``p.m.``, ``St.``, ``Kp``, ``km``, ``ca.``, ``Nr.``, ``Ztr.``, ``u. a.``, ``Dr.``,
``h``, ``M.``, ``p. ex.``, ``FCFA``, ``kg``, ``Sr.``, ``Avda.``, ``a. m.``, ``m³``, ``núm.``, ``p. p.``)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from functools import partial

from bench.cleaning_set.cms import li
from bench.cleaning_set.lang import EN_DAYS, EN_MONTHS, day_month, decimal_comma, next_monday

Story = tuple[str, list[str]]

STOCK = {
    "courtlist": (
        "All defendants are presumed innocent until proven guilty, and some matters listed may be adjourned or "
        "withdrawn on the day.",
        "The list is supplied by the Magistrates Court of Tasmania and is correct at the time of publication.",
        "Court lists are public documents and are published in the interest of open justice.",
    ),
    "fishingreport": (
        "Anglers are reminded that an inland fishing licence is required for all waters in Tasmania, and it can "
        "be bought online or from most tackle shops.",
        "Bag and size limits apply; check the Inland Fisheries Service's code before you go.",
        "Lake levels are supplied by Hydro Tasmania and can change quickly after rain.",
    ),
    "aurora": (
        "Aurora forecasts are estimates and a display cannot be guaranteed, even on a night with a high Kp index.",
        "For the best view, get away from city lights and give your eyes about 20 minutes to adjust.",
        "The forecast is based on data from NOAA's Space Weather Prediction Center and is updated every evening.",
    ),
    "bearreport": (
        "If you meet a bear, do not run: stay calm, talk in a firm voice and back away slowly.",
        "Report bear conflicts to the TIPP line at 1-800-661-0525, 24 hours a day.",
        "Keep garbage, pet food and bird feeders locked up or indoors until the bears den for the winter.",
    ),
    "hopfenmarkt": (
        "Die Preise verstehen sich je Kilogramm, netto ab Hof, für Ware der Ernte 2025; alle Preisangaben ohne "
        "Gewähr.",
        "Der Großteil der Ernte ist über Vorverträge gebunden, am freien Markt werden nur Restmengen gehandelt.",
        "Die Notierung beruht auf Meldungen der Handelshäuser an den Verband deutscher Hopfenpflanzer.",
    ),
    "alphawerte": (
        "Die Werte sind Durchschnitte der bisher untersuchten Partien und können sich bis zum Ende der Ernte noch "
        "ändern.",
        "Die Analysen führt die Arbeitsgruppe Hopfenanalyse nach EBC 7.4 durch.",
        "Maßgeblich für die Abrechnung ist allein der Wert der Neutralen Qualitätsfeststellung.",
    ),
    "stadtrat": (
        "Die Beschlüsse sind erst nach Ablauf der Einspruchsfrist von vier Wochen rechtskräftig.",
        "Die Tagesordnung und das Protokoll liegen im Bürgerservice aus und stehen auf der Seite der Kommune, "
        "allerdings nur auf Dänisch.",
        "Die nächste öffentliche Sitzung findet wie gewohnt im Rathaussaal statt, Zuhörer sind willkommen.",
    ),
    "badewasser": (
        "Das Baden erfolgt auf eigene Gefahr; an den meisten Stränden gibt es nach dem Saisonende keine "
        "Rettungsschwimmer mehr.",
        "Die Proben werden von der Kommune entnommen und in einem Labor in Vejle auf Darmbakterien untersucht.",
        "Eine rote Flagge bedeutet, dass vom Baden abgeraten wird.",
    ),
    "avisebullition": (
        "Faites bouillir l'eau au moins une minute avant de la boire, de préparer des aliments ou des biberons, ou "
        "de vous brosser les dents.",
        "L'eau peut être utilisée sans danger pour la douche, la lessive et la vaisselle au lave-vaisselle.",
        "La Ville vous avisera dès que l'avis sera levé, par SMS, sur son site et à la radio.",
    ),
    "ramassage": (
        "Les bacs doivent être placés en bordure de rue avant 7 h le jour de la collecte, poignées vers la maison.",
        "Les sacs déposés à côté du bac ne seront pas ramassés.",
        "Le calendrier complet des collectes peut être consulté au 418 555-0150 ou à l'hôtel de ville.",
    ),
    "coupureseneo": (
        "Eneo s'excuse auprès de sa clientèle pour les désagréments causés par ces interruptions.",
        "Les horaires sont donnés à titre indicatif et peuvent être modifiés en fonction de l'avancement des "
        "travaux.",
        "Pour signaler une panne, les abonnés peuvent appeler le 8010, un numéro gratuit.",
    ),
    "prixmarche": (
        "Les prix relevés sont ceux pratiqués au détail, en FCFA, le matin du relevé.",
        "Tout dépassement des prix homologués peut être signalé aux brigades de contrôle du ministère du "
        "Commerce au 8004, un numéro vert.",
        "Les commerçants attribuent les hausses au coût du transport depuis l'Ouest et le Nord-Ouest.",
    ),
    "volcan": (
        "La población debe atender únicamente la información oficial y no difundir rumores en redes sociales.",
        "El Insivumeh recomienda no acercarse a los cauces de los ríos que bajan del volcán durante las lluvias.",
        "El boletín se emite cada día a las 7:00 y puede actualizarse si cambia la actividad.",
    ),
    "suspensionagua": (
        "Se recomienda almacenar agua en recipientes limpios y tapados antes del corte.",
        "La Empresa Municipal de Agua pide disculpas por las molestias y agradece la comprensión de los vecinos.",
        "Los horarios pueden variar si los trabajos se complican.",
    ),
    "ocupacion": (
        "Los datos son provisionales y proceden de una muestra de establecimientos asociados a la FEHM.",
        "La ocupación se calcula sobre las plazas abiertas, no sobre la planta total.",
        "El informe se publica cada jueves y compara con la misma semana del año anterior.",
    ),
    "cruceros": (
        "Las escalas pueden modificarse sin previo aviso por decisión de la naviera o por el estado de la mar.",
        "Autoridad Portuaria recomienda evitar el paseo Marítimo entre las 8:00 y las 10:00 los días de más de "
        "tres escalas.",
        "Las horas son las previstas de atraque y desatraque en el muelle de Poniente y en el dique del Oeste.",
    ),
}
DATELINED = ("bearreport", "volcan")  # the Yukon radio's and the Quetzaltenango site's datelines open these

_de = partial(day_month, lang="de")
_fr = partial(day_month, lang="fr")
_es = partial(day_month, lang="es")
_c = decimal_comma


def _split(rows: list) -> int:
    return 1 if len(rows) < 3 else 2 if len(rows) < 5 else 3


def _en(d: dt.date) -> str:
    return f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}"


# ---- en: the Launceston daily -------------------------------------------------------------------------
_FIRST = ("Jayden", "Brooke", "Shane", "Kylie", "Mitchell", "Tegan", "Darren", "Chloe", "Wayne", "Bradley",
          "Leanne", "Corey", "Nathan", "Rebecca", "Troy")
_LAST = ("Hingston", "McShane", "Bellchambers", "Dwyer", "Radford", "Pitt", "Youl", "Cox", "Stagg", "Archer",
         "Brumby", "Lonergan", "Eade", "Fahey", "Quill")
_TOWNS = ("Ravenswood", "Mowbray", "Newnham", "Invermay", "Kings Meadows", "George Town", "Scottsdale",
          "Longford", "Deloraine", "Beaconsfield", "Riverside", "Prospect Vale")
_CHARGES = ("drink driving", "driving while disqualified", "assault", "stealing", "breach of a family violence "
            "order", "possessing a controlled plant", "dishonestly acquiring a financial advantage",
            "unlawful entry on land", "evading police", "injuring property")


def _courtlist(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["courtlist"]
    rows = []
    for _ in range(rng.randint(4, 7)):
        age = rng.randint(19, 64)
        rows.append(f"{rng.choice(_FIRST)} {rng.choice('ABDJKLMRST')}. {rng.choice(_LAST)}, {age}, of "
                    f"{rng.choice(_TOWNS)}: {rng.choice(_CHARGES)}.")
    k = _split(rows)
    n = rng.randint(28, 74)
    mag = rng.choice(("Ken Hawk", "Sharon Cure", "Simon M. Brown", "Evan Stanwix"))
    paras = [f"{n} matters are listed before the Launceston Magistrates Court on {_en(when)}, with magistrate "
             f"{mag} presiding in Court 1 from 10am.", "Among them:", *rows[:k], s[0], *rows[k:],
             f"Court 2 will hear {rng.randint(3, 14)} bail applications from 2.15pm, and the Youth Justice "
             f"list sits in Court 3 at St. John St.",
             s[1], s[2]]
    return f"Launceston court list: {n} matters on {EN_DAYS[when.weekday()]}", paras


_LAKES = ("Great Lake", "Arthurs Lake", "Four Springs Lake", "Brushy Lagoon", "Lake Leake", "Penstock Lagoon",
          "Woods Lake", "Lake Burbury", "Meander River", "South Esk at Evandale")
_METHODS = ("mudeyes under a float at dusk", "wet flies and a slow retrieve", "soft plastics in the weed beds",
            "Tassie Devils trolled along the shore", "dry flies when the gum beetles are up", "bait off the bank")


def _fishingreport(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["fishingreport"]
    rows = []
    for lake in rng.sample(_LAKES, rng.randint(3, 5)):
        rows.append(li(f"{lake}: level {_dot(rng.uniform(0.4, 4.8))}m below full, "
                       f"{rng.choice(('browns', 'rainbows', 'browns and rainbows'))} on {rng.choice(_METHODS)}"))
    k = _split(rows)
    fish = rng.uniform(1.1, 4.9)
    who = rng.choice(("Launceston angler Mr. Dale Whitten", "Ms. Kerry-Anne Lord of Longford",
                      "young Archie B. Thow, 11,"))
    paras = [f"The trout are on the move as the water warms, and {who} landed a {_dot(fish)}kg brown at "
             f"{rng.choice(_LAKES)} on {EN_DAYS[when.weekday()]}.", "Where they are biting:", *rows[:k], s[1],
             *rows[k:],
             f"Water temperatures are around {rng.randint(7, 13)}°C, and the forecast is for "
             f"{rng.choice(('light north-westerlies', 'a cold front on the weekend', 'calm, overcast mornings'))}.",
             s[0], s[2]]
    return f"Fishing report: {_dot(fish)}kg brown tops a good week", paras


def _dot(x: float) -> str:
    return f"{x:.1f}"


# ---- en: the Whitehorse radio -------------------------------------------------------------------------
_AURORA_SPOTS = ("the Long Lake Road lookout", "Fish Lake Road", "the Takhini Hot Springs meadow", "Miles Canyon",
                 "the Midnight Dome in Dawson", "Haines Junction's Kluane viewpoint")


def _aurora(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["aurora"]
    kp = [rng.randint(1, 7) for _ in range(3)]
    rows = [f"{_en(when + dt.timedelta(days=i))}: Kp {v}, {'' if v >= 4 else 'low '}chance of a display"
            for i, v in enumerate(kp)]
    sky = rng.choice(("mostly clear skies", "cloud clearing after midnight", "scattered cloud",
                      "clear skies north of Carmacks"))
    paras = [f"The northern lights could put on a show over Whitehorse tonight, with a Kp index of {kp[0]} in the "
             f"forecast and {sky}.", "The three-night outlook:", *rows[:1], s[0], *rows[1:],
             f"The best viewing is expected between 11 p.m. and 2 a.m., and {rng.choice(_AURORA_SPOTS)} is a "
             f"favourite spot, says astronomer Dr. {rng.choice(('Karen L. Wong', 'Peter Bakx', 'Mo Zhang'))}.",
             s[1], s[2]]
    return f"Aurora forecast: Kp {kp[0]} and {sky} for Whitehorse", paras


_BEAR_PLACES = ("the Hillcrest subdivision", "Riverdale near the Chadburn Lake Rd.", "Copper Ridge", "Porter Creek",
                "the Millennium Trail", "Marsh Lake", "the Mount McIntyre ski trails", "Carcross",
                "the Klondike Hwy. at km 12", "Whistle Bend")


def _bearreport(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["bearreport"]
    rows = [li(f"{p[0].upper()}{p[1:]}: {rng.choice(('a black bear', 'a sow grizzly with two cubs', 'a young grizzly', 'a black bear with a cub'))}"  # noqa: E501
               f", {rng.choice(('seen crossing the road', 'into garbage', 'at a compost bin', 'near the trail'))}")
            for p in rng.sample(_BEAR_PLACES, rng.randint(3, 6))]
    k = _split(rows)
    n = rng.randint(6, 31)
    paras = [f"Conservation officers had {n} bear calls in and around Whitehorse in the week to {_en(when)}, the "
             f"Department of Environment said.", "Reports came from:", *rows[:k], s[1], *rows[k:],
             f"“{rng.choice(('The berries are poor this year, so the bears are hungry and coming into town', 'A fed bear is a dead bear, and it is almost always a garbage problem', 'We have not had to destroy a bear yet this year and we want to keep it that way'))},”"  # noqa: E501
             f" said conservation officer {rng.choice(('Sgt. Ryan Hennings', 'Tara J. McLeod', 'Mr. Dustin Jack'))}.",
             s[0], s[2]]
    return f"{n} bear calls in Whitehorse area this week", paras


# ---- de: the hop-growers' weekly ----------------------------------------------------------------------
_SORTEN = ("Perle", "Hallertauer Tradition", "Herkules", "Hallertauer Magnum", "Spalter Select", "Hersbrucker",
           "Hallertauer Mittelfrüher", "Polaris", "Mandarina Bavaria", "Saphir", "Hallertauer Taurus")


def _hopfenmarkt(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["hopfenmarkt"]
    rows = []
    for sorte in rng.sample(_SORTEN, rng.randint(4, 6)):
        p = rng.uniform(5.5, 14.0)
        rows.append(f"{sorte}: {_c(p, 2)} bis {_c(p + rng.uniform(0.2, 1.4), 2)} € je kg.")
    k = _split(rows)
    d = rng.choice(("ruhig", "lebhaft", "schleppend", "fest"))
    paras = [f"Der Freihopfenmarkt der Ernte 2025 verlief in der Woche bis {_de(when)} {d}; gehandelt wurden nach "
             f"Angaben der Handelshäuser ca. {rng.randint(40, 900)} Ztr.", "Die Notierungen im Einzelnen:",
             *rows[:k], s[0], *rows[k:],
             f"„{rng.choice(('Aromasorten sind gefragt, bei den Bittersorten drücken die Lagerbestände der Brauereien', 'Wer jetzt nicht verkauft hat, sollte nicht auf steigende Preise setzen', 'Die Nachfrage aus den USA ist spürbar zurückgegangen'))}“,"  # noqa: E501
             f" sagt {rng.choice(('Dr. Johann Pichlmaier', 'Franziska Wittmann', 'Georg A. Stanglmair'))} vom "
             f"Pflanzerverband.", s[1], s[2]]
    return f"Hopfenmarkt: Handel {d}, Perle bei {rows[0].split(': ')[1].split(' bis')[0]} €", paras


def _alphawerte(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["alphawerte"]
    rows = []
    for sorte in rng.sample(_SORTEN, rng.randint(3, 5)):
        a = rng.uniform(3.0, 17.5)
        rows.append(li(f"{sorte}: {_c(a)} % Alpha (Vorjahr {_c(a + rng.uniform(-1.5, 1.5))} %), "
                       f"{rng.randint(12, 480)} Proben"))
    k = _split(rows)
    stand = rng.randint(20, 95)
    paras = [f"Die Ernte in der Hallertau ist zu rund {stand} Prozent abgeschlossen, und die ersten Alphawerte "
             f"liegen vor (Stand: {_de(when)}):", *rows[:k], s[0], *rows[k:],
             f"Wegen der {rng.choice(('Hitze im Juli', 'Trockenheit im August', 'Hagelschäden bei Mainburg', 'feuchten Witterung'))}"  # noqa: E501
             f" seien die Werte u. a. bei frühen Sorten schwächer, heißt es bei der Landesanstalt in Hüll.",
             s[1], s[2]]
    return f"Alphawerte: Ernte zu {stand} Prozent eingebracht", paras


# ---- de: the North Schleswig daily --------------------------------------------------------------------
_KOMMUNEN = ("Apenrade", "Hadersleben", "Sonderburg", "Tondern")
_BESCHL = ("Sanierung der Schwimmhalle für {m} Mio. Kronen genehmigt", "Bebauungsplan Nr. {n} für {o} angenommen",
           "Zuschuss von {t} Kronen für den deutschen Kindergarten in {o} bewilligt",
           "Grundsteuer bleibt bei {p} Promille", "Radweg zwischen {o} und der Grenze bei Pattburg beschlossen",
           "Verkauf des alten Rathauses in {o} vertagt", "Buslinie {n} wird ab Januar eingestellt")
_ORTE = ("Rothenkrug", "Feldstedt", "Lügumkloster", "Gravenstein", "Norburg", "Woyens", "Hoyer", "Tingleff")


def _stadtrat(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["stadtrat"]
    kom = rng.choice(_KOMMUNEN)
    rows = []
    for b in rng.sample(_BESCHL, rng.randint(3, 5)):
        rows.append(li(b.format(m=_c(rng.uniform(2, 40)), n=rng.randint(12, 240), o=rng.choice(_ORTE),
                                t=f"{rng.randint(20, 400) * 1000:,}".replace(",", "."),
                                p=_c(rng.uniform(18, 30), 2))))
    k = _split(rows)
    paras = [f"Der Stadtrat der Kommune {kom} hat in seiner Sitzung am {_de(when)} u. a. Folgendes beschlossen:",
             *rows[:k], s[0], *rows[k:],
             f"Für die Schleswigsche Partei stimmte {rng.choice(('Erwin Andresen', 'Kirsten N. Bonde', 'Dr. Stephan Kleinschmidt'))} "  # noqa: E501
             f"bei {rng.choice(('allen Punkten', 'dem Haushalt nicht', 'dem Radweg als Einziger dagegen'))} mit.",
             s[1], s[2]]
    return f"Stadtrat {kom}: {len(rows)} Beschlüsse vom {when.day}. {_de(when).split()[-1]}", paras


_STRAENDE = ("Apenrade Südstrand", "Loddenhøj", "Hadersleben Damm", "Sønderstrand bei Sonderburg", "Kegnæs Ende",
             "Høruphav", "Enstedt", "Kollund")


def _badewasser(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["badewasser"]
    rows = []
    reds = 0
    for st in rng.sample(_STRAENDE, rng.randint(4, 6)):
        e = rng.choice((15, 30, 46, 120, 380, 620, 1100))
        flag = "grün" if e < 500 else "rot"
        reds += flag == "rot"
        rows.append(f"{st}: {e} E. coli je 100 ml, Flagge {flag}.")
    k = _split(rows)
    paras = [f"Die Kommunen haben das Badewasser an der Förde zum letzten Mal vor dem Saisonende am {_de(when)} "
             f"untersucht; die Wassertemperatur lag bei {_c(rng.uniform(13.5, 18.9))} Grad.", "Die Ergebnisse:",
             *rows[:k], s[0], *rows[k:],
             "Nach starkem Regen läuft an einigen Stellen Mischwasser in die Förde, erklärt die Umweltabteilung, "
             "die Werte seien dann meist nach zwei bis drei Tagen wieder normal.", s[2], s[1]]
    return f"Badewasser: {reds} rote Flagge{'n' if reds != 1 else ''} an der Förde", paras


# ---- fr: the Rimouski weekly --------------------------------------------------------------------------
_RUES = ("rue Saint-Germain Ouest", "avenue de la Cathédrale", "rue des Pionniers", "boulevard Arthur-Buies",
         "rue Tessier", "chemin du Sommet Ouest", "rue de l'Évêché Est", "secteur Pointe-au-Père",
         "secteur Sainte-Blandine", "secteur du Bic", "rue Lepage")


def _avisebullition(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["avisebullition"]
    rows = [li(f"{r}, {rng.choice(('du nº {a} au nº {b}', 'entre les nºs {a} et {b}', 'tout le secteur'))}"
               .format(a=(a := rng.randint(10, 400)), b=a + rng.randint(20, 300)))
            for r in rng.sample(_RUES, rng.randint(3, 5))]
    k = _split(rows)
    cause = rng.choice(("d'un bris d'aqueduc", "de travaux sur une conduite principale", "d'une baisse de pression",
                        "d'un résultat d'analyse non conforme"))
    paras = [f"La Ville de Rimouski a émis un avis préventif d'ébullition de l'eau ce {_fr(when)} à la suite "
             f"{cause}.", "Les résidences touchées :", *rows[:k], s[0], *rows[k:],
             f"L'avis devrait rester en vigueur au moins {rng.choice((24, 48, 72))} h, le temps d'obtenir deux "
             f"séries d'analyses conformes, a précisé M. {rng.choice(('Guy Caron', 'Denis L. Dubé', 'Pierre Thibault'))}"  # noqa: E501
             f", du Service des travaux publics.", s[1], s[2]]
    return f"Avis d'ébullition : {len(rows)} secteurs touchés à Rimouski", paras


_QUARTIERS = ("Nazareth", "Saint-Robert", "Sacré-Cœur", "Saint-Pie-X", "Pointe-au-Père", "Le Bic",
              "Sainte-Odile", "Rimouski-Est", "Saint-Germain")


def _ramassage(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["ramassage"]
    mon = next_monday(when)
    rows = []
    for i, q in enumerate(rng.sample(_QUARTIERS, rng.randint(3, 5))):
        d = mon + dt.timedelta(days=i % 5)
        what = rng.choice(("bac brun", "bac bleu", "bac vert", "gros rebuts (p. ex. meubles et matelas)"))
        rows.append(f"{q} : {what} le {_fr(d)}.")
    k = _split(rows)
    paras = [f"Le calendrier de la collecte change la semaine du {_fr(mon)} en raison "
             f"{rng.choice(('de la fête du Travail', 'de travaux au centre de tri', 'du passage à la collecte aux deux semaines'))}.",  # noqa: E501
             "Voici les nouvelles dates :", *rows[:k], s[1], *rows[k:],
             f"La Régie intermunicipale dit avoir collecté {rng.randint(180, 640)} t de matières organiques en "
             f"août, soit {_c(rng.uniform(8, 19))} % de plus qu'un an plus tôt.", s[0], s[2]]
    return f"Collectes : changements d'horaire la semaine du {_fr(mon)}", paras


# ---- fr: the Douala daily -----------------------------------------------------------------------------
_DLQ = ("Akwa", "Bonapriso", "Deïdo", "Bépanda", "Makepe", "Logbessou", "Ndokoti", "Bonabéri", "Kotto",
        "PK 14", "Bali", "New-Bell", "Japoma")


def _coupureseneo(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["coupureseneo"]
    rows = []
    for q in rng.sample(_DLQ, rng.randint(4, 6)):
        a = rng.randint(7, 13)
        rows.append(li(f"{q} : de {a} h à {a + rng.randint(2, 6)} h {rng.choice(('00', '30'))}"))
    k = _split(rows)
    paras = [f"Eneo Cameroon annonce des coupures programmées d'électricité à Douala ce {_fr(when)}, pour des "
             f"travaux de {rng.choice(('maintenance du poste de Bekoko', 'remplacement de poteaux', 'élagage sous les lignes', 'raccordement au nouveau poste de Logbaba'))}.",  # noqa: E501
             "Les quartiers concernés :", *rows[:k], s[1], *rows[k:],
             f"Selon M. {rng.choice(('Joseph N. Ekwalla', 'Christian Mbarga', 'Aimé Tchoumi'))}, chef d'agence, "
             f"ces travaux doivent réduire les pannes de {rng.randint(20, 45)} % d'ici la fin de l'année.",
             s[0], s[2]]
    return f"Électricité : coupures dans {len(rows)} quartiers de Douala", paras


_DENREES = (("riz parfumé (sac de 25 kg)", 14500, 19000), ("huile raffinée (litre)", 1200, 1700),
            ("sucre (kg)", 750, 1000), ("farine (sac de 50 kg)", 21000, 26500), ("oignon (filet de 10 kg)", 4000, 9000),
            ("pomme de terre (seau)", 2500, 5000), ("macabo (tas)", 500, 1500), ("poisson maquereau (kg)", 1800, 2600))


def _prixmarche(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["prixmarche"]
    rows = []
    for name, lo, hi in rng.sample(_DENREES, rng.randint(4, 6)):
        rows.append(f"{name.capitalize()} : {rng.randrange(lo, hi, 50):,} FCFA.".replace(",", " "))
    k = _split(rows)
    mk = rng.choice(("Mboppi", "Sandaga", "Congo", "Dakar", "Ndokoti", "New-Deïdo"))
    paras = [f"Les prix de plusieurs produits de grande consommation ont {rng.choice(('augmenté', 'légèrement baissé', 'peu varié'))} "  # noqa: E501
             f"au marché {mk} cette semaine, selon notre relevé de ce {_fr(when)}.", *rows[:k], s[0], *rows[k:],
             f"« {rng.choice(('Le client discute, mais il finit par acheter moins', 'Avec la pluie, les camions ne passent plus à Dschang', 'Les douanes bloquent encore des conteneurs au port'))} », "  # noqa: E501
             f"confie une commerçante, Mme {rng.choice(('Régine Ngo Bassa', 'Odile Kamdem', 'Bertille E. Mouelle'))}.",
             s[1], s[2]]
    return f"Marché {mk} : les prix de la semaine", paras


# ---- es: the Quetzaltenango site -----------------------------------------------------------------------
_VOLCANES = (("Santiaguito", "explosiones débiles a moderadas", "el río Nimá I"),
             ("Fuego", "explosiones moderadas y retumbos", "las barrancas Ceniza y Las Lajas"),
             ("Pacaya", "desgasificación y un flujo de lava", "el flanco suroeste"))


def _volcan(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["volcan"]
    name, act, cauce = rng.choice(_VOLCANES)
    n = rng.randint(4, 19)
    rows = [li(f"Explosiones: {n} por hora"), li(f"Columna de ceniza: {rng.randint(600, 1200) * 4} m s. n. m."),
            li(f"Dispersión: {rng.randint(10, 30)} km hacia el {rng.choice(('oeste', 'suroeste', 'sur'))}"),
            li(f"Caída de ceniza: {rng.choice(('Monte Claro, El Palmar', 'San Marcos Palajunoj', 'Alotenango', 'ninguna reportada'))}")]  # noqa: E501
    rows = rows[:rng.randint(3, 4)]
    k = _split(rows)
    paras = [f"El volcán {name} mantiene {act} este {_es(when)}, según el boletín de las 7:00 del Insivumeh.",
             "Los datos principales:", *rows[:k], s[1], *rows[k:],
             f"La Conred mantiene la alerta {rng.choice(('amarilla', 'amarilla', 'anaranjada'))} en los "
             f"municipios cercanos y vigila {cauce}, informó su vocero, Sr. "
             f"{rng.choice(('Carlos F. Hernández', 'Ricardo Ixcot', 'Juan Pablo Ruiz'))}.", s[0], s[2]]
    return f"Volcán {name}: {n} explosiones por hora", paras


_ZONAS = ("zona 1", "zona 3", "zona 5", "zona 7", "zona 8", "zona 11", "La Esperanza", "Los Trigales",
          "colonia Molina", "Llanos de La Cruz", "San José Chiquilajá")


def _suspensionagua(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["suspensionagua"]
    rows = []
    for z in rng.sample(_ZONAS, rng.randint(3, 5)):
        a = rng.randint(6, 11)
        rows.append(f"{z[0].upper()}{z[1:]}: de {a}:00 a {a + rng.randint(4, 9)}:00 horas.")
    k = _split(rows)
    paras = [f"La Empresa Municipal de Agua (Emax) suspenderá el servicio el {_es(when)} para "
             f"{rng.choice(('reparar una fuga en la 4a. calle', 'limpiar el tanque de Llano de Piedras', 'conectar un pozo nuevo en la Avda. Las Américas'))}.",  # noqa: E501
             "Los sectores afectados:", *rows[:k], s[0], *rows[k:],
             f"El gerente, Ing. {rng.choice(('Edgar R. Sacalxot', 'Miriam Pérez', 'Otto Cajas'))}, dijo que la "
             f"obra cuesta Q{rng.randint(40, 900)} mil.", s[1], s[2]]
    return f"Sin agua en {len(rows)} sectores de Xela el {_es(when)}", paras


# ---- es: the Balearic tourism trade daily -----------------------------------------------------------------
_ZONAS_TUR = ("Playa de Palma", "Calvià", "Alcúdia", "Cala Millor", "Sóller", "Cala d'Or", "Palma ciudad",
              "Ibiza (Sant Antoni)", "Menorca (Ciutadella)", "Formentera")


def _ocupacion(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["ocupacion"]
    rows, vals = [], []
    for z in rng.sample(_ZONAS_TUR, rng.randint(4, 6)):
        v = rng.uniform(71, 97)
        vals.append(v)
        rows.append(li(f"{z}: {_c(v)} % ({'+' if rng.random() < 0.5 else '−'}{_c(rng.uniform(0.2, 4.5))} p. p.)"))
    k = _split(rows)
    avg = sum(vals) / len(vals)
    paras = [f"La ocupación hotelera en Baleares se situó en el {_c(avg)} % en la semana que acabó el {_es(when)}, "
             f"según el informe de la Federación Empresarial Hotelera de Mallorca (FEHM).", *rows[:k], s[0],
             *rows[k:],
             f"La presidenta de la FEHM, Sra. {rng.choice(('María Frontera', 'Catalina J. Ferrer', 'Aina Vidal'))}, "
             f"atribuyó la {'subida' if avg > 85 else 'caída'} al mercado {rng.choice(('alemán', 'británico', 'nórdico', 'nacional'))}.",  # noqa: E501
             s[1], s[2]]
    return f"Ocupación: {_c(avg)} % en la última semana", paras


_BARCOS = ("AIDAcosma", "MSC Seaview", "Costa Smeralda", "Mein Schiff 6", "Norwegian Epic", "Celebrity Apex",
           "Allure of the Seas", "Marella Explorer", "Valiant Lady", "Sirena")


def _cruceros(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["cruceros"]
    ships = rng.sample(_BARCOS, rng.randint(3, 6))
    rows, pax = [], 0
    for sh in ships:
        p = rng.randint(6, 70) * 100
        pax += p
        a = rng.randint(6, 10)
        rows.append(f"{sh}: {a}:00 a {a + rng.randint(7, 11)}:00, {p:,} pasajeros.".replace(",", "."))
    k = _split(rows)
    paras = [f"El puerto de Palma recibe {len(ships)} cruceros el {_es(when)}, con unos {pax:,} pasajeros en "
             f"total.".replace(",", "."), "Las escalas previstas:", *rows[:k], s[0], *rows[k:],
             f"El acuerdo con las navieras limita a tres los barcos que pueden atracar a la vez y a uno los de más "
             f"de {rng.choice((5000, 6000))} pasajeros, recordó el Govern.", s[1], s[2]]
    return f"Cruceros: {len(ships)} escalas en Palma el {_es(when)}", paras


TEMPLATES: dict[str, tuple[str, Callable[[random.Random, dt.date], Story]]] = {
    "courtlist": ("en", _courtlist), "fishingreport": ("en", _fishingreport), "aurora": ("en", _aurora),
    "bearreport": ("en", _bearreport), "hopfenmarkt": ("de", _hopfenmarkt), "alphawerte": ("de", _alphawerte),
    "stadtrat": ("de", _stadtrat), "badewasser": ("de", _badewasser), "avisebullition": ("fr", _avisebullition),
    "ramassage": ("fr", _ramassage), "coupureseneo": ("fr", _coupureseneo), "prixmarche": ("fr", _prixmarche),
    "volcan": ("es", _volcan), "suspensionagua": ("es", _suspensionagua), "ocupacion": ("es", _ocupacion),
    "cruceros": ("es", _cruceros),
}


def make(template: str, rng: random.Random, when: dt.date) -> Story:
    return TEMPLATES[template][1](rng, when)
