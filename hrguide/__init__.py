"""hrguide: an offline desktop guide to careers in health records management."""

APP_NAME = "hrguide"
APP_TITLE = "Health Records Career Guide"


def __getattr__(name: str) -> str:
    # The version is read from the installed metadata (pyproject.toml is the one place it is
    # written) only when asked for: importlib.metadata is costly at start-up.
    if name == "__version__":
        from importlib import metadata  # deferred (bench/deferred_imports.py)

        try:
            return metadata.version("hrguide")
        except metadata.PackageNotFoundError:  # a source tree that was never installed
            return "0.0.0+source"
    raise AttributeError(name)
