"""The envelope a person wraps around a story they pass on: an e-mail's forward marks and
header fields, a chat message's header.

A story pasted from a forward or a chat (`Can we get this on B1 tonight?` / `---------- Forwarded
message ---------` / the story) starts under the last envelope line: the note above it is
the sender's, never the story's headline.
"""

from __future__ import annotations

import re

from wirecheck.regexes import regex

# The marks a mail program sets over forwarded or quoted copy.
_MARK_RE = regex(
    r"-{2,}\s*(?:original|forwarded) message\s*-{2,}|begin forwarded message\s*:"
    # a reply's quote line, dated to the minute or addressed (`On Tue, Nov 3, 2026 at 9:14
    # AM Jane Roe <jroe@example.com> wrote:`), perhaps the quoted note run on after it
    r"|on (?=.{0,160}?(?:\d{1,2}:\d{2}|@)).{5,160}?\bwrote:",
    re.IGNORECASE,
)
# Outlook's rule over the header fields of the message it quotes; a page draws rules too, so
# it counts over a header field or under the sender's note at the text's top.
_RULE_RE = regex(r"_{8,}")
_RULE_TOP = 2

# A mail's header field. With an address it is the envelope anywhere; without one
# (`To: Metro Desk; Copy Desk`), only as the first line or beside another field, since a
# page may label its story's date (`Date: June 3, 2025`).
_FIELD_RE = regex(
    r"(?:from|sent|date|to|cc|bcc|subject|reply-to|content-type|content-transfer-encoding"
    r"|mime-version|message-id)\s*:\s+\S",
    re.IGNORECASE,
)
_ADDRESSED_RE = regex(r"@|<[^>]{1,80}>")
_ADDRESS_FIELD_RE = regex(r"(?:from|to|cc|bcc)\s*:", re.IGNORECASE)

# A chat message's header: Teams' `[10:42 AM] Whitfield, Dana`, WhatsApp's
# `[30/11/2026, 10:42:05] Dana Whitfield: ...` and `30/11/26, 10:42 - Dana Whitfield: ...`.
_CHAT_RE = regex(
    r"\[(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?\]\s+\S"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?\s+-\s+[^:]{1,40}:",
    re.IGNORECASE,
)
# Slack's header is a name and a time (`Dana Whitfield  10:42 AM`, the message after it), as
# a page's byline with its stamp may be: it is the envelope only as the text's first line.
_SLACK_RE = regex(r"(?:[A-Z][\w.'’-]*\s+){1,3}\d{1,2}:\d{2}\s*[AP]M\b")

_ENVELOPE_MAX_CHARS = 300


def envelope_line(text: str, index: int, above_field: bool, below_field: bool) -> bool:
    """Whether a line is part of a mail's or a chat's envelope. ``index``: its place in
    the text; ``above_field`` / ``below_field``: the line under / over it is a mail header
    field."""
    if len(text) > _ENVELOPE_MAX_CHARS:
        return False
    if _MARK_RE.match(text.strip()) or _CHAT_RE.match(text):
        return True
    if _RULE_RE.fullmatch(text):
        return above_field or index < _RULE_TOP
    if _FIELD_RE.match(text):
        if _ADDRESSED_RE.search(text) and _ADDRESS_FIELD_RE.match(text):
            return True
        return index == 0 or above_field or below_field
    return index == 0 and _SLACK_RE.match(text) is not None


def chat_message(text: str) -> bool:
    """Whether the line under a chat header reads as the sender's message, not the story's
    headline: it opens in lower case or closes a sentence (`Pls run this as is.`)."""
    return text[:1].islower() or text.rstrip().endswith((".", "?", "!"))


def sender_note(text: str) -> bool:
    """Whether the line under a mail's envelope is the sender's note, not the story's
    headline: it opens in lower case or closes with a full stop (`Good morning. Here are
    the stories we're following today.`); a headline seldom ends so."""
    return text[:1].islower() or text.rstrip().endswith(".")


def chat_line(text: str, index: int) -> bool:
    """Whether a line is a chat message's header (Slack's only as the text's first line)."""
    return chat_header(text) or (index == 0 and _SLACK_RE.match(text) is not None)


def chat_header(text: str) -> bool:
    """Whether a line opens with a chat message's header that names its time in brackets
    or before a dash (Teams, WhatsApp): page chrome wherever it stands."""
    return _CHAT_RE.match(text) is not None


def header_field(text: str) -> bool:
    """Whether a line is a mail header field (`From: ...`, `Subject: ...`)."""
    return len(text) <= _ENVELOPE_MAX_CHARS and _FIELD_RE.match(text) is not None
