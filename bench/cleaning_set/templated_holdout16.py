"""Templated stories of the 'holdout16' half: the crofting applications and the lifeboat's call-outs (en, a
Stornoway community weekly on the Isle of Lewis), the typhoon shelters and the power restoration by feeder (en,
a Hagåtña radio newsroom on Guam), the guided mudflat walks and the Boßeln league results (de, a Leer local
daily in East Frisia), the mountain rescue's call-outs and the council's decisions (de, a Pinzgau district
weekly in Zell am See), the exam centres and the state scholarships (fr, a Libreville daily in Gabon), the shark
closures and the nickel prices (fr, a Nouméa news site in New Caledonia), the wind alerts and the subsidised gas
cylinders (es, a Comodoro Rivadavia daily in Patagonia) and the vaccination days and the Malabo–Bata flights
(es, a Malabo news site in Equatorial Guinea).

As in the other halves, every story has its own facts and shares its template's STOCK sentences, which are true
story text however much they read like a site's chrome: "Thank you to the grazings clerks who sent in this
week's notices", "In an emergency at sea or on the coast, dial 999 and ask for the Coastguard", "This
information is subject to change", "call the GPA trouble line at 671-555-0123", "Alle Ergebnisse ohne
Gewähr", "Die Ortsstelle dankt allen Spenderinnen und Spendern", "Anmeldung erforderlich unter Tel. 0491 555
0120", "Les listes sont également consultables sur l'application ANBG Mobile", "Source : London Metal
Exchange, traitement Caillou Info", "Ces chiffres ne constituent pas un conseil en investissement", "Consultas
al 0800-555-4270", "El Ministerio agradece la colaboración de los líderes comunitarios".  Several stand in the
middle of the story between its rows, some are bullet items among the story's own (the shelters, townships,
beaches, barrios and health districts recur across a template's stories), some stories open a list with a
short line ending in a colon, and some rows are not sentences at all.  Abbreviations, times, dates, decimals and
initials throughout (``Mr.``, ``No.``, ``a.m.``, ``p.m.``, ``Sgt.``, ``Lt.``, ``approx.``, ``Tel.``, ``Nr.``,
``Mag.``, ``Bgm.``, ``u. a.``, ``bzw.``, ``M.``, ``Mme``, ``Pr``, ``FCFA``, ``n°``, ``Sr.``, ``Dra.``, ``Lic.``,
``km/h``, ``h``, ``kg``)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from functools import partial

from bench.cleaning_set.cms import li
from bench.cleaning_set.lang import EN_DAYS, EN_MONTHS, day_month, decimal_comma

Story = tuple[str, list[str]]

STOCK = {
    "croftnotices": (
        "Objections to any application must be made in writing to the Crofting Commission within 28 days.",
        "The full list can be viewed free of charge on the Commission's online register.",
        "Thank you to the grazings clerks who sent in this week's notices.",
    ),
    "lifeboatlaunch": (
        "In an emergency at sea or on the coast, dial 999 and ask for the Coastguard.",
        "The crew are all volunteers and carry pagers day and night.",
        "The station is funded entirely by donations, and the lifeboat shop on North Beach is open on Saturdays.",
    ),
    "typhoonshelters": (
        "Shelters open when the island goes to Condition of Readiness 2, and pets are accepted only in carriers.",
        "For updates, tune in to this station or follow the Office of Civil Defense on Facebook.",
        "This information is subject to change.",
    ),
    "powerrestore": (
        "Customers who are still without power should call the GPA trouble line at 671-555-0123.",
        "Please stay away from downed lines and report them right away.",
        "Estimated restoration times are approximate and may change as crews assess the damage.",
    ),
    "wattfuehrung": (
        "Wattwanderungen nur mit zertifizierten Wattführerinnen und Wattführern.",
        "Anmeldung erforderlich unter Tel. 0491 555 0120; die Teilnahme erfolgt auf eigene Gefahr.",
        "Bei Gewitter oder Seenebel fällt die Führung aus, die Angemeldeten werden per SMS benachrichtigt.",
    ),
    "bosseln": (
        "Alle Ergebnisse ohne Gewähr.",
        "Die Tabellen führt der Kreisverband, Nachmeldungen bitte bis Dienstag, 18 Uhr.",
        "Gewertet werden die Würfe bis zum Schlussmal, die Zahl der Schöet entscheidet.",
    ),
    "bergrettung": (
        "Die Bergrettung ist unter der Notrufnummer 140 rund um die Uhr erreichbar.",
        "Für Mitglieder alpiner Vereine sind die Bergekosten in der Regel durch den Mitgliedsbeitrag versichert.",
        "Die Ortsstelle dankt allen Spenderinnen und Spendern für ihre Unterstützung.",
    ),
    "gemeindestube": (
        "Das Protokoll liegt im Gemeindeamt zur Einsicht auf und ist auf der Homepage der Gemeinde abrufbar.",
        "Alle Beschlüsse vorbehaltlich der aufsichtsbehördlichen Genehmigung.",
        "Die nächste Sitzung ist öffentlich, Beginn 19.30 Uhr im Sitzungssaal.",
    ),
    "concours": (
        "Les candidats doivent se présenter une heure avant le début des épreuves, munis de leur convocation et "
        "d'une pièce d'identité.",
        "Tout candidat surpris en possession d'un téléphone portable sera exclu de la salle.",
        "Les résultats seront affichés dans les centres et publiés sur le site du ministère.",
    ),
    "bourses": (
        "Les listes sont également consultables sur l'application ANBG Mobile.",
        "Les réclamations sont reçues jusqu'au vendredi, de 8 h à 15 h, au siège de l'Agence, à Libreville.",
        "L'Agence remercie les étudiants et leurs familles pour leur patience.",
    ),
    "requins": (
        "La baignade est interdite sur les plages concernées jusqu'à nouvel ordre.",
        "Signalez toute observation au 16 ou sur l'application Vigi Requins.",
        "Ces mesures sont prises à titre préventif.",
    ),
    "coursnickel": (
        "Les cours sont exprimés en dollars américains par tonne, au comptant, à la clôture du LME.",
        "Source : London Metal Exchange, traitement Caillou Info.",
        "Ces chiffres ne constituent pas un conseil en investissement.",
    ),
    "vientos": (
        "Se recomienda asegurar los objetos sueltos y no circular con vehículos livianos ni motos por la Ruta 3.",
        "Ante emergencias, comuníquese con Defensa Civil al 103.",
        "La información puede cambiar según la evolución del fenómeno.",
    ),
    "garrafasocial": (
        "Cada familia puede retirar una sola garrafa presentando el DNI del titular del servicio.",
        "El operativo se suspende en caso de viento fuerte o lluvia.",
        "Consultas al 0800-555-4270, de lunes a viernes de 8 a 14 h.",
    ),
    "vacunacion": (
        "La vacunación es gratuita y no hace falta pedir cita.",
        "Los padres deben llevar la cartilla de vacunación de sus hijos.",
        "El Ministerio agradece la colaboración de los líderes comunitarios y de las parroquias.",
    ),
    "vuelosbata": (
        "Los horarios están sujetos a cambios; confirme su vuelo con la compañía antes de salir.",
        "Los pasajeros deben presentarse en el aeropuerto dos horas antes con su DIP o pasaporte.",
        "Se permite una maleta de 23 kg por pasajero en cabina turista.",
    ),
}
DATELINED = ("typhoonshelters", "vientos")  # the Guam radio's and the Comodoro daily's datelines open these

_de = partial(day_month, lang="de")
_fr = partial(day_month, lang="fr")
_es = partial(day_month, lang="es")
_c = decimal_comma


def _split(rows: list) -> int:
    return 1 if len(rows) < 3 else 2 if len(rows) < 5 else 3


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _uk(d: dt.date) -> str:
    return f"{EN_DAYS[d.weekday()]} {d.day} {EN_MONTHS[d.month - 1]}"


def _us(d: dt.date) -> str:
    return f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1][:3]}. {d.day}"


# ---- en: the Stornoway weekly ---------------------------------------------------------------------------------
_TOWNSHIPS = ("Back", "Ness", "Point", "Uig", "Tolsta", "Bernera", "Shawbost", "Carloway", "Leurbost",
              "Balallan", "Scalpay", "Northton", "Daliburgh", "Eoligarry")
_APPS = ("assignation of a croft to a family member", "decrofting of a house site", "apportionment of common "
         "grazing", "division of a croft", "letting of a vacant croft", "a change of use for forestry")


def _croftnotices(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["croftnotices"]
    rows = [li(f"{t}: {rng.choice(_APPS)} (No. {rng.randint(10, 99)}/{rng.randint(1000, 9999)})")
            for t in rng.sample(_TOWNSHIPS, rng.randint(3, 5))]
    k = _split(rows)
    paras = [f"The Crofting Commission has received {len(rows) + rng.randint(2, 14)} new applications from Lewis "
             f"and Harris in the week to {_uk(when)}, among them:", *rows[:k], s[0], *rows[k:],
             f"Mr. {rng.choice(('Donald J. MacLeod', 'Angus Morrison', 'Iain M. Macaulay'))}, the area assessor, "
             f"said approx. {rng.randint(12, 40)} per cent of crofts in the islands were now "
             f"{rng.choice(('unused', 'let to neighbours', 'held by absentees'))}.", s[1], s[2]]
    return f"Crofting notices: {len(rows)} applications this week", paras


_CALLS = ("a fishing boat with engine failure off the Butt of Lewis", "a kayaker in difficulty in Broad Bay",
          "a yacht aground at Arnish Point", "a walker cut off by the tide at Tiumpan Head", "a creel boat taking "
          "on water near the Shiant Isles", "a medical evacuation from a trawler in the Minch", "flares seen "
          "near Holm", "a dog fallen down cliffs at Garry Beach")


def _lifeboatlaunch(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["lifeboatlaunch"]
    rows = []
    for i, c in enumerate(rng.sample(_CALLS, rng.randint(3, 5))):
        d = when - dt.timedelta(days=i + 1)
        rows.append(f"{_uk(d)}, {rng.randint(1, 11)}.{rng.choice(('05', '20', '40', '55'))}"
                    f"{rng.choice(('am', 'pm'))}: {c}.")
    k = _split(rows)
    paras = [f"Stornoway's all-weather lifeboat, the {rng.choice(('Tom Sanderson', 'Elizabeth Ann'))}, was "
             f"launched {len(rows)} times in the past week, the station said.", *rows[:k], s[0], *rows[k:],
             f"Coxswain {rng.choice(('Murdo A. Macleod', 'Kenny Maclean', 'Calum Smith'))} said the crew had spent "
             f"about {rng.randint(9, 31)} hours at sea, much of it in a force {rng.randint(6, 9)} gale.", s[1], s[2]]
    return f"Lifeboat called out {len(rows)} times in a week", paras


# ---- en: the Guam radio ----------------------------------------------------------------------------------------
_SHELTERS = ("Astumbo Elementary School in Dededo", "Okkodo High School", "Southern High School in Santa Rita",
             "Inarajan Middle School", "Talofofo Elementary School", "Harvest Christian Academy in Barrigada",
             "Simon Sanchez High School in Yigo", "Agana Heights Elementary School", "Merizo Martyrs Memorial School",
             "Tamuning Elementary School")


def _typhoonshelters(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["typhoonshelters"]
    rows = [li(f"{sh}: {rng.choice(('general population', 'general population and special needs', 'pet-friendly'))}")
            for sh in rng.sample(_SHELTERS, rng.randint(3, 6))]
    k = _split(rows)
    name = rng.choice(("Tropical Storm Bolaven", "Typhoon Mawar-2", "Tropical Storm Nanmadol", "Typhoon Sinlaku"))
    paras = [f"{name} was about {rng.randint(120, 460)} miles southeast of Guam on {_us(when)}, and the governor "
             f"has placed the island in COR {rng.choice((3, 2))}.", "The following shelters will open at 6 p.m.:",
             *rows[:k], s[0], *rows[k:],
             f"Lt. {rng.choice(('Ray Cruz', 'Joseph P. Taitano', 'Anna Mendiola'))} of the Office of Civil Defense "
             f"said winds of {rng.randint(40, 75)} mph were possible by {rng.choice(('Tuesday', 'Wednesday', 'Friday'))}"  # noqa: E501
             f" night.", s[1], s[2]]
    return f"{name}: {len(rows)} shelters to open", paras


_FEEDERS = ("P-201 (Tumon)", "P-210 (Harmon)", "P-250 (Barrigada Heights)", "P-300 (Yigo)", "P-322 (Dededo)",
            "P-400 (Talofofo)", "P-411 (Inarajan)", "P-505 (Agat)", "P-510 (Santa Rita)", "P-600 (Mangilao)")


def _powerrestore(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["powerrestore"]
    rows = [f"Feeder {f}: {rng.choice(('restored', 'restored', 'partly restored', 'crews on site'))}, "
            f"{rng.randint(120, 3400):,} customers." for f in rng.sample(_FEEDERS, rng.randint(3, 6))]
    k = _split(rows)
    pct = rng.randint(62, 97)
    paras = [f"The Guam Power Authority said {pct} percent of customers had power again by {rng.randint(4, 9)} "
             f"p.m. on {_us(when)}, after an outage that began the day before.", *rows[:k], s[1], *rows[k:],
             f"GPA spokesman Mr. {rng.choice(('Art Perez', 'John M. Benavente', 'Vince Leon Guerrero'))} said "
             f"{rng.randint(3, 19)} poles had to be replaced.", s[0], s[2]]
    return f"Power back for {pct}% of GPA customers", paras


# ---- de: the Leer daily ----------------------------------------------------------------------------------------
_WATT = ("Norddeich, Treffpunkt Haus des Gastes", "Neßmersiel, am Anleger", "Greetsiel, Hafen", "Dornumersiel, "
         "Deichtreppe", "Bensersiel, Kurverwaltung", "Harlesiel, am Deich", "Upleward, Parkplatz Campen")


def _wattfuehrung(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["wattfuehrung"]
    rows = []
    for i, w in enumerate(rng.sample(_WATT, rng.randint(3, 5))):
        d = when + dt.timedelta(days=i)
        rows.append(li(f"{_de(d)}, {rng.randint(7, 17)}.{rng.choice(('00', '15', '30', '45'))} Uhr: {w}, "
                       f"ca. {rng.choice((2, 3, 4))} Std."))
    k = _split(rows)
    paras = [f"Die nächsten geführten Wattwanderungen an der ostfriesischen Küste beginnen am {_de(when)}; "
             f"Niedrigwasser ist in Norddeich um {rng.randint(6, 14)}.{rng.randint(10, 59)} Uhr. Termine u. a.:",
             *rows[:k], s[0], *rows[k:],
             f"Eine Führung kostet {rng.choice((10, 12, 14))} Euro für Erwachsene bzw. {rng.choice((5, 6))} Euro "
             f"für Kinder, sagt Wattführer {rng.choice(('Hinrich Janssen', 'Okko de Vries', 'Dr. Gesche R. Eilers'))}.",
             s[1], s[2]]
    return f"Wattwandern: {len(rows)} Führungen in dieser Woche", paras


_BOSSEL = ("Bagband", "Holtland", "Westgroßefehn", "Hesel", "Ihlow-Simonswolde", "Wiesmoor", "Firrel", "Moormerland",
           "Filsum", "Ostrhauderfehn", "Neermoor", "Jübberde")


def _bosseln(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["bosseln"]
    teams = rng.sample(_BOSSEL, 2 * rng.randint(3, 4))
    rows = [f"{a} – {b} {rng.randint(0, 4)}:{rng.randint(0, 4)} Schöet." for a, b in zip(teams[::2], teams[1::2],
                                                                                       strict=True)]
    k = _split(rows)
    paras = [f"Am {rng.randint(8, 14)}. Spieltag der Kreisliga Leer im Straßenboßeln hat {teams[0]} die "
             f"Tabellenführung verteidigt; gespielt wurde am {_de(when)}.", "Die Ergebnisse der Männer:", *rows[:k],
             s[2], *rows[k:],
             f"Kreisvorsitzender {rng.choice(('Gerd Saathoff', 'Menno J. Bruns', 'Tjarko Weber'))} lobte die "
             f"Würfe von bis zu {rng.randint(90, 140)} m, obwohl der Wind mit Stärke {rng.randint(4, 7)} "
             f"aus West kam.", s[1], s[0]]
    return f"Boßeln: {teams[0]} bleibt vorn", paras


# ---- de: the Pinzgau weekly ------------------------------------------------------------------------------------
_BERG = ("Kitzsteinhorn", "Großvenediger", "Hochkönig", "Steinernes Meer", "Schmittenhöhe", "Großglockner",
         "Hundstein", "Leoganger Steinberge", "Krimmler Wasserfälle", "Kapruner Tal")
_EINSATZ = ("erschöpfte Wanderin geborgen", "Bergsteiger mit Knöchelbruch per Hubschrauber ausgeflogen",
            "zwei Deutsche aus Klettersteig gerettet", "Paragleiter aus Baum geborgen", "vermissten Pilzsammler "
            "gefunden", "Mountainbiker nach Sturz erstversorgt", "Suchaktion nach Jugendlichen erfolgreich beendet")


def _bergrettung(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["bergrettung"]
    rows = []
    for i, b in enumerate(rng.sample(_BERG, rng.randint(3, 5))):
        d = when - dt.timedelta(days=i + 1)
        rows.append(f"{_de(d)}, {b}: {rng.choice(_EINSATZ)}.")
    k = _split(rows)
    ort = rng.choice(("Zell am See", "Saalfelden", "Kaprun", "Mittersill", "Lofer"))
    paras = [f"Die Ortsstelle {ort} der Bergrettung wurde in der vergangenen Woche zu {len(rows)} Einsätzen "
             f"gerufen, teilte Ortsstellenleiter {rng.choice(('Mag. Hannes Gruber', 'Sepp Rieder', 'Toni B. Wallner'))} "  # noqa: E501
             f"mit.", *rows[:k], s[0], *rows[k:],
             f"Insgesamt seien heuer bereits {rng.randint(60, 190)} Einsätze gezählt worden, ca. "
             f"{rng.randint(5, 25)} Prozent mehr als im Vorjahr.", s[1], s[2]]
    return f"Bergrettung {ort}: {len(rows)} Einsätze in einer Woche", paras


_GEMEINDEN = ("Zell am See", "Saalfelden", "Maishofen", "Bruck an der Großglocknerstraße", "Taxenbach", "Unken",
              "Neukirchen am Großvenediger", "Piesendorf", "Uttendorf", "Leogang")
_BESCHLUESSE = ("Sanierung der Volksschule um {n} Euro", "Ankauf eines Feuerwehrfahrzeugs um {n} Euro",
                "Erweiterung des Kindergartens um {n} Euro", "neue Tarife für das Freibad", "Umwidmung eines "
                "Grundstücks für leistbares Wohnen", "Straßenbeleuchtung auf LED um {n} Euro",
                "Zuschuss für den Musikverein von {n} Euro", "Kurzparkzone im Ortszentrum")


def _gemeindestube(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["gemeindestube"]
    g = rng.choice(_GEMEINDEN)
    rows = [li(b.format(n=f"{rng.randint(12, 990) * 1000:,}".replace(",", ".")) + f" ({rng.choice(('einstimmig', 'mehrheitlich', 'mit einer Gegenstimme'))})")  # noqa: E501
            for b in rng.sample(_BESCHLUESSE, rng.randint(3, 5))]
    k = _split(rows)
    paras = [f"Die Gemeindevertretung von {g} hat in ihrer Sitzung am {_de(when)} u. a. folgende Beschlüsse gefasst:",
             *rows[:k], s[1], *rows[k:],
             f"Bgm. {rng.choice(('Andreas Wimmreuter', 'Erich Rohrmoser', 'Mag. Sonja K. Ottenbacher'))} sagte, die "
             f"Gemeinde werde trotz der Projekte keine neuen Schulden aufnehmen.", s[0], s[2]]
    return f"Aus der Gemeindestube: {g}", paras


# ---- fr: the Libreville daily ----------------------------------------------------------------------------------
_CENTRES = ("lycée national Léon-Mba", "lycée Paul-Indjendjet-Gondjout", "collège Bessieux", "lycée d'Application "
            "Nelson-Mandela", "lycée technique national Omar-Bongo", "lycée Jean-Hilaire-Aubame", "collège "
            "Quaben", "lycée Richard-Nguema-Bekale d'Akanda", "lycée de Port-Gentil", "lycée de Franceville")


def _concours(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["concours"]
    exam = rng.choice(("de l'École normale des instituteurs", "d'entrée en sixième", "de la fonction publique",
                       "de l'École nationale d'administration", "de l'Institut national des sciences de gestion"))
    rows = [li(f"{_cap(c)} : {rng.randint(180, 2400)} candidats, salles {rng.randint(1, 9)} à "
               f"{rng.randint(10, 40)}") for c in rng.sample(_CENTRES, rng.randint(3, 5))]
    k = _split(rows)
    paras = [f"Les épreuves du concours {exam} se dérouleront le {_fr(when)} dans {len(rows)} centres de "
             f"l'Estuaire, a annoncé le ministère de l'Éducation nationale.", "Répartition des centres :",
             *rows[:k], s[0], *rows[k:],
             f"Selon M. {rng.choice(('Jean-Rémy Ondo', 'Patrick E. Mouguiama', 'Serge Nze Obame'))}, directeur des "
             f"examens, {rng.randint(3, 18)} % de candidats de plus qu'en 2024 sont inscrits.", s[1], s[2]]
    return f"Concours {exam} : les centres d'examen", paras


_PROVINCES = ("Estuaire", "Haut-Ogooué", "Moyen-Ogooué", "Ngounié", "Nyanga", "Ogooué-Ivindo", "Ogooué-Lolo",
              "Ogooué-Maritime", "Woleu-Ntem")


def _bourses(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["bourses"]
    rows = []
    tot = 0
    for p in rng.sample(_PROVINCES, rng.randint(4, 6)):
        n = rng.randint(40, 1900)
        tot += n
        rows.append(f"{p} : {n} bourses.")
    k = _split(rows)
    paras = [f"L'Agence nationale des bourses du Gabon (ANBG) a publié le {_fr(when)} la liste de {tot} nouveaux "
             f"bénéficiaires, pour un montant mensuel de {rng.choice(('83 000', '100 000', '150 000'))} FCFA par "
             f"étudiant.", *rows[:k], s[0], *rows[k:],
             f"Le Pr {rng.choice(('Marie-Claire N. Mba', 'Jean-Fidèle Otandault', 'Alain Moussavou'))}, directeur "
             f"général, a précisé que les premiers virements interviendraient avant la fin du mois.", s[1], s[2]]
    return f"Bourses : {tot} nouveaux bénéficiaires", paras


# ---- fr: the Nouméa site ---------------------------------------------------------------------------------------
_PLAGES = ("l'anse Vata", "la baie des Citrons", "la plage de Magenta", "Kuendu Beach", "l'îlot Maître",
           "la Côte Blanche", "la baie de Sainte-Marie", "la plage de Poé", "l'îlot Canard", "la Roche percée")


def _requins(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["requins"]
    rows = [li(f"{_cap(p)} : {rng.choice(('interdiction totale', 'interdiction au-delà des bouées', 'drapeau rouge'))}")
            for p in rng.sample(_PLAGES, rng.randint(3, 5))]
    k = _split(rows)
    esp = rng.choice(("d'un requin-bouledogue", "d'un requin-tigre", "de deux requins gris", "d'un requin de récif"))
    paras = [f"La province Sud a pris un arrêté ce {_fr(when)} après l'observation {esp} de {rng.randint(2, 4)} m "
             f"près du littoral.", "Plages concernées :", *rows[:k], s[0], *rows[k:],
             f"Selon M. {rng.choice(('Éric Clua', 'Jean-Marc T. Waheo', 'Laurent Vigliola'))}, biologiste, ces "
             f"observations sont plus fréquentes entre novembre et avril, quand l'eau dépasse 26 °C.", s[1], s[2]]
    return f"Requin : {len(rows)} plages fermées", paras


def _coursnickel(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["coursnickel"]
    px = rng.uniform(14800, 17400)
    rows = [f"Nickel : {_c(px, 0)} $ la tonne.", f"Cobalt : {_c(rng.uniform(24000, 33500), 0)} $ la tonne.",
            f"Stocks LME de nickel : {_c(rng.uniform(140, 210), 1)} milliers de tonnes.",
            f"Variation sur la semaine : {_c(rng.uniform(-4.5, 4.5), 2)} %."][:rng.randint(3, 4)]
    k = _split(rows)
    paras = [f"Le cours du nickel a terminé la semaine du {_fr(when)} à {_c(px, 0)} dollars la tonne, loin des "
             f"niveaux nécessaires à l'équilibre des usines calédoniennes.", *rows[:k], s[1], *rows[k:],
             f"Pour Mme {rng.choice(('Sonia Backès', 'Anne-Laure K. Dumas', 'Isabelle Champmoreau'))}, analyste, "
             f"la production indonésienne pèse toujours sur les prix.", s[0], s[2]]
    return f"Nickel : {_c(px, 0)} $ la tonne", paras


# ---- es: the Comodoro daily ------------------------------------------------------------------------------------
_ESCUELAS = ("la Escuela N.º 83 de Km 8", "la Escuela N.º 110 del barrio Pueyrredón", "el Colegio N.º 734 de "
             "Rada Tilly", "la Escuela N.º 17 de Caleta Olivia", "la Escuela N.º 762 de Diadema", "el Colegio N.º "
             "701 del Centro", "la Escuela N.º 204 de Km 3", "el jardín N.º 431 de Laprida")


def _vientos(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["vientos"]
    rows = [li(f"{_cap(e)}: {rng.choice(('sin clases', 'clases suspendidas en el turno tarde', 'salida anticipada a las 11 h'))}")  # noqa: E501
            for e in rng.sample(_ESCUELAS, rng.randint(3, 5))]
    k = _split(rows)
    kmh = rng.randint(90, 140)
    paras = [f"El Servicio Meteorológico Nacional emitió una alerta naranja por vientos del oeste con ráfagas de "
             f"hasta {kmh} km/h para el {_es(when)} en la zona del golfo San Jorge.",
             "Por la alerta, no habrá clases en:", *rows[:k], s[0], *rows[k:],
             f"El titular de Defensa Civil, Lic. {rng.choice(('Sergio R. Montenegro', 'Marcela Jones', 'Hugo Cabral'))}, "  # noqa: E501
             f"pidió no acercarse a la costanera y recordó que en 2024 el viento voló {rng.randint(12, 80)} techos.",
             s[1], s[2]]
    return f"Alerta por ráfagas de {kmh} km/h", paras


_BARRIOS = ("Km 5", "Km 8", "barrio Ceferino", "Próspero Palazzo", "San Cayetano", "Máximo Abásolo", "Stella "
            "Maris", "Las Américas", "barrio Laprida", "Moure", "Presidente Ortiz")


def _garrafasocial(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["garrafasocial"]
    rows = []
    for i, b in enumerate(rng.sample(_BARRIOS, rng.randint(3, 5))):
        d = _es(when + dt.timedelta(days=i))
        rows.append(li(f"{_cap(d)}, {b}: de {rng.choice((9, 10))} a {rng.choice((13, 14))} h, en la vecinal"))
    k = _split(rows)
    price = rng.randint(7, 12) * 1000
    paras = [f"El programa Garrafa Social vuelve a los barrios de Comodoro Rivadavia con el tubo de 10 kg a "
             f"${price // 1000}.000, la mitad del precio de mercado, informó el municipio.",
             "El cronograma:", *rows[:k], s[0], *rows[k:],
             f"El secretario de Desarrollo Humano, Sr. {rng.choice(('Juan M. Ñancul', 'Daniel Tejeda', 'Raúl Pérez'))}, "  # noqa: E501
             f"dijo que se entregaron {rng.randint(2, 9)}.{rng.randint(100, 999)} garrafas el mes pasado.", s[1], s[2]]
    return f"Garrafa Social: {len(rows)} barrios esta semana", paras


# ---- es: the Malabo site ---------------------------------------------------------------------------------------
_DISTRITOS = ("Malabo", "Baney", "Riaba", "Luba", "Bata", "Mongomo", "Ebebiyín", "Evinayong", "Mbini", "Annobón")


def _vacunacion(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["vacunacion"]
    vac = rng.choice(("el sarampión", "la poliomielitis", "la fiebre amarilla", "el tétanos"))
    rows = [li(f"Distrito de {d}: {rng.randint(2, 40)} puestos, meta de {rng.randint(3, 60)}.{rng.randint(100, 999)} niños")  # noqa: E501
            for d in rng.sample(_DISTRITOS, rng.randint(3, 5))]
    k = _split(rows)
    paras = [f"El Ministerio de Sanidad y Bienestar Social inicia el {_es(when)} una campaña de vacunación contra "
             f"{vac} para niños de 0 a 5 años.", "Los puestos por distrito:", *rows[:k], s[0], *rows[k:],
             f"La Dra. {rng.choice(('María Teresa Nchama', 'Rosa M. Obono', 'Pilar Mangue'))}, coordinadora del "
             f"programa, dijo que la cobertura del año pasado llegó al {rng.randint(61, 93)} %.", s[1], s[2]]
    return f"Campaña de vacunación contra {vac}", paras


def _vuelosbata(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["vuelosbata"]
    rows = []
    for i in range(rng.randint(3, 5)):
        d = _es(when + dt.timedelta(days=i))
        rows.append(f"{_cap(d)}: salida de Malabo a las {rng.randint(6, 17)}:{rng.choice(('00', '30', '45'))} h, "
                    f"vuelo {rng.choice(('CEIBA', 'Cronos'))} {rng.randint(100, 399)}.")
    k = _split(rows)
    paras = [f"La compañía {rng.choice(('Ceiba Intercontinental', 'Cronos Airlines'))} publicó el horario de sus "
             f"vuelos entre Malabo y Bata para la semana del {_es(when)}, con un billete de "
             f"{rng.choice(('45.000', '52.500', '60.000'))} francos CFA.", *rows[:k], s[0], *rows[k:],
             f"El director del aeropuerto, Sr. {rng.choice(('Santiago Ela', 'Marcelino O. Nguema', 'Diosdado Ndong'))}, "  # noqa: E501
             f"explicó que el barco a Bata sigue saliendo los jueves.", s[1], s[2]]
    return f"Vuelos Malabo–Bata: {len(rows)} salidas", paras


TEMPLATES: dict[str, tuple[str, Callable[[random.Random, dt.date], Story]]] = {
    "croftnotices": ("en", _croftnotices), "lifeboatlaunch": ("en", _lifeboatlaunch),
    "typhoonshelters": ("en", _typhoonshelters), "powerrestore": ("en", _powerrestore),
    "wattfuehrung": ("de", _wattfuehrung), "bosseln": ("de", _bosseln), "bergrettung": ("de", _bergrettung),
    "gemeindestube": ("de", _gemeindestube), "concours": ("fr", _concours), "bourses": ("fr", _bourses),
    "requins": ("fr", _requins), "coursnickel": ("fr", _coursnickel), "vientos": ("es", _vientos),
    "garrafasocial": ("es", _garrafasocial), "vacunacion": ("es", _vacunacion), "vuelosbata": ("es", _vuelosbata),
}


def make(template: str, rng: random.Random, when: dt.date) -> Story:
    return TEMPLATES[template][1](rng, when)
