"""Page templates (everything around the article) of the 'holdout9' publishers, as each kind of site serves
them: a Midwest public-radio newsroom collaborative (a "Listen live" bar for its member stations, a donate
button in the header and the stations' call letters in the footer), a Trinidad evening daily (an old CMS, a
weather-and-currency strip with the TT dollar and the e-Edition link), a Kenyan news site (a trending-tags
strip, an M-Pesa "Go Premium" button and a Kiswahili switch), a Saxon business daily (a DAX / MDAX ticker and an
e-paper login), a Graz city magazine (a "Heute in Graz" events strip and a club membership link), a Martinique
daily (the sargassum and weather alert levels in a strip and the day's tide), a Canary Islands site (the
Aemet warning level and the inter-island ferry status) and a Paraguayan national site (the guaraní's
dollar rate and a "Ko'ága" breaking strip)."""

from __future__ import annotations

PAGES = {
    "CD": (
        '<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="cd"><div class="cd-live"><span>Listen live:</span> <a href="/listen/krvw/">KRVW 90.7</a> '
        '<a href="/listen/plpr/">PLPR 88.3</a> <a href="/listen/wqcr/">WQCR 89.9</a></div><header class="cd-header">'
        '<a class="cd-logo" href="/">{name}</a><nav><a href="/rivers/">Rivers</a><a href="/housing/">Housing</a><a '
        'href="/agriculture/">Agriculture</a><a href="/statehouse/">Statehouses</a><a href="/podcast/">The '
        'Confluence podcast</a></nav><a class="cd-donate" href="/donate/">Donate</a></header><div class="cd-layout">'
        '<main id="main" class="cd-main">{article}</main><aside class="cd-rail"><h2>Most read</h2><ol>{most_read}'
        '</ol></aside></div><footer class="cd-footer"><p>{name} is a reporting collaboration of KRVW St. Louis, '
        'Prairie Lands Public Radio and WQCR Quad Cities.</p><p><a href="/about/">About</a> · <a href="/ethics/">'
        'Ethics</a> · <a href="/republish/">Republish our stories</a> · <a href="/privacy/">Privacy</a></p>'
        '</footer></body></html>'),
    "EM": (
        '<!DOCTYPE html><html lang="en-TT"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="node-type-article em"><div id="em-strip"><span>Port of Spain 31°C</span> <span>US$1 = '
        'TT$6.78</span> <a href="/e-edition/">Today\'s e-Edition</a></div><div id="header"><div id="logo"><a '
        'href="/">{name}</a></div><ul class="menu"><li><a href="/news/">News</a></li><li><a href="/local/">Local'
        '</a></li><li><a href="/business/">Business</a></li><li><a href="/sport/">Sport</a></li><li><a '
        'href="/carnival/">Carnival</a></li><li><a href="/classifieds/">Classifieds</a></li></ul></div><div '
        'id="main-wrapper"><div id="content" class="column">{article}</div><div id="sidebar-second"><div '
        'class="block"><h2>Latest</h2><ul>{most_read}</ul></div></div></div><div id="footer"><p>{name} · Evening '
        'Mail Publishing Co. Ltd · 22 St. Vincent Street, Port of Spain</p><p><a href="/contact/">Contact us</a> | '
        '<a href="/advertise/">Advertise</a> | <a href="/terms/">Terms of use</a></p></div></body></html>'),
    "NY": (
        '<!DOCTYPE html><html lang="en-KE"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="ny"><div class="ny-trending"><span>Trending:</span> <a href="/tag/finance-bill/">Finance Bill'
        '</a> <a href="/tag/shif/">SHIF</a> <a href="/tag/harambee-stars/">Harambee Stars</a> <a '
        'href="/tag/fuel-prices/">Fuel prices</a></div><header class="ny-header"><a class="ny-logo" href="/">{name}'
        '</a><nav><a href="/news/">News</a><a href="/counties/">Counties</a><a href="/business/">Business</a><a '
        'href="/sports/">Sports</a><a href="/opinion/">Opinion</a><a href="/sw/">Kiswahili</a></nav><a '
        'class="ny-premium" href="/premium/">Go Premium</a></header><div class="ny-wrap"><main class="ny-main">'
        '{article}</main><aside class="ny-aside"><h3>Popular</h3><ol>{most_read}</ol></aside></div><footer '
        'class="ny-footer"><p>{name} · Nyota Media Group · Mombasa Road, Nairobi</p><p><a href="/about/">About us'
        '</a> · <a href="/editorial-policy/">Editorial policy</a> · <a href="/careers/">Careers</a></p></footer>'
        '</body></html>'),
    "MDWZ": (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="mdwz"><div class="mdwz-ticker"><span>DAX 23.614</span> <span>MDAX 30.102</span> <span>'
        'EUR/USD 1,1679</span> <span>Strom Base 2026: 88,40 €/MWh</span></div><header class="mdwz-kopf"><a '
        'class="mdwz-logo" href="/">{name}</a><nav><a href="/unternehmen/">Unternehmen</a><a href="/maerkte/">'
        'Märkte</a><a href="/mittelstand/">Mittelstand</a><a href="/politik/">Wirtschaftspolitik</a><a '
        'href="/karriere/">Karriere</a></nav><a class="mdwz-login" href="/epaper/">E-Paper</a></header><div '
        'class="mdwz-seite"><main class="mdwz-inhalt">{article}</main><aside class="mdwz-leiste"><h3>Meistgelesen'
        '</h3><ol>{most_read}</ol></aside></div><footer class="mdwz-fuss"><p>{name} · Mitteldeutsche Wirtschaftsverlag '
        'GmbH · Peterssteinweg 19 · 04107 Leipzig</p><p><a href="/impressum/">Impressum</a> · <a href="/agb/">AGB'
        '</a> · <a href="/datenschutz/">Datenschutz</a></p></footer></body></html>'),
    "SZ": (
        '<!DOCTYPE html><html lang="de-AT"><head><meta charset="utf-8"><title>{title} – {name}</title>{head}'
        '</head><body class="sz"><div class="sz-heute"><span>Heute in Graz:</span> <a href="/kalender/">Lendwirbel '
        'Nachlese</a> <a href="/kalender/">Kasematten Open Air</a> <a href="/kalender/">Bauernmarkt Lendplatz</a>'
        '</div><header class="sz-kopf"><a class="sz-logo" href="/">{name}</a><nav><a href="/stadt/">Stadt</a><a '
        'href="/essen-trinken/">Essen &amp; Trinken</a><a href="/kultur/">Kultur</a><a href="/ausgehen/">Ausgehen'
        '</a><a href="/kalender/">Kalender</a></nav><a class="sz-club" href="/club/">Stadtzeit-Club</a></header>'
        '<div class="sz-raster"><main class="sz-haupt">{article}</main><aside class="sz-rand"><h3>Gerade beliebt'
        '</h3><ul>{most_read}</ul></aside></div><footer class="sz-fuss"><p>{name} · Stadtzeit Medien GmbH · '
        'Lendkai 17 · 8020 Graz</p><p><a href="/impressum/">Impressum &amp; Offenlegung</a> · <a '
        'href="/datenschutz/">Datenschutz</a></p></footer></body></html>'),
    "MM": (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="mm"><div class="mm-alertes"><span>Sargasses : risque fort sur la côte atlantique</span> '
        '<span>Vigilance : vert</span> <span>Pleine mer à Fort-de-France : 11 h 42</span></div><header '
        'class="mm-entete"><a class="mm-logo" href="/">{name}</a><nav><a href="/actualite/">Actualité</a><a '
        'href="/societe/">Société</a><a href="/economie/">Économie</a><a href="/sport/">Sport</a><a '
        'href="/caraibes/">Caraïbes</a><a href="/necrologie/">Nécrologie</a></nav></header><div class="mm-corps">'
        '<main class="mm-principal">{article}</main><aside class="mm-droite"><h3>Les plus lus</h3><ul>{most_read}'
        '</ul></aside></div><footer class="mm-pied"><p>{name} · Place Stalingrad · 97200 Fort-de-France</p><p><a '
        'href="/mentions-legales/">Mentions légales</a> · <a href="/cgv/">CGV</a> · <a href="/contact/">Nous '
        'contacter</a></p></footer></body></html>'),
    "EA": (
        '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="ea"><div class="ea-estado"><span>Aviso Aemet: amarillo por calima</span> <span>Fred. Olsen '
        'Agaete–Santa Cruz: operativo</span> <span>Naviera Armas Arrecife: retrasos</span></div><header '
        'class="ea-cabecera"><a class="ea-logo" href="/">{name}</a><nav><a href="/canarias/">Canarias</a><a '
        'href="/gran-canaria/">Gran Canaria</a><a href="/tenerife/">Tenerife</a><a href="/islas/">Islas</a><a '
        'href="/economia/">Economía</a><a href="/opinion/">Opinión</a></nav><a class="ea-socios" href="/socios/">'
        'Hazte socio</a></header><div class="ea-cuerpo"><main class="ea-principal">{article}</main><aside '
        'class="ea-lateral"><h3>Lo más leído</h3><ol>{most_read}</ol></aside></div><footer class="ea-pie"><p>'
        '{name} · El Alisio Comunicación S.L. · Calle Triana 40 · 35002 Las Palmas de Gran Canaria</p><p><a '
        'href="/aviso-legal/">Aviso legal</a> · <a href="/privacidad/">Privacidad</a> · <a href="/cookies/">'
        'Cookies</a></p></footer></body></html>'),
    "EN": (
        '<!DOCTYPE html><html lang="es-PY"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}'
        '</head><body class="en"><div class="en-koaga"><span>Ko\'ága</span> <span>Dólar: G. 7.320</span> '
        '<span>Asunción 27 °C</span></div><header class="en-cabecera"><a class="en-logo" href="/">{name}</a><nav>'
        '<a href="/politica/">Política</a><a href="/nacionales/">Nacionales</a><a href="/economia/">Economía</a><a '
        'href="/policiales/">Policiales</a><a href="/deportes/">Deportes</a><a href="/gente/">Gente</a></nav>'
        '</header><div class="en-contenido"><main class="en-principal">{article}</main><aside class="en-costado">'
        '<h3>Lo último</h3><ul>{most_read}</ul></aside></div><footer class="en-pie"><p>{name} · Avda. Mariscal '
        'López 3333 · Asunción</p><p><a href="/contacto/">Contacto</a> · <a href="/clasificados/">Clasificados'
        '</a> · <a href="/terminos/">Términos y condiciones</a></p></footer></body></html>'),
}
