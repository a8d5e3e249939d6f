"""Strip in-body boilerplate from extracted article text, by rules kept as data.

The rules live in ``ingest/rules/boilerplate.yaml`` (its header documents the
format).  ``clean_text`` first drops whole paragraphs that a ``paragraph`` rule
matches, then paragraphs that a ``link`` rule finds to be nothing but a link to
another page (the caller passes the page's link texts: related-article teasers
are links, reporting is not), with the list right after a heading whose rule
says ``takes_list`` (a "Most read" box: its headline list), then cuts the spans that ``sentence`` rules match
out of the remaining paragraphs; every other paragraph is kept verbatim and in
order, and every cut is reported with the id of the rule that made it.

Per-source learned boilerplate (``ingest.learned``) runs after this, on the
whole pass.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ingest.chrome import form_of
from records import collapse_spaces

LOGGER = logging.getLogger(__name__)

__all__ = ["DEFAULT_RULES_PATH", "Cleaned", "Rule", "Rules", "RulesError", "clean_text", "load_rules"]

DEFAULT_RULES_PATH = Path(__file__).with_name("rules") / "boilerplate.yaml"

KINDS = ("paragraph", "sentence", "link")
# A paragraph rule looks at short paragraphs only: boilerplate is short, and a
# long paragraph that happens to start like a footer is far more likely to be
# reporting.  Sentence rules cap the span they cut for the same reason.
DEFAULT_MAX_CHARS = {"paragraph": 300, "sentence": 400, "link": 120}
# A link rule needs a link text of at least this many words: a one- or
# two-word link ("Impressum", a person's name) is as often a linked term inside
# real text as it is navigation (measured by bench/boilerplate_eval.py).
DEFAULT_MIN_WORDS = 4

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LANG = re.compile(r"^[a-z]{2}$")
_RULE_KEYS = frozenset({"id", "kind", "pattern", "lang", "max_chars", "min_words", "label_words", "takes_list",
                        "off_topic", "why"})
# The list that a ``takes_list`` heading owns: the lines right after it that extraction rendered as list
# items, each no longer than a headline.
LIST_ITEM = re.compile(r"^[-•*·]\s+\S")
LIST_ITEM_MAX_CHARS = 160
TEASER_LINK_WORDS = 3  # a heading that ends in a link this long is a teaser of one line (``_ends_in_link``)
SET_APART = "set-apart"  # the id of a removal by place and form: a paragraph in a box, with chrome words
GLUED_TAIL = "glued-tail"  # the id of a removal by place and form: a short piece glued to the body's last sentence
# A piece glued without a space to the body's last sentence: a credit or attribution that the page set in an
# element of its own ("… le café sera offert.Avec des informations de la GRC", "… every evening.— Inputs from
# ASDMA").  After a word of three letters or more, or a number, so that "z.B.", "e.V." and "St.Gallen" are not
# taken for one; at most this many words, one sentence, not a question or an exclamation.  On the 949 real pages
# of the trafilatura evaluation set every such piece at the body's end is chrome ("Foto: photocase.de", "(wal)");
# inside the body it is as often the text ("… übertragen.Die Aufzeichnungen sind …"), so only the end counts.
_GLUE = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=\d))[.!?](?=[—–]\s?[^\W\d_]|\([^\W\d_]|[A-ZÀ-ÖØ-Þ])")
GLUED_TAIL_WORDS = 8
_SENTENCE_BREAK = re.compile(r"[.!?…]\s")  # a second sentence in the piece: it is more than a credit


class RulesError(ValueError):
    """The rules file is missing or invalid; the message names the rule."""


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str  # 'paragraph' | 'sentence'
    pattern: str
    why: str
    lang: str | None = None
    max_chars: int | None = None  # None: DEFAULT_MAX_CHARS[kind]
    min_words: int | None = None  # link rules only; None: DEFAULT_MIN_WORDS
    label_words: int = 0  # link rules only: a label of up to this many words may precede the link, unmarked
    takes_list: bool = False  # paragraph rules only: the list right after the paragraph goes with it
    off_topic: bool = False  # paragraph rules only: only when its question is not about the article's subject
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise RulesError(f"rule {self.id!r}: kind must be one of {', '.join(KINDS)}, got {self.kind!r}")
        try:
            regex = re.compile(self.pattern, re.IGNORECASE)
        except re.error as exc:
            raise RulesError(f"rule {self.id!r}: bad pattern: {exc}") from None
        # a rule that matches nothing-at-all would cut empty spans everywhere
        if regex.search("") is not None:
            raise RulesError(f"rule {self.id!r}: pattern matches the empty string")
        if self.kind == "link" and "link" not in regex.groupindex:
            raise RulesError(f"rule {self.id!r}: a link rule's pattern needs a (?P<link>...) group")
        if (self.min_words is not None or self.label_words) and self.kind != "link":
            raise RulesError(f"rule {self.id!r}: min_words and label_words apply to link rules only")
        if (self.takes_list or self.off_topic) and self.kind != "paragraph":
            raise RulesError(f"rule {self.id!r}: takes_list and off_topic apply to paragraph rules only")
        object.__setattr__(self, "regex", regex)

    @property
    def limit(self) -> int:
        return self.max_chars if self.max_chars is not None else DEFAULT_MAX_CHARS[self.kind]

    def applies_to(self, language: str | None) -> bool:
        return language is None or self.lang is None or self.lang == language


@dataclass(frozen=True)
class Rules:
    rules: tuple[Rule, ...]
    source: str = "<memory>"

    @property
    def paragraph(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.kind == "paragraph")

    @property
    def sentence(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.kind == "sentence")

    @property
    def link(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.kind == "link")

    def __len__(self) -> int:
        return len(self.rules)


@dataclass(frozen=True)
class Cleaned:
    text: str
    removed: list[str]
    removed_by: list[str]  # rule id per removed piece, same length as removed


def load_rules(path: Path | None = None) -> Rules:
    """Load and validate a rules file (default: the packaged boilerplate.yaml)."""
    p = Path(path) if path is not None else DEFAULT_RULES_PATH
    try:
        raw = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"rules file {p}: cannot read: {exc}") from None
    try:
        doc = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise RulesError(f"rules file {p} is not valid YAML{where}: {problem}") from None
    return parse_rules(doc, source=str(p))


def parse_rules(doc: object, source: str = "<memory>") -> Rules:
    """Validate an already-loaded rules document (``{rules: [...]}``)."""
    if not isinstance(doc, dict) or not isinstance(doc.get("rules"), list) or not doc["rules"]:
        raise RulesError(f"{source}: expected a mapping with a non-empty 'rules' list")
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, item in enumerate(doc["rules"]):
        rule = _parse_rule(item, f"{source}: rules[{i}]")
        if rule.id in seen:
            raise RulesError(f"{source}: rule {rule.id!r}: duplicate id")
        seen.add(rule.id)
        rules.append(rule)
    return Rules(rules=tuple(rules), source=source)


def _parse_rule(item: Any, where: str) -> Rule:
    if not isinstance(item, dict):
        raise RulesError(f"{where}: expected a mapping, got {type(item).__name__}")
    rid = item.get("id")
    if not isinstance(rid, str) or not _ID.match(rid):
        raise RulesError(f"{where}: 'id' must be a kebab-case string, got {rid!r}")
    name = f"{where}: rule {rid!r}"
    unknown = sorted(set(item) - _RULE_KEYS)
    if unknown:
        raise RulesError(f"{name}: unknown keys {', '.join(map(str, unknown))}")
    for key in ("kind", "pattern", "why"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise RulesError(f"{name}: '{key}' must be a non-empty string")
    lang = item.get("lang")
    if lang is not None and (not isinstance(lang, str) or not _LANG.match(lang)):
        raise RulesError(f"{name}: 'lang' must be a two-letter lowercase code, got {lang!r}")
    max_chars = item.get("max_chars")
    if max_chars is not None and (isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1):
        raise RulesError(f"{name}: 'max_chars' must be a positive integer, got {max_chars!r}")
    min_words = item.get("min_words")
    if min_words is not None and (isinstance(min_words, bool) or not isinstance(min_words, int) or min_words < 1):
        raise RulesError(f"{name}: 'min_words' must be a positive integer, got {min_words!r}")
    label_words = item.get("label_words", 0)
    if isinstance(label_words, bool) or not isinstance(label_words, int) or label_words < 0:
        raise RulesError(f"{name}: 'label_words' must be a non-negative integer, got {label_words!r}")
    takes_list, off_topic = item.get("takes_list", False), item.get("off_topic", False)
    for key, value in (("takes_list", takes_list), ("off_topic", off_topic)):
        if not isinstance(value, bool):
            raise RulesError(f"{name}: '{key}' must be true or false, got {value!r}")
    try:
        return Rule(
            id=rid,
            kind=item["kind"],
            pattern=item["pattern"],
            why=item["why"].strip(),
            lang=lang,
            max_chars=max_chars,
            min_words=min_words,
            label_words=label_words,
            takes_list=takes_list,
            off_topic=off_topic,
        )
    except RulesError as exc:
        raise RulesError(f"{where}: {exc}") from None


def clean_text(
    text: str, rules: Rules, *, language: str | None = None, link_texts: Collection[str] = (),
    set_apart: Collection[str] = (), names: Sequence[tuple[str, ...]] = (),
) -> Cleaned:
    """Remove boilerplate paragraphs, then link-only paragraphs and boxed chrome, then boilerplate tails,
    from ``text``.

    Paragraphs are the lines of ``text``; each is stripped and empty ones are
    dropped.  With ``language`` (ISO 639-1), rules tagged with another
    language are skipped; without it every rule applies.  ``link_texts`` are
    the whitespace-collapsed texts of the page's links to other pages
    (``Extracted.link_texts``); without them link rules do nothing.  ``set_apart`` are the texts of the
    page's paragraphs in a box of their own (``Extracted.set_apart``): such a paragraph goes, as
    ``SET_APART``, when its words show chrome too (``ingest.chrome.form_of`` with the source's ``names``).
    """
    lang = language.lower() if language else None
    paragraph_rules = [r for r in rules.paragraph if r.applies_to(lang)]
    link_rules = [r for r in rules.link if r.applies_to(lang)] if link_texts else []
    sentence_rules = [r for r in rules.sentence if r.applies_to(lang)]
    removed: list[str] = []
    removed_by: list[str] = []
    kept: list[str] = []
    owner: Rule | None = None  # the heading whose list the lines now being read are
    lines = text.splitlines()
    for n, line in enumerate(lines):
        para = line.strip()
        if not para:
            continue
        if owner is not None and LIST_ITEM.match(para) and len(para) <= LIST_ITEM_MAX_CHARS:
            removed.append(para)
            removed_by.append(owner.id)
            continue
        hit = _paragraph_hit(para, paragraph_rules) or _link_hit(para, link_rules, link_texts)
        if hit is not None and hit.off_topic and _on_topic(para, lines[:n] + lines[n + 1:]):
            hit = None
        owner = hit if hit is not None and hit.takes_list and not _ends_in_link(para, link_texts) else None
        if hit is not None:
            removed.append(para)
            removed_by.append(hit.id)
            continue
        if set_apart and _boxed_chrome(para, set_apart, names):
            removed.append(para)
            removed_by.append(SET_APART)
            continue
        kept.append(para)
    out: list[str] = []
    for para in kept:
        for rule in sentence_rules:
            para, cut = _cut(para, rule)
            if cut:
                removed.append(cut)
                removed_by.append(rule.id)
            if not para:
                break
        if para:
            out.append(para)
    if out and (tail := glued_tail(out[-1])):
        out[-1] = out[-1][: -len(tail)]
        removed.append(tail)
        removed_by.append(GLUED_TAIL)
    if removed:
        LOGGER.debug("boilerplate removed by %s", ", ".join(removed_by))
    return Cleaned(text="\n".join(out), removed=removed, removed_by=removed_by)


def glued_tail(para: str) -> str:
    """The short piece glued without a space to the last sentence of ``para`` (see ``_GLUE``), or ''."""
    glues = list(_GLUE.finditer(para))
    if not glues:
        return ""
    tail = para[glues[-1].end():]
    if len(tail.split()) > GLUED_TAIL_WORDS or _SENTENCE_BREAK.search(tail) or tail.rstrip().endswith(("?", "!")):
        return ""
    return tail


def _ends_in_link(para: str, link_texts: Collection[str]) -> bool:
    """Whether a heading's line goes on with a link of its own ("Mehr zum Thema ▸ <headline>"): a teaser of one
    line, not the heading of a box, so the list after it is not its (a council's decisions, a story's list)."""
    flat = collapse_spaces(para)
    return any(len(t.split()) >= TEASER_LINK_WORDS and flat.endswith(t) and t != flat for t in link_texts)


def _boxed_chrome(para: str, set_apart: Collection[str], names: Sequence[tuple[str, ...]]) -> bool:
    """A paragraph in a box of its own whose words show strong chrome evidence (an italic tip line with the
    newsroom's e-mail, a sponsor or funding note, a bio, a rights line); a fact box or a quote shows none.
    The source's own name alone is not enough, nor is weak evidence (a call to action, words addressing
    the reader): on real pages (``bench.boilerplate_eval``) bold interview questions, emphasised ledes and
    an organisation's boxed self-description show those, and are the text."""
    if len(para) > DEFAULT_MAX_CHARS["paragraph"] or collapse_spaces(para) not in set_apart:
        return False
    return bool(set(form_of(para, names).strong) - {"self"})


_TOPIC_WORD = re.compile(r"[^\W\d_]{5,}")
# words of five letters or more that say nothing of a subject, in the four languages
_NO_TOPIC = frozenset("""about after again because before could every happening other should something their there
these think those where which while would anything someone haben etwas eines einer einem ihnen ihrer unsere
wollen diese dieser dieses schon welche quelque chose votre notre pourquoi quelqu algún alguna
alguien nuestro nuestra usted ustedes tiene""".split())


def _on_topic(para: str, others: Sequence[str]) -> bool:
    """Whether the question that opens ``para`` is about the article's subject: one of its words (of five
    letters or more, none of the words any question has; their first five letters, so that "radars" is
    "radar") is in the article's other paragraphs.
    A publisher's tip call asks about anything ("Something happening on your street?"); a templated
    story's own call asks about its subject ("Know a station with cheaper gas?" on the gas-price watch)."""
    question = para.split("?", 1)[0]
    words = {w.lower()[:5] for w in _TOPIC_WORD.findall(question) if w.lower() not in _NO_TOPIC}  # stems
    if not words:
        return False
    rest = {w.lower()[:5] for line in others for w in _TOPIC_WORD.findall(line)}
    return bool(words & rest)


# a reporting verb, in the four languages: what someone said, announced or presented
_REPORTING = re.compile(
    r"\b(?:said|says|announced|told|explained|wrote|reported|added|unveiled|presented|launched|sagte|sagt|erklärte|"
    r"teilte|kündigte|berichtete|schrieb|präsentierte|stellte|a (?:déclaré|annoncé|présenté|expliqué|dévoilé|lancé|"
    r"indiqué|précisé)|annonce|explique|indique|dijo|anunció|explicó|informó|señaló|afirmó|presentó|lanzó|indicó|"
    r"detalló|reza)\b", re.IGNORECASE)
REPORTED_LEAD_WORDS, REPORTED_CLAUSE_WORDS = 5, 6


def reported(para: str) -> bool:
    """Whether ``para`` quotes a call or a notice and goes on, after a colon, to say who made it: "Descargue la
    aplicación de Radio Nacional y escuche la emisora desde cualquier lugar: así anunció el ministerio …",
    "Subscribe to the Gazette's morning alerts and …: the paper's website will be updated …, its editor
    announced."  A story about the publisher's own app, newsletter or rights; a label ("Correction: … said")
    is a word or two before its colon."""
    lead, colon, clause = para.partition(":")
    return bool(colon) and len(lead.split()) >= REPORTED_LEAD_WORDS and \
        len(clause.split()) >= REPORTED_CLAUSE_WORDS and _REPORTING.search(clause) is not None


def _paragraph_hit(para: str, rules: list[Rule]) -> Rule | None:
    if reported(para):
        return None
    for rule in rules:
        if len(para) <= rule.limit and rule.regex.search(para):
            return rule
    return None


def _link_hit(para: str, rules: list[Rule], link_texts: Collection[str]) -> Rule | None:
    for rule in rules:
        if len(para) > rule.limit:
            continue
        match = rule.regex.search(para)
        if match is None:
            continue
        min_words = rule.min_words if rule.min_words is not None else DEFAULT_MIN_WORDS
        # the whole line, what follows a short label ("Read also: <link>"), or what follows a short label
        # with no mark ("Also on the Echo <link>"): a headline's capital after words that end no clause
        # and do not run on into it ("Officials cited the <link>" is a sentence)
        candidates = [match.group("link"), para]
        lead = para.split()
        for n in range(1, min(rule.label_words, len(lead) - 1) + 1):
            if _SENTENCE_MARK.search(lead[n - 1]):
                break
            if lead[n][0].isupper() and lead[n - 1].casefold() not in _RUNS_ON:
                candidates.append(" ".join(lead[n:]))
        for candidate in candidates:
            flat = collapse_spaces(candidate)
            if len(flat.split()) >= min_words and flat in link_texts:
                return rule
    return None


_SENTENCE_MARK = re.compile(r"[.!?;,]")
# words after which a phrase goes on: articles, prepositions, conjunctions, reporting verbs
_RUNS_ON = frozenset(
    "a an the of to in on at by for from with and or as than that cited said says told "
    "der die das den dem des ein eine einen einem einer von zu im am mit und oder für über laut "
    "le la les l' un une des du de au aux à et ou par pour sur selon "
    "el los las lo unos unas del al en y o por para con según".split())


CUT_SLACK = 16  # characters before a sentence rule's window: the whitespace a match strips


def _cut(para: str, rule: Rule) -> tuple[str, str]:
    """Cut what ``rule`` (a sentence rule: every pattern ends at the paragraph's end) finds at the end of
    ``para``.  Its cut is at most ``rule.limit`` characters, so only the paragraph's tail is searched: an
    end-anchored pattern searched over a whole long paragraph tries every position (about a fifth of the
    rule cleaning's CPU on the development corpus)."""
    match = rule.regex.search(para, max(0, len(para) - rule.limit - CUT_SLACK))
    if match is None:
        return para, ""
    cut = match.group(0).strip()
    if not cut or len(cut) > rule.limit:
        return para, ""
    rest = (para[: match.start()] + para[match.end() :]).strip()
    return rest, cut
