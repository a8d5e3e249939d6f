"""What a piece of body text *is*: evidence that it is the publisher's chrome rather than reporting.

Recurrence alone does not make boilerplate: a templated story's stock sentences recur in every instance of
the template and are the story.  Chrome is recognisable by its form: a call to action, a note about the
publication, the publisher's own name or address, a link or contact line, a rights notice, a bio, an
agency attribution, a label announcing a link ("RELATED: …").  ``form_of`` reports which of those a unit
shows, as *strong* evidence (enough, wherever the unit sits, once it recurs) or *weak* evidence (enough at
the body's edges).  The words are data, in ``ingest/rules/chrome.yaml``.

Nothing here removes text; ``ingest.learned`` weighs this evidence with recurrence and position.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

__all__ = ["Form", "Lexicon", "form_of", "has_handle", "label_lead", "lead_words", "load_lexicon", "self_names",
           "words"]

DEFAULT_PATH = Path(__file__).with_name("rules") / "chrome.yaml"

_WORD = re.compile(r"\w+")
# a URL or a bare domain, with its path ("www.x.de/ueber-uns", "harborcitytimes.example")
_URL_WORD = re.compile(r"(?:https?://|\bwww\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|de|fr|es|at|ch|it|uk|eu|info|io|news|"
                       r"example)\b(?:/\S*)?", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE = re.compile(r"(?:^|\s)@\w{2,}")
_RIGHTS_MARK = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.IGNORECASE)
_LABEL_DELIMS = ":|"
MAX_LABEL_WORDS = 6  # "Das könnte Sie auch interessieren:" is as long as a label gets
AGENCY_LINE_WORDS = 4  # an agency named with at most this many other words is a credit line
MAX_ATTRIBUTION_WORDS = 16  # an agency named in a longer sentence is reporting ("Reuters reported that …")
MAX_ATTRIBUTION_LINE_WORDS = 24  # "Reported by <site>, citing <a speech at an event> (<date>)." is about this long
# a longer one must credit at an end: its phrase within the first ATTRIBUTION_LEAD + 1 words, or followed by at
# most ATTRIBUTION_TAIL words (the source's name)
SHORT_ATTRIBUTION_WORDS, ATTRIBUTION_LEAD, ATTRIBUTION_TAIL = 12, 2, 3
_ATTRIBUTION_WORDS = frozenset(
    "with from by via mit von nach laut avec selon d après con de según segun citing according material "
    "reporting source quelle fuente agencies agenturen agences agencias".split())
# German addresses the reader as "Sie"/"Ihnen"/"Ihr…", capitalised inside a sentence ("sie", "ihre": they)
_GERMAN_ADDRESS = re.compile(r"(?<=[\w,;:–—-] )(?:Sie|Ihnen|Ihre[mnrs]?|Ihr)\b")
# a bio opens with its subject's name: two capitalised words, the first not an article
_NAME_FIRST = re.compile(r"^(?!(?:The|A|An|Der|Die|Das|Ein|Eine|Le|La|Les|L|Un|Une|El|Los|Las|Una)\b)"
                         r"[A-ZÀ-ÖØ-Þ][\w'’.-]+\s+[A-ZÀ-ÖØ-Þ][\w'’-]+")
_BAR_MARK = re.compile(r"\s+[·|•‧⋅]\s+")
BAR_ITEMS, BAR_ITEM_WORDS = 3, 4  # a bar: at least this many items, each of at most this many words
_GENERIC_HOST_LABELS = frozenset({"www", "m", "amp", "news", "mobile", "edition", "en", "de", "fr", "es"})


def words(text: str) -> list[str]:
    """Case-folded NFKC words, the unit all phrases are matched in."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


@dataclass(frozen=True)
class Lexicon:
    strong: dict[str, frozenset[tuple[str, ...]]]
    weak: dict[str, frozenset[tuple[str, ...]]]
    labels: frozenset[tuple[str, ...]]
    agencies: frozenset[tuple[str, ...]]
    roles: frozenset[tuple[str, ...]]
    longest: int  # words in the longest phrase


class LexiconError(ValueError):
    """The chrome lexicon file is missing or invalid."""


def _phrases(values: object, where: str) -> frozenset[tuple[str, ...]]:
    if not isinstance(values, list) or not all(isinstance(v, str) and words(v) for v in values):
        raise LexiconError(f"{where}: expected a list of non-empty phrases")
    return frozenset(tuple(words(v)) for v in values)


def _groups(doc: dict[str, object], key: str, path: Path) -> dict[str, frozenset[tuple[str, ...]]]:
    section = doc.get(key)
    if not isinstance(section, dict) or not section:
        raise LexiconError(f"{path}: '{key}' must map group names to phrase lists")
    return {str(name): _phrases(values, f"{path}: {key}.{name}") for name, values in section.items()}


@lru_cache(maxsize=4)
def load_lexicon(path: Path = DEFAULT_PATH) -> Lexicon:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"chrome lexicon {path}: {exc}") from None
    if not isinstance(doc, dict):
        raise LexiconError(f"{path}: expected a mapping")
    strong, weak = _groups(doc, "strong", path), _groups(doc, "weak", path)
    labels = _phrases(doc.get("labels"), f"{path}: labels")
    agencies = _phrases(doc.get("agencies"), f"{path}: agencies")
    roles = _phrases(doc.get("roles"), f"{path}: roles")
    every = [p for g in (*strong.values(), *weak.values(), labels, agencies, roles) for p in g]
    return Lexicon(strong, weak, labels, agencies, roles, max(len(p) for p in every))


@dataclass(frozen=True)
class Form:
    strong: tuple[str, ...] = ()  # reasons, e.g. 'self', 'url', 'bio', 'cta+publication'
    weak: tuple[str, ...] = ()

    @property
    def level(self) -> int:
        """2: strong evidence of chrome, 1: weak, 0: none."""
        return 2 if self.strong else 1 if self.weak else 0

    def describe(self) -> str:
        return ",".join(self.strong or self.weak) or "none"


_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "à": "a",
                       "ç": "c", "ñ": "n", "á": "a", "í": "i", "ó": "o", "ú": "u", "ô": "o", "î": "i"})
MIN_NAME_PART = 4  # a host label shorter than this ("tv", "abc") names nothing by itself
SQUASHED_NAME_CHARS = 6  # a host label's first part this long can be a name of several words run together


def _fold(word: str) -> str:
    return word.translate(_FOLD)


def self_names(host: str, feed_name: str | None = None) -> tuple[tuple[str, ...], ...]:
    """Word sequences by which a source names itself: its host's distinctive label ("northfield-ledger":
    "Northfield Ledger"), its feed's name.  Folded: "ae" for "ä"."""
    names: list[tuple[str, ...]] = []
    labels = [label for label in host.lower().split(".") if label]
    if labels and not all(label.isdigit() for label in labels):  # an IP address names nobody
        for label in labels[:-1] or labels:
            if label not in _GENERIC_HOST_LABELS and len(label) >= MIN_NAME_PART:
                # the whole label only: one part of "northfield-ledger" is as often the town the paper is
                # named after ("… at the Northfield fire station"), which stories mention all the time
                names.append(tuple(_fold(w) for w in words(label.replace("-", " "))))
                break
    if feed_name and feed_name.strip().lower() != host.lower():
        name = tuple(_fold(w) for w in words(feed_name) if w != "the")
        if name:
            names.append(name)
    return tuple(dict.fromkeys(n for n in names if n))


def _ngrams(ws: Sequence[str], longest: int) -> set[tuple[str, ...]]:
    return {tuple(ws[i : i + n]) for n in range(1, longest + 1) for i in range(len(ws) - n + 1)}


def _names_itself(ws: Sequence[str], names: Iterable[tuple[str, ...]]) -> bool:
    """Whether the words name the source: a name's words in a row (each allowed an inflected ending:
    "des Westfälischen Boten"), or run together as in a host ("northfieldledger").  A host that runs the
    publisher's name together and adds a town ("lezebre-lille") is named by that name's words ("Le Zèbre"):
    two or three words that make up the host's first part, never one word (the town a paper is named
    after is one word that stories mention all the time)."""
    folded = [_fold(w) for w in ws]
    runs = {n: {"".join(folded[i : i + n]) for i in range(len(folded) - n + 1)} for n in (1, 2, 3)}
    joined = runs[1] | runs[2] | runs[3]
    for name in names:
        if "".join(name) in joined:
            return True
        if len(name) > 1 and len(name[0]) >= SQUASHED_NAME_CHARS and name[0] in runs[2] | runs[3]:
            return True
        for i in range(len(folded) - len(name) + 1):
            if all(_stem_match(folded[i + j], part) for j, part in enumerate(name)):
                return True
    return False


def _stem_match(word: str, part: str) -> bool:
    if word == part:
        return True
    stem = part[: max(MIN_NAME_PART, len(part) - 2)]
    return len(part) >= MIN_NAME_PART and word.startswith(stem) and len(word) - len(part) <= 2


def has_handle(text: str) -> bool:
    """Whether ``text`` names a social-media handle ("@elnacionalpy"), not an e-mail address."""
    return bool(_HANDLE.search(_EMAIL.sub(" ", text)))


_SAYS = re.compile(r"\b(?:said|says|told|sagte|sagt|erklärte|betonte|dijo|afirmó|explicó|señaló|indicó|déclare"
                   r"|a déclaré|affirme|a affirmé|explique|a expliqué|selon|según|laut)\b", re.IGNORECASE)


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if c.isalnum() and c.isascii())


def signs_off(bio: str, contact: str) -> bool:
    """Whether ``bio`` opens with a person's name and ``contact`` gives an e-mail address made of it (the
    initial and the surname, or both names): a reporter's bio and contact line ("Kevin Mathy suit le basket
    pour Le Vestiaire depuis 2005." and "Contact : kmathy@…"), whatever the words between say.  A story's
    closing address is an office's ("info@…"), or follows what the person said."""
    name = _NAME_FIRST.match(bio)
    if name is None or _SAYS.search(bio):
        return False  # "Ann Lee said applications close Friday. Questions: alee@…" is the story's
    parts = [_ascii(w) for w in name.group(0).split()]
    made = {f for first, last in zip(parts, parts[1:], strict=False) if first and len(last) >= 3
            for f in (first[0] + last, first + last, last + first[0], last + first)}
    return any(_ascii(m.group(0).split("@")[0]) in made for m in _EMAIL.finditer(contact))


def lead_words(text: str) -> tuple[str, ...] | None:
    """The words of a short lead before ``:`` or ``|`` with something after it ("Tomorrow in the Courier:
    <headline>"), or None."""
    cut = min((i for i in (text.find(d) for d in _LABEL_DELIMS) if i > 0), default=-1)
    if cut < 0 or cut > 80:
        return None
    lead = words(text[:cut])
    if not words(text[cut + 1 :]) or not 0 < len(lead) <= MAX_LABEL_WORDS:
        return None
    return tuple(lead)


def label_lead(text: str, names: Sequence[tuple[str, ...]] = (),
               lexicon: Lexicon | None = None) -> tuple[str, ...] | None:
    """The lead's words when it announces a link or an aside by its words ("RELATED:", "Lesen Sie auch:"), by
    shouting ("ZUM THEMA:") or by naming the source ("Tomorrow in the Courier:"); else None."""
    lead = lead_words(text)
    if lead is None:
        return None
    lex = lexicon or load_lexicon()
    raw = text[: min(i for i in (text.find(d) for d in _LABEL_DELIMS) if i > 0)].strip()
    # the whole lead, or its first words when they are a label of two words or more ("Tomorrow in | the
    # Courier"; "More" opens "More than 200 people attended:" too)
    announced = lead in lex.labels or any(lead[:n] in lex.labels for n in range(2, len(lead)))
    if announced or (raw.isupper() and len(raw) >= 3) or _names_itself(lead, names):
        return lead
    return None


def _is_bar(text: str) -> bool:
    """Whether ``text`` is a row of short items between separators, none of them a sentence: a bar of
    buttons or links ("Link kopieren · Per E-Mail senden · Auf LinkedIn teilen", "Facebook | X | WhatsApp"),
    the page's furniture, not prose."""
    items = _BAR_MARK.split(text.strip())
    return len(items) >= BAR_ITEMS and all(
        0 < len(_WORD.findall(item)) <= BAR_ITEM_WORDS and not item.endswith((".", "!", "?", ":")) for item in items)


def _credits_at_an_end(ws: Sequence[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether an attribution phrase opens the words or closes them (a short name may follow it): "Reported
    by …, citing …", "… contributed to this report", "Elaborado con información de EFE"; one amid a
    longer sentence is the story's account of its sources ("Chiva Exprés recopila estos casos con información
    de la Policía y de los cuartos de urgencia")."""
    for n in {len(p) for p in phrases}:
        for i in range(len(ws) - n + 1):
            if tuple(ws[i : i + n]) in phrases and (i <= ATTRIBUTION_LEAD or i + n >= len(ws) - ATTRIBUTION_TAIL):
                return True
    return False


def form_of(text: str, names: Sequence[tuple[str, ...]] = (), lexicon: Lexicon | None = None) -> Form:
    """The chrome evidence ``text`` shows (see the module docstring); ``names`` from ``self_names``.

    Each strong reason is independent of the others, so that ``Form.kinds`` can be counted: the source's name
    inside its own URL or e-mail address is the address, not also a self-reference; a label or a bio known
    only by the source's name is that self-reference ('self'), not a second reason."""
    lex = lexicon or load_lexicon()
    ws = words(text)
    grams = _ngrams(ws, lex.longest)
    strong = [group for group, phrases in lex.strong.items() if grams & phrases]
    if "attribution" in strong and (len(ws) > MAX_ATTRIBUTION_LINE_WORDS or (
            len(ws) > SHORT_ATTRIBUTION_WORDS and not _credits_at_an_end(ws, lex.strong["attribution"]))):
        strong.remove("attribution")  # "… counts are reported by the county clinic …" is reporting
    bare = _HANDLE.sub(" ", _EMAIL.sub(" ", _URL_WORD.sub(" ", text)))
    if bare != text:
        strong.append("address")
    if _RIGHTS_MARK.search(text) and "rights" not in strong:
        strong.append("rights")
    if names and _names_itself(words(bare), names):
        strong.append("self")
    lead = label_lead(text, (), lex)
    if lead is not None:
        strong.append("label")
    elif names and label_lead(bare, names, lex) is not None and "self" not in strong:
        strong.append("self")  # "Tomorrow in the Courier:": named in its lead (not inside an address)
    if len(ws) <= MAX_ATTRIBUTION_WORDS and grams & lex.agencies and (
            _ATTRIBUTION_WORDS.intersection(ws) or sum(not w.isdigit() for w in ws) <= AGENCY_LINE_WORDS):
        strong.append("attribution")  # "Mit Material von dpa.", "(AFP)", "dpa-infocom, dpa:250902-930"
    weak = [group for group, phrases in lex.weak.items() if grams & phrases]
    if _GERMAN_ADDRESS.search(text) and "address" not in weak:
        weak.append("address")
    if grams & lex.roles:
        if _NAME_FIRST.match(text):
            strong.append("bio")
        elif "publication" not in weak:
            weak.append("publication")  # with the source's name it is still one reason: 'self'
    if "cta" in weak and "publication" in weak:
        strong.append("cta+publication")
    if _is_bar(text):
        strong.append("bar")
    return Form(tuple(dict.fromkeys(strong)), tuple(weak))
