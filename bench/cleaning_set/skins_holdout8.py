"""Page templates (everything around the article) of the 'holdout8' publishers, as each kind of site serves
them: a US Gulf-coast TV station (a weather strip with a "Watch live" link and an FCC public-file link in
the footer), a Welsh-border weekly in English (a Cymraeg/English switch above the masthead), a Nigerian
daily (a naira, Brent and stock-index ticker and an e-paper link), a German regional public radio (a live
player strip, no ads, a frequencies page), a Swiss farming weekly (the dairy price and a classifieds link),
a Belgian business site (Bel 20 and euro quotes, a VAT number in the footer), an Ivorian news site (a
"Flash" strip with the cocoa price and the CFA franc) and a Uruguayan regional daily (the dollar at the
state bank and the river's daily report in the header)."""

from __future__ import annotations

PAGES = {
    "WBYX": (
        '<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="wbyx"><div class="wbyx-wx"><span>First Alert Weather · Mobile 88° · Rip current risk: '
        'moderate</span> <a href="/live/">Watch live</a></div><header class="wbyx-header"><a class="wbyx-logo" '
        'href="/">{name}</a><nav><a href="/news/">News</a><a href="/weather/">Weather</a><a href="/traffic/">'
        'Traffic</a><a href="/investigates/">10 Investigates</a><a href="/sports/">Sports</a><a href="/community/">'
        'Community</a></nav></header><div class="wbyx-grid"><main class="wbyx-main">{article}</main><aside '
        'class="wbyx-rail"><h2>Most watched</h2><ol>{most_read}</ol></aside></div><footer class="wbyx-footer"><p>'
        '{name} · 1 Broadcast Plaza · Mobile, AL 36602</p><p><a href="/fcc-public-file/">FCC public file</a> · '
        '<a href="/eeo/">EEO report</a> · <a href="/closed-captioning/">Closed captioning</a></p></footer></body>'
        '</html>'),
    "TVO": (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="tvo"><div class="tvo-iaith"><a href="/cy/">Cymraeg</a> | <span>English</span></div><header '
        'class="tvo-masthead"><a class="tvo-logo" href="/">{name}</a><p class="tvo-strap">Cardigan · Newcastle '
        'Emlyn · Lampeter · Llandysul</p><nav><a href="/news/">News</a><a href="/sport/">Sport</a><a '
        'href="/eisteddfodau/">Eisteddfodau</a><a href="/farming/">Farming</a><a href="/announcements/">'
        'Announcements</a><a href="/e-edition/">e-Edition</a></nav></header><div class="tvo-cols"><main '
        'class="tvo-main">{article}</main><aside class="tvo-side"><h3>Popular this week</h3><ol>{most_read}</ol>'
        '</aside></div><footer class="tvo-foot"><p>{name} · Teifi Valley Newspapers Ltd · Pendre, Cardigan SA43 '
        '1JL</p><p><a href="/contact/">Contact</a> · <a href="/complaints/">Complaints</a> · <a href="/privacy/">'
        'Privacy</a></p></footer></body></html>'),
    "LC": (
        '<!DOCTYPE html><html lang="en-NG"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="single lc"><div class="lc-ticker"><span>NGN/USD 1,532.40</span> <span>Brent $67.10</span> '
        '<span>NGX ASI 141,208</span></div><header class="lc-head"><a class="lc-brand" href="/">{name}</a><nav '
        'class="lc-menu"><a href="/category/news/">News</a><a href="/category/politics/">Politics</a><a '
        'href="/category/business/">Business</a><a href="/category/metro/">Metro</a><a href="/category/sports/">'
        'Sports</a><a href="/category/entertainment/">Entertainment</a></nav><a class="lc-epaper" href="/e-paper/">'
        'E-Paper</a></header><div class="lc-wrap"><main class="lc-content">{article}</main><aside '
        'class="lc-sidebar"><h4>Latest News</h4><ul>{most_read}</ul></aside></div><footer class="lc-footer"><p>'
        '{name} · Plot 14, Acme Road, Ogba Industrial Scheme, Ikeja, Lagos</p><p><a href="/advertise/">Advertise'
        '</a> · <a href="/privacy-policy/">Privacy policy</a> · <a href="/contact-us/">Contact us</a></p></footer>'
        '</body></html>'),
    "NKF": (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="nkf"><div class="nkf-player"><button>Live hören</button><span>NKF Vorpommern · Jetzt: '
        'Vorpommern am Nachmittag</span></div><header class="nkf-kopf"><a class="nkf-logo" href="/">{name}</a><nav>'
        '<a href="/nachrichten/">Nachrichten</a><a href="/verkehr/">Verkehr</a><a href="/wetter/">Wetter</a><a '
        'href="/podcasts/">Podcasts</a><a href="/programm/">Programm</a><a href="/frequenzen/">Frequenzen</a>'
        '</nav></header><div class="nkf-seite"><main class="nkf-haupt">{article}</main><aside class="nkf-rand">'
        '<h2>Meistgeklickt</h2><ul>{most_read}</ul></aside></div><footer class="nkf-fuss"><p>{name} · Studio '
        'Greifswald · Domstraße 8 · 17489 Greifswald</p><p><a href="/impressum/">Impressum</a> · <a '
        'href="/datenschutz/">Datenschutz</a> · <a href="/barrierefreiheit/">Barrierefreiheit</a></p></footer>'
        '</body></html>'),
    "BP": (
        '<!DOCTYPE html><html lang="de-CH"><head><meta charset="utf-8"><title>{title} – {name}</title>{head}'
        '</head><body class="bp"><div class="bp-top"><span>Richtpreis Molkereimilch: 76.2 Rp./kg</span> <a '
        'href="/marktplatz/">Marktplatz</a> <a href="/abo/">Abo</a> <a href="/login/">Login</a></div><header '
        'class="bp-kopf"><a class="bp-logo" href="/">{name}</a><nav><a href="/tiere/">Tiere</a><a href="/pflanzen/">'
        'Pflanzen</a><a href="/markt/">Markt &amp; Preise</a><a href="/agrarpolitik/">Agrarpolitik</a><a '
        'href="/technik/">Technik</a><a href="/familie/">Familie</a></nav></header><div class="bp-raster"><main '
        'class="bp-haupt">{article}</main><aside class="bp-seite"><h3>Am meisten gelesen</h3><ol>{most_read}</ol>'
        '</aside></div><footer class="bp-fuss"><p>Agrarmedien Bauernpost AG · Laupenstrasse 18 · 3008 Bern</p><p>'
        '<a href="/impressum/">Impressum</a> · <a href="/agb/">AGB</a> · <a href="/datenschutz/">Datenschutz</a>'
        '</p></footer></body></html>'),
    "MW": (
        '<!DOCTYPE html><html lang="fr-BE"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}'
        '</head><body class="mw"><div class="mw-cotations"><span>Bel 20 4 512,36</span> <span>EUR/USD 1,1682</span> '
        '<span>Brent 67,10 $</span></div><header class="mw-entete"><a class="mw-logo" href="/">{name}</a><nav><a '
        'href="/entreprises/">Entreprises</a><a href="/marches/">Marchés</a><a href="/emploi/">Emploi</a><a '
        'href="/immobilier/">Immobilier</a><a href="/regions/">Régions</a></nav><a class="mw-abo" '
        'href="/abonnement/">S’abonner</a></header><div class="mw-page"><main class="mw-principal">{article}</main>'
        '<aside class="mw-colonne"><h3>Les plus consultés cette semaine</h3><ol>{most_read}</ol></aside></div>'
        '<footer class="mw-pied"><p>Éditions du Moniteur SA · Rue de Fer 25 · 5000 Namur · TVA BE 0412.345.678'
        '</p><p><a href="/mentions-legales/">Mentions légales</a> · <a href="/vie-privee/">Vie privée</a></p>'
        '</footer></body></html>'),
    "AM": (
        '<!DOCTYPE html><html lang="fr-CI"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}'
        '</head><body class="am"><div class="am-flash"><span>Flash</span> <span>Cacao bord champ 1 800 FCFA/kg'
        '</span> <span>1 € = 655,957 FCFA</span></div><header class="am-header"><a class="am-logo" href="/">{name}'
        '</a><nav><a href="/politique/">Politique</a><a href="/economie/">Économie</a><a href="/societe/">Société'
        '</a><a href="/regions/">Régions</a><a href="/sport/">Sport</a><a href="/culture/">Culture</a></nav>'
        '</header><div class="am-body"><main class="am-main">{article}</main><aside class="am-side"><h3>À la une'
        '</h3><ul>{most_read}</ul></aside></div><footer class="am-footer"><p>{name} · Cocody II Plateaux, Abidjan '
        '· 01 BP 5550 Abidjan 01</p><p><a href="/qui-sommes-nous/">Qui sommes-nous</a> · <a href="/contact/">'
        'Contact</a> · <a href="/cgu/">CGU</a></p></footer></body></html>'),
    "LO": (
        '<!DOCTYPE html><html lang="es-UY"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}'
        '</head><body class="lo"><div class="lo-barra"><span>Dólar BROU $ 40,15</span> <span>Río Uruguay en '
        'Paysandú: parte diario</span> <span>Paysandú 21 °C</span></div><header class="lo-cabezal"><a '
        'class="lo-logo" href="/">{name}</a><nav><a href="/paysandu/">Paysandú</a><a href="/litoral/">Litoral</a>'
        '<a href="/agro/">Agro</a><a href="/policiales/">Policiales</a><a href="/deportes/">Deportes</a><a '
        'href="/opinion/">Opinión</a></nav><a class="lo-suscripciones" href="/suscripciones/">Suscripciones</a>'
        '</header><div class="lo-cuerpo"><main class="lo-principal">{article}</main><aside class="lo-costado"><h3>'
        'Las más vistas</h3><ol>{most_read}</ol></aside></div><footer class="lo-pie"><p>{name} · 18 de Julio 1255 '
        '· Paysandú</p><p><a href="/contacto/">Contacto</a> · <a href="/avisos/">Avisos clasificados</a> · <a '
        'href="/privacidad/">Privacidad</a></p></footer></body></html>'),
}
