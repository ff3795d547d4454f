"""confluent-kafka group consumer for the broker tests: reads up to LIMIT records of TOPIC in GROUP,
commits what it processed after each poll, synchronously, prints one JSON line per record, then closes.
Stops early after IDLE_S seconds without records; exits 2 on a consumer error."""
import json
import sys
import time

from confluent_kafka import Consumer, KafkaError, TopicPartition


def main() -> int:
    bootstrap, topic, group, limit, idle_s = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
    consumer = Consumer({
        "bootstrap.servers": bootstrap,
        "group.id": group,
        "enable.auto.commit": False,
        "auto.offset.reset": "earliest",
        "session.timeout.ms": 10000,
        "heartbeat.interval.ms": 500,
    })
    consumer.subscribe([topic])
    seen = 0
    last_record = time.monotonic()
    try:
        while seen < limit and time.monotonic() - last_record < idle_s:
            messages = consumer.consume(num_messages=min(200, limit - seen), timeout=0.2)
            processed = {}
            for message in messages:
                if message.error():
                    if message.error().code() == KafkaError._PARTITION_EOF:
                        continue
                    print(f"consumer error: {message.error()}", file=sys.stderr)
                    return 2
                print(json.dumps({
                    "partition": message.partition(),
                    "offset": message.offset(),
                    "value": message.value().decode(),
                    "headers": {k: v.decode() for k, v in (message.headers() or [])},
                }), flush=True)
                processed[message.partition()] = message.offset() + 1
                seen += 1
            if processed:
                last_record = time.monotonic()
                # Commit what was processed, synchronously, before reading on.
                consumer.commit(offsets=[TopicPartition(topic, p, o) for p, o in processed.items()],
                                asynchronous=False)
    finally:
        consumer.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
