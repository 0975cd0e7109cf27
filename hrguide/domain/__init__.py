"""Plain dataclasses and pure rules of the guide. No Qt, no SQL."""
