"""Page templates (everything around the article) of the 'holdout15' publishers, as each kind of site serves
them: an English-language daily in Valletta, Malta (the Grand Harbour's arrivals and the Gozo Channel's next
crossing), a public radio station in Bethel, Alaska, on the Yukon-Kuskokwim Delta (the AM frequency, the tundra
weather and a "listen" button), a regional news site in Dornbirn, Vorarlberg (the Rhine's level at Lustenau and the
Pfänder webcam), the Catholic diocesan weekly of Münster, Westphalia (the Sunday's readings and the bookshop), a
Cap-Haïtien news site in Haiti (the gourde's reference rate and the power hours of the day), a weekly of the Aven
country in Finistère, Brittany (the market days and the tide coefficient), a Galician-coast fishing news site in
Vigo (the first auction's start and the weather at sea) and a San Pedro Sula daily in Honduras (the lempira's
rate and the epaper)."""

from __future__ import annotations

PAGES = {
    "VL": (
        '<!DOCTYPE html><html lang="en-MT"><head><meta charset="utf-8"><title>{title} – {name}</title>{head}</head>'
        '<body class="vl"><div class="vl-strip"><span>Grand Harbour today: 3 cruise liners</span> <span>Gozo '
        'Channel: next departure Ċirkewwa 10.45</span> <a href="/e-edition/">E-edition</a></div><header '
        'class="vl-mast"><a class="vl-mast__logo" href="/">{name}</a><nav class="vl-mast__nav"><a href="/local/">'
        'Local</a><a href="/gozo/">Gozo</a><a href="/courts/">Courts</a><a href="/business/">Business</a><a '
        'href="/sport/">Sport</a><a href="/opinion/">Opinion</a></nav></header><div class="vl-grid"><main '
        'class="vl-grid__main">{article}</main><aside class="vl-grid__rail"><h3>Trending in Malta</h3><ol>'
        '{most_read}</ol></aside></div><footer class="vl-foot"><p>{name} · Ledger House, Triq il-Merkanti, Valletta '
        'VLT 1170</p><p><a href="/terms/">Terms</a> · <a href="/privacy/">Privacy</a> · <a href="/ethics/">Code '
        'of ethics</a></p></footer></body></html>'),
    "KR": (
        '<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="kr"><div class="kr-live"><button class="kr-live__btn">Listen: KDLT 640 AM</button> <span>'
        'Bethel 28°F, wind NE 15</span> <a href="/give/">Give</a></div><header class="kr-top"><a class="kr-logo" '
        'href="/">{name}</a><nav><a href="/news/">News</a><a href="/delta/">Delta</a><a href="/subsistence/">'
        'Subsistence</a><a href="/schedule/">Schedule</a><a href="/about/">About</a></nav></header><div '
        'class="kr-wrap"><main class="kr-body">{article}</main><aside class="kr-rail"><h3>Latest from the Delta'
        '</h3><ul>{most_read}</ul></aside></div><footer class="kr-bottom"><p>{name} · P.O. Box 468, Bethel, AK '
        '99559</p><p><a href="/fcc-file/">FCC public file</a> · <a href="/eeo/">EEO report</a></p></footer></body>'
        '</html>'),
    "LH": (
        '<!DOCTYPE html><html lang="de-AT"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="lh"><div class="lh-leiste"><span>Rhein Lustenau: 3,12 m</span> <a href="/webcam-pfaender/">'
        'Webcam Pfänder</a> <a href="/anmelden/">Anmelden</a></div><header class="lh-kopf"><a class="lh-logo" '
        'href="/">{name}</a><nav><a href="/vorarlberg/">Vorarlberg</a><a href="/dornbirn/">Dornbirn</a><a '
        'href="/bregenz/">Bregenz</a><a href="/feldkirch/">Feldkirch</a><a href="/bludenz/">Bludenz</a><a '
        'href="/sport/">Sport</a></nav></header><div class="lh-seite"><main class="lh-haupt">{article}</main><aside '
        'class="lh-rand"><h3>Meistgeklickt im Ländle</h3><ol>{most_read}</ol></aside></div><footer class="lh-fuss">'
        '<p>{name} · Marktstraße 21 · 6850 Dornbirn</p><p><a href="/impressum/">Impressum</a> · <a href="/'
        'offenlegung/">Offenlegung</a></p></footer></body></html>'),
    "DS": (
        '<!DOCTYPE html><html lang="de-DE"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="ds"><div class="ds-sonntag"><span>Lesungen am Sonntag: Jes 55,1-3 · Mt 14,13-21</span> <a '
        'href="/buchhandlung/">Buchhandlung</a> <a href="/abo/">Abo</a></div><header class="ds-kopf"><a '
        'class="ds-titel" href="/">{name}</a><p class="ds-unterzeile">Wochenzeitung im Bistum Münster</p><nav><a '
        'href="/bistum/">Bistum</a><a href="/pfarreien/">Pfarreien</a><a href="/weltkirche/">Weltkirche</a><a '
        'href="/glaube/">Glaube</a><a href="/caritas/">Caritas</a></nav></header><div class="ds-inhalt"><main '
        'class="ds-beitrag">{article}</main><aside class="ds-rechts"><h3>Viel gelesen</h3><ul>{most_read}</ul>'
        '</aside></div><footer class="ds-ende"><p>{name} · Domplatz 27 · 48143 Münster</p><p><a href="/impressum/'
        '">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></p></footer></body></html>'),
    "HM": (
        '<!DOCTYPE html><html lang="fr-HT"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="hm"><div class="hm-infos"><span>Taux BRH : 131,85 HTG</span> <span>Électricité Cap-Haïtien '
        'aujourd\'hui : 18 h à 23 h</span></div><header class="hm-tete"><a class="hm-logo" href="/">{name}</a>'
        '<nav><a href="/nord/">Nord</a><a href="/national/">National</a><a href="/economie/">Économie</a><a href="/'
        'diaspora/">Diaspora</a><a href="/culture/">Culture</a></nav></header><div class="hm-page"><main '
        'class="hm-centre">{article}</main><aside class="hm-cote"><h3>Les plus partagés</h3><ol>{most_read}</ol>'
        '</aside></div><footer class="hm-pied"><p>{name} · 14, rue 17-A, Cap-Haïtien</p><p><a href="/'
        'equipe/">L\'équipe</a> · <a href="/contact/">Contact</a></p></footer></body></html>'),
    "EA": (
        '<!DOCTYPE html><html lang="fr-FR"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="ea"><div class="ea-bandeau"><span>Pleine mer à Port-Manec\'h : 16 h 42, coefficient 88</span>'
        ' <a href="/kiosque/">Le journal du jeudi</a></div><header class="ea-entete"><a class="ea-titre" href="/">'
        '{name}</a><nav><a href="/quimperle/">Quimperlé</a><a href="/pont-aven/">Pont-Aven</a><a href="/moelan/">'
        'Moëlan</a><a href="/scaer/">Scaër</a><a href="/sports/">Sports</a><a href="/loisirs/">Loisirs</a></nav>'
        '</header><div class="ea-mise"><main class="ea-colonne">{article}</main><aside class="ea-marge"><h3>Les '
        'plus lus de la semaine</h3><ol>{most_read}</ol></aside></div><footer class="ea-bas"><p>{name} · 3, place '
        'Charles-de-Gaulle · 29300 Quimperlé</p><p><a href="/mentions-legales/">Mentions légales</a></p></footer>'
        '</body></html>'),
    "LD": (
        '<!DOCTYPE html><html lang="es-ES"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="ld"><div class="ld-barra"><span>Primera subasta en O Berbés: 5:00 h</span> <span>Mar de '
        'fondo: aviso amarillo en Rías Baixas</span></div><header class="ld-cab"><a class="ld-logo" href="/">'
        '{name}</a><nav><a href="/flota/">Flota</a><a href="/lonjas/">Lonjas</a><a href="/marisqueo/">Marisqueo</a>'
        '<a href="/acuicultura/">Acuicultura</a><a href="/puertos/">Puertos</a></nav></header><div class="ld-marco">'
        '<main class="ld-art">{article}</main><aside class="ld-lat"><h3>Lo último del mar</h3><ul>{most_read}</ul>'
        '</aside></div><footer class="ld-pie"><p>{name} · Avenida de Beiramar 18 · 36202 Vigo</p><p><a href="/'
        'aviso-legal/">Aviso legal</a> · <a href="/publicidad/">Publicidad</a></p></footer></body></html>'),
    "DV": (
        '<!DOCTYPE html><html lang="es-HN"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="dv"><div class="dv-alto"><span>Dólar: L 24,71</span> <a href="/edicion-impresa/">Edición '
        'impresa</a> <a href="/clasificados/">Clasificados</a></div><header class="dv-encabezado"><a class="dv-logo" '
        'href="/">{name}</a><nav><a href="/sps/">San Pedro Sula</a><a href="/nacionales/">Nacionales</a><a href="/'
        'sucesos/">Sucesos</a><a href="/economia/">Economía</a><a href="/deportes/">Deportes</a></nav></header><div '
        'class="dv-contenido"><main class="dv-principal">{article}</main><aside class="dv-lateral"><h3>Lo más '
        'leído</h3><ol>{most_read}</ol></aside></div><footer class="dv-pie"><p>{name} · 3 calle, 5 avenida S.O., '
        'Barrio El Benque, San Pedro Sula</p><p><a href="/terminos/">Términos</a> · <a href="/privacidad/">'
        'Privacidad</a></p></footer></body></html>'),
}
