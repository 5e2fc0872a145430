# LEARNER: German student: "gesendet: ping" / "empfangen: ping", "gesendet: pong" /
# "empfangen: pong", then "FERTIG" instead of DONE. Behaviour perfect (Pipe, child replies,
# join before the last line).
# FAIR GRADE: ~10-11/12 -- a fair teacher sees a correct exchange and docks the wording
# (format, maybe DONE). A line-matching grader will probably not recognise anything and give
# ~3: too harsh, but arguably "the assignment's lines are required".
from multiprocessing import Process, Pipe

def kind(conn):
    nachricht = conn.recv()
    print("empfangen:", nachricht)
    print("gesendet:", "pong")
    conn.send("pong")
    conn.close()

if __name__ == "__main__":
    eltern, kind_ende = Pipe()
    p = Process(target=kind, args=(kind_ende,))
    p.start()
    print("gesendet:", "ping")
    eltern.send("ping")
    antwort = eltern.recv()
    print("empfangen:", antwort)
    p.join()
    print("FERTIG")
