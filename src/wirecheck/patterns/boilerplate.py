"""Patterns for lines that are not the story: site chrome, wire codes, related links.

Each pattern is general (a shape seen across many sites and agencies), never one site's
exact string. Users extend the phrase list with ``extend-boilerplate`` in their config.
Regexes are anchored, or searched only in lines of a few hundred characters, and any
repetition inside a repeated group is bounded, so they run in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wirecheck.patterns.dateline_data import AGENCIES, ENGLISH_MONTHS, WEEKDAYS, norm_key
from wirecheck.patterns.envelope import chat_header
from wirecheck.patterns.stopwords import STOPWORDS
from wirecheck.regexes import regex

# Wire transmission codes and trailers (AP/UPI ANPA, Reuters, Bloomberg):
# `AP-NY-08-07-98 0618EDT`, `BC-Kenya-Explosion, 5th Ld-Writethru`, `Eds: UPDATES ...`,
# `MORE`, `(END)`, `-0-`, `REUTER`, `(Adds comments, detail)`, `(ATTN: ...)`, `--Editors: ...`.
WIRE_CODE_RE = regex(
    r"""^(?:
        [A-Z]{2,4}-[A-Z]{2,3}-\d{2}-\d{2}-\d{2,4}\s+\d{3,4}\s?[A-Z]{3}<?  # AP-NY-08-07-98 0618EDT, ANPA's `<` after
      | BC-[\w-]+(?:[,\s]\s*[\w -]{1,40})?(?:,[\w -]{1,40}){0,2}        # BC-slug, 1st Ld-Writethru,a0544,0213
      | [a-z]\d{4}\s+[A-Za-z][\w]*-[\w-]{1,60}(?:\s+\S{1,30}){0,2}\s+\d{2}-\d{2}\s+\d{3,5}  # a0544 AM-Ferries 1stLd-Writethru 07-21 0213
      | AP-[A-Z]{2,4}-[A-Za-z]+(?:-[A-Za-z0-9]+){1,6}                    # AP-US-Storm-Texas (AP's slug)
      | (?:AM|PM)-[^,\n]{1,60}(?:,[^,\n]{1,30})?,\d{3,4}                 # AM-Cottage Vote,0329; AM-Vote, 1st Add,0140
      | (?:--)?(?:Eds?|EDS?):\s.{0,300}                                  # Eds: / Ed: / EDS: advisories
      | \(?(?:\d{1,2}(?:st|nd|rd|th)\s?(?:Ld|Add)-?\s?)?Write-?[Tt]hru\)?     # (Writethru), 2nd Ld-Writethru
      | (?:With\s+)?AP\s+(?:Photos?|Graphics?|Video)(?:\s+[A-Z]{2,4}\d{3,5}(?:,\s*[A-Z]{2,4}\d{3,5})*)?  # With AP Photos, AP Photos NY101, NY102
      | --?\s*Editors?:.{0,300}                                         # --Editors: (Bloomberg)
      | \(Schluss\)(?:\s+[a-z]{1,4}(?:/[a-z]{1,4})+)?                      # (Schluss) sm/hh: dpa's and APA's end
      | APA\d{3,4}\s+\d{4}-\d{2}-\d{2}/\d{2}:\d{2}                            # APA0345 2026-12-01/11:23
      | [a-z]{2,4}\d{3,4}\s+\d\s+[a-z]{1,3}\s+\d{1,5}\s+[a-z]{2,5}\s+\d{3,4}        # eca0003 3 i 380  dpa 0045: an IPTC 7901 header as text
      | REFILE | \d(?:ST|ND|RD|TH)\s+(?:LEAD|ADD)                                 # a take's version marks (dpa)
      | (?:Lusa|LUSA)\s*/\s*(?:Fim|FIM)                                      # Lusa/Fim
      | (?:MANDATORY\s+|URGENT\s+)?(?:KILL|ELIMINATION|WITHHOLD)(?:\s+(?:KILL|ELIMINATION|WITHHOLD)){0,4}  # a kill notice's mark
      | MORE | \(?END\)? | \(END\)\s+(?:[A-Z][\w&.'’]*\s?){1,4} | -0- | \#{2,}\s*\#? | REUTER | Reuter | \(MORE\) | ENDS?
      | \((?:Adds|Updates|Recasts|Corrects|Changes|Rewrites|Refiles|Repeats|Fixes|Removes|Inserts)\b[^()]{0,120}\)
      | (?:ADDS|UPDATES|RECASTS|CORRECTS|CLARIFIES|REFILES|REPEATS|FIXES)\s(?=[a-z\d])[^()\n]{1,160}  # CORRECTS day of vote in 2nd paragraph
      | (?:VIDEO\s+SHOWS|SHOWS|SHOT\s?LIST|RESTRICTIONS|DURATION|SOT|OUTCUE|INCUE|TRT|VO/SOT|SOUNDBITE|ACCESS)\s*:.{0,400}  # a video script's fields
      | \(ATTN:[^()]{1,160}\)                                             # (ATTN: ADDS details in paras 4-6) (Yonhap)
      | [A-Z]{1,3}\d{3,5}\s*\(?[A-Z]?\)?                                # AP Photo XNP101-style codes
      | (?:[A-Z]{2,5}\s+)?\d{6}\s+(?:GMT|UTC)(?:\s+\w{3}\s+\d{2})?        # 071341 GMT Okt 15, AFP 181651 GMT NOV 22
      | \d{3,4}\s?(?:GMT|UTC)                                            # 0945 GMT, the filing time alone
      | [A-Z]{2,5}-\d{2}-\d{2}-\d{2,4}\s+\d{3,4}\s?[A-Z]{3}               # NYT-06-23-98 1712EDT
      | (?i:[a-z]{2,5}\s+\d{2}-\d{2}(?:-\d{2,4})?\s+\d{1,2}:?\d{2}\s?[a-z]{2,4})  # UPI 03-12-85 04:12 PES, upi 11-06 0312pes
      | c\.\s?\d{4}\s.{0,60}                                              # c.1998 N.Y. Times News Service
      | \((?:STORY|OPTIONAL|EDITORS?|EDS?|CORRECTS?|UPDATES?|NOTE)\b[A-Z0-9 .,:;'/-]{0,120}\)  # (STORY CAN END HERE.)
      | \#{3} | -30- | (?:Enditem|ENDITEM)(?:/[A-Za-z]{1,4})? | ENDIT | \[Editor:[^\]]{0,40}\]
      | (?:[\w.:/-]+\s+){0,3}NNNN                                          # 14-OTT-25 18:32 NNNN (telex end)
      | _{3,} | -{3,} | \*{3,} | ={3,} | ~{3,}                                # ___ section rules (AP)
      | (?i:for\s+immediate\s+release|(?:news|press)\s+release|media\s+advisory
          |(?:for\s+release|embargoed)\s+(?:until|after|at|on)\b.{0,60}         # a release's distribution note
          |(?:(?:embargoed|hold|held|not)\s+)?for\s+(?:release|publication|broadcast)
           \s+(?:until|after|at|on|before|till)\b(?=[^\n]{0,40}?(?:\d|noon|midnight)).{0,80}  # HOLD FOR RELEASE UNTIL 6 P.M.
          |embargo(?:ed)?\s*:(?=[^\n]{0,40}?\d).{0,80}                       # EMBARGO: 0001 GMT Thursday
          )\W*
      | (?:&\#(?:[0-9]|[12][0-9]|3[01]|127);\s*)+                           # &#3; control codes written as entities (Reuters-21578)
      | (?:[A-Z]{2,5}\s+)?[a-z]{2,4}(?:-[a-z]{2,4})?(?:/[a-z]{2,4}(?:-[a-z]{2,4})?){1,5}/?(?:\s+[A-Z]{2,5})?  # ohr/ah/ach, IANS rak/skp/, EFE lcm/mcd, AFP bur-fz/jj: editors' initials
    )\s*$""",
    re.VERBOSE,
)

# A printed page's number, as text taken out of a PDF keeps it between two lines of a
# paragraph: `Page 1 of 2`, `p. 4`, `- 12 -`, and a running head ending in one
# (`THE VALLEY COURIER Page 4`). Never a line of a story: a jump line (`Continued on page 4`)
# is the page's too.
PAGE_NUMBER_RE = regex(
    r"(?:.{0,60}?[\s|·•–—-])?(?:page|pg\.?|p\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\s*"
    r"|[-–—]\s*\d{1,3}\s*[-–—]\s*"
    # a browser's printout: the page's address and its number at the foot, the date, the
    # time and the page's title at the head (`11/3/26, 10:42 AM    Rail link opens | Site`)
    r"|https?://\S{1,300}\s+\d{1,3}\s*/\s*\d{1,3}\s*"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s*(?:[AP]M)?(?:\s+\S+){3}.{0,300}",
    re.IGNORECASE,
)
PAGE_NUMBER_MAX = 400


def page_number(text: str) -> bool:
    """Whether a line is a printed page's number or a browser printout's head or foot
    (``PAGE_NUMBER_RE``)."""
    # Each shape has a mark a few string tests find (most lines, short numbers and dashes
    # included, are spared the search): a page's number ends in a digit after `page`,
    # `pg` or `p.`, or after an address; a dashed number opens with a dash; a printout's
    # head opens with a date and a time.
    if not 3 <= len(text) <= PAGE_NUMBER_MAX:
        return False
    last = text[-1]
    if last.isdigit():
        low = text.lower()
        hinted = "page" in low or "pg" in low or "p." in low or "://" in text or text[0] in "-–—"
    elif last in "-–—":
        hinted = text[0] in "-–—"
    else:
        hinted = text[0].isdigit() and ":" in text[:20]
    return hinted and PAGE_NUMBER_RE.fullmatch(text) is not None


_RUNNING_HEAD_MAX = 70
_YEAR_RE = regex(r"\b(?:19|20)\d\d\b")


def running_head(text: str) -> bool:
    """Whether a line could be a printed page's running head, beside its page number: short,
    dated by a year, no sentence (`Valley Courier-Post - November 3, 2026`)."""
    return (
        0 < len(text) <= _RUNNING_HEAD_MAX
        and not text.rstrip().endswith((".", "!", "?", '"', "”"))
        and _YEAR_RE.search(text) is not None
    )


# `Read also` in the languages of agencies that send English copy next to their own: the
# opener of a box of links set between a story's paragraphs (a regex alternation).
READ_ALSO_ABROAD = (
    r"lesen sie auch|(?:à )?lire aussi|leggi anche|le[ae] también|leia também|lees ook"
)

# Related-story links that sites put between paragraphs: `RELATED Bolton: ...`,
# `Related: ...`, `READ MORE: ...`, `See also: ...`, `ALSO READ | ...`.
RELATED_RE = regex(
    r"^(?:RELATED|Related(?:\s+(?i:stories|articles|coverage|content|news|links?|videos?))?"
    r"|(?:EXCLUSIVE )?READ MORE"
    r"|Read [Mm]ore|"
    r"ALSO READ|Also [Rr]ead|READ ALSO|Read [Aa]lso|SEE ALSO|See [Aa]lso|MORE|More|WATCH|Watch"
    r"|LISTEN|Listen"
    # a gallery's or a clip's link (`PHOTOS: Winter on the islands`); `Video: ...` is left
    # to the credits, as it may name a clip's source
    r"|PHOTOS|Photos|PHOTO GALLERY|Photo [Gg]allery|GALLERY|Gallery|VIDEO|PODCAST|Podcast"
    # the same labels on pages in other languages, before a link: `Lesen Sie auch: ...`
    rf"|(?i:{READ_ALSO_ABROAD}|mehr zum thema|voir aussi|vedi anche|ver también"
    r"|veja também|zie ook))"
    r"(?:\s*[:|>»\-–—]\s*|\s+)(?=\S)"
)

# The jobs writers' bios name: `Jane Roe is a senior editor at ...`.
_BIO_ROLES = (
    r"(?:reporter|editor|writer|correspondent|journalist|columnist|contributor|producer|author|"
    r"analyst|specialist|expert|critic|photographer|strategist|host|anchor|fellow|intern|"
    r"freelancer?)s?"
)

# What follows an article on its page: author bios, research credits, citation boxes.
# Matched only against the last paragraphs of a body, never in the middle of one.
TRAILER_RE = regex(
    r"^(?:(?:more information|journal information|citation|provided by|author|about the author|"
    r"explore further|source)\s*:"
    r"|this document is subject to copyright"
    r"|-{0,2}\s*with (?:additional )?assistance (?:from|by)\b"
    # the desk that filed it, as Reuters signed wire copy: `-- Frankfurt Newsroom, +49 ...`
    r"|-{1,2}\s*(?:[\w.'’-]+ ){1,4}(?:newsroom|desk|bureau)\b[^.!?]{0,60}$"
    # an agency's own closing lines: `Follow AP's coverage of ... at https://...`,
    # `Follow Jane Roe at https://...`, and its funders' note
    r"|(?:follow|find|read) (?:more of )?(?:ap|the associated press)['’]s (?:[\w-]+ ){0,5}coverage\b"
    # a label and a link alone: AP's `AP NFL: https://apnews.com/hub/NFL`
    r"|[\w'’&.-]+(?: [\w'’&.-]+){0,4}:\s*https?://\S+$"
    # Reuters' contact in double parentheses: `((jane.roe@thomsonreuters.com; +44 ...))`
    r"|\(\([^()]{0,200}@[^()]{1,200}\)\)$"
    r"|follow \w[\w'’.-]*(?: \w[\w'’.-]*){0,3} (?:on (?:x|twitter|instagram|bluesky|threads"
    r"|facebook|mastodon)\b|at https?://)"
    r"|.{0,300}\bis solely responsible for all content\b"
    # the publisher's own blurb: `The Associated Press is an independent global news
    # organization dedicated to ...`, `... Company's primary journalistic mission is ...`
    r"|(?:the )?\w[\w.&'’-]*(?: \w[\w.&'’-]*){0,4} is an? (?:[\w-]+ ){0,4}news "
    r"(?:organi[sz]ation|agency|service|outlet|publication|site|company)\b"
    r"|.{0,80}\bjournalistic mission is\b"
    # an author card's line: `Washington-based correspondent covering campaigns ...`
    rf"|(?:\w[\w.'’-]* ){{0,3}}[\w.'’]+-based (?:[\w-]+ ){{0,3}}{_BIO_ROLES} (?:covering|who|for|on)\b"
    # the print edition a web story ran in: `Published in Dawn, November 30th, 2026`
    r"|(?:published|appeared|this article appeared) in (?:the )?(?:print edition of )?"
    r"[\w'’&. -]{2,40},? (?:on )?(?:\w+ \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} \w+,? \d{4})\.?$"
    r"|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3},? (?:is|was|has been|covers|writes|reports|"
    rf"currently works|joined)\b.{{0,160}}\b{_BIO_ROLES}\b"
    # an agency writer's beat: `Jane Roe covers health care for The Associated Press.`
    r"|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} (?:covers|writes about|reports on)\b.{0,100}?"
    r"\bfor (?:the )?(?:associated press|ap|reuters|agence france-presse|afp|bloomberg|upi|"
    r"united press international|canadian press|dpa|efe|xinhua|kyodo|yonhap)\b)",
    re.IGNORECASE,
)

# A note of where the story ran first, wherever the page sets it: `This article originally
# appeared on ...`, `A version of this article appears in print on ...`, `Read the original
# article on ...`, `Originally published as ...`. It names a publication, not a helper of
# this story's, and never opens a sentence of news (`The story appeared in ...` does).
PUBLICATION_NOTE_MAX = 400
PUBLICATION_NOTE_RE = regex(
    r"^(?:editor['’]?s['’]? note:\s*)?"
    r"(?:this (?:interview|conversation|transcript|q&a) (?:has been|was) (?:lightly )?(?:edited|condensed)"
    r"|(?:this|a version of this) (?:article|story|piece|post|report|essay|column|interview"
    r"|feature)\b.{0,60}?\b(?:(?:originally|first) (?:published|appeared|ran|posted|aired)"
    r"|appears? in print|appeared (?:in|on)\b|(?:is|was) (?:republished|reprinted)"
    r"|appears? in the\b.{0,40}?\b(?:print )?(?:edition|issue)\b"
    r"|(?:has not been|was not) edited by"
    # who made or paid for it: `This story was produced in partnership with ...`
    r"|(?:is|was) (?:produced|published|reported|co-published|made possible)"
    r" (?:in (?:partnership|collaboration) with|with (?:the )?(?:support|help|funding) (?:of|from)"
    r"|by a grant from|through a partnership with)\b)"
    # an aggregator's note on syndicated agency copy
    r"|\(?except for the headline,? this (?:story|article|report) has not been edited\b"
    r"|\(?this (?:story|article|report) has not been edited by\b.{0,80}\bsyndicated\b"
    r"|(?:originally|first) published (?:in|on|by|as|at)\b"
    # a syndicator's credit for the copy it republishes, the partner's name closing it:
    # `– Published by ExampleReport.nz, see: WIRE in partnership with Harbour Radio` (a
    # sentence goes on: `Published by the university in partnership with the WHO, the
    # study found ...`)
    r"|[-–—]?\s{0,3}(?:re)?published by\b.{1,160}?\bin (?:partnership|association) with"
    r" [^.!?,;]{1,80}\.?\s*$"
    r"|read the original (?:article|story|post)\b)",
    re.IGNORECASE,
)


# The writer's contact line under a story: `Jane Roe can be reached at jroe@example.com.`,
# `Contact reporter Jane Roe at ...`, `Reach Jane Roe at ...`. An e-mail address must be in
# it: `Police can be reached at 555-0100` may be news.
_CONTACT_LINE_RE = regex(
    r"^[\W_]{0,3}(?:[A-Z][\w.'’-]+ ){1,3}(?:can|may) be reached\b"
    r"|^[\W_]{0,3}(?i:contact|reach|e-?mail|write to)(?: (?i:the )?(?i:reporter|writer|author|columnist))?"
    r" (?:[A-Z][\w.'’-]+ ){1,3}(?:at|via)\b",
)
# An HTML character reference (`&rsquo;`, `&#8217;`, `&#x2019;`): in plain text, markup
# escaped twice (WC506); in a ninjs plain-text field, its producer's escaping.
HTML_REFERENCE_RE = regex(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# An e-mail address: in a contact line, or alone as a wire story's sign-off (Yonhap).
_EMAIL_RE = regex(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CONTACT_LINE_MAX = 300
# Or a social account, as AP's taglines give it: `... can be reached at
# http://twitter.com/JaneRoe .`, `... at @JaneRoe`.
_SOCIAL_ADDRESS_RE = regex(
    r"\breached (?:at|on|via) (?:https?://)?(?:www\.)?"
    r"(?:(?:twitter|x|facebook|instagram|linkedin|threads|bsky)\.(?:com|net|app)/\w|@\w)"
)


def contact_line(text: str) -> bool:
    """Whether a paragraph is the writer's contact line (with an e-mail address or a social
    account)."""
    return (
        len(text) <= CONTACT_LINE_MAX
        and _CONTACT_LINE_RE.match(text) is not None
        and (_EMAIL_RE.search(text) is not None or _SOCIAL_ADDRESS_RE.search(text) is not None)
        and not quotes_someone(text)  # `Contact Jane Roe at ..., the notice said.`
    )


# A closing line crediting helpers: `Associated Press writer Jane Roe in Paris contributed to
# this report.`, `ESPN's Jane Roe contributed to this story.`, `Jane Roe contributed
# reporting.` Either the report is named or a helper's job stands before a name: `Several
# factors contributed.` is news.
_CONTRIBUTED_RE = regex(
    r"\bcontributed(?P<report>(?: reporting| research)?(?: (?:to|for) (?:this|the)"
    r" (?:report|story|article))?)(?: from [^.]{1,60})?\.?\s*$"
)
_HELPER_RE = regex(
    r"\b(?i:writers?|reporters?|correspondents?|researchers?|photographers?|editors?|producers?"
    r"|contributors?)"
    r",? (?:[A-Z][\w.'’-]+ ){1,3}"
)
CONTRIBUTOR_LINE_MAX = 250
# The passive form some papers close a wire story with: `Information for this article was
# contributed by Jane Roe of The Associated Press.`, `Material for this report was compiled
# by ...`.
_CONTRIBUTED_BY_RE = regex(
    r"^(?:Information|Material|Reporting|Details) for this (?:article|report|story) (?:was|were)"
    r" (?:contributed|compiled|gathered|provided) by [A-Z]"
)


# AP's other closing credit: `APTN contributor Jane Roe in Lima helped with this story.`
_HELPED_RE = regex(r"^[^.!?]{1,200}\bhelped with this (?:report|story|article)\.?\s*$")


def contributor_line(text: str) -> bool:
    """Whether a paragraph is a closing line crediting the story's helpers."""
    if len(text) > CONTRIBUTOR_LINE_MAX or quotes_someone(text):
        return False
    if _CONTRIBUTED_BY_RE.match(text):
        return True
    if "helped with" in text and _HELPED_RE.search(text) and _HELPER_RE.search(text):
        return True  # one sentence naming a helper's job: `APTN contributor Jane Roe ...`
    if "contributed" not in text:
        return False
    match = _CONTRIBUTED_RE.search(text)
    if match is None:
        return False
    return bool(match.group("report")) or _HELPER_RE.search(text, 0, match.start()) is not None


# A site's disclaimer, wherever the page sets it: `The opinions expressed by contributors are
# their own ...`, `... is for informational purposes only and is not intended as medical
# advice`, `The news and editorial departments of ... had no role in ...` (sponsored copy).
_DISCLAIMER_RE = regex(
    r"^\W{0,3}(?:(?:the )?(?:opinions?|views?) expressed\b.{0,160}?\b(?:are (?:those of|their own"
    r"|solely|the author)|do(?:es)? not (?:necessarily )?(?:reflect|represent))"
    r"|.{0,120}\bfor (?:general )?(?:(?:educational|entertainment) (?:and|or) )?informational"
    r"(?: (?:and|or) educational)? purposes only\b"
    r"|.{0,120}\bnot (?:intended|meant) (?:as|to be|to provide) (?:a substitute for )?"
    r"(?:professional )?(?:health|medical|financial|legal|investment) advice"
    r"|the news and editorial departments of .{0,80}had no role"
    # A market-data widget's notice: `Quotes displayed in real-time or delayed by at least
    # 15 minutes.`, `*Data is delayed at least 15 minutes`
    r"|(?:(?:stock|market|price) )?(?:quotes?|data|prices)(?: (?:are|is))?(?: (?:displayed|shown))?"
    r"(?: in real[- ]time)?(?:,? or| and)? delayed (?:by )?(?:at least |up to )?\d+ ?min)",
    re.IGNORECASE,
)
DISCLAIMER_MAX = 600
_DISCLAIMER_KEYS = ("expressed", "informational", "advice", "editorial departments", "delayed")


# A newsletter or app prompt, wherever the page sets it: `Sign up for our newsletter!`,
# `Want to keep up with breaking news? Subscribe to our email newsletter.`, `... delivered
# right to your inbox.` A story telling readers they can sign up for the city's alerts names
# no `our` and no inbox.
_SIGNUP_RE = regex(
    r"\b(?:sign up|subscribe|signing up|register)\b.{0,60}\b(?:our|my)\b.{0,40}"
    r"\b(?:newsletters?|e-?mail|e-course|app|podcast)\b"
    r"|\b(?:to|in|into) your inbox\b"
    r"|^\W{0,3}(?:please )?(?:sign up|subscribe)\b"
    r"|\bthanks for (?:signing up|subscribing)\b"
    r"|^thanks for reading\b.{0,80}\bsubscribe\b"  # a newsletter post's foot (Substack)
    # a paywall's meter: `You've reached your limit of free articles.`
    r"|^you(?:'ve|’ve| have) reached (?:your|the) (?:limit|maximum) of (?:free )?(?:articles|stories)\b"
    r"|\bnewsletter\. sign up\b",
    re.IGNORECASE,
)
SIGNUP_MAX = 300
_SIGNUP_KEYS = ("sign", "subscri", "inbox", "regist", "reached")


def _house_line(
    text: str, low: str, limit: int, keys: tuple[str, ...], test: Callable[[str], object]
) -> bool:
    """A paragraph (``low`` is it lowercased) of at most ``limit`` characters holding one of
    ``keys`` that ``test`` accepts and that quotes nobody. The plain substring test comes
    first: the regexes would otherwise scan every paragraph."""
    if len(text) > limit or not any(key in low for key in keys):
        return False
    return test(text) is not None and not quotes_someone(text)


def signup_prompt(text: str, low: str) -> bool:
    """Whether a paragraph asks readers to sign up for the site's newsletter or app."""
    return _house_line(text, low, SIGNUP_MAX, _SIGNUP_KEYS, _SIGNUP_RE.search)


def disclaimer(text: str, low: str) -> bool:
    """Whether a paragraph is a site's disclaimer (a sentence quoting someone never is)."""
    return _house_line(text, low, DISCLAIMER_MAX, _DISCLAIMER_KEYS, _DISCLAIMER_RE.match)


def publication_note(text: str) -> bool:
    """Whether a paragraph is only a note of where the story was published first."""
    return len(text) <= PUBLICATION_NOTE_MAX and PUBLICATION_NOTE_RE.match(text) is not None


# A note of where the copy came from, alone on its line: a label and agencies' names
# alone (`Source: AFP`, French `Source : AFP`, `Sources: AFP, Reuters`, `Source: National
# News Agency`), or a portal's tail naming the outlet and the day it ran the story
# (`(Xinhua News Agency September 17, 2006)`, `(China Daily 17 September 2006)`): names
# and a date, nothing a caption says.
SOURCE_NOTE_MAX = 80
_SOURCE_LABEL_RE = regex(r"(?i:sources?|fontes?|fuentes?|quelle)\s?:\s*(\S.{0,60}?)\.?\s*")
_SOURCE_NAMES_RE = regex(r"\s*(?:[,/&]|\band\b)\s*")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_OUTLET_DATED_RE = regex(
    r"\((?:[A-Z][\w.&'’-]*\s+){1,6}"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\)"
)


# A news agency by its name's shape, listed or not (`National News Agency`, `Velland Press
# Agency`): capitalised words closing on `News Agency` or `Press Agency`.
_AGENCY_SHAPE_RE = regex(r"(?:[A-Z][\w.'’&-]*\s+){1,4}(?:News|Press)\s+Agency")


def _agency_name(name: str) -> bool:
    """Whether a source note's name is an agency's: a listed one, `agencies`, or one
    shaped as an agency's name."""
    key = norm_key(name)
    return key in AGENCIES or key == "agencies" or _AGENCY_SHAPE_RE.fullmatch(name) is not None


def source_note(text: str) -> bool:
    """Whether a line only notes where the copy came from: `Source: AFP`, `(Xinhua News
    Agency September 17, 2006)` (see above)."""
    text = text.strip()
    if len(text) > SOURCE_NOTE_MAX or text[:1] not in "(SsFfQq":
        return False
    if text[:1] == "(":
        return _OUTLET_DATED_RE.fullmatch(text) is not None
    label = _SOURCE_LABEL_RE.fullmatch(text)
    if label is None:
        return False
    names = _SOURCE_NAMES_RE.split(label.group(1))
    return all(_agency_name(name) for name in names)


# A word each kind of house line holds (lowercased): a note of where the story ran first
# (`this`, `published`, `original`), a contact line (`reach`, `contact`, `mail`), a
# contributor line, a disclaimer and a signup prompt (their own keys). Page chrome, the
# short lines a page is mostly made of, holds none and is spared the five tests.
_HOUSE_KEYS = (
    "this",
    "publish",
    "original",
    "reach",
    "contact",
    "write to",
    "mail",
    "contributed",
    *_DISCLAIMER_KEYS,
    *_SIGNUP_KEYS,
)


def house_line(text: str) -> str | None:
    """The reason a paragraph the page or the wire sets around any story is not story,
    wherever it stands: `credit` for a note of where it ran first, the writer's contact
    line and a line crediting helpers; `boilerplate` for a disclaimer or a newsletter
    prompt; else None."""
    if source_note(text):
        return "credit"  # `Source: AFP`, `(Xinhua News Agency September 17, 2006)`
    low = text.lower()
    if not any(key in low for key in _HOUSE_KEYS):
        return None
    if publication_note(text) or contact_line(text) or contributor_line(text):
        return "credit"
    if disclaimer(text, low) or signup_prompt(text, low):
        return "boilerplate"
    return None


# A writer's bio as pages set it under the byline, above the story: `Jane Roe is the
# assistant food editor at ...`, `By Jane Roe, one of the authors of ...`, `Jane Roe covers
# courts`, `As a Gazette analyst, I report on ...`.
AUTHOR_BIO_RE = regex(
    r"^(?:(?:by\s+)?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3},? (?:(?:is|was|has been|joined|"
    rf"one of)\b.{{0,200}}?\b{_BIO_ROLES}\b|(?:covers|writes about|reports on)\b)"
    rf"|as an? .{{0,60}}\b{_BIO_ROLES}, I\b)",
    re.IGNORECASE,
)

# Marks after which a release or a wire story has ended: `###` (press releases), `-30-`,
# `(END)` (KUNA's `(end)`), `Enditem` (Xinhua). What follows is contact blocks and
# boilerplate.
# `Enditem/AW` (CNA) and KUNA's `(end) mzh.mt` add the desks' initials; `NNNN` ends a
# telex, after its time stamp (`14-OTT-25 18:32 NNNN`, ANSA).
_KUNA_DESKS = r"[a-z]{1,4}(?:\.[a-z]{1,4}){0,3}"
END_MARK_RE = regex(
    r"^(?:\#{3}|-30-|\(?END\)?|\(end\)|ENDS?|ENDIT|(?:Enditem|ENDITEM)(?:/[A-Za-z]{1,4})?|-0-"
    rf"|\(end\)\s+{_KUNA_DESKS}"
    r"|\(END\)\s+(?:[A-Z][\w&.'’]*\s?){1,4}"  # `(END) Dow Jones Newswires`
    r"|(?:[\w.:/-]+\s+){0,3}NNNN)\s*$"
)

# The end mark of Spanish, Portuguese, Italian and French agency copy, on its own line
# under the last paragraph: EFE's `(Fin)`, Lusa's `Fim`, ANSA's `FINE`, `FIN`; and PA's
# lower-case `ends`. Read only at the story's foot (``structure``): `Fine` or `Ends` alone
# elsewhere may be a word of a list.
FOREIGN_END_MARK_RE = regex(r"\((?i:fin|fim|fine)\)\.?|(?:Fin|FIN|Fim|FIM|FINE|ends|Ends)\.?")

# What closes a wire story under its last paragraph (see ``signs_off``).
# `PTI SK RDS`; dpa's lowercase desk codes only in their slashed form (`dpa ab/xx`).
_DESK_INITIALS_RE = regex(r"(?:\s+(?:[A-Z]{2,4}|[a-z]{1,4}(?:/[a-z]{1,4})+)){1,4}")
_DPA_CODES_RE = regex(r"[a-z0-9]{1,4}(?: [a-z0-9]{1,4}){0,5}")
# A desk's initials alone on the line over a transmission's end (`TAM` over ANSA's
# `14-OTT-25 18:32 NNNN`).
DESK_INITIALS_ALONE_RE = regex(r"[A-Z]{2,4}(?:[ /-][A-Z]{2,4}){0,2}")
# The desk's codes closing a story on their own line, the story's last: initials and
# numbers between full stops, slashes or asterisks (`K.F`, `aa.gb`, `/NN/`, `JPI // JH`,
# IRNA's `9417**1429`), two codes at least or one in slashes (`USA` alone is a list's
# item). No word of a sentence fits: a lower-case code is two letters.
DESK_CODE_LINE_RE = regex(
    r"/(?:[A-Z]{1,4}|[a-z]{1,2})/"
    r"|(?:[A-Z]{1,4}|[a-z]{1,2}|\d{1,6})(?:\s*(?:[./*]+|//)\s*(?:[A-Z]{1,4}|[a-z]{1,2}|\d{1,6})"
    r"|\s+(?:[A-Z]{1,4}|\d{1,6}))+"
)
DESK_CODE_MAX_CHARS = 16


# The codes after an agency's name, in capitals or lower case, between spaces or slashes,
# a filing time among them: `PAP/ mo/ kw/`, `NZPA jr kc`, `BSS/GM/SA/2045 hrs`.
_DESK_CODES_RE = regex(
    r"(?:[A-Z]{2,4}|[a-z]{1,3}|\d{3,4}(?: ?hrs)?)(?:[ /]+(?:[A-Z]{2,4}|[a-z]{1,3}|\d{3,4}(?: ?hrs)?)){0,5}/?"
)
# An agency's name and its writer's, slashed: `WAM/Mohammed Aamir`.
_AGENCY_WRITER_RE = regex(r"([A-Z]{2,5})/(?: ?[A-Z][a-z]+){1,3}")
# An agency's full name and its acronym: `African News Agency (ANA)`, `Press Trust of
# India (PTI)`; a name without such a word is a place (`New York (AP)`).
_NAMED_ACRONYM_RE = regex(
    r"(?=.*\b(?:Agency|Agence|Agencia|Agenzia|Press|News|Service|Wire)\b)"
    r"[A-Z][\w.'’-]*(?: (?:of|[A-Z][\w.'’-]*)){0,5} \(([A-Z]{2,6})\)"
)
# Editors' codes over the agencies the story drew on, as DW closes stories:
# `ab/sms (AP, Reuters, dpa)`.
_CODES_THEN_AGENCIES_RE = regex(r"[a-z]{1,4}(?:/[a-z]{1,4})+\s*\(([\w .-]+(?:, [\w .-]+){0,4})\)")
# The wires pooled, signed after a dash as South Asian papers close rewritten agency copy
# (`—Agencies`). Without its dash the word is a byline's or a source note's.
_POOLED_SOURCES = frozenset({"agencies", "newsagencies"})
# A filing stamp in parentheses alone, as Jiji ends its stories: `(2026/11/29-18:40)`.
_FILING_STAMP_RE = regex(r"\(\d{4}/\d{1,2}/\d{1,2}[- ]\d{1,2}:\d{2}\)")


# Between an agency's names in a dash sign-off: `Emirates News Agency, WAM`, `AFP/Reuters`.
_SIGN_OFF_NAMES_RE = regex(r"\s*[,/]\s*")
_SIGN_OFF_NAMES = 3


def _agencies_named(text: str) -> bool:
    """Whether ``text`` is agencies' names alone, two or three of them set apart by commas
    or slashes: an agency's full name and its short one, or the wires a story drew on."""
    names = _SIGN_OFF_NAMES_RE.split(text)
    return 2 <= len(names) <= _SIGN_OFF_NAMES and all(norm_key(n) in AGENCIES for n in names)


# A source's name in brackets after a dash, as a syndicator signs off the copy it carries
# (`– (MENA Report)`): a proper name of a few capitalised words. The dash and the brackets
# together make the sign-off; a bracketed name alone is a caption's credit or an aside.
_DASH_SOURCE_RE = regex(r"[—–-]\s*\(([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})\)")


# The marks around an agency's name signing off: `==Kyodo`, `/TASS/`, `(AFP)`, `– WAM -`.
SIGN_OFF_MARKS = "()[]/=-–—. "


def signs_off(text: str) -> bool:
    """A wire story's sign-off: the agency's name alone (`(ANI)`, `EFE`, `==Kyodo`), with its
    full name (`African News Agency (ANA)`), with its desk's codes (`PTI SK RDS`, `NZPA jr
    kc`, `(Hina) ms`, `PAP/ mo/ kw/`, `BSS/GM/SA/2045 hrs`) or its writer's name (`WAM/
    Mohammed Aamir`); a filing stamp (`(2026/11/29-18:40)`); or the writer's e-mail
    address alone (`ksy@yna.co.kr`, Yonhap). Only the lines under the last paragraph are
    tested: inside a story, a lone agency name is a byline's credit line."""
    text = text.strip()
    if len(text) > 60:
        return False
    if _EMAIL_RE.fullmatch(text):
        return True
    bare = text.strip(SIGN_OFF_MARKS)  # `==Kyodo`, `/TASS/`
    if norm_key(bare) in AGENCIES:
        return True
    if text[:1] in "—–-" and norm_key(bare) in _POOLED_SOURCES:
        return True  # `—Agencies`
    if text[:1] in "—–-" and _agencies_named(bare):
        return True  # WAM's `– Emirates News Agency, WAM -`: its full name and its short one
    if text[:1] in "—–-" and _DASH_SOURCE_RE.fullmatch(text):
        return True  # `– (MENA Report)`: the syndicated source's name
    if bare[:4].lower() == "via " and norm_key(bare[4:]) in AGENCIES:
        return True  # `Via MTI`
    sourced = _CODES_THEN_AGENCIES_RE.fullmatch(text) if text.endswith(")") else None
    if sourced and all(norm_key(a) in AGENCIES for a in sourced.group(1).split(", ")):
        return True  # DW's `ab/sms (AP, Reuters, dpa)`: the editors' codes, the sources
    if text.startswith("(") and ")" in text:
        bare = bare.replace(")", "", 1)  # `(Hina) ms`
    head, _, rest = bare.replace("/", " ", 1).partition(" ")
    if norm_key(head) in AGENCIES and rest.strip():
        if head == "dpa" and _DPA_CODES_RE.fullmatch(rest):
            return True  # `dpa aw yydd n1 sk`: dpa writes its name, and its codes, in lowercase
        codes = rest.strip()
        # `AP is`: a sentence's start; desk codes are no English words.
        if _DESK_CODES_RE.fullmatch(codes) and not STOPWORDS.intersection(codes.split()):
            return True
    # The shapes below each need a slash or a closing bracket: most lines have neither.
    if "/" in text:
        writer = _AGENCY_WRITER_RE.fullmatch(text)
        if writer and norm_key(writer.group(1)) in AGENCIES:
            return True
    if not text.endswith(")"):
        return False
    named = _NAMED_ACRONYM_RE.fullmatch(text)
    if named and norm_key(named.group(1)) in AGENCIES:
        return True
    return _FILING_STAMP_RE.fullmatch(text) is not None


# A sign-off or end mark run into the last paragraph, after its closing sentence:
# `... said. PTI SK RDS`, `... next year. (ANI)`, `... the bureau said. Enditem`.
_INLINE_CLOSE_WINDOW = 64
# A dash sign-off may follow the stop with no space (`... in total.—Agencies`).
_INLINE_CLOSE_RE = regex(r"(?<=[.!?\"'”’])(?:\s+|(?=[—–-]))(\S[^.!?@]{0,58})$")
# A desk's initials in parentheses, as Agenzia Nova signs off its stories: `... su
# Facebook. (Rin)`. In Title Case or lower case only: in capitals it is a name (`(UN)`),
# or an agency's, which ``signs_off`` reads. Two slashed (`(Jane/Doe)`) are a photo's
# credit, which ``classify`` reads.
_DESK_SIGN_OFF_RE = regex(r"\((?:[A-Z][a-z]{1,3}|[a-z]{2,4})\)")
_CLOSING_QUOTES = "\"'”’»"
# KUNA's end mark with its desks' initials between full stops, run into the last
# paragraph: `... the campaign." (end) mzh.mt`. The full stops keep it from the window
# above, which stops at a sentence's stop; the `(end)` ahead of them makes it safe.
_END_DESK_CODES_RE = regex(
    rf"(?<=[.!?\"'”’])\s+\((?:end|END)\)\s+(?:{_KUNA_DESKS}|[A-Z]{{1,4}}(?:\.[A-Z]{{1,4}}){{0,3}})$"
)


def _desk_sign_off(text: str, at: int, tail: str) -> bool:
    """Whether ``tail``, from ``at``, is a desk's initials closing the story: right after
    its closing sentence's stop, a quotation's mark perhaps closing over it (`... the
    Smiths' (Rin)` is no sign-off)."""
    if not _DESK_SIGN_OFF_RE.fullmatch(tail):
        return False
    return text[:at].rstrip().rstrip(_CLOSING_QUOTES)[-1:] in (".", "!", "?")


def inline_close(text: str) -> int | None:
    """Where a sign-off or end mark that closes the paragraph starts (its leading space),
    else None. An e-mail address is left alone here: in running text it is a contact."""
    if not text or text[-1] in ".!?":
        return None  # most paragraphs: they end in their own sentence's stop
    coded = _END_DESK_CODES_RE.search(text, max(0, len(text) - _INLINE_CLOSE_WINDOW))
    if coded is not None:
        return coded.start()
    match = _INLINE_CLOSE_RE.search(text, max(0, len(text) - _INLINE_CLOSE_WINDOW))
    if match is None:
        return None
    tail = match.group(1).rstrip()
    if END_MARK_RE.match(tail) or signs_off(tail) or _desk_sign_off(text, match.start(), tail):
        return match.start()
    return None


# A teaser's link run onto its text after the closing sentence (`... said on Wednesday.
# …read more`, `... the plan. Continue reading »`): no sentence ends in it bare.
_READ_MORE_TAIL_RE = regex(
    r"(?<=[.!?\"'”’…\]])\s*(?:…|\.{3}|\[…\]|\[\.{3}\])?\s?"
    r"(?i:read more|continue reading)\s?(?:»|›|→|>{1,2})?$"
)
_READ_MORE_WINDOW = 40


def inline_read_more(text: str) -> int | None:
    """Where a teaser's `read more` link closing the paragraph starts, else None."""
    if not text or text[-1] in ".!?":
        return None
    match = _READ_MORE_TAIL_RE.search(text, max(0, len(text) - _READ_MORE_WINDOW))
    return None if match is None else match.start()


# Phrases that make up whole chrome lines across news sites. Matched case-insensitively
# against the start of a short line; see ``is_chrome_phrase``.
CHROME_PHRASES: tuple[str, ...] = (
    # feedback and end-of-article prompts
    "was this page helpful",
    "join our commenting forum",
    # a live blog's controls
    "key events",
    "show key events only",
    "show all updates",
    "how we handle corrections",
    "send us your feedback",
    "short link",
    "was this article helpful",
    "was this helpful",
    "did you find this helpful",
    "did you find this article helpful",
    "thanks for reading",
    "thank you for reading",
    "before you go",
    "copied",
    "save for later",
    "become a member",
    "other news",
    "comments are closed",
    "editor's picks",
    "editors' picks",
    "editors' recommendations",
    "read more about",
    "advertisement",
    "advertise with us",
    "skip to content",
    "skip to main content",
    "skip navigation",
    "skip to navigation",
    "skip to main navigation",
    "skip to search",
    "skip to footer",
    "skip to site index",
    # a mobile or AMP page's link back to the full site (WordPress AMP themes' foot)
    "exit mobile version",
    "go to mobile version",
    "view non-amp version",
    "view full site",
    "go to full site",
    "news provided by",
    "scroll down for video",
    # in-article slots the parser reads past (classify's INLINE): WC307 reports them
    "scroll to continue with content",
    "scroll down to continue",
    "ad feedback",
    "loading",
    # in-page navigation over a table of contents
    "jump to",
    "jump to section",
    "in this article",
    "in this guide",
    "on this page",
    "quick links",
    "latest headlines",
    "top headlines",
    "latest news",
    "latest stories",
    "top stories",
    "top picks",
    "most read",
    "most popular",
    "most viewed",
    "trending",
    "trending now",
    "follow us",
    "follow on",
    "share this",
    "share this article",
    "share on",
    "share via",
    "share",
    "tweet",
    "email",
    "print",
    "comments",
    "listen to article",
    "listen to this article",
    "sign up",
    "sign in",
    "log in",
    "subscribe",
    "subscribe now",
    "newsletter",
    "get the latest",
    "read more",
    "read next",
    "up next",
    "recommended",
    "recommended for you",
    "you may also like",
    "you might also like",
    "people are also reading",
    "instagram content",
    "your email",
    "more from",
    "more stories",
    "related stories",
    "related articles",
    "related coverage",
    "related topics",
    "topics",
    "tags",
    "copyright",
    "all rights reserved",
    "privacy policy",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "cookie policy",
    "cookie settings",
    "we use cookies",
    "this website uses cookies",
    "accept all cookies",
    "manage cookies",
    "contact us",
    "about us",
    "careers",
    "site map",
    "sitemap",
    "back to top",
    "back to main",
    "back to home",
    "back to homepage",
    "go to top",
    "loading",
    "click here",
    "download the app",
    "get the app",
    "watch live",
    "watch now",
    "listen now",
    "our standards",
    "purchase licensing rights",
    "sponsored",
    "sponsored content",
    "paid content",
    "promoted",
    "image",
    "photo",
    "video",
    "getty images",
    "enlarge this image",
    "toggle caption",
    "hide caption",
    "close",
    "menu",
    "search",
    "open menu",
    "close menu",
    "open navigation",
    "view comments",
    "read comments",  # a news site's link to the item's comments, under its lede
    "discussions",  # a comment section's label, as `comments` is
    "leave a comment",
    "add a comment",
    "post a comment",  # a blog's comment box under the post (Blogger)
    "no comments",  # the count over it, when there are none
    "join the conversation",
    "report an error",
    "report a correction",
    "support our journalism",
    "donate",
    "already a subscriber",
    "continue reading",
    "story continues below",
    "article continues below",
    "continue reading below",
    "this article was",
    "this story was",
    "click to share",
    "opens in new window",
    "story continues",
    "related",
    "more",
    "don't miss",
    "credit",
    "credits",
    "image credit",
    "after newsletter promotion",
    "supports html5 video",
    "published",
    "updated",
    "last updated",
    "posted",
)

# The same buttons, labels and prompts on pages in the languages of the agencies that
# send English copy next to their own (EFE, dpa, APA, AFP, ANSA, Lusa, ANP): whole
# lines, as above.
OTHER_LANGUAGE_CHROME: tuple[str, ...] = (
    # Spanish
    "publicidad", "anuncio", "compartir", "compartir en facebook", "compartir en twitter",
    "compartir en x", "compartir en whatsapp", "leer más", "lee también", "lea también",
    "te puede interesar", "también te puede interesar", "noticias relacionadas",
    "artículos relacionados", "lo más leído", "más leídas", "comentarios", "síguenos",
    "suscríbete", "suscríbete a nuestro boletín", "última hora", "ver más", "cargando",
    # German
    "anzeige", "werbung", "teilen", "artikel teilen", "lesen sie auch", "mehr zum thema",
    "weiterlesen", "mehr lesen", "das könnte sie auch interessieren", "meistgelesen",
    "kommentare", "folgen sie uns", "newsletter abonnieren", "artikel merken", "drucken",
    "zum artikel", "verwandte artikel", "ähnliche artikel",
    # French
    "publicité", "partager", "partager sur facebook", "partager sur twitter",
    "partager sur x", "à lire aussi", "lire aussi", "lire la suite", "voir aussi",
    "sur le même sujet", "articles similaires", "les plus lus", "commentaires",
    "suivez-nous", "abonnez-vous", "abonnez-vous à notre newsletter", "imprimer",
    # Italian
    "pubblicità", "condividi", "leggi anche", "leggi di più", "articoli correlati",
    "potrebbe interessarti", "più letti", "i più letti", "commenti", "seguici",
    "iscriviti alla newsletter", "ultima ora", "ultime notizie", "ultime news", "stampa",
    # Portuguese
    "publicidade", "compartilhar", "partilhar", "leia também", "leia mais", "veja também",
    "notícias relacionadas", "matérias relacionadas", "mais lidas", "comentários",
    "siga-nos", "assine", "inscreva-se",
    # Dutch
    "advertentie", "delen", "lees ook", "lees meer", "gerelateerde artikelen",
    "meest gelezen", "reacties", "volg ons", "abonneer",
)  # fmt: skip

# A term of a page's taxonomy (`HEALTH`, `Narendra Modi`, `Arts and Culture`), perhaps a
# run of terms set apart by spaces alone (`Tagged: Belgique Algérie colonisation`).
_TAXONOMY_TERM = r"[^\s.!?:,|;/·•]+(?: [^\s.!?:,|;/·•]+){0,9}"
# A hashtag term, perhaps of a few words (`#Real Estate`).
_HASH_TERM = r"#[^\s#]{1,40}(?: [^\s#]{1,40}){0,3}"
# The words of a sentence that a taxonomy's terms go without (`Tags: the board said ...`).
_SENTENCE_WORDS = (
    "the|a|an|of|to|in|on|at|for|by|with|from|was|were|is|are|be|been|had|has|have|said|"
    "says|that|which|who|will|would|it|its|they|their|he|she|his|her|we|our"
)
# Openers of chrome sentences that can be long: newsletter, app and social prompts,
# copyright and rights notices, corrections boxes, AI/translation notes.
_CHROME_LEAD_RE = regex(
    r"^(?:"
    r"(?:sign up|subscribe|register)\b.{0,40}\b(?:newsletter|email|updates|alerts|free)"
    r"|follow\s+(?:@?[\w.&' -]{1,40}\s+)?(?:on|at)\s+(?:twitter|x|facebook|instagram|linkedin|threads|tiktok|youtube|bluesky|mastodon|google news|whatsapp)"
    r"|share or comment on this (?:article|story)"
    # a site's ad sales prompt: `ADVERTISE WITH US , email us at :`, `Advertise with us`
    r"|advertise (?:with|on) (?:us|our (?:site|website|pages))\b"
    # a site search's prompt: `Can't find what you're looking for? Try Google Search.`
    r"|(?:can['’]?t|cannot|couldn['’]?t|could not|didn['’]?t|did not|not) find(?:ing)? what "
    r"you(?:['’]re| are| were)? looking for\b"
    # a media widget's outage notice: `We're sorry, this feature is currently unavailable.`
    r"|(?:we['’]re|we are) sorry,? (?:but )?(?:this|the) (?:feature|video|content|service|"
    r"player|page) is (?:currently |temporarily )?(?:unavailable|not available)\b"
    # a browser's notice over a page: `Your web browser is no longer supported.`
    r"|your (?:web )?browser (?:is (?:no longer|not) supported|is out of date|is outdated)\b"
    r"|please (?:update|upgrade) your browser\b|(?:update|upgrade) your browser\W*$"
    r"|please enable javascript\b|javascript is (?:disabled|required|turned off)\b"
    # A subscriber's gift-article offer: `Share the best of The Herald with friends, family,
    # or colleagues. As a subscriber, you can gift ...`
    r"|share the best of .{1,60}? with (?:your )?(?:friends|family|colleagues)\b"
    r"|as a subscriber,? you (?:can|may) (?:gift|share)\b"
    # A call for readers' pictures and stories (CNN's iReport, `Send us your photos`).
    r"|(?:[^.?!\n]{5,120}\? )?(?:please )?(?:share|send|upload|submit) (?:us )?your (?:own )?"
    r"(?:(?:photos?|pictures?|videos?|footage|stories|story|tips?)(?:,? (?:and |or )?)?){1,4}"
    r"\b.{0,80}\b(?:with us|to us|here|below|(?:at )?(?:cnn )?ireport)\W{0,3}$"
    r"|(?:tell|show) us (?:about )?your (?:\w+ ){0,2}(?:stories|story|photos|pictures|experiences?)"
    r"[?.!] .{0,80}\b(?:share|send|upload|submit|ireport|comment)"
    r"|letters to the editor\s*:\s*send\b"
    r"|save articles to read later\b"
    # `Join ST's WhatsApp Channel and get ...`, `Get the latest news on WhatsApp`
    r"|(?:join|follow)\s+(?:our|the)?\s*(?:[\w'’]{1,20}\s+)?(?:whatsapp|telegram)\s+(?:channel|group)"
    r"|get (?:the )?latest news on (?:whatsapp|telegram|google news)"
    r"|\(?(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}|[A-Z])"  # AP's `(Copyright 2026 by ...)`
    # A broadcaster's notes on a story's audio and transcript: `Audio will be available later
    # today.`, `The audio version of this article is generated by text-to-speech ...`,
    # `Listen to the full report on ...`, `THIS IS A RUSH TRANSCRIPT.`, `... transcripts are
    # created on a rush deadline ...`
    r"|audio (?:for this (?:story|report) )?will be available (?:later|soon|shortly)\b"
    r"|(?:the )?audio version of this (?:article|story|report) (?:is|was) (?:generated|created)\b"
    r"|listen to the (?:full|whole|complete) (?:report|interview|episode|story|segment) on\b"
    # an embedded video's card: `Duration 2:14`, `Video Duration 02 minutes 14 seconds`
    r"|(?:video )?duration\s*:?\s*(?:\d{1,2}(?::\d{2}){1,2}|\d{1,3} min(?:ute)?s?(?: \d{1,2} sec(?:ond)?s?)?)\s*$"
    r"|this is a rush transcript\b|[\w.&'’ -]{0,40}\btranscripts? (?:are|is) (?:created|produced)"
    r" on a rush deadline\b"
    r"|all rights reserved|riproduzione riservata|tous droits réservés|alle rechte vorbehalten"
    r"|todos los derechos reservados"
    r"|this (?:material|article|story|content) may not be (?:published|reproduced)"
    r"|we use cookies|by (?:using|continuing to use) this (?:site|website)"
    r"|(?:get|download|install) (?:the|our) .{0,30}\bapp\b"
    # `Stay up to date on all the latest news with The Example Times App. Download now`: the
    # app closes the line (`... with the county's alert app, the sheriff said` is news). A
    # promotion asks for the app (`Download now`), names it as a product (`The Example
    # App`) or as the house's (`our app`), or is a button's line with no stop: `Stay
    # informed with the county's free alert app.` is the story's advice.
    r"|stay (?:up to date|up-to-date|updated|informed|connected)\b[^.!?]{0,100}?\bwith "
    r"(?:[^.!?]{0,50}?\bapp\b\W{0,3}(?:download|install|get it)\b[\w ]{0,20}"
    r"|(?:the )?[^.!?]{0,50}?\b(?-i:App)\b|our [^.!?]{0,40}?\bapp\b|[^.!?]{0,50}?\bapp\s*$)"
    r"\W*$"
    # A blog's post footer, its label with no colon, closing on the comments' link after a
    # bar (WordPress: `Posted in Uncategorized | Leave a comment`, `... | 3 Comments`).
    rf"|posted in {_TAXONOMY_TERM}(?:\s*[,|]\s*{_TAXONOMY_TERM}){{0,8}}\s*\|\s*"
    r"(?:leave a (?:comment|reply)|\d{1,5} comments?|no comments|comments (?:off|closed))\s*$"
    # A page's taxonomy under the story: a label and its keywords, no sentence
    # (`Filed Under: HEALTH, World`, `Tags: ...`, `Categories: ...`, `Posted in: ...`):
    # terms set apart by commas, bars or spaces, with none of a sentence's little words
    # (`Tags: the board said ...` is a line of the story) and no series of prose
    # (`Categories: cost, child care and sports`; a term is `Arts and Culture`).
    r"|(?:filed under|tags|tagged(?: (?:with|in|as))?|categories|category|posted in)\s*:\s*"
    rf"(?!.{{0,200}}?(?-i:\b(?:{_SENTENCE_WORDS})\b|[a-z] (?:and|or) [a-z]))"
    rf"{_TAXONOMY_TERM}(?:\s*[,|;/·•]\s*{_TAXONOMY_TERM})*"
    r"\s*$"
    # The same taxonomy as hashtags, its label bare (`tags #Harbour #Transport #Real
    # Estate`): every term opens with `#`, which no sentence's words do.
    rf"|(?:tags|tagged|topics)\s{{0,3}}:?\s{{0,3}}{_HASH_TERM}(?:\s{{1,3}}{_HASH_TERM}){{0,20}}\s*$"
    r"|get (?:our |the )?(?:[\w-]+ ){0,3}(?:newsletters?|e-?alerts|alerts|notifications)\b"
    r"|turn on (?:desktop |push |browser )?notifications"
    r"|(?:have|got) a (?:news )?tip\b"
    r"|to contact the (?:reporter|writer|editor)s?\b"
    r"|(?:read|see) (?:more|the full story|our)\b.{0,40}(?:here|at|on)\b"
    r"|click here\b"
    r"|(?:the|this) (?:associated press|ap) (?:receives|is solely)"
    r"|our standards\s*:"
    r"|story continues below"
    r"|this (?:report|story|article)\b.{0,60}\bwas (?:first )?published"
    # Social embeds flattened to text: Instagram and X/Twitter cards.
    r"|view (?:this|the full) post on (?:instagram|facebook|x|twitter|tiktok)"
    r"|a post shared by\b"
    r"|pic\.twitter\.com/\S+$"
    r"|— .{1,60} \(@\w{1,30}\) \w+ \d{1,2}, \d{4}$"
    r"|(?:to view this video|please enable javascript|your browser does not support)"
    r"|(?:ie|internet explorer) ?\d* is not supported|(?:this|your) browser is (?:not|no "
    r"longer) supported|for an optimal experience,? visit our site on another browser"
    r"|(?:please )?(?:upgrade|update) (?:to a (?:newer|modern) browser|your browser)\b"
    r"|by submitting your (?:information|email)|skip past newsletter|privacy notice\s*:"
    r"|contact me with news and offers|get the .{1,40} newsletter\b"
    r"|unlock (?:a world of )?(?:exclusive |premium )?(?:benefits|access)\b"  # a login prompt
    r"|\(\W?more\s*:[^)]{1,160}\)$"
    # Widget labels and affiliate notices that page-to-text conversion leaves behind.
    r"|(?:click|tap) to (?:expand|open|close|show|toggle|reveal|share on)\b|activating this button\b"
    r"|if you (?:buy|purchase|click) .{0,80}\bmay (?:earn|get|receive)\b"
    r"|(?:get|have) .{0,60}\bdelivered (?:straight |directly )?to your inbox\b"
    r"|(?:our )?(?:editors|writers)(?: and (?:editors|writers))? independently (?:select|choose)\b"
    # Comment boxes and house notices.
    r"|please be respectful of copyright|posting comments is (?:now )?(?:limited|restricted|open)\b"
    r"|be the first to (?:get|know|hear|read)\b.{0,20}\b(?:news|stories|updates)\b"
    r"|(?:enable|allow) cookies\b"
    r"|you (?:are the owner of|have permission to edit) this article"
    r"|(?:please )?(?:turn on|enable) javascript\b|(?:photography|photographs|styled|illustrations?) by\b"
    r"|in (?:collaboration|partnership) with\b|(?:change|select) (?:location|edition)\b"
    # (Promotions shouted in capitals are structure's: `_caps_promos`. A line in capitals
    # may be the story's own in copy set in capitals throughout.)
    r"|advertisement\b"
    # Shopping buttons, affiliate notes, donation appeals and embed placeholders.
    r"|(?:view|buy|shop|see it) (?:on|at) [\w.&' -]{1,30}\$\d"
    r"|(?:all )?products (?:featured|chosen) (?:on|in|by) .{1,40}\bindependently selected\b"
    r"|(?:to (?:see|view) this content|this content is not available)\b.{0,40}\b(?:enable|cookies|consent)"
    r"|(?:donate to )?(?:support|fund) (?:our|local|independent) (?:journalism|newsroom|reporting)\b"
    r"|help (?:us )?keep (?:news|journalism|[\w ]{1,30} journalism) free\b"
    r"|we (?:cannot|can't|can’t|couldn't|could not) do (?:this|it) without (?:your|you)\b"
    r"|(?:source )?(?:images?|photos?) (?:by|courtesy(?: of)?)\b"
    r"|subscribe (?:to|now|today)\b.{0,80}$"
    # Disclosures: affiliate links, a writer's holdings, whose opinions these are.
    r"|the (?:opinions|views) expressed (?:here|herein|in this \w+)? ?(?:are|is) (?:solely )?"
    r"(?:those of )?the author"
    r"|the authors? (?:or authors )?(?:do|does) not own (?:any )?(?:shares|stock|securities)\b"
    r"|get unlimited access to\b"
    # A paywall's lock and a licensing button: `This article is for subscribers only`,
    # `Unlock this article`, `License this article`
    r"|this (?:article|story|post|content) is (?:only )?(?:for|available to|exclusive to) "
    r"(?:paid |paying )?(?:subscribers|members)(?: only)?\W*$"
    r"|(?:unlock|license|licence) this (?:article|story|post)\W*$"
    # a news site's footer over its other sections (`Get the latest lifestyle updates on
    # The Herald along with Bollywood News, ...`)
    r"|get (?:the )?latest (?:[\w&-]+ ){0,3}(?:news|updates|headlines) on .{2,60}? along with\b"
    # a donation appeal naming the site: `Your contribution helps the Chronicle keep reporting.`
    r"|your (?:contribution|donation|support|gift) helps .{2,60}? (?:keep|continue|stay)\b"
    # Syndication notes of sites that run an agency's feed as it comes.
    r"|\(?only the headline (?:and (?:the )?picture )?of this (?:report|story|article) "
    r"may have been reworked\b"
    # An agency's note that its site carries only part of the wire it sells.
    r"|please contact us for subscription\b"
    # An article's audio player: `Listen to article` / `Audio is AI-generated and may ...`
    r"|audio (?:is|was) (?:ai|automatically|computer)[- ]generated\b"
    # An account prompt: `Already have an account? Sign in`, `Don't have an account?`
    r"|(?:already (?:have an account|a (?:subscriber|member))|don['’]?t have an account)\b"
    # A login prompt: `Log in, register or subscribe to save articles for later.`
    r"|(?:log ?in|sign in|register|subscribe)\b.{0,40}?\bto save (?:articles|stories)\b"
    # A page's labels over the byline: where the writer filed from (its own line, under the
    # names), the broadcast a radio story was heard on, a share button's answer.
    r"|reporting from [^.!?]{2,60}$|heard on (?:[\w'’]+ ){0,3}[\w'’]+$|link copied\b"
    # E-mail around forwarded copy: the envelope, a forward's and a reply's marks, a mail
    # app's sign-off, a mailing list's footer, a confidentiality notice.
    r"|(?:from|to|cc|bcc|reply-to)\s*:\s.{0,200}(?:@|<[^>]{1,80}>)"
    r"|sent\s*:\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s.{0,60}\d{1,2}:\d{2}"
    r"|subject\s*:\s"
    r"|-{2,}\s*(?:original|forwarded) message\s*-{2,}|begin forwarded message\s*:"
    r"|on .{5,120}@.{1,80}\bwrote:\s*$"
    r"|shared (?:via|from|with|using) (?:the )?[\w .'’&-]{1,40}$"
    r"|[^\w\s]{0,3}\s*https?://\S+\s*$"  # a link alone, a share's or a chat's
    r"|sent (?:from|via|with) (?:my |the )?(?:iphone|ipad|android|mobile|samsung|galaxy"
    r"|blackberry|outlook|mail for windows|yahoo mail|gmail)\b|get outlook for (?:ios|android)\b"
    r"|you (?:are receiving|received|got) this (?:e-?mail|newsletter|message)\b"
    r"|(?:unsubscribe|manage (?:your )?(?:email )?preferences"
    r"|update your (?:email )?preferences|view (?:this e-?mail |it )?in (?:your |a )?browser)\b"
    r"|(?:(?:confidentiality|legal|privacy|e-?mail) (?:notice|disclaimer)\s*:\s*)?"
    r"this (?:e-?mail|message)(?: and any (?:attachments?|files?)(?: \w+ (?:it|with it))?)? "
    r"(?:is|are|may (?:be|contain)|contains?)\b.{0,120}\b(?:confidential|privileged)"
    r")",
    re.IGNORECASE,
)

# The messaging apps news sites run channels on (a regex alternation).
_MESSAGING_APPS = r"(?:whatsapp|telegram|viber)"

# The chrome sentences whose telling words come after a few others (`Some links ... may
# earn a commission from ...`). Searched for by position, each costs a scan of its window
# at every call; most lines hold none of their words, and are spared the scan.
_CHROME_LATE_RE = regex(
    r"^(?:"
    r".{0,60}\bmay (?:earn|get|receive) (?:an? )?(?:small |affiliate )?commission from "
    r"(?:retail |affiliate )?(?:offers|links|purchases)\b"
    r"|.{0,80}\bsign up to (?:get|receive)\b.{0,60}\bin your inbox\b"
    r"|.{0,80}\b(?:contribut\w+|donat\w+|giving us|pledging|paying) (?:just )?as little as "
    r"[$€£]\d"
    r"|.{0,60}\bhas affiliate partnerships\b"
    r"|.{0,80}\bwe (?:may )?(?:receive|earn|get) (?:a )?(?:small )?(?:compensation|commission)\b"
    r".{0,40}\bwhen you (?:click|buy|purchase|shop)"
    r"|.{0,100}\bauto-?(?:generated|published) from (?:a|an|the) "
    r"(?:syndicated|agency|news agency|wire) feed\b|.{0,60}\bgenerated from an? (?:automated )?"
    r"(?:news )?agency feed\b"
    r"|.{0,60}\b(?:website|site|page) (?:contains|carries|shows|publishes) only (?:a portion|a "
    r"selection|some|part|a summary) of\b"
    r"|.{0,120}\bclick here\.?$"
    # A typo-report widget's prompt (`If you find a mistake in the text, please select it
    # and press Ctrl + Enter.`): a keyboard shortcut for reporting an error is the page's.
    r"|.{0,120}\b(?:mistake|error|typo|misprint)s?\b.{0,120}\bctrl ?\+ ?enter\b"
    # A site's invitation to its messaging-app channel closing the line, after its pitch:
    # `Find your daily dose of news ... in your WhatsApp. Stay informed- Follow DNA on
    # WhatsApp.`, `... Get them on our Telegram channel`. The bidding opens a sentence (or
    # follows a dash); `Supporters were urged to follow it on Telegram.` bids no reader.
    r"|.{0,240}?(?:[.!?:]\s{1,3}|[-–—]\s{0,3})(?:please )?(?:follow|join|get|find|add)"
    r"(?: [\w.&'’@-]{1,30}){1,4}? (?:on|in|via) (?:our |your |the )?(?:[\w.&'’-]{1,30} )?"
    rf"{_MESSAGING_APPS}(?: (?:channel|group|community))?\W{{0,3}}$"
    r")",
    re.IGNORECASE,
)
# One of these (lowercased) is in every line _CHROME_LATE_RE matches.
_CHROME_LATE_WORDS = tuple(
    "commission|inbox|as little|affiliate|when you|feed|only|click|whatsapp|telegram|viber"
    "|ctrl".split("|")
)


def chrome_sentence(text: str) -> bool:
    """Whether a line opens as one of the chrome sentences (newsletter, app and social
    prompts, rights notices, affiliate and syndication notes...)."""
    if _CHROME_LEAD_RE.match(text) or chat_header(text):
        return True
    low = text.lower()
    return any(word in low for word in _CHROME_LATE_WORDS) and bool(_CHROME_LATE_RE.match(text))


# A publisher's appeal in its own voice (`At Example News, we believe everyone needs
# quality journalism ...`, `Our journalism needs your support`): "we" with the words of
# a newsroom, addressed to "you". Not a quotation (people quoted about their newsroom);
# the caller applies it to paragraphs of appeal size only. A company's own "we" in a
# press release names no newsroom, so it stays.
HOUSE_APPEAL_RE = regex(
    r"^(?![\s\"“'‘])"
    r"(?=.*?\b(?:[Ww]e|[Oo]ur|us)\b)"
    r"(?=.*?\b(?:journalism|newsroom|[Oo]ur (?:reporters|reporting|coverage|podcast"
    r"|(?:print )?magazine|[\w, ]{1,40} teams?))\b)"
    r"(?=.*?\b(?:you|your|everyone|readers)\b)",
    re.DOTALL,
)
HOUSE_APPEAL_MAX = 400

# Cookie and consent notices, whatever their opening words: "cookie" with the vocabulary
# of web consent in the same paragraph (an article about biscuits has neither). Browsing,
# or a site's navigation to improve, is the web's too (`In order to improve navigation
# and features, the Times uses cookies.`; a ship's navigation is improved by no cookie).
COOKIE_NOTICE_RE = regex(
    r"^(?=.{0,600}\bcookies?\b)(?=.{0,600}\b(?:consent|website|browser|gdpr|privacy|"
    r"preferences|third[- ]party|analytics|opt[- ]out|personali[sz]ed|browsing"
    r"|improve (?:your |the )?navigation)\b)",
    re.IGNORECASE | re.DOTALL,
)

# The words the two patterns above cannot match without: most lines have none, and are
# spared their lookaheads' scans.
_APPEAL_WORDS = ("journalism", "newsroom", "our ", "Our ")
_COOKIE_WINDOW = 620  # the lookahead's 600 characters and the word


def house_appeal(text: str) -> bool:
    """A publisher's appeal in its own voice (see ``HOUSE_APPEAL_RE``), up to its size."""
    return (
        len(text) <= HOUSE_APPEAL_MAX
        and any(word in text for word in _APPEAL_WORDS)
        and HOUSE_APPEAL_RE.match(text) is not None
    )


# An agency's note about itself under the story, in its own name and its own sales words:
# `BERNAMA provides up-to-date authentic and comprehensive news and information which are
# disseminated via ...`, `Reuters, the news and media division of ..., provides ...`. Not
# `Reuters is one of several news organizations that asked the court ...`: a story's.
_AGENCY_BLURB_RE = regex(
    r"^(?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}),? (?:the [^,]{3,80}, )?"
    r"(?:provides|offers|delivers|supplies|distributes)\b"
    r"(?=.{0,120}\b(?:news|information)\b)"
)
_AGENCY_BLURB_MAX = 400
_BLURB_VERBS = ("provides", "offers", "delivers", "supplies", "distributes")


def agency_blurb(text: str) -> bool:
    """Whether a paragraph is a news agency's description of itself (see
    ``_AGENCY_BLURB_RE``), its name one the lists know."""
    if len(text) > _AGENCY_BLURB_MAX or not any(v in text for v in _BLURB_VERBS):
        return False  # every unit of a page comes here: most have none of the verbs
    match = _AGENCY_BLURB_RE.match(text)
    return match is not None and norm_key(match.group("name")) in AGENCIES


def cookie_notice(text: str) -> bool:
    """A cookie or consent notice (see ``COOKIE_NOTICE_RE``)."""
    return "cookie" in text[:_COOKIE_WINDOW].lower() and COOKIE_NOTICE_RE.match(text) is not None


# Lines of only a share/social menu: `Share Tweet Post Email`, `Facebook Twitter Email`.
SOCIAL_WORDS = frozenset(
    {
        "share",
        "tweet",
        "post",
        "email",
        "e-mail",
        "print",
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "whatsapp",
        "reddit",
        "pinterest",
        "copy",
        "link",
        "comments",
        "comment",
        "save",
        "gift",
        "article",
        "listen",
        "flipboard",
        "telegram",
        "messenger",
        "sms",
        "bluesky",
        "threads",
        "instagram",
        "youtube",
        "tiktok",
        "this",
        "to",
        "on",
        "via",
        "more",
        "options",
        "tools",  # a tool bar's label: `Tools: Save | Print | E-mail`
        "bookmark",
        "copied",
        "mail",
        "google+",
    }
)
# Words a share plugin's labels hold (`Tweet about this on Twitter`, `Email this to
# someone`, `Share on Google`) that are no button alone: allowed in a social menu, never
# counted (a heading `About` is no menu).
_SHARE_FILLER = frozenset({"about", "someone", "google"})

_TRAILING_PUNCT = " \t:|>»›·•-–—.…!?"


def normalise_phrase(text: str) -> str:
    """Lower-case, single-spaced, straight apostrophes, without trailing separators: the
    key phrase lists use. (``str.split`` splits on the whitespace ``\\s`` matches, at a
    third of the regex's cost.)"""
    return " ".join(text.split()).strip(_TRAILING_PUNCT).casefold().replace("’", "'")


def is_chrome_phrase(text: str, extra: frozenset[str] = frozenset()) -> bool:
    """Whether a short line is one of the known chrome phrases (plus user phrases)."""
    key = normalise_phrase(text)
    if not key or len(key) > 60:
        return False
    if key in _PHRASE_SET or key in extra or font_widget(text):
        return True
    # `Follow Us`, `Most Read from Bloomberg`, `More from CNN`: a phrase and a site name.
    if not key.startswith(_PREFIXES):
        return False
    if key.startswith("follow ") and not _FOLLOW_WHOM_RE.match(text):
        return False  # `Follow the money, the detective said.`: a sentence
    if quotes_someone(key):
        return False  # `Subscribe to the idea, he said.`: chrome quotes nobody
    return any(key.startswith(p + " ") and len(key) - len(p) <= 30 for p in _PREFIX_PHRASES)


_ATTRIBUTION_RE = regex(r"\b(?:said|says)\b", re.IGNORECASE)


# A line of time stamps alone: `PUBLISHED: November 29, 2026 at 6:14 p.m. | UPDATED:
# November 29, 2026 at 9:02 p.m.`, `Posted Sun 29 Nov 2026 at 2:14pm, updated Sun 29 Nov
# 2026 at 4:02pm`. A stamp's label and its date and time in any order, nothing else: a
# sentence has a word of its own (`Updated figures came at 5 p.m.`).
_STAMP_LABELS = frozenset(
    "published updated posted modified originally first last edited on at".split()
)
_STAMP_ZONES = frozenset(
    "am pm a.m. p.m. gmt utc bst cet cest est edt cst cdt mst mdt pst pdt ist aest aedt"
    " acst awst nzst nzdt jst kst sgt hkt wib eat wat cat sast msk".split()
)
_STAMP_WORDS = (
    _STAMP_LABELS
    | _STAMP_ZONES
    | frozenset(norm_key(m) for m in ENGLISH_MONTHS)
    | frozenset(d.lower() for d in WEEKDAYS)
    | frozenset(d[:3].lower() for d in WEEKDAYS)
)
_STAMP_TOKEN_RE = regex(r"[^\s|,·•/–—-]+")
_STAMP_NUMBER_RE = regex(r"\d{1,4}(?::\d{2}){0,2}(?:st|nd|rd|th|h|am|pm|a\.m\.|p\.m\.)?")
_STAMP_MAX_CHARS = 160
# Every stamp line holds a label and a digit.
_STAMP_HINT_RE = regex(
    r"(?i:publish|updat|posted|modified|edited)\D{0,80}\d|\d.{0,80}(?i:publish|updat|posted|modified|edited)"
)


# A page's hit counter, a field of the stamp line under a story (`22.08.2026 17:00 / Hits:
# 141 / Print`, `Views: 1,204`): its label, a colon and a count, with the line's end or a
# field's separator on each side, so a sentence telling of a count (`views: 1,204 of them
# ...`) goes on past it.
_VIEW_COUNTER_RE = regex(
    r"(?:^|[|/·•]\s{0,3})(?i:hits|views|page ?views|reads|visits)\s{0,3}:\s{0,3}\d[\d,.]{0,12}"
    r"\s{0,3}(?:[|/·•]|$)"
)
_VIEW_COUNTER_MAX_CHARS = 120


def view_counter(text: str) -> bool:
    """A short line holding a page's hit counter (see ``_VIEW_COUNTER_RE``)."""
    return len(text) <= _VIEW_COUNTER_MAX_CHARS and _VIEW_COUNTER_RE.search(text) is not None


def stamp_line(text: str) -> bool:
    """A line made only of time stamps, each with its label: `Published ... | Updated ...`.
    One label and a date are enough (`Posted Sun 29 Nov 2026 at 2:14pm`)."""
    if len(text) > _STAMP_MAX_CHARS or not _STAMP_HINT_RE.search(text):
        return False  # most lines: no label at all (one search in C)
    labelled = False
    for token in _STAMP_TOKEN_RE.findall(text):
        word = token.strip(":().").lower()
        if not word:
            continue
        if word in _STAMP_LABELS:
            labelled = labelled or word not in ("on", "at", "first", "last", "originally")
        elif not (
            word in _STAMP_WORDS
            or norm_key(word) in _STAMP_WORDS
            or _STAMP_NUMBER_RE.fullmatch(word)
        ):
            return False
    return labelled


# A site's teaser for its own coverage, set between a story's paragraphs under a hashtag:
# `#ATL24: Watch the live stream now`, `#CNNHeroes: Nominate someone`. The tag right after
# the `#` (a Markdown heading has a space there), then a call to the reader: a sentence
# that opens with a hashtag and a colon tells something, it bids no one watch.
_HASHTAG_PROMO_RE = regex(
    r"\#[^\W_][\w]{1,40}:\s+(?:watch|listen|read|nominate|follow|join|sign\s+up|subscribe"
    r"|send|share|vote|download|get|click|tap|see|stream|tune\s+in|submit|register|shop"
    r"|donate|enter|check\s+out|catch|don['’]t\s+miss|live)\b[^\n]{0,80}",
    re.IGNORECASE,
)


def hashtag_promo(text: str) -> bool:
    """A hashtag's teaser for the site's coverage (`#ATL24: Watch the live stream now`)."""
    return (
        text[:1] == "#"
        and _HASHTAG_PROMO_RE.fullmatch(text) is not None
        and not quotes_someone(text)
    )


def quotes_someone(text: str) -> bool:
    """Does the line attribute speech (`..., he said.`)? Chrome prompts quote nobody."""
    return _ATTRIBUTION_RE.search(text) is not None


# `Follow Reuters`, `Follow @desk`, `Follow us`, `Follow on X`: whom or where to follow.
_FOLLOW_WHOM_RE = regex(
    r"\s*follow\s+(?:(?-i:[A-Z0-9@#])|(?:us|on|me|him|her|them)\b)", re.IGNORECASE
)


# Where buttons' labels were pasted glued (`Share on FacebookShare on Google+`), a small
# letter then a capital inside a word.
_GLUED_RE = regex(r"(?<=[a-z+])(?=[A-Z])")


def _social_word(raw: str) -> int | None:
    """How many share/social words ``raw`` holds (None: some part is none of them nor a
    share label's filler): one, or those glued in it (`FacebookShare`), each read apart."""
    word = raw.strip(".,:|·•/").casefold()
    if word in SOCIAL_WORDS or word.isdigit():
        return 1
    if word in _SHARE_FILLER:
        return 0
    parts = [part.strip(".,:|·•/").casefold() for part in _GLUED_RE.split(raw)]
    if len(parts) > 1 and all(part in SOCIAL_WORDS or part in _SHARE_FILLER for part in parts):
        return sum(part in SOCIAL_WORDS for part in parts)
    return None


def is_social_menu(text: str, least: int = 2) -> bool:
    """A line made only of share/social words (`Share Tweet Post Email`), at least
    ``least`` of them (one, `Save`, is a button only where buttons are expected)."""
    count = 0
    for raw in text.split():  # most lines fail at their first word: no list of them all
        if not raw.strip(".,:|·•/"):
            continue
        found = _social_word(raw)
        if found is None:
            return False
        count += found
    return count >= least


# A font-size widget's buttons, perhaps under their label: `A+ A-`, `A A A`, `Text size:
# A- A A+`. A letter alone (`A`) is no widget: two buttons at least.
_FONT_WIDGET_RE = regex(r"(?:(?:font|text)(?: size)?\s*:?\s*)?(?:A[+−-]?\s*){2,4}", re.IGNORECASE)


def font_widget(text: str) -> bool:
    """A line of a font-size widget's buttons alone (see ``_FONT_WIDGET_RE``)."""
    return len(text) <= 40 and _FONT_WIDGET_RE.fullmatch(text.strip()) is not None


_PHRASE_SET = frozenset(CHROME_PHRASES + OTHER_LANGUAGE_CHROME)
# Phrases that may be followed by a site or section name on the same line.
_PREFIX_PHRASES = (
    "most read",
    "most popular",
    "follow us",
    "follow",
    "more from",
    "latest from",
    "more stories from",
    "listen to article",
    "share this article",
    "sign up for",
    "subscribe to",
    "related",
    "trending in",
    "top stories in",
    "listen on",
    "also available on",
    "copyright",
    "©",
)
# One C-level test rules out almost every line before the loop above.
_PREFIXES = tuple(p + " " for p in _PREFIX_PHRASES)
