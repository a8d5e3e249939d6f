"""The eight publishers of the 'holdout7' half (en x3, de x2, fr x2, es x1), written after the other eight
halves, by someone who had not read the cleaner, before it was run on them.  They are kinds of newsroom the
other halves lack: a US state-capitol nonprofit newsroom, a Scottish regional daily, a South African digital
news site, an Austrian public broadcaster's regional studio, a German logistics trade site, a Moroccan
French-language news site, a Swiss French-language daily and a Colombian regional site.  Their boilerplate
wording, labels and markup are new.

What they bring (kinds only; the wordings are the publishers' own): photo credits, audio players and
easy-language links, newsletter, app, podcast, puzzle, event and social or messaging-channel calls (some
rotating every ten or fifteen days), subscription and donation asks, donor and republishing notes, rights
lines, related-story links and headline boxes (some changing every day), slot-first author bios (name
first), agency credits glued to the last sentence with and without a space, a desk sign-off, a gallery
pointer glued to the lede, correction and update notes (some only on stories matching a topic), sponsor and
advertiser labels with a disclaimer under them, data-saver prompts, comment rules, blocked-embed consent
placeholders, share bars, tip lines, helplines, syndication notes on copies, a paywall under the trade
site's JSON-LD-only pages and live-blog notices and "load more" buttons; some at the top, some between
paragraphs, some at the bottom, some in plain ``<p>`` exactly like the story, some in boxes, ``<aside>`` or
buttons.  Story text in chrome-like markup: subheads, lists, quotations and fact boxes in the handwritten
and templated stories, each skin wrapping them its own way.  Recurrence traps: templated stories with stock
sentences naming the publisher, its phone number or e-mail address, some in the middle of the story, one a
disclaimer; handwritten stories quoting the phrases a cleaner would take for chrome; dated and timestamped
"day by day" stories in plain paragraphs.  The English, French and Spanish publishers, with no corpus
stories left, run templated and handwritten stories and copies of other publishers' stories (the capitol
site's one teaser-only JSON-LD page takes a passage of the corpus reserve); the two German ones also run
corpus stories, live blogs and JSON-LD variants (full, teaser-only and stale ``articleBody``).
"""

from __future__ import annotations

from bench.cleaning_set.cms import ALL, COPY, Habit, Publisher, Skin, daily, headline_box, rotating
from bench.cleaning_set.publishers_tune import authors
from bench.cleaning_set.skins_holdout7 import PAGES

H = Habit
NEWS = ("news",)
STORY = ("news", "reposted")
TRIM = ("trimmed",)

EN_COPY = ("northfield-ledger.example", "dailymeridian.example", "harborcitytimes.example", "prairiedispatch.example",
           "riverton-courier.example", "capitalobserver.example", "tidewatersentinel.example",
           "lakeshoretribune.example", "kdrx5.example", "ironbridgemarkets.example", "copperstatesports.example",
           "cpnews.example", "harlancreekclarion.example", "dailyblaze.example", "krpr.example",
           "shannonecho.example", "dalalwire.example", "bpbnews.example", "swancourier.example",
           "farmweekly.example")
DE_COPY = ("westfaelischer-bote.example", "blickpunkt-online.example", "stadtanzeiger-nord.example",
           "tagesblatt.example", "neckar-kurier.example", "hanse-rundschau.example", "rhein-ahr-anzeiger.example",
           "lausitzer-echo.example", "weserbergland-kurier.example", "elbland-rundfunk.example",
           "limmattaler.example", "salzkammergut-rundschau.example", "technik-kompass.example",
           "ortsticker.example", "hhz.example")
FR_COPY = ("courrier-rhone.example", "echo-provence.example", "vigie-finistere.example", "republicain-jura.example",
           "lefilnormand.example", "echo-austral.example", "lezebre-lille.example", "courriermosan.example",
           "pharesaguenay.example", "echoalzette.example", "lesprint.example", "terangaactu.example",
           "rcc-radio.example")
ES_COPY = ("elfarodigital.example", "diariocostaazul.example", "lavozdelebro.example", "correodelamancha.example",
           "lafronterahoy.example", "heraldodelsil.example", "diarioanahuac.example", "andinocuyo.example",
           "noticiasdelsur.example", "enfoquenoticias.example", "datosaldia.example", "elvigia.example")

# ---- en: a US state-capitol nonprofit newsroom ---------------------------------------------------------------
_CK_MORE = ("Who is paying for the Capitol's lobbyists this year", "Five bills that died quietly in committee",
            "A guide to your county's row officers", "The legislators with perfect attendance",
            "Why Pennsylvania still has a full-time Legislature", "What a per diem pays for in Harrisburg",
            "The fight over cyber charter funding, explained", "How redistricting reshaped the state Senate")

CK = Publisher(
    "Capitol Keystone", "capitolkeystone.example", "holdout7", "en",
    "Harrisburg|Pennsylvania|the Capitol|the commonwealth",
    "https://www.{host}/{section}/{y}/{m}/{slug}/",
    Skin(
        page=PAGES["CK"],
        article='<article class="ck-story"><header class="ck-story__head"><h1 class="entry-title">{h1}</h1><div '
                'class="ck-story__byline">{byline}</div></header>{figure}<div class="entry-content">{body}</div>'
                '</article>',
        byline='<span class="author vcard">By <a href="/author/{slug}/">{author}</a></span> <time class="entry-date" '
               'datetime="{iso}">{date}</time>',
        figure='<figure class="wp-block-image ck-figure"><img src="{src}" alt=""><figcaption>{caption} <span '
               'class="image-credit">({credit})</span></figcaption></figure>',
        pieces={"share": '<div class="ck-share" role="group"><span>{t}</span></div>',
                "related": '<p class="ck-related"><strong>{t}</strong></p>',
                "doc": '<div class="ck-docviewer is-blocked"><p>{t}</p><button>Load the document</button></div>',
                "nl": '<div class="ck-newsletter-block"><p>{t}</p><input type="email" placeholder="Email address">'
                      '<button>Sign me up</button></div>',
                "donate": '<aside class="ck-donate"><p>{t}</p><a class="ck-donate__btn" href="/donate">Give now</a>'
                          '</aside>',
                "republish": '<div class="ck-republish"><button class="ck-republish__open">Republish this story'
                             '</button><p>{t}</p></div>',
                "box": '<aside class="ck-explainers"><h4>{h}</h4><ul>{li}</ul></aside>',
                "bio": '<div class="ck-author-bio"><p>{t}</p></div>',
                "note": '<p class="ck-editors-note"><em>{t}</em></p>',
                "i": '<p><i>{t}</i></p>'},
        blocks={"h2": '<h2 class="wp-block-heading">{t}</h2>', "ul": '<ul class="wp-block-list">{t}</ul>',
                "quote": '<blockquote class="wp-block-quote"><p>{t}</p></blockquote>'}),
    habits=(
        H("share", (("Email · Bluesky · Facebook · Print",),), "top", 0.3, "share", on=ALL),
        H("related", (("Earlier from our Capitol bureau: {headline}",),), "after1", 0.4, "related", link="headline"),
        H("consent", (("The court filing that belongs here sits in an outside document viewer.",
                       "It stays hidden until you accept that viewer's cookies."),), "mid", 0.2, "doc"),
        *rotating("newsletter", [
            ("Every session night, The Rotunda tells you what Pennsylvania's lawmakers actually did, for free.",),
            ("Floor votes, budget fights, who blinked: get The Rotunda by 7 p.m. each session day.",),
            ("Nobody reads the House journal so you don't have to. We do. The Rotunda is the short version.",),
        ], 10, "mid", 0.3, "nl"),
        *daily("holdout7", "related", "ck-explainers", headline_box("Capitol explainers", _CK_MORE, 3), "end", 0.25,
               "box"),
        H("agency", (("Material from {agency} is included.",),), "glue_space", 0.2, on=STORY + COPY),
        H("republish", (("Other newsrooms may reprint this article for free; it carries a CC BY-ND 4.0 licence.",
                         "Keep our reporter's name and link back to Capitol Keystone."),), "end", 0.35, "republish"),
        H("bio", (("{author} has reported from the Capitol since {since} and follows {beat}.",
                   "Documents and tips: {email}."),), "end", 0.35, "bio"),
        H("tip", (("Know something lawmakers would rather keep quiet?",
                   "Signal our newsroom privately: 717-555-0163."),), "end", 0.25, "i"),
        H("correction", (("Clarification: The committee chair was misnamed at first; that is now fixed.",),), "end",
          0.1, "note"),
        *rotating("donation", [
            ("No paywall, no ads, no owner with a stake in the outcome.",
             "Readers fund our Capitol reporting so it stays free; $10 goes a long way."),
            ("The number of reporters covering Harrisburg has halved since 2008.",
             "Your gift keeps one of ours in every committee room."),
        ], 15, "end", 0.3, "donate"),
        H("donor-note", (("Capitol Keystone is nonpartisan and nonprofit.",
                          "Donors never see stories before they run and have no say over our coverage; we publish "
                          "the full list of them."),), "end", 0.3, "i"),
        H("follow", (("Floor action as it happens: find our reporters on Bluesky, @capitolkeystone.",),), "end", 0.2),
        H("copyright", (("© {year} Capitol Keystone, a project of the Keystone Civic Journalism Fund, a 501(c)(3).",),),
          "end", 0.3, "i", on=ALL),
        H("origin", (("Originally reported by {origin}; shared with Capitol Keystone under a reprint arrangement.",),),
          "top", 0.7, "note", on=COPY),
        H("read-rest", (("We cut this version down.", "{origin_host} has every paragraph."),), "end", 1.0, "note",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Rachel Dombrowski/f/the state budget/reporter; Eli Whitcomb/m/the state House/reporter; "
                    "Priya Natarajan/f/ethics and campaign money/senior reporter; "
                    "Connor Fessler/m/energy policy/reporter"),
    plan=(("templated:impasse", 9), ("templated:rollcall", 9), ("jsonld-teaser", 1), ("hand:h7-en-franking", 1),
          ("hand:h7-en-notices", 1), ("hand:h7-en-timeline", 1), ("syndicated", 6), ("edited", 3), ("trimmed", 2),
          ("repost", 2)),
    sections=("budget", "legislature", "elections"), templates=("impasse", "rollcall"),
    copy_from=(*EN_COPY, "taysidecourant.example", "highvelddaily.example"), dateline=("HARRISBURG — ",),
    ld="graph", agencies=("AP", "WESA"), photographers=("Dana Yost", "Luis Ferreira", "Commonwealth Media Services"))

# ---- en: a Scottish regional daily ----------------------------------------------------------------------------
_TRENDING = ("Tay Road Bridge lane closures confirmed for October",
             "Broughty Ferry cafe wins Scotland's best bacon roll", "Dundee United's new signing speaks out",
             "Arbroath smokie stall returns to the harbour",
             "Perth bus station revamp delayed again", "Forfar primary school staff balloted over cover cuts",
             "Kirriemuir glen walkers rescued in the dark", "Carnoustie Open bid: what we know so far",
             "Monifieth man's 40 years at the Michelin plant", "Blairgowrie berry pickers' camp to close")

TC = Publisher(
    "The Tayside Courant", "taysidecourant.example", "holdout7", "en", "Dundee|Tayside|Angus|Perth|north-east Fife",
    "https://www.{host}/news/{section}/{id}/{slug}/",
    Skin(
        page=PAGES["TC"],
        article='<article class="tc-article"><div class="tc-article__header"><h1 class="tc-headline">{h1}</h1><div '
                'class="tc-meta">{byline}</div></div>{figure}<div class="tc-article__body article-body">{body}</div>'
                '</article>',
        byline='<p class="tc-author">By <span>{author}</span></p><p class="tc-date"><time datetime="{iso}">{date}, '
               '{time}</time></p>',
        figure='<figure class="tc-lead"><img src="{src}" alt=""><figcaption><span class="tc-caption">{caption}</span> '
               '<span class="tc-credit">Image: {credit}</span></figcaption></figure>',
        para='<p class="tc-para">{t}</p>',
        pieces={"dont": '<p class="tc-para"><strong>{t}</strong></p>',
                "puzzles": '<aside class="tc-puzzles"><p>{t}</p><a href="/puzzles">Play now</a></aside>',
                "signup": '<div class="tc-signup"><p>{t}</p><button>Sign up</button></div>',
                "box": '<div class="tc-trending"><h3>{h}</h3><ol>{li}</ol></div>',
                "plus": '<div class="tc-plus-promo"><p>{t}</p></div>',
                "help": '<div class="tc-support-box"><p>{t}</p></div>',
                "small": '<p class="tc-house-rules"><small>{t}</small></p>',
                "i": '<p class="tc-para"><em>{t}</em></p>'},
        glue='<span class="tc-agency">{t}</span>',
        ad='<div class="tc-mpu" data-ad="inline-1"></div>',
        entities="ascii",
        blocks={"h2": '<h2 class="tc-subhead">{t}</h2>', "quote": '<blockquote class="tc-quote">{t}</blockquote>',
                "fact": '<div class="tc-keyfacts">{t}</div>', "ul": '<ul class="tc-bullets">{t}</ul>'}),
    habits=(
        H("photo-credit", (("Pic: {photog}/Courant Media",), ("Supplied by {photog}.",)), "top", 0.2, "i",
          on=ALL),
        H("gallery", (("Our picture gallery sits at the foot of this page.",),), "glue_lede", 0.3,
          on=STORY + COPY),
        H("related", (("Don't miss: {headline}",),), "after1", 0.4, "dont", link="headline"),
        H("puzzles", (("Fancy a break? Today's Courant crossword and wordsearch are free to play.",),), "mid", 0.3,
          "puzzles"),
        *rotating("newsletter", [
            ("The Tayside Twelve: a dozen stories you need, sent each morning at 7am.",),
            ("After every Dundee derby, our football newsletter lands within the hour.",),
        ], 15, "mid", 0.3, "signup"),
        *daily("holdout7", "related", "tc-trending", headline_box("Trending in Tayside today", _TRENDING, 3), "end",
               0.3, "box"),
        H("subscription", (("Reporting this took days, not minutes.",
                            "Try Courant Plus: three months for a pound."),), "end", 0.3, "plus"),
        H("helpline", (("Struggling? Breathing Space listens on 0800 83 85 87, weekday evenings and round the clock "
                        "at weekends.",),), "end", 1.0, "help", on=ALL,
          topic=r"\b(died|death|dead|suicide|tragedy)\b"),
        H("agency", (("– with PA Media",),), "glue_space", 0.2, on=STORY + COPY),
        H("comment-policy", (("We close comments after 48 hours and delete posts that are abusive or off-topic.",),),
          "end", 0.25, "small"),
        H("tip", (("Something happening on your street?", "Drop the newsdesk a line on 01382 555 214."),), "end", 0.25,
          "i"),
        H("bio", (("{author} is the Courant's {beat} correspondent.", "Tips for {obj}: {email}"),), "end", 0.35, "i"),
        H("copyright", (("© {year} Courant Newspapers. Registered in Scotland, SC000917.",),), "end", 0.35, "small",
          on=ALL),
        H("origin", (("Courant partner content, first seen on {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Shortened for print.", "{origin_host} carries it in full."),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Euan McLaren/m/crime and courts/crime reporter; Shona Rattray/f/health/health correspondent; "
                    "Callum Doig/m/Angus and the Mearns/reporter; Kirsty Imrie/f/Perthshire/reporter"),
    plan=(("templated:fishmarket", 10), ("templated:aande", 9), ("hand:h7-en-archive", 1), ("hand:h7-en-scamtext", 1),
          ("syndicated", 7), ("edited", 3), ("trimmed", 3), ("repost", 2)),
    sections=("dundee", "angus-mearns", "perth-kinross", "fife"), templates=("fishmarket", "aande"),
    copy_from=(*EN_COPY, "capitolkeystone.example", "highvelddaily.example"), ld="article",
    agencies=("PA", "Courant Media"), photographers=("Alan Petrie", "Fraser Mowat", "Iona Shearer"))

# ---- en: a South African digital news site ------------------------------------------------------------------------
HD = Publisher(
    "Highveld Daily", "highvelddaily.example", "holdout7", "en", "Johannesburg|Gauteng|Soweto|Tshwane|Ekurhuleni",
    "https://{host}/news/{section}/{slug}-{y}{m}{d}/",
    Skin(
        page=PAGES["HD"],
        article='<main class="hd-article"><h1 class="hd-title">{h1}</h1><div class="hd-byline">{byline}</div>{figure}'
                '<section class="hd-body">{body}</section></main>',
        byline='<span class="hd-author">{author}</span> | <time datetime="{iso}">{date} {time}</time>',
        figure='<figure class="hd-img"><img src="{src}" alt=""><figcaption>{caption} Photo: {credit}</figcaption>'
               '</figure>',
        pieces={"lite": '<div class="hd-lite"><p>{t}</p><a href="/lite">Switch</a></div>',
                "share": '<div class="hd-share"><span>{t}</span></div>',
                "rel": '<p class="hd-related">{t}</p>',
                "consent": '<div class="hd-embed-consent"><p>{t}</p><button>Allow</button></div>',
                "partner": '<div class="hd-partner"><span>{t}</span></div>',
                "wa": '<div class="hd-whatsapp"><p>{t}</p></div>',
                "insider": '<div class="hd-insider"><p>{t}</p><a href="/insider">Join</a></div>',
                "help": '<aside class="hd-helpline"><p>{t}</p></aside>',
                "voice": '<p><b>{t}</b></p>',
                "small": '<p><small>{t}</small></p>',
                "note": '<p><em>{t}</em></p>'},
        glue='<span class="hd-credit">{t}</span>',
        ad='<div class="hd-ad-slot"></div>',
        blocks={"h2": '<h3 class="hd-crosshead">{t}</h3>', "ul": '<ul class="hd-points">{t}</ul>',
                "quote": '<div class="hd-pullquote">{t}</div>', "fact": '<div class="hd-numbers">{t}</div>'}),
    habits=(
        H("lite-mode", (("Data running low? Our text-only edition loads this page in under 50KB.",),), "top", 0.25,
          "lite", on=ALL),
        H("share", (("Forward: WhatsApp | Telegram | SMS",),), "top", 0.25, "share", on=ALL),
        H("related", (("Catch up: {headline}",),), "after1", 0.45, "rel", link="headline"),
        H("consent", (("Social-media embeds are blocked, so a post from X is hidden here.",
                       "Turn them on under Privacy choices to see it."),), "mid", 0.2, "consent"),
        H("sponsor", (("In partnership with Kasi Connect Fibre",),), "mid", 0.25, "partner"),
        H("follow", (("Get Joburg's news before your taxi leaves the rank: follow the Highveld Daily channel on "
                      "WhatsApp.",),), "mid", 0.25, "wa"),
        *rotating("subscription", [
            ("Highveld Insiders read without ads for R49 a month.", "Month one is R5."),
            ("Independent news for Gauteng needs independent money.", "Become an Insider today."),
        ], 15, "end", 0.3, "insider"),
        H("agency", (("[{agency}]",),), "glue", 0.2, on=STORY + COPY),
        H("helpline", (("The GBV Command Centre takes calls day and night on 0800 428 428; dial *120*7867# from any "
                        "phone.",),), "end", 1.0, "help", on=ALL,
          topic=r"\b(abuse|assault|rape|violence|murder|police|crime)\b"),
        H("tip", (("Seen a burst pipe, a pothole or a power trip near you?", "Send us a voice note on 060 555 "
                   "0178."),), "end", 0.25, "voice"),
        H("comment-policy", (("A moderator reads every comment first; abusive or racist posts never go live.",),),
          "end", 0.2, "small", on=NEWS),
        H("correction", (("Correction: the ward number in this report is now right.",),), "end", 0.1,
          "note"),
        H("bio", (("{author} writes on {beat} from the Braamfontein newsroom.", "{author}'s inbox is open: {email}"),),
          "end", 0.3, "note"),
        H("copyright", (("Highveld Daily (Pty) Ltd {year}. Reprints by arrangement only.",),), "end", 0.35, "small",
          on=ALL),
        H("origin", (("{origin} published this report first; we run it with permission.",),), "top", 0.7, "note",
          on=COPY),
        H("read-rest", (("Condensed.", "Full story: {origin_host}"),), "end", 1.0, "note", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Thabo Molefe/m/local government/reporter; Lerato Khanyile/f/crime/senior reporter; "
                    "Chris Kotze/m/water and power/reporter; Highveld Daily/m/Gauteng/staff"),
    plan=(("templated:damlevels", 9), ("templated:tenders", 8), ("hand:h7-en-zerorated", 1), ("hand:h7-en-cityapp", 1),
          ("hand:h7-en-ombud", 1), ("syndicated", 8), ("edited", 4), ("trimmed", 3), ("repost", 2)),
    sections=("joburg", "tshwane", "ekurhuleni"), templates=("damlevels", "tenders"),
    copy_from=(*EN_COPY, "capitolkeystone.example", "taysidecourant.example"), ld="none", feed_summary=False,
    agencies=("ANA", "GroundUp", "SAnews"), photographers=("Bongani Mthembu", "Thabo Molefe", "Supplied"))

# ---- de: an Austrian public broadcaster's regional studio -----------------------------------------------------------
ALP = Publisher(
    "Alpenland Rundfunk Tirol", "tirol.alpenrundfunk.example", "holdout7", "de",
    "Tirol|Innsbruck|das Unterland|Osttirol|das Oberland",
    "https://{host}/stories/3{id}/",
    Skin(
        page=PAGES["ALP"],
        article='<div class="alp-story"><h1 class="alp-story__title">{h1}</h1>{figure}<div class="alp-story__text">'
                '{body}</div><div class="alp-story__footer">{byline}</div></div>',
        byline='<p class="alp-byline">{author}, tirol.ALP.example</p><p class="alp-date">Publiziert am <time '
               'datetime="{iso}">{date}, {time}</time></p>',
        figure='<figure class="alp-img"><img src="{src}" alt=""><figcaption>{caption} <span class="alp-copy">{credit}'
               '</span></figcaption></figure>',
        pieces={"ls": '<p class="alp-easy"><a href="/leichte-sprache">{t}</a></p>',
                "audio": '<div class="alp-audio"><button>Anhören</button><p>{t}</p></div>',
                "sendung": '<p class="alp-sendung"><strong>{t}</strong></p>',
                "consent": '<div class="alp-drittanbieter"><p>{t}</p><button>Einverstanden</button></div>',
                "app": '<aside class="alp-app"><p>{t}</p></aside>',
                "forum": '<div class="alp-forum-hint"><p>{t}</p></div>',
                "upd": '<p class="alp-update"><em>{t}</em></p>',
                "live": '<p class="alp-live-info"><em>{t}</em></p>',
                "older": '<button class="alp-live-more" type="button">{t}</button>'},
        ad='<div class="alp-ad" hidden></div>',
        live='<section class="alp-liveticker">{updates}{more}</section>',
        live_update='<div class="alp-tick"><p class="alp-tick__time"><time datetime="{iso}">{time}</time></p><h3 '
                    'class="alp-tick__title">{h}</h3>{body}</div>',
        entities="named",
        blocks={"h2": '<h2 class="alp-zt">{t}</h2>', "ul": '<ul class="alp-aufz">{t}</ul>',
                "quote": '<blockquote class="alp-zitat">{t}</blockquote>'}),
    habits=(
        H("easy-language", (("Diese Meldung in Einfacher Sprache lesen",),), "top", 0.2, "ls"),
        H("listen", (("Radio Tirol hat darüber berichtet: Beitrag nachhören ({audio})",),), "top", 0.25, "audio",
          on=STORY),
        H("update", (("Ergänzt um {time}: weitere Angaben der Einsatzkräfte eingefügt.",),), "top", 0.6, "upd",
          on=STORY + COPY, topic=r"(Polizei|Feuerwehr|Bergrettung|Einsatz)"),
        H("related", (("Auch im Programm: {headline}",),), "after1", 0.35, link="headline"),
        H("consent", (("Hier wäre ein Video eines externen Anbieters zu sehen.",
                       "Wenn Sie es laden, gehen Daten an diesen Anbieter."),), "mid", 0.2, "consent"),
        H("app", (("Unwetter- und Murenwarnungen für Ihre Gemeinde schickt die Alpenland-App als Push.",),), "mid",
          0.2, "app"),
        H("broadcast", (("Mehr dazu in „Tirol aktuell“, 19.00 Uhr in ALP 2.",),), "end", 0.3, "sendung", on=STORY),
        H("comment-policy", (("Mitreden erwünscht – sachlich, bitte.",
                              "Beleidigende Postings entfernt das Community-Team ohne Rückfrage."),), "end", 0.3,
          "forum", on=NEWS),
        H("tip", (("Hinweise an das Landesstudio: tirol.redaktion@alpenrundfunk.example",),), "end", 0.2),
        H("signoff", (("red, tirol.ALP.example/Agenturen",), ("red, tirol.ALP.example",)), "end", 0.45,
          on=STORY + COPY),
        H("copyright", (("© ALP {year} · Inhalte urheberrechtlich geschützt",),), "end", 0.2, "upd", on=ALL),
        H("origin", (("Übernommen von {origin}",),), "top", 0.7, "upd", on=COPY),
        H("read-rest", (("Gekürzt.", "Vollständig nachzulesen unter {origin_host}"),), "end", 1.0, "upd", on=TRIM,
          link="origin_host"),
    ),
    live_habits=(
        H("live-notice", (("Das Neueste steht jeweils ganz oben im Ticker.",),), "top", 0.8, "live"),
        H("ui", (("Ältere Einträge einblenden",),), "more", 1.0, "older"),
    ),
    authors=authors("Katharina Wolf/f/Chronik/Redakteurin; Johannes Nagl/m/Politik/Redakteur; "
                    "Theresa Kaltenegger/f/Wetter und Verkehr/Redakteurin; Stefan Lindner/m/Sport/Redakteur"),
    plan=(("templated:bergwetter", 9), ("templated:blockabfertigung", 7), ("news", 6), ("liveblog", 1),
          ("jsonld-teaser", 2), ("hand:h7-de-teletext", 1), ("hand:h7-de-geheimtipp", 1), ("syndicated", 6),
          ("trimmed", 4), ("edited", 2)),
    sections=("tirol",), templates=("bergwetter", "blockabfertigung"), live_show=5,
    copy_from=(*DE_COPY, "logistik-depesche.example"), ld="graph",
    agencies=("APA", "ALP"), photographers=("ALP/Hörtnagl", "zeitungsfoto.at", "APA/Expa"))

# ---- de: a German logistics trade site -----------------------------------------------------------------------------
_JOBS = ("Disponent (w/m/d) Nahverkehr, Bremen", "Teamleitung Lager (w/m/d), Duisburg",
         "Zollsachbearbeiterin (w/m/d), Hamburg-Waltershof", "Berufskraftfahrer CE (w/m/d), Nürnberg",
         "Key Account Manager Seefracht (w/m/d), Hamburg", "Fuhrparkleitung (w/m/d), Kassel",
         "Supply Chain Analyst (w/m/d), Frankfurt a. M.", "Schichtleiter Umschlag (w/m/d), Bremerhaven")

LD = Publisher(
    "Logistik-Depesche", "logistik-depesche.example", "holdout7", "de",
    "Hamburg|Bremerhaven|Duisburg|der Branche|Deutschland",
    "https://www.{host}/{section}/{slug}-{id}.html",
    Skin(
        page=PAGES["LD"],
        article='<article class="ld-artikel"><p class="ld-dachzeile">{byline}</p><h1>{h1}</h1>{figure}<div '
                'class="ld-artikel__inhalt">{body}</div></article>',
        byline='<span class="ld-autor">{author}</span>, <time datetime="{iso}">{date}</time>',
        figure='<figure class="ld-bild"><img src="{src}" alt=""><figcaption>{caption} Bild: {credit}</figcaption>'
               '</figure>',
        para='<p class="ld-text">{t}</p>',
        pieces={"nl": '<div class="ld-nl"><p>{t}</p><form><input type="email"><button>Eintragen</button></form></div>',
                "anzeige": '<div class="ld-anzeige"><span class="ld-anzeige__label">Anzeige</span><p>{t}</p></div>',
                "event": '<aside class="ld-event"><p>{t}</p></aside>',
                "jobs": '<div class="ld-jobs"><h4>{h}</h4><ul>{li}</ul></div>',
                "pod": '<p class="ld-text"><strong>{t}</strong></p>',
                "hinweis": '<p class="ld-hinweis"><small>{t}</small></p>',
                "i": '<p class="ld-text"><i>{t}</i></p>',
                "live": '<div class="ld-live-kopf"><p>{t}</p></div>',
                "older": '<button class="ld-live-nachladen">{t}</button>',
                "paywall": '<div class="ld-plus"><p>{t}</p><a href="/plus">Depesche Plus testen</a></div>'},
        glue='<span class="ld-kuerzel">{t}</span>',
        ad='<div class="ld-ad" data-slot="content"></div>',
        live='<div class="ld-liveblog">{updates}{more}</div>',
        live_update='<article class="ld-live-eintrag"><header><time datetime="{iso}">{time}</time> <strong>{h}'
                    '</strong></header>{body}</article>',
        blocks={"h2": '<h2 class="ld-zwischen">{t}</h2>', "fact": '<div class="ld-infobox">{t}</div>',
                "ul": '<ul class="ld-liste">{t}</ul>'}),
    habits=(
        H("related", (("Zum Weiterlesen: {headline}",),), "after1", 0.35, "i", link="headline"),
        *rotating("newsletter", [
            ("Werktags ab halb sieben: Die „Frühschicht“ bringt die Logistik-Meldungen des Tages ins Postfach.",),
            ("Frachtraten, Pleiten, Personalien: Die „Frühschicht“ fasst sie werktags kompakt zusammen.",),
            ("Kostenlos und jederzeit abbestellbar: die „Frühschicht“ der Depesche.",),
        ], 10, "mid", 0.3, "nl"),
        H("whitepaper", (("Whitepaper: Wie Spediteure ihre CO₂-Bilanz nach CSRD erfassen – gratis zum Download.",),),
          "mid", 0.2, "anzeige"),
        H("advertiser-note", (("Für den Inhalt der Anzeige ist allein der Werbetreibende verantwortlich.",),), "mid",
          1.0, "hinweis", needs="whitepaper"),
        *rotating("event", [
            ("Treffen Sie die Redaktion beim Depesche-Logistikgipfel am 14. Oktober in Hamburg.",),
            ("Noch 40 Plätze frei: Depesche-Forum Kontraktlogistik, 6. November, Duisburg.",),
        ], 15, "end", 0.2, "event"),
        *daily("holdout7", "jobs", "ld-jobs", headline_box("Neu im Depesche-Stellenmarkt", _JOBS, 3), "end", 0.25,
               "jobs"),
        H("podcast", (("Hören Sie „Ladeliste“, den Branchen-Podcast der Depesche: jeden zweiten Freitag eine neue "
                       "Folge.",),), "end", 0.2, "pod"),
        H("data-note", (("Ratenangaben ohne Gewähr.", "Indexwerte nach Angaben der jeweiligen Anbieter."),), "end", 1.0,
          "hinweis", on=ALL, topic=r"(Index|Frachtrate|Spotrate|Aktie)"),
        H("agency", (("(dpa/ld)",), ("(ld)",)), "glue", 0.25, on=STORY + COPY),
        H("correction", (("Korrigiert: Der Firmensitz war zunächst falsch angegeben.",),),
          "end", 0.12, "i", on=NEWS),
        H("share", (("Artikel teilen: LinkedIn · XING · E-Mail",),), "end", 0.3, "hinweis", on=ALL),
        H("bio", (("{author} berichtet für die Logistik-Depesche über {beat}.", "Kontakt zur Autorin oder zum Autor: "
                   "{email}"),), "end", 0.3, "i", on=NEWS),
        H("copyright", (("Alle Rechte bei der Depesche Fachmedien GmbH, Hamburg.",
                         "Nutzung nur für den persönlichen Gebrauch."),), "end", 0.3, "hinweis", on=ALL),
        H("origin", (("Mit Genehmigung von {origin} veröffentlicht.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Auszug.", "Der ganze Text steht bei {origin_host}."),), "end", 1.0, "i",
          on=TRIM, link="origin_host"),
        H("paywall", (("Der vollständige Beitrag ist Abonnenten von Depesche Plus vorbehalten.",
                       "Einen Monat ohne Kosten testen, danach 29,90 € im Monat.", "Schon Plus-Kunde? Zum Login"),),
          "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Live: Die Redaktion verfolgt die Lage und ergänzt neue Entwicklungen laufend.",),), "top",
          0.8, "live"),
        H("ui", (("Mehr Meldungen nachladen",),), "more", 1.0, "older"),
    ),
    authors=authors("Kerstin Ahrens/f/Seefracht und Häfen/Redakteurin; "
                    "Malte Sievers/m/Straßengüterverkehr/Redakteur; "
                    "Birgit Oltmanns/f/Kontraktlogistik/Ressortleiterin; "
                    "Jens Tiedemann/m/Schienengüterverkehr/Redakteur"),
    plan=(("templated:frachtraten", 7), ("templated:fahrverbote", 7), ("news", 10), ("liveblog", 1),
          ("jsonld-full", 2), ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1), ("hand:h7-de-epaper", 1),
          ("hand:h7-de-mautnews", 1), ("syndicated", 2), ("edited", 1), ("repost", 2)),
    sections=("seefracht", "strasse", "schiene"), templates=("frachtraten", "fahrverbote"), live_show=6,
    copy_from=(*DE_COPY, "tirol.alpenrundfunk.example"), ld="article", ld_join="\n",
    agencies=("dpa", "Reuters"), photographers=("HHLA", "Eurogate", "Logistik-Depesche"))

# ---- fr: a Moroccan French-language news site ------------------------------------------------------------------------
EB = Publisher(
    "L'Écho du Bouregreg", "echobouregreg.example", "holdout7", "fr", "Rabat|Salé|Casablanca|le Royaume|Tanger",
    "https://www.{host}/{section}/{id}/{slug}.html",
    Skin(
        page=PAGES["EB"],
        article='<div class="eb-article"><h1 class="eb-article__titre">{h1}</h1><div class="eb-article__info">{byline}'
                '</div>{figure}<div class="eb-article__texte" itemprop="articleBody">{body}</div></div>',
        byline='<span class="eb-auteur">{author}</span> <span class="eb-date">Publié le <time datetime="{iso}">'
               '{date} à {time}</time></span>',
        figure='<figure class="eb-photo"><img src="{src}" alt=""><figcaption>{caption} | {credit}</figcaption>'
               '</figure>',
        para='<p style="text-align: justify;">{t}</p>',
        pieces={"ar": '<p class="eb-ar"><a href="/ar/">{t}</a></p>',
                "share": '<div class="eb-partage"><span>{t}</span></div>',
                "lire": '<p style="text-align: justify;"><strong>{t}</strong></p>',
                "consent": '<div class="eb-tiers"><p>{t}</p><button>Accepter</button></div>',
                "sponso": '<div class="eb-sponso"><span class="eb-sponso__label">{t}</span></div>',
                "canal": '<div class="eb-canal"><p>{t}</p></div>',
                "nl": '<div class="eb-nl"><p>{t}</p><button>Je m’inscris</button></div>',
                "small": '<p class="eb-mentions"><small>{t}</small></p>',
                "em": '<p style="text-align: justify;"><em>{t}</em></p>'},
        ad='<div class="eb-pub-inread"></div>',
        entities="french",
        blocks={"ul": '<ul class="eb-liste">{t}</ul>', "h2": '<h2 class="eb-intertitre">{t}</h2>',
                "quote": '<blockquote class="eb-citation"><p>{t}</p></blockquote>'}),
    habits=(
        H("translation", (("Cet article existe aussi en version arabe",),), "top", 0.15, "ar", on=ALL),
        H("share", (("Partager : Facebook – WhatsApp – LinkedIn",),), "top", 0.2, "share", on=ALL),
        H("related", (("À découvrir également : {headline}",),), "after1", 0.45, "lire",
          link="headline"),
        H("consent", (("Cette vidéo YouTube reste masquée : acceptez d'abord les cookies de mesure d'audience.",),),
          "mid", 0.15, "consent"),
        H("sponsor", (("Espace partenaire : Banque du Détroit",),), "mid", 0.2, "sponso"),
        H("channel", (("Suivez L'Écho du Bouregreg sur WhatsApp : une notification à chaque information "
                       "importante.",),), "mid", 0.25, "canal"),
        *rotating("newsletter", [
            ("Tous les soirs, 20 h : « Le Bouregreg en bref » résume la journée au Maroc.",),
            ("Économie, société, sport : notre lettre du soir, gratuite, se lit en cinq minutes.",),
        ], 15, "end", 0.25, "nl"),
        H("agency", (("(MAP)",),), "glue", 0.25, on=STORY + COPY),
        H("tip", (("Une scène à signaler à Rabat ou à Salé ?", "Écrivez-nous : temoin@echobouregreg.example"),),
          "end", 0.2, "em"),
        H("comment-policy", (("Vos réactions paraissent après validation par notre équipe ; merci de rester "
                              "courtois.",),), "end", 0.2, "small", on=NEWS),
        H("correction", (("Mise au point : un chiffre erroné figurait dans la première mouture de ce texte ; il a été "
                          "rectifié.",),), "end", 0.1, "em", on=("news", "templated")),
        H("bio", (("{author} couvre {beat} pour notre bureau de Rabat.", "Courriel : {email}"),), "end", 0.3,
          "em", on=NEWS),
        H("copyright", (("© L'Écho du Bouregreg {year} – toute reprise sans autorisation expose à des poursuites.",),),
          "end", 0.35, "small", on=ALL),
        H("origin", (("Source : {origin}.", "Republié avec la permission de sa rédaction."),), "top", 0.7, "em",
          on=COPY),
        H("read-rest", (("Version courte.", "Lecture complète sur {origin_host}."),), "end", 1.0, "em",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Salma Benjelloun/f/l'économie/journaliste; Omar Lahlou/m/la société/journaliste; "
                    "Imane Rhazali/f/la politique/journaliste; La Rédaction/m/l'actualité/desk"),
    plan=(("templated:marhaba", 12), ("templated:alerte", 11), ("hand:h7-fr-haca", 1), ("hand:h7-fr-papier", 1),
          ("hand:h7-fr-appmarhaba", 1), ("syndicated", 3), ("edited", 2), ("trimmed", 1), ("repost", 2)),
    sections=("maroc", "economie", "societe"), templates=("marhaba", "alerte"),
    copy_from=(*FR_COPY, "tribune-lemanique.example"), ld="article", ld_join=" ",
    agencies=("MAP", "AFP"), photographers=("Yassine Moufid", "MAP", "DR"))

# ---- fr: a Swiss French-language daily ----------------------------------------------------------------------------
TL = Publisher(
    "La Tribune lémanique", "tribune-lemanique.example", "holdout7", "fr",
    "Lausanne|Vevey|Montreux|le canton de Vaud|Nyon",
    "https://www.{host}/{section}/{slug}-{id}",
    Skin(
        page=PAGES["TL"],
        article='<article class="tl-article"><div class="tl-article__surtitre">{byline}</div><h1 '
                'class="tl-article__titre">{h1}</h1>{figure}<div class="tl-article__corps">{body}</div></article>',
        byline='<span class="tl-signature">{author}</span> <time datetime="{iso}">Publié: {date}, {time}</time>',
        figure='<figure class="tl-visuel"><img src="{src}" alt=""><figcaption>{caption} <span>{credit}</span>'
               '</figcaption></figure>',
        para='<p class="tl-p">{t}</p>',
        pieces={"audio": '<div class="tl-audio"><button>Écouter</button><span>{t}</span></div>',
                "credit": '<p class="tl-credit">{t}</p>',
                "lien": '<p class="tl-p tl-p--lien">{t}</p>',
                "sondage": '<div class="tl-sondage"><p>{t}</p><button>Oui</button><button>Non</button></div>',
                "nl": '<aside class="tl-newsletter"><p>{t}</p></aside>',
                "consent": '<div class="tl-contenu-externe"><p>{t}</p></div>',
                "offert": '<div class="tl-offert"><p>{t}</p></div>',
                "small": '<p class="tl-mention"><small>{t}</small></p>',
                "i": '<p class="tl-p"><i>{t}</i></p>'},
        glue='<span class="tl-agence">{t}</span>',
        ad='<div class="tl-pub" data-format="halfpage"></div>',
        blocks={"h2": '<h2 class="tl-intertitre">{t}</h2>', "fact": '<aside class="tl-encadre">{t}</aside>',
                "quote": '<blockquote class="tl-exergue"><p>{t}</p></blockquote>', "ul": '<ul class="tl-liste">{t}'
                                                                                          '</ul>'}),
    habits=(
        H("listen", (("Écouter cet article ({audio}), lu par une voix générée",),), "top", 0.25, "audio", on=STORY),
        H("photo-credit", (("Image: {photog} – Tribune lémanique",),), "top", 0.2, "credit", on=STORY),
        H("related", (("Dans nos archives: {headline}",),), "after1", 0.4, "lien", link="headline"),
        H("poll", (("Votre avis nous intéresse: ce sujet vous concerne-t-il directement?",),), "mid", 0.2, "sondage"),
        *rotating("newsletter", [
            ("Le Réveil vaudois: notre sélection du matin, du lundi au samedi dès 6 h.",),
            ("Recevez Le Réveil vaudois et partez au travail en connaissant les nouvelles vaudoises.",),
            ("Riviera, Lavaux, Nord vaudois: Le Réveil vaudois passe tout le canton en revue, sans frais.",),
        ], 10, "mid", 0.3, "nl"),
        H("consent", (("Contenu externe masqué (Instagram).",
                       "Il s'affiche après acceptation des traceurs d'Instagram."),), "mid", 0.15, "consent"),
        H("subscription", (("Exceptionnellement, la lecture est offerte.",
                            "Soutenez notre rédaction: abonnement dès CHF 9.– par mois."),), "end", 0.25,
          "offert"),
        H("agency", (("(ATS)",), ("(ats/tl)",)), "glue", 0.25, on=STORY + COPY),
        H("correction", (("Erratum: le nom de la commune a été rectifié.",),), "end", 0.1, "i"),
        H("tip", (("Un événement s'est produit près de chez vous?", "Notre WhatsApp: +41 79 555 01 44."),),
          "end", 0.2, "i"),
        H("bio", (("{author} suit {beat} pour la Tribune depuis {since}.", "Écrire: {email}"),), "end", 0.3, "i"),
        H("copyright", (("Tribune lémanique SA, {year}.", "Reproduction et diffusion soumises à autorisation "
                         "préalable."),), "end", 0.3, "small", on=ALL),
        H("origin", (("D'abord publié par {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Texte réduit.", "Pour tout lire: {origin_host}."),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Chloé Mermoud/f/la politique vaudoise/journaliste; Olivier Bovay/m/la Riviera/journaliste; "
                    "Muriel Pasche/f/l'économie/journaliste; Rédaction/m/le canton/desk"),
    plan=(("templated:baignade", 11), ("templated:vendanges", 11), ("hand:h7-fr-resiliation", 1),
          ("hand:h7-fr-sondage", 1), ("hand:h7-fr-parking", 1), ("syndicated", 3), ("edited", 2), ("trimmed", 1),
          ("repost", 2)),
    sections=("vaud", "suisse", "economie"), templates=("baignade", "vendanges"),
    copy_from=(*FR_COPY, "echobouregreg.example"), ld="graph", ld_join="\n\n",
    agencies=("ATS", "Keystone-ATS"), photographers=("Mathilde Jaccoud", "Keystone", "Pierre Buttet"))

# ---- es: a Colombian regional site --------------------------------------------------------------------------------
_MASVISTO = ("Así quedará el nuevo intercambio vial de la 80",
             "Envigado estrena ciclorruta en la Av. Las Vegas", "Nacional y Medellín: fecha y hora del clásico paisa",
             "Cierre total en el túnel de Oriente sábado y domingo", "Capturan a alias el Flaco en Bello",
             "Las empanadas de Guayabal que conquistaron TikTok",
             "Racionamiento en Santa Elena: barrios y horarios", "Metroplús amplía el horario de la línea 2")

AAD = Publisher(
    "Antioquia al Día", "antioquiaaldia.example", "holdout7", "es", "Medellín|el Valle de Aburrá|Antioquia|Envigado",
    "https://{host}/{section}/{slug}-{id}",
    Skin(
        page=PAGES["AAD"],
        article='<article class="aad-nota"><h1 class="aad-nota__titulo">{h1}</h1><div class="aad-nota__meta">{byline}'
                '</div>{figure}<div class="aad-nota__cuerpo" id="cuerpo-nota">{body}</div></article>',
        byline='<span class="aad-autor">Por: {author}</span> <time datetime="{iso}">{date} - {time}</time>',
        figure='<figure class="aad-foto"><img src="{src}" alt=""><figcaption>{caption} Foto: {credit}</figcaption>'
               '</figure>',
        para='<p class="aad-parrafo">{t}</p>',
        pieces={"escucha": '<div class="aad-tts"><button>▶</button><span>{t}</span></div>',
                "leer": '<div class="aad-relacionada"><span>{t}</span></div>',
                "box": '<aside class="aad-masvisto"><h4>{h}</h4><ul>{li}</ul></aside>',
                "consent": '<div class="aad-consentimiento"><p>{t}</p></div>',
                "canal": '<p class="aad-parrafo"><strong>{t}</strong></p>',
                "boletin": '<div class="aad-boletin"><p>{t}</p><button>Quiero recibirlo</button></div>',
                "apoyo": '<div class="aad-apoyo"><p>{t}</p><a href="/apoye">Aportar</a></div>',
                "small": '<p class="aad-legal"><small>{t}</small></p>',
                "nota": '<p class="aad-parrafo"><em>{t}</em></p>'},
        ad='<div class="aad-pauta"></div>',
        blocks={"ul": '<ul class="aad-lista">{t}</ul>', "h2": '<h2 class="aad-subtitulo">{t}</h2>',
                "quote": '<blockquote class="aad-cita"><p>{t}</p></blockquote>'}),
    habits=(
        H("listen", (("Oír la nota ({audio} min)",),), "top", 0.25, "escucha", on=STORY),
        H("related", (("Le recomendamos: {headline}",),), "after1", 0.45, "leer", link="headline"),
        H("consent", (("Este trino está bloqueado hasta que usted acepte el rastreo de redes sociales.",),), "mid",
          0.25, "consent"),
        H("follow", (("Noticias del Valle de Aburrá en su celular: únase gratis al grupo de difusión de Antioquia al "
                      "Día.",),), "mid", 0.25, "canal"),
        *daily("holdout7", "related", "aad-masvisto", headline_box("Lo más visto hoy en Antioquia", _MASVISTO, 3),
               "end", 0.3, "box"),
        *rotating("newsletter", [
            ("El Tintico, nuestro boletín de las 6:00 a. m., llega gratis a su correo de lunes a viernes.",),
            ("Empiece el día con El Tintico: cinco noticias de Antioquia y un dato curioso.",),
        ], 15, "end", 0.25, "boletin"),
        H("donation", (("Antioquia al Día no tiene muro de pago.",
                        "Si valora este trabajo, apóyenos con un aporte voluntario desde $10.000."),), "end", 0.2,
          "apoyo"),
        H("agency", (("Fuente: {agency}.",),), "glue_space", 0.2, on=STORY + COPY),
        H("tip", (("¿Tiene una denuncia sobre su barrio o vereda?", "Escríbanos al WhatsApp 300 555 0190."),), "end",
          0.25, "nota"),
        H("correction", (("Aclaración: corregimos esta nota para precisar el nombre de la vereda.",),), "end", 0.1,
          "nota", on=("news", "templated")),
        H("bio", (("{author} cubre la sección {beat} en Antioquia al Día.", "Contacto: {email}"),), "end",
          0.3, "nota", on=NEWS),
        H("comment-policy", (("Borramos los comentarios con insultos o con datos personales de terceros.",),), "end",
          0.2, "small", on=NEWS),
        H("copyright", (("Los contenidos de Antioquia al Día S.A.S. están protegidos; su uso comercial requiere "
                         "licencia.",),), "end", 0.35, "small", on=ALL),
        H("origin", (("Esta nota llega a nuestros lectores gracias a una alianza con {origin}.",),), "top", 0.7,
          "nota", on=COPY),
        H("read-rest", (("Resumen.", "El texto original, sin recortes, se publicó en {origin_host}."),), "end", 1.0,
          "nota", on=TRIM, link="origin_host"),
    ),
    authors=authors("Valentina Castaño/f/Medellín/periodista; Juan Camilo Restrepo/m/orden público/periodista; "
                    "Manuela Ospina/f/Antioquia/periodista; Redacción/m/Antioquia/redacción"),
    plan=(("templated:cafe", 11), ("templated:aire", 10), ("hand:h7-es-sic", 1), ("hand:h7-es-civica", 1),
          ("hand:h7-es-silleteros", 1), ("hand:h7-es-flip", 1), ("syndicated", 6), ("edited", 3), ("trimmed", 2),
          ("repost", 1)),
    sections=("medellin", "antioquia", "orden-publico"), templates=("cafe", "aire"),
    copy_from=ES_COPY, ld="article", citing=("la Alcaldía", "la Gobernación", "el SIATA"),
    agencies=("Colprensa", "EFE"), photographers=("Jaime Pérez", "Manuel Saldarriaga", "Cortesía"))

HOLDOUT7 = (CK, TC, HD, ALP, LD, EB, TL, AAD)
