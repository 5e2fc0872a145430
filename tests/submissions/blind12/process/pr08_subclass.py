import multiprocessing
import os

class Runner(multiprocessing.Process):
    def __init__(self, name):
        super().__init__()
        self.label = name

    def run(self):
        print("Run child process {} ({})...".format(self.label, os.getpid()))

def main():
    print("Parent process {}.".format(os.getpid()))
    r = Runner("test")
    print("Process will start.")
    r.start()
    r.join()
    print("Process end.")

if __name__ == "__main__":
    main()
