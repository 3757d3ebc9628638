"""Stories passed on by people: a forward's or a chat's envelope above the story."""

from __future__ import annotations

from datetime import date

import pytest

from wirecheck import parse
from wirecheck.patterns.envelope import envelope_line

_TODAY = date(2026, 11, 29)
_HEAD = "Ferry strike strands thousands of travelers along Maine coast"
_STORY = (
    f"{_HEAD}\n"
    "PORTLAND, Maine (AP) — Thousands of travelers were stranded on islands off the Maine "
    "coast Monday after ferry crews walked off the job in a dispute over overtime pay, state "
    "officials said.\n"
    "The strike began at dawn, and the state said talks would resume on Tuesday.\n"
)


@pytest.mark.parametrize(
    "envelope",
    [
        "Can we get this on B1 tonight? Thx\n---------- Forwarded message ---------\n",
        "Marco - see below, legal has cleared it. Run as is.\n________________________________\n",
        "To: Metro Desk; Copy Desk\n",
        "From: Dana Whitfield <dana@example.com>\nSent: Monday, November 30, 2026 10:42 AM\n"
        "To: Metro Desk\nSubject: FW: ferry strike\n",
        "Dana Whitfield  10:42 AM\ncan someone sub this for the 6pm budget?\n",
        "[10:42 AM] Whitfield, Dana\nPls run this as is, legal cleared it.\n",
        "[10:42 AM] Whitfield, Dana\n",
        "[30/11/2026, 10:42:05] Dana Whitfield: story for page 3 below\n",
        "On Mon, Nov 30, 2026 at 10:42 AM Dana Whitfield <dana@example.com> wrote:\n",
    ],
)
def test_the_story_starts_under_its_envelope(envelope: str) -> None:
    story = parse(envelope + _STORY, check=False, today=_TODAY)
    assert story.headline == _HEAD
    assert story.dateline is not None and story.dateline.city == "PORTLAND"
    assert len(story.body) == 2
    assert story.byline is None


def test_a_newsletters_greeting_under_the_mail_envelope_is_no_headline() -> None:
    text = (
        "From: Morning Briefing <briefing@example.com>\n"
        "Sent: Tuesday, November 3, 2026 6:00 AM\n"
        "To: Gwen Ferris <gferris@example.com>\n"
        "Subject: Your Tuesday briefing\n\n"
        "Good morning. Here are the stories we're following today.\n\n" + _STORY
    )
    assert parse(text, check=False, today=_TODAY).headline == _HEAD


def test_a_story_quoted_under_a_reply_starts_under_the_quoted_envelope() -> None:
    # The story is hard-wrapped inside the quote of a quote, its headline over two lines.
    text = """Adding Gwen. Can we get a statement out by noon?

Sent from my iPhone

On Nov 3, 2026, at 10:05 AM, Owen Szabo <owen@example.com> wrote:

> Yes - the numbers in the fourth paragraph match what we heard.
>
> On Tue, Nov 3, 2026 at 9:14 AM Dana Whitlock <dana@example.com> wrote:
>> Forwarding the wire story below.
>>
>> Hospital trust to recruit 300 nurses from overseas amid winter
>> pressures
>>
>> By Tom Ashgrove, PA Health Correspondent
>>
>> A hospital trust in the north of England is to recruit 300 nurses
>> from overseas in an effort to ease pressure on its wards ahead of the
>> winter, its chief executive has said.
>>
>> The trust said the nurses would arrive in three groups between
>> December and March, and would be offered help with housing.
>>
>> The nursing union said international recruitment was a short-term
>> fix and called for more investment in training nurses at home.
"""
    story = parse(text, check=False, today=_TODAY)
    assert (
        story.headline == "Hospital trust to recruit 300 nurses from overseas amid winter pressures"
    )
    assert story.byline is not None and story.byline.names == ("Tom Ashgrove",)
    assert len(story.body) == 3 and story.body[0].startswith("A hospital trust")
    # A sentence that opens like a reply's quote line, with no time or address, is none.
    assert not envelope_line("On Tuesday the minister wrote: we will act.", 0, False, False)


def test_a_senders_signature_over_a_forward_is_no_byline() -> None:
    text = "--\nDana Whitfield\n---------- Forwarded message ---------\n" + _STORY
    story = parse(text, check=False, today=_TODAY)
    assert story.byline is None
    assert story.headline == _HEAD


def test_a_chat_reply_under_the_story_is_not_story() -> None:
    text = _STORY + "[10:44 AM] Ruiz, Marco\n"
    story = parse(text, check=False, today=_TODAY)
    assert "[10:44 AM] Ruiz, Marco" not in story.body
    assert [r.reason for r in story.removed if r.text == "[10:44 AM] Ruiz, Marco"] == [
        "boilerplate"
    ]


def test_a_wire_advisory_in_capitals_is_a_wire_code() -> None:
    text = "CORRECTS day of vote in 2nd paragraph\n" + _STORY
    story = parse(text, check=False, today=_TODAY)
    assert story.headline == _HEAD
    assert [r.reason for r in story.removed if r.line == 1] == ["wire-code"]
    tail = parse(_STORY + "CORRECTS day of vote in 2nd paragraph\n", check=False, today=_TODAY)
    assert len(tail.body) == 2


def test_what_is_no_envelope() -> None:
    # A page's rule, a dated field and a byline with its time stamp, lower down the page,
    # are no mail or chat envelope; so the headline over them stays.
    assert not envelope_line("_________________", 7, False, False)
    assert not envelope_line("Date: June 3, 2025", 4, False, False)
    assert not envelope_line("Jane Roe 10:42 AM", 3, False, False)
    assert envelope_line("Date: June 3, 2025", 4, False, True)  # beside another field
    page = (
        f"Menu\nNews\n\n{_HEAD}\n\nBy Jane Roe\n\nDate: Nov. 30, 2026\n\n"
        "_________________\n\n" + _STORY.split("\n", 1)[1]
    )
    assert parse(page, check=False, today=_TODAY).headline == _HEAD


@pytest.mark.parametrize("flag", ["BREAKING: ", "URGENT: ", "AP Alert: ", "Breaking News: "])
def test_an_alerts_flag_is_a_headline_label(flag: str) -> None:
    story = parse(flag + _STORY, check=False, today=_TODAY)
    assert story.headline == _HEAD
    assert [r.reason for r in story.removed if r.line == 1] == ["headline-label"]


def test_a_quoted_printable_mails_soft_line_break_is_no_misspelling() -> None:
    from wirecheck.fix import fix_bytes

    mail = (
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        "Ferry halts crossings\n\n"
        "SPRINGFIELD (AP) -- The ferry operator suspended all cros=\n"
        "sings on Thursday and issued a statement, officials said, as the strike over=\n"
        " pay went into its second week.\n\n"
        "The operator said it would publish a new timetable when the talks resumed.\n"
    )
    story = parse(mail, today=_TODAY)
    assert story.headline == "Ferry halts crossings"
    assert [d.code for d in story.diagnostics if d.code.startswith("WC1")] == []
    # `fix` leaves the halves alone: `cross=` would decode as `crosssings`
    assert fix_bytes(mail.encode(), lambda raw: parse(raw, today=_TODAY)).data == mail.encode()
