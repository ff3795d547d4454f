// Free loopback TCP ports for test servers (the same allocator the controller uses).
export { freePort } from '../../common/ports.ts';
