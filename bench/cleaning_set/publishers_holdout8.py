"""The eight publishers of the 'holdout8' half (en x3, de x2, fr x2, es x1), written after the other nine
halves, by someone who had not read the cleaner, before it was run on them.  They are kinds of newsroom the
other halves lack: a US Gulf-coast TV station's website, a Welsh-border weekly written in English, a Nigerian
English-language daily, a German regional public radio's website, a Swiss German farming weekly, a Belgian
(Walloon) business site, an Ivorian French-language news site and a Uruguayan regional daily.  Their
boilerplate wording, labels and markup are new.

What they bring (kinds only; the wordings are the publishers' own): photo credits (one bilingual), video
and audio players, a Welsh-language switch and a sign-language link, newsletter, app, messaging-channel,
social, event and station-frequency calls (some rotating every ten or fifteen days), subscription and
donation asks, rights lines, a broadcaster's public-file notice and a press-regulator line, related-story
links and headline, classifieds and market-data boxes (changing every day), slot-first author bios (name
first), agency credits glued to the last sentence with and without a space ("(NAN)", "(AIP)", "(lid)"),
update and correction notes (some only on stories matching a topic), a school-closings pointer on storm
stories, a farmers' helpline on stories of deaths and farm failures, sponsor and partner labels, an "advert"
divider between paragraphs, reading time, comment rules and a comments-closed line, blocked-embed consent
placeholders, share bars, tip lines, sign-offs, origin and "read the rest" notes on copies ("Culled from"),
a paywall under the farming weekly's JSON-LD-only pages and live-blog notices and "load more" buttons; at the
top, between paragraphs and at the bottom, some in plain ``<p>`` exactly like the story, some in boxes,
``<aside>`` or buttons.  Story text in chrome-like markup: subheads, lists, quotations and fact boxes (one
skin heads its fact box with a ``<p><strong>``) in the handwritten and templated stories.  Recurrence
traps: templated stories whose stock sentences name the publisher, its phone number or e-mail address, some
between lines of "Name: value", several disclaimers (a planning list, eisteddfod results, currency rates,
plant protection, a bankruptcy list, share prices, a utility's apology, a river report); handwritten stories
quoting the phrases a cleaner would take for chrome, three of them about the publisher itself; dated "day
by day" stories in plain paragraphs in all four languages.  The English, French and Spanish publishers, with
no corpus stories left, run templated and handwritten stories and copies of other publishers' stories; the
two German ones also run corpus stories, live blogs and JSON-LD variants (full, teaser-only and stale
``articleBody``).
"""

from __future__ import annotations

import random

from bench.cleaning_set.cms import ALL, COPY, Habit, Publisher, Skin, daily, headline_box, rotating
from bench.cleaning_set.publishers_holdout7 import DE_COPY, EN_COPY, ES_COPY, FR_COPY
from bench.cleaning_set.publishers_tune import authors
from bench.cleaning_set.skins_holdout8 import PAGES

H = Habit
NEWS = ("news",)
STORY = ("news", "reposted")
TRIM = ("trimmed",)

EN_HOSTS = ("wbyx10.example", "teifivalleyobserver.example", "lagoonchronicle.example")
DE_HOSTS = ("vorpommern.kuestenfunk.example", "bauernpost.example")
FR_HOSTS = ("moniteurwallon.example", "abidjanmatin.example")
EN_FROM = (*EN_COPY, "capitolkeystone.example", "taysidecourant.example", "highvelddaily.example")
DE_FROM = (*DE_COPY, "tirol.alpenrundfunk.example", "logistik-depesche.example")
FR_FROM = (*FR_COPY, "echobouregreg.example", "tribune-lemanique.example")
ES_FROM = (*ES_COPY, "antioquiaaldia.example")


def _others(hosts: tuple[str, ...], me: str) -> tuple[str, ...]:
    return tuple(h for h in hosts if h != me)


# ---- en: a US Gulf-coast TV station's website ------------------------------------------------------------------
_WBYX_HEADS = ("Dauphin Island Parkway crash closes lanes for hours", "Mobile County schools hire 40 more bus drivers",
               "Fairhope pier reopens after $2 million repair", "Gulf Shores named a top-10 beach again",
               "Prichard water board picks a new manager", "Blakeley State Park plans its first night hike",
               "Saraland police chase ends in Chickasaw", "Mardi Gras parade routes to change in 2026")

WBYX = Publisher(
    "WBYX News 10", "wbyx10.example", "holdout8", "en", "Mobile|Baldwin County|the Gulf Coast|the Eastern Shore",
    "https://www.{host}/{y}/{m}/{d}/{slug}/",
    Skin(
        page=PAGES["WBYX"],
        article='<article class="article-body-wrapper"><h1 class="headline">{h1}</h1><div class="byline-block">'
                '{byline}</div>{figure}<div class="article-body">{body}</div></article>',
        byline='<span class="author-name">By {author}</span> <span class="timestamp">Published: <time '
               'datetime="{iso}">{date} at {time}</time></span>',
        figure='<figure class="lead-art"><img src="{src}" alt=""><figcaption>{caption} ({credit})</figcaption>'
               '</figure>',
        pieces={"video": '<div class="wbyx-video"><button class="wbyx-play">Play</button><p class="wbyx-video__title">'
                         '{t}</p></div>',
                "strong": '<p><strong>{t}</strong></p>',
                "update": '<p class="wbyx-update"><strong>{t}</strong></p>',
                "app": '<div class="wbyx-app-promo"><p>{t}</p><a href="/apps/">Get the app</a></div>',
                "consent": '<div class="wbyx-embed-consent"><p>{t}</p><button>Accept and watch</button></div>',
                "closings": '<p class="wbyx-closings"><a href="/closings/">{t}</a></p>',
                "sponsor": '<div class="wbyx-sponsor"><span>{t}</span><img src="/media/sponsor-logo.png" alt="">'
                           '</div>',
                "nl": '<div class="wbyx-nl"><p>{t}</p><button>Subscribe</button></div>',
                "box": '<aside class="wbyx-trending"><h3>{h}</h3><ul>{li}</ul></aside>',
                "small": '<p class="wbyx-legal"><small>{t}</small></p>',
                "i": '<p><em>{t}</em></p>'},
        ad='<div class="arc-ad" data-slot="mid-article"></div>',
        blocks={"h2": '<h2 class="b-subhead">{t}</h2>', "ul": '<ul class="b-list">{t}</ul>',
                "quote": '<blockquote class="b-quote"><p>{t}</p></blockquote>',
                "fact": '<aside class="b-factbox">{t}</aside>'}),
    habits=(
        H("video", (("Now playing: the WBYX News 10 report on this story",),
                    ("Storm Tracker 10 explains what it means for your weekend",)), "top", 0.3, "video"),
        H("update", (("UPDATE: We have added new details from investigators to this story.",),), "top", 0.6,
          "update", on=STORY + COPY, topic=r"\b(police|deputies|sheriff|investigators|crash|shooting|fire)\b"),
        H("related", (("WBYX ALSO REPORTED: {headline}",),), "after1", 0.45, "strong", link="headline"),
        H("app", (("Lightning near you, a tornado warning for your street: the free WBYX First Alert Weather app "
                   "tells you first.",),), "mid", 0.25, "app"),
        H("consent", (("A video from an outside provider sits here.",
                       "It plays only after you accept advertising cookies."),), "mid", 0.2, "consent"),
        H("closings", (("Is your school, church or business closing? Check the WBYX Closings and Delays list.",),),
          "mid", 0.6, "closings", on=ALL, topic=r"(?i)\b(schools?|storm|hurricane|flood\w*|rain)\b"),
        H("sponsor", (("Storm Tracker 10 coverage is sponsored by Bayfront Roofing & Gutters",),), "mid", 0.35,
          "sponsor", topic=r"(?i)\b(hurricane|tropical)\b"),
        *rotating("newsletter", [
            ("Weeknights at 5, The Download from WBYX puts Mobile's top stories in your inbox.",),
            ("Start the day with our 10 at 7 email: local headlines, the forecast and the drive in.",),
            ("Our Tropics Tracker email lands every morning of hurricane season, free.",),
        ], 10, "end", 0.3, "nl"),
        *daily("holdout8", "related", "wbyx-trending", headline_box("Trending on WBYX", _WBYX_HEADS, 3), "end",
               0.3, "box"),
        H("agency", (("CNN Newsource and The Associated Press supplied material for this report.",),), "glue_space",
          0.2, on=STORY + COPY),
        H("tip", (("Got a news tip, photos or video?", "Text the WBYX newsroom at 251-555-0110."),), "end", 0.3,
          "i"),
        H("follow", (("Find WBYX News 10 on Facebook and Instagram, or stream our newscasts on WBYX+.",),), "end",
          0.2),
        H("bio", (("{author} joined WBYX in {since} and covers {beat}.", "Email {obj} at {email}."),), "end", 0.3,
          "i"),
        H("public-file", (("Viewers who need help reading the WBYX public inspection file can call 251-555-0100.",),),
          "end", 0.15, "small", on=ALL),
        H("copyright", (("© {year} Gulf Signal Broadcasting, LLC, owner of WBYX-TV, Mobile.",),), "end", 0.3,
          "small", on=ALL),
        H("correction", (("Editor’s note: We corrected the day of one lane closure after this story was first "
                          "posted.",),), "end", 0.1, "i", on=("news", "templated")),
        H("origin", (("This report comes from {origin}, a WBYX news partner.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("You are reading an excerpt.", "The full story is at {origin_host}."),), "end", 1.0, "i",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Keisha Broussard/f/Mobile County government/reporter; Trent Dupree/m/public safety/reporter; "
                    "Alicia Ruiz-Whitman/f/Baldwin County/multimedia journalist; "
                    "Cole Hebert/m/the weather and the tropics/chief meteorologist"),
    plan=(("templated:tropics", 9), ("templated:bayway", 9), ("hand:h8-en-textalert", 1), ("hand:h8-en-hollis", 1),
          ("hand:h8-en-signoff", 1), ("syndicated", 7), ("edited", 3), ("trimmed", 2), ("repost", 2)),
    sections=("news", "weather", "investigates"), templates=("tropics", "bayway"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "wbyx10.example")), dateline=("MOBILE (WBYX) — ",), ld="article",
    agencies=("AP", "CNN Newsource"), photographers=("WBYX", "Jordan Landry", "Mobile County EMA"))

# ---- en: a Welsh-border weekly written in English --------------------------------------------------------------
_TEIFI_HEADS = ("Cardigan Castle summer fair draws a record crowd", "Lampeter bypass consultation extended",
                "Newcastle Emlyn mart reopens after refit", "Llandysul paddlers bring home gold",
                "Aberporth school wins its green flag", "Boncath chapel to become three homes",
                "Otters filmed at Cenarth Falls", "Tregaron red kite centre marks 30 years")

TVO = Publisher(
    "Teifi Valley Observer", "teifivalleyobserver.example", "holdout8", "en",
    "Cardigan|Newcastle Emlyn|Lampeter|Llandysul|the Teifi valley",
    "https://www.{host}/news/{id}.{slug}/",
    Skin(
        page=PAGES["TVO"],
        article='<article class="tvo-article"><h1 class="tvo-article__headline">{h1}</h1><div '
                'class="tvo-article__meta">{byline}</div>{figure}<div id="article-body" class="tvo-article__body">'
                '{body}</div></article>',
        byline='<span class="tvo-author">{author}</span> <span class="tvo-series">Observer Series</span> <time '
               'datetime="{iso}">{date}</time>',
        figure='<figure class="tvo-figure"><img src="{src}" alt=""><figcaption>{caption} Picture: {credit}'
               '</figcaption></figure>',
        para='<p class="tvo-p">{t}</p>',
        pieces={"toggle": '<p class="tvo-cy"><a href="/cy/">{t}</a></p>',
                "photo": '<p class="tvo-p"><em>{t}</em></p>',
                "also": '<p class="tvo-p"><strong>{t}</strong></p>',
                "nl": '<div class="tvo-nl"><p>{t}</p><button>Sign me up</button></div>',
                "diary": '<aside class="tvo-diary"><p>{t}</p></aside>',
                "box": '<aside class="tvo-more"><h4>{h}</h4><ul>{li}</ul></aside>',
                "subs": '<div class="tvo-subs"><p>{t}</p><a href="/subscribe/">Subscribe</a></div>',
                "letters": '<div class="tvo-letters"><p>{t}</p></div>',
                "small": '<p class="tvo-small"><small>{t}</small></p>',
                "i": '<p class="tvo-p"><i>{t}</i></p>'},
        glue='<span class="tvo-ldrs">{t}</span>',
        ad='<div class="tvo-ad" id="mpu-1"></div>',
        entities="named",
        blocks={"h2": '<h3 class="tvo-crosshead">{t}</h3>', "fact": '<div class="tvo-factfile">{t}</div>',
                "fact-h": '<h4 class="tvo-factfile__title">{t}</h4>',
                "quote": '<blockquote class="tvo-pull"><p>{t}</p></blockquote>',
                "ul": '<ul class="tvo-list">{t}</ul>'}),
    habits=(
        H("language-toggle", (("Mae’r stori hon ar gael yn Gymraeg hefyd",),), "top", 0.2, "toggle", on=ALL),
        H("photo-credit", (("Llun/Picture: {photog}",), ("Picture by {photog} for the Observer",)), "top", 0.2,
          "photo", on=STORY),
        H("related", (("Also in this week’s Observer: {headline}",),), "after1", 0.4, "also", link="headline"),
        *rotating("newsletter", [
            ("Every Thursday morning, Teifi Talk brings you the valley’s news by email before the paper reaches the "
             "shops.",),
            ("From Aberporth to Llanybydder in one email: sign up for Teifi Talk, free every week.",),
        ], 15, "mid", 0.3, "nl"),
        *rotating("event", [
            ("Putting on a coffee morning, a concert or an eisteddfod? List it in the Observer diary free of charge.",),
            ("Our What’s On pages cost nothing to appear in; send details at least ten days ahead.",),
        ], 15, "mid", 0.2, "diary"),
        *daily("holdout8", "related", "tvo-more", headline_box("More from the valley this week", _TEIFI_HEADS, 3),
               "end", 0.25, "box"),
        H("subscription", (("Never miss an edition.",
                            "Have the Observer posted to you each week from £5.50 a month."),), "end", 0.3, "subs"),
        H("letters", (("Letters to the editor should be under 300 words and carry your name, address and a daytime "
                       "phone number.",),), "end", 0.2, "letters", on=NEWS),
        H("agency", (("– Local Democracy Reporting Service",),), "glue_space", 0.25, on=STORY + COPY),
        H("tip", (("News from your village, club or chapel?", "Call the Cardigan newsroom on 01239 555 311."),), "end",
          0.25, "i"),
        H("bio", (("{author} has covered {beat} for the Observer since {since}.",
                   "Write to {obj} at {email} or at our Pendre office."),), "end", 0.3, "i"),
        H("comment-policy", (("We pre-moderate comments, so yours may take a few hours to appear.",),), "end", 0.2,
          "small", on=NEWS),
        H("press-regulator", (("The Observer follows the Editors’ Code; complaints should go first to the editor.",),),
          "end", 0.15, "small", on=ALL),
        H("copyright", (("© Teifi Valley Newspapers Ltd {year}. Registered in Wales, company No. 0471122.",),), "end",
          0.3, "small", on=ALL),
        H("origin", (("Shared with the Observer by {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("A shortened version.", "The original is on {origin_host}."),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Gwenno Rhys/f/Ceredigion council/reporter; Dylan Harries/m/farming/reporter; "
                    "Catrin Lewis-Bowen/f/schools and the Welsh language/chief reporter; "
                    "Aled Mathias/m/sport/sports editor"),
    plan=(("templated:planning", 10), ("templated:eisteddfod", 9), ("hand:h8-en-welshpage", 1),
          ("hand:h8-en-coverprice", 1), ("hand:h8-en-lifeboat", 1), ("syndicated", 6), ("edited", 3), ("trimmed", 3),
          ("repost", 2)),
    sections=("news", "eisteddfodau", "farming"), templates=("planning", "eisteddfod"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "teifivalleyobserver.example")), ld="none",
    agencies=("LDRS", "PA"), photographers=("Emyr Rhys", "Observer Series", "RNLI/Cardigan"))

# ---- en: a Nigerian English-language daily -----------------------------------------------------------------------
_LAGOON_HEADS = ("Third Mainland Bridge: partial closure from Friday", "Senate passes minimum wage review bill",
                 "Danfo drivers begin two-day strike in Ikorodu", "Super Eagles name squad for qualifiers",
                 "Non-oil exports up 18% in half year", "Lekki traders count losses after market fire",
                 "JAMB releases supplementary UTME results", "Owambe season: the price of aso ebi doubles")

LC = Publisher(
    "The Lagoon Chronicle", "lagoonchronicle.example", "holdout8", "en", "Lagos|Ikeja|Lekki|the South-West|Abuja",
    "https://{host}/{y}/{m}/{d}/{slug}/",
    Skin(
        page=PAGES["LC"],
        article='<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{h1}</h1><div '
                'class="entry-meta">{byline}</div></header>{figure}<div class="entry-content td-post-content">{body}'
                '</div></article>',
        byline='<span class="byline">By <a href="/author/{slug}/">{author}</a></span> <span class="posted-on"><time '
               'datetime="{iso}">{date}</time></span>',
        figure='<figure class="wp-caption"><img src="{src}" alt=""><figcaption class="wp-caption-text">{caption} '
               'Photo: {credit}</figcaption></figure>',
        pieces={"share": '<div class="lc-share"><span>{t}</span></div>',
                "also": '<p><strong>{t}</strong></p>',
                "advert": '<p class="lc-advert-note" style="text-align:center">{t}</p>',
                "wa": '<div class="lc-wa-channel"><p>{t}</p><a href="/whatsapp/">Join</a></div>',
                "consent": '<div class="lc-embed-blocked"><p>{t}</p></div>',
                "partner": '<div class="lc-partner"><p>{t}</p></div>',
                "box": '<div class="lc-top-stories"><h4>{h}</h4><ul>{li}</ul></div>',
                "nl": '<div class="lc-nl"><p>{t}</p></div>',
                "support": '<div class="lc-support"><p>{t}</p><a href="/support/">Support us</a></div>',
                "disclaimer": '<p class="lc-disclaimer"><em>{t}</em></p>',
                "small": '<p><small>{t}</small></p>',
                "i": '<p><em>{t}</em></p>'},
        ad='<div class="lc-inline-ad"></div>',
        blocks={"h2": '<h3><strong>{t}</strong></h3>', "ul": '<ul class="lc-bullets">{t}</ul>',
                "quote": '<blockquote class="wp-block-quote"><p><em>{t}</em></p></blockquote>',
                "fact": '<div class="lc-box">{t}</div>'}),
    habits=(
        H("share", (("Share this story: WhatsApp · Facebook · X · Telegram · Copy link",),), "top", 0.25, "share",
          on=ALL),
        H("related", (("READ ALSO: {headline}",),), "after1", 0.5, "also", link="headline"),
        H("ad-label", (("— Advertisement: the article resumes below —",),), "mid", 0.3, "advert", on=ALL),
        H("channel", (("Breaking news from Lagos and across Nigeria, straight to your phone: join The Lagoon Chronicle "
                       "on WhatsApp.",),), "mid", 0.25, "wa"),
        H("consent", (("This post from X cannot be displayed because social media cookies are switched off.",),), "mid",
          0.2, "consent"),
        H("sponsor", (("Partner content supported by Eko Harbour Bank",),), "mid", 0.15, "partner"),
        *daily("holdout8", "related", "lc-top", headline_box("Top stories on The Lagoon Chronicle", _LAGOON_HEADS, 3),
               "end", 0.3, "box"),
        *rotating("newsletter", [
            ("Get The Lagoon Morning, our free 6am briefing on Nigeria, in your inbox.",),
            ("Markets, politics and Lagos traffic in five minutes: The Lagoon Morning arrives every weekday.",),
        ], 15, "end", 0.25, "nl"),
        *rotating("donation", [
            ("Quality journalism costs money.", "Support The Lagoon Chronicle with as little as ₦1,000 a month."),
            ("We are independent and owe nothing to any politician.", "Help keep it that way by becoming a "
             "supporter."),
        ], 15, "end", 0.25, "support"),
        H("agency", (("(NAN)",),), "glue", 0.3, on=STORY + COPY),
        H("tip", (("Have a story we should investigate?", "Reach our newsroom on WhatsApp: +234 803 555 0191."),),
          "end", 0.25, "i"),
        H("comment-policy", (("Views expressed by readers in the comments are theirs alone and do not represent those "
                              "of The Lagoon Chronicle.",),), "end", 0.2, "disclaimer", on=NEWS),
        H("bio", (("{author} is a {role} at The Lagoon Chronicle, covering {beat}.", "Send tips to {email}."),), "end",
          0.3, "i", on=NEWS),
        H("copyright", (("© {year} The Lagoon Chronicle.",
                         "Reproducing this material in any form without prior written consent is prohibited."),),
          "end", 0.3, "small", on=ALL),
        H("correction", (("Correction: This article has been amended to give the right local government area.",),),
          "end", 0.1, "i"),
        H("origin", (("Culled from {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Cut for length.", "The rest of the story is on {origin_host}."),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Chiamaka Obi/f/the economy/business correspondent; Tunde Adeyemi/m/Lagos metro/senior "
                    "correspondent; Halima Bello/f/politics/political correspondent; "
                    "Emeka Nwosu/m/oil and power/energy correspondent"),
    plan=(("templated:pumpprice", 9), ("templated:naira", 8), ("hand:h8-en-vasfine", 1), ("hand:h8-en-nbccode", 1),
          ("hand:h8-en-floodwatch", 1), ("syndicated", 8), ("edited", 4), ("trimmed", 3), ("repost", 2)),
    sections=("news", "business", "metro"), templates=("pumpprice", "naira"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "lagoonchronicle.example")), ld="graph",
    agencies=("NAN", "Reuters"), photographers=("Olumide Ajayi", "NAN", "Lagoon Chronicle"))

# ---- de: a German regional public radio's website -----------------------------------------------------------------
NKF = Publisher(
    "NKF Vorpommern", "vorpommern.kuestenfunk.example", "holdout8", "de",
    "Vorpommern|Greifswald|Usedom|Rügen|Stralsund|Anklam",
    "https://{host}/nachrichten/{section}/{slug},nkf{id}.html",
    Skin(
        page=PAGES["NKF"],
        article='<article class="nkf-beitrag"><header><p class="nkf-stand">{byline}</p><h1 class="nkf-titel">{h1}'
                '</h1></header>{figure}<div class="nkf-text">{body}</div></article>',
        byline='<span>Stand: <time datetime="{iso}">{date}, {time}</time></span> <span class="nkf-autor">von {author}'
               '</span>',
        figure='<figure class="nkf-bild"><img src="{src}" alt=""><figcaption>{caption} © {credit}</figcaption>'
               '</figure>',
        para='<p class="nkf-absatz">{t}</p>',
        pieces={"dgs": '<p class="nkf-dgs"><a href="/dgs/">{t}</a></p>',
                "audio": '<div class="nkf-audio"><button aria-label="Abspielen">Abspielen</button><span>{t}</span>'
                         '</div>',
                "upd": '<p class="nkf-aktualisiert"><em>{t}</em></p>',
                "dazu": '<p class="nkf-absatz"><strong>{t}</strong></p>',
                "consent": '<div class="nkf-extern"><p>{t}</p><button>Inhalt laden</button></div>',
                "app": '<aside class="nkf-app"><p>{t}</p></aside>',
                "freq": '<p class="nkf-frequenz"><em>{t}</em></p>',
                "sendung": '<div class="nkf-sendung"><p>{t}</p></div>',
                "hinweis": '<p class="nkf-hinweis"><small>{t}</small></p>',
                "live": '<div class="nkf-live-info"><p>{t}</p></div>',
                "older": '<button class="nkf-live-mehr" type="button">{t}</button>'},
        live='<div class="nkf-liveblog" data-live="true">{updates}{more}</div>',
        live_update='<section class="nkf-eintrag"><h2 class="nkf-eintrag__titel">{h}</h2><p class="nkf-eintrag__zeit">'
                    '<time datetime="{iso}">{time}</time></p>{body}</section>',
        blocks={"h2": '<h2 class="nkf-zwischentitel">{t}</h2>', "ul": '<ul class="nkf-liste">{t}</ul>',
                "quote": '<blockquote class="nkf-zitat"><p>{t}</p></blockquote>',
                "fact": '<div class="nkf-infokasten">{t}</div>'}),
    habits=(
        H("sign-language", (("Nachrichten in Deutscher Gebärdensprache ansehen",),), "top", 0.1, "dgs"),
        H("listen", (("Audio: Beitrag aus „Vorpommern am Mittag“ ({audio} Min.)",),), "top", 0.3, "audio", on=STORY),
        H("update", (("Dieser Artikel wurde um {time} aktualisiert.",),), "top", 0.5, "upd", on=STORY + COPY,
          topic=r"(Polizei|Feuerwehr|Unfall|Rettung|THW)"),
        H("related", (("Dazu auch bei uns: {headline}",),), "after1", 0.35, "dazu", link="headline"),
        H("consent", (("Eine interaktive Karte eines Kartendienstes ist hier ausgeblendet.",
                       "Erst mit Ihrer Zustimmung wird sie geladen, dabei werden Daten an Dritte übermittelt."),),
          "mid", 0.2, "consent"),
        H("app", (("Blitzer, Staus, Brückenöffnungen: Die App von NKF Vorpommern meldet sie per Push.",),), "mid", 0.2,
          "app"),
        H("station-promo", (("NKF Vorpommern im Radio: UKW 95,4 in Greifswald, 89,7 in Stralsund und in ganz "
                             "Vorpommern über DAB+.",),), "end", 0.25, "freq"),
        H("broadcast", (("Mehr zu diesem Thema im „Vorpommern-Magazin“ am Abend ab 18.05 Uhr.",),), "end", 0.3,
          "sendung", on=STORY),
        H("comments", (("Die Kommentarfunktion ist für diesen Beitrag geschlossen.",),), "end", 0.2, "hinweis",
          on=NEWS),
        H("tip", (("Haben Sie etwas beobachtet?",
                   "Fotos und Hinweise an die Redaktion: vorpommern@kuestenfunk.example"),), "end", 0.2),
        H("signoff", (("Redaktion: NKF Vorpommern, Studio Greifswald",), ("Redaktion: NKF Vorpommern mit dpa",)),
          "end", 0.45, on=STORY + COPY),
        H("copyright", (("© Norddeutscher Küstenfunk {year}",),), "end", 0.2, "hinweis", on=ALL),
        H("origin", (("Dieser Text stammt von {origin}.",),), "top", 0.7, "upd", on=COPY),
        H("read-rest", (("Hier in einer kürzeren Fassung.",
                         "Den vollständigen Beitrag finden Sie bei {origin_host}."),), "end", 1.0, "upd", on=TRIM,
          link="origin_host"),
    ),
    live_habits=(
        H("live-notice", (("Liveblog: Neue Einträge erscheinen oben, die Seite lädt sich nicht von selbst neu.",),),
          "top", 0.8, "live"),
        H("ui", (("Frühere Einträge anzeigen",),), "more", 1.0, "older"),
    ),
    authors=authors("Friederike Lang/f/Usedom/Redakteurin; Sören Matthiesen/m/Greifswald und die Universität/Reporter; "
                    "Ulrike Benthin/f/Verkehr und Küste/Redakteurin; Mathias Kroll/m/Landespolitik/Korrespondent"),
    plan=(("templated:bruecken", 9), ("templated:blaualgen", 7), ("news", 6), ("liveblog", 1), ("jsonld-teaser", 2),
          ("hand:h8-de-ukw", 1), ("hand:h8-de-sturmflut", 1), ("syndicated", 6), ("trimmed", 4), ("edited", 2)),
    sections=("greifswald", "usedom", "ruegen", "stralsund"), templates=("bruecken", "blaualgen"), live_show=5,
    copy_from=(*DE_FROM, "bauernpost.example"), ld="article", email_domain="kuestenfunk.example",
    agencies=("dpa", "NKF"), photographers=("NKF/Stefan Sauer", "dpa/Stefan Sauer", "NKF Vorpommern"))

# ---- de: a Swiss German farming weekly ------------------------------------------------------------------------------
_INSERATE = ("Zu verkaufen: Heu und Emd in Kleinballen, ab Hof, Raum Langnau", "Suche Alpplatz für 12 Rinder, Sommer "
             "2026", "Traktor Hürlimann XE 305, Jg. 1998, ab MFK", "Lehrstelle Landwirt/in EFZ auf Milchbetrieb im "
             "Thurgau", "Zu verkaufen: 8 trächtige Rinder, Braunvieh, BVD-frei", "Kartoffeln Agria in Säcken zu 25 "
             "kg, Abholpreis", "Ladewagen Pöttinger, gut erhalten, günstig", "Betriebshelfer für zwei Monate "
             "gesucht, Raum Emmental")

BP = Publisher(
    "Die Schweizer Bauernpost", "bauernpost.example", "holdout8", "de",
    "das Emmental|das Mittelland|die Ostschweiz|die Schweiz|den Kanton Bern",
    "https://www.{host}/{section}/{slug}-{id}",
    Skin(
        page=PAGES["BP"],
        article='<article class="bp-artikel"><div class="bp-rubrik">{byline}</div><h1 class="bp-titel">{h1}</h1>'
                '{figure}<div class="bp-text">{body}</div></article>',
        byline='<span class="bp-autor">{author}</span> · <time datetime="{iso}">{date}</time>',
        figure='<figure class="bp-bild"><img src="{src}" alt=""><figcaption>{caption} <span class="bp-bildnachweis">'
               '(Bild {credit})</span></figcaption></figure>',
        pieces={"credit": '<p class="bp-credit">{t}</p>',
                "ebenfalls": '<p><b>{t}</b></p>',
                "nl": '<div class="bp-newsletter"><p>{t}</p><input type="email"><button>Anmelden</button></div>',
                "classi": '<aside class="bp-marktplatz-promo"><p>{t}</p></aside>',
                "inserate": '<div class="bp-marktplatz"><h4>{h}</h4><ul>{li}</ul></div>',
                "event": '<div class="bp-messe"><p>{t}</p></div>',
                "help": '<div class="bp-sorgentelefon"><p>{t}</p></div>',
                "abo": '<div class="bp-abo"><p>{t}</p><a href="/abo/">Jetzt testen</a></div>',
                "share": '<div class="bp-teilen"><span>{t}</span></div>',
                "klein": '<p class="bp-klein"><small>{t}</small></p>',
                "i": '<p><i>{t}</i></p>',
                "live": '<p class="bp-ticker-hinweis"><strong>{t}</strong></p>',
                "older": '<button class="bp-ticker-mehr">{t}</button>',
                "paywall": '<div class="bp-paywall"><p>{t}</p><a href="/abo/digital/">Zum Digitalabo</a></div>'},
        glue='<span class="bp-kuerzel">{t}</span>',
        ad='<div class="bp-inserat-slot" data-pos="content"></div>',
        live='<div class="bp-ticker">{updates}{more}</div>',
        live_update='<div class="bp-ticker-eintrag"><span class="bp-zeit"><time datetime="{iso}">{time}</time></span>'
                    '<h3>{h}</h3>{body}</div>',
        blocks={"h2": '<h2 class="bp-zt">{t}</h2>', "ul": '<ul class="bp-aufzaehlung">{t}</ul>',
                "quote": '<blockquote class="bp-zitat">{t}</blockquote>',
                "fact": '<aside class="bp-kasten">{t}</aside>',
                "fact-h": '<h3 class="bp-kasten__titel">{t}</h3>'}),
    habits=(
        H("photo-credit", (("Foto: {photog} (Bauernpost)",),), "top", 0.2, "credit", on=STORY),
        H("related", (("Ebenfalls in der Bauernpost: {headline}",),), "after1", 0.35, "ebenfalls", link="headline"),
        *rotating("newsletter", [
            ("Was die Landwirtschaft diese Woche bewegt, zweimal pro Woche im Postfach: der Bauernpost-Newsletter.",),
            ("Marktpreise, Agrarwetter und Agrarpolitik jeden Dienstag und Freitag: Abonnieren Sie unseren "
             "Newsletter.",),
        ], 15, "mid", 0.3, "nl"),
        H("classifieds", (("Über 4000 Inserate für Maschinen, Tiere, Futter und Stellen finden Sie im Marktplatz der "
                           "Bauernpost.",),), "mid", 0.2, "classi"),
        *daily("holdout8", "classifieds", "bp-inserate", headline_box("Neu im Marktplatz", _INSERATE, 3), "end", 0.25,
               "inserate"),
        *rotating("event", [
            ("Besuchen Sie die Bauernpost an der Olma in St. Gallen: Halle 4, Stand 4.031.",),
            ("Treffpunkt Suisse Tier in Luzern: Die Redaktion freut sich auf Ihren Besuch an unserem Stand.",),
        ], 15, "end", 0.2, "event"),
        H("helpline", (("Belastet Sie etwas? Das Bäuerliche Sorgentelefon hört zu: 041 555 20 20, anonym.",),), "end",
          1.0, "help", on=ALL, topic=r"(Suizid|Hofaufgabe|Konkurs|tödlich|verunglückt|gestorben|Burn-out)"),
        H("agency", (("(lid)",), ("(sda/lid)",)), "glue", 0.25, on=STORY + COPY),
        H("subscription", (("Noch kein Abo?", "Lesen Sie die Bauernpost vier Wochen lang gratis, gedruckt und "
                            "digital."),), "end", 0.25, "abo"),
        H("share", (("Teilen: WhatsApp · Threema · E-Mail",),), "end", 0.25, "share", on=ALL),
        H("bio", (("{author} ist Redaktor{in} im Ressort {beat}.", "E-Mail: {email}"),), "end", 0.3, "i", on=NEWS),
        H("correction", (("Berichtigung: In einer ersten Fassung stand eine falsche Zahl betroffener Betriebe.",),),
          "end", 0.1, "i", on=NEWS),
        H("copyright", (("Copyright {year} Agrarmedien Bauernpost AG.",
                         "Jede Weiterverwendung bedarf der schriftlichen Zustimmung des Verlags."),), "end", 0.3,
          "klein", on=ALL),
        H("origin", (("Übernahme aus {origin}, mit freundlicher Genehmigung.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Auszugsweise übernommen.", "Mehr bei {origin_host}."),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
        H("paywall", (("Dieser Artikel ist für Abonnentinnen und Abonnenten der Bauernpost.",
                       "Digitalabo: erster Monat für Fr. 1.–, danach Fr. 14.50 pro Monat.",
                       "Schon registriert? Hier einloggen"),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Ticker: Die Redaktion ergänzt laufend, die neuesten Meldungen stehen zuoberst.",),), "top",
          0.8, "live"),
        H("ui", (("Weitere Tickermeldungen anzeigen",),), "more", 1.0, "older"),
    ),
    authors=authors("Regula Aebersold/f/Tierhaltung/Redaktorin; Beat Zürcher/m/Pflanzenbau/Redaktor; "
                    "Nadja Gfeller/f/Agrarpolitik/Redaktorin; Ueli Schüpbach/m/Landtechnik/Redaktor"),
    plan=(("templated:schlachtvieh", 7), ("templated:pflanzenschutz", 7), ("news", 10), ("liveblog", 1),
          ("jsonld-full", 2), ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1), ("hand:h8-de-hofabo", 1),
          ("hand:h8-de-fakeabo", 1), ("syndicated", 2), ("edited", 1), ("repost", 2)),
    sections=("tiere", "pflanzen", "markt", "agrarpolitik"), templates=("schlachtvieh", "pflanzenschutz"),
    live_show=6, copy_from=(*DE_FROM, "vorpommern.kuestenfunk.example"), ld="graph", ld_join="\n",
    agencies=("LID", "sda"), photographers=("Bauernpost", "Regula Aebersold", "LID"))


# ---- fr: a Belgian (Walloon) business site --------------------------------------------------------------------------
def _cours(rng: random.Random, _day: int) -> tuple[str, ...]:
    """The site's end-of-day market box: the Bel 20, the euro and Dutch gas, new figures every day."""
    whole, dec = f"{rng.uniform(4380, 4690):.2f}".split(".")
    w, ch = int(whole), rng.uniform(-1.3, 1.3)
    move = f"{'+' if ch >= 0 else '−'}{abs(ch):.2f}".replace(".", ",")
    return ("Marchés à la clôture", f"Bel 20 : {w // 1000} {w % 1000:03d},{dec} pts ({move} %)",
            f"EUR/USD : 1,{rng.randint(1500, 1890)}", f"Gaz TTF : {rng.uniform(29, 41):.2f} €/MWh".replace(".", ","))


MW = Publisher(
    "Le Moniteur wallon", "moniteurwallon.example", "holdout8", "fr",
    "la Wallonie|Liège|Charleroi|Namur|Mons|le Brabant wallon",
    "https://www.{host}/{section}/{y}/{m}/{d}/{slug}-{id}",
    Skin(
        page=PAGES["MW"],
        article='<article class="mw-article"><h1 class="mw-article__titre">{h1}</h1><p class="mw-article__signature">'
                '{byline}</p>{figure}<div class="mw-article__texte">{body}</div></article>',
        byline='<span class="mw-auteur">{author}</span> | <time datetime="{iso}">{date} à {time}</time>',
        figure='<figure class="mw-visuel"><img src="{src}" alt=""><figcaption>{caption} © {credit}</figcaption>'
               '</figure>',
        para='<p class="mw-p">{t}</p>',
        pieces={"lecture": '<p class="mw-temps"><span>{t}</span></p>',
                "alire": '<p class="mw-p"><strong>{t}</strong></p>',
                "graph": '<div class="mw-dw-consent"><p>{t}</p><button>Afficher</button></div>',
                "nl": '<div class="mw-lettre"><p>{t}</p><button>S’inscrire</button></div>',
                "cours": '<div class="mw-widget-cours"><h4>{h}</h4><ul>{li}</ul></div>',
                "partner": '<div class="mw-partenaire"><span>{t}</span></div>',
                "event": '<aside class="mw-rencontres"><p>{t}</p></aside>',
                "abo": '<div class="mw-soutien"><p>{t}</p><a href="/abonnement/">Je m’abonne</a></div>',
                "small": '<p class="mw-legal"><small>{t}</small></p>',
                "em": '<p class="mw-p"><em>{t}</em></p>'},
        ad='<div class="mw-pub" data-format="rectangle"></div>',
        entities="named",
        blocks={"h2": '<h2 class="mw-inter">{t}</h2>', "ul": '<ul class="mw-puces">{t}</ul>',
                "quote": '<blockquote class="mw-citation"><p>{t}</p></blockquote>',
                "fact": '<div class="mw-chiffres">{t}</div>',
                "fact-h": '<p class="mw-chiffres__titre"><strong>{t}</strong></p>'}),
    habits=(
        H("reading-time", (("Temps de lecture : {minutes} min",),), "top", 0.3, "lecture", on=ALL),
        H("related", (("À lire aussi sur le Moniteur : {headline}",),), "after1", 0.45, "alire", link="headline"),
        H("consent", (("Ce graphique est hébergé par un service externe.",
                       "Pour l’afficher, acceptez les cookies de ce service."),), "mid", 0.2, "graph"),
        *rotating("newsletter", [
            ("Chaque matin à 7 h, « Moniteur Matin » résume l’actualité économique wallonne en dix lignes.",),
            ("PME, emploi, investissements : recevez « Moniteur Matin » gratuitement, du lundi au vendredi.",),
        ], 15, "mid", 0.3, "nl"),
        H("sponsor", (("En partenariat avec la Banque Meusienne",),), "mid", 0.2, "partner"),
        *daily("holdout8", "market-data", "mw-cours", _cours, "end", 0.2, "cours"),
        *rotating("event", [
            ("Rencontres du Moniteur : « Financer la croissance des PME », le 9 octobre à Namur.",
             "L’inscription est gratuite."),
            ("Vous dirigez une PME en croissance ?",
             "Posez votre candidature au Prix du Moniteur wallon de l’entreprise avant le 31 octobre."),
        ], 15, "end", 0.2, "event"),
        H("subscription", (("Cet article vous est proposé en accès libre.",
                            "Pour soutenir l’information économique régionale, abonnez-vous dès 8,90 € par mois."),),
          "end", 0.25, "abo"),
        H("agency", (("(Belga/MW)",),), "glue", 0.3, on=STORY + COPY),
        H("tip", (("Votre entreprise recrute, investit ou déménage ?", "Prévenez la rédaction au 081 55 50 12."),),
          "end", 0.2, "em"),
        H("correction", (("Rectification : le montant cité dans la première mise en ligne était inexact ; il a été "
                          "corrigé.",),), "end", 0.1, "em", on=("news", "templated")),
        H("bio", (("{author}, journaliste au Moniteur wallon, suit {beat}.", "Adresse de contact : {email}"),), "end",
          0.3, "em", on=NEWS),
        H("copyright", (("© Éditions du Moniteur SA {year}.",
                         "Toute diffusion hors du cercle privé est soumise à l’accord de l’éditeur."),), "end",
          0.3, "small", on=ALL),
        H("origin", (("Article publié initialement par {origin}.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Version raccourcie.", "Le texte complet se trouve sur {origin_host}."),), "end", 1.0, "em",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Céline Dethier/f/l’industrie/journaliste; Grégory Lambotte/m/les marchés financiers/journaliste; "
                    "Sophie Vanderheyden/f/les PME et l’emploi/journaliste; Rédaction/m/l’économie wallonne/desk"),
    plan=(("templated:faillites", 12), ("templated:bourse", 11), ("hand:h8-fr-cookies", 1), ("hand:h8-fr-bilan", 1),
          ("hand:h8-fr-fauxnl", 1), ("syndicated", 3), ("edited", 2), ("trimmed", 1), ("repost", 2)),
    sections=("entreprises", "marches", "emploi"), templates=("faillites", "bourse"),
    copy_from=(*FR_FROM, "abidjanmatin.example"), ld="article", ld_join=" ",
    agencies=("Belga", "AFP"), photographers=("Belga", "Didier Lebrun", "MW"))

# ---- fr: an Ivorian French-language news site ------------------------------------------------------------------------
_AM_HEADS = ("Abobo : un nouveau marché de 1 200 places inauguré", "BTS 2025 : les résultats disponibles en ligne",
             "San-Pédro : le port bat un record de trafic", "Transport : le prix du gbaka augmente à Yopougon",
             "Bouaké : le festival du riz s’ouvre samedi", "Football : les Éléphanteaux en demi-finale",
             "Métro d’Abidjan : les travaux avancent à Anyama", "Cocody : la passerelle rouvre après huit mois")

AM = Publisher(
    "Abidjan Matin", "abidjanmatin.example", "holdout8", "fr", "Abidjan|Cocody|Yopougon|San-Pédro|Bouaké",
    "https://{host}/{section}/{slug}-{id}.html",
    Skin(
        page=PAGES["AM"],
        article='<div class="am-post"><h1 class="am-post__title">{h1}</h1><div class="am-post__meta">{byline}</div>'
                '{figure}<div class="am-post__content">{body}</div></div>',
        byline='<span class="am-author">Par {author}</span> <span class="am-date">le <time datetime="{iso}">{date}'
               '</time> à {time}</span>',
        figure='<figure class="am-img"><img src="{src}" alt=""><figcaption>{caption} (Ph : {credit})</figcaption>'
               '</figure>',
        para='<p class="am-texte">{t}</p>',
        pieces={"wa": '<div class="am-envoyer"><a href="whatsapp://send">{t}</a></div>',
                "lire": '<p class="am-voiraussi"><strong>{t}</strong></p>',
                "partner": '<div class="am-partenaire"><p>{t}</p></div>',
                "canal": '<div class="am-canal"><p>{t}</p></div>',
                "app": '<aside class="am-appli"><p>{t}</p><a href="/appli/">Télécharger</a></aside>',
                "consent": '<div class="am-bloque"><p>{t}</p></div>',
                "nl": '<div class="am-newsletter"><p>{t}</p><button>Valider</button></div>',
                "box": '<div class="am-tres-lus"><h4>{h}</h4><ol>{li}</ol></div>',
                "small": '<p class="am-mentions"><small>{t}</small></p>',
                "em": '<p class="am-texte"><em>{t}</em></p>'},
        ad='<div class="am-banniere"></div>',
        entities="french",
        blocks={"h2": '<h3 class="am-inter">{t}</h3>', "ul": '<ul class="am-liste">{t}</ul>',
                "quote": '<blockquote class="am-citation"><p>{t}</p></blockquote>'}),
    habits=(
        H("share", (("Envoyer cet article sur WhatsApp",),), "top", 0.25, "wa", on=ALL),
        H("related", (("VOIR AUSSI : {headline}",),), "after1", 0.5, "lire", link="headline"),
        H("sponsor", (("Contenu partenaire – Lagune Assurances",),), "mid", 0.15, "partner"),
        H("channel", (("Abidjan Matin est sur WhatsApp et Telegram : rejoignez notre chaîne pour l’info en "
                       "continu.",),), "mid", 0.25, "canal"),
        H("app", (("L’application Abidjan Matin fonctionne même avec une connexion 3G faible.",),), "mid", 0.15,
          "app"),
        H("consent", (("Cette publication Facebook reste masquée tant que vous n’acceptez pas les traceurs de "
                       "Meta.",),), "mid", 0.2, "consent"),
        *rotating("newsletter", [
            ("Recevez chaque soir « L’Essentiel d’Abidjan Matin » : les dix informations de la journée.",),
            ("Inscrivez-vous à notre lettre du soir et ne ratez plus rien de l’actualité ivoirienne.",),
        ], 15, "end", 0.25, "nl"),
        *daily("holdout8", "most-read", "am-tres-lus", headline_box("Très lus aujourd’hui sur Abidjan Matin", _AM_HEADS,
                                                                    3), "end", 0.25, "box"),
        H("agency", (("(AIP)",),), "glue", 0.3, on=STORY + COPY),
        H("tip", (("Un fait marquant dans votre commune ?",
                   "Envoyez vos photos et témoignages sur WhatsApp au 05 55 50 88 14."),), "end", 0.25, "em"),
        H("comment-policy", (("Les commentaires à caractère injurieux, tribaliste ou xénophobe sont supprimés sans "
                              "préavis.",),), "end", 0.2, "small", on=NEWS),
        H("bio", (("{author} est journaliste au service {beat} d’Abidjan Matin.", "Joindre l’auteur : {email}"),),
          "end", 0.3, "em", on=NEWS),
        H("copyright", (("© Abidjan Matin {year}.",
                         "Reprise interdite sans mention de la source et lien vers l’article original."),), "end", 0.35,
          "small", on=ALL),
        H("correction", (("Précision : le nom d’un quartier, mal orthographié au départ, a été rectifié.",),), "end",
          0.1, "em", on=("news", "templated")),
        H("origin", (("Cet article nous a été transmis par {origin}.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Texte résumé.", "L’article complet est publié sur {origin_host}."),), "end", 1.0, "em",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Aminata Koné/f/société/journaliste; Serge Kouamé/m/économie/journaliste; "
                    "Fatou Traoré/f/politique/journaliste; Yannick Gnahoré/m/régions/journaliste"),
    plan=(("templated:cacao", 11), ("templated:coupures", 11), ("hand:h8-fr-anp", 1), ("hand:h8-fr-crue", 1),
          ("hand:h8-fr-mobilemoney", 1), ("syndicated", 3), ("edited", 2), ("trimmed", 1), ("repost", 2)),
    sections=("societe", "economie", "regions"), templates=("cacao", "coupures"),
    copy_from=(*FR_FROM, "moniteurwallon.example"), ld="none", feed_summary=False,
    agencies=("AIP", "AFP"), photographers=("Sia Kambou", "AIP", "DR"))

# ---- es: a Uruguayan regional daily ---------------------------------------------------------------------------
_LO_HEADS = ("Paysandú: corte de agua en el barrio Norte este jueves", "Salto Grande abre dos compuertas más",
             "Fray Bentos celebra su aniversario con un desfile", "El puerto de Paysandú recibe un buque de 180 metros",
             "Guichón: vuelve la fiesta de la miel", "Liga Sanducera: Bella Vista sigue puntero",
             "La Intendencia anuncia bituminización en Chacras", "Termas de Guaviyú: récord de visitantes")

LO = Publisher(
    "El Litoral Oriental", "litoraloriental.example", "holdout8", "es", "Paysandú|Salto|el litoral|Río Negro",
    "https://www.{host}/{section}/{slug}-n{id}",
    Skin(
        page=PAGES["LO"],
        article='<article class="lo-nota"><p class="lo-nota__volanta">{byline}</p><h1 class="lo-nota__titulo">{h1}'
                '</h1>{figure}<div class="lo-nota__texto">{body}</div></article>',
        byline='<span class="lo-firma">{author}</span> <time datetime="{iso}">{date}, {time}</time>',
        figure='<figure class="lo-foto"><img src="{src}" alt=""><figcaption>{caption} | Foto: {credit}</figcaption>'
               '</figure>',
        pieces={"escucha": '<div class="lo-audio"><button>Reproducir</button><span>{t}</span></div>',
                "seguir": '<p class="lo-seguir"><strong>{t}</strong></p>',
                "consent": '<div class="lo-embed"><p>{t}</p><button>Aceptar</button></div>',
                "boletin": '<div class="lo-boletin"><p>{t}</p><button>Suscribirme</button></div>',
                "box": '<aside class="lo-lomas"><h4>{h}</h4><ul>{li}</ul></aside>',
                "susc": '<div class="lo-suscripcion"><p>{t}</p><a href="/suscripciones/">Quiero suscribirme</a></div>',
                "nota": '<p><em>{t}</em></p>',
                "legal": '<p class="lo-legal"><small>{t}</small></p>'},
        ad='<div class="lo-publicidad"></div>',
        blocks={"h2": '<h2 class="lo-intertitulo">{t}</h2>', "ul": '<ul class="lo-lista">{t}</ul>',
                "quote": '<blockquote class="lo-cita">{t}</blockquote>'}),
    habits=(
        H("listen", (("Escuchá esta nota ({audio})",),), "top", 0.25, "escucha", on=STORY),
        H("related", (("Seguí leyendo: {headline}",),), "after1", 0.45, "seguir", link="headline"),
        H("consent", (("Este contenido de Instagram no se muestra porque rechazaste las cookies de terceros.",),),
          "mid", 0.2, "consent"),
        H("follow", (("Seguinos en Instagram y Facebook para enterarte primero de lo que pasa en Paysandú.",),), "mid",
          0.25),
        *rotating("newsletter", [
            ("Cada mañana a las 7:00, “El Parte” te resume las noticias del litoral en tu correo.",),
            ("¿Te perdiste algo? “El Parte”, nuestro boletín diario, llega gratis a tu casilla.",),
        ], 15, "mid", 0.25, "boletin"),
        *daily("holdout8", "most-read", "lo-lomas", headline_box("Lo que más se lee hoy en el litoral", _LO_HEADS, 3),
               "end", 0.3, "box"),
        *rotating("subscription", [
            ("Periodismo local que no encontrás en otro lado.", "Suscribite desde $ 290 por mes."),
            ("Con tu suscripción sostenés al diario del litoral.", "Sumate hoy y leé sin límites."),
        ], 15, "end", 0.3, "susc"),
        H("agency", (("Con datos de EFE.",), ("Fuente: Presidencia de la República.",)), "glue_space", 0.2,
          on=STORY + COPY),
        H("tip", (("¿Pasó algo en tu barrio?", "Mandanos fotos o videos al WhatsApp 099 555 321."),), "end", 0.25,
          "nota"),
        H("bio", (("{author} es periodista de El Litoral Oriental y cubre {beat}.", "Escribile a {email}"),), "end",
          0.3, "nota", on=NEWS),
        H("comment-policy", (("Los comentarios son responsabilidad de quienes los escriben; borramos los que agravian "
                              "o discriminan.",),), "end", 0.2, "legal", on=NEWS),
        H("correction", (("Corrección: esta nota fue modificada porque en una versión anterior figuraba mal el nombre "
                          "del paraje.",),), "end", 0.1, "nota", on=("news", "templated")),
        H("copyright", (("© {year} El Litoral Oriental.",
                         "Se permite la reproducción citando la fuente y con enlace a la nota original."),), "end",
          0.35, "legal", on=ALL),
        H("origin", (("Esta nota se publicó primero en {origin} y se reproduce con autorización.",),), "top", 0.7,
          "nota", on=COPY),
        H("read-rest", (("Nota recortada.", "La versión completa está en {origin_host}."),), "end", 1.0, "nota",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Florencia Olivera/f/la información de Paysandú/periodista; Martín Saravia/m/el agro/periodista; "
                    "Valeria Ribeiro/f/la crónica policial/periodista; Redacción/m/el litoral/redacción"),
    plan=(("templated:hacienda", 11), ("templated:rio", 10), ("hand:h8-es-lunes", 1), ("hand:h8-es-crecida", 1),
          ("hand:h8-es-puente", 1), ("hand:h8-es-estafa", 1), ("syndicated", 6), ("edited", 3), ("trimmed", 2),
          ("repost", 1)),
    sections=("paysandu", "litoral", "agro"), templates=("hacienda", "rio"),
    copy_from=ES_FROM, ld="graph", citing=("la Intendencia", "el Cecoed", "la CTM de Salto Grande"),
    agencies=("EFE", "Presidencia"), photographers=("Gabriel Silva", "Intendencia de Paysandú", "Archivo"))

HOLDOUT8 = (WBYX, TVO, LC, NKF, BP, MW, AM, LO)
