// Leak-check diagnostics: what the JS heap holds, summed by constructor (from a heap snapshot taken over the
// DevTools protocol), and what grew between two such summaries. This explains a heap growth figure; the figure
// itself comes from Runtime.getHeapUsage (browser.mjs).

/** Self size and count per constructor name (objects) or per kind (code, strings, arrays, …). */
export async function heapByConstructor(cdp) {
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return summarizeSnapshot(JSON.parse(chunks.join('')));
}

export function summarizeSnapshot(snap) {
  const { node_fields: fields, node_types: nodeTypes } = snap.snapshot.meta;
  const types = nodeTypes[0];
  const step = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const out = {};
  for (let i = 0; i < snap.nodes.length; i += step) {
    const type = types[snap.nodes[i + typeAt]];
    const key = type === 'object' || type === 'native' ? snap.strings[snap.nodes[i + nameAt]] : `(${type})`;
    const e = (out[key] ??= { bytes: 0, count: 0 });
    e.bytes += snap.nodes[i + sizeAt];
    e.count += 1;
  }
  return out;
}

/** The `top` entries that grew most from `before` to `after`, in KB and count. */
export function heapGrowth(before, after, top = 12) {
  return Object.keys({ ...before, ...after })
    .map((what) => {
      const a = before[what] ?? { bytes: 0, count: 0 };
      const b = after[what] ?? { bytes: 0, count: 0 };
      return { what, kb: Math.round(((b.bytes - a.bytes) / 1024) * 10) / 10 || 0, count: b.count - a.count };
    })
    .filter((e) => e.kb !== 0 || e.count !== 0)
    .sort((x, y) => y.kb - x.kb)
    .slice(0, top);
}
