# correct-variant: parent code wrapped in main() with get_context("spawn"), positional {0}/{1} .format, variable named child
import os
import random
import multiprocessing

num = random.randint(0, 100)


def show_num():
    print("pid:{0}, num is {1}".format(os.getpid(), num))


def main():
    ctx = multiprocessing.get_context("spawn")
    print("pid:{0}, num is {1}".format(os.getpid(), num))
    child = ctx.Process(target=show_num)
    child.start()
    child.join()


if __name__ == "__main__":
    main()
