"""XML escaping shared by the GraphML and GEXF writers."""

from __future__ import annotations

import re

NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
SPECIAL = re.compile('[&<>"\t\n\r]')
ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;",
            "\r": "&#13;"}


def escape(value: str) -> str:
    """Text safe in XML content and double-quoted attributes; characters XML forbids dropped."""
    if value.isprintable() and not any(c in value for c in '&<>"'):
        return value
    return SPECIAL.sub(lambda m: ENTITIES[m.group()], NOT_XML.sub("", value))
