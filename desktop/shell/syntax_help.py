"""Help › Search Syntax: the query language on one page, an example for each construct.

The language is the core's (``archive/search/parsing.py``: Whoosh's syntax with the Arabic
analyzer; DESIGN section 5). The examples are queries, the same in every interface language,
so only their explanations are translated; each example is isolated so that Latin operators
keep their place among Arabic words.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

FSI, PDI = "\u2068", "\u2069"


class SyntaxHelp(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syntaxHelp")
        self.resize(640, 560)
        self.page = QTextBrowser()
        self.page.setObjectName("syntaxPage")
        self.page.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)
        self.retranslate_ui()

    def rows(self) -> list[tuple[str, str]]:
        """(example query, what it finds), in the order a newcomer needs them."""
        return [
            ("مكافحة الإرهاب", self.tr("Documents with every word, in any spelling (hamza, ta marbuta, "
                                      "alef maqsura, diacritics, tatweel, Arabic-Indic digits)")),
            ('"مجلس الأمن"', self.tr("The exact phrase: its words together, in this order")),
            ("المغرب OR تونس", self.tr("Either word (OR in capitals)")),
            ("الإرهاب NOT تونس", self.tr("The first word, leaving out documents with the second "
                                        "(NOT in capitals)")),
            ("(المغرب OR تونس) الإرهاب", self.tr("Parentheses group words")),
            ("الجمرك*", self.tr("Words that start with these letters")),
            ("الارهاب~", self.tr("Words spelled nearly like this one")),
            ("theme:security", self.tr("Documents tagged with a theme, by its id (security, trade, "
                                       "migration…)")),
            ("year:2013", self.tr("Documents of one year")),
            ("year:[2010 TO 2015]", self.tr("Documents of a range of years")),
            ("title:الشراكة", self.tr("A word in the title")),
            ("path:2013*", self.tr("Files whose path in the archive starts like this")),
        ]

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Search Syntax"))
        # One paragraph per form, not a table: Qt's rich-text tables do not mirror in Arabic.
        entries = "".join(
            f"<p><b>{FSI}{escape(example)}{PDI}</b><br>{escape(meaning)}</p>" for example, meaning in self.rows()
        )
        intro = escape(self.tr("Type words to find the documents that have all of them. These "
                               "forms narrow or widen a search; they can be combined."))
        facets = escape(self.tr("The themes and years beside the results narrow a search too; "
                                "the filters in use are shown over the results."))
        self.page.setHtml(f"<p>{intro}</p><hr>{entries}<hr><p>{facets}</p>")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
