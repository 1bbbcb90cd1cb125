"""The Qt interface of Wathaiq (PySide6): application set-up, the main window and its panels,
item models, dialogs and background workers. Nothing outside this package imports Qt."""
