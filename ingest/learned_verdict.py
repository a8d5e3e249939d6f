"""One article's verdicts in the learner (``ingest.learned`` explains them): which of its recurring units
are a publisher's chrome, by form and place, and which are a templated story's own sentences."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Mapping

from ingest.boilerplate_state import BoilerplateState, Occurrences, fingerprint_hex
from ingest.chrome import SHORT_ATTRIBUTION_WORDS, Form, form_of, has_handle, lead_words, load_lexicon, signs_off
from ingest.clean import LIST_ITEM, LIST_ITEM_MAX_CHARS
from ingest.echo_boxes import ECHO_WORDS, echo_boxes
from ingest.learned_units import (
    _RAW_WORD,
    Doc,
    LearnConfig,
    Learned,
    SourcePass,
    Unit,
    allowed_fingerprints,
    pattern,
)
from records import collapse_spaces

log = logging.getLogger("ingest.learned")

SAME_PLACE = 0.8  # share of a unit's stories that had it at the edge: "always in the same place"
FORM_EVIDENCE = 2  # strong kinds of chrome evidence that remove a unit at an edge without recurrence ...
FORM_MAX_WORDS = 40  # ... when it is at most this long
# one kind of strong evidence that removes a short unit at an edge the first time it is seen: never a story's
# closing sentence in the cleaning set's parts, nor on the real pages of bench.boilerplate_eval (a bio, a
# rights line or a republication note alone is: stories about people, copyright and syndication end so)
LONE_EVIDENCE = frozenset({"attribution", "fundraising", "bar"})
LONE_MAX_WORDS = 25
# the page's furniture ("Escuchá esta nota (0:52)", "— Advertisement: the article resumes below —") is as
# telling when it is a few words; a longer sentence with a widget's words in it is a quote ("“Únete al canal
# y recibirás solo lo importante”, explicó la concejala …")
LONE_WIDGET_WORDS = 12
# a call for money is short ("If you value this reporting, please make a donation."; none of the sixteen parts'
# is longer); a longer sentence about donations or a tax receipt ends a story about a fund drive ("Les
# contributions ne donnent pas droit à un reçu fiscal, L'Estuaire n'étant pas un organisme de bienfaisance.")
LONE_FUNDRAISING_WORDS = 15
# at the body's start, seen once, only the page's furniture goes by its form (a player, a reading time, a bar of
# buttons, an affiliate note, "Originally published by …"): a lede may name the publication and its newsletter
LEADING_EVIDENCE = frozenset({"widget", "bar", "republished", "disclosure"})
BODY_MIN_STORIES = 4  # without a place at the edge, "most stories" needs a few stories to mean anything
TEMPLATED_SHARE = 0.35  # share of an article's words in stock sentences that makes it a templated story
STOCK_MIN_WORDS = 6  # a templated story's stock sentence is a sentence, not a few words
LABEL_TAIL_WORDS = 4  # a label's headline cut at its own "?" leaves a piece this short
IDENTITY = frozenset({"self", "bio", "rights", "republished", "attribution", "label"})  # whose the text is
# never a template's own
CHROME_ONLY = frozenset({"rights", "republished", "disclosure", "widget", "attribution", "bio", "fundraising"})
GENERIC_SHARE = 0.3  # share of a unit's stories outside a template's instances that makes it the publisher's
BOX_HEADING_WORDS = 8  # a box's heading is a few words ("Kuskokwim today", "Tipo de cambio hoy") ...
BOX_ORDINARY_STORIES = 1  # ... and some of its rows, on this many of the source's ordinary stories (this one counts)
INTERSTITIAL_WORDS = 12  # a line this short that recurs between a source's story paragraphs ...
INTERSTITIAL_STORIES = 3  # ... in this many stories, never at an edge, interrupts the story
TRAVEL = 0.8  # Jaccard of two units' stories that makes them one block ("they travel together")
_KIND_ORDER = ("exact", "label", "template", "skeleton")  # ties: the more telling kind
_SENTENCE_END = (".", "!", "?", "…")
_CLOSERS = " \"”’»)]"


class Decision:
    """One article's verdicts: which of its units are chrome (see the module docstring)."""

    def __init__(self, doc: Doc, src: SourcePass, store: BoilerplateState, config: LearnConfig, since: float,
                 allow: list[tuple[str, str, str]]) -> None:
        self.doc, self.store, self.config, self.since = doc, store, config, since
        self._stats: Mapping[int, Occurrences] | None = None  # loaded when first asked, dropped by ``release``
        if src.allowed is None:
            src.allowed = allowed_fingerprints(doc.item.source, allow, config, src.index)
        self.allowed = src.allowed
        self._forms: dict[int, Form] = {}
        self._leads: Counter[tuple[str, ...] | None] | None = None  # the leads before a colon that open paragraphs
        self._leading = False  # peeling the body's start
        self._coverage: dict[int, bool] = {}
        self._core: frozenset[int] | None = None  # a templated article's template instances (``templated``)
        self._ordinary_stories: dict[int, frozenset[int]] = {}  # by id of an Occurrences (``_ordinary``)
        self._removed: dict[int, str] = {}
        self._elsewhere: set[int] | None = None  # fingerprints learned as chrome on other sources (``elsewhere``)
        self._templated = False
        self.by_para: dict[int, list[Unit]] = {}
        for u in doc.units:
            self.by_para.setdefault(u.para, []).append(u)
        boxed = doc.item.boxed
        self.boxed = frozenset(i for i, p in enumerate(doc.paragraphs) if boxed and collapse_spaces(p) in boxed)

    @property
    def stats(self) -> Mapping[int, Occurrences]:
        """The occurrences of the article's fingerprints in the source's stories of the window."""
        if self._stats is None:
            self._stats = self.store.occurrence_stats(
                self.doc.source_id, [fp for u in self.doc.units for fp in u.fps], self.since)
        return self._stats

    def held(self) -> int:
        """How many story ids the loaded occurrences hold (what ``release`` frees)."""
        return sum(len(o.stories) for o in self._stats.values()) if self._stats is not None else 0

    def release(self) -> None:
        """Drop what was read from the state (a recurring unit's stories grow with the source's pass, so the
        pass's decisions must not all hold theirs at once); the verdicts so far stay, and what is asked
        again is read again, unchanged: nothing is recorded between ``prepare`` and ``finish``."""
        self._stats = None
        self._coverage.clear()
        self._ordinary_stories.clear()

    def form(self, u: Unit) -> Form:
        """The unit's chrome evidence.  A paragraph of several sentences shows it only when each of its
        sentences shows some (a templated story's stock sentence with an attribution glued on is not chrome
        as a whole; a footer whose every sentence calls the reader or names the publisher is)."""
        key = id(u)
        if key not in self._forms:
            parts = [] if u.sentence else [self.form(p) for p in self.by_para.get(u.para, []) if not p.whole]
            if not parts:
                self._forms[key] = form_of(u.text, self.doc.names)
            elif min(f.level for f in parts) == 0:
                self._forms[key] = Form()
            else:
                self._forms[key] = Form(tuple(dict.fromkeys(r for f in parts for r in f.strong)),
                                        tuple(dict.fromkeys(r for f in parts for r in f.weak)))
        return self._forms[key]

    def in_box(self, u: Unit) -> bool:
        """Whether ``u`` is a note in a box of its own on the page (``ingest.page_shape``): a sentence (it ends
        as one), not a headline; a live blog's update titles and linked headlines sit in boxes too, and
        recur where other pages link to them."""
        return u.para in self.boxed and _ends_sentence(u.text)

    def recurrence(self, u: Unit) -> tuple[int, str, Occurrences] | None:
        """The unit's fingerprint that recurs in the most stories (at least *k*), its kind and occurrences."""
        if self.allowed.intersection(u.fps):
            return None
        least = self.config.min_stories
        best = None
        for fp, kind in sorted(u.fps.items(), key=lambda kv: _KIND_ORDER.index(kv[1])):
            if kind == "label" and self.turns(u):
                continue  # a speaker's turns recur across an interview series; what they say does not
            occ = self.stats.get(fp)
            if occ is not None and len(occ.stories) >= least:
                if best is None or len(occ.stories) > len(best[2].stories):
                    best = (fp, kind, occ)
        return best

    def elsewhere(self, u: Unit) -> bool:
        """Whether another source's stories taught one of ``u``'s fingerprints as chrome: a syndicated copy
        carries its publisher's bio or footer ("Claire Fontaine est journaliste au service politique du
        Courrier du Rhône."), seen once on the copier but learned on the publisher."""
        if self._elsewhere is None:
            self._elsewhere = self.store.removed_elsewhere(
                self.doc.source_id, [fp for v in self.doc.units for fp in v.fps], self.since)
        return bool(self._elsewhere.intersection(u.fps))

    def everywhere(self, fp: int, occ: Occurrences) -> bool:
        """Recurs in ``variable_share`` of the source's stories since it first appeared."""
        if fp not in self._coverage:
            total = self.store.stories_since(self.doc.source_id, occ.first_seen)
            self._coverage[fp] = len(occ.stories) >= self.config.variable_share * total
        return self._coverage[fp]

    @staticmethod
    def one_place(occ: Occurrences) -> bool:
        return occ.edge_stories >= SAME_PLACE * len(occ.stories)

    def chrome(self, u: Unit, at_edge: bool, strict: bool) -> str | None:
        """Why ``u`` is chrome ('<evidence>; edge|body'), or None."""
        rec = self.recurrence(u)
        if rec is None:
            if not at_edge or not u.sentence or self.allowed.intersection(u.fps):
                return None  # a paragraph of several sentences: its form is that of any of them
            form = self.form(u)
            if self._leading and not LEADING_EVIDENCE.intersection(form.strong):
                return None
            # two strong kinds of evidence need none ("Contact her at <e-mail>": a bio line and an
            # address), if one of them says whose it is; "For more information, visit our website at <site>"
            # (an address and a call to action) ends many a templated story and is part of it.  An agency's
            # credit, a call for money or a bar of buttons needs no second kind ("– with PA Media", "If you
            # value this reporting, please make a donation.", "Teilen: WhatsApp · Threema · E-Mail"), nor
            # does a few words of a widget ("Escuchá esta nota (0:52)")
            doubtless = (len(form.strong) >= FORM_EVIDENCE and IDENTITY.intersection(form.strong)
                         and len(u.words) <= FORM_MAX_WORDS)
            lone = (LONE_EVIDENCE.intersection(form.strong) and len(u.words) <= LONE_MAX_WORDS
                    and (set(form.strong) != {"fundraising"} or len(u.words) <= LONE_FUNDRAISING_WORDS)) or (
                "widget" in form.strong and len(u.words) <= LONE_WIDGET_WORDS)
            if doubtless or lone:
                return f"{form.describe()}; edge, its form alone"
            # strong evidence seen once here, and learned as chrome on another source
            if form.level == 2 and len(u.words) <= FORM_MAX_WORDS and self.elsewhere(u):
                return f"{form.describe()}; edge, learned as chrome on another source"
            return None
        fp, kind, occ = rec
        if self.in_box(u):  # a note in a box of its own on the page, and on other stories: the publisher's
            return f"in a box of its own in {len(occ.stories)} stories; {'edge' if at_edge else 'body'}"
        form = self.form(u)
        if form.level == 2 and not self.stock(u):
            return f"{form.describe()}; {'edge' if at_edge else 'body'}"
        if not at_edge and self.interrupts(u, kind, occ):
            return f"a line between the story's own paragraphs in {len(occ.stories)} stories; body"
        # on a templated story, a box whose heading an ordinary story shows and whose rows stories outside the
        # template's instances carry is the publisher's (a daily widget, rotating headlines), before two stories
        # outside them show its heading: a template's list recurs on its own instances only
        if self._core is not None and not at_edge and self.box_heading(u, occ, outside_core=True):
            return f"a box's heading over rows of stories outside the template, in {len(occ.stories)} stories; body"
        if strict and not self.generic(u, occ, kind):
            return None
        if at_edge:
            if form.level == 1 or kind == "label":  # "<fixed lead>: <anything>" is a label by its shape
                return f"{form.describe() if form.level else 'label'}; edge"
            # no evidence of form: only what is always at the edge and on most of the source's stories (a
            # templated story's closing sentence is on the template's share; a bot desk that publishes
            # only the template is caught by ``templated``)
            if self.one_place(occ) and self.everywhere(fp, occ):
                return f"in one place in {len(occ.stories)} stories; edge"
            return self.companion(u, occ)
        if not at_edge and self.box_heading(u, occ):
            return f"a box's heading over rows that recur on other stories, in {len(occ.stories)} stories; body"
        # inside the body: a paragraph of its own that most of the source's stories carry (stories differ;
        # a background paragraph repeated by a follow-up is on two of them)
        if u.whole and len(occ.stories) >= BODY_MIN_STORIES and (_block_form(form) or self.everywhere(fp, occ)):
            return f"{form.describe()}; a block of its own in {len(occ.stories)} stories"
        return None

    def turns(self, u: Unit) -> bool:
        """Whether the lead before ``u``'s colon opens another paragraph of the article too: an interview's
        speaker ("Precht: Natürlich …", "Fischer: Wir haben …"), whose turns an interview series repeats in
        every part.  A label of the publisher's announces one aside; one that an article carries several
        times ("Lesen Sie auch:") is known by its words (``form``), not by recurring."""
        if self._leads is None:
            self._leads = Counter(lead_words(p) for p in self.doc.paragraphs)
        lead = lead_words(u.text)
        return lead is not None and self._leads[lead] >= 2

    def interrupts(self, u: Unit, kind: str, occ: Occurrences) -> bool:
        """Whether ``u`` is a short line of its own that recurs word for word between paragraphs that recur
        nowhere ("Publicidad", "Story continues after this message from our sponsors"): the story around it
        is the article's own, so the line is not the story's.  A templated story's subhead sits between the
        template's stock sentences, which recur, and stays; so does a sentence that shows no chrome form
        ("Die Beschlüsse sind erst nach Ablauf der Einspruchsfrist … rechtskräftig." between a council's
        decisions, which differ from story to story)."""
        if (not u.whole or not u.sentence or kind != "exact" or len(u.words) > INTERSTITIAL_WORDS
                or len(occ.stories) < max(INTERSTITIAL_STORIES, self.config.min_stories) or occ.edge_stories
                or (_ends_sentence(u.text) and not self.form(u).level)):
            return False
        for para in (u.para - 1, u.para + 1):
            units = self.by_para.get(para)
            if not units or any(self.recurrence(n) is not None for n in units):
                return False
        return True

    def companion(self, u: Unit, occ: Occurrences) -> str | None:
        """Why ``u`` belongs to a block of chrome although its own words say nothing: a sentence with chrome
        form in the same paragraph recurs in nearly the same stories (a footer's sentences travel together).
        Only the same paragraph: a templated story's closing stock sentence and the footer after it are on
        the same stories too when the source publishes little else."""
        mine = occ.stories
        for other in self.by_para.get(u.para, []):
            if other is u or other.whole or u.whole:
                continue  # itself, or the paragraph that holds it
            rec = self.recurrence(other)
            if rec is None or (self.form(other).level == 0 and rec[1] != "label"):
                continue
            theirs = rec[2].stories
            if len(mine & theirs) >= TRAVEL * len(mine | theirs):
                return f"travels with chrome in {len(mine & theirs)} stories; edge"
        return None

    def generic(self, u: Unit, occ: Occurrences, kind: str = "exact") -> bool:
        """Whether a unit of a templated article recurs mostly *outside* the template's instances: then it
        is not one of the template's stock sentences but the publisher's (a reading time, an imprint, a bot
        desk's notice over all its templates), and is judged as in any story.  A pattern with slots counts
        only the source's ordinary stories: sibling templates share list leads ("Daimiel: corte de luz …",
        "Manzanares: corte de agua …").  So does a plain sentence inside the body: sibling templates share
        their stock sentences too ("La vigilance jaune invite à rester attentif …" in the swell, wind and
        rain warnings), while a box's heading and items, or a call to follow, are the publisher's."""
        if self._core is None:
            return False
        form = self.form(u)
        plain = not self.one_place(occ) and _ends_sentence(u.text) and form.level < 2 and not _block_form(form)
        outside = self._ordinary(occ) if kind != "exact" or plain else occ.stories - self._core
        return len(outside) >= self.config.min_stories and len(outside) >= GENERIC_SHARE * len(occ.stories)

    def on_ordinary_stories(self, occ: Occurrences) -> bool:
        """Whether the unit is on one of the source's ordinary (not templated) stories too: a template's own
        stock sentence is on its instances only, so a unit with chrome form that an ordinary story carries as
        well is the publisher's (a rotating newsletter box shows up on a templated story as on any other)."""
        return self._core is not None and len(self._ordinary(occ)) >= 1

    def _ordinary(self, occ: Occurrences) -> frozenset[int]:
        """The unit's stories outside this article's template instances that are not templated stories."""
        assert self._core is not None
        key = id(occ)
        if key not in self._ordinary_stories:
            outside = occ.stories - self._core
            self._ordinary_stories[key] = outside - self.store.templated_among(outside)
        return self._ordinary_stories[key]

    def stock(self, u: Unit) -> bool:
        """In a templated article, whether a unit of the template's own (not ``generic``: it recurs only in
        the template's instances) is one of its stock sentences although it shows strong evidence: the
        source's own name or address ("Send final scores to scores@… by 10 p.m.", "Here is the StormTrack 5
        forecast from the KDRX 5 weather team"), a shouted list lead ("SAP: 175,59 Euro (–6,21 %)").  A
        rights notice, a republication or sponsor note, a bio, a short attribution, a widget, a lexicon label
        ("RELATED:"), a call for donations are chrome wherever they sit; so is the source asking the reader,
        by its own name or a handle, to act ("Follow Dalal Wire on Telegram", "Descargá la app de Diario Andino",
        "Seguinos en X como @elnacionalpy"), and
        what the source prints on an ordinary story as well."""
        rec = self.recurrence(u)
        if (self._core is None or rec is None or self.in_box(u) or self.generic(u, rec[2], rec[1])
                or self.on_ordinary_stories(rec[2])):
            return False
        form = self.form(u)
        strong = set(form.strong)
        if len(u.words) > SHORT_ATTRIBUTION_WORDS:
            # an attribution is a few words; a longer templated unit that shows one is the template's line with
            # a credit glued on ("Coaches can report … by 10:30 p.m. Friday. Tribune wire")
            strong.discard("attribution")
        if CHROME_ONLY.intersection(strong) or ("cta" in form.weak and ("self" in strong or has_handle(u.text))):
            return False
        if "self" in strong and self.heads_list(u):
            return False  # "Très lus aujourd'hui sur Abidjan Matin" over its headlines: the publisher's box
        lead = lead_words(u.text)
        return "label" not in strong or (lead is not None and lead not in load_lexicon().labels)

    def box_heading(self, u: Unit, occ: Occurrences, outside_core: bool = False) -> bool:
        """Whether ``u``, which recurs, is the heading of a box of rows inside the body: a few words of their
        own, no sentence and no colon, on an ordinary story of the source (not only on templated ones), over
        list lines of which some recur on other stories, an ordinary one among them (a daily widget,
        "Kuskokwim today" over "Ice at Bethel: 35 in." and "Ice road: open to Akiak", changes by the day, not by
        the story; a new feed's backlog may show it on one ordinary story and one templated).  A story's own
        list ("Ice thickness by leg:", its key points) recurs nowhere; a template's recurs on its instances
        (a bear report's sightings under the same heading), which are templated stories."""
        if not u.whole or len(u.words) > BOX_HEADING_WORDS or u.text.rstrip().endswith(":") or not self.heads_list(u):
            return False
        if len(self._untemplated(occ)) < BOX_ORDINARY_STORIES:
            return False
        return any(self._rotates(row, outside_core) for row in self._list_under(u.para))

    def _rotates(self, item: Unit, outside_core: bool = False) -> bool:
        """Whether a list line recurs as a box's rotating rows do: on an ordinary story too, or with
        ``outside_core`` on any story outside this templated article's template instances.  A template's list
        under the publisher's heading ("Call now" over a bear report's sightings) recurs on the template's
        instances only."""
        rec = self.recurrence(item)
        if rec is None:
            return False
        if outside_core and self._core is not None:  # on stories outside this templated article's template
            return len(rec[2].stories - self._core - {self.doc.story_id}) >= BOX_ORDINARY_STORIES
        return len(self._untemplated(rec[2])) >= BOX_ORDINARY_STORIES

    def _untemplated(self, occ: Occurrences) -> frozenset[int]:
        """The unit's stories that are not templated stories (this one counts when it is not)."""
        ordinary = occ.stories - self.store.templated_among(occ.stories)
        if self._core is not None:
            ordinary -= {self.doc.story_id}
        return ordinary

    def _list_under(self, para: int) -> list[Unit]:
        """The list right after paragraph ``para``: the lines extraction rendered as list items, each no
        longer than a headline, up to the first other line."""
        items: list[Unit] = []
        for j in range(para + 1, len(self.doc.paragraphs)):
            item = next((u for u in self.by_para.get(j, []) if u.whole), None)
            line = self.doc.paragraphs[j]
            if item is None or not LIST_ITEM.match(line) or len(line) > LIST_ITEM_MAX_CHARS:
                break
            items.append(item)
        return items

    def heads_list(self, u: Unit) -> bool:
        """Whether ``u`` is a heading (a paragraph of its own, no sentence end) over lines that extraction
        rendered as list items."""
        if not u.whole or LIST_ITEM.match(u.text) or _ends_sentence(u.text):
            return False
        nxt = u.para + 1
        return nxt < len(self.doc.paragraphs) and bool(LIST_ITEM.match(self.doc.paragraphs[nxt]))

    def templated(self, removed: dict[int, str]) -> bool:
        """Whether the article is an instance of a story template: candidates without chrome form make up
        ``TEMPLATED_SHARE`` of its words.  A templated story is mostly its template (stock sentences with
        the facts in slots); a publisher's chrome, known or not, is a small part of a story of its own."""
        total = stock = 0
        families: list[frozenset[int]] = []
        for u in self.doc.units:
            if not u.sentence or id(u) in removed or self.in_box(u):
                continue  # sentences, and paragraphs of one: each word counted once; a boxed note is no story's
            total += len(u.words)
            rec = self.recurrence(u)
            if rec is None or len(u.words) < STOCK_MIN_WORDS:
                continue  # a few words ("It's free.", "Have a tip?") say nothing of a story template
            _, kind, occ = rec
            form = self.form(u)
            # a label without strong form is a list line ("Roubaix : la compagnie … au Flow, vendredi …"),
            # which listings are made of; a label that announces a link has strong form
            if form.level == 2 or (kind == "label" and len(u.words) < 2 * STOCK_MIN_WORDS) or (
                    u.whole and _block_form(form)):
                continue
            if self.companion(u, occ) is None:
                stock += len(u.words)
                families.append(occ.stories)
        if total == 0 or stock < TEMPLATED_SHARE * total:
            return False
        # the template's instances: the stories that carry a third or more of this article's stock sentences
        seen = Counter(story for stories in families for story in stories)
        self._core = frozenset(story for story, n in seen.items() if 3 * n >= len(families))
        return True

    def peel(self, removed: dict[int, str], strict: bool) -> None:
        n = len(self.doc.paragraphs)
        reached = self._peel_side(range(n - 1, -1, -1), removed, strict, from_end=True)
        self._leading = True
        try:
            self._peel_side(range(0, reached), removed, strict, from_end=False)
        finally:
            self._leading = False
        for u in self.doc.units:  # inside the body, strong evidence only (weak: a block of its own)
            if id(u) not in removed and (why := self.chrome(u, False, strict)) is not None:
                removed[id(u)] = why

    def _peel_side(self, order: range, removed: dict[int, str], strict: bool, from_end: bool) -> int:
        """Peel paragraphs in ``order``; returns the index of the first paragraph not peeled whole.

        A unit that is not chrome by itself but lies between chrome and the edge is held back, and goes
        when the next unit inward is chrome: a sentence with strong form seen once ("<Name> covers
        agriculture for the Ledger." in a copy, outside the copier's footer), or a few words that end a
        label's headline in the same paragraph ("Related coverage: Want more? | So do we.").  A held
        address made of the name that opens the sentence before it goes with that sentence: a reporter's
        bio and contact line ("Kevin Mathy suit le basket … Contact : kmathy@…"), seen once."""
        held: tuple[Unit, str] | None = None
        for i in order:
            units = self.by_para.get(i, [])
            if not units and not _RAW_WORD.search(self.doc.paragraphs[i]):
                continue  # no words at all ("* * *"): neither story nor chrome
            whole = next((u for u in units if u.whole), None)
            parts = [u for u in units if not u.whole]
            if whole is not None and parts and self._take(whole, removed, strict):
                held = self._release(held, removed)
                continue
            if from_end:
                parts.reverse()
            if not parts:  # one sentence: the paragraph is its only unit
                if whole is None:
                    return i if from_end else 0
                parts = [whole]
            for n, u in enumerate(parts):
                if self._take(u, removed, strict):
                    held = self._release(held, removed)
                    continue
                if (from_end and held is not None and len(u.words) <= FORM_MAX_WORDS
                        and not self.allowed.intersection(u.fps) and signs_off(u.text, held[0].text)):
                    removed[id(u)] = "a reporter's bio before an address made of the name; edge"
                    held = self._release((held[0], "a reporter's contact line, made of the name before it; edge"),
                                         removed)
                    continue
                if held is not None:
                    return i if from_end else 0
                inward = parts[n + 1] if n + 1 < len(parts) else None
                if self.form(u).level == 2 and len(u.words) <= FORM_MAX_WORDS:
                    held = (u, f"{self.form(u).describe()}; edge, outside chrome")
                elif (from_end and inward is not None and len(u.words) <= LABEL_TAIL_WORDS
                      and lead_words(inward.text) is not None):
                    held = (u, "the end of a label's headline; edge")
                else:
                    return i if from_end else 0
        return -1 if from_end else 0

    @staticmethod
    def _release(held: tuple[Unit, str] | None, removed: dict[int, str]) -> None:
        if held is not None:
            removed[id(held[0])] = held[1]

    def _take(self, u: Unit, removed: dict[int, str], strict: bool) -> bool:
        """Whether peeling goes past ``u``: it is chrome (and now removed), or the operators allowed it
        (kept, but it is the publisher's, not the story's)."""
        if id(u) in removed:
            return True
        if self.allowed.intersection(u.fps):
            return True
        why = self.chrome(u, True, strict)
        if why is not None:
            removed[id(u)] = why
        return why is not None

    def echoes(self, removed: dict[int, str]) -> None:
        """Boxes that repeat the article's own sentences (``ingest.echo_boxes``) go, with a recurring
        heading or note right beside them."""
        for box in echo_boxes(self.doc.paragraphs):
            for para in box:
                for u in self.by_para.get(para, []):
                    if u.whole and not self.allowed.intersection(u.fps):
                        removed[id(u)] = "repeats the article's own sentences; a box"
            for para in (box.start - 1, box.stop):
                whole = next((u for u in self.by_para.get(para, []) if u.whole), None)
                if whole is not None and len(whole.words) <= ECHO_WORDS[1] and self.recurrence(whole) is not None:
                    removed[id(whole)] = "beside a box that repeats the article's sentences"

    def prepare(self) -> bool:
        """The verdicts that do not depend on other articles' templatedness; returns whether this article
        is a templated story."""
        self.echoes(self._removed)
        self.peel(self._removed, strict=True)
        self._templated = self.templated(self._removed)
        return self._templated

    def finish(self) -> Learned:
        removed = self._removed
        if not self._templated:
            self.peel(removed, strict=False)
        else:
            # the template's stock sentences stay, even with a contact address in them; then peel again,
            # now that the template's instances are known: what recurs mostly outside them is judged
            units = {id(u): u for u in self.doc.units}
            for key in [k for k in removed if self.stock(units[k])]:
                del removed[key]
            self.peel(removed, strict=True)
        self.lists(removed)
        return self._apply(removed)

    def lists(self, removed: dict[int, str]) -> None:
        """A heading learned as chrome takes the list right after it ("Neu im Marktplatz" and its rotating
        small ads, "Most read" and its headlines), as a rule's ``takes_list`` heading does: the items that
        rotate in recur in too few stories yet, but they are the box's.  A heading is a paragraph of its
        own with no sentence end; the list is the lines extraction rendered as list items, and some of them
        recur (a box's items rotate; a story's key points under "Das Wichtigste in Kürze" are its own)."""
        for i in range(len(self.doc.paragraphs)):
            head = next((u for u in self.by_para.get(i, []) if u.whole), None)
            if head is None or id(head) not in removed or not self.heads_list(head):
                continue
            items = self._list_under(i)
            # a box's items rotate: some of them are on other stories too; a story's key points are its own.  Only a
            # box's name ("Most read in the Gazette today") owns a list by its words alone; under any other chrome
            # line (a button, "Text now"; an advertisement's notice; a story's line that introduces its list with a
            # colon and has a credit glued on) the items must recur on ordinary stories too: a template's list
            # recurs on its instances
            form = self.form(head)
            named = form.level == 2 and "widget" not in form.strong and ":" not in head.text
            if not any(id(u) in removed or (self.recurrence(u) is not None if named else self._rotates(u))
                       for u in items):
                continue
            for u in items:
                if id(u) not in removed and not self.allowed.intersection(u.fps):
                    removed[id(u)] = "in the list under a heading learned as chrome; " + removed[id(head)]

    def _apply(self, removed: dict[int, str]) -> Learned:
        if not removed:
            return Learned(self.doc.item.text)
        kept: list[str] = []
        pieces: list[tuple[Unit, str]] = []
        for i, para in enumerate(self.doc.paragraphs):
            units = self.by_para.get(i, [])
            whole = next((u for u in units if u.whole), None)
            if whole is not None and id(whole) in removed:
                pieces.append((whole, removed[id(whole)]))
                continue
            cuts = [u for u in units if not u.whole and id(u) in removed]
            pieces.extend((u, removed[id(u)]) for u in cuts)
            for u in reversed(cuts):  # right to left keeps the earlier spans valid
                para = (para[: u.start].rstrip() + " " + para[u.end :].lstrip()).strip()
            if para:
                kept.append(para)
        if not kept:
            # all of it recurs: more likely a story mapped wrongly than an article made of boilerplate
            log.warning("learned boilerplate would empty article %s (%s); kept as it is", self.doc.item.article_id,
                        self.doc.item.source)
            return Learned(self.doc.item.text)
        labels = []
        for u, why in pieces:
            rec = self.recurrence(u)
            fp, kind = (rec[0], rec[1]) if rec is not None else (u.exact, "form")
            self.store.note_removal(self.doc.source_id, fp, kind, pattern(u, fp), why,
                                    u.text, self.doc.item.seen_at)
            labels.append(f"learned:{fingerprint_hex(fp)}")
        return Learned("\n".join(kept), [u.text for u, _ in pieces], labels)


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def _block_form(form: Form) -> bool:
    """Weak evidence that makes a paragraph of its own chrome inside the body: a call to action or a word
    about the publication (addressing the reader is not enough: safety advice does that too)."""
    return "cta" in form.weak or "publication" in form.weak
