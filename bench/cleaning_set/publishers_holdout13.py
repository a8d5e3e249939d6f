"""The eight publishers of the 'holdout13' half (en x2, de x2, fr x2, es x2), written after the other fourteen
halves, by someone who had not read the cleaner, before it was run on them.  They are kinds of newsroom, in
regions, the other halves lack: a Bozeman, Montana TV station, a Guwahati regional news site (Assam, India), a
Swiss motoring magazine in Zurich, an Austrian hunting association's magazine in Carinthia, a Franco-Manitoban
community radio, a Valais regional TV station's website, a Santa Cruz de la Sierra regional daily (Bolivia)
and a Nicaraguan baseball federation's news page.  Their boilerplate wording, labels and markup are new.

What they bring (kinds only; the wordings are the publishers' own): a transmitter-maintenance notice (the signal off
overnight) on the TV station; a grievance officer's contact line (as India's IT rules ask) and an air-quality widget
(rows that are not sentences) between story paragraphs on the Assam site, whose own templated air-quality stories
are story; a fuel-price widget, the legally required consumption line (WLTP) and a press-trip disclosure on the
motoring magazine; a moon-phase and shooting-light box and a hunting-licence reminder on the hunting magazine; an
election-coverage note and an RSS-feed pointer on the community radio; a webcam pointer and a right-of-reply note on
the Valais TV station; a duty-pharmacy box on the Santa Cruz daily; a ticket call and a next-game box on the
federation's page; plus the usual kinds in new wordings: related links, newsletters, apps, follow lines, tip lines,
bios (some slot-first, and on the Assam, Valais and Santa Cruz sites a bio with a contact line under copies of other
publishers' stories), agency credits and attributions glued to the last sentence with and without a space, photo
credits glued to the lede, ad labels mid-body, corrections, copyright lines, a print-edition note, donation calls,
origin notes and "the rest is at" tails on copies, a paywall under the German sites' JSON-LD-only pages and
live-blog notices and "load more" buttons. Some are in plain ``<p>`` exactly like the story, some in boxes,
``<aside>`` or buttons. Story text in chrome-like markup: subheads, lists, quotations and fact boxes. Recurrence
traps: templated stories whose stock sentences give advice ("To report a wildfire, call 911", "People with asthma
... are advised to stay indoors", "Wer ein Wild anfährt, muss die Polizei verständigen", "En cas d'urgence vitale,
composez le 911", "Ante cualquier emergencia, llame al 119"), read like a disclaimer ("alle Angaben ohne Gewähr",
"Die Kantonspolizei behält sich weitere, unangekündigte Kontrollen vor", "ne sont pas vérifiées par la rédaction",
"Las mediciones son preliminares") or a site's own notice ("Les horaires peuvent changer sans préavis", "La tabla de
posiciones se actualiza al concluir cada jornada"); handwritten stories about an anchor's retirement, a weather app,
a transmitter move, a copyright case, a donation drive, grievance officers, a recall, consumption labels, the
hunting licence fee, a wildlife photographer's copyright, a podcast, election-coverage rules, a host's retirement,
an e-mail newsletter, webcams, a right of reply, a rescue-helicopter collection, an ad-free subscription, a
duty-pharmacy app, a firefighters' collection, a journalist's award, a WhatsApp bulletin, final tickets, an
announcer's death, the players' licences and a federation app. The English, French and Spanish publishers, with no
corpus stories left, run templated and handwritten stories and copies of other publishers' stories (the French and
Spanish ones mostly of holdout12's and each other's handwritten stories); the two German ones also run corpus
stories, live blogs and JSON-LD variants (full, teaser-only and stale ``articleBody``).
"""

from __future__ import annotations

import random

from bench.cleaning_set.cms import ALL, COPY, Habit, Publisher, Skin, daily, rotating
from bench.cleaning_set.publishers_holdout12 import DE_FROM as DE_FROM12
from bench.cleaning_set.publishers_holdout12 import DE_HOSTS as DE_HOSTS12
from bench.cleaning_set.publishers_holdout12 import EN_FROM as EN_FROM12
from bench.cleaning_set.publishers_holdout12 import EN_HOSTS as EN_HOSTS12
from bench.cleaning_set.publishers_holdout12 import ES_FROM as ES_FROM12
from bench.cleaning_set.publishers_holdout12 import ES_HOSTS as ES_HOSTS12
from bench.cleaning_set.publishers_holdout12 import FR_FROM as FR_FROM12
from bench.cleaning_set.publishers_holdout12 import FR_HOSTS as FR_HOSTS12
from bench.cleaning_set.publishers_tune import authors
from bench.cleaning_set.skins_holdout13 import PAGES

H = Habit
NEWS = ("news",)
STORY = ("news", "reposted")
TRIM = ("trimmed",)
SYND = ("syndicated", "edited")
TMPL = ("templated",)

EN_HOSTS = ("kbzm7.example", "brahmaputradespatch.example")
DE_HOSTS = ("motorpost.example", "kaerntner-jaeger.example")
FR_HOSTS = ("radioprairierouge.example", "rhonetv.example")
ES_HOSTS = ("eloriental-scz.example", "fenabe.example")
EN_FROM = (*EN_FROM12, *EN_HOSTS12)
DE_FROM = (*DE_FROM12, *DE_HOSTS12)
FR_FROM = (*FR_FROM12, *FR_HOSTS12)
ES_FROM = (*ES_FROM12, *ES_HOSTS12)


def _others(hosts: tuple[str, ...], me: str) -> tuple[str, ...]:
    return tuple(h for h in hosts if h != me)


# ---- en: a Bozeman, Montana TV station ---------------------------------------------------------------------
KB = Publisher(
    "KBZM 7 News", "kbzm7.example", "holdout13", "en",
    "Bozeman|Belgrade|Livingston|Big Sky|Three Forks|the Gallatin Valley|Paradise Valley",
    "https://www.{host}/news/{section}/{slug}",
    Skin(
        page=PAGES["KB"],
        article='<article class="kb-story"><h1 class="kb-story__h">{h1}</h1><div class="kb-story__meta">{byline}'
                '</div>{figure}<div class="kb-story__body">{body}</div></article>',
        byline='<span class="kb-by">By {author}</span> <span class="kb-ts">Posted {date} {time}</span>',
        figure='<figure class="kb-fig"><img src="{src}" alt=""><figcaption>{caption} (Photo: {credit})</figcaption>'
               '</figure>',
        glue='<span class="kb-tag">{t}</span>',
        pieces={"signal": '<div class="kb-engineering" role="note"><p>{t}</p></div>',
                "watch": '<p class="kb-watch"><a href="/live/">{t}</a></p>',
                "app": '<div class="kb-app"><p>{t}</p><a href="/apps/">Get the app</a></div>',
                "rel": '<p><strong>{t}</strong></p>',
                "i": '<p><em>{t}</em></p>',
                "fine": '<p class="kb-fine"><small>{t}</small></p>'},
        ad='<div class="kb-ad" data-ad="mid-article"></div>',
        blocks={"h2": '<h2 class="kb-sub">{t}</h2>', "ul": '<ul class="kb-list">{t}</ul>',
                "quote": '<blockquote class="kb-quote"><p>{t}</p></blockquote>',
                "fact": '<aside class="kb-box">{t}</aside>', "fact-h": '<h3>{t}</h3>'}),
    habits=(
        H("photo-credit", (("(KBZM photo)",),), "glue_lede", 0.15, on=STORY),
        H("related", (("RELATED: {headline}",), ("MORE: {headline}",)), "after1", 0.4, "rel", link="headline"),
        H("signal-outage", (("Heads up, antenna viewers: KBZM 7's over-the-air signal will be off from 1 to 4 a.m. "
                             "{weekday} for transmitter maintenance.",),
                            ("Our Mt. Ellis transmitter is being serviced overnight; over-the-air viewers may lose "
                             "KBZM 7 between midnight and 3 a.m.",)), "mid", 0.25, "signal", on=ALL),
        H("watch-live", (("{time}: watch KBZM 7 News live on our website and app.",),
                         ("Catch the full story tonight on KBZM 7 News at 6.",)), "after1", 0.25, "watch", on=ALL),
        H("app", (("Get breaking news and weather alerts on the free KBZM 7 app.",),), "mid", 0.2, "app"),
        H("tip", (("See news happening?", "Send us your photos and video at tips@kbzm7.example."),), "end", 0.25,
          "i"),
        H("follow", (("Follow KBZM 7 News on Facebook and Instagram.",),), "end", 0.2),
        H("attribution", (("The Associated Press contributed to this report.",),), "glue_space", 0.2,
          on=STORY + COPY),
        H("agency", (("(AP)",),), "glue", 0.1, on=STORY + COPY),
        H("bio", (("{author} is a multimedia journalist at KBZM 7 covering {beat}.",),
                  ("{author} joined KBZM 7 in {since} and reports on {beat}.",)), "end", 0.3, "i", on=NEWS + TMPL),
        H("correction", (("Editor's note: This story was updated to correct the spelling of a name.",),), "end",
          0.1, "i", on=NEWS),
        H("copyright", (("Copyright {year} KBZM Television LLC. All rights reserved.",),), "end", 0.3, "fine",
          on=ALL),
        H("origin", (("This story was originally published by {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Read the full story from {origin_host}.",),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Carol Whitcomb/f/the Legislature and city hall/anchor; Jake Hollister/m/outdoors and "
                    "wildfire/reporter; Maria Esparza/f/education/reporter; Tyler Redd/m/public safety/reporter"),
    plan=(("templated:roadreport", 10), ("templated:firedanger", 10), ("hand:h13-en-anchor", 1),
          ("hand:h13-en-app", 1), ("hand:h13-en-signal", 1), ("syndicated", 5), ("edited", 2), ("trimmed", 2),
          ("repost", 2)),
    sections=("local", "outdoors", "montana", "weather"), templates=("roadreport", "firedanger"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "kbzm7.example")), ld="article",
    dateline=("BOZEMAN — ", "LIVINGSTON — "),
    citing=("MDT", "the Gallatin County Sheriff's Office", "the Forest Service"),
    agencies=("KBZM", "AP"), photographers=("KBZM 7", "Jake Hollister", "MDT"))


# ---- en: a Guwahati regional news site -----------------------------------------------------------------------
def _aqibox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The air-quality widget: today's index at three stations, new every day."""
    return ("Guwahati air now", f"Railway Colony · {rng.randint(40, 220)} AQI",
            f"Pan Bazaar · {rng.randint(40, 220)} AQI", f"IITG · {rng.randint(30, 160)} AQI")


BD = Publisher(
    "The Brahmaputra Despatch", "brahmaputradespatch.example", "holdout13", "en",
    "Guwahati|Dibrugarh|Jorhat|Tezpur|Silchar|Upper Assam|the Barak Valley|Majuli",
    "https://{host}/{section}/{slug}-{id}",
    Skin(
        page=PAGES["BD"],
        article='<div class="bd-article"><h1>{h1}</h1><div class="bd-byline">{byline}</div>{figure}<div '
                'class="bd-content">{body}</div></div>',
        byline='<span>{author}</span> | <span>Guwahati, {date}</span>',
        figure='<figure class="bd-pic"><img src="{src}" alt=""><figcaption>{caption} Photo: {credit}</figcaption>'
               '</figure>',
        para='<p class="bd-p">{t}</p>',
        pieces={"aqi": '<aside class="bd-aqi"><h4>{h}</h4><ul>{li}</ul></aside>',
                "griev": '<p class="bd-griev"><small>{t}</small></p>',
                "also": '<p class="bd-p"><b>{t}</b></p>',
                "wa": '<div class="bd-whatsapp"><p>{t}</p><a href="https://wa.me/">Join</a></div>',
                "adl": '<p class="bd-adl">{t}</p>',
                "i": '<p class="bd-p"><i>{t}</i></p>',
                "fine": '<p class="bd-p"><small>{t}</small></p>'},
        ad='<div class="bd-ad" data-ad="in-article"></div>',
        entities="named",
        blocks={"h2": '<h2 class="bd-sub">{t}</h2>', "ul": '<ul class="bd-ul">{t}</ul>',
                "quote": '<blockquote class="bd-bq"><p>{t}</p></blockquote>',
                "fact": '<aside class="bd-fact">{t}</aside>', "fact-h": '<h4>{t}</h4>'}),
    habits=(
        H("related", (("Also Read: {headline}",),), "after1", 0.4, "also", link="headline"),
        *daily("holdout13", "aqi-widget", "bd-aqi", _aqibox, "mid", 0.3, "aqi", on=ALL),
        H("newsletter", (("Get the Despatch on WhatsApp: the day's top stories from Assam every evening at 8.",),),
          "mid", 0.2, "wa"),
        H("ad-label", (("Advertisement",),), "mid", 0.2, "adl", on=ALL),
        H("agency", (("(PTI)",), ("(IANS)",)), "glue_space", 0.2, on=STORY + COPY),
        H("attribution", (("— Inputs from {source}",),), "glue", 0.2, on=STORY + COPY + TMPL),
        H("bio", (("{author} is a {role} with The Brahmaputra Despatch and writes on {beat}.",),), "end", 0.25,
          "i", on=NEWS),
        H("bio", (("{author} reports for {origin}.", "Write to {obj} at desk@{origin_host}"),), "end", 0.35, "i",
          on=SYND),
        H("grievance-officer", (("Grievance Officer: Mr. R. Baruah, grievance@brahmaputradespatch.example, "
                                 "+91 361 255 0148.",),
                                ("For complaints about this story, write to our Grievance Officer at "
                                 "grievance@brahmaputradespatch.example.",)), "end", 0.35, "griev", on=ALL),
        H("follow", (("Follow The Brahmaputra Despatch on Google News and X for the latest updates.",),), "end",
          0.25),
        H("copyright", (("© {year} Despatch Media Pvt. Ltd.",),), "end", 0.25, "fine", on=ALL),
        H("origin", (("This article first appeared in {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Continue reading at {origin_host}.",),), "end", 1.0, "i", on=TRIM, link="origin_host"),
    ),
    authors=authors("Rupjyoti Kalita/m/floods and the environment/senior correspondent; Nandini Hazarika/f/"
                    "politics/correspondent; Anupam Gogoi/m/Upper Assam/staff reporter; Priyanka Das/f/health and "
                    "the city/staff reporter"),
    plan=(("templated:floodreport", 10), ("templated:aqireading", 10), ("hand:h13-en-copyright", 1),
          ("hand:h13-en-donate", 1), ("hand:h13-en-grievance", 1), ("syndicated", 5), ("edited", 2),
          ("trimmed", 2), ("repost", 2)),
    sections=("assam", "guwahati", "northeast", "city"), templates=("floodreport", "aqireading"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "brahmaputradespatch.example")), ld="graph",
    dateline=("GUWAHATI: ", "DIBRUGARH: "),
    citing=("PTI", "ASDMA", "the district administration"),
    agencies=("PTI", "IANS"), photographers=("Despatch Photo", "Anupam Gogoi", "PTI"))


# ---- de: a Swiss motoring magazine ----------------------------------------------------------------------------
def _fuelbox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The fuel widget: today's cheapest litre in three cities."""
    return ("Tankbarometer heute", f"Zürich · Bleifrei 95 · {rng.uniform(1.74, 1.92):.2f}",
            f"Bern · Diesel · {rng.uniform(1.78, 1.98):.2f}", f"Basel · Bleifrei 98 · {rng.uniform(1.86, 2.05):.2f}")


MP = Publisher(
    "Motorpost", "motorpost.example", "holdout13", "de",
    "Zürich|Winterthur|Bern|Basel|die Ostschweiz|das Mittelland|die Zentralschweiz",
    "https://www.{host}/{section}/{slug}-{id}.html",
    Skin(
        page=PAGES["MP"],
        article='<article class="mp-beitrag"><p class="mp-rubrik">{byline}</p><h1>{h1}</h1>{figure}<div '
                'class="mp-text">{body}</div></article>',
        byline='<span class="mp-autor">Von {author}</span> · <time datetime="{iso}">{date}</time>',
        figure='<figure class="mp-bild"><img src="{src}" alt=""><figcaption>{caption} Foto: {credit}</figcaption>'
               '</figure>',
        glue='<span class="mp-kurz">{t}</span>',
        pieces={"fuel": '<aside class="mp-tank"><h4>{h}</h4><ul>{li}</ul></aside>',
                "wltp": '<p class="mp-verbrauch"><small>{t}</small></p>',
                "trip": '<p class="mp-offenlegung"><i>{t}</i></p>',
                "auch": '<p class="mp-auch"><b>{t}</b></p>',
                "nl": '<div class="mp-nl"><p>{t}</p><button>Anmelden</button></div>',
                "i": '<p><i>{t}</i></p>',
                "klein": '<p><small>{t}</small></p>',
                "live": '<p class="mp-live">{t}</p>',
                "older": '<button class="mp-live-mehr">{t}</button>',
                "paywall": '<div class="mp-plus"><p>{t}</p><a href="/abo/">Abo lösen</a></div>'},
        ad='<div class="mp-werbung" data-pos="content"></div>',
        live='<div class="mp-ticker">{updates}{more}</div>',
        live_update='<div class="mp-ticker__post"><time datetime="{iso}">{time}</time><h3>{h}</h3>{body}</div>',
        blocks={"h2": '<h2 class="mp-zt">{t}</h2>', "ul": '<ul class="mp-liste">{t}</ul>',
                "quote": '<blockquote class="mp-zitat"><p>{t}</p></blockquote>',
                "fact": '<aside class="mp-info">{t}</aside>', "fact-h": '<h4>{t}</h4>'}),
    habits=(
        H("photo-credit", (("Foto: {photog}",),), "glue_lede", 0.15, on=STORY),
        H("related", (("Auch interessant: {headline}",),), "after1", 0.4, "auch", link="headline"),
        *daily("holdout13", "fuel-widget", "mp-tank", _fuelbox, "mid", 0.3, "fuel", on=STORY + COPY),
        H("wltp-note", (("Verbrauch kombiniert (WLTP): 6,4 l/100 km, CO₂ 145 g/km, Energieeffizienz-Kategorie E.",),
                        ("Stromverbrauch kombiniert (WLTP): 16,9 kWh/100 km, CO₂ 0 g/km, Kategorie A.",)), "end",
          0.5, "wltp", on=NEWS + COPY, topic=r"Auto|Fahrzeug|Modell|SUV|Wagen"),
        H("press-trip", (("Die Reise zur Fahrvorstellung wurde vom Hersteller unterstützt.",),
                         ("Das Testfahrzeug wurde der Redaktion vom Importeur zur Verfügung gestellt.",)), "end",
          0.25, "trip", on=NEWS),
        H("newsletter", (("Der Motorpost-Newsletter: jeden Donnerstag die neuen Tests und die Occasion der Woche.",),),
          "mid", 0.2, "nl"),
        H("agency", (("(sda)",), ("(sda/mp)",)), "glue_space", 0.25, on=STORY + COPY + TMPL),
        H("attribution", (("Mit Material von {source}.",),), "glue", 0.15, on=STORY + COPY),
        H("bio", (("{author} testet seit {since} Autos für die Motorpost.",),), "end", 0.25, "i", on=NEWS),
        H("copyright", (("© Motorpost Medien AG {year}",),), "end", 0.3, "klein", on=ALL),
        H("origin", (("Dieser Beitrag erschien zuerst bei {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Gekürzt.", "Den ganzen Text lesen Sie auf {origin_host}."),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
        H("paywall", (("Motorpost Plus",
                       "Diesen Test lesen Sie mit Motorpost Plus.",
                       "Im ersten Monat gratis, danach Fr. 9.90 monatlich."),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Live vom Auto-Salon: Wir aktualisieren diese Seite laufend.",),), "top", 0.8, "live"),
        H("ui", (("Ältere Beiträge anzeigen",),), "more", 1.0, "older"),
    ),
    authors=authors("Reto Baumgartner/m/Elektroautos/Redaktor; Sandra Frei/f/Verkehrspolitik/Redaktorin; "
                    "Luca Bernasconi/m/Tests/Testredaktor; Nina Hürlimann/f/Occasionen/Redaktorin"),
    plan=(("templated:spritpreise", 6), ("templated:radarkontrollen", 6), ("news", 8), ("liveblog", 1),
          ("jsonld-full", 2), ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1), ("hand:h13-de-rueckruf", 1),
          ("hand:h13-de-wltp", 1), ("syndicated", 2), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("news", "verkehr", "tests", "elektro"), templates=("spritpreise", "radarkontrollen"),
    live_show=5, copy_from=(*DE_FROM, "kaerntner-jaeger.example"), ld="graph", ld_join="\n",
    citing=("Astra", "TCS", "Kantonspolizei"), agencies=("sda", "mp"),
    photographers=("Motorpost/Luca Bernasconi", "Hersteller", "Keystone"))


# ---- de: an Austrian hunting association's magazine ----------------------------------------------------------
_PHASES = ("zunehmender Mond", "Vollmond", "abnehmender Mond", "Neumond")


def _mondbox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The moon and shooting-light box: a new line every day."""
    up = 6 * 60 + 25 + day
    down = 19 * 60 + 40 - 2 * day
    return ("Mond & Büchsenlicht", f"{_PHASES[(day // 7) % 4]}, {rng.randint(5, 98)} % beleuchtet",
            f"Büchsenlicht ab {up // 60}.{up % 60:02d} Uhr", f"Büchsenlicht bis {down // 60}.{down % 60:02d} Uhr")


KJ = Publisher(
    "Der Kärntner Jäger", "kaerntner-jaeger.example", "holdout13", "de",
    "Klagenfurt|Villach|Spittal|Wolfsberg|das Gailtal|das Mölltal|die Nockberge|das Lavanttal",
    "https://{host}/{section}/{y}/{slug}",
    Skin(
        page=PAGES["KJ"],
        article='<div class="kj-beitrag"><h1>{h1}</h1><p class="kj-autor">{byline}</p>{figure}<div '
                'class="kj-text">{body}</div></div>',
        byline='{author} · {date}',
        figure='<div class="kj-bild"><img src="{src}" alt=""><p class="kj-bu">{caption} Foto: {credit}</p></div>',
        para='<p class="kj-abs">{t}</p>',
        pieces={"mond": '<aside class="kj-mond"><h4>{h}</h4><ul>{li}</ul></aside>',
                "karte": '<div class="kj-jagdkarte"><p>{t}</p></div>',
                "boerse": '<p class="kj-abs"><b>{t}</b></p>',
                "auch": '<p class="kj-auch">{t}</p>',
                "i": '<p class="kj-abs"><i>{t}</i></p>',
                "klein": '<p class="kj-abs"><small>{t}</small></p>',
                "live": '<p class="kj-live">{t}</p>',
                "older": '<button class="kj-mehr">{t}</button>',
                "paywall": '<div class="kj-mitglieder"><p>{t}</p></div>'},
        live='<section class="kj-liveblog">{updates}{more}</section>',
        live_update='<div class="kj-live-post"><p class="kj-live-zeit"><time datetime="{iso}">{time}</time></p>'
                    '<h3>{h}</h3>{body}</div>',
        blocks={"h2": '<h3 class="kj-zwischen">{t}</h3>', "ul": '<ul class="kj-liste">{t}</ul>',
                "quote": '<blockquote class="kj-zitat"><p>{t}</p></blockquote>',
                "fact": '<aside class="kj-kasten">{t}</aside>', "fact-h": '<p class="kj-kasten__t"><b>{t}</b></p>'}),
    habits=(
        *daily("holdout13", "moon-phase", "kj-mond", _mondbox, "mid", 0.3, "mond", on=ALL),
        H("related", (("Lesen Sie auch: {headline}",),), "after1", 0.35, "auch", link="headline"),
        H("licence-renewal", (("Nicht vergessen: Die Jagdkarte für {year} ist bis 31. März bei der "
                               "Bezirkshauptmannschaft zu verlängern.",),
                              ("Jagdabgabe und Versicherung für {year} bitte rechtzeitig einzahlen – ohne gültige "
                               "Jagdkarte kein Jagdschutz.",)), "end", 0.3, "karte", on=ALL),
        H("classifieds", (("Jagdbörse: Revieranteile, Hunde und Ausrüstung – Inserate für Mitglieder gratis.",),),
          "mid", 0.2, "boerse"),
        H("agency", (("(APA)",),), "glue_space", 0.2, on=STORY + COPY),
        H("attribution", (("Bericht: {author}",),), "glue", 0.2, on=STORY + COPY),
        H("bio", (("{author} ist {role} und Hegeringleiter{in} im Bezirk Villach-Land.",),), "end", 0.25, "i",
          on=NEWS),
        H("copyright", (("© {year} Kärntner Jägerschaft. Nachdruck nur mit Genehmigung.",),), "end", 0.3,
          "klein", on=ALL),
        H("origin", (("Übernommen von {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Auszug.", "Weiter bei {origin_host}"),), "end", 1.0, "i", on=TRIM, link="origin_host"),
        H("paywall", (("Mitgliederbereich",
                       "Der vollständige Beitrag steht Mitgliedern der Kärntner Jägerschaft zur Verfügung.",
                       "Bitte melden Sie sich mit Ihrer Jagdkartennummer an."),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Wir berichten laufend vom Landesjägertag in Klagenfurt.",),), "top", 0.8, "live"),
        H("ui", (("Weitere Einträge laden",),), "more", 1.0, "older"),
    ),
    authors=authors("Martina Wutte/f/Wildbiologie/Redakteurin; Peter Kogler/m/Jagdrecht/Redakteur; "
                    "Andrea Pirker/f/die Bezirke/Redakteurin; Hubert Tscherne/m/Hunde und Brauchtum/Redakteur"),
    plan=(("templated:schusszeiten", 6), ("templated:wildunfaelle", 6), ("news", 8), ("liveblog", 1),
          ("jsonld-full", 2), ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1),
          ("hand:h13-de-jagdkarte", 1), ("hand:h13-de-fotorecht", 1), ("syndicated", 2), ("edited", 1),
          ("trimmed", 1), ("repost", 2)),
    sections=("jagdpraxis", "wild", "bezirke", "recht"), templates=("schusszeiten", "wildunfaelle"),
    live_show=6, copy_from=(*DE_FROM, "motorpost.example"), ld="article",
    citing=("Landesjägermeister", "APA", "Bezirkshauptmannschaft"), agencies=("APA", "KJ"),
    photographers=("Kärntner Jägerschaft", "Hubert Tscherne", "APA"))


# ---- fr: a Franco-Manitoban community radio ---------------------------------------------------------------
PR = Publisher(
    "Radio Prairie Rouge", "radioprairierouge.example", "holdout13", "fr",
    "Winnipeg|Saint-Boniface|Saint-Pierre-Jolys|La Broquerie|Sainte-Anne|Saint-Norbert|le sud du Manitoba",
    "https://{host}/{section}/{id}/{slug}",
    Skin(
        page=PAGES["PR"],
        article='<article class="pr-art"><h1 class="pr-art__titre">{h1}</h1><div class="pr-art__signe">{byline}'
                '</div>{figure}<div class="pr-art__texte">{body}</div></article>',
        byline='{author} · Publié le {date} à {time}',
        figure='<figure class="pr-img"><img src="{src}" alt=""><figcaption>{caption} Photo : {credit}</figcaption>'
               '</figure>',
        glue='<span class="pr-source">{t}</span>',
        pieces={"elect": '<aside class="pr-electorale"><p>{t}</p></aside>',
                "rss": '<p class="pr-rss"><a href="/rss/">{t}</a></p>',
                "ecoute": '<div class="pr-ecoute"><p>{t}</p><button>▶</button></div>',
                "lire": '<p><strong>{t}</strong></p>',
                "em": '<p><em>{t}</em></p>',
                "petit": '<p><small>{t}</small></p>'},
        entities="plain",
        blocks={"h2": '<h2 class="pr-inter">{t}</h2>', "ul": '<ul class="pr-ul">{t}</ul>',
                "quote": '<blockquote class="pr-bq"><p>{t}</p></blockquote>',
                "fact": '<aside class="pr-encadre">{t}</aside>', "fact-h": '<h3>{t}</h3>'}),
    habits=(
        H("related", (("À lire aussi : {headline}",),), "after1", 0.35, "lire", link="headline"),
        H("election-coverage", (("Campagne électorale : consultez nos règles de couverture équitable des partis "
                                 "et des candidats.",),
                                ("Période électorale : le temps d'antenne accordé aux partis est réparti selon les "
                                 "lignes directrices du CRTC.",)), "top", 0.3, "elect", on=ALL,
          days=(9, 999)),
        H("feed-link", (("Suivez nos manchettes par fil RSS.",),), "end", 0.25, "rss", on=ALL),
        H("listen", (("Écoutez le reportage de {author} ({audio}).",),), "after1", 0.3, "ecoute", on=NEWS),
        H("app", (("Téléchargez l'application Radio Prairie Rouge pour écouter le direct partout au Manitoba.",),),
          "mid", 0.2, "ecoute"),
        H("tip", (("Vous avez une information ?", "Écrivez-nous à nouvelles@radioprairierouge.example."),), "end",
          0.2, "em"),
        H("attribution", (("Avec des informations de {source}",),), "glue", 0.2, on=STORY + COPY + TMPL),
        H("agency", (("(La Presse canadienne)",),), "glue_space", 0.15, on=STORY + COPY),
        H("bio", (("{author} est {role} à Radio Prairie Rouge et couvre {beat}.",),), "end", 0.25, "em",
          on=NEWS),
        H("copyright", (("© {year} Radio Prairie Rouge. Tous droits réservés.",),), "end", 0.3, "petit", on=ALL),
        H("origin", (("Un texte de {origin}.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Extrait.", "Lire la suite sur {origin_host}."),), "end", 1.0, "em", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Danielle Carrière/f/la francophonie/animatrice; Marc-André Lavallée/m/la politique "
                    "provinciale/journaliste; Chloé Dumontier/f/la santé/journaliste; Patrick Nolin/m/l'agriculture/"
                    "journaliste"),
    plan=(("templated:urgences", 10), ("templated:fermetures", 9), ("hand:h13-fr-balado", 1),
          ("hand:h13-fr-elections", 1), ("hand:h13-fr-animatrice", 1), ("hand:h13-fr-infolettre", 1),
          ("syndicated", 3), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("manitoba", "francophonie", "sante", "agriculture"), templates=("urgences", "fermetures"),
    copy_from=(*FR_FROM, *_others(FR_HOSTS, "radioprairierouge.example")), ld="article", ld_join=" ",
    citing=("l'Office régional de la santé", "Infrastructure Manitoba", "la GRC"),
    agencies=("Radio Prairie Rouge", "La Presse canadienne"), photographers=("Radio Prairie Rouge", "Patrick Nolin",
                                                                             "La Presse canadienne"))


# ---- fr: a Valais regional TV station -----------------------------------------------------------------------------
_WEBCAM = [("En direct des sommets : les webcams de Verbier, Zermatt et Crans-Montana sur notre site.",),
           ("Quel temps fait-il à Saas-Fee ?", "Voyez-le sur nos webcams, actualisées toutes les dix minutes."),
           ("Webcams : le glacier d'Aletsch et le Grand-Combin en images, jour et nuit.",)]

RT = Publisher(
    "Rhône TV", "rhonetv.example", "holdout13", "fr",
    "Sion|Martigny|Sierre|Monthey|le Chablais|le Haut-Valais|le val de Bagnes|le val d'Anniviers",
    "https://www.{host}/{section}/{slug}-{id}",
    Skin(
        page=PAGES["VM"],
        article='<div class="vm-art"><p class="vm-surtitre">{byline}</p><h1>{h1}</h1>{figure}<div '
                'class="vm-art__corps">{body}</div></div>',
        byline='<span class="vm-auteur">{author}</span> – <time datetime="{iso}">{date}</time>',
        figure='<figure><img src="{src}" alt=""><figcaption>{caption} {credit}</figcaption></figure>',
        para='<p class="vm-p">{t}</p>',
        pieces={"cam": '<div class="vm-webcam"><p>{t}</p><a href="/webcams/">Voir</a></div>',
                "rep": '<p class="vm-reponse"><small>{t}</small></p>',
                "lire": '<p class="vm-p"><b>{t}</b></p>',
                "nl": '<div class="vm-newsletter"><p>{t}</p></div>',
                "pub": '<p class="vm-pub">{t}</p>',
                "em": '<p class="vm-p"><em>{t}</em></p>',
                "petit": '<p class="vm-p"><small>{t}</small></p>'},
        ad='<div class="vm-annonce" data-pos="inread"></div>',
        entities="french",
        blocks={"h2": '<h2 class="vm-inter">{t}</h2>', "ul": '<ul class="vm-ul">{t}</ul>',
                "quote": '<blockquote class="vm-cit"><p>{t}</p></blockquote>',
                "fact": '<aside class="vm-encadre">{t}</aside>', "fact-h": '<h3 class="vm-encadre__t">{t}</h3>'}),
    habits=(
        H("related", (("LIRE AUSSI > {headline}",),), "after1", 0.35, "lire", link="headline"),
        *rotating("webcam", _WEBCAM, 10, "mid", 0.25, "cam", on=ALL),
        H("right-of-reply", (("Toute demande de droit de réponse est à adresser à la rédaction en chef, rue de "
                              "l'Industrie 13, 1950 Sion.",),), "end", 0.2, "rep", on=ALL),
        H("newsletter", (("Recevez chaque soir à 19 h l'essentiel du Journal de Rhône TV.",),), "mid", 0.2, "nl"),
        H("ad-label", (("Publicité",),), "mid", 0.2, "pub", on=ALL),
        H("agency", (("(ATS)",), ("(ATS/Rhône TV)",)), "glue_space", 0.2, on=STORY + COPY),
        H("attribution", (("Avec {source}.",),), "glue", 0.15, on=STORY + COPY),
        H("bio", (("{author}, journaliste reporter d'images à Rhône TV, suit {beat}.",),), "end", 0.2, "em", on=NEWS),
        H("bio", (("{author} est journaliste à {origin}.", "Contact : redaction@{origin_host}"),), "end", 0.35,
          "em", on=SYND),
        H("broadcast", (("Reportage diffusé dans le Journal de 18 h 30 du {date}.",),
                        ("{weekday} soir, {time} : le sujet complet dans notre Journal.",)), "end", 0.25, "em",
          on=STORY),
        H("copyright", (("© Rhône TV SA {year} – reproduction interdite",),), "end", 0.3, "petit", on=ALL),
        H("origin", (("Article paru dans {origin}.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Article abrégé.", "L'intégralité sur {origin_host}"),), "end", 1.0, "em", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Carole Pellissier/f/la politique cantonale/rédactrice en chef; Nicolas Fournier/m/la "
                    "montagne/journaliste; Sophie Crettenand/f/le Chablais/journaliste; Julien Métrailler/m/"
                    "l'économie/journaliste"),
    plan=(("templated:enneigement", 9), ("templated:cols", 10), ("hand:h13-fr-webcams", 1),
          ("hand:h13-fr-droitreponse", 1), ("hand:h13-fr-don", 1), ("hand:h13-fr-abonnement", 1),
          ("syndicated", 3), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("valais", "montagne", "sion", "economie"), templates=("enneigement", "cols"),
    copy_from=(*FR_FROM, *_others(FR_HOSTS, "rhonetv.example")), ld="graph",
    citing=("l'ATS", "le canton", "MétéoSuisse"),
    agencies=("ATS", "Rhône TV"), photographers=("Rhône TV/Sacha Bittel", "Keystone", "Nicolas Fournier"))


# ---- es: a Santa Cruz de la Sierra regional daily ------------------------------------------------------------
_BARRIOS = ("Equipetrol", "Plan Tres Mil", "Villa 1.º de Mayo", "Los Lotes", "Urbarí", "Las Palmas", "El Trompillo",
            "La Ramada")


def _turnobox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The duty-pharmacy box: tonight's pharmacies, new every day."""
    return ("Farmacias de turno hoy", *(f"{b} · Farmacia {rng.choice(('Santa María', 'Chávez', 'Bolivia', 'Gutiérrez', 'San Lucas', 'Cruceña'))}"  # noqa: E501
                                        for b in rng.sample(_BARRIOS, 3)))


EO = Publisher(
    "El Oriental", "eloriental-scz.example", "holdout13", "es",
    "Santa Cruz de la Sierra|Montero|Warnes|la Chiquitania|Cotoca|Camiri|San Ignacio de Velasco",
    "https://{host}/{section}/{y}/{m}/{d}/{slug}-{id}",
    Skin(
        page=PAGES["EO"],
        article='<article class="eo-art"><h1>{h1}</h1><p class="eo-firma">{byline}</p>{figure}<div '
                'class="eo-texto">{body}</div></article>',
        byline='<b>{author}</b> · <time datetime="{iso}">{date}, {time}</time>',
        figure='<figure class="eo-foto"><img src="{src}" alt=""><figcaption>{caption} Foto: {credit}</figcaption>'
               '</figure>',
        glue='<em>{t}</em>',
        pieces={"turno": '<aside class="eo-turno"><h4>{h}</h4><ul>{li}</ul></aside>',
                "lea": '<p class="eo-lea"><strong>{t}</strong></p>',
                "wa": '<div class="eo-whatsapp"><p>{t}</p></div>',
                "pub": '<p class="eo-pub"><small>{t}</small></p>',
                "nota": '<p><i>{t}</i></p>',
                "legal": '<p class="eo-legal"><small>{t}</small></p>'},
        ad='<div class="eo-anuncio" data-ad="nota"></div>',
        blocks={"h2": '<h2 class="eo-sub">{t}</h2>', "ul": '<ul class="eo-lista">{t}</ul>',
                "quote": '<blockquote class="eo-cita"><p>{t}</p></blockquote>',
                "fact": '<aside class="eo-recuadro">{t}</aside>', "fact-h": '<h3>{t}</h3>'}),
    habits=(
        H("related", (("Lea también: {headline}",), ("TE PUEDE INTERESAR | {headline}",)), "after1", 0.4, "lea",
          link="headline"),
        *daily("holdout13", "duty-pharmacy", "eo-turno", _turnobox, "mid", 0.3, "turno", on=ALL),
        H("newsletter", (("Reciba las noticias de El Oriental por WhatsApp: escríbanos ALTA al 7555-0120.",),), "mid",
          0.2, "wa"),
        H("ad-label", (("PUBLICIDAD",),), "mid", 0.2, "pub", on=ALL),
        H("donation", (("El periodismo independiente cuesta.", "Apoye a El Oriental con una suscripción digital "
                        "desde Bs 30 al mes."),), "end", 0.2, "nota", on=NEWS),
        H("attribution", (("Con datos de {source}.",),), "glue", 0.2, on=STORY + COPY + TMPL),
        H("agency", (("(ABI)",), ("(ANF)",)), "glue_space", 0.15, on=STORY + COPY),
        H("bio", (("{author} es periodista de El Oriental y cubre {beat}.",),), "end", 0.25, "nota", on=NEWS),
        H("bio", (("{author} escribe para {origin}.", "Contacto: redaccion@{origin_host}"),), "end", 0.35, "nota",
          on=SYND),
        H("tip", (("¿Vio algo en su barrio?", "Envíe fotos y denuncias al 7555-0121."),), "end", 0.2, "nota"),
        H("copyright", (("© {year} Editorial Oriente S.R.L. Todos los derechos reservados.",),), "end", 0.3, "legal",
          on=ALL),
        H("origin", (("Nota publicada originalmente por {origin}.",),), "top", 0.7, "nota", on=COPY),
        H("read-rest", (("Extracto de la nota.", "Siga leyendo en {origin_host}."),), "end", 1.0, "nota", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Mariela Saucedo/f/medio ambiente y salud/periodista; Javier Añez/m/la economía/periodista; "
                    "Lorena Justiniano/f/la ciudad/periodista; Gonzalo Vaca/m/la política/director"),
    plan=(("templated:surtidores", 10), ("templated:calidadaire", 9), ("hand:h13-es-farmacias", 1),
          ("hand:h13-es-bomberos", 1), ("hand:h13-es-periodista", 1), ("hand:h13-es-boletin", 1),
          ("syndicated", 3), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("santa-cruz", "economia", "seguridad", "pais"), templates=("surtidores", "calidadaire"),
    copy_from=(*ES_FROM, *_others(ES_HOSTS, "eloriental-scz.example")), ld="article",
    citing=("la ANH", "la Gobernación", "el SEDES"),
    agencies=("ABI", "ANF"), photographers=("El Oriental", "Javier Añez", "ABI"))


# ---- es: a Nicaraguan baseball federation's news page ---------------------------------------------------------
_RIVALES = ("León", "Chinandega", "Granada", "Masaya", "Rivas", "Estelí", "Matagalpa", "Boaco")


def _proxbox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The next-games box: the next three games, new every day."""
    t = rng.sample(_RIVALES, 6)
    return ("Próximos juegos", f"{t[0]} vs. {t[1]} · 7:00 p. m.", f"{t[2]} vs. {t[3]} · 2:00 p. m.",
            f"{t[4]} vs. {t[5]} · 7:00 p. m.")


FB = Publisher(
    "Fenabe Noticias", "fenabe.example", "holdout13", "es",
    "Managua|León|Chinandega|Granada|Masaya|Estelí|el Pacífico|la Costa Caribe",
    "https://{host}/noticias/{slug}-{id}",
    Skin(
        page=PAGES["FB"],
        article='<article class="fb-art"><h1 class="fb-art__tit">{h1}</h1><div class="fb-art__by">{byline}</div>'
                '{figure}<div class="fb-art__txt">{body}</div></article>',
        byline='<span>{author}</span> <span class="fb-fecha">{date}</span>',
        figure='<figure class="fb-foto"><img src="{src}" alt=""><figcaption>{caption} | Foto: {credit}</figcaption>'
               '</figure>',
        para='<p class="fb-p">{t}</p>',
        pieces={"prox": '<aside class="fb-proximos"><h4>{h}</h4><ul>{li}</ul></aside>',
                "bol": '<div class="fb-boletos"><p>{t}</p><a href="/boletos/">Comprar</a></div>',
                "pat": '<p class="fb-patrocinio"><small>{t}</small></p>',
                "lee": '<p class="fb-p"><b>{t}</b></p>',
                "nota": '<p class="fb-p"><i>{t}</i></p>',
                "legal": '<p class="fb-p"><small>{t}</small></p>'},
        ad="",
        entities="ascii",
        blocks={"h2": '<h2 class="fb-sub">{t}</h2>', "ul": '<ul class="fb-lista">{t}</ul>',
                "quote": '<blockquote class="fb-cita"><p>{t}</p></blockquote>',
                "fact": '<aside class="fb-recuadro">{t}</aside>', "fact-h": '<h3>{t}</h3>'}),
    habits=(
        H("related", (("LEA ADEMÁS ➜ {headline}",),), "after1", 0.35, "lee", link="headline"),
        *daily("holdout13", "next-fixture", "fb-prox", _proxbox, "mid", 0.3, "prox", on=ALL),
        H("tickets", (("Boletos para la jornada del {weekday} ya disponibles en taquilla y en línea.",),
                      ("¡Apoye a su equipo!", "Compre sus boletos en las taquillas del Estadio Nacional o en "
                                             "línea.")), "mid", 0.3, "bol", on=ALL),
        H("sponsor", (("El Campeonato Nacional es posible gracias a Cervecería del Pacífico y Claro Nicaragua.",),),
          "end", 0.3, "pat", on=ALL),
        H("follow", (("Siga a la Federación en Facebook, Instagram y YouTube: @fenabe",),), "end", 0.25),
        H("app", (("Descargue la app oficial de la Federación y siga cada juego en vivo.",),), "mid", 0.15, "nota"),
        H("agency", (("(Prensa Fenabe)",),), "glue_space", 0.2, on=STORY + COPY + TMPL),
        H("attribution", (("Con información de {source}.",),), "glue", 0.15, on=STORY + COPY),
        H("bio", (("{author}, de la oficina de prensa de la Federación, cubre {beat}.",),), "end", 0.2, "nota",
          on=NEWS),
        H("copyright", (("© {year} Federación Nacional de Béisbol de Nicaragua.",),), "end", 0.3, "legal", on=ALL),
        H("origin", (("Tomado de {origin}.",),), "top", 0.7, "nota", on=COPY),
        H("read-rest", (("Resumen.", "Nota completa en {origin_host}."),), "end", 1.0, "nota", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Prensa Fenabe/m/el Campeonato Nacional/redacción; Ericka Zamora/f/el béisbol juvenil/"
                    "periodista; Hamilton Ortega/m/las selecciones/periodista"),
    plan=(("templated:jornada", 10), ("templated:sanciones", 9), ("hand:h13-es-boletos", 1),
          ("hand:h13-es-narrador", 1), ("hand:h13-es-licencias", 1), ("hand:h13-es-app", 1), ("syndicated", 3),
          ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("campeonato", "selecciones", "juvenil", "federacion"), templates=("jornada", "sanciones"),
    copy_from=(*ES_FROM, *_others(ES_HOSTS, "fenabe.example")), ld="graph", ld_join="\n",
    citing=("la Comisión Técnica", "los anotadores oficiales", "la Comisión Disciplinaria"),
    agencies=("Prensa Fenabe", "EFE"), photographers=("Prensa Fenabe", "Hamilton Ortega", "EFE"))

HOLDOUT13 = (KB, BD, MP, KJ, PR, RT, EO, FB)
