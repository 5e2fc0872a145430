import os, random, subprocess, sys
num = random.randint(0, 100)
print("pid:{}, num is {}".format(os.getpid(), num))
sys.stdout.flush()
code = "import os, random; print('pid:{}, num is {}'.format(os.getpid(), random.randint(0, 100)))"
subprocess.run([sys.executable, "-c", code], check=True)
