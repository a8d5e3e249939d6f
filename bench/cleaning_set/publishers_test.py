"""The eight publishers of the 'test' half (en x3, de x2, fr x1, es x2)."""

from __future__ import annotations

from bench.cleaning_set.cms import ALL, COPY, Habit, Publisher, Skin
from bench.cleaning_set.publishers_tune import authors

H = Habit

HARBOR = Publisher(
    "Harbor City Times", "harborcitytimes.example", "test", "en", "the Gulf Coast",
    "https://www.{host}/{section}/{y}/{m}/{d}/{slug}-{id}/",
    Skin(
        page='<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}'
             '</head><body><div class="site-wrapper"><div id="fusion-app"><header class="masthead"><div '
             'class="masthead-top"><span class="masthead-date">Today\'s Paper</span> <a class="masthead-logo" '
             'href="/">{name}</a> <button class="masthead-subscribe">Subscribe</button></div><nav class="section-nav">'
             '<a>Local</a> <a>Business</a> <a>Courts</a> <a>Sports</a> <a>Obituaries</a> <a>Opinion</a></nav></header>'
             '<div class="layout-main"><div class="layout-section wrap-bottom">{article}</div><div class="right-rail">'
             '<div class="most-popular"><h2 class="most-popular__title">Most Popular</h2><ol '
             'class="most-popular__list">{most_read}</ol></div><div class="right-rail__promo"><p>Unlimited digital '
             'access for 99¢</p></div></div></div><footer class="site-footer"><div>Contact Us · Help · Manage '
             'Subscription · Careers</div><div>Copyright © {year} {name}</div></footer></div></div><div '
             'class="onetrust-banner-sdk"><p>By clicking “Accept All Cookies”, you agree to the storing of cookies on '
             'your device.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></body></html>',
        article='<article class="b-article"><div class="b-article__header"><h1 class="b-headline">{h1}</h1><div '
                'class="b-byline">{byline}</div></div><div class="b-share"><a>Facebook</a> <a>Email</a> <a>Print</a>'
                '</div><div class="b-article__lead">{figure}</div><div class="b-article-body">{body}</div></article>',
        byline='<span class="b-byline__by">By {author}</span> <span class="b-byline__date">Published {date}</span>',
        figure='<figure class="b-lead-art"><img src="{src}" alt=""><figcaption class="b-caption">{caption} '
               '<span class="b-credit">({credit})</span></figcaption></figure>',
        para='<p class="b-paragraph" data-el="text">{t}</p>',
        pieces={"see": '<p class="b-paragraph b-interstitial"><strong>{t}</strong></p>',
                "credit": '<p class="b-photo-credit">{t}</p>',
                "tail": '<p class="b-paragraph b-tagline"><em>{t}</em></p>',
                "bio": '<div class="b-author-bio"><p>{t}</p></div>',
                "paywall": '<div class="b-paywall"><p>{t}</p><a href="/subscribe">See offers</a></div>',
                "more": '<div class="b-live-more"><a href="?page=2">{t}</a></div>'},
        live='<div class="b-live-feed">{updates}{more}</div>',
        live_update='<div class="b-live-post" data-id="{n}"><p class="b-live-post__time"><time datetime="{iso}">'
                    '{time}</time></p><h3 class="b-live-post__title">{h}</h3>{body}</div>'),
    habits=(
        H("bio", (("{author} writes about {beat} for the Harbor City Times.", "Contact {obj} at {email}."),),
          "top", 0.35, "bio", group="bio"),
        H("bio", (("{author} writes about {beat} for the Harbor City Times.", "Contact {obj} at {email}."),),
          "end", 0.5, "tail", group="bio"),
        H("origin", (("This story originally appeared in {origin}.",),), "top", 0.8, "tail", on=COPY),
        H("photo", (("Photo: {photog}/{agency}",),), "top", 0.3, "credit"),
        H("related", (("SEE ALSO: {headline}",),), "after1", 0.35, "see", link="headline"),
        H("agency", (("Reuters contributed reporting.",),), "glue_space", 0.15, on=ALL),
        H("next-edition", (("Tomorrow in the Harbor City Times: {headline}",),), "end", 0.35, "tail",
          days=(0, 16)),
        H("next-edition", (("Coming up Sunday in the Times: {headline}",),), "end", 0.35, "tail", days=(16, 999)),
        H("tip", (("Have a tip?", "Email tips@harborcitytimes.example."),), "end", 0.35, "tail"),
        H("copyright", (("© {year} Harbor City Times.", "All rights reserved."),), "end", 0.35),
        H("paywall", (("You have reached your limit of free articles.", "Subscribe for unlimited access."),),
          "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Live updates: refresh for the latest.",),), "top", 0.7, "tail"),
        H("newsletter", (("Get the Harbor Briefing newsletter every weekday at 6 a.m.",),), "mid", 0.5, "tail"),
        H("ui", (("Show more updates",),), "more", 1.0, "more"),
    ),
    authors=authors("Denise Carter/f/the courts/reporter; Luis Navarro/m/business/business editor; "
                    "Tamika Brooks/f/city hall/reporter; Brian Nguyen/m/the port/reporter; "
                    "Rachel Stein/f/the environment/reporter; Calvin Reed/m/public safety/reporter"),
    plan=(("templated:court", 14), ("templated:earnings", 14), ("liveblog", 4), ("jsonld-full", 4), ("news", 20),
          ("followup", 2), ("edited", 3), ("repost", 2)),
    sections=("local", "business", "news"), templates=("court", "earnings"),
    copy_from=("northfield-ledger.example", "dailymeridian.example", "prairiedispatch.example"), live_show=4,
    agencies=("AP", "Harbor City Times", "Reuters"), photographers=("Ted Jackson", "Sophia Germer", "Chris Granger"))

PRAIRIE = Publisher(
    "The Prairie Dispatch", "prairiedispatch.example", "test", "en", "the Great Plains",
    "https://{host}/{y}/{m}/{d}/{slug}/",
    Skin(
        page='<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{title} • {name}</title>{head}'
             '</head><body class="single single-post newspack-front-page"><div class="site"><a class="skip-link" '
             'href="#main">Skip to content</a><header class="site-header"><div class="site-branding"><p '
             'class="site-title"><a href="/">{name}</a></p><p class="site-description">Nonprofit news for the Plains'
             '</p></div><nav class="header-menu"><ul><li>Agriculture</li><li>Education</li><li>Environment</li><li>'
             'Politics</li></ul></nav><a class="donate-button" href="/donate">Donate</a></header><main id="main">'
             '{article}<div class="related-posts"><h2>More from the Dispatch</h2><ul>{most_read}</ul></div></main>'
             '<footer class="site-footer"><p>{name} is a nonprofit, nonpartisan newsroom.</p><p><a '
             'href="/republish">Republish our stories</a> · <a href="/ethics">Ethics policy</a></p></footer></div>'
             '<div class="newspack-popup" role="dialog"><p>Never miss a story. Get the Dispatch in your inbox.</p>'
             '<input type="email"><button>Sign up</button></div></body></html>',
        article='<article class="entry"><header class="entry-header"><span class="cat-links">News</span><h1 '
                'class="entry-title">{h1}</h1><div class="entry-subhead"><div class="entry-meta">{byline}</div></div>'
                '</header>{figure}<div class="entry-content">{body}</div></article>',
        byline='<span class="author-avatar"></span><span class="byline">By <a class="url fn n" '
               'href="/author/{slug}/">{author}</a></span> <time class="entry-date" datetime="{iso}">{date}</time>',
        figure='<figure class="post-thumbnail"><img src="{src}" alt=""><figcaption><span class="caption">{caption}'
               '</span> <span class="image-credit">Credit: {credit}</span></figcaption></figure>',
        pieces={"link": "<p><strong>{t}</strong></p>", "box": '<div class="wp-block-group donation-inline"><p>{t}</p>'
                '</div>', "note": '<p class="editor-note"><em>{t}</em></p>',
                "hr": '<hr class="wp-block-separator"><p><em>{t}</em></p>'},
        entities="named"),
    habits=(
        H("origin", (("This story was first published by {origin}.",),
                     ("This article first appeared in {origin} and is republished here under a Creative Commons "
                      "license.",)), "top", 0.9, "note", on=COPY),
        H("related", (("{headline}",),), "mid", 0.3, "link", link="headline"),
        H("donation", (("Support local journalism.", "Donate to the Dispatch's newsroom fund today; every gift is "
                        "tax-deductible."),), "mid", 0.3, "box", days=(0, 18)),
        H("donation", (("The Dispatch is free to read because readers like you chip in.",
                        "Give $10 a month and help us cover the Plains."),), "mid", 0.3, "box", days=(18, 999)),
        H("bio", (("{author} is the Dispatch's {beat} reporter.", "Follow {obj} on X at @{handle}."),), "end", 0.5,
          "hr"),
        H("editor-note", (("Editor's note: This story was updated on {date_ap} to correct the spelling of a "
                           "name.",),), "end", 0.15, "note"),
        H("correction", (("The Dispatch corrects errors of fact.", "Email corrections@prairiedispatch.example."),),
          "end", 0.2, "hr"),
        H("comments", (("What do you think?", "Share your thoughts in the comments below."),), "end", 0.25),
    ),
    authors=authors("Megan Olsen/f/agriculture/reporter; Jacob Running Horse/m/tribal affairs/reporter; "
                    "Lauren Fischer/f/education/reporter; Carlos Medina/m/immigration/reporter; "
                    "Beth Kowalski/f/environment/reporter"),
    plan=(("hand:en-copyright", 1), ("jsonld-teaser", 4), ("jsonld-stale", 5), ("news", 32), ("followup", 2),
          ("syndicated", 6), ("edited", 3), ("repost", 2)),
    copy_from=("harborcitytimes.example", "dailymeridian.example", "northfield-ledger.example"), ld="graph",
    photographers=("Megan Olsen", "Daniel Wolfe", "Kim Ngo"), agencies=("Prairie Dispatch", "AP"))

WORLDBRIEF = Publisher(
    "World Brief Network", "worldbrief.example", "test", "en", "Asia|Europe|Africa|the Americas|the Middle East",
    "https://{host}/story/{id}/{slug}",
    Skin(
        page='<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} — {name}</title>{head}'
             '</head><body><div class="wb-app"><div class="wb-topbar"><a class="wb-logo" href="/">WORLD BRIEF</a> '
             '<span class="wb-tagline">The world in five minutes</span></div><div class="wb-menu"><a>Top</a> <a>World'
             '</a> <a>Markets</a> <a>Tech</a> <a>Science</a></div><div class="wb-wrap">{article}<div class="wb-more">'
             '<div class="wb-more-title">Read next</div>{most_read}</div></div><div class="wb-foot">{name} · About · '
             'Advertise · Contact</div></div><div class="wb-consent"><p>We value your privacy. We use cookies to '
             'enhance your browsing experience.</p><button>Accept</button></div></body></html>',
        article='<div class="wb-story"><div class="wb-story-head"><h1>{h1}</h1><div class="wb-story-meta">{byline}'
                '</div></div>{figure}<div class="wb-story-text">{body}</div><div class="wb-story-share">Share: <a>'
                'WhatsApp</a> <a>LinkedIn</a> <a>X</a></div></div>',
        byline='<span class="wb-by">{author}</span> · <span class="wb-time">{date}</span>',
        figure='<div class="wb-img"><img src="{src}" alt=""><div class="wb-img-cap">{credit}</div></div>',
        para='<div class="wb-p">{t}</div>', most_read='<div class="wb-card"><a href="{href}">{t}</a></div>',
        pieces={"p": '<div class="wb-p">{t}</div>', "box": '<div class="wb-box"><div class="wb-p">{t}</div></div>',
                "src": '<div class="wb-p wb-source"><i>{t}</i></div>'},
        glue='<i>{t}</i>'),
    habits=(
        H("footer", (("Thanks for reading World Brief: independent coverage of {region} and the world, without the "
                      "noise.", "Get the stories that shape your day from reporters who know the ground.",
                      "Related coverage: {headline_dot}"),), "end", 0.8, on=COPY),
        H("attribution", (("This report was compiled by World Brief staff from reporting by {origin}.",),), "end",
          0.5, "src", on=COPY, group="attr"),
        H("attribution", (("Source: {origin}, via World Brief.",),), "glue", 0.5, on=COPY, group="attr"),
        H("read-rest", (("Read the rest of this story at {origin}.",), ("Continue reading on {origin_host}.",)),
          "end", 1.0, "src", on=("trimmed",), link="origin"),
        H("related", (("{headline}",),), "after1", 0.3, "box", link="headline", on=COPY),
        H("newsletter", (("World Brief Daily lands in your inbox at 7 a.m.", "It's free."),), "mid", 0.2, "box",
          on=COPY),
    ),
    authors=authors("World Brief Staff/m/world/staff"),
    plan=(("syndicated", 42), ("trimmed", 8), ("edited", 4)),
    copy_from=("harborcitytimes.example", "prairiedispatch.example", "dailymeridian.example",
               "northfield-ledger.example"), feed_summary=False)

STADT = Publisher(
    "Stadtanzeiger Nord", "stadtanzeiger-nord.example", "test", "de", "Lüneburg und der Heide",
    "https://{host}/lokales/{slug}-{id}.html",
    Skin(
        page='<!DOCTYPE html><html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; '
             'charset=utf-8"><title>{name} - {title}</title>{head}</head><body><div id="wrapper"><div id="header">'
             '<div class="logo"><a href="/">{name}</a></div><div class="topnav"><a>Lüneburg</a> | <a>Landkreis</a> | '
             '<a>Sport</a> | <a>Kultur</a> | <a>Anzeigen</a></div></div><div id="content"><div id="maincol" '
             'class="left">{article}</div><div id="sidecol" class="right"><div class="sidebox"><b>Meistgelesen</b>'
             '<ul>{most_read}</ul></div><div class="sidebox"><b>Wetter</b><p>Lüneburg: 19 °C, heiter</p></div></div>'
             '<br clear="all"></div><div id="footer">Impressum | Datenschutz | Mediadaten | © {name} Verlag</div>'
             '</div><div class="cookiehinweis">Diese Website verwendet Cookies. <a href="/datenschutz">Mehr '
             'erfahren</a> <a class="ok">OK</a></div></body></html>',
        article='<div class="artikel"><div class="dachzeile">Lokales</div><h1>{h1}</h1><div class="autorzeile">'
                '{byline}</div>{figure}<div class="artikeltext">{body}</div><div class="artikelfuss"><a '
                'href="/drucken">Drucken</a> <a href="/senden">Senden</a></div></div>',
        byline='Von {author} | {date}',
        figure='<div class="bild"><img src="{src}" alt=""><div class="bildunterschrift">{caption} Foto: {credit}'
               '</div></div>',
        pieces={"auch": '<p class="auchinteressant">{t}</p>', "box": '<div class="infokasten"><p>{t}</p></div>',
                "paywall": '<div class="bezahlschranke"><p>{t}</p></div>', "em": "<p><i>{t}</i></p>"},
        glue='<span class="quelle">{t}</span>', entities="named"),
    habits=(
        H("origin", (("Zuerst erschienen bei {origin}.",),), "top", 0.8, "em", on=COPY),
        H("related", (("Auch interessant: {headline}",),), "after1", 0.35, "auch", link="headline"),
        H("related", (("{headline}",),), "end", 0.2, "auch", link="headline"),
        H("agency", (("Mit Material von dpa/lno.",),), "glue_space", 0.25, on=ALL),
        H("bio", (("{author} ist seit {since} {role} beim Stadtanzeiger Nord und schreibt über {beat}.",),), "end",
          0.4, "em"),
        H("tip", (("Sie haben einen Hinweis für die Redaktion?", "Schreiben Sie uns an "
                   "hinweis@stadtanzeiger-nord.example."),), "end", 0.3, "box"),
        H("copyright", (("Alle Rechte vorbehalten.", "© Stadtanzeiger Nord"),), "end", 0.4),
        H("read-rest", (("Den vollständigen Artikel lesen Sie bei {origin}.",),), "end", 1.0, "em",
          on=("trimmed",), link="origin"),
        H("paywall", (("Weiterlesen mit Nord+.", "Jetzt 4 Wochen für 0,99 Euro testen.",
                       "Bereits Abonnent? Hier anmelden."),), "paywall", 1.0, "paywall"),
    ),
    authors=authors("Hauke Jessen/m/Kommunalpolitik/Redakteur; Wiebke Lüdemann/f/Kultur/Redakteurin; "
                    "Jörn Meyer-Timm/m/Sport/Sportredakteur; Anke Rehbein/f/Polizei und Gericht/Redakteurin; "
                    "Finn Ahrens/m/Wirtschaft/Volontär"),
    plan=(("jsonld-full", 6), ("news", 30), ("followup", 2), ("trimmed", 6), ("syndicated", 4), ("edited", 2),
          ("repost", 2)),
    copy_from=("tagesblatt.example", "blickpunkt-online.example", "westfaelischer-bote.example"),
    dateline=("Lüneburg. ", "Lüneburg. ", "Lüneburg. ", "Adendorf. "), ld_join="\n",
    agencies=("dpa", "Stadtanzeiger"), photographers=("Hans-Jürgen Wege", "Tina Aldag", "Ole Schmidt"))

TAGESBLATT = Publisher(
    "Tagesblatt am Morgen", "tagesblatt.example", "test", "de", "Südniedersachsen",
    "https://www.{host}/{section}/{slug}-{id}",
    Skin(
        page='<!DOCTYPE html><html lang="de-DE"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}'
             '</head><body><div class="tb-page"><div class="tb-header"><div class="tb-header__brand"><a href="/">'
             'Tagesblatt</a> <span>am Morgen</span></div><ul class="tb-header__nav"><li>Göttingen</li><li>'
             'Niedersachsen</li><li>Politik</li><li>Sport</li><li>Kultur</li></ul></div><div class="tb-body"><div '
             'class="tb-body__main">{article}</div><div class="tb-body__side"><div class="tb-widget"><div '
             'class="tb-widget__head">Top-Artikel</div><ul>{most_read}</ul></div></div></div><div class="tb-footer">'
             'Impressum · Datenschutz · Abo-Service · Leserbriefe</div></div><div class="tb-cmp"><p>Mit Ihrer '
             'Zustimmung verwenden wir und unsere Partner Cookies zu Analyse- und Marketingzwecken.</p><button>'
             'Zustimmen</button><button>Ablehnen</button></div></body></html>',
        article='<article class="tb-article"><div class="tb-article__top"><h1 class="tb-article__title">{h1}</h1>'
                '<div class="tb-article__byline">{byline}</div></div>{figure}<div class="tb-article__content"><div '
                'class="tb-rte">{body}</div></div><div class="tb-article__share"><span>Artikel teilen:</span> <a>'
                'Facebook</a> <a>WhatsApp</a> <a>E-Mail</a></div></article>',
        byline='<span class="tb-author">{author}</span> <span class="tb-date">{date}, {time}</span>',
        figure='<figure class="tb-figure"><img src="{src}" alt=""><figcaption>{caption} © {credit}</figcaption>'
               '</figure>',
        para='<div class="tb-rte__block"><p>{t}</p></div>',
        pieces={"p": '<div class="tb-rte__block"><p>{t}</p></div>',
                "note": '<div class="tb-rte__block tb-note"><p><strong>{t}</strong></p></div>',
                "teaser": '<div class="tb-rte__block tb-inline-teaser"><p>{t}</p></div>',
                "agency": '<div class="tb-rte__block tb-source"><p>{t}</p></div>'}),
    habits=(
        H("origin", (("Dieser Text ist zuerst bei {origin} erschienen.",),), "top", 0.8, "note", on=COPY),
        H("related", (("Zum Thema: {headline}",),), "after1", 0.2, "teaser", link="headline"),
        H("related", (("Lesen Sie dazu auch: {headline}",),), "mid", 0.35, "teaser", link="headline"),
        H("agency", (("dpa-infocom, dpa:{dpa}",),), "end", 0.3, "agency", on=ALL),
        H("next-edition", (("Morgen im Tagesblatt: {headline}",),), "end", 0.2, "note"),
        H("editor-note", (("Hinweis der Redaktion: In einer früheren Fassung dieses Artikels war ein falsches Datum "
                           "genannt.", "Wir haben den Fehler am {date} korrigiert."),), "end", 0.15, "note",
          days=(0, 10)),
        H("editor-note", (("Korrektur: In einer früheren Version hieß es, die Sitzung finde am Montag statt.",
                           "Richtig ist Dienstag."),), "end", 0.15, "note", days=(10, 999)),
        H("follow", (("Folgen Sie dem Tagesblatt auch auf Instagram, Facebook und im WhatsApp-Kanal.",),), "end",
          0.25),
        H("support", (("Guter Journalismus hat seinen Preis.", "Mit einem Abo unterstützen Sie unabhängige "
                       "Berichterstattung aus der Region."),), "end", 0.2, "note"),
        H("bio", (("{author} ist {role} im Ressort {beat} des Tagesblatts.",),), "end", 0.4, "teaser"),
        H("footer", (("Bleiben Sie informiert: schnell, sachlich und unabhängig.", "Aktuelle Nachrichten aus {region} "
                      "und aller Welt, mit Hintergründen, die helfen, das Geschehen einzuordnen.",
                      "Mehr zu diesem Thema und weiteren Entwicklungen: {headline}"),), "end", 0.5, on=COPY),
    ),
    authors=authors("Christiane Wolff/f/Lokalpolitik/Redakteurin; Tobias Kramer/m/Wissenschaft/Redakteur; "
                    "Nele Hartmann/f/Soziales/Redakteurin; Ralf Steinmetz/m/Sport/Redakteur; "
                    "Dr. Ursula Behrens/f/Kultur/Ressortleiterin"),
    plan=(("hand:de-newsletter", 1), ("jsonld-teaser", 4), ("jsonld-stale", 3), ("news", 32), ("followup", 2),
          ("syndicated", 5), ("edited", 3), ("repost", 2)),
    sections=("goettingen", "niedersachsen", "politik"),
    copy_from=("blickpunkt-online.example", "stadtanzeiger-nord.example", "westfaelischer-bote.example"),
    ld_join="\n", agencies=("dpa",), photographers=("Swen Pförtner", "Christina Hinzmann", "Peter Heller"))

ECHO = Publisher(
    "L'Écho de Provence", "echo-provence.example", "test", "fr", "la Provence",
    "https://www.{host}/{section}/{id}/{slug}",
    Skin(
        page='<!DOCTYPE html><html lang="{lang}-FR"><head><meta charset="utf-8"><title>{title} | {name}</title>'
             '{head}</head><body><div class="global"><div class="bandeau-haut"><a class="logo" href="/">{name}</a>'
             '<div class="rubriques"><a>Marseille</a> <a>Aix</a> <a>Var</a> <a>Sports</a> <a>Carnet</a> <a>Météo</a>'
             '</div><a class="connexion">Se connecter</a></div><div class="page-article"><div class="colonne-gauche">'
             '{article}</div><div class="colonne-droite"><div class="plus-lus"><h4>Les plus lus</h4>{most_read}</div>'
             '<div class="pub">Publicité</div></div></div><div class="pied-de-page"><p>Mentions légales · Charte de '
             'confidentialité · Gestion des cookies · Nous contacter</p></div></div><div class="sp-message"><p>Nous '
             'respectons votre vie privée : nous utilisons des cookies pour mesurer l\'audience et personnaliser les '
             'publicités.</p><button>Tout accepter</button><button>Paramétrer</button></div></body></html>',
        article='<main class="article"><section class="article-entete"><h1>{h1}</h1><div class="article-auteur">'
                '{byline}</div></section>{figure}<section class="article-texte"><div class="texte">{body}</div>'
                '</section><section class="article-mots-cles">Mots-clés : <a>Provence</a> <a>Société</a></section>'
                '</main>',
        byline='<span class="auteur">{author}</span> <span class="date">Publié le {date} à {time}</span>',
        figure='<figure class="illustration"><img src="{src}" alt=""><figcaption>{caption} Photo {credit}'
               '</figcaption></figure>',
        para='<p class="texte-paragraphe">{t}</p>',
        most_read='<div class="plus-lus-item"><span class="num">•</span> <a href="{href}">{t}</a></div>',
        pieces={"lire": '<div class="lire-aussi-encart"><span class="lire-aussi-titre">{t}</span></div>',
                "p": '<p class="texte-paragraphe">{t}</p>', "note": '<p class="texte-paragraphe"><em>{t}</em></p>',
                "credit": '<p class="credit-photo">{t}</p>', "more": '<a class="voir-plus" href="?page=2">{t}</a>'},
        live='<div class="direct">{updates}</div>{more}',
        live_update='<div class="direct-post"><div class="direct-heure"><time datetime="{iso}">{time}</time></div>'
                    '<div class="direct-contenu"><p class="direct-titre"><strong>{h}</strong></p>{body}</div></div>'),
    habits=(
        H("origin", (("Cet article est paru initialement dans {origin}.",),), "top", 0.7, "note", on=COPY),
        H("photo", (("Photo : {photog} / {agency}",),), "top", 0.2, "credit"),
        H("related", (("À voir aussi : {headline}",),), "after1", 0.2, "lire", link="headline"),
        H("related", (("Lire aussi : {headline}",),), "mid", 0.35, "lire", link="headline"),
        H("agency", (("(avec AFP)",),), "glue_space", 0.15, on=ALL),
        H("agency", (("Avec AFP",),), "end", 0.2, "note", on=ALL),
        H("app", (("Téléchargez l'application L'Écho de Provence pour recevoir nos alertes en temps réel.",),),
          "end", 0.25),
        H("bio", (("{author}, {role} à L'Écho de Provence, suit l'actualité {beat}.",),), "end", 0.4, "note"),
        H("editor-note", (("Note de la rédaction : cet article a été modifié le {date} pour préciser l'horaire de "
                           "la réunion.",),), "end", 0.15, "note"),
        H("next-edition", (("Demain dans L'Écho : {headline}",),), "end", 0.15, "note"),
        H("copyright", (("Droits de reproduction et de diffusion réservés © L'Écho de Provence {year}.",),), "end",
          0.5, days=(0, 18)),
        H("copyright", (("© L'Écho de Provence – Reproduction interdite sans autorisation.",),), "end", 0.5,
          days=(18, 999)),
        H("footer", (("Restez informés avec une actualité fiable, rapide et indépendante.", "Suivez l'essentiel de "
                      "{region} et du monde, avec des analyses pour comprendre ce qui se passe vraiment.",
                      "Pour aller plus loin sur ce sujet : {headline}"),), "end", 0.6, on=COPY),
    ),
    live_habits=(
        H("live-notice", (("EN DIRECT : cette page est actualisée en continu.",),), "top", 0.8, "note"),
        H("ui", (("Voir plus de publications",),), "more", 1.0, "more"),
    ),
    authors=authors("Mathilde Roux/f/judiciaire/journaliste; Karim Haddad/m/politique/journaliste; "
                    "Anne-Laure Blanc/f/société/cheffe d'édition; Stéphane Giraud/m/sportive/journaliste; "
                    "Lina Mercier/f/environnementale/journaliste"),
    plan=(("templated:obseques", 14), ("templated:canicule", 14), ("liveblog", 3), ("hand:fr-newsletter", 1),
          ("news", 21), ("followup", 2), ("syndicated", 4), ("edited", 2), ("repost", 2)),
    sections=("marseille", "aix", "region"), templates=("obseques", "canicule"),
    copy_from=("courrier-rhone.example",), live_show=4, ld_oldest_first=False,
    agencies=("AFP", "L'Écho de Provence"), photographers=("Valérie Vrel", "Nicolas Tucat", "Georges Robert"))

DATOS = Publisher(
    "Datos al Día", "datosaldia.example", "test", "es", "España",
    "https://{host}/{section}/{id}-{slug}",
    Skin(
        page='<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
             '<body><div class="app"><div class="top"><a href="/">{name}</a> <span>Información automatizada</span>'
             '</div><div class="nav"><a>Mercados</a> <a>Tiempo</a> <a>Municipios</a></div><div class="main"><div '
             'class="story">{article}</div><div class="list"><h5>Últimas</h5>{most_read}</div></div><div class="foot">'
             '{name} · Metodología · Contacto · Aviso legal</div></div></body></html>',
        article='<h1 class="story-title">{h1}</h1><div class="story-meta">{byline}</div><div class="story-body">'
                '{body}</div>',
        byline='{author} · {date}', figure='', most_read='<p><a href="{href}">{t}</a></p>',
        pieces={"aviso": '<p class="aviso-automatico"><small>{t}</small></p>'}),
    habits=(
        H("notice", (("Esta información ha sido elaborada de forma automática a partir de datos públicos y "
                      "revisada por la redacción.",),), "top", 0.6, "aviso", days=(0, 15)),
        H("notice", (("Noticia generada automáticamente con datos de la CNMV y de la Aemet.", "Si detecta un error, "
                      "escriba a datos@datosaldia.example."),), "end", 0.8, "aviso", days=(15, 999)),
        H("related", (("Más datos: {headline}",),), "end", 0.3, link="headline"),
        H("url", (("Consulte todos los datos de su municipio en datosaldia.example.",),), "end", 0.3, "aviso"),
    ),
    authors=authors("Redacción automática/f/datos/bot"),
    plan=(("templated:resultados", 18), ("templated:calor", 16)),
    sections=("mercados", "tiempo"), templates=("resultados", "calor"), ld="none")

COSTA = Publisher(
    "Diario Costa Azul", "diariocostaazul.example", "test", "es", "la Comunitat Valenciana",
    "https://www.{host}/{section}/{y}/{m}/{d}/{slug}-{id}.html",
    Skin(
        page='<!DOCTYPE html><html lang="{lang}-ES"><head><meta charset="utf-8"><title>{title} - {name}</title>'
             '{head}</head><body><div id="contenedor-general"><header class="header-diario"><div '
             'class="logo-diario"><a href="/">{name}</a></div><ul class="secciones"><li>Alicante</li><li>Elche</li>'
             '<li>Benidorm</li><li>Hércules</li><li>Sucesos</li></ul><div class="suscribete"><a>Suscríbete</a></div>'
             '</header><section class="cuerpo-noticia">{article}</section><aside class="barra-lateral"><div '
             'class="mas-vistos"><p class="titulo-modulo">Lo más visto</p><ul>{most_read}</ul></div></aside><footer '
             'class="footer-diario"><p>{name} S.L. · Aviso legal · Cookies · Publicidad</p></footer></div><div '
             'id="banner-cookies" class="banner-cookies"><p>En {name} usamos cookies para ofrecerte una mejor '
             'experiencia.</p><button>Aceptar y cerrar</button><button>Configurar</button></div></body></html>',
        article='<div class="noticia-detalle"><div class="antetitulo">Alicante</div><h1 class="titular">{h1}</h1>'
                '<div class="firma-fecha">{byline}</div>{figure}<div class="compartir"><a>Facebook</a> <a>X</a> <a>'
                'WhatsApp</a> <a>Telegram</a></div><div id="cuerpo" class="cuerpo-texto">{body}</div><div '
                'class="etiquetas">Etiquetas: <a>Alicante</a></div></div>',
        byline='<span class="firma">{author}</span> <span class="fecha">{date} - {time}</span>',
        figure='<figure class="foto"><img src="{src}" alt=""><figcaption>{caption} / {credit}</figcaption></figure>',
        pieces={"te": '<p class="te-puede-interesar"><span>{t}</span></p>',
                "box": '<div class="modulo-newsletter"><p>{t}</p></div>', "credit": '<p class="pie-foto">{t}</p>',
                "paywall": '<div class="muro-pago"><p>{t}</p><a>Suscríbete</a></div>',
                "more": '<button class="cargar-mas">{t}</button>'},
        live='<div class="directo-lista">{updates}{more}</div>',
        live_update='<div class="directo-entrada"><span class="hora">{time}</span><h4>{h}</h4>{body}</div>'),
    habits=(
        H("origin", (("Esta noticia fue publicada originalmente por {origin}.",),), "top", 0.8, on=COPY),
        H("photo", (("Foto: {photog} / {agency}",),), "top", 0.25, "credit"),
        H("related", (("Te puede interesar: {headline}",),), "after1", 0.35, "te", link="headline"),
        H("related", (("Más información: {headline}",),), "mid", 0.2, "te", link="headline"),
        H("agency", (("Con información de Europa Press.",),), "glue_space", 0.25, on=ALL),
        H("agency", (("Con información de EFE.",),), "end", 0.15, on=ALL),
        H("newsletter", (("Recibe cada mañana las noticias de Alicante en tu correo.",
                          "Apúntate gratis a nuestra newsletter."),), "mid", 0.3, "box"),
        H("follow", (("Síguenos en Facebook, X e Instagram.",),), "end", 0.3),
        H("tip", (("¿Tienes una denuncia o una historia?", "Escríbenos a redaccion@diariocostaazul.example."),),
          "end", 0.2, "box"),
        H("editor-note", (("Nota de la redacción: esta información fue actualizada el {date} a las {time}.",),),
          "end", 0.1),
        H("copyright", (("Queda prohibida la reproducción total o parcial de este contenido sin autorización "
                         "expresa de Diario Costa Azul.",),), "end", 0.4),
        H("read-rest", (("Lee la información completa en {origin}.",),), "end", 1.0, on=("trimmed",),
          link="origin"),
        H("paywall", (("Este contenido es exclusivo para suscriptores.", "Suscríbete por 1 euro el primer mes.",
                       "¿Ya eres suscriptor? Inicia sesión."),), "paywall", 1.0, "paywall"),
    ),
    live_habits=(
        H("live-notice", (("Directo: la página se actualiza automáticamente.",),), "top", 0.7),
        H("newsletter", (("Recibe las alertas de última hora en nuestro canal de WhatsApp.",),), "mid", 0.4, "box"),
        H("ui", (("Cargar más",),), "more", 1.0, "more"),
    ),
    authors=authors("Laura Pastor/f/sucesos/redactora; Vicente Climent/m/deportes/redactor; "
                    "Noelia Santos/f/política municipal/redactora; Iván Ferri/m/turismo/jefe de sección; "
                    "Rocío Martí/f/tribunales/redactora"),
    plan=(("liveblog", 4), ("jsonld-full", 5), ("news", 30), ("followup", 2), ("trimmed", 5), ("syndicated", 2),
          ("repost", 4)),
    sections=("alicante", "elche", "provincia"), copy_from=("elfarodigital.example",),
    dateline=("ALICANTE.- ", "ALICANTE.- ", "ELCHE.- ", "BENIDORM.- "), live_show=5, ld="graph",
    agencies=("EFE", "Europa Press", "DCA"), photographers=("Pilar Cortés", "Rafa Arjones", "Alex Domínguez"))

TEST = (HARBOR, PRAIRIE, WORLDBRIEF, STADT, TAGESBLATT, ECHO, DATOS, COSTA)
