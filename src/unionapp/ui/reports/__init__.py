"""Reports (报表) and report e-mail."""
