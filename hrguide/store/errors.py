"""The one exception type for problems a user can meet with a guide database."""

from __future__ import annotations


class GuideDataError(Exception):
    """The guide database is missing, unreadable, corrupt or of another schema version.

    The message names the file and says what to do; show it as it is, never a traceback.
    """

    def __init__(self, path: object, problem: str, advice: str | None = None) -> None:
        self.path = str(path)
        self.problem = problem
        self.advice = advice or (
            "Reinstall hrguide, or install a good guide database with `hrguide db install FILE`."
        )
        super().__init__(f"{self.path}: {problem}. {self.advice}")
