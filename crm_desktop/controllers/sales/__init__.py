"""Sales: the pipeline, products, quotes and orders, forecasts and reports."""
