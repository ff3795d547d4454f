// Tests only: resolves the cluster DNS names of pods a FAKE API server runs to the loopback addresses of their stand-ins.
//
// Loaded with NODE_OPTIONS=--import into the controller and the processes that play pods (see
// stand-in-kubelet.ts), so that `<pod>.<service>.<namespace>.svc.cluster.local` reaches the local
// process playing that pod. The names and addresses come from LONGHAUL_TEST_CLUSTER_HOSTS, a JSON
// object; every other name resolves as usual. Plain JavaScript: it runs before the tsx loader is
// registered.
import dns from 'node:dns';

const hosts = JSON.parse(process.env.LONGHAUL_TEST_CLUSTER_HOSTS ?? '{}');
const systemLookup = dns.lookup;

// net.connect looks up through `dns.lookup` at call time, so replacing it reaches every client.
dns.lookup = function clusterLookup(hostname, options, callback) {
  const address = hosts[hostname];
  if (address === undefined) return systemLookup.call(this, hostname, options, callback);
  const done = typeof options === 'function' ? options : callback;
  const all = typeof options === 'object' && options !== null && options.all === true;
  if (all) process.nextTick(done, null, [{ address, family: 4 }]);
  else process.nextTick(done, null, address, 4);
};
