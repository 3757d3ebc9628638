"""WC4xx copy and grammar rules, on good and bad copy, the seed, and hostile input."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wirecheck
from wirecheck.model import Diagnostic, Source, Story
from wirecheck.rules._text import MAX_FINDINGS
from wirecheck.rules.base import Context
from wirecheck.rules.registry import all_rules
from wirecheck.segment import build_paragraph

SEED = Path(__file__).parent.parent / "fixtures" / "upi-diaz-canel-moscow.txt"
HEAD = "Putin hosts Cuban leader\n\nMOSCOW, Nov. 2 (UPI) -- "


def found(text: str, code: str) -> list[Diagnostic]:
    """The diagnostics of one rule on a story whose first paragraph is ``text``."""
    return list(wirecheck.parse(HEAD + text + "\n", select=[code]).diagnostics)


def flagged(text: str, code: str) -> list[str]:
    """The flagged spans of ``text`` (on the dateline's line, line 3)."""
    line = (HEAD + text).split("\n")[2]
    return [line[d.column - 1 : d.end_column - 1] for d in found(text, code) if d.line == 3]


# The seed story


def test_seed_flags_the_two_slips_and_nothing_else() -> None:
    story = wirecheck.parse(SEED.read_bytes(), select=["WC3", "WC4", "WC5"])
    copy = [(d.code, d.line) for d in story.diagnostics if d.code.startswith("WC4")]
    assert copy == [("WC402", 29), ("WC403", 37)]
    serious = [d for d in story.diagnostics if d.severity != "info"]
    assert [d.code for d in serious] == ["WC402", "WC403"]
    by_code = {d.code: d for d in serious}
    assert by_code["WC402"].suggestions == ("Cuba's",)
    assert by_code["WC403"].suggestions == ("visit to Cuba",)


# WC401 repeated-word


def test_repeated_word() -> None:
    assert flagged("Putin was invited to visit the the island.", "WC401") == ["the the"]
    assert flagged("The the island was quiet, he said.", "WC401") == ["The the"]
    (d,) = found("Putin was invited to visit the the island.", "WC401")
    assert d.suggestions == ("the",)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a preposition doubled where no clause strands it
        ("The minister met with with officials on Monday.", "with with"),
        ("Costs associated with with building the plant rose.", "with with"),
        ("The vote was held in in the capital on Monday.", "in in"),
        # a capitalised function word doubled: no name is `His His`
        ("The president today received His His Highness Sheikh Tarim.", "His His"),
    ],
)
def test_a_doubled_preposition_no_clause_strands_is_a_slip(text: str, span: str) -> None:
    assert flagged(text, "WC401") == [span]


@pytest.mark.parametrize(
    "text",
    [
        "He said that that was what he had had in mind for years.",
        "What it is is a problem, and what they do do matters.",
        "The team he worked with with the most success was in Cuba.",
        "He is all in in all aspects of his life.",
        "She landed her her first job in Havana.",
        "They flew to Bora Bora and heard Duran Duran in Walla Walla.",
        "Fans of the The Sims games loved it so SO much, said Tan My My and Sirhan Sirhan.",
        "It was Christmas Eve eve, and fans chanted cool cool cool.",
        "The car has all all-wheel drive, a no-makeup makeup look and a so-so engine.",
        "He waved bye bye and said very, very well.",
        "We bought a house last summer, woop woop! Then came the winter.",
        "The menu had grilled mahi mahi, and a tuk tuk took us to the ylang ylang farm.",
    ],
)
def test_grammatical_and_deliberate_repeats(text: str) -> None:
    assert found(text, "WC401") == []


def test_letters_of_letter_spaced_text_are_no_repeated_words() -> None:
    # A spaced-out paragraph doubles a letter wherever a word does (`c o m m i t t e e`);
    # a single letter doubled in prose is still a slip.
    lede = (
        "Putin met Diaz-Canel in the Kremlin on Friday, and the two said that they would meet"
        " again in the spring to review the ties of their countries, which have been close for"
        " many years, a spokesman for the Kremlin told reporters at the end of the talks."
    )
    spaced = " ".join("Springfield, 9 Sept. (UPI) - The committee will meet.")
    assert found(lede + "\n\n" + spaced, "WC401") == []
    assert flagged("He bought a a car in Havana and drove it home.", "WC401") == ["a a"]


def test_repeat_across_a_wrapped_line_is_found() -> None:
    text = (
        "Putin hosts Cuban leader\n\n"
        "MOSCOW, Nov. 2 (UPI) -- Russian President Vladimir Putin and Cuban President\n"
        "Miguel Diaz-Canel met on Friday in Moscow as both countries sought to renew the\n"
        "the old ties and review their partnership in various spheres, the Kremlin said.\n"
        "    Diaz-Canel also met other high-ranking Russian officials, including the heads\n"
        "of the upper house of parliament and the prime minister, officials said later.\n"
        "    Russia may provide a credit of 43 million dollars to Cuba in the military\n"
        "technical cooperation line, a deputy finance minister said on Friday evening.\n"
    )
    (d,) = wirecheck.parse(text, select=["WC401"]).diagnostics
    assert (d.line, d.end_line) == (4, 5)


# WC402 article-before-possessive-name


def test_article_before_possessive_name() -> None:
    assert flagged("Castro heads the Cuba's Communist Party.", "WC402") == ["the Cuba's"]
    assert flagged("The Russia’s envoy met the NATO's chief.", "WC402") == [
        "The Russia’s",
        "the NATO's",
    ]
    assert flagged("Crowds filled the Paris' streets.", "WC402") == ["the Paris'"]


@pytest.mark.parametrize(
    "text",
    [
        "The President's office and the Kremlin's press service spoke.",
        "The United States' embargo and the Netherlands' envoy were discussed.",
        "The New York Times's reporter asked about the White House's plan.",
        "Cuba's Communist Party and Moscow's mayor met the Amazon's tribes.",
        "Ships sailed up the Jordan's banks past the Vatican's walls.",
        "The Tesla's battery caught fire near the Walmart's parking lot.",
    ],
)
def test_names_that_take_an_article(text: str) -> None:
    assert found(text, "WC402") == []


def test_title_case_headline_is_skipped() -> None:
    text = "How The Turkey's Secret Got Out Of The Kitchen\n\nMOSCOW, Nov. 2 (UPI) -- Fine.\n"
    assert wirecheck.parse(text, select=["WC402"]).diagnostics == ()


# WC403 visit-without-preposition


def test_visit_without_preposition() -> None:
    assert flagged("Putin was invited to make a visit Cuba next year.", "WC403") == ["visit Cuba"]
    assert flagged("His three-day trip Moscow, officials said, went well.", "WC403") == [
        "trip Moscow"
    ]
    (d,) = found("The band plans a tour Europe in May.", "WC403")
    assert d.suggestions == ("tour of Europe",)


@pytest.mark.parametrize(
    "text",
    [
        "Putin was invited to visit Cuba next year.",
        "Leaders will visit Moscow on Friday.",
        "The visit Russia paid to Cuba was long.",
        "The visit Cuba's leader made was long.",
        "A visit to Havana is planned for the spring.",
        "The trip Friday was short.",
        "A visit New York Times reporters made was covered.",
    ],
)
def test_verbs_and_clauses_are_fine(text: str) -> None:
    assert found(text, "WC403") == []


# WC408 modal-past


def test_a_past_form_after_a_modal_is_flagged_with_the_bare_verb() -> None:
    assert flagged("He said he would ordered the agencies to cut their budgets.", "WC408") == [
        "ordered"
    ]
    assert flagged("They could not succeeded in their plans.", "WC408") == ["succeeded"]
    two = "The port might stopped the ferries and couldn't carried the cars."
    assert flagged(two, "WC408") == ["stopped", "carried"]
    (d,) = found("He said the council may used the money.", "WC408")
    assert d.suggestions == ("use",)


@pytest.mark.parametrize(
    "text",
    [
        "He would order the cuts and would have ordered them sooner.",
        "They will need more time, and the talks will proceed on Monday.",
        "The will named her as the heir, and a tin can rusted on the pier.",
        "Will Reed said the port would shed jobs and embed staff in the council.",
        "It is a would-be rival, a must-read report and a could-be hundred of them.",
        "The ferries may be delayed, the council said.",
    ],
)
def test_bare_verbs_nouns_and_own_ed_words_after_a_modal_are_fine(text: str) -> None:
    assert found(text, "WC408") == []


# WC409 ordinal-suffix


def test_an_ordinal_suffix_that_does_not_fit_its_number_is_flagged() -> None:
    text = "The ferry ran on March 2th, the 22th day, and on the 11st and the 3TH of May."
    assert flagged(text, "WC409") == ["2th", "22th", "11st", "3TH"]
    assert [d.suggestions for d in found(text, "WC409")] == [
        ("2nd",),
        ("22nd",),
        ("11th",),
        ("3RD",),
    ]


def test_fitting_ordinals_and_codes_are_fine() -> None:
    text = (
        "On the 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 112th and 1,000th days, "
        "flight A2th and the 2ND round went ahead."
    )
    assert found(text, "WC409") == []


# WC410 backtick-apostrophe


def test_a_backtick_typed_for_an_apostrophe_is_flagged_with_the_copys_apostrophe() -> None:
    text = "The port`s plan failed and the mayor didn`t say why, the council's clerk said."
    assert flagged(text, "WC410") == ["`", "`"]
    assert {d.suggestions for d in found(text, "WC410")} == {("'",)}
    curly = "The port`s plan failed, the council’s clerk said in the mayor’s name."
    assert [d.suggestions for d in found(curly, "WC410")] == [("’",)]


def test_code_spans_and_lone_backticks_are_fine() -> None:
    text = "Type `port`s list` to see it, or the word `set`, the manual says."
    assert found(text, "WC410") == []
    assert found("The grave accent ` stands alone here, he said.", "WC410") == []


# WC404 unbalanced-brackets


def test_orphan_closing_quote_and_unclosed_parenthesis() -> None:
    assert flagged('The trip was a success," he said.', "WC404") == ['"']
    assert flagged("He met the heads of the upper house (the Federation Council.", "WC404") == [
        "("
    ]
    assert flagged("He met officials) in Moscow.", "WC404") == [")"]
    assert flagged("A wrong-way mark: ”Yes,” he said. Then it ended.”", "WC404") == ["”"]


def test_a_quotation_cut_by_an_ellipsis_is_not_reported() -> None:
    # A teaser or excerpt broken off mid-quotation lost its closing mark with the rest.
    for cut in ("...", "…"):
        text = (
            "The ferry crews left the port on Monday. “Two days ago the crews entered the "
            "port, but the situation has changed, which threatened a great number of" + cut + "\n\n"
            "The port raised its fees on Tuesday, the harbour board said.\n"
        )
        assert wirecheck.parse(HEAD + text, select=["WC404"]).diagnostics == ()
    # an open quotation whose paragraph ends otherwise is still reported
    uncut = text.replace("number of…", "number of ships.")
    (d,) = wirecheck.parse(HEAD + uncut, select=["WC404"]).diagnostics
    assert d.message == "opening quote `“` never closed"


@pytest.mark.parametrize(
    "text",
    [
        "He said “we don’t forget” and praised the 1990s’ reforms and Jesus’ teachings.",
        "The 6' 2\" envoy bought a 12.9” screen and a 40°26'46\" map.",
        "The options are 1) talks, 2) sanctions or a) war, he said :)",
        '"God, I\'m trying to think of the "fun" answer," he said.',
        'He used the so-called " vibecession" and review:" it was fine."',
        "He said (in Spanish) [sic] that (as before) it was fine.",
    ],
)
def test_balanced_or_undecidable_marks(text: str) -> None:
    assert found(text, "WC404") == []


def test_quotation_over_several_paragraphs() -> None:
    text = (
        '"We will never forget that its people were the first to help us.\n\n'
        '"And we are grateful for it," he said.\n\n'
        "“Cuba is a friend. We stand with it.\n\n"
        "That is our position,” the minister said.\n"
    )
    assert wirecheck.parse(HEAD + text, select=["WC404"]).diagnostics == ()


def test_a_quotation_never_closed_is_reported_at_its_opening_mark() -> None:
    # It neither goes on (the next paragraph does not open again) nor closes later.
    text = (
        '"We want truth. We want justice, said the mayor. "The schools come first."\n\n'
        "The council will meet again next month.\n\nIt will vote in March.\n\n"
        "The vote is expected to pass.\n"
    )
    (d,) = wirecheck.parse(HEAD + text, select=["WC404"]).diagnostics
    assert (d.line, d.column, d.message) == (3, 25, 'opening quote `"` never closed')
    last = 'He added: "We are ready.\n'  # the story's last paragraph
    (d,) = wirecheck.parse(HEAD + "The mayor spoke.\n\n" + last, select=["WC404"]).diagnostics
    assert d.message == 'opening quote `"` never closed'


@pytest.mark.parametrize(
    "text",
    [
        "He called it “Windows 11” and she said “Meh.”",  # closed after a digit
        '"He is 6\'1" tall and 170 pounds," the FBI said of the man.',  # an inch mark inside
        'The poll was "early 2025" and the rally was "Trials 2.0" in all.',
        "She liked it (aka “ sour MSG ”) a lot, she said.",  # spaces inside the marks
    ],
)
def test_quotations_closed_after_a_digit_or_a_space(text: str) -> None:
    assert found(text, "WC404") == []


def test_parenthesis_cut_by_a_line_break() -> None:
    text = "A poster shows how he may have looked (\n\nFBI.gov) during his life, police said.\n"
    assert wirecheck.parse(HEAD + text, select=["WC404"]).diagnostics == ()


# WC405 spacing


def test_double_space_and_space_before_punctuation() -> None:
    assert flagged("Putin met  Diaz-Canel in Moscow , TASS said .", "WC405") == [
        "  ",
        " ,",
        " .",
    ]
    (d,) = found("Putin met Diaz-Canel in Moscow , TASS said.", "WC405")
    assert d.suggestions == (",",)


def test_a_space_on_the_wrong_side_of_a_comma_moves_after_it() -> None:
    text = "Talks with Mayor ,Rena Colby, and the council ;a vote went ahead."
    assert [(d.message, d.suggestions) for d in found(text, "WC405")] == [
        ("space before `,` after `Mayor` and none after it", (", ",)),
        ("space before `;` after `council` and none after it", ("; ",)),
    ]
    assert flagged(text, "WC405") == [" ,", " ;"]
    # A decimal or a domain after a space is no such slip.
    assert found("He carried a .45 pistol to Harbor.com offices.", "WC405") == []


def test_a_space_before_a_possessive_is_reported_with_its_fix() -> None:
    # What a web page's inline markup leaves when saved as text: `<i>Kotaku</i> 's`.
    text = "Kotaku 's editors and the Kremlin ’s press office met the boy 's mother."
    assert [(d.message, d.suggestions) for d in found(text, "WC405")] == [
        ("space before `'s` after `Kotaku`", ("'s",)),
        ("space before `’s` after `Kremlin`", ("’s",)),
        ("space before `'s` after `boy`", ("'s",)),
    ]
    assert flagged(text, "WC405") == [" 's", " ’s", " 's"]


def test_a_space_after_a_compound_hyphen_is_reported_with_the_compound() -> None:
    # A line-break hyphen kept when the lines were joined: `Secretary- General`.
    text = "The Secretary- General met the Vice- President's aides on Friday."
    assert [(d.message, d.suggestions) for d in found(text, "WC405")] == [
        ("space after the hyphen of `Secretary-General`", ("Secretary-General",)),
        ("space after the hyphen of `Vice-President`", ("Vice-President",)),
    ]
    assert flagged(text, "WC405") == ["Secretary- General", "Vice- President"]


@pytest.mark.parametrize(
    "text",
    [
        "Pre- and post-war records cover 10- to 15-year terms, officials said.",
        "The Anglo- and Franco-Prussian files and Rap Battle- Rhyme Vol 2 were read.",
    ],
)
def test_suspended_hyphens_and_title_separators_left_alone(text: str) -> None:
    assert found(text, "WC405") == []


@pytest.mark.parametrize(
    "text",
    [
        "He moved from ’s-Hertogenbosch to ’s Gravenhage in 1990, officials said.",
        "The letter 's' is the most common in the list, the teacher said.",
        "Kotaku's editors and the Kremlin’s press office met on Friday.",
    ],
)
def test_possessives_left_alone(text: str) -> None:
    assert found(text, "WC405") == []


@pytest.mark.parametrize(
    "text",
    [
        "Putin met Diaz-Canel.  The talks went on ... for hours . . . and ended.",
        "He carried a .45 pistol and visited example .com sites?",
        "Team A      3   Team B   1, officials said.",
        "Il a dit : « Non ! »",
        "She signed off with a smiley :) and a wink ;) as usual.",  # emoticons
    ],
)
def test_spacing_left_alone(text: str) -> None:
    assert found(text, "WC405") == []


def test_no_space_after_a_full_stop_or_comma() -> None:
    text = "Bangladesh collapsed.The hosts won easily,Perera said; then,after tea, they left."
    found_ = found(text, "WC405")
    assert [(d.message, d.suggestions) for d in found_] == [
        ("no space after `.` in `collapsed.The`", (". ",)),
        ("no space after `,` in `easily,Perera`", (", ",)),
        ("no space after `,` in `then,after`", (", ",)),
    ]


def test_no_space_after_a_mark_inside_a_word_is_reported_without_a_fix() -> None:
    # `in,cumbent`: a speck read as a comma (OCR). A space would make one word two
    # non-words; the finding stays, with no fix to apply.
    text = "The in,cumbent refused and the gove;rnment was delayed, the council said."
    assert [(d.message, d.suggestions) for d in found(text, "WC405")] == [
        (
            "no space after `,` in `in,cumbent` (`cumbent` is no known word: a stray mark "
            "inside a word?)",
            (),
        ),
        (
            "no space after `;` in `gove;rnment` (`gove` is no known word: a stray mark "
            "inside a word?)",
            (),
        ),
    ]


def test_no_space_after_a_mark_between_words_names_or_numbers_keeps_its_fix() -> None:
    text = (
        "Trains ran Paris,Lyon and Ghent,ostensibly daily; he said,and she agreed;the "
        "report rose 12%.The end."
    )
    assert [(d.message, d.suggestions) for d in found(text, "WC405")] == [
        ("no space after `,` in `Paris,Lyon`", (", ",)),
        ("no space after `,` in `Ghent,ostensibly`", (", ",)),
        ("no space after `,` in `said,and`", (", ",)),
        ("no space after `;` in `agreed;the`", ("; ",)),
        ("no space after `.` in `12%.The`", (". ",)),
    ]


def test_no_space_after_a_full_stop_that_ends_a_number() -> None:
    text = "Prices rose 12%.The bank had said so in 2025.Then the hosts won 3-2.Fans cheered."
    assert [d.message for d in found(text, "WC405")] == [
        "no space after `.` in `12%.The`",
        "no space after `.` in `2025.Then`",
        "no space after `.` in `3-2.Fans`",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S.Army base and Mr.Smith's shop sold 3.5 tonnes on Monday.",
        "Read it at www.example.com/News.Today or email news@example.org.Thanks said.",
        "The Node.js team and the ASP.NET team met.",
        "It cost 3.5 million; see No.5, v2.0 and Figure 1.A in 1.5M rows.",
    ],
)
def test_no_space_after_left_alone(text: str) -> None:
    assert [d for d in found(text, "WC405") if "no space" in d.message] == []


_SPACING_PIECES = (
    "ab", "Cd", "xy", ".", ",", ";", "?", " ", "  ", ":", "A", "b", "www", "3", "'s", "’s",
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SPACING_PIECES), min_size=1, max_size=12))
def test_the_spacing_hints_never_hide_a_finding(pieces: list[str]) -> None:
    """Each WC405 search runs only on lines that hold its hint: the hint must be in every
    line the search would match in."""
    from wirecheck.rules import wc405_spacing as rule

    line = "".join(pieces)
    if rule._NO_SPACE_AFTER_RE.search(line):
        assert rule._NO_SPACE_HINT_RE.search(line)
    if rule._SPACE_BEFORE_RE.search(line) or rule._SPACE_SWAPPED_RE.search(line):
        assert rule._SPACE_BEFORE_HINT_RE.search(line)
    if rule._SPACED_POSSESSIVE_RE.search(line):
        assert rule._SPACED_POSSESSIVE_HINT_RE.search(line)


def test_spacing_on_tab_indented_paragraphs() -> None:
    text = HEAD + "Putin met officials.\n\tThe talks went on , officials said.\n"
    (d,) = wirecheck.parse(text, select=["WC405"]).diagnostics
    assert (d.line, d.column) == (4, 19)


def test_spacing_leaves_a_tables_header_row_alone() -> None:
    # The header's double spaces line its columns up with the rows under it: `fix` had
    # collapsed them, the header alone, and the columns no longer lined up.
    table = (
        "                    GP  W  D  L  GF GA Pts\n"
        "Liverpool           12  9  2  1  27  9  29\n"
        "Arsenal             12  8  3  1  22 10  27\n"
    )
    text = HEAD + "LONDON (AP) — Standings after Saturday's matches:\n\n" + table
    assert wirecheck.parse(text, select=["WC405"]).diagnostics == ()
    # A line of prose away from any table is still read
    later = text + "\nThe league  resumes next week.\n"
    (d,) = wirecheck.parse(later, select=["WC405"]).diagnostics
    assert d.line == 9


def test_spacing_leaves_a_table_of_two_space_columns_alone() -> None:
    table = "Team  W  L  Pct  GB\nHarbor City  80  62  .563  —\nLakeview  78  64  .549  2\n"
    text = HEAD + "The Gulls moved into first place on Sunday.\n\n" + table
    assert wirecheck.parse(text, select=["WC405"]).diagnostics == ()
    # Two slips in one sentence, with no table beside it, are still slips.
    slips = HEAD + "The Gulls  moved into first  place on Sunday.\n"
    assert len(wirecheck.parse(slips, select=["WC405"]).diagnostics) == 2


def test_spacing_leaves_a_linescore_and_a_csv_record_alone() -> None:
    # A linescore's rows line their innings up with one double space each; `fix` would
    # have collapsed them. A record of comma-separated values spaces no comma.
    score = "Minnesota  000 110 000 — 2 7 0\nCleveland  010 003 00x — 4 9 1\n"
    text = HEAD + "The Guardians beat the Twins 4-2 on Wednesday.\n\n" + score
    assert wirecheck.parse(text, select=["WC405"]).diagnostics == ()
    rows = 'id,headline,body\n1,Ferry halts crossings,"The ferry stopped, they said."\n'
    record = HEAD + "Putin met officials.\n\n" + rows
    assert wirecheck.parse(record, select=["WC405"]).diagnostics == ()
    # one comma run on in a sentence is still a slip
    slip = HEAD + "Putin met officials,and talks went on.\n"
    (d,) = wirecheck.parse(slip, select=["WC405"]).diagnostics
    assert "no space after `,`" in d.message


def test_spacing_skips_the_dateline() -> None:
    text = "Bridge reopens\n\nKIGALI, April 28 , 1997 (AFP) - Rwanda on Monday reopened a bridge.\n"
    assert wirecheck.parse(text, select=["WC405"]).diagnostics == ()


# WC406 paragraph-no-end-punctuation

_LONG = (
    "Cuba was heavily dependent on military and economic support of the Soviet Union until "
    "the bloc dissolved in 1991"
)


def test_prose_paragraph_without_end_punctuation() -> None:
    (d,) = found(_LONG, "WC406")
    assert d.suggestions == ("1991.",)
    (d,) = found("The talks ended. " + _LONG.replace("1991", "the early nineties,"), "WC406")
    assert d.suggestions == ("nineties.",)


@pytest.mark.parametrize(
    "text",
    [
        _LONG + ".",
        _LONG + ":",
        _LONG + ' "',
        _LONG + " (AP Photo/John Doe)",
        "What comes next for the two countries and their old partnership in the region",
        "- " + _LONG,
        "-- Reporting by Renzo Pipoli in Havana and Sergei Ivanov in Moscow; editing by Bill",
        "I loved them so much I ordered another pair today. It was warm!\" — Amy Del Santo",
        "The bloc dissolved in 1991 and the island was left alone. Photograph: Jane Doe/EPA",
        "Read the full report on the ministry website at www.example.com/report/cuba",
    ],
)
def test_not_missing_punctuation(text: str) -> None:
    assert found(text, "WC406") == []


def test_a_closing_quote_as_mojibake_is_no_missing_full_stop() -> None:
    # `.”` saved as UTF-8 twice: its C1 bytes are dropped (WC503), `â` is left (WC501).
    quoted = (
        "The minister spoke to reporters after the talks on Tuesday. \u00e2\u0080\u009cWe "
        "want to know where the weapons are kept and who is guarding them.\u00e2\u0080\u009d"
    )
    story = wirecheck.parse((HEAD + quoted + "\n").encode("utf-8"), select=["WC406"])
    assert story.body[0].endswith("them.\u00e2")
    assert story.diagnostics == ()


_BODY = (
    "The town council voted 5-2 on Tuesday to close the Mill Street bridge to traffic "
    "from next month.\n\nA replacement is expected to take three years, the mayor said.\n"
)
_DEK = (
    "Engineers say the span has decayed faster than expected and repairs would cost more "
    "than a new one"
)


@pytest.mark.parametrize(
    "head",
    [
        f"Town council votes to close the old river bridge\n\n{_DEK}\n\nBy Jane Roe\n\n",
        f"Town council votes to close the old river bridge\n\n{_DEK}\n\n",
    ],
)
def test_a_dek_opening_the_body_is_no_missing_full_stop(head: str) -> None:
    # Without a dateline the parser lets the dek open the body; a dek has no full stop.
    story = wirecheck.parse(head + _BODY, select=["WC406"])
    assert story.body[0] == _DEK
    assert story.diagnostics == ()
    # Under a dateline, the same words cut short in the body are still reported.
    dated = "Town council votes\n\nMILLVILLE (AP) — The council met.\n\n" + _DEK + "\n"
    assert [d.code for d in wirecheck.parse(dated, select=["WC406"]).diagnostics] == ["WC406"]


def test_a_quotations_speaker_however_described_is_no_missing_full_stop() -> None:
    text = (
        "“Ask questions. Nobody minds, and it is much better than guessing.” —Ana, a nurse "
        "who has worked in children’s care for twenty years"
    )
    assert found(text, "WC406") == []


def _no_end_punctuation(body: str) -> list[int]:
    """The lines WC406 reports in a dated story whose body is ``body``."""
    text = "Harbour town counts the cost\n\nPORTVALE (AP) — " + body
    return [d.line for d in wirecheck.parse(text, select=["WC406"]).diagnostics]


_STORM = (
    "The harbour master of Portvale walked the flooded quay on Friday and promised money "
    "to rebuild the two piers that the storm tore away."
)
_TAIL = "\n\nFishermen were told to keep their boats upriver until the piers are rebuilt.\n"


def test_a_caption_repeating_a_sentence_of_the_story_is_no_missing_full_stop() -> None:
    caption = (
        "The harbour master walked the flooded quay on Friday and promised money to rebuild "
        "the two piers"
    )
    assert _no_end_punctuation(_STORM + "\n\n" + caption + _TAIL) == []
    # The same words repeating nothing of the story are still reported, and so is a
    # repeat cut short on a comma.
    other = caption.replace("promised money to rebuild", "said the town would need")
    assert _no_end_punctuation(_STORM + "\n\n" + other + _TAIL) == [5]
    assert _no_end_punctuation(_STORM + "\n\n" + caption + "," + _TAIL) == [5]


def test_list_items_teasers_and_labels_are_no_missing_full_stop() -> None:
    items = (
        "Pays a yearly fee to the harbour board for the right to moor a boat at the quay\n\n"
        "Receives a berth, a water supply and the use of the crane from the board"
    )
    assert _no_end_punctuation(_STORM + "\n\nMoorings:\n\n" + items + _TAIL) == []
    teaser = "Ferry crews say the new timetable is a mess; plus, the art of loading a car deck"
    assert _no_end_punctuation(_STORM + "\n\nnews\n\n" + teaser + _TAIL) == []
    assert _no_end_punctuation(_STORM + "\n\nElsewhere\n\n" + teaser + _TAIL) == []
    entry = "March 3: Harbour board 'most likely' will vote on the new piers by next week"
    assert _no_end_punctuation(_STORM + "\n\n" + entry + _TAIL) == []
    alt = (
        "Animated picture of a boat riding out a storm with a warning sign above it and text "
        "saying that one should not sail in a gale"
    )
    assert _no_end_punctuation(_STORM + "\n\n" + alt + _TAIL) == []
    promo = "🎣 See if you take to our picks for the best rods and reels for fishing off a pier"
    assert _no_end_punctuation(_STORM + "\n\n" + promo + _TAIL) == []
    # A teaser's length under a sentence, or a label opening a sentence with a verb in
    # lower case, is the story's own prose: still reported.
    assert _no_end_punctuation(_STORM + "\n\n" + teaser + _TAIL) == [5]
    said = "Officials said: the harbour board will vote on the new piers by the end of next week"
    assert _no_end_punctuation(_STORM + "\n\n" + said + _TAIL) == [5]


def test_a_long_description_of_a_quotations_speaker_is_no_missing_full_stop() -> None:
    text = (
        "“I won’t sail in a westerly, even if the forecast says it will ease, because the swell "
        "lasts for two or three days after the wind.” —Ola, a Portvale-based fisherman and "
        "member of Safe Harbours, an initiative of the Coastal Fishing Association that speaks "
        "for the small crews, the net makers and the families who run the boats"
    )
    assert found(text, "WC406") == []


# WC407 mixed-quotes


_CURLY_STORY = (
    "Harbour town counts the cost\n\nBy Jane Doe\n\nPORTVALE (AP) — The harbour’s piers "
    "went in the storm. “It felt like the end,” one fisherman said. “We’d never seen it.”"
    "\n\nThe town’s council met on Friday. “We will rebuild,” the mayor said.\n\n"
)


@pytest.mark.parametrize(
    "furniture",
    [
        "Jane Doe is a reporter covering the coast for the paper. She's from Portvale.\n\n"
        "Tickets to the harbour festival just went on sale. Get them before they're gone.",
        'Seems big: the harbour board told the town it will "rebuild" the piers, @PortNews '
        "reports.",
        "Read more: Harbour board's plan for the piers is \"years away\".",
    ],
)
def test_mixed_quotes_weighs_the_storys_own_paragraphs(furniture: str) -> None:
    story = wirecheck.parse(_CURLY_STORY + furniture + "\n", select=["WC407"])
    assert story.diagnostics == ()


def test_mixed_quotes_in_the_storys_own_paragraphs_are_still_noted() -> None:
    # A post quoted in the story keeps its marks in the count; a bio that opens the story
    # does not end it.
    quoted = '"Still standing, @portvale_pier i love you,” Ola wrote on Instagram.\n'
    story = wirecheck.parse(_CURLY_STORY + quoted, select=["WC407"])
    assert [d.column for d in story.diagnostics] == [1]
    bio = "Jane Doe is a reporter covering the coast for the paper.\n\n"
    head, body = _CURLY_STORY.split("PORTVALE (AP) — ")
    text = head + bio + "PORTVALE (AP) — " + body + 'The "work" starts in May, he said.\n'
    assert [d.code for d in wirecheck.parse(text, select=["WC407"]).diagnostics] == [
        "WC407",
        "WC407",
    ]


def test_a_closing_curly_mark_that_opens_a_quotation_is_noted() -> None:
    # Copy that opens its quotations with `“` elsewhere: `”we` is the wrong glyph.
    wrong = "The mayor said ”we will rebuild every pier” on the radio.\n"
    (d,) = wirecheck.parse(_CURLY_STORY + wrong, select=["WC407"]).diagnostics
    assert (d.column, d.suggestions) == (16, ("“",))


@pytest.mark.parametrize(
    "text",
    [
        # a Nordic house style opens with `”` throughout
        "PORTVALE (AP) — The mayor said ”we will rebuild” and the chief said ”soon” too.\n",
        # a closing mark after a stray space still closes the quotation it ends
        "PORTVALE (AP) — “We will rebuild the piers ”the mayor said on Friday.\n",
        # an inch mark
        "PORTVALE (AP) — “It is big,” he said of the 12.9” screen in the harbour office.\n",
    ],
)
def test_a_closing_curly_mark_that_opens_is_left_alone_where_ambiguous(text: str) -> None:
    story = wirecheck.parse("Harbour town counts the cost\n\n" + text, select=["WC407"])
    assert story.diagnostics == ()


def test_mixed_quotes_notes_the_rarer_style() -> None:
    text = '"Cuba is a friend,” he said. “It’s a bond,” he added. “Yes,” she said.'
    (d,) = found(text, "WC407")
    assert (d.severity, d.column - len(HEAD.split("\n")[2])) == ("info", 1)
    assert d.suggestions == ("“",)
    assert "1 straight, 5 curly" in d.message


def test_one_style_and_inch_marks_are_fine() -> None:
    assert found('"Cuba is a friend," he said of the 6\' 2" envoy\'s trip.', "WC407") == []
    assert found("“Cuba is a friend,” he said of the 6' 2\" envoy’s trip.", "WC407") == []


def test_german_quotation_marks_are_no_english_style() -> None:
    # `„ ... “` closes with the English opening mark: a German quotation, not a curly one.
    text = '"It is over," he said, and the crowd chanted „Wir haben genug“ and "Go home."'
    assert found(text, "WC407") == []
    assert found(text.replace("„Wir", "“Wir"), "WC407") != []


def test_a_doubled_word_inside_a_german_quotation_is_grammar() -> None:
    text = "Protesters chanted „Es sind die die Arbeit machen“ outside the the ministry."
    assert flagged(text, "WC401") == ["the the"]


# Copy in other languages


def test_german_quotes_balance() -> None:
    text = "„Wir sind nicht zufrieden“, sagte er. „Das ist gut.“"
    assert found(text, "WC404") == []


def test_english_rules_skip_other_languages() -> None:
    german = (
        "Berlin (dpa) - Das ist eine Entlastung, die die Menschen ab Januar auf ihrer "
        "Stromrechnung sehen werden, sagte der Minister am Mittwoch in Berlin. Die Koalition "
        "hatte sich nach langen Verhandlungen auf das Paket geeinigt\n"
    )
    french = (
        "Paris (AFP) - Pourquoi ? Parce que nous nous sommes trompés , a dit le ministre "
        "mercredi devant les députés réunis à Paris pour examiner le projet de loi sur "
        "l'énergie, qui prévoit une baisse des tarifs du réseau dès le mois de janvier.\n"
    )
    for text in (german, french):
        story = wirecheck.parse("Titel der Meldung hier\n\n" + text, select=["WC4"])
        assert story.diagnostics == (), text


# Hostile input: every WC3xx-WC5xx rule stays linear and bounded.

_SIZE = 200_000
HOSTILE = {
    "mixed": (
        "the the Cuba's visit Cuba (a) \"q\" ” x  y , â€™ \u00a0 \ufffd \x01 " * (_SIZE // 60)
    ),
    "opening parentheses": "(" * _SIZE,
    "closing parentheses": ")" * _SIZE,
    "straight quotes": '"' * _SIZE,
    "curly quotes": "”" * _SIZE,
    "double spaces": "a  " * (_SIZE // 3),
    "mojibake": "Ã©" * (_SIZE // 2),
    "one word": "the " * (_SIZE // 4),
    "no-break spaces": "\u00a0" * _SIZE,
    "controls": "\x01" * _SIZE,
}
MINE = [r for r in all_rules() if r.code[2] in "345"]


def _context(line: str) -> Context:
    story = Story(
        source=Source(path=None, sha256="", encoding="utf-8", newline="\n"),
        headline="A headline",
        byline=None,
        dateline=None,
        captions=(),
        paragraphs=(build_paragraph([(3, line)]),),
        related=(),
        removed=(),
        headline_line=1,
    )
    return Context(story=story, lines=("A headline", "", line))


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_is_linear_and_bounded(name: str) -> None:
    ctx = _context(HOSTILE[name])
    for rule in MINE:
        started = time.perf_counter()
        count = sum(1 for _ in rule.check(ctx))
        elapsed = time.perf_counter() - started
        assert count <= MAX_FINDINGS, rule.code
        # Linear rules take well under a second here; a quadratic one takes minutes.
        assert elapsed < 10, f"{rule.code} took {elapsed:.1f}s on {name}"


def test_english_rules_skip_a_short_brief_in_another_language() -> None:
    # Too short for the function-word density test; the language detector decides.
    brief = (
        "Regierung beschliesst Plan\n\n"
        "Berlin (dpa) - Die Regierung hat am Donnerstag einen Plan beschlossen, die die "
        "Brücken des Landes erneuern soll, teilte das Ministerium mit.\n\n"
        "Die Arbeiten sollen im Frühjahr beginnen.\n"
    )
    story = wirecheck.parse(brief, select=["WC1", "WC4"])
    assert story.diagnostics == ()
    english = "Bridge plan approved\n\nThe the council approved the plan on Thursday.\n"
    assert [d.code for d in wirecheck.parse(english, select=["WC401"]).diagnostics] == ["WC401"]


def test_wc407_does_not_count_the_marks_of_teaser_lines_in_the_body() -> None:
    # A page's body may take in related headlines set in the site's straight marks; the
    # story's prose uses curly ones throughout.
    story = (
        "Harbour festival returns\n\nBy Jane Roe\n\n"
        "The harbour\u2019s lantern festival returned on Saturday, organisers said.\n\n"
        "See Where All the 'Lantern Night' Volunteers Are Now\n\n"
        "\u201cWe didn\u2019t know if people would come,\u201d said the festival\u2019s chair.\n"
    )
    assert [d for d in wirecheck.parse(story).diagnostics if d.code == "WC407"] == []
    slip = story.replace("festival\u2019s chair", "festival's chair")
    assert [d.code for d in wirecheck.parse(slip).diagnostics if d.code == "WC407"] == ["WC407"]


def test_wide_gaps_in_a_line_of_prose_are_a_lost_dash() -> None:
    # Text exported with its dashes dropped keeps the spaces around them; three spaces
    # made the line a table's row, and nothing was reported.
    text = (
        "Rates rise again\n\nThe bank raised rates by a quarter of a point   the sixth such "
        "move in a row   on Thursday, officials said.\n"
    )
    story = wirecheck.parse(text, select=["WC405"])
    found = [(d.column, d.message, d.suggestions) for d in story.diagnostics]
    assert found == [
        (46, "3 spaces after `point` inside a sentence: a dash lost here?", ()),
        (77, "3 spaces after `row` inside a sentence: a dash lost here?", ()),
    ]
    # Justified text spaces out its lines alike: no dash was lost there.
    justified = (
        "Council votes\n\nThe council   voted   on Tuesday to close the old harbour bridge to "
        "cars from next spring,\nending   a decade   of argument over the crumbling span, which "
        "engineers said was unsafe.\n"
    )
    assert wirecheck.parse(justified, select=["WC405"]).diagnostics == ()
    # A table's rows and a short line with a wide gap stay alone.
    for line in ("Harbor City   80   62   .563   won the division on the last day of the season.",
                 "The mayor said   no."):
        assert wirecheck.parse(f"Standings\n\n{line}\n", select=["WC405"]).diagnostics == ()


def test_paragraphs_of_prose_that_all_lost_their_full_stops_are_still_reported() -> None:
    # Neighbours that also end on a word made each one a list's item: an export that
    # stripped every full stop went unreported.
    paragraphs = [
        "The harbour board voted on Monday to reopen the port after a week of storms that "
        "closed it to ships, ferries and fishing boats across the whole of the region",
        "Officials said the ferries would run a reduced timetable for the first week while "
        "engineers inspected the piers, the cranes and the old breakwater at the harbour mouth",
        "The board will meet again next month to review the repairs and the cost of the work "
        "to the city, its ferry company and the businesses along the waterfront",
    ]
    text = "Port reopens\n\n" + "\n\n".join(paragraphs) + "\n"
    found = wirecheck.parse(text, select=["WC406"]).diagnostics
    assert len(found) >= 2


def test_mixed_quotes_after_a_bio_like_sentence_inside_the_story_are_noted() -> None:
    # `Kessler is a correspondent for ...` three paragraphs from the end is the story's
    # own sentence, not the writer's bio: the quotes under it are still weighed.
    text = (
        'Court extends detention of foreign reporter\n'
        '\n'
        'By Jamie Carter\n'
        '\n'
        'MOSCOW (AP) — A Moscow court on Tuesday extended the pretrial '
        'detention of an American reporter by three months, rejecting an '
        'appeal from his lawyers, who called the espionage charge against him '
        '“absurd and baseless.”\n'
        '\n'
        '“We will keep fighting for his release,” his lawyer, Maria Orlova, '
        'told reporters outside the courthouse after the closed-door hearing, '
        'which lasted less than an hour.\n'
        '\n'
        'The reporter’s parents attended the hearing and were allowed to speak '
        'with him briefly through the glass of the defendant’s cage, according '
        'to the lawyer.\n'
        '\n'
        'Kessler is a correspondent for a Chicago newspaper who has covered '
        'Russia for six years.\n'
        '\n'
        '"He is a journalist, not a spy," his editor said in a statement.\n'
        '\n'
        'The next hearing is set for March.\n'
    )
    found = wirecheck.parse(text, select=["WC407"]).diagnostics
    assert len(found) == 2
