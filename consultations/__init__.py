"""Public consultations (issue 5): questionnaires, comments, results and accountability."""
