"""Reading: the reader panel, its text view, the notes margin, documents prepared off the UI thread."""
