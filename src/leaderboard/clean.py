"""Text clean-up shared by every reader, so one paper reads the same from every format."""

from __future__ import annotations

import html
import re

_WS = re.compile(r"\s+")
_HYPHEN_WRAP = re.compile(r"(?<=[a-z])-\n(?=[a-z])")


def clean_text(text: str) -> str:
    """Join hard wraps, unescape HTML entities and fold whitespace (incl. NBSP, thin space).

    LaTeX leftovers (``\\%``, ``$...$``, ``\\times``) are *kept*: the extraction rules read
    them, and every span must point into the text that the user's file holds.
    """
    if "&" in text:
        text = html.unescape(text)
    text = text.replace("\x00", "")
    return _WS.sub(" ", text).strip()
