"""Page HTML -> article text and metadata, with trafilatura.

``extract_page`` wraps ``trafilatura.bare_extraction`` with the settings that
``bench/extract_eval.py`` measured best on the development corpus, and adds the
metadata trafilatura leaves loose: a timezone-aware publication time, a
two-letter language code and an absolute canonical URL, and reconciles the body
with the page's JSON-LD (``ingest.structured``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import trafilatura
from htmldate import find_date
from lxml import etree
from lxml import html as lxml_html
from trafilatura.metadata import examine_meta, extract_author, extract_meta_json, extract_title, extract_url
from trafilatura.settings import Document, set_date_params
from trafilatura.utils import load_html

from ingest.identity import canonicalize
from ingest.page_shape import open_fact_boxes, set_apart
from ingest.structured import reconcile, structured_body
from records import collapse_spaces, parse_utc

LOGGER = logging.getLogger(__name__)

__all__ = ["ExtractError", "ExtractOptions", "Extracted", "extract_page"]


class ExtractError(Exception):
    """The input could not be parsed as an HTML document."""


@dataclass(frozen=True)
class ExtractOptions:
    """The trafilatura knobs feedlake sets; defaults are the benchmark's pick.

    ``python -m bench.extract_eval`` on the 949-page evaluation corpus: plain
    trafilatura finds 94.8% of the must-have snippets and leaks 10.5% of the
    boilerplate ones.  Dropping comments keeps all of that recall (94.8%) and
    leaks 9.4% (5.2% after ``clean_text``: bench/boilerplate_eval.py);
    ``favor_precision`` leaks least (7.4%) but loses 2.7 points of recall (whole sections on some pages), below
    the 99%-of-plain floor, and ``no_fallback`` loses 1.4 points.  Change a
    default only with a new run.
    """

    favor_precision: bool = False
    favor_recall: bool = False
    # trafilatura's ``fast``; ``no_fallback`` is its deprecated name.  True skips
    # the readability/jusText comparison: 1.4x faster, 1.4 points less recall.
    no_fallback: bool = False
    # reader comments are not the article: dropping them cuts plain
    # trafilatura's boilerplate leak by a tenth at no recall cost
    include_comments: bool = False
    include_tables: bool = True
    include_links: bool = False
    include_images: bool = False
    # trafilatura's deduplication keeps a process-wide cache, which would make
    # the output depend on what was extracted before; dedup happens downstream.
    deduplicate: bool = False
    prune_xpath: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.favor_precision and self.favor_recall:
            raise ValueError("favor_precision and favor_recall are mutually exclusive")

    def trafilatura_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``trafilatura.extract``/``bare_extraction``."""
        kwargs = asdict(self)
        kwargs["fast"] = kwargs.pop("no_fallback")
        prune = kwargs.pop("prune_xpath")
        if prune:
            kwargs["prune_xpath"] = list(prune)
        return kwargs


@dataclass(frozen=True)
class Extracted:
    text: str  # paragraphs separated by "\n"
    title: str | None
    author: str | None
    published_at: datetime | None  # timezone-aware UTC
    language: str | None  # ISO 639-1, lowercase
    canonical_url: str | None  # absolute http(s)
    # whitespace-collapsed texts of the page's links to other pages (not to
    # itself or its own sections): clean_text drops paragraphs that are only one
    link_texts: frozenset[str] = frozenset()
    # texts of the paragraphs in a box of their own, outside the story's column (``ingest.page_shape``)
    set_apart: frozenset[str] = frozenset()
    # 'extraction' (trafilatura), 'jsonld' (the page's articleBody) or 'jsonld-liveblog' (its liveBlogUpdates)
    body_source: str = "extraction"


def extract_page(html: str | bytes, url: str, options: ExtractOptions = ExtractOptions(),
                 need_date: bool = True, need_author: bool = True) -> Extracted | None:
    """Extract the article of one page; None when the page has no body text.

    ``need_date=False`` (the feed entry has its own date, which wins) skips the search for a date in the
    page's text (htmldate), which is most of trafilatura's metadata cost; a date in the page's meta tags
    is still read.  ``need_author=False`` (the feed entry names an author, the fallback) skips
    trafilatura's search of the page's text for a byline, the next costliest part; an author in the meta
    tags or the JSON-LD is still read, and wins.  Raises ``ExtractError`` when the input is not parseable
    HTML (empty, binary, not a document).  The same input and options always give the same result.
    """
    tree = _parse(html, url)
    link_texts = _link_texts(tree, url)  # before extraction, which prunes the tree
    structured = structured_body(tree)  # likewise: trafilatura drops the scripts
    apart = set_apart(tree)  # likewise: the page's own boxes
    try:
        meta = _metadata(tree, url, need_author)  # on the tree as trafilatura would see it: before its pruning
        stamp = _meta_timestamp(tree)
        day = _find_date(tree, meta.url) if need_date and stamp is None else None
        open_fact_boxes(tree)  # after set_apart, which reads the boxes as they are
        doc = trafilatura.bare_extraction(tree, url=url, with_metadata=False, output_format="python",
                                          **options.trafilatura_kwargs())
    except (etree.LxmlError, UnicodeError) as exc:
        raise ExtractError(f"{url}: extraction failed: {type(exc).__name__}: {exc}") from None
    assert not isinstance(doc, dict)  # output_format="python" without as_dict gives a Document
    text, body_source = reconcile(_tidy_lines(doc.text or "") if doc is not None else "", structured, link_texts)
    if not text:
        return None
    return Extracted(
        text=text,
        title=_clean_str(meta.title),
        author=_clean_str(meta.author),
        published_at=stamp or _day(day),
        language=_language(meta.language, tree),
        canonical_url=_canonical_url(tree, meta.url, url),
        link_texts=link_texts,
        set_apart=apart,
        body_source=body_source,
    )


def _metadata(tree: lxml_html.HtmlElement, url: str, need_author: bool = True) -> Document:
    """Title, author, URL and language as ``trafilatura.extract_metadata`` finds them, without what feedlake
    does not use (site name, categories, tags, license) and without the date search, which costs most of
    its time (``_find_date`` runs it only when it is needed)."""
    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None  # as extract_metadata: a one-word "author" is a site or a handle
    try:
        meta = extract_meta_json(tree, meta)
    except Exception as exc:  # noqa: BLE001 - trafilatura's JSON-LD reader has bugs of its own
        LOGGER.debug("trafilatura's JSON-LD metadata failed: %s", exc)
    meta.title = meta.title or extract_title(tree)
    if need_author:
        meta.author = meta.author or extract_author(tree)
    meta.url = meta.url or extract_url(tree, url)
    meta.clean_and_trim()  # as extract_metadata: invisible characters and overlong fields
    return meta


def _find_date(tree: lxml_html.HtmlElement, url: str | None) -> str | None:
    """htmldate's reading of the page's date, with the parameters trafilatura gives it (its default
    configuration searches extensively)."""
    return find_date(tree, **{**set_date_params(True), "url": url})


def _parse(html: str | bytes, url: str) -> lxml_html.HtmlElement:
    if not isinstance(html, str | bytes):
        raise ExtractError(f"{url}: expected str or bytes, got {type(html).__name__}")
    if not html.strip():
        raise ExtractError(f"{url}: empty document")
    try:
        tree = load_html(html)
    except (etree.LxmlError, ValueError, UnicodeError) as exc:
        raise ExtractError(f"{url}: unparseable HTML: {type(exc).__name__}: {exc}") from None
    if tree is None:
        raise ExtractError(f"{url}: not an HTML document")
    return tree


def _tidy_lines(text: str) -> str:
    # each line stripped, not collapsed (records.tidy_lines): the no-break spaces of French typography
    # ("«\xa0…\xa0»") and a table's empty cells stay as trafilatura wrote them
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _clean_str(value: str | None) -> str | None:
    return collapse_spaces(value) or None


# --- publication time -------------------------------------------------------

# Publishers put the full timestamp (with time and offset) in these; htmldate
# only returns the day, so they are read first.
_TIME_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "dc.date.issued",
)


def _day(day: str | None) -> datetime | None:
    """htmldate's ``YYYY-MM-DD`` as midnight UTC."""
    if day:
        try:
            parsed = datetime.strptime(day[:10], "%Y-%m-%d")
        except ValueError:
            LOGGER.debug("unparseable htmldate result %r", day)
            return None
        return parsed.replace(tzinfo=UTC)
    return None


def _meta_timestamp(tree: lxml_html.HtmlElement) -> datetime | None:
    found: dict[str, str] = {}
    for meta in tree.iterfind(".//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in _TIME_META and key not in found:
            found[key] = meta.get("content", "")
    for key in _TIME_META:
        value = found.get(key, "").strip()
        if not value:
            continue
        parsed = parse_utc(value)
        if parsed is not None:
            return parsed
        LOGGER.debug("unparseable %s meta %r", key, value)
    return None


# --- language ---------------------------------------------------------------

_LANG_CODE = re.compile(r"^([A-Za-z]{2})(?:[-_][A-Za-z0-9]+)*$")


def _language(meta_lang: str | None, tree: lxml_html.HtmlElement) -> str | None:
    candidates = [meta_lang, tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for meta in tree.iterfind(".//meta[@content]"):
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        if key in ("content-language", "og:locale", "language"):
            candidates.append(meta.get("content"))
    for candidate in candidates:
        code = _normalize_lang(candidate)
        if code:
            return code
    return None


def _normalize_lang(value: str | None) -> str | None:
    if not value:
        return None
    # "de-DE, en" (Content-Language may list several): the first one wins
    match = _LANG_CODE.match(value.split(",")[0].strip())
    return match.group(1).lower() if match else None


# --- canonical URL ----------------------------------------------------------


def _canonical_url(tree: lxml_html.HtmlElement, meta_url: str | None, page_url: str) -> str | None:
    # rel=canonical is what publishers set for deduplication; trafilatura
    # prefers og:url, which is sometimes the homepage or a share variant, so
    # the link is read first and trafilatura's URL (og:url, twitter:url,
    # JSON-LD, else the page URL itself) is the fallback.
    candidates: list[str | None] = []
    for link in tree.iterfind(".//link[@href]"):
        rels = (link.get("rel") or "").lower().split()
        if "canonical" in rels:
            candidates.append(link.get("href"))
            break
    candidates.extend([meta_url, page_url])
    for candidate in candidates:
        candidate = (candidate or "").strip()
        try:
            resolved = canonicalize(urljoin(page_url, candidate)) if candidate else ""
        except ValueError:  # urljoin of a malformed URL ("http://[x")
            resolved = ""
        if resolved:
            return resolved
    return None


# --- links --------------------------------------------------------------------


def _link_texts(tree: lxml_html.HtmlElement, page_url: str) -> frozenset[str]:
    """Texts of the links that lead away from this page (self-links and #anchors excluded)."""
    selves: set[str] = set()
    for link in tree.iterfind(".//link[@href]"):
        if "canonical" in (link.get("rel") or "").lower().split():
            try:
                selves.add(_without_fragment(urljoin(page_url, link.get("href", "").strip())))
            except ValueError:
                pass
    try:
        selves.add(_without_fragment(page_url))
    except ValueError:
        pass
    # an href can lead to this page only if it holds the last part of one of its paths, or no path at all
    # ("?page=2", "./"); every other href leads away without resolving it (a page has hundreds of links)
    ends = {urlsplit(u).path.rstrip("/").rsplit("/", 1)[-1] for u in selves}
    texts: set[str] = set()
    away: dict[str, bool] = {}
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith("#") or href.lower().startswith(("javascript:", "mailto:", "tel:")):
            continue
        if href not in away:
            away[href] = _leads_away(href, page_url, selves, ends)
        # the headline linking to its own permalink is the article, not a teaser
        if not away[href]:
            continue
        text = collapse_spaces(anchor.text_content())
        if text:
            texts.add(text)
    return frozenset(texts)


_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)*(?::\d+)?")


def _leads_away(href: str, page_url: str, selves: set[str], ends: set[str]) -> bool:
    path = href.split("#", 1)[0].split("?", 1)[0]
    host = href.split("/", 3)[2] if href.lower().startswith(("http://", "https://")) else "relative"
    # an odd host ("https://#" is this page, "http://[ccpa]" does not parse) is resolved below
    if path.strip("./") and "" not in ends and not any(end in path for end in ends) and _HOST.fullmatch(host):
        return True
    try:
        return _without_fragment(urljoin(page_url, href)) not in selves
    except ValueError:
        return False


def _without_fragment(url: str) -> str:
    """The page a link leads to, for telling self-links: its canonical URL without the query ("?page=2"
    is this page too)."""
    return canonicalize(url).split("?", 1)[0].rstrip("/")
