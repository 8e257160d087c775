"""Syndicated copies: near-duplicate articles grouped into stories (MinHash LSH).

An article joins the story of the most similar stored article whose estimated
Jaccard similarity of word shingles reaches ``threshold``; otherwise it starts
a story of its own, named after itself. Signatures are stored with the
articles, so the index is rebuilt from the store on the next run.
"""

from __future__ import annotations

import itertools
import re
import zlib
from typing import Iterable

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from sahelwatch.settings import Stories

_WORD = re.compile(r"\w+")


_MAX_HASH = np.uint64((1 << 32) - 1)
_MIX = np.uint64(0x9E3779B1)


class StoryIndex:
    def __init__(self, settings: Stories):
        self.settings = settings
        self.lsh = MinHashLSH(threshold=settings.threshold, num_perm=settings.num_perm)
        self.members: dict[str, tuple[LeanMinHash, str]] = {}
        # Shingles are hashed here (shingle_hashes); datasketch permutes and reduces them.
        self._template = MinHash(num_perm=settings.num_perm, hashfunc=int)
        self._dtype = self._template.hashvalues.dtype

    def __len__(self) -> int:
        return len(self.members)

    def shingle_hashes(self, text: str) -> np.ndarray:
        """32-bit hashes of the distinct word k-grams (crc32 of each word, mixed)."""
        words = np.fromiter((zlib.crc32(w.encode()) for w in _WORD.findall(text.lower())), dtype=np.uint64)
        k = self.settings.shingle_size
        if len(words) == 0:
            return words
        if len(words) <= k:
            k = len(words)
        h = np.zeros(len(words) - k + 1, dtype=np.uint64)
        for i in range(k):
            h = (h * _MIX + words[i : len(words) - k + 1 + i]) & _MAX_HASH
        return np.unique(h)

    def signature(self, text: str) -> LeanMinHash:
        m = self._template.copy()
        hashes = self.shingle_hashes(text)
        if len(hashes):
            m.update_batch(hashes.tolist())
        return LeanMinHash(m)

    def assign(self, article_id: str, text: str) -> tuple[str, bytes, bool]:
        """Return (story_id, signature bytes, joined_existing_story)."""
        sig = self.signature(text)
        story_id, joined = article_id, False
        best = 0.0
        for candidate in itertools.islice(self.lsh.query(sig), self.settings.max_candidates):
            other, other_story = self.members[candidate]
            similarity = sig.jaccard(other)
            if similarity >= self.settings.threshold and similarity > best:
                best, story_id, joined = similarity, other_story, True
        self.add(article_id, sig, story_id)
        return story_id, self.encode(sig), joined

    def add(self, article_id: str, sig: LeanMinHash, story_id: str) -> None:
        if article_id in self.members:
            return
        self.members[article_id] = (sig, story_id)
        self.lsh.insert(article_id, sig, check_duplication=False)

    def load(self, rows: Iterable[tuple[str, str, bytes]]) -> int:
        """Add stored (article_id, story_id, signature) rows; returns how many."""
        n = 0
        for article_id, story_id, blob in rows:
            if blob is None:
                continue
            sig = self.decode(blob)
            if len(sig.hashvalues) != self.settings.num_perm:
                continue  # stored with other settings: cannot be compared
            self.add(article_id, sig, story_id)
            n += 1
        return n

    @staticmethod
    def encode(sig: LeanMinHash) -> bytes:
        return np.ascontiguousarray(sig.hashvalues).tobytes()

    def decode(self, blob: bytes) -> LeanMinHash:
        values = np.frombuffer(blob, dtype=self._dtype)
        return LeanMinHash(seed=self._template.seed, hashvalues=values, scheme=self._template.scheme)
