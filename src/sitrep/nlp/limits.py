"""Size thresholds shared by the extractor's stages.

A wire-style note (one or two short paragraphs) reports one event; past this length a text is treated as an
article that may report several.  Keeping the number in one place keeps the stages agreeing on which is which.
"""

SHORT_NOTE_CHARS = 1200
