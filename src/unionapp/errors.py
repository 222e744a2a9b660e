"""The two kinds of error: problems the user can act on (UserError) and everything else (bugs)."""


class UserError(Exception):
    """A problem the user can act on; its message is plain Chinese and says what and where."""


class AlreadyRunning(UserError):
    """Another running copy of the program holds the data folder."""


class DatabaseTooNew(UserError):
    """The database was written by a newer version of the program."""


class DatabaseCorrupt(UserError):
    """The database file is damaged or is not a database at all."""


class NotFound(UserError):
    """A record the user named does not exist."""
