"""Package discovery for setuptools (everything else is in pyproject.toml).

Every package under hrguide/ is found by pattern, so a new subpackage is always in the
wheel; data/ and resources/ are mapped into the package as hrguide.data and
hrguide.resources (pyproject.toml, [tool.setuptools] package-dir).
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["hrguide", "hrguide.*"]), "hrguide.data", "hrguide.resources"]
)
