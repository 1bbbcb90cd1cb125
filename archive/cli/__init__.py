"""The headless command line: one client of the core, as the window is the other."""
