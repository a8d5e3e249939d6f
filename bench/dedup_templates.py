"""Hard negatives for ``bench.dedup_eval``: automated stories from templates, and stories sharing a quote.

Automated newsrooms fill one template per event: two heat warnings, two earnings briefs or two match
reports share most of their words and are still different stories. Each generator returns
``(negative_group, label, text, title)``; every document is a story of its own.
"""

from __future__ import annotations

import random

from bench.banding import sentences

Story = tuple[str, str, str, str]

TOWNS = [("Springfield", "Sangamon"), ("Shelbyville", "Shelby"), ("Riverton", "Fremont"), ("Lakeside", "Cole"),
         ("Franklin", "Warren"), ("Greenville", "Hunt"), ("Clinton", "Vermilion"), ("Georgetown", "Scott"),
         ("Salem", "Marion"), ("Madison", "Dane"), ("Fairview", "Major"), ("Ashland", "Boyd"),
         ("Dover", "Kent"), ("Burlington", "Des Moines"), ("Milton", "Santa Rosa"), ("Oxford", "Lafayette"),
         ("Winchester", "Clark"), ("Jackson", "Hinds"), ("Hudson", "St. Croix"), ("Auburn", "Lee"),
         ("Newport", "Campbell"), ("Bristol", "Sullivan"), ("Kingston", "Ulster"), ("Marion", "Grant")]
OFFICES = ["Lincoln", "Paducah", "Riverton", "Springfield", "Jackson", "Louisville"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VENUES = ["public library", "community center", "senior center", "high school gym", "city hall annex"]
UTILITIES = ["Central Electric Cooperative", "Ameren", "Valley Power", "City Water, Light and Power"]

HEAT = (
    "The National Weather Service in {office} has issued an excessive heat warning for {town} and the rest of "
    "{county} County from {d1} at noon until {d2} at {h} p.m.\n"
    "Afternoon temperatures are forecast to reach {t} degrees, with heat index values as high as {hi}. "
    "Overnight lows will only fall to around {lo}, offering little relief.\n"
    '"Extreme heat can be deadly, especially for older adults, young children and people with chronic '
    'illnesses," the agency said in its statement.\n'
    "Residents are urged to drink plenty of fluids, stay in air-conditioned rooms, stay out of the sun and "
    "check up on relatives and neighbors. Young children and pets should never be left unattended in "
    "vehicles under any circumstances.\n"
    "{town} officials said cooling centers will open at the {venue} from {o} a.m. to {c} p.m. {utility} "
    "asked customers to limit electricity use between 3 p.m. and 7 p.m."
)

COMPANIES = [("Acme Robotics", "ACMR", "Nasdaq", "Dana Whitfield", "Austin"),
             ("Bluewater Foods", "BWF", "NYSE", "Marcus Hale", "Chicago"),
             ("Cobalt Semiconductor", "CBLT", "Nasdaq", "Priya Raman", "San Jose"),
             ("Delta Freight", "DLTF", "NYSE", "Owen Brooks", "Memphis"),
             ("Evergreen Health", "EVGH", "NYSE", "Laura Chen", "Nashville"),
             ("Falcon Software", "FLCN", "Nasdaq", "Victor Osei", "Seattle"),
             ("Granite Materials", "GRMT", "NYSE", "Helen Novak", "Denver"),
             ("Harbor Bank", "HRBK", "NYSE", "Samuel Reyes", "Charlotte"),
             ("Ion Energy", "IONE", "Nasdaq", "Grace Kim", "Houston"),
             ("Juniper Retail", "JNPR", "NYSE", "Paul Meyer", "Columbus"),
             ("Keystone Insurance", "KSI", "NYSE", "Nora Quinn", "Hartford"),
             ("Lumen Media", "LUMN", "Nasdaq", "Diego Santos", "Los Angeles"),
             ("Meridian Pharma", "MRDN", "Nasdaq", "Eva Lindqvist", "Boston"),
             ("Northstar Airlines", "NSTR", "NYSE", "Frank Adler", "Minneapolis"),
             ("Orbit Telecom", "ORBT", "Nasdaq", "Ruth Mensah", "Atlanta"),
             ("Pinnacle Homes", "PNHM", "NYSE", "Carl Jensen", "Phoenix"),
             ("Quarry Steel", "QRYS", "NYSE", "Ian Walsh", "Pittsburgh"),
             ("Redwood Apparel", "RDWD", "Nasdaq", "Sofia Marino", "Portland"),
             ("Summit Chemicals", "SMCH", "NYSE", "Tariq Aziz", "Wilmington"),
             ("Tidal Logistics", "TDLG", "Nasdaq", "Yuki Tanaka", "Oakland")]
QUOTES = ["We delivered another quarter of disciplined execution and strong demand across our core markets",
          "Our teams continued to execute well in a challenging environment, and we remain confident in our "
          "long-term strategy", "The quarter reflected solid progress on our priorities, and we are raising our "
          "outlook for the rest of the year"]
EARNINGS = (
    "{co} ({ex}: {tk}) on {day} reported {q}-quarter earnings of ${eps} per share, {beat} analysts' average "
    "estimate of ${est} per share, according to data compiled by LSEG.\n"
    "Revenue {rdir} {rp}% from a year earlier to ${rev} billion, compared with the ${rest} billion analysts "
    "had expected. Net income was ${ni} million.\n"
    '"{quote}," Chief Executive {ceo} said in a statement.\n'
    "The {city}-based company {guid} its full-year forecast and now expects revenue of ${lo} billion to ${hi} "
    "billion.\n"
    "Shares of {co} {mv} {mp}% in extended trading after closing at ${close} on the {ex}. The stock has {yd} "
    "{yp}% so far this year."
)

TEAMS = ["Harbor City FC", "Riverside United", "Northgate Rovers", "Eastfield Athletic", "Millbrook Town",
         "Westport Albion", "Kingsbridge Wanderers", "Oakdale Rangers", "Stonebridge City", "Ashford Villa",
         "Brookhaven County", "Redcliffe Town", "Fairhaven United", "Glenmore Athletic", "Highbury Park",
         "Larkfield Rovers", "Marshgate FC", "Pinewood Borough", "Queensbury City", "Thornton Heath"]
PLAYERS = ["Luca Moretti", "James Okoro", "Ben Fischer", "Tomas Varga", "Ryan Doyle", "Kenji Sato", "Pedro Alves",
           "Sam Walker", "Nils Berg", "Omar Haddad", "Jack Turner", "Mateo Ruiz", "Ali Demir", "Chris Boyle"]
COACHES = ["Mark Ellison", "Gareth Price", "Steve Harmon", "Paolo Conti", "Neil Foster", "Dieter Kraus"]
SPORT_QUOTES = ["I thought we controlled the game for long spells and deserved the three points",
                "It was a hard-fought game but the lads showed real character after the break"]
SPORTS = (
    "{home} beat {away} {hs}-{aws} on {day} night at {home_ground} in front of a crowd of {crowd}.\n"
    "{p1} opened the scoring in the {m1}th minute, and {p2} doubled the lead shortly after halftime before {p3} "
    "pulled one back for {away} in the {m3}th minute.\n"
    '"{quote}," {home} manager {coach} said after the match.\n'
    "The win moves {home} to {pts} points, {pos} in the table, while {away} remain on {pts2} points. {home} "
    "visit {nxt} next {nday}."
)


def _money(rng: random.Random, lo: float, hi: float) -> str:
    return f"{rng.uniform(lo, hi):.2f}"


def templated_stories(rng: random.Random) -> list[Story]:
    out: list[Story] = []
    for i, (town, county) in enumerate(TOWNS):
        t = rng.randint(96, 110)
        d = rng.randrange(7)
        text = HEAT.format(office=rng.choice(OFFICES), town=town, county=county, d1=DAYS[d], d2=DAYS[(d + 2) % 7],
                           h=rng.randint(7, 9), t=t, hi=t + rng.randint(3, 9), lo=rng.randint(74, 82),
                           venue=rng.choice(VENUES), o=rng.randint(8, 10), c=rng.randint(6, 9),
                           utility=rng.choice(UTILITIES))
        out.append(("heat", f"heat-{i}", text, f"Excessive heat warning issued for {town}"))
    for i, (co, tk, ex, ceo, city) in enumerate(COMPANIES):
        eps, est = float(_money(rng, 0.2, 4)), 0.0
        est = round(eps * rng.uniform(0.85, 1.1), 2)
        rev = float(_money(rng, 0.5, 40))
        text = EARNINGS.format(
            co=co, ex=ex, tk=tk, day=rng.choice(DAYS[:5]), q=rng.choice(["first", "second", "third", "fourth"]),
            eps=f"{eps:.2f}", est=f"{est:.2f}", beat="beating" if eps > est else "missing",
            rdir=rng.choice(["rose", "fell"]), rp=rng.randint(1, 25), rev=f"{rev:.2f}",
            rest=f"{rev * rng.uniform(0.9, 1.1):.2f}", ni=rng.randint(20, 2000), quote=rng.choice(QUOTES), ceo=ceo,
            city=city, guid=rng.choice(["raised", "cut", "reaffirmed"]), lo=f"{rev * 3.8:.1f}", hi=f"{rev * 4.2:.1f}",
            mv=rng.choice(["rose", "fell"]), mp=f"{rng.uniform(0.5, 12):.1f}", close=_money(rng, 10, 400),
            yd=rng.choice(["gained", "lost"]), yp=rng.randint(2, 60))
        out.append(("earnings", f"earnings-{i}", text, f"{co} quarterly results"))
    for i in range(len(TEAMS)):
        home, away, nxt = TEAMS[i], TEAMS[(i + 7) % len(TEAMS)], TEAMS[(i + 3) % len(TEAMS)]
        hs = rng.randint(2, 4)
        scorers = rng.sample(PLAYERS, 3)
        crowd = f"{rng.randint(4, 40)},{rng.randint(100, 999)}"
        text = SPORTS.format(home=home, away=away, hs=hs, aws=hs - rng.randint(1, 2), day=rng.choice(DAYS),
                             home_ground=f"{home.split()[0]} Stadium", crowd=crowd,
                             p1=scorers[0], p2=scorers[1], p3=scorers[2], m1=rng.randint(5, 40), m3=rng.randint(60, 89),
                             quote=rng.choice(SPORT_QUOTES), coach=rng.choice(COACHES), pts=rng.randint(10, 60),
                             pos=rng.choice(["second", "fourth", "seventh", "ninth", "12th"]), pts2=rng.randint(5, 55),
                             nxt=nxt, nday=rng.choice(DAYS))
        out.append(("sports", f"sports-{i}", text, f"{home} beat {away}"))
    return out


def quote_stories(spare: list[str], rng: random.Random, quotes: int = 15) -> list[Story]:
    """Different stories (unused corpus texts) that quote one long passage (60-130 words) each."""
    pool = [t for t in spare if 80 <= len(t.split()) <= 500]
    rng.shuffle(pool)
    out: list[Story] = []
    speakers = ["the minister", "the mayor", "a spokesperson for the agency", "the union leader", "the court"]
    for q in range(quotes):
        source = sentences(pool.pop())
        start = rng.randrange(max(1, len(source) - 6))
        passage = []
        for s in source[start:]:
            passage.append(s)
            if len(" ".join(passage).split()) >= rng.randint(60, 130):
                break
        quote = f'"{" ".join(passage)}", said {rng.choice(speakers)}.'
        for k in range(rng.choice([2, 2, 3])):
            host = pool.pop().split("\n")
            at = rng.randint(1, max(1, len(host) - 1))
            text = "\n".join([*host[:at], quote, *host[at:]])
            out.append((f"quote:{q}", f"quote{q}-{k}", text, host[0][:80]))
    return out
