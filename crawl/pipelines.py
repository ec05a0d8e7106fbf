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

    def process_item(self, item: dict):
        output = self.crawler.spider.output
        errors = validate(item)
        if errors:
            output.note_invalid(item.get("source_id", "?"), errors)
            log.warning("invalid item %s: %s", item.get("url"), "; ".join(errors))
            raise DropItem(f"invalid item: {'; '.join(errors)}")
        item["near_duplicate_of"] = self.index.check_and_add(item["canonical_url"], item["content_hash"],
                                                             item["text"])
        output.write_item(item)
        return item
