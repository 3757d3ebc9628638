"""What a careful copy editor would extract from every fixture in ``fixtures/``.

Each row of ``FACTS`` is one raw story and the facts a correct parser must produce from it.
The stories are invented; their shapes (datelines, bylines, chrome, wrapping, encodings,
line endings) are those of real agency copy, as described in ``fixtures/README.md``.

These facts are the specification: when a test here fails, the parser is wrong, not the
row. Comparison rules, all deliberate:

- ``headline``, ``dateline`` (the raw dateline, closing dash included), ``agencies``, the
  first and last 30 characters of the body and the source encoding and newline are
  compared exactly.
- Byline names and the dateline city are compared ignoring case: ``HAROLD B. KESSLER`` and
  ``Harold B. Kessler`` name the same person. Agencies are never people, so
  ``By The Associated Press`` has an empty list of names; ``names=None`` means the story
  has no byline at all.
- ``credits`` holds one substring of each caption's credit, in order; their number is the
  number of captions.
- ``removed`` lists substrings that must each occur in some removed line.
- ``body_contains`` lists text that must survive into the body as written (deliberate
  slips such as ``disolved`` are for the checker to report, not for the parser to mend).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

import wirecheck

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


class _Skip:
    """A fact left unchecked because a careful editor could answer it more than one way."""

    def __repr__(self) -> str:
        return "SKIP"


SKIP = _Skip()


@dataclass(frozen=True)
class Facts:
    file: str
    headline: str | None
    names: tuple[str, ...] | None
    dateline: str | None
    city: str | _Skip | None
    agencies: tuple[str, ...] | None
    paragraphs: int
    first: str
    last: str
    credits: tuple[str | None, ...] = ()
    related: int = 0
    removed: tuple[str, ...] = ()
    encoding: str = "utf-8"
    newline: str = "\n"
    body_contains: tuple[str, ...] = ()


FACTS: list[Facts] = [
    Facts(
        file="upi-diaz-canel-moscow.txt",
        headline="Cuban leader Diaz-Canel visits Putin, Russian officials in Moscow",
        names=("Renzo Pipoli",),
        dateline="Nov. 2 (UPI) --",
        city=None,
        agencies=("UPI",),
        paragraphs=12,
        first="Russian President Vladimir Put",
        last="Putin was invited to make a vi",
        credits=("Kremlin",),
        related=3,
        removed=(
            "Cuban leader Diaz-Canel visits Putin, Russian officials in Moscow",
            "Latest Headlines",
            "Follow Us",
        ),
        body_contains=("disolved",),
    ),
    Facts(
        file="ap-web-chrome.txt",
        headline="Workers find forgotten 1930s mural behind library drywall in Queens",
        names=("MARISOL QUINTERO",),
        dateline="NEW YORK (AP) —",
        city="NEW YORK",
        agencies=("AP",),
        paragraphs=11,
        first="Contractors replacing the heat",
        last='"All that time," she said, "th',
        removed=(
            "Advertisement",
            "Most Read",
            "Storms knock out power",
            "Privacy Policy",
            "Copyright 2024 The Associated Press",
            "Updated 4:12 PM EDT",
        ),
    ),
    Facts(
        file="ap-photo-caption.txt",
        headline="Shuttered South Carolina textile mill to become apartments, studios",
        names=(),
        dateline="COLUMBIA, S.C. (AP) —",
        city="COLUMBIA",
        agencies=("AP",),
        paragraphs=9,
        first="A brick textile mill that has ",
        last='"A mill was always the center ',
        credits=("AP Photo/Dwight Rasmussen",),
    ),
    Facts(
        file="ap-anpa-archive-1989.txt",
        headline="Town Meeting Votes to Buy Keeper's Cottage Near Old Light",
        names=("HAROLD B. KESSLER",),
        dateline="ORLEANS, Mass. (AP) _",
        city="ORLEANS",
        agencies=("AP",),
        paragraphs=8,
        first="Voters at a special town meeti",
        last="The sale is expected to close ",
        removed=("AM-Cottage Vote", "AP-NY-08-07-89 0618EDT"),
    ),
    Facts(
        file="reuters-web.txt",
        headline="UK grocers' price war squeezes small suppliers, trade group says",
        names=("Priya Raman", "Tom Hale", "Susan Marr"),
        dateline="LONDON, March 3 (Reuters) -",
        city="LONDON",
        agencies=("Reuters",),
        paragraphs=8,
        first="Small food producers supplying",
        last="Fergus Doyle, an analyst at Ke",
        credits=("REUTERS/Marek Sobczak",),
        related=2,
        removed=(
            "Purchase Licensing Rights",
            "Reporting by Priya Raman",
            "Our Standards: The Thomson Reuters Trust Principles.",
            "Related Coverage",
            "4 minute read",
        ),
    ),
    Facts(
        file="reuters-1987-wrapped.txt",
        headline="ESPIRITO SANTO COFFEE OUTLOOK IMPROVES AFTER RAINS",
        names=None,
        dateline="VITORIA, March 12 -",
        city="VITORIA",
        agencies=(),
        paragraphs=6,
        first="Heavy rains in the northern ha",
        last="Fertiliser deliveries to the r",
        removed=("REUTER",),
    ),
    Facts(
        file="reuters-no-city.txt",
        headline="India's Saraswati Motors recalls 48,000 scooters over brake hose fault",
        names=("Ananya Kulkarni",),
        dateline="Jan 30 (Reuters) -",
        city=None,
        agencies=("Reuters",),
        paragraphs=8,
        first="India's Saraswati Motors said ",
        last="Saraswati, founded in 2016, so",
    ),
    Facts(
        file="afp-web.txt",
        headline="Night reading room opens in Kyiv metro station",
        names=("Oksana HRYTSENKO",),
        dateline="Kyiv (Ukraine) (AFP)\u00a0–",
        city="Kyiv",
        agencies=("AFP",),
        paragraphs=7,
        first="A Kyiv city library has opened",
        last="City officials said a second r",
        credits=("AFP",),
        removed=("Published on 14/02/2024", "ohr/ah/ach"),
    ),
    Facts(
        file="afp-stockholm-2014.txt",
        headline="Swedish city pays commuters to cycle through winter",
        names=None,
        dateline="STOCKHOLM, Aug 29, 2014 (AFP) -",
        city="STOCKHOLM",
        agencies=("AFP",),
        paragraphs=7,
        first="A city in northern Sweden will",
        last="Local business groups have que",
        removed=("pcr/jhe/kjm",),
    ),
    Facts(
        file="afp-archive-1997.txt",
        headline="Rwanda reopens rebuilt bridge on main road east",
        names=None,
        dateline="KIGALI, April 28 , 1997 (AFP) -",
        city="KIGALI",
        agencies=("AFP",),
        paragraphs=7,
        first="Rwanda on Monday reopened a re",
        last="The ministry said work would b",
        removed=("ak/jrw",),
    ),
    Facts(
        file="upi-web.txt",
        headline="Report: Airlines mishandled 2.1 million bags last year, most since 2019",
        names=("Dana Whitfield",),
        dateline="WASHINGTON, Nov. 6 (UPI) --",
        city="WASHINGTON",
        agencies=("UPI",),
        paragraphs=9,
        first="U.S. airlines mishandled more ",
        last='"The airlines can tell you whe',
        credits=("Carla Brennan/UPI",),
        related=3,
        removed=(
            "Top News",
            "Latest Headlines",
            "Storm system brings heavy snow",
            "Trending Stories",
            "Follow Us",
            "Copyright © 2024 United Press International",
        ),
    ),
    Facts(
        file="upi-region.txt",
        headline="Giant pumpkin boat race draws record crowd on Connecticut River",
        names=("Leah Brandstetter",),
        dateline="SPRINGFIELD, Mass., Oct. 31 (UPI) --",
        city="SPRINGFIELD",
        agencies=("UPI",),
        paragraphs=8,
        first="Forty-two paddlers sitting in ",
        last="After the race, the pumpkins w",
        credits=("Riverfront Pumpkin Regatta",),
        related=1,
    ),
    Facts(
        file="xinhua.txt",
        headline="New Delhi opens underground bicycle parking to ease metro crowding",
        names=None,
        dateline="NEW DELHI, Sept. 10 (Xinhua) --",
        city="NEW DELHI",
        agencies=("Xinhua",),
        paragraphs=7,
        first="India's capital on Tuesday ope",
        last="Cycling groups welcomed the pr",
        credits=("Xinhua/Ravi Sahni",),
        removed=("Enditem", "[Editor: huaxia]"),
    ),
    Facts(
        file="xinhua-archive-2005.txt",
        headline="China to add 180 overnight trains for Spring Festival travel rush",
        names=None,
        dateline="BEIJING, Nov. 1 , 2005 (Xinhua)",
        city="BEIJING",
        agencies=("Xinhua",),
        paragraphs=6,
        first="China's railway authorities wi",
        last="The Spring Festival, or Lunar ",
        removed=("Enditem",),
    ),
    Facts(
        file="anadolu-web.txt",
        headline="Turkish shipyards report record order book as tanker demand climbs",
        names=("Selin Aydemir",),
        dateline="ISTANBUL",
        city="ISTANBUL",
        agencies=(),
        paragraphs=5,
        first="Turkish shipyards ended the th",
        last="Exports of ships and yachts ro",
        removed=(
            "Builders in Tuzla and Yalova say contracts for chemical tankers now run into 2029",
            "The Anadolu Agency website contains only a portion of the news stories offered to "
            "subscribers, in summarized form. Please contact us for subscription options.",
        ),
    ),
    Facts(
        file="pti-syndicated.txt",
        headline="Small traders get a month more to file annual GST returns",
        names=None,
        dateline="New Delhi, Nov 29 (PTI)",
        city="New Delhi",
        agencies=("PTI",),
        paragraphs=4,
        first="The government on Sunday exten",
        last="Traders' bodies had sought an ",
        removed=(
            "Updated: Nov 29, 2026, 18:42 IST",
            "PTI RKS HVA NSK",
            "(This story has not been edited by our staff and is auto-generated from a "
            "syndicated feed.)",
            "Also Read",
        ),
        related=2,  # the two links under `Also Read`
        body_contains=("smaller towns had struggled to log in.",),
    ),
    Facts(
        file="british-web.txt",
        headline="Rail upgrade for the north delayed by three years",
        names=("Tom Hale", "Priya Nandakumar"),
        dateline=None,
        city=None,
        agencies=None,
        paragraphs=5,
        first="Campaigners say postponing the",
        last="A spokesperson for the departm",
        credits=("Getty Images", None),
        related=3,
        removed=("Skip to content", "Sun 29 Nov 2026 10.05 GMT", "Share", "Related topics"),
    ),
    Facts(
        file="ap-on-local-site.txt",
        headline="Ferry strike strands commuters on both sides of the bay",
        names=("Ann Lee",),
        dateline="NORTHBANK, Wash. (AP) \u2014",
        city="NORTHBANK",
        agencies=("AP",),
        paragraphs=5,
        first="Thousands of commuters were st",
        last="Commuters lined up for buses t",
        removed=(
            "Published: Nov. 29, 2026, 6:14 p.m.",
            "Subscribe to our email newsletter.",
            "Associated Press writer Bo Park in Seattle contributed to this report.",
            "Copyright 2026 The Associated Press.",
            "The opinions expressed in reader comments",
            "Most Read",
        ),
    ),
    Facts(
        file="cnn-web.txt",
        headline="Harbour board passes stopgap budget hours before deadline",
        names=("Lena Ortiz", "Owen Petrakis"),
        dateline=None,
        city=None,
        agencies=None,
        paragraphs=6,
        first="The harbour board on Saturday ",
        last="A full budget for the coming y",
        removed=("Updated 11:42 PM EST", "CNN\u2019s Ann Lee contributed to this report."),
    ),
    Facts(
        file="bloomberg.txt",
        headline="Salmon Farmer Fjordlaks Halts Expansion as Sea-Lice Costs Climb",
        names=("Henrik Solberg",),
        dateline="(Bloomberg) --",
        city=None,
        agencies=("Bloomberg",),
        paragraphs=7,
        first="Fjordlaks ASA, one of Norway's",
        last="Analysts at a Bergen brokerage",
        credits=("Ingrid Vaage/Bloomberg",),
        removed=(
            "LISTEN TO ARTICLE 4:13 SHARE THIS ARTICLE Share Tweet Post Email",
            "Most Read from Bloomberg",
            "Shipping Rates Climb",
            "To contact the reporter on this story:",
            "To contact the editors responsible for this story:",
            "Before it's here, it's on the Bloomberg Terminal.",
        ),
    ),
    Facts(
        file="bloomberg-legacy.txt",
        headline="Dutch Flower Auction Prices Slump as Heat Shortens Vase Life",
        names=("Marieke van Dalen",),
        dateline="Sept.  14 (Bloomberg) --",
        city=None,
        agencies=("Bloomberg",),
        paragraphs=6,
        first="Prices for cut roses at the Ne",
        last="The Dutch flower industry expo",
        removed=(
            "--With assistance from Lars Dijkstra in Aalsmeer.",
            "To contact the reporter on this story:",
            "Last Updated: September 14, 2007 11:52 EDT",
        ),
    ),
    Facts(
        file="dpa-english.txt",
        headline="Berlin keeps public pools open late as heatwave grips capital",
        names=None,
        dateline="Berlin (dpa) -",
        city="Berlin",
        agencies=("dpa",),
        paragraphs=7,
        first="Berlin's public swimming pools",
        last="Entry prices remain unchanged ",
    ),
    Facts(
        file="dpa-tca.txt",
        headline="Sea lion naps on San Diego bus bench, delaying morning commute",
        names=("Rosa Villanueva",),
        dateline="San Diego (tca/dpa) -",
        city="San Diego",
        agencies=("tca", "dpa"),
        paragraphs=7,
        first="A young sea lion hauled itself",
        last='"We see them on docks and boat',
        removed=("Distributed by Tribune Content Agency, LLC.",),
    ),
    Facts(
        file="nyt-style.txt",
        headline="House Panel Backs $1.2 Billion Plan to Replace Lead Water Pipes",
        names=("ADAM R. FELLOWS",),
        dateline="WASHINGTON _",
        city="WASHINGTON",
        agencies=(),
        paragraphs=9,
        first="A House subcommittee voted 9 t",
        last="In one Baltimore neighborhood,",
        removed=(
            "BC-LEAD-PIPES-NYT",
            "(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS.)",
            "NYT-06-23-98 1712EDT",
        ),
    ),
    Facts(
        file="cp-toronto.txt",
        headline="Toronto restaurants rush patios into place as warm spell arrives early",
        names=("Allison Ferreira",),
        dateline="TORONTO _",
        city="TORONTO",
        agencies=(),
        paragraphs=10,
        first="Restaurant owners across Toron",
        last='"This is Toronto," he said. "I',
        removed=("This report by The Canadian Press was first published April 16, 2024.",),
    ),
    Facts(
        file="efe.txt",
        headline="Honduran coffee exports rise 14 percent on strong European demand",
        names=None,
        dateline="Tegucigalpa, Jan 2 (EFE).-",
        city="Tegucigalpa",
        agencies=("EFE",),
        paragraphs=7,
        first="Honduran coffee exports rose 1",
        last="The federation expects exports",
        removed=("EFE lcm/mcd",),
    ),
    Facts(
        file="kuna-aggregator-digest.txt",
        headline="Briefing Of KUNA Main News For Wednesday Until 00:00 GMT",
        names=None,
        dateline="KUWAIT -",
        city="KUWAIT",
        agencies=(),
        paragraphs=6,
        first="Kuwait's Cabinet approved on T",
        last="KUWAIT - The Ministry of Educa",
        removed=("(NEWSHUBX- Kuwait News Agency (KUNA))",),
    ),
    Facts(
        file="ansa.txt",
        headline="Rome museums to stay open until midnight on July Thursdays",
        names=None,
        dateline="(ANSA) - ROMA, 1 LUG -",
        city="ROMA",
        agencies=("ANSA",),
        paragraphs=6,
        first="Rome's municipal museums will ",
        last="Tickets for the evening openin",
        removed=("RIPRODUZIONE RISERVATA © Copyright ANSA",),
    ),
    Facts(
        file="whole-web-page.txt",
        headline="Canal boat hire firm doubles fleet as holiday bookings surge",
        names=("FIONA REDGRAVE",),
        dateline="HEBDEN BRIDGE, England (AP) —",
        city="HEBDEN BRIDGE",
        agencies=("AP",),
        paragraphs=9,
        first="When Helen Ashworth took over ",
        last='"My dad thought boats were a h',
        credits=("AP Photo/Sam Oduya",),
        related=3,
        removed=(
            "The Northgate Courier",
            "We use cookies",
            "BREAKING: Ring road closed",
            "A family business in the Pennines says demand",
            "Published 09:14, 4 March 2023",
            "Follow The Northgate Courier on Twitter",
            "Sign up for our daily newsletter",
            "More from The Northgate Courier",
            "Careers",
            "© 2023 Northgate Media Ltd. All rights reserved.",
        ),
    ),
    Facts(
        file="no-dateline.txt",
        headline="At the last typewriter shop on Route 9, the keys are still clicking",
        names=("Naomi Feld",),
        dateline=None,
        city=None,
        agencies=None,
        paragraphs=10,
        first="EVERY MORNING at 7:15, Walt Dr",
        last='"When I stop getting boxes," h',
    ),
    Facts(
        file="not-a-dateline.txt",
        headline="Where are they now: five stars of the 2009 Colombo schools games",
        names=("Shehani Gunasekara",),
        dateline=None,
        city=None,
        agencies=None,
        paragraphs=6,
        first="Ravindu Perera (cricket) - The",
        last="Organisers of this year's game",
    ),
    Facts(
        file="two-bylines.txt",
        headline="Lagos ferry service adds night crossings as bridge repairs snarl traffic",
        names=("Lena Marchetti", "Oluwaseun Adeyemi"),
        dateline="LAGOS, Nigeria (AP) —",
        city="LAGOS",
        agencies=("AP",),
        paragraphs=8,
        first="A state-owned ferry service in",
        last="Some passengers said they worr",
    ),
    Facts(
        file="crlf.txt",
        headline="Tuscan farmers turn to donkeys to guard sheep as wolf sightings rise",
        names=("GIULIA FERRANTE",),
        dateline="GROSSETO, Italy (AP) --",
        city="GROSSETO",
        agencies=("AP",),
        paragraphs=9,
        first="Sheep farmers in the hills of ",
        last='"They cost less than a good do',
        credits=("AP Photo/Marco Lenzi",),
        newline="\r\n",
    ),
    Facts(
        file="cp1252.txt",
        headline="Puerto Rico coffee growers replant as prices climb",
        names=("DANIEL OQUENDO",),
        dateline="SAN JUAN, Puerto Rico (AP) —",
        city="SAN JUAN",
        agencies=("AP",),
        paragraphs=6,
        first="Coffee growers in Puerto Rico’",
        last="“The coffee is there. The peop",
        encoding="cp1252",
    ),
    Facts(
        file="press-release.txt",
        headline=(
            "Harborline Foods and Greenfield Provisions to Combine,"
            " Creating Regional Grocery Distributor"
        ),
        names=None,
        dateline="NEW YORK and CHICAGO (December 22, 2013) —",
        city=SKIP,
        agencies=(),
        paragraphs=6,
        first="Harborline Foods, Inc., a New ",
        last="The combined company will oper",
        removed=("###", "About Harborline Foods", "Media Contact:", "(212) 555-0148"),
        encoding="utf-8-sig",
    ),
    Facts(
        file="typo-story.txt",
        headline="Colorado town votes to keep its century-old water tower",
        names=("KAYLA BRENNEMAN",),
        dateline="DENVER (AP) —",
        city="DENVER",
        agencies=("AP",),
        paragraphs=7,
        first="Residents of a small farming t",
        last='"You can see that tower from e',
        removed=("Colorado town votes to keep its century-old water tower",),
        body_contains=("goverment", "on the the town's"),
    ),
    Facts(
        file="utf16-bom.txt",
        headline="Berlin bakeries struggle to fill apprenticeships as early starts deter recruits",
        names=("Anke Vollmer",),
        dateline="BERLIN, Germany, Nov. 6 (UPI) --",
        city="BERLIN",
        agencies=("UPI",),
        paragraphs=7,
        first="Nearly four in 10 apprenticesh",
        last="The guild has asked the city t",
        encoding="utf-16",
        newline="\r\n",
        body_contains=("Jörg Kühnel", "Neukölln"),
    ),
    Facts(
        file="cr-only.txt",
        headline="Astronomers spot comet that may be visible with binoculars in April",
        names=("Elena Sokolova",),
        dateline="March 16 (UPI) —",
        city=None,
        agencies=("UPI",),
        paragraphs=7,
        first="Astronomers at an observatory ",
        last="Amateur astronomers have been ",
        related=1,
        newline="\r",
    ),
]

BY_FILE = {f.file: f for f in FACTS}


def _cases() -> list[pytest.ParameterSet]:
    return [pytest.param(f, id=f.file.removesuffix(".txt")) for f in FACTS]


@cache
def _parse(name: str) -> wirecheck.Story:
    path = FIXTURES / name
    return wirecheck.parse(path.read_bytes(), path=str(path))


def _lines(facts: Facts) -> list[str]:
    """The fixture's lines, decoded with the encoding the row states (not the parser's)."""
    text = (FIXTURES / facts.file).read_bytes().decode(facts.encoding)
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


# The table itself: these pass whatever the parser does, and keep the rows honest.


def test_every_fixture_has_a_row() -> None:
    on_disk = {p.name for p in FIXTURES.glob("*.txt")}
    assert on_disk == set(BY_FILE)


@pytest.mark.parametrize("facts", _cases())
def test_row_agrees_with_the_fixture_text(facts: Facts) -> None:
    raw = (FIXTURES / facts.file).read_bytes().decode(facts.encoding)
    newline = "\r\n" if "\r\n" in raw else "\r" if "\r" in raw else "\n"
    assert newline == facts.newline
    lines = _lines(facts)
    text = "\n".join(lines)
    flat = re.sub(r"\s+", " ", text)
    assert facts.headline is None or facts.headline in lines
    assert facts.dateline is None or facts.dateline in text
    for snippet in (facts.first, facts.last, *facts.removed, *facts.body_contains):
        assert snippet in flat, snippet
    assert 150 <= len(text.split()) <= 600


# The parser against the table.


@pytest.mark.parametrize("facts", _cases())
def test_headline(facts: Facts) -> None:
    assert _parse(facts.file).headline == facts.headline


@pytest.mark.parametrize("facts", _cases())
def test_byline_names(facts: Facts) -> None:
    byline = _parse(facts.file).byline
    if facts.names is None:
        assert byline is None
    else:
        assert byline is not None
        assert [n.casefold() for n in byline.names] == [n.casefold() for n in facts.names]


@pytest.mark.parametrize("facts", _cases())
def test_dateline(facts: Facts) -> None:
    dateline = _parse(facts.file).dateline
    if facts.dateline is None:
        assert dateline is None
        return
    assert dateline is not None
    assert dateline.raw == facts.dateline
    assert dateline.agencies == facts.agencies
    if not isinstance(facts.city, _Skip):
        city = None if dateline.city is None else dateline.city.casefold()
        assert city == (None if facts.city is None else facts.city.casefold())


@pytest.mark.parametrize("facts", _cases())
def test_body(facts: Facts) -> None:
    body = _parse(facts.file).body
    assert len(body) == facts.paragraphs
    assert body[0][:30] == facts.first
    assert body[-1][:30] == facts.last
    joined = "\n".join(body)
    for snippet in facts.body_contains:
        assert snippet in joined


@pytest.mark.parametrize("facts", _cases())
def test_captions(facts: Facts) -> None:
    captions = _parse(facts.file).captions
    assert len(captions) == len(facts.credits)
    for caption, credit in zip(captions, facts.credits, strict=True):
        if credit is None:  # a caption whose credit is a line of its own
            assert caption.credit is None
        else:
            assert caption.credit is not None and credit in caption.credit


@pytest.mark.parametrize("facts", _cases())
def test_related(facts: Facts) -> None:
    assert len(_parse(facts.file).related) == facts.related


@pytest.mark.parametrize("facts", _cases())
def test_removed(facts: Facts) -> None:
    removed = [r.text for r in _parse(facts.file).removed]
    missing = [s for s in facts.removed if not any(s in text for text in removed)]
    assert not missing


@pytest.mark.parametrize("facts", _cases())
def test_source(facts: Facts) -> None:
    source = _parse(facts.file).source
    assert (source.encoding, source.newline) == (facts.encoding, facts.newline)


@pytest.mark.parametrize("facts", _cases())
def test_every_line_accounted_for_once(facts: Facts) -> None:
    """Each non-blank input line is the headline, the byline, a standalone dateline, a
    caption, part of a body paragraph, a related link or a removed line: exactly one, but
    for a line split in two."""
    story = _parse(facts.file)
    lines = _lines(facts)
    seen: Counter[int] = Counter()
    body_lines = {n for p in story.paragraphs for n in set(p.lines)}
    seen.update(body_lines)
    if story.headline_line is not None:
        seen[story.headline_line] += 1
    if story.dateline is not None and story.dateline.line not in body_lines:
        seen[story.dateline.line] += 1
    seen.update(c.line for c in story.captions)
    seen.update(r.line for r in story.related)
    seen.update(r.line for r in story.removed)
    if story.byline is not None:
        seen[story.byline.line] += 1
        # A byline may run on to the next line ("Associated Press Writer"); such a line
        # belongs to the byline when its raw text includes it and nothing else claims it.
        n = story.byline.line + 1
        while n <= len(lines) and lines[n - 1].strip() and not seen[n]:
            if lines[n - 1].strip() not in story.byline.raw:
                break
            seen[n] += 1
            n += 1
    nonblank = {i for i, line in enumerate(lines, 1) if line.strip()}
    unaccounted = sorted(nonblank - set(seen))
    # A line split in two (a sign-off run into the last paragraph, a label off the
    # headline) is held by two places, `removed` holding only its own part.
    split = {r.line for r in story.removed if r.text.strip() != lines[r.line - 1].strip()}
    twice = sorted(n for n in nonblank if seen[n] > 2 or (seen[n] == 2 and n not in split))
    assert not unaccounted, [(n, lines[n - 1]) for n in unaccounted]
    assert not twice, [(n, lines[n - 1]) for n in twice]
