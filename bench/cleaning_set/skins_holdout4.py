"""Page templates (everything around the article) of the 'holdout4' publishers, as each kind of site serves
them: a wire service's own news site (a React app with "hub" pages), a small-town weekly on a newspaper CMS
(TownNews-style "asset" markup), a UK tabloid (mobile-first, "mol-" style classes), a Swiss regional site, an
Austrian regional weekly on a Drupal theme, a Belgian regional site, a Québec daily on a Brightspot-style
platform and a Spanish regional daily on a Protecmedia-style CMS."""

from __future__ import annotations

PAGES = {
    "CPWIRE": (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
        'content="width=device-width, initial-scale=1"><title>{title} | Continental Press News</title>{head}'
        '</head><body class="Page-body"><div class="Page-header"><a class="Page-header-logo" href="/" '
        'aria-label="CP News">CP</a><nav class="Page-header-navigation"><ul><li><a href="/hub/us-news">U.S.</a>'
        '</li><li><a href="/hub/world-news">World</a></li><li><a href="/hub/politics">Politics</a></li><li><a '
        'href="/hub/business">Business</a></li><li><a href="/hub/science">Science</a></li><li><a '
        'href="/hub/fact-check">Fact Check</a></li></ul></nav><a class="Page-header-donate" href="/donate">'
        'Donate</a></div><main class="Page-main"><div class="Page-content">{article}</div><aside '
        'class="Page-aside"><div class="PageList-header">Most read</div><ul class="PageList-items">{most_read}'
        '</ul></aside></main><footer class="Page-footer"><p>Continental Press is an independent global news '
        'organization dedicated to factual reporting.</p><ul><li><a href="/about">About</a></li><li><a '
        'href="/standards">News Values and Principles</a></li><li><a href="/careers">Careers</a></li><li><a '
        'href="/licensing">Licensing</a></li></ul><p>Copyright {year} Continental Press. All Rights Reserved.</p>'
        '</footer></body></html>'),
    "CLARION": (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | News | {host}</title>{head}'
        '</head><body class="asset-page"><div id="site-container"><header id="site-header"><div '
        'class="masthead"><a href="/"><span class="masthead-title">{name}</span></a><p class="masthead-tag">'
        'Serving Harlan County since 1874</p></div><ul class="nav navbar-nav"><li><a href="/news/">News</a></li>'
        '<li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a '
        'href="/public_notices/">Public Notices</a></li><li><a href="/eedition/">e-Edition</a></li><li><a '
        'href="/classifieds/">Classifieds</a></li></ul></header><div id="main-page-container" class="row"><div '
        'class="col-md-8">{article}</div><div class="col-md-4" id="sidebar"><section class="block"><h3 '
        'class="block-title">Most Popular</h3><ul class="list-unstyled">{most_read}</ul></section><section '
        'class="block weather"><h3 class="block-title">Harlan Creek Weather</h3><p>Partly sunny, 78°</p>'
        '</section></div></div><footer id="site-footer"><p>{name}, 114 W. Main St., Harlan Creek, IA 52142 · '
        '(319) 555-0142</p><p><a href="/site/terms.html">Terms of Use</a> | <a href="/site/privacy.html">Privacy '
        'Policy</a></p><p>Powered by BLOX Content Management System</p></footer></div></body></html>'),
    "BLAZE": (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{title} | Daily Blaze</title>{head}'
        '</head><body class="blz blz-article"><div class="blz-masthead"><a class="blz-logo" href="/">'
        'DAILY BLAZE</a><nav class="blz-nav"><a href="/news">News</a> <a href="/showbiz">Showbiz</a> <a '
        'href="/sport">Sport</a> <a href="/tv">TV</a> <a href="/money">Money</a> <a href="/shopping">Shopping</a> '
        '<a href="/puzzles">Puzzles</a></nav><div class="blz-signin"><a href="/login">Sign in</a></div></div><div '
        'class="blz-wrap"><div class="blz-col-main">{article}</div><div class="blz-col-side"><div '
        'class="blz-puff"><h3>Most Read</h3><ol>{most_read}</ol></div><div class="blz-ad-mpu"></div></div></div>'
        '<footer class="blz-footer"><p>Published by Blaze Media Group Ltd, 10 Lower Thames Street, London EC3R '
        '6EN. Registered in England No. 0123456.</p><p><a href="/ipso">IPSO regulated</a> · <a '
        'href="/privacy">Privacy policy</a> · <a href="/cookies">Cookie settings</a></p><p>© Blaze Media Group '
        'Ltd {year}</p></footer><div id="blz-consent" class="blz-consent"><p>We and our 847 partners store and '
        'access information on your device.</p><button>Accept all</button> <button>More options</button></div>'
        '</body></html>'),
    "LIMMAT": (
        '<!DOCTYPE html><html lang="de-CH"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}'
        '</head><body><div id="app" class="ltn-app"><header class="ltn-header"><a class="ltn-logo" href="/">'
        '{name}</a><nav class="ltn-nav"><a href="/dietikon">Dietikon</a><a href="/schlieren">Schlieren</a><a '
        'href="/region">Region</a><a href="/zuerich">Zürich</a><a href="/sport">Sport</a><a '
        'href="/agenda">Agenda</a></nav><a class="ltn-abo" href="/abo">Abo</a><a class="ltn-login" '
        'href="/login">Anmelden</a></header><main class="ltn-main"><div class="ltn-article-wrap">{article}</div>'
        '<aside class="ltn-aside"><h2>Meistgelesen</h2><ol class="ltn-toplist">{most_read}</ol></aside></main>'
        '<footer class="ltn-footer"><p>{name} · Zürcherstrasse 10 · 8953 Dietikon</p><ul><li><a '
        'href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a '
        'href="/agb">AGB</a></li><li><a href="/inserieren">Inserieren</a></li></ul></footer></div></body></html>'),
    "SALZ": (
        '<!DOCTYPE html><html lang="de-AT" dir="ltr"><head><meta charset="utf-8"><title>{title} | {name}</title>'
        '{head}</head><body class="path-node page-node-type-artikel"><div class="dialog-off-canvas-main-canvas">'
        '<header role="banner" class="region-header"><div class="site-branding"><a href="/" rel="home">{name}</a>'
        '</div><nav role="navigation" class="menu--main"><ul><li><a href="/bad-ischl">Bad Ischl</a></li><li><a '
        'href="/gmunden">Gmunden</a></li><li><a href="/ausseerland">Ausseerland</a></li><li><a '
        'href="/wirtschaft">Wirtschaft</a></li><li><a href="/sport">Sport</a></li><li><a '
        'href="/veranstaltungen">Veranstaltungen</a></li></ul></nav></header><main role="main"><div '
        'class="layout-content">{article}</div><aside class="layout-sidebar-second"><div class="block-views">'
        '<h2>Meistgelesen</h2><ul>{most_read}</ul></div></aside></main><footer role="contentinfo"><p>{name} '
        'GmbH, Esplanade 4, 4820 Bad Ischl</p><p><a href="/impressum">Impressum</a> · <a '
        'href="/offenlegung">Offenlegung gem. § 25 MedienG</a> · <a href="/datenschutz">Datenschutz</a></p>'
        '</footer></div></body></html>'),
    "MOSAN": (
        '<!DOCTYPE html><html lang="fr-BE"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}'
        '</head><body class="cm-body"><header class="cm-header"><div class="cm-header__top"><a class="cm-logo" '
        'href="/">{name}</a><a class="cm-abo" href="/abonnement">S&#039;abonner</a></div><nav '
        'class="cm-nav"><a href="/regions/namur">Namur</a><a href="/regions/dinant">Dinant</a><a '
        'href="/regions/andenne">Andenne</a><a href="/belgique">Belgique</a><a href="/sports">Sports</a><a '
        'href="/alertez-nous" class="cm-nav__alert">Alertez-nous</a></nav></header><main class="cm-main"><div '
        'class="cm-article-col">{article}</div><aside class="cm-aside"><h2 class="cm-aside__title">Les plus lus'
        '</h2><ol>{most_read}</ol></aside></main><footer class="cm-footer"><p>© {name} {year} – Tous droits '
        'réservés</p><p><a href="/mentions-legales">Mentions légales</a> · <a href="/vie-privee">Vie privée</a> · '
        '<a href="/cookies">Gérer les cookies</a></p></footer></body></html>'),
    "PHARE": (
        '<!DOCTYPE html><html lang="fr-CA"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}'
        '</head><body class="ArticlePage"><div class="Page-above"><div class="Page-header-bar"><a '
        'class="Page-header-logo" href="/">{name}</a><nav class="Navigation"><ul><li><a href="/actualites">'
        'Actualités</a></li><li><a href="/saguenay">Saguenay</a></li><li><a href="/lac-saint-jean">'
        'Lac-Saint-Jean</a></li><li><a href="/sports">Sports</a></li><li><a href="/opinions">Opinions</a></li>'
        '<li><a href="/necrologie">Nécrologie</a></li></ul></nav><a class="Page-header-cta" href="/infolettre">'
        'Infolettre</a></div></div><main class="Page-main">{article}<aside class="Page-aside"><h2>Les plus lus'
        '</h2><ul>{most_read}</ul></aside></main><footer class="Page-footer"><p>{name} est membre du Conseil de '
        'presse du Québec.</p><p><a href="/conditions">Conditions d\'utilisation</a> · <a '
        'href="/confidentialite">Politique de confidentialité</a></p></footer></body></html>'),
    "HERALDO": (
        '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="pm-noticia"><header id="cabecera"><div class="cabecera-logo"><a href="/">{name}</a></div>'
        '<nav class="menu-principal"><ul><li><a href="/ponferrada">Ponferrada</a></li><li><a href="/bierzo">'
        'Bierzo</a></li><li><a href="/provincia">Provincia</a></li><li><a href="/deportes">Deportes</a></li><li>'
        '<a href="/esquelas">Esquelas</a></li><li><a href="/opinion">Opinión</a></li></ul></nav><a '
        'class="cabecera-suscripcion" href="/suscripcion">Suscríbete</a></header><div id="contenedor"><div '
        'id="columna-principal">{article}</div><div id="columna-lateral"><div class="modulo-mas-leidas"><h3>Lo '
        'más leído</h3><ol>{most_read}</ol></div></div></div><footer id="pie"><p>Editorial Heraldo del Sil S.L. '
        '· Avda. de España, 12 · 24400 Ponferrada (León)</p><p><a href="/aviso-legal">Aviso legal</a> · <a '
        'href="/politica-de-cookies">Política de cookies</a></p></footer></body></html>'),
}
