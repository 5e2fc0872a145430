import argparse
import os


def parse():
    ap = argparse.ArgumentParser(description='fork demo')
    ap.add_argument('-n', '--children', type=int, default=1)
    return ap.parse_args()


args = parse()
kids = []
for i in range(args.children):
    pid = os.fork()
    if pid == 0:
        print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
        os._exit(0)
    kids.append(pid)
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))

for _ in kids:
    os.wait()
