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
        "\nMore from AP\n\n",  # teasers under a story
    ],
)
def test_a_head_with_no_end_mark_before_it_starts_no_story(between: str) -> None:
    # Without a byline naming writers, the head may be a section's of the same story.
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
    # A roundup's section under a subhead, right under the story's prose (no page
    # furniture between), is the same story, though it datelines itself again.
    text = zoo.replace("Advertisement\n\n", "") + bakery
    assert story_starts(text.split("\n")) == [0]


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
