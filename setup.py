"""The one thing pyproject.toml cannot say: the package list that ships `imports/` as `lighthouse_constructs.imports`.

The generated CRD bindings live in the top-level `imports/` (the cdk8s convention) and are mapped onto
`lighthouse_constructs.imports` by `[tool.setuptools] package-dir`. A `packages.find` table only names
packages after their directories (it would find `imports.cnpg...`), so the list is built here: every package
under `lighthouse_constructs/`, and every package under `imports/` with the mapped prefix. Everything else
(metadata, package-dir, package data) stays in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

BINDINGS = "lighthouse_constructs.imports"
SKIP = ["*__pycache__", "*__pycache__.*"]

setup(
    packages=[
        *find_namespace_packages(include=["lighthouse_constructs", "lighthouse_constructs.*"], exclude=SKIP),
        BINDINGS,
        *(f"{BINDINGS}.{name}" for name in find_namespace_packages("imports", exclude=SKIP)),
    ]
)
