"""The eight publishers of the 'holdout16' half (en x2, de x2, fr x2, es x2), written after the other seventeen
halves, by someone who had not read the cleaner, before it was run on them.  They are kinds of newsroom, in
regions, the other halves lack: a community weekly in Stornoway (Isle of Lewis, Outer Hebrides), a commercial
radio station's newsroom in Hagåtña (Guam), a local daily in Leer (East Frisia, Lower Saxony), a district weekly
in Zell am See (Pinzgau, Salzburg), a Libreville daily (Gabon), a Nouméa news site (New Caledonia), a Comodoro
Rivadavia daily (Chubut, Patagonia) and a Malabo news site (Equatorial Guinea).  Their boilerplate wording,
labels and markup are new.

What they bring (kinds only; the wordings are the publishers' own): a Sabbath note on the website's Sunday
silence, a Gaelic summary line and a "what's on in the islands" box (new every day) on the Stornoway weekly; a
typhoon condition-of-readiness widget (rows that are not sentences) between story paragraphs, a CHamoru greeting
glued to the lede and a text-to-win contest line on the Guam radio; an Ems gauge widget, a reader-card discount
and a delivery-complaint line on the Leer daily; a ski-lift status widget, Sunday mass times and a
delivery-complaint box on the Pinzgau weekly; a USSD code to subscribe by SMS and a legal-notices pointer on the
Libreville daily; a UV widget, the time in Paris and a legal-notices line on the Nouméa site; a wind widget and an
"on this day" line (new every day) on the Comodoro daily; a press-accreditation line, a French-edition pointer
and a text-to-win line on the Malabo site; plus the usual kinds in new wordings: related links, newsletters, apps,
follow lines, tip lines, bios (slot-first with the author's e-mail, and under copies of other publishers'
stories), agency credits and attributions glued to the last sentence with and without a space and to the lede,
photo credits, ad labels mid-body, an "updated" note, corrections, copyright lines, donation asks, origin notes
and "the rest is at" tails on copies, a paywall under the German sites' JSON-LD-only pages and live-blog notices
and "load more" buttons.  Some are in plain ``<p>`` exactly like the story, some in tables, definition lists,
``<aside>``, ``<section>``, ``<details>``, ``<figure>`` or buttons.  Story text in chrome-like markup: subheads,
lists, quotations and fact boxes (one site's fact boxes are definition lists).  Recurrence traps: templated
stories whose stock sentences read like a disclaimer ("This information is subject to change", "Alle Ergebnisse
ohne Gewähr", "Ces mesures sont prises à titre préventif", "Ces chiffres ne constituent pas un conseil en
investissement", "Los horarios están sujetos a cambios"), a credit ("Source : London Metal Exchange, traitement
Caillou Info"), a hotline or a site ("call the GPA trouble line at 671-555-0123", "Anmeldung erforderlich unter
Tel. 0491 555 0120", "Consultas al 0800-555-4270", "the Commission's online register", "l'application ANBG
Mobile") or a thanks ("Thank you to the grazings clerks", "Die Ortsstelle dankt allen Spenderinnen und Spendern",
"El Ministerio agradece la colaboración"); handwritten stories about a website posting on Sundays, a Gaelic app,
a ferry petition, a CHamoru newscast, library e-newspapers, a song's copyright, newspaper delivery, a Low German
newsletter, a webcam, a charity run, a cover price, news by USSD, timber, pirated CDs, the time difference with
Paris, a bus app, a Drehu newsletter, a fund for a fisherman's family, a radio closing, a digital subscription, a
wind-farm engineer, an oil pay deal, a French edition, a radio app, a photo book's copyright and a parade (three
of them interviews).  The English, French and Spanish publishers, with no corpus stories left, run templated and
handwritten stories and copies of other publishers' stories (the French and Spanish ones mostly of holdout14's,
holdout15's and each other's handwritten stories); the two German ones also run corpus stories (from the
reserve), live blogs and JSON-LD variants (full, teaser-only and stale ``articleBody``).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.cleaning_set.cms import ALL, COPY, Habit, Publisher, Skin, daily
from bench.cleaning_set.lang import BASE_DATE, ES_MONTHS
from bench.cleaning_set.publishers_holdout15 import DE_FROM as DE_FROM15
from bench.cleaning_set.publishers_holdout15 import DE_HOSTS as DE_HOSTS15
from bench.cleaning_set.publishers_holdout15 import EN_FROM as EN_FROM15
from bench.cleaning_set.publishers_holdout15 import EN_HOSTS as EN_HOSTS15
from bench.cleaning_set.publishers_holdout15 import ES_FROM as ES_FROM15
from bench.cleaning_set.publishers_holdout15 import ES_HOSTS as ES_HOSTS15
from bench.cleaning_set.publishers_holdout15 import FR_FROM as FR_FROM15
from bench.cleaning_set.publishers_holdout15 import FR_HOSTS as FR_HOSTS15
from bench.cleaning_set.publishers_tune import authors
from bench.cleaning_set.skins_holdout16 import PAGES

H = Habit
NEWS = ("news",)
STORY = ("news", "reposted")
TRIM = ("trimmed",)
SYND = ("syndicated", "edited")
TMPL = ("templated",)

EN_HOSTS = ("minchgazette.example", "islandradio987.example")
DE_HOSTS = ("ostfriesen-rundblick.example", "pinzgauer-wochenspiegel.example")
FR_HOSTS = ("gabonaurore.example", "caillouinfo.example")
ES_HOSTS = ("cronicadelgolfo.example", "biokohoy.example")
EN_FROM = (*EN_FROM15, *EN_HOSTS15)
DE_FROM = (*DE_FROM15, *DE_HOSTS15)
FR_FROM = (*FR_FROM15, *FR_HOSTS15)
ES_FROM = (*ES_FROM15, *ES_HOSTS15)


def _others(hosts: tuple[str, ...], me: str) -> tuple[str, ...]:
    return tuple(h for h in hosts if h != me)


def _dec(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


# ---- en: a Stornoway community weekly -------------------------------------------------------------------------
_EVENTS = ("Ceilidh at the Ness Social Club, 8pm", "Lews Castle College open evening, 6.30pm", "Peat-cutting demo at "
           "Arnol Blackhouse, 2pm", "Harris Tweed weaving talk, Tarbert, 7pm", "Gaelic choir rehearsal, Martin's "
           "Memorial, 7.30pm", "Stornoway Running Club 5k, Lews Castle grounds, 10am", "Film: An Lanntair, 8pm",
           "Car boot sale, Point Community Hall, 11am", "Sea-angling competition, Stornoway pier, 9am")


def _whatson(rng: random.Random, day: int) -> tuple[str, ...]:
    """The islands' diary: three of the day's events, new every day."""
    return ("What's on today", *rng.sample(_EVENTS, 3))


MG = Publisher(
    "The Minch Gazette", "minchgazette.example", "holdout16", "en",
    "Stornoway|Tarbert|Ness|Point|Uig|Harris|Lewis|Barra|the Uists",
    "https://www.{host}/{section}/{slug}-{id}/",
    Skin(
        page=PAGES["MG"],
        article='<article class="mg-story"><header class="mg-story__h"><h1>{h1}</h1><p class="mg-story__by">{byline}'
                '</p></header>{figure}<div class="mg-story__copy" itemprop="articleBody">{body}</div></article>',
        byline='By <a href="/writers/{slug}/">{author}</a> <span class="mg-when">{date}</span>',
        figure='<figure class="mg-pic"><img src="{src}" alt=""><figcaption><span class="mg-pic__c">{caption}</span> '
               '<span class="mg-pic__by">Picture: {credit}</span></figcaption></figure>',
        para='<p class="mg-para">{t}</p>',
        glue='<span class="mg-ldrs">{t}</span>',
        pieces={"whatson": '<aside class="mg-diary"><h4 class="mg-diary__h">{h}</h4><ol>{li}</ol></aside>',
                "sabbath": '<p class="mg-para mg-sabbath"><em>{t}</em></p>',
                "gd": '<p class="mg-para mg-gd" lang="gd">{t}</p>',
                "more": '<p class="mg-para"><a class="mg-more-btn">{t}</a></p>',
                "tip": '<table class="mg-tip"><tr><td>{t}</td></tr></table>',
                "it": '<p class="mg-para"><i>{t}</i></p>',
                "fine": '<p class="mg-para mg-fine">{t}</p>'},
        ad='<div class="mg-advert" data-slot="mid-article"><span>Advertisement</span></div>',
        entities="named",
        blocks={"h2": '<h2 class="mg-cross">{t}</h2>', "ul": '<ul class="mg-bullets">{t}</ul>',
                "quote": '<blockquote class="mg-pull"><p>{t}</p></blockquote>',
                "fact": '<section class="mg-factfile">{t}</section>', "fact-h": '<h3 class="mg-factfile__h">{t}</h3>'}),
    habits=(
        H("photo-credit", (("Picture: Gazette archive.",),), "glue_lede", 0.15, on=STORY + TMPL),
        H("sabbath-note", (("The Gazette's website is not updated on the Sabbath; our next update is on Monday "
                            "morning.",),), "top", 0.35, "sabbath", on=ALL),
        H("related", (("More from the islands: {headline}",),), "after1", 0.35, "more", link="headline"),
        *daily("holdout16", "whats-on", "mg-diary", _whatson, "mid", 0.3, "whatson", on=ALL),
        H("gaelic-summary", (("Geàrr-chunntas sa Ghàidhlig: tha an sgeulachd seo ri fhaighinn sa Ghàidhlig air "
                              "duilleag 14.",),), "end", 0.3, "gd", on=NEWS + TMPL + COPY),
        H("attribution", (("Additional reporting: Local Democracy Reporting Service.",),), "glue_space", 0.2,
          on=STORY + COPY + TMPL),
        H("tip", (("Seen something in your township?", "Phone the newsdesk on 01851 555 022, or drop in at "
                   "Francis Street."),), "end", 0.25, "tip"),
        H("bio", (("{author}, the Gazette's {role}, can be reached at {email}.",),), "end", 0.3, "it",
          on=NEWS + TMPL),
        H("bio", (("{author} is a reporter with {origin}.",),), "end", 0.3, "it", on=SYND),
        H("correction", (("Amended on {date}: an earlier version of this report misspelled the name of the "
                          "grazings clerk.",),), "end", 0.1, "it", on=NEWS + TMPL),
        H("copyright", (("© {year} Minch Gazette Ltd. All rights reserved.",),), "end", 0.3, "fine", on=ALL),
        H("origin", (("Reproduced by kind permission of {origin}.",),), "top", 0.7, "it", on=COPY),
        H("read-rest", (("This is an edited extract.", "The full article is on {origin_host}"),), "end", 1.0, "it",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Catriona Macdonald/f/the islands/editor; Donald Macleod/m/crofting/reporter; "
                    "Eilidh Maciver/f/Gaelic and culture/reporter; Murdo Morrison/m/the harbour/senior reporter"),
    plan=(("templated:croftnotices", 10), ("templated:lifeboatlaunch", 10), ("hand:h16-en-sunday", 1),
          ("hand:h16-en-gaelic", 1), ("hand:h16-en-ferry", 1), ("syndicated", 5), ("edited", 2),
          ("trimmed", 2), ("repost", 2)),
    sections=("news", "crofting", "harbour", "gaidhlig"), templates=("croftnotices", "lifeboatlaunch"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "minchgazette.example")), ld="article",
    citing=("Comhairle nan Eilean Siar", "Police Scotland", "the Crofting Commission"),
    agencies=("PA", "Gazette"), photographers=("Gazette archive", "Sandie Maciver", "PA"))


# ---- en: a Guam commercial radio newsroom ---------------------------------------------------------------------
def _corbox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The readiness widget: today's condition of readiness and the surf, new every day."""
    return ("Guam readiness", f"COR {rng.choice(('4', '4', '4', '3'))}",
            f"Surf east reefs {rng.randint(4, 12)}-{rng.randint(13, 18)} ft",
            f"Heat index {rng.randint(98, 112)}°F · UV {rng.randint(9, 13)}")


IR = Publisher(
    "Island Radio 98.7 News", "islandradio987.example", "holdout16", "en",
    "Hagåtña|Tamuning|Dededo|Yigo|Mangilao|Barrigada|Santa Rita|Inarajan|Saipan",
    "https://{host}/{y}/{m}/{d}/{slug}/",
    Skin(
        page=PAGES["IR"],
        article='<div class="ir-post"><h1 class="ir-post__t">{h1}</h1><div class="ir-post__meta">{byline}</div>'
                '{figure}<div class="ir-post__entry">{body}</div></div>',
        byline='<span class="ir-by">{author}</span> | <time datetime="{iso}">{date} at {time}</time>',
        figure='<div class="ir-photo"><img src="{src}" alt=""><p class="ir-photo__cap">{caption} ({credit})</p></div>',
        glue='<strong class="ir-glue">{t}</strong>',
        pieces={"cor": '<section class="ir-cor"><h6>{h}</h6><ul class="ir-cor__rows">{li}</ul></section>',
                "win": '<div class="ir-contest"><p>{t}</p><a href="sms:98700">Text now</a></div>',
                "hafa": '<p class="ir-hafa">{t}</p>',
                "upd": '<p class="ir-upd"><mark>{t}</mark></p>',
                "rel": '<p class="ir-rel">{t}</p>',
                "nl": '<form class="ir-nl"><p>{t}</p><input type="email"></form>',
                "it": '<p><i>{t}</i></p>',
                "fine": '<p class="ir-fine"><small>{t}</small></p>'},
        ad='<div class="ir-spot" data-ad="island-300x250"></div>',
        blocks={"h2": '<h3 class="ir-sub">{t}</h3>', "ul": '<ul class="ir-ul">{t}</ul>',
                "quote": '<blockquote class="ir-quote"><p>{t}</p></blockquote>',
                "fact": '<aside class="ir-facts">{t}</aside>', "fact-h": '<h4>{t}</h4>'}),
    habits=(
        H("chamorro-greeting", (("Håfa adai!",),), "glue_lede", 0.15, on=NEWS + TMPL),
        H("updated", (("This story was updated at {time} with new information from Civil Defense.",),), "after1",
          0.15, "upd", on=NEWS + TMPL),
        *daily("holdout16", "cor-widget", "ir-cor", _corbox, "mid", 0.3, "cor", on=ALL),
        H("text-to-win", (("Text ISLAND to 98700 for your chance to win two tickets to the Liberation Day "
                           "carnival.",),
                          ("Listen weekdays at 7:20 a.m. and be caller No. 9 to win a $50 gas card.",)), "mid",
          0.25, "win", on=ALL),
        H("related", (("ALSO ON ISLAND RADIO: {headline}",),), "end", 0.3, "rel", link="headline"),
        H("newsletter", (("Get Island Radio's News at Noon email, Monday to Friday.",),), "end", 0.2, "nl"),
        H("agency", (("(AP)",),), "glue", 0.15, on=STORY + COPY),
        H("attribution", (("— Island Radio's {author} contributed.",),), "glue_space", 0.2, on=STORY + COPY),
        H("bio", (("{author} is {role} at Island Radio 98.7; email {email}",),), "end", 0.3, "it", on=NEWS + TMPL),
        H("copyright", (("Copyright © {year} Island Broadcasting Co. All rights reserved.",),), "end", 0.25,
          "fine", on=ALL),
        H("origin", (("This story originally ran on {origin}.",),), "top", 0.7, "it", on=COPY),
        H("read-rest", (("Excerpt.", "Read the complete story at {origin_host}"),), "end", 1.0, "it", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Therese Quinata/f/the Legislature/news director; Joe Cruz/m/the military/reporter; "
                    "Leah Santos/f/health/reporter; Kevin Aguon/m/the weather/morning anchor"),
    plan=(("templated:typhoonshelters", 10), ("templated:powerrestore", 10), ("hand:h16-en-chamoru", 1),
          ("hand:h16-en-library", 1), ("hand:h16-en-song", 1), ("syndicated", 5), ("edited", 2),
          ("trimmed", 2), ("repost", 2)),
    sections=("local", "military", "cnmi", "weather"), templates=("typhoonshelters", "powerrestore"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "islandradio987.example")), ld="graph", ld_join="\n",
    dateline=("HAGÅTÑA (IR) — ", "DEDEDO (IR) — "),
    citing=("the Office of Civil Defense", "Guam Police Department", "the Guam Power Authority"),
    agencies=("AP", "IR"), photographers=("Island Radio", "Joe Cruz", "U.S. Navy"))


# ---- de: an East Frisian local daily --------------------------------------------------------------------------
def _pegelbox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The gauge widget: today's Ems level and tides, new every day."""
    return ("Ems und Küste heute", f"Pegel Leerort: {_dec(rng.uniform(-0.4, 2.6))} m",
            f"Hochwasser Emden: {rng.randint(0, 11)}.{rng.randint(10, 59)} Uhr",
            f"Wind: {rng.choice(('SW', 'W', 'NW', 'N'))} {rng.randint(3, 8)} Bft")


OR = Publisher(
    "Ostfriesischer Rundblick", "ostfriesen-rundblick.example", "holdout16", "de",
    "Leer|Emden|Aurich|Weener|Norden|Moormerland|das Rheiderland|das Overledingerland|Borkum",
    "https://www.{host}/lokales/{section}/{slug}-{id}.html",
    Skin(
        page=PAGES["OR"],
        article='<article class="or-artikel"><span class="or-artikel__ort">{byline}</span><h1>{h1}</h1>{figure}'
                '<div class="or-artikel__fliess">{body}</div></article>',
        byline='{author} · {date}, {time} Uhr',
        figure='<figure class="or-foto"><img src="{src}" alt=""><figcaption>{caption}<br><span>Foto: {credit}'
               '</span></figcaption></figure>',
        para='<p class="or-p">{t}</p>',
        glue='<span class="or-quelle">{t}</span>',
        pieces={"pegel": '<aside class="or-pegelbox"><p class="or-pegelbox__t">{h}</p><ul>{li}</ul></aside>',
                "karte": '<div class="or-karte"><p>{t}</p><img src="/img/rundblick-karte.png" alt=""></div>',
                "zust": '<table class="or-zustellung"><tr><td>{t}</td></tr></table>',
                "auch": '<p class="or-p or-auch">{t}</p>',
                "i": '<p class="or-p"><i>{t}</i></p>',
                "klein": '<p class="or-p"><small>{t}</small></p>',
                "live": '<p class="or-live-hinweis">{t}</p>',
                "older": '<button class="or-live-nachladen">{t}</button>',
                "paywall": '<div class="or-plus-schranke"><p>{t}</p><a href="/abo/">Jetzt lesen</a></div>'},
        ad='<div class="or-anzeige" data-pos="artikel-mitte"></div>',
        live='<div class="or-ticker">{updates}{more}</div>',
        live_update='<article class="or-ticker__post"><p><time datetime="{iso}">{time} Uhr</time></p><h4>{h}</h4>'
                    '{body}</article>',
        blocks={"h2": '<h3 class="or-zt">{t}</h3>', "ul": '<ul class="or-punkte">{t}</ul>',
                "quote": '<blockquote class="or-zitat"><p>{t}</p></blockquote>',
                "fact": '<aside class="or-kasten">{t}</aside>', "fact-h": '<h4 class="or-kasten__t">{t}</h4>'}),
    habits=(
        H("agency", (("(epd)",),), "glue_lede", 0.1, on=STORY + COPY),
        H("related", (("Auch das noch: {headline}",),), "after1", 0.35, "auch", link="headline"),
        *daily("holdout16", "gauge-widget", "or-pegel", _pegelbox, "mid", 0.3, "pegel", on=STORY + COPY),
        H("card-discount", (("Mit der Rundblick-Karte sparen Abonnenten 10 Prozent beim Teehaus am Hafen.",),
                            ("Rundblick-Karte: zwei Eintritte zum Preis von einem im Schwimmbad Leer.",)), "mid",
          0.25, "karte", on=ALL),
        H("delivery-complaint", (("Ihre Zeitung ist nicht angekommen?",
                                  "Melden Sie es bis 10 Uhr unter zustellung@ostfriesen-rundblick.example, wir "
                                  "liefern nach."),), "end", 0.25, "zust", on=ALL),
        H("attribution", (("Mit Material von {source}",),), "glue", 0.2, on=STORY + COPY),
        H("bio", (("{author} ({email}) ist Redakteur{in} im Lokalressort und schreibt über {beat}.",),), "end",
          0.25, "i", on=NEWS + TMPL),
        H("follow", (("Folgen Sie dem Rundblick auf Instagram und Mastodon: @rundblick_leer",),), "end", 0.2,
          "klein", on=ALL),
        H("copyright", (("© Rundblick Verlag Leer {year} · Alle Rechte vorbehalten",),), "end", 0.3, "klein",
          on=ALL),
        H("origin", (("Zuerst veröffentlicht bei {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Gekürzte Fassung.", "Den vollständigen Artikel finden Sie unter {origin_host}"),), "end",
          1.0, "i", on=TRIM, link="origin_host"),
        H("paywall", (("Rundblick+",
                       "Diesen Artikel lesen Sie mit Rundblick+ – vier Wochen für 0,99 Euro.",
                       "Bereits Abonnent? Hier anmelden."),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Im Liveticker halten wir Sie zur Sturmflut an der Küste auf dem Laufenden.",),), "top",
          0.8, "live"),
        H("ui", (("Frühere Meldungen nachladen",),), "more", 1.0, "older"),
    ),
    authors=authors("Gesche Eilers/f/Leer/Redakteurin; Hauke Onken/m/die Häfen/Redakteur; "
                    "Tjada Janssen/f/die Inseln/Redakteurin; Menno Bruns/m/den Sport/Redakteur"),
    plan=(("templated:wattfuehrung", 6), ("templated:bosseln", 6), ("news", 8), ("liveblog", 1),
          ("jsonld-full", 2), ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1),
          ("hand:h16-de-zustellung", 1), ("hand:h16-de-platt", 1), ("syndicated", 2), ("edited", 1),
          ("trimmed", 1), ("repost", 2)),
    sections=("leer", "emden", "rheiderland", "inseln"), templates=("wattfuehrung", "bosseln"),
    live_show=4, copy_from=(*DE_FROM, "pinzgauer-wochenspiegel.example"), ld="article", ld_oldest_first=True,
    citing=("die Polizeiinspektion Leer/Emden", "der Landkreis Leer", "die Wasserstraßen- und Schifffahrtsverwaltung"),
    agencies=("epd", "dpa"), photographers=("Rundblick/Gesche Eilers", "dpa", "Landkreis Leer"))


# ---- de: a Pinzgau district weekly ---------------------------------------------------------------------------
def _liftbox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The lift widget: today's lifts and the lake, new every day."""
    st = ("in Betrieb", "in Betrieb", "Revision", "wegen Wind eingestellt")
    return ("Bergbahnen heute", f"Schmittenhöhebahn: {rng.choice(st)}", f"Gletscherjet Kaprun: {rng.choice(st)}",
            f"Asitzbahn Leogang: {rng.choice(st)}", f"Zeller See: {rng.randint(14, 23)} °C")


PW = Publisher(
    "Pinzgauer Wochenspiegel", "pinzgauer-wochenspiegel.example", "holdout16", "de",
    "Zell am See|Saalfelden|Mittersill|Kaprun|Lofer|Taxenbach|der Oberpinzgau|das Saalachtal|Salzburg",
    "https://www.{host}/{section}/{y}/{slug}_a{id}",
    Skin(
        page=PAGES["PW"],
        article='<div class="pw-artikel"><h1 class="pw-artikel__titel">{h1}</h1><p class="pw-artikel__autor">'
                '{byline}</p>{figure}<section class="pw-artikel__text">{body}</section></div>',
        byline='<span>{author}</span>, {date}',
        figure='<figure class="pw-bild"><img src="{src}" alt=""><figcaption>{caption} Foto: {credit}</figcaption>'
               '</figure>',
        glue='<i class="pw-kz">{t}</i>',
        pieces={"lift": '<aside class="pw-bergbahnen"><b>{h}</b><ul>{li}</ul></aside>',
                "messe": '<details class="pw-gottesdienst"><summary>Gottesdienste</summary><p>{t}</p></details>',
                "zust": '<div class="pw-zustellung"><p>{t}</p></div>',
                "tipp": '<p class="pw-tipp"><strong>{t}</strong></p>',
                "i": '<p><i>{t}</i></p>',
                "klein": '<p class="pw-klein">{t}</p>',
                "live": '<p class="pw-ticker-info">{t}</p>',
                "older": '<button class="pw-ticker-mehr">{t}</button>',
                "paywall": '<section class="pw-abo"><p>{t}</p></section>'},
        ad='<div class="pw-werbung" data-slot="rectangle-2"></div>',
        live='<section class="pw-ticker">{updates}{more}</section>',
        live_update='<div class="pw-ticker__e"><span class="pw-ticker__z">{time}</span><h3>{h}</h3>{body}</div>',
        entities="named",
        blocks={"h2": '<h2 class="pw-zw">{t}</h2>', "ul": '<ul class="pw-liste">{t}</ul>',
                "quote": '<blockquote class="pw-zitat"><p>{t}</p></blockquote>',
                "fact": '<div class="pw-info">{t}</div>', "fact-h": '<p class="pw-info__t">{t}</p>',
                "fact-ul": '<dl class="pw-info__dl">{t}</dl>', "fact-li": '<dd>{t}</dd>'}),
    habits=(
        H("related", (("Mehr zum Thema ▸ {headline}",),), "after1", 0.35, "tipp", link="headline"),
        *daily("holdout16", "lift-status", "pw-lift", _liftbox, "mid", 0.3, "lift", on=ALL),
        H("mass-times", (("Gottesdienste am Sonntag: Zell am See 9 und 10.30 Uhr, Saalfelden 8.30 Uhr, "
                          "Kaprun 10 Uhr.",),), "end", 0.25, "messe", on=ALL),
        H("delivery-complaint", (("Kein Wochenspiegel im Postkasten?",
                                  "Reklamationen bitte an vertrieb@pinzgauer-wochenspiegel.example."),), "end",
          0.2, "zust", on=ALL),
        H("agency", (("(APA)",),), "glue_space", 0.2, on=STORY + COPY),
        H("attribution", (("Quelle: {source}",),), "glue", 0.2, on=STORY + COPY + TMPL),
        H("bio", (("{author} ist Redakteur{in} beim Pinzgauer Wochenspiegel, Kontakt: {email}",),), "end", 0.25,
          "i", on=NEWS + TMPL),
        H("tip", (("Sie haben einen Hinweis für die Redaktion?", "Schreiben Sie an redaktion@pinzgauer-"
                   "wochenspiegel.example oder rufen Sie an: 06542 555 70."),), "end", 0.2, "i"),
        H("copyright", (("© {year} Pinzgauer Wochenspiegel GmbH",),), "end", 0.3, "klein", on=ALL),
        H("origin", (("Der Text stammt von {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Gekürzt übernommen.", "Weiterlesen auf {origin_host}"),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
        H("paywall", (("Wochenspiegel Digital",
                       "Lesen Sie weiter mit dem Digital-Abo um 4,90 Euro im Monat.",
                       "Jederzeit kündbar."),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Wir berichten laufend vom Hochwasser an der Salzach; Aktualisieren nicht vergessen.",),),
          "top", 0.8, "live"),
        H("ui", (("Mehr Einträge anzeigen",),), "more", 1.0, "older"),
    ),
    authors=authors("Sonja Ottenbacher/f/den Oberpinzgau/Redakteurin; Hannes Gruber/m/den Sport/Redakteur; "
                    "Vroni Rieder/f/die Wirtschaft/Chefredakteurin; Toni Wallner/m/Saalfelden/Redakteur"),
    plan=(("templated:bergrettung", 6), ("templated:gemeindestube", 6), ("news", 8), ("liveblog", 1),
          ("jsonld-full", 2), ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1),
          ("hand:h16-de-webcam", 1), ("hand:h16-de-spendenlauf", 1), ("syndicated", 2), ("edited", 1),
          ("trimmed", 1), ("repost", 2)),
    sections=("zell-am-see", "saalfelden", "oberpinzgau", "wirtschaft"), templates=("bergrettung", "gemeindestube"),
    live_show=5, copy_from=(*DE_FROM, "ostfriesen-rundblick.example"), ld="graph", ld_join=" ",
    citing=("die Landespolizeidirektion Salzburg", "die Bezirkshauptmannschaft Zell am See", "das Land Salzburg"),
    agencies=("APA", "PW"), photographers=("Wochenspiegel/Toni Wallner", "APA/Barbara Gindl", "Bergrettung"))


# ---- fr: a Libreville daily ----------------------------------------------------------------------------------
GA = Publisher(
    "Gabon Aurore", "gabonaurore.example", "holdout16", "fr",
    "Libreville|Owendo|Akanda|Port-Gentil|Franceville|Oyem|Lambaréné|l'Estuaire|le Haut-Ogooué",
    "https://www.{host}/{section}/{y}{m}{d}-{slug}.html",
    Skin(
        page=PAGES["GA"],
        article='<article class="ga-papier"><div class="ga-papier__rubrique">{byline}</div><h1>{h1}</h1>{figure}'
                '<div class="ga-papier__corps">{body}</div></article>',
        byline='Par <b>{author}</b> | {date} à {time}',
        figure='<figure class="ga-photo"><img src="{src}" alt=""><figcaption>{caption} © {credit}</figcaption>'
               '</figure>',
        para='<p class="ga-txt">{t}</p>',
        glue='<span class="ga-sig">{t}</span>',
        pieces={"ussd": '<div class="ga-ussd"><p>{t}</p></div>',
                "legal": '<p class="ga-txt ga-annonces"><a href="/annonces/">{t}</a></p>',
                "lire": '<p class="ga-txt ga-voir">{t}</p>',
                "wa": '<aside class="ga-partage"><p>{t}</p></aside>',
                "em": '<p class="ga-txt"><em>{t}</em></p>',
                "petit": '<p class="ga-txt"><small>{t}</small></p>'},
        ad='<div class="ga-pub" data-emplacement="corps-2"></div>',
        entities="french",
        blocks={"h2": '<h2 class="ga-inter">{t}</h2>', "ul": '<ul class="ga-puces">{t}</ul>',
                "quote": '<blockquote class="ga-cit"><p>{t}</p></blockquote>',
                "fact": '<aside class="ga-encadre">{t}</aside>', "fact-h": '<h3 class="ga-encadre__t">{t}</h3>'}),
    habits=(
        H("attribution", (("Libreville, (Gabon Aurore) –",),), "glue_lede", 0.15, on=STORY + COPY),
        H("related", (("Voir aussi ➔ {headline}",),), "after1", 0.35, "lire", link="headline"),
        H("ussd-subscribe", (("Recevez les titres de Gabon Aurore par SMS : composez *555*12# (50 FCFA par jour).",),),
          "mid", 0.3, "ussd", on=ALL),
        H("legal-notice", (("Annonces légales, avis de décès et appels d'offres : consultez nos pages Annonces du "
                            "{weekday}.",),), "end", 0.25, "legal", on=ALL),
        H("ad-label", (("— Publicité —",),), "mid", 0.2, "petit", on=ALL),
        H("follow", (("Rejoignez les 80 000 abonnés de notre chaîne WhatsApp Gabon Aurore Direct.",),), "end", 0.2,
          "wa", on=ALL),
        H("agency", (("(Gabonews)",), ("(AGP)",)), "glue_space", 0.2, on=STORY + COPY),
        H("bio", (("{author}, {role} à Gabon Aurore, joignable à l'adresse {email}.",),), "end", 0.25, "em",
          on=NEWS + TMPL),
        H("bio", (("{author} est journaliste pour {origin}.",),), "end", 0.3, "em", on=SYND),
        H("correction", (("Rectificatif du {date} : une version précédente de cet article attribuait à tort ces "
                          "propos au ministre.",),), "end", 0.1, "em", on=NEWS),
        H("copyright", (("© Gabon Aurore {year}. Toute reproduction, même partielle, est interdite.",),), "end", 0.3,
          "petit", on=ALL),
        H("origin", (("Article repris de {origin}, avec son accord.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Version abrégée.", "Retrouvez l'article complet sur {origin_host}"),), "end", 1.0, "em",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Guy-Roger Bibang/m/la politique/directeur de la publication; Nadège Ossouka/f/l'économie/"
                    "journaliste; Line Mboumba/f/la société/journaliste; Fabrice Nze/m/les provinces/correspondant"),
    plan=(("templated:concours", 10), ("templated:bourses", 9), ("hand:h16-fr-prix", 1), ("hand:h16-fr-ussd", 1),
          ("hand:h16-fr-bois", 1), ("hand:h16-fr-piratage", 1), ("syndicated", 3), ("edited", 1),
          ("trimmed", 1), ("repost", 2)),
    sections=("societe", "economie", "provinces", "politique"), templates=("concours", "bourses"),
    copy_from=(*FR_FROM, *_others(FR_HOSTS, "gabonaurore.example")), ld="article",
    citing=("le ministère de l'Intérieur", "la Police judiciaire", "la mairie de Libreville"),
    agencies=("Gabonews", "AGP"), photographers=("Gabon Aurore", "Fabrice Nze", "AGP"))


# ---- fr: a Nouméa news site ----------------------------------------------------------------------------------
def _uvbox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The UV widget: today's UV index, lagoon and swell, new every day."""
    return ("Météo du lagon", f"Indice UV : {rng.randint(8, 14)} ({rng.choice(('très élevé', 'extrême'))})",
            f"Alizé : {rng.randint(10, 25)} nœuds", f"Houle sur le récif : {_dec(rng.uniform(1.0, 3.5))} m")


CI = Publisher(
    "Caillou Info", "caillouinfo.example", "holdout16", "fr",
    "Nouméa|Dumbéa|Mont-Dore|Païta|Koné|Lifou|Maré|Bourail|la Brousse|les îles Loyauté",
    "https://{host}/actu/{section}/{id}-{slug}",
    Skin(
        page=PAGES["CI"],
        article='<div class="ci-article"><h1 class="ci-article__h">{h1}</h1><div class="ci-article__sig">{byline}'
                '</div>{figure}<div class="ci-article__txt">{body}</div></div>',
        byline='<span class="ci-auteur">{author}</span> <span class="ci-date">le {date} à {time}</span>',
        figure='<figure class="ci-img"><img src="{src}" alt=""><figcaption>{caption} <em>Crédit : {credit}</em>'
               '</figcaption></figure>',
        glue='<em class="ci-src">{t}</em>',
        pieces={"uv": '<aside class="ci-uv"><h5>{h}</h5><ul>{li}</ul></aside>',
                "heure": '<p class="ci-heure"><time>{t}</time></p>',
                "legal": '<div class="ci-al"><p>{t}</p></div>',
                "lire": '<p class="ci-lire"><a>{t}</a></p>',
                "app": '<figure class="ci-appli"><figcaption>{t}</figcaption></figure>',
                "em": '<p><em>{t}</em></p>',
                "petit": '<p class="ci-mini">{t}</p>'},
        ad='<div class="ci-pave" data-zone="milieu-article"></div>',
        entities="french",
        blocks={"h2": '<h2 class="ci-inter">{t}</h2>', "ul": '<ul class="ci-liste">{t}</ul>',
                "quote": '<blockquote class="ci-citation"><p>{t}</p></blockquote>',
                "fact": '<aside class="ci-zoom">{t}</aside>', "fact-h": '<h3 class="ci-zoom__t">{t}</h3>'}),
    habits=(
        H("time-difference", (("Il est actuellement {time} à Nouméa, soit 10 heures de plus qu'à Paris.",),), "top",
          0.2, "heure", on=ALL),
        H("related", (("À lire également : {headline}",),), "after1", 0.35, "lire", link="headline"),
        *daily("holdout16", "uv-widget", "ci-uv", _uvbox, "mid", 0.3, "uv", on=ALL),
        H("app", (("Alertes cyclone, coupures d'eau : activez les notifications de l'appli Caillou Info.",),), "mid",
          0.2, "app"),
        H("legal-notice", (("Vos annonces légales en Nouvelle-Calédonie : annonces@caillouinfo.example, parution "
                            "sous 48 h.",),), "end", 0.2, "legal", on=ALL),
        H("attribution", (("Avec NC la 1ère.",),), "glue", 0.2, on=STORY + COPY + TMPL),
        H("agency", (("(AFP)",),), "glue_space", 0.15, on=STORY + COPY),
        H("bio", (("{author} ({email}) est {role} à Caillou Info.",),), "end", 0.3, "em", on=NEWS + TMPL),
        H("bio", (("{author} est correspondant de {origin}.",),), "end", 0.3, "em", on=SYND),
        H("donation", (("Caillou Info est gratuit et indépendant : soutenez-nous à partir de 500 F CFP.",),), "end",
          0.2, "petit", on=NEWS),
        H("copyright", (("© Caillou Info {year} – reproduction interdite",),), "end", 0.3, "petit", on=ALL),
        H("origin", (("Source : {origin}, avec autorisation.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Article raccourci.", "À lire en entier sur {origin_host}"),), "end", 1.0, "em", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Anne-Laure Dumas/f/le Congrès/rédactrice en chef; Jean-Marc Waheo/m/la Brousse/journaliste; "
                    "Kelly Wamytan/f/les îles/journaliste; Thierry Lacroix/m/le nickel/journaliste"),
    plan=(("templated:requins", 10), ("templated:coursnickel", 9), ("hand:h16-fr-decalage", 1),
          ("hand:h16-fr-taneo", 1), ("hand:h16-fr-drehu", 1), ("hand:h16-fr-cagnotte", 1), ("syndicated", 3),
          ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("grand-noumea", "brousse", "iles", "economie"), templates=("requins", "coursnickel"),
    copy_from=(*FR_FROM, *_others(FR_HOSTS, "caillouinfo.example")), ld="graph", ld_join="\n",
    citing=("le haut-commissariat", "la province Sud", "la gendarmerie"),
    agencies=("AFP", "CI"), photographers=("Caillou Info", "Jean-Marc Waheo", "AFP"))


# ---- es: a Comodoro Rivadavia daily --------------------------------------------------------------------------
def _vientobox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The wind widget: today's wind and gusts, new every day."""
    return ("Viento en Comodoro", f"Ahora: {rng.choice(('O', 'SO', 'NO'))} {rng.randint(20, 70)} km/h",
            f"Ráfagas: {rng.randint(60, 130)} km/h", f"Mín/Máx: {rng.randint(-4, 8)}° / {rng.randint(9, 24)}°")


def _efemeride(rng: random.Random, day: int) -> tuple[str, ...]:
    """The on-this-day line: a dated local anniversary, new every day."""
    d = BASE_DATE + dt.timedelta(days=day)
    ev = rng.choice(("se descubrió petróleo en Comodoro Rivadavia", "se inauguró el muelle de Caleta Córdova",
                     "llegó el primer tren de Sarmiento", "se fundó la Escuela N.º 24", "nevó en la costanera",
                     "se inauguró el Gimnasio Municipal N.º 1"))
    return (f"Un día como hoy, {d.day} de {ES_MONTHS[d.month - 1]} de {rng.randint(1907, 1998)}, {ev}.",)


CG = Publisher(
    "Crónica del Golfo", "cronicadelgolfo.example", "holdout16", "es",
    "Comodoro Rivadavia|Rada Tilly|Caleta Olivia|Sarmiento|Km 5|Km 8|el golfo San Jorge|Chubut|Trelew",
    "https://www.{host}/{section}/{slug}-n{id}",
    Skin(
        page=PAGES["CG"],
        article='<article class="cg-nota"><h1 class="cg-nota__titulo">{h1}</h1><div class="cg-nota__datos">'
                '{byline}</div>{figure}<div class="cg-nota__cuerpo">{body}</div></article>',
        byline='Por <span class="cg-autor">{author}</span> – <time datetime="{iso}">{date}</time>',
        figure='<figure class="cg-foto"><img src="{src}" alt=""><figcaption>{caption} (Foto: {credit})</figcaption>'
               '</figure>',
        para='<p class="cg-p">{t}</p>',
        glue='<span class="cg-agencia">{t}</span>',
        pieces={"viento": '<aside class="cg-viento"><h4>{h}</h4><ul>{li}</ul></aside>',
                "efem": '<p class="cg-p cg-efemeride">{t}</p>',
                "rel": '<p class="cg-p cg-rel"><strong>{t}</strong></p>',
                "wa": '<div class="cg-wa"><p>{t}</p></div>',
                "nota": '<p class="cg-p"><em>{t}</em></p>',
                "legal": '<p class="cg-p cg-legal">{t}</p>'},
        ad='<div class="cg-publi" data-slot="nota-1"></div>',
        blocks={"h2": '<h2 class="cg-sub">{t}</h2>', "ul": '<ul class="cg-vinetas">{t}</ul>',
                "quote": '<blockquote class="cg-cita"><p>{t}</p></blockquote>',
                "fact": '<aside class="cg-datos">{t}</aside>', "fact-h": '<h3>{t}</h3>'}),
    habits=(
        H("photo-credit", (("(Foto: Crónica del Golfo)",),), "glue_lede", 0.15, on=STORY + TMPL),
        H("related", (("MIRÁ TAMBIÉN: {headline}",),), "after1", 0.35, "rel", link="headline"),
        *daily("holdout16", "wind-widget", "cg-viento", _vientobox, "mid", 0.3, "viento", on=ALL),
        *daily("holdout16", "on-this-day", "cg-efem", _efemeride, "end", 0.25, "efem", on=ALL),
        H("tip", (("¿Viste algo en tu barrio?", "Mandanos fotos y videos al WhatsApp de la redacción: "
                   "297 555-0142."),), "mid", 0.2, "wa", on=ALL),
        H("agency", (("(Télam)",), ("(NA)",)), "glue_space", 0.2, on=STORY + COPY + TMPL),
        H("attribution", (("Con información de {source}.",),), "glue", 0.15, on=STORY + COPY),
        H("bio", (("{author} es {role} de Crónica del Golfo; escribile a {email}",),), "end", 0.3, "nota",
          on=NEWS + TMPL),
        H("copyright", (("© {year} Crónica del Golfo S.A. Prohibida su reproducción total o parcial.",),), "end",
          0.3, "legal", on=ALL),
        H("origin", (("Publicado originalmente en {origin}.",),), "top", 0.7, "nota", on=COPY),
        H("read-rest", (("Nota resumida.", "Leé la versión completa en {origin_host}"),), "end", 1.0, "nota",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Laura Sepúlveda/f/la ciudad/directora; Néstor Cabrera/m/el petróleo/periodista; "
                    "Valeria Orozco/f/la energía/periodista; Hugo Jones/m/los deportes/periodista"),
    plan=(("templated:vientos", 10), ("templated:garrafasocial", 9), ("hand:h16-es-radio", 1),
          ("hand:h16-es-suscripcion", 1), ("hand:h16-es-eolico", 1), ("hand:h16-es-petroleros", 1),
          ("syndicated", 3), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("comodoro", "golfo", "petroleo", "chubut"), templates=("vientos", "garrafasocial"),
    copy_from=(*ES_FROM, *_others(ES_HOSTS, "cronicadelgolfo.example")), ld="graph",
    dateline=("COMODORO RIVADAVIA (Crónica) – ", "RADA TILLY (Crónica) – "),
    citing=("la Policía del Chubut", "el municipio", "Defensa Civil"),
    agencies=("Télam", "NA"), photographers=("Crónica del Golfo", "Hugo Jones", "Télam"))


# ---- es: a Malabo news site ----------------------------------------------------------------------------------
BH = Publisher(
    "Bioko Hoy", "biokohoy.example", "holdout16", "es",
    "Malabo|Bata|Baney|Luba|Riaba|Ebebiyín|Mongomo|Annobón|Bioko|la Región Continental",
    "https://{host}/es/{section}/{slug}/{id}",
    Skin(
        page=PAGES["BH"],
        article='<div class="bh-noticia"><p class="bh-noticia__meta">{byline}</p><h1>{h1}</h1>{figure}<div '
                'class="bh-noticia__texto">{body}</div></div>',
        byline='<span class="bh-firma">{author}</span> · {date}, {time}',
        figure='<figure class="bh-img"><img src="{src}" alt=""><figcaption>{caption} — {credit}</figcaption></figure>',
        glue='<span class="bh-fuente">{t}</span>',
        pieces={"acred": '<p class="bh-acreditacion"><small>{t}</small></p>',
                "fr": '<p class="bh-version-fr"><a href="/fr/">{t}</a></p>',
                "win": '<div class="bh-concurso"><p>{t}</p></div>',
                "rel": '<p class="bh-rel">{t}</p>',
                "nota": '<p><i>{t}</i></p>',
                "legal": '<p class="bh-legal">{t}</p>'},
        ad='<div class="bh-anuncio" data-pos="medio"></div>',
        entities="ascii",
        blocks={"h2": '<h2 class="bh-ladillo">{t}</h2>', "ul": '<ul class="bh-lista">{t}</ul>',
                "quote": '<blockquote class="bh-cita"><p>{t}</p></blockquote>',
                "fact": '<aside class="bh-claves">{t}</aside>', "fact-h": '<h3 class="bh-claves__t">{t}</h3>'}),
    habits=(
        H("language-note", (("Lire cet article en français",),), "top", 0.15, "fr", on=ALL),
        H("related", (("Lea también — {headline}",),), "after1", 0.35, "rel", link="headline"),
        H("text-to-win", (("Envíe BIOKO al 2255 y participe en el sorteo de un teléfono móvil cada viernes.",),),
          "mid", 0.25, "win", on=ALL),
        H("ad-label", (("Espacio patrocinado",),), "mid", 0.15, "legal", on=ALL),
        H("attribution", (("Con información de {source}.",),), "glue_space", 0.2, on=STORY + COPY + TMPL),
        H("agency", (("(EFE)",), ("(ASODEGUE)",)), "glue", 0.15, on=STORY + COPY),
        H("accreditation", (("Medio acreditado ante el Ministerio de Información, Prensa y Radio con el número "
                             "{since}/GQ.",),), "end", 0.3, "acred", on=ALL),
        H("bio", (("{author}, {role} de Bioko Hoy. Contacto: {email}",),), "end", 0.3, "nota", on=NEWS + TMPL),
        H("bio", (("{author} colabora con {origin}.",),), "end", 0.3, "nota", on=SYND),
        H("copyright", (("© {year} Bioko Hoy. Todos los derechos reservados.",),), "end", 0.3, "legal", on=ALL),
        H("origin", (("Noticia publicada primero en {origin}.",),), "top", 0.7, "nota", on=COPY),
        H("read-rest", (("Extracto.", "Texto completo en {origin_host}"),), "end", 1.0, "nota", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Rafael Esono/m/la política/director; Mercedes Eworo/f/la cultura/redactora; "
                    "Pilar Nchama/f/la sanidad/redactora; Santiago Ela/m/la economía/redactor"),
    plan=(("templated:vacunacion", 10), ("templated:vuelosbata", 9), ("hand:h16-es-frances", 1),
          ("hand:h16-es-appradio", 1), ("hand:h16-es-annobon", 1), ("hand:h16-es-desfile", 1),
          ("syndicated", 3), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("bioko", "continental", "economia", "cultura"), templates=("vacunacion", "vuelosbata"),
    copy_from=(*ES_FROM, *_others(ES_HOSTS, "biokohoy.example")), ld="article", ld_join=" ",
    citing=("el Ministerio de Sanidad", "la Dirección General de Seguridad", "el Ayuntamiento de Malabo"),
    agencies=("EFE", "ASODEGUE"), photographers=("Bioko Hoy", "Santiago Ela", "EFE"))

HOLDOUT16 = (MG, IR, OR, PW, GA, CI, CG, BH)
