"""Sentence segmentation (ingest.segment): abbreviations, times, dates and numbers in four languages.

Each case is a paragraph and the sentences it must split into.  They were written before the repairs in
``ingest.segment`` were, from the failures seen on real pages ("9 a.m. Monday" cut in two and its tail
learned as boilerplate) and the usual traps of each language.  The cases live in ``bench/segment_cases.py``:
``bench.boilerplate_eval`` counts them for the previous splitter, sentencex alone and the repaired segmenter.
"""

from __future__ import annotations

import pytest

from bench.segment_cases import CASES
from ingest.segment import sentences


@pytest.mark.parametrize(("lang", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_sentences(lang: str, expected: list[str]) -> None:
    paragraph = " ".join(expected)
    assert sentences(paragraph, lang) == expected


def test_glued_attribution_splits_without_a_space() -> None:
    para = "“We must be prepared,” he said of the threat to Europe.”Reported by Newstoday24, citing the speech."
    assert sentences(para, "en") == [
        "“We must be prepared,” he said of the threat to Europe.”", "Reported by Newstoday24, citing the speech."]
    glued = "The council will vote in June.This report was compiled with material from Reuters."
    assert sentences(glued, "en") == ["The council will vote in June.",
                                       "This report was compiled with material from Reuters."]


def test_the_heat_warning_sentence_stays_whole_in_every_language_setting() -> None:
    para = ("An excessive heat warning is in effect from 9 a.m. Monday until 6 p.m. Wednesday, with highs near "
            "110 degrees. Stay hydrated.")
    for lang in ("en", None, "de", "xx"):  # page language tags are often wrong or missing
        assert sentences(para, lang) == [para[: para.index(" Stay")], "Stay hydrated."]


def test_spans_cover_the_paragraph_in_order() -> None:
    from ingest.segment import sentence_spans

    para = "  First one. Second one at 9 a.m. Friday.   Third?  "
    spans = sentence_spans(para, "en")
    assert [para[s:e] for s, e in spans] == ["First one.", "Second one at 9 a.m. Friday.", "Third?"]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert sentence_spans("", "en") == [] and sentence_spans("   ", "en") == []
