"""The eight publishers of the 'holdout4' half (en x3, de x2, fr x2, es x1), written after the other five
halves, by someone who had not read the cleaner, before it was run on them.  They are kinds of newsroom the
other halves lack: a wire service's own site, a small-town weekly, a UK tabloid, a Swiss regional news site,
an Austrian regional weekly, a Belgian regional site, a Québec regional daily and a Spanish regional daily.
Their boilerplate wording, labels and markup are new.

What they bring:
- chrome: the wire's correction notes, "THIS IS A BREAKING NEWS UPDATE" lines, philanthropy-funding notes,
  "Follow CP's coverage …" hub links and its long copyright line (carried along into the weekly's and the
  tabloid's copies); the weekly's subscription box, sponsor line and news-tip line; the tabloid's "READ
  MORE:" links after the lede and mid-body, affiliate "we may earn commission" lines, "Got a story?" asks, a
  Samaritans line on stories about deaths, a Google News follow line; the Swiss site's "Fehler gefunden?"
  button, audio player, agency signatures glued to the last sentence ("(SDA)"), a newsletter box and a
  "Mehr zum Thema" box whose headlines change every day; the Austrian site's "(APA)" glue, helpline note,
  "Lesen Sie auch" links, app prompt, forum rules and an "Anzeige" line; the Belgian site's "LIRE AUSSI"
  links, "Alertez-nous" ask, offered-article and newsletter lines, "(Belga)" glue; the Québec daily's Local
  Journalism Initiative note, "Avec La Presse Canadienne" glue, "Lisez aussi", newsletter and donation asks;
  the Spanish daily's "Te puede interesar" link, "Sigue leyendo" box, WhatsApp-channel and bulletin asks,
  reproduction-rights line and "(EFE)"/"Europa Press" glue.  Some in plain ``<p>`` exactly like the story,
  some in boxes and buttons, some glued to the last paragraph or to the lede with or without a space.
- story text in chrome-like markup: the Swiss site wraps every paragraph (and its lists) in a "text block"
  div, the Spanish daily puts its quotations in an ``<aside>``, the Austrian site's in a "zitat" blockquote.
- recurrence traps: templated stories (Today in History, index closes, obituaries, the sheriff's log, real
  estate transfers, the lottery draw, building applications, police reports, the Austrian lotto, deaths,
  speed-camera locations, council agendas, death notices, the fire danger index, produce-market prices, the
  civil register's deaths) with stock sentences naming the publisher, its e-mail address, phone number or
  web address; handwritten stories whose real sentences quote corrections, "subscribe", "we may earn a
  commission", "Folgen Sie uns", a helpline number, "Cliquez sur ce lien", "Abonnez-vous à l'infolettre",
  "Únete al canal".
"""

from __future__ import annotations

from bench.cleaning_set.cms import ALL, COPY, ORIG, Habit, Publisher, Skin, daily, headline_box, rotating
from bench.cleaning_set.publishers_tune import authors
from bench.cleaning_set.skins_holdout4 import PAGES

H = Habit
NEWS = ("news",)
STORY = ("news", "reposted")


CPWIRE = Publisher(
    "Continental Press", "cpnews.example", "holdout4", "en", "the United States|Washington|the country",
    "https://{host}/article/{slug}-{id}",
    Skin(
        page=PAGES["CPWIRE"],
        article='<div class="Page-storyBody"><div class="Page-breadcrumbs"><a href="/hub/us-news">U.S. News</a></div>'
                '<h1 class="Page-headline">{h1}</h1><div class="Page-authors">{byline}</div>{figure}<div '
                'class="RichTextStoryBody RichTextBody">{body}</div></div>',
        byline='<span class="Page-byline-info">By <a class="Link" href="/author/{slug}">{author}</a></span> <span '
               'class="Page-dateModified"><bsp-timestamp data-timestamp="{iso}">Updated {time} EDT, {date}'
               '</bsp-timestamp></span>',
        figure='<figure class="Figure"><img class="Image" src="{src}" alt=""><figcaption class="Figure-caption">'
               '<div class="CarouselSlide-infoDescription"><p>{caption}</p></div><div class="Figure-credit">'
               '({credit})</div></figcaption></figure>',
        pieces={"i": '<p><em>{t}</em></p>',
                "note": '<div class="Advertisement"></div><p class="Component-editorsNote"><strong>{t}</strong></p>',
                "hub": '<div class="HubPeek"><p class="HubPeek-cta">{t}</p></div>',
                "adlabel": '<div class="Advertisement"><span class="Advertisement-label">{t}</span></div>',
                "live": '<div class="LiveBlogPage-banner"><p>{t}</p></div>',
                "more": '<bsp-load-more class="LiveBlogPage-loadMore"><button>{t}</button></bsp-load-more>'},
        ad='<div class="Advertisement" data-ad-slot="inline-1"></div>',
        live='<div class="LiveBlogPage-posts">{updates}{more}</div>',
        live_update='<article class="LiveBlogPost"><bsp-timestamp data-timestamp="{iso}"><span>{time}</span>'
                    '</bsp-timestamp><h2 class="LiveBlogPost-headline">{h}</h2><div class="LiveBlogPost-body">'
                    '{body}</div></article>',
        blocks={"ul": '<ul class="RichTextList">{t}</ul>'},
        entities="named"),
    habits=(
        H("breaking", (("THIS IS A BREAKING NEWS UPDATE.", "CP's earlier story follows below."),), "top", 0.12,
          "note", on=NEWS),
        H("editor-note", (("EDITOR'S NOTE: This story contains language some readers may find offensive.",),),
          "top", 0.08, "note", on=NEWS),
        H("developing", (("This is a developing story and will be updated.",),), "glue_space", 0.15, on=NEWS),
        H("ad-label", (("ADVERTISEMENT",),), "mid", 0.35, "adlabel", on=ALL),
        H("attribution", (("Continental Press writers {photog} in Chicago and Ana Ruiz in New York contributed to "
                            "this report.",),
                           ("{author} reported from Washington.", "CP writer {photog} contributed from Los Angeles."),),
          "end", 0.4, "i", on=STORY),
        H("funding", (("Continental Press's climate and environmental coverage receives financial support from "
                            "multiple private foundations.", "CP is solely responsible for all content."),),
          "end", 1.0, "i", topic=r"\b(climate|weather|storm|heat|energy|water|flood|wildfire)", group="funding"),
        H("funding", (("Find CP's standards for working with philanthropies, a list of supporters "
                                      "and funded coverage areas at cpnews.example/philanthropy.",),),
          "end", 1.0, "i", needs="funding"),
        H("related", (("Follow CP's coverage of the economy at cpnews.example/hub/economy.",),
                  ("Follow CP's coverage of the courts at cpnews.example/hub/courts.",),
                  ("Follow CP's election coverage at cpnews.example/hub/election-2026.",)), "end", 0.3, "hub"),
        H("correction", (("This story has been corrected to show the agency's name is the Bureau of Land "
                          "Management, not the Bureau of Land Resources.",),
                         ("This story has been corrected to show the vote took place Tuesday, not Monday.",),
                         ("This story has been corrected to reflect that the company is based in Ohio.",),
                         ("This version corrects the spelling of a spokesperson's last name.",)), "end", 0.14,
          "i", on=ALL),
        H("copyright", (("Copyright {year} Continental Press.", "All rights reserved.", "This material may not be "
                         "published, broadcast, rewritten or redistributed without permission."),), "end", 0.75,
          on=ALL),
    ),
    live_habits=(
        H("live-notice", (("Here's the latest:",),), "top", 0.7, "live"),
        H("live-notice", (("Follow along for live updates from CP journalists.",),), "top", 0.5, "live",
          group="live-top"),
        H("ui", (("Load more",),), "more", 1.0, "more"),
    ),
    authors=authors("Katherine Oduya/f/politics/staff writer; Samuel Ferreira/m/economy/business writer; "
                    "Lena Holloway/f/courts/legal affairs writer; Darnell Price/m/national/national writer"),
    plan=(("templated:history", 8), ("templated:indexes", 7), ("news", 10), ("liveblog", 1), ("followup", 1),
          ("jsonld-teaser", 2), ("hand:h4-en-corrections", 1), ("repost", 3)),
    sections=("article",), templates=("history", "indexes"),
    dateline=("WASHINGTON (CP) — ", "NEW YORK (CP) — ", "CHICAGO (CP) — "),
    agencies=("CP Photo", "CP"), photographers=("Jacquelyn Martin", "Evan Vucci", "Seth Wenig"))

CLARION = Publisher(
    "The Harlan Creek Clarion", "harlancreekclarion.example", "holdout4", "en", "Harlan County|Harlan Creek|Oxbow",
    "https://www.{host}/{section}/article_{id}.html",
    Skin(
        page=PAGES["CLARION"],
        article='<div class="asset" id="asset-content" itemscope itemtype="https://schema.org/NewsArticle"><header '
                'class="asset-header"><span class="asset-label"><a href="/news/local/">Local News</a></span><h1 '
                'class="headline"><span class="asset-headline">{h1}</span></h1><div class="asset-byline">{byline}'
                '</div></header>{figure}<div class="asset-body"><div class="asset-content subscriber-premium" '
                'itemprop="articleBody">{body}</div></div><div class="asset-tags"><a href="/tags/harlan-creek">'
                'Harlan Creek</a></div></div>',
        byline='<span class="tnt-byline">By <a href="/users/profile/{slug}">{author}</a></span> <time '
               'class="tnt-date" datetime="{iso}">{date}</time>',
        figure='<div class="photo-container"><img src="{src}" alt=""><div class="caption-text"><p>{caption}</p></div>'
               '<div class="photographer">{credit}</div></div>',
        pieces={"box": '<div class="tncms-inline-promo panel panel-default"><div class="panel-body"><p><strong>{t}'
                       '</strong></p></div></div>',
                "small": '<p class="asset-credit"><small>{t}</small></p>',
                "sponsor": '<div class="tnt-sponsored-block"><p>{t}</p></div>'},
        ad='<div class="tnt-ads-container" id="tncms-region-article_instory_top"></div>',
        blocks={"h2": "<h3>{t}</h3>", "ul": '<ul class="asset-list">{t}</ul>'}),
    habits=(
        *rotating("sponsor", [
            ("This story is brought to you free of charge by Farmers State Bank of Oxbow, member FDIC.",),
            ("Free access to this story is sponsored by Dohrmann Implement, your Harlan County John Deere "
             "dealer.",),
            ("This article is free to read thanks to Fareway Meat & Grocery of Harlan Creek.",),
        ], 10, "top", 0.3, "sponsor"),
        H("subscribe", (("Subscribe to the Clarion: $46 a year in Harlan County, $62 outside the county.", "Call "
                         "(319) 555-0142 or stop by the office."),
                        ("Get the Clarion in your mailbox every Wednesday.", "Subscribe at "
                         "harlancreekclarion.example/subscribe."),), "mid", 0.3, "box"),
        H("tip", (("Have a news tip?", "Call the Clarion at (319) 555-0142 or email "
                                       "news@harlancreekclarion.example."),), "end", 0.35),
        H("bio", (("{author} is a staff writer for the Clarion and can be reached at {email}.",),), "glue_space", 0.25,
          on=NEWS),
        H("letters", (("Letters to the editor must be signed, include a phone number for verification and are "
                       "limited to 300 words.",),), "end", 0.3, "small", on=NEWS),
        H("copyright", (("Copyright © {year} The Harlan Creek Clarion.",),), "end", 0.4, "small", on=ORIG),
        H("origin", (("This story was distributed by {origin}.",),), "top", 0.7, "small", on=COPY),
        H("read-rest", (("Condensed from a longer report.", "Read the full story at {origin_host}."),), "end", 1.0,
          "small", on=("trimmed",), link="origin_host"),
    ),
    authors=authors("Gail Oberbroeckling/f/publisher/publisher; Tyler Kloster/m/county board/staff writer; "
                    "Jolene Meyerhoff/f/schools/staff writer; Clarion Staff/m/local/staff"),
    plan=(("templated:obituaries", 8), ("templated:sheriffslog", 6), ("templated:transfers", 6), ("news", 4),
          ("hand:h4-en-clarionprice", 1), ("syndicated", 6), ("edited", 3), ("trimmed", 2), ("repost", 1)),
    sections=("news/local", "news/county"), templates=("obituaries", "sheriffslog", "transfers"),
    copy_from=("cpnews.example", "prairiedispatch.example", "northfield-ledger.example", "heartlandnews.example"),
    ld="none", feed_summary=False, agencies=("Clarion", "CP"),
    photographers=("Tyler Kloster", "Gail Oberbroeckling", "Submitted photo"))

BLAZE = Publisher(
    "Daily Blaze", "dailyblaze.example", "holdout4", "en", "Britain|the UK|London|Manchester",
    "https://www.{host}/{section}/{slug}-{id}",
    Skin(
        page=PAGES["BLAZE"],
        article='<div class="blz-article" itemprop="articleBody"><h1 class="blz-headline">{h1}</h1><div '
                'class="blz-byline">{byline}</div><div class="blz-share"><a>Share</a> <a>Comments</a></div>{figure}'
                '<div class="blz-body">{body}</div></div>',
        byline='<span class="blz-author">By <a href="/authors/{slug}">{author}</a></span> <span class="blz-date">'
               'Published: {time}, {date}</span>',
        figure='<div class="blz-image"><img src="{src}" alt=""><p class="blz-caption">{caption} <span '
               'class="blz-credit">(Image: {credit})</span></p></div>',
        para='<p class="mol-para-with-font">{t}</p>',
        pieces={"readmore": '<p class="blz-readmore"><strong>READ MORE: </strong>{t}</p>',
                "strong": '<p class="mol-para-with-font"><strong>{t}</strong></p>',
                "affiliate": '<div class="blz-affiliate-notice"><p><em>{t}</em></p></div>',
                "newsletter": '<div class="blz-newsletter-signup"><p class="blz-newsletter-signup__title">{t}</p>'
                              '<input type="email" placeholder="Enter your email"><button>Sign up</button></div>',
                "follow": '<div class="blz-follow"><a class="blz-follow__google">{t}</a></div>',
                "live": '<div class="blz-live-intro"><p>{t}</p></div>',
                "more": '<button class="blz-live-more">{t}</button>'},
        link='<a href="{href}" class="blz-readmore__link">{t}</a>',
        ad='<div class="blz-ad-inread" data-ad="inread"></div>',
        live='<div class="blz-live">{updates}{more}</div>',
        live_update='<div class="blz-live-post"><span class="blz-live-time" data-ts="{iso}">{time}</span><h2 '
                    'class="blz-live-title">{h}</h2>{body}</div>',
        blocks={"ul": '<div class="mol-bullets"><ul>{t}</ul></div>', "h2": '<h2 class="mol-subhead">{t}</h2>'}),
    habits=(
        H("affiliate", (("We may earn commission from links on this page, but we only recommend products we back.",),
                        ("This article contains affiliate links; if you buy through them, the Daily Blaze may earn "
                         "a small commission.",)), "top", 0.25, "affiliate"),
        H("related", (("{headline}",),), "after1", 0.6, "readmore", link="headline"),
        H("related", (("{headline}",),), "mid", 0.4, "readmore", link="headline", group="readmore-2"),
        H("video-note", (("Scroll down for video",),), "after1", 0.12, "strong"),
        H("newsletter", (("Get the biggest stories of the day sent straight to your inbox with our free Blaze "
                          "Briefing newsletter.",),), "mid", 0.2, "newsletter"),
        H("helpline", (("For confidential support, call the Samaritans free on 116 123 or visit "
                          "samaritans.example.",),), "end", 1.0, "strong",
          topic=r"\b(died|death|suicide|killed|dead)\b"),
        H("tip", (("Got a story?", "Email news@dailyblaze.example or WhatsApp us on 07700 900461."),
                  ("Do you have a story for us?", "Get in touch at tips@dailyblaze.example.")), "end", 0.5, "strong"),
        H("follow", (("Follow the Daily Blaze on Google News",),), "end", 0.25, "follow"),
        H("agency", (("Additional reporting by PA Media.",),), "glue_space", 0.15, on=STORY + COPY),
        H("origin", (("This story first appeared on {origin}.",),), "glue_space", 0.6, on=COPY),
        H("read-rest", (("Read the full story at {origin_host}",),), "end", 1.0, "strong", on=("trimmed",),
          link="origin_host"),
    ),
    live_habits=(
        H("live-notice", (("Welcome to the Daily Blaze live blog.", "Refresh the page for the latest updates."),),
          "top", 0.8, "live"),
        H("ui", (("Show more posts",),), "more", 1.0, "more"),
    ),
    authors=authors("Gemma Pritchard/f/showbiz/showbiz reporter; Liam Docherty/m/news/news reporter; "
                    "Sophie Akhtar/f/consumer/consumer editor; Craig Willetts/m/crime/crime correspondent"),
    plan=(("templated:lottouk", 9), ("news", 9), ("liveblog", 1), ("jsonld-teaser", 1), ("hand:h4-en-affiliate", 1),
          ("syndicated", 6), ("edited", 3), ("trimmed", 2), ("repost", 2)),
    sections=("news", "showbiz", "money"), templates=("lottouk",), live_show=5,
    copy_from=("cpnews.example", "worldbrief.example", "globalpulse24.example", "dailyrelay.example"),
    agencies=("PA", "Getty Images"), photographers=("Stuart Roberts", "Bev Nwosu", "Tom Lacey"))

_MEHR = ("Neubau des Bahnhofs Dietikon verzögert sich um zwei Jahre", "Limmattalbahn: Mehr Passagiere als erwartet",
         "Schlieren erhöht den Steuerfuss nicht", "Urdorf: Badi schliesst wegen Personalmangel früher",
         "Spitalregion Limmattal sucht 40 Pflegefachleute", "Wohnungsnot: Leerstand im Bezirk sinkt auf 0,4 Prozent",
         "Kantonsrat genehmigt Ausbau der Überlandstrasse", "FC Dietikon verliert das Derby gegen Schlieren")

LIMMAT = Publisher(
    "Limmattaler Nachrichten", "limmattaler.example", "holdout4", "de", "Limmattal|Dietikon|Schlieren|Urdorf",
    "https://www.{host}/{section}/{slug}-ld.{id}",
    Skin(
        page=PAGES["LIMMAT"],
        article='<article class="ltn-article"><p class="ltn-kicker">Limmattal</p><h1 class="ltn-title">{h1}</h1>'
                '<div class="ltn-meta">{byline}</div>{figure}<section class="ltn-content">{body}</section>'
                '</article>',
        byline='<span class="ltn-author"><a href="/autoren/{slug}">{author}</a></span> <time datetime="{iso}">'
               '{date}, {time}</time>',
        figure='<figure class="ltn-image"><img src="{src}" alt=""><figcaption>{caption} <span class="ltn-credit">'
               'Foto: {credit}</span></figcaption></figure>',
        para='<div class="ltn-textblock" data-block="text"><p>{t}</p></div>',
        pieces={"audio": '<div class="ltn-audioplayer"><button class="ltn-audioplayer__play">{t}</button></div>',
                "box": '<aside class="ltn-related"><h3>{h}</h3><ul>{li}</ul></aside>',
                "newsletter": '<div class="ltn-newsletter-teaser"><p>{t}</p><a href="/newsletter">Jetzt '
                              'abonnieren</a></div>',
                "button": '<div class="ltn-feedback"><button class="ltn-feedback__btn">{t}</button></div>',
                "paywall": '<div class="ltn-paywall"><h3>{t}</h3><a class="ltn-paywall__cta" href="/abo">Abo '
                           'abschliessen</a></div>',
                "live": '<div class="ltn-ticker-intro"><p>{t}</p></div>',
                "more": '<button class="ltn-ticker-more">{t}</button>'},
        ad='<div class="ltn-ad" data-ad="rectangle"></div>',
        live='<div class="ltn-ticker">{updates}{more}</div>',
        live_update='<div class="ltn-ticker-entry"><time datetime="{iso}">{time}</time><h3>{h}</h3>{body}</div>',
        blocks={"ul": '<div class="ltn-textblock"><ul>{t}</ul></div>', "h2": '<h2 class="ltn-subtitle">{t}</h2>'}),
    habits=(
        H("audio", (("Artikel anhören ({audio} Min.)",),), "top", 0.35, "audio", on=STORY),
        *daily("holdout4", "related", "limmat-mehr", headline_box("Mehr zum Thema", _MEHR, 2), "mid", 0.25, "box"),
        H("newsletter", (("Der Limmattal-Newsletter: Das Wichtigste aus dem Bezirk, jeden Werktag um 6 Uhr in Ihrem "
                          "Postfach.",),), "mid", 0.25, "newsletter"),
        H("agency", (("(SDA)",),), "glue", 0.2, on=STORY + COPY),
        H("agency", (("(sda/lim)",),), "glue_space", 0.12, on=STORY + COPY),
        H("error-report", (("Fehler gefunden? Jetzt melden.",),), "end", 0.45, "button", on=ALL),
        H("origin", (("Dieser Artikel erschien zuerst bei {origin}.",),), "top", 0.7, on=COPY),
        H("read-rest", (("Dies ist eine gekürzte Fassung.", "Den ganzen Artikel lesen Sie bei {origin}."),), "end", 1.0,
          on=("trimmed",), link="origin"),
        H("paywall", (("Jetzt für Fr. 1.– im ersten Monat weiterlesen.",),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Wir berichten laufend.", "Der Ticker wird automatisch aktualisiert."),), "top", 0.8,
          "live"),
        H("ui", (("Ältere Einträge anzeigen",),), "more", 1.0, "more"),
    ),
    authors=authors("Sibylle Egloff/f/Dietikon/Redaktorin; Reto Schneebeli/m/Schlieren/Redaktor; "
                    "Nadja Rüegg/f/Region/Redaktorin; Redaktion Limmattal/m/Region/desk"),
    plan=(("templated:baugesuche", 7), ("templated:blaulicht", 7), ("news", 14), ("liveblog", 1), ("jsonld-full", 2),
          ("jsonld-stale", 1), ("followup", 1), ("hand:h4-de-whatsapp", 1), ("syndicated", 4), ("edited", 2),
          ("trimmed", 1), ("repost", 2)),
    sections=("dietikon", "schlieren", "region"), templates=("baugesuche", "blaulicht"), live_show=6,
    copy_from=("tagesblatt.example", "neckar-kurier.example", "salzkammergut-rundschau.example",
               "blickpunkt-online.example"),
    agencies=("Keystone", "SDA"), photographers=("Severin Bigler", "Sandra Ardizzone", "Alex Spichale"))

SALZ = Publisher(
    "Salzkammergut Rundschau", "salzkammergut-rundschau.example", "holdout4", "de",
    "Salzkammergut|Bad Ischl|Gmunden|Ausseerland", "https://www.{host}/{section}/{slug}/{id}",
    Skin(
        page=PAGES["SALZ"],
        article='<article role="article" class="node node--type-artikel node--view-mode-full"><div '
                'class="field--name-field-dachzeile">{byline}</div><h1 class="page-title"><span>{h1}</span></h1>'
                '{figure}<div class="clearfix text-formatted field field--name-body">{body}</div></article>',
        byline='<span class="field--name-uid">Von <a href="/user/{slug}">{author}</a></span> · <time '
               'datetime="{iso}">{date}, {time}</time>',
        figure='<div class="field--name-field-bild"><img src="{src}" alt=""><div class="bildunterschrift">{caption} '
               '© {credit}</div></div>',
        pieces={"lesen": '<p class="lesen-sie-auch">{t}</p>',
                "hilfe": '<div class="infobox infobox--hilfe"><p>{t}</p></div>',
                "anzeige": '<div class="anzeige"><span class="anzeige__label">Anzeige</span><p>{t}</p></div>',
                "forum": '<div class="forum-hinweis"><p><small>{t}</small></p></div>',
                "live": '<div class="ticker-hinweis"><p>{t}</p></div>',
                "more": '<a class="ticker-mehr" href="#">{t}</a>'},
        ad='<div class="werbung werbung--content"></div>',
        live='<div class="liveticker">{updates}{more}</div>',
        live_update='<div class="liveticker__eintrag"><time datetime="{iso}">{time}</time><h2>{h}</h2>{body}</div>',
        blocks={"quote": '<blockquote class="zitat"><p>{t}</p></blockquote>'}),
    habits=(
        H("updated", (("Dieser Beitrag wurde am {date} aktualisiert.",),), "top", 0.1, "forum", on=STORY),
        H("related", (("Lesen Sie auch: {headline}",),), "after1", 0.45, "lesen", link="headline"),
        H("app", (("Sie wollen keine Nachrichten aus Ihrer Region verpassen?", "Dann holen Sie sich die "
                   "Rundschau-App aufs Handy!"),), "mid", 0.2),
        *rotating("sponsored", [
            ("Jetzt neu: Hallenbad-Saisonkarte der Salzkammergut-Therme um 15 Prozent günstiger.",),
            ("Trachtenmoden Loidl in Bad Ischl: Herbstkollektion eingetroffen.",),
            ("Raiffeisenbank Salzkammergut – Wohnkredit jetzt online beantragen.",),
        ], 10, "mid", 0.25, "anzeige"),
        H("helpline", (("Sie haben Suizidgedanken oder sind in einer Krise?", "Hilfe bekommen Sie rund um die Uhr bei "
                        "der Telefonseelsorge unter 142 oder bei Rat auf Draht unter 147."),), "end", 1.0, "hilfe",
          on=STORY, topic=r"Suizid|tot aufgefunden|ums Leben|gestorben"),
        H("agency", (("(APA)",),), "glue", 0.2, on=STORY + COPY),
        H("agency", (("APA/red",),), "glue_space", 0.1, on=STORY + COPY),
        H("newsletter", (("Gratis-Newsletter: Jeden Freitag das Wichtigste aus dem Salzkammergut.",),), "end", 0.3),
        H("comment-policy", (("Bitte beachten Sie beim Posten unsere Forenregeln.", "Beiträge, die gegen die Regeln "
                                                                                  "verstoßen, werden gelöscht."),),
          "end", 0.35, "forum"),
        H("origin", (("Quelle: {origin}",),), "top", 0.7, on=COPY),
        H("read-rest", (("Gekürzte Fassung.", "Vollständiger Artikel: {origin_host}"),), "end", 1.0, on=("trimmed",),
          link="origin_host"),
    ),
    live_habits=(
        H("live-notice", (("Hier halten wir Sie auf dem Laufenden.",),), "top", 0.8, "live"),
        H("ui", (("Weitere Einträge laden",),), "more", 1.0, "more"),
    ),
    authors=authors("Theresa Gamsjäger/f/Bad Ischl/Redakteurin; Florian Höll/m/Gmunden/Redakteur; "
                    "Magdalena Zopf/f/Ausseerland/Redakteurin; Markus Unterberger/m/Sport/Redakteur"),
    plan=(("templated:lotto645", 7), ("templated:sterbefaelle", 6), ("news", 15), ("liveblog", 1),
          ("jsonld-teaser", 2), ("followup", 1), ("hand:h4-de-seelsorge", 1), ("syndicated", 4), ("edited", 2),
          ("trimmed", 1), ("repost", 2)),
    sections=("bad-ischl", "gmunden", "ausseerland"), templates=("lotto645", "sterbefaelle"),
    copy_from=("limmattaler.example", "westfaelischer-bote.example", "hanse-rundschau.example",
               "stadtanzeiger-nord.example"),
    ld="graph", agencies=("APA", "Rundschau"), photographers=("Hermann Kronberger", "Wolfgang Spitzbart", "Eva Loidl"))

MOSAN = Publisher(
    "Le Courrier mosan", "courriermosan.example", "holdout4", "fr", "Namur|la province de Namur|Dinant|Andenne",
    "https://www.{host}/{section}/{y}/{m}/{d}/{slug}-{id}",
    Skin(
        page=PAGES["MOSAN"],
        article='<article class="cm-article"><p class="cm-article__rubrique"><a href="/regions/namur">Namur</a></p><h1 '
                'class="cm-article__titre">{h1}</h1><div class="cm-article__meta">{byline}</div>{figure}<div '
                'class="cm-article__corps">{body}</div></article>',
        byline='<span class="cm-signature">{author}</span> <time datetime="{iso}">Publié le {date} à {time}</time>',
        figure='<figure class="cm-figure"><img src="{src}" alt=""><figcaption>{caption} – © {credit}</figcaption>'
               '</figure>',
        pieces={"lire": '<p class="cm-lire-aussi"><span>LIRE AUSSI</span> {t}</p>',
                "alerte": '<div class="cm-alertez-nous"><p>{t}</p></div>',
                "offert": '<div class="cm-article-offert"><p><strong>{t}</strong></p></div>',
                "b": "<p><b>{t}</b></p>"},
        glue='<span class="cm-source">{t}</span>',
        ad='<div class="cm-pub" id="pub-inread"></div>',
        entities="french"),
    habits=(
        H("related", (("{headline}",),), "after1", 0.5, "lire", link="headline"),
        H("related", (("{headline}",),), "mid", 0.3, "lire", link="headline", group="lire-2"),
        H("newsletter", (("Retrouvez chaque matin l'actu de votre commune dans notre newsletter gratuite.",),), "mid",
          0.2, "b"),
        H("tip", (("Vous avez été témoin d'un événement ?", "Contactez la rédaction via notre bouton orange "
                      "« Alertez-nous »."),), "end", 0.35, "alerte"),
        H("subscribe", (("Cet article vous est offert par Le Courrier mosan.", "Pour soutenir une information "
                         "locale de qualité, abonnez-vous dès 1 € le premier mois."),), "end", 0.3, "offert", on=STORY),
        H("agency", (("(Belga)",),), "glue", 0.2, on=STORY + COPY),
        H("agency", (("– Belga",),), "glue_space", 0.1, on=STORY + COPY),
        H("origin", (("Source : {origin}",),), "top", 0.7, "b", on=COPY),
        H("read-rest", (("Article abrégé.", "L'intégralité sur {origin_host}."),), "end", 1.0, on=("trimmed",),
          link="origin_host"),
    ),
    authors=authors("Aurélie Lambotte/f/Namur/journaliste; Cédric Pirson/m/Dinant/journaliste; "
                    "Nathalie Wauthier/f/Andenne/journaliste; Rédaction/m/région/desk"),
    plan=(("templated:radars", 10), ("templated:conseil", 9), ("hand:h4-fr-bpost", 1), ("hand:h4-fr-itsme", 1),
          ("syndicated", 8), ("edited", 4), ("trimmed", 2), ("repost", 2)),
    sections=("regions/namur", "regions/dinant", "belgique"), templates=("radars", "conseil"),
    copy_from=("courrier-rhone.example", "echo-provence.example", "vigie-finistere.example",
               "republicain-jura.example", "lefilnormand.example", "echo-austral.example", "lezebre-lille.example",
               "pharesaguenay.example"),
    agencies=("Belga", "EdA"), photographers=("Jacques Duchateau", "Bruno Fahy", "Marie Lambert"))

PHARE = Publisher(
    "Le Phare du Saguenay", "pharesaguenay.example", "holdout4", "fr", "Saguenay|le Lac-Saint-Jean|la région",
    "https://www.{host}/{section}/{y}/{m}/{d}/{slug}-{id}/",
    Skin(
        page=PAGES["PHARE"],
        article='<div class="ArticlePage-mainContent"><div class="ArticlePage-breadcrumbs"><a href="/actualites">'
                'Actualités</a></div><h1 class="ArticlePage-headline">{h1}</h1><div class="ArticlePage-byline">'
                '{byline}</div>{figure}<div class="RichTextArticleBody"><div class="RichTextArticleBody-body">{body}'
                '</div></div></div>',
        byline='<div class="ArticlePage-authorName">Par <a href="/auteurs/{slug}">{author}</a></div><div '
               'class="ArticlePage-datePublished"><time datetime="{iso}">{date} à {time}</time></div>',
        figure='<figure class="Figure"><img src="{src}" alt=""><figcaption><span class="Figure-caption">{caption}'
               '</span> <span class="Figure-credit">{credit}</span></figcaption></figure>',
        pieces={"ijl": '<div class="ArticlePage-ijl"><img src="/static/ijl.svg" alt=""><p>{t}</p></div>',
                "lisez": '<div class="RichTextModule-related"><p>{t}</p></div>',
                "don": '<div class="PromoDon"><p class="PromoDon-title">{t}</p><a href="/don">Je donne</a></div>',
                "em": "<p><em>{t}</em></p>"},
        ad='<div class="GoogleDfpAd" data-slot="ArticleInline"></div>',
        blocks={"ul": '<ul class="rte-list">{t}</ul>'},
        entities="named"),
    habits=(
        H("related", (("Lisez aussi : {headline}",),), "mid", 0.4, "lisez", link="headline"),
        H("newsletter", (("Abonnez-vous à notre infolettre pour recevoir l'essentiel de l'actualité régionale chaque "
                          "matin.",),), "after1", 0.2, "em"),
        H("funding", (("Ce contenu est produit dans le cadre de l'Initiative de journalisme local, financée par le "
                   "gouvernement du Canada.",),), "end", 0.35, "ijl", on=STORY),
        *rotating("donation", [
            ("Soutenez votre journal régional : faites un don dès 5 $.",),
            ("Votre don nous permet de couvrir la région sept jours sur sept.", "Reçu fiscal pour tout don de 20 $ ou "
             "plus."),
            ("L'information locale a besoin de vous.", "Donnez aujourd'hui."),
        ], 10, "end", 0.4, "don"),
        H("tip", (("Vous avez une nouvelle à nous communiquer ?", "Écrivez-nous à nouvelles@pharesaguenay.example."),),
          "end", 0.3, "em"),
        H("agency", (("Avec La Presse Canadienne",),), "glue_space", 0.15, on=STORY + COPY),
        H("origin", (("Ce texte a d'abord été publié par {origin}.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Version abrégée.", "Le texte intégral est sur {origin_host}."),), "end", 1.0, "em",
          on=("trimmed",), link="origin_host"),
    ),
    authors=authors("Julie Gauthier/f/Saguenay/rédactrice en chef; Maxime Bouchard/m/Lac-Saint-Jean/journaliste; "
                    "Catherine Simard/f/santé/journaliste; La Rédaction/m/région/desk"),
    plan=(("templated:avisdeces", 9), ("templated:sopfeu", 9), ("hand:h4-fr-meta", 1), ("hand:h4-fr-infolettre", 1),
          ("syndicated", 8), ("edited", 4), ("trimmed", 2), ("repost", 2)),
    sections=("actualites", "saguenay", "lac-saint-jean"), templates=("avisdeces", "sopfeu"),
    copy_from=("courriermosan.example", "courrier-rhone.example", "echo-provence.example", "vigie-finistere.example",
               "republicain-jura.example", "lefilnormand.example", "echo-austral.example", "lezebre-lille.example"),
    ld="graph", agencies=("La Presse Canadienne", "Le Phare"),
    photographers=("Rocket Lavoie", "Jeannot Lévesque", "Mariane L. St-Gelais"))

_SIGUE = ("El Bierzo registra el agosto más seco desde 1985", "Ponferrada licita la reforma de la avenida de Galicia",
          "La Deportiva empata en el Toralín ante el Córdoba", "Cacabelos celebra su feria del vino con récord de "
          "visitantes", "Abre el nuevo centro de salud de Bembibre", "El precio de la castaña se dispara por la "
          "escasez", "Villafranca recupera el tren turístico del Bierzo", "La Junta aprueba 4 millones para el "
          "hospital del Bierzo")

HERALDO = Publisher(
    "El Heraldo del Sil", "heraldodelsil.example", "holdout4", "es", "Ponferrada|el Bierzo|la comarca",
    "https://www.{host}/{section}/{y}/{m}/{d}/{slug}-{id}.html",
    Skin(
        page=PAGES["HERALDO"],
        article='<article class="noticia"><div class="antetitulo">Bierzo</div><h1 class="titular">{h1}</h1><div '
                'class="firma">{byline}</div>{figure}<div class="cuerpo-noticia" itemprop="articleBody">{body}</div>'
                '</article>',
        byline='<span class="autor">{author}</span> <span class="fecha"><time datetime="{iso}">{date}, {time}</time>'
               '</span>',
        figure='<figure class="foto-principal"><img src="{src}" alt=""><figcaption>{caption} | {credit}</figcaption>'
               '</figure>',
        pieces={"interesar": '<div class="te-puede-interesar"><p>{t}</p></div>',
                "box": '<aside class="sigue-leyendo"><h3>{h}</h3><ul>{li}</ul></aside>',
                "whatsapp": '<div class="modulo-whatsapp"><p>{t}</p><a href="https://whatsapp.example/channel">'
                            'Unirme</a></div>',
                "small": '<p class="nota-legal"><small>{t}</small></p>'},
        ad='<div class="publi-roba" id="div-gpt-ad-roba1"></div>',
        blocks={"quote": '<aside class="cita-destacada"><p>{t}</p></aside>', "ul": '<ul class="lista">{t}</ul>'}),
    habits=(
        H("related", (("Te puede interesar: {headline}",),), "after1", 0.5, "interesar", link="headline"),
        *daily("holdout4", "related", "heraldo-sigue", headline_box("Sigue leyendo", _SIGUE, 3), "end", 0.3, "box"),
        H("follow", (("Únete a nuestro canal de WhatsApp y recibe las noticias del Bierzo en tu móvil.",),), "mid",
          0.3, "whatsapp"),
        H("newsletter", (("Suscríbete gratis a nuestro boletín y recibe cada mañana las noticias de la comarca.",),),
          "mid", 0.15),
        H("tip", (("¿Tienes una noticia?", "Escríbenos al WhatsApp 650 555 210."),), "end", 0.3),
        H("copyright", (("© Heraldo del Sil.", "Queda prohibida la reproducción total o parcial de este contenido sin "
                      "autorización expresa."),), "end", 0.5, "small", on=ALL),
        H("agency", (("(EFE)",),), "glue", 0.15, on=STORY + COPY),
        H("agency", (("Con información de Europa Press.",),), "glue_space", 0.12, on=STORY + COPY),
        H("origin", (("Fuente: {origin}",),), "top", 0.7, "small", on=COPY),
        H("read-rest", (("Noticia resumida.", "Consulta la información completa en {origin_host}."),), "end", 1.0,
          on=("trimmed",), link="origin_host"),
    ),
    authors=authors("Lucía Valcarce/f/Ponferrada/redactora; Álvaro Merayo/m/comarca/redactor; "
                    "Beatriz Ovalle/f/sucesos/redactora; Redacción/m/Bierzo/redacción"),
    plan=(("templated:lonja", 10), ("templated:defunciones", 9), ("hand:h4-es-centenario", 1),
          ("hand:h4-es-holamama", 1), ("hand:h4-es-canal", 1), ("syndicated", 8), ("edited", 4), ("trimmed", 2),
          ("repost", 2)),
    sections=("bierzo", "ponferrada", "sucesos"), templates=("lonja", "defunciones"),
    copy_from=("elfarodigital.example", "noticiasdelsur.example", "datosaldia.example", "diariocostaazul.example",
               "lavozdelebro.example", "enfoquenoticias.example", "correodelamancha.example", "lafronterahoy.example"),
    agencies=("EFE", "Heraldo"), photographers=("César Sánchez", "Ana F. Barredo", "Luis de la Mata"))

HOLDOUT4 = (CPWIRE, CLARION, BLAZE, LIMMAT, SALZ, MOSAN, PHARE, HERALDO)
