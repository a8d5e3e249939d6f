"""Per-source learned boilerplate (ingest.learned) on its real SQLite state (storage.boilerplate_state).

Every story and template here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.learned import (
    LearnConfig,
    Learned,
    LearnInput,
    allowed_fingerprints,
    fingerprints_of_text,
    learn_and_clean,
    sentence_spans,
)
from storage.boilerplate_state import AllowEntry, AllowList, BoilerplateState

DAY = 86400.0
CONFIG = LearnConfig()  # the defaults: k=3, 30 days, template fingerprints, 8 prefix words, share 0.5

NAMES = ("Alder Birch Cedar Dunmore Elmwood Fairhaven Glenrock Hollins Ivybridge Juniper Kestrel Larchmont "
         "Marlow Northgate Oakridge Pinecrest Quarry Redcliff Stonebury Thornton Upwell Vale Westmoor Yarrow "
         "Ashby Bramley Colwick Denholm Eskdale Fenwick Garston Haddon Ilkley Jarrow Kirkby Lindale").split()
THINGS = ("harbour, rail depot, old mill, town library, ferry terminal, water works, market hall, sports ground, "
          "fire station, bus garage, primary school, swimming pool, cattle market").split(", ")
EVENTS = ("reopened after long repairs", "was sold to a local cooperative", "closed early for the winter",
          "won a regional design award", "got a new copper roof", "was flooded by the spring tide",
          "changed its opening hours", "hired a dozen apprentices", "celebrated its centenary with a fair",
          "lost its lease to a developer", "switched to solar heating")
VOICES = ("the mayor", "a union steward", "the head teacher", "two shop owners", "the fire chief",
          "a retired engineer", "the parish council", "several commuters", "the harbour master")
MOODS = ("relief", "anger", "surprise", "pride", "dismay")
HEADLINES = ["Council approves the budget", "Storm closes the coast road", "Ferry timetable changes in May",
             "Schools get new heating", "Bridge repairs start early", "Festival moves to the park",
             "Bakery wins a national prize", "Port traffic grows again", "Museum opens a night gallery"]


def story(n: int, paragraphs: int = 4) -> list[str]:
    """A distinct story: no sentence, and no sentence opening, recurs in another one."""
    out = []
    for p in range(paragraphs):
        i = n * 4 + p
        out.append(f"{NAMES[i % len(NAMES)]} {THINGS[i % len(THINGS)]} {EVENTS[(i * 3) % len(EVENTS)]}, "
                   f"according to {VOICES[i % len(VOICES)]}. "
                   f"{NAMES[(i + 17) % len(NAMES)]} residents reacted with {MOODS[p % len(MOODS)]}"
                   f" while {VOICES[(i + 4) % len(VOICES)]} asked about the {THINGS[(i + 5) % len(THINGS)]}.")
    return out


@pytest.fixture
def state(tmp_path: Path) -> Iterator[BoilerplateState]:
    s = BoilerplateState(tmp_path / "boilerplate.sqlite")
    yield s
    s.close()


def item(article_id: str, source: str, paragraphs: list[str], when: float = 0.0) -> LearnInput:
    return LearnInput(article_id, source, "\n".join(paragraphs), when)


def run(state: BoilerplateState, items: list[LearnInput], config: LearnConfig = CONFIG,
        allowed: dict[str, set[int]] | None = None) -> list[Learned]:
    return learn_and_clean(items, state, config, allowed)


FOOTER = ("Thanks for reading the Harbour Gazette, the valley's independent voice since 1887. "
          "Tomorrow in the Gazette: {headline}")
TAIL_FOOTER = "Find out more about harbour life and the people who keep the port running here: {headline}"


def test_variable_tail_footer_is_learned(state: BoilerplateState) -> None:
    items = [item(f"a{n}", "gazette.example", [*story(n), FOOTER.format(headline=HEADLINES[n]),
                                              TAIL_FOOTER.format(headline=HEADLINES[-1 - n])], n * 60.0)
             for n in range(3)]
    out = run(state, items)
    for n, result in enumerate(out):
        # the batch itself shows the repetition: all three lose both footers, whatever their headline
        assert result.text.split("\n") == story(n)
        assert sorted(result.removed) == sorted([
            "Thanks for reading the Harbour Gazette, the valley's independent voice since 1887.",
            f"Tomorrow in the Gazette: {HEADLINES[n]}", TAIL_FOOTER.format(headline=HEADLINES[-1 - n])])
        assert all(label.startswith("learned:") and len(label) == len("learned:") + 16 for label in result.labels)
    # the same pattern has the same fingerprint in every story, whatever its tail
    assert out[0].labels == out[1].labels == out[2].labels


def test_two_stories_are_not_enough_then_history_applies(state: BoilerplateState) -> None:
    footer = [FOOTER.format(headline=h) for h in HEADLINES]
    first = run(state, [item(f"a{n}", "gazette.example", [*story(n), footer[n]], 0.0) for n in range(2)])
    assert [r.removed for r in first] == [[], []]  # cold start: two stories show no pattern yet
    [third] = run(state, [item("a2", "gazette.example", [*story(2), footer[2]], DAY)])
    assert third.text.split("\n") == story(2)
    assert len(third.removed) == 2


def test_republished_story_is_not_learned_as_boilerplate(state: BoilerplateState) -> None:
    text = story(4, paragraphs=5)
    edited = [*text[:-1], text[-1].replace("promised more details", "promised details by Friday")]
    # the same story at four sources, and re-polled at one of them under three URLs (one of them updated)
    passes = [
        [item("x1", "one.example", text), item("x2", "two.example", text), item("x3", "three.example", text)],
        [item("x1", "one.example", text, DAY), item("x1-amp", "one.example", text, DAY),
         item("x4", "four.example", text, DAY)],
        [item("x1-upd", "one.example", edited, 2 * DAY), item("x1-print", "one.example", text, 2 * DAY)],
    ]
    for batch in passes:
        assert all(r.removed == [] for r in run(state, batch))
    source = state.source_id("one.example")
    assert state.stories_since(source, -1.0) == 1  # one story, however many rows
    # a fourth copy at the same source, now with the republisher's footer: the story stays, only
    # a footer seen in three distinct stories would go, and this source has one story
    [again] = run(state, [item("x1-syn", "one.example", [*text, FOOTER.format(headline="x")], 3 * DAY)])
    assert again.removed == []


def test_glued_attribution_is_cut_as_a_sentence(state: BoilerplateState) -> None:
    agencies = ["Reuters", "AFP", "dpa"]
    items = []
    for n in range(3):
        body = story(n)
        body[-1] += f"This report was compiled by the Gazette newsroom with material from {agencies[n]}."
        items.append(item(f"a{n}", "gazette.example", body))
    for n, result in enumerate(run(state, items)):
        assert result.text.split("\n") == story(n)  # the real last paragraph is intact, its full stop included
        assert result.removed == [f"This report was compiled by the Gazette newsroom with material from {agencies[n]}."]


def test_author_bio_of_one_author_is_learned_per_source(state: BoilerplateState) -> None:
    bio = "Ada Fenwick covers the port and shipping for the Gazette. Reach her at ada@gazette.example."
    items = [item(f"a{n}", "gazette.example", [*story(n), bio]) for n in range(3)]
    items.append(item("b0", "other.example", [*story(5), bio]))  # another source has seen it once
    out = run(state, items)
    assert all(r.text.split("\n") == story(n) for n, r in enumerate(out[:3]))
    assert out[3].removed == []


def test_recurring_real_text_survives(state: BoilerplateState) -> None:
    """A dateline on every lede, formulaic openings, and a follow-up's background paragraph are reporting."""
    items = []
    for n in range(9):
        body = story(n)
        body[0] = "HARBOURVILLE — " + body[0]
        if n in (1, 3, 5):  # a formula followed by a long statement of the story's own
            body[1] = ("According to figures published by the county statistics office this week, "
                       + body[1][0].lower() + body[1][1:].replace(". ", " and "))
        if n in (2, 5, 8):  # a formula with a short tail, but in a third of the stories only
            body[2] = f"According to the harbour master's weekly note, {THINGS[n]} traffic rose."
        if n == 3:  # a follow-up repeats background from story 2
            body.insert(1, story(2)[1])
        items.append(item(f"a{n}", "gazette.example", body, n * 60.0))
    out = run(state, items)
    assert [r.removed for r in out] == [[]] * 9


def test_time_window(state: BoilerplateState) -> None:
    footer = [FOOTER.format(headline=h) for h in HEADLINES]
    run(state, [item(f"a{n}", "gazette.example", [*story(n), footer[n]], 0.0) for n in range(2)])
    # forty days later the two old stories are outside the 30-day window: nothing recurs yet
    [late] = run(state, [item("a2", "gazette.example", [*story(2), footer[2]], 40 * DAY)])
    assert late.removed == []
    assert state.expire(40 * DAY - CONFIG.window_days * DAY) == 2
    assert state.counts()["stories"] == 1


def test_allow_list_by_fingerprint_and_by_text(state: BoilerplateState, tmp_path: Path) -> None:
    items = [item(f"a{n}", "gazette.example", [*story(n), FOOTER.format(headline=HEADLINES[n])]) for n in range(3)]
    learned = run(state, items)
    first_label = learned[0].labels[0].removeprefix("learned:")
    allow = AllowList(tmp_path / "allow.sqlite")
    assert allow.add(AllowEntry("gazette.example", first_label, "", "our masthead line", "2025-01-01T00:00:00Z"))
    assert not allow.add(AllowEntry("gazette.example", first_label, "", "again", "2025-01-01T00:00:00Z"))
    assert allow.add(AllowEntry("*", "", "Tomorrow in the Gazette: anything at all", "", "2025-01-01T00:00:01Z"))
    entries = [(e.source, e.fingerprint, e.text) for e in allow.entries("gazette.example")]
    allow.close()
    allowed = allowed_fingerprints(entries, CONFIG)
    again = run(state, [item("a3", "gazette.example", [*story(3), FOOTER.format(headline=HEADLINES[3])], DAY)],
                allowed=allowed)
    assert again[0].removed == []  # both sentences allowed: one by fingerprint, one by its text's lead


def test_retried_pass_decides_the_same(state: BoilerplateState) -> None:
    items = [item(f"a{n}", "gazette.example", [*story(n), FOOTER.format(headline=HEADLINES[n])], n * 1.0)
             for n in range(4)]
    first = run(state, items)
    assert run(state, items) == first
    assert state.stories_since(state.source_id("gazette.example"), -1.0) == 4


def test_report_lists_patterns_with_counts(state: BoilerplateState) -> None:
    run(state, [item(f"a{n}", "gazette.example", [*story(n), FOOTER.format(headline=HEADLINES[n])], n * 1.0)
                for n in range(3)])
    rows = state.patterns(since=-1.0)
    assert {r.kind for r in rows} == {"exact", "lead"}
    for r in rows:
        assert r.source == "gazette.example" and r.stories == 3 and r.removals == 3
        assert len(r.fingerprint) == 16
    assert state.patterns(since=-1.0, source="other.example") == []


def test_exact_method_needs_identical_text(state: BoilerplateState) -> None:
    config = LearnConfig(method="exact")
    items = [item(f"a{n}", "gazette.example", [*story(n), FOOTER.format(headline=HEADLINES[n])]) for n in range(3)]
    for result in run(state, items, config):
        assert result.removed == ["Thanks for reading the Harbour Gazette, the valley's independent voice since 1887."]


def test_sentence_spans_and_fingerprints() -> None:
    text = "The U.S. envoy met Dr. Smith at 10.30 in Bonn. It rained.”Reported by Site, citing X."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The U.S. envoy met Dr. Smith at 10.30 in Bonn.", "It rained.”", "Reported by Site, citing X."]
    # digits and case do not matter; words do
    assert fingerprints_of_text("Updated on 12.03.2025", CONFIG) == fingerprints_of_text("updated ON 01.01.1999",
                                                                                           CONFIG)
    assert fingerprints_of_text("Updated on Monday", CONFIG).isdisjoint(fingerprints_of_text("Updated on Friday",
                                                                                             CONFIG))


@pytest.mark.parametrize("kwargs", [{"min_stories": 1}, {"method": "minhash"}, {"prefix_words": 1},
                                    {"window_days": 0}, {"variable_share": 1.5}])
def test_config_is_validated(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        LearnConfig(**kwargs)  # type: ignore[arg-type]
