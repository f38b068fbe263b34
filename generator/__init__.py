"""Static briefing-site generator for news articles."""

from __future__ import annotations

__version__ = "0.1.0"
