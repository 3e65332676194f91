"""MeshPolicy: Istio and NetworkPolicy objects derived from the chart's dependency graph."""

from ..handles import MeshNamespaceHandle
from .policy import DeclaredFlow, MeshPolicy, MeshPolicyError
from .props import CircuitBreaker, MeshPolicyProps, RateLimit

__all__ = [
    "CircuitBreaker",
    "DeclaredFlow",
    "MeshNamespaceHandle",
    "MeshPolicy",
    "MeshPolicyError",
    "MeshPolicyProps",
    "RateLimit",
]
