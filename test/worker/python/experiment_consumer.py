"""A lab-style consumer of longhaul's experiment traffic: confluent_kafka reads the topic, every value
is decoded with avro's DataFileReader (an Avro object container per value), and each experiment's
events must come in lifecycle order. Prints a JSON summary on stdout.

usage: experiment_consumer.py BOOTSTRAP TOPIC EXPECTED_COUNT
"""
import io
import json
import sys
import time

import avro.datafile
import avro.io
from confluent_kafka import Consumer, KafkaError

# What may follow each state of an experiment.
NEXT = {
    None: {"experiment_configured"},
    "experiment_configured": {"stabilization_started"},
    "stabilization_started": {"sensor_temperature_measured", "experiment_started"},
    "stabilizing": {"sensor_temperature_measured", "experiment_started"},
    "experiment_started": {"sensor_temperature_measured", "experiment_terminated"},
    "carrying_out": {"sensor_temperature_measured", "experiment_terminated"},
    "experiment_terminated": set(),
}


def advance(state, record_name):
    if record_name == "sensor_temperature_measured":
        return "stabilizing" if state in ("stabilization_started", "stabilizing") else "carrying_out"
    return record_name


def main() -> int:
    bootstrap, topic, expected = sys.argv[1], sys.argv[2], int(sys.argv[3])
    consumer = Consumer({
        "bootstrap.servers": bootstrap,
        "group.id": f"python-lab-consumer-{time.time()}",
        "auto.offset.reset": "earliest",
        "enable.auto.commit": False,
    })
    consumer.subscribe([topic])
    count = 0
    problems = []
    by_name = {}
    state = {}
    schema_names = {}
    deadline = time.time() + 60
    while count < expected and time.time() < deadline:
        msg = consumer.poll(1.0)
        if msg is None:
            continue
        if msg.error():
            if msg.error().code() != KafkaError._PARTITION_EOF:
                problems.append(f"consumer error: {msg.error()}")
            continue
        count += 1
        headers = msg.headers() or []
        if not headers or headers[0][0] != "record_name":
            problems.append(f"offset {msg.offset()}: record_name is not the first header: {headers[:2]}")
            continue
        record_name = headers[0][1].decode("utf-8")
        reader = avro.datafile.DataFileReader(io.BytesIO(msg.value()), avro.io.DatumReader())
        records = list(reader)
        schema = json.loads(reader.schema)
        reader.close()
        if len(records) != 1:
            problems.append(f"offset {msg.offset()}: {len(records)} records in the container")
            continue
        record = records[0]
        schema_names.setdefault(record_name, schema.get("name"))
        by_name[record_name] = by_name.get(record_name, 0) + 1
        experiment = record.get("experiment")
        if msg.key() is None or msg.key().decode("utf-8") != experiment:
            problems.append(f"offset {msg.offset()}: key {msg.key()} is not the experiment id {experiment}")
        previous = state.get(experiment)
        if record_name not in NEXT[previous]:
            problems.append(f"experiment {experiment}: {record_name} after {previous}")
        state[experiment] = advance(previous, record_name)
    consumer.close()
    print(json.dumps({
        "count": count,
        "byName": by_name,
        "schemaNames": schema_names,
        "experiments": len(state),
        "terminated": sum(1 for s in state.values() if s == "experiment_terminated"),
        "problems": problems[:20],
        "problemCount": len(problems),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
