"""The analytics module's dashboard, charts and drill-downs."""
