"""The eight publishers of the 'holdout5' half (en x3, de x1, fr x2, es x2), written after the other six
halves, by someone who had not read the cleaner, before it was run on them.  They are kinds of newsroom the
other halves lack: a US public-radio station, an Irish regional daily, an Indian English-language business
site, a German tech magazine, a Luxembourg French-language site, a French sports daily, a Mexican national
site and an Argentine regional site.  Their boilerplate wording, labels and markup are new.

What they bring:
- chrome: the station's "Listen" player, pledge and sustaining-member asks that change every ten days (in a
  ``<div>`` styled exactly like its paragraphs), underwriting credits, "MORE FROM KRPR:" links, a licensee
  disclosure on stories about its university, slot-first bios ("<Name> covers <beat> for KRPR News. Reach
  <him/her> at …"), boilerplate corrections and push-alert prompts; the Irish daily's "Also on the Echo"
  links, a morning-briefing box that lands between the lines of its mart reports, app prompts, photo credits,
  pre-moderation notes and copyright lines with year variants; the Indian site's "ALSO READ |" links,
  "First Published" stamps, a podcast promo in a ``<figcaption>``, a Telegram follow call in a
  ``<blockquote>``, analyst disclaimers, the "Catch all the … on Dalal Wire" tail and attributions glued to
  the last sentence without a space ("…said.Reported by …, citing …"); the tech magazine's affiliate
  "Transparenzhinweis", "Passend dazu:" links in plain ``<p>``, push prompts, podcast promos, editor sign-offs
  "(mho)" glued with and without a space, correction notes, forum rules and a "TK+" paywall under the pages
  whose full text is only in their JSON-LD; the Luxembourg site's "À LIRE AUSSI", language notes in
  Luxembourgish and German, WhatsApp channel calls, plain-``<p>`` photo credits and a cross-border section
  promo; the sports daily's "►" links, app and notification prompts, a betting
  partner's offer with the legal gambling warning under it, moderation notes and "mis à jour" notes; the
  Mexican site's "MÁS:" links, "Escucha esta nota", Telegram and Google News calls, "Nota actualizada" stamps,
  membership asks and "D.R. ©" lines; the Argentine site's "Leé también", a "Más noticias de Mendoza" box whose
  headlines change every day, WhatsApp and app calls in voseo, subscription asks, photo credits and "(NA)" glue.
- story text in chrome-like markup: the radio's story subheads, the tech magazine's fact boxes, quotations in
  the Indian site's and the sports daily's asides.
- recurrence traps: templated stories (school delays, boil-water advisories, mart reports, ferry sailings,
  gold rates, IPO subscription status, security updates, a price radar, fuel prices, waste collections, the
  transfer-rumour roundup, football on TV, Hoy No Circula, the dollar's rate, the Andes pass, the pension
  calendar) whose stock sentences read like chrome and name the publisher, its phone number or e-mail address;
  handwritten stories about a pledge drive, an on-air correction, text alerts, a WhatsApp channel, Telegram tip
  channels, a copyright ruling, fake push notifications, an affiliate-link ruling, a trilingual newsletter, a
  club app, TV piracy, a Telegram job scam and a paper's subscription launch.
"""

from __future__ import annotations

from bench.cleaning_set.cms import ALL, COPY, Habit, Publisher, Skin, daily, headline_box, rotating
from bench.cleaning_set.publishers_tune import authors
from bench.cleaning_set.skins_holdout5 import PAGES

H = Habit
NEWS = ("news",)
STORY = ("news", "reposted")

EN_COPY = ("cpnews.example", "capitalobserver.example", "dailymeridian.example", "prairiedispatch.example",
           "riverton-courier.example", "northfield-ledger.example", "lakeshoretribune.example", "kdrx5.example",
           "harborcitytimes.example", "tidewatersentinel.example", "ironbridgemarkets.example")
FR_COPY = ("courrier-rhone.example", "courriermosan.example", "echo-austral.example", "echo-provence.example",
           "lefilnormand.example", "lezebre-lille.example", "pharesaguenay.example", "republicain-jura.example")
ES_COPY = ("correodelamancha.example", "diariocostaazul.example", "elfarodigital.example", "heraldodelsil.example",
           "lafronterahoy.example", "lavozdelebro.example")

KRPR = Publisher(
    "Kettle River Public Radio", "krpr.example", "holdout5", "en", "Marlow County|the Kettle River valley|Marlow",
    "https://www.{host}/{section}/{y}-{m}-{d}/{slug}",
    Skin(
        page=PAGES["KRPR"],
        article='<article class="story"><div class="story-kicker"><a href="/news">Local News</a></div><h1 '
                'class="story-title">{h1}</h1><div class="story-meta">{byline}</div>{figure}<div '
                'class="story-body RichTextBody">{body}</div></article>',
        byline='<div class="story-byline"><a href="/people/{slug}">{author}</a></div><div class="story-date">'
               '<time datetime="{iso}">Published {date} at {time} CDT</time></div>',
        figure='<figure class="story-image"><img src="{src}" alt=""><figcaption><span class="caption">{caption}'
               '</span><span class="credit">{credit}</span></figcaption></figure>',
        para='<p class="body-copy">{t}</p>',
        pieces={"player": '<div class="audio-module"><button class="audio-play" aria-label="Play"></button><span '
                          'class="audio-title">{t}</span></div>',
                "divp": '<div class="body-copy">{t}</div>',
                "more": '<p class="body-copy"><strong>{t}</strong></p>',
                "em": '<p class="body-copy"><em>{t}</em></p>',
                "push": '<aside class="alerts-promo"><p>{t}</p></aside>',
                "small": '<p class="story-copyright"><small>{t}</small></p>',
                "live": '<div class="live-intro"><p>{t}</p></div>',
                "older": '<button class="live-older">{t}</button>'},
        ad='<div class="underwriting-slot" data-slot="in-story"></div>',
        live='<div class="live-coverage">{updates}{more}</div>',
        live_update='<section class="live-post"><time datetime="{iso}">{time}</time><h2>{h}</h2>{body}</section>',
        blocks={"h2": '<h2 class="body-subhead">{t}</h2>'}),
    habits=(
        H("listen", (("Listen · {audio}",),), "top", 0.5, "player", on=STORY),
        H("related", (("MORE FROM KRPR: {headline}",),), "after1", 0.35, "more", link="headline"),
        *rotating("pledge", [
            ("KRPR is listener-supported.", "Become a sustaining member today for as little as $5 a month."),
            ("Local news like this is made possible by KRPR members.", "If you value it, make a gift at "
             "krpr.example/give."),
            ("It's our fall membership drive!", "Pledge now and get a KRPR tote bag as our thanks."),
        ], 10, "mid", 0.35, "divp"),
        H("push", (("Get breaking news from KRPR on your phone: turn on alerts in the KRPR app.",),), "mid", 0.15,
          "push"),
        H("bio", (("{author} covers {beat} for KRPR News.", "Reach {obj} at {email}."),
                  ("{author} covers {beat} for KRPR News.", "You can reach {obj} at {email} or on Signal."),),
          "end", 0.45, "em", on=NEWS),
        H("license-note", (("Editor's note: Kettle River University holds KRPR's broadcast license.", "KRPR's "
                            "newsroom operates independently of the university."),), "end", 1.0, "em",
          topic=r"\bUniversity\b"),
        H("correction", (("Correction: An earlier version of this story misstated the day of the vote.",),
                         ("Correction: An earlier version of this story misspelled a name.",)), "end", 0.08, "em",
          on=NEWS),
        H("underwriting", (("Support for KRPR's local journalism comes from the Brandt Family Foundation and from "
                            "members like you.",),), "end", 0.3, "em"),
        H("copyright", (("Copyright {year} KRPR.",), ("Copyright {year} Kettle River Public Radio.",
                                                        "To see more, visit krpr.example.")), "end", 0.6, "small",
          on=ALL),
        H("origin", (("This story was produced by {origin} and is shared through the Upper Midwest News Exchange.",),),
          "top", 0.7, "em", on=COPY),
        H("read-rest", (("This is an excerpt.", "Read the full story at {origin_host}."),), "end", 1.0, "em",
          on=("trimmed",), link="origin_host"),
    ),
    live_habits=(
        H("live-notice", (("Follow KRPR's live coverage here; new posts appear at the top.",),), "top", 0.8, "live"),
        H("ui", (("See older posts",),), "more", 1.0, "older"),
    ),
    authors=authors("Rachel Vang/f/education/education reporter; Marcus Olufemi/m/the environment/environment "
                    "reporter; Jenna Kowalski/f/state politics/statehouse reporter; Eli Brandvold/m/rural issues/"
                    "reporter"),
    plan=(("templated:delays", 8), ("templated:boilwater", 7), ("news", 3), ("liveblog", 1), ("hand:h5-en-pledge", 1),
          ("hand:h5-en-correction", 1), ("syndicated", 5), ("edited", 3), ("trimmed", 2), ("repost", 2)),
    sections=("news", "local-news", "environment"), templates=("delays", "boilwater"),
    copy_from=EN_COPY, dateline=("MARLOW, Wis. (KRPR) — ",), ld="graph", live_show=5,
    agencies=("KRPR", "Wisconsin Public Media"), photographers=("Eli Brandvold", "Rachel Vang", "Courtesy photo"))

SHANNON = Publisher(
    "The Shannon Echo", "shannonecho.example", "holdout5", "en", "Clare|Ennis|Kilrush|west Clare",
    "https://www.{host}/{section}/{slug}-{id}",
    Skin(
        page=PAGES["SHANNON"],
        article='<article class="p-story"><h1 class="p-story__title">{h1}</h1><div class="p-story__meta">{byline}'
                '</div>{figure}<div class="p-story__body">{body}</div></article>',
        byline='<span class="p-story__author">{author}</span> <time datetime="{iso}">{date}, {time}</time>',
        figure='<figure class="p-story__image"><img src="{src}" alt=""><figcaption>{caption} '
               '<cite>{credit}</cite></figcaption></figure>',
        pieces={"also": '<p class="p-also"><span class="p-also__label">Also on the Echo</span> {t}</p>',
                "nlbox": '<aside class="p-newsletter"><h4>Morning Briefing</h4><p>{t}</p><a href="/newsletters">Sign '
                         'up</a></aside>',
                "credit": '<p class="p-credit">{t}</p>',
                "app": '<div class="p-app-promo"><p>{t}</p></div>',
                "small": '<p class="p-small"><small>{t}</small></p>'},
        ad='<div class="p-ad p-ad--mpu"></div>',
        blocks={"ul": '<ul class="p-list">{t}</ul>'}),
    habits=(
        H("photo-credit", (("Photo: {photog}",), ("Pictured above. Photograph: {photog}",)), "top", 0.3, "credit",
          on=STORY),
        H("related", (("{headline}",),), "after1", 0.45, "also", link="headline"),
        H("newsletter", (("Get the Echo's free Morning Briefing, with the news from across Clare, in your inbox at 7 "
                          "a.m. every weekday.",),), "mid", 0.35, "nlbox"),
        H("app", (("Download the Shannon Echo app for breaking news from Clare, Limerick and north Kerry.",),), "end",
          0.25, "app"),
        H("attribution", (("– Additional reporting by {photog}",),), "glue_space", 0.15, on=STORY),
        H("comment-policy", (("Comments on this article are pre-moderated.", "Please read our house rules before "
                              "posting."),), "end", 0.3, "small", on=NEWS),
        H("copyright", (("© Shannon Echo Media Ltd {year}",), ("© {year} The Shannon Echo. All rights reserved.",),
                        ("© Shannon Echo Media 2024–{year}",)), "end", 0.5, "small", on=ALL),
        H("origin", (("This article first appeared in {origin}.",),), "top", 0.7, "small", on=COPY),
        H("read-rest", (("Condensed version.", "The full article is available on {origin_host}."),), "end", 1.0,
          "small", on=("trimmed",), link="origin_host"),
    ),
    authors=authors("Gráinne Kelleher/f/news/editor; Seán Ó Loingsigh/m/farming/farming editor; "
                    "Aoife Considine/f/courts/reporter; Echo Reporter/m/news/staff"),
    plan=(("templated:marts", 9), ("templated:sailings", 8), ("news", 3), ("hand:h5-en-textalerts", 1),
          ("hand:h5-en-whatsapp", 1), ("syndicated", 6), ("edited", 3), ("trimmed", 2), ("repost", 2)),
    sections=("news", "farming", "west-clare"), templates=("marts", "sailings"), copy_from=EN_COPY, ld="none",
    agencies=("Echo", "PA"), photographers=("Eamon Ward", "Arthur Ellis", "John Kelly"))

DALAL = Publisher(
    "Dalal Wire", "dalalwire.example", "holdout5", "en", "India|Mumbai|Dalal Street",
    "https://www.{host}/{section}/{slug}-{id}.html",
    Skin(
        page=PAGES["DALAL"],
        article='<div class="dw-article"><h1 class="dw-article__h1">{h1}</h1><div class="dw-article__byline">'
                '{byline}</div>{figure}<div class="dw-article__content" id="storyBody">{body}</div></div>',
        byline='<span class="dw-author">{author}</span> <span class="dw-date"><time datetime="{iso}">Updated: {date}, '
               '{time} IST</time></span>',
        figure='<figure class="dw-figure"><img src="{src}" alt=""><figcaption>{caption} ({credit})</figcaption>'
               '</figure>',
        para='<p>{t}</p>',
        pieces={"also": '<p class="dw-also"><strong>ALSO READ | </strong>{t}</p>',
                "stamp": '<p class="dw-stamp">{t}</p>',
                "podcast": '<figure class="dw-podcast"><audio src="/podcast/latest.mp3"></audio><figcaption>{t}'
                           '</figcaption></figure>',
                "promo": '<blockquote class="dw-promo"><p>{t}</p></blockquote>',
                "disclaimer": '<p class="dw-disclaimer"><em>{t}</em></p>'},
        link='<a href="{href}" class="dw-also__link">{t}</a>',
        ad='<div class="dw-ad" data-ad="in-article"></div>',
        blocks={"quote": '<aside class="dw-pullquote"><p>{t}</p></aside>'}),
    habits=(
        H("timestamp", (("First Published: {date}, {time} IST",),), "top", 0.3, "stamp", on=STORY),
        H("related", (("{headline}",),), "after1", 0.5, "also", link="headline"),
        H("related", (("{headline}",),), "mid", 0.35, "also", link="headline", group="also-2"),
        H("podcast", (("Tune in to Market Minute, Dalal Wire's podcast on the day's top stocks, every weekday at 8 "
                       "a.m.",),), "mid", 0.2, "podcast"),
        H("channel", (("Follow Dalal Wire on Telegram for live market updates and breaking business news.",),), "mid",
          0.2, "promo"),
        H("investment-disclaimer", (("Disclaimer: The views and recommendations made above are those of individual "
                                     "analysts or broking companies, and not of Dalal Wire.", "We advise investors "
                                     "to check with certified experts before taking any investment decisions."),),
          "end", 1.0, "disclaimer", on=STORY, topic=r"\b(shares?|stocks?|investors?|markets?)\b"),
        H("attribution", (("Reported by {author}, citing {source}.",),), "glue", 0.2, on=NEWS),
        H("agency", (("(With inputs from PTI)",),), "glue_space", 0.2, on=STORY + COPY),
        H("catch-all", (("Catch all the Markets News, IPO updates and Business News on Dalal Wire.", "Download the "
                         "Dalal Wire app to get daily market updates."),
                        ("Catch all the Corporate News and Latest Updates on Dalal Wire.",)), "end", 0.6, on=ALL),
        H("origin", (("This story first appeared on {origin}.",),), "top", 0.7, "stamp", on=COPY),
        H("read-rest", (("Read the full story at {origin_host}.",),), "end", 1.0, on=("trimmed",), link="origin_host"),
    ),
    authors=authors("Priya Raghavan/f/markets/markets editor; Arjun Mehta/m/companies/senior correspondent; "
                    "Nandini Iyer/f/personal finance/correspondent; DW Desk/m/markets/desk"),
    plan=(("templated:goldrate", 9), ("templated:ipostatus", 8), ("news", 3), ("hand:h5-en-telegram", 1),
          ("hand:h5-en-copyright", 1), ("syndicated", 6), ("edited", 2), ("trimmed", 2), ("repost", 2)),
    sections=("markets", "companies", "economy"), templates=("goldrate", "ipostatus"), copy_from=EN_COPY,
    citing=("exchange filings", "people familiar with the matter", "a company statement"),
    agencies=("PTI", "Dalal Wire"), photographers=("Hemant Padalkar", "Pradeep Gaur", "Reuters"))

KOMPASS = Publisher(
    "Technik-Kompass", "technik-kompass.example", "holdout5", "de", "Deutschland|Hannover|Europa",
    "https://www.{host}/{section}/{slug}-{id}.html",
    Skin(
        page=PAGES["KOMPASS"],
        article='<article class="tk-article"><header class="tk-article__header"><p class="tk-article__kicker">'
                '{byline}</p><h1 class="tk-article__title">{h1}</h1></header>{figure}<div class="tk-article__text">'
                '{body}</div></article>',
        byline='<span class="tk-author">{author}</span> · <time datetime="{iso}">{date}, {time}</time>',
        figure='<figure class="tk-figure"><img src="{src}" alt=""><figcaption>{caption} <small>(Bild: {credit})'
               '</small></figcaption></figure>',
        pieces={"hinweis": '<aside class="tk-transparenz"><p>{t}</p></aside>',
                "divp": '<div class="tk-p">{t}</div>',
                "podcast": '<figure class="tk-podcast"><figcaption>{t}</figcaption></figure>',
                "i": "<p><i>{t}</i></p>",
                "forum": '<div class="tk-forum-hinweis"><p>{t}</p></div>',
                "live": '<div class="tk-live-intro"><p>{t}</p></div>',
                "older": '<button class="tk-live-older">{t}</button>',
                "paywall": '<div class="tk-plus-wall"><p class="tk-plus-wall__text">{t}</p><a '
                           'class="tk-plus-wall__cta" href="/plus/abo">TK+ testen</a></div>'},
        glue='<span class="tk-kuerzel">{t}</span>',
        ad='<div class="tk-ad" data-ad="content"></div>',
        live='<div class="tk-liveblog">{updates}{more}</div>',
        live_update='<div class="tk-liveblog__entry"><time datetime="{iso}">{time}</time><h3>{h}</h3>{body}</div>',
        blocks={"fact": '<aside class="tk-infobox">{t}</aside>'}),
    habits=(
        H("affiliate", (("Transparenzhinweis: Mit * gekennzeichnete Links sind Affiliate-Links.", "Kaufen Sie darüber "
                         "ein, erhält Technik-Kompass eine Provision; am Preis ändert sich für Sie nichts."),), "top",
          0.2, "hinweis", on=STORY),
        H("related", (("Passend dazu: {headline}",),), "after1", 0.4, link="headline"),
        H("push", (("Keine Sicherheitswarnung mehr verpassen: Aktivieren Sie die Push-Benachrichtigungen von "
                    "Technik-Kompass.",),), "mid", 0.2, "divp"),
        *rotating("podcast", [
            ("Neu im Podcast „Bit für Bit“: Was taugen Passkeys im Alltag?",),
            ("Im Podcast „Bit für Bit“: Lohnt sich ein Mesh-WLAN?",),
            ("Jetzt im Podcast „Bit für Bit“: KI-PCs im Praxistest.",),
        ], 10, "mid", 0.2, "podcast"),
        H("signoff", (("(mho)",), ("(axk)",), ("(jvo)",)), "glue", 0.35, on=STORY, group="signoff"),
        H("signoff", (("(dbe)",), ("(sts)",)), "glue_space", 0.35, on=STORY, group="signoff"),
        H("correction", (("Korrekturhinweis: In einer früheren Fassung war eine Versionsnummer falsch angegeben.",),
                         ("Update: Wir haben die Angaben zur Verfügbarkeit ergänzt.",)), "end", 0.1, "i", on=NEWS),
        H("comment-policy", (("Bitte bleiben Sie im Forum sachlich.", "Beiträge mit Beleidigungen oder Werbung löschen "
                              "wir ohne Rückfrage."),), "end", 0.3, "forum", on=NEWS),
        H("copyright", (("© {year} Kompass Fachverlag GmbH.", "Alle Rechte vorbehalten."),), "end", 0.3, "i", on=ALL),
        H("origin", (("Dieser Text erschien zuerst bei {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Gekürzt.", "Den vollständigen Text lesen Sie bei {origin_host}."),), "end", 1.0, "i",
          on=("trimmed",), link="origin_host"),
        H("paywall", (("Der vollständige Artikel ist exklusiv für TK+-Abonnenten.", "Lesen Sie mit TK+ alle Tests "
                       "und Hintergründe: die ersten vier Wochen gratis, danach 12,95 Euro im Monat.",
                       "Schon TK+-Abonnent? Hier einloggen"),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Wir begleiten die Vorstellung im Liveblog.", "Die neuesten Einträge stehen oben."),), "top",
          0.8, "live"),
        H("ui", (("Ältere Beiträge",),), "more", 1.0, "older"),
    ),
    authors=authors("Martin Holland/m/Security/Redakteur; Andrea Kühn/f/Hardware/Redakteurin; "
                    "Dennis Schirrmacher/m/Netzwerk/Redakteur; Jana Vollmer/f/Mobil/Redakteurin"),
    plan=(("templated:sicherheit", 7), ("templated:preisradar", 7), ("news", 18), ("liveblog", 1), ("jsonld-full", 2),
          ("jsonld-stale", 1), ("followup", 1), ("hand:h5-de-push", 1), ("hand:h5-de-affiliate", 1), ("syndicated", 4),
          ("edited", 2), ("trimmed", 1), ("repost", 2)),
    sections=("news", "security", "tests"), templates=("sicherheit", "preisradar"), live_show=6,
    copy_from=("tagesblatt.example", "neckar-kurier.example", "blickpunkt-online.example", "stadtanzeiger-nord.example",
               "hanse-rundschau.example"),
    agencies=("dpa", "Technik-Kompass"), photographers=("Andreas Wodrich", "Tim Rösner", "Hersteller"))

ALZETTE = Publisher(
    "L'Écho de l'Alzette", "echoalzette.example", "holdout5", "fr", "Esch-sur-Alzette|le Sud|le Luxembourg",
    "https://www.{host}/{section}/{slug}-{id}.html",
    Skin(
        page=PAGES["ALZETTE"],
        article='<article class="ea-story"><h1 class="ea-story__title">{h1}</h1><div class="ea-story__meta">{byline}'
                '</div>{figure}<div class="ea-story__text">{body}</div></article>',
        byline='<span class="ea-author">{author}</span> <time datetime="{iso}">Publié le {date} à {time}</time>',
        figure='<figure class="ea-figure"><img src="{src}" alt=""><figcaption>{caption} (photo {credit})</figcaption>'
               '</figure>',
        pieces={"lire": '<p class="ea-lire"><strong>À LIRE AUSSI</strong> {t}</p>',
                "lang": '<div class="ea-langnote"><p><small>{t}</small></p></div>',
                "whatsapp": '<div class="ea-whatsapp"><p>{t}</p><a href="https://whatsapp.example/ea">Rejoindre</a>'
                            '</div>',
                "nl": '<aside class="ea-newsletter"><p>{t}</p><a href="/newsletter">Je m\'inscris</a></aside>',
                "small": '<p class="ea-small">{t}</p>',
                "rubrique": '<div class="ea-rubrique-promo"><p>{t}</p></div>'},
        ad='<div class="ea-pub" data-pos="inread"></div>',
        entities="french"),
    habits=(
        H("translation", (("Dësen Artikel gëtt et och op Lëtzebuergesch.",), ("Dieser Artikel ist auch auf Deutsch "
                                                                        "verfügbar.",)), "top", 0.2, "lang",
          on=STORY),
        H("related", (("{headline}",),), "after1", 0.45, "lire", link="headline"),
        H("channel", (("Rejoignez la chaîne WhatsApp de L'Écho de l'Alzette pour recevoir l'essentiel de l'actualité "
                       "du Sud.",),), "mid", 0.25, "whatsapp"),
        H("newsletter", (("Chaque soir à 18 h, notre newsletter « Le Sud en bref » dans votre boîte mail.",),), "mid",
          0.3, "nl", group="mid-box"),
        H("photo-credit", (("Photo : {photog}",), ("Photos : {photog}",)), "end", 0.3),
        H("section-promo", (("Vous êtes frontalier ?", "Retrouvez toute l'actualité transfrontalière dans notre "
                             "rubrique Frontaliers."),), "end", 0.25, "rubrique"),
        H("copyright", (("© L'Écho de l'Alzette {year} – Reproduction interdite sans autorisation écrite.",),
                        ("© Éditions Minett S.A., 2024-{year}",)), "end", 0.45, "small", on=ALL),
        H("origin", (("Cet article a été publié initialement par {origin}.",),), "top", 0.7, "small", on=COPY),
        H("read-rest", (("Version courte.", "Lire l'article complet sur {origin_host}."),), "end", 1.0, "small",
          on=("trimmed",), link="origin_host"),
    ),
    authors=authors("Sophie Kieffer/f/Esch/journaliste; Laurent Schmit/m/frontaliers/journaliste; "
                    "Carole Muller/f/économie/journaliste; Rédaction/m/Sud/desk"),
    plan=(("templated:carburants", 10), ("templated:collectes", 10), ("hand:h5-fr-trilingue", 1), ("syndicated", 6),
          ("edited", 3), ("trimmed", 2), ("repost", 1)),
    sections=("sud", "luxembourg", "frontaliers"), templates=("carburants", "collectes"),
    copy_from=(*FR_COPY, "lesprint.example"), agencies=("AFP", "Écho"),
    photographers=("Julien Garroy", "Hervé Montaigu", "Isabella Finzi"))

SPRINT = Publisher(
    "Le Sprint", "lesprint.example", "holdout5", "fr", "la France|Paris|la Ligue 1",
    "https://www.{host}/{section}/{slug}_{id}",
    Skin(
        page=PAGES["SPRINT"],
        article='<article class="ls-story"><p class="ls-story__rubrique">{byline}</p><h1 class="ls-story__titre">'
                '{h1}</h1>{figure}<div class="ls-story__corps">{body}</div></article>',
        byline='<span class="ls-signature">{author}</span> · <time datetime="{iso}">le {date} à {time}</time>',
        figure='<figure class="ls-figure"><img src="{src}" alt=""><figcaption>{caption} ({credit})</figcaption>'
               '</figure>',
        pieces={"fleche": '<p class="ls-lien">► {t}</p>',
                "app": '<div class="ls-app"><p>{t}</p></div>',
                "push": '<aside class="ls-notif"><p>{t}</p><button>Activer</button></aside>',
                "partenaire": '<div class="ls-partenaire"><span>Partenaire</span><p>{t}</p></div>',
                "legal": '<p class="ls-mention"><small>{t}</small></p>',
                "maj": '<p class="ls-maj"><em>{t}</em></p>'},
        ad='<div class="ls-pub" id="inread-1"></div>',
        blocks={"quote": '<aside class="ls-citation"><p>{t}</p></aside>', "ul": '<ul class="ls-liste">{t}</ul>'},
        entities="french"),
    habits=(
        H("updated", (("Article mis à jour à {time}.",),), "top", 0.15, "maj", on=NEWS),
        H("related", (("{headline}",),), "after1", 0.5, "fleche", link="headline"),
        H("related", (("{headline}",),), "mid", 0.3, "fleche", link="headline", group="fleche-2"),
        H("push", (("Activez les notifications pour ne rien rater du mercato de votre club.",),), "mid", 0.2, "push"),
        H("sponsored", (("Paris sportifs : jusqu'à 100 € offerts sur votre premier pari chez notre partenaire.",),),
          "end", 0.25, "partenaire"),
        H("gambling", (("Jouer comporte des risques : endettement, isolement, dépendance.", "Pour être aidé, appelez "
                        "le 09 74 75 13 13 (appel non surtaxé)."),), "end", 1.0, "legal", needs="sponsored"),
        H("app", (("Téléchargez l'application Le Sprint pour suivre tous les matches en direct.",),), "end", 0.3,
          "app"),
        H("comment-policy", (("Les commentaires sont modérés a posteriori.", "Tout propos injurieux entraîne la "
                              "suppression du compte."),), "end", 0.25, "legal", on=NEWS),
        H("origin", (("Source : {origin}",),), "top", 0.7, "legal", on=COPY),
        H("read-rest", (("Article abrégé.", "Retrouvez la version intégrale sur {origin_host}."),), "end", 1.0,
          "legal", on=("trimmed",), link="origin_host"),
    ),
    authors=authors("Julien Perrot/m/football/journaliste; Camille Dufresne/f/mercato/journaliste; "
                    "Bastien Leroux/m/rugby/journaliste; La rédaction/m/sport/desk"),
    plan=(("templated:mercato", 11), ("templated:footv", 10), ("hand:h5-fr-appli", 1), ("hand:h5-fr-piratage", 1),
          ("syndicated", 5), ("edited", 3), ("trimmed", 2), ("repost", 2)),
    sections=("football", "mercato", "ligue-1"), templates=("mercato", "footv"),
    copy_from=(*FR_COPY, "echoalzette.example"), agencies=("AFP", "Le Sprint"),
    photographers=("Franck Fife", "Icon Sport", "Jean-Marie Hervio"))

ANAHUAC = Publisher(
    "Diario Anáhuac", "diarioanahuac.example", "holdout5", "es", "México|la Ciudad de México|el país",
    "https://www.{host}/{section}/{y}/{m}/{d}/{slug}/",
    Skin(
        page=PAGES["ANAHUAC"],
        article='<article class="da-nota__art"><h1 class="da-nota__titulo">{h1}</h1><div class="da-nota__autor">'
                '{byline}</div>{figure}<div class="da-nota__texto">{body}</div></article>',
        byline='<span class="da-firma">Por {author}</span> <time datetime="{iso}">{date} · {time}</time>',
        figure='<figure class="da-foto"><img src="{src}" alt=""><figcaption>{caption} Foto: {credit}</figcaption>'
               '</figure>',
        pieces={"mas": '<p class="da-mas"><b>MÁS:</b> {t}</p>',
                "player": '<div class="da-audio"><button>▶</button><span>{t}</span></div>',
                "telegram": '<blockquote class="da-telegram"><p>{t}</p></blockquote>',
                "google": '<div class="da-google-news"><a href="https://news.google.example/">{t}</a></div>',
                "act": '<p class="da-actualizacion"><i>{t}</i></p>',
                "miembro": '<div class="da-membresia"><p>{t}</p><a href="/membresia">Quiero ser miembro</a></div>',
                "small": '<p class="da-legal"><small>{t}</small></p>'},
        ad='<div class="da-publicidad" id="gpt-nota-1"></div>'),
    habits=(
        H("listen", (("Escucha esta nota",),), "top", 0.35, "player", on=STORY),
        H("updated", (("Nota actualizada a las {time}.",),), "top", 0.15, "act", on=STORY),
        H("related", (("{headline}",),), "after1", 0.5, "mas", link="headline"),
        H("related", (("{headline}",),), "mid", 0.3, "mas", link="headline", group="mas-2"),
        H("channel", (("Recibe las noticias más importantes en nuestro canal de Telegram: t.me/diarioanahuac",),),
          "mid", 0.2, "telegram"),
        H("attribution", (("Reportó {author}, con información de {source}.",),), "glue", 0.15, on=STORY),
        H("follow", (("Sigue a Diario Anáhuac en Google Noticias",),), "end", 0.35, "google"),
        H("membership", (("Hazte miembro de Diario Anáhuac y lee sin publicidad desde 49 pesos al mes.",),), "end", 0.2,
          "miembro"),
        H("copyright", (("D.R. © Diario Anáhuac, S.A. de C.V., 2024-{year}.",), ("Derechos reservados © {year} "
                                                                              "Diario Anáhuac.",)), "end", 0.4,
          "small", on=ALL),
        H("origin", (("Con información de {origin}.",),), "top", 0.7, "small", on=COPY),
        H("read-rest", (("Resumen.", "Lee la nota completa en {origin_host}."),), "end", 1.0, "small",
          on=("trimmed",), link="origin_host"),
    ),
    authors=authors("Daniela Ríos/f/Nación/reportera; Jorge Castañeda Ruiz/m/Dinero/reportero; "
                    "Mariana Téllez/f/CDMX/reportera; Redacción/m/Nación/redacción"),
    plan=(("templated:nocircula", 11), ("templated:dolar", 10), ("hand:h5-es-telegram", 1), ("syndicated", 7),
          ("edited", 3), ("trimmed", 2), ("repost", 1)),
    sections=("nacion", "cdmx", "dinero"), templates=("nocircula", "dolar"),
    copy_from=(*ES_COPY, "andinocuyo.example"), citing=("autoridades locales", "la Fiscalía", "AFP"),
    agencies=("Cuartoscuro", "EFE"), photographers=("Galo Cañas", "Moisés Pablo", "Rogelio Morales"))

_MAS_MENDOZA = ("Récord de turistas chilenos en el fin de semana largo", "San Rafael: detienen a dos jóvenes por "
                "robos en fincas", "Suben las tarifas del transporte público en el Gran Mendoza", "La vendimia "
                "2026 ya tiene fecha", "El Valle de Uco suma tres nuevas bodegas boutique", "Nevadas: reabren el "
                "camino a Los Molles", "Godoy Cruz empató y sigue en zona de copas", "Cortes de agua en Guaymallén "
                "por obras de AySAM")

ANDINO = Publisher(
    "Diario Andino de Cuyo", "andinocuyo.example", "holdout5", "es", "Mendoza|San Rafael|el Valle de Uco",
    "https://www.{host}/{section}/{slug}-n{id}",
    Skin(
        page=PAGES["ANDINO"],
        article='<article class="an-nota__art"><p class="an-volanta">{byline}</p><h1 class="an-titulo">{h1}</h1>'
                '{figure}<div class="an-cuerpo">{body}</div></article>',
        byline='<span class="an-autor">{author}</span> | <time datetime="{iso}">{date} - {time}</time>',
        figure='<figure class="an-foto"><img src="{src}" alt=""><figcaption>{caption} / {credit}</figcaption>'
               '</figure>',
        pieces={"lee": '<p class="an-lee"><strong>Leé también:</strong> {t}</p>',
                "box": '<aside class="an-mas"><h4>{h}</h4><ul>{li}</ul></aside>',
                "wa": '<div class="an-whatsapp"><p>{t}</p></div>',
                "divp": '<div class="an-parrafo">{t}</div>',
                "apoya": '<div class="an-apoya"><p><strong>{t}</strong></p><a href="/suscripciones">Suscribite</a>'
                         '</div>',
                "small": '<p class="an-legal"><small>{t}</small></p>'},
        para='<p class="an-parrafo">{t}</p>',
        ad='<div class="an-banner" data-pos="nota-1"></div>'),
    habits=(
        H("photo-credit", (("Foto: {photog}",), ("Foto: gentileza {photog}",)), "top", 0.25, on=STORY),
        H("related", (("{headline}",),), "after1", 0.45, "lee", link="headline"),
        *daily("holdout5", "related", "andino-mas", headline_box("Más noticias de Mendoza", _MAS_MENDOZA, 3), "end",
               0.3, "box"),
        H("channel", (("Sumate al canal de WhatsApp de Diario Andino y recibí las noticias en tu celular.",),), "mid",
          0.25, "wa"),
        H("app", (("Descargá la app de Diario Andino y activá las alertas.",),), "mid", 0.2, "divp", group="mid-2"),
        H("membership", (("Apoyá el periodismo de Mendoza.", "Suscribite desde $3.500 por mes."),), "end", 0.3,
          "apoya"),
        H("tip", (("¿Viste algo?", "Mandanos tu foto o video al WhatsApp 261 555 0147."),), "end", 0.25),
        H("agency", (("(NA)",),), "glue", 0.15, on=STORY + COPY),
        H("copyright", (("© {year} Diario Andino de Cuyo.", "Todos los derechos reservados."),), "end", 0.35, "small",
          on=ALL),
        H("origin", (("Fuente: {origin}",),), "top", 0.7, "small", on=COPY),
        H("read-rest", (("Nota resumida.", "Leé la nota completa en {origin_host}."),), "end", 1.0, "small",
          on=("trimmed",), link="origin_host"),
    ),
    authors=authors("Valeria Funes/f/Mendoza/periodista; Martín Aguirre/m/San Rafael/periodista; "
                    "Florencia Lucero/f/Valle de Uco/periodista; Redacción/m/Mendoza/redacción"),
    plan=(("templated:pasos", 10), ("templated:anses", 10), ("hand:h5-es-suscripcion", 1), ("syndicated", 7),
          ("edited", 3), ("trimmed", 2), ("repost", 1)),
    sections=("mendoza", "san-rafael", "economia"), templates=("pasos", "anses"),
    copy_from=(*ES_COPY, "diarioanahuac.example"), agencies=("NA", "Andino"),
    photographers=("Ignacio Blanco", "Marcelo Rolland", "Prensa Gobierno de Mendoza"))

HOLDOUT5 = (KRPR, SHANNON, DALAL, KOMPASS, ALZETTE, SPRINT, ANAHUAC, ANDINO)
