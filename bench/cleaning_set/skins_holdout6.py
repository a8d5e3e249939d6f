"""Page templates (everything around the article) of the 'holdout6' publishers, as each kind of site serves
them: a Canadian public broadcaster's regional service (a bilingual header and a "Listen live" strip), an
Australian metro daily (a masthead with the weather and a paywall meter), a New Zealand rural weekly (a
print-edition flipbook link and a saleyard calendar), a German local-news aggregator (a postcode picker and a
list of sources), a Swiss business paper (an SMI ticker), a Senegalese news site (prayer times and a
currency strip), a French regional radio (its frequencies and the programme on air) and a Chilean daily (the
UF and dollar rates in the header)."""

from __future__ import annotations

PAGES = {
    "BPB": (
        '<!DOCTYPE html><html lang="en-CA"><head><meta charset="utf-8"><title>{title} | BPB News</title>{head}'
        '</head><body class="bpb-page"><div class="bpb-topbar"><a class="bpb-logo" href="/">BPB</a><a '
        'class="bpb-lang" href="/nord">Français</a><a class="bpb-live" href="/listen">Listen live: BPB Thunder Bay '
        '88.3</a></div><nav class="bpb-nav"><a href="/news">News</a><a href="/news/northwest">Northwest</a><a '
        'href="/news/indigenous">Indigenous</a><a href="/weather">Weather</a><a href="/radio">Radio</a></nav>'
        '<main class="bpb-main">{article}<section class="bpb-popular"><h2>Popular Now</h2><ol>{most_read}</ol>'
        '</section></main><footer class="bpb-footer"><p>{name} is Canada\'s fictional northern public broadcaster.'
        '</p><p><a href="/terms">Terms of Use</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">'
        'Accessibility</a> · <a href="/ombudsman">Ombudsman</a></p></footer></body></html>'),
    "SWAN": (
        '<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="sc-article"><header class="sc-masthead"><div class="sc-weather">Perth 24° · Sunny</div><a '
        'class="sc-logo" href="/">THE SWAN COURIER</a><a class="sc-subscribe" href="/subscribe">Subscribe</a>'
        '</header><nav class="sc-nav"><a href="/news/wa">WA News</a><a href="/news/perth">Perth</a><a '
        'href="/sport/afl">AFL</a><a href="/business">Business</a><a href="/real-estate">Real Estate</a></nav><div '
        'class="sc-meter">You have 3 free articles left this month</div><div class="sc-wrap"><main '
        'class="sc-main">{article}</main><aside class="sc-trending"><h3>Trending in WA</h3><ol>{most_read}</ol>'
        '</aside></div><footer class="sc-footer"><p>{name} · Swan Courier Pty Ltd · 50 Hasler Rd, Osborne Park WA '
        '6017</p><p><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/code">Code of Conduct'
        '</a></p></footer></body></html>'),
    "SFW": (
        '<!DOCTYPE html><html lang="en-NZ"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="sfw"><header class="sfw-head"><a class="sfw-logo" href="/">{name}</a><a class="sfw-flip" '
        'href="/edition">Read this week\'s paper</a></header><nav class="sfw-nav"><a href="/dairy">Dairy</a><a '
        'href="/sheep-beef">Sheep &amp; Beef</a><a href="/cropping">Cropping</a><a href="/machinery">Machinery</a>'
        '<a href="/saleyards">Saleyards</a><a href="/classifieds">Classifieds</a></nav><div class="sfw-body"><main '
        'class="sfw-main">{article}</main><aside class="sfw-side"><h3>Most read this week</h3><ul>{most_read}</ul>'
        '<div class="sfw-calendar"><h4>Sale calendar</h4><p>Charlton · Lorneville · Balfour</p></div></aside>'
        '</div><footer class="sfw-foot"><p>{name} · 12 Main St, Gore 9710</p><p><a href="/contact">Contact</a> · '
        '<a href="/advertise">Advertise</a></p></footer></body></html>'),
    "ORT": (
        '<!DOCTYPE html><html lang="de-DE"><head><meta charset="utf-8"><title>{title} – {name}</title>{head}</head>'
        '<body class="ot-page"><header class="ot-header"><a class="ot-logo" href="/">{name}</a><form '
        'class="ot-plz"><label>Ihre PLZ</label><input name="plz" value="36037"><button>Los</button></form></header>'
        '<nav class="ot-nav"><a href="/fulda">Fulda</a><a href="/huenfeld">Hünfeld</a><a href="/rhoen">Rhön</a><a '
        'href="/vogelsberg">Vogelsberg</a><a href="/blaulicht">Blaulicht</a></nav><div class="ot-cols"><main '
        'class="ot-main">{article}</main><aside class="ot-side"><h3>Gerade viel gelesen</h3><ol>{most_read}</ol>'
        '<h3>Unsere Quellen</h3><p>Polizeipräsidium Osthessen · Stadt Fulda · Landkreis Fulda · Partnermedien</p>'
        '</aside></div><footer class="ot-footer"><p>{name} · Ortsticker Medien UG · Heinrichstraße 8 · 36037 Fulda'
        '</p><p><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></footer></body>'
        '</html>'),
    "HHZ": (
        '<!DOCTYPE html><html lang="de-CH"><head><meta charset="utf-8"><title>{title} | HHZ</title>{head}</head>'
        '<body class="hhz"><div class="hhz-ticker"><span>SMI 12 184,3 +0,4%</span> <span>SPI 16 702,9 +0,3%</span> '
        '<span>EUR/CHF 0,9391</span></div><header class="hhz-header"><a class="hhz-logo" href="/">{name}</a><nav><a '
        'href="/unternehmen">Unternehmen</a><a href="/maerkte">Märkte</a><a href="/konjunktur">Konjunktur</a><a '
        'href="/geld">Geld</a><a href="/karriere">Karriere</a></nav><a class="hhz-abo" href="/abo">Abo</a></header>'
        '<div class="hhz-grid"><main class="hhz-main">{article}</main><aside class="hhz-aside"><h3>Meistgelesen</h3>'
        '<ol>{most_read}</ol></aside></div><footer class="hhz-footer"><p>{name} · Handelszeitungs-Verlag AG · '
        'Förrlibuckstrasse 70 · 8005 Zürich</p><p><a href="/agb">AGB</a> · <a href="/datenschutz">Datenschutz</a>'
        '</p></footer></body></html>'),
    "TER": (
        '<!DOCTYPE html><html lang="fr-SN"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}'
        '</head><body class="ta-single"><div class="ta-strip"><span>Fajr 05:32 · Maghrib 19:18</span> <span>1 € = '
        '655,96 F CFA</span></div><header class="ta-header"><a class="ta-logo" href="/">{name}</a><nav><a '
        'href="/politique">Politique</a><a href="/societe">Société</a><a href="/economie">Économie</a><a '
        'href="/sport">Sport</a><a href="/people">People</a><a href="/regions">Régions</a></nav></header><div '
        'class="ta-content"><main class="ta-main">{article}</main><aside class="ta-side"><h3>Les plus lus</h3>'
        '<ul>{most_read}</ul></aside></div><footer class="ta-footer"><p>{name} · Sacré-Cœur 3, Dakar</p><p><a '
        'href="/mentions">Mentions légales</a> · <a href="/contact">Contact</a></p></footer></body></html>'),
    "RCC": (
        '<!DOCTYPE html><html lang="fr-FR"><head><meta charset="utf-8"><title>{title} | RCC</title>{head}</head>'
        '<body class="rcc"><div class="rcc-onair"><button>▶ Direct</button><span>En ce moment : Le 6-9 de RCC'
        '</span></div><header class="rcc-header"><a class="rcc-logo" href="/">{name}</a><p class="rcc-freq">Mende '
        '98.4 · Florac 101.2 · Marvejols 99.1</p><nav><a href="/infos">Infos</a><a href="/sport">Sport</a><a '
        'href="/agenda">Agenda</a><a href="/podcasts">Podcasts</a><a href="/emissions">Émissions</a></nav></header>'
        '<main class="rcc-main">{article}<aside class="rcc-side"><h3>Les plus écoutés</h3><ol>{most_read}</ol>'
        '</aside></main><footer class="rcc-footer"><p>{name} · association loi 1901 · 3, rue des Écoles · 48000 '
        'Mende</p><p><a href="/mentions">Mentions légales</a></p></footer></body></html>'),
    "VIG": (
        '<!DOCTYPE html><html lang="es-CL"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}'
        '</head><body class="ev-nota"><div class="ev-indicadores"><span>UF $39.485,21</span> <span>Dólar $948,30'
        '</span> <span>UTM $68.923</span></div><header class="ev-header"><a class="ev-logo" href="/">{name}</a><nav>'
        '<a href="/valparaiso">Valparaíso</a><a href="/vina-del-mar">Viña del Mar</a><a href="/region">Región</a><a '
        'href="/policial">Policial</a><a href="/deportes">Deportes</a><a href="/wanderers">Wanderers</a></nav>'
        '</header><div class="ev-grilla"><main class="ev-principal">{article}</main><aside class="ev-lateral"><h3>'
        'Lo más leído</h3><ol>{most_read}</ol></aside></div><footer class="ev-pie"><p>{name} · Empresa Periodística '
        'El Vigía S.A. · Esmeralda 1002, Valparaíso</p><p><a href="/contacto">Contacto</a> · <a href="/terminos">'
        'Términos de uso</a></p></footer></body></html>'),
}
