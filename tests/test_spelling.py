"""Spelling rules WC101 (known misspelling) and WC102 (unknown word).

Stories here are built directly from model objects (one paragraph a line) so each test
controls exactly what the rules see; the seed fixture and the rule examples also go
through ``wirecheck.parse``. All text is invented for these tests.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from hashlib import sha256
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wirecheck
from wirecheck.model import Caption, Diagnostic, Paragraph, Source, Span, Story
from wirecheck.rules import wc101_known_misspelling as wc101
from wirecheck.rules import wc102_unknown_word as wc102
from wirecheck.rules.base import CheckOptions, Context
from wirecheck.spelling import suggest, tables, text
from wirecheck.spelling.check import bases, findings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "upi-diaz-canel-moscow.txt"
DATA = ROOT / "src" / "wirecheck" / "data"


def make_story(
    body: str,
    headline: str = "Officials meet to discuss the budget",
    captions: tuple[str, ...] = (),
    wire: dict[str, object] | None = None,
) -> Context:
    """Headline on line 1; each body line a paragraph on lines 2, 3, ..."""
    lines = (headline, *body.split("\n"))
    paragraphs = tuple(
        Paragraph(text=line, spans=(Span(start=0, line=number, column=1),))
        for number, line in enumerate(lines[1:], start=2)
    )
    story = Story(
        source=Source(path=None, sha256="", encoding="utf-8", newline="\n"),
        headline=headline,
        byline=None,
        dateline=None,
        captions=tuple(Caption(text=c, credit=None, line=99) for c in captions),
        paragraphs=paragraphs,
        related=(),
        removed=(),
        headline_line=1,
        wire=wire,
    )
    return Context(story=story, lines=lines)


def run(ctx: Context) -> list[Diagnostic]:
    return list(wc101.check(ctx)) + list(wc102.check(ctx))


def flagged(body: str, **kwargs: object) -> list[tuple[str, str]]:
    """(code, offending text) of every spelling diagnostic."""
    ctx = make_story(body, **kwargs)  # type: ignore[arg-type]
    out = []
    for d in run(ctx):
        line = ctx.lines[d.line - 1]
        out.append((d.code, line[d.column - 1 : d.end_column - 1]))
    return out


# -- the seed story, end to end ----------------------------------------------------------


def test_seed_story_has_one_spelling_finding() -> None:
    raw = SEED.read_text(encoding="utf-8")
    story = wirecheck.parse(raw)
    ctx = Context(story=story, lines=tuple(raw.split("\n")))
    found = run(ctx)
    assert [(d.code, d.line, d.column, d.end_column) for d in found] == [("WC101", 35, 96, 104)]
    (d,) = found
    assert d.message == "`disolved` is a known misspelling of `dissolved`"
    assert d.suggestions == ("dissolved",)
    assert d.severity == "error"


def test_seed_names_are_not_flagged() -> None:
    body = (
        "Diaz-Canel met Storchak and Pipoli in Havana, TASS said.\n"
        "Raul Castro remains head of the party. Raul's brother led the group.\n"
        "Storchak said the bloc would review the credit."
    )
    assert flagged(body) == []


# -- rule metadata --------------------------------------------------------------------------


@pytest.mark.parametrize("module", [wc101, wc102])
def test_rule_docs_have_the_sections(module: ModuleType) -> None:
    rule = module.RULE
    for section in ("What it does", "Why", "Example", "Use instead"):
        assert f"\n{section}\n" in rule.doc
    assert rule.summary and rule.name and rule.code in rule.doc


@pytest.mark.parametrize("module", [wc101, wc102])
def test_rule_examples_through_the_parser(module: ModuleType) -> None:
    rule = module.RULE
    kinds = sorted(e.good for e in rule.examples)
    assert kinds == [False, True]
    for example in rule.examples:
        story = wirecheck.parse(example.text)
        ctx = Context(story=story, lines=tuple(example.text.split("\n")))
        codes = [d.code for d in rule.check(ctx)]
        if example.good:
            assert codes == [], example.text
        else:
            assert codes and set(codes) == {rule.code}, example.text


def test_rule_flags() -> None:
    assert wc101.RULE.fixable and wc101.RULE.severity == "error"
    assert not wc102.RULE.fixable and wc102.RULE.severity == "warning"


# -- WC101 ----------------------------------------------------------------------------------


def test_known_misspelling_position_and_fix() -> None:
    ctx = make_story("The plan was recieved well by the board.")
    (d,) = run(ctx)
    assert (d.code, d.line, d.column, d.end_column) == ("WC101", 2, 14, 22)
    assert d.suggestions == ("received",)


def test_hyphenated_parts_are_checked() -> None:
    assert flagged("It was a poorly-recieved plan.") == [("WC101", "recieved")]


@pytest.mark.parametrize(
    "body",
    [
        "The director said so in a state-ment on Tuesday.",  # `ment`: a slip for `meant`
        "They gave the visitors a warm wel-come at the gate.",  # `wel`: a slip for `well`
        "The ser-vice resumed at noon after the repairs.",
        "Officials said the pro-gramme would be expanded.",
    ],
)
def test_a_word_broken_by_a_hyphen_where_a_line_ended_is_read_whole(body: str) -> None:
    # Archive copy hyphenated at its line ends keeps the hyphen when its lines are joined;
    # the halves are no words, and respelt they would become other words.
    assert flagged(body) == []


def test_a_slip_in_a_hyphenated_compound_is_still_flagged() -> None:
    assert flagged("A goverment-backed fund and a state-goverment plan.") == [
        ("WC101", "goverment"),
        ("WC101", "goverment"),
    ]


_BROKEN_HEAD = "Port strike widens\n\nLONDON, March 3 (Reuters) - "


def spelling(text: str) -> list[tuple[str, int, int, int, int, tuple[str, ...]]]:
    """WC101 and WC102 findings of a whole input: code, span, suggestions."""
    return [
        (d.code, d.line, d.column, d.end_line, d.end_column, d.suggestions)
        for d in wirecheck.parse(text, select=["WC101", "WC102"]).diagnostics
    ]


def test_a_word_a_line_end_hyphen_broke_after_a_prefix_is_read_whole() -> None:
    # `dis-` / `ruption`: `dis` is a prefix, but the halves joined are the word; the
    # second half alone (`ruption`) is no word and was reported.
    text = (
        _BROKEN_HEAD + "The strike caused dis-\n"
        "ruption at the port, and the union's pre-\n"
        "sident said the con-\ntracts were still under re-\nview by both sides.\n"
    )
    assert spelling(text) == []


def test_a_broken_words_first_half_is_read_with_a_next_line_outside_the_story() -> None:
    # The two lines make a headline and a removed line; `expec` alone is a known slip.
    assert spelling("Analysts said the move was expec-\nted after the company reported a\n") == []


def test_a_slip_in_a_word_a_line_end_hyphen_broke_is_reported_on_the_joined_word() -> None:
    text = (
        _BROKEN_HEAD + "The move was expec-\ntde after the pier was recie-\n"
        "ved by the town, and a well-\nknown builder said so.\n"
    )
    assert spelling(text) == [
        ("WC102", 3, 42, 4, 4, ("expected", "expect")),
        ("WC101", 4, 24, 5, 4, ("received",)),
    ]


def test_a_slip_in_a_compound_a_line_end_hyphen_broke_is_still_flagged() -> None:
    # `well-` / `knwon`: the joined `wellknwon` is near no word; the part is the slip.
    text = _BROKEN_HEAD + "A well-\nknwon builder and a state-\nowned firm bid.\n"
    assert spelling(text) == [("WC101", 4, 1, 4, 6, ("known",))]


def test_headline_is_checked_with_its_column() -> None:
    ctx = make_story("The board met.", headline="Board recieved the plan")
    (d,) = run(ctx)
    assert (d.line, d.column, d.end_column) == (1, 7, 15)


def test_sentence_start_capital_is_checked_and_fix_keeps_the_capital() -> None:
    ctx = make_story("The board met. Recieved wisdom says otherwise.")
    (d,) = run(ctx)
    assert d.code == "WC101" and d.suggestions == ("Received",)


def test_several_corrections_are_named_and_ranked_not_fixed() -> None:
    (d,) = run(make_story("The council ahd agreed to the plan."))
    assert d.code == "WC101"
    assert set(d.suggestions) == {"and", "had"}
    assert "`and`" in d.message and "`had`" in d.message
    assert d.suggestions[0] == "had"  # "council had agreed" beats "council and agreed"


def test_a_neighbouring_slip_is_read_as_corrected_when_ranking() -> None:
    # As written, `goverment ahd` is no word pair at all and `and` wins on frequency;
    # read as `government ahd`, the pair `government had` settles it.
    found = run(make_story("They met the goverment ahd agreed."))
    assert [d.suggestions[0] for d in found] == ["government", "had"]


def test_the_list_gives_how_many_slips_each_correction_has() -> None:
    lex = tables.lexicon()
    # `ot` is the list's only misspelling of `or`; `to` and `the` have many
    assert lex.slips("or") == 1 < lex.slips("to") < lex.slips("the")
    assert lex.slips("zzzq") == 1  # not stored: one


def test_with_no_context_a_word_with_fewer_known_slips_ranks_first() -> None:
    frequency = {"to": 21, "or": 20}.__getitem__  # `to` twice as common

    def no_pairs(first: str, second: str) -> int:
        return 0

    slips = {"to": 5, "or": 1}.__getitem__  # but with five times the slips
    assert suggest.rank(["or", "to"], None, None, frequency, no_pairs) == ["to", "or"]
    assert suggest.rank(["or", "to"], None, None, frequency, no_pairs, slips) == ["or", "to"]

    def pairs(first: str, second: str) -> int:  # context still outweighs it
        return 18 if (first, second) == ("went", "to") else 0

    assert suggest.rank(["to", "or"], "went", None, frequency, pairs, slips)[0] == "to"


def test_a_drop_cap_pasted_apart_from_its_word_is_no_slip() -> None:
    assert flagged("T housands of people gathered in the old town.") == []
    # only at a paragraph's start, and only where letter and word make a known word
    assert flagged("They said housands of people gathered.") == [("WC102", "housands")]
    assert flagged("A housands of people gathered.") == [("WC102", "housands")]


def test_a_word_the_story_uses_ranks_higher_a_cache_language_model() -> None:
    # `channes` is `changes`, `channels` or `chances`; alone, the most common wins
    (alone,) = run(make_story("They said the channes were slim."))
    assert alone.suggestions[0] == "changes"
    # in a story about chances, the writer most likely meant chances
    story = "Their chances looked slim. Analysts said the channes were slim. Chances fade."
    (told,) = run(make_story(story))
    assert told.suggestions[0] == "chances"


def test_the_story_share_tips_rare_words_not_common_ones() -> None:
    frequency = {"truce": 12, "truck": 14, "of": 26, "for": 25}.__getitem__

    def no_pairs(first: str, second: str) -> int:
        return 0

    def story(word: str) -> float:  # the share of the story's running words
        return {"truce": 0.01, "of": 0.025, "for": 0.01}.get(word, 0.0)

    assert suggest.rank(["truck", "truce"], None, None, frequency, no_pairs) == [
        "truck",
        "truce",
    ]
    ranked = suggest.rank(["truck", "truce"], None, None, frequency, no_pairs, None, story)
    assert ranked == ["truce", "truck"]
    # function words every story uses at about their usual share: no change
    ranked = suggest.rank(["of", "for"], None, None, frequency, no_pairs, None, story)
    assert ranked == ["of", "for"]


@pytest.mark.parametrize(
    "body",
    [
        "Officials said the RECIEVED figures were late.",  # capitals
        "Officials met Recieved at the airport.",  # capitalised mid-sentence: a name
        "The rebels took Disolved. Later disolved was retaken.",  # the story's name
        "Diaz-Canel and Al-Recieved met.",  # parts of hyphenated names
        "They were takin' it easy.",  # dropped g
        "The sign read recieved [sic] in red.",
        "See https://example.org/recieved-goods for details.",
        "Write to recieved@example.org today.",
        "Follow @recieved and #recieved for updates.",
        '<a href="https://example.org/recieved" class="recieved">The</a> coach spoke.',
        "The study (doi: 10.1234/recieved.2026.17) was cited.",
        "The bloc said vise and vie and wee were words.",  # codespell's rare list
        "It was despatched to the port on a gage.",  # real words on codespell's list
        "A left-hander pitched.",  # a regular formation inside a compound
        "They served a prix-fixe menu.",  # a foreign expression
        "We have a couple of popular add-ons.",  # a particle's plural after a hyphen
    ],
)
def test_wc101_stays_silent(body: str) -> None:
    assert [f for f in flagged(body) if f[0] == "WC101"] == []


def test_markup_left_in_copy_is_not_read_but_its_text_is() -> None:
    body = '<p>The <a href="https://example.org/x" rel="noopener">goverment</a> said.</p>'
    assert flagged(body) == [("WC101", "goverment")]
    assert flagged('The <blockquote class="twiter-tweet"> embed was left in.') == []
    assert flagged("If a < b and the goverment > c, it fails.") == [("WC101", "goverment")]


def test_caption_name_shields_lowercase_use() -> None:
    body = "The road to disolved was cut."
    assert flagged(body) == [("WC101", "disolved")]
    assert flagged(body, captions=("Fighters near Disolved on Monday.",)) == []


def test_allowlist_is_exact_and_case_sensitive() -> None:
    body = "The board disolved the panel."
    ctx = make_story(body)
    allowed = Context(ctx.story, ctx.lines, CheckOptions(allow=frozenset({"disolved"})))
    assert run(allowed) == []
    other_case = Context(ctx.story, ctx.lines, CheckOptions(allow=frozenset({"Disolved"})))
    assert [d.code for d in run(other_case)] == ["WC101"]


def test_copy_in_another_language_is_skipped() -> None:
    """Without a language header, copy lacking English function words is not checked."""
    italian = (
        "Oggi, grazie alla tecnologia moderna, possibile godere del fascino di un caminetto "
        "tradizionale senza rinunciare alle prestazioni e alla comodita offerte dalla "
        "tecnologia moderna. Allo stesso modo, un frigorifero classico con porte in acciaio "
        "rende la cucina elegante e consente di risparmiare energia e acqua ogni giorno, "
        "anche per le famiglie numerose che cercano soluzioni pratiche e durature."
    )
    assert flagged(italian) == []
    english = "The officials said the goverment had disolved the panel before the vote."
    assert [c for c, _ in flagged(english)] == ["WC101", "WC101"]


def test_a_page_in_another_language_with_english_menus_is_skipped() -> None:
    """A few English function words (menus, a caption, a song title) do not make a Spanish
    page English: its prose is counted, and Spanish wins by far."""
    spanish = "\n".join(
        [
            "Share this on the site. Subscribe for the newsletter. Photos are by staff.",
            "Un video popular muestra a un pasajero de avión que parece desorientado, pero "
            "se calma cuando una mujer le canta una canción conocida.",
            "La propietaria de la cuenta confirmó que el video no es real y que muestra una "
            "escena con actores, según dijo a los periodistas.",
            "Si ves algo que te hace dudar, envíanoslo y nuestro equipo lo investigará.",
            "Los actores también salen en otros videos del mismo club de teatro, como este "
            "donde se finge una escena en una boda.",
        ]
    )
    assert flagged(spanish, headline="Un video muestra a actores en un avión") == []


def test_a_paragraph_in_another_language_inside_english_copy_is_skipped() -> None:
    """A quotation given in the original language is not English to check; the English
    paragraphs around it still are."""
    body = "\n".join(
        [
            "The minister said the goverment would present the plan on Monday.",
            '"Vamos a presentar el plan el lunes y no habrá más retrasos en las obras del '
            'puerto", dijo el ministro a los periodistas.',
            "Officials said the works would start in the spring.",
        ]
    )
    assert flagged(body) == [("WC101", "goverment")]


def test_english_with_few_function_words_is_still_checked() -> None:
    """A list of names or products reads as little English, but no other language: it is
    checked (another language must be shown, not English found scarce)."""
    body = "\n".join(
        [
            "Sixteen new officers joined the department.",
            "Adam Novak, Jordan Quill, James Ashe, Dayne Sabo, Nicholas Konrad, Edwin Zorro, "
            "Jean Candel, Mark Dworak, Christian Cella, Vincent Crawford, Walter Brandt.",
            "Drawcord pants, joggers, high-rise tights, running shorts, rain jackets, fleece "
            "vests, wool socks, trail shoes, base layers, and sports bras are on sale.",
            "The chief said the recruits had completed thier training.",
        ]
    )
    assert flagged(body) == [("WC101", "thier")]


def test_non_english_wire_copy_is_skipped() -> None:
    body = "The board disolved the panel and the offisials left."
    assert len(flagged(body)) == 2
    assert flagged(body, wire={"language": "es"}) == []
    assert len(flagged(body, wire={"language": "en-GB"})) == 2


# -- WC102 ----------------------------------------------------------------------------------


def test_unknown_word_with_suggestions() -> None:
    ctx = make_story("The offisials said the govermnent would respond.")
    found = run(ctx)
    assert [(d.code, d.suggestions[:1]) for d in found] == [
        ("WC102", ("officials",)),
        ("WC102", ("government",)),
    ]
    assert found[0].message.startswith("`offisials` is not in the dictionary")


def test_no_duplicate_of_wc101() -> None:
    codes = [d.code for d in run(make_story("The panel disolved."))]
    assert codes == ["WC101"]


@pytest.mark.parametrize(
    "body",
    [
        # numbers, units, times, ordinals, money, ages
        "The 1990s ended at 5pm on the 3rd; $43 million went to a 10-year-old in 2021.",
        "COVID-19 cases rose 4.5 pct; output was 300,000 bpd and 45C heat hit at 11am.",
        # wire abbreviations
        "Net profit was 84.6 mln dlrs, or 81 cts a share, vs 61.3 mln; revs rose 9 pct.",
        # contractions, possessives
        "They'd said it's the company's and the officials' view; we've y'all's word.",
        # British spellings and regional variants
        "The harbourmaster organised a programme for the neighbours' colour scheme.",
        # inflections, derivations, compounds, prefixes
        "Policymakers livestreamed a counteroffensive briefing; carmakers were rebranding.",
        "It was pre-packed, non-binding and anti-corruption; a 27-yarder sealed it.",
        # name particles
        "She met Ursula von der Leyen and Mohammed bin Salman.",
        # rare but real
        "The limnologist found microplastics; the bloc's sclerotic gerrymandering irked.",
        # defined or repeated words
        'Spellers faced "zeugma," a word for a figure of speech.',
        "The ghat was full. Every ghat had pilgrims. A ghat is a stair.",
        # foreign words with no English word near them are left alone
        "They ate tonkotsu in the village.",
        # compounds: en dash, rhyming, foreign parts, suffixes, prefixes, coinages
        "A Grace Jones\u2013esque look, a topsy-turvy plot and a criss-cross path.",
        "Expect the lists soon-ish; the have-nots and the add-ons; robo-calls rose.",
        "It was an all-nighter for the off-roaders and a tete-a-tete for the pair.",
        # market jargon and coinages from known words
        "The exchange will delist the shares; arabica and robusta futures fell.",
        "The shrubland was rebranded as a nature reserve by the de facto leader.",
        # plurals the list lacks of rare nouns it has, near no common word
        "About 1.5 million weanlings cross the border every year.",
        "Sequins and paillettes covered the gowns; heterotrophs feed on them.",
    ],
)
def test_wc102_accepts(body: str) -> None:
    assert flagged(body) == []


@pytest.mark.parametrize(
    ("body", "word", "first"),
    [
        ("The reservior was low.", "reservior", "reservoir"),
        ("Police arested two men.", "arested", "arrested"),
        ("The comittee met on Tuesday.", "comittee", "committee"),
        ("It was a begining for the team.", "begining", "beginning"),
        ("The goverments met.", "goverments", "governments"),
        ("The minsiter spoke.", "minsiter", "minister"),
        # the plural of a rare word, one edit from a common one: a slip for that
        ("Rising cists hit the firm.", "cists", "costs"),
        ("The feers rose at the bank.", "feers", "fees"),
    ],
)
def test_typos_are_caught(body: str, word: str, first: str) -> None:
    found = run(make_story(body))
    assert [body.split("\n")[0][d.column - 1 : d.end_column - 1] for d in found] == [word]
    assert found[0].suggestions[0] == first


# -- building blocks ----------------------------------------------------------------------


def test_prepare_keeps_offsets_and_blanks_non_words() -> None:
    raw = "See www.example.org, mail a@b.co, @user #tag and U.S. it\u2019s."
    prepared = text.prepare(raw)
    assert len(prepared) == len(raw)
    words = text.WORD_RE.findall(prepared)
    assert words == ["See", "mail", "and", "it's"]


def test_shapes_and_bases() -> None:
    assert [text.shape(w) for w in ("tass", "TASS", "Tass", "iPhone")] == [
        "lower",
        "upper",
        "capitalised",
        "mixed",
    ]
    assert bases("Company's") == ("company's", "company")
    assert bases("they'll") == ("they'll", "they")


def test_distance_and_edits() -> None:
    assert suggest.distance("recieve", "receive") == 1  # transposition
    assert suggest.distance("seperete", "separate") == 2
    assert suggest.distance("abc", "abc") == 0
    assert "receive" in suggest.edits1("recieve")
    assert suggest.skeleton("separate") == suggest.skeleton("seperete") == "sprt"


def test_lexicon_lookups() -> None:
    lex = tables.lexicon()
    assert lex.known("government") and lex.known("colour") and lex.known("jewelry")
    assert not lex.known("disolved")
    assert lex.misspelling("disolved") == (("dissolved",), False)
    assert lex.misspelling("bloc") is None  # the rare list is not used
    assert lex.frequency("the") > lex.frequency("sclerotic") > 0
    assert lex.name_only("suharto") and not lex.name_only("reversal")
    assert lex.bigram("of", "the") > 0


def test_table_layout_round_trip() -> None:
    build = _load_script("build_wordlists")
    table = tables.HashTable(build.build_table({"alpha": "x", "beta": "yz", "c'd": "q"}))
    assert table.get("alpha") == "x" and table.get("beta") == "yz" and table.get("c'd") == "q"
    assert table.get("gamma") is None and "alph" not in table and "café" not in table
    assert sorted(table.keys()) == ["alpha", "beta", "c'd"]


def test_data_files_match_manifest() -> None:
    manifest = json.loads((DATA / "spelling-manifest.json").read_text(encoding="utf-8"))
    for name, facts in manifest["outputs"].items():
        assert sha256((DATA / name).read_bytes()).hexdigest() == facts["sha256"], name


def test_word_data_is_read_only_when_the_rules_run() -> None:
    code = (
        "import wirecheck.rules.wc101_known_misspelling, wirecheck.rules.wc102_unknown_word\n"
        "from wirecheck.spelling import tables\n"
        "assert tables._LEXICON is None\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdeiorstAT'-. @#[]()\u2019\"1")), max_size=80))
def test_any_text_gives_positions_inside_the_line(body: str) -> None:
    body = body.replace("\n", " ")
    ctx = make_story(body)
    for d in run(ctx):
        line = ctx.lines[d.line - 1]
        assert 1 <= d.column < d.end_column <= len(line) + 1


def test_measurement_clean_copy_stays_quiet() -> None:
    """The invented clean copy of the measurement script: no WC101, WC102 <= 1/1000."""
    measure = _load_script("measure_spelling")
    blocks = [b.strip() for b in measure.CLEAN_COPY.split("\n\n") if b.strip()]
    found = [f for b in blocks for f in findings(_context_of(measure, b))]
    words = measure.word_count(blocks)
    assert [f.word for f in found if f.code == "WC101"] == []
    assert len([f for f in found if f.code == "WC102"]) <= words / 1000


@pytest.mark.network
def test_data_rebuilds_from_sources() -> None:
    """scripts/build_wordlists.py --check: needs the source packages of the data (the
    `spelling-data` extra: codespell, symspellpy) and apt-get for Debian's scowl; skipped
    where they are not installed, as in the plain test environment."""
    pytest.importorskip("codespell_lib")
    pytest.importorskip("symspellpy")
    if shutil.which("apt-get") is None:
        pytest.skip("apt-get is not available to fetch Debian's scowl package")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_wordlists.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _context_of(measure: ModuleType, block: str) -> Context:
    story, lines = measure.build_story(block)
    return Context(story=story, lines=lines)


def _load_script(name: str) -> ModuleType:
    path = ROOT / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_wirecheck_script_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_short_brief_in_another_language_is_skipped() -> None:
    """Too short for the function-word count, clear enough for the language detector."""
    spanish = (
        "El Gobierno aprobó este jueves un plan de 2.000 millones de euros para renovar los "
        "puentes del país, según informó el Ministerio de Transportes. El ministro afirmó "
        "que las obras comenzarán en primavera."
    )
    assert flagged(spanish, headline="El Gobierno aprueba un plan para los puentes") == []
    english = "The minister said the works would start in the spring, acording to officials."
    assert [c for c, _ in flagged(english)] == ["WC101"]


def test_briefs_in_portuguese_and_dutch_are_skipped() -> None:
    portuguese = (
        "O Conselho de Ministros aprovou hoje um reforço de 200 milhões de euros para o "
        "Serviço Nacional de Saúde. Os sindicatos consideram a medida insuficiente."
    )
    assert flagged(portuguese, headline="Governo aprova reforço para a Saúde") == []
    dutch = (
        "Het kabinet trekt volgend jaar 300 miljoen euro uit voor de bouw van nieuwe "
        "woningen, maakte de minister bekend. Gemeenten krijgen geen extra geld."
    )
    assert flagged(dutch, headline="Kabinet trekt geld uit voor woningbouw") == []


def test_an_english_quotation_does_not_make_a_spanish_story_english() -> None:
    # What the story quotes is the speaker's language: counted, the English court
    # sentence outweighed a short Spanish story's function words.
    spanish = "\n".join(
        [
            "Un tribunal condenó este martes a 12 años de prisión al exalcalde por lavado de "
            "dinero, informó la Fiscalía.",
            'El juez dijo en la lectura de la sentencia que "the defendant betrayed the trust '
            'of the people he was elected to serve".',
            "La defensa anunció que recurrirá la condena.",
        ]
    )
    assert flagged(spanish, headline="Condenan a un exalcalde a 12 años de prisión") == []


def test_a_quotation_in_guillemets_or_german_marks_is_not_spelt_as_english() -> None:
    # English copy never sets English in `« »` or `„ “`: what they hold is French or
    # German (`lits` is no slip for `list` there), and the English around it is checked.
    body = (
        "Nurses marched on Tuesday under banners reading « Des lits, pas des promesses » "
        "and „Wir haben genug“, and the goverment said it would reply."
    )
    assert flagged(body) == [("WC101", "goverment")]
    assert ("WC101", "lits") in flagged(body.replace("« Des lits", "Des lits"))


def test_a_listed_misspelling_that_is_a_rare_word_says_so_and_is_not_fixed() -> None:
    # `pervious` (concrete), `miliary` (tuberculosis): words SCOWL's large lists know,
    # though more often slips. `fix` would write `previous concrete`.
    from wirecheck import parse
    from wirecheck.fix import fix_bytes

    body = "The city laid pervious concrete, and doctors saw miliary tuberculosis."
    found = run(make_story(body))
    assert [(d.code, d.suggestions) for d in found] == [
        ("WC101", ("previous",)),
        ("WC101", ("military",)),
    ]
    assert all("rare word too" in d.message for d in found)
    (plain,) = run(make_story("The plan was delayed becuase of rain."))
    assert "rare" not in plain.message
    story = f"Plan approved\n\nDENVER (AP) — {body} The plan was delayed becuase of rain.\n"
    fixed = fix_bytes(story.encode(), lambda raw: parse(raw)).data.decode()
    assert "pervious concrete" in fixed and "miliary" in fixed and "because" in fixed


def test_a_prefix_before_a_hyphen_and_an_accent_left_off_are_no_slips() -> None:
    body = "The bank mis-sold loans, gardai said, and the mis-selling went on for years."
    assert flagged(body) == []
    assert flagged("The goverment said gardai were called.") == [("WC101", "goverment")]


def test_a_story_of_many_slips_finds_them_where_a_scan_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Past a few look-ups the words' places come from an index of the story's tokens:
    # the same places, slips and names as scanning every paragraph for each word.
    from wirecheck.spelling import check as spelling_check

    slips = ["recieved", "goverment", "wich", "occured", "untill", "seperate", "beleive",
             "tommorow", "truely", "wierd", "neccessary", "accomodate", "begining",
             "calender", "definately", "existance", "foriegn", "greatful", "harrass",
             "independant"]  # fmt: skip
    paragraphs = [
        f"The council said the {slip} plan was discussed, and Teh's aide said so on Tuesday."
        for slip in slips
    ]
    paragraphs.append("Mr. Teh, the clerk, said the recieved letters were filed, o'recieved.")
    story = "Council meets\n\nSPRINGFIELD (AP) -- " + "\n\n".join(paragraphs) + "\n"

    def found() -> list[tuple[str, int, int, tuple[str, ...]]]:
        return [
            (d.code, d.line, d.column, d.suggestions)
            for d in wirecheck.parse(story, select=["WC1"]).diagnostics
        ]

    indexed = found()
    monkeypatch.setattr(spelling_check, "_INDEX_AFTER", 10**9)
    assert found() == indexed
    assert len(indexed) >= len(slips)


def test_a_slip_on_a_wrapped_headlines_second_line_is_found_on_that_line() -> None:
    story = wirecheck.parse(
        "Firefighters rescue horse stuck in frozen pond    \n"
        "disolved in ice\n\n"
        "BERGEN, Norway (AP) -- Firefighters rescued a horse from a frozen pond on Sunday "
        "after it broke through the ice.\n"
    )
    found = [(d.line, d.column, d.end_column) for d in story.diagnostics if d.code == "WC101"]
    assert found == [(2, 1, 9)]


@pytest.mark.parametrize("word", ["incentivized", "collateralized", "offshored"])
def test_a_verb_in_e_with_its_d_is_no_slip_for_the_verb(word: str) -> None:
    # The word one edit away is its own stem (or the British `-ised` spelling).
    text = f"Banks act\n\nNEW YORK (AP) \u2014 The lenders {word} the loans on Friday.\n"
    assert [d for d in wirecheck.parse(text).diagnostics if d.code.startswith("WC1")] == []


def test_a_slip_near_such_a_verb_is_still_reported() -> None:
    text = "Banks act\n\nNEW YORK (AP) \u2014 The lenders finalizd the loans on Friday.\n"
    found = wirecheck.parse(text).diagnostics
    assert [d.code for d in found if d.code.startswith("WC1")] == ["WC102"]


def test_a_caption_is_spell_checked_where_it_stands_and_its_credit_is_not() -> None:
    story = (
        "Council approves new footbridge\n\nBy Jane Roe\n\n"
        "Councillors look at a model the city recieved from designers on Thursday. "
        "(AP Photo/fizkes)\n\n"
        "BOISE, Idaho (AP) \u2014 The city council voted on Tuesday to build a new footbridge "
        "over the river, ending years of debate.\n"
    )
    parsed = wirecheck.parse(story)
    assert [c.line for c in parsed.captions] == [5]
    found = [(d.code, d.line, d.column) for d in parsed.diagnostics if d.code.startswith("WC10")]
    assert found == [("WC101", 5, 38)]  # `recieved`; the photographer's handle is no word


def test_name_particles_do_not_make_an_english_paragraph_foreign() -> None:
    body = (
        "Forwards Lucas da Silva, Joao dos Santos, Pedro da Costa and Rui das Neves were all "
        "included, dispite injury worries."
    )
    assert ("WC101", "dispite") in flagged(body)
    body = "Virgil van Dijk, Micky van de Ven and Robin van Persie all recieved call-ups."
    assert ("WC101", "recieved") in flagged(body)


def test_a_pronunciation_guide_is_no_misspelling() -> None:
    from wirecheck import parse

    text = (
        "French minister resigns over expenses\n\n"
        "PARIS (AP) — Prime Minister Luc Beaulieu (pron: lewk boh-LYUH') has accepted the "
        "resignation of the budget minister.\n\n"
        "A tanker has run aground near Puerto La Cruz (pronounced: PWEHR'-toh lah KROOS), "
        "officials said, and the crew were safe (the harbour pilot said they were recieved "
        "well).\n"
    )
    codes = [(d.code, d.line) for d in parse(text).diagnostics if d.code in ("WC101", "WC102")]
    # the guides' syllables pass; a slip after a guide's closing bracket is still a slip
    assert codes == [("WC101", 5)]


def test_an_ocr_misread_glyph_is_one_edit_from_the_word() -> None:
    from wirecheck import parse

    text = (
        "Wildfire forces evacuation of mountain town\n\n"
        "DENVER (AP) -- The festival openecl on Wednesday and the resiclents were told to "
        "leave, the emergency departrnent said, and tliat was the last rnoment to go.\n"
    )
    found = {
        d.message.split("`")[1]: d.suggestions[:1]
        for d in parse(text).diagnostics
        if d.code == "WC102"
    }
    assert found == {
        "openecl": ("opened",),
        "resiclents": ("residents",),
        "departrnent": ("department",),
        "tliat": ("that",),
        "rnoment": ("moment",),
    }


def test_a_given_name_opening_a_sentence_before_its_surname_is_no_slip() -> None:
    from wirecheck import parse

    text = (
        "Thunder beat Jazz 110-101\n\n"
        "OKLAHOMA CITY (AP) — Tre Mannix scored 24 points and the Thunder beat the Jazz "
        "110-101 on Monday night.\n\nEmmit Doyle had 12 for Utah.\n\n"
        "Teh Jazz have lost four straight.\n"
    )
    found = [(d.code, d.line) for d in parse(text).diagnostics if d.code == "WC101"]
    assert found == [("WC101", 7)]  # `Teh` names no one


# -- WC102 precision: quiet where a word is no likely slip (invented copy) --------------
# Each quiet case was a false flag before; the loud ones guard the slips it must catch.

_WC102_HEAD = "Town council backs new cider plant\n\nBy Jane Doe\n\n"


def wc102_found(text: str) -> list[tuple[int, int, int, tuple[str, ...]]]:
    """WC102 findings of a whole input: line, columns and suggestions."""
    return [
        (d.line, d.column, d.end_column, d.suggestions)
        for d in wirecheck.parse(text, select=["WC102"]).diagnostics
    ]


@pytest.mark.parametrize(
    "body",
    [
        # a word formed with a suffix, near only other formations of its word, words
        # differing in their first letter, or far rarer ones
        "The brewery bought a bigger fermenter for the new cider.",
        "Each giftee opened a parcel at the party.",
        "The plant runs on air gapped computers, the owner said.",
        "The owner said the vibey tasting room was full.",
        # used twice in the story: its own vocabulary
        "Fans of the shmup queued early. The shmup sold out by noon.",
        # a handle's name written bare
        "Artist @plonkard made the posters, and plonkard said the response was warm.",
        # drawn out for emphasis
        "We walked allll the way home, waaay past midnight.",
        # in a foreign phrase, or one the copy says is another language's
        "The new owner brought some joie de vivre to the market.",
        "The name joins the Latin words sol, for sun, and stit, for stand.",
        # an acid's name; a combining form before a hyphen
        "The cider is rich in malic acid, the brewer said.",
        "The company sells vitreo-retinal surgery tools.",
    ],
)
def test_wc102_stays_quiet_on_words_that_are_no_slips(body: str) -> None:
    assert flagged(body) == []


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The offisials said the plan would go ahead.", "offisials"),
        ("The minsiter said the plan would go ahead.", "minsiter"),
        # a formation whose stem a commoner word with the same first letter is one edit
        # from: `wented` (went + ed) is a slip for `wanted`
        ("Residents wented a new park.", "wented"),
        # a formation near the same formation spelled right
        ("She spoke academicly about the law.", "academicly"),
        # a word once, beside English words only
        ("The council will debaet the budget.", "debaet"),
        # a drawn-out consonant inside a word is a slip
        ("The commmittee met on Tuesday.", "commmittee"),
    ],
)
def test_wc102_still_reports_slips(body: str, word: str) -> None:
    assert ("WC102", word) in flagged(body)


def test_a_letter_split_off_a_word_is_reported_with_the_joined_word() -> None:
    # `r esidential`: the suggestion replaces both pieces, not `esidential` alone
    text = _WC102_HEAD + "The street is known for elaborate r esidential light displays.\n"
    assert wc102_found(text) == [(5, 35, 47, ("residential",))]


def test_a_word_cut_by_the_end_of_the_file_is_not_spelled_over() -> None:
    body = _WC102_HEAD + "The mayor opened a bridge on Monday.\n\nIn business, first impre"
    assert wc102_found(body) == []
    # the same word with the line ended is a finding
    assert [f[:2] for f in wc102_found(body + "\n")] == [(7, 20)]
    # only the file's last word: the same slip earlier on is reported
    assert [f[:2] for f in wc102_found(body.replace("first", "impre first"))] == [(7, 14)]


@pytest.mark.parametrize("nation", ["Russian", "French", "Chinese"])
def test_a_slip_after_a_nationality_is_still_reported(nation: str) -> None:
    # Only a language named as the source of cited words (`the Latin words ...`) makes
    # the words after it foreign; `Russian officials` does not.
    text = (
        "Talks resume\n\n"
        f"{nation} officials said the negotaitons would resume on Monday, the ministry "
        "said.\n\nThe talks broke down last week.\n"
    )
    found = [d.message for d in wirecheck.parse(text, select=["WC102"]).diagnostics]
    assert any("negotaitons" in m for m in found)


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("The cardiologst said the cardiologst would see him on Monday.", "cardiologst"),
        ("The armers met the minister on Monday.", "armers"),
        ("The hipment arrived at the port on Monday.", "hipment"),
        ("The zkrollup token plumetted on Monday.", "plumetted"),
    ],
)
def test_slips_the_unknown_word_exemptions_must_not_hide(sentence: str, slip: str) -> None:
    # A slip repeated, a first letter dropped (`armers` is no formation of `arm`), a slip
    # beside a stranger word: each went unreported.
    text = f"Market falls\n\n{sentence} Officials said talks resume next week.\n"
    found = [d.message for d in wirecheck.parse(text, select=["WC102"]).diagnostics]
    assert any(f"`{slip}`" in m for m in found)


def test_a_headline_clipped_word_is_its_abbreviation() -> None:
    # the apostrophe for the letters left out, one letter after it
    assert flagged("The gov't and the nat'l team met, and the ass’n agreed.") == []


def test_wire_clippings_company_forms_and_currency_subunits_are_words() -> None:
    # `int'l` (a standard wire clipping), `plc` (a company form) and `fils` (a currency
    # subunit, on codespell's list as a slip for `files`) were flagged.
    assert flagged("Vellmar Lines plc asked for int'l support as shares rose 25 fils.") == []
    assert flagged("The port paid 40 halalas a tonne, and Harbour Holdings llc agreed.") == []


def test_standard_words_of_published_copy_scowl_lacks_are_words() -> None:
    # Each was reported as unknown in published copy (WC102).
    assert flagged("Turnout in the bypolls fell as snowmelt flooded the valley roads.") == []
    assert flagged("Traders said the bonds were untradeable; the do's and don'ts changed.") == []
    assert flagged("The megafaunal species of the fynbos drew visitors in polos.") == []


def test_a_misplaced_contraction_apostrophe_is_still_a_slip() -> None:
    assert [code for code, _ in flagged("The team did'nt come and would'nt say.")] == [
        "WC101",
        "WC101",
    ]
    assert [code for code, _ in flagged("The team had'nt won.")] == ["WC102"]


def test_a_phrase_english_borrows_whole_is_no_misspelling() -> None:
    from wirecheck import parse

    text = (
        "Court rejects petition on river dam\n\n"
        "KESTRAL, May 4 (Reuters) - The petitioners had no locus standi, the court said, "
        "citing inter alia its ruling on loans ranked pari passu, and found the order ultra "
        "vires.\n\n"
        "The company said the standi of the board was clear and the inter allia clause was "
        "signed.\n"
    )
    words = [
        (d.message.split("`")[1], d.line)
        for d in parse(text).diagnostics
        if d.code in ("WC101", "WC102")
    ]
    # whole phrases pass; a phrase's word alone, or a slip that breaks the phrase, is found
    assert words == [("standi", 5), ("allia", 5)]


def test_two_words_run_together_are_split() -> None:
    # An unknown word that is a function word and a common word with the space lost.
    body = "The storm struck the coast withsustained winds and the agency andissued a warning."
    found = [(d.code, d.suggestions) for d in run(make_story(body))]
    assert found == [("WC102", ("with sustained",)), ("WC102", ("and issued",))]


def test_compounds_of_known_words_are_no_run_together_words() -> None:
    # Compounds, some headed by a preposition (`off`, `over`), and `themself`.
    body = (
        "The gameplay of the offseason drew overbilling claims, the showrunner said, and "
        "they blamed themself and the playmaker for the shotmaking."
    )
    assert flagged(body) == []


def test_a_capitalised_slip_the_story_writes_right_in_a_name_is_found() -> None:
    # `Northern Telim` shows `Nothern Selva` is the word misspelt, not a name.
    body = "Signal number 3 was raised over Nothern Selva, Masbate and Northern Telim."
    assert flagged(body) == [("WC101", "Nothern")]
    # A title's last word is no such evidence: `In the Soop` is a show's name.
    body = "He sang Chicken Noodle Soup, and In the Soop said he had joined the show."
    assert flagged(body) == []
