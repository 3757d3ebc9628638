"""Characters no reader sees that copy carries before and inside its words.

A soft hyphen, the zero-width space, joiner and non-joiner, the word joiner and a byte
order mark where two files were joined come in with copy pasted from web pages and word
processors; a bilingual page sets direction marks and embeddings before its Latin lines.
The byline and the dateline read past them, as a reader does.
"""

from __future__ import annotations

INVISIBLE = (
    "\u00ad\u200b\u200c\u200d\u2060\ufeff"
    # Direction marks, embeddings and isolates.
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
