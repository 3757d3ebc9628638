"""Spelling checks for news copy: the word data, the tokenizer and suggestions.

Used by rules WC101 (known misspelling) and WC102 (unknown word). Nothing here reads
word data at import time: the tables load on the first check (``tables.lexicon()``).
"""
