"""Text rules every part shares: presentation forms, paragraph direction, display text."""
