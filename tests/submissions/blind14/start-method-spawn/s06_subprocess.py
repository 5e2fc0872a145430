import os
import random
import subprocess
import sys

num = random.randint(0, 100)

CHILD = 'import os, random; print("pid:{}, num is {}".format(os.getpid(), random.randint(0, 100)))'

if __name__ == "__main__":
    print("pid:{}, num is {}".format(os.getpid(), num))
    sys.stdout.flush()
    # "spawn" = start a fresh python
    subprocess.run([sys.executable, "-c", CHILD], check=True)
