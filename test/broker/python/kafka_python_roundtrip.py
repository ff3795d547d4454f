"""kafka-python 2.0 round trip for the broker tests: produce COUNT records with acks=all, read them
back with a group consumer, print a JSON summary."""
import json
import sys

from kafka import KafkaConsumer, KafkaProducer


def main() -> int:
    bootstrap, topic, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", retries=5)
    futures = [producer.send(topic, key=f"k{i}".encode(), value=f"v{i}".encode(),
                             headers=[("seq", str(i).encode())]) for i in range(count)]
    acked = [f.get(timeout=30) for f in futures]
    producer.close()
    consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id="kafka-python-group",
                             auto_offset_reset="earliest", consumer_timeout_ms=5000,
                             enable_auto_commit=False)
    values = []
    for message in consumer:
        values.append(message.value.decode())
        if len(values) >= count:
            break
    consumer.commit()
    committed = sum(consumer.committed(tp) or 0 for tp in consumer.assignment())
    consumer.close()
    print(json.dumps({"acked": len(acked), "values": values, "committed": committed}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
