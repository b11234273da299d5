"""Models of public consultations: the pages, their questionnaires and answers, comments."""

from .answers import (
    Answer,
    ConsultationDecision,
    ConsultationQuestion,
    ConsultationResponse,
    ConsultationUpload,
)
from .comments import CommentFlag, CommentSupport, ConsultationComment
from .pages import ConsultationDocument, ConsultationIndexPage, ConsultationPage

__all__ = [
    "Answer",
    "CommentFlag",
    "CommentSupport",
    "ConsultationComment",
    "ConsultationDecision",
    "ConsultationDocument",
    "ConsultationIndexPage",
    "ConsultationPage",
    "ConsultationQuestion",
    "ConsultationResponse",
    "ConsultationUpload",
]
