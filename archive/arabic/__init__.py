"""Arabic text analysis: normalisation, tokenisation, stemming, glued-word repair.

``analyze`` turns display text into index terms with offsets into that text;
``ANALYZER_VERSION`` changes whenever its output does (stored with the index).
"""

from archive.arabic.normalize import ANALYZER_VERSION, normalize
from archive.arabic.pipeline import Token, analyze

__all__ = ["ANALYZER_VERSION", "Token", "analyze", "normalize"]
