"""User data: the SQLite store and what lives in it (themes, annotations, feedback, backups, interchange)."""
