"""The window's frame: application set-up, main window, menus, status bar, dialogs."""
