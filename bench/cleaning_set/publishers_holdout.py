"""The nine publishers of the 'holdout' half (en x4, de x2, es x2, fr x1), written after the tune and test
halves had been used for tuning, without looking at the cleaner.  Their boilerplate wording, labels and
markup are new, and they bring in-body chrome the other halves lack: text-to-speech players, reading
times, "key points" boxes with an AI disclaimer under them, podcast and event promos, series boxes,
sponsor lines, content warnings, translation notes, share prompts, reader polls and imprint lines."""

from __future__ import annotations

from bench.cleaning_set.cms import ALL, COPY, Habit, Publisher, Skin
from bench.cleaning_set.publishers_tune import authors
from bench.cleaning_set.skins_holdout import PAGES

H = Habit
NEWS = ("news",)
CW_VIOLENCE_EN = r"(?i)\b(killed|murder\w*|shooting|shot dead|stabb\w*|assault\w*|abuse[ds]?|violen\w+|war|died)\b"
STORY = ("news", "reposted")

RIVERTON = Publisher(
    "The Riverton Courier-Gazette", "riverton-courier.example", "holdout", "en", "the mid-Willamette Valley",
    "https://www.{host}/{section}/{slug}/article_{id}.html",
    Skin(
        page=PAGES["RIVERTON"],
        article='<div class="asset"><header class="asset-header"><h1 class="headline"><span class="tnt-headline">'
                '{h1}</span></h1><ul class="list-inline asset-byline">{byline}</ul></header><div class="asset-photo">'
                '{figure}</div><div id="article-body" class="asset-content subscriber-premium" '
                'itemprop="articleBody">{body}</div><div class="asset-tags">Tags: <a>Riverton</a> <a>Linn County</a>'
                '</div></div>',
        byline='<li class="byline"><span itemprop="author">{author}</span></li><li class="asset-date"><time '
               'datetime="{iso}">{date}</time></li>',
        figure='<figure class="photo"><img src="{src}" alt=""><figcaption class="caption-text">{caption}<span '
               'class="tnt-byline"> {credit}</span></figcaption></figure>',
        pieces={"icymi": '<div class="tnt-inline-relcontent"><p><strong>{t}</strong></p></div>',
                "rt": '<p class="asset-reading-time"><small>{t}</small></p>',
                "event": '<div class="tnt-promo event-promo"><p>{t}</p></div>',
                "tag": '<p class="tagline"><em>{t}</em></p>',
                "share": '<div class="share-prompt"><p>{t}</p></div>'},
        ad='<div class="tnt-ads" data-ad-slot="inline-1"></div>'),
    habits=(
        H("reading-time", (("{minutes} min to read",),), "top", 0.85, "rt", on=ALL),
        H("related", (("In case you missed it: {headline}",),), "after1", 0.35, "icymi", link="headline"),
        H("event", (("Meet the candidates: the Courier-Gazette hosts a free forum for City Council hopefuls at 6:30 "
                     "p.m. Thursday, Sept. 11, at the Riverton Grange Hall.", "Doors open at 6 p.m."),), "mid", 0.3,
          "event", days=(0, 18)),
        H("event", (("Missed our City Council candidate forum?", "The full recording is on the Courier-Gazette's "
                     "YouTube channel."),), "mid", 0.3, "event", days=(18, 999)),
        H("bio", (("{author} has covered {beat} for the Courier-Gazette since {since}.", "Questions or corrections "
                   "can go to {email}."), ("{author} reports on {beat} from the Courier-Gazette's Riverton "
                                           "newsroom.",)), "end", 0.6, "tag"),
        H("tip", (("See something we should look into?", "Leave a message on our 24-hour tip line at "
                   "541-555-0142."),), "end", 0.35, "tag"),
        H("share", (("Know someone who would want to read this?", "Subscribers can gift 10 free stories a month "
                     "with the button below."),), "end", 0.25, "share"),
        H("copyright", (("Republishing, broadcasting or rewriting this material requires the written consent of "
                         "the Courier-Gazette.",),), "end", 0.5, days=(0, 16)),
        H("copyright", (("Reuse of Courier-Gazette journalism requires a license from "
                         "permissions@riverton-courier.example.",),), "end", 0.5, days=(16, 999)),
        H("origin", (("Republished with permission from {origin}.",),), "top", 0.85, "tag", on=COPY),
        H("agency", (("Additional reporting by the Oregon Capital Bureau.",),), "glue_space", 0.12, on=ALL),
    ),
    authors=authors("Jolene Marsh/f/city hall/reporter; Dev Patel/m/schools/reporter; Carmen Ruiz-Haley/f/public "
                    "safety/reporter; Owen Trask/m/the outdoors/outdoors writer; Bea Lindgren/f/business/business "
                    "editor"),
    plan=(("templated:agenda", 16), ("news", 16), ("followup", 2), ("jsonld-teaser", 2), ("hand:en-closing", 1),
          ("edited", 3), ("syndicated", 2), ("repost", 2)),
    sections=("news", "local", "business"), templates=("agenda",),
    copy_from=("dailymeridian.example", "prairiedispatch.example", "capitalobserver.example"),
    dateline=("RIVERTON, Ore. — ", "RIVERTON — ", "RIVERTON — "), citing=("city officials",),
    agencies=("Courier-Gazette", "AP"), photographers=("Lacey Jarrell", "Tomás Ibarra", "Kent Holm"))

OBSERVER = Publisher(
    "The Capital Observer", "capitalobserver.example", "holdout", "en", "Washington|the states|the nation",
    "https://www.{host}/{section}/{y}/{m}/{d}/{slug}/",
    Skin(
        page=PAGES["OBSERVER"],
        article='<article class="story" data-type="story"><header class="story__head"><p class="story__kicker">'
                'Politics</p><h1 class="story__title">{h1}</h1><div class="story__byline">{byline}</div></header>'
                '{figure}<div class="story__body" data-qa="story-body">{body}</div><div class="story__end"><a '
                'href="/newsletters">Newsletters</a></div></article>',
        byline='<address>By <a rel="author" href="/staff/{slug}">{author}</a></address><time datetime="{iso}">{date} '
               'at {time}</time>',
        figure='<figure class="story__art"><img src="{src}" alt=""><figcaption>{caption} <cite>{credit}</cite>'
               '</figcaption></figure>',
        para='<p class="story__graf">{t}</p>',
        pieces={"player": '<div class="tts-player" data-component="audio"><button type="button" aria-label="Play">▶'
                          '</button> <span class="tts-player__label">{t}</span></div>',
                "kp": '<section class="key-points"><h2 class="key-points__h">{h}</h2><ul class="key-points__list">'
                      '{li}</ul></section>',
                "aside": '<aside class="story__aside"><p>{t}</p></aside>',
                "note": '<p class="story__note"><i>{t}</i></p>',
                "sponsor": '<p class="story__sponsor"><small>{t}</small></p>',
                "cw": '<div class="content-advisory" role="note"><p><b>{t}</b></p></div>',
                "deeper": '<p class="story__graf story__graf--link"><b>{t}</b></p>',
                "bio": '<footer class="story__bio"><p>{t}</p></footer>',
                "paywall": '<div class="meter-wall" data-meter="preview"><p>{t}</p></div>',
                "more": '<button class="live__more" type="button">{t}</button>'},
        live='<section class="live" data-live="true">{updates}{more}</section>',
        live_update='<article class="live__post" id="post-{n}"><header class="live__meta"><time datetime="{iso}">'
                    '{time}</time></header><h3 class="live__title">{h}</h3><div class="live__text">{body}</div>'
                    '</article>'),
    habits=(
        H("content-warning", (("Content warning: This story includes descriptions of violence.",),), "top", 0.8,
          "cw", group="cw", topic=CW_VIOLENCE_EN),
        H("content-warning", (("This article discusses suicide.", "If you or someone you know is struggling, call or "
                               "text 988, the Suicide & Crisis Lifeline, at any hour."),), "top", 0.9, "cw",
          group="cw", topic=r"(?i)suicid|self-harm"),
        H("listen", (("Listen to this article ({audio})",), ("Listen to this article ({audio})",
                                                            "Narration is computer-generated.")), "top", 0.55,
          "player"),
        H("key-points", (("Key points", "{kp1}", "{kp2}", "{kp3}"),), "top", 0.4, "kp", on=NEWS),
        H("ai-summary", (("These key points were drafted with an AI tool and checked by an Observer editor.",),),
          "top", 1.0, "note", on=NEWS, needs="key-points"),
        H("related", (("Go deeper: {headline}",),), "after1", 0.3, "deeper", link="headline"),
        H("podcast", (("On the podcast: “The Observer Daily” unpacks one big story in 20 minutes, every weekday on "
                       "Apple Podcasts and Spotify.",),), "mid", 0.25, "aside", days=(0, 17)),
        H("podcast", (("Prefer to listen?", "New episodes of “The Observer Daily” post at 5 a.m. Eastern, Monday "
                       "through Friday."),), "mid", 0.25, "aside", days=(17, 999)),
        H("series", (("This article is part of “Running Dry,” an Observer series on water in the American West.",),),
          "end", 0.7, "note", group="series", topic=r"(?i)\b(drought|water|rivers?|reservoir|irrigation|heat)\b"),
        H("series", (("This article is part of “The Fix,” an Observer series on how local governments solve hard "
                      "problems.",),), "end", 0.6, "note", group="series",
          topic=r"(?i)\b(city|council|county|mayor|municipal|local government)\b"),
        H("sponsor", (("Support for the Observer's reporting on {beat} comes in part from the Hallett Family "
                       "Foundation.", "The foundation has no say in what we report."),), "end", 0.2, "sponsor"),
        H("bio", (("{author} joined the Observer in {since} and writes about {beat}.", "Send {obj} tips on Signal at "
                   "202-555-0133."),), "end", 0.55, "bio"),
        H("correction", (("Correction: An earlier version of this article gave the wrong year for a state law.",
                          "The law took effect in 2021."),), "end", 0.06, "note"),
        H("origin", (("This story comes to the Observer through a content-sharing agreement with {origin}.",),),
          "top", 0.8, "note", on=COPY),
        H("read-rest", (("This is an excerpt.", "{origin} has the complete story."),), "end", 1.0, "note",
          on=("trimmed",), link="origin"),
        H("paywall", (("You've reached the end of your free preview.", "An Observer pass unlocks every story for $2 a "
                       "week.", "Have a pass? Sign in."),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Posts appear newest first; times are Eastern.",),), "top", 0.8, "note"),
        H("poll", (("Reader poll: How closely are you following this story?", "Vote below; results refresh "
                    "hourly."),), "mid", 0.45, "aside"),
        H("ui", (("See earlier posts",),), "more", 1.0, "more"),
    ),
    authors=authors("Naomi Feld/f/Congress/congressional correspondent; Andre Baptiste/m/the Supreme Court/legal "
                    "correspondent; Whitney Sato/f/energy/reporter; Colin Mercer/m/campaigns/political reporter; "
                    "Layla Haddad/f/immigration/reporter; Ruben Ashford/m/the economy/economics correspondent"),
    plan=(("liveblog", 4), ("jsonld-full", 5), ("jsonld-teaser", 3), ("jsonld-stale", 4), ("news", 18),
          ("followup", 1), ("hand:en-app", 1), ("hand:en-lawsuit", 1), ("trimmed", 2), ("repost", 2)),
    sections=("politics", "policy", "states"), copy_from=("harborcitytimes.example", "riverton-courier.example"),
    live_show=5, citing=("the White House", "a Senate aide", "the agency"), agencies=("AP", "Reuters", "Observer"),
    photographers=("Kenny Holston", "Jabin Botsford", "Anna Rose Layden"))

RELAY_A = "The Daily Relay gathers the best reporting from America's local newsrooms every day."
RELAY_A2 = "The Daily Relay: one place for the reporting that local newsrooms worked hard to get."
RELAY_B = "Spot an error? Write to fixes@dailyrelay.example."
RELAY_B2 = "Corrections and complaints go to fixes@dailyrelay.example."
RELAY = Publisher(
    "The Daily Relay", "dailyrelay.example", "holdout", "en", "the U.S.",
    "https://{host}/r/{y}{m}{d}/{slug}",
    Skin(
        page=PAGES["RELAY"],
        article='<div class="relay-item"><h1>{h1}</h1><p class="relay-meta">{byline}</p>{figure}<div '
                'class="relay-body">{body}</div></div>',
        byline='<span>{author}</span> — <span>{date}, {time}</span>',
        figure='<img class="relay-img" src="{src}" alt="">',
        glue='<span class="relay-src">{t}</span>',
        pieces={"src": '<p class="relay-src"><i>{t}</i></p>', "tail": '<div class="relay-tail"><p>{t}</p></div>',
                "rt": '<p class="relay-rt">{t}</p>', "keep": '<p class="relay-next">{t}</p>'}),
    habits=(
        H("reading-time", (("{minutes}-minute read",),), "top", 0.6, "rt", on=COPY),
        H("origin", (("{origin} reported this story first.",),), "top", 0.5, "src", on=COPY),
        H("attribution", (("Relay summary of reporting by {origin}.",),), "glue", 0.35, on=COPY, group="attr"),
        H("attribution", (("Curated for the Relay from {origin} and {source}.",),), "glue_space", 0.3, on=COPY,
          group="attr"),
        H("related", (("Keep reading: {headline}",),), "mid", 0.3, "keep", link="headline", on=COPY),
        H("footer", ((RELAY_A,), (RELAY_A, "Up next: {headline}"), (RELAY_A, RELAY_B, "Up next: {headline}"),
                     (RELAY_B, RELAY_A)), "end", 0.9, "tail", days=(0, 12), on=COPY, link="headline"),
        H("footer", ((RELAY_A2,), (RELAY_A2, "Up next: {headline}"), (RELAY_A2, RELAY_B2, "Up next: {headline}"),
                     (RELAY_B2, RELAY_A2)), "end", 0.9, "tail", days=(12, 999), on=COPY, link="headline"),
        H("share", (("Pass it on: send this story to a friend by text or email.",),), "end", 0.25, on=COPY),
        H("content-warning", (("Heads up: this story contains details some readers may find distressing.",),), "top",
          0.7, "src", on=COPY, topic=CW_VIOLENCE_EN),
        H("read-rest", (("We've shortened this story.", "For photos, documents and the full reporting, head to "
                         "{origin_host}."),), "end", 1.0, "src", on=("trimmed",), link="origin_host"),
    ),
    authors=authors("Relay Desk/m/national news/desk"),
    plan=(("syndicated", 26), ("trimmed", 6), ("edited", 6)),
    copy_from=("northfield-ledger.example", "dailymeridian.example", "harborcitytimes.example",
               "prairiedispatch.example", "riverton-courier.example", "capitalobserver.example"),
    citing=("{origin}", "public records", "statements from officials on {weekday}", "local broadcasters"),
    feed_summary=False, ld="none")

TRICOUNTY = Publisher(
    "Tri-County Data Desk", "tricountydata.example", "holdout", "en", "the Tri-County area",
    "https://{host}/{section}/{y}-{m}-{d}/{slug}-{id}",
    Skin(
        page=PAGES["TRICOUNTY"],
        article='<h1 class="dd-title">{h1}</h1><div class="dd-meta">{byline}</div><div class="dd-text">{body}</div>',
        byline='{author} · {date}, {time}', figure='', most_read='<div class="dd-link"><a href="{href}">{t}</a></div>',
        para='<p class="dd-p">{t}</p>',
        pieces={"stamp": '<p class="dd-stamp"><code>{t}</code></p>', "more": '<p class="dd-more">{t}</p>'}),
    habits=(
        H("notice", (("Generated by DeskBot v2.3 at {time} from airport and air-monitoring feeds.",),), "top", 0.9,
          "stamp", days=(0, 14)),
        H("notice", (("Generated by DeskBot v2.4 at {time} from airport and air-monitoring feeds.",
                      "A Tri-County Media Lab editor checks every report."),), "top", 0.9, "stamp", days=(14, 999)),
        H("related", (("Previous report: {headline}",),), "end", 0.4, "more", link="headline"),
        H("tip", (("Report a data problem: datadesk@tricountydata.example",),), "end", 0.35, "more"),
    ),
    authors=authors("DeskBot/m/data/bot"),
    plan=(("templated:flights", 14), ("templated:pollen", 14)),
    sections=("reports",), templates=("flights", "pollen"))

NECKAR = Publisher(
    "Neckar-Kurier", "neckar-kurier.example", "holdout", "de", "Heilbronn und Unterland",
    "https://www.{host}/{section}/{slug}-art-{id}",
    Skin(
        page=PAGES["NECKAR"],
        article='<article class="nk-article"><div class="nk-article__header"><span class="nk-article__ort">Heilbronn'
                '</span><h1 class="nk-article__title">{h1}</h1><div class="nk-article__autor">{byline}</div></div>'
                '{figure}<div class="nk-article__text">{body}</div></article>',
        byline='<span class="nk-autor">{author}</span> <span class="nk-datum">| {date} · {time}</span>',
        figure='<figure class="nk-bild"><img src="{src}" alt=""><figcaption>{caption} <span class="nk-bild__credit">'
               'Bild: {credit}</span></figcaption></figure>',
        para='<p class="nk-absatz">{t}</p>',
        pieces={"rt": '<p class="nk-lesedauer">{t}</p>', "player": '<div class="nk-audio"><span '
                'class="nk-audio__icon">🔊</span> {t}</div>', "link": '<p class="nk-absatz nk-linkbox"><b>{t}</b></p>',
                "poll": '<div class="nk-umfrage" data-poll="reader"><p>{t}</p></div>',
                "event": '<div class="nk-event"><p>{t}</p></div>', "note": '<p class="nk-absatz nk-hinweis"><em>{t}'
                '</em></p>', "paywall": '<div class="nk-paywall"><p>{t}</p></div>',
                "more": '<button class="nk-ticker__more">{t}</button>'},
        ad='<div class="nk-ad" data-slot="content_1"></div>',
        live='<div class="nk-ticker">{updates}{more}</div>',
        live_update='<div class="nk-ticker__item"><div class="nk-ticker__zeit"><time datetime="{iso}">{time}</time>'
                    '</div><h2 class="nk-ticker__titel">{h}</h2>{body}</div>'),
    habits=(
        H("reading-time", (("Lesedauer: {minutes} Min.",),), "top", 0.7, "rt", on=ALL),
        H("listen", (("Artikel anhören ({audio} Min.)",),), "top", 0.45, "player"),
        H("related", (("Passend dazu: {headline}",),), "after1", 0.35, "link", link="headline"),
        H("poll", (("Was meinen Sie?", "Stimmen Sie in unserer Leserumfrage ab – das Ergebnis veröffentlichen wir am "
                    "Samstag."),), "mid", 0.2, "poll", on=NEWS),
        H("event", (("Neckar-Kurier live: Am 16. September um 19 Uhr diskutieren wir in der Harmonie Heilbronn über "
                     "die Zukunft der Innenstadt.", "Der Eintritt ist frei, eine Anmeldung ist nicht nötig."),), "end",
          0.3, "event", days=(0, 22)),
        H("event", (("Verpasst?", "Die Aufzeichnung unseres Leserforums zur Heilbronner Innenstadt gibt es jetzt in "
                     "der NK-Mediathek."),), "end", 0.3, "event", days=(22, 999)),
        H("agency", (("(dpa/lsw)",),), "glue_space", 0.2, on=ALL),
        H("bio", (("{author} gehört seit {since} zur Redaktion des Neckar-Kuriers.", "Schwerpunkt: {beat}."),), "end",
          0.5, "note", on=STORY),
        H("copyright", (("Sämtliche Inhalte dieses Angebots sind urheberrechtlich geschützt.",),), "end", 0.45,
          days=(0, 16)),
        H("copyright", (("Eine Nutzung über die private Lektüre hinaus bedarf der Lizenz der Neckar-Kurier Medien "
                         "GmbH.",),), "end", 0.45, days=(16, 999)),
        H("origin", (("Übernommen von {origin} im Rahmen einer Content-Partnerschaft.",),), "top", 0.8, "note",
          on=COPY),
        H("paywall", (("NK+ Artikel", "Weiterlesen mit NK+: die ersten 30 Tage kostenlos, danach 9,90 Euro im Monat.",
                       "Schon dabei? Zum Login"),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Neue Einträge erscheinen oben, bitte laden Sie die Seite neu.",),), "top", 0.7, "note"),
        H("poll", (("Umfrage: Wie haben Sie die Lage erlebt?", "Schreiben Sie uns über das Formular unter diesem "
                    "Ticker."),), "mid", 0.4, "poll"),
        H("ui", (("Frühere Beiträge einblenden",),), "more", 1.0, "more"),
    ),
    authors=authors("Tanja Eberle/f/Stadtpolitik/Redakteurin; Matthias Kächele/m/Blaulicht/Redakteur; "
                    "Selin Aksoy/f/Bildung/Redakteurin; Bernd Ruoff/m/Wirtschaft im Unterland/Ressortleiter; "
                    "Lea Gutbrod/f/Kultur/Volontärin"),
    plan=(("templated:feuerwehr", 18), ("liveblog", 4), ("jsonld-full", 3), ("news", 20), ("followup", 2),
          ("hand:de-closing", 1), ("syndicated", 3), ("edited", 2), ("repost", 2)),
    sections=("heilbronn", "region", "blaulicht"), templates=("feuerwehr",),
    copy_from=("hanse-rundschau.example", "westfaelischer-bote.example", "tagesblatt.example"),
    dateline=("Heilbronn (nk) – ", "Heilbronn (nk) – ", "Neckarsulm (nk) – "), live_show=6, ld_join="\n",
    agencies=("dpa", "Neckar-Kurier"), photographers=("Mario Berger", "Veigel", "Ralf Seidel"))

HANSE = Publisher(
    "Hanse-Rundschau", "hanse-rundschau.example", "holdout", "de", "Hamburg|Bremen|Schleswig-Holstein|Niedersachsen",
    "https://www.{host}/{section}/article{id}/{slug}.html",
    Skin(
        page=PAGES["HANSE"],
        article='<div class="hr-artikel" data-artikel-typ="text"><p class="hr-artikel__spitzmarke">Norddeutschland</p>'
                '<h1>{h1}</h1><div class="hr-artikel__meta">{byline}</div>{figure}<div class="hr-artikel__inhalt">'
                '{body}</div></div>',
        byline='Von <a href="/autor/{slug}">{author}</a> · <time datetime="{iso}">{date}</time>',
        figure='<figure class="hr-fig"><img src="{src}" alt=""><figcaption>{caption} © {credit}</figcaption></figure>',
        glue='<span class="hr-kuerzel">{t}</span>',
        pieces={"kp": '<div class="hr-zusammenfassung"><h2>{h}</h2><ul>{li}</ul></div>',
                "ki": '<p class="hr-ki-hinweis"><small>{t}</small></p>', "cw": '<div class="hr-triggerwarnung"><p>{t}'
                '</p></div>', "serie": '<div class="hr-serie"><p><strong>{t}</strong></p></div>',
                "hg": '<p class="hr-hintergrund"><b>{t}</b></p>', "note": '<p><i>{t}</i></p>',
                "bio": '<div class="hr-autorbox"><p>{t}</p></div>', "paywall": '<div class="hr-bezahlschranke"><p>{t}'
                '</p></div>'},
        entities="named"),
    habits=(
        H("content-warning", (("Triggerwarnung: In diesem Text werden Gewalttaten geschildert.",),), "top", 0.8, "cw",
          group="cw", topic=r"(?i)getötet|ermordet|erschossen|erstochen|Mord\b|Gewalt|Missbrauch|Vergewaltig|Krieg\b"),
        H("content-warning", (("Hinweis: In diesem Artikel geht es um Suizid.", "Wenn Sie sich in einer Krise "
                               "befinden, erreichen Sie die Telefonseelsorge rund um die Uhr kostenlos unter "
                               "0800 111 0 111."),), "top", 0.9, "cw", group="cw",
          topic=r"(?i)suizid|selbstmord|selbsttötung"),
        H("key-points", (("Das Wichtigste in Kürze", "{kp1}", "{kp2}", "{kp3}"),), "top", 0.35, "kp", on=NEWS),
        H("ai-summary", (("Die Stichpunkte hat ein Sprachmodell vorgeschlagen, eine Redakteurin oder ein Redakteur hat "
                          "sie geprüft.",),), "top", 1.0, "ki", on=NEWS, needs="key-points"),
        H("bio", (("{author} ist Korrespondent{in} der Hanse-Rundschau für {region}.",),), "top", 0.3, "bio",
          on=STORY),
        H("related", (("Hintergrund: {headline}",),), "mid", 0.35, "hg", link="headline"),
        H("series", (("Dieser Text gehört zu unserer Serie „Wem gehört der Hafen?“.",),), "end", 0.7, "serie",
          group="series", topic=r"Hafen|Reederei|Container|Schiff|Werft|Elbe|Weser"),
        H("series", (("Alle Folgen unserer Serie „Norddeutschland 2035“ finden Sie auf unserer Themenseite.",),), "end",
          0.6, "serie", group="series", topic=r"Klima|Energie|Wärmepumpe|Windkraft|Solar|Strom"),
        H("translation", (("Aus dem Englischen übersetzt von Lena Wiegand.",),
                          ("Dieser Beitrag wurde für die Hanse-Rundschau aus dem Dänischen übersetzt.",)), "end", 0.25,
          "note", on=NEWS),
        H("share", (("Sie finden diesen Artikel lesenswert?", "Dann teilen Sie ihn gern mit Freunden und Familie."),),
          "end", 0.2, "note"),
        H("comments", (("Für diesen Beitrag ist die Kommentarfunktion deaktiviert.",),), "end", 0.25, "note"),
        H("agency", (("mit dpa",), ("hr/dpa",), ("jw/AFP",)), "glue_space", 0.2, on=ALL),
        H("agency", (("(epd)",),), "glue", 0.1, on=ALL),
        H("origin", (("Der Text stammt von unserem Partnerportal {origin}.",),), "top", 0.75, "note", on=COPY),
        H("read-rest", (("Gekürzte Fassung.", "Mit allen Grafiken und Hintergründen steht der Text auf "
                         "{origin_host}."),), "end", 1.0, "note", on=("trimmed",), link="origin_host"),
        H("paywall", (("Exklusiv für Abonnentinnen und Abonnenten", "Lesen Sie drei Monate lang für 3 Euro weiter.",
                       "Sie haben schon ein Abo? Hier geht's zum Login"),), "paywall", 1.0, "paywall"),
    ),
    authors=authors("Frauke Thießen/f/Hafen und Schifffahrt/Redakteurin; Jannik Oltmanns/m/Landespolitik/Redakteur; "
                    "Merle Carstensen/f/Klima/Redakteurin; Hauke Brodersen/m/Wirtschaft/Ressortleiter; "
                    "Dilara Kaya/f/Soziales/Redakteurin"),
    plan=(("jsonld-full", 3), ("jsonld-stale", 4), ("jsonld-teaser", 3), ("news", 22), ("followup", 1),
          ("hand:de-abo", 1), ("syndicated", 6), ("edited", 4), ("trimmed", 4), ("repost", 2)),
    sections=("hamburg", "norddeutschland", "wirtschaft"),
    copy_from=("neckar-kurier.example", "blickpunkt-online.example", "stadtanzeiger-nord.example",
               "tagesblatt.example"),
    ld="graph", ld_join=" ", agencies=("dpa", "AFP", "epd"),
    photographers=("Marcus Brandt", "Sina Schuldt", "Christian Charisius"))

VOZ = Publisher(
    "La Voz del Ebro", "lavozdelebro.example", "holdout", "es", "Aragón",
    "https://www.{host}/{section}/{y}/{m}/{d}/{slug}-{id}.html",
    Skin(
        page=PAGES["VOZ"],
        article='<article class="lv-noticia"><p class="lv-cintillo">Aragón</p><h1 class="lv-titular">{h1}</h1><div '
                'class="lv-autoria">{byline}</div>{figure}<div class="lv-texto" id="texto-noticia">{body}</div>'
                '</article>',
        byline='<strong>{author}</strong> <span>Zaragoza, {date} · {time}</span>',
        figure='<figure class="lv-foto"><img src="{src}" alt=""><figcaption>{caption} <em>{credit}</em></figcaption>'
               '</figure>',
        para='<p class="lv-p">{t}</p>',
        glue='<span class="lv-agencia">{t}</span>',
        pieces={"rt": '<p class="lv-lectura">{t}</p>', "player": '<div class="lv-audio" role="region"><p>{t}</p></div>',
                "rel": '<div class="lv-relacionada"><p>{t}</p></div>', "pod": '<aside class="lv-podcast"><p>{t}</p>'
                '</aside>', "sp": '<p class="lv-patrocinio"><small>{t}</small></p>',
                "caja": '<div class="lv-caja"><p>{t}</p></div>', "firma": '<p class="lv-p lv-firma"><em>{t}</em></p>',
                "legal": '<p class="lv-legal">{t}</p>'}),
    habits=(
        H("reading-time", (("Tiempo de lectura: {minutes} min",),), "top", 0.6, "rt", on=ALL),
        H("listen", (("Escuchar esta noticia ({audio})",),), "top", 0.35, "player", on=STORY),
        H("related", (("Noticia relacionada: {headline}",),), "after1", 0.35, "rel", link="headline"),
        H("podcast", (("Escucha «La Voz en 10 minutos», nuestro pódcast diario, en Spotify, iVoox y Apple "
                       "Podcasts.",),), "mid", 0.2, "pod", on=STORY),
        H("sponsor", (("Información de servicio patrocinada por Fundación Ebro Verde, que no interviene en la "
                       "elaboración de los contenidos.",),), "end", 0.8, "sp", on=("templated",)),
        H("tip", (("¿Sabes algo que debamos contar?", "Mándanos un audio por WhatsApp al 600 555 123."),), "end", 0.3,
          "caja", on=NEWS),
        H("bio", (("{author} sigue la información de {beat} para La Voz del Ebro.", "En X: @{handle}."),), "end", 0.5,
          "firma", on=STORY),
        H("share", (("Comparte esta noticia con tus contactos de WhatsApp o Telegram.",),), "end", 0.25, on=NEWS),
        H("imprint", (("La Voz del Ebro, S. A. · Depósito legal Z-1187-1998",),), "end", 0.5, "legal", days=(0, 15),
          on=ALL),
        H("imprint", (("Ebro Medios de Comunicación, S. L. · Depósito legal Z-1187-1998 · ISSN 2254-9911",),), "end",
          0.5, "legal", days=(15, 999), on=ALL),
        H("origin", (("Reproducido con autorización de {origin}.",),), "top", 0.8, "firma", on=COPY),
        H("agency", (("(Europa Press)",),), "glue", 0.12, on=ALL),
    ),
    authors=authors("Pilar Lasheras/f/política aragonesa/redactora; Jorge Bernués/m/sucesos/redactor; "
                    "Alba Gimeno/f/sanidad/redactora; Sergio Lacasta/m/economía/jefe de sección; "
                    "Nuria Sancho/f/cultura/redactora"),
    plan=(("templated:sorteos", 16), ("templated:aire", 12), ("news", 4), ("followup", 1), ("jsonld-teaser", 2),
          ("hand:es-app", 1), ("hand:es-suscripcion", 1), ("hand:es-cierre", 1), ("syndicated", 4), ("edited", 3),
          ("repost", 2)),
    sections=("zaragoza", "aragon", "servicios"), templates=("sorteos", "aire"),
    copy_from=("elfarodigital.example", "diariocostaazul.example"), agencies=("EFE", "Europa Press", "La Voz"),
    photographers=("Guillermo Mestre", "Toni Galán", "Laura Trives"))

ENF_A = "Enfoque Noticias reúne cada día lo más relevante de los medios regionales de España."
ENF_A2 = "En Enfoque Noticias elegimos para ti lo mejor de la prensa regional, sin algoritmos."
ENF_B = "¿Has visto un error? Avísanos en correcciones@enfoquenoticias.example."
ENF = Publisher(
    "Enfoque Noticias", "enfoquenoticias.example", "holdout", "es", "España",
    "https://{host}/n/{id}/{slug}",
    Skin(
        page=PAGES["ENF"],
        article='<div class="enf-art"><h1 class="enf-h1">{h1}</h1><div class="enf-by">{byline}</div>{figure}<div '
                'class="enf-txt">{body}</div></div>',
        byline='{author} | {date}', figure='<div class="enf-img"><img src="{src}" alt=""><span>{credit}</span></div>',
        glue='<em class="enf-via">{t}</em>', most_read='<p class="enf-link"><a href="{href}">{t}</a></p>',
        pieces={"kp": '<div class="enf-claves"><p class="enf-claves__t">{h}</p><ul>{li}</ul></div>',
                "ia": '<p class="enf-ia"><small>{t}</small></p>', "player": '<div class="enf-audio"><p>{t}</p></div>',
                "fuente": '<p class="enf-fuente"><i>{t}</i></p>', "cola": '<div class="enf-cola"><p>{t}</p></div>',
                "rel": '<p class="enf-rel"><strong>{t}</strong></p>'}),
    habits=(
        H("listen", (("Reproducir audio de la noticia · {audio}",),), "top", 0.3, "player", on=COPY),
        H("key-points", (("Claves de la noticia", "{kp1}", "{kp2}"),), "top", 0.4, "kp", on=COPY),
        H("ai-summary", (("Claves redactadas por un sistema de inteligencia artificial y supervisadas por nuestro "
                          "equipo.",),), "top", 1.0, "ia", on=COPY, needs="key-points"),
        H("origin", (("Fuente original: {origin}.",),), "top", 0.45, "fuente", on=COPY),
        H("attribution", (("Vía {origin}.",),), "glue_space", 0.35, on=COPY, group="attr"),
        H("attribution", (("(Enfoque / {origin})",),), "glue", 0.3, on=COPY, group="attr"),
        H("related", (("También te interesa: {headline}",),), "mid", 0.3, "rel", link="headline", on=COPY),
        H("footer", ((ENF_A,), (ENF_A, "Sigue informándote: {headline}"), ("Sigue informándote: {headline}", ENF_B),
                     (ENF_A, ENF_B, "Sigue informándote: {headline}")), "end", 0.85, "cola", days=(0, 16), on=COPY,
          link="headline"),
        H("footer", ((ENF_A2,), (ENF_A2, "Más en Enfoque: {headline}"), (ENF_A2, ENF_B, "Más en Enfoque: {headline}")),
          "end", 0.85, "cola", days=(16, 999), on=COPY, link="headline"),
        H("read-rest", (("Extracto.", "La información íntegra, con fotos y vídeos, está en {origin}."),), "end", 1.0,
          "fuente", on=("trimmed",), link="origin"),
    ),
    authors=authors("Redacción Enfoque/f/actualidad/redacción"),
    plan=(("syndicated", 35), ("trimmed", 7), ("edited", 7)),
    copy_from=("elfarodigital.example", "diariocostaazul.example", "lavozdelebro.example"), feed_summary=False,
    ld="none", citing=("{origin}", "fuentes municipales", "un comunicado del {weekday}"))

VIGIE = Publisher(
    "La Vigie du Finistère", "vigie-finistere.example", "holdout", "fr", "Brest|Quimper|Morlaix|Landerneau",
    "https://www.{host}/{section}/{slug}-{id}.php",
    Skin(
        page=PAGES["VIGIE"],
        article='<article class="vg-article"><div class="vg-surtitre">Finistère</div><h1 class="vg-titre">{h1}</h1><p '
                'class="vg-signature">{byline}</p>{figure}<div class="vg-texte">{body}</div></article>',
        byline='<span class="vg-auteur">{author}</span>, le {date} à {time}',
        figure='<figure class="vg-photo"><img src="{src}" alt=""><figcaption>{caption} (Photo : {credit})</figcaption>'
               '</figure>',
        para='<p class="vg-p">{t}</p>',
        pieces={"meme": '<p class="vg-meme-sujet"><strong>{t}</strong></p>', "event": '<div class="vg-evenement"><p>'
                '{t}</p></div>', "sondage": '<div class="vg-sondage"><p>{t}</p></div>',
                "note": '<p class="vg-p"><em>{t}</em></p>', "sp": '<p class="vg-partenaire">{t}</p>',
                "legal": '<p class="vg-mentions"><small>{t}</small></p>'},
        entities="french"),
    habits=(
        H("related", (("Sur le même sujet : {headline}",),), "after1", 0.35, "meme", link="headline"),
        H("poll", (("Votre avis compte : répondez à notre sondage en fin d'article.",),), "mid", 0.15, "sondage",
          on=NEWS),
        H("event", (("Rendez-vous le 18 septembre à 18 h 30 au Quartz, à Brest, pour notre soirée « Lecteurs en "
                     "direct ».", "Entrée libre sur inscription."),), "end", 0.25, "event", days=(0, 24), on=STORY),
        H("event", (("Vous avez manqué notre soirée « Lecteurs en direct » ?", "La vidéo est disponible sur notre "
                     "site."),), "end", 0.25, "event", days=(24, 999), on=STORY),
        H("sponsor", (("Rubrique « Marées » proposée avec le soutien de la Coopérative maritime de l'Iroise.",),),
          "end", 0.85, "sp", on=("templated",)),
        H("tip", (("Témoin d'un événement ?", "Appelez la rédaction au 02 98 55 01 23, 7 jours sur 7."),), "end", 0.3,
          "note", on=NEWS),
        H("bio", (("{author}, bureau de {region}",),), "end", 0.5, "note", on=STORY),
        H("agency", (("D'après l'AFP.",),), "end", 0.15, "note", on=ALL),
        H("share", (("Partagez cet article avec vos proches.",),), "end", 0.2, on=NEWS),
        H("translation", (("Cet article est aussi disponible en breton sur notre site, dans la rubrique « E "
                           "brezhoneg ».",),), "end", 0.3, "note", on=STORY),
        H("imprint", (("La Vigie du Finistère est éditée par la SAS Presse de l'Iroise, 29200 Brest.",),), "end", 0.4,
          "legal", on=ALL),
        H("origin", (("Publié en partenariat avec {origin}.",),), "top", 0.8, "note", on=COPY),
        H("read-rest", (("Retrouvez l'intégralité de cet article sur le site de {origin}.",),), "end", 1.0, "note",
          on=("trimmed",), link="origin"),
    ),
    authors=authors("Gaëlle Le Floc'h/f/maritime/journaliste; Erwan Cadiou/m/sports/journaliste; "
                    "Morgane Pichon/f/société/journaliste; Yannick Salaün/m/économie/chef d'édition"),
    plan=(("templated:marees", 26), ("news", 1), ("hand:fr-fermeture", 1), ("hand:fr-appli", 1),
          ("hand:fr-abonnement", 1), ("syndicated", 19), ("edited", 5), ("trimmed", 5), ("repost", 2)),
    sections=("brest", "finistere", "mer"), templates=("marees",),
    copy_from=("courrier-rhone.example", "echo-provence.example"), ld_join="\n",
    agencies=("AFP", "La Vigie"), photographers=("Lionel Le Saux", "Claude Prigent", "Vincent Mouchel"))

HOLDOUT = (RIVERTON, OBSERVER, RELAY, TRICOUNTY, NECKAR, HANSE, VOZ, ENF, VIGIE)
