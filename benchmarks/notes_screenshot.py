"""Screenshots of the reader with side notes and tags, in both interface languages.

    uv run python benchmarks/notes_screenshot.py [/tmp/notes-archive]

Copies the sample archive, indexes it, adds notes, a highlight and tags through the core
API, then runs ``main.py --screenshot`` in English and Arabic (``/tmp/notes-en.png``,
``/tmp/notes-ar.png``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive.library import Library  # noqa: E402
from archive.locations import copy_sample_archive  # noqa: E402
from archive.types import Anchor, Annotation, DocumentTag, Kind  # noqa: E402

DOCUMENT = "2013-us-morocco-partnership-fact-sheet.txt"
NOTES = [
    ("تعزيز التعاون الأمني", "محور أساسي: يتكرر في تقارير 2013–2015."),
    ("شريك نشيط في مكافحة الإرهاب", "Compare with the GCTF co-chair statement (2014)."),
    ("استراتيجية لمكافحة الإرهاب", "نقطة للمتابعة في الاجتماع القادم"),
]


def main() -> int:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/notes-archive")
    if target.exists():
        shutil.rmtree(target)
    root = copy_sample_archive(target)
    for path in [root, *root.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o200)
    with Library(root) as library:
        library.update_index()
        doc = library.document(DOCUMENT)
        text, doc_id = doc.text, doc.record.id
        items = []
        for quote, body in NOTES:
            start = text.index(quote)
            items.append(Annotation.new(doc_id, Kind.NOTE, Anchor.at(text, start, start + len(quote)), body=body))
        start = text.index("الخبرة التقنية")
        items.append(Annotation.new(doc_id, Kind.HIGHLIGHT, Anchor.at(text, start, start + len("الخبرة التقنية"))))
        start = text.index("مكافحة التطرف العنيف")
        items.append(Annotation.new(doc_id, Kind.TAG, Anchor.at(text, start, start + 20), theme_id="religion"))
        library.add_annotations(items)
        library.add_document_tag(DocumentTag.new(doc_id, "security"))
        library.refresh_themes([doc_id])
    for lang in ("en", "ar"):
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--archive", str(root), "--screenshot", f"/tmp/notes-{lang}.png",
             "--overwrite", "--query", "مكافحة الإرهاب", "--open", DOCUMENT, "--lang", lang],
            check=True,
        )
        print(f"/tmp/notes-{lang}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
