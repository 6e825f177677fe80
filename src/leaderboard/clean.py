"""Text clean-up shared by every reader, so one paper reads the same from every format.

``clean_text`` is deliberately conservative. It

* unescapes HTML/XML character references (``&amp;``, ``&lt;``, ``&#8217;``, ``&nbsp;``), once;
* joins hard wraps and folds every run of whitespace -- including NBSP, thin and other
  Unicode spaces, tabs and line breaks -- to one plain space, and trims the ends;
* drops invisible characters that only get in the way (NUL and other C0/C1 control
  characters, zero-width space, BOM, soft hyphen);
* normalises to Unicode NFC (a decomposed ``é`` from one service equals the composed one
  from another).

It does *not* touch LaTeX (``\\%``, ``$...$``, ``\\times``, ````quotes''``), hyphens at line
ends or HTML tags: the extraction rules read LaTeX, and every span points into the text
this function returns. Because every reader applies exactly this function to titles and
abstracts, the same paper gives the same text from every input format.
"""

from __future__ import annotations

import html
import re
import unicodedata

# C0/C1 controls (whitespace controls are folded before this runs), zero-width space,
# BOM / zero-width no-break space, soft hyphen.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b\ufeff\xad]")


def clean_text(text: str) -> str:
    """Unescape HTML entities, join hard wraps, fold whitespace, drop invisible characters."""
    if "&" in text:
        text = html.unescape(text)
    if text.isascii() and text.isprintable() and "  " not in text:
        # fast path (most abstracts): no control characters, no line breaks, no runs of spaces
        return text.strip(" ") if text[:1] == " " or text[-1:] == " " else text
    # str.split() splits on exactly the characters re's \s matches for str (Unicode
    # whitespace incl. NBSP, thin space, U+2028) and is several times faster.
    text = " ".join(text.split())
    if not text.isascii():
        if not text.isprintable():
            text = _INVISIBLE.sub("", text)
            text = " ".join(text.split())
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    elif not text.isprintable():
        text = " ".join(_INVISIBLE.sub("", text).split())
    return text
