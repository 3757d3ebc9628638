"""Data the parser and rules match against: regexes, phrase and word lists, each saying what copy it is for."""
