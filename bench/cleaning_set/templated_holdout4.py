"""Templated stories of the 'holdout4' half: "Today in History" and the daily index closes (en, a wire
service), obituaries, the sheriff's log and real-estate transfers (en, a small-town weekly), the National
Lottery draw (en, a UK tabloid), building applications and police reports (de, a Swiss regional site), the
Lotto "6 aus 45" draw and the week's deaths (de, an Austrian regional site), speed-camera locations and the
council agenda (fr, a Belgian regional site), death notices and the forest-fire danger index (fr, a Québec
daily), produce-market prices and the civil register's deaths (es, a Spanish regional daily).

As in the other halves, every story has its own facts and shares its template's STOCK sentences, which are
true story text.  Many stock sentences carry the publisher's own name, its e-mail address, its phone number
or its web address as part of the service ("obituaries may be e-mailed to …", "Signalez un radar à …"),
some read like boilerplate (the weekly's "presumed innocent" line, the wire's "Today is …" opener, the lottery
"check your ticket" line), and many stories are lists of "Name: value" lines.  Sibling templates of one
source share their line leads.  Abbreviations, times, dates and decimals throughout (``a.m.``, ``U.S.``,
``No. 5``, ``St.``, ``Dr.``, ``Sr.``, ``Fr.``, ``Nr.``, ``z. B.``, ``ca.``, ``Mio.``, ``M.``, ``Mme``,
``n°``, ``av.``, ``km/h``, ``Sra.``, ``D.``, ``Dña.``, ``€/kg``, ``12,5``, ``1.250``)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

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
)

Story = tuple[str, list[str]]

STOCK = {
    "history": (
        "Today's Highlight in History comes from the Continental Press archive, which holds wire copy filed since "
        "1911.",
        "Continental Press publishes Today in History every morning at 12:01 a.m. Eastern for use by member "
        "newspapers and broadcasters.",
    ),
    "indexes": (
        "Here is how the major U.S. stock indexes fared at the close of trading, as compiled by the Continental "
        "Press markets desk.",
        "Figures are preliminary and include the point and percentage change from the previous close and the "
        "change for the year to date.",
    ),
    "obituaries": (
        "Obituaries are published free of charge in The Harlan Creek Clarion; families or funeral homes may "
        "e-mail them to obits@harlancreekclarion.example or drop them off at 114 W. Main St. by noon Monday.",
        "A photo may be included at no cost.",
    ),
    "sheriffslog": (
        "The following information was taken from public records of the Harlan County Sheriff's Office and the "
        "Harlan Creek Police Department.",
        "Anyone charged with a crime is presumed innocent until proven guilty in a court of law.",
        "The Clarion publishes the names of people arrested for misdemeanors and felonies; it does not remove "
        "names from the log after publication, but it will report the outcome of a case if asked to by the "
        "person charged.",
    ),
    "transfers": (
        "The following real estate transfers were recorded at the Harlan County Recorder's Office.",
        "Values are those declared on the transfer tax form; transfers of less than $1,000 and transfers between "
        "family members are not listed.",
    ),
    "lottouk": (
        "Always check your numbers against the official results before making a claim; prizes must be claimed "
        "within 180 days of the draw.",
        "The Daily Blaze is not responsible for any errors in the numbers printed here.",
        "Players can check their tickets at any National Lottery retailer or on the National Lottery website.",
    ),
    "baugesuche": (
        "Die Pläne liegen während der Auflagefrist von 20 Tagen auf der Gemeindeverwaltung zur Einsicht auf.",
        "Einsprachen sind innerhalb der Auflagefrist schriftlich und begründet an den Gemeinderat zu richten.",
        "Der Limmattaler publiziert die Baugesuche aller Gemeinden des Bezirks jeden Freitag; Gemeinden können "
        "ihre Auflagen an baugesuche@limmattaler.example senden.",
    ),
    "blaulicht": (
        "Die Kantonspolizei Zürich hat am Morgen über folgende Ereignisse aus dem Bezirk informiert.",
        "Für alle genannten Personen gilt die Unschuldsvermutung.",
        "Hinweise nimmt die Kantonspolizei unter der Nummer 044 247 22 11 entgegen.",
    ),
    "lotto645": (
        "Alle Angaben erfolgen ohne Gewähr, maßgeblich sind allein die offiziellen Gewinnzahlen der "
        "Österreichischen Lotterien.",
        "Die nächste Ziehung findet am Mittwoch bzw. Sonntag statt, Annahmeschluss ist jeweils um 18.30 Uhr.",
    ),
    "sterbefaelle": (
        "Die Salzkammergut Rundschau veröffentlicht die Sterbefälle aus den Standesämtern der Region einmal pro "
        "Woche.",
        "Angehörige, die keine Veröffentlichung wünschen, können dies der Redaktion unter Tel. 06132 555 80 "
        "mitteilen.",
        "Parten und Danksagungen nimmt die Anzeigenabteilung im Haus am Esplanade 4 in Bad Ischl entgegen.",
    ),
    "radars": (
        "Voici les contrôles de vitesse annoncés par la zone de police pour la semaine à venir.",
        "Cette liste n'est pas exhaustive : des contrôles non annoncés peuvent avoir lieu partout, à tout moment.",
        "Vous avez repéré un radar mobile ? Signalez-le à la rédaction du Courrier mosan via redaction@"
        "courriermosan.example.",
    ),
    "conseil": (
        "Le conseil communal se réunit en séance publique à l'hôtel de ville ; l'ordre du jour complet est "
        "affiché aux valves communales.",
        "Les séances sont ouvertes au public, et les citoyens peuvent interpeller le collège en déposant leur "
        "question au moins 15 jours avant la séance.",
    ),
    "avisdeces": (
        "Les avis de décès sont publiés par Le Phare du Saguenay en collaboration avec les maisons funéraires de "
        "la région.",
        "Pour faire paraître un avis, communiquez avec notre service des avis au 418 555-0177 ou à "
        "avis@pharesaguenay.example.",
    ),
    "sopfeu": (
        "L'indice d'inflammabilité est calculé chaque jour par la Société de protection des forêts contre le feu "
        "(SOPFEU) à partir des données de ses stations météo.",
        "Lorsque l'indice est extrême, tous les feux à ciel ouvert en forêt ou à proximité sont interdits, y "
        "compris les feux de camp.",
        "Pour signaler un incendie de forêt, composez le 1 800 463-3389.",
    ),
    "lonja": (
        "Los precios son los fijados por la mesa de la Lonja Agropecuaria de Ponferrada en su sesión semanal y se "
        "expresan en euros por kilo, salvo indicación.",
        "El Heraldo del Sil publica las cotizaciones de la lonja cada jueves en su edición impresa y en "
        "heraldodelsil.example.",
    ),
    "defunciones": (
        "Relación de defunciones inscritas esta semana en el Registro Civil de Ponferrada y en los juzgados de "
        "paz de la comarca.",
        "Las familias que deseen publicar una esquela pueden llamar al 987 555 031 o escribir a "
        "esquelas@heraldodelsil.example.",
    ),
}
DATELINED = ("indexes",)  # the wire's dateline opens these, as in its other stories

# ---- en: the wire ------------------------------------------------------------------------------------------
_EVENTS = (
    ("1862", "Union and Confederate forces fought the Second Battle of Bull Run in Virginia"),
    ("1929", "the Dow Jones Industrial Average reached a peak it would not see again for 25 years"),
    ("1945", "Japan formally surrendered aboard the USS Missouri in Tokyo Bay, ending World War II"),
    ("1969", "the first automatic teller machine in the U.S. opened at a bank in Rockville Centre, N.Y."),
    ("1972", "Mark Spitz won the first of seven gold medals at the Munich Olympics"),
    ("1985", "researchers located the wreck of the Titanic about 400 miles off Newfoundland"),
    ("1997", "Diana, Princess of Wales, died in a car crash in Paris"),
    ("2005", "Hurricane Katrina's floodwaters left about 80% of New Orleans under water"),
    ("1957", "Arkansas Gov. Orval Faubus called out the National Guard to keep Black students out of Little Rock "
             "Central High School"),
    ("1976", "NASA's Viking 2 lander touched down on Mars"),
    ("2008", "the Large Hadron Collider sent its first beam of protons around its 17-mile ring near Geneva"),
    ("1963", "the Rev. Martin Luther King Jr. delivered his “I Have a Dream” speech in Washington"),
)
_BIRTHDAYS = (
    "Actor Keanu Reeves is 61", "Singer Gloria Estefan is 68", "Former U.S. Sen. Bill Bradley is 82",
    "Tennis player Serena Williams is 44", "Author Stephen King is 78", "Country singer Faith Hill is 58",
    "Actor Hugh Grant is 65", "Musician Sonny Rollins is 95", "Actress Salma Hayek is 59",
    "Former Secretary of State Condoleezza Rice is 71", "Singer Beyoncé is 44", "Actor Idris Elba is 53",
)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


_ap = ap_date


def _history(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["history"]
    doy = when.timetuple().tm_yday
    events = sorted(rng.sample(_EVENTS, 4))
    high = events.pop(rng.randrange(len(events)))
    paras: list[str] = [
        f"Today is {EN_DAYS[when.weekday()]}, {_ap(when)}, the {_ordinal(doy)} day of {when.year}. There are "
        f"{365 - doy} days left in the year.",
        f"Today's Highlight in History: On {_ap(when)}, {high[0]}, {high[1]}.",
        s[0],
        "On this date:",
        *[li(f"In {y}, {e}.") for y, e in events],
        f"Today's Birthdays: {'. '.join(rng.sample(_BIRTHDAYS, 4))}.",
        s[1],
    ]
    return f"Today in History: {EN_MONTHS[when.month - 1]} {when.day}, {high[1].split(',')[0]}", paras


def _indexes(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["indexes"]
    rows = []
    for name, lo, hi in (("The S&P 500", 6300, 6600), ("The Dow Jones industrial average", 44500, 46500),
                         ("The Nasdaq composite", 20800, 22500), ("The Russell 2000 index of smaller companies",
                                                                  2250, 2420)):
        level, move = rng.uniform(lo, hi), rng.uniform(-1.4, 1.3) / 100
        pts = level * move
        rows.append(li(f"{name} {'rose' if pts >= 0 else 'fell'} {abs(pts):,.2f} points, or {abs(move) * 100:.1f}%, "
                       f"to {level:,.2f}."))
    why = rng.choice(("a weaker-than-expected report on U.S. jobs", "comments from Federal Reserve Chair Jerome "
                      "Powell", "a jump in Treasury yields", "strong earnings from chipmakers", "oil prices that "
                      "topped $70 a barrel"))
    paras: list[str] = [
        f"U.S. stocks {'gained' if rng.random() < 0.5 else 'slipped'} on {EN_DAYS[when.weekday()]} after traders "
        f"weighed {why}.",
        s[0],
        f"On {EN_DAYS[when.weekday()]}:",
        *rows,
        s[1],
    ]
    return f"How major US stock indexes fared {EN_DAYS[when.weekday()]}, {when.month}/{when.day}/{when.year}", paras


# ---- en: the weekly ----------------------------------------------------------------------------------------
_HC_TOWNS = ("Harlan Creek", "Oxbow", "Millersburg", "Dunlap Corners", "West Fork", "Ceres")
_HC_FIRST = ("Dorothy", "Eugene", "LaVerne", "Harold", "Beverly", "Wendell", "Marjorie", "Dale", "Arlene", "Clifford",
             "Ruth", "Vernon")
_HC_LAST = ("Schuetz", "Hanneman", "Oberbroeckling", "Petersen", "Kloster", "Van Zee", "Brincks", "Dohrmann",
            "Meyerhoff", "Lansing", "Reinke", "Boeckholt")
_HC_STREETS = ("Main St.", "Elm St.", "N. 3rd Ave.", "Prairie Dr.", "Hwy. 9", "Church St.", "Oak Ridge Rd.",
               "W. Sycamore St.")
_FUNERAL = ("Boeckholt-Fink Funeral Home", "Dohrmann & Sons Funeral Chapel", "Oxbow Memorial Home")
_CHURCH = ("St. Boniface Catholic Church", "Zion Lutheran Church", "First United Methodist Church",
           "Trinity Reformed Church")
_JOBS = ("farmed the family ground north of town for 41 years", "taught third grade at West Fork Elementary",
         "drove a milk route for Oxbow Dairy", "worked at the John Deere plant in Waterloo", "ran the Ceres "
         "hardware store with her husband", "served as Harlan County recorder for 16 years")


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_HC_FIRST)} {rng.choice(_HC_LAST)}"


def _obituaries(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["obituaries"]
    paras: list[str] = []
    names = []
    for _ in range(rng.randint(2, 3)):
        name, age = _name(rng), rng.randint(61, 99)
        died = when - dt.timedelta(days=rng.randint(1, 6))
        service = when + dt.timedelta(days=rng.randint(1, 5))
        names.append(name)
        paras += [
            f"{name}, {age}, of {rng.choice(_HC_TOWNS)}, died {EN_DAYS[died.weekday()]}, {_ap(died)}, at "
            f"{rng.choice(('MercyOne Oelwein Medical Center', 'home', 'Good Samaritan Society in Oxbow'))}.",
            f"Born in {when.year - age} in {rng.choice(_HC_TOWNS)}, {name.split()[0]} {rng.choice(_JOBS)}. Survivors "
            f"include {rng.randint(2, 6)} children, {rng.randint(3, 19)} grandchildren and a sister, "
            f"{rng.choice(_HC_FIRST)} ({rng.choice(_HC_LAST)}) of "
            f"{rng.choice(('Cedar Falls', 'Dubuque', 'Mesa, Ariz.'))}.",
            f"Services will be at {rng.choice(('10:30 a.m.', '11 a.m.', '2 p.m.'))} {EN_DAYS[service.weekday()]}, "
            f"{_ap(service)}, at {rng.choice(_CHURCH)}, with the Rev. {rng.choice(_HC_LAST)} officiating. "
            f"{rng.choice(_FUNERAL)} is in charge of arrangements.",
        ]
    paras.insert(0, s[0])
    paras.append(s[1])
    return f"Obituaries: {', '.join(names)}", paras


_CHARGES = ("operating while intoxicated, first offense", "driving while barred", "fifth-degree theft",
            "possession of a controlled substance", "domestic abuse assault", "criminal mischief, fourth degree",
            "public intoxication", "interference with official acts")
_CALLS = ("a cow on the road near the 180th St. bridge", "a suspicious vehicle parked at the Ceres grain "
          "elevator", "a lost dog on Prairie Dr.", "a fender bender in the Fareway parking lot",
          "a burn pile that got away west of Oxbow", "loud music at a residence on Elm St.")


def _sheriffslog(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["sheriffslog"]
    lines = []
    for _ in range(rng.randint(4, 6)):
        d = when - dt.timedelta(days=rng.randint(1, 7))
        lines.append(li(f"{_ap(d)}: {_name(rng)}, {rng.randint(18, 67)}, of {rng.choice(_HC_TOWNS)}, was arrested on "
                        f"a charge of {rng.choice(_CHARGES)} after a stop on {rng.choice(_HC_STREETS).rstrip('.')}."))
    calls = rng.sample(_CALLS, 2)
    paras: list[str] = [
        s[0],
        s[1],
        "Arrests:",
        *lines,
        f"Deputies also responded to {rng.randint(31, 74)} calls for service, including {calls[0]} and {calls[1]}.",
        s[2],
    ]
    return f"Sheriff's log for the week of {_ap(when)}", paras


def _transfers(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["transfers"]
    lines = []
    for _ in range(rng.randint(4, 7)):
        where = (f"{rng.randint(100, 2999)} {rng.choice(_HC_STREETS)}" if rng.random() < 0.7 else
                 f"Lot No. {rng.randint(1, 40)}, {rng.choice(('Prairie View', 'Sycamore Ridge', 'Oxbow'))} Addition")
        lines.append(li(f"{rng.choice(_HC_TOWNS)}: {_name(rng)} to {_name(rng)}, {where}, "
                        f"${rng.randrange(48, 420) * 1000 + rng.choice((0, 500)):,}."))
    farms = rng.randint(0, 3)
    paras: list[str] = [
        s[0],
        *lines,
        f"Also recorded were {farms or 'no'} sale{'s' if farms != 1 else ''} of farmland; the county assessor says "
        f"Harlan County land averaged ${rng.randint(9800, 12400):,} an acre in last year's ISU survey.",
        s[1],
    ]
    return f"Real estate transfers recorded week of {_ap(when)}", paras


# ---- en: the tabloid ---------------------------------------------------------------------------------------
def _lottouk(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["lottouk"]
    wed = when.weekday() < 5
    day = "Wednesday" if wed else "Saturday"
    balls = sorted(rng.sample(range(1, 60), 6))
    bonus = rng.choice([b for b in range(1, 60) if b not in balls])
    jackpot = rng.choice((2, 2.6, 3.4, 4.1, 5.8, 7.2, 9.5))
    thunder = sorted(rng.sample(range(1, 40), 5))
    paras: list[str] = [
        f"The winning Lotto numbers for {day} night's £{jackpot}m jackpot were drawn at 8.15pm.",
        f"Lotto: {', '.join(str(b) for b in balls)}. Bonus ball: {bonus}.",
        f"Thunderball: {', '.join(str(b) for b in thunder)}. Thunderball: {rng.randint(1, 14)}.",
        s[0],
        f"Camelot said {rng.randint(4, 31)} ticket-holders matched five numbers, and "
        f"{'nobody' if rng.random() < 0.7 else 'one player'} matched all six.",
        s[2],
        s[1],
    ]
    return f"Lotto results: winning numbers for {day} {when.day} {EN_MONTHS[when.month - 1]}", paras


# ---- de: the Swiss site ------------------------------------------------------------------------------------
_LI_TOWNS = ("Dietikon", "Schlieren", "Urdorf", "Oberengstringen", "Birmensdorf", "Uitikon", "Weiningen", "Geroldswil")
_LI_STREETS = ("Zürcherstrasse", "Bahnhofstrasse", "Badenerstrasse", "Im Grüt", "Kirchgasse", "Reppischtalstrasse",
               "Bernstrasse")
_LI_NAMES = ("Urs Meier", "Regula Frei", "Beat Hürlimann", "Corinne Baumann", "Reto Schnyder", "Priska Gut",
             "Andrea und Marco Vetsch", "Immobilien Limmattal AG", "Wohnbaugenossenschaft Sonnegg")
_BAU = ("Anbau Wintergarten", "Ersatz Ölheizung durch Wärmepumpe", "Neubau Mehrfamilienhaus mit Tiefgarage",
        "Abbruch Scheune und Neubau Einfamilienhaus", "Photovoltaikanlage auf Schrägdach", "Umbau Dachgeschoss",
        "Mobilfunkanlage (Antennenanlage 5G)", "Gartenhaus und Sichtschutzwand")


def _baugesuche(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["baugesuche"]
    towns = rng.sample(_LI_TOWNS, rng.randint(3, 5))
    lines = [li(f"{t}: {rng.choice(_LI_NAMES)}, {rng.choice(_BAU)}, {rng.choice(_LI_STREETS)} {rng.randint(1, 140)}, "
                f"Kat.-Nr. {rng.randint(1000, 9999)}") for t in towns]
    paras: list[str] = [
        f"Im Bezirk Dietikon liegen ab {DE_DAYS[when.weekday()]}, {when.day}. {DE_MONTHS[when.month - 1]}, "
        f"folgende Baugesuche öffentlich auf.",
        *lines,
        s[0],
        s[1],
        s[2],
    ]
    return f"Baugesuche im Bezirk: {', '.join(towns[:2])} und weitere", paras


_EREIGNIS = (
    ("Selbstunfall", "Ein {a}-jähriger Autofahrer verlor kurz nach {h}.{m:02d} Uhr auf der {s} die Kontrolle über "
     "sein Fahrzeug und prallte gegen eine Mauer. Er wurde leicht verletzt ins Spital gebracht."),
    ("Einbruch", "Unbekannte drangen in der Nacht auf {wd} in ein Geschäft an der {s} ein und erbeuteten Bargeld "
     "im Wert von mehreren tausend Franken, z. B. aus der Kasse und einem Tresor."),
    ("Velounfall", "Eine {a}-jährige Velofahrerin stürzte um {h}.{m:02d} Uhr auf der {s} und zog sich mittelschwere "
     "Verletzungen zu. Die Polizei sucht Zeugen."),
    ("Brand", "In einer Wohnung an der {s} brach kurz vor {h}.{m:02d} Uhr ein Brand aus; die Feuerwehr hatte ihn "
     "rasch unter Kontrolle, der Sachschaden beträgt ca. 80 000 Franken."),
    ("Raser gestoppt", "Ein {a}-jähriger Lenker wurde auf der {s} mit 98 km/h statt der erlaubten 50 km/h gemessen. "
     "Der Führerausweis wurde ihm auf der Stelle abgenommen."),
)


def _blaulicht(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["blaulicht"]
    picks = rng.sample(_EREIGNIS, rng.randint(2, 3))
    paras: list[str] = [s[0]]
    towns = rng.sample(_LI_TOWNS, len(picks))
    for (head, text), town in zip(picks, towns, strict=True):
        paras.append(f"{town} – {head}: " + text.format(a=rng.randint(19, 83), h=rng.randint(5, 23),
                                                        m=rng.randint(0, 59), s=rng.choice(_LI_STREETS),
                                                        wd=DE_DAYS[when.weekday()]))
    paras += [s[1], s[2]]
    return f"Blaulicht: {picks[0][0]} in {towns[0]}", paras


# ---- de: the Austrian site ---------------------------------------------------------------------------------
_SK_TOWNS = ("Bad Ischl", "Gmunden", "Bad Goisern", "Ebensee", "St. Wolfgang", "Hallstatt", "Altmünster", "Strobl")
_AT_FIRST = ("Josef", "Maria", "Franz", "Theresia", "Johann", "Hermine", "Alois", "Rosa", "Leopold", "Gertraud")
_AT_LAST = ("Ramsauer", "Pöllmann", "Loidl", "Wimmer", "Schober", "Gamsjäger", "Unterberger", "Höll", "Zopf")


def _lotto645(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["lotto645"]
    nums = sorted(rng.sample(range(1, 46), 6))
    zz = rng.choice([n for n in range(1, 46) if n not in nums])
    joker = "".join(str(rng.randint(0, 9)) for _ in range(6))
    sechser = rng.random() < 0.3
    pot = rng.choice(("1,2", "1,8", "2,4", "3,1", "4,5"))
    tag = "Sonntag" if when.weekday() >= 4 else "Mittwoch"
    paras: list[str] = [
        f"Bei der Lotto-Ziehung „6 aus 45“ am {tag} wurden folgende Zahlen gezogen: {' '.join(map(str, nums))}, "
        f"Zusatzzahl {zz}.",
        f"Die Joker-Zahl lautet {joker}.",
        (f"Ein Spielteilnehmer aus {rng.choice(_SK_TOWNS)} hat den Sechser getippt und gewinnt ca. {pot} Mio. Euro."
         if sechser else f"Einen Sechser gab es diesmal nicht, in der nächsten Runde geht es um einen Jackpot von "
                         f"ca. {pot} Mio. Euro."),
        s[0],
        s[1],
    ]
    return f"Lotto „6 aus 45“: Die Zahlen vom {tag}, {when.day}. {DE_MONTHS[when.month - 1]}", paras


def _sterbefaelle(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["sterbefaelle"]
    lines = []
    for _ in range(rng.randint(4, 7)):
        age, k = rng.randint(58, 101), rng.randrange(len(_AT_FIRST))
        job = rng.choice(("Pensionistin", "Hausfrau", "Lehrerin i. R.") if k % 2 else
                         ("Pensionist", "Landwirt", "Salinenarbeiter i. R.", "Dr. med."))
        lines.append(li(f"{rng.choice(_SK_TOWNS)}: {_AT_FIRST[k]} {rng.choice(_AT_LAST)}, {age} Jahre, {job}"))
    paras: list[str] = [
        f"In der Woche bis {DE_DAYS[when.weekday()]}, {when.day}. {DE_MONTHS[when.month - 1]}, sind in der Region "
        f"verstorben:",
        *lines,
        s[0],
        s[1],
        s[2],
    ]
    return f"Sterbefälle im Salzkammergut bis {when.day}. {DE_MONTHS[when.month - 1]}", paras


# ---- fr: the Belgian site ----------------------------------------------------------------------------------
_MO_TOWNS = ("Namur", "Jambes", "Andenne", "Dinant", "Ciney", "Gembloux", "Fosses-la-Ville", "Profondeville")
_MO_RUES = ("chaussée de Louvain", "avenue Reine Astrid", "rue de Dave", "N4 à hauteur du zoning",
            "rue Saint-Nicolas", "boulevard d'Herbatte", "N90 vers Charleroi", "rue de Coquelet")
_POINTS = ("l'approbation du compte 2024 du CPAS", "la rénovation de la piscine communale (2,4 millions d'euros)",
           "un règlement-taxe sur les secondes résidences", "la modification budgétaire n° 2",
           "l'achat de trois véhicules électriques pour le service travaux", "la convention avec l'ASBL Namur "
           "Ville Propre", "un marché public pour l'éclairage LED des voiries", "la motion relative au "
           "maintien du bureau de poste de Jambes")


def _radars(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["radars"]
    days = sorted(rng.sample(range(7), rng.randint(4, 6)))
    lines = []
    for k in days:
        d = when + dt.timedelta(days=k)
        lines.append(li(f"{FR_DAYS[d.weekday()].capitalize()} {d.day} : {rng.choice(_MO_TOWNS)}, "
                        f"{rng.choice(_MO_RUES)} ({rng.choice((30, 50, 70, 90))} km/h)"))
    paras: list[str] = [
        s[0],
        *lines,
        f"La zone de police Namur Capitale rappelle que {rng.randint(6, 19)} % des conducteurs contrôlés le mois "
        f"dernier roulaient trop vite, contre {rng.randint(5, 17)} % un an plus tôt.",
        s[1],
        s[2],
    ]
    title = f"Radars : voici où la police contrôlera votre vitesse à partir du {when.day} {FR_MONTHS[when.month - 1]}"
    return title, paras


def _conseil(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["conseil"]
    town = rng.choice(_MO_TOWNS)
    d = when + dt.timedelta(days=rng.randint(2, 8))
    points = rng.sample(_POINTS, rng.randint(3, 5))
    paras: list[str] = [
        f"Le conseil communal de {town} se réunira le {FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} à "
        f"{rng.choice(('19 h', '19 h 30', '20 h'))}.",
        "Parmi les points à l'ordre du jour :",
        *[li(p) for p in points],
        f"Le bourgmestre, M. {rng.choice(('Lambotte', 'Delvaux', 'Pirson', 'Wauthier'))}, a fait savoir que la séance "
        f"serait retransmise en direct sur la page de la Ville, comme c'est le cas depuis 2021.",
        s[0],
        s[1],
    ]
    return f"{town} : ce qui sera voté au conseil communal du {d.day} {FR_MONTHS[d.month - 1]}", paras


# ---- fr: the Québec daily ----------------------------------------------------------------------------------
_SAG_TOWNS = ("Chicoutimi", "Jonquière", "La Baie", "Alma", "Saint-Honoré", "Roberval", "Dolbeau-Mistassini")
_QC_FIRST = ("Gilles", "Jocelyne", "Réjean", "Ghislaine", "Normand", "Lise", "Gaétan", "Francine", "Rosaire")
_QC_LAST = ("Tremblay", "Gagnon", "Bouchard", "Simard", "Gauthier", "Lavoie", "Girard", "Côté", "Harvey")
_SALONS = ("Résidence funéraire du Saguenay", "Coopérative funéraire de Jonquière", "Maison funéraire Carl Savard")


def _de(town: str) -> str:
    return f"d'{town}" if town[0] in "AEIOUÉ" else f"de {town}"


def _avisdeces(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["avisdeces"]
    paras: list[str] = [s[0]]
    for _ in range(rng.randint(3, 5)):
        age = rng.randint(64, 98)
        d = when - dt.timedelta(days=rng.randint(1, 8))
        paras.append(li(f"{rng.choice(_QC_LAST).upper()}, {rng.choice(_QC_FIRST)} : décédé(e) le {d.day} "
                        f"{FR_MONTHS[d.month - 1]} à l'âge de {age} ans, {_de(rng.choice(_SAG_TOWNS))}. La famille "
                        f"recevra les condoléances au salon de la {rng.choice(_SALONS)}."))
    paras.append(s[1])
    return f"Avis de décès du {when.day} {FR_MONTHS[when.month - 1]}", paras


def _sopfeu(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["sopfeu"]
    levels = ("bas", "modéré", "élevé", "très élevé", "extrême")
    zones = rng.sample(("Saguenay", "Lac-Saint-Jean", "Monts-Valin", "Chibougamau", "Charlevoix", "Haute-Côte-Nord"),
                       5)
    lines = [li(f"{z} : {rng.choice(levels)}") for z in zones]
    fires = rng.randint(0, 6)
    paras: list[str] = [
        f"Voici l'indice d'inflammabilité en vigueur ce {FR_DAYS[when.weekday()]} dans la région, selon la SOPFEU.",
        *lines,
        f"La SOPFEU a combattu {fires} nouvel{'s' if fires > 1 else ''} incendie{'s' if fires > 1 else ''} au cours "
        f"des dernières 24 heures, pour un total de {rng.randint(180, 420)} depuis le début de la saison.",
        s[0],
        s[1],
        s[2],
    ]
    return f"Indice d'inflammabilité : {zones[0]} au niveau {lines[0].split(': ')[1]}", paras


# ---- es: the Spanish regional daily ------------------------------------------------------------------------
_BI_TOWNS = ("Ponferrada", "Bembibre", "Villafranca del Bierzo", "Cacabelos", "Toreno", "Camponaraya",
             "Carracedelo", "Fabero")
_PRODUCTOS = ("Pimiento asado del Bierzo", "Manzana reineta", "Pera conferencia", "Castaña", "Ternera de primera",
              "Cordero lechal", "Patata nueva", "Tomate de huerta")
_ES_NAMES = ("José Álvarez Prieto", "María Luisa Fernández", "Manuel Blanco Rodríguez", "Dña. Consuelo García",
             "D. Antonio Merayo", "Carmen López Voces", "Ángel Arias Nieto", "Pilar Núñez Yebra")


_CAUSAS = ("la sequía de agosto", "la llegada de producto de Portugal", "la menor demanda de los mataderos")


def _es(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


def _lonja(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["lonja"]
    items = []
    for p in rng.sample(_PRODUCTOS, rng.randint(4, 6)):
        price, ch = rng.uniform(0.6, 9.5), rng.choice((-0.15, -0.05, 0.0, 0.05, 0.10, 0.20))
        trend = "repite" if ch == 0 else ("sube" if ch > 0 else "baja")
        items.append(li(f"{p}: {_es(price)} €/kg ({trend}{'' if ch == 0 else ' ' + _es(abs(ch))})"))
    paras: list[str] = [
        f"La sesión de este {ES_DAYS[when.weekday()]} "
        f"de la lonja se cerró con {rng.choice(('pocas variaciones', 'subidas en la fruta', 'bajadas en el ganado'))}.",
        *items,
        s[0],
        f"El presidente de la mesa, Sr. {rng.choice(('Valcarce', 'Rodríguez Ovalle', 'Merayo'))}, atribuyó los cambios "
        f"a {rng.choice(_CAUSAS)}.",
        s[1],
    ]
    return f"Cotizaciones de la lonja del {when.day} de {ES_MONTHS[when.month - 1]}", paras


def _defunciones(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["defunciones"]
    lines = [li(f"{rng.choice(_ES_NAMES)}, {rng.randint(60, 99)} años, de {rng.choice(_BI_TOWNS)}.")
             for _ in range(rng.randint(4, 7))]
    paras: list[str] = [s[0], *lines, s[1]]
    return f"Defunciones en el Bierzo, semana del {when.day} de {ES_MONTHS[when.month - 1]}", paras


TEMPLATES: dict[str, tuple[str, Callable[[random.Random, dt.date], Story]]] = {
    "history": ("en", _history), "indexes": ("en", _indexes), "obituaries": ("en", _obituaries),
    "sheriffslog": ("en", _sheriffslog), "transfers": ("en", _transfers), "lottouk": ("en", _lottouk),
    "baugesuche": ("de", _baugesuche), "blaulicht": ("de", _blaulicht), "lotto645": ("de", _lotto645),
    "sterbefaelle": ("de", _sterbefaelle), "radars": ("fr", _radars), "conseil": ("fr", _conseil),
    "avisdeces": ("fr", _avisdeces), "sopfeu": ("fr", _sopfeu), "lonja": ("es", _lonja),
    "defunciones": ("es", _defunciones),
}


def make(template: str, rng: random.Random, when: dt.date) -> Story:
    return TEMPLATES[template][1](rng, when)
