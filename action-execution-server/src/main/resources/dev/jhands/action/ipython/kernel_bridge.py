"""Bridge between the jhands action-execution server and one Jupyter kernel.

Jupyter speaks ZeroMQ; the server speaks JSON lines over this process's stdin
and stdout. The bridge starts one ipykernel, runs one cell per request and
reports the raw outputs; the server turns them into observation text.

Requests (one JSON object per line on stdin):
  {"op": "execute", "code": str, "cwd": str | null, "timeout": seconds}
  {"op": "shutdown"}
Replies (one JSON object per line on stdout):
  {"event": "ready", "python": str, "kernel_pid": int}      once, at start
  {"event": "failed", "error": str}                         then it exits
  {"event": "result", "status": "ok" | "timeout" | "died", "outputs": [...],
   "restarted": bool, "kernel_stopped": bool}               per execute
An output is {"type": "text", "text": str} or {"type": "image", "png": base64}.

Usage: kernel_bridge.py START_TIMEOUT_SECONDS INITIAL_CWD
"""

import io
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

# Anything a library prints must not corrupt the protocol, so stdout is kept
# for replies only and fd 1 is pointed at stderr.
_protocol = os.fdopen(os.dup(1), "w", encoding="utf-8")
os.dup2(2, 1)
sys.stdout = sys.stderr

# How long an interrupted cell may take to stop before the kernel is killed.
INTERRUPT_GRACE_SECONDS = 2.0
# How often a waiting cell checks that the kernel and the server are still there.
POLL_SECONDS = 0.2
# Bounds the silent set-up cells (colours, chdir).
SETUP_TIMEOUT_SECONDS = 10.0


def reply(message):
    _protocol.write(json.dumps(message) + "\n")
    _protocol.flush()


try:
    import ipykernel  # noqa: F401  (the kernel runs this interpreter)
    from jupyter_client import KernelManager
    from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
except ImportError as missing:
    reply({"event": "failed", "error": "%s (interpreter %s)" % (missing, sys.executable)})
    sys.exit(3)


class ThisInterpreterSpecs(KernelSpecManager):
    """Always this interpreter's ipykernel: an installed kernel.json may name
    another python, which may well lack ipykernel."""

    def get_kernel_spec(self, kernel_name):
        return KernelSpec(
            name="python3",
            display_name="Python 3",
            language="python",
            argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        )


class Requests:
    """Reads stdin on a thread so that a running cell notices the server going away."""

    def __init__(self):
        self.lines = queue.Queue()
        self.closed = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        # The server writes ASCII-escaped JSON, so any locale decodes it; UTF-8 regardless.
        for line in io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8"):
            if line.strip():
                self.lines.put(json.loads(line))
        self.closed.set()
        self.lines.put(None)

    def next(self):
        return self.lines.get()


class ServerGone(Exception):
    pass


class Kernel:
    def __init__(self, start_timeout, cwd, requests):
        self.start_timeout = start_timeout
        self.cwd = cwd
        self.requests = requests
        self.runtime_dir = tempfile.mkdtemp(prefix="jhands-kernel-")
        self.manager = None
        self.client = None
        self.applied_cwd = None

    def start(self):
        self.manager = KernelManager(
            kernel_name="python3",
            kernel_spec_manager=ThisInterpreterSpecs(),
            connection_file=os.path.join(self.runtime_dir, "kernel.json"),
        )
        start_dir = self.cwd if os.path.isdir(self.cwd) else os.path.expanduser("~")
        # The kernel's own stdout is not ours to share: its output reaches us over IOPub.
        # debugpy's frozen-modules warning is noise to anyone reading the server log.
        env = dict(os.environ, PYDEVD_DISABLE_FILE_VALIDATION="1")
        self.manager.start_kernel(cwd=start_dir, env=env, stdout=subprocess.DEVNULL)
        self.client = self.manager.client()
        self.client.start_channels()
        self.client.wait_for_ready(timeout=self.start_timeout)
        self.applied_cwd = None
        self.run_silently("%colors nocolor")

    def alive(self):
        return self.manager is not None and self.manager.is_alive()

    def pid(self):
        provisioner = getattr(self.manager, "provisioner", None)
        process = getattr(provisioner, "process", None)
        return getattr(process, "pid", None)

    def stop(self):
        if self.client is not None:
            self.client.stop_channels()
            self.client = None
        if self.manager is not None:
            try:
                self.manager.shutdown_kernel(now=True)
            except Exception as e:  # already gone
                print("kernel shutdown: %s" % e, file=sys.stderr)
            self.manager = None

    def close(self):
        self.stop()
        shutil.rmtree(self.runtime_dir, ignore_errors=True)

    def run_silently(self, code):
        msg_id = self.client.execute(code, silent=True, store_history=False)
        self.wait_idle(msg_id, time.monotonic() + SETUP_TIMEOUT_SECONDS, None)

    def execute(self, code, cwd, timeout):
        restarted = False
        if not self.alive():
            self.stop()
            self.start()
            restarted = True
        if cwd and cwd != self.applied_cwd:
            # As OpenHands does, the kernel follows the shell only when the shell moved,
            # so a cell's own os.chdir lasts until then.
            self.run_silently("__import__('os').chdir(%r)" % cwd)
            self.applied_cwd = cwd
        # store_history=False as in OpenHands: cells do not number themselves.
        msg_id = self.client.execute(code, store_history=False, allow_stdin=False)
        outputs = []
        status = self.wait_idle(msg_id, time.monotonic() + timeout, outputs)
        kernel_stopped = False
        if status == "timeout":
            self.manager.interrupt_kernel()
            after = self.wait_idle(msg_id, time.monotonic() + INTERRUPT_GRACE_SECONDS, None)
            if after != "ok":
                # Deaf to SIGINT (e.g. stuck in C code): only a new kernel is usable.
                self.stop()
                kernel_stopped = True
        return {
            "event": "result",
            "status": status,
            "outputs": outputs,
            "restarted": restarted,
            "kernel_stopped": kernel_stopped,
        }

    def wait_idle(self, msg_id, deadline, outputs):
        """Collects the outputs of one request until the kernel is idle again.

        Returns "ok", "timeout" or "died". An error traceback ends what is
        collected, as in OpenHands; the rest is still drained.
        """
        collecting = outputs is not None
        while True:
            if self.requests.closed.is_set():
                raise ServerGone()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return "timeout"
            try:
                msg = self.client.get_iopub_msg(timeout=min(remaining, POLL_SECONDS))
            except queue.Empty:
                if not self.alive():
                    return "died"
                continue
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = msg["msg_type"]
            content = msg["content"]
            if kind == "status" and content.get("execution_state") == "idle":
                self.drain_shell()
                return "ok"
            if not collecting:
                continue
            if kind == "stream":
                outputs.append({"type": "text", "text": content.get("text", "")})
            elif kind in ("execute_result", "display_data"):
                data = content.get("data", {})
                if "text/plain" in data:
                    outputs.append({"type": "text", "text": data["text/plain"]})
                if "image/png" in data:
                    outputs.append({"type": "image", "png": data["image/png"]})
            elif kind == "error":
                outputs.append({"type": "text", "text": "\n".join(content.get("traceback", []))})
                collecting = False

    def drain_shell(self):
        # Replies on the shell channel carry nothing we use; unread, they would pile up.
        while True:
            try:
                self.client.get_shell_msg(timeout=0)
            except queue.Empty:
                return


def main():
    start_timeout = float(sys.argv[1])
    cwd = sys.argv[2]
    requests = Requests()
    kernel = Kernel(start_timeout, cwd, requests)
    # The server ends us with SIGTERM when we do not leave on our own; leave cleanly.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    try:
        try:
            kernel.start()
        except ServerGone:
            raise
        except Exception as e:
            reply({"event": "failed", "error": "the kernel did not start: %s" % e})
            return 4
        reply({"event": "ready", "python": sys.executable, "kernel_pid": kernel.pid()})
        while True:
            request = requests.next()
            if request is None or request.get("op") == "shutdown":
                return 0
            if request.get("op") == "execute":
                try:
                    reply(kernel.execute(request["code"], request.get("cwd"), float(request["timeout"])))
                except ServerGone:
                    raise
                except Exception as e:
                    # Typically a restart that failed; the next cell tries again.
                    reply({"event": "failed", "error": "%s: %s" % (type(e).__name__, e)})
            else:
                reply({"event": "failed", "error": "unknown op %r" % request.get("op")})
    except ServerGone:
        return 0
    finally:
        kernel.close()


if __name__ == "__main__":
    sys.exit(main())
