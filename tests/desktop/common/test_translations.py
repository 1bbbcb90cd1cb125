"""The Arabic interface is completely translated, with Arabic's six plural forms."""

from __future__ import annotations

import ast
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


def class_tr_strings(module: Path) -> set[tuple[str, str]]:
    """(class, text) of every ``self.tr("text", ...)`` call in a class: Qt looks the text up
    under the class's name."""
    found = set()
    for node in ast.walk(ast.parse(module.read_text("utf-8"))):
        if isinstance(node, ast.ClassDef):
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "tr"
                        and isinstance(call.func.value, ast.Name) and call.func.value.id == "self"
                        and call.args and isinstance(call.args[0], ast.Constant)):
                    found.add((node.name, call.args[0].value))
    return found


def contexts(name: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(I18N / name).getroot()
    return {(c.find("name").text, m.find("source").text): m for c in root.iter("context") for m in c.iter("message")}


def test_each_string_is_translated_under_its_own_class():
    translated = contexts("wathaiq_ar.ts")
    for module in (ROOT / "desktop").rglob("*.py"):
        for context, text in class_tr_strings(module):
            assert (context, text) in translated, f"{module.name}: {text!r} is not under {context} in wathaiq_ar.ts"


def test_the_compiled_arabic_matches_the_translation_file():
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load("wathaiq_ar", str(I18N))
    for (context, text), message in contexts("wathaiq_ar.ts").items():
        if message.get("numerus") != "yes":
            assert translator.translate(context, text) == message.find("translation").text, (context, text)


def test_the_compiled_translations_load():
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load("wathaiq_ar", str(I18N))
    assert translator.translate("SearchPanel", "Relevance") == "الصلة"
