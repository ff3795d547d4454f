"""Idempotent confluent-kafka producer (acks=all) for the broker tests: sends COUNT keyed records,
writes one JSON line per delivery report to OUT, and exits 0 only if every report was a success."""
import json
import sys

from confluent_kafka import Producer


def main() -> int:
    bootstrap, topic, count, out_path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    producer = Producer({
        "bootstrap.servers": bootstrap,
        "enable.idempotence": True,
        "acks": "all",
        "linger.ms": 5,
        "message.timeout.ms": 60000,
    })
    failures = []
    with open(out_path, "w", encoding="utf-8") as out:
        def report(error, message):
            if error is not None:
                failures.append(str(error))
                out.write(json.dumps({"error": str(error), "value": message.value().decode()}) + "\n")
                return
            out.write(json.dumps({
                "partition": message.partition(),
                "offset": message.offset(),
                "key": message.key().decode(),
                "value": message.value().decode(),
            }) + "\n")

        for i in range(count):
            while True:
                try:
                    producer.produce(topic, key=f"key-{i % 16}", value=f"value-{i}",
                                     headers=[("seq", str(i).encode())], on_delivery=report)
                    break
                except BufferError:
                    producer.poll(0.05)
            producer.poll(0)
        left = producer.flush(60)
    if left:
        print(f"{left} records not delivered within 60 s", file=sys.stderr)
        return 1
    if failures:
        print(f"{len(failures)} delivery failures, first: {failures[0]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
