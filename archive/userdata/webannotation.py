"""W3C Web Annotation JSON (https://www.w3.org/TR/annotation-model/): writing and reading.

Pure format code: no store, no documents. ``archive.userdata.annotation_io`` applies it to an archive.

Written: one ``AnnotationCollection`` with its single ``AnnotationPage`` embedded as
``first``. Each annotation's ``id`` is ``urn:uuid:<our id>``; its ``target`` names the
document by ``source`` = the path relative to the archive (``/`` separators) and, for a
passage, carries both a ``TextPositionSelector`` and a ``TextQuoteSelector``. Motivation and
bodies by kind:

- document tag: ``tagging``, target without selector, a ``TextualBody`` with purpose
  ``tagging`` whose value is the theme id;
- passage tag: the same with selectors;
- note: ``commenting``, a ``TextualBody`` with purpose ``commenting`` (plain text), and a
  ``tagging`` body if the note has a theme;
- highlight: ``highlighting``, a ``commenting`` body if it has a text and a ``tagging`` body
  if it has a theme.

Read back, the motivation decides the kind: ``highlighting`` is a highlight whatever its
bodies (its comments become its text), otherwise a comment makes a note and a theme alone a
tag. So every annotation written here is read back with the same kind, text and themes.

Read: a collection (pages embedded through ``first`` / ``next``, or ``items`` directly), a
page, a single annotation or a list of annotations. Anything else, or anything that is not
JSON, raises ``AnnotationFormatError``; an annotation that cannot be understood is skipped
with its reason and the others are read.

Every input is bounded: a text of more than ``MAX_CHARS`` is refused, an annotation nested
deeper than ``MAX_DEPTH`` or holding an offset beyond ``MAX_OFFSET`` or a time that is not a
date and time within datetime's range is skipped. Times are read into the store's form
(UTC, seconds: ``2024-01-31T09:00:00Z``), so that they compare as text.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from archive.errors import AnnotationFormatError
from archive.types import Anchor, Skipped

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
_URN = "urn:uuid:"
MOTIVATION = {"tag": "tagging", "note": "commenting", "highlight": "highlighting"}
MAX_CHARS = 64 * 1024 * 1024
MAX_DEPTH = 32  # an annotation is about six levels deep
MAX_OFFSET = 2**31 - 1  # far beyond any document, well within SQLite's integers


@dataclass(frozen=True, slots=True)
class Target:
    """A document (by archive-relative path) and, for a passage, its selectors."""

    source: str
    position: tuple[int, int] | None = None
    quote: tuple[str, str, str] | None = None  # exact, prefix, suffix

    @property
    def is_passage(self) -> bool:
        return self.position is not None or self.quote is not None


@dataclass(frozen=True, slots=True)
class Parsed:
    """One annotation read from a file. ``kind`` None: a tag on the whole document."""

    index: int
    id: str
    kind: str | None
    themes: tuple[str, ...]
    body: str
    target: Target
    created: str | None
    modified: str | None


# -- writing ---------------------------------------------------------------------------------


def annotation_json(
    a_id: str,
    kind: str | None,
    source: str,
    *,
    themes: Sequence[str] = (),
    body: str = "",
    anchor: Anchor | None = None,
    created: str,
    modified: str | None = None,
) -> dict:
    """One annotation; ``kind`` None for a document tag, ``anchor`` for a passage."""
    bodies = []
    if kind == "note" or body:
        bodies.append({"type": "TextualBody", "purpose": "commenting", "value": body, "format": "text/plain"})
    bodies += [{"type": "TextualBody", "purpose": "tagging", "value": theme} for theme in themes]
    target: dict = {"source": source}
    if anchor is not None:
        # Both selectors, except for an orphan imported with only one of them.
        selectors = []
        if anchor.end > anchor.start:
            selectors.append({"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end})
        if anchor.exact:
            quote = {"exact": anchor.exact, "prefix": anchor.prefix, "suffix": anchor.suffix}
            selectors.append({"type": "TextQuoteSelector", **quote})
        target["selector"] = selectors
    item: dict[str, object] = {
        "id": _URN + a_id,
        "type": "Annotation",
        "motivation": MOTIVATION[kind or "tag"],
        "created": created,
    }
    if modified:
        item["modified"] = modified
    if bodies:
        item["body"] = bodies
    item["target"] = target
    return item


def collection_json(items: list[dict], *, label: str, generated: str) -> dict:
    return {
        "@context": CONTEXT,
        "id": _URN + str(uuid.uuid4()),
        "type": "AnnotationCollection",
        "label": label,
        "generated": generated,
        "total": len(items),
        "first": {"id": _URN + str(uuid.uuid4()), "type": "AnnotationPage", "startIndex": 0, "items": items},
    }


# -- reading ---------------------------------------------------------------------------------


def loads(text: str) -> tuple[list[Parsed], list[Skipped]]:
    if len(text) > MAX_CHARS:
        raise AnnotationFormatError(f"larger than {MAX_CHARS // (1024 * 1024)} MB")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise AnnotationFormatError(f"not JSON: {exc}") from exc
    return parse(data)


def parse(data: object) -> tuple[list[Parsed], list[Skipped]]:
    """The annotations of a decoded JSON document, and those skipped with their reasons."""
    parsed: list[Parsed] = []
    skipped: list[Skipped] = []
    for index, item in enumerate(_items(data)):
        try:
            parsed.append(_annotation(index, item))
        except _Bad as exc:
            skipped.append(Skipped(index, _raw_id(item), str(exc)))
    return parsed, skipped


class _Bad(Exception):
    """One annotation that cannot be read (the file as a whole still can)."""


def _items(data: object) -> Iterator[object]:
    if isinstance(data, list):
        yield from data
        return
    if not isinstance(data, dict):
        raise AnnotationFormatError("expected an annotation, a page or a collection")
    types = _types(data)
    if "Annotation" in types:
        yield data
    elif "AnnotationPage" in types or "AnnotationCollection" in types:
        yield from _page_items(data)
    else:
        raise AnnotationFormatError("expected an annotation, a page or a collection")


def _page_items(data: dict) -> Iterator[object]:
    """Items of a collection or page, following embedded ``first`` and ``next`` pages."""
    page: object = data
    while isinstance(page, dict):
        items = page.get("items", [])
        if not isinstance(items, list):
            raise AnnotationFormatError("'items' is not a list")
        yield from items
        page = page.get("first") if page is data and "first" in page else page.get("next")
        # A page given only by its IRI would have to be fetched: an offline program cannot.


def _annotation(index: int, item: object) -> Parsed:
    if not isinstance(item, dict):
        raise _Bad("not an object")
    if _depth(item) > MAX_DEPTH:
        raise _Bad(f"nested more than {MAX_DEPTH} levels deep")
    motivations = _strings(item.get("motivation"), "motivation")
    themes: list[str] = []
    notes: list[str] = []
    highlight = "highlighting" in motivations
    for body in _listed(item.get("body")):
        purpose, value = _body(body, motivations)
        if purpose == "tagging":
            if not value.strip():
                raise _Bad("a tagging body without a theme")
            themes.append(value.strip())
        elif purpose == "commenting":
            notes.append(value)
        elif purpose == "highlighting":
            highlight = True
            if value.strip():  # a highlighting body's text is kept, as the highlight's note
                notes.append(value)
    if "bodyValue" in item:
        notes.append(_string(item["bodyValue"], "bodyValue"))
    target = _target(item.get("target"))
    if highlight:
        kind: str | None = "highlight"
    elif notes:
        kind = "note"
    elif themes:
        kind = "tag" if target.is_passage else None
    else:
        kind = "highlight"
    if kind is not None and not target.is_passage:
        raise _Bad(f"a {kind} needs a passage: its target has no usable selector")
    if kind is None and not themes:
        raise _Bad("a document tag without a theme")
    return Parsed(
        index,
        _our_id(item),
        kind,
        tuple(dict.fromkeys(themes)),
        "\n\n".join(notes),
        target,
        _optional_time(item, "created"),
        _optional_time(item, "modified"),
    )


def _body(body: object, motivations: list[str]) -> tuple[str, str]:
    """(purpose, value) of one body; a body without purpose takes the single motivation."""
    if isinstance(body, str):
        raise _Bad("a body given by IRI cannot be read offline")
    if not isinstance(body, dict):
        raise _Bad("a body is not an object")
    purposes = _strings(body.get("purpose"), "purpose") or motivations
    purpose = next((p for p in ("commenting", "tagging", "highlighting") if p in purposes), None)
    if purpose is None:
        raise _Bad(f"a body with purpose {purposes or 'none'}: expected tagging, commenting or highlighting")
    return purpose, _string(body.get("value", ""), "body value")


def _target(target: object) -> Target:
    if isinstance(target, list):  # several targets: the annotation is read on the first
        target = target[0] if target else None
    if isinstance(target, str):
        return Target(_source(target))
    if not isinstance(target, dict):
        raise _Bad("no target")
    source = _source(target.get("source"))
    position = quote = None
    for selector in _listed(target.get("selector")):
        if not isinstance(selector, dict):
            raise _Bad("a selector is not an object")
        types = _types(selector)
        if "TextPositionSelector" in types:
            start, end = _offset(selector, "start"), _offset(selector, "end")
            if end <= start:
                raise _Bad("an empty or reversed TextPositionSelector")
            position = (start, end)
        elif "TextQuoteSelector" in types:
            exact = _string(selector.get("exact"), "exact")
            if not exact:
                raise _Bad("an empty TextQuoteSelector")
            quote = (
                exact,
                _optional_string(selector, "prefix") or "",
                _optional_string(selector, "suffix") or "",
            )
    return Target(source, position, quote)


def _source(value: object) -> str:
    """The archive-relative path a target names."""
    if not isinstance(value, str) or not value.strip():
        raise _Bad("a target without a source")
    path = value.strip().replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path


def _our_id(item: dict) -> str:
    """Our UUID: kept from ``urn:uuid:`` ids, derived from other ids or the content, so
    that importing the same file twice finds the same annotations."""
    raw = item.get("id")
    if isinstance(raw, str) and raw.lower().startswith(_URN):
        try:
            return str(uuid.UUID(raw[len(_URN) :]))
        except ValueError:
            pass
    seed = raw if isinstance(raw, str) and raw else json.dumps(item, sort_keys=True, ensure_ascii=False)
    return str(uuid.uuid5(uuid.NAMESPACE_URL, seed))


def _raw_id(item: object) -> str | None:
    raw = item.get("id") if isinstance(item, dict) else None
    return raw if isinstance(raw, str) else None


def _types(obj: dict) -> list[str]:
    return [t for t in _listed(obj.get("type")) if isinstance(t, str)]


def _listed(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _strings(value: object, name: str) -> list[str]:
    values = _listed(value)
    if not all(isinstance(v, str) for v in values):
        raise _Bad(f"'{name}' is not text")
    return values


def _string(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise _Bad(f"'{name}' is not text")
    return value


def _optional_string(obj: dict, key: str) -> str | None:
    return _string(obj[key], key) if obj.get(key) is not None else None


def _offset(selector: dict, key: str) -> int:
    value = selector.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_OFFSET:
        raise _Bad(f"TextPositionSelector '{key}' is not an integer from 0 to {MAX_OFFSET}")
    return value


def _optional_time(obj: dict, key: str) -> str | None:
    """A time in the store's form; None when absent."""
    value = _optional_string(obj, key)
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (ValueError, OverflowError):  # not a time, or one that leaves datetime's range in UTC
        raise _Bad(f"'{key}' is not a date and time") from None


def _depth(value: object) -> int:
    """How deeply lists and objects nest in ``value`` (without recursion, which a hostile
    file could exhaust)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is None:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            break
        stack.extend((child, depth + 1) for child in children)
    return deepest
