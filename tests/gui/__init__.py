"""GUI tests (pytest-qt) come with the window, issue 5."""
