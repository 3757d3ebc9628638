"""What the line-based feeds (ANPA-1312, IPTC 7901) share: body paragraphs from a range of
input lines, and removed lines with their reasons."""

from __future__ import annotations

from wirecheck.model import Paragraph, Removed
from wirecheck.patterns.boilerplate import END_MARK_RE, WIRE_CODE_RE, signs_off
from wirecheck.patterns.credits import CREDIT_TAIL_RE
from wirecheck.segment import clean_line, cut_close, segment


def body_paragraphs(
    lines: list[str], first: int, end: int, removed: list[Removed]
) -> list[Paragraph]:
    """The paragraphs of ``lines[first:end]``, numbered as in the whole input.

    Paragraphs are cut the way plain text is (``wirecheck.segment``): at blank lines, and
    in hard-wrapped copy at indented lines. Wire codes between paragraphs (``MORE``,
    ``(END)``) go to ``removed``.
    """
    masked = ["" if not first <= i < end else line for i, line in enumerate(lines)]
    return filed([unit.paragraph for unit in segment(masked)], removed)


def filed(units: list[Paragraph], removed: list[Removed]) -> list[Paragraph]:
    """The body of a story's paragraphs as the segmenter cut them: wire codes between
    them, and the credit tail and sign-off under the last, go to ``removed``."""
    paragraphs: list[Paragraph] = []
    for unit in units:
        if (WIRE_CODE_RE.match(unit.text) and not unit.text.startswith(("Eds", "BC-"))) or (
            END_MARK_RE.match(unit.text)
        ):
            removed.append(Removed(line=unit.spans[0].line, text=unit.text, reason="wire-code"))
        else:
            paragraphs.append(unit)
    # Under the last paragraph, as in plain text: the helpers' credit (`(Reporting by ...;
    # Editing by ...)`) and the agency's sign-off (`==Kyodo`, `dpa jd yy n1`).
    tail: list[Removed] = []
    while len(paragraphs) > 1:
        last = paragraphs[-1]
        if CREDIT_TAIL_RE.match(last.text):
            reason = "credit"
        elif signs_off(last.text):
            reason = "wire-code"
        else:
            break
        tail.append(Removed(line=last.spans[0].line, text=last.text, reason=reason))
        paragraphs.pop()
    removed.extend(reversed(tail))
    if paragraphs:
        cut_close(paragraphs, removed)
    return paragraphs


def remove_line(lines: list[str], index: int, reason: str, removed: list[Removed]) -> None:
    """Record 0-based input line ``index`` as removed, unless it holds nothing visible."""
    text = clean_line(lines[index])
    if text:
        removed.append(Removed(line=index + 1, text=text, reason=reason))
