"""The dedup stage and the commit read a run's articles a chunk at a time (``feedlake.runrows``): the
rows, cluster decisions, duplicate decisions, learned boilerplate and summary counts must be the same
whatever the chunk size, and learning source by source must clean exactly as one call over the whole
sorted run did."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from feedlake import dedup_stage as dedup_stage_module
from feedlake import runrows
from feedlake.commit_stage import commit_run, entry_articles
from feedlake.dedup_stage import dedup_stage, learn_config
from feedlake.runrows import ArticleRows
from feedlake.settings import Settings
from feedlake.stage import BOILERPLATE_DB, RunContext, StageCounts
from feedlake.summary import ArticleTally, poll_counts, summarize
from feedlake.tables import open_lake
from ingest.boilerplate_state import BoilerplateState
from ingest.learned import LearnInput, learn_and_clean
from records import Article, Cluster, Entry, ErrorRecord, FeedStatus, stable_id
from storage.delta import Lake, RowBatches, TableSpec
from storage.objectstore import LocalStore
from storage.parquet import arrow_schema, from_table, to_table
from storage.staging import RunStaging
from tests.test_dedup import sentences

RUN = "manual__streaming"
DAY = datetime(2026, 11, 20, 6, tzinfo=UTC)
SOURCES = ("a.example", "b.example", "c.example")


def _article(source: str, n: int, text: str, published: datetime | None, url: str | None = None) -> Article:
    url = url or f"https://{source}/story-{n}.html"
    return Article(stable_id(url), url, url, f"https://{source}/feed.xml", source.split(".")[0].title(), source,
                   f"Story {n} of {source}", None, published, DAY + timedelta(minutes=n), "en", text, "page")


def _staged_articles() -> list[list[Article]]:
    """Three sources in batches of a few articles: stories with a recurring footer, syndicated copies, an
    article listed twice (same canonical URL), published times that tie, and one without a published time."""
    rng = random.Random(7)
    batches: list[list[Article]] = []
    stories = {n: sentences(100 + n, 12) for n in range(12)}
    for s, source in enumerate(SOURCES):
        footer = f"Read more stories like this at https://{source}/ and follow {source} on social media."
        batch: list[Article] = []
        for n in range(8):
            story = stories[(n + 3 * s) % 12]  # sources share stories: syndicated copies across sources
            body = [" ".join(story[i : i + 3]) for i in range(0, 12, 3)]
            if rng.random() < 0.5:
                body[-1] += " " + sentences(900 + 10 * s + n, 1)[0]  # a lightly edited copy
            published = None if (s, n) == (1, 5) else DAY - timedelta(hours=rng.choice([1, 2, 3, 4]))
            batch.append(_article(source, n, "\n".join([*body, footer]), published))
            if len(batch) == 3:
                batches.append(batch)
                batch = []
        batches.append(batch)
    first = batches[0][0]
    batches[-1].append(replace(first, feed_url="https://c.example/other-feed.xml"))  # listed twice
    return batches


def _stage(out: Path, batches: list[list[Article]]) -> None:
    staging = RunStaging(LocalStore(out), RUN)
    staging.put_json("run.json", {"run_id": RUN, "ingest_date": DAY.date().isoformat(),
                                  "started_at": DAY.isoformat()})
    staging.put_records("feeds.parquet", [], FeedStatus)
    staging.put_json("feed_state.json", [])
    staging.put_records("poll_errors.parquet", [], ErrorRecord)
    for i, batch in enumerate(batches):
        entries = [Entry(a.feed_url, a.feed_name, a.url, a.url, a.title, None, a.published_at, None) for a in batch]
        staging.put_records(f"entries/batch-{i:05d}.parquet", entries, Entry)
        staging.put_records(f"fetched/batch-{i:05d}.articles.parquet", batch, Article)
        staging.put_records(f"fetched/batch-{i:05d}.errors.parquet", [], ErrorRecord)


def _dedup(tmp_path: Path, name: str, chunk: int, monkeypatch: pytest.MonkeyPatch,
           staged_counts: bool = True) -> dict[str, Any]:
    out = tmp_path / name
    _stage(out, _staged_articles())
    settings = Settings.load({"output": str(out), "feeds": str(tmp_path / "feeds.yaml")})
    monkeypatch.setattr(runrows, "CHUNK", chunk)
    ctx = RunContext.open(settings, RUN)
    result = dedup_stage(ctx)
    if not staged_counts:  # as a run staged by a version that staged no counts
        ctx.store.delete(f"{ctx.staging.prefix}counts/dedup.json")
        assert not ctx.staging.has("counts/dedup.json")
    staging = RunStaging(LocalStore(out), RUN)
    staged = {"result": result,
              "articles": staging.get_records("dedup/articles.parquet", Article),
              "clusters": [replace(c, first_seen=DAY, last_seen=DAY)  # the index's clock, not the run's
                           for c in staging.get_records("dedup/clusters.parquet", Cluster)],
              "errors": [replace(e, occurred_at=DAY) for e in staging.get_records("dedup/errors.parquet", ErrorRecord)]}
    summary = dict(commit_run(ctx).summary)
    lake = open_lake(LocalStore(out))
    staged["summary"] = summary
    staged["lake"] = sorted(from_table(lake.read("articles"), Article), key=lambda a: (a.article_id, a.version))
    return staged


def test_small_chunks_decide_and_commit_as_one_chunk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "feeds.yaml").write_text("feeds: []\n")
    whole = _dedup(tmp_path, "whole", 10**6, monkeypatch)
    small = _dedup(tmp_path, "small", 2, monkeypatch)
    assert whole["articles"] == small["articles"]
    assert whole["clusters"] == small["clusters"]
    assert whole["errors"] == small["errors"]
    assert whole["result"] == small["result"]
    assert whole["lake"] == small["lake"]
    assert {k: v for k, v in whole["summary"].items()} == small["summary"]
    # the run exercised what it is meant to: learned boilerplate, near-duplicates, a URL listed twice
    articles = whole["articles"]
    assert any(r.startswith("learned:") for a in articles for r in a.boilerplate_rules)
    assert whole["result"]["duplicates"] > 0 and len(whole["errors"]) == 1
    assert whole["summary"]["articles"] == len(articles) == len(whole["lake"])
    # earliest first: a cluster's root is its earliest article
    when = {a.article_id: a.published_at or a.fetched_at for a in articles}
    assert all(when[a.cluster_id] <= when[a.article_id] for a in articles if a.cluster_id in when)


def test_learning_source_by_source_cleans_as_one_call_over_the_sorted_run(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "feeds.yaml").write_text("feeds: []\n")
    streamed = {a.article_id: a for a in _dedup(tmp_path, "streamed", 3, monkeypatch)["articles"]}
    # the dedup stage before it streamed: every article of the run, sorted, learned in one call
    run = sorted((a for batch in _staged_articles() for a in batch),
                 key=lambda a: (a.published_at or a.fetched_at, a.article_id))
    settings = Settings.load({"output": str(tmp_path / "reference"), "feeds": str(tmp_path / "feeds.yaml")})
    state = BoilerplateState(tmp_path / BOILERPLATE_DB)
    try:
        learned = learn_and_clean([LearnInput(a.article_id, a.source, a.text, a.fetched_at.timestamp(), a.language,
                                              a.feed_name) for a in run], state, learn_config(settings), [])
    finally:
        state.close()
    seen: set[str] = set()
    for a, r in zip(run, learned, strict=True):
        if a.article_id in seen:  # the copy listed twice is an error row, not an article
            continue
        seen.add(a.article_id)
        assert streamed[a.article_id].text == r.text
        assert streamed[a.article_id].boilerplate_removed == [*a.boilerplate_removed, *r.removed]
        assert streamed[a.article_id].boilerplate_rules == [*a.boilerplate_rules, *r.labels]
    assert any(r.removed for r in learned)


def test_a_large_source_is_learned_a_slice_at_a_time_as_passes_of_that_size(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory is bounded by LEARN_BATCH articles of one source, not by the source's share of the run: the
    stage cleans as successive calls over each source's slices do, each against the state the last left."""
    (tmp_path / "feeds.yaml").write_text("feeds: []\n")
    sizes: list[int] = []

    def counted(items: list[LearnInput], *args: Any, **kwargs: Any) -> Any:
        sizes.append(sum(1 for i in items if i.source))
        return learn_and_clean(items, *args, **kwargs)

    monkeypatch.setattr(dedup_stage_module, "LEARN_BATCH", 3)
    monkeypatch.setattr(dedup_stage_module, "learn_and_clean", counted)
    streamed = {a.article_id: a for a in _dedup(tmp_path, "sliced", 10**6, monkeypatch)["articles"]}
    assert max(sizes) == 3 and len(sizes) == 9  # three sources of 8 or 9 articles, in slices of 3, 3 and 2-3
    run = sorted((a for batch in _staged_articles() for a in batch),
                 key=lambda a: (a.published_at or a.fetched_at, a.article_id))
    latest = LearnInput("", "", "", max(a.fetched_at.timestamp() for a in run))
    settings = Settings.load({"output": str(tmp_path / "reference"), "feeds": str(tmp_path / "feeds.yaml")})
    state = BoilerplateState(tmp_path / BOILERPLATE_DB)
    reference: dict[str, tuple[str, list[str]]] = {}
    try:
        for source in dict.fromkeys(a.source for a in run):
            mine = [a for a in run if a.source == source]
            for start in range(0, len(mine), 3):
                part = mine[start:start + 3]
                items = [LearnInput(a.article_id, a.source, a.text, a.fetched_at.timestamp(), a.language,
                                    a.feed_name) for a in part]
                for a, r in zip(part, learn_and_clean([*items, latest], state, learn_config(settings), [])[:-1],
                                strict=True):
                    reference.setdefault(a.article_id, (r.text, r.labels))
    finally:
        state.close()
    assert {k: (a.text, [r for r in a.boilerplate_rules if r.startswith("learned:")])
            for k, a in streamed.items()} == {k: reference[k] for k in streamed}
    # the footer is learned in the first slice and still removed from the later ones
    first = {a.article_id for s in SOURCES for a in [a for a in run if a.source == s][:3]}
    later = set(streamed) - first
    assert later and all("Read more stories like this" not in streamed[k].text for k in later)
    assert all(any(r.startswith("learned:") for r in streamed[k].boilerplate_rules) for k in later)


def test_a_commit_streamed_in_batches_inserts_what_one_table_does(tmp_path: Path) -> None:
    spec = TableSpec("errors", arrow_schema(ErrorRecord), ("feed_url", "url", "stage", "run_id"))
    rows = [ErrorRecord(f"https://x.example/{i % 7}", "https://x.example/feed", "fetch", f"e{i}", DAY, "", "r1")
            for i in range(20)]  # keys repeat across batches: the first of each key goes in
    table = to_table(rows, ErrorRecord)
    there = to_table(rows[:2], ErrorRecord)

    def batches(columns: list[str] | None) -> Any:
        for start in range(0, table.num_rows, 3):
            part = table.slice(start, 3)
            yield from (part.select(columns) if columns is not None else part).to_batches()

    written = {}
    for name, source in (("table", table), ("batches", RowBatches(table.schema, batches))):
        lake = Lake(LocalStore(tmp_path / name), [spec])
        lake.commit("errors", there, "feedlake/earlier", DAY.date())
        assert lake.commit("errors", source, "feedlake/r1", DAY.date()) == 5
        assert lake.commit("errors", source, "feedlake/r1", DAY.date()) == 0  # the transaction is recorded
        written[name] = sorted(from_table(lake.read("errors"), ErrorRecord), key=lambda e: e.url)
    assert written["table"] == written["batches"]
    assert [e.error for e in written["batches"]] == ["e0", "e1", "e2", "e3", "e4", "e5", "e6"]


def test_a_run_staged_without_its_counts_commits_with_the_same_summary(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The commit builds the summary from the counts the stages staged; a run staged without them (rolled
    forward after an upgrade) gets the same summary from its staged rows."""
    (tmp_path / "feeds.yaml").write_text("feeds: []\n")
    counted = _dedup(tmp_path, "counted", 10**6, monkeypatch)
    recounted = _dedup(tmp_path, "recounted", 10**6, monkeypatch, staged_counts=False)
    assert counted["summary"] == recounted["summary"]
    assert counted["summary"]["articles"] == counted["result"]["articles"] == len(counted["lake"])
    assert counted["result"]["learned_pieces_removed"] > 0 and counted["summary"]["boilerplate_removed"] > 0
    assert counted["lake"] == recounted["lake"]


def test_summary_counts_read_without_the_texts(tmp_path: Path) -> None:
    articles = [replace(a, cluster_id=a.article_id, version=1) for a in _staged_articles()[0]]
    articles[1] = replace(articles[1], duplicate_of=articles[0].article_id, cluster_id=articles[0].article_id)
    articles[2] = replace(articles[2], text_source="feed", boilerplate_removed=["x", "y"])
    path = tmp_path / "articles.parquet"
    import pyarrow.parquet as pq

    pq.write_table(pa.concat_tables([to_table(articles[:1], Article), to_table(articles[1:], Article)]), path,
                   row_group_size=1)
    tally = ArticleTally.of(ArticleRows(path).batches(ArticleTally.COLUMNS))
    summary = summarize(RUN, DAY.date(), poll_counts([], 3), StageCounts("dedup", tally.counts()),
                        StageCounts("commit", {"errors": 0}))
    assert (summary["new_entries"], summary["articles"], summary["articles_from_feed"], summary["duplicates"],
            summary["new_clusters"], summary["boilerplate_removed"]) == (3, 3, 1, 1, 2, 2)
    assert entry_articles(ArticleRows(path)) == {(a.feed_url, a.url): a.article_id for a in articles}


def test_stage_counts_come_back_from_json_as_they_went(tmp_path: Path) -> None:
    """What a stage stages and XCom carries is plain JSON (a tuple would come back from XCom tagged with
    its class), and reads back as the same counts."""
    import json

    from feedlake.stage import Batch, staged_counts

    counts = StageCounts("poll", {"feeds": 2, "new_entries": 3}, {"errors_by_stage": {"poll": 1}},
                         {"failing_feeds": {"https://b.example/feed": "b: 500"}},
                         (Batch("entries/batch-00000.parquet", "a.example", 3),))
    value = counts.as_json()
    assert value["batches"] == [{"key": "entries/batch-00000.parquet", "label": "a.example", "entries": 3}]
    assert json.loads(json.dumps(value)) == value
    assert StageCounts.from_json(json.loads(json.dumps(value))) == counts
    assert "feeds 2, new entries 3" in counts.describe() and "errors by stage {'poll': 1}" in counts.describe()
    staging = RunStaging(LocalStore(tmp_path), RUN)
    counts.stage_in(staging)
    assert staged_counts(staging, "poll") == counts and staged_counts(staging, "dedup") is None
