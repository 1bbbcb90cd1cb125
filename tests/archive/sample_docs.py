"""Names of the bundled sample documents, shared by the core tests."""

FACT_SHEET = "2013-us-morocco-partnership-fact-sheet.txt"
MEETING = "2021-rabat-nonproliferation-meeting.txt"
