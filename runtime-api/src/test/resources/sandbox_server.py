# A stand-in sandbox for the tests: answers /alive, tells its environment and pid, and notes each
# boot in its working directory so that the tests can see the workspace survive a pause. With
# IDLE_TIME set it also answers /server_info as an agent server does, reporting that many seconds
# idle; without it /server_info is a 404, like a server that is not an agent server. With DORMANT
# set, GET /api/init answers as a dormant agent server's does (a warm-pool member).
import http.server
import json
import os
import sys

port = int(sys.argv[sys.argv.index("--port") + 1]) if "--port" in sys.argv else int(os.environ["PORT"])
with open("boots.txt", "a") as boots:
    boots.write("boot\n")


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        bodies = {"/alive": {"status": "ok"}, "/env": dict(os.environ), "/pid": {"pid": os.getpid()}}
        if "IDLE_TIME" in os.environ:
            bodies["/server_info"] = {
                "uptime": 1.0,
                "idle_time": float(os.environ["IDLE_TIME"]),
                "title": "OpenHands Agent Server",
                "version": "test",
                "docs": "/docs",
                "redoc": "/redoc",
            }
        if "DORMANT" in os.environ:
            bodies["/api/init"] = {"state": "dormant", "error": None}
        if self.path not in bodies:
            self.send_response(404)
            self.end_headers()
            return
        data = json.dumps(bodies[self.path]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


http.server.HTTPServer(("127.0.0.1", port), Handler).serve_forever()
