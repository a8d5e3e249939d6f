"""Page templates (everything around the article) of the 'holdout17' publishers, as each kind of site serves
them: a weekly in Jamestown, Saint Helena (the ship and the Saturday flight, the pound's rate), an
English-language news site in Tórshavn, Faroe Islands (the krone, the Smyril ferry and the fog at Vágar), an
island weekly on Helgoland (the Halunder Jet and the duty-free diesel), an Allgäu dairy trade paper in Kempten
(the butter and skimmed-milk powder quotes), a Cayenne daily in French Guiana (the next launch and the Larivot
bridge), a French-language site in Aosta (the Mont-Blanc tunnel and the euro), an Ushuaia daily in Tierra del Fuego
(the daylight and the Beagle channel) and a Hanga Roa community radio on Rapa Nui (the frequency and the Mataveri
flight).  Some rails are tables or definition lists."""

from __future__ import annotations

PAGES = {
    "WB": (
        '<!DOCTYPE html><html lang="en-SH"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}'
        '</head><body class="wb"><table class="wb-strip"><tr><th>Next flight</th><td>Sat, JNB 08.30</td><th>'
        'MV Helena</th><td>due Thu</td></tr></table><header class="wb-top"><a class="wb-top__logo" href="/">{name}'
        '</a><p class="wb-top__motto">Jamestown · Longwood · Levelwood · Ascension</p><nav><a href="/news/">News'
        '</a><a href="/council/">Council</a><a href="/fishing/">Fishing</a><a href="/sport/">Sport</a><a '
        'href="/notices/">Notices</a></nav></header><div class="wb-wrap"><main class="wb-wrap__main">{article}'
        '</main><aside class="wb-wrap__side"><h3>Most read this week</h3><ol>{most_read}</ol></aside></div><footer '
        'class="wb-foot"><p>{name} · Main Street, Jamestown, STHL 1ZZ</p><p><a href="/contact/">Contact us</a> · <a '
        'href="/complaints/">Complaints</a></p></footer></body></html>'),
    "FT": (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="ft"><div class="ft-ticker"><span>1 EUR = 7.46 DKK</span> <span>Vágar: fog, 300 m</span> '
        '<span>Smyril: on time</span></div><header class="ft-head"><a class="ft-head__brand" href="/">{name}</a>'
        '<nav><a href="/news/">News</a><a href="/politics/">Politics</a><a href="/fishing/">Fishing</a><a '
        'href="/travel/">Travel</a><a href="/culture/">Culture</a></nav></header><div class="ft-grid"><main '
        'class="ft-grid__main">{article}</main><aside class="ft-grid__rail"><h3>Trending in the islands</h3><ul>'
        '{most_read}</ul></aside></div><footer class="ft-foot"><p>{name} · Niels Finsens gøta 9, FO-100 Tórshavn'
        '</p><p><a href="/about/">About</a> · <a href="/privacy/">Privacy</a></p></footer></body></html>'),
    "IK": (
        '<!DOCTYPE html><html lang="de-DE"><head><meta charset="utf-8"><title>{title} – {name}</title>{head}</head>'
        '<body class="ik"><dl class="ik-leiste"><dt>Halunder Jet</dt><dd>ab Hamburg 9.00 Uhr</dd><dt>Diesel '
        'zollfrei</dt><dd>1,31 €</dd></dl><header class="ik-kopf"><a class="ik-kopf__titel" href="/">{name}</a>'
        '<nav><a href="/insel/">Insel</a><a href="/duene/">Düne</a><a href="/hafen/">Hafen</a><a href="/gemeinde/">'
        'Gemeinde</a><a href="/termine/">Termine</a></nav></header><div class="ik-spalten"><main '
        'class="ik-spalten__text">{article}</main><aside class="ik-spalten__rand"><h3>Oft gelesen</h3><ol>'
        '{most_read}</ol></aside></div><footer class="ik-fuss"><p>{name} · Lung Wai 27 · 27498 Helgoland</p><p><a '
        'href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></p></footer></body></html>'),
    "AM": (
        '<!DOCTYPE html><html lang="de-DE"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="am"><table class="am-notierung"><tr><th>Butter Kempten</th><td>7,10 €/kg</td><th>MMP</th>'
        '<td>2,61 €/kg</td></tr></table><header class="am-kopf"><a class="am-marke" href="/">{name}</a><nav><a '
        'href="/markt/">Markt</a><a href="/stall/">Stall</a><a href="/zucht/">Zucht</a><a href="/technik/">Technik'
        '</a><a href="/politik/">Agrarpolitik</a></nav></header><div class="am-seite"><main class="am-seite__inhalt">'
        '{article}</main><aside class="am-seite__leiste"><h3>Meistgelesen</h3><ol>{most_read}</ol></aside></div>'
        '<footer class="am-fuss"><p>{name} · Bahnhofstraße 61 · 87435 Kempten (Allgäu)</p><p><a href="/impressum/">'
        'Impressum</a> · <a href="/mediadaten/">Mediadaten</a></p></footer></body></html>'),
    "CO": (
        '<!DOCTYPE html><html lang="fr-GF"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="co"><div class="co-bandeau"><span>Prochain tir : Ariane 6</span> <span>Pont du Larivot : '
        'fluide</span> <a href="/journal/">Le journal du jour</a></div><header class="co-entete"><a class="co-logo" '
        'href="/">{name}</a><nav><a href="/cayenne/">Cayenne</a><a href="/kourou/">Kourou</a><a href="/ouest/">'
        'Ouest</a><a href="/fleuves/">Fleuves</a><a href="/sports/">Sports</a></nav></header><div class="co-page">'
        '<main class="co-page__art">{article}</main><aside class="co-page__col"><h3>Les plus lus</h3><ol>'
        '{most_read}</ol></aside></div><footer class="co-pied"><p>{name} · 12, rue Lallouette, 97300 Cayenne</p>'
        '<p><a href="/mentions-legales/">Mentions légales</a> · <a href="/abonnement/">Abonnement</a></p></footer>'
        '</body></html>'),
    "DI": (
        '<!DOCTYPE html><html lang="fr-IT"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="di"><dl class="di-barre"><dt>Tunnel du Mont-Blanc</dt><dd>ouvert</dd><dt>Aoste</dt><dd>'
        '14 °C</dd></dl><header class="di-tete"><a class="di-logo" href="/">{name}</a><nav><a href="/aoste/">Aoste'
        '</a><a href="/vallees/">Vallées</a><a href="/montagne/">Montagne</a><a href="/culture/">Culture</a><a '
        'href="/sport/">Sport</a></nav></header><div class="di-corps"><main class="di-corps__texte">{article}'
        '</main><aside class="di-corps__marge"><h3>Les plus lus de la Vallée</h3><ul>{most_read}</ul></aside></div>'
        '<footer class="di-bas"><p>{name} · Place Émile-Chanoux 4, 11100 Aoste</p><p><a href="/redaction/">'
        'Rédaction</a> · <a href="/confidentialite/">Confidentialité</a></p></footer></body></html>'),
    "GF": (
        '<!DOCTYPE html><html lang="es-AR"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="gf"><div class="gf-franja"><span>Ushuaia 3 °C</span> <span>Canal Beagle: navegable</span> '
        '<a href="/edicion-impresa/">Edición impresa</a></div><header class="gf-cab"><a class="gf-logo" href="/">'
        '{name}</a><nav><a href="/ushuaia/">Ushuaia</a><a href="/rio-grande/">Río Grande</a><a href="/tolhuin/">'
        'Tolhuin</a><a href="/antartida/">Antártida</a><a href="/deportes/">Deportes</a></nav></header><div '
        'class="gf-cuerpo"><main class="gf-cuerpo__nota">{article}</main><aside class="gf-cuerpo__lat"><h3>Lo más '
        'leído</h3><ol>{most_read}</ol></aside></div><footer class="gf-pie"><p>{name} · Av. San Martín 850 · '
        '(9410) Ushuaia, Tierra del Fuego</p><p><a href="/staff/">Staff</a> · <a href="/contacto/">Contacto</a>'
        '</p></footer></body></html>'),
    "MN": (
        '<!DOCTYPE html><html lang="es-CL"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="mn"><div class="mn-aire"><span>En vivo: 101.3 FM</span> <span>Mataveri: LA841 aterrizó</span> '
        '<a href="/escuchar/">Escuchar</a></div><header class="mn-cab"><a class="mn-logo" href="/">{name}</a><nav>'
        '<a href="/isla/">Isla</a><a href="/comunidad/">Comunidad</a><a href="/cultura/">Cultura</a><a '
        'href="/deportes/">Deportes</a><a href="/continente/">Conti</a></nav></header><div class="mn-rejilla"><main '
        'class="mn-rejilla__nota">{article}</main><aside class="mn-rejilla__lado"><h3>Lo más escuchado</h3><ul>'
        '{most_read}</ul></aside></div><footer class="mn-pie"><p>{name} · Atamu Tekena s/n, Hanga Roa, Rapa Nui</p>'
        '<p><a href="/nosotros/">Nosotros</a> · <a href="/contacto/">Contacto</a></p></footer></body></html>'),
}
