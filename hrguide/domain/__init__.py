"""Plain records (named tuples) and pure rules of the guide. No Qt, no SQL."""
