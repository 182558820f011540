"""Regenerate the README's screenshots from a running dev server.

Usage: make screenshots (serves the app on 127.0.0.1:8765 and drives Debian's Chromium).
"""

import os
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = os.environ.get("SCREENSHOT_URL", "http://127.0.0.1:8765")
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip

PAGES = [("library", "/exercises/?focus=core"), ("exercise", "/exercises/bird-dog/"), ("home", "/")]
VIEWPORTS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 800}}


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for device, viewport in VIEWPORTS.items():
            page = browser.new_page(viewport=viewport)
            for name, path in PAGES:
                page.goto(BASE + path)
                page.screenshot(path=OUT / f"{name}-{device}.png", full_page=device == "phone")
            page.close()
        browser.close()
    print(f"Screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
