"""Drawing the analytics dashboard with matplotlib, headless (no Qt): used by the GUI, the CLI and PDF reports."""
