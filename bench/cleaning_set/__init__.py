"""Independent evaluation set for feedlake's in-body boilerplate cleaning.

``build(seed)`` returns ~5,850 labelled news pages from 153 fictional publishers ("CMSs"), split by
publisher into nineteen halves: 'tune' and 'test' (the cleaner was tuned on them), 'holdout' (written later,
measured once, then tuned on too), 'holdout2' (written later still, by someone who had not read the
cleaner, with markup and chrome of kinds the other halves lack; measured once, then tuned on), 'holdout3'
(again written without reading the cleaner and before it was run on: a TV station, a business site, a
sports site, a paywalled German daily, a German public broadcaster, a French overseas daily, a French
alt-weekly and a Spanish-language US outlet; since tuned on as well), 'holdout4' (written the same way: a
wire service, a small-town weekly, a UK tabloid, a Swiss and an Austrian regional site, a Belgian regional
site, a Québec daily and a Spanish regional daily; since tuned on as well), 'holdout5' (written the same
way: a US public-radio station, an Irish regional daily, an Indian business site, a German tech magazine, a
Luxembourg site, a French sports daily, a Mexican national site and an Argentine regional site; measured
once -- residue 16.21%, recall 99.76% -- and now tuned on), 'holdout6' (written the same way: a Canadian
public broadcaster's northern service, an Australian metro daily, a New Zealand rural weekly, a German
local-news aggregator, a Swiss business paper, a Senegalese news site, a French regional radio and a Chilean
regional daily; since tuned on as well), 'holdout7' (written the same way: a US state-capitol nonprofit
newsroom, a Scottish regional daily, a South African digital news site, an Austrian public broadcaster's
regional studio, a German logistics trade site, a Moroccan French-language news site, a Swiss French-language
daily and a Colombian regional site; since tuned on as well), 'holdout8' (written the same way: a US
Gulf-coast TV station's website, a Welsh-border weekly written in English, a Nigerian English-language daily, a
German regional public radio's website, a Swiss German farming weekly, a Belgian (Walloon) business site, an
Ivorian news site and a Uruguayan regional daily; measured once, then tuned on), 'holdout9' (written the same
way: a US Midwest public-radio newsroom collaborative, a Trinidad evening daily, a Kenyan news site, a Saxon
regional business daily, a Graz city magazine, a Martinique daily, a Canary Islands news site and a Paraguayan
national site; measured once, then tuned on), 'holdout10' (written the same way: an English-language TV station
in the Yuma / Imperial Valley border area, a Ghanaian news site, a Bavarian local paper, an East Belgian
German-language daily, an Acadian regional site, a Belgian French-language sports site, a Peruvian regional daily
and a Yucatán state daily; measured once, then tuned on), 'holdout11' (written the same way: a Cebu-based
Philippine regional wire desk, a Fijian radio station's news site, a German-language city weekly in Bolzano (South
Tyrol), a German-language daily in Windhoek (Namibia), a Bordeaux wine-trade weekly, a Beirut French-language
daily, a Dominican TV station's website and an Ecuadorian regional daily in Cuenca; measured once -- residue
7.26%, recall 99.91% -- then tuned on), 'holdout12' (written the same way: a Kampala university's student paper
(Uganda), a Newfoundland fishing trade site, a Liechtenstein regional daily, a German-language Lutheran community
weekly in Sibiu (Transylvania, Romania), a Malagasy business wire, a Saint-Pierre-et-Miquelon public broadcaster's
radio, a Costa Rican farm trade site and a Panamanian tabloid; measured once -- residue 5.25%, recall 99.34% --
then tuned on), 'holdout13' (written the same way: a Bozeman, Montana TV station, a Guwahati regional news site
(Assam, India), a Swiss motoring magazine in Zurich, an Austrian hunting association's magazine in Carinthia, a
Franco-Manitoban community radio, a Valais regional TV station's website, a Santa Cruz de la Sierra regional daily
(Bolivia) and a Nicaraguan baseball federation's news page; measured once -- residue 8.44%, recall 99.75% -- then
tuned on), 'holdout14' (written the same way: a Launceston regional daily (Tasmania), a Whitehorse commercial
radio's newsroom (Yukon), a hop-growers' trade weekly in the Hallertau (Bavaria), a German-language daily of the
German minority in Aabenraa (North Schleswig, Denmark), a Rimouski city weekly (Québec), a Douala daily
(Cameroon), a Quetzaltenango regional news site (Guatemala) and a Balearic tourism trade daily in Palma; measured
once -- residue 4.95%, recall 99.14% -- then tuned on), 'holdout15' (written the same way: an English-language
daily in Valletta (Malta), a public radio station in Bethel on the Yukon-Kuskokwim Delta (Alaska), a regional news
site in Dornbirn (Vorarlberg, Austria), the Catholic diocesan weekly of Münster (Westphalia), a Cap-Haïtien news
site (Haiti), a weekly of the Aven country in Quimperlé (Brittany), a Galician-coast fishing news site in Vigo and
a San Pedro Sula daily (Honduras); measured once -- residue 7.97%, recall 99.82% -- then tuned on),
'holdout16' (written the same way: a community weekly in Stornoway (Isle of Lewis, Outer Hebrides), a commercial
radio station's newsroom in Hagåtña (Guam), a local daily in Leer (East Frisia), a district weekly in Zell am See
(Pinzgau, Salzburg), a Libreville daily (Gabon), a Nouméa news site (New Caledonia), a Comodoro Rivadavia daily
(Chubut, Patagonia) and a Malabo news site (Equatorial Guinea); measured once -- residue 5.15%, recall 98.60% --
then tuned on) and 'holdout17' (written last, again without reading the cleaner and before it was run on: a weekly
in Jamestown (Saint Helena, South Atlantic), an English-language news site in Tórshavn (Faroe Islands), an island
weekly on Helgoland (North Sea), a dairy-farming trade paper in Kempten (Allgäu, Bavarian Swabia), a Cayenne daily
(French Guiana), a French-language news site in Aosta (Aosta Valley, Italy), an Ushuaia daily (Tierra del Fuego)
and a community radio's newsroom in Hanga Roa (Rapa Nui, Easter Island); never tune on it: score it only to
report).  Adding the
holdout half left the tune and test pages exactly as they were, adding holdout2 left the pages of the three
others exactly as they were, adding holdout3 left the pages of the four others exactly as they were, adding
holdout4 left the pages of the five others exactly as they were, adding holdout5 left the pages of the
six others exactly as they were, adding holdout6 left the pages of the seven others exactly as they
were, adding holdout7 left the pages of the eight others exactly as they were, adding holdout8 left the
pages of the nine others exactly as they were, adding holdout9 left the pages of the ten others exactly as
they were, adding holdout10 left the pages of the eleven others exactly as they were, adding holdout11 left
the pages of the twelve others exactly as they were, adding holdout12 left the pages of the thirteen others
exactly as they were, adding holdout13 left the pages of the fourteen others exactly as they were, adding
holdout14 left the pages of the fifteen others exactly as they were, adding holdout15 left the pages of the
sixteen others exactly as they were, adding holdout16 left the pages of the seventeen others exactly as they
were, and adding holdout17 left the pages of the eighteen others exactly as they were.  Story
text is real (paragraphs of the trafilatura evaluation corpus, read at run time from ``../shared/corpus``) or
written for the set (templated local-desk stories, stories about newsletters, copyright, subscriptions, app
launches, papers closing, alerts, pledge drives, donation campaigns, awards and corrections); the boilerplate is what
news sites put inside article bodies, and some holdout2, holdout3, holdout4, holdout5, holdout6, holdout7,
holdout8, holdout9, holdout10, holdout11, holdout12, holdout13, holdout14, holdout15, holdout16 and holdout17 story
text is marked up as subheads, lists, quotations and fact boxes.
Each page carries its ground truth: the true body paragraphs, their sentences, and every injected
boilerplate sentence with its kind.  See ``python -m bench.cleaning_set --help``.

Scoring helpers (pure; ``texts`` aligned with ``pages``; presence after collapsing whitespace):
``residue``, ``story_recall``, ``shingle_prf``, ``per_source``, ``missing_paragraphs``.
"""

from __future__ import annotations

from bench.cleaning_set.check import check as _check
from bench.cleaning_set.cms import Publisher
from bench.cleaning_set.page import Page
from bench.cleaning_set.publishers_holdout import HOLDOUT
from bench.cleaning_set.publishers_holdout2 import HOLDOUT2
from bench.cleaning_set.publishers_holdout3 import HOLDOUT3
from bench.cleaning_set.publishers_holdout4 import HOLDOUT4
from bench.cleaning_set.publishers_holdout5 import HOLDOUT5
from bench.cleaning_set.publishers_holdout6 import HOLDOUT6
from bench.cleaning_set.publishers_holdout7 import HOLDOUT7
from bench.cleaning_set.publishers_holdout8 import HOLDOUT8
from bench.cleaning_set.publishers_holdout9 import HOLDOUT9
from bench.cleaning_set.publishers_holdout10 import HOLDOUT10
from bench.cleaning_set.publishers_holdout11 import HOLDOUT11
from bench.cleaning_set.publishers_holdout12 import HOLDOUT12
from bench.cleaning_set.publishers_holdout13 import HOLDOUT13
from bench.cleaning_set.publishers_holdout14 import HOLDOUT14
from bench.cleaning_set.publishers_holdout15 import HOLDOUT15
from bench.cleaning_set.publishers_holdout16 import HOLDOUT16
from bench.cleaning_set.publishers_holdout17 import HOLDOUT17
from bench.cleaning_set.publishers_test import TEST
from bench.cleaning_set.publishers_tune import TUNE
from bench.cleaning_set.text import missing_paragraphs, per_source, residue, shingle_prf, split_sentences, story_recall

__all__ = ["Page", "Publisher", "build", "publishers", "residue", "story_recall", "shingle_prf", "per_source",
           "missing_paragraphs", "split_sentences", "_check"]


def publishers() -> list[Publisher]:
    """The publisher templates (each with its ``half``, ``lang``, habits, skin and page plan)."""
    return [*TUNE, *TEST, *HOLDOUT, *HOLDOUT2, *HOLDOUT3, *HOLDOUT4, *HOLDOUT5, *HOLDOUT6, *HOLDOUT7, *HOLDOUT8,
            *HOLDOUT9, *HOLDOUT10, *HOLDOUT11, *HOLDOUT12, *HOLDOUT13, *HOLDOUT14, *HOLDOUT15,
            *HOLDOUT16, *HOLDOUT17]


def build(seed: int = 11) -> list[Page]:
    """All pages, sorted by (seen_at, url); deterministic for a seed (and a given corpus)."""
    from bench.cleaning_set.build import Builder

    return Builder(seed, publishers()).run()
