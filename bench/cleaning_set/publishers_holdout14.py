"""The eight publishers of the 'holdout14' half (en x2, de x2, fr x2, es x2), written after the other fifteen
halves, by someone who had not read the cleaner, before it was run on them.  They are kinds of newsroom, in
regions, the other halves lack: a Launceston regional daily (Tasmania), a Whitehorse commercial radio's newsroom
(Yukon), a hop-growers' trade weekly in the Hallertau (Bavaria), a German-language daily of the German minority in
Aabenraa (North Schleswig, Denmark), a Rimouski city weekly (Québec), a Douala daily (Cameroon), a Quetzaltenango
regional news site (Guatemala) and a Balearic tourism trade daily in Palma.  Their boilerplate wording, labels and
markup are new.

What they bring (kinds only; the wordings are the publishers' own): a Bass Strait ferry-status box between story
paragraphs, an acknowledgement of country and a call for birthday and anniversary notices on the Launceston daily;
an aurora widget (rows that are not sentences) between story paragraphs, an acknowledgement of the First Nations'
territories at the top, the station's frequencies and a request-line call on the Yukon radio, whose own templated
aurora forecasts are story; a harvest-weather box, a trade-fair booth and the advertising deadline on the hop
weekly; a Danish summary in Danish and a pollen widget on the North Schleswig daily; the week's flyers and a call to
add events to the community calendar on the Rimouski weekly; an SMS-alert offer and the kiosk price on the Douala
daily; hashtag lines and an exchange-rate box on the Quetzaltenango site; a trade-fair booth, a report download
line and an awards vote on the Balearic trade daily; plus the usual kinds in new wordings: related links,
newsletters, apps, follow lines, tip lines, bios (slot-first with the author's e-mail, and under copies of other
publishers' stories), agency credits and attributions glued to the last sentence with and without a space and to
the lede, photo credits glued to the lede, ad labels mid-body, an "updated" note after the first paragraph,
corrections, copyright lines, membership and donation asks, origin notes and "the rest is at" tails on copies, a
paywall under the German sites' JSON-LD-only pages and live-blog notices and "load more" buttons.  Some are in plain
``<p>`` exactly like the story, some in boxes, ``<aside>``, ``<section>`` or buttons.  Story text in chrome-like
markup: subheads, lists, quotations and fact boxes.  Recurrence traps: templated stories whose stock sentences give
advice ("If you meet a bear, do not run", "Faites bouillir l'eau au moins une minute", "Se recomienda almacenar
agua"), read like a disclaimer ("All defendants are presumed innocent until proven guilty", "alle Preisangaben ohne
Gewähr", "Das Baden erfolgt auf eigene Gefahr", "Les horaires sont donnés à titre indicatif", "Los datos son
provisionales", "Las escalas pueden modificarse sin previo aviso") or a site's own notice or tip line ("Report bear
conflicts to the TIPP line", "The forecast ... is updated every evening", "Eneo s'excuse auprès de sa clientèle",
"La población debe atender únicamente la información oficial"); handwritten stories about ferry bookings, death
notices, an acknowledgement of country, a new transmitter, an aurora app, a request show, a trade-fair stand, a
weekly going digital, Danish summaries, newspaper delivery, the end of the flyer bag, a community calendar, a ferry
season, a voluntary subscription, advertising SMS, a cover price, royalties, floods, a hashtag campaign, a radio
frequency, remittances and the exchange rate, an alert app, a London trade fair, an occupancy report for download,
an awards vote and a tourist tax.  The English, French and Spanish publishers, with no corpus stories left, run
templated and handwritten stories and copies of other publishers' stories (the French and Spanish ones mostly of
holdout12's, holdout13's and each other's handwritten stories); the two German ones also run corpus stories (from
the reserve), live blogs and JSON-LD variants (full, teaser-only and stale ``articleBody``).
"""

from __future__ import annotations

import random

from bench.cleaning_set.cms import ALL, COPY, Habit, Publisher, Skin, daily
from bench.cleaning_set.publishers_holdout13 import DE_FROM as DE_FROM13
from bench.cleaning_set.publishers_holdout13 import DE_HOSTS as DE_HOSTS13
from bench.cleaning_set.publishers_holdout13 import EN_FROM as EN_FROM13
from bench.cleaning_set.publishers_holdout13 import EN_HOSTS as EN_HOSTS13
from bench.cleaning_set.publishers_holdout13 import ES_FROM as ES_FROM13
from bench.cleaning_set.publishers_holdout13 import ES_HOSTS as ES_HOSTS13
from bench.cleaning_set.publishers_holdout13 import FR_FROM as FR_FROM13
from bench.cleaning_set.publishers_holdout13 import FR_HOSTS as FR_HOSTS13
from bench.cleaning_set.publishers_tune import authors
from bench.cleaning_set.skins_holdout14 import PAGES

H = Habit
NEWS = ("news",)
STORY = ("news", "reposted")
TRIM = ("trimmed",)
SYND = ("syndicated", "edited")
TMPL = ("templated",)

EN_HOSTS = ("tamarcourier.example", "ckyn965.example")
DE_HOSTS = ("hopfenkurier.example", "grenzland-echo.example")
FR_HOSTS = ("estuairehebdo.example", "messagerwouri.example")
ES_HOSTS = ("xelahoy.example", "diarioturisticobaleares.example")
EN_FROM = (*EN_FROM13, *EN_HOSTS13)
DE_FROM = (*DE_FROM13, *DE_HOSTS13)
FR_FROM = (*FR_FROM13, *FR_HOSTS13)
ES_FROM = (*ES_FROM13, *ES_HOSTS13)


def _others(hosts: tuple[str, ...], me: str) -> tuple[str, ...]:
    return tuple(h for h in hosts if h != me)


# ---- en: a Launceston regional daily ------------------------------------------------------------------------
def _ferrybox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The Bass Strait box: tonight's two sailings, new every day."""
    state = ("on time", "on time", "on time", "delayed 45 min", "weather watch", "delayed 1 hr 20 min")
    return ("Bass Strait tonight", f"Spirit of Tasmania I · Devonport dep. 7.30pm · {rng.choice(state)}",
            f"Spirit of Tasmania II · Geelong dep. 7.30pm · {rng.choice(state)}",
            f"Swell at Low Head · {rng.uniform(0.8, 3.9):.1f}m")


TC = Publisher(
    "The Tamar Courier", "tamarcourier.example", "holdout14", "en",
    "Launceston|George Town|the West Tamar|Scottsdale|Longford|Deloraine|the North-East|the Meander Valley",
    "https://www.{host}/story/{id}/{slug}/",
    Skin(
        page=PAGES["TC"],
        article='<article class="tc-story"><header class="tc-story__head"><h1>{h1}</h1><p class="tc-story__by">'
                '{byline}</p></header>{figure}<section class="tc-story__copy">{body}</section></article>',
        byline='<a class="tc-author" href="/profile/{slug}/">{author}</a> <time datetime="{iso}">{date}</time>',
        figure='<figure class="tc-pic"><img src="{src}" alt=""><figcaption><span>{caption}</span> <span '
               'class="tc-credit">Picture by {credit}</span></figcaption></figure>',
        para='<p class="tc-para">{t}</p>',
        glue='<span class="tc-trailer">{t}</span>',
        pieces={"ferry": '<aside class="tc-ferry"><h4>{h}</h4><ul>{li}</ul></aside>',
                "ack": '<p class="tc-para tc-ack"><small>{t}</small></p>',
                "notices": '<div class="tc-notices"><p>{t}</p><a href="/notices/place/">Place a notice</a></div>',
                "more": '<p class="tc-para tc-more">{t}</p>',
                "adl": '<p class="tc-adlabel"><span>{t}</span></p>',
                "i": '<p class="tc-para"><em>{t}</em></p>',
                "fine": '<p class="tc-para"><small>{t}</small></p>'},
        ad='<div class="tc-ad" data-slot="story-mrec"></div>',
        entities="named",
        blocks={"h2": '<h2 class="tc-cross">{t}</h2>', "ul": '<ul class="tc-bullets">{t}</ul>',
                "quote": '<blockquote class="tc-pull"><p>{t}</p></blockquote>',
                "fact": '<aside class="tc-factfile">{t}</aside>', "fact-h": '<h3 class="tc-factfile__h">{t}</h3>'}),
    habits=(
        H("photo-credit", (("Picture: Courier",),), "glue_lede", 0.15, on=STORY),
        H("related", (("Also in the Courier: {headline}",),), "after1", 0.35, "more", link="headline"),
        *daily("holdout14", "ferry-status", "tc-ferry", _ferrybox, "mid", 0.3, "ferry", on=ALL),
        H("ad-label", (("Article continues after this advertisement",),), "mid", 0.2, "adl", on=ALL),
        H("acknowledgement", (("The Tamar Courier acknowledges the palawa people, the traditional custodians of "
                               "the land on which we live and work, and pays respect to Elders past and present.",),),
          "end", 0.3, "ack", on=ALL),
        H("notices-call", (("Celebrating a birthday, an engagement or 50 years together?",
                            "Share the news in Saturday's Courier: call 03 6331 5500.",),), "end", 0.25, "notices"),
        H("attribution", (("—with AAP",),), "glue", 0.2, on=STORY + COPY),
        H("agency", (("(AAP)",),), "glue_space", 0.15, on=STORY + COPY),
        H("bio", (("{author} is a {role} at The Tamar Courier covering {beat}.", "Email: {email}"),), "end",
          0.3, "i", on=NEWS + TMPL),
        H("bio", (("{author} writes for {origin}.",),), "end", 0.3, "i", on=SYND),
        H("correction", (("An earlier version of this article misstated the date of the meeting.",),), "end", 0.1,
          "i", on=NEWS),
        H("copyright", (("© {year} Tamar Courier Pty Ltd",),), "end", 0.3, "fine", on=ALL),
        H("origin", (("Courtesy of {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("This is an edited extract.", "The full report is at {origin_host}."),), "end", 1.0, "i",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Georgie Brumby/f/the courts/court reporter; Callum Youl/m/rural affairs and fishing/senior "
                    "journalist; Mia Hingston/f/the city council/journalist; Tom Radford/m/health/journalist"),
    plan=(("templated:courtlist", 10), ("templated:fishingreport", 10), ("hand:h14-en-ferry", 1),
          ("hand:h14-en-notices", 1), ("hand:h14-en-country", 1), ("syndicated", 5), ("edited", 2),
          ("trimmed", 2), ("repost", 2)),
    sections=("news", "court", "rural", "north-east"), templates=("courtlist", "fishingreport"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "tamarcourier.example")), ld="graph",
    citing=("Tasmania Police", "the Inland Fisheries Service", "the City of Launceston"),
    agencies=("AAP", "Courier"), photographers=("Phillip Biggs", "Courier", "AAP"))


# ---- en: a Whitehorse radio newsroom --------------------------------------------------------------------------
def _aurorabox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The aurora widget: tonight's Kp and cloud, new every day."""
    return ("Aurora tonight", f"Kp index · {rng.randint(1, 7)}", f"Cloud cover · {rng.randint(0, 100)}%",
            f"Best viewing · {rng.choice(('10 p.m.', '11 p.m.', 'midnight'))} to {rng.choice(('1', '2', '3'))} a.m.")


CK = Publisher(
    "CKYN 96.5 News", "ckyn965.example", "holdout14", "en",
    "Whitehorse|Dawson City|Watson Lake|Haines Junction|Carcross|Marsh Lake|the Southern Lakes|the Klondike",
    "https://{host}/news/{y}/{m}/{slug}",
    Skin(
        page=PAGES["CK"],
        article='<article class="ck-item"><h1 class="ck-item__title">{h1}</h1><div class="ck-item__meta">{byline}'
                '</div>{figure}<div class="ck-item__text" itemprop="articleBody">{body}</div></article>',
        byline='<span class="ck-voice">{author}</span> · <span>{date} at {time}</span>',
        figure='<figure class="ck-photo"><img src="{src}" alt=""><figcaption>{caption} (Submitted photo/{credit})'
               '</figcaption></figure>',
        glue='<span class="ck-credit">{t}</span>',
        pieces={"aurora": '<aside class="ck-aurora" aria-label="Aurora forecast"><h4>{h}</h4><ul>{li}</ul></aside>',
                "ack": '<p class="ck-territory"><i>{t}</i></p>',
                "freq": '<p class="ck-freq"><strong>{t}</strong></p>',
                "req": '<div class="ck-request"><p>{t}</p><a href="tel:8675550965">Call now</a></div>',
                "app": '<div class="ck-app"><p>{t}</p></div>',
                "upd": '<p class="ck-updated"><em>{t}</em></p>',
                "i": '<p><em>{t}</em></p>',
                "fine": '<p class="ck-fine">{t}</p>'},
        ad='<div class="ck-ad" id="div-gpt-ad-incontent"></div>',
        blocks={"h2": '<h3 class="ck-sub">{t}</h3>', "ul": '<ul class="ck-points">{t}</ul>',
                "quote": '<blockquote class="ck-q"><p>{t}</p></blockquote>',
                "fact": '<aside class="ck-explainer">{t}</aside>', "fact-h": '<h4>{t}</h4>'}),
    habits=(
        H("acknowledgement", (("CKYN broadcasts from the traditional territories of the Kwanlin Dün First Nation "
                               "and the Ta'an Kwäch'än Council.",),), "top", 0.2, "ack", on=ALL),
        H("updated", (("This story has been updated with comment from the territorial government.",),), "after1",
          0.15, "upd", on=NEWS + TMPL),
        *daily("holdout14", "aurora-widget", "ck-aurora", _aurorabox, "mid", 0.3, "aurora", on=ALL),
        H("request-line", (("Got a song for someone?", "Call the CKYN request line at 867-555-0965."),), "mid",
          0.2, "req", on=ALL),
        H("app", (("Stream CKYN anywhere in the territory with our free app for iPhone and Android.",),), "mid",
          0.15, "app"),
        H("frequency", (("Hear CKYN News at the top of every hour on 96.5 FM Whitehorse and 101.1 FM Dawson City.",),
                        ("CKYN: 96.5 Whitehorse, 101.1 Dawson, 98.3 Watson Lake and 103.5 Haines Junction.",)),
          "end", 0.3, "freq", on=ALL),
        H("tip", (("Know something we should?", "Email news@ckyn965.example or text 867-555-0100."),), "end",
          0.25, "i"),
        H("attribution", (("With files from {source}.",),), "glue_space", 0.2, on=STORY + COPY + TMPL),
        H("bio", (("{author} reads the news weekday mornings on CKYN.", "Reach {obj} at {email}."),), "end", 0.3,
          "i", on=NEWS + TMPL),
        H("copyright", (("Copyright {year} CKYN Radio Ltd.",),), "end", 0.25, "fine", on=ALL),
        H("origin", (("This story comes to us from {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Read more of this story at {origin_host}.",),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Marnie Kwong/f/the community/morning host; Declan Fraser/m/politics/news director; "
                    "Sadie Charlie/f/First Nations and the environment/reporter; Ryan Pelly/m/the Klondike/reporter"),
    plan=(("templated:aurora", 10), ("templated:bearreport", 10), ("hand:h14-en-transmitter", 1),
          ("hand:h14-en-auroraapp", 1), ("hand:h14-en-request", 1), ("syndicated", 5), ("edited", 2),
          ("trimmed", 2), ("repost", 2)),
    sections=("local", "yukon", "klondike", "north"), templates=("aurora", "bearreport"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "ckyn965.example")), ld="article",
    dateline=("WHITEHORSE — ", "DAWSON CITY — "),
    citing=("the Yukon government", "RCMP M Division", "Environment Yukon"),
    agencies=("CKYN", "CP"), photographers=("CKYN", "Sadie Charlie", "Government of Yukon"))


# ---- de: a hop-growers' trade weekly ---------------------------------------------------------------------------
def _hopwetter(rng: random.Random, day: int) -> tuple[str, ...]:
    """The harvest-weather box: today's weather for the pickers, new every day."""
    return ("Erntewetter Hallertau", f"Wolnzach · {rng.randint(14, 29)} °C · {rng.choice(('trocken', 'Schauer', 'heiter', 'bewölkt'))}",  # noqa: E501
            f"Niederschlag · {rng.randint(0, 14)} mm", f"Pflückwetter · {rng.choice(('gut', 'mäßig', 'schlecht'))}")


HK = Publisher(
    "Hopfenkurier", "hopfenkurier.example", "holdout14", "de",
    "Wolnzach|Mainburg|Au in der Hallertau|Pfaffenhofen|Spalt|Tettnang|die Hallertau|Abensberg",
    "https://www.{host}/{section}/{y}-{m}-{d}-{slug}",
    Skin(
        page=PAGES["HK"],
        article='<article class="hk-meldung"><div class="hk-meldung__dach">{byline}</div><h1 '
                'class="hk-meldung__titel">{h1}</h1>{figure}<div class="hk-meldung__text">{body}</div></article>',
        byline='<span class="hk-name">{author}</span> <span class="hk-datum">{date}</span>',
        figure='<figure class="hk-foto"><img src="{src}" alt=""><figcaption>{caption} <i>Bild: {credit}</i>'
               '</figcaption></figure>',
        glue='<i class="hk-quelle">{t}</i>',
        pieces={"wetter": '<aside class="hk-wetter"><h4>{h}</h4><ul>{li}</ul></aside>',
                "messe": '<div class="hk-messe"><p>{t}</p></div>',
                "schluss": '<p class="hk-anzeigenschluss"><b>{t}</b></p>',
                "weiter": '<p class="hk-weiter">{t}</p>',
                "nl": '<div class="hk-newsletter"><p>{t}</p><button type="button">Eintragen</button></div>',
                "i": '<p><i>{t}</i></p>',
                "klein": '<p class="hk-klein">{t}</p>',
                "live": '<p class="hk-live-hinweis">{t}</p>',
                "older": '<button class="hk-live-frueher">{t}</button>',
                "paywall": '<div class="hk-digital"><p>{t}</p><a href="/abo/">Testen</a></div>'},
        ad='<div class="hk-anzeige" data-format="medium-rectangle"></div>',
        live='<section class="hk-liveticker">{updates}{more}</section>',
        live_update='<article class="hk-eintrag"><time datetime="{iso}">{time}</time><h2>{h}</h2>{body}</article>',
        blocks={"h2": '<h2 class="hk-zwischenzeile">{t}</h2>', "ul": '<ul class="hk-punkte">{t}</ul>',
                "quote": '<blockquote class="hk-zitat"><p>{t}</p></blockquote>',
                "fact": '<aside class="hk-infokasten">{t}</aside>', "fact-h": '<p class="hk-infokasten__t">{t}</p>'}),
    habits=(
        H("photo-credit", (("Bild: {photog}",),), "glue_lede", 0.15, on=STORY),
        H("related", (("Weitere Meldung: {headline}",),), "after1", 0.35, "weiter", link="headline"),
        *daily("holdout14", "harvest-weather", "hk-wetter", _hopwetter, "mid", 0.3, "wetter", on=STORY + COPY),
        H("ad-deadline", (("Anzeigenschluss für die Ausgabe vom Freitag ist am Dienstag um 12 Uhr.",),
                          ("Kleinanzeigen für die nächste Ausgabe bitte bis Dienstag, 12 Uhr, an "
                           "anzeigen@hopfenkurier.example.",)), "mid", 0.25, "schluss", on=ALL),
        H("fair-booth", (("Besuchen Sie den Hopfenkurier auf der BrauBeviale in Nürnberg: Halle 4A, Stand 118.",),),
          "end", 0.3, "messe", on=ALL, days=(5, 999)),
        H("newsletter", (("Den Marktbericht gibt es jeden Dienstag kostenlos per E-Mail.",),), "mid", 0.2, "nl"),
        H("agency", (("(dpa/lby)",),), "glue_space", 0.2, on=STORY + COPY),
        H("attribution", (("Quelle: {source}",),), "glue", 0.2, on=STORY + COPY + TMPL),
        H("bio", (("{author}, {role} beim Hopfenkurier, erreichen Sie unter {email}.",),), "end", 0.25, "i",
          on=NEWS),
        H("copyright", (("© Hopfenkurier Verlag GmbH {year}. Alle Rechte vorbehalten.",),), "end", 0.3, "klein",
          on=ALL),
        H("origin", (("Mit freundlicher Genehmigung von {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Kurzfassung.", "Vollständig unter {origin_host}"),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
        H("paywall", (("Hopfenkurier Digital",
                       "Den vollständigen Beitrag lesen Abonnenten.",
                       "Jetzt vier Wochen kostenlos testen."),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Live von der Hopfenrundfahrt: Dieser Ticker wird laufend ergänzt.",),), "top", 0.8,
          "live"),
        H("ui", (("Frühere Einträge anzeigen",),), "more", 1.0, "older"),
    ),
    authors=authors("Theresa Stanglmair/f/den Hopfenmarkt/Redakteurin; Korbinian Huber/m/Anbau und Technik/"
                    "Redakteur; Veronika Schapfl/f/Brauereien/Chefredakteurin; Alois Weichselbaumer/m/den Verband/"
                    "Redakteur"),
    plan=(("templated:hopfenmarkt", 6), ("templated:alphawerte", 6), ("news", 8), ("liveblog", 1),
          ("jsonld-full", 2), ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1), ("hand:h14-de-messe", 1),
          ("hand:h14-de-digital", 1), ("syndicated", 2), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("markt", "anbau", "technik", "verband"), templates=("hopfenmarkt", "alphawerte"),
    live_show=5, copy_from=(*DE_FROM, "grenzland-echo.example"), ld="graph", ld_join="\n",
    citing=("Hopfenpflanzerverband", "LfL Hüll", "BayWa"), agencies=("dpa", "lby"),
    photographers=("Hopfenkurier/Korbinian Huber", "LfL", "dpa"))


# ---- de: the German minority's daily in North Schleswig ---------------------------------------------------------
def _pollenbox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The pollen widget: today's counts, new every day."""
    lv = ("keine", "schwach", "mittel", "stark")
    return ("Pollenflug heute", f"Beifuß: {rng.choice(lv)}", f"Gräser: {rng.choice(lv[:3])}",
            f"Pilzsporen: {rng.choice(lv[1:])}")


GE = Publisher(
    "Grenzland-Echo", "grenzland-echo.example", "holdout14", "de",
    "Apenrade|Hadersleben|Sonderburg|Tondern|Tingleff|Gravenstein|Nordschleswig|das Grenzland",
    "https://{host}/{section}/{slug}-{id}",
    Skin(
        page=PAGES["GE"],
        article='<div class="ge-artikel"><h1>{h1}</h1><div class="ge-artikel__info">{byline}</div>{figure}<div '
                'class="ge-artikel__brodtekst">{body}</div></div>',
        byline='<span class="ge-skribent">{author}</span> <span class="ge-zeit">{date}, {time}</span>',
        figure='<div class="ge-foto"><img src="{src}" alt=""><p class="ge-foto__tekst">{caption} Foto: {credit}</p>'
               '</div>',
        para='<p class="ge-p">{t}</p>',
        pieces={"pollen": '<aside class="ge-pollen"><h4>{h}</h4><ul>{li}</ul></aside>',
                "dansk": '<div class="ge-dansk" lang="da"><p>{t}</p></div>',
                "passend": '<p class="ge-p ge-passend">{t}</p>',
                "app": '<div class="ge-app"><p>{t}</p></div>',
                "i": '<p class="ge-p"><i>{t}</i></p>',
                "klein": '<p class="ge-p"><small>{t}</small></p>',
                "live": '<p class="ge-live">{t}</p>',
                "older": '<button class="ge-live__mere">{t}</button>',
                "paywall": '<div class="ge-plus"><p>{t}</p></div>'},
        live='<div class="ge-liveblog" data-live="1">{updates}{more}</div>',
        live_update='<div class="ge-opdatering"><span class="ge-opdatering__tid"><time datetime="{iso}">{time}'
                    '</time></span><h3>{h}</h3>{body}</div>',
        blocks={"h2": '<h2 class="ge-mellemrubrik">{t}</h2>', "ul": '<ul class="ge-liste">{t}</ul>',
                "quote": '<blockquote class="ge-citat"><p>{t}</p></blockquote>',
                "fact": '<aside class="ge-faktaboks">{t}</aside>', "fact-h": '<h4 class="ge-faktaboks__h">{t}</h4>'}),
    habits=(
        H("related", (("Dazu passend ▸ {headline}",),), "after1", 0.35, "passend", link="headline"),
        *daily("holdout14", "pollen-widget", "ge-pollen", _pollenbox, "mid", 0.3, "pollen", on=ALL),
        H("app", (("Das Grenzland-Echo unterwegs lesen: mit unserer App für iOS und Android.",),), "mid", 0.15,
          "app"),
        H("danish-summary", (("Kort på dansk: Artiklen findes kun på tysk.",
                              "Har du spørgsmål, så skriv til redaktionen på redaktion@grenzland-echo.example."),
                             ("Resumé på dansk: Grenzland-Echo er det tyske mindretals dagblad i Sønderjylland.",)),
          "end", 0.35, "dansk", on=NEWS + COPY),
        H("follow", (("Folgen Sie dem Grenzland-Echo auch auf Facebook und Instagram!",),), "end", 0.2),
        H("agency", (("(Ritzau)",),), "glue_space", 0.2, on=STORY + COPY),
        H("attribution", (("Mitarbeit: {source}",),), "glue", 0.2, on=STORY + COPY),
        H("bio", (("{author} ist Redakteur{in} in {region} und unter {email} erreichbar.",),), "end", 0.25, "i",
          on=NEWS),
        H("copyright", (("© Grenzland-Echo {year} – Weiterverwendung nur nach Absprache",),), "end", 0.3,
          "klein", on=ALL),
        H("origin", (("Zuerst veröffentlicht bei {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Gekürzte Fassung.", "Mehr auf {origin_host}"),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
        H("paywall", (("GE+",
                       "Dieser Artikel ist Teil von GE+.",
                       "Digital-Abo ab 99 Kronen im Monat, jederzeit kündbar."),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Wir berichten live vom Deutschen Tag in Tingleff.",),), "top", 0.8, "live"),
        H("ui", (("Ältere Meldungen",),), "more", 1.0, "older"),
    ),
    authors=authors("Gwyn Nissen/m/die Minderheit/Chefredakteur; Helge Möller/m/Hadersleben/Redakteur; "
                    "Kerrin Jens/f/Sonderburg/Redakteurin; Anke Haagensen/f/Tondern/Redakteurin"),
    plan=(("templated:stadtrat", 6), ("templated:badewasser", 6), ("news", 8), ("liveblog", 1),
          ("jsonld-full", 2), ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1), ("hand:h14-de-dansk", 1),
          ("hand:h14-de-post", 1), ("syndicated", 2), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("nordschleswig", "apenrade", "minderheit", "kultur"), templates=("stadtrat", "badewasser"),
    live_show=6, copy_from=(*DE_FROM, "hopfenkurier.example"), ld="article",
    citing=("Ritzau", "die Kommune", "der BDN"), agencies=("Ritzau", "GE"),
    photographers=("Karin Riggelsen", "Grenzland-Echo", "Ritzau Scanpix"))


# ---- fr: a Rimouski city weekly --------------------------------------------------------------------------------
EH = Publisher(
    "L'Estuaire", "estuairehebdo.example", "holdout14", "fr",
    "Rimouski|Pointe-au-Père|Le Bic|Sainte-Luce|Mont-Joli|la Mitis|le Bas-Saint-Laurent",
    "https://www.{host}/{section}/{y}/{m}/{d}/{slug}",
    Skin(
        page=PAGES["EH"],
        article='<article class="eh-article"><h1 class="eh-article__titre">{h1}</h1><p class="eh-article__auteur">'
                '{byline}</p>{figure}<div class="eh-article__corps">{body}</div></article>',
        byline='Par {author} – {date}',
        figure='<figure class="eh-photo"><img src="{src}" alt=""><figcaption>{caption} (Photo {credit})</figcaption>'
               '</figure>',
        glue='<span class="eh-collab">{t}</span>',
        pieces={"circ": '<div class="eh-circulaires"><p>{t}</p><a href="/circulaires/">Feuilleter</a></div>',
                "cal": '<aside class="eh-calendrier"><p>{t}</p></aside>',
                "contrib": '<div class="eh-contribuer"><p>{t}</p><a href="/contribuer/">Je contribue</a></div>',
                "lire": '<p class="eh-alire">{t}</p>',
                "em": '<p><em>{t}</em></p>',
                "petit": '<p class="eh-petit">{t}</p>'},
        ad='<div class="eh-pub" data-emplacement="milieu"></div>',
        entities="french",
        blocks={"h2": '<h2 class="eh-intertitre">{t}</h2>', "ul": '<ul class="eh-puces">{t}</ul>',
                "quote": '<blockquote class="eh-citation"><p>{t}</p></blockquote>',
                "fact": '<aside class="eh-encadre">{t}</aside>', "fact-h": '<h3>{t}</h3>'}),
    habits=(
        H("photo-credit", (("(Photo : L'Estuaire)",),), "glue_lede", 0.15, on=STORY),
        H("related", (("À LIRE ÉGALEMENT | {headline}",),), "after1", 0.35, "lire", link="headline"),
        H("flyers", (("Les circulaires de la semaine sont en ligne : épiceries, quincailleries et pharmacies de la "
                      "région.",),
                     ("Vous cherchez les spéciaux ?", "Feuilletez toutes les circulaires de Rimouski sur notre site."
                      )), "mid", 0.3, "circ", on=ALL),
        H("calendar-submit", (("Votre organisme prépare une activité ?", "Inscrivez-la gratuitement dans notre "
                               "calendrier communautaire."),), "end", 0.3, "cal", on=ALL),
        H("membership", (("L'Estuaire reste gratuit grâce à ses lecteurs : contribuez dès 5 $ par mois.",),), "end",
          0.2, "contrib", on=NEWS),
        H("tip", (("Il se passe quelque chose dans votre rue ?", "Écrivez à salle@estuairehebdo.example."),), "end",
          0.2, "em"),
        H("attribution", (("Avec la collaboration de {source}",),), "glue", 0.2, on=STORY + COPY + TMPL),
        H("bio", (("{author} couvre {beat} pour L'Estuaire.", "Courriel : {email}"),), "end", 0.3, "em",
          on=NEWS + TMPL),
        H("bio", (("{author} est journaliste à {origin}.",),), "end", 0.3, "em", on=SYND),
        H("copyright", (("© {year} Les Éditions de l'Estuaire inc.",),), "end", 0.3, "petit", on=ALL),
        H("origin", (("Texte publié initialement dans {origin}.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Version abrégée.", "Texte intégral : {origin_host}"),), "end", 1.0, "em", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Josée Lavoie/f/les affaires municipales/journaliste; Félix Pelletier/m/les sports/journaliste;"
                    " Annie Saint-Pierre/f/la culture/rédactrice en chef; Marc-Olivier Dubé/m/l'économie/journaliste"),
    plan=(("templated:avisebullition", 10), ("templated:ramassage", 9), ("hand:h14-fr-circulaires", 1),
          ("hand:h14-fr-calendrier", 1), ("hand:h14-fr-traversier", 1), ("hand:h14-fr-abonnement", 1),
          ("syndicated", 3), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("actualites", "municipal", "communaute", "economie"), templates=("avisebullition", "ramassage"),
    copy_from=(*FR_FROM, *_others(FR_HOSTS, "estuairehebdo.example")), ld="article", ld_join=" ",
    citing=("la Ville de Rimouski", "la MRC de Rimouski-Neigette", "la Sûreté du Québec"),
    agencies=("L'Estuaire", "La Presse Canadienne"), photographers=("L'Estuaire", "Félix Pelletier",
                                                                    "La Presse Canadienne"))


# ---- fr: a Douala daily ------------------------------------------------------------------------------------------
MW = Publisher(
    "Le Messager du Wouri", "messagerwouri.example", "holdout14", "fr",
    "Douala|Bonabéri|Edéa|Nkongsamba|Limbé|le Littoral|le Moungo",
    "https://{host}/{section}/{id}-{slug}",
    Skin(
        page=PAGES["MW"],
        article='<div class="mw-papier"><div class="mw-papier__rubrique">{byline}</div><h1>{h1}</h1>{figure}<div '
                'class="mw-papier__texte">{body}</div></div>',
        byline='<b>{author}</b> | {date}',
        figure='<figure class="mw-illustration"><img src="{src}" alt=""><figcaption>{caption} © {credit}'
               '</figcaption></figure>',
        para='<p class="mw-p">{t}</p>',
        pieces={"sms": '<div class="mw-sms"><p>{t}</p></div>',
                "prix": '<p class="mw-kiosque"><b>{t}</b></p>',
                "lire": '<p class="mw-p mw-lire">{t}</p>',
                "pub": '<p class="mw-espace-pub">{t}</p>',
                "don": '<div class="mw-soutien"><p>{t}</p></div>',
                "em": '<p class="mw-p"><em>{t}</em></p>',
                "petit": '<p class="mw-p"><small>{t}</small></p>'},
        ad='<div class="mw-banniere" data-zone="article"></div>',
        entities="named",
        blocks={"h2": '<h2 class="mw-sous-titre">{t}</h2>', "ul": '<ul class="mw-liste">{t}</ul>',
                "quote": '<blockquote class="mw-exergue"><p>{t}</p></blockquote>',
                "fact": '<aside class="mw-zoom">{t}</aside>', "fact-h": '<h3 class="mw-zoom__titre">{t}</h3>'}),
    habits=(
        H("attribution", (("Correspondance particulière",),), "glue_lede", 0.15, on=STORY + COPY),
        H("related", (("LIRE AUSSI ➔ {headline}",),), "after1", 0.35, "lire", link="headline"),
        H("sms-alerts", (("Recevez l'essentiel de l'actualité par SMS : envoyez MW au 8040 (100 FCFA par SMS).",),
                         ("Alertes SMS du Messager : tapez MW et envoyez au 8040.",)), "mid", 0.25, "sms", on=ALL),
        H("ad-label", (("ESPACE PUBLICITAIRE",),), "mid", 0.2, "pub", on=ALL),
        H("cover-price", (("Le Messager du Wouri, chaque matin dans votre kiosque : 400 FCFA.",),), "end", 0.25,
          "prix", on=ALL, days=(10, 999)),
        H("donation", (("Soutenez une presse libre : faites un don par Orange Money au 6 55 55 01 20.",),), "end",
          0.15, "don", on=NEWS),
        H("agency", (("(AFP)",), ("(CNA)",)), "glue_space", 0.2, on=STORY + COPY),
        H("bio", (("{author}, journaliste au Messager du Wouri, couvre {beat}.", "Contact : {email}"),), "end",
          0.25, "em", on=NEWS),
        H("bio", (("{author} écrit pour {origin}.",),), "end", 0.3, "em", on=SYND),
        H("copyright", (("© {year} Le Messager du Wouri – Tous droits de reproduction réservés",),), "end", 0.3,
          "petit", on=ALL),
        H("origin", (("Source : {origin}.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Article résumé.", "La suite sur {origin_host}"),), "end", 1.0, "em", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Pauline Ngo Ndjock/f/l'économie/journaliste; Serge Ekambi/m/la politique/rédacteur en chef; "
                    "Christelle Mbella/f/la société/journaliste; Arnaud Tchakounté/m/le Littoral/correspondant"),
    plan=(("templated:coupureseneo", 10), ("templated:prixmarche", 9), ("hand:h14-fr-sms", 1),
          ("hand:h14-fr-kiosque", 1), ("hand:h14-fr-droits", 1), ("hand:h14-fr-inondations", 1),
          ("syndicated", 3), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("economie", "societe", "littoral", "politique"), templates=("coupureseneo", "prixmarche"),
    copy_from=(*FR_FROM, *_others(FR_HOSTS, "messagerwouri.example")), ld="graph",
    citing=("la CNA", "la mairie de Douala", "Eneo"),
    agencies=("AFP", "CNA"), photographers=("Le Messager du Wouri", "Arnaud Tchakounté", "AFP"))


# ---- es: a Quetzaltenango regional news site ---------------------------------------------------------------------
def _cambiobox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The exchange-rate box: today's rates, new every day."""
    return ("Tipo de cambio hoy", f"Dólar · Q{rng.uniform(7.66, 7.75):.2f}".replace(".", ","),
            f"Euro · Q{rng.uniform(8.8, 9.1):.2f}".replace(".", ","),
            f"Peso mexicano · Q{rng.uniform(0.39, 0.42):.3f}".replace(".", ","))


XH = Publisher(
    "Xela Hoy", "xelahoy.example", "holdout14", "es",
    "Quetzaltenango|Xela|Salcajá|Cantel|Olintepeque|San Marcos|Totonicapán|el occidente",
    "https://{host}/{y}/{m}/{d}/{slug}/",
    Skin(
        page=PAGES["XH"],
        article='<article class="xh-articulo"><h1 class="xh-articulo__tit">{h1}</h1><div class="xh-articulo__autor">'
                '{byline}</div>{figure}<div class="xh-articulo__cuerpo">{body}</div></article>',
        byline='<span>Por {author}</span> <time datetime="{iso}">{date} · {time}</time>',
        figure='<figure class="xh-img"><img src="{src}" alt=""><figcaption>{caption} (Foto: {credit})</figcaption>'
               '</figure>',
        glue='<span class="xh-fuente">{t}</span>',
        pieces={"cambio": '<aside class="xh-cambio"><h4>{h}</h4><ul>{li}</ul></aside>',
                "tags": '<p class="xh-etiquetas">{t}</p>',
                "freq": '<div class="xh-radio"><p>{t}</p><button>▶ Escuchar</button></div>',
                "lea": '<p class="xh-interes"><b>{t}</b></p>',
                "nl": '<div class="xh-boletin"><p>{t}</p></div>',
                "nota": '<p><i>{t}</i></p>',
                "legal": '<p class="xh-legal">{t}</p>'},
        ad='<div class="xh-publicidad" data-pos="mitad"></div>',
        entities="ascii",
        blocks={"h2": '<h2 class="xh-subtit">{t}</h2>', "ul": '<ul class="xh-vinetas">{t}</ul>',
                "quote": '<blockquote class="xh-cita"><p>{t}</p></blockquote>',
                "fact": '<aside class="xh-datos">{t}</aside>', "fact-h": '<h3>{t}</h3>'}),
    habits=(
        H("related", (("Le puede interesar → {headline}",),), "after1", 0.35, "lea", link="headline"),
        *daily("holdout14", "exchange-rate", "xh-cambio", _cambiobox, "mid", 0.3, "cambio", on=ALL),
        H("newsletter", (("Reciba Xela Hoy en su correo cada mañana: la suscripción es gratuita.",),), "mid", 0.2,
          "nl"),
        H("frequency", (("Escuche Xela Hoy Radio en el 99.5 FM, de lunes a sábado desde las 6:00.",),), "end", 0.2,
          "freq", on=ALL),
        H("tip", (("¿Tiene una denuncia?", "Escríbanos al WhatsApp 5555-0199."),), "end", 0.25, "nota"),
        H("hashtags", (("#XelaHoy #Quetzaltenango #Guatemala",), ("#NoticiasXela #Occidente",)), "end", 0.35,
          "tags", on=ALL),
        H("agency", (("(AGN)",),), "glue_space", 0.2, on=STORY + COPY + TMPL),
        H("attribution", (("Información de {source}.",),), "glue", 0.2, on=STORY + COPY),
        H("bio", (("{author} cubre {beat} para Xela Hoy.", "Correo: {email}"),), "end", 0.3, "nota", on=NEWS),
        H("copyright", (("© {year} Xela Hoy. Prohibida su reproducción total o parcial.",),), "end", 0.3, "legal",
          on=ALL),
        H("origin", (("Fuente original: {origin}.",),), "top", 0.7, "nota", on=COPY),
        H("read-rest", (("Nota resumida.", "Completa en {origin_host}"),), "end", 1.0, "nota", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Ana Lucía Xicará/f/el ambiente/reportera; Byron Coyoy/m/la migración/reportero; "
                    "Lesbia Tzul/f/la salud/editora; Walter Ixcot/m/los deportes/reportero"),
    plan=(("templated:volcan", 10), ("templated:suspensionagua", 9), ("hand:h14-es-xelalimpia", 1),
          ("hand:h14-es-radio", 1), ("hand:h14-es-remesas", 1), ("hand:h14-es-alertas", 1), ("syndicated", 3),
          ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("xela", "occidente", "migracion", "ambiente"), templates=("volcan", "suspensionagua"),
    copy_from=(*ES_FROM, *_others(ES_HOSTS, "xelahoy.example")), ld="article",
    dateline=("QUETZALTENANGO – ", "SAN MARCOS – "),
    citing=("la Conred", "el Insivumeh", "la Municipalidad"),
    agencies=("AGN", "EFE"), photographers=("Xela Hoy", "Walter Ixcot", "AGN"))


# ---- es: a Balearic tourism trade daily ---------------------------------------------------------------------------
TB = Publisher(
    "Diario Turístico de Baleares", "diarioturisticobaleares.example", "holdout14", "es",
    "Palma|Mallorca|Ibiza|Menorca|Formentera|Calvià|la Playa de Palma|Alcúdia",
    "https://{host}/{section}/{slug}_{id}.html",
    Skin(
        page=PAGES["TB"],
        article='<article class="tb-noticia"><p class="tb-noticia__antetitulo">{byline}</p><h1>{h1}</h1>{figure}'
                '<div class="tb-noticia__cuerpo">{body}</div></article>',
        byline='{author} · {date}',
        figure='<figure class="tb-foto"><img src="{src}" alt=""><figcaption>{caption} / {credit}</figcaption>'
               '</figure>',
        glue='<em class="tb-firma">{t}</em>',
        pieces={"feria": '<div class="tb-feria"><p>{t}</p></div>',
                "pdf": '<p class="tb-descarga"><a href="/informes/">{t}</a></p>',
                "voto": '<aside class="tb-premios"><p>{t}</p><button>Votar</button></aside>',
                "rel": '<p class="tb-relacionada"><strong>{t}</strong></p>',
                "nl": '<div class="tb-boletin"><p>{t}</p></div>',
                "nota": '<p class="tb-nota"><i>{t}</i></p>',
                "legal": '<p><small>{t}</small></p>'},
        ad='<div class="tb-roba" data-ad="robapaginas"></div>',
        blocks={"h2": '<h3 class="tb-ladillo">{t}</h3>', "ul": '<ul class="tb-claves">{t}</ul>',
                "quote": '<blockquote class="tb-destacado"><p>{t}</p></blockquote>',
                "fact": '<aside class="tb-despiece">{t}</aside>', "fact-h": '<h4>{t}</h4>'}),
    habits=(
        H("related", (("Relacionado: {headline}",),), "after1", 0.35, "rel", link="headline"),
        H("award-vote", (("Vote por su hotel favorito en los Premios Diario Turístico 2025 antes del 30 de "
                          "noviembre.",),), "mid", 0.25, "voto", on=ALL),
        H("newsletter", (("Boletín profesional: cada mañana a las 7:30, las claves del sector en su correo.",),),
          "mid", 0.2, "nl"),
        H("download-link", (("Descargue el informe completo en PDF (1,8 MB).",),
                            ("Los datos completos, en la hoja de cálculo adjunta (XLSX, 240 KB).",)), "end", 0.35,
          "pdf", on=TMPL + NEWS),
        H("fair-booth", (("Visítenos en FITUR 2026: pabellón 7, stand 7C08.",),), "end", 0.3, "feria", on=ALL,
          days=(8, 999)),
        H("translation", (("Traducción del catalán: Redacción.",),), "end", 0.15, "nota", on=SYND),
        H("agency", (("(Europa Press)",),), "glue_space", 0.2, on=STORY + COPY),
        H("attribution", (("Redacción con {source}",),), "glue", 0.2, on=STORY + COPY + TMPL),
        H("bio", (("{author} escribe sobre {beat} en Diario Turístico.", "Contacto: {email}"),), "end", 0.3,
          "nota", on=NEWS),
        H("copyright", (("© {year} Diario Turístico de Baleares S.L.",),), "end", 0.3, "legal", on=ALL),
        H("origin", (("Publicado en origen por {origin}.",),), "top", 0.7, "nota", on=COPY),
        H("read-rest", (("Extracto.", "Lea el resto en {origin_host}"),), "end", 1.0, "nota", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Marga Vidal/f/la hotelería/redactora jefa; Toni Pons/m/los cruceros y el puerto/redactor; "
                    "Carme Riera/f/las aerolíneas/redactora"),
    plan=(("templated:ocupacion", 10), ("templated:cruceros", 9), ("hand:h14-es-wtm", 1), ("hand:h14-es-informe", 1),
          ("hand:h14-es-premios", 1), ("hand:h14-es-ecotasa", 1), ("syndicated", 3), ("edited", 1), ("trimmed", 1),
          ("repost", 2)),
    sections=("hoteles", "cruceros", "aerolineas", "destino"), templates=("ocupacion", "cruceros"),
    copy_from=(*ES_FROM, *_others(ES_HOSTS, "diarioturisticobaleares.example")), ld="graph", ld_join="\n",
    citing=("la FEHM", "Autoridad Portuaria", "el Govern"),
    agencies=("Europa Press", "DTB"), photographers=("DTB", "Toni Pons", "Europa Press"))

HOLDOUT14 = (TC, CK, HK, GE, EH, MW, XH, TB)
