"""Page templates (everything around the article) of the 'holdout10' publishers, as each kind of site serves
them: a Yuma / Imperial Valley TV station (a "watch live" strip with the San Luis border wait, the newscasts'
times and a StormWatch radar link), a Ghanaian news site (the cedi's rate, a "Dumsor watch" link and a MoMo
support button), a Bavarian local paper (the Isar's level at Bad Tölz, the e-paper and the day's obituaries), an
East Belgian German-language daily (the Wesertalsperre's level and a "Lire en français" switch), an Acadian
regional site (the tide at Shédiac and a donate button), a Belgian French-language sports site (a score ticker
with provincial matches and a betting notice), a Peruvian regional daily (the UV index and the sol's dollar
rate) and a Yucatán state daily (the tropical-weather semaphore and a "Escucha en maya" link)."""

from __future__ import annotations

PAGES = {
    "KDVY": (
        '<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="kdvy"><div class="kdvy-strip"><a href="/live/">Watch 11 News live</a> <span>San Luis I port: '
        'cars 40 min, pedestrians 25 min</span> <a href="/stormwatch/radar/">StormWatch 11 radar</a></div><header '
        'class="kdvy-top"><a class="kdvy-brand" href="/">{name}</a><nav><a href="/news/">News</a><a href="/weather/">'
        'StormWatch 11</a><a href="/border/">Border</a><a href="/ag/">Ag Report</a><a href="/noticias/">Noticias 11'
        '</a><a href="/contests/">Contests</a></nav></header><div class="kdvy-grid"><main class="kdvy-main">{article}'
        '</main><aside class="kdvy-side"><h2>Now trending</h2><ol>{most_read}</ol></aside></div><footer '
        'class="kdvy-foot"><p>{name} · 1900 S. Fourth Avenue · Yuma, AZ 85364</p><p><a href="/fcc-public-file/">FCC '
        'Public File</a> · <a href="/eeo/">EEO Report</a> · <a href="/closed-captioning/">Closed captioning</a> · <a '
        'href="/terms/">Terms</a></p></footer></body></html>'),
    "SO": (
        '<!DOCTYPE html><html lang="en-GH"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="so"><div class="so-bar"><span>US$1 = GH¢12.41</span> <a href="/dumsor-watch/">Dumsor watch</a> '
        '<a class="so-momo" href="/support/">Support us with MoMo</a></div><header class="so-head"><a class="so-logo" '
        'href="/">{name}</a><nav><a href="/news/">News</a><a href="/politics/">Politics</a><a href="/business/">'
        'Business</a><a href="/regions/">Regions</a><a href="/sports/">Sports</a><a href="/showbiz/">Showbiz</a>'
        '</nav></header><div class="so-page"><main class="so-content">{article}</main><aside class="so-rail"><h3>'
        'Latest headlines</h3><ul>{most_read}</ul></aside></div><footer class="so-foot"><p>{name} · Sankofa Online '
        'Media Ltd · Spintex Road, Accra</p><p><a href="/about/">Who we are</a> · <a href="/editorial-code/">'
        'Editorial code</a> · <a href="/advertise/">Advertise with us</a></p></footer></body></html>'),
    "TLB": (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="tlb"><div class="tlb-leiste"><span>Isar-Pegel Bad Tölz: 1,46 m</span> <a href="/epaper/">'
        'E-Paper</a> <a href="/trauer/">Traueranzeigen</a></div><header class="tlb-kopf"><a class="tlb-marke" '
        'href="/">{name}</a><nav><a href="/lokales/">Lokales</a><a href="/gemeinden/">Gemeinden</a><a '
        'href="/blaulicht/">Blaulicht</a><a href="/sport/">Sport</a><a href="/freizeit/">Freizeit</a><a '
        'href="/bayern/">Bayern</a></nav></header><div class="tlb-rahmen"><main class="tlb-spalte">{article}</main>'
        '<aside class="tlb-rechts"><h3>Neu im Landkreis</h3><ul>{most_read}</ul></aside></div><footer '
        'class="tlb-fuss"><p>{name} · Oberland Medienhaus GmbH &amp; Co. KG · Marktstraße 41 · 83646 Bad Tölz</p>'
        '<p><a href="/impressum/">Impressum</a> · <a href="/agb/">AGB</a> · <a href="/leserservice/">Leserservice'
        '</a></p></footer></body></html>'),
    "VK": (
        '<!DOCTYPE html><html lang="de-BE"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="vk"><div class="vk-oben"><span>Wesertalsperre: 81 %</span> <a href="/fr/">Lire en français'
        '</a> <a href="/epaper/">Zeitung digital</a></div><header class="vk-kopf"><a class="vk-logo" href="/">{name}'
        '</a><nav><a href="/ostbelgien/">Ostbelgien</a><a href="/eupen/">Eupen</a><a href="/eifel/">Eifel</a><a '
        'href="/belgien/">Belgien</a><a href="/sport/">Sport</a><a href="/kultur/">Kultur</a></nav></header><div '
        'class="vk-inhalt"><main class="vk-haupt">{article}</main><aside class="vk-seite"><h3>Meistgelesen in '
        'Ostbelgien</h3><ol>{most_read}</ol></aside></div><footer class="vk-fuss"><p>{name} · Venn-Kurier AG · '
        'Marktplatz 8 · 4700 Eupen</p><p><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz'
        '</a> · <a href="/abo/">Abo-Service</a></p></footer></body></html>'),
    "LM": (
        '<!DOCTYPE html><html lang="fr-CA"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="lm"><div class="lm-marees"><span>Marée haute à Shédiac : 14 h 07</span> <span>Moncton 19 °C'
        '</span> <a class="lm-don" href="/don/">Donner</a></div><header class="lm-tete"><a class="lm-logo" href="/">'
        '{name}</a><nav><a href="/acadie/">Acadie</a><a href="/peninsule/">Péninsule</a><a href="/grand-moncton/">'
        'Grand Moncton</a><a href="/peche/">Pêche</a><a href="/culture/">Culture</a><a href="/necrologie/">'
        'Nécrologie</a></nav></header><div class="lm-colonnes"><main class="lm-texte">{article}</main><aside '
        'class="lm-cote"><h3>À la une</h3><ul>{most_read}</ul></aside></div><footer class="lm-bas"><p>{name} · '
        'Coopérative de presse Le Mascaret · 140, rue Champlain · Dieppe (N.-B.)</p><p><a href="/a-propos/">'
        'À propos</a> · <a href="/deontologie/">Déontologie</a> · <a href="/nous-joindre/">Nous joindre</a></p>'
        '</footer></body></html>'),
    "LV": (
        '<!DOCTYPE html><html lang="fr-BE"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="lv"><div class="lv-ticker"><span>P1 Liège : Warnant 2-0 Hannut (mi-temps)</span> <span>D2 ACFF '
        ': Rochefort 1-1 Meux</span> <span class="lv-18">18+ | Jeu responsable</span></div><header '
        'class="lv-entete"><a class="lv-logo" href="/">{name}</a><nav><a href="/foot/">Foot</a><a '
        'href="/provinciales/">Provinciales</a><a href="/cyclisme/">Cyclisme</a><a href="/basket/">Basket</a><a '
        'href="/running/">Running</a><a href="/resultats/">Résultats</a></nav></header><div class="lv-page"><main '
        'class="lv-article">{article}</main><aside class="lv-colonne"><h3>Les plus lus</h3><ol>{most_read}</ol>'
        '</aside></div><footer class="lv-pied"><p>{name} · Le Vestiaire SRL · Quai de la Boverie 3 · 4020 Liège</p>'
        '<p><a href="/mentions/">Mentions légales</a> · <a href="/vie-privee/">Vie privée</a> · <a href="/contact/">'
        'Contact</a></p></footer></body></html>'),
    "EM": (
        '<!DOCTYPE html><html lang="es-PE"><head><meta charset="utf-8"><title>{title} | {name}</title>{head}</head>'
        '<body class="misti"><div class="misti-franja"><span>Índice UV en Arequipa: 14 (extremo)</span> <span>Dólar: '
        'S/ 3,52</span></div><header class="misti-cab"><a class="misti-logo" href="/">{name}</a><nav><a '
        'href="/arequipa/">Arequipa</a><a href="/region/">Región</a><a href="/policiales/">Policiales</a><a '
        'href="/economia/">Economía</a><a href="/deportes/">Deportes</a><a href="/cultura/">Cultura</a></nav>'
        '</header><div class="misti-cuerpo"><main class="misti-nota">{article}</main><aside class="misti-lado"><h3>'
        'Últimas noticias</h3><ul>{most_read}</ul></aside></div><footer class="misti-pie"><p>{name} · Editora '
        'Misti S.A.C. · Calle Mercaderes 210 · Arequipa</p><p><a href="/nosotros/">Nosotros</a> · <a '
        'href="/libro-de-reclamaciones/">Libro de reclamaciones</a> · <a href="/publicidad/">Publicidad</a></p>'
        '</footer></body></html>'),
    "DM": (
        '<!DOCTYPE html><html lang="es-MX"><head><meta charset="utf-8"><title>{title} - {name}</title>{head}</head>'
        '<body class="mayab"><div class="mayab-semaforo"><span>Semáforo de ciclones tropicales: verde</span> <a '
        'href="/maya/">Escucha en maya</a></div><header class="mayab-cabecera"><a class="mayab-logo" href="/">{name}'
        '</a><nav><a href="/merida/">Mérida</a><a href="/yucatan/">Yucatán</a><a href="/policia/">Policía</a><a '
        'href="/deportes/">Deportes</a><a href="/cultura/">Cultura</a><a href="/esquelas/">Esquelas</a></nav>'
        '</header><div class="mayab-contenido"><main class="mayab-principal">{article}</main><aside '
        'class="mayab-lateral"><h3>Lo más reciente</h3><ul>{most_read}</ul></aside></div><footer class="mayab-pie">'
        '<p>{name} · Compañía Editorial del Mayab · Calle 60 núm. 521 · Centro, Mérida, Yucatán</p><p><a '
        'href="/aviso-de-privacidad/">Aviso de privacidad</a> · <a href="/directorio/">Directorio</a></p></footer>'
        '</body></html>'),
}
