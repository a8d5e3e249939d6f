"""The rules added with per-source learning: link-only paragraphs, "more on this" headings, page metadata,
credits, calls to action, disclosures and widgets (ingest/rules/boilerplate.yaml, ingest.clean, ingest.extract).

Every fixture text is written for these tests.
"""

from __future__ import annotations

import pytest

from ingest.clean import Rules, RulesError, clean_text, load_rules, parse_rules
from ingest.extract import extract_page

REAL = ("The harbour of Northport reopened on Tuesday after three months of repairs to the sea wall that the "
        "January storm had breached, the port authority said.")
REAL2 = ("Fishing boats returned to their moorings in the morning, and the first ferry to the islands left "
         "shortly after ten with about two hundred passengers on board.")


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


PAGE = f"""<!DOCTYPE html><html lang="en"><head><title>Harbour reopens</title>
<link rel="canonical" href="https://gazette.example/news/harbour-reopens"></head><body>
<nav><a href="/">Home</a> <a href="/imprint">Imprint</a></nav>
<main><article>
<h1><a href="https://gazette.example/news/harbour-reopens">Harbour reopens after the storm repairs</a></h1>
<p>{REAL}</p>
<p>Also on the Gazette: <a href="/news/ferry-timetable">Ferry timetable changes from the first of May</a></p>
<p><a href="https://gazette.example/news/bridge">New bridge opens to cyclists next spring</a></p>
<p>{REAL2} The <a href="/news/islands">island ferry service</a> will run twice a day.</p>
<p><a href="#comments">Jump to the comments of this story</a></p>
<p><a href="/imprint">Imprint</a></p>
</article></main></body></html>"""


def test_link_lines_go_inline_links_and_self_links_stay(rules: Rules) -> None:
    page = extract_page(PAGE, "https://gazette.example/news/harbour-reopens?utm_source=rss")
    assert page is not None
    assert "Ferry timetable changes from the first of May" in page.link_texts
    assert "Harbour reopens after the storm repairs" not in page.link_texts  # its own permalink
    assert "Jump to the comments of this story" not in page.link_texts  # a section of the page itself
    cleaned = clean_text(page.text, rules, link_texts=page.link_texts)
    assert list(zip(cleaned.removed, cleaned.removed_by, strict=True)) == [
        ("Also on the Gazette: Ferry timetable changes from the first of May", "link-line"),
        ("New bridge opens to cyclists next spring", "link-line"),
    ]
    assert REAL in cleaned.text and "island ferry service will run twice a day" in cleaned.text
    # without the page's links, a link rule has nothing to go on
    assert "New bridge opens to cyclists next spring" in clean_text(page.text, rules).text


@pytest.mark.parametrize(
    ("line", "link"),
    [
        ("Also on the Echo What is Rust and why is it so popular?", "What is Rust and why is it so popular?"),
        ("► Ferry timetable changes from the first of May", "Ferry timetable changes from the first of May"),
        ("In case you missed it: Bridge", "Bridge"),  # a known label: a link of any length
        ("Passend dazu: Brücke gesperrt", "Brücke gesperrt"),
        # a long headline after an unknown label: the whole rest is the link
        ("From the paddock: Black Women Battling Breast Cancer Deserve More Wig Options, According to the Founder "
         "of a Small Salon", "Black Women Battling Breast Cancer Deserve More Wig Options, According to the Founder "
         "of a Small Salon"),
    ],
)
def test_a_linked_headline_after_an_unmarked_label_or_a_bullet_goes(rules: Rules, line: str, link: str) -> None:
    cleaned = clean_text(f"{REAL}\n{line}\n{REAL2}", rules, link_texts={link})
    assert cleaned.text == f"{REAL}\n{REAL2}" and cleaned.removed == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Officials cited the National Weather Service forecast office",  # the label runs on into it
        "Warnings came from National Weather Service forecast office",
        "He said, according to the National Weather Service forecast office",  # the lead ends a clause
        "Five officials from three counties cited National Weather Service forecast office",  # a long lead
        "Officials cited the National Weather Service forecast office.",  # ends as a sentence, after the link
    ],
)
def test_reporting_that_ends_with_a_link_stays(rules: Rules, line: str) -> None:
    links = {"the National Weather Service forecast office", "National Weather Service forecast office"}
    assert clean_text(f"{REAL}\n{line}", rules, link_texts=links).text == f"{REAL}\n{line}"


def test_short_links_are_not_taken_for_teasers(rules: Rules) -> None:
    links = frozenset({"Imprint", "Northport Gazette", "Ferry timetable changes from the first of May"})
    text = f"{REAL}\nImprint\nNorthport Gazette\n{REAL2}"
    assert clean_text(text, rules, link_texts=links).text == text


PARAGRAPH_CASES = [
    ("en-more-heading", "Related stories"),
    ("en-more-heading", "More from the Northport Gazette:"),
    ("de-more-heading", "Weitere Artikel zum Thema"),
    ("de-more-heading", "Dieses Thema könnte dich auch interessieren:"),
    ("fr-more-heading", "Articles similaires"),
    ("es-more-heading", "Contenido relacionado"),
    ("es-teaser-prefix", "MIRA: Vecinos limpian la playa tras el temporal"),
    ("es-more-heading", "Claves de la noticia"),
    ("en-teaser-prefix", "WATCH: Ferry leaves port for the first time since January"),
    ("date-line", "23.10.2018"),
    ("date-line", "Aktualisiert am 17.01.2021."),
    ("date-line", "January 13, 2020 at 08:45 AM"),
    ("taxonomy-line", "Tags: harbour, storm, ferries"),
    ("credit-line", "Photo: Jane Fielding / Northport Gazette"),
    ("credit-line", "Beitragsbild: Hafen von Northport, Archiv"),
    ("de-source-line", "Quelle: Hafenbehörde Northport"),
    ("en-newsletter-cta", "Never miss the latest news by signing up to our newsletter today!"),
    ("de-newsletter-cta", "Zum Newsletter anmelden"),
    ("es-social-cta", "¡Mira lo que tiene nuestro canal de YouTube!"),
    ("en-support-cta", "If you enjoyed reading this post, would you consider supporting our work?"),
    ("de-support-cta", "Unterstütze unsere Redaktion jetzt mit einem Abo!"),
    ("en-comment-prompt", "We want to hear what you think about this article."),
    ("de-comment-prompt", "Sie sind aktuell nicht eingeloggt."),
    ("fr-paywall", "Pour lire la suite, abonnez-vous"),
    ("en-ad-disclosure", "This post contains affiliate links; we may earn a commission."),
    ("de-ad-disclosure", "*Werbung. Dieser Beitrag enthält Werbung für eine Hafenrundfahrt."),
    ("de-embed-widget", "Klicken Sie auf den unteren Button, um den Inhalt von maps.example zu laden."),
    ("en-embed-widget", "Share this:"),
    ("contact-line", "Pressekontakt:"),
    ("en-more-heading", "Most read on the Gazette"),
    ("en-more-heading", "Trending on KNPT 4"),
    ("de-more-heading", "Meistgelesen bei der Hafenpost"),
    ("fr-more-heading", "Les plus lus sur La Gazette"),
    ("es-more-heading", "Lo más leído en La Gaceta"),
    ("en-gambling-helpline", "21+ and present in Ohio. Gambling problem? Call 1-800-555-0199."),
    ("en-gambling-helpline", "If you or someone you know has a gambling problem, help is available."),
    ("de-gambling-helpline", "18+. Glücksspiel kann süchtig machen. Hilfe unter 0800 555 0199."),
    ("fr-gambling-helpline", "Jouer comporte des risques : endettement, isolement, dépendance."),
    ("es-gambling-helpline", "+18. Juega con responsabilidad."),
    ("en-odds-source", "Odds by Harbour Sportsbook, current as of 9 a.m.; lines are subject to change."),
    ("ad-label", "Publicidad"),
    ("ad-label", "— Advertisement —"),
    ("shouted-media-teaser", "VIDÉO – Les images de notre correspondant à Saint-Pierre"),
    ("shouted-media-teaser", "FOTOS: El temporal en la costa"),
    ("wire-credit-line", "(Ironbridge Wire)"),
]


@pytest.mark.parametrize(("rule_id", "boiler"), PARAGRAPH_CASES)
def test_new_paragraph_rules(rules: Rules, rule_id: str, boiler: str) -> None:
    cleaned = clean_text(f"{REAL}\n{boiler}\n{REAL2}", rules)
    assert cleaned.text == f"{REAL}\n{REAL2}"
    assert cleaned.removed == [boiler] and cleaned.removed_by == [rule_id]


def test_a_box_heading_takes_its_list_and_a_subhead_keeps_its_own(rules: Rules) -> None:
    box = ["Most read on the Gazette", "- Ferry timetable changes from the first of May",
           "- New bridge opens to cyclists next spring", "- Harbour master retires after 30 years"]
    story_list = ["What changes for passengers", "- Two ferries a day to the islands",
                  "- Tickets only at the harbour office"]
    cleaned = clean_text("\n".join([REAL, *box, REAL2, *story_list]), rules)
    assert cleaned.removed == box and set(cleaned.removed_by) == {"en-more-heading"}
    assert cleaned.text == "\n".join([REAL, REAL2, *story_list])
    # the list ends at the first line that is not a list item: the story goes on after it
    cleaned = clean_text("\n".join([*box[:2], REAL, "- Two ferries a day to the islands"]), rules)
    assert cleaned.text == "\n".join([REAL, "- Two ferries a day to the islands"])


def test_a_heading_that_ends_in_its_own_link_leaves_the_list_after_it(rules: Rules) -> None:
    """ "Mehr zum Thema ▸ <headline>" is a teaser of one line (its headline a link on the page), not a box's
    heading: the council's decisions listed right after it are the story's."""
    teaser = "Mehr zum Thema ▸ Was wir über uns nicht hören wollen"
    decisions = ["- neue Tarife für das Freibad (einstimmig)", "- Kurzparkzone im Ortszentrum (einstimmig)"]
    text = "\n".join([REAL, teaser, *decisions, REAL2])
    cleaned = clean_text(text, rules, link_texts={"Was wir über uns nicht hören wollen"})
    assert cleaned.removed == [teaser] and cleaned.text == "\n".join([REAL, *decisions, REAL2])
    # the heading alone, or a link that is the whole heading, heads its box
    for heading, links in (("Weitere Artikel zum Thema", set()),
                           ("Weitere Artikel zum Thema", {"Weitere Artikel zum Thema"})):
        cleaned = clean_text("\n".join([REAL, heading, *decisions, REAL2]), rules, link_texts=links)
        assert cleaned.removed == [heading, *decisions], heading


@pytest.mark.parametrize("story", [
    "Queda prohibida la reproducción de las imágenes sin permiso del autor: así reza la primera página de "
    "«Pagalu», el libro de fotografías que presentó el martes el Centro Cultural.",
    "Téléchargez l'application Tanéo et vous saurez à la minute près quand passe votre bus : le syndicat mixte "
    "des transports a présenté son nouvel outil mardi.",
    "Subscribe to the Gazette's morning alerts and you will soon get them seven days a week: the paper's website "
    "will be updated on Sundays from 2 Nov., its editor, Mrs. Catriona M. Macdonald, announced.",
])
def test_a_call_quoted_before_a_colon_and_who_made_it_is_reporting(rules: Rules, story: str) -> None:
    assert clean_text(f"{REAL}\n{story}\n{REAL2}", rules).removed == []
    call = story.split(":")[0].rstrip()  # the call alone, or with a clause that reports nothing, still goes
    for line in (call + ".", call + ": it is free, and you can stop it at any time with one click."):
        assert clean_text(f"{REAL}\n{line}\n{REAL2}", rules).removed == [line], line


def test_off_topic_is_for_paragraph_rules() -> None:
    with pytest.raises(RulesError, match="s1.*off_topic"):
        parse_rules({"rules": [{"id": "s1", "kind": "sentence", "pattern": "x$", "why": "w", "off_topic": True}]})
    with pytest.raises(RulesError, match="p1.*off_topic"):
        parse_rules({"rules": [{"id": "p1", "kind": "paragraph", "pattern": "^x", "why": "w", "off_topic": 1}]})


def test_takes_list_is_for_paragraph_rules() -> None:
    with pytest.raises(RulesError, match="s1.*takes_list"):
        parse_rules({"rules": [{"id": "s1", "kind": "sentence", "pattern": "x$", "why": "w", "takes_list": True}]})
    with pytest.raises(RulesError, match="p1.*takes_list"):
        parse_rules({"rules": [{"id": "p1", "kind": "paragraph", "pattern": "^x", "why": "w", "takes_list": "yes"}]})


@pytest.mark.parametrize("credit", [" mit dpa", " (dpa/lsw)", "(AFP)", " (AFP/Reuters)", " con EFE"])
def test_glued_agency_credit(rules: Rules, credit: str) -> None:
    last = "Ermittler untersuchten, ob ein defektes Gerät den Brand verursacht hat."
    cleaned = clean_text(f"{REAL}\n{last}{credit}", rules)
    assert cleaned.text == f"{REAL}\n{last}" and cleaned.removed_by == ["agency-credit-glued"]


@pytest.mark.parametrize(("last", "credit"), [("Il a été arrêté mardi à Dakar.", " (APS)"),
                                             ("The ferry will run again on Friday.", "\n– RNZ"),
                                             ("Der Prozess beginnt im Mai.", " (APA/red)"),
                                             ("Der Prozess beginnt im Mai.", " (red./APA)")])
def test_an_agencys_letters_after_the_last_sentence_go(rules: Rules, last: str, credit: str) -> None:
    cleaned = clean_text(f"{REAL}\n{last}{credit}", rules)
    assert cleaned.text == f"{REAL}\n{last}" and cleaned.removed == [credit.strip()]


@pytest.mark.parametrize("text", ["Officials at the World Health Organization (WHO)",
                                  "Talks resume next week (UN).", "It rained hard on the coast (NIWA)"])
def test_letters_in_parentheses_inside_a_sentence_stay(rules: Rules, text: str) -> None:
    assert clean_text(f"{REAL}\n{text}", rules).text == f"{REAL}\n{text}"


def test_a_sentence_rule_finds_its_cut_at_the_end_of_a_long_paragraph(rules: Rules) -> None:
    """Sentence rules search only a paragraph's tail (their cut is at most ``max_chars``): on a paragraph of
    a few thousand characters the cut is the same as on a short one, and a match that would be longer than
    the rule allows is still no cut."""
    long = " ".join(["Ermittler untersuchten, ob ein defektes Gerät den Brand verursacht hat."] * 60)
    cleaned = clean_text(f"{REAL}\n{long} (dpa/lsw)", rules)
    assert cleaned.text == f"{REAL}\n{long}" and cleaned.removed == ["(dpa/lsw)"]
    tail = "Stay connected for news that matters " + "and more " * 120 + "here: Harbour news"
    assert clean_text(f"{REAL}\n{long} {tail}", rules).text == f"{REAL}\n{long} {tail}"


@pytest.mark.parametrize(("glued", "rule_id"), [("(Foto: Néstor Soto)", "credit-glued-parenthesized"),
                                                ("Fuente: IP.", "source-glued"), (" Quelle: APA", "source-glued")])
def test_a_glued_picture_credit_or_source_goes(rules: Rules, glued: str, rule_id: str) -> None:
    last = "Hasta ahora, la aplicación funcionaba solo en el Hospital Central."
    cleaned = clean_text(f"{REAL}\n{last}{glued}", rules)
    assert cleaned.text == f"{REAL}\n{last}" and cleaned.removed_by == [rule_id]


@pytest.mark.parametrize("text", [
    "The figures come from the county. Source: the farm bureau, which counted every herd in the valley last year.",
    "The app shows a photo (photo: the new ward) at the start of every booking, the hospital said.",
])
def test_a_source_or_a_credit_inside_reporting_stays(rules: Rules, text: str) -> None:
    assert clean_text(f"{REAL}\n{text}", rules).text == f"{REAL}\n{text}"


def test_glued_credit(rules: Rules) -> None:
    caption = "The sea wall at dawn on Tuesday."
    cleaned = clean_text(f"{REAL}\n{caption} © AFP / Jane Fielding", rules)
    assert cleaned.text == f"{REAL}\n{caption}" and cleaned.removed_by == ["credit-glued"]


TRUE_NEGATIVES = [
    "Advertising revenue at the paper fell by a third last year, the publisher said.",
    "Vidéo et musique : le festival ouvre ses portes samedi à Saint-Pierre",
    "(the wire was cut before the storm)",
    "More than 200 people attended the reopening, the organisers said.",
    "Related companies were not affected by the ruling, the court found.",
    "Weitere Informationen will die Stadt am Montag vorlegen, sagte ein Sprecher.",
    "Watch: the word the harbour master used twice in her speech, was echoed by the crowd.",
    "The 23.10.2018 agreement was cancelled by the new council in March.",
    "Tags on the containers showed they had been loaded in Rotterdam, customs said.",
    "Photo evidence presented in court showed the damaged sea wall.",
    "Quellen aus dem Rathaus bestätigten den Verkauf des Hafengeländes an einen Investor.",
    "The company said readers could sign up for its newsletter, which it launched last year.",
    "Unterstützung für das Projekt kam auch von der Landesregierung, hieß es.",
    "Advertisement revenue at the Gazette fell by a fifth last year, the annual report shows.",
    "Anzeige gegen den Bürgermeister erstattet: Die Staatsanwaltschaft prüft den Fall.",
    "Contact between the two ships was avoided by a few metres, the coast guard said.",
    "Loading cranes worked through the night to clear the backlog.",
    "The talks were held in Berlin with dpa.",
    "The agency's reporters (AP) were not allowed in, the ministry said.",
    "Most read of all were the harbour master's letters, the archivist said.",
    "The odds by the end of the season looked long, the coach admitted.",
    "Gambling problems cost the state millions a year, the report found.",
]


@pytest.mark.parametrize("para", TRUE_NEGATIVES)
def test_reporting_is_kept(rules: Rules, para: str) -> None:
    text = f"{REAL}\n{para}\n{REAL2}"
    assert clean_text(text, rules).text == text


@pytest.mark.parametrize(("rule", "message"), [
    ({"id": "l1", "kind": "link", "pattern": "^(?P<x>.+)$", "why": "w"}, "l1.*link"),
    ({"id": "l2", "kind": "paragraph", "pattern": "^x", "why": "w", "min_words": 2}, "l2.*min_words"),
    ({"id": "l3", "kind": "link", "pattern": "^(?P<link>.+)$", "why": "w", "min_words": 0}, "l3.*min_words"),
])
def test_link_rule_fields_are_validated(rule: dict[str, object], message: str) -> None:
    with pytest.raises(RulesError, match=message):
        parse_rules({"rules": [rule]})
