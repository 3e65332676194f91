"""Lighthouse constructs: typed cdk8s constructs that deploy the Lighthouse platform."""

from . import _runtime  # noqa: F401  (must run before jsii starts)
from .mesh_policy import CircuitBreaker, MeshPolicy, MeshPolicyProps, RateLimit
from .namespace import LighthouseNamespace, NamespaceHandle, NamespaceProps

__all__ = [
    "CircuitBreaker",
    "LighthouseNamespace",
    "MeshPolicy",
    "MeshPolicyProps",
    "NamespaceHandle",
    "NamespaceProps",
    "RateLimit",
]
