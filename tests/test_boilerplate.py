"""Chrome sentences: the shapes page-to-text conversion leaves inside articles."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecheck.classify import Kind, classify
from wirecheck.patterns import boilerplate
from wirecheck.patterns.credits import CREDIT_RE, might_end_in_credit
from wirecheck.segment import segment

CHROME = [
    "Copyright © 2026 The Northbank Gazette, LLC. Click here for reprint permission.",
    "View On Amazon $28",
    "All products featured on Harbour Style are independently selected by our editors. "
    "However, when you buy something through our retail links, we may earn a commission.",
    "To see this content please enable targeting cookies. Manage cookie settings",
    "Support our newsroom by contributing as little as $1 a month.",
    "Source images by Jane Doe, Getty Images and Shutterstock.",
    "Subscribe to The Gazette and stay informed all year.",
    "Wrap up the year with the Gazette's best stories! Click here",
    "GET OUR E-ALERTS",
    "Get our daily newsletter",
    "Get breaking news alerts",
    "Turn on desktop notifications?",
    "Copied!",
    "Was this article helpful?",
    "Thanks for reading!",
    "Install the Gazette app for free",
    "Donate to support independent journalism!",
    "Comments are closed.",
    "The Gazette may get a commission from retail offers.",
    "If you buy something from a Gazette link, Harbour Media may earn a commission.",
    "Get local news delivered to your inbox!",
    "Don't want to miss a single column? Sign up to get Ask Marta in your inbox.",
    "Editors and writers independently select products unless marked Sponsored.",
    "You are the owner of this article.",
    "Turn on JavaScript to see all the available pictures.",
    "Help keep news free for everyone by giving us as little as $2. It all adds up.",
    "We can't do this without you. Every reader who chips in keeps the lights on.",
    # A publisher's appeal in its own voice, however long its sentences run.
    "At the Northbank Gazette, we believe everyone deserves quality journalism, but we "
    "know not everyone can pay for a subscription. That is why our stories stay free "
    "to read, and why we ask readers who can afford it to chip in.",
    "Our Politics, Business and Culture teams spend weeks on every investigation so "
    "that you get the full story.",
    "Our journalism needs your support. Please subscribe today.",
    # Labels and buttons that page-to-text conversion leaves on lines of their own.
    "Click to share on Facebook (Opens in new window)",
    "Also available on Apple Podcasts",
    "Story continues",
    "Related:",
    "Don't Miss:",
    "Credit:",
    "after newsletter promotion",
    # Disclosures.
    "The Gazette has affiliate partnerships. We receive compensation when you click on a "
    "link and make a purchase.",
    "The opinions expressed here are the author's. The Gazette publishes a broad range of "
    "viewpoints.",
    "The author or authors do not own shares in any securities mentioned in this article.",
    # Syndication notes.
    "(This story has not been edited by Northbank Times staff and is auto-generated from a "
    "syndicated feed.)",
    "(Only the headline and picture of this report may have been reworked by the Example "
    "Standard staff; the rest of the content is auto-generated from a syndicated feed.)",
    "Disclaimer: This post has been auto-published from an agency feed without any "
    "modifications to the text and has not been reviewed by an editor",
    "This article was generated from an automated news agency feed without modifications to text.",
    # Browser notices.
    "IE 11 is not supported. For an optimal experience visit our site on another browser.",
    "Your browser is no longer supported. Please upgrade your browser to keep reading.",
    "Get unlimited access to insights like this when you subscribe. Start Free Trial",
    "The Example Agency website contains only a portion of the news stories offered to "
    "subscribers of its wire, in summarized form. Please contact us for subscription options.",
    # Comment boxes and house notices.
    "Please be respectful of copyright. Unauthorized use is prohibited.",
    "Posting comments is now limited to subscribers only. View subscription offers here.",
    "Be the first to get Breaking News",
    "Enable Cookies Allow Cookies Once",
    "Instagram content",
    "Your Email:",
    "Unlock a world of Benefits with Northbank Times! From newsletters to news alerts, it's "
    "all here, just a click away! Login Now!",
]

PROSE = [
    "The council said copyright rules had stopped it from publishing the engineers' report.",
    "Shoppers who view the harbour from the bridge will have to take the ferry next year.",
    "Residents were asked to support the closure in a vote held at the town hall on Monday.",
    "She said the images were taken by a drone flying over the river last spring.",
    "Getting alerts from the flood service saved lives, the harbour master said on Tuesday.",
    "Get the harbour bridge fixed, residents told the council.",
    "Thanks for reading the report, the mayor told councillors on Tuesday.",
    "Brokers may receive a commission on each sale, the regulator said on Monday.",
    "The firm may earn revenue from the deal if regulators approve it next year.",
    "Readers can sign up for the new ferry timetable at the harbour office.",
    "Unlocking the harbour's benefits will take years, the mayor said.",
    # "we" and a newsroom in a quotation, and a company's own "we" in a press release
    "\u201cOur newsroom will keep covering the harbour for you,\u201d the editor said.",
    "At Harbour Foods, we believe everyone deserves fresh bread, and our bakers work "
    "through the night so you can have it.",
    "The union said members had pledged as little as they could to the strike fund.",
    "We cannot say whether the bridge will reopen, the harbour master told reporters.",
    "Listen on the ferry radio tonight at nine, the harbour master said.",
    "Credit rating agencies cut the port authority's bonds on Tuesday.",
    "The fund said its managers do not own shares in the harbour company.",
    "Partners receive compensation when the ferry runs late, the contract says.",
    "The report was not edited by the ministry, its authors said.",
    "The ship's log was generated from an automated tracking feed, the inquiry heard.",
    # short quotes that open like a chrome prompt
    "Follow the money, the detective said.",
    "Subscribe to the idea, he said.",
    "Most read the report, she said.",
    "Be the first to know when the ferry sails, the harbour master told families.",
    "Posting bail, she was released on Tuesday.",
]


def _kind(text: str) -> Kind:
    return classify(segment([text]))[0].kind


@pytest.mark.parametrize("text", CHROME)
def test_chrome_sentences_are_chrome(text: str) -> None:
    assert _kind(text) is Kind.CHROME


@pytest.mark.parametrize("text", PROSE)
def test_prose_with_the_same_words_is_not(text: str) -> None:
    assert _kind(text) is not Kind.CHROME


def test_a_photographer_and_outlet_in_parentheses_is_a_credit() -> None:
    from wirecheck.classify import credit_of

    caption = "The Ahmed family plays cards at home. (Dania Maxwell / Northbank Gazette)"
    assert credit_of(caption) == "(Dania Maxwell / Northbank Gazette)"
    assert credit_of("The vote was close (yes / no) on Tuesday") is None


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Voters queue outside a school. (Tamsin Castellano/The Ledger)",
            "(Tamsin Castellano/The Ledger)",
        ),
        ("Crews clear the line near Leeds. (Owen Hartley/PA)", "(Owen Hartley/PA)"),
        (
            "Crews clear the line near Regina. THE CANADIAN PRESS/Kara Dunmore",
            "THE CANADIAN PRESS/Kara Dunmore",
        ),
    ],
)
def test_a_photographer_slash_outlet_credit_with_no_spaces(caption: str, credit: str) -> None:
    from wirecheck.classify import credit_of

    assert credit_of(caption) == credit


def test_an_agency_photo_credit_in_capitals_is_a_credit() -> None:
    from wirecheck.classify import credit_of

    caption = "Workers load cargo at a port in Incheon on Nov. 28, 2026. AFP PHOTO / JUNG YEON-JE"
    assert credit_of(caption) == "AFP PHOTO / JUNG YEON-JE"
    assert credit_of("The AFP photo desk said it would move to Paris") is None


def test_photo_credits_of_agencies_writing_in_other_languages() -> None:
    from wirecheck.classify import credit_of

    caption = "El ministro de Agricultura, durante la rueda de prensa. EFE/Juan Pérez"
    assert credit_of(caption) == "EFE/Juan Pérez"
    caption = "Pendler warten am Hauptbahnhof in München. Foto: Sven Hoppe/dpa"
    assert credit_of(caption) == "Foto: Sven Hoppe/dpa"
    assert credit_of("Agenten in Den Haag. ANP / Remko de Waal") == "ANP / Remko de Waal"
    assert credit_of("Die Fotos zeigen das Ausmaß der Schäden.") is None


def test_a_photographer_slash_outlet_credit_needs_a_given_name() -> None:
    from wirecheck.classify import credit_of

    assert credit_of("Lance Fielding/NORTHBANK GAZETTE") == "Lance Fielding/NORTHBANK GAZETTE"
    assert credit_of("The new ferry at the pier. Steve Ruiz/ Harbour Star") == (
        "Steve Ruiz/ Harbour Star"
    )
    for line in ("Grand Rapids/Muskegon", "Article Reprints/Usage", "Do Not Sell/Share My Data"):
        assert credit_of(line) is None, line


def test_editors_initials_closing_agency_copy_are_a_wire_code() -> None:
    for line in ("ohr/ah/ach", "EFE lcm/mcd", "ak/jrw AFP"):
        assert _kind(line) is Kind.WIRE_CODE, line


def test_an_ap_slug_line_is_a_wire_code() -> None:
    assert _kind("AP-US-Storm-Texas") is Kind.WIRE_CODE
    assert _kind("AP-EU-Ukraine-War") is Kind.WIRE_CODE
    assert _kind("Pro-Russia protests grow") is not Kind.WIRE_CODE


def test_version_notes_are_wire_codes() -> None:
    for line in ("(ATTN: ADDS details in paras 4-6)", "(Adds minister's comment in paragraph 5)"):
        assert _kind(line) is Kind.WIRE_CODE, line
    assert _kind("(ATTN readers: the ferry timetable changes on Monday)") is not Kind.WIRE_CODE


def test_control_codes_written_as_entities_are_a_wire_code() -> None:
    # Reuters-21578 ends each story with the ETX control character as `&#3;`
    for line in ("&#3;", "&#2; &#3;"):
        assert _kind(line) is Kind.WIRE_CODE, line
    assert _kind("Fish &#38; chips") is not Kind.WIRE_CODE  # an ampersand is text


def test_embargo_and_hold_lines_are_wire_codes_in_capitals_too() -> None:
    for line in (
        "EMBARGOED FOR RELEASE UNTIL 12:01 A.M. EST THURSDAY, NOV. 26",
        "HOLD FOR RELEASE UNTIL 6 P.M. EST",
        "NOT FOR PUBLICATION BEFORE 10 A.M.",
        "EMBARGO: 0001 GMT Thursday",
        "Embargoed until 00:01 GMT",
    ):
        assert _kind(line) is Kind.WIRE_CODE, line
    assert _kind("Embargo on Cuba to end, Biden says") is not Kind.WIRE_CODE  # a headline


def test_an_embargo_line_over_the_headline_is_not_the_headline() -> None:
    from wirecheck import parse

    text = (
        "EMBARGOED FOR RELEASE UNTIL 12:01 A.M. EST THURSDAY, NOV. 26\n\n"
        "Study finds sharp drop in teen smoking\n\nBy JANE ROE\n\n"
        "NEW YORK (AP) — Smoking among teenagers fell to a record low this year, according "
        "to a government survey released Thursday.\n\nAbout 2% of high school students said "
        "they had smoked in the past month.\n"
    )
    story = parse(text, check=False, today=date(2026, 12, 1))
    assert story.headline == "Study finds sharp drop in teen smoking"
    assert [(r.line, r.reason) for r in story.removed] == [(1, "wire-code")]


def test_a_pages_chrome_in_the_languages_of_agencies_is_chrome() -> None:
    for line in ("Compartir", "Leer más", "Teilen", "Partager", "Condividi", "Delen"):
        assert _kind(line) is Kind.CHROME, line
    for line in ("Publicidad", "Anzeige", "Publicité", "Lesen Sie auch", "Lees ook"):
        assert _kind(line) is Kind.INLINE, line  # between paragraphs, as `Advertisement`
    for line in ("Noticias relacionadas", "Mehr zum Thema", "Articoli correlati"):
        assert _kind(line) is Kind.BREAK, line
    for line in ("Lesen Sie auch: Bahn streicht Verbindungen", "Lire aussi : La grève dure"):
        assert _kind(line) is Kind.RELATED, line
    assert _kind("Compartir la carga fue la clave, dijo el entrenador.") is not Kind.CHROME


def test_a_spanish_pages_chrome_is_left_out_of_the_story() -> None:
    from wirecheck import parse

    text = (
        "El Gobierno aprueba 300 millones para los regadíos del Ebro\n\nCompartir\n\n"
        "MADRID, 1 dic (EFE).- El Consejo de Ministros aprobó este martes un plan de 300 "
        "millones de euros para modernizar los regadíos del valle del Ebro.\n\nPublicidad\n\n"
        "La oposición criticó la medida y pidió la comparecencia del ministro en el "
        "Congreso, según fuentes parlamentarias.\n\nNoticias relacionadas\n\n"
        "Los agricultores piden más agua para la campaña\n"
    )
    story = parse(text, check=False, today=date(2026, 12, 1))
    assert story.headline == "El Gobierno aprueba 300 millones para los regadíos del Ebro"
    assert [p.text[:12] for p in story.paragraphs] == ["El Consejo d", "La oposición"]
    assert [r.text for r in story.removed] == [
        "Compartir",
        "Publicidad",
        "Noticias relacionadas",
        "Los agricultores piden más agua para la campaña",
    ]


def test_a_pages_notes_on_its_newsletter_meter_and_feed_are_not_story() -> None:
    from wirecheck.patterns.boilerplate import house_line

    assert (
        house_line(
            "Thanks for reading The Harrisburg Ledger! Subscribe for free to receive new posts."
        )
        == "boilerplate"
    )
    assert house_line("You've reached your limit of free articles.") == "boilerplate"
    assert (
        house_line(
            "(This story has not been edited by our staff and is published from a syndicated feed.)"
        )
        == "credit"
    )
    assert house_line("Thanks for reading the report, the minister told the council.") is None


def test_copyright_notices_in_other_languages_are_chrome() -> None:
    for line in ("RIPRODUZIONE RISERVATA © Copyright ANSA", "Tous droits réservés"):
        assert _kind(line) is Kind.CHROME, line


def test_a_slug_line_with_its_version_after_a_space_is_a_wire_code() -> None:
    from wirecheck.patterns.boilerplate import WIRE_CODE_RE

    assert WIRE_CODE_RE.match("BC-Storm-Coast 2ndLd-Writethru 11-14")
    assert WIRE_CODE_RE.match("BC-Kenya-Explosion, 5th Ld-Writethru")
    assert not WIRE_CODE_RE.match("BC-Storm hits the coast hard and fast today as residents flee")
    assert WIRE_CODE_RE.match("AM-Cottage Vote,0329")  # cycle, slug and word count
    assert not WIRE_CODE_RE.match("PM shares rise, 2000 jobs")


def test_phrases_match_whatever_the_apostrophe() -> None:
    assert _kind("Editor’s Picks") is Kind.CHROME
    assert _kind("Editors' Recommendations:") is Kind.CHROME


def test_a_users_phrase_is_read_like_the_built_in_ones() -> None:
    from wirecheck import parse

    text = (
        "Harbour bridge to close\n\nThe city council voted on Tuesday to close the old harbour "
        "bridge to cars from next spring, ending a decade of argument.\n\nThe Gazette’s Picks:\n"
    )
    story = parse(text, check=False, extra_boilerplate=["the gazette's picks"])
    assert "The Gazette’s Picks:" not in story.body


def test_photograph_credits_and_zoom_labels_mark_captions() -> None:
    from wirecheck.classify import credit_of
    from wirecheck.patterns.credits import CAPTION_OPENER_RE

    assert credit_of("The ferry at dawn. Photograph by Jane Doe.") == "Photograph by Jane Doe."
    assert credit_of("The lounge is open late. Photograph courtesy of the hotel.")
    assert CAPTION_OPENER_RE.match("Enlarge / The harbour bridge at night.")
    assert not CAPTION_OPENER_RE.match("Enlarge the harbour, the council said.")


def test_image_credits_on_their_own_line() -> None:
    from wirecheck.classify import credit_of

    for line in ("Image Credits: Harbour Labs", "Photo Credit: Jane Doe"):
        assert credit_of(line) == line, line
        assert _kind(line) is Kind.CAPTION, line
    for line in ("The ratio was 3/4 of the vote", "Sources: the ministry said prices would rise"):
        assert credit_of(line) is None, line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(ANI)", True),
        ("EFE", True),
        ("--IANS", True),
        ("==Kyodo", True),
        ("/TASS/", True),
        ("Xinhua", True),
        ("PTI SK RDS", True),
        ("dpa ab/xx", True),
        ("Australian Associated Press", True),
        ("Reuters has more", False),
        ("ksy@yna.co.kr", True),
        ("Reporting by Jane Doe", False),
        ("PTI said the talks would resume", False),
        ("Contact us at desk@example.com for details", False),
        ("The AP", False),
        ("NEW YORK", False),
    ],
)
def test_wire_sign_offs(line: str, expected: bool) -> None:
    from wirecheck.patterns.boilerplate import signs_off

    assert signs_off(line) is expected


@pytest.mark.parametrize(
    "tail",
    [
        "(ANI)",
        "EFE\n\nlcm/mcd",
        "PTI SK RDS",
        "ksy@yna.co.kr\n(END)",
        "bur-fz/jj",
        "--IANS\n\nabc/xyz",
        "(Schluss) sm/hh\nAPA0345 2026-12-01/11:23",  # APA
        "JS // ML\nLusa/Fim",  # Lusa: the desk's initials over its end mark
    ],
)
def test_a_wire_storys_sign_off_lines_are_wire_codes_not_body(tail: str) -> None:
    from wirecheck import parse

    lede = "NEW DELHI, Dec 1 (PTI) The cabinet raised the support price for wheat on Friday."
    story = parse(
        f"Wheat price raised\n\n{lede}\n\nFarm groups welcomed the move.\n\n{tail}\n",
        check=True,
        today=date(2023, 12, 5),
    )
    assert [p[:4] for p in story.body] == ["The ", "Farm"]
    assert {r.reason for r in story.removed} == {"wire-code"}
    assert not [d for d in story.diagnostics if d.code == "WC205"]  # `(ANI)` is no dateline


def test_agencia_brasils_editor_credit_closing_a_story_is_a_credit() -> None:
    from wirecheck import parse

    text = (
        "Governo aprova reforço\n\nO Conselho de Ministros aprovou hoje um reforço de 200 "
        "milhões de euros para o Serviço Nacional de Saúde.\n\nOs sindicatos consideram a "
        "medida insuficiente.\nEdição: Maria Claudia\n"
    )
    story = parse(text, check=False, today=date(2026, 12, 1))
    assert [(r.text, r.reason) for r in story.removed] == [("Edição: Maria Claudia", "credit")]


_CREDIT_PIECES = (
    "(AP Photo/Jane Roe)",
    "(Xinhua/Li Xin)",
    "[File: Jane Doe/Reuters]",
    "[AFP]",
    "REUTERS/Jane Roe/File Photo",
    "AFP PHOTO / JUNG YEON-JE",
    "EFE/Juan Pérez",
    "Foto: Sven Hoppe/dpa",
    "Photographer: Jane Roe",
    "Image source, Getty Images",
    "Photo courtesy the Kremlin",
    "Credit: Jane Roe",
    "WHBN/YouTube",
    "(AP)",
    "Jane Roe via Getty Images",
    "Shutterstock",
    "©AFP",
    "(Jane Roe / Los Angeles Times)",
    "Illustration by Jane Roe",
    "Video: Jane Roe",
    "the mayor said.",
    "in Moscow on Friday",
    "Jane Roe",
    " ",
    "(",
    ")",
    "/",
    "—",
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_CREDIT_PIECES), min_size=1, max_size=6))
def test_the_credit_prefilter_never_hides_a_credit(pieces: list[str]) -> None:
    """``might_end_in_credit`` skips the credit search: it must pass every text the search
    would match in."""
    tail = " ".join(pieces)
    if CREDIT_RE.search(tail):
        assert might_end_in_credit(tail)


_LATE_PIECES = (
    "Some links",
    "may earn a commission from retail offers",
    "SIGN UP TO GET",
    "news",
    "in your inbox",
    "by contributing",
    "as little as $1",
    "Example Media",
    "has affiliate partnerships",
    "we may receive a small commission",
    "when you click",
    "auto-generated from a syndicated feed",
    "generated from an automated agency feed",
    "This website contains only a portion of",
    "CLICK HERE.",
    "Read",
    "the",
    "This site uses Cookies",
    "to personalise ads; manage consent",
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LATE_PIECES), min_size=1, max_size=5))
def test_the_late_chrome_prefilter_never_hides_a_match(pieces: list[str]) -> None:
    """``chrome_sentence`` tries the late-worded shapes only on lines holding one of their
    words: every line they match holds one."""
    text = " ".join(pieces)
    if boilerplate._CHROME_LATE_RE.match(text):
        assert boilerplate.chrome_sentence(text)
    for text_ in (text, text.upper()):
        if boilerplate.COOKIE_NOTICE_RE.match(text_):
            assert boilerplate.cookie_notice(text_)


@pytest.mark.parametrize(
    "line",
    [
        "a0544 AM-Norway-Ferries 1stLd-Writethru 07-21 0213",  # an ANPA header, controls lost
        "a0412 BC-WHEAT-PLANTING 11-06 0245",
        "BC-Norway-Ferries, 1st Ld-Writethru,a0544,0213",  # slug, version, story, words
        "upi 11-06-87 03:12 pes",  # UPI's trailer in lower case
        "UPI 11-06 0312PES",
        "AFP 181651 GMT NOV 22",
        "0945 GMT",
        "ENDIT",
        "AM-Harbor-Dredging, 1st Add,0140",  # an add's slug: cycle, slug, take, words
    ],
)
def test_archive_headers_and_trailers_are_wire_codes(line: str) -> None:
    from wirecheck.patterns.boilerplate import WIRE_CODE_RE

    assert WIRE_CODE_RE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "a0544 reasons the ferry stopped, 07-21 0213",  # a sentence with numbers
        "BC-Norway ferries resumed on Sunday, officials said, after a strike, at last",
        "Up 11-06 from last year",
        "At 0945 GMT the market opened",
    ],
)
def test_prose_shaped_like_them_is_not(line: str) -> None:
    from wirecheck.patterns.boilerplate import WIRE_CODE_RE

    assert not WIRE_CODE_RE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "PUBLISHED: November 29, 2026 at 6:14 p.m. | UPDATED: November 29, 2026 at 9:02 p.m.",
        "Posted Sun 29 Nov 2026 at 2:14pm, updated Sun 29 Nov 2026 at 4:02pm",
        "Published Fri, Nov 27 2026 1:17 AM EST Updated Fri, Nov 27 2026 11:25 AM EST",
        "Originally Published: November 29, 2026 at 6:14 p.m.",
        "Last updated: 29/11/2026 - 14:02",
    ],
)
def test_a_line_of_time_stamps_is_no_prose(line: str) -> None:
    # However long, it is a head's stamp (the head and the story's end decide its place).
    assert boilerplate.stamp_line(line)
    (feat,) = classify(segment([line]))
    assert feat.kind is not Kind.GOOD


@pytest.mark.parametrize(
    "line",
    [
        "Updated figures came at 5 p.m. on Monday.",  # a word of its own
        "November 29, 2026",  # no label: a date line, which the head reads
        "Posted by Jane Doe on November 29, 2026",  # a byline in a stamp
        "The bill was published on Monday, 29 November 2026, at 9 a.m. in the gazette",
    ],
)
def test_a_sentence_or_a_bare_date_is_no_stamp_line(line: str) -> None:
    assert not boilerplate.stamp_line(line)


def test_photo_references_pickup_and_capital_editors_notes_are_wire_codes() -> None:
    for line in (
        "With AP Photos",
        "AP Photos NY101, NY102",
        "AP Photo XLN104",
        "(Writethru)",
        "2nd Ld-Writethru",
        "EDS: Note spelling of name in 3rd graf.",
    ):
        assert _kind(line) is Kind.WIRE_CODE, line
    for line in ("AP Photo/Jane Roe", "With photos from the scene, the museum asked for help."):
        assert _kind(line) is not Kind.WIRE_CODE, line


def test_wire_furniture_over_the_head_is_neither_headline_nor_body() -> None:
    from wirecheck import parse

    story = parse(
        "Late frost threatens Caldbridge vineyards\n"
        "(Writethru)\n"
        "AP Photos NY101, NY102\n"
        "EDS: Note spelling of name in 3rd graf.\n"
        "By Odile Ibarreta\n"
        "Winemakers around Caldbridge lit fires between the rows on Tuesday night as\n"
        "temperatures fell to minus 5 Celsius, weeks after an unusually warm spell had\n"
        "brought the vines into early bud.\n",
        check=False,
    )
    assert story.headline == "Late frost threatens Caldbridge vineyards"
    assert story.body[0].startswith("Winemakers around Caldbridge")
    assert [r.reason for r in story.removed] == ["wire-code"] * 3


def test_anpa_header_lines_in_plain_text_lose_their_close_marks() -> None:
    # ANPA copy with its control characters stripped keeps `^...<` on its header lines.
    from wirecheck import parse

    story = parse(
        "^BC-Port-Strike,0105<\n"
        "^Dockworkers walk out at Caldbridge terminals<\n"
        "^By VESNA SANDOVAL=<\n"
        "    GDANSK, Poland (AP) _ Dockworkers at three terminals walked off the job\n"
        "Thursday, leaving container ships idling at anchor.\n",
        check=False,
    )
    assert story.headline == "Dockworkers walk out at Caldbridge terminals"
    assert story.byline is not None and story.byline.names == ("VESNA SANDOVAL",)


@pytest.mark.parametrize(
    "line",
    [
        "Audio is AI-generated and may contain errors.",
        "Log in, register or subscribe to save articles for later.",
        "Sign in to save stories for later",
        "Already have an account? Sign in",
        "Already a Subscriber? Sign in",
        "Don't have an account? Sign Up Today",
        "Skip to site index",
    ],
)
def test_an_audio_player_note_and_a_login_prompt_are_chrome(line: str) -> None:
    assert _kind(line) is Kind.CHROME


def test_a_sentence_about_audio_or_saving_is_not() -> None:
    for line in (
        "The audio was generated by the museum's own recording studio in 1962.",
        "Residents can register at city hall to save money on their water bills.",
    ):
        assert _kind(line) is not Kind.CHROME, line


def test_a_paper_s_own_photo_credit_in_capitals_and_a_photographs_line() -> None:
    from wirecheck.classify import credit_of

    caption = "The entrance to the hospital in Punggol. ST PHOTO: HUI MIN ONG"
    assert credit_of(caption) == "ST PHOTO: HUI MIN ONG"
    for line in ("Photographs by Marisol Whitcomb", "Scroll down for video"):
        assert _kind(line) is Kind.CHROME, line
