"""Page templates (everything around the article) of the 'holdout14' publishers, as each kind of site serves
them: a Launceston regional daily in Tasmania (the Tamar's tide at Low Head, the Bass Strait ferry and the
death-notices link), a Whitehorse commercial radio's newsroom in the Yukon (the frequencies, the request line and
a "listen" button), a hop-growers' trade weekly in the Hallertau, Bavaria (the spot price of Perle and the
e-paper), a German-language daily of the German minority in Aabenraa, North Schleswig (Denmark) (the krone's rate
and a Danish menu), a city weekly in Rimouski, Québec (the Publisac flyers and the weather), a Douala daily in
Cameroon (the kiosk price and the weather at Bonanjo), a Quetzaltenango regional news site in Guatemala (the
quetzal's rate and the Santiaguito volcano's alert level) and a Balearic tourism trade daily in Palma (the
airport's passengers yesterday and the professionals' login)."""

from __future__ import annotations

PAGES = {
    "TC": (
        '<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="tc"><div class="tc-ribbon"><span>Low Head: high tide 4.12pm, 3.1m</span> <a href="/notices/'
        '">Death &amp; funeral notices</a> <a href="/digital-print/">Today\'s paper</a></div><header '
        'class="tc-masthead"><a class="tc-brand" href="/">{name}</a><nav class="tc-nav"><a href="/news/">News</a><a '
        'href="/north-east/">North-East</a><a href="/sport/">Sport</a><a href="/rural/">Rural</a><a href="/court/">'
        'Court</a><a href="/what-s-on/">What\'s On</a></nav></header><div class="tc-layout"><main class="tc-col">'
        '{article}</main><aside class="tc-aside"><h3>Popular in Launceston</h3><ol>{most_read}</ol></aside></div>'
        '<footer class="tc-footer"><p>{name} · 71 Paterson Street, Launceston TAS 7250</p><p><a href="/'
        'conditions/">Conditions of use</a> · <a href="/press-council/">Complaints</a></p></footer></body></html>'),
    "CK": (
        '<!DOCTYPE html><html lang="en-CA"><head><meta charset="utf-8"><title>{title} — {name}</title>{head}</head>'
        '<body class="ck"><div class="ck-onair"><button class="ck-play">Listen live</button> <span>96.5 FM '
        'Whitehorse · 101.1 Dawson · 98.3 Watson Lake</span> <span>Request line 867-555-0965</span></div><header '
        'class="ck-header"><a class="ck-logo" href="/">{name}</a><nav><a href="/news/">News</a><a href="/weather/">'
        'Weather</a><a href="/community/">Community</a><a href="/contests/">Contests</a><a href="/on-air/">On Air</a>'
        '</nav></header><div class="ck-frame"><main class="ck-news">{article}</main><aside class="ck-side"><h3>Top '
        'stories</h3><ul>{most_read}</ul></aside></div><footer class="ck-footer"><p>{name} · 203-4103 Fourth Ave., '
        'Whitehorse, Y.T. Y1A 1H6</p><p><a href="/privacy/">Privacy</a> · <a href="/accessibility/">Accessibility'
        '</a></p></footer></body></html>'),
    "HK": (
        '<!DOCTYPE html><html lang="de-DE"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="hk"><div class="hk-notiz"><span>Perle Spot: 7,40 €/kg</span> <a href="/e-paper/">E-Paper</a>'
        ' <a href="/anzeigen/">Anzeigen</a></div><header class="hk-kopfzeile"><a class="hk-marke" href="/">{name}'
        '</a><p class="hk-claim">Fachblatt für Hopfenbau und Brauwirtschaft</p><nav><a href="/markt/">Markt</a><a '
        'href="/anbau/">Anbau</a><a href="/technik/">Technik</a><a href="/verband/">Verband</a><a href="/brauerei/">'
        'Brauerei</a></nav></header><div class="hk-bereich"><main class="hk-inhalt">{article}</main><aside '
        'class="hk-spalte"><h3>Meistgelesen</h3><ol>{most_read}</ol></aside></div><footer class="hk-unten"><p>{name}'
        ' · Hopfenkurier Verlag GmbH · Marktplatz 9 · 85283 Wolnzach</p><p><a href="/impressum/">Impressum</a> · '
        '<a href="/mediadaten/">Mediadaten</a></p></footer></body></html>'),
    "GE": (
        '<!DOCTYPE html><html lang="de-DK"><head><meta charset="utf-8"><title>{title} · {name}</title>{head}</head>'
        '<body class="ge"><div class="ge-top"><span>1 € = 7,46 kr.</span> <a href="/da/">Dansk</a> <a href="/'
        'abo/">Abonnement</a></div><header class="ge-header"><a class="ge-logo" href="/">{name}</a><nav><a '
        'href="/nordschleswig/">Nordschleswig</a><a href="/apenrade/">Apenrade</a><a href="/hadersleben/">'
        'Hadersleben</a><a href="/tondern/">Tondern</a><a href="/sonderburg/">Sonderburg</a><a href="/minderheit/">'
        'Minderheit</a></nav></header><div class="ge-raster"><main class="ge-main">{article}</main><aside '
        'class="ge-neben"><h3>Am meisten gelesen</h3><ul>{most_read}</ul></aside></div><footer class="ge-fuss"><p>'
        '{name} · Skibbroen 4 · 6200 Aabenraa</p><p><a href="/impressum/">Impressum</a> · <a href="/cookies/">'
        'Cookies</a></p></footer></body></html>'),
    "EH": (
        '<!DOCTYPE html><html lang="fr-CA"><head><meta charset="utf-8"><title>{title} – {name}</title>{head}</head>'
        '<body class="eh"><div class="eh-meteo"><span>Rimouski 14 °C</span> <a href="/circulaires/">Circulaires</a>'
        ' <a href="/avis-de-deces/">Avis de décès</a></div><header class="eh-haut"><a class="eh-logo" href="/">'
        '{name}</a><nav><a href="/actualites/">Actualités</a><a href="/municipal/">Municipal</a><a href="/'
        'communaute/">Communauté</a><a href="/sports/">Sports</a><a href="/culture/">Culture</a></nav></header><div '
        'class="eh-conteneur"><main class="eh-principal">{article}</main><aside class="eh-droite"><h3>Les plus lus'
        '</h3><ol>{most_read}</ol></aside></div><footer class="eh-bas"><p>{name} · 217, rue Saint-Germain Est, '
        'Rimouski (Québec) G5L 1B3</p><p><a href="/conditions/">Conditions</a> · <a href="/plaintes/">Plaintes</a>'
        '</p></footer></body></html>'),
    "MW": (
        '<!DOCTYPE html><html lang="fr-CM"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="mw"><div class="mw-bandeau"><span>Douala (Bonanjo) 27 °C, averses</span> <span>En kiosque : '
        '400 FCFA</span></div><header class="mw-entete"><a class="mw-logo" href="/">{name}</a><nav><a href="/'
        'politique/">Politique</a><a href="/economie/">Économie</a><a href="/societe/">Société</a><a href="/'
        'littoral/">Littoral</a><a href="/sports/">Sports</a></nav></header><div class="mw-colonnes"><main '
        'class="mw-article">{article}</main><aside class="mw-laterale"><h3>À la une</h3><ul>{most_read}</ul>'
        '</aside></div><footer class="mw-pied"><p>{name} · Rue Joss, Bonanjo, BP 5025 Douala</p><p><a href="/'
        'redaction/">La rédaction</a> · <a href="/publicite/">Publicité</a></p></footer></body></html>'),
    "XH": (
        '<!DOCTYPE html><html lang="es-GT"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="xh"><div class="xh-franja"><span>Dólar: Q7,71</span> <span>Santiaguito: alerta amarilla'
        '</span> <a href="/radio/">Radio en vivo</a></div><header class="xh-cabecera"><a class="xh-logo" href="/">'
        '{name}</a><nav><a href="/xela/">Xela</a><a href="/occidente/">Occidente</a><a href="/migracion/">Migración'
        '</a><a href="/deportes/">Deportes</a><a href="/cultura/">Cultura</a></nav></header><div class="xh-cuerpo">'
        '<main class="xh-nota">{article}</main><aside class="xh-columna"><h3>Lo más visto</h3><ol>{most_read}</ol>'
        '</aside></div><footer class="xh-pie"><p>{name} · 14 avenida 3-42, zona 1, Quetzaltenango</p><p><a href="/'
        'nosotros/">Nosotros</a> · <a href="/privacidad/">Privacidad</a></p></footer></body></html>'),
    "TB": (
        '<!DOCTYPE html><html lang="es-ES"><head><meta charset="utf-8"><title>{title} · {name}</title>{head}</head>'
        '<body class="tb"><div class="tb-datos"><span>Son Sant Joan ayer: 97.412 pasajeros</span> <a href="/acceso-'
        'profesionales/">Acceso profesionales</a></div><header class="tb-cab"><a class="tb-marca" href="/">{name}</a>'
        '<nav><a href="/hoteles/">Hoteles</a><a href="/cruceros/">Cruceros</a><a href="/aerolineas/">Aerolíneas</a>'
        '<a href="/empleo/">Empleo</a><a href="/opinion/">Opinión</a></nav></header><div class="tb-dos"><main '
        'class="tb-texto">{article}</main><aside class="tb-lateral"><h3>Lo más leído</h3><ul>{most_read}</ul>'
        '</aside></div><footer class="tb-pie"><p>{name} · Passeig de Mallorca 12 · 07012 Palma</p><p><a href="/'
        'aviso-legal/">Aviso legal</a> · <a href="/cookies/">Cookies</a></p></footer></body></html>'),
}
