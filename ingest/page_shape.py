"""Where a paragraph sat in the page: in the story's own column, or in a box of its own.

A story's paragraphs are the ``<p>`` elements of one column: the same chain of containers (tag and class,
digits dropped) from the page's ``<body>`` down.  A publisher's promo, tip line, donation ask or sponsor
note inside the body is very often a ``<p>`` in a box of its own (``div.inline-promo > div.panel-body``,
``aside``), or a paragraph set wholly in italics or bold.  ``set_apart`` gives the texts of those
paragraphs; ``ingest.clean`` removes one only when its words show strong chrome evidence as well
(``ingest.chrome``): a fact box, a pull quote, a bold interview question or an emphasised lede is set
apart too, and is the story's.

Quotations are never set apart: a ``<blockquote>``, a container named as a quote ("quote", "cita",
"citation", "zitat") or a paragraph that opens with a quotation mark is a pull quote of the story.
The column is found per page, so a site that wraps every story paragraph in a box of its own has that box
as its column.
"""

from __future__ import annotations

import re
from collections import defaultdict

from lxml import html as lxml_html

from records import collapse_spaces

__all__ = ["set_apart"]

_DIGITS = re.compile(r"\d+")
_EMPHASIS = frozenset({"em", "i", "strong", "b", "small"})
NOTE_WORDS = 30  # an emphasised paragraph longer than this is a lede or a teaser, not a note
_QUOTE_CLASS = re.compile(r"quote|cita|zitat", re.IGNORECASE)
_QUOTE_MARKS = tuple("\"“”„«»‘’‚‹›")
_SKIP = frozenset({"script", "style", "noscript", "template"})


def set_apart(tree: lxml_html.HtmlElement) -> frozenset[str]:
    """Whitespace-collapsed texts of the page's paragraphs that sit outside the story's column (the chain of
    containers holding most of the page's paragraph words) or are short and set wholly in one emphasis
    element.
    Call it before extraction, which prunes the tree."""
    columns: dict[tuple[str, ...], list[tuple[str, bool]]] = defaultdict(list)
    chains: dict[lxml_html.HtmlElement, tuple[str, ...] | None] = {}  # by parent: siblings share a chain
    for para in tree.iter("p"):
        parent = para.getparent()
        if parent not in chains:
            chains[parent] = _chain(para)
        chain = chains[parent]
        if chain is None:
            continue
        text = collapse_spaces(para.text_content())
        if text:
            columns[chain].append((text, _emphasised(para) and len(text.split()) <= NOTE_WORDS))
    if not columns:
        return frozenset()
    story = max(columns, key=lambda c: sum(len(t.split()) for t, _ in columns[c]))
    return frozenset(text for chain, paras in columns.items() for text, emphasised in paras
                     if (chain != story or emphasised) and not text.startswith(_QUOTE_MARKS))


def _chain(para: lxml_html.HtmlElement) -> tuple[str, ...] | None:
    """The containers above ``para`` up to ``<body>``, as 'tag.classes'; None inside a quotation or a
    script."""
    out = []
    node = para.getparent()
    while node is not None and node.tag not in ("body", "html"):
        tag = node.tag if isinstance(node.tag, str) else ""
        classes = node.get("class") or ""
        if tag in _SKIP or tag == "blockquote" or _QUOTE_CLASS.search(classes):
            return None
        out.append(f"{tag}.{' '.join(sorted(_DIGITS.sub('', c) for c in classes.split()))}")
        node = node.getparent()
    return tuple(out)


def _emphasised(para: lxml_html.HtmlElement) -> bool:
    """The paragraph's text is all inside one ``<em>``/``<i>``/``<strong>``/``<b>``/``<small>``."""
    children = [c for c in para if isinstance(c.tag, str)]
    return (len(children) == 1 and children[0].tag in _EMPHASIS and not (para.text or "").strip()
            and not (children[0].tail or "").strip())


# a fact box sits among the story's paragraphs: one of this length before it, and one after it (the story may close
# with a short paragraph after its box)
_BEFORE_BOX_CHARS, _AFTER_BOX_CHARS = 80, 40
_BOX_MIN_CHARS, _BOX_MAX_CHARS = 30, 1500  # a fact box's text: a heading and a few lines, not a column
_SENTENCE_END = (".", "!", "?", "…", ".»", ".”", ".\"", "»", "”")
# a widget's row joins its fields with a separator glyph ("Estelí vs. Masaya · 7:00 p. m.", "Zermatt | −4 °C");
# a sentence does not
_ROW_SEPARATOR = re.compile(r"\s[·|•¦]\s")
_BOX_LINES = ("p", "li", "dt", "dd", "h2", "h3", "h4", "h5", "h6")  # a box's lines: its heading, then the rest
_BOX_CONTROLS = ("a", "form", "input", "button", "select", "iframe", "video", "audio", "img", "picture", "svg",
                 "script")


def open_fact_boxes(tree: lxml_html.HtmlElement) -> int:
    """Turn the story's own ``<aside>`` boxes into plain blocks, so that extraction, which drops every
    ``<aside>``, keeps them: a fact box between the story's paragraphs ("Die neuen Regeln im Überblick" and
    its list, "Le kit cyclone").  A box is the story's when it sits among the story's paragraphs (a ``<p>``
    of some length among its siblings before it and after it), links nowhere and holds no form, picture or
    player (a related-stories box links, a newsletter box has a form or a button, a promo a picture), is a
    few lines long, and every line after its first (the heading) ends as a sentence (a widget's rows, a
    standings table or a most-read box are no sentences, nor is a row of fields joined by a separator glyph
    such as a fixture list's "Estelí vs. Masaya · 7:00 p. m.").  What such a box says is cleaned like any
    paragraph (``ingest.clean``).  Returns how many boxes were opened."""
    opened = 0
    for box in list(tree.iter("aside")):
        parent = box.getparent()
        if parent is None or next(box.iter(*_BOX_CONTROLS), None) is not None:
            continue
        text = collapse_spaces(box.text_content())
        if not _BOX_MIN_CHARS <= len(text) <= _BOX_MAX_CHARS:
            continue
        lines = [t for e in box.iter(*_BOX_LINES) if (t := collapse_spaces(e.text_content()))]
        if len(lines) < 2 or not all(t.endswith(_SENTENCE_END) and not _ROW_SEPARATOR.search(t) for t in lines[1:]):
            continue  # a widget's rows ("Gileppe: 84,2 % gefüllt", a most-read headline, a fixture) are no sentences
        siblings = [c for c in parent if isinstance(c.tag, str)]
        at = siblings.index(box)
        if _story_para(siblings[:at], _BEFORE_BOX_CHARS) and _story_para(siblings[at + 1 :], _AFTER_BOX_CHARS):
            box.tag = "div"
            opened += 1
    return opened


def _story_para(elements: list[lxml_html.HtmlElement], least: int) -> bool:
    return any(e.tag == "p" and len(collapse_spaces(e.text_content())) >= least for e in elements)
