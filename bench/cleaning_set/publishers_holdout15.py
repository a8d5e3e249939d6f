"""The eight publishers of the 'holdout15' half (en x2, de x2, fr x2, es x2), written after the other sixteen
halves, by someone who had not read the cleaner, before it was run on them.  They are kinds of newsroom, in
regions, the other halves lack: an English-language daily in Valletta (Malta), a public radio station in Bethel on
the Yukon-Kuskokwim Delta (Alaska), a regional news site in Dornbirn (Vorarlberg, Austria), the Catholic diocesan
weekly of Münster (Westphalia), a Cap-Haïtien news site (Haiti), a weekly of the Aven country in Quimperlé
(Finistère, Brittany), a Galician-coast fishing news site in Vigo and a San Pedro Sula daily (Honduras).  Their
boilerplate wording, labels and markup are new.

What they bring (kinds only; the wordings are the publishers' own): a sea-temperature box between story
paragraphs, an ad-blocker notice at the top and a WhatsApp-channel call on the Valletta daily; a river-ice widget
(rows that are not sentences) between story paragraphs, a call for on-air messages to the villages and a note on
the Yugtun version on the Bethel radio, whose own templated ice reports and fishing openers are story; an
avalanche widget, a call for readers' photos and a dialect word of the day on the Vorarlberg site; a saint of the
day box and a readers' pilgrimage offer on the Münster weekly; a road-security box, a summary in Haitian Creole and
a call to the diaspora on the Cap-Haïtien site; a Breton word of the week, the market days and the sale of the
paper's photos on the Brittany weekly; a buoy widget, the auction hours and a pointer to the Galician version on
the fishing site; a QR code to the video, the newscast's times and a zero-rating note on the San Pedro Sula daily;
plus the usual kinds in new wordings: related links, newsletters, apps, follow lines, tip lines, bios (slot-first
with the author's e-mail, and under copies of other publishers' stories), agency credits and attributions glued to
the last sentence with and without a space and to the lede, photo credits glued to the lede, ad labels mid-body,
an "updated" note after the first paragraph, corrections, copyright lines, donation asks, origin notes and "the
rest is at" tails on copies, a paywall under the German sites' JSON-LD-only pages and live-blog notices and "load
more" buttons.  Some are in plain ``<p>`` exactly like the story, some in boxes, ``<aside>``, ``<section>``,
``<details>`` or buttons.  Story text in chrome-like markup: subheads, lists, quotations and fact boxes.
Recurrence traps: templated stories whose stock sentences give advice ("rinse the area with seawater", "Let
someone know where you are going", "Lavez-vous les mains", "Lleve su hoja de vida"), read like a disclaimer ("may
be cancelled at short notice", "Travel on river ice is always at your own risk", "Die Termine können sich
wetterbedingt kurzfristig verschieben", "Alle Angaben nach Mitteilung der Pressestelle", "Les données sont
publiées à titre indicatif", "Le programme peut être modifié en cas de mauvais temps", "Las vacantes pueden
cambiar sin previo aviso"), a site's own app, hotline or thanks ("Sightings can be logged with the Spot the
Jellyfish app", "Call the fisheries hotline", "Verlustanzeigen können auch online unter fundinfo.at aufgegeben
werden", "Allen Spenderinnen und Spendern ein herzliches Vergelt's Gott", "appelez le 5555-0111", "La información
se actualiza a diario en la web del Intecmar", "denuncie cualquier cobro al 2555-0199"); handwritten stories about
a comment section closing, a WhatsApp channel, photo copyright, a Yugtun newscast, broadband sign-up, a tower
fundraiser, an avalanche app, readers' flood photos, a paper's print day, a mass with registration, a Creole
newscast, power hours by SMS, a radio reading a site's articles, mobile-wallet remittances, a Breton page, a market
moving, a correspondent honoured, a TV guide dropped, a shellfish app, a podcast, Galician labels, an online
auction, a WhatsApp lottery scam, a paper's 60th anniversary, zero-rated news and QR payments.  The English, French
and Spanish publishers, with no corpus stories left, run templated and handwritten stories and copies of other
publishers' stories (the French and Spanish ones mostly of holdout13's, holdout14's and each other's handwritten
stories); the two German ones also run corpus stories (from the reserve), live blogs and JSON-LD variants (full,
teaser-only and stale ``articleBody``).
"""

from __future__ import annotations

import random

from bench.cleaning_set.cms import ALL, COPY, Habit, Publisher, Skin, daily
from bench.cleaning_set.publishers_holdout14 import DE_FROM as DE_FROM14
from bench.cleaning_set.publishers_holdout14 import DE_HOSTS as DE_HOSTS14
from bench.cleaning_set.publishers_holdout14 import EN_FROM as EN_FROM14
from bench.cleaning_set.publishers_holdout14 import EN_HOSTS as EN_HOSTS14
from bench.cleaning_set.publishers_holdout14 import ES_FROM as ES_FROM14
from bench.cleaning_set.publishers_holdout14 import ES_HOSTS as ES_HOSTS14
from bench.cleaning_set.publishers_holdout14 import FR_FROM as FR_FROM14
from bench.cleaning_set.publishers_holdout14 import FR_HOSTS as FR_HOSTS14
from bench.cleaning_set.publishers_tune import authors
from bench.cleaning_set.skins_holdout15 import PAGES

H = Habit
NEWS = ("news",)
STORY = ("news", "reposted")
TRIM = ("trimmed",)
SYND = ("syndicated", "edited")
TMPL = ("templated",)

EN_HOSTS = ("vallettaledger.example", "kdlt640.example")
DE_HOSTS = ("laendle-heute.example", "domspiegel-muenster.example")
FR_HOSTS = ("haitimatin.example", "echodelaven.example")
ES_HOSTS = ("lonjadigital.example", "diariodelvalle.example")
EN_FROM = (*EN_FROM14, *EN_HOSTS14)
DE_FROM = (*DE_FROM14, *DE_HOSTS14)
FR_FROM = (*FR_FROM14, *FR_HOSTS14)
ES_FROM = (*ES_FROM14, *ES_HOSTS14)


def _others(hosts: tuple[str, ...], me: str) -> tuple[str, ...]:
    return tuple(h for h in hosts if h != me)


# ---- en: a Valletta daily ------------------------------------------------------------------------------------
def _seabox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The sea box: today's water temperature and flags at three bays, new every day."""
    flag = ("green flag", "green flag", "yellow flag", "red flag")
    return ("The sea today", f"Għadira Bay — {rng.randint(22, 28)}°C — {rng.choice(flag)}",
            f"Golden Bay — {rng.randint(22, 28)}°C — {rng.choice(flag)}",
            f"Ramla Bay, Gozo — {rng.randint(22, 28)}°C — {rng.choice(flag)}",
            f"UV index {rng.randint(5, 10)} · wind {rng.choice(('NW', 'N', 'SE', 'W'))} force {rng.randint(2, 6)}")


VL = Publisher(
    "The Valletta Ledger", "vallettaledger.example", "holdout15", "en",
    "Valletta|Sliema|Birkirkara|Mosta|Gozo|Marsaxlokk|Rabat|the Three Cities|St Julian's",
    "https://{host}/{section}/{y}-{m}-{d}/{slug}.{id}",
    Skin(
        page=PAGES["VL"],
        article='<article class="vl-art"><h1 class="vl-art__hed">{h1}</h1><div class="vl-art__dek">{byline}</div>'
                '{figure}<div class="vl-art__text" data-role="article-body">{body}</div></article>',
        byline='<a class="vl-byline" href="/author/{slug}/">{author}</a><span class="vl-dot">·</span><time '
               'datetime="{iso}">{date}, {time}</time>',
        figure='<figure class="vl-media"><img src="{src}" alt=""><figcaption><p>{caption}</p><p class="vl-media__by">'
               'Photo: {credit}</p></figcaption></figure>',
        para='<p class="vl-p">{t}</p>',
        glue='<span class="vl-credit">{t}</span>',
        pieces={"sea": '<aside class="vl-sea" role="complementary"><p class="vl-sea__t">{h}</p><ul>{li}</ul></aside>',
                "adblock": '<div class="vl-adblock" role="alert"><p>{t}</p><button>I have disabled it</button></div>',
                "wa": '<div class="vl-wa"><p>{t}</p><a href="https://whatsapp.example/channel/ledger">Follow</a></div>',
                "read": '<p class="vl-p vl-readalso"><strong>{t}</strong></p>',
                "i": '<p class="vl-p"><i>{t}</i></p>',
                "note": '<p class="vl-note">{t}</p>',
                "sm": '<p class="vl-p"><small>{t}</small></p>'},
        ad='<div class="vl-ad" data-ad-unit="inarticle-1"></div>',
        entities="named",
        blocks={"h2": '<h2 class="vl-inter">{t}</h2>', "ul": '<ul class="vl-list">{t}</ul>',
                "quote": '<blockquote class="vl-quote"><p>{t}</p></blockquote>',
                "fact": '<aside class="vl-box">{t}</aside>', "fact-h": '<h3 class="vl-box__h">{t}</h3>'}),
    habits=(
        H("adblock-notice", (("It looks like you are using an ad blocker.",
                              "Ads help us pay our journalists: please whitelist The Valletta Ledger."),), "top",
          0.15, "adblock", on=ALL),
        H("photo-credit", (("Photo: Ledger file",),), "glue_lede", 0.15, on=STORY),
        H("related", (("READ ALSO: {headline}",),), "after1", 0.35, "read", link="headline"),
        *daily("holdout15", "sea-temperature", "vl-sea", _seabox, "mid", 0.3, "sea", on=ALL),
        H("ad-label", (("Story continues below",),), "mid", 0.2, "note", on=ALL),
        H("whatsapp-channel", (("Get the day's headlines on WhatsApp: follow the Ledger's channel.",),
                               ("Breaking news first on our WhatsApp channel, free.",)), "end", 0.3, "wa", on=ALL),
        H("attribution", (("— Additional reporting by {source}",),), "glue_space", 0.2, on=STORY + COPY + TMPL),
        H("agency", (("(Reuters)",),), "glue", 0.15, on=STORY + COPY),
        H("bio", (("{author} is a {role} at The Valletta Ledger.", "Write to {obj} at {email}"),), "end", 0.3,
          "i", on=NEWS + TMPL),
        H("bio", (("{author} reports for {origin}.",),), "end", 0.3, "i", on=SYND),
        H("correction", (("Correction, {date}: an earlier version of this story gave the wrong name for the "
                          "parish priest.",),), "end", 0.1, "i", on=NEWS),
        H("copyright", (("© {year} Ledger Media plc. Reproduction without permission is prohibited.",),), "end",
          0.3, "sm", on=ALL),
        H("origin", (("This article first appeared on {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Abridged.", "Continue reading on {origin_host}"),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Claire Zammit/f/politics/editor; Matthew Agius/m/the courts/court reporter; "
                    "Kristina Grech/f/the environment/journalist; Daniel Farrugia/m/Gozo/correspondent"),
    plan=(("templated:festaprogramme", 10), ("templated:jellyfish", 10), ("hand:h15-en-comments", 1),
          ("hand:h15-en-whatsapp", 1), ("hand:h15-en-copyright", 1), ("syndicated", 5), ("edited", 2),
          ("trimmed", 2), ("repost", 2)),
    sections=("local", "gozo", "courts", "environment"), templates=("festaprogramme", "jellyfish"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "vallettaledger.example")), ld="graph",
    citing=("the Malta Police Force", "the Environment and Resources Authority", "the Planning Authority"),
    agencies=("Reuters", "Ledger"), photographers=("Jonathan Borg", "Ledger file", "Reuters"))


# ---- en: a Bethel public radio station -----------------------------------------------------------------------
def _icebox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The river widget: today's ice and travel on the Kuskokwim, new every day."""
    return ("Kuskokwim today", f"Ice at Bethel: {rng.randint(18, 44)} in.",
            f"Ice road: {rng.choice(('open to Akiak', 'open to Kwethluk', 'snowmachines only', 'closed at Napaskiak'))}",  # noqa: E501
            f"Low tonight: {rng.randint(-31, 12)}°F · wind {rng.choice(('N', 'NE', 'E', 'SW'))} {rng.randint(5, 35)}")


KR = Publisher(
    "KDLT Delta Public Radio", "kdlt640.example", "holdout15", "en",
    "Bethel|Kwethluk|Akiachak|Napaskiak|Tuluksak|Aniak|the Delta|the lower Kuskokwim|Hooper Bay",
    "https://{host}/news/{y}-{m}-{d}/{slug}",
    Skin(
        page=PAGES["KR"],
        article='<div class="kr-story"><h1>{h1}</h1><p class="kr-story__byline">{byline}</p>{figure}<section '
                'class="kr-story__content">{body}</section></div>',
        byline='By <span class="kr-name">{author}</span>, KDLT · <time datetime="{iso}">{date}</time>',
        figure='<figure class="kr-image"><img src="{src}" alt=""><figcaption>{caption} <cite>({credit}/KDLT)</cite>'
               '</figcaption></figure>',
        glue='<em class="kr-tag">{t}</em>',
        pieces={"ice": '<section class="kr-river"><h5>{h}</h5><ul>{li}</ul></section>',
                "bush": '<div class="kr-bushlines"><p>{t}</p><a href="tel:9075550140">Leave a message</a></div>',
                "yug": '<details class="kr-yugtun"><summary>Yugtun</summary><p>{t}</p></details>',
                "upd": '<p class="kr-upd"><b>{t}</b></p>',
                "give": '<div class="kr-give"><p>{t}</p><a href="/give/">Give now</a></div>',
                "i": '<p><i>{t}</i></p>',
                "fine": '<p class="kr-fine">{t}</p>'},
        ad='<div class="kr-sponsor" data-slot="underwriting"></div>',
        blocks={"h2": '<h2 class="kr-sub">{t}</h2>', "ul": '<ul class="kr-bul">{t}</ul>',
                "quote": '<blockquote class="kr-bq"><p>{t}</p></blockquote>',
                "fact": '<div class="kr-facts">{t}</div>', "fact-h": '<h3 class="kr-facts__h">{t}</h3>'}),
    habits=(
        H("updated", (("UPDATE: This story was updated at {time} with the latest river conditions.",),), "after1",
          0.15, "upd", on=NEWS + TMPL),
        *daily("holdout15", "river-ice-widget", "kr-ice", _icebox, "mid", 0.3, "ice", on=ALL),
        H("bush-lines", (("Have a message for family in the villages?",
                          "Bush Lines airs weekdays at 6:30 p.m.; call 907-555-0140 by 5."),), "mid", 0.25, "bush",
          on=ALL),
        H("yugtun-note", (("Una quliraq Yugtun-tun niicugniurluku: this story is also read in Yugtun on the noon "
                           "newscast.",),), "end", 0.3, "yug", on=NEWS + TMPL),
        H("donation", (("Local news on the Delta is listener-supported: become a KDLT member for $10 a month.",),),
          "end", 0.2, "give", on=NEWS),
        H("tip", (("Have a story idea for KDLT?", "Text the newsroom at 907-555-0177."),), "end", 0.25, "i"),
        H("attribution", (("Alaska Public Media contributed to this report.",),), "glue_space", 0.2,
          on=STORY + COPY + TMPL),
        H("bio", (("{author} covers {beat} for KDLT.", "Contact {obj}: {email}"),), "end", 0.3, "i",
          on=NEWS + TMPL),
        H("copyright", (("Copyright {year} KDLT, Bethel Broadcasting Inc.",),), "end", 0.25, "fine", on=ALL),
        H("origin", (("KDLT is republishing this story from {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("This is a shortened version.", "The original is at {origin_host}."),), "end", 1.0,
          "i", on=TRIM, link="origin_host"),
    ),
    authors=authors("Evelyn Alexie/f/Yugtun and the villages/translator; Gabby Hiestand Salgado/f/health/reporter; "
                    "Sam Nelson/m/fisheries/reporter; Shane Iverson/m/the station/general manager"),
    plan=(("templated:riverice", 10), ("templated:salmonopener", 10), ("hand:h15-en-yugtun", 1),
          ("hand:h15-en-broadband", 1), ("hand:h15-en-tower", 1), ("syndicated", 5), ("edited", 2),
          ("trimmed", 2), ("repost", 2)),
    sections=("delta", "subsistence", "health", "villages"), templates=("riverice", "salmonopener"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "kdlt640.example")), ld="article",
    dateline=("BETHEL — ", "ANIAK — "),
    citing=("the U.S. Fish and Wildlife Service", "Alaska State Troopers", "the Association of Village Council "
            "Presidents"),
    agencies=("KDLT", "AP"), photographers=("KDLT", "Sam Nelson", "USFWS"))


# ---- de: a Vorarlberg regional site --------------------------------------------------------------------------
def _lawinenbox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The avalanche widget: today's danger levels by region, new every day."""
    st = ("1 – gering", "2 – mäßig", "2 – mäßig", "3 – erheblich", "4 – groß")
    return ("Lawinenlage heute", f"Bregenzerwald | Stufe {rng.choice(st)}", f"Arlberg | Stufe {rng.choice(st)}",
            f"Silvretta | Stufe {rng.choice(st)}", f"Neuschnee 24 h | {rng.randint(0, 45)} cm")


LH = Publisher(
    "Ländle Heute", "laendle-heute.example", "holdout15", "de",
    "Dornbirn|Bregenz|Feldkirch|Bludenz|Lustenau|Hohenems|der Bregenzerwald|das Montafon|das Rheintal",
    "https://{host}/{section}/{slug}/{id}",
    Skin(
        page=PAGES["LH"],
        article='<article class="lh-beitrag"><div class="lh-beitrag__kopf"><h1>{h1}</h1><p>{byline}</p></div>'
                '{figure}<div class="lh-beitrag__text">{body}</div></article>',
        byline='<b>{author}</b> – {date}, {time}',
        figure='<figure class="lh-bild"><img src="{src}" alt=""><figcaption>{caption} · © {credit}</figcaption>'
               '</figure>',
        para='<p class="lh-absatz">{t}</p>',
        glue='<span class="lh-kuerzel">{t}</span>',
        pieces={"lawine": '<aside class="lh-lawine"><strong>{h}</strong><ul>{li}</ul></aside>',
                "foto": '<div class="lh-leserfoto"><p>{t}</p><a href="https://wa.example/436645550180">WhatsApp</a>'
                        '</div>',
                "wort": '<aside class="lh-wort"><p>{t}</p></aside>',
                "mehr": '<p class="lh-absatz lh-mehr">{t}</p>',
                "nl": '<section class="lh-nl"><p>{t}</p><input type="email" placeholder="E-Mail"></section>',
                "i": '<p class="lh-absatz"><i>{t}</i></p>',
                "klein": '<p class="lh-absatz"><small>{t}</small></p>',
                "live": '<p class="lh-live-info">{t}</p>',
                "older": '<button class="lh-live-mehr">{t}</button>',
                "paywall": '<div class="lh-plus"><p>{t}</p><a href="/plus/">Weiter</a></div>'},
        ad='<div class="lh-werbung" data-slot="content-1"></div>',
        live='<section class="lh-ticker">{updates}{more}</section>',
        live_update='<div class="lh-ticker__eintrag"><p class="lh-ticker__zeit"><time datetime="{iso}">{time}</time>'
                    '</p><h3>{h}</h3>{body}</div>',
        blocks={"h2": '<h2 class="lh-zwischentitel">{t}</h2>', "ul": '<ul class="lh-aufzaehlung">{t}</ul>',
                "quote": '<blockquote class="lh-zitat"><p>{t}</p></blockquote>',
                "fact": '<aside class="lh-info">{t}</aside>', "fact-h": '<h4 class="lh-info__t">{t}</h4>'}),
    habits=(
        H("photo-credit", (("Foto: Ländle Heute/{photog}",),), "glue_lede", 0.15, on=STORY),
        H("related", (("Auch interessant ➜ {headline}",),), "after1", 0.35, "mehr", link="headline"),
        *daily("holdout15", "avalanche-widget", "lh-lawine", _lawinenbox, "mid", 0.3, "lawine", on=STORY + COPY),
        H("reader-photo", (("Sie waren dabei?", "Schicken Sie uns Ihre Fotos per WhatsApp an +43 664 555 0180."),
                           ("Leserreporter gesucht: Ihr Bild vom Tag an foto@laendle-heute.example.",)), "mid",
          0.25, "foto", on=ALL),
        H("dialect-word", (("Ländle-Wort des Tages: „gsi“ heißt „gewesen“.",),
                           ("Ländle-Wort des Tages: „Grumbira“ sind Kartoffeln.",),
                           ("Ländle-Wort des Tages: „hüt“ heißt „heute“.",)), "end", 0.3, "wort", on=ALL),
        H("newsletter", (("Der Ländle-Morgen: alle Nachrichten aus Vorarlberg um 6 Uhr in Ihrem Postfach.",),),
          "mid", 0.2, "nl"),
        H("agency", (("(APA)",),), "glue_space", 0.2, on=STORY + COPY),
        H("attribution", (("Mit Material von {source}",),), "glue", 0.2, on=STORY + COPY),
        H("bio", (("{author} ist Redakteur{in} bei Ländle Heute und schreibt über {beat}: {email}",),), "end",
          0.25, "i", on=NEWS),
        H("copyright", (("© Ländle Heute Medien GmbH {year}",),), "end", 0.3, "klein", on=ALL),
        H("origin", (("Übernommen von {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Auszug.", "Den ganzen Text lesen Sie auf {origin_host}"),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
        H("paywall", (("Ländle Heute Plus",
                       "Weiterlesen mit Plus: alle Artikel, das E-Paper und keine Werbung.",
                       "Der erste Monat kostet 1 Euro."),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Ländle Heute berichtet live; die neuesten Einträge stehen oben.",),), "top", 0.8,
          "live"),
        H("ui", (("Weitere Einträge laden",),), "more", 1.0, "older"),
    ),
    authors=authors("Marlies Mohr/f/die Landespolitik/Redakteurin; Thomas Matt/m/Dornbirn/Redakteur; "
                    "Birgit Entner-Gerhold/f/den Bregenzerwald/Chefredakteurin; Klaus Hämmerle/m/den Sport/"
                    "Redakteur"),
    plan=(("templated:alpabtrieb", 6), ("templated:fundbuero", 6), ("news", 8), ("liveblog", 1),
          ("jsonld-full", 2), ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1),
          ("hand:h15-de-lawinenapp", 1), ("hand:h15-de-leserfotos", 1), ("syndicated", 2), ("edited", 1),
          ("trimmed", 1), ("repost", 2)),
    sections=("vorarlberg", "dornbirn", "bregenzerwald", "rheintal"), templates=("alpabtrieb", "fundbuero"),
    live_show=5, copy_from=(*DE_FROM, "domspiegel-muenster.example"), ld="graph", ld_join="\n",
    citing=("die Landespolizeidirektion", "das Land Vorarlberg", "die Illwerke vkw"), agencies=("APA", "LH"),
    photographers=("Ländle Heute/Thomas Matt", "APA/Dietmar Stiplovsek", "Land Vorarlberg"))


# ---- de: the Catholic diocesan weekly of Münster -------------------------------------------------------------
_HEILIGE = ("Hl. Ludgerus, erster Bischof von Münster", "Hl. Hildegard von Bingen", "Hl. Vinzenz von Paul",
            "Hl. Franz von Assisi", "Hl. Teresa von Ávila", "Sel. Clemens August Graf von Galen",
            "Hl. Elisabeth von Thüringen", "Hl. Martin von Tours", "Hl. Bonifatius", "Hl. Theresia vom Kinde Jesu",
            "Hl. Hedwig von Schlesien", "Hl. Albertus Magnus")


def _heiligenbox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The saint of the day: a name and the day's reading, new every day."""
    return ("Heilige des Tages", rng.choice(_HEILIGE),
            f"Tagesevangelium: {rng.choice(('Lk', 'Mt', 'Mk', 'Joh'))} {rng.randint(1, 21)},{rng.randint(1, 30)}-"
            f"{rng.randint(31, 50)}", f"Liturgische Farbe: {rng.choice(('grün', 'weiß', 'rot'))}")


DS = Publisher(
    "Der Domspiegel", "domspiegel-muenster.example", "holdout15", "de",
    "Münster|Coesfeld|Borken|Rheine|Warendorf|Recklinghausen|das Münsterland|der Niederrhein|Oldenburg",
    "https://www.{host}/{section}/{y}/{m}/{slug}",
    Skin(
        page=PAGES["DS"],
        article='<div class="ds-artikel"><p class="ds-artikel__rubrik">{byline}</p><h1 class="ds-artikel__titel">'
                '{h1}</h1>{figure}<div class="ds-artikel__inhalt">{body}</div></div>',
        byline='Von <span class="ds-autor">{author}</span> | {date}',
        figure='<div class="ds-abb"><img src="{src}" alt=""><p class="ds-abb__text">{caption} | Foto: {credit}</p>'
               '</div>',
        glue='<span class="ds-quelle">{t}</span>',
        pieces={"heilig": '<aside class="ds-heilige"><h5>{h}</h5><ul>{li}</ul></aside>',
                "reise": '<div class="ds-leserreise"><p>{t}</p><a href="/leserreisen/">Zum Programm</a></div>',
                "weiter": '<p class="ds-weiter">{t}</p>',
                "gebet": '<div class="ds-gebet"><p><em>{t}</em></p></div>',
                "i": '<p><i>{t}</i></p>',
                "klein": '<p class="ds-klein">{t}</p>',
                "live": '<p class="ds-live-hinweis">{t}</p>',
                "older": '<button class="ds-live-weitere">{t}</button>',
                "paywall": '<div class="ds-abo-box"><p>{t}</p></div>'},
        ad='<div class="ds-anzeige" data-format="rectangle"></div>',
        live='<div class="ds-live" data-live="true">{updates}{more}</div>',
        live_update='<section class="ds-live__post"><time datetime="{iso}">{time}</time><h2>{h}</h2>{body}</section>',
        entities="named",
        blocks={"h2": '<h3 class="ds-zwischen">{t}</h3>', "ul": '<ul class="ds-punkte">{t}</ul>',
                "quote": '<blockquote class="ds-zitat"><p>{t}</p></blockquote>',
                "fact": '<aside class="ds-kasten">{t}</aside>', "fact-h": '<p class="ds-kasten__titel">{t}</p>'}),
    habits=(
        H("related", (("Lesen Sie auch: {headline}",),), "after1", 0.35, "weiter", link="headline"),
        *daily("holdout15", "saint-of-day", "ds-heilige", _heiligenbox, "mid", 0.3, "heilig", on=ALL),
        H("reader-trip", (("Mit dem Domspiegel nach Assisi: Leserreise vom 4. bis 10. Mai 2026, ab 1.290 Euro im "
                           "Doppelzimmer.",),
                          ("Leserreise nach Rom zur Heiligsprechung: noch 12 Plätze frei.",
                           "Anmeldung unter 0251 555 0470.")), "end", 0.3, "reise", on=ALL, days=(6, 999)),
        H("prayer-request", (("Beten Sie mit: Unsere Gebetsanliegen sammeln wir unter gebet@domspiegel-muenster."
                              "example.",),), "mid", 0.15, "gebet"),
        H("agency", (("(KNA)",),), "glue_space", 0.2, on=STORY + COPY),
        H("attribution", (("Mit Informationen von {source}.",),), "glue", 0.2, on=STORY + COPY + TMPL),
        H("bio", (("{author}, {role} beim Domspiegel, ist erreichbar unter {email}.",),), "end", 0.25, "i",
          on=NEWS + TMPL),
        H("follow", (("Der Domspiegel auf Instagram: @domspiegel.muenster",),), "end", 0.2, "klein", on=ALL),
        H("copyright", (("© Dialogverlag Münster {year}",),), "end", 0.3, "klein", on=ALL),
        H("origin", (("Dieser Beitrag erschien zuerst bei {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Gekürzt.", "Vollständiger Beitrag: {origin_host}"),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
        H("paywall", (("Domspiegel digital",
                       "Dieser Beitrag ist Abonnentinnen und Abonnenten vorbehalten.",
                       "Das Digital-Abo kostet 6,90 Euro im Monat."),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Der Domspiegel begleitet die Bistumswallfahrt nach Kevelaer im Liveblog.",),), "top",
          0.8, "live"),
        H("ui", (("Ältere Beiträge zeigen",),), "more", 1.0, "older"),
    ),
    authors=authors("Markus Nolte/m/das Bistum/Chefredakteur; Anke Lucht/f/die Pfarreien/Redakteurin; "
                    "Michael Bönte/m/die Weltkirche/Redakteur; Johannes Loy/m/die Caritas/Redakteur"),
    plan=(("templated:personalchronik", 6), ("templated:kollekte", 6), ("news", 8), ("liveblog", 1),
          ("jsonld-full", 2), ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1),
          ("hand:h15-de-druck", 1), ("hand:h15-de-anmeldung", 1), ("syndicated", 2), ("edited", 1),
          ("trimmed", 1), ("repost", 2)),
    sections=("bistum", "pfarreien", "weltkirche", "caritas"), templates=("personalchronik", "kollekte"),
    live_show=6, copy_from=(*DE_FROM, "laendle-heute.example"), ld="article",
    citing=("die Bischöfliche Pressestelle", "der Caritasverband", "KNA"), agencies=("KNA", "DS"),
    photographers=("Michael Bönte", "Bischöfliche Pressestelle", "KNA"))


# ---- fr: a Cap-Haïtien news site -----------------------------------------------------------------------------
def _routesbox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The road-security box: the state of the main roads today, new every day."""
    st = ("praticable", "praticable", "prudence", "déconseillée", "bloquée")
    return ("Routes ce matin", f"RN 1 Cap-Haïtien – Gonaïves : {rng.choice(st)}",
            f"RN 3 Cap-Haïtien – Hinche : {rng.choice(st)}", f"RN 6 vers Ouanaminthe : {rng.choice(st)}")


HM = Publisher(
    "Haïti Matin", "haitimatin.example", "holdout15", "fr",
    "Cap-Haïtien|Milot|Limonade|Fort-Liberté|Ouanaminthe|Port-de-Paix|le Nord|le Nord-Est|Port-au-Prince",
    "https://{host}/{section}/{y}/{m}/{d}/{slug}/",
    Skin(
        page=PAGES["HM"],
        article='<article class="hm-article"><h1 class="hm-article__titre">{h1}</h1><div class="hm-article__meta">'
                '{byline}</div>{figure}<div class="hm-article__contenu">{body}</div></article>',
        byline='<span class="hm-signature">{author}</span> — <span>{date} {time}</span>',
        figure='<figure class="hm-image"><img src="{src}" alt=""><figcaption>{caption} / Photo : {credit}'
               '</figcaption></figure>',
        glue='<span class="hm-source">{t}</span>',
        pieces={"routes": '<aside class="hm-routes"><h4>{h}</h4><ul>{li}</ul></aside>',
                "kreyol": '<div class="hm-kreyol" lang="ht"><p>{t}</p></div>',
                "diaspora": '<div class="hm-diaspora"><p>{t}</p><a href="/diaspora/temoigner/">Témoigner</a></div>',
                "lire": '<p class="hm-lire"><b>{t}</b></p>',
                "app": '<p class="hm-app">{t}</p>',
                "em": '<p><em>{t}</em></p>',
                "petit": '<p class="hm-petit">{t}</p>'},
        ad='<div class="hm-pub" data-position="article-milieu"></div>',
        entities="french",
        blocks={"h2": '<h2 class="hm-intertitre">{t}</h2>', "ul": '<ul class="hm-liste">{t}</ul>',
                "quote": '<blockquote class="hm-citation"><p>{t}</p></blockquote>',
                "fact": '<aside class="hm-repere">{t}</aside>', "fact-h": '<h3 class="hm-repere__t">{t}</h3>'}),
    habits=(
        H("attribution", (("HM —",),), "glue_lede", 0.15, on=STORY + COPY),
        H("related", (("À lire aussi >> {headline}",),), "after1", 0.35, "lire", link="headline"),
        *daily("holdout15", "security-status", "hm-routes", _routesbox, "mid", 0.3, "routes", on=ALL),
        H("creole-summary", (("An kreyòl: Atik sa a disponib an kreyòl sou paj Haïti Matin Kreyòl la.",),
                             ("Rezime an kreyòl: li tout nouvèl jounen an chak swa a 6 è sou sit la.",)), "end",
          0.3, "kreyol", on=NEWS + COPY),
        H("diaspora-call", (("Vous vivez à l'étranger ?", "Racontez-nous votre quotidien à diaspora@haitimatin."
                             "example."),), "end", 0.25, "diaspora", on=ALL),
        H("app", (("Téléchargez l'application Haïti Matin : elle fonctionne même avec une connexion lente.",),),
          "mid", 0.15, "app"),
        H("agency", (("(AFP)",), ("(AHP)",)), "glue_space", 0.2, on=STORY + COPY),
        H("bio", (("{author} est journaliste à Haïti Matin et couvre {beat}.", "Écrire à {email}"),), "end", 0.25,
          "em", on=NEWS),
        H("bio", (("{author} collabore à {origin}.",),), "end", 0.3, "em", on=SYND),
        H("copyright", (("© {year} Haïti Matin — Reproduction interdite sans autorisation écrite",),), "end", 0.3,
          "petit", on=ALL),
        H("origin", (("Cet article a d'abord été publié par {origin}.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Extrait.", "Lire la suite sur {origin_host}"),), "end", 1.0, "em", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Rose-Andrée Pierre-Louis/f/la politique/rédactrice en chef; Wendy Saint-Fleur/f/la santé/"
                    "journaliste; Jean-Marc Hérard/m/l'économie/journaliste; Ricardo Désir/m/le Nord-Est/"
                    "correspondant"),
    plan=(("templated:cholera", 10), ("templated:tauxbrh", 9), ("hand:h15-fr-kreyol", 1), ("hand:h15-fr-edh", 1),
          ("hand:h15-fr-droits", 1), ("hand:h15-fr-moncash", 1), ("syndicated", 3), ("edited", 1), ("trimmed", 1),
          ("repost", 2)),
    sections=("nord", "national", "economie", "sante"), templates=("cholera", "tauxbrh"),
    copy_from=(*FR_FROM, *_others(FR_HOSTS, "haitimatin.example")), ld="graph",
    citing=("la PNH", "le MSPP", "la mairie du Cap-Haïtien"),
    agencies=("AFP", "AHP"), photographers=("Haïti Matin", "Ricardo Désir", "AFP"))


# ---- fr: a weekly of the Aven country -------------------------------------------------------------------------
EA = Publisher(
    "L'Écho de l'Aven", "echodelaven.example", "holdout15", "fr",
    "Quimperlé|Pont-Aven|Moëlan-sur-Mer|Clohars-Carnoët|Riec-sur-Bélon|Névez|Scaër|Bannalec|le pays de Quimperlé",
    "https://www.{host}/{section}/{slug}-{id}.html",
    Skin(
        page=PAGES["EA"],
        article='<div class="ea-papier"><h1>{h1}</h1><p class="ea-papier__sig">{byline}</p>{figure}<div '
                'class="ea-papier__texte">{body}</div></div>',
        byline='{author}, le {date}',
        figure='<figure class="ea-cliche"><img src="{src}" alt=""><figcaption>{caption} <span>({credit})</span>'
               '</figcaption></figure>',
        para='<p class="ea-p">{t}</p>',
        pieces={"ger": '<aside class="ea-ger" lang="br"><p>{t}</p></aside>',
                "marche": '<div class="ea-marches"><p>{t}</p></div>',
                "photos": '<p class="ea-p ea-vente-photos">{t}</p>',
                "lire": '<p class="ea-p ea-lire">{t}</p>',
                "em": '<p class="ea-p"><em>{t}</em></p>',
                "petit": '<p class="ea-p"><small>{t}</small></p>'},
        ad='<div class="ea-annonce" data-zone="milieu"></div>',
        entities="french",
        blocks={"h2": '<h2 class="ea-inter">{t}</h2>', "ul": '<ul class="ea-tirets">{t}</ul>',
                "quote": '<blockquote class="ea-cit"><p>{t}</p></blockquote>',
                "fact": '<aside class="ea-pratique">{t}</aside>', "fact-h": '<h4>{t}</h4>'}),
    habits=(
        H("photo-credit", (("(Photo L'Écho)",),), "glue_lede", 0.15, on=STORY),
        H("related", (("À lire | {headline}",),), "after1", 0.35, "lire", link="headline"),
        H("breton-word", (("Ger ar sizhun : « kenavo » veut dire « au revoir ».",),
                          ("Ger ar sizhun : « degemer mat », bienvenue.",),
                          ("Ger ar sizhun : « trugarez » signifie « merci ».",)), "mid", 0.3, "ger", on=ALL),
        H("market-days", (("Marchés de la semaine : Quimperlé le vendredi, Pont-Aven le mardi, Moëlan le mardi et "
                           "le dimanche.",),), "end", 0.25, "marche", on=ALL),
        H("photo-sales", (("Les photos de nos correspondants sont en vente à l'agence, 3, place Charles-de-"
                           "Gaulle.",),), "end", 0.2, "photos", on=NEWS + TMPL),
        H("attribution", (("Correspondant : {source}",),), "glue", 0.2, on=STORY + COPY + TMPL),
        H("bio", (("{author} est {role} à L'Écho de l'Aven.", "Le joindre : {email}"),), "end", 0.3, "em",
          on=NEWS + TMPL),
        H("bio", (("{author} écrit pour {origin}.",),), "end", 0.3, "em", on=SYND),
        H("tip", (("Une info à nous signaler ?", "Appelez l'agence au 02 98 55 01 00."),), "end", 0.2, "em"),
        H("copyright", (("© L'Écho de l'Aven {year}",),), "end", 0.3, "petit", on=ALL),
        H("origin", (("Avec l'autorisation de {origin}.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Article abrégé.", "L'intégralité sur {origin_host}"),), "end", 1.0, "em", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Goulven Le Naour/m/la vie municipale/directeur de la publication; Katell Rivoal/f/la culture/"
                    "journaliste; Ronan Kerbrat/m/la mer et le port/journaliste; Soazig Le Bihan/f/les sports/"
                    "journaliste"),
    plan=(("templated:etatcivil", 10), ("templated:festnoz", 9), ("hand:h15-fr-brezhoneg", 1),
          ("hand:h15-fr-marche", 1), ("hand:h15-fr-correspondant", 1), ("hand:h15-fr-programmetele", 1),
          ("syndicated", 3), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("quimperle", "pont-aven", "moelan", "loisirs"), templates=("etatcivil", "festnoz"),
    copy_from=(*FR_FROM, *_others(FR_HOSTS, "echodelaven.example")), ld="article", ld_join=" ",
    citing=("la mairie", "Quimperlé Communauté", "la gendarmerie de Quimperlé"),
    agencies=("L'Écho", "AFP"), photographers=("L'Écho", "Ronan Kerbrat", "Katell Rivoal"))


# ---- es: a Galician-coast fishing news site -------------------------------------------------------------------
def _boyabox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The buoy widget: today's readings off the Rías Baixas, new every day."""
    return ("Boya de Cabo Silleiro", f"Ola significativa | {_dec(rng.uniform(0.8, 5.4))} m",
            f"Periodo | {rng.randint(7, 16)} s", f"Agua | {_dec(rng.uniform(13.1, 19.4))} °C",
            f"Viento | {rng.choice(('NE', 'N', 'SO', 'O'))} {rng.randint(5, 40)} nudos")


def _dec(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


LD = Publisher(
    "Lonja Digital", "lonjadigital.example", "holdout15", "es",
    "Vigo|Cangas|Marín|Bueu|Ribeira|O Grove|A Guarda|Burela|las Rías Baixas",
    "https://{host}/{section}/{id}/{slug}",
    Skin(
        page=PAGES["LD"],
        article='<article class="ld-pieza"><p class="ld-pieza__seccion">{byline}</p><h1 class="ld-pieza__titular">'
                '{h1}</h1>{figure}<div class="ld-pieza__texto">{body}</div></article>',
        byline='<span class="ld-firma">{author}</span> | <time datetime="{iso}">{date}</time>',
        figure='<figure class="ld-foto"><img src="{src}" alt=""><figcaption>{caption}. Foto: {credit}</figcaption>'
               '</figure>',
        glue='<small class="ld-fuente">{t}</small>',
        pieces={"boya": '<aside class="ld-boya"><h6>{h}</h6><ul>{li}</ul></aside>',
                "subasta": '<div class="ld-horario"><p>{t}</p></div>',
                "galego": '<p class="ld-galego"><a href="/gl/">{t}</a></p>',
                "rel": '<p class="ld-rel"><b>{t}</b></p>',
                "nl": '<div class="ld-boletin"><p>{t}</p><button>Alta</button></div>',
                "nota": '<p><i>{t}</i></p>',
                "legal": '<p class="ld-legal">{t}</p>'},
        ad='<div class="ld-anuncio" data-pos="intertexto"></div>',
        blocks={"h2": '<h2 class="ld-ladillo">{t}</h2>', "ul": '<ul class="ld-lista">{t}</ul>',
                "quote": '<blockquote class="ld-cita"><p>{t}</p></blockquote>',
                "fact": '<aside class="ld-claves">{t}</aside>', "fact-h": '<h3 class="ld-claves__t">{t}</h3>'}),
    habits=(
        H("related", (("Te puede interesar: {headline}",),), "after1", 0.35, "rel", link="headline"),
        *daily("holdout15", "buoy-widget", "ld-boya", _boyabox, "mid", 0.3, "boya", on=ALL),
        H("auction-hours", (("Horario de subasta en O Berbés: pescado de bajura a las 5:00 h, marisco a las 7:30 h "
                             "y altura a las 19:00 h.",),), "mid", 0.2, "subasta", on=ALL),
        H("galician-version", (("Esta noticia tamén está dispoñible en galego.",),), "top", 0.2, "galego",
          on=ALL),
        H("newsletter", (("Cada mañana, las cotizaciones de las lonjas gallegas en su correo: apúntese gratis.",),),
          "end", 0.25, "nl"),
        H("agency", (("(Europa Press)",), ("(EFE)",)), "glue_space", 0.2, on=STORY + COPY + TMPL),
        H("attribution", (("Con información de {source}.",),), "glue", 0.2, on=STORY + COPY),
        H("bio", (("{author} es {role} de Lonja Digital y escribe sobre {beat}.", "Correo: {email}"),), "end", 0.3,
          "nota", on=NEWS),
        H("copyright", (("© {year} Lonja Digital. Queda prohibida la reproducción sin autorización.",),), "end",
          0.3, "legal", on=ALL),
        H("origin", (("Esta información fue publicada originalmente por {origin}.",),), "top", 0.7, "nota",
          on=COPY),
        H("read-rest", (("Versión reducida.", "La noticia completa, en {origin_host}"),), "end", 1.0, "nota",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Xosé Lois Fandiño/m/la flota/director; Iria Otero/f/el marisqueo/redactora; "
                    "Brais Comesaña/m/las lonjas/redactor; Uxía Pereira/f/la acuicultura/redactora"),
    plan=(("templated:biotoxinas", 10), ("templated:costera", 9), ("hand:h15-es-appmarisco", 1),
          ("hand:h15-es-podcast", 1), ("hand:h15-es-galego", 1), ("hand:h15-es-subastaonline", 1),
          ("syndicated", 3), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("flota", "lonjas", "marisqueo", "acuicultura"), templates=("biotoxinas", "costera"),
    copy_from=(*ES_FROM, *_others(ES_HOSTS, "lonjadigital.example")), ld="article",
    citing=("la Consellería do Mar", "el Intecmar", "la Cofradía de Vigo"),
    agencies=("Europa Press", "EFE"), photographers=("Lonja Digital", "Brais Comesaña", "EFE"))


# ---- es: a San Pedro Sula daily ------------------------------------------------------------------------------
DV = Publisher(
    "Diario del Valle", "diariodelvalle.example", "holdout15", "es",
    "San Pedro Sula|Choloma|Villanueva|La Lima|Puerto Cortés|El Progreso|el valle de Sula|Tegucigalpa",
    "https://www.{host}/{section}/{id}-{slug}",
    Skin(
        page=PAGES["DV"],
        article='<div class="dv-nota"><h1 class="dv-nota__titulo">{h1}</h1><div class="dv-nota__firma">{byline}'
                '</div>{figure}<div class="dv-nota__texto">{body}</div></div>',
        byline='<strong>{author}</strong> / <span>{date} {time}</span>',
        figure='<figure class="dv-foto"><img src="{src}" alt=""><figcaption>{caption} | Foto: {credit}'
               '</figcaption></figure>',
        para='<p class="dv-parrafo">{t}</p>',
        glue='<span class="dv-agencia">{t}</span>',
        pieces={"qr": '<div class="dv-qr"><img src="/qr/video.png" alt=""><p>{t}</p></div>',
                "tv": '<aside class="dv-noticiero"><p>{t}</p></aside>',
                "datos": '<p class="dv-parrafo dv-datos">{t}</p>',
                "rel": '<p class="dv-parrafo dv-relacionada">{t}</p>',
                "pub": '<p class="dv-etiqueta-pub">{t}</p>',
                "nota": '<p class="dv-parrafo"><em>{t}</em></p>',
                "legal": '<p class="dv-parrafo"><small>{t}</small></p>'},
        ad='<div class="dv-banner" data-slot="nota-medio"></div>',
        entities="ascii",
        blocks={"h2": '<h2 class="dv-subtitulo">{t}</h2>', "ul": '<ul class="dv-lista">{t}</ul>',
                "quote": '<blockquote class="dv-cita"><p>{t}</p></blockquote>',
                "fact": '<aside class="dv-recuadro">{t}</aside>', "fact-h": '<h3>{t}</h3>'}),
    habits=(
        H("photo-credit", (("Foto: Diario del Valle",),), "glue_lede", 0.15, on=STORY),
        H("related", (("TAMBIÉN LEA: {headline}",),), "after1", 0.35, "rel", link="headline"),
        H("qr-code", (("Escanee el código QR y vea el video de esta noticia en nuestro canal.",),), "mid", 0.25,
          "qr", on=ALL),
        H("ad-label", (("PUBLICIDAD",),), "mid", 0.2, "pub", on=ALL),
        H("newscast-times", (("Vea Noticiero del Valle a las 6:00 a. m., 12:00 m. y 7:00 p. m. por el canal 27.",),),
          "end", 0.3, "tv", on=ALL),
        H("zero-rating", (("Lea Diario del Valle sin consumir su saldo con su plan prepago.",),), "end", 0.2,
          "datos", on=ALL, days=(9, 999)),
        H("agency", (("(EFE)",),), "glue_space", 0.2, on=STORY + COPY),
        H("attribution", (("Con datos de {source}.",),), "glue", 0.2, on=STORY + COPY + TMPL),
        H("bio", (("{author} es periodista de Diario del Valle; cubre {beat}.", "Correo electrónico: {email}"),),
          "end", 0.3, "nota", on=NEWS),
        H("correction", (("Fe de erratas: una versión anterior de esta nota indicaba mal la fecha del evento.",),),
          "end", 0.1, "nota", on=NEWS),
        H("copyright", (("© {year} Diario del Valle. Todos los derechos reservados.",),), "end", 0.3, "legal",
          on=ALL),
        H("origin", (("Nota original de {origin}.",),), "top", 0.7, "nota", on=COPY),
        H("read-rest", (("Resumen.", "Siga leyendo en {origin_host}"),), "end", 1.0, "nota", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Karla Orellana/f/los sucesos/periodista; Nelson Bueso/m/la economía/editor; "
                    "Dania Ramos/f/la salud/periodista; Jorge Paz/m/los deportes/periodista"),
    plan=(("templated:jornadamedica", 10), ("templated:feriaempleo", 9), ("hand:h15-es-estafa", 1),
          ("hand:h15-es-aniversario", 1), ("hand:h15-es-datosgratis", 1), ("hand:h15-es-pagoqr", 1),
          ("syndicated", 3), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("sps", "nacionales", "economia", "salud"), templates=("jornadamedica", "feriaempleo"),
    copy_from=(*ES_FROM, *_others(ES_HOSTS, "diariodelvalle.example")), ld="graph", ld_join="\n",
    dateline=("SAN PEDRO SULA. – ", "CHOLOMA. – "),
    citing=("la Policía Nacional", "la Secretaría de Salud", "la alcaldía sampedrana"),
    agencies=("EFE", "DV"), photographers=("Diario del Valle", "Jorge Paz", "EFE"))

HOLDOUT15 = (VL, KR, LH, DS, HM, EA, LD, DV)
