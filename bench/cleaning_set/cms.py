"""The publishers' "CMS": habits (boilerplate a publisher puts inside article bodies), skins (its markup),
and the two steps every page goes through: ``compose`` (truth paragraphs + injected pieces, placed) and
``render`` (the full HTML page as the site would serve it).

A story paragraph is a plain ``str``; a ``Block`` (a ``str`` that carries a ``form``) is story text that the
site marks up as something else: a subhead, a block quotation, a bullet item or a line of a fact box.  Its
text is the truth either way; only its markup differs (see ``Skin.blocks``)."""

from __future__ import annotations

import html
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# page roles a habit can apply to
ORIG = ("news", "templated", "reposted")
COPY = ("syndicated", "edited", "trimmed")
ALL = ORIG + COPY


class Block(str):
    """Story text with a form other than a plain paragraph: 'h2' (a subhead), 'quote' (a block quotation),
    'li' (an item of a bullet list), 'fact-h' / 'fact-li' (the heading and the items of a fact box that belongs
    to the story).  Consecutive 'li' blocks form one list, consecutive 'fact-*' blocks one box."""

    form: str

    def __new__(cls, text: str, form: str = "p") -> Block:
        obj = super().__new__(cls, text)
        obj.form = form
        return obj


def form_of(para: str) -> str:
    return getattr(para, "form", "")


def like(old: str, new: str) -> str:
    """``new`` with the form of ``old`` (an edited paragraph keeps its markup)."""
    return Block(new, old.form) if isinstance(old, Block) else new


@dataclass(frozen=True)
class Author:
    name: str
    gender: str  # 'f' | 'm'
    beat: str
    role: str = ""


@dataclass(frozen=True)
class Habit:
    """One kind of boilerplate a publisher puts inside bodies.  ``texts`` are alternative wordings, each a
    tuple of sentence templates (``{headline}``, ``{author}``, ``{region}``, … are filled per page);
    ``pos`` is where it goes: top | after1 | mid | end | glue (stuck to the last paragraph, no space) |
    glue_space | glue_lede (stuck to paragraph 1 or 2, no space)."""

    kind: str
    texts: tuple[tuple[str, ...], ...]
    pos: str = "end"
    prob: float = 1.0
    style: str = "p"
    days: tuple[int, int] = (0, 999)
    on: tuple[str, ...] = ORIG
    link: str = ""  # the filled value of this placeholder is rendered as a link
    group: str = ""  # at most one habit of a group per page
    needs: str = ""  # placed only when a piece of this kind is already on the page (a disclaimer under its box)
    topic: str = ""  # a regex: placed only on stories whose text matches it (a content warning, a series box)


@dataclass(frozen=True)
class Skin:
    page: str  # {lang} {title} {name} {host} {head} {article} {most_read} {year}
    article: str  # {h1} {byline} {figure} {body} {url}
    byline: str  # {author} {date} {time} {iso} {slug}
    figure: str  # {src} {caption} {credit}
    pieces: dict[str, str] = field(default_factory=dict)  # style -> wrapper with {t}
    para: str = "<p>{t}</p>"
    glue: str = "{t}"
    link: str = '<a href="{href}">{t}</a>'
    most_read: str = '<li><a href="{href}">{t}</a></li>'
    ad: str = ""
    live: str = '<div class="liveblog">{updates}{more}</div>'
    live_update: str = '<article class="update"><time datetime="{iso}">{time}</time><h2>{h}</h2>{body}</article>'
    entities: str = "plain"  # plain | named | ascii | french (non-breaking spaces before : ; ! ? »)
    blocks: dict[str, str] = field(default_factory=dict)  # Block form -> wrapper with {t}, see BLOCKS


@dataclass(frozen=True)
class Publisher:
    name: str
    host: str
    half: str
    lang: str
    region: str
    url: str  # format with {host} {y} {m} {d} {slug} {id} {section}
    skin: Skin
    habits: tuple[Habit, ...]
    authors: tuple[Author, ...]
    plan: tuple[tuple[str, int], ...]  # page kinds and counts, see build.py
    sections: tuple[str, ...] = ("news",)
    templates: tuple[str, ...] = ()
    live_habits: tuple[Habit, ...] = ()
    copy_from: tuple[str, ...] = ()  # hosts whose stories it runs
    dateline: tuple[str, ...] = ()  # every lede opens with one of these (true text)
    feed_summary: bool = True
    ld: str = "article"  # article | graph | none (JSON-LD on ordinary pages)
    ld_join: str = "\n\n"  # how its articleBody joins paragraphs
    ld_oldest_first: bool = False  # liveBlogUpdate order in JSON-LD
    live_show: int = 0  # when > 0, some live blogs show only this many updates plus "load more"
    photographers: tuple[str, ...] = ("Anna Berg", "Luis Ortega", "Mika Jansen")
    agencies: tuple[str, ...] = ("AP",)
    citing: tuple[str, ...] = ("local officials",)
    email_domain: str = ""

    def email(self, author: Author) -> str:
        first, *rest = author.name.lower().split()
        last = re.sub(r"\W", "", (rest or [first])[-1].translate(str.maketrans("äöüéèáíóúñç", "aoueeaiounc")))
        return f"{first[0]}{last}@{self.email_domain or self.host}"


@dataclass
class Piece:
    sentences: tuple[str, ...]
    kind: str
    style: str = "p"
    link_text: str = ""
    href: str = ""

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


@dataclass
class Body:
    """Truth paragraphs with the pieces placed around them: before[i] comes before paragraph i (i == len:
    after the last), glue[i] is stuck to paragraph i with glue_sep[i]."""

    paras: list[str]
    before: dict[int, list[Piece]] = field(default_factory=dict)
    glue: dict[int, tuple[str, Piece]] = field(default_factory=dict)

    def add(self, piece: Piece, pos: str, rng: random.Random) -> None:
        n = len(self.paras)
        if pos.startswith("glue"):
            i = (1 if n >= 4 and rng.random() < 0.6 else 0) if pos == "glue_lede" else n - 1
            if i not in self.glue:
                self.glue[i] = ("" if pos != "glue_space" else " ", piece)
                return
            pos = "end"
        i = {"top": 0, "after1": 1 if n >= 3 else n, "mid": max(1, n // 2), "end": n}.get(pos, n)
        self.before.setdefault(i, []).append(piece)

    def pieces(self) -> list[Piece]:
        out = []
        for i in range(len(self.paras) + 1):
            out.extend(self.before.get(i, []))
            if i in self.glue:
                out.append(self.glue[i][1])
        return out


def fill(template: str, ctx: dict[str, str]) -> str:
    return template.format_map(ctx)


def headline_fields(headline: str, host: str) -> dict[str, str]:
    slug = "-".join(re.findall(r"[a-z0-9]+", headline.lower()))[:64] or "article"
    return {"headline": headline, "headline_dot": headline + ("" if headline[-1] in ".!?…" else "."),
            "headline_href": f"https://{host}/{slug}"}


def make_piece(habit: Habit, ctx: dict[str, str], rng: random.Random) -> Piece:
    wording = rng.choice(habit.texts)
    sentences = tuple(fill(t, ctx) for t in wording)
    link_text = ctx.get(habit.link, "") if habit.link else ""
    return Piece(sentences, habit.kind, habit.style, link_text, ctx.get(f"{habit.link}_href", "/"))


def compose(paras: list[str], habits: list[Habit], ctx: dict[str, str], rng: random.Random,
            role: str, day: int, allowed: tuple[str, ...] = ()) -> Body:
    """Place the publisher's active habits around ``paras``.  A piece that would collide with story text
    (one of its sentences inside a truth paragraph) is skipped."""
    body = Body(list(paras))
    truth = [" ".join(p.split()) for p in paras]
    groups: set[str] = set()
    placed: set[str] = set()
    heads = ctx.get("_headlines", "").split("\n") if ctx.get("_headlines") else []
    for n, habit in enumerate(habits):  # every habit links a different headline
        if heads:
            ctx = {**ctx, **headline_fields(heads[n % len(heads)], ctx["host"])}
        group = habit.group or ("agency" if habit.kind == "agency" else "")  # one agency line per page
        if group and group in groups:
            continue
        if habit.needs and habit.needs not in placed:
            continue
        if habit.topic and not any(re.search(habit.topic, t) for t in truth):
            continue
        if role not in habit.on or not habit.days[0] <= day < habit.days[1] or rng.random() >= habit.prob:
            continue
        if allowed and habit.pos not in allowed:
            continue
        piece = make_piece(habit, ctx, rng)
        if any(" ".join(s.split()) in t for s in piece.sentences for t in truth):
            continue
        groups.add(group)
        placed.add(habit.kind)
        body.add(piece, habit.pos, rng)
    return body


_NAMED = {"’": "&rsquo;", "‘": "&lsquo;", "“": "&ldquo;", "”": "&rdquo;", "—": "&mdash;", "–": "&ndash;",
          "…": "&hellip;", "é": "&eacute;", "ü": "&uuml;", "ö": "&ouml;", "ä": "&auml;", "ß": "&szlig;"}


def esc(text: str, mode: str) -> str:
    out = html.escape(text, quote=False)
    if mode == "ascii":
        return out.encode("ascii", "xmlcharrefreplace").decode()
    if mode == "named":
        return "".join(_NAMED.get(ch, ch) for ch in out)
    if mode == "french":
        out = re.sub(r" ([:;!?»])", r"&nbsp;\1", out)
        return out.replace("« ", "«&nbsp;")
    return out


def piece_html(piece: Piece, skin: Skin) -> str:
    wrapper = skin.pieces.get(piece.style, skin.para)
    if "{li}" in wrapper:  # a box: its first sentence is the heading, the others list items
        head, *items = piece.sentences
        li = "\n".join(f"<li>{esc(s, skin.entities)}</li>" for s in items)
        return wrapper.format(h=esc(head, skin.entities), li=li)
    inner = esc(piece.text, skin.entities)
    if piece.link_text:
        lt = esc(piece.link_text, skin.entities)
        k = inner.rfind(lt)
        if k >= 0:
            inner = inner[:k] + skin.link.format(href=html.escape(piece.href), t=lt) + inner[k + len(lt):]
    return wrapper.format(t=inner, i=0)


BLOCKS = {"h2": "<h2>{t}</h2>", "quote": "<blockquote><p>{t}</p></blockquote>", "li": "<li>{t}</li>",
          "ul": "<ul>{t}</ul>", "fact": '<div class="factbox">{t}</div>', "fact-h": "<h3>{t}</h3>",
          "fact-li": "<li>{t}</li>", "fact-ul": "<ul>{t}</ul>"}
RUNS = {"li": "ul", "fact-h": "fact", "fact-li": "fact"}  # forms that group into one element


def body_html(body: Body, skin: Skin, ad_after: int = -1) -> str:
    if any(form_of(p) for p in body.paras):
        return _blocks_html(body, skin, ad_after)
    parts: list[str] = []
    for i in range(len(body.paras) + 1):
        parts.extend(piece_html(p, skin) for p in body.before.get(i, []))
        if i == len(body.paras):
            break
        inner = esc(body.paras[i], skin.entities)
        if i in body.glue:
            sep, piece = body.glue[i]
            inner += sep + skin.glue.format(t=esc(piece.text, skin.entities))
        parts.append(skin.para.format(t=inner, i=i + 1))
        if i == ad_after and skin.ad:
            parts.append(skin.ad)
    return "\n".join(parts)


def _run_html(run: str, items: list[tuple[str, str]], blocks: dict[str, str]) -> str:
    if run == "ul":
        return blocks["ul"].format(t="\n".join(h for _, h in items))
    out: list[str] = []
    lis: list[str] = []
    for form, h in [*items, ("", "")]:
        if form == "fact-li":
            lis.append(h)
            continue
        if lis:
            out.append(blocks["fact-ul"].format(t="\n".join(lis)))
            lis = []
        if h:
            out.append(h)
    return blocks["fact"].format(t="\n".join(out))


def _blocks_html(body: Body, skin: Skin, ad_after: int) -> str:
    """Like the plain loop, with subheads, quotations, lists and fact boxes; pieces (and the ad) placed
    inside a list or a box wait until it closes, as a CMS puts its inserts between body elements."""
    blocks = {**BLOCKS, **skin.blocks}
    n = len(body.paras)
    before: dict[int, list[Piece]] = {}
    for i, pieces in sorted(body.before.items()):  # nothing between a subhead and what it heads
        while 0 < i <= n and form_of(body.paras[i - 1]) == "h2":
            i -= 1
        before.setdefault(i, []).extend(pieces)
    parts: list[str] = []
    run = ""  # the open list or box, its items, and what waits for it to close
    run_items: list[tuple[str, str]] = []
    held: list[str] = []
    for i in range(n + 1):
        here = RUNS.get(form_of(body.paras[i]), "") if i < n else ""
        inside = bool(run_items) and here == run
        if not inside and run_items:
            parts.append(_run_html(run, run_items, blocks))
            parts.extend(held)
            run_items, held = [], []
        (held if inside else parts).extend(piece_html(p, skin) for p in before.get(i, []))
        if i == n:
            break
        para, form = body.paras[i], form_of(body.paras[i])
        inner = esc(para, skin.entities)
        if i in body.glue:
            sep, piece = body.glue[i]
            inner += sep + skin.glue.format(t=esc(piece.text, skin.entities))
        html_ = blocks[form].format(t=inner) if form in blocks else skin.para.format(t=inner, i=i + 1)
        if here:
            run = here
            run_items.append((form, html_))
        else:
            parts.append(html_)
        if i == ad_after and form == "h2":
            ad_after += 1  # the ad goes after what the subhead heads
        elif i == ad_after and skin.ad:
            (held if here else parts).append(skin.ad)
    return "\n".join(parts)


def jsonld(obj: dict) -> str:
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False).replace("</", "<\\/") + \
        "</script>"


def render(pub: Publisher, *, title: str, url: str, body: str, byline: str, figure: str, ld: list[dict],
           most_read: list[tuple[str, str]]) -> str:
    s = pub.skin
    article = s.article.format(h1=esc(title, s.entities), byline=byline, figure=figure, body=body, url=url)
    items = "".join(s.most_read.format(href=h, t=esc(t, s.entities)) for t, h in most_read)
    head = f'<link rel="canonical" href="{url}">' + "".join(jsonld(o) for o in ld)
    return s.page.format(lang=pub.lang, title=esc(title, s.entities), name=esc(pub.name, s.entities),
                         host=pub.host, head=head, article=article, most_read=items, year="2025")


# --- helpers the later parts' publishers and stories share ------------------------------------------------

DAYS = 30


def h2(text: str) -> Block:
    return Block(text, "h2")


def li(text: str) -> Block:
    return Block(text, "li")


def quote(text: str) -> Block:
    return Block(text, "quote")


def fact_h(text: str) -> Block:
    return Block(text, "fact-h")


def fact(text: str) -> Block:
    """An item of a fact box."""
    return Block(text, "fact-li")


def rotating(kind: str, wordings: list[tuple[str, ...]], every: int, pos: str, prob: float, style: str = "p",
             on: tuple[str, ...] = ORIG, **kw: Any) -> tuple[Habit, ...]:
    """A promo that changes every ``every`` days: one habit per window, cycling through ``wordings``."""
    n = -(-DAYS // every)
    return tuple(Habit(kind, (wordings[k % len(wordings)],), pos, prob, style, on=on,
                       days=(k * every, (k + 1) * every if k < n - 1 else 999), **kw) for k in range(n))


def daily(part: str, kind: str, seed: str, make: Callable[[random.Random, int], tuple[str, ...]], pos: str,
          prob: float, style: str = "p", on: tuple[str, ...] = ORIG, **kw: Any) -> tuple[Habit, ...]:
    """A widget or box whose text changes every day (market data, bridge wait times, a most-read or "keep
    reading" list): one habit per day, its text made by ``make`` from a generator seeded by part and seed."""
    rng = random.Random(f"{part}:{seed}")
    return tuple(Habit(kind, (make(rng, d),), pos, prob, style, on=on, days=(d, d + 1 if d < DAYS - 1 else 999),
                       **kw) for d in range(DAYS))


def headline_box(title: str, heads: tuple[str, ...], k: int) -> Callable[[random.Random, int], tuple[str, ...]]:
    """A box of the site's headlines (most read, keep reading): its title, then ``k`` of ``heads``."""
    return lambda rng, _day: (title, *rng.sample(heads, k))
