"""Templated stories of the 'holdout10' half: National Weather Service heat, dust and flash-flood warnings and
school board notes (en, a Yuma / Imperial Valley TV station), planned power outages and food prices in the
markets (en, a Ghanaian news site), the police report and council notes (de, a Bavarian local paper), Belgium's
maximum fuel prices and roadworks (de, an East Belgian daily), boil-water advisories and death notices (fr, an
Acadian regional site), provincial football results and road-race results (fr, a Belgian sports site), frost
warnings in the high Andes and water cuts (es, a Peruvian regional daily), and the lottery draws and the day's
hearings at the oral-trial court (es, a Yucatán state daily).

As in the other halves, every story has its own facts and shares its template's STOCK sentences, which are true
story text however much some of them read like a site's chrome: safety advice ("pull off the road as far as
possible, turn off all lights"), "forecasters said" lines, a note on how and when the desk compiles the list,
a district's open-meeting rule, "Customers are advised to treat all installations as live", a police
station's phone number, "Die Höchstpreise legt der FÖD Wirtschaft fest", boiling advice, "Toute l'équipe du
Mascaret s'associe à la peine des familles", "seule la feuille de match fait foi", the chip-timing and
complaints rule, Senamhi's advice, Sedapar's 24-hour line, the odds of the Melate and a naming policy for
defendants.  Several stand in the middle of the story between lines of "Name: value", some are bullet items
among the story's own, some stories open a list with a short line ending in a colon.  Abbreviations, times,
dates and decimals throughout (``a.m.``, ``p.m.``, ``U.S.``, ``Dr.``, ``No. 5``, ``St.``, ``GH¢1,450``, ``Nr.``,
``z. B.``, ``u. a.``, ``ca.``, ``10.30 Uhr``, ``1,742 Euro``, ``M.``, ``Mme``, ``9 h 30``, ``p. ex.``,
``32'14''``, ``Sr.``, ``Dra.``, ``núm.``, ``-14 °C``, ``3,5 %``, ``8.30 horas``)."""

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
    ES_DAYS,
    ES_MONTHS,
    FR_DAYS,
    FR_MONTHS,
    ap_date,
    day_month,
    decimal_comma,
    next_monday,
)

Story = tuple[str, list[str]]

STOCK = {
    "nwswarn": (
        "Forecasters said conditions can change quickly and urged residents to keep checking the latest statements "
        "from the weather service.",
        "If you are caught in a dust storm while driving, pull off the road as far as possible, turn off all "
        "lights and keep your foot off the brake.",
        "Drink water before you feel thirsty, and never leave children or pets in a parked car, where the "
        "temperature can pass 150 degrees within minutes.",
        "Do not drive into a flooded wash or dip; a foot of moving water is enough to float most cars.",
        "A warning means the hazard is happening or about to happen; an advisory means conditions are a nuisance "
        "but less severe.",
    ),
    "schoolboard": (
        "Board meetings are open to the public, and comment cards must be turned in before the meeting is called "
        "to order.",
        "Arizona's open meeting law requires each district to post its agenda a full day before the board meets.",
        "Desert Valley 11 compiles these notes from each board's agenda, its draft minutes and our own reporting.",
    ),
    "ecgoutage": (
        "The Electricity Company of Ghana (ECG) said the interruptions were needed to allow engineers to carry out "
        "maintenance and upgrade works on the network.",
        "Customers are advised to treat all electrical installations as live throughout the period, since power "
        "may be restored at any time without notice.",
        "ECG apologised for the inconvenience and said faults could be reported on its toll-free line, 0800 555 "
        "222, or on the ECG Power App.",
    ),
    "marketprices": (
        "Sankofa Online correspondents collected the prices from at least three traders in each market on Saturday "
        "morning.",
        "They are wholesale prices unless stated otherwise and may differ from one trader to the next.",
        "Prices of local produce usually rise in the lean season before the main harvest, traders said.",
    ),
    "polizeimeldungen": (
        "Hinweise nimmt die Polizeiinspektion Bad Tölz unter Tel. 08041/7611-0 entgegen, auch anonym.",
        "Die Meldungen beruhen auf den Presseberichten der Polizeiinspektionen Bad Tölz und Geretsried.",
        "Bis zu einer rechtskräftigen Verurteilung gilt für alle Beschuldigten die Unschuldsvermutung.",
    ),
    "gemeinderat": (
        "Die Sitzungen des Gemeinderats sind öffentlich, die Tagesordnung hängt jeweils eine Woche vorher an der "
        "Amtstafel im Rathaus aus.",
        "Zu Beginn jeder Sitzung können Bürgerinnen und Bürger in einer Fragestunde Anliegen vorbringen.",
        "Der Landbote berichtet aus den Räten aller 21 Gemeinden im Landkreis; die Niederschriften liegen im "
        "Rathaus zur Einsicht aus.",
    ),
    "hoechstpreise": (
        "Die Höchstpreise legt der Föderale Öffentliche Dienst (FÖD) Wirtschaft auf Grundlage des Programmvertrags "
        "mit der Erdölbranche fest.",
        "An vielen Tankstellen liegen die tatsächlichen Preise unter dem Höchstpreis, vor allem an "
        "Automatentankstellen.",
        "Der Venn-Kurier veröffentlicht die neuen Werte, sobald der FÖD sie bekannt gibt, in der Regel am Vortag.",
    ),
    "baustellen": (
        "Die Liste beruht auf Mitteilungen des Öffentlichen Dienstes der Wallonie (ÖDW) und der neun Gemeinden; "
        "Termine können sich wetterbedingt verschieben.",
        "Aktuelle Verkehrsmeldungen gibt das Verkehrszentrum Perex rund um die Uhr unter der Rufnummer 1718 "
        "heraus.",
        "Radfahrer und Fußgänger werden an den meisten Baustellen vorbeigeleitet.",
    ),
    "ebullition": (
        "En attendant la levée de l'avis, faites bouillir l'eau à gros bouillons pendant au moins une minute avant "
        "de la boire, de préparer des aliments ou de vous brosser les dents.",
        "L'eau du robinet peut servir sans danger pour la lessive et le bain des adultes.",
        "Le Mascaret tient à jour la liste des avis en vigueur à partir des communiqués des municipalités et du "
        "ministère de la Santé du Nouveau-Brunswick.",
    ),
    "necroacadie": (
        "Nous reproduisons ces avis tels que les salons funéraires nous les font parvenir.",
        "Les familles qui souhaitent faire paraître un avis peuvent s'adresser à leur salon funéraire.",
        "Toute l'équipe du Mascaret s'associe à la peine des familles.",
    ),
    "provinciales": (
        "Les résultats sont ceux transmis par les secrétaires de club ; seule la feuille de match officielle de "
        "l'ACFF fait foi.",
        "Un match remis ou arrêté est rejoué à une date fixée par le comité provincial.",
        "Le Vestiaire publie le dimanche soir les résultats de toutes les séries provinciales de Wallonie.",
    ),
    "jogging": (
        "Les temps sont ceux du chronométrage électronique officiel ; toute réclamation doit parvenir à "
        "l'organisateur dans les 48 heures.",
        "L'épreuve compte pour le Challenge des Ardennes, dont le classement général est recalculé après chaque "
        "manche.",
        "Les résultats complets sont affichés à la salle du village le soir de la course.",
    ),
    "heladas": (
        "El Senamhi recomienda abrigarse con varias capas de ropa, cubrirse la cabeza y evitar los cambios bruscos "
        "de temperatura.",
        "Los padres deben vigilar a los niños y a los adultos mayores, los más expuestos a las infecciones "
        "respiratorias agudas.",
        "Diario El Misti actualiza esta información con cada nuevo aviso meteorológico del Senamhi.",
    ),
    "cortesagua": (
        "Sedapar recomienda almacenar agua en recipientes limpios y tapados y mantener cerrados los caños durante "
        "el corte.",
        "El servicio se restablecerá de manera progresiva; en las partes altas puede tardar algunas horas más.",
        "Las fugas y emergencias se reportan al Aló Sedapar, 054 555 606, las 24 horas del día.",
    ),
    "melate": (
        "Los boletos premiados de hasta 10 mil pesos se cobran en cualquier expendio autorizado; los premios "
        "mayores, en las oficinas de Pronósticos.",
        "La probabilidad de acertar los seis números del Melate es de una en poco más de 3.8 millones.",
        "El Diario del Mayab publica estos números cada mañana; verifica siempre tu boleto en un punto de venta.",
    ),
    "audiencias": (
        "Conforme a la ley, el Diario del Mayab solo publica el nombre de pila y las iniciales de los apellidos de "
        "las personas imputadas.",
        "Las audiencias pueden diferirse por ausencia de alguna de las partes o por decisión del juez de control.",
        "El Poder Judicial del Estado publica la lista de audiencias la víspera; de ahí se toma esta agenda.",
    ),
}
DATELINED = ("ecgoutage",)  # the Ghanaian site's dateline opens these, as in a wire story


_ap = ap_date
_comma = decimal_comma
_monday = next_monday
_de = partial(day_month, lang="de")
_fr = partial(day_month, lang="fr")
_es = partial(day_month, lang="es")


def _cedis(x: float) -> str:
    return f"GH¢{x:,.0f}" if x >= 100 else f"GH¢{x:.2f}"


# ---- en: the Yuma / Imperial Valley TV station ---------------------------------------------------------------
_NWS_PLACES = (("Yuma", 108, 117), ("El Centro", 109, 118), ("Calexico", 108, 116), ("Brawley", 110, 118),
               ("San Luis", 107, 115), ("Wellton", 109, 117), ("Somerton", 107, 115), ("Imperial", 109, 117))
_NWS_VOICES = (("meteorologist Carla Ruiz of the weather service's Phoenix office",
                "The nights are the problem; it never drops below 90, so bodies never get a chance to cool off"),
               ("Dr. Anil Mehta, an emergency physician at Yuma Regional Medical Center",
                "We start seeing heat exhaustion by 10 a.m. in people who work outside"),
               ("StormWatch 11 chief meteorologist Dana Whitcomb",
                "Outflow from storms over Sonora can carry a wall of dust across Interstate 8 in minutes"),
               ("Sgt. Luis Araiza of the Arizona Department of Public Safety",
                "Most dust-storm crashes happen when a driver stops in the lane with the lights on"))


def _nwswarn(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["nwswarn"]
    kind = rng.choice(("heat", "heat", "dust", "flood"))
    wd, nxt = EN_DAYS[when.weekday()], EN_DAYS[(when.weekday() + 2) % 7]
    office = rng.choice(("Phoenix", "San Diego"))
    places = rng.sample(_NWS_PLACES, rng.randint(3, 5))
    if kind == "heat":
        name = "Extreme Heat Warning"
        span = f"from {rng.choice(('10 a.m.', '11 a.m.', 'noon'))} {wd} until 8 p.m. {nxt}"
        rows = [f"{p}: highs of {rng.randint(lo, hi)} to {hi + rng.randint(0, 2)} degrees, with overnight lows near "
                f"{rng.randint(84, 93)}." for p, lo, hi in places]
        extra = [s[2], f"Yuma International Airport reached {rng.randint(112, 118)} degrees at "
                       f"{rng.randint(2, 5)}:{rng.choice(('05', '18', '41', '57'))} p.m. the day before, "
                       f"{rng.randint(1, 4)} degrees shy of the record for the date."]
    elif kind == "dust":
        name = rng.choice(("Dust Storm Warning", "Blowing Dust Advisory"))
        span = f"until {rng.randint(6, 10)}:{rng.choice(('00', '15', '45'))} p.m. {wd}"
        rows = [f"{p}: visibility below {rng.choice(('a quarter mile', 'a half mile', 'one mile'))} at times, "
                f"with gusts of {rng.randint(35, 60)} mph." for p, _, _ in places]
        extra = [s[1], f"Interstate 8 between mileposts {rng.randint(2, 20)} and {rng.randint(30, 60)} is the "
                       f"stretch most likely to see sudden drops in visibility, the Arizona Department of "
                       f"Transportation said."]
    else:
        name = "Flash Flood Warning"
        span = f"until {rng.randint(7, 11)}:{rng.choice(('00', '30'))} p.m. {wd}"
        rows = [f"{p}: {_comma(rng.uniform(0.5, 2.5), 2).replace(',', '.')} inches of rain possible in an hour, "
                f"with water over roads in low spots." for p, _, _ in places]
        extra = [s[3], f"Radar showed storms moving west at about {rng.randint(10, 25)} mph from the Gila Mountains "
                       f"toward the Foothills."]
    k = rng.randint(1, len(rows) - 1)
    who, q = rng.choice(_NWS_VOICES)
    lede = (f"The National Weather Service office in {office} issued a{'n' if name[0] in 'AEIOU' else ''} {name} "
            f"for Yuma County and the Imperial Valley {span}.")
    paras = [lede, rng.choice(("What to expect, town by town:", "Forecast highlights:")), *rows[:k], s[4],
             *rows[k:], *extra, f"“{q},” said {who}.", s[0]]
    return f"{name} for Yuma County and the Imperial Valley this {wd}", paras


_DISTRICTS = ("Yuma Union High School District", "Crane School District", "Yuma Elementary School District No. 1",
              "Somerton School District", "Gadsden Elementary School District", "Calexico Unified School District",
              "El Centro Elementary School District")
_BOARD_ITEMS = ("approved a ${b:.1f} million contract with Saguaro Transit Sales for {n} new school buses, {v}.",
                "adopted a cellphone policy that keeps phones in pouches from the first bell to the last, {v}.",
                "hired {n} teachers from the Philippines on J-1 visas to fill math and science openings, {v}.",
                "set the start of the 2026-27 school year for July {d}, {v}.",
                "heard a report showing {p}% of third-graders passed the state reading test, up from {p2}%.",
                "voted to ask voters for a ${m:.1f} million bond in November to replace air conditioning at {n} "
                "campuses, {v}.",
                "accepted a $25,000 donation from the Yuma Fresh Vegetable Association for school gardens.",
                "renamed the St. Francis Avenue campus after longtime principal Dr. Rosa Elena Quintero, {v}.")
_BOARD_VOICES = (("board president Marisol Encinas", "We heard from parents at every meeting this summer"),
                 ("Superintendent Dr. Glen Harker", "The buses we are replacing have more than 300,000 miles on them"),
                 ("board member Tom Alcaraz, who cast the lone no vote", "I support the goal, not the price tag"))


def _schoolboard(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["schoolboard"]
    district = rng.choice(_DISTRICTS)
    meeting = when - dt.timedelta(days=rng.randint(1, 3))
    votes = ("5-0", "4-1", "3-2", "unanimously")
    items = []
    for t in rng.sample(_BOARD_ITEMS, rng.randint(3, 5)):
        v = rng.choice(votes)
        vote = "unanimously" if v == "unanimously" else f"on a {v} vote"
        p = rng.randint(28, 61)
        n = rng.randint(3, 14)
        items.append(li("The board " + t.format(m=rng.uniform(8.0, 48.0), b=n * rng.uniform(0.16, 0.2), n=n, v=vote,
                                                 d=rng.randint(14, 24), p=p, p2=p - rng.randint(1, 6))))
    k = rng.randint(1, len(items) - 1)
    who, q = rng.choice(_BOARD_VOICES)
    nxt = meeting + dt.timedelta(days=14)
    paras = [f"The {district} governing board met on {EN_DAYS[meeting.weekday()]}, {_ap(meeting)}. Here is what "
             f"it decided.", *items[:k], s[0], *items[k:], f"“{q},” said {who}.",
             f"The next regular meeting is {EN_DAYS[nxt.weekday()]}, {_ap(nxt)}, at "
             f"{rng.choice(('5:30', '6', '6:30'))} p.m. at the district office.", s[1], s[2]]
    return f"School board notes: {district}, {_ap(meeting)}", paras


# ---- en: the Ghanaian news site -----------------------------------------------------------------------------
_ECG_AREAS = (("Accra East", ("Adenta Housing Down, SDA and Ashiyie", "parts of Madina Zongo and Estate",
                              "Oyarifa, Teiman and Abokobi")),
              ("Accra West", ("Kaneshie First Light and Odorkor", "parts of Dansoman Sakaman and Exhibition",
                              "Mallam Junction and Gbawe")),
              ("Tema", ("Community 18, 19 and 20", "Sakumono Estates and Lashibi", "parts of Ashaiman Lebanon")),
              ("Ashanti", ("Kwadaso Estate and Agric", "parts of Bantama and Suame Magazine",
                           "Atonsu, Ahinsan and Kaase")))
_ECG_WORK = ("replacement of old poles", "upgrade of the {kv}kV line", "tree trimming along the {kv}kV line",
             "installation of a new transformer", "relocation of lines for road construction")
_ECG_VOICES = (("Mrs. Abena Ofori-Atta, ECG's Accra East regional public relations officer",
                "We give notice so that businesses can plan, and we finish early whenever we can"),
               ("a cold-store owner at Madina, Mr. Kwaku Asante",
                "A whole day off means I have to run the generator, and fuel is not cheap"),
               ("Eng. Samuel Dogbe of ECG's network department",
                "The old poles are a danger in the rainy season; replacing them now saves outages later"))


def _ecgoutage(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["ecgoutage"]
    wd = EN_DAYS[when.weekday()]
    picks = rng.sample(_ECG_AREAS, rng.randint(2, 3))
    rows = []
    for region, areas in picks:
        for area in rng.sample(areas, rng.randint(1, 2)):
            start = rng.choice((7, 8, 9))
            rows.append(f"{region}: {area}, from {start} a.m. to {rng.choice((3, 4, 5, 6))} p.m., for the "
                        f"{rng.choice(_ECG_WORK).format(kv=rng.choice((11, 33)))}.")
    k = rng.randint(1, len(rows) - 1)
    who, q = rng.choice(_ECG_VOICES)
    names = [r for r, _ in picks]
    where = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    paras = [f"Parts of {where} will be without electricity on {wd}, "
             f"{_ap(when)}, during planned maintenance, the power distributor has announced.",
             "The affected areas are:", *rows[:k], s[1], *rows[k:], s[0], f"“{q},” said {who}.", s[2]]
    return f"ECG lists planned power outages for {wd}, {_ap(when)}", paras


_PRODUCE = (("Tomatoes, big crate", 1450.0, "Makola"), ("Onions, 50kg bag", 980.0, "Makola"),
            ("Yam, 100 tubers (Puna)", 2600.0, "Kejetia"), ("Plantain, bunch", 85.0, "Kejetia"),
            ("Local rice, 25kg bag", 610.0, "Aboabo"), ("Maize, 100kg bag", 740.0, "Aboabo"),
            ("Gari, olonka", 28.0, "Makola"), ("Pepper, small basket", 120.0, "Kejetia"),
            ("Cassava, 50kg bag", 210.0, "Techiman"), ("Groundnuts, olonka", 46.0, "Aboabo"))
_QUEENS = (("Maame Akosua Serwaa, the onion queen at Makola", "Transport from the north has gone up again"),
           ("Hajia Amina Issah, a rice seller at Aboabo in Tamale", "The new harvest will bring prices down soon"),
           ("Auntie Esi Mensah, a tomato wholesaler at Kejetia",
            "When the Burkina trucks are late at the border, prices jump overnight"))


def _marketprices(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["marketprices"]
    rows = []
    for item, base, market in sorted(rng.sample(_PRODUCE, rng.randint(4, 6)), key=_PRODUCE.index):
        now = base * rng.uniform(0.85, 1.2)
        before = now * rng.uniform(0.88, 1.1)
        now, before = round(now), round(before)
        trend = "unchanged" if now == before else f"{'up' if now > before else 'down'} from {_cedis(before)}"
        rows.append(f"{item} ({market}): {_cedis(now)}, {trend} a week earlier.")
    k = rng.randint(1, len(rows) - 1)
    who, q = rng.choice(_QUEENS)
    infl = rng.uniform(11.0, 23.0)
    prev = infl + rng.uniform(0.4, 3)
    paras = ["Food prices moved in both directions in the country's big markets this week, a survey by Sankofa "
             "Online in Accra, Kumasi and Tamale shows.", *rows[:k], s[1], *rows[k:], s[0],
             f"“{q},” said {who}.",
             f"The Ghana Statistical Service last put food inflation at {infl:.1f}%, against {prev:.1f}% a month "
             f"earlier.", s[2]]
    return f"Market watch: what food costs at Makola, Kejetia and Aboabo ({_ap(when)})", paras


# ---- de: the Bavarian local paper ---------------------------------------------------------------------------
_ORTE = ("Bad Tölz", "Lenggries", "Geretsried", "Wolfratshausen", "Benediktbeuern", "Kochel am See", "Gaißach",
         "Bad Heilbrunn", "Münsing", "Icking")
_VORFAELLE = (
    "Ein {a}-jähriger Radfahrer ist am {wd}nachmittag gegen {h}.30 Uhr auf der Isarpromenade gestürzt und wurde "
    "leicht verletzt ins Krankenhaus gebracht.",
    "Unbekannte haben in der Nacht auf {wd} an einem Parkplatz an der B 13 die Seitenscheibe eines Autos "
    "eingeschlagen und u. a. eine Handtasche gestohlen; der Schaden liegt bei ca. {e} Euro.",
    "Bei einer Kontrolle am {wd}abend wurde ein {a}-jähriger Autofahrer mit 1,{p} Promille gestoppt; sein "
    "Führerschein ist vorerst weg.",
    "Ein Wanderer aus München hat sich am {wd} am Brauneck verstiegen und wurde von der Bergwacht unverletzt "
    "geborgen.",
    "Aus einem unversperrten Gartenhaus in der Birkenstraße wurden am {wd} zwei E-Bikes im Wert von rund {e} Euro "
    "entwendet.",
    "Auf der Staatsstraße 2072 kam es am {wd}morgen zu einem Auffahrunfall mit drei Autos, verletzt wurde "
    "niemand; der Sachschaden wird auf {e} Euro geschätzt.",
    "Ein Unbekannter hat am {wd} an der Grundschule Nr. 2 mehrere Fahrräder beschädigt, z. B. Reifen "
    "zerstochen.",
    "Eine {a}-jährige Seniorin hat am {wd} einem falschen Polizeibeamten am Telefon nicht geglaubt und den "
    "Betrugsversuch gemeldet.")


def _polizeimeldungen(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["polizeimeldungen"]
    wd = DE_DAYS[(when.weekday() - 1) % 7]
    items = []
    for ort, text in zip(rng.sample(_ORTE, 5), rng.sample(_VORFAELLE, rng.randint(3, 5)), strict=False):
        items.append(f"{ort}: " + text.format(a=rng.randint(17, 86), wd=wd, h=rng.randint(13, 17),
                                              e=rng.choice(("800", "1500", "2500", "4000")), p=rng.randint(1, 9)))
    k = rng.randint(1, len(items) - 1)
    paras = [f"Die wichtigsten Einsätze der Polizei im Tölzer Land vom {_de(when - dt.timedelta(days=1))} im "
             f"Überblick.", *items[:k], s[0], *items[k:], s[2], s[1]]
    return f"Polizeibericht: {items[0].split(':')[0]} und {len(items) - 1} weitere Meldungen aus dem Landkreis", paras


_GEMEINDEN = (("Lenggries", "Markus Ostler"), ("Gaißach", "Stefan Fadinger"), ("Bad Heilbrunn", "Thomas Gründl"),
              ("Kochel am See", "Rudolf Holzer"), ("Benediktbeuern", "Hanna Sommer"), ("Icking", "Verena Reithmann"))
_BESCHLUESSE = (
    "Bauantrag Nr. {n}/2025 für ein Einfamilienhaus mit Doppelgarage am Kirchweg: genehmigt ({j}:{nein} Stimmen).",
    "Sanierung der Turnhalle an der Grundschule: Der Rat gab {m} Mio. Euro frei, u. a. für ein neues Dach.",
    "Hundesteuer: Sie steigt ab 1. Januar von 40 auf {h} Euro im Jahr für den ersten Hund.",
    "Parkplatz am Bahnhof: Künftig gilt von 8 bis 18 Uhr eine Parkscheibenpflicht von drei Stunden.",
    "Freibad: Die Saison wird wegen des warmen Herbstes bis {d}. September verlängert.",
    "Bebauungsplan „Am Moosbach“: Der Entwurf wird öffentlich ausgelegt, Stellungnahmen sind bis Ende Oktober "
    "möglich.",
    "Straßenbeleuchtung: Die letzten {n} Laternen werden auf LED umgestellt, Kosten ca. {k}.000 Euro.",
    "Christkindlmarkt: Er findet heuer an allen vier Adventswochenenden am Kirchplatz St. Michael statt.")


def _gemeinderat(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["gemeinderat"]
    ort, bgm = rng.choice(_GEMEINDEN)
    sitzung = when - dt.timedelta(days=rng.randint(1, 3))
    items = []
    for t in rng.sample(_BESCHLUESSE, rng.randint(3, 5)):
        j = rng.randint(9, 16)
        items.append(li(t.format(n=rng.randint(11, 58), j=j, nein=rng.randint(0, 4), m=_comma(rng.uniform(0.4, 3.8)),
                                 h=rng.choice((48, 50, 55, 60)), d=rng.randint(14, 28), k=rng.randint(18, 96))))
    k = rng.randint(1, len(items) - 1)
    paras = [f"Der Gemeinderat {ort} hat in seiner Sitzung am {_de(sitzung)}, unter anderem über diese Punkte "
             f"entschieden:", *items[:k], s[0], *items[k:],
             f"„{rng.choice(('Das war eine lange, aber gute Sitzung', 'Wir müssen beim Geld genau hinschauen', 'Die Bürger haben uns das ausdrücklich gewünscht'))}“, "  # noqa: E501
             f"sagte Bürgermeister{'in' if bgm.split()[0] in ('Hanna', 'Verena') else ''} {bgm} am Ende.",
             s[1], s[2]]
    return f"Aus dem Gemeinderat {ort}: Sitzung vom {sitzung.day}. {DE_MONTHS[sitzung.month - 1]}", paras


# ---- de: the East Belgian daily -------------------------------------------------------------------------------
_SORTEN = (("Benzin 95 E10", 1.70), ("Benzin 98 E5", 1.82), ("Diesel B7", 1.78), ("Heizöl (ab 2.000 Liter)", 0.93))


def _hoechstpreise(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["hoechstpreise"]
    ab = when + dt.timedelta(days=1)
    rows = []
    moves = []
    for sorte, base in _SORTEN:
        delta = rng.choice((-1, 1)) * rng.uniform(0.3, 4.8)
        price = base + rng.uniform(-0.06, 0.06)
        moves.append((sorte, delta))
        sign = "+" if delta > 0 else "−"
        rows.append(f"{sorte}: höchstens {_comma(price, 3)} Euro pro Liter ({sign}{_comma(abs(delta))} Cent).")
    k = rng.randint(1, 3)
    diesel = moves[2][1]
    paras = [f"Ab {_de(ab)}, gelten in Belgien neue Höchstpreise für Kraftstoffe und Heizöl: Diesel wird "
             f"{'teurer' if diesel > 0 else 'billiger'}.", *rows[:k], s[0], *rows[k:],
             f"Zum Vergleich: In Aachen kostete ein Liter Super E10 am {DE_DAYS[when.weekday()]} im Schnitt "
             f"{_comma(rng.uniform(1.66, 1.82), 2)} Euro, in Luxemburg {_comma(rng.uniform(1.45, 1.56), 2)} "
             f"Euro.", s[1], s[2]]
    title = f"Spritpreise: Diesel wird ab {DE_DAYS[ab.weekday()]} {'teurer' if diesel > 0 else 'billiger'}"
    return title, paras


_STRASSEN = (("N67 Eupen–Monschau, Höhe Ternell", "Vollsperrung von 8 bis 17 Uhr", "Umleitung über die N68"),
             ("E40, Ausfahrt Nr. 38 (Eupen)", "Ausfahrt nachts gesperrt, 21 bis 5 Uhr", "Umleitung über Ausfahrt 39"),
             ("Aachener Straße in Kelmis", "halbseitig gesperrt, Ampelregelung", "keine Umleitung nötig"),
             ("N62 St. Vith–Malmedy, Höhe Recht", "Vollsperrung am Wochenende", "Umleitung über Born"),
             ("Hauptstraße in Bütgenbach", "Einbahnverkehr Richtung Elsenborn", "Gegenrichtung über die N632"),
             ("Vervierser Straße in Eupen", "Fahrbahnverengung wegen Kanalarbeiten", "Bus 725 hält provisorisch am "
              "Rathaus"),
             ("Rotenbergplatz in Eupen", "Parkplatz zur Hälfte gesperrt", "Ausweichparkplatz am Schwimmbad"))


def _baustellen(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["baustellen"]
    monday = _monday(when)
    rows = [f"{w}: {m}, {u}." for w, m, u in sorted(rng.sample(_STRASSEN, rng.randint(3, 5)), key=_STRASSEN.index)]
    k = rng.randint(1, len(rows) - 1)
    bis = monday + dt.timedelta(days=rng.randint(4, 25))
    paras = [f"Auf den Straßen in Ostbelgien wird ab {_de(monday)}, an {len(rows)} Stellen gearbeitet. Die längste "
             f"Baustelle dauert voraussichtlich bis {bis.day}. {DE_MONTHS[bis.month - 1]}.", *rows[:k], s[0],
             *rows[k:], s[2],
             f"„{rng.choice(('Wir bündeln die Arbeiten, damit nicht zweimal aufgerissen wird', 'Im Herbst ist das Wetter noch stabil genug für Asphalt'))}“, "  # noqa: E501
             f"sagte {rng.choice(('ÖDW-Bezirksleiter Dr. Paul Theissen', 'Schöffin Ingrid Mertes', 'Bauleiter Marc Kever'))}.",  # noqa: E501
             s[1]]
    return f"Baustellen in Ostbelgien: Das ändert sich ab {monday.day}. {DE_MONTHS[monday.month - 1]}", paras


# ---- fr: the Acadian regional site ------------------------------------------------------------------------------
_VILLES = (("Dieppe", ("rue Champlain, entre la rue Acadie et le boulevard Dieppe", "rue Gauvin",
                       "le secteur de la rue Amirault")),
           ("Shédiac", ("rue Main, du numéro 200 au numéro 480", "le chemin Bellevue", "l'avenue Belliveau")),
           ("Caraquet", ("le boulevard Saint-Pierre Est", "la rue du Portage", "le chemin Saint-Simon")),
           ("Shippagan", ("la 1re Rue", "le boulevard J.-D.-Gauthier", "l'avenue de l'Hôpital")),
           ("Bouctouche", ("le boulevard Irving", "la rue Évangéline", "le chemin Saint-Jean-Baptiste")),
           ("Memramcook", ("la rue Centrale", "le chemin Royal", "le secteur du Collège")))
_CAUSES = ("un bris d'aqueduc", "une baisse de pression dans le réseau", "des travaux sur une conduite principale",
           "une panne à la station de pompage")
_EB_VOIX = (("M. Gilles Robichaud, directeur des travaux publics", "Nos équipes ont travaillé toute la nuit"),
            ("Mme Nathalie Cormier, porte-parole de la municipalité",
             "Nous attendons deux analyses négatives de suite avant de lever l'avis"),
            ("le Dr Paul-Émile Savoie, médecin-hygiéniste régional",
             "Le risque est faible, mais la précaution s'impose pour les bébés et les personnes fragiles"))


def _ebullition(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["ebullition"]
    ville, rues = rng.choice(_VILLES)
    items = [li(r[0].upper() + r[1:] + ";") for r in rng.sample(rues, rng.randint(2, 3))]
    items[-1] = li(items[-1][:-1] + ".")
    who, q = rng.choice(_EB_VOIX)
    h = rng.choice(("6 h 30", "9 h 30", "13 h", "16 h 45"))
    paras = [f"La municipalité de {ville} a émis ce {_fr(when)}, à {h}, un avis d'ébullition d'eau préventif à la "
             f"suite d'{rng.choice(_CAUSES)}.", "Les secteurs touchés :", *items, s[0],
             f"L'avis restera en vigueur au moins {rng.choice(('24', '48', '72'))} heures, le temps que les analyses "
             f"du laboratoire provincial confirment la qualité de l'eau.", f"« {q} », a déclaré {who}.", s[1], s[2]]
    return f"Avis d'ébullition d'eau à {ville} ce {FR_DAYS[when.weekday()]}", paras


_DEFUNTS = (("LEBLANC", "Marie-Anne", "f", "Cormier"), ("GALLANT", "Roméo", "m", ""), ("ARSENAULT", "Yvonne", "f",
            "Haché"), ("ROBICHAUD", "Léonard", "m", ""), ("LANDRY", "Thérèse", "f", "Doiron"),
            ("CHIASSON", "Armand", "m", ""), ("BOUDREAU", "Jeannine", "f", "Poirier"), ("MALLET", "Clarence", "m", ""),
            ("THÉRIAULT", "Simone", "f", "Duguay"), ("GODIN", "Aurèle", "m", ""), ("SAVOIE", "Bernadette", "f",
            "Richard"), ("DOUCET", "Fernand", "m", ""))
_LIEUX = ("à l'Hôpital Dr-Georges-L.-Dumont de Moncton", "à l'Hôpital de l'Enfant-Jésus RHSJ† de Caraquet",
          "au Foyer Saint-Joseph de Saint-Basile", "à sa résidence, entouré·e des siens",
          "à l'Hôpital régional Chaleur de Bathurst")
_SALONS = ("Salon funéraire Maillet, Dieppe", "Résidence funéraire Frigault, Shédiac",
           "Salon funéraire Guildo Chiasson, Lamèque", "Coopérative funéraire de la Péninsule, Caraquet")
_METIERS = ("pêcheur côtier pendant 40 ans", "enseignante à l'école Clément-Cormier", "camionneur",
            "infirmière auxiliaire", "propriétaire du magasin général du village", "bénévole de la paroisse")


def _avisdeces(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["necroacadie"]
    notices = []
    for nom, prenom, g, nee in rng.sample(_DEFUNTS, rng.randint(3, 5)):
        mort = when - dt.timedelta(days=rng.randint(1, 5))
        visite = when + dt.timedelta(days=rng.randint(1, 3))
        e = "e" if g == "f" else ""
        lieu = rng.choice(_LIEUX).replace("entouré·e", f"entouré{e}")
        titre = "Mme" if g == "f" else "M."
        notices.append(
            f"{nom}, {prenom}{f' (née {nee})' if nee else ''} – {lieu[0].upper() + lieu[1:]}, le {mort.day} "
            f"{FR_MONTHS[mort.month - 1]} {mort.year}, à l'âge de {rng.randint(68, 99)} ans, est décédé{e} {titre} "
            f"{prenom} {nom.capitalize()}, de {rng.choice(('Dieppe', 'Memramcook', 'Cap-Pelé', 'Tracadie', 'Lamèque', 'Néguac'))}, "  # noqa: E501
            f"{rng.choice(_METIERS)}. Visites : {rng.choice(_SALONS)}, le {FR_DAYS[visite.weekday()]} de 14 h à 16 h "
            f"et de 19 h à 21 h. Les funérailles auront lieu le lendemain à {rng.choice(('10 h', '11 h', '14 h'))} en "
            f"l'église {rng.choice(('Sainte-Thérèse-d’Avila', 'Saint-Pierre-aux-Liens', 'Notre-Dame-de-l’Assomption'))}.")  # noqa: E501
    k = rng.randint(1, len(notices) - 1)
    paras = [f"Voici les avis de décès reçus par la rédaction en date du {_fr(when)}.", *notices[:k], s[0],
             *notices[k:], s[1], s[2]]
    return f"Avis de décès du {when.day} {FR_MONTHS[when.month - 1]}", paras


# ---- fr: the Belgian sports site --------------------------------------------------------------------------------
_SERIES = (("P1 Liège", ("RFC Warnant", "RCS Verlaine", "FC Hannut B", "RFC Huy", "Aywaille FC", "US Comblain",
                         "RFC Sprimont", "JS Ougrée")),
           ("P1 Namur", ("UR Namur B", "RFC Rhisnes", "Jambes FC", "FC Profondeville", "RES Couvin-Mariembourg",
                         "US Givet-Dinant")),
           ("P1 Hainaut", ("RFC Tournai B", "Olympic Charleroi B", "RUS Binche", "FC Pâturages", "RAS Monceau",
                           "Entente Peruwelz")),
           ("P1 Luxembourg", ("RUS Arlon B", "US Bastogne", "Marloie Sport", "JS Habay", "RSC Athusien",
                              "Entente Durbuy")))
_BUTEURS = ("Dumont", "Lejeune", "Petit", "Mathieu", "Lambert", "Dubois", "Renard", "Kabongo", "Hansen", "Dupont",
            "Mertens", "Balde", "Collard", "Piron")
_COACHS = (("l'entraîneur de Warnant, Fabrice Leroy", "On a enfin tué le match avant la pause"),
           ("le T1 de Sprimont, Didier Henrard", "Quatre matchs, quatre victoires : il ne faut pas s'enflammer"),
           ("le président de Bastogne, M. Jean-Luc Thiry", "Le terrain synthétique change tout en automne"))


def _provinciales(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["provinciales"]
    serie, clubs = rng.choice(_SERIES)
    journee = max(1, (when - dt.date(2025, 8, 24)).days // 7 + 1)
    teams = rng.sample(clubs, 6)
    rows = []
    for a, b in zip(teams[::2], teams[1::2], strict=True):
        ga, gb = rng.randint(0, 4), rng.randint(0, 3)
        scorers = [f"{rng.choice(_BUTEURS)} {m}e" for m in sorted(rng.sample(range(2, 90), ga))]
        rows.append(f"{a} – {b} {ga}-{gb}" + (f" ({', '.join(scorers)})" if scorers else "") + ".")
    idle = [c for c in clubs if c not in teams]
    if len(idle) >= 2:
        rows.append(f"{idle[0]} – {idle[1]} : remis (terrain impraticable).")
    k = rng.randint(1, len(rows) - 1)
    who, q = rng.choice(_COACHS)
    paras = [f"Voici les résultats de la {journee}e journée en {serie}, disputée ce week-end.", *rows[:k], s[1],
             *rows[k:], f"« {q} », a confié {who}.", s[0], s[2]]
    return f"{serie}, {journee}e journée : tous les résultats", paras


_VILLAGES = ("Tilff", "Sprimont", "Comblain-au-Pont", "Hamoir", "Durbuy", "La Roche-en-Ardenne", "Stavelot",
             "Houffalize")
_COUREURS = (("Julien Lemaire", "RFCL"), ("Sofiane Benali", "CS Spa"), ("Thomas Gillet", "Hermes Running"),
             ("Maxime Collignon", "ACHL"), ("Lucas Wathelet", "Running Club Ourthe"), ("Antoine Piette", "SMAC"),
             ("Nicolas Defraigne", "ACHL"), ("Kevin Ernst", "Eupen Läufer"))
_COUREUSES = (("Laura Dethier", "CS Spa"), ("Manon Lecomte", "RFCL"), ("Élise Marchal", "Hermes Running"),
              ("Chloé Jacquemin", "SMAC"), ("Amandine Lhoest", "Running Club Ourthe"))


def _chrono(sec: int) -> str:
    return f"{sec // 60}'{sec % 60:02d}''"


def _jogging(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["jogging"]
    village = rng.choice(_VILLAGES)
    km = rng.choice((10, 12, 15))
    t0 = km * rng.randint(195, 215)
    men = rng.sample(_COUREURS, 4)
    times = sorted(t0 + rng.randint(0, 240) for _ in men)
    times[0] = t0
    rows = [f"{i + 1}. {n} ({c}) {_chrono(t)}" + ("." if i < 3 else " ; etc.") for i, ((n, c), t) in
            enumerate(zip(men, times, strict=True))]
    rows[-1] = rows[-1].replace(" ; etc.", ".")
    w = rng.choice(_COUREUSES)
    wt = t0 + rng.randint(180, 420)
    k = rng.randint(1, 3)
    paras = [f"{men[0][0]} ({men[0][1]}) a remporté ce {FR_DAYS[when.weekday()]} le jogging de {village}, "
             f"{km} km, devant {rng.randint(180, 640)} participants, en {_chrono(t0)}.", "Le classement messieurs :",
             *rows[:k], s[0], *rows[k:],
             f"Chez les dames, la victoire revient à {w[0]} ({w[1]}) en {_chrono(wt)}, à {rng.choice(('2', '3', '4'))} "
             f"secondes du record de l'épreuve.", s[1], s[2]]
    return f"Jogging de {village} : {men[0][0]} s'impose sur {km} km", paras


# ---- es: the Peruvian regional daily ------------------------------------------------------------------------------
_PROVINCIAS = (("Caylloma", "Tisco, Callalli y Sibayo", 4200), ("Castilla", "Orcopampa y Chachas", 3800),
               ("La Unión", "Puyca y Huaynacotas", 3900), ("Condesuyos", "Salamanca y Andaray", 3700),
               ("Arequipa", "San Juan de Tarucani", 4100), ("Caravelí", "Cahuacho", 3400))
_HEL_VOCES = (("el director zonal del Senamhi en Arequipa, Ing. Hugo Vilca",
               "Las temperaturas más bajas se registran entre las 4.00 y las 6.00 de la mañana"),
              ("la Dra. Rosa Huamaní, de la Gerencia Regional de Salud",
               "En lo que va del año se han atendido más de 8 mil casos de neumonía en la región"),
              ("el Sr. Fortunato Mamani, criador de alpacas de Callalli",
               "Las crías son las primeras que mueren cuando la helada llega con nevada"))


def _heladas(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["heladas"]
    nivel = rng.choice(("amarillo", "naranja", "naranja", "rojo"))
    rows = []
    picks = sorted(rng.sample(_PROVINCIAS, rng.randint(3, 5)), key=_PROVINCIAS.index)
    tmin = 0
    for prov, dist, alt in picks:
        lo = -rng.randint(6, 15)
        tmin = min(tmin, lo)
        rows.append(li(f"{prov}: entre {lo + rng.randint(2, 4)} °C y {lo} °C en {dist}, sobre los {alt} m s. n. m."))
    dias = rng.randint(2, 4)
    who, q = rng.choice(_HEL_VOCES)
    paras = [f"El Servicio Nacional de Meteorología e Hidrología (Senamhi) emitió un aviso de nivel {nivel} por "
             f"heladas en las zonas altoandinas de Arequipa desde este {_es(when)} y por {dias} días.",
             "Las temperaturas mínimas previstas:", *rows, s[0],
             f"En la ciudad de Arequipa la mínima será de {rng.randint(4, 8)} °C, con cielo despejado y un índice UV "
             f"que llegará a {rng.randint(12, 16)} al mediodía.", f"“{q}”, dijo {who}.", s[1], s[2]]
    return f"Senamhi alerta heladas de hasta {tmin} °C en las alturas de Arequipa", paras


_DISTRITOS = (("Cerro Colorado", "las urbanizaciones La Libertad y Alto Libertad"),
              ("Cayma", "los pueblos jóvenes Francisco Bolognesi y Dean Valdivia"),
              ("Yanahuara", "la zona monumental y la avenida Ejército, cuadras 5 a 9"),
              ("Paucarpata", "las asociaciones Campo Marte y Villa Ecológica"),
              ("Mariano Melgar", "la avenida Simón Bolívar y alrededores"),
              ("José Luis Bustamante y Rivero", "la urbanización Daniel Alcides Carrión"),
              ("Socabaya", "el asentamiento humano Ciudad Mi Trabajo"))
_TRABAJOS = ("empalme de una nueva tubería matriz", "cambio de válvulas", "limpieza del reservorio R-{n}",
             "reparación de una fuga en la red principal")


def _cortesagua(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["cortesagua"]
    rows = []
    for distrito, zona in rng.sample(_DISTRITOS, rng.randint(3, 5)):
        h = rng.choice((6, 8, 9))
        rows.append(f"{distrito}: {zona}, de {h}.00 a {h + rng.randint(6, 12)}.00 horas, por "
                    f"{rng.choice(_TRABAJOS).format(n=rng.randint(2, 40))}.")
    k = rng.randint(1, len(rows) - 1)
    paras = [f"Sedapar suspenderá el servicio de agua potable este {_es(when)} en {len(rows)} distritos de Arequipa "
             f"para realizar trabajos de mantenimiento, informó la empresa.", *rows[:k], s[1], *rows[k:], s[0],
             f"Unas {rng.randint(4, 30)} mil familias serán afectadas; la empresa enviará {rng.randint(3, 12)} "
             f"camiones cisterna a las zonas sin reservorio, según el Ing. {rng.choice(('Carlos Zegarra', 'Milagros Paredes', 'Raúl Chávez'))}.",  # noqa: E501
             s[2]]
    return f"Corte de agua en {len(rows)} distritos de Arequipa este {ES_DAYS[when.weekday()]}", paras


# ---- es: the Yucatán state daily -------------------------------------------------------------------------------
def _sorteos(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["melate"]
    n = 4100 + (when - dt.date(2025, 8, 24)).days // 2
    melate = sorted(rng.sample(range(1, 57), 6))
    rows = [f"Melate, sorteo núm. {n}: {', '.join(map(str, melate[:5]))} y {melate[5]}; adicional "
            f"{rng.randint(1, 56)}.",
            f"Revancha: {', '.join(map(str, sorted(rng.sample(range(1, 57), 6))))}.",
            f"Revanchita: {', '.join(map(str, sorted(rng.sample(range(1, 57), 6))))}.",
            f"Chispazo de las 21.00 horas: {', '.join(map(str, sorted(rng.sample(range(1, 29), 5))))}."]
    bolsa = rng.uniform(30.0, 190.0)
    ganador = rng.random() < 0.25
    k = rng.randint(1, 3)
    paras = [f"Estos son los números ganadores de los sorteos de Pronósticos celebrados la noche del "
             f"{_es(when - dt.timedelta(days=1))}.", *rows[:k], s[1], *rows[k:],
             (f"Un boleto vendido en {rng.choice(('Mérida', 'Valladolid', 'Progreso', 'Tizimín'))} acertó los seis "
              f"números y se lleva una bolsa de {_comma(bolsa)} millones de pesos." if ganador else
              f"Nadie acertó los seis números del Melate, por lo que la bolsa acumulada sube a {_comma(bolsa)} "
              f"millones de pesos para el próximo sorteo."), s[0], s[2]]
    return f"Resultados del Melate {n}, Revancha y Revanchita del {when.day} de {ES_MONTHS[when.month - 1]}", paras


_IMPUTADOS = (("Jorge A.", "P. C.", "m"), ("Luis Fernando", "C. U.", "m"), ("María José", "K. P.", "f"),
              ("Wilberth", "C. E.", "m"), ("Rosa Isela", "M. D.", "f"), ("Gaspar", "Ch. P.", "m"),
              ("Ana Laura", "T. B.", "f"), ("Mario Alberto", "E. N.", "m"))
_DELITOS = ("robo con violencia", "violencia familiar", "fraude", "daño en propiedad ajena", "abuso de confianza",
            "homicidio culposo por tránsito", "despojo de un predio ejidal", "narcomenudeo")
_TIPOS = ("vinculación a proceso", "juicio oral", "revisión de medidas cautelares", "procedimiento abreviado")


def _audiencias(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["audiencias"]
    rows = []
    for nombre, ini, g in rng.sample(_IMPUTADOS, rng.randint(3, 5)):
        h = rng.choice(("9.00", "10.30", "12.00", "13.30", "16.00"))
        rows.append(f"{h} horas, sala {rng.randint(1, 9)}: audiencia de {rng.choice(_TIPOS)} contra {nombre} "
                    f"{ini}, {'señalada' if g == 'f' else 'señalado'} por {rng.choice(_DELITOS)} en "
                    f"{rng.choice(('Kanasín', 'Umán', 'Mérida', 'Progreso', 'Motul', 'Tekax'))}.")
    rows.sort()
    k = rng.randint(1, len(rows) - 1)
    paras = [f"Esta es la agenda de audiencias del Centro de Justicia Oral de Mérida para este {_es(when)}.",
             *rows[:k], s[0], *rows[k:],
             f"La Fiscalía General del Estado informó que en la semana anterior se obtuvieron {rng.randint(6, 31)} "
             f"vinculaciones a proceso en todo el estado.", s[1], s[2]]
    return f"Agenda judicial: {len(rows)} audiencias en Mérida este {ES_DAYS[when.weekday()]}", paras


TEMPLATES: dict[str, tuple[str, Callable[[random.Random, dt.date], Story]]] = {
    "nwswarn": ("en", _nwswarn), "schoolboard": ("en", _schoolboard), "ecgoutage": ("en", _ecgoutage),
    "marketprices": ("en", _marketprices), "polizeimeldungen": ("de", _polizeimeldungen),
    "gemeinderat": ("de", _gemeinderat), "hoechstpreise": ("de", _hoechstpreise), "baustellen": ("de", _baustellen),
    "ebullition": ("fr", _ebullition), "necroacadie": ("fr", _avisdeces), "provinciales": ("fr", _provinciales),
    "jogging": ("fr", _jogging), "heladas": ("es", _heladas), "cortesagua": ("es", _cortesagua),
    "melate": ("es", _sorteos), "audiencias": ("es", _audiencias),
}


def make(template: str, rng: random.Random, when: dt.date) -> Story:
    return TEMPLATES[template][1](rng, when)
