"""Page templates (everything around the article) of the 'holdout16' publishers, as each kind of site serves
them: a community weekly in Stornoway, Isle of Lewis (the CalMac sailings table and the Sabbath line), a
commercial radio station's newsroom in Hagåtña, Guam (the on-air show and the condition of readiness), a local
daily in Leer, East Frisia (the Ems gauge and the tea-time strip), a district weekly in Zell am See, Pinzgau
(the lake's temperature and the Schmittenhöhe lift), a Libreville daily in Gabon (the CFA franc and the kiosk),
a Nouméa news site in New Caledonia (the time in Paris and the lagoon), a Comodoro Rivadavia daily in Chubut,
Patagonia (the wind and the Medanito crude price) and a Malabo news site in Equatorial Guinea (the Bata
crossing and the Spanish-French switch).  Some rails are tables or definition lists."""

from __future__ import annotations

PAGES = {
    "MG": (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{title} :: {name}</title>{head}'
        '</head><body class="mg"><table class="mg-sailings"><tr><th>Stornoway–Ullapool</th><td>07.00</td>'
        '<td>14.00</td><td>Sun: no sailing</td></tr></table><header class="mg-masthead"><a class="mg-masthead__t" '
        'href="/">{name}</a><p class="mg-masthead__s">Lewis · Harris · the Uists · Barra</p><nav><a href="/news/">'
        'News</a><a href="/crofting/">Crofting</a><a href="/gaidhlig/">Gàidhlig</a><a href="/sport/">Sport</a><a '
        'href="/notices/">Notices</a></nav></header><div class="mg-cols"><main class="mg-cols__story">{article}'
        '</main><aside class="mg-cols__side"><h3>Read most this week</h3><ol>{most_read}</ol></aside></div><footer '
        'class="mg-bottom"><p>{name} · 10 Francis Street, Stornoway HS1 2XB</p><p><a href="/contact/">Contact</a> · '
        '<a href="/ipso/">Complaints</a></p></footer></body></html>'),
    "IR": (
        '<!DOCTYPE html><html lang="en-GU"><head><meta charset="utf-8"><title>{title} — {name}</title>{head}</head>'
        '<body class="ir"><div class="ir-onair"><span class="ir-onair__show">ON AIR: The Island Morning Show</span> '
        '<span class="ir-onair__cor">COR 4</span> <a href="/stream/">Stream</a></div><header class="ir-head"><a '
        'class="ir-head__logo" href="/">{name}</a><nav class="ir-head__nav"><a href="/local/">Local</a><a '
        'href="/military/">Military</a><a href="/cnmi/">CNMI</a><a href="/weather/">Weather</a><a href="/sports/">'
        'Sports</a></nav></header><div class="ir-layout"><main class="ir-layout__main">{article}</main><aside '
        'class="ir-layout__side"><h3>Island headlines</h3><ul>{most_read}</ul></aside></div><footer class="ir-foot">'
        '<p>{name} · 111 Chalan Santo Papa, Hagåtña, Guam 96910</p><p><a href="/eeo/">EEO</a> · <a href="/'
        'public-file/">Public inspection file</a></p></footer></body></html>'),
    "OR": (
        '<!DOCTYPE html><html lang="de-DE"><head><meta charset="utf-8"><title>{title} › {name}</title>{head}</head>'
        '<body class="or"><dl class="or-pegel"><dt>Pegel Leerort</dt><dd>+1,84 m</dd><dt>Teezeit</dt><dd>15 Uhr'
        '</dd></dl><header class="or-kopf"><a class="or-kopf__marke" href="/">{name}</a><nav><a href="/leer/">Leer'
        '</a><a href="/emden/">Emden</a><a href="/aurich/">Aurich</a><a href="/rheiderland/">Rheiderland</a><a '
        'href="/inseln/">Inseln</a><a href="/sport/">Sport</a></nav></header><div class="or-rahmen"><main '
        'class="or-rahmen__text">{article}</main><aside class="or-rahmen__rand"><h3>Heute viel gelesen</h3><ol>'
        '{most_read}</ol></aside></div><footer class="or-fuss"><p>{name} · Mühlenstraße 40 · 26789 Leer</p><p><a '
        'href="/impressum/">Impressum</a> · <a href="/leserservice/">Leserservice</a></p></footer></body></html>'),
    "PW": (
        '<!DOCTYPE html><html lang="de-AT"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="pw"><div class="pw-oben"><span>Zeller See: 19 °C</span> <span>Schmittenhöhe: Bahn in Betrieb'
        '</span> <a href="/epaper/">E-Paper</a></div><header class="pw-kopf"><a class="pw-logo" href="/">{name}</a>'
        '<nav><a href="/zell-am-see/">Zell am See</a><a href="/saalfelden/">Saalfelden</a><a href="/mittersill/">'
        'Mittersill</a><a href="/kaprun/">Kaprun</a><a href="/sport/">Sport</a><a href="/wirtschaft/">Wirtschaft'
        '</a></nav></header><div class="pw-raster"><main class="pw-raster__haupt">{article}</main><aside '
        'class="pw-raster__seite"><h3>Meistgelesen im Pinzgau</h3><ol>{most_read}</ol></aside></div><footer '
        'class="pw-ende"><p>{name} · Loferer Bundesstraße 12 · 5700 Zell am See</p><p><a href="/impressum/">'
        'Impressum</a> · <a href="/offenlegung/">Offenlegung</a></p></footer></body></html>'),
    "GA": (
        '<!DOCTYPE html><html lang="fr-GA"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="ga"><div class="ga-bandeau"><span>1 € = 655,957 FCFA</span> <span>Baril de Brent : 74,20 $'
        '</span> <a href="/kiosque/">Le journal en kiosque</a></div><header class="ga-entete"><a class="ga-logo" '
        'href="/">{name}</a><nav><a href="/politique/">Politique</a><a href="/societe/">Société</a><a href="/'
        'economie/">Économie</a><a href="/provinces/">Provinces</a><a href="/sports/">Sports</a></nav></header><div '
        'class="ga-grille"><main class="ga-grille__article">{article}</main><aside class="ga-grille__marge"><h3>Les '
        'plus lus</h3><ol>{most_read}</ol></aside></div><footer class="ga-pied"><p>{name} · Boulevard Triomphal, '
        'BP 3849, Libreville</p><p><a href="/redaction/">La rédaction</a> · <a href="/annonces/">Annonces légales'
        '</a></p></footer></body></html>'),
    "CI": (
        '<!DOCTYPE html><html lang="fr-NC"><head><meta charset="utf-8"><title>{title} – {name}</title>{head}</head>'
        '<body class="ci"><div class="ci-haut"><span>Nouméa 27 °C</span> <span>Paris : il est 2 h 15</span> <span>'
        'Nickel LME : 15 880 $/t</span></div><header class="ci-tete"><a class="ci-marque" href="/">{name}</a><nav>'
        '<a href="/grand-noumea/">Grand Nouméa</a><a href="/brousse/">Brousse</a><a href="/iles/">Îles</a><a '
        'href="/economie/">Économie</a><a href="/sport/">Sport</a></nav></header><div class="ci-corps"><main '
        'class="ci-corps__art">{article}</main><aside class="ci-corps__lat"><h3>Les plus lus du Caillou</h3><ul>'
        '{most_read}</ul></aside></div><footer class="ci-bas"><p>{name} · 21, rue de Sébastopol, 98800 Nouméa</p>'
        '<p><a href="/mentions/">Mentions légales</a> · <a href="/contact/">Contact</a></p></footer></body></html>'),
    "CG": (
        '<!DOCTYPE html><html lang="es-AR"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="cg"><div class="cg-franja"><span>Viento: O 62 km/h</span> <span>Medanito: US$ 68,40</span> <a '
        'href="/edicion-digital/">Edición digital</a></div><header class="cg-cabecera"><a class="cg-logo" href="/">'
        '{name}</a><nav><a href="/comodoro/">Comodoro</a><a href="/golfo/">Golfo San Jorge</a><a href="/petroleo/">'
        'Petróleo</a><a href="/chubut/">Chubut</a><a href="/deportes/">Deportes</a></nav></header><div '
        'class="cg-cuerpo"><main class="cg-cuerpo__nota">{article}</main><aside class="cg-cuerpo__col"><h3>Lo más '
        'visto</h3><ol>{most_read}</ol></aside></div><footer class="cg-pie"><p>{name} · San Martín 1050 · (9000) '
        'Comodoro Rivadavia, Chubut</p><p><a href="/staff/">Staff</a> · <a href="/contacto/">Contacto</a></p>'
        '</footer></body></html>'),
    "BH": (
        '<!DOCTYPE html><html lang="es-GQ"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="bh"><div class="bh-cinta"><span>Malabo–Bata: próximo barco el jueves</span> <a href="/fr/">'
        'Français</a> <a href="/es/">Español</a></div><header class="bh-cab"><a class="bh-logo" href="/">{name}</a>'
        '<nav><a href="/bioko/">Bioko</a><a href="/continental/">Región Continental</a><a href="/annobon/">Annobón'
        '</a><a href="/economia/">Economía</a><a href="/cultura/">Cultura</a></nav></header><div class="bh-rejilla">'
        '<main class="bh-rejilla__centro">{article}</main><aside class="bh-rejilla__der"><h3>Lo más leído</h3><ul>'
        '{most_read}</ul></aside></div><footer class="bh-pie"><p>{name} · Calle de Argelia, Malabo</p><p><a '
        'href="/quienes-somos/">Quiénes somos</a> · <a href="/aviso-legal/">Aviso legal</a></p></footer></body>'
        '</html>'),
}
