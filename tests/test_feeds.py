"""Agency feeds in: every format's invented fixture parses to the right story and metadata.

The fixtures in ``fixtures/feeds/`` are written from the published structure of each
format (``../shared/docs/wire-styles.md`` section 4); every story in them is invented.
Each row of ``FEEDS`` is what a careful editor would take from one file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import wirecheck
from wirecheck.decode import NotTextError, decode
from wirecheck.feeds import WIRE_KEYS, FeedError, detect
from wirecheck.model import Story

FEEDS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"


@dataclass(frozen=True)
class Expected:
    file: str
    format: str
    headline: str
    names: tuple[str, ...] | None
    dateline: str | None
    city: str | None
    date: str | None
    paragraphs: int
    first: str
    last: str
    wire: dict[str, Any] = field(default_factory=dict)
    encoding: str = "utf-8"
    captions: int = 0
    removed: tuple[str, ...] = ()


FEEDS: list[Expected] = [
    Expected(
        file="anpa-harbor-strike.anpa",
        format="anpa",
        headline="Dockworkers walk out at three Baltic ports",
        names=("MARTA KELLNER",),
        dateline="GDANSK, Poland (AP) _",
        city="GDANSK",
        date=None,
        paragraphs=5,
        first="Dockworkers at three Baltic po",
        last="but freight would be delayed.",
        wire={
            "item_id": "a0417",
            "source": "AP",
            "slug": "BC-EU--Harbor-Strike",
            "priority": "r",
            "urgency": 5,
            "category": "i",
            "version": "1stLd-Writethru",
            "word_count": 169,
            "editors_note": "UPDATES with union statement, paragraph 5. With AP Photos.",
            "transmitted": "2024-03-14T11:42:00+00:00",
            "language": "en",
            "language_source": "detected",
        },
        removed=("Associated Press Writer", "AP-WF-03-14-24 1142GMT", "BC-EU--Harbor-Strike,1st"),
    ),
    Expected(
        file="iptc7901-english.7901",
        format="iptc7901",
        headline="Berlin coalition agrees on relief for grid fees",
        names=None,
        dateline="Berlin (dpa) -",
        city="Berlin",
        date=None,
        paragraphs=4,
        first="Germany's governing coalition ",
        last="has already trimmed once.",
        wire={
            "item_id": "dpa0217",
            "source": "dpa",
            "slug": "Germany/Politics/Energy",
            "priority": "4",
            "category": "pl",
            "word_count": 135,
            "transmitted": "2024-03-14T23:18:00+00:00",
            "language": "en",
        },
        removed=("dpa hb xx n1 cs", "142318 GMT Mar 24"),
    ),
    Expected(
        file="iptc7901-dpa-german.7901",
        format="iptc7901",
        headline="Koalition einigt sich auf Entlastung bei den Netzentgelten",
        names=("Anna Lindqvist",),
        dateline="Berlin (dpa) -",
        city="Berlin",
        date=None,
        paragraphs=4,
        first="Die Koalition hat sich in der ",
        last="Verfassungsgericht gekürzt worden.",
        encoding="cp1252",
        wire={
            "item_id": "dpa0312",
            "slug": "Energie/Strompreise/Netzentgelte",
            "category": "wi",
            "word_count": 122,
            "editors_note": "Ansprechpartner: Newsdesk Berlin, Telefon +49 30 0000 0000",
            "transmitted": "2024-03-14T23:18:00+00:00",
            "language": "de",
            "language_source": "detected",
        },
        removed=(
            "Zuschuss von fünf Milliarden Euro geplant =",
            "nicht zur Veröffentlichung bestimmt",
            "dpa al yyzz n1 kr",
        ),
    ),
    Expected(
        file="nitf-wind-farms.xml",
        format="nitf",
        headline="Kenya opens bidding for coastal wind farms",
        names=("Grace Wanjiru",),
        dateline="NAIROBI, March 14 (MNS) --",
        city="NAIROBI",
        date="2024-03-14",
        paragraphs=4,
        first="Kenya on Thursday invited bids",
        last="sign contracts with buyers directly.",
        captions=1,
        wire={
            "item_id": "MNS-20240314-0093",
            "standard": "NITF 3.6",
            "slug": "Kenya-Wind",
            "urgency": 4,
            "version": "1",
            "word_count": 133,
            "editors_note": "Moves on energy and Africa wires.",
            "transmitted": "2024-03-14T09:15:00+00:00",
            "language": "en",
            "language_source": "feed",
            "located": "Nairobi",
            "subjects": [{"name": "Energy and Resource", "code": "04005000"}],
        },
        removed=("Reporting by Grace Wanjiru",),
    ),
    Expected(
        file="newsml1-ferry.xml",
        format="newsml",
        headline="Interisland ferry loses power in Cook Strait, tugs sent",
        names=("Aroha Tane",),
        dateline="WELLINGTON, March 14",
        city="WELLINGTON",
        date="2024-03-14",
        paragraphs=3,
        first="An interisland ferry carrying ",
        last="replacement ships by the end of the year.",
        wire={
            "item_id": "urn:newsml:news.example.org:20240314:FERRY-0314:1",
            "standard": "NewsML 1.2",
            "slug": "NZ-Ferry",
            "urgency": 3,
            "transmitted": "2024-03-14T03:10:00+13:00",
            "language": "en",
            "located": "Wellington",
        },
    ),
    Expected(
        file="newsml-g2-english.xml",
        format="newsml",
        headline="Lisbon to bring back three historic tram lines",
        names=("Inês Carvalho",),
        dateline="LISBON, March 14 (MNS) -",
        city="LISBON",
        date="2024-03-14",
        paragraphs=4,
        first="Lisbon will bring back three t",
        last='people who live here."',
        wire={
            "item_id": "urn:newsml:news.example.org:20240314:lisbon-trams",
            "standard": "NewsML-G2 2.29",
            "source": "MNS",
            "slug": "Portugal-Trams",
            "urgency": 4,
            "version": "2",
            "word_count": 118,
            "editors_note": "Adds mayor's comments in 4th paragraph.",
            "transmitted": "2024-03-14T17:00:00+00:00",
            "language": "en",
            "located": "Lisbon",
            "subjects": [{"name": "public transport", "code": "medtop:20000776"}],
            "places": [
                {"name": "Lisbon", "code": "geo:2267057"},
                {"name": "Portugal", "code": "iso3166-1a2:PT"},
            ],
        },
    ),
    Expected(
        file="newsml-g2-dpa-german.xml",
        format="newsml",
        headline="Hamburger Hafen schlägt weniger Container um",
        names=("Jonas Petersen",),
        dateline="Hamburg (dpa) -",
        city="Hamburg",
        date=None,
        paragraphs=3,
        first="Der Hamburger Hafen hat im ver",
        last="mit einer leichten Erholung.",
        wire={
            "item_id": "urn:newsml:dpa.example:20240314:hamburg-hafen",
            "source": "dpa",
            "slug": "Hafen/Umschlag/Bilanz",
            "urgency": 3,
            "transmitted": "2024-03-14T10:31:00+01:00",
            "language": "de",
            "language_source": "feed",
            "located": "Hamburg",
        },
        removed=("Hamburger Hafen schlägt weniger Container um",),
    ),
    Expected(
        file="ninjs1-library.json",
        format="ninjs",
        headline="Reykjavik library lends out sewing machines and telescopes",
        names=("Sigrun Olafsdottir",),
        dateline="REYKJAVIK, Iceland, March 14 (MNS) --",
        city="REYKJAVIK",
        date="2024-03-14",
        paragraphs=4,
        first="The main public library in Rey",
        last="branch libraries this summer.",
        wire={
            "item_id": "urn:example:news:2024-03-14:reykjavik-library",
            "standard": "ninjs 1.x",
            "slug": "Iceland-Library",
            "urgency": 5,
            "language": "en",
            "located": "Reykjavik",
            "places": [{"name": "Iceland", "code": "iso3166-1a2:IS"}],
        },
    ),
    Expected(
        file="ninjs2-vineyard.json",
        format="ninjs",
        headline="Late frost threatens Tokaj vineyards",
        names=("Zsofia Kertesz",),
        dateline="BUDAPEST, March 14 (MNS) —",
        city="BUDAPEST",
        date="2024-03-14",
        paragraphs=4,
        first="Winemakers in Hungary's Tokaj ",
        last="frost before a warmer weekend.",
        wire={
            "standard": "ninjs 2.1",
            "version": "1",
            "word_count": 107,
            "editors_note": "Corrects spelling of village name in 3rd paragraph.",
            "transmitted": "2024-03-14T08:20:00+01:00",
            "places": [{"name": "Hungary", "code": "HU"}],
        },
    ),
    Expected(
        file="ninjs3-marathon.json",
        format="ninjs",
        headline="Robot pacer to lead Kyoto marathon runners",
        names=("Kenji Morimoto",),
        dateline="KYOTO, Japan, March 14 (MNS) -",
        city="KYOTO",
        date="2024-03-14",
        paragraphs=3,
        first="A four-legged robot will set t",
        last="race director Yumi Tanaka said.",
        wire={
            "standard": "ninjs 3.x",
            "word_count": 88,
            "editors_note": "Photos available.",
            "transmitted": "2024-03-14T06:45:00+09:00",
            "language": "en",
        },
    ),
    Expected(
        file="trec-ap.sgml",
        format="sgml",
        headline="Council Votes to Close Old Harbour Bridge",
        names=("MARTHA KELLERMAN",),
        dateline="PORTLAND, Maine (AP)",
        city="PORTLAND",
        date=None,
        paragraphs=3,
        first="The city council voted Tuesday",
        last="once the bridge closes.",
        wire={
            "item_id": "AP890101-0001",
            "standard": "TREC",
            "transmitted": "1989-01-01T23:58:00-05:00",
            "language": "en",
        },
        removed=("Associated Press Writer", "AP-NR-01-01-89 2358EST"),
    ),
    Expected(
        file="reuters-21578.sgm",
        format="sgml",
        headline="GRAIN SHIPS WAITING AT ROTTERDAM PORT",
        names=None,
        dateline="ROTTERDAM, Feb 26 -",
        city="ROTTERDAM",
        date="1987-02-26",
        paragraphs=2,
        first="Eleven grain ships were waiting to load at the port",
        last="a port spokesman said.",
        wire={"item_id": "1", "standard": "Reuters-21578", "transmitted": "1987-02-26T15:01:01"},
        removed=("Reuter", "26-FEB-1987 15:01:01.79", "SECOND STORY"),
    ),
    Expected(
        file="trec-wsj.sgml",
        format="sgml",
        headline="Harbour Group Nears Accord To Sell Ferry Unit, People Say",
        names=None,
        dateline="NEW YORK",
        city="NEW YORK",
        date=None,
        paragraphs=2,
        first="Harbour Group Inc. is near an agreement",
        last="The company declined to comment.",
        wire={"item_id": "WSJ870324-0001", "transmitted": "1987-03-24T00:00:00"},
        removed=("WALL STREET JOURNAL (J)", "03/24/87"),
    ),
]
ROWS = [pytest.param(row, id=row.file) for row in FEEDS]
# Dateline years come from the feed, never from today: any "today" gives the same story.
TODAY = date(2031, 1, 1)


def _needs(row: Expected) -> None:
    if row.file.endswith(".xml"):
        pytest.importorskip("defusedxml")


@cache
def _parsed(name: str) -> Story:
    return wirecheck.parse((FEEDS_DIR / name).read_bytes(), today=TODAY)


@pytest.mark.parametrize("row", ROWS)
def test_feed_parses_to_its_story(row: Expected) -> None:
    _needs(row)
    story = _parsed(row.file)
    assert story.source.format == row.format
    assert story.source.encoding == row.encoding
    assert story.headline == row.headline
    assert (story.byline.names if story.byline else None) == row.names
    dateline = story.dateline
    assert (dateline.raw if dateline else None) == row.dateline
    assert (dateline.city if dateline else None) == row.city
    assert (dateline.date if dateline else None) == row.date
    if row.date is not None:
        assert dateline is not None and dateline.year_source == "reference"
    assert len(story.paragraphs) == row.paragraphs
    assert story.body[0].startswith(row.first)
    assert story.body[-1].endswith(row.last)
    assert len(story.captions) == row.captions
    for text in row.removed:
        assert any(text in r.text for r in story.removed), text


@pytest.mark.parametrize("row", ROWS)
def test_feed_wire_metadata(row: Expected) -> None:
    _needs(row)
    wire = _parsed(row.file).wire
    assert wire is not None
    assert set(wire) == set(WIRE_KEYS)
    assert {k: wire[k] for k in row.wire} == row.wire


@pytest.mark.parametrize("row", ROWS)
def test_every_paragraph_points_at_its_words_in_the_file(row: Expected) -> None:
    """Diagnostics must land on the feed file's own lines and columns."""
    _needs(row)
    story = _parsed(row.file)
    lines = decode((FEEDS_DIR / row.file).read_bytes()).lines
    for paragraph in story.paragraphs:
        for span in paragraph.spans:
            word = re.match(r"[\w'-]+", paragraph.text[span.start :])
            if word is None:
                continue
            source = lines[span.line - 1]
            assert source[span.column - 1 :].startswith(word.group()), (span, word.group())


@pytest.mark.parametrize("row", ROWS)
def test_feeds_are_detected_from_their_first_bytes(row: Expected) -> None:
    data = (FEEDS_DIR / row.file).read_bytes()
    assert detect(data) == row.format
    assert detect(data.decode(row.encoding)) == row.format


def test_plain_text_fixtures_stay_text() -> None:
    for path in (FEEDS_DIR.parent).glob("*.txt"):
        assert detect(path.read_bytes()) == "text", path.name
        assert wirecheck.parse(path.read_bytes(), check=False).wire is None


@pytest.mark.parametrize(
    "head",
    [
        "<!DOCTYPE html><html><body><p>Hi</p></body></html>",
        "<html><head><title>A page</title></head></html>",
        "<p>Not XML at all</p>",
        "{curly} text that is not JSON",
        "",
        "   \n\n",
    ],
)
def test_other_inputs_are_text(head: str) -> None:
    assert detect(head) in ("text", "ninjs")
    story = wirecheck.parse(head, check=False)
    assert story.source.format == "text"


def test_unknown_xml_is_not_read_as_text() -> None:
    pytest.importorskip("defusedxml")
    story = wirecheck.parse('<?xml version="1.0"?>\n<rss><channel/></rss>\n', check=False)
    assert story.source.format == "xml"
    assert story.paragraphs == () and story.removed == ()
    # An XHTML page is still read as pasted HTML source is.
    page = '<?xml version="1.0"?>\n<html><body><p>Hello there.</p></body></html>\n'
    assert wirecheck.parse(page, check=False).source.format == "text"


def test_forced_format() -> None:
    data = (FEEDS_DIR / "ninjs1-library.json").read_bytes()
    assert wirecheck.parse(data, input_format="text", check=False).source.format == "text"
    assert wirecheck.parse(data, input_format="ninjs", check=False).wire is not None
    with pytest.raises(FeedError, match="not ninjs"):
        wirecheck.parse("Just a line of text.\n", input_format="ninjs")


def test_text_and_bytes_give_the_same_story() -> None:
    for row in FEEDS:
        if row.encoding != "utf-8" or row.file.endswith(".xml"):
            continue
        data = (FEEDS_DIR / row.file).read_bytes()
        from_bytes = wirecheck.parse(data, today=TODAY, check=False)
        from_text = wirecheck.parse(data.decode("utf-8"), today=TODAY, check=False)
        assert from_text.to_dict() | {"source": None} == from_bytes.to_dict() | {"source": None}


def test_reference_date_of_the_caller_wins_over_the_transmission() -> None:
    data = (FEEDS_DIR / "ninjs1-library.json").read_bytes()
    story = wirecheck.parse(data, reference_date=date(2019, 3, 1), check=False)
    assert story.dateline is not None and story.dateline.date == "2019-03-14"


def test_document_titles_stand_in_for_missing_headlines() -> None:
    pytest.importorskip("defusedxml")
    nitf = (
        "<nitf><head><title>Quiet day at the port</title></head><body><body.content>"
        "<p>Nothing happened today at the port, officials said.</p></body.content></body></nitf>"
    )
    assert wirecheck.parse(nitf, check=False).headline == "Quiet day at the port"
    g2 = (
        '<newsItem guid="urn:x"><itemMeta><title>Quiet day</title></itemMeta><contentSet>'
        '<inlineData contenttype="text/plain">Line one of the story.\n\nLine two.</inlineData>'
        "</contentSet></newsItem>"
    )
    story = wirecheck.parse(g2, check=False)
    assert (story.headline, story.body) == ("Quiet day", ("Line one of the story.", "Line two."))


def test_the_other_items_of_a_newsml_g2_message_are_kept_in_removed() -> None:
    pytest.importorskip("defusedxml")
    item = (
        '  <newsItem guid="urn:example:storm" version="{v}" standard="NewsML-G2">\n'
        "   <contentMeta><headline>{h}</headline></contentMeta>\n"
        '   <contentSet><inlineXML contenttype="application/xhtml+xml">'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>{p}</p></body></html>'
        "</inlineXML></contentSet>\n"
        "  </newsItem>\n"
    )
    message = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">\n <itemSet>\n'
        + item.format(v=1, h="Storm closes harbour", p="A storm closed the harbour on Monday.")
        + item.format(v=2, h="Storm closes harbour, ferries halted", p="Ferries were halted.")
        + " </itemSet>\n</newsMessage>\n"
    )
    story = wirecheck.parse(message, check=False)
    assert story.headline == "Storm closes harbour"
    assert story.body == ("A storm closed the harbour on Monday.",)
    assert [(r.line, r.text, r.reason) for r in story.removed] == [
        (9, "Storm closes harbour, ferries halted", "other-document"),
        (10, "Ferries were halted.", "other-document"),
    ]


def test_nitf_head_parts_are_kept_and_a_location_reads_as_separate_words() -> None:
    pytest.importorskip("defusedxml")
    nitf = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<nitf><body><body.head>\n"
        "<hedline><hl1>Harbour cranes idle as dockworkers walk out</hl1>"
        "<hl2>Union says talks collapsed over night pay</hl2></hedline>\n"
        "<byline><person>Jane Roe</person>, <byttl>Staff Writer</byttl></byline>\n"
        "<byline><person>John Doe</person></byline>\n"
        "<dateline><location><city>Rotterdam</city><country>Netherlands</country></location>"
        ', <story.date norm="20250412">April 12</story.date></dateline>\n'
        "</body.head><body.content>\n"
        "<p>Container cranes stood still on Saturday after dockworkers walked off.</p>\n"
        '<media media-type="image"><media-caption>Idle cranes.</media-caption>'
        "<media-producer>Example/Ann Lee</media-producer></media>\n"
        "</body.content></body></nitf>\n"
    )
    story = wirecheck.parse(nitf, check=False, today=TODAY)
    assert story.byline is not None
    assert (story.byline.raw, story.byline.names) == ("Jane Roe", ("Jane Roe",))
    assert [(r.line, r.text, r.reason) for r in story.removed] == [
        (3, "Union says talks collapsed over night pay", "standfirst"),
        (4, "Staff Writer", "byline-note"),
        (5, "John Doe", "byline-note"),
    ]
    assert story.dateline is not None and story.dateline.raw.startswith("Rotterdam Netherlands")
    assert [(c.text, c.credit) for c in story.captions] == [("Idle cranes.", "Example/Ann Lee")]


@pytest.mark.parametrize(
    "content",
    [
        "<![CDATA[<p>TARROW, Feb 10 (Reuters) - Officials reopened the bridge on Monday.</p>"
        "<p>It was rebuilt with regional funds &amp; EU money.</p>]]>",
        "<![CDATA[TARROW, Feb 10 (Reuters) - Officials reopened the bridge on Monday.\n\n"
        "It was rebuilt with regional funds & EU money.]]>",
    ],
)
def test_nitf_body_content_holding_html_or_text_in_cdata(content: str) -> None:
    # A CMS export puts the body's HTML (or plain paragraphs) in one CDATA section, as
    # NewsML-G2's inlineData does; it was one paragraph of literal tags before.
    pytest.importorskip("defusedxml")
    nitf = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<nitf><body><body.head><hedline><hl1>Tarrow reopens rebuilt bridge</hl1></hedline>"
        f"</body.head>\n<body.content>\n{content}\n</body.content></body></nitf>\n"
    )
    story = wirecheck.parse(nitf, check=False, today=TODAY)
    assert story.dateline is not None and story.dateline.city == "TARROW"
    assert story.body == (
        "Officials reopened the bridge on Monday.",
        "It was rebuilt with regional funds & EU money.",
    )


@pytest.mark.parametrize("label", ["BULLETIN", "URGENT", "Flash"])
def test_an_anpa_priority_line_is_not_the_headline(label: str) -> None:
    anpa = (
        "\x16\x16\x01a0417\x1fasw\r\nb i BC-Port-Strike 03-14 0069\r\n"
        f"\x02^BC-Port-Strike,0069<\r\n^{label}<\r\n"
        "^Dockworkers walk out at three Baltic ports<\r\n^By MARTA KELLNER<\r\n"
        "\tGDANSK, Poland (AP) _ Dockworkers walked off the job Thursday.\r\n"
        "\x03\r\nAP-WF-03-14-24 1142GMT\x04"
    )
    story = wirecheck.parse(anpa, check=False)
    assert story.headline == "Dockworkers walk out at three Baltic ports"
    assert (4, label, "wire-header") in [(r.line, r.text, r.reason) for r in story.removed]


_IPTC7901 = (
    "\x01kyd0217 4 pl 135 \r\nJapan/Ferry/\r\n\x02Ferry runs aground off Wexmoor =\r\n\r\n"
    "{head}"
    "NAHA, Feb. 6 Kyodo - A passenger ferry ran aground in fog off Wexmoor early\r\n"
    "Tuesday, and all 775 people on board were taken off safely.\r\n\r\n"
    "The vessel struck a sandbar about two kilometers from the harbor entrance.\r\n\r\n"
    "{tail}"
    "\x03\r\n142318 GMT Mar 24\r\n\x04"
)


def test_iptc7901_tail_lines_and_an_agency_credit_are_not_body() -> None:
    text = _IPTC7901.format(
        head="By Emeka Lindqvist\r\nKYODO NEWS\r\n\r\n",
        tail="(Reporting by Odile Lindqvist; Editing by Tomas Brisco)\r\n==Kyodo\r\n\r\n",
    )
    story = wirecheck.parse(text, check=False)
    assert story.dateline is not None and story.dateline.city == "NAHA"
    assert story.body == (
        "A passenger ferry ran aground in fog off Wexmoor early Tuesday, and all 775 people "
        "on board were taken off safely.",
        "The vessel struck a sandbar about two kilometers from the harbor entrance.",
    )
    assert [(r.text, r.reason) for r in story.removed if r.line > 4] == [
        ("KYODO NEWS", "agency-credit"),
        ("(Reporting by Odile Lindqvist; Editing by Tomas Brisco)", "credit"),
        ("==Kyodo", "wire-code"),
        ("142318 GMT Mar 24", "wire-trailer"),
    ]
    # A last paragraph of the story stays one.
    plain = wirecheck.parse(_IPTC7901.format(head="", tail=""), check=False)
    assert plain.body[-1].startswith("The vessel struck")


def test_anpa_header_lines_closed_by_an_equals_sign_and_angle() -> None:
    anpa = (
        "\x16\x16\x01a0412\x1f\r\nr a BC-Ice-Storm 02-20 0040\r\n"
        "\x02^Ice storm leaves thousands without power<\r\n^By JANE ROE=<\r\n"
        "^Associated Press Writer=<\r\n"
        "\tBURLINGTON, Vt. (AP) _ An ice storm left 30,000 customers in the dark Saturday.\r\n"
        "\x03\r\nAP-NY-02-20-16 0337GMT\x04"
    )
    story = wirecheck.parse(anpa, check=False)
    assert story.byline is not None
    assert (story.byline.raw, story.byline.names) == ("By JANE ROE", ("JANE ROE",))
    assert ("Associated Press Writer", "agency-credit") in [
        (r.text, r.reason) for r in story.removed
    ]


def test_html_escapes_in_a_ninjs_headline_are_read_as_characters() -> None:
    item = (
        '{"uri": "urn:example:2", "headline": "Mayor&#8217;s plan for &quot;green belt&quot; '
        'wins vote", "body_text": "SEVILLE, Spain (AP) - The plan was approved on Monday."}'
    )
    story = wirecheck.parse(item, check=False)
    assert story.headline == 'Mayor\u2019s plan for "green belt" wins vote'
    plain = item.replace("Mayor&#8217;s plan for &quot;green belt&quot;", "AT&T plan")
    assert wirecheck.parse(plain, check=False).headline == "AT&T plan wins vote"


def test_a_newsml_g2_headline_in_the_items_language_and_its_sub_headline() -> None:
    pytest.importorskip("defusedxml")
    item = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g1" xml:lang="en">\n'
        " <contentMeta>\n"
        '  <headline xml:lang="de">Gletscher gibt alte Ausruestung frei</headline>\n'
        '  <headline xml:lang="en">Glacier gives up old hiking gear</headline>\n'
        '  <headline role="sub" xml:lang="en">Items belonged to climbers lost in 1974</headline>\n'
        '  <language tag="en"/>\n'
        " </contentMeta>\n"
        ' <contentSet><inlineXML contenttype="application/xhtml+xml">'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>ZERMATT, Switzerland (AP) - '
        "A rucksack emerged from a glacier, police said Tuesday.</p></body></html>"
        "</inlineXML></contentSet>\n</newsItem>\n"
    )
    story = wirecheck.parse(item, check=False)
    assert story.headline == "Glacier gives up old hiking gear"
    assert [(r.line, r.reason) for r in story.removed] == [(4, "note"), (6, "standfirst")]


def _release(*paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g2" xml:lang="en">\n'
        " <contentMeta>\n"
        "  <headline>Harbourline Names Jane Roe Chief Financial Officer</headline>\n"
        " </contentMeta>\n"
        ' <contentSet><inlineXML contenttype="application/xhtml+xml">'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body>\n'
        f"{body}</body></html></inlineXML></contentSet>\n</newsItem>\n"
    )


_RELEASE_LEDE = (
    "SEATTLE, Dec.  03, 2019  (GLOBE NEWSWIRE) -- Harbourline, a maker of port software, "
    "today announced that Jane Roe has joined the company as chief financial officer."
)


def test_a_release_s_decks_over_its_dated_lede_are_standfirst() -> None:
    pytest.importorskip("defusedxml")
    item = _release(
        "The following release corrects the release issued earlier today. The title has "
        "been corrected.",
        "Harbourline Names Jane Roe Chief Financial Officer",
        "Finance Veteran to Lead Company Through Next Stage of Expansion",
        _RELEASE_LEDE,
        "Roe was previously finance chief at a shipping data company.",
    )
    story = wirecheck.parse(item, check=False)
    assert story.dateline is not None
    assert story.dateline.agencies == ("GLOBE NEWSWIRE",)
    assert story.dateline.date == "2019-12-03"
    assert story.body == (
        "Harbourline, a maker of port software, today announced that Jane Roe has joined "
        "the company as chief financial officer.",
        "Roe was previously finance chief at a shipping data company.",
    )
    assert [(r.line, r.reason) for r in story.removed] == [
        (7, "standfirst"),
        (8, "standfirst"),
        (9, "standfirst"),
    ]


def test_a_roundups_own_lede_over_its_first_dated_section_stays_story() -> None:
    # Sentences over a dated paragraph are the story's lede, not a release's decks.
    pytest.importorskip("defusedxml")
    lede = (
        "Storms tore across the harbour towns over the weekend, cutting power to 40,000 "
        "homes. Here is the latest from the hardest-hit towns."
    )
    item = _release(
        lede,
        "PORTLAND, Maine (AP) — In Portland, a tornado tore the roof off a ferry terminal, "
        "officials said.",
        "BANGOR, Maine (AP) — In Bangor, winds toppled trees onto houses, police said.",
    )
    story = wirecheck.parse(item, check=False)
    assert story.body[0] == lede
    assert not [r for r in story.removed if r.reason == "standfirst"]


def test_a_later_paragraph_opening_with_a_place_and_a_dash_is_no_dateline() -> None:
    # Without an agency, a place in capitals and a dash a paragraph down is the story's.
    pytest.importorskip("defusedxml")
    item = _release(
        "Harbourline has named Jane Roe its chief financial officer, the company said.",
        "SEATTLE - The company, founded in 2009, makes software for port operators.",
    )
    story = wirecheck.parse(item, check=False)
    assert story.dateline is None
    assert len(story.body) == 2


@pytest.mark.parametrize("name", ["trec-ap.sgml", "trec-wsj.sgml", "reuters-21578.sgm"])
def test_an_sgml_archive_cut_short_keeps_what_it_has(name: str) -> None:
    # A truncated archive: its document and text elements never close. It is read as the
    # archive it is, up to the cut, not as plain text full of tags.
    whole = _parsed(name)
    data = (FEEDS_DIR / name).read_bytes()
    text = data.decode("utf-8")
    cut = text.index(whole.body[0][:30]) + 30  # inside the first paragraph
    story = wirecheck.parse(data[: len(text[:cut].encode("utf-8"))], today=TODAY)
    assert story.source.format == "sgml"
    assert (story.headline, story.dateline) == (whole.headline, whole.dateline)
    assert story.body == (whole.body[0][:30].rstrip(),)
    assert not any("<" in line for line in story.body)


_MARKUP_FEEDS = sorted(p.name for p in FEEDS_DIR.iterdir())


def _offset(text: str, line: int, column: int) -> int:
    """The offset in ``text`` of a 1-based (line, column)."""
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    return starts[line - 1] + column - 1


@pytest.mark.parametrize("name", _MARKUP_FEEDS)
def test_a_whole_feed_is_not_truncated(name: str) -> None:
    if name.endswith(".xml"):
        pytest.importorskip("defusedxml")
    wire = _parsed(name).wire
    assert wire is not None and wire["truncated"] is False


@pytest.mark.parametrize("name", _MARKUP_FEEDS)
def test_a_feed_cut_in_its_last_paragraph_keeps_the_story_up_to_the_cut(name: str) -> None:
    # A transfer that stopped: XML ends inside its elements, JSON inside its object and its
    # body string. XML and JSON were refused as not well-formed, losing the whole story.
    if name.endswith(".xml"):
        pytest.importorskip("defusedxml")
    whole = _parsed(name)
    data = (FEEDS_DIR / name).read_bytes()
    text = decode(data).text
    last = whole.paragraphs[-1]
    half = len(last.text) // 2
    cut = _offset(text, *last.locate(half))
    story = wirecheck.parse(text[:cut], today=TODAY)
    assert story.source.format == whole.source.format
    assert (story.headline, story.dateline) == (whole.headline, whole.dateline)
    assert story.body[:-1] == whole.body[:-1]
    assert story.body[-1] == last.text[:half].rstrip()
    assert story.wire is not None and story.wire["truncated"] is True
    assert any(d.code == "WC365" for d in story.diagnostics)


@pytest.mark.parametrize("name", _MARKUP_FEEDS)
def test_a_feed_cut_anywhere_reads_or_is_refused_in_one_line(name: str) -> None:
    # Every cut gives the story up to it (nothing the whole file does not say), or, cut
    # before any story element opened, one error line.
    if name.endswith(".xml"):
        pytest.importorskip("defusedxml")
    whole = _parsed(name)
    # A cut can leave a story part short: a dateline without its dash reads as text, a
    # sign-off cut to `Reut` is no sign-off, a byline over no second paragraph is text.
    # Each is still what the whole file says.
    said = [whole.headline or "", whole.byline.raw if whole.byline else ""]
    said.append(whole.dateline.raw if whole.dateline else "")
    said += [p.text for p in whole.paragraphs] + [r.text for r in whole.removed]
    whole_words = " ".join(" ".join(said).split())
    data = (FEEDS_DIR / name).read_bytes()
    for cut in range(1, len(data), max(len(data) // 50, 1)):
        try:
            story = wirecheck.parse(data[:cut], today=TODAY)
        except NotTextError as error:  # FeedError, or the few bytes of a teletype's header
            assert "\n" not in str(error)
            continue
        for paragraph in story.body:
            # The last paragraph may stop mid-word; all of it is in the whole file.
            assert " ".join(paragraph.split()) in whole_words, (cut, paragraph)


_REUTERS_21578 = (
    '<REUTERS NEWID="7">\n'
    "<DATE>26-FEB-1987 15:01:01.79</DATE>\n"
    "<TEXT>\n"
    "<TITLE>ACME &lt;ACM> SETS SPLIT</TITLE>\n"
    "<AUTHOR>    by Jane Roe, Reuters</AUTHOR>\n"
    "<DATELINE>    BOSTON, Feb 26 - </DATELINE><BODY>Acme Corp &lt;ACM> said teh board\n"
    "approved a two-for-one split, the company&#39;s first.\n"
    "    The split is payable April 1, it said.        REUTER\n"
    "&#3;</BODY></TEXT>\n"
    "</REUTERS>\n"
)


def test_reuters_21578_references_author_and_inline_sign_off() -> None:
    # `&lt;ACM>` is the archive's own escape of a ticker: it was left in headline and body.
    # <AUTHOR> is its byline (it went to `removed`), and `REUTER` run into the last
    # paragraph is its sign-off (it stayed in the body).
    story = wirecheck.parse(_REUTERS_21578, today=TODAY)
    assert story.headline == "ACME <ACM> SETS SPLIT"
    assert story.byline is not None and story.byline.names == ("Jane Roe",)
    assert story.body == (
        "Acme Corp <ACM> said teh board approved a two-for-one split, the company's first.",
        "The split is payable April 1, it said.",
    )
    assert ("REUTER", "wire-code") in [(r.text, r.reason) for r in story.removed]
    # Positions after a reference still point into the file.
    typo = next(d for d in story.diagnostics if d.code == "WC101")
    line = _REUTERS_21578.split("\n")[typo.line - 1]
    assert line[typo.column - 1 : typo.end_column - 1] == "teh"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
@pytest.mark.parametrize("name", _MARKUP_FEEDS)
def test_a_feed_saved_wide_without_a_byte_order_mark_is_the_same_feed(
    name: str, codec: str
) -> None:
    # Its first bytes are `<\x00` or `{\x00`: the archive was read as plain text full of
    # tags, and XML under its old `encoding="UTF-8"` was refused.
    if name.endswith(".xml"):
        pytest.importorskip("defusedxml")
    whole = _parsed(name)
    text = decode((FEEDS_DIR / name).read_bytes()).text
    story = wirecheck.parse(text.encode(codec), today=TODAY)
    assert story.source.encoding == codec
    assert (story.source.format, story.headline, story.body) == (
        whole.source.format,
        whole.headline,
        whole.body,
    )


def test_a_whole_feed_with_a_cut_comment_after_its_root_is_not_truncated() -> None:
    pytest.importorskip("defusedxml")
    text = decode((FEEDS_DIR / "nitf-wind-farms.xml").read_bytes()).text
    story = wirecheck.parse(text + "<!-- archived by feedbot", today=TODAY)
    assert story.wire is not None and story.wire["truncated"] is False
