"""Exact and near-duplicate detection across sources (press releases on both the municipal site
and its mynewsdesk newsroom). MinHash over 3-word shingles with LSH (datasketch); a relayed press release with a new
headline and a few reworded sentences scores about 0.7 against the original, unrelated pages
of the same municipality below 0.2."""
from __future__ import annotations

import re

import numpy as np

from datasketch import MinHash, MinHashLSH

_TOKEN = re.compile(r"[\wåäöÅÄÖ]+", re.U)
NUM_PERM = 64
SCHEME = "affine32"  # stored signatures must be compared under the scheme that made them


def shingles(text: str, k: int = 3) -> set[bytes]:
    words = [w.lower() for w in _TOKEN.findall(text)]
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def minhash(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    m.update_batch(list(shingles(text)))
    return m


class NearDuplicateIndex:
    """First-seen wins: a later document that matches an earlier one points at it."""

    def __init__(self, threshold: float = 0.6, min_words: int = 30):
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.threshold = threshold
        self.min_words = min_words
        self.exact: dict[str, str] = {}
        self.hashes: dict[str, MinHash] = {}
        self.order: dict[str, int] = {}

    def check_and_add(self, canonical_url: str, content_hash: str, text: str) -> str | None:
        """The canonical URL this document duplicates, or None; registers the document."""
        original = self.exact.get(content_hash)
        if original and original != canonical_url:
            return original
        self.exact.setdefault(content_hash, canonical_url)
        if len(_TOKEN.findall(text)) < self.min_words:
            return None
        if canonical_url in self.hashes:  # a changed page: replace its old signature
            self.lsh.remove(canonical_url)
            del self.hashes[canonical_url]
        mh = minhash(text)
        candidates = [c for c in self.lsh.query(mh) if c != canonical_url
                      and self.hashes[c].jaccard(mh) >= self.threshold]
        self.lsh.insert(canonical_url, mh)
        self.hashes[canonical_url] = mh
        self.order[canonical_url] = len(self.order)
        if candidates:
            return min(candidates, key=lambda c: self.order[c])
        return None

    def signature(self, canonical_url: str) -> list[int] | None:
        mh = self.hashes.get(canonical_url)
        return [int(v) for v in mh.hashvalues] if mh is not None else None

    def preload(self, canonical_url: str, content_hash: str | None, signature: list[int] | None) -> None:
        """Register a document from an earlier crawl (incremental runs compare against it)."""
        if content_hash:
            self.exact.setdefault(content_hash, canonical_url)
        if signature and len(signature) == NUM_PERM and canonical_url not in self.hashes:
            mh = MinHash(num_perm=NUM_PERM, hashvalues=np.array(signature, dtype=np.uint64), scheme=SCHEME)
            self.lsh.insert(canonical_url, mh)
            self.hashes[canonical_url] = mh
            self.order[canonical_url] = len(self.order)
