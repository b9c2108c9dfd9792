"""Analytics: the dashboard's charts and drill-downs."""
