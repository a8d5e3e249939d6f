"""The eight publishers of the 'holdout9' half (en x3, de x2, fr x1, es x2), written after the other ten halves,
by someone who had not read the cleaner, before it was run on them.  They are kinds of newsroom the other halves
lack: a US Midwest public-radio newsroom collaborative, a Trinidad evening daily, a Kenyan news site, a Saxon
regional business daily, a Graz city magazine, a Martinique daily, a Canary Islands news site and a Paraguayan
national site.  Their boilerplate wording, labels and markup are new.

What they bring (kinds only; the wordings are the publishers' own): "produced by / in partnership with" lines
identical on every page, a series label on river stories, a foundation-funding line on farm stories, slot-first
author bios (the name first), AI disclosures (a transcription note, an AI "key points" box with its disclosure
under it, automated-update notes on weather pages), republish and donation asks (one rotating every ten days),
newsletter, podcast, app, notification, WhatsApp-channel and follow calls, a responsible-gambling line under
lottery stories, reading time, "Listen" players (one read by a synthetic voice), photo credits at the top, after
the first paragraph, at the end and glued to the lede without a space, attributions glued to the last sentence
with and without a space ("…said.Reported by X, citing Y."), agency credits, an "Anzeige" / "Story continues
below advertisement" divider, corrections, editor's notes and a print-edition note, transparency and
investment disclaimers, comment rules, copyright lines, a Kiswahili and a Guaraní switch, a blocked-embed
placeholder, tip lines, member-club and premium asks, an events box and a market box changing every day, origin
notes and "read the rest at" tails on copies, a paywall under the business daily's JSON-LD-only pages and
live-blog notices and "load more" buttons.  Some are in plain ``<p>`` exactly like the story (one skin wraps
every paragraph in Word's ``MsoNormal`` markup and escapes all non-ASCII as character references), some in
boxes, ``<aside>`` or buttons.  Story text in chrome-like markup: subheads, lists, quotations and fact boxes in
the handwritten and templated stories.  Recurrence traps: templated stories whose stock sentences name the
publisher, its phone number or e-mail address, or read like disclaimers, help lines and "we updated this"
notes; short list-opening lines; handwritten stories quoting on-air asks, AI disclaimers, scam messages,
signage and fine print.  The English, French and Spanish publishers, with no corpus stories left, run templated
and handwritten stories and copies of other publishers' stories; the two German ones also run corpus stories,
live blogs and JSON-LD variants (full, teaser-only and stale ``articleBody``).
"""

from __future__ import annotations

import random

from bench.cleaning_set.cms import ALL, COPY, Habit, Publisher, Skin, daily, headline_box, rotating
from bench.cleaning_set.publishers_holdout7 import DE_COPY, EN_COPY, ES_COPY, FR_COPY
from bench.cleaning_set.publishers_tune import authors
from bench.cleaning_set.skins_holdout9 import PAGES

H = Habit
NEWS = ("news",)
STORY = ("news", "reposted")
TRIM = ("trimmed",)

EN_HOSTS = ("confluencedesk.example", "eveningmailtt.example", "nyotadaily.example")
DE_HOSTS = ("mdwz.example", "stadtzeit-graz.example")
ES_HOSTS = ("elalisio.example", "nacionalpy.example")
EN_FROM = (*EN_COPY, "capitolkeystone.example", "taysidecourant.example", "highvelddaily.example", "wbyx10.example",
           "teifivalleyobserver.example", "lagoonchronicle.example")
DE_FROM = (*DE_COPY, "tirol.alpenrundfunk.example", "logistik-depesche.example", "vorpommern.kuestenfunk.example",
           "bauernpost.example")
FR_FROM = (*FR_COPY, "echobouregreg.example", "tribune-lemanique.example", "moniteurwallon.example",
           "abidjanmatin.example")
ES_FROM = (*ES_COPY, "antioquiaaldia.example", "litoraloriental.example")


def _others(hosts: tuple[str, ...], me: str) -> tuple[str, ...]:
    return tuple(h for h in hosts if h != me)


# ---- en: a US Midwest public-radio newsroom collaborative ----------------------------------------------------
CD = Publisher(
    "The Confluence Desk", "confluencedesk.example", "holdout9", "en",
    "St. Louis|the Metro East|the Quad Cities|mid-Missouri|the river towns",
    "https://www.{host}/{section}/{y}-{m}-{d}/{slug}",
    Skin(
        page=PAGES["CD"],
        article='<article class="story"><header class="story-head"><h1 class="story-title">{h1}</h1><div '
                'class="story-byline">{byline}</div></header>{figure}<div id="storytext" class="storytext">{body}'
                '</div></article>',
        byline='<p class="byline"><span class="byline__name">{author}</span></p><p class="dateblock"><time '
               'datetime="{iso}">{date}</time></p>',
        figure='<div class="bucketwrap image"><img src="{src}" alt=""><div class="credit-caption"><p>{caption}</p>'
               '<span class="credit">{credit}</span></div></div>',
        pieces={"audio": '<div class="audio-module"><button class="audio-play" aria-label="Play">Play</button><span '
                         'class="audio-module-title">{t}</span></div>',
                "series": '<p class="series-label"><em>{t}</em></p>',
                "rel": '<p class="related-inline"><strong>{t}</strong></p>',
                "donate": '<div class="cd-ask"><p>{t}</p><a class="cd-ask__btn" href="/donate/">Give now</a></div>',
                "pod": '<aside class="cd-podcast"><p>{t}</p></aside>',
                "nl": '<div class="cd-newsletter"><p>{t}</p><input type="email"><button>Sign up</button></div>',
                "repub": '<div class="cd-republish"><p>{t}</p><button>Republish this story</button></div>',
                "small": '<p class="cd-fine"><small>{t}</small></p>',
                "i": '<p><em>{t}</em></p>'},
        blocks={"h2": '<h3 class="edTag">{t}</h3>', "ul": '<ul class="edList">{t}</ul>',
                "quote": '<aside class="pullquote"><p>{t}</p></aside>'}),
    habits=(
        H("listen", (("Listen · {audio}",),), "top", 0.35, "audio", on=STORY),
        H("series", (("This story is part of “Low Water,” a Confluence Desk series on the shrinking Mississippi.",),),
          "top", 0.8, "series", on=ALL, topic=r"(?i)\b(Mississippi|barges?|tows?)\b"),
        H("related", (("RELATED: {headline}",),), "after1", 0.4, "rel", link="headline"),
        *rotating("donation", [
            ("Confluence Desk reporting is free to read because listeners give.",
             "Make a gift to your public radio station today."),
            ("Our fall member drive ends Sept. 30.",
             "A gift of $10 a month keeps a reporter in every river town we cover."),
            ("Federal funding for public media has ended.",
             "Your local station now depends on you, and giving takes a minute."),
        ], 10, "mid", 0.35, "donate"),
        H("podcast", (("Hear more stories like this on “The Confluence,” new every Thursday wherever you get "
                       "podcasts.",),), "mid", 0.2, "pod"),
        H("newsletter", (("Get “Confluence Weekly,” a Sunday email with the region’s best public radio reporting.",),),
          "end", 0.3, "nl"),
        H("agency", (("Harvest Lands Public Media contributed reporting.",),), "glue", 0.2, on=STORY + COPY),
        H("bio", (("{author} covers {beat} for the Confluence Desk.", "Reach {obj} at {email}."),), "end", 0.35, "i",
          on=NEWS),
        H("ai-disclosure", (("Editor’s note: An automated transcription tool was used to transcribe interviews for "
                             "this story; a reporter checked every quote against the recording.",),), "end", 0.15,
          "i", on=NEWS),
        H("correction", (("Correction: An earlier version of this story misstated the day of a county meeting.",),),
          "end", 0.08, "i", on=NEWS),
        H("funding", (("The Confluence Desk’s agriculture reporting is supported in part by the Wend Family "
                       "Foundation, which has no say over our coverage.",),), "end", 1.0, "small", on=ALL,
          topic=r"(?i)\b(farm\w*|soybeans?|grain|harvest)\b"),
        H("partnership", (("This story was produced by the Confluence Desk, a reporting collaboration of KRVW St. "
                           "Louis, Prairie Lands Public Radio and WQCR Quad Cities.",),), "end", 0.55),
        H("republish", (("Republish this story for free under a Creative Commons license.",),), "end", 0.3, "repub",
          on=STORY),
        H("origin", (("This story was first published by {origin} and is shared through the Confluence Desk’s "
                      "partner network.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("This is an excerpt.", "Read the full story at {origin_host}."),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Naomi Feld/f/housing and evictions/reporter; Luis Carranza/m/the Mississippi River/reporter; "
                    "Bethany Ostrowski/f/agriculture/reporter; Jamal Whitaker/m/state government/statehouse reporter"),
    plan=(("templated:evictions", 9), ("templated:lockdam", 9), ("hand:h9-en-pledge", 1), ("hand:h9-en-aiminutes", 1),
          ("hand:h9-en-missing", 1), ("hand:h9-en-lowwater", 1), ("syndicated", 7), ("edited", 3), ("trimmed", 3),
          ("repost", 2)),
    sections=("news", "rivers", "housing", "agriculture"), templates=("evictions", "lockdam"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "confluencedesk.example")), ld="article",
    agencies=("Harvest Lands Public Media", "The Associated Press"),
    photographers=("Luis Carranza / Confluence Desk", "KRVW", "U.S. Army Corps of Engineers"))

# ---- en: a Trinidad evening daily ---------------------------------------------------------------------------------
EM = Publisher(
    "The Evening Mail", "eveningmailtt.example", "holdout9", "en",
    "Port of Spain|San Fernando|Chaguanas|Arima|Tobago",
    "https://www.{host}/{section}/{slug}-{id}",
    Skin(
        page=PAGES["EM"],
        article='<div class="node node-article"><h1 class="title">{h1}</h1><div class="submitted">{byline}</div>'
                '{figure}<div class="field field-name-body"><div class="field-items"><div class="field-item even">'
                '{body}</div></div></div></div>',
        byline='<span class="username">{author}</span> <span class="date-display-single">{date}</span>',
        figure='<div class="field-name-field-image"><img src="{src}" alt=""><div class="caption">{caption} PHOTO: '
               '{credit}</div></div>',
        para='<p class="MsoNormal"><span lang="EN-US">{t}</span></p>',
        pieces={"see": '<p class="MsoNormal"><strong><span lang="EN-US">{t}</span></strong></p>',
                "adnote": '<p class="em-ad-note" style="text-align:center"><small>{t}</small></p>',
                "wa": '<div class="em-whatsapp"><p>{t}</p><a href="/whatsapp/">Join now</a></div>',
                "eed": '<div class="em-eedition"><p>{t}</p></div>',
                "app": '<div class="em-app"><p>{t}</p><a href="/app/">Download</a></div>',
                "small": '<p class="MsoNormal"><small>{t}</small></p>',
                "i": '<p class="MsoNormal"><i><span lang="EN-US">{t}</span></i></p>'},
        entities="ascii",
        blocks={"h2": '<p class="MsoNormal"><b>{t}</b></p>', "ul": '<ul class="MsoList">{t}</ul>',
                "quote": '<blockquote><p class="MsoNormal">{t}</p></blockquote>'}),
    habits=(
        H("photo-credit", (("PHOTO: {photog}",), ("— Photo: {photog}",)), "top", 0.25, on=STORY),
        H("editor-note", (("Editor’s note: This story has been updated with new information from the police.",),),
          "top", 0.3, "i", on=NEWS, topic=r"(?i)\bpolice\b"),
        H("related", (("SEE ALSO: {headline}",),), "after1", 0.45, "see", link="headline"),
        H("ad-label", (("Story continues below advertisement",),), "mid", 0.35, "adnote", on=ALL),
        H("channel", (("Get breaking news first: join the Evening Mail’s WhatsApp channel.",),), "mid", 0.25, "wa"),
        H("app", (("Download the Evening Mail app for breaking news alerts, the e-Edition and the day’s Play Whe "
                   "results.",),), "mid", 0.15, "app"),
        H("attribution", (("Reported by {author}, with information from {source}.",),), "glue_space", 0.3,
          on=STORY + COPY),
        H("agency", (("—CMC",),), "glue", 0.15, on=STORY + COPY),
        H("bio", (("{author} is a {role} at the Evening Mail covering {beat}.",),), "end", 0.3, on=NEWS),
        H("print-edition", (("Read the full Evening Mail on our e-Edition from 5 a.m. every weekday.",),), "end", 0.25,
          "eed"),
        H("gambling", (("Must be 18 or older to play.",
                        "Play responsibly; if gambling is harming you or someone you know, call the helpline at "
                        "800-4357."),), "end", 1.0, "small", on=ALL, topic=r"\bNLCB\b"),
        H("tip", (("Got a story?", "WhatsApp the newsroom at 1-868-555-0190 or email news@eveningmailtt.example."),),
          "end", 0.25, "i"),
        H("comment-policy", (("Comments are moderated.",
                              "Racist, obscene or defamatory comments will not be published."),), "end", 0.2, "small",
          on=NEWS),
        H("copyright", (("Copyright © {year} Evening Mail Publishing Co. Ltd. All rights reserved.",),), "end", 0.35,
          "small", on=ALL),
        H("origin", (("This article was first published by {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("This is an abridged version.", "The full article appears at {origin_host}."),), "end", 1.0,
          "i", on=TRIM, link="origin_host"),
    ),
    authors=authors("Shivanie Ramcharan/f/crime and the courts/senior reporter; Kerron Phillip/m/business/reporter; "
                    "Melissa Greaves/f/Carnival and culture/reporter; Jabari Noel/m/Tobago/correspondent"),
    plan=(("templated:playwhe", 10), ("templated:funerals", 9), ("hand:h9-en-crimestop", 1), ("hand:h9-en-mas", 1),
          ("hand:h9-en-nlcbscam", 1), ("syndicated", 6), ("edited", 3), ("trimmed", 2), ("repost", 2)),
    sections=("news", "local", "business", "carnival"), templates=("playwhe", "funerals"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "eveningmailtt.example")), ld="article",
    citing=("staff reports", "wire services", "CMC"),
    agencies=("CMC", "AP"), photographers=("Nicole Drayton", "Evening Mail", "TTPS"))

# ---- en: a Kenyan news site ---------------------------------------------------------------------------------------
NY = Publisher(
    "Nyota Daily", "nyotadaily.example", "holdout9", "en", "Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|the Rift Valley",
    "https://{host}/{section}/{id}-{slug}",
    Skin(
        page=PAGES["NY"],
        article='<article class="article"><div class="article__header"><h1 class="article__title">{h1}</h1><div '
                'class="article__meta">{byline}</div></div>{figure}<div class="article__body" data-component="body">'
                '{body}</div></article>',
        byline='<span class="article__author">By {author}</span> <span class="article__date"><time datetime="{iso}">'
               '{date}</time></span>',
        figure='<figure class="article__image"><img src="{src}" alt=""><figcaption>{caption} [PHOTO: {credit}]'
               '</figcaption></figure>',
        para='<div class="paragraph"><p>{t}</p></div>',
        pieces={"rt": '<div class="article__readtime"><span>{t}</span></div>',
                "kp": '<div class="article__keypoints"><h4>{h}</h4><ul>{li}</ul></div>',
                "ai": '<p class="article__ai-note"><small>{t}</small></p>',
                "sw": '<p class="article__lang"><a href="/sw/">{t}</a></p>',
                "more": '<div class="paragraph"><p><strong>{t}</strong></p></div>',
                "wa": '<div class="promo promo--whatsapp"><p>{t}</p></div>',
                "prem": '<div class="promo promo--premium"><p>{t}</p><a href="/premium/">Subscribe</a></div>',
                "pod": '<div class="promo promo--podcast"><p>{t}</p></div>',
                "small": '<div class="paragraph"><p><small>{t}</small></p></div>',
                "i": '<div class="paragraph"><p><em>{t}</em></p></div>'},
        ad='<div class="ad-slot" data-ad="inarticle"></div>',
        blocks={"h2": '<h2 class="article__subhead">{t}</h2>', "ul": '<ul class="article__list">{t}</ul>',
                "quote": '<blockquote class="article__quote"><p>{t}</p></blockquote>',
                "fact": '<div class="article__factbox">{t}</div>',
                "fact-h": '<h4 class="article__factbox-title">{t}</h4>'}),
    habits=(
        H("reading-time", (("{minutes} min read",),), "top", 0.4, "rt", on=ALL),
        H("language-toggle", (("Soma habari hii kwa Kiswahili",),), "top", 0.15, "sw", on=ALL),
        H("key-points", (("Key points", "{kp1}", "{kp2}", "{kp3}"),), "top", 0.25, "kp", on=NEWS),
        H("ai-disclosure", (("These key points were generated with the help of AI and reviewed by a Nyota Daily "
                             "editor.",),), "top", 1.0, "ai", on=NEWS, needs="key-points"),
        H("related", (("MORE: {headline}",),), "after1", 0.5, "more", link="headline"),
        H("channel", (("Follow Nyota Daily on WhatsApp for breaking news as it happens.",),), "mid", 0.3, "wa"),
        H("subscription", (("Go Premium: unlimited articles and the e-paper for Sh199 a month, paid by M-Pesa.",),),
          "mid", 0.2, "prem"),
        H("attribution", (("Reported by {author}, citing {source}.",),), "glue", 0.3, on=STORY + COPY),
        H("podcast", (("Listen: “The Nyota Briefing” podcast, new every weekday at 6 a.m.",),), "end", 0.2, "pod"),
        H("bio", (("{author} is a {role} at Nyota Daily, reporting on {beat}.", "Tips: {email}"),), "end", 0.3, "i",
          on=NEWS),
        H("tip", (("Do you have a story we should follow up?",
                   "Email tips@nyotadaily.example or WhatsApp +254 700 555 044."),), "end", 0.25, "i"),
        H("comment-policy", (("Comments that are abusive, tribal or off-topic will be removed.",
                              "Read our community guidelines before posting."),), "end", 0.25, "small", on=NEWS),
        H("copyright", (("© {year} Nyota Media Group.",),), "end", 0.3, "small", on=ALL),
        H("origin", (("This article first appeared on {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Continue reading this story on {origin_host}.",),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Achieng Otieno/f/courts and governance/senior reporter; Brian Kiprop/m/football/sports writer; "
                    "Mwende Kioko/f/business and technology/reporter; Hassan Omar/m/the Coast/correspondent"),
    plan=(("templated:gazette", 9), ("templated:rumours", 9), ("hand:h9-en-mpesa", 1), ("hand:h9-en-kcse", 1),
          ("hand:h9-en-kiswahili", 1), ("syndicated", 7), ("edited", 3), ("trimmed", 3), ("repost", 2)),
    sections=("news", "counties", "business", "sports"), templates=("gazette", "rumours"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "nyotadaily.example")), dateline=("NAIROBI, Kenya — ",), ld="graph",
    citing=("agency reports", "wire services", "the Kenya News Agency", "Reuters"),
    agencies=("KNA", "Reuters"), photographers=("Brian Otieno", "Nyota Daily", "KNA"))


# ---- de: a Saxon regional business daily --------------------------------------------------------------------------
_WERTE = (("Elbtal Chemie", 41.2), ("Saalewerke", 18.6), ("Lausitzer Glas", 7.9), ("Erzgebirge Präzision", 63.5),
          ("Sachsen Solar", 3.4), ("Leipziger Messebau", 22.1), ("Vogtland Maschinen", 112.8))


def _werte(rng: random.Random, _day: int) -> tuple[str, ...]:
    """The daily box of regional share prices at the close: new figures every day."""
    out = ["Mitteldeutsche Werte zum Handelsschluss"]
    for name, base in rng.sample(_WERTE, 4):
        ch = rng.uniform(-3.5, 3.5)
        price = f"{base * rng.uniform(0.92, 1.08):.2f}".replace(".", ",")
        out.append(f"{name}: {price} € ({'+' if ch >= 0 else '−'}{abs(ch):.1f} %)".replace(".", ","))
    return tuple(out)


MDWZ = Publisher(
    "Mitteldeutsche Wirtschaftszeitung", "mdwz.example", "holdout9", "de",
    "Sachsen|Leipzig|Dresden|Chemnitz|Mitteldeutschland|die Lausitz",
    "https://www.{host}/{section}/{slug}-{id}.html",
    Skin(
        page=PAGES["MDWZ"],
        article='<article class="mdwz-artikel"><header><p class="mdwz-dachzeile">{byline}</p><h1 '
                'class="mdwz-titel">{h1}</h1></header>{figure}<div class="mdwz-artikeltext">{body}</div></article>',
        byline='<span class="mdwz-autor">Von {author}</span> · <time datetime="{iso}">{date}, {time}</time>',
        figure='<figure class="mdwz-bild"><img src="{src}" alt=""><figcaption>{caption} <span class="mdwz-quelle">'
               'Foto: {credit}</span></figcaption></figure>',
        pieces={"lz": '<p class="mdwz-lesezeit">{t}</p>',
                "audio": '<div class="mdwz-vorlesen"><button>Anhören</button><span>{t}</span></div>',
                "mehr": '<p><strong>{t}</strong></p>',
                "nl": '<div class="mdwz-morgenbrief"><p>{t}</p><button>Kostenlos abonnieren</button></div>',
                "box": '<aside class="mdwz-kurse"><h4>{h}</h4><ul>{li}</ul></aside>',
                "event": '<div class="mdwz-forum"><p>{t}</p></div>',
                "pod": '<aside class="mdwz-podcast"><p>{t}</p></aside>',
                "klein": '<p class="mdwz-hinweis"><small>{t}</small></p>',
                "i": '<p><em>{t}</em></p>',
                "live": '<p class="mdwz-ticker-info"><strong>{t}</strong></p>',
                "older": '<button class="mdwz-ticker-laden" type="button">{t}</button>',
                "paywall": '<div class="mdwz-plus"><p>{t}</p><a href="/abo/">MDWZ+ testen</a></div>'},
        ad='<div class="mdwz-anzeige" data-slot="mrec"></div>',
        live='<div class="mdwz-ticker" data-live="1">{updates}{more}</div>',
        live_update='<article class="mdwz-ticker__eintrag"><p class="mdwz-ticker__zeit"><time datetime="{iso}">'
                    '{time}</time></p><h3 class="mdwz-ticker__titel">{h}</h3>{body}</article>',
        blocks={"h2": '<h2 class="mdwz-zwischenzeile">{t}</h2>', "ul": '<ul class="mdwz-liste">{t}</ul>',
                "quote": '<blockquote class="mdwz-zitat"><p>{t}</p></blockquote>',
                "fact": '<aside class="mdwz-infobox">{t}</aside>',
                "fact-h": '<p class="mdwz-infobox__titel"><strong>{t}</strong></p>'}),
    habits=(
        H("reading-time", (("Lesezeit: {minutes} Min.",),), "top", 0.3, "lz", on=ALL),
        H("listen", (("Artikel anhören ({audio} Min.), vorgelesen von einer künstlichen Stimme",),), "top", 0.2,
          "audio", on=STORY),
        H("related", (("Mehr zum Thema: {headline}",),), "after1", 0.4, "mehr", link="headline"),
        *rotating("newsletter", [
            ("Der MDWZ-Morgenbrief: jeden Werktag um 6 Uhr die wichtigsten Wirtschaftsnachrichten aus Sachsen, "
             "Sachsen-Anhalt und Thüringen.",),
            ("Was den Mittelstand in Mitteldeutschland bewegt: Abonnieren Sie jetzt den kostenlosen "
             "MDWZ-Morgenbrief.",),
        ], 15, "mid", 0.3, "nl"),
        *rotating("event", [
            ("MDWZ-Wirtschaftsforum am 14. Oktober in Leipzig: „Energie für den Mittelstand“.", "Jetzt Platz sichern."),
            ("Unternehmerpreis Mitteldeutschland: Bewerbungen sind noch bis 31. Oktober möglich.",),
        ], 15, "mid", 0.2, "event"),
        *daily("holdout9", "market-data", "mdwz-werte", _werte, "end", 0.2, "box"),
        H("agency", (("(dpa)",), ("(mdwz/dpa)",), ("(tih)",)), "glue_space", 0.3, on=STORY + COPY),
        H("investment-disclaimer", (("Hinweis: Dieser Artikel stellt keine Anlageberatung dar.",),), "end", 1.0,
          "klein", on=ALL, topic=r"(Aktie|Börse|Anleger|Dividende)"),
        H("podcast", (("Podcast „Standort Ost“: Jeden Mittwoch spricht die MDWZ-Redaktion mit Unternehmerinnen und "
                       "Unternehmern aus der Region.",),), "end", 0.2, "pod"),
        H("bio", (("{author} ist Redakteur{in} für {beat} bei der MDWZ.", "Kontakt: {email}"),), "end", 0.3, "i",
          on=NEWS),
        H("correction", (("Korrektur: In einer früheren Version dieses Artikels war die Zahl der Beschäftigten falsch "
                          "angegeben.",),), "end", 0.1, "i", on=NEWS),
        H("disclosure", (("Transparenzhinweis: Die MDWZ erscheint in der Mitteldeutschen Wirtschaftsverlag GmbH, an "
                          "der auch regionale Sparkassen beteiligt sind.",),), "end", 0.12, "klein", on=NEWS),
        H("copyright", (("© Mitteldeutsche Wirtschaftszeitung {year}.", "Alle Rechte vorbehalten."),), "end", 0.3,
          "klein", on=ALL),
        H("origin", (("Dieser Beitrag erschien zuerst bei {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Gekürzte Fassung.", "Den vollständigen Text lesen Sie bei {origin_host}."),), "end", 1.0, "i",
          on=TRIM, link="origin_host"),
        H("paywall", (("Dieser Artikel ist exklusiv für Abonnenten von MDWZ+.",
                       "Jetzt vier Wochen für 1 Euro testen, danach 12,99 Euro im Monat.",
                       "Bereits Abonnent? Hier anmelden"),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Liveticker: Die Beiträge werden laufend ergänzt, die Seite aktualisiert sich "
                           "automatisch.",),), "top", 0.8, "live"),
        H("ui", (("Ältere Beiträge laden",),), "more", 1.0, "older"),
    ),
    authors=authors("Kerstin Bräuer/f/Industrie und Mittelstand/Redakteurin; Tilo Hennig/m/Finanzen und "
                    "Märkte/Redakteur; Doreen Lammert/f/den Arbeitsmarkt/Redakteurin; "
                    "Sebastian Wirth/m/Energie/Redakteur"),
    plan=(("templated:insolvenzen", 7), ("templated:versteigerungen", 6), ("news", 9), ("liveblog", 1),
          ("jsonld-full", 2), ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1), ("hand:h9-de-zulieferer", 1),
          ("hand:h9-de-doi", 1), ("hand:h9-de-kurzarbeit", 1), ("syndicated", 2), ("edited", 1), ("trimmed", 1),
          ("repost", 1)),
    sections=("unternehmen", "maerkte", "mittelstand", "politik"), templates=("insolvenzen", "versteigerungen"),
    live_show=6, copy_from=(*DE_FROM, "stadtzeit-graz.example"), ld="article",
    agencies=("dpa", "Reuters"), photographers=("Tilo Hennig", "dpa-Zentralbild", "MDWZ"))

# ---- de: a Graz city magazine -------------------------------------------------------------------------------------
_SZ_EVENTS = ("Kasematten: Open-Air-Kino „Der dritte Mann“, 20.30 Uhr", "Lendplatz: Bauernmarkt, 7 bis 13 Uhr",
              "Orpheum: Kabarett mit Gerda Teufl, 19.30 Uhr", "Volksgarten: Yoga im Park, 8 Uhr, gratis",
              "Schloßberg: Führung durch die Stollen, 16 Uhr", "Annenviertel: Tag der offenen Ateliers, 11 bis 18 Uhr",
              "Murinsel: Jazzbrunch, 10 Uhr", "Stadtbibliothek Zanklhof: Lesung, 19 Uhr")

SZ = Publisher(
    "Stadtzeit Graz", "stadtzeit-graz.example", "holdout9", "de", "Graz|Lend|Gries|St. Leonhard|Jakomini|Geidorf",
    "https://{host}/{section}/{slug}/",
    Skin(
        page=PAGES["SZ"],
        article='<article class="post type-post"><div class="entry-kicker">{byline}</div><h1 class="entry-title">{h1}'
                '</h1>{figure}<div class="entry-content">{body}</div></article>',
        byline='<span class="entry-author">Text: {author}</span> <time class="entry-date" datetime="{iso}">{date}'
               '</time>',
        figure='<figure class="wp-block-image"><img src="{src}" alt=""><figcaption>{caption} © {credit}</figcaption>'
               '</figure>',
        para='<p class="wp-block-paragraph">{t}</p>',
        pieces={"lz": '<p class="sz-lesedauer"><span>{t}</span></p>',
                "auch": '<p class="wp-block-paragraph"><strong>{t}</strong></p>',
                "anz": '<p class="sz-anzeige-label"><small>{t}</small></p>',
                "nl": '<div class="sz-newsletter"><p>{t}</p><button>Abonnieren</button></div>',
                "club": '<div class="sz-club-box"><p>{t}</p><a href="/club/">Mitglied werden</a></div>',
                "box": '<aside class="sz-heute-box"><h4>{h}</h4><ul>{li}</ul></aside>',
                "klein": '<p class="wp-block-paragraph"><small>{t}</small></p>',
                "i": '<p class="wp-block-paragraph"><em>{t}</em></p>',
                "live": '<div class="sz-live-hinweis"><p>{t}</p></div>',
                "older": '<button class="sz-live-mehr">{t}</button>'},
        ad='<div class="sz-ad" data-pos="content-1"></div>',
        live='<div class="sz-liveticker">{updates}{more}</div>',
        live_update='<div class="sz-live-eintrag" data-n="{n}"><span class="sz-live-zeit"><time datetime="{iso}">'
                    '{time}</time></span><h3>{h}</h3>{body}</div>',
        blocks={"h2": '<h2 class="wp-block-heading">{t}</h2>', "ul": '<ul class="wp-block-list">{t}</ul>',
                "quote": '<blockquote class="wp-block-quote"><p>{t}</p></blockquote>'}),
    habits=(
        H("reading-time", (("Lesedauer: {minutes} Minuten",),), "top", 0.35, "lz", on=ALL),
        H("print-note", (("Dieser Artikel ist zuerst in der gedruckten Stadtzeit erschienen.",),), "top", 0.12, "i",
          on=NEWS),
        H("related", (("Auch spannend: {headline}",),), "after1", 0.35, "auch", link="headline"),
        H("ad-label", (("Anzeige",),), "mid", 0.3, "anz", on=ALL),
        H("follow", (("Folg uns auf Instagram: @stadtzeit.graz",),), "mid", 0.2),
        H("newsletter", (("Jeden Donnerstag: Der Stadtzeit-Newsletter mit den besten Tipps fürs Wochenende.",
                          "Gratis abonnieren!"),), "end", 0.3, "nl"),
        *daily("holdout9", "event", "sz-heute", headline_box("Heute in Graz", _SZ_EVENTS, 3), "end", 0.25, "box"),
        H("membership", (("Stadtzeit bleibt gratis, dank unserer Club-Mitglieder.", "Sei dabei: ab 4 Euro im Monat."),),
          "end", 0.3, "club"),
        H("agency", (("(APA)",), ("(red./APA)",)), "glue_space", 0.2, on=STORY + COPY),
        H("bio", (("{author} schreibt für Stadtzeit über {beat}.", "Kontakt: {email}"),), "end", 0.3, "i", on=NEWS),
        H("photo-credit", (("Fotos: {photog}",), ("Foto: {photog}",)), "end", 0.35, on=ALL),
        H("comment-policy", (("Wir freuen uns über Kommentare, bitte bleib freundlich.",
                              "Beleidigungen löschen wir."),), "end", 0.2, "klein", on=NEWS),
        H("copyright", (("© Stadtzeit Medien GmbH {year}",),), "end", 0.25, "klein", on=ALL),
        H("origin", (("Dieser Text ist zuerst bei {origin} erschienen.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Hier gekürzt.", "Den ganzen Artikel gibt es bei {origin_host}."),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
    ),
    live_habits=(
        H("live-notice", (("Liveticker: Neue Einträge erscheinen oben, einfach die Seite neu laden.",),), "top", 0.8,
          "live"),
        H("ui", (("Mehr laden",),), "more", 1.0, "older"),
    ),
    authors=authors("Lisa Hödl/f/Essen und Trinken/Redakteurin; Florian Url/m/Stadtpolitik/Redakteur; "
                    "Verena Pölzl/f/Kultur und Ausgehen/Redakteurin; "
                    "Bernhard Koller/m/Verkehr und Stadtentwicklung/Redakteur"),
    plan=(("templated:oeffis", 7), ("templated:eroeffnungen", 6), ("news", 9), ("liveblog", 1), ("jsonld-teaser", 1),
          ("jsonld-stale", 1), ("hand:h9-de-gutschein", 1), ("hand:h9-de-bim", 1), ("hand:h9-de-flohmarkt", 1),
          ("syndicated", 3), ("trimmed", 2), ("edited", 1), ("repost", 2)),
    sections=("stadt", "essen-trinken", "kultur", "ausgehen"), templates=("oeffis", "eroeffnungen"), live_show=5,
    copy_from=(*DE_FROM, "mdwz.example"), ld="graph", ld_join="\n",
    agencies=("APA", "red."), photographers=("Stadtzeit/Lisa Hödl", "Stadtzeit/Jakob Fink", "Holding Graz"))

# ---- fr: a Martinique daily ---------------------------------------------------------------------------------------
MM = Publisher(
    "Madinina Matin", "madinina-matin.example", "holdout9", "fr",
    "Fort-de-France|Le Lamentin|Le Robert|Schœlcher|le Nord-Atlantique|la Martinique",
    "https://www.{host}/{section}/{slug}-{id}.php",
    Skin(
        page=PAGES["MM"],
        article='<div class="article-detail"><h1 class="article-detail__titre">{h1}</h1><div '
                'class="article-detail__infos">{byline}</div>{figure}<div class="article-detail__texte">{body}</div>'
                '</div>',
        byline='<span class="auteur">{author}</span> - <span class="date">Publié le {date} à {time}</span>',
        figure='<div class="article-detail__photo"><img src="{src}" alt=""><p class="legende">{caption} ({credit})'
               '</p></div>',
        pieces={"cred": '<p class="credit-photo"><em>{t}</em></p>',
                "alire": '<p class="a-lire"><strong>{t}</strong></p>',
                "part": '<p class="partenariat"><em>{t}</em></p>',
                "app": '<div class="encart-appli"><p>{t}</p><a href="/appli/">Télécharger</a></div>',
                "kiosque": '<div class="encart-kiosque"><p>{t}</p></div>',
                "small": '<p class="mentions"><small>{t}</small></p>',
                "em": '<p><em>{t}</em></p>'},
        ad='<div class="pub-carre"></div>',
        entities="french",
        blocks={"h2": '<h2 class="intertitre">{t}</h2>', "ul": '<ul class="liste">{t}</ul>',
                "quote": '<blockquote class="citation"><p>{t}</p></blockquote>',
                "fact": '<div class="encadre">{t}</div>', "fact-h": '<h3 class="encadre__titre">{t}</h3>'}),
    habits=(
        H("photo-credit", (("Crédit photo : {photog}",),), "top", 0.25, "cred", on=STORY),
        H("partnership", (("Cette rubrique est réalisée en partenariat avec l’Observatoire martiniquais de la qualité "
                           "de l’air.",),), "top", 1.0, "part", on=ALL, topic=r"(?i)sargasses"),
        H("related", (("► À LIRE AUSSI : {headline}",),), "after1", 0.45, "alire", link="headline"),
        H("notifications", (("Alertes cyclone, coupures d’eau, routes fermées : activez les notifications de "
                             "l’application Madinina Matin.",),), "mid", 0.25, "app"),
        H("channel", (("Rejoignez la chaîne WhatsApp de Madinina Matin.",),), "mid", 0.2),
        H("agency", (("(avec AFP)",), ("(MM avec AFP)",)), "glue", 0.25, on=STORY + COPY),
        H("print-edition", (("Retrouvez Madinina Matin chaque jour en kiosque et dès 5 h en version numérique.",),),
          "end", 0.25, "kiosque"),
        H("ai-disclosure", (("Cet article est actualisé automatiquement à partir des bulletins de Météo-France, puis "
                             "relu par la rédaction.",),), "end", 0.6, "em", on=("templated",), topic=r"vigilance"),
        H("bio", (("{author} est journaliste à Madinina Matin, au service {beat}.",),), "end", 0.3, "em", on=NEWS),
        H("correction", (("Erratum : une erreur s’était glissée dans le nom d’une commune ; elle a été corrigée.",),),
          "end", 0.1, "em", on=NEWS),
        H("comment-policy", (("Les commentaires sont modérés a posteriori.", "Merci de rester courtois."),), "end",
          0.2, "small", on=NEWS),
        H("copyright", (("© Madinina Matin {year} – Reproduction interdite sans autorisation.",),), "end", 0.35,
          "small", on=ALL),
        H("origin", (("Article initialement publié par {origin}.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Version abrégée.", "Lire l’intégralité de l’article sur {origin_host}."),), "end", 1.0, "em",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Murielle Jean-Louis/f/santé et environnement/journaliste; Steeve Marie-Rose/m/économie/"
                    "journaliste; Laetitia Bellay/f/société/journaliste; Rédaction/m/actualité/desk"),
    plan=(("templated:sargasses", 11), ("templated:vigilance", 10), ("hand:h9-fr-eau", 1), ("hand:h9-fr-rhum", 1),
          ("hand:h9-fr-kit", 1), ("syndicated", 4), ("edited", 2), ("trimmed", 2), ("repost", 2)),
    sections=("actualite", "societe", "economie"), templates=("sargasses", "vigilance"),
    copy_from=FR_FROM, ld="article", ld_join=" ",
    agencies=("AFP", "MM"), photographers=("Jean-Claude Hyppolite", "MM", "DR"))

# ---- es: a Canary Islands news site -----------------------------------------------------------------------------
EA = Publisher(
    "El Alisio", "elalisio.example", "holdout9", "es", "Gran Canaria|Tenerife|Lanzarote|Fuerteventura|Canarias",
    "https://www.{host}/{section}/{slug}_{id}.html",
    Skin(
        page=PAGES["EA"],
        article='<article class="c-article"><header class="c-article__header"><h1 class="c-article__title">{h1}</h1>'
                '<div class="c-article__byline">{byline}</div></header>{figure}<div class="c-article__body">{body}'
                '</div></article>',
        byline='<span class="c-article__author">{author}</span> <time class="c-article__date" datetime="{iso}">{date} '
               '- {time}</time>',
        figure='<figure class="c-article__media"><img src="{src}" alt=""><figcaption>{caption} {credit}</figcaption>'
               '</figure>',
        para='<p class="c-paragraph">{t}</p>',
        pieces={"foto": '<p class="c-paragraph c-paragraph--credit">{t}</p>',
                "rel": '<p class="c-related"><strong>{t}</strong></p>',
                "bol": '<div class="c-newsletter"><p>{t}</p><button>Apuntarme</button></div>',
                "socios": '<div class="c-socios"><p>{t}</p><a href="/socios/">Hazte socio</a></div>',
                "consent": '<div class="c-embed-blocked"><p>{t}</p><button>Aceptar cookies</button></div>',
                "nota": '<p class="c-paragraph"><em>{t}</em></p>',
                "small": '<p class="c-legal"><small>{t}</small></p>'},
        ad='<div class="c-ad" data-ad="robapaginas"></div>',
        blocks={"h2": '<h2 class="c-subtitle">{t}</h2>', "ul": '<ul class="c-list">{t}</ul>',
                "quote": '<blockquote class="c-quote"><p>{t}</p></blockquote>'}),
    habits=(
        H("editor-note", (("Nota de la redacción: esta noticia se ha actualizado con nueva información.",),), "top",
          0.1, "nota", on=NEWS),
        H("photo-credit", (("FOTO: {photog}",),), "after1", 0.2, "foto", on=STORY),
        H("related", (("Noticia relacionada: {headline}",),), "after1", 0.4, "rel", link="headline"),
        H("follow", (("Sigue a El Alisio en Google Noticias y no te pierdas nada de lo que pasa en las islas.",),),
          "mid", 0.25),
        H("newsletter", (("Recibe cada mañana «El Alisio a primera hora», el boletín con las claves del día en "
                          "Canarias.",),), "mid", 0.25, "bol"),
        H("consent", (("Este contenido de X no se muestra porque no has aceptado las cookies de redes sociales.",),),
          "mid", 0.15, "consent"),
        H("agency", (("(EFE)",), ("Con información de Europa Press.",)), "glue_space", 0.25, on=STORY + COPY),
        *rotating("membership", [
            ("El Alisio es un medio independiente canario.",
             "Hazte socio desde 5 euros al mes y ayúdanos a seguir informando."),
            ("Sin socios no hay periodismo local.", "Únete a los más de 3.000 lectores que ya apoyan El Alisio."),
        ], 15, "end", 0.3, "socios"),
        H("ai-disclosure", (("Esta información se ha elaborado con ayuda de una herramienta automática a partir de los "
                             "datos de la Aemet y ha sido revisada por la redacción.",),), "end", 1.0, "nota",
          on=("templated",), topic=r"(?i)calima"),
        H("bio", (("{author} es periodista de El Alisio especializad{o} en {beat}.",),), "end", 0.3, "nota", on=NEWS),
        H("comment-policy", (("Los comentarios están sujetos a moderación.",
                              "No se publicarán insultos ni mensajes discriminatorios."),), "end", 0.2, "small",
          on=NEWS),
        H("copyright", (("© El Alisio Comunicación S.L. Todos los derechos reservados.",),), "end", 0.3, "small",
          on=ALL),
        H("origin", (("Esta noticia se publicó originalmente en {origin}.",),), "top", 0.7, "nota", on=COPY),
        H("read-rest", (("Noticia resumida.", "Puedes leer la versión íntegra en {origin_host}."),), "end", 1.0, "nota",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Yaiza Santana/f/sanidad y medio ambiente/periodista; Aythami Rodríguez/m/sucesos e "
                    "inmigración/periodista; Nira Cabrera/f/economía y turismo/periodista; "
                    "Redacción/m/Canarias/redacción"),
    plan=(("templated:calima", 10), ("templated:cayucos", 9), ("hand:h9-es-binter", 1), ("hand:h9-es-desaladora", 1),
          ("hand:h9-es-carnaval", 1), ("syndicated", 6), ("edited", 3), ("trimmed", 2), ("repost", 2)),
    sections=("canarias", "gran-canaria", "tenerife", "islas"), templates=("calima", "cayucos"),
    copy_from=(*ES_FROM, *_others(ES_HOSTS, "elalisio.example")), ld="article",
    agencies=("EFE", "Europa Press"), photographers=("Quique Curbelo", "El Alisio", "Salvamento Marítimo"))

# ---- es: a Paraguayan national site -------------------------------------------------------------------------------
EN = Publisher(
    "El Nacional", "nacionalpy.example", "holdout9", "es", "Asunción|Central|Ciudad del Este|Encarnación|el Chaco",
    "https://{host}/{section}/{y}/{m}/{d}/{slug}/",
    Skin(
        page=PAGES["EN"],
        article='<div class="nota"><h1 class="nota__titulo">{h1}</h1><div class="nota__autor">{byline}</div>{figure}'
                '<div class="nota__cuerpo">{body}</div></div>',
        byline='<span class="nota__firma">Por {author}</span> <span class="nota__fecha">{date}</span>',
        figure='<figure class="nota__foto"><img src="{src}" alt=""><figcaption>{caption} Foto: {credit}</figcaption>'
               '</figure>',
        para='<p class="element-paragraph">{t}</p>',
        glue='<span class="nota__foto-credito">{t}</span>',
        pieces={"gn": '<p class="nota__guarani"><a href="/gn/">{t}</a></p>',
                "mira": '<p class="element-paragraph"><b>{t}</b></p>',
                "wa": '<div class="nota__whatsapp"><p>{t}</p><a href="/whatsapp/">Unirme</a></div>',
                "pod": '<aside class="nota__podcast"><p>{t}</p></aside>',
                "nota": '<p class="element-paragraph"><i>{t}</i></p>',
                "small": '<p class="nota__legal"><small>{t}</small></p>'},
        ad='<div class="nota__publicidad"></div>',
        blocks={"h2": '<h2 class="nota__intertitulo">{t}</h2>', "ul": '<ul class="nota__lista">{t}</ul>',
                "quote": '<blockquote class="nota__cita"><p>{t}</p></blockquote>',
                "fact": '<div class="nota__recuadro">{t}</div>', "fact-h": '<h3>{t}</h3>'}),
    habits=(
        H("language-toggle", (("Leé esta nota en guaraní",),), "top", 0.15, "gn", on=ALL),
        H("photo-credit", (("(Foto: {photog})",),), "glue_lede", 0.2, on=STORY),
        H("related", (("Mirá también: {headline}",),), "after1", 0.45, "mira", link="headline"),
        H("channel", (("Unite a nuestro canal de WhatsApp y recibí las noticias al instante.",),), "mid", 0.3, "wa"),
        H("podcast", (("Escuchá «El Nacional en 5 minutos», nuestro pódcast diario, en Spotify.",),), "mid", 0.2,
          "pod"),
        H("agency", (("Fuente: IP.",), ("(IP)",)), "glue", 0.3, on=STORY + COPY),
        H("follow", (("Seguinos en X, Instagram y TikTok como @elnacionalpy.",),), "end", 0.25),
        H("tip", (("¿Viste algo que tenemos que saber?", "Escribinos al WhatsApp 0981 555 010."),), "end", 0.2,
          "nota"),
        H("bio", (("{author} escribe sobre {beat} en El Nacional desde {since}.",),), "end", 0.3, "nota", on=NEWS),
        H("correction", (("Fe de erratas: en una versión anterior de esta nota se publicó una fecha incorrecta.",),),
          "end", 0.1, "nota", on=NEWS),
        H("copyright", (("© {year} El Nacional.",
                         "Prohibida su reproducción total o parcial sin autorización escrita del editor."),), "end",
          0.35, "small", on=ALL),
        H("origin", (("Publicado originalmente por {origin}.",),), "top", 0.7, "nota", on=COPY),
        H("read-rest", (("Versión resumida.", "La nota completa está en {origin_host}."),), "end", 1.0, "nota",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Rocío Benítez/f/la información nacional/periodista; Osvaldo Cardozo/m/tribunales/periodista; "
                    "Liz Aranda/f/salud/periodista; Redacción/m/Asunción/redacción"),
    plan=(("templated:desvios", 10), ("templated:juicios", 9), ("hand:h9-es-ips", 1), ("hand:h9-es-dengue", 1),
          ("hand:h9-es-mototaxi", 1), ("syndicated", 6), ("edited", 2), ("trimmed", 3), ("repost", 2)),
    sections=("nacionales", "politica", "policiales", "economia"), templates=("desvios", "juicios"),
    copy_from=(*ES_FROM, *_others(ES_HOSTS, "nacionalpy.example")), ld="graph", ld_join="\n",
    agencies=("IP", "EFE"), photographers=("Archivo", "Gentileza", "Néstor Soto"))

HOLDOUT9 = (CD, EM, NY, MDWZ, SZ, MM, EA, EN)
