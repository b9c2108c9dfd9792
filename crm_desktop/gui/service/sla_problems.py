"""What is wrong with an SLA policy file, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def problems_text(error) -> str:
    """One line per problem of an SlaPolicyError, translated, placeholders filled."""
    lines = []
    for problem in error.problems:
        message = QCoreApplication.translate("SlaPolicy", problem.message)
        try:
            lines.append("• " + message.format(**problem.params))
        except (KeyError, IndexError, ValueError):
            lines.append("• " + problem.text())  # a translation with broken placeholders: say it in English
    return "\n".join(lines)
