"""Item pipeline: near-duplicate marking, schema validation, writing items.jsonl."""
from __future__ import annotations

import logging

from scrapy.exceptions import DropItem

from crawl.dedupe import NearDuplicateIndex
from crawl.items import validate

log = logging.getLogger(__name__)


class DocumentPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.index = NearDuplicateIndex(crawler.settings.getfloat("NEAR_DUP_THRESHOLD", 0.6))

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None) -> None:
        """Documents of earlier runs (state.json) take part in near-duplicate detection."""
        state = getattr(self.crawler.spider, "crawl_state", None)
        for key, entry in (state.urls.items() if state else ()):
            if entry.get("minhash") or entry.get("canonical"):
                self.index.preload(entry.get("canonical") or key, entry.get("content_hash"), entry.get("minhash"))

    def process_item(self, item: dict):
        output = self.crawler.spider.output
        errors = validate(item)
        if errors:
            output.note_invalid(item.get("source_id", "?"), errors)
            log.warning("invalid item %s: %s", item.get("url"), "; ".join(errors))
            raise DropItem(f"invalid item: {'; '.join(errors)}")
        item["near_duplicate_of"] = self.index.check_and_add(item["canonical_url"], item["content_hash"],
                                                             item["text"])
        state = getattr(self.crawler.spider, "crawl_state", None)
        if state is not None:
            from crawl.urls import canonicalize
            state.update(canonicalize(item["url"]), canonical=item["canonical_url"],
                         minhash=self.index.signature(item["canonical_url"]))
        output.write_item(item)
        return item
