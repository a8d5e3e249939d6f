"""The eight publishers of the 'holdout11' half (en x2, de x2, fr x2, es x2), written after the other twelve
halves, by someone who had not read the cleaner, before it was run on them.  They are kinds of newsroom, in
regions, the other halves lack: a Cebu-based regional wire desk (the Philippines), a Fijian radio station's news
site, a German-language city weekly in Bolzano (South Tyrol), a German-language daily in Windhoek (Namibia), a
Bordeaux wine-trade weekly, a Beirut French-language daily, a Dominican TV station's website and a Cuenca
(Ecuador) regional daily.  Their boilerplate wording, labels and markup are new.

What they bring (kinds only; the wordings are the publishers' own): embargo lines on wire copy (slot-first, the
date and hour first), a call for campus stringers, an on-air contest with a text-in number, a "listen to this
story" player, a map credit under an embedded map, a "based on a press release" note, a donation thermometer
that rises every day, a "was this article helpful?" prompt, a webinar invitation and a suppliers' directory on
the trade weekly, an "from our archives" note and a "save this article" button on the Beirut daily, a station
shop and a text-size control on the TV site, a reads counter on the Cuenca daily; plus the usual kinds in new
wordings: related links, newsletters, apps, push calls, podcasts, follow lines, tip lines, bios (some slot-first,
the name first), agency credits and attributions glued to the last sentence with and without a space, photo
credits glued to the lede, ad labels mid-body, corrections, copyright lines, origin notes and "the rest is at"
tails on copies, a paywall under the German sites' JSON-LD-only pages and live-blog notices and "show more"
buttons.  Some are in plain ``<p>`` exactly like the story, some in boxes, ``<aside>`` or buttons.  Story text
in chrome-like markup: subheads, lists, quotations and fact boxes in the handwritten and templated stories.
Recurrence traps: templated stories whose stock sentences give advice, name the publisher or say how the list is
compiled; handwritten stories about a copyright suit, an embargo policy, weather, city, power and traffic apps,
a podcast, a radio giveaway, a paper's print days and price, a paid newsletter, a wine fair's tickets, a daily
closing its comments, a correction, a telethon and a digital subscription.  The English, French and Spanish
publishers, with no corpus stories left, run templated and handwritten stories and copies of other publishers'
stories; the two German ones also run corpus stories, live blogs and JSON-LD variants (full, teaser-only and stale
``articleBody``).
"""

from __future__ import annotations

import random

from bench.cleaning_set.cms import ALL, COPY, Habit, Publisher, Skin, daily, headline_box
from bench.cleaning_set.publishers_holdout10 import DE_FROM as DE_FROM10
from bench.cleaning_set.publishers_holdout10 import DE_HOSTS as DE_HOSTS10
from bench.cleaning_set.publishers_holdout10 import EN_FROM as EN_FROM10
from bench.cleaning_set.publishers_holdout10 import EN_HOSTS as EN_HOSTS10
from bench.cleaning_set.publishers_holdout10 import ES_FROM as ES_FROM10
from bench.cleaning_set.publishers_holdout10 import ES_HOSTS as ES_HOSTS10
from bench.cleaning_set.publishers_holdout10 import FR_FROM as FR_FROM10
from bench.cleaning_set.publishers_holdout10 import FR_HOSTS as FR_HOSTS10
from bench.cleaning_set.publishers_tune import authors
from bench.cleaning_set.skins_holdout11 import PAGES

H = Habit
NEWS = ("news",)
STORY = ("news", "reposted")
TRIM = ("trimmed",)
TMPL = ("templated",)

EN_HOSTS = ("visayasnewswire.example", "coralfm.example")
DE_HOSTS = ("bozner-stadtblatt.example", "windhoeker-anzeiger.example")
FR_HOSTS = ("gazetteduchai.example", "lecedre.example")
ES_HOSTS = ("caribetv.example", "eltomebamba.example")
EN_FROM = (*EN_FROM10, *EN_HOSTS10)
DE_FROM = (*DE_FROM10, *DE_HOSTS10)
FR_FROM = (*FR_FROM10, *FR_HOSTS10)
ES_FROM = (*ES_FROM10, *ES_HOSTS10)


def _others(hosts: tuple[str, ...], me: str) -> tuple[str, ...]:
    return tuple(h for h in hosts if h != me)


# ---- en: a Cebu-based regional wire desk ------------------------------------------------------------------
VNW = Publisher(
    "Visayas Newswire", "visayasnewswire.example", "holdout11", "en",
    "Cebu|Bohol|Negros|Leyte|Samar|Iloilo|the Visayas",
    "https://{host}/{section}/{y}{m}{d}-{slug}",
    Skin(
        page=PAGES["VNW"],
        article='<article class="vnw-item"><p class="vnw-item__slug">{byline}</p><h1 class="vnw-item__hed">{h1}</h1>'
                '{figure}<div class="vnw-item__copy">{body}</div></article>',
        byline='<span class="vnw-by">{author}</span> | <time datetime="{iso}">{date} {time} PHT</time>',
        figure='<figure class="vnw-photo"><img src="{src}" alt=""><figcaption>{caption} ({credit})</figcaption>'
               '</figure>',
        pieces={"emb": '<p class="vnw-embargo"><b>{t}</b></p>',
                "note": '<p class="vnw-note"><i>{t}</i></p>',
                "call": '<div class="vnw-stringers"><p>{t}</p><a href="/stringers/">Apply</a></div>',
                "nl": '<div class="vnw-brief"><p>{t}</p><input type="email"><button>Send me the brief</button></div>',
                "rel": '<p class="vnw-see"><b>{t}</b></p>',
                "fine": '<p class="vnw-fine"><small>{t}</small></p>'},
        blocks={"h2": '<h2 class="vnw-sub">{t}</h2>', "ul": '<ul class="vnw-list">{t}</ul>',
                "quote": '<blockquote class="vnw-quote"><p>{t}</p></blockquote>'}),
    habits=(
        H("embargo", (("{date}, 6:00 a.m. PHT – EMBARGO LIFTED; members may publish.",),
                      ("Embargoed until {time} PHT {weekday}; not for broadcast or posting before that hour.",)),
          "top", 0.35, "emb", on=ALL),
        H("related", (("SEE ALSO: {headline}",),), "after1", 0.4, "rel", link="headline"),
        H("correspondent-call", (("Campus journalists and stringers in {region}: Visayas Newswire pays per story "
                                  "and trains new correspondents every quarter.",),), "mid", 0.25, "call"),
        H("newsletter", (("The Visayas Brief lands in your inbox at 6 a.m., Monday to Saturday, with the wire's ten "
                          "top stories.",),), "mid", 0.2, "nl"),
        H("agency", (("(VNW)",), ("(VNW/PNA)",)), "glue_space", 0.3, on=STORY + COPY + TMPL),
        H("attribution", (("With reports from {author} and {source}.",),), "glue", 0.25, on=STORY + COPY),
        H("update", (("This story was updated at {time} with the latest PAGASA bulletin.",),), "top", 0.5, "note",
          on=TMPL, topic=r"PAGASA"),
        H("investment-disclaimer", (("This market report is for information only and is not a recommendation to "
                                     "buy or sell any security.",),), "end", 0.6, "fine", on=TMPL, topic=r"PSEi"),
        H("bio", (("{author} covers {beat} for the wire from its Cebu City bureau.", "Reach {obj} at {email}."),),
          "end", 0.3, "note", on=NEWS),
        H("tip", (("Have a story from your barangay?", "Message the VNW desk on Viber at 0917 555 0143."),), "end",
          0.2, "note"),
        H("copyright", (("© {year} Visayas Media Cooperative.",
                         "For use by subscribing members only; redistribution to non-members is prohibited."),),
          "end", 0.35, "fine", on=ALL),
        H("signoff", (("— VNW —",), ("-30-",)), "end", 0.25, "fine", on=ALL),
        H("origin", (("VNW moves this story from member paper {origin}.",),), "top", 0.7, "note", on=COPY),
        H("read-rest", (("Shortened for the wire.", "Full text: {origin_host}"),), "end", 1.0, "note", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Maricel Dela Peña/f/the regional economy/senior correspondent; Jun Villaflor/m/disasters and "
                    "weather/correspondent; Ana Liza Gabucan/f/courts/correspondent; VNW Desk/m/the Visayas/desk"),
    plan=(("templated:pagasa", 10), ("templated:psei", 10), ("hand:h11-en-copyright", 1), ("hand:h11-en-embargo", 1),
          ("hand:h11-en-pagasaapp", 1), ("syndicated", 5), ("edited", 3), ("trimmed", 2), ("repost", 2)),
    sections=("cebu", "business", "weather", "regions"), templates=("pagasa", "psei"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "visayasnewswire.example")),
    dateline=("CEBU CITY – ", "TACLOBAN CITY – ", "ILOILO CITY – "), ld="graph",
    citing=("member papers", "the Philippine News Agency", "local officials"),
    agencies=("VNW", "PNA"), photographers=("VNW/Jun Villaflor", "PNA", "Cebu Provincial Capitol"))

# ---- en: a Fijian radio station's news site ------------------------------------------------------------
_CFM_HEADS = ("Nadi flood gates to be upgraded before cyclone season",
              "Flying Fijians name squad for Pacific Nations Cup", "Labasa market vendors move to new stalls",
              "Kava prices climb as supply from Kadavu drops",
              "Suva bus fares under review", "Taveuni solar farm switched on", "Lautoka hospital opens new maternity "
              "wing", "Sugar growers call for earlier cane payment")


def _prize(rng: random.Random, day: int) -> tuple[str, ...]:
    """The on-air contest: a new prize every day."""
    prize = rng.choice(("a family pass to the Hibiscus Festival", "FJ$200 of groceries from Coral Mart",
                        "two return tickets to Savusavu", "a dinner for two at the Grand Pacific",
                        "a year of free data from Vodafone Fiji"))
    return (f"Today's Coral FM giveaway: {prize}.", f"Text CORAL to 5080 before {rng.randint(2, 5)} p.m. to enter; "
            f"texts cost 20 cents.")


CFM = Publisher(
    "Coral FM News", "coralfm.example", "holdout11", "en", "Suva|Nadi|Lautoka|Labasa|Ba|Savusavu|the Western Division",
    "https://www.{host}/news/{section}/{slug}/",
    Skin(
        page=PAGES["CFM"],
        article='<div class="cfm-story"><h1>{h1}</h1><div class="cfm-story__by">{byline}</div>{figure}'
                '<div class="cfm-story__text">{body}</div></div>',
        byline='<span>{author}</span> <span class="cfm-when">{date}, {time}</span>',
        figure='<div class="cfm-pic"><img src="{src}" alt=""><p>{caption} Picture: {credit}</p></div>',
        para='<p class="cfm-p">{t}</p>',
        glue='<span class="cfm-src">{t}</span>',
        pieces={"listen": '<div class="cfm-player"><button>▶</button><p>{t}</p></div>',
                "win": '<div class="cfm-contest"><h4>{h}</h4><ul>{li}</ul></div>',
                "also": '<p class="cfm-p"><strong>{t}</strong></p>',
                "app": '<div class="cfm-app"><p>{t}</p></div>',
                "box": '<aside class="cfm-popular"><h4>{h}</h4><ol>{li}</ol></aside>',
                "ad": '<p class="cfm-adv">{t}</p>',
                "i": '<p class="cfm-p"><i>{t}</i></p>',
                "small": '<p class="cfm-p"><small>{t}</small></p>'},
        ad='<div class="cfm-slot" data-ad="mrec"></div>',
        blocks={"h2": '<h2 class="cfm-sub">{t}</h2>', "ul": '<ul class="cfm-ul">{t}</ul>',
                "quote": '<blockquote class="cfm-q"><p>{t}</p></blockquote>'}),
    habits=(
        H("listen", (("Listen to this story: {audio} (read by the Coral FM newsroom)",),), "top", 0.3, "listen",
          on=ALL),
        H("photo-credit", (("PHOTO: {photog}",),), "glue_lede", 0.2, on=STORY),
        H("related", (("ALSO ON CORAL FM: {headline}",),), "after1", 0.4, "also", link="headline"),
        *daily("holdout11", "contest", "cfm-prize", _prize, "mid", 0.3, "win", on=ALL),
        H("ad-label", (("Advertisement – story continues below",),), "mid", 0.25, "ad", on=ALL),
        H("app", (("Stream Coral FM anywhere in the world on the free Coral Radio app.",),), "mid", 0.2, "app"),
        H("weather", (("Tune in to Coral FM for the Fiji Meteorological Service weather every hour on the hour.",),),
          "end", 0.6, "i", on=TMPL, topic=r"Maritime Safety"),
        *daily("holdout11", "most-read", "cfm-pop", headline_box("Most read on Coral FM News", _CFM_HEADS, 3), "end",
               0.25, "box"),
        H("attribution", (("Additional reporting: {author}, {source}.",),), "glue", 0.25, on=STORY + COPY),
        H("agency", (("(FBC/Coral FM)",),), "glue_space", 0.15, on=STORY + COPY),
        H("bio", (("{author} is a {role} at Coral FM News covering {beat}.",),), "end", 0.3, "i", on=NEWS),
        H("tip", (("Got a news tip?", "Call the Coral FM newsroom on 330 5555 or send us a message on Facebook."),),
          "end", 0.25, "i"),
        H("follow", (("Like Coral FM News on Facebook and follow us on TikTok for the latest from around Fiji.",),),
          "end", 0.2),
        H("copyright", (("© {year} Coral Coast Broadcasting Pte Ltd. All rights reserved.",),), "end", 0.3, "small",
          on=ALL),
        H("origin", (("Coral FM News carries this story courtesy of {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("This is an abridged version.", "Read the full story at {origin_host}."),), "end", 1.0, "i",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Salote Tuilagi/f/the Western Division/reporter; Ravneel Prasad/m/the sugar industry/reporter; "
                    "Mere Vosawale/f/health and education/news presenter; Sanjay Kumar/m/business/reporter"),
    plan=(("templated:crushing", 9), ("templated:ferry", 10), ("hand:h11-en-podcast", 1), ("hand:h11-en-giveaway", 1),
          ("hand:h11-en-canestrike", 1), ("syndicated", 5), ("edited", 3), ("trimmed", 3), ("repost", 2)),
    sections=("local", "west", "north", "business"), templates=("crushing", "ferry"),
    copy_from=(*EN_FROM, *_others(EN_HOSTS, "coralfm.example")), ld="article",
    citing=("FBC News", "police", "the ministry"),
    agencies=("FBC", "AAP"), photographers=("Coral FM", "Fiji Government", "Ravneel Prasad"))

# ---- de: a Bolzano city weekly -------------------------------------------------------------------------
_BS_HEADS = ("Gries: Neuer Spielplatz am Guntschnaweg eröffnet", "Talferwiesen: Radweg wird verbreitert",
             "Stadttheater zeigt neues Stück von Felix Mitterer", "Oberau: Anrainer klagen über Lärm der Brennerbahn",
             "Bozner Weinkost zieht über 8.000 Besucher an", "Messe Bozen: Hotelfachmesse kommt im Oktober",
             "Rittner Bahn fährt wieder im Halbstundentakt", "Haslach bekommt eine neue Kita")

BS = Publisher(
    "Bozner Stadtblatt", "bozner-stadtblatt.example", "holdout11", "de",
    "Bozen|Gries|Oberau|Haslach|Zwölfmalgreien|das Unterland|Leifers",
    "https://www.{host}/{section}/{slug}-{id}",
    Skin(
        page=PAGES["BS"],
        article='<article class="bs-artikel"><h1 class="bs-titel">{h1}</h1><p class="bs-zeile">{byline}</p>{figure}'
                '<div class="bs-text">{body}</div></article>',
        byline='Von <span class="bs-autor">{author}</span> · <time datetime="{iso}">{date}</time>',
        figure='<figure class="bs-bild"><img src="{src}" alt=""><figcaption>{caption} Foto: {credit}</figcaption>'
               '</figure>',
        glue='<span class="bs-quelle">{t}</span>',
        pieces={"karte": '<div class="bs-karte"><div class="bs-karte__map"></div><p><small>{t}</small></p></div>',
                "pm": '<p class="bs-pm"><em>{t}</em></p>',
                "auch": '<p class="bs-auch"><strong>{t}</strong></p>',
                "push": '<div class="bs-push"><p>{t}</p><button>Ja, gerne</button></div>',
                "nl": '<div class="bs-nl"><p>{t}</p><button>Abonnieren</button></div>',
                "box": '<aside class="bs-meist"><h4>{h}</h4><ul>{li}</ul></aside>',
                "klein": '<p class="bs-klein"><small>{t}</small></p>',
                "i": '<p><i>{t}</i></p>',
                "live": '<p class="bs-live-info"><b>{t}</b></p>',
                "older": '<button class="bs-live-mehr" type="button">{t}</button>',
                "paywall": '<div class="bs-plus"><p>{t}</p><a href="/abo/">Abo wählen</a></div>'},
        ad='<div class="bs-werbung" data-slot="mitte"></div>',
        live='<section class="bs-liveticker">{updates}{more}</section>',
        live_update='<div class="bs-live-eintrag"><p class="bs-live-zeit"><time datetime="{iso}">{time}</time></p>'
                    '<h3>{h}</h3>{body}</div>',
        blocks={"h2": '<h2 class="bs-zt">{t}</h2>', "ul": '<ul class="bs-liste">{t}</ul>',
                "quote": '<blockquote class="bs-zitat"><p>{t}</p></blockquote>',
                "fact": '<aside class="bs-info">{t}</aside>', "fact-h": '<p class="bs-info__titel"><b>{t}</b></p>'}),
    habits=(
        H("map-credit", (("Karte: © OpenStreetMap-Mitwirkende, Bearbeitung: Stadtblatt",),), "after1", 0.25,
          "karte", on=ALL),
        H("press-release-note", (("Dieser Beitrag beruht auf einer Presseaussendung der Gemeinde Bozen.",),
                                 ("Quelle: Pressemitteilung des Landespresseamts",)), "glue_space", 0.2,
          on=STORY + TMPL),
        H("related", (("Auch interessant → {headline}",),), "after1", 0.4, "auch", link="headline"),
        H("push", (("Keine Meldung aus Bozen mehr verpassen? Erlauben Sie dem Stadtblatt Benachrichtigungen.",),),
          "mid", 0.2, "push"),
        H("newsletter", (("Jeden Donnerstag das Wichtigste aus der Stadt in Ihrem Postfach: der Stadtblatt-Brief.",),),
          "mid", 0.2, "nl"),
        H("ad-label", (("– Werbung –",),), "mid", 0.25, "klein", on=ALL),
        *daily("holdout11", "most-read", "bs-meist", headline_box("Meistgelesen in Bozen", _BS_HEADS, 3), "end", 0.25,
               "box"),
        H("agency", (("(LPA)",), ("(apa/bs)",)), "glue_space", 0.2, on=STORY + COPY),
        H("bio", (("{author} ist Redakteur{in} beim Bozner Stadtblatt und schreibt über {beat}.",),), "end", 0.3, "i",
          on=NEWS),
        H("tip", (("Wissen Sie mehr?", "Schreiben Sie uns: hinweise@bozner-stadtblatt.example"),), "end", 0.25, "i"),
        H("translation", (("Dieser Artikel ist auch auf Italienisch erschienen.",),), "end", 0.15, "klein", on=NEWS),
        H("copyright", (("© {year} Stadtblatt Verlags-GmbH – alle Rechte vorbehalten",),), "end", 0.3, "klein",
          on=ALL),
        H("origin", (("Übernommen von {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Gekürzte Fassung.", "Den ganzen Text lesen Sie bei {origin_host}."),), "end", 1.0, "i",
          on=TRIM, link="origin_host"),
        H("paywall", (("Stadtblatt Plus",
                       "Dieser Artikel ist unseren Abonnentinnen und Abonnenten vorbehalten.",
                       "Jetzt 4 Wochen für 1 Euro lesen."),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Liveticker – die neuesten Einträge oben, Seite wird automatisch aktualisiert",),), "top",
          0.8, "live"),
        H("ui", (("Ältere Einträge laden",),), "more", 1.0, "older"),
    ),
    authors=authors("Verena Gasser/f/die Stadtviertel/Redakteurin; Lukas Thaler/m/den Gemeinderat/Redakteur; "
                    "Sabine Mair/f/Kultur/Redakteurin; Andreas Pircher/m/Verkehr und Umwelt/Redakteur"),
    plan=(("templated:apotheken", 7), ("templated:pollenbozen", 6), ("news", 9), ("liveblog", 1), ("jsonld-full", 1),
          ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1), ("hand:h11-de-stadtapp", 1),
          ("hand:h11-de-markt", 1), ("syndicated", 2), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("stadt", "viertel", "politik", "kultur"), templates=("apotheken", "pollenbozen"), live_show=5,
    copy_from=(*DE_FROM, "windhoeker-anzeiger.example"), ld="article", ld_join="\n",
    citing=("Gemeinde", "Landespresseamt", "Carabinieri"), agencies=("LPA", "APA"),
    photographers=("Stadtblatt/Thaler", "LPA/Fabio Brucculeri", "Gemeinde Bozen"))


# ---- de: a German-language daily in Windhoek ---------------------------------------------------------------
def _thermometer(rng: random.Random, day: int) -> tuple[str, ...]:
    """The readers' donation drive for a soup kitchen: the total rises every day."""
    total = 12_400 + day * 1_850 + rng.randint(0, 900)
    pct = min(99, total * 100 // 75_000)
    return ("Aktion Suppenküche Katutura", f"Bisher gespendet: N$ {total:,} von N$ 75,000".replace(",", " "),
            f"Stand heute {rng.randint(8, 17)} Uhr: {pct} Prozent des Ziels erreicht")


WA = Publisher(
    "Windhoeker Anzeiger", "windhoeker-anzeiger.example", "holdout11", "de",
    "Windhoek|Swakopmund|Otjiwarongo|Okahandja|Lüderitz|Gobabis|das Khomas-Hochland",
    "https://{host}/{section}/{y}-{m}-{d}/{slug}",
    Skin(
        page=PAGES["WA"],
        article='<article class="wa-artikel"><h1>{h1}</h1><div class="wa-zeile">{byline}</div>{figure}'
                '<div class="wa-text">{body}</div></article>',
        byline='<span class="wa-autor">{author}</span>, <time datetime="{iso}">{date}</time>',
        figure='<figure class="wa-foto"><img src="{src}" alt=""><figcaption>{caption} (Foto: {credit})</figcaption>'
               '</figure>',
        para='<p class="wa-absatz">{t}</p>',
        pieces={"ziel": '<aside class="wa-spendenbarometer"><h4>{h}</h4><ul>{li}</ul></aside>',
                "fb": '<div class="wa-feedback"><p>{t}</p><button>Ja</button><button>Nein</button></div>',
                "auch": '<p class="wa-absatz"><b>{t}</b></p>',
                "app": '<div class="wa-app"><p>{t}</p></div>',
                "pod": '<aside class="wa-podcast"><p>{t}</p></aside>',
                "klein": '<p class="wa-absatz"><small>{t}</small></p>',
                "i": '<p class="wa-absatz"><i>{t}</i></p>',
                "live": '<div class="wa-ticker-info"><p>{t}</p></div>',
                "older": '<button class="wa-ticker-mehr">{t}</button>',
                "paywall": '<div class="wa-bezahl"><p>{t}</p><a href="/login/">Anmelden</a></div>'},
        ad='<div class="wa-anzeige" data-pos="text"></div>',
        live='<div class="wa-ticker">{updates}{more}</div>',
        live_update='<article class="wa-ticker__post"><p><time datetime="{iso}">{time}</time></p><h3>{h}</h3>{body}'
                    '</article>',
        blocks={"h2": '<h2 class="wa-zwischen">{t}</h2>', "ul": '<ul class="wa-liste">{t}</ul>',
                "quote": '<blockquote class="wa-zitat"><p>{t}</p></blockquote>',
                "fact": '<aside class="wa-kasten">{t}</aside>', "fact-h": '<h4>{t}</h4>'}),
    habits=(
        H("photo-credit", (("Foto: {photog}",),), "glue_lede", 0.2, on=STORY),
        H("related", (("Lesen Sie auch: {headline}",),), "after1", 0.4, "auch", link="headline"),
        *daily("holdout11", "goal-meter", "wa-suppe", _thermometer, "mid", 0.25, "ziel", on=ALL),
        H("app", (("Die AZ-App für Namibia: Nachrichten, Wechselkurse und Regenmeldungen, kostenlos.",),), "mid", 0.2,
          "app"),
        H("podcast", (("Hören Sie auch „Kaffeepause“, den Wochenpodcast des Anzeigers – jeden Freitag neu.",),),
          "end", 0.2, "pod"),
        H("feedback", (("War dieser Artikel hilfreich für Sie?",),
                       ("Hat Ihnen dieser Beitrag gefallen? Geben Sie uns eine kurze Rückmeldung.",)), "end", 0.3,
          "fb", on=ALL),
        H("agency", (("(Nampa/WA)",), ("(dpa)",)), "glue_space", 0.25, on=STORY + COPY),
        H("attribution", (("Mitarbeit: {author}.",),), "glue", 0.2, on=STORY + COPY),
        H("bio", (("{author} arbeitet seit {since} beim Windhoeker Anzeiger; Schwerpunkt: {beat}.",
                   "E-Mail: {email}"),), "end", 0.3, "i", on=NEWS),
        H("tip", (("Haben Sie einen Hinweis für die Redaktion?",
                   "WhatsApp an +264 81 555 2210 – wir antworten werktags."),), "end", 0.25, "i"),
        H("correction", (("Korrektur: In einer früheren Fassung stand eine falsche Distriktbezeichnung.",),), "end",
          0.1, "i", on=NEWS),
        H("copyright", (("© Anzeiger Medien {year}.", "Vervielfältigung nur mit schriftlicher Genehmigung."),),
          "end", 0.3, "klein", on=ALL),
        H("origin", (("Dieser Bericht erschien zuerst bei {origin}.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Auszug.", "Vollständig auf {origin_host}."),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
        H("paywall", (("AZ Digital",
                       "Um weiterzulesen, benötigen Sie ein Digitalabonnement.",
                       "Ab N$ 190 im Monat – jederzeit kündbar."),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Wir halten Sie hier laufend auf dem Laufenden – Uhrzeiten in namibischer Zeit.",),), "top",
          0.8, "live"),
        H("ui", (("Mehr anzeigen",),), "more", 1.0, "older"),
    ),
    authors=authors("Heike Brandt/f/die Landwirtschaft/Chefredakteurin; Kurt Diekmann/m/Wirtschaft/Redakteur; "
                    "Elke Pretorius/f/Tourismus/Redakteurin; Nikolaus Hamutenya/m/Politik/Redakteur"),
    plan=(("templated:regen", 7), ("templated:auktion", 6), ("news", 9), ("liveblog", 1), ("jsonld-full", 1),
          ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1), ("hand:h11-de-abopreis", 1),
          ("hand:h11-de-fotostreit", 1), ("syndicated", 2), ("edited", 1), ("trimmed", 1), ("repost", 2)),
    sections=("lokales", "landwirtschaft", "wirtschaft", "tourismus"), templates=("regen", "auktion"), live_show=6,
    copy_from=(*DE_FROM, "bozner-stadtblatt.example"), ld="graph",
    citing=("Nampa", "Polizei", "Ministerium"), agencies=("Nampa", "dpa"),
    photographers=("WA/Kurt Diekmann", "Nampa", "Elke Pretorius"))

# ---- fr: a Bordeaux wine-trade weekly ----------------------------------------------------------------------
GV = Publisher(
    "La Gazette du Chai", "gazetteduchai.example", "holdout11", "fr",
    "Bordeaux|Libourne|le Médoc|Saint-Émilion|l'Entre-deux-Mers|Blaye|le Sauternais",
    "https://www.{host}/{section}/{slug}-{id}.html",
    Skin(
        page=PAGES["GV"],
        article='<article class="gv-papier"><h1 class="gv-titre">{h1}</h1><p class="gv-signe">{byline}</p>{figure}'
                '<div class="gv-texte">{body}</div></article>',
        byline='Par <span>{author}</span> – publié le <time datetime="{iso}">{date} à {time}</time>',
        figure='<figure class="gv-image"><img src="{src}" alt=""><figcaption>{caption} Crédit : {credit}</figcaption>'
               '</figure>',
        pieces={"webi": '<div class="gv-webinaire"><p>{t}</p><a href="/webinaires/">S’inscrire</a></div>',
                "guide": '<aside class="gv-annuaire"><p>{t}</p></aside>',
                "lire": '<p class="gv-lire"><strong>{t}</strong></p>',
                "nl": '<div class="gv-lettre"><p>{t}</p><button>Je m’inscris</button></div>',
                "pub": '<p class="gv-pub">{t}</p>',
                "em": '<p><em>{t}</em></p>',
                "petit": '<p class="gv-petit"><small>{t}</small></p>'},
        ad='<div class="gv-banniere" data-pos="article"></div>',
        entities="french",
        blocks={"h2": '<h2 class="gv-inter">{t}</h2>', "ul": '<ul class="gv-liste">{t}</ul>',
                "quote": '<blockquote class="gv-citation"><p>{t}</p></blockquote>'}),
    habits=(
        H("webinar", (("Webinaire gratuit jeudi à 11 h : « Vendre son vrac en 2026 », avec deux courtiers "
                       "bordelais.",),
                      ("Replay disponible : notre webinaire sur la réglementation des étiquettes, en accès libre "
                       "pour les abonnés.",)), "mid", 0.25, "webi", on=ALL),
        H("buyers-guide", (("Trouvez un tonnelier, un embouteilleur ou un laboratoire près de chez vous dans "
                            "l'Annuaire des fournisseurs de la Gazette.",),), "end", 0.25, "guide", on=ALL),
        H("related", (("À lire aussi | {headline}",),), "after1", 0.4, "lire", link="headline"),
        H("newsletter", (("Chaque mardi, la lettre technique de la Gazette du Chai : traitements, matériel, "
                          "réglementation.",),), "mid", 0.2, "nl"),
        H("ad-label", (("Publicité",),), "mid", 0.25, "pub", on=ALL),
        H("data-note", (("Cotations mises à jour chaque jeudi à partir des données de l'interprofession ; archives "
                         "réservées aux abonnés.",),), "top", 0.6, "petit", on=TMPL, topic=r"€/tonneau"),
        H("attribution", (("Avec {source}.",),), "glue_space", 0.25, on=STORY + COPY),
        H("bio", (("{author} est journaliste à la Gazette du Chai, spécialiste de {beat}.",),), "end", 0.3, "em",
          on=NEWS),
        H("tip", (("Un sujet à nous signaler ?", "Écrivez à redaction@gazetteduchai.example"),), "end", 0.2, "em"),
        H("follow", (("Retrouvez la Gazette du Chai sur LinkedIn.",),), "end", 0.2),
        H("correction", (("Erratum : le nom du président du syndicat a été corrigé dans cette version.",),), "end",
          0.1, "em", on=NEWS),
        H("copyright", (("© Éditions du Chai {year} – tous droits réservés.",),), "end", 0.3, "petit", on=ALL),
        H("origin", (("Article publié initialement par {origin}.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Extrait.", "Article complet sur {origin_host}"),), "end", 1.0, "em", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Isabelle Fourcade/f/le négoce/journaliste; Olivier Castaing/m/la viticulture/rédacteur en chef "
                    "adjoint; Amandine Roux/f/la réglementation/journaliste; La rédaction/m/le vignoble/desk"),
    plan=(("templated:cotations", 10), ("templated:phyto", 9), ("hand:h11-fr-lettre", 1), ("hand:h11-fr-salon", 1),
          ("hand:h11-fr-romains", 1), ("syndicated", 4), ("edited", 1), ("trimmed", 2), ("repost", 2)),
    sections=("marches", "vignoble", "technique", "salons"), templates=("cotations", "phyto"),
    copy_from=(*FR_FROM, *_others(FR_HOSTS, "gazetteduchai.example")), ld="article",
    citing=("l'AFP", "l'interprofession", "la chambre d'agriculture"),
    agencies=("AFP", "Gazette du Chai"), photographers=("Gazette du Chai", "CIVB", "Olivier Castaing"))

# ---- fr: a Beirut French-language daily ------------------------------------------------------------------
CM = Publisher(
    "Le Cèdre", "lecedre.example", "holdout11", "fr", "Beyrouth|Achrafieh|Hamra|Jounieh|Tripoli|Saïda|le Metn",
    "https://www.{host}/article/{id}/{slug}",
    Skin(
        page=PAGES["CM"],
        article='<div class="cm-article"><h1>{h1}</h1><div class="cm-article__auteur">{byline}</div>{figure}'
                '<div class="cm-article__texte">{body}</div></div>',
        byline='<span class="cm-nom">{author}</span> <span class="cm-date">{date}</span>',
        figure='<figure class="cm-photo"><img src="{src}" alt=""><figcaption>{caption} {credit}</figcaption></figure>',
        para='<p class="cm-p">{t}</p>',
        pieces={"arch": '<p class="cm-archive"><i>{t}</i></p>',
                "save": '<div class="cm-outils"><button>{t}</button></div>',
                "lire": '<p class="cm-p"><b>{t}</b></p>',
                "nl": '<div class="cm-nl"><p>{t}</p></div>',
                "sondage": '<div class="cm-sondage"><p>{t}</p></div>',
                "em": '<p class="cm-p"><em>{t}</em></p>',
                "petit": '<p class="cm-p"><small>{t}</small></p>'},
        ad='<div class="cm-pub" data-slot="in-article"></div>',
        entities="french",
        blocks={"h2": '<h2 class="cm-inter">{t}</h2>', "ul": '<ul class="cm-ul">{t}</ul>',
                "quote": '<blockquote class="cm-cit"><p>{t}</p></blockquote>'}),
    habits=(
        H("bookmark", (("Sauvegarder cet article pour le lire plus tard",),), "top", 0.3, "save", on=ALL),
        H("archive-note", (("Cet article fait partie de nos archives ; certaines informations peuvent ne plus être "
                            "à jour.",),), "top", 1.0, "arch", on=("reposted",)),
        H("related", (("POUR ALLER PLUS LOIN – {headline}",),), "after1", 0.4, "lire", link="headline"),
        H("poll", (("Sondage : la circulation s'est-elle améliorée dans votre quartier ? Votez sur notre page "
                    "d'accueil.",),), "mid", 0.5, "sondage", on=TMPL, topic=r"TMC"),
        H("newsletter", (("Recevez « Le Cèdre du matin », l'essentiel de l'actualité libanaise avant 7 h.",),), "mid",
          0.25, "nl"),
        H("agency", (("(ANI)",), ("(avec AFP)",)), "glue_space", 0.2, on=STORY + COPY),
        H("attribution", (("– {author}, avec {source}",),), "glue", 0.2, on=STORY + COPY),
        H("bio", (("{author}, journaliste au Cèdre depuis {since}, couvre {beat}.",),), "end", 0.3, "em", on=NEWS),
        H("tip", (("Vous avez été témoin d'un événement ?", "Écrivez-nous sur WhatsApp au +961 3 555 210."),), "end",
          0.2, "em"),
        H("follow", (("Suivez Le Cèdre sur X et Instagram : @lecedre_lb",),), "end", 0.2),
        H("comment-policy", (("Les commentaires sont modérés ; tout propos haineux ou diffamatoire sera supprimé.",),),
          "end", 0.2, "petit", on=NEWS, days=(0, 20)),
        H("copyright", (("© {year} Le Cèdre.", "Reproduction interdite sans autorisation."),), "end", 0.3, "petit",
          on=ALL),
        H("origin", (("Cet article a d'abord paru dans {origin}.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Version abrégée.", "Lire l'intégralité sur {origin_host}."),), "end", 1.0, "em", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Nada Azar/f/la politique/journaliste; Karim Sfeir/m/l'économie/journaliste; Rita Khoury/f/la "
                    "culture/journaliste; Le Cèdre/m/le Liban/desk"),
    plan=(("templated:trafic", 10), ("templated:agendabeyrouth", 9), ("hand:h11-fr-commentaires", 1),
          ("hand:h11-fr-edl", 1), ("hand:h11-fr-rectif", 1), ("syndicated", 5), ("edited", 2), ("trimmed", 2),
          ("repost", 2)),
    sections=("liban", "beyrouth", "economie", "culture"), templates=("trafic", "agendabeyrouth"),
    copy_from=(*FR_FROM, *_others(FR_HOSTS, "lecedre.example")), ld="graph", ld_join=" ",
    citing=("l'Agence nationale d'information", "des sources sécuritaires", "l'AFP"),
    agencies=("ANI", "AFP"), photographers=("Le Cèdre", "ANI", "Dalati et Nohra"))

# ---- es: a Dominican TV station's website ---------------------------------------------------------------
NC = Publisher(
    "Noticias Caribe TV", "caribetv.example", "holdout11", "es",
    "Santo Domingo|Santiago|San Cristóbal|La Romana|Puerto Plata|el Cibao",
    "https://{host}/{section}/{y}/{m}/{d}/{slug}/",
    Skin(
        page=PAGES["NC"],
        article='<article class="nc-art"><h1 class="nc-art__tit">{h1}</h1><div class="nc-art__meta">{byline}</div>'
                '{figure}<div class="nc-art__cuerpo">{body}</div></article>',
        byline='<span>Por {author}</span> · <time datetime="{iso}">{date} {time}</time>',
        figure='<figure class="nc-foto"><img src="{src}" alt=""><figcaption>{caption} / {credit}</figcaption></figure>',
        glue='<em class="nc-fuente">{t}</em>',
        pieces={"size": '<div class="nc-herramientas"><span>{t}</span> <button>A−</button><button>A+</button></div>',
                "tienda": '<div class="nc-tienda"><p>{t}</p><a href="/tienda/">Ver tienda</a></div>',
                "vivo": '<p class="nc-vivo"><a href="/envivo/">{t}</a></p>',
                "lee": '<p class="nc-lee"><strong>{t}</strong></p>',
                "app": '<div class="nc-app"><p>{t}</p></div>',
                "pub": '<p class="nc-pub">{t}</p>',
                "nota": '<p><i>{t}</i></p>',
                "legal": '<p class="nc-legal"><small>{t}</small></p>'},
        ad='<div class="nc-anuncio" data-ad="nota"></div>',
        blocks={"h2": '<h2 class="nc-sub">{t}</h2>', "ul": '<ul class="nc-lista">{t}</ul>',
                "quote": '<blockquote class="nc-cita"><p>{t}</p></blockquote>'}),
    habits=(
        H("text-size", (("Tamaño del texto",),), "top", 0.2, "size", on=ALL),
        H("watch-live", (("Mira el Noticiario Caribe en vivo a las 12:00 del mediodía y a las 7:00 de la noche.",),),
          "top", 0.2, "vivo", on=STORY),
        H("related", (("LEA TAMBIÉN: {headline}",),), "after1", 0.4, "lee", link="headline"),
        H("app", (("Descarga la app de Caribe TV y recibe las noticias de última hora en tu celular.",),), "mid", 0.2,
          "app"),
        H("ad-label", (("PUBLICIDAD",),), "mid", 0.25, "pub", on=ALL),
        H("shop", (("Ya están disponibles las gorras y camisetas oficiales de Caribe TV en nuestra tienda en "
                    "línea.",),), "end", 0.35, "tienda", on=ALL),
        H("odds", (("Las cuotas de apuestas son ofrecidas por nuestro patrocinador y pueden cambiar; juegue con "
                    "responsabilidad, solo mayores de 18.",),), "end", 0.5, "legal", on=TMPL, topic=r"\bLNB\b"),
        H("attribution", (("Con información de {source}.",),), "glue_space", 0.25, on=STORY + COPY),
        H("agency", (("(EFE)",),), "glue", 0.15, on=STORY + COPY),
        H("bio", (("{author} es periodista de Noticias Caribe TV y cubre {beat}.",),), "end", 0.3, "nota", on=NEWS),
        H("tip", (("¿Tienes una denuncia?", "Escríbenos al WhatsApp 809-555-0127."),), "end", 0.25, "nota"),
        H("follow", (("Síguenos en Instagram, Facebook y X como @caribetvrd.",),), "end", 0.2),
        H("copyright", (("© {year} Teleantillas Comunicaciones.", "Prohibida su reproducción total o parcial."),),
          "end", 0.3, "legal", on=ALL),
        H("origin", (("Esta información fue publicada originalmente por {origin}.",),), "top", 0.7, "nota", on=COPY),
        H("read-rest", (("Resumen.", "La nota completa está en {origin_host}."),), "end", 1.0, "nota", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Yokaira Mejía/f/la economía/periodista; Ramón Tejada/m/los deportes/periodista; Darlenys Pérez/f/"
                    "salud/periodista; Redacción/m/el país/redacción"),
    plan=(("templated:combustibles", 9), ("templated:lnb", 10), ("hand:h11-es-teleton", 1), ("hand:h11-es-intrant", 1),
          ("hand:h11-es-hospital", 1), ("syndicated", 5), ("edited", 2), ("trimmed", 2), ("repost", 2)),
    sections=("nacionales", "economia", "deportes", "santiago"), templates=("combustibles", "lnb"),
    copy_from=(*ES_FROM, *_others(ES_HOSTS, "caribetv.example")), ld="article",
    citing=("el MICM", "fuentes oficiales", "Listín Diario"),
    agencies=("EFE", "Caribe TV"), photographers=("Caribe TV", "Presidencia RD", "Ramón Tejada"))


# ---- es: a Cuenca regional daily ---------------------------------------------------------------------------
def _lecturas(rng: random.Random, day: int) -> tuple[str, ...]:
    """The reads counter: a figure that changes every day."""
    return (f"Esta nota ha sido leída {rng.randint(1200, 9800):,} veces.".replace(",", "."),)


ET = Publisher(
    "Diario El Tomebamba", "eltomebamba.example", "holdout11", "es",
    "Cuenca|Azuay|Cañar|Gualaceo|Paute|Azogues|el austro",
    "https://www.{host}/{section}/{slug}-{id}",
    Skin(
        page=PAGES["ET"],
        article='<article class="tome-nota"><h1>{h1}</h1><p class="tome-firma">{byline}</p>{figure}'
                '<div class="tome-texto">{body}</div></article>',
        byline='<span>{author}</span> | <time datetime="{iso}">{date}</time>',
        figure='<figure class="tome-img"><img src="{src}" alt=""><figcaption>{caption} Foto: {credit}</figcaption>'
               '</figure>',
        para='<p class="tome-p">{t}</p>',
        pieces={"lect": '<p class="tome-lecturas"><small>{t}</small></p>',
                "lee": '<p class="tome-p"><b>{t}</b></p>',
                "bol": '<div class="tome-boletin"><p>{t}</p><button>Suscribirme</button></div>',
                "push": '<div class="tome-push"><p>{t}</p></div>',
                "pub": '<p class="tome-pub">{t}</p>',
                "nota": '<p class="tome-p"><i>{t}</i></p>',
                "legal": '<p class="tome-p"><small>{t}</small></p>'},
        ad='<div class="tome-anuncio" data-ad="parrafo"></div>',
        blocks={"h2": '<h2 class="tome-sub">{t}</h2>', "ul": '<ul class="tome-lista">{t}</ul>',
                "quote": '<blockquote class="tome-cita"><p>{t}</p></blockquote>'}),
    habits=(
        *daily("holdout11", "read-count", "et-lecturas", _lecturas, "top", 0.3, "lect", on=ALL),
        H("photo-credit", (("(Foto: {photog})",),), "glue_lede", 0.2, on=STORY),
        H("related", (("Le puede interesar: {headline}",),), "after1", 0.45, "lee", link="headline"),
        H("newsletter", (("«El Tomebamba al día», nuestro boletín gratuito, llega de lunes a viernes a las 06:30.",),),
          "mid", 0.2, "bol"),
        H("push", (("Active las notificaciones y entérese primero de lo que pasa en Cuenca.",),), "mid", 0.2, "push"),
        H("ad-label", (("Contenido publicitario",),), "mid", 0.25, "pub", on=ALL),
        H("listen", (("Escuche esta noticia ({audio} min)",),), "top", 0.15, "nota", on=ALL),
        H("agency", (("(API)",),), "glue_space", 0.2, on=STORY + COPY),
        H("attribution", (("Con datos de {source}.",),), "glue", 0.2, on=STORY + COPY),
        H("bio", (("{author} es redactor{o} de la sección {beat} de Diario El Tomebamba.",),), "end", 0.3, "nota",
          on=NEWS),
        H("tip", (("¿Vio algo que debamos contar?", "Escríbanos al 099 555 1212."),), "end", 0.25, "nota"),
        H("correction", (("Fe de erratas: en una versión anterior se indicó una fecha equivocada de la sesión.",),),
          "end", 0.1, "nota", on=NEWS),
        H("copyright", (("Derechos reservados © {year} Editorial Tomebamba C.A.",),), "end", 0.3, "legal", on=ALL),
        H("origin", (("Tomado de {origin}.",),), "top", 0.7, "nota", on=COPY),
        H("read-rest", (("Nota resumida.", "Texto completo en {origin_host}."),), "end", 1.0, "nota", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Gabriela Ochoa/f/la ciudad/redactora; Juan Pablo Cordero/m/política/redactor; María Augusta "
                    "Vázquez/f/cultura/redactora; Redacción/m/Cuenca/redacción"),
    plan=(("templated:concejo", 9), ("templated:feria", 10), ("hand:h11-es-kichwa", 1), ("hand:h11-es-parqueo", 1),
          ("hand:h11-es-suscripcion", 1), ("syndicated", 5), ("edited", 2), ("trimmed", 2), ("repost", 2)),
    sections=("cuenca", "azuay", "sucesos", "cultura"), templates=("concejo", "feria"),
    copy_from=(*ES_FROM, *_others(ES_HOSTS, "eltomebamba.example")), ld="graph", ld_join="\n",
    citing=("el Municipio", "la Agencia Pública de Noticias (API)", "fuentes oficiales"),
    agencies=("API", "EFE"), photographers=("El Tomebamba", "Municipio de Cuenca", "Juan Pablo Cordero"))

HOLDOUT11 = (VNW, CFM, BS, WA, GV, CM, NC, ET)
