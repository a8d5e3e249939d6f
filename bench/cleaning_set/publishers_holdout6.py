"""The eight publishers of the 'holdout6' half (en x3, de x2, fr x2, es x1), written after the other seven
halves, by someone who had not read the cleaner, before it was run on them.  They are kinds of newsroom the
other halves lack: a Canadian public broadcaster's northern regional service, an Australian metro daily, a
New Zealand rural weekly, a German local-news aggregator, a Swiss business paper, a Senegalese news site, a
French regional (associative) radio and a Chilean regional daily.  Their boilerplate wording, labels and
markup are new.

What they bring (kinds only; the wordings are the publishers' own): video and photo captions and credits,
newsletter, app, podcast and social follow calls (some rotating every ten days), subscription and donation
asks, rights lines, related-story links and headline boxes (one changing every day), slot-first author bios
(name first, e-mail address last), agency credits glued to the last sentence with and without a space,
correction and update notes (some only on stories matching a topic), sponsor and ad labels, comment rules,
blocked-embed consent placeholders, share bars, tip lines, syndication notes on copies, a paywall under the
Swiss paper's JSON-LD-only pages and live-blog notices and "load more" buttons; some at the top, some
between paragraphs, some at the bottom, some in plain ``<p>`` exactly like the story, some in boxes,
``<figcaption>``, ``<aside>`` or buttons.  Story text in chrome-like markup: subheads, lists, quotations and
fact boxes in the handwritten and templated stories, each skin wrapping them its own way.  Recurrence traps:
templated stories with stock sentences naming the publisher, its phone number or e-mail address, some in the
middle of the story; handwritten stories quoting the phrases a cleaner would take for chrome; timestamped
"hour by hour" stories in plain paragraphs.  The English, French and Spanish publishers, with no corpus
stories left, run templated and handwritten stories and copies of other publishers' stories; the two German
ones also run corpus stories, live blogs and JSON-LD variants (full, teaser-only and stale ``articleBody``).
"""

from __future__ import annotations

from bench.cleaning_set.cms import ALL, COPY, Habit, Publisher, Skin, daily, headline_box, rotating
from bench.cleaning_set.publishers_tune import authors
from bench.cleaning_set.skins_holdout6 import PAGES

H = Habit
NEWS = ("news",)
STORY = ("news", "reposted")
TRIM = ("trimmed",)

EN_COPY = ("northfield-ledger.example", "dailymeridian.example", "harborcitytimes.example", "prairiedispatch.example",
           "riverton-courier.example", "capitalobserver.example", "tidewatersentinel.example",
           "lakeshoretribune.example", "kdrx5.example", "ironbridgemarkets.example", "copperstatesports.example",
           "cpnews.example", "harlancreekclarion.example", "dailyblaze.example", "krpr.example",
           "shannonecho.example", "dalalwire.example")
DE_COPY = ("westfaelischer-bote.example", "blickpunkt-online.example", "stadtanzeiger-nord.example",
           "tagesblatt.example", "neckar-kurier.example", "hanse-rundschau.example", "rhein-ahr-anzeiger.example",
           "lausitzer-echo.example", "weserbergland-kurier.example", "elbland-rundfunk.example",
           "limmattaler.example", "salzkammergut-rundschau.example", "technik-kompass.example")
FR_COPY = ("courrier-rhone.example", "echo-provence.example", "vigie-finistere.example", "republicain-jura.example",
           "lefilnormand.example", "echo-austral.example", "lezebre-lille.example", "courriermosan.example",
           "pharesaguenay.example", "echoalzette.example", "lesprint.example")
ES_COPY = ("elfarodigital.example", "diariocostaazul.example", "lavozdelebro.example", "correodelamancha.example",
           "lafronterahoy.example", "heraldodelsil.example", "diarioanahuac.example", "andinocuyo.example")

# ---- en: a Canadian public broadcaster's northern service ---------------------------------------------------
BPB = Publisher(
    "Boreal Public Broadcasting", "bpbnews.example", "holdout6", "en",
    "Thunder Bay|northwestern Ontario|Kenora|the Northwest",
    "https://www.{host}/news/canada/{section}/{slug}-1.{id}",
    Skin(
        page=PAGES["BPB"],
        article='<div class="bpb-story"><h1 class="bpb-story__headline">{h1}</h1><div class="bpb-story__byline">'
                '{byline}</div>{figure}<div class="bpb-story__body story">{body}</div></div>',
        byline='<div class="bpb-authors">{author} · BPB News</div><time class="bpb-timestamp" datetime="{iso}">Posted: '
               '{date} {time} ET</time>',
        figure='<figure class="bpb-image"><img src="{src}" alt=""><figcaption class="bpb-image__caption">{caption} '
               '<span class="bpb-image__credit">({credit})</span></figcaption></figure>',
        para='<p>{t}</p>',
        pieces={"video": '<div class="bpb-media"><div class="bpb-media__player" data-type="video"></div><figcaption '
                         'class="bpb-media__caption">{t}</figcaption></div>',
                "fr": '<p class="bpb-langlink"><a href="/nord">{t}</a></p>',
                "consent": '<div class="bpb-embed-blocked"><p>{t}</p><button>Show content</button></div>',
                "nl": '<div class="bpb-signup"><p>{t}</p><form><input type="email"><button>Subscribe</button></form>'
                      '</div>',
                "bio": '<div class="bpb-bio"><p>{t}</p></div>',
                "note": '<p class="bpb-editorsnote"><em>{t}</em></p>',
                "small": '<p class="bpb-fine"><small>{t}</small></p>'},
        ad='<div class="bpb-promo-slot" aria-hidden="true"></div>',
        blocks={"h2": '<h2 class="bpb-subhead">{t}</h2>', "ul": '<ul class="bpb-list">{t}</ul>',
                "quote": '<blockquote class="bpb-pullquote"><p>{t}</p></blockquote>'}),
    habits=(
        H("video-caption", (("WATCH | What people in {region} need to know before heading out this week",),
                            ("VIDEO | A look at the situation in {region} from the ground",)), "top", 0.3, "video",
          on=STORY),
        H("translation", (("Version française de ce reportage sur BPB Nord.",),), "top", 0.15, "fr",
          on=STORY),
        H("consent", (("This map is supplied by an outside provider and will not load until you allow it.",
                       "To allow it, open Cookie Choices in the site footer."),), "mid", 0.2,
          "consent"),
        *rotating("newsletter", [
            ("Start the day with Northern Morning, BPB's free weekday round-up from Kenora to Marathon.",),
            ("Northern Morning lands by 6 a.m. Central, five days a week, at no charge.",),
            ("One email, every weekday: Northern Morning keeps you up with the northwest.",),
        ], 10, "mid", 0.3, "nl"),
        H("agency", (("With files from {agency}",),), "glue_space", 0.25, on=STORY + COPY),
        H("bio", (("{author} reports for BPB Thunder Bay on {beat}.", "Story ideas are welcome at {email}."),
                  ("{author} is a {role} with BPB's northwestern Ontario bureau.", "Reach the reporter: {email}")),
          "end", 0.4, "bio", on=NEWS),
        H("correction", (("Amended to fix a highway number.",),
                         ("We first published the meeting on the wrong day; that has been fixed.",)), "end", 0.08,
          "note", on=NEWS),
        H("tip", (("Have a lead you think BPB should chase?", "Phone or text the BPB Thunder Bay newsroom at "
                   "807-555-0142.",),), "end", 0.3),
        H("comment-policy", (("Commenting stays open for three days after a story is published.",
                              "BPB moderates every comment against its submission rules."),), "end", 0.25, "small",
          on=NEWS),
        H("copyright", (("©{year} Boreal Public Broadcasting.", "Reproduction needs our written consent."),),
          "end", 0.4, "small", on=ALL),
        H("origin", (("Reported by {origin}; BPB carries it through a newsroom partnership.",),), "top", 0.7,
          "note", on=COPY),
        H("read-rest", (("Shortened for BPB.", "Find the complete version on {origin_host}."),), "end", 1.0, "note",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Jody Porter/f/Indigenous communities/reporter; Logan Turner/m/the environment/reporter; "
                    "Sarah Law/f/city hall/reporter; Matt Prokopchuk/m/wildfires and weather/senior reporter"),
    plan=(("templated:wildfire", 9), ("templated:ontroads", 9), ("jsonld-teaser", 1), ("hand:h6-en-amclose", 1),
          ("hand:h6-en-alertready", 1), ("hand:h6-en-asithappened", 1), ("syndicated", 6), ("edited", 3),
          ("trimmed", 2), ("repost", 2)),
    sections=("thunder-bay", "kenora", "northwest"), templates=("wildfire", "ontroads"),
    copy_from=(*EN_COPY, "swancourier.example", "farmweekly.example"), dateline=("THUNDER BAY, Ont. — ",),
    ld="article", agencies=("The Canadian Press", "BPB News"),
    photographers=("Logan Turner", "Jody Porter", "Submitted photo"))

# ---- en: an Australian metro daily ---------------------------------------------------------------------------
SWAN = Publisher(
    "The Swan Courier", "swancourier.example", "holdout6", "en", "Perth|WA|the northern suburbs|Fremantle",
    "https://www.{host}/{section}/{slug}-c-{id}",
    Skin(
        page=PAGES["SWAN"],
        article='<article class="sc-story"><h1 class="sc-story__hl">{h1}</h1><div class="sc-story__byline">{byline}'
                '</div>{figure}<div class="sc-story__body" data-testid="article-body">{body}</div></article>',
        byline='<span class="sc-author">{author}</span><span class="sc-dot"> · </span><time datetime="{iso}">{date} '
               '{time} AWST</time>',
        figure='<figure class="sc-hero"><img src="{src}" alt=""><figcaption>{caption} <span class="sc-credit">'
               'Picture: {credit}</span></figcaption></figure>',
        para='<p class="sc-p">{t}</p>',
        pieces={"share": '<div class="sc-sharebar" role="toolbar"><span>{t}</span></div>',
                "more": '<p class="sc-p"><b>{t}</b></p>',
                "credit": '<p class="sc-caption">{t}</p>',
                "offer": '<div class="sc-offer"><p>{t}</p><a class="sc-offer__btn" href="/subscribe">See offer</a>'
                         '</div>',
                "adlabel": '<div class="sc-ad"><span class="sc-ad__label">{t}</span><div class="sc-ad__slot"></div>'
                           '</div>',
                "help": '<aside class="sc-support"><p>{t}</p></aside>',
                "i": '<p class="sc-p"><i>{t}</i></p>'},
        glue='<span class="sc-agency">{t}</span>',
        entities="named",
        blocks={"h2": '<h2 class="sc-crosshead">{t}</h2>', "ul": '<ul class="sc-bullets">{t}</ul>'}),
    habits=(
        H("share", (("Share this story: Facebook · WhatsApp · Copy link",),), "top", 0.35, "share", on=ALL),
        H("photo-credit", (("Picture: {photog}",), ("Pictures: {photog} and supplied",)), "top", 0.25, "credit",
          on=STORY),
        H("video-pointer", (("Watch the footage in the player above.",),), "glue_lede", 0.1, on=NEWS),
        H("related", (("More WA news: {headline}",),), "after1", 0.4, "more", link="headline"),
        H("ad-label", (("Story continues after this message from our sponsors",),), "mid", 0.3, "adlabel"),
        *rotating("subscription", [
            ("Unlimited Courier reading, $1 weekly for the first 12 weeks.", "Cancel anytime."),
            ("Spring offer: 12 months of The Swan Courier online for $99.",),
            ("Love local news?", "Back it with a digital subscription from $4 a week."),
        ], 10, "mid", 0.3, "offer"),
        H("agency", (("(AAP)",),), "glue", 0.2, on=STORY + COPY),
        H("helpline", (("Lifeline is there 24/7 on 13 11 14 if this article has brought up issues for "
                        "you.",),), "end", 1.0, "help", topic=r"\b(died|death|dead|suicide|killed)\b"),
        H("comment-policy", (("Reader comments are switched off here for legal reasons.",),), "end", 1.0,
          "i", on=NEWS, topic=r"\b(court|charged|accused|trial)\b"),
        H("app", (("Breaking WA news first: grab the free Swan Courier "
                   "app.",),), "end", 0.25),
        H("tip", (("Seen something newsworthy in your suburb?", "Email your pics and tips to "
                   "newsdesk@swancourier.example.",),), "end", 0.25, "i"),
        H("bio", (("{author} writes about {beat} for The Swan Courier.", "Contact: {email}"),), "end", 0.35, "i",
          on=NEWS),
        H("copyright", (("Copyright © {year} Swan Courier Pty Ltd (ABN 51 600 555 201).",),), "end", 0.35, "i",
          on=ALL),
        H("origin", (("Supplied by {origin} through the Australian Regional Newsshare.",),), "top", 0.7, "i",
          on=COPY),
        H("read-rest", (("Edited extract.", "Keep going at {origin_host}."),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Kate Emery/f/crime and courts/crime reporter; Josh Zimmerman/m/transport/reporter; "
                    "Lauren Pilat/f/the environment/reporter; Dylan Caporn/m/state politics/political reporter"),
    plan=(("templated:beaches", 10), ("templated:transperth", 9), ("hand:h6-en-comments", 1),
          ("hand:h6-en-sharkapp", 1), ("syndicated", 7), ("edited", 3), ("trimmed", 3), ("repost", 2)),
    sections=("news/wa", "news/perth", "lifestyle"), templates=("beaches", "transperth"),
    copy_from=(*EN_COPY, "bpbnews.example", "farmweekly.example"), ld="graph", ld_join=" ",
    agencies=("AAP", "Swan Courier"), photographers=("Ian Munro", "Justin Benson-Cooper", "Daniel Wilkins"))

# ---- en: a New Zealand rural weekly -------------------------------------------------------------------------
_ELSEWHERE = ("Lamb schedules lift ahead of the first kill", "Fonterra opens its Edendale site to visitors",
              "Wintering rules: what changes on Oct. 1", "Young farmer of the year heads to Gore",
              "Balfour saleyards: store cattle hold firm", "Wool price edges up at Christchurch sale",
              "Council rates rise 9.8% for Southland farms", "Te Anau basin: water plan hearing set")

SFW = Publisher(
    "Southland Farm Weekly", "farmweekly.example", "holdout6", "en", "Southland|Gore|the Waimea Plains|Winton",
    "https://{host}/{section}/{y}/{m}/{slug}/",
    Skin(
        page=PAGES["SFW"],
        article='<div class="sfw-article"><p class="sfw-kicker">{byline}</p><h1>{h1}</h1>{figure}<div '
                'class="sfw-copy">{body}</div></div>',
        byline='<span class="sfw-by">{author}</span> <time datetime="{iso}">{date}</time>',
        figure='<figure class="sfw-fig"><img src="{src}" alt=""><figcaption>{caption} Photo / {credit}</figcaption>'
               '</figure>',
        pieces={"credit": '<p class="sfw-photo">{t}</p>',
                "print": '<p class="sfw-print"><em>{t}</em></p>',
                "support": '<div class="sfw-support"><p>{t}</p><a href="/support">Support us</a></div>',
                "box": '<div class="sfw-elsewhere"><h4>{h}</h4><ul>{li}</ul></div>',
                "sponsor": '<div class="sfw-sponsor"><span>Partner content</span><p>{t}</p></div>',
                "podcast": '<div class="sfw-pod"><p>{t}</p></div>',
                "fund": '<p class="sfw-fund"><small>{t}</small></p>',
                "letters": '<p class="sfw-letters">{t}</p>'},
        ad='<div class="sfw-classified-ad"></div>',
        blocks={"fact": '<div class="sfw-glance">{t}</div>', "quote": '<blockquote class="sfw-q">{t}</blockquote>'}),
    habits=(
        H("photo-credit", (("Photo / {photog}",), ("Photo / Supplied",)), "top", 0.3, "credit", on=STORY),
        H("print-note", (("From the {weekday} paper edition of Southland Farm Weekly.",),), "top",
          0.15, "print", on=("reposted",)),
        *daily("holdout6", "related", "sfw-elsewhere", headline_box("Elsewhere on the farm", _ELSEWHERE, 3), "end",
               0.3, "box"),
        H("related", (("From the paddock: {headline}",),), "after1", 0.3, link="headline"),
        H("podcast", (("New every Thursday: On the Fence, our farming podcast, wherever you get your podcasts.",),),
          "mid", 0.2, "podcast"),
        *rotating("sponsor", [
            ("Farm Weekly's field-day coverage has the backing of Murihiku Machinery, Gore.",),
            ("Our saleyard reports are supported by Waimea Vets.",),
        ], 15, "mid", 0.2, "sponsor"),
        H("donation", (("Rural news costs money to gather.", "Chip in $8 monthly to keep a reporter on the back "
                        "roads."),), "end", 0.25, "support"),
        H("agency", (("– {agency}",),), "glue_space", 0.2, on=STORY + COPY),
        H("fund-note", (("Produced with support from the Rural Reporting Fund, which NZ On Air backs.",),), "end", 0.2,
          "fund", on=NEWS),
        H("correction", (("An earlier online version had the wrong date for the field day; this has been put "
                          "right.",),), "end", 0.08, "print", on=NEWS),
        H("letters", (("Have your say: letters of up to 250 words, with your full name and district, go to "
                       "letters@farmweekly.example.",),), "end", 0.25, "letters", on=NEWS),
        H("bio", (("{author} is a rural reporter based in Gore.", "Email {obj}: {email}"),), "end", 0.3, "print",
          on=NEWS),
        H("copyright", (("Content © Southland Farm Weekly Ltd {year}; reuse needs a licence from us.",),),
          "end", 0.3, "fund", on=ALL),
        H("origin", (("Courtesy of {origin}, which ran it first.",),), "top", 0.7, "print", on=COPY),
        H("read-rest", (("Abridged.", "Read on at {origin_host}."),), "end", 1.0, "print", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Nicole Sharp/f/dairy/rural reporter; Ken Muir/m/sheep and beef/rural reporter; "
                    "Aroha Parata/f/water and councils/reporter; Farm Weekly/m/farming/staff"),
    plan=(("templated:gdt", 8), ("templated:rainfall", 9), ("hand:h6-en-ruralfund", 1), ("hand:h6-en-ruralmail", 1),
          ("syndicated", 8), ("edited", 4), ("trimmed", 3), ("repost", 2)),
    sections=("dairy", "sheep-beef", "news"), templates=("gdt", "rainfall"),
    copy_from=(*EN_COPY, "bpbnews.example", "swancourier.example"), ld="none", feed_summary=False,
    agencies=("RNZ", "LDR"), photographers=("Robyn Edie", "Nicole Sharp", "Supplied"))

# ---- de: a German local-news aggregator ---------------------------------------------------------------------
ORT = Publisher(
    "Ortsticker Osthessen", "ortsticker.example", "holdout6", "de", "Fulda|Osthessen|die Rhön|den Vogelsberg",
    "https://{host}/{section}/{id}-{slug}",
    Skin(
        page=PAGES["ORT"],
        article='<article class="ot-item"><div class="ot-item__source">{byline}</div><h1 class="ot-item__title">{h1}'
                '</h1>{figure}<div class="ot-item__text">{body}</div></article>',
        byline='<span class="ot-by">{author}</span> · <time datetime="{iso}">{date}, {time}</time>',
        figure='<figure class="ot-img"><img src="{src}" alt=""><figcaption>{caption} Foto: {credit}</figcaption>'
               '</figure>',
        para='<p class="ot-p">{t}</p>',
        pieces={"auto": '<p class="ot-autonote"><small>{t}</small></p>',
                "quelle": '<p class="ot-source"><strong>{t}</strong></p>',
                "consent": '<div class="ot-consent"><p>{t}</p><button>Inhalt laden</button></div>',
                "share": '<div class="ot-share"><p>{t}</p></div>',
                "app": '<aside class="ot-app"><p>{t}</p></aside>',
                "sponsor": '<p class="ot-sponsor"><span>{t}</span></p>',
                "mehr": '<p class="ot-p">{t}</p>',
                "live": '<div class="ot-live-hint"><p>{t}</p></div>',
                "older": '<button class="ot-live-more">{t}</button>'},
        ad='<div class="ot-werbung" data-slot="inline"></div>',
        live='<div class="ot-ticker">{updates}{more}</div>',
        live_update='<div class="ot-ticker__entry"><span class="ot-ticker__time"><time datetime="{iso}">{time}</time>'
                    '</span><strong class="ot-ticker__head">{h}</strong>{body}</div>',
        blocks={"ul": '<ul class="ot-liste">{t}</ul>'}),
    habits=(
        H("auto-note", (("Diese Übersicht wurde aus Angaben der Behörden zusammengestellt und von der Redaktion "
                         "gegengelesen.",),), "top", 0.5, "auto", on=("templated",)),
        H("origin", (("Originalmeldung: {origin}",), ("Eine Meldung unseres Partners {origin}",)), "top", 0.8,
          "quelle", on=COPY),
        H("related", (("Mehr aus Ihrer Nachbarschaft: {headline}",),), "after1", 0.35, "mehr", link="headline"),
        H("consent", (("Hier steht eine Karte von OpenStreetMap.", "Um sie zu sehen, erlauben Sie bitte externe "
                       "Inhalte in den Privatsphäre-Einstellungen."),), "mid", 0.2, "consent"),
        H("update", (("Aktualisierung, {time}: Angaben zur Umleitung ergänzt.",),), "top", 0.5, "auto",
          topic=r"Umleitung"),
        H("app", (("Alle Meldungen aus Ihrem Ort liefert Ihnen die Ortsticker-App, auf Wunsch mit Push für Ihre "
                   "Postleitzahl.",),), "mid", 0.2, "app"),
        H("sponsor", (("Präsentiert von der Rhönsparkasse",),), "end", 0.2, "sponsor", on=("templated",)),
        H("share", (("Teilen per WhatsApp, Facebook oder E-Mail",),), "end", 0.35, "share", on=ALL),
        H("tip", (("Sie haben etwas beobachtet?", "Ihre Beobachtung können Sie an hinweis@ortsticker.example "
                   "schicken."),), "end", 0.2),
        H("copyright", (("© Ortsticker Medien UG (haftungsbeschränkt), {year}",),), "end", 0.25, "auto", on=ALL),
        H("read-rest", (("Kurzfassung.", "Weiter beim Originalanbieter: {origin_host}"),), "end", 1.0, "quelle",
          on=TRIM, link="origin_host"),
    ),
    live_habits=(
        H("live-notice", (("Der Ticker ergänzt sich selbst, ein Neuladen der Seite ist nicht nötig.",),),
          "top", 0.8, "live"),
        H("ui", (("Weitere Einträge anzeigen",),), "more", 1.0, "older"),
    ),
    authors=authors("Ortsticker-Redaktion/m/Osthessen/bot"),
    plan=(("templated:sperrungen", 8), ("templated:wochenmarkt", 7), ("news", 6), ("liveblog", 1),
          ("jsonld-teaser", 2), ("hand:h6-de-kiticker", 1), ("syndicated", 6), ("trimmed", 4), ("edited", 2)),
    sections=("fulda", "rhoen", "vogelsberg"), templates=("sperrungen", "wochenmarkt"), live_show=5,
    copy_from=(*DE_COPY, "hhz.example"), ld="graph", ld_oldest_first=True,
    agencies=("dpa", "Ortsticker"), photographers=("Polizei Osthessen", "Stadt Fulda", "Ortsticker"))

# ---- de: a Swiss business paper ------------------------------------------------------------------------------
HHZ = Publisher(
    "Helvetische Handelszeitung", "hhz.example", "holdout6", "de", "Zürich|der Schweiz|dem Finanzplatz|Basel",
    "https://www.{host}/{section}/{slug}-ld.{id}",
    Skin(
        page=PAGES["HHZ"],
        article='<article class="hhz-art"><header><p class="hhz-art__kicker">{byline}</p><h1 class="hhz-art__title">'
                '{h1}</h1></header>{figure}<section class="hhz-art__body">{body}</section></article>',
        byline='<span class="hhz-author">{author}</span> <time datetime="{iso}">{date}, {time}</time>',
        figure='<figure class="hhz-fig"><img src="{src}" alt=""><figcaption>{caption} <em>{credit}</em></figcaption>'
               '</figure>',
        para='<p class="hhz-p">{t}</p>',
        pieces={"audio": '<div class="hhz-tts"><button aria-label="Vorlesen"></button><span>{t}</span></div>',
                "nl": '<div class="hhz-nl"><p>{t}</p><a href="/newsletter">Kostenlos abonnieren</a></div>',
                "hinweis": '<p class="hhz-disclaimer"><small>{t}</small></p>',
                "share": '<div class="hhz-share"><span>{t}</span></div>',
                "bio": '<footer class="hhz-authorbox"><p>{t}</p></footer>',
                "i": '<p class="hhz-p"><i>{t}</i></p>',
                "live": '<div class="hhz-live-lead"><p>{t}</p></div>',
                "older": '<button class="hhz-live-load">{t}</button>',
                "paywall": '<div class="hhz-paywall"><p>{t}</p><a class="hhz-paywall__cta" href="/abo">Jetzt '
                           'testen</a></div>'},
        glue='<span class="hhz-kuerzel">{t}</span>',
        ad='<div class="hhz-ad" data-format="rectangle"></div>',
        live='<div class="hhz-ticker">{updates}{more}</div>',
        live_update='<article class="hhz-ticker__item"><time datetime="{iso}">{time}</time><h3>{h}</h3>{body}'
                    '</article>',
        blocks={"h2": '<h2 class="hhz-zwischentitel">{t}</h2>', "fact": '<aside class="hhz-kasten">{t}</aside>'}),
    habits=(
        H("listen", (("Diesen Text anhören · {audio} Min.",),), "top", 0.3, "audio", on=STORY),
        H("related", (("Hintergrund dazu: {headline}",),), "after1", 0.35, "i", link="headline"),
        *rotating("newsletter", [
            ("Das Wichtigste vom Finanzplatz um 7 Uhr: der HHZ-Frühkurs, jeden Werktag per Mail.",),
            ("Börse, Zinsen, Firmen: Der HHZ-Frühkurs fasst den Morgen in fünf Minuten zusammen.",),
        ], 15, "mid", 0.3, "nl"),
        H("investment-disclaimer", (("Die Angaben dienen nur der Information und sind keine Anlageempfehlung.",
                                     "Kursdaten mit mindestens 15 Minuten Verzögerung."),), "end", 1.0, "hinweis",
          on=STORY, topic=r"(Aktie|Börse|Anleger|Kurs)"),
        H("agency", (("(awp)",), ("(awp/sda)",)), "glue", 0.25, on=STORY + COPY),
        H("correction", (("Eine erste Version dieses Artikels nannte einen falschen Börsenwert; wir haben ihn "
                          "korrigiert.",),), "end", 0.08, "i", on=NEWS),
        H("share", (("Link kopieren · Per E-Mail senden · Auf LinkedIn teilen",),), "end", 0.3, "share", on=ALL),
        H("bio", (("{author} ist {role} im Ressort {beat}.", "Sie erreichen die Redaktion unter {email}."),),
          "end", 0.3, "bio", on=NEWS),
        H("copyright", (("Copyright © Handelszeitungs-Verlag AG, Zürich.", "Weiterverbreitung nur mit Lizenz."),),
          "end", 0.3, "hinweis", on=ALL),
        H("origin", (("Diesen Beitrag hat die HHZ von {origin} übernommen.",),), "top", 0.7, "i", on=COPY),
        H("read-rest", (("Ausschnitt.", "Ganzer Text bei {origin_host}"),), "end", 1.0, "i", on=TRIM,
          link="origin_host"),
        H("paywall", (("Diesen Beitrag gibt es nur im Digitalabo der HHZ.", "Einen Monat "
                       "digital lesen für CHF 1.–, danach CHF 24.– pro Monat.", "Schon dabei? Hier geht es zum "
                       "Login"),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Wir berichten fortlaufend; die jüngsten Meldungen stehen zuoberst.",),), "top", 0.8,
          "live"),
        H("ui", (("Frühere Meldungen laden",),), "more", 1.0, "older"),
    ),
    authors=authors("Beat Zürcher/m/Banken/Redaktor; Andrea Lüthi/f/Konjunktur/Redaktorin; "
                    "Reto Gysi/m/Unternehmen/Wirtschaftsredaktor; Corinne Aebi/f/Märkte/Redaktorin"),
    plan=(("templated:handelsregister", 7), ("templated:devisen", 7), ("news", 10), ("liveblog", 1),
          ("jsonld-full", 2), ("jsonld-teaser", 1), ("jsonld-stale", 1), ("followup", 1), ("hand:h6-de-cookies", 1),
          ("hand:h6-de-snb", 1), ("syndicated", 2), ("edited", 1), ("repost", 2)),
    sections=("unternehmen", "maerkte", "konjunktur"), templates=("handelsregister", "devisen"), live_show=6,
    copy_from=(*DE_COPY, "ortsticker.example"), ld="article", ld_join="\n",
    agencies=("awp", "SDA"), photographers=("Gaetan Bally", "Keystone", "Michael Buholzer"))

# ---- fr: a Senegalese news site ------------------------------------------------------------------------------
TER = Publisher(
    "Téranga Actu", "terangaactu.example", "holdout6", "fr", "Dakar|le Sénégal|Thiès|Saint-Louis",
    "https://www.{host}/{section}/{slug}/",
    Skin(
        page=PAGES["TER"],
        article='<div class="ta-post"><h1 class="ta-post__title">{h1}</h1><div class="ta-post__meta">{byline}</div>'
                '{figure}<div class="ta-post__content entry-content">{body}</div></div>',
        byline='<span class="ta-by">Par {author}</span> – <time datetime="{iso}">{date} à {time}</time>',
        figure='<figure class="wp-block-image"><img src="{src}" alt=""><figcaption>{caption} (Photo : {credit})'
               '</figcaption></figure>',
        pieces={"voir": '<p class="ta-voir"><strong>{t}</strong></p>',
                "video": '<figure class="ta-embed"><div class="ta-embed__yt"></div><figcaption>{t}</figcaption>'
                         '</figure>',
                "follow": '<div class="ta-follow"><p>{t}</p></div>',
                "don": '<div class="ta-don"><p>{t}</p><a href="/soutenir">Je soutiens</a></div>',
                "consent": '<div class="ta-consent"><p>{t}</p></div>',
                "small": '<p class="ta-mention"><small>{t}</small></p>',
                "em": '<p><em>{t}</em></p>'},
        ad='<div class="ta-pub" id="ta-inarticle"></div>',
        entities="french",
        blocks={"ul": '<ul class="wp-block-list">{t}</ul>', "quote": '<blockquote class="wp-block-quote"><p>{t}</p>'
                                                                    '</blockquote>'}),
    habits=(
        H("video-caption", (("VIDÉO – Reportage de nos équipes à {region}",),), "top", 0.2, "video", on=STORY),
        H("related", (("Sur Téranga Actu également : {headline}",),), "after1", 0.45, "voir", link="headline"),
        H("consent", (("Publication Facebook bloquée : elle s'affichera une fois les traceurs sociaux "
                       "autorisés.",),), "mid", 0.15, "consent"),
        H("follow", (("Téranga Actu est aussi sur WhatsApp et TikTok, avec l'essentiel du jour en direct.",),), "mid",
          0.25, "follow"),
        H("agency", (("(APS)",),), "glue", 0.25, on=STORY + COPY),
        *rotating("donation", [
            ("Une information libre a un coût.", "Soutenez Téranga Actu par Wave ou Orange Money, dès 500 F CFA."),
            ("Téranga Actu vit grâce à ses lecteurs et à ses annonceurs.",
             "Chaque contribution, petite ou grande, nous garde indépendants."),
        ], 15, "end", 0.25, "don"),
        H("tip", (("Un fait à signaler dans votre quartier ?", "Écrivez à la rédaction sur WhatsApp au +221 77 555 "
                   "01 20."),), "end", 0.25, "em"),
        H("comment-policy", (("Les commentaires haineux, racistes ou diffamatoires sont supprimés sans préavis.",),),
          "end", 0.2, "small", on=NEWS),
        H("correction", (("Rectificatif : nous avions d'abord indiqué une mauvaise date ; c'est corrigé.",),),
          "end", 0.1, "em", on=("news", "templated")),
        H("bio", (("{author}, journaliste, suit {beat} pour Téranga Actu.", "Contact : {email}"),), "end", 0.3, "em",
          on=NEWS),
        H("copyright", (("Copie et republication soumises à l'accord écrit de Téranga Actu – {year}",),), "end", 0.35,
          "small", on=ALL),
        H("origin", (("Article repris de {origin}, avec son aimable autorisation.",),), "top", 0.7, "em", on=COPY),
        H("read-rest", (("Extrait.", "Lire l'intégralité chez {origin_host}."),), "end", 1.0, "em", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Aïssatou Diop/f/la société/journaliste; Mamadou Ba/m/l'économie/journaliste; "
                    "Ndèye Fatou Sène/f/la politique/journaliste; La Rédaction/m/l'actualité/desk"),
    plan=(("templated:delestages", 12), ("templated:prixdenrees", 11), ("hand:h6-fr-wave", 1), ("hand:h6-fr-cnra", 1),
          ("hand:h6-fr-tabaski", 1), ("hand:h6-fr-bac", 1), ("syndicated", 3), ("edited", 2), ("trimmed", 1),
          ("repost", 2)),
    sections=("societe", "economie", "politique"), templates=("delestages", "prixdenrees"),
    copy_from=(*FR_COPY, "rcc-radio.example"), ld="article", ld_join=" ",
    agencies=("APS", "AFP"), photographers=("Seyllou Diallo", "Mamadou Ba", "DR"))

# ---- fr: a French regional associative radio ------------------------------------------------------------------
RCC = Publisher(
    "Radio Causses et Cévennes", "rcc-radio.example", "holdout6", "fr", "la Lozère|Mende|Florac|Marvejols",
    "https://{host}/infos/{slug}-{id}",
    Skin(
        page=PAGES["RCC"],
        article='<article class="rcc-news"><h1 class="rcc-news__title">{h1}</h1><p class="rcc-news__meta">{byline}'
                '</p>{figure}<div class="rcc-news__text">{body}</div></article>',
        byline='<span>{author}</span> – <time datetime="{iso}">{date}, {time}</time>',
        figure='<figure class="rcc-photo"><img src="{src}" alt=""><figcaption>{caption} © {credit}</figcaption>'
               '</figure>',
        pieces={"player": '<div class="rcc-replay"><button>▶</button><span>{t}</span></div>',
                "memesujet": '<p class="rcc-lien">{t}</p>',
                "antenne": '<aside class="rcc-antenne"><p>{t}</p></aside>',
                "consent": '<div class="rcc-rgpd"><p>{t}</p><button>Autoriser</button></div>',
                "lettre": '<div class="rcc-lettre"><p>{t}</p></div>',
                "credit": '<p class="rcc-credit"><small>{t}</small></p>',
                "maj": '<p class="rcc-maj"><em>{t}</em></p>'},
        ad='<div class="rcc-partenaires"></div>',
        entities="french",
        blocks={"fact": '<div class="rcc-encadre">{t}</div>', "h2": '<h3 class="rcc-inter">{t}</h3>',
                "quote": '<p class="rcc-verbatim">{t}</p>'}),
    habits=(
        H("listen", (("Réécouter le journal de {time}",),), "top", 0.3, "player", on=STORY),
        H("update", (("Complété à {time} : nous avons ajouté les propos des services de l'État.",),), "top", 1.0,
          "maj", on=NEWS, topic=r"préfe"),
        H("related", (("À réécouter sur nos ondes : {headline}",),), "after1", 0.35, "memesujet",
          link="headline"),
        H("consent", (("Ce podcast est hébergé par une plateforme tierce.", "Pour l'écouter, autorisez ses traceurs "
                       "dans le gestionnaire de consentement."),), "mid", 0.2, "consent"),
        H("station-promo", (("RCC s'écoute sur 98.4 à Mende, 101.2 à Florac et en DAB+ dans toute la Lozère.",),),
          "mid", 0.3, "antenne"),
        H("newsletter", (("Chaque vendredi midi, « La Lettre des Causses » revient sur les sept jours "
                          "lozériens.",),), "end", 0.25, "lettre"),
        H("photo-credit", (("Illustration RCC – {photog}",),), "end", 0.2, "credit", on=STORY),
        H("tip", (("Vous avez vu quelque chose en Lozère ?", "La rédaction de RCC répond au 04 66 55 01 98, même le "
                   "week-end."),), "end", 0.25),
        H("app", (("Le direct et toutes nos infos locales sont aussi dans l'appli RCC, gratuite.",),), "end", 0.2,
          "lettre"),
        H("agency", (("(avec AFP)",),), "glue_space", 0.2, on=STORY + COPY),
        H("copyright", (("Toute reproduction, même partielle, est soumise à l'accord de RCC – {year}.",),), "end",
          0.3, "credit", on=ALL),
        H("origin", (("Avec nos confrères de {origin}.",),), "top", 0.7, "maj", on=COPY),
        H("read-rest", (("Version abrégée pour l'antenne.", "Texte intégral : {origin_host}"),), "end", 1.0, "maj",
          on=TRIM, link="origin_host"),
    ),
    authors=authors("Élodie Pantel/f/l'agriculture/journaliste; Thomas Rouvière/m/le sport/journaliste; "
                    "Manon Bastide/f/la Cévenne/journaliste; La rédaction/m/la Lozère/desk"),
    plan=(("templated:routes", 12), ("templated:battues", 11), ("hand:h6-fr-directcrue", 1),
          ("hand:h6-fr-frequence", 1), ("hand:h6-fr-dab", 1), ("hand:h6-fr-loup", 1), ("syndicated", 3),
          ("edited", 2), ("trimmed", 1), ("repost", 2)),
    sections=("infos", "lozere", "cevennes"), templates=("routes", "battues"),
    copy_from=(*FR_COPY, "terangaactu.example"), ld="none", feed_summary=False,
    agencies=("AFP", "RCC"), photographers=("Manon Bastide", "Thomas Rouvière", "RCC"))

# ---- es: a Chilean regional daily -------------------------------------------------------------------------------
VIG = Publisher(
    "El Vigía de Valparaíso", "elvigia.example", "holdout6", "es", "Valparaíso|Viña del Mar|la Quinta Región|Quilpué",
    "https://www.{host}/{section}/{y}/{m}/{d}/{slug}.html",
    Skin(
        page=PAGES["VIG"],
        article='<article class="ev-art"><h1 class="ev-art__titulo">{h1}</h1><div class="ev-art__firma">{byline}'
                '</div>{figure}<div class="ev-art__cuerpo">{body}</div></article>',
        byline='<span class="ev-autor">{author}</span> · <time datetime="{iso}">{date}, {time}</time>',
        figure='<figure class="ev-foto"><img src="{src}" alt=""><figcaption>{caption} | Foto: {credit}</figcaption>'
               '</figure>',
        pieces={"revisa": '<p class="ev-revisa"><em>{t}</em></p>',
                "credito": '<p class="ev-credito">{t}</p>',
                "susc": '<div class="ev-suscripcion"><p>{t}</p><a href="/suscripcion">Suscríbete</a></div>',
                "redes": '<div class="ev-redes"><p>{t}</p></div>',
                "share": '<div class="ev-compartir"><span>{t}</span></div>',
                "pub": '<div class="ev-publicidad"><span>{t}</span></div>',
                "small": '<p class="ev-legal"><small>{t}</small></p>',
                "nota": '<p class="ev-nota-editor"><i>{t}</i></p>'},
        ad='<div class="ev-banner" data-pos="nota"></div>',
        blocks={"ul": '<ul class="ev-lista">{t}</ul>', "h2": '<h2 class="ev-intertitulo">{t}</h2>'}),
    habits=(
        H("photo-credit", (("Foto: {photog} / Agencia UNO",), ("Fotografía: {photog}",)), "top", 0.25, "credito",
          on=STORY),
        H("share", (("Envía esta nota por WhatsApp, Facebook o X",),), "top", 0.25, "share", on=ALL),
        H("related", (("Revisa también: {headline}",),), "after1", 0.45, "revisa", link="headline"),
        H("ad-label", (("Publicidad",),), "mid", 0.3, "pub"),
        H("quake-app", (("Activa las alertas de sismos en la app de El Vigía y entérate antes que nadie.",),), "mid",
          1.0, "redes", topic=r"\bsismo\b"),
        *rotating("subscription", [
            ("Lee El Vigía sin límites por $2.990 al mes.", "Los tres primeros meses, a mitad de precio."),
            ("El periodismo regional se sostiene con sus lectores.",
             "Hazte suscriptor de El Vigía Digital desde $1.990."),
        ], 15, "end", 0.3, "susc"),
        H("follow", (("Síguenos en Instagram y TikTok como @elvigiavalpo.",),), "end", 0.25, "redes"),
        H("agency", (("({agency})",),), "glue", 0.2, on=STORY + COPY),
        H("tip", (("¿Pasó algo en tu cerro o en tu barrio?", "Mándanos un mensaje al +56 9 5555 0173."),), "end", 0.25),
        H("correction", (("Fe de erratas: en una versión anterior de esta nota se indicó un horario incorrecto.",),),
          "end", 0.1, "nota", on=("news", "templated")),
        H("bio", (("{author} escribe sobre {beat} en El Vigía.", "Correo: {email}"),), "end", 0.3, "nota",
          on=NEWS),
        H("copyright", (("Contenido protegido: no se permite copiarlo sin permiso escrito de Empresa "
                         "Periodística El Vigía S.A.",),), "end", 0.35, "small", on=ALL),
        H("origin", (("Nota cedida por {origin} a El Vigía.",),), "top", 0.7, "nota", on=COPY),
        H("read-rest", (("Versión resumida.", "Sigue leyendo en {origin_host}."),), "end", 1.0, "nota", on=TRIM,
          link="origin_host"),
    ),
    authors=authors("Francisca Órdenes/f/la ciudad/periodista; Cristóbal Mena/m/policial/periodista; "
                    "Javiera Lagos/f/la región/periodista; Redacción/m/Valparaíso/redacción"),
    plan=(("templated:sismos", 11), ("templated:recorridos", 10), ("hand:h6-es-simulacro", 1),
          ("hand:h6-es-estafa", 1), ("hand:h6-es-incendio", 1), ("hand:h6-es-ascensor", 1), ("syndicated", 6),
          ("edited", 3), ("trimmed", 2), ("repost", 1)),
    sections=("valparaiso", "vina-del-mar", "region"), templates=("sismos", "recorridos"),
    copy_from=ES_COPY, ld="graph", citing=("Carabineros", "la Seremi", "Senapred"),
    agencies=("Agencia UNO", "ATON"), photographers=("Sebastián Cisternas", "Pablo Ovalle", "Agencia UNO"))

HOLDOUT6 = (BPB, SWAN, SFW, ORT, HHZ, TER, RCC, VIG)
