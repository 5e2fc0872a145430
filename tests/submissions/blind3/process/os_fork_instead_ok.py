# Learner: did the Process exercise with os.fork and os.waitpid, printing the same lines.
# Fair grade: full marks (the same behaviour; a remark that multiprocessing was asked).
import os


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


print('Parent process %s.' % os.getpid())
print('Process will start.')
pid = os.fork()
if pid == 0:
    run_proc('test')
    os._exit(0)
os.waitpid(pid, 0)
print('Process end.')
