# Learner (WRONG): "Process and Thread have the same API", so uses threading.Thread; the
# "child" prints main's pid. No child process at all.
# FAIR: ~2/11: parent pid (1) and argument (1) pass, maybe format (1); every child check
# (own process 2, made by parent 1, own pid 1, after will_start 1, end after join 2,
# exit 1) fails.
import os
import threading


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = threading.Thread(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
