"""Templated stories of the 'holdout15' half: the village festa programmes and the jellyfish sightings (en, a
Valletta daily in Malta), the river-ice travel report and the subsistence salmon openings (en, a Bethel public
radio station in Alaska), the cattle coming down from the alps and the lost-property office's finds (de, a
Vorarlberg regional news site), the clergy appointments and the collection totals (de, the Catholic diocesan
weekly of Münster), the cholera bulletin and the central bank's reference rate (fr, a Cap-Haïtien news site),
the civil register and the fest-noz programme (fr, a weekly of the Aven country in Brittany), the shellfish
closures for toxins and the bonito season's landings (es, a Galician-coast fishing news site) and the free
medical days and the job fairs (es, a San Pedro Sula daily).

As in the other halves, every story has its own facts and shares its template's STOCK sentences, which are true
story text however much they read like a site's chrome: "Fireworks displays are subject to weather conditions",
"Sightings can be logged with the Spot the Jellyfish app", "Travel on river ice is always at your own risk",
"Call the fisheries hotline at 907-555-0143", "Besucher werden gebeten, die Tiere nicht zu füttern", "Abholung
nur gegen Vorlage eines amtlichen Lichtbildausweises", "Allen Spenderinnen und Spendern ein herzliches Vergelt's
Gott", "Les données sont publiées à titre indicatif", "Le taux de référence est publié à titre indicatif", "Les
naissances ne sont publiées qu'avec l'accord des parents", "Entrée au chapeau", "La información se actualiza a
diario en la web del Intecmar", "Las empresas no cobran por contratar; denuncie cualquier cobro al 2555-0199".
Several stand in the middle of the story between rows of "Name: value", some are bullet items among the story's
own, some stories open a list with a short line ending in a colon, and some rows are not sentences at all.
Abbreviations, times, dates, decimals and initials throughout (``Fr.``, ``Mgr.``, ``p.m.``, ``a.m.``, ``No.``,
``St.``, ``Dr.``, ``Pfr.``, ``Nr.``, ``z. B.``, ``ca.``, ``h``, ``M.``, ``Mme``, ``HTG``, ``p. ex.``, ``Sra.``,
``Ing.``, ``Dra.``, ``kg``, ``t``, ``a. m.``, ``p. m.``)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from functools import partial

from bench.cleaning_set.cms import li
from bench.cleaning_set.lang import EN_DAYS, EN_MONTHS, day_month, decimal_comma, next_monday

Story = tuple[str, list[str]]

STOCK = {
    "festaprogramme": (
        "Fireworks displays are subject to weather conditions and may be cancelled at short notice by the police.",
        "Roads around the parish church will be closed to traffic from 6pm, and Transport Malta advises motorists "
        "to use the bypass.",
        "The full programme is available from the parish office, which is open every morning except Sunday.",
    ),
    "jellyfish": (
        "Anyone who is stung should rinse the area with seawater, not fresh water, and seek help from a lifeguard.",
        "Sightings can be logged with the Spot the Jellyfish app, which is run by the University of Malta.",
        "The report is compiled from members of the public and may not be complete.",
    ),
    "riverice": (
        "Travel on river ice is always at your own risk, and conditions can change within hours.",
        "Let someone know where you are going and when you plan to be back, and carry an ice pick and a "
        "satellite messenger.",
        "Bethel Search and Rescue asks travelers to report open water or overflow to its dispatch line at "
        "907-555-0119.",
    ),
    "salmonopener": (
        "Only federally qualified subsistence users may fish during these openings.",
        "Call the fisheries hotline at 907-555-0143 or check the refuge's Facebook page for the latest "
        "announcements before you set a net.",
        "Announcements are also read on the air in English and Yugtun every morning at 7:10 a.m.",
    ),
    "alpabtrieb": (
        "Die Termine können sich wetterbedingt kurzfristig verschieben.",
        "Besucher werden gebeten, die Tiere nicht zu füttern und Hunde an der kurzen Leine zu führen.",
        "Während des Abtriebs ist die Durchfahrt durch den Ortskern für ca. zwei Stunden gesperrt.",
    ),
    "fundbuero": (
        "Fundgegenstände werden ein Jahr lang aufbewahrt; meldet sich niemand, gehen sie an den Finder oder werden "
        "versteigert.",
        "Abholung nur gegen Vorlage eines amtlichen Lichtbildausweises.",
        "Verlustanzeigen können auch online unter fundinfo.at aufgegeben werden.",
    ),
    "personalchronik": (
        "Die Ernennungen hat der Bischof von Münster ausgesprochen, sie werden zum 1. des Monats wirksam.",
        "Die Einführung in den neuen Pfarreien wird in den Gottesdiensten bekanntgegeben.",
        "Alle Angaben nach Mitteilung der Pressestelle des Bistums.",
    ),
    "kollekte": (
        "Allen Spenderinnen und Spendern ein herzliches Vergelt's Gott.",
        "Spendenquittungen stellt das Pfarrbüro auf Wunsch aus; ab 300 Euro genügt der Kontoauszug nicht.",
        "Überweisungen sind weiterhin auf das Konto der Kirchengemeinde möglich, Stichwort: Kollekte.",
    ),
    "cholera": (
        "Lavez-vous les mains avec du savon et de l'eau traitée, surtout avant de manger et après être allé aux "
        "toilettes.",
        "En cas de diarrhée, rendez-vous immédiatement au centre de santé le plus proche ou appelez le 5555-0111, "
        "un numéro gratuit.",
        "Les données sont publiées à titre indicatif et peuvent être révisées.",
    ),
    "tauxbrh": (
        "Le taux de référence est publié à titre indicatif par la Banque de la République d'Haïti.",
        "Les banques commerciales et les maisons de transfert appliquent leurs propres taux.",
        "Tous les chiffres sont exprimés en gourdes pour un dollar américain.",
    ),
    "etatcivil": (
        "Les naissances ne sont publiées qu'avec l'accord des parents.",
        "Pour faire paraître un avis, adressez-vous à la mairie ou à votre correspondant local.",
        "Nous adressons nos félicitations aux familles et nos condoléances aux proches des disparus.",
    ),
    "festnoz": (
        "Entrée au chapeau, buvette et crêpes sur place.",
        "Le programme peut être modifié en cas de mauvais temps ; les organisateurs conseillent de se renseigner la "
        "veille.",
        "Les débutants sont les bienvenus, une initiation aux danses est proposée en début de soirée.",
    ),
    "biotoxinas": (
        "Está prohibida la extracción y la comercialización de mejillón de los polígonos cerrados.",
        "La información se actualiza a diario en la web del Intecmar y en su aplicación para móviles.",
        "Los polígonos se reabren tras dos análisis negativos consecutivos.",
    ),
    "costera": (
        "Las cifras se refieren a primera venta y se contabilizan por lonja de descarga, no por puerto base.",
        "Los armadores pueden consultar la cuota restante en el diario electrónico de a bordo.",
        "El precio medio se calcula sin IVA y sin gastos de subasta.",
    ),
    "jornadamedica": (
        "La atención es gratuita y por orden de llegada; los pacientes deben presentar su DNI.",
        "Para más información llame al 2555-0170 o escriba al WhatsApp de la Región Sanitaria.",
        "Se recomienda llegar en ayunas si necesita exámenes de laboratorio.",
    ),
    "feriaempleo": (
        "Las empresas no cobran por contratar; denuncie cualquier cobro al 2555-0199.",
        "Lleve su hoja de vida, su DNI y dos fotografías tamaño carné.",
        "Las vacantes pueden cambiar sin previo aviso según las necesidades de cada empresa.",
    ),
}
DATELINED = ("riverice", "jornadamedica")  # the Bethel radio's and the San Pedro Sula daily's datelines open these

_de = partial(day_month, lang="de")
_fr = partial(day_month, lang="fr")
_es = partial(day_month, lang="es")
_c = decimal_comma


def _split(rows: list) -> int:
    return 1 if len(rows) < 3 else 2 if len(rows) < 5 else 3


def _t(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _en(d: dt.date) -> str:
    return f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]}"


def _us(d: dt.date) -> str:
    return f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1][:3]}. {d.day}"


# ---- en: the Valletta daily ----------------------------------------------------------------------------------
_PARISHES = (("Żejtun", "St Catherine"), ("Qormi", "St George"), ("Mosta", "the Assumption"), ("Żebbuġ", "St Philip"),
             ("Birgu", "St Lawrence"), ("Għargħur", "St Bartholomew"), ("Xagħra", "Our Lady of Victories"),
             ("Naxxar", "Our Lady of Victories"), ("Siġġiewi", "St Nicholas"), ("Balzan", "the Annunciation"))
_BANDS = ("the King's Own Band Club", "the La Stella Philharmonic Society", "the St Joseph Band", "the Prince of "
          "Wales Band", "the Vittoriosa Band Club", "the Żejtun Beland Band")


def _festaprogramme(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["festaprogramme"]
    town, saint = rng.choice(_PARISHES)
    rows = [li(f"{_en(when + dt.timedelta(days=i))}: {ev}") for i, ev in enumerate(rng.sample((
        "band march through the main streets at 7.30pm", "aerial fireworks at 10pm", "solemn Mass at 9am",
        "procession with the statue at 7pm", "ground fireworks (giggifogu) at 11pm", "pilgrimage at 8pm",
        "band concert in the square at 8.30pm"), rng.randint(3, 5)))]
    k = _split(rows)
    paras = [f"The parish of {town} celebrates the feast of {saint} this week, and {rng.choice(_BANDS)} will lead "
             f"the outdoor festivities, organisers said.", "The main events:", *rows[:k], s[0], *rows[k:],
             f"Fr. {rng.choice(('Mark Cauchi', 'Joseph P. Borg', 'Reuben Gauci'))}, the parish priest, said the "
             f"statue had been restored this year at a cost of about €{rng.randint(8, 45)},000, paid by "
             f"parishioners.", s[1], s[2]]
    return f"Festa of {saint} in {town}: the week's programme", paras


_BEACHES = ("Għadira", "Golden Bay", "Għajn Tuffieħa", "St George's Bay", "Pretty Bay", "Balluta", "St Peter's Pool",
            "Ramla l-Ħamra", "Xlendi", "Marsalforn", "Armier", "Paradise Bay")
_JELLY = ("mauve stingers (Pelagia noctiluca)", "barrel jellyfish", "a Portuguese man o' war", "fried-egg jellyfish",
          "compass jellyfish", "moon jellyfish")


def _jellyfish(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["jellyfish"]
    rows = [f"{b}: {rng.choice(_JELLY)}, {rng.choice(('a handful', 'dozens', 'large numbers', 'one'))} reported."
            for b in rng.sample(_BEACHES, rng.randint(3, 6))]
    k = _split(rows)
    n = rng.randint(6, 60)
    paras = [f"Swimmers logged {n} jellyfish sightings around Malta and Gozo in the week to {_en(when)}, most of "
             f"them after {rng.choice(('strong north-westerly winds', 'two calm days', 'a change in the current'))}.",
             "Sightings were reported at:", *rows[:k], s[1], *rows[k:],
             f"Marine biologist Dr. {rng.choice(('Alan Deidun', 'Sarah M. Camilleri', 'Luke Vella'))} said the "
             f"water was {rng.randint(24, 29)}°C at the surface, warmer than usual for the time of year.", s[0],
             s[2]]
    return f"Jellyfish: {n} sightings reported this week", paras


# ---- en: the Bethel public radio ------------------------------------------------------------------------------
_ICE_LEGS = ("Bethel to Kwethluk", "Bethel to Napaskiak", "Akiachak to Tuluksak", "Bethel to Oscarville",
             "Napakiak to Kasigluk", "Bethel to Akiak", "Eek to the mouth of the Kuskokwim", "Tuntutuliak to Bethel")


def _riverice(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["riverice"]
    rows = []
    for leg in rng.sample(_ICE_LEGS, rng.randint(3, 5)):
        rows.append(li(f"{leg}: {rng.randint(14, 42)} inches, "
                       f"{rng.choice(('good for trucks', 'snowmachines and cars only', 'snowmachines only', 'overflow near the sloughs, use caution'))}"))  # noqa: E501
    k = _split(rows)
    paras = [f"The Kuskokwim ice road is open to vehicles as far as {rng.choice(('Akiak', 'Tuluksak', 'Kwethluk'))}"
             f" this week, according to the measurements taken on {_us(when)}.", "Ice thickness by leg:",
             *rows[:k], s[0], *rows[k:],
             f"Road crew lead Mr. {rng.choice(('Mark Leary', 'Peter A. Evon', 'Joe Kusma'))} said the plows cleared "
             f"about {rng.randint(40, 190)} miles since the weekend, and the speed limit on the ice stays at 25 mph.",
             s[1], s[2]]
    return f"Kuskokwim ice road: {len(rows)} legs measured", paras


_DISTRICTS = ("District 1-A", "District 1-B", "the Johnson River", "the Kwethluk River", "the Tuluksak River",
              "the Kisaralik River", "the lower river below Bethel", "the upper river above Akiak")


def _salmonopener(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["salmonopener"]
    rows = []
    for d in rng.sample(_DISTRICTS, rng.randint(3, 5)):
        a, b = rng.randint(6, 11), rng.randint(1, 9)
        rows.append(f"{d}: {a} a.m. to {b} p.m., {rng.choice(('6-inch', '4-inch', '6-inch or smaller'))} "
                    f"mesh, nets up to {rng.choice((25, 50, 60))} fathoms.")
    k = _split(rows)
    paras = [f"Federal managers have announced subsistence openings for chum and sockeye salmon on the Kuskokwim "
             f"on {_us(when)}, while king salmon remain closed to harvest.", "The openings:", *rows[:k], s[0],
             *rows[k:],
             f"The Kuskokwim River Inter-Tribal Fish Commission counted about {rng.randint(4, 60) * 1000:,} chums "
             f"at the Bethel test fishery so far, said its director, Dr. {rng.choice(('Terese V. Schomogyi', 'Kevin Whitworth', 'Ray Alexie'))}.",  # noqa: E501
             s[1], s[2]]
    return f"Subsistence openers set for {len(rows)} sections of the Kuskokwim", paras


# ---- de: the Vorarlberg site ---------------------------------------------------------------------------------
_ALPEN = (("Schwarzenberg", "Alpe Hochälpele"), ("Schoppernau", "Alpe Hopfreben"), ("Bezau", "Alpe Niedere"),
          ("Gargellen", "Alpe Vergalden"), ("Damüls", "Alpe Uga"), ("Lech", "Alpe Zug"), ("Brand", "Alpe Sarotla"),
          ("Mellau", "Alpe Rossstelle"), ("Sonntag", "Alpe Laguz"), ("Warth", "Alpe Bodenalpe"))


def _alpabtrieb(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["alpabtrieb"]
    rows = []
    for i, (ort, alpe) in enumerate(rng.sample(_ALPEN, rng.randint(3, 5))):
        d = when + dt.timedelta(days=i)
        rows.append(li(f"{ort} ({alpe}): {_de(d)}, ca. {rng.randint(8, 11)} Uhr, {rng.randint(40, 260)} Stück Vieh"))
    k = _split(rows)
    paras = [f"Im Bregenzerwald und im Montafon kehrt das Vieh in den nächsten Tagen von den Alpen zurück; nach "
             f"einem {rng.choice(('guten', 'durchwachsenen', 'trockenen'))} Alpsommer sind u. a. folgende "
             f"Abtriebe angekündigt:", *rows[:k], s[0], *rows[k:],
             f"Laut Alpwirtschaftsverein waren heuer {rng.randint(480, 540)} Alpen bewirtschaftet, "
             f"{rng.choice(('etwas mehr', 'etwas weniger', 'gleich viele'))} als im Vorjahr, sagt Obmann "
             f"{rng.choice(('Franz J. Bereuter', 'Dr. Anton Metzler', 'Elmar Fink'))}.", s[1], s[2]]
    return f"Alpabtrieb: {len(rows)} Termine im Bregenzerwald und im Montafon", paras


_FUNDE = ("ein schwarzes Damenrad der Marke KTM", "ein Schlüsselbund mit 5 Schlüsseln", "eine Geldbörse mit ca. "
          "40 Euro", "ein Smartphone (Samsung)", "eine Brille mit Etui", "ein Kinderwagen", "ein E-Scooter",
          "ein Ehering mit Gravur", "ein Rucksack mit Sportkleidung", "ein Hörgerät", "eine Aktentasche aus Leder")
_FUNDORTE = ("am Bahnhof Dornbirn", "in der Landbus-Linie 50", "beim Messepark", "am Bregenzer Hafen",
             "im Stadtbad Feldkirch", "beim Rathausplatz", "an der Haltestelle Hatlerdorf", "in der Marktstraße")


def _fundbuero(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["fundbuero"]
    rows = [f"{o[0].upper()}{o[1:]}: {f} (Fund-Nr. {rng.randint(100, 999)}/25)."
            for f in rng.sample(_FUNDE, rng.randint(4, 6)) for o in (rng.choice(_FUNDORTE),)]
    k = _split(rows)
    stadt = rng.choice(("Dornbirn", "Bregenz", "Feldkirch", "Hohenems"))
    paras = [f"Im Fundamt der Stadt {stadt} sind in der Woche bis {_de(when)}, {len(rows) + rng.randint(4, 30)} "
             f"Gegenstände abgegeben worden, darunter z. B.:", *rows[:k], s[1], *rows[k:],
             f"Am häufigsten würden Schlüssel und Handys abgegeben, sagt die Leiterin des Bürgerservice, "
             f"{rng.choice(('Mag. Petra Hämmerle', 'Sabine K. Rhomberg', 'Carmen Fussenegger'))}, "
             f"pro Jahr seien es ca. {rng.randint(2, 5)}.{rng.randint(100, 999)} Fundstücke.", s[0], s[2]]
    return f"Fundamt {stadt}: Was diese Woche abgegeben wurde", paras


# ---- de: the Münster church weekly ---------------------------------------------------------------------------
_PRIESTER = ("Pfr. Thomas Hüwe", "Pastor Ludger Kemper", "Kaplan Joseph Oduya", "Pfr. Dr. Martin Schnieders",
             "Diakon Bernd Rottmann", "Pastoralreferentin Anne Wessels", "Pfr. Stefan B. Jürgens",
             "Kaplan Piotr Nowak", "Gemeindereferentin Maria Tenbrink")
_PFARREIEN = ("St. Lamberti in Coesfeld", "St. Viktor in Dülmen", "St. Ludgerus in Billerbeck", "St. Remigius in "
              "Borken", "St. Dionysius in Rheine", "St. Martinus in Greven", "St. Marien in Oelde",
              "St. Pankratius in Gescher", "St. Peter und Paul in Dorsten", "Liebfrauen in Bocholt")


def _personalchronik(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["personalchronik"]
    rows = [li(f"{p}, bisher in {rng.choice(_PFARREIEN).split(' in ')[-1]}, wird "
               f"{rng.choice(('Pfarrer', 'leitender Pfarrer', 'Pastor', 'Seelsorger'))} in {q}")
            for p, q in zip(rng.sample(_PRIESTER, rng.randint(3, 5)), rng.sample(_PFARREIEN, 5), strict=False)]
    k = _split(rows)
    paras = [f"Das Bistum Münster hat am {_de(when)} folgende Personalentscheidungen bekanntgegeben:", *rows[:k],
             s[0], *rows[k:],
             f"Generalvikar {rng.choice(('Dr. Klaus Winterkamp', 'Jochen Reidegeld', 'Dr. Norbert Köster'))} sagte, "
             f"wegen des Priestermangels würden künftig mehr Pfarreien von Teams u. a. mit Laien geleitet.", s[1],
             s[2]]
    return f"Personalchronik: {len(rows)} neue Aufgaben im Bistum", paras


_ZWECKE = ("Caritas", "Adveniat", "Misereor", "die Flutopfer in Bosnien", "das Kinderhospiz in Datteln",
           "die Renovierung der Orgel", "die Tafel", "die Jugendarbeit", "Renovabis")


def _kollekte(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["kollekte"]
    rows = []
    total = 0
    for z in rng.sample(_ZWECKE, rng.randint(3, 5)):
        v = rng.randint(180, 4800)
        total += v
        rows.append(f"Für {z}: {_t(v)} Euro.")
    k = _split(rows)
    pf = rng.choice(_PFARREIEN)
    paras = [f"Die Kollekten in der Pfarrei {pf} haben im {rng.choice(('Juli', 'August', 'September'))} "
             f"zusammen {_t(total)} Euro erbracht, teilt das Pfarrbüro mit.", "Im Einzelnen:",
             *rows[:k], s[1], *rows[k:],
             f"Das seien ca. {rng.randint(3, 19)} Prozent {rng.choice(('mehr', 'weniger'))} als im Vorjahr, sagt "
             f"Kirchenvorstand {rng.choice(('Hubert Wienkamp', 'Dr. Gisela Terhorst', 'Reinhard J. Böckmann'))}.",
             s[2], s[0]]
    return f"Kollekten: {_t(total)} Euro in {pf.split(' in ')[-1]}", paras


# ---- fr: the Cap-Haïtien site --------------------------------------------------------------------------------
_DEPTS = ("Nord", "Nord-Est", "Nord-Ouest", "Artibonite", "Centre", "Ouest", "Sud", "Grand'Anse", "Nippes", "Sud-Est")


def _cholera(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["cholera"]
    rows = []
    tot = 0
    for d in rng.sample(_DEPTS, rng.randint(3, 6)):
        n = rng.randint(2, 180)
        tot += n
        rows.append(li(f"{d} : {n} cas suspects, {rng.randint(0, 6)} décès"))
    k = _split(rows)
    paras = [f"Le ministère de la Santé publique et de la Population (MSPP) a recensé {tot} cas suspects de "
             f"choléra dans la semaine du {_fr(when)}, selon son dernier bulletin.", "Les départements touchés :",
             *rows[:k], s[0], *rows[k:],
             f"Le Dr {rng.choice(('Jean-Wilfrid Pierre', 'Marie-Claude L. Joseph', 'Ronald Étienne'))}, directeur "
             f"sanitaire du Nord, dit manquer de sels de réhydratation à {rng.choice(('Limonade', 'Milot', 'Fort-Liberté', 'Ouanaminthe'))}.",  # noqa: E501
             s[1], s[2]]
    return f"Choléra : {tot} cas suspects en une semaine", paras


def _tauxbrh(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["tauxbrh"]
    ref = rng.uniform(130.4, 133.2)
    rows = [f"Taux de référence : {_c(ref, 4)}.", f"Marché informel (Cap-Haïtien) : {_c(ref + rng.uniform(1, 4), 2)}.",
            f"Achat en banque : {_c(ref - rng.uniform(1, 2.5), 2)}.", f"Vente en banque : {_c(ref + rng.uniform(0.2, 1.5), 2)}."]  # noqa: E501
    rows = rows[:rng.randint(3, 4)]
    k = _split(rows)
    paras = [f"La gourde s'est {'appréciée' if rng.random() < 0.5 else 'dépréciée'} de {_c(rng.uniform(0.01, 0.6), 2)} "
             f"% face au dollar américain ce {_fr(when)}, selon les chiffres de la BRH.", *rows[:k], s[0], *rows[k:],
             f"Pour l'économiste {rng.choice(('M. Kesner Pharel', 'Mme Nesmy Manigat', 'M. Etzer E. Émile'))}, la "
             f"stabilité tient surtout aux transferts de la diaspora, qui dépassent {rng.randint(3, 4)} milliards de "
             f"dollars par an.", s[1], s[2]]
    return f"Taux du jour : la gourde à {_c(ref, 2)} pour un dollar", paras


# ---- fr: the Aven weekly -------------------------------------------------------------------------------------
_COMMUNES = ("Quimperlé", "Pont-Aven", "Moëlan-sur-Mer", "Clohars-Carnoët", "Riec-sur-Bélon", "Névez", "Scaër",
             "Bannalec", "Mellac", "Tréméven")
_PRENOMS = ("Maël", "Nolwenn", "Gwenaël", "Anaëlle", "Erwan", "Léna", "Yann", "Soizic", "Tudal", "Enora", "Loïc",
            "Azilis")
_NOMS = ("Le Gall", "Kerbrat", "Le Floc'h", "Guillou", "Le Bihan", "Tanguy", "Le Goff", "Morvan", "Quéré",
         "Jaouen", "Le Roux", "Cadiou")


def _etatcivil(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["etatcivil"]
    c = rng.choice(_COMMUNES)
    rows = [li(f"Naissance : {rng.choice(_PRENOMS)} {rng.choice(_NOMS)}, {rng.choice(_COMMUNES)}"),
            li(f"Mariage : {rng.choice(_PRENOMS)} {rng.choice(_NOMS)} et {rng.choice(_PRENOMS)} {rng.choice(_NOMS)}"),
            li(f"Décès : {rng.choice(('M.', 'Mme'))} {rng.choice(_NOMS)}, {rng.randint(71, 99)} ans, "
               f"{rng.choice(('retraité(e) de la papeterie', 'ancien(ne) commerçant(e)', 'ancien marin-pêcheur'))}"),
            li(f"Décès : {rng.choice(('M.', 'Mme'))} {rng.choice(_NOMS)}, {rng.randint(60, 98)} ans")]
    rows = rows[:rng.randint(3, 4)]
    k = _split(rows)
    paras = [f"Voici les actes enregistrés à la mairie de {c} dans la semaine du {_fr(when)} :", *rows[:k], s[0],
             *rows[k:],
             f"La commune a enregistré {rng.randint(18, 140)} naissances depuis janvier, un chiffre "
             f"{rng.choice(('stable', 'en légère hausse', 'en baisse'))} selon l'adjointe, "
             f"Mme {rng.choice(('Anne-Marie Le Du', 'Gaëlle B. Pichon', 'Katell Rivoal'))}.", s[1], s[2]]
    return f"État civil de {c}", paras


_SALLES = ("salle des fêtes de Bannalec", "Coat-Kaër à Quimperlé", "halle de Pont-Aven", "salle Ellipse à Moëlan",
           "salle polyvalente de Riec", "Kerjégu à Scaër", "port de Doëlan", "chapelle Saint-Maudet à Clohars")
_SONNEURS = ("le bagad Bro Kemperle", "les frères Morvan", "le duo Le Bour-Bodros", "Startijenn", "Plantec",
             "les sonneurs Kerhervé-Le Goff", "le trio Kan ha diskan du Pays Fañch", "Hiks")


def _festnoz(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["festnoz"]
    sat = next_monday(when) - dt.timedelta(days=2)
    rows = []
    for i, sa in enumerate(rng.sample(_SALLES, rng.randint(3, 5))):
        d = sat + dt.timedelta(days=i % 2)
        rows.append(f"{_fr(d)[0].upper()}{_fr(d)[1:]}, {sa} : {rng.choice(_SONNEURS)}, à partir de "
                    f"{rng.choice((20, 21))} h {rng.choice(('00', '30'))}.")
    k = _split(rows)
    paras = [f"Le week-end du {_fr(sat)} sera encore chargé pour les danseurs du pays de Quimperlé, avec "
             f"{len(rows)} festoù-noz au programme.", *rows[:k], s[0], *rows[k:],
             f"« {rng.choice(('On a eu 600 entrées la dernière fois, du jamais-vu', 'Les jeunes reviennent, ça fait plaisir', 'Sans les bénévoles, rien ne tiendrait'))} », "  # noqa: E501
             f"confie M. {rng.choice(('Job Le Meur', 'Pierrick Danielou', 'Yves-Marie K. Tanguy'))}, du comité "
             f"des fêtes.", s[1], s[2]]
    return f"Fest-noz : {len(rows)} rendez-vous ce week-end", paras


# ---- es: the Galician fishing site ---------------------------------------------------------------------------
_POLIGONOS = ("Vigo A", "Vigo B", "Cangas C", "Redondela A", "Bueu A", "Grove C1", "Arousa Norte", "Cambados",
              "Vilagarcía", "Muros-Noia", "Baiona", "Ría de Pontevedra A")


def _biotoxinas(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["biotoxinas"]
    rows = []
    closed = 0
    for p in rng.sample(_POLIGONOS, rng.randint(4, 6)):
        st = rng.choice(("abierto", "cerrado (toxina DSP)", "cerrado (toxina PSP)", "abierto"))
        closed += st != "abierto"
        rows.append(li(f"{p}: {st}"))
    k = _split(rows)
    paras = [f"El Intecmar ha {'cerrado' if closed else 'mantenido abiertos'} {closed or len(rows)} polígonos de "
             f"bateas este {_es(when)} tras los análisis de fitoplancton y biotoxinas en mejillón.",
             "Situación de los polígonos:", *rows[:k], s[1], *rows[k:],
             f"El patrón mayor de la cofradía de {rng.choice(('Cangas', 'Bueu', 'Redondela', 'O Grove'))}, Sr. "
             f"{rng.choice(('José Manuel R. Bastos', 'Xoán Piñeiro', 'Manuel Otero'))}, calculó las pérdidas en "
             f"unos {rng.randint(20, 300)}.000 euros por semana de cierre.", s[0], s[2]]
    return f"Mejillón: {closed} polígonos cerrados por toxina", paras


_PUERTOS = ("Burela", "Celeiro", "Ribeira", "A Coruña", "Vigo", "Marín", "Cillero", "Ondarroa", "Santoña")


def _costera(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["costera"]
    rows = []
    total = 0.0
    for p in rng.sample(_PUERTOS, rng.randint(4, 6)):
        t = rng.uniform(40, 1900)
        total += t
        rows.append(f"{p}: {_c(t)} t a {_c(rng.uniform(3.2, 9.8), 2)} euros/kg.")
    k = _split(rows)
    paras = [f"La costera del bonito del norte suma {_c(total)} t desembarcadas en los puertos del Cantábrico y "
             f"Galicia hasta el {_es(when)}, según los datos de las lonjas.", "Descargas por lonja:", *rows[:k],
             s[0], *rows[k:],
             f"La flota {rng.choice(('de cacea', 'de cebo vivo'))} faena a unas {rng.randint(150, 500)} millas al "
             f"oeste, explicó la Dra. {rng.choice(('Ana B. Louzán', 'Carmen Iglesias', 'Rosa Chapela'))}, del IEO.",
             s[1], s[2]]
    return f"Costera del bonito: {_c(total)} t hasta ahora", paras


# ---- es: the San Pedro Sula daily ----------------------------------------------------------------------------
_COLONIAS = ("la colonia Rivera Hernández", "Chamelecón", "la Satélite", "la Fesitranh", "el sector Cofradía",
             "la colonia Planeta", "el barrio Medina", "la López Arellano (Choloma)", "Villanueva", "La Lima")


def _jornadamedica(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["jornadamedica"]
    rows = []
    for i, c in enumerate(rng.sample(_COLONIAS, rng.randint(3, 5))):
        d = _es(when + dt.timedelta(days=i))
        rows.append(li(f"{d[0].upper()}{d[1:]}, {c}: "
                       f"{rng.choice(('medicina general y odontología', 'pediatría y vacunación', 'citologías y ultrasonidos', 'oftalmología'))}, "  # noqa: E501
                       f"de 8:00 a. m. a {rng.choice((1, 2, 3))}:00 p. m."))
    k = _split(rows)
    paras = [f"La Región Sanitaria Metropolitana llevará brigadas médicas gratuitas a {len(rows)} sectores del "
             f"valle de Sula a partir del {_es(when)}.", "El calendario:", *rows[:k], s[0], *rows[k:],
             f"La Dra. {rng.choice(('Sandra G. Rodríguez', 'Karla Mejía', 'Iris Paz'))}, jefa regional, dijo que "
             f"esperan atender a unas {rng.randint(2, 9)}.{rng.randint(100, 999)} personas y que habrá pruebas de "
             f"dengue.", s[1], s[2]]
    return f"Brigadas médicas gratuitas en {len(rows)} sectores", paras


_EMPRESAS = ("maquilas textiles del parque ZIP Choloma", "centros de llamadas", "la cadena de supermercados La "
             "Colonia", "empresas de seguridad", "ingenios azucareros", "la Empresa Portuaria", "tiendas de "
             "electrodomésticos", "empresas de logística")


def _feriaempleo(rng: random.Random, when: dt.date) -> Story:
    s = STOCK["feriaempleo"]
    rows = []
    tot = 0
    for e in rng.sample(_EMPRESAS, rng.randint(3, 5)):
        n = rng.randint(15, 400)
        tot += n
        rows.append(f"{e[0].upper()}{e[1:]}: {n} plazas.")
    k = _split(rows)
    paras = [f"Más de {tot} vacantes se ofrecerán en la feria de empleo del {_es(when)} en el Centro de "
             f"Convenciones del Hotel {rng.choice(('Copantl', 'Real Intercontinental', 'Crowne Plaza'))}, informó "
             f"la Secretaría de Trabajo.", "Las ofertas por sector:", *rows[:k], s[1], *rows[k:],
             f"El director regional, Ing. {rng.choice(('Luis F. Castellanos', 'Marvin Paz', 'Óscar Bardales'))}, "
             f"dijo que la feria abre a las 8:00 a. m. y que el año pasado se colocaron {rng.randint(300, 1400)} "
             f"personas.", s[0], s[2]]
    return f"Feria de empleo ofrece {tot} plazas", paras


TEMPLATES: dict[str, tuple[str, Callable[[random.Random, dt.date], Story]]] = {
    "festaprogramme": ("en", _festaprogramme), "jellyfish": ("en", _jellyfish), "riverice": ("en", _riverice),
    "salmonopener": ("en", _salmonopener), "alpabtrieb": ("de", _alpabtrieb), "fundbuero": ("de", _fundbuero),
    "personalchronik": ("de", _personalchronik), "kollekte": ("de", _kollekte), "cholera": ("fr", _cholera),
    "tauxbrh": ("fr", _tauxbrh), "etatcivil": ("fr", _etatcivil), "festnoz": ("fr", _festnoz),
    "biotoxinas": ("es", _biotoxinas), "costera": ("es", _costera), "jornadamedica": ("es", _jornadamedica),
    "feriaempleo": ("es", _feriaempleo),
}


def make(template: str, rng: random.Random, when: dt.date) -> Story:
    return TEMPLATES[template][1](rng, when)
