"""Paragraphs in a box of their own (ingest.page_shape) and their removal when their words show chrome."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from ingest.chrome import self_names
from ingest.clean import SET_APART, Rules, clean_text, load_rules
from ingest.extract import extract_page
from ingest.page_shape import open_fact_boxes, set_apart

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


KIT = ["Trois litres d'eau potable par personne et par jour.", "Une lampe torche, une radio à piles et des piles."]
ROWS = ["Gileppe: 84,2 % gefüllt", "Bütgenbach: 94,0 % gefüllt"]


def boxed_page(box: str) -> str:
    return f"""<!DOCTYPE html><html lang="fr"><head><title>Cyclone | Le Courrier</title></head><body>
<main><article><h1>Cyclone</h1><div class="corps"><p>{STORY[0]}</p>{box}<p>{STORY[1]}</p><p>{STORY[2]}</p>
</div></article></main></body></html>"""


def test_a_fact_box_between_the_story_s_paragraphs_is_kept_a_widget_or_a_box_of_links_is_not() -> None:
    """Extraction drops every <aside>: a story's fact box (a heading and lines that are sentences, linking
    nowhere) is opened first; a widget's rows, a box of links and a box with a form stay asides."""
    items = "".join(f"<li>{k}</li>" for k in KIT)
    fact = f'<aside class="encadre"><p><strong>Le kit cyclone</strong></p><ul>{items}</ul></aside>'
    got = extract_page(boxed_page(fact), "https://courrier.example/cyclone")
    assert got is not None and all(k in got.text for k in KIT) and "Le kit cyclone" in got.text
    assert got.text.index(STORY[0]) < got.text.index(KIT[0]) < got.text.index(STORY[1])
    others = [
        f'<aside><p>Talsperren heute</p><ul>{"".join(f"<li>{r}</li>" for r in ROWS)}</ul></aside>',
        f'<aside><p>À lire</p><ul>{"".join(f"<li><a href=/x{n}>{k}</a></li>" for n, k in enumerate(KIT))}</ul></aside>',
        f'<aside><p>{KIT[0]}</p><form><input name="email"></form><p>{KIT[1]}</p></aside>',
        # a fixture list's rows end in "p. m." but are fields joined by a separator glyph, not sentences
        '<aside><h4>Próximos juegos</h4><ul><li>Estelí vs. Masaya · 7:00 p. m.</li>'
        '<li>Granada vs. Matagalpa · 2:00 p. m.</li></ul></aside>',
    ]
    for box in others:
        tree = lxml_html.fromstring(boxed_page(box))
        assert open_fact_boxes(tree) == 0, box
    # the story may go on after its box by a short closing paragraph only
    short = boxed_page(fact).replace(f"<p>{STORY[1]}</p><p>{STORY[2]}</p>",
                                     "<p>L'an passé, 112 foyers avaient dû être évacués.</p>")
    assert open_fact_boxes(lxml_html.fromstring(short)) == 1
    # at the page's foot, after the story, a box is not among the story's paragraphs
    tree = lxml_html.fromstring(boxed_page("").replace("</div></article>", f"</div>{fact}</article>"))
    assert open_fact_boxes(tree) == 0
