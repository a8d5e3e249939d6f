"""Boxes that repeat an article's own sentences: "Key points" bullets cut from the story's sentences, pull
quotes.  Found in the article's text alone, before anything is learned: ``ECHO_RUN`` paragraphs or more in a
row, each a run of words found in a longer paragraph elsewhere in the article."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.learned_units import _words

ECHO_WORDS = (3, 40)  # a paragraph this long that repeats words of another paragraph is an echo ...
ECHO_RUN = 2  # ... and this many echoes in a row are a box, not reporting


def echo_boxes(paragraphs: Sequence[str]) -> list[range]:
    """The runs of paragraphs (indices) that are such boxes, in order."""
    paras = [" " + " ".join(_words(p.rstrip(" .…"))) + " " for p in paragraphs]
    everything = "\n".join(paras)  # a run found only once in it is found in its own paragraph only
    echo = []
    for i, text in enumerate(paras):
        n = text.count(" ") - 1
        echo.append(ECHO_WORDS[0] <= n <= ECHO_WORDS[1] and everything.count(text) > 1 and any(
            j != i and len(other) > len(text) + 8 and text in other for j, other in enumerate(paras)))
    boxes, i = [], 0
    while i < len(echo):
        if not echo[i]:
            i += 1
            continue
        j = i
        while j < len(echo) and echo[j]:
            j += 1
        if j - i >= ECHO_RUN:
            boxes.append(range(i, j))
        i = j
    return boxes
