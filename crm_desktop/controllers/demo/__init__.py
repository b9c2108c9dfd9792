"""Demo data generated in bulk: a realistic territory, deals and tickets."""
