"""``wirecheck fix``: safe fixes in place, bytes kept otherwise, idempotent, atomic."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirecheck import parse
from wirecheck.cli import cli
from wirecheck.fix import Fixed, fix_bytes

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "upi-diaz-canel-moscow.txt"

STORY = (
    "Storm hits coast\n"
    "\n"
    "By Jane Doe\n"
    "\n"
    "MIAMI (AP) -- The town recieved little warning on Tuesday, officials said.\n"
    "\n"
    "Residents said the goverment had acted quickly.\n"
)
FIXED = STORY.replace("recieved", "received").replace("goverment", "government")


def run(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, ["fix", *args], input=stdin, catch_exceptions=False)


def write(tmp_path: Path, text: str = STORY, name: str = "story.txt", **kw: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(kw.get("encoding", "utf-8")))
    return path


def fixed_text(text: str, *, strip: bool = False, markdown: bool = False) -> str:
    data = text.encode()
    result = fix_bytes(data, lambda raw: parse(raw), strip=strip, markdown=markdown)
    return result.data.decode()


# -- the seed: the done-when of the issue -----------------------------------------------


def test_fix_corrects_the_seed_in_place_and_keeps_every_other_line(tmp_path: Path) -> None:
    story = tmp_path / "seed.txt"
    shutil.copyfile(SEED, story)
    before = SEED.read_bytes().split(b"\n")
    result = run(str(story))
    assert result.exit_code == 0, result.stderr
    after = story.read_bytes().split(b"\n")
    assert len(after) == len(before)
    changed = [i + 1 for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert changed == [35]
    assert after[34] == before[34].replace(b"disolved", b"dissolved")
    assert b"Latest Headlines" in story.read_bytes()  # boilerplate kept without --strip
    assert result.stderr == f"{story}: applied 1 fix\nFixed 1 file.\n"


def test_a_second_run_changes_nothing_and_does_not_touch_the_file(tmp_path: Path) -> None:
    story = tmp_path / "seed.txt"
    shutil.copyfile(SEED, story)
    assert run(str(story)).exit_code == 0
    first = story.stat()
    os.utime(story, ns=(first.st_atime_ns, first.st_mtime_ns - 10**9))
    moved = story.stat()
    again = run(str(story))
    assert again.exit_code == 0
    assert again.stderr == "Nothing to fix.\n"
    after = story.stat()
    assert (after.st_mtime_ns, after.st_ino) == (moved.st_mtime_ns, moved.st_ino)


def test_strip_keeps_a_line_the_story_shares_with_removed() -> None:
    # `Enditem` run into the last paragraph is in `removed`, but its line is the body's.
    text = (
        "Exports rise in May\n\n"
        "BEIJING, June 9 (Xinhua) -- China's exports rose 7.6 percent in May from a year "
        "earlier, customs data showed on Sunday.\n\n"
        "Strong demand for electronics underpinned the figures. Enditem\n"
    )
    assert [r.text for r in parse(text).removed] == ["Enditem"]
    assert fixed_text(text, strip=True) == text


def test_strip_takes_only_what_the_first_parse_removed() -> None:
    # Parsed again without its removed lines, a story's edges can move; stripping those
    # leftovers too had eaten a scores roundup down to its headline.
    text = (
        "Scores from Friday's high school football games\n\nBy The Associated Press\n\n"
        "Friday's high school football scores:\n\n"
        "Central 35, Westview 14\nLincoln 21, Roosevelt 20, OT\n"
        "North Ridge 42, Valley Christian 7\n"
    )
    removed = {r.line for r in parse(text).removed}
    out = fixed_text(text, strip=True).split("\n")
    kept = [line for n, line in enumerate(text.split("\n"), 1) if n not in removed]
    assert [line for line in out if line] == [line for line in kept if line]


def test_strip_removes_what_parse_removed(tmp_path: Path) -> None:
    story = tmp_path / "seed.txt"
    shutil.copyfile(SEED, story)
    removed = {r.text for r in parse(SEED.read_bytes()).removed}
    assert run("--strip", str(story)).exit_code == 0
    text = story.read_text()
    lines = text.split("\n")
    assert not removed & set(lines[3:])  # the headline's first copy stays on line 1
    assert lines[0] == "Cuban leader Diaz-Canel visits Putin, Russian officials in Moscow"
    assert "dissolved" in text
    assert text.endswith("TASS reported.\n")
    story_now = parse(text)
    assert story_now.removed == ()
    seed_body = [p.replace("disolved", "dissolved") for p in parse(SEED.read_bytes()).body]
    assert list(story_now.body) == seed_body
    assert run("--strip", str(story)).stderr == "Nothing to fix.\n"


def test_diff_prints_a_patch_and_writes_nothing(tmp_path: Path) -> None:
    story = tmp_path / "seed.txt"
    shutil.copyfile(SEED, story)
    result = run("--diff", str(story))
    assert result.exit_code == 1  # something would change
    assert story.read_bytes() == SEED.read_bytes()
    assert result.stdout.startswith(f"--- {story}\n+++ {story}\n@@ ")
    assert "\n-Cuba was heavily dependent" in result.stdout
    assert "bloc dissolved in 1991.\n" in result.stdout
    assert result.stderr.endswith("Would fix 1 file.\n")
    if shutil.which("patch"):
        patch = tmp_path / "fix.diff"
        patch.write_text(result.stdout)
        subprocess.run(["patch", "-s", "-p0", "-i", str(patch)], check=True, cwd="/")
        assert run("--diff", str(story)).exit_code == 0


def test_stdin_to_stdout() -> None:
    result = run("-", stdin=STORY.encode())
    assert result.exit_code == 0
    assert result.stdout == FIXED
    assert run(stdin=FIXED.encode()).stdout == FIXED  # no argument: stdin too


# -- which fixes ---------------------------------------------------------------------------


def test_spacing_invisible_characters_mojibake_and_trailing_whitespace() -> None:
    story = (
        "Storm hits coast  \n"
        "\n"
        "MIAMI (AP) -- The town had little warning on Tuesday , officials said.\t\n"
        "\n"
        "Residents said\u00a0the city  had acted\u200b quickly. \n"
        "\n"
        "\u201cWe donâ€™t know yet,\u201d the mayor said.\n"
    )
    assert fixed_text(story) == (
        "Storm hits coast\n"
        "\n"
        "MIAMI (AP) -- The town had little warning on Tuesday, officials said.\n"
        "\n"
        "Residents said the city had acted quickly.\n"
        "\n"
        "\u201cWe don\u2019t know yet,\u201d the mayor said.\n"
    )


def test_mojibake_holding_an_invisible_character_is_repaired_whole() -> None:
    """`à` and `í` read as Windows-1252 are `Ã` with a no-break space and `Ã` with a soft
    hyphen: the invisible-character fix inside them gives way to the mojibake repair."""
    garbled = "Femme à la montre, said Milena Králíková.".encode().decode("cp1252", "replace")
    assert "\u00a0" in garbled and "\u00ad" in garbled
    story = STORY.replace("officials said.", f"officials said of {garbled}")
    assert "officials said of Femme à la montre, said Milena Králíková." in fixed_text(story)


def test_no_break_space_inside_a_number_is_kept() -> None:
    story = STORY.replace("little warning", "10\u202f000 callers and little warning")
    assert "10\u202f000" in fixed_text(story)


def test_markdown_hard_line_break_is_kept() -> None:
    story = STORY.replace("officials said.", "officials said.  ")
    assert "said.  \n" in fixed_text(story, markdown=True)
    assert "said.\n" in fixed_text(story)


def test_a_misspelling_with_several_corrections_is_left_alone() -> None:
    story = STORY.replace("had acted", "ahd acted")
    assert "ahd acted" in fixed_text(story)


def test_wording_suggestions_are_not_applied(tmp_path: Path) -> None:
    story = write(tmp_path, STORY + "\nPutin was invited to make a visit Cuba next year.\n")
    run(str(story))
    assert "a visit Cuba next year" in story.read_text()


def test_allow_select_and_ignore_narrow_the_fixes(tmp_path: Path) -> None:
    story = STORY.replace("little warning", "little  warning")
    path = write(tmp_path, story)
    run("--allow", "recieved", "--select", "WC1", str(path))
    text = path.read_text()
    assert "recieved" in text and "government" in text and "little  warning" in text
    run("--ignore", "WC1", str(path))
    assert "little warning" in path.read_text() and "recieved" in path.read_text()


def test_agency_feeds_are_left_alone(tmp_path: Path) -> None:
    nitf = (
        '<?xml version="1.0"?>\n<nitf><body><body.head><hedline><hl1>Storm hits coast</hl1>'
        "</hedline></body.head><body.content><p>The town recieved little warning.</p>"
        "</body.content></body></nitf>\n"
    )
    path = write(tmp_path, nitf, "story.xml")
    assert run(str(path)).exit_code == 0
    assert path.read_text() == nitf


# -- keeping the file as it was --------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16-le", "utf-16-be", "cp1252", "mac_roman"])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_encoding_and_line_endings_are_kept(tmp_path: Path, encoding: str, newline: str) -> None:
    story = STORY.replace("officials said", "caf\u00e9 owners said \u201cwait\u201d")
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    path = tmp_path / "story.txt"
    path.write_bytes(bom + story.replace("\n", newline).encode(encoding))
    assert run(str(path)).exit_code == 0
    want = FIXED.replace("officials said", "caf\u00e9 owners said \u201cwait\u201d")
    assert path.read_bytes() == bom + want.replace("\n", newline).encode(encoding)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_written_back_without_one(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.encode(encoding))
    assert run(str(path)).exit_code == 0
    assert path.read_bytes() == FIXED.encode(encoding)


@pytest.mark.parametrize("bom", [b"", b"\xff\xfe"])
def test_utf16_cut_mid_character_keeps_its_last_byte(tmp_path: Path, bom: bytes) -> None:
    """A UTF-16 file cut after an odd number of bytes: the lone last byte is no character,
    and is written back as it was while the rest is fixed."""
    path = tmp_path / "story.txt"
    path.write_bytes(bom + STORY.encode("utf-16-le") + b"\x41")
    result = run(str(path))
    assert result.exit_code == 0, result.stderr
    assert path.read_bytes() == bom + FIXED.encode("utf-16-le") + b"\x41"


def test_a_file_that_cannot_be_read_is_no_file_with_nothing_to_fix(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = run(str(path))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "Fixed 0 files; 1 file could not be fixed."


def test_mixed_line_endings_are_kept_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.encode().replace(b"\n", b"\r\n", 3))
    run(str(path))
    assert path.read_bytes() == FIXED.encode().replace(b"\n", b"\r\n", 3)


def test_bytes_that_cannot_be_decoded_are_kept(tmp_path: Path) -> None:
    # A BOM file with a stray byte: that line stays as it is, byte for byte.
    data = b"\xef\xbb\xbf" + STORY.encode().replace(b"Storm", b"St\xffrm")
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    run(str(path))
    assert path.read_bytes() == b"\xef\xbb\xbf" + FIXED.encode().replace(b"Storm", b"St\xffrm")


def test_a_bad_byte_in_utf8_without_a_bom_is_kept(tmp_path: Path) -> None:
    # UTF-8 copy (curly quotes) with one bad byte is read as UTF-8 and written back so
    quoted = STORY.replace("little warning", "\u201clittle warning\u201d")
    data = quoted.encode().replace(b"Storm", b"St\xffrm")
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    run(str(path))
    fixed = FIXED.replace("little warning", "\u201clittle warning\u201d")
    assert path.read_bytes() == fixed.encode().replace(b"Storm", b"St\xffrm")


def test_cp1252_undefined_bytes_are_kept(tmp_path: Path) -> None:
    data = STORY.encode("cp1252").replace(b"Doe", b"Do\x81e \x93Jim\x94")
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    run(str(path))
    assert path.read_bytes() == FIXED.encode("cp1252").replace(b"Doe", b"Do\x81e \x93Jim\x94")


@pytest.mark.parametrize("separator", ["\u2028", "\x85"])
def test_a_file_broken_by_line_separators_keeps_them(separator: str) -> None:
    # Its lines are fixed as any file's, and written back with its own line breaks.
    data = STORY.replace("\n", separator).encode()
    result = fix_bytes(data, lambda raw: parse(raw))
    assert result.data == FIXED.replace("\n", separator).encode()
    assert fix_bytes(result.data, lambda raw: parse(raw)).data == result.data


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
def test_a_utf32_file_is_fixed_in_utf32(codec: str) -> None:
    result = fix_bytes(STORY.encode(codec), lambda raw: parse(raw))
    assert result.data == FIXED.encode(codec)


def test_windows_1252_punctuation_read_as_latin1_is_restored_and_other_controls_kept() -> None:
    # `’` carried as U+0092 (cp1252 read as Latin-1) is restored; an escape byte, which
    # may have stood for a letter, is left for a person.
    damaged = STORY.replace("little warning", "Putin\u0092s little warning").replace(
        "Storm", "St\x1borm"
    )
    result = fix_bytes(damaged.encode(), lambda raw: parse(raw))
    text = result.data.decode()
    assert "Putin\u2019s" in text and "\u0092" not in text and "St\x1borm" in text
    assert fix_bytes(result.data, lambda raw: parse(raw)).data == result.data


def test_a_fix_the_encoding_cannot_hold_is_not_applied() -> None:
    # Mojibake of a character Windows-1252 lacks (`ł`) in a Windows-1252 file (the `é`
    # of `café` and the `ï` of `naïve` are no UTF-8, and outnumber the one character
    # that is): the repair cannot be written, the rest is fixed.
    garbled = "little warning at the caf\u00e9 in Bia\u00c5\u201aystok, a na\u00efve"
    data = STORY.replace("little warning", garbled).encode("cp1252")
    assert parse(data).source.encoding == "cp1252"
    assert "WC501" in {d.code for d in parse(data).diagnostics}
    result = fix_bytes(data, lambda raw: parse(raw))
    assert result.data == FIXED.replace("little warning", garbled).encode("cp1252")


def test_permissions_are_kept_and_no_temporary_file_is_left(tmp_path: Path) -> None:
    path = write(tmp_path)
    path.chmod(0o640)
    run(str(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.txt"]
    assert path.read_text() == FIXED


def test_a_read_only_file_is_left_alone_and_the_others_are_fixed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Renaming over a 0444 file works wherever its folder is writable; it must not be
    # rewritten. (As root every file is writable, so the check is simulated.)
    locked = write(tmp_path, name="locked.txt")
    other = write(tmp_path, name="other.txt")
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode: False if p == str(locked) and mode == os.W_OK else real_access(p, mode),
    )
    result = run(str(locked), str(other))
    assert result.exit_code == 2
    assert f"wirecheck: {locked}: cannot write: the file is read-only" in result.stderr
    assert locked.read_text() == STORY and other.read_text() == FIXED


def test_a_file_made_read_only_is_left_alone_even_by_root(tmp_path: Path) -> None:
    # `os.access` says root may write anything; a 0444 file's mode still says read-only,
    # and CI jobs and containers often run as root.
    locked = write(tmp_path, name="locked.txt")
    locked.chmod(0o444)
    try:
        result = run(str(locked))
        assert result.exit_code == 2
        assert f"wirecheck: {locked}: cannot write: the file is read-only" in result.stderr
        assert locked.read_text() == STORY
    finally:
        locked.chmod(0o644)


def test_the_owner_and_group_are_kept(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("giving a file to another owner takes root")
    path = write(tmp_path)
    os.chown(path, 65534, 65534)
    run(str(path))
    assert (path.stat().st_uid, path.stat().st_gid) == (65534, 65534)
    assert path.read_text() == FIXED


def test_a_symbolic_link_stays_a_link(tmp_path: Path) -> None:
    target = write(tmp_path, name="real.txt")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    run(str(link))
    assert link.is_symlink()
    assert target.read_text() == FIXED


def test_unreadable_inputs_are_reported_and_the_others_fixed(tmp_path: Path) -> None:
    good = write(tmp_path)
    missing = tmp_path / "missing.txt"
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = run(str(missing), str(image), str(good))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[:2] == [
        f"wirecheck: {missing}: no such file or directory",
        f"wirecheck: {image}: not text: looks like a PNG image",
    ]
    assert good.read_text() == FIXED
    assert image.read_bytes().startswith(b"\x89PNG")


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root")
def test_a_file_that_cannot_be_read_is_left_alone(tmp_path: Path) -> None:
    path = write(tmp_path)
    path.chmod(0)
    result = run(str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"wirecheck: {path}: permission denied\n")


def test_a_folder_is_fixed_file_by_file_with_quiet(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "c.json"):
        write(tmp_path, name=name)
    result = run("--quiet", "--jobs", "2", str(tmp_path))
    assert (result.exit_code, result.stderr) == (0, "")
    assert (tmp_path / "a.txt").read_text() == FIXED
    assert (tmp_path / "b.md").read_text() == FIXED
    assert (tmp_path / "c.json").read_text() == STORY  # not a story file name


# -- idempotence, over generated stories ------------------------------------------------------

# Known misspellings with exactly one correction (WC101 fixes them).
MISSPELLINGS = {
    "recieved": "received",
    "goverment": "government",
    "occured": "occurred",
    "untill": "until",
    "beleive": "believe",
    "seperate": "separate",
    "acheive": "achieve",
    "definately": "definitely",
}
WORDS = (
    "the town council said residents would meet again on Tuesday to discuss new "
    "plans for roads schools and water after months of debate over taxes"
).split()


@st.composite
def stories(draw: st.DrawFn) -> tuple[str, list[str]]:
    paragraphs = []
    injected: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=6, max_size=20))
        for _ in range(draw(st.integers(0, 2))):
            typo = draw(st.sampled_from(sorted(MISSPELLINGS)))
            words.insert(draw(st.integers(1, len(words))), typo)
            injected.append(typo)
        gap = draw(st.sampled_from([" ", " ", "  "]))
        paragraphs.append("The " + gap.join(words) + draw(st.sampled_from([".", " .", ". "])))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = "Council meets on roads\n\nSPRINGFIELD (AP) -- " + "\n\n".join(paragraphs) + "\n"
    return text.replace("\n", newline), injected


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories())
def test_fix_is_idempotent_and_removes_the_injected_misspellings(
    case: tuple[str, list[str]],
) -> None:
    text, injected = case
    data = text.encode()
    first: Fixed = fix_bytes(data, lambda raw: parse(raw))
    second = fix_bytes(first.data, lambda raw: parse(raw))
    assert not second.changed
    assert second.data == first.data
    out = first.data.decode()
    assert out.count("\n") == text.count("\n")
    assert ("\r\n" in out) == ("\r\n" in text)
    for typo in injected:
        assert typo not in out.split()
    codes = {d.code for d in parse(first.data).diagnostics}
    assert "WC101" not in codes


def test_a_file_that_cannot_be_written_is_reported_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    path = write(tmp_path)
    result = run(str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"wirecheck: {path}: cannot write: Permission denied\n")
    assert path.read_text() == STORY
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.txt"]  # no temporary left


def test_fix_puts_the_missing_space_after_a_full_stop_or_comma() -> None:
    text = (
        "Harbour strike ends\n\nGENOA (Reuters) - Dockworkers ended the strike.The port "
        "reopened,officials said, at www.example.com/Port.News today.\n"
    )
    assert fixed_text(text) == text.replace("strike.The", "strike. The").replace(
        "reopened,officials", "reopened, officials"
    )


def test_fix_puts_no_space_into_a_word_a_stray_mark_broke() -> None:
    # `in,cumbent` (a speck read as a comma): `in, cumbent` would be two non-words.
    text = (
        "Council vote delayed\n\nGENOA (Reuters) - The in,cumbent refused to concede,"
        "officials said,and the count went on.\n"
    )
    assert fixed_text(text) == text.replace("concede,officials", "concede, officials").replace(
        "said,and", "said, and"
    )


def test_a_reference_escaped_twice_is_fixed_whole_and_once() -> None:
    # `&amp;nbsp;`: WC506 makes `&amp;` an `&`, then the `&nbsp;` a space; WC405 must not
    # read the references' semicolons as a clause's, which had left a double space that
    # only a second `fix` took out.
    text = (
        "Floods close roads\n\nTEGUCIGALPA, Jan 2 (EFE) - Honduras declared a&amp;nbsp;green "
        "alert on Friday&#8217;s rains, officials said.\n"
    )
    spacing = [d.message for d in parse(text).diagnostics if d.code in ("WC405", "WC102")]
    assert spacing == []  # no `;` run into `green`, no unknown word `nbsp`
    once = fixed_text(text)
    assert "declared a green alert on Friday\u2019s rains" in once
    assert fixed_text(once) == once


def test_a_fix_that_would_change_how_the_file_reads_is_not_applied() -> None:
    # UTF-8 with one stray Windows-1252 byte (`\xe9`) reads as UTF-8 while its good
    # characters (two no-break spaces and an apostrophe) outnumber the bad byte. Dropping the
    # no-break spaces would tip it over to Windows-1252, and a second `fix` would then
    # rewrite the apostrophe in that encoding.
    data = (
        b"Norway op\xe9ns undersea tunnel\n\n"
        b"OSLO (AP) -- Norway\xc2\xa0on Monday opened the world\xe2\x80\x99s deepest road "
        b"tunnel under\xc2\xa0the sea, officials said.\n"
    )
    assert parse(data).source.encoding == "utf-8"
    result = fix_bytes(data, lambda raw: parse(raw))
    assert parse(result.data).source.encoding == "utf-8"
    assert fix_bytes(result.data, lambda raw: parse(raw)).data == result.data


@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("announce\u00adment", "announcement"),  # `ment` alone is a known slip for `meant`
        ("onl\u00ady", "only"),
        ("depart\u200bment", "department"),
        ("invest\ufeffment", "investment"),
    ],
)
def test_fix_joins_a_word_split_by_an_invisible_character_without_respelling_a_piece(
    damaged: str, clean: str
) -> None:
    # Each piece of a word split by a soft hyphen or zero-width character touches it; the
    # spelling rules must not "correct" a piece while WC504 drops the character between.
    story = (
        "Council approves the budget\n\n"
        f"BERN, June 2 (Reuters) - The council said the {damaged} was approved on Monday "
        "after a long debate in the chamber.\n"
    )
    assert f"the {clean} was approved" in fixed_text(story)


@pytest.mark.parametrize(
    "headline",
    [
        "Farmers  plant less wheat as prices slump, corn acreage disolved",  # a double space
        "HEADLINE: Farmers plant less wheat as prices slump, corn acreage disolved",
        "HD\tFarmers  plant less wheat as prices slump, corn acreage disolved",
        "Farmers plant less wheat as prices slump, corn acreage disolved\x07",  # a stray byte
    ],
)
def test_fix_writes_a_headline_correction_on_the_word_it_corrects(headline: str) -> None:
    # The headline as the parser keeps it differs from its line; the finding must still
    # sit on the misspelt word, or fix garbles the line (`acreagedissolvedd`).
    story = (
        f"{headline}\n\n"
        "TOPEKA, Kan. (AP) -- Kansas farmers planted the smallest winter wheat crop in 30 "
        "years this fall, the state agriculture department said Monday.\n"
    )
    once = fixed_text(story)
    first = once.split("\n", 1)[0]
    assert "acreage dissolved" in first or "acreage disolved" in first
    assert "acreagedissolved" not in first and "dissolvedd" not in first
    assert fixed_text(once) == once


def test_trimming_a_blank_line_between_a_cr_and_an_lf_keeps_both_lines() -> None:
    # `storm\r  \nBERGEN`: emptied, the blank line would leave `\r\n`, one line break.
    data = (
        b"Ferries resume after storm\r  \n"
        b"BERGEN, Norway (AP) -- Ferries resumed service on Tuesday after a storm.\n"
    )
    result = fix_bytes(data, lambda raw: parse(raw))
    assert result.data.count(b"\r") + result.data.count(b"\n") - result.data.count(b"\r\n") == 3


def test_a_fix_that_would_leave_too_little_text_to_read_is_not_applied() -> None:
    # A few characters among control bytes: text to parse, but with its reference and
    # replacement character fixed away, mostly control bytes: the pass is not written.
    data = b"-\x01\xef\xbf\xbd--&rsquo;"
    assert parse(data) is not None
    result = fix_bytes(data, lambda raw: parse(raw))
    assert result.data == data or parse(result.data) is not None


@pytest.mark.parametrize(
    "damaged",
    [
        "said Fran?ois Dupont, who runs a caf? near the jetty",  # a 7-bit conversion
        "said Fran\ufffdois Dupont, who runs a caf\ufffd near the jetty",  # lost in decoding
        "said Fran\u221a\u00dfois Dupont, who runs a caf\u221a\u00a9 near the jetty",  # Mac Roman
        # HTML references written out (WC506 reports them): `wasn` is no misspelt `was`
        "said Fran&ccedil;ois Dupont, who wasn&#8217;t at his caf&eacute; near the jetty",
    ],
)
def test_a_word_with_a_damaged_letter_is_not_spelled_over(damaged: str) -> None:
    # `caf` of a damaged `café` is no misspelt `calf`: `fix` wrote `calf?` over it.
    text = f"Ferry adds night crossings\n\nLAGOS (AP) -- The service began, {damaged}.\n"
    story = parse(text)
    assert not [d for d in story.diagnostics if d.code.startswith("WC1")]
    assert b"calf" not in fix_bytes(text.encode(), lambda raw: parse(raw)).data


def test_a_misspelling_before_a_question_mark_is_still_fixed() -> None:
    text = "Ferry adds night crossings\n\nLAGOS (AP) -- Did the town recieve? It did.\n"
    assert b"receive?" in fix_bytes(text.encode(), lambda raw: parse(raw)).data


def test_decomposed_accents_are_part_of_their_words() -> None:
    # A Mac's NFD text: `nin\u0303o` is `niño`, not a misspelt `nin` (fixed to `nine`).
    text = (
        "Ferry adds crossings\n\nLAGOS (AP) \u2014 The nin\u0303o ate jalapen\u0303os at the"
        " cafe\u0301 with a pin\u0303ata and cre\u0300me brule\u0301e.\n"
    )
    assert [d for d in parse(text).diagnostics if d.code.startswith("WC1")] == []
    assert fix_bytes(text.encode(), lambda raw: parse(raw)).data == text.encode()


def test_more_findings_than_a_rule_reports_are_all_fixed_in_one_run() -> None:
    # Each rule reports 100 findings a story; a long story garbled throughout has more.
    para = "The mayor said the town\u00e2\u20ac\u2122s plan worked. "
    text = "Town plan works\n\nSPRINGFIELD (AP) -- " + (para * 600).rstrip() + "\n"
    fixed = fix_bytes(text.encode(), lambda raw: parse(raw))
    assert fixed.fixes == 600
    assert "\u00e2\u20ac" not in fixed.data.decode()
    assert fix_bytes(fixed.data, lambda raw: parse(raw)).data == fixed.data


def test_a_rule_at_its_cap_gets_more_passes_though_some_findings_stay() -> None:
    # The first findings each pass are no-break spaces inside numbers (`10 000`), which
    # stay: every pass fixes fewer than the cap, yet the rule still reports its cap.
    numbers = "They counted 10\u00a0000 boats. " * 20
    words = "The mayor\u00a0said the plan worked. " * 700
    text = "Town plan works\n\nSPRINGFIELD (AP) -- " + (numbers + words).rstrip() + "\n"
    fixed = fix_bytes(text.encode(), lambda raw: parse(raw))
    assert fixed.fixes == 700
    assert fix_bytes(fixed.data, lambda raw: parse(raw)).data == fixed.data


def test_the_last_word_of_a_file_cut_mid_word_is_not_finished() -> None:
    # `resul` of a file cut off there is no misspelt `result`; with a line ending, or
    # inside the text, the same word is fixed.
    head = "Storm hits coast\n\nLONDON (Reuters) - The storm disolved the pier, and the resul"
    fixed = fix_bytes(head.encode(), lambda raw: parse(raw)).data.decode()
    assert fixed.endswith("and the resul") and "dissolved" in fixed
    ended = fix_bytes((head + "\n").encode(), lambda raw: parse(raw)).data.decode()
    assert ended.endswith("and the result\n")


@pytest.mark.parametrize(
    "between",
    [
        "",  # the halves on adjacent lines
        "\nhttps://news.example.org/bridge-bids    1/2\n",  # a printed page's footer
        "\nTHE VALLEY COURIER Page 4\n\n",  # a running head and a blank line
    ],
)
def test_fix_leaves_the_second_half_of_a_broken_word_alone(between: str) -> None:
    # `seas-` / `ons.`: `ons` alone is a known slip for `owns`, but here it ends a word
    # broken at the line's end; the finding stays, the rewrite would change the story.
    story = (
        "Bridge bids open\n\n"
        "SALEM, Ore., Nov. 3 (UPI) -- The state expects the work to take three seas-\n"
        f"{between}"
        "ons. The old bridge will stay open until the new one is finished.\n"
    )
    assert fixed_text(story) == story


@pytest.mark.parametrize(
    "text",
    [
        # `expec-` / `ted`: a headline and a removed line; `expec` alone is a known slip.
        "Analysts said the move was expec-\nted after the company reported a\n",
        # the file ends after the hyphen: the rest of the word is missing, not wrong
        "Port strike widens\n\nLONDON, March 3 (Reuters) - The move was expec-\n",
        # a slip in a broken word is reported whole, over two lines: not rewritten
        "Port strike widens\n\nLONDON, March 3 (Reuters) - The pier was recie-\nved late.\n",
    ],
)
def test_fix_leaves_the_first_half_of_a_broken_word_alone(text: str) -> None:
    assert fixed_text(text) == text


def test_fix_still_corrects_a_slip_that_opens_a_line_after_a_whole_word() -> None:
    story = (
        "Bridge bids open\n\n"
        "SALEM, Ore., Nov. 3 (UPI) -- The state expects the work to take three years and\n"
        "recieved four bids. The old bridge will stay open until the new one is finished.\n"
    )
    assert "and\nreceived four bids" in fixed_text(story)


def test_a_soft_hyphen_that_ends_a_line_joins_the_word_and_is_not_deleted() -> None:
    # Deleted, the line break alone would part `concentra` from `tor` in the next parse.
    story = (
        "Miner finds fault in conveyor\n\n"
        "SANTIAGO, Nov 3 (Reuters) - The fire started between the concentra\u00ad\n"
        "tor and the crusher, the company said on Tuesday, adding that ope\u00adrations\n"
        "would return to normal by the end of the year.\n"
    )
    body = parse(story).body[0]
    assert "concentra\u00adtor and" in body
    soft = [d for d in parse(story).diagnostics if d.code == "WC504"]
    assert [(d.line, d.suggestions) for d in soft] == [(3, ()), (4, ("",))]
    fixed = fixed_text(story)
    assert "concentra\u00ad\ntor" in fixed and "operations" in fixed
