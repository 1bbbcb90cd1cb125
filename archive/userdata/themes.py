"""The theme taxonomy: the bundled themes of ``resources/themes.toml`` and the user's changes.

The TOML file holds what ships with the program (labels, colours, lexicons); the store holds
what the user made of it (renamed, recoloured, hidden, merged, added themes). Built-in themes
are copied into the store on first use and are never deleted: deleting one hides it, so that
tags and exported annotations that name it keep their meaning. A merged theme stays in the
store with ``merged_into`` set, its tags moved to the target, and its lexicon now counting for
the target; ``resolve`` follows that link for ids coming from outside (imports).
"""

from __future__ import annotations

import re
import sqlite3
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from archive.colors import is_color
from archive.errors import InvalidTheme, ThemeInUse, ThemeNotFound
from archive.locations import RESOURCES
from archive.types import Theme
from archive.userdata.store import Store, Transaction

THEMES_FILE = RESOURCES / "themes.toml"
# Ids end up in ``theme:`` queries and in the index's comma-separated theme field.
_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")
_THEME_COLUMNS = "id, label_ar, label_en, color, builtin, hidden, merged_into, position"


@dataclass(frozen=True, slots=True)
class ThemeLexicon:
    """The evidence for a theme, as written in the TOML file (analysed by the suggester)."""

    terms: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BuiltinTheme:
    id: str
    label_ar: str
    label_en: str
    color: str
    lexicon: ThemeLexicon


def load_taxonomy(path: Path = THEMES_FILE) -> list[BuiltinTheme]:
    """The bundled themes, in display order."""
    with path.open("rb") as f:
        data = tomllib.load(f)
    return [
        BuiltinTheme(
            t["id"],
            t["label_ar"],
            t["label_en"],
            t["color"],
            ThemeLexicon(tuple(t.get("terms", ())), tuple(t.get("weak", ())), tuple(t.get("acronyms", ()))),
        )
        for t in data["theme"]
    ]


class Themes:
    """The themes of one archive: reading, user operations (each one transaction)."""

    def __init__(self, store: Store, taxonomy: Sequence[BuiltinTheme]) -> None:
        self._store = store
        self.taxonomy = {t.id: t for t in taxonomy}
        self._seed(taxonomy)

    def _seed(self, taxonomy: Sequence[BuiltinTheme]) -> None:
        """Copy built-in themes the store lacks (first use, or a newer program's new ones)."""
        known = {row[0] for row in self._store.query("SELECT id FROM themes")}
        missing = [(i, t) for i, t in enumerate(taxonomy) if t.id not in known]
        if not missing:
            return
        with self._store.transaction(user_data=False) as tx:  # the program's own, not the user's
            for position, t in missing:
                tx.execute(
                    f"INSERT OR IGNORE INTO themes ({_THEME_COLUMNS}) VALUES (?, ?, ?, ?, 1, 0, NULL, ?)",
                    (t.id, t.label_ar, t.label_en, t.color, position),
                )

    # -- reading ------------------------------------------------------------------------

    def all(self, *, include_hidden: bool = False) -> list[Theme]:
        """Themes in display order; hidden and merged ones only with ``include_hidden``."""
        where = "" if include_hidden else "WHERE hidden = 0 AND merged_into IS NULL"
        rows = self._store.query(f"SELECT {_THEME_COLUMNS} FROM themes {where} ORDER BY position, id")
        return [_theme(row) for row in rows]

    def get(self, theme_id: str) -> Theme:
        rows = self._store.query(f"SELECT {_THEME_COLUMNS} FROM themes WHERE id = ?", (theme_id,))
        if not rows:
            raise ThemeNotFound(theme_id)
        return _theme(rows[0])

    def resolve(self, theme_id: str) -> str:
        """The theme that now stands for ``theme_id`` (following merges)."""
        seen = set()
        theme = self.get(theme_id)
        while theme.merged_into and theme.id not in seen:
            seen.add(theme.id)
            theme = self.get(theme.merged_into)
        return theme.id

    def effective_ids(self) -> dict[str, str]:
        """Built-in theme id -> the visible theme its lexicon counts for (hidden ones left out)."""
        visible = {t.id for t in self.all()}
        resolved = {builtin: self.resolve(builtin) for builtin in self.taxonomy}
        return {builtin: target for builtin, target in resolved.items() if target in visible}

    # -- user operations ----------------------------------------------------------------

    def add(self, label_ar: str, label_en: str, color: str, *, theme_id: str | None = None) -> Theme:
        """A new user theme; its id is derived from the English label unless given."""
        with self._store.transaction() as tx:
            return insert_theme(tx, label_ar, label_en, color, theme_id=theme_id)

    def rename(self, theme_id: str, *, label_ar: str | None = None, label_en: str | None = None) -> Theme:
        """Change either label; returns the theme as it was."""
        before = self.get(theme_id)
        new_ar = (label_ar if label_ar is not None else before.label_ar).strip()
        new_en = (label_en if label_en is not None else before.label_en).strip()
        if not new_ar or not new_en:
            raise InvalidTheme("a theme needs a label")
        self._set(theme_id, "label_ar = ?, label_en = ?", (new_ar, new_en))
        return before

    def recolour(self, theme_id: str, color: str) -> str:
        """Change a theme's colour; returns the previous one."""
        _check_color(color)
        before = self.get(theme_id)
        self._set(theme_id, "color = ?", (color,))
        return before.color

    def set_hidden(self, theme_id: str, hidden: bool) -> bool:
        """Hide or show a theme; returns whether it was hidden."""
        before = self.get(theme_id)
        self._set(theme_id, "hidden = ?", (int(hidden),))
        return before.hidden

    def move(self, theme_id: str, position: int) -> int:
        """Place a theme in the display order; returns its previous position."""
        before = self.get(theme_id)
        self._set(theme_id, "position = ?", (position,))
        return before.position

    def merge(self, source_id: str, target_id: str) -> None:
        """Fold ``source`` into ``target``: its tags, passages and feedback move over."""
        source, target = self.get(source_id), self.get(self.resolve(target_id))
        if source.id == target.id or source.merged_into:
            raise InvalidTheme(f"cannot merge {source_id} into {target_id}")
        s, t = source.id, target.id
        with self._store.transaction() as tx:
            # A document tagged with both keeps one tag; the same for a verdict on a suggestion.
            tx.execute(
                "DELETE FROM document_tags WHERE theme_id = ? AND document_id IN"
                " (SELECT document_id FROM document_tags WHERE theme_id = ?)",
                (s, t),
            )
            tx.execute("UPDATE document_tags SET theme_id = ? WHERE theme_id = ?", (t, s))
            tx.execute("UPDATE annotations SET theme_id = ? WHERE theme_id = ?", (t, s))
            tx.execute(
                "DELETE FROM suggestion_feedback WHERE theme_id = ? AND EXISTS (SELECT 1 FROM"
                " suggestion_feedback f WHERE f.theme_id = ? AND f.document_id ="
                " suggestion_feedback.document_id AND f.paragraph IS suggestion_feedback.paragraph)",
                (s, t),
            )
            tx.execute("UPDATE suggestion_feedback SET theme_id = ? WHERE theme_id = ?", (t, s))
            tx.execute("UPDATE themes SET merged_into = ? WHERE merged_into = ?", (t, s))
            tx.execute("UPDATE themes SET merged_into = ?, hidden = 1 WHERE id = ?", (t, s))

    def delete(self, theme_id: str) -> None:
        """Delete a user theme nothing refers to; a built-in one is only hidden."""
        theme = self.get(theme_id)
        if theme.builtin:
            self.set_hidden(theme_id, True)
            return
        try:
            with self._store.transaction() as tx:
                tx.execute("DELETE FROM themes WHERE id = ?", (theme_id,))
        except sqlite3.IntegrityError as exc:  # tags, passages or merged themes refer to it
            raise ThemeInUse(theme_id) from exc

    def _set(self, theme_id: str, assignments: str, params: tuple) -> None:
        with self._store.transaction() as tx:
            tx.execute(f"UPDATE themes SET {assignments} WHERE id = ?", (*params, theme_id))


def insert_theme(
    tx: Transaction, label_ar: str, label_en: str, color: str, *, theme_id: str | None = None
) -> Theme:
    """Add a user theme inside a transaction (``Themes.add``, and imports that meet new themes)."""
    label_ar, label_en = label_ar.strip() or label_en.strip(), label_en.strip() or label_ar.strip()
    if not label_ar:
        raise InvalidTheme("a theme needs a label")
    _check_color(color)
    taken = {row[0] for row in tx.execute("SELECT id FROM themes").fetchall()}
    new_id = theme_id or _unique_slug(label_en, taken)
    if not is_theme_id(new_id):
        raise InvalidTheme(f"theme id {new_id!r} is not lowercase letters, digits and hyphens")
    if new_id in taken:
        raise InvalidTheme(f"theme id {new_id} exists")
    position = tx.execute("SELECT ifnull(max(position), -1) + 1 FROM themes").fetchone()[0]
    theme = Theme(new_id, label_ar, label_en, color, position=position)
    tx.execute(
        f"INSERT INTO themes ({_THEME_COLUMNS}) VALUES (?, ?, ?, ?, 0, 0, NULL, ?)",
        (theme.id, theme.label_ar, theme.label_en, theme.color, theme.position),
    )
    return theme


def is_theme_id(value: str) -> bool:
    return _ID.fullmatch(value) is not None


def _theme(row: Sequence) -> Theme:
    t_id, label_ar, label_en, color, builtin, hidden, merged_into, position = row
    return Theme(t_id, label_ar, label_en, color, bool(builtin), bool(hidden), merged_into, position)


def _check_color(color: str) -> None:
    if not is_color(color):
        raise InvalidTheme(f"colour {color!r} is not #rrggbb")


def _unique_slug(label: str, taken: set[str]) -> str:
    """An id usable in ``theme:`` queries: lowercase ASCII words joined by hyphens."""
    base = "-".join(re.findall(r"[a-z0-9]+", label.lower())) or "theme"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug
