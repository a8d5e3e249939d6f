"""Page templates (everything around the article) of the 'holdout13' publishers, as each kind of site serves
them: a Bozeman, Montana TV station (the station's channel numbers, the current temperature and a "Closings"
link), a Guwahati regional news site in Assam (the e-paper link, a breaking strip and the Brahmaputra's level at
Guwahati), a Swiss motoring magazine (the price of a litre of unleaded and the magazine's test archive), an
Austrian hunting association's magazine in Carinthia (sunrise and sunset for the district and the members' area),
a Franco-Manitoban community radio (the frequencies and a "listen live" button), a Valais regional TV
station (the snow line and the Simplon's status), a Santa Cruz de la Sierra regional daily in Bolivia (the
official and the parallel dollar) and a Nicaraguan baseball federation's news page (the standings link and the
next game)."""

from __future__ import annotations

PAGES = {
    "KB": (
        '<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="kb"><div class="kb-top"><span>Bozeman 61°F</span> <a href="/closings/">Closings &amp; '
        'delays</a> <a href="/live/">Watch KBZM 7 live</a></div><header class="kb-head"><a class="kb-logo" '
        'href="/">{name}</a><nav><a href="/news/">News</a><a href="/weather/">Weather</a><a href="/sports/">Sports'
        '</a><a href="/outdoors/">Outdoors</a><a href="/on-your-side/">7 On Your Side</a></nav></header><div '
        'class="kb-wrap"><main class="kb-main">{article}</main><aside class="kb-rail"><h3>Trending</h3><ol>'
        '{most_read}</ol></aside></div><footer class="kb-foot"><p>{name} · Channel 7 · Bozeman, MT</p><p><a '
        'href="/fcc-public-file/">FCC Public File</a> · <a href="/eeo/">EEO Report</a> · <a href="/contact/">'
        'Contact</a></p></footer></body></html>'),
    "BD": (
        '<!DOCTYPE html><html lang="en-IN"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="bd"><div class="bd-strip"><span>Brahmaputra at Guwahati: 47.62 m</span> <a href="/epaper/">'
        'E-Paper</a> <a href="/assamese/">অসমীয়া</a></div><header class="bd-mast"><a class="bd-logo" href="/">{name}'
        '</a><nav><a href="/assam/">Assam</a><a href="/guwahati/">Guwahati</a><a href="/northeast/">North East</a>'
        '<a href="/business/">Business</a><a href="/sports/">Sports</a></nav></header><div class="bd-grid"><main '
        'class="bd-main">{article}</main><aside class="bd-side"><h3>Most Read</h3><ul>{most_read}</ul></aside></div>'
        '<footer class="bd-foot"><p>{name} · G.S. Road, Christian Basti, Guwahati 781005</p><p><a href="/about/">'
        'About</a> · <a href="/grievance/">Grievance Redressal</a> · <a href="/terms/">Terms</a></p></footer>'
        '</body></html>'),
    "MP": (
        '<!DOCTYPE html><html lang="de-CH"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="mp"><div class="mp-leiste"><span>Bleifrei 95: Fr. 1.84/l</span> <a href="/tests/">'
        'Testarchiv</a> <a href="/abo/">Abo</a></div><header class="mp-kopf"><a class="mp-logo" href="/">{name}</a>'
        '<nav><a href="/news/">News</a><a href="/tests/">Tests</a><a href="/elektro/">Elektro</a><a href="/'
        'verkehr/">Verkehr</a><a href="/motorrad/">Motorrad</a><a href="/occasionen/">Occasionen</a></nav></header>'
        '<div class="mp-seite"><main class="mp-artikel">{article}</main><aside class="mp-rand"><h3>Meistgelesen'
        '</h3><ol>{most_read}</ol></aside></div><footer class="mp-fuss"><p>{name} · Motorpost Medien AG · '
        'Hardturmstrasse 101 · 8005 Zürich</p><p><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">'
        'Datenschutz</a></p></footer></body></html>'),
    "KJ": (
        '<!DOCTYPE html><html lang="de-AT"><head><meta charset="utf-8"><title>{title} – {name}</title>{head}</head>'
        '<body class="kj"><header class="kj-kopf"><a class="kj-logo" href="/">{name}</a><p class="kj-unter">'
        'Mitteilungsblatt der Kärntner Jägerschaft</p><nav><a href="/jagdpraxis/">Jagdpraxis</a><a href="/wild/">'
        'Wild &amp; Hege</a><a href="/bezirke/">Aus den Bezirken</a><a href="/recht/">Jagdrecht</a><a href="/'
        'termine/">Termine</a><a href="/mitglieder/">Mitgliederbereich</a></nav></header><div class="kj-zeile">'
        '<span>Klagenfurt: Sonnenaufgang 6.31 Uhr · Sonnenuntergang 19.24 Uhr</span></div><div class="kj-rahmen">'
        '<main class="kj-haupt">{article}</main><aside class="kj-rand"><h3>Viel gelesen</h3><ul>{most_read}</ul>'
        '</aside></div><footer class="kj-fuss"><p>{name} · Kärntner Jägerschaft · Mageregger Straße 175 · 9020 '
        'Klagenfurt am Wörthersee</p><p><a href="/impressum/">Impressum</a> · <a href="/offenlegung/">Offenlegung'
        '</a></p></footer></body></html>'),
    "PR": (
        '<!DOCTYPE html><html lang="fr-CA"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="pr"><div class="pr-antenne"><a href="/direct/">Écouter en direct</a> <span>Winnipeg 88,1 FM · '
        'Saint-Pierre-Jolys 91,9 FM</span></div><header class="pr-tete"><a class="pr-logo" href="/">{name}</a><nav>'
        '<a href="/manitoba/">Manitoba</a><a href="/francophonie/">Francophonie</a><a href="/sante/">Santé</a><a '
        'href="/agriculture/">Agriculture</a><a href="/sports/">Sports</a><a href="/balados/">Balados</a></nav>'
        '</header><div class="pr-page"><main class="pr-contenu">{article}</main><aside class="pr-colonne"><h3>Les '
        'plus lus</h3><ul>{most_read}</ul></aside></div><footer class="pr-pied"><p>{name} · radio communautaire '
        'de langue française · boulevard Provencher, Saint-Boniface</p><p><a href="/membres/">Devenir membre</a> · <a '
        'href="/normes/">Normes et pratiques</a></p></footer></body></html>'),
    "VM": (
        '<!DOCTYPE html><html lang="fr-CH"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="vm"><div class="vm-bandeau"><span>Limite pluie-neige : 3200 m</span> <span>Col du Simplon : '
        'ouvert</span> <a href="/replay/">Replay</a></div><header class="vm-entete"><a class="vm-logo" '
        'href="/">{name}</a><nav><a href="/valais/">Valais</a><a href="/sion/">Sion</a><a href="/chablais/">Chablais'
        '</a><a href="/montagne/">Montagne</a><a href="/sports/">Sports</a><a href="/economie/">Économie</a></nav>'
        '</header><div class="vm-grille"><main class="vm-article">{article}</main><aside class="vm-cote"><h3>Les '
        'plus vus</h3><ol>{most_read}</ol></aside></div><footer class="vm-pied"><p>{name} · Rhône TV SA · '
        'rue de l\'Industrie 13 · 1950 Sion</p><p><a href="/impressum/">Impressum</a> · <a href="/cgu/">CGU</a></p>'
        '</footer></body></html>'),
    "EO": (
        '<!DOCTYPE html><html lang="es-BO"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="eo"><div class="eo-franja"><span>Dólar oficial: Bs 6,96</span> <span>Paralelo: Bs 13,40'
        '</span> <a href="/impreso/">Edición impresa</a></div><header class="eo-cab"><a class="eo-logo" href="/">'
        '{name}</a><nav><a href="/santa-cruz/">Santa Cruz</a><a href="/pais/">País</a><a href="/economia/">Economía'
        '</a><a href="/seguridad/">Seguridad</a><a href="/deportes/">Deportes</a></nav></header><div '
        'class="eo-cuerpo"><main class="eo-nota">{article}</main><aside class="eo-lado"><h3>Lo más leído</h3><ul>'
        '{most_read}</ul></aside></div><footer class="eo-pie"><p>{name} · Editorial Oriente S.R.L. · Av. San Martín '
        '2120 · Santa Cruz de la Sierra</p><p><a href="/quienes-somos/">Quiénes somos</a> · <a href="/contacto/">'
        'Contacto</a></p></footer></body></html>'),
    "FB": (
        '<!DOCTYPE html><html lang="es-NI"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="fb"><div class="fb-top"><a href="/posiciones/">Tabla de posiciones</a> <span>Próximo: León vs. '
        'Chinandega, sáb. 2:00 p. m.</span></div><header class="fb-cab"><a class="fb-logo" href="/">{name}</a><nav>'
        '<a href="/noticias/">Noticias</a><a href="/campeonato/">Campeonato</a><a href="/selecciones/">Selecciones'
        '</a><a href="/juvenil/">Juvenil</a><a href="/comision-disciplinaria/">Disciplina</a></nav></header><div '
        'class="fb-main"><main class="fb-nota">{article}</main><aside class="fb-lado"><h3>Lo último</h3><ol>'
        '{most_read}</ol></aside></div><footer class="fb-pie"><p>{name} · Estadio Nacional Soberanía, Managua</p>'
        '<p><a href="/estatutos/">Estatutos</a> · <a href="/contacto/">Contacto</a></p></footer></body></html>'),
}
