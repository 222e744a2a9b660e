"""unionapp（基层工会助手）: the core of the union chairperson's desktop assistant."""

__version__ = "0.1.0"
