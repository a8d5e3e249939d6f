"""The eight publishers of the 'holdout3' half (en x3, de x2, fr x2, es x1), written after the other four
halves, by someone who had not read the cleaner.  They are kinds of newsroom the other halves lack: a local
TV station, a business news site, a sports site, a German regional daily behind a paywall with a big local
sports desk, a German regional public broadcaster, a French overseas daily, a French alt-weekly and a
Spanish-language nonprofit in a US border city.  Their boilerplate wording, labels and markup are new.

What they bring:
- chrome: video players and their "not available in your area" notices, caption/transcript notes, "watch
  live" and broadcast-schedule lines ("Sendung: …"), consent placeholders left inside the body for
  blocked embeds, betting odds with gambling-helpline lines, investment disclaimers under market-data
  widgets that change every day, "sponsored" and "Contenu sponsorisé" boxes, in-body "most read" boxes
  whose headlines change every day, author "follow" buttons, "gift this article", print-edition notes,
  "produced in collaboration with" notes, donation asks, app prompts, error-report prompts, border-bridge
  wait times; some in plain ``<p>`` exactly like the story, some in boxes and players, some glued to the
  last paragraph with or without a space;
- recurrence traps: templated stories (gas prices, forecasts, inspections, earnings briefs and previews,
  stock movers, scoreboards, standings, match reports with lineups, amateur football results and tables,
  church services, election results, river levels, swell warnings, water restrictions, concert and
  exhibition listings, cooling centres, free clinics) made of "Name: value" lines, with stock sentences
  that name the publisher or give its e-mail address or phone number as part of the story, sibling
  templates sharing their line leads, a TV dateline "(KDRX) —" on every lede; handwritten stories whose
  real sentences quote calls to action ("sign up for the alerts", "Téléchargez-la", "Regístrese hoy",
  "Dona hoy"), the "not available" message, a helpline, "not investment advice", gift links and cookie
  banners, with story lists, subheads, quotations and "Key facts" boxes that paraphrase the story.
"""

from __future__ import annotations

import random

from bench.cleaning_set.cms import ALL, COPY, Habit, Publisher, Skin, daily, headline_box, rotating
from bench.cleaning_set.publishers_tune import authors
from bench.cleaning_set.skins_holdout3 import PAGES

H = Habit
NEWS = ("news",)
STORY = ("news", "reposted")



def _markets(rng: random.Random, _day: int) -> tuple[str, ...]:
    def move() -> str:
        x = rng.uniform(-1.3, 1.5)
        return f"{'+' if x >= 0 else '–'}{abs(x):.2f}%"
    return (f"S&P 500 {rng.uniform(6280, 6560):,.2f} ({move()}) · Nasdaq {rng.uniform(20900, 22400):,.2f} ({move()}) "
            f"· Dow {rng.uniform(44400, 46300):,.2f} ({move()}) · 10-yr Treasury {rng.uniform(4.02, 4.38):.2f}%",)


def _bridges(rng: random.Random, _day: int) -> tuple[str, ...]:
    a, b, c = (rng.choice(range(10, 125, 5)) for _ in range(3))
    return (f"Espera en los puentes a las {{time}}: Paso del Norte, {a} min; Ysleta-Zaragoza, {b} min; Puente de "
            f"las Américas, {c} min.",)


KDRX = Publisher(
    "KDRX 5 News", "kdrx5.example", "holdout3", "en", "the Paloma Valley|Paloma Springs|Cedar Mesa|Juniper Falls",
    "https://www.{host}/{y}/{m}/{d}/{slug}/",
    Skin(
        page=PAGES["KDRX"],
        article='<article class="b-article" data-fusion-component="article-body"><div class="b-article__overline">'
                '<a href="/news">News</a></div><h1 class="b-headline">{h1}</h1><div class="b-article__meta">{byline}'
                '</div><div class="b-article__share"><button class="share-fb">Share on Facebook</button> <button '
                'class="share-x">Share on X</button> <button class="share-email">Email This</button></div>{figure}'
                '<div class="article-body">{body}</div></article>',
        byline='<div class="byline">By <a href="/author/{slug}/">{author}</a></div><div class="timestamp">Published: '
               '<time datetime="{iso}">{date} at {time}</time></div>',
        figure='<figure class="lead-art"><img src="{src}" alt=""><figcaption class="lead-art__caption">{caption} '
               '<span class="lead-art__credit">(Source: {credit})</span></figcaption></figure>',
        para='<p class="default__StyledText-sc-1wxyvyl-0 dHxDzs body-paragraph">{t}</p>',
        pieces={"video": '<div class="video-player-container"><div class="video-player" data-video="fusion"><div '
                         'class="vjs-big-play-button" aria-label="Play Video"></div><p class="video-player__title">'
                         '{t}</p></div></div>',
                "geo": '<div class="video-player-container"><div class="video-player video-player--error"><p '
                       'class="video-player__message">{t}</p></div></div>',
                "cc": '<p class="video-player__captions"><small>{t}</small></p>',
                "embed": '<div class="oembed-container oembed-blocked"><p class="oembed-blocked__text">{t}</p><button '
                         'class="oembed-blocked__button">Update privacy settings</button></div>',
                "box": '<div class="b-trending" data-module="trending"><h3 class="b-trending__title">{h}</h3><ul '
                       'class="b-trending__list">{li}</ul></div>',
                "live": '<div class="b-liveblog__banner"><p>{t}</p></div>',
                "more": '<button class="b-liveblog__more" type="button">{t}</button>'},
        ad='<div class="arcad" data-slot="inarticle-1" style="min-height:250px"></div>',
        live='<div class="b-liveblog">{updates}{more}</div>',
        live_update='<div class="b-liveblog__entry"><span class="b-liveblog__time"><time datetime="{iso}">{time}</time>'
                    '</span><h2 class="b-liveblog__headline">{h}</h2>{body}</div>',
        blocks={"h2": '<h2 class="default__StyledHeading-sc-1wxyvyl-1 body-heading">{t}</h2>',
                "ul": '<ul class="default__StyledList-sc-1wxyvyl-2 body-list">{t}</ul>',
                "quote": '<blockquote class="body-blockquote"><p>{t}</p></blockquote>'}),
    habits=(
        H("video", (("Press play to watch {author}'s report for KDRX 5 News.",),
                    ("VIDEO: {author} reports from {region}",)), "top", 0.45, "video", group="player"),
        H("geo-block", (("This video is not available in your area.", "Streaming rights for KDRX 5 newscasts cover the "
                         "Paloma Valley viewing area only."),), "top", 0.12, "geo", group="player"),
        H("transcript", (("Closed captions for this video are machine-generated and may contain errors.",),), "top",
          0.5, "cc", needs="video"),
        H("consent", (("This X post can't be shown because you haven't allowed social media cookies.",),), "mid",
          0.12, "embed"),
        *daily("holdout3", "most-read", "kdrx-trending", headline_box("Trending on KDRX 5", (
            "Juniper Falls man arrested after chase ends at rail yard", "StormTrack 5: monsoon moisture returns this "
            "weekend", "Paloma Springs council delays vote on downtown parking meters", "Cedar Mesa school bus "
            "driver honored for quick thinking", "Two hurt as dust storm causes crash on Interstate 25",
            "New burrito spot draws hour-long lines in Sotol Ridge", "County fair attendance tops 60,000",
            "5 On Your Side: roofer took deposits, never showed up", "Agua Fría water tower gets a new mural",
            "Mesquite Flats family loses home in early morning fire"), 4), "mid", 0.25, "box"),
        H("app", (("Breaking news alerts and live StormTrack 5 radar come free with the KDRX 5 News app.",),), "mid",
          0.25),
        H("watch-live", (("Watch KDRX 5 News live weekdays at 5, 6 and 10 p.m. on channel 5.1, or stream every "
                          "newscast free on KDRX 5+.",),
                         ("Stream KDRX 5 News at 10 on Roku, Fire TV and Apple TV with the free KDRX 5+ app.",)),
          "end", 0.4),
        H("broadcast", (("See {author}'s full report tonight on KDRX 5 News at 6.",),), "end", 0.25, on=NEWS),
        H("error-report", (("Spot a spelling or factual mistake in this story?", "Email the digital desk at "
                            "webdesk@kdrx5.example and include the headline."),), "end", 0.3),
        H("copyright", (("Copyright {year} KDRX. All rights reserved.",),), "end", 0.8, on=ALL),
        H("agency", (("AP writers in Albuquerque added reporting.",),), "glue_space", 0.15, on=STORY + COPY),
        H("collaboration", (("This story was produced in collaboration with {origin}.",),), "top", 0.8, on=COPY),
        H("read-rest", (("This is a shortened version of the story.", "Read the full report at {origin_host}."),),
          "end", 1.0, on=("trimmed",), link="origin_host"),
    ),
    live_habits=(
        H("live-notice", (("Live updates from the KDRX 5 newsroom and our crews in the field.",),), "top", 0.8, "live"),
        H("watch-live", (("Watch our live stream from the scene on KDRX 5+.",),), "mid", 0.5, "live"),
        H("ui", (("Load older updates",),), "more", 1.0, "more"),
    ),
    authors=authors("Alyssa Montoya/f/the Paloma Valley/reporter; Jordan Pike/m/consumer affairs/consumer reporter; "
                    "Renée Tsosie/f/county government/anchor; Marcus Bell-Ortiz/m/public safety/reporter; "
                    "Hannah Castillo/f/weather/meteorologist"),
    plan=(("templated:gasprices", 5), ("templated:forecast", 7), ("templated:inspections", 6), ("news", 8),
          ("liveblog", 1), ("jsonld-teaser", 2), ("followup", 1), ("hand:h3-en-blackout", 1), ("hand:h3-en-sandbags",
                                                                                               1),
          ("syndicated", 4), ("edited", 3), ("trimmed", 1), ("repost", 2)),
    sections=("news", "local", "investigations"), templates=("gasprices", "forecast", "inspections"),
    copy_from=("capitalobserver.example", "riverton-courier.example", "lakeshoretribune.example",
               "copperstatesports.example"),
    dateline=("PALOMA SPRINGS (KDRX) — ", "CEDAR MESA (KDRX) — ", "PALOMA SPRINGS, N.M. (KDRX) — "), ld="graph",
    citing=("county officials", "a KDRX 5 crew at the scene"), agencies=("KDRX", "AP"),
    photographers=("Isaiah Benally", "Corinne Vigil", "Tad Ostrowski"))

IRONBRIDGE = Publisher(
    "Ironbridge Markets", "ironbridgemarkets.example", "holdout3", "en", "Wall Street|the markets|the U.S. economy",
    "https://www.{host}/{section}/{slug}-{id}",
    Skin(
        page=PAGES["IRONBRIDGE"],
        article='<article class="Article_root__B7hJk"><div class="Article_eyebrow__c0Ls3"><a href="/markets">Markets'
                '</a></div><h1 class="Article_headline__Ue2Mw">{h1}</h1><div class="Article_byline__Ff9Rq">{byline}'
                '</div>{figure}<div class="ArticleBody_root__Gx5nT" data-testid="article-body">{body}</div></article>',
        byline='<span class="Byline_author__Pn4Kq">By <a href="/authors/{slug}">{author}</a></span> <time '
               'class="Byline_time__t8Vjs" datetime="{iso}">{date} {time} ET</time>',
        figure='<figure class="Media_figure__Ar1Xo"><img src="{src}" alt="" loading="eager"><figcaption '
               'class="Media_caption__Wb6Nc">{caption} <span class="Media_credit__O3gYv">{credit}</span></figcaption>'
               '</figure>',
        para='<p class="ArticleBody_paragraph__Qx3vA">{t}</p>',
        pieces={"ticker": '<div class="MarketStrip_root__p9Lk2" data-component="market-strip"><p '
                          'class="MarketStrip_text__m2Tw0">{t}</p></div>',
                "fine": '<p class="MarketStrip_footnote__Zr81c"><small>{t}</small></p>',
                "disclaimer": '<div class="ArticleDisclaimer_root__n1Vt7"><p><em>{t}</em></p></div>',
                "sponsored": '<aside class="SponsoredModule_root__a8Ke2" data-ad="native"><p '
                             'class="SponsoredModule_text__Lq2Xf">{t}</p></aside>',
                "gift": '<div class="ShareTools_gift__Hh3Pe"><button class="ShareTools_giftButton__y6Rr2" '
                        'type="button">{t}</button></div>',
                "follow": '<div class="AuthorFollow_root__b0Tq7"><button class="AuthorFollow_button__Ui9Sd" '
                          'aria-pressed="false">{t}</button></div>',
                "box": '<section class="MostRead_root__Cc3oP"><h2 class="MostRead_title__eT5rM">{h}</h2><ol '
                       'class="MostRead_list__F2aQ1">{li}</ol></section>',
                "print": '<p class="ArticleBody_printNote__Ra7Jm"><i>{t}</i></p>',
                "paywall": '<div class="Paywall_root__tR7q1"><p class="Paywall_headline__Kd0Wq">{t}</p><a '
                           'class="Paywall_cta__Yx2p8" href="/pro">Start your trial</a></div>'},
        ad='<div class="AdSlot_root__h1Pq0" data-slot="mid-article"></div>',
        blocks={"h2": '<h2 class="ArticleBody_subhead__Tq9Lm">{t}</h2>',
                "ul": '<ul class="ArticleBody_list__Wn5Ek">{t}</ul>',
                "fact": '<div class="ArticleBody_factbox__Zp0Ra">{t}</div>', "fact-h": '<h3>{t}</h3>',
                "fact-ul": '<ul>{t}</ul>'},
        entities="ascii"),
    habits=(
        *daily("holdout3", "market-data", "ironbridge-markets", _markets, "top", 0.55, "ticker", on=ALL),
        H("delayed-quotes", (("Quotes delayed at least 15 minutes.", "Market data provided by Ironbridge Research."),),
          "top", 1.0, "fine", on=ALL, needs="market-data"),
        H("gift", (("Gift this article",), ("Gift this article", "Subscribers can send 10 gift articles each month.")),
          "top", 0.45, "gift", on=STORY),
        *rotating("sponsored", [
            ("Sponsored by Harborline Bank.", "Earn 4.60% APY on a high-yield savings account with no monthly fees.",),
            ("Sponsored content from Tollgate Advisors.", "Is your retirement plan ready for higher rates? Take the "
             "two-minute quiz.",),
            ("Sponsored by Meridian Gold Exchange.", "Buy gold and silver coins with free insured shipping on orders "
             "over $199.",),
            ("Sponsored by Clearwell Tax.", "Self-employed? File your estimated taxes before Sept. 15 and skip the "
             "penalty.",),
        ], 8, "mid", 0.35, "sponsored"),
        *daily("holdout3", "most-read", "ironbridge-mostread", headline_box("Most read on Ironbridge", (
            "Why the bond market is flashing a warning again", "The five stocks fund managers bought last quarter",
            "Mortgage rates fall to their lowest level since April", "Is it time to refinance? Run the numbers first",
            "Chipmakers lead a rally as the Nasdaq hits a record", "What the Fed's next move means for your savings",
            "Norvane Systems shares jump on a $1.2 billion contract", "The hidden fees in target-date funds",
            "Oil slides as OPEC signals higher output", "How to read an earnings report in 10 minutes"), 4), "end", 0.3,
              "box", on=ALL),
        H("investment-disclaimer", (("Nothing here is investment advice; the article is provided for information only.",
                                     "Ironbridge Markets does not recommend buying or selling any security."),),
          "end", 0.7, "disclaimer", on=ALL),
        H("disclosure", (("The author holds no position in the companies mentioned.",),), "end", 0.2, "disclaimer",
          on=STORY),
        H("print-edition", (("This article also ran in the print edition of Ironbridge Weekly dated {date_ap}.",),),
          "end",
          0.3, "print", on=NEWS),
        H("follow", (("Follow {author}",),), "end", 0.5, "follow", on=STORY),
        H("agency", (("(Ironbridge Wire)",),), "glue", 0.15, on=ALL),
        H("origin", (("Distributed by {origin} and published under a content-licensing agreement.",),), "top", 0.8,
          on=COPY),
        H("read-rest", (("Excerpted from a longer article.", "The complete story is available from {origin}."),),
          "end", 1.0, "print", on=("trimmed",), link="origin"),
        H("paywall", (("Keep reading with Ironbridge Pro.", "Your first month costs $1, then $34.99 a month; cancel "
                       "anytime.", "Already a member? Log in"),), "paywall", 1.0, "paywall"),
    ),
    authors=authors("Dana Whitcomb/f/markets/markets reporter; Eli Rosenthal/m/banking/senior writer; "
                    "Priya Natarajan/f/technology companies/reporter; Connor Hale/m/energy/reporter; "
                    "Ironbridge Research/m/earnings/bot"),
    plan=(("templated:ernbrief", 8), ("templated:preview", 5), ("templated:movers", 7), ("news", 6),
          ("jsonld-full", 3), ("jsonld-stale", 1), ("jsonld-teaser", 1), ("hand:h3-en-finfluencers", 1),
          ("hand:h3-en-giftlinks", 1), ("syndicated", 3), ("edited", 2), ("trimmed", 2), ("repost", 2)),
    sections=("markets", "companies", "economy"), templates=("ernbrief", "preview", "movers"),
    copy_from=("dailymeridian.example", "capitalobserver.example", "harborcitytimes.example"),
    citing=("company filings", "people familiar with the matter", "analysts"), agencies=("Ironbridge Wire", "Reuters"),
    photographers=("Spencer Platt", "Brendan McDermid", "Lena Hsu"))

COPPER = Publisher(
    "Copper State Sports", "copperstatesports.example", "holdout3", "en", "Arizona|the Valley|Tucson",
    "https://{host}/{section}/{y}/{m}/{d}/{id}/{slug}",
    Skin(
        page=PAGES["COPPER"],
        article='<article class="c-entry"><div class="c-entry-hero"><div class="c-entry-group-labels"><a '
                'href="/high-school">Arizona high school sports</a></div><h1 class="c-page-title">{h1}</h1><div '
                'class="c-byline">{byline}</div></div>{figure}<div class="c-entry-content">{body}</div><div '
                'class="c-entry-footer"><a href="/scores">All scores</a></div></article>',
        byline='<span class="c-byline__item"><a href="/authors/{slug}">{author}</a></span> <span '
               'class="c-byline__item">'
               '<time class="c-byline__item" datetime="{iso}">{date}, {time} MST</time></span>',
        figure='<figure class="e-image e-image--hero"><img src="{src}" alt=""><figcaption '
               'class="e-image__meta">{caption}'
               ' <cite>Photo by {credit}</cite></figcaption></figure>',
        pieces={"odds": '<div class="c-odds-module" data-book="caliber"><p class="c-odds-module__line">{t}</p></div>',
                "rg": '<p class="c-odds-module__rg"><small>{t}</small></p>',
                "sponsor": '<div class="c-sponsor-label"><p>{t}</p></div>',
                "video": '<div class="c-video-embed"><div class="jw-wrapper" data-player="jwp"><p class="jw-title">{t}'
                         '</p></div></div>',
                "box": '<aside class="c-related-list"><h3 class="c-related-list__head">{h}</h3><ul>{li}</ul></aside>',
                "follow": '<div class="c-byline__follow"><button class="c-follow-button">{t}</button></div>',
                "app": '<div class="c-app-promo"><p>{t}</p></div>',
                "embed": '<div class="c-embed c-embed--blocked"><p>{t}</p></div>',
                "live": '<div class="c-live-header"><p>{t}</p></div>',
                "more": '<button class="c-live-more" type="button">{t}</button>'},
        live='<div class="c-live-updates">{updates}{more}</div>',
        live_update='<div class="c-live-update"><div class="c-live-update__time"><time datetime="{iso}">{time}</time>'
                    '</div><h3 class="c-live-update__title">{h}</h3><div '
                    'class="c-live-update__body">{body}</div></div>',
        blocks={"h2": '<h3 class="c-entry-subhead">{t}</h3>',
                "fact": '<div class="c-entry-box--compact"><div class="c-entry-box--compact__body">{t}</div></div>',
                "fact-h": '<h4>{t}</h4>'},
        entities="named"),
    habits=(
        H("video", (("WATCH: Highlights and postgame interviews",), ("VIDEO: {author} breaks it down",)), "top", 0.3,
          "video"),
        *rotating("sponsored", [
            ("The Friday Night Scoreboard is presented by Desert Sun Credit Union.",),
            ("The Friday Night Scoreboard is presented by Saguaro Toyota dealers.",),
        ], 15, "top", 0.95, "sponsor", on=("templated",), topic=r"Friday night's high school football scores"),
        H("odds", (("Odds by Caliber Sportsbook, current as of {time}; lines are subject to change.",),), "mid", 0.85,
          "odds", on=("templated",), topic=r"Sonoran FC"),
        H("odds", (("Caliber Sportsbook odds for this game move with the market; check the app for live lines.",),),
          "mid", 0.2, "odds", on=NEWS, topic=r"(?i)\b(game|league|season|playoffs?|coach|match|tournament)\b"),
        H("gambling", (("21+ and present in Arizona.", "Gambling problem? Call 1-800-NEXT-STEP or text NEXTSTEP to "
                        "53342."),), "mid", 1.0, "rg", on=ALL, needs="odds"),
        H("consent", (("Instagram content is hidden because of your cookie settings.",),), "mid", 0.12, "embed"),
        H("app", (("Live scores from every Arizona high school game are in the Copper State Sports app, a free "
                   "download "
                   "on iOS and Android.",),), "mid", 0.25, "app"),
        *daily("holdout3", "most-read", "copper-mostread", headline_box("Most read", (
            "Cholla Ridge quarterback commits to Arizona State", "Sonoran FC signs Brazilian midfielder through 2027",
            "Ranking the 10 best high school stadiums in the Valley", "AIA approves new playoff format for 2026",
            "Why Tucson is producing so many Division I linemen", "Saguaro Park to add 2,000 seats by next spring",
            "Ironwood Prep coach suspended two games", "Week 4 picks: our staff predicts every big game",
            "Sonoran FC's playoff math, explained", "A 71-yard field goal? Not quite, but close"), 4),
            "end", 0.3, "box"),
        H("follow", (("Follow {author} on X @{handle}",),), "end", 0.4, "follow", on=STORY),
        H("error-report", (("Did we get a score or a name wrong?",
                             "Let the desk know at fixes@copperstatesports.example."),), "end", 0.2),
        H("newsletter", (("Every Friday at 5 p.m., The Huddle brings you the games to watch, free in your inbox.",),),
          "glue_space", 0.15),
        H("origin", (("First published by {origin_host}; republished with permission.",),), "top",
          0.85, on=COPY, link="origin_host"),
        H("read-rest", (("Copper State Sports ran part of this story.", "{origin} has the rest."),), "end", 1.0,
          on=("trimmed",), link="origin"),
    ),
    live_habits=(
        H("live-notice", (("Scoring plays, injuries and big moments as they happen; newest at the top.",),), "top", 0.8,
          "live"),
        H("odds", (("Live lines from Caliber Sportsbook update every 30 seconds during the game.",),), "mid", 0.5,
          "odds"),
        H("gambling", (("Must be 21+ to wager.", "Need help with gambling? Call 1-800-NEXT-STEP, any hour."),), "mid",
          1.0,
          "rg", needs="odds"),
        H("ui", (("More updates",),), "more", 1.0, "more"),
    ),
    authors=authors("Tony Maldonado/m/high school football/prep sports writer; Keira Blackhorse/f/Sonoran FC/"
                    "soccer writer; Sam Whitlow/m/the Valley's college teams/columnist; Desiree Okoro/f/high school "
                    "sports/prep sports editor"),
    plan=(("templated:scoreboard", 6), ("templated:standings", 5), ("templated:matchrep", 9), ("news", 5),
          ("liveblog", 2), ("jsonld-teaser", 1), ("followup", 1), ("hand:h3-en-sportsbooks", 1), ("syndicated", 4),
          ("edited", 2), ("trimmed", 2), ("repost", 2)),
    sections=("high-school", "sonoran-fc", "college"), templates=("scoreboard", "standings", "matchrep"),
    copy_from=("kdrx5.example", "harborcitytimes.example", "prairiedispatch.example"), live_show=5, ld="none",
    citing=("the AIA", "the club", "coaches"), agencies=("Copper State Sports", "AP"),
    photographers=("Cheryl Evans", "Rob Schumacher", "Kiko Martínez"))

WESER = Publisher(
    "Weserbergland-Kurier", "weserbergland-kurier.example", "holdout3", "de",
    "Hameln|Holzminden|Bad Pyrmont|Rinteln|das Weserbergland",
    "https://www.{host}/lokales/{section}/{slug}-{id}.html",
    Skin(
        page=PAGES["WESER"],
        article='<article class="id-Story" data-id-story-type="standard"><header class="id-Story-header"><p '
                'class="id-Story-kicker">Lokales</p><h1 class="id-Story-title">{h1}</h1><div class="id-Story-meta">'
                '{byline}</div></header>{figure}<div class="id-Story-body id-StoryElement-container">{body}</div>'
                '<footer class="id-Story-footer"><div class="id-Story-tags"><a '
                'href="/hameln/">Hameln</a></div></footer>'
                '</article>',
        byline='<span class="id-Story-authors">Von <a href="/autor/{slug}/">{author}</a></span> <time '
               'class="id-Story-date" datetime="{iso}">{date}, {time}</time>',
        figure='<figure class="id-StoryElement-image"><img src="{src}" alt=""><figcaption '
               'class="id-StoryElement-image-caption">{caption} <span class="id-StoryElement-image-credit">© {credit}'
               '</span></figcaption></figure>',
        para='<p class="id-StoryElement-paragraph">{t}</p>',
        pieces={"teaser": '<div class="id-StoryElement-inlineTeaser"><p class="id-Teaser-el-content-headline">{t}</p>'
                          '</div>',
                "embed": '<div class="id-StoryElement-embed id-StoryElement-embed--consent"><p class="id-Consent-text">'
                         '{t}</p><button class="id-Consent-button">Inhalt anzeigen</button></div>',
                "wetten": '<div class="id-StoryElement-ad id-Betting"><p class="id-Betting-legal">{t}</p></div>',
                "box": '<div class="id-StoryElement-mostRead"><h3 '
                       'class="id-MostRead-title">{h}</h3><ol>{li}</ol></div>',
                "follow": '<div class="id-AuthorFollow"><button class="id-AuthorFollow-button">{t}</button></div>',
                "gift": '<div class="id-Gift"><p class="id-Gift-text">{t}</p></div>',
                "paywall": '<div class="id-Paywall"><p class="id-Paywall-text">{t}</p><a class="id-Paywall-button" '
                           'href="/abo/">Jetzt WK+ testen</a></div>',
                "live": '<div class="id-Liveticker-info"><p>{t}</p></div>',
                "more": '<button class="id-Liveticker-more" type="button">{t}</button>'},
        ad='<div class="id-StoryElement-ad" data-ad-slot="content_1"><span>Anzeige</span></div>',
        live='<div class="id-Liveticker">{updates}{more}</div>',
        live_update='<div class="id-Liveticker-entry"><time class="id-Liveticker-time" '
                    'datetime="{iso}">{time}</time><h2 '
                    'class="id-Liveticker-title">{h}</h2>{body}</div>',
        blocks={"h2": '<h2 class="id-StoryElement-crosshead">{t}</h2>',
                "ul": '<ul class="id-StoryElement-list">{t}</ul>',
                "fact": '<div class="id-StoryElement-factBox">{t}</div>',
                "fact-h": '<h3 class="id-FactBox-title">{t}</h3>',
                "fact-ul": '<ul class="id-FactBox-list">{t}</ul>'}),
    habits=(
        H("gift", (("Als WK+-Abonnent können Sie diesen Artikel an Freunde und Familie verschenken.",),), "top", 0.3,
          "gift", on=NEWS),
        H("related", (("Auch interessant: {headline}",),), "after1", 0.35, "teaser", link="headline"),
        H("consent", (("Externer Inhalt von Instagram.", "Zum Anzeigen brauchen wir Ihre Einwilligung zur "
                       "Datenübertragung an Drittanbieter."),), "mid", 0.15, "embed"),
        H("app", (("Alle Nachrichten aus Hameln, Holzminden und Schaumburg gibt es auch in der WK-App für iOS und "
                   "Android.",),), "mid", 0.2),
        *daily("holdout3", "most-read", "weser-meistgelesen", headline_box("Meistgelesen", (
            "Großeinsatz am Hamelner Weserufer: Boot gekentert", "Neues Baugebiet in Aerzen: 60 Grundstücke vergeben",
            "Rattenfänger-Festspiele melden Besucherrekord", "Bad Pyrmont: Kurpark bekommt neue Beleuchtung",
            "Unfall auf der B 83: Motorradfahrer schwer verletzt", "Holzmindener Schulen starten mit Lehrermangel",
            "Rinteln: Innenstadt-Baustelle dauert bis Dezember", "Weserbergland: Wo es jetzt die besten Äpfel gibt",
            "Kreistag streitet über neue Rettungswache", "Hameln: Traditionsbäckerei schließt nach 94 Jahren"), 4),
            "end", 0.25, "box"),
        H("gambling", (("Anzeige: Sportwetten bei unserem Partner Weserwett.", "Teilnahme ab 18 Jahren, Glücksspiel "
                        "kann süchtig machen – Hilfe unter buwei.de."),), "end", 0.9, "wetten", on=("templated",),
          topic=r"Kreisliga"),
        H("print-edition", (("Dieser Artikel erschien am {date} in der gedruckten Ausgabe des "
                             "Weserbergland-Kuriers.",),),
          "end", 0.3, on=STORY),
        H("follow", (("{author} folgen",),), "end", 0.45, "follow", on=STORY),
        H("error-report", (("Sie haben einen Fehler im Text entdeckt?", "Eine kurze Mail an "
                            "leserservice@weserbergland-kurier.example genügt."),), "end", 0.2),
        H("agency", (("(dpa/lni)",),), "glue", 0.15, on=STORY + COPY),
        H("origin", (("Ein Beitrag unseres Kooperationspartners {origin}.",),), "top", 0.8,
          "teaser", on=COPY),
        H("read-rest", (("Wir haben den Beitrag gekürzt.", "Den vollständigen Bericht lesen Sie bei {origin}."),),
          "end", 1.0,
          "teaser", on=("trimmed",), link="origin"),
        H("paywall", (("WK+", "Weiterlesen mit WK+: vier Wochen für 1 Euro, danach monatlich 9,99 Euro.", "Schon "
                       "Abonnent? Jetzt einloggen"),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Unser Liveticker: Die Redaktion aktualisiert diese Seite laufend.",),), "top", 0.8, "live"),
        H("ui", (("Weitere Einträge laden",),), "more", 1.0, "more"),
    ),
    authors=authors("Birte Lohmann/f/Hameln/Redakteurin; Malte Kreienbrink/m/Lokalsport/Sportredakteur; "
                    "Jana Oetken/f/Holzminden/Redakteurin; Henrik Sasse/m/Bad Pyrmont/Redakteur; "
                    "Svenja Rieke/f/Schaumburg/Volontärin"),
    plan=(("templated:kreisliga", 7), ("templated:gottesdienste", 5), ("news", 14), ("liveblog", 1), ("jsonld-full", 3),
          ("followup", 1), ("hand:h3-de-wettbuero", 1), ("hand:h3-de-zustellung", 1), ("syndicated", 3), ("edited", 2),
          ("trimmed", 2), ("repost", 2)),
    sections=("hameln", "holzminden", "bad-pyrmont", "rinteln"), templates=("kreisliga", "gottesdienste"),
    copy_from=("elbland-rundfunk.example", "hanse-rundschau.example", "neckar-kurier.example"), live_show=6,
    dateline=("Hameln. ", "Holzminden. ", "Bad Pyrmont. "), ld_join="\n", agencies=("dpa", "WK"),
    photographers=("Dana Unger", "Wolfhard F. Scholz", "Nico Reinecke"))

ELBLAND = Publisher(
    "Elbland Rundfunk", "elbland-rundfunk.example", "holdout3", "de",
    "Dresden|Meißen|die Sächsische Schweiz|Riesa|das Elbland",
    "https://www.{host}/nachrichten/{section}/{slug}-{id}.html",
    Skin(
        page=PAGES["ELBLAND"],
        article='<article class="article" data-article-type="meldung"><div class="article__topline">{byline}</div><h1 '
                'class="article__headline"><span class="article__dachzeile">Elbland</span> <span '
                'class="article__title">{h1}</span></h1>{figure}<div class="article__text">{body}</div><div '
                'class="article__stand">Stand: aktuell</div></article>',
        byline='<span class="article__autor">{author}, ELR</span> <time class="article__datum" '
               'datetime="{iso}">{date}, '
               '{time}</time>',
        figure='<figure class="article__bild"><img src="{src}" alt=""><figcaption class="article__bildunterschrift">'
               '{caption} <span class="article__copyright">Bildrechte: {credit}</span></figcaption></figure>',
        para='<p class="textabsatz columns twelve m-ten m-offset-one l-eight l-offset-two">{t}</p>',
        pieces={"player": '<div class="mediaplayer" data-ctrl-player="elr"><div class="mediaplayer__poster"></div><p '
                          'class="mediaplayer__title">{t}</p></div>',
                "geo": '<div class="mediaplayer mediaplayer--geoblocked"><p class="mediaplayer__error">{t}</p></div>',
                "transcript": '<details class="mediaplayer__transcript"><summary>{t}</summary></details>',
                "audio": '<div class="audioplayer" data-ctrl-player="elr-audio"><p class="audioplayer__title">{t}</p>'
                         '</div>',
                "embed": '<div class="embed-placeholder"><p class="embed-placeholder__text">{t}</p><button '
                         'class="embed-placeholder__button">Inhalt aktivieren</button></div>',
                "box": '<div class="teaser-xs"><h2 class="teaser-xs__headline">{h}</h2><ul class="teaser-xs__list">'
                       '{li}</ul></div>',
                "live": '<div class="liveblog__hinweis"><p>{t}</p></div>',
                "more": '<button class="liveblog__mehr" type="button">{t}</button>'},
        live='<div class="liveblog">{updates}{more}</div>',
        live_update='<div class="liveblog__eintrag"><p class="liveblog__zeit"><time '
                    'datetime="{iso}">{time}</time></p><h2 '
                    'class="liveblog__titel">{h}</h2>{body}</div>',
        blocks={"h2": '<h2 class="meldung__subhead columns twelve m-ten m-offset-one l-eight l-offset-two">{t}</h2>',
                "ul": '<ul class="liste columns twelve m-ten m-offset-one l-eight l-offset-two">{t}</ul>',
                "quote": '<blockquote class="zitat"><p class="zitat__text">{t}</p></blockquote>'}),
    habits=(
        H("video", (("Video: Beitrag aus „Elbland aktuell“ ({audio} Min.)",), ("Video: {author} berichtet ({audio} "
                                                                             "Min.)",)), "top", 0.4, "player",
          group="player", on=STORY),
        H("geo-block", (("Dieses Video darf aus rechtlichen Gründen nur in Deutschland gezeigt werden.",),), "top",
          0.12,
          "geo", group="player", on=STORY),
        H("transcript", (("Transkript zum Video anzeigen",),), "top", 0.6, "transcript", needs="video"),
        H("audio", (("Audio: {author} für ELR Radio Elbwelle ({audio} Min.)",),), "mid", 0.25, "audio"),
        H("related", (("Mehr zum Thema", "{headline}"),), "mid", 0.3, "box"),
        H("consent", (("An dieser Stelle steht ein externer Inhalt von Bluesky.", "Erst wenn Sie ihn aktivieren, "
                       "werden Daten an den Anbieter übermittelt."),), "mid", 0.15, "embed"),
        H("broadcast", (("Sendung: ELR Fernsehen, „Elbland aktuell“, {date}, 19.30 Uhr",),
                        ("Sendung: ELR Radio Elbwelle, Nachrichten, {date}, {time}",)), "end", 0.6, on=STORY),
        H("error-report", (("Ihnen ist ein Fehler aufgefallen?", "Hinweise bitte an die Online-Redaktion: "
                            "korrektur@elbland-rundfunk.example"),), "end", 0.2),
        H("app", (("Eilmeldungen aus dem Elbland: Laden Sie die kostenlose ELR-App herunter.",),), "end", 0.2),
        H("agency", (("Mit Material der Nachrichtenagenturen dpa und epd",),), "glue_space", 0.15, on=STORY + COPY),
        H("agency", (("(dpa/sn)",),), "glue", 0.12, on=STORY + COPY),
        H("origin", (("Quelle dieses Beitrags: {origin}",),), "top", 0.8, on=COPY),
    ),
    live_habits=(
        H("live-notice", (("+++ Liveblog: Alle Entwicklungen des Tages im Überblick +++",),), "top", 0.8, "live"),
        H("geo-block", (("Der Livestream kann aus rechtlichen Gründen nur in Deutschland abgespielt werden.",),), "mid",
          0.3, "geo"),
        H("ui", (("Ältere Beiträge anzeigen",),), "more", 1.0, "more"),
    ),
    authors=authors("Franziska Löwe/f/Dresden/Redakteurin; Sebastian Kühn/m/die Sächsische Schweiz/Reporter; "
                    "Marie Jentzsch/f/Meißen/Reporterin; Robert Hänsel/m/Landespolitik/Korrespondent; "
                    "Julia Naumann/f/Kultur/Redakteurin"),
    plan=(("templated:wahl", 4), ("templated:pegel", 9), ("news", 14), ("liveblog", 2), ("jsonld-teaser", 2),
          ("jsonld-stale", 2), ("followup", 1), ("hand:h3-de-geoblocking", 1), ("hand:h3-de-sendeplan", 1),
          ("syndicated", 3), ("edited", 2), ("repost", 2)),
    sections=("dresden", "meissen", "saechsische-schweiz", "sachsen"), templates=("wahl", "pegel"),
    copy_from=("weserbergland-kurier.example", "tagesblatt.example", "lausitzer-echo.example"), live_show=6,
    ld_join=" ", ld_oldest_first=True, agencies=("dpa", "ELR"), photographers=("Robert Michael", "Sebastian Kahnert",
                                                                              "Jürgen Lösel"))

AUSTRAL = Publisher(
    "L'Écho austral", "echo-austral.example", "holdout3", "fr", "Saint-Denis|Saint-Pierre|Saint-Paul|l'île",
    "https://www.{host}/{y}/{m}/{d}/{slug}/",
    Skin(
        page=PAGES["AUSTRAL"],
        article='<article class="post type-post status-publish"><div class="td-post-header"><ul '
                'class="td-category"><li '
                'class="entry-category"><a href="/actualites/">Actualités</a></li></ul><header '
                'class="td-post-title"><h1 '
                'class="entry-title">{h1}</h1><div class="td-module-meta-info">{byline}</div></header></div><div '
                'class="td-post-sharing-top"><a class="td-social-facebook">Facebook</a> <a class="td-social-whatsapp">'
                'WhatsApp</a></div>{figure}<div class="td-post-content tagdiv-type">{body}</div><footer><div '
                'class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li><li><a '
                'href="/tag/reunion/">La Réunion</a></li></ul></div></footer></article>',
        byline='<div class="td-post-author-name"><span>Par </span><a href="/author/{slug}/">{author}</a></div><span '
               'class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso}">{date}</time>'
               '</span>',
        figure='<div class="td-post-featured-image"><figure><img class="entry-thumb" src="{src}" alt=""><figcaption '
               'class="wp-caption-text">{caption} (Photo {credit})</figcaption></figure></div>',
        pieces={"video": '<div class="td-video-wrap"><div class="td-video-play-ico"></div><p class="td-video-title">{t}'
                         '</p></div>',
                "geo": '<div class="td-video-wrap td-video-wrap--error"><p class="td-video-error">{t}</p></div>',
                "embed": '<div class="wp-block-embed__wrapper cmplz-placeholder-element"><p '
                         'class="cmplz-blocked-content-notice">{t}</p></div>',
                "box": '<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title">{h}</h4><ul>'
                       '{li}</ul></div>',
                "appli": '<div class="td-a-rec td-a-rec-id-content_inline"><p>{t}</p></div>'},
        blocks={"fact": '<div class="td-box-encadre">{t}</div>',
                "fact-h": '<h4 class="td-box-encadre__titre">{t}</h4>'},
        entities="french"),
    habits=(  # most pieces are plain <p>, like the story's paragraphs
        H("video", (("VIDÉO – Les images de notre correspondant{e} à {region}",),), "top", 0.25, "video",
          group="player"),
        H("geo-block", (("Cette vidéo n'est pas disponible dans votre zone géographique.",),), "top", 0.1, "geo",
          group="player"),
        H("related", (("LIRE AUSSI – {headline}",),), "after1", 0.35, link="headline"),
        H("consent", (("Ce contenu Facebook est masqué tant que vous n'avez pas accepté les cookies des réseaux "
                       "sociaux.",),), "mid", 0.15, "embed"),
        H("app", (("Houle, routes coupées, alertes météo : recevez l'essentiel sur votre téléphone avec l'appli de "
                   "L'Écho austral.",),), "mid", 0.2, "appli"),
        *daily("holdout3", "most-read", "austral-lus", headline_box("Les plus lus", (
            "Saint-Pierre : un automobiliste flashé à 172 km/h sur la route des Tamarins",
            "Piton de la Fournaise : l'Observatoire relève une hausse de la sismicité",
            "Le Port : les dockers en grève, des conteneurs bloqués", "Rentrée : 4 collèges sans cantine la première "
            "semaine", "Saint-Paul : le marché forain déménage en front de mer", "Cilaos : la route rouverte après "
            "un éboulement", "Carburants : les prix baissent de 3 centimes en septembre",
            "Football : la JS Saint-Pierroise qualifiée pour la Coupe de France", "Saint-André : un incendie ravage "
            "une case créole", "Concours : le meilleur rougail saucisse est à Sainte-Suzanne"), 4), "end", 0.25, "box"),
        H("gift", (("Cet article vous est offert par L'Écho austral.", "Pour soutenir l'information locale, "
                                                                       "abonnez-vous "
                    "dès 1 € le premier mois."),), "end", 0.3, on=STORY),
        H("print-edition", (("Article publié dans l'édition papier de L'Écho austral du {date}.",),), "end", 0.3,
          on=STORY),
        H("error-report", (("Une erreur dans cet article ?", "Signalez-la à la rédaction, nous la corrigerons."),),
          "end",
          0.2),
        H("agency", (("Avec l'AFP.",),), "glue_space", 0.15, on=STORY + COPY),
        H("collaboration", (("Réalisé en partenariat avec {origin}.",),), "top", 0.8,
          on=COPY),
        H("read-rest", (("Version abrégée.", "L'article complet est à lire sur {origin_host}."),), "end", 1.0,
          on=("trimmed",), link="origin_host"),
    ),
    authors=authors("Nathalie Hoarau/f/le Sud/journaliste; Jean-Max Payet/m/l'Ouest/journaliste; "
                    "Sabine Técher/f/l'environnement/journaliste; Yannick Grondin/m/la politique/chef d'édition"),
    plan=(("templated:houle", 9), ("templated:eau", 9), ("hand:h3-fr-appli", 1), ("hand:h3-fr-requins", 1),
          ("hand:h3-fr-canne", 1), ("hand:h3-fr-billets", 1), ("hand:h3-fr-imprimerie", 1), ("syndicated", 8),
          ("edited", 4),
          ("trimmed", 3), ("repost", 2)),
    sections=("actualites", "sud", "ouest"), templates=("houle", "eau"),
    copy_from=("courrier-rhone.example", "echo-provence.example", "lezebre-lille.example"),
    agencies=("AFP", "L'Écho austral"), photographers=("Richard Bouhet", "Sophie Lauret", "Imaz Press"))

ZEBRE = Publisher(
    "Le Zèbre", "lezebre-lille.example", "holdout3", "fr", "Lille|Roubaix|Tourcoing|Fives|Wazemmes",
    "https://{host}/{slug}/",
    Skin(
        page=PAGES["ZEBRE"],
        article='<article class="gh-article post"><header class="gh-article-header gh-canvas"><a '
                'class="gh-article-tag" href="/tag/metropole/">Métropole</a><h1 class="gh-article-title">{h1}</h1><div '
                'class="gh-article-meta">{byline}</div>{figure}</header><section class="gh-content gh-canvas">{body}'
                '</section></article>',
        byline='<div class="gh-article-meta-content"><h4 class="gh-article-meta-authors"><a href="/author/{slug}/">'
               '{author}</a></h4><div class="gh-article-meta-date"><time datetime="{iso}">{date}</time></div></div>',
        figure='<figure class="gh-article-image"><img src="{src}" alt=""><figcaption>{caption} Photo : {credit}'
               '</figcaption></figure>',
        pieces={"callout": '<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">🦓'
                           '</div><div class="kg-callout-text">{t}</div></div>',
                "sponso": '<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-text">{t}'
                          '</div></div>',
                "button": '<div class="kg-card kg-button-card kg-align-center"><a class="kg-btn kg-btn-accent" '
                          'href="#">{t}</a></div>',
                "embed": '<figure class="kg-card kg-embed-card kg-embed-blocked"><p>{t}</p></figure>'},
        blocks={"h2": '<h2 id="section">{t}</h2>', "quote": '<blockquote class="kg-blockquote-alt">{t}</blockquote>',
                "fact": '<div class="kg-card kg-toggle-card" data-kg-toggle-state="open">{t}</div>',
                "fact-h": '<h4 class="kg-toggle-heading-text">{t}</h4>'},
        entities="french"),
    habits=(
        H("newsletter", (("Chaque jeudi, notre lettre « La Rayure » vous dit où sortir ce week-end.",),), "after1",
          0.3),
        *rotating("sponsored", [
            ("Contenu sponsorisé · La Condition Publique fête ses 20 ans les 13 et 14 septembre, programme complet sur "
             "son site.",),
            ("Contenu sponsorisé · Le Vieux-Lille Beer Festival revient les 20 et 21 septembre, prévente à 12 €.",),
            ("Publi-rédactionnel · La Maison de l'habitat durable propose des visites gratuites de chantiers "
             "rénovés.",),
        ], 10, "mid", 0.3, "sponso"),
        H("consent", (("Pour écouter ce morceau sur Bandcamp, il faut accepter les cookies tiers.",),), "mid", 0.15,
          "embed"),
        *rotating("donation", [
            ("Le Zèbre ne touche ni subvention ni argent de la pub.", "Si vous aimez ce que vous lisez, donnez 5 € par "
             "mois."),
            ("Nos pigistes sont payés grâce à vos dons : 1 430 lecteurs nous soutiennent déjà.", "Rejoignez-les en un "
             "clic."),
            ("Pour tenir jusqu'en 2026, il nous manque 212 donateurs réguliers.", "Un don, même petit, nous aide."),
        ], 10, "end", 0.55, "callout", on=ALL),
        H("print-edition", (("Paru dans le Zèbre papier, distribué gratuitement dans 320 lieux de la métropole.",),),
          "end", 0.3, on=STORY),
        H("collaboration", (("Enquête réalisée en collaboration avec le collectif de journalistes Brique & Plume.",),),
          "end", 0.15, on=("news",)),
        H("follow", (("Suivez Le Zèbre sur Instagram",),), "end", 0.3, "button"),
        H("error-report", (("Une coquille, une date fausse ?", "Écrivez-nous, on corrige vite."),), "end", 0.15),
        H("attribution", (("(Article initialement publié par {origin})",),), "glue", 0.3, on=COPY, group="attr"),
        H("attribution", (("Texte : {origin}, repris avec son accord.",),), "glue_space", 0.3, on=COPY, group="attr"),
        H("origin", (("Le Zèbre republie cet article, paru d'abord dans {origin}.",),), "top", 0.4, on=COPY),
        H("read-rest", (("Nous en publions un extrait.", "La version intégrale est à lire dans {origin}."),), "end",
          1.0,
          on=("trimmed",), link="origin"),
    ),
    authors=authors("Clémence Vanhoutte/f/la culture/journaliste; Karim Benali/m/les quartiers/journaliste; "
                    "Louise Desmet/f/la musique/pigiste"),
    plan=(("templated:sorties", 11), ("templated:expos", 9), ("hand:h3-fr-cagnotte", 1), ("hand:h3-fr-publi", 1),
          ("hand:h3-fr-friche", 1), ("hand:h3-fr-cnil", 1), ("syndicated", 8), ("edited", 4), ("trimmed", 3),
          ("repost", 2)),
    sections=("metropole",), templates=("sorties", "expos"),
    copy_from=("echo-provence.example", "courrier-rhone.example", "echo-austral.example", "vigie-finistere.example"),
    ld="none", agencies=("Le Zèbre",), photographers=("Marie Vandenbroucke", "Pierre Rouanet", "Théo Lecomte"))

FRONTERA = Publisher(
    "La Frontera Hoy", "lafronterahoy.example", "holdout3", "es", "El Paso|Ciudad Juárez|Las Cruces|la frontera",
    "https://{host}/{y}/{m}/{d}/{slug}/",
    Skin(
        page=PAGES["FRONTERA"],
        article='<div class="jeg_inner_content"><div class="entry-header"><div class="jeg_meta_category"><a '
                'href="/comunidad/">Comunidad</a></div><h1 class="jeg_post_title">{h1}</h1><div '
                'class="jeg_meta_container">'
                '{byline}</div></div>{figure}<div class="entry-content no-share"><div '
                'class="content-inner">{body}</div>'
                '</div><div class="jeg_share_bottom_container"><a>Facebook</a> <a>WhatsApp</a> <a>X</a></div></div>',
        byline='<div class="jeg_meta_author">Por <a href="/author/{slug}/">{author}</a></div><div '
               'class="jeg_meta_date">'
               '<time datetime="{iso}">{date}</time></div>',
        figure='<div class="jeg_featured featured_image"><figure><img src="{src}" alt=""><figcaption '
               'class="wp-caption-text">{caption} ({credit})</figcaption></figure></div>',
        pieces={"lang": '<p class="translation-link"><a href="/en/">{t}</a></p>',
                "puentes": '<div class="widget-puentes" data-refresh="300"><p class="widget-puentes__texto">{t}</p>'
                           '</div>',
                "geo": '<div class="jeg_video_container"><p class="jeg_video_error">{t}</p></div>',
                "embed": '<div class="BorlabsCookie _brlbs-content-blocker"><div class="_brlbs-embed"><p>{t}</p><a '
                         'class="_brlbs-btn" href="#">Aceptar</a></div></div>',
                "patrocinado": '<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><div class="ads-wrapper">'
                               '<p>{t}</p></div></div>',
                "box": '<div class="jeg_postblock jeg_postblock_28"><h3 class="jeg_block_title">{h}</h3><ol>{li}</ol>'
                       '</div>'},
        blocks={"h2": '<h2 class="wp-block-heading">{t}</h2>', "ul": '<ul class="wp-block-list">{t}</ul>'}),
    habits=(
        H("translation", (("Read this story in English",),), "top", 0.6, "lang", on=STORY),
        H("geo-block", (("Este video no está disponible en tu región.",),), "top", 0.1, "geo"),
        *daily("holdout3", "border-wait", "frontera-puentes", _bridges, "mid", 0.3, "puentes"),
        H("consent", (("Este contenido de Instagram está bloqueado.", "Para verlo, acepta las cookies de "
                       "terceros."),), "mid", 0.12, "embed"),
        H("app", (("Con la app de La Frontera Hoy recibes alertas sobre el tráfico en los puentes internacionales.",),),
          "mid", 0.2),
        *rotating("sponsored", [
            ("Patrocinado: La Clínica Dental Sonrisa del Valle ofrece limpieza gratis a nuevos pacientes en "
             "septiembre.",),
            ("Patrocinado: Cooperativa de Crédito Franklin, préstamos para auto con tasas desde 5.9%.",),
            ("Patrocinado: Abogados Treviño & Ruiz, consulta migratoria gratuita los sábados.",),
        ], 10, "mid", 0.25, "patrocinado"),
        *daily("holdout3", "most-read", "frontera-leido", headline_box("Lo más leído", (
            "Juárez registra la noche más fría de septiembre en una década", "Cierran carril del Puente Santa Fe por "
            "obras hasta octubre", "Qué hacer si CBP le revisa el celular en el puente",
            "Abre nueva tienda de H-E-B en el este de El Paso", "Becas para estudiantes de primera generación en "
            "UTEP", "El Paso aprueba aumento al impuesto predial de 2 centavos", "Las Cruces busca maestros bilingües",
            "Guía: cómo sacar la licencia de manejo en Texas", "Regresan los mercados nocturnos a San Elizario"), 4),
              "end", 0.25, "box"),
        *rotating("donation", [
            ("La Frontera Hoy es una redacción sin fines de lucro.", "Tu donativo de hoy se duplica hasta el 30 de "
             "septiembre."),
            ("El periodismo local cuesta.", "Con $10 al mes nos ayudas a seguir informando en español."),
            ("Ya somos 2,140 donantes.", "Únete a ellos y apoya noticias para toda la frontera."),
        ], 10, "end", 0.5),
        H("collaboration", (("Esta historia fue producida en colaboración con Radio Pública del Desierto.",),), "end",
          0.15, on=("news",)),
        H("error-report", (("¿Encontraste un error en esta nota?", "Escríbenos a "
                                                                   "correcciones@lafronterahoy.example."),),
          "end", 0.2),
        H("agency", (("(EFE)",),), "glue", 0.15, on=STORY + COPY),
        H("agency", (("Con reportes de EFE.",),), "glue_space", 0.12, on=STORY + COPY),
        H("origin", (("Contenido original: {origin}.", "Reproducido con autorización."),), "top", 0.8, on=COPY),
        H("read-rest", (("Esta es una versión resumida.", "La nota completa está en {origin_host}."),), "end", 1.0,
          on=("trimmed",), link="origin_host"),
    ),
    authors=authors("Mariana Loera/f/inmigración/reportera; Julián Ortega Saucedo/m/salud/reportero; "
                    "Andrea Villalobos/f/el condado/reportera; Redacción La Frontera/m/comunidad/redacción"),
    plan=(("templated:enfriamiento", 9), ("templated:clinicas", 9), ("hand:h3-es-registro", 1), ("hand:h3-es-puentes",
                                                                                                 1),
          ("hand:h3-es-estafa", 1), ("hand:h3-es-banco", 1), ("hand:h3-es-apagon", 1), ("syndicated", 9), ("edited", 4),
          ("trimmed", 3), ("repost", 2)),
    sections=("el-paso", "comunidad", "salud"), templates=("enfriamiento", "clinicas"),
    copy_from=("elfarodigital.example", "diariocostaazul.example", "lavozdelebro.example", "correodelamancha.example"),
    agencies=("EFE", "La Frontera Hoy"), photographers=("Corrie Boudreaux", "Omar Ornelas", "Briana Sánchez"))

HOLDOUT3 = (KDRX, IRONBRIDGE, COPPER, WESER, ELBLAND, AUSTRAL, ZEBRE, FRONTERA)
