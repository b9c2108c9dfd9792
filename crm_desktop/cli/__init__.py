"""The command line: `crm COMMAND`, one module per group of commands."""
