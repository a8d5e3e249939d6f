"""Page templates (everything around the article) of the 'holdout12' publishers, as each kind of site serves
them: a Kampala university's student paper (the semester's countdown to exams and a "Guild elections" strip), a
Newfoundland fishing trade site (the day's marine forecast area and the price of diesel at the wharf), a
Liechtenstein regional daily (the franc's rate to the euro and the Rhine's level at Vaduz), a German-language
Lutheran community weekly in Sibiu (the daily watchword in the masthead and the parish office's hours), a Malagasy
business wire (the ariary's fixing and a "for issuers" link), a Saint-Pierre-et-Miquelon public broadcaster (the
radio's frequencies, local time and the airport's status), a Costa Rican farm trade site (the coffee price in New
York and the dollar at the Central Bank) and a Panamanian tabloid (the last lottery number and a "Chismes"
section)."""

from __future__ import annotations

PAGES = {
    "NL": (
        '<!DOCTYPE html><html lang="en-UG"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="lantern"><div class="lantern-strip"><span>Semester II exams begin in 41 days</span> <a '
        'href="/guild-elections/">Guild elections 2025</a> <a href="/print/">Print edition (PDF)</a></div><header '
        'class="lantern-head"><a class="lantern-logo" href="/">{name}</a><p class="lantern-motto">By students, for '
        'the campus</p><nav><a href="/campus/">Campus</a><a href="/guild/">Guild</a><a href="/academics/">Academics'
        '</a><a href="/sports/">Sports</a><a href="/opinion/">Opinion</a><a href="/arts/">Arts</a></nav></header>'
        '<div class="lantern-wrap"><main class="lantern-main">{article}</main><aside class="lantern-side"><h3>Trending'
        ' on campus</h3><ol>{most_read}</ol></aside></div><footer class="lantern-foot"><p>{name} · Media Centre, '
        'Room 14 · Nakawa University, Kampala</p><p><a href="/about/">About us</a> · <a href="/join/">Join the '
        'Lantern</a> · <a href="/advertise/">Advertise</a></p></footer></body></html>'),
    "HL": (
        '<!DOCTYPE html><html lang="en-CA"><head><meta charset="utf-8"><title>{title} — {name}</title>{head}</head>'
        '<body class="hlog"><div class="hlog-bar"><span>Marine forecast: Avalon — SW 15–20 kn</span> <span>Wharf '
        'diesel, Bay Bulls: $1.71/L</span> <a href="/subscribe/">Subscribe</a></div><header class="hlog-mast"><a '
        'class="hlog-logo" href="/">{name}</a><nav><a href="/landings/">Landings</a><a href="/prices/">Prices</a><a '
        'href="/quotas/">Quotas &amp; DFO</a><a href="/safety/">Safety</a><a href="/boats/">Boats &amp; gear</a><a '
        'href="/aquaculture/">Aquaculture</a></nav></header><div class="hlog-body"><main class="hlog-main">{article}'
        '</main><aside class="hlog-rail"><h3>Most read this week</h3><ul>{most_read}</ul></aside></div><footer '
        'class="hlog-foot"><p>{name} · Harbour Log Publishing Inc. · Water Street, St. John\'s, NL</p><p><a '
        'href="/about/">About</a> · <a href="/advertise/">Advertise</a> · <a href="/privacy/">Privacy</a></p></footer>'
        '</body></html>'),
    "LM": (
        '<!DOCTYPE html><html lang="de-LI"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="lm"><div class="lm-kopfleiste"><span>1 CHF = 1,07 €</span> <span>Rhein bei Vaduz: 2,31 m'
        '</span> <a href="/epaper/">E-Paper</a> <a href="/login/">Anmelden</a></div><header class="lm-kopf"><a '
        'class="lm-logo" href="/">{name}</a><nav><a href="/inland/">Inland</a><a href="/gemeinden/">Gemeinden</a><a '
        'href="/wirtschaft/">Wirtschaft</a><a href="/region/">Region</a><a href="/sport/">Sport</a><a '
        'href="/kultur/">Kultur</a></nav></header><div class="lm-seite"><main class="lm-artikelbereich">{article}'
        '</main><aside class="lm-spalte"><h3>Meistgelesen</h3><ol>{most_read}</ol></aside></div><footer '
        'class="lm-fuss"><p>{name} · Morgenblatt Verlags-AG · Städtle 20 · 9490 Vaduz</p><p><a href="/impressum/">'
        'Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · <a href="/abo/">Abo &amp; Service</a></p>'
        '</footer></body></html>'),
    "SG": (
        '<!DOCTYPE html><html lang="de-RO"><head><meta charset="utf-8"><title>{title} – {name}</title>{head}</head>'
        '<body class="sg"><header class="sg-kopf"><a class="sg-logo" href="/">{name}</a><p class="sg-unterzeile">'
        'Wochenblatt der evangelischen Gemeinden A.B. in Siebenbürgen</p><nav><a href="/gemeinden/">Aus den '
        'Gemeinden</a><a href="/kirche/">Kirche</a><a href="/kultur/">Kultur</a><a href="/heimat/">Heimat</a><a '
        'href="/termine/">Termine</a><a href="/archiv/">Archiv</a></nav></header><div class="sg-zeile"><span>Pfarramt '
        'Hermannstadt: Mo–Fr 9–13 Uhr</span> <a href="/ro/">Română</a></div><div class="sg-rahmen"><main '
        'class="sg-haupt">{article}</main><aside class="sg-rand"><h3>Gern gelesen</h3><ul>{most_read}</ul></aside>'
        '</div><footer class="sg-fuss"><p>{name} · Huetplatz 1 · 550182 Sibiu/Hermannstadt</p><p><a '
        'href="/impressum/">Impressum</a> · <a href="/abo/">Abonnement</a> · <a href="/kontakt/">Kontakt</a></p>'
        '</footer></body></html>'),
    "TEF": (
        '<!DOCTYPE html><html lang="fr-MG"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="tef"><div class="tef-ticker"><span>EUR/MGA 5 212,40</span> <span>USD/MGA 4 498,15</span> <a '
        'href="/emetteurs/">Espace émetteurs</a></div><header class="tef-entete"><a class="tef-logo" href="/">{name}'
        '</a><nav><a href="/depeches/">Dépêches</a><a href="/marches/">Marchés</a><a href="/mines/">Mines</a><a '
        'href="/agro/">Agro-export</a><a href="/communiques/">Communiqués</a><a href="/nominations/">Nominations</a>'
        '</nav></header><div class="tef-grille"><main class="tef-depeche">{article}</main><aside class="tef-cote"><h3>'
        'Dernières dépêches</h3><ul>{most_read}</ul></aside></div><footer class="tef-pied"><p>{name} · Immeuble '
        'Fitaratra, Ankorondrano · Antananarivo 101</p><p><a href="/conditions/">Conditions d\'utilisation</a> · <a '
        'href="/tarifs/">Tarifs</a></p></footer></body></html>'),
    "RA": (
        '<!DOCTYPE html><html lang="fr-PM"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="ra"><div class="ra-antenne"><a href="/direct/">Écouter le direct</a> <span>Saint-Pierre 98.9 · '
        'Miquelon 100.3</span> <span>Aéroport Pointe-Blanche : ouvert</span></div><header class="ra-tete"><a '
        'class="ra-logo" href="/">{name}</a><nav><a href="/info/">Info</a><a href="/miquelon/">Miquelon</a><a '
        'href="/peche/">Pêche</a><a href="/sport/">Sport</a><a href="/culture/">Culture</a><a href="/replay/">Replay'
        '</a></nav></header><div class="ra-page"><main class="ra-contenu">{article}</main><aside class="ra-colonne">'
        '<h3>À la une</h3><ul>{most_read}</ul></aside></div><footer class="ra-pied"><p>{name} · service public '
        'de l\'audiovisuel · Place du Général-de-Gaulle, Saint-Pierre</p><p><a href="/mentions/">Mentions légales</a>'
        ' · <a href="/accessibilite/">Accessibilité</a></p></footer></body></html>'),
    "SU": (
        '<!DOCTYPE html><html lang="es-CR"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="surco"><div class="surco-franja"><span>Café NY (dic.): 3,84 US$/lb</span> <span>Dólar BCCR: '
        '₡503,12</span> <a href="/clasificados/">Clasificados</a></div><header class="surco-cab"><a class="surco-logo" '
        'href="/">{name}</a><nav><a href="/cafe/">Café</a><a href="/ganaderia/">Ganadería</a><a href="/granos/">'
        'Granos</a><a href="/clima/">Clima</a><a href="/mercados/">Mercados</a><a href="/maquinaria/">Maquinaria</a>'
        '</nav></header><div class="surco-cuerpo"><main class="surco-nota">{article}</main><aside class="surco-lado">'
        '<h3>Lo más visto</h3><ul>{most_read}</ul></aside></div><footer class="surco-pie"><p>{name} · Medios del '
        'Agro S.A. · San José, Costa Rica</p><p><a href="/nosotros/">Nosotros</a> · <a href="/pauta/">Paute con '
        'nosotros</a></p></footer></body></html>'),
    "CE": (
        '<!DOCTYPE html><html lang="es-PA"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="chiva"><div class="chiva-top"><span>¡Salió el 4017!</span> <a href="/chismes/">Chismes</a> '
        '<a href="/horoscopo/">Horóscopo</a></div><header class="chiva-cab"><a class="chiva-logo" href="/">{name}'
        '</a><nav><a href="/sucesos/">Sucesos</a><a href="/la-calle/">La calle</a><a href="/farandula/">Farándula'
        '</a><a href="/deportes/">Deportes</a><a href="/loteria/">Lotería</a></nav></header><div class="chiva-main">'
        '<main class="chiva-nota">{article}</main><aside class="chiva-lado"><h3>Lo más chivo</h3><ol>{most_read}'
        '</ol></aside></div><footer class="chiva-pie"><p>{name} · Editora Chiva S.A. · Vía España, Panamá</p><p><a '
        'href="/contacto/">Contacto</a> · <a href="/privacidad/">Privacidad</a></p></footer></body></html>'),
}
