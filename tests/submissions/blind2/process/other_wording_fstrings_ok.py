# Learner: the other tutorial's "Child process will start." / "Child process end.",
# f-strings, print(..., flush=True), kwargs= instead of args=.
# Fair grade: every check passes (the yaml accepts this wording).
import multiprocessing as mp
import os


def run_proc(name):
    print(f'Run child process {name} ({os.getpid()})...', flush=True)


if __name__ == '__main__':
    print(f'Parent process {os.getpid()}.', flush=True)
    p = mp.Process(target=run_proc, kwargs={'name': 'test'})
    print('Child process will start.', flush=True)
    p.start()
    p.join()
    print('Child process end.', flush=True)
