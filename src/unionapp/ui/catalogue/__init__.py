"""The programme catalogue (服务项目)."""
