"""Page templates (everything around the article) of the 'holdout7' publishers, as each kind of site serves
them: a US state-capitol nonprofit (a session-day counter and a "Donate" button in the header), a Scottish
daily (a masthead with the day's tide and a puzzles link), a South African digital site (a data-saver switch
and the rand in the header), an Austrian public broadcaster's regional studio (a radio strip and the
byline after the story), a German logistics trade site (a freight-index ticker and a jobs link), a Moroccan
French-language site (prayer times and an Arabic edition link), a Swiss French-language daily (the Léman's
temperature and a subscriber login) and a Colombian regional site (the coffee price and the peso in the
header)."""

from __future__ import annotations

PAGES = {
    "CK": (
        '<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}'
        '</head><body class="single single-post newspack-theme"><div class="ck-topline"><span>Pennsylvania '
        'General Assembly · 2025-26 session</span> <a class="ck-donate-top" href="/donate">Donate</a></div>'
        '<header class="site-header"><a class="custom-logo-link" href="/">{name}</a><nav class="main-menu"><a '
        'href="/budget/">Budget</a><a href="/legislature/">Legislature</a><a href="/elections/">Elections</a><a '
        'href="/courts/">Courts</a><a href="/about/">About us</a></nav></header><div id="content" '
        'class="site-content"><main id="main">{article}</main><aside class="ck-sidebar"><h2>Most read</h2><ol>'
        '{most_read}</ol></aside></div><footer class="site-footer"><p>{name} is a nonprofit, nonpartisan newsroom '
        'based in Harrisburg.</p><p><a href="/ethics/">Ethics policy</a> · <a href="/donors/">Our donors</a> · '
        '<a href="/privacy/">Privacy</a></p></footer></body></html>'),
    "TC": (
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}'
        '</head><body class="tc-body"><header class="tc-masthead"><div class="tc-tide">High water Dundee 14:52'
        '</div><a class="tc-logo" href="/">The Tayside Courant</a><a class="tc-puzzle-link" href="/puzzles">'
        'Puzzles</a><a class="tc-login" href="/account">My account</a></header><nav class="tc-nav"><a '
        'href="/news/dundee">Dundee</a><a href="/news/angus-mearns">Angus</a><a href="/news/perth-kinross">Perth'
        '</a><a href="/news/fife">Fife</a><a href="/sport">Sport</a><a href="/fishing">Fishing</a></nav><div '
        'class="tc-layout"><main class="tc-main">{article}</main><aside class="tc-rail"><h2>Most read</h2><ol>'
        '{most_read}</ol></aside></div><footer class="tc-footer"><p>{name} · Courant Media Ltd · 80 Kingsway '
        'West, Dundee DD2 3QJ</p><p><a href="/terms">Terms</a> · <a href="/cookies">Cookies</a> · <a '
        'href="/ipso">IPSO</a></p></footer></body></html>'),
    "HD": (
        '<!DOCTYPE html><html lang="en-ZA"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}'
        '</head><body class="hd"><div class="hd-strip"><span>USD/ZAR 17.62</span> <span>JSE All Share 98 412'
        '</span> <a href="/lite">Data saver</a></div><header class="hd-header"><a class="hd-logo" href="/">'
        '{name}</a><nav><a href="/news/joburg">Joburg</a><a href="/news/tshwane">Tshwane</a><a href="/news/'
        'ekurhuleni">Ekurhuleni</a><a href="/politics">Politics</a><a href="/sport">Sport</a></nav></header>'
        '<div class="hd-page">{article}<aside class="hd-aside"><h3>Popular</h3><ul>{most_read}</ul></aside></div>'
        '<footer class="hd-footer"><p>{name} (Pty) Ltd · Juta Street, Braamfontein, Johannesburg</p><p><a '
        'href="/paia">PAIA manual</a> · <a href="/press-code">Press Code</a> · <a href="/privacy">POPIA notice'
        '</a></p></footer></body></html>'),
    "ALP": (
        '<!DOCTYPE html><html lang="de-AT"><head><meta charset="utf-8"><title>{title} - tirol.ALP.example</title>'
        '{head}</head><body class="alp"><div class="alp-radiobar"><button>Radio Tirol live</button><span>Jetzt: '
        'Tirol am Vormittag</span></div><header class="alp-kopf"><a class="alp-logo" href="/">ALP Tirol</a><nav>'
        '<a href="/">Tirol</a><a href="/stories/wetter">Wetter</a><a href="/stories/verkehr">Verkehr</a><a '
        'href="/stories/sport">Sport</a><a href="/stories/kultur">Kultur</a></nav></header><main '
        'class="alp-inhalt">{article}<section class="alp-meistgelesen"><h2>Meistgelesen</h2><ul>{most_read}</ul>'
        '</section></main><footer class="alp-fuss"><p>{name} · Landesstudio Tirol · Rennweg 14 · 6020 Innsbruck'
        '</p><p><a href="/impressum">Impressum/Offenlegung</a> · <a href="/datenschutz">Datenschutz</a></p>'
        '</footer></body></html>'),
    "LD": (
        '<!DOCTYPE html><html lang="de-DE"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}'
        '</head><body class="ld-site"><div class="ld-indexleiste"><span>Containerindex Asien-Europa 3.118 $'
        '</span> <span>Diesel (Großhandel) 1,43 €/l</span></div><header class="ld-kopf"><a class="ld-logo" '
        'href="/">{name}</a><nav><a href="/seefracht">Seefracht</a><a href="/strasse">Straße</a><a href="/'
        'schiene">Schiene</a><a href="/luftfracht">Luftfracht</a><a href="/jobs">Jobs</a></nav><a '
        'class="ld-login" href="/login">Anmelden</a></header><div class="ld-raster"><main class="ld-haupt">'
        '{article}</main><aside class="ld-rand"><h3>Meistgelesen</h3><ol>{most_read}</ol></aside></div><footer '
        'class="ld-fuss"><p>Depesche Fachmedien GmbH · Großer Burstah 31 · 20457 Hamburg</p><p><a '
        'href="/impressum">Impressum</a> · <a href="/mediadaten">Mediadaten</a></p></footer></body></html>'),
    "EB": (
        '<!DOCTYPE html><html lang="fr-MA"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}'
        '</head><body class="eb-page"><div class="eb-bandeau"><span>Rabat : Dohr 13:29 · Asr 16:58</span> '
        '<span>1 € = 10,62 DH</span> <a href="/ar/">العربية</a></div><header class="eb-entete"><a '
        'class="eb-logo" href="/">{name}</a><nav><a href="/maroc">Maroc</a><a href="/economie">Économie</a><a '
        'href="/societe">Société</a><a href="/monde">Monde</a><a href="/sport">Sport</a></nav></header><div '
        'class="eb-conteneur"><main class="eb-principal">{article}</main><aside class="eb-colonne"><h3>Les plus '
        'consultés</h3><ol>{most_read}</ol></aside></div><footer class="eb-pied"><p>{name} · Avenue Mohammed V, '
        'Rabat</p><p><a href="/mentions">Mentions légales</a> · <a href="/publicite">Publicité</a></p></footer>'
        '</body></html>'),
    "TL": (
        '<!DOCTYPE html><html lang="fr-CH"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}'
        '</head><body class="tl-page"><div class="tl-meteo">Léman 19,4 °C · Lausanne 22°</div><header '
        'class="tl-header"><a class="tl-logo" href="/">{name}</a><nav><a href="/vaud">Vaud</a><a href="/suisse">'
        'Suisse</a><a href="/economie">Économie</a><a href="/sports">Sports</a><a href="/culture">Culture</a>'
        '</nav><a class="tl-connexion" href="/connexion">Se connecter</a></header><div class="tl-wrap"><main '
        'class="tl-main">{article}</main><aside class="tl-side"><h3>Les plus lus</h3><ol>{most_read}</ol>'
        '</aside></div><footer class="tl-footer"><p>{name} · Avenue de la Gare 33 · 1003 Lausanne</p><p><a '
        'href="/cgv">CGV</a> · <a href="/protection-des-donnees">Protection des données</a></p></footer></body>'
        '</html>'),
    "AAD": (
        '<!DOCTYPE html><html lang="es-CO"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}'
        '</head><body class="aad-sitio"><div class="aad-indicadores"><span>Dólar $4.021</span> <span>Café '
        '$2.845.000 la carga</span> <span>Pico y placa: 4 y 9</span></div><header class="aad-cabezote"><a '
        'class="aad-logo" href="/">{name}</a><nav><a href="/medellin">Medellín</a><a href="/antioquia">Antioquia'
        '</a><a href="/orden-publico">Orden público</a><a href="/deportes">Deportes</a><a href="/opinion">Opinión'
        '</a></nav></header><div class="aad-contenedor"><main class="aad-principal">{article}</main><aside '
        'class="aad-lateral"><h3>Lo más leído</h3><ol>{most_read}</ol></aside></div><footer class="aad-pie"><p>'
        '{name} S.A.S. · Carrera 43A, Medellín</p><p><a href="/terminos">Términos y condiciones</a> · <a '
        'href="/datos">Tratamiento de datos</a></p></footer></body></html>'),
}
