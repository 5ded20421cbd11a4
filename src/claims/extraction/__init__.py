"""Casualty claims from Arabic and English news text.

:func:`extract` reads a text and returns one :class:`~claims.model.Claim` per casualty figure:
who says it, killed/injured/arrested/missing, of which group, how many, with which hedge, at
which event, and where in the text. :class:`Lexicon` holds the word lists it works from.

>>> from claims.extraction import extract
>>> [str(c) for c in extract("قال المرصد السوري إن 3 مدنيين قتلوا في قصف على إدلب.")]
['sohr: 3 civilians killed']
"""

from claims.extraction.engine import extract
from claims.extraction.lexicon import Lexicon

__all__ = ["Lexicon", "extract"]
