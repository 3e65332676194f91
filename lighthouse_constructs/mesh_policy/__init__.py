"""MeshPolicy: Istio and NetworkPolicy objects derived from the chart's dependency graph."""

from .props import CircuitBreaker, MeshPolicyProps, RateLimit
from .policy import DeclaredFlow, MeshNamespaceHandle, MeshPolicy, MeshPolicyError

__all__ = [
    "CircuitBreaker",
    "DeclaredFlow",
    "MeshNamespaceHandle",
    "MeshPolicy",
    "MeshPolicyError",
    "MeshPolicyProps",
    "RateLimit",
]
