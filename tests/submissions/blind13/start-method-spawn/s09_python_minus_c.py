import os
import random
import subprocess
import sys

num = random.randint(0, 100)

if __name__ == "__main__":
    print("pid:{}, num is {}".format(os.getpid(), num))
    code = "import os, random; print('pid:{}, num is {}'.format(os.getpid(), random.randint(0, 100)))"
    subprocess.run([sys.executable, "-c", code])
