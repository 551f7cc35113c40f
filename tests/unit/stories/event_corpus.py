"""A CONSTRUCTED corpus for ``copydesk eval stories``: generated text, not real news.

Deterministic by ``--seed``. Each *topic* is one kind of event (earthquake, strike, election, ...)
and holds two or three different *events* of that kind: hard negatives that share the topic's
vocabulary and background sentences, sometimes the same country, and sometimes overlap in time
(a gap between events of a few days to several weeks). Each event has several outlets'
independent write-ups: each picks its own subset of the event's facts, writes each fact in one
of several wordings, names its own subset of the people and figures (a death toll may be an
earlier or later count), adds background sentences from the topic's stock, and has its own
length (a brief of three sentences to a long piece) and headline. Write-ups are not copies: no
two share a text. Articles are published over the days after the event.

The names, places and organisations are drawn from fixed pools (real countries and cities,
invented people and companies), so the entity stage sees ordinary news names.

Usage: .venv/bin/python tests/unit/stories/event_corpus.py OUT_DIR [--seed N] [--events-per-topic K]
Writes one ``<topic>.json`` per topic in the format ``copydesk eval stories`` reads (README).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

OUTLETS = ("harbour-tribune", "northern-ledger", "coastal-courier", "daily-meridian", "capital-wire",
           "evening-standard-post", "valley-gazette", "metro-herald", "global-dispatch", "the-observer-online",
           "river-city-news", "summit-times")
FIRST = ("Maria", "James", "Aiko", "Olusegun", "Fatima", "Lars", "Priya", "Mateo", "Chen", "Ingrid", "Tomasz",
         "Amara", "Rafael", "Leila", "Dmitri", "Sofia", "Kwame", "Hannah", "Yusuf", "Elena", "Arjun", "Grace",
         "Pedro", "Nadia", "Viktor", "Ana", "Samuel", "Mei", "Karim", "Lucia")
LAST = ("Okafor", "Lindqvist", "Tanaka", "Haddad", "Kowalski", "Mendes", "Novak", "Sharma", "Fischer", "Alvarez",
        "Moreau", "Petrov", "Nakamura", "Mensah", "Costa", "Brennan", "Yilmaz", "Andersen", "Rossi", "Kim",
        "Ferreira", "Dubois", "Osei", "Weber", "Castillo", "Ivanova", "Park", "Hughes", "Bianchi", "Ruiz")
PLACES = {  # country -> cities
    "Turkey": ("Izmir", "Malatya", "Erzurum"), "Peru": ("Arequipa", "Cusco", "Trujillo"),
    "Indonesia": ("Padang", "Makassar", "Medan"), "Chile": ("Valparaiso", "Antofagasta", "Concepcion"),
    "Japan": ("Sendai", "Kumamoto", "Niigata"), "Mexico": ("Oaxaca", "Puebla", "Acapulco"),
    "Greece": ("Patras", "Larissa", "Heraklion"), "Nepal": ("Pokhara", "Bharatpur", "Biratnagar"),
    "Germany": ("Hamburg", "Leipzig", "Stuttgart"), "France": ("Lyon", "Marseille", "Lille"),
    "Canada": ("Winnipeg", "Halifax", "Calgary"), "Brazil": ("Recife", "Curitiba", "Manaus"),
    "Nigeria": ("Kano", "Ibadan", "Enugu"), "Kenya": ("Mombasa", "Kisumu", "Nakuru"),
    "Poland": ("Gdansk", "Wroclaw", "Poznan"), "Spain": ("Valencia", "Seville", "Bilbao"),
    "India": ("Pune", "Nagpur", "Kochi"), "Australia": ("Perth", "Adelaide", "Hobart"),
    "Portugal": ("Porto", "Coimbra", "Faro"), "Italy": ("Naples", "Turin", "Bologna"),
}
ORG_A = ("Norvik", "Halden", "Castell", "Brightwater", "Ostrava", "Meridia", "Kestrel", "Tamsin", "Alder",
         "Vantor", "Quayle", "Redfern", "Solano", "Ironbridge", "Pelham", "Arcturus")
ORG_B = ("Steel", "Motors", "Logistics", "Energy", "Airlines", "Pharma", "Foods", "Telecom", "Rail", "Bank")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass
class Event:
    """One event's facts: slot values the templates fill in."""

    topic: str
    key: str
    start: datetime
    slots: dict[str, str]
    people: list[tuple[str, str]]  # (name, role)
    updates: list[dict[str, str]] = field(default_factory=list)  # later values of some figures


def person(rng: random.Random, used: set[str]) -> str:
    while True:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in used:
            used.add(name)
            return name


def company(rng: random.Random, used: set[str]) -> str:
    while True:
        name = f"{rng.choice(ORG_A)} {rng.choice(ORG_B)}"
        if name not in used:
            used.add(name)
            return name


def n(x: float) -> str:
    return f"{int(x):,}"


# Per topic: how to make an event's slots, its facts (each a list of wordings), its background
# stock (shared by every event of the topic) and headline wordings. Placeholders: {slot} names.
def earthquake(rng, used, country, city):
    deaths = rng.randint(12, 900)
    return ({"mag": f"{rng.uniform(5.6, 7.9):.1f}", "deaths": n(deaths), "deaths2": n(deaths * rng.uniform(1.2, 2.0)),
             "injured": n(deaths * rng.uniform(3, 9)), "depth": str(rng.randint(8, 70)),
             "homeless": n(rng.randint(5, 90) * 1000), "agency": rng.choice(("AFAD", "the national seismology institute", "the geological survey"))},
            [(person(rng, used), "disaster minister"), (person(rng, used), "rescue coordinator"),
             (person(rng, used), "mayor of {city}"), (person(rng, used), "survivor")])


EARTHQUAKE = dict(
    make=earthquake,
    facts=[
        ["A magnitude {mag} earthquake struck near {city} in {country} on {day}, killing at least {deaths} people.",
         "At least {deaths} people died when a {mag}-magnitude quake hit the {city} region of {country} on {day}.",
         "The {mag} earthquake that shook {country}'s {city} province early on {day} has left {deaths} dead, officials said."],
        ["The death toll rose to {deaths2} on {day2} as rescuers pulled more bodies from the rubble in {city}.",
         "By {day2}, officials in {country} put the number of dead at {deaths2}."],
        ["More than {injured} people were injured, according to {agency}.",
         "{agency} said {injured} people had been hurt."],
        ["The quake struck at a depth of {depth} km, {agency} said.", "Its epicentre was {depth} km below the surface near {city}."],
        ["Around {homeless} people were left homeless in and around {city}.", "Some {homeless} residents of {city} spent the night in tents."],
        ["{p0}, the {r0}, said teams were searching collapsed buildings in {city} through the night.",
         "\"We are still reaching villages cut off by landslides,\" said {p0}, {country}'s {r0}."],
        ["{p1}, a {r1} in {city}, said heavy machinery was urgently needed.",
         "\"Every hour counts,\" {p1}, a {r1}, told reporters outside a flattened apartment block."],
        ["{p2}, the {r2}, said schools would stay closed for a week.", "The {r2}, {p2}, appealed for blankets and water."],
        ["{p3}, a {r3}, described the shaking as lasting almost a minute.", "\"The walls just folded,\" said {p3}, whose house in {city} collapsed."],
        ["Aftershocks of up to magnitude 5 rattled {city} on {day2}.", "Several strong aftershocks hampered the rescue in {country}."],
    ],
    background=["Earthquakes are frequent in the region, which sits on several active fault lines.",
                "Experts have long warned that many older buildings do not meet seismic codes.",
                "Rescue teams use sniffer dogs and thermal cameras to find survivors under rubble.",
                "International aid agencies said they were ready to send search and rescue teams.",
                "The first 72 hours are considered critical for finding survivors alive."],
    headlines=["Deadly {mag} earthquake hits {country}", "Quake near {city} kills {deaths}", "{country} earthquake: rescuers dig through rubble",
               "Death toll climbs after {country} quake"],
)


def strike(rng, used, country, city):
    return ({"company": company(rng, used), "union": rng.choice(("the Metalworkers' Union", "the Transport Workers' Federation", "the General Workers' Union", "the United Labour Alliance")),
             "workers": n(rng.randint(2, 60) * 500), "raise": str(rng.randint(6, 18)), "offer": str(rng.randint(2, 5)),
             "plants": str(rng.randint(2, 9)), "weeks": rng.choice(("two", "three", "four"))},
            [(person(rng, used), "union leader"), (person(rng, used), "chief executive"),
             (person(rng, used), "labour minister"), (person(rng, used), "shift worker")])


STRIKE = dict(
    make=strike,
    facts=[
        ["About {workers} workers at {company} walked out on {day} in a dispute over pay, {union} said.",
         "{union} called {workers} staff at {company} out on strike on {day} after pay talks collapsed.",
         "Production at {company} stopped on {day} as {workers} employees began a strike."],
        ["The union is demanding a {raise}% pay rise; {company} has offered {offer}%.",
         "{company} offered {offer} per cent, far short of the {raise} per cent the workers want."],
        ["The stoppage has shut {plants} plants around {city}.", "{plants} of {company}'s sites in {country} were idle, including its main works in {city}."],
        ["{p0}, the {r0}, said the strike would last {weeks} weeks unless the offer improved.",
         "\"Our members cannot pay their rent,\" said {p0}, who leads {union}."],
        ["{p1}, {company}'s {r1}, called the walkout irresponsible.", "{company} chief executive {p1} said the company could not afford more."],
        ["{p2}, {country}'s {r2}, urged both sides to return to talks.", "The {r2}, {p2}, offered to mediate."],
        ["\"We have not had a real rise in years,\" said {p3}, a {r3} on the picket line in {city}."],
        ["Talks resumed on {day2} but ended without a deal.", "On {day2} the two sides met again, without result."],
    ],
    background=["Industrial action has become more common as inflation eats into wages.",
                "Strikes in the sector have disrupted supply chains before.",
                "Picket lines formed outside the factory gates early in the morning.",
                "Economists say wage settlements have lagged behind rising prices for two years.",
                "Union membership has been rising again after decades of decline."],
    headlines=["Workers strike at {company}", "{company} hit by walkout over pay", "Strike shuts {company} plants in {country}",
               "{union} stages walkout at {company}"],
)


def election(rng, used, country, city):
    win = rng.uniform(38, 58)
    return ({"party": rng.choice(("Democratic Alliance", "National Renewal Party", "Progressive Union", "Civic Platform Movement", "People's Front")),
             "rival_party": rng.choice(("Social Forward", "Liberty Party", "United Left", "Green Coalition", "Patriotic Bloc")),
             "share": f"{win:.1f}", "rival_share": f"{rng.uniform(20, win - 3):.1f}", "turnout": f"{rng.uniform(45, 80):.0f}",
             "seats": str(rng.randint(80, 250)), "total": str(rng.randint(260, 500))},
            [(person(rng, used), "candidate"), (person(rng, used), "rival candidate"),
             (person(rng, used), "election commission head"), (person(rng, used), "political analyst")])


ELECTION = dict(
    make=election,
    facts=[
        ["{p0} of the {party} won {country}'s presidential election on {day} with {share}% of the vote.",
         "Voters in {country} elected {p0} president on {day}, giving the {party} candidate {share} per cent.",
         "The {party}'s {p0} claimed victory in {country}'s election held on {day}."],
        ["{p1} of the {rival_party} came second with {rival_share}%.", "Runner-up {p1} ({rival_party}) took {rival_share} per cent and conceded on {day2}."],
        ["Turnout was {turnout}%, the election commission said.", "{p2}, the {r2}, put turnout at {turnout} per cent."],
        ["In the parliamentary vote held alongside, the {party} won {seats} of {total} seats.",
         "The {party} also took {seats} seats in the {total}-member parliament."],
        ["Celebrations broke out in {city}, where {p0} had held a final rally.", "Supporters filled the main square of {city} late into the night."],
        ["\"This is a victory for every citizen of {country},\" {p0} told supporters.", "{p0} promised to fight corruption and lower prices."],
        ["{p3}, a {r3} in {city}, said the result reflected anger over the cost of living.",
         "Analyst {p3} said the {rival_party} had failed to win over young voters."],
        ["Observers reported long queues but no major irregularities.", "International monitors said the vote was largely orderly."],
    ],
    background=["Polls had predicted a close race between the two leading candidates.",
                "The campaign was dominated by the economy, inflation and corruption.",
                "Ballots were counted overnight under the eyes of party observers.",
                "Election officials said results from remote districts would take longer to arrive.",
                "Turnout is closely watched as a sign of trust in the political system."],
    headlines=["{p0} wins {country} election", "{country} votes: {party} claims victory", "{country} elects {p0} as president",
               "Landslide for {party} in {country}"],
)


def flood(rng, used, country, city):
    return ({"river": rng.choice(("the Vardar", "the Sava", "the Kura", "the Mura", "the Tisa", "the Orinoco basin", "the Brahmani")),
             "deaths": str(rng.randint(4, 140)), "evacuated": n(rng.randint(3, 120) * 1000), "rain": str(rng.randint(120, 450)),
             "missing": str(rng.randint(3, 60)), "homes": n(rng.randint(1, 40) * 500)},
            [(person(rng, used), "prime minister"), (person(rng, used), "civil protection chief"),
             (person(rng, used), "meteorologist"), (person(rng, used), "shopkeeper")])


FLOOD = dict(
    make=flood,
    facts=[
        ["Floods in {country} have killed {deaths} people after {river} burst its banks near {city} on {day}.",
         "At least {deaths} people died in flooding around {city}, {country}, on {day}.",
         "Torrential rain sent {river} over its banks on {day}, flooding large parts of {city}."],
        ["{evacuated} people were evacuated from low-lying districts.", "Authorities moved {evacuated} residents to shelters."],
        ["{missing} people were still missing on {day2}.", "Rescuers searched for {missing} missing people on {day2}."],
        ["Up to {rain} mm of rain fell in 48 hours, said {p2}, a {r2}.", "{p2}, a {r2}, said {rain} millimetres had fallen in two days."],
        ["{p0}, {country}'s {r0}, declared a state of emergency in the {city} region.", "The {r0}, {p0}, visited {city} by helicopter."],
        ["{p1}, the {r1}, said {homes} homes were under water.", "About {homes} houses were flooded, according to {p1}."],
        ["\"The water came in minutes,\" said {p3}, a {r3} in {city}."],
    ],
    background=["Scientists say climate change is making extreme rainfall more frequent and more intense.",
                "Flood defences in the area were built decades ago and have not been upgraded.",
                "Forecasters warned that more heavy rain was expected in the coming days.",
                "Insurance losses from floods have risen sharply across the region."],
    headlines=["Deadly floods hit {country}", "{city} under water as {river} bursts banks", "Floods kill {deaths} in {country}"],
)


def acquisition(rng, used, country, city):
    buyer, target = company(rng, used), company(rng, used)
    return ({"buyer": buyer, "target": target, "price": str(rng.randint(2, 40)), "premium": str(rng.randint(15, 60)),
             "jobs": n(rng.randint(2, 30) * 500), "regulator": rng.choice(("the competition authority", "antitrust regulators", "the markets watchdog"))},
            [(person(rng, used), "chief executive"), (person(rng, used), "chief executive of the target"),
             (person(rng, used), "analyst"), (person(rng, used), "economy minister")])


ACQUISITION = dict(
    make=acquisition,
    facts=[
        ["{buyer} agreed on {day} to buy {target} for ${price}bn in cash.",
         "{buyer} will acquire {country}'s {target} in a ${price} billion deal announced on {day}.",
         "In a deal worth {price} billion dollars, {buyer} is buying rival {target}."],
        ["The offer is a {premium}% premium to {target}'s closing share price.", "Shareholders of {target} will get {premium} per cent more than the last market price."],
        ["The combined company will employ about {jobs} people, many of them in {city}.", "{target} has {jobs} staff, mostly around its headquarters in {city}."],
        ["{p0}, {buyer}'s {r0}, said the deal would create a regional champion.", "\"This is a perfect fit,\" said {p0}, chief executive of {buyer}."],
        ["{p1}, who runs {target}, will stay on for a transition period.", "{target}'s boss, {p1}, backed the offer."],
        ["The deal needs approval from {regulator} in {country}.", "{regulator} is expected to examine the deal closely."],
        ["{p2}, an {r2} in {city}, said the price looked high.", "Analyst {p2} said cost savings would come from job cuts."],
        ["{country}'s {r3}, {p3}, said the government would watch jobs closely.", "{p3}, the {r3}, welcomed the investment."],
    ],
    background=["Dealmaking has picked up as borrowing costs have eased.",
                "Mergers in the sector have drawn scrutiny from competition regulators.",
                "Shares in both companies rose in early trading after the announcement.",
                "Bankers expect more consolidation in the industry this year."],
    headlines=["{buyer} to buy {target} for ${price}bn", "{buyer} agrees {target} takeover", "{target} sold to {buyer}"],
)


def crash(rng, used, country, city):
    return ({"airline": company(rng, used).split()[0] + " Air", "flight": f"{rng.choice('KTRMVZ')}{rng.choice('AQLXWE')}{rng.randint(100, 999)}",
             "aboard": str(rng.randint(40, 190)), "survivors": str(rng.randint(0, 30)), "origin": rng.choice([c for cs in PLACES.values() for c in cs]),
             "model": rng.choice(("an Airbus A320", "a Boeing 737", "an ATR 72", "an Embraer E190"))},
            [(person(rng, used), "transport minister"), (person(rng, used), "airline spokesperson"),
             (person(rng, used), "accident investigator"), (person(rng, used), "witness")])


CRASH = dict(
    make=crash,
    facts=[
        ["A passenger plane carrying {aboard} people crashed near {city} in {country} on {day}.",
         "{airline} flight {flight} with {aboard} people on board went down on approach to {city} on {day}.",
         "{aboard} people were aboard the {airline} jet that crashed outside {city}, {country}, on {day}."],
        ["Rescuers found {survivors} survivors.", "Only {survivors} people survived, the authorities said."],
        ["The aircraft, {model}, had taken off from {origin}.", "Flight {flight} was {model} flying from {origin}."],
        ["{p0}, the {r0}, said the cause was not yet known.", "{country}'s {r0}, {p0}, ordered an inquiry."],
        ["{p1}, an {r1}, said the airline was contacting families.", "{airline} said in a statement that it was \"devastated\"."],
        ["The flight recorders were recovered on {day2}, said {p2}, the lead {r2}.", "Investigators led by {p2} found the black boxes on {day2}."],
        ["\"I saw smoke and then a huge bang,\" said {p3}, a {r3} near {city}."],
    ],
    background=["Air travel remains statistically the safest way to travel.",
                "Investigators usually take months to publish a final report on a crash.",
                "Weather conditions at the time were described as poor, with low cloud.",
                "Families gathered at the airport waiting for news of relatives."],
    headlines=["Plane crashes near {city}", "{airline} flight {flight} crash: {aboard} on board", "Deadly plane crash in {country}"],
)


def protest(rng, used, country, city):
    return ({"crowd": n(rng.randint(2, 80) * 1000), "arrests": str(rng.randint(10, 400)), "cause": rng.choice(("a fuel price rise", "a new pension law", "a tax on bread", "a ban on opposition rallies", "rising rents")),
             "square": rng.choice(("Liberty Square", "the central square", "Independence Avenue", "the parliament building")),
             "injured": str(rng.randint(5, 120))},
            [(person(rng, used), "interior minister"), (person(rng, used), "opposition leader"),
             (person(rng, used), "police spokesperson"), (person(rng, used), "student")])


PROTEST = dict(
    make=protest,
    facts=[
        ["Tens of thousands marched in {city} on {day} against {cause}.", "About {crowd} protesters gathered at {square} in {city} on {day} to oppose {cause}.",
         "Protests against {cause} brought {crowd} people onto the streets of {country}'s {city} on {day}."],
        ["Police arrested {arrests} people, said {p2}, a {r2}.", "{arrests} people were detained, according to police."],
        ["{injured} people were hurt when police used tear gas near {square}.", "Clashes near {square} left {injured} injured."],
        ["{p0}, the {r0}, blamed agitators for the violence.", "{country}'s {r0}, {p0}, said the protest had been illegal."],
        ["{p1}, the {r1}, called for a general strike.", "\"The government must listen,\" said {p1}, leader of the opposition."],
        ["\"We cannot live like this,\" said {p3}, a {r3} at the march."],
        ["Protesters vowed to return on {day2}.", "Another march was planned for {day2}."],
    ],
    background=["Anger over the cost of living has fuelled demonstrations across the region.",
                "Rights groups have criticised the police response to previous protests.",
                "Social media played a large role in organising the marches.",
                "Shops along the route closed early as a precaution."],
    headlines=["Thousands protest in {city}", "Clashes in {country} over {cause}", "{city} protest against {cause} turns violent"],
)


def wildfire(rng, used, country, city):
    return ({"hectares": n(rng.randint(2, 90) * 1000), "deaths": str(rng.randint(0, 30)), "evacuated": n(rng.randint(1, 50) * 1000),
             "firefighters": n(rng.randint(3, 30) * 100), "planes": str(rng.randint(4, 30)), "temp": str(rng.randint(38, 46))},
            [(person(rng, used), "fire chief"), (person(rng, used), "regional governor"),
             (person(rng, used), "climate scientist"), (person(rng, used), "farmer")])


WILDFIRE = dict(
    make=wildfire,
    facts=[
        ["A wildfire near {city} in {country} has burned {hectares} hectares since {day}.",
         "Fire swept through forests outside {city} on {day}, forcing {evacuated} people to flee.",
         "Firefighters in {country} battled a blaze near {city} that broke out on {day}."],
        ["{deaths} people have died in the fire.", "The fire has claimed {deaths} lives, officials said."],
        ["{firefighters} firefighters and {planes} water-bombing aircraft were deployed.", "{planes} planes and {firefighters} firefighters fought the flames."],
        ["Temperatures reached {temp}C, said {p2}, a {r2}.", "With temperatures of {temp} degrees, {p2} said conditions were extreme."],
        ["{p0}, the {r0}, said the fire was not yet contained.", "\"The wind keeps changing,\" said {p0}, {city}'s {r0}."],
        ["{p1}, the {r1}, ordered more evacuations on {day2}.", "The {r1}, {p1}, asked for help from neighbouring regions."],
        ["\"We lost everything,\" said {p3}, a {r3} whose land burned."],
    ],
    background=["Hot, dry and windy weather has made fire seasons longer and more dangerous.",
                "Most wildfires are started by people, through carelessness or arson.",
                "Smoke from the fires could be seen from space.",
                "Authorities warned residents to be ready to leave at short notice."],
    headlines=["Wildfire rages near {city}", "{country} fire forces {evacuated} to flee", "Firefighters battle blaze in {country}"],
)

TOPICS = {"earthquake": EARTHQUAKE, "strike": STRIKE, "election": ELECTION, "flood": FLOOD,
          "acquisition": ACQUISITION, "plane-crash": CRASH, "protest": PROTEST, "wildfire": WILDFIRE}
COMMON = ["The situation was still developing on {day2}.", "Reuters and other agencies contributed reporting.",
          "The United Nations said it was following events closely.", "More details are expected in the coming days."]


def make_events(rng: random.Random, topic: str, count: int, base: datetime) -> list[Event]:
    used: set[str] = set()
    events = []
    countries = list(PLACES)
    rng.shuffle(countries)
    start = base + timedelta(days=rng.uniform(0, 120))
    for k in range(count):
        # sometimes the same country as the previous event of the topic: the hardest negatives
        country = events[-1].slots["country"] if events and rng.random() < 0.3 else countries[k]
        city = rng.choice([c for c in PLACES[country] if not events or c != events[-1].slots["city"]])
        slots, people = TOPICS[topic]["make"](rng, used, country, city)
        slots.update(country=country, city=city)
        events.append(Event(topic, f"{topic}-{k + 1}", start, slots, people))
        start += timedelta(days=rng.choice((rng.uniform(1, 4), rng.uniform(5, 20), rng.uniform(20, 45))))
    return events


def fill(template: str, event: Event, at: datetime) -> str:
    values = dict(event.slots)
    values["day"] = WEEKDAYS[event.start.weekday()]
    values["day2"] = WEEKDAYS[(event.start + timedelta(days=1)).weekday()]
    for i, (name, role) in enumerate(event.people):
        values[f"p{i}"], values[f"r{i}"] = name, role.format(**values)
    return template.format(**values)


# Each outlet's own wording: word swaps applied per write-up with some probability each, so two
# write-ups of one fact rarely share a run of five words (as with real independent reporting).
SWAPS = (("said", ("says", "told reporters", "stated", "added")), ("people", ("residents", "persons", "individuals")),
         ("at least", ("no fewer than", "a minimum of")), ("about", ("around", "roughly", "nearly", "some")),
         ("officials", ("authorities", "the government", "state officials")), ("killed", ("left dead", "claimed the lives of")),
         ("more than", ("over", "upwards of")), ("urged", ("called on", "pressed")),
         ("was", ("had been",)), ("would", ("will", "could")), ("after", ("following", "once")),
         ("began", ("started", "launched")), ("demanding", ("seeking", "asking for")), ("deal", ("agreement", "transaction")),
         ("rescuers", ("rescue workers", "emergency crews")), ("workers", ("employees", "staff")), ("fire", ("blaze", "flames")),
         ("quake", ("earthquake", "tremor")), ("protesters", ("demonstrators", "marchers")), ("crashed", ("came down", "went down")),
         ("won", ("secured", "took")), ("buy", ("acquire", "take over")), ("flooding", ("floods", "high water")))
LEADS = ("", "", "", "Meanwhile, ", "Separately, ", "In a statement, ", "Earlier, ", "According to local media, ", "Local reports said ")


def reword(sentence: str, rng: random.Random, swaps: dict[str, str], event: Event) -> str:
    for word, replacement in swaps.items():
        sentence = re.sub(rf"\b{word}\b", replacement, sentence, count=1)
    for name, _ in event.people:  # a second write-up may name someone by surname only
        if name in sentence and rng.random() < 0.3:
            sentence = sentence.replace(name, name.split()[-1])
    if rng.random() < 0.3:
        lead = rng.choice(LEADS)
        if lead:
            sentence = lead + (sentence[0].lower() + sentence[1:] if lead.endswith(", ") and not sentence[:2].isupper() and sentence.split()[0] in ("The", "A", "At", "About", "More", "Police", "Talks", "Turnout") else sentence)
    return sentence[0].upper() + sentence[1:]


def write_up(rng: random.Random, event: Event, outlet: str) -> tuple[str, datetime]:
    spec = TOPICS[event.topic]
    at = event.start + timedelta(hours=rng.choice((rng.uniform(1, 12), rng.uniform(12, 48), rng.uniform(48, 110))))
    facts = spec["facts"]
    size = rng.choice((2, 3, 4, 5, 6, len(facts)))
    chosen = [facts[0]] + rng.sample(facts[1:], min(size, len(facts) - 1)) if rng.random() < 0.85 else rng.sample(facts, min(size, len(facts)))
    swaps = {w: rng.choice(alts) for w, alts in SWAPS if rng.random() < 0.6}
    sentences = [reword(fill(rng.choice(wordings), event, at), rng, swaps, event) for wordings in chosen]
    for line in rng.sample(spec["background"], rng.randint(0, 3)):
        sentences.insert(rng.randint(1, len(sentences)), line)
    if rng.random() < 0.3:
        sentences.append(fill(rng.choice(COMMON), event, at))
    paragraphs, para = [], []
    for s in sentences:
        para.append(s)
        if len(para) >= rng.randint(1, 3):
            paragraphs.append(" ".join(para))
            para = []
    if para:
        paragraphs.append(" ".join(para))
    headline = fill(rng.choice(spec["headlines"]), event, at)
    headline = headline[0].upper() + headline[1:]
    return headline + "\n\n" + "\n\n".join(paragraphs), at


def corpus(seed: int = 1, events_per_topic: int = 2) -> dict[str, dict]:
    """``{topic: {"topic", "events": [{"event", "articles": [{"id", "text", "published", "outlet"}]}]}}``."""
    rng = random.Random(seed)
    base = datetime(2025, 1, 6, 6, tzinfo=timezone.utc)
    out = {}
    for topic in TOPICS:
        k = events_per_topic + (1 if rng.random() < 0.35 else 0)
        events = []
        for event in make_events(rng, topic, k, base):
            outlets = rng.sample(OUTLETS, rng.randint(4, 9))
            texts = set()
            articles = []
            for i, outlet in enumerate(outlets):
                text, at = write_up(rng, event, outlet)
                if text in texts:
                    continue
                texts.add(text)
                articles.append({"id": f"{event.key}-{seed}-{i}", "text": text, "published": at.isoformat(), "outlet": outlet})
            events.append({"event": event.key, "articles": articles})
        out[topic] = {"topic": topic, "events": events}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--events-per-topic", type=int, default=2)
    args = parser.parse_args()
    folder = Path(args.out)
    folder.mkdir(parents=True, exist_ok=True)
    for topic, data in corpus(args.seed, args.events_per_topic).items():
        (folder / f"{topic}.json").write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
