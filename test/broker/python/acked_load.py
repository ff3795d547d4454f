"""Idempotent confluent-kafka producer (acks=all) for durability tests: produces to PARTITIONS partitions
of TOPIC at up to RATE records/s until SIGTERM, appends `partition offset value` to OUT for every
acked record, then flushes (up to 60 s) and prints a JSON summary. Values are `q-<seq>`."""
import json
import signal
import sys
import time

from confluent_kafka import Producer


def main() -> int:
    bootstrap, topic, partitions, rate, out_path = (
        sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), sys.argv[5])
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    producer = Producer({
        "bootstrap.servers": bootstrap,
        "enable.idempotence": True,
        "acks": "all",
        # Larger batches mean fewer WAL objects, which keeps replay on s3rver (one GET each) short.
        "linger.ms": 100,
        "message.timeout.ms": 120000,
        "reconnect.backoff.ms": 50,
        "reconnect.backoff.max.ms": 500,
        "retry.backoff.ms": 50,
    })
    acked = 0
    errors = {}
    with open(out_path, "w", encoding="utf-8") as out:
        def report(error, message):
            nonlocal acked
            if error is not None:
                errors[str(error.name())] = errors.get(str(error.name()), 0) + 1
                return
            acked += 1
            out.write(f"{message.partition()} {message.offset()} {message.value().decode()}\n")

        started = time.monotonic()
        seq = 0
        while not stopping:
            allowed = (time.monotonic() - started) * rate
            if seq >= allowed:
                producer.poll(0.01)
                continue
            try:
                producer.produce(topic, value=f"q-{seq}", partition=seq % partitions, on_delivery=report)
                seq += 1
            except BufferError:
                producer.poll(0.05)
            producer.poll(0)
        left = producer.flush(60)
    print(json.dumps({"produced": seq, "acked": acked, "undelivered": left, "errors": errors}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
