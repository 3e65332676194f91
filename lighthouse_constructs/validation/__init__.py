"""The validation gate: proves that every synthesized object would be accepted and is safe.

- schemas: Kubernetes OpenAPI (strict) for core kinds, of the emitted API and of the cluster
  minimum (KUBERNETES_API_VERSION, KUBERNETES_CLUSTER_VERSION); the CRD version's openAPIV3Schema
  for custom resources; DNS names;
- duplicates: one object per apiVersion group, kind, namespace and name in each environment;
- pod_security: Pod Security Standards "restricted" on every pod template, PSS namespace labels;
- checkov (optional, installed apart): zero failed checks, exemptions only as listed in the
  library's exemptions.yaml (package data) or the user's --exemptions files.

`make check` runs it over dist/; the test suite runs it over every freshly synthesized environment.
Other projects install it with `pip install 'lighthouse-constructs[gate]'` and run
`python -m lighthouse_constructs.validation DIR --crds DIR [--exemptions FILE]`.
Not imported by `lighthouse_constructs`.
"""

from .checkov import Exemption, check_exemptions, load_allow_list, run_checkov
from .duplicates import check_duplicates
from .findings import CHECKS, Finding
from .gate import (
    EnvironmentReport,
    GateReport,
    check_environments,
    check_objects,
    check_tree,
)
from .manifests import Source, load_all, load_dir, load_sources
from .pod_security import (
    check_namespace_labels,
    check_pod_security,
    evaluate,
    pod_templates,
)
from .schemas import check_name, check_schema, check_schemas

__all__ = [
    "CHECKS", "EnvironmentReport", "Exemption", "Finding", "GateReport", "Source", "check_duplicates",
    "check_environments", "check_exemptions", "check_name", "check_namespace_labels", "check_objects", "check_pod_security",
    "check_schema", "check_schemas", "check_tree", "evaluate", "load_all", "load_allow_list", "load_dir", "load_sources",
    "pod_templates", "run_checkov",
]
