"""Accessible SVG charts drawn on the server: no chart library, no JavaScript.

Each chart is an `<svg role="img">` named by its `<title>` and `<desc>`, writes its values as
text beside the marks (information never by colour alone), and is always shown with a data
table by the template that uses it. Every label goes through `format_html`, so it is escaped.
"""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

WIDTH = 640
SERIES_STYLES = (
    {"stroke": "#1351b4", "dash": "", "marker": "circle"},
    {"stroke": "#8a4b08", "dash": "6 4", "marker": "square"},
)


def _svg(chart_id, title, description, height, body):
    return format_html(
        '<svg class="chart" id="{id}" role="img" viewBox="0 0 {w} {h}" width="100%" '
        'preserveAspectRatio="xMinYMin meet" aria-labelledby="{id}-title {id}-desc" '
        'xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{title}</title>'
        '<desc id="{id}-desc">{desc}</desc>{body}</svg>',
        id=chart_id,
        w=WIDTH,
        h=height,
        title=title,
        desc=description,
        body=body,
    )


def bar_chart(chart_id, title, description, items):
    """Horizontal bars: `items` is [(label, value)], values ≥ 0."""
    row, label_width, value_room = 28, 220, 60
    top = max((value for _label, value in items), default=0) or 1
    scale = (WIDTH - label_width - value_room) / top
    rows = format_html_join(
        "",
        '<g transform="translate(0 {})"><text x="{}" y="18" text-anchor="end" '
        'class="chart__label">{}</text><rect x="{}" y="4" width="{}" height="18" '
        'class="chart__bar"/><text x="{}" y="18" class="chart__value">{}</text></g>',
        (
            (
                index * row,
                label_width - 8,
                str(label)[:34],
                label_width,
                f"{value * scale:.1f}",
                round(label_width + value * scale + 6, 1),
                value,
            )
            for index, (label, value) in enumerate(items)
        ),
    )
    return _svg(chart_id, title, description, max(len(items), 1) * row + 4, rows)


def line_chart(chart_id, title, description, x_labels, series, y_max):
    """Lines over `x_labels`: `series` is [(name, [value or None, …])]; gaps stay gaps."""
    left, right, top, bottom, legend = 40, 16, 12, 40, 24
    height = 240
    plot_w = WIDTH - left - right
    plot_h = height - top - bottom - legend
    step = plot_w / max(len(x_labels) - 1, 1)

    def x(index):
        return round(left + index * step, 1)

    def y(value):
        return round(top + plot_h - plot_h * value / y_max, 1)

    grid = mark_safe(  # noqa: S308 - built from numbers only
        "".join(
            f'<line x1="{left}" x2="{WIDTH - right}" y1="{y(t):.1f}" y2="{y(t):.1f}" '
            f'class="chart__grid"/><text x="{left - 6}" y="{y(t) + 4:.1f}" text-anchor="end" '
            f'class="chart__axis">{t}</text>'
            for t in range(0, int(y_max) + 1)
        )
    )
    ticks = format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="middle" class="chart__axis">{}</text>',
        (
            (x(index), top + plot_h + 16, label)
            for index, label in enumerate(x_labels)
            if index % 2 == 0 or index == len(x_labels) - 1
        ),
    )
    lines = []
    for number, (name, values) in enumerate(series):
        style = SERIES_STYLES[number % len(SERIES_STYLES)]
        segments, current = [], []
        for index, value in enumerate(values):
            if value is None:
                if current:
                    segments.append(current)
                current = []
            else:
                current.append((x(index), y(value), value))
        if current:
            segments.append(current)
        for segment in segments:
            points = " ".join(f"{px:.1f},{py:.1f}" for px, py, _v in segment)
            lines.append(
                format_html(
                    '<polyline points="{}" fill="none" stroke="{}" stroke-width="2.5" '
                    'stroke-dasharray="{}"/>',
                    points,
                    style["stroke"],
                    style["dash"],
                )
            )
            for px, py, _value in segment:
                mark = (
                    format_html(
                        '<circle cx="{}" cy="{}" r="4" fill="{}"/>', px, py, style["stroke"]
                    )
                    if style["marker"] == "circle"
                    else format_html(
                        '<rect x="{}" y="{}" width="8" height="8" fill="{}"/>',
                        round(px - 4, 1),
                        round(py - 4, 1),
                        style["stroke"],
                    )
                )
                lines.append(mark)
        legend_x = left + number * 260
        lines.append(
            format_html(
                '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}" stroke-width="2.5" '
                'stroke-dasharray="{}"/><text x="{}" y="{}" class="chart__legend">{}</text>',
                legend_x,
                legend_x + 24,
                height - 10,
                height - 10,
                style["stroke"],
                style["dash"],
                legend_x + 30,
                height - 6,
                name,
            )
        )
    body = grid + ticks + mark_safe("".join(lines))  # noqa: S308 - each part escaped above
    return _svg(chart_id, title, description, height, body)


def stacked_columns(chart_id, title, description, x_labels, series):
    """Columns over `x_labels`, each stacking `series` [(name, [value, …])] with its total
    written on top; the second series is hatched, so the stack reads without colour."""
    left, right, top, bottom, legend = 16, 16, 20, 40, 24
    height = 240
    plot_w = WIDTH - left - right
    plot_h = height - top - bottom - legend
    slot = plot_w / max(len(x_labels), 1)
    totals = [sum(values[index] for _name, values in series) for index in range(len(x_labels))]
    scale = plot_h / (max(totals, default=0) or 1)
    parts = [
        mark_safe(  # noqa: S308 - a fixed pattern
            f'<defs><pattern id="{chart_id}-hatch" width="6" height="6" '
            'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
            '<rect width="6" height="6" fill="#f3d9c0"/><line x1="0" y1="0" x2="0" y2="6" '
            'stroke="#8a4b08" stroke-width="3"/></pattern></defs>'
        )
    ]
    fills = ("#1351b4", f"url(#{chart_id}-hatch)")
    for index, label in enumerate(x_labels):
        base = top + plot_h
        x = left + index * slot + slot * 0.15
        for number, (_name, values) in enumerate(series):
            h = values[index] * scale
            base -= h
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>',
                    round(x, 1),
                    round(base, 1),
                    round(slot * 0.7, 1),
                    round(h, 1),
                    fills[number % 2],
                )
            )
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="middle" class="chart__value">{}</text>'
                '<text x="{}" y="{}" text-anchor="middle" class="chart__axis">{}</text>',
                round(x + slot * 0.35, 1),
                round(base - 4, 1),
                totals[index],
                round(x + slot * 0.35, 1),
                top + plot_h + 16,
                label if index % 2 == 0 or index == len(x_labels) - 1 else "",
            )
        )
    for number, (name, _values) in enumerate(series):
        legend_x = left + number * 200
        parts.append(
            format_html(
                '<rect x="{}" y="{}" width="16" height="12" fill="{}"/>'
                '<text x="{}" y="{}" class="chart__legend">{}</text>',
                legend_x,
                height - 18,
                fills[number % 2],
                legend_x + 22,
                height - 7,
                name,
            )
        )
    return _svg(chart_id, title, description, height, mark_safe("".join(parts)))  # noqa: S308
