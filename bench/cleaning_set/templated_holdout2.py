"""Templated stories of the 'holdout2' half: school lunch menus, blood drives and a corrections column (en,
a nonprofit local site), weekend road closures and high school football schedules (en, a metro daily),
stock-market closes and blood-donation dates (de, a regional daily), weekend pharmacy and dentist duty
(de, a local site), blood-donation drives and road works (fr, a regional daily), school canteen menus (fr,
a reader-funded site), on-duty pharmacies and water and power cuts (es, a regional daily).

As in ``templated``, every story has its own facts and shares its template's STOCK sentences, which are
true story text, at the start, in the middle and at the end.  Many of these stories are lists: their items
are ``Block``s (bullet items, subheads, a fact box) and true text too.  Some stock sentences read like
chrome on purpose (a corrections column says how to report an error; a schedule says where coaches send
scores; a market report says what its figures mean): on these pages they are the story.  They are full
of abbreviations, times, dates and decimals (``10:50 a.m.``, ``Form No. 3``, ``110 lbs.``, ``Exit 14``,
``Dr.``, ``St.``, ``um 17.30 Uhr``, ``z. B.``, ``Nr. 2``, ``Dipl.-Ing.``, ``2,50 Euro``, ``p. ex.``,
``M.``, ``Mme``, ``env.``, ``15 h 30``, ``1,5 %``, ``Sra.``, ``núm.``, ``Avda.``, ``a las 9.30 h``,
``p. ej.``)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from bench.cleaning_set.cms import Block, h2, li
from bench.cleaning_set.lang import (
    DE_DAYS,
    DE_MONTHS,
    EN_DAYS,
    ES_DAYS,
    ES_MONTHS,
    FR_DAYS,
    FR_MONTHS,
    ap_date,
    weekday,
)

Story = tuple[str, list[str]]




STOCK = {
    "lunch": (
        "Breakfast is served from 7:45 a.m. and lunch from 10:50 a.m. at every elementary campus in the "
        "region's three largest school divisions.",
        "Parents of students with food allergies should return Form No. 3, the meal modification request "
        "signed by a doctor, to the school nurse.",
        "Menus are subject to change; each meal comes with a choice of 1% white or fat-free chocolate milk, and "
        "breakfast and lunch are free for all students under the federal Community Eligibility Provision.",
    ),
    "blood": (
        "Tidewater Blood Services says the region's supply of type O blood has fallen below a three-day reserve.",
        "Donors must be at least 17, or 16 with written consent from a parent, weigh at least 110 lbs. and wait "
        "56 days between whole-blood donations.",
        "Appointments are encouraged but walk-ins are welcome; donors should bring a photo ID, drink extra water "
        "and eat a full meal beforehand.",
    ),
    "fixes": (
        "The Tidewater Sentinel corrects errors of fact as soon as they are brought to our attention.",
        "Corrections to stories that appeared only online are also added at the bottom of the original article.",
        "Readers who spot an error can email corrections@tidewatersentinel.example or call the standards editor, "
        "Gwen A. Pruitt, at 757-555-0100 between 9 a.m. and 5 p.m. weekdays.",
    ),
    "closures": (
        "Here are the lane and ramp closures planned on Lakeshore-area expressways this weekend.",
        "Closures are scheduled by the state Department of Transportation and can be pushed back or extended "
        "because of rain; most overnight work runs from 9 p.m. to 5 a.m.",
        "Drivers can check current conditions by calling 511 or on the DOT's traveler map, which updates about "
        "every two minutes.",
    ),
    "fixtures": (
        "Here is this week's high school football schedule for Lakeshore-area teams.",
        "All games kick off at 7 p.m. unless noted; schedules are supplied by the schools and may change because "
        "of weather.",
        "Coaches can report final scores and leading rushers to preps@lakeshoretribune.example by 10:30 p.m. "
        "Friday.",
    ),
    "boerse": (
        "An der Frankfurter Börse ist ein weiterer Handelstag zu Ende gegangen.",
        "Der Dax bildet die 40 größten börsennotierten Unternehmen Deutschlands ab; maßgeblich ist der "
        "Schlusskurs im Xetra-Handel um 17.30 Uhr.",
        "Alle Kurse sind Xetra-Schlusskurse, Veränderungen beziehen sich auf den Vortag, beim Euro z. B. auf den "
        "Referenzkurs der Europäischen Zentralbank.",
    ),
    "blutspende": (
        "Der DRK-Blutspendedienst bittet im Norden von Rheinland-Pfalz dringend um Blutspenden.",
        "Spenden darf, wer mindestens 18 Jahre alt ist und über 50 Kilogramm wiegt; zwischen zwei "
        "Vollblutspenden müssen bei Frauen mindestens zwölf, bei Männern acht Wochen liegen.",
        "Zur Spende bitte einen amtlichen Lichtbildausweis mitbringen; Termine lassen sich online oder über die "
        "kostenlose Servicenummer 0800 550 33 44 reservieren.",
    ),
    "notdienst": (
        "Auch am Wochenende ist in Cottbus und im Landkreis Spree-Neiße stets eine Apotheke dienstbereit.",
        "Für die Inanspruchnahme des Notdienstes wird eine Gebühr von 2,50 Euro fällig, z. B. auch bei Rezepten, "
        "die sonst zuzahlungsfrei sind.",
        "Den ärztlichen Bereitschaftsdienst erreichen Sie bundesweit unter der Nummer 116 117, in "
        "lebensbedrohlichen Fällen gilt immer der Notruf 112.",
    ),
    "dondusang": (
        "L'Établissement français du sang lance un nouvel appel aux donneurs dans le Jura.",
        "Pour donner, il faut avoir entre 18 et 70 ans, peser au moins 50 kg et se munir d'une pièce d'identité, "
        "p. ex. une carte d'identité ou un passeport.",
        "Un don de sang total dure env. 45 minutes, dont une dizaine pour le prélèvement lui-même, collation "
        "comprise.",
    ),
    "travaux": (
        "Voici les principaux chantiers et restrictions de circulation prévus cette semaine dans le Jura.",
        "Les arrêtés municipaux et départementaux peuvent être modifiés en fonction de la météo et de "
        "l'avancement des chantiers, p. ex. en cas de fortes pluies.",
        "Le stationnement est interdit au droit des chantiers et les contrevenants s'exposent à une amende de "
        "35 € ainsi qu'à la mise en fourrière de leur véhicule.",
    ),
    "cantine": (
        "Voici les menus servis cette semaine dans les restaurants scolaires des écoles publiques.",
        "Les menus sont élaborés par une diététicienne et peuvent être modifiés selon les livraisons ; "
        "conformément à la loi Égalim, un repas végétarien est proposé au moins une fois par semaine.",
        "Le prix du repas varie de 0,90 € à 4,85 € selon le quotient familial, et les inscriptions se font "
        "auprès du service Éducation de la mairie.",
    ),
    "farmacias": (
        "Estas son las farmacias de guardia en la provincia de Ciudad Real.",
        "Las farmacias de guardia atienden las 24 horas con y sin receta; por la noche, el servicio puede "
        "prestarse a través de una ventanilla por motivos de seguridad.",
        "Los turnos los fija el Colegio Oficial de Farmacéuticos de Ciudad Real y pueden consultarse también en "
        "el teléfono 926 55 01 20.",
    ),
    "cortes": (
        "Aquí tienes los cortes de agua y de luz programados esta semana en la provincia.",
        "Las compañías están obligadas a avisar de los cortes programados con al menos 24 horas de antelación, "
        "p. ej. con carteles en los portales afectados.",
        "En caso de avería urgente, los vecinos pueden llamar al teléfono de incidencias de su compañía, que "
        "atiende las 24 horas del día.",
    ),
}
DATELINED: tuple[str, ...] = ()  # no dateline opens these

_EN_FIRST = "Lucinda|Reginald|Tamara|Desmond|Odessa|Franklin|Yolanda|Cedric|Bernadette|Alonzo|Marguerite".split("|")
_EN_LAST = "Whitlock|Spruill|Okonjo|Haskins|Villarreal|Beamon|Fentress|Ruckert|Sadowski|Lamkin|Ogunleye".split("|")
_SCHOOLS = ("Granby High", "Lake Taylor Middle", "Crestwood Elementary", "Deep Creek High", "Ocean View Elementary",
            "Hickory Middle", "Western Branch High")
_DIVISIONS = ("Tidewater City Public Schools", "Nansemond County Public Schools", "Elizabeth River Schools")
_ENTREES = ("chicken tenders", "beef and bean tacos", "cheese pizza", "turkey and cheddar sub", "baked ziti",
            "teriyaki chicken bowl", "veggie burger", "popcorn chicken", "pancakes with turkey sausage",
            "hot dog on a whole-grain bun", "chicken Alfredo", "black bean quesadilla")
_SIDES = ("green beans", "sweet potato fries", "steamed broccoli", "corn", "garden salad", "baked beans",
          "carrot sticks with ranch", "black-eyed peas", "mashed potatoes")
_FRUITS = ("apple slices", "mandarin oranges", "fresh pear", "banana", "mixed fruit cup", "grapes", "applesauce")
_VENUES = (("Chesapeake Central Library", "298 Cedar Road", "Chesapeake"),
           ("First Baptist Church of Suffolk", "237 N. Main St.", "Suffolk"),
           ("Pembroke Mall community room", "4554 Virginia Beach Blvd.", "Virginia Beach"),
           ("Portsmouth Fire Station No. 7", "3000 Frederick Blvd.", "Portsmouth"),
           ("Norfolk State University student center", "700 Park Ave.", "Norfolk"),
           ("St. Gregory the Great Catholic Church", "5345 Virginia Beach Blvd.", "Virginia Beach"),
           ("Hampton Roads Convention Center", "1610 Coliseum Drive", "Hampton"))
_BODIES = ("the Portsmouth School Board", "the Chesapeake Planning Commission", "the Norfolk City Council",
           "the Suffolk Board of Zoning Appeals", "the Hampton Roads Transit board")
_EXPRESSWAYS = (("Harbor Expressway", "I-394"), ("Northpoint Tollway", "Route 53"), ("Lakeshore Skyway", "I-94"),
                ("Carver Freeway", "Route 9"), ("West Loop Connector", "I-290"))
_STREETS = ("Carver St.", "Harbor Ave.", "Northpoint Blvd.", "St. Clair Ave.", "Dunmore Road", "Ashland Ave.",
            "Lincoln Pkwy.", "Belmont St.")
_WORK = ("crews will resurface the bridge deck over the Calumet River", "crews will replace overhead sign "
         "structures", "a contractor will install new drainage under the outbound lanes", "crews will repair "
         "expansion joints on the viaduct")
_TEAMS = ("St. Ignatius", "Carver Tech", "Northpoint", "Mount Carmel", "Lakeshore Central", "Harbor Heights",
          "Bishop Ryan", "Westfield", "Dunmore", "East Lake", "St. Rita", "Ashland Prep", "Bellwood", "Oak Lawn")
_DE_FIRMS = ("Siemens Energy", "Rheinmetall", "SAP", "Deutsche Bank", "Bayer", "Zalando", "Infineon", "BASF",
             "Porsche", "Commerzbank", "Vonovia", "Heidelberg Materials", "Continental", "Adidas")
_DE_REASONS = ("auf robuste Konjunkturdaten aus den USA", "auf Aussagen der EZB-Präsidentin zu den Zinsen",
               "auf Gewinnmitnahmen nach dem Rekordhoch der Vorwoche", "auf den schwächeren Ölpreis",
               "auf Sorgen um die Zölle im Handel mit den USA", "auf Quartalszahlen aus der Chipbranche")
_DE_NAMES = ("Jochen Stanzl", "Andreas Lipkow", "Christine Romar", "Thomas Altmann", "Katrin Löhr",
             "Mirjam Scholten", "Ulrich Wortberg")
_DE_BANKS = ("Landesbank Rheinland", "Koblenzer Volksbank", "Privatbank Mosel & Co.", "Vermögensverwaltung Lahntal")
_DE_QUOTES = ("Der Markt wartet auf ein klares Signal aus Washington", "Wir sehen eine Rotation aus Technologiewerten "
              "in defensive Titel", "Viele Anleger halten sich vor dem großen Verfallstag zurück",
              "Die Zinssorgen sind noch lange nicht vom Tisch")
_DE_ORTE = (("Sinzig", "Grundschule Nr. 2, Barbarossastraße 4"), ("Remagen", "Rheinhalle, Kirchstraße 11"),
            ("Andernach", "Mittelrheinhalle, Konrad-Adenauer-Allee 1"), ("Mayen", "Realschule plus, Am Knüppchen 7"),
            ("Koblenz-Lützel", "Pfarrheim St. Antonius, Brenderweg 20"), ("Bad Breisig", "Bürgerhaus, Zehnerstraße 3"),
            ("Adenau", "Hocheifelhalle, Hauptstraße 120"), ("Grafschaft-Ringen", "Turnhalle, Ringener Straße 8"))
_DE_QUOTES2 = ("Nach den Sommerferien sind die Vorräte jedes Jahr knapp", "Eine Spende kann bis zu drei Menschen "
               "helfen", "Wir freuen uns besonders über Erstspenderinnen und Erstspender", "Die Spende selbst dauert "
               "nur zehn Minuten")
_DE_REFS = ("Anja Wirtz", "Birgit Schäfer-Lahn", "Stefanie Kurtenbach", "Petra Engels")
_LA_APOS = ("Löwen", "Adler", "Spree", "Stadt", "Marien", "Rosen", "Sonnen", "Bahnhofs", "Lausitz", "Schwan")
_LA_STR = ("Berliner Straße", "Karl-Liebknecht-Straße", "Lange Straße", "Bahnhofstraße", "Spremberger Straße",
           "Friedrich-Ebert-Straße", "Am Markt", "Thiemstraße")
_LA_ORTE = ("Cottbus", "Spremberg", "Forst (Lausitz)", "Guben", "Peitz", "Drebkau", "Welzow", "Burg (Spreewald)")
_LA_DOCS = ("Dr. med. dent. Katrin Noack", "Dr. med. dent. Jens Schulze", "Zahnärztin Dr. Ivana Krüger",
            "Dr. med. dent. Thomas W. Balzer", "Zahnarzt Dipl.-Stom. Uwe Rietz")
_FR_VILLES = ("Lons-le-Saunier", "Dole", "Champagnole", "Saint-Claude", "Poligny", "Morez", "Arbois",
              "Salins-les-Bains")
_FR_SALLES = ("salle des fêtes", "salle Léon-Bérard", "gymnase municipal", "espace Mouchet", "foyer rural",
              "salle polyvalente")
_FR_RUES = ("rue du Commerce", "rue Pasteur", "avenue Jean-Moulin", "rue des Écoles", "place de la Liberté",
            "rue Lecourbe", "rue de Besançon", "quai de la Loue")
_FR_MOTIFS = ("des travaux sur le réseau d'eau potable", "la réfection de la chaussée", "le remplacement de "
              "l'éclairage public", "le raccordement à la fibre optique", "la pose d'un ralentisseur")
_FR_NOMS = ("J.-P. Bourgeois", "Martine Cretin", "Alain Vuillermoz", "Sandrine Jeunet", "F. Bailly", "Hervé Piard",
            "Nadine Grappe", "Th. Cuynet")
_FR_QUOTES = ("Chaque don compte, surtout à la rentrée", "Nous manquons surtout de donneurs de groupe O",
              "Les jeunes donnent moins qu'avant, il faut aller les chercher", "Une collation attend tous les "
              "donneurs, c'est aussi un moment de convivialité")
_FR_CITIES = ("Caen", "Rouen", "Le Havre", "Cherbourg-en-Cotentin", "Évreux", "Alençon")
_FR_ENTREES = ("carottes râpées", "taboulé", "salade de lentilles", "betteraves vinaigrette", "concombre à la crème",
               "velouté de potiron", "œuf dur mayonnaise")
_FR_PLATS = ("sauté de porc (ou omelette) et haricots verts", "poisson pané et purée", "lasagnes de légumes",
             "poulet rôti et frites", "chili sin carne et riz", "filet de lieu et boulgour", "hachis parmentier")
_FR_DESSERTS = ("yaourt nature bio", "compote de pommes", "camembert et fruit de saison", "crème dessert vanille",
                "fromage blanc", "tarte aux pommes")
_FR_THEMES = (("Normandie", "une teurgoule"), ("Italie", "une panna cotta"), ("Semaine du goût",
              "des sablés normands"), ("Automne", "des poires au caramel"))
_FR_CHEFS = ("M. Lefèvre", "Mme Duchemin", "M. Hébert", "Mme Lecoq", "M. T. Marie")
_ES_PUEBLOS = ("Ciudad Real", "Puertollano", "Tomelloso", "Valdepeñas", "Alcázar de San Juan", "Manzanares",
               "Daimiel", "Almagro", "Miguelturra", "La Solana")
_ES_CALLES = ("Toledo", "Alarcos", "Calatrava", "Ciruela", "Mata", "Castillo de Calatrava", "del Prado", "Pío XII")
_ES_APELLIDOS = ("Ruiz Castellanos", "Sánchez-Migallón", "Muñoz Rubio", "Díaz de la Cruz", "Gómez Lozano",
                 "Serrano Peinado", "Martín Camacho", "Villalta Ortiz")
_ES_CONSEJOS = ("conviene llamar antes si se necesita un medicamento poco habitual",
                "las recetas electrónicas pueden dispensarse en cualquier farmacia de guardia de la región",
                "en verano es importante guardar los medicamentos lejos del calor")
_ES_MOTIVOS = ("la sustitución de una tubería", "trabajos de mejora en la red", "la conexión de un nuevo "
               "transformador", "la limpieza de un depósito", "obras de asfaltado")
_ES_QUOTES = ("Son obras necesarias y hemos elegido las horas de menos consumo", "Pedimos disculpas por las "
              "molestias y paciencia a los vecinos", "Los trabajos renovarán una red que tiene más de 40 años")


def _de_num(x: float, nd: int = 2) -> str:
    """23418.5 -> '23.418,50' (German thousands and decimal marks)."""
    return f"{x:,.{nd}f}".replace(",", "X").replace(".", ",").replace("X", ".")


def _monday(when: dt.date) -> dt.date:
    return when + dt.timedelta(days=(7 - when.weekday()) % 7 or 7)


def _lunch(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["lunch"]
    monday, division = _monday(when), rng.choice(_DIVISIONS)

    def week() -> list[Block]:
        out = []
        for k, day in enumerate(EN_DAYS[:5]):
            entree = rng.choice(_ENTREES)
            side, side2 = rng.sample(_SIDES, 2)
            out.append(li(f"{day}: {entree[0].upper() + entree[1:]}, {side}, {side2}, {rng.choice(_FRUITS)}"
                          + (" (Harvest of the Month: Virginia sweet potatoes)" if k == 3 and rng.random() < 0.3
                             else "")))
        return out

    first, last = rng.choice(_EN_FIRST), rng.choice(_EN_LAST)
    note = rng.choice([
        f"On {EN_DAYS[rng.randint(0, 4)]}, {rng.randint(6, 19)} schools will serve a “Taste of Virginia” lunch with "
        f"collard greens and peanuts from farms in Suffolk and Isle of Wight County, said Dr. {first} {last}, the "
        "division's director of school nutrition.",
        f"Students at {rng.choice(_SCHOOLS)} will sample a new chicken-and-rice bowl on {EN_DAYS[rng.randint(0, 4)]} "
        f"and vote on whether it stays on the menu, said {first} {last}, a school nutrition supervisor.",
        f"The division's kitchens served about {rng.randint(31, 58)},{rng.randint(100, 999)} lunches a day last year, "
        f"{round(rng.uniform(2, 9), 1)}% more than the year before, according to its nutrition office."])
    paras: list[str] = [
        f"{s[0]} Here are the menus {division} posted for the week of {ap_date(monday)}.",
        h2("Elementary schools"), *week(),
        s[1],
        h2("Middle and high schools"), *week(),
        note,
    ]
    if rng.random() < 0.5:
        paras[-1] += f" {s[2]}"
    else:
        paras.append(s[2])
    return f"{division.replace(' Public Schools', '')} school lunch menus for the week of {ap_date(monday)}", paras


def _blood(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["blood"]
    n = rng.randint(3, 5)
    days = sorted(rng.sample(range(1, 13), n))
    venues = rng.sample(_VENUES, n)
    items = []
    for k, (venue, street, city) in zip(days, venues, strict=True):
        d = when + dt.timedelta(days=k)
        start = rng.choice(["9 a.m.", "10 a.m.", "11:30 a.m.", "noon", "1 p.m."])
        end = rng.choice(["3 p.m.", "4:30 p.m.", "6 p.m.", "7 p.m."])
        items.append(li(f"{weekday(d, 'en')}, {ap_date(d)}: {venue}, {street}, {city}, {start} to {end}"))
    last_day = when + dt.timedelta(days=days[-1])
    first, last = rng.choice(_EN_FIRST), rng.choice(_EN_LAST)
    quote = rng.choice(["Summer travel and the start of the school year always leave us short",
                        "One donation takes about an hour and can help up to three patients",
                        "Our hospitals used 400 units of O-negative blood in August alone"])
    extra = rng.choice(["Platelet donors can give as often as every seven days, up to 24 times a year.",
                        f"Every donor in September gets a $10 gift card and a free cholesterol screening, {first} "
                        "said.", "About 38% of people in the U.S. are eligible to give blood, but fewer than 3% do."])
    paras: list[str] = [
        f"{s[0]} It is asking healthy adults to give at one of {n} community drives scheduled across Hampton Roads "
        f"through {ap_date(last_day)}.",
        *items,
        s[1],
        f"“{quote},” said {first} {last}, the agency's donor recruitment manager. {extra}",
        s[2],
    ]
    towns = sorted({v[2] for v in venues})
    return f"Blood drives set in {' and '.join(towns[:2])} as type O supply runs low", paras


def _fixes(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["fixes"]
    prev = when - dt.timedelta(days=rng.randint(1, 3))
    pday = weekday(prev, "en")
    first, last = rng.choice(_EN_FIRST), rng.choice(_EN_LAST)
    meet = when + dt.timedelta(days=rng.randint(3, 9))
    hour = rng.randint(5, 7)
    body = rng.choice(_BODIES)
    pool = [
        f"A story on {pday} about {body} misstated the time of its next meeting. It meets at {hour} p.m. "
        f"{weekday(meet, 'en')}, {ap_date(meet)}, not {hour + 1} p.m.",
        f"A photo caption on {pday} misidentified a student at {rng.choice(_SCHOOLS)} School. She is {first} "
        f"{last}, a junior.",
        f"A story on {pday} about the Lafayette River cleanup gave an incorrect figure for the trash that volunteers "
        f"collected. They removed {round(rng.uniform(1.2, 4.8), 1)} tons, not {rng.randint(12, 48)} tons.",
        f"Because of an editing error, a story on {pday} about flu shots described Dr. {first} {last} as a "
        "pediatrician. The doctor is a family physician at Ghent Family Medicine.",
        f"A headline on {pday} about the Portsmouth budget should have said the city would raise its real estate "
        f"tax rate by {rng.randint(1, 4)} cents, to ${round(rng.uniform(1.2, 1.4), 2):.2f} per $100 of assessed "
        "value.",
        f"A story on {pday} about the St. Paul's Boulevard redevelopment gave the wrong first name for a resident. "
        f"He is {first} {last}, not {rng.choice(_EN_FIRST)}.",
        f"An obituary on {pday} for Leon T. {last} omitted a survivor, his sister, {first} {last} of Newport News.",
    ]
    items = rng.sample(pool, 3)
    paras = [
        f"{s[0]} These corrections were published {weekday(when, 'en')}, {ap_date(when)}.",
        items[0],
        items[1],
        s[1],
        items[2],
        s[2],
    ]
    return f"Corrections and clarifications for {weekday(when, 'en')}, {ap_date(when)}", paras


def _closures(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["closures"]
    friday = when + dt.timedelta(days=(4 - when.weekday()) % 7)
    roads = rng.sample(_EXPRESSWAYS, rng.randint(3, 4))
    items, exits = [], []
    for road, route in roads:
        a = rng.randint(2, 40)
        exits.append(a)
        st = rng.choice(_STREETS)
        direction = rng.choice(["Inbound", "Outbound", "Northbound", "Southbound"])
        lanes, b = rng.choice(["one", "two"]), a + rng.randint(1, 3)
        start, end = rng.choice(["8 p.m.", "9 p.m.", "10 p.m."]), rng.choice(["5 a.m. Monday", "6 a.m. Saturday",
                                                                             "noon Sunday"])
        items.append(li(f"{road} ({route}): {direction} lanes reduced to {lanes} between Exit {a} ({st}) and Exit {b} "
                        f"from {start} Friday to {end}"))
    if rng.random() < 0.6:
        items.append(li(f"{rng.choice(_STREETS)} ramp to the {roads[0][0]}: closed from 11 p.m. Saturday to 7 a.m. "
                        "Sunday"))
    name = f"{rng.choice(_EN_FIRST)} {rng.choice(_EN_LAST)}"
    pct = round(rng.uniform(35, 95), 1)
    quote = rng.choice(["If you can take the train this weekend, take the train",
                        "Give yourself an extra 20 minutes and watch for workers",
                        "We schedule the heaviest work for the nights with the least traffic"])
    return f"Weekend road closures: {roads[0][0]} lanes shut near Exit {exits[0]}", [
        f"{s[0]} The biggest delays are expected on the {roads[0][0]}, where {rng.choice(_WORK)} through "
        f"{ap_date(friday + dt.timedelta(days=rng.randint(14, 40)))}.",
        *items,
        s[1],
        f"“{quote},” said {name}, a DOT spokesperson, adding that the project is about {pct}% complete.",
        s[2],
    ]


def _fixtures(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["fixtures"]
    wk = max(1, (when - dt.date(2025, 8, 25)).days // 7 + 2)
    teams = rng.sample(_TEAMS, 12)
    games = [(teams[2 * k], teams[2 * k + 1]) for k in range(6)]
    items = []
    for k, (a, b) in enumerate(games):
        day = "Thursday" if k == 0 else "Saturday" if k == 5 else "Friday"
        t = "" if day == "Friday" and rng.random() < 0.7 else f", {rng.choice(['6 p.m.', '6:30 p.m.', '1 p.m.'])}"
        items.append(li(f"{day}: {a} at {b}{t}"))
    conf = rng.randint(2, 6)
    a, b = games[rng.randint(1, 4)]
    w, w2 = rng.randint(0, wk - 1), rng.randint(0, wk - 1)
    l_, l2 = wk - 1 - w, wk - 1 - w2
    return f"Week {wk} high school football schedule: {a} visits {b}", [
        f"{s[0]} It is Week {wk} of the regular season, and {conf} of the {len(games)} games are conference "
        "matchups.",
        *items,
        s[1],
        f"The game of the week is {a} ({w}-{l_}) at {b} ({w2}-{l2}), a rematch of last year's Class 6A quarterfinal, "
        f"which {b} won {rng.randint(21, 38)}-{rng.randint(7, 20)}. Kickoff at {b}'s Dr. {rng.choice(_EN_FIRST)} "
        f"{rng.choice(_EN_LAST)} Field is set for 7:30 p.m.",
        s[2],
    ]


def _boerse(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["boerse"]
    up = rng.random() < 0.55
    pct = round(rng.uniform(0.1, 1.9), 2)
    pts = rng.uniform(22800, 24400)
    mpct, mpts = round(rng.uniform(0.1, 1.6), 2), rng.uniform(29500, 31800)
    sign, msign = ("+" if up else "–"), rng.choice(["+", "–"])
    eur, gold = rng.uniform(1.14, 1.19), rng.uniform(3300, 3700)
    day = f"{DE_DAYS[when.weekday()]}, {when.day}. {DE_MONTHS[when.month - 1]}"
    movers = rng.sample(_DE_FIRMS, 4)
    rows = []
    for k, firm in enumerate(movers):
        sg = "+" if k < 2 else "–"
        rows.append(li(f"{firm}: {_de_num(rng.uniform(18, 420))} Euro ({sg}{_de_num(rng.uniform(1.2, 6.5))} %)"))
    paras: list[str] = [
        f"{s[0]} Der Dax schloss am {day} bei {_de_num(pts)} Punkten, {'ein Plus' if up else 'ein Minus'} von "
        f"{_de_num(pct)} Prozent.",
        Block("Das Wichtigste in Kürze", "fact-h"),
        Block(f"Dax: {_de_num(pts)} Punkte ({sign}{_de_num(pct)} %)", "fact-li"),
        Block(f"MDax: {_de_num(mpts)} Punkte ({msign}{_de_num(mpct)} %)", "fact-li"),
        Block(f"Euro: {_de_num(eur, 4)} US-Dollar", "fact-li"),
        Block(f"Gold: {_de_num(gold)} US-Dollar je Feinunze", "fact-li"),
        f"Händler verwiesen {rng.choice(_DE_REASONS)}. Die Umsätze waren mit rund {_de_num(rng.uniform(2.8, 7.5), 1)} "
        "Mrd. Euro eher durchschnittlich.",
        s[1],
        "Die größten Gewinner und Verlierer im Dax:",
        *rows,
        f"„{rng.choice(_DE_QUOTES)}“, sagte {rng.choice(_DE_NAMES)} von der {rng.choice(_DE_BANKS)}.",
        s[2],
    ]
    return f"Börse Frankfurt: Dax schließt {'fester' if up else 'schwächer'} bei {_de_num(pts, 0)} Punkten", paras


def _blutspende(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["blutspende"]
    n = rng.randint(3, 5)
    orte = rng.sample(_DE_ORTE, n)
    days = sorted(rng.sample(range(1, 12), n))
    items = []
    for k, (ort, venue) in zip(days, orte, strict=True):
        d = when + dt.timedelta(days=k)
        h1 = rng.choice(["14.30", "15", "15.30", "16", "16.30"])
        items.append(li(f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]}, {h1} bis "
                        f"{rng.choice(['19', '19.30', '20', '20.30'])} Uhr: {ort}, {venue}"))
    last = when + dt.timedelta(days=days[-1])
    paras: list[str] = [
        f"{s[0]} In den kommenden Tagen gibt es {n} Termine im Kreis Ahrweiler, im Kreis Mayen-Koblenz und in "
        "Koblenz.",
        h2("Die Termine"),
        *items,
        s[1],
        f"„{rng.choice(_DE_QUOTES2)}“, sagt {rng.choice(_DE_REFS)}, Referentin des Blutspendedienstes. Nach der Spende "
        "gibt es z. B. einen Imbiss, und wer zum ersten Mal kommt, erhält einen Spenderausweis.",
        s[2],
    ]
    title = f"Blutspende in {orte[0][0]} und {orte[1][0]}: {n} Termine bis {last.day}. {DE_MONTHS[last.month - 1]}"
    return title, paras


def _notdienst(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["notdienst"]
    sat = when + dt.timedelta(days=(5 - when.weekday()) % 7)
    sun = sat + dt.timedelta(days=1)
    apos = rng.sample(_LA_APOS, 3)
    orte = rng.sample(_LA_ORTE, 3)
    strs = rng.sample(_LA_STR, 3)

    def dd(d: dt.date) -> str:
        return f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]}"

    paras = [
        f"{s[0]} Hier die Notdienste von {dd(sat)}, bis {dd(sun)}.",
        f"Am {dd(sat)}, hat von 8 Uhr bis 8 Uhr am Folgetag die {apos[0]}-Apotheke, {strs[0]} Nr. "
        f"{rng.randint(1, 90)}, in {orte[0]} Dienst. In {orte[1]} ist die {apos[1]}-Apotheke, {strs[1]} "
        f"{rng.randint(1, 60)}, bis 20 Uhr geöffnet.",
        f"Am {dd(sun)}, übernimmt die {apos[2]}-Apotheke, {strs[2]} {rng.randint(1, 60)}, in {orte[2]} den Notdienst; "
        f"sie ist ab 8 Uhr, nachts über die Klingel am Seiteneingang, z. B. für dringende Rezepte erreichbar.",
        s[1],
        f"Zahnärztlichen Notdienst hat am Wochenende {rng.choice(_LA_DOCS)}, {rng.choice(_LA_STR)} "
        f"{rng.randint(1, 80)}, {rng.choice(_LA_ORTE)}; Sprechzeiten sind jeweils von 9.30 bis 11.30 Uhr und nach "
        "telefonischer Vereinbarung.",
        s[2],
    ]
    return f"Notdienste am Wochenende: Diese Apotheken haben in {orte[0]} und {orte[2]} geöffnet", paras


def _fr_day(d: dt.date) -> str:
    return f"{FR_DAYS[d.weekday()]} {'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]}"


def _dondusang(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["dondusang"]
    n = rng.randint(3, 5)
    villes = rng.sample(_FR_VILLES, n)
    days = sorted(rng.sample(range(1, 14), n))
    items = []
    for k, ville in zip(days, villes, strict=True):
        d = when + dt.timedelta(days=k)
        items.append(li(f"{_fr_day(d)}, de {rng.choice(['8 h 30', '10 h', '15 h', '15 h 30', '16 h'])} à "
                        f"{rng.choice(['12 h 30', '19 h', '19 h 30', '20 h'])} : {ville}, {rng.choice(_FR_SALLES)}, "
                        f"{rng.randint(1, 40)} {rng.choice(_FR_RUES)}"))
    civ = rng.choice(["M.", "Mme", "M.", "Dr"])
    paras: list[str] = [
        f"{s[0]} Les réserves régionales sont descendues à {rng.randint(7, 11)} jours, alors que le seuil de "
        "sécurité est fixé à 12 jours.",
        h2("Les prochaines collectes"),
        *items,
        s[1],
        f"« {rng.choice(_FR_QUOTES)} », souligne {civ} {rng.choice(_FR_NOMS)}, "
        f"{'présidente' if civ == 'Mme' else 'président'} de l'Amicale des donneurs de sang bénévoles de "
        f"{rng.choice(_FR_VILLES)}.",
        s[2],
    ]
    return f"Don du sang : {n} collectes prévues à {villes[0]}, {villes[1]} et dans le Jura", paras


def _travaux(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["travaux"]
    monday = when + dt.timedelta(days=(7 - when.weekday()) % 7)
    villes = rng.sample(_FR_VILLES, 3)
    rd, v1, v2 = rng.randint(4, 470), *rng.sample(_FR_VILLES, 2)
    items = []
    for ville in villes:
        a = monday + dt.timedelta(days=rng.randint(0, 2))
        b = a + dt.timedelta(days=rng.randint(1, 3))
        rue, start, end = rng.choice(_FR_RUES), rng.choice(["7 h 30", "8 h", "9 h"]), rng.choice(["17 h", "17 h 30",
                                                                                                 "18 h"])
        motif, voie, nom = rng.choice(_FR_MOTIFS), rng.choice(["bd", "cours", "chemin"]), rng.choice(
            ["Gambetta", "Jules-Ferry", "de la Gare"])
        items.append(li(f"À {ville}, la {rue} sera fermée à la circulation du {_fr_day(a)} au {_fr_day(b)}, de {start} "
                        f"à {end}, pour {motif} ; une déviation est mise en place par le {voie} {nom}."))
    civ, nom = rng.choice(["M.", "Mme"]), rng.choice(_FR_NOMS)
    quote = rng.choice(["les commerces resteront accessibles aux piétons pendant toute la durée du chantier",
                        "le chantier a été avancé pour ne pas gêner la rentrée scolaire",
                        "ces travaux étaient attendus depuis plus de dix ans par les riverains"])
    return f"Travaux : la circulation perturbée à {villes[0]}, {villes[1]} et sur la RD {rd}", [
        f"{s[0]} Le chantier le plus important concerne la RD {rd} entre {v1} et {v2}, où la circulation sera "
        f"alternée par feux à partir du {_fr_day(monday)}.",
        *items,
        s[1],
        f"{civ} {nom}, {'adjointe chargée' if civ == 'Mme' else 'adjoint chargé'} de la voirie à {villes[0]}, "
        f"assure que « {quote} ».",
        s[2],
    ]


def _cantine(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["cantine"]
    monday, ville = _monday(when), rng.choice(_FR_CITIES)
    items = []
    for k in (0, 1, 3, 4):
        d = monday + dt.timedelta(days=k)
        items.append(li(f"{FR_DAYS[d.weekday()].capitalize()} : {rng.choice(_FR_ENTREES)}, {rng.choice(_FR_PLATS)}, "
                        f"{rng.choice(_FR_DESSERTS)}"))
    theme, dessert = rng.choice(_FR_THEMES)
    paras: list[str] = [
        f"{s[0]} Ils concernent les {rng.randint(18, 64)} écoles maternelles et élémentaires de {ville}, pour la "
        f"semaine du {_fr_day(monday)}.",
        *items,
        s[1],
        f"{FR_DAYS[rng.choice([0, 1, 3, 4])].capitalize()}, la cuisine centrale, dirigée par "
        f"{rng.choice(_FR_CHEFS)}, proposera un repas à thème « {theme} », avec {dessert} en dessert ; elle sert "
        f"env. {rng.randint(3, 12)} {rng.randint(100, 900)} repas par jour.",
        s[2],
    ]
    return f"Cantines à {ville} : les menus de la semaine du {_fr_day(monday)}", paras


def _es_day(d: dt.date) -> str:
    return f"{ES_DAYS[d.weekday()]} {d.day} de {ES_MONTHS[d.month - 1]}"


def _farmacias(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["farmacias"]
    pueblos = rng.sample(_ES_PUEBLOS, rng.randint(4, 5))
    items = []
    for p in pueblos:
        hours = rng.choice(["de 9.30 a 22 h", "las 24 horas", "de 9 a 14 h y de 17 a 22 h", "de 22 a 9.30 h"])
        items.append(li(f"{p}: farmacia de la Sra. {rng.choice(_ES_APELLIDOS)}, c/ {rng.choice(_ES_CALLES)}, núm. "
                        f"{rng.randint(1, 80)}, {hours}"))
    paras: list[str] = [
        f"{s[0]} Los turnos de este {_es_day(when)} comienzan a las 9.30 h y terminan a la misma hora del día "
        "siguiente.",
        *items,
        s[1],
        f"La Dra. {rng.choice(_ES_APELLIDOS)}, vocal del Colegio, recuerda que {rng.choice(_ES_CONSEJOS)}.",
        s[2],
    ]
    return f"Farmacias de guardia hoy, {_es_day(when)}, en {pueblos[0]} y {pueblos[1]}", paras


def _cortes(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["cortes"]
    pueblos = rng.sample(_ES_PUEBLOS, rng.randint(3, 4))
    items = []
    for p in pueblos:
        d = when + dt.timedelta(days=rng.randint(1, 6))
        a = rng.randint(1, 40)
        h1 = rng.choice([8, 9, 10])
        what, h2_ = rng.choice(["agua", "luz"]), h1 + rng.randint(2, 6)
        calle, b = rng.choice(_ES_CALLES), a + rng.randint(6, 30)
        items.append(li(f"{p}: corte de {what} el {_es_day(d)}, de {h1} a {h2_} h, en la Avda. de {calle}, núm. {a} "
                        f"al {b}, por {rng.choice(_ES_MOTIVOS)}"))
    return f"Cortes de agua y luz en {pueblos[0]}: calles afectadas esta semana", [
        f"{s[0]} La interrupción más larga afectará a unos {rng.randint(3, 60) * 50} vecinos de {pueblos[0]}.",
        *items,
        s[1],
        f"«{rng.choice(_ES_QUOTES)}», explicó la Sra. {rng.choice(_ES_APELLIDOS)}, concejala de Servicios de "
        f"{pueblos[1]}.",
        s[2],
    ]


TEMPLATES: dict[str, tuple[str, Callable[[random.Random, dt.date], Story]]] = {
    "lunch": ("en", _lunch), "blood": ("en", _blood), "fixes": ("en", _fixes), "closures": ("en", _closures),
    "fixtures": ("en", _fixtures), "boerse": ("de", _boerse), "blutspende": ("de", _blutspende),
    "notdienst": ("de", _notdienst), "dondusang": ("fr", _dondusang), "travaux": ("fr", _travaux),
    "cantine": ("fr", _cantine), "farmacias": ("es", _farmacias), "cortes": ("es", _cortes),
}


def make(template: str, rng: random.Random, when: dt.date) -> Story:
    return TEMPLATES[template][1](rng, when)
