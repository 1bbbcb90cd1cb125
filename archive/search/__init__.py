"""The search engine: everything that knows Whoosh (schema, indexing, parsing, scoring, highlights).

The rest of the core reaches it through ``SearchIndex`` (``archive.search.engine``).
"""
