import { createServer, Server } from '../../src/server';
import { describeEachBackend } from '../support/backends';
import { TEST_AUTH, testToken } from '../support/api';
import { FilingHarness, HR, snapshot, startFiling, viewer } from './filing-harness';
import { M, uscc } from './operations';

/**
 * An Idempotency-Key makes a retried filing return its first result instead
 * of writing twice; the key with another request is refused; a refused
 * filing does not use the key up.
 */
describeEachBackend('Idempotency-Key on filings', (backend) => {
  let h: FilingHarness;
  const employer = uscc('370102', 'MA00EDEM');
  const vacancy = (title: string) => ({ employerUscc: employer, title, headcount: 2, payMin: '3000', payMax: '4500', regionCode: '370102', postedOn: '2026-11-02' });
  const count = async (title: string) => Number((await h.db.sources.hr.query('SELECT COUNT(*) AS n FROM vacancy WHERE employer_uscc = ? AND title = ?', [employer, title]))[0].n);

  beforeAll(async () => {
    h = await startFiling(backend);
  });
  afterAll(async () => h?.close());

  it('writes once and answers the retry with the same payload', async () => {
    const first = await h.run(HR, M.postVacancy, { input: vacancy('木雕学徒') }, { idempotencyKey: 'retry-1' });
    const second = await h.run(HR, M.postVacancy, { input: vacancy('木雕学徒') }, { idempotencyKey: 'retry-1' });
    expect(first.data!.postVacancy.errors).toEqual([]);
    expect(second).toEqual(first);
    expect(await count('木雕学徒')).toBe(1);
    const records = await h.db.sources.gateway.query('SELECT client_id, idempotency_key, request_hash, response FROM idempotency_record');
    expect(records).toEqual([expect.objectContaining({ client_id: 7, idempotency_key: 'retry-1' })]);
    expect(records[0].request_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(records[0].response)).toMatchObject({ field: 'vacancy', typename: 'Vacancy' });
    // Without a key the same filing is simply filed again.
    await h.run(HR, M.postVacancy, { input: vacancy('木雕学徒') });
    expect(await count('木雕学徒')).toBe(2);
  });

  it('refuses the key with a different request and changes nothing', async () => {
    const before = await snapshot(h.db.sources);
    const outcome = await h.run(HR, M.postVacancy, { input: vacancy('木雕师傅') }, { idempotencyKey: 'retry-1' });
    expect(outcome.data!.postVacancy).toEqual({
      errors: [expect.objectContaining({ field: 'Idempotency-Key', code: 'IDEMPOTENCY_KEY_REUSED' })],
      warnings: [],
      vacancy: null,
    });
    expect(await snapshot(h.db.sources)).toEqual(before);
  });

  it('does not use up the key on a refused filing, so the corrected filing can take it', async () => {
    const before = await snapshot(h.db.sources);
    const refused = await h.run(HR, M.postVacancy, { input: { ...vacancy('剪纸学徒'), regionCode: '379999' } }, { idempotencyKey: 'retry-2' });
    expect(refused.data!.postVacancy.errors).toEqual([expect.objectContaining({ field: 'input.regionCode', code: 'UNKNOWN_REGION' })]);
    expect(await snapshot(h.db.sources)).toEqual(before);
    const corrected = await h.run(HR, M.postVacancy, { input: vacancy('剪纸学徒') }, { idempotencyKey: 'retry-2' });
    expect(corrected.data!.postVacancy.errors).toEqual([]);
    expect(await count('剪纸学徒')).toBe(1);
  });

  it('keeps keys apart per client: another client\'s key is not a replay of this one', async () => {
    const other = viewer('HR_AGENCY', null, 8);
    const outcome = await h.run(other, M.postVacancy, { input: vacancy('木雕学徒') }, { idempotencyKey: 'retry-1' });
    expect(outcome.data!.postVacancy.errors).toEqual([]);
    expect(await count('木雕学徒')).toBe(3);
  });

  it('writes once when retries with one key race each other', async () => {
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => h.run(HR, M.postVacancy, { input: vacancy('面塑学徒') }, { idempotencyKey: 'race-1' })));
    expect(await count('面塑学徒')).toBe(1);
    const ids = new Set<string>();
    for (const o of outcomes) {
      const payload = o.data!.postVacancy;
      if (payload.errors.length === 0) ids.add(payload.vacancy.id);
      else expect(payload.errors).toEqual([expect.objectContaining({ code: 'IDEMPOTENCY_KEY_IN_PROGRESS' })]);
    }
    expect(ids.size).toBe(1);
  });

  it('refuses an over-long key', async () => {
    const outcome = await h.run(HR, M.postVacancy, { input: vacancy('过长') }, { idempotencyKey: 'k'.repeat(201) });
    expect(outcome.data!.postVacancy.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key', code: 'IDEMPOTENCY_KEY_INVALID' })]);
    expect(await count('过长')).toBe(0);
  });

  describe('over HTTP, with the Idempotency-Key header', () => {
    let server: Server;
    let url: string;
    beforeAll(async () => {
      server = await createServer({ env: 'test', auth: TEST_AUTH }, h.db.sources);
      url = `http://127.0.0.1:${await server.listen(0)}/graphql`;
    });
    afterAll(async () => server?.stop());

    const post = async (title: string, key: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await testToken('HR_AGENCY', { subject: 'hr-bureau' })}`, 'idempotency-key': key },
        body: JSON.stringify({ query: M.postVacancy, variables: { input: vacancy(title) }, operationName: 'Post' }),
      });
      return (await response.json()) as { data: { postVacancy: { errors: unknown[]; vacancy: { id: string } } } };
    };

    it('replays the first result for a retried POST and refuses the key for another body', async () => {
      const first = await post('陶艺学徒', 'http-1');
      const retry = await post('陶艺学徒', 'http-1');
      expect(first.data.postVacancy.errors).toEqual([]);
      expect(retry).toEqual(first);
      expect(await count('陶艺学徒')).toBe(1);
      const other = await post('陶艺师傅', 'http-1');
      expect(other.data.postVacancy.errors).toEqual([expect.objectContaining({ code: 'IDEMPOTENCY_KEY_REUSED' })]);
      expect(await count('陶艺师傅')).toBe(0);
    });
  });
});
