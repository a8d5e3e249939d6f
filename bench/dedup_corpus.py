"""The labelled syndication corpus of ``bench.dedup_eval``: copies of real texts, pages served and
extracted like real ones, and hard negatives written from templates.

Every ``Doc`` has a ``label`` (its story): copies share their original's; each templated story and
each story quoting a shared passage is a story of its own, grouped in ``negative_group`` so the
report can count false merges among documents built to look alike.
"""

from __future__ import annotations

import html
import random
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from bench.banding import sentences, trim
from bench.dedup_templates import quote_stories, templated_stories
from feedlake.demo.siteserver import Resource, SiteServer
from ingest.clean import clean_text, load_rules
from ingest.extract import extract_page
from ingest.http import ClientConfig, HttpClient

START = 1_764_000_000.0  # arrival times: one original every 10 minutes from here


@dataclass(frozen=True)
class Doc:
    doc_id: str
    label: str
    kind: str  # original | header_footer | trimmed | edited | site | template | quote
    text: str
    title: str | None
    source: str
    published: float
    negative_group: str = ""


@dataclass(frozen=True)
class Publisher:
    name: str
    host: str  # loopback address it is served from
    header: str
    footer: str
    page: str  # HTML page template: {title} {byline} {body} {name}


_NAV = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in
               "Home World Business Sport Culture Opinion Weather Podcasts".split())
PUBLISHERS = [
    Publisher(
        "Northern Courier", "127.0.0.2", "By {author} | Northern Courier | Updated {date}",
        "This story was originally published by the Northern Courier and is republished under a content "
        "sharing agreement. Copyright 2025 Northern Courier Media Group. All rights reserved.",
        '<html><head><title>{title} | {name}</title></head><body><header><nav><ul>' + _NAV + '</ul></nav>'
        '</header><main><article><h1>{title}</h1><p class="byline">{byline}</p>{body}</article><aside>'
        '<h3>Most read</h3><ul><li><a href="/a">Council approves budget</a></li><li><a href="/b">Storm '
        'closes ferry route</a></li></ul></aside></main><footer><p>&copy; 2025 {name}. All rights reserved.'
        '</p><p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer></body></html>'),
    Publisher(
        "Valley Gazette", "127.0.0.3", "{date} - Valley Gazette staff and wire reports",
        "Get the Valley Gazette newsletter: the day's top stories in your inbox every morning. Sign up now. "
        "Reporting by {author}; editing by the Valley Gazette news desk.",
        '<html><head><title>{title}</title><meta property="og:site_name" content="{name}"></head><body>'
        '<div id="top"><a href="/">{name}</a><ul>' + _NAV + '</ul></div><div class="story"><h1>{title}</h1>'
        '<div class="meta">{byline}</div><div class="story-body">{body}<div class="newsletter"><p>Sign up '
        'for our newsletter and never miss a story.</p></div></div><div class="share">Share on Facebook '
        'Share on X Share by email</div></div><div id="comments"><h3>Comments</h3><p>Comments are closed.'
        '</p></div><div id="footer">{name} &middot; 12 Mill Street &middot; Contact us</div></body></html>'),
    Publisher(
        "Metro Daily", "127.0.0.4", "METRO DAILY — {date}",
        "Read more: the latest local news on metrodaily.example. Metro Daily is an independent newspaper "
        "serving the region since 1921. Follow us on social media for breaking news.",
        '<html><head><title>{name}: {title}</title></head><body><nav><ul>' + _NAV + '</ul></nav><main>'
        '<section class="content"><h1 class="headline">{title}</h1><p><em>{byline}</em></p>{body}<p>Read '
        'more: <a href="/more">More stories from the region</a></p></section><section class="related"><h2>'
        'Related</h2><ul><li><a href="/r1">Traffic disruption expected this weekend</a></li><li><a href='
        '"/r2">New school year begins</a></li></ul></section></main><footer>Metro Daily, all rights '
        'reserved.</footer></body></html>'),
    Publisher(
        "Coastal Wire", "127.0.0.5", "Coastal Wire / {author}",
        "(c) Coastal Wire Service. Distributed to member newspapers; not for redistribution.",
        '<html><head><title>{title} - {name}</title></head><body><div class="masthead">{name}</div><div '
        'class="menu"><ul>' + _NAV + '</ul></div><div id="content"><h1>{title}</h1><div class="dateline">'
        '{byline}</div><div class="text">{body}</div></div><div class="ad">Advertisement</div><div class='
        '"bottom"><p>Subscribe to Coastal Wire for unlimited access.</p><p>Coastal Wire Service &copy; 2025'
        '</p></div></body></html>'),
]
AUTHORS = ["Anna Keller", "Jonas Weber", "Maria Lopez", "Tom Berger", "Sara Okafor", "Lukas Braun"]


def _date(rng: random.Random) -> str:
    return f"Nov. {rng.randint(1, 28)}, 2025 {rng.randint(1, 12)}:{rng.randint(0, 59):02d} p.m."


def _title(text: str) -> str:
    first = text.split("\n", 1)[0]
    return first if len(first.split()) <= 16 else " ".join(first.split()[:10])


def with_header_footer(text: str, pub: Publisher, rng: random.Random) -> str:
    fill = {"author": rng.choice(AUTHORS), "date": _date(rng)}
    return f"{pub.header.format(**fill)}\n{text}\n{pub.footer.format(**fill)}"


_QUOTE = re.compile(r"([„“\"«»])([^„“”\"«»\n]{15,300})([“”\"«»])")


def edited(text: str, rng: random.Random) -> tuple[str, str]:
    """Drop a sentence or two, reword a quotation (else a sentence), put a new headline on top."""
    sents = sentences(text)
    for _ in range(min(2, max(0, len(sents) - 4))):
        sents.pop(rng.randrange(1, len(sents)))
    body = " ".join(sents)
    vocab = [w for w in text.split() if w.isalpha() and w.islower()] or ["also"]

    def reword(m: re.Match[str]) -> str:
        words = m.group(2).split()
        for _ in range(2):
            words[rng.randrange(len(words))] = rng.choice(vocab)
        return m.group(1) + " ".join(words) + m.group(3)

    body, n = _QUOTE.subn(reword, body, count=2)
    if not n:
        sents = sentences(body)
        i = rng.randrange(len(sents))
        sents[i] = reword(re.match(r"()(.+)()", sents[i], re.S))  # type: ignore[arg-type]
        body = " ".join(sents)
    headline = "UPDATE: " + " ".join(rng.sample(vocab, min(6, len(vocab)))).capitalize()
    lines = [p for p in re.split(r"(?<=[.!?])\s+(?=\S)", body)]
    paragraphs = [" ".join(lines[i : i + 4]) for i in range(0, len(lines), 4)]
    return "\n".join([headline, *paragraphs]), headline


def render(pub: Publisher, title: str, text: str, rng: random.Random) -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    byline = html.escape(f"By {rng.choice(AUTHORS)}, {_date(rng)}")
    return pub.page.format(title=html.escape(title), byline=byline, body=body, name=pub.name).encode()


def serve_and_extract(pages: list[tuple[Publisher, str, bytes]]) -> list[str | None]:
    """Serve each page from its publisher's loopback host; fetch, extract and clean it like a real page."""
    rules = load_rules()
    with SiteServer(hosts=[p.host for p in PUBLISHERS]) as server, HttpClient(
            ClientConfig(allow_private_networks=True, per_host_concurrency=4, retries=0)) as client:
        for pub, path, body in pages:
            server.add(pub.host, path, Resource(body))

        def one(page: tuple[Publisher, str, bytes]) -> str | None:
            pub, path, _ = page
            resp = client.get(server.url(pub.host, path))
            got = extract_page(resp.body, resp.url)
            if got is None:
                return None
            return clean_text(got.text, rules, language=got.language, link_texts=got.link_texts).text or None

        with ThreadPoolExecutor(4) as pool:
            return list(pool.map(one, pages))


def build_corpus(bases: list[str], spare: list[str], rng: random.Random) -> list[Doc]:
    docs: list[Doc] = []
    pages: list[tuple[Publisher, str, bytes]] = []
    page_docs: list[Doc] = []
    for f, text in enumerate(bases):
        label, t0 = f"story-{f}", START + 600 * f
        title = _title(text)
        docs.append(Doc(f"{label}/original", label, "original", text, title, "origin.example", t0))
        if rng.random() < 0.2:
            continue  # a story nobody republished

        def later(t0: float = t0) -> float:
            return t0 + rng.uniform(-1800, 86400)  # most copies after the original, a few before

        pubs = rng.sample(PUBLISHERS, 4)
        if rng.random() < 0.5:
            docs.append(Doc(f"{label}/hf", label, "header_footer", with_header_footer(text, pubs[0], rng), title,
                            pubs[0].host, later()))
        if rng.random() < 0.4:
            docs.append(Doc(f"{label}/trim", label, "trimmed", trim(text, rng), title, pubs[1].host, later()))
        if rng.random() < 0.4:
            body, headline = edited(text, rng)
            docs.append(Doc(f"{label}/edit", label, "edited", body, headline, pubs[2].host, later()))
        if rng.random() < 0.6:
            variant = trim(text, rng) if rng.random() < 0.3 else text
            pages.append((pubs[3], f"/news/{label}.html", render(pubs[3], title, variant, rng)))
            page_docs.append(Doc(f"{label}/site", label, "site", "", title, pubs[3].host, later()))
    negatives = templated_stories(rng) + quote_stories(spare, rng)
    for i, (group, label, text, title) in enumerate(negatives):
        t0 = START + 600 * (len(bases) + i) + rng.uniform(0, 300)
        kind = "quote" if group.startswith("quote") else "template"
        docs.append(Doc(f"{label}/original", label, kind, text, title, "origin.example", t0, group))
        if kind == "template" and rng.random() < 0.35:  # syndicated automated stories: copies to find
            pub = rng.choice(PUBLISHERS)
            docs.append(Doc(f"{label}/hf", label, "header_footer", with_header_footer(text, pub, rng), title,
                            pub.host, t0 + rng.uniform(60, 7200), group))
        if kind == "template" and rng.random() < 0.35:
            pub = rng.choice(PUBLISHERS)
            pages.append((pub, f"/news/{label}.html", render(pub, title, text, rng)))
            page_docs.append(Doc(f"{label}/site", label, "site", "", title, pub.host, t0 + rng.uniform(60, 7200),
                                 group))
    for doc, extracted in zip(page_docs, serve_and_extract(pages), strict=True):
        if extracted:
            docs.append(Doc(doc.doc_id, doc.label, doc.kind, extracted, doc.title, doc.source, doc.published,
                            doc.negative_group))
    return sorted(docs, key=lambda d: (d.published, d.doc_id))
