// Integer id lists as SQLite returns them cheaply: one JSON array (json_group_array).

/**
 * The integers of a JSON array of non-negative integers, without a JavaScript array of them:
 * at 100,000 matches JSON.parse's array was most of what young-generation collections copied.
 */
export function parseIdArray(json: string): Int32Array {
  const out = new Int32Array(json.length >> 1); // at least one separator per number
  let k = 0;
  let v = 0;
  let inNumber = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      inNumber = true;
    } else if (inNumber) {
      out[k++] = v;
      v = 0;
      inNumber = false;
    }
  }
  return out.subarray(0, k);
}
