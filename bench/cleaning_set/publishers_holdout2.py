"""The eight publishers of the 'holdout2' half (en x3, de x2, fr x2, es x1), written after the other three
halves, by someone who had not read the cleaner.  Their boilerplate wording, labels and markup are new.

What they bring that the other halves lack or have little of:
- markup: four of them put their in-body chrome in the very element their story paragraphs use (plain
  ``<p>``, or the same Drupal paragraph wrapper), the others in boxes with descriptive classes; three wrap
  every story paragraph in extra divs; stories have ``<h2>`` subheads, block quotations, bullet lists and
  a fact box ("Das Wichtigste in Kürze") that are story text (``Block``s), and a Brightspot site wraps
  its story quotations in the same "Enhancement" divs as its promos;
- chrome: weather and traffic widgets that change every day, job and classified-ad teasers and
  membership appeals that change every few days, affiliate disclosures on stories about shopping,
  comment policies, notification and WhatsApp prompts, "this story was updated" notes and correction
  notes (while a corrections column, a "Korrektur:" and a "Rectificatif :" are story text elsewhere),
  attributions glued to the last paragraph with and without a space;
- recurrence traps: templated sources (menus, blood drives, a corrections column, road closures,
  football schedules, market closes, pharmacy duty, road works, water cuts) whose stock sentences, some
  of which read like chrome, are the story.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.cleaning_set.cms import ALL, COPY, DAYS, ORIG, Habit, Publisher, Skin, rotating
from bench.cleaning_set.publishers_tune import authors
from bench.cleaning_set.skins_holdout2 import PAGES

H = Habit
NEWS = ("news",)
STORY = ("news", "reposted")



def daily(kind: str, seed: str, make: Callable[[random.Random, int], str], pos: str, prob: float,
          style: str = "p", on: tuple[str, ...] = ORIG) -> tuple[Habit, ...]:
    """A widget whose text changes every day (the day's weather, the morning commute)."""
    rng = random.Random(f"holdout2:{seed}")
    return tuple(H(kind, ((make(rng, d),),), pos, prob, style, on=on, days=(d, d + 1 if d < DAYS - 1 else 999))
                 for d in range(DAYS))


def _commute(rng: random.Random, _day: int) -> str:
    road, start = rng.choice([("Harbor Expressway", "Route 9"), ("Northpoint Tollway", "the county line"),
                              ("Carver Freeway", "Dunmore Road"), ("Lakeshore Skyway", "the state line")])
    return (f"Commute check at {{time}}: the inbound {road} is running {rng.randint(14, 58)} minutes from {start} "
            "to downtown.")


def _wetter(rng: random.Random, _day: int) -> str:
    sky = rng.choice(["sonnig", "heiter", "wolkig", "bedeckt", "einzelne Schauer", "Gewitter möglich"])
    rain = rng.choice([5, 10, 20, 40, 60, 80])
    return f"Das Wetter in Koblenz: {rng.randint(13, 28)} Grad, {sky}, Regenrisiko {rain} Prozent."


def _meteo(rng: random.Random, _day: int) -> str:
    sky = rng.choice(["ensoleillé", "belles éclaircies", "averses en fin de journée", "ciel couvert",
                      "orages possibles l'après-midi"])
    return f"Météo à Lons-le-Saunier : {rng.randint(11, 27)} °C, {sky}."


def _tiempo(rng: random.Random, _day: int) -> str:
    hi = rng.randint(24, 36)
    sky = rng.choice(["cielo despejado", "intervalos nubosos", "posibles tormentas por la tarde", "cielo cubierto"])
    return f"El tiempo en Ciudad Real: máxima de {hi} grados y mínima de {hi - rng.randint(11, 17)}, {sky}."


TIDEWATER = Publisher(
    "The Tidewater Sentinel", "tidewatersentinel.example", "holdout2", "en",
    "Hampton Roads|Norfolk|Chesapeake|Portsmouth|Suffolk",
    "https://{host}/{y}/{m}/{d}/{slug}/",
    Skin(
        page=PAGES["TIDEWATER"],
        article='<article class="post type-post status-publish format-standard has-post-thumbnail hentry '
                'category-news"><header class="entry-header"><span class="cat-links"><a href="/category/news/">News'
                '</a></span><h1 class="entry-title">{h1}</h1><div class="entry-subhead"><div class="entry-meta">'
                '{byline}</div><div class="share-buttons"><a class="share-facebook" href="#">Facebook</a> <a '
                'class="share-email" href="#">Email</a></div></div></header>{figure}<div class="entry-content">'
                '{body}</div><footer class="entry-footer"><div class="republish-button"><a href="/republish/">'
                'Republish this story</a></div></footer></article>',
        byline='<span class="author-avatar"><img src="/avatars/{slug}.jpg" alt=""></span><span class="byline">'
               '<span>By</span> <span class="author vcard"><a class="url fn n" href="/author/{slug}/">{author}</a>'
               '</span></span> <span class="posted-on"><time class="entry-date published" datetime="{iso}">{date}'
               '</time></span>',
        figure='<figure class="post-thumbnail"><img src="{src}" alt="" decoding="async"><figcaption><span '
               'class="image-caption">{caption}</span> <span class="image-credit"><span>Credit:</span> {credit}'
               '</span></figcaption></figure>',
        blocks={"h2": '<h2 class="wp-block-heading">{t}</h2>', "ul": '<ul class="wp-block-list">{t}</ul>',
                "quote": '<blockquote class="wp-block-quote"><p>{t}</p></blockquote>'}),
    habits=(  # every piece is a plain <p>, like the story's paragraphs
        H("photo", (("Photo by {photog} for the Sentinel.",),), "top", 0.25),
        H("related", (("More from the Sentinel: {headline}",),), "after1", 0.35, link="headline"),
        H("related", (("Related reading: {headline}",),), "mid", 0.2, link="headline"),
        H("newsletter", (("Get The Tide, our free weekday newsletter, and have Hampton Roads news in your inbox by "
                          "6:30 a.m.",), ("Like this story?", "The Tide brings you the region's news every "
                                                  "weekday morning, free.")), "mid", 0.35),
        *rotating("membership", [
            ("The Sentinel is a nonprofit newsroom.", "Our fall member drive has reached 1,240 of its 2,000-member "
             "goal; join today at tidewatersentinel.example/donate."),
            ("The Sentinel is a nonprofit newsroom.", "Our fall member drive has reached 1,515 of its 2,000-member "
             "goal; join today at tidewatersentinel.example/donate."),
            ("Every gift to the Sentinel through Sept. 15 will be matched, up to $40,000, by the Norfolk Civic "
             "Foundation.",),
            ("Stories like this one are free because 1,800 members pay for them.", "Become one for $5 a month."),
            ("This reporting was made possible by readers.", "If it helped you, please consider a tax-deductible "
             "gift of any size."),
            ("Just 214 members to go: help the Sentinel reach 2,000 members by Sept. 30.",),
        ], 5, "end", 0.6),
        H("bio", (("{author} is the Sentinel's {beat} reporter and a Coastal Reporting Fellow.",),
                  ("{author} joined the Sentinel in {since} to cover {beat}.", "Tips can go to {email}.")), "end",
          0.6, on=STORY),
        H("comment-policy", (("We moderate comments before they appear.", "Keep it civil, stay on topic and use your "
                              "real name."),), "end", 0.3),
        H("correction", (("Correction: This story originally misspelled the last name of a Chesapeake school board "
                          "member.",),), "end", 0.06, on=STORY),
        H("origin", (("This article was produced by {origin} and is shared with the Sentinel through the Virginia "
                      "News Collaborative.",),), "top", 0.85, on=COPY),
    ),
    authors=authors("Keisha Randall/f/education/reporter; Tomás Ferreira/m/the environment/reporter; "
                    "Imani Brooks/f/local government/reporter; Walt Kessler/m/health care/reporter; "
                    "Priya Deshmukh/f/housing/reporter"),
    plan=(("templated:lunch", 9), ("templated:blood", 7), ("templated:fixes", 6), ("news", 10), ("followup", 1),
          ("jsonld-teaser", 2), ("hand:en-pledge", 1), ("edited", 3), ("repost", 2)),
    sections=("news", "education", "environment"), templates=("lunch", "blood", "fixes"),
    copy_from=("lakeshoretribune.example", "capitalobserver.example"), ld="graph",
    citing=("state officials",), agencies=("Tidewater Sentinel", "AP"),
    photographers=("Kendall Warner", "Ariel Cobbert", "Billy Schuerman"))

LAKESHORE = Publisher(
    "Lakeshore Tribune", "lakeshoretribune.example", "holdout2", "en", "Lakeshore|the North Shore|the state",
    "https://www.{host}/{section}/{y}/{m}/{d}/{slug}",
    Skin(
        page=PAGES["LAKESHORE"],
        article='<div class="ArticlePage-mainContent"><div class="ArticlePage-articleContainer"><div '
                'class="ArticlePage-breadcrumbs"><a class="Link" href="/news">News</a></div><h1 '
                'class="ArticlePage-headline">{h1}</h1><div class="ArticlePage-bylineAndDate">{byline}</div><div '
                'class="ArticlePage-lead">{figure}</div><div class="ArticlePage-actions"><button '
                'class="ActionBar-share">Share</button> <button class="ActionBar-print">Print</button></div><div '
                'class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">{body}</div></div>'
                '<div class="ArticlePage-tags"><a class="Link" href="/tags/lakeshore">Lakeshore</a></div></div></div>',
        byline='<div class="ArticlePage-authors"><div class="ArticlePage-authorName">By <a class="Link" '
               'href="/people/{slug}">{author}</a></div></div><div class="ArticlePage-datePublished"><span>Published'
               '</span> <time datetime="{iso}">{date} {time}</time></div>',
        figure='<figure class="Figure"><picture><img class="Image" src="{src}" alt=""></picture><div '
               'class="Figure-content"><div class="Figure-caption"><p>{caption}</p></div><div class="Figure-credit">'
               '{credit}</div></div></figure>',
        pieces={"promo": '<div class="Enhancement" data-align-center><div class="Enhancement-item"><div '
                         'class="PromoInline"><div class="PromoInline-title"><p>{t}</p></div></div></div></div>',
                "audio": '<div class="Enhancement"><div class="Enhancement-item"><div class="AudioEnhancement" '
                         'data-tts="true"><button class="AudioEnhancement-play" aria-label="Play">▶</button> <span '
                         'class="AudioEnhancement-label">{t}</span></div></div></div>',
                "note": '<div class="Enhancement"><div class="Enhancement-item"><div class="EditorsNote"><p><em>{t}'
                        '</em></p></div></div></div>',
                "app": '<div class="Enhancement"><div class="Enhancement-item"><div class="AppPromo"><p>{t}</p><a '
                       'class="AppPromo-button" href="/app">Get the app</a></div></div></div>',
                "traffic": '<div class="Enhancement"><div class="Enhancement-item"><div class="TrafficWidget" '
                           'data-widget="traffic"><p class="TrafficWidget-text">{t}</p></div></div></div>',
                "disclosure": '<div class="AffiliateDisclosure"><p><small>{t}</small></p></div>',
                "bio": '<div class="ArticlePage-authorBio"><div class="RichTextBody"><p><i>{t}</i></p></div></div>',
                "paywall": '<div class="PaywallPrompt" data-paywall="hard"><p>{t}</p><a class="PaywallPrompt-cta" '
                           'href="/subscribe">See subscription options</a></div>',
                "live": '<div class="LiveBlogPage-notice"><p>{t}</p></div>',
                "more": '<button class="LiveBlogPage-loadMore" type="button">{t}</button>'},
        ad='<div class="Enhancement"><div class="Enhancement-item"><div class="GoogleDfpAd-wrapper" '
           'data-slot="inline1"></div></div></div>',
        live='<div class="LiveBlogPage-posts">{updates}{more}</div>',
        live_update='<div class="LiveBlogPost" id="post-{n}"><div class="LiveBlogPost-meta"><time '
                    'class="LiveBlogPost-timestamp" datetime="{iso}">{time}</time></div><h2 '
                    'class="LiveBlogPost-headline">{h}</h2><div class="LiveBlogPost-body"><div '
                    'class="RichTextBody">{body}</div></div></div>',
        blocks={"quote": '<div class="Enhancement"><div class="Enhancement-item"><blockquote class="Quote"><div '
                         'class="Quote-text"><p>{t}</p></div></blockquote></div></div>'}),
    habits=(
        H("listen", (("Hear this story read aloud ({audio})",), ("Hear this story read aloud ({audio})",
                                                                 "Audio is generated by a synthetic voice.")),
          "top", 0.45, "audio", on=STORY),
        H("updated", (("This story has been updated with new information.",),
                      ("This story has been updated to include a statement from {source}.",)), "top", 0.15, "note",
          on=NEWS),
        H("affiliate", (("When you buy through links on our site, the Lakeshore Tribune may earn an affiliate "
                         "commission.",),), "top", 0.9, "disclosure", on=STORY,
          topic=r"(?i)\b(shopping|shoppers?|retailers?|discounts?|deals?|coupons?|recipes?|gardening|costumes?|"
                r"gadgets?|best (buys?|gifts?))\b"),
        H("related", (("PREVIOUSLY: {headline}",),), "after1", 0.35, "promo", link="headline"),
        H("related", (("More coverage: {headline}",),), "mid", 0.25, "promo", link="headline"),
        *daily("traffic", "lakeshore-commute", _commute, "mid", 0.3, "traffic"),
        H("notifications", (("Turn on breaking-news alerts in the Lakeshore Tribune app so you never miss a "
                             "developing story.",),), "mid", 0.2, "app"),
        H("bio", (("{author}, a Tribune {role}, has reported on {beat} since {since}.",),
                  ("{author} covers {beat}.", "Follow {obj} on Bluesky at @{handle}.lakeshoretribune.example.")),
          "end", 0.55, "bio", on=STORY),
        H("correction", (("Correction: A previous version of this story gave an incorrect figure for the city's "
                          "pension debt.",),), "end", 0.08, "note", on=NEWS),
        H("agency", (("Tribune wire services contributed.",),), "glue_space", 0.15, on=ALL),
        H("origin", (("This story comes from {origin}, a Tribune news partner.",),), "top", 0.8, "note", on=COPY),
        H("read-rest", (("This is an abridged version of a story from {origin}.", "The full article is available on "
                         "its website."),), "end", 1.0, "note", on=("trimmed",), link="origin"),
        H("paywall", (("This story is for Tribune subscribers.", "Get unlimited digital access for $1 for your first "
                       "six months.", "Subscribers, log in to keep reading."),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Live coverage from the Tribune newsroom; the newest posts are at the top.",),), "top", 0.8,
          "live"),
        H("tip", (("Were you there?", "Send photos and video to the Tribune through our secure upload page."),), "mid",
          0.5, "live"),
        H("ui", (("Show older posts",),), "more", 1.0, "more"),
    ),
    authors=authors("Marisa Kowalczyk/f/City Hall/staff reporter; DeShawn Ellery/m/transportation/staff reporter; "
                    "Hannah Lindqvist/f/courts/legal affairs writer; Rafael Quintanilla/m/sports/sports writer; "
                    "Colleen O'Rourke/f/business/business editor; Jerome Whitfield/m/public safety/staff reporter"),
    plan=(("liveblog", 2), ("jsonld-full", 4), ("jsonld-stale", 2), ("jsonld-teaser", 1), ("news", 12),
          ("followup", 1), ("hand:en-alerts", 1), ("hand:en-ballot", 1), ("templated:closures", 8),
          ("templated:fixtures", 6), ("trimmed", 2), ("syndicated", 2), ("repost", 2)),
    sections=("news", "politics", "business", "sports"), templates=("closures", "fixtures"),
    copy_from=("tidewatersentinel.example", "capitalobserver.example", "riverton-courier.example"), live_show=5,
    citing=("the mayor's office", "the Park District", "a spokesperson for the company"),
    agencies=("Lakeshore Tribune", "AP", "Getty Images"), photographers=("Ashlee Rezin", "Pat Nabong", "Tyler Pasciak"))

HEARTLAND = Publisher(
    "Heartland News Network", "heartlandnews.example", "holdout2", "en", "the heartland",
    "https://{host}/news/{y}-{m}-{d}/{slug}",
    Skin(
        page=PAGES["HEARTLAND"],
        article='<article role="article" class="node node--type-article node--view-mode-full"><div '
                'class="node__header"><div class="field field--name-field-section"><a href="/statehouse">Partner '
                'newsrooms</a></div><h1 class="page-title"><span class="field field--name-title">{h1}</span></h1><div '
                'class="node__meta">{byline}</div></div><div class="node__content">{figure}<div class="field '
                'field--name-field-paragraphs field--type-entity-reference-revisions field__items">{body}</div></div>'
                '</article>',
        byline='<span class="field field--name-field-byline">{author}</span> <span class="field '
               'field--name-created"><time datetime="{iso}">{date} - {time}</time></span>',
        figure='<div class="paragraph paragraph--type--image"><figure class="field field--name-field-media-image"><img '
               'src="{src}" alt="" loading="lazy"><figcaption>{caption} ({credit})</figcaption></figure></div>',
        para='<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix '
             'text-formatted field field--name-field-text field__item"><p>{t}</p></div></div>',
        pieces={"promo": '<div class="paragraph paragraph--type--promo paragraph--view-mode--default"><div '
                         'class="field field--name-field-promo-text"><p>{t}</p></div></div>'},
        blocks={"h2": '<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix '
                      'text-formatted field field--name-field-text field__item"><h2>{t}</h2></div></div>',
                "quote": '<div class="paragraph paragraph--type--blockquote"><blockquote><p>{t}</p></blockquote></div>',
                "ul": '<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix '
                      'text-formatted field field--name-field-text field__item"><ul>{t}</ul></div></div>'}),
    habits=(  # pieces in the story's own paragraph wrapper, but for the job teasers
        H("origin", (("{origin} is a Heartland News Network partner; this story appears here with its "
                      "permission.",),), "top", 0.6, on=COPY),
        H("attribution", (("Reported by {origin} staff, citing {source}.",),), "glue", 0.35, on=COPY, group="attr"),
        H("attribution", (("Compiled by the HNN desk from {origin} reporting.",),), "glue_space", 0.3, on=COPY,
          group="attr"),
        H("attribution", (("HNN edits partner stories for length and style; facts and quotes are the partner's.",),),
          "end", 0.15, on=COPY, group="attr"),
        H("related", (("Across the network: {headline}",),), "mid", 0.3, link="headline", on=COPY),
        *rotating("jobs", [
            ("HNN Jobs: The Lakeshore Tribune is hiring a statehouse reporter.", "See every newsroom opening at "
             "heartlandnews.example/jobs."),
            ("HNN Jobs: The Tidewater Sentinel seeks a part-time photographer in Norfolk.", "Applications close Sept. "
             "12."),
            ("HNN Jobs: Riverton Courier-Gazette, night copy editor, full time with benefits.", "More listings at "
             "heartlandnews.example/jobs."),
            ("Now hiring across the network: data reporter, audience editor and two summer interns.",
             "Details at heartlandnews.example/jobs."),
            ("HNN Jobs: A rural weekly in the Sandhills needs an editor who can also sell ads.", "Housing help "
             "available."),
            ("HNN Jobs: The Capital Observer has an opening for an energy and climate reporter.", "Remote candidates "
             "will be considered."),
            ("HNN Jobs: Part-time sports stringers wanted for Friday night football.", "Pay is $60 a game plus "
             "mileage."),
            ("HNN Jobs: Development director, Heartland News Network, Omaha or remote.", "Apply by Oct. 3."),
        ], 4, "mid", 0.3, "promo", on=COPY),
        *rotating("membership", [
            ("HNN stays free because its readers pitch in.", "Give $5 a month at heartlandnews.example/give."),
            ("Heartland News Network shares the work of 40 independent newsrooms at no cost to readers.", "Keep it "
             "that way with a gift today."),
            ("Our partners' reporting reaches 2.1 million readers a month through HNN.", "Your donation keeps the "
             "network running."),
            ("HNN's fall drive ends Sept. 30.", "A gift of any amount, doubled this week by the Prairie Commons Fund, "
             "keeps local news flowing."),
            ("We don't have a paywall and never will.", "Readers who give make that possible."),
        ], 7, "end", 0.8, on=COPY),
        H("comment-policy", (("HNN does not host comments.", "Respond to this story by writing to "
                              "letters@heartlandnews.example."),), "end", 0.25, on=COPY),
        H("read-rest", (("HNN ran an excerpt of this story.", "{origin_host} has the whole piece."),), "end", 1.0,
          on=("trimmed",), link="origin_host"),
    ),
    authors=authors("HNN Staff/m/state news/staff"),
    plan=(("syndicated", 28), ("trimmed", 8), ("edited", 6)),
    copy_from=("tidewatersentinel.example", "lakeshoretribune.example", "capitalobserver.example",
               "riverton-courier.example"),
    citing=("{origin}", "state records", "officials who spoke on {weekday}", "court filings"), feed_summary=False)

RHEINAHR = Publisher(
    "Rhein-Ahr-Anzeiger", "rhein-ahr-anzeiger.example", "holdout2", "de",
    "Koblenz|den Kreis Ahrweiler|Mayen-Koblenz|Andernach",
    "https://www.{host}/{section}/{slug}_{id}",
    Skin(
        page=PAGES["RHEINAHR"],
        article='<article class="article" data-article-type="news"><header class="article__header"><span '
                'class="article__kicker">Region</span><h1 class="article__headline">{h1}</h1><div '
                'class="article__meta">{byline}</div></header>{figure}<div class="article__body" '
                'itemprop="articleBody">{body}</div><footer class="article__footer"><div class="article__share">'
                '<a>WhatsApp</a> <a>Facebook</a> <a>E-Mail</a></div></footer></article>',
        byline='<span class="article__author">Von <a href="/autoren/{slug}">{author}</a></span> <time '
               'class="article__date" datetime="{iso}">{date}, {time}</time>',
        figure='<figure class="article__image"><img src="{src}" alt=""><figcaption class="article__caption">{caption} '
               '<span class="article__copyright">Foto: {credit}</span></figcaption></figure>',
        para='<div class="textblock"><p class="textblock__p">{t}</p></div>',
        pieces={"teaser": '<aside class="teaser-inline"><p class="teaser-inline__title">{t}</p></aside>',
                "audio": '<div class="audio-player" data-component="tts"><button class="audio-player__play">Abspielen'
                         '</button> <span class="audio-player__label">{t}</span></div>',
                "push": '<div class="push-hinweis"><p>{t}</p><button class="push-hinweis__button">Aktivieren</button>'
                        '</div>',
                "wetter": '<div class="widget widget--wetter"><p class="widget__text">{t}</p></div>',
                "jobs": '<aside class="stellenmarkt-teaser"><p class="stellenmarkt-teaser__text">{t}</p><a '
                        'href="/stellenmarkt">Zum Stellenmarkt</a></aside>',
                "hinweis": '<div class="article-hinweis"><p><em>{t}</em></p></div>',
                "autor": '<div class="autorenbox"><p class="autorenbox__text">{t}</p></div>',
                "paywall": '<div class="paywall paywall--plus"><p class="paywall__text">{t}</p><a '
                           'class="paywall__button" href="/abo">Jetzt testen</a></div>',
                "ticker": '<div class="ticker__hinweis"><p>{t}</p></div>',
                "more": '<button class="ticker__mehr" type="button">{t}</button>'},
        ad='<div class="ad-container" data-ad="content_ad_1"><span class="ad-label">Anzeige</span></div>',
        live='<div class="ticker">{updates}{more}</div>',
        live_update='<div class="ticker__eintrag" id="eintrag-{n}"><div class="ticker__zeit"><time datetime="{iso}">'
                    '{time}</time></div><h3 class="ticker__titel">{h}</h3><div class="ticker__text">{body}</div></div>',
        blocks={"h2": '<div class="textblock"><h2 class="textblock__zwischentitel">{t}</h2></div>',
                "quote": '<blockquote class="zitat"><p class="zitat__text">{t}</p></blockquote>',
                "ul": '<div class="textblock"><ul class="textblock__liste">{t}</ul></div>',
                "fact": '<div class="infobox infobox--fakten">{t}</div>',
                "fact-h": '<h3 class="infobox__titel">{t}</h3>', "fact-ul": '<ul class="infobox__liste">{t}</ul>'}),
    habits=(
        H("listen", (("Artikel vorlesen lassen · {audio} Min.",),), "top", 0.4, "audio", on=STORY),
        H("updated", (("Aktualisiert: Wir haben den Text um eine Stellungnahme der Kreisverwaltung ergänzt.",),), "top",
          0.12, "hinweis", on=NEWS),
        H("related", (("Das könnte Sie auch interessieren: {headline}",),), "after1", 0.35, "teaser", link="headline"),
        H("notifications", (("Eilmeldungen aus Koblenz und dem Kreis Ahrweiler direkt aufs Handy: Erlauben Sie jetzt "
                             "Push-Mitteilungen der RAA-App.",),), "mid", 0.2, "push"),
        *daily("weather", "rheinahr-wetter", _wetter, "mid", 0.3, "wetter"),
        *rotating("jobs", [
            ("Stellenmarkt: Die Stadtwerke Andernach suchen eine Kundenberaterin oder einen Kundenberater (m/w/d) in "
             "Vollzeit.",),
            ("Stellenmarkt: Pflegefachkraft (m/w/d) für die Tagespflege in Mayen gesucht, Teilzeit möglich.",),
            ("Stellenmarkt: Das Weingut Rebenhof in Dernau stellt zur Lese Helferinnen und Helfer ein.",),
            ("Stellenmarkt: Die Verbandsgemeinde Vordereifel sucht eine Erzieherin oder einen Erzieher (m/w/d).",),
            ("Stellenmarkt: Elektroniker (m/w/d) für Energie- und Gebäudetechnik in Koblenz, unbefristet.",),
            ("Stellenmarkt: Zustellerinnen und Zusteller für den Rhein-Ahr-Anzeiger in Sinzig und Remagen gesucht.",),
            ("Stellenmarkt: Die Kreisverwaltung Ahrweiler sucht Sachbearbeiter (m/w/d) für das Bauamt.",),
            ("Stellenmarkt: Berufskraftfahrer (m/w/d) im Nahverkehr, Einsatzort Andernach.",),
            ("Stellenmarkt: Hotel am Deutschen Eck sucht Servicekräfte (m/w/d) in Voll- und Teilzeit.",),
            ("Stellenmarkt: Steuerfachangestellte (m/w/d) für Kanzlei in Bad Neuenahr-Ahrweiler gesucht.",),
        ], 3, "end", 0.3, "jobs"),
        H("bio", (("{author} ist Redakteur{in} im Ressort {beat} und berichtet seit {since} für den "
                   "Rhein-Ahr-Anzeiger.",),), "end", 0.45, "autor", on=STORY),
        H("comment-policy", (("Die Kommentarfunktion wird nach 72 Stunden geschlossen, Beiträge prüft die Redaktion "
                              "vor der Veröffentlichung.",),), "end", 0.2, "hinweis"),
        H("agency", (("(dpa/lrs)",), ("(lrs/RAA)",)), "glue_space", 0.2, on=ALL),
        H("origin", (("Übernahme aus dem Angebot von {origin}.",),), "top", 0.8, "hinweis", on=COPY),
        H("paywall", (("RAA+ Artikel", "Lesen Sie weiter mit RAA+: im ersten Monat gratis, danach 8,49 Euro monatlich.",
                       "Bereits RAA+ Kunde? Hier anmelden"),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Dieser Ticker wird laufend aktualisiert – die neuesten Meldungen stehen oben.",),), "top",
          0.8, "ticker"),
        H("notifications", (("Keine Meldung verpassen: Aktivieren Sie die Push-Mitteilungen für diesen Ticker.",),),
          "mid", 0.4, "push"),
        H("ui", (("Ältere Meldungen anzeigen",),), "more", 1.0, "more"),
    ),
    authors=authors("Annika Lahnstein/f/Kreis Ahrweiler/Redakteurin; Dominik Schmitz/m/Koblenz/Redakteur; "
                    "Verena Hallerbach/f/Wirtschaft/Redakteurin; Tobias Krämer/m/Sport/Redakteur; "
                    "Elif Demir/f/Wiederaufbau/Reporterin"),
    plan=(("templated:boerse", 12), ("templated:blutspende", 7), ("liveblog", 2), ("jsonld-full", 3), ("news", 14),
          ("followup", 1), ("hand:de-warnapp", 1), ("hand:de-bruecke", 1), ("syndicated", 3), ("edited", 2),
          ("repost", 2)),
    sections=("region", "koblenz", "kreis-ahrweiler", "wirtschaft"), templates=("boerse", "blutspende"),
    copy_from=("lausitzer-echo.example", "neckar-kurier.example", "hanse-rundschau.example"),
    dateline=("Koblenz. ", "Bad Neuenahr-Ahrweiler. ", "Andernach. "), live_show=6, ld_join="\n",
    ld_oldest_first=True, agencies=("dpa", "RAA"), photographers=("Thomas Frey", "Sascha Ditscher", "Jens Weber"))

LAUSITZ = Publisher(
    "Lausitzer Echo", "lausitzer-echo.example", "holdout2", "de", "Cottbus|Spree-Neiße|die Niederlausitz",
    "https://{host}/{section}/artikel/{slug}-{id}/",
    Skin(
        page=PAGES["LAUSITZ"],
        article='<div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">'
                '<div class="header"><h1 itemprop="headline">{h1}</h1></div><div class="extra">{byline}</div>{figure}'
                '<div class="news-text-wrap" itemprop="articleBody">{body}</div><div class="news-related-wrap"><a '
                'href="/cottbus/">Zurück zur Übersicht</a></div></div></div>',
        byline='<span class="news-list-author" itemprop="author">{author}</span> <span class="news-list-date"><time '
               'itemprop="datePublished" datetime="{iso}">{date}</time></span>',
        figure='<div class="news-img-wrap"><figure class="mediaelement mediaelement-image"><img src="{src}" alt="">'
               '<figcaption class="news-img-caption">{caption} Foto: {credit}</figcaption></figure></div>',
        entities="named"),
    habits=(  # every piece is a plain <p>, like the story's paragraphs
        H("photo", (("Bild: {photog}/Lausitzer Echo",),), "top", 0.25),
        H("updated", (("Dieser Beitrag wurde am {date} um {time} aktualisiert.",),), "top", 0.12, on=NEWS),
        H("related", (("Mehr aus der Lausitz: {headline}",),), "after1", 0.3, link="headline"),
        H("newsletter", (("Der Echo-Abendbrief fasst werktags um 18 Uhr zusammen, was in der Lausitz passiert ist.",
                          "Kostenlos abonnieren unter lausitzer-echo.example/abendbrief."),), "mid", 0.3),
        *rotating("membership", [
            ("Das Lausitzer Echo ist unabhängig und finanziert sich über seinen Freundeskreis.", "Schon ab 5 Euro im "
             "Monat sind Sie dabei."),
            ("Schon 1.930 Menschen unterstützen das Echo mit einem freiwilligen Beitrag.", "Werden Sie Nummer 1.931."),
            ("Lokaljournalismus aus Cottbus gibt es nicht umsonst.", "Mit einem Beitrag zum Echo-Freundeskreis sichern "
             "Sie unsere Berichterstattung."),
            ("Unser Ziel bis Ende September: 2.000 Freundinnen und Freunde des Echos.", "Es fehlen noch 52."),
            ("Ohne Paywall, ohne Verlag im Rücken: Das Echo lebt von seinen Leserinnen und Lesern.", "Unterstützen Sie "
             "uns einmalig oder monatlich."),
            ("Danke an alle 2.011 Mitglieder des Echo-Freundeskreises!", "Wer noch dazukommen will: Ein Beitrag ist "
             "jederzeit kündbar."),
        ], 5, "end", 0.45),
        H("correction", (("Korrektur: Zunächst hatten wir hier ein falsches Datum für die Sitzung der Stadtverordneten "
                          "genannt.",),), "end", 0.06, on=NEWS),
        H("app", (("Neu: Unser WhatsApp-Kanal mit den wichtigsten Nachrichten aus Cottbus und Umgebung – kostenlos und "
                   "ohne Anmeldung.",),), "end", 0.25),
        H("comment-policy", (("Bitte beachten Sie unsere Netiquette.", "Beleidigende, rassistische oder werbliche "
                              "Kommentare werden gelöscht."),), "end", 0.25),
        H("bio", (("{author} schreibt für das Lausitzer Echo über {beat}.",),), "end", 0.4, on=STORY),
        H("agency", (("(epd/ost)",),), "glue", 0.12, on=ALL),
        H("agency", (("Mit Agenturmaterial.",),), "glue_space", 0.12, on=ALL),
        H("origin", (("Mit freundlicher Genehmigung von {origin}.",),), "top", 0.8, on=COPY),
        H("read-rest", (("Wir haben diesen Text gekürzt.", "Die ganze Geschichte finden Sie bei {origin}."),), "end",
          1.0, on=("trimmed",), link="origin"),
    ),
    authors=authors("Kathrin Noack/f/Cottbus/Redakteurin; Sören Kubasch/m/Spree-Neiße/Redakteur; "
                    "Milena Schulze/f/Strukturwandel/Reporterin; René Pietschmann/m/Sport/Redakteur"),
    plan=(("templated:notdienst", 10), ("news", 16), ("followup", 1), ("jsonld-teaser", 2), ("jsonld-stale", 2),
          ("hand:de-korrektur", 1), ("syndicated", 4), ("edited", 3), ("trimmed", 3), ("repost", 2)),
    sections=("cottbus", "spree-neisse", "lausitz"), templates=("notdienst",),
    copy_from=("rhein-ahr-anzeiger.example", "hanse-rundschau.example", "neckar-kurier.example"),
    dateline=("Cottbus – ", "Spremberg – ", "Forst – "), ld="graph", ld_join=" ", agencies=("dpa", "epd"),
    photographers=("Michael Helbig", "Steffi Loebel", "Andreas Franke"))

REPUBLICAIN = Publisher(
    "Le Républicain du Jura", "republicain-jura.example", "holdout2", "fr",
    "Lons-le-Saunier|Dole|Saint-Claude|Champagnole",
    "https://www.{host}/{section}/{y}/{m}/{d}/{slug}",
    Skin(
        page=PAGES["REPUBLICAIN"],
        article='<article class="article"><div class="article__surtitre"><a href="/jura">Jura</a></div><h1 '
                'class="article__titre">{h1}</h1><div class="article__signature">{byline}</div>{figure}<div '
                'class="article__corps" id="article-body">{body}</div><div class="article__partage"><span>Partager'
                '</span> <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>E-mail</a></div></article>',
        byline='<span class="article__auteur">{author}</span> - <time class="article__date" datetime="{iso}">{date} à '
               '{time}</time>',
        figure='<figure class="article__visuel"><img src="{src}" alt=""><figcaption>{caption} Photo {credit}'
               '</figcaption></figure>',
        para='<p class="article__paragraphe">{t}</p>',
        pieces={"lire": '<aside class="article__lire-aussi"><p>{t}</p></aside>',
                "audio": '<div class="article__audio" data-player="tts"><button>Écouter</button><p>{t}</p></div>',
                "appli": '<div class="encart encart--appli"><p>{t}</p></div>',
                "annonces": '<aside class="encart encart--annonces"><p class="encart__titre">{t}</p></aside>',
                "meteo": '<div class="widget-meteo"><p>{t}</p></div>',
                "maj": '<p class="article__maj"><em>{t}</em></p>',
                "signature": '<p class="article__signature-fin">{t}</p>',
                "charte": '<div class="article__moderation"><p>{t}</p></div>',
                "live": '<div class="direct__info"><p>{t}</p></div>',
                "more": '<button class="direct__plus" type="button">{t}</button>'},
        live='<div class="direct">{updates}{more}</div>',
        live_update='<div class="direct__post"><p class="direct__heure"><time datetime="{iso}">{time}</time></p><h2 '
                    'class="direct__titre">{h}</h2>{body}</div>',
        blocks={"h2": '<h2 class="article__intertitre">{t}</h2>',
                "quote": '<blockquote class="article__citation"><p>{t}</p></blockquote>',
                "ul": '<ul class="article__liste">{t}</ul>'},
        entities="french"),
    habits=(
        H("listen", (("Écouter l'article ({audio})",),), "top", 0.35, "audio", on=STORY),
        H("updated", (("Mise à jour : ajout de la réaction de la préfecture.",),), "top", 0.12, "maj", on=NEWS),
        H("related", (("Lire également : {headline}",),), "after1", 0.35, "lire", link="headline"),
        H("related", (("Notre dossier : {headline}",),), "mid", 0.2, "lire", link="headline"),
        H("notifications", (("Soyez alerté dès qu'une info tombe : activez les notifications dans l'application du "
                             "Républicain du Jura.",),), "mid", 0.2, "appli"),
        *daily("weather", "republicain-meteo", _meteo, "mid", 0.25, "meteo"),
        *rotating("classifieds", [
            ("Petites annonces : maison de plain-pied à Montmorot, 4 pièces, 189 000 €.", "Toutes nos annonces "
             "immobilières sont en ligne."),
            ("Petites annonces : vends bois de chauffage sec, livraison autour de Champagnole.",
             "Déposez votre annonce gratuitement."),
            ("Petites annonces : appartement T3 à louer à Dole, 620 € charges comprises.", "Retrouvez toutes les "
             "offres sur notre site."),
            ("Petites annonces : fromagerie recherche vendeur ou vendeuse pour la saison, Poligny.", "Consultez nos "
             "offres d'emploi."),
            ("Petites annonces : vends 2CV de 1978, bon état, visible à Lons-le-Saunier.", "Des centaines d'annonces "
             "vous attendent."),
            ("Petites annonces : terrain constructible de 900 m² à Perrigny, 58 000 €.", "Toutes nos annonces "
             "immobilières sont en ligne."),
            ("Petites annonces : cours de piano tous niveaux à Saint-Claude, 1er cours offert.", "Déposez votre "
             "annonce gratuitement."),
            ("Petites annonces : garage à louer près de la gare de Dole, 45 € par mois.", "Retrouvez toutes les offres "
             "sur notre site."),
        ], 4, "end", 0.3, "annonces"),
        H("bio", (("{author}, correspondant{e} du Républicain à {region}",),), "end", 0.4, "signature", on=STORY),
        H("comment-policy", (("Les commentaires sont modérés a priori et doivent respecter notre charte.",),), "end",
          0.25, "charte"),
        H("agency", (("(d'après AFP)",),), "glue_space", 0.15, on=ALL),
        H("origin", (("Article proposé par un média partenaire : {origin}.",),), "top", 0.8, "maj", on=COPY),
        H("read-rest", (("Cet article est une version courte.", "Pour le lire en entier, rendez-vous sur "
                         "{origin_host}."),), "end", 1.0, "maj", on=("trimmed",), link="origin_host"),
    ),
    live_habits=(
        H("live-notice", (("Suivez notre direct : les informations sont actualisées au fil de la journée.",),), "top",
          0.8, "live"),
        H("notifications", (("Ne manquez rien : activez les alertes de l'application pour suivre ce direct.",),),
          "mid", 0.4, "appli"),
        H("ui", (("Voir les messages précédents",),), "more", 1.0, "more"),
    ),
    authors=authors("Aurélie Vuillet/f/Lons-le-Saunier/journaliste; Jérôme Grandclément/m/sports/journaliste; "
                    "Sophie Cuenot/f/Dole/journaliste; Franck Midol/m/Haut-Jura/chef d'agence"),
    plan=(("templated:dondusang", 10), ("templated:travaux", 13), ("liveblog", 1), ("hand:fr-crues", 1),
          ("hand:fr-comte", 1), ("hand:fr-rectif", 1), ("syndicated", 6), ("edited", 4), ("trimmed", 2),
          ("repost", 2)),
    sections=("jura", "lons-le-saunier", "dole"), templates=("dondusang", "travaux"),
    copy_from=("courrier-rhone.example", "echo-provence.example", "lefilnormand.example"), live_show=5,
    ld_join=" ", agencies=("AFP", "Le Républicain du Jura"), photographers=("Philippe Trias", "Nina Rolet", "Léo Bay"))

FIL = Publisher(
    "Le Fil Normand", "lefilnormand.example", "holdout2", "fr", "Caen|Rouen|le Cotentin|Le Havre|l'Orne",
    "https://{host}/{y}/{m}/{d}/{slug}/",
    Skin(
        page=PAGES["FIL"],
        article='<article class="wp-block-group post"><div class="wp-block-post-terms taxonomy-category"><a '
                'href="/caen/">Normandie</a></div><h1 class="wp-block-post-title">{h1}</h1><div class="wp-block-group '
                'post-meta">{byline}</div>{figure}<div class="entry-content wp-block-post-content">{body}</div>'
                '</article>',
        byline='<div class="wp-block-post-author"><p class="wp-block-post-author__name">{author}</p></div><div '
               'class="wp-block-post-date"><time datetime="{iso}">{date}</time></div>',
        figure='<figure class="wp-block-post-featured-image"><img src="{src}" alt=""><figcaption '
               'class="wp-element-caption">{caption} © {credit}</figcaption></figure>',
        blocks={"h2": '<h2 class="wp-block-heading">{t}</h2>', "ul": '<ul class="wp-block-list">{t}</ul>',
                "quote": '<blockquote class="wp-block-quote"><p>{t}</p></blockquote>'},
        entities="french"),
    habits=(  # every piece is a plain <p>, like the story's paragraphs
        H("photo", (("Photo : {photog} / Le Fil Normand",),), "top", 0.2),
        H("affiliate", (("Cet article contient des liens affiliés : si vous achetez par leur intermédiaire, Le Fil "
                         "Normand touche une petite commission.",),), "top", 0.9, on=STORY,
          topic=r"(?i)\b(boutiques?|achats?|soldes|recettes?|bons plans|jardinage|produits?)\b"),
        H("related", (("À lire sur le Fil : {headline}",),), "after1", 0.3, link="headline"),
        H("newsletter", (("Chaque vendredi à 7 h, « La Bobine » résume la semaine normande.", "Inscrivez-vous, c'est "
                          "gratuit."),), "mid", 0.35),
        *rotating("membership", [
            ("Le Fil Normand est gratuit et sans publicité grâce à ses 3 412 soutiens.", "Rejoignez-les à partir de "
             "3 € par mois."),
            ("Le Fil Normand est gratuit et sans publicité grâce à ses 3 498 soutiens.", "Rejoignez-les à partir de "
             "3 € par mois."),
            ("Objectif 4 000 soutiens avant le 30 septembre : il en manque 460.", "Chaque don est déductible des "
             "impôts à 66 %."),
            ("Pas d'actionnaire, pas de publicité : seulement vous.", "Soutenez Le Fil Normand, même pour 1 €."),
            ("Vous lisez Le Fil Normand gratuitement.", "Pour que cela dure, faites un don ponctuel ou mensuel."),
            ("Ce mois-ci, chaque don est doublé par la Fondation Seine-Manche.", "Soutenez une information "
             "indépendante en Normandie."),
        ], 5, "end", 0.55, on=ALL),
        H("correction", (("Rectificatif : une version précédente de cet article indiquait une date erronée pour "
                          "l'audience.",),), "end", 0.08, on=NEWS),
        H("bio", (("{author} couvre {beat} pour Le Fil Normand depuis {since}.",),), "end", 0.4, on=STORY),
        H("comment-policy", (("Les commentaires sont réservés à nos soutiens et relus par la rédaction avant "
                              "publication.",),), "end", 0.25, on=ALL),
        H("attribution", (("(Article de {origin}, édité par Le Fil Normand)",),), "glue", 0.25, on=COPY, group="attr"),
        H("attribution", (("Texte : {origin}.",),), "glue_space", 0.25, on=COPY, group="attr"),
        H("origin", (("Cet article nous est proposé par {origin}, partenaire du Fil Normand.",),), "top", 0.5,
          on=COPY),
        H("read-rest", (("Article publié en version courte.", "L'intégralité est à lire chez notre partenaire "
                         "{origin}."),), "end", 1.0, on=("trimmed",), link="origin"),
    ),
    authors=authors("Maëlle Guérin/f/la justice/journaliste; Bastien Lemonnier/m/l'environnement/journaliste; "
                    "Chloé Varin/f/l'éducation/journaliste"),
    plan=(("templated:cantine", 12), ("hand:fr-avis", 1), ("hand:fr-cinema", 1), ("syndicated", 14), ("edited", 6),
          ("trimmed", 6), ("repost", 1)),
    sections=("caen", "rouen", "normandie"), templates=("cantine",),
    copy_from=("courrier-rhone.example", "echo-provence.example", "vigie-finistere.example",
               "republicain-jura.example"),
    ld="graph", agencies=("Le Fil Normand", "AFP"), photographers=("Manon Lecarpentier", "Hugo Desmares", "Éva Piel"))

CORREO = Publisher(
    "El Correo de la Mancha", "correodelamancha.example", "holdout2", "es",
    "Ciudad Real|Toledo|Albacete|Cuenca|Castilla-La Mancha",
    "https://www.{host}/{section}/{y}/{m}/{d}/{slug}-{id}.html",
    Skin(
        page=PAGES["CORREO"],
        article='<article class="c-mainarticle"><div class="c-mainarticle__kicker">Ciudad Real</div><h1 '
                'class="c-mainarticle__title">{h1}</h1><div class="c-mainarticle__signature">{byline}</div>{figure}'
                '<div class="c-mainarticle__body" data-mrf-recirculation="cuerpo">{body}</div><div '
                'class="c-mainarticle__share"><a>WhatsApp</a> <a>Facebook</a> <a>X</a></div></article>',
        byline='<span class="c-mainarticle__author">{author}</span> <time class="c-mainarticle__date" '
               'datetime="{iso}">{date} - {time}</time>',
        figure='<figure class="c-mainarticle__figure"><img src="{src}" alt=""><figcaption>{caption} / <span>{credit}'
               '</span></figcaption></figure>',
        para='<p class="c-mainarticle__p">{t}</p>',
        pieces={"rel": '<div class="c-related-inline"><p>{t}</p></div>',
                "audio": '<div class="c-audio-player"><p>{t}</p></div>',
                "canal": '<div class="c-whatsapp-promo"><p>{t}</p><a href="/whatsapp">Unirme</a></div>',
                "tiempo": '<div class="c-widget c-widget--tiempo"><p>{t}</p></div>',
                "empleo": '<aside class="c-empleo-promo"><p>{t}</p></aside>',
                "suscripcion": '<div class="c-paywall-inline"><p>{t}</p></div>',
                "afiliados": '<p class="c-mainarticle__disclaimer"><small>{t}</small></p>',
                "nota": '<p class="c-mainarticle__note"><em>{t}</em></p>',
                "firma": '<div class="c-author-box"><p>{t}</p></div>'},
        blocks={"h2": '<h2 class="c-mainarticle__subtitle">{t}</h2>', "ul": '<ul class="c-mainarticle__list">{t}</ul>',
                "quote": '<blockquote class="c-mainarticle__quote"><p>{t}</p></blockquote>'}),
    habits=(
        H("listen", (("Dale al play y escucha esta información ({audio})",),), "top", 0.35, "audio", on=STORY),
        H("photo", (("Foto: {photog} / El Correo",),), "top", 0.2, "nota"),
        H("updated", (("Noticia actualizada con la versión del Ayuntamiento.",),), "top", 0.12, "nota", on=NEWS),
        H("affiliate", (("Este artículo incluye enlaces de afiliados: si compras a través de ellos, El Correo de la "
                         "Mancha puede recibir una comisión.",),), "top", 0.9, "afiliados",
          on=STORY, topic=r"(?i)\b(compras?|comprar|rebajas|descuentos?|recetas?|tiendas?|productos?)\b"),
        H("related", (("También en El Correo: {headline}",),), "after1", 0.35, "rel", link="headline"),
        H("related", (("Relacionado | {headline}",),), "mid", 0.2, "rel", link="headline"),
        H("app", (("Únete al canal de WhatsApp de El Correo de la Mancha: te enviamos un resumen de la jornada al "
                   "despertar.",),), "mid", 0.25, "canal"),
        *daily("weather", "correo-tiempo", _tiempo, "mid", 0.25, "tiempo"),
        *rotating("jobs", [
            ("Empleo: La Diputación de Ciudad Real abre el plazo para 15 plazas de bombero.", "Consulta todas las "
             "ofertas en nuestra sección de empleo."),
            ("Empleo: Una bodega de Valdepeñas busca 40 temporeros para la vendimia.", "Más ofertas, en la sección "
             "de empleo."),
            ("Empleo: El hospital de Puertollano contrata enfermeras y enfermeros para el turno de noche.",
             "Consulta todas las ofertas en nuestra sección de empleo."),
            ("Empleo: Se buscan repartidores con carné B en Ciudad Real, jornada completa.", "Más ofertas, en la "
             "sección de empleo."),
            ("Empleo: Ayuntamiento de Tomelloso, 6 plazas de auxiliar de ayuda a domicilio.", "Consulta todas las "
             "ofertas en nuestra sección de empleo."),
            ("Empleo: Empresa de renovables en Alcázar de San Juan busca técnicos de mantenimiento.", "Más ofertas, "
             "en la sección de empleo."),
            ("Empleo: Quesería de Manzanares necesita operarios de producción.", "Consulta todas las ofertas en "
             "nuestra sección de empleo."),
            ("Empleo: Academia de Almagro busca profesor de inglés para el curso escolar.", "Más ofertas, en la "
             "sección de empleo."),
        ], 4, "end", 0.3, "empleo"),
        *rotating("membership", [
            ("Hazte suscriptor digital: el primer trimestre cuesta 5 euros y apoya el periodismo de proximidad.",),
            ("Sin suscriptores no hay periodismo local: suscríbete a El Correo desde 4,99 euros al mes.",),
            ("Oferta de vuelta al cole: tres meses de suscripción digital por 3 euros.",),
            ("Tu suscripción paga a los periodistas que cubren tu pueblo.", "Suscríbete hoy."),
            ("Últimos días de la oferta: un año de El Correo digital por 39 euros.",),
        ], 6, "end", 0.35, "suscripcion"),
        H("bio", (("{author} cubre la información de {beat} en El Correo de la Mancha.",),), "end", 0.4, "firma",
          on=STORY),
        H("comment-policy", (("Los comentarios están sujetos a moderación; no se publicarán insultos ni datos "
                              "personales.",),), "end", 0.2, "nota"),
        H("agency", (("(Servimedia)",),), "glue", 0.12, on=ALL),
        H("origin", (("Contenido cedido por {origin}.",),), "top", 0.8, "nota", on=COPY),
        H("read-rest", (("Resumen de la información.", "Puedes leerla completa en la web de {origin}."),), "end", 1.0,
          "nota", on=("trimmed",), link="origin"),
    ),
    authors=authors("Lucía Villaseñor/f/sanidad/redactora; Álvaro Camacho/m/sucesos/redactor; "
                    "Rocío Peinado/f/política provincial/redactora; Manuel Arroyo/m/campo y economía/jefe de sección"),
    plan=(("templated:farmacias", 13), ("templated:cortes", 10), ("news", 2), ("jsonld-teaser", 2),
          ("hand:es-whatsapp", 1), ("hand:es-empleo", 1), ("hand:es-feria", 1), ("syndicated", 8), ("edited", 4),
          ("trimmed", 2), ("repost", 2)),
    sections=("ciudad-real", "provincia", "region"), templates=("farmacias", "cortes"),
    copy_from=("elfarodigital.example", "diariocostaazul.example", "lavozdelebro.example"),
    agencies=("EFE", "Servimedia", "El Correo"), photographers=("Clara Manzano", "Pablo Lorente", "Elena Nieto"))

HOLDOUT2 = (TIDEWATER, LAKESHORE, HEARTLAND, RHEINAHR, LAUSITZ, REPUBLICAIN, FIL, CORREO)
