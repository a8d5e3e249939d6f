"""Per-source learned boilerplate (ingest.learned) on its real SQLite state (ingest.boilerplate_state).

Every story and template here is written for these tests.  The failure classes of issue 12 each have a test:
templated stories keep their stock sentences (inside the body and at its edges), a sentence with "9 a.m.
Monday" stays whole, slot-first bios are learned, a glued attribution without a space is cut.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.boilerplate_state import AllowEntry, AllowList, BoilerplateState
from ingest.chrome import form_of
from ingest.learned import LearnConfig, Learned, LearnInput, fingerprints_of_text, learn_and_clean, units_of
from ingest.segment import sentences

DAY = 86400.0
CONFIG = LearnConfig()  # the defaults: k=2, 30 days, template fingerprints, share 0.5

THINGS = ("harbour, rail depot, old mill, town library, ferry terminal, water works, market hall, sports ground, "
          "fire station, bus garage, primary school, swimming pool, cattle market").split(", ")
HEADLINES = ["Council approves the budget", "Storm closes the coast road", "Ferry timetable changes in May",
             "Schools get new heating", "Bridge repairs start early", "Festival moves to the park",
             "Bakery wins a national prize", "Port traffic grows again", "Museum opens a night gallery"]
_SYLLABLES = "bra cor del fen gar hol ist jun kel lom mar nor oss pel quin ros sta tor ul ven wis yar zel".split()


def _sentence(rng: random.Random) -> str:
    words = ["".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))) for _ in range(rng.randint(12, 18))]
    for i in rng.sample(range(1, len(words)), 3):  # function words, as any sentence has
        words[i] = rng.choice(("the", "of", "and", "in", "to", "a"))
    return " ".join(words).capitalize() + "."


def story(n: int, paragraphs: int = 4) -> list[str]:
    """A distinct story: two sentences per paragraph of made-up words, so that no sentence, no opening and no
    skeleton of one recurs in another story (a shared sentence frame would make the stories a template)."""
    rng = random.Random(f"story-{n}")
    return [f"{_sentence(rng)} {_sentence(rng)}" for _ in range(paragraphs)]


@pytest.fixture
def state(tmp_path: Path) -> Iterator[BoilerplateState]:
    s = BoilerplateState(tmp_path / "boilerplate.sqlite")
    yield s
    s.close()


def item(article_id: str, source: str, paragraphs: list[str], when: float = 0.0, lang: str = "en") -> LearnInput:
    return LearnInput(article_id, source, "\n".join(paragraphs), when, lang)


def run(state: BoilerplateState, items: list[LearnInput], config: LearnConfig = CONFIG,
        allow: list[tuple[str, str, str]] | None = None) -> list[Learned]:
    return learn_and_clean(items, state, config, allow or [])


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


MASTHEAD = "Independent and proudly local since 1912."  # fixed text, no word of chrome


def test_one_story_is_not_enough_then_history_applies(state: BoilerplateState) -> None:
    [first] = run(state, [item("a0", "10.0.0.5", [*story(0), MASTHEAD], 0.0)])
    assert first.removed == []  # cold start: one story shows no pattern
    [second] = run(state, [item("a1", "10.0.0.5", [*story(1), MASTHEAD], DAY)])
    assert second.text.split("\n") == story(1)
    assert second.removed == [MASTHEAD]
    # a backlog of two shows it at once, with k = 3 a third story is needed
    two = run(state, [item(f"b{n}", "10.0.0.6", [*story(n), MASTHEAD], 0.0) for n in range(2)])
    assert [r.removed for r in two] == [[MASTHEAD]] * 2
    k3 = LearnConfig(min_stories=3)
    assert [r.removed for r in run(state, [item(f"c{n}", "10.0.0.7", [*story(n), MASTHEAD]) for n in range(2)],
                                   k3)] == [[], []]


def test_doubtless_form_needs_no_recurrence(state: BoilerplateState) -> None:
    """"Reach her at <e-mail>." is a bio line and an address: that is enough.  "Ada Fenwick covers the port."
    is a bio by its form alone (one kind of evidence): a second story must show it is the publisher's."""
    bio = "Ada Fenwick covers the port and shipping."
    reach = "Reach her at ada@gazette.example."
    [one] = run(state, [item("a0", "gazette.example", [*story(0), f"{bio} {reach}"])])
    assert one.removed == [reach]
    [two] = run(state, [item("a1", "gazette.example", [*story(1), f"{bio} {reach}"], DAY)])
    assert two.removed == [f"{bio} {reach}"] and two.text.split("\n") == story(1)  # the paragraph recurs whole
    # not inside the body, and not a sentence that merely mentions an address
    body = story(2)
    body.insert(2, f"Readers wrote to letters@gazette.example about the {THINGS[0]}, the editor said.")
    [three] = run(state, [item("a2", "gazette.example", body, 2 * DAY)])
    assert three.removed == []


def test_an_agency_credit_or_a_donation_ask_at_the_edge_goes_the_first_time(state: BoilerplateState) -> None:
    """One kind of evidence is enough when it is never a story's: an agency's credit or a call for money,
    short and at the edge; the same words inside the body, or in a long sentence of reporting, stay."""
    credit, ask = "Additional material from Xinhua.", "If you value this reporting, please make a donation."
    [one] = run(state, [item("a0", "gazette.example", [*story(0), credit])])
    assert one.removed == [credit] and one.text.split("\n") == story(0)
    [two] = run(state, [item("a1", "ledger.example", [*story(1), ask])])
    assert two.removed == [ask]
    body = story(2)
    body.insert(2, credit)
    reporting = ("The Xinhua news agency said the storm had closed the coast road and the ferry terminal for "
                 "two days, and that crews would work through the weekend.")
    [three] = run(state, [item("a2", "courier.example", [*body, reporting])])
    assert three.removed == []


def test_a_bar_of_buttons_or_a_short_widget_at_the_edge_goes_the_first_time(state: BoilerplateState) -> None:
    """A row of share buttons and a few words of an audio player are the page's furniture the first time
    they are seen; a quote with a widget's words in it is reporting and stays."""
    bar, player = "Teilen: WhatsApp · Threema · E-Mail", "Escuchá esta nota (0:52)"
    [one] = run(state, [item("w0", "post.example", [player, *story(5), bar])])
    assert sorted(one.removed) == sorted([bar, player]) and one.text.split("\n") == story(5)
    quote = ("“Únete al canal y recibirás solo lo importante, nada de publicidad”, explicó la concejala de "
             "Participación Ciudadana en la presentación del martes.")
    [two] = run(state, [item("w1", "diario.example", [*story(6), quote], lang="es")])
    assert two.removed == []


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


@pytest.mark.parametrize("glue", ["", " "])
def test_glued_attribution_is_cut_as_a_sentence(state: BoilerplateState, glue: str) -> None:
    """The seed article's form: '…strength.”Reported by Newstoday24, citing …' with no space, and with one."""
    agencies = ["the mayor's office", "Reuters and local officials", "a council statement"]
    items = []
    for n in range(3):
        body = story(n)
        body[-1] = body[-1].removesuffix(".") + ".”" + glue + f"Reported by Newstoday24, citing {agencies[n]}."
        items.append(item(f"a{n}", "newstoday24.example", body))
    for n, result in enumerate(run(state, items)):
        last = story(n)[-1].removesuffix(".") + ".”"
        assert result.text.split("\n") == [*story(n)[:-1], last]  # the real paragraph keeps its closing quote
        assert result.removed == [f"Reported by Newstoday24, citing {agencies[n]}."]


def test_author_bio_of_one_author_is_learned_per_source(state: BoilerplateState) -> None:
    bio = "Ada Fenwick covers the port and shipping for the Gazette. Reach her at ada@gazette.example."
    items = [item(f"a{n}", "gazette.example", [*story(n), bio]) for n in range(3)]
    items.append(item("b0", "other.example", [*story(5), bio]))  # another source has seen it once
    out = run(state, items)
    assert all(r.text.split("\n") == story(n) for n, r in enumerate(out[:3]))
    # there, the bio's first sentence is one story's: only the contact line's form alone removes it
    assert out[3].removed == ["Reach her at ada@gazette.example."]


AUTHORS = [("Maya Lindqvist", "transport and the port", "her"), ("Tom Okafor", "the courts", "him"),
           ("Ines Brandt", "science and the environment", "her"), ("Daniel Kim", "business and farming", "him"),
           ("Rachel Moreno", "city hall", "her"), ("Jonas Weber", "schools", "him")]


def test_slot_first_bios_of_many_authors_are_learned(state: BoilerplateState) -> None:
    """Each author writes once: no bio recurs as it is, and its first words are a name."""
    items = []
    for n, (name, beat, pronoun) in enumerate(AUTHORS):
        bio = (f"{name} writes about {beat} for the Harbor Times. Contact {pronoun} at "
               f"{name.split()[0].lower()}@harbortimes.example.")
        items.append(item(f"a{n}", "harbortimes.example", [*story(n), bio], n * 60.0))
    out = run(state, items)
    for n, result in enumerate(out):
        assert result.text.split("\n") == story(n), n
        assert len(result.removed) == 2
    report = state.patterns(-1.0)
    assert "<*> writes about <*> for the harbor times" in {r.pattern for r in report}


TOWNS = ["Phoenix", "Tucson", "Yuma", "Mesa", "Tempe", "Flagstaff", "Prescott", "Kingman"]


def heat_warning(n: int) -> list[str]:
    """One instance of a templated story: stock sentences at the start, inside and at the end."""
    town = TOWNS[n]
    return [
        f"The National Weather Service issued an excessive heat warning for {town} on Sunday.",
        f"An excessive heat warning is in effect from 9 a.m. Monday until 6 p.m. Wednesday, with highs near "
        f"{108 + n} degrees. Officials in {town} opened {3 + n} cooling centers.",
        f"Forecasters said overnight lows in {town} would stay above {80 + n} degrees.",
        f"{town} fire officials said {n + 2} people had been treated for heat illness since Friday.",
        "Residents should drink plenty of water, stay in air-conditioned rooms and check on elderly neighbours.",
    ]


def test_templated_stories_keep_their_stock_sentences(state: BoilerplateState) -> None:
    """Stock sentences recur in every instance and are the story; the publisher's footer still goes."""
    items = [item(f"h{n}", "gazette.example", [*heat_warning(n), FOOTER.format(headline=HEADLINES[n])], n * 60.0)
             for n in range(6)]
    items += [item(f"s{n}", "gazette.example", [*story(n), FOOTER.format(headline=HEADLINES[-1 - n])], 900.0 + n)
              for n in range(3)]
    out = run(state, items)
    for n, result in enumerate(out[:6]):
        assert result.text.split("\n") == heat_warning(n), n
        assert sorted(result.removed) == sorted([
            "Thanks for reading the Harbour Gazette, the valley's independent voice since 1887.",
            f"Tomorrow in the Gazette: {HEADLINES[n]}"])
    assert [r.text.split("\n") for r in out[6:]] == [story(n) for n in range(3)]


NOTE = "Cooling centers and their hours are listed on the county's heat page, which is updated daily."


@pytest.mark.parametrize("boxed", [True, False])
def test_a_note_in_a_box_of_its_own_goes_from_templated_stories(state: BoilerplateState, boxed: bool) -> None:
    """The same recurring sentence with no chrome words: in a box of its own on the page it is the publisher's
    note and goes, from the template's instances too; in the story's column it is a stock sentence and stays."""
    items = []
    for n in range(6):
        paragraphs = [*heat_warning(n)[:3], NOTE, *heat_warning(n)[3:]]
        items.append(LearnInput(f"h{n}", "gazette.example", "\n".join(paragraphs), n * 60.0, "en",
                                boxed=frozenset({NOTE}) if boxed else frozenset()))
    out = run(state, items)
    for n, result in enumerate(out):
        assert result.text.split("\n") == (heat_warning(n) if boxed else [*heat_warning(n)[:3], NOTE,
                                                                         *heat_warning(n)[3:]]), n
        assert result.removed == ([NOTE] if boxed else [])


def test_a_source_of_templated_stories_only_keeps_everything(state: BoilerplateState) -> None:
    """A bot-like desk: every story is an instance of one template, the closing line included."""
    passes = [[item(f"h{n}", "weatherdesk.example", heat_warning(n), n * DAY)] for n in range(8)]
    for n, batch in enumerate(passes):
        [result] = run(state, batch)
        assert result.removed == [] and result.text.split("\n") == heat_warning(n), n


def test_furniture_of_the_publishers_other_stories_goes_from_templated_ones(state: BoilerplateState) -> None:
    """A reading-time line without a chrome word recurs on the templated stories *and* on the source's other
    stories: it is not one of the template's stock sentences, so it goes from both; the stock sentences stay."""
    furniture = "Around two minutes with this one."
    items = [item(f"h{n}", "gazette.example", [furniture, *heat_warning(n)], n * 60.0) for n in range(5)]
    items += [item(f"s{n}", "gazette.example", [furniture, *story(n)], 900.0 + n) for n in range(6)]
    out = run(state, items)
    for n, result in enumerate(out[:5]):
        assert result.text.split("\n") == heat_warning(n), n
        assert result.removed == [furniture]
    assert all(r.removed == [furniture] for r in out[5:])


def test_a_box_that_repeats_the_story_goes_and_a_single_echo_stays(state: BoilerplateState) -> None:
    """A "Key points" box: bullets cut from the story's own sentences, under a recurring heading.  One
    paragraph that repeats words of another (a live update's headline over its text) is reporting."""
    items = []
    for n in range(3):
        body = story(20 + n, paragraphs=5)
        bullets = [" ".join(body[i].split()[:9]) + "…" for i in (1, 2, 3)]
        items.append(item(f"k{n}", "gazette.example", ["Key points", *bullets, *body], n * 60.0))
    single = story(30, paragraphs=4)
    single.insert(2, " ".join(single[2].split()[:7]))
    items.append(item("one", "gazette.example", single, 500.0))
    out = run(state, items)
    for n, result in enumerate(out[:3]):
        assert result.text.split("\n") == story(20 + n, paragraphs=5), n
        assert result.removed[0] == "Key points" and len(result.removed) == 4
    assert out[3].removed == [] and out[3].text.split("\n") == single


def test_a_call_inside_the_body_on_a_few_stories_goes(state: BoilerplateState) -> None:
    """A poll box, a paragraph of its own in the middle of the body, on 4 of 16 stories (less than the
    source's variable share): its call to action says it is the publisher's."""
    poll = "Reader poll: how do you get to work? Vote below."
    items = [item(f"a{n}", "gazette.example", [*story(40 + n)[:2], poll, *story(40 + n)[2:]] if n % 4 == 0
                  else story(40 + n), n * 60.0) for n in range(16)]
    out = run(state, items)
    for n, result in enumerate(out):
        assert result.text.split("\n") == story(40 + n), n
        assert result.removed == ([poll] if n % 4 == 0 else [])


def outages(n: int, what: str) -> list[str]:
    """Sibling templates (power cuts, water cuts) of one source: stock sentences with the facts in slots,
    mostly each sibling's own, and list lines that lead with a town, the same towns in both."""
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    town = TOWNS[n % 8]
    own = ([f"Planned power cuts in {town} County start on {days[n % 5]}, the electricity board said.",
            f"{town} crews will replace {3 + n} ageing transformers on the overhead lines during the works.",
            f"Street lights in {TOWNS[(n + 3) % 8]} stay on, because they run on a separate circuit."]
           if what == "power" else
           [f"Water will be shut off in parts of {town} County from {days[n % 5]}, the water board said.",
            f"{town} crews will flush {3 + n} mains, and tap water may look cloudy for a few hours after.",
            f"Tankers will stand at the {TOWNS[(n + 3) % 8]} fire station for anyone who needs drinking water."])
    return [
        *own,
        *(f"{TOWNS[(n + i) % 8]}: {what} off on {days[(n + i) % 5]} from {8 + i} to {10 + i} a.m. on Main "
          f"Street, No. {3 + n + i} to {20 + n}." for i in range(3)),
        f"Cuts can run up to {n + 2} hours longer than planned in bad weather, {town} officials said.",
    ]


def test_sibling_templates_keep_their_list_lines(state: BoilerplateState) -> None:
    """List lines that lead with a town recur across the two sibling templates and sit at the edge: they
    are the stories (the leads are not labels), and so are the stock sentences."""
    items = [item(f"p{n}", "kreiswerke.example", outages(n, "power" if n % 2 else "water"), n * 60.0)
             for n in range(10)]
    items += [item(f"s{n}", "kreiswerke.example", story(60 + n), 900.0 + n) for n in range(4)]
    out = run(state, items)
    for n, result in enumerate(out[:10]):
        assert result.removed == [] and result.text.split("\n") == outages(n, "power" if n % 2 else "water"), n


def test_a_results_list_with_shouted_leads_stays(state: BoilerplateState) -> None:
    """A market-close template lists shares as "SAP: 175,59 Euro (–6,21 %)": shouted leads, not labels."""
    shares = ("SAP", "BASF", "BMW", "RWE", "EON", "MTU", "BAYER", "HEIDELBERG MATERIALS")

    def close(n: int) -> list[str]:
        return [f"Der Dax schloss am {n + 1}. September bei {23000 + 37 * n} Punkten, ein Minus von {n + 1},{n} %.",
                f"Händler in {TOWNS[n % 8]} sprachen von Gewinnmitnahmen nach der Rally der Vorwoche.",
                f"Der Euro kostete am Abend {1 + n / 100:.4f} Dollar, teilte die Bank in {TOWNS[(n + 2) % 8]} mit.",
                *(f"{shares[(n + i) % 8]}: {100 + 7 * n + i},{10 + n} Euro (–{1 + i},{n} %)" for i in range(3))]

    items = [item(f"d{n}", "boerse.example", close(n), n * 60.0, lang="de") for n in range(8)]
    items += [item(f"s{n}", "boerse.example", story(70 + n), 900.0 + n, lang="de") for n in range(3)]
    for n, result in enumerate(run(state, items)[:8]):
        assert result.removed == [] and result.text.split("\n") == close(n), n


def scoreboard(n: int) -> list[str]:
    """A results template whose stock sentences name the publisher and its address, and whose lines are
    "<Town> : <result>" list items, each a paragraph of its own."""
    return [f"Here are Friday night's high school football scores from across the valley, as reported to the "
            f"Harbour Gazette by {TOWNS[n % 8]} coaches.",
            *(f"{TOWNS[(n + i) % 8]} : {14 + n + i} points against {TOWNS[(n + i + 3) % 8]} at home, before "
              f"{300 + 10 * n} fans, on a wet field" for i in range(4)),
            f"Coaches can send final scores to scores@gazette.example by 10 p.m. or call {TOWNS[(n + 5) % 8]} "
            f"desk at 555-01{n:02d}."]


def test_a_templated_story_keeps_stock_sentences_with_the_publishers_address(state: BoilerplateState) -> None:
    """Stock sentences that name the publisher or give its address, and list lines, recur only in the
    template's instances: they are the template's, kept; the footer the source prints on its ordinary
    stories too still goes."""
    footer = "Thanks for reading the Harbour Gazette, the valley's independent voice since 1887."
    items = [item(f"f{n}", "gazette.example", [*scoreboard(n), footer], n * 60.0) for n in range(6)]
    items += [item(f"s{n}", "gazette.example", [*story(80 + n), footer], 900.0 + n) for n in range(4)]
    out = run(state, items)
    for n, result in enumerate(out[:6]):
        assert result.text.split("\n") == scoreboard(n) and result.removed == [footer], n
    assert all(r.removed == [footer] for r in out[6:])


def test_a_box_on_one_ordinary_story_too_goes_from_templated_ones(state: BoilerplateState) -> None:
    """A line with the publisher's address inside the template's instances would be one of its stock
    sentences (as the scoreboard's own, which stay), but an ordinary story of the source carries it too, even
    one: then it is the publisher's box, and goes from every instance."""
    box = "Every score of the night is at gazette.example/scores."
    items = [item(f"f{n}", "gazette.example", [*scoreboard(n)[:3], box, *scoreboard(n)[3:]], n * 60.0)
             for n in range(6)]
    items += [item(f"s{n}", "gazette.example", [*story(80 + n)[:2], *([box] if n == 0 else []), *story(80 + n)[2:]],
                   900.0 + n) for n in range(3)]
    out = run(state, items)
    for n, result in enumerate(out[:6]):
        assert result.text.split("\n") == scoreboard(n) and result.removed == [box], n


def test_the_source_asking_by_name_goes_from_templated_stories(state: BoilerplateState) -> None:
    """A call to act on the source, by its name, inside the template's instances only ("Follow the Harbour
    Gazette on Telegram …"): no template's stock sentence asks the reader that, so it goes; the scoreboard's
    own stock sentences with the publisher's name and address stay."""
    call = "Follow the Harbour Gazette on Telegram for every score as it comes in."
    items = [item(f"f{n}", "gazette.example", [*scoreboard(n)[:3], call, *scoreboard(n)[3:]], n * 60.0)
             for n in range(6)]
    out = run(state, items)
    for n, result in enumerate(out):
        assert result.text.split("\n") == scoreboard(n) and result.removed == [call], n


def test_a_short_line_that_interrupts_stories_goes(state: BoilerplateState) -> None:
    """A short line of its own between the story's paragraphs, word for word on three of the source's
    stories and never at an edge, is not the stories': their paragraphs around it recur nowhere, even when
    its words show nothing ("And now a word from the people who make this possible"; "Story continues
    after …" is a widget's by its words).  On two stories it stays; so does a templated story's subhead,
    which sits between the template's stock sentences."""
    line = "And now a word from the people who make this possible"
    subhead = "What residents can do"
    items = [item(f"a{n}", "gazette.example", [*story(n, 6)[:2 + n % 2], line, *story(n, 6)[2 + n % 2:]],
                  n * 60.0) for n in range(3)]
    items += [item(f"b{n}", "post.example", [*story(20 + n, 6)[:3], line, *story(20 + n, 6)[3:]], n * 60.0)
              for n in range(2)]
    items += [item(f"h{n}", "weather.example", [*heat_warning(n)[:3], subhead, *heat_warning(n)[3:]], n * 60.0)
              for n in range(5)]
    out = run(state, items)
    for n, result in enumerate(out[:3]):
        assert result.text.split("\n") == story(n, 6) and result.removed == [line], n
    for n, result in enumerate(out[3:5]):
        assert line in result.text.split("\n"), n
    for n, result in enumerate(out[5:]):
        assert subhead in result.text.split("\n"), n


def test_an_interview_s_speaker_turns_recur_across_a_series_and_stay(state: BoilerplateState) -> None:
    """"Precht: …" and "Fischer: …" open paragraphs in every part of an interview series, at its edges too:
    a speaker's lead opens several paragraphs of one article, a label announces one aside, so the turns
    are the interview, not a label that recurs."""
    def part(n: int) -> list[str]:  # an introduction, then short turns (a long one would make it a template)
        said = [" ".join(sentence.split()[:8]) + "." for para in story(30 + n, 3) for sentence in sentences(para)]
        return [story(60 + n, 1)[0], *(f"{'Fischer' if i % 2 == 0 else 'Precht'}: {s}" for i, s in enumerate(said))]

    out = run(state, [item(f"i{n}", "echo.example", part(n), n * DAY, "de") for n in range(4)])
    for n, result in enumerate(out):
        assert result.removed == [] and result.text.split("\n") == part(n), n


def test_a_sentence_between_a_templated_story_s_own_paragraphs_stays(state: BoilerplateState) -> None:
    """A council's decisions differ from story to story, and the stock sentence between them, word for word
    on three of the source's seven stories, recurs nowhere else: it shows no chrome form and ends as a
    sentence, so it is the council reports', not a line that interrupts the stories."""
    stock = "The decisions take effect after the four-week objection period."
    items = [item(f"c{n}", "gazette.example", [*story(40 + n, 8)[:4], stock, *story(40 + n, 8)[4:]], n * 60.0)
             for n in range(3)]
    items += [item(f"o{n}", "gazette.example", story(45 + n), 300.0 + n) for n in range(4)]
    for n, result in enumerate(run(state, items)[:3]):
        assert stock in result.text.split("\n") and result.removed == [], n


def test_a_long_sentence_about_donations_ends_a_story_and_a_lede_about_the_newsletter_opens_one(
        state: BoilerplateState) -> None:
    """Seen once, a call for money goes at the edge by its form alone when it is short; a longer sentence
    about contributions or a tax receipt ends a story about a fund drive.  At the body's start only the
    page's furniture goes by its form alone (a player, a reading time): a lede may name the publication and
    its newsletter."""
    drive = ("Contributions do not qualify for a tax receipt, since the Gazette is not a registered charity "
             "under the federal rules for such organisations.")
    [one] = run(state, [item("d0", "gazette.example", [*story(50), drive])])
    assert one.removed == [] and drive in one.text.split("\n")
    lede = "The Gazette began sending a daily newsletter by WhatsApp this week, every morning at 6:30."
    [two] = run(state, [item("d1", "gazette.example", [lede, *story(51)], DAY)])
    assert two.removed == [] and two.text.split("\n")[0] == lede


def test_a_daily_widget_s_heading_and_rows_go_a_story_s_list_stays(state: BoilerplateState) -> None:
    """A box between the story's paragraphs, its heading over rows that change by the day, not by the story:
    the heading recurs on some of the source's stories (not on most: the box is not on every page) and some
    rows on other stories of the same day, so heading and rows go.  A story's own list under its own heading
    recurs nowhere and stays."""
    def page(n: int) -> list[str]:
        day = n // 3  # three stories a day show the same rows
        rows = [f"- Ice at Bethel: {30 + day} in.", f"- Ice road: {('open', 'closed')[day % 2]} to Akiak",
                f"- Low tonight: {10 - day}°F · wind NE {12 + day}"]
        heading = ("Ice thickness by leg", "Where crews measured", "Legs checked this week", "Readings by leg",
                   "What the crews found", "Measured legs")[n]
        own = [heading, *("- " + " ".join(para.split()[:8]) for para in story(80 + n, 2))]
        body = story(70 + n, 6)
        return [*body[:2], "Kuskokwim today", *rows, *body[2:4], *own, *body[4:]]

    items = [item(f"k{n}", "kdlt.example", page(n), (n // 3) * DAY + n) for n in range(6)]
    items += [item(f"s{n}", "kdlt.example", story(90 + n), 2 * DAY + n) for n in range(20)]  # no box on these
    out = run(state, items)[:6]
    for n, result in enumerate(out):
        lines = result.text.split("\n")
        assert "Kuskokwim today" not in lines and not any("Ice at Bethel" in line for line in lines), n
        assert all(line in lines for line in page(n)[-5:-2]), n  # the story's heading and its list


def test_a_sentence_with_nine_a_m_monday_stays_whole(state: BoilerplateState) -> None:
    """The heat warnings' second paragraph: its tail after "a.m." recurs in every story, so cut there, the tail
    was learned and removed, and the article kept half a sentence."""
    items = [item(f"h{n}", "gazette.example", [*heat_warning(n), FOOTER.format(headline=HEADLINES[n])], n * 60.0)
             for n in range(5)]
    for n, result in enumerate(run(state, items)):
        assert result.text.split("\n")[1] == heat_warning(n)[1], n
        assert all("Monday" not in piece for piece in result.removed)
    sentence = heat_warning(0)[1].split(" Officials")[0]
    units = units_of([sentence, "Stay indoors."], CONFIG, "en")
    assert [u.text for u in units] == [sentence, "Stay indoors."]  # one unit each, none cut at "a.m."


def test_related_label_inside_the_body_goes_wherever_it_sits(state: BoilerplateState) -> None:
    items = []
    for n in range(4):
        body = story(n, paragraphs=6)
        body.insert(1 + n % 3, f"RELATED: {HEADLINES[n + 2]}")
        items.append(item(f"a{n}", "gazette.example", body, n * 60.0))
    for n in range(3):  # a German source, its label always after the second paragraph
        body = story(10 + n, paragraphs=5)
        body.insert(2, f"Lesen Sie auch: {HEADLINES[n]}")
        items.append(item(f"d{n}", "nordstadt.example", body, n * 60.0, lang="de"))
    out = run(state, items)
    for n, result in enumerate(out[:4]):
        assert result.text.split("\n") == story(n, paragraphs=6), n
        assert result.removed == [f"RELATED: {HEADLINES[n + 2]}"]
    for n, result in enumerate(out[4:]):
        assert result.text.split("\n") == story(10 + n, paragraphs=5), n
        assert result.removed == [f"Lesen Sie auch: {HEADLINES[n]}"]


def test_fixed_text_without_form_goes_only_when_always_at_the_edge(state: BoilerplateState) -> None:
    """No chrome word at all: fixed text on most stories, always last, goes; on a few stories it stays."""
    masthead = "Independent and proudly local since 1912."
    items = [item(f"a{n}", "10.0.0.5", [*story(n), masthead], n * 60.0) for n in range(4)]
    items += [item(f"b{n}", "10.0.0.6", [*story(n), masthead] if n < 2 else story(n), n * 60.0) for n in range(8)]
    out = run(state, items)
    assert all(r.removed == [masthead] for r in out[:4])
    assert all(r.removed == [] for r in out[4:])  # 2 of 8 stories: a formula of some stories, not a masthead


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
    run(state, [item(f"a{n}", "10.0.0.5", [*story(n), MASTHEAD], 0.0) for n in range(2)])
    # forty days later the two old stories are outside the 30-day window: nothing recurs yet
    [late] = run(state, [item("a2", "10.0.0.5", [*story(2), MASTHEAD], 40 * DAY)])
    assert late.removed == []
    assert state.expire(40 * DAY - CONFIG.window_days * DAY) == 2
    assert state.counts()["stories"] == 1


def test_allow_list_by_fingerprint_by_text_and_removal(state: BoilerplateState, tmp_path: Path) -> None:
    items = [item(f"a{n}", "gazette.example", [*story(n), FOOTER.format(headline=HEADLINES[n])]) for n in range(3)]
    learned = run(state, items)
    first_label = learned[0].labels[0].removeprefix("learned:")
    allow = AllowList(tmp_path / "allow.sqlite")
    assert allow.add(AllowEntry("gazette.example", first_label, "", "our masthead line", "2025-01-01T00:00:00Z"))
    assert not allow.add(AllowEntry("gazette.example", first_label, "", "again", "2025-01-01T00:00:00Z"))
    # by text: the mined template "tomorrow in the gazette <*>" matches it, whatever the headline
    assert allow.add(AllowEntry("*", "", "Tomorrow in the Gazette: anything at all", "", "2025-01-01T00:00:01Z"))
    entries = [(e.source, e.fingerprint, e.text) for e in allow.entries("gazette.example")]
    again = run(state, [item("a3", "gazette.example", [*story(3), FOOTER.format(headline=HEADLINES[3])], DAY)],
                allow=entries)
    assert again[0].removed == []
    assert allow.remove("gazette.example", fingerprint=first_label) == 1
    assert allow.remove("gazette.example", fingerprint=first_label) == 0
    entries = [(e.source, e.fingerprint, e.text) for e in allow.entries("gazette.example")]
    allow.close()
    [later] = run(state, [item("a4", "gazette.example", [*story(4), FOOTER.format(headline=HEADLINES[4])], DAY)],
                  allow=entries)
    assert later.removed == ["Thanks for reading the Harbour Gazette, the valley's independent voice since 1887."]


def test_retried_pass_decides_the_same(state: BoilerplateState) -> None:
    items = [item(f"a{n}", "gazette.example", [*story(n), FOOTER.format(headline=HEADLINES[n])], n * 1.0)
             for n in range(4)]
    first = run(state, items)
    pool = state.counts()["pool"]
    assert run(state, items) == first
    assert state.stories_since(state.source_id("gazette.example"), -1.0) == 4
    assert state.counts()["pool"] == pool  # a retry adds nothing to mine from


def test_decisions_that_drop_what_they_read_decide_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past ``HELD_STORIES`` the pass's decisions drop the occurrences they read and read them again to
    finish (memory bounded in a source's pass): the verdicts are those of decisions that hold them all."""
    import ingest.learned

    items = [item(f"h{n}", "gazette.example", [*heat_warning(n), FOOTER.format(headline=HEADLINES[n])], n * 60.0)
             for n in range(6)]
    items += [item(f"s{n}", "gazette.example", [*story(n), FOOTER.format(headline=HEADLINES[-1 - n])], 900.0 + n)
              for n in range(3)]
    results = []
    for budget in (10**9, 0):
        monkeypatch.setattr(ingest.learned, "HELD_STORIES", budget)
        store = BoilerplateState(tmp_path / f"held-{budget}.sqlite")
        try:
            results.append(run(store, items))
        finally:
            store.close()
    assert results[0] == results[1]
    assert sum(bool(r.removed) for r in results[1]) == len(items)  # the footer went from every article


def test_report_lists_templates_with_slots_and_why(state: BoilerplateState) -> None:
    run(state, [item(f"a{n}", "gazette.example", [*story(n), FOOTER.format(headline=HEADLINES[n])], n * 1.0)
                for n in range(3)])
    rows = {r.kind: r for r in state.patterns(since=-1.0)}
    assert set(rows) == {"exact", "label"}
    assert rows["label"].pattern == "tomorrow in the gazette : <*>"
    assert rows["label"].why == "self,label; edge"  # a label by its words ("tomorrow in"), and self-named
    assert rows["exact"].why == "self; edge"
    for r in rows.values():
        assert r.source == "gazette.example" and r.stories == 3 and r.removals == 3
        assert len(r.fingerprint) == 16
    assert state.patterns(since=-1.0, source="other.example") == []


def test_exact_method_needs_identical_text(state: BoilerplateState) -> None:
    def tail(n: int) -> list[str]:
        return [f"Harbour life: {HEADLINES[n]}", MASTHEAD]

    exact = run(state, [item(f"a{n}", "10.0.0.5", [*story(n), *tail(n)]) for n in range(3)],
                LearnConfig(method="exact"))
    assert [r.removed for r in exact] == [[MASTHEAD]] * 3  # the label-shaped line differs in every story
    slotted = run(state, [item(f"b{n}", "10.0.0.6", [*story(n), *tail(n)]) for n in range(3)])
    assert [r.removed for r in slotted] == [tail(n) for n in range(3)]


def test_fingerprints_ignore_digits_and_case_not_words() -> None:
    assert fingerprints_of_text("Updated on 12.03.2025", CONFIG) == fingerprints_of_text("updated ON 01.01.1999",
                                                                                           CONFIG)
    assert fingerprints_of_text("Updated on Monday", CONFIG).isdisjoint(fingerprints_of_text("Updated on Friday",
                                                                                             CONFIG))


def test_state_of_an_earlier_layout_starts_afresh(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "boilerplate.sqlite"
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE occurrences (source_id INTEGER, fingerprint INTEGER, story_id INTEGER, "
                "first_seen REAL, last_seen REAL)")
    old.execute("INSERT INTO occurrences VALUES (1, 2, 3, 0, 0)")
    old.commit()
    old.close()
    state = BoilerplateState(path)
    try:
        assert state.counts()["occurrences"] == 0
        assert run(state, [item("a0", "gazette.example", story(0))])[0].removed == []
    finally:
        state.close()


@pytest.mark.parametrize("kwargs", [{"min_stories": 1}, {"method": "minhash"}, {"method": "prefix"},
                                    {"window_days": 0}, {"variable_share": 1.5}])
def test_config_is_validated(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        LearnConfig(**kwargs)  # type: ignore[arg-type]


def test_a_host_that_runs_the_name_together_is_named_by_its_words() -> None:
    """"lezebre-lille": the publisher's name run together, then its town.  "Le Zèbre" names the source; the
    town alone, or one word, does not."""
    from ingest.chrome import form_of, self_names

    names = self_names("lezebre-lille.example")
    assert "self" in form_of("Le Zèbre ne touche ni subvention ni argent de la pub.", names).strong
    assert form_of("La ville de Lille rénove ses écoles.", names).level == 0
    assert form_of("Le concert de Zebre, samedi.", names).level == 0


def test_a_call_in_the_voseo_of_argentina_is_a_call() -> None:
    """Rioplatense Spanish asks "Descargá", "Seguinos", "Mandanos", not "Descarga", "Síguenos", "Mándanos"."""
    from ingest.chrome import form_of

    assert "cta+publication" in form_of("Descargá la app de Diario Andino y activá las alertas.").strong
    assert "cta" in form_of("¿Viste algo? Mandanos tu foto o video.").weak
    assert form_of("Los vecinos vieron algo extraño en el cielo, dijo la policía.").level == 0


def test_the_publication_asking_for_money_is_fundraising_and_an_obituary_is_not() -> None:
    from ingest.chrome import form_of

    for ask in ("Nos pigistes sont payés grâce à vos dons.", "KRPR is listener-supported.",
                "La Frontera Hoy es una redacción sin fines de lucro.", "Tu donativo de hoy se duplica."):
        assert "fundraising" in form_of(ask).strong, ask
    assert "fundraising" not in form_of("Au lieu de fleurs, un don à la Ligue contre le cancer.").strong


def test_a_row_of_short_items_between_separators_is_a_bar() -> None:
    """A share or link bar is a row of a few short items between separators; a sentence with a separator
    in it, or a row whose items are sentences, is not one."""
    from ingest.chrome import form_of

    for bar in ("Link kopieren · Per E-Mail senden · Auf LinkedIn teilen", "Facebook | X | WhatsApp | E-mail",
                "Partager • Imprimer • Envoyer"):
        assert "bar" in form_of(bar).strong, bar
    for prose in ("Gold · Silber · Platin sind im Preis gestiegen.", "Diesen Text anhören · 0:37 Min.",
                  "He said: yes | no | maybe later this week, the minister added",
                  "Mayor resigns. | Council meets. | Vote set.", "Facebook | Twitter"):
        assert "bar" not in form_of(prose).strong, prose


def test_a_bar_on_the_sources_stories_goes_from_a_templated_one_too(state: BoilerplateState) -> None:
    """A share bar at the foot of a templated story, which an ordinary story of the source carries too."""
    bar = "Link kopieren · Per E-Mail senden · Auf LinkedIn teilen"
    items = [item(f"f{n}", "gazette.example", [*scoreboard(n), bar], n * 60.0) for n in range(3)]
    items += [item("s0", "gazette.example", [*story(50), bar], 900.0)]
    out = run(state, items)
    for n, result in enumerate(out[:3]):
        assert result.text.split("\n") == scoreboard(n) and result.removed == [bar], n


def applications(n: int) -> list[str]:
    """A weekly building-applications notice: stock sentences are a little over half of its characters,
    the application lines are its own; its last sentence names the publisher and gives its address."""
    rng = random.Random(f"applications-{n}")
    lines = [f"{rng.choice(TOWNS)}: {rng.choice(('Ada', 'Ben', 'Cleo', 'Dan'))} {rng.choice(('Hale', 'Ives', 'Moor'))},"
             f" {rng.choice(THINGS)} extension, {rng.randint(1, 99)} {rng.choice(('Mill', 'Quay', 'High'))} Street,"
             f" plot {rng.randint(1000, 9999)}" for _ in range(4)]
    return [f"These building applications go on public display on Monday {n + 1} at the district office.", *lines,
            "Objections must be made in writing to the council within twenty days.",
            "The Harbour Gazette prints every council's applications on Fridays; councils can send theirs to "
            "plans@gazette.example."]


def test_instances_of_a_template_in_one_backlog_stay_distinct_stories(state: BoilerplateState) -> None:
    """A new feed's backlog holds three instances of a notice whose stock sentences are over half of each:
    they are three stories (not one story seen three times), so the last stock sentence, which names the
    publisher and its address, is the template's and stays; it is not a bio-and-address line seen once."""
    texts = [applications(n) for n in range(3)]
    stock = sum(len(p) for p in texts[0] if p.split(":")[0] not in TOWNS)
    assert 0.5 < stock / sum(len(p) for p in texts[0]) < 0.7
    out = run(state, [item(f"a{n}", "gazette.example", texts[n], n * 60.0) for n in range(3)])
    assert [r.text.split("\n") for r in out] == texts


SMALL_ADS = ["- Tractor for sale, one owner, low hours", "- Wanted: summer grazing for twelve heifers",
             "- Hay in small bales, collection only", "- Apprenticeship on a dairy farm near the coast",
             "- Seed drill, barn stored, offers", "- Relief milker needed for two months",
             "- Cattle trailer with a new floor", "- Firewood by the trailer load, seasoned ash",
             "- Quad bike, spares or repair", "- Grain dryer and augers, going cheap",
             "- Horse box sleeps two, recent service", "- Fence posts and rails, any quantity"]


def ads_box(n: int) -> list[str]:
    """A rotating box of small ads: three of them a story, one of which no other story carries."""
    return ["New in the market place", SMALL_ADS[n % 4], SMALL_ADS[(n + 1) % 4], SMALL_ADS[4 + n]]


def test_a_heading_learned_as_chrome_takes_its_rotating_list_and_key_points_stay(state: BoilerplateState) -> None:
    """The items that rotate into a box recur in too few stories to be learned, but the box's heading is;
    a story's own key points under a recurring heading recur nowhere and stay."""
    points = [[f"- {_sentence(random.Random(f'point-{n}-{i}'))}" for i in range(2)] for n in range(8)]
    items = [item(f"m{n}", "gazette.example", [story(60 + n)[0], "The essentials", *points[n],
                                               *story(60 + n)[1:], *ads_box(n)], n * 60.0) for n in range(8)]
    out = run(state, items)
    for n, result in enumerate(out):
        kept = result.text.split("\n")
        assert not set(kept) & set(SMALL_ADS), (n, kept)
        assert SMALL_ADS[4 + n] in result.removed  # on this story only
        assert [p for p in kept if p not in ("The essentials",)] == [story(60 + n)[0], *points[n],
                                                                     *story(60 + n)[1:]], n


def test_the_publishers_most_read_box_goes_from_templated_stories(state: BoilerplateState) -> None:
    """A templated story keeps its stock sentences; a heading that names the publisher over a list of
    headlines is the publisher's box, not the template's."""
    box = [[f"- {HEADLINES[(n + i) % len(HEADLINES)]}" for i in range(3)] for n in range(6)]
    items = [item(f"h{n}", "gazette.example", [*heat_warning(n), "Most read in the Gazette today", *box[n]],
                  n * 60.0) for n in range(6)]
    out = run(state, items)
    for n, result in enumerate(out):
        assert result.text.split("\n") == heat_warning(n), n


def sea_warning(n: int, what: str) -> list[str]:
    """Sibling templates (swell and wind warnings) of one source: each sibling's own stock sentences, and
    one stock sentence inside the body that the two share."""
    town, other = TOWNS[n % 8], TOWNS[(n + 3) % 8]
    own = ([f"Forecasters placed the {town} coast under a yellow swell warning from {6 + n} a.m. on Monday.",
            f"Waves of {2 + n / 10:.1f} metres are expected on the {town} shore, with troughs of four metres.",
            "Low-lying parts of the coast may flood at high tide while the swell warning lasts.",
            f"Surfers and swimmers should keep off the beaches between {town} and {other} until it ends.",
            f"{town} harbour officials said {n + 2} fishing boats had stayed in port on Sunday night.",
            f"The swell is expected to ease by {(n % 6) * 2 + 5} p.m. on Tuesday, the forecasters added."]
           if what == "swell" else
           [f"A yellow wind warning covers {town} and its hills from {6 + n} a.m. on Monday, the met office said.",
            f"Gusts of {70 + n} km/h are expected on the hills above {town}, with steady winds of 40 km/h.",
            "Loose objects in gardens and on balconies should be brought inside before the gusts arrive.",
            f"Drivers of high-sided vehicles are told to avoid the bridge between {town} and {other}.",
            f"The power company said {n + 4} crews were on standby in {town} in case lines come down.",
            f"Winds should drop below warning level by {(n % 6) * 2 + 5} p.m. on Tuesday, the met office said."])
    shared = "The yellow level asks residents to stay alert, and the orange level asks them to limit their trips."
    return [own[0], own[1], shared, *own[2:]]


def test_sibling_templates_keep_the_stock_sentence_they_share(state: BoilerplateState) -> None:
    """A stock sentence inside the body that two sibling templates share recurs mostly outside one
    sibling's instances, but only on templated stories: it is the templates', not the publisher's, and stays
    (the previous rule counted the other sibling's instances as the publisher's other stories)."""
    items = [item(f"w{n}", "coast.example", sea_warning(n, "swell" if n % 2 else "wind"), n * 60.0)
             for n in range(12)]
    items += [item(f"s{n}", "coast.example", story(90 + n), 900.0 + n) for n in range(3)]
    out = run(state, items)
    for n, result in enumerate(out[:12]):
        assert result.removed == [] and result.text.split("\n") == sea_warning(n, "swell" if n % 2 else "wind"), n


def test_a_call_to_follow_a_handle_goes_from_templated_stories(state: BoilerplateState) -> None:
    """A call to follow a social-media handle inside the template's instances only is the publisher's, as a
    call by its name is; the scoreboard's stock sentence with the publisher's e-mail address stays."""
    call = "Follow us on X, Instagram and TikTok at @valleyprepzone for every score."
    items = [item(f"f{n}", "gazette.example", [*scoreboard(n)[:3], call, *scoreboard(n)[3:]], n * 60.0)
             for n in range(6)]
    out = run(state, items)
    for n, result in enumerate(out):
        assert result.text.split("\n") == scoreboard(n) and result.removed == [call], n


def test_a_copy_loses_the_bio_its_publisher_taught(state: BoilerplateState) -> None:
    """A bio the publisher's own stories taught as chrome goes from another source's copy the first time the
    copier shows it; without the publisher's history, a bio seen once with one kind of evidence stays, and
    a copied story's own sentences stay either way."""
    bio = "Marcus Hale writes about farming and water for the Valley Ledger."
    copy = [*story(120), bio]

    def copier(at: float) -> Learned:
        return run(state, [item("c0", "copier.example", copy, at)])[0]

    before = BoilerplateState(state.path.with_name("alone.sqlite"))
    try:
        alone = run(before, [item("c0", "copier.example", copy, 0.0)])[0]
    finally:
        before.close()
    assert alone.removed == [] and alone.text.split("\n") == copy
    run(state, [item(f"l{n}", "ledger.example", [*story(110 + n), bio], n * 60.0) for n in range(3)])
    learned = copier(600.0)
    assert learned.removed == [bio] and learned.text.split("\n") == story(120)


@pytest.mark.parametrize(("text", "kind"), [
    ("Culled from Harbor City Times.", "republished"),
    ("Esta nota se publicó primero en El Vigía y se reproduce con autorización.", "republished"),
    ("Partner content supported by Eko Harbour Bank", "disclosure"),
    ("Contenu partenaire – Lagune Assurances", "disclosure"),
    ("Escuchá esta nota (0:52)", "widget"),
    ("— Advertisement: the article resumes below —", "widget"),
    ("Send her tips on Signal at 202-555-0133.", "bio"),
    ("Also in this week’s Observer: Managing the harbour", "label"),
    ("This story was produced by the Harbour Desk, a reporting collaboration of three stations.", "disclosure"),
    ("Our farm reporting is supported in part by the Wend Foundation, which has no say over it.", "disclosure"),
    ("Dieser Beitrag beruht auf einer Presseaussendung der Gemeinde Bozen.", "disclosure"),
    ("Escuche esta noticia (0:46 min)", "widget"),
    ("War dieser Artikel hilfreich für Sie?", "widget"),
    ("Les dons de plus de 20 $ donnent droit à un reçu fiscal.", "fundraising"),
])
def test_chrome_of_kinds_first_seen_on_unseen_publishers_has_strong_form(text: str, kind: str) -> None:
    assert kind in form_of(text).strong, form_of(text)


@pytest.mark.parametrize(("text", "credits"), [
    ("Con información del CNE.", True),
    ("This report was compiled with information from the state police and the county sheriff's office.", True),
    ("The Associated Press and Reuters news agencies contributed to this report from Washington.", True),
    # a template's sentence of method naming its sources: the phrase amid a longer sentence is no credit
    ("Chiva Exprés recopila estos casos con información de la Policía y de los cuartos de urgencia.", False),
])
def test_an_attribution_phrase_credits_at_an_end_of_a_longer_sentence(text: str, credits: bool) -> None:
    assert ("attribution" in form_of(text).strong) is credits, form_of(text)


@pytest.mark.parametrize("glue", [" ", "\n"])
def test_a_reporter_s_bio_goes_with_a_contact_address_made_of_the_name(state: BoilerplateState, glue: str) -> None:
    """Seen once, a bio whose words show nothing ("Kevin Mathy suit le basket …") goes with the contact line
    after it when the address is made of the name that opens the bio; a story that ends with what a named
    official said and the office's address keeps both."""
    bio, contact = "Kevin Mathy suit le basket pour Le Vestiaire depuis 2005.", "Contact : kmathy@levestiaire.example"
    tail = f"{bio}{glue}{contact}".split("\n")
    [out] = run(state, [item("v0", "copier.example", [*story(130), *tail], 0.0, "fr")])
    assert out.text.split("\n") == story(130) and sorted(out.removed) == sorted([bio, contact])
    official = ["Ann Lee said applications close on Friday at noon.", "Questions: alee@county.example"]
    [kept] = run(state, [item("v1", "county.example", [*story(131), *official], 60.0)])
    assert kept.removed == [] and kept.text.split("\n") == [*story(131), *official]
    # an office's address is not made of the name before it: that sentence is not taken for a bio
    office = ["Ann Lee runs the permits office on the second floor.", "Write to permits@county.example."]
    [kept] = run(state, [item("v2", "permits.example", [*story(132), *office], 120.0)])
    assert office[0] not in kept.removed and office[0] in kept.text.split("\n")


def test_an_agency_s_name_in_parentheses_after_the_last_sentence_is_a_unit() -> None:
    """"(Andina)" after the story's last full stop is a piece of its own, and an agency's credit by its form,
    although it is one word."""
    assert sentences("La cooperativa reúne a 46 familias de Izamal. (Andina)", "es")[-1] == "(Andina)"
    assert sentences("en el puente. (mit Material von dpa/lby)", "de")[-1] == "(mit Material von dpa/lby)"
    assert sentences("The vote was 5-2 (a narrow win).", "en") == ["The vote was 5-2 (a narrow win)."]
    units = units_of(["La cooperativa reúne a 46 familias de Izamal, Tekantó y Sudzal. (Andina)"], CONFIG)
    assert [u.text for u in units if not u.whole][-1] == "(Andina)"
    assert "attribution" in form_of("(Andina)").strong


SHELTERS = ["Tamuning Elementary School", "Harvest Christian Academy in Barrigada", "Simon Sanchez High School in Yigo",
            "Inarajan Middle School", "Agueda Johnston Middle School", "Okkodo High School in Dededo"]


def shelters(n: int) -> list[str]:
    """A templated storm story: stock sentences around a list of the shelters that open, which recur on the
    template's instances; the publisher's "Text now" button sits between its list lines."""
    rows = [f"- {SHELTERS[(n + i) % 6]}: {('general population', 'pet-friendly')[(n + i) % 2]}" for i in range(4)]
    return [f"Tropical Storm {HEADLINES[n].split()[0]} was about {400 + 9 * n} miles southeast of the island on "
            f"Monday, and the governor has placed it in Condition of Readiness {2 + n % 2}.",
            "The following shelters will open at 6 p.m.:", *rows[:2],
            "Shelters open when the island goes to Condition of Readiness 2, and pets are accepted only in carriers.",
            "Text now", *rows[2:],
            f"Civil Defense said winds of {40 + n} mph were possible by Friday night in {TOWNS[n]}."]


def test_the_publishers_heading_over_a_template_s_list_leaves_the_list(state: BoilerplateState) -> None:
    """A recurring button line ("Text now") on the source's ordinary stories and its storm stories heads, on the
    storm stories, the rest of the shelters' list: those lines recur on the template's instances only, which a
    box's rotating rows do not, so they are the story's and stay."""
    items = [item(f"t{n}", "islandradio.example", shelters(n), n * DAY) for n in range(6)]
    items += [item(f"s{n}", "islandradio.example", [*story(110 + n)[:2], "Text now", *story(110 + n)[2:]],
                   n * DAY + 60.0) for n in range(4)]
    out = run(state, items)
    for n, result in enumerate(out[:6]):
        lines = result.text.split("\n")
        assert all(row in lines for row in shelters(n) if row.startswith("- ")), n


def test_a_daily_widget_on_one_ordinary_story_of_the_backlog_goes(state: BoilerplateState) -> None:
    """A new feed's backlog: the same widget box (its heading and the day's rows) on one templated story and one
    ordinary story.  The ordinary story is one of the source's stories with the box, and its rows recur on
    another story: heading and rows go from it; from the templated story too, whose template's other instances
    do not carry the rows, while the ordinary story carries them word for word."""
    widget = ["Guam readiness", "- COR 4", "- Surf east reefs 5-17 ft", "- Heat index 103°F · UV 11"]
    ordinary = [*story(120)[:2], *widget, *story(120)[2:]]
    items = [item("w0", "islandradio.example", [*heat_warning(0)[:3], *widget, *heat_warning(0)[3:]], 0.0),
             item("w1", "islandradio.example", ordinary, 60.0)]
    items += [item(f"h{n}", "islandradio.example", heat_warning(n), 120.0 + n) for n in range(1, 5)]
    items += [item(f"s{n}", "islandradio.example", story(121 + n), 300.0 + n) for n in range(4)]
    out = run(state, items)
    assert out[1].text.split("\n") == story(120)
    assert out[0].text.split("\n") == heat_warning(0)
    assert [r.text.split("\n") for r in out[2:6]] == [heat_warning(n) for n in range(1, 5)]


def test_a_box_whose_rows_another_template_carries_goes_from_a_templated_story(state: BoilerplateState) -> None:
    """Rotating headlines under "Elsewhere on the farm": on the heat warnings, their rows recur on the
    scoreboards, another template of the source, and the heading on an ordinary story too.  A template's own
    list recurs on its own instances only, so this box is the publisher's, and its heading goes from the heat
    warnings before two ordinary stories show it."""
    def box(n: int) -> list[str]:
        return ["Elsewhere on the farm", *(f"- {HEADLINES[(n + i) % len(HEADLINES)]}" for i in range(3))]

    first = [item(f"f{n}", "farmweekly.example", [*scoreboard(n)[:3], *box(n), *scoreboard(n)[3:]], n * 60.0)
             for n in range(4)]
    first.append(item("o0", "farmweekly.example", [*story(130)[:2], "Elsewhere on the farm", "- Wool price edges up",
                                                  *story(130)[2:]], 400.0))
    first += [item(f"s{n}", "farmweekly.example", story(131 + n), 900.0 + n) for n in range(24)]  # no box on these
    run(state, first)  # a first pass: the scoreboards are known as templated stories
    out = run(state, [item(f"h{n}", "farmweekly.example", [*heat_warning(n)[:3], *box(n), *heat_warning(n)[3:]],
                           DAY + n * 60.0) for n in range(4)])
    for n, result in enumerate(out):
        lines = result.text.split("\n")
        assert "Elsewhere on the farm" not in lines, n
        assert all(line in lines for line in heat_warning(n)), n
