"""Hostile and broken feeds: XML attacks are refused at once, with one clear line."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import wirecheck
from wirecheck.cli import cli
from wirecheck.decode import NotTextError
from wirecheck.feeds import FeedError

pytest.importorskip("defusedxml")

# The "billion laughs": ten levels of ten references, a few GB if expanded.
BOMB = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + "]>\n<lolz>&lol9;</lolz>\n"
)
NITF_BOMB = BOMB.replace("lolz", "nitf")
EXTERNAL = (
    '<?xml version="1.0"?>\n<!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    "<nitf><body><body.content><p>&x;</p></body.content></body></nitf>\n"
)
PARAMETER = (
    '<?xml version="1.0"?>\n<!DOCTYPE nitf [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>'
    "\n<nitf/>\n"
)
# Refusing must be immediate: the bound leaves room for a slow CI machine.
FAST = 0.5


@pytest.mark.parametrize(
    "doc",
    [BOMB, NITF_BOMB, EXTERNAL, PARAMETER],
    ids=["bomb", "nitf-bomb", "external", "parameter"],
)
def test_entity_declarations_are_refused_fast(doc: str) -> None:
    start = time.perf_counter()
    with pytest.raises(FeedError, match="XML refused") as caught:
        wirecheck.parse(doc.encode())
    assert time.perf_counter() - start < FAST
    assert isinstance(caught.value, NotTextError)
    assert "\n" not in str(caught.value)


def test_external_dtd_is_never_read(tmp_path: Path) -> None:
    dtd = tmp_path / "nitf.dtd"
    dtd.write_text('<!ENTITY secret "TOP SECRET">')
    doc = (
        f'<?xml version="1.0"?>\n<!DOCTYPE nitf SYSTEM "{dtd.as_uri()}">\n'
        "<nitf><body><body.head><hedline><hl1>Quiet day in the harbour</hl1></hedline>"
        "</body.head><body.content><p>Nothing happened &secret; today at the port, "
        "officials said.</p></body.content></body></nitf>\n"
    )
    story = wirecheck.parse(doc, check=False)
    assert "TOP SECRET" not in " ".join(story.body)
    assert story.body == ("Nothing happened &secret; today at the port, officials said.",)


def test_malformed_feed_xml_names_the_place() -> None:
    with pytest.raises(FeedError, match=r"not well-formed XML: .* at line 3, column \d+"):
        wirecheck.parse("<nitf>\n<body>\n<p>unclosed</body>\n</nitf>\n")


@pytest.mark.parametrize("data", [str, lambda text: text.encode("utf-8")])
def test_a_stray_control_character_in_feed_xml_costs_no_story(data: Any) -> None:
    # XML forbids it, so the parser stopped at it; it is read as a space and reported.
    doc = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<nitf><body><body.head><hedline><hl1>Ferries'
        " resume</hl1></hedline></body.head>\n<body.content><p>NAIROBI (AP) -- Ferries resumed"
        " near Kil\x1bifi on Monday, the port said.</p></body.content></body></nitf>\n"
    )
    story = wirecheck.parse(data(doc))
    assert story.headline == "Ferries resume"
    assert story.paragraphs and "Ferries resumed" in story.paragraphs[0].text
    assert [(d.code, d.line) for d in story.diagnostics if d.code == "WC503"] == [("WC503", 3)]


_NINJS = (
    '{{\n "uri": "urn:example:1",\n "headline": "Ferry service resumes",\n'
    ' "body_text": "FERRIES resumed on Monday."{tail}\n'
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (_NINJS.format(tail=",\n}"), r"not valid ninjs JSON: expecting property name .* line 5"),
        (
            _NINJS.format(tail="}") + _NINJS.format(tail="}"),
            r"a second JSON value starts at line 5, column 1 \(JSON Lines\?\)",
        ),
        ("[" + _NINJS.format(tail="}") + "," + _NINJS.format(tail="}") + "]", "a JSON list of 2"),
    ],
    ids=["trailing-comma", "json-lines", "list"],
)
def test_broken_ninjs_is_refused_with_its_reason_not_read_as_text(text: str, message: str) -> None:
    # Read as text, the braces and quotes had become the story (exit 0).
    with pytest.raises(FeedError, match=message):
        wirecheck.parse(text)


def test_ninjs_cut_short_is_read_up_to_the_cut() -> None:
    # No closing brace: the file was cut short. It was refused as not valid JSON.
    story = wirecheck.parse(_NINJS.format(tail=""))
    assert (story.headline, story.body) == (
        "Ferry service resumes",
        ("FERRIES resumed on Monday.",),
    )
    assert story.wire is not None and story.wire["truncated"] is True
    assert [d.code for d in story.diagnostics if d.code.startswith("WC36")] == ["WC365"]


def test_ninjs_nested_too_deeply_is_refused_not_an_internal_error() -> None:
    # The JSON decoder recurses: thousands of open arrays were a RecursionError.
    for tail in ("", "]" * 5000 + "}"):
        with pytest.raises(FeedError, match="nested too deeply"):
            wirecheck.parse('{"uri": ' + "[" * 5000 + tail)


def test_text_that_only_opens_with_a_brace_is_still_text() -> None:
    story = wirecheck.parse(
        "{Update} Ferries resume\n\nFerries resumed on Monday, officials said.\n"
    )
    assert story.source.format == "text"
    assert story.body == ("Ferries resumed on Monday, officials said.",)


@pytest.mark.parametrize(
    ("declared", "codec", "read_as"),
    [
        ("ISO-8859-1", "utf-8", "utf-8"),  # exported as UTF-8 under the old declaration
        ("UTF-8", "cp1252", "cp1252"),  # a legacy editor's bytes under a UTF-8 one
        (None, "cp1252", "cp1252"),  # no declaration: XML's default is UTF-8
        ("ISO-8859-1", "latin-1", "cp1252"),  # declared right: read as declared
    ],
)
def test_xml_whose_bytes_are_not_in_the_declared_encoding(
    declared: str | None, codec: str, read_as: str
) -> None:
    declaration = f'<?xml version="1.0" encoding="{declared}"?>\n' if declared else ""
    dash = "\u2014" if codec != "latin-1" else "-"
    doc = (
        f"{declaration}<nitf><body><body.content>"
        f"<p>PORT ARDEN, Maine (AP) {dash} A storm cut power, said Ren\u00e9e C\u00f4t\u00e9.</p>"
        "</body.content></body></nitf>\n"
    ).encode(codec)
    story = wirecheck.parse(doc, check=False)
    assert story.source.format == "nitf" and story.source.encoding == read_as
    assert story.body == ("A storm cut power, said Ren\u00e9e C\u00f4t\u00e9.",)
    assert story.dateline is not None and story.dateline.raw == f"PORT ARDEN, Maine (AP) {dash}"


@pytest.mark.parametrize("newline", ["\n", ""], ids=["root-on-line-2", "one-line"])
def test_html_entities_in_nitf_without_a_doctype_read_as_in_html(newline: str) -> None:
    # XML calls `&mdash;` with no DTD not well-formed; NITF files carry it all the time.
    doc = (
        f'<?xml version="1.0" encoding="UTF-8"?>{newline}<nitf><body><body.content>'
        "<p>LYON, France (AP) &mdash; A museum returned a paintng&nbsp;on Friday.</p>"
        "</body.content></body></nitf>\n"
    )
    story = wirecheck.parse(doc, select=["WC102"])
    assert story.body == ("A museum returned a paintng on Friday.",)
    assert story.dateline is not None and story.dateline.raw == "LYON, France (AP) \u2014"
    (d,) = story.diagnostics  # at the word's own place in the input, line 1 or 2
    line = doc.split("\n")[d.line - 1]
    assert line[d.column - 1 : d.end_column - 1] == "paintng"


def test_an_unknown_declared_encoding_is_a_feed_error_not_a_crash() -> None:
    # Found by the CLI fuzz test: expat looks the codec up and raises LookupError.
    with pytest.raises(FeedError, match="unknown encoding"):
        wirecheck.parse(b'<?xml version="1.0" encoding="no-such-codec"?><nitf/>')


def test_cli_refuses_a_bomb_with_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xml"
    path.write_text(BOMB)
    start = time.perf_counter()
    result = CliRunner().invoke(cli, ["parse", str(path)])
    assert time.perf_counter() - start < 2 * FAST
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"wirecheck: {path}: XML refused: it declares the entity")
    assert "Traceback" not in result.output


def test_real_process_refuses_a_bomb(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xml"
    path.write_text(BOMB)
    done = subprocess.run(
        [sys.executable, "-m", "wirecheck", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "XML refused" in done.stderr


def test_deep_nesting_is_not_a_crash() -> None:
    doc = "<nitf><body><body.content>" + "<block>" * 5000 + "<p>Deep down.</p>" + "</block>" * 5000
    doc += "</body.content></body></nitf>"
    story = wirecheck.parse(doc, check=False)
    assert story.body == ("Deep down.",)


@pytest.mark.parametrize(
    "data",
    [
        b"\x16\x16\x01",
        b"\x01dpa0001 4 pl 12\n",
        b"\x01dpa0001 4 pl 12\n\x02\n\x03\n",
        b"\x16\x16\x01a0001\x1fasw\n\x02^\n\x03\n\x04",
        b'{"uri": "urn:x"}',
        b'{"uri": 5, "bodies": "nope", "headlines": [1, null, {"value": 3}]}',
        b"<NewsML/>",
        b"<newsMessage><itemSet/></newsMessage>",
    ],
)
def test_skeletal_feeds_give_an_empty_story_not_a_crash(data: bytes) -> None:
    # As text: bytes this short are mostly framing, which ``decode`` rejects as binary.
    story = wirecheck.parse(data.decode("latin-1"))
    assert story.wire is not None


@pytest.mark.parametrize("byte", ["\x01", "\x16"])
def test_one_control_byte_before_a_page_is_no_feed(byte: str) -> None:
    """A damaged transfer can leave an SOH or SYN before a page: without the rest of a
    feed's framing (STX, a header of its shape) the page is text and the byte reported."""
    page = "Harbour Gazette\nMenu\n\nFerry fares rise again\n\nBy Jane Roe\n\n" + (
        "The harbour board raised ferry fares on Monday for the second time this year, "
        "citing fuel costs.\n"
    )
    story = wirecheck.parse(byte + page)
    assert story.wire is None and story.source.format == "text"
    assert story.headline == "Ferry fares rise again"
    assert any(d.code == "WC503" and d.line == 1 for d in story.diagnostics)


@given(
    prefix=st.sampled_from(
        [
            "\x16\x16\x01a0001\x1fx\n",
            "\x01dpa1 4 pl 9\n\x02",
            "{",
            '{"uri": "',
            "<nitf>",
            "<NewsML>",
        ]
    ),
    # Superscript digits (`²`) are left out: `dateline._day` takes them for digits and
    # fails on plain text too (reported to the dateline's owner).
    body=st.text(st.characters(blacklist_categories=("No", "Cs")), max_size=300),
)
@settings(max_examples=300, deadline=None)
def test_any_feed_shaped_input_parses_or_is_refused(prefix: str, body: str) -> None:
    try:
        story = wirecheck.parse(prefix + body)
    except NotTextError:
        return
    assert story.source.format in ("text", "anpa", "iptc7901", "nitf", "newsml", "ninjs")
