"""The Arabic interface is completely translated, with Arabic's six plural forms."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
I18N = ROOT / "resources" / "i18n"
TR_CALL = re.compile(r"""\btr\(\s*"((?:[^"\\]|\\.)*)"\s*[,)]""")


def messages(name: str) -> list[ET.Element]:
    return list(ET.parse(I18N / name).getroot().iter("message"))


def test_every_arabic_string_is_translated():
    found = messages("wathaiq_ar.ts")
    assert found
    for message in found:
        translation = message.find("translation")
        assert translation.get("type") is None, message.find("source").text
        if message.get("numerus") == "yes":
            forms = [f.text for f in translation.findall("numerusform")]
            assert len(forms) == 6 and all(forms), message.find("source").text
        else:
            assert translation.text, message.find("source").text


def test_the_sources_strings_are_all_in_the_translation_file():
    sources = {m.find("source").text for m in messages("wathaiq_ar.ts")}
    for module in (ROOT / "desktop").rglob("*.py"):
        for text in TR_CALL.findall(module.read_text("utf-8")):
            assert text in sources, f"{module.name}: {text!r} is not in wathaiq_ar.ts (run lupdate)"


def test_the_compiled_translations_load():
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load("wathaiq_ar", str(I18N))
    assert translator.translate("SearchPanel", "Relevance") == "الصلة"
