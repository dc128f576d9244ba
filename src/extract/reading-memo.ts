// What a reader remembers for one reading (one extractJob) and forgets when it ends: the same
// text folded, the same item asked what it says. A module of its own, imported by the words
// (words/index.ts starts each reading here) and by text.ts, which the background and the fit
// import without the readers' patterns.

/** One token per reading under way: what a reader remembers for one reading is kept under it. */
let readingToken: object | undefined;

/**
 * Runs `read` as part of the reading `token` stands for (a fresh object for each reading): what
 * perReading remembers inside it belongs to that reading, and is out of reach after it. A reading
 * made in steps (index.ts extractJobInSteps) runs each step so, and finds what its earlier steps
 * remembered, while a reading run between two of its steps keeps its own.
 */
export function asPartOf<T>(token: object, read: () => T): T {
  const outer = readingToken;
  readingToken = token;
  try {
    return read();
  } finally {
    readingToken = outer;
  }
}

/**
 * What a reader works out once per reading and asks again within it (sections.ts: what an item
 * says of itself, asked of the page's blocks and again of the structured copy of the same text):
 * a function that returns the value of the reading under way, made the first time that reading
 * asks, and a fresh one each time outside any reading. Nothing outlives its reading.
 */
export function perReading<T>(make: () => T): () => T {
  const values = new WeakMap<object, T>();
  return () => {
    const token = readingToken;
    if (!token) return make();
    let value = values.get(token);
    if (value === undefined) {
      value = make();
      values.set(token, value);
    }
    return value;
  };
}

/**
 * `compute` remembered for each argument within the reading under way (text.ts: the same line
 * folded or cleaned again), computed afresh outside any reading.
 */
export function rememberedPerReading<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = perReading(() => new Map<K, V>());
  return (key) => {
    const values = known();
    if (values.has(key)) return values.get(key) as V;
    const value = compute(key);
    values.set(key, value);
    return value;
  };
}
