"""Word and name data shipped with wirecheck; each source's licence is in a NOTICE file here
or, for the given names (US Census 1990, public domain), in scripts/build_given_names.py."""
