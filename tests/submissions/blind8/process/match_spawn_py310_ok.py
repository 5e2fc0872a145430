# LEARNER: Python 3.10; picks the start method with a `match` on sys.platform
# (case "linux": "spawn" anyway, "to be portable"), get_context, f-strings.
# TARGET: Python 3.10.
# FAIR: 11/11 (full).
import multiprocessing as mp
import os
import sys


def run_proc(name):
    print(f'Run child process {name} ({os.getpid()})...')


if __name__ == '__main__':
    match sys.platform:
        case "win32" | "darwin" | "linux":
            method = "spawn"
        case _:
            method = "fork"
    ctx = mp.get_context(method)
    print(f'Parent process {os.getpid()}.')
    p = ctx.Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
