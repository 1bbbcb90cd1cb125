"""The Arabic interface is completely translated, with Arabic's six plural forms."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
I18N = ROOT / "resources" / "i18n"


def messages(name: str) -> list[ET.Element]:
    return list(ET.parse(I18N / name).getroot().iter("message"))


def test_every_arabic_string_is_translated():
    found = messages("wathaiq_ar.ts")
    assert found
    for message in found:
        source, translation = message.findtext("source"), message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        if message.get("numerus") == "yes":
            forms = [f.text for f in translation.findall("numerusform")]
            assert len(forms) == 6 and all(forms), source
        else:
            assert translation.text, source


def translatable(tree: ast.Module) -> Iterator[tuple[str, str, int]]:
    """(context, source text, line) of every string the module translates: ``self.tr("…")``
    in a class (Qt's context is the class name) and ``QCoreApplication.translate("Ctx", "…")``."""

    def visit(node: ast.AST, context: str | None) -> Iterator[tuple[str, str, int]]:
        if isinstance(node, ast.ClassDef):
            context = node.name
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            # The leading string arguments: tr("text", ...) or translate("Context", "text", ...).
            texts: list[str] = []
            for arg in node.args:
                if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    break
                texts.append(arg.value)
            if name == "tr" and texts:
                assert context is not None, f"line {node.lineno}: tr() outside a class has no context"
                yield context, texts[0], node.lineno
            elif name == "translate" and len(texts) >= 2:
                yield texts[0], texts[1], node.lineno
        for child in ast.iter_child_nodes(node):
            yield from visit(child, context)

    yield from visit(tree, None)


def test_every_translated_string_of_the_sources_is_in_the_file_under_its_class():
    root = ET.parse(I18N / "wathaiq_ar.ts").getroot()
    known = {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context") for message in context.iter("message")
    }
    found = []
    for module in sorted((ROOT / "desktop").rglob("*.py")):
        for context, text, line in translatable(ast.parse(module.read_text("utf-8"))):
            found.append(text)
            where = f"{module.relative_to(ROOT)}:{line}"
            assert (context, text) in known, f"{where}: {text!r} is not translated under {context} (run lupdate)"
    assert len(found) > 200  # every room of the interface was read


def test_the_compiled_arabic_matches_the_translation_file():
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load("wathaiq_ar", str(I18N))
    root = ET.parse(I18N / "wathaiq_ar.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                key = (context.findtext("name") or "", message.findtext("source") or "")
                assert translator.translate(*key) == message.findtext("translation"), key
