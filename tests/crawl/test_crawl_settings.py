from __future__ import annotations

import pytest

from crawl.settings import USER_AGENT, build_settings


def test_polite_defaults():
    s = build_settings(env={})
    assert s["ROBOTSTXT_OBEY"] and s["AUTOTHROTTLE_ENABLED"] and s["CONCURRENT_REQUESTS_PER_DOMAIN"] == 1
    assert s["USER_AGENT"] == USER_AGENT and "+https://" in USER_AGENT


def test_profile_from_env():
    assert build_settings(env={"DIALOGKARTAN_CRAWL_PROFILE": "fast"})["DOWNLOAD_DELAY"] == 0


def test_env_override_is_typed():
    s = build_settings(env={"DIALOGKARTAN_CRAWL_SET_DOWNLOAD_TIMEOUT": "7", "DIALOGKARTAN_CRAWL_SET_ARCHIVE": "false"})
    assert s["DOWNLOAD_TIMEOUT"] == 7 and s["ARCHIVE"] is False


def test_dict_beats_env():
    s = build_settings({"DOWNLOAD_TIMEOUT": 9}, env={"DIALOGKARTAN_CRAWL_SET_DOWNLOAD_TIMEOUT": "7"})
    assert s["DOWNLOAD_TIMEOUT"] == 9


def test_middlewares_merge_not_replace():
    s = build_settings({"DOWNLOADER_MIDDLEWARES": {"x.Y": 5}}, env={})
    assert "crawl.middlewares.ProxySafetyMiddleware" in s["DOWNLOADER_MIDDLEWARES"] and "x.Y" in s["DOWNLOADER_MIDDLEWARES"]


def test_redis_layer_switches_scheduler():
    s = build_settings({"REDIS_URL": "redis://127.0.0.1:6399/0"}, env={})
    assert s["SCHEDULER"] == "scrapy_redis.scheduler.Scheduler" and s["SCHEDULER_PERSIST"] is True
    assert s["DUPEFILTER_CLASS"] == "scrapy_redis.dupefilter.RFPDupeFilter"


def test_unknown_profile():
    with pytest.raises(ValueError, match="unknown crawl profile"):
        build_settings({"PROFILE": "turbo"}, env={})


@pytest.mark.parametrize("profile", ["polite", "fast", "test"])
def test_no_listening_extensions(profile):
    """Telnet console and remote control run code sent to a local port: never on in a crawl."""
    s = build_settings({"PROFILE": profile}, env={})
    assert s["TELNETCONSOLE_ENABLED"] is False and s["REMOTE_CONTROL_ENABLED"] is False
    assert s["EXTENSIONS"]["scrapy.extensions.telnet.TelnetConsole"] is None
    assert s["EXTENSIONS"]["scrapy.extensions.remote_control.RemoteControl"] is None


def test_retry_after_cap_per_profile():
    caps = {p: build_settings({"PROFILE": p}, env={})["RETRY_AFTER_MAX"] for p in ("polite", "fast", "test")}
    assert caps == {"polite": 120.0, "fast": 30.0, "test": 5.0}
    assert build_settings({"RETRY_AFTER_MAX": 600}, env={})["RETRY_AFTER_MAX"] == 600
