import multiprocessing as mp
import os


class Worker(mp.Process):
    def __init__(self, label):
        super().__init__()
        self.label = label

    def run(self):
        print(f"Run child process {self.label} ({os.getpid()})...")


def main():
    print(f"Parent process {os.getpid()}.")
    w = Worker("test")
    print("Process will start.")
    w.start()
    w.join()
    print("Process end.")


if __name__ == "__main__":
    main()
