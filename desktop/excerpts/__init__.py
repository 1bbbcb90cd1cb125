"""Excerpts: the dock and its model, the export dialog, the PDF writer."""
