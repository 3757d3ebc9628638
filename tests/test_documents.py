"""Files that hold several stories: where they are cut, and what parse, parse_all, check
and fix make of them. Every story here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from wirecheck import parse, parse_all
from wirecheck.accounting import line_places
from wirecheck.cli import cli
from wirecheck.documents import story_starts

FIXTURES = Path(__file__).parent.parent / "fixtures"

FERRY = (
    "Island ferry service resumes after strike\n\n"
    "By Ingrid Halvorsen\n\n"
    "BERGEN (AP) -- Ferry service to a dozen islands off the west coast resumed Sunday "
    "after crews ended a nine-day strike over rest periods.\n\n"
    "The union said it had won an agreement guaranteeing longer breaks between shifts on "
    "the longest routes.\n"
)
HARBOR = (
    "Harbor authority approves dredging plan\n\n"
    "By Tomas Vrell\n\n"
    "PORTSMOUTH, N.H. (AP) -- The regional harbor authority voted Monday to dredge the "
    "silted shipping channel, a project delayed for six years.\n\n"
    "The plan calls for removing about 300,000 cubic yards of sediment before the autumn "
    "fishing season begins.\n"
)
COFFEE = (
    "Growers expect smaller coffee harvest\n\n"
    "NAIROBI, July 12 (Reuters) - Kenyan coffee growers expect the main harvest to fall "
    "by about a fifth this season after three dry months, their association said.\n\n"
    "Exporters said prices at the weekly auction had risen for four straight sessions "
    "on expectations of tighter supply.\n"
)

SECOND_PARAGRAPH = (
    "The board said the work would begin in the spring and take about eighteen months."
)

# (name, text, the first line of each story but the first)
SEVERAL = [
    ("an end mark", f"{HARBOR}\nNNNN\n\n{FERRY}", ["Island ferry service resumes after strike"]),
    (
        "a trailer",
        f"{HARBOR}AP-NY-03-04-96 1012EST\n{FERRY}",
        ["Island ferry service resumes after strike"],
    ),
    ("a rule between", f"{HARBOR}\n---\n\n{FERRY}", ["---"]),
    (
        "three stories",
        f"{HARBOR}\n-30-\n\n{COFFEE}\n-30-\n\n{FERRY}",
        ["Growers expect smaller coffee harvest", "Island ferry service resumes after strike"],
    ),
    (
        "an AP dump, no blank lines",
        "AM-Harbor,0300\n"
        "Harbor authority approves dredging plan\n"
        "By TOMAS VRELL\n"
        "Associated Press Writer\n"
        "   PORTSMOUTH, N.H. (AP) _ The regional harbor authority voted\n"
        "Monday to dredge the silted shipping channel, a project that has\n"
        "been delayed for six years by disputes over who should pay for it.\n"
        "   The plan calls for removing about 300,000 cubic yards of\n"
        "sediment before the autumn fishing season.\n"
        "AP-NY-03-04-96 1012EST\n"
        "AM-Schools,0300\n"
        "Lawmakers reject school merger plan\n"
        "By KAREN BIDDLE\n"
        "Associated Press Writer\n"
        "   MONTPELIER, Vt. (AP) _ State lawmakers on Thursday rejected a\n"
        "plan to merge two rural school districts whose enrollment has\n"
        "fallen by half in two decades, after a long debate.\n"
        "   The measure failed 71 to 68 after members from both parties\n"
        "said parents had not been consulted about it.\n",
        ["AM-Schools,0300"],
    ),
    (
        "a Nexis export",
        "Harbor authority approves dredging plan\n\nAssociated Press State & Local Wire\n"
        "March 4, 2024 Monday 3:12 PM GMT\n\nLength: 212 words\nByline: Tomas Vrell\n\n"
        "Body\n\n" + HARBOR.split("\n\n", 2)[2] + "\nLoad-Date: March 5, 2024\n\n"
        "End of Document\n\n"
        "Growers expect smaller coffee harvest\n\nReuters News\nJuly 12, 2023 Wednesday\n\n"
        "Body\n\n" + COFFEE.split("\n\n", 1)[1] + "\nEnd of Document\n",
        ["Growers expect smaller coffee harvest"],
    ),
    (
        "a Lexis export with document counts",
        "                1 of 2 DOCUMENTS\n\n"
        + HARBOR
        + "\nLOAD-DATE: March 4, 2002\n\n                2 of 2 DOCUMENTS\n\n"
        + FERRY,
        ["2 of 2 DOCUMENTS"],
    ),
    (
        "a Factiva export",
        "HD\nHarbor authority approves dredging plan\nSN\nReuters News\nLP\n"
        + COFFEE.split("\n\n", 1)[1]
        + "AN\nDocument LBA0000020230712ej7c00abc\n\n"
        "HD\nIsland ferry service resumes\nSN\nAssociated Press\nLP\n"
        + FERRY.split("\n\n", 2)[2]
        + "AN\nDocument APRS000020230712ej7c00xyz\n",
        ["HD"],
    ),
    (
        "a ProQuest export",
        "Document 1 of 2\n\n"
        + HARBOR
        + "\nDatabase: ProQuest Central\n\n______________\n\nDocument 2 of 2\n\n"
        + COFFEE,
        ["______________"],
    ),
]


@pytest.mark.parametrize(("name", "text", "firsts"), SEVERAL, ids=[s[0] for s in SEVERAL])
def test_a_file_of_several_stories_is_cut_where_each_begins(
    name: str, text: str, firsts: list[int]
) -> None:
    lines = text.split("\n")
    # The line numbers of the lines that begin the later stories, in order.
    expected, at = [0], 0
    for first in firsts:
        at = next(i for i in range(at + 1, len(lines)) if lines[i].strip() == first)
        expected.append(at)
    assert story_starts(lines) == expected


def test_parse_all_gives_each_story_in_the_files_positions() -> None:
    text = f"{HARBOR}\n###\n\n{COFFEE}\n###\n\n{FERRY}"
    lines = text.split("\n")
    stories = parse_all(text)
    assert [s.headline for s in stories] == [
        "Harbor authority approves dredging plan",
        "Growers expect smaller coffee harvest",
        "Island ferry service resumes after strike",
    ]
    assert [s.dateline and s.dateline.city for s in stories] == ["PORTSMOUTH", "NAIROBI", "BERGEN"]
    assert stories[2].byline is not None and stories[2].byline.names == ("Ingrid Halvorsen",)
    for story in stories:
        assert story.headline_line is not None
        assert lines[story.headline_line - 1] == story.headline
        for paragraph in story.paragraphs:
            line, column = paragraph.locate(0)
            assert lines[line - 1][column - 1 :].startswith(paragraph.text[:20])
    # Each non-blank line of the file has one place, in one story.
    held = [line for s in stories for line in line_places(s)]
    assert sorted(held) == [i + 1 for i, line in enumerate(lines) if line.strip()]


def test_parse_gives_the_first_story_and_keeps_the_others_lines_and_findings() -> None:
    text = f"{HARBOR}\n* * *\n\n{COFFEE.replace('expect the main', 'expect teh main')}"
    story = parse(text)
    assert story.headline == "Harbor authority approves dredging plan"
    assert len(story.paragraphs) == 2
    others = [r for r in story.removed if r.reason == "other-document"]
    assert others[0].line == 9 and others[0].text == "* * *"
    assert {r.line for r in others} == {9, 11, 13, 15}
    codes = {(d.code, d.line) for d in story.diagnostics}
    assert ("WC308", 9) in codes
    # a slip in the second story is found where it is in the file
    assert ("WC101", 13) in codes
    assert all(len(places) == 1 for places in line_places(story).values())


def test_parse_split_prints_each_story_as_json_lines() -> None:
    result = CliRunner().invoke(cli, ["parse", "--split", "-"], input=f"{HARBOR}\n---\n{FERRY}")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 2
    assert '"headline": "Island ferry service resumes after strike"' in lines[1]


def test_fix_strip_keeps_the_other_stories(tmp_path: Path) -> None:
    path = tmp_path / "two.txt"
    path.write_text(f"Share this\n\n{HARBOR}\n---\n{FERRY}")
    result = CliRunner().invoke(cli, ["fix", "--isolated", "--strip", str(path)])
    assert result.exit_code == 0, result.output
    kept = path.read_text()
    assert "Share this" not in kept
    assert FERRY in kept


# -- one story stays one story ----------------------------------------------------------


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.name)
def test_every_fixture_is_one_story(path: Path) -> None:
    lines = path.read_bytes().decode("utf-8", errors="replace").split("\n")
    assert story_starts(lines) == [0]


@pytest.mark.parametrize(
    "between",
    [
        "\n",  # stories one after another: the shape of a roundup's sections
        "\nCorrection notice\n\n",  # a subhead, then the story's own dateline again
    ],
)
def test_a_head_with_no_end_mark_before_it_starts_no_story(between: str) -> None:
    # Without a byline naming writers, the head may be a section's of the same story.
    # (Under a page's furniture, `More from AP`, the same style again is the next story:
    # see test_an_agencys_undated_stories_one_under_another_are_cut_at_each_head.)
    ferry = FERRY.replace("By Ingrid Halvorsen\n\n", "")
    text = f"{HARBOR}{between}{ferry}"
    assert story_starts(text.split("\n")) == [0]


def test_a_whole_head_after_blank_lines_starts_a_story() -> None:
    # A headline, a byline naming its writer and a dated lede: no story repeats its head.
    lines = f"{HARBOR}\n\n{FERRY}".split("\n")
    starts = story_starts(lines)
    assert len(starts) == 2 and lines[starts[1]] == "Island ferry service resumes after strike"
    # An agency's name is no writer's: a roundup's sections may carry one.
    agency = FERRY.replace("By Ingrid Halvorsen", "The Associated Press")
    assert story_starts(f"{HARBOR}\n{agency}".split("\n")) == [0]


def test_a_briefs_page_of_one_agencys_dated_stories_is_cut_at_each_head() -> None:
    # UPI's and Xinhua's briefs pages: headline, then a lede dated by place, date and
    # agency, no bylines, blank lines between. A story datelines itself once.
    zoo = (
        "Runaway goats rounded up after two days\n\n"
        "SALEM, Ore., June 18 (UPI) -- Farm workers in Oregon caught the last of nine goats "
        "that escaped from a petting zoo over the weekend, the owner said.\n\n"
        "The goats had wandered as far as a golf course three miles away.\n\n"
        "Advertisement\n\n"
    )
    bakery = (
        "Thief leaves bread, takes the cash box\n\n"
        "DAYTON, Ohio, June 18 (UPI) -- Police in Ohio are looking for a man who walked "
        "past fresh loaves to take a bakery's cash box, the owner said.\n\n"
        "The box held about $40 in coins, police said.\n"
    )
    lines = (zoo + bakery).split("\n")
    starts = story_starts(lines)
    assert len(starts) == 2 and lines[starts[1]] == "Thief leaves bread, takes the cash box"
    # Another agency's dated lede under a subhead is the story's quote of it, and an
    # undated one may be a roundup's section: no cut.
    for other in ("DAYTON, Ohio, June 18 (Reuters) -", "DAYTON, Ohio (UPI) --"):
        text = zoo + bakery.replace("DAYTON, Ohio, June 18 (UPI) --", other)
        assert story_starts(text.split("\n")) == [0], other
    # Most briefs pages set nothing between their stories: the head alone cuts.
    lines = (zoo.replace("Advertisement\n\n", "") + bakery).split("\n")
    starts = story_starts(lines)
    assert len(starts) == 2 and lines[starts[1]] == "Thief leaves bread, takes the cash box"


# A briefs page with nothing between its stories: headline, dated lede, one more paragraph.
KILN = (
    "Potters reopen century-old kiln in Varsana\n\n"
    "Varsana, Oct 16 (PTI) Potters in the village of Varsana lit a century-old brick kiln "
    "on Friday for the first time since the flood of 2019, their cooperative said.\n\n"
    "The cooperative plans to fire about four thousand pots before the winter fair.\n\n"
)
BRIDGE = (
    "Cable bridge over Tarni river opens to traffic\n\n"
    "New Rampur, Oct 16 (PTI) A cable-stayed bridge over the Tarni river was opened to "
    "traffic on Friday, cutting the journey between two district towns by an hour.\n\n"
    "The state public works department said the bridge cost about 120 crore rupees.\n\n"
)
LIBRARY = (
    "Night library for students draws hundreds\n\n"
    "New Rampur, Oct 16 (PTI) A reading room kept open through the night for students "
    "preparing for examinations has drawn more than 400 readers in its first week.\n\n"
    "The municipal council said it would open two more such rooms next month.\n"
)


def _firsts(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[i] for i in story_starts(lines)[1:]]


def test_a_briefs_page_with_nothing_between_its_stories_is_cut_at_each_head() -> None:
    # PTI's shape: `Place, Mon DD (PTI)` with no dash; two briefs from the same place on
    # the same day are two stories.
    assert _firsts(KILN + BRIDGE + LIBRARY) == [
        "Cable bridge over Tarni river opens to traffic",
        "Night library for students draws hundreds",
    ]
    # A headline that only opens like a correction's label is a headline.
    jail = BRIDGE.replace(
        "Cable bridge over Tarni river opens to traffic", "Corrections officer held over escape"
    )
    assert _firsts(KILN + jail) == ["Corrections officer held over escape"]


def test_briefs_in_upi_xinhua_and_tass_styles_are_cut() -> None:
    upi = (
        "Storm closes mountain pass for third day\n\n"
        "DENVER, Feb. 6 (UPI) -- Snow and high winds kept a mountain pass west of Denver "
        "closed for a third day on Wednesday, state officials said.\n\n"
        "Crews expected to reopen one lane by Thursday morning, a spokesman said.\n\n"
        "Court upholds ban on lake fishing boats\n\n"
        "LAKE CITY, Minn., Feb. 6 (UPI) -- A state court upheld on Wednesday a county ban "
        "on motor boats on two small lakes, the county attorney said.\n\n"
        "Anglers who brought the case said they would appeal to the supreme court.\n"
    )
    xinhua = upi.replace("(UPI) --", "(Xinhua) --")
    tass = (
        "Diplomat says talks on grain corridor to resume next week\n\n"
        "MOSCOW, October 4. /TASS/. Talks on reopening a grain corridor will resume next "
        "week in Geneva, a Russian Foreign Ministry spokesman told a briefing on Thursday.\n\n"
        "He said the delegations would meet at the level of deputy ministers, as before.\n\n"
        "Official says river port upgrade is ahead of schedule\n\n"
        "MOSCOW, October 2. /TASS/. The upgrade of a river port on the Volga is two months "
        "ahead of schedule, a deputy transport minister told reporters on Tuesday.\n\n"
        "The work includes four new cranes and a deeper approach channel, he said.\n"
    )
    for page, second in ((upi, "Court upholds"), (xinhua, "Court upholds"), (tass, "Official")):
        firsts = _firsts(page)
        assert len(firsts) == 1 and firsts[0].startswith(second), page[:60]


def test_the_first_briefs_headline_under_a_pages_menus_still_sets_the_agency() -> None:
    # The first story's head is not whole (a menu runs into its headline); its lede's
    # dateline still tells the agency the next head must name.
    page = "Top News\nshare with friends\n" + KILN + BRIDGE
    assert _firsts(page) == ["Cable bridge over Tarni river opens to traffic"]


@pytest.mark.parametrize(
    ("name", "head", "lede"),
    [
        # a roundup's section label names a topic or a place, not who did what
        ("a section label", "Farm prices", None),
        ("a place as section label", "New Rampur", None),
        # an update or a correction of the story above, under a label
        ("an update label", "UPDATE 1 Potters reopen kiln", None),
        ("a correction label", "Correction to earlier story", None),
        (
            "a correction in the lede",
            None,
            "Varsana, Oct 16 (PTI) CORRECTION: In a story on Friday about a kiln in Varsana, "
            "PTI gave the wrong year of the flood.",
        ),
        # the story printed again (a writethru) under a new headline: same place, same
        # day, mostly the same words
        (
            "the story again",
            "Potters fire old kiln again after flood",
            "Varsana, Oct 16 (PTI) Potters in the village of Varsana lit a century-old kiln "
            "on Friday for the first time since the flood of 2019, the cooperative said.",
        ),
        # a subhead over a paragraph that opens with a place name, not a dateline
        (
            "a place opening a paragraph",
            "Work on the old road",
            "New Rampur district officials said on Friday that work on the old road would "
            "begin after the monsoon.",
        ),
        # another agency's item quoted by the story, or an undated dateline
        (
            "another agency",
            None,
            "New Rampur, Oct 16 (IANS) A cable-stayed bridge over the Tarni river was opened "
            "on Friday, cutting the journey between two towns by an hour.",
        ),
    ],
)
def test_a_briefs_like_head_that_is_no_new_story_cuts_nothing(
    name: str, head: str | None, lede: str | None
) -> None:
    second = BRIDGE
    if head is not None:
        second = second.replace("Cable bridge over Tarni river opens to traffic", head)
    if lede is not None:
        second = second.split("\n\n")[0] + "\n\n" + lede + "\n\n" + second.split("\n\n")[2]
    assert story_starts((KILN + second).split("\n")) == [0], name


# UPI's one-paragraph briefs, with the page's furniture between them.
TOLL = (
    "Advertisement\n\n"
    "Ferry line trims its winter timetable\n\n"
    "KESTRAL, Jan. 12 (UPI) -- The Morvane Line ferry company said Tuesday it would cut "
    "winter sailings to the outer islands by a third, starting next month.\n\n"
    "Advertisement\n\n\n"
    "Toll on Drasken bridge to rise in March\n\n"
    "DRASKEN, Jan. 12 (UPI) -- The toll on the Drasken river bridge will rise by 50 cents "
    "in March, the city council said Tuesday.\n"
)


def test_one_paragraph_briefs_of_one_agency_are_cut_at_each_head() -> None:
    # A brief may be its dated lede alone; the last one on the page too.
    assert _firsts(TOLL) == ["Toll on Drasken bridge to rise in March"]
    assert _firsts(TOLL.replace("Advertisement\n\n", "")) == [
        "Toll on Drasken bridge to rise in March"
    ]
    # A page's teaser cut short over the story is no story of its own.
    teaser = TOLL.replace("starting next month.", "starting ...")
    assert _firsts(teaser) == []


@pytest.mark.parametrize(
    "second",
    [
        # a roundup's section label, an update's label, the story printed again
        "Drasken\n\nDRASKEN, Jan. 12 (UPI) -- The toll on the Drasken river bridge will rise.",
        "UPDATE 1 Ferry line trims its timetable\n\nKESTRAL, Jan. 12 (UPI) -- The Morvane "
        "Line said Tuesday it would cut winter sailings by a third.",
        "Winter sailings cut by ferry company\n\nKESTRAL, Jan. 12 (UPI) -- The Morvane Line "
        "ferry company said Tuesday it would cut winter sailings to the outer islands.",
        # another agency's dated lede, or one with no date
        "Toll on Drasken bridge to rise in March\n\nDRASKEN, Jan. 12 (Reuters) - The toll "
        "on the Drasken river bridge will rise by 50 cents in March.",
        "Toll on Drasken bridge to rise in March\n\nDRASKEN (UPI) -- The toll on the Drasken "
        "river bridge will rise by 50 cents in March, the council said.",
    ],
)
def test_one_paragraph_briefs_keep_the_guards(second: str) -> None:
    first = TOLL.split("Advertisement\n\n\n")[0]
    assert _firsts(first + second + "\n") == [], second[:40]


def test_a_quoted_dated_item_or_an_eds_note_is_no_briefs_head() -> None:
    # The story quotes the agency's earlier item, introduced by a colon.
    quoted = KILN.replace(
        "The cooperative plans",
        "The agency had reported earlier in the week:\n\n"
        "Varsana, Oct 12 (PTI) The potters' cooperative of Varsana has asked the district "
        "for money to repair its old kiln, its secretary said.\n\n"
        "The cooperative plans",
    )
    assert story_starts(quoted.split("\n")) == [0]
    # An editors' note over the story's lede sent again.
    eds = KILN + "Eds: Adds the cooperative's comment\n\n" + KILN.split("\n\n", 1)[1]
    assert story_starts(eds.split("\n")) == [0]


def test_a_blogs_date_line_over_a_dated_post_heads_the_next_post() -> None:
    # An agency's blog page: each post under its date, its lede dated with the agency.
    post = (
        "Jakarta, Dec {day}, 2017 (Antara) - The provincial government has {what} on "
        "{day} December, officials said in a statement.\n"
        "         The work is to be finished before the rainy season, the officials said.\n"
    )
    page = (
        "Sunday, December 31, 2017\n\n\n"
        + post.format(day=31, what="opened two new ferry terminals")
        + "\nSaturday, December 30, 2017\n\n\n"
        + post.format(day=30, what="begun dredging the old harbour")
    )
    assert _firsts(page) == ["Saturday, December 30, 2017"]


def test_a_sign_off_then_a_dated_lede_in_the_same_style_starts_a_story() -> None:
    # A reporter's page of one agency's stories with no headlines: each story ends in its
    # sign-off, the next opens with a dateline in the same style.
    first = (
        "TAMBUN – The district council has approved a new night market on the riverside, "
        "its president said today.\n\n"
        "The market will sell local food and crafts, and parking will be free, he said.\n\n"
        "He said about 80 stalls would open every Friday from next month. – BERNAMA\n\n"
    )
    second = (
        "KUALA SEPETANG – Fishermen here have welcomed a new jetty that lets them land "
        "their catch at low tide, the village head said.\n\n"
        "The jetty took eight months to build and cost about RM2 million.\n"
    )
    assert _firsts(first + second) == [second.split("\n")[0]]
    # On a line of its own, the sign-off closes the story too.
    own_line = first.replace(" – BERNAMA\n", "\n\n– BERNAMA\n")
    assert _firsts(own_line + second) == [second.split("\n")[0]]
    # Without the sign-off, or with a dateline of another style, it is the same story.
    assert _firsts(first.replace(" – BERNAMA", "") + second) == []
    other = second.replace("KUALA SEPETANG –", "KUALA SEPETANG, Oct 3 (Reuters) -")
    assert _firsts(first + other) == []


def test_parse_gives_a_briefs_pages_first_story_and_split_gives_each() -> None:
    text = KILN + BRIDGE + LIBRARY
    story = parse(text)
    assert story.headline == "Potters reopen century-old kiln in Varsana"
    assert len(story.paragraphs) == 2
    codes = {d.code for d in story.diagnostics}
    assert "WC308" in codes and "WC205" not in codes
    assert {r.reason for r in story.removed} == {"other-document"}
    stories = parse_all(text)
    assert [s.headline for s in stories] == [
        "Potters reopen century-old kiln in Varsana",
        "Cable bridge over Tarni river opens to traffic",
        "Night library for students draws hundreds",
    ]
    assert [s.dateline and s.dateline.city for s in stories] == [
        "Varsana",
        "New Rampur",
        "New Rampur",
    ]


def test_a_first_story_printing_its_headline_twice_still_ends_at_the_next_head() -> None:
    # A page saved as text prints its <title> and its h1: the first story's head is the
    # pair, and the end mark after it closes a story that had one.
    twice = "Harbor authority approves dredging plan\n" + HARBOR
    lines = f"{twice}\n-30-\n\n{FERRY}".split("\n")
    starts = story_starts(lines)
    assert len(starts) == 2 and lines[starts[1]] == "Island ferry service resumes after strike"


def test_a_teaser_under_a_story_is_no_story_of_its_own() -> None:
    # One paragraph under a headline and a dateline: a teaser for another story.
    text = (
        f"{HARBOR}\nMore from AP\n\nFerry strike ends\n\n"
        "BERGEN (AP) -- Ferry service resumed Sunday after crews ended a strike.\n"
    )
    assert story_starts(text.split("\n")) == [0]


def test_a_page_whose_menus_and_teasers_come_before_the_story_is_one_story() -> None:
    # Prose above the story's head (a page's teasers) is no story: it has no head.
    text = (
        "Home\nWorld\n\nThe council voted on the budget for next year in a long meeting.\n\n"
        "Readers say the new bus routes have made their commutes much longer.\n\n" + HARBOR
    )
    assert story_starts(text.split("\n")) == [0]


def test_a_caption_between_headline_and_dateline_is_no_headline() -> None:
    text = (
        "City opens underground bicycle parking\n\n"
        "Commuters park their bicycles at the new underground facility near a metro "
        "station in the city, Sept. 10, 2019. (Xinhua/Li Wen)\n\n"
        "NEW DELHI, Sept. 10 (Xinhua) -- The capital on Tuesday opened its first "
        "underground bicycle parking at a metro station, officials said.\n\n"
        "The facility has space for 600 bicycles and is monitored around the clock.\n"
    )
    assert story_starts(text.split("\n")) == [0]


def test_fix_corrects_a_slip_in_a_later_story(tmp_path: Path) -> None:
    path = tmp_path / "two.txt"
    path.write_text(f"{HARBOR}\n---\n{FERRY.replace('had won', 'had recieved')}")
    result = CliRunner().invoke(cli, ["fix", "--isolated", str(path)])
    assert result.exit_code == 0, result.output
    assert "had received" in path.read_text()


@pytest.mark.parametrize("mark", ["End of Document", "Document 2 of 3", "1 of 2 DOCUMENTS"])
def test_one_export_mark_quoted_in_a_story_cuts_nothing(mark: str) -> None:
    text = f"{HARBOR}\n{mark}\n\n{SECOND_PARAGRAPH}\n\n{SECOND_PARAGRAPH}\n"
    assert story_starts(text.split("\n")) == [0]


def test_markdown_files_joined_are_cut_at_each_front_matter() -> None:
    one = (
        "---\ntitle: Harbor plan approved\nauthor: Tomas Vrell\n---\n\n"
        + HARBOR.split("\n\n", 2)[2]
    )
    two = "---\ntitle: Ferry resumes\n---\n\n" + FERRY.split("\n\n", 2)[2]
    lines = f"{one}\n{two}".split("\n")
    starts = story_starts(lines)
    assert len(starts) == 2 and lines[starts[1]] == "---"


def test_an_add_under_its_storys_headline_again_is_the_same_story() -> None:
    text = (
        "Fire destroys old mill\n"
        "   LOWELL, Mass. (AP) _ A fire destroyed a 150-year-old textile mill on the\n"
        "river early Sunday, forcing the evacuation of about 60 people.\n"
        "   No injuries were reported, the fire chief said on Sunday morning.\n"
        "AP-NY-03-05-89 0312EST\n"
        "Fire destroys old mill\n"
        "   LOWELL, Mass. (AP) _ The mill, built in 1839, had been empty since the\n"
        "last tenant, a shoe maker, moved away, city officials said.\n"
    )
    assert story_starts(text.split("\n")) == [0]


def test_a_page_of_bulleted_headings_over_dated_ledes_is_cut_at_each_item() -> None:
    # A tag page: each item a bulleted heading over its dated lede, with no blank line
    # between, whichever agency sent it.
    item = "  • {}\n    {}: The {} said on {} it had approved the plan.\n"
    items = (
        ("Ferry line cuts winter sailings", "KESTRAL, Sept. 27 (Reuters)", "line", "Sunday"),
        ("Drasken bridge toll to rise in March", "Drasken, Sept. 26 (IANS)", "council", "Monday"),
        ("Port of Morvane to dredge its channel", "MORVANE, Sept. 24 (Reuters)", "port", "Friday"),
    )
    page = "Harbours\n\n" + "".join(item.format(*fields) for fields in items)
    assert [t.strip() for t in _firsts(page)] == [
        "• Drasken bridge toll to rise in March",
        "• Port of Morvane to dredge its channel",
    ]
    # Without bullets, a heading run on from the prose above it is a subhead.
    assert _firsts(page.replace("• ", "")) == []


_UNDATED = (
    "{head}\n\n"
    "{place} (AP) — The {who} said on Tuesday it would {what} before the winter storms.\n\n"
    "Officials said the work would take about three months and cost less than planned.\n\n"
)


def test_an_agencys_undated_stories_one_under_another_are_cut_at_each_head() -> None:
    first = _UNDATED.format(
        head="Ferry line cuts winter sailings",
        place="KESTRAL",
        who="ferry line",
        what="cut sailings",
    )
    second = _UNDATED.format(
        head="Drasken council to repair river bridge",
        place="DRASKEN, Norland",
        who="council",
        what="repair the bridge",
    )
    # Under a page's furniture between them, a time stamp, a photo link, a list's label.
    for between in ("16 hours ago Photos", "April 19, 2014 12:48 pm", "More from AP"):
        assert _firsts(f"{first}{between}\n\n{second}") == [second.split("\n")[0]], between
    # With only blank lines between, a notebook's items: one story.
    assert _firsts(first + second) == []
    # Unless the page sets its stories wider apart than their paragraphs (two blank lines,
    # one): a page of the day's stories.
    assert _firsts(f"{first}\n{second}") == [second.split("\n")[0]]
    # Paragraphs two apart as well: as far apart as its paragraphs, a notebook's item.
    wide = first.replace("\n\n", "\n\n\n")
    assert _firsts(wide + second) == []


def test_a_roundups_section_label_over_the_next_items_headline_goes_with_it() -> None:
    first = _UNDATED.format(
        head="Ferry line cuts winter sailings", place="KESTRAL", who="line", what="cut sailings"
    )
    second = _UNDATED.format(
        head="Drasken council to repair river bridge",
        place="DRASKEN, Norland",
        who="council",
        what="repair the bridge",
    )
    # A roundup sets each item's state over its headline: the label opens the item.
    for label in ("Norland", "North Norland"):
        assert _firsts(f"{first}{label}\n{second}") == [label], label
    # Prose running into the headline, or a label as long as it, makes it a subhead.
    for above in ("Officials said the vote was close.", "The council said on Tuesday it"):
        assert _firsts(f"{first}{above}\n{second}") == [], above


@pytest.mark.parametrize(
    "above",
    [
        # a teaser's lede alone over the story, in the same style
        "Ferry line cuts winter sailings\n\nKESTRAL (AP) — The ferry line said on Tuesday "
        "it would cut sailings to the outer islands by a third.\n\n",
        # another agency's style, or the same agency's closing with another dash
        _UNDATED.format(
            head="Ferry line cuts winter sailings", place="KESTRAL", who="line", what="cut sailings"
        ).replace("(AP) —", "(AFP) –"),
        _UNDATED.format(
            head="Ferry line cuts winter sailings", place="KESTRAL", who="line", what="cut sailings"
        ).replace("(AP) —", "(AP) --"),
    ],
)
def test_undated_heads_of_another_style_or_under_a_teaser_cut_nothing(above: str) -> None:
    second = _UNDATED.format(
        head="Drasken council to repair river bridge",
        place="DRASKEN, Norland",
        who="council",
        what="repair the bridge",
    )
    assert _firsts(f"{above}©AFP\n\n{second}") == []
    # A story's last paragraph is no furniture, nor a correction's label.
    story = _UNDATED.format(
        head="Ferry line cuts winter sailings", place="KESTRAL", who="line", what="cut sailings"
    )
    for between in ("He declined to comment.", "Correction notice"):
        assert _firsts(f"{story}{between}\n\n{second}") == [], between


def test_a_digest_whose_intro_announces_its_items_is_one_story() -> None:
    # A weekly summary: the intro, then each item under a rule, dated like a brief.
    intro = (
        "Summary of harbour news this week\n"
        "KESTRAL, Nov. 6 (UPI) -- The following is a summary of harbour news this week.\n"
    )
    items = "".join(
        f"------------\n{head}\n{place}, Nov. {day} (UPI) -- The {who} said it had approved "
        "the plan after a long debate.\nThe work will start in the spring, officials said.\n"
        for head, place, day, who in (
            ("Ferry line cuts winter sailings", "KESTRAL", 2, "ferry line"),
            ("Drasken bridge toll to rise in March", "DRASKEN", 3, "council"),
        )
    )
    assert _firsts(intro + items) == []
    # An intro that announces nothing is a brief of its own: each item is cut.
    plain = intro.replace("The following is a summary of", "Officials reviewed the")
    assert _firsts(plain + items) == ["------------", "------------"]


# A tag page's items: a label, the headline, an image's alt text, the dated lede.
TAG_PAGE = (
    "News »\n\n"
    "Ferry line cuts winter sailings to Kessel\n\n"
    "Harbourton, Mar 6 (Prensa Latina) The ferry line cut its winter sailings to Kessel "
    "today, the port authority said in a statement after its board met.\n\n"
    "News »\n\n"
    "Port council reviews the island timetable\n\n"
    "port council\n\n"
    "Kessel, Feb 26 (Prensa Latina) The Kessel port council reviewed the island timetable "
    "on Tuesday and asked the ferry line to restore the night crossing.\n\n"
    "News »\n\n"
    "Mayor Vrell greets the new harbour master\n\n"
    "Tomas Vrell\n\n"
    "Vellmar, Feb 26 (Prensa Latina) Mayor Tomas Vrell welcomed the new harbour master on "
    "Tuesday and promised the port a new crane before the summer season.\n"
)


def test_an_items_alt_text_between_its_headline_and_lede_still_heads_it() -> None:
    assert _firsts(TAG_PAGE) == [
        "Port council reviews the island timetable",
        "Mayor Vrell greets the new harbour master",
    ]


def test_a_section_label_under_a_paragraph_is_no_alt_text() -> None:
    # A short line with the last paragraph above it (a roundup's section label) heads
    # nothing; the next item with its headline still does.
    roundup = TAG_PAGE.replace("News »\n\nPort council reviews the island timetable\n\n", "")
    assert _firsts(roundup) == ["Mayor Vrell greets the new harbour master"]


# A local news page: each story's headline, the site's stamp, then an undated lede.
STAMPED = (
    "Local section\n\n"
    "Ferry line cuts winter sailings\n\n"
    "By - Mar 26,2015 - Last updated at Mar 26,2015\n\n"
    "HARBOURTON — The ferry line cut its winter sailings to Kessel on Wednesday, the "
    "port authority said in a statement.\n\n"
    "The authority said the night crossing would return in the spring.\n\n"
    "Port council forms timetable panel\n\n"
    "By - Mar 27,2015 - Last updated at Mar 27,2015\n\n"
    "KESSEL — The Kessel port council on Thursday formed a panel to review the island "
    "timetable with the ferry line.\n\n"
    "Council head Tomas Vrell said the panel would report within a month.\n"
)


def test_stories_under_the_furniture_of_the_first_ones_head_are_cut() -> None:
    assert _firsts(STAMPED) == ["Port council forms timetable panel"]
    # Share counters under each headline, a one-paragraph story above the next.
    counted = (
        "Ferry chief found dead at the harbour\n\n$\n\n0\n\n0\n\n"
        "HARBOURTON – The chief of the ferry line was found dead at the harbour on Monday, "
        "police said.\n\n"
        "Port workers jailed for theft\n\n$\n\n0\n\n0\n\n"
        "HARBOURTON – The criminal court yesterday jailed two port workers for stealing "
        "fuel from the ferry line's depot.\n"
    )
    assert _firsts(counted) == ["Port workers jailed for theft"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # no furniture under the second head: a story's subhead over its own dateline
        ("By - Mar 27,2015 - Last updated at Mar 27,2015\n\n", ""),
        # other furniture, or a lede in another style
        ("By - Mar 27,2015 - Last updated", "Photo - Mar 27,2015 - Last updated"),
        ("KESSEL — The", "KESSEL (Reuters) — The"),
        # a section label, or the first story again under its own headline
        ("Port council forms timetable panel", "Kessel"),
        ("Port council forms timetable panel", "Ferry line cuts winter sailings"),
    ],
)
def test_heads_unlike_the_first_ones_cut_nothing(old: str, new: str) -> None:
    assert old in STAMPED
    assert _firsts(STAMPED.replace(old, new)) == []


# A listing's teasers, each ending in the link to its story, `Read More` between them.
LINKED = (
    "• 03/14/2025\n\n"
    "Hiker rescued after two nights on Mount Vessen\n\n"
    "Dravik, May 9 (CNA) A hiker missing for two nights on Mount Vessen was found alive on "
    "Friday by a rescue team, the county fire department said. "
    "https://example.tw/society/202505090012\n\n"
    "Read More\n\n"
    "Writers call for the release of a detained publisher\n\n"
    "Dravik, May 9 (CNA) A group of writers and scholars on Friday called for the release "
    "of a publisher held since March. https://example.tw/politics/202505090011\n\n"
    "Read More\n\n"
    "Port of Selvan breaks ground on new terminal\n\n"
    "Selvan, May 9 (CNA) Work began on Friday on a container terminal that the port "
    "authority said will create 1,800 jobs. https://example.tw/business/202505090010\n\n"
    "Read More\n"
)


def test_a_listings_teasers_ending_in_their_links_are_cut_at_each_head() -> None:
    # The link after a teaser's last sentence ends no sentence; the line is prose still.
    assert _firsts(LINKED) == [
        "Writers call for the release of a detained publisher",
        "Port of Selvan breaks ground on new terminal",
    ]
    # A link with no sentence before it is no prose: a headline over a bare link heads
    # nothing.
    bare = LINKED.replace("the county fire department said. https", "https")
    assert _firsts(bare) == ["Port of Selvan breaks ground on new terminal"]


# A tag page of an agency's teasers: headline, time stamp, the lede cut short.
TEASERS = (
    "Latest Norvania News\n\n"
    "Norvania's premier mocks the opposition's budget speech\n\n"
    "Oct. 4, 2023 23:17 PM EDT\n\n"
    "KESSEL, Norvania (AP) — Norvania's premier on Monday called the opposition leader's "
    "budget speech a fairy tale and said the figures in it could not be trusted. In a...\n\n"
    "Singer Arla Venn begins her national service\n\n"
    "Oct. 2, 2023 06:14 AM EDT\n\n"
    "KESSEL, Norvania (AP) — Arla Venn, the country's best-selling singer, began her "
    "national service on Friday as a hospital aide, an alternative form of the...\n\n"
    "Lawmakers vote to lift opposition leader's immunity\n\n"
    "Sep. 21, 2023 21:39 PM EDT\n\n"
    "UNITED NATIONS (AP) — In a surprise outcome, Norvania's parliament voted on Thursday "
    "to allow the arrest of the country's leading opposition figure, who faces...\n"
)


def test_a_tag_pages_teasers_under_time_stamps_are_cut_at_each_head() -> None:
    # The stamps' dates and hours differ (`AM`, `PM`, another month): the same furniture.
    assert _firsts(TEASERS) == [
        "Singer Arla Venn begins her national service",
        "Lawmakers vote to lift opposition leader's immunity",
    ]


def test_a_teaser_over_a_whole_story_under_the_same_furniture_is_no_story() -> None:
    # A teaser cut short over a story told in full: the page's teaser of it, not a list.
    whole = TEASERS.replace("an alternative form of the...", "a form of service.")
    assert _firsts(whole) == ["Lawmakers vote to lift opposition leader's immunity"]


# A blog's month archive: each post under its date line, with a headline, undated.
ARCHIVE = (
    "Thursday, June 12, 2008\n\n"
    "Bronze statue stolen from park in Velmora\n\n"
    "A bronze statue worth about 40 million yen was stolen overnight from a park in "
    "Velmora, police said on Wednesday, after staff found its stone base empty.\n\n"
    "The statue, which weighs about 200 kilograms, had been bolted to the base. Police "
    "said there were no marks showing that it had been dragged.\n\n"
    "Tuesday, June 10, 2008\n\n"
    "Regional minister resigns over funding scandal; apologises\n\n"
    "Regional Affairs Minister Taro Kessel resigned on Monday amid a widening scandal "
    "over his office's political funds, dealing a blow to the governing coalition.\n\n"
    'He told reporters, "I am sorry for the trouble I have caused."\n'
)


def test_a_blogs_date_line_over_an_undated_post_heads_the_next_post() -> None:
    assert _firsts(ARCHIVE) == ["Tuesday, June 10, 2008"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # no date line over the first post: a story's own dated section (a timeline)
        ("Thursday, June 12, 2008\n\n", ""),
        # a date line of another shape, or none over the second headline (a subhead)
        ("Tuesday, June 10, 2008", "June 10, 2008"),
        ("Tuesday, June 10, 2008\n\n", ""),
        # a one-paragraph post above: a teaser, not a post of its own
        (
            "The statue, which weighs about 200 kilograms, had been bolted to the base. Police "
            "said there were no marks showing that it had been dragged.\n\n",
            "",
        ),
    ],
)
def test_date_lines_unlike_the_first_posts_cut_nothing(old: str, new: str) -> None:
    assert old in ARCHIVE
    assert _firsts(ARCHIVE.replace(old, new)) == []


# A listing of dated teasers: date line, headline, a one-line teaser, item after item,
# the date line right under the teaser above, under the site's title and a photo credit.
LISTING = (
    "The official website of the Mayor of Kestrava\n"
    "photo Ilse Marn\n"
    "Tuesday, 4 March 2031\n\n"
    "Mayor opens new river bridge in Kestrava\n\n"
    "The new bridge over the Selva river was opened on Tuesday by Mayor Anton Krell, who "
    "called it a turning point for the eastern districts.\n"
    "Monday, 3 March 2031\n\n"
    "Council approves budget for school repairs\n\n"
    "The city council on Monday approved a budget of 4 million crowns for repairs to "
    "eleven schools.\n"
    "Monday, 3 March 2031\n\n"
    "Mayor meets foreign consuls in Kestrava\n\n"
    "Mayor Anton Krell met on Monday with consuls from six countries to discuss trade "
    "links.\n"
)


def test_a_listing_of_dated_teasers_is_cut_at_each_item() -> None:
    assert _firsts(LISTING) == ["Monday, 3 March 2031", "Monday, 3 March 2031"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # two items only: a teaser of one line is no post of its own
        ("Monday, 3 March 2031\n\nMayor meets", "Mayor meets"),
        # a sentence above the first date line: a story's dated sections under it
        ("photo Ilse Marn\n", "The mayor's office said it would publish news daily.\n"),
    ],
)
def test_dated_teasers_not_repeated_as_a_listing_are_not_cut(old: str, new: str) -> None:
    assert old in LISTING
    assert _firsts(LISTING.replace(old, new)) == []


# A blog's day of an agency's stories: a date line, then each story's dated lede with no
# headline over it.
BLOG_DAY = (
    "Wednesday, August 31, 2016\n\n\n"
    "Norvale, Aug 31, 2016 (Kestral)- A fisherman named Doro spends his mornings casting "
    "a line from a hole in his kitchen floor.\n"
    "        Like many people in the river town, he lives in a house raised on stilts "
    "above the marsh.\n"
    "        The town has at least forty rivers and canals, and most of them are clean.\n\n\n"
    "Norvale, Aug 31, 2016 (Kestral) - Two badminton players who won gold for the "
    "country were given a heroes' welcome on arrival.\n"
    "         They made the nation proud by winning on its independence day.\n"
)


def test_a_blogs_day_of_dated_ledes_without_headlines_is_cut_at_each_lede() -> None:
    second = "Norvale, Aug 31, 2016 (Kestral) - Two badminton"
    assert [line[: len(second)] for line in _firsts(BLOG_DAY)] == [second]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a headline over the first lede: a story quoting a second dateline (WC205)
        ("Wednesday, August 31, 2016\n", "Fisherman casts his line from his kitchen\n"),
        # another agency's dateline: a story citing another's report
        ("2016 (Kestral) - Two", "2016 (Vanta) - Two"),
        # run on in the paragraph, no blank line over it
        ("clean.\n\n\n", "clean.\n"),
        # the story told again in the same words (a writethru)
        (
            "Two badminton players who won gold for the country were given a heroes' "
            "welcome on arrival.",
            "A fisherman named Doro spends his mornings casting a line from a hole in "
            "his kitchen floor.",
        ),
    ],
)
def test_a_second_dated_lede_off_a_blogs_day_is_no_story(old: str, new: str) -> None:
    assert old in BLOG_DAY
    assert _firsts(BLOG_DAY.replace(old, new)) == []


# A paper's page of stories dated with place and date but no agency, one under another
# with only blank lines between.
PAPER = (
    "Harbour council meeting postponed\n\n"
    "            Kathmandu, May 27: Today's meeting of the harbour council has been moved "
    "to Wednesday at 11:00 am.\n\n"
    "            The council secretary said the postponement followed a protest by "
    "members.\n\n"
    "            Members had demanded an inquiry into the ferry licence scandal.\n\n"
    "Mayor briefed about upcoming city budget\n\n"
    "            Kathmandu, May 27: Today the mayor, Olen Varga, has been briefed about the "
    "budget for the coming year by the city treasurer.\n\n"
    "            The council will vote on the budget on May 29.\n"
)


def test_a_papers_stories_dated_without_agency_are_cut_at_each_head() -> None:
    assert _firsts(PAPER) == ["Mayor briefed about upcoming city budget"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a story of one line of prose above: a teaser, not a story of its own
        (
            "            The council secretary said the postponement followed a protest by "
            "members.\n\n            Members had demanded an inquiry into the ferry licence "
            "scandal.\n\n",
            "",
        ),
        # a section label of two words (`Budget talks`) over another dated section
        ("Mayor briefed about upcoming city budget", "Budget talks"),
        # a dateline of another style: no date in it
        ("Kathmandu, May 27: Today the mayor", "Kathmandu: Today the mayor"),
    ],
)
def test_a_second_place_and_date_lede_under_a_subhead_is_no_story(old: str, new: str) -> None:
    assert old in PAPER
    assert _firsts(PAPER.replace(old, new)) == []
