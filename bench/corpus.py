"""A generated news corpus for the pipeline benchmark: deterministic by seed, realistic in shape.

Each article is a page as an outlet would publish it, in plain text (one block per line): section
navigation, a headline and standfirst, a byline and a publication stamp, share buttons, a dateline
opening the first paragraph, "Advertisement" breaks, a list of related headlines, newsletter
prompts and a copyright line around a body of 300-2,000 words (about 600 on average by default)
about one of a pool of running stories: people, organisations and places, quotes, and figures
(counts of people, money, percentages, ranges, durations, distances) with their attributions
("according to X", "X said"). A few articles are syndicated copies of another outlet's story with
a line rewritten (near-duplicates), as on a real wire.

Articles come from 24 outlets (``SOURCES``), so that the raw topic's partitions (by source) all get
work. ``Corpus(seed).article(n)`` depends only on ``seed`` and ``n``, so a run can take as many
articles as it needs. ``received_articles`` turns texts into ArticleReceived events through the
ingestor's own reader (``services.ingestor.sources.read_inputs``), as ``copydesk ingest`` does.
"""

from __future__ import annotations

import math
import random
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from events.models import ArticleReceived

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


@dataclass(frozen=True)
class Outlet:
    slug: str  # the source name (the folder the ingestor reads it from)
    name: str
    owner: str
    nav: str | None
    share: str
    related: str
    newsletter: str | None
    byline: str  # "{author}" and "{outlet}" placeholders
    stamp: str  # "{date}" and "{time}"
    dateline: str  # "{PLACE}", "{month}", "{day}", "{outlet}"
    ad: str


SOURCES: tuple[Outlet, ...] = (
    Outlet("harbour-tribune", "The Harbour Tribune", "Harbour Tribune Media Ltd",
           "Home | News | World | Business | Sport | Opinion | Culture", "Share on Facebook | Share on X | Share via Email",
           "Related stories", "Sign up for the Morning Briefing newsletter, delivered at 6am.",
           "By {author}", "Published {date} at {time}", "{PLACE}, {month} {day} ({outlet}) -", "Advertisement"),
    Outlet("northern-ledger", "Northern Ledger", "Northern Ledger Publishing",
           "News  World  Politics  Money  Climate  Video", "Share this article: Facebook | WhatsApp | LinkedIn | Copy link",
           "Read more", None, "{author}, Northern Ledger", "Updated {date}, {time}", "{PLACE} —", "ADVERTISEMENT"),
    Outlet("coastal-courier", "Coastal Courier", "Coastal Courier Group",
           None, "Facebook Twitter Email Print", "You may also like", "Get our free daily newsletter: sign up here.",
           "Written by {author}", "{date} {time}", "{PLACE} ({outlet}) -", "Advertisement"),
    Outlet("daily-meridian", "The Daily Meridian", "Meridian News Corporation",
           "World | Africa | Americas | Asia | Europe | Middle East", "Share | Tweet | Email",
           "More on this story", None, "By {author} in {place}", "Published: {date} {time} GMT",
           "{PLACE}, {month} {day} -", "Advertisement - scroll to continue reading"),
    Outlet("valley-herald", "Valley Herald", "Valley Herald Newspapers Inc.",
           "Local | State | Nation | World | Business | Obituaries", "Share on Facebook Share on Twitter Share via Email",
           "Related coverage", "Subscribe to the Herald for unlimited access. Sign up today.",
           "By {author} | Valley Herald", "Posted {date} at {time}", "{PLACE} —", "Advertisement"),
    Outlet("capital-wire", "Capital Wire", "Capital Wire Services",
           None, "Share: Facebook / X / LinkedIn / Email", "Related headlines", None,
           "Reporting by {author}; editing by {editor}", "{date} {time} UTC", "{PLACE}, {month} {day} (Capital Wire) -",
           "Advertisement"),
    Outlet("the-lantern", "The Lantern", "Lantern Media Holdings",
           "Politics | Economy | Science | Health | Opinion", "Share this story", "Most read", "Join 200,000 readers: get The Lantern in your inbox.",
           "{author}", "First published on {date}", "{PLACE}:", "Advertisement"),
    Outlet("river-gazette", "River Gazette", "River Gazette Co.",
           "Home > News > World", "Share on Facebook | Share on X | Share on WhatsApp", "Related articles", None,
           "By {author}, Staff Reporter", "Last updated: {date} {time}", "{PLACE} —", "Advertisement"),
    Outlet("east-bulletin", "East Bulletin", "East Bulletin Press",
           None, "Share  Tweet  Email", "See also", "Sign up to our newsletter for the day's top stories.",
           "By {author} and {author2}", "{date}", "{PLACE}, {month} {day} (East Bulletin) -", "Advertisement"),
    Outlet("summit-post", "The Summit Post", "Summit Post Media",
           "News | Business | Tech | Sport | Travel", "Share via Facebook, X or email", "Recommended", None,
           "By {author}", "Published {date} · {time}", "{PLACE} —", "ADVERTISEMENT"),
    Outlet("metro-observer", "Metro Observer", "Metro Observer Group plc",
           "UK | World | Business | Politics | Tech | Science", "Share this with Facebook Twitter Email Copy this link",
           "Related topics", "Get the Metro Observer's morning newsletter in your inbox.", "By {author}, Metro Observer",
           "{date}", "{PLACE} -", "Advertisement"),
    Outlet("island-times", "Island Times", "Island Times Publishing House",
           None, "Share on Facebook Share on X", "Related news", None, "{author} | Island Times", "{date} | {time}",
           "{PLACE}, {month} {day} —", "Advertisement"),
    Outlet("plains-record", "Plains Record", "Plains Record Media LLC",
           "News Sports Business Opinion Weather", "Facebook | X | Email | Print", "More from the Record",
           "Support local journalism. Subscribe to the Plains Record.", "By {author} Plains Record",
           "Published {date}", "{PLACE} —", "Advertisement"),
    Outlet("global-dispatch", "Global Dispatch", "Global Dispatch News Agency",
           None, "Share: Facebook | X | Email", "Related", None, "By {author}, Global Dispatch",
           "{date} {time} GMT", "{PLACE}, {month} {day} (GD) -", "Advertisement"),
    Outlet("morning-standard", "The Morning Standard", "Standard Newspapers Ltd",
           "Front page | National | International | Business | Sport", "Share on Facebook Share on X Share via Email",
           "Also read", "Sign up for Morning Standard alerts.", "By {author}", "Updated {date} {time}",
           "{PLACE}:", "Advertisement"),
    Outlet("frontier-news", "Frontier News", "Frontier News Network",
           None, "Share | Tweet | WhatsApp", "Related stories", None, "{author}, Frontier News",
           "{date}", "{PLACE} —", "Advertisement"),
    Outlet("city-sentinel", "City Sentinel", "Sentinel Media Group",
           "News | City | Courts | Politics | Business", "Share on Facebook | Share on X | Email this article",
           "Trending now", "Want more? Sign up for the Sentinel's evening newsletter.", "By {author} City Sentinel",
           "Posted: {date} {time}", "{PLACE} —", "Advertisement"),
    Outlet("bay-chronicle", "Bay Chronicle", "Bay Chronicle Publishing",
           None, "Share this article", "More stories", None, "By {author}", "{date} at {time}",
           "{PLACE}, {month} {day} (Bay Chronicle) -", "Advertisement"),
    Outlet("continental-review", "Continental Review", "Continental Review SA",
           "Europe | Economy | Politics | Society | Culture", "Share: Facebook X LinkedIn", "Related reading",
           "Subscribe to Continental Review for full access.", "By {author} in {place}", "Published {date}",
           "{PLACE} —", "Advertisement"),
    Outlet("southern-cross", "Southern Cross Daily", "Southern Cross Media Pty Ltd",
           None, "Share via Facebook | X | Email | Copy link", "Read next", None, "{author}, Southern Cross Daily",
           "{date} {time} AEST", "{PLACE}, {month} {day} -", "Advertisement"),
    Outlet("lakeside-journal", "Lakeside Journal", "Lakeside Journal Inc.",
           "Home | Local | Region | Business | Sports", "Facebook | Twitter | Email", "Related", None,
           "By {author} | Lakeside Journal", "{date}", "{PLACE} —", "Advertisement"),
    Outlet("world-monitor", "World Monitor", "World Monitor Foundation",
           None, "Share this page", "Further reading", "Get World Monitor's weekly briefing by email.",
           "By {author}", "{date} {time}", "{PLACE} (World Monitor) —", "Advertisement"),
    Outlet("highland-voice", "Highland Voice", "Highland Voice Publications",
           "News | Politics | Farming | Sport | Community", "Share on Facebook Share on X Share by email",
           "More news", None, "By {author}, Highland Voice", "Published {date}", "{PLACE} —", "Advertisement"),
    Outlet("evening-express", "Evening Express", "Express Media Group",
           None, "Share | Tweet | Email | Comment", "Top stories", "Sign up for breaking news alerts from the Express.",
           "By {author}", "{date}, {time}", "{PLACE}, {month} {day} —", "Advertisement"),
)

FIRST = ("Maria Amara John Olga Ravi Fatima Lars Ana Kenji Sofia Daniel Aisha Tomas Elena Samuel Priya Mateo Ingrid "
         "Kwame Yuki Hassan Clara Pedro Nadia Oliver Leila Viktor Grace Diego Mei Omar Hannah Lucas Zainab Pavel "
         "Rosa Tariq Emma Andrei Lina Felix Chiara Moses Irina Javier Salma Noah Astrid Kofi Beatriz").split()
LAST = ("Lopez Okafor Smith Petrova Kumar Haddad Nilsson Costa Sato Rossi Mensah Novak Fischer Alvarez Chen "
        "Okonkwo Larsen Ivanova Mendes Tanaka Rahman Dubois Kowalski Nakamura Santos Keller Moreau Hussain "
        "Andersen Volkov Baptiste Oduya Lindqvist Ferreira Kamau Schmidt Popescu Yilmaz Mwangi Romano Jansen "
        "Castillo Bakker Nowak Eriksen Delgado Abubakar Hoffmann Reyes Varga").split()
ROLES = ("health minister", "finance minister", "interior minister", "foreign minister", "mayor", "governor",
         "chief executive", "spokesperson", "police chief", "union leader", "opposition leader", "prime minister",
         "president", "central bank governor", "chief economist", "fire chief", "regional administrator",
         "army spokesman", "aid coordinator", "lead prosecutor")
PLACES = ("Lisbon Nairobi Toronto Hanoi Oslo Lima Accra Manila Quito Tbilisi Lagos Jakarta Santiago Warsaw "
          "Kampala Dhaka Bogota Riga Casablanca Montevideo Helsinki Cebu Dakar Kyiv Porto Mombasa Vancouver Hue "
          "Bergen Cusco Kumasi Davao Cuenca Batumi Ibadan Surabaya Valparaiso Gdansk Entebbe Chittagong").split()
COUNTRIES = ("Portugal Kenya Canada Vietnam Norway Peru Ghana the Philippines Ecuador Georgia Nigeria Indonesia Chile "
             "Poland Uganda Bangladesh Colombia Latvia Morocco Uruguay Finland Senegal Ukraine").split()
ORGS = ("the Ministry of Health|the Finance Ministry|the World Food Programme|the Red Cross|the International Monetary Fund|"
        "the World Bank|the European Commission|the United Nations|Amnesty International|Medecins Sans Frontieres|"
        "the National Statistics Office|the central bank|the Electoral Commission|the Supreme Court|the Transport Authority|"
        "Nordvik Energy|Atlas Shipping|Meridian Telecom|Solano Mining|Kestrel Airlines|Brightwater Utilities|"
        "Harrow Pharmaceuticals|the Teachers' Union|the Chamber of Commerce|the Coast Guard|the Meteorological Office|"
        "the Port Authority|the Farmers' Federation|the Human Rights Council|Greenfield Bank").split("|")
THEMES = {
    "floods": ("floods", "flooding", "the flood waters", "the river", "evacuation centres", "levees", "rainfall"),
    "strike": ("the strike", "the walkout", "the pay dispute", "picket lines", "the union", "wages", "negotiations"),
    "election": ("the election", "the vote", "polling stations", "the ballot", "the campaign", "turnout", "the count"),
    "earthquake": ("the earthquake", "the quake", "aftershocks", "rescue teams", "collapsed buildings", "the epicentre", "the rubble"),
    "budget": ("the budget", "the spending plan", "tax revenue", "the deficit", "public debt", "subsidies", "the treasury"),
    "trial": ("the trial", "the court", "the defendants", "the verdict", "the prosecution", "witnesses", "the charges"),
    "wildfire": ("the wildfire", "the blaze", "firefighters", "the fire line", "smoke", "burned land", "water bombers"),
    "trade": ("the trade talks", "tariffs", "exports", "the agreement", "imports", "the negotiators", "customs checks"),
    "outbreak": ("the outbreak", "the virus", "vaccination", "hospital admissions", "the clinics", "infections", "quarantine"),
    "earnings": ("the results", "quarterly profit", "revenue", "the shares", "investors", "the dividend", "the forecast"),
    "ceasefire": ("the ceasefire", "the talks", "the truce", "the front line", "shelling", "the mediators", "prisoner exchanges"),
    "protest": ("the protests", "demonstrators", "the march", "riot police", "the square", "the organisers", "arrests"),
}
QUOTES = (
    "We are doing everything we can, but the needs are enormous",
    "This is not the end of the process, it is the beginning",
    "Nobody expected it to happen so quickly",
    "We will not accept any deal that leaves our members worse off",
    "The figures speak for themselves",
    "People are tired, they are angry and they want answers",
    "It is too early to say how long this will last",
    "We have asked for help and we are still waiting",
    "The decision was taken after long consultations with all the parties",
    "Our priority is the safety of the families who remain",
    "There is no money left in the budget for this",
    "We have seen nothing like this in a generation",
    "The court must be allowed to do its work",
    "Every day we lose makes the recovery harder",
    "I want to thank the volunteers who worked through the night",
    "These numbers are worse than we feared",
)
FILLER = ("officials", "residents", "analysts", "local authorities", "aid workers", "diplomats", "investors",
          "the opposition", "business owners", "farmers", "teachers", "doctors", "engineers", "volunteers")
VERBS = ("warned", "said", "told reporters", "said in a statement", "added", "confirmed", "noted", "insisted")
ADJ = ("sharp", "steady", "modest", "significant", "gradual", "dramatic", "slight", "record", "renewed", "sudden")
NOUN = {"floods": "flooding", "strike": "strikes", "election": "election disputes", "earthquake": "aftershocks",
        "budget": "spending cuts", "trial": "court delays", "wildfire": "wildfires", "trade": "tariffs",
        "outbreak": "infections", "earnings": "job cuts", "ceasefire": "fighting", "protest": "protests"}
MONTHS = ("January February March April May June July August September October November December").split()
TIMES = ("06:12", "07:45", "09:30", "10:05", "11:48", "13:20", "14:05", "15:37", "16:50", "18:15", "19:02", "21:40")


@dataclass(frozen=True)
class Story:
    theme: str
    place: str
    country: str
    people: tuple[tuple[str, str], ...]  # (name, role)
    orgs: tuple[str, ...]


class Corpus:
    """Articles ``article(n)`` for n = 0, 1, ...; the same text for the same (seed, n)."""

    def __init__(self, seed: int, mean_words: int = 600, min_words: int = 300, max_words: int = 2000,
                 stories: int = 80, duplicate_share: float = 0.03) -> None:
        self.seed = seed
        self.mean_words, self.min_words, self.max_words = mean_words, min_words, max_words
        self.duplicate_share = duplicate_share
        rng = random.Random(f"copydesk-bench-stories:{seed}")
        self.stories = [self._story(rng) for _ in range(stories)]
        # Zipf-like weights: a few big running stories, many small ones.
        self.story_weights = [1.0 / (k + 1) ** 0.8 for k in range(stories)]
        # Outlets publish unevenly (agencies more than local papers).
        self.source_weights = [1.0 + (i * 7919 % 5) / 2 for i in range(len(SOURCES))]
        # lognormal word counts: sigma 0.45; the median chosen so that the clipped mean is ~ mean_words
        self.sigma = 0.45
        self.median = mean_words / math.exp(self.sigma ** 2 / 2)

    @staticmethod
    def _story(rng: random.Random) -> Story:
        people = tuple((f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES)) for _ in range(rng.randint(2, 4)))
        return Story(theme=rng.choice(sorted(THEMES)), place=rng.choice(PLACES), country=rng.choice(COUNTRIES),
                     people=people, orgs=tuple(rng.sample(ORGS, 2)))

    def source_of(self, n: int) -> Outlet:
        return random.Random(f"{self.seed}:source:{n}").choices(SOURCES, weights=self.source_weights)[0]

    def article(self, n: int) -> tuple[str, str]:
        """(source slug, page text) of article ``n``."""
        rng = random.Random(f"{self.seed}:article:{n}")
        outlet = self.source_of(n)
        if n >= 20 and rng.random() < self.duplicate_share:
            # syndicated: another outlet's body (an earlier article), with one line of its own
            original = rng.randrange(n)
            body_rng = random.Random(f"{self.seed}:body:{original}")
            story = body_rng.choices(self.stories, weights=self.story_weights)[0]
            paragraphs = self._body(body_rng, story, self._words(body_rng))
            paragraphs[-1] = f"{self._sentence(rng, story)} {paragraphs[-1]}"
        else:
            body_rng = random.Random(f"{self.seed}:body:{n}")
            story = body_rng.choices(self.stories, weights=self.story_weights)[0]
            paragraphs = self._body(body_rng, story, self._words(body_rng))
        return outlet.slug, self._page(rng, outlet, story, paragraphs)

    def _words(self, rng: random.Random) -> int:
        """The body's words: the page's drawn length less what its furniture and the last
        paragraph's overshoot add (about FURNITURE_WORDS)."""
        page = min(self.max_words, max(self.min_words, rng.lognormvariate(math.log(self.median), self.sigma)))
        return max(30, int(page) - FURNITURE_WORDS)

    # --- the page around the body -----------------------------------------------------------
    def _page(self, rng: random.Random, outlet: Outlet, story: Story, paragraphs: list[str]) -> str:
        day = date(2025, 1, 1) + timedelta(days=rng.randrange(365))
        author, author2, editor = (f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(3))
        words = THEMES[story.theme]
        headline = self._headline(rng, story)
        lines: list[str] = []
        if outlet.nav:
            lines += [outlet.nav, ""]
        lines += [headline, ""]
        if rng.random() < 0.6:
            lines += [f"{_cap(words[0])} in {story.place} {rng.choice(('deepens', 'eases', 'continues', 'takes a new turn'))} "
                      f"as {rng.choice(FILLER)} {rng.choice(('await', 'question', 'weigh'))} "
                      f"{rng.choice(('the next steps', 'the cost', 'the response', 'the official figures'))}", ""]
        lines += [outlet.byline.format(author=author, author2=author2, editor=editor, outlet=outlet.name,
                                       place=story.place), ""]
        lines += [outlet.stamp.format(date=f"{day.day} {MONTHS[day.month - 1]} {day.year}", time=rng.choice(TIMES)), ""]
        lines += [outlet.share, ""]
        dateline = outlet.dateline.format(PLACE=story.place.upper(), month=MONTHS[day.month - 1][:3] + ".",
                                          day=day.day, outlet=outlet.name)
        body = list(paragraphs)
        body[0] = f"{dateline} {body[0]}"
        ad_every = rng.randint(3, 6)
        related_at = min(len(body) - 1, rng.randint(2, 5))
        for i, paragraph in enumerate(body):
            lines += [paragraph, ""]
            if i and i % ad_every == 0 and i < len(body) - 1:
                lines += [outlet.ad, ""]
            if i == related_at:
                lines += [f"{outlet.related}:", ""]
                for _ in range(3):
                    lines += [self._headline(rng, rng.choice(self.stories)), ""]
        if outlet.newsletter:
            lines += [outlet.newsletter, ""]
        if rng.random() < 0.5:
            lines += [f"Additional reporting by {rng.choice(FIRST)} {rng.choice(LAST)}", ""]
        lines += [f"© {day.year} {outlet.owner}. All rights reserved.", ""]
        return "\n".join(lines)

    def _headline(self, rng: random.Random, story: Story) -> str:
        words = THEMES[story.theme]
        person = rng.choice(story.people)[0]
        return rng.choice((
            f"{_cap(words[0])} in {story.place}: {rng.randint(2, 900)} {rng.choice(('families', 'workers', 'people', 'homes'))} affected",
            f"{person.split()[-1]} promises action on {NOUN[story.theme]} as pressure grows",
            f"{_cap(story.country)} braces for more {NOUN[story.theme]} after {rng.choice(ADJ)} week",
            f"What we know about {words[0]} in {story.place}",
            f"{_cap(story.orgs[0])} says {words[rng.randrange(1, len(words))]} will cost ${rng.randint(2, 90)} million",
        ))

    # --- the body -----------------------------------------------------------------------------
    def _body(self, rng: random.Random, story: Story, target_words: int) -> list[str]:
        paragraphs: list[str] = []
        words = 0
        while words < target_words:
            kind = rng.random()
            if kind < 0.18:
                paragraph = self._quote(rng, story)
            else:
                paragraph = " ".join(self._sentence(rng, story) for _ in range(rng.randint(2, 4)))
            paragraphs.append(paragraph)
            words += len(paragraph.split())
        return paragraphs

    def _quote(self, rng: random.Random, story: Story) -> str:
        name, role = rng.choice(story.people)
        quote = rng.choice(QUOTES)
        if rng.random() < 0.5:
            return (f"\"{quote},\" {name.split()[-1]} said. {self._sentence(rng, story)}")
        return f"{name}, the {role}, told reporters: \"{quote}.\" {self._sentence(rng, story)}"

    def _sentence(self, rng: random.Random, story: Story) -> str:
        words = THEMES[story.theme]
        name, role = rng.choice(story.people)
        org = rng.choice(story.orgs) if rng.random() < 0.7 else rng.choice(ORGS)
        thing = words[rng.randrange(len(words))]
        place = story.place if rng.random() < 0.7 else rng.choice(PLACES)
        n = rng.choice((rng.randint(3, 99), rng.randint(100, 999), rng.randint(1_000, 90_000)))
        a = rng.randint(2, 400) * 10
        b = a + rng.randint(1, 40) * 10
        pct = rng.choice((f"{rng.randint(1, 60)} percent", f"{rng.randint(1, 40)}.{rng.randint(1, 9)}%",
                          f"{rng.randint(2, 30)} per cent"))
        money = rng.choice((f"${rng.randint(1, 900)} million", f"€{rng.randint(1, 40)}.{rng.randint(1, 9)} billion",
                            f"{rng.randint(5, 500)} million euros", f"${rng.randint(10, 999):,}",
                            f"£{rng.randint(2, 80)}m"))
        return rng.choice((
            f"At least {n:,} people have been {rng.choice(('evacuated', 'displaced', 'injured', 'killed', 'arrested'))} "
            f"since {thing} began, according to {org}.",
            f"{_cap(org)} said on {rng.choice(DAYS)} that {thing} had affected between {a:,} and {b:,} households in and around {place}.",
            f"{name}, the {role}, said {money} would be set aside for {thing}, a figure {rng.choice(FILLER)} called "
            f"{rng.choice(('insufficient', 'a start', 'long overdue', 'unrealistic'))}.",
            f"The number of {rng.choice(('complaints', 'claims', 'cases', 'applications', 'reports'))} rose by {pct} "
            f"over the past {rng.randint(2, 12)} {rng.choice(('weeks', 'months', 'days'))}, official data showed.",
            f"{_cap(rng.choice(FILLER))} in {place} said {thing} had left {a:,} to {b:,} people without "
            f"{rng.choice(('power', 'water', 'work', 'shelter', 'access to clinics'))}.",
            f"According to {org}, about {n:,} {rng.choice(('workers', 'soldiers', 'police officers', 'volunteers', 'staff'))} "
            f"were deployed to {place} on {rng.choice(DAYS)}.",
            f"{name.split()[-1]} {rng.choice(VERBS)} that {thing} could last another {rng.randint(2, 30)} days "
            f"unless {rng.choice(story.orgs)} stepped in.",
            f"The {rng.choice(ADJ)} change in {thing} came after {rng.choice(FILLER)} in {rng.choice(COUNTRIES)} "
            f"raised concerns about {rng.choice(words)}.",
            f"{_cap(rng.choice(FILLER))} told {rng.choice(('local radio', 'state television', 'reporters', 'a news conference'))} "
            f"that {pct} of {rng.choice(('homes', 'businesses', 'schools', 'farms'))} near {place} had been affected.",
            f"{_cap(org)} estimated the cost of {thing} at {money}, up from {rng.choice(('last year', 'the first estimate', 'March'))}.",
            f"Roads within {rng.randint(2, 80)} km of {place} remained closed, {rng.choice(FILLER)} said.",
            f"In {story.country}, {name} met representatives of {org} to discuss {thing} and {rng.choice(words)}.",
            f"{_cap(rng.choice(FILLER))} said the response to {thing} had been {rng.choice(('slow', 'uneven', 'well organised', 'chaotic'))}, "
            f"and that more than {n:,} requests for help were still pending.",
            f"Prices in {place} climbed {pct} as {thing} disrupted {rng.choice(('supplies', 'transport', 'trade', 'harvests'))}.",
        ))


FURNITURE_WORDS = 100
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def seed_pages() -> list[Path]:
    """The sample inputs in seeds/ (read as they are, never copied into the generator)."""
    return sorted(p for p in SEEDS.iterdir() if p.is_file() and not p.name.startswith("."))


def received_articles(corpus: Corpus, indices: Sequence[int], folder: Path, include_seeds: bool = False
                      ) -> list[ArticleReceived]:
    """ArticleReceived events of the articles ``indices`` (plus seeds/ when asked), in that order, read
    by the ingestor's reader from files under ``folder`` (one folder per source, whose sidecar names it)."""
    from services.ingestor.sidecar import SIDECAR
    from services.ingestor.sources import read_inputs

    paths: list[str] = []
    for n in indices:
        source, text = corpus.article(n)
        path = folder / source / f"a{n:07d}.txt"
        if not path.parent.is_dir():
            path.parent.mkdir(parents=True)
            (path.parent / SIDECAR).write_text(source + "\n", encoding="utf-8")  # the folder names its source
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    if include_seeds:
        paths += [str(p) for p in seed_pages()]
    events = list(read_inputs(paths))
    bad = [e for e in events if not isinstance(e, ArticleReceived)]
    if bad:
        raise RuntimeError(f"the ingestor rejected generated input: {bad[:3]}")
    return events  # type: ignore[return-value]


def sample(seed: int = 7, n: int = 0) -> str:
    """One page, for a look: ``python bench/corpus.py``."""
    return Corpus(seed).article(n)[1]


if __name__ == "__main__":
    import sys

    print(sample(int(sys.argv[1]) if len(sys.argv) > 1 else 7, int(sys.argv[2]) if len(sys.argv) > 2 else 0))
    with tempfile.TemporaryDirectory() as tmp:
        events = received_articles(Corpus(7), range(200), Path(tmp))
        lengths = sorted(len(e.content.split()) for e in events)
        print(f"200 articles: words min {lengths[0]}, median {lengths[100]}, mean {sum(lengths) / 200:.0f}, max {lengths[-1]}")
