"""Where and how the data is kept: paths, the database engine, migrations, backups, the instance lock."""
