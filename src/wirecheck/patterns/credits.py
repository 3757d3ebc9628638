"""Patterns for bylines and photo credits, the two kinds of credit line around a story."""

from __future__ import annotations

import re

from wirecheck.regexes import regex

# News agencies: their name alone under a headline is the story's byline, naming no one.
AGENCIES = frozenset(
    {
        "associated press",
        "ap",
        "reuters",
        "afp",
        "agence france-presse",
        "upi",
        "united press international",
        "xinhua",
        "xinhua news agency",
        "bloomberg",
        "bloomberg news",
        "dpa",
        "ansa",
        "efe",
        "kyodo",
        "kyodo news",
        "yonhap",
        "tass",
        "canadian press",
        "cp",
        "press association",
        "pa media",
        "aap",
        "australian associated press",
        "anadolu agency",
        "press trust of india",
        "pti",
        "indo-asian news service",
        "ians",
        "agenzia nazionale stampa associata",
    }
)

# News organisations that appear where a person's name would: in bylines
# (`By The Associated Press`), after names (`Jane Doe, Reuters`) and in photo credits.
# They are never people. Lower-cased; compared after dropping a leading "the".
ORGANISATIONS = AGENCIES | frozenset(
    {
        "the associated press",
        "thomson reuters",
        "agence france presse",
        "ria novosti",
        "interfax",
        "pti",
        "ians",
        "ani",
        "the canadian press",
        "pa",
        "cnn",
        "bbc",
        "bbc news",
        "nbc news",
        "cbs news",
        "abc news",
        "fox news",
        "npr",
        "staff",
        "staff reports",
        "staff report",
        "wire reports",
        "wire services",
        "news services",
        "news service",
        "news agencies",
        "agencies",
        "wires",
        "field level media",
        "tca",
        "tribune content agency",
        "the new york times",
        "new york times",
        "the washington post",
        "washington post",
        "financial times",
        "the guardian",
        "guardian staff",
        "editorial board",
        "the editorial board",
        "cnn wire",
        "anadolu",
        "aljazeera",
        "al jazeera",
        "el pais",
        "sputnik",
        "rtt news",
        "the conversation",
        "bloomberg opinion",
        "forbes staff",
    }
)


# Job titles that follow a name in a byline: `By CHEGE MBITIRU, Associated Press Writer`.
TITLE_WORDS = frozenset(
    {
        "writer",
        "writers",
        "correspondent",
        "correspondents",
        "reporter",
        "reporters",
        "editor",
        "editors",
        "columnist",
        "journalist",
        "contributor",
        "contributors",
        "staff",
        "producer",
        "analyst",
        "bureau",
        "chief",
        "senior",
        "special",
        "science",
        "medical",
        "business",
        "political",
        "sports",
        "economics",
        "diplomatic",
        "legal",
        "investigative",
        "national",
        "foreign",
        "associate",
        "deputy",
        "managing",
        "contributing",
        "freelance",
        "news",
        "features",
        "feature",
        "wellness",
        "health",
        "technology",
        "tech",
        "entertainment",
        "opinion",
        "author",
        "host",
        "anchor",
        "photographer",
        "videographer",
        "intern",
        "fellow",
        "director",
        "professor",
        "critic",
        "featured",
        "guest",
        "team",
        "desk",
        "showbiz",
        "tv",
        "data",
        "graphics",
        "city",
        "metro",
        "culture",
        "style",
        "travel",
        "food",
        "money",
        "markets",
        "weather",
        "climate",
        "education",
        "crime",
        "courts",
        "politics",
        # beats of British bylines, set with no comma: `Jane Roe Transport correspondent`
        # (no surnames among them: `West`, `Wales`, `White` are left out)
        "transport",
        "environment",
        "environmental",
        "energy",
        "defence",
        "defense",
        "security",
        "industry",
        "consumer",
        "property",
        "housing",
        "motoring",
        "aviation",
        "arts",
        "books",
        "music",
        "film",
        "media",
        "religion",
        "religious",
        "home",
        "affairs",
        "investigations",
        "economy",
        "economic",
        "agriculture",
        "retail",
        "finance",
        "financial",
        "policy",
        "parliamentary",
        "sport",
        "football",
        "europe",
        "africa",
        "asia",
        "world",
        "global",
        "digital",
        "video",
        "audio",
        "podcast",
        "social",
        "center",
        "centre",
        "institute",
        "university",
        "foundation",
        "council",
        "school",
        "college",
        "department",
        "ministry",
        "agency",
        "association",
        "society",
        "office",
        "lab",
        "labs",
        "group",
        "club",
        "links",
    }
)

# Common family names of Chinese, Korean and Vietnamese writers, who put the family name
# first (`Tan Wei Ling`, `Nguyen Van An`): no census of given names has them in first
# place. Romanised as bylines write them; those that are everyday English words too
# (`Song`, `Park`, `Moon`) vouch for a name only when the rest of it is no such word.
FAMILY_NAMES_FIRST = frozenset(
    """
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Gao Lin Luo Zheng
    Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du
    Cheng Wei Su Lu Ding Ren Shen Yao Zhong Cui Fan Qian Tan Lim Ng Goh Teo Ong Koh Chua
    Chan Wong Leung Cheung Lau Yeung Tsang Chow Lam Kwok Tse Yip Fung Lai Kim Lee Park
    Choi Jung Kang Cho Yoon Jang Shin Kwon Hwang Ahn Yoo Hong Jeon Moon Bae Baek Nam
    Nguyen Tran Pham Hoang Huynh Phan Vu Vo Dang Bui Ngo Duong
    """.split()
)

# `By Jane Doe`, `BY JANE DOE`, `Written by Jane Doe`, `Story by ...`, `Words by ...`.
BYLINE_PREFIX_RE = regex(
    r"^(?:(?:written|story|words|text|reported|compiled|posted|article|review|news|analysis|"
    r"opinion|commentary|column|essay|interview|feature|report"
    r"|(?:text|words|story) and (?:photos|photographs|pictures))\s+)?by[:\s]\s*(?=\S)"
    r"|^(?:author|words)\s*:\s*(?=[A-Z])"  # `Words: Jane Roe`, a magazine's label
    r"|^(?:as )?told to\s+(?=[A-Z])",
    re.IGNORECASE,
)

# Names and nothing else: capitalised words and the particles between them (`Jane van
# Roe`), several with commas and `and` (`Jane Roe, John Doe and Li Wei`).
_NAME = r"(?-i:[A-Z])[\w'’-]*\.?(?:\s+(?:(?-i:[A-Z])[\w'’-]*\.?|(?-i:van|von|der|de|da|del|la|le|bin|al)\b)){0,5}"
_NAMES = rf"{_NAME}(?:(?:,\s*|,?\s+(?:and|&)\s+){_NAME}){{0,4}}"

# The Reuters tail: `Reporting by Jane Doe in London; Additional reporting by ...;
# Editing by ...`, and the `Writing by` / `Compiled by` variants.
CREDIT_TAIL_RE = regex(
    # `Credit: Reporting by ...`: a newspaper database's label over the tail
    r"^\(?\s*(?:Credits?:\s*)?(?:"
    r"(?:(?:with\s+)?(?:additional\s+)?reporting|writing|compiled|editing|reporting and writing"
    r"|story\s+filed)\s+by\b"
    # `Edited by Jane Roe`, `(Translated by ...)`, `(With inputs from agencies)`: short
    # lines naming nobody but the helpers, never a sentence that starts the same way
    r"|(?:(?:edited|translated)\s+by|with\s+inputs?\s+from)\s+"
    r"[^.!?;(),]{1,40}(?:,\s*(?-i:[A-Z])[^.!?;(),]{0,40}){0,3}\)?\.?\s*$"
    # the writers in parentheses under the story: `(By Chen Yi-ting and Frances Huang)` (CNA)
    r"|(?<=\()\s*by\s+(?-i:[A-Z])[^()]{2,100}\)\.?\s*$"
    r")",
    re.IGNORECASE,
)

# A line crediting the writer of a release a science site reprints, alone on its line or in
# the site's credit line (ScienceDaily's `Materials provided by <source>. Original written
# by Jane Roe. Note: ...`); names only, never a sentence that starts the same way.
WRITER_CREDIT_RE = regex(
    r"^(?:materials\s+provided\s+by\s+[^.]{1,120}\.\s+)?original(?:ly)?\s+written\s+by\s+"
    rf"{_NAMES}\.?(?:\s+note:.{{0,120}})?\s*$",
    re.IGNORECASE,
)


# The same tail run into the story's last paragraph after its closing sentence, as web
# copy of Reuters stories keeps it: `... Interfax reported. (Writing by Jane Roe, Editing
# by John Doe)`. The parenthesis is all credit: a name follows its `by`, and it closes no
# sentence of its own (`(Editing by committee is slow.)` is the story's).
_INLINE_CREDIT_RE = regex(r"(?<=[.!?\"'”’])\s*(\([^()]{6,300}\))\s*$")
_FIRST_BY_RE = regex(r"(?i:\bby)\s+(\S)")
_INLINE_CREDIT_WINDOW = 320
# A bare `(By ...)` run into the paragraph holds writers' names and nothing else, the
# first no day or month: an aside opening with `By` (`(By Tuesday, Governor Ann Lee had
# signed it.)`) is the story's.
_BARE_BY_RE = regex(r"\(\s*(?i:by)\s")
_BY_NAMES_RE = regex(
    r"\(\s*(?i:by)\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
    rf"{_NAMES}(?:\s+in\s+{_NAME})?\s*\)"
)


def inline_credit(text: str) -> int | None:
    """Where a helpers' credit run into the paragraph's end starts (its leading space),
    else None."""
    if not text.endswith(")"):
        return None  # most paragraphs
    match = _INLINE_CREDIT_RE.search(text, max(0, len(text) - _INLINE_CREDIT_WINDOW))
    if match is None:
        return None
    credit = match.group(1)
    named = _FIRST_BY_RE.search(credit)
    if not (CREDIT_TAIL_RE.match(credit) and named and named.group(1).isupper()):
        return None
    if _BARE_BY_RE.match(credit) and not _BY_NAMES_RE.fullmatch(credit):
        return None  # `(By Tuesday, Governor Ann Lee had ...)`: the story's aside
    if credit[-2] in ".!?" or not text[: match.start()].strip():
        return None
    return match.start()


# Credits of the same kind that name no wire style (WC206 does not take them for agency
# copy): where the story's material came from (`With agency inputs`, VOA's `Some
# information for this report came from Reuters.`), and a labelled credit naming someone
# (`Reporter: Jane Roe`, `Translation: ...`, as Antara and Agencia Brasil close stories).
SOURCE_CREDIT_RE = regex(
    r"^(?:(?:with\s+(?:agency|wire)\s+inputs|some\s+information\s+(?:for|in)\s+this\s+"
    r"(?:report|story|article)\s+came\s+from\b[^.!?;()]{1,60})\.?\s*$"
    r"|(?:translation|edition|editing|editor|reporter|reporting|writer|writing|producer"
    r"|edição|edición|redacción|redação)"  # Agência Brasil's and EFE's closing credits
    r"\s*:\s*(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}\s*$)",
    re.IGNORECASE,
)

# Agency writer lines that follow an AP/UPI byline on their own line.
AGENCY_WRITER_RE = regex(
    r"^(?:(?:The\s+)?Associated Press|AP|UPI|United Press International|Reuters|AFP|"
    r"Bloomberg(?: News)?|Xinhua)(?:\s+[A-Z][a-z]+){0,3}\s+(?:Writers?|Correspondents?|"
    r"Reporters?|Editors?|Staff)\s*$|^(?:The\s+)?Associated Press\s*$",
)

# Photo credits, at the end of a caption line or on their own:
# `(AP Photo/Evan Vucci)`, `(AP Photo/Jane Doe, File)`, `REUTERS/Jane Doe/File Photo`,
# `Photographer: Jane Doe/Bloomberg`, `(Xinhua/Li Xin)`, `©AFP`, `Photo courtesy the Kremlin`,
# `Photo by Jane Doe/Getty Images`, `Jane Doe/AFP via Getty Images`, `Credit: ...`.
CREDIT_RE = regex(
    r"""(?:
        \((?:AP|UPI|AFP|Reuters|Xinhua|EPA|dpa|ANSA|Kyodo|Yonhap)\s*(?:Photo|Images?|Video)?\s*/[^()]{1,80}\)
      | \([A-Z][\w.]{1,20}/[^()/]{1,60}\)
      | \[(?:File:\s*)?[A-Z][^\[\]/]{1,60}/\s?[A-Z][^\[\]/]{1,60}\]    # [Jane Doe/AFP], [File: Jane Doe/Reuters]
      | \[(?:File:\s*)?(?:AP|AFP|Reuters|EPA|EPA-EFE|Getty\s+Images|Anadolu(?:\s+Agency)?|AP\s+Photo)\]
      | \([A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}\s?/\s?[A-Z][^()/]{1,60}\)    # (Jane Doe / Los Angeles Times), (Jane Doe/PA)
      | (?:REUTERS|AFP|EPA|AP|Reuters|THE\sCANADIAN\sPRESS)/[^/\n]{2,60}(?:/[^/\n]{1,40}){0,2}
      | (?:EFE|ANSA|ANP|LUSA|Lusa|XINHUA)\s?/\s?[A-Z][^/\n.!?"“”]{1,60}(?:/[^/\n.!?"“”]{1,40}){0,2}    # EFE/Juan Pérez, ANP / Remko de Waal
      | (?:Foto|Fotos|Fotografía|Fotografia|Immagine|Crédit\s+photo|Quelle|Bildquelle|Bild)\s*:\s*(?:[A-ZÀ-Ý]|picture\s+alliance)[^.!?"“”\n]{0,80}    # Foto: Sven Hoppe/dpa, Quelle: picture alliance
      | (?:AFP|AP|EPA|ANP|KCNA\s+VIA\s+KNS)\s+PHOTO\s*/\s*[^/\n]{2,60}(?:/[^/\n]{1,40}){0,2}    # AFP PHOTO / JUNG YEON-JE
      | (?<=\s)(?:PTI|ANI|IANS|UNI|AP|AFP|EPA|Xinhua|Bernama|Yonhap|Kyodo|AA)\s+(?:Photos?|Pic|Picture|Image)    # ... in Mumbai. PTI Photo
      # an agency's own photographer, its short name in capitals: `... WAFA photo by Jane Roe.`
      | (?<!\S)[A-Z]{2,8}\s+(?:photo|picture|image)s?\s+by\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\.?
      | (?<!\S)(?:Source:\s*)?PRNewsfoto/[^/\n]{1,60}    # PR Newswire's: Source: PRNewsfoto/Acme Inc.
      | (?<=\s)Source:\s*(?:AAP|AP|AFP|Reuters|Getty\s+Images|EPA|Supplied|News\s+Corp(?:\s+Australia)?)    # ... in Sydney's south. Source: AAP
      | [A-Z]{2,5}\s+PHOTOS?:\s*[A-Z][A-Z.'’ -]{2,60}    # ST PHOTO: HUI MIN ONG (a paper's own, in capitals)
      | (?<!\S)PHOTOS?\s+BY\s+[A-Z][A-Z.'’ -]{2,60}    # PHOTO BY JANE ROE (the whole credit in capitals)
      # an agency's short name with `photo` after it, set off by a dash or brackets: `—KUNA
      # photos`, `(MNS photo)`, perhaps with its photo service's (`— VNA/VNS Photo`). A bare
      # `—KUNA` closes a story: the word `photo` must be there.
      # (`—FILE PHOTO` names no agency: a paper's label, left to the rules above.)
      | (?:[—–]\s?|--\s?|\()(?!FILE\b)[A-Z]{2,8}(?:/[A-Z]{2,8})?\s+(?i:photos?|pictures?)\)?
      # the credit whole, in its parentheses: (File | PTI), (Image: ANI), (Image credit: X)
      | \((?:File(?:\s+(?:Photo|Image))?|Photos?|Images?|Picture|Pic)
          (?:(?:\s+(?:credits?|source))?\s*[|:]\s*|\s+courtesy(?:\s+of)?\s+)[^()|:]{1,60}\)
      | Photographer:\s.{2,80}
      | (?:Image|Photo|Picture|Video)\s+(?:source|credit)\s*[,:]\s*\S.{0,80}    # Image source, Getty Images
      | (?:(?:Featured|Feature|Top|Main|Header|Cover|Lead)\s+(?:photo|image)\s+via\s)\S.{0,80}    # Featured photo via ...
      | (?:Photo|Photos|Photograph|Image|Images|Picture|Credit|Photo\s+credit|Illustration|Video)\s*(?:courtesy(?:\s+of)?|by|:|[Cc]redits?:|\||\.{3}|…)\s*\S.{0,80}
      | [A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,3}\s?/\s?(?:Unsplash|Getty\s+Images|Shutterstock|Alamy|iStock|AP|AFP|Reuters|EPA|Bloomberg|Pexels|Pixabay
            |YouTube|Instagram|TikTok|Facebook|Twitter|X)    # WAFB/YouTube, a post's grab
      | \(AP\)
      | \S+\s+(?:via|for)\s+Getty\s+Images
      | (?:Getty\s+Images|Shutterstock|Alamy|iStock)(?:\s+for\s+\S+)?
      # Not after a letter (`AndrÃ©s` is mojibake for `Andrés`), and a name, an agency or a
      # year after it (no lower-case Latin letter), with no clause run on: `© sign, the
      # court said` is a sentence's, and `©imek` a Latin-2 `Šimek`.
      | (?<![^\W\d_])©\s*(?![a-zß-ÿ])\w(?:[^,;]|[,;](?!\s*[a-z])){0,60}
      | \([^()]{0,80}\b(?:Getty\s+Images|AP\s+Photo|Reuters|AFP|EPA|Shutterstock|Bloomberg|Xinhua|Yonhap|Kyodo|Unsplash)\b[^()]{0,40}\)
    )\s*$""",
    re.VERBOSE,
)

# Every alternative of CREDIT_RE holds one of these (it is case-sensitive): a line without
# any cannot end in a credit. Most lines have none, and the test costs a tenth of the search
# (the search tries the whole alternation at each of the window's positions).
_CREDIT_HINTS = (
    *") / ] © Photo PHOTO Image Picture Credit Illustration Video Getty Shutterstock Alamy "
    "iStock Foto Immagine Crédit Quelle Bild Source:".split(),
    "photo via",
    "image via",
    "photo by",
    "picture by",
    "image by",
    "photos by",
    " photo",  # —KUNA photos, (MNS photo)
    " picture",
)


def might_end_in_credit(tail: str) -> bool:
    """Whether CREDIT_RE can match in ``tail`` at all (see ``_CREDIT_HINTS``)."""
    return any(hint in tail for hint in _CREDIT_HINTS)


# A caption whose credit went to the next line: `Longtime employee Jane Roe. Photo:`.
_CREDIT_LABEL_END_RE = regex(
    r"\s(?:Photos?|Photograph|Images?|Picture|Credit|Photo\s+credit)\s*:\s*$"
)
_CREDIT_LABEL_MIN_WORDS = 4


def credit_label_end(text: str) -> bool:
    """A caption ending in its credit's label (`... Photo:`). The caption must be there: a
    lone `Credit:` line labels what follows it."""
    if not text.rstrip().endswith(":"):
        return False  # most lines: no search at all
    match = _CREDIT_LABEL_END_RE.search(text)
    return match is not None and len(text[: match.start()].split()) >= _CREDIT_LABEL_MIN_WORDS


# The labels of a picture that shows no event of the story: a stock photo, a file
# photo, an illustration (`Symbolbild`, `Representational image`, `Foto de archivo`).
PICTURE_LABELS = (
    r"symbolbild|symbolfoto|archivbild|archivfoto|file (?:image|picture)|archive (?:photo|image)"
    r"|representational (?:image|photo|picture)|representative (?:image|photo|picture)"
    r"|illustrative (?:image|photo|picture)|image for representation|stock (?:photo|image)"
    r"|foto de archivo|imagen de archivo|imagem de arquivo|photo d'archives?|image d'archives?"
    r"|foto d'archivio|immagine d'archivio"
)
# A caption closed by that label in brackets: `Ein Zug im Bahnhof. (Symbolbild)`.
PICTURE_LABEL_END_RE = regex(rf"[(\[](?i:{PICTURE_LABELS}|file photo|file|archive)[)\]]\s*$")

# Caption openers: `FILE - In this ...` (AP Spanish's `ARCHIVO - En esta foto ...`, `FOTO -
# ...`), `FILE PHOTO: ...`, `In this photo ...`,
# `This image provided by ...`, `Enlarge / ...` (an image's zoom button run into it), and
# the label a page reads out to screen readers (`Image caption, ...`, `Caption: ...`).
CAPTION_OPENER_RE = regex(
    r"^(?:(?:FILE(?:\s+PHOTO)?|ARCHIVO|FOTO)\s*[-–—:]|Enlarge\s*/\s|(?:(?:Image|Photo|Picture|Video)\s+caption|Caption)\s*[,:]\s"
    r"|In this (?:\w+\s){0,3}(?:photo|image|picture|file photo|handout)"
    # a picture's label: a stock or file photo, not a picture of the story's events
    rf"|(?i:{PICTURE_LABELS})\s*:\s"
    r"|This (?:\w+\s){0,3}(?:photo|image|picture)\b|(?:An? )?(?:undated|handout) (?:photo|image)"
    # `File photo of Kenyan police officers.`, `A file picture shows ...`
    r"|(?:An? )?(?:[Ff]ile|[Aa]rchive|[Ss]tock) (?:photo|picture|image)s? (?:of|shows?)\b"
    # a release's media notice: `A photo accompanying this announcement is available at ...`
    r"|(?:An? |The )?(?:[Pp]hotos?|[Ii]mages?|[Vv]ideos?|[Ll]ogos?|[Mm]ultimedia|[Ii]nfographics?)"
    r"\b.{0,40}?\baccompanying this (?:announcement|release|press release)\b.{0,20}?\bavailable\b)",
)


# A file picture's credit set before its caption, as AFP labels one: `(AFP files) In a
# file picture taken on ...`, `(AFP/File) ...`, `(AP Photo/File) ...`, `(Reuters file
# photo) ...`. The name in it is a news organisation's: `(Panama files)` opens no caption.
_OPENING_FILE_CREDIT_RE = regex(
    r"\((?P<who>[A-Z][\w.&-]{1,24})(?:\s+(?:Photo|Images?|Pictures?))?\s*(?:/\s*|\s+)"
    r"(?i:files?|file\s+(?:photos?|pictures?|images?)|archives?)\)(?=\s+\S)"
)


def opening_credit(text: str) -> str | None:
    """The file picture's credit opening a caption (`(AFP files)`), else None."""
    if not text.startswith("("):
        return None  # most lines
    match = _OPENING_FILE_CREDIT_RE.match(text)
    if match is None or match.group("who").casefold() not in ORGANISATIONS:
        return None
    return match.group()
