"""The eight publishers of the 'holdout12' half (en x2, de x2, fr x2, es x2), written after the other thirteen
halves, by someone who had not read the cleaner, before it was run on them.  They are kinds of newsroom, in
regions, the other halves lack: a Kampala university's student paper (Uganda), a Newfoundland fishing trade site,
a Liechtenstein regional daily, a German-language Lutheran community weekly in Sibiu (Transylvania, Romania), a
Malagasy business wire in Antananarivo, a public broadcaster's radio in Saint-Pierre-et-Miquelon, a Costa Rican
farm trade site and a Panamanian tabloid.  Their boilerplate wording, labels and markup are new.

What they bring (kinds only; the wordings are the publishers' own): a readers' survey with a prize that changes
every week, an "advertise with us" call and an editorial-independence note on the student paper; a tides widget
(rows that are not sentences) between story paragraphs, a call to get price alerts by text and a safety
sponsor's line on the fishing site; a "checked by our documentation" note, a "how we work" standards line and a
death-notices pointer on the Liechtenstein daily; the daily watchword (a box of Bible verses that changes every
day), the copy deadline for the next issue and a call to send prayer requests on the church weekly; the "about
the wire" paragraph, a press contact, a forward-looking-statements caveat and a distribution note glued to the
last sentence on the business wire; an accessibility note and a "watch again" replay line (time first) on the
broadcaster; a discount code for a fair and an "ask our agronomist" line on the farm site; a horoscope teaser
(weekday first), a lottery-results widget and a reactions bar on the tabloid; plus the usual kinds in new
wordings: related links, newsletters, apps, push calls, follow lines, tip lines, bios (some slot-first, the name
first, and on the fishing and farm sites a bio with a contact line under copies of other publishers' stories),
agency credits and attributions glued to the last sentence with and without a space, photo credits glued to the
lede, ad labels mid-body, corrections, copyright lines, a print-edition note, donation calls, origin notes and
"the rest is at" tails on copies, a paywall under the German sites' JSON-LD-only pages and live-blog notices and
"show more" buttons.  Some are in plain ``<p>`` exactly like the story, some in boxes, ``<aside>`` or buttons.
Story text in chrome-like markup: subheads, lists, quotations and fact boxes (``<aside>``, a heading and sentence
lines) in the handwritten and templated stories.  Recurrence traps: templated stories whose stock sentences
give advice ("Donors are advised to eat a meal", "Harvesters are reminded to check the marine forecast"), name
the publisher ("those reported to the Harbour Log", "n'engagent pas Tana Éco Fil", "según el conteo de Chiva
Exprés"), read like a disclaimer ("Ces cours sont indicatifs et ne constituent pas une recommandation") or a tip
line ("llame al 104 de forma anónima"); handwritten stories about a WhatsApp newsletter, a reporter's award, a
fees app, a paywall, a lifejacket donation drive, a copyright case, a church's donation campaign, an e-mail
newsletter, a mobile-banking app, a new chief executive's career, an accessibility service, a call for listeners'
photos, WhatsApp price alerts, fair tickets, a copyright suit, a charity raffle, a metro app and a horoscope
writer's retirement.  The English, French and Spanish publishers, with no corpus stories left, run templated and
handwritten stories and copies of other publishers' stories (the French and Spanish ones mostly of each other's
handwritten stories: the earlier parts' French and Spanish stories have almost no copies left to give); the two
German ones also run corpus stories, live blogs and JSON-LD variants (full, teaser-only and stale
``articleBody``).
"""

from __future__ import annotations

import random

from bench.cleaning_set.cms import ALL, COPY, Habit, Publisher, Skin, daily, rotating
from bench.cleaning_set.publishers_holdout11 import DE_FROM as DE_FROM11
from bench.cleaning_set.publishers_holdout11 import DE_HOSTS as DE_HOSTS11
from bench.cleaning_set.publishers_holdout11 import EN_FROM as EN_FROM11
from bench.cleaning_set.publishers_holdout11 import EN_HOSTS as EN_HOSTS11
from bench.cleaning_set.publishers_holdout11 import ES_FROM as ES_FROM11
from bench.cleaning_set.publishers_holdout11 import ES_HOSTS as ES_HOSTS11
from bench.cleaning_set.publishers_holdout11 import FR_FROM as FR_FROM11
from bench.cleaning_set.publishers_holdout11 import FR_HOSTS as FR_HOSTS11
from bench.cleaning_set.publishers_tune import authors
from bench.cleaning_set.skins_holdout12 import PAGES

H = Habit
NEWS = ("news",)
STORY = ("news", "reposted")
TRIM = ("trimmed",)
SYND = ("syndicated", "edited")
TMPL = ("templated",)

EN_HOSTS = ("nakawalantern.example", "harbourlog.example")
DE_HOSTS = ("li-morgenblatt.example", "gemeindebote-sibiu.example")
FR_HOSTS = ("tanaecofil.example", "radioarchipel.example")
ES_HOSTS = ("elsurco.example", "chivaexpres.example")
EN_FROM = (*EN_FROM11, *EN_HOSTS11)
DE_FROM = (*DE_FROM11, *DE_HOSTS11)
FR_FROM = (*FR_FROM11, *FR_HOSTS11)
ES_FROM = (*ES_FROM11, *ES_HOSTS11)


def _others(hosts: tuple[str, ...], me: str) -> tuple[str, ...]:
    return tuple(h for h in hosts if h != me)


# ---- en: a Kampala university's student paper ------------------------------------------------------------
_SURVEY = [("Tell us what you read: the Lantern readers' survey takes four minutes.",
            "Ten respondents this week win 20GB of MTN data."),
           ("Fill in the 2025 Lantern readers' survey and stand a chance to win a Samsung tablet.",),
           ("Our readers' survey closes soon.", "Every completed form this week enters a draw for a UGX 100,000 "
            "Guild canteen voucher."),
           ("Help us plan next semester's paper: take the readers' survey at the Media Centre or online.",
            "Three winners get a free year of printing at the campus bureau.")]

NL = Publisher(
    "The Nakawa Lantern", "nakawalantern.example", "holdout12", "en",
    "Kampala|Nakawa|Wandegeya|Kikoni|Makerere Hill|the campus|the Guild",
    "https://{host}/{section}/{y}/{m}/{slug}/",
    Skin(
        page=PAGES["NL"],
        article='<article class="lantern-story"><h1 class="lantern-story__head">{h1}</h1><div '
                'class="lantern-story__by">{byline}</div>{figure}<div class="lantern-story__body">{body}</div>'
                '</article>',
        byline='<span class="lantern-author">By {author}</span> <span class="lantern-date">{date}</span>',
        figure='<figure class="lantern-pic"><img src="{src}" alt=""><figcaption>{caption} Photo: {credit}'
               '</figcaption></figure>',
        glue='<span class="lantern-credit">{t}</span>',
        pieces={"survey": '<div class="lantern-survey"><p>{t}</p><a href="/survey/">Take the survey</a></div>',
                "ad": '<aside class="lantern-house-ad"><p>{t}</p></aside>',
                "rel": '<p class="lantern-rel"><b>{t}</b></p>',
                "nl": '<div class="lantern-nl"><p>{t}</p></div>',
                "adl": '<p class="lantern-adlabel"><small>{t}</small></p>',
                "note": '<p><em>{t}</em></p>',
                "fine": '<p class="lantern-fine"><small>{t}</small></p>'},
        ad='<div class="lantern-ad" data-ad="inline"></div>',
        blocks={"h2": '<h2 class="lantern-sub">{t}</h2>', "ul": '<ul class="lantern-list">{t}</ul>',
                "quote": '<blockquote class="lantern-quote"><p>{t}</p></blockquote>',
                "fact": '<aside class="lantern-facts">{t}</aside>', "fact-h": '<h3>{t}</h3>'}),
    habits=(
        H("photo-credit", (("PHOTO/{photog}",),), "glue_lede", 0.2, on=STORY),
        H("related", (("READ: {headline}",), ("Also in the Lantern: {headline}",)), "after1", 0.4, "rel",
          link="headline"),
        *rotating("survey", _SURVEY, 8, "mid", 0.3, "survey", on=ALL),
        H("advertise", (("Advertise with The Lantern: student businesses get 30% off display ads.",
                         "Call the business desk on 0772 555 018."),
                        ("Reach 30,000 students.", "Ads in the Lantern start at UGX 40,000 a week.")), "mid", 0.25,
          "ad", on=ALL),
        H("ad-label", (("- ADVERT -",),), "mid", 0.2, "adl", on=ALL),
        H("newsletter", (("The Lantern Weekly lands on WhatsApp every Friday evening with the week's campus news.",),),
          "mid", 0.15, "nl"),
        H("attribution", (("Additional reporting by {author}.",),), "glue_space", 0.2, on=STORY + COPY),
        H("bio", (("{author} is a {role} at The Lantern and writes about {beat}.",),
                  ("{author} studies Journalism and Communication and covers {beat} for The Lantern.",)), "end", 0.3,
          "note", on=NEWS + TMPL),
        H("tip", (("Seen something on campus we should know about?", "WhatsApp the newsroom on 0701 555 231."),),
          "end", 0.25, "note"),
        H("follow", (("Follow The Lantern on X and Instagram: @nakawalantern",),), "end", 0.2),
        H("independence-note", (("The Lantern is produced by students of the Department of Journalism and "
                                 "Communication.", "Its views are not those of the University administration."),),
          "end", 0.35, "fine", on=ALL),
        H("copyright", (("© {year} The Nakawa Lantern.",),), "end", 0.25, "fine", on=ALL),
        H("origin", (("This story first appeared in {origin} and is republished with permission.",),), "top", 0.7,
          "note", on=COPY),
        H("read-rest", (("Read the rest of this story at {origin_host}.",),), "end", 1.0, "note", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Patience Akello/f/the administration/editor-in-chief; Ivan Ssemwanga/m/academics/staff writer; "
                    "Shamim Nakato/f/the Guild/staff writer; Derrick Ochieng/m/sports and health/staff writer"),
    plan=(("templated:examresults", 10), ("templated:blooddrive", 9), ("hand:h12-en-whatsapp", 1),
          ("hand:h12-en-award", 1), ("hand:h12-en-feesapp", 1), ("syndicated", 5), ("edited", 3), ("trimmed", 2),
          ("repost", 2)),
    sections=("campus", "academics", "guild", "health"), templates=("examresults", "blooddrive"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "nakawalantern.example")), ld="article",
    citing=("the Academic Registrar", "the Guild", "UBTS"),
    agencies=("Lantern", "UNEB"), photographers=("Lantern Photo Desk", "Derrick Ochieng", "Nakawa University"))


# ---- en: a Newfoundland fishing trade site ----------------------------------------------------------------
def _tidebox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The tides widget: today's times at St. John's, a new set every day."""
    h = 2 + (day * 50) // 60 % 10
    m = (day * 50) % 60
    return ("Tides today · St. John's", f"High {h}:{m:02d} a.m. · {rng.uniform(0.9, 1.6):.1f} m",
            f"Low {h + 6 if h + 6 <= 12 else h - 6}:{(m + 13) % 60:02d} {'a.m.' if h + 6 < 12 else 'p.m.'} · "
            f"{rng.uniform(0.0, 0.4):.1f} m", f"Sunset {7 - day // 15}:{(59 - day * 2) % 60:02d} p.m.")


HL = Publisher(
    "The Harbour Log", "harbourlog.example", "holdout12", "en",
    "St. John's|Bonavista|the Burin Peninsula|the Northern Peninsula|Notre Dame Bay|Labrador|Fogo Island",
    "https://www.{host}/{section}/{slug}-{id}",
    Skin(
        page=PAGES["HL"],
        article='<div class="hlog-article"><h1>{h1}</h1><p class="hlog-by">{byline}</p>{figure}<div '
                'class="hlog-article__text">{body}</div></div>',
        byline='{author} &middot; <time datetime="{iso}">{date}</time>',
        figure='<figure class="hlog-fig"><img src="{src}" alt=""><figcaption>{caption} — {credit}</figcaption>'
               '</figure>',
        para='<p class="hlog-p">{t}</p>',
        pieces={"tides": '<aside class="hlog-tides"><h4>{h}</h4><ul>{li}</ul></aside>',
                "alert": '<div class="hlog-sms"><p>{t}</p></div>',
                "safety": '<p class="hlog-safety"><small>{t}</small></p>',
                "rel": '<p class="hlog-p"><strong>{t}</strong></p>',
                "sub": '<div class="hlog-sub"><p>{t}</p><a href="/subscribe/">Subscribe</a></div>',
                "i": '<p class="hlog-p"><i>{t}</i></p>',
                "fine": '<p class="hlog-p"><small>{t}</small></p>'},
        ad='<div class="hlog-ad" data-slot="story-1"></div>',
        entities="named",
        blocks={"h2": '<h2 class="hlog-sub">{t}</h2>', "ul": '<ul class="hlog-ul">{t}</ul>',
                "quote": '<blockquote class="hlog-bq"><p>{t}</p></blockquote>',
                "fact": '<aside class="hlog-factbox">{t}</aside>', "fact-h": '<h4 class="hlog-factbox__h">{t}</h4>'}),
    habits=(
        H("related", (("RELATED: {headline}",),), "after1", 0.35, "rel", link="headline"),
        *daily("holdout12", "tides", "hl-tides", _tidebox, "mid", 0.35, "tides", on=STORY + COPY),
        H("price-alert", (("Get dockside prices on your phone: text PRICES to 709-555-0190 every Friday.",),
                          ("Want the price report before you leave the wharf?",
                           "Sign up for Harbour Log price alerts by text.")), "mid", 0.3, "alert", on=ALL),
        H("subscribe", (("Support independent fisheries reporting in {region}.",
                         "Subscribe for $9.99 a month."),), "mid", 0.15, "sub"),
        H("safety-psa", (("Fish safe — wear your PFD.",
                          "This message brought to you by the NL Fish Harvesting Safety Association."),), "end",
          0.3, "safety", on=ALL),
        H("attribution", (("— with files from {source}",),), "glue", 0.2, on=STORY + COPY),
        H("agency", (("(The Canadian Press)",),), "glue_space", 0.15, on=STORY + COPY),
        H("bio", (("{author} covers {beat} for the Harbour Log.", "Reach {obj} at {email} or 709-555-0177."),),
          "end", 0.3, "i", on=NEWS),
        H("bio", (("{author} is a reporter with {origin}.", "Contact: newsroom@{origin_host}"),), "end", 0.35, "i",
          on=SYND),
        H("tip", (("Got a story from your wharf?", "Email tips@harbourlog.example"),), "end", 0.2, "i"),
        H("correction", (("Correction: An earlier version of this story gave the wrong NAFO zone.",),), "end", 0.1,
          "i", on=NEWS),
        H("copyright", (("Copyright © {year} Harbour Log Publishing Inc.",),), "end", 0.3, "fine", on=ALL),
        H("origin", (("This article was originally published by {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Excerpt.", "The full article is at {origin_host}."),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Kevin Hynes/m/the business of fishing/publisher; Darlene Oram/f/the inshore fishery/reporter; "
                    "Wade Pardy/m/DFO and quotas/reporter; Mary Walsh/f/safety and aquaculture/reporter"),
    plan=(("templated:fishprices", 10), ("templated:tides", 10), ("hand:h12-en-paywall", 1),
          ("hand:h12-en-lifejackets", 1), ("hand:h12-en-codquota", 1), ("syndicated", 5), ("edited", 2),
          ("trimmed", 3), ("repost", 2)),
    sections=("landings", "prices", "quotas", "safety"), templates=("fishprices", "tides"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "harbourlog.example")),
    dateline=("ST. JOHN'S, N.L. — ", "BONAVISTA, N.L. — "), ld="graph",
    citing=("CBC News", "DFO", "the FFAW"),
    agencies=("Harbour Log", "CP"), photographers=("Darlene Oram", "DFO", "Harbour Log"))


# ---- de: a Liechtenstein regional daily ----------------------------------------------------------------
LM = Publisher(
    "Liechtensteiner Morgenblatt", "li-morgenblatt.example", "holdout12", "de",
    "Vaduz|Schaan|Balzers|Triesen|Eschen|Ruggell|das Unterland|das Oberland",
    "https://www.{host}/{section}/{slug}/art-{id}",
    Skin(
        page=PAGES["LM"],
        article='<article class="lm-beitrag"><p class="lm-dach">{byline}</p><h1 class="lm-titel">{h1}</h1>{figure}'
                '<div class="lm-text">{body}</div></article>',
        byline='<span class="lm-autor">{author}</span> | <time datetime="{iso}">{date}, {time}</time>',
        figure='<figure class="lm-foto"><img src="{src}" alt=""><figcaption>{caption} Bild: {credit}</figcaption>'
               '</figure>',
        glue='<span class="lm-kuerzel">{t}</span>',
        pieces={"check": '<p class="lm-check"><small>{t}</small></p>',
                "std": '<aside class="lm-transparenz"><p>{t}</p><a href="/kodex/">Mehr erfahren</a></aside>',
                "trauer": '<div class="lm-trauer"><p>{t}</p></div>',
                "auch": '<p class="lm-auch"><b>{t}</b></p>',
                "push": '<div class="lm-push"><p>{t}</p><button>Aktivieren</button></div>',
                "print": '<p class="lm-print"><i>{t}</i></p>',
                "i": '<p><i>{t}</i></p>',
                "klein": '<p><small>{t}</small></p>',
                "live": '<p class="lm-live-hinweis">{t}</p>',
                "older": '<button class="lm-live-mehr">{t}</button>',
                "paywall": '<div class="lm-abo"><p>{t}</p><a href="/abo/">Jetzt abonnieren</a></div>'},
        ad='<div class="lm-inserat" data-pos="artikel"></div>',
        live='<div class="lm-ticker">{updates}{more}</div>',
        live_update='<div class="lm-ticker__eintrag"><span class="lm-zeit"><time datetime="{iso}">{time}</time>'
                    '</span><h3>{h}</h3>{body}</div>',
        blocks={"h2": '<h2 class="lm-zt">{t}</h2>', "ul": '<ul class="lm-liste">{t}</ul>',
                "quote": '<blockquote class="lm-zitat"><p>{t}</p></blockquote>',
                "fact": '<aside class="lm-infobox">{t}</aside>', "fact-h": '<h4>{t}</h4>'}),
    habits=(
        H("photo-credit", (("Bild: {photog}",),), "glue_lede", 0.15, on=STORY),
        H("related", (("Mehr zum Thema: {headline}",),), "after1", 0.4, "auch", link="headline"),
        H("push", (("Eilmeldungen aus Liechtenstein direkt aufs Handy: Push-Mitteilungen des Morgenblatts "
                    "aktivieren.",),), "mid", 0.2, "push"),
        H("verification", (("Faktencheck: Die Zahlen in diesem Beitrag hat unsere Dokumentation am {date} "
                            "überprüft.",),
                           ("Geprüft von der Dokumentation des Morgenblatts, Stand {date}.",)), "end", 0.3, "check",
          on=NEWS + COPY),
        H("standards", (("Wie wir arbeiten: Das Morgenblatt hält sich an den Kodex des Presserats.",
                         "Fehler melden Sie an korrektur@li-morgenblatt.example."),), "end", 0.25, "std", on=ALL),
        H("death-notices", (("Todesanzeigen und Danksagungen aus allen elf Gemeinden finden Sie täglich ab 6 Uhr "
                             "im Trauerportal.",),), "end", 0.2, "trauer"),
        H("print-edition", (("Dieser Artikel erschien in der Printausgabe vom {date}.",),), "end", 0.25, "print",
          on=STORY),
        H("agency", (("(ikr)",), ("(sda/lm)",)), "glue_space", 0.25, on=STORY + COPY + TMPL),
        H("bio", (("{author} ist Redaktor{in} im Ressort {beat}.",),), "end", 0.25, "i", on=NEWS),
        H("tip", (("Sie haben etwas beobachtet?", "Melden Sie sich unter +423 555 45 45 oder per Threema."),), "end",
          0.2, "i"),
        H("copyright", (("© Morgenblatt Verlags-AG {year}",),), "end", 0.3, "klein", on=ALL),
        H("origin", (("Dieser Artikel wurde von {origin} übernommen.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Kurzfassung.", "Mehr bei {origin_host}"),), "end", 1.0, "i", on=TRIM, link="origin_host"),
        H("paywall", (("Morgenblatt Digital",
                       "Weiterlesen mit dem Digitalabo – für Print-Abonnenten inklusive.",
                       "Drei Monate für 1 Franken testen."),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Ticker: Die Seite aktualisiert sich automatisch, neueste Einträge stehen oben.",),), "top",
          0.8, "live"),
        H("ui", (("Frühere Einträge anzeigen",),), "more", 1.0, "older"),
    ),
    authors=authors("Corinne Vogt/f/Politik/Redaktorin; Thomas Marxer/m/Wirtschaft/Redaktor; Nadine Hasler/f/"
                    "Gemeinden/Redaktorin; Elias Risch/m/Sport/Redaktor"),
    plan=(("templated:blutspendefl", 6), ("templated:strassensperre", 7), ("news", 9), ("liveblog", 1),
          ("jsonld-full", 1), ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1), ("hand:h12-de-bezahl", 1),
          ("hand:h12-de-karten", 1), ("syndicated", 2), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("inland", "gemeinden", "wirtschaft", "region"), templates=("blutspendefl", "strassensperre"),
    live_show=5, copy_from=(*DE_FROM, "gemeindebote-sibiu.example"), ld="graph", ld_join="\n",
    dateline=("Vaduz. – ", "Schaan. – "),
    citing=("Landespolizei", "Regierung", "ikr"), agencies=("ikr", "sda"),
    photographers=("Morgenblatt/Paul Trummer", "ikr", "Elias Risch"))


# ---- de: a German-language Lutheran community weekly in Sibiu --------------------------------------------
_LOSUNGEN = (("Der Herr ist mein Hirte; mir wird nichts mangeln. (Psalm 23,1)",
              "Ich bin der gute Hirte. (Johannes 10,11)"),
             ("Seid fröhlich in Hoffnung, geduldig in Trübsal, beharrlich im Gebet. (Römer 12,12)",
              "Harre des Herrn! Sei getrost und unverzagt! (Psalm 27,14)"),
             ("Gott ist unsre Zuversicht und Stärke. (Psalm 46,2)",
              "Fürchte dich nicht, glaube nur! (Markus 5,36)"),
             ("Lasst uns aufeinander achthaben. (Hebräer 10,24)",
              "Einer trage des andern Last. (Galater 6,2)"),
             ("Meine Zeit steht in deinen Händen. (Psalm 31,16)",
              "Sorgt euch um nichts. (Philipper 4,6)"),
             ("Der Herr behüte deinen Ausgang und Eingang. (Psalm 121,8)",
              "Siehe, ich bin bei euch alle Tage. (Matthäus 28,20)"))


def _losung(rng: random.Random, day: int) -> tuple[str, ...]:
    """The watchword box: a new pair of verses every day."""
    a, b = _LOSUNGEN[(day + rng.randint(0, 5)) % len(_LOSUNGEN)]
    return ("Die Losung für heute", a, f"Lehrtext: {b}")


SG = Publisher(
    "Siebenbürgischer Gemeindebote", "gemeindebote-sibiu.example", "holdout12", "de",
    "Hermannstadt|Mediasch|Schäßburg|Kronstadt|Heltau|Großau|das Burzenland|der Unterwald",
    "https://{host}/{section}/{y}/{m}/{slug}.html",
    Skin(
        page=PAGES["SG"],
        article='<div class="sg-beitrag"><h1>{h1}</h1><p class="sg-autor">{byline}</p>{figure}<div '
                'class="sg-beitrag__text">{body}</div></div>',
        byline='{author} · {date}',
        figure='<div class="sg-bild"><img src="{src}" alt=""><p class="sg-bu">{caption} Foto: {credit}</p></div>',
        para='<p class="sg-abs">{t}</p>',
        pieces={"losung": '<aside class="sg-losung"><h4>{h}</h4><ul>{li}</ul></aside>',
                "frist": '<p class="sg-abs"><b>{t}</b></p>',
                "gebet": '<div class="sg-gebet"><p>{t}</p></div>',
                "spende": '<div class="sg-spenden"><p>{t}</p></div>',
                "auch": '<p class="sg-auch">{t}</p>',
                "i": '<p class="sg-abs"><i>{t}</i></p>',
                "klein": '<p class="sg-abs"><small>{t}</small></p>',
                "live": '<p class="sg-live">{t}</p>',
                "older": '<button class="sg-live-mehr">{t}</button>',
                "paywall": '<div class="sg-nurabo"><p>{t}</p></div>'},
        live='<section class="sg-liveblog">{updates}{more}</section>',
        live_update='<div class="sg-live-post"><p class="sg-live-zeit"><time datetime="{iso}">{time}</time></p><h3>'
                    '{h}</h3>{body}</div>',
        blocks={"h2": '<h3 class="sg-zwischen">{t}</h3>', "ul": '<ul class="sg-liste">{t}</ul>',
                "quote": '<blockquote class="sg-zitat"><p>{t}</p></blockquote>',
                "fact": '<aside class="sg-kasten">{t}</aside>',
                "fact-h": '<p class="sg-kasten__titel"><b>{t}</b></p>'}),
    habits=(
        *daily("holdout12", "daily-verse", "sg-losung", _losung, "top", 0.3, "losung", on=ALL),
        H("related", (("Lesen Sie auch: {headline}",),), "after1", 0.35, "auch", link="headline"),
        H("donation", (("Der Gemeindebote lebt von Ihrer Spende.",
                        "Konto der Landeskirche, Verwendungszweck „Gemeindebote“."),), "mid", 0.2, "spende",
          on=STORY),
        H("prayer-request", (("Möchten Sie, dass im Sonntagsgottesdienst für Sie oder Ihre Angehörigen gebetet "
                              "wird?", "Schreiben Sie Ihr Anliegen an das Pfarramt; es wird vertraulich "
                                       "behandelt."),), "mid", 0.2, "gebet", on=ALL),
        H("deadline", (("Redaktionsschluss für die nächste Ausgabe: Dienstag, 12 Uhr.",
                        "Beiträge aus den Gemeinden bitte an das Pfarramt Hermannstadt."),), "end", 0.3, "frist",
          on=ALL),
        H("agency", (("(ADZ)",),), "glue_space", 0.2, on=STORY + COPY),
        H("attribution", (("Mitgeteilt von {author}.",),), "glue", 0.2, on=STORY + COPY),
        H("bio", (("{author} ist {role} des Gemeindeboten und schreibt über {beat}.",),), "end", 0.25, "i",
          on=NEWS),
        H("copyright", (("© {year} Siebenbürgischer Gemeindebote. Nachdruck nur mit Quellenangabe.",),), "end", 0.3,
          "klein", on=ALL),
        H("origin", (("Mit freundlicher Genehmigung von {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Auszugsweise.", "Vollständig unter {origin_host}"),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
        H("paywall", (("Nur für Abonnenten",
                       "Den vollständigen Beitrag lesen Abonnentinnen und Abonnenten des Gemeindeboten.",
                       "Das Jahresabo kostet 120 Lei."),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Wir berichten laufend vom Sachsentreffen in Mediasch.",),), "top", 0.8, "live"),
        H("ui", (("Weitere Beiträge laden",),), "more", 1.0, "older"),
    ),
    authors=authors("Renate Klein/f/die Gemeinden/Redakteurin; Hans Bruckner/m/Kirche und Diakonie/Redakteur; "
                    "Ingrid Fabritius/f/Kultur/Redakteurin; Martin Schuster/m/Heimat und Geschichte/Redakteur"),
    plan=(("templated:gottesdienstesb", 7), ("templated:bodenfrost", 6), ("news", 9), ("liveblog", 1),
          ("jsonld-full", 1), ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1), ("hand:h12-de-dach", 1),
          ("hand:h12-de-newsletter", 1), ("syndicated", 2), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("gemeinden", "kirche", "kultur", "heimat"), templates=("gottesdienstesb", "bodenfrost"),
    live_show=6, copy_from=(*DE_FROM, "li-morgenblatt.example"), ld="article",
    citing=("Landeskonsistorium", "ADZ", "Kreisrat"), agencies=("ADZ", "Agerpres"),
    photographers=("Gemeindebote", "Hans Bruckner", "Agerpres"))


# ---- fr: a Malagasy business wire -----------------------------------------------------------------------
TEF = Publisher(
    "Tana Éco Fil", "tanaecofil.example", "holdout12", "fr",
    "Antananarivo|Toamasina|Antsirabe|Mahajanga|la Sava|Fianarantsoa|la Grande Île",
    "https://{host}/depeche/{y}{m}{d}-{id}/{slug}",
    Skin(
        page=PAGES["TEF"],
        article='<article class="tef-art"><p class="tef-art__meta">{byline}</p><h1>{h1}</h1>{figure}<div '
                'class="tef-art__corps">{body}</div></article>',
        byline='<span class="tef-fil">{author}</span> – <time datetime="{iso}">{date} {time}</time>',
        figure='<figure><img src="{src}" alt=""><figcaption>{caption} ({credit})</figcaption></figure>',
        glue='<span class="tef-diff">{t}</span>',
        pieces={"about": '<div class="tef-apropos"><p>{t}</p></div>',
                "contact": '<p class="tef-contact"><small>{t}</small></p>',
                "prosp": '<p class="tef-avert"><small>{t}</small></p>',
                "lire": '<p class="tef-lire"><b>{t}</b></p>',
                "nl": '<div class="tef-lettre"><p>{t}</p><button>S’abonner</button></div>',
                "em": '<p><em>{t}</em></p>',
                "petit": '<p class="tef-petit"><small>{t}</small></p>'},
        entities="french",
        blocks={"h2": '<h2 class="tef-inter">{t}</h2>', "ul": '<ul class="tef-liste">{t}</ul>',
                "quote": '<blockquote class="tef-cit"><p>{t}</p></blockquote>',
                "fact": '<aside class="tef-encadre">{t}</aside>', "fact-h": '<h3 class="tef-encadre__titre">{t}</h3>'}),
    habits=(
        H("related", (("LIRE AUSSI – {headline}",),), "after1", 0.35, "lire", link="headline"),
        H("newsletter", (("Le Flash Éco de Tana Éco Fil : les cours, les nominations et les appels d'offres, chaque "
                          "matin à 7 h.",),), "mid", 0.2, "nl"),
        H("distribution", (("(Diffusion Tana Éco Fil – reproduction réservée aux abonnés)",),), "glue_space", 0.25,
          on=ALL),
        H("forward-looking", (("Ce texte peut contenir des déclarations prospectives ; les résultats réels peuvent "
                               "différer sensiblement des prévisions.",),), "end", 0.5, "prosp", on=STORY,
          topic=r"milliards|bénéfice|résultat|directrice|directeur"),
        H("media-contact", (("Contact presse : {author}, +261 34 55 012 34.",),
                            ("Pour toute question : redaction@tanaecofil.example ({author}).",)), "end", 0.3,
          "contact", on=ALL),
        H("about", (("À propos de Tana Éco Fil : premier fil d'information économique de Madagascar, fondé en 2009, "
                     "il diffuse chaque jour 40 dépêches en français et en malgache.",),), "end", 0.35, "about",
          on=ALL),
        H("agency", (("(TEF)",), ("(TEF, avec ANTA)",)), "glue", 0.15, on=STORY + COPY),
        H("bio", (("{author}, journaliste à Tana Éco Fil, suit {beat}.",),), "end", 0.2, "em", on=NEWS),
        H("copyright", (("© {year} Tana Éco Fil SARL – tous droits réservés.",),), "end", 0.3, "petit", on=ALL),
        H("origin", (("Dépêche reprise de {origin}.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Dépêche abrégée.", "Version intégrale : {origin_host}"),), "end", 1.0, "em", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Voahangy Rasoanaivo/f/les marchés/journaliste; Tiana Razafindrakoto/m/les mines et l'énergie/"
                    "journaliste; Mialy Andrianasolo/f/l'agro-export/journaliste; Haingo Rakotoarisoa/f/la finance/"
                    "journaliste"),
    plan=(("templated:vanille", 10), ("templated:ariary", 10), ("hand:h12-fr-annuaire", 1),
          ("hand:h12-fr-mobilemoney", 1), ("hand:h12-fr-nomination", 1), ("hand:h12-fr-resultats", 1),
          ("syndicated", 3), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("marches", "agro", "finance", "entreprises"), templates=("vanille", "ariary"),
    copy_from=(*FR_FROM, *_others(FR_HOSTS, "tanaecofil.example")), ld="graph",
    citing=("l'ANTA", "la Banque centrale", "l'Instat"),
    agencies=("TEF", "ANTA"), photographers=("TEF", "ANTA", "Tiana Razafindrakoto"))


# ---- fr: a Saint-Pierre-et-Miquelon public broadcaster ----------------------------------------------------
RA = Publisher(
    "Radio Archipel", "radioarchipel.example", "holdout12", "fr",
    "Saint-Pierre|Miquelon|Langlade|l'archipel|l'Île-aux-Marins",
    "https://www.{host}/{section}/{slug}-{id}",
    Skin(
        page=PAGES["RA"],
        article='<div class="ra-art"><h1 class="ra-art__titre">{h1}</h1><div class="ra-art__signe">{byline}</div>'
                '{figure}<div class="ra-art__texte">{body}</div></div>',
        byline='Par {author} · <time datetime="{iso}">le {date} à {time}</time>',
        figure='<figure class="ra-img"><img src="{src}" alt=""><figcaption>{caption} © {credit}</figcaption></figure>',
        para='<p class="ra-p">{t}</p>',
        pieces={"access": '<div class="ra-access" role="note"><p>{t}</p></div>',
                "replay": '<p class="ra-replay"><a href="/replay/">{t}</a></p>',
                "lire": '<p class="ra-p"><strong>{t}</strong></p>',
                "app": '<div class="ra-app"><p>{t}</p></div>',
                "em": '<p class="ra-p"><em>{t}</em></p>',
                "petit": '<p class="ra-p"><small>{t}</small></p>'},
        ad="",
        entities="french",
        blocks={"h2": '<h2 class="ra-inter">{t}</h2>', "ul": '<ul class="ra-ul">{t}</ul>',
                "quote": '<blockquote class="ra-bq"><p>{t}</p></blockquote>'}),
    habits=(
        H("accessibility", (("Cet article est disponible en gros caractères et peut être lu par votre lecteur "
                             "d'écran.",),
                            ("Version audio et version en gros caractères disponibles pour les personnes "
                             "malvoyantes.",)), "top", 0.3, "access", on=ALL),
        H("replay", (("{weekday}, {time} : revoir le journal de Radio Archipel en replay.",),
                     ("Le journal de 12 h 30 est à réécouter en replay sur notre site.",)), "after1", 0.3, "replay",
          on=ALL),
        H("related", (("À LIRE AUSSI : {headline}",),), "after1", 0.3, "lire", link="headline"),
        H("app", (("Téléchargez l'application Radio Archipel pour écouter le direct et recevoir les alertes météo.",),),
          "mid", 0.2, "app"),
        H("follow", (("Suivez Radio Archipel sur Facebook.",),), "end", 0.2),
        H("tip", (("Une information à nous transmettre ?", "Appelez la rédaction au 41 55 20."),), "end", 0.2, "em"),
        H("attribution", (("Avec {source}.",),), "glue_space", 0.2, on=STORY + COPY),
        H("bio", (("{author} est journaliste à la rédaction de Saint-Pierre et suit {beat}.",),), "end", 0.25, "em",
          on=NEWS),
        H("weather", (("Retrouvez le bulletin de Météo-France à 7 h 10 et 18 h 10 sur nos ondes.",),), "end", 0.5,
          "em", on=TMPL, topic=r"houle|Météo-France|mer sera"),
        H("copyright", (("© Radio Archipel {year}",),), "end", 0.3, "petit", on=ALL),
        H("origin", (("Un article de {origin}.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Article raccourci.", "À lire en entier sur {origin_host}."),), "end", 1.0, "em", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Anne-Marie Girardin/f/la collectivité/directrice régionale; Pierre-Yves Briand/m/la pêche/"
                    "journaliste; Solène Detcheverry/f/Miquelon/journaliste; Yannick Lebailly/m/les transports/"
                    "journaliste"),
    plan=(("templated:traversee", 10), ("templated:coupuresedf", 10), ("hand:h12-fr-audiodesc", 1),
          ("hand:h12-fr-epicerie", 1), ("hand:h12-fr-horaires", 1), ("hand:h12-fr-souvenirs", 1), ("syndicated", 3),
          ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("info", "miquelon", "peche", "societe"), templates=("traversee", "coupuresedf"),
    copy_from=(*FR_FROM, *_others(FR_HOSTS, "radioarchipel.example")), ld="article", ld_join=" ",
    citing=("la préfecture", "Météo-France", "la collectivité territoriale"),
    agencies=("Radio Archipel", "AFP"), photographers=("Radio Archipel", "Yannick Lebailly", "Préfecture SPM"))


# ---- es: a Costa Rican farm trade site ---------------------------------------------------------------
ELS = Publisher(
    "El Surco", "elsurco.example", "holdout12", "es",
    "Tarrazú|la Zona de los Santos|San Carlos|Pérez Zeledón|Guanacaste|Turrialba|el Valle Central",
    "https://{host}/{section}/{slug}-{id}/",
    Skin(
        page=PAGES["SU"],
        article='<article class="surco-art"><h1>{h1}</h1><p class="surco-firma">{byline}</p>{figure}<div '
                'class="surco-texto">{body}</div></article>',
        byline='Por <b>{author}</b> | <time datetime="{iso}">{date}</time>',
        figure='<figure class="surco-foto"><img src="{src}" alt=""><figcaption>{caption} Foto: {credit}</figcaption>'
               '</figure>',
        glue='<em>{t}</em>',
        pieces={"codigo": '<div class="surco-promo"><p>{t}</p></div>',
                "agro": '<aside class="surco-consulta"><p>{t}</p></aside>',
                "lea": '<p class="surco-lea"><strong>{t}</strong></p>',
                "bol": '<div class="surco-boletin"><p>{t}</p><button>Suscribirme</button></div>',
                "pub": '<p class="surco-pub"><small>{t}</small></p>',
                "nota": '<p><i>{t}</i></p>',
                "legal": '<p class="surco-legal"><small>{t}</small></p>'},
        ad='<div class="surco-anuncio" data-ad="texto"></div>',
        blocks={"h2": '<h2 class="surco-sub">{t}</h2>', "ul": '<ul class="surco-lista">{t}</ul>',
                "quote": '<blockquote class="surco-cita"><p>{t}</p></blockquote>'}),
    habits=(
        H("related", (("Le puede interesar: {headline}",), ("VEA TAMBIÉN: {headline}",)), "after1", 0.4, "lea",
          link="headline"),
        H("ask-expert", (("¿Dudas con su cafetal o su hato?",
                          "Nuestros agrónomos responden gratis por WhatsApp los martes de 2 a 4 p. m."),), "mid",
          0.3, "agro", on=ALL),
        H("promo-code", (("Use el código SURCO10 y obtenga 10 % de descuento en su entrada a la Expo Pecuaria.",),
                         ("Lectores de El Surco: 15 % menos en semillas certificadas con el código SURCO15 en "
                          "AgroTienda.",)), "mid", 0.25, "codigo", on=ALL),
        H("ad-label", (("Espacio publicitario",),), "mid", 0.2, "pub", on=ALL),
        H("newsletter", (("Reciba cada lunes El Surco Semanal con precios, clima y mercados.",),), "mid", 0.15,
          "bol"),
        H("attribution", (("Con información del {source}.",),), "glue", 0.2, on=STORY + COPY + TMPL),
        H("bio", (("{author} es periodista de El Surco especializad{o} en {beat}.",),), "end", 0.25, "nota",
          on=NEWS),
        H("bio", (("{author} trabaja para {origin}.", "Correo: redaccion@{origin_host}"),), "end", 0.35, "nota",
          on=SYND),
        H("tip", (("¿Pasó algo en su finca o su comunidad?", "Escríbanos al 8555-0143."),), "end", 0.2, "nota"),
        H("copyright", (("© {year} Medios del Agro S.A. Prohibida su reproducción.",),), "end", 0.3, "legal",
          on=ALL),
        H("origin", (("Publicado originalmente en {origin}.",),), "top", 0.7, "nota", on=COPY),
        H("read-rest", (("Extracto.", "Lea la nota completa en {origin_host}."),), "end", 1.0, "nota", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Silvia Quesada/f/ganadería/directora; Esteban Solís/m/el café/periodista; Karla Arias/f/clima y "
                    "granos/periodista; Marvin Calderón/m/los granos básicos/periodista"),
    plan=(("templated:liquidacioncafe", 9), ("templated:alertacne", 10), ("hand:h12-es-roya", 1),
          ("hand:h12-es-alertas", 1), ("hand:h12-es-expo", 1), ("hand:h12-es-taza", 1), ("syndicated", 3),
          ("edited", 2), ("trimmed", 1), ("repost", 2)),
    sections=("cafe", "ganaderia", "clima", "mercados"), templates=("liquidacioncafe", "alertacne"),
    copy_from=(*ES_FROM, *_others(ES_HOSTS, "elsurco.example")), ld="article",
    citing=("ICAFE", "MAG", "CNE"),
    agencies=("El Surco", "EFE"), photographers=("El Surco", "ICAFE", "Esteban Solís"))


# ---- es: a Panamanian tabloid ----------------------------------------------------------------------------
def _lotobox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The lottery widget: the last draw's numbers, new after every draw."""
    return ("Último sorteo de la LNB", f"1.er premio {rng.randint(0, 9999):04d}",
            f"2.º premio {rng.randint(0, 9999):04d}", f"3.er premio {rng.randint(0, 9999):04d}")


_HOROSCOPO = [("{date}: ¿qué te dicen los astros hoy?", "Lee tu horóscopo en Chiva Exprés."),
              ("{weekday}: Aries, Tauro, Géminis… el horóscopo de hoy ya está aquí.",),
              ("¿Amor, plata o salud?", "Descubre lo que te toca este {weekday} en el horóscopo.")]

CE = Publisher(
    "Chiva Exprés", "chivaexpres.example", "holdout12", "es",
    "Panamá|San Miguelito|Colón|Chorrera|Arraiján|David|Chiriquí|Panamá Oeste",
    "https://{host}/{section}/{slug}-{id}",
    Skin(
        page=PAGES["CE"],
        article='<article class="chiva-art"><h1 class="chiva-art__tit">{h1}</h1><div class="chiva-art__by">{byline}'
                '</div>{figure}<div class="chiva-art__txt">{body}</div></article>',
        byline='<span>{author}</span> <span class="chiva-hora">{date} - {time}</span>',
        figure='<figure class="chiva-foto"><img src="{src}" alt=""><figcaption>{caption} | {credit}</figcaption>'
               '</figure>',
        para='<p class="chiva-p">{t}</p>',
        pieces={"loto": '<aside class="chiva-loto"><h4>{h}</h4><ul>{li}</ul></aside>',
                "horo": '<p class="chiva-horo"><a href="/horoscopo/">{t}</a></p>',
                "react": '<div class="chiva-reacciones"><p>{t}</p><span>😂</span><span>😮</span><span>😡</span></div>',
                "lee": '<p class="chiva-p"><b>{t}</b></p>',
                "nota": '<p class="chiva-p"><i>{t}</i></p>',
                "legal": '<p class="chiva-p"><small>{t}</small></p>'},
        ad='<div class="chiva-ad" data-ad="medio"></div>',
        entities="ascii",
        blocks={"h2": '<h2 class="chiva-sub">{t}</h2>', "ul": '<ul class="chiva-lista">{t}</ul>',
                "quote": '<blockquote class="chiva-cita"><p>{t}</p></blockquote>'}),
    habits=(
        H("related", (("LEE TAMBIÉN ▶ {headline}",),), "after1", 0.4, "lee", link="headline"),
        *daily("holdout12", "lottery-widget", "ce-loto", _lotobox, "mid", 0.3, "loto", on=STORY + COPY),
        *rotating("horoscope", _HOROSCOPO, 10, "mid", 0.25, "horo", on=ALL),
        H("reactions", (("¿Qué te pareció esta noticia?",),), "end", 0.4, "react", on=ALL),
        H("tip", (("¿Tienes un video o una denuncia?", "Mándalo al WhatsApp de Chiva: 6555-0100."),), "end", 0.3,
          "nota"),
        H("follow", (("Síguenos en TikTok e Instagram como @chivaexpres.",),), "end", 0.2),
        H("agency", (("(EFE)",),), "glue_space", 0.15, on=STORY + COPY),
        H("attribution", (("Con información de {source}.",),), "glue", 0.2, on=STORY + COPY),
        H("copyright", (("© {year} Editora Chiva S.A.",),), "end", 0.25, "legal", on=ALL),
        H("origin", (("Tomado de {origin}.",),), "top", 0.7, "nota", on=COPY),
        H("read-rest", (("Resumen de la nota.", "Léela completa en {origin_host}."),), "end", 1.0, "nota", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Yariela Batista/f/los sucesos/periodista; Roderick Castillo/m/la farándula/periodista; "
                    "Itzel Pinzón/f/la calle/periodista; Redacción Chiva/m/Panamá/redacción"),
    plan=(("templated:loteria", 10), ("templated:finde", 9), ("hand:h12-es-tamborito", 1), ("hand:h12-es-rifa", 1),
          ("hand:h12-es-metro", 1), ("hand:h12-es-zodiaco", 1), ("syndicated", 3), ("edited", 1), ("trimmed", 2),
          ("repost", 2)),
    sections=("sucesos", "la-calle", "farandula", "loteria"), templates=("loteria", "finde"),
    copy_from=(*ES_FROM, *_others(ES_HOSTS, "chivaexpres.example")), ld="graph", ld_join="\n",
    citing=("la Policía Nacional", "el Sinaproc", "testigos"),
    agencies=("EFE", "Chiva"), photographers=("Chiva Exprés", "Roderick Castillo", "Cortesía"))

HOLDOUT12 = (NL, HL, LM, SG, TEF, RA, ELS, CE)
