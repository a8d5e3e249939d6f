"""The eight publishers of the 'tune' half (en x3, de x2, fr x1, es x2)."""

from __future__ import annotations

from bench.cleaning_set.cms import ALL, COPY, Author, Habit, Publisher, Skin

H = Habit


def authors(spec: str) -> tuple[Author, ...]:
    """'Name/g/beat/role; ...' -> authors."""
    return tuple(Author(*[x.strip() for x in a.split("/")]) for a in spec.split(";"))


LEDGER = Publisher(
    "The Northfield Ledger", "northfield-ledger.example", "tune", "en", "southern Minnesota",
    "https://{host}/{section}/{y}/{m}/{d}/{slug}-{id}/",
    Skin(
        page='<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} – {name}</title>{head}'
             '</head><body class="post-template-default single"><div id="page" class="site"><header id="masthead" '
             'class="site-header"><p class="site-title"><a href="/">{name}</a></p><nav class="main-navigation"><ul '
             'id="primary-menu"><li><a href="/local/">Local</a></li><li><a href="/sports/">Sports</a></li><li><a '
             'href="/obituaries/">Obituaries</a></li><li><a href="/weather/">Weather</a></li><li><a href="/opinion/">'
             'Opinion</a></li></ul></nav></header><div id="content" class="site-content"><div id="primary" '
             'class="content-area"><main id="main" class="site-main">{article}</main></div><aside id="secondary" '
             'class="widget-area"><section class="widget widget_most_read"><h2 class="widget-title">Most Read</h2>'
             '<ol>{most_read}</ol></section></aside></div><footer id="colophon" class="site-footer"><div '
             'class="site-info">Serving Rice County since 1876 · <a href="/privacy-policy/">Privacy Policy</a></div>'
             '</footer></div><div id="cookie-notice" role="dialog"><span class="cn-text">We use cookies to improve '
             'your experience on our site. By continuing you agree to our use of cookies.</span><a href="#" '
             'class="cn-button">Ok</a></div></body></html>',
        article='<article class="post type-post status-publish hentry"><header class="entry-header"><h1 '
                'class="entry-title">{h1}</h1><div class="entry-meta">{byline}</div></header>{figure}<div '
                'class="entry-content">{body}</div><footer class="entry-footer"><span class="cat-links">Posted in <a '
                'href="/category/local/">Local</a></span></footer></article><nav class="navigation post-navigation">'
                '<a href="/prev/">Previous post</a></nav>',
        byline='<span class="posted-on"><time class="entry-date published" datetime="{iso}">{date}</time></span>'
               '<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/{slug}/">'
               '{author}</a></span></span>',
        figure='<figure class="wp-block-image size-large"><img src="{src}" alt="" loading="lazy"><figcaption '
               'class="wp-element-caption">{caption} ({credit})</figcaption></figure>',
        pieces={"strong": "<p><strong>{t}</strong></p>", "em": "<p><em>{t}</em></p>",
                "box": '<div class="wp-block-group newsletter-signup"><p>{t}</p><form action="/subscribe/"><input '
                       'type="email" placeholder="Email address"><button>Sign up</button></form></div>'}),
    habits=(
        H("related", (("READ MORE: {headline}",),), "after1", 0.35, "strong"),
        H("related", (("{headline}",),), "mid", 0.25, link="headline"),
        H("newsletter", (("Get local news delivered to your inbox.",
                          "Sign up for the Ledger's free morning newsletter at northfield-ledger.example/newsletters."),
                         ("Never miss a Rice County story.", "Our free newsletter arrives every weekday at 6 a.m.")),
          "mid", 0.4, "box"),
        H("bio", (("{author} covers {beat} for the Ledger.", "Reach {obj} at {email}."),
                  ("{author} is a Ledger staff writer covering {beat}.",)), "end", 0.7, "em"),
        H("tip", (("Have a news tip?", "Call the newsroom at 507-555-0187 or email news@northfield-ledger.example."),),
          "end", 0.5, "em", days=(0, 15)),
        H("tip", (("Got a story idea?", "Email news@northfield-ledger.example or text 507-555-0187."),),
          "end", 0.5, "em", days=(15, 999)),
        H("copyright", (("Copyright © {year} The Northfield Ledger.", "All rights reserved."),), "end", 0.8,
          days=(0, 15)),
        H("copyright", (("© {year} Ledger Media Co.", "This content may not be reproduced without permission."),),
          "end", 0.8, days=(15, 999)),
        H("origin", (("This story was originally published by {origin}.",),), "top", 0.8, "em", on=COPY),
        H("url", (("For more local news, visit northfield-ledger.example.",),), "end", 0.2, "em"),
    ),
    authors=authors("Karen Sorensen/f/county government/staff writer; Tom Brekke/m/public safety/staff writer; "
                    "Alicia Vang/f/schools/reporter; Pete Lindahl/m/sports/sports editor; "
                    "Ruth Ostrander/f/business/reporter; Marcus Hale/m/agriculture/reporter"),
    plan=(("templated:heat", 16), ("templated:obit", 14), ("news", 20), ("followup", 2), ("repost", 3),
          ("edited", 5)),
    sections=("local", "news", "community"), templates=("heat", "obit"),
    copy_from=("dailymeridian.example", "harborcitytimes.example"),
    dateline=("NORTHFIELD — ",), citing=("county officials",), agencies=("Ledger", "AP"),
    photographers=("Sam Ellefson", "Jenna Moe", "Rick Dahl"))

MERIDIAN = Publisher(
    "Daily Meridian", "dailymeridian.example", "tune", "en", "the Mid-Atlantic",
    "https://www.{host}/{section}/{y}/{m}/{d}/{slug}/{id}",
    Skin(
        page='<!DOCTYPE html><html lang="{lang}-US"><head><meta charset="utf-8"><title>{title} | {name}</title>'
             '{head}</head><body><div id="__next"><div class="Layout_root__x1"><div class="TopBar_bar__a8"><a '
             'class="TopBar_logo__q2" href="/">{name}</a><nav class="TopBar_nav__k3"><a href="/politics">Politics</a>'
             '<a href="/business">Business</a><a href="/health">Health</a><a href="/climate">Climate</a></nav><a '
             'class="TopBar_sub__z9" href="/subscribe">Subscribe</a></div><main class="Layout_main__p0">{article}'
             '<aside class="Rail_rail__m1"><div class="MostRead_box__d4"><h3>Most read</h3><ul>{most_read}</ul>'
             '</div></aside></main><footer class="Footer_footer__w2"><p>Daily Meridian Media LLC</p><a href="/terms">'
             'Terms of Use</a> <a href="/privacy">Privacy</a></footer></div></div><div class="ConsentBanner_wrap__h7">'
             '<p>We and our partners use cookies and similar technologies to personalize content and ads.</p><button>'
             'Accept all</button><button>Manage preferences</button></div></body></html>',
        article='<article class="Article_article__s1" data-testid="article"><div class="Headline_wrap__c2"><h1 '
                'class="Headline_h1__r5">{h1}</h1></div><div class="Byline_byline__t6">{byline}</div>{figure}<div '
                'class="ShareBar_bar__y3"><button>Share</button><button>Copy link</button><button>Gift article'
                '</button></div><section class="ArticleBody_body__n4" data-component="article-body">{body}</section>'
                '</article>',
        byline='<span>By <a href="/people/{slug}">{author}</a></span> <time datetime="{iso}">{date}</time>',
        figure='<figure class="LeadArt_fig__l0"><picture><img src="{src}" alt=""></picture><figcaption><span '
               'class="LeadArt_caption__k1">{caption}</span> <span class="LeadArt_credit__v2">{credit}</span>'
               '</figcaption></figure>',
        para='<p class="Paragraph_p__e1" data-index="{i}">{t}</p>',
        pieces={"p": '<p class="Paragraph_p__e1">{t}</p>',
                "related": '<div class="RelatedInline_box__u8" data-component="related"><p class="Paragraph_p__e1">'
                           '{t}</p></div>',
                "box": '<div class="Promo_promo__b3"><p>{t}</p></div>',
                "note": '<p class="EditorNote_note__j2"><i>{t}</i></p>',
                "bio": '<div class="AuthorBio_bio__g5"><p>{t}</p></div>',
                "more": '<button class="LiveFeed_more__p7" type="button">{t}</button>'},
        ad='<div class="AdSlot_slot__f9" data-ad="inline"><span>Advertisement</span></div>',
        live='<div class="LiveFeed_feed__o1" data-component="live-feed">{updates}{more}</div>',
        live_update='<div class="LiveEntry_entry__q4" id="entry-{n}"><div class="LiveEntry_meta__a2"><time '
                    'datetime="{iso}">{time}</time></div><h2 class="LiveEntry_h__r3">{h}</h2><div '
                    'class="LiveEntry_body__e6">{body}</div></div>'),
    habits=(
        H("bio", (("{author} is a {role} at the Daily Meridian covering {beat}.",),), "top", 0.5, "bio"),
        H("related", (("RELATED: {headline}",),), "after1", 0.3, "related", link="headline"),
        H("related", (("RELATED: {headline}",),), "mid", 0.3, "related", link="headline"),
        H("editor-note", (("Editor's note: This article was updated on {date_ap} to include a response from "
                           "{source}.",),), "top", 0.1, "note"),
        H("app", (("Get breaking news alerts: download the Daily Meridian app for iPhone and Android.",),),
          "end", 0.3, "box"),
        H("agency", (("The Associated Press contributed to this report.",),), "glue_space", 0.25, on=ALL),
        H("updated", (("Updated {date_ap} at {time}.",),), "end", 0.35, "note"),
        H("comments", (("Join the conversation.", "Comments are open for 48 hours after publication and are "
                        "moderated."),), "end", 0.3, "note"),
        H("read-rest", (("Read the rest of this story at {origin}.",),), "end", 1.0, "note", on=("trimmed",),
          link="origin"),
        H("paywall", (("This article is for subscribers.", "Subscribe now for $1 a week to keep reading.",
                       "Already a subscriber? Log in."),), "paywall", 1.0, "box"),
    ),
    live_habits=(
        H("live-notice", (("Follow live: this page updates automatically.",),), "top", 0.7, "note"),
        H("newsletter", (("Want the day's biggest stories in one email?", "Sign up for The Meridian Morning."),),
          "mid", 0.5, "box"),
        H("ui", (("Load more updates",),), "more", 1.0, "more"),
    ),
    authors=authors("Priya Raman/f/health policy/senior reporter; Daniel Okonkwo/m/the White House/correspondent; "
                    "Emily Strand/f/climate/staff writer; Victor Alvarez/m/national security/reporter; "
                    "Hannah Cole/f/economics/senior writer; Greg Whitman/m/courts/legal affairs reporter; "
                    "Sofia Mendez/f/technology/reporter"),
    plan=(("liveblog", 5), ("jsonld-full", 6), ("jsonld-teaser", 4), ("hand:en-newsletter", 1), ("news", 34),
          ("followup", 2), ("trimmed", 3), ("repost", 3)),
    sections=("politics", "business", "health", "climate", "national"),
    copy_from=("harborcitytimes.example", "prairiedispatch.example"), live_show=5,
    citing=("the governor's office", "the Department of Health", "the company", "a spokesperson for the agency"),
    agencies=("AP", "Getty Images", "Reuters"), photographers=("Jordan Price", "Alex Brandon", "Maria Lin"))

GP24 = Publisher(
    "Global Pulse 24", "globalpulse24.example", "tune", "en",
    "Berlin, Ukraine|Brussels, Washington|Europe|the Americas|Asia",
    "https://{host}/{section}/{slug}-{id}.html",
    Skin(
        page='<!DOCTYPE html><html lang="{lang}"><head><meta charset="UTF-8"><title>{title} - {name}</title>{head}'
             '</head><body class="td-theme-wrap"><div class="td-header-wrap"><div class="td-header-top-menu">'
             'Breaking: <span class="td-ticker">Markets open higher · Storm warnings in the north · Election '
             'results</span></div><div class="td-header-menu-wrap"><ul class="sf-menu"><li><a href="/world">World'
             '</a></li><li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li><li><a '
             'href="/tech">Tech</a></li></ul></div></div><div class="td-main-content-wrap"><div class="td-container">'
             '<div class="td-pb-row"><div class="td-pb-span8 td-main-content">{article}</div><div class="td-pb-span4 '
             'td-main-sidebar"><div class="td_block_wrap td_block_popular"><h4 class="block-title"><span>Trending '
             'Now</span></h4>{most_read}</div></div></div></div></div><div class="td-footer-wrap"><p>{name}: news '
             'from around the world, around the clock.</p><p>© {year} {name}</p></div><div class="gdpr-popup"><p>'
             'This website uses cookies to ensure you get the best experience.</p><a class="gdpr-accept">Got it!</a>'
             '</div></body></html>',
        article='<article class="td-post-content-wrap"><div class="td-post-header"><ul class="td-category"><li><a '
                'href="/world">World</a></li></ul><header class="td-post-title"><h1 class="entry-title">{h1}</h1><div '
                'class="td-module-meta-info">{byline}</div></header></div><div class="td-post-sharing-top"><a '
                'class="td-social-facebook">Facebook</a><a class="td-social-twitter">Twitter</a><a '
                'class="td-social-telegram">Telegram</a></div><div class="td-post-featured-image">{figure}</div><div '
                'class="td-post-content tagdiv-type">{body}</div></article>',
        byline='<div class="td-post-author-name"><span>By</span> <a href="/author/desk/">{author}</a></div><span '
               'class="td-post-date"><time class="entry-date updated" datetime="{iso}">{date}</time></span>',
        figure='<figure><img src="{src}" alt=""><figcaption class="wp-caption-text">{credit}</figcaption></figure>',
        most_read='<div class="td_module_wrap"><h3 class="entry-title td-module-title"><a href="{href}">{t}</a>'
                  '</h3></div>',
        pieces={"em": "<p><em>{t}</em></p>"}),
    habits=(
        H("footer", (("Stay connected for news that matters — timely, factual, and free from bias.",
                      "Read trusted updates from {region} and around the world with insights that help you "
                      "understand what’s really happening.",
                      "Learn more about this topic and related developments here: {headline_dot}"),),
          "end", 0.85, days=(0, 14), on=COPY),
        H("footer", (("Stay informed with news you can trust: accurate, independent and unbiased.",
                      "Follow the latest from {region} and beyond, with analysis that explains what is really "
                      "going on.", "Read more on this and related stories: {headline}"),),
          "end", 0.85, days=(14, 999), on=COPY, link="headline"),
        H("attribution", (("Reported by Global Pulse 24, citing {source}.",),), "glue", 0.45, on=COPY, group="attr"),
        H("attribution", (("Reported by GP24, citing {source}.",),), "glue_lede", 0.2, on=COPY, group="attr"),
        H("attribution", (("This report was prepared by Global Pulse 24 based on {source}.",),), "end", 0.15, "em",
          on=COPY, group="attr"),
        H("follow", (("Follow Global Pulse 24 on Telegram and X for breaking updates.",),), "after1", 0.25, "em",
          on=COPY),
        H("related", (("Also read: {headline}",),), "mid", 0.3, link="headline", on=COPY),
        H("origin", (("Originally published by {origin}.",),), "top", 0.3, "em", on=COPY),
        H("read-rest", (("Read the full story at {origin_host}.",),), "end", 1.0, "em", on=("trimmed",),
          link="origin_host"),
    ),
    authors=authors("GP24 Newsroom/m/world news/desk"),
    plan=(("syndicated", 40), ("trimmed", 6), ("edited", 8)),
    sections=("world", "politics", "economy"),
    copy_from=("northfield-ledger.example", "dailymeridian.example", "harborcitytimes.example",
               "prairiedispatch.example"),
    citing=("{origin}", "official statements released on {weekday}", "remarks by officials at a press briefing",
            "a statement published by {origin}", "local media reports"), feed_summary=False, ld="none")

BOTE = Publisher(
    "Westfälischer Bote", "westfaelischer-bote.example", "tune", "de", "Hamm und der Region",
    "https://www.{host}/{section}/{slug}-{id}.html",
    Skin(
        page='<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}'
             '</head><body class="id-page"><div class="id-SiteHeader"><div class="id-SiteHeader-logo"><a href="/">'
             '{name}</a></div><ul class="id-Nav"><li>Lokales</li><li>Sport</li><li>Region</li><li>Wirtschaft</li>'
             '<li>Politik</li></ul><a class="id-Abo" href="/abo">Abo</a> <a href="/epaper">E-Paper</a></div><div '
             'class="id-Container"><div class="id-Story-wrap">{article}</div><div class="id-Sidebar"><div '
             'class="id-Teaser-list"><p class="id-Teaser-list-head">Meistgelesen</p><ol>{most_read}</ol></div></div>'
             '</div><div class="id-SiteFooter"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz'
             '</a> <a href="/agb">AGB</a><p>© Westfälischer Bote GmbH &amp; Co. KG</p></div><div id="cmp-banner" '
             'class="cmp"><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu '
             'personalisieren. Mit „Akzeptieren“ stimmen Sie zu.</p><button>Akzeptieren</button><button>Einstellungen'
             '</button></div></body></html>',
        article='<article class="id-Story"><header class="id-Story-header"><p class="id-Story-kicker">Hamm</p><h1 '
                'class="id-Story-title">{h1}</h1></header><div class="id-Story-meta">{byline}</div>{figure}<div '
                'class="id-Story-body">{body}</div><div class="id-Story-tags">Themen: <a href="/thema/hamm">Hamm</a> '
                '<a href="/thema/sport">Sport</a></div></article>',
        byline='<span class="id-Story-author">Von <a href="/autoren/{slug}">{author}</a></span> · <time '
               'datetime="{iso}">{date}, {time}</time>',
        figure='<figure class="id-StoryElement-image"><img src="{src}" alt=""><figcaption><span class="id-caption">'
               '{caption}</span> <span class="id-copyright">{credit}</span></figcaption></figure>',
        para='<p class="id-StoryElement-paragraph">{t}</p>',
        pieces={"link": '<p class="id-StoryElement-crosslink"><strong>{t}</strong></p>',
                "info": '<div class="id-StoryElement-infobox"><p>{t}</p></div>',
                "credit": '<p class="id-StoryElement-photoCredit">{t}</p>',
                "em": '<p class="id-StoryElement-paragraph"><em>{t}</em></p>'},
        ad='<div class="id-AdSlot"><span class="id-AdSlot-label">Anzeige</span></div>'),
    habits=(
        H("origin", (("Dieser Artikel erschien zuerst bei {origin}.",),), "top", 0.8, "em", on=COPY),
        H("related", (("Lesen Sie auch: {headline}",),), "after1", 0.4, "link", link="headline"),
        H("photo", (("Foto: {photog}/dpa",),), "top", 0.25, "credit"),
        H("agency", (("Mit Material von dpa.",), ("Mit Material von dpa und epd.",)), "glue_space", 0.2, on=ALL),
        H("agency", (("Mit Material von dpa.",),), "end", 0.15, "em", on=ALL),
        H("app", (("Immer top informiert: Laden Sie jetzt die kostenlose App des Westfälischen Boten herunter.",),),
          "end", 0.3, "info"),
        H("bio", (("{author} ist {role} im Lokalressort des Westfälischen Boten und schreibt vor allem über "
                   "{beat}.",),), "end", 0.5, "em"),
        H("copyright", (("© Westfälischer Bote {year}.", "Alle Rechte vorbehalten."),), "end", 0.6),
    ),
    authors=authors("Jana Hölscher/f/Kommunalpolitik/Redakteurin; Markus Tegethoff/m/Amateurfußball/Redakteur; "
                    "Birgit Schulze-Rötering/f/Verkehr und Stadtentwicklung/Redakteurin; "
                    "Frank Wiemann/m/Polizei und Justiz/Redakteur; Aylin Demir/f/Schule und Bildung/Volontärin"),
    plan=(("templated:match", 16), ("templated:traffic", 12), ("news", 22), ("followup", 2), ("syndicated", 3),
          ("edited", 3), ("repost", 2)),
    sections=("lokales", "sport", "region"), templates=("match", "traffic"),
    copy_from=("blickpunkt-online.example", "tagesblatt.example", "stadtanzeiger-nord.example"),
    agencies=("dpa",), photographers=("Thorsten Kiel", "Ute Brinkmann", "Sven Lohmann"), ld="graph")

BLICKPUNKT = Publisher(
    "Blickpunkt Online", "blickpunkt-online.example", "tune", "de", "Deutschland",
    "https://www.{host}/{section}/{slug}-a-{id}",
    Skin(
        page='<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}'
             '</head><body><div class="page"><header class="page-header"><div class="page-header__inner"><a '
             'class="logo" href="/">blickpunkt</a><nav class="main-nav"><ul class="main-nav__list"><li '
             'class="main-nav__item">Politik</li><li class="main-nav__item">Wirtschaft</li><li class="main-nav__item">'
             'Panorama</li><li class="main-nav__item">Sport</li></ul></nav><a class="btn btn--plus" href="/plus">'
             'Blickpunkt+</a></div></header><div class="page-content"><div class="grid"><div class="grid__main">'
             '{article}</div><div class="grid__aside"><section class="box box--mostread"><h2 class="box__title">'
             'Meistgelesene Artikel</h2><ul class="box__list">{most_read}</ul></section><section class="box '
             'box--newsletter"><h2>Der Morgen-Newsletter</h2><p>Jeden Morgen die wichtigsten Nachrichten.</p>'
             '</section></div></div></div><footer class="page-footer"><a>Impressum</a> · <a>Datenschutz</a> · <a>'
             'Kontakt</a> · <a>Jobs</a></footer></div><div class="consent-layer" aria-modal="true"><h2>Ihre '
             'Privatsphäre</h2><p>Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät '
             'zu.</p><button>Alle akzeptieren</button></div></body></html>',
        article='<article class="article"><header class="article__header"><span class="article__kicker">Aktuell'
                '</span><h1 class="article__headline">{h1}</h1><div class="article__meta">{byline}</div></header>'
                '<div class="article__media">{figure}</div><div class="article__share share"><a class="share__item">'
                'Teilen</a> <a class="share__item">Merken</a> <a class="share__item">Drucken</a></div><div '
                'class="article__body"><div class="article__text">{body}</div></div></article>',
        byline='<span class="article__author">Von {author}</span> <time class="article__date" datetime="{iso}">'
               '{date} | {time}</time>',
        figure='<figure class="media"><img class="media__img" src="{src}" alt=""><figcaption class="media__caption">'
               '{caption} <small class="media__credit">Foto: {credit}</small></figcaption></figure>',
        para='<p class="article__paragraph">{t}</p>',
        pieces={"box": '<aside class="article__promo promo promo--newsletter"><p class="promo__text">{t}</p><a '
                       'class="promo__button" href="/newsletter">Jetzt anmelden</a></aside>',
                "teaser": '<div class="article__teaser teaser"><p class="teaser__title">{t}</p></div>',
                "note": '<p class="article__note"><em>{t}</em></p>',
                "more": '<button class="liveticker__more">{t}</button>'},
        live='<section class="liveticker"><ol class="liveticker__list">{updates}</ol>{more}</section>',
        live_update='<li class="liveticker__entry"><span class="liveticker__time"><time datetime="{iso}">{time}'
                    '</time></span><h3 class="liveticker__headline">{h}</h3><div class="liveticker__text">{body}'
                    '</div></li>'),
    habits=(
        H("related", (("{headline}",),), "after1", 0.2, "teaser", link="headline"),
        H("related", (("Mehr zum Thema: {headline}",),), "mid", 0.35, "teaser", link="headline"),
        H("newsletter", (("Abonnieren Sie unseren Newsletter.", "Jeden Morgen um 6 Uhr die wichtigsten Nachrichten "
                          "des Tages in Ihrem Postfach."),), "mid", 0.45, "box", days=(0, 12)),
        H("newsletter", (("Der Blickpunkt-Morgen: Der Newsletter für alle, die mitreden wollen.",
                          "Jetzt kostenlos abonnieren."),), "mid", 0.45, "box", days=(12, 999)),
        H("agency", (("Mit Material von dpa, AFP und Reuters.",),), "end", 0.25, "note", on=ALL),
        H("bio", (("{author} berichtet für Blickpunkt Online über {beat}.", "Kontakt: {email}"),), "end", 0.5,
          "note"),
        H("follow", (("Folgen Sie Blickpunkt Online auch auf WhatsApp, Instagram und Threads.",),), "end", 0.25),
        H("support", (("Unabhängiger Journalismus kostet Geld.", "Unterstützen Sie uns mit Blickpunkt+ schon ab 1,99 "
                       "Euro im Monat."),), "end", 0.3, "box"),
        H("comments", (("Diskutieren Sie mit!", "Kommentare sind für registrierte Nutzer 30 Tage lang möglich."),),
          "end", 0.3, "note"),
        H("copyright", (("© Blickpunkt Online {year} – Vervielfältigung nur mit Genehmigung.",),), "end", 0.3),
        H("origin", (("Dieser Beitrag erschien zuerst bei {origin}.",),), "top", 0.7, "note", on=COPY),
    ),
    live_habits=(
        H("live-notice", (("Live-Ticker: Diese Seite aktualisiert sich automatisch.",),), "top", 0.8, "note"),
        H("newsletter", (("Newsletter: Der Blickpunkt-Morgen kommt jeden Tag um 6 Uhr.",),), "mid", 0.4, "box"),
        H("ui", (("Ältere Einträge laden",),), "more", 1.0, "more"),
    ),
    authors=authors("Katrin Albers/f/Innenpolitik/Korrespondentin; Stefan Reuter/m/Wirtschaft/Redakteur; "
                    "Leonie Brandt/f/Klima und Energie/Redakteurin; Ole Petersen/m/Außenpolitik/Korrespondent; "
                    "Miriam Yilmaz/f/Gesundheit/Redakteurin; Jan-Hendrik Vogt/m/Digitales/Redakteur"),
    plan=(("liveblog", 5), ("jsonld-stale", 5), ("jsonld-teaser", 3), ("hand:de-copyright", 1), ("news", 34),
          ("followup", 2), ("syndicated", 3), ("edited", 2), ("repost", 2)),
    sections=("politik", "wirtschaft", "panorama"),
    copy_from=("westfaelischer-bote.example", "tagesblatt.example", "stadtanzeiger-nord.example"),
    ld="graph", ld_oldest_first=True, live_show=6, agencies=("dpa", "AFP"),
    photographers=("Kay Nietfeld", "Britta Pedersen", "Michael Kappeler"))

COURRIER = Publisher(
    "Le Courrier du Rhône", "courrier-rhone.example", "tune", "fr", "Lyon et la région",
    "https://www.{host}/{section}/{y}/{m}/{d}/{slug}",
    Skin(
        page='<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}'
             '</head><body><div class="wrapper"><header class="hd"><div class="hd-logo"><a href="/">{name}</a></div>'
             '<ul class="hd-menu"><li>Lyon</li><li>Villeurbanne</li><li>Sports</li><li>Faits divers</li><li>Économie'
             '</li></ul><a class="hd-abo" href="/abonnement">Je m\'abonne</a></header><div class="ct"><div '
             'class="ct-main">{article}</div><div class="ct-side"><div class="bloc-plus-lus"><div class="bloc-titre">'
             'Les plus lus</div><ul>{most_read}</ul></div></div></div><footer class="ft"><ul><li><a '
             'href="/mentions-legales">Mentions légales</a></li><li><a href="/cgu">CGU</a></li><li><a '
             'href="/contact">Contact</a></li></ul></footer></div><div id="didomi-host"><div class="didomi-popup"><p>'
             'Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires.</p><button>'
             'Accepter &amp; fermer</button><button>Continuer sans accepter</button></div></div></body></html>',
        article='<div class="art" itemscope itemtype="https://schema.org/NewsArticle"><h1 class="art-titre" '
                'itemprop="headline">{h1}</h1><div class="art-infos">{byline}</div>{figure}<div class="art-partage">'
                'Partager : <a>Facebook</a> <a>X</a> <a>E-mail</a></div><div class="art-corps" itemprop="articleBody">'
                '{body}</div></div>',
        byline='<span class="art-auteur">Par <a href="/auteur/{slug}">{author}</a></span> - <span class="art-date">'
               'Le {date} à {time}</span>',
        figure='<div class="art-visuel"><img src="{src}" alt=""><p class="art-legende">{caption} © {credit}</p></div>',
        pieces={"lire": '<p class="lire-aussi"><span class="la-label">{t}</span></p>', "em": "<p><i>{t}</i></p>",
                "box": '<div class="encart-newsletter"><p>{t}</p></div>',
                "paywall": '<div class="paywall"><p class="paywall-titre">{t}</p><a class="btn" href="/abonnement">'
                           'Je m\'abonne</a></div>'},
        entities="french"),
    habits=(
        H("origin", (("Cet article a été publié initialement par {origin}.",),), "top", 0.8, "em", on=COPY),
        H("related", (("À lire aussi : {headline}",),), "after1", 0.4, "lire", link="headline"),
        H("related", (("Lire aussi : {headline}",),), "mid", 0.2, "lire", link="headline"),
        H("agency", (("Avec AFP.",),), "end", 0.3, "em", on=ALL),
        H("agency", (("(Avec AFP)",),), "glue_space", 0.15, on=ALL),
        H("bio", (("{author} est journaliste au service {beat} du Courrier du Rhône.", "Contact : {email}"),),
          "end", 0.4, "em"),
        H("follow", (("Suivez Le Courrier du Rhône sur Facebook et Instagram pour ne rien manquer de l'actualité "
                      "lyonnaise.",),), "end", 0.25, "box"),
        H("tip", (("Une info à nous signaler ?", "Écrivez-nous à redaction@courrier-rhone.example."),), "end", 0.25,
          "em"),
        H("copyright", (("© Le Courrier du Rhône – Tous droits réservés.",),), "end", 0.5),
        H("paywall", (("Cet article est réservé aux abonnés.", "Il vous reste 70 % à découvrir.",
                       "Déjà abonné ? Connectez-vous."),), "paywall", 1.0, "paywall"),
    ),
    authors=authors("Claire Fontaine/f/politique/journaliste; Julien Morel/m/sports/journaliste; "
                    "Sophie Garnier/f/faits divers/journaliste; Nicolas Perrin/m/économie/chef de service; "
                    "Inès Benali/f/culture/journaliste"),
    plan=(("templated:foot", 20), ("jsonld-full", 5), ("hand:fr-copyright", 1), ("news", 24), ("followup", 2),
          ("syndicated", 3), ("edited", 2), ("repost", 2)),
    sections=("lyon", "region", "sports", "economie"), templates=("foot",),
    copy_from=("echo-provence.example",), ld_join=" ", agencies=("AFP", "Le Courrier du Rhône"),
    photographers=("Philippe Juste", "Élise Royer", "Jean-Marc Faure"))

FARO = Publisher(
    "El Faro Digital", "elfarodigital.example", "tune", "es", "Asturias",
    "https://{host}/{section}/{y}/{m}/{d}/{slug}-{id}.html",
    Skin(
        page='<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}'
             '</head><body><div id="root"><div class="cabecera"><div class="cabecera-logo"><a href="/">{name}</a>'
             '</div><nav class="menu-principal"><a>Asturias</a> <a>España</a> <a>Mundo</a> <a>Deportes</a> <a>'
             'Opinión</a></nav></div><div class="contenedor"><main class="columna-principal">{article}</main><aside '
             'class="columna-lateral"><div class="modulo lo-mas-leido"><h3>Lo más leído</h3><ol>{most_read}</ol>'
             '</div></aside></div><div class="pie"><p>{name} · Aviso legal · Política de privacidad · Política de '
             'cookies</p></div></div><div class="aviso-cookies"><p>Utilizamos cookies propias y de terceros para '
             'mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.</p><a '
             'class="boton-aceptar">Aceptar</a></div></body></html>',
        article='<article class="noticia"><div class="noticia-cabecera"><h1 class="noticia-titulo">{h1}</h1><p '
                'class="noticia-firma">{byline}</p></div>{figure}<div class="noticia-compartir"><span>Compartir en'
                '</span> <a>WhatsApp</a> <a>Facebook</a> <a>X</a></div><div class="noticia-cuerpo"><div '
                'class="bloque-texto">{body}</div></div></article>',
        byline='<span class="autor">{author}</span> <span class="fecha"><time datetime="{iso}">{date}</time></span>',
        figure='<figure class="foto-principal"><img src="{src}" alt=""><figcaption>{caption} | {credit}</figcaption>'
               '</figure>',
        para='<p class="parrafo">{t}</p>',
        pieces={"lea": '<p class="parrafo lea-tambien"><b>{t}</b></p>', "p": '<p class="parrafo">{t}</p>',
                "box": '<div class="caja-suscripcion"><p>{t}</p></div>'},
        entities="ascii"),
    habits=(
        H("origin", (("Este artículo se publicó originalmente en {origin}.",),), "top", 0.7, on=COPY),
        H("related", (("Lea también: {headline}",),), "after1", 0.4, "lea", link="headline"),
        H("related", (("Lea también: {headline}",),), "mid", 0.15, "lea", link="headline"),
        H("agency", (("Con información de EFE.",),), "end", 0.3, on=ALL),
        H("agency", (("Con información de EFE.",),), "glue_space", 0.15, on=ALL),
        H("donation", (("Apoya el periodismo independiente.", "Hazte socio de El Faro Digital desde 3 euros al "
                        "mes."),), "end", 0.3, "box"),
        H("bio", (("{author} es periodista de El Faro Digital especializad{o} en {beat}.", "Escríbale a {email}."),),
          "end", 0.4),
        H("copyright", (("© {year} El Faro Digital.", "Todos los derechos reservados."),), "end", 0.5),
        H("read-rest", (("Lea la noticia completa en {origin}.",),), "end", 1.0, on=("trimmed",), link="origin"),
        H("url", (("Más noticias de Asturias en www.elfarodigital.example.",),), "end", 0.2),
    ),
    authors=authors("Marta Fernández/f/política regional/redactora; Javier Suárez/m/deportes/redactor; "
                    "Lucía Menéndez/f/sanidad/redactora; Pablo Álvarez/m/economía/jefe de sección; "
                    "Carmen Rodríguez/f/cultura/redactora"),
    plan=(("jsonld-teaser", 4), ("jsonld-stale", 3), ("hand:es-copyright", 1), ("news", 32), ("followup", 2),
          ("trimmed", 5), ("syndicated", 2), ("repost", 4)),
    sections=("asturias", "espana", "economia"), copy_from=("diariocostaazul.example",), ld_join="\n",
    agencies=("EFE", "El Faro"), photographers=("Irma Collín", "Miki López", "Ángel González"))

NDS = Publisher(
    "Noticias del Sur", "noticiasdelsur.example", "tune", "es", "Andalucía|América Latina|Europa|España",
    "https://{host}/{y}/{m}/{slug}.html",
    Skin(
        page='<!DOCTYPE html><html lang="{lang}"><head><meta charset="UTF-8"><title>{name}: {title}</title>{head}'
             '</head><body class="variant-simplysimple"><div class="outer-wrapper"><div class="header-outer"><h2 '
             'class="titlewrapper"><a href="/">{name}</a></h2><div class="descriptionwrapper">Lo que pasa, cuando '
             'pasa</div></div><div class="tabs-outer"><ul><li>Inicio</li><li>Nacional</li><li>Internacional</li><li>'
             'Economía</li></ul></div><div class="main-outer"><div class="column-center-inner">{article}</div><div '
             'class="column-right-inner"><div class="widget PopularPosts"><h2>Entradas populares</h2><ul>{most_read}'
             '</ul></div></div></div><div class="footer-outer">Con la tecnología de Blogger · Tema Sencillo</div>'
             '</div></body></html>',
        article='<div class="post hentry"><h3 class="post-title entry-title">{h1}</h3><div class="post-header"><div '
                'class="post-header-line-1">{byline}</div></div><div class="post-body entry-content" '
                'id="post-body-1">{figure}{body}</div><div class="post-footer"><div class="post-share-buttons"><a>'
                'Enviar por correo electrónico</a> <a>Escribe un blog</a> <a>Compartir en X</a></div></div></div>',
        byline='<span class="post-author vcard">Publicado por <span class="fn">{author}</span></span> <span '
               'class="post-timestamp"><abbr class="published" title="{iso}">{date}</abbr></span>',
        figure='<div class="separator"><img src="{src}" alt=""></div>',
        para='<p style="text-align: justify;">{t}</p>'),
    habits=(
        H("footer", (("Mantente conectado con las noticias que importan: puntuales, veraces y sin sesgos.",
                      "Lee actualizaciones fiables desde {region} y el resto del mundo, con análisis que te ayudan a "
                      "entender lo que realmente ocurre.",
                      "Conoce más sobre este tema y otros relacionados aquí: {headline_dot}"),), "end", 0.85, on=COPY),
        H("attribution", (("Informó Noticias del Sur, citando {source}.",),), "glue_space", 0.45, on=COPY,
          group="attr"),
        H("attribution", (("Con información de {origin}.",),), "glue", 0.25, on=COPY, group="attr"),
        H("app", (("Descarga la app de Noticias del Sur y recibe las alertas al instante.",),), "after1", 0.2,
          on=COPY),
        H("related", (("Leer más: {headline}",),), "mid", 0.3, link="headline", on=COPY),
        H("read-rest", (("Sigue leyendo esta noticia en {origin}.",),), "end", 1.0, on=("trimmed",), link="origin"),
    ),
    authors=authors("Redacción NdS/f/actualidad/redacción"),
    plan=(("syndicated", 34), ("trimmed", 4), ("edited", 6)),
    copy_from=("elfarodigital.example", "diariocostaazul.example"), feed_summary=False, ld="none",
    citing=("{origin}", "fuentes oficiales", "un comunicado difundido el {weekday}", "medios locales"))

TUNE = (LEDGER, MERIDIAN, GP24, BOTE, BLICKPUNKT, COURRIER, FARO, NDS)
