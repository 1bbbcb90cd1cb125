"""How much work one file may cost, whatever it holds or claims (README, "Limits").

Every limit is judged on what is actually read or inflated, never only on what a header or
the file system says: a sparse file claims a terabyte, a zip entry lies about its size. A
file past a limit is refused with IngestError "too_large" and indexing goes on.
"""

from __future__ import annotations

# PDF, DOCX and HTML are parsed whole, in memory.
MAX_FILE_BYTES = 50 * 1024 * 1024
# HTML becomes a tree of Python objects, several hundred bytes a tag: its size and its
# number of tags (markup openings, counted before parsing) are bounded more tightly.
MAX_HTML_BYTES = 10 * 1024 * 1024
MAX_HTML_TAGS = 200_000
# Text and Markdown are read in pieces and judged on their first one, so they may be larger.
MAX_TEXT_BYTES = 100 * 1024 * 1024
PIECE_BYTES = 1024 * 1024
# A longer line is a dump or minified data, not prose to read.
MAX_LINE_BYTES = 1024 * 1024
# What a briefing document could hold; a PDF can claim 90,000 pages in 8 kB.
MAX_PDF_PAGES = 5000
# DOCX: bytes inflated from the zip, counted while inflating; and the ratio of inflated
# to compressed bytes of an entry that inflates past RATIO_FLOOR_BYTES.
MAX_INFLATED_BYTES = 100 * 1024 * 1024
# The XML parts among them are parsed into element trees about ten times their size.
MAX_XML_BYTES = 25 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 1024 * 1024
# Wall-clock time of one reader, checked between pages and parts.
MAX_SECONDS = 60.0
