"""The search engine: everything that knows Whoosh (schema, indexing, parsing, scoring, highlights)."""
