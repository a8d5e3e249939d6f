"""HTML fragments (feed content, JSON-LD bodies) to plain paragraphs, one per line.

Feeds carry small HTML fragments (``content:encoded``, summaries) and some CMSs put HTML in JSON-LD text;
``html_to_text`` turns them into the same paragraph-per-line text that extraction gives a page.
"""

from __future__ import annotations

import logging
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from records import tidy_lines

LOGGER = logging.getLogger(__name__)

__all__ = ["BLOCK_TAGS", "SKIP_TAGS", "html_to_text"]

BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd details div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr td th ul".split()
)
SKIP_TAGS = frozenset("script style noscript template iframe object embed svg head title".split())


def html_to_text(html: str) -> str:
    """Plain paragraphs (one per line) from a feed's HTML fragment.

    Block elements and ``<br>`` end a line, whitespace inside a line collapses,
    scripts and styles are dropped.  Text without markup passes through.
    """
    if not html or not html.strip():
        return ""
    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.LxmlError, ValueError) as exc:
        LOGGER.debug("unparseable feed fragment: %s", exc)
        return tidy_lines(html)
    pieces: list[str] = []
    # an explicit stack rather than recursion: nesting depth is up to the feed
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag.lower() if isinstance(el.tag, str) else None  # None: comment or PI
        if closing:
            if tag in BLOCK_TAGS:
                pieces.append("\n")
            if el.tail and el is not root:
                pieces.append(el.tail)
            continue
        stack.append((el, True))
        if tag is None or tag in SKIP_TAGS:
            continue
        if tag in BLOCK_TAGS:
            pieces.append("\n")
        if el.text:
            pieces.append(el.text)
        stack.extend((child, False) for child in reversed(el))
    return tidy_lines("".join(pieces))


