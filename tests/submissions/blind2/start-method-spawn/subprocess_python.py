# Learner: instead of multiprocessing's spawn, runs `python3 -c` with subprocess to get "a
# new interpreter", which prints the line itself.
# Fair grade: not the start-method exercise, but every check as written is about a fresh
# interpreter made by main that prints its own pid: they would pass; a teacher reading the
# code would dock it (no multiprocessing). Recorded to see what the grader does.
import os
import random
import subprocess
import sys

num = random.randint(0, 100)

if __name__ == "__main__":
    print("pid:{}, num is {}".format(os.getpid(), num))
    subprocess.run([sys.executable, "-c",
                    "import os, random; print('pid:{}, num is {}'.format(os.getpid(), random.randint(0, 100)))"],
                   check=True)
