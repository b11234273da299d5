"""Progress shown by long management commands (demo loading, reindexing)."""


class ProgressBar:
    """A progress bar redrawn in place on a terminal; a single summary line otherwise."""

    width = 30

    def __init__(self, out, label, total, enabled):
        self.out = out
        self.label = label
        self.total = total
        self.done = 0
        self.enabled = enabled
        self.tty = enabled and out.isatty()

    def line(self):
        filled = self.width * self.done // self.total if self.total else self.width
        bar = "#" * filled + "." * (self.width - filled)
        return f"[{bar}] {self.done}/{self.total} {self.label}"

    def advance(self):
        self.done += 1
        if self.tty:
            self.out.write("\r" + self.line(), ending="")
            self.out.flush()

    def finish(self, summary):
        if self.enabled:
            self.out.write(("\r" if self.tty else "") + f"{self.line()} ({summary})")
