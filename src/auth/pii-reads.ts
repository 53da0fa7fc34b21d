/** Which person records had which fields shown unmasked during one request. */
export class PiiReads {
  private readonly reads = new Map<string, { type: string; id: number; fields: Set<string> }>();

  record(type: string, rowId: number, field: string): void {
    const key = `${type}:${rowId}`;
    let entry = this.reads.get(key);
    if (!entry) {
      entry = { type, id: rowId, fields: new Set() };
      this.reads.set(key, entry);
    }
    entry.fields.add(field);
  }

  get isEmpty(): boolean {
    return this.reads.size === 0;
  }

  /** Sorted, so the same reads always make the same audit detail. */
  list(): Array<{ type: string; id: number; fields: string[] }> {
    return [...this.reads.values()]
      .map((e) => ({ type: e.type, id: e.id, fields: [...e.fields].sort() }))
      .sort((a, b) => a.type.localeCompare(b.type) || a.id - b.id);
  }

  clear(): void {
    this.reads.clear();
  }
}
