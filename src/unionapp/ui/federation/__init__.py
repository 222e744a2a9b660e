"""The federation's view: every union's applications and figures (no roster)."""
