"""Feed bodies of unusual shape: teletype text in one element, nested NewsML 1
components, XML of no known vocabulary, inline XHTML, desk codes for a byline.

Every feed here is invented, written in the shape the agencies send.
"""

from __future__ import annotations

from datetime import date

import pytest

import wirecheck
from wirecheck.accounting import line_places
from wirecheck.feeds import FeedError
from wirecheck.model import Story


def _parse(text: str) -> Story:
    story = wirecheck.parse(text.encode("utf-8"), today=date(2026, 12, 1))
    assert isinstance(story, Story)
    return story


# A NewsML-G2 item whose XHTML body is the agency's teletype text in one <p>: an advisory,
# summary bullets, the byline, a dated lede, indented paragraphs, hard-wrapped lines.
G2_ONE_P = """<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2024-03-05T06:10:00Z</sent></header>
  <itemSet>
    <newsItem guid="tag:example.com,2024:newsml_X1" standardversion="2.12">
      <itemMeta><itemClass qcode="icls:text"/></itemMeta>
      <contentMeta><headline>Copper climbs on supply worries</headline></contentMeta>
      <contentSet>
        <inlineXML contenttype="application/xhtml+html">
          <html xmlns="http://www.w3.org/1999/xhtml"><body>
              <p>(Adds analyst comment)
    * Copper at two-week high
    * Stocks at Shanghai warehouses fall

    By Jane Roe
    March 5 (Reuters) - Copper prices rose on Tuesday as
stocks in warehouses fell and smelters in Chile cut their
output for a second month.
    Three-month copper on the London Metal Exchange rose
1.2 percent to $8,610 a tonne by 0600 GMT.
    "Supply is tight," said one trader in Singapore.

 (Reporting by Jane Roe in Singapore; Editing by John Doe)</p>
          </body></html>
        </inlineXML>
      </contentSet>
    </newsItem>
  </itemSet>
</newsMessage>
"""


def test_teletype_text_in_one_p_is_read_as_teletype_copy() -> None:
    story = _parse(G2_ONE_P)
    assert story.byline is not None and story.byline.names == ("Jane Roe",)
    assert story.dateline is not None and story.dateline.date == "2024-03-05"
    assert [p.text[:20] for p in story.paragraphs] == [
        "Copper prices rose o",
        "Three-month copper o",
        '"Supply is tight," s',
    ]
    assert story.paragraphs[0].text.endswith("for a second month.")
    reasons = {r.text[:12]: r.reason for r in story.removed}
    assert reasons["(Adds analys"] == "wire-code"
    assert reasons["* Copper at "] == "standfirst"
    assert reasons["(Reporting b"] == "credit"
    # Positions stay those of the input: the second paragraph opens on line 19, column 5.
    assert story.paragraphs[1].locate(0) == (19, 5)
    assert story.paragraphs[0].locate(len(story.paragraphs[0].text) - 1) == (18, 26)


# ANSA's text rendition: HTML in a CDATA section of plain-text inlineData, its paragraphs
# opened by a three-space indent.
G2_CDATA = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:1" standardversion="2.9">
<contentMeta><headline>Minister backs talks</headline></contentMeta>
<contentSet>
<inlineData contenttype="text/plain"><![CDATA[
<p>
            (ANSA) - Rome, March 4 - The foreign minister said on
Monday that talks were the only way forward.
   "We will keep talking," he said in a statement.
   The talks resume in Geneva next week.
          </p>]]></inlineData>
</contentSet>
</newsItem>
"""


def test_cdata_text_with_indented_paragraphs_is_split() -> None:
    story = _parse(G2_CDATA)
    assert story.dateline is not None and story.dateline.city == "Rome"
    assert [p.text for p in story.paragraphs] == [
        "The foreign minister said on Monday that talks were the only way forward.",
        '"We will keep talking," he said in a statement.',
        "The talks resume in Geneva next week.",
    ]


def test_a_p_wrapped_under_an_indent_stays_one_paragraph() -> None:
    text = G2_CDATA.replace(
        """            (ANSA) - Rome, March 4 - The foreign minister said on
Monday that talks were the only way forward.
   "We will keep talking," he said in a statement.
   The talks resume in Geneva next week.""",
        """ROME, March 4 (ANSA) - The foreign minister said on
        Monday that talks were the only way forward.
        "We will keep talking," he said.""",
    )
    story = _parse(text)
    assert len(story.paragraphs) == 1
    assert story.paragraphs[0].text.endswith("he said.")


def test_every_line_of_text_is_accounted_for() -> None:
    for text in (G2_ONE_P, G2_CDATA):
        places = line_places(_parse(text))
        lines = text.splitlines()
        story_lines = [
            n
            for n, line in enumerate(lines, 1)
            if line.strip() and not line.strip().startswith("<")
        ]
        assert [n for n in story_lines if not places.get(n)] == []


# A press-release wire's NewsML 1 item: components nested by Role, the abstract first,
# the headline and dateline in the inner NewsLines, the release in the `Body` component.
NEWSML1_ROLES = """<?xml version="1.0" encoding="UTF-8"?>
<NewsML Version="1.2">
  <NewsItem>
    <Identification><NewsIdentifier><ProviderId>example.com</ProviderId>
      <PublicIdentifier>urn:example:pr:1</PublicIdentifier></NewsIdentifier></Identification>
    <NewsComponent>
      <NewsLines><CopyrightLine>Copyright Example Wire 2024</CopyrightLine></NewsLines>
      <NewsComponent>
        <NewsLines>
          <HeadLine>Acme Opens Plant in Ohio</HeadLine>
          <DateLine>DAYTON, Ohio</DateLine>
        </NewsLines>
        <NewsComponent>
          <Role FormalName="Abstract" />
          <ContentItem><DataContent>Acme opens a plant</DataContent></ContentItem>
        </NewsComponent>
        <NewsComponent>
          <Role FormalName="Contact" />
          <ContentItem><Format FormalName="XHTML" /><DataContent>
            <html xmlns="http://www.w3.org/1999/xhtml"><body>
              <p>Acme Media Office<br />press@acme.example</p>
            </body></html>
          </DataContent></ContentItem>
        </NewsComponent>
        <NewsComponent>
          <Role FormalName="Body" />
          <ContentItem><Format FormalName="XHTML" /><DataContent>
            <html xmlns="http://www.w3.org/1999/xhtml"><body>
              <p>Acme Corp. said on Monday it had opened a plant that will employ 300 people.</p>
              <p>The plant makes parts for wind turbines.</p>
            </body></html>
          </DataContent></ContentItem>
        </NewsComponent>
        <NewsComponent>
          <Role FormalName="TweetText" />
          <ContentItem><DataContent>Acme opens Ohio plant</DataContent></ContentItem>
        </NewsComponent>
      </NewsComponent>
    </NewsComponent>
  </NewsItem>
</NewsML>
"""


def test_newsml1_components_by_role() -> None:
    story = _parse(NEWSML1_ROLES)
    assert story.headline == "Acme Opens Plant in Ohio"
    assert story.dateline is not None and story.dateline.city == "DAYTON"
    assert [p.text[:20] for p in story.paragraphs] == [
        "Acme Corp. said on M",
        "The plant makes part",
    ]
    assert {(r.text, r.reason) for r in story.removed} >= {
        ("Acme opens a plant", "standfirst"),
        ("Acme Media Office press@acme.example", "boilerplate"),
        ("Acme opens Ohio plant", "boilerplate"),
    }


def test_newsml1_without_roles_takes_the_longest_text_item() -> None:
    text = NEWSML1_ROLES.replace('<Role FormalName="Body" />', "")
    story = _parse(text)
    assert story.paragraphs[0].text.startswith("Acme Corp. said")


# An agency's own XML (the shape of Ritzau's): the story as escaped HTML in one element,
# headline, byline and town in elements of their own, metadata around them.
OWN_XML = """<?xml version="1.0"?>
<AgencyNews xmlns:i="http://www.w3.org/2001/XMLSchema-instance">
  <NewsID>0b1c2d3e-0000-4000-8000-000000000001</NewsID>
  <PublishDate>2024-03-05T09:15:00</PublishDate>
  <strapline>INDLAND</strapline>
  <headline>Ferry service resumes after storm</headline>
  <subtitle i:nil="true"/>
  <town>Aarhus</town>
  <content>&lt;p&gt;The ferry to Odden sails again from Tuesday, the operator said.&lt;/p&gt;
&lt;p&gt;It was stopped for two days by the storm.&lt;/p&gt;</content>
  <byLine>Jane Roe</byLine>
  <Status>New news</Status>
</AgencyNews>
"""


def test_xml_of_an_unknown_vocabulary_is_read_generically() -> None:
    story = _parse(OWN_XML)
    assert story.source.format == "xml"
    assert story.headline == "Ferry service resumes after storm"
    assert story.byline is not None and story.byline.names == ("Jane Roe",)
    assert [p.text for p in story.paragraphs] == [
        "The ferry to Odden sails again from Tuesday, the operator said.",
        "It was stopped for two days by the storm.",
    ]
    assert story.wire is not None
    assert story.wire["standard"] == "AgencyNews"
    assert story.wire["located"] == "Aarhus"
    assert story.wire["transmitted"] == "2024-03-05T09:15:00"
    assert {(r.line, r.text, r.reason) for r in story.removed} == {
        (5, "INDLAND", "metadata"),
        (12, "New news", "metadata"),
    }


def test_a_forced_feed_format_still_refuses_other_xml() -> None:
    with pytest.raises(FeedError, match="root element is <AgencyNews>"):
        wirecheck.parse(OWN_XML.encode(), input_format="nitf")


# ANPA-1312 copy whose control bytes were stripped (stored or pasted as text): the story
# number line, the keyword line, caret lines closed by `<`, `=` and blanks, and the
# trailer with no ETX before it.
BARE_ANPA = (
    "q1234-----\n"
    "r d BC-US--Lobster 1stLd-Writethru   08-29 0120\n"
    "^BC-US--Lobster, 1st Ld-Writethru,120<\n"
    "^$210 lobster is found dead<\n"
    "^By JANE ROE and JOHN DOE= \n"
    "^Associated Press= \n"
    "\t   CHATHAM, Mass. (AP) _ A lobster worth $210 died in a tank on Monday, its owner "
    "said.\n"
    "\t   The owner said he would not buy another.\n"
    "\n"
    "\t   AP-WF-08-29-16 1626GMT<\n"
)


def test_anpa_without_its_control_bytes_is_read_as_anpa() -> None:
    story = _parse(BARE_ANPA)
    assert story.source.format == "anpa"
    assert story.headline == "$210 lobster is found dead"
    assert story.byline is not None
    assert story.byline.names == ("JANE ROE", "JOHN DOE")
    assert story.dateline is not None and story.dateline.city == "CHATHAM"
    assert story.body[-1] == "The owner said he would not buy another."
    assert story.wire is not None and story.wire["transmitted"] == "2016-08-29T16:26:00+00:00"
    assert (10, "wire-trailer") in [(r.line, r.reason) for r in story.removed]


def test_caret_lines_in_plain_text_lose_their_marks() -> None:
    # Without its header lines the copy is plain text; its caret lines read the same.
    story = _parse(
        BARE_ANPA.split("\n", 2)[2].replace("^BC-US--Lobster, 1st Ld-Writethru,120<\n", "")
    )
    assert story.source.format == "text"
    assert story.headline == "$210 lobster is found dead"
    assert story.byline is not None
    assert story.byline.names == ("JANE ROE", "JOHN DOE")
    assert story.body[-1] == "The owner said he would not buy another."
    assert ("AP-WF-08-29-16 1626GMT<", "wire-code") in [(r.text, r.reason) for r in story.removed]


# A press release's XHTML in a NewsML-G2 item: footnote marks in <sup>, a bold subhead
# over its paragraph with only a <br/> between them, a paragraph wrapped with <br/>.
G2_RELEASE = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:pr:2">
<contentMeta><headline>Acme network is fastest</headline></contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml">
<html xmlns="http://www.w3.org/1999/xhtml"><body>
<p>In the latest <a href="https://example.com">Network Report 2020</a><sup>2</sup>, speeds
rose by a third, and the Network Report<sup>1</sup> agrees, over 40 km<sup>2</sup>.</p>
<p><strong>About Acme </strong><br />Acme (TSX: ACM) is a telecoms company.</p>
<p>The network reaches<br />most of the province.</p>
<p><sup>1</sup>Network Report, May 2020.</p>
</body></html>
</inlineXML></contentSet>
</newsItem>
"""


def test_inline_xhtml_footnotes_and_bold_subheads() -> None:
    story = _parse(G2_RELEASE)
    assert story.body == (
        "In the latest Network Report 2020 2, speeds rose by a third, and the Network "
        "Report 1 agrees, over 40 km2.",
        "About Acme",
        "Acme (TSX: ACM) is a telecoms company.",
        "The network reaches most of the province.",
        "1 Network Report, May 2020.",
    )
    # Positions stay those of the input: the subhead's paragraph opens after the <br />.
    assert story.paragraphs[2].locate(0) == (8, 38)


@pytest.mark.parametrize(
    ("marked", "read"),
    [
        # after a power's base the digits are an exponent, in superscript
        ("about 10<sup>15</sup> joules", "about 10¹⁵ joules"),
        ("some 3 x 10<sup>8</sup> metres", "some 3 x 10⁸ metres"),
        ("2<sup>32</sup> addresses", "2³² addresses"),
        # after a year or a word, a footnote's mark
        ("in 2010<sup>3</sup> alone", "in 2010 3 alone"),
    ],
)
def test_a_sup_after_a_powers_base_is_an_exponent(marked: str, read: str) -> None:
    text = G2_RELEASE.replace("The network reaches<br />most of the province.", marked)
    assert read in _parse(text).body


def test_two_line_breaks_in_a_p_part_paragraphs() -> None:
    text = G2_RELEASE.replace("reaches<br />most", "reaches far.<br /><br />It covers most")
    story = _parse(text)
    assert "The network reaches far." in story.body
    assert "It covers most of the province." in story.body


NITF_DESK_CODES = """<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.2//EN">
<head><title>Storm closes ports</title></head>
<body>
<body.head>
<hedline><hl1>Storm closes ports</hl1></hedline>
<byline>{byline}</byline>
</body.head>
<body.content>
<p>Valparaiso (Chile), 4 mar (EFE).- A storm closed the ports on Monday.</p>
</body.content>
</body>
</nitf>
"""


@pytest.mark.parametrize("codes", ["gr/bp", "VRG", "ab/de/dl"])
def test_a_byline_of_desk_initials_is_no_byline(codes: str) -> None:
    story = _parse(NITF_DESK_CODES.format(byline=codes))
    assert story.byline is None
    assert (7, codes, "wire-code") in [(r.line, r.text, r.reason) for r in story.removed]


# an agency's name (one group of capitals, agencies joined) and surnames in capitals
@pytest.mark.parametrize(
    "name", ["By Jo Li", "AP", "Ana Ruiz", "LUSA", "TT", "UNI", "BBC", "AFP/DPA", "WU, LI"]
)
def test_a_short_byline_that_names_someone_stays(name: str) -> None:
    story = _parse(NITF_DESK_CODES.format(byline=name))
    assert story.byline is not None and story.byline.raw == name
