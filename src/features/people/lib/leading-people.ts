/**
 * The records at the start of people.json's `people` array, from the part of the file that has arrived: the
 * complete ones, up to `max`, each parsed (not validated), or null while there is none. A scan of the text's
 * structure (strings, nesting), so that a large file's first people can be shown while the rest downloads.
 * Anything unexpected (no top-level `people` array yet, an element that is not an object) ends the scan.
 */
export function leadingPeople(text: string, max: number): unknown[] | null {
  const records: string[] = [];
  let depth = 0;
  let afterPeopleKey = false;
  let inPeople = false;
  let start = -1;
  scan: for (let i = 0; i < text.length && records.length < max; i += 1) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 0x22: {
        // A string: skip to its closing quote (escapes included); an unfinished one ends the scan.
        const from = i;
        for (i += 1; i < text.length; i += 1) {
          const d = text.charCodeAt(i);
          if (d === 0x5c) i += 1;
          else if (d === 0x22) break;
        }
        if (i >= text.length) break scan;
        if (depth === 1 && !inPeople) afterPeopleKey = text.slice(from, i + 1) === '"people"';
        break;
      }
      case 0x7b: // {
      case 0x5b: // [
        depth += 1;
        if (depth === 2 && afterPeopleKey && c === 0x5b) inPeople = true;
        else if (depth === 2 && inPeople) break scan;
        else if (depth === 3 && inPeople) {
          if (c !== 0x7b) break scan;
          start = i;
        }
        afterPeopleKey = false;
        break;
      case 0x7d: // }
      case 0x5d: // ]
        if (depth === 3 && inPeople && start >= 0) {
          records.push(text.slice(start, i + 1));
          start = -1;
        }
        if (depth === 2 && inPeople) break scan;
        depth -= 1;
        break;
      case 0x2c: // ,
        if (depth === 1) afterPeopleKey = false;
        break;
      default:
        // Whitespace, the colon after a key, and the characters of numbers and literals.
        if (depth === 2 && inPeople && c > 0x20) break scan;
    }
  }
  if (records.length === 0) return null;
  try {
    const parsed: unknown = JSON.parse(`[${records.join(',')}]`);
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
