"""JSON-LD as evidence for the body (ingest.structured, through ingest.extract.extract_page).

Every page here is written for these tests.
"""

from __future__ import annotations

import json

from ingest.extract import extract_page
from ingest.structured import StructuredBody, reconcile

PARAS = [
    "The regional council voted on Tuesday to rebuild the old harbour bridge, ending a dispute that had "
    "divided the town for almost a decade and delayed repairs to the crossing.",
    "Engineers warned last spring that the steel frame was corroding faster than expected, and heavy lorries "
    "have been barred from the bridge since the summer floods.",
    "The new crossing will carry two lanes of traffic and a separate path for cyclists and pedestrians, the "
    "council's transport committee said in a statement after the vote.",
    "Construction is due to start next March and should take about two years, during which a ferry will "
    "carry foot passengers across the estuary every twenty minutes.",
    "Local shop owners welcomed the decision but asked the council to keep the ferry running late into the "
    "evening so that customers from the far bank can still reach the market.",
]


def page(body_html: str, ld: object | None = None, title: str = "Council votes to rebuild the harbour bridge") -> str:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld is not None else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{script}
<link rel="canonical" href="https://gazette.example/news/bridge"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><article><h1>{title}</h1>{body_html}</article></main>
<footer><p>Imprint · Privacy · Contact</p></footer></body></html>"""


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


URL = "https://gazette.example/news/bridge"


def test_full_article_body_replaces_a_body_cut_short_by_a_paywall() -> None:
    html = page(paragraphs(PARAS[:2]) + '<div class="paywall"><p>Subscribe to continue reading.</p></div>',
                {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge",
                 "articleBody": "\n\n".join(PARAS)})
    got = extract_page(html, URL)
    assert got is not None and got.body_source == "jsonld"
    assert [p for p in got.text.split("\n") if p in PARAS] == PARAS


def test_a_related_link_amid_the_visible_paragraphs_and_a_short_continuation_still_take_the_full_body() -> None:
    """A "Read also: <linked headline>" line between the visible paragraphs is no paragraph of the story, and a
    body that goes on past a paywall by one short paragraph is still more of the story: the JSON-LD body is
    taken.  A line amid them that is not a link is a paragraph the body lacks, and extraction's text stays."""
    tail = "The ferry will run until midnight on market days, and the council will review the timetable in June."
    headline = "Ferry timetable changes in May for foot passengers and cyclists crossing the estuary"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": "\n\n".join([*PARAS, tail])}
    related = f'<p>Read also: <a href="/news/ferry-timetable">{headline}</a></p>'
    paywall = '<div class="paywall"><p>Subscribe to continue.</p></div>'
    got = extract_page(page(paragraphs(PARAS[:2]) + related + paragraphs(PARAS[2:]) + paywall, ld), URL)
    assert got is not None and got.body_source == "jsonld" and tail in got.text and headline not in got.text
    other = f"<p>Read also this: {headline.lower()}, a change the council approved.</p>"
    got = extract_page(page(paragraphs(PARAS[:2]) + other + paragraphs(PARAS[2:]) + paywall, ld), URL)
    assert got is not None and got.body_source == "extraction" and tail not in got.text


def test_a_body_given_as_one_block_keeps_the_paragraphs_extraction_saw() -> None:
    body = StructuredBody("article", (" ".join(PARAS),))
    text, how = reconcile("\n".join(PARAS[:3]), body)
    assert how == "jsonld"
    assert text.split("\n") == [*PARAS[:2], " ".join(PARAS[2:])]


def test_teaser_and_stale_json_ld_are_not_trusted() -> None:
    teaser = page(paragraphs(PARAS), {"@type": "NewsArticle", "articleBody": PARAS[0]})
    got = extract_page(teaser, URL)
    assert got is not None and got.body_source == "extraction"
    assert all(p in got.text.split("\n") for p in PARAS)
    stale = ["An earlier version of this story: the council will vote on the bridge next week, and a decision "
             "is expected after a long public consultation that drew many letters.",
             "Councillors remain divided over the cost of a new crossing, estimated at forty million."] * 3
    got = extract_page(page(paragraphs(PARAS), {"@type": "NewsArticle", "articleBody": "\n".join(stale)}), URL)
    assert got is not None and got.body_source == "extraction" and PARAS[4] in got.text


def test_graph_lists_and_broken_blocks() -> None:
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Gazette"},
        {"@type": ["NewsArticle", "Article"], "articleBody": "<p>" + "</p><p>".join(PARAS) + "</p>"}]}
    html = page(paragraphs(PARAS[:2]), ld).replace("</head>", '<script type="application/ld+json">{broken</script>'
                                                               "</head>")
    got = extract_page(html, URL)
    assert got is not None and got.body_source == "jsonld"
    assert [p for p in got.text.split("\n") if p in PARAS] == PARAS


UPDATES = [
    ("2025-07-14T18:40:00+00:00", "Bridge closed for the night",
     "Police have closed the harbour bridge to all traffic until the morning while divers search the water "
     "below the central span."),
    ("2025-07-14T17:05:00+00:00", "Ferry service extended",
     "The ferry operator says boats will run every fifteen minutes until midnight to carry stranded commuters "
     "across the estuary."),
    ("2025-07-14T15:30:00+00:00", "Lorry hit the railing",
     "Witnesses say a delivery lorry struck the eastern railing shortly after three, and part of it fell into "
     "the water."),
    ("2025-07-14T14:55:00+00:00", "Reports of a collision",
     "We are getting reports of a collision on the harbour bridge; emergency services are on their way."),
]


def live_blog(shown: int, ld_order: list[int]) -> str:
    blocks = "".join(f'<div class="update"><time>{w[11:16]}</time><h3>{h}</h3><p>{b}</p></div>'
                     for w, h, b in UPDATES[:shown])
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Live: harbour bridge",
          "liveBlogUpdate": [{"@type": "BlogPosting", "datePublished": UPDATES[i][0], "headline": UPDATES[i][1],
                              "articleBody": UPDATES[i][2]} for i in ld_order]}
    return page(blocks + '<button class="load-more">Load more updates</button>', ld, "Live: harbour bridge")


def test_a_live_blog_keeps_all_its_updates_newest_first() -> None:
    """The page shows the latest two updates; its JSON-LD has all four (listed oldest first here)."""
    got = extract_page(live_blog(2, [3, 2, 1, 0]), URL)
    assert got is not None and got.body_source == "jsonld-liveblog"
    lines = got.text.split("\n")
    assert lines == [line for _, h, b in UPDATES for line in (h, b)]


def test_a_live_blog_whose_json_ld_is_behind_the_page_keeps_the_page() -> None:
    got = extract_page(live_blog(4, [3, 2]), URL)  # the JSON-LD was written two updates ago
    assert got is not None and got.body_source == "extraction"
    assert all(b in got.text for _, _, b in UPDATES)
