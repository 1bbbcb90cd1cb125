"""Tagging, highlighting and notes: the controller, its undo commands, the themes side list."""
