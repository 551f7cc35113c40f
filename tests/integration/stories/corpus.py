"""A small news corpus for the story tests: six events, each told by four outlets in their own
words, and a syndicated copy of one report per event (an agency credit line added). Written as
text files, one folder per outlet, so the stream and `copydesk process` read the same input.

Each event has its own facts (six sentences); an outlet's report frames three of them in its own
opening and closing, so reports of one event share facts (one with each other report) but are
not copies of each other, and reports of different events share no more than an outlet's framing."""

from __future__ import annotations

from pathlib import Path

EVENTS = [
    ("Valparaiso", [
        "A wildfire swept through the hillside neighbourhoods of Valparaiso overnight, destroying more than "
        "four hundred wooden houses on Cerro Alegre and Cerro Florida.",
        "Elena Marquez, the regional governor, said water bombers from the Chilean Air Force would fly again "
        "at dawn once the wind from the Pacific dropped.",
        "Firefighters in Valparaiso blamed dry eucalyptus plantations and gusts of eighty kilometres an hour for "
        "the speed of the blaze.",
        "The Chilean Navy opened its Valparaiso barracks to families who fled the wildfire on the burning hills "
        "with nothing but their documents.",
        "Governor Elena Marquez asked residents of the upper hills of Valparaiso to leave before the wildfire "
        "reached them and not to wait for a second warning.",
        "Insurers in Santiago estimated that the fire on the Valparaiso hills was the costliest in the port city "
        "since 2014.",
    ]),
    ("Rotterdam", [
        "Dockworkers at the Port of Rotterdam walked out on Monday, halting the Maasvlakte container terminals "
        "in a dispute over automated cranes.",
        "Pieter de Vries, who leads the FNV dockers' union, said the strike in Rotterdam would last until the "
        "terminal operators withdrew their automation plan.",
        "Shipping lines diverted vessels from Rotterdam to Antwerp and Hamburg as queues of container ships "
        "grew off the Dutch coast.",
        "The Port of Rotterdam Authority warned that every day of the stoppage delayed tens of thousands of "
        "containers bound for Germany.",
        "De Vries told strikers at the Maasvlakte gates that automation would cost eight hundred jobs in "
        "Rotterdam within five years.",
        "Dutch ministers urged the union and the terminal operators to accept mediation before the strike "
        "spread to other ports.",
    ]),
    ("Kathmandu", [
        "A landslide triggered by monsoon rain buried three mountain villages in the Sindhupalchok district, "
        "north-east of Kathmandu.",
        "Sunita Rai, a spokeswoman for the Nepal Army, said helicopters had lifted forty injured villagers to "
        "hospitals in Kathmandu.",
        "Rescue teams dug through mud and boulders with shovels because the road from Kathmandu to "
        "Sindhupalchok had been washed away.",
        "Villagers in Sindhupalchok said the hillside above their terraced fields had cracked days before the "
        "landslide.",
        "Rai said the Nepal Army feared that dozens of people were still missing under the debris in the "
        "upper valley.",
        "Meteorologists in Kathmandu forecast more heavy monsoon rain in the Himalayan foothills for the rest "
        "of the week.",
    ]),
    ("Winnipeg", [
        "An ice storm coated Winnipeg in freezing rain, snapping power lines and leaving two hundred thousand "
        "homes in Manitoba without electricity.",
        "Mark Fontaine, the president of Manitoba Hydro, said utility crews from Saskatchewan and Ontario were "
        "on their way to Winnipeg.",
        "Fallen elm branches blocked streets across Winnipeg, and the city opened warming centres in community "
        "halls.",
        "Manitoba Hydro said some rural customers north of Winnipeg might wait a week before their power was "
        "restored.",
        "Fontaine urged Winnipeg residents not to run generators indoors after several cases of carbon "
        "monoxide poisoning.",
        "Environment Canada said the ice storm was the worst to hit southern Manitoba in three decades.",
    ]),
    ("Mombasa", [
        "A cholera outbreak in the coastal city of Mombasa has sent more than three hundred patients to "
        "clinics in Likoni and Kisauni.",
        "Joseph Mwangi, the county health director, said contaminated water from broken pipes in the Old Town "
        "of Mombasa had spread the disease.",
        "Health workers in Mombasa set up oral rehydration points at ferry terminals and markets.",
        "The Kenya Ports Authority disinfected the Kilindini harbour docks after two dockers in Mombasa fell "
        "ill with cholera.",
        "Mwangi said the Kenyan health ministry had sent twenty thousand doses of oral cholera vaccine to the "
        "Mombasa clinics.",
        "Hotel owners on the Mombasa coast feared cancellations as the cholera cases rose before the tourist "
        "season.",
    ]),
    ("Osaka", [
        "Kansai Electric Power shut down a reactor at its Ohi plant after a coolant leak, cutting supply to "
        "the industrial districts of Osaka.",
        "Haruto Tanaka, a Kansai Electric spokesman, said the leak had been contained and no radiation had "
        "escaped from the Ohi reactor.",
        "Factories in Osaka and Sakai cut their shifts as Kansai Electric asked big customers to save power "
        "during the afternoon peak.",
        "Japan's nuclear regulator sent inspectors to the Ohi plant to examine the pump seal that failed.",
        "Tanaka said Kansai Electric would restart gas-fired units in Osaka Bay to make up for the lost "
        "nuclear output.",
        "Shares in Kansai Electric fell six percent in Tokyo trading after the Ohi reactor shutdown.",
    ]),
]

# Every framing line names the place: a line an outlet repeats in three articles would be learned
# as its boilerplate and removed from the later ones, which makes the bodies depend on arrival order.
OUTLETS = [
    ("harbourtimes", "From our correspondent in {place}.", "More reports from {place} will follow."),
    ("dailyledger", "Here is what we know so far about the events in {place}.",
     "This story from {place} is developing."),
    ("northpost", "The news from {place} this week.",
     "Readers in {place} can send their questions to the news desk."),
    ("citybeat", "What happened in {place}, and what comes next.", "We will update this page on {place}."),
]
# Which of an event's facts each outlet reports: any two outlets share one of their three.
FACTS_OF = [(0, 1, 2), (2, 3, 4), (4, 5, 0), (1, 3, 5)]
CREDIT = "(Reuters) "


def write_corpus(folder: Path) -> list[tuple[str, str]]:
    """Write the corpus under ``folder``; return (copy file, original file) of each planted copy,
    paths relative to ``folder``."""
    copies = []
    for e, (place, facts) in enumerate(EVENTS):
        for o, (outlet, opening, closing) in enumerate(OUTLETS):
            chosen = [facts[k] for k in FACTS_OF[o]]
            text = "\n\n".join([opening.format(place=place), *chosen, closing.format(place=place)]) + "\n"
            _write(folder / outlet / f"event{e}.txt", text)
            if o == 0:  # an agency's copy of this one, carried by a syndicating outlet
                _write(folder / "syndicated" / f"event{e}.txt", CREDIT + text)
                copies.append((f"syndicated/event{e}.txt", f"{outlet}/event{e}.txt"))
    return copies


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
