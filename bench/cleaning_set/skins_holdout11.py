"""Page templates (everything around the article) of the 'holdout11' publishers, as each kind of site serves
them: a Cebu-based regional wire desk (a "for subscribers" strip with the PSEi and the peso's rate), a Fijian
radio station's news site (a "listen live" strip with the frequencies and the tide at Suva), a Bolzano city weekly
(the Talfer's level, a "Versione italiana" switch and the pharmacy on duty), a German-language daily in Windhoek
(the Namibian dollar's rate and the day's rainfall), a Bordeaux wine-trade weekly (the Bordeaux bulk price index
and a subscribers' area), a Beirut French-language daily (the parallel-market dollar and the hours of state
electricity), a Dominican TV station's website (a "en vivo" strip and the dollar at the Banco Central) and a Cuenca
regional daily (the air-quality index and the tram's schedule)."""

from __future__ import annotations

PAGES = {
    "VNW": (
        '<!DOCTYPE html><html lang="en-PH"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="vnw"><div class="vnw-strip"><span>PSEi 6,418.22 ▲0.31%</span> <span>US$1 = ₱57.12</span> '
        '<a href="/subscribers/">Subscriber login</a></div><header class="vnw-mast"><a class="vnw-brand" href="/">'
        '{name}</a><nav><a href="/cebu/">Cebu</a><a href="/bohol/">Bohol</a><a href="/negros/">Negros</a><a '
        'href="/leyte-samar/">Leyte &amp; Samar</a><a href="/business/">Business</a><a href="/weather/">Weather</a>'
        '</nav></header><div class="vnw-wrap"><main class="vnw-main">{article}</main><aside class="vnw-side"><h2>'
        'Latest on the wire</h2><ol>{most_read}</ol></aside></div><footer class="vnw-foot"><p>{name} · Visayas Media '
        'Cooperative · Osmeña Boulevard, Cebu City 6000</p><p><a href="/about/">About the wire</a> · <a '
        'href="/rates/">Subscription rates</a> · <a href="/privacy/">Privacy</a></p></footer></body></html>'),
    "CFM": (
        '<!DOCTYPE html><html lang="en-FJ"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="cfm"><div class="cfm-live"><a href="/listen/">Listen live</a> <span>Suva 98.6 · Lautoka 102.2 '
        '· Labasa 94.4</span> <span>High tide Suva 3:42 p.m.</span></div><header class="cfm-head"><a class="cfm-logo" '
        'href="/">{name}</a><nav><a href="/news/">News</a><a href="/west/">Western</a><a href="/north/">Northern</a>'
        '<a href="/business/">Business</a><a href="/sport/">Sport</a><a href="/pacific/">Pacific</a></nav></header>'
        '<div class="cfm-page"><main class="cfm-content">{article}</main><aside class="cfm-rail"><h3>Most listened'
        '</h3><ul>{most_read}</ul></aside></div><footer class="cfm-foot"><p>{name} · Coral Coast Broadcasting Pte '
        'Ltd · Victoria Parade, Suva</p><p><a href="/about/">About us</a> · <a href="/frequencies/">Frequencies</a> '
        '· <a href="/advertise/">Advertise</a></p></footer></body></html>'),
    "BS": (
        '<!DOCTYPE html><html lang="de-IT"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="bs"><div class="bs-oben"><span>Talfer-Pegel: 0,84 m</span> <a href="/it/">Versione italiana'
        '</a> <a href="/apotheken/">Apotheke im Dienst</a></div><header class="bs-kopf"><a class="bs-logo" '
        'href="/">{name}</a><nav><a href="/stadt/">Stadt</a><a href="/viertel/">Stadtviertel</a><a href="/politik/">'
        'Gemeinderat</a><a href="/kultur/">Kultur</a><a href="/sport/">Sport</a><a href="/termine/">Termine</a>'
        '</nav></header><div class="bs-rahmen"><main class="bs-haupt">{article}</main><aside class="bs-rand"><h3>'
        'Diese Woche viel gelesen</h3><ul>{most_read}</ul></aside></div><footer class="bs-fuss"><p>{name} · '
        'Stadtblatt Verlags-GmbH · Lauben 12 · 39100 Bozen · MwSt.-Nr. IT 01234560214</p><p><a href="/impressum/">'
        'Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · <a href="/abo/">Abo</a></p></footer></body>'
        '</html>'),
    "WA": (
        '<!DOCTYPE html><html lang="de-NA"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="wa"><div class="wa-leiste"><span>N$ 1 = 0,051 €</span> <span>Regen Windhoek seit 1. Juli: 0 mm'
        '</span> <a href="/epaper/">E-Zeitung</a></div><header class="wa-kopf"><a class="wa-logo" href="/">{name}'
        '</a><nav><a href="/lokales/">Lokales</a><a href="/landwirtschaft/">Landwirtschaft</a><a href="/wirtschaft/">'
        'Wirtschaft</a><a href="/tourismus/">Tourismus</a><a href="/sport/">Sport</a><a href="/suedafrika/">'
        'Südafrika</a></nav></header><div class="wa-inhalt"><main class="wa-artikelspalte">{article}</main><aside '
        'class="wa-rechts"><h3>Meistgelesen</h3><ol>{most_read}</ol></aside></div><footer class="wa-fuss"><p>{name} · '
        'Anzeiger Medien (Pty) Ltd · Independence Avenue 88 · Windhoek</p><p><a href="/impressum/">Impressum</a> · <a '
        'href="/agb/">AGB</a> · <a href="/kontakt/">Kontakt</a></p></footer></body></html>'),
    "GV": (
        '<!DOCTYPE html><html lang="fr-FR"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="gv"><div class="gv-indice"><span>Indice vrac Bordeaux rouge : 1 020 €/tonneau</span> <a '
        'href="/abonnes/">Espace abonnés</a> <a href="/annonces/">Petites annonces</a></div><header '
        'class="gv-tete"><a class="gv-logo" href="/">{name}</a><nav><a href="/vignoble/">Vignoble</a><a '
        'href="/marches/">Marchés</a><a href="/negoce/">Négoce</a><a href="/technique/">Technique</a><a '
        'href="/reglementation/">Réglementation</a><a href="/salons/">Salons</a></nav></header><div '
        'class="gv-grille"><main class="gv-article">{article}</main><aside class="gv-cote"><h3>Les plus consultés</h3>'
        '<ul>{most_read}</ul></aside></div><footer class="gv-pied"><p>{name} · Éditions du Chai SAS · 17, cours du '
        'Médoc · 33300 Bordeaux</p><p><a href="/mentions-legales/">Mentions légales</a> · <a href="/cgv/">CGV</a> · '
        '<a href="/publicite/">Annonceurs</a></p></footer></body></html>'),
    "CM": (
        '<!DOCTYPE html><html lang="fr-LB"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="cm"><div class="cm-bandeau"><span>Dollar (marché parallèle) : 89 500 LL</span> <span>EDL : 4 h'
        ' de courant à Beyrouth</span> <a href="/ar/">عربي</a></div><header class="cm-entete"><a class="cm-logo" '
        'href="/">{name}</a><nav><a href="/liban/">Liban</a><a href="/beyrouth/">Beyrouth</a><a href="/economie/">'
        'Économie</a><a href="/culture/">Culture</a><a href="/region/">Région</a><a href="/sport/">Sport</a></nav>'
        '</header><div class="cm-page"><main class="cm-corps">{article}</main><aside class="cm-laterale"><h3>Les plus '
        'lus</h3><ol>{most_read}</ol></aside></div><footer class="cm-pied"><p>{name} · Société libanaise de presse '
        'SAL · Rue Monot, Achrafieh, Beyrouth</p><p><a href="/qui-sommes-nous/">Qui sommes-nous</a> · <a '
        'href="/charte/">Charte</a> · <a href="/contact/">Contact</a></p></footer></body></html>'),
    "NC": (
        '<!DOCTYPE html><html lang="es-DO"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="nc"><div class="nc-franja"><a href="/envivo/">EN VIVO: Noticiario Caribe</a> <span>Dólar BC: '
        'RD$63,41</span> <span>Canal 27 · Claro 127</span></div><header class="nc-cab"><a class="nc-logo" href="/">'
        '{name}</a><nav><a href="/nacionales/">Nacionales</a><a href="/santiago/">Santiago</a><a href="/economia/">'
        'Economía</a><a href="/deportes/">Deportes</a><a href="/farandula/">Farándula</a><a href="/clima/">Clima</a>'
        '</nav></header><div class="nc-cuerpo"><main class="nc-nota">{article}</main><aside class="nc-lado"><h3>'
        'Tendencias</h3><ul>{most_read}</ul></aside></div><footer class="nc-pie"><p>{name} · Teleantillas '
        'Comunicaciones S.R.L. · Av. 27 de Febrero núm. 410 · Santo Domingo</p><p><a href="/quienes-somos/">Quiénes '
        'somos</a> · <a href="/privacidad/">Privacidad</a></p></footer></body></html>'),
    "ET": (
        '<!DOCTYPE html><html lang="es-EC"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="tome"><div class="tome-franja"><span>Calidad del aire en Cuenca: buena (ICA 34)</span> <span>'
        'Tranvía: cada 10 minutos</span></div><header class="tome-cab"><a class="tome-logo" href="/">{name}</a><nav>'
        '<a href="/cuenca/">Cuenca</a><a href="/azuay/">Azuay</a><a href="/canar/">Cañar</a><a href="/sucesos/">'
        'Sucesos</a><a href="/deportes/">Deportes</a><a href="/cultura/">Cultura</a></nav></header><div '
        'class="tome-contenido"><main class="tome-principal">{article}</main><aside class="tome-lateral"><h3>Lo '
        'último</h3><ul>{most_read}</ul></aside></div><footer class="tome-pie"><p>{name} · Editorial Tomebamba C.A. · '
        'Calle Larga 7-35 · Cuenca, Ecuador</p><p><a href="/nosotros/">Nosotros</a> · <a href="/privacidad/">'
        'Privacidad</a> · <a href="/anunciantes/">Anunciantes</a></p></footer></body></html>'),
}
