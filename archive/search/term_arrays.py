"""A term's postings as arrays: decoded from Whoosh's blocks, or read from a file beside
the segment.

Whoosh stores postings in pickled blocks of 128 that carry every position with every
document. A search wants the documents and weights only, and decoding the blocks of a
word found in a third of the archive took most of a search's time (about 1.2 µs a
posting, so 20 ms for one word over 50,000 articles). After the indexer writes a segment,
it copies the postings of the segment's frequent terms into one file of document numbers
(uint32) and weights (float32) named after the segment; searches read them straight from
the memory map. Whoosh deletes the file with its segment (its name follows the segment's
pattern). A missing or damaged file only means the blocks are decoded.

Decoding reads Whoosh 2.7's block structures directly; the version is pinned in uv.lock,
and tests compare the results with Whoosh's own matchers.
"""

from __future__ import annotations

import logging
import pickle
import struct
from pathlib import Path

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.index import FileIndex
from whoosh.matching import FilterMatcher
from whoosh.reading import SegmentReader

from archive.atomic import replacing
from archive.progress import CancelToken, ProgressCallback
from archive.search.index import each_segment

log = logging.getLogger(__name__)

SUFFIX = ".wqa"
# Terms in fewer documents fit a block or two, as quick to decode as to look up here.
MIN_DOCS = 64
_MAGIC = b"WQA1"
_FOOTER = struct.Struct("<Q")  # where the directory starts
_PARTIAL = ".wqa-partial"

Postings = tuple[np.ndarray, np.ndarray, list | None]  # documents, weights, encoded values


def decode(matcher, values: bool = False) -> Postings:
    """A term's document numbers and weights (and values if asked), deleted ones included."""
    if isinstance(matcher, FilterMatcher):  # the deletions: callers remove them
        matcher = matcher.child
    if not isinstance(matcher, W3LeafMatcher):  # few postings, kept in the term table
        docnums, weights, encoded = [], [], []
        while matcher.is_active():
            docnums.append(matcher.id())
            weights.append(matcher.weight())
            if values:
                encoded.append(matcher.value())
            matcher.next()
        return np.array(docnums, dtype=np.int64), np.array(weights, dtype=np.float64), encoded if values else None
    id_blocks, weight_blocks, encoded = [], [], []
    while matcher.is_active():
        matcher._read_data()
        ids, weights = matcher._data[0], matcher._data[1]
        ids = np.asarray(ids, dtype=np.int64)
        id_blocks.append(ids if matcher._byteids else np.cumsum(ids))  # delta-coded
        if weights is None or isinstance(weights, float):
            weight_blocks.append(np.full(len(ids), 1.0 if weights is None else weights))
        else:
            weight_blocks.append(np.asarray(weights, dtype=np.float64))
        if values:
            encoded.extend(matcher._data[2])
        matcher._next_block()
    if not id_blocks:
        return np.empty(0, dtype=np.int64), np.empty(0), encoded if values else None
    return np.concatenate(id_blocks), np.concatenate(weight_blocks), encoded if values else None


class SegmentArrays:
    """The frequent terms' postings of one segment, as views of its mapped file."""

    def __init__(self, view: memoryview, directory: dict[tuple[str, bytes], tuple[int, int]]) -> None:
        self._view = view
        self._directory = directory

    @classmethod
    def read(cls, view: memoryview) -> SegmentArrays:
        if bytes(view[: len(_MAGIC)]) != _MAGIC:
            raise ValueError("not a term arrays file")
        (start,) = _FOOTER.unpack(view[-_FOOTER.size :])
        directory = pickle.loads(view[start : -_FOOTER.size])
        if any(offset + 8 * count > start for offset, count in directory.values()):
            raise ValueError("arrays beyond the data")
        return cls(view, directory)

    def get(self, fieldname: str, btext: bytes) -> tuple[np.ndarray, np.ndarray] | None:
        found = self._directory.get((fieldname, btext))
        if found is None:
            return None
        offset, count = found
        docnums = np.frombuffer(self._view, dtype="<u4", count=count, offset=offset)
        weights = np.frombuffer(self._view, dtype="<f4", count=count, offset=offset + 4 * count)
        return docnums.astype(np.int64), weights.astype(np.float64)


NO_ARRAYS = SegmentArrays(memoryview(b""), {})


def open_arrays(reader: SegmentReader) -> SegmentArrays | None:
    """The segment's arrays; NO_ARRAYS if their file is damaged; None while there is none
    (the indexer writes it after committing the segment, so it may still come)."""
    name = reader.segment().make_filename(SUFFIX)
    storage = reader._storage  # the segment's files, then the index folder
    if not storage.file_exists(name):
        return None
    try:
        return SegmentArrays.read(storage.open_file(name).view)
    except Exception as exc:  # a damaged file: the blocks still hold everything
        log.warning("ignoring %s: %s", name, exc)
        return NO_ARRAYS


def write_missing(
    ix: FileIndex, progress: ProgressCallback | None = None, cancel: CancelToken | None = None
) -> int:
    """Write the arrays of every segment that lacks them; returns how many were written.

    Callers hold the archive's update lock (one writer of these files at a time).
    """
    folder = Path(ix.storage.folder)
    for partial in folder.glob(f".*{_PARTIAL}"):  # left by a killed run
        partial.unlink(missing_ok=True)
    missing = [seg for seg in ix._segments() if not (folder / seg.make_filename(SUFFIX)).exists()]
    for reader in each_segment(ix, missing, "prepare", progress, cancel):
        _write(folder / reader.segment().make_filename(SUFFIX), reader)
    return len(missing)


def _write(path: Path, reader: SegmentReader) -> None:
    directory: dict[tuple[str, bytes], tuple[int, int]] = {}
    with replacing(path, suffix=_PARTIAL) as partial, open(partial, "wb") as out:
        out.write(_MAGIC)
        for fieldname, field in reader.schema.items():
            if not field.scorable:
                continue
            for btext, info in reader.iter_field(fieldname):
                if info.doc_frequency() < MIN_DOCS:
                    continue
                docnums, weights, _ = decode(reader.postings(fieldname, btext))
                directory[(fieldname, btext)] = (out.tell(), len(docnums))
                out.write(docnums.astype("<u4").tobytes())
                out.write(weights.astype("<f4").tobytes())
        start = out.tell()
        out.write(pickle.dumps(directory, protocol=pickle.HIGHEST_PROTOCOL))
        out.write(_FOOTER.pack(start))
