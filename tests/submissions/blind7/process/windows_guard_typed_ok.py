# Learner: Windows-style: freeze_support() under the guard, type hints, a main() function,
# .format() strings, set_start_method not touched.
# FAIR: 11/11.
import multiprocessing
import os
from multiprocessing import Process


def run_proc(name: str) -> None:
    print("Run child process {} ({})...".format(name, os.getpid()))


def main() -> None:
    print("Parent process {}.".format(os.getpid()))
    p: Process = Process(target=run_proc, args=("test",))
    print("Process will start.")
    p.start()
    p.join()
    print("Process end.")


if __name__ == "__main__":
    multiprocessing.freeze_support()
    main()
