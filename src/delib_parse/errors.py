"""Named errors of the library, each with a stable code.

The CLI turns them into one line on stderr and exit status 2; the library never prints.
Codes are a contract like rule codes: never renumber or reuse one. Every code the command
prints is a class here (tests/test_docs.py checks the README documents each one), and the
exit statuses are defined here once.
"""

from __future__ import annotations

# Exit statuses: 0 read (nothing at or above --fail-on), 1 findings, 2 the input or the command
# line could not be used; the others are what a shell reports for the signal that ended delib.
EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2
EXIT_INTERRUPTED = 128 + 2  # Ctrl-C (SIGINT)
EXIT_BROKEN_PIPE = 128 + 13  # SIGPIPE: the reader of standard output went away
EXIT_TERMINATED = 128 + 15  # SIGTERM


class DelibError(Exception):
    """Base of every error delib raises on purpose."""

    code = "E000"
    hint = ""

    def __init__(self, message: str, *, path: str | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        if hint is not None:
            self.hint = hint

    def one_line(self) -> str:
        where = f"{self.path}: " if self.path else ""
        fix = f" ({self.hint})" if self.hint else ""
        return f"error {self.code}: {where}{self.message}{fix}"


class UnreadableFile(DelibError):
    """The input cannot be read as a document at all."""

    code = "E001"


class FileNotFound(UnreadableFile):
    code = "E001"
    hint = "check the path"


class IsADirectory(UnreadableFile):
    code = "E002"
    hint = "use `delib check FOLDER` for folders"


class EmptyFile(UnreadableFile):
    code = "E003"


class NotADocument(UnreadableFile):
    """Binary content that is neither a PDF nor text."""

    code = "E004"
    hint = "delib reads PDF files and text files"


class UnknownEncoding(UnreadableFile):
    code = "E005"
    hint = "save the file as UTF-8"


class PermissionDenied(UnreadableFile):
    code = "E006"


class OutputNotWritable(DelibError):
    """The `--output` file cannot be written (a missing folder, no permission, a full disk)."""

    code = "E007"


class NotARegularFile(UnreadableFile):
    """A FIFO, a device or a socket: reading it would block or never end."""

    code = "E008"
    hint = "give delib a regular file"


class PdfEncrypted(UnreadableFile):
    code = "E010"
    hint = "give delib a copy without a password"


class PdfDamaged(UnreadableFile):
    code = "E011"


class PdfNoPages(UnreadableFile):
    code = "E012"


class TooManyPages(UnreadableFile):
    code = "E013"
    hint = "raise the limit with --max-pages"


class DocumentTimeout(UnreadableFile):
    code = "E014"
    hint = "raise the limit with --timeout"


class TooLarge(UnreadableFile):
    """Larger than delib takes: more bytes than it reads, or more memory than a document may
    take (a compressed stream that inflates a thousandfold)."""

    code = "E016"
    hint = "split the document, or check that it is what you meant to give"


class OcrUnavailable(DelibError):
    code = "E020"
    hint = "install the Debian packages tesseract-ocr and tesseract-ocr-fra, or use --ocr never"


class ExtractorCrashed(UnreadableFile):
    code = "E015"


class BadTable(UnreadableFile):
    """A table `delib scdl` cannot read as CSV (a cell beyond the CSV reader's limit)."""

    code = "E040"
    hint = "save it as CSV (UTF-8, comma-separated)"


class ConfigError(DelibError):
    code = "E030"


class UsageError(DelibError):
    code = "E031"


class OptionError(DelibError):
    """The command line itself is wrong: an unknown option, a bad value, a missing argument."""

    code = "E032"


class InternalError(DelibError):
    """A bug in delib: an exception nothing else caught, shown as one line, not a traceback."""

    code = "E099"
    hint = "a bug in delib: rerun with DELIB_DEBUG=1 and report the traceback"
