"""An entry's text fields as feeds give them: HTML fragments of content and titles to text, names and
titles tidied.  ``ingest.formats`` uses them on both of its XML paths and on JSON Feed."""

from __future__ import annotations

import re
from html import unescape
from html.entities import name2codepoint

from ingest.htmltext import BLOCK_TAGS, SKIP_TAGS, html_to_text
from records import collapse_spaces, tidy_lines

_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>")  # one group: split() yields the names
_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);?")
_INLINE_TAGS = frozenset("a abbr b big cite code em font i img kbd mark q s small span strike strong sub sup "
                         "tt u var wbr".split())


def content_text(html: str) -> str:
    """``html_to_text`` of a feed fragment, by regex when the markup is plain enough to be certain.

    Feed content is mostly ``<p>``, ``<a>``, ``<br>`` and friends; an lxml parse per
    entry costs more than the rest of the entry.  Any comment, CDATA, skipped tag
    (script, style…), unknown tag, stray ``<``/``>`` or non-HTML4 entity sends the
    fragment to ``html_to_text``; ``tests/test_poll_formats.py`` checks both agree.
    """
    if "<" not in html and "&" not in html and ">" not in html:
        return html_to_text(html) if html.strip() else ""
    parts = _TAG.split(html)  # text, tag name, text, tag name, ..., text
    for i in range(1, len(parts), 2):
        name = parts[i].lower()
        if name in BLOCK_TAGS:
            parts[i] = "\n"
        elif name in _INLINE_TAGS and name not in SKIP_TAGS:
            parts[i] = ""
        else:
            return html_to_text(html)
    text = "".join(parts)
    if "<" in text or ">" in text:
        return html_to_text(html)
    if "&" in text:
        for entity in _ENTITY.finditer(text):
            name = entity.group(1)
            if not entity.group(0).endswith(";") or (name[0] != "#" and name not in name2codepoint):
                return html_to_text(html)
        text = unescape(text)
    return tidy_lines(text)


def title_text(value: object) -> str | None:
    """A title as text: markup some feeds put in titles is dropped, whatever the parser."""
    if isinstance(value, str) and "<" in value:
        value = content_text(value)
    return clean_text(value)


def clean_text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = collapse_spaces(value)
    return value or None
