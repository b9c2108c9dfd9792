"""Activities: what logging a follow-up, visit or task does to the records it is logged against."""
