"""Page templates (everything around the article) of the holdout publishers: masthead, navigation,
most-read rail, footer and consent banner, as each site serves them."""

from __future__ import annotations

PAGES = {
    "RIVERTON": (
        '<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | {name}</title>'
        '{head}</head><body class="asset-page"><div id="site-container"><header id="site-header">'
        '<div class="logo"><a href="/">{name}</a></div><ul class="nav-primary"><li><a href="/news/">News</a>'
        '</li><li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li><li>'
        '<a href="/eedition/">e-Edition</a></li></ul><div class="user-controls"><a href="/users/login/">'
        'Log in</a> <a href="/offers/">Subscribe</a></div></header><div id="main-page-container">'
        '<div class="col-lg-8">{article}</div><div class="col-lg-4"><div class="tnt-trending"><h4>'
        'Trending Today</h4><ol>{most_read}</ol></div></div></div><footer id="site-footer"><p>'
        '{name}, 600 Lyon St. S, Riverton, OR 97321</p><p><a href="/terms/">Terms of Use</a>'
        ' | <a href="/privacy/">Privacy Policy</a></p></footer></div><div class="tnt-cookie-notice">'
        'This site uses cookies to deliver our services and to analyze traffic.<button>Dismiss</button></div>'
        '</body></html>'),
    "OBSERVER": (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width"><title>{title} - {name}</title>{head}</head>'
        '<body><div id="root"><header class="masthead" role="banner"><a class="masthead__logo" href="/">'
        'The Capital Observer</a><nav class="masthead__nav"><a href="/politics">Politics</a>'
        '<a href="/policy">Policy</a><a href="/states">States</a><a href="/podcasts">Podcasts</a></nav>'
        '<a class="masthead__cta" href="/pass">Get an Observer pass</a></header><main class="story-layout">'
        '{article}<aside class="story-layout__rail"><section class="popular"><h2 class="popular__h">'
        'What readers are clicking</h2><ol class="popular__list">{most_read}</ol></section></aside></main>'
        '<footer class="site-foot"><p>© {year} Capital Observer Media Inc.</p><p><a href="/ethics">'
        'Standards</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></p>'
        '</footer></div><div class="privacy-prompt"><p>'
        'We use cookies and similar tools to understand how you use our site.</p><button>OK</button><button>'
        'Choices</button></div></body></html>'),
    "RELAY": (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | The Daily Relay</title>'
        '{head}</head><body class="relay"><div class="relay-top"><a href="/" class="relay-brand">'
        'THE DAILY RELAY</a><span class="relay-sub">America\'s local news, relayed</span></div>'
        '<div class="relay-grid"><div class="relay-main">{article}</div><div class="relay-side"><h5>'
        'More on the Relay</h5><ul>{most_read}</ul></div></div><div class="relay-foot">'
        'The Daily Relay · About us · Partner newsrooms · Contact</div></body></html>'),
    "TRICOUNTY": (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} — {name}</title>'
        '{head}</head><body><div class="dd"><div class="dd-head"><a href="/">{name}</a>'
        ' <span class="dd-beta">automated local data</span></div><div class="dd-body">{article}</div>'
        '<div class="dd-recent"><b>Recent reports</b>{most_read}</div><div class="dd-foot">'
        '{name} is a service of Tri-County Media Lab · Methodology · Corrections</div></div></body></html>'),
    "NECKAR": (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title} - {name}</title>'
        '{head}</head><body class="nk"><div class="nk-site"><header class="nk-header">'
        '<a class="nk-logo" href="/">Neckar-Kurier</a><nav class="nk-nav"><a>Heilbronn</a> <a>Region</a> <a>'
        'Baden-Württemberg</a> <a>Sport</a> <a>Blaulicht</a></nav><a class="nk-plus" href="/plus">'
        'NK+ testen</a></header><div class="nk-main"><div class="nk-content">{article}</div>'
        '<aside class="nk-aside"><div class="nk-box"><h3>Meistgelesen heute</h3><ol>{most_read}</ol></div>'
        '</aside></div><footer class="nk-footer"><a>Impressum</a> <a>Datenschutzerklärung</a> <a>'
        'Barrierefreiheit</a> <a>Abo kündigen</a><p>Neckar-Kurier Medien GmbH, Heilbronn</p></footer></div>'
        '<div class="nk-consent"><p>'
        'Wir nutzen Cookies und Tracking-Technologien. Details und Widerruf in der Datenschutzerklärung.</p>'
        '<button>Einverstanden</button><button>Nur notwendige</button></div></body></html>'),
    "HANSE": (
        '<!DOCTYPE html><html lang="de-DE"><head><meta charset="utf-8"><title>{title} | {name}</title>'
        '{head}</head><body><div class="hr-page"><div class="hr-top"><a class="hr-brand" href="/">'
        'Hanse-Rundschau</a><ul class="hr-ressorts"><li>Hamburg</li><li>Bremen</li><li>Norddeutschland</li>'
        '<li>Politik</li><li>Wirtschaft</li></ul></div><div class="hr-grid"><main class="hr-main">'
        '{article}</main><div class="hr-side"><div class="hr-widget"><p class="hr-widget__t">'
        'Am meisten gelesen</p><ul>{most_read}</ul></div></div></div><div class="hr-foot">'
        '© Hanse-Rundschau Verlag · Impressum · Datenschutz · Cookie-Einstellungen</div></div>'
        '<div class="hr-cmp"><p>'
        'Um unser Angebot zu finanzieren, nutzen wir und bis zu 180 Partner Cookies.</p><button>'
        'Akzeptieren und weiter</button><button>Zum Pur-Abo</button></div></body></html>'),
    "VOZ": (
        '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{title} | {name}</title>'
        '{head}</head><body class="lv"><div class="lv-cabecera"><a class="lv-logo" href="/">'
        'La Voz del Ebro</a><nav><a>Zaragoza</a> <a>Huesca</a> <a>Teruel</a> <a>Aragón</a> <a>Deportes</a>'
        ' <a>Loterías</a></nav><a class="lv-club" href="/club">Club La Voz</a></div>'
        '<div class="lv-contenido"><div class="lv-principal">{article}</div><div class="lv-lateral">'
        '<div class="lv-top"><span>Lo más leído hoy</span><ol>{most_read}</ol></div></div></div>'
        '<div class="lv-pie">'
        'La Voz del Ebro · Quiénes somos · Contacto · Condiciones de uso · Política de cookies</div>'
        '<div class="lv-cmp"><p>'
        'Tu privacidad es importante para nosotros. Usamos cookies para analizar el tráfico y mostrar publicidad.</p>'
        '<button>Acepto</button><button>Más opciones</button></div></body></html>'),
    "ENF": (
        '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{title} · Enfoque Noticias</title>'
        '{head}</head><body><div class="enf"><div class="enf-bar"><a href="/">enfoque<b>noticias</b></a>'
        '<span>Lo que publican los medios regionales, en un solo sitio</span></div><div class="enf-col">'
        '{article}<div class="enf-mas"><h4>Seguir leyendo</h4>{most_read}</div></div><div class="enf-footer">'
        'Enfoque Noticias · Aviso legal · Medios asociados</div></div></body></html>'),
    "VIGIE": (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>'
        '{title} - La Vigie du Finistère</title>{head}</head><body class="vigie"><div class="vg-entete">'
        '<a class="vg-logo" href="/">La Vigie du Finistère</a><ul class="vg-rub"><li>Brest</li><li>'
        "Quimper</li><li>Morlaix</li><li>Mer</li><li>Marées</li><li>Avis d'obsèques</li></ul>"
        '<a class="vg-abo" href="/offres">S\'abonner</a></div><div class="vg-page">'
        '<div class="vg-article-col">{article}</div><div class="vg-droite"><div class="vg-bloc"><h3>'
        'Les articles les plus consultés</h3><ul>{most_read}</ul></div></div></div><div class="vg-pied">'
        'La Vigie du Finistère · Nous contacter · Mentions légales · Politique de confidentialité</div>'
        '<div class="vg-rgpd"><p>'
        "Ce site utilise des traceurs pour mesurer l'audience et vous proposer des contenus adaptés.</p>"
        "<button>J'accepte</button><button>Je refuse</button></div></body></html>"),
}
