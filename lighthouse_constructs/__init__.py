"""Lighthouse constructs: typed cdk8s constructs that deploy the Lighthouse platform."""

from . import _runtime  # noqa: F401  (must run before jsii starts)
from .fuse_mount import FuseMountDaemon, FuseMountDaemonProps
from .namespace import LighthouseNamespace, NamespaceHandle, NamespaceProps

__all__ = ["FuseMountDaemon", "FuseMountDaemonProps", "LighthouseNamespace", "NamespaceHandle", "NamespaceProps"]
