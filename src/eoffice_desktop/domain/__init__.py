"""Pure domain rules: letters, document kinds, Thai dates and digits, numbering. No Qt, no SQLAlchemy."""
