"""The eight publishers of the 'holdout10' half (en x2, de x2, fr x2, es x2), written after the other eleven
halves, by someone who had not read the cleaner, before it was run on them.  They are kinds of newsroom the other
halves lack: an English-language TV station in the Yuma / Imperial Valley border area, a Ghanaian news site, a
Bavarian local paper, an East Belgian German-language daily, an Acadian (New Brunswick) regional site, a Belgian
French-language sports site, a Peruvian regional daily and a Yucatán state daily.  Their boilerplate wording,
labels and markup are new.

What they bring (kinds only; the wordings are the publishers' own): a "watch live" bar and a Spanish-edition
switch on the TV site, a weather sponsor and a radar pointer on its warnings, a border-wait box and a most-read
box that change every day, a dam-level widget, a provincial standings box, slot-first bios (the name first),
donation asks (MoMo, a cooperative's ask rotating every two weeks), newsletter, app, push, podcast, radio,
WhatsApp-number and follow calls, a local-journalism funding line, a contributors' disclaimer, a betting-risk
line under football stories and a responsible-play line under lottery results, image credits at the top, after
the first paragraph, at the end and glued to the lede without a space, attributions glued to the last sentence
with and without a space, agency credits, ad labels in mid-body, corrections and editor's notes, publisher
name/URL lines, tip lines, copyright lines, a "comments are closed" note, a naming-policy note that is chrome on
one site, origin notes and "the rest is at" tails on copies, a paywall under the German sites' JSON-LD-only pages
and live-blog notices and "show more" buttons.  Some are in plain ``<p>`` exactly like the story, some in boxes,
``<aside>`` or buttons.  Story text in chrome-like markup: subheads, lists, quotations and fact boxes in the
handwritten and templated stories.  Recurrence traps: templated stories whose stock sentences name the publisher
or give a phone number, read like safety notices, policies or "we update this" notes; short list-opening lines;
handwritten stories about an alert app, a newscast, a price rise, a newsletter, corrections and an app for match
sheets.  The English, French and Spanish publishers, with no corpus stories left, run templated and handwritten
stories and copies of other publishers' stories (the Peruvian daily also one teaser-only JSON-LD page from the
last Spanish reserve passage); the two German ones also run corpus stories, live blogs and JSON-LD variants
(full, teaser-only and stale ``articleBody``).
"""

from __future__ import annotations

import random

from bench.cleaning_set.cms import ALL, COPY, Habit, Publisher, Skin, daily, headline_box, rotating
from bench.cleaning_set.publishers_holdout9 import DE_FROM as DE_FROM9
from bench.cleaning_set.publishers_holdout9 import DE_HOSTS as DE_HOSTS9
from bench.cleaning_set.publishers_holdout9 import EN_FROM as EN_FROM9
from bench.cleaning_set.publishers_holdout9 import EN_HOSTS as EN_HOSTS9
from bench.cleaning_set.publishers_holdout9 import ES_FROM as ES_FROM9
from bench.cleaning_set.publishers_holdout9 import ES_HOSTS as ES_HOSTS9
from bench.cleaning_set.publishers_holdout9 import FR_FROM as FR_FROM9
from bench.cleaning_set.publishers_tune import authors
from bench.cleaning_set.skins_holdout10 import PAGES

H = Habit
NEWS = ("news",)
STORY = ("news", "reposted")
TRIM = ("trimmed",)
TMPL = ("templated",)

EN_HOSTS = ("kdvy11.example", "sankofaonline.example")
DE_HOSTS = ("toelzer-landbote.example", "vennkurier.example")
FR_HOSTS = ("lemascaret.example", "levestiaire.example")
ES_HOSTS = ("diarioelmisti.example", "diariodelmayab.example")
EN_FROM = (*EN_FROM9, *EN_HOSTS9)
DE_FROM = (*DE_FROM9, *DE_HOSTS9)
FR_FROM = (*FR_FROM9, "madinina-matin.example")
ES_FROM = (*ES_FROM9, *ES_HOSTS9)


def _others(hosts: tuple[str, ...], me: str) -> tuple[str, ...]:
    return tuple(h for h in hosts if h != me)


# ---- en: a Yuma / Imperial Valley TV station --------------------------------------------------------------------
_PORTS = ("San Luis I", "Andrade", "Calexico West", "Calexico East")


def _waits(rng: random.Random, _day: int) -> tuple[str, ...]:
    """The border-wait box: the ports of entry and today's waits, new figures every day."""
    out = ["Border crossing waits right now"]
    for port in rng.sample(_PORTS, 3):
        out.append(f"{port}: cars {rng.randrange(15, 140, 5)} min, SENTRI {rng.randrange(5, 40, 5)} min, "
                   f"walkers {rng.randrange(5, 75, 5)} min")
    return tuple(out)


KDVY = Publisher(
    "KDVY Desert Valley 11", "kdvy11.example", "holdout10", "en",
    "Yuma|the Imperial Valley|El Centro|San Luis|Calexico|Somerton",
    "https://www.{host}/news/{section}/{slug}/{id}/",
    Skin(
        page=PAGES["KDVY"],
        article='<article class="kdvy-story"><h1 class="kdvy-story__hed">{h1}</h1><div class="kdvy-story__meta">'
                '{byline}</div>{figure}<div class="kdvy-story__body" itemprop="articleBody">{body}</div></article>',
        byline='<span class="kdvy-story__author">By {author}</span> <span class="kdvy-story__time">Published '
               '<time datetime="{iso}">{date} at {time}</time></span>',
        figure='<div class="kdvy-lead-media"><img src="{src}" alt=""><p class="kdvy-lead-media__cap">{caption} '
               '<span>Credit: {credit}</span></p></div>',
        pieces={"live": '<div class="kdvy-watch"><span class="kdvy-watch__dot"></span><p>{t}</p></div>',
                "es": '<p class="kdvy-es"><a href="/noticias/">{t}</a></p>',
                "more": '<p class="kdvy-more"><b>{t}</b></p>',
                "sponsor": '<div class="kdvy-sponsor"><small>{t}</small></div>',
                "app": '<div class="kdvy-app"><p>{t}</p><a href="/apps/">Get the app</a></div>',
                "nl": '<div class="kdvy-nl"><p>{t}</p><input type="email"><button>Subscribe</button></div>',
                "box": '<aside class="kdvy-border"><h4>{h}</h4><ul>{li}</ul></aside>',
                "small": '<p class="kdvy-fine"><small>{t}</small></p>',
                "i": '<p><i>{t}</i></p>'},
        ad='<div class="kdvy-ad" data-slot="in-story-1"></div>',
        blocks={"h2": '<h3 class="kdvy-sub">{t}</h3>', "ul": '<ul class="kdvy-list">{t}</ul>',
                "quote": '<blockquote class="kdvy-quote"><p>{t}</p></blockquote>',
                "fact": '<div class="kdvy-facts">{t}</div>', "fact-h": '<h4 class="kdvy-facts__title">{t}</h4>'}),
    habits=(
        H("watch-live", (("11 News at Noon is on the air; stream it free on KDVY Now.",),), "top", 0.15, "live",
          on=STORY),
        H("language-toggle", (("¿Prefiere leer en español? Visite Noticias 11.",),), "top", 0.2, "es", on=ALL),
        H("sponsor", (("StormWatch 11 coverage is presented by Ocotillo Heating & Cooling of Yuma.",),), "top", 0.7,
          "sponsor", on=TMPL, topic=r"Weather Service"),
        H("related", (("MORE ON 11 NEWS: {headline}",),), "after1", 0.45, "more", link="headline"),
        H("photo-credit", (("Image courtesy of {photog}.",),), "after1", 0.2, "small", on=STORY),
        H("radar", (("Follow the warning street by street on the live StormWatch 11 radar.",),), "mid", 0.6, "app",
          on=TMPL, topic=r"Weather Service"),
        H("app", (("Breaking news from both sides of the border, in your pocket: the Desert Valley 11 app is free.",),),
          "mid", 0.2, "app"),
        H("video-pointer", (("Our crew was at the scene; the full report from 11 News at 6 plays in the video "
                             "above.",),), "mid", 0.15, "i", on=NEWS),
        *rotating("newsletter", [
            ("The Eleven at Eleven: our newsroom's eleven must-read local stories, emailed every weeknight.",),
            ("Wake up to the Border Morning Report, with the crossing times, the forecast and the day's news before "
             "6 a.m.",),
        ], 15, "end", 0.3, "nl"),
        *daily("holdout10", "border-wait", "kdvy-waits", _waits, "end", 0.25, "box"),
        H("attribution", (("{author} reported this story with information from {source}.",),), "glue", 0.3,
          on=STORY + COPY),
        H("bio", (("{author} reports on {beat} for Desert Valley 11 and fills in on the weekend anchor desk.",
                   "Send {obj} story ideas at {email}."),), "end", 0.35, "i", on=NEWS),
        H("tip", (("See something happening in your neighborhood?",
                   "Share your photos and video with the 11 News desk at 928-555-0111."),), "end", 0.25, "i"),
        H("correction", (("An earlier version of this report misidentified a street; the story has been "
                          "corrected.",),), "end", 0.08, "i", on=NEWS),
        H("url", (("Desert Valley 11 · kdvy11.example · News for Yuma and the Imperial Valley",),), "end", 0.2,
          "small", on=ALL),
        H("copyright", (("© {year} Saguaro Broadcasting Partners, licensee of KDVY-TV, Yuma, Ariz.",
                         "Rebroadcast or republication requires written permission."),), "end", 0.3, "small",
          on=ALL),
        H("origin", (("Desert Valley 11 airs this report as part of a news partnership with {origin}.",),), "top",
          0.7, "i", on=COPY),
        H("read-rest", (("Portions of this report were trimmed for length.",
                         "The complete version is posted on {origin_host}."),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Verónica Lugo/f/the border and immigration/anchor and reporter; Tyler Brandt/m/agriculture "
                    "and water/reporter; Alyssa Moreno/f/education/reporter; Joaquín Ruelas/m/weather/"
                    "meteorologist"),
    plan=(("templated:nwswarn", 10), ("templated:schoolboard", 9), ("hand:h10-en-alertapp", 1),
          ("hand:h10-en-canal", 1), ("hand:h10-en-dates", 1), ("hand:h10-en-noticias", 1), ("syndicated", 6),
          ("edited", 3), ("trimmed", 2), ("repost", 2)),
    sections=("local", "border", "weather", "education"), templates=("nwswarn", "schoolboard"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "kdvy11.example")), ld="article",
    citing=("local officials", "news partners", "public records"),
    agencies=("CNN Newsource", "AP"), photographers=("Yuma County", "KDVY viewer", "Imperial Irrigation District"))

# ---- en: a Ghanaian news site ---------------------------------------------------------------------------------
_SO_HEADS = ("Black Stars squad named for World Cup qualifiers", "Kumasi traders protest new market tolls",
             "Tema Motorway expansion: what drivers should know", "Cocoa farmers get new price for 2025/26 season",
             "Tamale floods: NADMO relocates 300 families", "University lecturers suspend strike after talks",
             "Cape Coast Castle reopens after renovation", "Fuel prices expected to drop in next window")

SO = Publisher(
    "Sankofa Online", "sankofaonline.example", "holdout10", "en", "Accra|Kumasi|Tamale|Takoradi|Cape Coast|Ho",
    "https://{host}/{section}/{y}/{m}/{d}/{slug}/",
    Skin(
        page=PAGES["SO"],
        article='<article class="so-article"><div class="so-article__top"><h1>{h1}</h1><div class="so-article__by">'
                '{byline}</div></div>{figure}<div class="so-article__text">{body}</div></article>',
        byline='<span class="so-writer">{author}</span> · <span class="so-when">{date}</span>',
        figure='<figure class="so-pic"><img src="{src}" alt=""><figcaption>{caption} | {credit}</figcaption>'
               '</figure>',
        para='<p class="so-p">{t}</p>',
        glue='<em class="so-credit">{t}</em>',
        pieces={"rt": '<p class="so-readtime"><span>{t}</span></p>',
                "also": '<p class="so-p"><strong>{t}</strong></p>',
                "tg": '<div class="so-telegram"><p>{t}</p><a href="/telegram/">Join</a></div>',
                "momo": '<div class="so-momo-box"><p>{t}</p></div>',
                "ad": '<p class="so-adlabel">{t}</p>',
                "box": '<div class="so-hot"><h4>{h}</h4><ol>{li}</ol></div>',
                "app": '<div class="so-app-promo"><p>{t}</p></div>',
                "disc": '<p class="so-p"><small><i>{t}</i></small></p>',
                "i": '<p class="so-p"><i>{t}</i></p>',
                "small": '<p class="so-p"><small>{t}</small></p>'},
        blocks={"h2": '<h2 class="so-subhead">{t}</h2>', "ul": '<ul class="so-bullets">{t}</ul>',
                "quote": '<blockquote class="so-quote"><p>{t}</p></blockquote>',
                "fact": '<div class="so-factbox">{t}</div>', "fact-h": '<h3>{t}</h3>'}),
    habits=(
        H("reading-time", (("Estimated reading time: {minutes} minutes",),), "top", 0.3, "rt", on=ALL),
        H("photo-credit", (("[Photo credit: {photog}]",),), "glue_lede", 0.2, on=STORY),
        H("related", (("Read also >> {headline}",),), "after1", 0.45, "also", link="headline"),
        H("notifications", (("Never be caught in the dark: get free outage alerts for your area on the Sankofa "
                             "Online Telegram channel.",),), "top", 0.6, "tg", on=TMPL, topic=r"\bECG\b"),
        H("channel", (("Stay ahead of the news from all 16 regions: join Sankofa Online on Telegram.",),), "mid",
          0.25, "tg"),
        H("ad-label", (("ADVERT – scroll on to keep reading",),), "mid", 0.3, "ad", on=ALL),
        H("donation", (("Independent Ghanaian journalism costs money.",
                        "Support Sankofa Online with Mobile Money on 024 555 2010, reference SANKOFA."),), "mid", 0.2,
          "momo"),
        H("app", (("Read Sankofa Online on the go: our free app is available for Android and iPhone.",),), "end",
          0.15, "app"),
        *daily("holdout10", "most-read", "so-hot", headline_box("Hot on Sankofa Online right now", _SO_HEADS, 3),
               "end", 0.3, "box"),
        H("agency", (("Source: GNA",),), "glue", 0.2, on=STORY + COPY),
        H("attribution", (("Additional reporting by {author}, drawing on information from {source}.",),),
          "glue_space", 0.3, on=STORY + COPY),
        H("bio", (("{author} is a {role} with Sankofa Online who writes about {beat}.", "Contact {obj}: {email}"),),
          "end", 0.3, "i", on=NEWS),
        H("tip", (("Is something happening in your community that Ghana should know about?",
                   "WhatsApp the Sankofa Online newsroom on 050 555 7788."),), "end", 0.25, "i"),
        H("disclaimer", (("Views expressed by the people quoted in this story are theirs and do not necessarily "
                          "reflect the editorial position of Sankofa Online.",),), "end", 0.2, "disc", on=NEWS),
        H("copyright", (("Copyright {year} Sankofa Online Media Ltd.",
                         "Republication in print, on air or online without prior written approval is not "
                         "permitted."),), "end", 0.3, "small", on=ALL),
        H("origin", (("Sankofa Online is republishing this report from {origin} with permission.",),), "top", 0.7,
          "i", on=COPY),
        H("read-rest", (("For the complete report, go to {origin_host}.",),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Akosua Boateng/f/business and the economy/senior reporter; Kofi Mensah-Bonsu/m/politics/"
                    "reporter; Abena Owusu/f/health/reporter; Ibrahim Alhassan/m/the northern regions/"
                    "correspondent"),
    plan=(("templated:ecgoutage", 10), ("templated:marketprices", 9), ("hand:h10-en-premium", 1),
          ("hand:h10-en-corrections", 1), ("hand:h10-en-cedi", 1), ("syndicated", 6), ("edited", 3), ("trimmed", 3),
          ("repost", 2)),
    sections=("news", "business", "regions", "politics"), templates=("ecgoutage", "marketprices"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "sankofaonline.example")), dateline=("ACCRA, Ghana – ",), ld="graph",
    citing=("the Ghana News Agency", "agency reports", "the ministry"),
    agencies=("GNA", "Reuters"), photographers=("Sankofa Online", "Nii Armah Tetteh", "GNA"))

# ---- de: a Bavarian local paper -------------------------------------------------------------------------------
_TLB_HEADS = ("Geretsried: Neues Hallenbad öffnet im Frühjahr", "Brauneck-Bahn fährt ab Dezember mit neuen Gondeln",
              "Kochelsee: Fischer klagen über Kormorane", "Wolfratshausen bekommt einen Wochenmarkt am Abend",
              "Tölzer Leonhardifahrt: So läuft die Anmeldung", "Benediktbeuern: Kloster sucht Ehrenamtliche",
              "Lenggries: Bergwacht zieht Bilanz des Sommers", "Bad Heilbrunn: Kurpark wird neu gestaltet")

TLB = Publisher(
    "Tölzer Landbote", "toelzer-landbote.example", "holdout10", "de",
    "Bad Tölz|Lenggries|Geretsried|Wolfratshausen|Benediktbeuern|das Tölzer Land|der Isarwinkel",
    "https://www.{host}/{section}/{slug}-{id}.html",
    Skin(
        page=PAGES["TLB"],
        article='<article class="tlb-beitrag"><header><p class="tlb-ort">{byline}</p><h1 class="tlb-ueberschrift">'
                '{h1}</h1></header>{figure}<div class="tlb-text">{body}</div></article>',
        byline='<span class="tlb-autor">{author}</span> · <time datetime="{iso}">{date}, {time}</time>',
        figure='<figure class="tlb-foto"><img src="{src}" alt=""><figcaption>{caption} <span>© {credit}</span>'
               '</figcaption></figure>',
        pieces={"dazu": '<p class="tlb-dazu"><strong>{t}</strong></p>',
                "anz": '<div class="tlb-anzeige-hinweis"><span>{t}</span></div>',
                "nl": '<div class="tlb-wochenbrief"><p>{t}</p><button>Anmelden</button></div>',
                "app": '<div class="tlb-app-hinweis"><p>{t}</p></div>',
                "box": '<aside class="tlb-meistgeklickt"><h4>{h}</h4><ul>{li}</ul></aside>',
                "blau": '<p class="tlb-blaulicht-hinweis"><em>{t}</em></p>',
                "klein": '<p class="tlb-fussnote"><small>{t}</small></p>',
                "i": '<p><em>{t}</em></p>',
                "live": '<p class="tlb-ticker-info"><b>{t}</b></p>',
                "older": '<button class="tlb-ticker-mehr" type="button">{t}</button>',
                "paywall": '<div class="tlb-plus-sperre"><p>{t}</p><a href="/abo/">Jetzt testen</a></div>'},
        ad='<div class="tlb-werbeplatz" data-pos="inread"></div>',
        live='<section class="tlb-ticker">{updates}{more}</section>',
        live_update='<div class="tlb-ticker__meldung"><span class="tlb-ticker__uhr"><time datetime="{iso}">{time}'
                    '</time></span><h3>{h}</h3>{body}</div>',
        blocks={"h2": '<h2 class="tlb-zwischen">{t}</h2>', "ul": '<ul class="tlb-aufzaehlung">{t}</ul>',
                "quote": '<blockquote class="tlb-zitat"><p>{t}</p></blockquote>',
                "fact": '<aside class="tlb-kasten">{t}</aside>',
                "fact-h": '<p class="tlb-kasten__titel"><strong>{t}</strong></p>'}),
    habits=(
        H("photo-credit", (("Aufnahme: {photog}",),), "top", 0.2, "klein", on=STORY),
        H("section-promo", (("Alle Einsätze von Polizei, Feuerwehr und Bergwacht im Landkreis sammeln wir auf "
                             "unserer Blaulicht-Seite.",),), "top", 0.6, "blau", on=TMPL, topic=r"Polizei"),
        H("related", (("Weiterer Artikel zum Thema ▸ {headline}",),), "after1", 0.4, "dazu", link="headline"),
        H("ad-label", (("Anzeige · Der Artikel geht unten weiter",),), "mid", 0.3, "anz", on=ALL),
        H("newsletter", (("Was im Oberland los ist, kommt jeden Freitag per Mail: der Landbote-Wochenbrief, "
                          "kostenlos und jederzeit kündbar.",),), "mid", 0.25, "nl"),
        H("app", (("Eilmeldungen aus dem Tölzer Land direkt aufs Handy – mit der kostenlosen Landbote-App.",),),
          "mid", 0.2, "app"),
        *daily("holdout10", "most-read", "tlb-klicks", headline_box("Meistgeklickt im Tölzer Land", _TLB_HEADS, 3),
               "end", 0.25, "box"),
        H("agency", (("(mit Material von dpa/lby)",), ("(lby)",)), "glue_space", 0.25, on=STORY + COPY),
        H("attribution", (("Mitarbeit: {author}; Quelle: {source}.",),), "glue", 0.2, on=STORY + COPY),
        H("bio", (("{author} berichtet für den Tölzer Landboten über {beat}.",
                   "Schreiben Sie {author} an {email}."),), "end", 0.3, "i", on=NEWS),
        H("tip", (("Sie haben etwas beobachtet, worüber wir berichten sollten?",
                   "Die Lokalredaktion ist unter 08041 555-120 erreichbar."),), "end", 0.25, "i"),
        H("follow", (("Den Tölzer Landboten gibt es auch auf Facebook und Instagram – schauen Sie vorbei.",),), "end",
          0.2),
        H("correction", (("Berichtigung: Eine Ortsangabe in diesem Text war zunächst falsch und wurde inzwischen "
                          "korrigiert.",),), "end", 0.1, "i", on=NEWS),
        H("url", (("Mehr Nachrichten aus dem Landkreis lesen Sie auf toelzer-landbote.example.",),), "end", 0.2,
          "klein", on=ALL),
        H("copyright", (("© Tölzer Landbote {year} · Nachdruck und Weitergabe nur mit Zustimmung des Verlags",),),
          "end", 0.3, "klein", on=ALL),
        H("origin", (("Dieser Text stammt von unserem Partnerblatt {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Hier nur ein Auszug.", "Der vollständige Bericht steht auf {origin_host}."),), "end", 1.0,
          "i", on=TRIM, link="origin_host"),
        H("paywall", (("Weiterlesen mit LB plus",
                       "Sie haben Ihre freien Artikel für diesen Monat aufgebraucht.",
                       "30 Tage gratis testen, danach 9,90 Euro monatlich."),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("+++ Wir berichten fortlaufend, neue Meldungen stehen ganz oben +++",),), "top", 0.8,
          "live"),
        H("ui", (("Weitere Meldungen anzeigen",),), "more", 1.0, "older"),
    ),
    authors=authors("Franziska Gröbmair/f/den Isarwinkel/Redakteurin; Korbinian Hangl/m/Geretsried und "
                    "Wolfratshausen/Redakteur; Theresa Obermüller/f/Kultur und Brauchtum/Redakteurin; "
                    "Michael Rieder/m/Blaulicht und Verkehr/Redakteur"),
    plan=(("templated:polizeimeldungen", 7), ("templated:gemeinderat", 6), ("news", 9), ("liveblog", 1),
          ("jsonld-full", 1), ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1), ("hand:h10-de-abo", 1),
          ("hand:h10-de-almabtrieb", 1), ("hand:h10-de-isar", 1), ("syndicated", 2), ("edited", 1), ("trimmed", 1),
          ("repost", 2)),
    sections=("lokales", "gemeinden", "blaulicht", "freizeit"), templates=("polizeimeldungen", "gemeinderat"),
    live_show=5, copy_from=(*DE_FROM, "vennkurier.example"), dateline=("Bad Tölz – ", "Lenggries – "),
    ld="article", citing=("Polizei", "Landratsamt", "Gemeinde"), agencies=("dpa", "lby"),
    photographers=("Landbote/Hangl", "Arndt Pröhl", "Polizei Oberbayern"))

# ---- de: an East Belgian German-language daily -------------------------------------------------------------------
def _talsperre(rng: random.Random, _day: int) -> tuple[str, ...]:
    """The dam widget: the reservoirs' levels today."""
    return ("Talsperren in Ostbelgien heute",
            f"Wesertalsperre: {rng.uniform(70, 92):.1f} % gefüllt".replace(".", ","),
            f"Gileppe: {rng.uniform(65, 90):.1f} % gefüllt".replace(".", ","),
            f"Bütgenbach: {rng.uniform(75, 96):.1f} % gefüllt".replace(".", ","))


VK = Publisher(
    "Venn-Kurier", "vennkurier.example", "holdout10", "de", "Eupen|St. Vith|Kelmis|Bütgenbach|Raeren|Ostbelgien",
    "https://{host}/{section}/{y}/{m}/{d}/{slug}/",
    Skin(
        page=PAGES["VK"],
        article='<article class="vk-artikel"><h1 class="vk-artikel__titel">{h1}</h1><div class="vk-artikel__info">'
                '{byline}</div>{figure}<div class="vk-artikel__inhalt">{body}</div></article>',
        byline='<span class="vk-autor">{author}</span> <time datetime="{iso}">{date} um {time}</time>',
        figure='<figure class="vk-bild"><img src="{src}" alt=""><figcaption>{caption} – Bildquelle: {credit}'
               '</figcaption></figure>',
        para='<p class="vk-absatz">{t}</p>',
        pieces={"fr": '<p class="vk-sprache"><a href="/fr/">{t}</a></p>',
                "verw": '<p class="vk-absatz"><b>{t}</b></p>',
                "abo": '<div class="vk-abo-box"><p>{t}</p><a href="/abo/">Angebote ansehen</a></div>',
                "push": '<div class="vk-push"><p>{t}</p><button>Aktivieren</button></div>',
                "pod": '<aside class="vk-podcast"><p>{t}</p></aside>',
                "box": '<aside class="vk-talsperren"><h4>{h}</h4><ul>{li}</ul></aside>',
                "wa": '<div class="vk-whatsapp"><p>{t}</p></div>',
                "klein": '<p class="vk-absatz vk-klein"><small>{t}</small></p>',
                "i": '<p class="vk-absatz"><i>{t}</i></p>',
                "live": '<div class="vk-ticker-hinweis"><p>{t}</p></div>',
                "older": '<button class="vk-ticker-frueher">{t}</button>',
                "paywall": '<div class="vk-plus"><p>{t}</p><a href="/login/">Einloggen</a></div>'},
        ad='<div class="vk-werbung" data-ad="content"></div>',
        live='<div class="vk-liveticker">{updates}{more}</div>',
        live_update='<article class="vk-liveticker__post" data-nr="{n}"><p class="vk-liveticker__zeit"><time '
                    'datetime="{iso}">{time}</time></p><h3>{h}</h3>{body}</article>',
        blocks={"h2": '<h2 class="vk-zwischentitel">{t}</h2>', "ul": '<ul class="vk-liste">{t}</ul>',
                "quote": '<blockquote class="vk-zitat"><p>{t}</p></blockquote>',
                "fact": '<aside class="vk-infokasten">{t}</aside>', "fact-h": '<h4>{t}</h4>'}),
    habits=(
        H("translation", (("Diesen Artikel gibt es auch auf Französisch.",),), "top", 0.15, "fr", on=ALL),
        H("photo-credit", (("Bildquelle: {photog}",),), "top", 0.2, "klein", on=STORY),
        H("related", (("Verwandter Artikel: {headline}",),), "after1", 0.4, "verw", link="headline"),
        H("channel", (("Spritpreis-Alarm aufs Handy: Schicken Sie „Tanken“ per WhatsApp an +32 470 55 55 10.",),),
          "mid", 0.6, "wa", on=TMPL, topic=r"Höchstpreis"),
        H("subscription", (("Venn-Kurier Digital: alle Artikel, das E-Paper und das Archiv ab 11,50 Euro im "
                            "Monat.",),), "mid", 0.2, "abo"),
        H("push", (("Aktivieren Sie unsere Push-Mitteilungen, dann wissen Sie als Erste, was in Ostbelgien "
                    "passiert.",),), "mid", 0.2, "push"),
        *daily("holdout10", "dam-level", "vk-talsperren", _talsperre, "end", 0.2, "box"),
        H("podcast", (("Neu: „Zwischen Venn und Schneifel“, der Podcast des Venn-Kuriers, jeden zweiten "
                       "Dienstag.",),), "end", 0.2, "pod"),
        H("agency", (("(belga/vk)",), ("(vk/belga)",)), "glue_space", 0.25, on=STORY + COPY),
        H("bio", (("{author} schreibt seit {since} für den Venn-Kurier und kümmert sich dort um {beat}.",
                   "Erreichbar unter {email}."),), "end", 0.3, "i", on=NEWS),
        H("tip", (("Hinweise an die Redaktion: Telefon +32 87 555 310 oder redaktion@vennkurier.example",),), "end",
          0.25, "i"),
        H("correction", (("Richtigstellung: In der ursprünglichen Fassung dieses Beitrags war ein Name falsch "
                          "geschrieben.",),), "end", 0.1, "i", on=NEWS),
        H("comments", (("Zu diesem Beitrag können keine Kommentare mehr abgegeben werden.",),), "end", 0.15, "klein",
          on=NEWS),
        H("url", (("Venn-Kurier – die Tageszeitung für Ostbelgien · vennkurier.example",),), "end", 0.2, "klein",
          on=ALL),
        H("copyright", (("© Venn-Kurier AG {year}.",
                         "Jede Weiterverbreitung bedarf der schriftlichen Zustimmung der Redaktion."),), "end", 0.3,
          "klein", on=ALL),
        H("origin", (("Mit freundlicher Genehmigung übernommen von {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Kurzfassung des Originals.", "Der Originaltext ist auf {origin_host} zu finden."),), "end",
          1.0, "i", on=TRIM, link="origin_host"),
        H("paywall", (("Dieser Beitrag gehört zu VK+.",
                       "Lesen Sie weiter mit einem Digitalabo – der erste Monat kostet nichts.",
                       "Schon Abonnent? Dann melden Sie sich hier an"),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Ticker: Wir aktualisieren diese Seite laufend, bitte neu laden.",),), "top", 0.8,
          "live"),
        H("ui", (("Frühere Meldungen einblenden",),), "more", 1.0, "older"),
    ),
    authors=authors("Ingrid Heinen/f/die Gemeinschaftspolitik/Redakteurin; Patrick Schmitz/m/die Eifel/Redakteur; "
                    "Nadine Cremer/f/Wirtschaft und Grenzgänger/Redakteurin; Guido Lentz/m/den Sport/Redakteur"),
    plan=(("templated:hoechstpreise", 7), ("templated:baustellen", 6), ("news", 9), ("liveblog", 1),
          ("jsonld-full", 2), ("jsonld-teaser", 1), ("jsonld-stale", 1), ("hand:h10-de-samstag", 1),
          ("hand:h10-de-newsletter", 1), ("hand:h10-de-grenzgaenger", 1), ("syndicated", 3), ("trimmed", 1),
          ("edited", 1), ("repost", 1)),
    sections=("ostbelgien", "eupen", "eifel", "belgien"), templates=("hoechstpreise", "baustellen"), live_show=6,
    copy_from=(*DE_FROM, "toelzer-landbote.example"), ld="graph", ld_join="\n",
    citing=("Belga", "Gemeinde", "Polizeizone Weser-Göhl"), agencies=("Belga", "dpa"),
    photographers=("VK/Patrick Schmitz", "Belga", "David Hagemann"))

# ---- fr: an Acadian regional site ---------------------------------------------------------------------------------
_LM_HEADS = ("Festival acadien de Caraquet : une édition record", "Dieppe adopte son budget sans hausse de taxes",
             "Université de Moncton : les inscriptions en hausse", "Le pont de la Confédération fermé aux motos",
             "Shippagan : l'aquarium rouvre ses portes", "Tintamarre : les rues fermées le 15 août",
             "Bouctouche : le pays de la Sagouine fête ses 30 ans", "Pêche au crabe : une saison écourtée")

LM = Publisher(
    "Le Mascaret", "lemascaret.example", "holdout10", "fr",
    "Moncton|Dieppe|Shédiac|la Péninsule acadienne|Caraquet|Shippagan|Bouctouche",
    "https://{host}/{section}/{slug}-{id}",
    Skin(
        page=PAGES["LM"],
        article='<article class="lm-article"><h1 class="lm-article__titre">{h1}</h1><p class="lm-article__signature">'
                '{byline}</p>{figure}<div class="lm-article__corps">{body}</div></article>',
        byline='<span class="lm-auteur">{author}</span> — <time datetime="{iso}">{date}, {time}</time>',
        figure='<figure class="lm-photo"><img src="{src}" alt=""><figcaption>{caption} (Photo {credit})</figcaption>'
               '</figure>',
        pieces={"cred": '<p class="lm-credit"><small>{t}</small></p>',
                "meme": '<p class="lm-meme-sujet"><strong>{t}</strong></p>',
                "info": '<div class="lm-infolettre"><p>{t}</p><button>Je m’abonne</button></div>',
                "don": '<div class="lm-appel-don"><p>{t}</p><a href="/don/">Faire un don</a></div>',
                "pub": '<p class="lm-etiquette-pub">{t}</p>',
                "box": '<aside class="lm-populaire"><h4>{h}</h4><ul>{li}</ul></aside>',
                "alerte": '<div class="lm-alertes"><p>{t}</p></div>',
                "petit": '<p class="lm-note"><small>{t}</small></p>',
                "em": '<p><em>{t}</em></p>'},
        entities="french",
        blocks={"h2": '<h2 class="lm-intertitre">{t}</h2>', "ul": '<ul class="lm-puces">{t}</ul>',
                "quote": '<blockquote class="lm-citation"><p>{t}</p></blockquote>',
                "fact": '<aside class="lm-encadre">{t}</aside>', "fact-h": '<h3>{t}</h3>'}),
    habits=(
        H("photo-credit", (("Photographie fournie par {photog}",),), "top", 0.2, "cred", on=STORY),
        H("notifications", (("Recevez une alerte dès qu'un avis d'ébullition est émis ou levé dans votre "
                             "municipalité : inscrivez-vous aux alertes du Mascaret.",),), "mid", 0.6, "alerte",
          on=TMPL, topic=r"ébullition"),
        H("related", (("Dans la même veine → {headline}",),), "after1", 0.4, "meme", link="headline"),
        H("newsletter", (("L'Acadie en bref, notre infolettre gratuite, arrive chaque matin de semaine à 6 h 30.",),),
          "mid", 0.25, "info"),
        H("ad-label", (("PUBLICITÉ – la suite de l'article plus bas",),), "mid", 0.25, "pub", on=ALL),
        *rotating("donation", [
            ("Le Mascaret est une coopérative sans but lucratif.", "Un don, même modeste, garde l'information "
             "acadienne gratuite pour tout le monde."),
            ("Chaque dollar donné au Mascaret reste en Acadie.", "Les dons de plus de 20 $ donnent droit à un reçu "
             "fiscal."),
        ], 15, "end", 0.3, "don"),
        *daily("holdout10", "most-read", "lm-populaire", headline_box("Populaire cette semaine en Acadie", _LM_HEADS,
                                                                      3), "end", 0.25, "box"),
        H("agency", (("(Avec La Presse Canadienne)",),), "glue_space", 0.2, on=STORY + COPY),
        H("attribution", (("Texte de {author}, d'après des informations de {source}.",),), "glue", 0.25,
          on=STORY + COPY),
        H("funding", (("Ce contenu est produit grâce à l'Initiative de journalisme local, financée par le "
                       "gouvernement du Canada.",),), "end", 0.35, "petit", on=NEWS),
        H("bio", (("{author} est journaliste au Mascaret et couvre {beat}.", "On peut lui écrire à {email}."),),
          "end", 0.3, "em", on=NEWS),
        H("tip", (("Une information à nous transmettre?",
                   "Écrivez à nouvelles@lemascaret.example ou envoyez un texto au 506 555-0142."),), "end", 0.25,
          "em"),
        H("follow", (("Suivez Le Mascaret sur Facebook, Instagram et Bluesky.",),), "end", 0.2),
        H("correction", (("Précision : une version antérieure de ce texte indiquait le mauvais nom de "
                          "municipalité.",),), "end", 0.08, "em", on=NEWS),
        H("url", (("lemascaret.example – l'actualité de l'Acadie, sept jours sur sept",),), "end", 0.2, "petit",
          on=ALL),
        H("copyright", (("© {year} Coopérative de presse Le Mascaret.",
                         "Toute reproduction est interdite sans autorisation écrite."),), "end", 0.3, "petit",
          on=ALL),
        H("origin", (("Ce texte est d'abord paru dans {origin} ; Le Mascaret le reprend avec permission.",),), "top",
          0.7, "em", on=COPY),
        H("read-rest", (("Extrait seulement.", "La suite se trouve sur {origin_host}."),), "end", 1.0, "em",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Josée Landry/f/la Péninsule acadienne/journaliste; Marc-André Cormier/m/la politique "
                    "provinciale/journaliste; Nathalie Goguen/f/la santé/journaliste; Rédaction/m/l'Acadie/desk"),
    plan=(("templated:ebullition", 11), ("templated:necroacadie", 10), ("hand:h10-fr-infolettre", 1),
          ("hand:h10-fr-homard", 1), ("hand:h10-fr-rectificatif", 1), ("syndicated", 5), ("edited", 2),
          ("trimmed", 2), ("repost", 2)),
    sections=("acadie", "grand-moncton", "peninsule", "peche"), templates=("ebullition", "necroacadie"),
    copy_from=(*FR_FROM, *_others(FR_HOSTS, "lemascaret.example")), ld="article", ld_join=" ",
    citing=("des sources officielles", "la municipalité", "ses partenaires"),
    agencies=("PC", "Le Mascaret"), photographers=("Le Mascaret", "Maurice Doiron", "Municipalité de Dieppe"))

# ---- fr: a Belgian French-language sports site ------------------------------------------------------------------
_P1_CLUBS = ("RFC Warnant", "RFC Sprimont", "Aywaille FC", "JS Ougrée", "RFC Huy", "US Comblain", "RCS Verlaine",
             "FC Hannut B")


def _classement(rng: random.Random, day: int) -> tuple[str, ...]:
    """The standings box of P1 Liège: the top four, new after each day's matches."""
    clubs = rng.sample(_P1_CLUBS, 4)
    base = 3 + (day // 7) * 2
    pts = sorted((base + rng.randint(0, 4) for _ in clubs), reverse=True)
    return ("Classement P1 Liège", *(f"{i + 1}. {c}, {p} pts" for i, (c, p) in enumerate(zip(clubs, pts,
                                                                                          strict=True))))


LV = Publisher(
    "Le Vestiaire", "levestiaire.example", "holdout10", "fr", "Liège|Charleroi|le Hainaut|Namur|Verviers|la Wallonie",
    "https://www.{host}/{section}/{slug}.{id}",
    Skin(
        page=PAGES["LV"],
        article='<div class="lv-fiche"><h1 class="lv-fiche__titre">{h1}</h1><div class="lv-fiche__auteur">{byline}'
                '</div>{figure}<div class="lv-fiche__texte">{body}</div></div>',
        byline='<span class="lv-signe">{author}</span> <span class="lv-date">{date} à {time}</span>',
        figure='<div class="lv-visuel"><img src="{src}" alt=""><span class="lv-visuel__leg">{caption} © {credit}'
               '</span></div>',
        para='<p class="lv-p">{t}</p>',
        pieces={"dossier": '<p class="lv-p lv-dossier"><b>{t}</b></p>',
                "jeu": '<p class="lv-jeu-resp"><small>{t}</small></p>',
                "app": '<div class="lv-app"><p>{t}</p><a href="/app/">Installer</a></div>',
                "nl": '<div class="lv-newsletter"><p>{t}</p><button>OK</button></div>',
                "video": '<p class="lv-p"><i>{t}</i></p>',
                "box": '<aside class="lv-classement"><h4>{h}</h4><ol>{li}</ol></aside>',
                "annonce": '<div class="lv-annonce"><span>{t}</span></div>',
                "note": '<p class="lv-p lv-note"><small>{t}</small></p>',
                "em": '<p class="lv-p"><em>{t}</em></p>'},
        ad='<div class="lv-pub-slot" data-pos="milieu"></div>',
        entities="french",
        blocks={"h2": '<h2 class="lv-inter">{t}</h2>', "ul": '<ul class="lv-liste">{t}</ul>',
                "quote": '<blockquote class="lv-cite"><p>{t}</p></blockquote>'}),
    habits=(
        H("data-note", (("Résultats encodés par notre réseau de correspondants ; la page se met à jour toutes les "
                         "quinze minutes le dimanche.",),), "top", 0.6, "note", on=TMPL, topic=r"journée"),
        H("related", (("→ Notre dossier : {headline}",),), "after1", 0.4, "dossier", link="headline"),
        H("ad-label", (("Annonce",),), "mid", 0.3, "annonce", on=ALL),
        H("app", (("Tous les scores de la P4 à la Pro League en direct : installez l'app du Vestiaire.",),), "mid",
          0.25, "app"),
        H("video-pointer", (("VIDÉO | Le résumé en images est à revoir juste au-dessus.",),), "mid",
          0.15, "video", on=NEWS),
        H("gambling", (("Pariez de façon responsable.", "Les paris sont interdits aux moins de 18 ans.",
                        "Le jeu doit rester un plaisir : fixez-vous des limites de temps et d'argent."),), "end", 0.8,
          "jeu",
          on=ALL, topic=r"(?i)\b(match|journée|but)\b"),
        H("newsletter", (("Le Vestiaire du lundi : le résumé du week-end de foot wallon, dans votre boîte mail dès "
                          "7 h.",),), "end", 0.25, "nl"),
        *daily("holdout10", "standings", "lv-classement", _classement, "end", 0.25, "box"),
        H("agency", (("(B. avec Belga)",),), "glue_space", 0.2, on=STORY + COPY),
        H("attribution", (("Par {author}, avec {source}.",),), "glue", 0.25, on=STORY + COPY),
        H("bio", (("{author} suit {beat} pour Le Vestiaire depuis {since}.", "Contact : {email}"),), "end", 0.3,
          "em", on=NEWS),
        H("tip", (("Un résultat de votre club manque ?",
                   "Envoyez-le à resultats@levestiaire.example avant dimanche 20 h."),), "end", 0.25, "em"),
        H("follow", (("Le Vestiaire est aussi sur Instagram et TikTok : @levestiaire.be",),), "end", 0.2),
        H("copyright", (("© Le Vestiaire SRL {year}.", "Reproduction des textes et des photos soumise à accord "
                                                          "préalable."),), "end", 0.3, "note", on=ALL),
        H("origin", (("Le Vestiaire publie cet article de {origin} dans le cadre d'un échange de contenus.",),),
          "top", 0.7, "em", on=COPY),
        H("read-rest", (("Texte raccourci par la rédaction.", "L'intégralité figure sur {origin_host}."),), "end", 1.0,
          "em", on=TRIM, link="origin_host"),
    ),
    authors=authors("Jérôme Lambotte/m/le football provincial/journaliste; Sarah Dethier/f/le cyclisme/"
                    "journaliste; Kevin Mathy/m/le basket/journaliste; Rédaction/m/le sport wallon/desk"),
    plan=(("templated:provinciales", 11), ("templated:jogging", 10), ("hand:h10-fr-abonnements", 1),
          ("hand:h10-fr-appli", 1), ("hand:h10-fr-cyclocross", 1), ("syndicated", 4), ("edited", 2), ("trimmed", 2),
          ("repost", 2)),
    sections=("foot", "provinciales", "cyclisme", "running"), templates=("provinciales", "jogging"),
    copy_from=(*FR_FROM, *_others(FR_HOSTS, "levestiaire.example")), ld="article",
    citing=("le club", "l'ACFF", "l'organisateur"),
    agencies=("Belga", "Le Vestiaire"), photographers=("Le Vestiaire/Thierry Dricot", "Belga", "Photo News"))

# ---- es: a Peruvian regional daily ------------------------------------------------------------------------------
_MISTI_HEADS = ("Arequipa: inauguran el nuevo puente Chilina", "Melgar cae en casa y se aleja de la punta",
                "Colca: turistas varados por huaico en Chivay",
                "Cerro Colorado: vecinos bloquean la vía de Evitamiento",
                "Mollendo se prepara para la temporada de verano", "Yanahuara: restauran la iglesia de San Juan",
                "Camaná: pescadores denuncian derrame en la playa", "Sedapar anuncia nuevo reservorio en Socabaya")

MISTI = Publisher(
    "Diario El Misti", "diarioelmisti.example", "holdout10", "es",
    "Arequipa|Cayma|Yanahuara|Cerro Colorado|el Colca|Camaná|Mollendo",
    "https://{host}/{section}/{slug}-n{id}",
    Skin(
        page=PAGES["EM"],
        article='<article class="misti-articulo"><h1 class="misti-articulo__titulo">{h1}</h1><div '
                'class="misti-articulo__firma">{byline}</div>{figure}<div class="misti-articulo__texto">{body}</div>'
                '</article>',
        byline='<span class="misti-autor">{author}</span> | <span class="misti-fecha">{date}, {time}</span>',
        figure='<figure class="misti-imagen"><img src="{src}" alt=""><figcaption>{caption} ({credit})</figcaption>'
               '</figure>',
        glue='<span class="misti-credito">{t}</span>',
        pieces={"lee": '<p class="misti-lee"><strong>{t}</strong></p>',
                "alta": '<div class="misti-alta"><p>{t}</p></div>',
                "radio": '<aside class="misti-radio"><p>{t}</p></aside>',
                "pub": '<p class="misti-publi">{t}</p>',
                "clima": '<p class="misti-clima"><em>{t}</em></p>',
                "box": '<aside class="misti-mas-visto"><h4>{h}</h4><ul>{li}</ul></aside>',
                "nota": '<p><em>{t}</em></p>',
                "legal": '<p class="misti-legal"><small>{t}</small></p>'},
        ad='<div class="misti-anuncio" data-slot="nota-1"></div>',
        blocks={"h2": '<h2 class="misti-subtitulo">{t}</h2>', "ul": '<ul class="misti-vinetas">{t}</ul>',
                "quote": '<blockquote class="misti-cita"><p>{t}</p></blockquote>'}),
    habits=(
        H("photo-credit", (("(Imagen: {photog})",),), "glue_lede", 0.2, on=STORY),
        H("section-promo", (("Revisa el pronóstico por distrito en la sección Clima de Diario El Misti.",),), "end",
          0.6, "clima", on=TMPL, topic=r"Senamhi"),
        H("related", (("LEE AQUÍ ➤ {headline}",),), "after1", 0.45, "lee", link="headline"),
        H("channel", (("Recibe las noticias de Arequipa en tu celular: escríbenos «ALTA» al 959 555 210.",),), "mid",
          0.25, "alta"),
        H("ad-label", (("Espacio publicitario",),), "mid", 0.25, "pub", on=ALL),
        H("broadcast", (("Escucha «Misti al mediodía», de lunes a viernes a las 12.30 horas en nuestra señal en "
                         "vivo.",),), "mid", 0.2, "radio"),
        *daily("holdout10", "most-read", "misti-visto", headline_box("Las notas más leídas del día en Arequipa",
                                                                  _MISTI_HEADS, 3),
               "end", 0.25, "box"),
        H("agency", (("(Andina)",),), "glue_space", 0.25, on=STORY + COPY),
        H("attribution", (("Con reportes de {author} y datos de {source}.",),), "glue", 0.25, on=STORY + COPY),
        H("bio", (("{author} cubre {beat} para Diario El Misti.", "Escríbele a {email}."),), "end", 0.3, "nota",
          on=NEWS),
        H("tip", (("¿Fuiste testigo de algo que debamos contar?", "Mándanos fotos y videos al WhatsApp 959 555 211."),),
          "end", 0.25, "nota"),
        H("follow", (("Encuéntranos en Facebook, TikTok y YouTube como Diario El Misti.",),), "end", 0.2),
        H("correction", (("Aclaración: una versión previa de esta nota atribuyó una cita a otra autoridad.",),), "end",
          0.08, "nota", on=NEWS),
        H("copyright", (("Los contenidos de Diario El Misti no pueden copiarse ni redistribuirse sin permiso de "
                         "Editora Misti S.A.C.",),), "end", 0.3, "legal", on=ALL),
        H("origin", (("Esta nota fue publicada primero por {origin}.",),), "top", 0.7, "nota", on=COPY),
        H("read-rest", (("Resumen de la nota.", "Léela completa en {origin_host}."),), "end", 1.0, "nota", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Milagros Apaza/f/la ciudad/redactora; Renzo Valdivia/m/policiales/redactor; Karina Huanca/f/"
                    "economía y turismo/redactora; Redacción/m/Arequipa/redacción"),
    plan=(("templated:heladas", 10), ("templated:cortesagua", 9), ("hand:h10-es-boletin", 1),
          ("hand:h10-es-colca", 1), ("hand:h10-es-sismo", 1), ("jsonld-teaser", 1), ("syndicated", 5),
          ("edited", 2), ("trimmed", 2), ("repost", 2)),
    sections=("arequipa", "region", "economia", "policiales"), templates=("heladas", "cortesagua"),
    copy_from=(*ES_FROM, *_others(ES_HOSTS, "diarioelmisti.example")), ld="article",
    citing=("fuentes oficiales", "la agencia Andina", "medios aliados"),
    agencies=("Andina", "EFE"), photographers=("Diario El Misti", "Andina", "Municipalidad de Arequipa"))

# ---- es: a Yucatán state daily ----------------------------------------------------------------------------------
_DM_HEADS = ("Mérida: abren el nuevo parque de La Plancha", "Tren Maya suma corrida nocturna a Valladolid",
             "Progreso: pescadores esperan el fin de la veda del pulpo", "Kanasín estrena clínica del IMSS-Bienestar",
             "Leones de Yucatán anuncian refuerzos", "Hanal Pixán: el programa de actividades en el Centro",
             "Tizimín: la feria de Reyes ya tiene fechas", "Chichén Itzá cerrará por el equinoccio de otoño")

DM = Publisher(
    "Diario del Mayab", "diariodelmayab.example", "holdout10", "es",
    "Mérida|Progreso|Valladolid|Tizimín|Kanasín|el oriente del estado|la costa yucateca",
    "https://www.{host}/{section}/{y}/{m}/{d}/{slug}-{id}.html",
    Skin(
        page=PAGES["DM"],
        article='<div class="mayab-nota"><h1 class="mayab-nota__titulo">{h1}</h1><p class="mayab-nota__autor">{byline}'
                '</p>{figure}<div class="mayab-nota__cuerpo">{body}</div></div>',
        byline='<span>{author}</span> · <time datetime="{iso}">{date}</time>',
        figure='<div class="mayab-foto"><img src="{src}" alt=""><p class="mayab-foto__pie">{caption} Fotografía: '
               '{credit}</p></div>',
        para='<p class="mayab-parrafo">{t}</p>',
        pieces={"maya": '<p class="mayab-maya"><a href="/maya/">{t}</a></p>',
                "int": '<p class="mayab-parrafo"><strong>{t}</strong></p>',
                "bol": '<div class="mayab-boletin"><p>{t}</p><button>Suscribirme</button></div>',
                "app": '<div class="mayab-app"><p>{t}</p><a href="/app/">Descargar</a></div>',
                "susc": '<div class="mayab-suscripcion"><p>{t}</p></div>',
                "box": '<aside class="mayab-mas"><h4>{h}</h4><ul>{li}</ul></aside>',
                "juego": '<p class="mayab-juego"><small>{t}</small></p>',
                "nota": '<p class="mayab-parrafo"><i>{t}</i></p>',
                "legal": '<p class="mayab-legal"><small>{t}</small></p>'},
        ad='<div class="mayab-anuncio" data-ad="intexto"></div>',
        blocks={"h2": '<h2 class="mayab-intertitulo">{t}</h2>', "ul": '<ul class="mayab-lista">{t}</ul>',
                "quote": '<blockquote class="mayab-cita"><p>{t}</p></blockquote>',
                "fact": '<div class="mayab-recuadro">{t}</div>', "fact-h": '<h3>{t}</h3>'}),
    habits=(
        H("language-toggle", (("Escucha esta nota en lengua maya",),), "top", 0.15, "maya", on=ALL),
        H("photo-credit", (("Fotografía: {photog} / Diario del Mayab",),), "after1", 0.2, "nota", on=STORY),
        H("related", (("Relacionado ▹ {headline}",),), "after1", 0.4, "int", link="headline"),
        H("newsletter", (("«Buenos días, Yucatán», nuestro boletín matutino, llega a tu correo antes de las 7 de la "
                          "mañana.",),), "mid", 0.25, "bol"),
        H("app", (("Descarga la app del Diario del Mayab y activa las notificaciones de última hora.",),), "mid",
          0.2, "app"),
        H("subscription", (("Suscripción digital al Diario del Mayab: 99 pesos al mes, cancela cuando quieras.",),),
          "mid", 0.15, "susc"),
        H("gambling", (("Juega con responsabilidad.", "La venta de boletos a menores de edad está prohibida."),),
          "end", 1.0, "juego", on=TMPL, topic=r"Melate"),
        H("naming-note", (("Por respeto a la presunción de inocencia, los nombres de las personas detenidas se "
                           "publican con iniciales.",),), "end", 0.4, "legal", on=ALL,
          topic=r"(?i)\b(detenid|imputad|Fiscalía|policía)"),
        *daily("holdout10", "more-from", "dm-mas", headline_box("Más de Mérida y el interior", _DM_HEADS, 3), "end",
               0.25, "box"),
        H("agency", (("(Con información de Agencia Peninsular)",),), "glue_space", 0.2, on=STORY + COPY),
        H("attribution", (("Información de {author}, con datos de {source}.",),), "glue", 0.25, on=STORY + COPY),
        H("bio", (("{author} es reporter{o} de la sección {beat} del Diario del Mayab.", "Correo: {email}"),), "end",
          0.3, "nota", on=NEWS),
        H("tip", (("¿Sabes de algo que deba publicarse?", "Mándanos un mensaje al 999 555 3030."),), "end", 0.25,
          "nota"),
        H("follow", (("Agréganos como fuente preferida en Google y encuentra primero las noticias de la "
                      "península.",),), "end", 0.2),
        H("correction", (("Nota del editor: esta información fue corregida para precisar una cifra.",),), "end", 0.08,
          "nota", on=NEWS),
        H("copyright", (("© {year} Compañía Editorial del Mayab.",
                         "Todo el contenido de este sitio está protegido por la ley de derechos de autor."),), "end",
          0.3, "legal", on=ALL),
        H("origin", (("Nota tomada de {origin}, medio aliado del Diario del Mayab.",),), "top", 0.7, "nota", on=COPY),
        H("read-rest", (("Versión breve.", "Consulta la nota original en {origin_host}."),), "end", 1.0, "nota",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Landy Pech/f/Mérida/reportera; Wilbert Canul/m/Policía/reportero; Ana Cristina Dzib/f/Cultura/"
                    "reportera; Redacción/m/Yucatán/redacción"),
    plan=(("templated:melate", 10), ("templated:audiencias", 10), ("hand:h10-es-appciclon", 1),
          ("hand:h10-es-rectificacion", 1), ("hand:h10-es-henequen", 1), ("syndicated", 5), ("edited", 2),
          ("trimmed", 2), ("repost", 2)),
    sections=("merida", "yucatan", "policia", "cultura"), templates=("melate", "audiencias"),
    copy_from=(*ES_FROM, *_others(ES_HOSTS, "diariodelmayab.example")), ld="graph", ld_join="\n",
    citing=("autoridades locales", "agencias", "fuentes oficiales"),
    agencies=("Agencia Peninsular", "EFE"), photographers=("Diario del Mayab", "Jorge Pérez", "SSP Yucatán"))

HOLDOUT10 = (KDVY, SO, TLB, VK, LM, LV, MISTI, DM)
