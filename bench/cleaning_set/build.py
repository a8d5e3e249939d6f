"""Assemble the pages: timeline, story allocation, syndication, live blogs and JSON-LD variants.

Per publisher, its plan (page kinds and counts) is laid on a timeline: 10-15 pages on day 0 (a new
feed's backlog), the rest a few per day over days 1-29.  Originals are written first (corpus stories,
templated and handwritten stories, follow-ups, live blogs, JSON-LD variants); then every publisher's
re-posts; then the copies of other publishers' stories (syndicated, edited, trimmed), taken from
originals already published in the same language, at most two copies per story.  The holdout half's
publishers come after the tune and test ones in every step (and their copies are made after all tune/test
copies), so adding them left the tune and test pages exactly as they were; the 'holdout2' half comes after
the holdout half in the same way, the 'holdout3' half after holdout2, the 'holdout4' half after holdout3,
the 'holdout5' half after holdout4, the 'holdout6' half after holdout5, the 'holdout7' half after holdout6,
the 'holdout8' half after holdout7, the 'holdout9' half after holdout8, the 'holdout10' half after holdout9,
the 'holdout11' half after holdout10, the 'holdout12' half after holdout11, the 'holdout13' half after holdout12,
the 'holdout14' half after holdout13, the 'holdout15' half after holdout14, the 'holdout16' half after holdout15
and the 'holdout17' half (written last, without reading the cleaner, before it was run on it) after holdout16.
The later halves' publishers need more stories than the corpus has left once the other halves took theirs:
when a language's stories run out, ``take`` goes on with the reserve (consecutive spare paragraphs of the
corpus pages' tails that nobody used), which the earlier halves never reach; holdout3's, holdout4's and
holdout5's French and Spanish publishers, with no corpus stories left, run templated and handwritten stories
and copies of other publishers' stories, and so do holdout6's, holdout7's, holdout8's, holdout9's, holdout10's,
holdout11's, holdout12's, holdout13's, holdout14's, holdout15's, holdout16's and holdout17's English, French and
Spanish ones (only the German stories last that long, and holdout14's, holdout15's, holdout16's and holdout17's
German ones run on the German reserve; the English reserve still had a passage for one holdout7 teaser-only JSON-LD
page, and none for holdout8 or holdout9; the Spanish reserve's last passage went to one holdout10 teaser-only
JSON-LD page, so holdout11's, holdout12's, holdout13's, holdout14's, holdout15's, holdout16's and holdout17's ones
have none; holdout12's, holdout13's, holdout14's, holdout15's, holdout16's and holdout17's French and Spanish
publishers copy mostly handwritten stories of holdout12, holdout13, holdout14, holdout15, holdout16 and of each
other, since the earlier parts' French and Spanish stories have almost no copies left to give).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from bench.cleaning_set import (
    handwritten,
    handwritten_holdout,
    handwritten_holdout2,
    handwritten_holdout3,
    handwritten_holdout4,
    handwritten_holdout5,
    handwritten_holdout6,
    handwritten_holdout7,
    handwritten_holdout8,
    handwritten_holdout9,
    handwritten_holdout10,
    handwritten_holdout11,
    handwritten_holdout12,
    handwritten_holdout13,
    handwritten_holdout14,
    handwritten_holdout15,
    handwritten_holdout16,
    handwritten_holdout17,
    templated,
    templated_holdout,
    templated_holdout2,
    templated_holdout3,
    templated_holdout4,
    templated_holdout5,
    templated_holdout6,
    templated_holdout7,
    templated_holdout8,
    templated_holdout9,
    templated_holdout10,
    templated_holdout11,
    templated_holdout12,
    templated_holdout13,
    templated_holdout14,
    templated_holdout15,
    templated_holdout16,
    templated_holdout17,
)
from bench.cleaning_set.cms import (
    COPY,
    Author,
    Body,
    Piece,
    Publisher,
    body_html,
    compose,
    esc,
    like,
    piece_html,
    render,
)
from bench.cleaning_set.lang import ap_date, clock, day_date, iso, long_date, weekday
from bench.cleaning_set.page import Page
from bench.cleaning_set.pool import chunk_pages, load_pool, page_tails
from bench.cleaning_set.text import split_sentences

CHUNKING = {"en": (8, 3), "de": (8, 2), "fr": (4, 14), "es": (5, 8)}  # (paragraphs per story, stories per page)
DAYS = 30
PART = {"en": "part {n}", "de": "Teil {n}", "fr": "{n}e partie", "es": "parte {n}"}
FOLLOW = {"en": "Follow-up", "de": "Nachgefragt", "fr": "La suite", "es": "Seguimiento"}
LIVE = {"en": "Live updates: {t}", "de": "Liveticker: {t}", "fr": "EN DIRECT – {t}", "es": "Directo | {t}"}
CAPTIONS = {"en": ("File photo.", "The site pictured earlier this year.", "Officials at a news conference."),
            "de": ("Symbolbild.", "Archivbild.", "Blick auf den Ort des Geschehens."),
            "fr": ("Image d'illustration.", "Photo d'archives.", "Les lieux, en début de semaine."),
            "es": ("Imagen de archivo.", "Imagen de recurso.", "El lugar, en una imagen reciente.")}
SWAPS = {"en": (("said", "stated"), ("but", "yet"), ("also", "additionally"), ("about", "around")),
         "de": (("sagte", "erklärte"), ("aber", "jedoch"), ("auch", "ebenfalls"), ("sehr", "äußerst")),
         "fr": (("a déclaré", "a affirmé"), ("mais", "cependant"), ("aussi", "également"), ("très", "fort")),
         "es": (("dijo", "afirmó"), ("pero", "sin embargo"), ("también", "asimismo"), ("muy", "bastante"))}
AGGREGATOR_ROLES = {"desk", "staff", "redacción", "bot"}
_HANDWRITTEN = (handwritten, handwritten_holdout, handwritten_holdout2, handwritten_holdout3, handwritten_holdout4,
                handwritten_holdout5, handwritten_holdout6, handwritten_holdout7, handwritten_holdout8,
                handwritten_holdout9, handwritten_holdout10, handwritten_holdout11, handwritten_holdout12,
                handwritten_holdout13, handwritten_holdout14, handwritten_holdout15, handwritten_holdout16,
                handwritten_holdout17)
STORIES = {k: v for module in _HANDWRITTEN for k, v in module.STORIES.items()}
assert len(STORIES) == sum(len(m.STORIES) for m in _HANDWRITTEN), "handwritten story ids must be unique"
DATELINED = ("heat", *templated_holdout.DATELINED, *templated_holdout2.DATELINED, *templated_holdout3.DATELINED,
             *templated_holdout4.DATELINED, *templated_holdout5.DATELINED, *templated_holdout6.DATELINED,
             *templated_holdout7.DATELINED, *templated_holdout8.DATELINED, *templated_holdout9.DATELINED,
             *templated_holdout10.DATELINED, *templated_holdout11.DATELINED, *templated_holdout12.DATELINED,
             *templated_holdout13.DATELINED, *templated_holdout14.DATELINED, *templated_holdout15.DATELINED,
             *templated_holdout16.DATELINED, *templated_holdout17.DATELINED)
HALF_ORDER = {"tune": 0, "test": 0, "holdout": 1, "holdout2": 2, "holdout3": 3, "holdout4": 4, "holdout5": 5,
              "holdout6": 6, "holdout7": 7, "holdout8": 8, "holdout9": 9,
              "holdout10": 10, "holdout11": 11, "holdout12": 12,
              "holdout13": 13, "holdout14": 14, "holdout15": 15,
              "holdout16": 16, "holdout17": 17}  # copies: tune/test, then later halves
_TEMPLATED = (templated, templated_holdout, templated_holdout2, templated_holdout3, templated_holdout4,
              templated_holdout5, templated_holdout6, templated_holdout7, templated_holdout8, templated_holdout9,
              templated_holdout10, templated_holdout11, templated_holdout12,
              templated_holdout13, templated_holdout14, templated_holdout15, templated_holdout16,
              templated_holdout17)
# the first module with a template name wins (so an older part's name shadows a later one's): holdout8's,
# holdout9's, holdout10's, holdout11's, holdout12's, holdout13's, holdout14's, holdout15's, holdout16's and
# holdout17's are new
assert not set(templated_holdout8.TEMPLATES) & {k for m in _TEMPLATED[:-10] for k in m.TEMPLATES}, \
    "holdout8 template names must be new"
assert not set(templated_holdout9.TEMPLATES) & {k for m in _TEMPLATED[:-9] for k in m.TEMPLATES}, \
    "holdout9 template names must be new"
assert not set(templated_holdout10.TEMPLATES) & {k for m in _TEMPLATED[:-8] for k in m.TEMPLATES}, \
    "holdout10 template names must be new"
assert not set(templated_holdout11.TEMPLATES) & {k for m in _TEMPLATED[:-7] for k in m.TEMPLATES}, \
    "holdout11 template names must be new"
assert not set(templated_holdout12.TEMPLATES) & {k for m in _TEMPLATED[:-6] for k in m.TEMPLATES}, \
    "holdout12 template names must be new"
assert not set(templated_holdout13.TEMPLATES) & {k for m in _TEMPLATED[:-5] for k in m.TEMPLATES}, \
    "holdout13 template names must be new"
assert not set(templated_holdout14.TEMPLATES) & {k for m in _TEMPLATED[:-4] for k in m.TEMPLATES}, \
    "holdout14 template names must be new"
assert not set(templated_holdout15.TEMPLATES) & {k for m in _TEMPLATED[:-3] for k in m.TEMPLATES}, \
    "holdout15 template names must be new"
assert not set(templated_holdout16.TEMPLATES) & {k for m in _TEMPLATED[:-2] for k in m.TEMPLATES}, \
    "holdout16 template names must be new"
assert not set(templated_holdout17.TEMPLATES) & {k for m in _TEMPLATED[:-1] for k in m.TEMPLATES}, \
    "holdout17 template names must be new"


def make_templated(tmpl: str, rng: random.Random, when) -> tuple[str, list[str]]:
    for module in _TEMPLATED:
        if tmpl in module.TEMPLATES:
            return module.make(tmpl, rng, when)
    raise KeyError(tmpl)


def key_point(sentence: str) -> str:
    """A "key points" bullet made from a story sentence: its opening clause (cut at the first comma, colon
    or semicolon after eight words) or its first twelve words, never the sentence itself."""
    words = sentence.lstrip("“\"„«‘¿¡ ").split()
    cut = next((i for i, w in enumerate(words[:22]) if i >= 7 and w[-1] in ",;:"), None)
    if cut is not None:
        return " ".join(words[:cut + 1])[:-1] + "."
    if len(words) < 4:
        return " ".join(words) + " …"
    return " ".join(words[:min(12, len(words) - 1)]).rstrip(",;:.") + "…"


def body_fields(paras: list[str], lang: str, author: Author) -> dict[str, str]:
    """Page fields computed from the story itself (no randomness): reading time, audio length, three
    key-point bullets, German/French feminine endings for the author."""
    n = sum(len(p.split()) for p in paras)
    secs = max(30, round(n * 60 / 155))
    sents = [split_sentences(p, lang) for p in paras]
    order = [x[0] for x in sents] + [s for x in sents for s in x[1:]]
    points = [key_point(s) for s in ([s for s in order if len(s.split()) >= 6] or order)[:3]]
    points += [points[-1]] * (3 - len(points))
    fem = author.gender == "f"
    return {"minutes": str(max(1, -(-n // 220))), "audio": f"{secs // 60}:{secs % 60:02d}",
            "kp1": points[0], "kp2": points[1], "kp3": points[2], "in": "in" if fem else "", "e": "e" if fem else ""}


@dataclass
class Item:
    kind: str  # plan entry: news | followup-a | followup-b | templated:<t> | liveblog | jsonld-* | hand:<id> | ...
    pair: int = -1
    day: int = 0
    offset: int = 0


@dataclass
class Original:
    key: str
    pub: Publisher
    day: int
    offset: int
    title: str
    truth: list[str]
    author: str
    url: str
    pieces: list[Piece]
    copied_by: set[str] = field(default_factory=set)
    reposted: bool = False


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text))[:64].strip("-") or "article"


class Builder:
    def __init__(self, seed: int, pubs: list[Publisher]):
        self.seed, self.pubs = seed, pubs
        pool = load_pool()
        stories, spare = chunk_pages(pool, CHUNKING)
        self.stories: dict[str, list[dict]] = {}
        for lang in CHUNKING:
            mine = [s for s in stories if s["lang"] == lang]
            random.Random(f"{seed}:stories:{lang}").shuffle(mine)
            self.stories[lang] = mine
        self.spare = {lang: random.Random(f"{seed}:spare:{lang}").sample(v, len(v)) for lang, v in spare.items()}
        self.titles = {lang: sorted({p["title"] for p in pool if p["lang"] == lang and p["title"]})
                       for lang in CHUNKING}
        self.tails = {lang: random.Random(f"{seed}:tails:{lang}").sample(v, len(v))
                      for lang, v in page_tails(pool, CHUNKING).items()}
        self.originals: list[Original] = []
        self.pages: list[Page] = []
        self.urls: set[str] = set()
        self.n_keys = 0

    # ---- supply -------------------------------------------------------------------------------------
    def take(self, lang: str) -> dict:
        if not self.stories[lang]:
            return self.take_reserve(lang)
        return self.stories[lang].pop()

    def take_reserve(self, lang: str) -> dict:
        """A story of up to CHUNKING[lang][0] consecutive paragraphs of a corpus page's tail, all still spare
        (not yet taken for a stale JSON-LD version); they leave the spare list."""
        size = CHUNKING[lang][0]
        spare = set(self.spare[lang])
        while self.tails[lang]:
            tail = self.tails[lang][-1]
            paras = [p for p in tail["paras"] if p in spare]
            if len(paras) < 4:
                self.tails[lang].pop()
                continue
            chunk = paras[:size] if len(paras) - size >= 4 or len(paras) <= size else paras[:len(paras) - 4]
            tail["paras"] = paras[len(chunk):]
            tail["part"] += 1
            used = set(chunk)
            self.spare[lang] = [p for p in self.spare[lang] if p not in used]
            return {"id": f"{tail['page'][:12]}-r{tail['part']}", "page": tail["page"], "part": tail["part"],
                    "lang": lang, "title": tail["title"], "paras": chunk}
        raise RuntimeError(f"story pool for {lang!r} exhausted")

    def take_pair(self, lang: str) -> tuple[dict, dict]:
        pool = self.stories[lang]
        for i, a in enumerate(pool):
            for j, b in enumerate(pool):
                if a["page"] == b["page"] and b["part"] == a["part"] + 1:
                    for k in sorted((i, j), reverse=True):
                        pool.pop(k)
                    return a, b
        return self.take(lang), self.take(lang)

    def take_paras(self, lang: str, n: int) -> list[str]:
        out: list[str] = []
        while len(out) < n:
            if not self.spare[lang]:
                self.spare[lang] = list(self.take(lang)["paras"])
            out.append(self.spare[lang].pop())
        return out

    def title_of(self, story: dict, rng: random.Random) -> str:
        title = story["title"] or " ".join(story["paras"][0].split()[:9]).rstrip(",;:")
        return title if story["part"] == 0 else f"{title} ({PART[story['lang']].format(n=story['part'] + 1)})"

    def headline(self, lang: str, rng: random.Random, avoid: str) -> str:
        while True:
            h = rng.choice(self.titles[lang])
            if h != avoid:
                return h

    def new_key(self) -> str:
        self.n_keys += 1
        return f"s{self.n_keys:04d}"

    # ---- timeline -----------------------------------------------------------------------------------
    def schedule(self, pub: Publisher, rng: random.Random) -> list[Item]:
        items: list[Item] = []
        for kind, n in pub.plan:
            for k in range(n):
                if kind == "followup":
                    items += [Item("followup-a", k), Item("followup-b", k)]
                else:
                    items.append(Item(kind))
        total = len(items)
        backlog = min(total, rng.randint(10, 15))
        rest = total - backlog
        days = [0] * backlog + sorted(min(DAYS - 1, max(1, 1 + j * (DAYS - 1) // max(rest, 1) + rng.choice((-1, 0, 1))))
                                      for j in range(rest))
        rng.shuffle(items)
        for item, day in zip(items, days, strict=True):
            item.day, item.offset = day, rng.randint(5 * 3600, 23 * 3600)
        for a in items:  # a follow-up after its first story, a re-post not in the backlog
            if a.kind == "followup-a":
                b = next(x for x in items if x.kind == "followup-b" and x.pair == a.pair)
                if (b.day, b.offset) < (a.day, a.offset):
                    a.day, a.offset, b.day, b.offset = b.day, b.offset, a.day, a.offset
            if a.kind == "repost" and a.day < 3:
                late = [x for x in items if x.kind == "news" and x.day >= 3]
                if late:
                    x = rng.choice(late)
                    a.day, a.offset, x.day, x.offset = x.day, x.offset, a.day, a.offset
        return sorted(items, key=lambda x: (x.day, x.offset))

    # ---- pages --------------------------------------------------------------------------------------
    def context(self, pub: Publisher, rng: random.Random, day: int, minutes: int, title: str, author,
                origin: Original | None) -> dict[str, str]:
        d, lang = day_date(day), pub.lang
        headlines: list[str] = []
        while len(headlines) < 16:
            h = self.headline(lang, rng, title)
            if h not in headlines:
                headlines.append(h)
        headline = headlines[0]
        ctx = {"_headlines": "\n".join(headlines),
            "pub": pub.name, "host": pub.host, "region": rng.choice(pub.region.split("|")), "year": str(d.year),
            "date": long_date(d, lang), "date_ap": f"{ap_date(d)}, {d.year}", "time": clock(minutes, lang),
            "weekday": weekday(d, lang), "headline": headline,
            "headline_dot": headline + ("" if headline[-1] in ".!?…" else "."),
            "headline_href": f"https://{pub.host}/{slugify(headline)}", "author": author.name,
            "email": pub.email(author), "beat": author.beat, "role": author.role,
            "obj": "her" if author.gender == "f" else "him", "o": "a" if author.gender == "f" else "o",
            "since": str(rng.randint(2004, 2022)), "handle": slugify(author.name).replace("-", "_"),
            "dpa": f"{d:%y%m%d}-930-{rng.randint(100000, 999999)}/{rng.randint(1, 4)}",
            "agency": rng.choice(pub.agencies), "photog": rng.choice(pub.photographers),
            "origin": origin.pub.name if origin else pub.name, "origin_host": origin.pub.host if origin else pub.host,
            "origin_href": origin.url if origin else f"https://{pub.host}/",
            "origin_host_href": origin.url if origin else f"https://{pub.host}/",
        }
        ctx["source"] = rng.choice(pub.citing).format_map(ctx)
        return ctx

    def url_for(self, pub: Publisher, rng: random.Random, day: int, title: str) -> str:
        d = day_date(day)
        url = pub.url.format(host=pub.host, y=d.year, m=f"{d.month:02d}", d=f"{d.day:02d}", slug=slugify(title),
                             id=rng.randint(100000, 9999999), section=rng.choice(pub.sections))
        while url in self.urls:
            url = url.rstrip("/").removesuffix(".html") + f"-{rng.randint(2, 99)}" + (".html" if ".html" in url else "")
        self.urls.add(url)
        return url

    def emit(self, pub: Publisher, rng: random.Random, item: Item, *, kind: str, role: str, title: str,
             paras: list[str], key: str, copy: str = "original", origin: Original | None = None,
             author=None) -> tuple[Page, list[Piece], str, str]:
        day, minutes = item.day, item.offset // 60
        author = author or rng.choice(pub.authors)
        url = self.url_for(pub, rng, day, title)
        ctx = self.context(pub, rng, day, minutes, title, author, origin)
        ctx.update(body_fields(paras, pub.lang, author))
        habits = [h for h in pub.habits if h.pos != "paywall"]
        visible, extra, ld_body = paras, [], None
        if kind == "jsonld-full":
            visible = paras[:rng.choice((2, 2, 3))]
            ld_body = pub.ld_join.join(paras)
        body = compose(visible, habits, ctx, rng, role, day,
                       allowed=("top", "after1") if kind == "jsonld-full" else ())
        if kind == "jsonld-full":
            paywall = [h for h in pub.habits if h.pos == "paywall"]
            body.add(compose([], paywall, ctx, rng, "news", day).pieces()[0], "end", rng)
            shown = {s for piece in body.pieces() for s in piece.sentences}
            tail = [p for p in compose(paras, [h for h in habits if h.kind in ("copyright", "bio")], ctx, rng, role,
                                       day).pieces() if not shown & set(p.sentences)]
            if tail and rng.random() < 0.6:
                extra = tail[:1]
                assert ld_body is not None
                ld_body += pub.ld_join + extra[0].text
        if origin and origin.pieces and rng.random() < 0.25:  # a piece of the original comes along
            carried = rng.choice(origin.pieces)
            if carried.kind in ("bio", "copyright", "agency", "tip") and not any(
                    " ".join(s.split()) in p for s in carried.sentences for p in paras):
                body.add(Piece(carried.sentences, carried.kind), "end", rng)
        html_body = body_html(body, pub.skin, ad_after=2 if len(visible) >= 5 else -1)
        byline_name = author.name
        if origin and author.role not in AGGREGATOR_ROLES:
            byline_name = f"{author.name}, {origin.pub.name}"
        return self.finish(pub, rng, item, kind=kind, title=title, url=url, html_body=html_body, truth=paras,
                           pieces=body.pieces() + extra, key=key, copy=copy, author=byline_name, ld_body=ld_body,
                           ld_paras=paras), body.pieces(), url, author.name

    def finish(self, pub, rng, item, *, kind, title, url, html_body, truth, pieces, key, copy, author,
               ld_body=None, ld_paras=(), live_ld=None) -> Page:
        lang, day, minutes = pub.lang, item.day, item.offset // 60
        stamp = iso(day, minutes, lang)
        figure = ""
        if kind != "liveblog" and pub.skin.figure and rng.random() < 0.5:
            figure = pub.skin.figure.format(src=f"https://{pub.host}/media/{rng.randint(10**6, 10**7)}.jpg",
                                            caption=esc(rng.choice(CAPTIONS[lang]), pub.skin.entities),
                                            credit=esc(f"{rng.choice(pub.photographers)}/{rng.choice(pub.agencies)}",
                                                       pub.skin.entities))
        byline = pub.skin.byline.format(author=esc(author, pub.skin.entities), slug=slugify(author),
                                        date=esc(long_date(day_date(day), lang), pub.skin.entities),
                                        time=esc(clock(minutes, lang), pub.skin.entities), iso=stamp)
        ld = []
        if live_ld is not None:
            ld.append(live_ld)
        elif pub.ld != "none" or kind.startswith("jsonld"):
            art = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": stamp, "dateModified": stamp, "inLanguage": lang, "mainEntityOfPage": url,
                   "author": {"@type": "Person", "name": author},
                   "publisher": {"@type": "Organization", "name": pub.name,
                                 "logo": {"@type": "ImageObject", "url": f"https://{pub.host}/logo.png"}}}
            if kind == "jsonld-full":
                art["articleBody"] = ld_body
            elif kind == "jsonld-teaser":
                first = split_sentences(truth[0], lang)
                art["articleBody"] = truth[0] if rng.random() < 0.5 or len(first) < 2 else " ".join(first[:2])
            elif kind == "jsonld-stale":
                art["articleBody"] = pub.ld_join.join(self.stale(list(ld_paras), lang, rng))
            if pub.ld == "graph":
                art.pop("@context")
                ld.append({"@context": "https://schema.org", "@graph": [
                    {"@type": "WebPage", "@id": url, "name": title}, {"@type": "Organization", "name": pub.name},
                    art]})
            else:
                ld.append(art)
        most_read = [(t, f"https://{pub.host}/{slugify(t)}") for t in rng.sample(self.titles[lang], 5)]
        page_html = render(pub, title=title, url=url, body=html_body, byline=byline, figure=figure, ld=ld,
                           most_read=most_read)
        injected = tuple((s, p.kind) for p in pieces for s in p.sentences)
        sentences = tuple(s for p in truth for s in split_sentences(p, lang))
        summary = truth[0] if pub.feed_summary and kind != "liveblog" else None
        page = Page(url=url, source=pub.host, publisher=pub.name, half=pub.half, lang=lang, html=page_html,
                    seen_at=float(day * 86400 + item.offset), day=day, story_key=key, copy=copy, kind=kind,
                    truth=tuple(truth), story_sentences=sentences, injected=injected, feed_summary=summary)
        self.pages.append(page)
        return page

    def stale(self, paras: list[str], lang: str, rng: random.Random) -> list[str]:
        """An older version of a story: one paragraph later cut, a sentence since rewritten, one paragraph
        since removed (and not in the page)."""
        old = list(paras)
        if len(old) >= 4:
            del old[rng.randrange(1, len(old))]
        i = rng.randrange(len(old))
        sents = split_sentences(old[i], lang)
        old[i] = " ".join(sents[:-1] + self.take_paras(lang, 1)[:1]) if len(sents) > 1 else old[i]
        old.insert(rng.randrange(1, len(old) + 1), self.take_paras(lang, 1)[0])
        return old

    def edit(self, paras: list[str], lang: str, rng: random.Random) -> list[str]:
        out = list(paras)
        if len(out) >= 5 and rng.random() < 0.5:
            del out[rng.randrange(1, len(out))]
        i = rng.randrange(len(out))
        sents = split_sentences(out[i], lang)
        if len(sents) >= 2 and rng.random() < 0.5:
            out[i] = like(out[i], " ".join(sents[:-1]))
            return out
        for old, new in SWAPS[lang]:
            pattern = re.compile(rf"\b{re.escape(old)}\b")
            for j in [i, *range(len(out))]:
                if pattern.search(out[j]):
                    out[j] = like(out[j], pattern.sub(new, out[j], count=1))
                    return out
        m = re.search(r"\d+", out[i])
        if m:
            out[i] = like(out[i], out[i][:m.start()] + str(int(m.group()) + 1) + out[i][m.end():])
        elif len(out) >= 3:
            out.pop()
        return out

    def with_dateline(self, pub: Publisher, rng: random.Random, paras: list[str]) -> list[str]:
        return [rng.choice(pub.dateline) + paras[0], *paras[1:]] if pub.dateline else paras

    def liveblog(self, pub: Publisher, rng: random.Random, item: Item) -> None:
        lang, skin = pub.lang, pub.skin
        paras = [p for s in self.take_pair(lang) for p in s["paras"]]  # one corpus page: a coherent topic
        n = rng.randint(6, 9) if lang == "fr" else rng.randint(7, 12)
        while len(paras) < n + 2:
            paras += self.take(lang)["paras"]
        heads = rng.sample(self.titles[lang], n + 1)
        title = LIVE[lang].format(t=heads.pop())
        t = 7 * 60 + rng.randint(0, 90)
        updates: list[tuple[int, str, list[str]]] = []
        for h in heads:
            k = 2 if len(paras) > n - len(updates) and rng.random() < 0.4 else 1
            updates.append((t, h, [paras.pop(0) for _ in range(min(k, len(paras)))]))
            t += rng.randint(12, 55)
        item.offset = max(item.offset, min(t * 60 + 600, 86399))
        updates.reverse()  # newest first, as the page presents them
        shown = updates[:pub.live_show] if pub.live_show and rng.random() < 0.6 else updates
        author = rng.choice(pub.authors)
        ctx = self.context(pub, rng, item.day, t, title, author, None)
        body = Body([u[1] for u in shown])
        more = []
        for habit in pub.live_habits:
            if habit.pos == "more":
                if len(shown) < len(updates):
                    more = compose([], [habit], ctx, rng, "news", item.day).pieces()
                continue
            for p in compose([u[1] for u in shown], [habit], ctx, rng, "news", item.day).pieces():
                body.add(p, "mid" if habit.pos == "mid" else "top", rng)
        parts: list[str] = []
        for i, (m, h, paras) in enumerate(shown):
            parts.extend(piece_html(p, skin) for p in body.before.get(i, []))
            inner = "".join(skin.para.format(t=esc(p, skin.entities), i=j + 1) for j, p in enumerate(paras))
            parts.append(skin.live_update.format(iso=iso(item.day, m, lang), time=esc(clock(m, lang), skin.entities),
                                                 h=esc(h, skin.entities), body=inner, n=len(shown) - i))
        html_body = skin.live.format(updates="\n".join(parts), more="".join(piece_html(p, skin) for p in more))
        blog = [{"@type": "BlogPosting", "headline": h, "articleBody": pub.ld_join.join(paras),
                 "datePublished": iso(item.day, m, lang)} for m, h, paras in updates]
        live_ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": title,
                   "datePublished": iso(item.day, updates[-1][0], lang),
                   "dateModified": iso(item.day, updates[0][0], lang),
                   "coverageStartTime": iso(item.day, updates[-1][0], lang), "inLanguage": lang,
                   "liveBlogUpdate": blog[::-1] if pub.ld_oldest_first else blog}
        truth = [x for _, h, paras in updates for x in (h, *paras)]
        self.finish(pub, rng, item, kind="liveblog", title=title, url=self.url_for(pub, rng, item.day, title),
                    html_body=html_body, truth=truth, pieces=body.pieces() + more, key=self.new_key(),
                    copy="original", author=author.name, live_ld=live_ld)

    def originals_of(self, pub: Publisher, rng: random.Random, items: list[Item]) -> None:
        pairs = {it.pair: self.take_pair(pub.lang) for it in items if it.kind == "followup-a"}
        first: dict[int, Original] = {}
        for it in items:
            kind, copyable, story = it.kind, True, None
            if it.kind == "liveblog":
                self.liveblog(pub, rng, it)
                continue
            if it.kind.startswith("templated:"):
                tmpl = it.kind.split(":", 1)[1]
                title, paras = make_templated(tmpl, rng, day_date(it.day))
                paras = self.with_dateline(pub, rng, paras) if tmpl in DATELINED else paras
                kind, copyable = "templated", False
            elif it.kind.startswith("hand:"):
                _, title, paras = STORIES[it.kind.split(":", 1)[1]]
                paras, kind = list(paras), "news"
            elif it.kind in ("news", "jsonld-full", "jsonld-teaser", "jsonld-stale", "followup-a", "followup-b"):
                if it.kind == "followup-b":
                    story, prev = pairs[it.pair][1], first[it.pair]
                    paras = list(story["paras"])
                    background = rng.choice(prev.truth[1:])  # the earlier story's background, verbatim
                    paras.insert(rng.choice((1, 2, len(paras) - 1)), background)
                    title = f"{FOLLOW[pub.lang]}: {self.title_of(pairs[it.pair][0], rng)}"
                    paras = self.with_dateline(pub, rng, paras)
                else:
                    story = pairs[it.pair][0] if it.kind == "followup-a" else self.take(pub.lang)
                    title, paras = self.title_of(story, rng), self.with_dateline(pub, rng, list(story["paras"]))
                kind = it.kind if it.kind.startswith("jsonld") else "news"
            else:
                continue  # reposts and copies come later
            key = self.new_key()
            role = "templated" if kind == "templated" else "news"
            _, pieces, url, author = self.emit(pub, rng, it, kind=kind, role=role, title=title, paras=paras, key=key)
            orig = Original(key, pub, it.day, it.offset, title, paras, author, url, pieces)
            if it.kind == "followup-a":
                first[it.pair] = orig
            if copyable:
                self.originals.append(orig)

    def repost(self, pub: Publisher, rng: random.Random, it: Item) -> None:
        own = [o for o in self.originals if o.pub is pub and not o.reposted and (o.day, o.offset) < (it.day, it.offset)]
        if not own:
            own = [o for o in self.originals if o.pub is pub and not o.reposted]
            it.day = max(it.day, max(o.day for o in own))
        o = rng.choice(own)
        o.reposted = True
        it.offset = max(it.offset, o.offset + 60) if it.day == o.day else it.offset
        author = next(a for a in pub.authors if a.name == o.author)
        self.emit(pub, rng, it, kind="news", role="reposted", title=o.title, paras=list(o.truth), key=o.key,
                  copy="reposted", author=author)

    def copy(self, pub: Publisher, rng: random.Random, it: Item) -> None:
        cands = [o for o in self.originals if o.pub.lang == pub.lang and o.pub.host in pub.copy_from
                 and len(o.copied_by) < 2 and pub.host not in o.copied_by]
        fresh = [o for o in cands if it.day - 6 <= o.day <= it.day and (o.day, o.offset) < (it.day, it.offset)]
        older = [o for o in cands if (o.day, o.offset) < (it.day, it.offset)]
        o = rng.choice(fresh or older or cands)
        if (o.day, o.offset) >= (it.day, it.offset):
            it.day, it.offset = o.day, min(o.offset + rng.randint(600, 7200), 86399)
        o.copied_by.add(pub.host)
        paras = list(o.truth)
        if it.kind == "edited":
            paras = self.edit(paras, pub.lang, rng)
        elif it.kind == "trimmed":
            paras = paras[:rng.randint(2, max(2, min(4, len(paras) - 1)))]
        aggregator = len(pub.authors) == 1 and pub.authors[0].role in AGGREGATOR_ROLES
        author = pub.authors[0] if aggregator else Author(o.author, "f", "", "")
        self.emit(pub, rng, it, kind="news", role=it.kind, title=o.title, paras=paras, key=o.key, copy=it.kind,
                  origin=o, author=author)

    def run(self) -> list[Page]:
        plans = {}
        for pub in self.pubs:
            rng = random.Random(f"{self.seed}:{pub.host}")
            plans[pub.host] = (rng, self.schedule(pub, rng))
            self.originals_of(pub, rng, plans[pub.host][1])
        for pub in self.pubs:
            rng, items = plans[pub.host]
            for it in items:
                if it.kind == "repost":
                    self.repost(pub, rng, it)
        copies = sorted(((HALF_ORDER[pub.half], it.day, it.offset, i, j, pub, it) for i, pub in enumerate(self.pubs)
                         for j, it in enumerate(plans[pub.host][1]) if it.kind in COPY), key=lambda x: x[:5])
        for *_, pub, it in copies:
            self.copy(pub, plans[pub.host][0], it)
        return sorted(self.pages, key=lambda p: (p.seen_at, p.url))
