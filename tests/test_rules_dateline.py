"""The dateline rules WC201-WC206, on stories built by hand and through ``wirecheck.parse``.

All copy here is invented for the tests.
"""

from __future__ import annotations

import importlib
from datetime import date
from pathlib import Path

import pytest

import wirecheck
from wirecheck.dateline import match_dateline, to_dateline
from wirecheck.model import Byline, Diagnostic, Paragraph, Source, Span, Story
from wirecheck.rules.base import CheckOptions, Context, Rule

TODAY = date(2026, 11, 29)
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "upi-diaz-canel-moscow.txt"
MODULES = (
    "wc201_month_style",
    "wc202_standalone_city_state",
    "wc203_future_date",
    "wc204_weekday_mismatch",
    "wc205_two_datelines",
    "wc206_missing_dateline",
)
RULES: dict[str, Rule] = {
    m[:5].upper(): importlib.import_module(f"wirecheck.rules.{m}").RULE for m in MODULES
}


def make_context(
    lines: list[str],
    *,
    reference: date | None = None,
    byline: str | None = None,
    keep_dateline: bool = False,
) -> Context:
    """A story from input lines: the first line with a dateline gives the story's dateline
    (cut from its paragraph unless ``keep_dateline``); every other non-blank line after the
    headline (line 1) and the byline is a one-line paragraph."""
    dateline = None
    paragraphs: list[Paragraph] = []
    story_byline = None
    for number, raw in enumerate(lines, start=1):
        text = raw.strip()
        if number == 1 or not text:
            continue
        if byline is not None and text == byline:
            story_byline = Byline(raw=text, names=("Jane Doe",), line=number)
            continue
        column = len(raw) - len(raw.lstrip()) + 1
        match = match_dateline(text) if dateline is None else None
        if match is not None:
            dateline = to_dateline(match, number, text, reference_date=reference, today=TODAY)
            if not keep_dateline:
                column += match.end
                text = text[match.end :]
        paragraphs.append(Paragraph(text=text, spans=(Span(start=0, line=number, column=column),)))
    story = Story(
        source=Source(path=None, sha256="0" * 64, encoding="utf-8", newline="\n"),
        headline=lines[0],
        byline=story_byline,
        dateline=dateline,
        captions=(),
        paragraphs=tuple(paragraphs),
        related=(),
        removed=(),
        headline_line=1,
    )
    return Context(story=story, lines=tuple(lines), options=CheckOptions(reference_date=reference))


def run(code: str, lines: list[str], **kwargs: object) -> list[Diagnostic]:
    ctx = make_context(lines, **kwargs)  # type: ignore[arg-type]
    return list(RULES[code].check(ctx))


def where(diagnostic: Diagnostic) -> tuple[int, int, int]:
    return diagnostic.line, diagnostic.column, diagnostic.end_column


# --- WC201 month-style ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "suggestion"),
    [
        ("HARBOR CITY, Sep. 14 (UPI) --", "Sept."),
        ("HARBOR CITY, Sep 14 (UPI) --", "Sept."),
        ("HARBOR CITY, Nov 6 (UPI) --", "Nov."),
        ("HARBOR CITY, November 6 (UPI) --", "Nov."),
        ("HARBOR CITY, Mar. 3 (UPI) --", "March"),
        ("HARBOR CITY, Jun. 5 (UPI) --", "June"),
        ("Sep. 14 (UPI) --", "Sept."),
        ("HARBOR CITY, Jan 9, 2024 (AP) —", "Jan."),
    ],
)
def test_wc201_flags_non_ap_months(dateline: str, suggestion: str) -> None:
    found = run("WC201", ["Port reopens", f"{dateline} The port reopened on Thursday."])
    assert len(found) == 1
    assert found[0].suggestions == (suggestion,)
    written = dateline.split(", ", 1)[-1].split()[0]
    column = dateline.index(written) + 1
    assert where(found[0]) == (2, column, column + len(written))


@pytest.mark.parametrize(
    "dateline",
    [
        "HARBOR CITY, Sept. 14 (UPI) --",
        "HARBOR CITY, March 3 (UPI) --",
        "HARBOR CITY, Nov. 6, 2018 (UPI) --",
        "HARBOR CITY, Sep 14 (Reuters) -",
        "HARBOR CITY, Feb 26 -",
        "HARBOR CITY (AP) —",
        "Strasbourg, 10 juil 2024 (AFP) -",
    ],
)
def test_wc201_leaves_ap_style_and_other_agencies(dateline: str) -> None:
    assert run("WC201", ["Port reopens", f"{dateline} The port reopened on Thursday."]) == []


def test_wc201_finds_the_month_across_odd_spaces() -> None:
    line = "HARBOR CITY,\u00a0Sep.\u00a0 14 (UPI) -- The port reopened."
    found = run("WC201", ["Port reopens", line])
    assert where(found[0]) == (2, 14, 18)


def test_wc201_reads_the_month_past_a_weekday() -> None:
    line = "HARBOR CITY, Friday, November 6 (UPI) -- The port reopened."
    found = run("WC201", ["Port reopens", line])
    assert [d.suggestions for d in found] == [("Nov.",)]
    assert where(found[0]) == (2, 22, 30)


# --- WC202 standalone-city-state ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "suggestion"),
    [
        ("CHICAGO, Ill. (AP) —", "CHICAGO (AP) —"),
        ("WASHINGTON, D.C. —", "WASHINGTON —"),
        ("BOSTON, Mass., Oct. 31 (UPI) --", "BOSTON, Oct. 31 (UPI) --"),
        ("Seattle, Washington (AP) —", "Seattle (AP) —"),
    ],
)
def test_wc202_flags_a_state_after_a_standalone_city(dateline: str, suggestion: str) -> None:
    found = run("WC202", ["River walk", f"{dateline} The council voted Tuesday."])
    assert len(found) == 1
    assert found[0].suggestions == (suggestion,)
    assert where(found[0]) == (2, 1, len(dateline) + 1)


@pytest.mark.parametrize(
    "dateline",
    [
        "CHICAGO (AP) —",
        "DALLAS, Ga. (AP) —",
        "SPRINGFIELD, Mass., Oct. 31 (UPI) --",
        "CHICAGO, Ill. (Reuters) -",
        "PARIS, Texas (AP) —",
    ],
)
def test_wc202_leaves_other_datelines(dateline: str) -> None:
    assert run("WC202", ["River walk", f"{dateline} The council voted Tuesday."]) == []


# --- WC203 future-date ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "reference", "flagged"),
    [
        ("PORTVILLE, Nov. 5 (UPI) --", date(2018, 11, 1), True),
        ("PORTVILLE, Nov. 2 (UPI) --", date(2018, 11, 1), False),  # a day of time zones
        ("PORTVILLE, Nov. 1 (UPI) --", date(2018, 11, 1), False),
        ("PORTVILLE, Oct. 20 (UPI) --", date(2018, 11, 1), False),
        ("PORTVILLE, Jan. 2 (UPI) --", date(2018, 12, 30), True),
        ("PORTVILLE, Dec. 30 (UPI) --", date(2019, 1, 3), False),
        ("STOCKHOLM, Aug 29, 2031 (AFP) -", date(2024, 1, 1), True),
        ("STOCKHOLM, Aug 29, 2014 (AFP) -", date(2024, 1, 1), False),
        ("PORTVILLE (AP) —", date(2018, 11, 1), False),
        # no year: last January's, not the coming one's (a story is not filed months ahead)
        ("PORTVILLE, Jan. 30 (UPI) --", date(2025, 11, 10), False),
        ("(ANSA) - ROMA, 14 MAR -", date(2025, 11, 10), False),
    ],
)
def test_wc203_future_of_the_reference(dateline: str, reference: date, flagged: bool) -> None:
    found = run("WC203", ["Budget", f"{dateline} The council met."], reference=reference)
    assert bool(found) is flagged
    if flagged:
        date_text = dateline.split(", ", 1)[1].split(" (")[0]
        column = dateline.index(date_text) + 1
        assert where(found[0]) == (2, column, column + len(date_text))


def test_wc203_without_a_reference_holds_a_year_to_today() -> None:
    # A dateline that names its year cannot be after the day the copy is checked.
    story = "Budget\n\nSTOCKHOLM, Aug 29, {year} (AFP) - The council met on Friday.\n"
    found = wirecheck.parse(story.format(year=2031), select=["WC203"], today=TODAY).diagnostics
    assert [d.code for d in found] == ["WC203"]
    assert "after today" in found[0].message
    assert not wirecheck.parse(story.format(year=2024), select=["WC203"], today=TODAY).diagnostics
    # Without a year the date is read as one up to tomorrow: never after it.
    assert run("WC203", ["Budget", "STOCKHOLM, Aug 29 (AFP) - The council met."]) == []


def test_wc203_takes_the_reference_from_a_wire_trailer() -> None:
    lines = ["Budget", "PORTVILLE, Aug. 17 (UPI) -- The council met.", "UPI-NY-08-07-98 0618EDT"]
    found = run("WC203", lines)
    assert len(found) == 1
    assert "1998-08-17" in found[0].message and "1998-08-07" in found[0].message
    lines[1] = "PORTVILLE, Aug. 7 (UPI) -- The council met."
    assert run("WC203", lines) == []


# --- WC204 weekday-mismatch ---------------------------------------------------------------------


def test_wc204_flags_a_weekday_that_does_not_match_its_date() -> None:
    line = "BAYSIDE, Nov. 2, 2023 (UPI) -- The ferry resumes service Friday, Nov. 4."
    found = run("WC204", ["Ferry", line])
    assert len(found) == 1
    assert found[0].suggestions == ("Saturday",)
    column = line.index("Friday") + 1
    assert where(found[0]) == (2, column, column + len("Friday"))


def test_wc204_reads_an_abbreviated_weekday() -> None:
    line = "BAYSIDE, Nov. 2, 2023 (UPI) -- The ferry resumes service Fri., Nov. 4, at noon."
    (found,) = run("WC204", ["Ferry", line])
    assert found.suggestions == ("Sat.",)
    column = line.index("Fri.") + 1
    assert where(found) == (2, column, column + len("Fri."))
    assert run("WC204", ["Ferry", line.replace("Fri.", "Sat.")]) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ferry resumes service Saturday, Nov. 4.",
        "The ferry resumes service Saturday (Nov. 4).",
        "The ferry resumes service Friday.",  # a bare weekday never contradicts
        "On Friday, 3 people were rescued.",
        "The ferry ran on Friday, Nov. 4, 2022, as planned.",
    ],
)
def test_wc204_leaves_matching_and_bare_weekdays(text: str) -> None:
    assert run("WC204", ["Ferry", f"BAYSIDE, Nov. 2, 2023 (UPI) -- {text}"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ferry resumes service Friday (Nov. 4).",
        "The ferry ran on Thursday, Nov. 4, 2022, as planned.",
        "The ferry resumes service Friday, 4 November.",
    ],
)
def test_wc204_forms(text: str) -> None:
    assert len(run("WC204", ["Ferry", f"BAYSIDE, Nov. 2, 2023 (UPI) -- {text}"])) == 1


def test_wc204_year_from_the_weekday_rule_and_the_reference() -> None:
    lines = ["Talks", "Nov. 2 (UPI) -- The leaders met Friday.", "Talks resume Thursday, Nov. 8."]
    assert run("WC204", lines) == []  # Nov. 2 is a Friday in 2018; Nov. 8, 2018 a Thursday
    lines[2] = "Talks resume Wednesday, Nov. 8."
    assert len(run("WC204", lines)) == 1
    plain = ["Talks", "WASHINGTON (AP) — Talks resume Wednesday, Nov. 8."]
    assert len(run("WC204", plain, reference=date(2018, 11, 2))) == 1
    assert run("WC204", plain) == []  # no year to check against


def test_wc204_skips_an_assumed_year() -> None:
    lines = ["Talks", "Nov. 2 (UPI) -- Talks resume Wednesday, Nov. 8."]
    assert run("WC204", lines) == []


# --- WC205 two-datelines ------------------------------------------------------------------------

FIRST = "HILLTOWN, Ohio (AP) — The paper mill will close on Monday."


def test_wc205_flags_a_second_dateline() -> None:
    lines = ["Mills", FIRST, "", "LAKEVIEW, Mich. (AP) — A second plant will close."]
    found = run("WC205", lines)
    assert len(found) == 1
    assert where(found[0]) == (4, 1, len("LAKEVIEW, Mich. (AP) —") + 1)


def test_wc205_the_storys_own_dateline_is_not_a_second() -> None:
    lines = ["Mills", FIRST, "", "In Lakeview, a second plant will close."]
    assert run("WC205", lines) == []
    assert run("WC205", lines, keep_dateline=True) == []


def test_wc205_a_digests_items_keep_their_datelines() -> None:
    intro = "HILLTOWN, Nov. 6 (AP) — The following is a summary of the week's mill news."
    item = "LAKEVIEW, Mich., Nov. 2 (AP) — A second plant will close next month, its owners said."
    lines = ["Mills this week", intro, "", "Plant to close", item]
    assert run("WC205", lines) == []
    # Without the intro's announcement, the item's dateline is a second one.
    plain = "HILLTOWN, Nov. 6 (AP) — The paper mill will close on Monday after ninety years."
    assert len(run("WC205", ["Mills this week", plain, "", "Plant to close", item])) == 1


def test_wc205_a_digest_its_headline_announces_keeps_its_items_datelines() -> None:
    first = "HILLTOWN, Nov. 6 (AP) — The paper mill will close on Monday after ninety years."
    item = "LAKEVIEW, Mich., Nov. 2 (AP) — A second plant will close next month, its owners said."
    for headline in ("Briefing Of Mill Agency Main News For Saturday", "Valley news digest",
                     "Top headlines for Tuesday, May 3", "Weekly mills roundup"):
        assert run("WC205", [headline, first, "", item]) == []
    # A story's own headline announces nothing: the item's dateline is a second one.
    assert len(run("WC205", ["Mill to close after ninety years", first, "", item])) == 1


def test_wc205_two_datelines_when_the_parser_found_none() -> None:
    ctx = make_context(["Mills", "LAKEVIEW, Mich. (AP) — A plant will close."])
    story = ctx.story
    assert story.dateline is not None
    first = Paragraph(text=FIRST, spans=(Span(start=0, line=2, column=1),))
    second = Paragraph(text="LAKEVIEW, Mich. (AP) — More.", spans=(Span(0, 3, 1),))
    bare = Story(
        source=story.source,
        headline=story.headline,
        byline=None,
        dateline=None,
        captions=(),
        paragraphs=(first, second),
        related=(),
        removed=(),
    )
    lines = ("Mills", FIRST, "LAKEVIEW, Mich. (AP) — More.")
    found = list(RULES["WC205"].check(Context(story=bare, lines=lines)))
    assert [d.line for d in found] == [3]


# --- WC206 missing-dateline ---------------------------------------------------------------------

BODY = "The town's library reopened on Monday after a year of repairs."


@pytest.mark.parametrize(
    ("extra", "byline", "sign"),
    [
        ([], "By Jane Doe, Associated Press", "Associated Press"),
        (["Reporting by Jane Doe; Editing by John Roe"], None, "credit tail"),
        (["AP-NY-08-07-98 0618EDT"], None, "AP-NY-08-07-98"),
        (["Associated Press Writer"], None, "Associated Press Writer"),
    ],
)
def test_wc206_agency_copy_without_a_dateline(
    extra: list[str], byline: str | None, sign: str
) -> None:
    lines = ["Library reopens", *( [byline] if byline else []), BODY, *extra]
    found = run("WC206", lines, byline=byline)
    assert len(found) == 1
    assert found[0].severity == "info"
    assert sign in found[0].message
    body_line = lines.index(BODY) + 1
    assert where(found[0]) == (body_line, 1, len(BODY) + 1)


@pytest.mark.parametrize(
    ("tail", "agency"),
    [
        ("Edited by Jane Roe", False),
        ("With reporting by John Roe.", False),
        ("Additional reporting by John Roe", False),
        ("Reporting by The Associated Press.", True),
        ("Reporting by Jane Doe in Millbrook; Editing by John Roe", True),
    ],
)
def test_wc206_only_an_agencys_credit_tail_is_agency_copy(tail: str, agency: bool) -> None:
    found = run("WC206", ["Library reopens", BODY, tail])
    assert [f.code for f in found] == (["WC206"] if agency else [])


def test_wc206_quiet_with_a_dateline_or_without_agency_signs() -> None:
    byline = "By Jane Doe, Associated Press"
    with_dateline = ["Library", byline, f"MILLBROOK, N.Y. (AP) — {BODY}"]
    assert run("WC206", with_dateline, byline=byline) == []
    assert run("WC206", ["Library", "By Jane Doe", BODY], byline="By Jane Doe") == []
    assert run("WC206", ["Library", BODY, "Apples are sold at the market."]) == []


# --- documentation and examples, through the parser -------------------------------------------


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_documentation(code: str) -> None:
    rule = RULES[code]
    for section in ("What it does", "Why", "Example", "Use instead"):
        assert f"\n{section}\n" in rule.doc, section
    assert rule.doc.startswith(f"{code} {rule.name}:")
    assert {e.good for e in rule.examples} == {True, False}


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_examples_through_the_parser(code: str) -> None:
    rule = RULES[code]
    for example in rule.examples:
        story = wirecheck.parse(example.text, select=[code], today=TODAY)
        codes = [d.code for d in story.diagnostics]
        if example.good:
            assert codes == [], (example.text, story.diagnostics)
        else:
            assert codes == [code], (example.text, story.diagnostics)


def test_seed_dateline_through_the_parser() -> None:
    story = wirecheck.parse(FIXTURE.read_text(encoding="utf-8"), today=TODAY, select=["WC2"])
    assert story.dateline is not None
    assert story.dateline.raw == "Nov. 2 (UPI) --"
    assert story.dateline.agencies == ("UPI",)
    assert (story.dateline.date, story.dateline.year_source) == ("2018-11-02", "weekday")
    assert story.diagnostics == ()


def test_dateline_rules_are_registered() -> None:
    from wirecheck.rules.registry import all_rules

    registered = {r.code for r in all_rules()}
    assert set(RULES) <= registered


def test_wc206_leaves_agate_alone() -> None:
    # Results, standings and polls are lists and tables: no dateline opens them.
    draws = "\n\n".join(f"Pick {n} Midday\n{'-'.join('4071'[:n])}" for n in (2, 3, 4))
    text = (
        "Lottery results\n\nBy The Associated Press\n\n"
        f"These Ohio lotteries were drawn Saturday:\n\n{draws}\n"
    )
    assert [d.code for d in wirecheck.parse(text, select=["WC206"]).diagnostics] == []
    prose = (
        "Library reopens\n\nBy The Associated Press\n\nThe town's library reopened on Monday"
        " after a year of repairs, the mayor said.\n\nIt will open on Sundays too.\n"
    )
    assert [d.code for d in wirecheck.parse(prose, select=["WC206"]).diagnostics] == ["WC206"]


def test_wc205_takes_no_label_or_list_item_for_a_second_dateline() -> None:
    text = (
        "What the budget means for you\n\nWASHINGTON (AP) \u2014 Congress passed the budget on"
        " Friday. Here is what it does.\n\nTAXES \u2014 Most households will pay less.\n\n"
        "SEATTLE MARINERS \u2014 Agreed to terms with a pitcher on a one-year contract.\n\n"
        "LAKEVIEW, Mich. (AP) \u2014 A second plant will close next month.\n"
    )
    found = wirecheck.parse(text, select=["WC205"]).diagnostics
    assert [d.line for d in found] == [9]


@pytest.mark.parametrize("intro", ["", "A road trip through the towns begins on the plains.\n\n"])
def test_a_features_section_datelines_are_one_story(intro: str) -> None:
    # A feature sets a dateline naming only a place over each section: one story. Two
    # wire stories run together each carry their agency (or date), and are still flagged.
    text = (
        "Inside the program you have never heard of\n\n"
        f"{intro}"
        "LOS ALAMOS, N.M. — The place looks staged, like a film set built to look like a "
        "suburb.\n\nWorkers there will make new parts for the first time in years.\n\n"
        "RIO GRANDE VALLEY, N.M. — New Mexico has green chile and elk hunting.\n\n"
        "Families downwind of the first test are still asking for help.\n"
    )
    assert wirecheck.parse(text, select=["WC205"]).diagnostics == ()
    wired = text.replace("N.M. —", "N.M. (AP) —")
    assert [d.code for d in wirecheck.parse(wired, select=["WC205"]).diagnostics] == ["WC205"]


def test_datelines_far_apart_without_agencies_are_still_two_stories() -> None:
    text = (
        "Senate passes spending bill\n\n"
        "WASHINGTON — The Senate on Thursday passed a stopgap spending bill.\n\n"
        "The measure passed 78 to 20 after a week of talks.\n\n"
        "LONDON — Britain's central bank held interest rates steady on Thursday.\n\n"
        "The decision was split six to three, the bank said.\n"
    )
    found = wirecheck.parse(text, select=["WC205"]).diagnostics
    assert [d.code for d in found] == ["WC205"]


def test_wc206_a_credit_tail_with_commas_is_agency_copy() -> None:
    text = (
        "Japan's exports rise for third month\n\n"
        "Japan's exports rose for a third straight month in October, data showed on Thursday.\n\n"
        "Exports rose 4.1% from a year earlier.\n\n"
        "Reporting by Jane Doe in Tokyo, Editing by John Roe\n"
    )
    assert [d.code for d in wirecheck.parse(text, select=["WC206"]).diagnostics] == ["WC206"]
