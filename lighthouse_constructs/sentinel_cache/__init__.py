"""SentinelCache: Redis with Sentinel, and the scripts that keep it to one primary."""

from .construct import SentinelCache
from .props import SentinelCacheProps

__all__ = ["SentinelCache", "SentinelCacheProps"]
