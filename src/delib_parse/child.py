"""Child processes that can be stopped whole: the time limit of `delib parse` and the batch's
workers.

Why a child process and not a SIGALRM deadline in the same process: a signal handler runs
only between two Python bytecodes, so it cannot stop one long C call — a regular expression
over a 50 MB line, pdfium laying out a page, zlib inflating a stream — and it would leave the
process in whatever state the interrupted code had (half-closed pdfium documents, OCR
threads still running). Killing a process always works, and the operating system takes back
all it held.

A child made here is the leader of its own process group, so that what it starts (Tesseract,
through pytesseract) is killed with it; and it writes its temporary files (page images, the
OCR's TSV) in a folder of its own that the parent removes when the child ends, however it
ended: a SIGKILLed process cannot clean up after itself.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

from delib_parse.errors import DelibError, DocumentTimeout, ExtractorCrashed, TooLarge

T = TypeVar("T")

TEMP_PREFIX = "delib-child-"
# Memory one document may take beyond what the child held when it began: pdfium and pdfminer
# inflate a compressed stream whole, with no limit of their own (pypdfium2 has no setting for
# one): a 950 KB PDF whose content stream inflates to 1 GB took 1.9 GB with either extractor.
# Past this the allocation fails: a MemoryError in Python (error E016), an abort in pdfium
# (the child dies: E015); either way only that document is lost, not the machine's memory.
MEMORY_ALLOWANCE = 2 * 1024**3


def make_temp_folder() -> str:
    """A folder for one child's temporary files, made by the parent so it knows what to remove."""
    return tempfile.mkdtemp(prefix=TEMP_PREFIX)


def detach(temp_folder: str | None, memory: int | None = MEMORY_ALLOWANCE) -> None:
    """Called first thing in a child: lead a process group of its own, keep its temporary
    files in `temp_folder`, and take at most `memory` more bytes."""
    if memory is not None:
        limit_memory(memory)
    try:
        os.setpgid(0, 0)
    except OSError:  # already a group leader (or not allowed): the parent's kill still works
        pass
    if temp_folder is not None:
        tempfile.tempdir = temp_folder
        os.environ["TMPDIR"] = temp_folder  # for the programs it starts, Tesseract included
    # A crash is the parent's to report, in one coded line: no dump of the child's stack
    # (pytest turns faulthandler on, and a forked child inherits it).
    import faulthandler

    faulthandler.disable()
    # The parent decides when a child ends: Ctrl-C in a terminal reaches the whole foreground
    # group, and a child that stopped by itself would print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def limit_memory(allowance: int) -> None:
    """Cap this process's data (heap and private mappings, RLIMIT_DATA) at what it holds now
    plus `allowance`: a forked child starts with its parent's memory, whatever that is."""
    try:
        import resource

        with open("/proc/self/status", encoding="ascii") as status:
            held = next(
                int(line.split()[1]) * 1024 for line in status if line.startswith("VmData:")
            )
        soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
        limit = held + allowance
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        if soft == resource.RLIM_INFINITY or limit < soft:
            resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    except (ImportError, OSError, StopIteration, ValueError):
        pass  # not Linux: no cap, as before


def adopt(process: BaseProcess) -> None:
    """Called by the parent right after starting a child: the same group change as `detach`,
    so that a kill that comes before the child ran `detach` still reaches its group."""
    if process.pid is None:
        return
    try:
        os.setpgid(process.pid, process.pid)
    except OSError:  # it has done it itself already, or it is gone
        pass


def kill_group(process: BaseProcess) -> None:
    """Kill a child and every process of its group, then wait for it."""
    pid = process.pid
    if pid is None:  # never started
        return
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:  # no such group (the child never led one): the child alone
        process.kill()
    process.join(5)


def remove_temp_folder(folder: str | None) -> None:
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def context() -> BaseContext:
    """fork when this process has a single thread (cheap, and every import is already done);
    otherwise forkserver, since forking a process whose other threads may hold a lock can
    deadlock the child."""
    methods = mp.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return mp.get_context("fork")
    return mp.get_context("forkserver" if "forkserver" in methods else "spawn")


def run_bounded(
    target: Callable[..., T],
    args: tuple[Any, ...],
    *,
    timeout: float,
    path: str | None,
    memory: int | None = MEMORY_ALLOWANCE,
    on_progress: Callable[..., None] | None = None,
) -> T:
    """`target(*args)` in a child process, given at most `timeout` seconds in all and `memory`
    bytes more than it starts with.

    With `on_progress`, the target is called `target(*args, progress=send)`: what it passes
    to `send(*values)` comes back over the result's pipe and `on_progress(*values)` is called
    with it here, in this process, as it arrives (the child has no terminal of its own to
    draw on, and two processes writing one line would garble it).

    `target` and `args` must be picklable (a module-level function) and so must its result.
    Raises `DocumentTimeout` (E014) when the time runs out, `ExtractorCrashed` (E015) when the
    child dies, and what the target raised otherwise.
    """
    ctx = context()
    receiver, sender = ctx.Pipe(duplex=False)
    folder = make_temp_folder()
    process = ctx.Process(  # type: ignore[attr-defined]
        target=_child_main,
        args=(sender, folder, memory, target, args, on_progress is not None),
        daemon=True,
    )
    deadline = time.monotonic() + timeout
    try:
        process.start()
        adopt(process)
        sender.close()
        message = _receive(receiver, process, deadline, on_progress)
    finally:
        kill_group(process)
        receiver.close()
        remove_temp_folder(folder)
    kind, value = message
    if kind == "timeout":
        raise DocumentTimeout(f"reading took longer than {timeout:g} s", path=path)
    if kind == "died":
        how = _ending(value)
        raise ExtractorCrashed(f"the extractor crashed on this file ({how})", path=path)
    if kind == "ok":
        result: T = value
        return result
    if isinstance(value, DelibError) and value.path is None:
        value.path = path
    raise value


def _receive(
    receiver: Connection,
    process: BaseProcess,
    deadline: float,
    on_progress: Callable[..., None] | None = None,
) -> tuple[str, Any]:
    """The child's last message, ("timeout", None) when its time ran out, or ("died", its exit
    code) when it ended without sending one; ("progress", values) messages before it go to
    `on_progress`."""
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return ("timeout", None)
        ready = wait([receiver, process.sentinel], left)
        if receiver in ready:
            try:
                message: tuple[str, Any] = receiver.recv()
            except (EOFError, OSError):
                process.join(1)
                return ("died", process.exitcode)
            if message[0] == "progress":
                if on_progress is not None:
                    on_progress(*message[1])
                continue
            return message
        if process.sentinel in ready and not receiver.poll():
            # (A child may send its message and end at the same moment: poll looks once more.)
            process.join(1)
            return ("died", process.exitcode)


def out_of_memory(memory: int | None, path: str | None) -> TooLarge:
    limit = f"the limit of {memory / 1024**3:g} GiB" if memory else "the memory there is"
    return TooLarge(f"reading it needs more memory than {limit}", path=path)


def _ending(code: int | None) -> str:
    if code == -signal.SIGABRT:
        # What pdfium does when an allocation fails, at the memory cap or not.
        return f"ended by signal {-code}, as pdfium does when memory runs out"
    if code is not None and code < 0:
        return f"ended by signal {-code}"
    return f"ended with exit status {code}"


def _child_main(
    sender: Connection,
    folder: str,
    memory: int | None,
    target: Callable[..., Any],
    args: tuple[Any, ...],
    with_progress: bool = False,
) -> None:
    detach(folder, memory)
    lock = threading.Lock()  # the target may report from several threads

    def send(*values: Any) -> None:
        with lock:
            sender.send(("progress", values))

    try:
        if with_progress:
            message: tuple[str, Any] = ("ok", target(*args, progress=send))
        else:
            message = ("ok", target(*args))
    except DelibError as error:
        message = ("error", error)
    except MemoryError:
        message = ("error", out_of_memory(memory, path=None))
    except BaseException as exc:  # a bug: the parent reports it as the CLI reports bugs
        if os.environ.get("DELIB_DEBUG"):
            import traceback

            traceback.print_exc()
        message = ("error", RuntimeError(f"{type(exc).__name__}: {exc}"))
    try:
        with lock:
            sender.send(message)
    except Exception as exc:  # a result or an error that does not pickle
        sender.send(("error", RuntimeError(f"cannot send the result ({exc})")))
    finally:
        sender.close()
