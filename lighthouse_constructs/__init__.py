"""Lighthouse constructs: typed cdk8s constructs that deploy the Lighthouse platform."""

from . import _runtime  # noqa: F401  (must run before jsii starts)
from .namespace import LighthouseNamespace, NamespaceHandle, NamespaceProps
from .observability import ObservabilityStack, ObservabilityStackProps

__all__ = ["LighthouseNamespace", "NamespaceHandle", "NamespaceProps", "ObservabilityStack", "ObservabilityStackProps"]
