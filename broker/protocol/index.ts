// Public surface of the Kafka protocol codec: wire primitives, frames, generated messages, records, errors.
export * from './buffer.ts';
export * from './codec.ts';
export * from './errors.ts';
export * from './frames.ts';
export * from './generated/index.ts';
export * from './records.ts';
