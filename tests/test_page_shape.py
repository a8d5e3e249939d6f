"""Paragraphs in a box of their own (ingest.page_shape) and their removal when their words show chrome."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from ingest.chrome import self_names
from ingest.clean import SET_APART, Rules, clean_text, load_rules
from ingest.extract import extract_page
from ingest.page_shape import set_apart

STORY = [
    "The harbour of Northport reopened on Tuesday after three months of repairs to the sea wall that the "
    "January storm had breached, the port authority said.",
    "Fishing boats returned to their moorings in the morning, and the first ferry to the islands left "
    "shortly after ten with about two hundred passengers on board.",
    "Officials said the repairs cost about four million euros, most of it from a regional emergency fund "
    "set up after the storm.",
]
PROMO = "Subscribe to the Gazette for $5 a month. Call 555-0142 or visit gazette.example/subscribe."
TIP = "Have a story we should know about? Email newsdesk@gazette.example."
FACTS = "The sea wall is 2.4 kilometres long and was first built in 1911 by the harbour board."
QUESTION = "What would you tell the families who waited three months for the ferry to come back?"
QUOTE = "Subscribe to the idea that this port matters to every family on the coast, and you will see why."


def page(wrap: str = "{}") -> str:
    first, *rest = (wrap.format(f"<p>{p}</p>") for p in STORY)
    return f"""<!DOCTYPE html><html lang="en"><head><title>Harbour reopens | Gazette</title></head><body>
<nav><a href="/">Home</a></nav><main><article><h1>Harbour reopens</h1><div class="story-body">{first}
<div class="inline-promo-7 panel"><div class="panel-body"><p><strong>{PROMO}</strong></p></div></div>
{"".join(rest)}
<div class="factbox"><p>{FACTS}</p></div>
<blockquote><p>{QUOTE}</p></blockquote>
<p><strong>{QUESTION}</strong></p>
<p><em>{TIP}</em></p>
</div></article></main></body></html>"""


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


@pytest.mark.parametrize("wrap", ["{}", '<div class="paragraph paragraph--text">{}</div>'])
def test_boxes_and_italic_lines_are_set_apart_the_story_column_and_quotes_are_not(wrap: str) -> None:
    found = set_apart(lxml_html.fromstring(page(wrap)))
    assert {PROMO, TIP, FACTS, QUESTION} <= found
    assert QUOTE not in found  # a pull quote is the story's
    assert not found.intersection(STORY)  # a site that wraps every story paragraph has that wrap as column


def test_a_boxed_paragraph_goes_only_when_its_words_show_strong_chrome_evidence(rules: Rules) -> None:
    got = extract_page(page(), "https://gazette.example/news/harbour")
    assert got is not None and PROMO in got.text and TIP in got.text and FACTS in got.text
    cleaned = clean_text(got.text, rules, link_texts=got.link_texts, set_apart=got.set_apart,
                         names=self_names("gazette.example"))
    assert PROMO in cleaned.removed and TIP in cleaned.removed
    assert cleaned.removed_by[cleaned.removed.index(PROMO)] == SET_APART
    # a fact box, a quote and a bold interview question (it addresses the reader: weak evidence) are text
    for para in (*STORY, FACTS, QUOTE, QUESTION):
        assert para in cleaned.text.splitlines()
    # the same words in the story's own column are reporting: without the boxes nothing of this goes
    plain = clean_text(got.text, rules, link_texts=got.link_texts)
    assert PROMO in plain.text.splitlines()


def test_a_page_without_paragraphs_has_nothing_set_apart() -> None:
    assert set_apart(lxml_html.fromstring("<html><body><div>Just text</div></body></html>")) == frozenset()
