"""Page templates (everything around the article) of the 'holdout5' publishers, as each kind of site serves
them: a US public-radio station on a public-media CMS (a "persistent player" and a station-ID bar), an Irish
regional daily on a Polopoly-style CMS, an Indian business site (AMP-like markup, market ticker in the
header), a German tech magazine (a trade-press layout with a "heise-style" article column), a Luxembourg news
site (language switcher FR/DE/LU), a French sports daily (live-score bar), a Mexican national site and an
Argentine regional site."""

from __future__ import annotations

PAGES = {
    "KRPR": (
        '<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{title} | KRPR</title>{head}</head>'
        '<body class="station-page"><div class="station-bar"><a href="/" class="station-logo">KRPR 89.7 FM</a>'
        '<span class="station-tagline">Kettle River Public Radio · An NPR member station</span><a '
        'class="station-donate" href="/support">Donate</a></div><div id="persistent-player" '
        'class="persistent-player"><button class="pp-play">Listen Live</button><span class="pp-now">Morning '
        'Edition</span></div><nav class="station-nav"><a href="/news">News</a><a href="/programs">Programs</a>'
        '<a href="/schedule">Schedule</a><a href="/events">Events</a><a href="/support">Support</a></nav><main '
        'class="station-main">{article}<aside class="station-aside"><h2>Most Viewed</h2><ul>{most_read}</ul>'
        '</aside></main><footer class="station-footer"><p>{name} is a service of Kettle River University.</p>'
        '<p>101 University Ave., Marlow, WI 54801 · (715) 555-0100</p><p><a href="/fcc">FCC Public File</a> · <a '
        'href="/privacy">Privacy Policy</a> · <a href="/eeo">EEO Report</a></p></footer></body></html>'),
    "SHANNON": (
        '<!DOCTYPE html><html lang="en-IE"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}'
        '</head><body class="p-article"><header class="p-header"><a class="p-logo" href="/">{name}</a><nav><a '
        'href="/news">News</a><a href="/sport">Sport</a><a href="/gaa">GAA</a><a href="/farming">Farming</a><a '
        'href="/deaths">Death Notices</a><a href="/property">Property</a></nav><a class="p-subscribe" '
        'href="/subscribe">Subscribe</a></header><div class="p-container"><div class="p-main">{article}</div><div '
        'class="p-sidebar"><h3>Most Read</h3><ol>{most_read}</ol></div></div><footer class="p-footer"><p>© '
        'Shannon Echo Media Ltd, Mill Road, Ennis, Co. Clare, V95 X2K4.</p><p>{name} is a member of the Press '
        'Council of Ireland.</p><p><a href="/privacy">Privacy</a> · <a href="/cookies">Cookie Policy</a></p>'
        '</footer></body></html>'),
    "DALAL": (
        '<!DOCTYPE html><html lang="en-IN"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}'
        '</head><body class="dw-story"><div class="dw-ticker"><span>Sensex 81,206.45 ▲0.32%</span> <span>Nifty '
        '24,812.10 ▲0.29%</span> <span>USD/INR 87.62</span></div><header class="dw-header"><a class="dw-logo" '
        'href="/">{name}</a><nav><a href="/markets">Markets</a><a href="/companies">Companies</a><a '
        'href="/ipo">IPO</a><a href="/mutual-funds">Mutual Funds</a><a href="/personal-finance">Personal '
        'Finance</a><a href="/economy">Economy</a></nav><a class="dw-premium" href="/premium">Dalal Premium</a>'
        '</header><div class="dw-layout"><main class="dw-main">{article}</main><aside class="dw-aside"><h2>Trending '
        'Stories</h2><ul>{most_read}</ul></aside></div><footer class="dw-footer"><p>Copyright © {year} Dalal Wire '
        'Media Pvt. Ltd. All rights reserved.</p><p><a href="/about">About Us</a> · <a href="/contact">Contact</a> · '
        '<a href="/terms">Terms of Use</a> · <a href="/grievance">Grievance Redressal</a></p></footer></body>'
        '</html>'),
    "KOMPASS": (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="tk-page"><header class="tk-header"><a class="tk-logo" href="/">{name}</a><nav '
        'class="tk-nav"><a href="/news">News</a><a href="/tests">Tests</a><a href="/ratgeber">Ratgeber</a><a '
        'href="/security">Security</a><a href="/preisvergleich">Preisvergleich</a><a href="/forum">Forum</a>'
        '</nav><a class="tk-plus" href="/plus">TK+</a></header><div class="tk-grid"><main class="tk-article-col">'
        '{article}</main><aside class="tk-rail"><h3>Meistkommentiert</h3><ol>{most_read}</ol></aside></div><footer '
        'class="tk-footer"><p>{name} · Kompass Fachverlag GmbH · Karl-Wiechert-Allee 10 · 30625 Hannover</p><p><a '
        'href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/mediadaten">'
        'Mediadaten</a></p></footer></body></html>'),
    "ALZETTE": (
        '<!DOCTYPE html><html lang="fr-LU"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}'
        '</head><body class="ea-article"><div class="ea-langbar"><a href="/fr" class="is-active">FR</a> <a '
        'href="/de">DE</a> <a href="/lb">LU</a></div><header class="ea-header"><a class="ea-logo" href="/">{name}'
        '</a><nav><a href="/luxembourg">Luxembourg</a><a href="/sud">Sud</a><a href="/frontaliers">Frontaliers</a>'
        '<a href="/economie">Économie</a><a href="/sport">Sport</a></nav></header><main class="ea-main">{article}'
        '<aside class="ea-aside"><h2>Les plus lus</h2><ol>{most_read}</ol></aside></main><footer '
        'class="ea-footer"><p>{name} · Éditions Minett S.A. · 44, rue de l\'Alzette · L-4011 Esch-sur-Alzette</p>'
        '<p><a href="/impressum">Mentions légales</a> · <a href="/cookies">Cookies</a></p></footer></body></html>'),
    "SPRINT": (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="ls-article"><div class="ls-scorebar"><span>Ligue 1 : PSG 2-0 Nice</span> <span>Lens 1-1 '
        'Lille</span> <span>OM 3-1 Brest</span></div><header class="ls-header"><a class="ls-logo" href="/">LE '
        'SPRINT</a><nav><a href="/football">Football</a><a href="/mercato">Mercato</a><a href="/rugby">Rugby</a>'
        '<a href="/cyclisme">Cyclisme</a><a href="/tennis">Tennis</a><a href="/paris-sportifs">Paris sportifs</a>'
        '</nav><a class="ls-abo" href="/abonnement">S\'abonner</a></header><div class="ls-wrap"><main '
        'class="ls-main">{article}</main><aside class="ls-side"><h2>Les plus lus</h2><ol>{most_read}</ol></aside>'
        '</div><footer class="ls-footer"><p>© Le Sprint {year}</p><p><a href="/cgu">CGU</a> · <a '
        'href="/confidentialite">Confidentialité</a></p></footer></body></html>'),
    "ANAHUAC": (
        '<!DOCTYPE html><html lang="es-MX"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}'
        '</head><body class="da-nota"><header class="da-header"><a class="da-logo" href="/">{name}</a><nav><a '
        'href="/nacion">Nación</a><a href="/cdmx">CDMX</a><a href="/estados">Estados</a><a href="/dinero">Dinero'
        '</a><a href="/mundo">Mundo</a><a href="/espectaculos">Espectáculos</a></nav></header><div '
        'class="da-cuerpo"><main class="da-principal">{article}</main><aside class="da-lateral"><h3>Lo más visto'
        '</h3><ol>{most_read}</ol></aside></div><footer class="da-pie"><p>Diario Anáhuac, S.A. de C.V. · Av. '
        'Insurgentes Sur 1200, Col. del Valle, CDMX</p><p><a href="/aviso-de-privacidad">Aviso de privacidad</a> · '
        '<a href="/terminos">Términos y condiciones</a></p></footer></body></html>'),
    "ANDINO": (
        '<!DOCTYPE html><html lang="es-AR"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}'
        '</head><body class="an-nota"><header class="an-header"><a class="an-logo" href="/">{name}</a><nav><a '
        'href="/mendoza">Mendoza</a><a href="/san-rafael">San Rafael</a><a href="/valle-de-uco">Valle de Uco</a>'
        '<a href="/policiales">Policiales</a><a href="/economia">Economía</a><a href="/deportes">Deportes</a></nav>'
        '<a class="an-suscribite" href="/suscripciones">Suscribite</a></header><div class="an-contenedor"><main '
        'class="an-principal">{article}</main><aside class="an-lateral"><h3>Lo más leído</h3><ol>{most_read}</ol>'
        '</aside></div><footer class="an-pie"><p>{name} · Av. San Martín 1450 · Mendoza</p><p>Registro DNDA en '
        'trámite · <a href="/contacto">Contacto</a></p></footer></body></html>'),
}
