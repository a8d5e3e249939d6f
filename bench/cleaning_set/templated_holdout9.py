"""Templated stories of the 'holdout9' half: weekly eviction filings by ZIP code and the Mississippi's lock
closures and river stages (en, a US Midwest public-radio newsroom collaborative), the day's lottery results and
funeral notices (en, a Trinidad evening daily), the week's Kenya Gazette notices and transfer talk around the
Kenyan Premier League (en, a Kenyan news site), insolvencies and foreclosure auctions (de, a Saxon business
daily), public-transport diversions and the week's new shops and bars (de, a Graz city magazine), the daily
sargassum bulletin and Météo-France weather warnings (fr, a Martinique daily), dust-haze warnings and
sea-rescue landings (es, a Canary Islands news site), and the week's traffic diversions and trial listings
(es, a Paraguayan national site).

As in the other halves, every story has its own facts and shares its template's STOCK sentences, which are
true story text, however much some of them read like a site's chrome: a tenants' help line with its phone
number and hours, a note on when and from which records the tracker is updated, "Prizes must be claimed
within 90 days", "in the event of a discrepancy, the board's official results prevail", "The Evening Mail
extends its condolences to the bereaved", "A notice in the Gazette does not by itself imply wrongdoing",
"Transfer talk is unconfirmed by nature", "Alle Angaben ohne Gewähr", "Alle Lokale haben wir unangemeldet
besucht und selbst bezahlt", "En cas de maux de tête … composez le 15", consignes that stand as bullet items
among the story's own, "El Alisio actualiza esta información cada mañana", "Todos los acusados son inocentes
mientras no haya una sentencia firme".  Many name the publisher, its phone number or its e-mail address;
several stand in the middle of the story between lines of "Name: value"; some stories open their list with a
short line ending in a colon ("The ZIP codes with the most new cases:", "Eine Auswahl:", "Estos son los puntos
afectados:"); some are bullet lists.  Abbreviations, times, dates and decimals throughout (``Dr.``, ``Sgt.``,
``Ald.``, ``St. Louis``, ``Mo.``, ``Ill.``, ``U.S.``, ``a.m.``, ``p.m.``, ``10.30 a.m.``, ``No. 4411``,
``Sh12 million``, ``ca.``, ``z. B.``, ``2. OG``, ``St. Leonhard``, ``Di. bis Sa.``, ``16,90 Euro``, ``M.``,
``Mme``, ``1,8 ppm``, ``8.00 horas``, ``Avda.``, ``(021) 555 400``)."""

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
    ap_date,
    day_month,
    decimal_comma,
    next_monday,
    thousands,
)

Story = tuple[str, list[str]]

STOCK = {
    "evictions": (
        "An eviction filing is not the same as an eviction: many cases are dismissed, settled or withdrawn before a "
        "judge rules.",
        "Tenants facing an eviction case can get free legal advice from the St. Louis County Tenant Help Line at "
        "314-555-0182, weekdays from 9 a.m. to 5 p.m.",
        "The Confluence Desk updates these figures every Monday from public records on Case.net, Missouri’s online "
        "court system.",
    ),
    "lockdam": (
        "Closure dates come from the U.S. Army Corps of Engineers’ Rock Island and St. Louis districts and can change "
        "with river conditions.",
        "Recreational boaters lock through after commercial tows and should call the lockmaster on VHF channel 14 "
        "before approaching.",
        "The Confluence Desk publishes this update every Thursday from April to December, while the river is open to "
        "navigation.",
    ),
    "playwhe": (
        "Winning tickets must be claimed within 90 days of the draw.",
        "The Evening Mail publishes these results as supplied by the NLCB; in the event of a discrepancy, the board’s "
        "official results prevail.",
        "Prizes of more than $2,000 are paid only at the NLCB’s offices in St. James and San Fernando.",
    ),
    "funerals": (
        "Funeral notices are published free of charge as a service to families.",
        "To place a notice, call the Evening Mail classified desk at 623-555-0148 before 3 p.m. on the day before "
        "publication.",
        "The Evening Mail extends its condolences to the bereaved.",
    ),
    "gazette": (
        "The Kenya Gazette is published by the Government Printer every Friday, with special issues in between; Nyota "
        "Daily summarises the notices of wider public interest.",
        "Anyone who wishes to object to a notice must do so with the office named in it, within the period it sets.",
        "A notice in the Gazette does not by itself imply wrongdoing by any person named in it.",
    ),
    "rumours": (
        "Transfer talk is unconfirmed by nature; Nyota Daily names the source of every report.",
        "The Kenyan Premier League’s registration window closes at midnight on Sept. 30.",
        "Clubs, agents and players can reach the Nyota Sport desk at sport@nyotadaily.example.",
    ),
    "insolvenzen": (
        "Die Angaben beruhen auf den öffentlichen Bekanntmachungen der Insolvenzgerichte.",
        "Die Eröffnung eines Insolvenzverfahrens bedeutet nicht, dass ein Unternehmen schließt; viele Betriebe werden "
        "in der Insolvenz fortgeführt.",
        "Beschäftigte haben in der Regel Anspruch auf Insolvenzgeld für bis zu drei Monate, Anträge nimmt die Agentur "
        "für Arbeit entgegen.",
        "Die MDWZ veröffentlicht die Übersicht jeden Montag.",
    ),
    "versteigerungen": (
        "Besichtigungen sind in der Regel nicht möglich; die Gutachten können bei den Amtsgerichten eingesehen werden.",
        "Bieter müssen im Termin eine Sicherheit von zehn Prozent des Verkehrswertes leisten, Bargeld wird nicht "
        "angenommen.",
        "Alle Angaben ohne Gewähr, Termine können kurzfristig aufgehoben werden.",
    ),
    "oeffis": (
        "Die Angaben stammen von der Holding Graz und vom Straßenamt, kurzfristige Änderungen sind möglich.",
        "Aktuelle Störungen meldet die Mobilitätszentrale der Graz Linien rund um die Uhr unter 0316 555-4224.",
        "Stadtzeit aktualisiert diese Übersicht jeden Freitag; Hinweise bitte an verkehr@stadtzeit-graz.example.",
    ),
    "eroeffnungen": (
        "Alle Lokale haben wir unangemeldet besucht und selbst bezahlt.",
        "Die Preise sind die bei unserem Besuch, die Öffnungszeiten bitte vorab online prüfen.",
        "Du hast ein neues Lokal entdeckt? Schreib uns an neu@stadtzeit-graz.example.",
    ),
    "sargasses": (
        "Au-delà de 1 ppm d'hydrogène sulfuré, les personnes âgées, les femmes enceintes et les enfants sont invités à "
        "s'éloigner des zones d'échouement.",
        "En cas de maux de tête, de nausées ou de gêne respiratoire, contactez votre médecin ou composez le 15.",
        "Madinina Matin publie ce point chaque matin d'après les relevés des capteurs de l'observatoire de la qualité "
        "de l'air.",
    ),
    "vigilance": (
        "La vigilance jaune invite à rester attentif, la vigilance orange à se tenir prêt et à limiter ses "
        "déplacements.",
        "Ne traversez pas les radiers submergés, ni à pied ni en voiture.",
        "Éloignez-vous du littoral et renoncez aux activités nautiques tant que dure l'alerte.",
        "Madinina Matin met cet article à jour à chaque nouveau bulletin, en général à 5 h, 11 h, 17 h et 23 h.",
    ),
    "calima": (
        "Sanidad recomienda a las personas con asma, EPOC o problemas cardiacos evitar el ejercicio al aire libre y "
        "mantener las ventanas cerradas.",
        "Los datos de partículas proceden de la Red de Vigilancia de la Calidad del Aire del Gobierno de Canarias y "
        "son provisionales.",
        "El Alisio actualiza esta información cada mañana con los avisos de la Agencia Estatal de Meteorología "
        "(Aemet).",
    ),
    "cayucos": (
        "Salvamento Marítimo coordina los rescates desde su centro de Las Palmas de Gran Canaria, con apoyo del "
        "Servicio Marítimo de la Guardia Civil.",
        "Cruz Roja presta la primera atención sanitaria en el muelle, donde se trata sobre todo a personas con "
        "deshidratación e hipotermia.",
        "Las cifras del Ministerio del Interior se publican cada quince días y pueden no coincidir con los recuentos "
        "de las organizaciones humanitarias.",
    ),
    "desvios": (
        "La Policía Municipal de Tránsito (PMT) recomienda salir con anticipación y respetar las indicaciones de los "
        "agentes en cada desvío.",
        "Los horarios pueden cambiar según el avance de las obras y el estado del tiempo.",
        "El Nacional actualiza esta guía cada lunes; los lectores pueden avisar de otros cierres al (021) 555 400.",
    ),
    "juicios": (
        "La agenda se elabora con la información de la Corte Suprema de Justicia y puede variar por suspensiones de "
        "último momento.",
        "Las audiencias son públicas, salvo las que involucran a menores de edad o a víctimas de delitos sexuales.",
        "Todos los acusados son inocentes mientras no haya una sentencia firme en su contra.",
    ),
}
DATELINED = ("gazette", "rumours")  # the Kenyan site's dateline opens these, as a wire-style lede


_ap = ap_date
_comma = decimal_comma
_dots = partial(thousands, sep=".")
_monday = next_monday


def _friday_before(when: dt.date) -> dt.date:
    return when - dt.timedelta(days=(when.weekday() - 4) % 7)


_de = partial(day_month, lang="de")
_fr = partial(day_month, lang="fr")
_es = partial(day_month, lang="es")


# ---- en: the Midwest public-radio collaborative ---------------------------------------------------------------
_ZIPS = (("63136", "Jennings"), ("63137", "Bellefontaine Neighbors"), ("63121", "Normandy"), ("63135", "Ferguson"),
         ("63033", "Florissant"), ("63125", "Lemay"), ("63114", "Overland"), ("63130", "University City"),
         ("63042", "Hazelwood"), ("63138", "Spanish Lake"), ("63123", "Affton"))
_HOUSING = (("Dr. Renata Oyelaran, who studies housing at Gateway State University",
             "Filings jump in the first two weeks of every month, right after the rent comes due"),
            ("Marcus Bell, a staff attorney with the Mound City Tenant Project",
             "Most of the tenants we see owe less than two months of rent"),
            ("Sgt. Dana Whitfield of the St. Louis County Sheriff’s Office",
             "Only a fraction of these cases ever reach us, and most families have moved out by then"),
            ("Ald. Keith Barnes, who chairs the county council’s housing committee",
             "These numbers are the reason we are paying for lawyers for tenants next year"))


def _evictions(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["evictions"]
    fri = _friday_before(when)
    counted = []
    for z, place in rng.sample(_ZIPS, rng.randint(4, 6)):
        n = rng.randint(7, 41)
        prev = max(2, n + rng.randint(-9, 9))
        trend = "the same as the week before" if n == prev else \
            f"{'up' if n > prev else 'down'} from {prev} the week before"
        counted.append((n, f"{z} ({place}): {n} filings, {trend}."))
    rows = [r for _, r in sorted(counted, key=lambda x: -x[0])]
    total = sum(n for n, _ in counted) + rng.randint(60, 140)
    k = rng.randint(2, len(rows) - 1)
    who, q = rng.choice(_HOUSING)
    paras = [f"Landlords filed {total} eviction cases in St. Louis County Circuit Court in the week that ended "
             f"{EN_DAYS[fri.weekday()]}, {_ap(fri)}, according to court records analyzed by the Confluence Desk.",
             rng.choice(("The ZIP codes with the most new cases:", "By ZIP code, the most filings were in:")),
             *rows[:k], s[0], *rows[k:],
             f"Judges granted {rng.randint(30, 90)} judgments for possession and dismissed {rng.randint(15, 60)} "
             f"cases during the same week.", f"“{q},” said {who}.", s[1], s[2]]
    return f"Eviction filings in St. Louis County, week ending {_ap(fri)}", paras


_LOCKS = (("Lock and Dam 15", "Rock Island, Ill."), ("Lock and Dam 16", "Muscatine, Iowa"),
          ("Lock and Dam 20", "Canton, Mo."), ("Lock and Dam 22", "Saverton, Mo."),
          ("Lock and Dam 24", "Clarksville, Mo."), ("Lock and Dam 25", "Winfield, Mo."),
          ("Mel Price Locks and Dam", "Alton, Ill."), ("Chain of Rocks Lock 27", "Granite City, Ill."))
_LOCKWORK = ("main chamber closed from 7 a.m. to 7 p.m. {days} for gate repairs; the auxiliary chamber stays open",
             "main chamber closed around the clock {days} for an underwater inspection",
             "auxiliary chamber closed {days}, so tows longer than 600 feet must split and lock through twice",
             "both chambers open, but expect waits of up to {h} hours because of harvest traffic",
             "no closures scheduled, and waits were under an hour on Sunday")
_WEEKDAYS = ("Monday through Wednesday", "Tuesday and Wednesday", "Wednesday only", "Monday through Friday",
             "Thursday and Friday")
_GAUGES = (("St. Louis", -2.5, 9.0, 30), ("Grafton", 14.0, 18.0, 18), ("Chester", 3.0, 12.0, 27),
           ("Hannibal", 8.0, 13.0, 16), ("Cape Girardeau", 10.0, 20.0, 32))
_RIVER_VOICES = (("Paul Danner, who runs a fleet of towboats on the Illinois River",
                  "Low water means lighter loads, so we are putting 1,200 tons on barges built for 1,500"),
                 ("Allison Marek, a spokeswoman for the Corps’ St. Louis District",
                  "We schedule this work for the weeks when traffic is lightest, but harvest makes that hard"),
                 ("Dr. Hal Young, an agricultural economist at Illinois Prairie University",
                  "Every extra day at the locks shows up in the price farmers get for their soybeans"))


def _lockdam(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["lockdam"]
    monday = _monday(when)
    locks = []
    for (name, town), work in zip(sorted(rng.sample(_LOCKS, rng.randint(3, 5)), key=_LOCKS.index),
                                  rng.sample(_LOCKWORK, 5), strict=False):
        locks.append(f"{name} ({town}): {work.format(days=rng.choice(_WEEKDAYS), h=rng.randint(3, 9))}.")
    closed = sum("closed" in x for x in locks)
    gauges = []
    for g, lo, hi, flood in rng.sample(_GAUGES, rng.randint(2, 3)):
        h = rng.uniform(lo, hi)
        stage = f"{h:.1f} feet" if h >= 0 else f"minus {abs(h):.1f} feet"
        gauges.append(f"River stage at {g}: {stage}, {rng.choice(('rising', 'falling'))} about "
                      f"{rng.uniform(0.1, 0.9):.1f} feet a day; flood stage there is {flood} feet.")
    k = rng.randint(1, len(locks) - 1)
    who, q = rng.choice(_RIVER_VOICES)
    lede = (f"Barge traffic on the upper Mississippi faces {('no', 'one', 'two', 'three', 'four', 'five')[closed]} "
            f"scheduled lock {'closure' if closed == 1 else 'closures'} in the week that starts Monday, "
            f"{_ap(monday)}, the U.S. Army Corps of Engineers said.")
    paras = [lede, *locks[:k], s[1], *locks[k:], *gauges, s[0], f"“{q},” said {who}.", s[2]]
    return f"River report: Mississippi locks and stages for the week of {_ap(monday)}", paras


# ---- en: the Trinidad evening daily -------------------------------------------------------------------------------
_MARKS = ("Centipede", "Old Lady", "Carriage", "Dead Man", "Parson Man", "Belly", "Hog", "Tiger", "Cattle", "Monkey",
          "Corbeau", "King", "Crapaud", "Money", "Sick Woman", "Jamette", "Pigeon", "Water Boat", "Horse", "Dog",
          "Mouth", "Rat", "House", "Queen", "Morocoy", "Fowl", "Little Snake", "Red Fish", "Opium Man", "House Cat",
          "Parson Wife", "Shrimps", "Spider", "Blind Man", "Big Snake", "Donkey")
_DRAWS = (("Morning", "10.30 a.m."), ("Midday", "1 p.m."), ("Afternoon", "4 p.m."), ("Evening", "7 p.m."))
_VENDORS = (("Marlene Charles", "the corner of Frederick and Queen streets"), ("Ravi Seepersad", "Chaguanas market"),
            ("Ann-Marie Baptiste", "the Arima dial"), ("Kelvin Joseph", "High Street, San Fernando"))
_VENDOR_LINES = ("People were playing the same mark all week, and today it finally came",
                 "When it rains, everybody plays Water Boat",
                 "Lotto fever starts on a Wednesday once that jackpot passes ten million")
_AGENT_TOWNS = ("Couva", "Tunapuna", "Point Fortin", "Sangre Grande", "Diego Martin", "Princes Town")


def _playwhe(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["playwhe"]
    wd = EN_DAYS[when.weekday()]
    draws = []
    for label, t in _DRAWS:
        m = rng.randint(1, 36)
        draws.append(f"Play Whe, {label} draw ({t}): Mark {m}, {_MARKS[m - 1]}.")
    cash = ", ".join(str(n) for n in sorted(rng.sample(range(1, 33), 5)))
    others = [f"Pick 2: {rng.randint(0, 99):02d}.", f"Pick 4: {'-'.join(str(rng.randint(0, 9)) for _ in range(4))}.",
              f"Cash Pot, evening draw: {cash}."]
    lotto = when.weekday() in (2, 5)
    if lotto:
        nums = ", ".join(str(n) for n in sorted(rng.sample(range(1, 36), 5)))
        jackpot = rng.uniform(3.0, 14.5)
        others.append(f"Lotto Plus: {nums}, Powerball {rng.randint(1, 10)}.")
        others.append(rng.choice((
            f"There was no jackpot winner, so the jackpot for the next draw is estimated at ${jackpot + 1.1:.1f} "
            f"million.",
            f"One ticket, sold at an agent in {rng.choice(_AGENT_TOWNS)}, matched all the numbers for a jackpot of "
            f"${jackpot:.1f} million.")))
    k = rng.randint(1, 3)
    paras = [f"These are the results of the National Lotteries Control Board (NLCB) draws held on {wd}, {_ap(when)}.",
             *draws[:k], s[1], *draws[k:], *others]
    if rng.random() < 0.5:
        vendor, spot = rng.choice(_VENDORS)
        paras.append(f"“{rng.choice(_VENDOR_LINES)},” said {vendor}, who has sold tickets at {spot} for "
                     f"{rng.randint(6, 31)} years.")
    paras += [s[0], s[2]]
    title = f"Lotto Plus and Play Whe results, {_ap(when)}" if lotto else f"NLCB results for {wd}, {_ap(when)}"
    return title, paras


_DECEASED = (("CHARLES", "Marjorie Theresa", "f", "c"), ("RAMPERSAD", "Indra", "f", "h"),
             ("JOSEPH", "Gloria Ann", "f", "c"), ("MOHAMMED", "Rasheed", "m", "m"), ("BAPTISTE", "Cuthbert", "m", "c"),
             ("SINGH", "Deonarine", "m", "h"), ("ALEXANDER", "Winston Joseph", "m", "c"),
             ("DE FREITAS", "Yvonne Patricia", "f", "c"), ("GOPAUL", "Lakshmi", "f", "h"),
             ("LEWIS", "Hollis", "m", "c"), ("MAHABIR", "Ramesh", "m", "h"), ("PIERRE", "Hazel", "f", "c"),
             ("ALI", "Nafeesa", "f", "m"), ("WILLIAMS", "Anthony Kenneth", "m", "c"),
             ("JAGGERNAUTH", "Sheila", "f", "c"), ("FRANCOIS", "Mervyn", "m", "c"))
_SPOUSES = {"f": ("Carl", "Vernon", "Harold", "Sookdeo", "Kenrick"), "m": ("Rita", "Joyce", "Sita", "Carmen", "Ruby")}
_HOMES = ("Belmont", "Diego Martin", "Chaguanas", "Arima", "Couva", "Point Fortin", "Sangre Grande", "La Romaine",
          "Tunapuna", "Scarborough, Tobago", "Princes Town", "Maraval")
_JOBS = ("a retired teacher of Tranquillity Government Secondary School", "a retired nurse of the Port of Spain "
         "General Hospital", "a former telephone company technician", "a retired water authority foreman",
         "a well-known pan tuner", "a former cane farmer", "a retired police sergeant", "a seamstress",
         "a retired refinery operator", "a shopkeeper for more than 40 years")
_CHURCHES = ("St. Francis of Assisi RC Church, Belmont", "Holy Trinity Cathedral, Port of Spain",
             "the Open Bible Standard Church, Arima", "St. Paul’s Anglican Church, San Fernando",
             "the Couva Presbyterian Church", "Our Lady of Montserrat RC Church, Tortuga")
_CEMETERIES = ("Lapeyrouse Cemetery", "the Tunapuna Public Cemetery", "the Arima Public Cemetery",
               "Paradise Cemetery, San Fernando")


def _funerals(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["funerals"]
    wd = EN_DAYS[when.weekday()]
    notices = []
    for surname, given, g, faith in rng.sample(_DECEASED, rng.randint(4, 6)):
        he, his = ("She", "her") if g == "f" else ("He", "his")
        died = when - dt.timedelta(days=rng.randint(1, 6))
        day = EN_DAYS[(when + dt.timedelta(days=rng.randint(1, 5))).weekday()]
        kin = (f"{he} was the {'wife' if g == 'f' else 'husband'} of the late {rng.choice(_SPOUSES[g])}, "
               f"{'mother' if g == 'f' else 'father'} of {rng.randint(2, 7)} and "
               f"{'grandmother' if g == 'f' else 'grandfather'} of {rng.randint(3, 16)}.")
        if faith == "h":
            rite = (f"Funeral rites take place at {his} home in {rng.choice(_HOMES)} on {day} at "
                    f"{rng.choice(('8 a.m.', '10.30 a.m.'))}, followed by cremation at the Caroni Cremation Site.")
        elif faith == "m":
            rite = (f"Janazah prayers will be held at the {rng.choice(('Chaguanas', 'San Juan', 'Curepe'))} Jama "
                    f"Masjid after the Zuhr prayer on {day}, followed by burial at the Muslim cemetery.")
        else:
            rite = (f"The funeral takes place on {day} at {rng.choice(('9 a.m.', '10 a.m.', '1 p.m.'))} at "
                    f"{rng.choice(_CHURCHES)}, followed by burial at {rng.choice(_CEMETERIES)}.")
        notices.append(f"{surname}, {given}, {rng.randint(61, 97)}, of {rng.choice(_HOMES)}, {rng.choice(_JOBS)}, "
                       f"died on {EN_DAYS[died.weekday()]}, {_ap(died)}. {kin} {rite}")
    k = rng.randint(1, len(notices) - 1)
    paras = [f"The following funeral notices reached the Evening Mail by noon on {wd}, {_ap(when)}.",
             *notices[:k], s[0], *notices[k:], s[1], s[2]]
    return f"Funeral notices, {wd} {_ap(when)}", paras


# ---- en: the Kenyan news site -----------------------------------------------------------------------------------
_COUNTIES = ("Nairobi", "Kiambu", "Nakuru", "Machakos", "Kisumu", "Uasin Gishu", "Kajiado", "Mombasa", "Nyeri",
             "Kakamega")
_KE_NAMES = ("Jane Wanjiru Mwangi", "Peter Otieno Ouma", "Grace Chebet Koech", "Hassan Abdi Mohamed",
             "Mercy Akinyi Odhiambo", "Joseph Kiprono Rotich", "Faith Mueni Musyoka", "Samuel Kariuki Njoroge",
             "Esther Nafula Wekesa", "David Mutua Kilonzo", "Amina Said Omar", "Daniel Kiplagat Sang")
_KE_COMPANIES = ("Lakeside Gas Distributors Ltd", "Rift Energy Solutions Ltd", "Pwani Bulk Terminals Ltd",
                 "Savanna Solar Kenya Ltd", "Kisumu Fuel Logistics Ltd")
_KE_LICENCES = ("import, store and sell liquefied petroleum gas", "generate and sell 12 megawatts of solar power",
                "transport petroleum products by road", "run a petrol station on the Nakuru-Eldoret highway")
_KE_BOARDS = ("Kenya Dairy Board", "Tea Board of Kenya", "National Irrigation Authority", "Kenya Ports Authority",
              "Coast Water Works Development Agency")
_KE_BANKS = ("a commercial bank", "a savings and credit cooperative", "a microfinance lender")


def _gazette(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["gazette"]
    fri = _friday_before(when)
    names = rng.sample(_KE_NAMES, 6)
    d_old = dt.date(2024, rng.randint(1, 12), rng.randint(1, 28))
    makers = [
        lambda: (f"Land: The Land Registrar in {rng.choice(_COUNTIES)} intends to issue a new title deed for plot "
                 f"No. {rng.randint(1200, 98000)}, registered to {names[0]}, after the original was reported lost; "
                 f"objections within 60 days."),
        lambda: (f"Change of name: {names[1]} has formally renounced the name {names[1].split()[0]} "
                 f"{rng.choice(('Otis', 'Mwas', 'Kim', 'Shiro'))} by a deed poll registered as No. "
                 f"{rng.randint(80, 900)} of 2025."),
        lambda: (f"Succession: The High Court at {rng.choice(('Nairobi', 'Nakuru', 'Eldoret', 'Kisii', 'Meru'))} has "
                 f"received a petition for letters of administration of the estate of {names[2]}, who died on "
                 f"{EN_MONTHS[d_old.month - 1]} {d_old.day}, 2024."),
        lambda: (f"Licensing: {rng.choice(_KE_COMPANIES)} has applied to the Energy and Petroleum Regulatory "
                 f"Authority (EPRA) for a licence to {rng.choice(_KE_LICENCES)}."),
        lambda: (f"Appointment: The Cabinet Secretary has appointed Dr. {names[3]} chairperson of the "
                 f"{rng.choice(_KE_BOARDS)} for a term of three years."),
        lambda: (f"Auction: {rng.choice(('Keysian', 'Moran', 'Garam', 'Watts'))} Auctioneers will sell a "
                 f"{rng.choice(('Toyota Probox', 'Isuzu FRR lorry', 'three-bedroom house in Ruiru', 'quarter-acre plot in Juja'))} "  # noqa: E501
                 f"by public auction on the instructions of {rng.choice(_KE_BANKS)}, after its owner defaulted on a "
                 f"loan."),
    ]
    items = [m() for m in rng.sample(makers, rng.randint(4, 6))]
    k = rng.randint(1, len(items) - 1)
    paras = [f"The Kenya Gazette of {EN_DAYS[fri.weekday()]}, {EN_MONTHS[fri.month - 1]} {fri.day}, carried more than "
             f"{rng.randrange(60, 190, 10)} notices, from lost title deeds to board appointments.", s[0], *items[:k],
             s[2], *items[k:], s[1]]
    return f"Gazette notices: what the Government Printer published on {EN_MONTHS[fri.month - 1]} {fri.day}", paras


_KE_PLAYERS = (("Brian Wekesa", "Gor Mahia", "winger"), ("Kevin Omondi", "AFC Leopards", "striker"),
               ("Collins Kiprotich", "Tusker FC", "goalkeeper"), ("Ibrahim Salim", "Bandari FC", "midfielder"),
               ("Dennis Mutai", "Kakamega Homeboyz", "defender"), ("Amos Njuguna", "Shabana FC", "striker"),
               ("Abdallah Juma", "Kenya Police FC", "midfielder"), ("Victor Ochieng", "KCB FC", "full-back"))
_DESTS = (("Simba SC", "Tanzania"), ("Young Africans", "Tanzania"), ("Orlando Pirates", "South Africa"),
          ("Al Merrikh", "Sudan"), ("Vipers SC", "Uganda"), ("APR FC", "Rwanda"), ("Hammarby", "Sweden"))
_RUMOUR_SOURCES = ("Dar es Salaam sports daily Kandanda Leo", "South African website Soccer Wire SA",
                   "the player’s agent, speaking to Nyota Sport", "a club official who asked not to be named",
                   "Kampala radio station Super FM Sport")
_COACHES = (("Gor Mahia coach Fredrick Ambani", "We are not selling anyone before the CAF matches"),
            ("AFC Leopards chairman Josphat Wanyama", "Nobody has called us with a real offer, only talk on social "
                                                      "media"),
            ("Tusker FC coach Patrick Odera", "If a player wants to go and the price is right, we will not stand "
                                              "in his way"))


def _rumours(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["rumours"]
    left = (dt.date(2025, 9, 30) - when).days
    players = rng.sample(_KE_PLAYERS, rng.randint(4, 6))
    items = []
    for player, club, pos in players:
        dest, country = rng.choice(_DESTS)
        src = rng.choice(_RUMOUR_SOURCES)
        items.append(li(rng.choice((
            f"{player} ({club}): {dest} of {country} are preparing an offer of about Sh{rng.randint(4, 25)} million "
            f"for the {pos}, according to {src}.",
            f"{player} ({club}): {dest} have opened talks over the {pos}, whose contract ends in June, according to "
            f"{src}.",
            f"{player} ({club}): the {pos} has turned down a new contract and is free to talk to {dest}, according "
            f"to {src}."))))
    k = rng.randint(1, len(items) - 1)
    coach, q = rng.choice(_COACHES)
    lede_player = players[0][0]
    paras = [f"{lede_player}’s future tops the transfer talk around the Kenyan Premier League this "
             f"{EN_DAYS[when.weekday()]}, with {left} days left before the window closes.", *items[:k], s[0],
             *items[k:], f"“{q},” {coach} told reporters after training on {EN_DAYS[(when.weekday() - 1) % 7]}.",
             s[1], s[2]]
    return f"Transfer talk: {lede_player} linked with a move abroad ({_ap(when)})", paras


# ---- de: the Saxon business daily ---------------------------------------------------------------------------------
_FIRMEN = (("Erzgebirgische Drahtwerke GmbH", "Aue-Bad Schlema", "Drahtherstellung", 112),
           ("Sachsenring Fensterbau GmbH", "Hohenstein-Ernstthal", "Fensterbau", 38),
           ("Leipziger Backstube Möckern GmbH", "Leipzig", "Bäckerei mit elf Filialen", 86),
           ("Elbtal Logistik GmbH", "Riesa", "Spedition", 57), ("Vogtland Textilveredlung GmbH", "Plauen",
           "Textilindustrie", 240), ("Oberlausitzer Metallbau GmbH", "Bautzen", "Stahl- und Metallbau", 23),
           ("Muldental Solar UG (haftungsbeschränkt)", "Grimma", "Montage von Solaranlagen", 9),
           ("Dresdner Event-Technik GmbH", "Dresden", "Veranstaltungstechnik", 16),
           ("Chemnitzer Zerspanungstechnik GmbH", "Chemnitz", "Automobilzulieferer", 171),
           ("Gasthof Zur Linde Betriebs-GmbH", "Freiberg", "Gastronomie", 12),
           ("Westsächsische Holzbau GmbH", "Zwickau", "Holzbau", 31))
_VERWALTER = (("Dr. Jörg Reinhardt", ""), ("Dr. Katrin Sommerfeld", "in"), ("Dr. Uwe Pietsch", ""),
              ("Rechtsanwältin Anja Lorenz", "in"), ("Rechtsanwalt Tobias Kühn", ""))
_VERWALTER_ZITATE = ("Die Auftragsbücher sind voll, aber die Banken finanzieren die Vorleistungen nicht mehr",
                     "Ein Investor hat sich schon gemeldet, der Geschäftsbetrieb läuft vorerst weiter",
                     "Die gestiegenen Energiekosten konnte der Betrieb nicht an seine Kunden weitergeben",
                     "Viele Zulieferer hängen an einem einzigen Großkunden, z. B. an einem Autowerk")


def _insolvenzen(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["insolvenzen"]
    fri = _friday_before(when)
    lines = []
    for firma, ort, branche, staff in rng.sample(_FIRMEN, rng.randint(4, 6)):
        d = fri - dt.timedelta(days=rng.randint(0, 4))
        name, fem = rng.choice(_VERWALTER)
        lines.append(f"{firma}, {ort} ({branche}): Verfahren eröffnet am {d.day}. {DE_MONTHS[d.month - 1]}, "
                     f"Insolvenzverwalter{fem} {name}, ca. {staff} Beschäftigte.")
    k = rng.randint(1, len(lines) - 1)
    name, _ = rng.choice(_VERWALTER)
    n = rng.randint(14, 41)
    paras = [f"An den Amtsgerichten in Leipzig, Dresden und Chemnitz sind in der Woche bis {_de(fri)}, {n} "
             f"Insolvenzverfahren über das Vermögen von Unternehmen eröffnet worden."]
    if rng.random() < 0.6:
        paras.append("Eine Auswahl:")
    paras += [*lines[:k], s[1], *lines[k:], s[0], f"„{rng.choice(_VERWALTER_ZITATE)}“, sagt {name}.", s[2], s[3]]
    return f"Insolvenzen in Sachsen: {n} neue Verfahren bis {fri.day}. {DE_MONTHS[fri.month - 1]}", paras


_OBJEKTE = (("Einfamilienhaus", "Baujahr 1936, ca. 124 m² Wohnfläche", 240_000),
            ("Eigentumswohnung", "3 Zimmer im 2. OG, ca. 71 m², vermietet", 118_000),
            ("Baugrundstück", "ca. 860 m²", 96_000),
            ("Mehrfamilienhaus mit sechs Wohnungen", "teilweise leer stehend, erheblicher Sanierungsbedarf", 455_000),
            ("Garage", "in einem Garagenhof", 7_500),
            ("Gewerbehalle", "ca. 1.450 m² Nutzfläche, Baujahr 1994", 610_000),
            ("Doppelhaushälfte", "Baujahr 1999, ca. 110 m²", 265_000),
            ("Dreiseithof mit Nebengebäuden", "ca. 2,3 ha Land", 320_000))
_ORTE = ("Markkleeberg", "Taucha", "Borna", "Radebeul", "Pirna", "Meißen", "Freital", "Limbach-Oberfrohna",
         "Annaberg-Buchholz", "Döbeln")
_SACHVERSTAENDIGE = (("Heike Wunderlich", "Sachverständige aus Meißen"), ("Frank Thielemann", "Gutachter aus Leipzig"),
                     ("Ines Mothes", "Immobilienmaklerin aus Chemnitz"))
_SACHV_ZITATE = ("Im Moment kommen viele Objekte aus Erbengemeinschaften unter den Hammer",
                 "Wer mitbieten will, sollte das Gutachten genau lesen, vor allem den Abschnitt zu den Altlasten",
                 "Die Zuschläge liegen oft 20 bis 30 Prozent unter dem Verkehrswert")


def _versteigerungen(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["versteigerungen"]
    monday = _monday(when)
    lines = []
    for (obj, detail, base), ort in zip(rng.sample(_OBJEKTE, rng.randint(4, 6)), rng.sample(_ORTE, 6), strict=False):
        d = monday + dt.timedelta(days=rng.randint(0, 4))
        wert = int(round(base * rng.uniform(0.7, 1.3), -3 if base > 20_000 else -2))
        hour = f"{rng.choice((9, 10, 11, 13))}.{rng.choice(('00', '30'))}"
        court = rng.choice(("Leipzig", "Dresden", "Chemnitz"))
        lines.append(f"Amtsgericht {court}, {_de(d)}, {hour} Uhr, Saal {rng.randint(100, 260)}: {obj} in {ort}, "
                     f"{detail}, Verkehrswert {_dots(wert)} Euro.")
    k = rng.randint(1, len(lines) - 1)
    who, role = rng.choice(_SACHVERSTAENDIGE)
    n = len(lines) + rng.randint(3, 17)
    paras = [f"An den sächsischen Amtsgerichten kommen in der Woche ab {_de(monday)}, {n} Immobilien unter den Hammer; "
             f"die MDWZ stellt eine Auswahl vor.", *lines[:k], s[0], *lines[k:],
             f"„{rng.choice(_SACHV_ZITATE)}“, sagt {who}, {role}.", s[1], s[2]]
    return f"Zwangsversteigerungen in Sachsen: Termine ab {monday.day}. {DE_MONTHS[monday.month - 1]}", paras


# ---- de: the Graz city magazine ----------------------------------------------------------------------------------
_LINIEN = ("Linie 1", "Linie 3", "Linie 4", "Linie 5", "Linie 6", "Linie 7", "Buslinie 31", "Buslinie 34",
           "Buslinie 58", "Nachtbus N5")
_ABSCHNITTE = ("zwischen Jakominiplatz und Liebenau", "zwischen Hauptbahnhof und Eggenberg",
               "zwischen Schillerplatz und St. Leonhard", "im Bereich Lendplatz", "zwischen Andritz und Maria Trost",
               "ab dem Griesplatz")
_MASSNAHMEN = ("Schienenersatzverkehr mit Bussen", "Umleitung über die Annenstraße",
               "die Haltestelle Südtiroler Platz entfällt",
               "Umleitung über den Gürtel, zwei Haltestellen werden verlegt",
               "dichteres Intervall wegen des Schulbeginns")
_STRASSEN = (("Keplerbrücke", "stadtauswärts nur ein Fahrstreifen"), ("Conrad-von-Hötzendorf-Straße", "Fahrbahn "
             "halbseitig gesperrt, Ampelregelung"), ("Waagner-Biro-Straße", "Sperre für den Durchzugsverkehr"),
             ("Elisabethstraße", "Radweg gesperrt, Radfahrer auf der Fahrbahn"), ("Lazarettgürtel", "nachts "
             "Totalsperre, Umleitung über die Karlauer Straße"))
_GL_STIMMEN = ("Gerald Pichler", "Andrea Url", "Markus Kaltenegger")
_GL_ZITATE = ("Wir bündeln die Arbeiten, damit die Linie nur einmal im Jahr gesperrt werden muss",
              "Die Ersatzbusse fahren im selben Takt wie die Bim, nur halt ein paar Minuten länger",
              "Wer kann, soll heuer im September aufs Rad umsteigen")


def _oeffis(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["oeffis"]
    monday = _monday(when)
    end = monday + dt.timedelta(days=rng.randint(3, 12))
    lines = []
    for linie, ab, mass in zip(rng.sample(_LINIEN, rng.randint(2, 4)), rng.sample(_ABSCHNITTE, 4),
                               rng.sample(_MASSNAHMEN, 4), strict=False):
        start = f"{monday.day}." if monday.month == end.month else f"{monday.day}. {DE_MONTHS[monday.month - 1]}"
        lines.append(f"{linie} {ab}: von {start} bis {end.day}. {DE_MONTHS[end.month - 1]} {mass}.")
    streets = [f"{st}: {what}, voraussichtlich bis Ende {DE_MONTHS[(end.month % 12)]}."
               for st, what in rng.sample(_STRASSEN, rng.randint(1, 3))]
    k = rng.randint(1, len(lines))
    paras = [f"Baustellen bremsen die Öffis in der Woche ab {_de(monday)}: {len(lines)} Linien fahren anders als "
             f"gewohnt, dazu kommen Sperren auf {len(streets)} {'Straße' if len(streets) == 1 else 'Straßen'}.",
             *lines[:k], s[0], *lines[k:], *streets,
             f"„{rng.choice(_GL_ZITATE)}“, sagt {rng.choice(_GL_STIMMEN)} von den Graz Linien.", s[1], s[2]]
    return f"Öffi-Info: Umleitungen und Sperren ab {monday.day}. {DE_MONTHS[monday.month - 1]}", paras


_LOKALE = (("Kaffeerösterei Korngold", "Lendkai 41", "Lend", "Filterkaffee aus der eigenen Röstung und Zimtschnecken",
            "Mo.–Fr. 7 bis 18 Uhr"),
           ("Nudelbar Hanami", "Leonhardstraße 12", "St. Leonhard", "Ramen mit steirischem Kren, die Schüssel um "
            "14,50 Euro", "Di. bis Sa. 11.30 bis 22 Uhr"),
           ("Beisl Zum Grünen Tor", "Griesgasse 7", "Gries", "Wiener Schnitzel vom Kalb um 16,90 Euro",
            "täglich außer Montag ab 11 Uhr"),
           ("Second-Hand-Laden Zweitwahl", "Annenstraße 58", "Lend", "Vintage-Mode, abgerechnet nach Gewicht",
            "Mi. bis Sa. 12 bis 19 Uhr"),
           ("Bäckerei Sauerteig & Söhne", "Schönaugasse 20", "Jakomini", "Roggenbrot mit Kürbiskernen um 5,20 Euro",
            "Mo.–Sa. 6.30 bis 13 Uhr"),
           ("Weinbar Schilcherei", "Mariahilferplatz 3", "Lend", "40 steirische Weine glasweise, das Achtel ab 3,80 "
            "Euro", "Do. bis Sa. ab 17 Uhr"),
           ("Buchhandlung Seitenwechsel", "Glacisstraße 33", "Geidorf", "Krimis, Graphic Novels und ein Leseclub am "
            "ersten Dienstag im Monat", "Mo.–Fr. 9 bis 18.30 Uhr"),
           ("Vegane Konditorei Rosa Zucker", "Elisabethstraße 5", "Geidorf", "Esterházyschnitten ohne Ei und Butter",
            "Mi. bis So. 10 bis 18 Uhr"),
           ("Imbiss Kürbiskern", "Jakoministraße 19", "Jakomini", "Käferbohnensalat und Backhendl to go",
            "Mo.–Fr. 10.30 bis 15 Uhr"))
_LOKAL_FAZIT = ("Wir kommen wieder", "Am Samstag wird es eng", "Ein bisserl laut, aber sehr charmant",
                "Unbedingt hingehen")


def _eroeffnungen(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["eroeffnungen"]
    picks = rng.sample(_LOKALE, rng.randint(3, 5))
    items = [f"{name}, {addr} ({bez}): {what}. Geöffnet {hours}. {rng.choice(_LOKAL_FAZIT)}."
             for name, addr, bez, what, hours in picks]
    k = rng.randint(1, len(items) - 1)
    paras = [f"Diese Woche haben in Graz {len(items)} neue Lokale und Geschäfte aufgesperrt – wir waren schon dort, "
             f"zuletzt am {DE_DAYS[when.weekday()]}.", s[0], *items[:k], s[1], *items[k:], s[2]]
    return f"Neu in Graz: {picks[0][0]} und {len(items) - 1} weitere Eröffnungen", paras


# ---- fr: the Martinique daily ----------------------------------------------------------------------------------
_PLAGES = (("Le Robert", "la baie du Robert"), ("Le François", "Frégate"), ("Le Vauclin", "Pointe Faula"),
           ("Sainte-Marie", "l'anse Azérot"), ("La Trinité", "Tartane"), ("Le Marin", "Cap Chevalier"),
           ("Sainte-Anne", "l'anse Michel"), ("Le Lorrain", "la plage du bourg"))
_SARG_VOIX = (("M. Alfred Monrose, adjoint au maire du Robert", "Nos équipes ramassent depuis 5 h du matin, mais la "
               "mer en ramène aussitôt"),
              ("Mme Josiane Ursulet, qui habite à deux pas de Frégate", "L'odeur d'œuf pourri entre dans les maisons, "
               "même fenêtres fermées"),
              ("M. Didier Larcher, pêcheur au Vauclin", "On ne peut plus sortir les yoles depuis trois jours"))


def _sargasses(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["sargasses"]
    lines = []
    for commune, lieu in sorted(rng.sample(_PLAGES, rng.randint(4, 6)), key=_PLAGES.index):
        niveau = rng.choice(("faible", "moyen", "fort", "fort"))
        if niveau == "faible":
            lines.append(f"{commune} ({lieu}) : risque faible, pas d'échouement important signalé.")
        else:
            ppm = rng.uniform(0.2, 0.9) if niveau == "moyen" else rng.uniform(1.1, 5.5)
            lines.append(f"{commune} ({lieu}) : risque {niveau}, {_comma(ppm)} ppm d'H2S relevés à "
                         f"{rng.choice((6, 7, 8))} h.")
    k = rng.randint(1, len(lines) - 1)
    who, q = rng.choice(_SARG_VOIX)
    paras = [f"De nouveaux échouements de sargasses sont attendus sur la côte atlantique ce {_fr(when)}, selon le "
             f"bulletin de prévision publié la veille au soir.", *lines[:k], s[0], *lines[k:],
             f"« {q} », témoigne {who}.", s[1], s[2]]
    return f"Sargasses : le point du {_fr(when)}", paras


_PHENOMENES = (("fortes pluies et orages", ("Cumuls attendus : {a} à {b} mm en six heures sur le nord, localement "
                                            "davantage sur les reliefs.",
                                            "Rafales de {v} km/h possibles sous les grains.")),
               ("houle", ("Houle d'est de {h} m, avec des creux de {h2} m sur la côte atlantique.",
                          "Risque de submersion sur les zones basses du littoral à marée haute.")),
               ("vents forts", ("Vent d'est moyen de {v2} km/h, rafales à {v} km/h sur les hauteurs.",
                                "Mer agitée à forte dans le canal de Sainte-Lucie.")))
_CONSIGNES = ("Rentrez ou arrimez les objets susceptibles d'être emportés.",
              "Ne vous abritez pas sous les arbres en cas d'orage.",
              "Évitez les déplacements sur les routes des hauteurs, notamment la route de la Trace.",
              "Tenez-vous informés auprès des radios locales.")
_PREVIS = ("M. Jean-Marc Théodose", "Mme Céline Marie-Sainte", "M. Frantz Rosier")
_PREVIS_ZITATE = ("L'onde tropicale arrive plus vite que prévu, le gros des pluies tombera dans la nuit",
                  "Nous ne passerons en orange que si les cumuls se confirment sur le nord",
                  "Le pic est attendu entre 2 h et 8 h du matin")


def _vigilance(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["vigilance"]
    ph, details = rng.choice(_PHENOMENES)
    color = rng.choice(("jaune", "jaune", "orange"))
    a = rng.randrange(30, 80, 10)
    vals = {"a": a, "b": a + rng.randrange(20, 60, 10), "v": rng.randrange(60, 100, 10), "v2": rng.randrange(30, 50, 5),
            "h": _comma(rng.uniform(2.0, 3.5)), "h2": _comma(rng.uniform(3.5, 4.5))}
    lines = [d.format(**vals) for d in details]
    consignes = [li(c) for c in rng.sample(_CONSIGNES, 2)]
    consignes.insert(rng.randint(0, 2), li(s[1] if ph == "fortes pluies et orages" else s[2]))
    paras = [f"Météo-France a placé la Martinique en vigilance {color} « {ph} » à partir de ce {_fr(when)}, "
             f"{rng.choice((6, 10, 14, 18))} h.", *lines, s[0], *consignes,
             f"« {rng.choice(_PREVIS_ZITATE)} », indique {rng.choice(_PREVIS)}, prévisionniste à Météo-France.", s[3]]
    return f"Vigilance {color} « {ph} » : la Martinique en alerte ce {FR_DAYS[when.weekday()]}", paras


# ---- es: the Canary Islands site -------------------------------------------------------------------------------
_ISLAS = ("Gran Canaria", "Fuerteventura", "Lanzarote", "Tenerife", "La Gomera", "La Palma", "El Hierro")
_ESTACIONES = ("Jinámar (Telde)", "Mercado Central (Las Palmas de Gran Canaria)", "Tío Pino (Santa Cruz de Tenerife)",
               "Arrecife", "Puerto del Rosario")


def _calima(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["calima"]
    islas = sorted(rng.sample(_ISLAS, rng.randint(2, 5)), key=_ISLAS.index)
    lines = []
    for isla in islas:
        h1 = rng.choice((6, 8, 10, 12))
        v1 = rng.randint(1, 4)
        lines.append(f"{isla}: aviso {rng.choice(('amarillo', 'amarillo', 'naranja'))} por polvo en suspensión de "
                     f"{h1}.00 a {h1 + rng.randint(6, 12)}.00 horas, con visibilidad de {v1} a {v1 + 3} kilómetros.")
    t = rng.randint(31, 39)
    pm = rng.randint(90, 420)
    k = rng.randint(1, len(lines))
    paras = [f"La Aemet mantiene este {_es(when)} avisos por calima en {len(islas)} islas, con una masa de aire "
             f"africano que dejará máximas de hasta {t} grados en las medianías.", *lines[:k], s[0], *lines[k:],
             f"La estación de {rng.choice(_ESTACIONES)} registró a las 8.00 horas {pm} microgramos de partículas PM10 "
             f"por metro cúbico, {_comma(pm / 45)} veces el valor diario recomendado.", s[1], s[2]]
    return f"Calima en Canarias: avisos en {len(islas)} islas este {ES_DAYS[when.weekday()]}", paras


_PUERTOS = (("La Restinga", "El Hierro"), ("Arguineguín", "Gran Canaria"), ("Los Cristianos", "Tenerife"),
            ("Puerto del Rosario", "Fuerteventura"), ("Arrecife", "Lanzarote"))
_BARCOS = ("Salvamar Adhara", "Salvamar Menkalinan", "Guardamar Talía", "Salvamar Alpheratz", "Salvamar Mizar")
_CR_VOCES = (("Carmen Peña, coordinadora de emergencias de Cruz Roja en El Hierro", "Llegan agotados, muchos con "
              "quemaduras por la mezcla de gasolina y agua salada"),
             ("José Antonio Rivero, voluntario de Cruz Roja en Arguineguín", "Lo primero es agua, una manta y saber "
              "si alguien necesita un hospital"))


def _cayucos(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["cayucos"]
    n_boats = rng.randint(1, 4)
    lines = []
    total = 0
    for puerto, isla in rng.sample(_PUERTOS * 2, n_boats):
        n = rng.randint(38, 210)
        total += n
        lines.append(f"A las {rng.randint(0, 23):02d}.{rng.choice(('05', '20', '40', '55'))} horas, la "
                     f"{rng.choice(_BARCOS)} auxilió a una embarcación con {n} personas a {rng.randint(3, 40)} millas "
                     f"de {puerto} ({isla}), adonde fueron trasladadas.")
    lines.append(f"Entre los ocupantes había {rng.randint(2, 30)} mujeres y {rng.randint(1, 25)} menores; "
                 f"{rng.randint(1, 9)} personas fueron derivadas a un hospital.")
    who, q = rng.choice(_CR_VOCES)
    paras = [f"Salvamento Marítimo rescató este {_es(when)} a {total} personas que viajaban en {n_boats} "
             f"{'embarcación' if n_boats == 1 else 'embarcaciones'} rumbo a Canarias.", *lines, s[0],
             f"“{q}”, explicó {who}.", s[1], s[2]]
    return f"Llegan {total} personas en {n_boats} {'cayuco' if n_boats == 1 else 'cayucos'} a Canarias este " \
           f"{ES_DAYS[when.weekday()]}", paras


# ---- es: the Paraguayan national site ---------------------------------------------------------------------------
_CALLES = (("Avda. Mariscal López", "Kubitschek", "San Martín"), ("Avda. España", "Boggiani", "Santa Teresa"),
           ("Avda. Eusebio Ayala", "República Argentina", "Teniente Fariña"),
           ("Avda. Artigas", "General Santos", "Brasilia"),
           ("la Costanera de Asunción", "la calle Colón", "el puerto"), ("Avda. Aviadores del Chaco", "San Martín",
           "Santa Teresa"), ("Palma", "Independencia Nacional", "14 de Mayo"))
_MEDIDAS = ("cierre total", "un carril inhabilitado", "desvío por calles laterales", "circulación en un solo sentido")
_HORARIOS = ("de 21.00 a 05.00, de lunes a jueves", "todo el día, hasta el viernes", "el domingo de 06.00 a 12.00",
             "de 09.00 a 16.00, de martes a sábado")
_MOTIVOS = ("obras de desagüe pluvial", "bacheo", "la maratón Asunción 10K", "el tendido de fibra óptica",
            "obras del viaducto", "un desfile estudiantil")


def _desvios(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["desvios"]
    monday = _monday(when)
    lines = [f"{calle[0].upper() + calle[1:]}, entre {a} y {b}: {rng.choice(_MEDIDAS)} "
             f"{rng.choice(_HORARIOS)}, por {rng.choice(_MOTIVOS)}."
             for calle, a, b in rng.sample(_CALLES, rng.randint(3, 5))]
    k = rng.randint(1, len(lines))
    paras = [f"Estos son los desvíos y cierres previstos en Asunción y el área metropolitana para la semana del lunes "
             f"{monday.day} de {ES_MONTHS[monday.month - 1]}, según la Municipalidad y el Ministerio de Obras Públicas "
             f"y Comunicaciones (MOPC).", "Estos son los puntos afectados:", *lines[:k], s[1], *lines[k:],
             f"En total, unos {rng.randint(40, 160)} agentes de la PMT estarán distribuidos en los desvíos, informó el "
             f"director de Tránsito, {rng.choice(('Hugo Benítez', 'Ramón Duarte', 'Aníbal Ocampos'))}.",
             s[0], s[2]]
    return f"Desvíos en Asunción: los cierres de la semana del {monday.day} de {ES_MONTHS[monday.month - 1]}", paras


_ACUSADOS = {"m": ("el exintendente de {t} {n}", "el exconcejal {n}", "el comerciante {n}",
                    "el exfuncionario de la Aduana {n}", "el taxista {n}", "el exdiputado {n}"),
             "f": ("la exintendenta de {t} {n}", "la exconcejala {n}", "la comerciante {n}",
                   "la exfuncionaria de la Aduana {n}", "la exdirectora del hospital regional de {t}, {n}")}
_PY_NOMBRES = (("Óscar Ramón Giménez", "m"), ("Liz Carolina Báez", "f"), ("Néstor Fabián Acosta", "m"),
               ("Celso Rolón", "m"), ("María Estela Ortiz", "f"), ("Derlis Antonio Cáceres", "m"),
               ("Juan Carlos Amarilla", "m"), ("Graciela Insfrán", "f"))
_DELITOS = ("lesión de confianza", "estafa", "homicidio doloso", "tráfico de drogas", "abigeato",
            "cobro indebido de honorarios", "producción de documentos no auténticos", "robo agravado")
_TRIBUNALES = ("Asunción", "Luque", "Ciudad del Este", "Encarnación", "San Lorenzo")


def _juicios(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["juicios"]
    monday = _monday(when)
    lines = []
    for nombre, g in rng.sample(_PY_NOMBRES, rng.randint(3, 5)):
        d = monday + dt.timedelta(days=min(4, len(lines) + rng.randint(0, 1)))
        who = rng.choice(_ACUSADOS[g]).format(t=rng.choice(("Limpio", "Capiatá", "Lambaré", "Itauguá")), n=nombre)
        hour = rng.choice(("08.00", "08.30", "09.00", "13.00"))
        whom = "al " + who[3:] if who.startswith("el ") else "a " + who
        lines.append(f"{ES_DAYS[d.weekday()].capitalize()} {d.day}, {hour}: juicio oral {whom}, "
                     f"{'acusada' if g == 'f' else 'acusado'} de {rng.choice(_DELITOS)}, ante el Tribunal de "
                     f"Sentencia de {rng.choice(_TRIBUNALES)}.")
    k = rng.randint(1, len(lines) - 1)
    paras = [f"Estos son los principales juicios orales fijados para la semana del {monday.day} de "
             f"{ES_MONTHS[monday.month - 1]} en los tribunales del país.", *lines[:k], s[2], *lines[k:], s[1],
             f"La Fiscalía prevé presentar {rng.randint(4, 25)} testigos en el juicio más largo de la semana, que "
             f"podría extenderse hasta el viernes.", s[0]]
    return f"Agenda judicial: {len(lines)} juicios orales en la semana del {monday.day} de " \
           f"{ES_MONTHS[monday.month - 1]}", paras


TEMPLATES: dict[str, tuple[str, Callable[[random.Random, dt.date], Story]]] = {
    "evictions": ("en", _evictions), "lockdam": ("en", _lockdam), "playwhe": ("en", _playwhe),
    "funerals": ("en", _funerals), "gazette": ("en", _gazette), "rumours": ("en", _rumours),
    "insolvenzen": ("de", _insolvenzen), "versteigerungen": ("de", _versteigerungen), "oeffis": ("de", _oeffis),
    "eroeffnungen": ("de", _eroeffnungen), "sargasses": ("fr", _sargasses), "vigilance": ("fr", _vigilance),
    "calima": ("es", _calima), "cayucos": ("es", _cayucos), "desvios": ("es", _desvios), "juicios": ("es", _juicios),
}


def make(template: str, rng: random.Random, when: dt.date) -> Story:
    return TEMPLATES[template][1](rng, when)
