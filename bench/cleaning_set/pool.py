"""The story pool: real paragraphs from the trafilatura evaluation corpus, read at run time.

Every corpus page is extracted with plain ``trafilatura.extract(html, url=url)``; its paragraphs of at
least ``MIN_CHARS`` characters that end like a sentence, contain none of the page's evaldata ``without``
snippets and do not recur on another corpus page are kept, in order.  Pages are grouped by language
(a stop-word vote over the kept text; a page whose declared html ``lang`` disagrees must also win the
vote on its first paragraphs).  The result is cached under ``bench/.cache/`` keyed by a hash of the corpus file
list, so only the first run pays for extraction.  Nothing from the corpus is stored in the repository.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

POOL_VERSION = 6
MIN_CHARS = 80
LANGS = ("en", "de", "fr", "es")
CACHE_DIR = Path(__file__).resolve().parents[1] / ".cache"
_END = re.compile(r"""[.!?…]["'”’»)\]]*$""")
_JUNK = re.compile(r"©|https?://|www\.|\S@\S|cookie|\||\ufffd", re.I)
# site chrome that trafilatura keeps on some corpus pages (sign-up forms, affiliate notes, log-in help):
# never story text for this set, whatever the evaldata says
_BOILER = re.compile(
    r"newsletter|abonn|subscri|suscri|sign[ -]?up|sign[ -]?in|log[ -]?in|anmeld|einlogg|inscri|passw|affiliate|"
    r"datenschutz|privacy|confidentialit|privacidad|registrier|klicken|click|cliqu|clic |e-?mail|spam|browser|"
    r"javascript|gewinnspiel|app store|google play|herunterladen|télécharg|descarg|weiterlesen|read more|"
    r"lire la suite|leer más|mehr erfahren|rights reserved|rechte vorbehalten|droits réservés|derechos reservados|"
    r"^\(\*\)|\bcoupon|gutschein|promo code|werbung|anzeige", re.I)
_STOP = {
    "en": set("the and of to in is that for with was on are as it by be this from have at not".split()),
    "de": set("der die und den das ist nicht mit sich des auf für im dem eine ein zu von auch werden".split()),
    "fr": set("le la les et des est une pour dans que qui pas sur du au avec par sont ce il".split()),
    "es": set("el la los las y del que en un una por con para es se al lo como más pero sus".split()),
}


def corpus_dir() -> Path:
    env = os.environ.get("FEEDLAKE_CORPUS")
    return Path(env) if env else Path(__file__).resolve().parents[3] / "shared/corpus"


def vote_language(text: str) -> str | None:
    words = re.findall(r"\w+", text.lower())
    counts = Counter({lang: sum(w in stop for w in words) for lang, stop in _STOP.items()})
    (best, n1), (_, n2) = counts.most_common(2)
    return best if words and n1 >= 0.08 * len(words) and n1 >= 2 * n2 else None


def _declared_language(raw: str) -> str | None:
    m = re.search(r"<html[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2})", raw[:20000], re.I) or re.search(
        r"<meta[^>]+content-language[^>]+content=[\"']?([a-zA-Z]{2})", raw[:20000], re.I)
    return m.group(1).lower() if m else None


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    parts = re.split(r"\s+[|–—-]\s+|\s+::\s+", title.strip())
    best = max(parts, key=len).strip()
    return best if 3 <= len(best.split()) <= 18 and len(best) <= 130 and not _JUNK.search(best) else None


def _extract(job: tuple[str, str, list[str]]) -> dict:
    import trafilatura
    from trafilatura import extract_metadata

    path, url, without = job
    data = gzip.decompress(Path(path).read_bytes())
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError:
        raw = data.decode("cp1252", "replace")
    text = trafilatura.extract(raw, url=url) or ""
    paras = []
    for line in text.split("\n"):
        p = " ".join(line.split())
        if (len(p) >= MIN_CHARS and _END.search(p) and not p.startswith(("- ", "• ", "* "))
                and not _JUNK.search(p) and not _BOILER.search(p) and not any(w and w in p for w in without)):
            paras.append(p)
    lang = vote_language(" ".join(paras)) if paras else None  # the text's language, whatever the page says
    if lang and _declared_language(raw) not in (None, lang):
        lang = vote_language(" ".join(paras[:3])) == lang and lang or None
    try:
        title = _clean_title(extract_metadata(raw, default_url=url).title)
    except Exception:  # noqa: BLE001 - a broken page just has no title
        title = None
    return {"url": url, "file": Path(path).name, "lang": lang, "title": title, "paras": paras}


def _jobs(root: Path) -> list[tuple[str, str, list[str]]]:
    evaldata = json.loads((root / "evaldata.json").read_text("utf-8"))
    jobs = [(str(root / "pages" / rec["file"]), url, list(rec.get("without", []))) for url, rec in evaldata.items()]
    return sorted(jobs, key=lambda j: j[0])


def load_pool(processes: int = 2) -> list[dict]:
    """Corpus pages in en/de/fr/es with their kept paragraphs (cross-page repeats removed), cached."""
    root = corpus_dir() / "trafilatura-eval"
    jobs = _jobs(root)
    listing = "\n".join(f"{Path(p).name}:{os.path.getsize(p)}" for p, _, _ in jobs)
    key = hashlib.sha256(f"v{POOL_VERSION}\n{listing}".encode()).hexdigest()[:16]
    cache = CACHE_DIR / f"cleaning_pool-{key}.json"
    if cache.exists():
        return json.loads(cache.read_text("utf-8"))
    with Pool(processes) as pool:
        pages = pool.map(_extract, jobs, chunksize=8)
    seen = Counter(p for page in pages for p in set(page["paras"]))
    out = []
    for page in pages:
        page["paras"] = list(dict.fromkeys(p for p in page["paras"] if seen[p] == 1))
        if page["lang"] and page["paras"]:
            out.append(page)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp")
    tmp.write_text(json.dumps(out, ensure_ascii=False), "utf-8")
    tmp.replace(cache)
    for old in CACHE_DIR.glob("cleaning_pool-*.json"):  # pools of an older corpus or filter version
        if old != cache:
            old.unlink()
    return out


def _split(n: int, sizes: tuple[int, int]) -> tuple[int, int]:
    """(stories, paragraphs per story) for a page of n kept paragraphs."""
    target, most = sizes
    k = min(max(1, n // target), most)
    return k, max(4, min(10, n // k))


def chunk_pages(pages: list[dict], sizes: dict[str, tuple[int, int]]) -> tuple[list[dict], dict[str, list[str]]]:
    """Stories of 4-10 consecutive paragraphs per page (``sizes[lang]`` = (target paragraphs per story, most
    stories per page)) and the spare paragraphs per language (what is left of long pages) for the passages
    of stale JSON-LD versions.  Pages with fewer than 4 kept paragraphs are not used."""
    stories: list[dict] = []
    spare: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for page in pages:
        paras, lang = page["paras"], page["lang"]
        if len(paras) < 4:
            continue
        k, size = _split(len(paras), sizes[lang])
        for i in range(k):
            chunk = paras[i * size:(i + 1) * size]
            if len(chunk) >= 4:
                stories.append({"id": f"{page['file'][:12]}-{i}", "page": page["file"], "part": i, "lang": lang,
                                "title": page["title"], "paras": chunk})
        spare[lang].extend(paras[k * size:])
    return stories, spare


def page_tails(pages: list[dict], sizes: dict[str, tuple[int, int]]) -> dict[str, list[dict]]:
    """Per language, the spare tail of every page that ``chunk_pages`` cut into stories (its paragraphs past
    the last story, in order), with the page's title and the index of its last story as ``part``."""
    tails: dict[str, list[dict]] = {lang: [] for lang in LANGS}
    for page in pages:
        paras, lang = page["paras"], page["lang"]
        if len(paras) < 4:
            continue
        k, size = _split(len(paras), sizes[lang])
        if paras[k * size:]:
            tails[lang].append({"page": page["file"], "part": k - 1, "title": page["title"],
                                "paras": paras[k * size:]})
    return tails
