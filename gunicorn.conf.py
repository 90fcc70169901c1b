"""Gunicorn settings: one Stanza pipeline loaded in the master, shared by forked gthread workers.

Every setting can be changed through the environment; the defaults suit a 2-core machine.
"""

import os


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


wsgi_app = "service.api.wsgi:app"
bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"

# Extraction is CPU-bound: one worker per core. Threads keep the probes answering while a
# worker's extraction runs (extractions themselves run one at a time per worker).
workers = _int("QUOTES_WORKERS", 2)
worker_class = "gthread"
threads = _int("QUOTES_THREADS", 4)
# A full batch of long articles takes tens of seconds on one core.
timeout = _int("QUOTES_TIMEOUT", 120)
# On SIGTERM, workers get this long to finish the requests they have.
graceful_timeout = _int("QUOTES_GRACEFUL_TIMEOUT", 30)
keepalive = _int("QUOTES_KEEPALIVE", 5)

# Load the app, and in on_starting the models, once in the master; workers share them
# copy-on-write after fork.
preload_app = True

# No runtime control socket: nothing uses it, and two servers on one host would share its path.
control_socket_disable = True

accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("QUOTES_LOG_LEVEL", "info")


def on_starting(server):
    import torch

    # Before anything runs in torch: forking after a multi-threaded torch start-up can
    # leave the children waiting on thread-pool locks that no thread holds any more.
    torch.set_num_threads(1)
    torch.set_num_interop_threads(1)

    from service.api.server_errors import answer_server_errors_as_problems
    from service.nlp import load_pipeline

    answer_server_errors_as_problems()
    server.log.info("loading the Stanza pipeline in the master")
    load_pipeline()


def post_fork(server, worker):
    import torch

    torch.set_num_threads(_int("QUOTES_TORCH_THREADS", 1))


def post_worker_init(worker):
    # Runs before the worker accepts connections: its first request is not the slow one,
    # and /readyz answers 200 from the start.
    worker.log.info("warming up worker %s", worker.pid)
    worker.wsgi.extensions["quotes.runtime"].warm_up()
