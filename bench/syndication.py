"""A syndication set generated at run time from the corpus pages' texts (nothing is copied into the repo).

Seven publisher templates in four languages wrap real article paragraphs (taken
from ``trafilatura-eval`` pages at run time) into HTML pages the way news sites
do: a header line, inline related-story links or teasers, an attribution glued
onto a paragraph, a footer whose tail names another headline, and one bio per
author.  Some phrasings are ones the rule file knows (the seed footer, "Lesen
Sie auch:", "Con información de …"); most are not, so only learning can remove
them.  Stories are spread over daily passes; a quarter of them are republished
by a second publisher of the same language (one story in two sources), a few
are re-posted under a new URL with an edit (one story, two articles), one
publisher changes its footer halfway, and three kinds of *real* text recur on
purpose: a dateline opening every lede, a formulaic opening ("According to
figures published by …, <the story's own sentence>") in a third of one
publisher's stories, and follow-ups: one story in nine has a follow-up that
repeats one of its paragraphs as background.  They must survive: they measure
what the fingerprints remove that they should not.

A new feed's first poll returns its backlog, so each publisher's first
``backlog`` stories arrive in the first pass (cold start: only the batch can
show the repetition); the rest arrive a few a day.

Every injected piece is recorded sentence by sentence, so the bench can count
the injected sentences left in the output (residue) and the story sentences
kept (recall).
"""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass, field

DAY = 86400.0


@dataclass(frozen=True)
class Story:
    key: str  # corpus page file
    lang: str
    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Author:
    name: str
    bio: tuple[str, ...]  # sentences
    weight: float  # share of the publisher's stories


@dataclass(frozen=True)
class Publisher:
    name: str
    host: str
    lang: str
    header: tuple[str, ...] = ()  # sentences of a first paragraph; '{section}' varies
    related: str = ""  # '{headline}' teaser paragraph, inserted mid-story
    related_is_link: bool = True
    glued: str = ""  # glued onto the last story paragraph; '{agency}' / '{date}' vary
    footer: tuple[str, ...] = ()  # sentences; the last may hold '{headline}'
    footer_late: tuple[str, ...] = ()  # the footer from the middle day on (a template change)
    authors: tuple[Author, ...] = ()
    dateline: str = ""  # real text: opens every lede
    formula: str = ""  # real text: opens a sentence of reporting in a third of the stories


AGENCIES = ("dpa", "AFP", "Reuters", "AP", "epd", "KNA")
SECTIONS = ("Politik", "Wirtschaft", "Kultur", "Sport")

PUBLISHERS: tuple[Publisher, ...] = (
    Publisher(
        "Harbor Times", "harbortimes.example", "en",
        header=("This article first appeared in the Harbor Times weekend edition.",),
        related="More from the Harbor Times: {headline}",
        glued="Reported by Harbor Times, citing {agency} and local officials.",
        footer=("Stay connected for news that matters — timely, factual, and free from bias.",
                "Read trusted updates from the harbor and around the world with insights that help you understand "
                "what's really happening.",
                "Learn more about this topic and related developments here: {headline}"),
        authors=(Author("Maya Lindqvist", ("Maya Lindqvist covers transport and the port for the Harbor Times.",
                                           "Reach her at maya.lindqvist@harbortimes.example."), 0.5),
                 Author("Tom Okafor", ("Tom Okafor is the Harbor Times' courts reporter.",
                                       "He previously worked at the Valley Gazette for nine years."), 0.35),
                 Author("Ines Brandt", ("Ines Brandt writes about science and the environment for the Harbor "
                                        "Times.",), 0.15)),
        formula="According to figures published by the county statistics office this week, ",
    ),
    Publisher(
        "Northfield Courier", "courier.example", "en",
        related="Also on the Courier: {headline}", related_is_link=False,
        glued="This report was compiled by the Courier newsroom with material from {agency}.",
        footer=("The Northfield Courier is an independent, reader-funded newspaper serving the valley since 1887.",
                "Tomorrow in the Courier: {headline}"),
        footer_late=("Support local journalism: the Northfield Courier relies on readers like you to keep the "
                     "valley informed.", "Coming up next in the Courier: {headline}"),
        authors=(Author("Rachel Moreno", ("Rachel Moreno is a staff reporter at the Courier.",
                                          "She has covered city hall since 2019."), 0.6),
                 Author("Daniel Kim", ("Daniel Kim reports on business and agriculture for the Northfield "
                                       "Courier.",), 0.4)),
        dateline="NORTHFIELD — ",
    ),
    Publisher(
        "Nordstadt-Zeitung", "nordstadt.example", "de",
        header=("Dieser Artikel erschien zuerst in der Nordstadt-Zeitung am Sonntag.",),
        related="Lesen Sie auch: {headline}",
        glued="Mit Material von {agency}.",
        footer=("Sie wollen keine Nachricht aus Ihrer Region verpassen?",
                "Die Nordstadt-Zeitung bringt Ihnen jeden Morgen die wichtigsten Meldungen direkt aufs Handy.",
                "Ebenfalls heute bei uns: {headline}"),
        authors=(Author("Sabine Ott", ("Sabine Ott ist Redakteurin im Lokalressort der Nordstadt-Zeitung.",), 0.5),
                 Author("Jonas Weber", ("Jonas Weber schreibt für die Nordstadt-Zeitung über Verkehr und "
                                        "Stadtentwicklung.", "Er lebt seit 2010 in der Nordstadt."), 0.5)),
    ),
    Publisher(
        "Rheinblick", "rheinblick.example", "de",
        related="{headline}",
        glued="Quelle: {agency}, bearbeitet von der Rheinblick-Redaktion.",
        footer=("Hinweis der Redaktion: Dieser Text wurde am {date} zuletzt aktualisiert.",),
        authors=(Author("Lea Hoffmann", ("Lea Hoffmann ist freie Autorin und schreibt für Rheinblick über "
                                         "Kultur am Niederrhein.",), 1.0),),
    ),
    Publisher(
        "Alpenkurier", "alpenkurier.example", "de",
        header=("Alpenkurier | Ressort {section}",),
        related="ZUM THEMA: {headline}", related_is_link=False,
        glued="Alle Angaben ohne Gewähr, Stand: {date}.",
        footer=("Sie haben einen Fehler entdeckt?", "Schreiben Sie uns an leserservice@alpenkurier.example."),
        authors=(Author("Franz Huber", ("Über den Autor: Franz Huber schreibt seit zwölf Jahren für den "
                                        "Alpenkurier über Bergsport und Tourismus.",), 0.7),
                 Author("Anna Gruber", ("Über die Autorin: Anna Gruber leitet das Wirtschaftsressort des "
                                        "Alpenkuriers.",), 0.3)),
    ),
    Publisher(
        "Diario del Valle", "diariovalle.example", "es",
        header=("Este artículo fue publicado originalmente en Diario del Valle.",),
        related="Lea también: {headline}",
        glued="Con información de {agency}.",
        footer=("Gracias por leer Diario del Valle.",
                "Nuestro periodismo es posible gracias al apoyo de nuestros lectores.",
                "Mañana en el Diario: {headline}"),
        authors=(Author("Lucía Fernández", ("Lucía Fernández es periodista de Diario del Valle y cubre temas "
                                            "de salud y educación.",), 0.6),
                 Author("Javier Ruiz", ("Javier Ruiz es corresponsal de Diario del Valle en la capital.",), 0.4)),
    ),
    Publisher(
        "Le Courrier du Lac", "courrierdulac.example", "fr",
        related="À lire aussi : {headline}",
        glued="Avec {agency}.",
        footer=("Vous avez aimé cet article ?",
                "Le Courrier du Lac est un journal indépendant, financé par ses lecteurs.",
                "Au sommaire demain : {headline}"),
        authors=(Author("Claire Dubois", ("Claire Dubois est journaliste au Courrier du Lac, spécialiste des "
                                          "questions d'environnement.",), 1.0),),
    ),
)


@dataclass
class Page:
    url: str
    source: str
    publisher: str
    html: str
    seen_at: float
    story_sentences: list[str]
    injected: list[str]  # sentences
    kinds: list[str] = field(default_factory=list)  # what each injected sentence is
    story_key: str = ""
    copy: str = ""  # '' | 'republished' | 'reposted'


_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜÀ-Ý«“\"])")


def sentences(text: str) -> list[str]:
    """Sentences for scoring (independent of ingest.learned's splitter)."""
    return [s.strip() for s in _SPLIT.split(text) if s.strip()]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower())[:60].strip("-") or "story"


def _fill(template: str, rng: random.Random, headline: str, day: int) -> str:
    return template.format(headline=headline, agency=rng.choice(AGENCIES), section=rng.choice(SECTIONS),
                           date=f"{(day % 28) + 1:02d}.03.2025", n=rng.randint(2, 19))


def build(stories: list[Story], seed: int = 7, per_publisher: int = 36, days: int = 36,
          backlog: int = 15) -> list[Page]:
    """Pages for every publisher, in pass order (by ``seen_at``)."""
    rng = random.Random(seed)
    by_lang: dict[str, list[Story]] = {}
    for s in sorted(stories, key=lambda s: s.key):
        by_lang.setdefault(s.lang, []).append(s)
    for pool in by_lang.values():
        rng.shuffle(pool)
    titles = [s.title for s in stories if s.title]
    own: dict[str, list[Story]] = {}
    for lang, pool in by_lang.items():
        pubs = [p for p in PUBLISHERS if p.lang == lang]
        share = min(per_publisher, len(pool) // max(1, len(pubs)))
        for i, pub in enumerate(pubs):
            own[pub.name] = pool[i * share : (i + 1) * share]
    pages: list[Page] = []
    for pub in PUBLISHERS:
        mine = own.get(pub.name, [])
        for n, story in enumerate(mine):
            day = _day(n, len(mine), backlog, days)
            if n % 9 == 4:  # a follow-up: repeats a paragraph of the story before it as background
                background = mine[n - 1].paragraphs[1]
                story = Story(story.key, story.lang, story.title, (*story.paragraphs[:2], background,
                                                                    *story.paragraphs[2:]))
                own[pub.name][n] = story
            pages.append(_page(pub, story, day, rng, titles, days))
            if n % 12 == 5:  # re-posted under a new URL, one paragraph edited, two days later
                edited = list(story.paragraphs)
                edited[-1] = edited[-1].rstrip(".") + ", officials added."
                pages.append(_page(pub, Story(story.key, story.lang, story.title, tuple(edited)), min(day + 2,
                              days - 1), rng, titles, days, copy="reposted"))
    # a quarter of each publisher's stories also run at another publisher of the same language
    for pub in PUBLISHERS:
        others = [p for p in PUBLISHERS if p.lang == pub.lang and p.name != pub.name]
        if not others:
            continue
        mine = own.get(pub.name, [])
        for n, story in enumerate(mine):
            if n % 4 == 1:
                day = min(_day(n, len(mine), backlog, days) + 1, days - 1)
                pages.append(_page(others[n % len(others)], story, day, rng, titles, days, copy="republished"))
    pages.sort(key=lambda p: (p.seen_at, p.url))
    return pages


def _day(n: int, total: int, backlog: int, days: int) -> int:
    """The pass of a publisher's n-th story: the backlog on day 0, the rest spread over the other days."""
    if n < backlog:
        return 0
    return 1 + (n - backlog) * (days - 1) // max(1, total - backlog)


def _page(pub: Publisher, story: Story, day: int, rng: random.Random, titles: list[str], days: int,
          copy: str = "") -> Page:
    seen_at = day * DAY + rng.uniform(0, DAY / 2)
    suffix = {"": "", "republished": "", "reposted": "-update"}[copy]
    url = f"https://{pub.host}/{day:02d}/{_slug(story.title or story.key)}{suffix}"
    injected: list[tuple[str, str]] = []  # (sentence, kind)
    blocks: list[str] = []  # HTML paragraphs

    def para(text: str) -> None:
        blocks.append(f"<p>{html.escape(text)}</p>")

    def other_headline() -> str:
        return rng.choice(titles) if titles else "More news from the region"

    if pub.header:
        header = [_fill(s, rng, "", day) for s in pub.header]
        para(" ".join(header))
        injected += [(s, "header") for s in header]
    body = list(story.paragraphs)
    story_sentences: list[str] = []
    formula = pub.formula if pub.formula and rng.random() < 0.33 else ""
    for i, text in enumerate(body):
        if i == 0 and pub.dateline:
            text = pub.dateline + text
        if formula and i == len(body) // 2 and text[:1].isupper() and not text[1:2].isupper():
            text = formula + text[0].lower() + text[1:]
        glued = ""
        if i == len(body) - 1 and pub.glued and rng.random() < 0.7:
            glued = _fill(pub.glued, rng, "", day)
            injected.append((glued, "attribution"))
        story_sentences += sentences(text)
        para(text + glued)  # glued: no space, as publishing systems do
        if pub.related and i in (1, 4) and rng.random() < 0.8:
            teaser = _fill(pub.related, rng, other_headline(), day)
            injected.append((teaser, "related"))
            if pub.related_is_link:
                headline = headline_of(teaser, pub.related)
                label = teaser[: len(teaser) - len(headline)]
                link = f'<a href="https://{pub.host}/more/{_slug(headline)}">{html.escape(headline)}</a>'
                blocks.append(f"<p>{html.escape(label)}{link}</p>")
            else:
                para(teaser)
    footer = pub.footer_late if pub.footer_late and day >= days // 2 else pub.footer
    if footer:
        filled = [_fill(s, rng, other_headline(), day) for s in footer]
        para(" ".join(filled))
        injected += [(s, "footer") for s in filled]
    if pub.authors:
        author = rng.choices(pub.authors, weights=[a.weight for a in pub.authors])[0]
        para(" ".join(author.bio))
        injected += [(s, "bio") for s in author.bio]
    page = f"""<!DOCTYPE html><html lang="{pub.lang}"><head><meta charset="utf-8">
<title>{html.escape(story.title)} | {html.escape(pub.name)}</title><link rel="canonical" href="{url}">
</head><body><header><nav><a href="https://{pub.host}/">{html.escape(pub.name)}</a> <a href="/politics">Politics</a>
<a href="/sport">Sport</a></nav></header><main><article><h1>{html.escape(story.title)}</h1>
{chr(10).join(blocks)}</article></main><footer><p>© 2025 {html.escape(pub.name)} · Imprint · Privacy</p></footer>
</body></html>"""
    return Page(url, pub.host, pub.name, page, seen_at, story_sentences, [s for s, _ in injected],
                [k for _, k in injected], story.key, copy)


def headline_of(teaser: str, template: str) -> str:
    """The headline part of a filled teaser template."""
    prefix = template.split("{headline}")[0]
    return teaser[len(prefix):]
