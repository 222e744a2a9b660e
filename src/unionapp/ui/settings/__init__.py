"""Settings (设置): union profile, data folder, backups, holiday calendar."""
