# correct-variant: f-strings, child pid without parentheses ("Run child process test 1234...")
import os
import multiprocessing as mp


def child_proc(name):
    print(f"Run child process {name} {os.getpid()}...")


if __name__ == "__main__":
    print(f"Parent process {os.getpid()}.")
    p = mp.Process(target=child_proc, args=("test",))
    print("Process will start.")
    p.start()
    p.join()
    print("Process end.")
