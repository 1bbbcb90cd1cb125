"""All documents: a sortable table of the archive's documents, where their title and date are corrected."""
