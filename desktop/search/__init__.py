"""Searching: the search field and results list, its model and delegate, the facets."""
