/** One schema/examples/*.graphql file, as served by the server at /ide/examples.json. */
export interface Example {
  name: string;
  query: string;
  /** The role it is written for (its first line, `# Viewer: ROLE`). */
  viewer: string | null;
}

export async function loadExamples(url: string): Promise<Example[]> {
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) return [];
    const body: unknown = await response.json();
    return Array.isArray(body) ? (body as Example[]).filter((e) => typeof e?.query === 'string') : [];
  } catch {
    return [];
  }
}
