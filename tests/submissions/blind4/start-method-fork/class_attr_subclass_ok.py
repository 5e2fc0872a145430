# Learner: num is a class attribute computed when the class is defined (module import);
# a Process subclass prints it in run(). fork.
# Fair grade: full marks.
import os
import random
import multiprocessing as mp

class Show(mp.Process):
    num = random.randint(0, 100)

    def run(self):
        print(f'pid:{os.getpid()}, num is {Show.num}')

if __name__ == '__main__':
    mp.set_start_method('fork')
    print(f'pid:{os.getpid()}, num is {Show.num}')
    s = Show()
    s.start()
    s.join()
