"""The home screen (首页): what needs doing."""
