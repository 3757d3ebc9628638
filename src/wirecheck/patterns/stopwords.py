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

# The commonest function words of the other languages agencies file in (Spanish, French,
# Italian, German, Portuguese), so that their prose is recognised as prose too.
FOREIGN_STOPWORDS = frozenset(
    """
    el la los las un una unos del al y o en con por para que se su sus es fue ha han como
    más pero sin sobre entre este esta estos también ya muy lo le les
    le la les un une des du de et ou en dans sur pour par avec que qui ne pas est sont été
    a au aux ce cette ces il elle ils nous vous plus mais comme son sa ses leur
    il lo la i gli le un uno una di da in con su per tra fra che è sono del della dei delle
    nel nella al alla non più anche come ma o se ha hanno è stato
    der die das den dem des ein eine einer eines und oder in im mit von zu zum zur für auf
    ist sind war wurde nicht sich auch als wie bei nach aus dass es er sie
    o os as um uma uns umas do da dos das no na nos nas em por com para que não mais como
    mas foi é são ao à
    """.split()
)

ALL_STOPWORDS = STOPWORDS | FOREIGN_STOPWORDS
