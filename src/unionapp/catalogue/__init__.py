"""The programme catalogue: bundled notices, queries, and exchange with spreadsheets."""
