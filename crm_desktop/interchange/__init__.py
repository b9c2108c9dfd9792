"""Spreadsheet, CSV and vCard readers and writers (arrives with the data-exchange issue)."""
