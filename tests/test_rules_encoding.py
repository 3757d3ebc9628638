"""WC5xx encoding and character rules."""

from __future__ import annotations

import pytest

import wirecheck
from wirecheck.model import Diagnostic

HEAD = "Cuban leader visits Moscow\n\n"
LEAD = "MOSCOW, Nov. 2 (UPI) -- "
TAIL = " Putin met Diaz-Canel in the Kremlin on Friday, TASS said.\n"


def found(data: str | bytes, code: str) -> list[Diagnostic]:
    return list(wirecheck.parse(data, select=[code]).diagnostics)


def in_body(text: str, code: str) -> list[Diagnostic]:
    """The diagnostics of one rule with ``text`` inside the first body paragraph."""
    return found(HEAD + LEAD + text + TAIL, code)


# WC501 mojibake


def test_mojibake_is_repaired() -> None:
    diags = in_body('"We donâ€™t forget," he said in the cafÃ©.', "WC501")
    assert [(d.severity, d.suggestions) for d in diags] == [
        ("error", ("don’t",)),
        ("error", ("café",)),
    ]
    assert "`donâ€™t`" in diags[0].message


def test_mojibake_of_quotes_and_no_break_spaces() -> None:
    diags = in_body("â€œHello worldâ€\x9d and Â£5 for tea.", "WC501")
    assert [d.suggestions for d in diags] == [("“Hello",), ("world”",), ("",)]


def test_garbled_symbols_ftfy_leaves_alone_in_a_short_word() -> None:
    """`™` and `►` read as Windows-1252 are `â„¢` and `â–º`; ftfy keeps them in a short word,
    but their bytes decode strictly to one symbol."""
    diags = in_body("The Hot 100â„¢ chart and the â–º Play button.", "WC501")
    assert [d.suggestions for d in diags] == [("100™",), ("►",)]
    assert in_body("The château’s âge d’or, a Hot 100™ hit.", "WC501") == []


def test_an_i_acute_whose_soft_hyphen_a_page_dropped_is_mojibake() -> None:
    # `í` read as Windows-1252 is `Ã` and a soft hyphen; pages drop the invisible hyphen
    diags = in_body("La policÃa del PacÃfico incautó cafÃ© en el puerto.", "WC501")
    assert [d.suggestions for d in diags] == [("policía",), ("Pacífico",), ("café",)]
    assert "soft hyphen lost" in diags[0].message
    # capitals (`SÃO PAULO`, `NÃO`) and a correct `ã` are letters, not damage
    assert in_body("Em SÃO PAULO, NÃO houve atrasos na estação.", "WC501") == []


def test_punctuation_read_as_greek_or_cyrillic_is_mojibake() -> None:
    # a dash ftfy leaves alone in its word is still repaired, from either code page
    diags = in_body("The talks (AP)β€” ended, and they wasnβ€™t told вЂ” he said.", "WC501")
    assert [d.suggestions for d in diags] == [("—",), ("wasn’t",), ("—",)]
    # Greek and Russian words are left alone
    assert in_body("The word βιβλίο and the word вечер.", "WC501") == []


def test_a_dashs_mojibake_is_no_quote_mark() -> None:
    # the `”` ending `â€”` / `β€”` is a dash's last byte: no unbalanced or mixed quote
    for dash in ("â€”", "β€”", "вЂ”"):
        text = f'He said "yes" {dash} and left.'
        assert found(HEAD + LEAD + text + TAIL, "WC404") == []
        assert found(HEAD + LEAD + text + TAIL, "WC407") == []


def test_utf8_read_as_mac_roman_is_mojibake() -> None:
    quote, apostrophe, close = "\u201a\u00c4\u00fa", "\u201a\u00c4\u00f4", "\u201a\u00c4\u00f9"
    text = f"{quote}We don{apostrophe}t forget,{close} said Jos\u221a\u00a9."
    diags = in_body(text, "WC501")
    assert [d.suggestions for d in diags] == [
        ("\u201cWe",),
        ("don\u2019t",),
        ("\u201d",),
        ("Jos\u00e9",),
    ]
    # The square root and a curly low quote of correct copy are left alone.
    assert in_body("The \u221a2 ratio and \u201aquoted\u2018 text.", "WC501") == []


def test_correct_accents_are_not_mojibake() -> None:
    text = "He visited São Paulo, a café’s terrace, NÃO signs, à la carte and Ça va."
    assert in_body(text, "WC501") == []


def test_utf8_read_as_cp1252_shows_as_mojibake() -> None:
    data = (HEAD + LEAD + "He ate in a café, he said." + TAIL).encode("utf-8")
    data = data.replace(b"said.", b"said\x85")  # one cp1252 byte (an ellipsis): not UTF-8
    diags = found(data, "WC501")
    assert [d.suggestions for d in diags] == [("café",)]


# WC502 replacement-character


def test_replacement_characters() -> None:
    (d,) = in_body("The Kremlin\ufffd\ufffds palace hosted it.", "WC502")
    assert (d.severity, d.end_column - d.column) == ("error", 2)
    assert "2 characters were lost" in d.message
    assert in_body("The Kremlin’s palace hosted it.", "WC502") == []


def test_a_question_mark_written_for_a_lost_letter_is_reported() -> None:
    diags = in_body("Jos? Mart?nez, the union?s leader, said so.", "WC502")
    assert [(d.column - len(LEAD), "conversion" in d.message) for d in diags] == [
        (10, True),
        (25, True),
    ]
    # A question run on without its space, a web address's query and a question are not.
    for text in (
        "Why?No one knew.",
        "See example.com/page?id=3 for more.",
        "Was it? Yes.",
        "He asked why?",
    ):
        assert in_body(text, "WC502") == [], text


def test_a_pdfs_glyph_code_is_a_lost_character() -> None:
    diags = in_body("The county(cid:146)s school, (cid:147)now,(cid:148) he said.", "WC502")
    assert [(d.column - len(LEAD), d.severity, d.suggestions) for d in diags] == [
        (11, "error", ()),
        (30, "error", ()),
        (43, "error", ()),
    ]
    assert "PDF glyph code `(cid:146)`" in diags[0].message
    assert in_body("The (cid) column and cid:146 are text.", "WC502") == []


# WC503 control-character


def test_control_characters() -> None:
    (d,) = in_body("The talks\x1b\x1b ended.", "WC503")
    assert (d.severity, d.end_column - d.column, d.suggestions) == ("warning", 2, ("",))
    assert "U+001B ESC" in d.message
    assert in_body("The talks\tended.", "WC503") == []


@pytest.mark.parametrize("control", ["\x0b", "\x0c", "\x1f"])
def test_a_spacing_control_between_two_words_is_to_be_a_space(control: str) -> None:
    # The parser reads it as the space it stands for; deleted, the words would run on.
    (d,) = in_body(f"The talks{control}ended.", "WC503")
    assert d.suggestions == (" ",)
    (d,) = in_body(f"The talks {control}ended.", "WC503")
    assert d.suggestions == ("",)  # a space beside it already
    (d,) = in_body(f"The talks were exp{control}ected to end.", "WC503")
    assert d.suggestions == ("",)  # inside a word the dictionary knows: damage


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Floyd Hill\x85enkamp won", ""),  # a name's pieces: no words apart
        ("The talks were c\x07l\x85assic", ""),  # one known word, another control in it
        ("The talks were exp\x1fected", ""),
        ("The talks\x1fended", " "),  # two words apart, none joined
        ("The mayor said\x85Ozawa", " "),  # before a capital: a new word
        ("The talks\x0bended", " "),  # the parser reads a vertical tab as a space
        ("a new\x0bfootbridge", " "),
    ],
)
def test_a_separator_or_nel_between_letters_is_a_space_only_between_words(
    text: str, fix: str
) -> None:
    # The parser reads a separator or NEL inside a word as a stray byte (the word glued);
    # a fix that wrote a space there split names and words (`Hill enkamp`, `cl assic`).
    found = in_body(f"{text} on Friday.", "WC503")
    assert found and found[-1].suggestions == (fix,)


def test_a_form_feed_opening_a_line_is_a_page_break_not_damage() -> None:
    # Word's "plain text" and archive copy break pages so: structure, not a stray byte.
    text = HEAD + LEAD + "The talks ended.\n\x0cThe vote was held on Friday.\n" + TAIL
    assert found(text, "WC503") == []
    assert len(found(text.replace("\x0cThe vote", "The\x0cvote"), "WC503")) == 1


def test_fix_diff_shows_a_line_holding_a_vertical_tab_as_one_line() -> None:
    from wirecheck.fix import fix_bytes, unified_diff

    data = (HEAD + LEAD + "The talks\x0bended." + TAIL).encode()
    fixed = fix_bytes(data, lambda raw: wirecheck.parse(raw))
    assert "The talks ended." in fixed.data.decode()
    changed = [
        line for line in unified_diff("story.txt", fixed).split("\n")[2:] if line[:1] in ("+", "-")
    ]
    assert changed == [
        "-" + LEAD + "The talks\x0bended." + TAIL.rstrip("\n"),
        "+" + LEAD + "The talks ended." + TAIL.rstrip("\n"),
    ]


def test_control_characters_outside_the_story_are_read_in_text() -> None:
    """A damaged transfer leaves stray bytes on any line, and moves damaged lines out of the
    story: a text file is read whole. A feed's header lines hold control bytes by design."""
    text = "AP-NY-08-07-98 \x1b0618EDT\n" + HEAD + LEAD + "The talks ended." + TAIL
    (d,) = found(text, "WC503")
    assert (d.line, d.column) == (1, 16)
    assert [d.line for d in found("\x01" + HEAD + LEAD + "The talks ended." + TAIL, "WC503")] == [1]


def test_feed_framing_at_line_edges_is_left_alone() -> None:
    text = "\x02" + HEAD + LEAD + "The talks ended." + TAIL.rstrip("\n") + "\x03\n"
    assert found(text, "WC503") == []
    assert len(found(text.replace("talks", "ta\x02lks"), "WC503")) == 1


def test_controls_inside_mojibake_are_left_to_wc501() -> None:
    assert in_body("We don\u00e2\u0080\u0099t forget.", "WC503") == []
    assert len(in_body("We don\u00e2\u0080\u0099t forget.", "WC501")) == 1
    # `”` read as cp1252: its third byte (0x9D) has no character there and stays a control
    closing = "\u00e2\u20ac\u009d"
    assert in_body(f"He said more,{closing} she said.", "WC503") == []
    assert in_body("A stray \u009d control.", "WC503") != []


def test_windows_1252_punctuation_read_as_latin1_is_read_and_restored() -> None:
    # A cp1252 file decoded as ISO-8859-1 and saved as UTF-8: `’ “ ” —` are C1 controls.
    # The parser reads them as the punctuation they were; WC503 offers it as the fix.
    text = HEAD + "MOSCOW (UPI) \u0097 Putin\u0092s aide said \u0093no\u0094 on Friday.\n"
    story = wirecheck.parse(text, select=["WC503"])
    assert story.dateline is not None and story.dateline.raw == "MOSCOW (UPI) \u2014"
    assert story.body == ("Putin\u2019s aide said \u201cno\u201d on Friday.",)
    assert [d.suggestions for d in story.diagnostics] == [
        ("\u2014",),
        ("\u2019",),
        ("\u201c",),
        ("\u201d",),
    ]
    assert "Windows-1252 `\u2019` read as Latin-1" in story.diagnostics[1].message
    # A stray C1 byte inside a word, where no such mark stands, is damage: dropped, as
    # every other control is, not read as punctuation.
    damaged = HEAD + "MOSCOW (UPI) -- The a\u009bssociated announce\u0096ment came\u0093.\n"
    assert wirecheck.parse(damaged, check=False).body == ("The associated announcement came.",)
    found_here = wirecheck.parse(damaged, select=["WC503"]).diagnostics
    assert [d.suggestions for d in found_here] == [("",), ("",), ("",)]
    # A control byte cp1252 has no character for is dropped, its fix a deletion.
    (d,) = in_body("A stray \u009d control.", "WC503")
    assert d.suggestions == ("",)


# WC504 invisible-space


def test_invisible_characters() -> None:
    diags = in_body("Putin\u00a0met\u200b\u200b Diaz-Canel, a\u00adgain\ufeff.", "WC504")
    assert [(d.end_column - d.column, d.suggestions) for d in diags] == [
        (1, (" ",)),
        (2, ("",)),
        (1, ("",)),
        (1, ("",)),
    ]
    assert "no-break space (U+00A0) after `Putin`" in diags[0].message


def test_invisible_characters_left_alone() -> None:
    text = "Fans cheered 👩\u200d💻 and Persian مي\u200cخواهم, « Non\u00a0! » he said."
    assert in_body(text, "WC504") == []


def test_afp_dateline_no_break_spaces_are_the_datelines_concern() -> None:
    text = (
        "Kyiv hit by drones\n\n"
        "KYIV (AFP)\u00a0\u2013\u00a0Drones hit Kyiv overnight, officials said.\n"
    )
    assert found(text, "WC504") == []


@pytest.mark.parametrize("lead", ["\ufeff", "\ufeff\ufeff", "\u200b", "\u00ad", "\u2060"])
def test_an_invisible_character_before_the_dateline_is_read_past_and_reported(
    lead: str,
) -> None:
    # Two files joined leave a BOM where the second began; a page leaves a zero-width
    # space. The dateline is still the dateline, and the character is reported on its line.
    story = wirecheck.parse(HEAD + lead + LEAD + "Putin met Diaz-Canel on Friday.\n")
    assert story.dateline is not None and story.dateline.city == "MOSCOW"
    assert story.body[0] == "Putin met Diaz-Canel on Friday."
    diags = [d for d in story.diagnostics if d.code == "WC504"]
    assert [(d.line, d.column, d.end_column, d.suggestions) for d in diags] == [
        (3, 1, 1 + len(lead), ("",))
    ]


# WC505 legacy-encoding


def test_legacy_encoding_is_info() -> None:
    text = HEAD + LEAD + "He ate in a café, “a day of friends,” TASS said.\n"
    (d,) = found(text.encode("cp1252"), "WC505")
    assert (d.severity, d.line) == ("info", 1)
    assert found(text.encode("utf-8"), "WC505") == []
    assert found(text.encode("utf-16"), "WC505") == []
    assert found(text, "WC505") == []


def test_a_mac_roman_file_is_noted_as_mac_roman() -> None:
    text = HEAD + LEAD + "He ate in a café, “a day of friends,” TASS said.\n"
    (d,) = found(text.encode("mac_roman"), "WC505")
    assert "read as Mac Roman" in d.message


def test_windows_1252_lines_in_utf8_are_noted_where_they_are() -> None:
    # UTF-8 copy (curly quotes) with a paragraph pasted from a Windows-1252 file: each
    # line that holds such bytes is noted at its first.
    utf8 = (
        HEAD
        + LEAD
        + (
            "He said it was \u201ca day of friends,\u201d TASS reported of Cuba\u2019s and"
            " the Kremlin\u2019s talks, and the leaders\u2019 \u201cwarm\u201d words.\n\n"
        )
    )
    pasted = "The caf\u00e9 \u201creopened\u201d on Friday.\n\nIt was na\u00efve.\n"
    data = utf8.encode() + pasted.encode("cp1252")
    story = wirecheck.parse(data, select=["WC505"])
    assert story.source.encoding == "utf-8"
    assert "The caf\u00e9 \u201creopened\u201d on Friday." in story.body
    line = utf8.count("\n") + 1
    assert [(d.line, d.column, d.severity) for d in story.diagnostics] == [
        (line, 8, "info"),
        (line + 2, 10, "info"),
    ]
    # Mostly Windows-1252 with a UTF-8 quote in it: noted once, as a mix.
    legacy = (HEAD + LEAD + "The caf\u00e9s reopened, the Se\u00f1or said. " * 6).encode("cp1252")
    (d,) = found(legacy + "\u201cFine.\u201d\n".encode(), "WC505")
    assert (d.line, "mixes encodings" in d.message) == (1, True)


def test_a_feed_whose_standard_or_declaration_sets_a_legacy_encoding_is_not_noted() -> None:
    from pathlib import Path

    feeds = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
    latin1 = (feeds / "iptc7901-dpa-german.7901").read_bytes()
    assert wirecheck.parse(latin1, check=False).source.encoding == "cp1252"
    assert found(latin1, "WC505") == []  # IPTC 7901 is Latin-1 by its standard
    pytest.importorskip("defusedxml")
    nitf = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n<nitf><body><body.content>'
        "<p>Caf\xe9 owners in Z\xfcrich said on Monday they would stay open.</p>"
        "</body.content></body></nitf>\n"
    ).encode("latin-1")
    assert found(nitf, "WC505") == []
    # ninjs is UTF-8 by its standard: a cp1252 file is noted
    ninjs = '{"uri": "urn:x:1", "headline": "Caf\xe9 opens", "body_text": "A caf\xe9 opened."}'
    assert [d.code for d in found(ninjs.encode("cp1252"), "WC505")] == ["WC505"]


# Damage outside the story


def test_damage_on_a_line_the_parser_set_aside_is_reported_in_text() -> None:
    """A paragraph cut mid-character reads as a fragment of chrome, and garbled site chrome
    is as damaged as the story: in a text file every line is read."""
    text = (
        HEAD + LEAD + "The talks ended." + TAIL + "\nFollow Us\u00e2\u20ac\u2122\n"
        "\nHe was bracing him\ufffd"
    )
    story = wirecheck.parse(text)
    removed = {r.line for r in story.removed}
    codes = {(d.code, d.line) for d in story.diagnostics if d.code.startswith("WC50")}
    assert {5, 7} <= removed
    assert {("WC501", 5), ("WC502", 7)} <= codes


def test_unicode_line_and_paragraph_separators_are_invisible_spaces() -> None:
    """JSON and CMS exports carry U+2028 and U+2029 inside paragraphs: editors show nothing,
    the parser reads a space, and the fix writes one, but not between two letters, where
    a space may split a word."""
    diags = in_body("Putin met.\u2028Diaz-Canel\u2029 in Mos\u2028cow.", "WC504")
    assert [(d.end_column - d.column, d.suggestions) for d in diags] == [
        (1, (" ",)),
        (1, (" ",)),
        (1, ()),  # inside a word: damage, or a break that lost its space
    ]
    assert "line separator (U+2028) after `met.`" in diags[0].message


# WC506 html-entity


def test_html_references_written_out_are_reported_with_their_character() -> None:
    text = "Putin met Diaz-Canel&nbsp;in Moscow, the Kremlin&rsquo;s office said &#8212; twice.\n"
    found_ = wirecheck.parse(HEAD + LEAD + text, select=["WC506", "WC1"]).diagnostics
    assert [(d.code, d.suggestions) for d in found_] == [
        ("WC506", (" ",)),
        ("WC506", ("\u2019",)),
        ("WC506", ("\u2014",)),
    ]  # and no WC102 for `nbsp` or `rsquo`


@pytest.mark.parametrize(
    "dateline",
    ["MOSCOW, Nov. 2 (UPI) &mdash; ", "MOSCOW&nbsp;(AP) &#8212; ", "Nov. 2 (UPI) &mdash; "],
)
def test_html_references_in_the_dateline_are_reported(dateline: str) -> None:
    from wirecheck.fix import fix_bytes

    text = HEAD + dateline + "Putin met Diaz-Canel in Moscow on Friday.\n"
    story = wirecheck.parse(text, select=["WC506"])
    assert story.dateline is not None  # the parser reads the reference as the dash
    line = text.split("\n")[2]
    assert [d.column for d in story.diagnostics] == [
        i + 1 for i, ch in enumerate(line) if ch == "&"
    ]
    fixed = fix_bytes(text.encode(), lambda raw: wirecheck.parse(raw)).data.decode()
    assert "&" not in fixed and "Putin met Diaz-Canel" in fixed


@pytest.mark.parametrize(
    "text",
    [
        "The report is at https://example.com/?a=1&amp;b=2 on the ministry's site.",
        "AT&T and Smith &Co; said they would appeal.",  # not a reference HTML knows
        "Profits & losses were both up.",
    ],
)
def test_html_entity_left_alone(text: str) -> None:
    assert in_body(text, "WC506") == []


def test_html_references_in_a_feeds_markup_are_the_feeds_own_escapes() -> None:
    pytest.importorskip("defusedxml")
    nitf = (
        "<nitf><body><body.content><p>Fish &amp; chips shops in Leeds said on Monday they"
        " would raise prices.</p></body.content></body></nitf>\n"
    )
    assert found(nitf, "WC506") == []


def test_html_references_on_a_line_of_html_source_are_its_escapes() -> None:
    # `fix` would turn `&lt;script&gt;` into a live tag in the file.
    page = (
        "<p>Council approves budget</p>\n<p>By Jane Roe</p>\n"
        "<p>SPRINGFIELD (AP) -- The council voted on Tuesday to approve the budget.</p>\n"
        "<p>The vendor, Smith &amp; Sons, printed &lt;script&gt; tags, the clerk said.</p>\n"
    )
    assert found(page, "WC506") == []


def test_fix_writes_the_character_a_reference_stands_for() -> None:
    from wirecheck.fix import fix_bytes

    text = HEAD + LEAD + "The Kremlin&rsquo;s press office said.\n"
    fixed = fix_bytes(text.encode(), lambda raw: wirecheck.parse(raw))
    assert "Kremlin\u2019s press office said." in fixed.data.decode()


# WC507 ligature


def test_ligatures_from_a_pdf_are_reported_with_their_letters() -> None:
    diags = in_body("The \ufb01nal \ufb03ce \ufb02oor figures.", "WC507")
    assert [(d.column, d.end_column, d.suggestions) for d in diags] == [
        (len(LEAD) + 5, len(LEAD) + 6, ("fi",)),
        (len(LEAD) + 10, len(LEAD) + 11, ("ffi",)),
        (len(LEAD) + 14, len(LEAD) + 15, ("fl",)),
    ]
    assert in_body("The final office floor figures.", "WC507") == []


def test_fix_spells_out_a_ligature_and_spelling_then_reads_the_word() -> None:
    from wirecheck.fix import fix_bytes

    data = (HEAD + LEAD + "The \ufb01nancail office reopened." + TAIL).encode()
    assert [d.code for d in found(data, "WC10")] == []  # hidden from spelling
    fixed = fix_bytes(data, lambda raw: wirecheck.parse(raw)).data
    assert b"The financail office" in fixed
    assert [d.code for d in found(fixed, "WC10")] == ["WC102"]  # now a word to check


def test_character_damage_in_a_caption_is_reported_and_fixed() -> None:
    # The captions go into the output with the body: a zero-width space, an HTML
    # reference or a ligature there is the same damage as in the text.
    from pathlib import Path

    from wirecheck.fix import fix_bytes

    seed = Path(__file__).parent.parent / "fixtures" / "upi-diaz-canel-moscow.txt"
    lines = seed.read_text(encoding="utf-8").split("\n")
    story = wirecheck.parse("\n".join(lines))
    (caption,) = story.captions
    line = lines[caption.line - 1]
    lines[caption.line - 1] = (
        line.replace("Miguel", "Mig\u200buel")
        .replace(" meets", "&nbsp;meets")
        .replace("Russian", "Ru\ufb00ian", 1)
    )
    damaged = "\n".join(lines)
    codes = ("WC504", "WC506", "WC507")
    found_ = wirecheck.parse(damaged, select=list(codes)).diagnostics
    assert sorted(d.code for d in found_ if d.line == caption.line) == sorted(codes)
    fixed = fix_bytes(damaged.encode(), lambda raw: wirecheck.parse(raw)).data.decode()
    assert fixed.split("\n")[caption.line - 1] == line.replace("Russian", "Ruffian", 1)


# WC508 mixed-script


def test_greek_and_cyrillic_look_alikes_in_latin_words_are_reported_with_the_latin_word() -> None:
    # Greek omicron in `on` and `Monday`, Cyrillic `а` and `е` in `spokeswoman`, and a
    # Greek omicron between Latin letters of a name the dictionary does not know.
    text = "Police raided \u03bfn M\u03bfnday, a sp\u043ekeswom\u0430n told Harb\u03bfurton."
    diags = in_body(text, "WC508")
    assert [d.suggestions for d in diags] == [
        ("on",),
        ("Monday",),
        ("spokeswoman",),
        ("Harbourton",),
    ]
    assert "Greek" in diags[0].message and "Cyrillic" in diags[2].message
    assert diags[1].column == len(LEAD) + 18


def test_greek_letters_as_symbols_and_greek_or_cyrillic_words_are_left_alone() -> None:
    text = (
        "Levels of \u03b1-synuclein, 5 \u03bcg of TNF\u03b1, the \u03b1v\u03b23 integrin and "
        "NF-\u03baB rose in the \u03b2 version, said \u039d\u03af\u03ba\u03bf\u03c2 of "
        "\u041c\u043e\u0441\u043a\u0432\u0430."
    )
    assert in_body(text, "WC508") == []


def test_fix_writes_the_latin_letters_once_and_a_second_fix_changes_nothing() -> None:
    from wirecheck.fix import fix_bytes

    data = (
        HEAD + LEAD + "The sp\u03bfkesman c\u03bfmmented \u03bfn the rep\u03bfrt." + TAIL
    ).encode()
    first = fix_bytes(data, lambda raw: wirecheck.parse(raw))
    assert b"The spokesman commented on the report." in first.data
    second = fix_bytes(first.data, lambda raw: wirecheck.parse(raw))
    assert not second.changed and second.data == first.data
    assert found(first.data, "WC508") == []


# The encoding rules skip clean ASCII copy without searching it (a flag test): sound only
# while every mark they search for holds a character outside ASCII.


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("wirecheck.rules.wc501_mojibake", "_CANDIDATE_RE"),
        ("wirecheck.rules.wc501_mojibake", "_LOST_SOFT_HYPHEN_RE"),
        ("wirecheck.rules.wc502_replacement_character", "_REPLACEMENT_RE"),
        ("wirecheck.rules.wc504_invisible_space", "_INVISIBLE_RE"),
    ],
)
def test_marks_skipped_on_ascii_copy_never_match_ascii(module: str, name: str) -> None:
    import importlib

    pattern = getattr(importlib.import_module(module), name)
    ascii_chars = [chr(i) for i in range(128)]
    assert all(pattern.search(a + b + a) is None for a in ascii_chars for b in ascii_chars)
