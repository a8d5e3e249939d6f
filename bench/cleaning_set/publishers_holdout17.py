"""The eight publishers of the 'holdout17' half (en x2, de x2, fr x2, es x2), written after the other eighteen
halves, by someone who had not read the cleaner, before it was run on them.  They are kinds of newsroom, in
regions, the other halves lack: a weekly in Jamestown (Saint Helena, South Atlantic), an English-language news
site in Tórshavn (Faroe Islands), an island weekly on Helgoland (North Sea), a dairy-farming trade paper in
Kempten (Allgäu, Bavarian Swabia), a Cayenne daily (French Guiana), a French-language site in Aosta (Aosta
Valley, Italy), an Ushuaia daily (Tierra del Fuego) and a community radio's newsroom in Hanga Roa (Rapa Nui,
Easter Island).  Their boilerplate wording, labels and markup are new.

What they bring (kinds only; the wordings are the publishers' own): a "continued from page 1" jump line, a
flight-watch box (new every day), a blood-donor call in a plain paragraph and a where-to-buy line on the Saint
Helena weekly; a glossary pointer, a grid-mix widget (new every day), a "we're hiring" box and a smart-speaker
line glued to the last sentence on the Faroe site; an anniversary banner, a duty-free price widget (new every
day), a lost-property notice and a reading-progress line on the Helgoland weekly; a regional-edition switch, an
author-follow button and a subscriber thank-you glued to the last sentence without a space on the Allgäu trade
paper; a launch widget (new every day), a planned-outage line and a save-for-offline prompt on the Cayenne daily;
a snow-depth widget (new every day), a print prompt and a comment-count line on the Aosta site; a daylight widget
(new every day) and a "was this useful?" vote on the Ushuaia daily; a Rapa Nui greeting glued to the lede, a
festival countdown (new every day) and a call for WhatsApp voice messages on the Hanga Roa radio; plus the usual
kinds in new wordings: related links, bios (slot-first with the author's e-mail, and under copies of other
publishers' stories), agency credits and attributions glued to the last sentence with and without a space and to
the lede, ad labels mid-body, corrections, copyright lines, origin notes and "the rest is at" tails on copies, a
paywall under the German sites' JSON-LD-only pages and live-blog notices and "load more" buttons.  Some are in
plain ``<p>`` exactly like the story, some in tables, definition lists, ``<aside>``, ``<section>``,
``<details>``, ``<figure>``, forms or buttons.  Story text in chrome-like markup: subheads, lists, quotations and
fact boxes (one site's fact boxes are definition lists).  Recurrence traps: templated stories whose stock
sentences read like a disclaimer ("Figures are provisional and may be revised", "Alle Angaben ohne Gewähr", "Für
die Richtigkeit der Angaben übernehmen wir keine Haftung", "Ces relevés sont fournis à titre indicatif", "Los
horarios son referenciales"), a credit ("Quelle: Milchpreisvergleich des Verbands der Milcherzeuger,
Zusammenstellung Milchspiegel", "Données : DGTM Guyane, relevés de 7 h", "Fuente: Vialidad Provincial"), a
hotline or a site ("contact the Fisheries Section on 22270", "Tel. 04725 555 210", "Renseignements au 0594 55 55
10", "comuníquese al (02901) 555-120", "the Landsverk map") or a thanks or an apology ("Landsverk thanks road
users for their patience", "Atlantic Airways apologises for any inconvenience", "Le comité remercie les éleveurs",
"El municipio agradece la paciencia de los vecinos"); handwritten stories that read like these sites' own chrome
(where the paper is sold, blood donors, a smart speaker, the grid mix, a newsroom hiring, the paper's 125th
birthday, the lost-property office, regional editions, reading offline, planned power cuts, printing the paper,
snow depths, daylight hours, closing comments, a festival programme, voice messages), six of them interviews.
The English, French and Spanish publishers, with no corpus stories left, run templated and handwritten stories
and copies of other publishers' stories (the French and Spanish ones mostly of holdout15's, holdout16's and each
other's handwritten stories); the two German ones also run corpus stories (from the reserve), live blogs and
JSON-LD variants (full, teaser-only and stale ``articleBody``).
"""

from __future__ import annotations

import random

from bench.cleaning_set.cms import ALL, COPY, Habit, Publisher, Skin, daily
from bench.cleaning_set.publishers_holdout16 import DE_FROM as DE_FROM16
from bench.cleaning_set.publishers_holdout16 import DE_HOSTS as DE_HOSTS16
from bench.cleaning_set.publishers_holdout16 import EN_FROM as EN_FROM16
from bench.cleaning_set.publishers_holdout16 import EN_HOSTS as EN_HOSTS16
from bench.cleaning_set.publishers_holdout16 import ES_FROM as ES_FROM16
from bench.cleaning_set.publishers_holdout16 import ES_HOSTS as ES_HOSTS16
from bench.cleaning_set.publishers_holdout16 import FR_FROM as FR_FROM16
from bench.cleaning_set.publishers_holdout16 import FR_HOSTS as FR_HOSTS16
from bench.cleaning_set.publishers_tune import authors
from bench.cleaning_set.skins_holdout17 import PAGES

H = Habit
NEWS = ("news",)
STORY = ("news", "reposted")
TRIM = ("trimmed",)
SYND = ("syndicated", "edited")
TMPL = ("templated",)

EN_HOSTS = ("wirebird-weekly.example", "foroyartoday.example")
DE_HOSTS = ("inselkurier-helgoland.example", "milchspiegel-allgaeu.example")
FR_HOSTS = ("courrierdeguyane.example", "ladoire-info.example")
ES_HOSTS = ("gacetafueguina.example", "radiomotunui.example")
EN_FROM = (*EN_FROM16, *EN_HOSTS16)
DE_FROM = (*DE_FROM16, *DE_HOSTS16)
FR_FROM = (*FR_FROM16, *FR_HOSTS16)
ES_FROM = (*ES_FROM16, *ES_HOSTS16)


def _others(hosts: tuple[str, ...], me: str) -> tuple[str, ...]:
    return tuple(h for h in hosts if h != me)


def _dec(x: float, k: int = 2) -> str:
    return f"{x:.{k}f}".replace(".", ",")


# ---- en: a Saint Helena weekly --------------------------------------------------------------------------------
def _flightbox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The flight-watch box: this week's flight, the wind at the airport and the next ship, new every day."""
    return ("Flight watch", f"SA8105 from Johannesburg: {rng.choice(('on time', 'on time', 'delayed 2 hrs', 'diverted to Walvis Bay'))}",  # noqa: E501
            f"Wind at Prosperous Bay: {rng.randint(9, 31)} knots",
            f"Next ship: MV Helena, {rng.choice(('Monday', 'Wednesday', 'Thursday', 'Friday'))}")


WB = Publisher(
    "The Wirebird Weekly", "wirebird-weekly.example", "holdout17", "en",
    "Jamestown|Half Tree Hollow|Longwood|Levelwood|Blue Hill|Sandy Bay|Alarm Forest|St Paul's|Ascension",
    "https://www.{host}/{section}/{y}/{m}/{slug}/",
    Skin(
        page=PAGES["WB"],
        article='<article class="wb-art"><h1 class="wb-art__h">{h1}</h1><p class="wb-art__by">{byline}</p>{figure}'
                '<div class="wb-art__body">{body}</div></article>',
        byline='Written by <a href="/staff/{slug}/">{author}</a> · <time datetime="{iso}">{date}</time>',
        figure='<figure class="wb-fig"><img src="{src}" alt=""><figcaption>{caption} <cite>Photo: {credit}</cite>'
               '</figcaption></figure>',
        para='<p class="wb-p">{t}</p>',
        glue='<span class="wb-credit">{t}</span>',
        pieces={"jump": '<p class="wb-p wb-jump"><em>{t}</em></p>',
                "flight": '<section class="wb-flightwatch"><h5>{h}</h5><ul class="wb-flightwatch__l">{li}</ul>'
                          '</section>',
                "see": '<p class="wb-p wb-see">{t}</p>',
                "sell": '<table class="wb-sale"><tr><td>{t}</td></tr></table>',
                "it": '<p class="wb-p"><i>{t}</i></p>',
                "fine": '<p class="wb-p wb-fine"><small>{t}</small></p>'},
        ad='<div class="wb-ad" data-slot="inline-1"><p>Advertisement</p></div>',
        entities="named",
        blocks={"h2": '<h2 class="wb-h2">{t}</h2>', "ul": '<ul class="wb-ul">{t}</ul>',
                "quote": '<blockquote class="wb-q"><p>{t}</p></blockquote>',
                "fact": '<aside class="wb-box">{t}</aside>', "fact-h": '<h3 class="wb-box__h">{t}</h3>'}),
    habits=(
        H("print-jump", (("Continued from page 1.",), ("From page 1.",)), "top", 0.35, "jump", on=NEWS + TMPL),
        H("related", (("See also: {headline}",),), "after1", 0.35, "see", link="headline"),
        *daily("holdout17", "airport-widget", "wb-flight", _flightbox, "mid", 0.3, "flight", on=ALL),
        H("blood-drive", (("Blood donors are needed: the General Hospital laboratory takes donations on Thursday "
                           "from 9 a.m. to 1 p.m.",),), "mid", 0.3, on=ALL),
        H("attribution", (("Additional reporting: SAMS News.",),), "glue_space", 0.2, on=STORY + COPY + TMPL),
        H("stockists", (("The Wirebird is on sale every Friday at the Post Office, the Star in Longwood and Rose "
                         "and Crown.",),), "end", 0.3, "sell", on=ALL),
        H("bio", (("{author} reports on {beat} for the Wirebird; email {email}.",),), "end", 0.3, "it",
          on=NEWS + TMPL),
        H("bio", (("{author} writes for {origin}.",),), "end", 0.3, "it", on=SYND),
        H("correction", (("Correction: this article was amended on {date} to correct the spelling of a "
                          "councillor's name.",),), "end", 0.1, "it", on=NEWS + TMPL),
        H("copyright", (("© {year} The Wirebird Weekly (St Helena) Ltd.",),), "end", 0.3, "fine", on=ALL),
        H("origin", (("First published by {origin}; reproduced with thanks.",),), "top", 0.7, "it", on=COPY),
        H("read-rest", (("Shortened.", "Read the full version at {origin_host}"),), "end", 1.0, "it", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Tracy Yon/f/the Legislative Council/editor; Vince Thomas/m/fishing/reporter; "
                    "Emma-Jane Benjamin/f/health/reporter; Gavin Stroud/m/sport/sports editor"),
    plan=(("templated:tunalandings", 10), ("templated:councilorders", 10), ("hand:h17-en-stockists", 1),
          ("hand:h17-en-bloodbank", 1), ("hand:h17-en-airlink", 1), ("syndicated", 5), ("edited", 2),
          ("trimmed", 2), ("repost", 2)),
    sections=("news", "council", "fishing", "community"), templates=("tunalandings", "councilorders"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "wirebird-weekly.example")), ld="article",
    citing=("St Helena Government", "the Royal St Helena Police", "the Fisheries Corporation"),
    agencies=("SAMS", "Wirebird"), photographers=("Wirebird", "Vince Thomas", "SHG"))


# ---- en: a Faroe Islands English-language news site -----------------------------------------------------------
def _gridbox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The grid-mix widget: where the islands' power comes from today, new every day."""
    wind = rng.randint(18, 70)
    hydro = rng.randint(10, 95 - wind)
    return ("Power right now", f"Wind: {wind}%", f"Hydro: {hydro}%", f"Oil: {100 - wind - hydro}%")


FT = Publisher(
    "Føroyar Today", "foroyartoday.example", "holdout17", "en",
    "Tórshavn|Klaksvík|Runavík|Tvøroyri|Vágur|Sørvágur|Gøta|Eysturoy|Suðuroy|Vágar",
    "https://{host}/news/{id}/{slug}",
    Skin(
        page=PAGES["FT"],
        article='<div class="ft-story"><p class="ft-story__kicker">{byline}</p><h1 class="ft-story__title">{h1}</h1>'
                '{figure}<div class="ft-story__text">{body}</div></div>',
        byline='<span class="ft-author">{author}</span> <span class="ft-time">{date}, {time}</span>',
        figure='<div class="ft-media"><img src="{src}" alt=""><span class="ft-media__cap">{caption}</span> <span '
               'class="ft-media__cr">{credit}</span></div>',
        glue='<span class="ft-tail">{t}</span>',
        pieces={"glos": '<p class="ft-glossary"><a href="/glossary/">{t}</a></p>',
                "grid": '<aside class="ft-grid-mix"><strong>{h}</strong><ul>{li}</ul></aside>',
                "hire": '<form class="ft-jobs"><p>{t}</p><button>Apply</button></form>',
                "rel": '<p class="ft-related">{t}</p>',
                "it": '<p><em>{t}</em></p>',
                "fine": '<p class="ft-legal"><small>{t}</small></p>'},
        ad='<div class="ft-banner" data-ad="mpu-inline"></div>',
        blocks={"h2": '<h3 class="ft-sub">{t}</h3>', "ul": '<ul class="ft-list">{t}</ul>',
                "quote": '<blockquote class="ft-pull"><p>{t}</p></blockquote>',
                "fact": '<section class="ft-facts">{t}</section>', "fact-h": '<h4>{t}</h4>'}),
    habits=(
        H("glossary-note", (("New to Faroese words? Our glossary explains bygd, grind, tinghús and more.",),), "top",
          0.25, "glos", on=ALL),
        H("related", (("Related: {headline}",),), "after1", 0.35, "rel", link="headline"),
        *daily("holdout17", "grid-widget", "ft-grid", _gridbox, "mid", 0.3, "grid", on=ALL),
        H("newsroom-hiring", (("We're hiring: Føroyar Today is looking for a part-time reporter in Klaksvík.",
                               "Send your CV and three clips to jobs@foroyartoday.example."),), "mid", 0.3, "hire",
          on=ALL),
        H("smart-speaker", (("Listen on your smart speaker: just say “play Føroyar Today”.",),), "glue_space", 0.25,
          on=NEWS + TMPL),
        H("agency", (("(Ritzau)",),), "glue", 0.15, on=STORY + COPY),
        H("bio", (("{author} covers {beat} for Føroyar Today. Contact: {email}",),), "end", 0.3, "it",
          on=NEWS + TMPL),
        H("bio", (("{author} is a correspondent for {origin}.",),), "end", 0.3, "it", on=SYND),
        H("copyright", (("Copyright © {year} Føroyar Today. All rights reserved.",),), "end", 0.25, "fine", on=ALL),
        H("origin", (("This story first appeared on {origin}.",),), "top", 0.7, "it", on=COPY),
        H("read-rest", (("This is a shortened version.", "Continue reading at {origin_host}"),), "end", 1.0, "it",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Sunnvá Joensen/f/politics/news editor; Rógvi Olsen/m/fishing/reporter; "
                    "Marjun Hansen/f/travel/reporter; Jákup Dam/m/culture/reporter"),
    plan=(("templated:vagarfog", 10), ("templated:tunnelclosures", 10), ("hand:h17-en-speaker", 1),
          ("hand:h17-en-grid", 1), ("hand:h17-en-hiring", 1), ("syndicated", 5), ("edited", 2),
          ("trimmed", 2), ("repost", 2)),
    sections=("news", "travel", "fishing", "politics"), templates=("vagarfog", "tunnelclosures"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "foroyartoday.example")), ld="graph", ld_join="\n",
    dateline=("TÓRSHAVN (FT) — ", "KLAKSVÍK (FT) — "),
    citing=("the Faroese government", "the Faroese police", "Landsverk"),
    agencies=("Ritzau", "FT"), photographers=("Føroyar Today", "Jákup Dam", "Ritzau"))


# ---- de: a Helgoland island weekly ----------------------------------------------------------------------------
def _zollbox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The duty-free widget: today's prices on the island, new every day."""
    return ("Zollfrei auf Helgoland heute", f"Diesel: {_dec(rng.uniform(1.19, 1.39))} €/l",
            f"Zigaretten, Stange: {_dec(rng.uniform(38, 46))} €", f"Kaffee, 500 g: {_dec(rng.uniform(4.2, 6.9))} €")


IK = Publisher(
    "Helgoländer Inselkurier", "inselkurier-helgoland.example", "holdout17", "de",
    "Helgoland|die Düne|das Unterland|das Oberland|Cuxhaven|Büsum|Hamburg|die Nordsee",
    "https://www.{host}/{section}/{slug}-{id}",
    Skin(
        page=PAGES["IK"],
        article='<article class="ik-beitrag"><h1 class="ik-beitrag__t">{h1}</h1><p class="ik-beitrag__v">{byline}</p>'
                '{figure}<div class="ik-beitrag__text">{body}</div></article>',
        byline='Von {author} – {date}',
        figure='<figure class="ik-foto"><img src="{src}" alt=""><figcaption>{caption} (Foto: {credit})</figcaption>'
               '</figure>',
        para='<p class="ik-absatz">{t}</p>',
        glue='<span class="ik-q">{t}</span>',
        pieces={"jubi": '<div class="ik-jubilaeum"><p>{t}</p><img src="/img/125.png" alt=""></div>',
                "zoll": '<aside class="ik-zollfrei"><h4>{h}</h4><ul>{li}</ul></aside>',
                "fund": '<details class="ik-fundsachen"><summary>Fundsachen</summary><p>{t}</p></details>',
                "fort": '<p class="ik-absatz ik-fortschritt">{t}</p>',
                "auch": '<p class="ik-absatz"><b>{t}</b></p>',
                "i": '<p class="ik-absatz"><i>{t}</i></p>',
                "klein": '<p class="ik-absatz"><small>{t}</small></p>',
                "live": '<p class="ik-ticker-hinweis">{t}</p>',
                "older": '<button class="ik-ticker-mehr">{t}</button>',
                "paywall": '<div class="ik-plus"><p>{t}</p><a href="/abo/">Abo abschließen</a></div>'},
        ad='<div class="ik-anzeige" data-slot="text-mitte"><span>Anzeige</span></div>',
        live='<div class="ik-ticker">{updates}{more}</div>',
        live_update='<div class="ik-ticker__m"><p class="ik-ticker__zeit">{time}</p><h3>{h}</h3>{body}</div>',
        blocks={"h2": '<h2 class="ik-zw">{t}</h2>', "ul": '<ul class="ik-punkte">{t}</ul>',
                "quote": '<blockquote class="ik-zitat"><p>{t}</p></blockquote>',
                "fact": '<aside class="ik-kasten">{t}</aside>', "fact-h": '<h3 class="ik-kasten__t">{t}</h3>'}),
    habits=(
        H("agency", (("(dpa)",),), "glue_lede", 0.1, on=STORY + COPY),
        H("anniversary", (("125 Jahre Inselkurier: Feiern Sie mit uns am 1. Oktober in der Nordseehalle!",),), "top",
          0.25, "jubi", on=ALL),
        H("related", (("Lesen Sie auch: {headline}",),), "after1", 0.35, "auch", link="headline"),
        *daily("holdout17", "dutyfree-widget", "ik-zoll", _zollbox, "mid", 0.3, "zoll", on=STORY + COPY),
        H("lost-found", (("Gefunden: eine Kinderbrille an der Landungsbrücke.",
                          "Abzuholen im Fundbüro der Gemeinde, Lung Wai 28."),
                         ("Gefunden: ein Schlüsselbund mit rotem Anhänger auf der Düne.",
                          "Abzuholen im Fundbüro der Gemeinde, Lung Wai 28.")), "mid", 0.2, "fund", on=ALL),
        H("attribution", (("Mit Material von {source}",),), "glue", 0.15, on=STORY + COPY),
        H("reading-progress", (("Ihr Lesefortschritt wird gespeichert: Lesen Sie auf jedem Gerät weiter, wo Sie "
                                "aufgehört haben.",),), "end", 0.2, "fort", on=ALL),
        H("bio", (("{author} ist Redakteur{in} beim Inselkurier und erreichbar unter {email}.",),), "end", 0.25, "i",
          on=NEWS + TMPL),
        H("copyright", (("© {year} Helgoländer Inselkurier · Nachdruck nur mit Genehmigung",),), "end", 0.3,
          "klein", on=ALL),
        H("origin", (("Dieser Beitrag erschien zuerst bei {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Gekürzte Fassung.", "Ganzer Artikel auf {origin_host}"),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
        H("paywall", (("Kurier+",
                       "Weiterlesen mit Kurier+ für 5,90 Euro im Monat.",
                       "Schon Abonnent? Hier einloggen."),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Im Ticker berichten wir laufend vom Herbststurm über der Deutschen Bucht.",),), "top",
          0.8, "live"),
        H("ui", (("Ältere Einträge laden",),), "more", 1.0, "older"),
    ),
    authors=authors("Inga Rickmers/f/die Insel/Redakteurin; Jens Kreuz/m/den Hafen/Redakteur; "
                    "Frauke Botter/f/die Düne/Redakteurin; Uwe Friedrichs/m/die Gemeinde/Redakteur"),
    plan=(("templated:robbenzaehlung", 6), ("templated:schiffsankuenfte", 6), ("news", 8), ("liveblog", 1),
          ("jsonld-full", 2), ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1),
          ("hand:h17-de-jubilaeum", 1), ("hand:h17-de-fundbuero", 1), ("syndicated", 2), ("edited", 1),
          ("trimmed", 1), ("repost", 2)),
    sections=("insel", "duene", "hafen", "gemeinde"), templates=("robbenzaehlung", "schiffsankuenfte"),
    live_show=4, copy_from=(*DE_FROM, "milchspiegel-allgaeu.example"), ld="graph", ld_join="\n",
    citing=("die Gemeinde Helgoland", "das Wasserstraßen- und Schifffahrtsamt", "die Polizei Helgoland"),
    agencies=("dpa", "IK"), photographers=("Inselkurier/Jens Kreuz", "dpa", "Verein Jordsand"))


# ---- de: an Allgäu dairy trade paper --------------------------------------------------------------------------
AM = Publisher(
    "Allgäuer Milchspiegel", "milchspiegel-allgaeu.example", "holdout17", "de",
    "Kempten|Sonthofen|Immenstadt|Marktoberdorf|Lindenberg|Wangen|das Oberallgäu|das Ostallgäu|das Westallgäu",
    "https://www.{host}/{section}/{y}/{m}/{slug}.html",
    Skin(
        page=PAGES["AM"],
        article='<div class="am-artikel"><p class="am-artikel__rubrik">{byline}</p><h1>{h1}</h1>{figure}<div '
                'class="am-artikel__inhalt">{body}</div></div>',
        byline='<span class="am-autor">{author}</span>, {date}, {time}',
        figure='<figure class="am-bild"><img src="{src}" alt=""><figcaption>{caption} | Bild: {credit}</figcaption>'
               '</figure>',
        glue='<span class="am-zusatz">{t}</span>',
        pieces={"ausgabe": '<div class="am-ausgabe"><p>{t}</p><select><option>Oberallgäu</option></select></div>',
                "folgen": '<div class="am-autor-folgen"><button>{t}</button></div>',
                "passend": '<p class="am-passend">{t}</p>',
                "anz": '<p class="am-anzeigenhinweis">{t}</p>',
                "i": '<p><i>{t}</i></p>',
                "klein": '<p class="am-fuss-notiz">{t}</p>',
                "live": '<p class="am-live-info">{t}</p>',
                "older": '<button class="am-live-mehr">{t}</button>',
                "paywall": '<section class="am-bezahl"><p>{t}</p></section>'},
        ad='<div class="am-werbung" data-pos="content-1"></div>',
        live='<section class="am-live">{updates}{more}</section>',
        live_update='<article class="am-live__e"><time datetime="{iso}">{time}</time><h4>{h}</h4>{body}</article>',
        entities="named",
        blocks={"h2": '<h2 class="am-zt">{t}</h2>', "ul": '<ul class="am-liste">{t}</ul>',
                "quote": '<blockquote class="am-zitat"><p>{t}</p></blockquote>',
                "fact": '<div class="am-info">{t}</div>', "fact-h": '<p class="am-info__t">{t}</p>',
                "fact-ul": '<dl class="am-info__dl">{t}</dl>', "fact-li": '<dd>{t}</dd>'}),
    habits=(
        H("edition-switch", (("Sie lesen die Ausgabe Oberallgäu.", "Zur Ausgabe Ostallgäu wechseln"),
                             ("Sie lesen die Gesamtausgabe.", "Ausgabe Westallgäu auswählen")), "top", 0.3,
          "ausgabe", on=ALL),
        H("related", (("Passend dazu: {headline}",),), "after1", 0.35, "passend", link="headline"),
        H("ad-label", (("Anzeige",),), "mid", 0.2, "anz", on=ALL),
        H("attribution", (("Quelle: {source}",),), "glue_space", 0.2, on=STORY + COPY),
        H("agency", (("(AgE)",),), "glue", 0.15, on=STORY + COPY),
        H("subscriber-thanks", (("Danke, dass Sie den Milchspiegel abonniert haben!",),), "glue", 0.3,
          on=NEWS + TMPL),
        H("author-follow", (("{author} folgen: Sie bekommen eine E-Mail, sobald ein neuer Beitrag erscheint.",),),
          "end", 0.35, "folgen", on=NEWS + TMPL),
        H("bio", (("{author} ist Fachredakteur{in} für {beat}, Kontakt: {email}",),), "end", 0.25, "i",
          on=NEWS + TMPL),
        H("copyright", (("© {year} Allgäuer Milchspiegel – Nachdruck nur mit Genehmigung des Verlags",),), "end",
          0.3, "klein", on=ALL),
        H("origin", (("Übernommen von {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("In Auszügen.", "Vollständig lesen auf {origin_host}"),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
        H("paywall", (("Milchspiegel Digital",
                       "Dieser Beitrag ist Abonnenten vorbehalten.",
                       "Testen Sie vier Wochen kostenlos."),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Wir berichten live von der Allgäuer Festwoche in Kempten.",),), "top", 0.8, "live"),
        H("ui", (("Weitere Beiträge anzeigen",),), "more", 1.0, "older"),
    ),
    authors=authors("Martin Zettler/m/den Milchmarkt/Chefredakteur; Magdalena Hörmann/f/die Tierzucht/Redakteurin; "
                    "Anton Rauch/m/die Agrarpolitik/Redakteur; Theresa Kögel/f/die Stalltechnik/Redakteurin"),
    plan=(("templated:milchpreise", 6), ("templated:viehmarkt", 6), ("news", 8), ("liveblog", 1),
          ("jsonld-full", 2), ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1),
          ("hand:h17-de-ausgaben", 1), ("hand:h17-de-hofnachfolge", 1), ("syndicated", 2), ("edited", 1),
          ("trimmed", 1), ("repost", 2)),
    sections=("markt", "zucht", "stall", "politik"), templates=("milchpreise", "viehmarkt"),
    live_show=5, copy_from=(*DE_FROM, "inselkurier-helgoland.example"), ld="article", ld_oldest_first=True,
    citing=("der Milchwirtschaftliche Verein Allgäu-Schwaben", "das Amt für Landwirtschaft Kempten",
            "der Bayerische Bauernverband"),
    agencies=("AgE", "dpa"), photographers=("Milchspiegel/Anton Rauch", "AgE", "AELF Kempten"))


# ---- fr: a Cayenne daily --------------------------------------------------------------------------------------
def _tirbox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The launch widget: the next launch from Kourou and its window, new every day."""
    lanceur = rng.choice(("Ariane 6", "Vega-C"))
    return ("Prochain lancement", f"{lanceur}, vol V{'A' if lanceur == 'Ariane 6' else 'V'}{rng.randint(260, 299)}",
            f"Fenêtre : {rng.randint(17, 23)} h {rng.choice(('00', '15', '31', '48'))}",
            f"Météo tir : {rng.choice(('favorable', 'à surveiller', 'défavorable'))}")


CO = Publisher(
    "Le Courrier de Guyane", "courrierdeguyane.example", "holdout17", "fr",
    "Cayenne|Kourou|Saint-Laurent-du-Maroni|Matoury|Rémire-Montjoly|Maripasoula|Saint-Georges|l'Oyapock|le Maroni",
    "https://www.{host}/{section}/{slug}-{id}.html",
    Skin(
        page=PAGES["CO"],
        article='<article class="co-art"><header><h1 class="co-art__titre">{h1}</h1><p class="co-art__sig">{byline}'
                '</p></header>{figure}<div class="co-art__texte">{body}</div></article>',
        byline='Par {author}, le {date} à {time}',
        figure='<figure class="co-illu"><img src="{src}" alt=""><figcaption>{caption} / {credit}</figcaption></figure>',
        para='<p class="co-p">{t}</p>',
        glue='<span class="co-src">{t}</span>',
        pieces={"tir": '<aside class="co-tir"><h4 class="co-tir__t">{h}</h4><ul>{li}</ul></aside>',
                "coup": '<p class="co-p co-coupures">{t}</p>',
                "hl": '<div class="co-horsligne"><p>{t}</p><button>Enregistrer</button></div>',
                "lire": '<p class="co-p co-lire">{t}</p>',
                "em": '<p class="co-p"><em>{t}</em></p>',
                "petit": '<p class="co-p"><small>{t}</small></p>'},
        ad='<div class="co-pub" data-zone="article-milieu"></div>',
        entities="french",
        blocks={"h2": '<h2 class="co-inter">{t}</h2>', "ul": '<ul class="co-liste">{t}</ul>',
                "quote": '<blockquote class="co-cit"><p>{t}</p></blockquote>',
                "fact": '<aside class="co-encadre">{t}</aside>', "fact-h": '<h3>{t}</h3>'}),
    habits=(
        H("offline-save", (("Pas de réseau sur le fleuve ? Enregistrez cet article pour le lire hors connexion.",),),
          "after1", 0.35, "hl", on=ALL),
        *daily("holdout17", "launch-widget", "co-tir", _tirbox, "mid", 0.3, "tir", on=ALL),
        H("ad-label", (("Publicité",),), "mid", 0.15, "petit", on=ALL),
        H("attribution", (("D'après Guyane la 1ère.",),), "glue", 0.2, on=STORY + COPY + TMPL),
        H("agency", (("(AFP)",),), "glue_space", 0.15, on=STORY + COPY),
        H("related", (("Lire aussi : {headline}",),), "end", 0.35, "lire", link="headline"),
        H("outage-schedule", (("Coupures programmées EDF demain : Matoury, secteur Cogneau-Lamirande, de 8 h à "
                               "12 h.",),
                              ("Coupures programmées EDF jeudi : Rémire-Montjoly, route des Plages, de 7 h 30 à "
                               "11 h 30.",)), "end", 0.2, "coup", on=ALL),
        H("bio", (("{author} ({email}), {role} au Courrier de Guyane.",),), "end", 0.3, "em", on=NEWS + TMPL),
        H("bio", (("{author} est journaliste à {origin}.",),), "end", 0.3, "em", on=SYND),
        H("copyright", (("© Le Courrier de Guyane {year}. Tous droits réservés.",),), "end", 0.3, "petit", on=ALL),
        H("origin", (("Cet article a été publié initialement par {origin}.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Extrait.", "La suite sur {origin_host}"),), "end", 1.0, "em", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Clarisse Lapierre/f/la politique/rédactrice en chef; Wilfried Adjako/m/l'Ouest/journaliste; "
                    "Nadia Panelle/f/les fleuves/journaliste; Yannick Voyer/m/le spatial/journaliste"),
    plan=(("templated:lancementkourou", 10), ("templated:niveaufleuves", 9), ("hand:h17-fr-horsligne", 1),
          ("hand:h17-fr-coupures", 1), ("hand:h17-fr-orpaillage", 1), ("hand:h17-fr-fusee", 1), ("syndicated", 3),
          ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("cayenne", "kourou", "ouest", "fleuves"), templates=("lancementkourou", "niveaufleuves"),
    copy_from=(*FR_FROM, *_others(FR_HOSTS, "courrierdeguyane.example")), ld="article",
    citing=("la préfecture de Guyane", "la gendarmerie", "la Collectivité territoriale de Guyane"),
    agencies=("AFP", "CDG"), photographers=("Courrier de Guyane", "Yannick Voyer", "CNES/ESA"))


# ---- fr: an Aosta Valley French-language site -----------------------------------------------------------------
def _neigebox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The snow-depth widget: today's snow at three resorts, new every day."""
    return ("Neige en Vallée", f"Cervinia : {rng.randint(0, 140)} cm", f"Courmayeur : {rng.randint(0, 90)} cm",
            f"Pila : {rng.randint(0, 60)} cm")


DI = Publisher(
    "La Doire Info", "ladoire-info.example", "holdout17", "fr",
    "Aoste|Courmayeur|Cogne|Saint-Vincent|Châtillon|Pont-Saint-Martin|la Valtournenche|Gressoney|la Vallée d'Aoste",
    "https://{host}/{y}/{m}/{d}/{slug}/",
    Skin(
        page=PAGES["DI"],
        article='<div class="di-article"><h1 class="di-article__t">{h1}</h1><div class="di-article__m">{byline}</div>'
                '{figure}<div class="di-article__c">{body}</div></div>',
        byline='<span class="di-aut">{author}</span> | <time datetime="{iso}">{date}</time>',
        figure='<figure class="di-img"><img src="{src}" alt=""><figcaption>{caption} (© {credit})</figcaption>'
               '</figure>',
        glue='<em class="di-ag">{t}</em>',
        pieces={"neige": '<aside class="di-neige"><p class="di-neige__t">{h}</p><ul>{li}</ul></aside>',
                "impr": '<p class="di-imprimer"><a href="#print">{t}</a></p>',
                "com": '<p class="di-commentaires"><a href="#comments">{t}</a></p>',
                "voir": '<p class="di-voir">{t}</p>',
                "em": '<p><em>{t}</em></p>',
                "petit": '<p class="di-petit">{t}</p>'},
        ad='<div class="di-pub" data-slot="inread"></div>',
        entities="french",
        blocks={"h2": '<h2 class="di-inter">{t}</h2>', "ul": '<ul class="di-puces">{t}</ul>',
                "quote": '<blockquote class="di-cit"><p>{t}</p></blockquote>',
                "fact": '<aside class="di-zoom">{t}</aside>', "fact-h": '<h3 class="di-zoom__t">{t}</h3>'}),
    habits=(
        H("related", (("À lire aussi ▸ {headline}",),), "top", 0.3, "voir", link="headline"),
        H("comment-count", (("3 commentaires · Réagir à cet article",),
                            ("Aucun commentaire pour l'instant · Soyez le premier à réagir",)), "after1", 0.25, "com",
          on=ALL),
        *daily("holdout17", "snow-depth-widget", "di-neige", _neigebox, "mid", 0.3, "neige", on=ALL),
        H("agency", (("(ANSA)",),), "glue", 0.15, on=STORY + COPY + TMPL),
        H("attribution", (("Avec l'Agence Valdôtaine d'Information.",),), "glue_space", 0.15, on=STORY + COPY),
        H("print-prompt", (("Version imprimable : cliquez sur l'icône de l'imprimante en haut de la page.",),), "end",
          0.25, "impr", on=ALL),
        H("bio", (("{author} est {role} à La Doire Info ; écrivez-lui à {email}",),), "end", 0.3, "em",
          on=NEWS + TMPL),
        H("bio", (("{author} collabore avec {origin}.",),), "end", 0.3, "em", on=SYND),
        H("correction", (("Correctif du {date} : la finale a lieu à Aoste, et non à Cogne comme indiqué.",),), "end",
          0.1, "em", on=NEWS),
        H("copyright", (("© {year} La Doire Info – tous droits réservés",),), "end", 0.3, "petit", on=ALL),
        H("origin", (("Cet article a d'abord paru dans {origin}.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Version courte.", "Article intégral sur {origin_host}"),), "end", 1.0, "em", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Ivana Bionaz/f/la Région/rédactrice en chef; Luc Perrin/m/la montagne/journaliste; "
                    "Mélanie Jaccod/f/la culture/journaliste; Paolo Chabod/m/les sports/journaliste"),
    plan=(("templated:bataillereines", 10), ("templated:colsalpins", 9), ("hand:h17-fr-imprimer", 1),
          ("hand:h17-fr-neige", 1), ("hand:h17-fr-fontina", 1), ("hand:h17-fr-patois", 1), ("syndicated", 3),
          ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("aoste", "vallees", "montagne", "culture"), templates=("bataillereines", "colsalpins"),
    copy_from=(*FR_FROM, *_others(FR_HOSTS, "ladoire-info.example")), ld="graph", ld_join=" ",
    citing=("la Région autonome Vallée d'Aoste", "les carabiniers", "la commune d'Aoste"),
    agencies=("ANSA", "AVI"), photographers=("La Doire Info", "Luc Perrin", "ANSA"))


# ---- es: an Ushuaia daily -------------------------------------------------------------------------------------
def _luzbox(rng: random.Random, day: int) -> tuple[str, ...]:
    """The daylight widget: today's sunrise, sunset and hours of light, new every day."""
    up = 8 * 60 + 35 - 3 * day + rng.randint(-2, 2)
    down = 18 * 60 + 35 + 3 * day + rng.randint(-2, 2)
    light = down - up
    return ("Luz en Ushuaia", f"Amanecer: {up // 60}.{up % 60:02d} h", f"Atardecer: {down // 60}.{down % 60:02d} h",
            f"Horas de luz: {light // 60} h {light % 60:02d} min")


GF = Publisher(
    "La Gaceta Fueguina", "gacetafueguina.example", "holdout17", "es",
    "Ushuaia|Río Grande|Tolhuin|el canal Beagle|Tierra del Fuego|la Antártida|Puerto Almanza|el lago Fagnano",
    "https://www.{host}/nota/{id}-{slug}",
    Skin(
        page=PAGES["GF"],
        article='<article class="gf-art"><h1 class="gf-art__tit">{h1}</h1><p class="gf-art__firma">{byline}</p>'
                '{figure}<div class="gf-art__cuerpo">{body}</div></article>',
        byline='Por <b>{author}</b> · {date} · {time}',
        figure='<figure class="gf-foto"><img src="{src}" alt=""><figcaption>{caption} | Foto: {credit}</figcaption>'
               '</figure>',
        para='<p class="gf-p">{t}</p>',
        glue='<span class="gf-fuente">{t}</span>',
        pieces={"luz": '<aside class="gf-luz"><h5>{h}</h5><ul>{li}</ul></aside>',
                "voto": '<form class="gf-util"><p>{t}</p></form>',
                "lee": '<p class="gf-p gf-lee"><strong>{t}</strong></p>',
                "nota": '<p class="gf-p"><em>{t}</em></p>',
                "legal": '<p class="gf-p gf-legal">{t}</p>'},
        ad='<div class="gf-publicidad" data-slot="nota-medio"></div>',
        blocks={"h2": '<h2 class="gf-sub">{t}</h2>', "ul": '<ul class="gf-lista">{t}</ul>',
                "quote": '<blockquote class="gf-cita"><p>{t}</p></blockquote>',
                "fact": '<aside class="gf-datos">{t}</aside>', "fact-h": '<h3>{t}</h3>'}),
    habits=(
        H("related", (("LEÉ TAMBIÉN: {headline}",),), "after1", 0.35, "lee", link="headline"),
        *daily("holdout17", "daylight-widget", "gf-luz", _luzbox, "mid", 0.3, "luz", on=ALL),
        H("agency", (("(NA)",), ("(Télam)",)), "glue_space", 0.2, on=STORY + COPY + TMPL),
        H("attribution", (("Con información de {source}.",),), "glue", 0.15, on=STORY + COPY),
        H("helpfulness-vote", (("¿Te resultó útil esta nota?", "Sí · No"),), "end", 0.3, "voto", on=ALL),
        H("bio", (("{author} es {role} de La Gaceta Fueguina. Escribile a {email}",),), "end", 0.3, "nota",
          on=NEWS + TMPL),
        H("bio", (("{author} escribe para {origin}.",),), "end", 0.3, "nota", on=SYND),
        H("copyright", (("© {year} La Gaceta Fueguina. Todos los derechos reservados.",),), "end", 0.3, "legal",
          on=ALL),
        H("origin", (("Esta nota se publicó primero en {origin}.",),), "top", 0.7, "nota", on=COPY),
        H("read-rest", (("Versión breve.", "Leé la nota completa en {origin_host}"),), "end", 1.0, "nota", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Gonzalo Zamora/m/la ciudad/director; Laura Ávila/f/el turismo/periodista; "
                    "Rubén Lavalle/m/la pesca/periodista; Marisa Olivera/f/la Antártida/periodista"),
    plan=(("templated:crucerosushuaia", 10), ("templated:pasogaribaldi", 9), ("hand:h17-es-luz", 1),
          ("hand:h17-es-comentarios", 1), ("hand:h17-es-antartida", 1), ("hand:h17-es-centolla", 1),
          ("syndicated", 3), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("ushuaia", "rio-grande", "antartida", "provincia"), templates=("crucerosushuaia", "pasogaribaldi"),
    copy_from=(*ES_FROM, *_others(ES_HOSTS, "gacetafueguina.example")), ld="graph",
    dateline=("USHUAIA (GF) – ", "RÍO GRANDE (GF) – "),
    citing=("la Policía de Tierra del Fuego", "el Municipio de Ushuaia", "Vialidad Provincial"),
    agencies=("NA", "Télam"), photographers=("La Gaceta Fueguina", "Rubén Lavalle", "NA"))


# ---- es: a Rapa Nui community radio ---------------------------------------------------------------------------
def _countdown(rng: random.Random, day: int) -> tuple[str, ...]:
    """The festival countdown: the days left until the Tapati, new every day."""
    return (f"Faltan {163 - day} días para la Tapati Rapa Nui 2026.",)


MN = Publisher(
    "Radio Motu Nui Noticias", "radiomotunui.example", "holdout17", "es",
    "Hanga Roa|Rapa Nui|Anakena|Rano Raraku|Orongo|Tahai|Vaitea|Hanga Piko|Mataveri",
    "https://{host}/noticias/{y}/{m}/{slug}-{id}",
    Skin(
        page=PAGES["MN"],
        article='<div class="mn-nota"><h1 class="mn-nota__t">{h1}</h1><p class="mn-nota__f">{byline}</p>{figure}'
                '<div class="mn-nota__texto">{body}</div></div>',
        byline='<span class="mn-autor">{author}</span> – {date}, {time}',
        figure='<figure class="mn-img"><img src="{src}" alt=""><figcaption>{caption} · {credit}</figcaption></figure>',
        glue='<span class="mn-ag">{t}</span>',
        pieces={"cuenta": '<p class="mn-cuenta"><mark>{t}</mark></p>',
                "audio": '<div class="mn-audios"><p>{t}</p><a href="https://wa.me/56955550142">WhatsApp</a></div>',
                "esc": '<p class="mn-escuche">{t}</p>',
                "nota": '<p><i>{t}</i></p>',
                "legal": '<p class="mn-legal">{t}</p>'},
        ad='<div class="mn-auspicio" data-pos="medio"></div>',
        entities="ascii",
        blocks={"h2": '<h2 class="mn-sub">{t}</h2>', "ul": '<ul class="mn-lista">{t}</ul>',
                "quote": '<blockquote class="mn-cita"><p>{t}</p></blockquote>',
                "fact": '<aside class="mn-claves">{t}</aside>', "fact-h": '<h3 class="mn-claves__t">{t}</h3>'}),
    habits=(
        H("rapanui-greeting", (("¡Iorana!",),), "glue_lede", 0.3, on=NEWS + TMPL),
        *daily("holdout17", "countdown", "mn-tapati", _countdown, "top", 0.3, "cuenta", on=ALL),
        H("voice-message-call", (("¿Tienes algo que contar?", "Mándanos un audio de WhatsApp al +56 9 5555 0142 y "
                                  "lo ponemos al aire."),), "mid", 0.25, "audio", on=ALL),
        H("agency", (("(EFE)",),), "glue", 0.15, on=STORY + COPY),
        H("attribution", (("Con información de {source}.",),), "glue_space", 0.2, on=STORY + COPY + TMPL),
        H("related", (("Escuche también: {headline}",),), "end", 0.3, "esc", link="headline"),
        H("bio", (("{author}, {role} de Radio Motu Nui. Contacto: {email}",),), "end", 0.3, "nota", on=NEWS + TMPL),
        H("bio", (("{author} trabaja para {origin}.",),), "end", 0.3, "nota", on=SYND),
        H("copyright", (("© {year} Radio Motu Nui. Prohibida la reproducción sin autorización.",),), "end", 0.3,
          "legal", on=ALL),
        H("origin", (("Nota difundida originalmente por {origin}.",),), "top", 0.7, "nota", on=COPY),
        H("read-rest", (("Resumen.", "La nota completa está en {origin_host}"),), "end", 1.0, "nota", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Juan Carlos Tuki/m/la comunidad/director; Marta Hotus/f/la cultura/periodista; "
                    "Ana María Teao/f/la salud/locutora; Pedro Pakarati/m/el deporte/periodista"),
    plan=(("templated:vuelosmataveri", 10), ("templated:abastecimiento", 9), ("hand:h17-es-tapati", 1),
          ("hand:h17-es-audios", 1), ("hand:h17-es-moai", 1), ("hand:h17-es-lengua", 1),
          ("syndicated", 3), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("isla", "comunidad", "cultura", "deportes"), templates=("vuelosmataveri", "abastecimiento"),
    copy_from=(*ES_FROM, *_others(ES_HOSTS, "radiomotunui.example")), ld="article", ld_join=" ",
    citing=("la Delegación Presidencial", "la Municipalidad de Rapa Nui", "Carabineros"),
    agencies=("EFE", "RMN"), photographers=("Radio Motu Nui", "Pedro Pakarati", "EFE"))

HOLDOUT17 = (WB, FT, IK, AM, CO, DI, GF, MN)
