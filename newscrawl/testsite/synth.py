"""Deterministic fake news text: names, places, headlines and sentences from word lists.

Everything is drawn from a ``random.Random`` the caller seeds, so the same seed always
gives the same text. The vocabulary is invented for newscrawl's generated test sites
(fictional towns and people); the aim is text that reads like news to an extractor:
sentences of varied length with numbers, dates, quotations and attributions.
"""

from __future__ import annotations

import random
import re

FIRST_NAMES = (
    "Ada", "Bram", "Celine", "Darius", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas",
    "Kaia", "Lorenzo", "Mireille", "Nikolai", "Oona", "Pavel", "Quinn", "Rosa", "Soren",
    "Tamsin", "Ulla", "Viktor", "Wanjiru", "Xavier", "Yusuf", "Zora", "Anouk", "Bastian",
    "Clio", "Dmitro", "Esme", "Florin", "Halina", "Idris", "Jarrah", "Lucia", "Malik",
)
LAST_NAMES = (
    "Abernethy", "Baptiste", "Castellanos", "Draskovic", "Eriksen", "Fairbairn", "Gallo",
    "Haverkamp", "Ilunga", "Janssens", "Kowalczyk", "Lindqvist", "Moreau", "Nakagawa",
    "Okonkwo", "Petrenko", "Quaresma", "Rasmussen", "Szabo", "Thorne", "Umarov", "Valente",
    "Whitcombe", "Yilmaz", "Zeller", "Marchetti", "Oyelaran", "Brennan", "Kovalenko", "Sauer",
)
TOWNS = (
    "Aldermoor", "Brackwater", "Corrin Bay", "Dunmere", "Eastholm", "Fennick", "Glenshaw",
    "Harrowgate Sound", "Iverstead", "Kestrel Point", "Lowbridge", "Marrowvale", "Northcliff",
    "Oakhollow", "Pellworth", "Quarrydown", "Redfern", "Saltmarsh", "Tarnwick", "Umbermoor",
)
ORGANISATIONS = (
    "the regional council", "the port authority", "the water utility", "the health board",
    "the transport ministry", "the teachers' union", "the chamber of commerce",
    "the university hospital", "the coastal guard", "the housing trust", "the rail operator",
    "the energy regulator", "the farmers' cooperative", "the city library service",
)
ROLES = (
    "a spokesperson for", "the director of", "a senior official at", "an analyst at",
    "the chair of", "a researcher at", "the deputy head of", "a board member of",
)
TOPICS = (
    ("budget", "spending plan", "the annual budget"), ("bridge", "repair works", "the old bridge"),
    ("election", "vote", "the municipal election"), ("flood", "flood defences", "the river wall"),
    ("hospital", "new ward", "the emergency department"), ("rail", "timetable", "the night train"),
    ("school", "curriculum", "the secondary schools"), ("housing", "rents", "the new estate"),
    ("energy", "wind farm", "the offshore turbines"), ("harbour", "dredging", "the inner basin"),
    ("museum", "exhibition", "the restored gallery"), ("football", "cup run", "the home side"),
    ("festival", "line-up", "the summer festival"), ("fishing", "quota", "the winter catch"),
    ("tourism", "visitor numbers", "the coastal path"),
    ("broadband", "fibre roll-out", "rural homes"),
)
VERBS_PAST = (
    "approved", "rejected", "postponed", "announced", "criticised", "defended", "reviewed",
    "expanded", "scaled back", "welcomed", "questioned", "confirmed", "delayed", "funded",
)
NOUNS = (
    "proposal", "report", "plan", "decision", "survey", "investigation", "agreement",
    "consultation", "project", "inspection", "petition", "contract", "audit", "pilot scheme",
)
ADJECTIVES = (
    "long-awaited", "controversial", "modest", "ambitious", "revised", "independent",
    "overdue", "costly", "temporary", "first", "unexpected", "detailed", "provisional",
)
TIME_PHRASES = (
    "on Monday", "on Tuesday evening", "last week", "earlier this month", "on Thursday",
    "after a four-hour meeting", "late on Friday", "this morning", "at the weekend",
    "in a statement on Wednesday", "after months of talks", "for the second time this year",
)
QUOTE_OPENINGS = (
    "We have listened to residents", "This is not the end of the matter",
    "Nobody wanted it to come to this", "The figures speak for themselves",
    "We will keep pushing for a fair deal", "It is a good day for the town",
    "There are still too many questions", "We need to get this right the first time",
)
QUOTE_ENDINGS = (
    "and we will publish the details in full", "but the hard work starts now",
    "whatever the critics say", "and we owe it to the people who live here",
    "and that is why we are asking for more time", "even if it takes longer than planned",
)
SECTIONS = (
    ("News", "news"), ("Politics", "politics"), ("Business", "business"),
    ("Environment", "environment"), ("Culture", "culture"), ("Sport", "sport"),
    ("Health", "health"), ("Transport", "transport"),
)
CREDIT_SOURCES = ("Staff photographer", "Handout", "Pool photo", "Reader photo", "Archive")


def person(rng: random.Random) -> str:
    """A full name."""
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def slugify(text: str) -> str:
    """A URL slug: lower-case ASCII words joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def headline(rng: random.Random, topic: tuple[str, str, str], town: str) -> str:
    """A news headline about a topic in a town."""
    subject, thing, place = topic
    kind = rng.randrange(5)
    if kind == 0:
        text = (f"{town} {rng.choice(ORGANISATIONS).removeprefix('the ')} "
                f"{rng.choice(VERBS_PAST)} {rng.choice(ADJECTIVES)} {thing}")
    elif kind == 1:
        text = (f"{thing.capitalize()} for {place} {rng.choice(VERBS_PAST)} after "
                f"{rng.randint(2, 19)}-month {rng.choice(NOUNS)}")
    elif kind == 2:
        text = f"What the {subject} {rng.choice(NOUNS)} means for {town}"
    elif kind == 3:
        text = f"{town} residents split over {rng.choice(ADJECTIVES)} {thing}"
    else:
        text = (f"{rng.randint(3, 90)} jobs at stake as {place} {rng.choice(NOUNS)} is "
                f"{rng.choice(VERBS_PAST)}")
    return text[0].upper() + text[1:]


def sentence(rng: random.Random, topic: tuple[str, str, str], town: str) -> str:
    """One news sentence about the topic: a statement, a figure, a quotation or background."""
    subject, thing, place = topic
    org = rng.choice(ORGANISATIONS)
    kind = rng.randrange(10)
    if kind == 6:
        return (f"Residents of {town} have until {rng.randint(1, 28)} "
                f"{rng.choice(('January', 'April', 'June', 'October', 'December'))} to comment on "
                f"the plans, which are on display at the town hall and online.")
    if kind == 7:
        verdict = rng.choice(("long overdue", "a waste of money", "better than nothing",
                              "the right call"))
        return (f"{person(rng)}, who has lived near {place} for {rng.randint(3, 40)} years, said "
                f"the {thing} was \u201c{verdict}\u201d.")
    if kind == 8:
        return (f"Figures released by {org} show {rng.randint(120, 9800):,} "
                f"{rng.choice(('complaints', 'applications', 'visitors', 'journeys', 'patients'))} "
                f"in the past year, up from {rng.randint(90, 5000):,} the year before.")
    if kind == 9:
        return (f"It is the {rng.choice(('second', 'third', 'fourth'))} time since "
                f"{rng.randint(2009, 2024)} that {place} has been at the centre of a dispute "
                f"between {org} and local businesses.")
    if kind == 0:
        text = (f"{org.capitalize()} {rng.choice(VERBS_PAST)} the {rng.choice(ADJECTIVES)} "
                f"{rng.choice(NOUNS)} on {thing} {rng.choice(TIME_PHRASES)}.")
    elif kind == 1:
        text = (f"According to {org}, about {rng.randint(2, 95)} percent of households in "
                f"{town} would be affected by the {rng.choice(NOUNS)}, at a cost of "
                f"{rng.randint(1, 40)}.{rng.randint(1, 9)} million.")
    elif kind == 2:
        text = (f"\u201c{rng.choice(QUOTE_OPENINGS)}, {rng.choice(QUOTE_ENDINGS)},\u201d said "
                f"{person(rng)}, {rng.choice(ROLES)} {org}.")
    elif kind == 3:
        text = (f"The {rng.choice(NOUNS)} follows a {rng.choice(ADJECTIVES)} "
                f"{rng.choice(NOUNS)} into {place}, which was published in "
                f"{rng.choice(('January', 'March', 'May', 'July', 'September', 'November'))}.")
    elif kind == 4:
        text = (f"Critics say the {thing} has already cost {town} "
                f"{rng.randint(2, 30)} years of {subject} investment, a claim {org} disputes.")
    else:
        text = (f"A final decision on {place} is expected by "
                f"{rng.choice(('the end of the year', 'the spring', 'next summer', 'March'))}, "
                f"when {org} meets again.")
    return text


def paragraph(rng: random.Random, topic: tuple[str, str, str], town: str) -> str:
    """A paragraph of one to four sentences."""
    return " ".join(sentence(rng, topic, town) for _ in range(rng.randint(1, 4)))


def caption(rng: random.Random, topic: tuple[str, str, str], town: str) -> str:
    """An image caption describing the scene."""
    subject, thing, place = topic
    return (f"{rng.choice(('Workers', 'Residents', 'Council members', 'Visitors', 'Volunteers'))} "
            f"{rng.choice(('gather near', 'inspect', 'walk past', 'queue outside', 'look over'))} "
            f"{place} in {town} {rng.choice(TIME_PHRASES)}.")


def credit(rng: random.Random) -> str:
    """A photo credit: a person and a source."""
    return f"{person(rng)}/{rng.choice(CREDIT_SOURCES)}"
