"""The theme overview: themes across the archive, as a matrix and a chart."""
