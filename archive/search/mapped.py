"""Index segments read through memory maps, without copying them into memory.

Whoosh's own memory-map mode hands out each part of a segment (postings, term table,
stored fields) as a BytesIO over the map, and a BytesIO copies what it is given: a
process holding a searcher grew by the size of the index (1.2 GB for 50,000 documents).
Reading through plain files instead costs a seek and a read per access, which made term
lookups the larger part of a search. Here the parts are views of the map: the pages a
search touches come from the system's file cache, which can drop them again.
"""

from __future__ import annotations

import mmap
import os

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile


class MappedStorage(FileStorage):
    """A folder of Whoosh files, each opened for reading as a memory map."""

    def __init__(self, path: str) -> None:
        super().__init__(path, supports_mmap=False)  # Whoosh's mapping copies: see above

    def open_file(self, name, **kwargs):
        path = self._fpath(name)
        if os.path.getsize(path) == 0:  # mmap cannot map nothing
            return super().open_file(name, **kwargs)
        with open(path, "rb") as handle:  # the map keeps the file open itself
            segment = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        return MappedFile(memoryview(segment), name)


class MappedFile(StructFile):
    """A memory-mapped file, or a part of one: every read slices the map."""

    def __init__(self, view: memoryview, name: str | None = None) -> None:
        super().__init__(_ViewReader(view), name=name)
        self.view = view

    def subset(self, position: int, length: int, name: str | None = None) -> MappedFile:
        # Whoosh opens each part of a compound segment file this way.
        return MappedFile(self.view[position : position + length], name or self._name)

    def get(self, position: int, length: int) -> bytes:
        return self.view[position : position + length].tobytes()


class _ViewReader:
    """The file interface (read, seek, pickle loading) over a memoryview."""

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._pos = 0

    def read(self, size: int | None = -1) -> bytes:
        end = len(self._view) if size is None or size < 0 else min(self._pos + size, len(self._view))
        data = self._view[self._pos : end].tobytes()
        self._pos = max(self._pos, end)
        return data

    def peek(self, size: int = 0) -> bytes:
        # The unpickler prefetches through peek() instead of a read() per opcode; Whoosh's
        # pickles here (block headers) are a few dozen bytes.
        return self._view[self._pos : self._pos + 512].tobytes()

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        end = len(self._view) if size is None or size < 0 else min(self._pos + size, len(self._view))
        start = self._pos
        while start < end:  # a few kilobytes at a time: the rest may be the whole segment
            newline = self._view[start : min(start + 4096, end)].tobytes().find(b"\n")
            if newline >= 0:
                return self.read(start + newline + 1 - self._pos)
            start += 4096
        return self.read(end - self._pos)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: len(self._view)}[whence]
        self._pos = base + offset
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        # The map is unmapped when the last view of it goes (Whoosh may still hold parts).
        self._view = memoryview(b"")
