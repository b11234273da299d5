"""Results of a questionnaire, counted by the database, and the geometry of their bar charts.

Three queries whatever the number of answers: counts per question and value, respondents per
question, and the free-text answers editors selected for publication. Percentages are shares
of the confirmed participants who answered that question (for multiple choice, options add up
to more than 100%).
"""

from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.translation import gettext as _

from .models.pages import (
    COUNTED_TYPES,
    FREE_TEXT_TYPES,
    SCALES,
    Answer,
    QuestionType,
    ResponseStatus,
)

# Bar chart geometry (SVG user units): labels sit above their bars, so long options fit.
CHART_WIDTH = 640
BAR_HEIGHT = 18
ROW_HEIGHT = 46
LABEL_OFFSET = 14


@dataclass
class OptionResult:
    label: str
    count: int
    percent: float
    offered: bool = True
    # Filled in by QuestionResult.chart(): where the bar and its texts are drawn.
    y: int = 0
    bar_y: int = 0
    width: str = "0"
    value_x: str = "6"


@dataclass
class QuestionResult:
    question: object
    respondents: int
    options: list = field(default_factory=list)
    quotes: list = field(default_factory=list)
    average: float | None = None

    @property
    def counted(self):
        return self.question.field_type in COUNTED_TYPES

    @property
    def chart_height(self):
        return ROW_HEIGHT * len(self.options) + 4

    def chart(self):
        """The options with their bars laid out: width proportional to the percentage."""
        for position, option in enumerate(self.options):
            option.y = position * ROW_HEIGHT + LABEL_OFFSET
            option.bar_y = option.y + 6
            # Formatted here: the template would localise "12.5" as "12,5", invalid in SVG.
            width = CHART_WIDTH * 0.8 * option.percent / 100
            option.width, option.value_x = f"{width:.1f}", f"{width + 6:.1f}"
        return self.options


def option_label(question, value):
    if question.field_type == QuestionType.YES_NO:
        return {"yes": _("Yes"), "no": _("No")}.get(value, value)
    return value


def questionnaire_results(page):
    """(number of counted participants, [QuestionResult]) for the public or the admin."""
    questions = [q for q in page.get_form_fields() if not q.holds_personal_data]
    counted = Answer.objects.filter(page=page, response__status=ResponseStatus.CONFIRMED)
    names = [q.clean_name for q in questions]
    respondents = dict(
        counted.filter(question__in=names)
        .values_list("question")
        .annotate(total=Count("response", distinct=True))
        .order_by()
    )
    counted_names = [q.clean_name for q in questions if q.field_type in COUNTED_TYPES]
    counts = {}
    for name, value, total in (
        counted.filter(question__in=counted_names)
        .values_list("question", "value")
        .annotate(total=Count("id"))
        .order_by()
    ):
        counts.setdefault(name, {})[value] = total
    text_names = [q.clean_name for q in questions if q.field_type in FREE_TEXT_TYPES]
    quotes = {}
    if text_names:
        for name, value in (
            counted.filter(question__in=text_names, is_featured=True)
            .order_by("response__submit_time", "pk")
            .values_list("question", "value")
        ):
            quotes.setdefault(name, []).append(value)
    participants = page.counted_responses().count()

    results = []
    for question in questions:
        answered = respondents.get(question.clean_name, 0)
        result = QuestionResult(question, answered, quotes=quotes.get(question.clean_name, []))
        if question.field_type in COUNTED_TYPES:
            by_value = dict(counts.get(question.clean_name, {}))
            for value in question.options:
                total = by_value.pop(value, 0)
                result.options.append(
                    OptionResult(option_label(question, value), total, share(total, answered))
                )
            # Options removed after people chose them still show: no answer is lost.
            for value, total in sorted(by_value.items()):
                result.options.append(
                    OptionResult(
                        option_label(question, value), total, share(total, answered), offered=False
                    )
                )
            if question.field_type in SCALES and answered:
                weighted = sum(
                    int(value) * total
                    for value, total in counts.get(question.clean_name, {}).items()
                    if value.lstrip("-").isdigit()
                )
                result.average = round(weighted / answered, 1)
        results.append(result)
    return participants, results


def share(part, whole):
    return round(100 * part / whole, 1) if whole else 0.0
