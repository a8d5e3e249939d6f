"""Per-source learned boilerplate: recurrence finds candidates, form and position decide.

Rules (``ingest.clean``) know phrasings; they cannot know every publisher.  What a publisher adds to its
articles recurs across its distinct stories, so recurrence within one source is the first signal: a unit
(a paragraph or a sentence) that recurs in at least ``min_stories`` (*k*) distinct stories of the source
within ``window_days`` is a *candidate*.  Recurrence alone is not evidence of boilerplate, though: a
templated story (heat warnings, earnings briefs, match reports) repeats stock sentences in every instance,
and they are the story.  So a candidate is removed only when its form or its place says it is chrome:

1. **Form** (``ingest.chrome``, words in ``ingest/rules/chrome.yaml``).  *Strong* evidence (the source's own
   name or address, a URL, e-mail or handle, a rights notice, a bio, an agency attribution, a label such as
   "RELATED:", a call to action about the publication) removes a candidate wherever it sits.
2. **Place.**  Chrome sits at the body's edges, in blocks of its own, in the same place in every story.
   The body is peeled from each end, paragraph by paragraph and, inside the outermost paragraph, sentence
   by sentence (a glued attribution is a sentence); peeling stops at the first unit that is not chrome.  At
   an edge a candidate with *weak* evidence (a call to action, a word about the publication) goes, and so
   does one with no evidence when it was at the edge in ``SAME_PLACE`` of the stories it recurs in and
   recurs in ``variable_share`` of the source's stories since it first appeared (a footer is on nearly
   every story, a template's closing sentence on the template's share).  Inside the body, a paragraph of
   its own with a call to action or a word about the publication goes when it recurs that widely.
3. **Templated stories.**  When candidates without chrome form make up ``TEMPLATED_SHARE`` of the
   article's words, the article is an instance of a story template (mostly stock sentences with facts in
   slots; a publisher's chrome, known to the lexicon or not, is a small part of a story of its own):
   then only strong evidence removes anything, so the template's closing stock sentence is not peeled as
   if it were a footer.
4. **Other sources.**  A unit seen once on this source, at an edge, with strong evidence, goes when one of
   its fingerprints removed chrome on another source within the window: a syndicated copy carries its
   publisher's bio or footer, which the publisher's own stories taught.  Only strong evidence, so a copied
   story's own sentences never go for it.

**How units recur.**  Words are NFKC, case-folded, digits mapped to 0.  Every unit has an ``exact``
fingerprint; with the ``template`` method (the default), sentences also have a ``skeleton`` (names and
numbers as slots: stock sentences of templated stories), a ``label`` fingerprint of a lead before ':' or
'|', and the *mined templates* they match (``ingest.templates``: slots anywhere, mined by aligning a unit
with similar units of other stories in a bounded per-source pool).  The segmenter is ``ingest.segment``
(sentencex, repaired for times, ordinals and initials), so a sentence such as "…from 9 a.m. Monday until
6 p.m. Wednesday, …" stays one unit.

**Distinct stories, not rows.**  Each article is mapped to a story of its source: the story its article id
was mapped to before (re-polled), else a story that already holds ``SAME_STORY`` (70%) of the smaller
text, counted in characters over exact paragraph fingerprints (an updated or re-posted copy under another
URL), else a new story.  Paragraphs already recurring in *k* stories do not count toward that overlap, so
a shared template does not merge different stories; in a new feed's backlog nothing recurs yet, and the
instances of a template whose stock sentences are over half of each (a building-applications notice) are
still more different than copies of one story are.  A story republished by several sources is one story in each.

**Where it runs.**  On the whole pass, in the dedup stage, before near-duplicate detection: it must see
every article of the pass (at cold start the pass's backlog shows the repetition: every article is
recorded before any is decided), and its state needs one writer.  A retried stage maps every article to
the story it recorded the first time, so it decides the same way.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence

from ingest.boilerplate_state import BoilerplateState, PoolUnit
from ingest.chrome import self_names
from ingest.learned_units import (
    Doc,
    LearnConfig,
    Learned,
    LearnInput,
    SourcePass,
    fingerprint_from_hex,
    fingerprints_of_text,
    template_fingerprint,
    units_of,
)
from ingest.learned_verdict import Decision
from ingest.templates import Template, TemplateIndex, align

log = logging.getLogger(__name__)

__all__ = ["LearnConfig", "LearnInput", "Learned", "fingerprint_from_hex", "fingerprints_of_text",
           "learn_and_clean"]

SAME_STORY = 0.7  # share of the smaller text's characters that makes two articles one story
MINE_CANDIDATES = 8  # pool units a new unit is aligned with, most overlapping first
HELD_STORIES = 2_000_000  # story ids a source's decisions may hold at once (some 100 MB)


def learn_and_clean(items: Sequence[LearnInput], store: BoilerplateState, config: LearnConfig,
                    allow: Iterable[tuple[str, str, str]] = ()) -> list[Learned]:
    """Record the pass's articles per source, mine templates, then remove what is chrome.

    ``items`` must come in a deterministic order (the dedup stage sorts them).  ``allow`` holds the
    operators' allow-list entries as ``(source or '*', fingerprint hex or '', text or '')``.  Returns one
    ``Learned`` per item, in order; an item with nothing removed comes back with its text unchanged.
    """
    if not items:
        return []
    since = max(i.seen_at for i in items) - config.window_days * 86400.0
    allow = list(allow)
    out: list[Learned | None] = [None] * len(items)
    by_source: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        if item.source:
            by_source.setdefault(item.source, []).append(i)
        else:
            out[i] = Learned(item.text)
    # Source by source: only what a source learned crosses to the sources after it (its removals, point 4
    # above), so memory holds one source's articles of the pass at a time (their units are most of it), not
    # the whole run's, and the verdicts are the same in the sources' order.
    with store.transaction():
        for source, indices in by_source.items():
            sid = store.source_id(source)
            index = TemplateIndex((fp, Template(tuple(p.split(" ")))) for fp, p in store.templates(sid, since))
            src = SourcePass(sid, index)
            for i in indices:  # 1. every article joins (or starts) its story; its units are counted there
                item = items[i]
                paragraphs = [p.strip() for p in item.text.splitlines() if p.strip()]
                doc = Doc(item, paragraphs, units_of(paragraphs, config, item.language),
                           self_names(item.source, item.feed_name))
                src.docs.append(doc)
                _record(doc, src, store, config, since)
            if config.method == "template":  # 2. new templates from this pass's units and the source's pool
                _mine(src, store, config, since)
            for i, learned in zip(indices, _decide(src, store, config, since, allow), strict=True):
                out[i] = learned  # 3. with the whole pass counted, decide
    done = [r for r in out if r is not None]
    assert len(done) == len(items)
    log.info("learned boilerplate: %d pieces removed from %d of %d articles", sum(len(r.removed) for r in done),
             sum(1 for r in done if r.removed), len(done))
    return done


def _decide(src: SourcePass, store: BoilerplateState, config: LearnConfig, since: float,
            allow: list[tuple[str, str, str]]) -> list[Learned]:
    """The source's verdicts, in the order of its articles: first which articles are templated stories (for
    all of the source's articles of the pass, so that each verdict knows them all), then the rest (a
    recurring unit's stories grow with the pass: past HELD_STORIES, the decisions so far drop the
    occurrences they read, and read them again to finish; ``Decision.release``)."""
    decisions: list[Decision] = []
    holding: list[Decision] = []  # the decisions that still hold what they read
    templated: list[int] = []
    held = 0
    for doc in src.docs:
        decision = Decision(doc, src, store, config, since, allow)
        if decision.prepare():
            templated.append(doc.story_id)
        decisions.append(decision)
        holding.append(decision)
        held += decision.held()
        if held > HELD_STORIES:
            for d in holding:
                d.release()
            holding, held = [], 0
    store.mark_templated(templated)
    out = []
    for decision in decisions:
        out.append(decision.finish())
        decision.release()
    return out


def _record(doc: Doc, src: SourcePass, store: BoilerplateState, config: LearnConfig, since: float) -> None:
    item = doc.item
    doc.source_id = src.source_id
    story = store.story_of_article(item.article_id)
    known = story is not None  # re-polled, or a retried stage: its units are in the pool already
    if story is None:
        whole = [u for u in doc.units if u.whole]
        stats = store.occurrence_stats(src.source_id, [u.exact for u in whole], since)
        paragraphs = {u.exact: u.end - u.start for u in whole
                      if len(stats[u.exact].stories if u.exact in stats else ()) < config.min_stories}
        total = sum(paragraphs.values())
        best: tuple[float, int] | None = None
        for overlap in store.stories_sharing(src.source_id, paragraphs, since) if paragraphs else ():
            share = overlap.shared_chars / max(1, min(total, overlap.chars))
            if share >= SAME_STORY and (best is None or share > best[0]):
                best = (share, overlap.story_id)
        story = best[1] if best else store.new_story(src.source_id, paragraphs, item.seen_at)
    doc.story_id = story
    store.saw_story(story, item.article_id, item.seen_at)
    matched: set[int] = set()
    for u in doc.units:
        if u.poolable:
            for fp in src.index.matching(u.words):
                u.fps[fp] = "template"
                u.patterns[fp] = src.index.template(fp).text
                matched.add(fp)
    store.touch_templates(src.source_id, matched, item.seen_at)
    store.add_occurrences(src.source_id, story, ((fp, u.edge) for u in doc.units for fp in u.fps), item.seen_at)
    if not known:
        store.add_to_pool(src.source_id, [(story, u.edge, u.words) for u in doc.units if u.poolable], item.seen_at)


def _mine(src: SourcePass, store: BoilerplateState, config: LearnConfig, since: float) -> None:
    """Align this pass's unmatched units with similar pool units of other stories; each new template is
    counted over the whole pool at once, so its history applies from this pass on."""
    fresh = [(doc, u) for doc in src.docs for u in doc.units
             if u.poolable and "template" not in u.fps.values()]
    if not fresh:
        return
    exact_stats = store.occurrence_stats(src.source_id, [u.exact for _, u in fresh], since)
    fresh = [(doc, u) for doc, u in fresh
             if (occ := exact_stats.get(u.exact)) is None or len(occ.stories) < config.min_stories]
    if not fresh:
        return  # all of it recurs as it is
    pool = store.pool(src.source_id, since)
    # Candidates share word pairs: a template's fixed part has a run of at least two words (``align``), and
    # pairs in most of the pool ("of the") say nothing.  Only the pairs the fresh units have are indexed.
    wanted = {pair for _, u in fresh for pair in zip(u.words, u.words[1:], strict=False)}
    postings: dict[tuple[str, str], list[int]] = {}
    for i, p in enumerate(pool):
        for pair in wanted.intersection(zip(p.words, p.words[1:], strict=False)):
            postings.setdefault(pair, []).append(i)
    common = max(50, len(pool) // 4)
    created = 0
    for doc, u in fresh:
        if "template" in u.fps.values():
            continue  # a template made earlier in this loop already took it
        pairs = sorted(set(zip(u.words, u.words[1:], strict=False)))  # sorted: ties must not depend on hash seeds
        hits = Counter(i for pair in pairs if len(postings.get(pair, ())) <= common for i in postings.get(pair, ()))
        for i, shared in hits.most_common(MINE_CANDIDATES):
            if shared < 2:
                break
            if pool[i].story_id == doc.story_id:
                continue
            template = align(u.words, pool[i].words)
            if template is None:
                continue
            fp = template_fingerprint(template)
            if fp not in src.index:
                src.index.add(fp, template)
                store.add_template(src.source_id, fp, template.text, doc.item.seen_at)
                _count_template(src, store, fp, template, pool, doc.item.seen_at)
                created += 1
            break
    if created:
        log.debug("source %d: %d new templates", src.source_id, created)


def _count_template(src: SourcePass, store: BoilerplateState, fp: int, template: Template, pool: list[PoolUnit],
                    seen: float) -> None:
    by_story: dict[int, bool] = {}
    for p in pool:
        if template.matches(p.words):
            by_story[p.story_id] = by_story.get(p.story_id, False) or p.edge
    for story, edge in by_story.items():
        store.add_occurrences(src.source_id, story, [(fp, edge)], seen)
    for doc in src.docs:  # this pass's units carry it too (they are in the pool)
        for u in doc.units:
            if u.poolable and template.matches(u.words):
                u.fps[fp] = "template"
                u.patterns[fp] = template.text
