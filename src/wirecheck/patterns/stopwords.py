"""English function words: prose is dense with them, menus and link lists are not.

jusText's finding, which carries over to plain text: paragraphs of real article text have a
stopword density above ~0.30, navigation and link lists well below it.
"""

from __future__ import annotations

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves said says told according since after while
    would could may might must shall still even though although however yet who whose
    us them one two three new last first year years week day time people
    """.split()
)
